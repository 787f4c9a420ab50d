/**
 * The converter's six IBC entry points, called directly through the runtime (mock backend, spec §7):
 * the handshake's checks (OpenInit only, unordered, `mesh-security` version negotiation), the
 * validator set announced on OpenAck, provider packets turned into virtual-staking calls with
 * price × discount, error acks reported and timed-out packets re-sent. The two-chain flows with a
 * real relayer live in the mesh flow suites.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { MsgInstantiateContractResponse } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { Vm } from '../../runtime/src/index.js';
import type { EntryPoint } from '../../runtime/src/types.js';
import { mockBackend, mockEnv, mockInfo, addrMake, MOCK_CONTRACT_ADDR, type MockBackend } from '../../runtime/src/testkit/index.js';
import { meshWasm } from './mesh/testkit/index.js';

const STAKE = 'ustake';
const FEED = addrMake('feed');
const VIRT = addrMake('virtual-staking');
const ADMIN = addrMake('admin');
const VALS = ['cosmwasmvaloper1aaa', 'cosmwasmvaloper1bbb'];
const te = new TextEncoder();
const td = new TextDecoder();
const b64 = (s: string) => Buffer.from(te.encode(s)).toString('base64');
const unb64 = (s: string) => JSON.parse(Buffer.from(s, 'base64').toString('utf8')) as unknown;

let wasm: Uint8Array;
before(async () => {
  wasm = await meshWasm('converter');
});

/* eslint-disable @typescript-eslint/no-explicit-any */
class Converter {
  readonly vm = new Vm({});
  readonly checksum: string;
  readonly backend: MockBackend;
  price = '0.5';
  env = mockEnv();
  constructor() {
    this.checksum = this.vm.storeCode(wasm).checksum;
    this.backend = mockBackend({
      querier: { staking: { denom: STAKE, validators: VALS.map((address) => ({ address, commission: '0', max_commission: '0', max_change_rate: '0' })) } },
    });
    this.backend.querier.setSmartHandler((contract) => {
      if (contract !== FEED) return { error: { no_such_contract: { addr: contract } } } as any;
      if (this.price === 'fail') return { ok: { error: 'Price data are outdated' } } as any;
      return { ok: { ok: te.encode(JSON.stringify({ native_per_foreign: this.price })) } } as any;
    });
  }
  ctx() {
    return { backend: this.backend, gasLimit: 2_000_000_000 };
  }
  instantiate(msg: object): any {
    return this.vm.instantiate(this.checksum, this.env, mockInfo(ADMIN), msg, this.ctx()).value;
  }
  /** The reply the chain gives after virtual-staking's instantiation. */
  instantiated(): any {
    const data = Buffer.from(MsgInstantiateContractResponse.encode({ address: VIRT, data: new Uint8Array() }).finish()).toString('base64');
    const reply = { id: 1, payload: '', gas_used: 0, result: { ok: { events: [], data, msg_responses: [] } } };
    return this.vm.reply(this.checksum, this.env, reply, this.ctx()).value;
  }
  call(entry: EntryPoint, msg: object): any {
    return this.vm.callJson(this.checksum, entry, [this.env, msg] as object[], this.ctx()).value;
  }
  execute(sender: string, msg: object, funds: { denom: string; amount: string }[] = []): any {
    return this.vm.execute(this.checksum, this.env, mockInfo(sender, funds), msg, this.ctx()).value;
  }
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    const x = e as { contractMessage?: string; message: string };
    return x.contractMessage ?? x.message;
  }
  throw new Error('expected the call to fail');
}

const channel = (version: string, order = 'ORDER_UNORDERED') => ({
  endpoint: { port_id: `wasm.${MOCK_CONTRACT_ADDR}`, channel_id: 'channel-7' },
  counterparty_endpoint: { port_id: 'wasm.provider', channel_id: 'channel-3' },
  order,
  version,
  connection_id: 'connection-0',
});
const V = (version: string, protocol = 'mesh-security') => JSON.stringify({ protocol, version });
const packet = (data: unknown, sequence = 1) => ({
  data: b64(JSON.stringify(data)),
  src: { port_id: 'wasm.provider', channel_id: 'channel-3' },
  dest: { port_id: `wasm.${MOCK_CONTRACT_ADDR}`, channel_id: 'channel-7' },
  sequence,
  timeout: { block: null, timestamp: '1700000000000000000' },
});

function fresh(discount = '0.1'): Converter {
  const c = new Converter();
  const res = c.instantiate({ price_feed: FEED, discount, remote_denom: 'uosmo', virtual_staking_code_id: 2, admin: ADMIN });
  expect(res.messages[0].msg.wasm.instantiate.label).toBe('Virtual Staking: uosmo');
  expect(res.messages[0].msg.wasm.instantiate.admin).toBe(ADMIN);
  c.instantiated();
  return c;
}

function connected(): Converter {
  const c = fresh();
  c.call('ibc_channel_open', { open_init: { channel: channel('') } });
  c.call('ibc_channel_connect', { open_ack: { channel: channel(V('0.11.0')), counterparty_version: V('0.11.0') } });
  return c;
}

describe('mesh converter: control channel handshake', () => {
  test('OpenInit proposes mesh-security 0.11.0 when no version is given; OpenTry is refused', () => {
    const c = fresh();
    expect(c.call('ibc_channel_open', { open_init: { channel: channel('') } })).toEqual({ version: V('0.11.0') });
    expect(errorOf(() => c.call('ibc_channel_open', { open_try: { channel: channel(V('0.11.0')), counterparty_version: V('0.11.0') } }))).toContain("doesn't support OpenTry");
  });

  test('version negotiation: protocol, too old, too new major, newer minor answered with ours, unknown fields tolerated', () => {
    const c = fresh();
    const open = (v: string, order?: string) => c.call('ibc_channel_open', { open_init: { channel: channel(v, order) } });
    expect(errorOf(() => open(V('0.11.0', 'ics20-1')))).toContain('Invalid protocol ics20-1');
    expect(errorOf(() => open(V('0.10.0')))).toContain('too old');
    expect(errorOf(() => open(V('1.0.0')))).toContain('too new');
    expect(errorOf(() => open(V('0.11.0'), 'ORDER_ORDERED'))).toContain('only unordered channels are supported');
    expect(open(V('0.12.3'))).toEqual({ version: V('0.11.0') });
    expect(open(JSON.stringify({ protocol: 'mesh-security', version: '0.11.0', extra: 1 }))).toEqual({ version: V('0.11.0') });
  });

  test('OpenAck: any version above ours is too new; on success the validator set is announced', () => {
    const c = fresh();
    expect(errorOf(() => c.call('ibc_channel_connect', { open_ack: { channel: channel(V('0.11.1')), counterparty_version: V('0.11.1') } }))).toContain('too new');
    const res = c.call('ibc_channel_connect', { open_ack: { channel: channel(V('0.11.0')), counterparty_version: V('0.11.0') } });
    const send = res.messages[0].msg.ibc.send_packet;
    expect(send.channel_id).toBe('channel-7');
    const p = unb64(send.data) as any;
    expect(p.valset_update.additions).toEqual(VALS.map((valoper) => ({ valoper, pub_key: 'TODO' })));
    expect(p.valset_update.height).toBe(c.env.block.height);
    // a second channel is refused
    expect(errorOf(() => c.call('ibc_channel_open', { open_init: { channel: channel('') } }))).toContain('already open');
    expect(errorOf(() => c.call('ibc_channel_close', { close_init: { channel: channel(V('0.11.0')) } }))).toContain('cannot be closed');
  });
});

describe('mesh converter: packets', () => {
  const receive = (c: Converter, data: unknown) => c.call('ibc_packet_receive', { packet: packet(data), relayer: addrMake('relayer') });

  test('stake and unstake become virtual-staking bond/unbond of price × discount (upstream numbers)', () => {
    const c = connected();
    const res = receive(c, { stake: { validator: VALS[0], stake: { denom: 'uosmo', amount: '50000000' }, tx_id: 1 } });
    expect(unb64(res.acknowledgement)).toEqual({ result: b64('{}') });
    expect(res.messages[0].msg.wasm.execute.contract_addr).toBe(VIRT);
    // normalize(50_000_000) at price 0.5, discount 0.1 = 22_500_000
    expect(unb64(res.messages[0].msg.wasm.execute.msg)).toEqual({ bond: { validator: VALS[0], amount: { denom: STAKE, amount: '22500000' } } });
    const un = receive(c, { unstake: { validator: VALS[0], unstake: { denom: 'uosmo', amount: '1000' }, tx_id: 2 } });
    expect(unb64(un.messages[0].msg.wasm.execute.msg)).toEqual({ unbond: { validator: VALS[0], amount: { denom: STAKE, amount: '450' } } });
    const burn = receive(c, { burn: { validators: VALS, burn: { denom: 'uosmo', amount: '100' } } });
    expect(unb64(burn.messages[0].msg.wasm.execute.msg)).toEqual({ burn: { validators: VALS, amount: { denom: STAKE, amount: '45' } } });
  });

  test('a wrong denom or a failing price feed fails the receive (the host writes an error ack)', () => {
    const c = connected();
    expect(errorOf(() => receive(c, { stake: { validator: VALS[0], stake: { denom: 'uatom', amount: '5' }, tx_id: 1 } }))).toContain('Sent wrong denom over IBC: uatom, expected uosmo');
    c.price = 'fail';
    expect(errorOf(() => receive(c, { stake: { validator: VALS[0], stake: { denom: 'uosmo', amount: '5' }, tx_id: 1 } }))).toContain('Price data are outdated');
  });

  test('transfer_rewards pays the recipient from the converter, in the local denom only', () => {
    const c = connected();
    const to = addrMake('staker');
    const res = receive(c, { transfer_rewards: { rewards: { denom: STAKE, amount: '77' }, recipient: to, tx_id: 3 } });
    expect(res.messages[0].msg.bank.send).toEqual({ to_address: to, amount: [{ denom: STAKE, amount: '77' }] });
    expect(errorOf(() => receive(c, { transfer_rewards: { rewards: { denom: 'uosmo', amount: '77' }, recipient: to, tx_id: 4 } }))).toContain('wrong denom');
  });

  test('valset slashes go to the provider inverted (a unit lost, as upstream); rewards as one batch', () => {
    const c = connected();
    const slashed = [{ address: VALS[0], infraction_height: 4, infraction_time: 90, power: 100, slash_amount: { denom: STAKE, amount: '22500000' }, slash_ratio: '0.1' }];
    const res = c.execute(VIRT, { valset_update: { slashed, tombstoned: [VALS[0]] } });
    const p = unb64(res.messages[0].msg.ibc.send_packet.data) as any;
    expect(p.valset_update.slashed[0].slash_amount).toEqual({ denom: 'uosmo', amount: '49999999' });
    expect(p.valset_update.tombstoned).toEqual([VALS[0]]);
    const rew = c.execute(VIRT, { distribute_rewards: { payments: [{ validator: VALS[0], reward: '7' }, { validator: VALS[1], reward: '3' }] } }, [{ denom: STAKE, amount: '10' }]);
    expect(unb64(rew.messages[0].msg.ibc.send_packet.data)).toEqual({ distribute_batch: { rewards: [{ validator: VALS[0], reward: '7' }, { validator: VALS[1], reward: '3' }], denom: STAKE } });
  });

  test('an error ack is reported as mesh_ibc_error; a timeout re-sends the same data', () => {
    const c = connected();
    const original = packet({ distribute_batch: { rewards: [], denom: STAKE } }, 9);
    const ack = c.call('ibc_packet_ack', { acknowledgement: { data: b64(JSON.stringify({ error: 'boom' })) }, original_packet: original, relayer: addrMake('relayer') });
    expect(ack.events).toEqual([{ type: 'mesh_ibc_error', attributes: [{ key: 'error', value: 'boom' }, { key: 'channel', value: 'channel-3' }, { key: 'sequence', value: '9' }] }]);
    const okAck = c.call('ibc_packet_ack', { acknowledgement: { data: b64(JSON.stringify({ result: b64('{}') })) }, original_packet: original, relayer: addrMake('relayer') });
    expect(okAck.events).toEqual([]);
    const to = c.call('ibc_packet_timeout', { packet: original, relayer: addrMake('relayer') });
    const resend = to.messages[0].msg.ibc.send_packet;
    expect(resend.data).toBe(original.data);
    expect(resend.channel_id).toBe('channel-7');
  });
});
