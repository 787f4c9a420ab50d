/**
 * The snapshot item stream's wire format, written by hand: `cosmos.store.snapshots.v1.SnapshotItem`
 * messages (only the `store` and `iavl` kinds), each preceded by its uvarint length. cosmjs-types
 * has these codecs, but they cost ~70 µs per item on encode and ~30 µs on decode (a `BinaryWriter`
 * and bigint conversions per message), minutes for a state of a few million tree nodes; this writes
 * the same bytes (proto3 defaults omitted, as cosmjs-types does; `snapshot.test.ts` checks both
 * ways against cosmjs-types) in one buffer.
 *
 *   SnapshotItem      { SnapshotStoreItem store = 1; SnapshotIAVLItem iavl = 2; ... }
 *   SnapshotStoreItem { string name = 1; }
 *   SnapshotIAVLItem  { bytes key = 1; bytes value = 2; int64 version = 3; int32 height = 4; }
 */
import type { Bytes } from './kv.js';

export class SnapshotFormatError extends Error {
  override readonly name = 'SnapshotFormatError';
}

export type StreamItem = { kind: 'store'; name: string } | { kind: 'iavl'; key: Bytes; value: Bytes; version: number; height: number };

const utf8 = new TextEncoder();
const utf8d = new TextDecoder('utf-8', { fatal: true });

function uvarintLen(n: number): number {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    len++;
  }
  return len;
}

/** Appends items to a growing buffer. */
export class ItemWriter {
  private buf = Buffer.allocUnsafe(1 << 16);
  private pos = 0;

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  private uvarint(n: number): void {
    while (n >= 0x80) {
      this.buf[this.pos++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.pos++] = n;
  }

  private bytesField(tag: number, b: Bytes): void {
    this.buf[this.pos++] = tag;
    this.uvarint(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  store(name: string): void {
    const n = utf8.encode(name);
    const inner = n.length === 0 ? 0 : 1 + uvarintLen(n.length) + n.length;
    const item = 1 + uvarintLen(inner) + inner;
    this.ensure(uvarintLen(item) + item);
    this.uvarint(item);
    this.buf[this.pos++] = 0x0a;
    this.uvarint(inner);
    if (n.length > 0) this.bytesField(0x0a, n);
  }

  iavl(key: Bytes, value: Bytes, version: number, height: number): void {
    let inner = 0;
    if (key.length > 0) inner += 1 + uvarintLen(key.length) + key.length;
    if (value.length > 0) inner += 1 + uvarintLen(value.length) + value.length;
    if (version !== 0) inner += 1 + uvarintLen(version);
    if (height !== 0) inner += 1 + uvarintLen(height);
    const item = 1 + uvarintLen(inner) + inner;
    this.ensure(uvarintLen(item) + item);
    this.uvarint(item);
    this.buf[this.pos++] = 0x12;
    this.uvarint(inner);
    if (key.length > 0) this.bytesField(0x0a, key);
    if (value.length > 0) this.bytesField(0x12, value);
    if (version !== 0) {
      this.buf[this.pos++] = 0x18;
      this.uvarint(version);
    }
    if (height !== 0) {
      this.buf[this.pos++] = 0x20;
      this.uvarint(height);
    }
  }

  finish(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

class Cursor {
  pos = 0;
  constructor(
    readonly b: Uint8Array,
    readonly end: number,
  ) {}
  uvarint(): number {
    let n = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new SnapshotFormatError('snapshot stream ends inside a varint');
      const x = this.b[this.pos++]!;
      n += (x & 0x7f) * mul;
      if ((x & 0x80) === 0) {
        if (!Number.isSafeInteger(n)) throw new SnapshotFormatError('snapshot stream has a varint beyond 2^53');
        return n;
      }
      mul *= 0x80;
    }
    throw new SnapshotFormatError('snapshot stream has a varint longer than 10 bytes');
  }
  slice(len: number): Uint8Array {
    if (this.pos + len > this.end) throw new SnapshotFormatError('snapshot stream ends inside a field');
    const s = this.b.subarray(this.pos, this.pos + len);
    this.pos += len;
    return s;
  }
  /** Skips an unknown field of wire type `wt` (forward compatibility, as protobuf decoders do). */
  skip(wt: number): void {
    if (wt === 0) this.uvarint();
    else if (wt === 2) this.slice(this.uvarint());
    else if (wt === 1) this.slice(8);
    else if (wt === 5) this.slice(4);
    else throw new SnapshotFormatError(`snapshot stream has a field of wire type ${wt}`);
  }
}

function readIavl(c: Cursor): StreamItem {
  let key: Bytes = new Uint8Array();
  let value: Bytes = new Uint8Array();
  let version = 0;
  let height = 0;
  while (c.pos < c.end) {
    const tag = c.uvarint();
    if (tag === 0x0a) key = new Uint8Array(c.slice(c.uvarint()));
    else if (tag === 0x12) value = new Uint8Array(c.slice(c.uvarint()));
    else if (tag === 0x18) version = c.uvarint();
    else if (tag === 0x20) height = c.uvarint();
    else c.skip(tag & 7);
  }
  return { kind: 'iavl', key, value, version, height };
}

/** Every item of an uncompressed stream, in order. */
export function* readItems(stream: Uint8Array): Generator<StreamItem> {
  const top = new Cursor(stream, stream.length);
  while (top.pos < top.end) {
    const len = top.uvarint();
    const start = top.pos;
    top.slice(len);
    const item = new Cursor(stream, start + len);
    item.pos = start;
    let out: StreamItem | undefined;
    while (item.pos < item.end) {
      const tag = item.uvarint();
      const wt = tag & 7;
      const field = Math.floor(tag / 8);
      if (wt === 2 && (field === 1 || field === 2)) {
        const l = item.uvarint();
        const inner = new Cursor(stream, item.pos + l);
        inner.pos = item.pos;
        item.slice(l);
        if (field === 2) out = readIavl(inner);
        else {
          let name = '';
          while (inner.pos < inner.end) {
            const t = inner.uvarint();
            if (t === 0x0a) name = utf8d.decode(inner.slice(inner.uvarint()));
            else inner.skip(t & 7);
          }
          out = { kind: 'store', name };
        }
      } else if (wt === 2 && (field === 3 || field === 4)) {
        throw new SnapshotFormatError('snapshot has an extension item (format 1 has none)');
      } else item.skip(wt);
    }
    if (out === undefined) throw new SnapshotFormatError('snapshot has an empty item');
    yield out;
  }
}
