/**
 * Four Meshwork app instances, each behind its own ABCI socket server, driven by one in-process
 * stand-in for CometBFT's consensus among four validators: proposer rotation by voting power,
 * validator-set changes from FinalizeBlock updates two heights later, a validator jailed for
 * downtime (reported ABSENT by consensus) and one paused by its operator, both leaving the set.
 * Every height, every node must return the same app hash.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgDelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { MultiStore } from '../../chain/store/multistore.js';
import { createMeshworkApp, MESHWORK_STORES, type MeshworkApp } from '../chain/meshwork-app.js';
import { AbciApplication } from './application.js';
import { AbciServer } from './server.js';
import { CometImitation, CometNetwork, FIXTURE_MAX_GAS, initChainRequest, makeFixture, sendMsg } from './testkit.js';
import type { TxSigner } from '../../chain/testkit/signer.js';

const CHAIN = 'abci-net-1';
const BASE_PORT = 33230;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('four validators through ABCI', () => {
  test('proposals, voting power from validator updates, a jailed and a paused validator leave the set; all nodes agree on every app hash', async () => {
    const fx = await makeFixture(CHAIN, 4, 2, [40_000_000n, 30_000_000n, 20_000_000n, 10_000_000n]);
    // A short downtime window, so validator 3 is jailed after a few absent votes.
    fx.genesis.app_state['slashing'] = { params: { signed_blocks_window: '6', min_signed_per_window: '0.5', downtime_jail_duration: '600', slash_fraction_double_sign: '0.05', slash_fraction_downtime: '0.01' } };
    const apps: MeshworkApp[] = [];
    const servers: AbciServer[] = [];
    const comets: CometImitation[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        const abci = new AbciApplication({
          store: new MultiStore(MESHWORK_STORES),
          build: (s) => {
            const m = createMeshworkApp({ chainId: CHAIN, store: s, blockMaxGas: FIXTURE_MAX_GAS });
            apps[i] = m;
            return m.app;
          },
          version: 'test',
        });
        const server = new AbciServer(abci);
        servers.push(server);
        comets.push(await CometImitation.connect(await server.listen(`tcp://127.0.0.1:${BASE_PORT + i}`)));
      }
      const net = new CometNetwork(
        comets.map((comet, i) => ({ comet, validator: fx.validators[i]! })),
        initChainRequest(fx.genesis),
        { voteExtensionsEnableHeight: 2 },
      );
      await net.start();
      await net.produceBlock();
      const m = apps[0]!;
      const seq = new Map<string, number>();
      const sign = (s: TxSigner, msgs: { typeUrl: string; value: unknown }[]) => {
        const n = seq.get(s.address) ?? 0;
        seq.set(s.address, n + 1);
        const acc = m.keepers.auth.getAccount(m.app.queryContext(), s.address)!.accountNumber;
        return s.sign({ msgs, fee: { amount: [{ denom: 'stake', amount: '2000' }], gas: 300_000 }, chainId: CHAIN, accountNumber: acc, sequence: n });
      };
      const powerOf = (i: number) => net.validatorSet.validators.find((v) => hex(v.address) === hex(fx.validators[i]!.address))?.power;
      expect([0, 1, 2, 3].map(powerOf)).toEqual([40n, 30n, 20n, 10n]);

      // Voting power: a delegation to validator 1 (FinalizeBlock update at H, in the set that signs H+2).
      const [u0, u1] = fx.users as [TxSigner, TxSigner];
      const valoper1 = m.codec.accountToValoper(fx.operators[1]!.address);
      expect((await net.broadcast(await sign(u0, [{ typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: MsgDelegate.fromPartial({ delegatorAddress: u0.address, validatorAddress: valoper1, amount: { denom: 'stake', amount: '25000000' } }) }]))).code).toBe(0);
      expect((await net.broadcast(await sign(u1, [sendMsg(u1, u0.address, '12345')]))).code).toBe(0);
      const delegated = await net.produceBlock();
      expect(delegated.txs.length).toBe(2);
      expect(delegated.responses[0]!.txResults.map((r) => r.code)).toEqual([0, 0]);
      expect(delegated.responses[0]!.validatorUpdates.map((u) => [hex(u.pubKey.ed25519!), u.power])).toEqual([[hex(fx.validators[1]!.pubKey), 55n]]);
      expect(powerOf(1)).toBe(30n); // the set signing H+1 is unchanged
      await net.produceBlock();
      expect(powerOf(1)).toBe(55n); // the set signing H+2 has the update

      // Validator 2's operator pauses it (a voluntary jail): power 0, out of the set two heights later.
      expect((await net.broadcast(await sign(fx.operators[2]!, [{ typeUrl: '/meshwork.staking.v1.MsgPauseValidator', value: { validatorAddress: m.codec.accountToValoper(fx.operators[2]!.address) } }]))).code).toBe(0);
      const paused = await net.produceBlock();
      expect(paused.responses[0]!.validatorUpdates.map((u) => [hex(u.pubKey.ed25519!), u.power])).toEqual([[hex(fx.validators[2]!.pubKey), 0n]]);
      expect(powerOf(2)).toBe(20n);
      await net.produceBlock();
      expect(powerOf(2)).toBeUndefined();

      // Validator 3 stops voting: consensus reports it ABSENT until slashing jails it for downtime.
      net.offline.add(hex(fx.validators[3]!.address));
      let jailedAt: number | undefined;
      for (let i = 0; i < 12 && jailedAt === undefined; i++) {
        const r = await net.produceBlock();
        if (r.responses[0]!.validatorUpdates.some((u) => hex(u.pubKey.ed25519!) === hex(fx.validators[3]!.pubKey) && u.power === 0n)) jailedAt = r.height;
      }
      expect(jailedAt).toBeDefined();
      expect(net.validatorSet.size).toBe(3);
      await net.produceBlock();
      expect(net.validatorSet.size).toBe(2);
      expect(powerOf(3)).toBeUndefined();
      const v3 = m.keepers.staking.getValidator(m.app.queryContext(), m.codec.accountToValoper(fx.operators[3]!.address));
      expect(v3?.jailed).toBe(true);

      for (let i = 0; i < 3; i++) await net.produceBlock();
      // Every height: one app hash across the four nodes (CometNetwork also refuses to go on otherwise).
      for (const h of net.history) expect(new Set(h.responses.map((r) => hex(r.appHash))).size).toBe(1);
      const infos = await Promise.all(comets.map((c) => c.info()));
      expect(new Set(infos.map((i) => `${i.lastBlockHeight}/${hex(i.lastBlockAppHash)}`)).size).toBe(1);
      // Proposers rotated among the validators by power, and a removed validator proposes no more.
      const proposers = new Set(net.history.map((h) => hex(h.proposer)));
      expect(proposers.size).toBeGreaterThanOrEqual(3);
      const late = net.history.slice(-3);
      for (const h of late) expect([hex(fx.validators[0]!.address), hex(fx.validators[1]!.address)]).toContain(hex(h.proposer));
      expect(late.every((h) => h.validators.length === 2)).toBe(true);
    } finally {
      for (const c of comets) c.close();
      for (const s of servers) await s.close();
    }
  });
});
