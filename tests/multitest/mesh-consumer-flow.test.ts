/**
 * The first half of flow 1 (spec §12) across two chains with the real consumer contracts and a
 * real relayer: the converter opens the control channel to external-staking, announces the
 * consumer's validators, and provider stakes and unstakes arrive at virtual-staking as bond
 * requests of price × discount; a failing price feed makes the provider roll back; rewards and
 * slashes the converter sends reach the provider. The epoch's mint + delegate, reward withdrawal
 * and the chain's valset reports need the chain's x/meshsecurity module (not wired yet): where
 * virtual-staking would call the converter, the test calls it as virtual-staking.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Interchain } from '../../multitest/interchain.js';
import { OSMO, Vault, meshWasm, val } from './mesh/testkit/index.js';
import { Mesh, PROVIDER, CONSUMER, VERSION } from './mesh/testkit/external.js';

async function setup() {
  const ic = await Interchain.create([{ chainId: PROVIDER, genesis: (g) => g.fund(g.addr('user1'), 1_000n, OSMO) }, { chainId: CONSUMER, genesis: (g) => g.fund(g.addr('rewarder'), 1_000n, 'stake') }]);
  const p = ic.chain(PROVIDER);
  const c = ic.chain(CONSUMER);
  const link = await ic.connect(PROVIDER, CONSUMER);
  const owner = p.addr('owner');
  const vault = new Vault(p, p.instantiate(p.storeCode(owner, await meshWasm('vault')), owner, { denom: OSMO, local_staking: null }, { label: 'Vault' }).address);
  const admin = c.addr('admin');
  const feed = c.instantiate(c.storeCode(admin, await meshWasm('simple_price_feed')), admin, { native_per_foreign: '0.5', owner: null, price_ttl: 300 }).address;
  const virtCode = c.storeCode(admin, await meshWasm('virtual_staking'));
  const converter = c.instantiate(c.storeCode(admin, await meshWasm('converter')), admin, { price_feed: feed, discount: '0.1', remote_denom: OSMO, virtual_staking_code_id: Number(virtCode), admin }, { label: 'Converter' }).address;
  const virt = c.query<{ virtual_staking: string }>(converter, { config: {} }).virtual_staking;
  const extCode = p.storeCode(owner, await meshWasm('external_staking'));
  const ext = p.instantiate(
    extCode,
    owner,
    {
      denom: OSMO,
      rewards_denom: 'stake', // the consumer's staking denom: the converter's DistributeBatch names it
      vault: vault.address,
      unbonding_period: 100,
      remote_contact: { connection_id: link.A.connectionId, port_id: `wasm.${converter}` },
      slash_ratio: { double_sign: '0.1', offline: '0.1' },
    },
    { label: 'external-staking' },
  ).address;
  await ic.createChannel(CONSUMER, PROVIDER, { portA: `wasm.${converter}`, portB: `wasm.${ext}`, version: VERSION });
  // the converter's OpenAck sent the validator set
  const s = await ic.relayAll();
  if (s.errors.length > 0) throw new Error(s.errors.join('\n'));
  const x = new Mesh({ ic, p, c, vault, ext, consumer: converter, extCode, connection: link.A.connectionId });
  return { x, ic, p, c, vault, ext, converter, virt, feed, admin, user: p.addr('user1') };
}

describe('mesh consumer contracts across two chains (flow 1 first half, rewards, consumer slash, timeout resend)', () => {
  test('the validator set arrives, stakes and unstakes become bond requests, a failing feed rolls back', async () => {
    const { x, c, vault, virt, feed, admin, user, ext } = await setup();
    const announced = x.query<{ validators: string[] }>({ list_active_validators: { start_after: null, limit: null } }).validators;
    expect(announced.length).toBeGreaterThan(0);
    const v = announced[0]!;

    vault.bond(user, 300);
    await x.stake(user, v, 100);
    expect(x.stakeOf(user, v).stake).toEqual(val(100));
    expect(x.claim(user)).toBe(100);
    // normalize(100) at price 0.5, discount 0.1 = floor(floor(50) × 0.9) = 45
    expect(c.query(virt, { stake: { validator: v } })).toEqual({ stake: '45' });

    await x.unstake(user, v, 40);
    expect(c.query(virt, { stake: { validator: v } })).toEqual({ stake: '27' });

    // the price goes stale (price_ttl 300 s): the converter's receive fails, the error ack rolls the provider back
    c.advanceTime(400);
    c.nextBlock();
    vault.stakeRemote(user, ext, 50, v);
    const r = await x.m.ic.relayAll();
    expect(r.errors).toEqual([]);
    expect(c.query(virt, { stake: { validator: v } })).toEqual({ stake: '27' });
    expect(x.stakeOf(user, v).stake).toEqual(val(60));
    // the unstaked 40 waits for its unbonding period: the lien is still 100, not 150
    expect(x.claim(user)).toBe(100);
    expect(x.pendingTxs()).toEqual([]);
    // a fresh price: the same stake goes through
    c.execute(admin, feed, { update_price: { native_per_foreign: '0.5' } });
    await x.stake(user, v, 50);
    expect(c.query(virt, { stake: { validator: v } })).toEqual({ stake: '49' });
    expect(x.stakeOf(user, v).stake).toEqual(val(110));
  });

  test('rewards: a DistributeBatch reaches external-staking, withdraw_rewards is paid by the converter on the consumer', async () => {
    const { x, c, vault, virt, converter, user } = await setup();
    const v = x.query<{ validators: string[] }>({ list_active_validators: { start_after: null, limit: null } }).validators[0]!;
    vault.bond(user, 300);
    await x.stake(user, v, 200);
    const denom = c.query<{ denom: string }>(virt, { config: {} }).denom;
    // virtual-staking's epoch would withdraw these from the chain; here the test hands them to it
    c.send(c.addr('rewarder'), virt, 100n, denom);
    c.execute(virt, converter, { distribute_rewards: { payments: [{ validator: v, reward: '100' }] } }, [{ denom, amount: 100n }]);
    const d = await x.m.ic.relayAll();
    expect(d.errors).toEqual([]);
    expect(c.balance(converter, denom)).toBe(100n);
    expect(x.rewards(user, v)).toBe(100);
    const recipient = c.addr('user1-on-consumer');
    await x.withdrawRewards(user, v, recipient);
    expect(c.balance(recipient, denom)).toBe(100n);
    expect(c.balance(converter, denom)).toBe(0n);
    expect(x.rewards(user, v)).toBe(0);
  });

  test('a consumer slash: ValsetUpdate with the slash in the provider denom → external-staking → vault cross_slash', async () => {
    const { x, c, vault, virt, converter, user } = await setup();
    const v = x.query<{ validators: string[] }>({ list_active_validators: { start_after: null, limit: null } }).validators[0]!;
    vault.bond(user, 300);
    await x.stake(user, v, 200);
    const denom = c.query<{ denom: string }>(virt, { config: {} }).denom;
    const slashed = [{ address: v, infraction_height: c.height - 1, infraction_time: Number(c.time / 1_000_000_000n) - 5, power: 1, slash_amount: { denom, amount: '9' }, slash_ratio: '0.1' }];
    c.execute(virt, converter, { valset_update: { tombstoned: [v], slashed } });
    const r = await x.m.ic.relayAll();
    expect(r.errors).toEqual([]);
    // 10% of the 90 delegated on the consumer = 9 there; inverted: floor(floor(9 × 2) × 1.111111111111111111) = 19
    // (a unit lost, as upstream); external-staking takes it from the stake and the vault from the collateral
    expect(x.stakeOf(user, v).stake).toEqual(val(181));
    expect(vault.account(user).bonded).toBe('281');
  });

  test('a timed-out valset packet is sent again by the converter and delivered once', async () => {
    const { x, p, c, virt, converter } = await setup();
    const before = x.query<{ validators: string[] }>({ list_active_validators: { start_after: null, limit: null } }).validators;
    const added = { address: 'meshvaloper1newcomer', commission: '0', max_commission: '0', max_change_rate: '0' };
    c.execute(virt, converter, { valset_update: { additions: [added] } });
    c.nextBlock();
    // a day passes on both chains before the packet is relayed: it times out on the provider. (The
    // resend's timeout is the consumer's time + 24 h, so the two clocks must not drift apart by a day.)
    p.advanceTime(24 * 60 * 60 + 60);
    p.nextBlock();
    c.advanceTime(24 * 60 * 60 + 60);
    c.nextBlock();
    const runs = [await x.m.ic.relayAll(), await x.m.ic.relayAll(), await x.m.ic.relayAll()];
    expect(runs.flatMap((r) => r.errors)).toEqual([]);
    expect(runs.reduce((n, r) => n + r.timedOut, 0)).toBe(1);
    expect(runs.reduce((n, r) => n + r.received, 0)).toBe(1);
    const after = x.query<{ validators: string[] }>({ list_active_validators: { start_after: null, limit: null } }).validators;
    expect(after).toEqual([...before, 'meshvaloper1newcomer'].sort());
  });
});
