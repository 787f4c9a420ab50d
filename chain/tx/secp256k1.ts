/**
 * The `noble` backend of `secp256k1-backend.ts`, the fallback when neither libsecp256k1 build loads.
 * Cosmos secp256k1 signature verification (64-byte r||s over a sha256 digest, low-S only): the
 * ECDSA check noble's `verify` makes, computed with noble's own point and field types so that what
 * repeats from one tx to the next is kept.
 *
 * noble's `verify` decodes the key and recomputes small wNAF tables for G and P on every call.
 * Here R = u1·G + u2·P is the sum of two separate multiplications, with the same complete point
 * formulas:
 *  - u1·G uses a fixed-window table of G (built once per process, window 8: 33 additions);
 *  - u2·P uses noble's endomorphism-split wNAF for a key seen for the first time, and a per-key
 *    fixed-window table (window 4: 65 additions, no doublings) once the key signs again;
 *  - x(R) is compared in projective coordinates, which saves the inversion of `toAffine`.
 * Accept or reject is the same as noble's for every input; verify.test.ts checks it on valid,
 * tampered, high-S, wrong-key and malformed inputs, on both paths and through cache evictions.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';

type SecpPoint = InstanceType<typeof secp256k1.Point>;

const Point = secp256k1.Point;
const Fn = Point.Fn;
const Fp = Point.Fp;

const KEY_TABLE_WINDOW = 4;
const G_TABLE_WINDOW = 8;
/**
 * A key table costs about as much to build as it saves over this many verifications (building
 * one ≈ 4 plain verifications; a verification with it saves about half of one).
 */
const TABLE_COST = 8;

export interface VerifierLimits {
  /** Decoded keys kept (plain points, ~200 bytes each). */
  keys: number;
  /** Keys holding a window table at once (~76 KB each). */
  tables: number;
  /**
   * Tables are paid for out of a credit that verifications with a table earn, so a rotation of
   * more repeating signers than `tables` cannot make verification slower than it is without
   * tables by more than this one-off allowance (in tables).
   */
  tableCredit: number;
}

interface KeyEntry {
  point: SecpPoint;
  uses: number;
  table: boolean;
}

let gTable: SecpPoint | undefined;

/** G as its own point object, so its larger table leaves noble's BASE (used for signing) alone. */
function generator(): SecpPoint {
  // Lazy: the table noble builds on the first multiplyUnsafe is the unblinded one used here (an
  // eager precompute would build the wider blinded table of the constant-time path instead).
  gTable ??= new Point(Point.BASE.X, Point.BASE.Y, Point.BASE.Z).precompute(G_TABLE_WINDOW);
  return gTable;
}

export class Secp256k1Verifier {
  /** Insertion-ordered and refreshed on use: the first entry is the least recently used. */
  private readonly keys = new Map<string, KeyEntry>();
  private readonly tables = new Map<string, KeyEntry>();
  private readonly maxCredit: number;
  private credit: number;

  constructor(private readonly limits: VerifierLimits = { keys: 4096, tables: 256, tableCredit: 64 }) {
    this.maxCredit = limits.tableCredit * TABLE_COST;
    this.credit = this.maxCredit;
  }

  verify(sig: Uint8Array, digest: Uint8Array, pubKey: Uint8Array): boolean {
    if (sig.length !== 64 || digest.length !== 32) return false;
    try {
      const parsed = secp256k1.Signature.fromBytes(sig, 'compact');
      if (parsed.hasHighS()) return false;
      const e = this.entry(pubKey);
      if (e === undefined) return false;
      const { r, s } = parsed;
      const h = Fn.create(bytesToBigInt(digest));
      const is = Fn.inv(s);
      const R = generator().multiplyUnsafe(Fn.create(h * is)).add(e.point.multiplyUnsafe(Fn.create(r * is)));
      if (e.table) this.credit = Math.min(this.credit + 1, this.maxCredit);
      if (R.is0()) return false;
      // x(R) mod n = r, without converting R to affine (an inversion): x(R) = X/Z is r or r + n
      // (x < p < 2n), so compare X with r·Z and, when r + n < p, with (r + n)·Z.
      if (Fp.eql(R.X, Fp.mul(r, R.Z))) return true;
      const rn = r + Fn.ORDER;
      return rn < Fp.ORDER && Fp.eql(R.X, Fp.mul(rn, R.Z));
    } catch {
      return false;
    }
  }

  stats(): { keys: number; tables: number } {
    return { keys: this.keys.size, tables: this.tables.size };
  }

  /** The decoded key (undefined for the identity; throws for bytes that are no point), with a table once it repeats. */
  private entry(pubKey: Uint8Array): KeyEntry | undefined {
    const k = Buffer.from(pubKey.buffer, pubKey.byteOffset, pubKey.byteLength).toString('latin1');
    let e = this.keys.get(k);
    if (e === undefined) {
      const point = Point.fromBytes(pubKey);
      if (point.is0()) return undefined;
      e = { point, uses: 0, table: false };
      if (this.keys.size >= this.limits.keys) this.evictKey();
    } else this.keys.delete(k);
    this.keys.set(k, e);
    e.uses++;
    if (e.table) {
      this.tables.delete(k);
      this.tables.set(k, e);
    } else if (e.uses >= 2 && this.limits.tables > 0 && this.credit >= TABLE_COST) {
      if (this.tables.size >= this.limits.tables) this.dropTable(this.tables.keys().next().value!);
      this.credit -= TABLE_COST;
      // Built by noble on this point's next multiplyUnsafe.
      e.point.precompute(KEY_TABLE_WINDOW);
      e.table = true;
      this.tables.set(k, e);
    }
    return e;
  }

  private evictKey(): void {
    const k = this.keys.keys().next().value!;
    this.tables.delete(k);
    this.keys.delete(k);
  }

  private dropTable(k: string): void {
    const e = this.tables.get(k)!;
    this.tables.delete(k);
    // A new point object: noble keys its tables by point identity.
    e.point = new Point(e.point.X, e.point.Y, e.point.Z);
    e.table = false;
  }
}

function bytesToBigInt(b: Uint8Array): bigint {
  return BigInt('0x' + Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex'));
}
