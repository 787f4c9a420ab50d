/**
 * A TestChain with the governance-upgrade contract (build/governance_upgrade.wasm) managing
 * upgrade_probe instances (build/upgrade_probe.wasm, two codes so there is something to migrate to),
 * and the helpers every governance-upgrade test uses. Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { MsgUpdateHooksParams } from '../../../proto/index.js';
import { TestChain } from '../../../multitest/chain.js';
import type { Event } from '../../../chain/kernel/events.js';

const wasmCache = new Map<string, Uint8Array>();
export function artifact(name: string): Uint8Array {
  let w = wasmCache.get(name);
  if (w === undefined) {
    w = readFileSync(new URL(`../../../build/${name}.wasm`, import.meta.url));
    wasmCache.set(name, w);
  }
  return w;
}

/**
 * The same module with a custom section `meshwork-test` holding `tag` appended: identical behaviour,
 * a different checksum (codes stored from identical bytes would count as "seen before").
 */
export function tagged(wasm: Uint8Array, tag: string): Uint8Array {
  const name = Buffer.from('meshwork-test');
  const body = Buffer.concat([Buffer.from([name.length]), name, Buffer.from(tag)]);
  if (body.length > 127) throw new Error('tag too long for a one-byte section size');
  return Buffer.concat([Buffer.from(wasm), Buffer.from([0, body.length]), body]);
}

export const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64');

export interface PolicyInput {
  min_notice_blocks?: number;
  timelock_blocks?: number;
  allowed_code_ids?: number[] | null;
  allowed_checksums?: string[] | null;
  allow_downgrade?: boolean;
  post_check?: unknown;
  execution_window_blocks?: number;
  permissionless_execute?: boolean;
  rollback_msg?: string | null;
  gas_limit?: number | null;
}

export function policy(p: PolicyInput = {}): Required<PolicyInput> {
  return {
    min_notice_blocks: 0, timelock_blocks: 0, allowed_code_ids: null, allowed_checksums: null, allow_downgrade: false, post_check: 'none',
    execution_window_blocks: 0, permissionless_execute: true, rollback_msg: null, gas_limit: null, ...p,
  };
}

export interface Upgrade {
  id: number;
  contract: string;
  from_code_id: number | null;
  to_code_id: number;
  due_height: number;
  timelock_end: number;
  expires_height: number | null;
  status: string;
  executed_height: number | null;
  error: string | null;
  batch_id: number | null;
}
export interface History { seq: number; code_id: number; from_code_id: number; height: number; upgrade_id: number | null; kind: string }
export interface ProbeState { contract: string; version: string; marker: string; migrations: number }

export interface Setup {
  chain: TestChain;
  gu: string;
  owner: string;
  guardian: string;
  user: string;
  /** upgrade_probe code ids: v1 (instances start here), v2, v3. */
  probe: [bigint, bigint, bigint];
  /** A probe instance whose admin is the governance-upgrade contract, registered with `p`. */
  managed(p?: PolicyInput | null, label?: string): string;
  exec(sender: string, msg: object): Event[];
  q<T = Record<string, unknown>>(msg: object): T;
  upgrade(id: number): Upgrade;
  history(contract: string): History[];
  codeId(contract: string): bigint;
  state(contract: string): ProbeState;
  /** Registers the contract's `process_due` hook (gov authority), so EndBlock runs the queue. */
  hook(gasLimit?: number): void;
  schedule(contract: string, code: bigint, due: number, migrate?: object): number;
}

export function setup(o: { defaultPolicy?: PolicyInput; maxPerBlock?: number; guardian?: boolean } = {}): Setup {
  const chain = TestChain.create({
    genesis: (g) => {
      for (const who of ['owner', 'guardian', 'user', 'newowner']) g.fund(g.addr(who), 1_000_000_000n);
    },
  });
  const owner = chain.addr('owner');
  const guardian = chain.addr('guardian');
  const guCode = chain.storeCode(owner, artifact('governance_upgrade'));
  const probeWasm = artifact('upgrade_probe');
  const probe: [bigint, bigint, bigint] = [chain.storeCode(owner, tagged(probeWasm, 'v1')), chain.storeCode(owner, tagged(probeWasm, 'v2')), chain.storeCode(owner, tagged(probeWasm, 'v3'))];
  const gu = chain.instantiate(guCode, owner, {
    owner, guardian: o.guardian === false ? null : guardian, default_policy: policy(o.defaultPolicy), max_per_block: o.maxPerBlock ?? null,
  }, { label: 'governance-upgrade' }).address;
  const exec = (sender: string, msg: object) => chain.execute(sender, gu, msg).events;
  const q = <T>(msg: object) => chain.query<T>(gu, msg);
  let n = 0;
  const s: Setup = {
    chain, gu, owner, guardian, user: chain.addr('user'), probe, exec, q,
    managed: (p = null, label = `probe-${n++}`) => {
      const addr = chain.instantiate(probe[0], owner, { marker: 'before' }, { admin: gu, label }).address;
      exec(owner, { register_contract: { contract: addr, policy: p === null ? null : policy(p) } });
      return addr;
    },
    upgrade: (id) => q<Upgrade>({ upgrade: { id } }),
    history: (contract) => q<{ entries: History[] }>({ history: { contract } }).entries,
    codeId: (contract) => chain.m.keepers.wasm.getContractInfo(chain.queryContext(), contract)!.codeId,
    state: (contract) => chain.query<ProbeState>(contract, { state: {} }),
    hook: (gasLimit = 5_000_000) => {
      chain.executeAs(chain.m.authority, [{ typeUrl: MsgUpdateHooksParams.typeUrl, value: { authority: chain.m.authority, params: { valsetUpdate: [], handleEpoch: [], epoch: [], processDue: [{ contract: gu, gasLimit: BigInt(gasLimit) }], jailing: [] } } }]);
    },
    schedule: (contract, code, due, migrate = {}) => {
      const ev = exec(owner, { schedule_upgrade: { contract, new_code_id: Number(code), migrate_msg: b64(migrate), due_height: due } });
      return Number(attr(ev, 'wasm', 'upgrade_id'));
    },
  };
  return s;
}

export function attr(events: Event[], type: string, key: string): string | undefined {
  for (const e of events) {
    if (e.type !== type) continue;
    const a = e.attributes.find((x) => x.key === key);
    if (a !== undefined) return a.value;
  }
  return undefined;
}

export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the call to fail');
}
