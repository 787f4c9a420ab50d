/**
 * Byte helpers every layer uses (runtime, chain, ibc, app): concatenation, comparison, hex and UTF-8.
 * One copy, below everything else of ours.
 */

const enc = new TextEncoder();
/** Strict: malformed UTF-8 throws rather than becoming U+FFFD (state and messages must round-trip). */
const dec = new TextDecoder('utf-8', { fatal: true });

export function concat(...parts: readonly Uint8Array[]): Uint8Array {
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

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Lexicographic byte order (shorter first on a common prefix), as Go's `bytes.Compare`. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Lower-case hex. */
export function toHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}
/** Upper-case hex, as CometBFT and the SDK print hashes. */
export function hexUpper(b: Uint8Array): string {
  return toHex(b).toUpperCase();
}
export function fromHex(s: string): Uint8Array {
  if (!/^([0-9a-fA-F]{2})*$/.test(s)) throw new Error(`invalid hex "${s}"`);
  return new Uint8Array(Buffer.from(s, 'hex'));
}

export function utf8(s: string): Uint8Array {
  return enc.encode(s);
}
export function fromUtf8(b: Uint8Array): string {
  return dec.decode(b);
}
