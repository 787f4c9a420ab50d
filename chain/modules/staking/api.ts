/**
 * The staking surface other modules build on (Cosmos "expected keepers"): distribution, slashing,
 * evidence, gov, mint and the wasm querier depend on these interfaces, never on staking's
 * internals. `StakingKeeper` (keeper.ts) implements them.
 */
import type { Context } from '../../kernel/context.js';
import type { Dec } from '../../types/dec.js';

export type BondStatus = 'unbonded' | 'unbonding' | 'bonded';

export interface ValidatorView {
  /** Bech32 valoper address. */
  operator: string;
  /** ed25519 consensus public key (32 bytes). */
  consensusPubKey: Uint8Array;
  /** sha256(consensusPubKey)[:20]. */
  consAddress: Uint8Array;
  jailed: boolean;
  status: BondStatus;
  tokens: bigint;
  delegatorShares: Dec;
  commissionRate: Dec;
  commissionMaxRate: Dec;
  commissionMaxChangeRate: Dec;
  minSelfDelegation: bigint;
  moniker: string;
  unbondingHeight: number;
  unbondingTime: bigint;
}

export interface DelegationView {
  delegator: string;
  /** Bech32 valoper address. */
  validator: string;
  shares: Dec;
}

/** Callbacks staking makes into other modules (Cosmos `StakingHooks`); every method optional. */
export interface StakingHooks {
  afterValidatorCreated?(ctx: Context, valoper: string): void;
  beforeValidatorModified?(ctx: Context, valoper: string): void;
  afterValidatorRemoved?(ctx: Context, consAddr: Uint8Array, valoper: string): void;
  afterValidatorBonded?(ctx: Context, consAddr: Uint8Array, valoper: string): void;
  afterValidatorBeginUnbonding?(ctx: Context, consAddr: Uint8Array, valoper: string): void;
  beforeDelegationCreated?(ctx: Context, delegator: string, valoper: string): void;
  beforeDelegationSharesModified?(ctx: Context, delegator: string, valoper: string): void;
  beforeDelegationRemoved?(ctx: Context, delegator: string, valoper: string): void;
  afterDelegationModified?(ctx: Context, delegator: string, valoper: string): void;
  /** `fraction` is the effective fraction of the validator's tokens burned. */
  beforeValidatorSlashed?(ctx: Context, valoper: string, fraction: Dec): void;
}

/** Read access for distribution, gov, mint and queriers. */
export interface StakingReader {
  readonly powerReduction: bigint;
  bondDenom(ctx: Context): string;
  getValidator(ctx: Context, valoper: string): ValidatorView | undefined;
  getValidatorByConsAddr(ctx: Context, consAddr: Uint8Array): ValidatorView | undefined;
  /** Bonded validators, highest power first (ties by operator address bytes), as in the power index. */
  bondedValidatorsByPower(ctx: Context): ValidatorView[];
  getDelegation(ctx: Context, delegator: string, valoper: string): DelegationView | undefined;
  delegatorDelegations(ctx: Context, delegator: string): DelegationView[];
  validatorDelegations(ctx: Context, valoper: string): DelegationView[];
  totalBondedTokens(ctx: Context): bigint;
  /** shares × tokens / delegatorShares, as Dec (Cosmos `TokensFromShares`). */
  tokensFromShares(v: ValidatorView, shares: Dec): Dec;
}

/** What slashing and evidence need (Cosmos `ValidatorSet` slash/jail part). */
export interface StakingSlasher {
  /** §4.4 of pos-spec; returns the amount burned. `power` is the power at the infraction. */
  slash(ctx: Context, consAddr: Uint8Array, infractionHeight: number, power: bigint, fraction: Dec, reason: string): bigint;
  jail(ctx: Context, consAddr: Uint8Array): void;
  unjail(ctx: Context, consAddr: Uint8Array): void;
}
