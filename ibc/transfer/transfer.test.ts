/**
 * The transfer module over a real bank: send (escrow / burn), receive (mint / unescrow), refunds on
 * error acks and timeouts, error acks for bad packets, handshake rules, queries and genesis. IBC
 * core is replaced by a recording PacketSender.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Order, State, type Channel, type IdentifiedChannel, type Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { MsgTransfer, MsgTransferResponse } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import * as Q from 'cosmjs-types/ibc/applications/transfer/v1/query';
import { Context } from '../../chain/kernel/context.js';
import { ChainError } from '../../chain/kernel/errors.js';
import type { Event } from '../../chain/kernel/events.js';
import { MsgRouter, QueryRouter } from '../../chain/kernel/router.js';
import { InfiniteGasMeter } from '../../chain/store/gaskv.js';
import { testContext } from '../../chain/testkit/context.js';
import { AddressCodec, prefixesFor } from '../../chain/types/address.js';
import { AuthKeeper } from '../../chain/modules/auth/keeper.js';
import { BankKeeper } from '../../chain/modules/bank/keeper.js';
import { ChannelErrors, PortErrors } from '../core/errors.js';
import { height, ZERO_HEIGHT, type Height } from '../core/height.js';
import type { PacketSender } from '../core/types.js';
import { TRANSFER_MODULE, escrowAddressBytes } from './denom.js';
import { IbcRootErrors, TransferErrors, Uncoded } from './errors.js';
import { TransferKeeper } from './keeper.js';
import { TransferModule, type TransferGenesis } from './module.js';
import { TransferMsgUpdateParams } from './msgs.js';
import { encodePacketData, marshalAck, type FungibleTokenPacketData } from './packet.js';
import { QueryDenomTraceRequest, QueryDenomTraceResponse, QueryDenomTracesRequest, QueryDenomTracesResponse } from './query.js';

const UATOM_VOUCHER = 'ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2';
const SUCCESS = '{"result":"AQ=="}';

interface Sent {
  sourcePort: string;
  sourceChannel: string;
  timeoutHeight: Height;
  timeoutTimestamp: bigint;
  data: Uint8Array;
  sequence: bigint;
}

/** Channels this chain has and the packets the transfer module asked core to send. */
class RecordingPacketSender implements PacketSender {
  readonly channels = new Map<string, Channel>();
  readonly sent: Sent[] = [];
  private nextSeq = 1n;

  open(channelId: string, counterpartyChannelId: string): void {
    this.channels.set(`transfer/${channelId}`, {
      state: State.STATE_OPEN,
      ordering: Order.ORDER_UNORDERED,
      counterparty: { portId: 'transfer', channelId: counterpartyChannelId },
      connectionHops: ['connection-0'],
      version: 'ics20-1',
    });
  }
  sendPacket(_ctx: Context, a: { sourcePort: string; sourceChannel: string; timeoutHeight: Height; timeoutTimestamp: bigint; data: Uint8Array }): bigint {
    const sequence = this.nextSeq++;
    this.sent.push({ ...a, sequence });
    return sequence;
  }
  writeAcknowledgement(): void {
    throw new Error('transfer acknowledges synchronously');
  }
  getChannel(_ctx: Context, portId: string, channelId: string): Channel | undefined {
    return this.channels.get(`${portId}/${channelId}`);
  }
  channelsOfPort(): IdentifiedChannel[] {
    return [];
  }
  closeChannel(): void {}
}

function setup() {
  const codec = new AddressCodec(prefixesFor('mesh'));
  const auth = new AuthKeeper(codec);
  auth.declareModuleAccount(TRANSFER_MODULE, ['minter', 'burner']);
  auth.declareModuleAccount('gov', ['burner']);
  const bank = new BankKeeper(auth);
  bank.blockAddress(auth.moduleAddress(TRANSFER_MODULE));
  const packets = new RecordingPacketSender();
  packets.open('channel-0', 'channel-7');
  packets.open('channel-1', 'channel-3');
  const gov = auth.moduleAddress('gov');
  const keeper = new TransferKeeper({ bank, auth, packets, authority: gov });
  const module = new TransferModule(keeper);
  const msgs = new MsgRouter();
  const queries = new QueryRouter();
  module.registerMsgs(msgs);
  module.registerQueries(queries);
  const { ms, ctx: genesis } = testContext(['acc', 'bank', 'transfer']);
  module.initGenesis(genesis, undefined);
  const at = (): Context => new Context(genesis.ms, genesis.header, new InfiniteGasMeter(), 'deliver');
  const addr = (n: number) => codec.encode(new Uint8Array(20).fill(n));
  const alice = addr(1);
  const bob = addr(2);
  bank.initBalance(genesis, alice, [
    { denom: 'stake', amount: 1_000n },
    { denom: 'uosmo', amount: 50n },
  ]);
  const escrow0 = codec.encode(escrowAddressBytes('transfer', 'channel-0'));

  /** Runs a MsgTransfer through the router in a branch, as a tx would. */
  const send = (ctx: Context, m: Partial<MsgTransfer>): bigint => {
    const full = MsgTransfer.fromPartial({
      sourcePort: 'transfer',
      sourceChannel: 'channel-0',
      sender: alice,
      receiver: 'cosmos1receiver',
      timeoutHeight: height(1, 100),
      ...m,
    });
    const value = MsgTransfer.encode(full).finish();
    const decoded = msgs.decode(MsgTransfer.typeUrl, value);
    const b = ctx.branch();
    try {
      const res = msgs.run(b.ctx, decoded);
      b.commit();
      return MsgTransferResponse.decode(res.value).sequence;
    } catch (e) {
      b.discard();
      throw e;
    }
  };

  /** A packet arriving on our channel-0 from the counterparty's channel-7. */
  const incoming = (data: FungibleTokenPacketData | Uint8Array, seq = 1n): Packet => ({
    sequence: seq,
    sourcePort: 'transfer',
    sourceChannel: 'channel-7',
    destinationPort: 'transfer',
    destinationChannel: 'channel-0',
    data: data instanceof Uint8Array ? data : encodePacketData(data),
    timeoutHeight: height(0, 1000),
    timeoutTimestamp: 0n,
  });

  /** The packet as core would hand it back for an ack or timeout. */
  const outgoing = (s: Sent): Packet => {
    const ch = packets.getChannel(at(), s.sourcePort, s.sourceChannel)!;
    return {
      sequence: s.sequence,
      sourcePort: s.sourcePort,
      sourceChannel: s.sourceChannel,
      destinationPort: ch.counterparty.portId,
      destinationChannel: ch.counterparty.channelId,
      data: s.data,
      timeoutHeight: s.timeoutHeight,
      timeoutTimestamp: s.timeoutTimestamp,
    };
  };

  const query = <T>(method: string, req: Uint8Array, decode: (b: Uint8Array) => T): T => decode(queries.get(`/ibc.applications.transfer.v1.Query/${method}`)!(at(), req));

  return { codec, auth, bank, keeper, module, app: module.ibcApp, msgs, packets, ms, at, addr, alice, bob, escrow0, send, incoming, outgoing, query, gov };
}

const text = (b: Uint8Array | undefined) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
const attrs = (events: readonly Event[], type: string) => events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));

function expectChainError(fn: () => unknown, spec: { codespace: string; code: number }, msg?: RegExp): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ChainError);
  expect((err as ChainError).codespace).toBe(spec.codespace);
  expect((err as ChainError).code).toBe(spec.code);
  if (msg !== undefined) expect((err as ChainError).message).toMatch(msg);
}

describe('sending', () => {
  test('a native token is escrowed on the channel and the packet data is ibc-go’s bytes', () => {
    const t = setup();
    const ctx = t.at();
    const seq = t.send(ctx, { token: { denom: 'stake', amount: '100' }, memo: '' });
    expect(seq).toBe(1n);
    expect(t.bank.getBalance(ctx, t.alice, 'stake').amount).toBe(900n);
    expect(t.bank.getBalance(ctx, t.escrow0, 'stake').amount).toBe(100n);
    expect(t.keeper.getTotalEscrow(ctx, 'stake')).toBe(100n);
    const p = t.packets.sent[0]!;
    expect(p.sourceChannel).toBe('channel-0');
    expect(p.timeoutHeight).toEqual(height(1, 100));
    expect(text(p.data)).toBe(`{"amount":"100","denom":"stake","receiver":"cosmos1receiver","sender":"${t.alice}"}`);
    expect(attrs(ctx.events.events, 'ibc_transfer')).toEqual([{ sender: t.alice, receiver: 'cosmos1receiver', amount: '100', denom: 'stake', memo: '' }]);
    expect(attrs(ctx.events.events, 'message')).toEqual([{ module: 'transfer' }]);
    // the escrow address is the one the query reports
    const q = t.query('EscrowAddress', Q.QueryEscrowAddressRequest.encode({ portId: 'transfer', channelId: 'channel-0' }).finish(), Q.QueryEscrowAddressResponse.decode);
    expect(q.escrowAddress).toBe(t.escrow0);
    const total = t.query('TotalEscrowForDenom', Q.QueryTotalEscrowForDenomRequest.encode({ denom: 'stake' }).finish(), Q.QueryTotalEscrowForDenomResponse.decode);
    expect(total.amount).toEqual({ denom: 'stake', amount: '100' });
  });

  test('a memo goes into the packet; the whole-balance sentinel sends everything', () => {
    const t = setup();
    const ctx = t.at();
    t.send(ctx, { token: { denom: 'uosmo', amount: ((1n << 256n) - 1n).toString() }, memo: '{"forward":{"receiver":"x"}}', timeoutHeight: ZERO_HEIGHT, timeoutTimestamp: 5n });
    expect(t.bank.getBalance(ctx, t.alice, 'uosmo').amount).toBe(0n);
    expect(text(t.packets.sent[0]!.data)).toBe(`{"amount":"50","denom":"uosmo","memo":"{\\"forward\\":{\\"receiver\\":\\"x\\"}}","receiver":"cosmos1receiver","sender":"${t.alice}"}`);
  });

  test('stateless checks: amount, receiver, memo size, timeouts, denom format', () => {
    const t = setup();
    const ctx = t.at();
    expectChainError(() => t.send(ctx, { token: { denom: 'stake', amount: '0' } }), IbcRootErrors.InsufficientFunds);
    expectChainError(() => t.send(ctx, { token: { denom: 'stake', amount: '-1' } }), IbcRootErrors.InvalidCoins);
    expectChainError(() => t.send(ctx, { token: { denom: 'stake', amount: '1' }, receiver: '  ' }), IbcRootErrors.InvalidAddress, /missing recipient address/);
    expectChainError(() => t.send(ctx, { token: { denom: 'stake', amount: '1' }, memo: 'x'.repeat(32769) }), TransferErrors.InvalidMemo);
    expectChainError(() => t.send(ctx, { token: { denom: 'stake', amount: '1' }, timeoutHeight: ZERO_HEIGHT, timeoutTimestamp: 0n }), ChannelErrors.InvalidPacket);
    // a malformed hash is an unregistered Go error (hex/size), as upstream
    expectChainError(() => t.send(ctx, { token: { denom: 'ibc/12', amount: '1' } }), Uncoded, /invalid denom trace hash 12/);
    expectChainError(() => t.send(ctx, { token: { denom: 'ibc', amount: '1' } }), TransferErrors.InvalidDenomForTransfer);
    expectChainError(() => t.send(ctx, { token: { denom: 'stake', amount: '1' }, sourceChannel: 'channel-9' }), ChannelErrors.ChannelNotFound);
    expectChainError(() => t.send(ctx, { token: { denom: 'stake', amount: '5000' } }), { codespace: 'sdk', code: 5 });
    expectChainError(() => t.send(ctx, { token: { denom: UATOM_VOUCHER, amount: '1' } }), TransferErrors.TraceNotFound);
    expect(t.bank.getBalance(ctx, t.alice, 'stake').amount).toBe(1000n);
    expect(t.packets.sent).toHaveLength(0);
  });

  test('send_enabled=false and a blocked sender are refused', () => {
    const t = setup();
    const ctx = t.at();
    t.keeper.setParams(ctx, { sendEnabled: false, receiveEnabled: true });
    expectChainError(() => t.send(ctx, { token: { denom: 'stake', amount: '1' } }), TransferErrors.SendDisabled);
    t.keeper.setParams(ctx, { sendEnabled: true, receiveEnabled: true });
    t.bank.blockAddress(t.alice);
    expectChainError(() => t.send(ctx, { token: { denom: 'stake', amount: '1' } }), IbcRootErrors.Unauthorized, /is not allowed to send funds/);
  });

  test('TransferSender (a contract’s IbcMsg::Transfer) runs the same checks and logic', () => {
    const t = setup();
    const ctx = t.at();
    const msg = MsgTransfer.fromPartial({ sourcePort: 'transfer', sourceChannel: 'channel-1', token: { denom: 'stake', amount: '7' }, sender: t.alice, receiver: 'x', timeoutTimestamp: 9n });
    expect(t.keeper.transfer(ctx, msg)).toBe(1n);
    expect(t.bank.getBalance(ctx, t.codec.encode(escrowAddressBytes('transfer', 'channel-1')), 'stake').amount).toBe(7n);
    expectChainError(() => t.keeper.transfer(ctx, { ...msg, timeoutTimestamp: 0n, timeoutHeight: ZERO_HEIGHT }), ChannelErrors.InvalidPacket);
  });
});

describe('receiving', () => {
  test('a foreign denom mints ibc/<hash of transfer/channel-0/uatom> and stores the trace', () => {
    const t = setup();
    const ctx = t.at();
    const r = t.app.onRecvPacket(ctx, t.incoming({ denom: 'uatom', amount: '250', sender: 'cosmos1sender', receiver: t.bob, memo: 'hi' }), 'relayer');
    expect(r.success).toBe(true);
    expect(text(r.ack)).toBe(SUCCESS);
    expect(t.bank.getBalance(ctx, t.bob, UATOM_VOUCHER).amount).toBe(250n);
    expect(t.bank.getSupply(ctx, UATOM_VOUCHER).amount).toBe(250n);
    expect(t.keeper.allDenomTraces(ctx)).toEqual([{ path: 'transfer/channel-0', baseDenom: 'uatom' }]);
    expect(attrs(ctx.events.events, 'denomination_trace')).toEqual([{ trace_hash: UATOM_VOUCHER.slice(4), denom: UATOM_VOUCHER }]);
    expect(attrs(ctx.events.events, 'fungible_token_packet')).toEqual([
      { module: 'transfer', sender: 'cosmos1sender', receiver: t.bob, denom: 'uatom', amount: '250', memo: 'hi', success: 'true' },
    ]);
    const md = t.bank.getDenomMetadata(ctx, UATOM_VOUCHER)!;
    expect(md).toMatchObject({ base: UATOM_VOUCHER, display: 'transfer/channel-0/uatom', name: 'transfer/channel-0/uatom IBC token', symbol: 'UATOM', description: 'IBC token from transfer/channel-0/uatom' });

    // queries, old and new
    const tr = t.query('DenomTrace', QueryDenomTraceRequest.encode({ hash: UATOM_VOUCHER }).finish().slice(), QueryDenomTraceResponse.decode);
    expect(tr.denomTrace).toEqual({ path: 'transfer/channel-0', baseDenom: 'uatom' });
    const trs = t.query('DenomTraces', QueryDenomTracesRequest.encode({}).finish(), QueryDenomTracesResponse.decode);
    expect(trs.denomTraces).toEqual([{ path: 'transfer/channel-0', baseDenom: 'uatom' }]);
    const d = t.query('Denom', Q.QueryDenomRequest.encode({ hash: UATOM_VOUCHER.slice(4) }).finish(), Q.QueryDenomResponse.decode);
    expect(d.denom).toEqual({ base: 'uatom', trace: [{ portId: 'transfer', channelId: 'channel-0' }] });
    const h = t.query('DenomHash', Q.QueryDenomHashRequest.encode({ trace: 'transfer/channel-0/uatom' }).finish(), Q.QueryDenomHashResponse.decode);
    expect(h.hash).toBe(UATOM_VOUCHER.slice(4));
    expect(() => t.query('DenomTrace', QueryDenomTraceRequest.encode({ hash: '00'.repeat(32) }).finish(), QueryDenomTraceResponse.decode)).toThrow(/denomination trace not found/);
  });

  test('a voucher sent back home is burned; an error ack mints it back', () => {
    const t = setup();
    const ctx = t.at();
    t.app.onRecvPacket(ctx, t.incoming({ denom: 'uatom', amount: '250', sender: 'cosmos1sender', receiver: t.bob, memo: '' }), 'r');
    t.send(ctx, { sender: t.bob, token: { denom: UATOM_VOUCHER, amount: '100' } });
    expect(t.bank.getSupply(ctx, UATOM_VOUCHER).amount).toBe(150n);
    const sent = t.packets.sent[0]!;
    expect(text(sent.data)).toBe(`{"amount":"100","denom":"transfer/channel-0/uatom","receiver":"cosmos1receiver","sender":"${t.bob}"}`);

    const errAck = marshalAck({ error: 'ABCI code: 1: error handling packet: see events for details' });
    const ackCtx = t.at();
    t.app.onAcknowledgementPacket(ackCtx, t.outgoing(sent), errAck, 'r');
    expect(t.bank.getBalance(ackCtx, t.bob, UATOM_VOUCHER).amount).toBe(250n);
    expect(t.bank.getSupply(ackCtx, UATOM_VOUCHER).amount).toBe(250n);
    const ev = attrs(ackCtx.events.events, 'fungible_token_packet');
    expect(ev[0]).toMatchObject({ module: 'transfer', sender: t.bob, denom: 'transfer/channel-0/uatom', amount: '100', acknowledgement: 'error:"ABCI code: 1: error handling packet: see events for details" ' });
    expect(ev[1]).toEqual({ error: 'ABCI code: 1: error handling packet: see events for details' });
  });

  test('a token returning home is unescrowed from the channel’s escrow', () => {
    const t = setup();
    const ctx = t.at();
    t.send(ctx, { token: { denom: 'stake', amount: '300' } });
    // the counterparty sends back "transfer/channel-7/stake" (its voucher path) over its channel-7
    const r = t.app.onRecvPacket(ctx, t.incoming({ denom: 'transfer/channel-7/stake', amount: '120', sender: 'cosmos1x', receiver: t.bob, memo: '' }), 'r');
    expect(text(r.ack)).toBe(SUCCESS);
    expect(t.bank.getBalance(ctx, t.bob, 'stake').amount).toBe(120n);
    expect(t.bank.getBalance(ctx, t.escrow0, 'stake').amount).toBe(180n);
    expect(t.keeper.getTotalEscrow(ctx, 'stake')).toBe(180n);
    expect(t.keeper.allDenomTraces(ctx)).toEqual([]);
  });

  test('more coming home than was escrowed: error ack (insufficient funds), nothing changes', () => {
    const t = setup();
    const ctx = t.at();
    t.send(ctx, { token: { denom: 'stake', amount: '10' } });
    const r = t.app.onRecvPacket(ctx, t.incoming({ denom: 'transfer/channel-7/stake', amount: '11', sender: 'cosmos1x', receiver: t.bob, memo: '' }), 'r');
    expect(r.success).toBe(false);
    expect(text(r.ack)).toBe('{"error":"ABCI code: 5: error handling packet: see events for details"}');
    expect(t.bank.getBalance(ctx, t.escrow0, 'stake').amount).toBe(10n);
    expect(t.keeper.getTotalEscrow(ctx, 'stake')).toBe(10n);
    const ev = attrs(ctx.events.events, 'fungible_token_packet')[0]!;
    expect(ev['success']).toBe('false');
    expect(ev['error']).toMatch(/^unable to unescrow tokens, .*: insufficient funds$/);
  });

  test('undecodable packet data gives an error ack (code 12) without state change', () => {
    const t = setup();
    const ctx = t.at();
    for (const data of [new TextEncoder().encode('not json'), new TextEncoder().encode('{"denom":"uatom","amount":"1","sender":"s","receiver":"r","extra":"x"}')]) {
      const r = t.app.onRecvPacket(ctx, t.incoming(data), 'r');
      expect(r.success).toBe(false);
      expect(text(r.ack)).toBe('{"error":"ABCI code: 12: error handling packet: see events for details"}');
    }
    expect(attrs(ctx.events.events, 'fungible_token_packet')[0]).toEqual({
      module: 'transfer',
      sender: '',
      receiver: '',
      denom: '',
      amount: '',
      memo: '',
      success: 'false',
      error: 'cannot unmarshal ICS-20 transfer packet data: invalid type',
    });
    expect(t.keeper.allDenomTraces(ctx)).toEqual([]);
    expect(t.bank.getTotalSupply(ctx).map((c) => c.denom)).toEqual(['stake', 'uosmo']);
  });

  test('invalid contents: zero amount (code 5), bad receiver (code 1), blocked receiver (code 4), receive disabled (code 8)', () => {
    const t = setup();
    const ctx = t.at();
    const base = { denom: 'uatom', amount: '5', sender: 'cosmos1s', receiver: t.bob, memo: '' };
    const code = (d: FungibleTokenPacketData) => {
      const r = t.app.onRecvPacket(ctx, t.incoming(d), 'r');
      expect(r.success).toBe(false);
      return /ABCI code: (\d+):/.exec(text(r.ack))![1];
    };
    expect(code({ ...base, amount: '0' })).toBe('5');
    expect(code({ ...base, receiver: 'cosmos1wrk4vlk03unephl72ntttcd80lnf7a2ywtzrvu' })).toBe('1');
    expect(code({ ...base, receiver: 'not-an-address' })).toBe('1');
    expect(code({ ...base, receiver: t.auth.moduleAddress(TRANSFER_MODULE) })).toBe('4');
    t.keeper.setParams(ctx, { sendEnabled: true, receiveEnabled: false });
    expect(code(base)).toBe('8');
    const errors = attrs(ctx.events.events, 'fungible_token_packet').map((e) => e['error']);
    expect(errors[1]).toBe('failed to decode receiver address: cosmos1wrk4vlk03unephl72ntttcd80lnf7a2ywtzrvu: invalid Bech32 prefix; expected mesh, got cosmos');
    // the failed mints left no supply, trace or metadata behind
    expect(t.bank.getSupply(ctx, UATOM_VOUCHER).amount).toBe(0n);
    expect(t.bank.getDenomMetadata(ctx, UATOM_VOUCHER)).toBeUndefined();
    expect(t.keeper.allDenomTraces(ctx)).toEqual([]);
    // but its events are kept (core turns them into error events)
    expect(attrs(ctx.events.events, 'denomination_trace').length).toBeGreaterThan(0);
  });

  test('an upper-case receiver is accepted (bech32 allows one case)', () => {
    const t = setup();
    const ctx = t.at();
    const r = t.app.onRecvPacket(ctx, t.incoming({ denom: 'uatom', amount: '1', sender: 's', receiver: t.bob.toUpperCase(), memo: '' }), 'r');
    expect(r.success).toBe(true);
    expect(t.bank.getBalance(ctx, t.bob, UATOM_VOUCHER).amount).toBe(1n);
  });
});

describe('acknowledgements and timeouts of sent packets', () => {
  test('a success ack changes nothing and reports the result byte', () => {
    const t = setup();
    const ctx = t.at();
    t.send(ctx, { token: { denom: 'stake', amount: '100' } });
    t.app.onAcknowledgementPacket(ctx, t.outgoing(t.packets.sent[0]!), new TextEncoder().encode(SUCCESS), 'r');
    expect(t.bank.getBalance(ctx, t.escrow0, 'stake').amount).toBe(100n);
    const ev = attrs(ctx.events.events, 'fungible_token_packet');
    expect(ev[0]!['acknowledgement']).toBe('result:"\\001" ');
    expect(ev[1]).toEqual({ success: '\u0001' });
  });

  test('an error ack refunds the escrow to the sender', () => {
    const t = setup();
    const ctx = t.at();
    t.send(ctx, { token: { denom: 'stake', amount: '100' } });
    t.app.onAcknowledgementPacket(ctx, t.outgoing(t.packets.sent[0]!), marshalAck({ error: 'ABCI code: 5: error handling packet: see events for details' }), 'r');
    expect(t.bank.getBalance(ctx, t.alice, 'stake').amount).toBe(1000n);
    expect(t.bank.getBalance(ctx, t.escrow0, 'stake').amount).toBe(0n);
    expect(t.keeper.getTotalEscrow(ctx, 'stake')).toBe(0n);
  });

  test('acks that are not ibc-go’s canonical JSON fail the transaction', () => {
    const t = setup();
    const ctx = t.at();
    t.send(ctx, { token: { denom: 'stake', amount: '100' } });
    const p = t.outgoing(t.packets.sent[0]!);
    expectChainError(() => t.app.onAcknowledgementPacket(ctx, p, new TextEncoder().encode('{"result": "AQ=="}'), 'r'), IbcRootErrors.InvalidType);
    expectChainError(() => t.app.onAcknowledgementPacket(ctx, p, Uint8Array.of(1), 'r'), IbcRootErrors.UnknownRequest);
  });

  test('a timeout refunds and emits the timeout event', () => {
    const t = setup();
    const ctx = t.at();
    t.send(ctx, { token: { denom: 'stake', amount: '100' }, memo: 'm' });
    t.app.onTimeoutPacket(ctx, t.outgoing(t.packets.sent[0]!), 'r');
    expect(t.bank.getBalance(ctx, t.alice, 'stake').amount).toBe(1000n);
    expect(attrs(ctx.events.events, 'timeout')).toEqual([{ module: 'transfer', refund_receiver: t.alice, refund_denom: 'stake', refund_amount: '100', memo: 'm' }]);
  });
});

describe('channel handshake', () => {
  const initArgs = (over: Partial<{ order: Order; portId: string; channelId: string; version: string }> = {}) => ({
    order: Order.ORDER_UNORDERED,
    connectionHops: ['connection-0'],
    portId: 'transfer',
    channelId: 'channel-4',
    counterparty: { portId: 'transfer', channelId: '' },
    version: '',
    ...over,
  });

  test('UNORDERED with version ics20-1 (an empty proposal becomes ics20-1)', () => {
    const t = setup();
    const ctx = t.at();
    expect(t.app.onChanOpenInit(ctx, initArgs())).toBe('ics20-1');
    expect(t.app.onChanOpenInit(ctx, initArgs({ version: 'ics20-1' }))).toBe('ics20-1');
    const { version: _v, ...rest } = initArgs();
    expect(t.app.onChanOpenTry(ctx, { ...rest, counterpartyVersion: 'ics20-2' })).toBe('ics20-1');
    expect(() => t.app.onChanOpenAck(ctx, { portId: 'transfer', channelId: 'channel-4', counterpartyChannelId: 'channel-1', counterpartyVersion: 'ics20-1' })).not.toThrow();
  });

  test('ORDERED, other versions, other ports and user close are refused', () => {
    const t = setup();
    const ctx = t.at();
    expectChainError(() => t.app.onChanOpenInit(ctx, initArgs({ order: Order.ORDER_ORDERED })), ChannelErrors.InvalidChannelOrdering, /expected ORDER_UNORDERED channel, got ORDER_ORDERED/);
    const { version: _v, ...rest } = initArgs({ order: Order.ORDER_ORDERED });
    expectChainError(() => t.app.onChanOpenTry(ctx, { ...rest, counterpartyVersion: 'ics20-1' }), ChannelErrors.InvalidChannelOrdering);
    expectChainError(() => t.app.onChanOpenInit(ctx, initArgs({ version: 'ics20-2' })), TransferErrors.InvalidVersion);
    expectChainError(() => t.app.onChanOpenInit(ctx, initArgs({ portId: 'wasm.x' })), PortErrors.InvalidPort);
    expectChainError(() => t.app.onChanOpenInit(ctx, initArgs({ channelId: 'channel-4294967296' })), TransferErrors.MaxTransferChannels);
    expectChainError(
      () => t.app.onChanOpenAck(ctx, { portId: 'transfer', channelId: 'channel-4', counterpartyChannelId: 'channel-1', counterpartyVersion: 'ics20-2' }),
      TransferErrors.InvalidVersion,
    );
    expectChainError(() => t.app.onChanCloseInit(), IbcRootErrors.InvalidRequest, /user cannot close channel/);
    expect(() => t.app.onChanCloseConfirm()).not.toThrow();
  });
});

describe('params and genesis', () => {
  test('MsgUpdateParams: only the authority', () => {
    const t = setup();
    const ctx = t.at();
    const run = (signer: string) => {
      const value = TransferMsgUpdateParams.encode({ signer, params: { sendEnabled: false, receiveEnabled: true } }).finish();
      const d = t.msgs.decode(TransferMsgUpdateParams.typeUrl, value);
      return t.msgs.run(ctx, d);
    };
    expectChainError(() => run(t.alice), IbcRootErrors.Unauthorized);
    run(t.gov);
    expect(t.keeper.getParams(ctx)).toEqual({ sendEnabled: false, receiveEnabled: true });
    const p = t.query('Params', Q.QueryParamsRequest.encode({}).finish(), Q.QueryParamsResponse.decode);
    expect(p.params).toEqual({ sendEnabled: false, receiveEnabled: true });
  });

  test('export after activity imports into an identical module state', () => {
    const t = setup();
    const ctx = t.at();
    t.send(ctx, { token: { denom: 'stake', amount: '40' } });
    t.app.onRecvPacket(ctx, t.incoming({ denom: 'transfer/channel-9/uatom', amount: '3', sender: 's', receiver: t.bob, memo: '' }), 'r');
    const g = t.module.exportGenesis(ctx);
    expect(g).toEqual({
      port_id: 'transfer',
      denom_traces: [{ path: 'transfer/channel-0/transfer/channel-9', base_denom: 'uatom' }],
      params: { send_enabled: true, receive_enabled: true },
      total_escrowed: [{ denom: 'stake', amount: '40' }],
    } satisfies TransferGenesis);

    const t2 = setup();
    const ctx2 = t2.at();
    t2.module.initGenesis(ctx2, JSON.parse(JSON.stringify(g)));
    expect(t2.module.exportGenesis(ctx2)).toEqual(g);
    expect(() => t2.module.initGenesis(ctx2, { ...g, denom_traces: [g.denom_traces![0]!, g.denom_traces![0]!] })).toThrow(/duplicated denomination trace/);
    expect(() => t2.module.initGenesis(ctx2, { port_id: 'other' })).toThrow(/not supported/);
  });
});
