/**
 * ValueRange arithmetic (upstream's `mesh_sync::ValueRange`) over any declared range class with
 * `l` (low: holds whatever the pending transactions do) and `h` (high: holds if they all commit)
 * fields. Each contract declares `ValueRange` (common/declare-types.ts) and gets its own generated
 * class; AssemblyScript generics are instantiated per class (duck-typed on `l` and `h`), so these
 * functions serve them all.
 */
import { Uint128 } from "../../../std/assembly";

/** mesh_sync::RangeError texts. */
export const RANGE_UNDERFLOW = "Underflow minimum value";
export const RANGE_OVERFLOW = "Overflow maximum value";

function assertValid<R>(r: R): void {
  // upstream asserts (a panic): a broken invariant is a bug, never bad input
  if (r.l > r.h) throw new Error("assertion failed: self.low <= self.high");
}

/** Raises `high` by v; an error (and no change) if the new high would exceed `max` (null: none). */
export function prepareAdd<R>(r: R, v: Uint128, max: Uint128 | null): string | null {
  const h = (r.h as Uint128).checkedAdd(v);
  if (h === null) return RANGE_OVERFLOW;
  if (max !== null && h > max) return RANGE_OVERFLOW;
  r.h = h;
  return null;
}
export function commitAdd<R>(r: R, v: Uint128): void {
  r.l = (r.l as Uint128) + v;
  assertValid<R>(r);
}
export function rollbackAdd<R>(r: R, v: Uint128): void {
  r.h = (r.h as Uint128) - v;
  assertValid<R>(r);
}
export function commitAddSaturating<R>(r: R, v: Uint128): void {
  r.l = (r.l as Uint128) + v;
  if (r.l > r.h) r.h = r.l;
}
export function rollbackAddSaturating<R>(r: R, v: Uint128): void {
  r.h = (r.h as Uint128) - v;
  if (r.l > r.h) r.h = r.l;
}
export function add<R>(r: R, v: Uint128, max: Uint128 | null): string | null {
  const e = prepareAdd<R>(r, v, max);
  if (e !== null) return e;
  commitAdd<R>(r, v);
  return null;
}

/** Lowers `low` by v; an error (and no change) if `low < min + v` (null: no minimum). */
export function prepareSub<R>(r: R, v: Uint128, min: Uint128 | null): string | null {
  const floor = min === null ? v : min + v;
  if ((r.l as Uint128) < floor) return RANGE_UNDERFLOW;
  r.l = (r.l as Uint128) - v;
  return null;
}
export function commitSub<R>(r: R, v: Uint128): void {
  r.h = (r.h as Uint128) - v;
  assertValid<R>(r);
}
export function rollbackSub<R>(r: R, v: Uint128): void {
  r.l = (r.l as Uint128) + v;
  assertValid<R>(r);
}
export function rollbackSubSaturating<R>(r: R, v: Uint128): void {
  const l = (r.l as Uint128) + v;
  r.l = l > (r.h as Uint128) ? r.h : l;
}
export function commitSubSaturating<R>(r: R, v: Uint128): void {
  if (v > (r.h as Uint128)) r.h = r.l;
  else r.h = (r.h as Uint128) - v;
  assertValid<R>(r);
}
export function sub<R>(r: R, v: Uint128, min: Uint128 | null): string | null {
  const e = prepareSub<R>(r, v, min);
  if (e !== null) return e;
  commitSub<R>(r, v);
  return null;
}

/** `(max(a.l, b.l), max(a.h, b.h))` as a new R. */
export function maxRange<R>(a: R, b: R): R {
  const l: Uint128 = a.l > b.l ? a.l : b.l;
  const h: Uint128 = a.h > b.h ? a.h : b.h;
  return instantiate<R>(l, h);
}

/** Rust's Debug form, used in error texts: `ValueRange { low: Uint128(1), high: Uint128(2) }`. */
export function rangeDebug<R>(r: R): string {
  return "ValueRange { low: Uint128(" + (r.l as Uint128).toString() + "), high: Uint128(" + (r.h as Uint128).toString() + ") }";
}

export function minU128(a: Uint128, b: Uint128): Uint128 {
  return a < b ? a : b;
}
