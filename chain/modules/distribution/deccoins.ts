/**
 * DecCoins as the Cosmos SDK defines them (`types.DecCoins`): decimal amounts, sorted by denom, no
 * duplicates, no zero entries. Every operation returns a fresh normalised list; subtraction that
 * would go negative is an error, as upstream panics there.
 */
import type { DecCoin as ProtoDecCoin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import { ChainError, Codes } from '../../kernel/errors.js';
import { Dec } from '../../types/dec.js';
import type { Coin, Coins } from '../../types/coins.js';

export interface DecCoin {
  denom: string;
  amount: Dec;
}
export type DecCoins = readonly DecCoin[];

function byDenom(a: DecCoin, b: DecCoin): number {
  return a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0;
}

/** Merges equal denoms, drops zeros and sorts. */
export function normalizeDecCoins(list: readonly DecCoin[]): DecCoin[] {
  const merged: DecCoin[] = [];
  for (const c of [...list].sort(byDenom)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.denom === c.denom) merged[merged.length - 1] = { denom: c.denom, amount: last.amount.add(c.amount) };
    else merged.push({ denom: c.denom, amount: c.amount });
  }
  return merged.filter((c) => !c.amount.isZero());
}

export function decCoinsFromCoins(coins: Coins): DecCoin[] {
  return normalizeDecCoins(coins.map((c) => ({ denom: c.denom, amount: Dec.fromInt(c.amount) })));
}

export function addDecCoins(a: DecCoins, b: DecCoins): DecCoin[] {
  return normalizeDecCoins([...a, ...b]);
}

/** a − b, or undefined when some denom would go negative (Cosmos `SafeSub`). */
export function safeSubDecCoins(a: DecCoins, b: DecCoins): DecCoin[] | undefined {
  const out = normalizeDecCoins([...a, ...b.map((c) => ({ denom: c.denom, amount: c.amount.neg() }))]);
  return out.some((c) => c.amount.isNegative()) ? undefined : out;
}

/** a − b; a negative result means the books are broken, so it is a logic error. */
export function subDecCoins(a: DecCoins, b: DecCoins): DecCoin[] {
  const out = safeSubDecCoins(a, b);
  if (out === undefined) throw new ChainError(Codes.Logic, `negative coin amount: ${formatDecCoins(a)} minus ${formatDecCoins(b)}`);
  return out;
}

/** Each amount × d, rounded half to even (Cosmos `MulDec`). */
export function mulDec(a: DecCoins, d: Dec): DecCoin[] {
  return normalizeDecCoins(a.map((c) => ({ denom: c.denom, amount: c.amount.mul(d) })));
}
/** Each amount × d, truncated (Cosmos `MulDecTruncate`). */
export function mulDecTruncate(a: DecCoins, d: Dec): DecCoin[] {
  return normalizeDecCoins(a.map((c) => ({ denom: c.denom, amount: c.amount.mulTruncate(d) })));
}
/** Each amount ÷ d, truncated (Cosmos `QuoDecTruncate`). */
export function quoDecTruncate(a: DecCoins, d: Dec): DecCoin[] {
  return normalizeDecCoins(a.map((c) => ({ denom: c.denom, amount: c.amount.quoTruncate(d) })));
}

/** Integer parts as Coins and the fractional remainders (Cosmos `TruncateDecimal`). */
export function truncateDecimal(a: DecCoins): { coins: Coin[]; change: DecCoin[] } {
  const coins: Coin[] = [];
  const change: DecCoin[] = [];
  for (const c of a) {
    const whole = c.amount.truncateInt();
    if (whole !== 0n) coins.push({ denom: c.denom, amount: whole });
    const rest = c.amount.sub(Dec.fromInt(whole));
    if (!rest.isZero()) change.push({ denom: c.denom, amount: rest });
  }
  return { coins, change };
}

/** Per denom present in both, the smaller amount (Cosmos `Intersect`). */
export function intersectDecCoins(a: DecCoins, b: DecCoins): DecCoin[] {
  const out: DecCoin[] = [];
  for (const c of a) {
    const o = amountOfDec(b, c.denom);
    out.push({ denom: c.denom, amount: Dec.min(c.amount, o) });
  }
  return normalizeDecCoins(out);
}

export function amountOfDec(a: DecCoins, denom: string): Dec {
  for (const c of a) if (c.denom === denom) return c.amount;
  return Dec.ZERO;
}

export function decCoinsEqual(a: DecCoins, b: DecCoins): boolean {
  return a.length === b.length && a.every((c, i) => c.denom === b[i]!.denom && c.amount.eq(b[i]!.amount));
}

export function isAnyNegative(a: DecCoins): boolean {
  return a.some((c) => c.amount.isNegative());
}

/** "1.500000000000000000stake,2.000000000000000000uatom" (the event and log form). */
export function formatDecCoins(a: DecCoins): string {
  return a.map((c) => `${c.amount.toString()}${c.denom}`).join(',');
}

/** Protobuf `DecCoin` carries the amount as the 10^18-scaled integer string. */
export function decCoinsToProto(a: DecCoins): ProtoDecCoin[] {
  return a.map((c) => ({ denom: c.denom, amount: c.amount.toAtomicsString() }));
}
export function decCoinsFromProto(list: readonly ProtoDecCoin[]): DecCoin[] {
  return normalizeDecCoins(list.map((c) => ({ denom: c.denom, amount: Dec.fromAtomicsString(c.amount === '' ? '0' : c.amount) })));
}

/** JSON (genesis) form: Cosmos decimal strings. */
export function decCoinsToJson(a: DecCoins): { denom: string; amount: string }[] {
  return a.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
}
export function decCoinsFromJson(list: readonly { denom: string; amount: string }[] | undefined): DecCoin[] {
  return normalizeDecCoins((list ?? []).map((c) => ({ denom: c.denom, amount: Dec.parse(c.amount) })));
}
