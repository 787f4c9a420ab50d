import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { loadTestdata } from '../../../runtime/test/testkit/shared-testdata.js';
import { ChainError } from '../../kernel/errors.js';
import { findAttribute, type Event } from '../../kernel/events.js';
import { coin } from '../../types/coins.js';
import { WasmErrors } from './errors.js';
import * as gas from './gas.js';
import { WasmIbcEntryPoints, type IbcReceiveResult } from './ibc.js';
import { wasmFixture, type WasmFixture } from './testkit.js';
import { KEY, WASM_STORE } from './types.js';

const REFLECT = loadTestdata('cosmwasm/reflect.wasm');
const IBC_REFLECT = loadTestdata('cosmwasm/ibc_reflect.wasm');
const CW20_ICS20 = loadTestdata('cw-plus/cw20_ics20.wasm');
const FIXTURES = JSON.parse(new TextDecoder().decode(loadTestdata('fixtures.json'))).ibc as Record<string, Record<string, unknown>>;

const dec = new TextDecoder();
const text = (b: Uint8Array | undefined) => (b === undefined ? undefined : dec.decode(b));
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const attrs = (events: readonly Event[], type: string) => events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));

interface Setup {
  f: WasmFixture;
  ibc: WasmIbcEntryPoints;
  creator: string;
  contract: string;
  reflectCodeId: bigint;
}

function setup(): Setup {
  const f = wasmFixture();
  const creator = f.addr('creator');
  const { codeId: reflectCodeId } = f.keeper.storeCode(f.ctx, creator, REFLECT);
  const { codeId } = f.keeper.storeCode(f.ctx, creator, IBC_REFLECT);
  const { address } = f.keeper.instantiate(f.ctx, { codeId, sender: creator, msg: { reflect_code_id: Number(reflectCodeId) }, label: 'ibc-reflect' });
  return { f, ibc: new WasmIbcEntryPoints(f.keeper), creator, contract: address, reflectCodeId };
}

/** The fixture's `packet_receive_template` with `data` set to a packet message. */
function packetMsg(data: unknown, sequence = 27): Record<string, unknown> {
  const t = structuredClone(FIXTURES['packet_receive_template']!) as { packet: Record<string, unknown>; relayer: string };
  t.packet['data'] = b64(data);
  t.packet['sequence'] = sequence;
  return t;
}

/** Runs `fn` and returns what it returned plus the events it emitted into `ctx`. */
function withEvents<T>(f: WasmFixture, fn: () => T): [T, Event[]] {
  const before = f.ctx.events.events.length;
  const r = fn();
  return [r, f.ctx.events.events.slice(before)];
}

function connect(s: Setup): string {
  s.ibc.ibcChannelConnect(s.f.ctx, s.contract, FIXTURES['channel_connect_ack']!);
  const accounts = JSON.parse(dec.decode(s.f.keeper.querySmart(s.f.ctx, s.contract, { list_accounts: {} }))).accounts as { account: string }[];
  return accounts[0]!.account;
}

function ackText(r: IbcReceiveResult): string | undefined {
  return text(r.ack);
}

describe('wasm IBC entry points (ibc_reflect.wasm, CONFORMANCE §8)', () => {
  test('contracts exporting the six IBC entry points get port wasm.<address>; others none', () => {
    const s = setup();
    expect(s.f.keeper.getContractInfo(s.f.ctx, s.contract)!.ibcPortId).toBe(`wasm.${s.contract}`);
    const { address: plain } = s.f.keeper.instantiate(s.f.ctx, { codeId: s.reflectCodeId, sender: s.creator, msg: {}, label: 'reflect' });
    expect(s.f.keeper.getContractInfo(s.f.ctx, plain)!.ibcPortId).toBe('');
  });

  test('channel_open enforces ordering and the counterparty version; the contract picks ibc-reflect-v1', () => {
    const { f, ibc, contract } = setup();
    const open = (m: unknown) => () => ibc.ibcChannelOpen(f.ctx, contract, m as object);
    const unordered = FIXTURES['channel_open_try_unordered']!;
    expect(open(unordered)).toThrow('Generic error: Only supports ordered channels: execute wasm contract failed');
    try {
      open(unordered)();
    } catch (e) {
      expect(e instanceof ChainError && e.is(WasmErrors.ExecuteFailed)).toBe(true);
    }
    const tryMsg = structuredClone(unordered) as { open_try: { channel: { order: string }; counterparty_version: string } };
    tryMsg.open_try.channel.order = 'ORDER_ORDERED';
    tryMsg.open_try.counterparty_version = 'reflect';
    expect(open(tryMsg)).toThrow('Generic error: Counterparty version must be `ibc-reflect-v1`: execute wasm contract failed');
    tryMsg.open_try.counterparty_version = 'ibc-reflect-v1';
    expect(open(tryMsg)()).toBe('ibc-reflect-v1');
    expect(open(FIXTURES['channel_open_init'])()).toBe('ibc-reflect-v1');
  });

  test('each call charges the instance set-up cost', () => {
    const { f, ibc, contract } = setup();
    const before = f.ctx.gasMeter.consumed;
    ibc.ibcChannelOpen(f.ctx, contract, FIXTURES['channel_open_init']!);
    expect(f.ctx.gasMeter.consumed - before).toBeGreaterThan(gas.INSTANCE_COST);
  });

  test('channel_connect dispatches the reflect instantiate (reply 7890) and registers the account', () => {
    const s = setup();
    const [, events] = withEvents(s.f, () => s.ibc.ibcChannelConnect(s.f.ctx, s.contract, FIXTURES['channel_connect_ack']!));
    expect(events.map((e) => e.type)).toEqual(['wasm', 'wasm-ibc', 'instantiate', 'reply', 'wasm']);
    expect(attrs(events, 'wasm')[0]).toEqual({ _contract_address: s.contract, action: 'ibc_connect', channel_id: 'channel-123' });
    expect(attrs(events, 'wasm-ibc')[0]).toEqual({ _contract_address: s.contract, channel: 'connect' });
    expect(findAttribute(events, 'instantiate', 'code_id')).toBe(s.reflectCodeId.toString());
    // The reply handler accepts only id 7890 with an ok result: anything else is a contract error.
    expect(attrs(events, 'wasm')[1]).toEqual({ _contract_address: s.contract, action: 'execute_init_callback' });
    const account = findAttribute(events, 'instantiate', '_contract_address');
    expect(JSON.parse(dec.decode(s.f.keeper.querySmart(s.f.ctx, s.contract, { list_accounts: {} })))).toEqual({ accounts: [{ account, channel_id: 'channel-123' }] });
    expect(JSON.parse(dec.decode(s.f.keeper.querySmart(s.f.ctx, s.contract, { account: { channel_id: 'channel-123' } })))).toEqual({ account });
  });

  test('packet_receive before any account: an error acknowledgement from an ok result', () => {
    const s = setup();
    const [r, events] = withEvents(s.f, () => s.ibc.ibcPacketReceive(s.f.ctx, s.contract, packetMsg({ who_am_i: {} })));
    expect(r.ok).toBe(true);
    expect(ackText(r)).toBe('{"error":"invalid packet: account channel-123 not found"}');
    expect(events.map((e) => e.type)).toEqual(['wasm-ibc', 'ibc_packet_received']);
    expect(attrs(events, 'wasm-ibc')[0]).toEqual({ _contract_address: s.contract, packet: 'receive' });
    expect(attrs(events, 'ibc_packet_received')[0]).toEqual({ module: 'wasm', _contract_address: s.contract, success: 'true' });
  });

  test('packet_receive after connect: who_am_i, unparsable packet, return_err, no_ack, dispatch', () => {
    const s = setup();
    const account = connect(s);
    const recv = (data: unknown) => s.ibc.ibcPacketReceive(s.f.ctx, s.contract, packetMsg(data));

    const [who, whoEvents] = withEvents(s.f, () => recv({ who_am_i: {} }));
    expect(ackText(who)).toBe(JSON.stringify({ ok: { account } }));
    expect(attrs(whoEvents, 'wasm')[0]).toEqual({ _contract_address: s.contract, action: 'receive_who_am_i' });

    expect(ackText(recv({ reflect_code_id: 12345 }))).toBe(
      '{"error":"invalid packet: Error parsing into type ibc_reflect::msg::PacketMsg: unknown variant `reflect_code_id`, expected one of `dispatch`, `who_am_i`, `balance`, `panic`, `return_err`, `return_msgs`, `no_ack` at line 1 column 18"}',
    );
    expect(ackText(recv({ return_err: { text: 'boom' } }))).toBe('{"error":"invalid packet: Generic error: boom"}');

    const async = recv({ no_ack: {} });
    expect(async).toEqual({ ack: undefined, ok: true });

    s.f.bank.initBalance(s.f.ctx, account, [coin(100, 'ucosm')]);
    const to = s.f.addr('beneficiary');
    const dispatched = recv({ dispatch: { msgs: [{ bank: { send: { to_address: to, amount: [{ denom: 'ucosm', amount: '40' }] } } }] } });
    expect(ackText(dispatched)).toBe('{"ok":null}');
    expect(s.f.bank.getBalance(s.f.ctx, to, 'ucosm').amount).toBe(40n);
  });

  test("a submessage reply's data replaces the acknowledgement", () => {
    const s = setup();
    connect(s);
    // reflect rejects an empty list; ibc_reflect's reply (id 1234, on error) returns an error ack as data.
    const r = s.ibc.ibcPacketReceive(s.f.ctx, s.contract, packetMsg({ dispatch: { msgs: [] } }));
    expect(r.ok).toBe(true);
    expect(ackText(r)).toBe('{"error":"Messages empty. Must reflect at least one message: execute wasm contract failed"}');
  });

  test('a panic in packet_receive is a VM error: it throws and leaves nothing behind', () => {
    const s = setup();
    const before = s.f.ctx.events.events.length;
    let err: unknown;
    try {
      s.ibc.ibcPacketReceive(s.f.ctx, s.contract, packetMsg({ panic: {} }));
    } catch (e) {
      err = e;
    }
    expect(err instanceof ChainError && err.is(WasmErrors.VmError)).toBe(true);
    expect((err as Error).message).toMatch(/panicked/);
    expect(s.f.ctx.events.events.length).toBe(before);
  });

  test("a contract error becomes an error acknowledgement with the contract's own text", () => {
    const s = setup();
    // The std export wrapper returns an error result when the message does not parse.
    const [r, events] = withEvents(s.f, () => s.ibc.ibcPacketReceive(s.f.ctx, s.contract, { relayer: 'relayer' }));
    const msg = 'Error parsing into type cosmwasm_std::ibc::IbcPacketReceiveMsg: missing field `packet` at line 1 column 21';
    expect({ ...r, ack: ackText(r) }).toEqual({ ack: JSON.stringify({ error: msg }), ok: false, error: msg });
    expect(events.map((e) => e.type)).toEqual(['ibc_packet_received']);
    expect(attrs(events, 'ibc_packet_received')[0]).toEqual({ module: 'wasm', _contract_address: s.contract, success: 'false' });
  });

  test('a failed submessage gives a redacted error acknowledgement and drops the contract events', () => {
    const s = setup();
    const account = connect(s);
    // return_msgs sends the messages from ibc_reflect itself, which has no funds: the bank send fails.
    const msgs = [{ bank: { send: { to_address: account, amount: [{ denom: 'ucosm', amount: '1' }] } } }];
    const [r, events] = withEvents(s.f, () => s.ibc.ibcPacketReceive(s.f.ctx, s.contract, packetMsg({ return_msgs: { msgs } })));
    expect(r.ok).toBe(false);
    expect(ackText(r)).toMatch(/^\{"error":"ABCI error: sdk\/5: error handling packet: see events for details"\}$/);
    expect(events.map((e) => e.type)).toEqual(['ibc_packet_received']);
    const ev = attrs(events, 'ibc_packet_received')[0]!;
    expect(ev['success']).toBe('false');
    expect(ev['error']).toMatch(/insufficient funds/);
  });

  test('an unknown contract gives a redacted error acknowledgement (wasmd CreateErrorAcknowledgement)', () => {
    const s = setup();
    const nobody = s.f.addr('nobody');
    const [r, events] = withEvents(s.f, () => s.ibc.ibcPacketReceive(s.f.ctx, nobody, packetMsg({ who_am_i: {} })));
    expect(ackText(r)).toBe('{"error":"ABCI error: wasm/22: error handling packet: see events for details"}');
    expect(r.ok).toBe(false);
    expect(attrs(events, 'ibc_packet_received')[0]).toEqual({ module: 'wasm', _contract_address: nobody, success: 'false', error: `address ${nobody}: no such contract` });
  });

  test('async_ack execute emits the ibc write_acknowledgement message', () => {
    const s = setup();
    const seen: { contract: string; port: string; msg: unknown }[] = [];
    s.f.keeper.setIbcHandler({
      dispatch: (_ctx, contract, port, msg) => {
        seen.push({ contract, port, msg });
        return { data: [], msgResponses: [] };
      },
    });
    s.f.keeper.execute(s.f.ctx, { contract: s.contract, sender: s.creator, msg: { async_ack: { channel_id: 'channel-123', packet_sequence: '27', ack: { data: 'e30=' } } } });
    expect(seen).toEqual([{ contract: s.contract, port: `wasm.${s.contract}`, msg: { write_acknowledgement: { channel_id: 'channel-123', packet_sequence: 27, ack: { data: 'e30=' } } } }]);
  });

  test('channel_close removes the account; packet_ack and packet_timeout are processed', () => {
    const s = setup();
    connect(s);
    const [, closeEvents] = withEvents(s.f, () => s.ibc.ibcChannelClose(s.f.ctx, s.contract, FIXTURES['channel_close_init']!));
    expect(attrs(closeEvents, 'wasm')[0]).toEqual({ _contract_address: s.contract, action: 'ibc_close', channel_id: 'channel-123' });
    expect(JSON.parse(dec.decode(s.f.keeper.querySmart(s.f.ctx, s.contract, { list_accounts: {} })))).toEqual({ accounts: [] });

    const [, ackEvents] = withEvents(s.f, () => s.ibc.ibcPacketAck(s.f.ctx, s.contract, FIXTURES['packet_ack_template']!));
    expect(findAttribute(ackEvents, 'wasm', 'action')).toBe('ibc_packet_ack');
    const timeout = { packet: (FIXTURES['packet_ack_template'] as { original_packet: unknown }).original_packet, relayer: 'relayer' };
    const [, timeoutEvents] = withEvents(s.f, () => s.ibc.ibcPacketTimeout(s.f.ctx, s.contract, timeout));
    expect(findAttribute(timeoutEvents, 'wasm', 'action')).toBe('ibc_packet_timeout');
  });

  test('errors of the other entry points throw', () => {
    const s = setup();
    expect(() => s.ibc.ibcPacketAck(s.f.ctx, s.contract, { relayer: 'r' })).toThrow(/Error parsing into type .*IbcPacketAckMsg.*: execute wasm contract failed/);
    expect(() => s.ibc.ibcChannelConnect(s.f.ctx, s.f.addr('nobody'), FIXTURES['channel_connect_ack']!)).toThrow(/no such contract/);
  });
});

describe('packets awaiting an asynchronous acknowledgement', () => {
  test('stored under the wasm store prefix 0x11 by destination port, channel and sequence', () => {
    const { f, ibc } = setup();
    const packet = Packet.fromPartial({
      sequence: 7n,
      sourcePort: 'transfer',
      sourceChannel: 'channel-9',
      destinationPort: 'wasm.x',
      destinationChannel: 'channel-1',
      data: Uint8Array.of(1, 2),
      timeoutHeight: { revisionNumber: 1n, revisionHeight: 100n },
      timeoutTimestamp: 5n,
    });
    ibc.storeAsyncAckPacket(f.ctx, packet);
    expect(ibc.loadAsyncAckPacket(f.ctx, 'wasm.x', 'channel-1', 7n)).toEqual(packet);
    expect(ibc.loadAsyncAckPacket(f.ctx, 'wasm.x', 'channel-1', 8n)).toBeUndefined();
    const keys = [...f.ctx.store(WASM_STORE).iterator(Uint8Array.of(KEY.asyncAck), Uint8Array.of(KEY.asyncAck + 1))].map(([k]) => Buffer.from(k).toString('hex'));
    // 0x11 ‖ "wasm.x" ‖ u32 len ‖ "channel-1" ‖ u64 sequence (wasmd's layout)
    expect(keys).toEqual(['11' + Buffer.from('wasm.x').toString('hex') + '00000009' + Buffer.from('channel-1').toString('hex') + '0000000000000007']);
    ibc.deleteAsyncAckPacket(f.ctx, 'wasm.x', 'channel-1', 7n);
    expect(ibc.loadAsyncAckPacket(f.ctx, 'wasm.x', 'channel-1', 7n)).toBeUndefined();
  });
});

describe('cw20_ics20.wasm', () => {
  test('exports the six IBC entry points and accepts only unordered ics20-1 channels', () => {
    const f = wasmFixture();
    const creator = f.addr('creator');
    const { codeId } = f.keeper.storeCode(f.ctx, creator, CW20_ICS20);
    const { address } = f.keeper.instantiate(f.ctx, { codeId, sender: creator, msg: { default_timeout: 600, gov_contract: creator, allowlist: [] }, label: 'ics20' });
    const port = `wasm.${address}`;
    expect(f.keeper.getContractInfo(f.ctx, address)!.ibcPortId).toBe(port);
    const ibc = new WasmIbcEntryPoints(f.keeper);
    const channel = (order: string, version: string) => ({
      open_init: { channel: { endpoint: { port_id: port, channel_id: 'channel-0' }, counterparty_endpoint: { port_id: 'transfer', channel_id: '' }, order, version, connection_id: 'connection-0' } },
    });
    expect(ibc.ibcChannelOpen(f.ctx, address, channel('ORDER_UNORDERED', 'ics20-1'))).toBeUndefined();
    expect(() => ibc.ibcChannelOpen(f.ctx, address, channel('ORDER_UNORDERED', 'ics20-2'))).toThrow('Only supports channel with ibc version ics20-1, got ics20-2: execute wasm contract failed');
    expect(() => ibc.ibcChannelOpen(f.ctx, address, channel('ORDER_ORDERED', 'ics20-1'))).toThrow('Only supports unordered channel: execute wasm contract failed');
  });
});
