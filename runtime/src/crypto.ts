/**
 * Pure semantics of the CosmWasm crypto imports (secp256k1 / secp256r1 ECDSA, ed25519,
 * BLS12-381), matching cosmwasm-crypto 3.0.x as wired up by cosmwasm-vm's `imports.rs`.
 *
 * Every function takes raw bytes, is deterministic, never throws for bad input and returns
 * either a result or a numeric code (see {@link CryptoCode}). Gas is charged by the VM, and
 * region size limits (too-long inputs are fatal) are enforced by the VM before calling here.
 *
 * Reference behaviour (cosmwasm-crypto on k256 / p256 / ed25519-zebra / arkworks):
 * - ECDSA: hash must be exactly 32 bytes (3), signature exactly 64 bytes r||s (4), pubkey SEC1
 *   compressed 33 bytes (0x02/0x03) or uncompressed 65 bytes (0x04) (5); r or s equal to zero or
 *   >= n, or a pubkey that does not decode to a curve point, is a generic error (10). High-S
 *   signatures are accepted by verify (upstream normalizes S first). The hash is reduced mod n.
 * - ECDSA recovery: secp256k1 accepts recovery params 0 and 1 only, secp256r1 0..=3; anything
 *   else is 6. A failing recovery (r is not an x coordinate, r+n overflows the field, result is
 *   the identity) is 10. The result is the 65-byte uncompressed key.
 * - ed25519: ZIP-215 rules (ed25519-zebra): non-canonical point encodings of A and R accepted,
 *   small-order points accepted, S must be canonical (< L), cofactored equation. Signature must
 *   be 64 bytes (4), pubkey 32 bytes (5); undecodable points just make the signature invalid (1).
 * - BLS12-381: points are Zcash-format compressed encodings (48 / 96 bytes), checked for being
 *   on the curve and in the prime-order subgroup (8). Hash-to-curve is RFC 9380
 *   `BLS12381G{1,2}_XMD:SHA-256_SSWU_RO_` with a caller-supplied DST.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { p256 } from '@noble/curves/nist.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concat } from '../../bytes/bytes.js';

/** Numeric codes returned to contracts (cosmwasm-crypto `CryptoError::code()` + 0/1 results). */
export const CryptoCode = {
  /** valid signature / equal pairing / success */
  Ok: 0,
  /** invalid signature / pairing not equal */
  Invalid: 1,
  InvalidHashFormat: 3,
  InvalidSignatureFormat: 4,
  InvalidPubkeyFormat: 5,
  InvalidRecoveryParam: 6,
  BatchErr: 7,
  InvalidPoint: 8,
  UnknownHashFunction: 9,
  GenericErr: 10,
  PairingNotMultipleG1: 11,
  PairingNotMultipleG2: 12,
  PairingUnequalPointAmount: 13,
  AggregationEmpty: 14,
  AggregationNotMultiple: 15,
} as const;
export type CryptoCodeValue = (typeof CryptoCode)[keyof typeof CryptoCode];

export const BLS12_381_G1_POINT_LEN = 48;
export const BLS12_381_G2_POINT_LEN = 96;
/** The only hash function known to `bls12_381_hash_to_g{1,2}` (0 = SHA-256). */
export const BLS12_381_HASH_FUNCTION_SHA256 = 0;

const MESSAGE_HASH_LEN = 32;
const ECDSA_SIGNATURE_LEN = 64;
const ECDSA_COMPRESSED_PUBKEY_LEN = 33;
const ECDSA_UNCOMPRESSED_PUBKEY_LEN = 65;
const ED25519_SIGNATURE_LEN = 64;
const ED25519_PUBKEY_LEN = 32;

// ---------------------------------------------------------------------------------------------
// helpers

function beToBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

// ---------------------------------------------------------------------------------------------
// ECDSA (secp256k1 / secp256r1)

type EcdsaCurve = typeof secp256k1;

function ecdsaPubkeyFormatOk(pubkey: Uint8Array): boolean {
  switch (pubkey[0]) {
    case 0x02:
    case 0x03:
      return pubkey.length === ECDSA_COMPRESSED_PUBKEY_LEN;
    case 0x04:
      return pubkey.length === ECDSA_UNCOMPRESSED_PUBKEY_LEN;
    default:
      return false; // includes the empty input, 0x00 (identity) and hybrid 0x06/0x07
  }
}

/** r and s must both be in 1..n-1 (upstream: `Signature::from_bytes` failure => generic error). */
function ecdsaScalarsOk(curve: EcdsaCurve, signature: Uint8Array): boolean {
  const n = curve.Point.Fn.ORDER;
  const r = beToBigInt(signature.subarray(0, 32));
  const s = beToBigInt(signature.subarray(32, 64));
  return r > 0n && r < n && s > 0n && s < n;
}

function ecdsaVerify(
  curve: EcdsaCurve,
  hash: Uint8Array,
  signature: Uint8Array,
  pubkey: Uint8Array,
): number {
  if (hash.length !== MESSAGE_HASH_LEN) return CryptoCode.InvalidHashFormat;
  if (signature.length !== ECDSA_SIGNATURE_LEN) return CryptoCode.InvalidSignatureFormat;
  if (!ecdsaPubkeyFormatOk(pubkey)) return CryptoCode.InvalidPubkeyFormat;
  if (!ecdsaScalarsOk(curve, signature)) return CryptoCode.GenericErr;
  try {
    // Rejects coordinates >= p and points that are not on the curve (k256/p256
    // `VerifyingKey::from_sec1_bytes` failure => generic error upstream).
    curve.Point.fromBytes(pubkey);
  } catch {
    return CryptoCode.GenericErr;
  }
  try {
    // prehash: false — the contract passes the digest; it is reduced mod n (bits2field).
    // lowS: false — upstream normalizes high-S before verifying, i.e. accepts both forms;
    // verifying (r, s) and (r, n-s) are mathematically equivalent.
    const ok = curve.verify(signature, hash, pubkey, {
      prehash: false,
      lowS: false,
      format: 'compact',
    });
    return ok ? CryptoCode.Ok : CryptoCode.Invalid;
  } catch {
    return CryptoCode.Invalid;
  }
}

/**
 * The VM receives `recovery_param` as a u32 and returns code 6 for values that do not fit a u8
 * *before* looking at the hash or signature. We fold that check in here: any value that is not
 * an integer in 0..=255 yields 6 first. (Negative numbers are treated like the u32 they would be.)
 */
function recoveryParamFitsU8(recoveryParam: number): boolean {
  return Number.isInteger(recoveryParam) && recoveryParam >= 0 && recoveryParam <= 255;
}

function ecdsaRecover(
  curve: EcdsaCurve,
  hash: Uint8Array,
  signature: Uint8Array,
  recoveryParam: number,
  maxRecoveryParam: number,
): Uint8Array | number {
  if (!recoveryParamFitsU8(recoveryParam)) return CryptoCode.InvalidRecoveryParam;
  if (hash.length !== MESSAGE_HASH_LEN) return CryptoCode.InvalidHashFormat;
  if (signature.length !== ECDSA_SIGNATURE_LEN) return CryptoCode.InvalidSignatureFormat;
  if (recoveryParam > maxRecoveryParam) return CryptoCode.InvalidRecoveryParam;
  if (!ecdsaScalarsOk(curve, signature)) return CryptoCode.GenericErr;
  try {
    // Upstream (secp256k1) normalizes a high S to n-S and flips the y parity of R before
    // recovering; that yields the same key as recovering with (r, s, id) directly, because
    // (n-s)·(-R) = s·R. secp256r1 recovers without normalization. Both are what we do here.
    const sig = curve.Signature.fromBytes(signature, 'compact').addRecoveryBit(recoveryParam);
    const point = sig.recoverPublicKey(hash); // throws for invalid R / identity result
    return point.toBytes(false);
  } catch {
    return CryptoCode.GenericErr;
  }
}

/** `secp256k1_verify`: 0 valid, 1 invalid, else 3/4/5/10. Accepts high-S signatures. */
export function secp256k1Verify(hash: Uint8Array, signature: Uint8Array, pubkey: Uint8Array): number {
  return ecdsaVerify(secp256k1, hash, signature, pubkey);
}

/**
 * `secp256k1_recover_pubkey`: 65-byte uncompressed pubkey, or 3/4/6/10.
 * Only recovery params 0 and 1 are supported (like Ethereum); 2, 3 and everything else give 6.
 */
export function secp256k1RecoverPubkey(
  hash: Uint8Array,
  signature: Uint8Array,
  recoveryParam: number,
): Uint8Array | number {
  return ecdsaRecover(secp256k1, hash, signature, recoveryParam, 1);
}

/** `secp256r1_verify`: 0 valid, 1 invalid, else 3/4/5/10. Accepts high-S signatures. */
export function secp256r1Verify(hash: Uint8Array, signature: Uint8Array, pubkey: Uint8Array): number {
  return ecdsaVerify(p256 as EcdsaCurve, hash, signature, pubkey);
}

/** `secp256r1_recover_pubkey`: 65-byte uncompressed pubkey, or 3/4/6/10. Recovery params 0..=3. */
export function secp256r1RecoverPubkey(
  hash: Uint8Array,
  signature: Uint8Array,
  recoveryParam: number,
): Uint8Array | number {
  return ecdsaRecover(p256 as EcdsaCurve, hash, signature, recoveryParam, 3);
}

// ---------------------------------------------------------------------------------------------
// ed25519

/** Single ZIP-215 verification of well-sized inputs. */
function ed25519VerifyRaw(message: Uint8Array, signature: Uint8Array, pubkey: Uint8Array): boolean {
  try {
    // zip215: true gives ed25519-zebra semantics: A and R may use non-canonical y (>= p) and
    // x = 0 with the sign bit set; small-order A is accepted; S must be < L; the challenge
    // hash uses the original encodings; the cofactored equation [8]SB = [8]R + [8]kA is used.
    return ed25519.verify(signature, message, pubkey, { zip215: true });
  } catch {
    return false;
  }
}

/** `ed25519_verify`: 0 valid, 1 invalid, 4 bad signature length, 5 bad pubkey length. */
export function ed25519Verify(message: Uint8Array, signature: Uint8Array, pubkey: Uint8Array): number {
  if (signature.length !== ED25519_SIGNATURE_LEN) return CryptoCode.InvalidSignatureFormat;
  if (pubkey.length !== ED25519_PUBKEY_LEN) return CryptoCode.InvalidPubkeyFormat;
  return ed25519VerifyRaw(message, signature, pubkey) ? CryptoCode.Ok : CryptoCode.Invalid;
}

/**
 * `ed25519_batch_verify`. Shapes (checked in this order):
 * - equal numbers of messages, signatures and pubkeys;
 * - one message and equal numbers of signatures and pubkeys (message reused);
 * - one pubkey and equal numbers of messages and signatures (pubkey reused);
 * anything else is 7. Empty batches (incl. one msg + zero sigs/pubkeys, one pubkey + zero
 * msgs/sigs) are valid. Every item is length-checked (signature first, then pubkey, in item
 * order) before any verification, so a format error wins over an invalid signature.
 *
 * Difference from upstream (not observable in practice): ed25519-zebra verifies the batch with
 * random linear combinations, which equals "all signatures valid" except with negligible
 * probability; we verify each signature individually (deterministic, same ZIP-215 rules).
 */
export function ed25519BatchVerify(
  messages: Uint8Array[],
  signatures: Uint8Array[],
  pubkeys: Uint8Array[],
): number {
  const nMsg = messages.length;
  const nSig = signatures.length;
  const nKey = pubkeys.length;
  let msgAt: (i: number) => Uint8Array;
  let keyAt: (i: number) => Uint8Array;
  if (nMsg === nSig && nMsg === nKey) {
    msgAt = (i) => messages[i]!;
    keyAt = (i) => pubkeys[i]!;
  } else if (nMsg === 1 && nSig === nKey) {
    msgAt = () => messages[0]!;
    keyAt = (i) => pubkeys[i]!;
  } else if (nKey === 1 && nMsg === nSig) {
    msgAt = (i) => messages[i]!;
    keyAt = () => pubkeys[0]!;
  } else {
    return CryptoCode.BatchErr;
  }
  for (let i = 0; i < nSig; i++) {
    if (signatures[i]!.length !== ED25519_SIGNATURE_LEN) return CryptoCode.InvalidSignatureFormat;
    if (keyAt(i).length !== ED25519_PUBKEY_LEN) return CryptoCode.InvalidPubkeyFormat;
  }
  for (let i = 0; i < nSig; i++) {
    if (!ed25519VerifyRaw(msgAt(i), signatures[i]!, keyAt(i))) return CryptoCode.Invalid;
  }
  return CryptoCode.Ok;
}

// ---------------------------------------------------------------------------------------------
// BLS12-381

const G1 = bls12_381.G1.Point;
const G2 = bls12_381.G2.Point;
type G1Point = InstanceType<typeof G1>;
type G2Point = InstanceType<typeof G2>;
const Fp12 = bls12_381.fields.Fp12;

/**
 * Decodes a compressed G1 point like arkworks' `G1Affine::deserialize_compressed` (with
 * validation): compression flag required, infinity only as 0xc0 00.., no sort flag with
 * infinity, x < p, on curve, in the prime-order subgroup. Returns null when invalid.
 */
function decodeG1(bytes: Uint8Array): G1Point | null {
  if (bytes.length !== BLS12_381_G1_POINT_LEN) return null;
  try {
    return G1.fromBytes(bytes); // fromBytes runs assertValidity (curve + subgroup check)
  } catch {
    return null;
  }
}

/**
 * Compressed encoding. An identity produced by arithmetic (e.g. P + (-P)) is not always accepted
 * by noble's `toBytes`, so the identity is encoded explicitly (arkworks: 0xc0 followed by zeros).
 */
function encodeG1(p: G1Point): Uint8Array {
  return p.is0() ? G1.ZERO.toBytes(true) : p.toBytes(true);
}

function encodeG2(p: G2Point): Uint8Array {
  return p.is0() ? G2.ZERO.toBytes(true) : p.toBytes(true);
}

function decodeG2(bytes: Uint8Array): G2Point | null {
  if (bytes.length !== BLS12_381_G2_POINT_LEN) return null;
  try {
    return G2.fromBytes(bytes);
  } catch {
    return null;
  }
}

/** `bls12_381_aggregate_g1`: sum of concatenated 48-byte points, or 14 (empty), 15, 8. */
export function bls12381AggregateG1(points: Uint8Array): Uint8Array | number {
  if (points.length === 0) return CryptoCode.AggregationEmpty;
  if (points.length % BLS12_381_G1_POINT_LEN !== 0) return CryptoCode.AggregationNotMultiple;
  let sum = G1.ZERO;
  for (let off = 0; off < points.length; off += BLS12_381_G1_POINT_LEN) {
    const p = decodeG1(points.subarray(off, off + BLS12_381_G1_POINT_LEN));
    if (p === null) return CryptoCode.InvalidPoint;
    sum = sum.add(p);
  }
  return encodeG1(sum);
}

/** `bls12_381_aggregate_g2`: sum of concatenated 96-byte points, or 14 (empty), 15, 8. */
export function bls12381AggregateG2(points: Uint8Array): Uint8Array | number {
  if (points.length === 0) return CryptoCode.AggregationEmpty;
  if (points.length % BLS12_381_G2_POINT_LEN !== 0) return CryptoCode.AggregationNotMultiple;
  let sum = G2.ZERO;
  for (let off = 0; off < points.length; off += BLS12_381_G2_POINT_LEN) {
    const p = decodeG2(points.subarray(off, off + BLS12_381_G2_POINT_LEN));
    if (p === null) return CryptoCode.InvalidPoint;
    sum = sum.add(p);
  }
  return encodeG2(sum);
}

/**
 * `bls12_381_pairing_equality`: checks e(p1,q1)·…·e(pn,qn) == e(r,s).
 * 0 equal, 1 not equal; 11/12 when ps/qs are not multiples of 48/96 bytes, 13 when the point
 * counts differ, 8 for any undecodable point (including r/s of the wrong length).
 * Empty ps/qs are allowed: then the check is e(r, s) == 1.
 */
export function bls12381PairingEquality(
  ps: Uint8Array,
  qs: Uint8Array,
  r: Uint8Array,
  s: Uint8Array,
): number {
  if (ps.length % BLS12_381_G1_POINT_LEN !== 0) return CryptoCode.PairingNotMultipleG1;
  if (qs.length % BLS12_381_G2_POINT_LEN !== 0) return CryptoCode.PairingNotMultipleG2;
  const n = ps.length / BLS12_381_G1_POINT_LEN;
  if (n !== qs.length / BLS12_381_G2_POINT_LEN) return CryptoCode.PairingUnequalPointAmount;

  const pairs: { g1: G1Point; g2: G2Point }[] = [];
  const push = (g1: G1Point, g2: G2Point) => {
    // e(O, Q) = e(P, O) = 1: such terms are neutral. noble refuses identity inputs, so drop them.
    if (!g1.is0() && !g2.is0()) pairs.push({ g1, g2 });
  };
  for (let i = 0; i < n; i++) {
    const p = decodeG1(ps.subarray(i * BLS12_381_G1_POINT_LEN, (i + 1) * BLS12_381_G1_POINT_LEN));
    if (p === null) return CryptoCode.InvalidPoint;
    const q = decodeG2(qs.subarray(i * BLS12_381_G2_POINT_LEN, (i + 1) * BLS12_381_G2_POINT_LEN));
    if (q === null) return CryptoCode.InvalidPoint;
    push(p, q);
  }
  const rp = decodeG1(r);
  if (rp === null) return CryptoCode.InvalidPoint;
  const sp = decodeG2(s);
  if (sp === null) return CryptoCode.InvalidPoint;
  push(rp.negate(), sp);

  try {
    const gt = bls12_381.pairingBatch(pairs); // empty list => GT identity
    return Fp12.eql(gt, Fp12.ONE) ? CryptoCode.Ok : CryptoCode.Invalid;
  } catch {
    // Unreachable for validated points; keep the "never throw" contract.
    return CryptoCode.GenericErr;
  }
}

// hash-to-curve ------------------------------------------------------------------------------

const EMPTY = new Uint8Array(0);
const SHA256_OUT = 32;
const SHA256_BLOCK = 64;
/** L = ceil((ceil(log2(p)) + k) / 8) with k = 128 for BLS12-381 (RFC 9380 §8.8). */
const H2F_L = 64;
const OVERSIZE_DST_PREFIX = new TextEncoder().encode('H2C-OVERSIZE-DST-');

/**
 * RFC 9380 §5.3.1 expand_message_xmd with SHA-256, including the §5.3.3 rule for DSTs longer than
 * 255 bytes. Unlike noble's helper this accepts an empty DST, as arkworks (upstream) does.
 */
function expandMessageXmd(msg: Uint8Array, dst: Uint8Array, lenInBytes: number): Uint8Array {
  const d = dst.length > 255 ? sha256(concat(OVERSIZE_DST_PREFIX, dst)) : dst;
  const dstPrime = concat(d, Uint8Array.of(d.length));
  const ell = Math.ceil(lenInBytes / SHA256_OUT);
  const b0 = sha256(
    concat(new Uint8Array(SHA256_BLOCK), msg, Uint8Array.of(lenInBytes >> 8, lenInBytes & 0xff, 0), dstPrime),
  );
  const out = new Uint8Array(ell * SHA256_OUT);
  let prev = sha256(concat(b0, Uint8Array.of(1), dstPrime));
  out.set(prev, 0);
  for (let i = 2; i <= ell; i++) {
    const x = new Uint8Array(SHA256_OUT);
    for (let j = 0; j < SHA256_OUT; j++) x[j] = b0[j]! ^ prev[j]!;
    prev = sha256(concat(x, Uint8Array.of(i), dstPrime));
    out.set(prev, (i - 1) * SHA256_OUT);
  }
  return out.subarray(0, lenInBytes);
}

/** RFC 9380 §5.2 hash_to_field for BLS12-381 Fp^m, count = 2. */
function hashToFieldBls(msg: Uint8Array, dst: Uint8Array, m: number): bigint[][] {
  const p = bls12_381.fields.Fp.ORDER;
  const bytes = expandMessageXmd(msg, dst, 2 * m * H2F_L);
  const u: bigint[][] = [];
  for (let i = 0; i < 2; i++) {
    const e: bigint[] = [];
    for (let j = 0; j < m; j++) {
      const off = H2F_L * (j + i * m);
      e.push(beToBigInt(bytes.subarray(off, off + H2F_L)) % p);
    }
    u.push(e);
  }
  return u;
}

/**
 * noble's `mapToCurve` as implemented at runtime: map one field element (a bigint for G1,
 * [c0, c1] for G2) to the curve and clear the cofactor. Its declared type is narrower
 * (returns affine coordinates), hence this local signature. Cofactor clearing is a group
 * homomorphism, so clear(map(u0)) + clear(map(u1)) == clear(map(u0) + map(u1)) = hash_to_curve.
 */
type RuntimeMapToCurve<P> = (scalars: bigint | bigint[]) => P;

/**
 * hash_to_curve with our own expand_message_xmd (used for the empty DST, which noble rejects).
 * Exported for tests only.
 */
export function _hashToG1ViaMap(msg: Uint8Array, dst: Uint8Array): Uint8Array {
  const map = bls12_381.G1.mapToCurve as unknown as RuntimeMapToCurve<G1Point>;
  const u = hashToFieldBls(msg, dst, 1);
  return encodeG1(map(u[0]![0]!).add(map(u[1]![0]!)));
}

/** See {@link _hashToG1ViaMap}. Exported for tests only. */
export function _hashToG2ViaMap(msg: Uint8Array, dst: Uint8Array): Uint8Array {
  const map = bls12_381.G2.mapToCurve as unknown as RuntimeMapToCurve<G2Point>;
  const u = hashToFieldBls(msg, dst, 2);
  return encodeG2(map(u[0]!).add(map(u[1]!)));
}

/**
 * `bls12_381_hash_to_g1`: 48-byte compressed point, or 9 for an unknown hash function
 * (only 0 = SHA-256 is known). Any msg / dst is accepted (DST > 255 bytes is pre-hashed).
 */
export function bls12381HashToG1(hashFunction: number, msg: Uint8Array, dst: Uint8Array): Uint8Array | number {
  if (hashFunction !== BLS12_381_HASH_FUNCTION_SHA256) return CryptoCode.UnknownHashFunction;
  try {
    if (dst.length === 0) return _hashToG1ViaMap(msg, EMPTY);
    return encodeG1(bls12_381.G1.hashToCurve(msg, { DST: dst }));
  } catch {
    return CryptoCode.GenericErr; // unreachable: hash-to-curve is total
  }
}

/** `bls12_381_hash_to_g2`: 96-byte compressed point, or 9 for an unknown hash function. */
export function bls12381HashToG2(hashFunction: number, msg: Uint8Array, dst: Uint8Array): Uint8Array | number {
  if (hashFunction !== BLS12_381_HASH_FUNCTION_SHA256) return CryptoCode.UnknownHashFunction;
  try {
    if (dst.length === 0) return _hashToG2ViaMap(msg, EMPTY);
    return encodeG2(bls12_381.G2.hashToCurve(msg, { DST: dst }));
  } catch {
    return CryptoCode.GenericErr; // unreachable: hash-to-curve is total
  }
}
