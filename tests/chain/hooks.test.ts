/**
 * Contract sudo hooks (pos-spec §7.1, §9.13) on the real app with signed blocks: gov registers
 * contracts per hook; EndBlock calls them in registration order, each in its own branch under its
 * own gas limit. Uses contracts/chain_probe (records every sudo message; fails or loops on demand)
 * and hackatom.wasm (its sudo only knows `steal_funds`, so any hook message is an error).
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { readFileSync } from 'node:fs';
import { MsgDelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { TestChain } from '../../multitest/chain.js';
import type { GenesisValidator } from '../../multitest/genesis.js';
import type { Event } from '../../chain/kernel/events.js';
import { compileContract } from '../../contracts/tools/compile.js';
import { MsgPauseValidator, MsgUpdateHooksParams, QueryHooksParamsRequest, QueryHooksParamsResponse } from '../../proto/index.js';
import type { HookName } from '../../chain/modules/hooks/keeper.js';

const POWER = 1_000_000n;
let probeWasm: Uint8Array;
const hackatomWasm = new Uint8Array(readFileSync('/work/shared/testdata/cosmwasm/hackatom.wasm'));

before(async () => {
  probeWasm = (await compileContract('contracts/chain_probe/assembly/contract.ts')).wasm;
});

interface Setup {
  chain: TestChain;
  vals: GenesisValidator[];
  probe: (mode: 'ok' | 'fail' | 'loop', label: string) => string;
  register: (regs: Partial<Record<HookName, { contract: string; gasLimit: number }[]>>) => void;
}

function setup(opts: { epochLength?: number } = {}): Setup {
  const vals: GenesisValidator[] = [];
  const chain = TestChain.create({
    genesis: (g) => {
      for (let i = 0; i < 4; i++) vals.push(g.validator(`v${i}`, 100n * POWER));
      g.fund(g.m.codec.encode(new Uint8Array(20).fill(9)), 1000n * POWER);
      g.set('staking', { params: { epoch_length_blocks: opts.epochLength ?? 1, unbonding_time: '1000s' } });
      g.set('slashing', { params: { signed_blocks_window: '100' } });
    },
  });
  const creator = chain.addr('creator');
  const codeId = chain.storeCode(creator, probeWasm);
  const probe = (mode: 'ok' | 'fail' | 'loop', label: string) => chain.instantiate(codeId, creator, { mode }, { label }).address;
  const register = (regs: Partial<Record<HookName, { contract: string; gasLimit: number }[]>>) => {
    const list = (h: HookName) => (regs[h] ?? []).map((r) => ({ contract: r.contract, gasLimit: BigInt(r.gasLimit) }));
    chain.executeAs(chain.m.authority, [
      { typeUrl: MsgUpdateHooksParams.typeUrl, value: { authority: chain.m.authority, params: { valsetUpdate: list('valset_update'), handleEpoch: list('handle_epoch'), epoch: list('epoch'), processDue: list('process_due'), jailing: list('jailing') } } },
    ]);
  };
  return { chain, vals, probe, register };
}

/** The sudo messages a probe has kept (committed state of the open block). */
function received(chain: TestChain, contract: string): Record<string, unknown>[] {
  const ctx = chain.queryContext();
  const w = chain.m.keepers.wasm;
  const count = w.queryRaw(ctx, contract, new TextEncoder().encode('count'));
  const n = count === undefined ? 0 : new DataView(count.buffer, count.byteOffset).getUint32(0);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const key = new Uint8Array([...new TextEncoder().encode('msg'), 0, 0, (i >> 8) & 255, i & 255]);
    out.push(JSON.parse(new TextDecoder().decode(w.queryRaw(ctx, contract, key)!)) as Record<string, unknown>);
  }
  return out;
}
const ofHook = (msgs: Record<string, unknown>[], hook: string) => msgs.filter((m) => hook in m).map((m) => m[hook] as Record<string, unknown>);
const failures = (events: Event[]) =>
  events.filter((e) => e.type === 'hook_failed').map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])) as { contract: string; hook: string; error: string });

describe('contract sudo hooks (§7.1, §9.13)', () => {
  test('registration is gov-only, validated, queryable and exported', () => {
    const { chain, probe } = setup();
    const a = probe('ok', 'a');
    expect(() =>
      chain.executeAs(chain.addr('mallory'), [{ typeUrl: MsgUpdateHooksParams.typeUrl, value: { authority: chain.addr('mallory'), params: { valsetUpdate: [], handleEpoch: [], epoch: [], processDue: [{ contract: a, gasLimit: 1n }], jailing: [] } } }]),
    ).toThrow(/invalid authority/);
    const bad = (contract: string, gasLimit: bigint) =>
      chain.executeAs(chain.m.authority, [{ typeUrl: MsgUpdateHooksParams.typeUrl, value: { authority: chain.m.authority, params: { valsetUpdate: [], handleEpoch: [], epoch: [], processDue: [{ contract, gasLimit }], jailing: [] } } }]);
    expect(() => bad('cosmos1xyz', 10n)).toThrow(/hook process_due/);
    expect(() => bad(a, 0n)).toThrow(/positive integer/);
    expect(() => bad(a, 1n << 60n)).toThrow(/above 2\^53/);
    expect(() =>
      chain.executeAs(chain.m.authority, [{ typeUrl: MsgUpdateHooksParams.typeUrl, value: { authority: chain.m.authority, params: { valsetUpdate: [], handleEpoch: [], epoch: [], processDue: [{ contract: a, gasLimit: 10n }, { contract: a, gasLimit: 20n }], jailing: [] } } }]),
    ).toThrow(/registered twice/);
    chain.executeAs(chain.m.authority, [{ typeUrl: MsgUpdateHooksParams.typeUrl, value: { authority: chain.m.authority, params: { valsetUpdate: [{ contract: a, gasLimit: 7n }], handleEpoch: [], epoch: [], processDue: [], jailing: [] } } }]);
    chain.nextBlock();
    const r = chain.m.app.query({ path: '/meshwork.hooks.v1.Query/Params', data: QueryHooksParamsRequest.encode({}).finish() });
    expect(r.code).toBe(0);
    expect(QueryHooksParamsResponse.decode(r.value).params!.valsetUpdate).toEqual([{ contract: a, gasLimit: 7n }]);
    const exported = chain.m.app.modules.find((m) => m.name === 'hooks')!.exportGenesis!(chain.queryContext());
    expect(exported).toEqual({ params: { valset_update: [{ contract: a, gas_limit: '7' }], handle_epoch: [], epoch: [], process_due: [], jailing: [] } });
  });

  test('process_due every block in registration order; an erroring, an out-of-gas and a wrong contract are contained', () => {
    const { chain, probe, register } = setup();
    const [a, failing, looping, b] = [probe('ok', 'a'), probe('fail', 'f'), probe('loop', 'l'), probe('ok', 'b')];
    const hackatom = chain.instantiate(chain.storeCode(chain.addr('creator'), hackatomWasm), chain.addr('creator'), { verifier: chain.addr('v'), beneficiary: chain.addr('b') }).address;
    const missing = chain.addr('no-such-contract');
    register({ process_due: [a, failing, looping, hackatom, missing, b].map((contract) => ({ contract, gasLimit: contract === looping ? 400_000 : 5_000_000 })) });
    const start = chain.height;
    const t1 = chain.time;
    const r1 = chain.nextBlock();
    const t2 = chain.time;
    const r2 = chain.nextBlock();
    // The chain goes on; both good contracts saw both blocks, with the block's height and time.
    expect(chain.height).toBe(start + 2);
    for (const c of [a, b]) {
      const due = ofHook(received(chain, c), 'process_due');
      expect(due).toEqual([
        { height: r1.height, time: String(t1) },
        { height: r2.height, time: String(t2) },
      ]);
    }
    // Failed calls leave nothing behind (the probes record before failing).
    expect(received(chain, failing)).toEqual([]);
    expect(received(chain, looping)).toEqual([]);
    expect(chain.m.keepers.wasm.queryRaw(chain.queryContext(), looping, new TextEncoder().encode('spin'))).toBeUndefined();
    for (const r of [r1, r2]) {
      const f = failures(r.events);
      expect(f.map((x) => [x.contract, x.hook])).toEqual([
        [failing, 'process_due'],
        [looping, 'process_due'],
        [hackatom, 'process_due'],
        [missing, 'process_due'],
      ]);
      expect(f[0]!.error).toContain('chain probe: failing on purpose');
      expect(f[1]!.error).toMatch(/out of gas/i);
      expect(f[2]!.error).toContain('unknown variant `process_due`');
      expect(f[3]!.error).toMatch(/no such contract/);
      // The successful calls' own events reach the block.
      expect(r.events.filter((e) => e.type === 'wasm' && e.attributes.some((x) => x.key === 'chain_probe')).length).toBe(2);
    }
  });

  test('valset_update reports pause (jailed + removal), unjail and addition, and a double sign (slashed with this contract’s share, tombstoned)', () => {
    const { chain, vals, probe, register } = setup();
    const a = probe('ok', 'a');
    const failing = probe('fail', 'f');
    const rich = chain.m.codec.encode(new Uint8Array(20).fill(9));
    // The contract delegates 10 to v2 (executed as the contract, as a StakingMsg would).
    chain.send(rich, a, 10n * POWER);
    chain.executeAs(a, [{ typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: MsgDelegate.fromPartial({ delegatorAddress: a, validatorAddress: vals[2]!.valoper, amount: { denom: 'stake', amount: (10n * POWER).toString() } }) }]);
    chain.nextBlock();
    register({ valset_update: [{ contract: failing, gasLimit: 5_000_000 }, { contract: a, gasLimit: 5_000_000 }] });
    chain.nextBlock();
    // Quiet blocks: nothing is sent.
    chain.advanceBlocks(2);
    expect(ofHook(received(chain, a), 'valset_update')).toEqual([]);

    const v1 = vals[1]!;
    chain.executeAs(v1.operator, [{ typeUrl: MsgPauseValidator.typeUrl, value: { validatorAddress: v1.valoper } }]);
    const paused = chain.nextBlock();
    expect(ofHook(received(chain, a), 'valset_update')).toEqual([{ removals: [v1.valoper], jailed: [v1.valoper] }]);
    expect(failures(paused.events).map((f) => [f.contract, f.hook])).toEqual([[failing, 'valset_update']]);

    chain.executeAs(v1.operator, [{ typeUrl: '/cosmos.slashing.v1beta1.MsgUnjail', value: { validatorAddr: v1.valoper } }]);
    chain.nextBlock();
    expect(ofHook(received(chain, a), 'valset_update')[1]).toEqual({ additions: [{ address: v1.valoper, commission: '0.1', max_commission: '0.2', max_change_rate: '0.01' }], unjailed: [v1.valoper] });

    const bad = vals[2]!;
    chain.doubleSign(bad.signer.address);
    const infraction = chain.height; // the open block is the one signed twice
    const infractionTime = chain.time;
    chain.nextBlock();
    const slashTime = chain.time;
    chain.nextBlock(); // evidence reaches BeginBlock here
    const slashedAt = chain.m.app.lastBlockHeight;
    const updates = ofHook(received(chain, a), 'valset_update');
    expect(updates.length).toBe(3);
    const u = updates[2]!;
    expect([u['removals'], u['jailed'], u['tombstoned']]).toEqual([[bad.valoper], [bad.valoper], [bad.valoper]]);
    // v2 had 110·10^6 tokens; 5 % of power 110 burned from the validator: the contract holds 10/110 of it.
    expect(u['slashed']).toEqual([
      { address: bad.valoper, height: slashedAt, time: Number(slashTime / 1_000_000_000n), infraction_height: infraction - 1, infraction_time: Number(infractionTime / 1_000_000_000n), power: 110, slash_amount: '500000', slash_ratio: '0.050000000000000000', is_tombstoned: true },
    ]);
    expect(chain.m.keepers.staking.getValidator(chain.queryContext(), bad.valoper)!.tokens).toBe(110n * POWER - 5_500_000n);
  });

  test('handle_epoch and the epoch snapshot fire once per epoch boundary (E = 3)', () => {
    const { chain, vals, probe, register } = setup({ epochLength: 3 });
    const a = probe('ok', 'a');
    register({ handle_epoch: [{ contract: a, gasLimit: 5_000_000 }], epoch: [{ contract: a, gasLimit: 5_000_000 }] });
    const first = chain.height;
    chain.advanceBlocks(7);
    const msgs = received(chain, a);
    const boundaries = [];
    for (let h = first; h < first + 7; h++) if (h % 3 === 0) boundaries.push(h);
    expect(msgs.map((m) => Object.keys(m)[0])).toEqual(boundaries.flatMap(() => ['handle_epoch', 'epoch']));
    expect(ofHook(msgs, 'handle_epoch')).toEqual(boundaries.map(() => ({})));
    const snaps = ofHook(msgs, 'epoch');
    expect(snaps.map((s) => [s['epoch'], s['height']])).toEqual(boundaries.map((h) => [h / 3, h]));
    const validators = snaps[0]!['validators'] as Record<string, unknown>[];
    expect(validators.length).toBe(4);
    const v0 = validators.find((v) => v['operator'] === vals[0]!.valoper)!;
    expect(v0).toEqual({ operator: vals[0]!.valoper, account: vals[0]!.operator, tokens: (100n * POWER).toString(), power: 100, status: 'bonded', jailed: false, tombstoned: false });
  });
});
