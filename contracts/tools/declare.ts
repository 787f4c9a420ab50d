/**
 * Contract declarations: a contract's messages, query answers, stored records and errors, written
 * once in `contracts/<name>/declare.ts` with the builders below. The build (scripts/build-contracts.ts
 * through tools/generate.ts) derives from them:
 *
 * - `assembly/msg.ts`: AssemblyScript classes with strict `#[cw_serde]` JSON codecs;
 * - `assembly/error.ts`: the error enum (display texts, like `thiserror`);
 * - `schema/<name>.json`: JSON Schema in the cosmwasm-schema 2.x layout;
 * - `client.ts`: typed TypeScript clients in the @cosmwasm/ts-codegen shape.
 *
 * The declaration is plain TypeScript run by node, so a mistake in it is a tsc error (or a
 * generator error naming the type and field) at the author's line, and the generated
 * AssemblyScript is ordinary code the compiler checks like any other.
 */

/** A field or payload type. */
export type Ty = Prim | OptionTy | VecTy | TupleTy | StructDecl | EnumDecl;

export type PrimName =
  | 'string'
  | 'Addr'
  | 'bool'
  | 'u8'
  | 'u16'
  | 'u32'
  | 'u64'
  | 'i32'
  | 'i64'
  | 'Uint64'
  | 'Uint128'
  | 'Uint256'
  | 'Decimal'
  | 'Binary'
  | 'Timestamp';

export class Prim {
  readonly k = 'prim' as const;
  constructor(readonly name: PrimName) {}
}
export class OptionTy {
  readonly k = 'option' as const;
  constructor(readonly inner: Ty) {}
}
export class VecTy {
  readonly k = 'vec' as const;
  constructor(readonly inner: Ty) {}
}
export class TupleTy {
  readonly k = 'tuple' as const;
  constructor(readonly items: Ty[]) {}
}

export interface Field {
  /** The JSON (snake_case) name. */
  name: string;
  ty: Ty;
}

export interface DeclOptions {
  /** The Rust type path in parse errors, e.g. `cw20_base::msg::InstantiateMsg` (default: the name). */
  rust?: string;
  /** A doc comment, copied to the AssemblyScript class, the schema and the client types. */
  doc?: string;
}

export interface StructOptions extends DeclOptions {
  /** `#[cw_serde]` denies unknown fields (default true); a plain `#[derive(Deserialize)]` ignores them. */
  denyUnknown?: boolean;
}

export class StructDecl {
  readonly k = 'struct' as const;
  constructor(
    readonly name: string,
    readonly fields: Field[],
    readonly opts: StructOptions,
  ) {}
  get rust(): string {
    return this.opts.rust ?? this.name;
  }
  get denyUnknown(): boolean {
    return this.opts.denyUnknown ?? true;
  }
}

export type Variant =
  | { kind: 'unit'; name: string }
  | { kind: 'newtype'; name: string; ty: Ty }
  /** `{"name": {fields}}`; with no fields (`TokenInfo {}`) there is no payload class. */
  | { kind: 'struct'; name: string; payload: StructDecl | null };

export class EnumDecl {
  readonly k = 'enum' as const;
  constructor(
    readonly name: string,
    readonly variants: Variant[],
    readonly opts: DeclOptions,
  ) {}
  get rust(): string {
    return this.opts.rust ?? this.name;
  }
}

// ---------------------------------------------------------------- builders

const prim = (n: PrimName): Prim => new Prim(n);

/** Field types. `u64` etc. are JSON numbers; `Uint64`/`Uint128`/`Uint256`/`Decimal`/`Timestamp` are strings. */
export const t = {
  string: prim('string'),
  /** An address as sent (`String`) or stored (`Addr`): a JSON string. */
  Addr: prim('Addr'),
  bool: prim('bool'),
  u8: prim('u8'),
  u16: prim('u16'),
  u32: prim('u32'),
  u64: prim('u64'),
  i32: prim('i32'),
  i64: prim('i64'),
  Uint64: prim('Uint64'),
  Uint128: prim('Uint128'),
  Uint256: prim('Uint256'),
  Decimal: prim('Decimal'),
  /** Base64 in JSON. */
  Binary: prim('Binary'),
  /** Nanoseconds as a decimal string. */
  Timestamp: prim('Timestamp'),
  /** `Option<T>`: the field may be missing or null. */
  option: (inner: Ty): OptionTy => new OptionTy(inner),
  vec: (inner: Ty): VecTy => new VecTy(inner),
  /** A tuple: a JSON array of exactly these items. */
  tuple: (...items: Ty[]): TupleTy => new TupleTy(items),
};

/** Fields in declaration order (JSON names, snake_case). */
export type Fields = Record<string, Ty>;

function toFields(owner: string, fields: Fields): Field[] {
  return Object.entries(fields).map(([name, ty]) => {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new DeclarationError(`${owner}: field "${name}" must be snake_case`);
    if (ty === undefined || ty === null) {
      throw new DeclarationError(`${owner}.${name}: the type is undefined (declared after its use? declare types before the types that use them)`);
    }
    return { name, ty };
  });
}

export class DeclarationError extends Error {}

/** A struct: `{"field": value, ...}`. */
export function struct(name: string, fields: Fields, opts: StructOptions = {}): StructDecl {
  return new StructDecl(name, toFields(name, fields), opts);
}

/** Marks a variant as a unit variant: `"name"`. */
export const unit = Symbol('unit');
/** A variant: `unit`, a type (newtype variant `{"name": value}`) or fields (`{"name": {...}}`). */
export type VariantSpec = typeof unit | Ty | Fields;

function isTy(v: unknown): v is Ty {
  return v instanceof Prim || v instanceof OptionTy || v instanceof VecTy || v instanceof TupleTy || v instanceof StructDecl || v instanceof EnumDecl;
}

export function pascal(snake: string): string {
  return snake
    .split('_')
    .filter((s) => s.length > 0)
    .map((s) => s[0]!.toUpperCase() + s.slice(1))
    .join('');
}

export function camel(snake: string): string {
  const p = pascal(snake);
  return p.length === 0 ? p : p[0]!.toLowerCase() + p.slice(1);
}

/**
 * An externally tagged enum (`#[cw_serde] enum`), variants in declaration order with snake_case
 * JSON names. A struct variant's payload class is named `<Variant><Enum>` (`TransferExecuteMsg`).
 */
export function enumOf(name: string, variants: Record<string, VariantSpec>, opts: DeclOptions = {}): EnumDecl {
  const out: Variant[] = Object.entries(variants).map(([v, spec]): Variant => {
    if (!/^[a-z][a-z0-9_]*$/.test(v)) throw new DeclarationError(`${name}: variant "${v}" must be snake_case`);
    if (spec === unit) return { kind: 'unit', name: v };
    if (spec === undefined || spec === null) throw new DeclarationError(`${name}.${v}: the payload type is undefined (declare it before ${name})`);
    if (isTy(spec)) return { kind: 'newtype', name: v, ty: spec };
    const fields = toFields(`${name}.${v}`, spec as Fields);
    return { kind: 'struct', name: v, payload: fields.length === 0 ? null : new StructDecl(pascal(v) + name, fields, {}) };
  });
  return new EnumDecl(name, out, opts);
}

// ---------------------------------------------------------------- errors

/** An error variant's display text; `{field}` placeholders name its fields. */
export interface ErrorVariant {
  name: string;
  display: string;
  fields: Field[];
}

export class ErrorsDecl {
  readonly k = 'errors' as const;
  constructor(
    readonly name: string,
    readonly variants: ErrorVariant[],
  ) {}
}

/**
 * A contract's error enum, like `#[derive(thiserror::Error)]`: each variant has a display text
 * (`"Unauthorized"`) or a text with fields (`["Cannot exceed {max}", { max: t.Uint128 }]`).
 * Errors from the SDK (StdError texts) pass through unchanged, as `#[error(transparent)]` does.
 */
export function errors(name: string, variants: Record<string, string | [string, Fields]>): ErrorsDecl {
  return new ErrorsDecl(
    name,
    Object.entries(variants).map(([v, spec]) => {
      if (!/^[A-Z][A-Za-z0-9]*$/.test(v)) throw new DeclarationError(`${name}: error variant "${v}" must be PascalCase`);
      const [display, fields] = typeof spec === 'string' ? [spec, {}] : spec;
      const fs = toFields(`${name}.${v}`, fields);
      for (const m of display.matchAll(/\{([a-z0-9_]+)\}/g)) {
        if (!fs.some((f) => f.name === m[1])) throw new DeclarationError(`${name}.${v}: "{${m[1]}}" is not one of its fields`);
      }
      return { name: v, display, fields: fs };
    }),
  );
}

// ---------------------------------------------------------------- the contract

export interface ContractDecl {
  /** `contract_name` in the schema (the crate name, e.g. `cw20-base`). */
  name: string;
  version: string;
  instantiate?: StructDecl | EnumDecl;
  execute?: StructDecl | EnumDecl;
  query?: EnumDecl;
  migrate?: StructDecl | EnumDecl;
  sudo?: StructDecl | EnumDecl;
  /** The answer type of each query variant (`#[returns(...)]`), by variant name. */
  responses?: Record<string, Ty>;
  /** Other types the contract stores or sends (records, callback messages): codecs only. */
  records?: Array<StructDecl | EnumDecl>;
  errors?: ErrorsDecl;
  /**
   * Shared type modules (see `sharedTypes`): the contract's msg.ts imports (and re-exports) the
   * codecs of every type it reaches there instead of generating its own copy.
   */
  uses?: SharedTypes[];
}

/**
 * Types several contracts share, generated once into `<dir>/assembly/<file>.ts` (with every type
 * they reach) from the declaration module `declFile`. Contracts list it in `uses`.
 */
export interface SharedTypes {
  readonly k: 'shared';
  /** The folder relative to the repo root, e.g. `contracts/mesh/common`. */
  readonly dir: string;
  /** The generated file's name in `<dir>/assembly/`, without `.ts`. */
  readonly file: string;
  /** The declaration file, relative to the repo root (named in the generated file's header). */
  readonly declFile: string;
  readonly types: Array<StructDecl | EnumDecl>;
  /**
   * Shared modules this one builds on: the types of theirs it reaches are imported (and re-exported),
   * not generated again. A contract using this module uses them too.
   */
  readonly uses: readonly SharedTypes[];
}

export function sharedTypes(opts: { dir: string; file: string; declFile: string; uses?: SharedTypes[] }, types: Array<StructDecl | EnumDecl>): SharedTypes {
  if (!/^[a-z_][a-z0-9_]*$/.test(opts.file)) throw new DeclarationError(`shared types file "${opts.file}": lower snake case, no extension`);
  const { uses = [], ...where } = opts;
  return { k: 'shared', ...where, types, uses };
}

/** `mod` and every module it builds on, each once, the ones it builds on first. */
export function sharedModules(mods: readonly SharedTypes[]): SharedTypes[] {
  const out: SharedTypes[] = [];
  const visit = (m: SharedTypes): void => {
    if (out.includes(m)) return;
    for (const u of m.uses) visit(u);
    out.push(m);
  };
  for (const m of mods) visit(m);
  return out;
}

/** The contract's API: the module's default export in `contracts/<name>/declare.ts`. */
export function contract(decl: ContractDecl): ContractDecl {
  const q = decl.query;
  if (q) {
    const responses = decl.responses ?? {};
    for (const v of q.variants) {
      if (!(v.name in responses)) throw new DeclarationError(`${decl.name}: query "${v.name}" has no answer type in responses (cosmwasm-schema's #[returns])`);
    }
    for (const r of Object.keys(responses)) {
      if (!q.variants.some((v) => v.name === r)) throw new DeclarationError(`${decl.name}: responses.${r} is not a query variant`);
    }
  }
  return decl;
}
