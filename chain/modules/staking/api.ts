/**
 * The staking surface other modules build on (Cosmos "expected keepers"): distribution, slashing,
 * evidence, gov, mint and the wasm querier depend on these interfaces, never on staking's
 * internals. `StakingKeeper` (keeper.ts) implements them.
 */
import type { Context } from '../../kernel/context.js';
import type { Dec } from '../../types/dec.js';
import type { AddressCodec } from '../../types/address.js';

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
  /** Ours (§3.8): jailed by its operator's pause rather than by a fault. */
  paused: boolean;
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
  /** Ours: throw to refuse a consensus key for a new validator (slashing refuses tombstoned keys). */
  validateNewConsensusKey?(ctx: Context, consAddr: Uint8Array): void;
  /** Ours (§3.8): the operator paused the validator (slashing sets `jailed_until = now`). */
  afterValidatorPaused?(ctx: Context, consAddr: Uint8Array, valoper: string): void;
}

/** One slash, as contract hooks report it (mesh-security `valset_update.slashed`). */
export interface SlashRecord {
  validator: string;
  height: number;
  time: bigint;
  infractionHeight: number;
  /** Known for evidence; undefined for liveness faults. */
  infractionTime: bigint | undefined;
  power: bigint;
  /** Total tokens burned (validator + unbonding + redelegation entries). */
  slashAmount: bigint;
  /** The part of `slashAmount` taken from the validator's tokens (shared by its current delegators). */
  validatorBurn: bigint;
  /** The validator's delegator shares at the slash (unchanged by it), to attribute `validatorBurn` per delegation. */
  delegatorShares: Dec;
  slashRatio: Dec;
  isTombstoned: boolean;
}

/**
 * What changed in one block, collected by staking's EndBlock for the app's contract hooks (§7.1).
 * Lists hold valoper addresses in the order the changes happened (additions/removals/updated in
 * power-index order).
 */
export interface ValsetChanges {
  height: number;
  /** True when this EndBlock recomputed the consensus set (epoch boundary or forced). */
  valsetUpdated: boolean;
  /** Set at an epoch boundary (`height % epoch_length_blocks == 0`). */
  epoch: EpochInfo | undefined;
  additions: string[];
  removals: string[];
  updated: string[];
  jailed: string[];
  unjailed: string[];
  tombstoned: string[];
  slashed: SlashRecord[];
}

export interface EpochInfo {
  epoch: number;
  startHeight: number;
  length: number;
}

export type ValsetChangeListener = (ctx: Context, changes: ValsetChanges) => void;

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

/** Redelegations into a validator (the SDK's `HasReceivingRedelegation`), for the wasm querier's `can_redelegate`. */
export interface StakingRedelegations {
  /** Whether `delegator` has a redelegation with entries into `dstValoper` (which it may not redelegate again yet). */
  hasReceivingRedelegation(ctx: Context, delegator: string, dstValoper: string): boolean;
}

/** What slashing and evidence need (Cosmos `ValidatorSet` slash/jail part). */
export interface StakingSlasher {
  /** §4.4 of pos-spec; returns the amount burned. `power` is the power at the infraction. */
  slash(ctx: Context, consAddr: Uint8Array, infractionHeight: number, power: bigint, fraction: Dec, reason: string, infractionTime?: bigint): bigint;
  jail(ctx: Context, consAddr: Uint8Array): void;
  unjail(ctx: Context, consAddr: Uint8Array): void;
  /** Records that the validator's key was tombstoned (for the block's `ValsetChanges`). */
  noteTombstoned(ctx: Context, consAddr: Uint8Array): void;
}

/** Facts staking keeps of past blocks (Cosmos `HistoricalInfo`), for evidence and contract hooks. */
export interface StakingHistory {
  getHistoricalInfo(ctx: Context, height: number): { height: number; time: bigint } | undefined;
  /** The validator's power and the total power that signed block `height`, while it is kept. */
  signingPowerAt(ctx: Context, height: number, consAddr: Uint8Array): { power: bigint; total: bigint } | undefined;
  /** The chain's address codec (SDK: `ValidatorAddressCodec`/`ConsensusAddressCodec`). */
  readonly codec: AddressCodec;
}

/** Epochs and validator-set changes, for the contract hooks module (pos-spec §7.1). */
export interface StakingEpochs {
  epochInfo(ctx: Context): EpochInfo;
  isEpochBoundary(ctx: Context): boolean;
  onValsetChange(listener: ValsetChangeListener): void;
  /** Consensus power: tokens / power_reduction. */
  consensusPower(tokens: bigint): bigint;
  /** Every validator, in operator-address order. */
  allValidatorViews(ctx: Context): ValidatorView[];
}
