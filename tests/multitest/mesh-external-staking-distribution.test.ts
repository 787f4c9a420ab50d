/**
 * external-staking's upstream multitests (mesh-security v0.10.0-alpha.2, contracts/provider/
 * external-staking/src/multitest.rs), continued from mesh-external-staking.test.ts: `distribution`
 * to its last withdrawals, `slashing_pending_tx_bond` and `slashing_pending_tx_bond_rolled_back`,
 * with upstream's numbers, over a real IBC channel to contracts/mesh/test_consumer. Where upstream
 * calls `test_handle_slashing` while a stake is in flight, the consumer's slash and the stake
 * packet cross in one relay round and the stake's ack follows in the next.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { OSMO, errorOf, val, range, type Range } from './mesh/testkit/index.js';
import { meshWithUsers, STAR, type Mesh } from './mesh/testkit/external.js';

const mesh = meshWithUsers;

/** The vault's claim of external-staking on `user`, as a range (the claim helper wants a value). */
const claimRange = (x: Mesh, user: string): Range => x.p.query<{ amount: Range }>(x.m.vault.address, { claim: { account: user, lienholder: x.m.ext } }).amount;

describe('mesh external-staking: distribution and slashing of in-flight stakes (upstream multitests over IBC)', () => {
  test('distribution', async () => {
    const { x, u } = await mesh(['user1', 'user2'], 600);
    const v = await x.activate(['validator1', 'validator2']);
    x.m.vault.bond(u[0]!, 600);
    x.m.vault.bond(u[1]!, 600);
    await x.stake(u[0]!, v[0]!, 200);
    await x.stake(u[0]!, v[1]!, 100);
    await x.stake(u[1]!, v[0]!, 300);

    await x.distribute(v[0]!, 50);
    await x.distribute(v[1]!, 30);
    expect(x.rewards(u[0]!, v[0]!)).toBe(20);
    expect(x.rewards(u[1]!, v[0]!)).toBe(30);
    expect(x.rewards(u[0]!, v[1]!)).toBe(30);
    expect(x.rewards(u[1]!, v[1]!)).toBe(0);
    expect(x.query({ all_pending_rewards: { user: u[0], start_after: null, limit: null } })).toEqual({
      rewards: [
        { validator: v[0], rewards: { rewards: { denom: STAR, amount: '20' } } },
        { validator: v[1], rewards: { rewards: { denom: STAR, amount: '30' } } },
      ],
    });
    expect(x.query({ all_pending_rewards: { user: u[1], start_after: null, limit: null } })).toEqual({
      rewards: [{ validator: v[0], rewards: { rewards: { denom: STAR, amount: '30' } } }],
    });

    await x.distribute(v[0]!, 71);
    // a distribution in another denom is refused with an error ack and changes nothing
    const bad = await x.distribute(v[1]!, 100, OSMO);
    expect(bad.errors).toEqual([]);
    const acks = x.consumerState().acks;
    expect(JSON.parse(acks[acks.length - 1]!)).toEqual({ error: expect.stringContaining("Must send 'star'") });
    expect(x.rewards(u[0]!, v[0]!)).toBe(48);
    expect(x.rewards(u[1]!, v[0]!)).toBe(72);
    expect(x.rewards(u[0]!, v[1]!)).toBe(30);
    expect(x.rewards(u[1]!, v[1]!)).toBe(0);

    await x.withdrawRewards(u[0]!, v[0]!, 'remote1');
    await x.withdrawRewards(u[0]!, v[1]!, 'remote1');
    await x.withdrawRewards(u[1]!, v[0]!, 'remote2');
    const sent = x.consumerState().received.filter((s) => s.startsWith('{"transfer_rewards"')).map((s) => JSON.parse(s) as unknown);
    expect(sent).toEqual([
      { transfer_rewards: { rewards: { denom: STAR, amount: '48' }, recipient: 'remote1', tx_id: expect.any(Number) } },
      { transfer_rewards: { rewards: { denom: STAR, amount: '30' }, recipient: 'remote1', tx_id: expect.any(Number) } },
      { transfer_rewards: { rewards: { denom: STAR, amount: '72' }, recipient: 'remote2', tx_id: expect.any(Number) } },
    ]);
    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(200));
    expect(x.stakeOf(u[0]!, v[1]!).stake).toEqual(val(100));
    expect(x.stakeOf(u[1]!, v[0]!).stake).toEqual(val(300));

    expect(errorOf(() => x.execute(u[1]!, { withdraw_rewards: { validator: v[1], remote_recipient: 'remote2' } }))).toContain('No staking rewards to be withdrawn');
    expect(x.pendingTxs()).toEqual([]);
    expect(x.rewards(u[0]!, v[0]!)).toBe(0);
    expect(x.rewards(u[1]!, v[0]!)).toBe(0);
    expect(x.rewards(u[0]!, v[1]!)).toBe(0);
    expect(x.rewards(u[1]!, v[1]!)).toBe(0);

    await x.distribute(v[0]!, 9);
    expect(x.rewards(u[0]!, v[0]!)).toBe(4);
    expect(x.rewards(u[1]!, v[0]!)).toBe(6);

    await x.distribute(v[0]!, 11);
    await x.distribute(v[1]!, 11);
    await x.unstake(u[1]!, v[0]!, 100);
    await x.stake(u[1]!, v[1]!, 300);
    expect(x.rewards(u[0]!, v[0]!)).toBe(8);
    expect(x.rewards(u[1]!, v[0]!)).toBe(12);
    expect(x.rewards(u[0]!, v[1]!)).toBe(11);
    expect(x.rewards(u[1]!, v[1]!)).toBe(0);

    await x.distribute(v[0]!, 20);
    await x.distribute(v[1]!, 40);
    expect(x.rewards(u[0]!, v[0]!)).toBe(18);
    expect(x.rewards(u[1]!, v[0]!)).toBe(22);
    expect(x.rewards(u[0]!, v[1]!)).toBe(21);
    expect(x.rewards(u[1]!, v[1]!)).toBe(30);

    await x.distribute(v[0]!, 5);
    expect(x.rewards(u[0]!, v[0]!)).toBe(20);
    expect(x.rewards(u[1]!, v[0]!)).toBe(25);

    await x.unstake(u[0]!, v[0]!, 50);
    await x.unstake(u[1]!, v[0]!, 100);
    await x.distribute(v[0]!, 12);
    expect(x.rewards(u[0]!, v[0]!)).toBe(28);
    expect(x.rewards(u[1]!, v[0]!)).toBe(29);

    await x.withdrawRewards(u[0]!, v[0]!, 'remote1');
    await x.withdrawRewards(u[0]!, v[1]!, 'remote1');
    // the consumer refuses the transfer: an error ack rolls the withdrawal back
    x.refuse(true);
    await x.withdrawRewards(u[1]!, v[0]!, 'bad_value');
    x.refuse(false);
    expect(x.pendingTxs()).toEqual([]);
    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(150));
    expect(x.stakeOf(u[0]!, v[1]!).stake).toEqual(val(100));
    expect(x.stakeOf(u[1]!, v[0]!).stake).toEqual(val(100));
    expect(x.stakeOf(u[1]!, v[1]!).stake).toEqual(val(300));
    expect(x.rewards(u[0]!, v[0]!)).toBe(0);
    expect(x.rewards(u[1]!, v[0]!)).toBe(29);
    expect(x.rewards(u[0]!, v[1]!)).toBe(0);
    expect(x.rewards(u[1]!, v[1]!)).toBe(30);

    // the final distribution, 10 to each validator: 6 and 4 via validator1 (its leftover as it
    // was), 2 and 7 via validator2 (about half a token left over each)
    await x.distribute(v[0]!, 10);
    await x.distribute(v[1]!, 10);
    expect(x.rewards(u[0]!, v[0]!)).toBe(6);
    expect(x.rewards(u[1]!, v[0]!)).toBe(33);
    expect(x.rewards(u[0]!, v[1]!)).toBe(2);
    expect(x.rewards(u[1]!, v[1]!)).toBe(37);
    expect(x.query({ all_pending_rewards: { user: u[0], start_after: null, limit: null } })).toEqual({
      rewards: [
        { validator: v[0], rewards: { rewards: { denom: STAR, amount: '6' } } },
        { validator: v[1], rewards: { rewards: { denom: STAR, amount: '2' } } },
      ],
    });
    expect(x.query({ all_pending_rewards: { user: u[1], start_after: null, limit: null } })).toEqual({
      rewards: [
        { validator: v[0], rewards: { rewards: { denom: STAR, amount: '33' } } },
        { validator: v[1], rewards: { rewards: { denom: STAR, amount: '37' } } },
      ],
    });

    // and everything is withdrawn, each transfer acked by the consumer
    const transfersBefore = x.consumerState().received.filter((s) => s.startsWith('{"transfer_rewards"')).length;
    await x.withdrawRewards(u[0]!, v[0]!, 'remote1');
    await x.withdrawRewards(u[0]!, v[1]!, 'remote1');
    await x.withdrawRewards(u[1]!, v[0]!, 'remote2');
    await x.withdrawRewards(u[1]!, v[1]!, 'remote2');
    const last = x.consumerState().received.filter((s) => s.startsWith('{"transfer_rewards"')).slice(transfersBefore).map((s) => JSON.parse(s) as { transfer_rewards: { rewards: unknown; recipient: string } });
    expect(last.map((t) => [t.transfer_rewards.rewards, t.transfer_rewards.recipient])).toEqual([
      [{ denom: STAR, amount: '6' }, 'remote1'],
      [{ denom: STAR, amount: '2' }, 'remote1'],
      [{ denom: STAR, amount: '33' }, 'remote2'],
      [{ denom: STAR, amount: '37' }, 'remote2'],
    ]);
    expect(x.pendingTxs()).toEqual([]);
    expect([x.rewards(u[0]!, v[0]!), x.rewards(u[1]!, v[0]!), x.rewards(u[0]!, v[1]!), x.rewards(u[1]!, v[1]!)]).toEqual([0, 0, 0, 0]);
    expect(x.stakeOf(u[0]!, v[0]!).withdrawn_funds).toBe('82'); // 48 + 28 + 6
  });


  for (const rolledBack of [false, true]) {
    test(rolledBack ? 'slashing_pending_tx_bond_rolled_back: slashed below the pending bond, which then fails' : 'slashing_pending_tx_bond: slashed over the pending bond, which then commits', async () => {
      const { x, u } = await mesh(['user1'], 300);
      const v = await x.activate(['validator1', 'validator2']);
      x.m.vault.bond(u[0]!, 300);
      await x.stake(u[0]!, v[0]!, 200);
      await x.stake(u[0]!, v[1]!, 50);

      // stake some more, not yet acked
      x.m.vault.stakeRemote(u[0]!, x.m.ext, 50, v[0]!);
      expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(range(200, 250));
      expect(x.stakeOf(u[0]!, v[1]!).stake).toEqual(val(50));
      expect(claimRange(x, u[0]!)).toEqual(range(250, 300));

      // the consumer slashes validator1 while the stake is in flight: one relay round carries the
      // slash to the provider and the stake to the consumer (accepted, or refused), not the ack
      if (rolledBack) x.refuse(true);
      const s = await x.slash(v[0]!, rolledBack ? 20 : 25, { receiptsOnly: true });
      x.refuse(false);
      expect(s.errors).toEqual([]);
      expect([s.received, s.acknowledged]).toEqual([2, 0]);
      expect(x.m.vault.pendingTxs()).toHaveLength(1);
      if (rolledBack) {
        // 20 of the 250 high end: the claim drops by 20 at both ends, to the *low* end's 230
        expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(range(180, 230));
        expect(claimRange(x, u[0]!)).toEqual(range(230, 280));
      } else {
        // 25 of the 250 including the pending bond
        expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(range(175, 225));
        expect(claimRange(x, u[0]!)).toEqual(range(225, 275));
      }

      // now the ack: committed, or the error ack rolls the pending bond back
      const r = await x.m.ic.relayAll();
      expect(r.errors).toEqual([]);
      expect(r.acknowledged).toBeGreaterThanOrEqual(1);
      expect(x.m.vault.pendingTxs()).toEqual([]);
      expect(x.pendingTxs()).toEqual([]);
      expect(claimRange(x, u[0]!)).toEqual(val(rolledBack ? 230 : 275));
      expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(rolledBack ? 180 : 225));
      expect(x.stakeOf(u[0]!, v[1]!).stake).toEqual(val(50));
      // the slash also took the collateral: 300 − 20 with a claim of 230, or 300 − 25 all claimed
      expect(x.m.vault.account(u[0]!)).toMatchObject({ bonded: rolledBack ? "280" : "275", free: val(rolledBack ? 50 : 0) });
    });
  }
});
