import { describe, test } from 'node:test';
import { expect } from 'expect';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { verifySecp256k1 } from './ante.js';

const N = secp256k1.Point.Fn.ORDER;

describe('verifySecp256k1 (cached key points) agrees with noble verify', () => {
  test('valid, tampered, wrong key, high-S and malformed inputs', () => {
    for (let i = 0; i < 40; i++) {
      const priv = sha256(new TextEncoder().encode(`k${i % 5}`));
      const pub = secp256k1.getPublicKey(priv, true);
      const other = secp256k1.getPublicKey(sha256(new TextEncoder().encode(`other${i}`)), true);
      const digest = sha256(new TextEncoder().encode(`m${i}`));
      const sig = secp256k1.sign(digest, priv, { prehash: false, format: 'compact' });
      const noble = (s: Uint8Array, d: Uint8Array, p: Uint8Array) => secp256k1.verify(s, d, p, { prehash: false, lowS: true, format: 'compact' });
      expect(verifySecp256k1(sig, digest, pub)).toBe(true);
      const bad = sig.slice();
      bad[i % 64]! ^= 1 << i % 8;
      expect(verifySecp256k1(bad, digest, pub)).toBe(noble(bad, digest, pub));
      expect(verifySecp256k1(sig, digest, other)).toBe(false);
      const d2 = digest.slice();
      d2[0]! ^= 0x80;
      expect(verifySecp256k1(sig, d2, pub)).toBe(false);
      // The same signature with s' = n − s is valid ECDSA but high-S: Cosmos refuses it.
      const parsed = secp256k1.Signature.fromBytes(sig, 'compact');
      const high = new secp256k1.Signature(parsed.r, N - parsed.s).toBytes('compact');
      expect(verifySecp256k1(high, digest, pub)).toBe(false);
      expect(secp256k1.verify(high, digest, pub, { prehash: false, lowS: false, format: 'compact' })).toBe(true);
    }
    expect(verifySecp256k1(new Uint8Array(63), new Uint8Array(32), new Uint8Array(33))).toBe(false);
    expect(verifySecp256k1(new Uint8Array(64), new Uint8Array(32), new Uint8Array(33))).toBe(false);
  });
});
