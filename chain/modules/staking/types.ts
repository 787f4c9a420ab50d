/**
 * x/staking state records, store keys, params and errors. Records are our own JSON (not wire types):
 * encoders build every object with a fixed field order so equal state gives equal bytes.
 */
import { registerError } from '../../kernel/errors.js';
import { concat, decodeJson, encodeJson, lengthPrefixed, u64BE } from '../../kernel/keys.js';
import { Dec } from '../../types/dec.js';
import type { BondStatus } from './api.js';

export const STAKING_STORE = 'staking';
export const BONDED_POOL = 'bonded_tokens_pool';
export const NOT_BONDED_POOL = 'not_bonded_tokens_pool';
export const DEFAULT_POWER_REDUCTION = 1_000_000n;
/** Upstream `DoNotModifyDesc`: a description field with this value keeps its old value on edit. */
export const DO_NOT_MODIFY = '[do-not-modify]';
export const DESCRIPTION_LIMITS = { moniker: 70, identity: 3000, website: 140, securityContact: 140, details: 280 } as const;
export const COMMISSION_UPDATE_INTERVAL_NS = 24n * 3600n * 1_000_000_000n;

export interface StakingParams {
  unbondingTimeNs: bigint;
  maxValidators: number;
  maxEntries: number;
  historicalEntries: number;
  bondDenom: string;
  minCommissionRate: Dec;
  /** Ours (§6): the consensus set is recomputed every `epochLengthBlocks` blocks (1 = Cosmos). */
  epochLengthBlocks: number;
}

export const DEFAULT_STAKING_PARAMS: StakingParams = {
  unbondingTimeNs: 1_814_400n * 1_000_000_000n,
  maxValidators: 100,
  maxEntries: 7,
  historicalEntries: 10_000,
  bondDenom: 'stake',
  minCommissionRate: Dec.ZERO,
  epochLengthBlocks: 1,
};

export interface Description {
  moniker: string;
  identity: string;
  website: string;
  securityContact: string;
  details: string;
}

export interface Commission {
  rate: Dec;
  maxRate: Dec;
  maxChangeRate: Dec;
  updateTime: bigint;
}

export interface Validator {
  operator: string;
  consPubKey: Uint8Array;
  consAddress: Uint8Array;
  jailed: boolean;
  /** Ours (§3.8): jailed by the operator's own pause, not by a fault. */
  paused: boolean;
  status: BondStatus;
  tokens: bigint;
  delegatorShares: Dec;
  description: Description;
  unbondingHeight: number;
  unbondingTime: bigint;
  commission: Commission;
  minSelfDelegation: bigint;
}

export interface UnbondingEntry {
  creationHeight: number;
  completionTime: bigint;
  initialBalance: bigint;
  balance: bigint;
}

export interface RedelegationEntry {
  creationHeight: number;
  completionTime: bigint;
  initialBalance: bigint;
  sharesDst: Dec;
}

export interface UnbondingDelegation {
  delegator: string;
  validator: string;
  entries: UnbondingEntry[];
}

export interface Redelegation {
  delegator: string;
  src: string;
  dst: string;
  entries: RedelegationEntry[];
}

// ---- store layout ------------------------------------------------------------------------------

export const K = {
  lastValidatorPower: 0x11,
  lastTotalPower: 0x12,
  validator: 0x21,
  validatorByCons: 0x22,
  powerIndex: 0x23,
  delegation: 0x31,
  unbonding: 0x32,
  unbondingByVal: 0x33,
  redelegation: 0x34,
  redelegationBySrc: 0x35,
  redelegationByDst: 0x36,
  unbondingQueue: 0x41,
  redelegationQueue: 0x42,
  validatorQueue: 0x43,
  historicalInfo: 0x50,
  params: 0x51,
  forceUpdate: 0x61,
  blockChange: 0x62,
} as const;

export const key = {
  lastPower: (val: Uint8Array) => concat(Uint8Array.of(K.lastValidatorPower), lengthPrefixed(val)),
  validator: (val: Uint8Array) => concat(Uint8Array.of(K.validator), lengthPrefixed(val)),
  byCons: (cons: Uint8Array) => concat(Uint8Array.of(K.validatorByCons), lengthPrefixed(cons)),
  /** Power big-endian then the inverted operator bytes: a descending walk gives power desc, address asc. */
  power: (power: bigint, val: Uint8Array) => concat(Uint8Array.of(K.powerIndex), u64BE(power), lengthPrefixed(val.map((b) => 255 - b))),
  delegation: (del: Uint8Array, val: Uint8Array) => concat(Uint8Array.of(K.delegation), lengthPrefixed(del), lengthPrefixed(val)),
  delegationsOf: (del: Uint8Array) => concat(Uint8Array.of(K.delegation), lengthPrefixed(del)),
  unbonding: (del: Uint8Array, val: Uint8Array) => concat(Uint8Array.of(K.unbonding), lengthPrefixed(del), lengthPrefixed(val)),
  unbondingsOf: (del: Uint8Array) => concat(Uint8Array.of(K.unbonding), lengthPrefixed(del)),
  unbondingByVal: (val: Uint8Array, del: Uint8Array) => concat(Uint8Array.of(K.unbondingByVal), lengthPrefixed(val), lengthPrefixed(del)),
  unbondingsByVal: (val: Uint8Array) => concat(Uint8Array.of(K.unbondingByVal), lengthPrefixed(val)),
  redelegation: (del: Uint8Array, src: Uint8Array, dst: Uint8Array) => concat(Uint8Array.of(K.redelegation), lengthPrefixed(del), lengthPrefixed(src), lengthPrefixed(dst)),
  redelegationsOf: (del: Uint8Array) => concat(Uint8Array.of(K.redelegation), lengthPrefixed(del)),
  redelegationsOfFrom: (del: Uint8Array, src: Uint8Array) => concat(Uint8Array.of(K.redelegation), lengthPrefixed(del), lengthPrefixed(src)),
  redBySrc: (src: Uint8Array, del: Uint8Array, dst: Uint8Array) => concat(Uint8Array.of(K.redelegationBySrc), lengthPrefixed(src), lengthPrefixed(del), lengthPrefixed(dst)),
  redsBySrc: (src: Uint8Array) => concat(Uint8Array.of(K.redelegationBySrc), lengthPrefixed(src)),
  redByDst: (dst: Uint8Array, del: Uint8Array, src: Uint8Array) => concat(Uint8Array.of(K.redelegationByDst), lengthPrefixed(dst), lengthPrefixed(del), lengthPrefixed(src)),
  redsByDstDel: (dst: Uint8Array, del: Uint8Array) => concat(Uint8Array.of(K.redelegationByDst), lengthPrefixed(dst), lengthPrefixed(del)),
  ubdQueue: (time: bigint) => concat(Uint8Array.of(K.unbondingQueue), u64BE(time)),
  redQueue: (time: bigint) => concat(Uint8Array.of(K.redelegationQueue), u64BE(time)),
  valQueue: (time: bigint, height: number) => concat(Uint8Array.of(K.validatorQueue), u64BE(time), u64BE(height)),
  blockChange: (seq: number) => concat(Uint8Array.of(K.blockChange), u64BE(seq)),
  historicalInfo: (height: number) => concat(Uint8Array.of(K.historicalInfo), u64BE(height)),
};

// ---- record codecs ------------------------------------------------------------------------------

interface ValidatorJson {
  operator: string;
  cons_pubkey: string;
  jailed: boolean;
  paused: boolean;
  status: BondStatus;
  tokens: string;
  delegator_shares: string;
  description: { moniker: string; identity: string; website: string; security_contact: string; details: string };
  unbonding_height: number;
  unbonding_time: string;
  commission: { rate: string; max_rate: string; max_change_rate: string; update_time: string };
  min_self_delegation: string;
}

export function encodeValidator(v: Validator): Uint8Array {
  return encodeJson(validatorToJson(v));
}

function validatorToJson(v: Validator): ValidatorJson {
  return {
    operator: v.operator,
    cons_pubkey: Buffer.from(v.consPubKey).toString('hex'),
    jailed: v.jailed,
    paused: v.paused,
    status: v.status,
    tokens: v.tokens.toString(),
    delegator_shares: v.delegatorShares.toAtomicsString(),
    description: { moniker: v.description.moniker, identity: v.description.identity, website: v.description.website, security_contact: v.description.securityContact, details: v.description.details },
    unbonding_height: v.unbondingHeight,
    unbonding_time: v.unbondingTime.toString(),
    commission: { rate: v.commission.rate.toAtomicsString(), max_rate: v.commission.maxRate.toAtomicsString(), max_change_rate: v.commission.maxChangeRate.toAtomicsString(), update_time: v.commission.updateTime.toString() },
    min_self_delegation: v.minSelfDelegation.toString(),
  };
}

export function decodeValidator(b: Uint8Array, consAddress: (pk: Uint8Array) => Uint8Array): Validator {
  return validatorFromJson(decodeJson<ValidatorJson>(b), consAddress);
}

function validatorFromJson(j: ValidatorJson, consAddress: (pk: Uint8Array) => Uint8Array): Validator {
  const pk = new Uint8Array(Buffer.from(j.cons_pubkey, 'hex'));
  return {
    operator: j.operator,
    consPubKey: pk,
    consAddress: consAddress(pk),
    jailed: j.jailed,
    paused: j.paused,
    status: j.status,
    tokens: BigInt(j.tokens),
    delegatorShares: Dec.fromAtomicsString(j.delegator_shares),
    description: { moniker: j.description.moniker, identity: j.description.identity, website: j.description.website, securityContact: j.description.security_contact, details: j.description.details },
    unbondingHeight: j.unbonding_height,
    unbondingTime: BigInt(j.unbonding_time),
    commission: {
      rate: Dec.fromAtomicsString(j.commission.rate),
      maxRate: Dec.fromAtomicsString(j.commission.max_rate),
      maxChangeRate: Dec.fromAtomicsString(j.commission.max_change_rate),
      updateTime: BigInt(j.commission.update_time),
    },
    minSelfDelegation: BigInt(j.min_self_delegation),
  };
}

export function encodeUbdEntries(entries: UnbondingEntry[]): Uint8Array {
  return encodeJson(entries.map((e) => [e.creationHeight, e.completionTime.toString(), e.initialBalance.toString(), e.balance.toString()]));
}
export function decodeUbdEntries(b: Uint8Array): UnbondingEntry[] {
  return decodeJson<[number, string, string, string][]>(b).map(([h, t, i, bal]) => ({ creationHeight: h, completionTime: BigInt(t), initialBalance: BigInt(i), balance: BigInt(bal) }));
}
export function encodeRedEntries(entries: RedelegationEntry[]): Uint8Array {
  return encodeJson(entries.map((e) => [e.creationHeight, e.completionTime.toString(), e.initialBalance.toString(), e.sharesDst.toAtomicsString()]));
}
export function decodeRedEntries(b: Uint8Array): RedelegationEntry[] {
  return decodeJson<[number, string, string, string][]>(b).map(([h, t, i, s]) => ({ creationHeight: h, completionTime: BigInt(t), initialBalance: BigInt(i), sharesDst: Dec.fromAtomicsString(s) }));
}

/**
 * What BeginBlock of `height` records (Cosmos `HistoricalInfo`, plus the consensus powers): the
 * header facts the context knows and the consensus set as of that moment, i.e. the set EndBlock
 * `height − 1` returned, which signs `height + 1`. Validators are in consensus-power order.
 */
export interface HistoricalRecord {
  chainId: string;
  height: number;
  time: bigint;
  proposer: Uint8Array;
  validators: Validator[];
  /** `last_validator_power` of each validator (the power consensus holds), same order. */
  powers: bigint[];
}

interface HistoricalJson {
  chain_id: string;
  height: number;
  time: string;
  proposer: string;
  validators: ValidatorJson[];
  powers: string[];
}

export function encodeHistorical(h: HistoricalRecord): Uint8Array {
  const j: HistoricalJson = {
    chain_id: h.chainId,
    height: h.height,
    time: h.time.toString(),
    proposer: Buffer.from(h.proposer).toString('hex'),
    validators: h.validators.map(validatorToJson),
    powers: h.powers.map((p) => p.toString()),
  };
  return encodeJson(j);
}

export function decodeHistorical(b: Uint8Array, consAddress: (pk: Uint8Array) => Uint8Array): HistoricalRecord {
  const j = decodeJson<HistoricalJson>(b);
  return {
    chainId: j.chain_id,
    height: j.height,
    time: BigInt(j.time),
    proposer: new Uint8Array(Buffer.from(j.proposer, 'hex')),
    validators: j.validators.map((v) => validatorFromJson(v, consAddress)),
    powers: j.powers.map((p) => BigInt(p)),
  };
}

interface ParamsJson {
  unbonding_time_ns: string;
  max_validators: number;
  max_entries: number;
  historical_entries: number;
  bond_denom: string;
  min_commission_rate: string;
  epoch_length_blocks: number;
}
export function encodeParams(p: StakingParams): Uint8Array {
  const j: ParamsJson = {
    unbonding_time_ns: p.unbondingTimeNs.toString(),
    max_validators: p.maxValidators,
    max_entries: p.maxEntries,
    historical_entries: p.historicalEntries,
    bond_denom: p.bondDenom,
    min_commission_rate: p.minCommissionRate.toAtomicsString(),
    epoch_length_blocks: p.epochLengthBlocks,
  };
  return encodeJson(j);
}
export function decodeParams(b: Uint8Array): StakingParams {
  const j = decodeJson<ParamsJson>(b);
  return {
    unbondingTimeNs: BigInt(j.unbonding_time_ns),
    maxValidators: j.max_validators,
    maxEntries: j.max_entries,
    historicalEntries: j.historical_entries,
    bondDenom: j.bond_denom,
    minCommissionRate: Dec.fromAtomicsString(j.min_commission_rate),
    epochLengthBlocks: j.epoch_length_blocks,
  };
}

// ---- errors (codespace "staking", upstream numbers) ---------------------------------------------

export const StakingErrors = Object.freeze({
  EmptyValidatorAddr: registerError('staking', 2, 'empty validator address'),
  NoValidatorFound: registerError('staking', 3, 'validator does not exist'),
  ValidatorOwnerExists: registerError('staking', 4, 'validator already exist for this operator address; must use new validator operator address'),
  ValidatorPubKeyExists: registerError('staking', 5, 'validator already exist for this pubkey; must use new validator pubkey'),
  ValidatorPubKeyTypeNotSupported: registerError('staking', 6, 'validator pubkey type is not supported'),
  ValidatorJailed: registerError('staking', 7, 'validator for this address is currently jailed'),
  BadRemoveValidator: registerError('staking', 8, 'failed to remove validator'),
  CommissionNegative: registerError('staking', 9, 'commission must be positive'),
  CommissionHuge: registerError('staking', 10, 'commission cannot be more than 100%'),
  CommissionGTMaxRate: registerError('staking', 11, 'commission cannot be more than the max rate'),
  CommissionUpdateTime: registerError('staking', 12, 'commission cannot be changed more than once in 24h'),
  CommissionChangeRateNegative: registerError('staking', 13, 'commission change rate must be positive'),
  CommissionChangeRateGTMaxRate: registerError('staking', 14, 'commission change rate cannot be more than the max rate'),
  CommissionGTMaxChangeRate: registerError('staking', 15, 'commission cannot be changed more than max change rate'),
  SelfDelegationBelowMinimum: registerError('staking', 16, "validator's self delegation must be greater than their minimum self delegation"),
  MinSelfDelegationDecreased: registerError('staking', 17, 'minimum self delegation cannot be decrease'),
  NoDelegation: registerError('staking', 19, 'no delegation for (address, validator) tuple'),
  InsufficientShares: registerError('staking', 22, 'insufficient delegation shares'),
  NotEnoughDelegationShares: registerError('staking', 24, 'not enough delegation shares'),
  NoUnbondingDelegation: registerError('staking', 26, 'no unbonding delegation found'),
  MaxUnbondingDelegationEntries: registerError('staking', 27, 'too many unbonding delegation entries for (delegator, validator) tuple'),
  NoRedelegation: registerError('staking', 28, 'no redelegation found'),
  SelfRedelegation: registerError('staking', 29, 'cannot redelegate to the same validator'),
  TinyRedelegationAmount: registerError('staking', 30, 'too few tokens to redelegate (truncates to zero tokens)'),
  BadRedelegationDst: registerError('staking', 31, 'redelegation destination validator not found'),
  TransitiveRedelegation: registerError('staking', 32, 'redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation'),
  MaxRedelegationEntries: registerError('staking', 33, 'too many redelegation entries for (delegator, src-validator, dst-validator) tuple'),
  DelegatorShareExRateInvalid: registerError('staking', 34, 'cannot delegate to validators with invalid (zero) ex-rate'),
  NoHistoricalInfo: registerError('staking', 38, 'no historical info found'),
  EmptyValidatorPubKey: registerError('staking', 39, 'empty validator public key'),
  CommissionLTMinRate: registerError('staking', 40, 'commission cannot be less than min rate'),
  BadRedelegationSrc: registerError('staking', 44, 'redelegation source validator not found'),
});
