/**
 * SHA-256 through Node's native OpenSSL (`crypto.hash`, one-shot). The chain hashes on every
 * write (IAVL leaf and inner nodes, the multistore's app hash, tx hashes and sign docs): with
 * `@noble/hashes`' pure-JS sha256 that was the largest single cost of a block (~19 % of its time).
 * The digest is the same function, so every hash, app hash and proof keeps its bytes; noble remains
 * the reference in the tests (`sha256.test.ts`).
 */
import { hash } from 'node:crypto';

/** sha256(data) as a fresh 32-byte Uint8Array (not a view into Node's shared Buffer pool). */
export function sha256(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(32);
  out.set(hash('sha256', data, 'buffer'));
  return out;
}
