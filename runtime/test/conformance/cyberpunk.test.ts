/** CONFORMANCE.md §4 (cyberpunk.wasm, cyberpunk_rust170.wasm). */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import type { DenomMetadata } from '../../src/testkit/index.js';
import { b64, CONTRACT, CREATOR, dataText, expectVmError, Harness, mockEnv, mockInfo } from '../testkit/conformance-corpus.js';

const ADMIN = mockInfo(CREATOR);
const EMPTY_RESPONSE = { messages: [], attributes: [], events: [], data: null };

function setup(name = 'cyberpunk', gasLimit?: number): Harness {
  const h = new Harness(name, gasLimit === undefined ? {} : { gasLimit });
  h.instantiate(ADMIN, {});
  h.debugLog.length = 0;
  return h;
}

const DEBUG_MESSAGES = [
  'Hey, ho – let\'s go',
  ...Array.from({ length: 9 }, (_, i) => [`Round ${i + 1} starting`, `Round ${i + 1} done`]).flat(),
  'Work completed, bye',
];

describe('cyberpunk.wasm', () => {
  test('instantiate {} -> ok, empty response', () => {
    const h = new Harness('cyberpunk');
    expect(h.instantiate(ADMIN, {}).value).toEqual(EMPTY_RESPONSE);
  });

  test('argon2 {256, 5} with gas limit 1e11 -> exact hash string; gas ~8.6e9', { timeout: 300_000 }, () => {
    const h = setup('cyberpunk', 100_000_000_000);
    const r = h.execute(ADMIN, { argon2: { mem_cost: 256, time_cost: 5 } });
    expect(dataText(r.value)).toBe('$argon2i$v=19$m=256,t=5,p=4$b3RoZXJzYWx0$b4px+Lhy8uP9i9S4xKAXjQBgnxdvAdBnCeI3PngVl8g');
    const expected = 8_635_688_250;
    expect(r.gasUsed).toBeGreaterThan(expected * 0.8);
    expect(r.gasUsed).toBeLessThan(expected * 1.2);
  });

  test('cpu_loop -> out of gas', () => {
    const h = setup();
    const err = expectVmError(() => h.execute(ADMIN, { cpu_loop: {} }, 10_000_000), 'out_of_gas');
    expect(err.gasUsed).toBe(10_000_000);
  });

  test('storage_loop and memory_loop -> out of gas', () => {
    const h = setup();
    expectVmError(() => h.execute(ADMIN, { storage_loop: {} }, 50_000_000), 'out_of_gas');
    expectVmError(() => h.execute(ADMIN, { memory_loop: {} }), 'out_of_gas');
  });

  test('message_loop -> one wasm.execute SubMsg to itself', () => {
    const res = setup().execute(ADMIN, { message_loop: {} }).value;
    expect(res.messages).toHaveLength(1);
    expect(res.messages[0]!.msg).toEqual({ wasm: { execute: { contract_addr: CONTRACT, msg: b64('{"message_loop":{}}'), funds: [] } } });
  });

  test('allocate_large_memory 48 -> data 18 (BE u32); 1600 -> memory.grow failed (memory cap)', () => {
    const h = setup();
    expect(h.execute(ADMIN, { allocate_large_memory: { pages: 48 } }).value.data).toBe('AAAAEg==');
    const err = expectVmError(() => h.execute(ADMIN, { allocate_large_memory: { pages: 1600 } }), 'contract');
    expect(err.contractMessage).toBe('Generic error: memory.grow failed');
  });

  test('panic -> runtime error "Aborted: panicked at src/contract.rs:"', () => {
    expectVmError(() => setup().execute(ADMIN, { panic: {} }), 'runtime', 'Aborted: panicked at src/contract.rs:');
  });

  test('unreachable -> runtime error "unreachable"', () => {
    const err = expectVmError(() => setup().execute(ADMIN, { unreachable: {} }), 'runtime', 'unreachable');
    expect(err.abortMessage).toBeUndefined();
  });

  test('mirror_env (execute and query) returns the env minus transaction.hash', () => {
    const h = setup();
    const env = mockEnv();
    const expected = { ...env, transaction: { index: env.transaction!.index } };
    const res = h.execute(ADMIN, { mirror_env: {} }).value;
    expect(JSON.parse(dataText(res)!)).toEqual(expected);
    expect(h.query({ mirror_env: {} })).toEqual(expected);
    // transaction: null passes through
    h.env = mockEnv({ transaction: null });
    expect(h.query({ mirror_env: {} })).toEqual({ ...expected, transaction: null });
  });

  test('debug -> exactly 20 debug messages in order; same result without a handler', () => {
    const h = setup('cyberpunk', 100_000_000_000);
    const res = h.execute(ADMIN, { debug: {} }).value;
    expect(res).toEqual(EMPTY_RESPONSE);
    expect(h.debugLog).toEqual(DEBUG_MESSAGES);
    expect(h.debugLog).toHaveLength(20);
    const noHandler = h.vm.execute(h.checksum, mockEnv(), ADMIN, { debug: {} }, { backend: h.backend, gasLimit: 1e11 });
    expect(noHandler.value).toEqual(EMPTY_RESPONSE);
    expect(noHandler.gasUsed).toBeGreaterThan(0);
  });

  test('noop -> ok', () => {
    expect(setup().execute(ADMIN, { noop: {} }).value).toEqual(EMPTY_RESPONSE);
  });

  test('denoms: 98 denom-metadata entries through all_denom_metadata pages; denom lookup', () => {
    const h = setup();
    const md = (i: number): DenomMetadata => ({
      description: 'Foo coin',
      denom_units: [{ denom: 'ufoo', exponent: 8, aliases: ['microfoo', 'foobar'] }],
      base: `ufoo${i}`,
      display: 'FOO',
      name: 'Foo',
      symbol: `FOO${i}`,
      uri: 'https://foo.bar',
      uri_hash: 'foo',
    });
    h.backend.querier.setDenomMetadata(Array.from({ length: 98 }, (_, i) => md(i)));
    // Upstream checks this in a native unit test (no gas). In the VM the ten 10-entry pages plus
    // the 98-entry reply cost more than 2e9 (~120M gas of JSON work per page), so use 1e11.
    h.gasLimit = 100_000_000_000;
    const all = h.query<DenomMetadata[]>({ denoms: {} });
    expect(all).toHaveLength(98);
    expect(new Set(all.map((m) => m.base)).size).toBe(98);
    const one = h.query<DenomMetadata>({ denom: { denom: 'ufoo0' } });
    expect(one.symbol).toBe('FOO0');
    expect(one).toEqual(md(0));
  });
});

describe('cyberpunk_rust170.wasm (sign-extension ops)', () => {
  test('instantiate and run messages', () => {
    const h = setup('cyberpunk_rust170');
    const env = mockEnv();
    const res = h.execute(ADMIN, { mirror_env: {} }).value;
    expect(JSON.parse(dataText(res)!)).toEqual({ ...env, transaction: { index: 3 } });
    expect(h.execute(ADMIN, { allocate_large_memory: { pages: 48 } }).value.data).toBe('AAAAEg==');
    expectVmError(() => h.execute(ADMIN, { cpu_loop: {} }, 5_000_000), 'out_of_gas');
    expectVmError(() => h.execute(ADMIN, { unreachable: {} }), 'runtime', 'unreachable');
    expectVmError(() => h.execute(ADMIN, { panic: {} }), 'runtime', 'Aborted: panicked at');
  });

  test('argon2 runs (exercises the sign-extension code paths)', { timeout: 300_000 }, () => {
    const h = setup('cyberpunk_rust170', 100_000_000_000);
    const r = h.execute(ADMIN, { argon2: { mem_cost: 256, time_cost: 5 } });
    expect(dataText(r.value)).toBe('$argon2i$v=19$m=256,t=5,p=4$b3RoZXJzYWx0$b4px+Lhy8uP9i9S4xKAXjQBgnxdvAdBnCeI3PngVl8g');
  });
});
