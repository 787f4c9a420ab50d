import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { MsgUnjail } from 'cosmjs-types/cosmos/slashing/v1beta1/tx';
import { PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import * as Q from 'cosmjs-types/cosmos/evidence/v1beta1/query';
import { Equivocation } from 'cosmjs-types/cosmos/evidence/v1beta1/evidence';
import type { Context } from '../../kernel/context.js';
import { NS_PER_SECOND } from '../../kernel/context.js';
import { ChainError, type ErrorSpec } from '../../kernel/errors.js';
import { toHex } from '../../kernel/keys.js';
import type { Misbehavior } from '../../kernel/module.js';
import { Dec } from '../../types/dec.js';
import { PosHarness } from '../staking/testkit.js';
import { DEFAULT_STAKING_PARAMS } from '../staking/types.js';
import type { ValsetChanges } from '../staking/api.js';
import { DOUBLE_SIGN_JAIL_END_TIME, SLASHING_STORE, SlashingErrors, SlashingKeeper } from '../slashing/keeper.js';
import { SlashingModule } from '../slashing/module.js';
import { EVIDENCE_STORE, EvidenceKeeper, type EvidenceConsensusParams } from './keeper.js';
import { EvidenceModule } from './module.js';

const M = 1_000_000n;

function expectError(e: unknown, spec: ErrorSpec): void {
  expect(e).toBeInstanceOf(ChainError);
  expect([(e as ChainError).codespace, (e as ChainError).code]).toEqual([spec.codespace, spec.code]);
}
function errorIn(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

function setup(opts: { consensusParams?: EvidenceConsensusParams; unbonding?: string; maxValidators?: number } = {}) {
  const h = new PosHarness([SLASHING_STORE, EVIDENCE_STORE]);
  const slashing = new SlashingKeeper({ staking: h.staking, codec: h.codec, authority: h.addr('gov') });
  const evidence = new EvidenceKeeper(opts.consensusParams === undefined ? { staking: h.staking, slashing } : { staking: h.staking, slashing, consensusParams: opts.consensusParams });
  h.staking.setHooks([slashing.hooks()]);
  h.addModule(new SlashingModule(slashing));
  h.addModule(new EvidenceModule(evidence));
  h.genesis({
    balances: { v1: 1000n * M, v2: 1000n * M, alice: 1000n * M, carol: 1000n * M, u: 1000n * M },
    stakingParams: { unbonding_time: opts.unbonding ?? '1000', max_validators: opts.maxValidators ?? 100 },
    validators: [
      { name: 'v1', amount: 90n * M },
      { name: 'v2', amount: 50n * M },
    ],
  });
  return { h, slashing, evidence };
}

const doubleVote = (h: PosHarness, name: string, height: number, time: bigint, power: bigint): Misbehavior => ({ type: 'duplicate_vote', address: h.consAddr(name), power, height, time, totalVotingPower: 0n });

describe('§4.4 worked example (§9.9)', () => {
  test('power 100, 5 %, infraction H, evidence H+10, 10·10^6 undelegated at H+5: entry −0.5·10^6, validator −4.5·10^6, supply −5·10^6', () => {
    const { h, slashing, evidence } = setup({ unbonding: '100' });
    const v1 = h.valoper('v1');
    h.block((ctx) => h.staking.delegateMsg(ctx, h.addr('alice'), v1, { denom: 'stake', amount: 10n * M }));
    h.advanceTo(10);
    const H = h.height;
    const timeH = h.time;
    expect(h.staking.getValidator(h.view(), v1)!.tokens).toBe(100n * M);
    h.advanceTo(H + 4);
    h.block((ctx) => h.staking.undelegate(ctx, h.addr('alice'), v1, { denom: 'stake', amount: 10n * M }));
    expect(h.height).toBe(H + 5);
    h.advanceTo(H + 9);
    const supply = h.supply();
    const seen: ValsetChanges[] = [];
    h.staking.onValsetChange((_c, changes) => seen.push(changes));
    const r = h.block(undefined, { misbehavior: [doubleVote(h, 'v1', H, timeH, 100n)] });
    // What the app's contract hooks receive for this block.
    expect(seen.length).toBe(1);
    expect([seen[0]!.jailed, seen[0]!.tombstoned, seen[0]!.removals]).toEqual([[v1], [v1], [v1]]);
    expect(seen[0]!.slashed).toEqual([
      { validator: v1, height: H + 10, time: h.time, infractionHeight: H - 1, infractionTime: timeH, power: 100n, slashAmount: 5n * M, validatorBurn: 4_500_000n, delegatorShares: Dec.fromInt(90n * M), slashRatio: Dec.parse('0.05'), isTombstoned: true },
    ]);
    expect(h.height).toBe(H + 10);
    expect(h.staking.getUnbondingDelegation(h.view(), h.addr('alice'), v1)!.entries[0]!.balance).toBe(9_500_000n);
    const v = h.staking.getValidator(h.view(), v1)!;
    expect(v.tokens).toBe(85_500_000n);
    expect(h.supply()).toBe(supply - 5n * M);
    const slash = Object.fromEntries(r.events.find((e) => e.type === 'slash' && e.attributes.some((a) => a.key === 'reason'))!.attributes.map((a) => [a.key, a.value]));
    expect(slash).toEqual({ address: h.codec.encodeValcons(h.consAddr('v1')), power: '100', reason: 'double_sign', burned_coins: '5000000' });
    expect(r.events.some((e) => e.type === 'submit_evidence')).toBe(true);
    // Jailed forever, tombstoned, out of the set at this EndBlock.
    const info = slashing.getSigningInfo(h.view(), h.consAddr('v1'))!;
    expect([v.jailed, info.tombstoned, info.jailedUntil]).toEqual([true, true, DOUBLE_SIGN_JAIL_END_TIME]);
    expect(r.updates.map((u) => [toHex(u.pubKey), u.power])).toEqual([[toHex(h.pubKey('v1')), 0n]]);
    // Stored by hash and queryable.
    const ev: Equivocation = { height: BigInt(H), time: { seconds: timeH / NS_PER_SECOND, nanos: 0 }, power: 100n, consensusAddress: h.codec.encodeValcons(h.consAddr('v1')) };
    const hash = EvidenceKeeper.hash(ev);
    const got = Q.QueryEvidenceResponse.decode(h.queries.get('/cosmos.evidence.v1beta1.Query/Evidence')!(h.view(), Q.QueryEvidenceRequest.encode({ evidenceHash: new Uint8Array(), hash: toHex(hash) }).finish()));
    expect(Equivocation.decode(got.evidence!.value)).toEqual(ev);
    expect(evidence.allEvidence(h.view()).length).toBe(1);

    // A tombstoned key can never come back, even after its validator is deleted.
    h.block((ctx) => h.staking.undelegate(ctx, h.addr('v1'), v1, { denom: 'stake', amount: 85_500_000n }));
    h.advanceTime(h.time + 100n * NS_PER_SECOND);
    expect(h.staking.getValidator(h.view(), v1)).toBeUndefined();
    let refused: unknown;
    h.block((ctx) => (refused = errorIn(() => h.deliver(ctx, '/cosmos.staking.v1beta1.MsgCreateValidator', createWithKeyOf(h, 'carol', 'v1')))));
    expectError(refused, SlashingErrors.ValidatorTombstoned);
  });
});

function createWithKeyOf(h: PosHarness, name: string, keyOf: string): Uint8Array {
  const d = (s: string) => Dec.parse(s).toAtomicsString();
  return MsgCreateValidator.encode(
    MsgCreateValidator.fromPartial({
      description: { moniker: name },
      commission: { rate: d('0.1'), maxRate: d('0.2'), maxChangeRate: d('0.01') },
      minSelfDelegation: '1',
      validatorAddress: h.valoper(name),
      pubkey: { typeUrl: '/cosmos.crypto.ed25519.PubKey', value: PubKey.encode({ key: h.pubKey(keyOf) }).finish() },
      value: { denom: 'stake', amount: (10n * M).toString() },
    }),
  ).finish();
}

describe('double signing (§4.3, §9.8)', () => {
  test('entries from H−1 cut, older and matured ones untouched, redelegations burned at dst; second evidence ignored; unjail fails', () => {
    const { h, slashing } = setup({ unbonding: '20' });
    const [v1, v2] = [h.valoper('v1'), h.valoper('v2')];
    const alice = h.addr('alice');
    const stake = (amount: bigint) => ({ denom: 'stake', amount });
    const setUnbonding = (ctx: Context, s: bigint) => h.staking.setParams(ctx, { ...h.staking.getParams(ctx), unbondingTimeNs: s * NS_PER_SECOND });
    h.block((ctx) => h.staking.delegateMsg(ctx, alice, v1, stake(40n * M))); // v1: 130
    h.block((ctx) => setUnbonding(ctx, 1000n));
    h.advanceTo(7);
    h.block((ctx) => h.staking.undelegate(ctx, alice, v1, stake(2n * M))); // 8 = H−2: before the infraction
    h.block((ctx) => {
      // 9 = H−1: one entry that will have matured by the evidence, one that has not.
      setUnbonding(ctx, 20n);
      h.staking.undelegate(ctx, alice, v1, stake(M));
      setUnbonding(ctx, 1000n);
      h.staking.undelegate(ctx, alice, v1, stake(3n * M));
    });
    h.block();
    const H = 10;
    const timeH = h.time;
    const powerAtH = h.signingSet(H).get(toHex(h.consAddr('v1')))!;
    expect(powerAtH).toBe(128n); // the set signing H came from EndBlock H−2
    h.block((ctx) => h.staking.undelegate(ctx, alice, v1, stake(4n * M))); // 11
    h.block((ctx) => h.staking.beginRedelegation(ctx, alice, v1, v2, stake(5n * M))); // 12
    h.advanceTo(19);
    const aliceBefore = h.balance('alice');
    expect(aliceBefore).toBe(1000n * M - 40n * M + M); // the matured 1·10^6 entry was paid in full
    const supply = h.supply();
    h.block(undefined, { misbehavior: [doubleVote(h, 'v1', H, timeH, powerAtH)] });
    const ctx = h.view();
    const entries = h.staking.getUnbondingDelegation(ctx, alice, v1)!.entries.map((e) => [e.creationHeight, e.initialBalance, e.balance]);
    expect(entries).toEqual([
      [8, 2n * M, 2n * M],
      [9, 3n * M, 2_850_000n],
      [11, 4n * M, 3_800_000n],
    ]);
    // 5 % of 5·10^6 dst shares unbonded from v2 and burned.
    expect(h.staking.getDelegation(ctx, alice, v2)!.shares).toEqual(Dec.fromInt(4_750_000n));
    expect(h.staking.getValidator(ctx, v2)!.tokens).toBe(54_750_000n);
    // slash 128·10^6 × 5 % = 6.4·10^6; cuts 0.15 + 0.2 + 0.25 = 0.6·10^6; validator 5.8·10^6 of 115·10^6.
    expect(h.staking.getValidator(ctx, v1)!.tokens).toBe(115n * M - 5_800_000n);
    expect(h.supply()).toBe(supply - 6_400_000n);
    expect(slashing.isTombstoned(ctx, h.consAddr('v1'))).toBe(true);

    // Second evidence (another height) is ignored: the tombstone caps the punishment.
    const r2 = h.block(undefined, { misbehavior: [doubleVote(h, 'v1', 11, timeH + 5n * NS_PER_SECOND, powerAtH)] });
    expect(h.supply()).toBe(supply - 6_400_000n);
    expect(r2.events.some((e) => e.type === 'slash')).toBe(false);
    // Unjail fails, even long after.
    h.block(undefined, { timeStep: 365n * 24n * 3600n * NS_PER_SECOND });
    let err: unknown;
    h.block((c) => (err = errorIn(() => h.deliver(c, '/cosmos.slashing.v1beta1.MsgUnjail', MsgUnjail.encode({ validatorAddr: v1 }).finish()))));
    expectError(err, SlashingErrors.ValidatorJailed);
  });

  test('stale evidence (both age limits exceeded) and evidence for an UNBONDED validator are ignored', () => {
    const { h, slashing } = setup({ consensusParams: { maxAgeNumBlocks: 5, maxAgeDurationNs: 20n * NS_PER_SECOND }, maxValidators: 2 });
    h.block((ctx) => h.staking.createValidator(ctx, {
      valoper: h.valoper('u'),
      consPubKey: h.pubKey('u'),
      description: { moniker: 'u', identity: '', website: '', securityContact: '', details: '' },
      commission: { rate: Dec.ZERO, maxRate: Dec.ONE, maxChangeRate: Dec.ONE },
      minSelfDelegation: 1n,
      value: { denom: DEFAULT_STAKING_PARAMS.bondDenom, amount: 10n * M },
    }));
    h.advanceTo(10);
    const supply = h.supply();
    // 8 blocks and 40 s old: both limits exceeded → ignored.
    h.block(undefined, { misbehavior: [doubleVote(h, 'v2', 3, h.time - 35n * NS_PER_SECOND, 50n), doubleVote(h, 'u', 10, h.time, 10n)] });
    expect(h.supply()).toBe(supply);
    expect(slashing.isTombstoned(h.view(), h.consAddr('v2'))).toBe(false);
    expect(h.staking.getValidator(h.view(), h.valoper('u'))!.status).toBe('unbonded');
    // Only the block limit exceeded (time within 20 s): handled.
    h.block(undefined, { misbehavior: [doubleVote(h, 'v2', 4, h.time - 5n * NS_PER_SECOND, 50n)] });
    expect(h.supply()).toBe(supply - 2_500_000n);
    expect(slashing.isTombstoned(h.view(), h.consAddr('v2'))).toBe(true);
  });
});
