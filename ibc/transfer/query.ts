/**
 * `ibc.applications.transfer.v1.Query`: both the ibc-go v8 methods (DenomTrace, DenomTraces) that
 * ics20-1 tooling calls and the newer ones cosmjs-types 0.11 / CosmJS 0.39 call (Denom, Denoms),
 * plus DenomHash, Params, EscrowAddress and TotalEscrowForDenom. cosmjs-types no longer ships the
 * v8 request/response types, so their (small) codecs are here.
 */
import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary';
import { PageRequest, PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { DenomTrace as DenomTraceProto } from 'cosmjs-types/ibc/applications/transfer/v1/denomtrace';
import type { Denom } from 'cosmjs-types/ibc/applications/transfer/v1/token';
import * as Q from 'cosmjs-types/ibc/applications/transfer/v1/query';
import type { Context } from '../../chain/kernel/context.js';
import { ChainError, Codes } from '../../chain/kernel/errors.js';
import { paginate } from '../../chain/kernel/pagination.js';
import type { QueryRouter } from '../../chain/kernel/router.js';
import { validateDenom } from '../../chain/types/coins.js';
import { hashHex, parseDenomTrace, parseHexHash, traceHash, traceHops, validateDenomTrace, type DenomTrace } from './denom.js';
import { TRANSFER_STORE, sortTraces, type TransferKeeper } from './keeper.js';

export const TRANSFER_QUERY_SERVICE = 'ibc.applications.transfer.v1.Query';

// ----- ibc-go v8 codecs --------------------------------------------------------------------------

export interface QueryDenomTraceRequest {
  /** The hash (hex, with or without "ibc/"). */
  hash: string;
}
export interface QueryDenomTraceResponse {
  denomTrace?: DenomTraceProto;
}
export interface QueryDenomTracesRequest {
  pagination?: PageRequest;
}
export interface QueryDenomTracesResponse {
  denomTraces: DenomTraceProto[];
  pagination?: PageResponse;
}

function readFields(input: Uint8Array, on: (field: number, r: BinaryReader, wireType: number) => boolean): void {
  const r = new BinaryReader(input);
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (!on(tag >>> 3, r, tag & 7)) r.skipType(tag & 7);
  }
}

export const QueryDenomTraceRequest = {
  typeUrl: '/ibc.applications.transfer.v1.QueryDenomTraceRequest',
  encode(m: QueryDenomTraceRequest): BinaryWriter {
    const w = new BinaryWriter();
    if (m.hash !== '') w.uint32(10).string(m.hash);
    return w;
  },
  decode(input: Uint8Array): QueryDenomTraceRequest {
    const m: QueryDenomTraceRequest = { hash: '' };
    readFields(input, (f, r) => (f === 1 ? ((m.hash = r.string()), true) : false));
    return m;
  },
};

export const QueryDenomTraceResponse = {
  typeUrl: '/ibc.applications.transfer.v1.QueryDenomTraceResponse',
  encode(m: QueryDenomTraceResponse): BinaryWriter {
    const w = new BinaryWriter();
    if (m.denomTrace !== undefined) DenomTraceProto.encode(m.denomTrace, w.uint32(10).fork()).ldelim();
    return w;
  },
  decode(input: Uint8Array): QueryDenomTraceResponse {
    const m: QueryDenomTraceResponse = {};
    readFields(input, (f, r) => (f === 1 ? ((m.denomTrace = DenomTraceProto.decode(r.bytes())), true) : false));
    return m;
  },
};

export const QueryDenomTracesRequest = {
  typeUrl: '/ibc.applications.transfer.v1.QueryDenomTracesRequest',
  encode(m: QueryDenomTracesRequest): BinaryWriter {
    const w = new BinaryWriter();
    if (m.pagination !== undefined) PageRequest.encode(m.pagination, w.uint32(10).fork()).ldelim();
    return w;
  },
  decode(input: Uint8Array): QueryDenomTracesRequest {
    const m: QueryDenomTracesRequest = {};
    readFields(input, (f, r) => (f === 1 ? ((m.pagination = PageRequest.decode(r.bytes())), true) : false));
    return m;
  },
};

export const QueryDenomTracesResponse = {
  typeUrl: '/ibc.applications.transfer.v1.QueryDenomTracesResponse',
  encode(m: QueryDenomTracesResponse): BinaryWriter {
    const w = new BinaryWriter();
    for (const t of m.denomTraces) DenomTraceProto.encode(t, w.uint32(10).fork()).ldelim();
    if (m.pagination !== undefined) PageResponse.encode(m.pagination, w.uint32(18).fork()).ldelim();
    return w;
  },
  decode(input: Uint8Array): QueryDenomTracesResponse {
    const m: QueryDenomTracesResponse = { denomTraces: [] };
    readFields(input, (f, r) => {
      if (f === 1) m.denomTraces.push(DenomTraceProto.decode(r.bytes()));
      else if (f === 2) m.pagination = PageResponse.decode(r.bytes());
      else return false;
      return true;
    });
    return m;
  },
};

// ----- handlers ----------------------------------------------------------------------------------

function toDenom(t: DenomTrace): Denom {
  return { base: t.baseDenom, trace: traceHops(t.path) };
}

function lookupTrace(k: TransferKeeper, ctx: Context, hashArg: string): DenomTrace {
  const hex = hashArg.startsWith('ibc/') ? hashArg.slice(4) : hashArg;
  let hash: Uint8Array;
  try {
    hash = parseHexHash(hex);
  } catch (e) {
    throw new ChainError(Codes.InvalidRequest, `invalid denom trace hash: ${hex}, error: ${(e as Error).message}`);
  }
  const t = k.getDenomTrace(ctx, hash);
  if (t === undefined) throw new ChainError(Codes.NotFound, `${hashArg}: denomination trace not found`);
  return t;
}

export function registerTransferQueries(r: QueryRouter, k: TransferKeeper): void {
  const tracePage = (ctx: Context, pagination: PageRequest | undefined) => {
    const { items, pagination: page } = paginate(ctx.store(TRANSFER_STORE), k.denomTracePrefix(), pagination, (_key, v) => {
      const t = DenomTraceProto.decode(v);
      return { path: t.path, baseDenom: t.baseDenom };
    });
    return { traces: sortTraces(items), page };
  };
  r.registerService(TRANSFER_QUERY_SERVICE, {
    Params: (ctx) => Q.QueryParamsResponse.encode({ params: k.getParams(ctx) }).finish(),
    DenomTrace: (ctx, b) => {
      const q = QueryDenomTraceRequest.decode(b);
      const t = lookupTrace(k, ctx, q.hash);
      return QueryDenomTraceResponse.encode({ denomTrace: { path: t.path, baseDenom: t.baseDenom } }).finish();
    },
    DenomTraces: (ctx, b) => {
      const q = QueryDenomTracesRequest.decode(b);
      const { traces, page } = tracePage(ctx, q.pagination);
      return QueryDenomTracesResponse.encode({ denomTraces: traces.map((t) => ({ path: t.path, baseDenom: t.baseDenom })), pagination: page }).finish();
    },
    Denom: (ctx, b) => {
      const q = Q.QueryDenomRequest.decode(b);
      return Q.QueryDenomResponse.encode({ denom: toDenom(lookupTrace(k, ctx, q.hash)) }).finish();
    },
    Denoms: (ctx, b) => {
      const q = Q.QueryDenomsRequest.decode(b);
      const { traces, page } = tracePage(ctx, q.pagination);
      return Q.QueryDenomsResponse.encode({ denoms: traces.map(toDenom), pagination: page }).finish();
    },
    DenomHash: (ctx, b) => {
      const q = Q.QueryDenomHashRequest.decode(b);
      const t = parseDenomTrace(q.trace);
      try {
        validateDenomTrace(t);
      } catch (e) {
        throw new ChainError(Codes.InvalidRequest, (e as Error).message);
      }
      const hash = traceHash(t);
      if (!k.hasDenomTrace(ctx, hash)) throw new ChainError(Codes.NotFound, `${q.trace}: denomination trace not found`);
      return Q.QueryDenomHashResponse.encode({ hash: hashHex(hash) }).finish();
    },
    EscrowAddress: (_ctx, b) => {
      const q = Q.QueryEscrowAddressRequest.decode(b);
      return Q.QueryEscrowAddressResponse.encode({ escrowAddress: k.escrowAddress(q.portId, q.channelId) }).finish();
    },
    TotalEscrowForDenom: (ctx, b) => {
      const q = Q.QueryTotalEscrowForDenomRequest.decode(b);
      try {
        validateDenom(q.denom);
      } catch (e) {
        throw new ChainError(Codes.InvalidRequest, (e as Error).message);
      }
      return Q.QueryTotalEscrowForDenomResponse.encode({ amount: { denom: q.denom, amount: k.getTotalEscrow(ctx, q.denom).toString() } }).finish();
    },
  });
}
