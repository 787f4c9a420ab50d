/** CONFORMANCE.md §8 (ibc_reflect.wasm, entry-point level), §9 (ibc_callbacks.wasm), §10 (ibc2.wasm). */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Vm } from '../../src/index.js';
import type { EntryPoint } from '../../src/types.js';
import { addr, attrs, b64, contractError, CONTRACT, CREATOR, expectVmError, FIXTURES, Harness, loadWasm, mockEnv, mockInfo, unb64, VM_PROFILE } from '../testkit/conformance-corpus.js';

const IBC = FIXTURES.ibc;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const ibc = <T = any>(h: Harness, entry: EntryPoint, msg: unknown) => h.callJson<T>(entry, [h.env, msg]).value; // eslint-disable-line @typescript-eslint/no-explicit-any

// ---- ibc_reflect.wasm ------------------------------------------------------------------------

const ACCOUNT: string = FIXTURES.addr_make['acct-123'];

function packetRecv(data: unknown, channel = 'channel-123') {
  const msg = clone(IBC.packet_receive_template);
  msg.packet.data = b64(JSON.stringify(data));
  msg.packet.dest.channel_id = channel;
  return msg;
}

describe('ibc_reflect.wasm', () => {
  function fresh(): Harness {
    const h = new Harness('ibc_reflect');
    const res = h.instantiate(mockInfo(CREATOR), { reflect_code_id: 101 }).value;
    expect(res.messages).toEqual([]);
    expect(res.attributes).toEqual([{ key: 'action', value: 'instantiate' }]);
    return h;
  }

  /** open + connect + instantiate reply: the account for channel-123 exists */
  function connected(): Harness {
    const h = fresh();
    ibc(h, 'ibc_channel_open', IBC.channel_open_init);
    ibc(h, 'ibc_channel_connect', IBC.channel_connect_ack);
    h.reply(IBC.reply_after_connect);
    return h;
  }

  test('channel_open enforces ordering and version', () => {
    const h = fresh();
    expect(contractError(() => ibc(h, 'ibc_channel_open', IBC.channel_open_try_unordered))).toBe('Generic error: Only supports ordered channels');
    const badVersion = clone(IBC.channel_open_try_unordered);
    badVersion.open_try.channel.order = 'ORDER_ORDERED';
    badVersion.open_try.counterparty_version = 'reflect';
    expect(contractError(() => ibc(h, 'ibc_channel_open', badVersion))).toBe('Generic error: Counterparty version must be `ibc-reflect-v1`');
    expect(ibc(h, 'ibc_channel_open', IBC.channel_open_init)).toEqual({ version: 'ibc-reflect-v1' });
  });

  test('channel_connect -> instantiate SubMsg 7890 (reply on success), attributes, ibc event', () => {
    const h = fresh();
    const res = ibc(h, 'ibc_channel_connect', IBC.channel_connect_ack);
    expect(res.messages).toEqual([
      {
        id: 7890,
        payload: '',
        msg: { wasm: { instantiate: { admin: null, code_id: 101, msg: 'e30=', funds: [], label: 'ibc-reflect-channel-123' } } },
        gas_limit: null,
        reply_on: 'success',
      },
    ]);
    expect(res.attributes).toEqual([
      { key: 'action', value: 'ibc_connect' },
      { key: 'channel_id', value: 'channel-123' },
    ]);
    expect(res.events).toEqual([{ type: 'ibc', attributes: [{ key: 'channel', value: 'connect' }] }]);
    expect(h.query({ list_accounts: {} })).toEqual({ accounts: [] });
  });

  test('reply after connect registers the account; unknown reply id -> error', () => {
    const h = fresh();
    ibc(h, 'ibc_channel_connect', IBC.channel_connect_ack);
    const res = h.reply(IBC.reply_after_connect).value;
    expect(res.attributes).toEqual([{ key: 'action', value: 'execute_init_callback' }]);
    expect(h.query({ list_accounts: {} })).toEqual({ accounts: [{ account: ACCOUNT, channel_id: 'channel-123' }] });
    expect(h.query({ account: { channel_id: 'channel-123' } })).toEqual({ account: ACCOUNT });
    const unknown = { ...clone(IBC.reply_after_connect), id: 4242 };
    expect(contractError(() => h.reply(unknown))).toBe('Generic error: invalid reply id or result');
    const errResult = { id: 7890, payload: '', gas_used: 0, result: { error: 'instantiate failed' } };
    expect(contractError(() => h.reply(errResult))).toBe('Generic error: invalid reply id or result');
  });

  test('packet_receive before any account -> error ack, no messages, receive event', () => {
    const h = fresh();
    const res = ibc(h, 'ibc_packet_receive', packetRecv({ who_am_i: {} }));
    expect(unb64(res.acknowledgement)).toBe('{"error":"invalid packet: account channel-123 not found"}');
    expect(res.messages).toEqual([]);
    expect(res.events).toEqual([{ type: 'ibc', attributes: [{ key: 'packet', value: 'receive' }] }]);
  });

  test('who_am_i, dispatch, unparsable packet, return_err, no_ack, panic', () => {
    const h = connected();
    const who = ibc(h, 'ibc_packet_receive', packetRecv({ who_am_i: {} }));
    expect(unb64(who.acknowledgement)).toBe(`{"ok":{"account":"${ACCOUNT}"}}`);
    expect(attrs(who)).toMatchObject({ action: 'receive_who_am_i' });

    const msgs = [{ bank: { send: { to_address: addr('someone else'), amount: [{ denom: 'earth', amount: '5' }] } } }];
    const dispatch = ibc(h, 'ibc_packet_receive', packetRecv({ dispatch: { msgs } }));
    expect(unb64(dispatch.acknowledgement)).toBe('{"ok":null}');
    expect(dispatch.messages).toHaveLength(1);
    const sub = dispatch.messages[0];
    expect(sub.id).toBe(1234);
    expect(sub.reply_on).toBe('error');
    expect(sub.msg.wasm.execute.contract_addr).toBe(ACCOUNT);
    expect(sub.msg.wasm.execute.funds).toEqual([]);
    expect(JSON.parse(unb64(sub.msg.wasm.execute.msg))).toEqual({ reflect_msg: { msgs } });

    const bad = ibc(h, 'ibc_packet_receive', packetRecv({ reflect_code_id: 12345 }));
    expect(unb64(bad.acknowledgement)).toBe(
      '{"error":"invalid packet: Error parsing into type ibc_reflect::msg::PacketMsg: unknown variant `reflect_code_id`, expected one of `dispatch`, `who_am_i`, `balance`, `panic`, `return_err`, `return_msgs`, `no_ack` at line 1 column 18"}',
    );

    const boom = ibc(h, 'ibc_packet_receive', packetRecv({ return_err: { text: 'boom' } }));
    expect(unb64(boom.acknowledgement)).toBe('{"error":"invalid packet: Generic error: boom"}');

    const noAck = ibc(h, 'ibc_packet_receive', packetRecv({ no_ack: {} }));
    expect(noAck.acknowledgement).toBeNull();

    expectVmError(() => ibc(h, 'ibc_packet_receive', packetRecv({ panic: {} })), 'runtime');
  });

  test('async_ack execute -> ibc.write_acknowledgement SubMsg', () => {
    const h = connected();
    const res = h.execute(mockInfo(CREATOR), { async_ack: { channel_id: 'channel-123', packet_sequence: '27', ack: { data: 'e30=' } } }).value;
    expect(res.messages.map((m) => m.msg)).toEqual([
      { ibc: { write_acknowledgement: { channel_id: 'channel-123', packet_sequence: 27, ack: { data: 'e30=' } } } },
    ]);
  });

  test('channel_close removes the account; packet_ack / packet_timeout -> ok', () => {
    const h = connected();
    const close = ibc(h, 'ibc_channel_close', IBC.channel_close_init);
    expect(attrs(close)).toMatchObject({ action: 'ibc_close', channel_id: 'channel-123' });
    expect(h.query({ list_accounts: {} })).toEqual({ accounts: [] });

    const ack = ibc(h, 'ibc_packet_ack', IBC.packet_ack_template);
    expect(attrs(ack)).toMatchObject({ action: 'ibc_packet_ack' });
    const timeout = { packet: clone(IBC.packet_ack_template.original_packet), relayer: 'relayer' };
    const to = ibc(h, 'ibc_packet_timeout', timeout);
    expect(attrs(to)).toMatchObject({ action: 'ibc_packet_timeout' });
  });
});

// ---- ibc_callbacks.wasm ----------------------------------------------------------------------

describe('ibc_callbacks.wasm', () => {
  function setup(): Harness {
    const h = new Harness('ibc_callbacks');
    h.instantiate(mockInfo(CREATOR), {});
    return h;
  }
  const stats = (h: Harness) => h.query({ callback_stats: {} });

  test('transfer with exactly one coin -> ibc.transfer with timeout and callback memo', () => {
    const h = setup();
    const to = addr('someone else');
    for (const [type, memo] of [
      ['both', { src_callback: { address: CONTRACT }, dest_callback: { address: to } }],
      ['src', { src_callback: { address: CONTRACT } }],
      ['dst', { dest_callback: { address: to } }],
    ] as const) {
      const res = h.execute(mockInfo(CREATOR, [{ denom: 'uatom', amount: '100' }]), {
        transfer: { to_address: to, channel_id: 'channel-0', timeout_seconds: 60, callback_type: type },
      }).value;
      expect(attrs(res)).toEqual({ action: 'execute' });
      expect(res.messages).toHaveLength(1);
      const t = (res.messages[0]!.msg as any).ibc.transfer; // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(t.channel_id).toBe('channel-0');
      expect(t.to_address).toBe(to);
      expect(t.amount).toEqual({ denom: 'uatom', amount: '100' });
      expect(t.timeout).toEqual({ block: null, timestamp: (BigInt(mockEnv().block.time) + 60_000_000_000n).toString() });
      expect(JSON.parse(t.memo)).toEqual(memo);
    }
    for (const funds of [[], [{ denom: 'a', amount: '1' }, { denom: 'b', amount: '1' }], [{ denom: 'a', amount: '0' }]]) {
      expect(
        contractError(() =>
          h.execute(mockInfo(CREATOR, funds), { transfer: { to_address: to, channel_id: 'channel-0', timeout_seconds: 60, callback_type: 'both' } }),
        ),
      ).toBe('Generic error: Must send exactly one denom to trigger ics-20 transfer');
    }
  });

  test('source callbacks (ack, timeout) and destination callback are recorded', () => {
    const h = setup();
    expect(stats(h)).toEqual({ ibc_ack_callbacks: [], ibc_timeout_callbacks: [], ibc_destination_callbacks: [] });
    const ackMsg = clone(IBC.packet_ack_template);
    ibc(h, 'ibc_source_callback', { acknowledgement: ackMsg });
    let s = stats(h);
    expect(s.ibc_ack_callbacks).toHaveLength(1);
    expect(s.ibc_timeout_callbacks).toHaveLength(0);
    expect(s.ibc_ack_callbacks[0].original_packet.sequence).toBe(29);
    ibc(h, 'ibc_source_callback', { timeout: { packet: clone(IBC.packet_ack_template.original_packet), relayer: 'relayer' } });
    s = stats(h);
    expect(s.ibc_ack_callbacks).toHaveLength(1);
    expect(s.ibc_timeout_callbacks).toHaveLength(1);
    const packet = clone(IBC.packet_receive_template.packet);
    packet.data = 'e30=';
    ibc(h, 'ibc_destination_callback', { packet, ack: { data: 'e30=' }, transfer: null });
    s = stats(h);
    expect(s.ibc_destination_callbacks).toHaveLength(1);
    expect(s.ibc_destination_callbacks[0].ack).toEqual({ data: 'e30=' });
  });
});

// ---- ibc2.wasm -------------------------------------------------------------------------------

describe('ibc2.wasm (capability ibc2)', () => {
  const payload = (value: unknown) => ({
    source_port: 'wasm2srcport',
    destination_port: 'wasm2destport',
    version: 'v2',
    encoding: 'json',
    value: typeof value === 'string' ? value : b64(JSON.stringify(value)),
  });
  const DATA = { response_without_ack: false, send_async_ack_for_prev_msg: false };

  test('rejected without the ibc2 capability', () => {
    const vm = new Vm({ ...VM_PROFILE, capabilities: ['iterator', 'staking', 'stargate', 'cosmwasm_1_1', 'cosmwasm_1_2', 'cosmwasm_1_3', 'cosmwasm_1_4', 'cosmwasm_2_0', 'cosmwasm_2_1', 'cosmwasm_2_2'] });
    expectVmError(() => vm.storeCode(loadWasm('ibc2')), 'static_validation', 'Wasm contract requires unavailable capabilities: {"ibc2"}');
  });

  test('instantiate, receive / ack / timeout / send -> ok; query_state counts', () => {
    const h = new Harness('ibc2');
    h.instantiate(mockInfo(CREATOR), {});
    const recv = ibc(h, 'ibc2_packet_receive', {
      payload: payload(DATA),
      relayer: 'relayer',
      source_client: 'channel_id23',
      destination_client: 'destination-client-id',
      packet_sequence: 42,
    });
    expect(attrs(recv)).toEqual({ action: 'handle_increment' });
    expect(recv.acknowledgement).not.toBeNull();
    expect(recv.messages).toHaveLength(1);
    expect(recv.messages[0].msg.ibc2.send_packet.source_client).toBe('channel_id23');
    ibc(h, 'ibc2_packet_ack', {
      source_client: 'source_id23',
      destination_client: 'channel_id23',
      data: payload(DATA),
      acknowledgement: '',
      relayer: 'relayer',
    });
    ibc(h, 'ibc2_packet_timeout', {
      payload: payload(b64('arbitrary bytes')),
      source_client: 'source_client',
      destination_client: 'destination_client',
      packet_sequence: 1,
      relayer: 'relayer',
    });
    ibc(h, 'ibc2_packet_send', {
      payload: payload(DATA),
      source_client: 'source_client',
      destination_client: 'destination_client',
      packet_sequence: 1,
      signer: 'signer_contract',
    });
    const state = h.query({ query_state: {} });
    expect(state).toMatchObject({
      ibc2_packet_ack_counter: 1,
      ibc2_packet_receive_counter: 1,
      ibc2_packet_timeout_counter: 1,
      last_source_client: 'channel_id23',
      last_packet_seq: 42,
    });
    expect(state.last_packet_sent.signer).toBe('signer_contract');
  });
});
