/**
 * Static validation at upload (ABI §7, CONFORMANCE §1): every rule with its exact message,
 * the corpus as manifest.json says, and the capability analysis of the reference contracts.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Vm, checkWasm } from '../src/index.js';
import {
  I32,
  I64,
  RawModule,
  cosmwasmModule,
  cosmwasmRaw,
  cosmwasmWat,
  name as encName,
  section,
  wat,
  rawBytes,
  type WatFeatures,
} from './testkit/wasm-builder.js';
import { TESTDATA } from './testkit/shared-testdata.js';

// ------------------------------------------------------------------------------------------------
// Corpus



interface ManifestEntry {
  file: string;
  sha256: string;
  requires: string[];
  entry_points: string[];
  expected_upload_on_cosmwasm_3: string;
}
const manifest = JSON.parse(readFileSync(path.join(TESTDATA, 'manifest.json'), 'utf8')) as { files: ManifestEntry[] };

function corpus(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(TESTDATA, file)));
}

/** wasmd HEAD BuiltInCapabilities() (ABI §6). */
const WASMD_CAPABILITIES = [
  'iterator',
  'staking',
  'stargate',
  'cosmwasm_1_1',
  'cosmwasm_1_2',
  'cosmwasm_1_3',
  'cosmwasm_1_4',
  'cosmwasm_2_0',
  'cosmwasm_2_1',
  'cosmwasm_2_2',
  'ibc2',
];

const UNKNOWN_MARKER =
  'Wasm contract has unknown interface_version_* marker export (see https://github.com/CosmWasm/cosmwasm/blob/main/packages/vm/README.md)';
const MISSING_MARKER = 'Wasm contract missing a required marker export: interface_version_*';
const CORRUPTED_MESSAGE =
  /^(Wasm bytecode could not be deserialized\.|Wasm contract missing a required marker export: interface_version_\*$)/;

/** Expected rejection message per rejected corpus file (CONFORMANCE §1). */
const CORPUS_REJECTIONS: Record<string, Expected> = {
  'cosmwasm/hackatom_0.16.wasm': UNKNOWN_MARKER,
  'cosmwasm/hackatom_0.14.wasm': UNKNOWN_MARKER,
  'cosmwasm/hackatom_0.12.wasm': { contains: MISSING_MARKER },
  // CONFORMANCE §1 cites upstream's parse+validate test ("could not be deserialized"); upstream
  // check_wasm validates function bodies last, so for this marker-less 0.7-era file it reports the
  // missing marker first. Both are faithful; the file must be rejected.
  'cosmwasm/corrupted.wasm': CORRUPTED_MESSAGE,
  'cosmwasm/counter.wasm': { startsWith: 'Wasm contract requires unsupported import: "env.db_read_ex"' },
  'cosmwasm/bench_sha1.wasm': { startsWith: 'Wasm contract requires unsupported import: "env.sha1_calculate"' },
};

// ------------------------------------------------------------------------------------------------
// Helpers

/** exact string | prefix | substring | regex */
type Expected = string | { startsWith: string } | { contains: string } | RegExp;

interface ErrLike {
  kind?: unknown;
  rule?: unknown;
  message: string;
  name?: string;
}

type CheckOpts = { capabilities?: Iterable<string> };

function catchError(fn: () => unknown): ErrLike | undefined {
  try {
    fn();
  } catch (e) {
    return e as ErrLike;
  }
  return undefined;
}

function matches(message: string, expected: Expected): boolean {
  if (typeof expected === 'string') return message === expected;
  if (expected instanceof RegExp) return expected.test(message);
  if ('startsWith' in expected) return message.startsWith(expected.startsWith);
  return message.includes(expected.contains);
}

function describeErr(e: ErrLike | undefined): string {
  return e === undefined ? 'accepted' : `${e.name ?? 'Error'}(kind=${String(e.kind)}, rule=${String(e.rule)}): ${e.message}`;
}

/** 'ok' when `e` is a StaticValidationError with a rule and the expected message; else what went wrong. */
function verdict(e: ErrLike | undefined, expected: Expected): string {
  if (e === undefined) return 'accepted (expected a rejection)';
  if (e.kind !== 'static_validation') return `wrong kind: ${describeErr(e)}`;
  if (typeof e.rule !== 'string' || e.rule.length === 0) return `no rule: ${describeErr(e)}`;
  if (!matches(e.message, expected)) {
    const want = expected instanceof RegExp || typeof expected === 'string' ? String(expected) : JSON.stringify(expected);
    return `message mismatch: got ${JSON.stringify(e.message)}; want ${want}`;
  }
  return 'ok';
}

/**
 * Asserts rejection at upload by both `checkWasm` and `Vm.storeCode`, with kind, rule and
 * message; both paths are evaluated before asserting so a failure shows both.
 */
function expectRejected(wasm: Uint8Array, expected: Expected, opts: CheckOpts = {}): void {
  const viaCheck = catchError(() => checkWasm(wasm, opts));
  const vm = new Vm(opts.capabilities ? { capabilities: opts.capabilities } : {});
  const viaStore = catchError(() => vm.storeCode(wasm));
  expect({ checkWasm: verdict(viaCheck, expected), storeCode: verdict(viaStore, expected) }).toEqual({
    checkWasm: 'ok',
    storeCode: 'ok',
  });
}

function expectAccepted(wasm: Uint8Array, opts: CheckOpts = {}, alsoStore = true): void {
  const viaCheck = describeErr(catchError(() => checkWasm(wasm, opts)));
  let viaStore = 'accepted';
  if (alsoStore) {
    const vm = new Vm(opts.capabilities ? { capabilities: opts.capabilities } : {});
    viaStore = describeErr(catchError(() => vm.storeCode(wasm)));
  }
  expect({ checkWasm: viaCheck, storeCode: viaStore }).toEqual({ checkWasm: 'accepted', storeCode: 'accepted' });
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

function sha256Hex(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

// ------------------------------------------------------------------------------------------------
// The builder itself (guards against a broken fixture masquerading as a runtime bug)

describe('wasm-builder sanity', () => {
  test('the minimal CosmWasm-shaped modules are valid Wasm and accepted', async () => {
    const w = await cosmwasmModule({ entryPoints: { instantiate: true, execute: true, query: true } });
    expect(WebAssembly.validate(w)).toBe(true);
    expectAccepted(w);
    const r = cosmwasmRaw({ entryPoints: ['instantiate', 'query'] }).toBytes();
    expect(WebAssembly.validate(r)).toBe(true);
    expectAccepted(r);
  });
});

// ------------------------------------------------------------------------------------------------
// Corpus per manifest.json

describe('corpus: expected_upload_on_cosmwasm_3', () => {
  const cases = manifest.files.map((f) => [f.file, f] as const);

  for (const [file, entry] of cases) test(file, () => {
    const wasm = corpus(file);
    expect(sha256Hex(wasm)).toBe(entry.sha256);
    const expectation = entry.expected_upload_on_cosmwasm_3;
    if (expectation.startsWith('accept')) {
      const analysis = checkWasm(wasm);
      expect(sorted(analysis.requiredCapabilities)).toEqual(sorted(entry.requires));
      expect(sorted(analysis.entryPoints)).toEqual(sorted(entry.entry_points));
      const vm = new Vm();
      const stored = vm.storeCode(wasm);
      expect(stored.checksum).toBe(entry.sha256);
      // idempotent
      expect(vm.storeCode(wasm).checksum).toBe(entry.sha256);
      // accepted with wasmd's built-in capability list too (nothing here needs cosmwasm_3_0)
      expect(describeErr(catchError(() => checkWasm(wasm, { capabilities: WASMD_CAPABILITIES })))).toBe('accepted');
    } else {
      expect(expectation.startsWith('reject')).toBe(true);
      const expected = CORPUS_REJECTIONS[file];
      expect(expected).toBeDefined();
      expectRejected(wasm, expected!);
    }
  });

  test('every rejected corpus file has an expected message here', () => {
    const rejected = manifest.files.filter((f) => f.expected_upload_on_cosmwasm_3.startsWith('reject')).map((f) => f.file);
    expect(sorted(rejected)).toEqual(sorted(Object.keys(CORPUS_REJECTIONS)));
  });

  test('corrupted.wasm: rejected (undeserializable, or missing marker in upstream check order)', () => {
    expectRejected(corpus('cosmwasm/corrupted.wasm'), CORRUPTED_MESSAGE);
  });

  test('an otherwise valid contract with an invalid function body: "could not be deserialized"', () => {
    // upstream validates bodies last (validate_funcs) and maps the error to this text
    const bad1 = cosmwasmRaw();
    bad1.func([], [], [0x6a]); // i32.add on an empty stack
    const bad2 = cosmwasmRaw();
    bad2.func([], [], [0x41, 0x00, 0x11, 0x00, 0x11]); // call_indirect type 0, table 17 (no table)
    const bad3 = cosmwasmRaw();
    bad3.func([], [], [0x10, 0x7f]); // call of function 127 (does not exist)
    for (const m of [bad1, bad2, bad3]) {
      const w = m.toBytes();
      expect(WebAssembly.validate(w)).toBe(false);
      expectRejected(w, { startsWith: 'Wasm bytecode could not be deserialized.' });
    }
  });

  test('floaty.wasm, floaty_2.0.wasm and cyberpunk_rust170.wasm (sign-ext) are accepted', () => {
    expectAccepted(corpus('cosmwasm/floaty.wasm'));
    expectAccepted(corpus('cosmwasm/floaty_2.0.wasm'));
    expectAccepted(corpus('cosmwasm/cyberpunk_rust170.wasm'));
  });
});

// ------------------------------------------------------------------------------------------------
// Capability analysis

describe('capability analysis', () => {
  test('hackatom.wasm', () => {
    const wasm = corpus('cosmwasm/hackatom.wasm');
    const a = checkWasm(wasm);
    expect(sorted(a.entryPoints)).toEqual(sorted(['instantiate', 'migrate', 'sudo', 'execute', 'query']));
    expect(sorted(a.requiredCapabilities)).toEqual([
      'cosmwasm_1_1',
      'cosmwasm_1_2',
      'cosmwasm_1_3',
      'cosmwasm_1_4',
      'cosmwasm_2_0',
      'cosmwasm_2_1',
      'cosmwasm_2_2',
    ]);
    expect(a.migrateVersion).toBe(420);
    expect(a.hasIbcEntryPoints).toBe(false);
    expect(a.exportedFunctions).toHaveLength(15);
    expect(sorted(a.exportedFunctions)).toEqual(
      sorted([
        'instantiate',
        'migrate',
        'sudo',
        'execute',
        'query',
        'interface_version_8',
        'allocate',
        'deallocate',
        'requires_cosmwasm_1_1',
        'requires_cosmwasm_1_2',
        'requires_cosmwasm_1_3',
        'requires_cosmwasm_1_4',
        'requires_cosmwasm_2_0',
        'requires_cosmwasm_2_1',
        'requires_cosmwasm_2_2',
      ]),
    );
    // the same analysis comes back from storeCode
    const stored = new Vm().storeCode(wasm);
    expect(stored.analysis.migrateVersion).toBe(420);
    expect(sorted(stored.analysis.requiredCapabilities)).toEqual(sorted(a.requiredCapabilities));
    expect(sorted(stored.analysis.entryPoints)).toEqual(sorted(a.entryPoints));
    expect(stored.analysis.hasIbcEntryPoints).toBe(false);
  });

  test('hackatom_1.3.wasm: migrate version 42; hackatom_1.0: none', () => {
    expect(checkWasm(corpus('cosmwasm/hackatom_1.3.wasm')).migrateVersion).toBe(42);
    expect(checkWasm(corpus('cosmwasm/hackatom_1.0.wasm')).migrateVersion).toBeNull();
  });

  test('ibc_reflect.wasm', () => {
    const a = checkWasm(corpus('cosmwasm/ibc_reflect.wasm'));
    expect(a.hasIbcEntryPoints).toBe(true);
    expect(sorted(a.entryPoints)).toEqual(
      sorted([
        'instantiate',
        'migrate',
        'execute',
        'reply',
        'query',
        'ibc_channel_open',
        'ibc_channel_connect',
        'ibc_channel_close',
        'ibc_packet_receive',
        'ibc_packet_ack',
        'ibc_packet_timeout',
      ]),
    );
    expect(sorted(a.requiredCapabilities)).toEqual([
      'cosmwasm_1_1',
      'cosmwasm_1_2',
      'cosmwasm_1_3',
      'cosmwasm_1_4',
      'cosmwasm_2_0',
      'cosmwasm_2_1',
      'cosmwasm_2_2',
      'iterator',
      'stargate',
    ]);
    expect(a.migrateVersion).toBeNull();
    expect(a.exportedFunctions).toHaveLength(23);
  });

  test('ibc_callbacks.wasm has callback entry points but not the six IBC ones', () => {
    const a = checkWasm(corpus('cosmwasm/ibc_callbacks.wasm'));
    expect(a.hasIbcEntryPoints).toBe(false);
    expect(sorted(a.entryPoints)).toEqual(
      sorted(['instantiate', 'execute', 'query', 'ibc_source_callback', 'ibc_destination_callback']),
    );
  });

  test('empty.wasm', () => {
    const a = checkWasm(corpus('cosmwasm/empty.wasm'));
    expect(a.entryPoints).toEqual([]);
    expect(a.requiredCapabilities).toEqual(['iterator']);
    expect(a.migrateVersion).toBeNull();
    expect(a.hasIbcEntryPoints).toBe(false);
    expect(sorted(a.exportedFunctions)).toEqual(sorted(['allocate', 'deallocate', 'requires_iterator', 'interface_version_8']));
  });

  test('cw_migrate_version custom section appended to empty.wasm is read (21); a non-number is rejected', () => {
    const empty = corpus('cosmwasm/empty.wasm');
    const with21 = rawBytes(empty, section(0, [...encName('cw_migrate_version'), ...new TextEncoder().encode('21')]));
    expect(checkWasm(with21).migrateVersion).toBe(21);
    expect(new Vm().storeCode(with21).analysis.migrateVersion).toBe(21);
    const bad = rawBytes(empty, section(0, [...encName('cw_migrate_version'), ...new TextEncoder().encode('not a number')]));
    expectRejected(bad, /.+/);
  });

  test('ibc2.wasm: analysis, and rejected when ibc2 is not offered', () => {
    const wasm = corpus('cosmwasm/ibc2.wasm');
    const a = checkWasm(wasm);
    expect(sorted(a.entryPoints)).toEqual(
      sorted(['instantiate', 'query', 'ibc2_packet_receive', 'ibc2_packet_timeout', 'ibc2_packet_ack', 'ibc2_packet_send']),
    );
    expect(sorted(a.requiredCapabilities)).toEqual(['ibc2', 'iterator']);
    expect(a.hasIbcEntryPoints).toBe(false);
    const withoutIbc2 = WASMD_CAPABILITIES.filter((c) => c !== 'ibc2');
    expectRejected(wasm, 'Wasm contract requires unavailable capabilities: {"ibc2"}', { capabilities: withoutIbc2 });
  });

  test('staking.wasm is rejected when staking is not offered', () => {
    expectRejected(corpus('cosmwasm/staking.wasm'), 'Wasm contract requires unavailable capabilities: {"staking"}', {
      capabilities: WASMD_CAPABILITIES.filter((c) => c !== 'staking'),
    });
  });

  test('hackatom.wasm on a chain without capabilities: sorted set of all seven', () => {
    expectRejected(
      corpus('cosmwasm/hackatom.wasm'),
      'Wasm contract requires unavailable capabilities: {"cosmwasm_1_1", "cosmwasm_1_2", "cosmwasm_1_3", "cosmwasm_1_4", "cosmwasm_2_0", "cosmwasm_2_1", "cosmwasm_2_2"}',
      { capabilities: [] },
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Synthetic modules, one bad feature at a time

describe('synthetic modules: module shape', () => {
  test('no memory', async () => {
    expectRejected(await cosmwasmModule({ memory: null }), 'Wasm contract must contain exactly one memory');
    // no memory section at all, and an empty memory section (count 0)
    const m = cosmwasmRaw({ memories: [] });
    expectRejected(m.toBytes(), 'Wasm contract must contain exactly one memory');
    m.emitEmptyMemorySection = true;
    const bytes = m.toBytes();
    expect(WebAssembly.validate(bytes)).toBe(true);
    expectRejected(bytes, 'Wasm contract must contain exactly one memory');
  });

  test('two memories: parse error mentioning "multiple memories"', () => {
    const w = cosmwasmRaw({ memories: [{ min: 1 }, { min: 1 }] }).toBytes();
    expectRejected(w, { contains: 'multiple memories' });
    // the upstream vector: a bare module with a memory section of two memories
    const bare = rawBytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], [0x05, 0x05, 0x02, 0x00, 0x09, 0x00, 0x09]);
    expectRejected(bare, { contains: 'multiple memories' });
  });

  test('initial memory: 512 pages accepted, 513 rejected', async () => {
    expectAccepted(await cosmwasmModule({ memory: '(memory (export "memory") 512)' }));
    expectRejected(
      await cosmwasmModule({ memory: '(memory (export "memory") 513)' }),
      "Wasm contract memory's minimum must not exceed 512 pages.",
    );
  });

  test('memory with a maximum', async () => {
    expectRejected(
      await cosmwasmModule({ memory: '(memory (export "memory") 1 100)' }),
      "Wasm contract memory's maximum must be unset. The host will set it for you.",
    );
    // even a maximum equal to the cap
    expectRejected(
      await cosmwasmModule({ memory: '(memory (export "memory") 1 512)' }),
      "Wasm contract memory's maximum must be unset. The host will set it for you.",
    );
  });

  test('table without maximum', async () => {
    expectRejected(await cosmwasmModule({ extra: '(table 1 funcref)' }), 'Wasm contract must not have unbound table section');
  });

  test('table maximum: 2500 accepted, 2501 rejected', async () => {
    expectAccepted(await cosmwasmModule({ extra: '(table 1 2500 funcref)' }));
    expectRejected(
      await cosmwasmModule({ extra: '(table 1 2501 funcref)' }),
      "Wasm contract's first table section has a too large max limit",
    );
  });

  test('two tables', async () => {
    const w = await cosmwasmModule({ extra: '(table $t1 1 10 funcref)\n(table $t2 1 10 funcref)' }, { reference_types: true });
    expectRejected(w, 'Wasm contract must not have more than 1 table section');
    const raw = cosmwasmRaw();
    raw.tables.push({ elem: 0x70, limits: { min: 1, max: 10 } }, { elem: 0x70, limits: { min: 1, max: 10 } });
    expectRejected(raw.toBytes(), 'Wasm contract must not have more than 1 table section');
  });

  test('interface markers: none, two, _7, _9', async () => {
    expectRejected(await cosmwasmModule({ markers: [] }), MISSING_MARKER);
    expectRejected(
      await cosmwasmModule({ markers: ['interface_version_8', 'interface_version_9'] }),
      'Wasm contract contains more than one marker export: interface_version_*',
    );
    expectRejected(await cosmwasmModule({ markers: ['interface_version_7'] }), UNKNOWN_MARKER);
    expectRejected(await cosmwasmModule({ markers: ['interface_version_9'] }), UNKNOWN_MARKER);
  });

  test('missing allocate / deallocate', async () => {
    expectRejected(await cosmwasmModule({ allocate: false }), {
      startsWith: 'Wasm contract doesn\'t have required export: "allocate"',
    });
    expectRejected(await cosmwasmModule({ deallocate: false }), {
      startsWith: 'Wasm contract doesn\'t have required export: "deallocate"',
    });
  });
});

describe('synthetic modules: imports', () => {
  const dbRead = (i: number) => `(import "env" "db_read" (func $r${i} (param i32) (result i32)))`;

  test('import count: 100 accepted, 101 rejected', async () => {
    expectAccepted(await cosmwasmModule({ imports: Array.from({ length: 100 }, (_, i) => dbRead(i)) }));
    expectRejected(
      await cosmwasmModule({ imports: Array.from({ length: 101 }, (_, i) => dbRead(i)) }),
      'Import count exceeds limit. Imports: 101. Limit: 100.',
    );
  });

  test('unsupported import env.foo (and a non-env module)', async () => {
    expectRejected(await cosmwasmModule({ imports: ['(import "env" "foo" (func (param i32)))'] }), {
      startsWith: 'Wasm contract requires unsupported import: "env.foo". ',
    });
    expectRejected(await cosmwasmModule({ imports: ['(import "wasi" "db_read" (func (param i32) (result i32)))'] }), {
      startsWith: 'Wasm contract requires unsupported import: "wasi.db_read". ',
    });
  });

  test('non-function import env.db_read (global, table; memory)', async () => {
    expectRejected(await cosmwasmModule({ imports: ['(import "env" "db_read" (global i32))'] }), {
      startsWith: 'Wasm contract requires non-function import: "env.db_read"',
    });
    expectRejected(await cosmwasmModule({ imports: ['(import "env" "db_read" (table 1 1 funcref))'] }), {
      startsWith: 'Wasm contract requires non-function import: "env.db_read"',
    });
    // An imported memory as the only memory: upstream counts only defined memories ("exactly one
    // memory"); a host that counts the import reaches the import rule. Either way: rejected.
    expectRejected(
      await cosmwasmModule({ memory: null, imports: ['(import "env" "db_read" (memory 1))', '(export "memory" (memory 0))'] }),
      /^(Wasm contract must contain exactly one memory|Wasm contract requires non-function import: "env\.db_read")/,
    );
  });

  test('all 24 supported imports with their ABI signatures are accepted', async () => {
    const sigs: [string, string][] = [
      ['db_read', '(param i32) (result i32)'],
      ['db_write', '(param i32 i32)'],
      ['db_remove', '(param i32)'],
      ['db_scan', '(param i32 i32 i32) (result i32)'],
      ['db_next', '(param i32) (result i32)'],
      ['db_next_key', '(param i32) (result i32)'],
      ['db_next_value', '(param i32) (result i32)'],
      ['addr_validate', '(param i32) (result i32)'],
      ['addr_canonicalize', '(param i32 i32) (result i32)'],
      ['addr_humanize', '(param i32 i32) (result i32)'],
      ['secp256k1_verify', '(param i32 i32 i32) (result i32)'],
      ['secp256k1_recover_pubkey', '(param i32 i32 i32) (result i64)'],
      ['secp256r1_verify', '(param i32 i32 i32) (result i32)'],
      ['secp256r1_recover_pubkey', '(param i32 i32 i32) (result i64)'],
      ['ed25519_verify', '(param i32 i32 i32) (result i32)'],
      ['ed25519_batch_verify', '(param i32 i32 i32) (result i32)'],
      ['bls12_381_aggregate_g1', '(param i32 i32) (result i32)'],
      ['bls12_381_aggregate_g2', '(param i32 i32) (result i32)'],
      ['bls12_381_pairing_equality', '(param i32 i32 i32 i32) (result i32)'],
      ['bls12_381_hash_to_g1', '(param i32 i32 i32 i32) (result i32)'],
      ['bls12_381_hash_to_g2', '(param i32 i32 i32 i32) (result i32)'],
      ['debug', '(param i32)'],
      ['abort', '(param i32)'],
      ['query_chain', '(param i32) (result i32)'],
    ];
    expect(sigs).toHaveLength(24);
    const w = await cosmwasmModule({ imports: sigs.map(([n, s]) => `(import "env" "${n}" (func ${s}))`) });
    expectAccepted(w);
  });

  test('an import with a wrong signature is rejected AT UPLOAD, naming the import and the expected signature', async () => {
    // AssemblyScript's default abort: env.abort(i32, i32, i32, i32)
    const w = await cosmwasmModule({ imports: ['(import "env" "abort" (func (param i32 i32 i32 i32)))'] });
    const e1 = catchError(() => checkWasm(w));
    expect(describeErr(e1)).not.toBe('accepted');
    expect(e1!.kind).toBe('static_validation');
    expect(String(e1!.rule).length).toBeGreaterThan(0);
    expect(e1!.message).toContain('env.abort');
    expect(e1!.message).toMatch(/signature|type/i);
    expect(e1!.message).toMatch(/i32/); // the expected signature (i32) -> ()
    const e2 = catchError(() => new Vm().storeCode(w));
    expect(describeErr(e2)).not.toBe('accepted');
    expect(e2!.kind).toBe('static_validation');
    expect(e2!.message).toContain('env.abort');

    // a wrong result type: db_read must return i32
    const w2 = await cosmwasmModule({ imports: ['(import "env" "db_read" (func (param i32)))'] });
    const e3 = catchError(() => checkWasm(w2));
    expect(describeErr(e3)).not.toBe('accepted');
    expect(e3!.kind).toBe('static_validation');
    expect(e3!.message).toContain('env.db_read');
    expect(e3!.message).toMatch(/signature|type/i);

    // i64 where i32 is expected
    const w3 = await cosmwasmModule({ imports: ['(import "env" "debug" (func (param i64)))'] });
    const e4 = catchError(() => checkWasm(w3));
    expect(describeErr(e4)).not.toBe('accepted');
    expect(e4!.kind).toBe('static_validation');
    expect(e4!.message).toContain('env.debug');
  });
});

describe('synthetic modules: capabilities', () => {
  test('requires_sun on a chain without sun', async () => {
    expectRejected(
      await cosmwasmModule({ capabilities: ['sun'] }),
      'Wasm contract requires unavailable capabilities: {"sun"}',
    );
  });

  test('several unavailable capabilities are listed sorted', async () => {
    expectRejected(
      await cosmwasmModule({ capabilities: ['water', 'sun', 'nutrients', 'iterator'] }),
      'Wasm contract requires unavailable capabilities: {"nutrients", "sun", "water"}',
    );
  });

  test('an offered capability is accepted; a custom capability can be offered', async () => {
    expectAccepted(await cosmwasmModule({ capabilities: ['iterator', 'staking'] }));
    expectAccepted(await cosmwasmModule({ capabilities: ['sun'] }), { capabilities: ['sun'] });
    const a = checkWasm(await cosmwasmModule({ capabilities: ['sun', 'iterator'] }), { capabilities: ['sun', 'iterator'] });
    expect(sorted(a.requiredCapabilities)).toEqual(['iterator', 'sun']);
  });
});

describe('synthetic modules: function limits', () => {
  const params = (n: number, t = 'i32') => `(param ${Array(n).fill(t).join(' ')})`;
  const locals = (n: number, t = 'i64') => `(local ${Array(n).fill(t).join(' ')})`;

  test('params: 100 accepted, 101 rejected', async () => {
    expectAccepted(await cosmwasmModule({ extra: `(func ${params(100)})` }));
    expectRejected(
      await cosmwasmModule({ extra: `(func ${params(101)})` }),
      'Wasm contract contains function with more than 100 parameters',
    );
  });

  test('results: 2 rejected', async () => {
    expectRejected(
      await cosmwasmModule({ extra: '(func (result i32 i32) i32.const 1 i32.const 2)' }, { multi_value: true }),
      'Wasm contract contains function with more than 1 results',
    );
  });

  test('functions: 20 000 accepted, 20 001 rejected', () => {
    const mk = (total: number) => {
      const m = cosmwasmRaw();
      while (m.funcs.length < total) m.func([], [], []);
      expect(m.funcs.length).toBe(total);
      return m.toBytes();
    };
    expectAccepted(mk(20_000), {}, false);
    expectRejected(mk(20_001), 'Wasm contract contains more than 20000 functions');
  });

  test('locals in one function: 100 accepted, 101 rejected', async () => {
    expectAccepted(await cosmwasmModule({ extra: `(func ${locals(100)})` }));
    expectRejected(
      await cosmwasmModule({ extra: `(func ${locals(101)})` }),
      'Wasm contract contains function with more than 100 locals: 101',
    );
    // params do not count as locals
    expectAccepted(await cosmwasmModule({ extra: `(func ${params(100)} ${locals(100)})` }));
  });

  test('total locals: 10 000 accepted, 10 100 rejected', () => {
    const mk = (fns: number) => {
      const m = cosmwasmRaw(); // allocate/deallocate/marker declare no locals
      for (let i = 0; i < fns; i++) m.func([], [], [], [[100, I64]]);
      return m.toBytes();
    };
    expectAccepted(mk(100));
    expectRejected(mk(101), 'Wasm contract contains more than 10000 function locals in total: 10100');
  });

  test('total params: 10 000 accepted, 10 102 rejected', () => {
    // skeleton: allocate(i32) + deallocate(i32) = 2 params
    const base = () => cosmwasmRaw();
    const ok = base();
    for (let i = 0; i < 99; i++) ok.func(new Array(100).fill(I32), [], []);
    for (let i = 0; i < 98; i++) ok.func([I32], [], []);
    expectAccepted(ok.toBytes());
    const bad = base();
    for (let i = 0; i < 101; i++) bad.func(new Array(100).fill(I32), [], []);
    expectRejected(bad.toBytes(), 'Wasm contract contains more than 10000 function parameters in total');
  });
});

describe('synthetic modules: Wasm features', () => {
  const fn = (body: string) => `(func ${body})`;
  const rej = async (extra: string, features: WatFeatures, expected: Expected) => {
    const w = await cosmwasmModule({ extra }, features);
    expectRejected(w, expected);
  };

  test('bulk memory: memory.copy / memory.fill (even in a function nobody calls)', async () => {
    await rej(fn('(memory.copy (i32.const 0) (i32.const 0) (i32.const 0))'), { bulk_memory: true }, {
      contains: 'Bulk memory operation detected',
    });
    await rej(fn('(memory.fill (i32.const 0) (i32.const 0) (i32.const 0))'), { bulk_memory: true }, {
      contains: 'Bulk memory operation detected',
    });
  });

  test('bulk memory: memory.init / data.drop with a passive segment', async () => {
    const w = await cosmwasmModule(
      { extra: '(data $p "abc")\n(func (memory.init $p (i32.const 0) (i32.const 0) (i32.const 3)) (data.drop $p))' },
      { bulk_memory: true },
    );
    expectRejected(w, /.+/);
  });

  test('SIMD: a v128 op', async () => {
    await rej(fn('(drop (v128.const i32x4 0 0 0 0))'), { simd: true }, { contains: 'SIMD operator detected' });
    await rej(fn('(drop (i32x4.add (v128.const i32x4 1 2 3 4) (v128.const i32x4 1 2 3 4)))'), { simd: true }, {
      contains: 'SIMD operator detected',
    });
  });

  test('reference types: table.grow / ref.func', async () => {
    await rej(
      '(table 1 10 funcref)\n' + fn('(drop (table.grow 0 (ref.null func) (i32.const 1)))'),
      { reference_types: true, bulk_memory: true },
      { contains: 'Reference type operation detected' },
    );
    await rej(
      '(func $target)\n(elem declare func $target)\n' + fn('(drop (ref.func $target))'),
      { reference_types: true, bulk_memory: true },
      { contains: 'Reference type operation detected' },
    );
  });

  test('threads: atomics', async () => {
    await rej(fn('(drop (i32.atomic.load (i32.const 0)))'), { threads: true }, { contains: 'Threads operator detected' });
    await rej(fn('(drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))'), { threads: true }, {
      contains: 'Threads operator detected',
    });
  });

  test('tail calls are rejected', async () => {
    const w = await cosmwasmModule({ extra: '(func $t (return_call $t))' }, { tail_call: true });
    expectRejected(w, /.+/);
  });

  test('allowed: sign-extension, floats (incl. NaN-producing ops), saturating truncation, mutable globals', async () => {
    const w = await cosmwasmModule(
      {
        extra: [
          '(global $g (mut i64) (i64.const 0))',
          '(func (result i32) (i32.extend8_s (i32.const 255)))',
          '(func (result f64) (f64.sqrt (f64.add (f64.const -1) (f64.const 0.5))))',
          '(func (result f32) (f32.div (f32.const 0) (f32.const 0)))',
          '(func (result i32) (i32.trunc_sat_f64_s (f64.const 1e300)))',
          // MVP trapping conversions (every Rust contract with serde floats has them)
          '(func (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))',
          '(func (param f64) (result i64) (i64.trunc_f64_u (local.get 0)))',
          '(func (global.set $g (i64.extend32_s (i64.const 5))))',
        ].join('\n'),
      },
      { sign_extension: true, sat_float_to_int: true, mutable_globals: true },
    );
    expectAccepted(w);
  });
});

// A light check that the WAT fixtures themselves are what they claim (not a runtime test)
describe('fixture validity', () => {
  test('feature fixtures are valid Wasm when the feature is enabled in the engine', async () => {
    const base = cosmwasmWat({});
    expect(WebAssembly.validate(await wat(base))).toBe(true);
    const one = new RawModule();
    one.memories.push({ min: 1 });
    expect(WebAssembly.validate(one.toBytes())).toBe(true);
    // the two-memory fixture is invalid only because of multi-memory
    const two = cosmwasmRaw({ memories: [{ min: 1 }, { min: 1 }] }).toBytes();
    expect(WebAssembly.validate(two)).toBe(false);
  });
});
