/**
 * Upload-time instrumentation, done once per code and deterministic:
 *
 * - gas: cosmwasm-vm's metering rewrite (accumulate operator costs, charge before each
 *   accounting operator, locals charge at function entry) on an exported i64 global;
 * - NaN canonicalisation after every float arithmetic operator, because V8 keeps NaN payloads
 *   and wasmer (cosmwasm-vm's engine) canonicalises them;
 * - a stack-height limiter: every call to a defined function adds the callee's static frame
 *   cost to a global and traps past STACK_LIMIT_UNITS, so recursion stops at the same depth on
 *   every machine and JIT tier; exported and table functions go through thunks that do the same;
 * - virtual memory size: every instance starts with the same real memory, the declared initial
 *   size plus REAL_MEMORY_HEADROOM_PAGES, and `memory.size` / `memory.grow` work on a size kept in
 *   a global, so an instance whose contract "grew" memory within the headroom can be restored and
 *   reused (a real WebAssembly memory cannot shrink). Growing past the headroom grows the real
 *   memory to exactly the new size and marks the instance as not reusable; past the cap,
 *   `memory.grow` returns -1 and raises a flag. Accesses between the virtual size and the real size
 *   do not trap (they do on cosmwasm-vm), but they behave the same on every node, since every call
 *   starts with the same real size and with that region zeroed;
 * - every store records the lowest and highest address it wrote, so restoring a pooled instance
 *   copies back only the bytes a call could have changed;
 * - every mutable global exported, so an instance can be restored to its pristine state;
 * - the start function turned into an export the host calls after setting the gas budget.
 *
 * The gatekeeper (operators of refused proposals) runs in the same pass.
 */
import { Reader, Writer } from './wasm/binary.js';
import { ExternalKind, type FuncType, type ParsedModule, SectionId } from './wasm/module.js';
import {
  FC_TRUNC_SAT_MAX,
  FLAG_ACCOUNTING,
  FLAG_FLOAT,
  FLAG_NAN_F32,
  FLAG_NAN_F64,
  FLAG_STORE,
  FLAG_TRUNC_F32,
  FLAG_TRUNC_F64,
  FLAGS,
  IMM,
  Imm,
  Op,
  REFUSED,
  STACK_DELTA,
  ValType,
  fcRefusal,
} from './wasm/opcodes.js';
import { ACCOUNTING_MULTIPLIER, CHARGED_LOCALS_THRESHOLD, GAS_PER_OPERATION } from './gas.js';
import { STACK_FRAME_OVERHEAD_UNITS } from './limits.js';
import { StaticValidationError } from './errors.js';

/** Export names of the instrumentation's globals and functions. NUL keeps them apart from any real export. */
export const EXPORT_GAS = '\0gas';
export const EXPORT_TRAP = '\0trap';
export const EXPORT_STACK = '\0stack';
export const EXPORT_GROW_FAILED = '\0grow_failed';
export const EXPORT_START = '\0start';
export const EXPORT_VPAGES = '\0vpages';
export const EXPORT_DIRTY_LO = '\0dirty_lo';
export const EXPORT_DIRTY_HI = '\0dirty_hi';
export const EXPORT_REAL_GROWN = '\0real_grown';

/** Real memory an instance starts with beyond its declared initial size (64 KiB pages). */
export const REAL_MEMORY_HEADROOM_PAGES = 16;
export const MUTABLE_GLOBAL_PREFIX = '\0g';

/** Values the trap-reason global takes. */
export const TrapReason = { None: 0, OutOfGas: 1, StackLimit: 2, NanToInt: 3 } as const;

export interface InstrumentOptions {
  memoryLimitPages: number;
  stackLimitUnits: number;
  /** Inject gas metering (default true). Off only to measure metering overhead in benchmarks. */
  metering?: boolean;
}

export interface InstrumentedCode {
  bytes: Uint8Array;
  /** Exports names of the module's own mutable globals, in order, for snapshot/restore. */
  mutableGlobalExports: string[];
  hasStart: boolean;
  /** Real memory size of every instance (the cap); the contract sees the virtual size. */
  realMemoryPages: number;
  /** The declared initial memory is over the cap: every instantiation fails with a memory-limit error. */
  initialMemoryOverLimit: boolean;
  initialMemoryPages: number;
  /** An active data segment lies outside the declared initial memory: instantiation fails, as upstream. */
  dataOutOfBounds: boolean;
  stats: { operators: number; floatOperators: number; meteringPoints: number };
}

const CANONICAL_NAN_F32 = Uint8Array.from([0x00, 0x00, 0xc0, 0x7f]);
const CANONICAL_NAN_F64 = Uint8Array.from([0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf8, 0x7f]);

function refuse(message: string, funcIndex: number): never {
  throw new StaticValidationError('operators', `${message} in function #${funcIndex}. This operator is not supported by CosmWasm.`);
}

/** Writes a non-negative integer as a signed LEB128 (i64.const / i32.const immediates). */
function writeSLebNonNeg(w: Writer, v: number): void {
  for (;;) {
    const byte = v % 128;
    v = Math.floor(v / 128);
    if (v === 0 && (byte & 0x40) === 0) {
      w.u8(byte);
      return;
    }
    w.u8(byte | 0x80);
  }
}

/** i32.const with a 5-byte padded LEB, patched once every function's frame cost is known. */
function writePaddedI32(w: Writer): number {
  w.u8(Op.I32Const);
  const at = w.len;
  w.u8(0x80).u8(0x80).u8(0x80).u8(0x80).u8(0x00);
  return at;
}

function patchPaddedI32(buf: Uint8Array, at: number, v: number): void {
  for (let i = 0; i < 4; i++) {
    buf[at + i] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[at + 4] = v & 0x3f; // values stay far below 2^31, so bit 6 (sign) of the last byte is 0
}

interface Ctx {
  m: ParsedModule;
  gGas: number;
  gTrap: number;
  gStack: number;
  gGrow: number;
  gVPages: number;
  gLo: number;
  gHi: number;
  gRealGrown: number;
  /** Index of the injected virtual `memory.grow` function. */
  vgrow: number;
  stackLimit: number;
  /** Frame cost per defined function, filled as bodies are processed. */
  frameCost: Int32Array;
  /** (position in code section writer, callee defined-function index) pairs to patch. */
  patches: number[];
  ops: number;
  floatOps: number;
  meteringPoints: number;
  metering: boolean;
}

export function instrument(m: ParsedModule, opts: InstrumentOptions): InstrumentedCode {
  const funcCount = m.importedFuncCount + m.functionTypes.length;
  const globalCount = m.importedGlobalCount + m.globals.length;
  const ctx: Ctx = {
    m,
    gGas: globalCount,
    gTrap: globalCount + 1,
    gStack: globalCount + 2,
    gGrow: globalCount + 3,
    gVPages: globalCount + 4,
    gLo: globalCount + 5,
    gHi: globalCount + 6,
    gRealGrown: globalCount + 7,
    vgrow: -1,
    stackLimit: opts.stackLimitUnits,
    frameCost: new Int32Array(m.functionTypes.length),
    patches: [],
    ops: 0,
    floatOps: 0,
    meteringPoints: 0,
    metering: opts.metering ?? true,
  };

  // Functions that need a thunk: exported functions, table entries and the start function.
  const thunkOf = new Map<number, number>();
  const thunkTargets: number[] = [];
  const needThunk = (f: number) => {
    if (f < 0 || thunkOf.has(f)) return;
    if (f >= funcCount) return;
    thunkOf.set(f, funcCount + thunkTargets.length);
    thunkTargets.push(f);
  };
  for (const e of m.exports) if (e.kind === ExternalKind.Func) needThunk(e.index);
  for (const seg of m.elements) for (const f of seg.items) needThunk(f);
  if (m.start !== null) needThunk(m.start);

  for (const t of m.types) {
    for (const v of [...t.params, ...t.results]) {
      if (v === ValType.V128) refuse('SIMD operator detected', -1);
      if (v === ValType.FuncRef || v === ValType.ExternRef) refuse('Reference type operation detected', -1);
    }
  }

  const mem = m.memories[0]!;
  const initialMemoryOverLimit = mem.min > opts.memoryLimitPages;
  const capPages = initialMemoryOverLimit ? mem.min : opts.memoryLimitPages;
  const realPages = Math.min(capPages, mem.min + REAL_MEMORY_HEADROOM_PAGES);
  ctx.vgrow = funcCount + thunkTargets.length;
  const vgrowType = m.types.length;

  // Code section first: it determines the frame costs the thunks need.
  const code = new Writer(m.bytes.length * 3);
  code.u32(m.bodies.length + thunkTargets.length + 1);
  const scratch = new Writer(1 << 16);
  for (let i = 0; i < m.bodies.length; i++) instrumentBody(ctx, i, code, scratch);
  for (const f of thunkTargets) writeThunk(ctx, f, code);
  writeVirtualGrow(ctx, code, capPages);
  const codeBytes = code.finish();
  for (let i = 0; i < ctx.patches.length; i += 2) {
    patchPaddedI32(codeBytes, ctx.patches[i]!, ctx.frameCost[ctx.patches[i + 1]!]!);
  }

  const out = new Writer(codeBytes.length + (m.bytes.length >> 2) + 1024);
  out.bytes(m.bytes.subarray(0, 8));
  const section = (id: number, body: Uint8Array) => {
    out.u8(id).u32(body.length).bytes(body);
  };
  let globalsWritten = false;
  const mutableGlobalExports: string[] = [];
  const writeGlobals = () => {
    const w = new Writer(64 + m.globals.length * 8);
    w.u32(m.globals.length + 8);
    for (const g of m.globals) w.u8(g.valType).u8(g.mutable ? 1 : 0).bytes(g.init);
    w.u8(ValType.I64).u8(1).u8(Op.I64Const).u8(0).u8(Op.End); // gas
    for (let k = 0; k < 3; k++) w.u8(ValType.I32).u8(1).u8(Op.I32Const).u8(0).u8(Op.End); // trap, stack, grow failed
    w.u8(ValType.I32).u8(1).u8(Op.I32Const).s32(mem.min).u8(Op.End); // virtual pages
    w.u8(ValType.I32).u8(1).u8(Op.I32Const).s32(-1).u8(Op.End); // lowest written address
    w.u8(ValType.I32).u8(1).u8(Op.I32Const).s32(0).u8(Op.End); // highest written address
    w.u8(ValType.I32).u8(1).u8(Op.I32Const).s32(0).u8(Op.End); // real memory grew this call
    section(SectionId.Global, w.finish());
    globalsWritten = true;
  };

  for (const s of m.sections) {
    const raw = m.bytes.subarray(s.start, s.end);
    switch (s.id) {
      case SectionId.Custom:
      case SectionId.Start:
        break; // custom sections are not needed to run; the start function becomes an export
      case SectionId.Type: {
        const r = new Reader(m.bytes, s.start, s.end);
        r.u32();
        const w = new Writer(raw.length + 16);
        w.u32(m.types.length + 1).bytes(m.bytes.subarray(r.pos, s.end));
        w.u8(0x60).u32(1).u8(ValType.I32).u32(1).u8(ValType.I32);
        section(SectionId.Type, w.finish());
        break;
      }
      case SectionId.Function: {
        const w = new Writer(raw.length + thunkTargets.length * 2 + 8);
        w.u32(m.functionTypes.length + thunkTargets.length + 1);
        for (const t of m.functionTypes) w.u32(t);
        for (const f of thunkTargets) w.u32(typeIndexOf(m, f));
        w.u32(vgrowType);
        section(SectionId.Function, w.finish());
        break;
      }
      case SectionId.Memory: {
        const w = new Writer(16);
        w.u32(1).u8(0x01).u32(realPages).u32(capPages);
        section(SectionId.Memory, w.finish());
        break;
      }
      case SectionId.Global:
        writeGlobals();
        break;
      case SectionId.Export: {
        if (!globalsWritten) writeGlobals();
        const w = new Writer(raw.length + 256);
        const mutable = m.globals.map((g, i) => ({ g, i })).filter((x) => x.g.mutable);
        const extra = 8 + (m.start !== null ? 1 : 0) + mutable.length;
        w.u32(m.exports.length + extra);
        for (const e of m.exports) {
          const idx = e.kind === ExternalKind.Func ? thunkOf.get(e.index)! : e.index;
          w.name(e.name).u8(e.kind).u32(idx);
        }
        w.name(EXPORT_GAS).u8(ExternalKind.Global).u32(ctx.gGas);
        w.name(EXPORT_TRAP).u8(ExternalKind.Global).u32(ctx.gTrap);
        w.name(EXPORT_STACK).u8(ExternalKind.Global).u32(ctx.gStack);
        w.name(EXPORT_GROW_FAILED).u8(ExternalKind.Global).u32(ctx.gGrow);
        w.name(EXPORT_VPAGES).u8(ExternalKind.Global).u32(ctx.gVPages);
        w.name(EXPORT_DIRTY_LO).u8(ExternalKind.Global).u32(ctx.gLo);
        w.name(EXPORT_DIRTY_HI).u8(ExternalKind.Global).u32(ctx.gHi);
        w.name(EXPORT_REAL_GROWN).u8(ExternalKind.Global).u32(ctx.gRealGrown);
        if (m.start !== null) w.name(EXPORT_START).u8(ExternalKind.Func).u32(thunkOf.get(m.start)!);
        for (const { i } of mutable) {
          const name = `${MUTABLE_GLOBAL_PREFIX}${i}`;
          mutableGlobalExports.push(name);
          w.name(name).u8(ExternalKind.Global).u32(m.importedGlobalCount + i);
        }
        section(SectionId.Export, w.finish());
        break;
      }
      case SectionId.Element: {
        const w = new Writer(raw.length + 64);
        w.u32(m.elements.length);
        for (const seg of m.elements) {
          w.bytes(seg.head).u32(seg.items.length);
          for (const f of seg.items) {
            const target = f < 0 ? f : thunkOf.get(f)!;
            if (seg.usesExprs) {
              if (target < 0) w.u8(0xd0).u8(ValType.FuncRef).u8(Op.End);
              else w.u8(0xd2).u32(target).u8(Op.End);
            } else {
              w.u32(target);
            }
          }
        }
        section(SectionId.Element, w.finish());
        break;
      }
      case SectionId.Code:
        section(SectionId.Code, codeBytes);
        break;
      default:
        if (s.id > SectionId.Global && !globalsWritten) writeGlobals();
        section(s.id, raw);
    }
  }
  if (!globalsWritten) throw new Error('instrument: module without export section'); // check.ts guarantees exports

  return {
    bytes: out.finish(),
    mutableGlobalExports,
    hasStart: m.start !== null,
    realMemoryPages: realPages,
    initialMemoryOverLimit,
    initialMemoryPages: mem.min,
    dataOutOfBounds: m.activeData.some((d) => d.offset + d.length > mem.min * 65536),
    stats: { operators: ctx.ops, floatOperators: ctx.floatOps, meteringPoints: ctx.meteringPoints },
  };
}

function typeIndexOf(m: ParsedModule, f: number): number {
  if (f >= m.importedFuncCount) return m.functionTypes[f - m.importedFuncCount]!;
  let seen = 0;
  for (const imp of m.imports) {
    if (imp.kind !== ExternalKind.Func) continue;
    if (seen++ === f) return imp.typeIndex;
  }
  throw new Error(`no function ${f}`);
}

function funcType(m: ParsedModule, f: number): FuncType {
  return m.types[typeIndexOf(m, f)]!;
}

function emitGasCharge(ctx: Ctx, w: Writer, cost: number): void {
  if (!ctx.metering) return;
  ctx.meteringPoints++;
  w.u8(Op.GlobalGet).u32(ctx.gGas).u8(Op.I64Const);
  writeSLebNonNeg(w, cost);
  w.u8(Op.I64LtU).u8(Op.If).u8(0x40);
  w.u8(Op.I32Const).u8(1).u8(Op.GlobalSet).u32(ctx.gTrap).u8(Op.Unreachable).u8(Op.End);
  w.u8(Op.GlobalGet).u32(ctx.gGas).u8(Op.I64Const);
  writeSLebNonNeg(w, cost);
  w.u8(Op.I64Sub).u8(Op.GlobalSet).u32(ctx.gGas);
}

/** stack += cost; trap if over the limit. `cost` is a literal, or null for a patched callee cost. */
function emitStackEnter(ctx: Ctx, w: Writer, callee: number, cost: number | null): void {
  w.u8(Op.GlobalGet).u32(ctx.gStack);
  if (cost === null) ctx.patches.push(writePaddedI32(w), callee);
  else w.u8(Op.I32Const).s32(cost);
  w.u8(Op.I32Add).u8(Op.GlobalSet).u32(ctx.gStack);
  w.u8(Op.GlobalGet).u32(ctx.gStack).u8(Op.I32Const).s32(ctx.stackLimit).u8(Op.I32GtU);
  w.u8(Op.If).u8(0x40).u8(Op.I32Const).u8(2).u8(Op.GlobalSet).u32(ctx.gTrap).u8(Op.Unreachable).u8(Op.End);
}

function emitStackLeave(ctx: Ctx, w: Writer, callee: number, cost: number | null): void {
  w.u8(Op.GlobalGet).u32(ctx.gStack);
  if (cost === null) ctx.patches.push(writePaddedI32(w), callee);
  else w.u8(Op.I32Const).s32(cost);
  w.u8(Op.I32Sub).u8(Op.GlobalSet).u32(ctx.gStack);
}

function writeThunk(ctx: Ctx, f: number, code: Writer): void {
  const m = ctx.m;
  const t = funcType(m, f);
  const isDefined = f >= m.importedFuncCount;
  const ownCost = STACK_FRAME_OVERHEAD_UNITS + 2 * t.params.length + 2;
  const body = new Writer(64 + t.params.length * 2);
  body.u32(0); // no locals
  const enter = (cost: number | null) => emitStackEnter(ctx, body, f - m.importedFuncCount, cost);
  const leave = (cost: number | null) => emitStackLeave(ctx, body, f - m.importedFuncCount, cost);
  // The thunk's own frame, then the callee's (patched when the callee is a defined function).
  enter(ownCost);
  if (isDefined) enter(null);
  for (let i = 0; i < t.params.length; i++) body.u8(Op.LocalGet).u32(i);
  body.u8(Op.Call).u32(f);
  if (isDefined) leave(null);
  leave(ownCost);
  body.u8(Op.End);
  const bytes = body.finish();
  code.u32(bytes.length);
  const base = code.len;
  code.bytes(bytes);
  // Patch positions were recorded relative to `body`; move them to the code writer.
  const n = isDefined ? 4 : 0;
  for (let k = ctx.patches.length - n; k < ctx.patches.length; k += 2) ctx.patches[k] = ctx.patches[k]! + base;
}

/**
 * `memory.grow` on the virtual size: (delta) -> old size, or -1 (and the grow-failed flag) when
 * the result would pass the cap. When the new size passes the real memory, the real memory grows
 * to exactly the new size and the instance is flagged as not reusable.
 * Memory between the virtual and the real size is zero at the start of every call.
 */
function writeVirtualGrow(ctx: Ctx, code: Writer, capPages: number): void {
  const b = new Writer(96);
  b.u32(1).u32(2).u8(ValType.I32); // locals: old size, new size
  b.u8(Op.GlobalGet).u32(ctx.gVPages).u8(Op.LocalSet).u32(1);
  // delta > cap - old  (unsigned; old never exceeds cap)
  b.u8(Op.LocalGet).u32(0).u8(Op.I32Const).s32(capPages).u8(Op.LocalGet).u32(1).u8(Op.I32Sub).u8(Op.I32GtU);
  b.u8(Op.If).u8(0x40).u8(Op.I32Const).u8(1).u8(Op.GlobalSet).u32(ctx.gGrow);
  b.u8(Op.I32Const).s32(-1).u8(Op.Return).u8(Op.End);
  b.u8(Op.LocalGet).u32(1).u8(Op.LocalGet).u32(0).u8(Op.I32Add).u8(Op.LocalSet).u32(2);
  // new > real size: grow the real memory to exactly `new` pages
  b.u8(Op.LocalGet).u32(2).u8(Op.MemorySize).u8(0).u8(Op.I32GtU);
  b.u8(Op.If).u8(0x40);
  b.u8(Op.LocalGet).u32(2).u8(Op.MemorySize).u8(0).u8(Op.I32Sub).u8(Op.MemoryGrow).u8(0);
  b.u8(Op.I32Const).s32(-1).u8(Op.I32Eq);
  b.u8(Op.If).u8(0x40).u8(Op.I32Const).u8(1).u8(Op.GlobalSet).u32(ctx.gGrow);
  b.u8(Op.I32Const).s32(-1).u8(Op.Return).u8(Op.End);
  b.u8(Op.I32Const).u8(1).u8(Op.GlobalSet).u32(ctx.gRealGrown);
  b.u8(Op.End);
  b.u8(Op.LocalGet).u32(2).u8(Op.GlobalSet).u32(ctx.gVPages);
  b.u8(Op.LocalGet).u32(1).u8(Op.End);
  const bytes = b.finish();
  code.u32(bytes.length).bytes(bytes);
}

interface Frame {
  base: number;
  params: number;
  results: number;
}

function blockArity(m: ParsedModule, bt: number, funcIndex: number): [number, number] {
  if (bt === -64) return [0, 0];
  if (bt < 0) {
    if (bt === -5) refuse('SIMD operator detected', funcIndex);
    if (bt < -4) refuse('Reference type operation detected', funcIndex);
    return [0, 1];
  }
  const t = m.types[bt];
  if (!t) refuse('Invalid block type', funcIndex);
  return [t.params.length, t.results.length];
}

/** Scratch locals appended to a function that needs them: f32, f64, i32 address, i32 value, i64 value. */
const SCRATCH_LOCALS = 5;

function storeValueScratch(op: number, i32: number, i64: number, f32: number, f64: number): number {
  switch (op) {
    case 0x36: // i32.store
    case 0x3a: // i32.store8
    case 0x3b: // i32.store16
      return i32;
    case 0x38:
      return f32;
    case 0x39:
      return f64;
    default:
      return i64; // i64.store, i64.store8/16/32
  }
}

function instrumentBody(ctx: Ctx, defIndex: number, code: Writer, w: Writer): void {
  const m = ctx.m;
  const body = m.bodies[defIndex]!;
  const funcIndex = m.importedFuncCount + defIndex;
  const type = m.types[m.functionTypes[defIndex]!]!;
  const bytes = m.bytes;
  for (const g of body.localGroups) {
    if (g.type === ValType.V128) refuse('SIMD operator detected', funcIndex);
    if (g.type === ValType.FuncRef || g.type === ValType.ExternRef) refuse('Reference type operation detected', funcIndex);
  }
  const firstScratch = type.params.length + body.localCount;
  const scratchF32 = firstScratch;
  const scratchF64 = firstScratch + 1;
  const scratchAddr = firstScratch + 2;
  const scratchI32 = firstScratch + 3;
  const scratchI64 = firstScratch + 4;
  let usesScratch = false;

  w.len = 0;
  const patchStart = ctx.patches.length;
  const r = new Reader(bytes, body.codeStart, body.end);
  const chargedLocals = Math.max(0, body.localCount - (CHARGED_LOCALS_THRESHOLD - 1));
  const opCost = GAS_PER_OPERATION;
  const accountingCost = GAS_PER_OPERATION * ACCOUNTING_MULTIPLIER;
  let acc = 0;
  let first = true;
  let runStart = r.pos;

  // Operand-stack height analysis.
  const frames: Frame[] = [{ base: 0, params: 0, results: type.results.length }];
  let h = 0;
  let max = 0;
  const pop = (n: number) => {
    const base = frames[frames.length - 1]!.base;
    h = h - n < base ? base : h - n;
  };
  const push = (n: number) => {
    h += n;
    if (h > max) max = h;
  };
  const setUnreachable = () => {
    h = frames[frames.length - 1]!.base;
  };

  let done = false;
  while (!done) {
    if (r.pos >= r.end) r.fail('function body ended without end');
    const opStart = r.pos;
    const op = bytes[r.pos++]!;
    const imm = IMM[op]!;
    if (imm === 255) {
      const why = REFUSED.get(op);
      if (why) refuse(why, funcIndex);
      r.pos = opStart;
      r.fail(`invalid operator 0x${op.toString(16)}`);
    }
    const flags = FLAGS[op]!;
    ctx.ops++;
    if (flags & FLAG_FLOAT) ctx.floatOps += op === Op.PrefixFC ? 0 : 1;

    // Decode immediates and compute the stack effect.
    let callee = -1;
    let memOffset = 0;
    switch (imm) {
      case Imm.None:
        switch (op) {
          case Op.Unreachable:
          case Op.Return:
            setUnreachable();
            break;
          case Op.Else: {
            const f = frames[frames.length - 1]!;
            h = f.base + f.params;
            break;
          }
          case Op.End: {
            const f = frames.pop()!;
            h = f.base;
            push(f.results);
            if (frames.length === 0) done = true;
            break;
          }
          default: {
            const d = STACK_DELTA[op]!;
            if (d < 0) pop(-d);
            else if (d > 0) push(d);
          }
        }
        break;
      case Imm.BlockType: {
        const [p, res] = blockArity(m, r.s33(), funcIndex);
        if (op === Op.If) pop(1);
        pop(p);
        frames.push({ base: h, params: p, results: res });
        push(p);
        break;
      }
      case Imm.Index: {
        const idx = r.u32();
        if (op === Op.Call) {
          const total = m.importedFuncCount + m.functionTypes.length;
          if (idx >= total) r.fail(`call to unknown function ${idx}`);
          const t = funcType(m, idx);
          pop(t.params.length);
          push(t.results.length);
          if (idx >= m.importedFuncCount) callee = idx - m.importedFuncCount;
        } else if (op === Op.Br) {
          setUnreachable();
        } else if (op === Op.BrIf) {
          pop(1);
        } else {
          const d = STACK_DELTA[op]!;
          if (d < 0) pop(-d);
          else if (d > 0) push(d);
        }
        break;
      }
      case Imm.BrTable: {
        const n = r.u32();
        if (n > r.end - r.pos) r.fail('br_table too long');
        for (let i = 0; i <= n; i++) r.u32();
        pop(1);
        setUnreachable();
        break;
      }
      case Imm.CallIndirect: {
        const ti = r.u32();
        const table = r.u32();
        if (table !== 0) refuse('Reference type operation detected', funcIndex);
        const t = m.types[ti];
        if (!t) r.fail(`call_indirect with unknown type ${ti}`);
        pop(1 + t.params.length);
        push(t.results.length);
        break;
      }
      case Imm.MemArg: {
        const align = r.u32();
        if (align & 0x40) refuse('Multi-memory operation detected', funcIndex);
        memOffset = r.u32();
        const d = STACK_DELTA[op]!;
        if (d < 0) pop(-d);
        else if (d > 0) push(d);
        break;
      }
      case Imm.ZeroByte:
        if (r.u8() !== 0) refuse('Multi-memory operation detected', funcIndex);
        if (op === Op.MemorySize) push(1);
        break;
      case Imm.I32Const:
        r.skipSigned(32);
        push(1);
        break;
      case Imm.I64Const:
        r.skipSigned(64);
        push(1);
        break;
      case Imm.F32Const:
        r.skip(4);
        push(1);
        break;
      case Imm.F64Const:
        r.skip(8);
        push(1);
        break;
      case Imm.SelectTyped: {
        const n = r.u32();
        if (n !== 1) r.fail('typed select must have exactly one type');
        const t = r.u8();
        if (t === ValType.V128) refuse('SIMD operator detected', funcIndex);
        if (t !== ValType.I32 && t !== ValType.I64 && t !== ValType.F32 && t !== ValType.F64) {
          refuse('Reference type operation detected', funcIndex);
        }
        pop(2);
        break;
      }
      case Imm.PrefixFC: {
        const sub = r.u32();
        if (sub > FC_TRUNC_SAT_MAX) refuse(fcRefusal(sub), funcIndex);
        ctx.floatOps++;
        break;
      }
    }

    const accounting = (flags & FLAG_ACCOUNTING) !== 0;
    const needsNan = (flags & (FLAG_NAN_F32 | FLAG_NAN_F64 | FLAG_TRUNC_F32 | FLAG_TRUNC_F64)) !== 0;
    const isMemOp = op === Op.MemoryGrow || op === Op.MemorySize || (flags & FLAG_STORE) !== 0;
    if (!accounting && !needsNan && !isMemOp && !first) {
      acc += opCost;
      continue; // plain operator: stays in the copied run
    }

    // Anything injected before this operator needs the pending run flushed first.
    w.bytes(bytes.subarray(runStart, opStart));
    if (first) {
      first = false;
      if (chargedLocals > 0) {
        const localsCost = opCost * chargedLocals;
        if (accounting) acc += localsCost;
        else emitGasCharge(ctx, w, localsCost);
      }
    }
    acc += accounting ? accountingCost : opCost;
    if (accounting && acc > 0) {
      emitGasCharge(ctx, w, acc);
      acc = 0;
    }
    if (callee >= 0) emitStackEnter(ctx, w, callee, null);
    if (flags & (FLAG_TRUNC_F32 | FLAG_TRUNC_F64)) {
      // NaN input: record it, so the trap reads "invalid conversion to integer" as on wasmer.
      usesScratch = true;
      const isF32 = (flags & FLAG_TRUNC_F32) !== 0;
      const s = isF32 ? scratchF32 : scratchF64;
      w.u8(Op.LocalTee).u32(s).u8(Op.LocalGet).u32(s).u8(Op.LocalGet).u32(s).u8(isF32 ? Op.F32Ne : Op.F64Ne);
      w.u8(Op.If).u8(0x40).u8(Op.I32Const).u8(TrapReason.NanToInt).u8(Op.GlobalSet).u32(ctx.gTrap).u8(Op.Unreachable).u8(Op.End);
    }
    if (op === Op.MemorySize) {
      w.u8(Op.GlobalGet).u32(ctx.gVPages);
    } else if (op === Op.MemoryGrow) {
      w.u8(Op.Call).u32(ctx.vgrow);
    } else if (flags & FLAG_STORE) {
      usesScratch = true;
      const value = storeValueScratch(op, scratchI32, scratchI64, scratchF32, scratchF64);
      w.u8(Op.LocalSet).u32(value).u8(Op.LocalTee).u32(scratchAddr).u8(Op.LocalGet).u32(value);
      w.bytes(bytes.subarray(opStart, r.pos));
      // Record the written address (the store has not trapped, so base + offset fits in 32 bits).
      w.u8(Op.LocalGet).u32(scratchAddr);
      if (memOffset !== 0) w.u8(Op.I32Const).s32(memOffset | 0).u8(Op.I32Add);
      w.u8(Op.LocalTee).u32(scratchAddr).u8(Op.GlobalGet).u32(ctx.gLo).u8(Op.I32LtU);
      w.u8(Op.If).u8(0x40).u8(Op.LocalGet).u32(scratchAddr).u8(Op.GlobalSet).u32(ctx.gLo).u8(Op.End);
      w.u8(Op.LocalGet).u32(scratchAddr).u8(Op.GlobalGet).u32(ctx.gHi).u8(Op.I32GtU);
      w.u8(Op.If).u8(0x40).u8(Op.LocalGet).u32(scratchAddr).u8(Op.GlobalSet).u32(ctx.gHi).u8(Op.End);
    } else {
      w.bytes(bytes.subarray(opStart, r.pos));
    }
    if (callee >= 0) emitStackLeave(ctx, w, callee, null);
    if (flags & FLAG_NAN_F32) {
      usesScratch = true;
      w.u8(Op.LocalTee).u32(scratchF32).u8(Op.F32Const).bytes(CANONICAL_NAN_F32);
      w.u8(Op.LocalGet).u32(scratchF32).u8(Op.LocalGet).u32(scratchF32).u8(Op.F32Eq).u8(Op.Select);
    } else if (flags & FLAG_NAN_F64) {
      usesScratch = true;
      w.u8(Op.LocalTee).u32(scratchF64).u8(Op.F64Const).bytes(CANONICAL_NAN_F64);
      w.u8(Op.LocalGet).u32(scratchF64).u8(Op.LocalGet).u32(scratchF64).u8(Op.F64Eq).u8(Op.Select);
    }
    runStart = r.pos;
  }
  if (r.pos !== r.end) r.fail('operators after the final end of a function body');
  w.bytes(bytes.subarray(runStart, r.pos));

  // Injected sequences push at most two values above what the analysis saw.
  const locals = body.localCount + (usesScratch ? SCRATCH_LOCALS : 0);
  ctx.frameCost[defIndex] = STACK_FRAME_OVERHEAD_UNITS + type.params.length + locals + max + 2;

  // Body: size, locals declaration, instructions.
  const localsDecl = new Writer(16 + body.localGroups.length * 6);
  localsDecl.u32(body.localGroups.length + (usesScratch ? 4 : 0));
  for (const g of body.localGroups) localsDecl.u32(g.count).u8(g.type);
  if (usesScratch) localsDecl.u32(1).u8(ValType.F32).u32(1).u8(ValType.F64).u32(2).u8(ValType.I32).u32(1).u8(ValType.I64);
  const decl = localsDecl.finish();
  const instr = w.finish();
  code.u32(decl.length + instr.length);
  code.bytes(decl);
  const base = code.len;
  code.bytes(instr);
  for (let k = patchStart; k < ctx.patches.length; k += 2) ctx.patches[k] = ctx.patches[k]! + base;
}
