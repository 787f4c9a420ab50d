/**
 * Flow 1 (spec §12, upstream's `TestMVP`) on a `setupFlow` deployment, with balances checked on
 * both chains after every step: bond → stake local (native collateral) → stake remote → relay →
 * consumer epoch mints and delegates → rewards (`DistributeBatch`) → `withdraw_rewards` paid on the
 * consumer → unstake → consumer epoch undelegates and burns → unbonding period →
 * `withdraw_unbonded` → unbond. Used by mesh-flow-mvp (native) and mesh-flow-cw20 (flow 5), and
 * timed by `npm run bench`.
 */
import { expect } from 'expect';
import { val, delegationsOf } from './index.js';
import { STAKE, USER_FUNDS, consumerSupply, normalize, type Flow } from './flow.js';

const COLLATERAL = 6_000_000_000n;
const LOCAL = 1_000_000_000n;
const REMOTE = 4_000_000_000n;
const UNSTAKE = 2_000_000_000n;

/** What the run saw, for the caller's own checks. */
export interface MvpOutcome {
  rewardsPaid: bigint;
  virtualDelegated: bigint[];
}

export async function runMvp(f: Flow, check = true): Promise<MvpOutcome> {
  const { p, c, x, vault, user, pval, cval, denom, virt, converter } = f;
  const v = cval.valoper;
  const is = <T>(got: T, want: T) => {
    if (check) expect(got).toEqual(want);
  };
  const coin = (n: bigint) => ({ denom, amount: n.toString() });
  const virtualDelegated: bigint[] = [];

  // 1. bond: the collateral moves into the vault
  is(f.wallet(), USER_FUNDS);
  f.deposit(COLLATERAL);
  is(f.wallet(), USER_FUNDS - COLLATERAL);
  is(f.vaultHolds(), COLLATERAL);
  is(vault.account(user), { denom, bonded: String(COLLATERAL), free: val(COLLATERAL) });

  // 2. stake local (native collateral): native-staking's proxy for the user delegates on the provider
  let proxy: string | null = null;
  if (f.localStaking !== null) {
    vault.stakeLocal(user, LOCAL, pval.valoper, STAKE);
    proxy = p.query<{ proxy: string }>(f.localStaking, { proxy_by_owner: { owner: user } }).proxy;
    is(delegationsOf(p, proxy), [{ validator: pval.valoper, amount: LOCAL }]);
    is(f.vaultHolds(), COLLATERAL - LOCAL);
    is(vault.account(user).free, val(COLLATERAL - LOCAL));
  }

  // 3. stake remote, relayed: the converter turns it into a bond request of price × discount
  vault.stakeRemote(user, f.ext, REMOTE, v, denom);
  await f.relay();
  is(x.stakeOf(user, v).stake, val(REMOTE));
  is(x.claim(user), Number(REMOTE));
  is(c.query(virt, { stake: { validator: v } }), { stake: String(normalize(REMOTE)) });
  is(vault.account(user).free, val(COLLATERAL - REMOTE));
  is(f.vaultHolds(), COLLATERAL - (proxy === null ? 0n : LOCAL)); // a remote stake moves no tokens
  is(f.virtualDelegation(), 0n);

  // 4. the consumer's epoch mints and delegates; the minted tokens are not reported as supply
  f.consumerEpoch();
  virtualDelegated.push(f.virtualDelegation());
  is(f.virtualDelegation(), normalize(REMOTE));
  const s1 = consumerSupply(f);
  is(s1.stored - s1.reported, normalize(REMOTE));
  is(c.m.keepers.meshsecurity.getTotalDelegated(c.queryContext(), virt).amount, normalize(REMOTE));
  is(c.balance(virt, STAKE), 0n);

  // 5. rewards: the next epoch withdraws them and sends DistributeBatch; the converter keeps the tokens
  f.consumerEpoch();
  const held = c.balance(converter, STAKE);
  if (check) expect(held).toBeGreaterThan(0n);
  await f.relay();
  const pending = BigInt(x.rewards(user, v));
  // external-staking's points per stake (scale 1e9, remainder carried): floor(held × 1e9 / stake) × stake / 1e9
  is(pending, (((held * 1_000_000_000n) / REMOTE) * REMOTE) / 1_000_000_000n);

  // 6. withdraw_rewards: TransferRewards → the converter pays the recipient on the consumer
  const recipient = c.addr('user1-on-consumer');
  x.execute(user, { withdraw_rewards: { validator: v, remote_recipient: recipient } });
  await f.relay();
  is(c.balance(recipient, STAKE), pending);
  is(c.balance(converter, STAKE), held - pending);
  is(BigInt(x.rewards(user, v)), 0n);
  is(x.stakeOf(user, v).withdrawn_funds, String(pending));

  // 7. unstake: the lien stays until the unbonding period is over; the consumer unbonds at its epoch
  x.execute(user, { unstake: { validator: v, amount: coin(UNSTAKE) } });
  await f.relay();
  const st = x.stakeOf(user, v);
  is(st.stake, val(REMOTE - UNSTAKE));
  is(st.pending_unbonds.map((u) => u.amount), [String(UNSTAKE)]);
  is(x.claim(user), Number(REMOTE));
  is(c.query(virt, { stake: { validator: v } }), { stake: String(normalize(REMOTE) - normalize(UNSTAKE)) });
  f.consumerEpoch();
  virtualDelegated.push(f.virtualDelegation());
  is(f.virtualDelegation(), normalize(REMOTE) - normalize(UNSTAKE));
  // an instant undelegation: no unbonding entry on the consumer, the tokens burned
  is(c.m.keepers.staking.delegatorUnbondingDelegations(c.queryContext(), virt), []);
  const s2 = consumerSupply(f);
  is(s2.stored - s2.reported, normalize(REMOTE) - normalize(UNSTAKE));

  // 8. the unbonding period: nothing is released before it, everything after
  x.withdrawUnbonded(user);
  is(x.claim(user), Number(REMOTE));
  x.advanceTo(BigInt(st.pending_unbonds[0]!.release_at), 1);
  x.withdrawUnbonded(user);
  is(x.stakeOf(user, v).pending_unbonds, []);
  is(x.claim(user), Number(REMOTE - UNSTAKE));
  const free = COLLATERAL - (REMOTE - UNSTAKE > LOCAL || proxy === null ? REMOTE - UNSTAKE : LOCAL);
  is(vault.account(user).free, val(free));

  // 9. unbond the free collateral: it returns to the user
  vault.unbond(user, free, denom);
  is(f.wallet(), USER_FUNDS - COLLATERAL + free);
  is(f.vaultHolds(), COLLATERAL - free - (proxy === null ? 0n : LOCAL));
  is(vault.account(user), { denom, bonded: String(COLLATERAL - free), free: val(0n) });
  return { rewardsPaid: pending, virtualDelegated };
}
