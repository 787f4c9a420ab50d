/**
 * Test utility: builds Wasm modules for the runtime's tests.
 *
 * - `wat(text, features)` compiles WebAssembly text with the `wabt` npm package.
 * - `RawModule` writes a binary module section by section, for modules wabt refuses to produce
 *   (two memories, 20 001 functions in a few milliseconds, local counts declared as 2^32-1,
 *   malformed or hostile sections) and for speed.
 * - `cosmwasmWat(opts)` / `cosmwasmRaw(opts)` produce a minimal *valid* CosmWasm-shaped module
 *   (one exported memory, `allocate`/`deallocate`, `interface_version_8`, optional entry points),
 *   so a test can add exactly one bad feature at a time.
 *
 * Memory layout of the CosmWasm-shaped modules (both builders use the same one):
 *   REGION_OK_RESPONSE (64)  -> Region of `{"ok":{"messages":[],"attributes":[],"events":[],"data":null}}`
 *   REGION_OK_QUERY    (80)  -> Region of `{"ok":"e30="}` (query result, Binary of `{}`)
 *   REGION_ERROR       (96)  -> Region of `{"error":"boom"}`
 *   REGION_KEY         (112) -> Region of the bytes `key` (for storage imports)
 *   data bytes live at 1024.., the bump allocator starts at HEAP_START (4096) and grows memory
 *   page by page when it needs more (a failed memory.grow traps with `unreachable`).
 */
import wabtInit from 'wabt';
import { concat } from '../../../bytes/bytes.js';

// ------------------------------------------------------------------------------------------------
// WAT via wabt

/** Post-MVP features wabt may legalize (the names wabt uses). */
export interface WatFeatures {
  exceptions?: boolean;
  mutable_globals?: boolean;
  sat_float_to_int?: boolean;
  sign_extension?: boolean;
  simd?: boolean;
  threads?: boolean;
  function_references?: boolean;
  multi_value?: boolean;
  tail_call?: boolean;
  bulk_memory?: boolean;
  reference_types?: boolean;
  annotations?: boolean;
  code_metadata?: boolean;
  gc?: boolean;
  memory64?: boolean;
  extended_const?: boolean;
  relaxed_simd?: boolean;
}

type Wabt = Awaited<ReturnType<typeof wabtInit>>;
let wabtPromise: Promise<Wabt> | undefined;

function getWabt(): Promise<Wabt> {
  wabtPromise ??= wabtInit();
  return wabtPromise;
}

/** Compiles WebAssembly text to a binary. Throws wabt's message when the text does not parse. */
export async function wat(text: string, features: WatFeatures = {}, name = 'test.wat'): Promise<Uint8Array> {
  const wabt = await getWabt();
  const mod = wabt.parseWat(name, text, features);
  try {
    const { buffer } = mod.toBinary({});
    return new Uint8Array(buffer);
  } finally {
    mod.destroy();
  }
}

/** Escapes bytes for a WAT string literal (`"\00\01..."`). */
export function watBytes(bytes: Uint8Array | string): string {
  const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  let s = '';
  for (const x of b) s += '\\' + x.toString(16).padStart(2, '0');
  return s;
}

// ------------------------------------------------------------------------------------------------
// Binary encoding helpers

export const I32 = 0x7f;
export const I64 = 0x7e;
export const F32 = 0x7d;
export const F64 = 0x7c;
export const V128 = 0x7b;
export const FUNCREF = 0x70;
export const EXTERNREF = 0x6f;
export type ValType = number;

/** Unsigned LEB128 (numbers up to 2^53, or bigint). */
export function u32(n: number | bigint): number[] {
  let v = BigInt(n);
  if (v < 0n) throw new Error(`u32: negative ${n}`);
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) byte |= 0x80;
    out.push(byte);
  } while (v !== 0n);
  return out;
}

/** Signed LEB128 (i32 / i64 immediates). */
export function sleb(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n; // arithmetic shift for bigint
    const signBit = (byte & 0x40) !== 0;
    if ((v === 0n && !signBit) || (v === -1n && signBit)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

export function name(s: string): number[] {
  const b = new TextEncoder().encode(s);
  return [...u32(b.length), ...b];
}

export function vec(items: number[][]): number[] {
  const out = u32(items.length);
  for (const it of items) for (const x of it) out.push(x);
  return out;
}

export function section(id: number, payload: number[] | Uint8Array): number[] {
  const p = Array.from(payload);
  return [id, ...u32(p.length), ...p];
}

export const WASM_HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/** Concatenates a header and arbitrary (possibly malformed) section bytes. */
export function rawBytes(...parts: (number[] | Uint8Array)[]): Uint8Array {
  return concat(...parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p))));
}

/** Opcodes and small instruction encoders (enough for hand-written bodies). */
export const op = {
  unreachable: [0x00],
  nop: [0x01],
  block: (bt: number = 0x40) => [0x02, bt],
  loop: (bt: number = 0x40) => [0x03, bt],
  if: (bt: number = 0x40) => [0x04, bt],
  else: [0x05],
  end: [0x0b],
  br: (d: number) => [0x0c, ...u32(d)],
  br_if: (d: number) => [0x0d, ...u32(d)],
  return: [0x0f],
  call: (f: number) => [0x10, ...u32(f)],
  call_indirect: (type: number, table = 0) => [0x11, ...u32(type), ...u32(table)],
  drop: [0x1a],
  local_get: (i: number) => [0x20, ...u32(i)],
  local_set: (i: number) => [0x21, ...u32(i)],
  local_tee: (i: number) => [0x22, ...u32(i)],
  global_get: (i: number) => [0x23, ...u32(i)],
  global_set: (i: number) => [0x24, ...u32(i)],
  i32_load: (offset = 0, align = 2) => [0x28, ...u32(align), ...u32(offset)],
  i32_store: (offset = 0, align = 2) => [0x36, ...u32(align), ...u32(offset)],
  memory_size: [0x3f, 0x00],
  memory_grow: [0x40, 0x00],
  i32_const: (n: number) => [0x41, ...sleb(n | 0)],
  i64_const: (n: number | bigint) => [0x42, ...sleb(BigInt.asIntN(64, BigInt(n)))],
  i32_eqz: [0x45],
  i32_eq: [0x46],
  i32_ne: [0x47],
  i32_lt_u: [0x49],
  i32_le_u: [0x4d],
  i32_add: [0x6a],
  i32_sub: [0x6b],
  i32_and: [0x71],
  i32_shl: [0x74],
  i64_add: [0x7c],
};

export function code(...parts: number[][]): number[] {
  const out: number[] = [];
  for (const p of parts) for (const x of p) out.push(x);
  return out;
}

// ------------------------------------------------------------------------------------------------
// RawModule: a tiny binary module writer

export interface FuncType {
  params: ValType[];
  results: ValType[];
}
export interface Limits {
  min: number;
  max?: number;
  shared?: boolean;
}
export type ImportDesc =
  | { kind: 'func'; type: number }
  | { kind: 'table'; elem?: ValType; limits: Limits }
  | { kind: 'memory'; limits: Limits }
  | { kind: 'global'; type: ValType; mutable?: boolean };
export interface Import {
  module: string;
  name: string;
  desc: ImportDesc;
}
export interface Func {
  type: number;
  /** Local declarations as [count, type]; count may be anything up to 2^32-1. */
  locals?: [number, ValType][];
  /** Instruction bytes WITHOUT the final `end` (added by the writer). */
  body: number[];
}
export interface Global {
  type: ValType;
  mutable: boolean;
  /** Init expression bytes without `end`. */
  init: number[];
}
export type ExportKind = 'func' | 'table' | 'memory' | 'global';
export interface Export {
  name: string;
  kind: ExportKind;
  index: number;
}
export interface ElemSegment {
  table?: number;
  offset: number;
  funcs: number[];
}
export interface DataSegment {
  offset: number;
  bytes: Uint8Array | number[];
}

const EXPORT_KIND: Record<ExportKind, number> = { func: 0, table: 1, memory: 2, global: 3 };

function limitsBytes(l: Limits): number[] {
  const flag = (l.max !== undefined ? 1 : 0) | (l.shared ? 2 : 0);
  return [flag, ...u32(l.min), ...(l.max !== undefined ? u32(l.max) : [])];
}

export class RawModule {
  types: FuncType[] = [];
  imports: Import[] = [];
  funcs: Func[] = [];
  tables: { elem: ValType; limits: Limits }[] = [];
  memories: Limits[] = [];
  globals: Global[] = [];
  exports: Export[] = [];
  start: number | undefined;
  elems: ElemSegment[] = [];
  datas: DataSegment[] = [];
  customs: { name: string; payload: Uint8Array | number[] }[] = [];
  /** Extra raw sections appended after everything (id + payload), e.g. hostile ones. */
  extraSections: number[][] = [];
  /** Write a memory section even when it declares no memory (count 0), like upstream's vector. */
  emitEmptyMemorySection = false;

  /** Returns the index of an existing identical type or adds it. */
  type(params: ValType[], results: ValType[] = []): number {
    const i = this.types.findIndex(
      (t) =>
        t.params.length === params.length &&
        t.results.length === results.length &&
        t.params.every((p, k) => p === params[k]) &&
        t.results.every((r, k) => r === results[k]),
    );
    if (i >= 0) return i;
    this.types.push({ params, results });
    return this.types.length - 1;
  }

  get importedFuncCount(): number {
    return this.imports.filter((i) => i.desc.kind === 'func').length;
  }

  /** Adds an imported function and returns its function index. Call before adding defined functions. */
  importFunc(module: string, fname: string, params: ValType[], results: ValType[] = []): number {
    if (this.funcs.length > 0) throw new Error('RawModule: add imports before defined functions');
    this.imports.push({ module, name: fname, desc: { kind: 'func', type: this.type(params, results) } });
    return this.importedFuncCount - 1;
  }

  /** Adds a defined function and returns its function index (imports included). */
  func(params: ValType[], results: ValType[], body: number[], locals: [number, ValType][] = []): number {
    this.funcs.push({ type: this.type(params, results), locals, body });
    return this.importedFuncCount + this.funcs.length - 1;
  }

  exportFunc(exportName: string, index: number): this {
    this.exports.push({ name: exportName, kind: 'func', index });
    return this;
  }

  toBytes(): Uint8Array {
    const out: number[] = [...WASM_HEADER];
    const push = (bytes: number[]) => {
      for (const b of bytes) out.push(b);
    };
    if (this.types.length)
      push(section(1, vec(this.types.map((t) => [0x60, ...vec(t.params.map((p) => [p])), ...vec(t.results.map((r) => [r]))]))));
    if (this.imports.length)
      push(
        section(
          2,
          vec(
            this.imports.map((im) => {
              const head = [...name(im.module), ...name(im.name)];
              const d = im.desc;
              switch (d.kind) {
                case 'func':
                  return [...head, 0x00, ...u32(d.type)];
                case 'table':
                  return [...head, 0x01, d.elem ?? FUNCREF, ...limitsBytes(d.limits)];
                case 'memory':
                  return [...head, 0x02, ...limitsBytes(d.limits)];
                case 'global':
                  return [...head, 0x03, d.type, d.mutable ? 1 : 0];
              }
            }),
          ),
        ),
      );
    if (this.funcs.length) {
      // vec of type indices, written without building one array per function (20k+ functions)
      const p = u32(this.funcs.length);
      for (const f of this.funcs) for (const b of u32(f.type)) p.push(b);
      push(section(3, p));
    }
    if (this.tables.length) push(section(4, vec(this.tables.map((t) => [t.elem, ...limitsBytes(t.limits)]))));
    if (this.memories.length || this.emitEmptyMemorySection) push(section(5, vec(this.memories.map(limitsBytes))));
    if (this.globals.length)
      push(section(6, vec(this.globals.map((g) => [g.type, g.mutable ? 1 : 0, ...g.init, 0x0b]))));
    if (this.exports.length)
      push(section(7, vec(this.exports.map((e) => [...name(e.name), EXPORT_KIND[e.kind], ...u32(e.index)]))));
    if (this.start !== undefined) push(section(8, u32(this.start)));
    if (this.elems.length)
      push(
        section(
          9,
          vec(
            this.elems.map((e) =>
              (e.table ?? 0) === 0
                ? [0x00, ...op.i32_const(e.offset), 0x0b, ...vec(e.funcs.map((f) => u32(f)))]
                : [0x02, ...u32(e.table ?? 0), ...op.i32_const(e.offset), 0x0b, 0x00, ...vec(e.funcs.map((f) => u32(f)))],
            ),
          ),
        ),
      );
    if (this.funcs.length) {
      const p = u32(this.funcs.length);
      for (const f of this.funcs) {
        const locals = f.locals ?? [];
        const bodyBytes = [...u32(locals.length)];
        for (const [n, t] of locals) bodyBytes.push(...u32(n), t);
        for (const b of f.body) bodyBytes.push(b);
        bodyBytes.push(0x0b);
        for (const b of u32(bodyBytes.length)) p.push(b);
        for (const b of bodyBytes) p.push(b);
      }
      push(section(10, p));
    }
    if (this.datas.length)
      push(section(11, vec(this.datas.map((d) => [0x00, ...op.i32_const(d.offset), 0x0b, ...u32(d.bytes.length), ...Array.from(d.bytes)]))));
    for (const c of this.customs) push(section(0, [...name(c.name), ...Array.from(c.payload)]));
    for (const s of this.extraSections) push(s);
    return new Uint8Array(out);
  }
}

// ------------------------------------------------------------------------------------------------
// CosmWasm-shaped modules

export const OK_RESPONSE_JSON = '{"ok":{"messages":[],"attributes":[],"events":[],"data":null}}';
export const OK_QUERY_JSON = '{"ok":"e30="}';
export const ERROR_JSON = '{"error":"boom"}';
export const KEY_BYTES = 'key';

export const REGION_OK_RESPONSE = 64;
export const REGION_OK_QUERY = 80;
export const REGION_ERROR = 96;
export const REGION_KEY = 112;
export const HEAP_START = 4096;

const DATA_OK_RESPONSE = 1024;
const DATA_OK_QUERY = 1280;
const DATA_ERROR = 1536;
const DATA_KEY = 1792;

function le32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** 12 bytes of a Region {offset, capacity, length}. */
export function regionBytes(offset: number, capacity: number, length: number): Uint8Array {
  return new Uint8Array([...le32(offset), ...le32(capacity), ...le32(length)]);
}

function fixedData(): DataSegment[] {
  const enc = new TextEncoder();
  const items: [number, number, string][] = [
    [REGION_OK_RESPONSE, DATA_OK_RESPONSE, OK_RESPONSE_JSON],
    [REGION_OK_QUERY, DATA_OK_QUERY, OK_QUERY_JSON],
    [REGION_ERROR, DATA_ERROR, ERROR_JSON],
    [REGION_KEY, DATA_KEY, KEY_BYTES],
  ];
  const segs: DataSegment[] = [];
  for (const [region, data, text] of items) {
    const b = enc.encode(text);
    segs.push({ offset: region, bytes: regionBytes(data, b.length, b.length) });
    segs.push({ offset: data, bytes: b });
  }
  return segs;
}

/** Number of Region-pointer arguments of each entry point (ABI §2.2). */
export function entryPointArity(entry: string): number {
  return entry === 'instantiate' || entry === 'execute' ? 3 : 2;
}

export interface CosmwasmWatOptions {
  /**
   * The memory declaration. Default `(memory (export "memory") 1)`. `null`: no memory at all
   * (allocate/deallocate become stubs and no data segments are written).
   */
  memory?: string | null;
  /** Export `allocate` (default true). */
  allocate?: boolean;
  /** Export `deallocate` (default true). */
  deallocate?: boolean;
  /** Interface marker exports; default `['interface_version_8']`. */
  markers?: string[];
  /** `requires_<cap>` marker exports. */
  capabilities?: string[];
  /**
   * Entry points. `true` = return the ok Response (the ok query result for `query`).
   * A string = the WAT instruction body (it must leave one i32 Region pointer on the stack);
   * args are `$a0`, `$a1`, `$a2`.
   */
  entryPoints?: Record<string, true | string>;
  /** Extra import lines, placed first (e.g. `(import "env" "db_read" (func $db_read (param i32) (result i32)))`). */
  imports?: string[];
  /** Any extra module fields (functions, tables, globals, start, elem, custom data...). */
  extra?: string;
}

/**
 * WAT of a minimal valid CosmWasm-shaped module. With no options it passes every upload check
 * and has no entry points (like empty.wasm, minus requires_iterator).
 */
export function cosmwasmWat(opts: CosmwasmWatOptions = {}): string {
  const memory = opts.memory === undefined ? '(memory (export "memory") 1)' : opts.memory;
  const markers = opts.markers ?? ['interface_version_8'];
  const lines: string[] = ['(module'];
  for (const im of opts.imports ?? []) lines.push('  ' + im);
  if (memory !== null) lines.push('  ' + memory);
  lines.push(`  (global $heap (mut i32) (i32.const ${HEAP_START}))`);
  lines.push('  (global $r (mut i32) (i32.const 0))');
  if (memory !== null) {
    lines.push(`  (func $allocate (param $size i32) (result i32)
    global.get $heap
    global.set $r
    ;; heap = (r + 12 + size + 7) & ~7
    global.get $r
    i32.const 19
    i32.add
    local.get $size
    i32.add
    i32.const -8
    i32.and
    global.set $heap
    ;; grow page by page until heap fits
    (block $done
      (loop $grow
        global.get $heap
        memory.size
        i32.const 16
        i32.shl
        i32.le_u
        br_if $done
        i32.const 1
        memory.grow
        i32.const -1
        i32.eq
        if
          unreachable
        end
        br $grow))
    ;; Region {offset = r + 12, capacity = size, length = 0}
    global.get $r
    global.get $r
    i32.const 12
    i32.add
    i32.store
    global.get $r
    local.get $size
    i32.store offset=4
    global.get $r
    i32.const 0
    i32.store offset=8
    global.get $r)`);
  } else {
    lines.push('  (func $allocate (param $size i32) (result i32) i32.const 0)');
  }
  lines.push('  (func $deallocate (param $ptr i32))');
  if (opts.allocate !== false) lines.push('  (export "allocate" (func $allocate))');
  if (opts.deallocate !== false) lines.push('  (export "deallocate" (func $deallocate))');
  lines.push('  (func $marker)');
  for (const m of markers) lines.push(`  (export "${m}" (func $marker))`);
  for (const c of opts.capabilities ?? []) lines.push(`  (export "requires_${c}" (func $marker))`);
  for (const [entry, body] of Object.entries(opts.entryPoints ?? {})) {
    const n = entryPointArity(entry);
    const params = Array.from({ length: n }, (_, i) => `(param $a${i} i32)`).join(' ');
    const text =
      body === true ? `i32.const ${entry === 'query' ? REGION_OK_QUERY : REGION_OK_RESPONSE}` : body;
    lines.push(`  (func (export "${entry}") ${params} (result i32)\n    ${text})`);
  }
  if (memory !== null) {
    for (const d of fixedData()) lines.push(`  (data (i32.const ${d.offset}) "${watBytes(Uint8Array.from(d.bytes))}")`);
  }
  if (opts.extra) lines.push(opts.extra);
  lines.push(')');
  return lines.join('\n');
}

/** `wat(cosmwasmWat(opts), features)`. */
export function cosmwasmModule(opts: CosmwasmWatOptions = {}, features: WatFeatures = {}): Promise<Uint8Array> {
  return wat(cosmwasmWat(opts), features);
}

export interface CosmwasmRawOptions {
  /** Memories to define; default one memory of 1 page without maximum. Exported as "memory" (the first). */
  memories?: Limits[];
  /** Export `allocate` / `deallocate` (default true). */
  allocate?: boolean;
  deallocate?: boolean;
  markers?: string[];
  capabilities?: string[];
  /** Entry points that return the ok result. */
  entryPoints?: string[];
}

/**
 * A RawModule pre-populated like `cosmwasmWat` (same allocator, same data layout), to which a
 * test adds functions, imports (use `importFunc` only before calling this — or pass via
 * `beforeFuncs`), tables, sections. Functions 0.. are: allocate, deallocate, marker, then entry points.
 */
export function cosmwasmRaw(opts: CosmwasmRawOptions = {}, beforeFuncs?: (m: RawModule) => void): RawModule {
  const m = new RawModule();
  beforeFuncs?.(m);
  const memories = opts.memories ?? [{ min: 1 }];
  m.memories.push(...memories);
  const hasMemory = memories.length > 0;
  if (hasMemory) m.exports.push({ name: 'memory', kind: 'memory', index: 0 });
  m.globals.push({ type: I32, mutable: true, init: op.i32_const(HEAP_START) }); // heap
  m.globals.push({ type: I32, mutable: true, init: op.i32_const(0) }); // r
  const HEAP = 0;
  const R = 1;
  const allocBody = hasMemory
    ? code(
        op.global_get(HEAP),
        op.global_set(R),
        op.global_get(R),
        op.i32_const(19),
        op.i32_add,
        op.local_get(0),
        op.i32_add,
        op.i32_const(-8),
        op.i32_and,
        op.global_set(HEAP),
        op.block(),
        op.loop(),
        op.global_get(HEAP),
        op.memory_size,
        op.i32_const(16),
        op.i32_shl,
        op.i32_le_u,
        op.br_if(1),
        op.i32_const(1),
        op.memory_grow,
        op.i32_const(-1),
        op.i32_eq,
        op.if(),
        op.unreachable,
        op.end,
        op.br(0),
        op.end,
        op.end,
        op.global_get(R),
        op.global_get(R),
        op.i32_const(12),
        op.i32_add,
        op.i32_store(0),
        op.global_get(R),
        op.local_get(0),
        op.i32_store(4),
        op.global_get(R),
        op.i32_const(0),
        op.i32_store(8),
        op.global_get(R),
      )
    : op.i32_const(0);
  const alloc = m.func([I32], [I32], allocBody);
  const dealloc = m.func([I32], [], []);
  const marker = m.func([], [], []);
  if (opts.allocate !== false) m.exportFunc('allocate', alloc);
  if (opts.deallocate !== false) m.exportFunc('deallocate', dealloc);
  for (const mk of opts.markers ?? ['interface_version_8']) m.exportFunc(mk, marker);
  for (const c of opts.capabilities ?? []) m.exportFunc(`requires_${c}`, marker);
  for (const e of opts.entryPoints ?? []) {
    const n = entryPointArity(e);
    const f = m.func(new Array<ValType>(n).fill(I32), [I32], op.i32_const(e === 'query' ? REGION_OK_QUERY : REGION_OK_RESPONSE));
    m.exportFunc(e, f);
  }
  if (hasMemory) m.datas.push(...fixedData());
  return m;
}

// ------------------------------------------------------------------------------------------------
// Misc

/** Deterministic PRNG (mulberry32) for reproducible hostile inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomBytes(rand: () => number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 256);
  return out;
}
