/**
 * Writes a contract's `assembly/msg.ts` (classes + strict JSON codecs) and `assembly/error.ts`
 * from its declarations (tools/declare.ts). The codecs drive the SDK's JsonReader/StructReader,
 * whose error texts are serde's (as cosmwasm-std's serde-json-wasm writes them).
 */
import { type ContractDecl, type Ty, type Field, type ErrorsDecl, type SharedTypes, type PrimName, StructDecl, EnumDecl, TupleTy, OptionTy, VecTy, Prim, DeclarationError, camel, pascal, sharedModules } from './declare.js';

interface TypeInfo {
  /** The AssemblyScript type. */
  as: string;
  /** A value type (no null): `Option` needs a presence flag. */
  value: boolean;
  /** Expression reading one value from `r`. */
  read: string;
  /** Statement writing `v` (an expression) to `w`. */
  write: (v: string) => string;
}

/** Named classes in the generated file, and helper functions for anonymous composite types. */
class Emitter {
  readonly named: Array<StructDecl | EnumDecl | TupleTy> = [];
  private readonly names = new Map<object, string>();
  readonly helpers: string[] = [];
  private readonly helperNames = new Set<string>();
  /** Types generated elsewhere (a shared module), by the module they are imported from. */
  readonly imported = new Map<string, string[]>();
  /** Helpers generated elsewhere (a shared module), by the module they are imported from. */
  readonly importedHelpers = new Map<string, string[]>();
  /** The helpers this file defines (a shared module exports them). */
  readonly ownHelpers: string[] = [];

  /** `external`: types another generated file defines, with that file's import path. */
  /**
   * `lazyGlobals`: the field and variant name tables are `@lazy` globals, compiled only into
   * binaries that use them (a shared module's unused types then cost neither bytes nor start-up gas).
   */
  /**
   * `externalHelpers`: the `readVec…`/`readOpt…` helpers shared modules define, with their import
   * paths: imported instead of written again. `exportHelpers`: this file is a shared module, whose
   * helpers other files import.
   */
  constructor(
    private readonly external: ReadonlyMap<object, string> = new Map(),
    readonly lazyGlobals = false,
    private readonly externalHelpers: ReadonlyMap<string, string> = new Map(),
    private readonly exportHelpers = false,
  ) {}

  /** A module-level constant declaration. */
  global(decl: string): string {
    return this.lazyGlobals ? `// @ts-ignore: decorator\n@lazy ${decl}` : decl;
  }

  /** Registers every named type reachable from `ty` (dependencies first). */
  collect(ty: Ty): void {
    if (ty.k === 'option' || ty.k === 'vec') return this.collect(ty.inner);
    if (ty.k === 'prim') return;
    if (this.names.has(ty)) return;
    const from = this.external.get(ty);
    if (from !== undefined && ty.k !== 'tuple') {
      if ([...this.names.values()].includes(ty.name)) throw new DeclarationError(`two different types are named ${ty.name}`);
      this.names.set(ty, ty.name);
      const list = this.imported.get(from) ?? [];
      list.push(ty.name);
      // an enum's kind enum and its variants' payload classes come from the same file
      if (ty.k === 'enum') list.push(`${ty.name}Kind`);
      this.imported.set(from, list);
      if (ty.k === 'struct') for (const f of ty.fields) this.collect(f.ty);
      else
        for (const v of ty.variants) {
          if (v.kind === 'newtype') this.collect(v.ty);
          if (v.kind === 'struct' && v.payload) this.collect(v.payload);
        }
      return;
    }
    if (ty.k === 'tuple') {
      for (const i of ty.items) this.collect(i);
      this.names.set(ty, 'Tuple' + ty.items.map((i) => this.key(i)).join(''));
    } else {
      this.names.set(ty, ty.name);
      if (ty.k === 'struct') for (const f of ty.fields) this.collect(f.ty);
      else
        for (const v of ty.variants) {
          if (v.kind === 'newtype') this.collect(v.ty);
          if (v.kind === 'struct' && v.payload) this.collect(v.payload);
        }
    }
    const clash = this.named.find((n) => this.nameOf(n) === this.names.get(ty) && n !== ty) ?? [...this.imported.values()].some((l) => l.includes(this.names.get(ty)!));
    if (clash) throw new DeclarationError(`two different types are named ${this.names.get(ty)}`);
    this.named.push(ty);
  }

  nameOf(ty: StructDecl | EnumDecl | TupleTy): string {
    const n = this.names.get(ty);
    if (n === undefined) throw new Error('type not collected');
    return n;
  }

  /** A name fragment for helper and tuple names. */
  private key(ty: Ty): string {
    if (ty.k === 'prim') return pascal(ty.name.toLowerCase() === ty.name ? ty.name : ty.name);
    if (ty.k === 'option') return 'Opt' + this.key(ty.inner);
    if (ty.k === 'vec') return 'Vec' + this.key(ty.inner);
    return this.nameOf(ty);
  }

  info(ty: Ty): TypeInfo {
    switch (ty.k) {
      case 'prim':
        switch (ty.name) {
          case 'string':
          case 'Addr':
            return { as: 'string', value: false, read: 'r.readString()', write: (v) => `w.string(${v});` };
          case 'bool':
            return { as: 'bool', value: true, read: 'r.readBool()', write: (v) => `w.bool(${v});` };
          case 'u8':
            return { as: 'u8', value: true, read: 'r.readU8()', write: (v) => `w.u32(<u32>${v});` };
          case 'u16':
            return { as: 'u16', value: true, read: 'r.readU16()', write: (v) => `w.u32(<u32>${v});` };
          case 'u32':
            return { as: 'u32', value: true, read: 'r.readU32()', write: (v) => `w.u32(${v});` };
          case 'u64':
            return { as: 'u64', value: true, read: 'r.readU64()', write: (v) => `w.u64(${v});` };
          case 'i32':
            return { as: 'i32', value: true, read: 'r.readI32()', write: (v) => `w.i64(<i64>${v});` };
          case 'i64':
            return { as: 'i64', value: true, read: 'r.readI64()', write: (v) => `w.i64(${v});` };
          case 'Uint64':
            return { as: 'u64', value: true, read: 'readUint64String(r)', write: (v) => `w.stringAscii(${v}.toString());` };
          default:
            return { as: ty.name, value: false, read: `${ty.name}.readJson(r)`, write: (v) => `${v}.writeJson(w);` };
        }
      case 'struct':
      case 'enum':
      case 'tuple': {
        const n = this.nameOf(ty);
        return { as: n, value: false, read: `${n}.readJson(r)`, write: (v) => `${v}.writeJson(w);` };
      }
      case 'option': {
        const inner = this.info(ty.inner);
        if (ty.inner.k === 'option') throw new DeclarationError('Option<Option<T>> is not supported');
        if (inner.value) throw new DeclarationError(`Option<${inner.as}> is supported as a struct field only (a value plus a has<Field> flag)`);
        // value types get a presence flag next to the field (see fieldDecls); here: reference types
        const fn = `readOpt${this.key(ty.inner)}`;
        this.helper(fn, `function ${fn}(r: JsonReader): ${inner.as} | null {\n  if (r.readNull()) return null;\n  return ${inner.read};\n}`);
        const wfn = `writeOpt${this.key(ty.inner)}`;
        this.helper(
          wfn,
          `function ${wfn}(w: JsonWriter, v: ${inner.as} | null): void {\n  if (changetype<usize>(v) == 0) w.nullValue();\n  else ${inner.write(`changetype<${inner.as}>(v)`)}\n}`,
        );
        return { as: `${inner.as} | null`, value: false, read: `${fn}(r)`, write: (v) => `${wfn}(w, ${v});` };
      }
      case 'vec': {
        const inner = this.info(ty.inner);
        const k = this.key(ty.inner);
        const fn = `readVec${k}`;
        this.helper(
          fn,
          `function ${fn}(r: JsonReader): ${inner.as}[] {\n  const a = new Array<${inner.as}>();\n  if (r.beginArray()) {\n    let first = true;\n    while (r.nextElement(first)) {\n      first = false;\n      a.push(${inner.read});\n    }\n    r.endArray();\n  }\n  return a;\n}`,
        );
        const wfn = `writeVec${k}`;
        this.helper(
          wfn,
          `function ${wfn}(w: JsonWriter, a: ${inner.as}[]): void {\n  w.beginArray();\n  for (let i = 0; i < a.length; i++) ${inner.write('unchecked(a[i])')}\n  w.endArray();\n}`,
        );
        return { as: `${inner.as}[]`, value: false, read: `${fn}(r)`, write: (v) => `${wfn}(w, ${v});` };
      }
    }
  }

  private helper(name: string, code: string): void {
    if (this.helperNames.has(name)) return;
    this.helperNames.add(name);
    const from = this.externalHelpers.get(name);
    if (from !== undefined) {
      const list = this.importedHelpers.get(from) ?? [];
      list.push(name);
      this.importedHelpers.set(from, list);
      return;
    }
    this.ownHelpers.push(name);
    this.helpers.push(this.exportHelpers ? `export ${code}` : code);
  }
}

function docComment(doc: string | undefined, indent = ''): string {
  if (!doc) return '';
  const lines = doc.split('\n');
  if (lines.length === 1) return `${indent}/** ${doc} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

function fieldList(e: Emitter, name: string, fields: Field[]): string {
  return e.global(`const ${name}: string[] = [${fields.map((f) => JSON.stringify(f.name)).join(', ')}];`);
}

/** Field declarations: an Option of a value type is `name: T` plus `hasName: bool`. */
function isValueOption(e: Emitter, ty: Ty): boolean {
  return ty.k === 'option' && e.info(ty.inner).value;
}

function defaultOf(e: Emitter, ty: Ty): string {
  if (ty.k === 'option') return isValueOption(e, ty) ? '0' : 'null';
  const i = e.info(ty);
  if (ty.k === 'vec') return `new Array<${e.info(ty.inner).as}>()`;
  if (ty.k === 'prim') {
    if (ty.name === 'string' || ty.name === 'Addr') return '""';
    if (ty.name === 'bool') return 'false';
    if (i.value) return '0';
    if (ty.name === 'Binary') return 'Binary.empty()';
    if (ty.name === 'Timestamp') return 'new Timestamp(0)';
    return `${ty.name}.zero()`;
  }
  return `new ${i.as}()`;
}

function emitStruct(e: Emitter, s: StructDecl): string {
  const n = s.name;
  if (s.fields.length > 64) throw new DeclarationError(`${n}: more than 64 fields`);
  const FIELDS = `${n}_FIELDS`;
  const out: string[] = [];
  out.push(fieldList(e, FIELDS, s.fields));
  out.push(docComment(s.opts.doc) + `export class ${n} {`);
  // constructor: every field, in declaration order, with a zero default
  const params: string[] = [];
  for (const f of s.fields) {
    if (isValueOption(e, f.ty)) {
      const inner = e.info((f.ty as { inner: Ty }).inner);
      params.push(`public ${camel(f.name)}: ${inner.as} = 0`);
      params.push(`public has${pascal(f.name)}: bool = false`);
    } else params.push(`public ${camel(f.name)}: ${e.info(f.ty).as} = ${defaultOf(e, f.ty)}`);
  }
  out.push(params.length ? `  constructor(\n${params.map((p) => `    ${p},`).join('\n')}\n  ) {}` : '  constructor() {}');
  if (s.opts.rust !== undefined) {
    out.push(`  /** Parses a message (JSON); errors read \`Error parsing into type ${s.rust}: ...\`. */`);
    out.push(`  static parse(bytes: Uint8Array): Result<${n}> {\n    return parseMsg<${n}>(bytes, ${JSON.stringify(s.rust)}, ${n}.readJson);\n  }`);
  }
  // readJson: fields start zeroed (a fresh object without running the defaults)
  const read: string[] = [];
  read.push(`  static readJson(r: JsonReader): ${n} {`);
  read.push(`    const m = changetype<${n}>(__new(offsetof<${n}>(), idof<${n}>()));`);
  let required = 0n;
  s.fields.forEach((f, i) => {
    if (f.ty.k !== 'option') required |= 1n << BigInt(i);
  });
  if (s.fields.length === 0) {
    read.push(`    r.struct(${FIELDS}, ${s.denyUnknown}).end(0);`);
  } else {
    read.push(`    const s = r.struct(${FIELDS}${s.denyUnknown ? '' : ', false'});`);
    read.push('    let f: i32;');
    read.push('    while ((f = s.next()) >= 0) {');
    read.push('      switch (f) {');
    s.fields.forEach((f, i) => {
      const fname = camel(f.name);
      if (isValueOption(e, f.ty)) {
        const inner = e.info((f.ty as { inner: Ty }).inner);
        read.push(`        case ${i}:\n          if (!r.readNull()) {\n            m.has${pascal(f.name)} = true;\n            m.${fname} = ${inner.read};\n          }\n          break;`);
      } else read.push(`        case ${i}:\n          m.${fname} = ${e.info(f.ty).read};\n          break;`);
    });
    read.push('      }');
    read.push('    }');
    read.push(`    s.end(0b${required.toString(2)});`);
  }
  read.push('    return m;');
  read.push('  }');
  out.push(read.join('\n'));
  // writeJson: fields in declaration order, Option as null
  const write: string[] = [];
  write.push('  writeJson(w: JsonWriter): void {');
  write.push('    w.beginObject();');
  for (const f of s.fields) {
    const fname = camel(f.name);
    write.push(`    w.key(${JSON.stringify(f.name)});`);
    if (isValueOption(e, f.ty)) {
      const inner = e.info((f.ty as { inner: Ty }).inner);
      write.push(`    if (this.has${pascal(f.name)}) ${inner.write(`this.${fname}`)}\n    else w.nullValue();`);
    } else write.push(`    ${e.info(f.ty).write(`this.${fname}`)}`);
  }
  write.push('    w.endObject();');
  write.push('  }');
  out.push(write.join('\n'));
  out.push('}');
  return out.join('\n');
}

function emitTuple(e: Emitter, t: TupleTy): string {
  const n = e.nameOf(t);
  const items = t.items.map((ty) => e.info(ty));
  const out: string[] = [];
  out.push(`/** A tuple: a JSON array of ${t.items.length} items. */`);
  out.push(`export class ${n} {`);
  out.push(`  constructor(\n${t.items.map((ty, i) => `    public _${i}: ${items[i]!.as} = ${defaultOf(e, ty)},`).join('\n')}\n  ) {}`);
  out.push(`  static readJson(r: JsonReader): ${n} {`);
  out.push(`    const m = changetype<${n}>(__new(offsetof<${n}>(), idof<${n}>()));`);
  out.push('    if (!r.beginArray()) return m;');
  items.forEach((it, i) => {
    out.push(`    if (!r.nextElement(${i === 0})) {\n      r.fail("invalid length ${i}, expected a tuple of size ${items.length}");\n      return m;\n    }`);
    out.push(`    m._${i} = ${it.read};`);
  });
  out.push('    r.endArray();');
  out.push('    return m;');
  out.push('  }');
  out.push('  writeJson(w: JsonWriter): void {');
  out.push('    w.beginArray();');
  items.forEach((it, i) => out.push(`    ${it.write(`this._${i}`)}`));
  out.push('    w.endArray();');
  out.push('  }');
  out.push('}');
  return out.join('\n');
}

function emitEnum(e: Emitter, en: EnumDecl): string {
  const n = en.name;
  const KIND = `${n}Kind`;
  const VARIANTS = `${n}_VARIANTS`;
  const out: string[] = [];
  out.push(`export enum ${KIND} {\n${en.variants.map((v) => `  ${pascal(v.name)},`).join('\n')}\n}`);
  out.push(e.global(`const ${VARIANTS}: string[] = [${en.variants.map((v) => JSON.stringify(v.name)).join(', ')}];`));
  if (en.variants.some((v) => v.kind === 'struct' && !v.payload)) out.push(e.global(`const ${n}_NO_FIELDS: string[] = [];`));
  out.push(docComment(en.opts.doc ?? `One of ${en.variants.map((v) => '`' + v.name + '`').join(', ')}; only the payload of \`kind\` is set.`) + `export class ${n} {`);
  out.push(`  constructor(public kind: ${KIND} = 0) {}`);
  // payload fields
  for (const v of en.variants) {
    if (v.kind === 'newtype') {
      const i = e.info(v.ty);
      out.push(`  ${camel(v.name)}: ${i.as}${i.value ? ' = 0' : ' | null = null'};`);
    } else if (v.kind === 'struct' && v.payload) out.push(`  ${camel(v.name)}: ${v.payload.name} | null = null;`);
  }
  // factories, named like the Rust variants
  for (const v of en.variants) {
    const P = pascal(v.name);
    if (v.kind === 'unit' || (v.kind === 'struct' && !v.payload)) {
      out.push(`  static ${P}(): ${n} {\n    return new ${n}(${KIND}.${P});\n  }`);
    } else {
      const as = v.kind === 'newtype' ? e.info(v.ty).as : v.payload!.name;
      out.push(`  static ${P}(value: ${as}): ${n} {\n    const m = new ${n}(${KIND}.${P});\n    m.${camel(v.name)} = value;\n    return m;\n  }`);
    }
  }
  if (en.opts.rust !== undefined) {
    out.push(`  /** Parses a message (JSON); errors read \`Error parsing into type ${en.rust}: ...\`. */`);
    out.push(`  static parse(bytes: Uint8Array): Result<${n}> {\n    return parseMsg<${n}>(bytes, ${JSON.stringify(en.rust)}, ${n}.readJson);\n  }`);
  }
  const read: string[] = [];
  read.push(`  static readJson(r: JsonReader): ${n} {`);
  read.push(`    const m = new ${n}();`);
  read.push(`    const v = r.beginEnum(${VARIANTS});`);
  read.push('    if (v < 0) return m;');
  read.push(`    m.kind = <${KIND}>v;`);
  read.push('    switch (v) {');
  en.variants.forEach((v, i) => {
    read.push(`      case ${i}:`);
    if (v.kind === 'unit') {
      // `"name"`, or `{"name": null}` as serde's VariantAccess::unit_variant accepts
      read.push('        if (r.enumIsUnit) return m;');
      read.push('        r.readUnit();');
    } else {
      read.push('        if (!r.expectPayloadVariant()) return m;');
      if (v.kind === 'newtype') read.push(`        m.${camel(v.name)} = ${e.info(v.ty).read};`);
      else if (v.payload) read.push(`        m.${camel(v.name)} = ${v.payload.name}.readJson(r);`);
      else read.push(`        r.struct(${n}_NO_FIELDS).end(0);`);
    }
    read.push('        break;');
  });
  read.push('    }');
  read.push('    r.endEnum();');
  read.push('    return m;');
  read.push('  }');
  out.push(read.join('\n'));
  const write: string[] = [];
  write.push('  writeJson(w: JsonWriter): void {');
  write.push('    switch (this.kind) {');
  for (const v of en.variants) {
    const P = pascal(v.name);
    write.push(`      case ${KIND}.${P}:`);
    if (v.kind === 'unit') write.push(`        w.stringAscii(${JSON.stringify(v.name)});`);
    else if (v.kind === 'struct' && !v.payload) write.push(`        w.beginObject().key(${JSON.stringify(v.name)}).beginObject().endObject().endObject();`);
    else {
      const i = v.kind === 'newtype' ? e.info(v.ty) : e.info(v.payload!);
      const val = i.value ? `this.${camel(v.name)}` : `changetype<${i.as}>(this.${camel(v.name)})`;
      write.push(`        w.beginObject().key(${JSON.stringify(v.name)});\n        ${i.write(val)}\n        w.endObject();`);
    }
    write.push('        break;');
  }
  write.push('    }');
  write.push('  }');
  out.push(write.join('\n'));
  out.push('}');
  return out.join('\n');
}

function emitFile(e: Emitter, roots: Ty[], sdkImport: string, declFile: string): string {
  for (const r of roots) e.collect(r);
  const bodies = e.named.map((ty) => (ty.k === 'struct' ? emitStruct(e, ty) : ty.k === 'enum' ? emitEnum(e, ty) : emitTuple(e, ty)));
  const head = [
    `// Generated from ${declFile} by \`npm run build:contracts\` (contracts/tools/generate.ts). Do not edit.`,
    `// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and`,
    `// trailing bytes are \`Error parsing into type <T>: <serde text>\` contract errors, never traps.`,
    `import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "${sdkImport}";`,
  ];
  // shared types: imported for the codecs here, re-exported so the contract imports all from ./msg
  for (const [from, names] of e.imported) {
    const list = [...names].sort().join(', ');
    head.push(`import { ${list} } from "${from}";`, `export { ${list} } from "${from}";`);
  }
  // shared helpers (Vec/Option codecs of primitives and shared types): imported only
  for (const [from, names] of e.importedHelpers) head.push(`import { ${[...names].sort().join(', ')} } from "${from}";`);
  return [head.join('\n'), ...e.helpers, ...bodies].join('\n\n') + '\n';
}

/** Where each shared module's generated file is imported from, by the file being generated. */
export type SharedPaths = ReadonlyMap<SharedTypes, string>;

/** The types and helpers the shared modules in `paths` define, by their import paths. */
function externalsOf(paths: SharedPaths): { types: Map<object, string>; helpers: Map<string, string> } {
  const types = new Map<object, string>();
  const helpers = new Map<string, string>();
  for (const [mod, from] of paths) {
    const own = sharedDefinitions(mod);
    for (const ty of own.types) types.set(ty, from);
    for (const h of own.helpers) helpers.set(h, from);
  }
  return { types, helpers };
}

/**
 * The generated `assembly/msg.ts` of a contract. `shared` maps each shared module the contract
 * uses (with every module those build on, see `sharedModules`) to its import path from this file;
 * the types and helpers those modules define are imported, not generated.
 */
export function generateAssemblyMsg(decl: ContractDecl, sdkImport: string, declFile: string, shared: SharedPaths = new Map()): string {
  const ext = externalsOf(shared);
  const roots: Ty[] = [];
  for (const r of [decl.instantiate, decl.execute, decl.query, decl.migrate, decl.sudo]) if (r) roots.push(r);
  for (const r of Object.values(decl.responses ?? {})) roots.push(r);
  for (const r of decl.records ?? []) roots.push(r);
  return emitFile(new Emitter(ext.types, false, ext.helpers), roots, sdkImport, declFile);
}

/** Every named type a shared module defines: its listed types and all they reach, but for those of the modules it builds on. */
export function sharedClosure(mod: SharedTypes): Array<StructDecl | EnumDecl | TupleTy> {
  return sharedDefinitions(mod).types;
}

/** Primitives whose Vec and Option helpers a module with `primHelpers` defines. */
const PRIMS: PrimName[] = ['string', 'Addr', 'bool', 'u8', 'u16', 'u32', 'u64', 'i32', 'i64', 'Uint64', 'Uint128', 'Uint256', 'Decimal', 'Binary', 'Timestamp'];

/**
 * A shared module's emitter with everything it defines collected: its types (those it lists and
 * all they reach), and the `Vec`, `Option` and `Option<Vec>` helpers of each type it lists and,
 * in the repository-wide module (no `uses`), of every primitive, so the files using them import
 * these rather than writing their own. The helpers its codecs need besides are shared too. A
 * helper of an anonymous tuple never is: each file has its own tuple classes.
 */
function sharedEmitter(mod: SharedTypes, paths: SharedPaths): Emitter {
  const ext = externalsOf(paths);
  const e = new Emitter(ext.types, true, ext.helpers, true);
  for (const ty of mod.types) e.collect(ty);
  const listed = mod.types.filter((ty) => !ext.types.has(ty));
  const elems: Ty[] = [...(mod.uses.length === 0 ? PRIMS.map((p) => new Prim(p)) : []), ...listed];
  for (const ty of elems) {
    e.info(new VecTy(ty));
    if (!e.info(ty).value) e.info(new OptionTy(ty));
    e.info(new OptionTy(new VecTy(ty)));
  }
  return e;
}

const definitions = new WeakMap<SharedTypes, { types: Array<StructDecl | EnumDecl | TupleTy>; helpers: string[] }>();

/** What a shared module defines itself (not what it imports from the modules it builds on). */
function sharedDefinitions(mod: SharedTypes): { types: Array<StructDecl | EnumDecl | TupleTy>; helpers: string[] } {
  let d = definitions.get(mod);
  if (d === undefined) {
    // the import paths do not matter here, only which module defines what
    const e = sharedEmitter(mod, new Map(sharedModules(mod.uses).map((m) => [m, m.file])));
    emitFile(e, [], '', ''); // the codecs' own helpers too
    d = { types: e.named, helpers: e.ownHelpers.filter((h) => !h.includes('Tuple')) };
    definitions.set(mod, d);
  }
  return d;
}

/**
 * The generated `<dir>/assembly/<file>.ts` of a shared module: every type, once, exported, with
 * the Vec/Option helpers of each. `paths` gives the import path of each module it builds on.
 */
export function generateSharedMsg(mod: SharedTypes, sdkImport: string, paths: SharedPaths = new Map()): string {
  return emitFile(sharedEmitter(mod, paths), [], sdkImport, mod.declFile);
}

/** The generated `assembly/error.ts`: the error enum's display texts. */
export function generateAssemblyErrors(errs: ErrorsDecl, sdkImport: string, declFile: string): string {
  const out: string[] = [];
  out.push(`// Generated from ${declFile} by \`npm run build:contracts\` (contracts/tools/generate.ts). Do not edit.`);
  out.push(`import { Uint128, Uint256, Decimal } from "${sdkImport}";`);
  out.push(`/** The contract's errors (like a thiserror enum): \`err<Response>(${errs.name}.Unauthorized)\`. */`);
  out.push(`export namespace ${errs.name} {`);
  for (const v of errs.variants) {
    if (v.fields.length === 0) {
      out.push(`  export const ${v.name}: string = ${JSON.stringify(v.display)};`);
      continue;
    }
    const params = v.fields.map((f) => {
      const stringy = f.ty.k === 'prim' && (f.ty.name === 'string' || f.ty.name === 'Addr');
      if (!stringy && !(f.ty.k === 'prim')) throw new DeclarationError(`${errs.name}.${v.name}.${f.name}: error fields must be strings, integers or SDK numbers`);
      return { name: camel(f.name), as: stringy ? 'string' : new Emitter().info(f.ty).as, stringy, json: f.name };
    });
    const parts: string[] = [];
    let rest = v.display;
    for (;;) {
      const m = /\{([a-z0-9_]+)\}/.exec(rest);
      if (!m) break;
      if (m.index > 0) parts.push(JSON.stringify(rest.slice(0, m.index)));
      const p = params.find((x) => x.json === m[1])!;
      parts.push(p.stringy ? p.name : `${p.name}.toString()`);
      rest = rest.slice(m.index + m[0].length);
    }
    if (rest.length > 0 || parts.length === 0) parts.push(JSON.stringify(rest));
    out.push(`  export function ${v.name}(${params.map((p) => `${p.name}: ${p.as}`).join(', ')}): string {\n    return ${parts.join(' + ')};\n  }`);
  }
  out.push('}');
  return out.join('\n') + '\n';
}
