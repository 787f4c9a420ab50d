/**
 * ValueRange: a value with in-flight (two-phase) changes, as mesh-security's `mesh_sync::ValueRange`.
 * `low` is what holds whatever the pending transactions do, `high` what holds if they all commit.
 * JSON is `{"l":"<low>","h":"<high>"}`.
 */
import { JsonReader, JsonWriter, Uint128 } from "../../../std/assembly";

/** mesh_sync::RangeError texts. */
export const RANGE_UNDERFLOW = "Underflow minimum value";
export const RANGE_OVERFLOW = "Overflow maximum value";

const RANGE_FIELDS = ["l", "h"];

export class ValueRange {
  constructor(
    public low: Uint128,
    public high: Uint128,
  ) {}

  static of(v: Uint128): ValueRange {
    return new ValueRange(v, v);
  }
  static zero(): ValueRange {
    return new ValueRange(Uint128.zero(), Uint128.zero());
  }

  clone(): ValueRange {
    return new ValueRange(this.low, this.high);
  }

  /** Raises `high` by v; error (and no change) if the new high would exceed `max` (null = no max). */
  prepareAdd(v: Uint128, max: Uint128 | null): string | null {
    const h = this.high.checkedAdd(v);
    if (h === null) return RANGE_OVERFLOW;
    if (max !== null && h > max) return RANGE_OVERFLOW;
    this.high = h;
    return null;
  }
  rollbackAdd(v: Uint128): void {
    this.high = this.high - v;
    this.assertValid();
  }
  rollbackAddSaturating(v: Uint128): void {
    this.high = this.high - v;
    if (this.low > this.high) this.high = this.low;
  }
  commitAdd(v: Uint128): void {
    this.low = this.low + v;
    this.assertValid();
  }
  commitAddSaturating(v: Uint128): void {
    this.low = this.low + v;
    if (this.low > this.high) this.high = this.low;
  }
  add(v: Uint128, max: Uint128 | null): string | null {
    const e = this.prepareAdd(v, max);
    if (e !== null) return e;
    this.commitAdd(v);
    return null;
  }

  /** Lowers `low` by v; error (and no change) if `low < min + v` (null = no min). */
  prepareSub(v: Uint128, min: Uint128 | null): string | null {
    const floor = min === null ? v : min + v;
    if (this.low < floor) return RANGE_UNDERFLOW;
    this.low = this.low - v;
    return null;
  }
  rollbackSub(v: Uint128): void {
    this.low = this.low + v;
    this.assertValid();
  }
  rollbackSubSaturating(v: Uint128): void {
    const l = this.low + v;
    this.low = l > this.high ? this.high : l;
  }
  commitSub(v: Uint128): void {
    this.high = this.high - v;
    this.assertValid();
  }
  commitSubSaturating(v: Uint128): void {
    if (v > this.high) this.high = this.low;
    else this.high = this.high - v;
    this.assertValid();
  }
  sub(v: Uint128, min: Uint128 | null): string | null {
    const e = this.prepareSub(v, min);
    if (e !== null) return e;
    this.commitSub(v);
    return null;
  }

  /** Rust Debug form, used in error texts: `ValueRange { low: Uint128(1), high: Uint128(2) }`. */
  toString(): string {
    return "ValueRange { low: Uint128(" + this.low.toString() + "), high: Uint128(" + this.high.toString() + ") }";
  }

  private assertValid(): void {
    // upstream asserts (a panic) on a broken invariant: it means a bug, never bad input
    if (this.low > this.high) throw new Error("assertion failed: self.low <= self.high");
  }

  static readJson(r: JsonReader): ValueRange {
    const v = ValueRange.zero();
    const s = r.struct(RANGE_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) v.low = Uint128.readJson(r);
      else v.high = Uint128.readJson(r);
    }
    s.end(0b11);
    return v;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("l");
    this.low.writeJson(w);
    w.key("h");
    this.high.writeJson(w);
    w.endObject();
  }
}

export function maxRange(a: ValueRange, b: ValueRange): ValueRange {
  return new ValueRange(a.low > b.low ? a.low : b.low, a.high > b.high ? a.high : b.high);
}

export function minU128(a: Uint128, b: Uint128): Uint128 {
  return a < b ? a : b;
}
