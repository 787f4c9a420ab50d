import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { Interchain, Order, type OpenChannel } from '../../multitest/interchain.js';
import { ibcDenom, parseDenomTrace } from '../../ibc/transfer/denom.js';
import { Link } from '../../ibc/relayer/link.js';
import type { ChainClient } from '../../ibc/relayer/chain-client.js';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { QueryPacketAcknowledgementsRequest } from 'cosmjs-types/ibc/core/channel/v1/query';

const A = 'meshwork-a';
const B = 'meshwork-b';

function transfer(sender: string, receiver: string, channel: string, amount: bigint, denom: string, timeout: { timestamp?: bigint; height?: bigint } = {}) {
  return {
    typeUrl: MsgTransfer.typeUrl,
    value: MsgTransfer.fromPartial({
      sourcePort: 'transfer',
      sourceChannel: channel,
      token: { denom, amount: amount.toString() },
      sender,
      receiver,
      timeoutHeight: { revisionNumber: 0n, revisionHeight: timeout.height ?? 0n },
      timeoutTimestamp: timeout.timestamp ?? (timeout.height === undefined ? 10_000_000_000_000_000_000n : 0n),
    }),
  };
}

describe('ICS-20 between two in-process chains', () => {
  let ic: Interchain;
  let ch: OpenChannel;
  let alice: string;
  let bob: string;

  before(async () => {
    ic = await Interchain.create([
      { chainId: A, genesis: (g) => g.fund(g.addr('alice'), 1_000_000n) },
      { chainId: B, genesis: (g) => g.fund(g.addr('alice'), 1_000_000n) },
    ]);
    alice = ic.chain(A).addr('alice');
    bob = ic.chain(B).addr('bob');
    ch = await ic.createChannel(A, B, { portA: 'transfer', portB: 'transfer', version: 'ics20-1', order: Order.ORDER_UNORDERED });
  });

  test('the channel is open on both ends with version ics20-1', () => {
    expect(ch.A.channelId).toMatch(/^channel-\d+$/);
    const endA = ic.chain(A).withContext((ctx) => ic.chain(A).m.keepers.ibc.core.channels.getChannel(ctx, 'transfer', ch.A.channelId));
    const endB = ic.chain(B).withContext((ctx) => ic.chain(B).m.keepers.ibc.core.channels.getChannel(ctx, 'transfer', ch.B.channelId));
    expect(endA?.state).toBe(3);
    expect(endB?.state).toBe(3);
    expect(endA?.version).toBe('ics20-1');
    expect(endB?.counterparty.channelId).toBe(ch.A.channelId);
  });

  test('a native token goes to B as an ibc/ voucher with its trace, and comes back', async () => {
    const a = ic.chain(A);
    const b = ic.chain(B);
    a.executeAs(alice, [transfer(alice, bob, ch.A.channelId, 1234n, 'stake')]);
    expect(a.balance(alice)).toBe(1_000_000n - 1234n);
    const pending = () => a.withContext((ctx) => a.m.keepers.ibc.core.channels.pendingPacketCounts(ctx));
    expect(pending()).toEqual([{ portId: 'transfer', channelId: ch.A.channelId, count: 1 }]);
    const s1 = await ic.relayAll();
    expect(pending()).toEqual([]);
    expect(s1.errors).toEqual([]);
    expect(s1.received).toBe(1);
    expect(s1.acknowledged).toBe(1);
    // each packet's outcome: the ICS-20 success ack {"result":"AQ=="}
    expect(s1.packets).toHaveLength(1);
    expect(s1.packets[0]).toMatchObject({ srcPort: 'transfer', srcChannel: ch.A.channelId, dstChannel: ch.B.channelId, sequence: 1n, outcome: 'ack', success: true });
    expect(JSON.parse(Buffer.from(s1.packets[0]!.ack!).toString())).toEqual({ result: 'AQ==' });
    expect(JSON.parse(Buffer.from(s1.packets[0]!.data).toString())).toMatchObject({ amount: '1234', denom: 'stake', receiver: bob });
    const voucher = ibcDenom(parseDenomTrace(`transfer/${ch.B.channelId}/stake`));
    expect(b.balance(bob, voucher)).toBe(1234n);

    // Back home: the voucher is burnt on B and the escrow on A releases the native token.
    b.executeAs(bob, [transfer(bob, alice, ch.B.channelId, 234n, voucher)]);
    const s2 = await ic.relayAll();
    expect(s2.errors).toEqual([]);
    expect(b.balance(bob, voucher)).toBe(1000n);
    expect(a.balance(alice)).toBe(1_000_000n - 1000n);
  });

  test('an unordered timeout refunds the sender and the packet is never received', async () => {
    const a = ic.chain(A);
    const b = ic.chain(B);
    const before = a.balance(alice);
    const deadline = b.time + 30n * 1_000_000_000n;
    a.executeAs(alice, [transfer(alice, bob, ch.A.channelId, 500n, 'stake', { timestamp: deadline })]);
    expect(a.balance(alice)).toBe(before - 500n);
    b.advanceTime(60);
    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.timedOut).toBe(1);
    expect(s.received).toBe(0);
    expect(s.packets).toEqual([expect.objectContaining({ srcChannel: ch.A.channelId, outcome: 'timeout' })]);
    expect(s.packets[0]!.ack).toBeUndefined();
    expect(a.balance(alice)).toBe(before);
  });

  test('a relayer restarted on a long history looks up the pending packets by sequence, not the whole history', async () => {
    const a = ic.chain(A);
    for (let i = 0; i < 10; i++) a.executeAs(alice, [transfer(alice, bob, ch.A.channelId, 1n, 'stake')]);
    expect((await ic.relayAll()).acknowledged).toBe(10);
    a.executeAs(alice, [transfer(alice, bob, ch.A.channelId, 7n, 'stake'), transfer(alice, bob, ch.A.channelId, 8n, 'stake')]);

    const searches: { type: string; attrs: Record<string, string>; minHeight: number | undefined }[] = [];
    const recording = (c: ChainClient): ChainClient =>
      new Proxy(c, {
        get(target, prop, receiver) {
          const v = Reflect.get(target, prop, receiver) as unknown;
          if (prop !== 'searchEvents' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v;
          return (type: string, attrs: Record<string, string>, minHeight?: number) => {
            searches.push({ type, attrs, minHeight });
            return (v as ChainClient['searchEvents']).call(target, type, attrs, minHeight);
          };
        },
      });
    const fresh = await Link.existing(recording(ic.client(A)), recording(ic.client(B)), { A: ch.link.A.connectionId, B: ch.link.B.connectionId });
    const s = await fresh.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.received).toBe(2);
    expect(s.acknowledged).toBe(2);
    // Each search names one packet, or covers only blocks after the relayer started.
    expect(searches.length).toBeGreaterThan(0);
    for (const q of searches) expect(q.attrs['packet_sequence'] !== undefined || (q.minHeight ?? 1) > 1).toBe(true);
    expect(searches.filter((q) => q.attrs['packet_sequence'] !== undefined)).toHaveLength(4);
  });

  test("the relayer asks for acks only of packets still committed on the source, not the channel's every ack", async () => {
    const a = ic.chain(A);
    for (let i = 0; i < 3; i++) a.executeAs(alice, [transfer(alice, bob, ch.A.channelId, 1n, 'stake')]);
    const asked: bigint[][] = [];
    const recording = (c: ChainClient): ChainClient =>
      new Proxy(c, {
        get(target, prop, receiver) {
          const v = Reflect.get(target, prop, receiver) as unknown;
          if (prop !== 'query' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v;
          return (path: string, data: Uint8Array, opts?: { height?: number; prove?: boolean }) => {
            if (path.endsWith('/PacketAcknowledgements')) asked.push(QueryPacketAcknowledgementsRequest.decode(data).packetCommitmentSequences);
            return (v as ChainClient['query']).call(target, path, data, opts);
          };
        },
      });
    const link = await Link.existing(recording(ic.client(A)), recording(ic.client(B)), { A: ch.link.A.connectionId, B: ch.link.B.connectionId });
    const s = await link.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.acknowledged).toBe(3);
    // B holds the acks of every earlier test's packets too; the relayer only ever named the three pending ones.
    expect(asked.length).toBeGreaterThan(0);
    for (const seqs of asked) {
      expect(seqs.length).toBeGreaterThan(0);
      expect(seqs.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('Interchain relayer gas: fixed per-message limits', () => {
  test('without simulation each relayer tx asks base + perMessage × its messages, and packets still go both ways', async () => {
    const gas = { perMessage: 150_000n, base: 300_000n };
    const ic = await Interchain.create([{ chainId: A, genesis: (g) => g.fund(g.addr('alice'), 1_000_000n) }, { chainId: B }], { relayerGas: gas });
    const ch = await ic.createChannel(A, B, { portA: 'transfer', portB: 'transfer', version: 'ics20-1', order: Order.ORDER_UNORDERED });
    const a = ic.chain(A);
    const alice = a.addr('alice');
    const bob = ic.chain(B).addr('bob');
    a.executeAs(alice, [transfer(alice, bob, ch.A.channelId, 5n, 'stake'), transfer(alice, bob, ch.A.channelId, 6n, 'stake')]);
    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.received).toBe(2);
    expect(s.acknowledged).toBe(2);
    expect(ic.chain(B).allBalances(bob)).toEqual([{ denom: ibcDenom({ path: `transfer/${ch.B.channelId}`, baseDenom: 'stake' }), amount: 11n }]);
    let checked = 0;
    for (const chain of [a, ic.chain(B)]) {
      const store = chain.driver!.blockStore;
      for (let h = 1; h <= store.height; h++) {
        const block = store.block(h)!;
        const results = store.results(h)!;
        block.txs.forEach((tx, i) => {
          const body = TxBody.decode(TxRaw.decode(tx).bodyBytes);
          if (!body.messages.some((m) => m.typeUrl.startsWith('/ibc.'))) return;
          expect(BigInt(results.txResults[i]!.gasWanted)).toBe(gas.base + gas.perMessage * BigInt(body.messages.length));
          checked++;
        });
      }
    }
    // Create client ×2, connection handshake ×4, channel handshake ×4, a receive and an ack.
    expect(checked).toBeGreaterThanOrEqual(12);
  });
});

