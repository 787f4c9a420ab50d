/**
 * Parses the module-level structure of a WebAssembly binary: sections, types, imports,
 * functions, tables, memories, globals, exports, start, elements and the bounds of each
 * function body. Function bodies are decoded later, in one pass, by the instrumenter.
 */
import { DecodeError, Reader } from './binary.js';
import { Op, ValType } from './opcodes.js';

export const SectionId = {
  Custom: 0,
  Type: 1,
  Import: 2,
  Function: 3,
  Table: 4,
  Memory: 5,
  Global: 6,
  Export: 7,
  Start: 8,
  Element: 9,
  Code: 10,
  Data: 11,
  DataCount: 12,
} as const;

export const ExternalKind = { Func: 0, Table: 1, Memory: 2, Global: 3, Tag: 4 } as const;

export interface FuncType {
  params: number[];
  results: number[];
}

export interface Import {
  module: string;
  name: string;
  kind: number;
  /** For function imports: the type index. */
  typeIndex: number;
}

export interface Limits {
  min: number;
  max: number | null;
  shared: boolean;
  memory64: boolean;
}

export interface Export {
  name: string;
  kind: number;
  index: number;
}

export interface GlobalDef {
  valType: number;
  mutable: boolean;
  /** Raw bytes of the init expression, `end` included. */
  init: Uint8Array;
}

export interface ElementSegment {
  flags: number;
  /** Raw bytes before the item vector: flags, table index, offset expression, element kind. */
  head: Uint8Array;
  usesExprs: boolean;
  /** Function index of each item, or -1 for `ref.null`. */
  items: number[];
}

export interface FunctionBody {
  /** Start of the body (after its size prefix) and end, in module bytes. */
  start: number;
  end: number;
  /** Start of the instructions (after the locals declarations). */
  codeStart: number;
  /** Locals declared in the body (params excluded), as run-length groups. */
  localGroups: Array<{ count: number; type: number }>;
  localCount: number;
}

export interface Section {
  id: number;
  /** Offset of the section id byte. */
  headerStart: number;
  /** Content range. */
  start: number;
  end: number;
}

export interface CustomSection {
  name: string;
  start: number;
  end: number;
}

export interface ParsedModule {
  bytes: Uint8Array;
  sections: Section[];
  customSections: CustomSection[];
  types: FuncType[];
  imports: Import[];
  importedFuncCount: number;
  importedGlobalCount: number;
  /** Type index of each defined (non-imported) function. */
  functionTypes: number[];
  tables: Limits[];
  memories: Limits[];
  globals: GlobalDef[];
  exports: Export[];
  start: number | null;
  elements: ElementSegment[];
  bodies: FunctionBody[];
  dataCount: number | null;
  /** Active data segments with a constant offset: [offset, length]. */
  activeData: Array<{ offset: number; length: number }>;
}

const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const VERSION = [0x01, 0x00, 0x00, 0x00];

function isNumType(t: number): boolean {
  return t === ValType.I32 || t === ValType.I64 || t === ValType.F32 || t === ValType.F64;
}

function isValType(t: number): boolean {
  return isNumType(t) || t === ValType.V128 || t === ValType.FuncRef || t === ValType.ExternRef;
}

function readValType(r: Reader): number {
  const t = r.u8();
  if (!isValType(t)) r.fail(`invalid value type 0x${t.toString(16)}`);
  return t;
}

function readLimits(r: Reader, isMemory: boolean): Limits {
  const flags = r.u8();
  const known = isMemory ? 0x07 : 0x01;
  if ((flags & ~known) !== 0) r.fail(`invalid limits flags 0x${flags.toString(16)}`);
  const memory64 = (flags & 0x04) !== 0;
  const min = memory64 ? readU64AsNumber(r) : r.u32();
  const max = flags & 0x01 ? (memory64 ? readU64AsNumber(r) : r.u32()) : null;
  return { min, max, shared: (flags & 0x02) !== 0, memory64 };
}

function readU64AsNumber(r: Reader): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = r.u8();
    result += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return result;
    shift += 7;
    if (shift > 63) r.fail('LEB128 u64 too long');
  }
}

/** Skips a constant expression (global init, segment offset) up to and including its `end`. */
function skipConstExpr(r: Reader): void {
  for (;;) {
    const op = r.u8();
    switch (op) {
      case Op.End:
        return;
      case Op.I32Const:
        r.skipSigned(32);
        break;
      case Op.I64Const:
        r.skipSigned(64);
        break;
      case Op.F32Const:
        r.skip(4);
        break;
      case Op.F64Const:
        r.skip(8);
        break;
      case Op.GlobalGet:
      case 0xd2: // ref.func
        r.u32();
        break;
      case 0xd0: // ref.null
        r.u8();
        break;
      // extended-const arithmetic
      case 0x6a:
      case 0x6b:
      case 0x6c:
      case 0x7c:
      case 0x7d:
      case 0x7e:
        break;
      default:
        r.fail(`invalid constant expression operator 0x${op.toString(16)}`);
    }
  }
}

export function parseModule(bytes: Uint8Array): ParsedModule {
  if (bytes.length < 8) throw new DecodeError('module too short to hold the wasm header', 0);
  for (let i = 0; i < 4; i++) {
    if (bytes[i] !== MAGIC[i]) throw new DecodeError('magic header not detected', 0);
    if (bytes[4 + i] !== VERSION[i]) throw new DecodeError('unknown binary version', 4);
  }
  const m: ParsedModule = {
    bytes,
    sections: [],
    customSections: [],
    types: [],
    imports: [],
    importedFuncCount: 0,
    importedGlobalCount: 0,
    functionTypes: [],
    tables: [],
    memories: [],
    globals: [],
    exports: [],
    start: null,
    elements: [],
    bodies: [],
    dataCount: null,
    activeData: [],
  };
  const r = new Reader(bytes, 8);
  let lastOrdered = 0;
  const order = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 10, 11];
  while (!r.done) {
    const headerStart = r.pos;
    const id = r.u8();
    const size = r.u32();
    const start = r.pos;
    const end = start + size;
    if (end > bytes.length) r.fail(`section ${id} extends past the end of the module`);
    if (id !== SectionId.Custom) {
      const rank = order.indexOf(id);
      if (rank < 0) r.fail(`unknown section id ${id}`);
      if (rank <= lastOrdered) r.fail(`section ${id} out of order or duplicated`);
      lastOrdered = rank;
    }
    m.sections.push({ id, headerStart, start, end });
    const s = new Reader(bytes, start, end);
    parseSection(m, id, s);
    if (s.pos !== end) s.fail(`section ${id} size mismatch`);
    r.pos = end;
  }
  if (m.functionTypes.length !== m.bodies.length) {
    throw new DecodeError(
      `function and code section have inconsistent lengths (${m.functionTypes.length} vs ${m.bodies.length})`,
      bytes.length,
    );
  }
  return m;
}

function parseSection(m: ParsedModule, id: number, s: Reader): void {
  switch (id) {
    case SectionId.Custom: {
      const name = s.name();
      m.customSections.push({ name, start: s.pos, end: s.end });
      s.pos = s.end;
      return;
    }
    case SectionId.Type: {
      const n = s.u32();
      for (let i = 0; i < n; i++) {
        const form = s.u8();
        if (form !== 0x60) s.fail(`unsupported type form 0x${form.toString(16)}`);
        const np = s.u32();
        if (np > s.end - s.pos) s.fail('too many params');
        const params: number[] = [];
        for (let j = 0; j < np; j++) params.push(readValType(s));
        const nr = s.u32();
        if (nr > s.end - s.pos) s.fail('too many results');
        const results: number[] = [];
        for (let j = 0; j < nr; j++) results.push(readValType(s));
        m.types.push({ params, results });
      }
      return;
    }
    case SectionId.Import: {
      const n = s.u32();
      for (let i = 0; i < n; i++) {
        const module = s.name();
        const name = s.name();
        const kind = s.u8();
        let typeIndex = -1;
        switch (kind) {
          case ExternalKind.Func:
            typeIndex = s.u32();
            if (typeIndex >= m.types.length) s.fail('import uses an unknown type');
            m.importedFuncCount++;
            break;
          case ExternalKind.Table:
            readValType(s);
            m.tables.push(readLimits(s, false));
            break;
          case ExternalKind.Memory:
            m.memories.push(readLimits(s, true));
            if (m.memories.length > 1) s.fail('multiple memories');
            break;
          case ExternalKind.Global:
            readValType(s);
            s.u8();
            m.importedGlobalCount++;
            break;
          case ExternalKind.Tag:
            s.u8();
            s.u32();
            break;
          default:
            s.fail(`invalid import kind ${kind}`);
        }
        m.imports.push({ module, name, kind, typeIndex });
      }
      return;
    }
    case SectionId.Function: {
      const n = s.u32();
      if (n > s.end - s.pos) s.fail('function count larger than the section');
      for (let i = 0; i < n; i++) {
        const t = s.u32();
        if (t >= m.types.length) s.fail('function uses an unknown type');
        m.functionTypes.push(t);
      }
      return;
    }
    case SectionId.Table: {
      const n = s.u32();
      for (let i = 0; i < n; i++) {
        const t = s.u8();
        if (t !== ValType.FuncRef && t !== ValType.ExternRef) s.fail('invalid table element type');
        m.tables.push(readLimits(s, false));
      }
      return;
    }
    case SectionId.Memory: {
      const n = s.u32();
      for (let i = 0; i < n; i++) m.memories.push(readLimits(s, true));
      // Multi-memory is a proposal CosmWasm does not enable: a parse error there, as here.
      if (m.memories.length > 1) s.fail('multiple memories');
      return;
    }
    case SectionId.Global: {
      const n = s.u32();
      for (let i = 0; i < n; i++) {
        const valType = readValType(s);
        const mut = s.u8();
        if (mut > 1) s.fail('invalid global mutability');
        const initStart = s.pos;
        skipConstExpr(s);
        m.globals.push({ valType, mutable: mut === 1, init: s.bytes.subarray(initStart, s.pos) });
      }
      return;
    }
    case SectionId.Export: {
      const n = s.u32();
      for (let i = 0; i < n; i++) {
        const name = s.name();
        const kind = s.u8();
        const index = s.u32();
        if (kind > ExternalKind.Tag) s.fail(`invalid export kind ${kind}`);
        m.exports.push({ name, kind, index });
      }
      return;
    }
    case SectionId.Start:
      m.start = s.u32();
      return;
    case SectionId.Element: {
      const n = s.u32();
      for (let i = 0; i < n; i++) m.elements.push(parseElement(s));
      return;
    }
    case SectionId.Code: {
      const n = s.u32();
      if (n > s.end - s.pos) s.fail('function body count larger than the section');
      for (let i = 0; i < n; i++) {
        const size = s.u32();
        const start = s.pos;
        const end = start + size;
        if (end > s.end) s.fail('function body extends past the code section');
        const b = new Reader(s.bytes, start, end);
        const groups = b.u32();
        const localGroups: Array<{ count: number; type: number }> = [];
        let localCount = 0;
        for (let g = 0; g < groups; g++) {
          const count = b.u32();
          const type = readValType(b);
          localCount += count;
          if (localCount > 0xffffffff) b.fail('too many locals');
          localGroups.push({ count, type });
        }
        m.bodies.push({ start, end, codeStart: b.pos, localGroups, localCount });
        s.pos = end;
      }
      return;
    }
    case SectionId.Data: {
      const n = s.u32();
      for (let i = 0; i < n; i++) {
        const flags = s.u32();
        if (flags === 2) s.u32();
        let offset = -1;
        if (flags === 0 || flags === 2) {
          const exprStart = s.pos;
          skipConstExpr(s);
          if (s.bytes[exprStart] === Op.I32Const) offset = new Reader(s.bytes, exprStart + 1, s.pos).s32() >>> 0;
        } else if (flags !== 1) s.fail(`invalid data segment flags ${flags}`);
        const len = s.u32();
        s.skip(len);
        if (offset >= 0) m.activeData.push({ offset, length: len });
      }
      return;
    }
    case SectionId.DataCount:
      m.dataCount = s.u32();
      return;
  }
}

function parseElement(s: Reader): ElementSegment {
  const start = s.pos;
  const flags = s.u32();
  if (flags > 7) s.fail(`invalid element segment flags ${flags}`);
  const items: number[] = [];
  const passiveOrDeclarative = (flags & 0x01) !== 0;
  const explicitTable = (flags & 0x02) !== 0;
  const usesExprs = (flags & 0x04) !== 0;
  if (!passiveOrDeclarative) {
    if (explicitTable) s.u32();
    skipConstExpr(s);
  }
  if (passiveOrDeclarative || explicitTable) {
    // elemkind (0x00 = funcref) for index forms, reftype for expression forms
    s.u8();
  }
  const head = s.bytes.subarray(start, s.pos);
  const n = s.u32();
  if (n > s.end - s.pos) s.fail('element count larger than the section');
  for (let i = 0; i < n; i++) {
    if (usesExprs) {
      const op = s.u8();
      if (op === 0xd2) items.push(s.u32());
      else if (op === 0xd0) {
        s.u8();
        items.push(-1);
      } else s.fail('unsupported element expression');
      if (s.u8() !== Op.End) s.fail('element expression not terminated');
    } else {
      items.push(s.u32());
    }
  }
  return { flags, head, usesExprs, items };
}

/** The function type of function `index` (imports first, then defined functions). */
export function funcTypeOf(m: ParsedModule, index: number): FuncType | undefined {
  if (index < m.importedFuncCount) {
    let seen = 0;
    for (const imp of m.imports) {
      if (imp.kind !== ExternalKind.Func) continue;
      if (seen === index) return m.types[imp.typeIndex];
      seen++;
    }
    return undefined;
  }
  const t = m.functionTypes[index - m.importedFuncCount];
  return t === undefined ? undefined : m.types[t];
}
