/**
 * pos-spec §9 items 10 and 11: fee allocation by power with commission and community tax, F1
 * rewards (across a slash, auto-withdraw on re-delegation), withdraw addresses, proposer bonus,
 * and the module-balance invariant. Expected figures are worked out by hand in the comments.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgSetWithdrawAddress, MsgWithdrawDelegatorReward, MsgWithdrawValidatorCommission, MsgFundCommunityPool, MsgCommunityPoolSpend, MsgUpdateParams, MsgDepositValidatorRewardsPool } from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/distribution/v1beta1/query';
import { inBranch, type Context } from '../../kernel/context.js';
import { isChainError } from '../../kernel/errors.js';
import { findAttribute } from '../../kernel/events.js';
import { Dec } from '../../types/dec.js';
import { DISTRIBUTION_MODULE, DistributionErrors } from './keeper.js';
import { formatDecCoins, type DecCoins } from './deccoins.js';
import { makeHarness, type Harness } from './testkit/wiring.js';

const TEN_PERCENT = Dec.withPrecision(10, 2);
const d = (s: string) => Dec.parse(s);
const fmt = (c: DecCoins) => formatDecCoins(c);
const stake = (s: string) => `${Dec.parse(s).toString()}stake`;

function bal(h: Harness, ctx: Context, addr: string): bigint {
  return h.bank.getBalance(ctx, addr, 'stake').amount;
}

function run(h: Harness, ctx: Context, typeUrl: string, value: Uint8Array) {
  return inBranch(ctx, (c) => h.msgs.run(c, h.msgs.decode(typeUrl, value)));
}

function expectChainError(fn: () => unknown, spec: { codespace: string; code: number }): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isChainError(caught)).toBe(true);
  expect(isChainError(caught, { ...spec, desc: '' })).toBe(true);
}

function expectNoBrokenInvariants(h: Harness, ctx: Context): void {
  expect(h.distr.brokenInvariants(ctx)).toEqual([]);
}

/**
 * Validator A: operator 700 000 + delegator D 300 000 = 1 000 000 tokens (power 1).
 * Validator B: operator 3 000 000 (power 3). Both 10 % commission; community tax 2 % (default).
 */
function twoValidators() {
  const h = makeHarness();
  const g = h.at(1);
  const opA = h.addr(1);
  const opB = h.addr(2);
  const del = h.addr(3);
  const valA = h.staking.createValidator(g, opA, 700_000n, TEN_PERCENT, 1);
  const valB = h.staking.createValidator(g, opB, 3_000_000n, TEN_PERCENT, 2);
  h.staking.delegate(g, del, valA, 300_000n);
  return { h, opA, opB, del, valA, valB };
}

describe('allocation and F1 (§9 item 10)', () => {
  test('1:3 power, 10 % commission, 2 % tax over three blocks: exact commission, rewards, pool', () => {
    const { h, opA, del, valA, valB } = twoValidators();
    const votes = (ctx: Context) => [h.staking.vote(ctx, valA), h.staking.vote(ctx, valB)];
    expect(votes(h.at(1)).map((v) => v.power)).toEqual([1n, 3n]);

    // Blocks 2 and 3: fees 1000 each. 1000 × 0.98 = 980; A gets 980 × 1/4 = 245 (commission 24.5,
    // delegators 220.5), B gets 735 (commission 73.5, delegators 661.5); the pool gets 20.
    // Block 4: fees 7 → 6.86 to validators: A 1.715 (0.1715 / 1.5435), B 5.145 (0.5145 / 4.6305); pool 0.14.
    for (const [height, fee] of [[2, 1000n], [3, 1000n], [4, 7n]] as const) {
      h.collectFees(h.at(height - 1), fee);
      const ctx = h.beginBlock(height, votes(h.at(height)));
      if (height === 2) {
        expect(findAttribute(ctx.events.events, 'commission', 'amount')).toBe(stake('24.5'));
        expect(findAttribute(ctx.events.events, 'rewards', 'amount')).toBe(stake('245'));
        expect(findAttribute(ctx.events.events, 'rewards', 'validator')).toBe(valA);
      }
    }
    const c = h.at(5);
    expect(fmt(h.distr.getAccumulatedCommission(c, valA))).toBe(stake('49.1715'));
    expect(fmt(h.distr.getAccumulatedCommission(c, valB))).toBe(stake('147.5145'));
    expect(fmt(h.distr.getCurrentRewards(c, valA).rewards)).toBe(stake('442.5435'));
    expect(fmt(h.distr.getCurrentRewards(c, valB).rewards)).toBe(stake('1327.6305'));
    expect(fmt(h.distr.getOutstandingRewards(c, valA))).toBe(stake('491.715'));
    expect(fmt(h.distr.getOutstandingRewards(c, valB))).toBe(stake('1475.145'));
    expect(fmt(h.distr.getCommunityPool(c))).toBe(stake('40.14'));
    expect(bal(h, c, h.auth.moduleAddress(DISTRIBUTION_MODULE))).toBe(2007n);
    expect(bal(h, c, h.auth.moduleAddress('fee_collector'))).toBe(0n);
    expectNoBrokenInvariants(h, c);

    // Pending (query) rewards: A's ratio 442.5435 / 1 000 000 = 0.0004425435 per token.
    expect(fmt(h.distr.delegationRewards(c, del, valA))).toBe(stake('132.76305')); // 300 000 tokens
    expect(fmt(h.distr.delegationRewards(c, opA, valA))).toBe(stake('309.78045')); // 700 000 tokens
    // The query ran on a discarded branch: the period was not really incremented.
    expect(h.distr.getCurrentRewards(c, valA).period).toBe(3n);

    // D withdraws: 132 paid, 0.76305 dust to the community pool.
    const r = run(h, c, '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward', MsgWithdrawDelegatorReward.encode({ delegatorAddress: del, validatorAddress: valA }).finish());
    expect(bal(h, c, del)).toBe(132n);
    expect(fmt(h.distr.getCommunityPool(c))).toBe(stake('40.90305'));
    expect(fmt(h.distr.getOutstandingRewards(c, valA))).toBe(stake('358.95195'));
    expect(r.typeUrl).toBe('/cosmos.distribution.v1beta1.MsgWithdrawDelegatorRewardResponse');
    expectNoBrokenInvariants(h, c);

    // A's operator withdraws commission: 49 paid, 0.1715 stays accumulated.
    run(h, c, '/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission', MsgWithdrawValidatorCommission.encode({ validatorAddress: valA }).finish());
    expect(bal(h, c, opA)).toBe(49n);
    expect(fmt(h.distr.getAccumulatedCommission(c, valA))).toBe(stake('0.1715'));
    expect(fmt(h.distr.getOutstandingRewards(c, valA))).toBe(stake('309.95195'));

    // ... and its self-delegation rewards: 309 paid, 0.78045 to the pool; only the commission remainder is left.
    run(h, c, '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward', MsgWithdrawDelegatorReward.encode({ delegatorAddress: opA, validatorAddress: valA }).finish());
    expect(bal(h, c, opA)).toBe(49n + 309n);
    expect(fmt(h.distr.getOutstandingRewards(c, valA))).toBe(stake('0.1715'));
    expect(fmt(h.distr.getCommunityPool(c))).toBe(stake('41.6835'));
    expectNoBrokenInvariants(h, c);
    // Exactly balanced: module balance = truncate(Σ outstanding + pool) = 2007 − 132 − 49 − 309.
    expect(bal(h, c, h.auth.moduleAddress(DISTRIBUTION_MODULE))).toBe(1517n);
  });

  test('a reward across a slash uses the stake reduced by the slash', () => {
    const h = makeHarness();
    const g = h.at(1);
    const op = h.addr(1);
    const del = h.addr(3);
    const val = h.staking.createValidator(g, op, 7_000_000n, TEN_PERCENT, 1);
    h.staking.delegate(g, del, val, 3_000_000n);

    // Block 2: fees 1000, A alone in the commit: 980 to A, 98 commission, 882 to delegators.
    h.collectFees(g, 1000n);
    const c2 = h.beginBlock(2, [h.staking.vote(g, val)]);
    // Slashed 10 % in block 2: the period closes with ratio 882 / 10 000 000 = 0.0000882.
    expect(h.staking.slash(c2, val, TEN_PERCENT)).toBe(1_000_000n);
    expect(h.distr.slashEventsBetween(c2, val, 0n, 10n)).toEqual([{ height: 2n, period: 3n, fraction: TEN_PERCENT }]);

    // Block 3: another 882 for delegators over 9 000 000 tokens: ratio 0.000098.
    h.collectFees(c2, 1000n);
    const c3 = h.beginBlock(3, [h.staking.vote(h.at(2), val)]);
    // D: 3 000 000 × 0.0000882 = 264.6, then stake × 0.9 = 2 700 000 × 0.000098 = 264.6 → 529.2.
    // (Had the slash been ignored: 264.6 + 3 000 000 × 0.000098 = 558.6.)
    expect(fmt(h.distr.delegationRewards(c3, del, val))).toBe(stake('529.2'));
    const resp = run(h, c3, '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward', MsgWithdrawDelegatorReward.encode({ delegatorAddress: del, validatorAddress: val }).finish());
    expect(MsgWithdrawDelegatorReward.typeUrl).toBeDefined();
    expect(resp.value.length).toBeGreaterThan(0);
    expect(bal(h, c3, del)).toBe(529n);
    // The new starting stake is the post-slash token value of D's shares.
    expect(h.distr.getStartingInfo(c3, val, del)?.stake.toString()).toBe(d('2700000').toString());
    expect(fmt(h.distr.delegationRewards(c3, op, val))).toBe(stake('1234.8')); // 7M × 0.0000882 + 6.3M × 0.000098
    expectNoBrokenInvariants(h, c3);

    // ValidatorSlashes query returns the event.
    const slashes = Q.QueryValidatorSlashesResponse.decode(
      h.queries.get('/cosmos.distribution.v1beta1.Query/ValidatorSlashes')!(c3, Q.QueryValidatorSlashesRequest.encode({ validatorAddress: val, startingHeight: 1n, endingHeight: 5n }).finish()),
    );
    expect(slashes.slashes).toEqual([{ validatorPeriod: 3n, fraction: TEN_PERCENT.toAtomicsString() }]);
  });

  test('delegating again auto-withdraws the pending rewards; undelegating all pays out and drops the record', () => {
    const { h, del, valA, valB } = twoValidators();
    h.collectFees(h.at(1), 1000n);
    const c = h.beginBlock(2, [h.staking.vote(h.at(1), valA), h.staking.vote(h.at(1), valB)]);
    // A's delegators got 220.5 over 1 000 000 tokens; D holds 300 000 → 66.15.
    h.staking.delegate(c, del, valA, 100_000n);
    expect(bal(h, c, del)).toBe(66n);
    expect(findAttribute(c.events.events, 'withdraw_rewards', 'amount')).toBe('66stake');
    expect(h.distr.getStartingInfo(c, valA, del)).toEqual({ previousPeriod: 3n, stake: d('400000'), height: 2n });
    expect(fmt(h.distr.delegationRewards(c, del, valA))).toBe('');

    h.collectFees(c, 1000n);
    const c3 = h.beginBlock(3, [h.staking.vote(c, valA), h.staking.vote(c, valB)]);
    // A now has 1 100 000 tokens (still power 1): 220.5 × 400 000 / 1 100 000 = 80.181818… truncated per ratio.
    const ratio = d('220.5').quoTruncate(d('1100000'));
    const expected = ratio.mulTruncate(d('400000'));
    expect(fmt(h.distr.delegationRewards(c3, del, valA))).toBe(`${expected}stake`);
    h.staking.unbond(c3, del, valA, h.staking.getDelegation(c3, del, valA)!.shares);
    expect(bal(h, c3, del)).toBe(66n + expected.truncateInt());
    expect(h.distr.getStartingInfo(c3, valA, del)).toBeUndefined();
    expectNoBrokenInvariants(h, c3);
  });

  test('withdraw address: paid there; refused for module accounts; refused when disabled', () => {
    const { h, del, valA, valB } = twoValidators();
    const c = h.at(2);
    const target = h.addr(9);
    const setMsg = (w: string) => MsgSetWithdrawAddress.encode({ delegatorAddress: del, withdrawAddress: w }).finish();
    run(h, c, '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress', setMsg(target));
    expect(findAttribute(c.events.events, 'set_withdraw_address', 'withdraw_address')).toBe(target);
    expect(h.distr.getWithdrawAddress(c, del)).toBe(target);

    expectChainError(() => run(h, c, '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress', setMsg(h.auth.moduleAddress('gov'))), { codespace: 'sdk', code: 4 });
    expectChainError(() => run(h, c, '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress', setMsg(h.auth.moduleAddress(DISTRIBUTION_MODULE))), { codespace: 'sdk', code: 4 });
    expect(h.distr.getWithdrawAddress(c, del)).toBe(target);

    h.collectFees(c, 1000n);
    const c3 = h.beginBlock(3, [h.staking.vote(c, valA), h.staking.vote(c, valB)]);
    run(h, c3, '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward', MsgWithdrawDelegatorReward.encode({ delegatorAddress: del, validatorAddress: valA }).finish());
    expect(bal(h, c3, target)).toBe(66n);
    expect(bal(h, c3, del)).toBe(0n);

    const wq = Q.QueryDelegatorWithdrawAddressResponse.decode(h.queries.get('/cosmos.distribution.v1beta1.Query/DelegatorWithdrawAddress')!(c3, Q.QueryDelegatorWithdrawAddressRequest.encode({ delegatorAddress: del }).finish()));
    expect(wq.withdrawAddress).toBe(target);

    // Governance switches withdraw addresses off.
    const params = { communityTax: d('0.02').toAtomicsString(), baseProposerReward: '0', bonusProposerReward: '0', withdrawAddrEnabled: false };
    expectChainError(() => run(h, c3, '/cosmos.distribution.v1beta1.MsgUpdateParams', MsgUpdateParams.encode({ authority: h.addr(7), params }).finish()), { codespace: 'sdk', code: 4 });
    run(h, c3, '/cosmos.distribution.v1beta1.MsgUpdateParams', MsgUpdateParams.encode({ authority: h.gov, params }).finish());
    expectChainError(() => run(h, c3, '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress', setMsg(h.addr(10))), DistributionErrors.SetWithdrawAddrDisabled);
    expect(h.distr.getWithdrawAddress(c3, del)).toBe(target);
  });

  test('commission withdrawal with nothing accumulated fails; unknown delegation fails', () => {
    const { h, valA } = twoValidators();
    const c = h.at(2);
    expectChainError(() => run(h, c, '/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission', MsgWithdrawValidatorCommission.encode({ validatorAddress: valA }).finish()), DistributionErrors.NoValidatorCommission);
    expectChainError(() => run(h, c, '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward', MsgWithdrawDelegatorReward.encode({ delegatorAddress: h.addr(40), validatorAddress: valA }).finish()), DistributionErrors.EmptyDelegationDistInfo);
  });

  test('no power in the last commit: every fee goes to the community pool; height 1 allocates nothing', () => {
    const { h } = twoValidators();
    h.collectFees(h.at(1), 500n);
    h.beginBlock(1, []);
    expect(fmt(h.distr.getCommunityPool(h.at(1)))).toBe('');
    const c = h.beginBlock(2, []);
    expect(fmt(h.distr.getCommunityPool(c))).toBe(stake('500'));
    expectNoBrokenInvariants(h, c);
  });

  test('community pool: fund, spend (authority only, not more than it holds)', () => {
    const { h } = twoValidators();
    const c = h.at(2);
    const funder = h.addr(20);
    h.bank.initBalance(c, funder, [{ denom: 'stake', amount: 1000n }]);
    run(h, c, '/cosmos.distribution.v1beta1.MsgFundCommunityPool', MsgFundCommunityPool.encode({ depositor: funder, amount: [{ denom: 'stake', amount: '400' }] }).finish());
    expect(fmt(h.distr.getCommunityPool(c))).toBe(stake('400'));
    const spend = (authority: string, amount: string) =>
      run(h, c, '/cosmos.distribution.v1beta1.MsgCommunityPoolSpend', MsgCommunityPoolSpend.encode({ authority, recipient: h.addr(21), amount: [{ denom: 'stake', amount }] }).finish());
    expectChainError(() => spend(funder, '100'), { codespace: 'sdk', code: 4 });
    expectChainError(() => spend(h.gov, '401'), DistributionErrors.BadDistribution);
    spend(h.gov, '150');
    expect(bal(h, c, h.addr(21))).toBe(150n);
    expect(fmt(h.distr.getCommunityPool(c))).toBe(stake('250'));
    const pool = Q.QueryCommunityPoolResponse.decode(h.queries.get('/cosmos.distribution.v1beta1.Query/CommunityPool')!(c, new Uint8Array()));
    expect(pool.pool).toEqual([{ denom: 'stake', amount: d('250').toAtomicsString() }]);
    expectNoBrokenInvariants(h, c);
  });

  test('MsgDepositValidatorRewardsPool adds to one validator (commission applies)', () => {
    const { h, del, valA } = twoValidators();
    const c = h.at(2);
    const funder = h.addr(20);
    h.bank.initBalance(c, funder, [{ denom: 'stake', amount: 1000n }]);
    run(h, c, '/cosmos.distribution.v1beta1.MsgDepositValidatorRewardsPool', MsgDepositValidatorRewardsPool.encode({ depositor: funder, validatorAddress: valA, amount: [{ denom: 'stake', amount: '1000' }] }).finish());
    expect(fmt(h.distr.getAccumulatedCommission(c, valA))).toBe(stake('100'));
    expect(fmt(h.distr.delegationRewards(h.at(3), del, valA))).toBe(stake('270')); // 900 × 0.3
    expectChainError(
      () => run(h, c, '/cosmos.distribution.v1beta1.MsgDepositValidatorRewardsPool', MsgDepositValidatorRewardsPool.encode({ depositor: funder, validatorAddress: h.codec.accountToValoper(h.addr(50)), amount: [{ denom: 'stake', amount: '1' }] }).finish()),
      DistributionErrors.NoValidatorExists,
    );
    expect(bal(h, c, funder)).toBe(0n);
  });

  test('queries: total rewards, delegator validators, distribution info', () => {
    const { h, opA, del, valA, valB } = twoValidators();
    const c1 = h.at(1);
    h.staking.delegate(c1, del, valB, 1_000_000n);
    h.collectFees(c1, 1000n);
    // B now has 4 000 000 tokens (power 4) and A 1 000 000 (power 1): A 196, B 784.
    const c = h.beginBlock(2, [h.staking.vote(c1, valA), h.staking.vote(c1, valB)]);
    const total = h.distr.delegationTotalRewards(h.at(3), del);
    // A: 196 × 0.9 × 0.3 = 52.92; B: 784 × 0.9 × 0.25 = 176.4.
    const byVal = Object.fromEntries(total.rewards.map((r) => [r.validator, fmt(r.reward)]));
    expect(byVal).toEqual({ [valA]: stake('52.92'), [valB]: stake('176.4') });
    expect(fmt(total.total)).toBe(stake('229.32'));
    expect(h.distr.delegatorValidators(c, del).sort()).toEqual([valA, valB].sort());

    const info = Q.QueryValidatorDistributionInfoResponse.decode(
      h.queries.get('/cosmos.distribution.v1beta1.Query/ValidatorDistributionInfo')!(h.at(3), Q.QueryValidatorDistributionInfoRequest.encode({ validatorAddress: valA }).finish()),
    );
    expect(info.operatorAddress).toBe(opA);
    expect(info.commission).toEqual([{ denom: 'stake', amount: d('19.6').toAtomicsString() }]);
    expect(info.selfBondRewards).toEqual([{ denom: 'stake', amount: d('123.48').toAtomicsString() }]); // 176.4 × 0.7
    const out = Q.QueryValidatorOutstandingRewardsResponse.decode(
      h.queries.get('/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards')!(c, Q.QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: valA }).finish()),
    );
    expect(out.rewards.rewards).toEqual([{ denom: 'stake', amount: d('196').toAtomicsString() }]);
  });

  test('validator removal pays commission to the operator and sweeps dust into the pool', () => {
    const { h, opA, del, valA, valB } = twoValidators();
    h.collectFees(h.at(1), 1001n);
    const c = h.beginBlock(2, [h.staking.vote(h.at(1), valA), h.staking.vote(h.at(1), valB)]);
    h.staking.unbond(c, del, valA, h.staking.getDelegation(c, del, valA)!.shares);
    h.staking.unbond(c, opA, valA, h.staking.getDelegation(c, opA, valA)!.shares);
    const before = bal(h, c, opA);
    h.staking.removeValidator(c, valA);
    // 1001 × 0.98 = 980.98; A: 245.245 → commission 24.5245 → 24 paid at removal.
    expect(bal(h, c, opA) - before).toBe(24n);
    expect(h.distr.getOutstandingRewards(c, valA)).toEqual([]);
    expectNoBrokenInvariants(h, c);
  });

  test('invariant holds over many blocks with awkward numbers, delegations and slashes', () => {
    const h = makeHarness();
    const g = h.at(1);
    const vals = [
      h.staking.createValidator(g, h.addr(1), 1_234_567n, d('0.07'), 1),
      h.staking.createValidator(g, h.addr(2), 3_000_001n, d('0.333333333333333333'), 2),
      h.staking.createValidator(g, h.addr(3), 7_777_777n, d('0.05'), 3),
    ];
    const dels = [h.addr(10), h.addr(11), h.addr(12)];
    for (let height = 2; height <= 25; height++) {
      const prev = h.at(height - 1);
      h.collectFees(prev, BigInt(997 * height + 13));
      const c = h.beginBlock(height, vals.map((v, i) => h.staking.vote(prev, v, i === 1 && height % 3 === 0 ? 'absent' : 'commit')));
      const dl = dels[height % 3]!;
      const v = vals[height % 3]!;
      if (height % 2 === 0) h.staking.delegate(c, dl, v, BigInt(10_000 + height * 333));
      if (height % 5 === 0) h.staking.slash(c, vals[(height / 5) % 3]!, d('0.01'));
      if (height % 7 === 0 && h.staking.getDelegation(c, dl, v) !== undefined) {
        h.staking.unbond(c, dl, v, h.staking.getDelegation(c, dl, v)!.shares.quoInt(3n));
      }
      if (height % 4 === 0) h.distr.withdrawValidatorCommission(c, vals[height % 3]!);
      expectNoBrokenInvariants(h, c);
    }
    const end = h.at(26);
    for (const dl of dels) for (const del of h.staking.delegatorDelegations(end, dl)) h.distr.withdrawDelegationRewards(end, dl, del.validator);
    expectNoBrokenInvariants(h, end);
  });
});

describe('proposer bonus (§9 item 11)', () => {
  function setup(base: string, bonus: string) {
    const { h, valA, valB } = twoValidators();
    h.distr.setParams(h.at(1), { communityTax: d('0.02'), baseProposerReward: d(base), bonusProposerReward: d(bonus), withdrawAddrEnabled: true });
    const proposerB = h.staking.getValidator(h.at(1), valB)!.consAddress;
    h.beginBlock(1, [], proposerB); // block 1 is proposed by B
    h.collectFees(h.at(1), 1000n);
    // A did not sign block 1 (absent), B did: signed power 3 of 4.
    const c = h.beginBlock(2, [h.staking.vote(h.at(1), valA, 'absent'), h.staking.vote(h.at(1), valB)]);
    return { h, c, valA, valB };
  }

  test('off (default 0): allocation by power only, no proposer_reward event', () => {
    const { h, c, valA, valB } = setup('0', '0');
    expect(fmt(h.distr.getOutstandingRewards(c, valA))).toBe(stake('245'));
    expect(fmt(h.distr.getOutstandingRewards(c, valB))).toBe(stake('735'));
    expect(fmt(h.distr.getCommunityPool(c))).toBe(stake('20'));
    expect(c.events.events.some((e) => e.type === 'proposer_reward')).toBe(false);
  });

  test('on (base 1 %, bonus 4 %): proposer gets 1000 × (0.01 + 0.04 × 3/4) = 40 first', () => {
    const { h, c, valA, valB } = setup('0.01', '0.04');
    // Remaining multiplier 1 − 0.04 − 0.02 = 0.94 → 940: A 235, B 705 (+40) = 745; pool 20.
    expect(findAttribute(c.events.events, 'proposer_reward', 'amount')).toBe(stake('40'));
    expect(findAttribute(c.events.events, 'proposer_reward', 'validator')).toBe(valB);
    expect(fmt(h.distr.getOutstandingRewards(c, valA))).toBe(stake('235'));
    expect(fmt(h.distr.getOutstandingRewards(c, valB))).toBe(stake('745'));
    expect(fmt(h.distr.getCommunityPool(c))).toBe(stake('20'));
    expectNoBrokenInvariants(h, c);
  });

  test('params whose proposer rewards and tax exceed one are refused', () => {
    const { h } = twoValidators();
    expect(() => h.distr.setParams(h.at(1), { communityTax: d('0.5'), baseProposerReward: d('0.3'), bonusProposerReward: d('0.3'), withdrawAddrEnabled: true })).toThrow(/cannot be greater than one/);
  });
});

describe('genesis', () => {
  test('export → import into a fresh chain reproduces the state', () => {
    const { h, del, valA, valB } = twoValidators();
    h.collectFees(h.at(1), 1001n);
    const c = h.beginBlock(2, [h.staking.vote(h.at(1), valA), h.staking.vote(h.at(1), valB)]);
    h.staking.slash(c, valB, d('0.05'));
    run(h, c, '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress', MsgSetWithdrawAddress.encode({ delegatorAddress: del, withdrawAddress: h.addr(9) }).finish());
    const exported = h.module.exportGenesis(c);
    const json = JSON.parse(JSON.stringify(exported)) as unknown;

    const h2 = makeHarness();
    const g2 = h2.at(1);
    h2.bank.initBalance(g2, h2.auth.moduleAddress(DISTRIBUTION_MODULE), [{ denom: 'stake', amount: bal(h, c, h.auth.moduleAddress(DISTRIBUTION_MODULE)) }]);
    h2.module.initGenesis(g2, json);
    expect(h2.module.exportGenesis(g2)).toEqual(exported);
    expect(exported.validator_slash_events?.length).toBe(1);

    const h3 = makeHarness();
    expect(() => h3.module.initGenesis(h3.at(1), json)).toThrow(/does not match the module holdings/);
  });
});
