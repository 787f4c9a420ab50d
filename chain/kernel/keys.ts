/**
 * Store key building blocks. Every composite key is built so that byte order equals the order the
 * module iterates in (big-endian integers, length-prefixed variable parts), because iteration order
 * is part of consensus.
 */
const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

export function utf8(s: string): Uint8Array {
  return enc.encode(s);
}
export function fromUtf8(b: Uint8Array): string {
  return dec.decode(b);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

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

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}
export function fromHex(s: string): Uint8Array {
  if (!/^([0-9a-fA-F]{2})*$/.test(s)) throw new Error(`invalid hex "${s}"`);
  return new Uint8Array(Buffer.from(s, 'hex'));
}

/** JSON-safe store values (our own records, not Cosmos wire types): bigint as strings. */
export function encodeJson(v: unknown): Uint8Array {
  return utf8(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)));
}
export function decodeJson<T>(b: Uint8Array): T {
  return JSON.parse(fromUtf8(b)) as T;
}
