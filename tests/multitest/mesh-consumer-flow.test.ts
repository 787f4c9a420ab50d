/**
 * The first half of flow 1 (spec §12) across two chains with the real consumer contracts and a
 * real relayer: the converter opens the control channel to external-staking, announces the
 * consumer's validators, and provider stakes and unstakes arrive at virtual-staking as bond
 * requests of price × discount; a failing price feed makes the provider roll back. The epoch's
 * mint + delegate needs the chain's x/meshsecurity module (not wired yet).
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Interchain } from '../../multitest/interchain.js';
import { OSMO, Vault, meshWasm, val } from './mesh/harness.js';
import { Mesh, PROVIDER, CONSUMER, STAR, VERSION } from './mesh/external.js';

async function setup() {
  const ic = await Interchain.create([{ chainId: PROVIDER, genesis: (g) => g.fund(g.addr('user1'), 1_000n, OSMO) }, { chainId: CONSUMER }]);
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
      rewards_denom: STAR,
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

describe('mesh flow 1, first half: provider stake → converter → virtual-staking', () => {
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
});
