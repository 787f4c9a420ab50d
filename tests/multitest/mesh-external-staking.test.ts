/**
 * external-staking's upstream multitests (mesh-security v0.10.0-alpha.2, contracts/provider/
 * external-staking/src/multitest.rs) with their exact numbers, but over a real IBC channel: where
 * upstream calls `test_commit_*` / `test_distribute_rewards` / `test_set_active_validator`, the
 * consumer end (contracts/mesh/test_consumer on a second chain) acks or sends the packet and the
 * relayer carries it. Upstream's unbonding clock starts at the ack; ours is a relayed ack a few
 * blocks after the request, so time travel is measured from the recorded `release_at`.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { OSMO, errorOf, val } from './mesh/harness.js';
import { Mesh, setupMesh, STAR } from './mesh/external.js';

async function mesh(users: string[], funds: number, unbondingPeriod = 100): Promise<{ x: Mesh; u: string[] }> {
  const u: string[] = [];
  const m = await setupMesh({
    unbondingPeriod,
    fund: (g) => {
      for (const name of users) {
        const a = g.addr(name);
        u.push(a);
        if (funds > 0) g.fund(a, BigInt(funds), OSMO);
      }
    },
  });
  return { x: new Mesh(m), u };
}

describe('mesh external-staking (upstream multitests over IBC)', () => {
  test('instantiate: no stakes, max_slash, config, the channel and its version', async () => {
    const { x, u } = await mesh(['user1'], 0);
    expect(x.query({ stakes: { user: u[0], start_after: null, limit: null } })).toEqual({ stakes: [] });
    expect(x.query({ max_slash: {} })).toEqual({ slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' });
    expect(x.query({ config: {} })).toEqual({ denom: OSMO, vault: x.m.vault.address, unbonding_period: 100 });
    const ch = x.query<{ channel: { version: string; order: string; connection_id: string } }>({ ibc_channel: {} }).channel;
    expect(ch.version).toBe('{"protocol":"mesh-security","version":"0.11.0"}');
    expect(ch.order).toBe('ORDER_UNORDERED');
    expect(ch.connection_id).toBe(x.m.connection);
  });

  test('staking', async () => {
    const { x, u } = await mesh(['user1', 'user2'], 300);
    const v = await x.activate(['validator1', 'validator2']);
    x.m.vault.bond(u[0]!, 300);
    x.m.vault.bond(u[1]!, 300);
    await x.stake(u[0]!, v[0]!, 100);
    await x.stake(u[0]!, v[1]!, 100);
    await x.stake(u[0]!, v[0]!, 100);
    await x.stake(u[1]!, v[0]!, 100);
    await x.stake(u[1]!, v[1]!, 200);

    expect(x.p.balance(u[0]!, OSMO)).toBe(0n);
    expect(x.p.balance(u[1]!, OSMO)).toBe(0n);
    expect(x.p.balance(x.m.vault.address, OSMO)).toBe(600n);
    expect(x.p.balance(x.m.ext, OSMO)).toBe(0n);

    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(200));
    expect(x.stakeOf(u[0]!, v[1]!).stake).toEqual(val(100));
    expect(x.stakeOf(u[1]!, v[0]!).stake).toEqual(val(100));
    expect(x.stakeOf(u[1]!, v[1]!).stake).toEqual(val(200));
    expect(x.query({ stakes: { user: u[0], start_after: null, limit: null } })).toEqual({
      stakes: [
        { owner: u[0], validator: v[0], stake: '200' },
        { owner: u[0], validator: v[1], stake: '100' },
      ],
    });
    expect(x.query({ stakes: { user: u[1], start_after: null, limit: null } })).toEqual({
      stakes: [
        { owner: u[1], validator: v[0], stake: '100' },
        { owner: u[1], validator: v[1], stake: '200' },
      ],
    });
    // every stake crossed the channel as upstream's ProviderPacket::Stake, and the vault committed it
    const received = x.consumerState().received.map((s) => JSON.parse(s) as { stake: { validator: string; stake: { denom: string; amount: string }; tx_id: number } });
    expect(received).toHaveLength(5);
    expect(Object.keys(received[0]!.stake)).toEqual(['validator', 'stake', 'tx_id']);
    expect(received[0]!.stake.stake).toEqual({ denom: OSMO, amount: '100' });
    expect(x.m.vault.pendingTxs()).toEqual([]);
    expect(x.pendingTxs()).toEqual([]);
    expect(x.claim(u[0]!)).toBe(300);
  });

  test('unstaking', async () => {
    const { x, u } = await mesh(['user1', 'user2'], 300);
    const v = await x.activate(['validator1', 'validator2']);
    x.m.vault.bond(u[0]!, 300);
    x.m.vault.bond(u[1]!, 300);
    await x.stake(u[0]!, v[0]!, 200);
    await x.stake(u[0]!, v[1]!, 100);
    await x.stake(u[1]!, v[0]!, 300);

    await x.unstake(u[0]!, v[0]!, 20);
    await x.unstake(u[0]!, v[0]!, 30);
    await x.unstake(u[1]!, v[0]!, 60);

    const unstake = (user: string, validator: string, amount: number) => errorOf(() => x.execute(user, { unstake: { validator, amount: { denom: OSMO, amount: String(amount) } } }));
    expect(unstake(u[0]!, v[1]!, 110)).toContain('Not enough tokens staked, up to 100 can be unbond');
    expect(unstake(u[1]!, v[0]!, 300)).toContain('Not enough tokens staked, up to 240 can be unbond');
    expect(unstake(u[1]!, v[1]!, 1)).toContain('Not enough tokens staked, up to 0 can be unbond');

    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(150));
    expect(x.stakeOf(u[0]!, v[1]!).stake).toEqual(val(100));
    expect(x.stakeOf(u[1]!, v[0]!).stake).toEqual(val(240));
    expect(x.stakeOf(u[1]!, v[1]!).stake).toEqual(val(0));
    // but not on the vault side
    expect(x.claim(u[0]!)).toBe(300);
    expect(x.claim(u[1]!)).toBe(300);

    x.withdrawUnbonded(u[0]!);
    x.withdrawUnbonded(u[1]!);
    expect(x.claim(u[0]!)).toBe(300);
    expect(x.claim(u[1]!)).toBe(300);

    const firstBatch = BigInt(x.stakeOf(u[1]!, v[0]!).pending_unbonds[0]!.release_at);
    // too early for the first batch (upstream: +50 of 100)
    x.p.advanceTime(10);
    expect(x.p.time < BigInt(x.stakeOf(u[0]!, v[0]!).pending_unbonds[0]!.release_at)).toBe(true);
    x.withdrawUnbonded(u[0]!);
    x.withdrawUnbonded(u[1]!);
    expect(x.claim(u[0]!)).toBe(300);
    expect(x.claim(u[1]!)).toBe(300);

    await x.unstake(u[0]!, v[0]!, 70);
    await x.unstake(u[0]!, v[1]!, 90);
    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(80));
    expect(x.stakeOf(u[0]!, v[1]!).stake).toEqual(val(10));
    expect(x.stakeOf(u[1]!, v[0]!).stake).toEqual(val(240));
    expect(x.stakeOf(u[1]!, v[1]!).stake).toEqual(val(0));

    // the first batch is released, the second not yet
    const secondBatch = BigInt(x.stakeOf(u[0]!, v[1]!).pending_unbonds[0]!.release_at);
    x.advanceTo(firstBatch);
    expect(x.p.time < BigInt(x.stakeOf(u[0]!, v[0]!).pending_unbonds[2]!.release_at)).toBe(true);
    x.withdrawUnbonded(u[0]!);
    x.withdrawUnbonded(u[1]!);
    expect(x.claim(u[0]!)).toBe(250);
    expect(x.claim(u[1]!)).toBe(240);

    // nothing is released automatically
    x.advanceTo(secondBatch, 10);
    expect(x.claim(u[0]!)).toBe(250);
    expect(x.claim(u[1]!)).toBe(240);
    x.withdrawUnbonded(u[0]!);
    x.withdrawUnbonded(u[1]!);
    expect(x.claim(u[0]!)).toBe(90);
    expect(x.claim(u[1]!)).toBe(240);
  });

  test('immediate unstake if the validator is unbonded or tombstoned', async () => {
    for (const how of ['removals', 'tombstoned'] as const) {
      const { x, u } = await mesh(['user1'], 200);
      const v = await x.activate(['validator1']);
      x.m.vault.bond(u[0]!, 200);
      await x.stake(u[0]!, v[0]!, 200);
      await x.valset({ [how]: [v[0]!] });
      await x.unstake(u[0]!, v[0]!, 200);
      expect(x.claim(u[0]!)).toBe(200);
      x.withdrawUnbonded(u[0]!);
      expect(x.claim(u[0]!)).toBe(0);
    }
  });

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
    expect(x.rewards(u[0]!, v[0]!)).toBe(0);
    expect(x.rewards(u[0]!, v[1]!)).toBe(0);
    expect(x.rewards(u[1]!, v[0]!)).toBe(29);
  });

  test('an error ack or a timeout rolls a stake back in external-staking and the vault', async () => {
    const { x, u } = await mesh(['user1'], 300);
    const v = await x.activate(['validator1']);
    x.m.vault.bond(u[0]!, 300);
    x.refuse(true);
    await x.stake(u[0]!, v[0]!, 100);
    x.refuse(false);
    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(0));
    expect(x.m.vault.pendingTxs()).toEqual([]);
    expect(x.m.vault.account(u[0]!).free).toEqual(val(300));

    // timeout: the packet is never relayed before the consumer's clock passes 10 minutes
    x.m.vault.stakeRemote(u[0]!, x.m.ext, 120, v[0]!);
    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual({ l: '0', h: '120' });
    x.m.c.advanceTime(700);
    const s = await x.m.ic.relayAll();
    expect(s.timedOut).toBe(1);
    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(0));
    expect(x.m.vault.pendingTxs()).toEqual([]);
    expect(x.m.vault.account(u[0]!).free).toEqual(val(300));
    x.p.advanceTime(700); // the provider's clock catches up with the consumer's

    // an unstake refused by the consumer gives the stake back
    await x.stake(u[0]!, v[0]!, 100);
    x.refuse(true);
    await x.unstake(u[0]!, v[0]!, 40);
    x.refuse(false);
    expect(x.stakeOf(u[0]!, v[0]!)).toMatchObject({ stake: val(100), pending_unbonds: [] });
    expect(x.pendingTxs()).toEqual([]);
  });

  test('bad input: unknown validator, forged or malformed control-channel packets change nothing', async () => {
    const { x, u } = await mesh(['user1'], 300);
    await x.activate(['validator1']);
    x.m.vault.bond(u[0]!, 300);
    const before = x.m.vault.details(u[0]!);
    expect(errorOf(() => x.m.vault.stakeRemote(u[0]!, x.m.ext, 100, 'unknown'))).toContain('Cannot stake to unknown, not listed as an active validator on consumer');
    expect(x.m.vault.details(u[0]!)).toEqual(before);
    expect(x.pendingTxs()).toEqual([]);

    // only the vault may stake or burn
    expect(errorOf(() => x.execute(u[0]!, { receive_virtual_stake: { owner: u[0], amount: { denom: OSMO, amount: '1' }, tx_id: 1, msg: Buffer.from('{"validator":"validator1"}').toString('base64') } }))).toContain('Unauthorized');
    expect(errorOf(() => x.execute(u[0]!, { burn_virtual_stake: { owner: u[0], amount: { denom: OSMO, amount: '1' }, validator: null } }))).toContain('Unauthorized');

    // a packet that is no ConsumerPacket: error ack, no state change
    const validators = () => x.query({ list_validators: { start_after: null, limit: null } });
    const vs = validators();
    const s = await x.consumerSends({ stake: { validator: 'validator1', stake: { denom: OSMO, amount: '5' }, tx_id: 1 } });
    expect(s.errors).toEqual([]);
    const acks = x.consumerState().acks;
    expect(JSON.parse(acks[acks.length - 1]!)).toEqual({ error: expect.stringContaining('mesh_apis::ibc::packet::ConsumerPacket') });
    expect(validators()).toEqual(vs);

    // a second channel to external-staking is refused
    await expect(x.m.ic.createChannel('consumer-1', 'provider-1', { portA: `wasm.${x.m.consumer}`, portB: `wasm.${x.m.ext}`, version: '{"protocol":"mesh-security","version":"0.11.0"}' })).rejects.toThrow(/Contract already has an open IBC channel/);
  });

  test('the channel handshake: OpenInit from the provider, a wrong port or an old version are refused', async () => {
    const { x } = await mesh([], 0);
    const owner = x.p.addr('owner');
    const fresh = (connection: string, port: string) =>
      x.p.instantiate(x.m.extCode, owner, {
        denom: OSMO,
        rewards_denom: STAR,
        vault: x.m.vault.address,
        unbonding_period: 100,
        remote_contact: { connection_id: connection, port_id: port },
        slash_ratio: { double_sign: '0.1', offline: '0.1' },
      }).address;
    const e1 = fresh(x.m.connection, `wasm.${x.m.consumer}`);
    await expect(x.m.ic.createChannel('provider-1', 'consumer-1', { portA: `wasm.${e1}`, portB: `wasm.${x.m.consumer}`, version: '{"protocol":"mesh-security","version":"0.11.0"}' })).rejects.toThrow(/doesn't support OpenInit/);
    const e2 = fresh(x.m.connection, 'wasm.someone-else');
    await expect(x.m.ic.createChannel('consumer-1', 'provider-1', { portA: `wasm.${x.m.consumer}`, portB: `wasm.${e2}`, version: '{"protocol":"mesh-security","version":"0.11.0"}' })).rejects.toThrow(/Unauthorized/);
    const e3 = fresh(x.m.connection, `wasm.${x.m.consumer}`);
    await expect(x.m.ic.createChannel('consumer-1', 'provider-1', { portA: `wasm.${x.m.consumer}`, portB: `wasm.${e3}`, version: '{"protocol":"mesh-security","version":"0.10.0"}' })).rejects.toThrow(/Proposed version 0.10.0 older than min supported 0.10.0/);
    expect(errorOf(() => fresh('', 'p'))).toContain('Invalid authorized endpoint: AuthorizedEndpoint { connection_id: "", port_id: "p" }');
  });
});
