import { before, describe, test } from 'node:test';
import { expect } from 'expect';
import { Order, State, type Channel, type IdentifiedChannel, type Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { MsgIBCSendResponse } from 'cosmjs-types/cosmwasm/wasm/v1/ibc';
import { MsgTransferResponse, type MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';
import { cosmwasmModule, regionBytes, watBytes, REGION_ERROR, REGION_KEY, REGION_OK_RESPONSE } from '../../runtime/test/testkit/wasm-builder.js';
import type { Context } from '../../chain/kernel/context.js';
import { ChainError, type ErrorSpec } from '../../chain/kernel/errors.js';
import { findAttribute } from '../../chain/kernel/events.js';
import { WasmErrors } from '../../chain/modules/wasm/errors.js';
import { wasmFixture, type WasmFixture } from '../../chain/modules/wasm/testkit.js';
import type { WasmIbcHandler } from '../../chain/modules/wasm/message-plugins.js';
import { ChannelErrors, HostErrors, PortErrors } from '../core/errors.js';
import { height, type Height } from '../core/height.js';
import type { PacketSender, TransferSender } from '../core/types.js';
import { WasmIbcApp, createWasmIbcHandler, packetJson, portIdForContract, toJson, validateChannelParams, WasmIbcErrors } from './index.js';

const REFLECT = loadTestdata('cosmwasm/reflect.wasm');
const IBC_REFLECT = loadTestdata('cosmwasm/ibc_reflect.wasm');
const IBC_REFLECT_SEND = loadTestdata('cosmwasm/ibc_reflect_send.wasm');

const dec = new TextDecoder();
const enc = new TextEncoder();
const json = (b: Uint8Array | undefined) => JSON.parse(dec.decode(b));

/** An in-memory IBC core: channel ends by port/channel, and a record of what applications asked of it. */
class RecordingCore implements PacketSender {
  private readonly channels = new Map<string, Channel>();
  private readonly nextSeq = new Map<string, bigint>();
  private readonly written = new Set<string>();
  readonly sent: { sourcePort: string; sourceChannel: string; timeoutHeight: Height; timeoutTimestamp: bigint; data: Uint8Array; sequence: bigint }[] = [];
  readonly acks: { packet: Packet; ack: Uint8Array }[] = [];
  readonly closed: string[] = [];

  setChannel(port: string, chan: string, ch: Channel): void {
    this.channels.set(`${port}/${chan}`, ch);
  }
  sendPacket(_ctx: Context, a: { sourcePort: string; sourceChannel: string; timeoutHeight: Height; timeoutTimestamp: bigint; data: Uint8Array }): bigint {
    const key = `${a.sourcePort}/${a.sourceChannel}`;
    const ch = this.channels.get(key);
    if (ch === undefined || ch.state !== State.STATE_OPEN) throw new ChainError(ChannelErrors.InvalidChannelState, `channel ${key} is not OPEN`);
    const sequence = this.nextSeq.get(key) ?? 1n;
    this.nextSeq.set(key, sequence + 1n);
    this.sent.push({ ...a, sequence });
    return sequence;
  }
  writeAcknowledgement(_ctx: Context, packet: Packet, ack: Uint8Array): void {
    const key = `${packet.destinationPort}/${packet.destinationChannel}/${packet.sequence}`;
    if (this.written.has(key)) throw new ChainError(ChannelErrors.AcknowledgementExists, key);
    this.written.add(key);
    this.acks.push({ packet, ack });
  }
  getChannel(_ctx: Context, port: string, chan: string): Channel | undefined {
    return this.channels.get(`${port}/${chan}`);
  }
  channelsOfPort(_ctx: Context, port: string): IdentifiedChannel[] {
    return [...this.channels.entries()]
      .filter(([k]) => k.startsWith(`${port}/`))
      .map(([k, ch]) => ({ ...ch, portId: port, channelId: k.slice(port.length + 1) }))
      .sort((a, b) => (a.channelId < b.channelId ? -1 : a.channelId > b.channelId ? 1 : 0));
  }
  closeChannel(_ctx: Context, port: string, chan: string): void {
    const ch = this.channels.get(`${port}/${chan}`);
    if (ch === undefined) throw new ChainError(ChannelErrors.ChannelNotFound, `${port}/${chan}`);
    ch.state = State.STATE_CLOSED;
    this.closed.push(`${port}/${chan}`);
  }
}

function channelEnd(state: State, ordering: Order, counterpartyPort: string, counterpartyChannel: string, version: string): Channel {
  return { state, ordering, counterparty: { portId: counterpartyPort, channelId: counterpartyChannel }, connectionHops: ['connection-0'], version };
}

function expectChainError(fn: () => unknown, spec: ErrorSpec, message?: RegExp): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ChainError);
  expect({ codespace: (err as ChainError).codespace, code: (err as ChainError).code }).toEqual({ codespace: spec.codespace, code: spec.code });
  if (message !== undefined) expect((err as Error).message).toMatch(message);
}

interface Env {
  f: WasmFixture;
  core: RecordingCore;
  app: WasmIbcApp;
  handler: WasmIbcHandler;
  transfers: MsgTransfer[];
  creator: string;
  /** ibc_reflect_send (the controller) and ibc_reflect (the host), both on this chain. */
  sender: string;
  host: string;
  /** reflect.wasm: no IBC entry points. */
  plain: string;
}

function setup(opts: { transfer?: boolean } = {}): Env {
  const f = wasmFixture();
  const core = new RecordingCore();
  const transfers: MsgTransfer[] = [];
  const transfer: TransferSender = {
    transfer: (_ctx, msg) => {
      transfers.push(msg);
      return BigInt(transfers.length);
    },
  };
  const handler = createWasmIbcHandler({ keeper: f.keeper, packets: core, ...(opts.transfer === false ? {} : { transfer }) });
  f.keeper.setIbcHandler(handler);
  const app = new WasmIbcApp({ keeper: f.keeper, packets: core });
  const creator = f.addr('creator');
  const { codeId: reflectId } = f.keeper.storeCode(f.ctx, creator, REFLECT);
  const { codeId: hostId } = f.keeper.storeCode(f.ctx, creator, IBC_REFLECT);
  const { codeId: senderId } = f.keeper.storeCode(f.ctx, creator, IBC_REFLECT_SEND);
  const { address: plain } = f.keeper.instantiate(f.ctx, { codeId: reflectId, sender: creator, msg: {}, label: 'reflect' });
  const { address: host } = f.keeper.instantiate(f.ctx, { codeId: hostId, sender: creator, msg: { reflect_code_id: Number(reflectId) }, label: 'host' });
  const { address: sender } = f.keeper.instantiate(f.ctx, { codeId: senderId, sender: creator, msg: {}, label: 'sender' });
  return { f, core, app, handler, transfers, creator, sender, host, plain };
}

const V = 'ibc-reflect-v1';

/**
 * The four handshake steps between the controller's channel-0 and the host's channel-1, with core's
 * channel writes done as ibc-go v10 does them (OpenAck/OpenConfirm store the end before the callback).
 */
function handshake(e: Env): { senderPort: string; hostPort: string } {
  const senderPort = portIdForContract(e.sender);
  const hostPort = portIdForContract(e.host);
  const ctx = e.f.ctx;
  const init = e.app.onChanOpenInit(ctx, { order: Order.ORDER_ORDERED, connectionHops: ['connection-0'], portId: senderPort, channelId: 'channel-0', counterparty: { portId: hostPort, channelId: '' }, version: V });
  expect(init).toBe(V);
  e.core.setChannel(senderPort, 'channel-0', channelEnd(State.STATE_INIT, Order.ORDER_ORDERED, hostPort, '', init));
  const tryVersion = e.app.onChanOpenTry(ctx, { order: Order.ORDER_ORDERED, connectionHops: ['connection-0'], portId: hostPort, channelId: 'channel-1', counterparty: { portId: senderPort, channelId: 'channel-0' }, counterpartyVersion: init });
  expect(tryVersion).toBe(V);
  e.core.setChannel(hostPort, 'channel-1', channelEnd(State.STATE_TRYOPEN, Order.ORDER_ORDERED, senderPort, 'channel-0', tryVersion));
  e.core.setChannel(senderPort, 'channel-0', channelEnd(State.STATE_OPEN, Order.ORDER_ORDERED, hostPort, 'channel-1', tryVersion));
  e.app.onChanOpenAck(ctx, { portId: senderPort, channelId: 'channel-0', counterpartyChannelId: 'channel-1', counterpartyVersion: tryVersion });
  e.core.setChannel(hostPort, 'channel-1', channelEnd(State.STATE_OPEN, Order.ORDER_ORDERED, senderPort, 'channel-0', tryVersion));
  e.app.onChanOpenConfirm(ctx, { portId: hostPort, channelId: 'channel-1' });
  return { senderPort, hostPort };
}

/** The packet core would have committed for the n-th `sendPacket`, addressed to the host's channel. */
function sentPacket(e: Env, n: number, hostPort: string): Packet {
  const s = e.core.sent[n]!;
  return { sequence: s.sequence, sourcePort: s.sourcePort, sourceChannel: s.sourceChannel, destinationPort: hostPort, destinationChannel: 'channel-1', data: s.data, timeoutHeight: s.timeoutHeight, timeoutTimestamp: s.timeoutTimestamp };
}

describe('WasmIbcApp: ports', () => {
  test('a port is wasm.<address> of an existing contract bound to exactly that port', () => {
    const e = setup();
    const ctx = e.f.ctx;
    expect(e.app.contractOfPort(ctx, portIdForContract(e.host))).toBe(e.host);
    expectChainError(() => e.app.contractOfPort(ctx, 'transfer'), PortErrors.InvalidPort, /not a contract port/);
    expectChainError(() => e.app.contractOfPort(ctx, 'wasm.notanaddress'), PortErrors.InvalidPort);
    expectChainError(() => e.app.contractOfPort(ctx, portIdForContract(e.f.addr('nobody'))), PortErrors.PortNotFound, /no contract/);
    expectChainError(() => e.app.contractOfPort(ctx, portIdForContract(e.plain)), PortErrors.InvalidPort, /has no IBC entry points/);
    expectChainError(
      () => e.app.onChanOpenInit(ctx, { order: Order.ORDER_ORDERED, connectionHops: ['connection-0'], portId: portIdForContract(e.plain), channelId: 'channel-0', counterparty: { portId: 'x', channelId: '' }, version: V }),
      PortErrors.InvalidPort,
    );
  });

  test('channel identifiers must be channel-N with N < 2^32 (wasmd ValidateChannelParams)', () => {
    expect(() => validateChannelParams('channel-4294967295')).not.toThrow();
    expectChainError(() => validateChannelParams('channel-4294967296'), WasmIbcErrors.MaxIBCChannels);
    expectChainError(() => validateChannelParams('mychannel'), HostErrors.InvalidID);
  });
});

describe('WasmIbcApp + handler with ibc_reflect_send and ibc_reflect', () => {
  test('handshake: the contracts check ordering and version; connect sends who_am_i and creates the host account', () => {
    const e = setup();
    const ctx = e.f.ctx;
    const hostPort = portIdForContract(e.host);
    expectChainError(
      () => e.app.onChanOpenTry(ctx, { order: Order.ORDER_UNORDERED, connectionHops: ['connection-0'], portId: hostPort, channelId: 'channel-1', counterparty: { portId: 'p', channelId: 'channel-0' }, counterpartyVersion: V }),
      WasmErrors.ExecuteFailed,
      /Only supports ordered channels/,
    );
    const { senderPort } = handshake(e);
    expect(e.core.sent).toHaveLength(1);
    const who = e.core.sent[0]!;
    expect({ port: who.sourcePort, channel: who.sourceChannel, sequence: who.sequence, data: dec.decode(who.data) }).toEqual({ port: senderPort, channel: 'channel-0', sequence: 1n, data: '{"who_am_i":{}}' });
    expect(who.timeoutHeight).toEqual(height(0, 0));
    expect(who.timeoutTimestamp).toBe(ctx.time + 3600n * 1_000_000_000n);
    const accounts = json(e.f.keeper.querySmart(ctx, e.host, { list_accounts: {} })).accounts;
    expect(accounts).toHaveLength(1);
    expect(accounts[0].channel_id).toBe('channel-1');
  });

  test('send_msgs sends a dispatch packet; the send response carries the sequence', () => {
    const e = setup();
    const { senderPort } = handshake(e);
    const msgs = [{ bank: { send: { to_address: e.creator, amount: [{ denom: 'ucosm', amount: '1' }] } } }];
    e.f.keeper.execute(e.f.ctx, { contract: e.sender, sender: e.creator, msg: { send_msgs: { channel_id: 'channel-0', msgs } } });
    expect(e.core.sent).toHaveLength(2);
    expect(json(e.core.sent[1]!.data)).toEqual({ dispatch: { msgs } });
    expect(e.core.sent[1]!.sequence).toBe(2n);

    const out = e.handler.dispatch(e.f.ctx, e.sender, senderPort, { send_packet: { channel_id: 'channel-0', data: 'e30=', timeout: { block: { revision: 1, height: 500 }, timestamp: null } } });
    expect(MsgIBCSendResponse.decode(out.data[0]!).sequence).toBe(3n);
    expect(out.msgResponses.map((r) => r.typeUrl)).toEqual(['/cosmwasm.wasm.v1.MsgIBCSendResponse']);
    expect(e.core.sent[2]!.timeoutHeight).toEqual(height(1, 500));
    expect(e.core.sent[2]!.timeoutTimestamp).toBe(0n);
  });

  test('a packet travels: host receives who_am_i, the controller processes the acknowledgement', () => {
    const e = setup();
    const { hostPort } = handshake(e);
    const packet = sentPacket(e, 0, hostPort);
    const relayer = e.f.addr('relayer');
    const r = e.app.onRecvPacket(e.f.ctx, packet, relayer);
    expect(r.success).toBe(true);
    const account = json(e.f.keeper.querySmart(e.f.ctx, e.host, { account: { channel_id: 'channel-1' } })).account;
    expect(dec.decode(r.ack)).toBe(JSON.stringify({ ok: { account } }));
    const before = e.f.ctx.events.events.length;
    e.app.onAcknowledgementPacket(e.f.ctx, packet, r.ack!, relayer);
    expect(findAttribute(e.f.ctx.events.events.slice(before), 'wasm', 'action')).toBe('acknowledge_who_am_i');
    expect(json(e.f.keeper.querySmart(e.f.ctx, e.sender, { account: { channel_id: 'channel-0' } })).remote_addr).toBe(account);
    // A timeout reaches the contract's ibc_packet_timeout.
    const t0 = e.f.ctx.events.events.length;
    e.app.onTimeoutPacket(e.f.ctx, packet, relayer);
    expect(findAttribute(e.f.ctx.events.events.slice(t0), 'wasm', 'action')).toBe('ibc_packet_timeout');
  });

  test('async acknowledgement: kept after a receive without ack, written once through write_acknowledgement', () => {
    const e = setup();
    const { hostPort } = handshake(e);
    const ctx = e.f.ctx;
    const packet: Packet = { ...sentPacket(e, 0, hostPort), data: enc.encode('{"no_ack":{}}') };
    expect(e.app.onRecvPacket(ctx, packet, 'relayer')).toEqual({ ack: undefined, success: true });
    expect(e.app.entryPoints.loadAsyncAckPacket(ctx, hostPort, 'channel-1', packet.sequence)).toEqual(packet);

    const asyncAck = { async_ack: { channel_id: 'channel-1', packet_sequence: packet.sequence.toString(), ack: { data: 'e30=' } } };
    e.f.keeper.execute(ctx, { contract: e.host, sender: e.creator, msg: asyncAck });
    expect(e.core.acks).toEqual([{ packet, ack: enc.encode('{}') }]);
    expect(e.app.entryPoints.loadAsyncAckPacket(ctx, hostPort, 'channel-1', packet.sequence)).toBeUndefined();
    expect(() => e.f.keeper.execute(ctx, { contract: e.host, sender: e.creator, msg: asyncAck })).toThrow(/is awaiting an acknowledgement/);
    expect(e.core.acks).toHaveLength(1);

    // Only for this contract's own port: the controller cannot acknowledge the host's packets.
    e.app.entryPoints.storeAsyncAckPacket(ctx, { ...packet, sequence: 9n });
    expectChainError(
      () => e.handler.dispatch(ctx, e.sender, portIdForContract(e.sender), { write_acknowledgement: { channel_id: 'channel-1', packet_sequence: 9, ack: { data: 'e30=' } } }),
      WasmErrors.Invalid,
    );
    // A packet acknowledged synchronously is not pending.
    const who = sentPacket(e, 0, hostPort);
    e.app.onRecvPacket(ctx, { ...who, sequence: 5n }, 'relayer');
    expectChainError(() => e.handler.dispatch(ctx, e.host, hostPort, { write_acknowledgement: { channel_id: 'channel-1', packet_sequence: 5, ack: { data: 'e30=' } } }), WasmErrors.Invalid);
  });

  test('a panicking contract makes onRecvPacket throw (the relayer tx fails)', () => {
    const e = setup();
    const { hostPort } = handshake(e);
    const packet: Packet = { ...sentPacket(e, 0, hostPort), data: enc.encode('{"panic":{}}') };
    expectChainError(() => e.app.onRecvPacket(e.f.ctx, packet, 'relayer'), WasmErrors.VmError, /panicked/);
  });

  test('close_channel and the close callbacks', () => {
    const e = setup();
    const { senderPort, hostPort } = handshake(e);
    const out = e.handler.dispatch(e.f.ctx, e.sender, senderPort, { close_channel: { channel_id: 'channel-0' } });
    expect(out.msgResponses[0]!.typeUrl).toBe('/ibc.core.channel.v1.MsgChannelCloseInitResponse');
    expect(e.core.closed).toEqual([`${senderPort}/channel-0`]);
    e.app.onChanCloseConfirm(e.f.ctx, { portId: hostPort, channelId: 'channel-1' });
    expect(json(e.f.keeper.querySmart(e.f.ctx, e.host, { list_accounts: {} }))).toEqual({ accounts: [] });
  });

  test('a contract without IBC entry points has no port: IBC messages are rejected', () => {
    const e = setup();
    handshake(e);
    const send = { ibc: { send_packet: { channel_id: 'channel-0', data: 'e30=', timeout: { block: null, timestamp: '1' } } } };
    expect(() => e.f.keeper.execute(e.f.ctx, { contract: e.plain, sender: e.creator, msg: { reflect_msg: { msgs: [send] } } })).toThrow(/ibc not supported/);
    for (const msg of [send.ibc, { close_channel: { channel_id: 'channel-0' } }, { write_acknowledgement: { channel_id: 'channel-0', packet_sequence: 1, ack: { data: '' } } }]) {
      expectChainError(() => e.handler.dispatch(e.f.ctx, e.plain, '', msg), WasmErrors.UnsupportedForContract);
    }
  });

  test('send_packet only on a channel bound to the contract, with a timeout', () => {
    const e = setup();
    const { senderPort, hostPort } = handshake(e);
    const ctx = e.f.ctx;
    const timeout = { block: null, timestamp: '99' };
    expectChainError(() => e.handler.dispatch(ctx, e.sender, senderPort, { send_packet: { channel_id: 'channel-9', data: '', timeout } }), ChannelErrors.ChannelNotFound, /no channel channel-9/);
    // channel-0 belongs to the controller's port, not the host's.
    expectChainError(() => e.handler.dispatch(ctx, e.host, hostPort, { send_packet: { channel_id: 'channel-0', data: '', timeout } }), ChannelErrors.ChannelNotFound);
    expectChainError(() => e.handler.dispatch(ctx, e.sender, senderPort, { send_packet: { channel_id: '', data: '', timeout } }), WasmErrors.Empty);
    expectChainError(() => e.handler.dispatch(ctx, e.sender, senderPort, { send_packet: { channel_id: 'channel-0', data: '', timeout: { block: null, timestamp: null } } }), ChannelErrors.InvalidPacket);
    expectChainError(() => e.handler.dispatch(ctx, e.sender, senderPort, { pay_packet_fee: {} }), WasmErrors.UnknownMsg);
  });

  test('transfer goes to ICS-20 as MsgTransfer from the contract', () => {
    const e = setup();
    const out = e.handler.dispatch(e.f.ctx, e.plain, '', {
      transfer: { channel_id: 'channel-3', to_address: 'cosmos1receiver', amount: { denom: 'ucosm', amount: '5' }, timeout: { block: { revision: 2, height: 77 }, timestamp: '123' }, memo: 'hi' },
    });
    expect(e.transfers).toEqual([
      { sourcePort: 'transfer', sourceChannel: 'channel-3', token: { denom: 'ucosm', amount: '5' }, sender: e.plain, receiver: 'cosmos1receiver', timeoutHeight: height(2, 77), timeoutTimestamp: 123n, memo: 'hi', encoding: '' },
    ]);
    expect(MsgTransferResponse.decode(out.data[0]!).sequence).toBe(1n);
    expect(out.msgResponses[0]!.typeUrl).toBe('/ibc.applications.transfer.v1.MsgTransferResponse');
    expectChainError(
      () => e.handler.dispatch(e.f.ctx, e.plain, '', { transfer: { channel_id: 'channel-3', to_address: 'x', amount: { denom: 'ucosm', amount: '5' }, timeout: { block: null, timestamp: null } } }),
      ChannelErrors.InvalidTimeout,
    );
    const noIcs20 = setup({ transfer: false });
    expectChainError(
      () => noIcs20.handler.dispatch(noIcs20.f.ctx, noIcs20.plain, '', { transfer: { channel_id: 'channel-3', to_address: 'x', amount: { denom: 'ucosm', amount: '5' }, timeout: { block: null, timestamp: '1' } } }),
      WasmErrors.UnknownMsg,
    );
  });

  test('queries: port_id, list_channels and channel (OPEN channels only)', () => {
    const e = setup();
    const ctx = e.f.ctx;
    const q = (caller: string, query: unknown) => json(e.handler.query!(ctx, caller, query));
    const hostPort = portIdForContract(e.host);
    expect(q(e.host, { port_id: {} })).toEqual({ port_id: hostPort });
    expect(q(e.plain, { port_id: {} })).toEqual({ port_id: '' });
    expect(q(e.host, { list_channels: {} })).toEqual({ channels: [] });
    const { senderPort } = handshake(e);
    e.core.setChannel(hostPort, 'channel-2', channelEnd(State.STATE_INIT, Order.ORDER_ORDERED, senderPort, '', V));
    const hostChannel = {
      endpoint: { port_id: hostPort, channel_id: 'channel-1' },
      counterparty_endpoint: { port_id: senderPort, channel_id: 'channel-0' },
      order: 'ORDER_ORDERED',
      version: V,
      connection_id: 'connection-0',
    };
    expect(q(e.host, { list_channels: { port_id: null } })).toEqual({ channels: [hostChannel] });
    expect(q(e.plain, { list_channels: { port_id: hostPort } })).toEqual({ channels: [hostChannel] });
    expect(q(e.plain, { list_channels: {} })).toEqual({ channels: [] });
    expect(q(e.host, { channel: { channel_id: 'channel-1' } })).toEqual({ channel: hostChannel });
    expect(q(e.host, { channel: { channel_id: 'channel-2' } })).toEqual({ channel: null });
    expect(q(e.plain, { channel: { channel_id: 'channel-1', port_id: hostPort } })).toEqual({ channel: hostChannel });
    // Through the contract querier: reflect.wasm forwards a raw chain query.
    const res = json(e.f.keeper.querySmart(ctx, e.plain, { chain: { request: { ibc: { port_id: {} } } } }));
    expect(json(new Uint8Array(Buffer.from(res.data, 'base64')))).toEqual({ port_id: '' });
  });
});

describe('WasmIbcApp with a minimal contract (version rules, contract errors)', () => {
  let wasm: Uint8Array;
  before(async () => {
    const nullRegion = 200;
    const nullData = 2048;
    const okNull = '{"ok":null}';
    wasm = await cosmwasmModule({
      imports: ['(import "env" "db_write" (func $db_write (param i32 i32)))'],
      entryPoints: {
        instantiate: true,
        ibc_channel_open: `i32.const ${nullRegion}`,
        ibc_channel_connect: true,
        ibc_channel_close: true,
        // Writes key=key, then fails with {"error":"boom"}.
        ibc_packet_receive: `(call $db_write (i32.const ${REGION_KEY}) (i32.const ${REGION_KEY})) i32.const ${REGION_ERROR}`,
        ibc_packet_ack: `i32.const ${REGION_OK_RESPONSE}`,
        ibc_packet_timeout: true,
      },
      extra: `  (data (i32.const ${nullRegion}) "${watBytes(regionBytes(nullData, okNull.length, okNull.length))}")\n  (data (i32.const ${nullData}) "${watBytes(okNull)}")`,
    });
  });

  function minimal() {
    const e = setup();
    const { codeId } = e.f.keeper.storeCode(e.f.ctx, e.creator, wasm);
    const { address } = e.f.keeper.instantiate(e.f.ctx, { codeId, sender: e.creator, msg: {}, label: 'minimal' });
    return { ...e, contract: address, port: portIdForContract(address) };
  }

  test('a contract that accepts (null): Init takes the proposed version, and fails without one; Try takes the counterparty version', () => {
    const e = minimal();
    const init = (version: string) => e.app.onChanOpenInit(e.f.ctx, { order: Order.ORDER_UNORDERED, connectionHops: ['connection-0'], portId: e.port, channelId: 'channel-0', counterparty: { portId: 'p', channelId: '' }, version });
    expect(init('v7')).toBe('v7');
    expectChainError(() => init(''), WasmErrors.Empty, /version/);
    expect(e.app.onChanOpenTry(e.f.ctx, { order: Order.ORDER_UNORDERED, connectionHops: ['connection-0'], portId: e.port, channelId: 'channel-0', counterparty: { portId: 'p', channelId: 'channel-5' }, counterpartyVersion: 'v9' })).toBe('v9');
  });

  test("a contract error in receive: success=false, the contract's text in the error ack, its writes dropped", () => {
    const e = minimal();
    const packet: Packet = { sequence: 1n, sourcePort: 'p', sourceChannel: 'channel-5', destinationPort: e.port, destinationChannel: 'channel-0', data: enc.encode('x'), timeoutHeight: height(0, 0), timeoutTimestamp: 10n };
    const before = e.f.ctx.events.events.length;
    const r = e.app.onRecvPacket(e.f.ctx, packet, 'relayer');
    expect(r.success).toBe(false);
    expect(dec.decode(r.ack)).toBe('{"error":"boom"}');
    expect(e.f.keeper.queryRaw(e.f.ctx, e.contract, enc.encode('key'))).toBeUndefined();
    const ev = e.f.ctx.events.events.slice(before);
    expect(ev.map((x) => x.type)).toEqual(['ibc_packet_received']);
    expect(findAttribute(ev, 'ibc_packet_received', 'success')).toBe('false');
    expect(e.app.entryPoints.loadAsyncAckPacket(e.f.ctx, e.port, 'channel-0', 1n)).toBeUndefined();
  });

  test('the ack and timeout callbacks run; their errors would fail the tx', () => {
    const e = minimal();
    const packet: Packet = { sequence: 4n, sourcePort: e.port, sourceChannel: 'channel-0', destinationPort: 'p', destinationChannel: 'channel-5', data: enc.encode('x'), timeoutHeight: height(1, 9), timeoutTimestamp: 0n };
    expect(() => e.app.onAcknowledgementPacket(e.f.ctx, packet, enc.encode('{"result":"AQ=="}'), 'relayer')).not.toThrow();
    expect(() => e.app.onTimeoutPacket(e.f.ctx, packet, 'relayer')).not.toThrow();
    expectChainError(() => e.app.onTimeoutPacket(e.f.ctx, { ...packet, sourcePort: 'transfer' }, 'relayer'), PortErrors.InvalidPort);
  });
});

describe('cosmwasm-std JSON', () => {
  test('IbcPacket: timeouts are null when zero; u64 fields stay exact', () => {
    const p: Packet = { sequence: 2n ** 60n + 1n, sourcePort: 'a', sourceChannel: 'channel-0', destinationPort: 'b', destinationChannel: 'channel-1', data: Uint8Array.of(1), timeoutHeight: height(0, 0), timeoutTimestamp: 0n };
    expect(toJson(packetJson(p))).toBe('{"data":"AQ==","src":{"port_id":"a","channel_id":"channel-0"},"dest":{"port_id":"b","channel_id":"channel-1"},"sequence":1152921504606846977,"timeout":{"block":null,"timestamp":null}}');
    expect(toJson(packetJson({ ...p, sequence: 1n, timeoutHeight: height(3, 40), timeoutTimestamp: 5n })).endsWith('"sequence":1,"timeout":{"block":{"revision":3,"height":40},"timestamp":"5"}}')).toBe(true);
  });
});
