/**
 * Cosmos `query.Paginate` over an ordered store range: key-based (resume at `next_key`) or
 * offset-based paging, default limit 100, the total count when asked for or when no limit is given.
 */
import type { PageRequest, PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import type { KVPair, KVStore } from '../store/kv.js';
import { prefixEnd } from '../store/kv.js';
import { concat } from './keys.js';
import { ChainError, Codes } from './errors.js';

export const DEFAULT_PAGE_LIMIT = 100n;
export const MAX_PAGE_LIMIT = 1000n;

/**
 * Pages the entries under `prefix` of `store`; `map` turns an entry (key without the prefix) into an
 * item or undefined to skip it (skipped entries still count toward paging, as upstream's
 * FilteredPaginate does not—keep filters cheap and rare).
 */
export function paginate<T>(
  store: KVStore,
  prefix: Uint8Array,
  req: PageRequest | undefined,
  map: (key: Uint8Array, value: Uint8Array) => T | undefined,
): { items: T[]; pagination: PageResponse } {
  const key = req?.key ?? new Uint8Array();
  const offset = req?.offset ?? 0n;
  let limit = req?.limit ?? 0n;
  let countTotal = req?.countTotal === true;
  if (key.length > 0 && offset > 0n) throw new ChainError(Codes.InvalidRequest, 'pagination: either offset or key is expected, got both');
  // As the SDK's Paginate: a request without a limit gets the default page and the total count.
  if (limit === 0n) {
    limit = DEFAULT_PAGE_LIMIT;
    countTotal = true;
  }
  if (limit > MAX_PAGE_LIMIT) limit = MAX_PAGE_LIMIT;
  const reverse = req?.reverse ?? false;
  const end = prefixEnd(prefix);
  let it: Iterable<KVPair>;
  if (key.length > 0) {
    const k = concat(prefix, key);
    it = reverse ? store.iterator(prefix, concat(k, Uint8Array.of(0)), true) : store.iterator(k, end);
  } else {
    it = store.iterator(prefix, end, reverse);
  }
  const items: T[] = [];
  let nextKey = new Uint8Array();
  let n = 0n;
  let total = 0n;
  const countAll = countTotal && key.length === 0;
  for (const [k, v] of it) {
    if (key.length === 0 && n < offset) {
      n++;
      total++;
      continue;
    }
    if (BigInt(items.length) >= limit) {
      if (nextKey.length === 0) nextKey = k.slice(prefix.length);
      if (!countAll) break;
      total++;
      continue;
    }
    const item = map(k.subarray(prefix.length), v);
    if (item !== undefined) items.push(item);
    n++;
    total++;
  }
  return { items, pagination: { nextKey, total: countAll ? total : 0n } };
}
