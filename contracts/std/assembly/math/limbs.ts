/**
 * Integer helpers shared by Uint128/Uint256/Decimal. Integer instructions only: no f32/f64.
 */

/** High 64 bits of the last `mulWide` call. */
export let mulHi: u64 = 0;

/** Full 64x64 -> 128-bit product: returns the low half, leaves the high half in `mulHi`. */
export function mulWide(a: u64, b: u64): u64 {
  const M: u64 = 0xffffffff;
  const a0 = a & M,
    a1 = a >> 32,
    b0 = b & M,
    b1 = b >> 32;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p11 = a1 * b1;
  const mid = (p00 >> 32) + (p01 & M) + (p10 & M);
  mulHi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
  return (p00 & M) | (mid << 32);
}

// Rust's ParseIntError texts
export const PARSE_EMPTY = "cannot parse integer from empty string";
export const PARSE_INVALID_DIGIT = "invalid digit found in string";
export const PARSE_TOO_LARGE = "number too large to fit in target type";

/**
 * Parses an unsigned decimal number into little-endian u64 limbs, like Rust's `u128::from_str`:
 * an optional leading `+`, then digits only; errors are checked left to right.
 * Returns null on success or the ParseIntError text.
 */
export function parseDecimalLimbs(ptr: usize, len: i32, limbs: StaticArray<u64>): string | null {
  const n = limbs.length;
  for (let k = 0; k < n; k++) unchecked((limbs[k] = 0));
  if (len == 0) return PARSE_EMPTY;
  let i = 0;
  const c0 = <u32>load<u8>(ptr);
  if ((c0 == 0x2b || c0 == 0x2d) && len == 1) return PARSE_INVALID_DIGIT;
  if (c0 == 0x2b) i = 1;
  // fast path: up to 19 digits fit in a u64 without any overflow check
  let small: u64 = 0;
  const fastEnd = len - i > 19 ? i + 19 : len;
  for (; i < fastEnd; i++) {
    const d = <u32>load<u8>(ptr + <usize>i) - 0x30;
    if (d > 9) return PARSE_INVALID_DIGIT;
    small = small * 10 + <u64>d;
  }
  unchecked((limbs[0] = small));
  for (; i < len; i++) {
    const d = <u32>load<u8>(ptr + <usize>i) - 0x30;
    if (d > 9) return PARSE_INVALID_DIGIT;
    // limbs = limbs * 10 + d, detecting overflow of the top limb
    let carry: u64 = <u64>d;
    for (let k = 0; k < n; k++) {
      const lo = mulWide(unchecked(limbs[k]), 10);
      let hi = mulHi;
      const sum = lo + carry;
      if (sum < lo) hi++;
      unchecked((limbs[k] = sum));
      carry = hi;
    }
    if (carry != 0) return PARSE_TOO_LARGE;
  }
  return null;
}

/** Divides little-endian limbs in place by a small divisor (< 2^32) and returns the remainder. */
export function divSmallInPlace(limbs: StaticArray<u64>, d: u32): u32 {
  let rem: u64 = 0;
  const dd = <u64>d;
  for (let k = limbs.length - 1; k >= 0; k--) {
    const v = unchecked(limbs[k]);
    // high 32 bits
    let cur = (rem << 32) | (v >> 32);
    const qh = cur / dd;
    rem = cur % dd;
    cur = (rem << 32) | (v & 0xffffffff);
    const ql = cur / dd;
    rem = cur % dd;
    unchecked((limbs[k] = (qh << 32) | ql));
  }
  return <u32>rem;
}

function limbsZero(limbs: StaticArray<u64>): bool {
  for (let k = 0; k < limbs.length; k++) if (unchecked(limbs[k]) != 0) return false;
  return true;
}

/** Formats little-endian limbs as a decimal string (destroys the limbs). */
export function formatDecimalLimbs(limbs: StaticArray<u64>): string {
  if (limbsZero(limbs)) return "0";
  const chunks = new Array<u32>();
  while (!limbsZero(limbs)) chunks.push(divSmallInPlace(limbs, 1_000_000_000));
  let s = chunks[chunks.length - 1].toString();
  for (let i = chunks.length - 2; i >= 0; i--) {
    const part = chunks[i].toString();
    s += "000000000".substring(0, 9 - part.length) + part;
  }
  return s;
}
