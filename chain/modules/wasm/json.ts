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
export function u64(o: Obj, field: string): bigint {
  const v = o[field];
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string' && /^\d+$/.test(v)) return BigInt(v);
  throw new ChainError(Codes.InvalidRequest, `field ${field} must be an unsigned integer`);
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
