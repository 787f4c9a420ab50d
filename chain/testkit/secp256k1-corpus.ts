/**
 * Inputs for differential tests of secp256k1 verification (tests only): valid Cosmos signatures
 * and the ways they break — tampered bytes, other digests and keys, high S, out-of-range r and s,
 * boundary values, malformed lengths and key encodings. Deterministic: a seed gives the same cases.
 * Signatures are made with noble (RFC 6979), so the corpus depends on no backend under test.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';

export interface VerifyCase {
  sig: Uint8Array;
  digest: Uint8Array;
  pubKey: Uint8Array;
  /** What was done to the valid triple, for failure messages. */
  kind: string;
}

const Point = secp256k1.Point;
const N = Point.Fn.ORDER;
const P = Point.Fp.ORDER;
const te = new TextEncoder();

export function be32(n: bigint): Uint8Array {
  return Uint8Array.from(Buffer.from(n.toString(16).padStart(64, '0'), 'hex'));
}

function rs(r: bigint, s: bigint): Uint8Array {
  return Uint8Array.from([...be32(r), ...be32(s)]);
}

/** A counter-mode sha256 stream: reproducible bytes without Math.random. */
export class SeededBytes {
  private counter = 0;
  private buf = new Uint8Array(0);
  private at = 0;

  constructor(private readonly seed: string) {}

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (this.at === this.buf.length) {
        this.buf = sha256(te.encode(`${this.seed}/${this.counter++}`));
        this.at = 0;
      }
      out[i] = this.buf[this.at++]!;
    }
    return out;
  }

  uint32(): number {
    const b = this.bytes(4);
    return ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  }
}

/** An integer in [0, n) (the modulo bias is irrelevant here). */
function int(r: SeededBytes, n: number): number {
  return r.uint32() % n;
}

/** A valid private scalar from random bytes. */
function privateKey(r: SeededBytes): Uint8Array {
  for (;;) {
    const k = r.bytes(32);
    const v = BigInt('0x' + Buffer.from(k).toString('hex'));
    if (v > 0n && v < N) return k;
  }
}

/**
 * The fixed corpus: for each of `keys` keys and `rounds` digests, the valid signature and fifteen
 * ways of breaking it (the inputs the noble-path verifier was first checked with).
 */
export function fixedCorpus(rounds = 2, perRound = 24): VerifyCase[] {
  const out: VerifyCase[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < perRound; i++) {
      const priv = sha256(te.encode(`k${i % 8}`));
      const digest = sha256(te.encode(`m${round}/${i}`));
      out.push(...brokenWays(i + round, priv, digest));
    }
  }
  // Digests that reduce to 0 mod n (u1 = 0) and digests above n.
  const priv = sha256(te.encode('zero-digest'));
  const pub = secp256k1.getPublicKey(priv, true);
  for (const d of [be32(0n), be32(N), be32(N + 1n), be32(2n ** 256n - 1n)]) {
    const sig = secp256k1.sign(d, priv, { prehash: false, format: 'compact' });
    out.push({ sig, digest: d, pubKey: pub, kind: 'digest ≥ n or 0' });
    const t = sig.slice();
    t[5]! ^= 4;
    out.push({ sig: t, digest: d, pubKey: pub, kind: 'digest ≥ n, tampered' });
  }
  out.push(...xAboveN());
  return out;
}

/** The valid triple and fifteen broken ones around it. */
function brokenWays(i: number, priv: Uint8Array, digest: Uint8Array): VerifyCase[] {
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
    { sig, digest, pubKey: pub, kind: 'valid' },
    { sig, digest, pubKey: secp256k1.getPublicKey(priv, false), kind: 'valid, uncompressed key' },
    { sig: bad, digest, pubKey: pub, kind: 'signature bit flipped' },
    { sig, digest: d2, pubKey: pub, kind: 'digest bit flipped' },
    { sig, digest, pubKey: other, kind: 'another key' },
    { sig, digest, pubKey: notOnCurve, kind: 'key off the curve' },
    // s' = n − s is valid ECDSA but high S: Cosmos refuses it.
    { sig: rs(parsed.r, N - parsed.s), digest, pubKey: pub, kind: 'high S' },
    { sig: rs(0n, parsed.s), digest, pubKey: pub, kind: 'r = 0' },
    { sig: rs(parsed.r, 0n), digest, pubKey: pub, kind: 's = 0' },
    { sig: rs(parsed.r, N + 1n), digest, pubKey: pub, kind: 's = n + 1' },
    { sig: rs(N, parsed.s), digest, pubKey: pub, kind: 'r = n' },
    { sig: sig.subarray(0, 63), digest, pubKey: pub, kind: '63-byte signature' },
    { sig, digest: digest.subarray(0, 31), pubKey: pub, kind: '31-byte digest' },
    { sig, digest, pubKey: Uint8Array.of(0), kind: '1-byte key' },
    { sig, digest, pubKey: new Uint8Array(33), kind: 'zero key' },
  ];
}

/** A signature whose point R has x ≥ n (so r = x − n), built backwards as key recovery does. */
function xAboveN(): VerifyCase[] {
  let R: InstanceType<typeof Point> | undefined;
  for (let k = 1n; R === undefined; k++) {
    try {
      R = Point.fromBytes(Uint8Array.from([2, ...be32(N + k)]));
    } catch {
      // not an x-coordinate on the curve; try the next
    }
  }
  const r = Point.Fn.create(R.toAffine().x);
  const s = 12345n;
  const digest = sha256(te.encode('x above n'));
  const h = Point.Fn.create(BigInt('0x' + Buffer.from(digest).toString('hex')));
  const key = R.multiply(s).subtract(Point.BASE.multiply(h)).multiply(Point.Fn.inv(r));
  const out: VerifyCase[] = [];
  for (const pubKey of [key.toBytes(true), key.toBytes(false)]) {
    out.push({ sig: rs(r, s), digest, pubKey, kind: 'x(R) ≥ n' });
    out.push({ sig: rs(r + 1n, s), digest, pubKey, kind: 'x(R) ≥ n, r + 1' });
  }
  return out;
}

/** Mutations of a valid (sig, digest, key) triple; index 0 is the triple itself. */
const MUTATIONS: Array<(c: VerifyCase, r: SeededBytes, other: Uint8Array) => VerifyCase> = [
  (c) => c,
  (c, r) => {
    const sig = c.sig.slice();
    sig[int(r, 64)]! ^= 1 << int(r, 8);
    return { ...c, sig, kind: 'random signature bit flipped' };
  },
  (c, r) => {
    const digest = c.digest.slice();
    digest[int(r, 32)]! ^= 1 << int(r, 8);
    return { ...c, digest, kind: 'random digest bit flipped' };
  },
  (c, r) => {
    const pubKey = c.pubKey.slice();
    pubKey[1 + int(r, pubKey.length - 1)]! ^= 1 << int(r, 8);
    return { ...c, pubKey, kind: 'random key bit flipped' };
  },
  (c) => {
    const pubKey = c.pubKey.slice();
    pubKey[0] = pubKey[0] === 2 ? 3 : 2;
    return { ...c, pubKey, kind: 'key parity flipped' };
  },
  (c) => ({ ...c, pubKey: Point.fromBytes(c.pubKey).toBytes(false), kind: 'uncompressed key' }),
  (c) => {
    // SEC1 "hybrid" encoding (06/07 + x + y): libsecp256k1 parses it; Cosmos and noble do not.
    const u = Point.fromBytes(c.pubKey).toBytes(false);
    u[0] = 6 + (u[64]! & 1);
    return { ...c, pubKey: u, kind: 'hybrid key' };
  },
  (c) => ({ ...c, pubKey: c.pubKey.subarray(1), kind: '32-byte x-only key' }),
  (c, _r, other) => ({ ...c, pubKey: other, kind: 'another signer' }),
  (c) => {
    const p = secp256k1.Signature.fromBytes(c.sig, 'compact');
    return { ...c, sig: rs(p.r, N - p.s), kind: 'high S' };
  },
  (c) => {
    const p = secp256k1.Signature.fromBytes(c.sig, 'compact');
    return { ...c, sig: rs(p.s, p.r), kind: 'r and s swapped' };
  },
  (c, r) => {
    const p = secp256k1.Signature.fromBytes(c.sig, 'compact');
    const edges = [0n, 1n, N - 1n, N, N + 1n, P - 1n, 2n ** 256n - 1n];
    return { ...c, sig: rs(edges[int(r, edges.length)]!, p.s), kind: 'r at a boundary' };
  },
  (c, r) => {
    const p = secp256k1.Signature.fromBytes(c.sig, 'compact');
    const edges = [0n, 1n, N / 2n, N / 2n + 1n, N - 1n, N, 2n ** 256n - 1n];
    return { ...c, sig: rs(p.r, edges[int(r, edges.length)]!), kind: 's at a boundary' };
  },
  (c, r) => ({ ...c, sig: r.bytes(64), kind: 'random signature' }),
  (c, r) => {
    const pubKey = r.bytes(33);
    pubKey[0] = 2 + (pubKey[0]! & 1);
    return { ...c, pubKey, kind: 'random x (on the curve or not)' };
  },
  (c, r) => {
    const pubKey = Uint8Array.from([2, ...be32(P + BigInt(int(r, 1000)) - 500n).subarray(0, 32)]);
    return { ...c, pubKey, kind: 'x near p' };
  },
  (c, r) => {
    const lens = [0, 31, 33, 65];
    return { ...c, digest: r.bytes(lens[int(r, lens.length)]!), kind: 'digest of a wrong length' };
  },
  (c, r) => {
    const lens = [0, 63, 65, 72];
    return { ...c, sig: r.bytes(lens[int(r, lens.length)]!), kind: 'signature of a wrong length' };
  },
  (c) => {
    const p = secp256k1.Signature.fromBytes(c.sig, 'compact');
    // Signature of the same digest under key −P: valid for the negated key only.
    return { ...c, sig: rs(p.r, p.s), pubKey: Point.fromBytes(c.pubKey).negate().toBytes(true), kind: 'negated key' };
  },
];

/**
 * `count` random and mutated cases from `seed`: a new key for every group, a random digest, its
 * valid signature, then mutations of it (about one case in five is valid).
 */
export function randomCorpus(count: number, seed = 'meshwork-secp256k1'): VerifyCase[] {
  const r = new SeededBytes(seed);
  const out: VerifyCase[] = [];
  let other: Uint8Array = secp256k1.getPublicKey(privateKey(r), true);
  while (out.length < count) {
    const priv = privateKey(r);
    const digest = r.bytes(32);
    const base: VerifyCase = { sig: secp256k1.sign(digest, priv, { prehash: false, format: 'compact' }), digest, pubKey: secp256k1.getPublicKey(priv, true), kind: 'valid' };
    // The valid triple, then four mutations picked at random.
    out.push(base);
    for (let j = 0; j < 4 && out.length < count; j++) out.push(MUTATIONS[1 + int(r, MUTATIONS.length - 1)]!(base, r, other));
    other = base.pubKey;
  }
  return out;
}
