/**
 * A small, dependency-free WebAssembly scanner for the contract build: finds float instructions
 * and float-typed signatures/locals (naming the function), counts locals per function and lists
 * imports and exports. The chain's own upload checks run separately (runtime `checkModule`).
 */

export interface FloatUse {
  /** Function index (imports included). */
  index: number;
  /** Name from the name section, the export name, or `func[<index>]`. */
  name: string;
  /** What was found, e.g. `f64.add` or `f64 local`. */
  what: string;
}

export interface ScanResult {
  imports: { module: string; name: string }[];
  exports: { name: string; kind: number; index: number }[];
  functionCount: number;
  maxLocals: { name: string; count: number };
  totalLocals: number;
  floats: FloatUse[];
  hasStart: boolean;
  /** Names of functions with more locals than `maxLocalsPerFunction`. */
  tooManyLocals: { name: string; count: number }[];
}

const F32 = 0x7d;
const F64 = 0x7c;

class Reader {
  pos = 0;
  constructor(readonly b: Uint8Array) {}
  byte(): number {
    if (this.pos >= this.b.length) throw new Error('unexpected end of wasm');
    return this.b[this.pos++]!;
  }
  u32(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = this.byte();
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
      if (shift > 35) throw new Error('LEB128 too long');
    }
  }
  /** Skips a signed LEB128 of any width. */
  skipLeb(): void {
    while (this.byte() & 0x80) {
      /* continue */
    }
  }
  bytes(n: number): Uint8Array {
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  name(): string {
    const n = this.u32();
    return new TextDecoder().decode(this.bytes(n));
  }
}

/** Float opcodes of the MVP (single-byte). */
function floatOpName(op: number): string | null {
  const names: Record<number, string> = {
    0x2a: 'f32.load', 0x2b: 'f64.load', 0x38: 'f32.store', 0x39: 'f64.store', 0x43: 'f32.const', 0x44: 'f64.const',
    0xa8: 'i32.trunc_f32_s', 0xa9: 'i32.trunc_f32_u', 0xaa: 'i32.trunc_f64_s', 0xab: 'i32.trunc_f64_u',
    0xae: 'i64.trunc_f32_s', 0xaf: 'i64.trunc_f32_u', 0xb0: 'i64.trunc_f64_s', 0xb1: 'i64.trunc_f64_u',
    0xbc: 'i32.reinterpret_f32', 0xbd: 'i64.reinterpret_f64', 0xbe: 'f32.reinterpret_i32', 0xbf: 'f64.reinterpret_i64',
  };
  if (names[op]) return names[op]!;
  if (op >= 0x5b && op <= 0x60) return `f32 comparison (0x${op.toString(16)})`;
  if (op >= 0x61 && op <= 0x66) return `f64 comparison (0x${op.toString(16)})`;
  if (op >= 0x8b && op <= 0x98) return `f32 arithmetic (0x${op.toString(16)})`;
  if (op >= 0x99 && op <= 0xa6) return `f64 arithmetic (0x${op.toString(16)})`;
  if (op >= 0xb2 && op <= 0xbb) return `float conversion (0x${op.toString(16)})`;
  return null;
}

function skipBlockType(r: Reader): void {
  const b = r.b[r.pos]!;
  if (b === 0x40 || b === 0x7f || b === 0x7e || b === 0x7d || b === 0x7c || b === 0x7b || b === 0x70 || b === 0x6f) r.pos++;
  else r.skipLeb(); // type index (s33)
}

export function scanWasm(wasm: Uint8Array, maxLocalsPerFunction = 100): ScanResult {
  const r = new Reader(wasm);
  const magic = r.bytes(4);
  if (magic[0] !== 0 || magic[1] !== 0x61 || magic[2] !== 0x73 || magic[3] !== 0x6d) throw new Error('not a wasm module');
  r.bytes(4); // version

  const types: { params: number[]; results: number[] }[] = [];
  const imports: { module: string; name: string }[] = [];
  const exports: { name: string; kind: number; index: number }[] = [];
  const funcTypes: number[] = []; // type index per function (imports first)
  let importedFuncs = 0;
  const funcImportNames: string[] = [];
  const names = new Map<number, string>();
  const floats: FloatUse[] = [];
  let hasStart = false;
  let codeStart = -1;
  let codeEnd = -1;

  while (r.pos < wasm.length) {
    const id = r.byte();
    const size = r.u32();
    const end = r.pos + size;
    if (id === 1) {
      const n = r.u32();
      for (let i = 0; i < n; i++) {
        if (r.byte() !== 0x60) throw new Error('bad func type');
        const params = Array.from({ length: r.u32() }, () => r.byte());
        const results = Array.from({ length: r.u32() }, () => r.byte());
        types.push({ params, results });
      }
    } else if (id === 2) {
      const n = r.u32();
      for (let i = 0; i < n; i++) {
        const module = r.name();
        const name = r.name();
        const kind = r.byte();
        imports.push({ module, name });
        if (kind === 0) {
          funcTypes.push(r.u32());
          funcImportNames.push(`import ${module}.${name}`);
          importedFuncs++;
        } else if (kind === 1) {
          r.byte();
          const flags = r.byte();
          r.u32();
          if (flags & 1) r.u32();
        } else if (kind === 2) {
          const flags = r.byte();
          r.u32();
          if (flags & 1) r.u32();
        } else if (kind === 3) {
          r.byte();
          r.byte();
        } else throw new Error(`unknown import kind ${kind}`);
      }
    } else if (id === 3) {
      const n = r.u32();
      for (let i = 0; i < n; i++) funcTypes.push(r.u32());
    } else if (id === 7) {
      const n = r.u32();
      for (let i = 0; i < n; i++) {
        const name = r.name();
        const kind = r.byte();
        const index = r.u32();
        exports.push({ name, kind, index });
      }
    } else if (id === 8) {
      hasStart = true;
    } else if (id === 10) {
      codeStart = r.pos;
      codeEnd = end;
    } else if (id === 0) {
      const name = r.name();
      if (name === 'name') {
        while (r.pos < end) {
          const sub = r.byte();
          const subSize = r.u32();
          const subEnd = r.pos + subSize;
          if (sub === 1) {
            const n = r.u32();
            for (let i = 0; i < n; i++) {
              const idx = r.u32();
              names.set(idx, r.name());
            }
          }
          r.pos = subEnd;
        }
      }
    }
    r.pos = end;
  }

  const nameOf = (idx: number): string => {
    const n = names.get(idx);
    if (n) return n;
    const e = exports.find((x) => x.kind === 0 && x.index === idx);
    if (e) return e.name;
    return `func[${idx}]`;
  };

  // float types in signatures
  for (let f = 0; f < funcTypes.length; f++) {
    const t = types[funcTypes[f]!];
    if (!t) continue;
    if ([...t.params, ...t.results].some((v) => v === F32 || v === F64)) {
      floats.push({ index: f, name: f < importedFuncs ? funcImportNames[f]! : nameOf(f), what: 'float in signature' });
    }
  }

  let maxLocals = { name: '', count: 0 };
  let totalLocals = 0;
  const tooManyLocals: { name: string; count: number }[] = [];
  if (codeStart >= 0) {
    r.pos = codeStart;
    const n = r.u32();
    for (let i = 0; i < n; i++) {
      const fidx = importedFuncs + i;
      const bodySize = r.u32();
      const bodyEnd = r.pos + bodySize;
      let locals = 0;
      const groups = r.u32();
      for (let g = 0; g < groups; g++) {
        const count = r.u32();
        const type = r.byte();
        locals += count;
        if (type === F32 || type === F64) floats.push({ index: fidx, name: nameOf(fidx), what: `${type === F32 ? 'f32' : 'f64'} local` });
      }
      totalLocals += locals;
      if (locals > maxLocals.count) maxLocals = { name: nameOf(fidx), count: locals };
      if (locals > maxLocalsPerFunction) tooManyLocals.push({ name: nameOf(fidx), count: locals });
      // operators
      while (r.pos < bodyEnd) {
        const op = r.byte();
        const fname = floatOpName(op);
        if (fname) floats.push({ index: fidx, name: nameOf(fidx), what: fname });
        switch (op) {
          case 0x02:
          case 0x03:
          case 0x04:
            skipBlockType(r);
            break;
          case 0x0c:
          case 0x0d:
          case 0x10:
          case 0x12:
          case 0x20:
          case 0x21:
          case 0x22:
          case 0x23:
          case 0x24:
          case 0x25:
          case 0x26:
          case 0xd2:
            r.u32();
            break;
          case 0x0e: {
            const k = r.u32();
            for (let j = 0; j <= k; j++) r.u32();
            break;
          }
          case 0x11:
          case 0x13:
            r.u32();
            r.u32();
            break;
          case 0x1c: {
            const k = r.u32();
            for (let j = 0; j < k; j++) r.byte();
            break;
          }
          case 0x3f:
          case 0x40:
          case 0xd0:
            r.byte();
            break;
          case 0x41:
          case 0x42:
            r.skipLeb();
            break;
          case 0x43:
            r.bytes(4);
            break;
          case 0x44:
            r.bytes(8);
            break;
          case 0xfc: {
            const sub = r.u32();
            if (sub <= 7) floats.push({ index: fidx, name: nameOf(fidx), what: `trunc_sat (0xfc ${sub})` });
            else if (sub === 8) {
              r.u32();
              r.byte();
            } else if (sub === 9 || sub === 13 || sub === 15 || sub === 16 || sub === 17) r.u32();
            else if (sub === 10) {
              r.byte();
              r.byte();
            } else if (sub === 11) r.byte();
            else if (sub === 12 || sub === 14) {
              r.u32();
              r.u32();
            }
            break;
          }
          case 0xfd:
            throw new Error(`SIMD instruction in ${nameOf(fidx)}: not supported`);
          default:
            if (op >= 0x28 && op <= 0x3e) {
              r.u32();
              r.u32();
            }
        }
      }
      r.pos = bodyEnd;
    }
  }

  return { imports, exports, functionCount: funcTypes.length, maxLocals, totalLocals, floats, hasStart, tooManyLocals };
}
