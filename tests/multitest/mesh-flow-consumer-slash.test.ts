/**
 * Flow 2 (spec §12.6): a validator double-signs on the consumer → x/slashing tombstones and slashes
 * it → x/meshsecurity's EndBlock reports it to virtual-staking (`handle_valset_update`, the slash
 * as virtual-staking's share of the burn) → the converter sends `ValsetUpdate` with the slash in
 * the provider denom → external-staking → vault `cross_slash`, propagated to the local stake
 * (native-staking's `burn_stake`: the user's proxy undelegates). Real chains, relayer and contracts.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { setupFlow, normalize, STAKE } from './mesh/testkit/flow.js';
import { val, delegationsOf } from './mesh/testkit/index.js';

const COLLATERAL = 4_000_000_000n;

describe('mesh flow 2: a consumer double sign reaches the provider', () => {
  test('double sign → tombstone → ValsetUpdate → cross_slash with propagation to the local stake', async () => {
    const f = await setupFlow();
    const { p, c, x, vault, user, pval, cval, virt, ext } = f;
    const v = cval.valoper;
    f.deposit(COLLATERAL);
    vault.stakeLocal(user, COLLATERAL, pval.valoper, STAKE);
    vault.stakeRemote(user, ext, COLLATERAL, v, STAKE);
    await f.relay();
    f.consumerEpoch();
    expect(f.virtualDelegation()).toBe(normalize(COLLATERAL));
    const proxy = p.query<{ proxy: string }>(f.localStaking!, { proxy_by_owner: { owner: user } }).proxy;
    expect(delegationsOf(p, proxy)).toEqual([{ validator: pval.valoper, amount: COLLATERAL }]);

    const tokensBefore = c.m.keepers.staking.getValidator(c.queryContext(), v)!.tokens;
    c.doubleSign(cval.signer.address);
    const events = [];
    for (let i = 0; i < 3; i++) events.push(...c.nextBlock().events);
    // the chain slashed 5 % and tombstoned; virtual-staking heard of it in the same block
    const cv = c.m.keepers.staking.getValidator(c.queryContext(), v)!;
    const burned = tokensBefore - cv.tokens;
    // 5 % of the power the validator had at the infraction (the chain's slash, pos-spec §4.4)
    expect(burned).toBeGreaterThan(0n);
    expect(cv.jailed).toBe(true);
    const task = events.find((e) => e.type === 'scheduler_task_executed' && e.attributes.some((a) => a.key === 'task' && a.value === 'valset_update'));
    expect(task?.attributes.find((a) => a.key === 'status')?.value).toBe('ok');
    // its share of the burn: its shares / the validator's shares × the tokens burned from the
    // validator (the virtual delegation is all of the validator's shares but its own 1e9 self-bond), truncated
    const share = (burned * normalize(COLLATERAL)) / tokensBefore;

    // relayed: external-staking takes the slash (inverted to the provider denom) and the vault cross-slashes
    await f.relay();
    // invert(share) = floor(floor(share × 2) × 1.111111111111111111): upstream's rounding loses a unit
    const inverted = ((share * 2n) * 1_111_111_111_111_111_111n) / 1_000_000_000_000_000_000n;
    expect(inverted).toBeGreaterThan(0n);
    expect(x.stakeOf(user, v).stake).toEqual(val(COLLATERAL - inverted));
    const account = vault.account(user);
    expect(account.bonded).toBe(String(COLLATERAL - inverted));
    // the local lien no longer fits the smaller collateral: native-staking burned the difference,
    // which the user's proxy undelegated on the provider
    const claims = Object.fromEntries(vault.claims(user).map((cl) => [cl.lienholder, cl.amount]));
    expect(claims[f.localStaking!]).toEqual(val(COLLATERAL - inverted));
    expect(claims[ext]).toEqual(val(COLLATERAL - inverted));
    expect(delegationsOf(p, proxy)).toEqual([{ validator: pval.valoper, amount: COLLATERAL - inverted }]);
    expect(p.m.keepers.staking.delegatorUnbondingDelegations(p.queryContext(), proxy).map((u) => u.entries.map((e) => e.balance))).toEqual([[inverted]]);

    // the consumer side: the validator is inactive for virtual-staking; the next epoch applies the
    // slash to its books and sends nothing more (the chain already burned the tokens)
    f.consumerEpoch();
    // (the chain's delegation is worth its shares of the slashed tokens, truncated; the contract's books round)
    expect(f.virtualDelegation()).toBe((normalize(COLLATERAL) * (tokensBefore - burned)) / tokensBefore);
    expect(c.query(virt, { stake: { validator: v } })).toEqual({ stake: String(normalize(COLLATERAL) - share) });

    // the rest unstaked: virtual-staking's unbond asks what its books say, a unit more than the
    // slashed delegation is worth; x/meshsecurity then takes the whole delegation (the epoch succeeds)
    const worth = f.virtualDelegation();
    x.execute(user, { unstake: { validator: v, amount: { denom: STAKE, amount: String(COLLATERAL - inverted) } } });
    await f.relay();
    f.consumerEpoch();
    expect(f.virtualDelegation()).toBe(0n);
    expect(c.m.keepers.staking.getDelegation(c.queryContext(), virt, v)).toBeUndefined();
    // what the module minted and never got back is the slash the chain burned
    expect(c.m.keepers.meshsecurity.getTotalDelegated(c.queryContext(), virt).amount).toBe(normalize(COLLATERAL) - worth);
  });
});
