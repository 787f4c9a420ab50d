/**
 * The vault's upstream multitests that need a real external-staking (mesh-security v0.10.0-alpha.2,
 * contracts/provider/vault/src/multitest.rs: multiple_stakes, cross_slash_pending_unbonding), with
 * their exact numbers. Each external-staking has its own channel to a test_consumer on a second
 * chain; the local staker is the test lien holder with native-staking's 10 % ratios, as in
 * mesh-vault.test.ts.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { OSMO, val, errorOf } from './mesh/testkit/index.js';
import { Mesh, setupMesh, addExternal } from './mesh/testkit/external.js';

async function setup(slashPercent: number, collateral: number) {
  let user = '';
  const m = await setupMesh({
    slashPercent,
    localStaking: true,
    fund: (g) => {
      user = g.addr('user1');
      g.fund(user, BigInt(collateral), OSMO);
    },
  });
  const local = m.vault.config().local_staking!;
  return { x: new Mesh(m), user, local };
}

/** Liens as the vault lists them (ascending by lien holder address). */
function liens(entries: [string, number][]) {
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([lienholder, n]) => ({ lienholder, amount: val(n) }));
}

describe('mesh vault with a real external-staking (upstream multitests over IBC)', () => {
  test('multiple_stakes', async () => {
    const { x, user, local } = await setup(60, 1000);
    const x2 = new Mesh(await addExternal(x.m, x.m.consumerCode!, 60, 100));
    const validator = 'validator';
    await x.activate([validator]);
    await x2.activate([validator]);
    x.m.vault.bond(user, 1000);

    x.m.vault.stakeLocal(user, 300, 'local');
    await x.stake(user, validator, 200);
    await x2.stake(user, validator, 100);
    expect(x.m.vault.account(user)).toEqual({ denom: OSMO, bonded: '1000', free: val(700) });
    expect(x.m.vault.claims(user)).toEqual(liens([[local, 300], [x.m.ext, 200], [x2.m.ext, 100]]));

    // max_slash: 240 + 300 + 30 = 570 is now the collateral in use
    await x.stake(user, validator, 200);
    await x2.stake(user, validator, 400);
    expect(x.m.vault.account(user)).toEqual({ denom: OSMO, bonded: '1000', free: val(430) });
    expect(x.m.vault.claims(user)).toEqual(liens([[local, 300], [x.m.ext, 400], [x2.m.ext, 500]]));

    // 540 + 540 + 30 = 1110 would exceed the collateral
    await x.stake(user, validator, 500);
    const before = x.m.vault.details(user);
    expect(errorOf(() => x.m.vault.stakeRemote(user, x2.m.ext, 400, validator))).toContain("The address doesn't have sufficient balance for this operation");
    expect(x.m.vault.details(user)).toEqual(before);
    expect(x2.stakeOf(user, validator).stake).toEqual(val(500));
  });

  test('cross_slash_pending_unbonding', async () => {
    const { x, user, local } = await setup(10, 200);
    const [v1, v2] = await x.activate(['validator1', 'validator2']);
    x.m.vault.bond(user, 200);
    x.m.vault.stakeLocal(user, 190, 'local');
    await x.stake(user, v1!, 100);
    await x.stake(user, v2!, 50);
    expect(x.m.vault.account(user)).toEqual({ denom: OSMO, bonded: '200', free: val(10) });
    expect(x.m.vault.claims(user)).toEqual(liens([[local, 190], [x.m.ext, 150]]));
    expect(x.m.vault.details(user)).toMatchObject({ max_lien: val(190), total_slashable: val(34), bonded: '200', free: val(10) });
    expect(x.stakeOf(user, v1!).stake).toEqual(val(100));
    expect(x.stakeOf(user, v2!).stake).toEqual(val(50));

    await x.unstake(user, v1!, 50);
    expect(x.stakeOf(user, v1!).stake).toEqual(val(50));
    expect(x.stakeOf(user, v1!).pending_unbonds[0]!.amount).toBe('50');

    // the consumer reports validator1 slashed by 5 (10 %), infraction at time 0
    const s = await x.valset({ slashed: [{ address: v1!, infraction_height: x.m.c.height, infraction_time: 0, power: 100, slash_amount: { denom: 'ustake', amount: '5' }, slash_ratio: '0.1' }] });
    expect(s.errors).toEqual([]);
    expect(x.m.vault.claims(user)).toEqual(liens([[local, 190], [x.m.ext, 140]]));
    // 33 "due to rounding", as upstream
    expect(x.m.vault.details(user)).toMatchObject({ max_lien: val(190), total_slashable: val(33), bonded: '190', free: val(0) });
    expect(x.stakeOf(user, v1!).stake).toEqual(val(45));
    expect(x.stakeOf(user, v1!).pending_unbonds[0]!.amount).toBe('45');
    expect(x.stakeOf(user, v2!).stake).toEqual(val(50));
    expect(x.stakeOf(user, v2!).pending_unbonds).toEqual([]);
  });

  test('cross_slash_scenario_4 with real external-stakings: the slash comes over IBC, the propagated burn leaves as a Burn packet', async () => {
    const { x, user, local } = await setup(10, 1000);
    const x2 = new Mesh(await addExternal(x.m, x.m.consumerCode!, 10, 100));
    await x.activate(['validator1', 'validator2']);
    await x2.activate(['validator3', 'validator4']);
    x.m.vault.bond(user, 200);
    x.m.vault.stakeLocal(user, 190, 'local');
    await x.stake(user, 'validator1', 140);
    await x.stake(user, 'validator2', 40);
    await x2.stake(user, 'validator3', 100);
    await x2.stake(user, 'validator4', 88);
    expect(x.m.vault.claims(user)).toEqual(liens([[local, 190], [x.m.ext, 180], [x2.m.ext, 188]]));
    expect(x.m.vault.details(user)).toMatchObject({ max_lien: val(190), total_slashable: val(55), free: val(10) });

    const s = await x.valset({ slashed: [{ address: 'validator1', infraction_height: x.m.c.height, infraction_time: 0, power: 100, slash_amount: { denom: 'ustake', amount: '14' }, slash_ratio: '0.1' }] });
    expect(s.errors).toEqual([]);
    expect(x.m.vault.claims(user)).toEqual(liens([[local, 186], [x.m.ext, 166], [x2.m.ext, 186]]));
    expect(x.m.vault.details(user)).toMatchObject({ max_lien: val(186), total_slashable: val(54), bonded: '186', free: val(0) });
    // upstream's cross staker 2 ends at 99 + 87: a burn of 2 with no validator, split evenly
    expect(x2.stakeOf(user, 'validator3').stake).toEqual(val(99));
    expect(x2.stakeOf(user, 'validator4').stake).toEqual(val(87));
    expect(x.stakeOf(user, 'validator1').stake).toEqual(val(126));
    const burns = x2.consumerState().received.filter((r) => r.startsWith('{"burn"'));
    expect(burns.map((b) => JSON.parse(b) as unknown)).toEqual([{ burn: { validators: ['validator3', 'validator4'], burn: { denom: OSMO, amount: '2' } } }]);
  });
});
