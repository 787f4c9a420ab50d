/**
 * Typed storage collections with cw-storage-plus names and key layout: `Item`, `Map` (exported
 * as `Map` and `StorageMap`), `IndexedMap` with `MultiIndex`/`UniqueIndex`, ranges with `Bound`s.
 *
 * Values are stored as compact JSON. A value type V is a class with `writeJson(w)` (or a
 * string); its decoder is passed to the constructor, e.g. `new Item<TokenInfo>("token_info",
 * TokenInfo.readJson, "cw20_base::state::TokenInfo")`. The type name only shapes error texts
 * (`cw20_base::state::TokenInfo not found`), matching what a Rust contract reports.
 *
 * Stored data that does not parse is a bug (it was written by this contract), so loads panic
 * on it instead of returning an error.
 */
import { JsonReader } from "../json/reader";
import { JsonWriter } from "../json/writer";
import { Result, ok, err, notFound, parseErr } from "../result";
import { Storage, Order, RecordIterator, Record } from "./storage";
import { utf8, concat, lengthPrefixed, joinKey, joinPrefix, keyParts, prefixEnd } from "./keys";

export { Order };

/** Serializes a value as JSON bytes. */
export function encodeValue<T>(v: T): Uint8Array {
  const w = new JsonWriter(64);
  if (isString<T>()) {
    w.string(changetype<string>(v));
  } else {
    // @ts-ignore: V must provide writeJson
    v.writeJson(w);
  }
  return w.toBytes();
}

/** Decoder for string values. */
export function readStringValue(r: JsonReader): string {
  return r.readString();
}

function decodeValue<T>(bytes: Uint8Array, decode: (r: JsonReader) => T, typeName: string): T {
  const r = new JsonReader(bytes);
  const v = decode(r);
  r.finish();
  if (r.failed) throw new Error(parseErr(typeName, <string>r.error));
  return v;
}

// ---------------------------------------------------------------- Item

/** A single value stored under a fixed key. */
export class Item<T> {
  readonly key: Uint8Array;
  constructor(
    namespace: string,
    readonly decode: (r: JsonReader) => T,
    readonly typeName: string = "",
  ) {
    this.key = utf8(namespace);
  }

  save(storage: Storage, value: T): void {
    storage.set(this.key, encodeValue<T>(value));
  }

  /** The value, or the error `<typeName> not found`. */
  load(storage: Storage): Result<T> {
    const raw = storage.get(this.key);
    if (raw === null) return err<T>(notFound(this.typeName));
    return ok(decodeValue<T>(raw, this.decode, this.typeName));
  }

  /** The value or null. */
  mayLoad(storage: Storage): T | null {
    const raw = storage.get(this.key);
    if (raw === null) return null;
    return decodeValue<T>(raw, this.decode, this.typeName);
  }

  exists(storage: Storage): bool {
    return storage.get(this.key) !== null;
  }

  remove(storage: Storage): void {
    storage.remove(this.key);
  }

  /** Loads (must exist), applies `f`, saves and returns the new value; errors are passed through. */
  update(storage: Storage, f: (v: T) => Result<T>): Result<T> {
    const cur = this.load(storage);
    if (cur.isErr) return cur;
    const next = f(cur.value);
    if (next.isErr) return next;
    this.save(storage, next.value);
    return next;
  }
}

// ---------------------------------------------------------------- bounds and iteration

/** A range bound relative to the collection (or prefix) being iterated. */
export class Bound {
  constructor(
    readonly bytes: Uint8Array,
    readonly inclusive: bool,
  ) {}
  static inclusive<K>(k: K): Bound {
    return new Bound(joinKey(keyParts<K>(k)), true);
  }
  static exclusive<K>(k: K): Bound {
    return new Bound(joinKey(keyParts<K>(k)), false);
  }
  /** A bound on raw (already encoded) key bytes. */
  static inclusiveRaw(bytes: Uint8Array): Bound {
    return new Bound(bytes, true);
  }
  static exclusiveRaw(bytes: Uint8Array): Bound {
    return new Bound(bytes, false);
  }
}

const ZERO_BYTE = new Uint8Array(1);

/** Computes the db_scan range for a prefix and optional bounds (cw-storage-plus semantics). */
function rangeStart(prefix: Uint8Array, min: Bound | null): Uint8Array {
  if (min === null) return prefix;
  const k = concat(prefix, min.bytes);
  return min.inclusive ? k : concat(k, ZERO_BYTE);
}
function rangeEnd(prefix: Uint8Array, max: Bound | null): Uint8Array | null {
  if (max === null) return prefixEnd(prefix);
  const k = concat(prefix, max.bytes);
  return max.inclusive ? concat(k, ZERO_BYTE) : k;
}

/** One entry of a range: the key relative to the iterated prefix, and the value. */
export class Entry<V> {
  constructor(
    public key: Uint8Array,
    public value: V,
  ) {}
  /** The key as a UTF-8 string (for string-keyed maps). */
  keyString(): string {
    return String.UTF8.decodeUnsafe(this.key.dataStart, <usize>this.key.length);
  }
}

/** Iterates a range; `limit` < 0 means no limit. */
export class RangeIter<V> {
  private remaining: i32;
  constructor(
    readonly it: RecordIterator,
    readonly prefixLen: i32,
    readonly decode: (r: JsonReader) => V,
    readonly typeName: string,
    limit: i32,
  ) {
    this.remaining = limit;
  }

  private nextRecord(): Record | null {
    if (this.remaining == 0) return null;
    const rec = this.it.next();
    if (rec === null) return null;
    if (this.remaining > 0) this.remaining--;
    return rec;
  }

  /** The next entry, or null at the end. */
  next(): Entry<V> | null {
    const rec = this.nextRecord();
    if (rec === null) return null;
    return new Entry<V>(rec.key.slice(this.prefixLen), decodeValue<V>(rec.value, this.decode, this.typeName));
  }

  /** The next key (relative to the prefix), or null at the end. The value is not decoded. */
  nextKey(): Uint8Array | null {
    const rec = this.nextRecord();
    if (rec === null) return null;
    return rec.key.slice(this.prefixLen);
  }

  /** All remaining entries. */
  collect(): Entry<V>[] {
    const out = new Array<Entry<V>>();
    let e: Entry<V> | null;
    while ((e = this.next()) !== null) out.push(e);
    return out;
  }

  /** All remaining keys. */
  collectKeys(): Uint8Array[] {
    const out = new Array<Uint8Array>();
    let k: Uint8Array | null;
    while ((k = this.nextKey()) !== null) out.push(k);
    return out;
  }
}

/** A view on all entries of a map whose keys start with a given prefix. */
export class Prefix<V> {
  constructor(
    readonly prefix: Uint8Array,
    readonly decode: (r: JsonReader) => V,
    readonly typeName: string,
  ) {}

  range(storage: Storage, min: Bound | null, max: Bound | null, order: Order, limit: i32 = -1): RangeIter<V> {
    const it = storage.range(rangeStart(this.prefix, min), rangeEnd(this.prefix, max), order);
    return new RangeIter<V>(it, this.prefix.length, this.decode, this.typeName, limit);
  }

  keys(storage: Storage, min: Bound | null, max: Bound | null, order: Order, limit: i32 = -1): Uint8Array[] {
    return this.range(storage, min, max, order, limit).collectKeys();
  }
}

// ---------------------------------------------------------------- Map

/** A key-value map under a namespace; K is a string, an integer, a Uint8Array or a CompositeKey. */
export class StorageMap<K, V> {
  readonly namespace: Uint8Array;
  constructor(
    namespace: string,
    readonly decode: (r: JsonReader) => V,
    readonly typeName: string = "",
  ) {
    this.namespace = lengthPrefixed(utf8(namespace));
  }

  /** The full storage key of `k`. */
  key(k: K): Uint8Array {
    if (isString<K>()) return concat(this.namespace, utf8(changetype<string>(k)));
    return concat(this.namespace, joinKey(keyParts<K>(k)));
  }

  save(storage: Storage, k: K, value: V): void {
    storage.set(this.key(k), encodeValue<V>(value));
  }

  load(storage: Storage, k: K): Result<V> {
    const raw = storage.get(this.key(k));
    if (raw === null) return err<V>(notFound(this.typeName));
    return ok(decodeValue<V>(raw, this.decode, this.typeName));
  }

  mayLoad(storage: Storage, k: K): V | null {
    const raw = storage.get(this.key(k));
    if (raw === null) return null;
    return decodeValue<V>(raw, this.decode, this.typeName);
  }

  has(storage: Storage, k: K): bool {
    return storage.get(this.key(k)) !== null;
  }

  remove(storage: Storage, k: K): void {
    storage.remove(this.key(k));
  }

  // Variants on a full storage key computed once with `key(k)`: saves re-encoding composite
  // keys when a handler loads and saves the same entry.

  loadAt(storage: Storage, fullKey: Uint8Array): Result<V> {
    const raw = storage.get(fullKey);
    if (raw === null) return err<V>(notFound(this.typeName));
    return ok(decodeValue<V>(raw, this.decode, this.typeName));
  }
  mayLoadAt(storage: Storage, fullKey: Uint8Array): V | null {
    const raw = storage.get(fullKey);
    if (raw === null) return null;
    return decodeValue<V>(raw, this.decode, this.typeName);
  }
  saveAt(storage: Storage, fullKey: Uint8Array, value: V): void {
    storage.set(fullKey, encodeValue<V>(value));
  }
  removeAt(storage: Storage, fullKey: Uint8Array): void {
    storage.remove(fullKey);
  }

  /**
   * Loads the value (or null), applies `f`, saves and returns the new value. AssemblyScript
   * closures cannot capture locals, so `f` sees only its argument and globals; for updates that
   * need local data use mayLoad + save.
   */
  update(storage: Storage, k: K, f: (v: V | null) => Result<V>): Result<V> {
    const next = f(this.mayLoad(storage, k));
    if (next.isErr) return next;
    this.save(storage, k, next.value);
    return next;
  }

  /** Entries with min <= key <= max (bounds per Bound), in order, at most `limit` (-1: all). */
  range(storage: Storage, min: Bound | null, max: Bound | null, order: Order, limit: i32 = -1): RangeIter<V> {
    const it = storage.range(rangeStart(this.namespace, min), rangeEnd(this.namespace, max), order);
    return new RangeIter<V>(it, this.namespace.length, this.decode, this.typeName, limit);
  }

  /** Keys only (the values are not decoded). */
  keys(storage: Storage, min: Bound | null, max: Bound | null, order: Order, limit: i32 = -1): Uint8Array[] {
    return this.range(storage, min, max, order, limit).collectKeys();
  }

  /**
   * The entries whose key starts with `p`: the first element(s) of a composite key (a single
   * element, or a CompositeKey for several). Keys in the prefix view are the remaining bytes.
   */
  prefix<P>(p: P): Prefix<V> {
    return new Prefix<V>(concat(this.namespace, joinPrefix(keyParts<P>(p))), this.decode, this.typeName);
  }
}

export { StorageMap as Map };

// ---------------------------------------------------------------- IndexedMap

/** A secondary index maintained by IndexedMap. */
export abstract class Index<V> {
  abstract add(storage: Storage, pk: Uint8Array, value: V): string | null;
  abstract removeEntry(storage: Storage, pk: Uint8Array, old: V): void;
}

/**
 * Many primary keys per index value: stored as `ns | u16be(len(idx)) idx | pk -> pk`.
 * Iterate the primary keys of one index value with `prefix`.
 */
export class MultiIndex<V> extends Index<V> {
  readonly namespace: Uint8Array;
  constructor(
    namespace: string,
    readonly indexFn: (v: V) => Uint8Array,
  ) {
    super();
    this.namespace = lengthPrefixed(utf8(namespace));
  }
  private entryKey(idx: Uint8Array, pk: Uint8Array): Uint8Array {
    return concat(concat(this.namespace, lengthPrefixed(idx)), pk);
  }
  add(storage: Storage, pk: Uint8Array, value: V): string | null {
    storage.set(this.entryKey(this.indexFn(value), pk), pk.length > 0 ? pk : ZERO_BYTE);
    return null;
  }
  removeEntry(storage: Storage, pk: Uint8Array, old: V): void {
    storage.remove(this.entryKey(this.indexFn(old), pk));
  }
  /** Primary keys with index value `idx`, ordered by primary key. */
  primaryKeys(storage: Storage, idx: Uint8Array, order: Order, limit: i32 = -1): Uint8Array[] {
    const prefix = concat(this.namespace, lengthPrefixed(idx));
    const it = storage.range(prefix, prefixEnd(prefix), order);
    const out = new Array<Uint8Array>();
    let rec: Record | null;
    while (limit != 0 && (rec = it.next()) !== null) {
      out.push(rec.key.slice(prefix.length));
      if (limit > 0) limit--;
    }
    return out;
  }
}

/** At most one primary key per index value: `ns | idx -> pk`. */
export class UniqueIndex<V> extends Index<V> {
  readonly namespace: Uint8Array;
  constructor(
    namespace: string,
    readonly indexFn: (v: V) => Uint8Array,
  ) {
    super();
    this.namespace = lengthPrefixed(utf8(namespace));
  }
  add(storage: Storage, pk: Uint8Array, value: V): string | null {
    const key = concat(this.namespace, this.indexFn(value));
    const cur = storage.get(key);
    if (cur !== null) return "Violates unique constraint on index";
    storage.set(key, pk.length > 0 ? pk : ZERO_BYTE);
    return null;
  }
  removeEntry(storage: Storage, pk: Uint8Array, old: V): void {
    storage.remove(concat(this.namespace, this.indexFn(old)));
  }
  /** The primary key for an index value, or null. */
  primaryKey(storage: Storage, idx: Uint8Array): Uint8Array | null {
    return storage.get(concat(this.namespace, idx));
  }
}

/** A Map whose secondary indexes are updated on every save/remove. */
export class IndexedMap<K, V> {
  readonly map: StorageMap<K, V>;
  readonly indexes: Index<V>[] = [];
  constructor(namespace: string, decode: (r: JsonReader) => V, typeName: string = "") {
    this.map = new StorageMap<K, V>(namespace, decode, typeName);
  }
  addIndex(index: Index<V>): IndexedMap<K, V> {
    this.indexes.push(index);
    return this;
  }
  private pk(k: K): Uint8Array {
    return joinKey(keyParts<K>(k));
  }
  /** Saves and re-indexes; returns an error text if a unique index is violated (nothing is written then). */
  save(storage: Storage, k: K, value: V): string | null {
    const pk = this.pk(k);
    const old = this.map.mayLoad(storage, k);
    if (old !== null) for (let i = 0; i < this.indexes.length; i++) this.indexes[i].removeEntry(storage, pk, old);
    for (let i = 0; i < this.indexes.length; i++) {
      const e = this.indexes[i].add(storage, pk, value);
      if (e !== null) {
        // undo the indexes written so far and restore the old ones
        for (let j = 0; j < i; j++) this.indexes[j].removeEntry(storage, pk, value);
        if (old !== null) for (let j = 0; j < this.indexes.length; j++) this.indexes[j].add(storage, pk, old);
        return e;
      }
    }
    this.map.save(storage, k, value);
    return null;
  }
  remove(storage: Storage, k: K): void {
    const pk = this.pk(k);
    const old = this.map.mayLoad(storage, k);
    if (old === null) return;
    for (let i = 0; i < this.indexes.length; i++) this.indexes[i].removeEntry(storage, pk, old);
    this.map.remove(storage, k);
  }
  load(storage: Storage, k: K): Result<V> {
    return this.map.load(storage, k);
  }
  mayLoad(storage: Storage, k: K): V | null {
    return this.map.mayLoad(storage, k);
  }
  has(storage: Storage, k: K): bool {
    return this.map.has(storage, k);
  }
  range(storage: Storage, min: Bound | null, max: Bound | null, order: Order, limit: i32 = -1): RangeIter<V> {
    return this.map.range(storage, min, max, order, limit);
  }
  /** Loads the value stored under raw primary-key bytes (as returned by an index). */
  loadByPk(storage: Storage, pk: Uint8Array): V | null {
    const raw = storage.get(concat(this.map.namespace, pk));
    if (raw === null) return null;
    return decodeValue<V>(raw, this.map.decode, this.map.typeName);
  }
}
