/**
 * JSON Schema for a contract's declarations, in the layout cosmwasm-schema 2.x writes
 * (`schema/<contract>.json`: contract_name, contract_version, idl_version, instantiate, execute,
 * query, migrate, sudo, responses), each message a draft-07 root schema as schemars 0.8 derives it:
 * properties and definitions sorted, `additionalProperties: false` for #[cw_serde] structs, unit
 * variants grouped first in a `oneOf` as `{"type": "string", "enum": [...]}`, `Option<T>` as a
 * nullable type or `anyOf [T, null]`, integers with `format` and `minimum`.
 */
import type { ContractDecl, Ty, StructDecl, EnumDecl } from './declare.js';

type Schema = Record<string, unknown>;

/** The descriptions cosmwasm-std's types carry in every schema (shortened to their first sentence). */
const STD_DEFS: Record<string, Schema> = {
  Uint64: { description: 'A thin wrapper around u64 that is using strings for JSON encoding/decoding, such that the full u64 range can be used for clients that convert JSON numbers to floats, like JavaScript and jq.', type: 'string' },
  Uint128: { description: 'A thin wrapper around u128 that is using strings for JSON encoding/decoding, such that the full u128 range can be used for clients that convert JSON numbers to floats, like JavaScript and jq.', type: 'string' },
  Uint256: { description: 'An implementation of u256 that is using strings for JSON encoding/decoding, such that the full u256 range can be used for clients that convert JSON numbers to floats, like JavaScript and jq.', type: 'string' },
  Decimal: { description: 'A fixed-point decimal value with 18 fractional digits, i.e. Decimal(1_000_000_000_000_000_000) == 1.0\n\nThe greatest possible value that can be represented is 340282366920938463463.374607431768211455 (which is (2^128 - 1) / 10^18)', type: 'string' },
  Binary: { description: 'Binary is a wrapper around Vec<u8> to add base64 de/serialization with serde. It also adds some helper methods to help encode inline.\n\nThis is only needed as serde-json-{core,wasm} has a horrible encoding for Vec<u8>. See also <https://github.com/CosmWasm/cosmwasm/blob/main/docs/MESSAGE_TYPES.md>.', type: 'string' },
  Timestamp: { description: 'A point in time in nanosecond precision.\n\nThis type can represent times from 1970-01-01T00:00:00Z to 2554-07-21T23:34:33Z.', allOf: [{ $ref: '#/definitions/Uint64' }] },
  Addr: { description: 'A human readable address.\n\nIn Cosmos, this is typically bech32 encoded. But for multi-chain smart contracts no assumptions should be made other than being UTF-8 encoded and of reasonable length.', type: 'string' },
};

const INT_FORMATS: Record<string, { format: string; minimum?: number }> = {
  u8: { format: 'uint8', minimum: 0 },
  u16: { format: 'uint16', minimum: 0 },
  u32: { format: 'uint32', minimum: 0 },
  u64: { format: 'uint64', minimum: 0 },
  i32: { format: 'int32' },
  i64: { format: 'int64' },
};

function sortKeys(o: Record<string, Schema>): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k]!;
  return out;
}

class SchemaBuilder {
  readonly definitions: Record<string, Schema> = {};

  private ref(name: string): Schema {
    return { $ref: `#/definitions/${name}` };
  }

  private define(name: string, make: () => Schema): Schema {
    if (!(name in this.definitions)) {
      this.definitions[name] = {}; // recursion guard
      this.definitions[name] = make();
    }
    return this.ref(name);
  }

  /** The schema of a field/payload type (named types become definitions). */
  of(ty: Ty): Schema {
    switch (ty.k) {
      case 'prim': {
        const n = ty.name;
        if (n === 'string') return { type: 'string' };
        if (n === 'bool') return { type: 'boolean' };
        const int = INT_FORMATS[n];
        if (int) return { type: 'integer', ...int };
        if (n === 'Timestamp') this.define('Uint64', () => STD_DEFS.Uint64!);
        return this.define(n, () => STD_DEFS[n]!);
      }
      case 'option': {
        const inner = this.of(ty.inner);
        if (typeof inner.type === 'string' && inner.$ref === undefined) return { ...inner, type: [inner.type, 'null'] };
        return { anyOf: [inner, { type: 'null' }] };
      }
      case 'vec':
        return { type: 'array', items: this.of(ty.inner) };
      case 'tuple':
        return { type: 'array', items: ty.items.map((i) => this.of(i)), maxItems: ty.items.length, minItems: ty.items.length };
      case 'struct':
        return this.define(ty.name, () => this.structBody(ty));
      case 'enum':
        return this.define(ty.name, () => this.enumBody(ty));
    }
  }

  structBody(s: StructDecl): Schema {
    const out: Schema = {};
    if (s.opts.doc) out.description = s.opts.doc;
    out.type = 'object';
    const required = s.fields.filter((f) => f.ty.k !== 'option').map((f) => f.name).sort();
    if (required.length > 0) out.required = required;
    const props: Record<string, Schema> = {};
    for (const f of s.fields) props[f.name] = this.of(f.ty);
    if (s.fields.length > 0) out.properties = sortKeys(props);
    if (s.denyUnknown) out.additionalProperties = false;
    return out;
  }

  enumBody(e: EnumDecl): Schema {
    const out: Schema = {};
    if (e.opts.doc) out.description = e.opts.doc;
    const oneOf: Schema[] = [];
    const units = e.variants.filter((v) => v.kind === 'unit').map((v) => v.name);
    if (units.length > 0) oneOf.push({ type: 'string', enum: units });
    for (const v of e.variants) {
      if (v.kind === 'unit') continue;
      let payload: Schema;
      if (v.kind === 'newtype') payload = this.of(v.ty);
      else if (v.payload) payload = this.structBody(v.payload);
      else payload = { type: 'object', additionalProperties: false };
      oneOf.push({ type: 'object', required: [v.name], properties: { [v.name]: payload }, additionalProperties: false });
    }
    out.oneOf = oneOf;
    return out;
  }
}

function title(ty: Ty): string {
  switch (ty.k) {
    case 'prim':
      return ty.name === 'string' ? 'String' : ty.name === 'bool' ? 'Boolean' : ty.name;
    case 'option':
      return `Nullable_${title(ty.inner)}`;
    case 'vec':
      return `Array_of_${title(ty.inner)}`;
    case 'tuple':
      return `Tuple_of_${ty.items.map(title).join('_and_')}`;
    default:
      return ty.name;
  }
}

/** A root schema for one message or answer type. */
export function rootSchema(ty: Ty): Schema {
  const b = new SchemaBuilder();
  let body: Schema;
  if (ty.k === 'struct') body = b.structBody(ty);
  else if (ty.k === 'enum') body = b.enumBody(ty);
  else body = b.of(ty);
  const out: Schema = { $schema: 'http://json-schema.org/draft-07/schema#', title: title(ty), ...body };
  // a named root is its own schema, not a definition of itself
  if (ty.k === 'struct' || ty.k === 'enum') delete b.definitions[ty.name];
  if (Object.keys(b.definitions).length > 0) out.definitions = sortKeys(b.definitions);
  return out;
}

/** The whole `schema/<contract>.json`. */
export function generateSchema(decl: ContractDecl): Schema {
  const responses: Record<string, Schema> = {};
  for (const [k, ty] of Object.entries(decl.responses ?? {})) responses[k] = rootSchema(ty);
  return {
    contract_name: decl.name,
    contract_version: decl.version,
    idl_version: '1.0.0',
    instantiate: decl.instantiate ? rootSchema(decl.instantiate) : null,
    execute: decl.execute ? rootSchema(decl.execute) : null,
    query: decl.query ? rootSchema(decl.query) : null,
    migrate: decl.migrate ? rootSchema(decl.migrate) : null,
    sudo: decl.sudo ? rootSchema(decl.sudo) : null,
    responses: decl.query ? sortKeys(responses) : null,
  };
}
