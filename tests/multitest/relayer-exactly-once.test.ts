/**
 * Exactly-once under relayer crashes: contracts on both chains keep sending ICS-20 packets (some
 * with short timeouts while one chain's clock jumps), and the relayer is killed at random points
 * hundreds of times and restarted with no memory. In the end every packet was received exactly
 * once or timed out and refunded, no ack is lost, and no packet was ever submitted to a chain that
 * already had its receipt.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Interchain, Order } from '../../multitest/interchain.js';
import { Link } from '../../ibc/relayer/link.js';
import { escrowAddressBytes, ibcDenom, parseDenomTrace } from '../../ibc/transfer/denom.js';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';
import type { TestChain } from '../../multitest/chain.js';
import { prefixEnd } from '../../chain/store/kv.js';
import { prng as rng } from '../../runtime/test/testkit/wasm-builder.js';

class RelayerKilled extends Error {}


const A = 'meshwork-a';
const B = 'meshwork-b';
const NS = 1_000_000_000n;

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

describe('relayer exactly-once under random crashes', () => {
  test('every packet is received once or refunded; no ack lost; no duplicate submission', async () => {
    const ic = await Interchain.create([{ chainId: A }, { chainId: B }]);
    const a = ic.chain(A);
    const b = ic.chain(B);
    const ch = await ic.createChannel(A, B, { portA: 'transfer', portB: 'transfer', version: 'ics20-1', order: Order.ORDER_UNORDERED });
    const conn = { A: ch.link.A.connectionId, B: ch.link.B.connectionId };

    // A reflect contract on each chain holds funds and sends IbcMsg::Transfer packets.
    const senders: Record<'A' | 'B', { chain: TestChain; contract: string; owner: string; channel: string; receiver: string }> = {} as never;
    for (const [side, chain, other, channel] of [['A', a, b, ch.A.channelId], ['B', b, a, ch.B.channelId]] as const) {
      const owner = chain.addr('owner');
      const code = chain.storeCode(owner, loadTestdata('cosmwasm/reflect.wasm'));
      const contract = chain.instantiate(code, owner, {}, { label: 'sender' }).address;
      chain.withContext((ctx) => {
        chain.m.keepers.bank.mintCoins(ctx, 'mint', [{ denom: 'stake', amount: 1_000_000n }]);
        chain.m.keepers.bank.sendCoinsFromModuleToAccount(ctx, 'mint', contract, [{ denom: 'stake', amount: 1_000_000n }]);
      });
      senders[side] = { chain, contract, owner, channel, receiver: other.addr('receiver') };
    }

    const rand = rng(20261121);
    const sent: Record<'A' | 'B', bigint> = { A: 0n, B: 0n };
    let kills = 0;
    let link = await Link.existing(ic.client(A), ic.client(B), conn);
    const clients = [ic.client(A), ic.client(B)];

    for (let round = 0; round < 40; round++) {
      // Traffic: a few packets from contracts on both sides, some with short timeouts.
      for (const side of ['A', 'B'] as const) {
        const s = senders[side];
        const n = 1 + Math.floor(rand() * 3);
        for (let i = 0; i < n; i++) {
          const amount = BigInt(1 + Math.floor(rand() * 100));
          const dst = side === 'A' ? b : a;
          const short = rand() < 0.25;
          const timeout = dst.time + (short ? 20n : 100_000n) * NS;
          s.chain.execute(s.owner, s.contract, {
            reflect_msg: { msgs: [{ ibc: { transfer: { channel_id: s.channel, to_address: s.receiver, amount: { denom: 'stake', amount: amount.toString() }, timeout: { block: null, timestamp: timeout.toString() }, memo: null } } }] },
          });
          sent[side] += amount;
        }
      }
      if (rand() < 0.3) (rand() < 0.5 ? a : b).advanceTime(30);

      // The relayer dies at a random call, several times per round, and restarts from nothing.
      for (let attempt = 0; attempt < 8; attempt++) {
        let budget = 1 + Math.floor(rand() * 60);
        for (const c of clients) {
          c.beforeCall = () => {
            if (--budget <= 0) throw new RelayerKilled('relayer killed');
          };
        }
        try {
          await link.relayAll({ maxRounds: 4 });
        } catch (e) {
          if (!(e instanceof RelayerKilled)) throw e;
          kills++;
          link = await withoutKills(clients, () => Link.existing(ic.client(A), ic.client(B), conn));
        }
      }
    }
    for (const c of clients) c.beforeCall = undefined;
    link = await Link.existing(ic.client(A), ic.client(B), conn);
    // Let every outstanding short timeout expire on both sides, then drain.
    a.advanceTime(60);
    b.advanceTime(60);
    const final = await link.relayAll({ maxRounds: 100 });
    expect(final.errors).toEqual([]);
    expect(kills).toBeGreaterThanOrEqual(200);

    for (const [side, chain, dst, srcChannel, dstChannel] of [
      ['A', a, b, ch.A.channelId, ch.B.channelId],
      ['B', b, a, ch.B.channelId, ch.A.channelId],
    ] as const) {
      const s = senders[side];
      // No ack lost, nothing pending: every commitment on the source is gone.
      const left = chain.withContext((ctx) => chain.m.keepers.ibc.core.channels.packetCommitments(ctx, 'transfer', srcChannel));
      expect(left).toEqual([]);
      const escrow = chain.m.codec.encode(escrowAddressBytes('transfer', srcChannel));
      const escrowed = chain.balance(escrow);
      const voucher = ibcDenom(parseDenomTrace(`transfer/${dstChannel}/stake`));
      // Received exactly once: vouchers minted on the destination equal what stays escrowed at home.
      expect(dst.balance(s.receiver, voucher)).toBe(escrowed);
      const supply = dst.withContext((ctx) => dst.m.keepers.bank.getSupply(ctx, voucher).amount);
      expect(supply).toBe(escrowed);
      // Timed-out packets were refunded: the contract lost exactly what was received.
      expect(chain.balance(s.contract)).toBe(1_000_000n - escrowed);
      expect(escrowed).toBeGreaterThan(0n);
      expect(escrowed).toBeLessThan(sent[side]);
    }
    // Never submitted twice: each recv_packet event (emitted also for a NOOP) belongs to one first receipt.
    const receivedOnB = countReceipts(b, ch.B.channelId);
    const receivedOnA = countReceipts(a, ch.A.channelId);
    expect(countEvents(b, 'recv_packet')).toBe(receivedOnB);
    expect(countEvents(a, 'recv_packet')).toBe(receivedOnA);
  });
});

function countReceipts(chain: TestChain, channel: string): number {
  const prefix = new TextEncoder().encode(`receipts/ports/transfer/channels/${channel}/sequences/`);
  return chain.withContext((ctx) => [...ctx.store('ibc').iterator(prefix, prefixEnd(prefix))].length);
}

async function withoutKills<T>(clients: { beforeCall: ((op: string) => void) | undefined }[], fn: () => Promise<T>): Promise<T> {
  const saved = clients.map((c) => c.beforeCall);
  for (const c of clients) c.beforeCall = undefined;
  try {
    return await fn();
  } finally {
    clients.forEach((c, i) => (c.beforeCall = saved[i]));
  }
}
