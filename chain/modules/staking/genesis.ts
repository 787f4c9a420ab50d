/**
 * x/staking genesis JSON. Two forms share one document:
 * - a *launch* genesis (`validators`, `delegations`): validators are created and tokens delegated
 *   from bank balances, as gentxs would; the set is computed at InitChain;
 * - an *exported* state (`exported`, written by `exportGenesis`): records imported verbatim (Cosmos
 *   `InitGenesis` with `exported = true`), so a chain restarted from it has the same staking state.
 * Amounts are integer strings, decimals 18-place strings ("0.050000000000000000"), times RFC 3339
 * with nanoseconds, durations "<seconds>s".
 */
import { ChainError, Codes } from '../../kernel/errors.js';
import { NS_PER_SECOND } from '../../kernel/context.js';
import { fromHex, toHex } from '../../kernel/keys.js';
import { Dec } from '../../types/dec.js';
import { consensusAddress } from '../../types/address.js';
import type { BondStatus } from './api.js';
import { formatTime, type StakingState } from './keeper.js';
import { DEFAULT_STAKING_PARAMS, type StakingParams, type Validator } from './types.js';

export interface StakingGenesisParams {
  /** "1814400s" (fractional seconds allowed: "0.5s"); a bare number is seconds. */
  unbonding_time?: string;
  max_validators?: number;
  max_entries?: number;
  historical_entries?: number;
  bond_denom?: string;
  min_commission_rate?: string;
  epoch_length_blocks?: number;
}

export interface GenesisValidatorJson {
  operator_address: string;
  /** ed25519 key, hex. */
  consensus_pubkey: string;
  jailed: boolean;
  /** Ours (pos-spec §3.8). */
  paused: boolean;
  status: 'BOND_STATUS_UNBONDED' | 'BOND_STATUS_UNBONDING' | 'BOND_STATUS_BONDED';
  tokens: string;
  delegator_shares: string;
  description: { moniker: string; identity: string; website: string; security_contact: string; details: string };
  unbonding_height: string;
  unbonding_time: string;
  commission: { commission_rates: { rate: string; max_rate: string; max_change_rate: string }; update_time: string };
  min_self_delegation: string;
}

export interface ExportedStakingState {
  last_total_power: string;
  last_validator_powers: { address: string; power: string }[];
  validators: GenesisValidatorJson[];
  delegations: { delegator_address: string; validator_address: string; shares: string }[];
  unbonding_delegations: { delegator_address: string; validator_address: string; entries: { creation_height: string; completion_time: string; initial_balance: string; balance: string }[] }[];
  redelegations: { delegator_address: string; validator_src_address: string; validator_dst_address: string; entries: { creation_height: string; completion_time: string; initial_balance: string; shares_dst: string }[] }[];
}

/** Genesis JSON of our staking module. */
export interface StakingGenesis {
  params?: StakingGenesisParams;
  /** Launch form: created in order, self-delegating `amount` from the operator's bank balance, bonded at once. */
  validators?: {
    /** The operator's account address (bech32). */
    operator: string;
    /** ed25519 consensus public key, hex. */
    pubkey: string;
    amount: string;
    moniker?: string;
    commission_rate?: string;
    commission_max_rate?: string;
    commission_max_change_rate?: string;
    min_self_delegation?: string;
  }[];
  /** Launch form: delegations of `amount` tokens from bank balances. */
  delegations?: { delegator: string; validator: string; amount: string }[];
  /** Exported form; excludes `validators` and `delegations`. */
  exported?: ExportedStakingState;
}

const STATUS_JSON: Record<BondStatus, GenesisValidatorJson['status']> = { unbonded: 'BOND_STATUS_UNBONDED', unbonding: 'BOND_STATUS_UNBONDING', bonded: 'BOND_STATUS_BONDED' };
const STATUS_FROM_JSON: Record<string, BondStatus> = { BOND_STATUS_UNBONDED: 'unbonded', BOND_STATUS_UNBONDING: 'unbonding', BOND_STATUS_BONDED: 'bonded' };

function bad(what: string, value: unknown, expected: string): ChainError {
  return new ChainError(Codes.InvalidRequest, `invalid staking genesis ${what} ${JSON.stringify(value)}: expected ${expected}`);
}
function int(s: string, what: string): bigint {
  if (typeof s !== 'string' || !/^\d+$/.test(s)) throw bad(what, s, 'a non-negative integer string');
  return BigInt(s);
}
function height(s: string, what: string): number {
  const v = int(s, what);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw bad(what, s, 'a height');
  return Number(v);
}
function dec(s: string, what: string): Dec {
  try {
    return Dec.parse(s);
  } catch {
    throw bad(what, s, 'a decimal such as "0.05"');
  }
}

/** "1814400s" / "0.5s" / "600" → ns. */
export function parseDurationNs(s: string, what: string): bigint {
  const m = /^(\d+)(?:\.(\d{1,9}))?s?$/.exec(s);
  if (m === null) throw bad(what, s, 'seconds such as "1814400s"');
  return BigInt(m[1]!) * NS_PER_SECOND + BigInt((m[2] ?? '').padEnd(9, '0') || '0');
}
export function formatDurationNs(ns: bigint): string {
  const frac = (ns % NS_PER_SECOND).toString().padStart(9, '0').replace(/0+$/, '');
  return `${ns / NS_PER_SECOND}${frac === '' ? '' : `.${frac}`}s`;
}

/** RFC 3339 UTC with up to 9 fractional digits → ns since the epoch (inverse of `formatTime`). */
export function parseTime(s: string, what: string): bigint {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(s);
  const ms = m === null ? Number.NaN : Date.parse(`${m[1]}Z`);
  if (m === null || Number.isNaN(ms)) throw bad(what, s, 'an RFC 3339 UTC time such as "2024-01-01T00:00:00.5Z"');
  return BigInt(ms) * 1_000_000n + BigInt((m[2] ?? '').padEnd(9, '0') || '0');
}

export function paramsFromGenesis(gp: StakingGenesisParams | undefined): StakingParams {
  const d = DEFAULT_STAKING_PARAMS;
  const p = gp ?? {};
  return {
    unbondingTimeNs: p.unbonding_time === undefined ? d.unbondingTimeNs : parseDurationNs(p.unbonding_time, 'unbonding_time'),
    maxValidators: p.max_validators ?? d.maxValidators,
    maxEntries: p.max_entries ?? d.maxEntries,
    historicalEntries: p.historical_entries ?? d.historicalEntries,
    bondDenom: p.bond_denom ?? d.bondDenom,
    minCommissionRate: p.min_commission_rate === undefined ? d.minCommissionRate : dec(p.min_commission_rate, 'min_commission_rate'),
    epochLengthBlocks: p.epoch_length_blocks ?? d.epochLengthBlocks,
  };
}

export function paramsToGenesis(p: StakingParams): Required<StakingGenesisParams> {
  return {
    unbonding_time: formatDurationNs(p.unbondingTimeNs),
    max_validators: p.maxValidators,
    max_entries: p.maxEntries,
    historical_entries: p.historicalEntries,
    bond_denom: p.bondDenom,
    min_commission_rate: p.minCommissionRate.toString(),
    epoch_length_blocks: p.epochLengthBlocks,
  };
}

function validatorToGenesis(v: Validator): GenesisValidatorJson {
  return {
    operator_address: v.operator,
    consensus_pubkey: toHex(v.consPubKey),
    jailed: v.jailed,
    paused: v.paused,
    status: STATUS_JSON[v.status],
    tokens: v.tokens.toString(),
    delegator_shares: v.delegatorShares.toString(),
    description: { moniker: v.description.moniker, identity: v.description.identity, website: v.description.website, security_contact: v.description.securityContact, details: v.description.details },
    unbonding_height: String(v.unbondingHeight),
    unbonding_time: formatTime(v.unbondingTime),
    commission: {
      commission_rates: { rate: v.commission.rate.toString(), max_rate: v.commission.maxRate.toString(), max_change_rate: v.commission.maxChangeRate.toString() },
      update_time: formatTime(v.commission.updateTime),
    },
    min_self_delegation: v.minSelfDelegation.toString(),
  };
}

function validatorFromGenesis(j: GenesisValidatorJson): Validator {
  const status = STATUS_FROM_JSON[j.status];
  if (status === undefined) throw bad('validator status', j.status, 'BOND_STATUS_UNBONDED, BOND_STATUS_UNBONDING or BOND_STATUS_BONDED');
  let pk: Uint8Array;
  try {
    pk = fromHex(j.consensus_pubkey);
  } catch {
    throw bad('consensus_pubkey', j.consensus_pubkey, 'a hex ed25519 key');
  }
  if (pk.length !== 32) throw bad('consensus_pubkey', j.consensus_pubkey, 'a 32-byte ed25519 key');
  const d = j.description;
  return {
    operator: j.operator_address,
    consPubKey: pk,
    consAddress: consensusAddress(pk),
    jailed: j.jailed === true,
    paused: j.paused === true,
    status,
    tokens: int(j.tokens, 'validator tokens'),
    delegatorShares: dec(j.delegator_shares, 'delegator_shares'),
    description: { moniker: d.moniker, identity: d.identity, website: d.website, securityContact: d.security_contact, details: d.details },
    unbondingHeight: height(j.unbonding_height, 'unbonding_height'),
    unbondingTime: parseTime(j.unbonding_time, 'unbonding_time'),
    commission: {
      rate: dec(j.commission.commission_rates.rate, 'commission rate'),
      maxRate: dec(j.commission.commission_rates.max_rate, 'commission max_rate'),
      maxChangeRate: dec(j.commission.commission_rates.max_change_rate, 'commission max_change_rate'),
      updateTime: parseTime(j.commission.update_time, 'commission update_time'),
    },
    minSelfDelegation: int(j.min_self_delegation, 'min_self_delegation'),
  };
}

export function stateToGenesis(s: StakingState): StakingGenesis {
  return {
    params: paramsToGenesis(s.params),
    exported: {
      last_total_power: s.lastTotalPower.toString(),
      last_validator_powers: s.lastValidatorPowers.map((p) => ({ address: p.valoper, power: p.power.toString() })),
      validators: s.validators.map(validatorToGenesis),
      delegations: s.delegations.map((d) => ({ delegator_address: d.delegator, validator_address: d.validator, shares: d.shares.toString() })),
      unbonding_delegations: s.unbondingDelegations.map((u) => ({
        delegator_address: u.delegator,
        validator_address: u.validator,
        entries: u.entries.map((e) => ({ creation_height: String(e.creationHeight), completion_time: formatTime(e.completionTime), initial_balance: e.initialBalance.toString(), balance: e.balance.toString() })),
      })),
      redelegations: s.redelegations.map((r) => ({
        delegator_address: r.delegator,
        validator_src_address: r.src,
        validator_dst_address: r.dst,
        entries: r.entries.map((e) => ({ creation_height: String(e.creationHeight), completion_time: formatTime(e.completionTime), initial_balance: e.initialBalance.toString(), shares_dst: e.sharesDst.toString() })),
      })),
    },
  };
}

/** `normalize` canonicalises bech32 account addresses (case); valoper addresses are kept as written. */
export function stateFromGenesis(g: StakingGenesis, normalize: (addr: string) => string): StakingState {
  const x = g.exported;
  if (x === undefined) throw new ChainError(Codes.Logic, 'stateFromGenesis needs the exported form');
  if ((g.validators?.length ?? 0) > 0 || (g.delegations?.length ?? 0) > 0) {
    throw new ChainError(Codes.InvalidRequest, 'staking genesis mixes the exported state with launch validators/delegations; use one form');
  }
  return {
    params: paramsFromGenesis(g.params),
    lastTotalPower: int(x.last_total_power, 'last_total_power'),
    lastValidatorPowers: x.last_validator_powers.map((p) => ({ valoper: p.address, power: int(p.power, 'last validator power') })),
    validators: x.validators.map(validatorFromGenesis),
    delegations: x.delegations.map((d) => ({ delegator: normalize(d.delegator_address), validator: d.validator_address, shares: dec(d.shares, 'delegation shares') })),
    unbondingDelegations: x.unbonding_delegations.map((u) => ({
      delegator: normalize(u.delegator_address),
      validator: u.validator_address,
      entries: u.entries.map((e) => ({ creationHeight: height(e.creation_height, 'creation_height'), completionTime: parseTime(e.completion_time, 'completion_time'), initialBalance: int(e.initial_balance, 'initial_balance'), balance: int(e.balance, 'balance') })),
    })),
    redelegations: x.redelegations.map((r) => ({
      delegator: normalize(r.delegator_address),
      src: r.validator_src_address,
      dst: r.validator_dst_address,
      entries: r.entries.map((e) => ({ creationHeight: height(e.creation_height, 'creation_height'), completionTime: parseTime(e.completion_time, 'completion_time'), initialBalance: int(e.initial_balance, 'initial_balance'), sharesDst: dec(e.shares_dst, 'shares_dst') })),
    })),
  };
}
