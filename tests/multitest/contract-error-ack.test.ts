/**
 * wasmd's error semantics for `ibc_packet_receive` (ibc-spec §2.6), across two chains running
 * contracts/ibc_probe: a contract error becomes an error acknowledgement that is written, relayed
 * and seen by the sender, while only the receiving contract's state changes of that call are
 * dropped; a VM error (panic) fails the relayer's transaction, leaving no trace, so the packet
 * stays pending until it is received or times out.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { Interchain, Order, type OpenChannel } from '../../multitest/interchain.js';
import type { TestChain } from '../../multitest/chain.js';
import type { Event } from '../../chain/kernel/events.js';
import type { RelaySummary } from '../../ibc/relayer/link.js';
import { compileContract } from '../../contracts/tools/compile.js';

const A = 'meshwork-a';
const B = 'meshwork-b';

interface ProbeState {
  received: number;
  acks: string[];
  timeouts: number;
}

function sequenceOf(events: Event[]): bigint {
  const e = events.find((x) => x.type === 'send_packet');
  const seq = e?.attributes.find((a) => a.key === 'packet_sequence')?.value;
  if (seq === undefined) throw new Error('the execution sent no packet');
  return BigInt(seq);
}

function eventValues(s: RelaySummary, type: string, key: string): string[] {
  return s.txs.flatMap((t) => t.events.filter((e) => e.type === type).flatMap((e) => e.attributes.filter((a) => a.key === key).map((a) => a.value)));
}

describe('ibc_packet_receive errors: contract error ack vs VM error', () => {
  let ic: Interchain;
  let a: TestChain;
  let b: TestChain;
  let probeA: string;
  let probeB: string;
  let ch: OpenChannel;

  const state = (chain: TestChain, probe: string): ProbeState => chain.query<ProbeState>(probe, { state: {} });
  const send = (data: string, timeoutSeconds = 3600): bigint =>
    sequenceOf(a.execute(a.addr('user'), probeA, { send: { channel_id: ch.A.channelId, data, timeout_seconds: timeoutSeconds } }).events);
  const channels = (chain: TestChain) => chain.m.keepers.ibc.core.channels;
  const receiptOnB = (seq: bigint): boolean => b.withContext((ctx) => channels(b).hasReceipt(ctx, ch.B.portId, ch.B.channelId, seq));
  const ackOnB = (seq: bigint): Uint8Array | undefined => b.withContext((ctx) => channels(b).packetAcknowledgement(ctx, ch.B.portId, ch.B.channelId, seq));
  const commitmentOnA = (seq: bigint): Uint8Array | undefined => a.withContext((ctx) => channels(a).packetCommitment(ctx, ch.A.portId, ch.A.channelId, seq));

  before(async () => {
    const wasm = (await compileContract('contracts/ibc_probe/assembly/contract.ts')).wasm;
    ic = await Interchain.create([{ chainId: A }, { chainId: B }]);
    a = ic.chain(A);
    b = ic.chain(B);
    probeA = a.instantiate(a.storeCode(a.addr('owner'), wasm), a.addr('owner'), {}, { label: 'probe-a' }).address;
    probeB = b.instantiate(b.storeCode(b.addr('owner'), wasm), b.addr('owner'), {}, { label: 'probe-b' }).address;
    ch = await ic.createChannel(A, B, { portA: `wasm.${probeA}`, portB: `wasm.${probeB}`, version: 'probe-1', order: Order.ORDER_UNORDERED });
  });

  test('the probes open a probe-1 channel between their ports and refuse any other version', async () => {
    expect(ch.A.portId).toBe(`wasm.${probeA}`);
    expect(ch.B.portId).toBe(`wasm.${probeB}`);
    const endB = b.withContext((ctx) => channels(b).getChannel(ctx, ch.B.portId, ch.B.channelId));
    expect(endB?.state).toBe(3);
    expect(endB?.version).toBe('probe-1');
    await expect(ic.createChannel(A, B, { portA: `wasm.${probeA}`, portB: `wasm.${probeB}`, version: 'probe-2' })).rejects.toThrow(/probe speaks only probe-1, not probe-2/);
  });

  test('an ok packet runs B\'s contract and A records its ack', async () => {
    const seq = send('hello');
    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.received).toBe(1);
    expect(s.acknowledged).toBe(1);
    expect(state(b, probeB).received).toBe(1);
    expect(state(a, probeA).acks).toEqual(['{"ok":1}']);
    expect(receiptOnB(seq)).toBe(true);
    expect(commitmentOnA(seq)).toBeUndefined();
  });

  test('a contract error writes an error ack and a receipt, drops only the contract\'s state, and the relayer\'s tx succeeds', async () => {
    const seq = send('fail');
    const before = state(b, probeB);
    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.txs.every((t) => t.code === 0)).toBe(true);
    expect(s.received).toBe(1);
    expect(s.acknowledged).toBe(1);
    // relayAll's packet outcome: an ack that says error
    expect(s.packets).toEqual([expect.objectContaining({ sequence: seq, outcome: 'ack', success: false })]);

    // The probe counted the packet before refusing it; that write is gone.
    expect(state(b, probeB)).toEqual(before);
    // wasmd's receive event survives only as ibc-go's error event (the callback's events are converted).
    expect(eventValues(s, 'ibc_packet_received', 'success')).toEqual([]);
    expect(eventValues(s, 'ibccallbackerror-ibc_packet_received', 'success')).toEqual(['false']);
    // Core kept its own writes: the receipt and the ack commitment.
    expect(receiptOnB(seq)).toBe(true);
    expect(ackOnB(seq)).toHaveLength(32);
    const written = eventValues(s, 'write_acknowledgement', 'packet_ack_hex').map((h) => Buffer.from(h, 'hex').toString());
    expect(written).toHaveLength(1);
    const ack = JSON.parse(written[0]!) as Record<string, unknown>;
    expect(Object.keys(ack)).toEqual(['error']);
    expect(ack['error']).toMatch(/probe refused/);

    // The sender's ibc_packet_ack got that very error ack, and its commitment is gone.
    const acks = state(a, probeA).acks;
    expect(acks).toHaveLength(2);
    expect(acks[1]).toBe(written[0]);
    expect(commitmentOnA(seq)).toBeUndefined();

    // The receipt makes it delivered: a second relay finds nothing to do.
    const again = await ic.relayAll();
    expect(again).toMatchObject({ received: 0, acknowledged: 0, timedOut: 0, errors: [] });
    expect(state(b, probeB)).toEqual(before);
  });

  test('a panic fails the relayer\'s tx: nothing is written on B and the packet stays pending until it times out', async () => {
    const seq = send('panic', 600);
    const beforeB = state(b, probeB);
    const nextRecv = b.withContext((ctx) => channels(b).nextSequenceRecv(ctx, ch.B.portId, ch.B.channelId));
    const s = await ic.relayAll();
    expect(s.received).toBe(0);
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]).toMatch(/MsgRecvPacket/);
    expect(s.errors[0]).toMatch(/probe panics on purpose/);
    expect(s.txs.some((t) => t.code !== 0)).toBe(true);

    expect(state(b, probeB)).toEqual(beforeB);
    expect(receiptOnB(seq)).toBe(false);
    expect(ackOnB(seq)).toBeUndefined();
    expect(b.withContext((ctx) => channels(b).nextSequenceRecv(ctx, ch.B.portId, ch.B.channelId))).toBe(nextRecv);
    expect(commitmentOnA(seq)).toHaveLength(32);
    expect(state(a, probeA).acks).toHaveLength(2);

    // A retry panics again; once the packet's time has passed on B it is timed out back on A.
    expect((await ic.relayAll()).errors).toHaveLength(1);
    b.advanceTime(700);
    const t = await ic.relayAll();
    expect(t.errors).toEqual([]);
    expect(t.timedOut).toBe(1);
    expect(commitmentOnA(seq)).toBeUndefined();
    expect(state(a, probeA).timeouts).toBe(1);
    expect(receiptOnB(seq)).toBe(false);
  });
});
