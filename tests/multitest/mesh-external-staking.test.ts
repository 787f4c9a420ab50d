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
import { OSMO, errorOf, val } from './mesh/testkit/index.js';
import { Mesh, setupMesh, STAR } from './mesh/testkit/external.js';
import { WasmIbcEntryPoints } from '../../chain/modules/wasm/ibc.js';

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

  /** The consumer reports a slash of `amount` on `validator` (infraction_time 0, as upstream's test_handle_slashing). */
  const slash = (x: Mesh, validator: string, amount: number) =>
    x.valset({ slashed: [{ address: validator, infraction_height: x.m.c.height, infraction_time: 0, power: 100, slash_amount: { denom: 'ustake', amount: String(amount) }, slash_ratio: '0.1' }] });

  test('slashing: bonded stake and unbonds not yet released, reported to the vault by cross_slash', async () => {
    const { x, u } = await mesh(['user1'], 300);
    const v = await x.activate(['validator1', 'validator2']);
    x.m.vault.bond(u[0]!, 300);
    await x.stake(u[0]!, v[0]!, 200);
    await x.stake(u[0]!, v[1]!, 100);
    await x.unstake(u[0]!, v[0]!, 50);
    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(150));
    expect(x.stakeOf(u[0]!, v[1]!).stake).toEqual(val(100));
    expect(x.claim(u[0]!)).toBe(300);
    x.p.advanceTime(50);
    x.withdrawUnbonded(u[0]!);
    expect(x.claim(u[0]!)).toBe(300);

    await x.unstake(u[0]!, v[0]!, 70);
    await x.unstake(u[0]!, v[1]!, 90);
    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(80));
    expect(x.stakeOf(u[0]!, v[1]!).stake).toEqual(val(10));

    // the first batch is due, the second not: the slash takes 10% of 80 bonded and of the 70 unbonding
    x.advanceTo(BigInt(x.stakeOf(u[0]!, v[0]!).pending_unbonds[0]!.release_at));
    const s = await slash(x, v[0]!, 8);
    expect(s.errors).toEqual([]);
    expect(x.claim(u[0]!)).toBe(285);
    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(72));
    x.withdrawUnbonded(u[0]!);
    expect(x.claim(u[0]!)).toBe(235);

    x.advanceTo(BigInt(x.stakeOf(u[0]!, v[1]!).pending_unbonds[0]!.release_at), 10);
    expect(x.claim(u[0]!)).toBe(235);
    x.withdrawUnbonded(u[0]!);
    // 235 - 90 - 70 + 7
    expect(x.claim(u[0]!)).toBe(82);
  });

  /** An unstake whose packet is in flight when the consumer's slash arrives (both relayed in one round, acks after). */
  async function unstakeDuringSlash(x: Mesh, user: string, validator: string, amount: number, slashAmount: number, refuse = false) {
    x.m.c.execute(x.m.c.addr('owner'), x.m.consumer, {
      send: {
        packet: Buffer.from(JSON.stringify({ valset_update: { height: x.m.c.height, time: 0, additions: [], removals: [], updated: [], jailed: [], unjailed: [], tombstoned: [], slashed: [{ address: validator, infraction_height: x.m.c.height, infraction_time: 0, power: 100, slash_amount: { denom: 'ustake', amount: String(slashAmount) }, slash_ratio: '0.1' }] } })).toString('base64'),
        timeout_seconds: 3600,
      },
    });
    x.execute(user, { unstake: { validator, amount: { denom: OSMO, amount: String(amount) } } });
    if (refuse) x.refuse(true);
    const s = await x.m.ic.relayAll();
    x.refuse(false);
    expect(s.errors).toEqual([]);
  }

  test('slashing with a pending partial unbond', async () => {
    const { x, u } = await mesh(['user1'], 300);
    const v = await x.activate(['validator1', 'validator2']);
    x.m.vault.bond(u[0]!, 300);
    await x.stake(u[0]!, v[0]!, 200);
    await x.stake(u[0]!, v[1]!, 100);
    await unstakeDuringSlash(x, u[0]!, v[0]!, 50, 20);
    expect(x.claim(u[0]!)).toBe(280);
    expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(130));
    x.advanceTo(BigInt(x.stakeOf(u[0]!, v[0]!).pending_unbonds[0]!.release_at));
    expect(x.claim(u[0]!)).toBe(280);
    x.withdrawUnbonded(u[0]!);
    expect(x.claim(u[0]!)).toBe(230);
  });

  test('slashing with a pending full unbond, committed or rolled back', async () => {
    for (const refuse of [false, true]) {
      const { x, u } = await mesh(['user1'], 200);
      const v = await x.activate(['validator1']);
      x.m.vault.bond(u[0]!, 200);
      await x.stake(u[0]!, v[0]!, 200);
      await unstakeDuringSlash(x, u[0]!, v[0]!, 200, 20, refuse);
      expect(x.claim(u[0]!)).toBe(180);
      expect(x.pendingTxs()).toEqual([]);
      x.p.advanceTime(200);
      x.withdrawUnbonded(u[0]!);
      expect(x.claim(u[0]!)).toBe(refuse ? 180 : 0);
      expect(x.stakeOf(u[0]!, v[0]!).stake).toEqual(val(refuse ? 180 : 0));
    }
  });

  test('validator set CRDT: additions, removals, jailing, tombstoning (final), out-of-order heights', async () => {
    const { x } = await mesh([], 0);
    const states = () => Object.fromEntries(x.query<{ validators: { validator: string; state: string }[] }>({ list_validators: { start_after: null, limit: null } }).validators.map((e) => [e.validator, e.state]));
    const active = () => x.query<{ validators: string[] }>({ list_active_validators: { start_after: null, limit: null } }).validators;
    await x.valset({ additions: ['alice', 'bob', 'carl', 'dave'], height: 100, time: 1000 });
    expect(active()).toEqual(['alice', 'bob', 'carl', 'dave']);
    // removals that are also jailed count as jailed; unjailed changes nothing
    await x.valset({ removals: ['bob', 'carl'], jailed: ['carl'], unjailed: ['dave'], height: 110, time: 1010 });
    expect(states()).toEqual({ alice: 'active', bob: 'unbonded', carl: 'jailed', dave: 'active' });
    await x.valset({ tombstoned: ['alice'], height: 120, time: 1020 });
    // tombstoned is final: a later addition or update changes nothing
    await x.valset({ additions: ['alice'], updated: ['alice'], height: 130, time: 1030 });
    expect(states()['alice']).toBe('tombstoned');
    // an update that arrives late (height 105 < 110) does not override bob's removal
    await x.valset({ additions: ['bob'], height: 105, time: 1005 });
    expect(states()['bob']).toBe('unbonded');
    await x.valset({ additions: ['bob'], height: 140, time: 1040 });
    expect(active()).toEqual(['bob', 'dave']);
    // changes to unknown validators are no-ops
    await x.valset({ removals: ['erin'], jailed: ['frank'], height: 150, time: 1050 });
    expect(Object.keys(states())).toEqual(['alice', 'bob', 'carl', 'dave']);
  });

  test('batch_distribution, and a batch in another denom', async () => {
    const { x, u } = await mesh(['user1', 'user2'], 600);
    const v = await x.activate(['validator1', 'validator2']);
    x.m.vault.bond(u[0]!, 600);
    x.m.vault.bond(u[1]!, 600);
    await x.stake(u[0]!, v[0]!, 200);
    await x.stake(u[0]!, v[1]!, 100);
    await x.stake(u[1]!, v[0]!, 300);
    const batch = (denom: string, rewards: [string, number][]) => x.consumerSends({ distribute_batch: { rewards: rewards.map(([validator, n]) => ({ validator, reward: String(n) })), denom } });
    await batch(STAR, [[v[0]!, 50], [v[1]!, 30]]);
    expect([x.rewards(u[0]!, v[0]!), x.rewards(u[1]!, v[0]!), x.rewards(u[0]!, v[1]!), x.rewards(u[1]!, v[1]!)]).toEqual([20, 30, 30, 0]);
    await batch(STAR, [[v[0]!, 100], [v[1]!, 30]]);
    expect([x.rewards(u[0]!, v[0]!), x.rewards(u[1]!, v[0]!), x.rewards(u[0]!, v[1]!), x.rewards(u[1]!, v[1]!)]).toEqual([60, 90, 60, 0]);
    await batch('supertoken', [[v[0]!, 50]]);
    const acks = x.consumerState().acks;
    expect(JSON.parse(acks[acks.length - 1]!)).toEqual({ error: expect.stringContaining('Invalid denom, star expected') });
    expect(x.rewards(u[0]!, v[0]!)).toBe(60);
  });

  test('a replayed or forged ack (the host calling ibc_packet_ack again, or on another channel) is an error and changes nothing', async () => {
    const { x, u } = await mesh(['user1'], 300);
    const [v1] = await x.activate(['validator1']);
    x.m.vault.bond(u[0]!, 300);
    await x.stake(u[0]!, v1!, 100);
    const ch = x.query<{ channel: { endpoint: { port_id: string; channel_id: string }; counterparty_endpoint: { port_id: string; channel_id: string } } }>({ ibc_channel: {} }).channel;
    const txId = (JSON.parse(x.consumerState().received[0]!) as { stake: { tx_id: number } }).stake.tx_id;
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const ackMsg = (channelId: string) => ({
      acknowledgement: { data: b64(JSON.stringify({ result: b64('{}') })) },
      original_packet: {
        data: b64(JSON.stringify({ stake: { validator: v1, stake: { denom: OSMO, amount: '100' }, tx_id: txId } })),
        src: { port_id: ch.endpoint.port_id, channel_id: channelId },
        dest: ch.counterparty_endpoint,
        sequence: 1,
        timeout: { block: null, timestamp: '1' },
      },
      relayer: x.p.addr('relayer'),
    });
    const stateNow = () => ({ stake: x.stakeOf(u[0]!, v1!), vault: x.m.vault.details(u[0]!), claims: x.m.vault.claims(u[0]!) });
    const before = stateNow();
    const ibc = () => new WasmIbcEntryPoints(x.p.m.keepers.wasm);
    expect(errorOf(() => x.p.withContext((ctx) => ibc().ibcPacketAck(ctx, x.m.ext, ackMsg(ch.endpoint.channel_id))))).toContain('mesh_sync::txs::Tx not found');
    expect(errorOf(() => x.p.withContext((ctx) => ibc().ibcPacketTimeout(ctx, x.m.ext, { packet: ackMsg(ch.endpoint.channel_id).original_packet, relayer: x.p.addr('relayer') })))).toContain('mesh_sync::txs::Tx not found');
    expect(errorOf(() => x.p.withContext((ctx) => ibc().ibcPacketAck(ctx, x.m.ext, ackMsg('channel-99'))))).toContain('Packet on channel channel-99, not the control channel');
    expect(stateNow()).toEqual(before);
  });
});
