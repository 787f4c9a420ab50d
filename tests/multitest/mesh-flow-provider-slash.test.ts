/**
 * Flow 3 (spec §12.7): a provider validator goes offline → x/slashing jails it for downtime → the
 * chain's `jailing` sudo reaches native-staking before the slash → vault `local_slash` → the remote
 * lien no longer fits the collateral: external-staking's `burn_virtual_stake` → `Burn` packet →
 * converter → virtual-staking `burn` → the consumer's next epoch undelegates and burns the
 * virtual stake (x/meshsecurity's instant unbond). Real chains, relayer and contracts.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { setupFlow, normalize, STAKE } from './mesh/testkit/flow.js';
import { val, delegationsOf } from './mesh/testkit/index.js';

// the offline validator keeps under 1/3 of the provider's power (1e9 + 2e9 of 13e9), so blocks go on
const COLLATERAL = 2_000_000_000n;

describe('mesh flow 3: a provider downtime slash reaches the consumer', () => {
  test('downtime jail → jailing → local_slash → burn_virtual_stake → Burn packet → virtual unbond', async () => {
    const f = await setupFlow();
    const { p, c, x, vault, user, pval, cval, ext, virt } = f;
    const v = cval.valoper;
    f.deposit(COLLATERAL);
    vault.stakeLocal(user, COLLATERAL, pval.valoper, STAKE);
    vault.stakeRemote(user, ext, COLLATERAL, v, STAKE);
    await f.relay();
    f.consumerEpoch();
    expect(f.virtualDelegation()).toBe(normalize(COLLATERAL));
    const proxy = p.query<{ proxy: string }>(f.localStaking!, { proxy_by_owner: { owner: user } }).proxy;

    p.setOnline(pval.signer.address, false);
    for (let i = 0; i < 30 && !p.m.keepers.staking.getValidator(p.queryContext(), pval.valoper)!.jailed; i++) p.nextBlock();
    expect(p.m.keepers.staking.getValidator(p.queryContext(), pval.valoper)!.jailed).toBe(true);
    p.nextBlock();
    // native-staking's offline ratio (10 %) of the pre-slash delegation, taken from the collateral
    const slash = COLLATERAL / 10n;
    expect(vault.account(user).bonded).toBe(String(COLLATERAL - slash));
    const claims = Object.fromEntries(vault.claims(user).map((cl) => [cl.lienholder, cl.amount]));
    expect(claims[f.localStaking!]).toEqual(val(COLLATERAL - slash));
    // the chain's own 1 % downtime slash hit the proxy's delegation after the hook read it
    expect(delegationsOf(p, proxy)).toEqual([{ validator: pval.valoper, amount: (COLLATERAL * 99n) / 100n }]);
    // the remote lien was cut too: external-staking burned the user's stake and sent a Burn packet
    expect(claims[ext]).toEqual(val(COLLATERAL - slash));
    expect(x.stakeOf(user, v).stake).toEqual(val(COLLATERAL - slash));
    await f.relay();
    // the converter normalised the burn and virtual-staking took it from its bond requests
    expect(c.query(virt, { stake: { validator: v } })).toEqual({ stake: String(normalize(COLLATERAL) - normalize(slash)) });
    expect(f.virtualDelegation()).toBe(normalize(COLLATERAL));
    f.consumerEpoch();
    expect(f.virtualDelegation()).toBe(normalize(COLLATERAL) - normalize(slash));
    expect(c.m.keepers.staking.delegatorUnbondingDelegations(c.queryContext(), virt)).toEqual([]);
    expect(c.m.keepers.meshsecurity.getTotalDelegated(c.queryContext(), virt).amount).toBe(normalize(COLLATERAL) - normalize(slash));
  });
});
