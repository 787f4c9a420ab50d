import { describe, test } from 'node:test';
import { expect } from 'expect';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Secp256k1Verifier } from './secp256k1.js';
import { verifySecp256k1 } from './secp256k1-backend.js';

const N = secp256k1.Point.Fn.ORDER;
const te = new TextEncoder();

function noble(sig: Uint8Array, digest: Uint8Array, pub: Uint8Array): boolean {
  try {
    return secp256k1.verify(sig, digest, pub, { prehash: false, lowS: true, format: 'compact' });
  } catch {
    return false;
  }
}

function be32(n: bigint): Uint8Array {
  return Uint8Array.from(Buffer.from(n.toString(16).padStart(64, '0'), 'hex'));
}

/** Inputs around one (key, digest) pair: the valid signature and ways of breaking it. */
function cases(i: number, priv: Uint8Array, digest: Uint8Array): Array<{ sig: Uint8Array; digest: Uint8Array; pub: Uint8Array }> {
  const pub = secp256k1.getPublicKey(priv, true);
  const sig = secp256k1.sign(digest, priv, { prehash: false, format: 'compact' });
  const parsed = secp256k1.Signature.fromBytes(sig, 'compact');
  const bad = sig.slice();
  bad[(i * 7) % 64]! ^= 1 << i % 8;
  const d2 = digest.slice();
  d2[i % 32]! ^= 0x80;
  const other = secp256k1.getPublicKey(sha256(te.encode(`other${i}`)), true);
  const notOnCurve = pub.slice();
  notOnCurve[32]! ^= 1;
  return [
    { sig, digest, pub },
    { sig, digest, pub: secp256k1.getPublicKey(priv, false) },
    { sig: bad, digest, pub },
    { sig, digest: d2, pub },
    { sig, digest, pub: other },
    { sig, digest, pub: notOnCurve },
    // The same signature with s' = n − s is valid ECDSA but high-S: Cosmos refuses it.
    { sig: new secp256k1.Signature(parsed.r, N - parsed.s).toBytes('compact'), digest, pub },
    { sig: Uint8Array.from([...be32(0n), ...be32(parsed.s)]), digest, pub },
    { sig: Uint8Array.from([...be32(parsed.r), ...be32(0n)]), digest, pub },
    { sig: Uint8Array.from([...be32(parsed.r), ...be32(N + 1n)]), digest, pub },
    { sig: Uint8Array.from([...be32(N), ...be32(parsed.s)]), digest, pub },
    { sig: sig.subarray(0, 63), digest, pub },
    { sig, digest: digest.subarray(0, 31), pub },
    { sig, digest, pub: Uint8Array.of(0) },
    { sig, digest, pub: new Uint8Array(33) },
  ];
}

describe('secp256k1 verification agrees with noble verify', () => {
  test('valid, tampered, wrong key, high-S, out-of-range and malformed inputs, first use and with key tables', () => {
    // Small limits so that key eviction, table eviction and running out of table credit all happen.
    const small = new Secp256k1Verifier({ keys: 5, tables: 2, tableCredit: 3 });
    const none = new Secp256k1Verifier({ keys: 3, tables: 0, tableCredit: 0 });
    let checked = 0;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 24; i++) {
        const priv = sha256(te.encode(`k${i % 8}`));
        const digest = sha256(te.encode(`m${round}/${i}`));
        for (const c of cases(i + round, priv, digest)) {
          const want = noble(c.sig, c.digest, c.pub);
          expect(verifySecp256k1(c.sig, c.digest, c.pub)).toBe(want);
          expect(small.verify(c.sig, c.digest, c.pub)).toBe(want);
          expect(none.verify(c.sig, c.digest, c.pub)).toBe(want);
          checked++;
        }
      }
    }
    expect(checked).toBe(2 * 24 * 15);
    expect(small.stats().keys).toBeLessThanOrEqual(5);
    expect(small.stats().tables).toBeLessThanOrEqual(2);
    expect(none.stats().tables).toBe(0);
  });

  test('digests that reduce to zero mod n (u1 = 0) and digests above n', () => {
    const v = new Secp256k1Verifier({ keys: 4, tables: 4, tableCredit: 4 });
    const priv = sha256(te.encode('zero-digest'));
    const pub = secp256k1.getPublicKey(priv, true);
    for (const d of [be32(0n), be32(N), be32(N + 1n), be32(2n ** 256n - 1n)]) {
      const sig = secp256k1.sign(d, priv, { prehash: false, format: 'compact' });
      expect(noble(sig, d, pub)).toBe(true);
      for (let k = 0; k < 3; k++) expect(v.verify(sig, d, pub)).toBe(true);
      const tampered = sig.slice();
      tampered[5]! ^= 4;
      expect(v.verify(tampered, d, pub)).toBe(noble(tampered, d, pub));
    }
  });

  test('a signature whose point R has x ≥ n (so r = x − n)', () => {
    // Built backwards, as public-key recovery does: choose R, s and h, then P = r⁻¹(s·R − h·G),
    // so that u1·G + u2·P = R.
    const { Point } = secp256k1;
    const Fn = Point.Fn;
    let R: InstanceType<typeof Point> | undefined;
    for (let k = 1n; R === undefined; k++) {
      try {
        R = Point.fromBytes(Uint8Array.from([2, ...be32(N + k)]));
      } catch {
        // not an x-coordinate on the curve; try the next
      }
    }
    const r = Fn.create(R.toAffine().x);
    expect(r + N).toBe(R.toAffine().x);
    const s = 12345n;
    const digest = sha256(te.encode('x above n'));
    const h = Fn.create(BigInt('0x' + Buffer.from(digest).toString('hex')));
    const P = R.multiply(s).subtract(Point.BASE.multiply(h)).multiply(Fn.inv(r));
    const v = new Secp256k1Verifier({ keys: 2, tables: 1, tableCredit: 1 });
    for (const pub of [P.toBytes(true), P.toBytes(false)]) {
      const sig = Uint8Array.from([...be32(r), ...be32(s)]);
      expect(noble(sig, digest, pub)).toBe(true);
      for (let i = 0; i < 3; i++) expect(v.verify(sig, digest, pub)).toBe(true);
      const wrongR = Uint8Array.from([...be32(r + 1n), ...be32(s)]);
      expect(v.verify(wrongR, digest, pub)).toBe(noble(wrongR, digest, pub));
    }
  });

  test('a key signing repeatedly gets a table and stays correct with it', () => {
    const v = new Secp256k1Verifier({ keys: 8, tables: 1, tableCredit: 1 });
    const priv = sha256(te.encode('repeat'));
    const pub = secp256k1.getPublicKey(priv, true);
    for (let i = 0; i < 20; i++) {
      const d = sha256(te.encode(`repeat ${i}`));
      const sig = secp256k1.sign(d, priv, { prehash: false, format: 'compact' });
      expect(v.verify(sig, d, pub)).toBe(true);
      const bad = sig.slice();
      bad[40]! ^= 1;
      expect(v.verify(bad, d, pub)).toBe(false);
    }
    expect(v.stats()).toEqual({ keys: 1, tables: 1 });
  });
});
