/**
 * Flow 1 (spec §12 and §17, upstream's `TestMVP`) across two chains with the real relayer, the real
 * contracts and the consumer's x/meshsecurity: bond → stake local → stake remote → relay → the
 * consumer epoch mints and delegates → rewards (DistributeBatch) → withdraw_rewards paid on the
 * consumer → unstake → the epoch undelegates and burns → unbonding period → withdraw_unbonded →
 * unbond, balances checked on both chains at every step (tests/multitest/mesh/mvp.ts).
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { setupFlow } from './mesh/testkit/flow.js';
import { runMvp } from './mesh/testkit/mvp.js';

describe('mesh flow 1: TestMVP end to end (native collateral)', () => {
  test('bond, stake local and remote, epoch, rewards, unstake, unbonding, unbond', async () => {
    const f = await setupFlow({ collateral: 'native' });
    const out = await runMvp(f);
    expect(out.rewardsPaid).toBeGreaterThan(0n);
  });
});
