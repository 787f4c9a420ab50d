/**
 * CONFORMANCE.md §6 (empty.wasm), §12 (staking.wasm), §14 VM-level items (reflect.wasm, burner.wasm)
 * and §2 WriteAccessDenied (with a synthetic contract: no corpus contract writes in query).
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import wabtInit from 'wabt';

import { Vm } from '../../src/index.js';
import { mockBackend, type FullDelegation, type Validator } from '../../src/testkit/index.js';
import type { EntryPoint } from '../../src/types.js';
import {
  addr,
  attrs,
  b64,
  contractError,
  CONTRACT,
  CREATOR,
  expectVmError,
  Harness,
  mockEnv,
  mockInfo,
  te,
  unb64,
  VM_PROFILE,
} from '../testkit/conformance-corpus.js';

// ---- empty.wasm ------------------------------------------------------------------------------

describe('empty.wasm', () => {
  test('upload accepted; every entry point -> ResolveError "Could not get export: Missing export <name>"', () => {
    const h = new Harness('empty');
    expectVmError(() => h.instantiate(mockInfo(CREATOR), {}), 'resolve', 'Could not get export: Missing export instantiate');
    expect(expectVmError(() => h.instantiate(mockInfo(CREATOR), {}), 'resolve').message).toBe(
      'Could not get export: Missing export instantiate',
    );
    expectVmError(() => h.execute(mockInfo(CREATOR), {}), 'resolve', 'Could not get export: Missing export execute');
    expectVmError(() => h.query({}), 'resolve', 'Could not get export: Missing export query');
    expectVmError(() => h.migrate({}), 'resolve', 'Could not get export: Missing export migrate');
    expectVmError(() => h.sudo({}), 'resolve', 'Could not get export: Missing export sudo');
    expectVmError(() => h.reply({}), 'resolve', 'Could not get export: Missing export reply');
    for (const entry of ['ibc_channel_open', 'ibc_packet_receive', 'ibc2_packet_receive'] as EntryPoint[]) {
      expectVmError(() => h.callJson(entry, [{}, {}]), 'resolve', `Could not get export: Missing export ${entry}`);
    }
  });
});

// ---- write access in query (§2) ----------------------------------------------------------------

/** A minimal contract: bump allocator; `query` and `execute` call db_write("abc" -> "abc"). */
const WRITER_WAT = `
(module
  (import "env" "db_write" (func $db_write (param i32 i32)))
  (memory (export "memory") 1)
  (global $next (mut i32) (i32.const 4096))
  ;; Region at 16: offset 64, capacity 3, length 3 -> "abc"
  (data (i32.const 16) "\\40\\00\\00\\00\\03\\00\\00\\00\\03\\00\\00\\00")
  (data (i32.const 64) "abc")
  ;; Region at 32: offset 128, capacity/length 62 -> the ok result
  (data (i32.const 32) "\\80\\00\\00\\00\\3e\\00\\00\\00\\3e\\00\\00\\00")
  (data (i32.const 128) "{\\"ok\\":{\\"messages\\":[],\\"attributes\\":[],\\"events\\":[],\\"data\\":null}}")
  (func (export "interface_version_8"))
  (func (export "allocate") (param $n i32) (result i32)
    (local $r i32)
    (local.set $r (global.get $next))
    (i32.store (local.get $r) (i32.add (local.get $r) (i32.const 12)))
    (i32.store offset=4 (local.get $r) (local.get $n))
    (i32.store offset=8 (local.get $r) (i32.const 0))
    (global.set $next (i32.add (global.get $next) (i32.add (local.get $n) (i32.const 16))))
    (local.get $r))
  (func (export "deallocate") (param i32))
  (func (export "query") (param i32 i32) (result i32)
    (call $db_write (i32.const 16) (i32.const 16))
    (i32.const 32))
  (func (export "execute") (param i32 i32 i32) (result i32)
    (call $db_write (i32.const 16) (i32.const 16))
    (i32.const 32)))
`;

describe('read-only storage in query (§2)', () => {
  test('db_write during query -> WriteAccessDenied; the same write in execute is stored', async () => {
    const wabt = await wabtInit();
    const mod = wabt.parseWat('writer.wat', WRITER_WAT);
    mod.validate();
    const wasm = new Uint8Array(mod.toBinary({}).buffer);
    const vm = new Vm({ ...VM_PROFILE });
    const { checksum } = vm.storeCode(wasm);
    const backend = mockBackend();
    const ctx = { backend, gasLimit: 2e9 };
    const err = expectVmError(() => vm.query(checksum, mockEnv(), {}, ctx), 'write_access_denied');
    expect(err.message).toBe('Must not call a writing storage function in this context.');
    expect(backend.storage.peek('abc')).toBeNull();
    const res = vm.execute(checksum, mockEnv(), mockInfo(CREATOR), {}, ctx);
    expect(res.value).toEqual({ messages: [], attributes: [], events: [], data: null });
    expect(Buffer.from(backend.storage.peek('abc')!).toString()).toBe('abc');
  });
});

// ---- staking.wasm ----------------------------------------------------------------------------

const VALIDATOR = 'my-validator';
const INIT_STAKING = { name: 'Cool Derivative', symbol: 'DRV', decimals: 9, validator: VALIDATOR, exit_tax: '0.02', min_withdrawal: '50' };
const val = (address: string): Validator => ({ address, commission: '0.03', max_commission: '0.1', max_change_rate: '0.01' });
const delegation = (amount: string): FullDelegation => ({
  delegator: CONTRACT,
  validator: VALIDATOR,
  amount: { denom: 'ustake', amount },
  can_redelegate: { denom: 'ustake', amount },
  accumulated_rewards: [],
});

describe('staking.wasm', () => {
  const ALICE = addr('alice');
  const BOB = addr('bob');

  function setup(): Harness {
    const h = new Harness('staking', { querier: { staking: { denom: 'ustake', validators: [val(VALIDATOR)], delegations: [] } } });
    h.instantiate(mockInfo(CREATOR), INIT_STAKING);
    return h;
  }

  test('instantiate with a validator not in the set -> contract error', () => {
    const h = new Harness('staking', { querier: { staking: { denom: 'ustake', validators: [val('john')] } } });
    expect(contractError(() => h.instantiate(mockInfo(CREATOR), INIT_STAKING))).toBe(
      'Generic error: my-validator is not in the current validator set',
    );
  });

  test('valid instantiate: token_info, balance, claims, investment', () => {
    const h = setup();
    expect(h.query({ token_info: {} })).toEqual({ name: 'Cool Derivative', symbol: 'DRV', decimals: 9 });
    expect(h.query({ balance: { address: CREATOR } })).toEqual({ balance: '0' });
    expect(h.query({ claims: { address: CREATOR } })).toEqual({ claims: '0' });
    expect(h.query({ investment: {} })).toEqual({
      token_supply: '0',
      staked_tokens: { denom: 'ustake', amount: '0' },
      nominal_value: '1',
      owner: CREATOR,
      exit_tax: '0.02',
      validator: VALIDATOR,
      min_withdrawal: '50',
    });
  });

  test('bond without ustake -> error; bond 1000 -> delegate SubMsg, minted tokens', () => {
    const h = setup();
    expect(contractError(() => h.execute(mockInfo(ALICE, [{ denom: 'uatom', amount: '1000' }]), { bond: {} }))).toBe(
      'StdError: Generic error: No ustake tokens sent',
    );
    const res = h.execute(mockInfo(ALICE, [{ denom: 'ustake', amount: '1000' }]), { bond: {} }).value;
    expect(res.messages).toHaveLength(1);
    expect(res.messages[0]!.msg).toEqual({ staking: { delegate: { validator: VALIDATOR, amount: { denom: 'ustake', amount: '1000' } } } });
    expect(attrs(res)).toEqual({ action: 'bond', from: ALICE, bonded: '1000', minted: '1000' });
    expect(h.query({ balance: { address: ALICE } })).toEqual({ balance: '1000' });
  });

  test('unbond: minimum, tax to owner, undelegate SubMsg, claims; claim; reinvest', () => {
    const h = setup();
    h.execute(mockInfo(ALICE, [{ denom: 'ustake', amount: '1000' }]), { bond: {} });
    // the chain reports the delegation before the next call
    h.backend.querier.updateStaking('ustake', [val(VALIDATOR)], [delegation('1000')]);
    expect(contractError(() => h.execute(mockInfo(ALICE), { unbond: { amount: '10' } }))).toBe(
      'StdError: Generic error: Must unbond at least 50 ustake',
    );
    const res = h.execute(mockInfo(ALICE), { unbond: { amount: '500' } }).value;
    expect(res.messages.map((m) => m.msg)).toEqual([
      { staking: { undelegate: { validator: VALIDATOR, amount: { denom: 'ustake', amount: '490' } } } },
    ]);
    expect(attrs(res)).toMatchObject({ action: 'unbond', unbonded: '490', burnt: '500' });
    expect(h.query({ balance: { address: CREATOR } })).toEqual({ balance: '10' });
    expect(h.query({ balance: { address: ALICE } })).toEqual({ balance: '500' });
    expect(h.query({ claims: { address: ALICE } })).toEqual({ claims: '490' });

    // claim: contract balance below min_withdrawal, then enough
    expect(contractError(() => h.execute(mockInfo(ALICE), { claim: {} }))).toContain('Insufficient balance in contract to process claim');
    h.backend.querier.updateBalance(CONTRACT, [{ denom: 'ustake', amount: '600' }]);
    expect(contractError(() => h.execute(mockInfo(BOB), { claim: {} }))).toContain('no claim for this address');
    const claim = h.execute(mockInfo(ALICE), { claim: {} }).value;
    expect(claim.messages.map((m) => m.msg)).toEqual([{ bank: { send: { to_address: ALICE, amount: [{ denom: 'ustake', amount: '490' }] } } }]);
    expect(h.query({ claims: { address: ALICE } })).toEqual({ claims: '0' });

    // reinvest: withdraw rewards, then bond all tokens via a self-call
    const re = h.execute(mockInfo(ALICE), { reinvest: {} }).value;
    expect(re.messages.map((m) => m.msg)).toEqual([
      { distribution: { withdraw_delegator_reward: { validator: VALIDATOR } } },
      // CONFORMANCE.md writes `_bond_all_tokens`; serde's snake_case of `_BondAllTokens` (what the
      // binary emits and accepts) is `__bond_all_tokens`.
      { wasm: { execute: { contract_addr: CONTRACT, msg: b64('{"__bond_all_tokens":{}}'), funds: [] } } },
    ]);
    expect(contractError(() => h.execute(mockInfo(ALICE), { __bond_all_tokens: {} }))).toMatch(/nauthorized/);
  });
});

// ---- reflect.wasm ----------------------------------------------------------------------------

describe('reflect.wasm', () => {
  const OTHER = addr('someone else');

  function setup(): Harness {
    const h = new Harness('reflect', { contractBalance: [{ denom: 'earth', amount: '1000' }] });
    h.instantiate(mockInfo(CREATOR), {});
    return h;
  }

  test('owner = instantiator; reflect_msg by owner / empty / non-owner', () => {
    const h = setup();
    expect(h.query({ owner: {} })).toEqual({ owner: CREATOR });
    const msgs = [
      { bank: { send: { to_address: OTHER, amount: [{ denom: 'earth', amount: '10' }] } } },
      { custom: { debug: 'hi' } },
      { custom: { raw: b64('raw bytes') } },
    ];
    const res = h.execute(mockInfo(CREATOR), { reflect_msg: { msgs } }).value;
    expect(res.messages.map((m) => ({ id: m.id, reply_on: m.reply_on, msg: m.msg }))).toEqual(msgs.map((msg) => ({ id: 0, reply_on: 'never', msg })));
    expect(res.attributes).toEqual([{ key: 'action', value: 'reflect' }]);
    expect(contractError(() => h.execute(mockInfo(CREATOR), { reflect_msg: { msgs: [] } }))).toBe(
      'Messages empty. Must reflect at least one message',
    );
    expect(contractError(() => h.execute(mockInfo(OTHER), { reflect_msg: { msgs } }))).toBe(
      'Permission denied: the sender is not the current owner',
    );
  });

  test('reflect_sub_msg passes ids, gas_limit and reply_on through; reply is stored and queryable', () => {
    const h = setup();
    const subs = [
      { id: 7, payload: '', msg: { custom: { debug: 'x' } }, gas_limit: 12345, reply_on: 'always' },
      { id: 8, payload: b64('p'), msg: { bank: { burn: { amount: [{ denom: 'earth', amount: '1' }] } } }, gas_limit: null, reply_on: 'error' },
    ];
    const res = h.execute(mockInfo(CREATOR), { reflect_sub_msg: { msgs: subs } }).value;
    expect(res.messages).toEqual(subs);
    expect(res.attributes).toEqual([{ key: 'action', value: 'reflect_subcall' }]);
    h.reply({ id: 7, payload: '', gas_used: 0, result: { error: 'boom' } });
    expect(h.query({ sub_msg_result: { id: 7 } })).toEqual({ id: 7, payload: '', gas_used: 0, result: { error: 'boom' } });
  });

  test('chain query forwarding; system errors surface as Querier system error', () => {
    const h = setup();
    const r = h.query({ chain: { request: { bank: { balance: { address: CONTRACT, denom: 'earth' } } } } });
    expect(JSON.parse(unb64(r.data))).toEqual({ amount: { denom: 'earth', amount: '1000' } });
    const all = h.query({ chain: { request: { bank: { all_balances: { address: CONTRACT } } } } });
    expect(JSON.parse(unb64(all.data))).toEqual({ amount: [{ denom: 'earth', amount: '1000' }] });
    const err = contractError(() => h.query({ chain: { request: { custom: { ping: {} } } } }));
    expect(err).toContain('Querier system error');
    expect(err).toContain('Unsupported query type: custom');
    const noContract = contractError(() => h.query({ chain: { request: { wasm: { smart: { contract_addr: OTHER, msg: b64('{}') } } } } }));
    expect(noContract).toContain('Querier system error');
    expect(noContract).toContain(OTHER);
  });

  test('custom queries through a custom handler (ping / capitalized)', () => {
    const h = setup();
    h.backend.querier.setCustomHandler((q) => {
      const query = q as { ping?: object; capitalized?: { text: string } };
      const msg = query.ping ? 'pong' : query.capitalized!.text.toUpperCase();
      return { ok: { ok: te.encode(JSON.stringify({ msg })) } };
    });
    expect(h.query({ capitalized: { text: 'hello' } })).toEqual({ text: 'HELLO' });
    const ping = h.query({ chain: { request: { custom: { ping: {} } } } });
    expect(JSON.parse(unb64(ping.data))).toEqual({ msg: 'pong' });
  });

  test('raw query of another contract', () => {
    const h = setup();
    h.backend.querier.registerContract(OTHER, { raw: (key) => (Buffer.from(key).toString() === 'config' ? te.encode('{"x":1}') : null) });
    expect(h.query({ raw: { contract: OTHER, key: b64('config') } })).toEqual({ data: b64('{"x":1}') });
  });

  test('change_owner validates the address', () => {
    const h = setup();
    expect(contractError(() => h.execute(mockInfo(CREATOR), { change_owner: { owner: 'not-an-address' } }))).toContain('Error decoding bech32');
    const res = h.execute(mockInfo(CREATOR), { change_owner: { owner: OTHER } }).value;
    expect(attrs(res)).toEqual({ action: 'change_owner', owner: OTHER });
    expect(h.query({ owner: {} })).toEqual({ owner: OTHER });
  });
});

// ---- burner.wasm -----------------------------------------------------------------------------

describe('burner.wasm', () => {
  test('instantiate -> contract error', () => {
    const h = new Harness('burner');
    expect(contractError(() => h.instantiate(mockInfo(CREATOR), {}))).toBe('Generic error: You can only use this contract for migrations');
  });

  test('migrate sends all balances to payout and deletes up to `delete` entries; cleanup deletes the rest', () => {
    const balance = [
      { denom: 'earth', amount: '1000' },
      { denom: 'moon', amount: '7' },
    ];
    const h = new Harness('burner', { contractBalance: balance });
    for (const k of ['a', 'b', 'c', 'd', 'e']) h.backend.storage.set(te.encode(k), te.encode('v'));
    const payout = addr('payout');
    const res = h.migrate({ payout, delete: 2 }).value;
    expect(res.messages.map((m) => m.msg)).toEqual([{ bank: { send: { to_address: payout, amount: balance } } }]);
    expect(attrs(res)).toEqual({ action: 'migrate', payout, deleted_entries: '2' });
    expect(h.backend.storage.size).toBe(3);
    const clean = h.execute(mockInfo(CREATOR), { cleanup: { limit: null } }).value;
    expect(attrs(clean)).toMatchObject({ deleted_entries: '3' });
    expect(h.backend.storage.size).toBe(0);
  });
});
