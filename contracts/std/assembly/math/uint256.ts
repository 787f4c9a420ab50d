/**
 * Uint256: an unsigned 256-bit integer on four little-endian u64 limbs, with cosmwasm-std's
 * `Uint256` semantics (checked ops, panicking operators, decimal-string JSON, strict parsing).
 */
import { JsonReader } from "../json/reader";
import { JsonWriter } from "../json/writer";
import { Result, ok, err, overflowErr, divideByZeroErr } from "../result";
import { mulWide, mulHi, parseDecimalLimbs, formatDecimalLimbs } from "./limbs";
import { Uint128 } from "./uint128";

export class Uint256 {
  limbs: StaticArray<u64>;

  constructor(l0: u64 = 0, l1: u64 = 0, l2: u64 = 0, l3: u64 = 0) {
    const l = new StaticArray<u64>(4);
    unchecked((l[0] = l0));
    unchecked((l[1] = l1));
    unchecked((l[2] = l2));
    unchecked((l[3] = l3));
    this.limbs = l;
  }

  static zero(): Uint256 {
    return new Uint256();
  }
  static one(): Uint256 {
    return new Uint256(1);
  }
  static max(): Uint256 {
    return new Uint256(u64.MAX_VALUE, u64.MAX_VALUE, u64.MAX_VALUE, u64.MAX_VALUE);
  }
  static fromU64(n: u64): Uint256 {
    return new Uint256(n);
  }
  static fromUint128(n: Uint128): Uint256 {
    return new Uint256(n.lo, n.hi);
  }

  @inline get(i: i32): u64 {
    return unchecked(this.limbs[i]);
  }

  static parse(s: string): Result<Uint256> {
    const bytes = String.UTF8.encode(s);
    return Uint256.parseBytes(changetype<usize>(bytes), bytes.byteLength);
  }

  static parseBytes(ptr: usize, len: i32): Result<Uint256> {
    const out = new Uint256();
    const e = parseDecimalLimbs(ptr, len, out.limbs);
    if (e !== null) return err<Uint256>(e);
    return ok(out);
  }

  static from(s: string): Uint256 {
    const r = Uint256.parse(s);
    if (r.isErr) throw new Error("invalid Uint256 '" + s + "' - " + <string>r.error);
    return r.value;
  }

  static readJson(r: JsonReader): Uint256 {
    if (!r.readStringRaw()) return Uint256.zero();
    const res = Uint256.parseBytes(r.strPtr, r.strLen);
    if (res.isErr) {
      r.fail("invalid Uint256 '" + String.UTF8.decodeUnsafe(r.strPtr, <usize>r.strLen) + "' - " + <string>res.error);
      return Uint256.zero();
    }
    return res.value;
  }

  writeJson(w: JsonWriter): void {
    w.stringAscii(this.toString());
  }

  toString(): string {
    const copy = new StaticArray<u64>(4);
    for (let i = 0; i < 4; i++) unchecked((copy[i] = this.get(i)));
    return formatDecimalLimbs(copy);
  }

  clone(): Uint256 {
    return new Uint256(this.get(0), this.get(1), this.get(2), this.get(3));
  }

  isZero(): bool {
    return (this.get(0) | this.get(1) | this.get(2) | this.get(3)) == 0;
  }

  /** The value as Uint128, or null if it does not fit. */
  toUint128(): Uint128 | null {
    if (this.get(2) != 0 || this.get(3) != 0) return null;
    return new Uint128(this.get(0), this.get(1));
  }

  cmp(o: Uint256): i32 {
    for (let i = 3; i >= 0; i--) {
      const a = this.get(i),
        b = o.get(i);
      if (a != b) return a < b ? -1 : 1;
    }
    return 0;
  }
  eq(o: Uint256): bool {
    return this.cmp(o) == 0;
  }
  lt(o: Uint256): bool {
    return this.cmp(o) < 0;
  }
  ge(o: Uint256): bool {
    return this.cmp(o) >= 0;
  }

  checkedAdd(o: Uint256): Uint256 | null {
    const out = new Uint256();
    let carry: u64 = 0;
    for (let i = 0; i < 4; i++) {
      const a = this.get(i);
      const s = a + o.get(i);
      let c: u64 = s < a ? 1 : 0;
      const s2 = s + carry;
      if (s2 < s) c = 1;
      unchecked((out.limbs[i] = s2));
      carry = c;
    }
    return carry != 0 ? null : out;
  }

  checkedSub(o: Uint256): Uint256 | null {
    if (this.lt(o)) return null;
    const out = new Uint256();
    let borrow: u64 = 0;
    for (let i = 0; i < 4; i++) {
      const a = this.get(i),
        b = o.get(i);
      const d = a - b;
      let bo: u64 = a < b ? 1 : 0;
      const d2 = d - borrow;
      if (d < borrow) bo = 1;
      unchecked((out.limbs[i] = d2));
      borrow = bo;
    }
    return out;
  }

  checkedMul(o: Uint256): Uint256 | null {
    const out = new StaticArray<u64>(8);
    for (let i = 0; i < 4; i++) {
      const a = this.get(i);
      if (a == 0) continue;
      let carry: u64 = 0;
      for (let j = 0; j < 4; j++) {
        const lo = mulWide(a, o.get(j));
        let hi = mulHi;
        const s = lo + unchecked(out[i + j]);
        if (s < lo) hi++;
        const s2 = s + carry;
        if (s2 < s) hi++;
        unchecked((out[i + j] = s2));
        carry = hi;
      }
      unchecked((out[i + 4] = unchecked(out[i + 4]) + carry));
    }
    for (let k = 4; k < 8; k++) if (unchecked(out[k]) != 0) return null;
    return new Uint256(unchecked(out[0]), unchecked(out[1]), unchecked(out[2]), unchecked(out[3]));
  }

  private shl1Or(bit: u64): void {
    const l = this.limbs;
    unchecked((l[3] = (l[3] << 1) | (l[2] >> 63)));
    unchecked((l[2] = (l[2] << 1) | (l[1] >> 63)));
    unchecked((l[1] = (l[1] << 1) | (l[0] >> 63)));
    unchecked((l[0] = (l[0] << 1) | bit));
  }

  /** [quotient, remainder]; `o` must not be zero. */
  private divRem(o: Uint256): Uint256[] {
    const q = new Uint256();
    let r = new Uint256();
    for (let i = 255; i >= 0; i--) {
      const carryOut = r.get(3) >> 63;
      r.shl1Or((this.get(i >> 6) >> <u64>(i & 63)) & 1);
      if (carryOut != 0 || r.ge(o)) {
        // wrapping subtract (the true remainder is < o, so the result fits)
        let borrow: u64 = 0;
        for (let k = 0; k < 4; k++) {
          const a = r.get(k),
            b = o.get(k);
          const d = a - b;
          let bo: u64 = a < b ? 1 : 0;
          const d2 = d - borrow;
          if (d < borrow) bo = 1;
          unchecked((r.limbs[k] = d2));
          borrow = bo;
        }
        unchecked((q.limbs[i >> 6] = q.get(i >> 6) | ((<u64>1) << <u64>(i & 63))));
      }
    }
    return [q, r];
  }

  checkedDiv(o: Uint256): Uint256 | null {
    if (o.isZero()) return null;
    return this.divRem(o)[0];
  }
  checkedRem(o: Uint256): Uint256 | null {
    if (o.isZero()) return null;
    return this.divRem(o)[1];
  }

  tryAdd(o: Uint256): Result<Uint256> {
    const r = this.checkedAdd(o);
    return r === null ? err<Uint256>(overflowErr("Add", this.toString(), o.toString())) : ok(r!);
  }
  trySub(o: Uint256): Result<Uint256> {
    const r = this.checkedSub(o);
    return r === null ? err<Uint256>(overflowErr("Sub", this.toString(), o.toString())) : ok(r!);
  }
  tryMul(o: Uint256): Result<Uint256> {
    const r = this.checkedMul(o);
    return r === null ? err<Uint256>(overflowErr("Mul", this.toString(), o.toString())) : ok(r!);
  }
  tryDiv(o: Uint256): Result<Uint256> {
    const r = this.checkedDiv(o);
    return r === null ? err<Uint256>(divideByZeroErr(this.toString())) : ok(r!);
  }

  @operator("+") static __add(a: Uint256, b: Uint256): Uint256 {
    const r = a.checkedAdd(b);
    if (r === null) throw new Error("attempt to add with overflow");
    return r;
  }
  @operator("-") static __sub(a: Uint256, b: Uint256): Uint256 {
    const r = a.checkedSub(b);
    if (r === null) throw new Error("attempt to subtract with overflow");
    return r;
  }
  @operator("*") static __mul(a: Uint256, b: Uint256): Uint256 {
    const r = a.checkedMul(b);
    if (r === null) throw new Error("attempt to multiply with overflow");
    return r;
  }
  @operator("/") static __div(a: Uint256, b: Uint256): Uint256 {
    const r = a.checkedDiv(b);
    if (r === null) throw new Error("attempt to divide by zero");
    return r;
  }
  @operator("<") static __lt(a: Uint256, b: Uint256): bool {
    return a.cmp(b) < 0;
  }
  @operator(">") static __gt(a: Uint256, b: Uint256): bool {
    return a.cmp(b) > 0;
  }
  @operator("<=") static __le(a: Uint256, b: Uint256): bool {
    return a.cmp(b) <= 0;
  }
  @operator(">=") static __ge(a: Uint256, b: Uint256): bool {
    return a.cmp(b) >= 0;
  }
}
