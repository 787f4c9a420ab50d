import { describe, test } from 'node:test';
import { expect } from 'expect';
import { testContext } from '../../testkit/context.js';
import { Dec } from '../../types/dec.js';
import type { DelegationView, SlashRecord } from '../staking/api.js';
import { validatorSlashJson, type ValidatorSlashStaking } from './api.js';

const VAL = 'meshvaloper1v';
const SEC = 1_000_000_000n;

function staking(shares: Record<string, string>, history: Record<number, bigint> = {}): ValidatorSlashStaking {
  return {
    getDelegation: (_ctx, delegator, valoper): DelegationView | undefined =>
      shares[delegator] === undefined ? undefined : { delegator, validator: valoper, shares: Dec.parse(shares[delegator]!) },
    getHistoricalInfo: (_ctx, height) => (history[height] === undefined ? undefined : { height, time: history[height]! }),
  };
}

function slash(o: Partial<SlashRecord> = {}): SlashRecord {
  return {
    validator: VAL,
    height: 12,
    time: 1_700_000_123n * SEC + 999n,
    infractionHeight: 10,
    infractionTime: 1_700_000_100n * SEC,
    power: 300n,
    slashAmount: 15_000_000n,
    validatorBurn: 10_000_000n,
    delegatorShares: Dec.fromInt(300_000_000n),
    slashRatio: Dec.parse('0.05'),
    isTombstoned: true,
    ...o,
  };
}

describe('x/meshsecurity ValidatorSlash encoding', () => {
  const { ctx } = testContext(['meshsecurity']);

  test('every field of upstream HEAD; u64s as bigint, times in seconds, the 18-place ratio', () => {
    expect(validatorSlashJson(ctx, staking({ c: '100000000' }), slash(), 'c')).toEqual({
      address: VAL,
      height: 12n,
      time: 1_700_000_123n,
      infraction_height: 10n,
      infraction_time: 1_700_000_100n,
      power: 300n,
      slash_amount: '3333333',
      slash_ratio: '0.050000000000000000',
      is_tombstoned: true,
    });
  });

  test("slash_amount is the contract's shares at the slash of the validator burn only, truncated", () => {
    // 1/3 of 10_000_000 burned from the validator (the 5_000_000 cut from unbonding entries is someone else's)
    expect(validatorSlashJson(ctx, staking({ c: '100000000' }), slash(), 'c').slash_amount).toBe('3333333');
    // 2/3 of 10_000_000 = 6_666_666.67: truncated, never rounded up past what the delegation lost
    expect(validatorSlashJson(ctx, staking({ c: '200000000' }), slash(), 'c').slash_amount).toBe('6666666');
    // no delegation, or a validator with no shares: nothing
    expect(validatorSlashJson(ctx, staking({}), slash(), 'c').slash_amount).toBe('0');
    expect(validatorSlashJson(ctx, staking({ c: '1' }), slash({ delegatorShares: Dec.fromInt(0n) }), 'c').slash_amount).toBe('0');
  });

  test('a liveness fault takes its infraction time from the kept historical info, else 0', () => {
    const downtime = slash({ infractionTime: undefined, isTombstoned: false, slashRatio: Dec.parse('0.01') });
    const kept = validatorSlashJson(ctx, staking({}, { 10: 1_700_000_050n * SEC }), downtime, 'c');
    expect([kept.infraction_time, kept.is_tombstoned, kept.slash_ratio]).toEqual([1_700_000_050n, false, '0.010000000000000000']);
    expect(validatorSlashJson(ctx, staking({}), downtime, 'c').infraction_time).toBe(0n);
  });
});
