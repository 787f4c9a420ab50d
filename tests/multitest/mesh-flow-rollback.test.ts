/**
 * Flow 4 (issue 16): every packet kind of the control channel, refused (an error ack) and timed
 * out, rolls back exactly; and the relayer, killed at random points across the whole of flow 1,
 * still delivers every packet exactly once. Real chains, contracts, x/meshsecurity and relayer.
 *
 * How each outcome is produced with the real converter: a stale price (the feed's `price_ttl`)
 * makes its receive of Stake, Unstake and Burn fail; a recipient that is no address makes
 * TransferRewards fail; a timeout is a packet left unrelayed until the destination's clock has
 * passed it. The consumer's own packets (DistributeBatch, ValsetUpdate) are re-sent by the
 * converter on a timeout and must then arrive once.
 *
 * The kill run: `MESH_RELAYER_KILLS` (default 120) relayer deaths, at a seeded random call of the
 * relayer's chain clients (`MESH_RELAYER_SEED`), spread over every relay of flow 1; after each
 * death a relayer with no memory takes over.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Link, type RelaySummary } from '../../ibc/relayer/link.js';
import { prefixEnd } from '../../chain/store/kv.js';
import type { TestChain } from '../../multitest/chain.js';
import { prng } from '../../runtime/test/testkit/wasm-builder.js';
import { setupFlow, normalize, STAKE, PROVIDER, CONSUMER, PRICE, type Flow } from './mesh/testkit/flow.js';
import { val } from './mesh/testkit/index.js';

const TTL = 300;
/** external-staking's packets time out after 10 minutes. */
const PROVIDER_TIMEOUT = 600;
const DAY = 86_400;

/** Both clocks forward by `s` seconds (the consumer's first, so the provider never lags behind it). */
function advanceBoth(f: Flow, s: number): void {
  f.c.advanceTime(s);
  f.p.advanceTime(s);
}

/**
 * Past the consumer's packets' 24 h on both clocks: the consumer's a day forward, the provider's to
 * at least the consumer's (its epochs make more blocks, so it runs ahead), so what the converter
 * sent before times out and what it re-sends does not.
 */
function pastConsumerTimeouts(f: Flow): void {
  f.c.advanceTime(DAY + 1);
  const behind = (f.c.time - f.p.time) / 1_000_000_000n;
  f.p.advanceTime(Number(behind > 0n ? behind : 0n) + 1);
}

function refreshPrice(f: Flow): void {
  f.c.execute(f.c.addr('admin'), f.feed, { update_price: { native_per_foreign: PRICE } });
}

/** What a provider packet's outcome may change: the user's stake, the liens, the pending txs, the consumer's bond request. */
function books(f: Flow) {
  const v = f.cval.valoper;
  return {
    stake: f.x.stakeOf(f.user, v),
    extTxs: f.x.pendingTxs(),
    vault: f.vault.details(f.user),
    claims: f.vault.claims(f.user),
    vaultTxs: f.vault.pendingTxs(),
    request: f.c.query(f.virt, { stake: { validator: v } }),
  };
}

/** Sends one provider packet and lets the consumer refuse it (stale price): returns the relay summary. */
async function refused(f: Flow, send: () => void, stalePrice = true): Promise<RelaySummary> {
  if (stalePrice) advanceBoth(f, TTL + 1);
  send();
  const s = await f.relay();
  refreshPrice(f);
  return s;
}

/** Sends one provider packet and lets it time out (the consumer's clock passes it before any relay). */
async function timedOut(f: Flow, send: () => void): Promise<RelaySummary> {
  send();
  f.c.advanceTime(PROVIDER_TIMEOUT + 1);
  const s = await f.relay();
  f.p.advanceTime(PROVIDER_TIMEOUT + 1);
  refreshPrice(f);
  return s;
}

function countEvents(chain: TestChain, type: string): number {
  const store = chain.driver!.blockStore;
  let n = 0;
  for (let h = 1; h <= chain.m.app.lastBlockHeight; h++) {
    const r = store.results(h);
    if (r === undefined) continue;
    for (const t of r.txResults) if (t.code === 0) for (const e of t.events) if (e.type === type) n++;
  }
  return n;
}

function countReceipts(chain: TestChain): number {
  const prefix = new TextEncoder().encode('receipts/');
  return chain.withContext((ctx) => [...ctx.store('ibc').iterator(prefix, prefixEnd(prefix))].length);
}

function commitments(chain: TestChain): number {
  const prefix = new TextEncoder().encode('commitments/');
  return chain.withContext((ctx) => [...ctx.store('ibc').iterator(prefix, prefixEnd(prefix))].length);
}

describe('mesh flow 4: rollback on error acks and timeouts, exactly once under relayer kills', () => {
  test('each packet kind: an error ack and a timeout roll back exactly', async () => {
    const f = await setupFlow({ priceTtl: TTL });
    const { x, vault, user, ext, pval, cval } = f;
    const v = cval.valoper;
    const coin = (n: bigint) => ({ denom: STAKE, amount: n.toString() });
    // the remote lien is close to the collateral, so a local slash must burn from it too
    f.deposit(5_000_000_000n);
    vault.stakeLocal(user, 1_000_000_000n, pval.valoper, STAKE);
    vault.stakeRemote(user, ext, 4_950_000_000n, v, STAKE);
    await f.relay();
    f.consumerEpoch();
    f.consumerEpoch(); // rewards withdrawn and sent as DistributeBatch
    await f.relay();
    expect(BigInt(x.rewards(user, v))).toBeGreaterThan(0n);

    // Stake
    let before = books(f);
    let s = await refused(f, () => vault.stakeRemote(user, ext, 50_000_000n, v, STAKE));
    expect(s.acknowledged).toBeGreaterThanOrEqual(1);
    expect(books(f)).toEqual(before);
    s = await timedOut(f, () => vault.stakeRemote(user, ext, 50_000_000n, v, STAKE));
    expect(s.timedOut).toBe(1);
    expect(books(f)).toEqual(before);

    // Unstake
    s = await refused(f, () => x.execute(user, { unstake: { validator: v, amount: coin(1_000_000_000n) } }));
    expect(books(f)).toEqual(before);
    s = await timedOut(f, () => x.execute(user, { unstake: { validator: v, amount: coin(1_000_000_000n) } }));
    expect(s.timedOut).toBe(1);
    expect(books(f)).toEqual(before);

    // TransferRewards: refused (the recipient is no address) or timed out, the rewards stay withdrawable
    const pending = () => BigInt(x.rewards(user, v));
    const withdrawn = () => x.stakeOf(user, v).withdrawn_funds;
    const w0 = withdrawn();
    s = await refused(f, () => x.execute(user, { withdraw_rewards: { validator: v, remote_recipient: 'bad_value' } }), false);
    expect(withdrawn()).toBe(w0);
    expect(x.pendingTxs()).toEqual([]);
    const recipient = f.c.addr('rewards-recipient');
    s = await timedOut(f, () => x.execute(user, { withdraw_rewards: { validator: v, remote_recipient: recipient } }));
    expect(s.timedOut).toBe(1);
    expect(withdrawn()).toBe(w0);
    expect(f.c.balance(recipient, STAKE)).toBe(0n);
    // nothing was lost: all of it can be withdrawn now, once
    const all = pending();
    expect(all).toBeGreaterThan(0n);
    x.execute(user, { withdraw_rewards: { validator: v, remote_recipient: recipient } });
    await f.relay();
    expect(f.c.balance(recipient, STAKE)).toBe(all);
    before = books(f);

    // Burn (non-transactional upstream): a local slash propagates a burn to external-staking,
    // applied when sent; the consumer refusing it, or its timeout, changes nothing more
    const jailing = () => f.p.sudo(f.localStaking!, { jailing: { jailed: [pval.valoper], tombstoned: [] } });
    let afterSend = await (async () => {
      advanceBoth(f, TTL + 1);
      jailing();
      return books(f);
    })();
    expect(afterSend.stake.stake).not.toEqual(before.stake.stake);
    s = await f.relay();
    refreshPrice(f);
    expect(s.acknowledged).toBeGreaterThanOrEqual(1);
    expect(books(f)).toEqual(afterSend);
    expect(f.c.query(f.virt, { stake: { validator: v } })).toEqual(before.request);
    jailing();
    afterSend = books(f);
    f.c.advanceTime(PROVIDER_TIMEOUT + 1);
    s = await f.relay();
    f.p.advanceTime(PROVIDER_TIMEOUT + 1);
    expect(s.timedOut).toBe(1);
    expect(books(f)).toEqual(afterSend);

    // DistributeBatch, the consumer's packet: timed out, re-sent by the converter, credited once
    const held0 = f.c.balance(f.converter, STAKE);
    const rewards0 = pending();
    f.consumerEpoch();
    const batch = f.c.balance(f.converter, STAKE) - held0;
    expect(batch).toBeGreaterThan(0n);
    pastConsumerTimeouts(f); // the relayer times the packet out
    s = await f.relay();
    expect(s.timedOut).toBe(1);
    const total = BigInt(x.stakeOf(user, v).stake.h);
    // the batch was credited once: a second delivery would double it; the points' 1e9 scale and the
    // remainders carried since earlier batches and burns move it by a few units only
    const credited = pending() - rewards0;
    expect(credited).toBeGreaterThanOrEqual(((batch * 1_000_000_000n) / total) * total / 1_000_000_000n - 1n);
    expect(credited).toBeLessThanOrEqual(batch + 10n);

    // ValsetUpdate, the consumer's packet: a double sign's slash, timed out, re-sent, applied once
    const stakeBefore = BigInt(x.stakeOf(user, v).stake.h);
    refreshPrice(f); // the converter prices the slash
    f.c.doubleSign(cval.signer.address);
    for (let i = 0; i < 3; i++) f.c.nextBlock();
    pastConsumerTimeouts(f);
    s = await f.relay();
    expect(s.timedOut).toBe(1);
    const slashed = stakeBefore - BigInt(x.stakeOf(user, v).stake.h);
    expect(slashed).toBeGreaterThan(0n);
    expect(slashed).toBeLessThanOrEqual((stakeBefore * 6n) / 100n); // one 5 % slash of the chain, not two
    expect(f.x.query<{ validators: { validator: string; state: string }[] }>({ list_validators: { start_after: null, limit: null } }).validators.find((e) => e.validator === v)?.state).toBe('tombstoned');
    expect(commitments(f.p) + commitments(f.c)).toBe(0);
  });

  test('the relayer killed at random points through stakes, unstakes, epochs and rewards delivers every packet exactly once', async () => {
    const target = Number(process.env.MESH_RELAYER_KILLS ?? '120');
    const rand = prng(Number(process.env.MESH_RELAYER_SEED ?? '20261207'));
    const f = await setupFlow();
    const { x, vault, user, ext, cval, c } = f;
    const v = cval.valoper;
    const conn = { A: f.ic.links[0]!.A.connectionId, B: f.ic.links[0]!.B.connectionId };
    const clients = [f.ic.client(PROVIDER), f.ic.client(CONSUMER)];
    const killed = new Error('relayer killed');
    let kills = 0;
    /** Relays with `n` relayer deaths at random calls first, each time a new relayer with no memory. */
    const relay = async (n: number): Promise<void> => {
      for (let k = 0; k < n; k++) {
        let budget = 1 + Math.floor(rand() * 40);
        for (const cl of clients) cl.beforeCall = () => {
          if (--budget <= 0) throw killed;
        };
        try {
          await (await Link.existing(clients[0]!, clients[1]!, conn)).relayAll({ maxRounds: 2 });
        } catch (e) {
          if (e !== killed) throw e;
          kills++;
        } finally {
          for (const cl of clients) cl.beforeCall = undefined;
        }
      }
      const s = await (await Link.existing(clients[0]!, clients[1]!, conn)).relayAll();
      if (s.errors.length > 0) throw new Error(s.errors.join('\n'));
    };

    f.deposit(8_000_000_000n);
    const recipient = c.addr('rewards-recipient');
    let staked = 0n;
    let unstaked = 0n;
    let requested = 0n;
    let paid = 0n;
    const cycles = 8;
    const perCycle = Math.ceil(target / cycles);
    for (let cycle = 0; cycle < cycles; cycle++) {
      // a stake and, from the second cycle on, an unstake and a reward withdrawal in flight together
      const stake = 200_000_000n + BigInt(Math.floor(rand() * 300_000_000));
      vault.stakeRemote(user, ext, stake, v, STAKE);
      staked += stake;
      requested += normalize(stake);
      if (cycle > 0) {
        const unstake = 50_000_000n + BigInt(Math.floor(rand() * 100_000_000));
        x.execute(user, { unstake: { validator: v, amount: { denom: STAKE, amount: String(unstake) } } });
        unstaked += unstake;
        requested -= normalize(unstake);
        const due = BigInt(x.rewards(user, v));
        if (due > 0n) {
          x.execute(user, { withdraw_rewards: { validator: v, remote_recipient: recipient } });
          paid += due;
        }
      }
      await relay(perCycle);
      // every packet of this cycle landed once: the books move by exactly what was sent
      expect(x.pendingTxs()).toEqual([]);
      expect(vault.pendingTxs()).toEqual([]);
      expect(x.stakeOf(user, v).stake).toEqual(val(staked - unstaked));
      expect(c.query(f.virt, { stake: { validator: v } })).toEqual({ stake: String(requested) });
      expect(c.balance(recipient, STAKE)).toBe(paid);
      f.consumerEpoch(); // the epoch's DistributeBatch is relayed (with kills) in the next cycle
    }
    await relay(0);
    expect(kills).toBeGreaterThanOrEqual(Math.min(target, 100));
    expect(paid).toBeGreaterThan(0n);
    expect(x.claim(user)).toBe(Number(staked)); // unstaked amounts stay liened until withdraw_unbonded
    // nothing in flight, and each packet reached its contract once: one ack written per receipt
    expect(commitments(f.p) + commitments(f.c)).toBe(0);
    expect(countEvents(f.c, 'write_acknowledgement')).toBe(countReceipts(f.c));
    expect(countEvents(f.p, 'write_acknowledgement')).toBe(countReceipts(f.p));
    console.log(`mesh flow 4: ${kills} relayer kills`);
  });
});
