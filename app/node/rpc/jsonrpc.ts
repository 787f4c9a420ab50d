/**
 * JSON-RPC 2.0 as CometBFT speaks it: requests with named (object) or positional (array) params,
 * over HTTP POST (single or batch), HTTP GET with URI params (`/abci_query?path="/a/b"&data=0x01`)
 * and websocket. Errors carry CometBFT's codes and put the detail in `data`.
 */
import type { Json, JsonObject } from './encode.js';

export type JsonRpcId = string | number | null;

export const RpcCodes = Object.freeze({
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  Internal: -32603,
  /** Server-defined: rate limited, shutting down. */
  Server: -32000,
});

const MESSAGES: Record<number, string> = {
  [RpcCodes.ParseError]: 'Parse error. Invalid JSON',
  [RpcCodes.InvalidRequest]: 'Invalid Request',
  [RpcCodes.MethodNotFound]: 'Method not found',
  [RpcCodes.InvalidParams]: 'Invalid params',
  [RpcCodes.Internal]: 'Internal error',
  [RpcCodes.Server]: 'Server error',
};

/** An error returned to the client as a JSON-RPC error object. */
export class RpcError extends Error {
  override readonly name = 'RpcError';
  constructor(
    readonly code: number,
    /** The detail (CometBFT's `data`). */
    readonly detail: string,
  ) {
    super(`${MESSAGES[code] ?? 'Error'}: ${detail}`);
  }
  toJson(): JsonObject {
    return { code: this.code, message: MESSAGES[this.code] ?? 'Error', data: this.detail };
  }
}

export const invalidParams = (detail: string): RpcError => new RpcError(RpcCodes.InvalidParams, detail);
export const internalError = (detail: string): RpcError => new RpcError(RpcCodes.Internal, detail);

export interface JsonRpcRequest {
  id: JsonRpcId;
  /** False for a notification (no `id` member): executed, never answered. */
  hasId: boolean;
  method: string;
  params: unknown;
}

export function responseOk(id: JsonRpcId, result: Json): JsonObject {
  return { jsonrpc: '2.0', id, result };
}

export function responseError(id: JsonRpcId, e: RpcError): JsonObject {
  return { jsonrpc: '2.0', id, error: e.toJson() };
}

/** Validates one request object; throws RpcError(InvalidRequest) with what is wrong. */
export function parseRequest(v: unknown): JsonRpcRequest {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new RpcError(RpcCodes.InvalidRequest, 'a request must be a JSON object {"jsonrpc":"2.0","id":…,"method":…,"params":{…}}');
  const o = v as Record<string, unknown>;
  if (o['jsonrpc'] !== '2.0') throw new RpcError(RpcCodes.InvalidRequest, 'jsonrpc must be "2.0"');
  const hasId = 'id' in o;
  const id = o['id'];
  if (hasId && id !== null && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) throw new RpcError(RpcCodes.InvalidRequest, 'id must be a string, a number or null');
  if (typeof o['method'] !== 'string' || o['method'].length === 0) throw new RpcError(RpcCodes.InvalidRequest, 'method must be a non-empty string');
  return { id: (id ?? null) as JsonRpcId, hasId, method: o['method'], params: o['params'] };
}

/** The id of a request that failed validation, if it has a usable one (else null). */
export function salvageId(v: unknown): JsonRpcId {
  if (typeof v !== 'object' || v === null) return null;
  const id = (v as Record<string, unknown>)['id'];
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null;
}

const HEX = /^(?:0x)?((?:[0-9a-fA-F]{2})*)$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * A method's params, read with typed getters. JSON params follow the JSON-RPC encodings (int64 as
 * string or number, bytes as hex or base64 depending on the method); URI params follow CometBFT's
 * URI rules (strings quoted, bytes as 0x-hex, numbers and booleans bare).
 */
export class Params {
  private constructor(
    private readonly raw: ReadonlyMap<string, unknown>,
    private readonly fromUri: boolean,
  ) {}

  static fromJson(params: unknown, names: readonly string[]): Params {
    const raw = new Map<string, unknown>();
    if (params === undefined || params === null) return new Params(raw, false);
    if (Array.isArray(params)) {
      if (params.length > names.length) throw invalidParams(`expected at most ${names.length} positional params (${names.join(', ')}), got ${params.length}`);
      params.forEach((v, i) => raw.set(names[i]!, v));
    } else if (typeof params === 'object') {
      for (const [k, v] of Object.entries(params as Record<string, unknown>)) raw.set(k, v);
    } else throw invalidParams('params must be an object of named params or an array');
    return new Params(raw, false);
  }

  static fromUri(search: URLSearchParams): Params {
    const raw = new Map<string, unknown>();
    for (const [k, v] of search) raw.set(k, v);
    return new Params(raw, true);
  }

  private get(name: string): unknown {
    const v = this.raw.get(name);
    return v === null || (this.fromUri && v === '') ? undefined : v;
  }

  /** Unquotes a URI string param ("…" or bare). */
  private uriString(v: string): string {
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1);
    return v;
  }

  string(name: string): string | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw invalidParams(`${name} must be a string`);
    return this.fromUri ? this.uriString(v) : v;
  }

  /** A string param as sent (no URI unquoting), or undefined if absent or not a string. */
  rawString(name: string): string | undefined {
    const v = this.get(name);
    return typeof v === 'string' ? v : undefined;
  }

  requireString(name: string): string {
    const v = this.string(name);
    if (v === undefined || v.length === 0) throw invalidParams(`${name} is required`);
    return v;
  }

  int(name: string): bigint | undefined {
    let v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v === 'string' && this.fromUri) v = this.uriString(v);
    if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
    if (typeof v === 'string' && /^-?\d{1,19}$/.test(v)) return BigInt(v);
    throw invalidParams(`${name} must be an integer (a number or a decimal string), got ${JSON.stringify(v)}`);
  }

  /** An int param that must fit a JS safe integer (heights, pages). */
  smallInt(name: string): number | undefined {
    const v = this.int(name);
    if (v === undefined) return undefined;
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) throw invalidParams(`${name} is out of range: ${v}`);
    return Number(v);
  }

  bool(name: string): boolean | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true') return true;
    if (v === 'false') return false;
    throw invalidParams(`${name} must be true or false`);
  }

  /** Bytes sent as hex in JSON (e.g. abci_query `data`). */
  hexBytes(name: string): Uint8Array | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw invalidParams(`${name} must be a hex string`);
    const s = this.fromUri ? this.uriString(v) : v;
    const m = HEX.exec(s);
    if (m === null) throw invalidParams(`${name} must be hex with an even number of digits`);
    return new Uint8Array(Buffer.from(m[1]!, 'hex'));
  }

  /** Bytes sent as base64 in JSON (txs, tx hashes); in a URI as 0x-hex or a quoted raw string. */
  base64Bytes(name: string): Uint8Array | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw invalidParams(`${name} must be a base64 string`);
    if (this.fromUri) {
      if (v.startsWith('0x')) {
        if (!HEX.test(v)) throw invalidParams(`${name} must be 0x followed by hex with an even number of digits`);
        return new Uint8Array(Buffer.from(v.slice(2), 'hex'));
      }
      return new TextEncoder().encode(this.uriString(v));
    }
    if (!BASE64.test(v)) throw invalidParams(`${name} must be standard base64 (with padding)`);
    return new Uint8Array(Buffer.from(v, 'base64'));
  }
}
