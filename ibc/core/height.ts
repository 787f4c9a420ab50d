/**
 * IBC heights (`{revisionNumber, revisionHeight}`), their "rev-height" string form, and the
 * revision number a chain ID carries in a `-N` suffix (ibc-go `ParseChainID`).
 */
import type { Height } from 'cosmjs-types/ibc/core/client/v1/client';

export type { Height };

export const ZERO_HEIGHT: Height = Object.freeze({ revisionNumber: 0n, revisionHeight: 0n });

export function height(revisionNumber: bigint | number, revisionHeight: bigint | number): Height {
  return { revisionNumber: BigInt(revisionNumber), revisionHeight: BigInt(revisionHeight) };
}

export function isZeroHeight(h: Height | undefined): boolean {
  return h === undefined || (h.revisionNumber === 0n && h.revisionHeight === 0n);
}

/** −1, 0 or 1: revision number first, then height. */
export function compareHeights(a: Height, b: Height): number {
  if (a.revisionNumber !== b.revisionNumber) return a.revisionNumber < b.revisionNumber ? -1 : 1;
  if (a.revisionHeight !== b.revisionHeight) return a.revisionHeight < b.revisionHeight ? -1 : 1;
  return 0;
}

export function formatHeight(h: Height | undefined): string {
  const v = h ?? ZERO_HEIGHT;
  return `${v.revisionNumber}-${v.revisionHeight}`;
}

export function parseHeight(s: string): Height {
  const m = /^(\d+)-(\d+)$/.exec(s);
  if (m === null) throw new Error(`invalid height "${s}": expected "<revision>-<height>"`);
  return height(BigInt(m[1]!), BigInt(m[2]!));
}

/**
 * The revision number of a chain ID: the digits after its last '-' when the ID is of the
 * `{name}-{N}` form, otherwise 0 (so `meshwork-a` is revision 0 and `osmosis-1` revision 1).
 */
export function revisionOf(chainId: string): bigint {
  const m = /^.*[^\n-]-(\d+)$/.exec(chainId);
  if (m === null) return 0n;
  const digits = m[1]!;
  // A leading zero is not a revision format (ibc-go rejects "chain-01" as a revision number).
  if (digits.length > 1 && digits.startsWith('0')) return 0n;
  return BigInt(digits);
}

/** A chain's own current height as an IBC height. */
export function selfHeight(chainId: string, blockHeight: number): Height {
  return height(revisionOf(chainId), BigInt(blockHeight));
}
