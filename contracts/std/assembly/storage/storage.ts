/**
 * Raw contract storage through the host imports: get/set/remove and ordered iteration over
 * [start, end) (db_scan/db_next). Keys and values are bytes; typed collections build on this.
 */
import { db_read, db_write, db_remove, db_scan, db_next, db_next_key } from "../imports";
import { borrowRegion, releaseBorrowed, consumeRegion, regionOffset, regionLength, deallocate } from "../memory";

/** Iteration order (the values of the db_scan `order` argument). */
export enum Order {
  Ascending = 1,
  Descending = 2,
}

/** One storage record. */
export class Record {
  constructor(
    public key: Uint8Array,
    public value: Uint8Array,
  ) {}
}

/** An open host iterator. Read it with `next()` until it returns null. */
export class RecordIterator {
  constructor(readonly id: u32) {}

  /** The next record, or null at the end. */
  next(): Record | null {
    const region = <usize>db_next(this.id);
    const off = regionOffset(region);
    const len = <i32>regionLength(region);
    // sections: key || u32be(keylen) || value || u32be(valuelen), decoded from the end
    if (len < 8) {
      deallocate(region);
      return null;
    }
    const valueLen = <i32>bswap<u32>(load<u32>(off + <usize>(len - 4)));
    const valueStart = len - 4 - valueLen;
    const keyLen = <i32>bswap<u32>(load<u32>(off + <usize>(valueStart - 4)));
    const keyStart = valueStart - 4 - keyLen;
    if (keyLen == 0 && valueLen == 0) {
      deallocate(region);
      return null;
    }
    const key = new Uint8Array(keyLen);
    memory.copy(key.dataStart, off + <usize>keyStart, <usize>keyLen);
    const value = new Uint8Array(valueLen);
    memory.copy(value.dataStart, off + <usize>valueStart, <usize>valueLen);
    deallocate(region);
    return new Record(key, value);
  }

  /** The next key only (db_next_key, CosmWasm 1.4+), or null at the end. */
  nextKey(): Uint8Array | null {
    const region = <usize>db_next_key(this.id);
    if (region == 0) return null;
    return consumeRegion(region);
  }
}

export class Storage {
  /** The value at `key`, or null if absent. */
  get(key: Uint8Array): Uint8Array | null {
    const k = borrowRegion(key);
    const v = <usize>db_read(<u32>k);
    releaseBorrowed(k);
    if (v == 0) return null;
    return consumeRegion(v);
  }

  has(key: Uint8Array): bool {
    return this.get(key) !== null;
  }

  /**
   * Stores a value. Like cosmwasm-std, an empty value is refused (hosts cannot tell it apart
   * from an absent key everywhere): use `remove` instead.
   */
  set(key: Uint8Array, value: Uint8Array): void {
    if (value.length == 0) throw new Error("Value must not be empty in Storage::set; use remove");
    const k = borrowRegion(key);
    const v = borrowRegion(value);
    db_write(<u32>k, <u32>v);
    releaseBorrowed(k);
    releaseBorrowed(v);
  }

  remove(key: Uint8Array): void {
    const k = borrowRegion(key);
    db_remove(<u32>k);
    releaseBorrowed(k);
  }

  /** Records with start <= key < end (null = unbounded), in the given order. */
  range(start: Uint8Array | null, end: Uint8Array | null, order: Order): RecordIterator {
    const s = start !== null ? borrowRegion(start) : 0;
    const e = end !== null ? borrowRegion(end) : 0;
    const id = db_scan(<u32>s, <u32>e, <i32>order);
    if (s != 0) releaseBorrowed(s);
    if (e != 0) releaseBorrowed(e);
    return new RecordIterator(id);
  }
}
