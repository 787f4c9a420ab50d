/**
 * `Dec`: signed fixed-point decimal with 18 fractional digits on bigint, with the Cosmos SDK's
 * `LegacyDec` rounding rules: `mul`/`quo` round half to even, the `*Truncate` variants truncate toward
 * zero, integer conversions truncate unless named otherwise. The string form is Cosmos's
 * ("1.500000000000000000"), which is also what protobuf `cosmos.Dec` fields carry (as an integer
 * string scaled by 10^18 on the wire; see `toAtomics`/`fromAtomics`).
 */
export const DEC_PRECISION = 18;
const ONE = 10n ** 18n;
const HALF = ONE / 2n;

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** Divides by 10^18, rounding half to even (Cosmos `chopPrecisionAndRound`). */
function chopRound(x: bigint): bigint {
  if (x < 0n) return -chopRound(-x);
  const q = x / ONE;
  const r = x % ONE;
  if (r < HALF) return q;
  if (r > HALF) return q + 1n;
  return q % 2n === 0n ? q : q + 1n;
}

/** a / b rounding half to even, for positive b. */
function divRound(a: bigint, b: bigint): bigint {
  if (b < 0n) return divRound(-a, -b);
  if (a < 0n) return -divRound(-a, b);
  const q = a / b;
  const r2 = (a % b) * 2n;
  if (r2 < b) return q;
  if (r2 > b) return q + 1n;
  return q % 2n === 0n ? q : q + 1n;
}

export class DecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecError';
  }
}

export class Dec {
  /** The value times 10^18. */
  readonly atomics: bigint;
  private constructor(atomics: bigint) {
    this.atomics = atomics;
  }

  static readonly ZERO = new Dec(0n);
  static readonly ONE = new Dec(ONE);

  static fromAtomics(atomics: bigint): Dec {
    return new Dec(atomics);
  }
  static fromInt(i: bigint | number): Dec {
    return new Dec(BigInt(i) * ONE);
  }
  /** `n / 10^places`, e.g. `withPrecision(5, 2)` = 0.05. */
  static withPrecision(n: bigint | number, places: number): Dec {
    if (places < 0 || places > DEC_PRECISION) throw new DecError(`precision ${places} out of range`);
    return new Dec(BigInt(n) * 10n ** BigInt(DEC_PRECISION - places));
  }
  /** Parses "1", "-0.25", "3.141592653589793238"; more than 18 fractional digits is an error. */
  static parse(s: string): Dec {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
    if (m === null) throw new DecError(`invalid decimal "${s}": expected digits with an optional point and sign`);
    const frac = m[3] ?? '';
    if (frac.length > DEC_PRECISION) throw new DecError(`invalid decimal "${s}": more than ${DEC_PRECISION} decimal places`);
    const v = BigInt(m[2]!) * ONE + BigInt((frac + '0'.repeat(DEC_PRECISION)).slice(0, DEC_PRECISION));
    return new Dec(m[1] === '-' ? -v : v);
  }
  /** a / b of integers, rounded half to even (Cosmos `NewDecFromInt(a).Quo(NewDecFromInt(b))`). */
  static ratio(a: bigint, b: bigint): Dec {
    if (b === 0n) throw new DecError('division by zero');
    return new Dec(divRound(a * ONE, b));
  }

  add(o: Dec): Dec {
    return new Dec(this.atomics + o.atomics);
  }
  sub(o: Dec): Dec {
    return new Dec(this.atomics - o.atomics);
  }
  neg(): Dec {
    return new Dec(-this.atomics);
  }
  mul(o: Dec): Dec {
    return new Dec(chopRound(this.atomics * o.atomics));
  }
  mulTruncate(o: Dec): Dec {
    return new Dec((this.atomics * o.atomics) / ONE);
  }
  mulRoundUp(o: Dec): Dec {
    const p = this.atomics * o.atomics;
    const q = p / ONE;
    return new Dec(p % ONE !== 0n && p > 0n ? q + 1n : q);
  }
  mulInt(i: bigint): Dec {
    return new Dec(this.atomics * i);
  }
  quo(o: Dec): Dec {
    if (o.atomics === 0n) throw new DecError('division by zero');
    return new Dec(chopRound((this.atomics * ONE * ONE) / o.atomics));
  }
  quoTruncate(o: Dec): Dec {
    if (o.atomics === 0n) throw new DecError('division by zero');
    return new Dec((this.atomics * ONE) / o.atomics);
  }
  quoRoundUp(o: Dec): Dec {
    if (o.atomics === 0n) throw new DecError('division by zero');
    const n = this.atomics * ONE;
    const q = n / o.atomics;
    return new Dec(n % o.atomics !== 0n && (n > 0n) === (o.atomics > 0n) ? q + 1n : q);
  }
  quoInt(i: bigint): Dec {
    if (i === 0n) throw new DecError('division by zero');
    return new Dec(this.atomics / i);
  }

  /** Integer part, truncated toward zero. */
  truncateInt(): bigint {
    return this.atomics / ONE;
  }
  /** Nearest integer, half to even. */
  roundInt(): bigint {
    return chopRound(this.atomics);
  }
  ceilInt(): bigint {
    const q = this.atomics / ONE;
    return this.atomics % ONE !== 0n && this.atomics > 0n ? q + 1n : q;
  }
  truncate(): Dec {
    return new Dec((this.atomics / ONE) * ONE);
  }

  cmp(o: Dec): -1 | 0 | 1 {
    return this.atomics < o.atomics ? -1 : this.atomics > o.atomics ? 1 : 0;
  }
  eq(o: Dec): boolean {
    return this.atomics === o.atomics;
  }
  lt(o: Dec): boolean {
    return this.atomics < o.atomics;
  }
  lte(o: Dec): boolean {
    return this.atomics <= o.atomics;
  }
  gt(o: Dec): boolean {
    return this.atomics > o.atomics;
  }
  gte(o: Dec): boolean {
    return this.atomics >= o.atomics;
  }
  isZero(): boolean {
    return this.atomics === 0n;
  }
  isNegative(): boolean {
    return this.atomics < 0n;
  }
  isPositive(): boolean {
    return this.atomics > 0n;
  }
  static min(a: Dec, b: Dec): Dec {
    return a.atomics <= b.atomics ? a : b;
  }
  static max(a: Dec, b: Dec): Dec {
    return a.atomics >= b.atomics ? a : b;
  }

  /** Cosmos string form, always 18 decimals: "0.050000000000000000". */
  toString(): string {
    const a = abs(this.atomics);
    const int = a / ONE;
    const frac = (a % ONE).toString().padStart(DEC_PRECISION, '0');
    return `${this.atomics < 0n ? '-' : ''}${int}.${frac}`;
  }
  /** Shortest decimal form ("0.05", "1"), as CosmWasm's `Decimal` serialises. */
  toShortString(): string {
    const s = this.toString().replace(/0+$/, '');
    return s.endsWith('.') ? s.slice(0, -1) : s;
  }
  /** The wire form of protobuf `cosmos.Dec` fields: the atomics as an integer string. */
  toAtomicsString(): string {
    return this.atomics.toString();
  }
  static fromAtomicsString(s: string): Dec {
    if (!/^-?\d+$/.test(s)) throw new DecError(`invalid decimal atomics "${s}"`);
    return new Dec(BigInt(s));
  }
}
