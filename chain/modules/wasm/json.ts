/** Small readers for the JSON that contracts send (CosmosMsg, QueryRequest); bad shapes are chain errors. */
import { ChainError, Codes } from '../../kernel/errors.js';
import { parseAmount, type Coin } from '../../types/coins.js';

export type Obj = Record<string, unknown>;

export function obj(v: unknown, what: string): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ChainError(Codes.InvalidRequest, `${what} must be an object`);
  return v as Obj;
}
export function str(o: Obj, field: string): string {
  const v = o[field];
  if (typeof v !== 'string') throw new ChainError(Codes.InvalidRequest, `field ${field} must be a string`);
  return v;
}
export function optStr(o: Obj, field: string): string | undefined {
  const v = o[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new ChainError(Codes.InvalidRequest, `field ${field} must be a string or null`);
  return v;
}
export const U64_MAX = 0xffff_ffff_ffff_ffffn;

/**
 * A u64 field: a JSON number (a `bigint` when the runtime read it beyond 2^53 - 1) or a decimal
 * string (`Uint64`), in 0..2^64-1 — what cosmwasm-std and wasmd's Go types accept.
 */
export function u64(o: Obj, field: string): bigint {
  const v = u64Value(o[field]);
  if (v === undefined) throw new ChainError(Codes.InvalidRequest, `field ${field} must be an unsigned 64-bit integer (0..${U64_MAX}), got ${describe(o[field])}`);
  return v;
}

/** `v` as a u64, or undefined when it is not an integer in 0..2^64-1. */
export function u64Value(v: unknown): bigint | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? BigInt(v) : undefined;
  if (typeof v === 'bigint') return v >= 0n && v <= U64_MAX ? v : undefined;
  if (typeof v === 'string' && /^\d+$/.test(v)) {
    const b = BigInt(v);
    return b <= U64_MAX ? b : undefined;
  }
  return undefined;
}

function describe(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return v === undefined ? 'nothing' : Array.isArray(v) ? 'a list' : 'an object';
}
/** The single key of an enum object and its payload. */
export function variant(v: unknown, what: string): [string, unknown] {
  const o = obj(v, what);
  const keys = Object.keys(o);
  if (keys.length !== 1) throw new ChainError(Codes.InvalidRequest, `${what} must have exactly one key, got ${keys.length}`);
  return [keys[0]!, o[keys[0]!]];
}
export function fromB64(s: unknown, what: string): Uint8Array {
  if (typeof s !== 'string') throw new ChainError(Codes.InvalidRequest, `${what} must be a base64 string`);
  return new Uint8Array(Buffer.from(s, 'base64'));
}
export function coinJson(v: unknown, what = 'coin'): Coin {
  const o = obj(v, what);
  return { denom: str(o, 'denom'), amount: parseAmount(str(o, 'amount')) };
}
export function coinsJson(v: unknown, what = 'coins'): Coin[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ChainError(Codes.InvalidRequest, `${what} must be a list of coins`);
  return v.map((c) => coinJson(c, what));
}
