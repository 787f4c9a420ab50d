/**
 * Synchronous key-value stores: the `KVStore` interface, `CacheKV` (a nestable write buffer over a
 * parent store that commits with `write()` or is dropped to discard), `PrefixStore` (a module's view
 * under a key prefix) and `TreeStore` (the IAVL working tree as a KVStore).
 *
 * Iteration is over [start, end) in byte order (undefined = unbounded), ascending or descending, as in
 * the Cosmos SDK. Iterators work on a snapshot taken when they are created, so writing while iterating
 * is safe (later writes are not seen by a running iterator).
 */
import { compareBytes, type ImmutableTree, type MutableTree } from './iavl.js';
import { concat } from '../../bytes/bytes.js';

export type Bytes = Uint8Array;
export type KVPair = [key: Bytes, value: Bytes];

export interface KVStore {
  get(key: Bytes): Bytes | undefined;
  has(key: Bytes): boolean;
  set(key: Bytes, value: Bytes): void;
  delete(key: Bytes): void;
  iterator(start?: Bytes, end?: Bytes, descending?: boolean): Iterator<KVPair> & Iterable<KVPair>;
}

/** Binary string whose UTF-16 order equals the byte order of `key`. */
function toBin(key: Bytes): string {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1');
}

interface Entry {
  key: Bytes;
  /** undefined = deleted */
  value: Bytes | undefined;
}

function lowerBound(arr: string[], x: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Buffers writes and deletes over `parent`. `write()` flushes them into the parent in key order (so
 * the parent sees a deterministic sequence) and clears the buffer; dropping the object discards them.
 */
export class CacheKV implements KVStore {
  private readonly cache = new Map<string, Entry>();
  /** Sorted binary keys of `cache`; rebuilt lazily when a new key was added. */
  private sorted: string[] | undefined = [];

  constructor(readonly parent: KVStore) {}

  get(key: Bytes): Bytes | undefined {
    // Down the stack of nested branches with one binary key, instead of recomputing it per level.
    const k = toBin(key);
    let s: KVStore = this;
    while (s instanceof CacheKV) {
      const e = s.cache.get(k);
      if (e !== undefined) return e.value;
      s = s.parent;
    }
    return s.get(key);
  }
  has(key: Bytes): boolean {
    return this.get(key) !== undefined;
  }
  set(key: Bytes, value: Bytes): void {
    if (key.length === 0) throw new Error('kv: empty key');
    if (value === undefined || value === null) throw new Error('kv: nil value');
    this.put(key, value);
  }
  delete(key: Bytes): void {
    this.put(key, undefined);
  }
  private put(key: Bytes, value: Bytes | undefined): void {
    const k = toBin(key);
    const e = this.cache.get(k);
    if (e !== undefined) e.value = value;
    else {
      this.cache.set(k, { key, value });
      this.sorted = undefined;
    }
  }

  /** A nested branch over this one. */
  branch(): CacheKV {
    return new CacheKV(this);
  }

  /** Number of buffered writes/deletes. */
  get pending(): number {
    return this.cache.size;
  }

  /** Applies the buffered writes to the parent (in key order) and clears the buffer. */
  write(): void {
    for (const k of this.sortedKeys()) {
      const e = this.cache.get(k)!;
      if (e.value === undefined) this.parent.delete(e.key);
      else this.parent.set(e.key, e.value);
    }
    this.cache.clear();
    this.sorted = [];
  }

  /** Drops the buffered writes. */
  discard(): void {
    this.cache.clear();
    this.sorted = [];
  }

  private sortedKeys(): string[] {
    if (this.sorted === undefined) this.sorted = [...this.cache.keys()].sort();
    return this.sorted;
  }

  iterator(start?: Bytes, end?: Bytes, descending = false): Generator<KVPair> {
    // Snapshot the buffered entries in range.
    const keys = this.sortedKeys();
    const i0 = start === undefined ? 0 : lowerBound(keys, toBin(start));
    const i1 = end === undefined ? keys.length : lowerBound(keys, toBin(end));
    const buf: Entry[] = [];
    for (let i = i0; i < i1; i++) {
      const e = this.cache.get(keys[i]!)!;
      buf.push({ key: e.key, value: e.value });
    }
    if (descending) buf.reverse();
    return mergeIterator(this.parent.iterator(start, end, descending), buf, descending);
  }
}

function* mergeIterator(parent: Iterator<KVPair>, buf: Entry[], descending: boolean): Generator<KVPair> {
  const sign = descending ? -1 : 1;
  let p = parent.next();
  let i = 0;
  while (!p.done || i < buf.length) {
    if (i >= buf.length) {
      yield p.value as KVPair;
      p = parent.next();
      continue;
    }
    const e = buf[i]!;
    if (p.done) {
      i++;
      if (e.value !== undefined) yield [e.key, e.value];
      continue;
    }
    const c = sign * compareBytes((p.value as KVPair)[0], e.key);
    if (c < 0) {
      yield p.value as KVPair;
      p = parent.next();
    } else {
      if (c === 0) p = parent.next(); // the buffer shadows the parent
      i++;
      if (e.value !== undefined) yield [e.key, e.value];
    }
  }
}

/** The smallest key greater than every key with this prefix, or undefined if none (all 0xff). */
export function prefixEnd(prefix: Bytes): Bytes | undefined {
  let n = prefix.length;
  while (n > 0 && prefix[n - 1] === 0xff) n--;
  if (n === 0) return undefined;
  const out = prefix.slice(0, n);
  out[n - 1]!++;
  return out;
}

/** A view of `parent` restricted to keys under `prefix`, with the prefix stripped. */
export class PrefixStore implements KVStore {
  private readonly end: Bytes | undefined;
  constructor(
    readonly parent: KVStore,
    readonly prefix: Bytes,
  ) {
    if (prefix.length === 0) throw new Error('PrefixStore: empty prefix');
    this.end = prefixEnd(prefix);
  }
  get(key: Bytes): Bytes | undefined {
    return this.parent.get(concat(this.prefix, key));
  }
  has(key: Bytes): boolean {
    return this.parent.has(concat(this.prefix, key));
  }
  set(key: Bytes, value: Bytes): void {
    if (key.length === 0) throw new Error('kv: empty key');
    this.parent.set(concat(this.prefix, key), value);
  }
  delete(key: Bytes): void {
    this.parent.delete(concat(this.prefix, key));
  }
  *iterator(start?: Bytes, end?: Bytes, descending = false): Generator<KVPair> {
    const s = start === undefined ? this.prefix : concat(this.prefix, start);
    const e = end === undefined ? this.end : concat(this.prefix, end);
    const n = this.prefix.length;
    for (const [k, v] of { [Symbol.iterator]: () => this.parent.iterator(s, e, descending) }) {
      yield [k.subarray(n), v];
    }
  }
}

/** The IAVL working tree as a KVStore (the root of a block's branch stack). */
export class TreeStore implements KVStore {
  constructor(readonly tree: MutableTree) {}
  get(key: Bytes): Bytes | undefined {
    return this.tree.get(key);
  }
  has(key: Bytes): boolean {
    return this.tree.has(key);
  }
  set(key: Bytes, value: Bytes): void {
    this.tree.set(key, value);
  }
  delete(key: Bytes): void {
    this.tree.remove(key);
  }
  iterator(start?: Bytes, end?: Bytes, descending = false): Generator<KVPair> {
    return this.tree.iterate(start, end, !descending);
  }
}

/** A committed IAVL version as a read-only KVStore (queries at a height). */
export class ReadonlyTreeStore implements KVStore {
  constructor(readonly tree: ImmutableTree) {}
  get(key: Bytes): Bytes | undefined {
    return this.tree.get(key);
  }
  has(key: Bytes): boolean {
    return this.tree.has(key);
  }
  set(): void {
    throw new Error('store is read-only: it is a committed version');
  }
  delete(): void {
    throw new Error('store is read-only: it is a committed version');
  }
  iterator(start?: Bytes, end?: Bytes, descending = false): Generator<KVPair> {
    return this.tree.iterate(start, end, !descending);
  }
}

/** A plain in-memory KVStore (sorted on iteration); handy as a parent in tests. */
export class MemKV implements KVStore {
  private readonly inner = new CacheKV(EMPTY);
  get(key: Bytes): Bytes | undefined {
    return this.inner.get(key);
  }
  has(key: Bytes): boolean {
    return this.inner.has(key);
  }
  set(key: Bytes, value: Bytes): void {
    this.inner.set(key, value);
  }
  delete(key: Bytes): void {
    this.inner.delete(key);
  }
  iterator(start?: Bytes, end?: Bytes, descending = false): Generator<KVPair> {
    return this.inner.iterator(start, end, descending);
  }
}

const EMPTY: KVStore = {
  get: () => undefined,
  has: () => false,
  set: () => {
    throw new Error('read-only');
  },
  delete: () => {
    throw new Error('read-only');
  },
  iterator: function* () {},
};
