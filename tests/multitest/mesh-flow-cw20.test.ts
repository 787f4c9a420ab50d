/**
 * Flow 5: a cw20 collateral vault (ours; upstream's vault is native-only, spec §14) through flow 1
 * across two chains: deposits by the token's `send` hook, remote staking, the consumer's epoch,
 * rewards paid on the consumer, unstake, unbonding and the release paid back as a cw20 transfer.
 * No local staking (a cw20 vault has none).
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { setupFlow } from './mesh/testkit/flow.js';
import { runMvp } from './mesh/testkit/mvp.js';

describe('mesh flow 5: a cw20 vault through flow 1', () => {
  test('cw20 collateral: bond, stake remote, epoch, rewards, unstake, unbonding, unbond', async () => {
    const f = await setupFlow({ collateral: 'cw20' });
    expect(f.denom).toBe(f.token);
    const out = await runMvp(f);
    expect(out.rewardsPaid).toBeGreaterThan(0n);
    // the provider's bank never saw the collateral: it moved as cw20 balances only
    expect(f.p.balance(f.vault.address, 'stake')).toBe(0n);
  });
});
