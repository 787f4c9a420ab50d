/**
 * Coins as the Cosmos SDK defines them: a list sorted by denom, no duplicates, no zero amounts.
 * Amounts are bigint (Cosmos `Int` is 256-bit; we refuse anything larger).
 */
import { ChainError, Codes } from '../kernel/errors.js';

export interface Coin {
  denom: string;
  amount: bigint;
}
export type Coins = readonly Coin[];

const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const MAX_AMOUNT = (1n << 256n) - 1n;

export function validateDenom(denom: string): void {
  if (!DENOM_RE.test(denom)) throw new ChainError(Codes.InvalidCoins, `invalid denom: ${denom}`);
}

export function coin(amount: bigint | number | string, denom: string): Coin {
  return { denom, amount: BigInt(amount) };
}

/** Parses a protobuf/JSON amount string; rejects signs, decimals and values over 2^256-1. */
export function parseAmount(s: string, what = 'amount'): bigint {
  if (!/^\d+$/.test(s)) throw new ChainError(Codes.InvalidCoins, `invalid ${what} "${s}": expected a non-negative integer`);
  const v = BigInt(s);
  if (v > MAX_AMOUNT) throw new ChainError(Codes.InvalidCoins, `invalid ${what} "${s}": larger than 256 bits`);
  return v;
}

/** From wire coins (`{denom, amount: string}`), validated: sorted, unique, positive. */
export function coinsFromProto(list: readonly { denom: string; amount: string }[], opts: { allowZero?: boolean } = {}): Coin[] {
  const out = list.map((c) => {
    validateDenom(c.denom);
    return { denom: c.denom, amount: parseAmount(c.amount) };
  });
  validateCoins(out, opts);
  return out;
}

export function coinsToProto(list: Coins): { denom: string; amount: string }[] {
  return list.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
}

export function validateCoins(list: Coins, opts: { allowZero?: boolean } = {}): void {
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    validateDenom(c.denom);
    if (c.amount < 0n || (!opts.allowZero && c.amount === 0n)) throw new ChainError(Codes.InvalidCoins, `invalid coins: ${formatCoins(list)}: amounts must be positive`);
    if (i > 0 && list[i - 1]!.denom >= c.denom) throw new ChainError(Codes.InvalidCoins, `invalid coins: ${formatCoins(list)}: denoms must be sorted and unique`);
  }
}

/** Sorted, merged, zero-free copy of an arbitrary coin list. */
export function normalizeCoins(list: readonly Coin[]): Coin[] {
  const m = new Map<string, bigint>();
  for (const c of list) m.set(c.denom, (m.get(c.denom) ?? 0n) + c.amount);
  return [...m.entries()]
    .filter(([, a]) => a !== 0n)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([denom, amount]) => ({ denom, amount }));
}

export function addCoins(a: Coins, b: Coins): Coin[] {
  return normalizeCoins([...a, ...b]);
}

/** a − b; throws InsufficientFunds when any denom would go negative. */
export function subCoins(a: Coins, b: Coins): Coin[] {
  const out = normalizeCoins([...a, ...b.map((c) => ({ denom: c.denom, amount: -c.amount }))]);
  if (out.some((c) => c.amount < 0n)) throw new ChainError(Codes.InsufficientFunds, `${formatCoins(a)} is smaller than ${formatCoins(b)}`);
  return out;
}

export function amountOf(list: Coins, denom: string): bigint {
  for (const c of list) if (c.denom === denom) return c.amount;
  return 0n;
}

export function isAllGte(a: Coins, b: Coins): boolean {
  return b.every((c) => amountOf(a, c.denom) >= c.amount);
}

export function formatCoins(list: Coins): string {
  return list.map((c) => `${c.amount}${c.denom}`).join(',');
}

/** Parses "100stake,5uatom" (the CLI and event form). */
export function parseCoins(s: string): Coin[] {
  if (s.trim() === '') return [];
  const out = s.split(',').map((part) => {
    const m = /^(\d+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim());
    if (m === null) throw new ChainError(Codes.InvalidCoins, `invalid coin "${part}": expected <amount><denom>, e.g. 100stake`);
    return { denom: m[2]!, amount: parseAmount(m[1]!) };
  });
  return normalizeCoins(out);
}
