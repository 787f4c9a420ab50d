/**
 * Store key building blocks. Every composite key is built so that byte order equals the order the
 * module iterates in (big-endian integers, length-prefixed variable parts), because iteration order
 * is part of consensus.
 */
import { concat, utf8, fromUtf8 } from '../../bytes/bytes.js';

export { bytesEqual, compareBytes, concat, fromHex, fromUtf8, toHex, utf8 } from '../../bytes/bytes.js';

export function u64BE(v: bigint | number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt(v));
  return b;
}
export function readU64BE(b: Uint8Array, offset = 0): bigint {
  return new DataView(b.buffer, b.byteOffset + offset, 8).getBigUint64(0);
}

/** One length byte then the bytes (Cosmos `address.MustLengthPrefix`). */
export function lengthPrefixed(b: Uint8Array): Uint8Array {
  if (b.length > 255) throw new Error(`key part of ${b.length} bytes is too long to length-prefix`);
  return concat(Uint8Array.of(b.length), b);
}

/** Reads a length-prefixed part at `offset`; returns it and the offset after it. */
export function readLengthPrefixed(b: Uint8Array, offset: number): [Uint8Array, number] {
  const n = b[offset];
  if (n === undefined || offset + 1 + n > b.length) throw new Error('malformed length-prefixed key');
  return [b.subarray(offset + 1, offset + 1 + n), offset + 1 + n];
}

export function prefix(byte: number, ...parts: Uint8Array[]): Uint8Array {
  return concat(Uint8Array.of(byte), ...parts);
}


/** JSON-safe store values (our own records, not Cosmos wire types): bigint as strings. */
export function encodeJson(v: unknown): Uint8Array {
  return utf8(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)));
}
export function decodeJson<T>(b: Uint8Array): T {
  return JSON.parse(fromUtf8(b)) as T;
}
