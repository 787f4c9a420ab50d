/**
 * In-memory storage with the semantics and gas of cosmwasm-vm's `MockStorage`
 * (packages/vm/src/testing/storage.rs at 3.0.9):
 *
 * - keys ordered as raw bytes; ranges are [start, end), `start >= end` is empty;
 * - an iterator sees the store as it was when it was opened (a snapshot of its range);
 * - iterator ids start at 1 per storage object and are never reused (`resetIterators()` drops them);
 * - gas (CosmWasm units): get = len(key), set = len(key) + len(value), remove = len(key),
 *   scan = 11, next = len(key) + len(value) per record and 37 for the final "no more records" call.
 *   (Upstream books the per-record cost as `cost` and the others as `externally_used`; both reduce
 *   the gas left the same way. The Backend interface has one number, so they are reported together.)
 *
 * Keys are held as latin1 strings (one char per byte, so JS string order = byte order) in a Map
 * for O(1) get/set of existing keys, plus a sorted key array maintained by binary search.
 */
import { Order, type BackendResult, type BackendStorage, type StorageRecord } from '../backend.js';
import { BackendError } from '../errors.js';

export const MOCK_STORAGE_GAS = Object.freeze({
  range: 11,
  lastIteration: 37,
});

interface Entry {
  key: Uint8Array;
  value: Uint8Array;
}

interface Iter {
  records: Entry[];
  position: number;
}

/** Bytes -> latin1 string (one char per byte). */
export function bytesToKey(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n <= 64) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i]!);
    return s;
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1');
}

/** First index in sorted `arr` whose element is >= `k`. */
function lowerBound(arr: string[], k: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MockStorage implements BackendStorage {
  private readonly map = new Map<string, Entry>();
  private readonly sorted: string[] = [];
  private iterators = new Map<number, Iter>();
  private lastIteratorId = 0;

  get(key: Uint8Array): BackendResult<Uint8Array | null> {
    const e = this.map.get(bytesToKey(key));
    return { value: e === undefined ? null : e.value, gas: key.length };
  }

  set(key: Uint8Array, value: Uint8Array): BackendResult<void> {
    const k = bytesToKey(key);
    const existing = this.map.get(k);
    if (existing !== undefined) {
      existing.value = value.slice();
    } else {
      this.map.set(k, { key: key.slice(), value: value.slice() });
      const arr = this.sorted;
      if (arr.length === 0 || arr[arr.length - 1]! < k) arr.push(k);
      else arr.splice(lowerBound(arr, k), 0, k);
    }
    return { value: undefined, gas: key.length + value.length };
  }

  remove(key: Uint8Array): BackendResult<void> {
    const k = bytesToKey(key);
    if (this.map.delete(k)) {
      const i = lowerBound(this.sorted, k);
      this.sorted.splice(i, 1);
    }
    return { value: undefined, gas: key.length };
  }

  scan(start: Uint8Array | null, end: Uint8Array | null, order: Order): BackendResult<number> {
    if (order !== Order.Ascending && order !== Order.Descending) {
      throw new BackendError(`Invalid order value ${String(order)}`);
    }
    const arr = this.sorted;
    const from = start === null ? 0 : lowerBound(arr, bytesToKey(start));
    const to = end === null ? arr.length : lowerBound(arr, bytesToKey(end));
    const records: Entry[] = [];
    if (from < to) {
      if (order === Order.Ascending) {
        for (let i = from; i < to; i++) {
          const e = this.map.get(arr[i]!)!;
          records.push({ key: e.key, value: e.value });
        }
      } else {
        for (let i = to - 1; i >= from; i--) {
          const e = this.map.get(arr[i]!)!;
          records.push({ key: e.key, value: e.value });
        }
      }
    }
    const id = ++this.lastIteratorId;
    this.iterators.set(id, { records, position: 0 });
    return { value: id, gas: MOCK_STORAGE_GAS.range };
  }

  next(id: number): BackendResult<StorageRecord | null> {
    const it = this.iterators.get(id);
    if (it === undefined) throw new BackendError(`Iterator ${id} does not exist.`);
    if (it.position < it.records.length) {
      const r = it.records[it.position++]!;
      return { value: { key: r.key, value: r.value }, gas: r.key.length + r.value.length };
    }
    return { value: null, gas: MOCK_STORAGE_GAS.lastIteration };
  }

  /** Drops all iterators; ids start at 1 again (what a fresh per-call storage view would do). */
  resetIterators(): void {
    this.iterators = new Map();
    this.lastIteratorId = 0;
  }

  /** Number of stored keys. */
  get size(): number {
    return this.map.size;
  }

  /** All records in ascending key order (copies). For tests and inspection; no gas. */
  entries(): StorageRecord[] {
    return this.sorted.map((k) => {
      const e = this.map.get(k)!;
      return { key: e.key.slice(), value: e.value.slice() };
    });
  }

  /** The value under `key` without gas accounting (test helper). */
  peek(key: Uint8Array | string): Uint8Array | null {
    const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : key;
    return this.map.get(bytesToKey(bytes))?.value ?? null;
  }
}
