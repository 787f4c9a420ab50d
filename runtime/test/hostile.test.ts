/**
 * Hostile input: every case is either rejected at upload or stopped with a typed VmError, the
 * process survives, and afterwards a normal call still works in the same Vm.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Vm, checkWasm } from '../src/index.js';
import { BackendError } from '../src/errors.js';
import type { Backend, StorageRecord } from '../src/backend.js';
import type { Env, MessageInfo } from '../src/types.js';
import {
  I32,
  I64,
  OK_QUERY_JSON,
  REGION_KEY,
  REGION_OK_RESPONSE,
  WASM_HEADER,
  cosmwasmModule,
  cosmwasmRaw,
  op,
  code,
  prng,
  randomBytes,
  rawBytes,
  regionBytes,
  section,
  u32,
  name as encName,
  watBytes,
  type CosmwasmWatOptions,
} from './testkit/wasm-builder.js';
import { TESTDATA } from './testkit/shared-testdata.js';

// ------------------------------------------------------------------------------------------------
// Corpus and fixtures


const HACKATOM = new Uint8Array(readFileSync(path.join(TESTDATA, 'cosmwasm/hackatom.wasm')));
const fixtures = JSON.parse(readFileSync(path.join(TESTDATA, 'fixtures.json'), 'utf8')) as {
  mock_env_cosmwasm_3: Env;
  mock_info_creator_1000_earth: MessageInfo;
  hackatom_instantiate_msg_exact_bytes: string;
  addr_make: Record<string, string>;
};
const ENV = fixtures.mock_env_cosmwasm_3;
const INFO = fixtures.mock_info_creator_1000_earth;
const HACKATOM_INIT = fixtures.hackatom_instantiate_msg_exact_bytes;
const VERIFIER = fixtures.addr_make['verifies']!;

// ------------------------------------------------------------------------------------------------
// Minimal bech32 (BIP-173) for the local backend's address API

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bech32Polymod(values: number[]): number {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk >>> 0;
}
function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  return out;
}
function convertBits(data: ArrayLike<number>, from: number, to: number, pad: boolean): number[] {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (let i = 0; i < data.length; i++) {
    acc = (acc << from) | data[i]!;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) {
    throw new Error('invalid padding');
  }
  return out;
}
function fromBech32(addr: string): { prefix: string; data: Uint8Array } {
  if (addr !== addr.toLowerCase()) throw new Error('mixed case');
  const pos = addr.lastIndexOf('1');
  if (pos < 1 || pos + 7 > addr.length) throw new Error('no separator');
  const prefix = addr.slice(0, pos);
  const words: number[] = [];
  for (const c of addr.slice(pos + 1)) {
    const v = BECH32_CHARSET.indexOf(c);
    if (v < 0) throw new Error('bad char');
    words.push(v);
  }
  if (bech32Polymod([...hrpExpand(prefix), ...words]) !== 1) throw new Error('bad checksum');
  return { prefix, data: Uint8Array.from(convertBits(words.slice(0, -6), 5, 8, false)) };
}
function toBech32(prefix: string, data: Uint8Array): string {
  const words = convertBits(data, 8, 5, true);
  const pm = bech32Polymod([...hrpExpand(prefix), ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (pm >>> (5 * (5 - i))) & 31);
  return prefix + '1' + [...words, ...checksum].map((w) => BECH32_CHARSET[w]).join('');
}

// ------------------------------------------------------------------------------------------------
// A tiny in-memory backend (independent of runtime/src/testing)

function localBackend(): Backend {
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  const store = new Map<string, StorageRecord>();
  const iterators = new Map<number, { records: StorageRecord[]; pos: number }>();
  let nextIterator = 1;
  const prefix = 'cosmwasm';
  const validate = (human: string): string | null => {
    if (human.length === 0) return 'Input is empty';
    try {
      const { prefix: p, data } = fromBech32(human);
      if (p !== prefix) return 'Wrong bech32 prefix';
      if (toBech32(p, data) !== human) return 'Address is not normalized';
      return null;
    } catch {
      return 'Error decoding bech32';
    }
  };
  return {
    storage: {
      get(key) {
        const r = store.get(hex(key));
        return { value: r ? r.value.slice() : null, gas: key.length + (r ? r.value.length : 0) };
      },
      set(key, value) {
        store.set(hex(key), { key: key.slice(), value: value.slice() });
        return { value: undefined, gas: key.length + value.length };
      },
      remove(key) {
        store.delete(hex(key));
        return { value: undefined, gas: key.length };
      },
      scan(start, end, order) {
        const s = start ? hex(start) : null;
        const e = end ? hex(end) : null;
        const records = [...store.entries()]
          .filter(([k]) => (s === null || k >= s) && (e === null || k < e))
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([, r]) => r);
        if (order === 2) records.reverse();
        const id = nextIterator++;
        iterators.set(id, { records, pos: 0 });
        return { value: id, gas: 11 };
      },
      next(id) {
        const it = iterators.get(id);
        if (!it) throw new BackendError(`Iterator ${id} does not exist`);
        const r = it.records[it.pos];
        if (!r) return { value: null, gas: 37 };
        it.pos++;
        return { value: r, gas: r.key.length + r.value.length };
      },
    },
    api: {
      addrValidate(human) {
        const err = validate(human);
        return { value: err === null ? { ok: null } : { error: err }, gas: 9 * 140_000 };
      },
      addrCanonicalize(human) {
        const err = validate(human);
        return { value: err === null ? { ok: fromBech32(human).data } : { error: err }, gas: 700_000 };
      },
      addrHumanize(canonical) {
        if (canonical.length === 0) return { value: { error: 'Invalid input: canonical address length not correct' }, gas: 560_000 };
        return { value: { ok: toBech32(prefix, canonical) }, gas: 560_000 };
      },
    },
    querier: {
      query() {
        const reply = '{"error":{"unsupported_request":{"kind":"hostile test querier"}}}';
        return { value: new TextEncoder().encode(reply), gas: 100_000 };
      },
    },
  };
}

// ------------------------------------------------------------------------------------------------
// Helpers

interface ErrLike {
  kind?: unknown;
  rule?: unknown;
  gasUsed?: unknown;
  message: string;
  name?: string;
}

function catchError(fn: () => unknown): ErrLike | undefined {
  try {
    fn();
  } catch (e) {
    return e as ErrLike;
  }
  return undefined;
}

function describeErr(e: ErrLike | undefined): string {
  return e === undefined
    ? 'no error'
    : `${e.name ?? 'Error'}(kind=${String(e.kind)}, gasUsed=${String(e.gasUsed)}): ${String(e.message).slice(0, 300)}`;
}

const VM_KINDS = new Set([
  'static_validation',
  'bad_input',
  'out_of_gas',
  'memory_limit',
  'call_depth',
  'query_depth',
  'runtime',
  'contract',
  'resolve',
  'instantiation',
  'write_access_denied',
  'communication',
  'backend',
]);

/** The error is a typed VmError (not a JS RangeError/TypeError/CompileError leaking out). */
function expectTypedError(e: ErrLike | undefined): asserts e is ErrLike {
  expect(describeErr(e)).not.toBe('no error');
  expect(e).toBeInstanceOf(Error);
  expect(VM_KINDS.has(String(e!.kind)) ? 'typed VmError' : describeErr(e)).toBe('typed VmError');
  expect(typeof e!.gasUsed).toBe('number');
  expect(e!.message).not.toMatch(/Maximum call stack size exceeded/);
}

/** Upload must fail with a StaticValidationError (both entry paths). */
function expectUploadRejected(vm: Vm, wasm: Uint8Array): ErrLike {
  const e1 = catchError(() => checkWasm(wasm));
  expect(describeErr(e1)).not.toBe('no error');
  expect(e1!.kind).toBe('static_validation');
  expect(String(e1!.rule).length).toBeGreaterThan(0);
  const e2 = catchError(() => vm.storeCode(wasm));
  expect(describeErr(e2)).not.toBe('no error');
  expect(e2!.kind).toBe('static_validation');
  expect(String(e2!.rule).length).toBeGreaterThan(0);
  expect(typeof e2!.message).toBe('string');
  expect(e2!.message.length).toBeGreaterThan(0);
  return e2!;
}

/** Either accepted, or rejected with a StaticValidationError. Returns the checksum if accepted. */
function uploadOrReject(vm: Vm, wasm: Uint8Array): string | null {
  try {
    return vm.storeCode(wasm).checksum;
  } catch (e) {
    const err = e as ErrLike;
    expect(describeErr(err) + ` [kind ${String(err.kind)}]`).toContain('[kind static_validation]');
    return null;
  }
}

const GAS = 2_000_000_000; // VM profile gas limit (fixtures.mock_vm_limits)
const BIG_GAS = 1_000_000_000_000_000; // 1e15: recursion must hit the depth limit long before gas

const vm = new Vm();
const backend = localBackend();
const ctx = (gasLimit = GAS) => ({ backend, gasLimit });

const okResponse = { messages: [], attributes: [], events: [], data: null };

async function store(opts: CosmwasmWatOptions, features = {}): Promise<string> {
  const wasm = await cosmwasmModule(opts, features);
  expect(WebAssembly.validate(wasm)).toBe(true);
  return vm.storeCode(wasm).checksum;
}

function instantiateErr(checksum: string, gasLimit = GAS): ErrLike | undefined {
  return catchError(() => vm.instantiate(checksum, ENV, INFO, {}, ctx(gasLimit)));
}

// ------------------------------------------------------------------------------------------------
// Garbage at upload

describe('garbage bytes are rejected at upload', () => {
  test('random bytes of many sizes (seeded)', () => {
    const rand = prng(0xc0ffee);
    const sizes = [0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 16, 31, 64, 100, 255, 256, 1000, 4096, 65_536, 300_000];
    for (const n of sizes) {
      for (let k = 0; k < 3; k++) expectUploadRejected(vm, randomBytes(rand, n));
    }
  });

  test('a valid header followed by random bytes', () => {
    const rand = prng(42);
    for (let i = 0; i < 200; i++) {
      const n = 1 + Math.floor(rand() * 2000);
      expectUploadRejected(vm, rawBytes(WASM_HEADER, randomBytes(rand, n)));
    }
  });

  test('a valid header followed by random but well-framed sections', () => {
    const rand = prng(7);
    for (let i = 0; i < 200; i++) {
      const parts: number[][] = [WASM_HEADER];
      const count = 1 + Math.floor(rand() * 5);
      for (let s = 0; s < count; s++) {
        const id = Math.floor(rand() * 14);
        parts.push(section(id, randomBytes(rand, Math.floor(rand() * 64))));
      }
      expectUploadRejected(vm, rawBytes(...parts));
    }
  });

  test('bad magic / bad version / empty module', () => {
    expectUploadRejected(vm, new Uint8Array([0x00, 0x61, 0x73, 0x6e, 0x01, 0, 0, 0]));
    expectUploadRejected(vm, new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x02, 0, 0, 0]));
    expectUploadRejected(vm, new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x0d, 0, 0x01, 0])); // component-model layer
    expectUploadRejected(vm, new Uint8Array(WASM_HEADER)); // valid but empty: no memory
  });

  test('hostile sections: huge counts and sizes declared by LEB are rejected without allocating', () => {
    const t0 = Date.now();
    const max = 0xffffffff;
    const cases: Uint8Array[] = [
      // section size larger than the file
      rawBytes(WASM_HEADER, [0x01, ...u32(max)], [0x00]),
      // type section declaring 2^32-1 types in 1 byte
      rawBytes(WASM_HEADER, section(1, u32(max))),
      // import / function / export / data / code counts of 2^32-1
      rawBytes(WASM_HEADER, section(2, u32(max))),
      rawBytes(WASM_HEADER, section(1, [1, 0x60, 0, 0]), section(3, u32(max))),
      rawBytes(WASM_HEADER, section(7, u32(max))),
      rawBytes(WASM_HEADER, section(10, u32(max))),
      rawBytes(WASM_HEADER, section(11, u32(max))),
      // memory with 2^32-1 pages initial
      rawBytes(WASM_HEADER, section(5, [1, 0x00, ...u32(max)])),
      // custom section whose name length overflows the section
      rawBytes(WASM_HEADER, section(0, [...u32(max), 0x61])),
      // over-long LEB (6 bytes for a u32)
      rawBytes(WASM_HEADER, [0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]),
      // sections out of order / duplicated
      rawBytes(WASM_HEADER, section(3, [0]), section(1, [0])),
      rawBytes(WASM_HEADER, section(1, [0]), section(1, [0])),
      // a data count section mismatch
      rawBytes(WASM_HEADER, section(12, u32(5))),
    ];
    for (const w of cases) expectUploadRejected(vm, w);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});

describe('truncations and bit flips of a real contract', () => {
  test('hackatom.wasm truncated at ~200 evenly spaced lengths (and every short prefix)', () => {
    const lengths = new Set<number>();
    for (let i = 0; i < 200; i++) lengths.add(Math.floor((HACKATOM.length * i) / 200));
    for (let i = 0; i < 64; i++) lengths.add(i);
    for (let i = 1; i <= 16; i++) lengths.add(HACKATOM.length - i);
    for (const n of [...lengths].sort((a, b) => a - b)) {
      const prefix = HACKATOM.subarray(0, n);
      if (WebAssembly.validate(prefix)) {
        // cut exactly at a section boundary after the code: a complete module; either outcome is fine
        uploadOrReject(vm, prefix);
      } else {
        const e = expectUploadRejected(vm, prefix);
        if (n >= 8) expect(e.message.length).toBeGreaterThan(0);
      }
    }
  });

  test('every prefix of a small synthetic contract', async () => {
    const wasm = await cosmwasmModule({ entryPoints: { instantiate: true } });
    for (let n = 0; n < wasm.length; n++) {
      const prefix = wasm.subarray(0, n);
      if (WebAssembly.validate(prefix)) uploadOrReject(vm, prefix);
      else expectUploadRejected(vm, prefix);
    }
  });

  test('bit flips of hackatom.wasm: rejected, or accepted and then ok / typed error', { timeout: 180_000 }, () => {
    const rand = prng(1234);
    const msg = HACKATOM_INIT;
    for (let i = 0; i < 30; i++) {
      const w = HACKATOM.slice();
      const flips = 1 + Math.floor(rand() * 3);
      for (let f = 0; f < flips; f++) {
        const pos = Math.floor(rand() * w.length);
        w[pos] = w[pos]! ^ (1 << Math.floor(rand() * 8));
      }
      const checksum = uploadOrReject(vm, w);
      if (checksum === null) continue;
      const e = catchError(() => vm.instantiate(checksum, ENV, INFO, msg, { backend: localBackend(), gasLimit: GAS }));
      if (e !== undefined) expectTypedError(e);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Limits under pressure

describe('function and local counts', () => {
  test('19 999 functions with many locals each: decided by the limits, quickly', () => {
    const m = cosmwasmRaw({ entryPoints: ['instantiate'] });
    while (m.funcs.length < 19_999) m.func([], [], [], [[50, I64]]);
    const w = m.toBytes();
    const t0 = Date.now();
    const e = expectUploadRejected(vm, w);
    expect(Date.now() - t0).toBeLessThan(10_000);
    // 19 995 x 50 locals: over the total-locals limit
    expect(e.message).toMatch(/^Wasm contract contains more than 10000 function locals in total: /);
  });

  test('19 999 small functions without locals: accepted, compiled and callable in bounded time', { timeout: 120_000 }, () => {
    const m = cosmwasmRaw({ entryPoints: ['instantiate'] });
    while (m.funcs.length < 19_999) {
      // small bodies that nobody calls: the cost is all in validation, instrumentation, compilation
      m.func([], [I32], code(op.i32_const(1), op.i32_const(2), op.i32_add));
    }
    const w = m.toBytes();
    expect(WebAssembly.validate(w)).toBe(true);
    const t0 = Date.now();
    const checksum = vm.storeCode(w).checksum;
    expect(Date.now() - t0).toBeLessThan(30_000);
    const r = vm.instantiate(checksum, ENV, INFO, {}, ctx());
    expect(r.value).toEqual(okResponse);
  });

  test('a function declaring 2^32-1 locals is rejected without allocating', () => {
    const m = cosmwasmRaw();
    m.func([], [], [], [[0xffffffff, I32]]);
    const t0 = Date.now();
    const e = expectUploadRejected(vm, m.toBytes());
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(e.message).toMatch(/local/i);
  });

  test('local declarations whose sum overflows u32 are rejected', () => {
    const m = cosmwasmRaw();
    m.func([], [], [], [
      [0x80000000, I32],
      [0x80000000, I32],
    ]);
    const m2 = cosmwasmRaw();
    m2.func([], [], [], [
      [0xffffffff, I32],
      [1, I32],
    ]);
    const t0 = Date.now();
    expectUploadRejected(vm, m.toBytes());
    expectUploadRejected(vm, m2.toBytes());
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  test('many tiny local declarations (100 entries of 1) count as 100 locals; 101 entries are rejected', () => {
    const ok = cosmwasmRaw();
    ok.func([], [], [], Array.from({ length: 100 }, () => [1, I32] as [number, number]));
    expect(uploadOrReject(vm, ok.toBytes())).not.toBeNull();
    const bad = cosmwasmRaw();
    bad.func([], [], [], Array.from({ length: 101 }, () => [1, I32] as [number, number]));
    const e = expectUploadRejected(vm, bad.toBytes());
    expect(e.message).toBe('Wasm contract contains function with more than 100 locals: 101');
  });
});

// ------------------------------------------------------------------------------------------------
// Runaway execution

describe('runaway execution is stopped with typed errors', () => {
  test('a start function that loops forever: upload returns, first call runs out of gas', async () => {
    const t0 = Date.now();
    const checksum = await store({
      entryPoints: { instantiate: true },
      extra: '(func $spin (loop $l (br $l)))\n(start $spin)',
    });
    expect(Date.now() - t0).toBeLessThan(10_000);
    const e = instantiateErr(checksum, 100_000_000);
    expectTypedError(e);
    expect(e.kind).toBe('out_of_gas');
    expect(e.gasUsed).toBe(100_000_000);
  });

  test('an infinite loop: OutOfGasError with gasUsed === the limit', async () => {
    const checksum = await store({ entryPoints: { instantiate: '(loop $l (br $l)) i32.const 0' } });
    for (const limit of [1_000_000, 123_321, 100_000_000, GAS]) {
      const e = instantiateErr(checksum, limit);
      expectTypedError(e);
      expect(e.kind).toBe('out_of_gas');
      expect(e.gasUsed).toBe(limit);
    }
  });

  test('an infinite loop with arithmetic and no branch-free escape (i64 counter)', async () => {
    const checksum = await store({
      entryPoints: {
        instantiate: '(local $i i64) (loop $l (local.set $i (i64.add (local.get $i) (i64.const 1))) (br_if $l (i64.ne (local.get $i) (i64.const -1)))) i32.const 0',
      },
    });
    const e = instantiateErr(checksum, 50_000_000);
    expectTypedError(e);
    expect(e.kind).toBe('out_of_gas');
    expect(e.gasUsed).toBe(50_000_000);
  });

  test('db_read in a loop: OutOfGasError', async () => {
    const checksum = await store({
      imports: ['(import "env" "db_read" (func $db_read (param i32) (result i32)))'],
      entryPoints: { instantiate: `(loop $l (drop (call $db_read (i32.const ${REGION_KEY}))) (br $l)) i32.const 0` },
    });
    const e = instantiateErr(checksum, 1_000_000_000);
    expectTypedError(e);
    expect(e.kind).toBe('out_of_gas');
    expect(e.gasUsed).toBe(1_000_000_000);
  });

  test('db_write in a loop: OutOfGasError', async () => {
    const checksum = await store({
      imports: ['(import "env" "db_write" (func $db_write (param i32 i32)))'],
      entryPoints: { instantiate: `(loop $l (call $db_write (i32.const ${REGION_KEY}) (i32.const ${REGION_KEY})) (br $l)) i32.const 0` },
    });
    const e = catchError(() => vm.instantiate(checksum, ENV, INFO, {}, { backend: localBackend(), gasLimit: 1_000_000_000 }));
    expectTypedError(e);
    expect(e.kind).toBe('out_of_gas');
    expect(e.gasUsed).toBe(1_000_000_000);
  });

  test('a hostile allocate: loops forever -> out of gas; traps -> runtime error', async () => {
    const looping = await store({
      allocate: false,
      entryPoints: { instantiate: true },
      extra: '(func (export "allocate") (param i32) (result i32) (loop $l (br $l)) i32.const 0)',
    });
    const e1 = instantiateErr(looping, 10_000_000);
    expectTypedError(e1);
    expect(e1.kind).toBe('out_of_gas');
    const trapping = await store({
      allocate: false,
      entryPoints: { instantiate: true },
      extra: '(func (export "allocate") (param i32) (result i32) unreachable)',
    });
    const e2 = instantiateErr(trapping);
    expectTypedError(e2);
    expect(e2.kind).toBe('runtime');
  });

  test('allocate returning 0, or a Region too small for the argument -> CommunicationError', async () => {
    const zero = await store({
      allocate: false,
      entryPoints: { instantiate: true },
      extra: '(func (export "allocate") (param i32) (result i32) i32.const 0)',
    });
    const e1 = instantiateErr(zero);
    expectTypedError(e1);
    expect(e1.kind).toBe('communication');
    // always hands out the same 4-byte Region at 200 (capacity 4)
    const small = await store({
      allocate: false,
      entryPoints: { instantiate: true },
      extra: `(func (export "allocate") (param i32) (result i32) i32.const 200)\n(data (i32.const 200) "${watBytes(regionBytes(2048, 4, 0))}")`,
    });
    const e2 = instantiateErr(small);
    expectTypedError(e2);
    expect(e2.kind).toBe('communication');
  });
});

// ------------------------------------------------------------------------------------------------
// Recursion: a deterministic depth limit, never a JS RangeError

describe('recursion hits the deterministic call-depth limit', () => {
  test('direct unbounded recursion: CallDepthError, identical gas cold and after warm-up (50 calls)', { timeout: 120_000 }, async () => {
    const checksum = await store({
      entryPoints: { instantiate: 'call $rec i32.const 0' },
      extra: '(func $rec call $rec)',
    });
    const results: { kind: string; gasUsed: unknown }[] = [];
    for (let i = 0; i < 50; i++) {
      const e = instantiateErr(checksum, BIG_GAS);
      expectTypedError(e);
      results.push({ kind: String(e.kind), gasUsed: e.gasUsed });
    }
    expect(results[0]!.kind).toBe('call_depth');
    expect((results[0]!.gasUsed as number) > 0).toBe(true);
    for (const r of results) expect(r).toEqual(results[0]);
  });

  test('recursion with a counter parameter: same depth every time', { timeout: 120_000 }, async () => {
    const checksum = await store({
      entryPoints: { instantiate: '(drop (call $rec (i32.const 0))) i32.const 0' },
      extra: '(func $rec (param i32) (result i32) (call $rec (i32.add (local.get 0) (i32.const 1))))',
    });
    const gas = new Set<unknown>();
    for (let i = 0; i < 20; i++) {
      const e = instantiateErr(checksum, BIG_GAS);
      expectTypedError(e);
      expect(e.kind).toBe('call_depth');
      gas.add(e.gasUsed);
    }
    expect(gas.size).toBe(1);
  });

  test('mutual recursion through call_indirect: CallDepthError', { timeout: 120_000 }, async () => {
    const checksum = await store({
      entryPoints: { instantiate: 'call $a i32.const 0' },
      extra: [
        '(type $v (func))',
        '(table 2 2 funcref)',
        '(elem (i32.const 0) $a $b)',
        '(func $a (call_indirect (type $v) (i32.const 1)))',
        '(func $b (call_indirect (type $v) (i32.const 0)))',
      ].join('\n'),
    });
    const gas = new Set<unknown>();
    for (let i = 0; i < 10; i++) {
      const e = instantiateErr(checksum, BIG_GAS);
      expectTypedError(e);
      expect(e.kind).toBe('call_depth');
      gas.add(e.gasUsed);
    }
    expect(gas.size).toBe(1);
  });

  test('recursion with 100 params + 100 locals per frame: CallDepthError, never RangeError', { timeout: 120_000 }, async () => {
    const params = Array.from({ length: 100 }, (_, i) => `(param $p${i} i64)`).join(' ');
    const locals = Array.from({ length: 100 }, (_, i) => `(local $l${i} i64)`).join(' ');
    const args = Array.from({ length: 100 }, (_, i) => `(local.get $p${i})`).join(' ');
    const initial = Array.from({ length: 100 }, (_, i) => `(i64.const ${i})`).join(' ');
    const checksum = await store({
      entryPoints: { instantiate: `(call $big ${initial}) i32.const 0` },
      extra: `(func $big ${params} ${locals} (call $big ${args}))`,
    });
    for (let i = 0; i < 5; i++) {
      const e = instantiateErr(checksum, BIG_GAS);
      expectTypedError(e);
      expect(e.kind).toBe('call_depth');
    }
  });

  test('recursion with a huge operand stack per frame: CallDepthError, never RangeError', { timeout: 120_000 }, async () => {
    const pushes = Array.from({ length: 1000 }, () => 'i64.const 1').join(' ');
    const drops = Array.from({ length: 1000 }, () => 'drop').join(' ');
    const checksum = await store({
      entryPoints: { instantiate: 'call $deep i32.const 0' },
      extra: `(func $deep ${pushes} call $deep ${drops})`,
    });
    const gas = new Set<unknown>();
    for (let i = 0; i < 5; i++) {
      const e = instantiateErr(checksum, BIG_GAS);
      expectTypedError(e);
      expect(e.kind).toBe('call_depth');
      gas.add(e.gasUsed);
    }
    expect(gas.size).toBe(1);
  });

  test('a recursion started from inside allocate (host -> wasm re-entry) is also stopped', { timeout: 60_000 }, async () => {
    const checksum = await store({
      allocate: false,
      entryPoints: { instantiate: true },
      extra: '(func $rec call $rec)\n(func (export "allocate") (param i32) (result i32) call $rec i32.const 0)',
    });
    const e = instantiateErr(checksum, BIG_GAS);
    expectTypedError(e);
    expect(e.kind).toBe('call_depth');
  });
});

// ------------------------------------------------------------------------------------------------
// Memory cap

describe('memory.grow beyond the cap', () => {
  const growBody = (over: number) => `
    (global.set $r (memory.size))
    ;; far beyond the cap: -1, the contract continues
    (if (i32.ne (memory.grow (i32.const ${over})) (i32.const -1)) (then unreachable))
    (if (i32.ne (memory.size) (global.get $r)) (then unreachable))
    ;; a small growth still works and returns the old size
    (if (i32.ne (memory.grow (i32.const 10)) (global.get $r)) (then unreachable))
    i32.const ${REGION_OK_RESPONSE}`;

  test('default cap (512 pages): grow(600) returns -1 and the call succeeds', async () => {
    const checksum = await store({ entryPoints: { instantiate: growBody(600) } });
    const r = vm.instantiate(checksum, ENV, INFO, {}, ctx());
    expect(r.value).toEqual(okResponse);
  });

  test('grow to exactly the cap works, one page more returns -1 (memoryLimitPages 256 and 512)', async () => {
    const body = (cap: number) => `
      (if (i32.eq (memory.grow (i32.sub (i32.const ${cap}) (memory.size))) (i32.const -1)) (then unreachable))
      (if (i32.ne (memory.size) (i32.const ${cap})) (then unreachable))
      (if (i32.ne (memory.grow (i32.const 1)) (i32.const -1)) (then unreachable))
      (if (i32.ne (memory.grow (i32.const 0)) (i32.const ${cap})) (then unreachable))
      i32.const ${REGION_OK_RESPONSE}`;
    for (const cap of [256, 512]) {
      const v = new Vm({ memoryLimitPages: cap });
      const wasm = await cosmwasmModule({ entryPoints: { instantiate: body(cap) } });
      const checksum = v.storeCode(wasm).checksum;
      const r = v.instantiate(checksum, ENV, INFO, {}, ctx());
      expect(r.value).toEqual(okResponse);
    }
  });

  test('grow by 0xFFFFFFFF pages (-1 as i32) returns -1', async () => {
    const checksum = await store({
      entryPoints: {
        instantiate: `(if (i32.ne (memory.grow (i32.const -1)) (i32.const -1)) (then unreachable)) i32.const ${REGION_OK_RESPONSE}`,
      },
    });
    expect(vm.instantiate(checksum, ENV, INFO, {}, ctx()).value).toEqual(okResponse);
  });

  test('trapping after the cap refused to grow -> MemoryLimitError', async () => {
    const checksum = await store({ entryPoints: { instantiate: '(drop (memory.grow (i32.const 600))) unreachable' } });
    const e = instantiateErr(checksum);
    expectTypedError(e);
    expect(e.kind).toBe('memory_limit');
  });

  test('allocate growing past the cap for a huge argument -> typed error', { timeout: 60_000 }, async () => {
    const checksum = await store({ entryPoints: { execute: true } });
    const huge = new Uint8Array(40 * 1024 * 1024).fill(0x61); // 40 MiB > 32 MiB cap
    const e = catchError(() => vm.execute(checksum, ENV, INFO, huge, ctx()));
    expectTypedError(e);
  });
});

// ------------------------------------------------------------------------------------------------
// Broken result Regions

describe('a broken result Region is a CommunicationError', () => {
  // Regions placed by data segments at 200.. (the fixed layout uses 64..127 and 1024..)
  const bad: [string, string, Uint8Array | null][] = [
    ['pointer out of bounds', `i32.const ${0x7ffffff0}`, null],
    ['pointer -1', 'i32.const -1', null],
    ['Region straddles the end of memory', 'memory.size i32.const 16 i32.shl i32.const 4 i32.sub', null],
    ['offset 0', 'i32.const 200', regionBytes(0, 10, 10)],
    ['length > capacity', 'i32.const 200', regionBytes(1024, 5, 10)],
    ['data past the end of memory', 'i32.const 200', regionBytes(65_530, 100, 100)],
    ['offset + capacity overflows u32', 'i32.const 200', regionBytes(0xfffffff0, 0x20, 0)],
    ['length beyond 4 GiB', 'i32.const 200', regionBytes(1024, 0xffffffff, 0xffffffff)],
  ];

  for (const [label, body, region] of bad) test(label, async () => {
    const checksum = await store({
      entryPoints: { instantiate: body },
      extra: region ? `(data (i32.const 200) "${watBytes(region)}")` : '',
    });
    const e = instantiateErr(checksum);
    expectTypedError(e);
    expect(e.kind).toBe('communication');
  });

  test('result bytes that are not a ContractResult -> typed error', async () => {
    for (const text of ['key', '', '{"ok":', '{"neither":1}', '\u0000\u00ff']) {
      const b = new TextEncoder().encode(text);
      const checksum = await store({
        entryPoints: { instantiate: 'i32.const 200' },
        extra: `(data (i32.const 200) "${watBytes(regionBytes(2048, b.length, b.length))}")\n(data (i32.const 2048) "${watBytes(b)}")`,
      });
      const e = instantiateErr(checksum);
      expectTypedError(e);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Instantiation-time failures of a module that passed upload

describe('modules that pass upload but cannot instantiate', () => {
  test('a data segment out of bounds of memory -> typed error at the first call', async () => {
    const wasm = await cosmwasmModule({ entryPoints: { instantiate: true }, extra: '(data (i32.const 70000) "x")' });
    const checksum = uploadOrReject(vm, wasm);
    if (checksum === null) return; // rejecting at upload is fine too
    const e = instantiateErr(checksum);
    expectTypedError(e);
  });

  test('an element segment out of bounds of the table -> typed error at the first call', async () => {
    const wasm = await cosmwasmModule({
      entryPoints: { instantiate: true },
      extra: '(table 1 1 funcref)\n(func $f)\n(elem (i32.const 5) $f)',
    });
    const checksum = uploadOrReject(vm, wasm);
    if (checksum === null) return;
    const e = instantiateErr(checksum);
    expectTypedError(e);
  });

  test('a trap inside the start function -> runtime error', async () => {
    const checksum = await store({ entryPoints: { instantiate: true }, extra: '(func $s unreachable)\n(start $s)' });
    const e = instantiateErr(checksum);
    expectTypedError(e);
    expect(e.kind).toBe('runtime');
  });
});

// ------------------------------------------------------------------------------------------------
// Afterwards: the same Vm still works

describe('after all of that', () => {
  test('a normal synthetic call works in the same Vm', async () => {
    const checksum = await store({ entryPoints: { instantiate: true, query: true } });
    const r = vm.instantiate(checksum, ENV, INFO, { any: 'thing' }, ctx());
    expect(r.value).toEqual(okResponse);
    expect(r.gasUsed).toBeGreaterThan(0);
    const q = vm.query(checksum, ENV, {}, ctx());
    // the query result is {"ok":"e30="}: the value is the decoded Binary
    expect(OK_QUERY_JSON).toBe('{"ok":"e30="}');
    expect(new TextDecoder().decode(q.value)).toBe('{}');
  });

  test('hackatom instantiate + query verifier work in the same Vm', () => {
    const checksum = vm.storeCode(HACKATOM).checksum;
    const b = localBackend();
    const r = vm.instantiate(checksum, ENV, INFO, HACKATOM_INIT, { backend: b, gasLimit: GAS });
    expect(r.value.messages).toEqual([]);
    expect(r.value.attributes).toEqual([{ key: 'Let the', value: 'hacking begin' }]);
    const q = vm.query(checksum, ENV, { verifier: {} }, { backend: b, gasLimit: GAS });
    expect(JSON.parse(new TextDecoder().decode(q.value))).toEqual({ verifier: VERIFIER });
  });

  test('and the earlier runaway modules still fail the same way (no poisoned cache)', async () => {
    const checksum = await store({ entryPoints: { instantiate: '(loop $l (br $l)) i32.const 0' } });
    const e = instantiateErr(checksum, 1_000_000);
    expectTypedError(e);
    expect(e.kind).toBe('out_of_gas');
    expect(e.gasUsed).toBe(1_000_000);
  });
});

// Custom sections: arbitrary names are ignored; cw_migrate_version must be a UTF-8 decimal u64
// (upstream ParsedWasm::parse turns a bad payload into a StaticValidationErr).
test('custom sections: a non-UTF-8 name is handled; a non-UTF-8 cw_migrate_version is rejected', async () => {
  const base = await cosmwasmModule({});
  const w = rawBytes(base, section(0, [...u32(2), 0xff, 0xfe, 1, 2, 3]));
  uploadOrReject(vm, w);
  const w2 = rawBytes(base, section(0, [...encName('cw_migrate_version'), 0xff]));
  expectUploadRejected(vm, w2);
});
