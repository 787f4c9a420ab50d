/** A TestChain with validators and a product_oracle, plus the few helpers every product-oracle test uses. */
import { TestChain } from '../../../multitest/chain.js';
import type { GenesisValidator } from '../../../multitest/genesis.js';
import { compileContract } from '../../../contracts/tools/compile.js';
import { MsgUpdateAuthorizedSlashers } from '../../../app/chain/slash-and-jail.js';
import type { Event } from '../../../chain/kernel/events.js';
import type { Coin } from '../../../chain/types/coins.js';

export const DENOM = 'stake';
/** One unit of consensus power (the chain's default power reduction). */
export const POWER = 1_000_000n;

let wasm: Uint8Array | undefined;
export async function oracleWasm(): Promise<Uint8Array> {
  wasm ??= (await compileContract('contracts/product_oracle/assembly/contract.ts')).wasm;
  return wasm;
}

export interface OracleSetup {
  chain: TestChain;
  vals: GenesisValidator[];
  oracle: string;
  owner: string;
  user: string;
  challenger: string;
  exec(sender: string, msg: object, funds?: Coin[]): Event[];
  q<T = Record<string, unknown>>(msg: object): T;
  authorize(contracts: string[]): void;
}

export interface SetupOptions {
  /** Self-bonds of the genesis validators (in base units). */
  stakes?: bigint[];
  config?: Record<string, unknown>;
  /** Put the oracle in `authorized_slashers` (default true). */
  authorize?: boolean;
  /** Treasury funded at instantiation. */
  treasury?: bigint;
}

export function setup(wasmBytes: Uint8Array, o: SetupOptions = {}): OracleSetup {
  const vals: GenesisValidator[] = [];
  const chain = TestChain.create({
    genesis: (g) => {
      (o.stakes ?? [100n * POWER, 100n * POWER]).forEach((s, i) => vals.push(g.validator(`v${i}`, s)));
      for (const v of vals) g.fund(v.operator, 1_000_000n);
      for (const d of ['other', 'zzz']) g.fund(g.addr('challenger'), 1000n, d);
      for (const who of ['owner', 'user', 'challenger', 'payer2']) g.fund(g.addr(who), 1_000_000_000n);
      g.set('staking', { params: { historical_entries: 100 } });
    },
  });
  const owner = chain.addr('owner');
  const code = chain.storeCode(owner, wasmBytes);
  const funds = o.treasury ? coins(o.treasury) : [];
  const oracle = chain.instantiate(code, owner, { denom: DENOM, epoch_length_blocks: 1000, ...o.config }, { funds }).address;
  const s: OracleSetup = {
    chain,
    vals,
    oracle,
    owner,
    user: chain.addr('user'),
    challenger: chain.addr('challenger'),
    exec: (sender, msg, f = []) => chain.execute(sender, oracle, msg, f).events,
    q: <T>(msg: object) => chain.query<T>(oracle, msg),
    authorize: (contracts) => {
      chain.executeAs(chain.m.authority, [{ typeUrl: MsgUpdateAuthorizedSlashers.typeUrl, value: { authority: chain.m.authority, authorizedSlashers: contracts } }]);
    },
  };
  if (o.authorize ?? true) s.authorize([oracle]);
  return s;
}

export function coins(amount: bigint | number): Coin[] {
  return [{ denom: DENOM, amount: BigInt(amount) }];
}

/** The value of `key` in the first event of `type` (wasm attributes are in type `wasm`). */
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

export interface Status {
  treasury: string;
  escrow: string;
  current_epoch: number;
  pending_attestations: number;
  proof_count: number;
  open_challenges: number;
  settlement_count: number;
  last_rewards: { validator: string; amount: string }[];
  pending_signal: { validator: string; score: number }[];
}

/** Invariant of spec §3: the contract holds at least treasury + escrow. */
export function checkInvariant(s: OracleSetup): void {
  const st = s.q<Status>({ status: {} });
  const bal = s.chain.balance(s.oracle, DENOM);
  if (bal < BigInt(st.treasury) + BigInt(st.escrow)) throw new Error(`invariant broken: balance ${bal} < treasury ${st.treasury} + escrow ${st.escrow}`);
}

/** Attests as each validator operator in `voters` (indexes into vals); returns the last events. */
export function attestBy(s: OracleSetup, voters: number[], msg: { proof_ref: string; validator: string; units: number; quality_bps: number; idempotent?: boolean }): Event[] {
  let ev: Event[] = [];
  for (const i of voters) ev = s.exec(s.vals[i]!.operator, { attest: msg });
  return ev;
}
