import { describe, test } from 'node:test';
import { expect } from 'expect';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import * as Q from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { MsgStoreCode, MsgStoreCodeResponse } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { loadTestdata } from '../../../runtime/test/testkit/shared-testdata.js';
import { ChainError } from '../../kernel/errors.js';
import { event, findAttribute } from '../../kernel/events.js';
import { BasicGasMeter } from '../../store/gaskv.js';
import { OutOfGasError } from '../../store/errors.js';
import { coin } from '../../types/coins.js';
import { wasmFixture, type WasmFixture } from './testkit.js';

const HACKATOM = loadTestdata('cosmwasm/hackatom.wasm');
const HACKATOM_13 = loadTestdata('cosmwasm/hackatom_1.3.wasm');
const REFLECT = loadTestdata('cosmwasm/reflect.wasm');
const REPLIER = loadTestdata('cosmwasm/replier.wasm');
const QUEUE = loadTestdata('cosmwasm/queue.wasm');
const CW20_BASE = loadTestdata('cw-plus/cw20_base.wasm');

const dec = new TextDecoder();
const json = (b: Uint8Array | undefined) => JSON.parse(dec.decode(b));
const hex = (b: Uint8Array | undefined) => Buffer.from(b ?? new Uint8Array()).toString('hex');
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');

function setupHackatom(f: WasmFixture) {
  const creator = f.addr('creator');
  const verifier = f.addr('verifies');
  const beneficiary = f.addr('benefits');
  f.bank.initBalance(f.ctx, creator, [coin(5000, 'earth')]);
  f.auth.ensureAccount(f.ctx, creator);
  const { codeId } = f.keeper.storeCode(f.ctx, creator, HACKATOM);
  const before = f.ctx.events.events.length;
  const { address } = f.keeper.instantiate(f.ctx, { codeId, sender: creator, admin: creator, msg: { verifier, beneficiary }, funds: [coin(1000, 'earth')], label: 'hackatom' });
  const events = f.ctx.events.events.slice(before);
  return { creator, verifier, beneficiary, codeId, address, events };
}

describe('addresses', () => {
  test('classic address of code 1 instance 1 is wasmd\'s well-known first contract', async () => {
    const { buildContractAddressClassic } = await import('./addresses.js');
    const f = wasmFixture();
    expect(f.codec.encode(buildContractAddressClassic(1n, 1n))).toBe('wasm14hj2tavq8fpesdwxxcu44rty3hh90vhujrvcmstl4zr3txmfvw9s0phg4d');
  });
  test('instantiate2 address matches cosmwasm-std instantiate2_address vector', async () => {
    const { buildContractAddressPredictable } = await import('./addresses.js');
    const checksum = Buffer.from('13a1fc994cc6d1c81b746ee0c0ff6f90043875e0bf1d9be6b7d779fc978dc2a5', 'hex');
    const creator = Buffer.from('9999999999aaaaaaaaaabbbbbbbbbbcccccccccc', 'hex');
    const a = buildContractAddressPredictable(checksum, creator, Uint8Array.of(0x61), new Uint8Array());
    expect(hex(a)).toBe('5e865d3e45ad3e961f77fd77d46543417ced44d924dc3e079b5415ff6775f847');
  });
  test('MsgInstantiateContract2 creates the predicted address; the same salt twice is a duplicate', () => {
    const f = wasmFixture();
    const creator = f.addr('creator');
    const { codeId, checksum } = f.keeper.storeCode(f.ctx, creator, HACKATOM);
    const salt = new TextEncoder().encode('salty');
    const msg = { verifier: creator, beneficiary: creator };
    const predicted = f.keeper.predictAddress(checksum, creator, salt, undefined);
    const { address } = f.keeper.instantiate(f.ctx, { codeId, sender: creator, msg, label: 'i2', salt });
    expect(address).toBe(predicted);
    expect(() => f.keeper.instantiate(f.ctx, { codeId, sender: creator, msg, label: 'i2', salt })).toThrow(/contract address already exists/);
  });
});

describe('hackatom with bank funds', () => {
  test('store_code and instantiate events, contract funded, info and history', () => {
    const f = wasmFixture();
    const before = f.ctx.events.events.length;
    const { codeId, address, creator, events } = setupHackatom(f);
    expect(codeId).toBe(1n);
    const store = f.ctx.events.events.slice(0, before + 10).find((e) => e.type === 'store_code')!;
    expect(store.attributes.slice(0, 2).map((a) => a.key)).toEqual(['code_checksum', 'code_id']);
    // hackatom.wasm requires cosmwasm_1_1 … cosmwasm_2_2: one attribute each
    expect(store.attributes.slice(2).map((a) => a.value)).toEqual(['cosmwasm_1_1', 'cosmwasm_1_2', 'cosmwasm_1_3', 'cosmwasm_1_4', 'cosmwasm_2_0', 'cosmwasm_2_1', 'cosmwasm_2_2']);
    expect(findAttribute(events, 'instantiate', '_contract_address')).toBe(address);
    expect(findAttribute(events, 'instantiate', 'code_id')).toBe('1');
    const wasm = events.find((e) => e.type === 'wasm')!;
    expect(wasm.attributes.map((a) => [a.key, a.value])).toEqual([
      ['_contract_address', address],
      ['Let the', 'hacking begin'],
    ]);
    expect(f.bank.getBalance(f.ctx, address, 'earth').amount).toBe(1000n);
    expect(f.bank.getBalance(f.ctx, creator, 'earth').amount).toBe(4000n);
    const info = f.keeper.getContractInfo(f.ctx, address)!;
    expect(info.codeId).toBe(1n);
    expect(info.admin).toBe(creator);
    expect(f.keeper.getContractHistory(f.ctx, address).map((h) => [h.operation, h.codeId])).toEqual([[1, 1n]]);
    expect(json(f.keeper.queryRaw(f.ctx, address, new TextEncoder().encode('config')))).toEqual({ verifier: f.addr('verifies'), beneficiary: f.addr('benefits'), funder: creator });
  });

  test('release by the verifier sends the balance to the beneficiary and returns F00BAA', () => {
    const f = wasmFixture();
    const { address, verifier, beneficiary } = setupHackatom(f);
    const before = f.ctx.events.events.length;
    const data = f.keeper.execute(f.ctx, { contract: address, sender: verifier, msg: { release: { denom: 'earth' } } });
    expect(hex(data)).toBe('f00baa');
    expect(f.bank.getBalance(f.ctx, beneficiary, 'earth').amount).toBe(1000n);
    expect(f.bank.getBalance(f.ctx, address, 'earth').amount).toBe(0n);
    const evs = f.ctx.events.events.slice(before);
    expect(evs.map((e) => e.type)).toEqual(['execute', 'wasm', 'wasm-hackatom', 'coin_spent', 'coin_received', 'transfer']);
    expect(findAttribute(evs, 'wasm-hackatom', 'action')).toBe('release');
  });

  test('release by anyone else fails with the contract error and changes nothing', () => {
    const f = wasmFixture();
    const { address, creator } = setupHackatom(f);
    let err: unknown;
    try {
      f.keeper.execute(f.ctx, { contract: address, sender: creator, msg: { release: { denom: 'earth' } }, funds: [coin(15, 'earth')] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ChainError);
    expect((err as ChainError).codespace).toBe('wasm');
    expect((err as ChainError).code).toBe(5);
    expect((err as Error).message).toBe('Unauthorized: execute wasm contract failed');
    // the 15 earth sent with the call are rolled back too
    expect(f.bank.getBalance(f.ctx, creator, 'earth').amount).toBe(4000n);
    expect(f.bank.getBalance(f.ctx, address, 'earth').amount).toBe(1000n);
  });

  test('sudo steal_funds sends the coins (privileged entry)', () => {
    const f = wasmFixture();
    const { address } = setupHackatom(f);
    const thief = f.addr('thief');
    f.keeper.sudo(f.ctx, address, { steal_funds: { recipient: thief, amount: [{ denom: 'earth', amount: '700' }] } });
    expect(f.bank.getBalance(f.ctx, thief, 'earth').amount).toBe(700n);
  });

  test('panic is a VM error (wasm code 29); cpu_loop runs the SDK meter out of gas', () => {
    const f = wasmFixture();
    const { address, creator } = setupHackatom(f);
    expect(() => f.keeper.execute(f.ctx, { contract: address, sender: creator, msg: { panic: {} } })).toThrow(/This page intentionally faulted.*wasmvm error/s);
    const limited = f.ctx.withGasMeter(new BasicGasMeter(1_000_000));
    expect(() => f.keeper.execute(limited, { contract: address, sender: creator, msg: { cpu_loop: {} } })).toThrow(OutOfGasError);
    expect(limited.gasMeter.consumed).toBeGreaterThanOrEqual(1_000_000);
  });

  test('gas: instantiate charges instance cost + VM gas / 140 000 + KV gas', () => {
    const f = wasmFixture();
    const creator = f.addr('creator');
    const { codeId } = f.keeper.storeCode(f.ctx, creator, HACKATOM);
    const meter = new BasicGasMeter(10_000_000);
    f.keeper.instantiate(f.ctx.withGasMeter(meter), { codeId, sender: creator, msg: { verifier: creator, beneficiary: creator }, label: 'x' });
    // 60 000 set-up + VM gas (~18M CosmWasm gas ≈ 128 SDK gas) + storage and bookkeeping
    expect(meter.consumed).toBeGreaterThan(60_000);
    expect(meter.consumed).toBeLessThan(120_000);
  });

  test('message_loop recurses through submessages until the call depth limit (100)', () => {
    const f = wasmFixture();
    const { address, creator } = setupHackatom(f);
    expect(() => f.keeper.execute(f.ctx, { contract: address, sender: creator, msg: { message_loop: {} } })).toThrow(/max call depth exceeded/);
    // depth 3: three nested dispatches run, the fourth is refused (each level wraps the error once)
    const g = wasmFixture({ maxCallDepth: 3 });
    const h = setupHackatom(g);
    expect(() => g.keeper.execute(g.ctx, { contract: h.address, sender: h.creator, msg: { message_loop: {} } })).toThrow(/^(submessages: ){4}max call depth exceeded$/);
  });

  test('query recurse depth 100 fails after 10 nested levels with query wasm contract failed', () => {
    const f = wasmFixture();
    const { address } = setupHackatom(f);
    expect(json(f.keeper.querySmart(f.ctx, address, { verifier: {} }))).toEqual({ verifier: f.addr('verifies') });
    const ok = json(f.keeper.querySmart(f.ctx, address, { recurse: { depth: 3, work: 1 } }));
    expect(typeof ok.hashed).toBe('string');
    expect(() => f.keeper.querySmart(f.ctx, address, { recurse: { depth: 100, work: 1 } })).toThrow(/query wasm contract failed/);
    expect(() => f.keeper.querySmart(f.ctx, address, { recurse: { depth: 9, work: 0 } })).not.toThrow();
    expect(() => f.keeper.querySmart(f.ctx, address, { recurse: { depth: 10, work: 0 } })).toThrow(/query wasm contract failed/);
  });
});

describe('migrate and admin', () => {
  test('admin migrates; non-admin refused; after clear admin only the authority may migrate', () => {
    const f = wasmFixture();
    const creator = f.addr('creator');
    const { codeId: old13 } = f.keeper.storeCode(f.ctx, creator, HACKATOM_13);
    const { codeId: code2 } = f.keeper.storeCode(f.ctx, creator, HACKATOM);
    const { address } = f.keeper.instantiate(f.ctx, { codeId: old13, sender: creator, admin: creator, msg: { verifier: creator, beneficiary: creator }, label: 'h' });
    const newVerifier = f.addr('new verifier');
    expect(() => f.keeper.migrate(f.ctx, { contract: address, sender: f.addr('stranger'), codeId: code2, msg: { verifier: newVerifier } })).toThrow(/can not migrate: unauthorized/);
    // 1.3 (migrate version 42) → 2.2-era hackatom (420): migrate(env, msg, {old_migrate_version: 42}) runs
    const before = f.ctx.events.events.length;
    f.keeper.migrate(f.ctx, { contract: address, sender: creator, codeId: code2, msg: { verifier: newVerifier } });
    expect(f.ctx.events.events.slice(before)[0]!.attributes.map((a) => [a.key, a.value])).toEqual([['code_id', '2'], ['_contract_address', address]]);
    expect(json(f.keeper.querySmart(f.ctx, address, { verifier: {} }))).toEqual({ verifier: newVerifier });
    expect(f.keeper.getContractInfo(f.ctx, address)!.codeId).toBe(code2);
    expect(f.keeper.getContractHistory(f.ctx, address).map((h) => [h.operation, h.codeId])).toEqual([[1, 1n], [2, 2n]]);
    // same migrate version on both sides (420 → 420): the contract's migrate is skipped, the code id still changes
    const { codeId: code3 } = f.keeper.storeCode(f.ctx, creator, HACKATOM);
    f.keeper.migrate(f.ctx, { contract: address, sender: creator, codeId: code3, msg: { verifier: creator } });
    expect(json(f.keeper.querySmart(f.ctx, address, { verifier: {} }))).toEqual({ verifier: newVerifier });
    f.keeper.clearAdmin(f.ctx, address, creator);
    expect(f.keeper.getContractInfo(f.ctx, address)!.admin).toBe('');
    expect(() => f.keeper.migrate(f.ctx, { contract: address, sender: creator, codeId: old13, msg: { verifier: creator } })).toThrow(/unauthorized/);
    // the authority may modify any contract; 1.3's migrate takes two arguments
    f.keeper.migrate(f.ctx, { contract: address, sender: f.authority, codeId: old13, msg: { verifier: creator } });
    expect(json(f.keeper.querySmart(f.ctx, address, { verifier: {} }))).toEqual({ verifier: creator });
    const byCode = (codeId: bigint) =>
      Q.QueryContractsByCodeResponse.decode(f.queryRouter.get('/cosmwasm.wasm.v1.Query/ContractsByCode')!(f.ctx, Q.QueryContractsByCodeRequest.encode({ codeId }).finish())).contracts;
    expect(byCode(old13)).toEqual([address]);
    expect(byCode(code2)).toEqual([]);
  });

  test('a failing migrate changes nothing', () => {
    const f = wasmFixture();
    const { address, creator } = setupHackatom(f);
    const { codeId: c13 } = f.keeper.storeCode(f.ctx, creator, HACKATOM_13);
    const { codeId: c2 } = f.keeper.storeCode(f.ctx, creator, HACKATOM);
    f.keeper.migrate(f.ctx, { contract: address, sender: creator, codeId: c13, msg: { verifier: creator } });
    // hackatom (420) refuses to migrate from a contract whose version is ≥ 420 — here 42, so make it fail on the message instead
    expect(() => f.keeper.migrate(f.ctx, { contract: address, sender: creator, codeId: c2, msg: { nope: 1 } })).toThrow(/migrate wasm contract failed/);
    expect(f.keeper.getContractInfo(f.ctx, address)!.codeId).toBe(c13);
    expect(f.keeper.getContractHistory(f.ctx, address)).toHaveLength(2);
  });
});

describe('reflect: bank messages, submessages and replies', () => {
  function setupReflect(f: WasmFixture) {
    const owner = f.addr('owner');
    f.bank.initBalance(f.ctx, owner, [coin(1000, 'ucosm')]);
    const { codeId } = f.keeper.storeCode(f.ctx, owner, REFLECT);
    const { address } = f.keeper.instantiate(f.ctx, { codeId, sender: owner, msg: {}, funds: [coin(500, 'ucosm')], label: 'reflect' });
    return { owner, address };
  }

  test('reflect_msg dispatches a bank send from the contract', () => {
    const f = wasmFixture();
    const { owner, address } = setupReflect(f);
    const to = f.addr('friend');
    f.keeper.execute(f.ctx, { contract: address, sender: owner, msg: { reflect_msg: { msgs: [{ bank: { send: { to_address: to, amount: [{ denom: 'ucosm', amount: '120' }] } } }] } } });
    expect(f.bank.getBalance(f.ctx, to, 'ucosm').amount).toBe(120n);
    expect(f.bank.getBalance(f.ctx, address, 'ucosm').amount).toBe(380n);
  });

  test('a failing submessage rolls back only its branch and its reply sees the redacted error', () => {
    const f = wasmFixture();
    const { owner, address } = setupReflect(f);
    const to = f.addr('friend');
    const send = (amount: string) => ({ bank: { send: { to_address: to, amount: [{ denom: 'ucosm', amount }] } } });
    f.keeper.execute(f.ctx, {
      contract: address,
      sender: owner,
      msg: {
        reflect_sub_msg: {
          msgs: [
            { id: 1, msg: send('100'), gas_limit: null, reply_on: 'never' },
            { id: 7, msg: send('100000'), gas_limit: null, reply_on: 'error' },
          ],
        },
      },
    });
    expect(f.bank.getBalance(f.ctx, to, 'ucosm').amount).toBe(100n);
    const r = json(f.keeper.querySmart(f.ctx, address, { sub_msg_result: { id: 7 } }));
    expect(r.id).toBe(7);
    expect(r.result).toEqual({ error: 'codespace: sdk, code: 5' });
  });

  test('reply_on success gets the events of a wasm submessage with sorted attributes', () => {
    const f = wasmFixture();
    const { owner, address } = setupReflect(f);
    const bob = f.addr('bob');
    const { codeId } = f.keeper.storeCode(f.ctx, owner, CW20_BASE);
    const { address: token } = f.keeper.instantiate(f.ctx, {
      codeId,
      sender: owner,
      msg: { name: 'Cash Token', symbol: 'CASH', decimals: 6, initial_balances: [{ address, amount: '1000' }], mint: null, marketing: null },
      label: 'cash',
    });
    const transfer = { wasm: { execute: { contract_addr: token, msg: b64({ transfer: { recipient: bob, amount: '25' } }), funds: [] } } };
    f.keeper.execute(f.ctx, { contract: address, sender: owner, msg: { reflect_sub_msg: { msgs: [{ id: 3, msg: transfer, gas_limit: null, reply_on: 'success' }] } } });
    const r = json(f.keeper.querySmart(f.ctx, address, { sub_msg_result: { id: 3 } }));
    expect(r.result.ok.events.map((e: { type: string }) => e.type)).toEqual(['execute', 'wasm']);
    expect(r.result.ok.events[1].attributes.map((a: { key: string }) => a.key)).toEqual(['_contract_address', 'action', 'amount', 'from', 'to']);
    expect(r.result.ok.msg_responses).toEqual([{ type_url: '/cosmwasm.wasm.v1.MsgExecuteContractResponse', value: '' }]);
    expect(r.result.ok.data).toBe(null);
    expect(json(f.keeper.querySmart(f.ctx, token, { balance: { address: bob } }))).toEqual({ balance: '25' });
  });

  test('out of gas in a submessage with gas_limit: the whole limit is charged, the reply gets sdk code 11', () => {
    const f = wasmFixture();
    const { owner, address } = setupReflect(f);
    const { address: hack } = setupHackatom(f);
    const loop = { wasm: { execute: { contract_addr: hack, msg: b64({ cpu_loop: {} }), funds: [] } } };
    const meter = new BasicGasMeter(5_000_000);
    f.keeper.execute(f.ctx.withGasMeter(meter), { contract: address, sender: owner, msg: { reflect_sub_msg: { msgs: [{ id: 9, msg: loop, gas_limit: 300_000, reply_on: 'always' }] } } });
    const r = json(f.keeper.querySmart(f.ctx, address, { sub_msg_result: { id: 9 } }));
    expect(r.result).toEqual({ error: 'codespace: sdk, code: 11' });
    expect(r.gas_used).toBe(300_000);
    // execute set-up 60 000 + the whole limit 300 000 + reply set-up 2 000 (discounted) + small costs
    expect(meter.consumed).toBeGreaterThan(362_000);
    expect(meter.consumed).toBeLessThan(400_000);
  });

  test('custom messages without a handler and IBC messages without IBC fail clearly', () => {
    const f = wasmFixture();
    const { owner, address } = setupReflect(f);
    expect(() => f.keeper.execute(f.ctx, { contract: address, sender: owner, msg: { reflect_msg: { msgs: [{ custom: { debug: 'hi' } }] } } })).toThrow(/custom variant not supported/);
    const ibc = { ibc: { close_channel: { channel_id: 'channel-0' } } };
    expect(() => f.keeper.execute(f.ctx, { contract: address, sender: owner, msg: { reflect_msg: { msgs: [ibc] } } })).toThrow(/IBC is not enabled on this chain/);
  });

  test('custom messages and queries go to the plugins the app registered under their names', () => {
    const f = wasmFixture();
    const { owner, address } = setupReflect(f);
    const seen: unknown[] = [];
    f.keeper.registerCustomMessage('debug', (ctx, contract, payload) => {
      seen.push([contract, payload]);
      ctx.emit(event('custom_debug', { text: String(payload) }));
      return { data: [], msgResponses: [] };
    });
    const r = f.keeper.execute(f.ctx, { contract: address, sender: owner, msg: { reflect_msg: { msgs: [{ custom: { debug: 'hi' } }] } } });
    expect(r).toBeUndefined();
    expect(seen).toEqual([[address, 'hi']]);
    expect(findAttribute(f.ctx.events.events, 'custom_debug', 'text')).toBe('hi');
    expect(() => f.keeper.execute(f.ctx, { contract: address, sender: owner, msg: { reflect_msg: { msgs: [{ custom: { raw: 'AA==' } }] } } })).toThrow(/custom message raw: this chain handles "debug"/);
    expect(() => f.keeper.registerCustomMessage('debug', () => ({ data: [], msgResponses: [] }))).toThrow(/registered twice/);

    f.keeper.registerCustomQuery('capitalized', (_ctx, _caller, p) => new TextEncoder().encode(JSON.stringify({ msg: (p as { text: string }).text.toUpperCase() })));
    expect(json(f.keeper.querySmart(f.ctx, address, { capitalized: { text: 'mesh' } }))).toEqual({ text: 'MESH' });
    expect(() => f.keeper.querySmart(f.ctx, address, { chain: { request: { custom: { ping: {} } } } })).toThrow(/custom ping: this chain serves the "capitalized" namespace only/);
  });

  test("a contract's WasmMsg::Execute takes the user's path: invalid JSON fails validation, its error redacted in the reply", () => {
    const f = wasmFixture();
    const { owner, address } = setupReflect(f);
    const bad = { wasm: { execute: { contract_addr: address, msg: Buffer.from('not json').toString('base64'), funds: [] } } };
    f.keeper.execute(f.ctx, { contract: address, sender: owner, msg: { reflect_sub_msg: { msgs: [{ id: 4, msg: bad, gas_limit: null, reply_on: 'error' }] } } });
    const r = json(f.keeper.querySmart(f.ctx, address, { sub_msg_result: { id: 4 } }));
    expect(r.result).toEqual({ error: 'codespace: wasm, code: 14' });
    // A user's MsgExecuteContract with the same bytes fails the same way.
    const user = f.msgRouter;
    expect(() => user.decode('/cosmwasm.wasm.v1.MsgExecuteContract', user.encode('/cosmwasm.wasm.v1.MsgExecuteContract', { sender: owner, contract: address, msg: new TextEncoder().encode('not json'), funds: [] }))).toThrow(/msg must be valid JSON/);
  });

  test('chain query: bank balance and an unsupported custom query', () => {
    const f = wasmFixture();
    const { address } = setupReflect(f);
    const r = json(f.keeper.querySmart(f.ctx, address, { chain: { request: { bank: { balance: { address, denom: 'ucosm' } } } } }));
    expect(json(Buffer.from(r.data, 'base64'))).toEqual({ amount: { denom: 'ucosm', amount: '500' } });
    expect(() => f.keeper.querySmart(f.ctx, address, { chain: { request: { custom: { ping: {} } } } })).toThrow(/Unsupported query type: custom/);
    expect(() => f.keeper.querySmart(f.ctx, address, { chain: { request: { staking: { bonded_denom: {} } } } })).toThrow(/not served on this chain/);
  });
});

describe('replier: wasmd TestMultipleReplies ordering and data', () => {
  type M = { msg_id: number; set_data_in_exec_and_reply: boolean; return_order_in_reply: boolean; exec_error: boolean; reply_error: boolean; reply_on_never: boolean; messages: M[] };
  const m = (id: number, messages: M[] = []): M => ({ msg_id: id, set_data_in_exec_and_reply: true, return_order_in_reply: false, exec_error: false, reply_error: false, reply_on_never: false, messages });
  const template = () => {
    const m3 = m(3);
    const m2 = m(2, [m3]);
    const m5 = m(5);
    const m4 = m(4, [m5]);
    const m1 = m(1, [m2, m4]);
    return { m1, m2, m3, m4, m5 };
  };
  function run(root: M): string {
    const f = wasmFixture();
    const sender = f.addr('sender');
    const { codeId } = f.keeper.storeCode(f.ctx, sender, REPLIER);
    const { address } = f.keeper.instantiate(f.ctx, { codeId, sender, msg: {}, label: 'replier' });
    return hex(f.keeper.execute(f.ctx, { contract: address, sender, msg: root }));
  }
  test('return order: depth-first with replies right after each submessage', () => {
    const t = template();
    t.m1.return_order_in_reply = true;
    expect(run(t.m1)).toBe('ee01ee02ee03bb02bb01ee04ee05bb04bb01');
  });
  test('template: data of the last reply wins, sub-message data protobuf-wrapped', () => {
    expect(run(template().m1)).toBe('0a060a02ee05bb04bb01');
  });
  test('message 4 reply_on_never: the last reply that set data wins', () => {
    const t = template();
    t.m4.reply_on_never = true;
    expect(run(t.m1)).toBe('0a060a02ee03bb02bb01');
  });
  test('message 4 without set-data: data of 5 is not forwarded through 4', () => {
    const t = template();
    t.m4.set_data_in_exec_and_reply = false;
    expect(run(t.m1)).toBe('bb01');
  });
  test('message 3 exec_error: its writes are rolled back, 2\'s reply saw the error', () => {
    const t = template();
    t.m1.return_order_in_reply = true;
    t.m3.exec_error = true;
    expect(run(t.m1)).toBe('ee01ee02bb02bb01ee04ee05bb04bb01');
  });
  test('message 2 reply_error: 2 and 3 rolled back, 1\'s reply handled the error', () => {
    const t = template();
    t.m1.return_order_in_reply = true;
    t.m2.reply_error = true;
    expect(run(t.m1)).toBe('ee01bb01ee04ee05bb04bb01');
  });
});

describe('queue iteration', () => {
  test('enqueue, dequeue, sum, reducer and list', () => {
    const f = wasmFixture();
    const sender = f.addr('sender');
    const { codeId } = f.keeper.storeCode(f.ctx, sender, QUEUE);
    const { address } = f.keeper.instantiate(f.ctx, { codeId, sender, msg: {}, label: 'queue' });
    for (const v of [40, 15, 85, -10]) f.keeper.execute(f.ctx, { contract: address, sender, msg: { enqueue: { value: v } } });
    expect(json(f.keeper.querySmart(f.ctx, address, { reducer: {} }))).toEqual({ counters: [[40, 85], [15, 125], [85, 0], [-10, 140]] });
    const data = f.keeper.execute(f.ctx, { contract: address, sender, msg: { dequeue: {} } });
    expect(json(data)).toEqual({ value: 40 });
    expect(json(f.keeper.querySmart(f.ctx, address, { count: {} }))).toEqual({ count: 3 });
    expect(json(f.keeper.querySmart(f.ctx, address, { sum: {} }))).toEqual({ sum: 90 });
    for (let i = 0; i < 0x25 - 4; i++) f.keeper.execute(f.ctx, { contract: address, sender, msg: { enqueue: { value: i } } });
    for (let i = 0; i < 0x19 - 1; i++) f.keeper.execute(f.ctx, { contract: address, sender, msg: { dequeue: {} } });
    expect(json(f.keeper.querySmart(f.ctx, address, { list: {} }))).toEqual({ empty: [], early: [25, 26, 27, 28, 29, 30, 31], late: [32, 33, 34, 35, 36] });
  });
});

describe('cw20 transfers', () => {
  const cw20Files: [string, () => Uint8Array][] = [
    ['cw20_base.wasm', () => CW20_BASE],
    ['build/cw20.wasm (ours)', () => new Uint8Array(readFileSync(new URL('../../../build/cw20.wasm', import.meta.url)))],
  ];
  for (const [name, load] of cw20Files) {
    test(name, () => {
      const f = wasmFixture();
      const a = f.addr('alice');
      const b = f.addr('bob');
      const { codeId } = f.keeper.storeCode(f.ctx, a, load());
      const { address } = f.keeper.instantiate(f.ctx, {
        codeId,
        sender: a,
        msg: { name: 'Cash Token', symbol: 'CASH', decimals: 6, initial_balances: [{ address: a, amount: '1000' }], mint: null, marketing: null },
        label: 'cash',
      });
      const before = f.ctx.events.events.length;
      f.keeper.execute(f.ctx, { contract: address, sender: a, msg: { transfer: { recipient: b, amount: '300' } } });
      const wasm = f.ctx.events.events.slice(before).find((e) => e.type === 'wasm')!;
      expect(wasm.attributes.map((x) => [x.key, x.value])).toEqual([
        ['_contract_address', address],
        ['action', 'transfer'],
        ['from', a],
        ['to', b],
        ['amount', '300'],
      ]);
      expect(json(f.keeper.querySmart(f.ctx, address, { balance: { address: a } }))).toEqual({ balance: '700' });
      expect(json(f.keeper.querySmart(f.ctx, address, { balance: { address: b } }))).toEqual({ balance: '300' });
      expect(() => f.keeper.execute(f.ctx, { contract: address, sender: a, msg: { transfer: { recipient: b, amount: '3000' } } })).toThrow('Overflow: Cannot Sub with 700 and 3000: execute wasm contract failed');
    });
  }
});

describe('messages and gRPC queries', () => {
  test('gzip MsgStoreCode through the router; Code returns the original bytes; access control', () => {
    const f = wasmFixture();
    const sender = f.addr('uploader');
    const d = f.msgRouter.decode('/cosmwasm.wasm.v1.MsgStoreCode', MsgStoreCode.encode({ sender, wasmByteCode: gzipSync(HACKATOM) }).finish());
    const meter = new BasicGasMeter(100_000_000);
    const r = f.msgRouter.run(f.ctx.withGasMeter(meter), d);
    const { codeId } = MsgStoreCodeResponse.decode(r.value);
    expect(codeId).toBe(1n);
    const code = Q.QueryCodeResponse.decode(f.queryRouter.get('/cosmwasm.wasm.v1.Query/Code')!(f.ctx, Q.QueryCodeRequest.encode({ codeId }).finish()));
    expect(Buffer.from(code.data).equals(Buffer.from(HACKATOM))).toBe(true);
    expect(code.codeInfo!.creator).toBe(sender);
    // uncompress 0.15/byte of the gzip + compile 3/byte of the wasm are charged
    expect(meter.consumed).toBeGreaterThan(3 * HACKATOM.length);
    f.keeper.setParams(f.ctx, { codeUploadAccess: { permission: 1, addresses: [] }, instantiateDefaultPermission: 3 });
    expect(() => f.keeper.storeCode(f.ctx, sender, HACKATOM)).toThrow(/can not create code/);
    expect(f.keeper.storeCode(f.ctx, f.authority, HACKATOM).codeId).toBe(2n);
  });

  test('SmartContractState, ContractInfo, ContractsByCreator, AllContractState', () => {
    const f = wasmFixture();
    const { address, creator } = setupHackatom(f);
    const q = (m: string) => f.queryRouter.get(`/cosmwasm.wasm.v1.Query/${m}`)!;
    const smart = Q.QuerySmartContractStateResponse.decode(q('SmartContractState')(f.ctx, Q.QuerySmartContractStateRequest.encode({ address, queryData: Buffer.from('{"verifier":{}}') }).finish()));
    expect(json(smart.data)).toEqual({ verifier: f.addr('verifies') });
    expect(() => q('SmartContractState')(f.ctx, Q.QuerySmartContractStateRequest.encode({ address, queryData: Buffer.from('{"nope":{}}') }).finish())).toThrow(/query wasm contract failed/);
    const info = Q.QueryContractInfoResponse.decode(q('ContractInfo')(f.ctx, Q.QueryContractInfoRequest.encode({ address }).finish()));
    expect(info.contractInfo.label).toBe('hackatom');
    const byCreator = Q.QueryContractsByCreatorResponse.decode(q('ContractsByCreator')(f.ctx, Q.QueryContractsByCreatorRequest.encode({ creatorAddress: creator }).finish()));
    expect(byCreator.contractAddresses).toEqual([address]);
    const state = Q.QueryAllContractStateResponse.decode(q('AllContractState')(f.ctx, Q.QueryAllContractStateRequest.encode({ address }).finish()));
    expect(state.models.map((m) => dec.decode(m.key))).toEqual(['config']);
  });

  test('genesis export and import round-trip', () => {
    const f = wasmFixture();
    const { address } = setupHackatom(f);
    const g = f.module.exportGenesis(f.ctx);
    const f2 = wasmFixture();
    f2.module.initGenesis(f2.ctx, g);
    expect(json(f2.keeper.querySmart(f2.ctx, address, { verifier: {} }))).toEqual({ verifier: f.addr('verifies') });
    expect(f2.keeper.nextCodeId(f2.ctx)).toBe(2n);
    expect(f2.keeper.nextInstanceId(f2.ctx)).toBe(2n);
  });
});
