/**
 * SDK unit tests. A small AssemblyScript contract (fixture/contract.ts) exposes SDK functions;
 * it runs through the runtime's Vm with the mock backend, so the code under test is the real
 * compiled, instrumented wasm.
 */
import { describe, test, before, beforeEach } from 'node:test';
import { expect } from 'expect';
import { compileContract } from '../../tools/compile.js';
import { scanWasm } from '../../tools/wasm-scan.js';
import { Vm, ContractError, RuntimeTrapError } from '../../../runtime/src/index.js';
import { mockBackend, mockEnv, mockInfo, addrMake, type MockBackend } from '../../../runtime/src/testkit/index.js';

const GAS = 500_000_000_000;
let wasm: Uint8Array;
let vm: Vm;
let checksum: string;
let backend: MockBackend;

before(async () => {
  wasm = (await compileContract('contracts/std/test/fixture/contract.ts')).wasm;
  vm = new Vm();
  checksum = vm.storeCode(wasm).checksum;
});

beforeEach(() => {
  backend = mockBackend();
});

type Answer = { ok: string } | { err: string };

function q(op: string, ...args: string[]): Answer {
  const r = vm.query(checksum, mockEnv(), { op, args }, { backend, gasLimit: GAS });
  return JSON.parse(new TextDecoder().decode(r.value)) as Answer;
}
function okOf(op: string, ...args: string[]): string {
  const a = q(op, ...args);
  if (!('ok' in a)) throw new Error(`${op}(${args.join(', ')}) failed: ${a.err}`);
  return a.ok;
}
function exec(op: string, ...args: string[]): unknown {
  return vm.execute(checksum, mockEnv(), mockInfo(addrMake('tester')), { op, args }, { backend, gasLimit: GAS }).value;
}
const b64 = (b: Uint8Array | string): string => Buffer.from(b).toString('base64');

describe('build output', () => {
  test('no float instructions, locals within limits, only env imports', () => {
    const s = scanWasm(wasm);
    expect(s.floats).toEqual([]);
    expect(s.tooManyLocals).toEqual([]);
    expect(s.imports.every((i) => i.module === 'env')).toBe(true);
    expect(s.exports.map((e) => e.name)).toEqual(expect.arrayContaining(['allocate', 'deallocate', 'interface_version_8', 'memory', 'query', 'execute', 'instantiate']));
  });
});

describe('JSON codec', () => {
  const E = 'Error parsing into type Sample: ';
  test('round trip of a valid document', () => {
    const doc = '{"a":18446744073709551615,"b":"h\\u00e9llo \\"q\\" \\\\ \\n\\t","c":"340282366920938463463374607431768211455","d":[0,1,4294967295],"e":true,"f":{"x":-9223372036854775808}}';
    expect(JSON.parse(okOf('json_sample', doc))).toEqual({
      a: 18446744073709551615,
      b: 'héllo "q" \\ \n\t',
      c: '340282366920938463463374607431768211455',
      d: [0, 1, 4294967295],
      e: true,
      f: { x: -9223372036854775808 },
    });
    // exact text (integers beyond 2^53 must not be rounded)
    expect(okOf('json_sample', ' {"a" : 1 , "b":"x","d":[ ],"e":false} ')).toBe('{"a":1,"b":"x","c":null,"d":[],"e":false,"f":null}');
    expect(okOf('json_sample', doc)).toContain('"a":18446744073709551615');
    expect(okOf('json_sample', doc)).toContain('"x":-9223372036854775808');
  });

  for (const [doc, error] of [
    ['{"a":1,"b":"x","d":[],"e":true,"z":1}', 'unknown field `z`, expected one of `a`, `b`, `c`, `d`, `e`, `f`'],
    ['{"a":1,"b":"x","d":[]}', 'missing field `e`'],
    ['{"b":"x","d":[],"e":true}', 'missing field `a`'],
    ['{"a":1,"a":2,"b":"x","d":[],"e":true}', 'duplicate field `a`'],
    ['{"a":"1","b":"x","d":[],"e":true}', 'Invalid type'],
    ['{"a":1,"b":1,"d":[],"e":true}', 'Invalid type'],
    ['{"a":1,"b":null,"d":[],"e":true}', 'Invalid type'],
    ['{"a":1,"b":"x","d":{},"e":true}', 'Invalid type'],
    ['{"a":1,"b":"x","d":[],"e":1}', 'Invalid type'],
    ['{"a":-1,"b":"x","d":[],"e":true}', 'Invalid number.'],
    ['{"a":18446744073709551616,"b":"x","d":[],"e":true}', 'Invalid number.'],
    ['{"a":1,"b":"x","d":[4294967296],"e":true}', 'Invalid number.'],
    ['{"a":1.5,"b":"x","d":[],"e":true}', "Expected this character to be either a `','` or a `'}'`."],
    ['{"a":1e3,"b":"x","d":[],"e":true}', "Expected this character to be either a `','` or a `'}'`."],
    ['{"a":01,"b":"x","d":[],"e":true}', "Expected this character to be either a `','` or a `'}'`."],
    ['{"a":1,"b":"x","d":[1,],"e":true}', 'JSON has a comma after the last value in an array or map.'],
    ['{"a":1,"b":"x","d":[1 2],"e":true}', "Expected this character to be either a `','` ora `']'`."],
    ['{"a":1,"b":"x","d":[],"e":tru}', 'Expected to parse either a `true`, `false`, or a `null`.'],
    ['{"a":1,"b":"x","d":[],"e":true,"f":{"x":9223372036854775808}}', 'Invalid number.'],
    ['{"a":1,"b":"x","d":[],"e":true} {}', 'JSON has non-whitespace trailing characters after the value.'],
    ['{"a":1,"b":"x","d":[],"e":true', 'EOF while parsing an object.'],
    ['{"a":1,"b":"unterminated', 'EOF while parsing a string.'],
    ['', 'EOF while parsing a JSON value.'],
    ['[]', 'Invalid type'],
    ['{"a":1,"b":"\\ud83d\\ude00","d":[],"e":true,"c":"-1"}', "invalid Uint128 '-1' - invalid digit found in string"],
    ['{"a":1,"b":"\\udc00","d":[],"e":true}', 'Expected a high surrogate (D800–DBFF).'],
    ['{"a":1,"b":"\\ud800\\ud800","d":[],"e":true}', 'Expected a low surrogate (DC00–DFFF).'],
    ['{"a":1,"b":"\\ud800\\u0041","d":[],"e":true}', 'Found a lone surrogate, which can exist in JSON but cannot be encoded to UTF-8.'],
    ['{"a":1,"b":"\\u12","d":[],"e":true}', 'Invalid escape sequence.'],
  ]) test(`rejects ${doc}`, () => {
    expect(q('json_sample', doc)).toEqual({ err: E + error });
  });

  test('surrogate pairs and raw UTF-8 decode correctly', () => {
    expect(JSON.parse(okOf('json_sample', '{"a":1,"b":"\\ud83d\\ude00 😀 ü","d":[],"e":true}')).b).toBe('😀 😀 ü');
  });

  test('invalid UTF-8 is an error, not a trap', () => {
    for (const bad of [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
      const doc = Buffer.concat([Buffer.from('{"a":1,"b":"'), Buffer.from(bad), Buffer.from('","d":[],"e":true}')]);
      expect(q('json_sample_b64', b64(doc))).toEqual({ err: E + 'Invalid unicode code point.' });
    }
  });

  test('deep nesting is an error, not a trap (strict decoders never recurse into unknown data)', () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000);
    expect(q('json_sample_b64', b64(deep))).toEqual({ err: E + 'Invalid type' });
    expect(q('json_skip_b64', b64(deep))).toEqual({ err: 'Error parsing into type Any: Recursion limit exceeded.' });
    expect(q('json_skip_b64', b64('['.repeat(63) + ']'.repeat(63)))).toEqual({ ok: 'ok' });
    expect(q('json_skip_b64', b64('{"a":[1,-2.5e+3,true,null,"x",{"b":{}}]}'))).toEqual({ ok: 'ok' });
    expect(q('json_skip_b64', b64('{"a":01}'))).toEqual({ err: "Error parsing into type Any: Expected this character to be either a `','` or a `'}'`." });
  });

  test('huge numbers and long strings', () => {
    const big = '9'.repeat(5000);
    expect(q('json_sample', `{"a":${big},"b":"x","d":[],"e":true}`)).toEqual({ err: E + 'Invalid number.' });
    expect(q('json_sample', `{"a":1,"b":"x","c":"${big}","d":[],"e":true}`)).toEqual({ err: E + `invalid Uint128 '${big}' - number too large to fit in target type` });
    const long = 'x'.repeat(100000);
    expect(JSON.parse(okOf('json_sample', `{"a":1,"b":"${long}","d":[],"e":true}`)).b).toBe(long);
  });

  test('string escaping matches serde-json-wasm', () => {
    expect(okOf('json_string_roundtrip', 'a"b\\c\n\r\t\b\f\u0001\u001f\u007f é \u2028 😀')).toBe('"a\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001F\u007f é \u2028 😀"');
  });
});

describe('Uint128', () => {
  const MAX = (1n << 128n) - 1n;
  test('parsing is strict', () => {
    expect(okOf('u128_parse', '340282366920938463463374607431768211455')).toBe(MAX.toString());
    expect(okOf('u128_parse', '0000123')).toBe('123');
    expect(okOf('u128_parse', '+5')).toBe('5');
    expect(q('u128_parse', '340282366920938463463374607431768211456')).toEqual({ err: 'number too large to fit in target type' });
    expect(q('u128_parse', '')).toEqual({ err: 'cannot parse integer from empty string' });
    for (const bad of ['-0', '-1', '+', '1x', ' 1', '1 ', '1.0', '1e3', '0x10']) expect(q('u128_parse', bad)).toEqual({ err: 'invalid digit found in string' });
  });

  test('checked arithmetic against BigInt', () => {
    const values = [0n, 1n, 2n, 10n, (1n << 64n) - 1n, 1n << 64n, (1n << 64n) + 1n, 1n << 100n, 12345678901234567890123456789n, MAX - 1n, MAX];
    for (const a of values) {
      for (const b of values) {
        const A = a.toString();
        const B = b.toString();
        const add = a + b;
        expect(q('u128_add', A, B)).toEqual(add > MAX ? { err: 'none' } : { ok: add.toString() });
        expect(q('u128_sub', A, B)).toEqual(a < b ? { err: 'none' } : { ok: (a - b).toString() });
        const mul = a * b;
        expect(q('u128_mul', A, B)).toEqual(mul > MAX ? { err: 'none' } : { ok: mul.toString() });
        expect(q('u128_div', A, B)).toEqual(b === 0n ? { err: 'none' } : { ok: (a / b).toString() });
        expect(q('u128_rem', A, B)).toEqual(b === 0n ? { err: 'none' } : { ok: (a % b).toString() });
        expect(q('u128_cmp', A, B)).toEqual({ ok: a < b ? '-1' : a > b ? '1' : '0' });
      }
    }
  });

  test('errors and panics carry cosmwasm-std texts', () => {
    expect(q('u128_try_sub', '700', '3000')).toEqual({ err: 'Overflow: Cannot Sub with 700 and 3000' });
    expect(q('u128_try_add', MAX.toString(), '1')).toEqual({ err: `Overflow: Cannot Add with ${MAX} and 1` });
    expect(okOf('u128_pow', '2', '127')).toBe((1n << 127n).toString());
    expect(q('u128_pow', '2', '128')).toEqual({ err: 'none' });
    expect(okOf('u128_mul_ratio', MAX.toString(), MAX.toString(), MAX.toString())).toBe(MAX.toString());
    expect(okOf('u128_mul_ratio', (1n << 127n).toString(), '6', '4')).toBe((((1n << 127n) * 6n) / 4n).toString());
    expect(q('u128_mul_ratio', MAX.toString(), '2', '1')).toEqual({ err: 'none' });
    expect(q('u128_mul_ratio', '1', '1', '0')).toEqual({ err: 'none' });
    let thrown: unknown;
    try {
      q('u128_add_panic', MAX.toString(), '1');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RuntimeTrapError);
    expect((thrown as Error).message).toContain('attempt to add with overflow');
  });
});

describe('Uint256', () => {
  const MAX = (1n << 256n) - 1n;
  test('parse and arithmetic against BigInt', () => {
    expect(okOf('u256_parse', MAX.toString())).toBe(MAX.toString());
    expect(q('u256_parse', (MAX + 1n).toString())).toEqual({ err: 'number too large to fit in target type' });
    const values = [0n, 1n, 3n, (1n << 64n) + 7n, 1n << 128n, (1n << 200n) + 12345n, MAX / 3n, MAX];
    for (const a of values) {
      for (const b of values) {
        const A = a.toString();
        const B = b.toString();
        expect(q('u256_add', A, B)).toEqual(a + b > MAX ? { err: 'none' } : { ok: (a + b).toString() });
        expect(q('u256_sub', A, B)).toEqual(a < b ? { err: 'none' } : { ok: (a - b).toString() });
        expect(q('u256_mul', A, B)).toEqual(a * b > MAX ? { err: 'none' } : { ok: (a * b).toString() });
        expect(q('u256_div', A, B)).toEqual(b === 0n ? { err: 'none' } : { ok: (a / b).toString() });
        expect(q('u256_rem', A, B)).toEqual(b === 0n ? { err: 'none' } : { ok: (a % b).toString() });
      }
    }
  });
});

describe('Decimal', () => {
  const F = 10n ** 18n;
  const MAXA = (1n << 128n) - 1n;
  test('parsing and formatting', () => {
    expect(okOf('dec_parse', '1.5')).toBe('1.5');
    expect(okOf('dec_parse', '0.000000000000000001')).toBe('0.000000000000000001');
    expect(okOf('dec_parse', '007.2500')).toBe('7.25');
    expect(okOf('dec_parse', '42')).toBe('42');
    expect(okOf('dec_atomics', '1.5')).toBe('1500000000000000000');
    expect(okOf('dec_parse', '340282366920938463463.374607431768211455')).toBe('340282366920938463463.374607431768211455');
    expect(q('dec_parse', '340282366920938463463.374607431768211456')).toEqual({ err: 'Generic error: Value too big' });
    expect(q('dec_parse', '340282366920938463464')).toEqual({ err: 'Generic error: Value too big' });
    expect(q('dec_parse', '.5')).toEqual({ err: 'Generic error: Error parsing whole' });
    expect(q('dec_parse', '1.')).toEqual({ err: 'Generic error: Error parsing fractional' });
    expect(q('dec_parse', '1.2.3')).toEqual({ err: 'Generic error: Unexpected number of dots' });
    expect(q('dec_parse', '1.x.3')).toEqual({ err: 'Generic error: Error parsing fractional' });
    expect(q('dec_parse', '0.0000000000000000001')).toEqual({ err: 'Generic error: Cannot parse more than 18 fractional digits' });
    expect(q('dec_parse', '-1')).toEqual({ err: 'Generic error: Error parsing whole' });
  });

  test('arithmetic, floor/ceil and ratios against BigInt', () => {
    const atoms = [0n, 1n, 5n * 10n ** 17n, F, 15n * 10n ** 17n, 123456789n * F + 987654321n, MAXA / 2n, MAXA];
    const fmt = (a: bigint): string => {
      const w = a / F;
      const f = a % F;
      if (f === 0n) return w.toString();
      return `${w}.${f.toString().padStart(18, '0').replace(/0+$/, '')}`;
    };
    for (const a of atoms) {
      expect(okOf('dec_floor', fmt(a))).toBe(fmt((a / F) * F));
      const ceil = a % F === 0n ? a : (a / F + 1n) * F;
      expect(q('dec_ceil', fmt(a))).toEqual(ceil > MAXA ? { err: 'overflow' } : { ok: fmt(ceil) });
      for (const b of atoms) {
        expect(q('dec_add', fmt(a), fmt(b))).toEqual(a + b > MAXA ? { err: `Overflow: Cannot Add with ${fmt(a)} and ${fmt(b)}` } : { ok: fmt(a + b) });
        expect(q('dec_sub', fmt(a), fmt(b))).toEqual(a < b ? { err: `Overflow: Cannot Sub with ${fmt(a)} and ${fmt(b)}` } : { ok: fmt(a - b) });
        const mul = (a * b) / F;
        expect(q('dec_mul', fmt(a), fmt(b))).toEqual(mul > MAXA ? { err: `Overflow: Cannot Mul with ${fmt(a)} and ${fmt(b)}` } : { ok: fmt(mul) });
        if (b !== 0n) {
          const div = (a * F) / b;
          expect(q('dec_div', fmt(a), fmt(b))).toEqual(div > MAXA ? { err: `Overflow: Cannot Div with ${fmt(a)} and ${fmt(b)}` } : { ok: fmt(div) });
        }
      }
    }
    expect(q('dec_div', '1', '0')).toEqual({ err: 'Divide by zero: Cannot divide 1 by zero' });
    expect(okOf('dec_from_ratio', '1', '3')).toBe('0.333333333333333333');
    expect(okOf('dec_from_ratio', '2', '3')).toBe('0.666666666666666666');
    expect(q('dec_from_ratio', '1', '0')).toEqual({ err: 'Denominator must not be zero' });
    expect(okOf('dec_mul_floor', '0.333333333333333333', '3')).toBe('0');
    expect(okOf('dec_mul_ceil', '0.333333333333333333', '3')).toBe('1');
    expect(okOf('dec_mul_floor', '1.5', '1000')).toBe('1500');
    expect(okOf('dec_mul_ceil', '1.5', '1000')).toBe('1500');
  });
});

describe('base64 (base64 0.13 rules, as cosmwasm-std 1.x)', () => {
  for (const [input, normalized] of [
    ['', ''],
    ['e30=', 'e30='],
    ['e30', 'e30='],
    ['YQ', 'YQ=='],
    ['YQ==', 'YQ=='],
    // short padding: accepted by cw20_base.wasm (cosmwasm-std 1.x, base64 0.13); found by the cw20 fuzz test
    ['YQ=', 'YQ=='],
    ['AAE=', 'AAE='],
    ['+/+/', '+/+/'],
  ]) test(`accepts ${JSON.stringify(input)}`, () => {
    expect(okOf('b64_decode', input)).toBe(normalized);
  });
  for (const input of ['e30==', 'e3=0', 'e31', 'e', 'e3==', 'YR', 'AR==', 'AAB=', '-_-_', 'a===', '====', 'e30=e30=', 'e 30', 'YWI==', 'YQ===', 'YWJj=']) test(`rejects ${JSON.stringify(input)}`, () => {
    expect(q('b64_decode', input)).toEqual({ err: 'invalid' });
  });
});

describe('storage', () => {
  test('range order, bounds and limits', () => {
    exec('save_items', 'c', 'a', 'e', 'b', 'd', 'bb', 'b\u0000');
    expect(okOf('range_items', '', '', 'asc')).toBe('a,b,b\u0000,bb,c,d,e');
    expect(okOf('range_items', '', '', 'desc')).toBe('e,d,c,bb,b\u0000,b,a');
    expect(okOf('range_items', 'i:b', 'e:d', 'asc')).toBe('b,b\u0000,bb,c');
    expect(okOf('range_items', 'e:b', 'i:d', 'asc')).toBe('b\u0000,bb,c,d');
    expect(okOf('range_items', 'e:b', 'i:d', 'desc')).toBe('d,c,bb,b\u0000');
    expect(okOf('range_items', 'i:b', 'e:d', 'desc', '2')).toBe('c,bb');
    expect(okOf('range_items', '', '', 'asc', '0')).toBe('');
    expect(okOf('range_items', 'i:z', '', 'asc')).toBe('');
    expect(okOf('range_items', 'i:d', 'e:b', 'asc')).toBe('');
    exec('remove_item', 'c');
    expect(okOf('range_items', '', '', 'asc')).toBe('a,b,b\u0000,bb,d,e');
    expect(q('item_load', 'c')).toEqual({ err: 'string not found' });
    expect(okOf('item_load', 'd')).toBe('vd');
  });

  test('composite keys: prefixes never bleed into each other', () => {
    exec('save_pairs', 'a/1', 'a/2', 'ab/1', 'b/1', 'a/3', 'a/22');
    expect(okOf('range_prefix', 'a')).toBe('1=a/1,2=a/2,22=a/22,3=a/3');
    expect(okOf('range_prefix', 'ab')).toBe('1=ab/1');
    expect(okOf('range_prefix', 'a', 'e:2', '', 'desc')).toBe('3=a/3,22=a/22');
    expect(okOf('range_prefix', 'a', 'i:2', 'e:3')).toBe('2=a/2,22=a/22');
    expect(okOf('range_prefix', 'c')).toBe('');
  });

  test('integer keys iterate in numeric order', () => {
    exec('save_numbers', '256', '1', '10', '2', '1099511627776', '0', '18446744073709551615');
    expect(okOf('range_numbers', 'asc')).toBe('0,1,2,10,256,1099511627776,18446744073709551615');
    expect(okOf('range_numbers', 'desc')).toBe('18446744073709551615,1099511627776,256,10,2,1,0');
  });

  test('IndexedMap keeps multi and unique indexes up to date', () => {
    exec('save_token', 't1', 'alice:red');
    exec('save_token', 't2', 'alice:blue');
    exec('save_token', 't3', 'bob:green');
    expect(okOf('by_owner', 'alice')).toBe('t1,t2');
    expect(okOf('by_owner', 'bob')).toBe('t3');
    expect(okOf('by_value', 'bob:green')).toBe('t3');
    exec('save_token', 't2', 'bob:blue');
    expect(okOf('by_owner', 'alice')).toBe('t1');
    expect(okOf('by_owner', 'bob')).toBe('t2,t3');
    expect(q('by_value', 'alice:blue')).toEqual({ err: 'none' });
    expect(() => exec('save_token', 't9', 'bob:green')).toThrow(ContractError);
    expect(okOf('by_owner', 'bob')).toBe('t2,t3');
    exec('remove_token', 't3');
    expect(okOf('by_owner', 'bob')).toBe('t2');
    expect(q('by_value', 'bob:green')).toEqual({ err: 'none' });
  });
});

describe('host API, env, panics, debug, messages', () => {
  test('addresses', () => {
    const a = addrMake('someone');
    expect(okOf('addr_validate', a)).toBe(a);
    expect(q('addr_validate', 'foo')).toEqual({ err: 'Generic error: addr_validate errored: Error decoding bech32' });
    expect(q('addr_validate', a.toUpperCase())).toEqual({ err: 'Generic error: addr_validate errored: Invalid input: address not normalized' });
    expect(q('addr_validate', 'x'.repeat(257))).toEqual({ err: 'Generic error: input too long for addr_validate' });
    expect(okOf('addr_roundtrip', a)).toBe(`32:${a}`);
  });

  test('env is decoded (unknown fields ignored)', () => {
    expect(okOf('env')).toBe(`12345|1571797419879305533|cosmos-testnet-14002|${mockEnv().contract.address}`);
    const env = { ...mockEnv(), future_field: { x: [1, 2] } } as unknown as ReturnType<typeof mockEnv>;
    const r = vm.query(checksum, env, { op: 'env', args: [] }, { backend, gasLimit: GAS });
    expect(JSON.parse(new TextDecoder().decode(r.value))).toHaveProperty('ok');
  });

  test('panics abort with file, line and column', () => {
    let thrown: unknown;
    try {
      exec('panic');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RuntimeTrapError);
    expect((thrown as Error).message).toMatch(/panicked at contracts\/std\/test\/fixture\/contract\.ts:\d+:\d+:\nboom/);
  });

  test('debug output reaches the host', () => {
    const lines: string[] = [];
    vm.execute(checksum, mockEnv(), mockInfo(addrMake('dbg')), { op: 'debug', args: [] }, { backend, gasLimit: GAS, debug: (m) => lines.push(m) });
    expect(lines).toEqual([`hello from ${addrMake('dbg')}`]);
  });

  test('every CosmosMsg variant has the cosmwasm-std JSON shape', () => {
    const res = exec('messages') as { messages: { id: number; msg: unknown; gas_limit: number | null; reply_on: string }[]; events: unknown; data: string };
    const coins = [{ denom: 'ucosm', amount: '5' }];
    const b = (s: string): string => Buffer.from(s).toString('base64');
    expect(res.messages.map((m) => m.msg)).toEqual([
      { bank: { send: { to_address: 'addr1', amount: coins } } },
      { bank: { burn: { amount: coins } } },
      { wasm: { execute: { contract_addr: 'contract', msg: b('{}'), funds: coins } } },
      { wasm: { instantiate: { admin: null, code_id: 7, msg: b('{}'), funds: [], label: 'label' } } },
      { wasm: { instantiate2: { admin: 'admin', code_id: 7, label: 'label', msg: b('{}'), funds: [], salt: b('salt') } } },
      { wasm: { migrate: { contract_addr: 'contract', new_code_id: 8, msg: b('{}') } } },
      { wasm: { update_admin: { contract_addr: 'contract', admin: 'admin2' } } },
      { wasm: { clear_admin: { contract_addr: 'contract' } } },
      { staking: { delegate: { validator: 'val', amount: coins[0] } } },
      { staking: { undelegate: { validator: 'val', amount: coins[0] } } },
      { staking: { redelegate: { src_validator: 'val', dst_validator: 'val2', amount: coins[0] } } },
      { distribution: { set_withdraw_address: { address: 'addr1' } } },
      { distribution: { withdraw_delegator_reward: { validator: 'val' } } },
      { distribution: { fund_community_pool: { amount: coins } } },
      { ibc: { transfer: { channel_id: 'channel-0', to_address: 'addr2', amount: coins[0], timeout: { block: null, timestamp: '100000000000' } } } },
      { ibc: { send_packet: { channel_id: 'channel-0', data: b('data'), timeout: { block: { revision: 1, height: 100 }, timestamp: null } } } },
      { ibc: { close_channel: { channel_id: 'channel-0' } } },
      { gov: { vote: { proposal_id: 1, option: 'yes' } } },
      { custom: { debug: 'x' } },
      { any: { type_url: '/cosmos.bank.v1beta1.MsgSend', value: b('x') } },
      { bank: { burn: { amount: coins } } },
    ]);
    expect(res.messages[0]).toEqual({ id: 0, msg: res.messages[0]!.msg, gas_limit: null, reply_on: 'never' });
    expect(res.messages[20]).toEqual({ id: 42, msg: res.messages[20]!.msg, gas_limit: 100000, reply_on: 'success' });
    expect(res.events).toEqual([{ type: 'custom', attributes: [{ key: 'k', value: 'v' }] }]);
    expect(res.data).toBe(Buffer.from('data').toString('base64'));
  });

  test('bank query through the querier', () => {
    const addr = addrMake('rich');
    const b2 = mockBackend({ querier: { balances: { [addr]: [{ denom: 'ucosm', amount: '77' }] } } });
    const r = vm.query(checksum, mockEnv(), { op: 'bank_balance', args: [addr, 'ucosm'] }, { backend: b2, gasLimit: GAS });
    expect(JSON.parse(new TextDecoder().decode(r.value))).toEqual({ ok: '77ucosm' });
    const r2 = vm.query(checksum, mockEnv(), { op: 'wasm_smart', args: [addrMake('nobody'), '{}'] }, { backend: b2, gasLimit: GAS });
    expect(JSON.parse(new TextDecoder().decode(r2.value))).toEqual({ err: `Generic error: Querier system error: No such contract: ${addrMake('nobody')}` });
  });
});

describe('entry points: sudo, migrate, reply and the six IBC entry points', () => {
  const ctx = (): { backend: MockBackend; gasLimit: number } => ({ backend, gasLimit: GAS });
  const attrsOf = (r: unknown): Record<string, string> =>
    Object.fromEntries((r as { attributes: { key: string; value: string }[] }).attributes.map((a) => [a.key, a.value]));
  const channel = (version: string) => ({
    endpoint: { port_id: 'wasm.contract', channel_id: 'channel-7' },
    counterparty_endpoint: { port_id: 'transfer', channel_id: 'channel-9' },
    order: 'ORDER_UNORDERED',
    version,
    connection_id: 'connection-2',
  });
  const packet = {
    data: Buffer.from('ping').toString('base64'),
    src: { port_id: 'transfer', channel_id: 'channel-9' },
    dest: { port_id: 'wasm.contract', channel_id: 'channel-7' },
    sequence: 17,
    timeout: { block: { revision: 1, height: 99 }, timestamp: '1000' },
  };

  test('the fixture exports every entry point', () => {
    const exported = scanWasm(wasm).exports.map((e) => e.name);
    for (const e of ['sudo', 'migrate', 'reply', 'ibc_channel_open', 'ibc_channel_connect', 'ibc_channel_close', 'ibc_packet_receive', 'ibc_packet_ack', 'ibc_packet_timeout']) {
      expect(exported).toContain(e);
    }
  });

  test('sudo and migrate', () => {
    expect(attrsOf(vm.sudo(checksum, mockEnv(), { hook: 1 }, ctx()).value)).toEqual({ sudo: '{"hook":1}', height: '12345' });
    expect(attrsOf(vm.migrate(checksum, mockEnv(), { to: 2 }, ctx()).value)).toEqual({ migrate: '{"to":2}' });
  });

  test('reply with ok and error results (1.x and 2.x shapes)', () => {
    const okReply = {
      id: 42,
      payload: Buffer.from('pl').toString('base64'),
      gas_used: 1234,
      result: { ok: { events: [{ type: 'wasm', attributes: [{ key: 'a', value: 'b' }] }], data: Buffer.from('d').toString('base64'), msg_responses: [] } },
    };
    expect(attrsOf(vm.reply(checksum, mockEnv(), okReply, ctx()).value)).toEqual({
      id: '42',
      payload: 'pl',
      gas_used: '1234',
      result: 'ok',
      events: '1',
      data: 'd',
      first_event: 'wasm:1',
    });
    // a 1.x host sends neither payload nor gas_used nor msg_responses
    const errReply = { id: 7, result: { error: 'codespace: wasm, code: 5' } };
    expect(attrsOf(vm.reply(checksum, mockEnv(), errReply, ctx()).value)).toEqual({
      id: '7',
      payload: '',
      gas_used: '0',
      result: 'error',
      error: 'codespace: wasm, code: 5',
    });
  });

  test('ibc_channel_open / connect / close', () => {
    expect(vm.callJson(checksum, 'ibc_channel_open', [mockEnv(), { open_init: { channel: channel('v1') } }], ctx()).value).toBeNull();
    expect(vm.callJson(checksum, 'ibc_channel_open', [mockEnv(), { open_try: { channel: channel('v1'), counterparty_version: 'v2' } }], ctx()).value).toEqual({ version: 'v1+v2' });
    expect(() => vm.callJson(checksum, 'ibc_channel_open', [mockEnv(), { open_init: { channel: channel('bad') } }], ctx())).toThrow(ContractError);
    expect(attrsOf(vm.callJson(checksum, 'ibc_channel_connect', [mockEnv(), { open_ack: { channel: channel('v1'), counterparty_version: 'v1' } }], ctx()).value)).toEqual({
      kind: 'open_ack',
      channel: 'channel-7',
      counterparty_port: 'transfer',
      order: 'ORDER_UNORDERED',
      connection: 'connection-2',
    });
    expect(attrsOf(vm.callJson(checksum, 'ibc_channel_connect', [mockEnv(), { open_confirm: { channel: channel('v1') } }], ctx()).value)).toMatchObject({ kind: 'open_confirm' });
    expect(attrsOf(vm.callJson(checksum, 'ibc_channel_close', [mockEnv(), { close_init: { channel: channel('v1') } }], ctx()).value)).toEqual({ kind: 'close_init' });
    let thrown: unknown;
    try {
      vm.callJson(checksum, 'ibc_channel_close', [mockEnv(), { open_init: { channel: channel('v1') } }], ctx());
    } catch (e) {
      thrown = e;
    }
    expect((thrown as ContractError).contractMessage).toBe(
      'Error parsing into type cosmwasm_std::ibc::IbcChannelMsg: unknown variant `open_init`, expected `close_init` or `close_confirm`',
    );
  });

  test('ibc_packet_receive / ack / timeout', () => {
    const rec = vm.callJson<{ acknowledgement: string; attributes: unknown[]; messages: unknown[]; events: unknown[] }>(
      checksum,
      'ibc_packet_receive',
      [mockEnv(), { packet, relayer: 'relayer-addr' }],
      ctx(),
    ).value;
    expect(Buffer.from(rec.acknowledgement, 'base64').toString()).toBe('ack:ping');
    expect(attrsOf(rec)).toEqual({ sequence: '17', src: 'transfer/channel-9', timeout: '1-99|1000', relayer: 'relayer-addr' });
    expect(rec.messages).toEqual([]);
    const ack = vm.callJson(checksum, 'ibc_packet_ack', [mockEnv(), { acknowledgement: { data: Buffer.from('ok').toString('base64') }, original_packet: packet, relayer: 'r' }], ctx()).value;
    expect(attrsOf(ack)).toEqual({ ack: 'ok', sequence: '17' });
    expect(ack).not.toHaveProperty('data');
    const to = vm.callJson(checksum, 'ibc_packet_timeout', [mockEnv(), { packet: { ...packet, timeout: { block: null, timestamp: null } }, relayer: 'r' }], ctx()).value;
    expect(attrsOf(to)).toEqual({ timeout: '17' });
  });
});
