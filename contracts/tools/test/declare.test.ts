/**
 * The declaration pipeline itself: generated files are up to date with their declarations; a
 * fixture declaring every supported type round-trips JSON through its generated AssemblyScript
 * codecs and rejects malformed input with serde's texts; its schema has the cosmwasm-schema
 * layout; `$try` misuse fails the build naming the author's line; declaration mistakes are named.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContract, repoRoot, CompileError } from '../compile.js';
import { contract, struct, enumOf, unit, t, sharedTypes, sharedModules, DeclarationError } from '../declare.js';
import { generateAssemblyMsg, generateSharedMsg, sharedClosure } from '../codegen-as.js';
import { generateSchema } from '../codegen-schema.js';
import { loadDeclarations, renderContract } from '../generate.js';
import { Vm, ContractError } from '../../../runtime/src/index.js';
import { mockBackend, mockEnv } from '../../../runtime/src/testkit/index.js';

const root = repoRoot();
const work = join(root, 'build', 'declare-test');

const Inner = struct('Inner', { a: t.u8, b: t.option(t.string) });
const Shape = enumOf('Shape', { circle: { r: t.u32 }, dot: unit, named: t.string, empty: {} });
const Everything = struct(
  'Everything',
  {
    s: t.string,
    addr: t.Addr,
    flag: t.bool,
    n8: t.u8,
    n16: t.u16,
    n32: t.u32,
    n64: t.u64,
    i32v: t.i32,
    i64v: t.i64,
    u64s: t.Uint64,
    u128: t.Uint128,
    u256: t.Uint256,
    dec: t.Decimal,
    bin: t.Binary,
    ts: t.Timestamp,
    opt_n: t.option(t.u64),
    opt_s: t.option(t.string),
    opt_inner: t.option(Inner),
    list: t.vec(Inner),
    nums: t.vec(t.u32),
    pair: t.tuple(t.string, t.Uint128),
    shapes: t.vec(Shape),
    nested: t.vec(t.vec(t.u8)),
  },
  { rust: 'fixture::Everything' },
);
const QueryMsg = enumOf('QueryMsg', { echo: Everything }, { rust: 'fixture::QueryMsg' });
const FIXTURE = contract({ name: 'fixture', version: '0.0.0', query: QueryMsg, responses: { echo: Everything } });

const SDK = '../../../contracts/std/assembly';
const CONTRACT = `import { Deps, Env, Binary, Result, ok, $try, doQuery, toJsonBinary } from "${SDK}";
import { QueryMsg } from "./msg";
export { allocate, deallocate, interface_version_8 } from "${SDK}";
export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handle);
}
function handle(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const m = $try(QueryMsg.parse(raw));
  return ok(toJsonBinary(m.echo!));
}
`;

const VALUE = {
  s: 'héllo "x"',
  addr: 'cosmwasm1abc',
  flag: true,
  n8: 255,
  n16: 65535,
  n32: 4294967295,
  n64: 18446744073709551615n,
  i32v: -2147483648,
  i64v: -9223372036854775808n,
  u64s: '18446744073709551615',
  u128: '340282366920938463463374607431768211455',
  u256: '115792089237316195423570985008687907853269984665640564039457584007913129639935',
  dec: '1.5',
  bin: 'AAEC',
  ts: '1700000000000000001',
  opt_n: 7,
  opt_s: null,
  opt_inner: { a: 1, b: 'b' },
  list: [{ a: 2, b: null }],
  nums: [1, 2, 3],
  pair: ['x', '5'],
  shapes: [{ circle: { r: 3 } }, 'dot', { named: 'n' }, { empty: {} }],
  nested: [[1, 2], []],
};
/** JSON with u64/i64 written exactly (JSON.stringify cannot write bigints). */
function json(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? `@@${x}@@` : x)).replace(/"@@(-?\d+)@@"/g, '$1');
}

let vm: Vm;
let checksum: string;
function echo(msg: string): { ok: string } | { error: string } {
  try {
    const r = vm.query(checksum, mockEnv(), new TextEncoder().encode(msg), { backend: mockBackend(), gasLimit: 500_000_000_000 });
    return { ok: Buffer.from(r.value).toString('utf8') };
  } catch (e) {
    if (e instanceof ContractError) return { error: e.contractMessage };
    throw e;
  }
}

describe('declarations', () => {
  before(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(work, 'fixture'), { recursive: true });
    writeFileSync(join(work, 'fixture', 'msg.ts'), generateAssemblyMsg(FIXTURE, SDK, 'contracts/tools/test/declare.test.ts'));
    writeFileSync(join(work, 'fixture', 'contract.ts'), CONTRACT);
    vm = new Vm();
    checksum = vm.storeCode((await compileContract('build/declare-test/fixture/contract.ts')).wasm).checksum;
  });

  test('generated files match their declarations (run `npm run build:contracts` after editing a declare.ts)', async () => {
    for (const name of ['counter', 'cw20', 'chain_probe', 'ibc_probe', 'mesh_external_staking', 'mesh_converter', 'mesh_vault']) {
      for (const f of renderContract(name, await loadDeclarations(name))) {
        expect({ path: f.path, same: readFileSync(join(root, f.path), 'utf8') === f.contents }).toEqual({ path: f.path, same: true });
      }
    }
  });

  test('every supported type round-trips through the generated codecs', () => {
    const msg = json({ echo: VALUE });
    expect(echo(msg)).toEqual({ ok: json({ ...VALUE, opt_s: null }) });
    // Option fields may be missing; numbers in declaration order; unit variant in object form
    const { opt_n: _n, opt_s: _s, opt_inner: _i, ...required } = VALUE;
    const expected = Object.fromEntries(Object.entries(VALUE).map(([k, v]) => [k, k.startsWith('opt_') ? null : k === 'shapes' ? ['dot'] : v]));
    expect(echo(json({ echo: { ...required, shapes: [{ dot: null }] } }))).toEqual({ ok: json(expected) });
  });

  test('malformed input: serde texts, never a trap', () => {
    const T = 'Error parsing into type fixture::QueryMsg: ';
    const cases: Array<[unknown, string]> = [
      [{ ...VALUE, n8: 256 }, 'Invalid number.'],
      [{ ...VALUE, extra: 1 }, 'unknown field `extra`, expected one of `s`, `addr`, `flag`, `n8`, `n16`, `n32`, `n64`, `i32v`, `i64v`, `u64s`, `u128`, `u256`, `dec`, `bin`, `ts`, `opt_n`, `opt_s`, `opt_inner`, `list`, `nums`, `pair`, `shapes`, `nested`'],
      [{ ...VALUE, pair: ['x'] }, 'invalid length 1, expected a tuple of size 2'],
      [{ ...VALUE, pair: ['x', '1', 2] }, 'JSON has non-whitespace trailing characters after the value.'],
      [{ ...VALUE, shapes: ['circle'] }, 'Invalid type'],
      [{ ...VALUE, shapes: [{ square: {} }] }, 'unknown variant `square`, expected one of `circle`, `dot`, `named`, `empty`'],
      [{ ...VALUE, shapes: [{ empty: { x: 1 } }] }, 'unknown field `x`, there are no fields'],
      [{ ...VALUE, bin: '!!' }, 'invalid base64: !!'],
      [{ ...VALUE, list: [{ b: null }] }, 'missing field `a`'],
    ];
    for (const [v, text] of cases) expect(echo(json({ echo: v }))).toEqual({ error: T + text });
    expect(echo(json({ echo: VALUE }).slice(0, -3))).toEqual({ error: T + 'EOF while parsing a list.' });
  });

  test('schema: cosmwasm-schema 2.x layout', () => {
    const s = generateSchema(FIXTURE) as Record<string, Record<string, unknown> | null>;
    expect(Object.keys(s)).toEqual(['contract_name', 'contract_version', 'idl_version', 'instantiate', 'execute', 'query', 'migrate', 'sudo', 'responses']);
    expect(s.idl_version).toBe('1.0.0');
    const echoSchema = (s.responses as Record<string, Record<string, unknown>>).echo!;
    expect(echoSchema.title).toBe('Everything');
    expect(echoSchema.additionalProperties).toBe(false);
    const props = echoSchema.properties as Record<string, unknown>;
    expect(props.n8).toEqual({ type: 'integer', format: 'uint8', minimum: 0 });
    expect(props.opt_s).toEqual({ type: ['string', 'null'] });
    expect(props.opt_inner).toEqual({ anyOf: [{ $ref: '#/definitions/Inner' }, { type: 'null' }] });
    expect(props.pair).toEqual({ type: 'array', items: [{ type: 'string' }, { $ref: '#/definitions/Uint128' }], maxItems: 2, minItems: 2 });
    const shape = (echoSchema.definitions as Record<string, { oneOf: unknown[] }>).Shape!;
    expect(shape.oneOf[0]).toEqual({ type: 'string', enum: ['dot'] });
    expect(Object.keys(echoSchema.properties as object)).toEqual([...Object.keys(props)].sort());
  });

  test('$try outside a whole statement fails the build at the author line', async () => {
    mkdirSync(join(work, 'misuse'), { recursive: true });
    writeFileSync(join(work, 'misuse', 'msg.ts'), generateAssemblyMsg(FIXTURE, SDK, 'test'));
    writeFileSync(join(work, 'misuse', 'contract.ts'), CONTRACT.replace('return ok(toJsonBinary(m.echo!));', 'return ok(toJsonBinary($try(QueryMsg.parse(raw)).echo!));'));
    const e = await compileContract('build/declare-test/misuse/contract.ts').then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(CompileError);
    expect((e as CompileError).log).toContain('build/declare-test/misuse/contract.ts:9:');
    expect((e as CompileError).log).toContain('$try(...) must be a whole statement');
  });

  test('shared types are generated once and imported (with their kind enums and payloads) by the contracts that use them', () => {
    const Amount = struct('Amount', { denom: t.string, amount: t.Uint128 });
    const Packet = enumOf('Packet', { pay: { amount: Amount }, ping: unit });
    const mod = sharedTypes({ dir: 'contracts/demo/common', file: 'types', declFile: 'contracts/demo/common/declare.ts' }, [Packet]);
    const shared = generateSharedMsg(mod, SDK);
    expect(shared).toMatch(/^export class Amount \{/m);
    expect(shared).toMatch(/^export class PayPacket \{/m);
    // name tables are lazy: a binary that never parses a shared type carries none of them
    expect(shared).toContain('@lazy const Amount_FIELDS');
    const user = contract({ name: 'user', version: '1', execute: enumOf('ExecuteMsg', { send: { packet: Packet } }), uses: [mod] });
    const msg = generateAssemblyMsg(user, SDK, 'x', new Map([[mod, '../../common/assembly/types']]));
    expect(msg).not.toMatch(/^export class (Amount|Packet|PayPacket) /m);
    expect(msg).toContain('import { Amount, Packet, PacketKind, PayPacket } from "../../common/assembly/types";');
    expect(msg).toContain('export { Amount, Packet, PacketKind, PayPacket } from "../../common/assembly/types";');
    expect(msg).toMatch(/^export class SendExecuteMsg \{/m);
    // a contract type with a shared type's name is a clash
    const clash = contract({ name: 'c', version: '1', execute: enumOf('ExecuteMsg', { a: { x: struct('Amount', { n: t.u8 }) }, b: { p: Packet } }), uses: [mod] });
    expect(() => generateAssemblyMsg(clash, SDK, 'x', new Map([[mod, './t']]))).toThrow(/two different types are named Amount/);
  });

  test('a shared module building on another imports its types and helpers; contracts import the Vec/Option helpers of both', () => {
    const Money = struct('Money', { denom: t.string, amount: t.Uint128 });
    const base = sharedTypes({ dir: 'contracts/common', file: 'types', declFile: 'contracts/common/declare.ts' }, [Money]);
    const Order = struct('Order', { items: t.vec(Money), note: t.option(t.string), tags: t.vec(t.string) });
    const mesh = sharedTypes({ dir: 'contracts/demo/common', file: 'types', declFile: 'x', uses: [base] }, [Order]);
    expect(sharedModules([mesh])).toEqual([base, mesh]);
    // the repository-wide module (no `uses`) defines the helpers of every primitive and of its types
    const baseText = generateSharedMsg(base, SDK);
    for (const h of ['readVecString', 'writeOptString', 'readOptVecU64', 'readVecMoney', 'writeOptMoney', 'readOptVecMoney']) expect(baseText).toContain(`export function ${h}(`);
    expect(sharedClosure(base).map((ty) => ty.k === 'tuple' ? 'tuple' : ty.name)).toEqual(['Money']);
    // the module on top imports (and re-exports) Money and imports the helpers it needs
    const meshText = generateSharedMsg(mesh, SDK, new Map([[base, '../../../common/assembly/types']]));
    expect(meshText).not.toMatch(/^export class Money /m);
    expect(meshText).toContain('export { Money } from "../../../common/assembly/types";');
    expect(meshText).toContain('import { readOptString, readVecMoney, readVecString, writeOptString, writeVecMoney, writeVecString } from "../../../common/assembly/types";');
    expect(meshText).toContain('export function readVecOrder(');
    expect(sharedClosure(mesh).map((ty) => ty.k === 'tuple' ? 'tuple' : ty.name)).toEqual(['Order']);
    // a contract writes none of them again: its helpers come from the module that defines their element type
    const user = contract({ name: 'u', version: '1', execute: enumOf('ExecuteMsg', { put: { orders: t.vec(Order), ids: t.vec(t.u64), pair: t.vec(t.tuple(t.u8, t.u8)) } }), uses: [mesh] });
    const msg = generateAssemblyMsg(user, SDK, 'x', new Map([[base, './base'], [mesh, './mesh']]));
    expect(msg).toContain('import { readVecOrder, writeVecOrder } from "./mesh";');
    expect(msg).toContain('import { readVecU64, writeVecU64 } from "./base";');
    expect(msg).not.toMatch(/^function read(Vec|Opt)(Order|U64|String|Money)\(/m);
    // an anonymous tuple's helpers stay with the tuple class the contract writes itself
    expect(msg).toMatch(/^function readVecTupleU8U8\(/m);
  });

  test('declaration mistakes are named', () => {
    expect(() => struct('Bad', { camelCase: t.u8 })).toThrow(new DeclarationError('Bad: field "camelCase" must be snake_case'));
    expect(() => struct('Bad', { x: undefined as unknown as typeof t.u8 })).toThrow(/Bad\.x: the type is undefined/);
    expect(() => contract({ name: 'x', version: '1', query: enumOf('Q', { a: {} }) })).toThrow('x: query "a" has no answer type in responses');
    expect(() => generateAssemblyMsg(contract({ name: 'x', version: '1', execute: enumOf('E', { a: t.option(t.u64) }) }), SDK, 'x')).toThrow(/Option<u64> is supported as a struct field only/);
  });
});
