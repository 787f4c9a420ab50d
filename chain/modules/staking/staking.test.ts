import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgCreateValidator, MsgEditValidator, MsgUndelegate, MsgUndelegateResponse, MsgUpdateParams } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import { BondStatus } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import type { Context } from '../../kernel/context.js';
import { NS_PER_SECOND } from '../../kernel/context.js';
import { ChainError, type ErrorSpec } from '../../kernel/errors.js';
import { compareBytes, toHex } from '../../kernel/keys.js';
import { Dec } from '../../types/dec.js';
import { consensusAddress } from '../../types/address.js';
import { PosHarness } from './testkit.js';
import { StakingErrors } from './types.js';
import type { ValsetChanges } from './api.js';

const M = 1_000_000n;
const dec = (s: string) => Dec.parse(s).toAtomicsString();
const CREATE = '/cosmos.staking.v1beta1.MsgCreateValidator';

function expectError(e: unknown, spec: ErrorSpec, text?: string): void {
  expect(e).toBeInstanceOf(ChainError);
  const ce = e as ChainError;
  expect({ codespace: ce.codespace, code: ce.code }).toEqual({ codespace: spec.codespace, code: spec.code });
  if (text !== undefined) expect(ce.message).toContain(text);
}
function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

function setup(params: Record<string, unknown> = {}, validators = [
  { name: 'v1', amount: 100n * M },
  { name: 'v2', amount: 50n * M },
]): PosHarness {
  const h = new PosHarness();
  h.genesis({
    balances: { v1: 1000n * M, v2: 1000n * M, v3: 1000n * M, carol: 1000n * M, dave: 1000n * M, x: 1000n * M, y: 1000n * M, alice: 1000n * M, bob: 1000n * M, u: 1000n * M },
    stakingParams: { unbonding_time: '100', max_validators: 3, ...params },
    validators,
  });
  return h;
}

function createMsg(h: PosHarness, name: string, o: Partial<{ rate: string; maxRate: string; maxChangeRate: string; min: string; amount: string; denom: string; moniker: string; pubKeyOf: string }> = {}): Uint8Array {
  return MsgCreateValidator.encode(
    MsgCreateValidator.fromPartial({
      description: { moniker: o.moniker ?? name },
      commission: { rate: dec(o.rate ?? '0.1'), maxRate: dec(o.maxRate ?? '0.2'), maxChangeRate: dec(o.maxChangeRate ?? '0.01') },
      minSelfDelegation: o.min ?? '1',
      delegatorAddress: '',
      validatorAddress: h.valoper(name),
      pubkey: { typeUrl: '/cosmos.crypto.ed25519.PubKey', value: PubKey.encode({ key: h.pubKey(o.pubKeyOf ?? name) }).finish() },
      value: { denom: o.denom ?? 'stake', amount: o.amount ?? (10n * M).toString() },
    }),
  ).finish();
}

function updatesByName(h: PosHarness, names: string[], updates: { pubKey: Uint8Array; power: bigint }[]): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  for (const u of updates) {
    const n = names.find((x) => toHex(h.pubKey(x)) === toHex(u.pubKey));
    out[n ?? toHex(u.pubKey)] = u.power;
  }
  return out;
}

describe('create validator (§9.1)', () => {
  test('genesis validators are bonded and returned as the initial set', () => {
    const h = new PosHarness();
    const updates = h.genesis({ balances: { v1: 200n * M, v2: 100n * M }, validators: [{ name: 'v1', amount: 100n * M }, { name: 'v2', amount: 50n * M }] });
    expect(updatesByName(h, ['v1', 'v2'], updates)).toEqual({ v1: 100n, v2: 50n });
    const ctx = h.view();
    expect(h.staking.getValidator(ctx, h.valoper('v1'))!.status).toBe('bonded');
    expect(h.staking.totalBondedTokens(ctx)).toBe(150n * M);
    expect(h.balance('v1')).toBe(100n * M);
    expect(h.staking.lastTotalPower(ctx)).toBe(150n);
  });

  test('each §3.2 failure is refused and changes nothing', () => {
    const h = setup({ min_commission_rate: '0.05' });
    const cases: [string, Uint8Array, ErrorSpec][] = [
      ['operator already has a validator', createMsg(h, 'v1', { pubKeyOf: 'fresh' }), StakingErrors.ValidatorOwnerExists],
      ['consensus key in use', createMsg(h, 'carol', { pubKeyOf: 'v1' }), StakingErrors.ValidatorPubKeyExists],
      ['wrong denom', createMsg(h, 'carol', { denom: 'uatom' }), { codespace: 'sdk', code: 18, desc: '' }],
      ['value below min self delegation', createMsg(h, 'carol', { min: '20000000' }), StakingErrors.SelfDelegationBelowMinimum],
      ['max rate > 1', createMsg(h, 'carol', { maxRate: '1.01' }), StakingErrors.CommissionHuge],
      ['max rate < 0', createMsg(h, 'carol', { maxRate: '-0.1', rate: '0.1' }), StakingErrors.CommissionNegative],
      ['rate < 0', createMsg(h, 'carol', { rate: '-0.01' }), StakingErrors.CommissionNegative],
      ['rate > max rate', createMsg(h, 'carol', { rate: '0.3' }), StakingErrors.CommissionGTMaxRate],
      ['rate < min commission rate', createMsg(h, 'carol', { rate: '0.04' }), StakingErrors.CommissionLTMinRate],
      ['max change rate < 0', createMsg(h, 'carol', { maxChangeRate: '-0.01' }), StakingErrors.CommissionChangeRateNegative],
      ['max change rate > max rate', createMsg(h, 'carol', { maxChangeRate: '0.3' }), StakingErrors.CommissionChangeRateGTMaxRate],
      ['moniker too long', createMsg(h, 'carol', { moniker: 'm'.repeat(71) }), { codespace: 'sdk', code: 18, desc: '' }],
    ];
    const supplyBefore = h.supply();
    h.block((ctx) => {
      for (const [what, bytes, spec] of cases) {
        const e = errorOf(() => h.deliver(ctx, CREATE, bytes));
        expect([what, (e as ChainError).codespace, (e as ChainError).code]).toEqual([what, spec.codespace, spec.code]);
      }
    });
    const ctx = h.view();
    expect(h.staking.getValidator(ctx, h.valoper('carol'))).toBeUndefined();
    expect(h.balance('carol')).toBe(1000n * M);
    expect(h.supply()).toBe(supplyBefore);
  });

  test('a new validator is UNBONDED until the update, then BONDED if it ranks; the (max+1)-th stays UNBONDED', () => {
    const h = setup();
    const r1 = h.block((ctx) => {
      h.deliver(ctx, CREATE, createMsg(h, 'carol', { amount: (30n * M).toString() }));
      expect(h.staking.getValidator(ctx, h.valoper('carol'))!.status).toBe('unbonded');
      expect(h.balance('carol')).toBe(1000n * M); // committed view: the block is not over
    });
    expect(updatesByName(h, ['carol'], r1.updates)).toEqual({ carol: 30n });
    expect(r1.events.find((e) => e.type === 'create_validator')?.attributes.map((a) => [a.key, a.value])).toEqual([
      ['validator', h.valoper('carol')],
      ['amount', `${30n * M}stake`],
    ]);
    expect(h.staking.getValidator(h.view(), h.valoper('carol'))!.status).toBe('bonded');
    expect(h.balance('carol')).toBe(970n * M);
    const r2 = h.block((ctx) => h.deliver(ctx, CREATE, createMsg(h, 'dave', { amount: (20n * M).toString() })));
    expect(r2.updates).toEqual([]);
    expect(h.staking.getValidator(h.view(), h.valoper('dave'))!.status).toBe('unbonded');
    // Dave outgrows carol: carol leaves, dave joins.
    const r3 = h.block((ctx) => h.staking.delegateMsg(ctx, h.addr('alice'), h.valoper('dave'), { denom: 'stake', amount: 20n * M }));
    expect(updatesByName(h, ['carol', 'dave'], r3.updates)).toEqual({ dave: 40n, carol: 0n });
    expect(h.staking.getValidator(h.view(), h.valoper('carol'))!.status).toBe('unbonding');
  });

  test('power ties break by operator address (lower first)', () => {
    const h = setup({ max_validators: 3 });
    const r = h.block((ctx) => {
      h.deliver(ctx, CREATE, createMsg(h, 'x', { amount: (10n * M).toString() }));
      h.deliver(ctx, CREATE, createMsg(h, 'y', { amount: (10n * M).toString() }));
    });
    const [first, second] = compareBytes(h.addrBytes('x'), h.addrBytes('y')) < 0 ? ['x', 'y'] : ['y', 'x'];
    expect(updatesByName(h, ['x', 'y'], r.updates)).toEqual({ [first]: 10n });
    expect(h.staking.getValidator(h.view(), h.valoper(second))!.status).toBe('unbonded');
    expect(h.staking.bondedValidatorsByPower(h.view()).map((v) => v.operator)).toEqual([h.valoper('v1'), h.valoper('v2'), h.valoper(first)]);
  });
});

describe('commission (§9.2)', () => {
  const edit = (h: PosHarness, ctx: Context, name: string, rate: string) =>
    h.deliver(ctx, '/cosmos.staking.v1beta1.MsgEditValidator', MsgEditValidator.encode(MsgEditValidator.fromPartial({ description: { moniker: '[do-not-modify]', identity: '[do-not-modify]', website: '[do-not-modify]', securityContact: '[do-not-modify]', details: '[do-not-modify]' }, validatorAddress: h.valoper(name), commissionRate: dec(rate), minSelfDelegation: '' })).finish());

  test('once per 24 h, within max_change_rate, not below min_commission_rate', () => {
    const h = setup({ min_commission_rate: '0.05' }, [
      { name: 'v1', amount: 100n * M },
      { name: 'v2', amount: 50n * M, commissionRate: '0.05' } as { name: string; amount: bigint; commissionRate: string },
    ]);
    h.block((ctx) => expectError(errorOf(() => edit(h, ctx, 'v1', '0.105')), StakingErrors.CommissionUpdateTime));
    h.block(undefined, { timeStep: 24n * 3600n * NS_PER_SECOND });
    h.block((ctx) => {
      expectError(errorOf(() => edit(h, ctx, 'v1', '0.12')), StakingErrors.CommissionGTMaxChangeRate);
      expectError(errorOf(() => edit(h, ctx, 'v2', '0.045')), StakingErrors.CommissionLTMinRate);
      edit(h, ctx, 'v1', '0.11');
      expectError(errorOf(() => edit(h, ctx, 'v1', '0.1')), StakingErrors.CommissionUpdateTime);
    });
    const v1 = h.staking.getValidator(h.view(), h.valoper('v1'))!;
    expect(v1.commissionRate.toString()).toBe('0.110000000000000000');
    expect(v1.moniker).toBe('v1');
  });
});

describe('unbonding and redelegation entries (§9.3, §9.4)', () => {
  test('seven undelegations in seven blocks, the 8th fails; same-block ones merge; a matured slot frees one', () => {
    const h = setup();
    const v1 = h.valoper('v1');
    h.block((ctx) => {
      h.staking.delegateMsg(ctx, h.addr('alice'), v1, { denom: 'stake', amount: 100n * M });
      h.staking.delegateMsg(ctx, h.addr('bob'), v1, { denom: 'stake', amount: 100n * M });
    });
    const firstHeight = h.height + 1;
    for (let i = 0; i < 7; i++) h.block((ctx) => h.staking.undelegate(ctx, h.addr('alice'), v1, { denom: 'stake', amount: M }));
    let eighth: Error | undefined;
    h.block((ctx) => {
      eighth = PosHarness.tx(ctx, (c) => h.staking.undelegate(c, h.addr('alice'), v1, { denom: 'stake', amount: M }));
      h.staking.undelegate(ctx, h.addr('bob'), v1, { denom: 'stake', amount: M });
      h.staking.undelegate(ctx, h.addr('bob'), v1, { denom: 'stake', amount: 2n * M });
    });
    expectError(eighth, StakingErrors.MaxUnbondingDelegationEntries);
    const ctx = h.view();
    const ubd = h.staking.getUnbondingDelegation(ctx, h.addr('alice'), v1)!;
    expect(ubd.entries.map((e) => e.creationHeight)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => firstHeight + i));
    expect(h.staking.getDelegation(ctx, h.addr('alice'), v1)!.shares).toEqual(Dec.fromInt(93n * M));
    const bobUbd = h.staking.getUnbondingDelegation(ctx, h.addr('bob'), v1)!;
    expect(bobUbd.entries).toEqual([{ creationHeight: h.height, completionTime: h.time + 100n * NS_PER_SECOND, initialBalance: 3n * M, balance: 3n * M }]);
    // The first entry matures 100 s (20 blocks) after its block: then a new one is accepted.
    // Maturing happens at EndBlock: in the block whose time is the completion time a tx still sees 7.
    const firstCompletion = ubd.entries[0]!.completionTime;
    h.advanceTime(firstCompletion - 5n * NS_PER_SECOND);
    let atCompletion: Error | undefined;
    h.block((ctx2) => (atCompletion = PosHarness.tx(ctx2, (c) => h.staking.undelegate(c, h.addr('alice'), v1, { denom: 'stake', amount: M }))));
    expect(h.time).toBe(firstCompletion);
    expectError(atCompletion, StakingErrors.MaxUnbondingDelegationEntries);
    expect(h.staking.getUnbondingDelegation(h.view(), h.addr('alice'), v1)!.entries.length).toBe(6);
    h.block((ctx2) => h.staking.undelegate(ctx2, h.addr('alice'), v1, { denom: 'stake', amount: M }));
    // 6 + the new one − the second original entry, which matured at this EndBlock.
    const left = h.staking.getUnbondingDelegation(h.view(), h.addr('alice'), v1)!.entries;
    expect(left.length).toBe(6);
    expect(left[left.length - 1]!.creationHeight).toBe(h.height);
  });

  test('seven redelegations of one triplet succeed, the 8th fails', () => {
    const h = setup();
    const [v1, v2] = [h.valoper('v1'), h.valoper('v2')];
    h.block((ctx) => h.staking.delegateMsg(ctx, h.addr('alice'), v1, { denom: 'stake', amount: 100n * M }));
    for (let i = 0; i < 7; i++) h.block((ctx) => h.staking.beginRedelegation(ctx, h.addr('alice'), v1, v2, { denom: 'stake', amount: M }));
    let err: Error | undefined;
    h.block((ctx) => (err = PosHarness.tx(ctx, (c) => h.staking.beginRedelegation(c, h.addr('alice'), v1, v2, { denom: 'stake', amount: M }))));
    expectError(err, StakingErrors.MaxRedelegationEntries);
    const ctx = h.view();
    expect(h.staking.getRedelegation(ctx, h.addr('alice'), v1, v2)!.entries.length).toBe(7);
    expect(h.staking.getDelegation(ctx, h.addr('alice'), v2)!.shares.truncateInt()).toBe(7n * M);
    expect(h.staking.getValidator(ctx, v2)!.tokens).toBe(57n * M);
  });

  test('MsgUndelegate pays exactly at completion_time, the balance after a slash', () => {
    const h = setup();
    const v1 = h.valoper('v1');
    h.block((ctx) => h.staking.delegateMsg(ctx, h.addr('alice'), v1, { denom: 'stake', amount: 100n * M }));
    let resp: MsgUndelegateResponse | undefined;
    h.block((ctx) => {
      const bytes = h.deliver(ctx, '/cosmos.staking.v1beta1.MsgUndelegate', MsgUndelegate.encode({ delegatorAddress: h.addr('alice'), validatorAddress: v1, amount: { denom: 'stake', amount: (10n * M).toString() } }).finish());
      resp = MsgUndelegateResponse.decode(bytes);
    });
    const undelegatedAt = h.height;
    const completion = h.time + 100n * NS_PER_SECOND;
    expect(resp!.amount).toEqual({ denom: 'stake', amount: (10n * M).toString() });
    expect(resp!.completionTime.seconds * NS_PER_SECOND + BigInt(resp!.completionTime.nanos)).toBe(completion);
    expect(h.staking.notBondedTokens(h.view())).toBe(10n * M);
    // A 10 % slash for an infraction at the undelegation height cuts the entry by 1·10^6.
    const supply = h.supply();
    let burned = 0n;
    h.block((ctx) => (burned = h.staking.slash(ctx, h.consAddr('v1'), undelegatedAt, 200n, Dec.parse('0.1'), 'test')));
    expect(burned).toBe(20n * M);
    expect(h.supply()).toBe(supply - 20n * M);
    expect(h.staking.getUnbondingDelegation(h.view(), h.addr('alice'), v1)!.entries[0]!.balance).toBe(9n * M);
    expect(h.staking.getValidator(h.view(), v1)!.tokens).toBe(190n * M - 19n * M);
    const before = h.balance('alice');
    h.advanceTime(completion - BLOCK_STEP);
    expect(h.time).toBe(completion - BLOCK_STEP);
    expect(h.balance('alice')).toBe(before);
    const r = h.block();
    expect(h.time).toBe(completion);
    expect(h.balance('alice')).toBe(before + 9n * M);
    expect(h.staking.getUnbondingDelegation(h.view(), h.addr('alice'), v1)).toBeUndefined();
    expect(r.events.find((e) => e.type === 'complete_unbonding')!.attributes[0]).toEqual({ key: 'amount', value: `${9n * M}stake`, index: true });
  });
});

const BLOCK_STEP = 5n * NS_PER_SECOND;

describe('redelegation rules (§9.5)', () => {
  test('no transitive hop while A→B is immature; an UNBONDED source completes at once', () => {
    const h = setup({ max_validators: 2 });
    const [v1, v2] = [h.valoper('v1'), h.valoper('v2')];
    h.block((ctx) => {
      h.deliver(ctx, CREATE, createMsg(h, 'u', { amount: (10n * M).toString() }));
      h.staking.delegateMsg(ctx, h.addr('alice'), v1, { denom: 'stake', amount: 20n * M });
    });
    h.block((ctx) => h.staking.beginRedelegation(ctx, h.addr('alice'), v1, v2, { denom: 'stake', amount: 5n * M }));
    let err: Error | undefined;
    h.block((ctx) => (err = PosHarness.tx(ctx, (c) => h.staking.beginRedelegation(c, h.addr('alice'), v2, h.valoper('u'), { denom: 'stake', amount: M }))));
    expectError(err, StakingErrors.TransitiveRedelegation);
    // From the UNBONDED validator u: no entry, completion = now, tokens move to the bonded pool.
    expect(h.staking.getValidator(h.view(), h.valoper('u'))!.status).toBe('unbonded');
    let completion = 0n;
    const bondedBefore = h.staking.totalBondedTokens(h.view());
    h.block((ctx) => {
      h.staking.delegateMsg(ctx, h.addr('bob'), h.valoper('u'), { denom: 'stake', amount: 4n * M });
      completion = h.staking.beginRedelegation(ctx, h.addr('bob'), h.valoper('u'), v1, { denom: 'stake', amount: 4n * M });
    });
    expect(completion).toBe(h.time);
    expect(h.staking.getRedelegation(h.view(), h.addr('bob'), h.valoper('u'), v1)).toBeUndefined();
    expect(h.staking.totalBondedTokens(h.view())).toBe(bondedBefore + 4n * M);
    // Once A→B matures, B→C is allowed.
    h.advanceTime(h.time + 100n * NS_PER_SECOND);
    h.block((ctx) => h.staking.beginRedelegation(ctx, h.addr('alice'), v2, h.valoper('u'), { denom: 'stake', amount: M }));
  });
});

describe('self-delegation below minimum (§9.6)', () => {
  test('jailed at once, out at EndBlock, UNBONDING, UNBONDED after unbonding_time, deleted when the last delegator leaves', () => {
    const h = setup({}, [
      { name: 'v1', amount: 100n * M },
      { name: 'v3', amount: 20n * M, minSelfDelegation: 20n * M } as { name: string; amount: bigint; minSelfDelegation: bigint },
    ]);
    const v3 = h.valoper('v3');
    const seen: ValsetChanges[] = [];
    h.staking.onValsetChange((_ctx, c) => seen.push(c));
    h.block((ctx) => h.staking.delegateMsg(ctx, h.addr('bob'), v3, { denom: 'stake', amount: 5n * M }));
    const r = h.block((ctx) => {
      h.staking.undelegate(ctx, h.addr('v3'), v3, { denom: 'stake', amount: M });
      expect(h.staking.getValidator(ctx, v3)!.jailed).toBe(true);
    });
    expect(updatesByName(h, ['v3'], r.updates)).toEqual({ v3: 0n });
    const last = seen[seen.length - 1]!;
    expect([last.jailed, last.removals]).toEqual([[v3], [v3]]);
    const val = h.staking.getValidator(h.view(), v3)!;
    expect(val.status).toBe('unbonding');
    expect(val.unbondingTime).toBe(h.time + 100n * NS_PER_SECOND);
    expect(h.staking.notBondedTokens(h.view())).toBe(25n * M);
    h.advanceTime(val.unbondingTime - BLOCK_STEP);
    expect(h.staking.getValidator(h.view(), v3)!.status).toBe('unbonding');
    h.block();
    expect(h.staking.getValidator(h.view(), v3)!.status).toBe('unbonded');
    h.block((ctx) => h.staking.undelegate(ctx, h.addr('v3'), v3, { denom: 'stake', amount: 19n * M }));
    expect(h.staking.getValidator(h.view(), v3)).toBeDefined();
    h.block((ctx) => h.staking.undelegate(ctx, h.addr('bob'), v3, { denom: 'stake', amount: 5n * M }));
    expect(h.staking.getValidator(h.view(), v3)).toBeUndefined();
    expect(h.staking.getValidatorByConsAddr(h.view(), h.consAddr('v3'))).toBeUndefined();
  });
});

describe('epochs (§9.12)', () => {
  test('E=5: a power change at H=3 reaches consensus at H=5', () => {
    const h = setup({ epoch_length_blocks: 5 });
    const results = [h.block(), h.block(), h.block((ctx) => h.staking.delegateMsg(ctx, h.addr('alice'), h.valoper('v1'), { denom: 'stake', amount: 10n * M })), h.block(), h.block()];
    expect(results.map((r) => r.updates.length)).toEqual([0, 0, 0, 0, 1]);
    expect(updatesByName(h, ['v1'], results[4]!.updates)).toEqual({ v1: 110n });
    expect(results[4]!.events.some((e) => e.type === 'epoch_start')).toBe(true);
    expect(h.staking.epochInfo(h.view())).toEqual({ epoch: 1, startHeight: 5, length: 5 });
    // Tokens moved at once even though consensus power waited.
    expect(h.staking.getValidator(h.view(), h.valoper('v1'))!.tokens).toBe(110n * M);
  });

  test('E=5: a jail at H=3 leaves the set at H=3', () => {
    const h = setup({ epoch_length_blocks: 5 });
    h.block();
    h.block();
    const r = h.block((ctx) => h.staking.jail(ctx, h.consAddr('v2')));
    expect(r.height).toBe(3);
    expect(updatesByName(h, ['v2'], r.updates)).toEqual({ v2: 0n });
    expect(h.signingSet(5).has(toHex(h.consAddr('v2')))).toBe(false);
  });
});

describe('pause (§9.14, staking part)', () => {
  test('no slash, immediate removal, unjail restores at the next update', () => {
    const h = setup();
    const v2 = h.valoper('v2');
    const supply = h.supply();
    const r = h.block((ctx) => h.staking.pauseValidator(ctx, v2));
    expect(updatesByName(h, ['v2'], r.updates)).toEqual({ v2: 0n });
    const val = h.staking.getValidator(h.view(), v2)!;
    expect([val.jailed, val.paused, val.tokens, val.status]).toEqual([true, true, 50n * M, 'unbonding']);
    expect(h.supply()).toBe(supply);
    let again: Error | undefined;
    h.block((ctx) => (again = PosHarness.tx(ctx, (c) => h.staking.pauseValidator(c, v2))));
    expectError(again, StakingErrors.ValidatorJailed);
    const r2 = h.block((ctx) => h.staking.unjail(ctx, h.consAddr('v2')));
    expect(updatesByName(h, ['v2'], r2.updates)).toEqual({ v2: 50n });
    const after = h.staking.getValidator(h.view(), v2)!;
    expect([after.jailed, after.paused, after.status]).toEqual([false, false, 'bonded']);
  });
});

describe('queries', () => {
  test('Delegation, Validators by status, Pool, DelegatorDelegations', () => {
    const h = setup({ max_validators: 2 });
    h.block((ctx) => {
      h.deliver(ctx, CREATE, createMsg(h, 'u', { amount: (10n * M).toString() }));
      h.staking.delegateMsg(ctx, h.addr('alice'), h.valoper('v1'), { denom: 'stake', amount: 7n * M });
    });
    const q = (m: string, b: Uint8Array) => h.queries.get(`/cosmos.staking.v1beta1.Query/${m}`)!(h.view(), b);
    const missing = errorOf(() => q('Delegation', Q.QueryDelegationRequest.encode({ delegatorAddr: h.addr('bob'), validatorAddr: h.valoper('v1') }).finish()));
    expect((missing as Error).message).toContain('key not found');
    const d = Q.QueryDelegationResponse.decode(q('Delegation', Q.QueryDelegationRequest.encode({ delegatorAddr: h.addr('alice'), validatorAddr: h.valoper('v1') }).finish()));
    expect(d.delegationResponse!.balance).toEqual({ denom: 'stake', amount: (7n * M).toString() });
    expect(d.delegationResponse!.delegation.shares).toBe(Dec.fromInt(7n * M).toAtomicsString());
    const bonded = Q.QueryValidatorsResponse.decode(q('Validators', Q.QueryValidatorsRequest.encode({ status: 'BOND_STATUS_BONDED' }).finish()));
    expect(bonded.validators.map((v) => v.operatorAddress).sort()).toEqual([h.valoper('v1'), h.valoper('v2')].sort());
    expect(bonded.validators.every((v) => v.status === BondStatus.BOND_STATUS_BONDED)).toBe(true);
    const unbonded = Q.QueryValidatorsResponse.decode(q('Validators', Q.QueryValidatorsRequest.encode({ status: 'BOND_STATUS_UNBONDED' }).finish()));
    expect(unbonded.validators.map((v) => v.operatorAddress)).toEqual([h.valoper('u')]);
    const pk = PubKey.decode(unbonded.validators[0]!.consensusPubkey!.value).key;
    expect(toHex(consensusAddress(pk))).toBe(toHex(h.consAddr('u')));
    const pool = Q.QueryPoolResponse.decode(q('Pool', Q.QueryPoolRequest.encode({}).finish()));
    expect(pool.pool).toEqual({ bondedTokens: (157n * M).toString(), notBondedTokens: (10n * M).toString() });
    const dd = Q.QueryDelegatorDelegationsResponse.decode(q('DelegatorDelegations', Q.QueryDelegatorDelegationsRequest.encode({ delegatorAddr: h.addr('alice') }).finish()));
    expect(dd.delegationResponses.map((r) => r.delegation.validatorAddress)).toEqual([h.valoper('v1')]);
    const p = Q.QueryParamsResponse.decode(q('Params', Q.QueryParamsRequest.encode({}).finish()));
    expect([p.params.maxValidators, p.params.unbondingTime.seconds, p.params.bondDenom]).toEqual([2, 100n, 'stake']);
  });
});

describe('MsgUpdateParams', () => {
  test('authority only; epoch_length_blocks is kept', () => {
    const h = setup({ epoch_length_blocks: 2 });
    const msg = (authority: string) =>
      MsgUpdateParams.encode({ authority, params: { unbondingTime: { seconds: 50n, nanos: 0 }, maxValidators: 7, maxEntries: 3, historicalEntries: 0, bondDenom: 'stake', minCommissionRate: dec('0.02') } }).finish();
    let err: unknown;
    h.block((ctx) => {
      err = errorOf(() => h.deliver(ctx, '/cosmos.staking.v1beta1.MsgUpdateParams', msg(h.addr('alice'))));
      h.deliver(ctx, '/cosmos.staking.v1beta1.MsgUpdateParams', msg(h.addr('gov')));
    });
    expect((err as ChainError).code).toBe(4);
    const p = h.staking.getParams(h.view());
    expect([p.unbondingTimeNs, p.maxValidators, p.maxEntries, p.minCommissionRate.toString(), p.epochLengthBlocks]).toEqual([50n * NS_PER_SECOND, 7, 3, '0.020000000000000000', 2]);
  });
});

describe('determinism', () => {
  const run = (extra: boolean) => {
    const h = setup();
    const hashes: string[] = [];
    for (let i = 0; i < 6; i++) {
      hashes.push(
        toHex(
          h.block((ctx) => {
            h.staking.delegateMsg(ctx, h.addr('alice'), h.valoper(i % 2 === 0 ? 'v1' : 'v2'), { denom: 'stake', amount: BigInt(i + 1) * M });
            if (i === 3) h.staking.undelegate(ctx, h.addr('alice'), h.valoper('v1'), { denom: 'stake', amount: M });
            if (i === 4) h.staking.beginRedelegation(ctx, h.addr('alice'), h.valoper('v1'), h.valoper('v2'), { denom: 'stake', amount: M });
            if (extra && i === 5) h.staking.delegateMsg(ctx, h.addr('bob'), h.valoper('v1'), { denom: 'stake', amount: 1n });
          }).appHash,
        ),
      );
    }
    return hashes;
  };
  test('two identical runs commit identical app hashes; a different op changes them', () => {
    const a = run(false);
    expect(run(false)).toEqual(a);
    const c = run(true);
    expect(c.slice(0, 5)).toEqual(a.slice(0, 5));
    expect(c[5]).not.toBe(a[5]);
  });
});
