/**
 * Uint128: an unsigned 128-bit integer on two u64 limbs, with the semantics of cosmwasm-std's
 * `Uint128`: checked operations return `null`/an error, the operators `+ - *  /` panic on
 * overflow with Rust's texts, JSON is a decimal string, parsing is strict.
 */
import { JsonReader } from "../json/reader";
import { JsonWriter } from "../json/writer";
import { Result, ok, err, overflowErr, divideByZeroErr } from "../result";
import { mulWide, mulHi, parseDecimalLimbs, formatDecimalLimbs, divSmallInPlace } from "./limbs";

const scratch2 = new StaticArray<u64>(2);

export class Uint128 {
  constructor(
    public lo: u64 = 0,
    public hi: u64 = 0,
  ) {}

  static zero(): Uint128 {
    return new Uint128(0, 0);
  }
  static one(): Uint128 {
    return new Uint128(1, 0);
  }
  static max(): Uint128 {
    return new Uint128(u64.MAX_VALUE, u64.MAX_VALUE);
  }
  static fromU64(n: u64): Uint128 {
    return new Uint128(n, 0);
  }

  /** Parses a decimal string; the error is Rust's ParseIntError text. */
  static parse(s: string): Result<Uint128> {
    const bytes = String.UTF8.encode(s);
    return Uint128.parseBytes(changetype<usize>(bytes), bytes.byteLength);
  }

  static parseBytes(ptr: usize, len: i32): Result<Uint128> {
    const e = parseDecimalLimbs(ptr, len, scratch2);
    if (e !== null) return err<Uint128>(e);
    return ok(new Uint128(unchecked(scratch2[0]), unchecked(scratch2[1])));
  }

  /** Parses a decimal string and panics on error (for constants). */
  static from(s: string): Uint128 {
    const r = Uint128.parse(s);
    if (r.isErr) throw new Error("invalid Uint128 '" + s + "' - " + <string>r.error);
    return r.value;
  }

  /** JSON: a decimal string. Errors like cosmwasm-std: `invalid Uint128 '5x' - invalid digit found in string`. */
  static readJson(r: JsonReader): Uint128 {
    if (!r.readStringRaw()) return Uint128.zero();
    const res = Uint128.parseBytes(r.strPtr, r.strLen);
    if (res.isErr) {
      r.fail("invalid Uint128 '" + String.UTF8.decodeUnsafe(r.strPtr, <usize>r.strLen) + "' - " + <string>res.error);
      return Uint128.zero();
    }
    return res.value;
  }

  writeJson(w: JsonWriter): void {
    w.stringAscii(this.toString());
  }

  toString(): string {
    if (this.hi == 0) return this.lo.toString();
    unchecked((scratch2[0] = this.lo));
    unchecked((scratch2[1] = this.hi));
    return formatDecimalLimbs(scratch2);
  }

  clone(): Uint128 {
    return new Uint128(this.lo, this.hi);
  }

  @inline isZero(): bool {
    return (this.lo | this.hi) == 0;
  }
  /** True if the value fits in a u64. */
  @inline fitsU64(): bool {
    return this.hi == 0;
  }
  /** The value as u64; panics if it does not fit. */
  toU64(): u64 {
    if (this.hi != 0) throw new Error("Uint128 does not fit in u64");
    return this.lo;
  }

  eq(o: Uint128): bool {
    return this.lo == o.lo && this.hi == o.hi;
  }
  /** -1, 0 or 1. */
  cmp(o: Uint128): i32 {
    if (this.hi != o.hi) return this.hi < o.hi ? -1 : 1;
    if (this.lo != o.lo) return this.lo < o.lo ? -1 : 1;
    return 0;
  }
  lt(o: Uint128): bool {
    return this.cmp(o) < 0;
  }
  le(o: Uint128): bool {
    return this.cmp(o) <= 0;
  }
  gt(o: Uint128): bool {
    return this.cmp(o) > 0;
  }
  ge(o: Uint128): bool {
    return this.cmp(o) >= 0;
  }

  // ------------------------------------------------------------ checked arithmetic (null on overflow)

  checkedAdd(o: Uint128): Uint128 | null {
    const lo = this.lo + o.lo;
    const carry: u64 = lo < this.lo ? 1 : 0;
    const hi1 = this.hi + o.hi;
    if (hi1 < this.hi) return null;
    const hi = hi1 + carry;
    if (hi < hi1) return null;
    return new Uint128(lo, hi);
  }

  checkedSub(o: Uint128): Uint128 | null {
    if (this.lt(o)) return null;
    const lo = this.lo - o.lo;
    const borrow: u64 = this.lo < o.lo ? 1 : 0;
    return new Uint128(lo, this.hi - o.hi - borrow);
  }

  checkedMul(o: Uint128): Uint128 | null {
    if (this.hi != 0 && o.hi != 0) return null;
    const lo = mulWide(this.lo, o.lo);
    let hi = mulHi;
    // cross terms: this.hi * o.lo + this.lo * o.hi (one of them is zero)
    let cross: u64;
    if (this.hi != 0) {
      cross = mulWide(this.hi, o.lo);
      if (mulHi != 0) return null;
    } else {
      cross = mulWide(this.lo, o.hi);
      if (mulHi != 0) return null;
    }
    const h = hi + cross;
    if (h < hi) return null;
    hi = h;
    return new Uint128(lo, hi);
  }

  checkedDiv(o: Uint128): Uint128 | null {
    if (o.isZero()) return null;
    return this.divRem(o, false);
  }

  checkedRem(o: Uint128): Uint128 | null {
    if (o.isZero()) return null;
    return this.divRem(o, true);
  }

  /** Unsigned long division; returns quotient or remainder. `o` must not be zero. */
  private divRem(o: Uint128, wantRem: bool): Uint128 {
    if (this.hi == 0 && o.hi == 0) {
      return wantRem ? new Uint128(this.lo % o.lo, 0) : new Uint128(this.lo / o.lo, 0);
    }
    if (o.hi == 0 && o.lo <= 0xffffffff) {
      unchecked((scratch2[0] = this.lo));
      unchecked((scratch2[1] = this.hi));
      const r = divSmallInPlace(scratch2, <u32>o.lo);
      return wantRem ? new Uint128(<u64>r, 0) : new Uint128(unchecked(scratch2[0]), unchecked(scratch2[1]));
    }
    if (this.lt(o)) return wantRem ? this.clone() : Uint128.zero();
    // shift-subtract
    let qlo: u64 = 0,
      qhi: u64 = 0,
      rlo: u64 = 0,
      rhi: u64 = 0;
    for (let i = 127; i >= 0; i--) {
      // r <<= 1 | bit i
      rhi = (rhi << 1) | (rlo >> 63);
      const bit = i >= 64 ? (this.hi >> <u64>(i - 64)) & 1 : (this.lo >> <u64>i) & 1;
      rlo = (rlo << 1) | bit;
      // if r >= o: r -= o, set q bit
      if (rhi > o.hi || (rhi == o.hi && rlo >= o.lo)) {
        const borrow: u64 = rlo < o.lo ? 1 : 0;
        rlo -= o.lo;
        rhi = rhi - o.hi - borrow;
        if (i >= 64) qhi |= (<u64>1) << <u64>(i - 64);
        else qlo |= (<u64>1) << <u64>i;
      }
    }
    return wantRem ? new Uint128(rlo, rhi) : new Uint128(qlo, qhi);
  }

  checkedPow(exp: u32): Uint128 | null {
    let result = Uint128.one();
    let base = this.clone();
    let e = exp;
    while (e > 0) {
      if (e & 1) {
        const r = result.checkedMul(base);
        if (r === null) return null;
        result = r;
      }
      e >>= 1;
      if (e > 0) {
        const b = base.checkedMul(base);
        if (b === null) return null;
        base = b;
      }
    }
    return result;
  }

  // ------------------------------------------------------------ Result variants with StdError texts

  /** `Overflow: Cannot Add with a and b` on overflow. */
  tryAdd(o: Uint128): Result<Uint128> {
    const r = this.checkedAdd(o);
    if (r === null) return err<Uint128>(overflowErr("Add", this.toString(), o.toString()));
    return ok(r!);
  }
  /** `Overflow: Cannot Sub with a and b` on underflow (cw20's "insufficient funds" error). */
  trySub(o: Uint128): Result<Uint128> {
    const r = this.checkedSub(o);
    if (r === null) return err<Uint128>(overflowErr("Sub", this.toString(), o.toString()));
    return ok(r!);
  }
  tryMul(o: Uint128): Result<Uint128> {
    const r = this.checkedMul(o);
    if (r === null) return err<Uint128>(overflowErr("Mul", this.toString(), o.toString()));
    return ok(r!);
  }
  tryDiv(o: Uint128): Result<Uint128> {
    const r = this.checkedDiv(o);
    if (r === null) return err<Uint128>(divideByZeroErr(this.toString()));
    return ok(r!);
  }

  // ------------------------------------------------------------ saturating

  saturatingAdd(o: Uint128): Uint128 {
    const r = this.checkedAdd(o);
    return r === null ? Uint128.max() : r;
  }
  saturatingSub(o: Uint128): Uint128 {
    const r = this.checkedSub(o);
    return r === null ? Uint128.zero() : r;
  }
  saturatingMul(o: Uint128): Uint128 {
    const r = this.checkedMul(o);
    return r === null ? Uint128.max() : r;
  }

  /** `self * numerator / denominator` with a 256-bit intermediate; panics like Rust's multiply_ratio. */
  multiplyRatio(numerator: Uint128, denominator: Uint128): Uint128 {
    const r = this.checkedMultiplyRatio(numerator, denominator);
    if (r === null) {
      if (denominator.isZero()) throw new Error("Denominator must not be zero");
      throw new Error("Multiplication overflow");
    }
    return r;
  }

  /** null if the denominator is zero or the result does not fit. */
  checkedMultiplyRatio(numerator: Uint128, denominator: Uint128): Uint128 | null {
    if (denominator.isZero()) return null;
    const prod = mul128to256(this, numerator);
    return div256by128(prod, denominator);
  }

  // ------------------------------------------------------------ panicking operators

  @operator("+") static __add(a: Uint128, b: Uint128): Uint128 {
    const r = a.checkedAdd(b);
    if (r === null) throw new Error("attempt to add with overflow");
    return r;
  }
  @operator("-") static __sub(a: Uint128, b: Uint128): Uint128 {
    const r = a.checkedSub(b);
    if (r === null) throw new Error("attempt to subtract with overflow");
    return r;
  }
  @operator("*") static __mul(a: Uint128, b: Uint128): Uint128 {
    const r = a.checkedMul(b);
    if (r === null) throw new Error("attempt to multiply with overflow");
    return r;
  }
  @operator("/") static __div(a: Uint128, b: Uint128): Uint128 {
    const r = a.checkedDiv(b);
    if (r === null) throw new Error("attempt to divide by zero");
    return r;
  }
  @operator("%") static __rem(a: Uint128, b: Uint128): Uint128 {
    const r = a.checkedRem(b);
    if (r === null) throw new Error("attempt to calculate the remainder with a divisor of zero");
    return r;
  }
  @operator("<") static __lt(a: Uint128, b: Uint128): bool {
    return a.cmp(b) < 0;
  }
  @operator("<=") static __le(a: Uint128, b: Uint128): bool {
    return a.cmp(b) <= 0;
  }
  @operator(">") static __gt(a: Uint128, b: Uint128): bool {
    return a.cmp(b) > 0;
  }
  @operator(">=") static __ge(a: Uint128, b: Uint128): bool {
    return a.cmp(b) >= 0;
  }
}

// ------------------------------------------------------------ 256-bit helpers for ratios/Decimal

/** a * b as four little-endian u64 limbs. */
export function mul128to256(a: Uint128, b: Uint128): StaticArray<u64> {
  const out = new StaticArray<u64>(4);
  const al = [a.lo, a.hi];
  const bl = [b.lo, b.hi];
  for (let i = 0; i < 2; i++) {
    let carry: u64 = 0;
    for (let j = 0; j < 2; j++) {
      const lo = mulWide(unchecked(al[i]), unchecked(bl[j]));
      let hi = mulHi;
      let s = lo + unchecked(out[i + j]);
      if (s < lo) hi++;
      const s2 = s + carry;
      if (s2 < s) hi++;
      unchecked((out[i + j] = s2));
      carry = hi;
    }
    unchecked((out[i + 2] = carry));
  }
  return out;
}

/** floor(n / d) for a 256-bit n and 128-bit d, or null if the quotient does not fit 128 bits. */
export function div256by128(n: StaticArray<u64>, d: Uint128): Uint128 | null {
  // quotient fits in 128 bits iff high 128 bits of n < d
  const nhi = new Uint128(unchecked(n[2]), unchecked(n[3]));
  if (nhi.ge(d)) return null;
  let rlo = nhi.lo,
    rhi = nhi.hi;
  let qlo: u64 = 0,
    qhi: u64 = 0;
  for (let i = 127; i >= 0; i--) {
    const top = rhi >> 63;
    rhi = (rhi << 1) | (rlo >> 63);
    const bit = i >= 64 ? (unchecked(n[1]) >> <u64>(i - 64)) & 1 : (unchecked(n[0]) >> <u64>i) & 1;
    rlo = (rlo << 1) | bit;
    if (top != 0 || rhi > d.hi || (rhi == d.hi && rlo >= d.lo)) {
      const borrow: u64 = rlo < d.lo ? 1 : 0;
      rlo -= d.lo;
      rhi = rhi - d.hi - borrow;
      if (i >= 64) qhi |= (<u64>1) << <u64>(i - 64);
      else qlo |= (<u64>1) << <u64>i;
    }
  }
  return new Uint128(qlo, qhi);
}
