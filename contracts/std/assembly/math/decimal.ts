/**
 * Decimal: a fixed-point decimal with 18 fractional digits on a Uint128 (cosmwasm-std's
 * `Decimal`). The float substitute: ratios, prices and percentages without f64.
 * JSON is a string like "0.02" or "1" (no trailing zeros).
 */
import { JsonReader } from "../json/reader";
import { JsonWriter } from "../json/writer";
import { Result, ok, err, genericErr, overflowErr } from "../result";
import { Uint128, mul128to256, div256by128 } from "./uint128";

export const DECIMAL_PLACES: i32 = 18;
/** 10^18 */
const FRACTIONAL_LO: u64 = 1_000_000_000_000_000_000;

function fractional(): Uint128 {
  return new Uint128(FRACTIONAL_LO, 0);
}

export class Decimal {
  /** The value times 10^18. */
  constructor(public atomics: Uint128) {}

  static zero(): Decimal {
    return new Decimal(Uint128.zero());
  }
  static one(): Decimal {
    return new Decimal(fractional());
  }
  static max(): Decimal {
    return new Decimal(Uint128.max());
  }
  /** x / 100 */
  static percent(x: u64): Decimal {
    return new Decimal(Uint128.fromU64(x).checkedMul(Uint128.fromU64(10_000_000_000_000_000))!);
  }
  /** x / 1000 */
  static permille(x: u64): Decimal {
    return new Decimal(Uint128.fromU64(x).checkedMul(Uint128.fromU64(1_000_000_000_000_000))!);
  }
  /** An integer value. Panics if it does not fit. */
  static fromInteger(n: Uint128): Decimal {
    const a = n.checkedMul(fractional());
    if (a === null) throw new Error("Decimal overflow");
    return new Decimal(a);
  }
  /** `atomics / 10^decimalPlaces` for decimalPlaces <= 18. */
  static fromAtomics(atomics: Uint128, decimalPlaces: u32): Result<Decimal> {
    if (decimalPlaces > 18) return err<Decimal>("Decimal range exceeded");
    const factor = Uint128.fromU64(10).checkedPow(18 - decimalPlaces)!;
    const a = atomics.checkedMul(factor);
    if (a === null) return err<Decimal>("Decimal range exceeded");
    return ok(new Decimal(a));
  }

  /** numerator / denominator, rounded down. Panics on a zero denominator or overflow. */
  static fromRatio(numerator: Uint128, denominator: Uint128): Decimal {
    const r = Decimal.checkedFromRatio(numerator, denominator);
    if (r.isErr) throw new Error(<string>r.error);
    return r.value;
  }

  static checkedFromRatio(numerator: Uint128, denominator: Uint128): Result<Decimal> {
    if (denominator.isZero()) return err<Decimal>("Denominator must not be zero");
    const q = div256by128(mul128to256(numerator, fractional()), denominator);
    if (q === null) return err<Decimal>("Multiplication overflow");
    return ok(new Decimal(q));
  }

  /** Strict parsing with cosmwasm-std's error texts (`Generic error: Error parsing whole`, ...). */
  static parse(s: string): Result<Decimal> {
    const dot = s.indexOf(".");
    const wholeStr = dot < 0 ? s : s.substring(0, dot);
    const whole = Uint128.parse(wholeStr);
    if (whole.isErr) return err<Decimal>(genericErr("Error parsing whole"));
    let atomics = whole.value.checkedMul(fractional());
    if (atomics === null) return err<Decimal>(genericErr("Value too big"));
    if (dot >= 0) {
      const rest = s.substring(dot + 1);
      const nextDot = rest.indexOf(".");
      const fracStr = nextDot < 0 ? rest : rest.substring(0, nextDot);
      const frac = Uint128.parse(fracStr);
      if (frac.isErr) return err<Decimal>(genericErr("Error parsing fractional"));
      const exp = DECIMAL_PLACES - fracStr.length;
      if (exp < 0) return err<Decimal>(genericErr("Cannot parse more than 18 fractional digits"));
      const factor = Uint128.fromU64(10).checkedPow(<u32>exp)!;
      const fracAtomics = frac.value.checkedMul(factor);
      if (fracAtomics === null) return err<Decimal>(genericErr("Value too big"));
      const sum = atomics.checkedAdd(fracAtomics);
      if (sum === null) return err<Decimal>(genericErr("Value too big"));
      atomics = sum;
      if (nextDot >= 0) return err<Decimal>(genericErr("Unexpected number of dots"));
    }
    return ok(new Decimal(atomics));
  }

  static from(s: string): Decimal {
    return Decimal.parse(s).unwrap();
  }

  static readJson(r: JsonReader): Decimal {
    const s = r.readString();
    if (r.failed) return Decimal.zero();
    const d = Decimal.parse(s);
    if (d.isErr) {
      r.fail("Error parsing decimal '" + s + "': " + <string>d.error);
      return Decimal.zero();
    }
    return d.value;
  }

  writeJson(w: JsonWriter): void {
    w.stringAscii(this.toString());
  }

  toString(): string {
    const f = fractional();
    const whole = this.atomics.checkedDiv(f)!;
    const frac = this.atomics.checkedRem(f)!;
    if (frac.isZero()) return whole.toString();
    let fs = frac.toString();
    fs = "000000000000000000".substring(0, 18 - fs.length) + fs;
    let end = fs.length;
    while (end > 0 && fs.charCodeAt(end - 1) == 0x30) end--;
    return whole.toString() + "." + fs.substring(0, end);
  }

  isZero(): bool {
    return this.atomics.isZero();
  }
  eq(o: Decimal): bool {
    return this.atomics.eq(o.atomics);
  }
  cmp(o: Decimal): i32 {
    return this.atomics.cmp(o.atomics);
  }

  /** The largest integer <= self. */
  floor(): Decimal {
    const f = fractional();
    return new Decimal(this.atomics.checkedSub(this.atomics.checkedRem(f)!)!);
  }
  /** The smallest integer >= self; null on overflow. */
  checkedCeil(): Decimal | null {
    const f = fractional();
    const rem = this.atomics.checkedRem(f)!;
    if (rem.isZero()) return this;
    const floor = this.atomics.checkedSub(rem)!;
    const c = floor.checkedAdd(f);
    return c === null ? null : new Decimal(c);
  }
  ceil(): Decimal {
    const c = this.checkedCeil();
    if (c === null) throw new Error("attempt to ceil with overflow");
    return c;
  }
  /** The integer part, rounded down. */
  toUintFloor(): Uint128 {
    return this.atomics.checkedDiv(fractional())!;
  }
  /** The integer part, rounded up. */
  toUintCeil(): Uint128 {
    const f = fractional();
    const q = this.atomics.checkedDiv(f)!;
    if (this.atomics.checkedRem(f)!.isZero()) return q;
    return q.checkedAdd(Uint128.one())!;
  }

  checkedAdd(o: Decimal): Result<Decimal> {
    const r = this.atomics.checkedAdd(o.atomics);
    if (r === null) return err<Decimal>(overflowErr("Add", this.toString(), o.toString()));
    return ok(new Decimal(r));
  }
  checkedSub(o: Decimal): Result<Decimal> {
    const r = this.atomics.checkedSub(o.atomics);
    if (r === null) return err<Decimal>(overflowErr("Sub", this.toString(), o.toString()));
    return ok(new Decimal(r));
  }
  /** self * o, rounded down. */
  checkedMul(o: Decimal): Result<Decimal> {
    const q = div256by128(mul128to256(this.atomics, o.atomics), fractional());
    if (q === null) return err<Decimal>(overflowErr("Mul", this.toString(), o.toString()));
    return ok(new Decimal(q));
  }
  /** self / o, rounded down. */
  checkedDiv(o: Decimal): Result<Decimal> {
    if (o.isZero()) return err<Decimal>("Divide by zero: Cannot divide " + this.toString() + " by zero");
    const q = div256by128(mul128to256(this.atomics, fractional()), o.atomics);
    if (q === null) return err<Decimal>("Overflow: Cannot Div with " + this.toString() + " and " + o.toString());
    return ok(new Decimal(q));
  }

  /** `uint * self` rounded down (cosmwasm's `Uint128 * Decimal`); panics on overflow. */
  mulUintFloor(n: Uint128): Uint128 {
    const q = div256by128(mul128to256(n, this.atomics), fractional());
    if (q === null) throw new Error("attempt to multiply with overflow");
    return q;
  }
  /** `uint * self` rounded up; panics on overflow. */
  mulUintCeil(n: Uint128): Uint128 {
    const prod = mul128to256(n, this.atomics);
    const q = div256by128(prod, fractional());
    if (q === null) throw new Error("attempt to multiply with overflow");
    // remainder != 0 -> round up
    const back = mul128to256(q, fractional());
    let exact = true;
    for (let i = 0; i < 4; i++) if (unchecked(back[i]) != unchecked(prod[i])) exact = false;
    return exact ? q : q + Uint128.one();
  }

  @operator("+") static __add(a: Decimal, b: Decimal): Decimal {
    const r = a.atomics.checkedAdd(b.atomics);
    if (r === null) throw new Error("attempt to add with overflow");
    return new Decimal(r);
  }
  @operator("-") static __sub(a: Decimal, b: Decimal): Decimal {
    const r = a.atomics.checkedSub(b.atomics);
    if (r === null) throw new Error("attempt to subtract with overflow");
    return new Decimal(r);
  }
  @operator("*") static __mul(a: Decimal, b: Decimal): Decimal {
    const r = a.checkedMul(b);
    if (r.isErr) throw new Error("attempt to multiply with overflow");
    return r.value;
  }
  @operator("/") static __div(a: Decimal, b: Decimal): Decimal {
    return a.checkedDiv(b).unwrap();
  }
  @operator("<") static __lt(a: Decimal, b: Decimal): bool {
    return a.cmp(b) < 0;
  }
  @operator(">") static __gt(a: Decimal, b: Decimal): bool {
    return a.cmp(b) > 0;
  }
  @operator("<=") static __le(a: Decimal, b: Decimal): bool {
    return a.cmp(b) <= 0;
  }
  @operator(">=") static __ge(a: Decimal, b: Decimal): bool {
    return a.cmp(b) >= 0;
  }
}
