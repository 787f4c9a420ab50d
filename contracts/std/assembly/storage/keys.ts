/**
 * Storage key encoding, byte-compatible with cw-storage-plus 1.x, so an AssemblyScript contract
 * can read state written by the Rust contract it replaces (and the other way round):
 *
 * - `Item("ns")`                 -> `ns`
 * - `Map("ns")` key `k`           -> `u16be(len(ns)) ns k`
 * - `Map("ns")` key `(a, b)`      -> `u16be(len(ns)) ns u16be(len(a)) a b`   (all but the last
 *   element are length-prefixed)
 * - integers are big-endian (u8..u64); signed integers have their sign bit flipped, so byte
 *   order equals numeric order.
 */

import { stringToUtf8, asciiToString, isAscii } from "../encoding/utf8";

/** UTF-8 bytes of a string. */
export function utf8(s: string): Uint8Array {
  return stringToUtf8(s);
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  memory.copy(out.dataStart, a.dataStart, <usize>a.length);
  memory.copy(out.dataStart + <usize>a.length, b.dataStart, <usize>b.length);
  return out;
}

/** `u16be(len) bytes`; panics if longer than 65535 bytes (like cw-storage-plus). */
export function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  if (n > 0xffff) throw new Error("only supports namespaces up to length 0xFFFF");
  const out = new Uint8Array(n + 2);
  out[0] = <u8>(n >> 8);
  out[1] = <u8>(n & 0xff);
  memory.copy(out.dataStart + 2, bytes.dataStart, <usize>n);
  return out;
}

/** Joins key parts: every part but the last is length-prefixed. */
export function joinKey(parts: Uint8Array[]): Uint8Array {
  let total = 0;
  for (let i = 0; i < parts.length; i++) total += parts[i].length + (i < parts.length - 1 ? 2 : 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (i < parts.length - 1) {
      if (p.length > 0xffff) throw new Error("only supports key parts up to length 0xFFFF");
      out[o++] = <u8>(p.length >> 8);
      out[o++] = <u8>(p.length & 0xff);
    }
    memory.copy(out.dataStart + <usize>o, p.dataStart, <usize>p.length);
    o += p.length;
  }
  return out;
}

/** All parts length-prefixed (a prefix over the leading elements of a composite key). */
export function joinPrefix(parts: Uint8Array[]): Uint8Array {
  let total = 0;
  for (let i = 0; i < parts.length; i++) total += parts[i].length + 2;
  const out = new Uint8Array(total);
  let o = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    out[o++] = <u8>(p.length >> 8);
    out[o++] = <u8>(p.length & 0xff);
    memory.copy(out.dataStart + <usize>o, p.dataStart, <usize>p.length);
    o += p.length;
  }
  return out;
}

export function u64Key(n: u64): Uint8Array {
  const out = new Uint8Array(8);
  store<u64>(out.dataStart, bswap<u64>(n));
  return out;
}
export function u32Key(n: u32): Uint8Array {
  const out = new Uint8Array(4);
  store<u32>(out.dataStart, bswap<u32>(n));
  return out;
}
export function u16Key(n: u16): Uint8Array {
  const out = new Uint8Array(2);
  out[0] = <u8>(n >> 8);
  out[1] = <u8>(n & 0xff);
  return out;
}
export function u8Key(n: u8): Uint8Array {
  const out = new Uint8Array(1);
  out[0] = n;
  return out;
}
export function i64Key(n: i64): Uint8Array {
  return u64Key(<u64>n ^ 0x8000000000000000);
}
export function i32Key(n: i32): Uint8Array {
  return u32Key(<u32>n ^ 0x80000000);
}

export function keyToU64(k: Uint8Array): u64 {
  if (k.length != 8) throw new Error("key is not a u64");
  return bswap<u64>(load<u64>(k.dataStart));
}
export function keyToU32(k: Uint8Array): u32 {
  if (k.length != 4) throw new Error("key is not a u32");
  return bswap<u32>(load<u32>(k.dataStart));
}
export function keyToString(k: Uint8Array): string {
  if (isAscii(k.dataStart, k.length)) return asciiToString(k.dataStart, k.length);
  return String.UTF8.decodeUnsafe(k.dataStart, <usize>k.length);
}

/** A composite key: implement `keyParts()` on your own key classes. */
export abstract class CompositeKey {
  abstract keyParts(): Uint8Array[];
}

/** A two-element key `(a, b)`; elements may be string, integers or Uint8Array. */
export class Pair<A, B> extends CompositeKey {
  constructor(
    public a: A,
    public b: B,
  ) {
    super();
  }
  keyParts(): Uint8Array[] {
    return [keyPart<A>(this.a), keyPart<B>(this.b)];
  }
}

export class Triple<A, B, C> extends CompositeKey {
  constructor(
    public a: A,
    public b: B,
    public c: C,
  ) {
    super();
  }
  keyParts(): Uint8Array[] {
    return [keyPart<A>(this.a), keyPart<B>(this.b), keyPart<C>(this.c)];
  }
}

export function pair<A, B>(a: A, b: B): Pair<A, B> {
  return new Pair<A, B>(a, b);
}
export function triple<A, B, C>(a: A, b: B, c: C): Triple<A, B, C> {
  return new Triple<A, B, C>(a, b, c);
}

/** The bytes of one key element. */
export function keyPart<T>(v: T): Uint8Array {
  if (isString<T>()) {
    return utf8(changetype<string>(v));
  } else if (isInteger<T>()) {
    if (isSigned<T>()) {
      if (sizeof<T>() == 8) return i64Key(<i64>v);
      return i32Key(<i32>v);
    }
    if (sizeof<T>() == 8) return u64Key(<u64>v);
    if (sizeof<T>() == 4) return u32Key(<u32>v);
    if (sizeof<T>() == 2) return u16Key(<u16>v);
    return u8Key(<u8>v);
  } else if (isReference<T>()) {
    if (v instanceof Uint8Array) return changetype<Uint8Array>(v);
  }
  throw new Error("unsupported key element type (use string, an integer or Uint8Array)");
}

/** The parts of a key of type K (a single element or a CompositeKey). */
export function keyParts<K>(k: K): Uint8Array[] {
  if (isReference<K>() && !isString<K>()) {
    if (k instanceof CompositeKey) return changetype<CompositeKey>(k).keyParts();
  }
  return [keyPart<K>(k)];
}

/** The smallest byte string greater than every string starting with `prefix` (null if none). */
export function prefixEnd(prefix: Uint8Array): Uint8Array | null {
  let i = prefix.length - 1;
  while (i >= 0 && prefix[i] == 0xff) i--;
  if (i < 0) return null;
  const out = new Uint8Array(i + 1);
  memory.copy(out.dataStart, prefix.dataStart, <usize>(i + 1));
  out[i] = out[i] + 1;
  return out;
}
