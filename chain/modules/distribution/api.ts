/**
 * The distribution surface other modules read (Cosmos "expected keepers"): the wasm querier's
 * `DistributionQuery` answers come from here, never from distribution's internals.
 * `DistributionKeeper` (keeper.ts) implements it.
 */
import type { Context } from '../../kernel/context.js';
import type { DecCoin } from './deccoins.js';

export type { DecCoin } from './deccoins.js';

/** Pending rewards of every delegation of a delegator, in the staking store's order. */
export interface DelegationTotalRewards {
  rewards: { validator: string; reward: DecCoin[] }[];
  total: DecCoin[];
}

/** Read access to a delegator's rewards and withdraw address (state is not changed). */
export interface DistributionReader {
  /** The delegator's withdraw address (itself unless set). */
  getWithdrawAddress(ctx: Context, delegator: string): string;
  /** Pending rewards of one delegation; throws a `ChainError` when the validator or the delegation does not exist. */
  delegationRewards(ctx: Context, delegator: string, valoper: string): DecCoin[];
  delegationTotalRewards(ctx: Context, delegator: string): DelegationTotalRewards;
  /** Validators `delegator` delegates to, in the staking store's order. */
  delegatorValidators(ctx: Context, delegator: string): string[];
}
