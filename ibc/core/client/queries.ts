/**
 * The `ibc.core.client.v1.Query` gRPC service over the client keeper (ibc-go `02-client/keeper/
 * grpc_query.go`). Lists walk the `ibc` store under `clients/`; entries that are not what is listed
 * (consensus-state metadata, iteration keys) are filtered out and do not count toward a page, as the
 * SDK's `FilteredPaginate`. Proofs are not returned (ts-relayer proves with `abci_query` instead).
 */
import * as Q from 'cosmjs-types/ibc/core/client/v1/query';
import type { PageRequest, PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { Any as AnyCodec } from 'cosmjs-types/google/protobuf/any';
import type { Context } from '../../../chain/kernel/context.js';
import { ChainError, Codes } from '../../../chain/kernel/errors.js';
import { concat, fromUtf8 } from '../../../chain/kernel/keys.js';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '../../../chain/kernel/pagination.js';
import type { QueryRouter } from '../../../chain/kernel/router.js';
import { prefixEnd, type KVPair, type KVStore } from '../../../chain/store/kv.js';
import { ClientErrors } from '../errors.js';
import { formatHeight, height as mkHeight, parseHeight, selfHeight, type Height } from '../height.js';
import { consensusStatePrefix, IBC_STORE, key, validateClientId } from '../host.js';
import type { ClientKeeper } from './keeper.js';

export const CLIENT_QUERY_SERVICE = 'ibc.core.client.v1.Query';

/**
 * Cosmos `query.FilteredPaginate`: `accept` maps an entry (key without prefix) to an item or
 * undefined; only accepted entries count toward offset, limit and total, and `next_key` is the
 * next accepted entry's key.
 */
export function filteredPaginate<T>(store: KVStore, prefix: Uint8Array, req: PageRequest | undefined, accept: (key: Uint8Array, value: Uint8Array) => T | undefined): { items: T[]; pagination: PageResponse } {
  const startKey = req?.key ?? new Uint8Array();
  const offset = req?.offset ?? 0n;
  if (startKey.length > 0 && offset > 0n) throw new ChainError(Codes.InvalidRequest, 'pagination: either offset or key is expected, got both');
  let limit = req?.limit ?? 0n;
  if (limit === 0n) limit = DEFAULT_PAGE_LIMIT;
  if (limit > MAX_PAGE_LIMIT) limit = MAX_PAGE_LIMIT;
  const reverse = req?.reverse ?? false;
  const end = prefixEnd(prefix);
  let it: Iterable<KVPair>;
  if (startKey.length > 0) {
    const k = concat(prefix, startKey);
    it = reverse ? store.iterator(prefix, concat(k, Uint8Array.of(0)), true) : store.iterator(k, end);
  } else {
    it = store.iterator(prefix, end, reverse);
  }
  const countAll = req?.countTotal === true && startKey.length === 0;
  const items: T[] = [];
  let nextKey = new Uint8Array();
  let hits = 0n;
  for (const [k, v] of it) {
    const rel = k.subarray(prefix.length);
    const item = accept(rel, v);
    if (item === undefined) continue;
    hits++;
    if (startKey.length === 0 && hits <= offset) continue;
    if (BigInt(items.length) >= limit) {
      if (nextKey.length === 0) nextKey = rel.slice();
      if (!countAll) break;
      continue;
    }
    items.push(item);
  }
  return { items, pagination: { nextKey, total: countAll ? hits : 0n } };
}

function requireClientId(id: string): void {
  try {
    validateClientId(id);
  } catch (e) {
    throw new ChainError(Codes.InvalidRequest, (e as Error).message);
  }
}

/** A consensus-state key relative to `clients/{id}/consensusStates/`: "rev-height", no metadata suffix. */
function consensusKeyHeight(rel: Uint8Array): Height | undefined {
  const s = fromUtf8(rel);
  if (s.includes('/')) return undefined;
  return parseHeight(s);
}

export function registerClientQueries(router: QueryRouter, keeper: ClientKeeper): void {
  const proofHeight = (ctx: Context): Height => selfHeight(ctx.chainId, ctx.height);
  router.registerService(CLIENT_QUERY_SERVICE, {
    ClientState: (ctx, b) => {
      const q = Q.QueryClientStateRequest.decode(b);
      requireClientId(q.clientId);
      const clientState = keeper.getClientStateAny(ctx, q.clientId);
      if (clientState === undefined) throw new ChainError(ClientErrors.ClientNotFound, q.clientId);
      return Q.QueryClientStateResponse.encode({ clientState, proof: new Uint8Array(), proofHeight: proofHeight(ctx) }).finish();
    },
    ClientStates: (ctx, b) => {
      const q = Q.QueryClientStatesRequest.decode(b);
      const { items, pagination } = filteredPaginate(ctx.store(IBC_STORE), key('clients/'), q.pagination, (k, v) => {
        // Keys under clients/ also hold binary heights (consensus states, processed times): decode
        // leniently, only "<id>/clientState" is kept.
        const parts = Buffer.from(k).toString('utf8').split('/');
        if (parts.length !== 2 || parts[1] !== 'clientState') return undefined;
        return { clientId: parts[0]!, clientState: AnyCodec.decode(v) };
      });
      // Store order is by bytes ("…-10" before "…-2"); ibc-go sorts the page by client ID string too.
      items.sort((a, b) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0));
      return Q.QueryClientStatesResponse.encode({ clientStates: items, pagination }).finish();
    },
    ConsensusState: (ctx, b) => {
      const q = Q.QueryConsensusStateRequest.decode(b);
      requireClientId(q.clientId);
      let h = mkHeight(q.revisionNumber, q.revisionHeight);
      if (q.latestHeight) {
        const cs = keeper.getClientState(ctx, q.clientId);
        if (cs === undefined) throw new ChainError(ClientErrors.ConsensusStateNotFound, `client-id: ${q.clientId}, height: latest (the client does not exist)`);
        h = cs.latestHeight;
      } else if (q.revisionHeight === 0n) {
        throw new ChainError(Codes.InvalidRequest, 'consensus state height cannot be 0');
      }
      const consensusState: Any | undefined = keeper.getConsensusStateAny(ctx, q.clientId, h);
      if (consensusState === undefined) throw new ChainError(ClientErrors.ConsensusStateNotFound, `client-id: ${q.clientId}, height: ${formatHeight(h)}`);
      return Q.QueryConsensusStateResponse.encode({ consensusState, proof: new Uint8Array(), proofHeight: proofHeight(ctx) }).finish();
    },
    ConsensusStates: (ctx, b) => {
      const q = Q.QueryConsensusStatesRequest.decode(b);
      requireClientId(q.clientId);
      const { items, pagination } = filteredPaginate(ctx.store(IBC_STORE), key(consensusStatePrefix(q.clientId)), q.pagination, (k, v) => {
        const height = consensusKeyHeight(k);
        return height === undefined ? undefined : { height, consensusState: AnyCodec.decode(v) };
      });
      return Q.QueryConsensusStatesResponse.encode({ consensusStates: items, pagination }).finish();
    },
    ConsensusStateHeights: (ctx, b) => {
      const q = Q.QueryConsensusStateHeightsRequest.decode(b);
      requireClientId(q.clientId);
      const { items, pagination } = filteredPaginate(ctx.store(IBC_STORE), key(consensusStatePrefix(q.clientId)), q.pagination, (k) => consensusKeyHeight(k));
      return Q.QueryConsensusStateHeightsResponse.encode({ consensusStateHeights: items, pagination }).finish();
    },
    ClientStatus: (ctx, b) => {
      const q = Q.QueryClientStatusRequest.decode(b);
      requireClientId(q.clientId);
      return Q.QueryClientStatusResponse.encode({ status: keeper.status(ctx, q.clientId) }).finish();
    },
    ClientParams: () => Q.QueryClientParamsResponse.encode({ params: keeper.params() }).finish(),
  });
}
