/**
 * Gov params: the v0.50 `cosmos.gov.v1.Params` table plus our `proposal_execution_gas`, with the
 * SDK's defaults and validation, and the conversions to the wire form (proto decimals are the
 * human form "0.334000000000000000" in gov v1) and to the snake_case genesis JSON.
 */
import type { Params as ParamsProto } from 'cosmjs-types/cosmos/gov/v1/gov';
import type { Duration } from 'cosmjs-types/google/protobuf/duration';
import { ChainError, Codes } from '../../kernel/errors.js';
import { NS_PER_SECOND } from '../../kernel/context.js';
import { Dec } from '../../types/dec.js';
import { coinsFromProto, coinsToProto, isAllGte, validateCoins, type Coin } from '../../types/coins.js';
import type { AddressCodec } from '../../types/address.js';

/** Ours, not upstream's: EndBlock execution of one proposal is capped (upstream uses an unbounded meter). */
export const DEFAULT_PROPOSAL_EXECUTION_GAS = 10_000_000;
export const DEFAULT_MIN_DEPOSIT = 10_000_000n;

export interface GovParams {
  minDeposit: Coin[];
  /** Durations are in nanoseconds, like block time. */
  maxDepositPeriod: bigint;
  votingPeriod: bigint;
  quorum: Dec;
  threshold: Dec;
  vetoThreshold: Dec;
  minInitialDepositRatio: Dec;
  proposalCancelRatio: Dec;
  /** Empty = burn. */
  proposalCancelDest: string;
  expeditedVotingPeriod: bigint;
  expeditedThreshold: Dec;
  expeditedMinDeposit: Coin[];
  burnVoteQuorum: boolean;
  burnProposalDepositPrevote: boolean;
  burnVoteVeto: boolean;
  minDepositRatio: Dec;
  proposalExecutionGas: number;
}

const DAY_NS = 86_400n * NS_PER_SECOND;

export function defaultGovParams(bondDenom: string): GovParams {
  return {
    minDeposit: [{ denom: bondDenom, amount: DEFAULT_MIN_DEPOSIT }],
    maxDepositPeriod: 2n * DAY_NS,
    votingPeriod: 2n * DAY_NS,
    quorum: Dec.parse('0.334'),
    threshold: Dec.parse('0.5'),
    vetoThreshold: Dec.parse('0.334'),
    minInitialDepositRatio: Dec.ZERO,
    proposalCancelRatio: Dec.parse('0.5'),
    proposalCancelDest: '',
    expeditedVotingPeriod: DAY_NS,
    expeditedThreshold: Dec.parse('0.667'),
    expeditedMinDeposit: [{ denom: bondDenom, amount: 5n * DEFAULT_MIN_DEPOSIT }],
    burnVoteQuorum: false,
    burnProposalDepositPrevote: false,
    burnVoteVeto: true,
    minDepositRatio: Dec.parse('0.01'),
    proposalExecutionGas: DEFAULT_PROPOSAL_EXECUTION_GAS,
  };
}

function invalid(detail: string): ChainError {
  return new ChainError(Codes.InvalidRequest, `invalid gov params: ${detail}`);
}

function checkRatio(name: string, d: Dec, opts: { positive?: boolean } = {}): void {
  if (d.isNegative()) throw invalid(`${name} must be non-negative, got ${d}`);
  if (opts.positive === true && d.isZero()) throw invalid(`${name} must be positive, got ${d}`);
  if (d.gt(Dec.ONE)) throw invalid(`${name} must be at most 1, got ${d}`);
}

/** Upstream `Params.ValidateBasic`, plus our execution gas. */
export function validateGovParams(p: GovParams, codec: AddressCodec): void {
  if (p.minDeposit.length === 0) throw invalid('min_deposit must not be empty');
  validateCoins(p.minDeposit);
  if (p.expeditedMinDeposit.length === 0) throw invalid('expedited_min_deposit must not be empty');
  validateCoins(p.expeditedMinDeposit);
  if (isAllGte(p.minDeposit, p.expeditedMinDeposit)) throw invalid('expedited_min_deposit must be greater than min_deposit');
  if (p.maxDepositPeriod <= 0n) throw invalid('max_deposit_period must be positive');
  checkRatio('quorum', p.quorum);
  checkRatio('threshold', p.threshold, { positive: true });
  checkRatio('expedited_threshold', p.expeditedThreshold, { positive: true });
  if (p.expeditedThreshold.lte(p.threshold)) throw invalid(`expedited_threshold ${p.expeditedThreshold} must be greater than threshold ${p.threshold}`);
  checkRatio('veto_threshold', p.vetoThreshold, { positive: true });
  if (p.votingPeriod <= 0n) throw invalid('voting_period must be positive');
  if (p.expeditedVotingPeriod <= 0n) throw invalid('expedited_voting_period must be positive');
  if (p.expeditedVotingPeriod >= p.votingPeriod) throw invalid('expedited_voting_period must be shorter than voting_period');
  checkRatio('min_initial_deposit_ratio', p.minInitialDepositRatio);
  checkRatio('proposal_cancel_ratio', p.proposalCancelRatio);
  if (p.proposalCancelDest !== '') codec.decode(p.proposalCancelDest, 'proposal_cancel_dest');
  checkRatio('min_deposit_ratio', p.minDepositRatio);
  if (!Number.isSafeInteger(p.proposalExecutionGas) || p.proposalExecutionGas <= 0) throw invalid('proposal_execution_gas must be a positive integer');
}

export function durationToNs(d: Duration | undefined, name: string): bigint {
  if (d === undefined) throw invalid(`${name} must be set`);
  return d.seconds * NS_PER_SECOND + BigInt(d.nanos);
}
export function nsToDuration(ns: bigint): Duration {
  return { seconds: ns / NS_PER_SECOND, nanos: Number(ns % NS_PER_SECOND) };
}

function parseDec(name: string, s: string): Dec {
  try {
    return Dec.parse(s);
  } catch (e) {
    throw invalid(`${name}: ${(e as Error).message}`);
  }
}

/** Wire params → ours; `executionGas` is carried separately because the proto has no such field. */
export function paramsFromProto(p: ParamsProto, executionGas: number): GovParams {
  return {
    minDeposit: coinsFromProto(p.minDeposit),
    maxDepositPeriod: durationToNs(p.maxDepositPeriod, 'max_deposit_period'),
    votingPeriod: durationToNs(p.votingPeriod, 'voting_period'),
    quorum: parseDec('quorum', p.quorum),
    threshold: parseDec('threshold', p.threshold),
    vetoThreshold: parseDec('veto_threshold', p.vetoThreshold),
    minInitialDepositRatio: parseDec('min_initial_deposit_ratio', p.minInitialDepositRatio),
    proposalCancelRatio: parseDec('proposal_cancel_ratio', p.proposalCancelRatio),
    proposalCancelDest: p.proposalCancelDest,
    expeditedVotingPeriod: durationToNs(p.expeditedVotingPeriod, 'expedited_voting_period'),
    expeditedThreshold: parseDec('expedited_threshold', p.expeditedThreshold),
    expeditedMinDeposit: coinsFromProto(p.expeditedMinDeposit),
    burnVoteQuorum: p.burnVoteQuorum,
    burnProposalDepositPrevote: p.burnProposalDepositPrevote,
    burnVoteVeto: p.burnVoteVeto,
    minDepositRatio: parseDec('min_deposit_ratio', p.minDepositRatio),
    proposalExecutionGas: executionGas,
  };
}

export function paramsToProto(p: GovParams): ParamsProto {
  return {
    minDeposit: coinsToProto(p.minDeposit),
    maxDepositPeriod: nsToDuration(p.maxDepositPeriod),
    votingPeriod: nsToDuration(p.votingPeriod),
    quorum: p.quorum.toString(),
    threshold: p.threshold.toString(),
    vetoThreshold: p.vetoThreshold.toString(),
    minInitialDepositRatio: p.minInitialDepositRatio.toString(),
    proposalCancelRatio: p.proposalCancelRatio.toString(),
    proposalCancelDest: p.proposalCancelDest,
    expeditedVotingPeriod: nsToDuration(p.expeditedVotingPeriod),
    expeditedThreshold: p.expeditedThreshold.toString(),
    expeditedMinDeposit: coinsToProto(p.expeditedMinDeposit),
    burnVoteQuorum: p.burnVoteQuorum,
    burnProposalDepositPrevote: p.burnProposalDepositPrevote,
    burnVoteVeto: p.burnVoteVeto,
    minDepositRatio: p.minDepositRatio.toString(),
  };
}

/** Genesis JSON form: snake_case, numbers and amounts as strings, durations as "<seconds>s". */
export interface GovParamsJson {
  min_deposit?: { denom: string; amount: string }[];
  max_deposit_period?: string;
  voting_period?: string;
  quorum?: string;
  threshold?: string;
  veto_threshold?: string;
  min_initial_deposit_ratio?: string;
  proposal_cancel_ratio?: string;
  proposal_cancel_dest?: string;
  expedited_voting_period?: string;
  expedited_threshold?: string;
  expedited_min_deposit?: { denom: string; amount: string }[];
  burn_vote_quorum?: boolean;
  burn_proposal_deposit_prevote?: boolean;
  burn_vote_veto?: boolean;
  min_deposit_ratio?: string;
  proposal_execution_gas?: string;
}

/** "172800s", "0.5s", "1.000000001s" → nanoseconds. */
export function parseDurationJson(s: string, name: string): bigint {
  const m = /^(\d+)(?:\.(\d{1,9}))?s$/.exec(s);
  if (m === null) throw invalid(`${name} "${s}" must be a duration in seconds such as "172800s"`);
  return BigInt(m[1]!) * NS_PER_SECOND + BigInt((m[2] ?? '').padEnd(9, '0'));
}
export function formatDurationJson(ns: bigint): string {
  const s = ns / NS_PER_SECOND;
  const frac = ns % NS_PER_SECOND;
  return frac === 0n ? `${s}s` : `${s}.${frac.toString().padStart(9, '0').replace(/0+$/, '')}s`;
}

/** Genesis params over `base` (fields left out keep the base value). */
export function paramsFromJson(j: GovParamsJson, base: GovParams): GovParams {
  const gas = j.proposal_execution_gas === undefined ? base.proposalExecutionGas : Number(j.proposal_execution_gas);
  return {
    minDeposit: j.min_deposit === undefined ? base.minDeposit : coinsFromProto(j.min_deposit),
    maxDepositPeriod: j.max_deposit_period === undefined ? base.maxDepositPeriod : parseDurationJson(j.max_deposit_period, 'max_deposit_period'),
    votingPeriod: j.voting_period === undefined ? base.votingPeriod : parseDurationJson(j.voting_period, 'voting_period'),
    quorum: j.quorum === undefined ? base.quorum : parseDec('quorum', j.quorum),
    threshold: j.threshold === undefined ? base.threshold : parseDec('threshold', j.threshold),
    vetoThreshold: j.veto_threshold === undefined ? base.vetoThreshold : parseDec('veto_threshold', j.veto_threshold),
    minInitialDepositRatio: j.min_initial_deposit_ratio === undefined ? base.minInitialDepositRatio : parseDec('min_initial_deposit_ratio', j.min_initial_deposit_ratio),
    proposalCancelRatio: j.proposal_cancel_ratio === undefined ? base.proposalCancelRatio : parseDec('proposal_cancel_ratio', j.proposal_cancel_ratio),
    proposalCancelDest: j.proposal_cancel_dest ?? base.proposalCancelDest,
    expeditedVotingPeriod: j.expedited_voting_period === undefined ? base.expeditedVotingPeriod : parseDurationJson(j.expedited_voting_period, 'expedited_voting_period'),
    expeditedThreshold: j.expedited_threshold === undefined ? base.expeditedThreshold : parseDec('expedited_threshold', j.expedited_threshold),
    expeditedMinDeposit: j.expedited_min_deposit === undefined ? base.expeditedMinDeposit : coinsFromProto(j.expedited_min_deposit),
    burnVoteQuorum: j.burn_vote_quorum ?? base.burnVoteQuorum,
    burnProposalDepositPrevote: j.burn_proposal_deposit_prevote ?? base.burnProposalDepositPrevote,
    burnVoteVeto: j.burn_vote_veto ?? base.burnVoteVeto,
    minDepositRatio: j.min_deposit_ratio === undefined ? base.minDepositRatio : parseDec('min_deposit_ratio', j.min_deposit_ratio),
    proposalExecutionGas: gas,
  };
}

export function paramsToJson(p: GovParams): Required<GovParamsJson> {
  return {
    min_deposit: coinsToProto(p.minDeposit),
    max_deposit_period: formatDurationJson(p.maxDepositPeriod),
    voting_period: formatDurationJson(p.votingPeriod),
    quorum: p.quorum.toString(),
    threshold: p.threshold.toString(),
    veto_threshold: p.vetoThreshold.toString(),
    min_initial_deposit_ratio: p.minInitialDepositRatio.toString(),
    proposal_cancel_ratio: p.proposalCancelRatio.toString(),
    proposal_cancel_dest: p.proposalCancelDest,
    expedited_voting_period: formatDurationJson(p.expeditedVotingPeriod),
    expedited_threshold: p.expeditedThreshold.toString(),
    expedited_min_deposit: coinsToProto(p.expeditedMinDeposit),
    burn_vote_quorum: p.burnVoteQuorum,
    burn_proposal_deposit_prevote: p.burnProposalDepositPrevote,
    burn_vote_veto: p.burnVoteVeto,
    min_deposit_ratio: p.minDepositRatio.toString(),
    proposal_execution_gas: String(p.proposalExecutionGas),
  };
}
