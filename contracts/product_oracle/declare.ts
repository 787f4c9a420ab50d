/**
 * product_oracle's API (shared/specs/product-oracle-spec.md): validators attest product work until a
 * stake-weighted quorum finalises a proof; epochs pay the treasury out by signal score; challenges
 * with escrowed bonds end in slash + jail through the chain's `meshwork.slash_and_jail` message;
 * settlements are unique per (payer, reference).
 */
import { contract, struct, enumOf, errors, t } from '../tools/declare.js';
import { U64Value } from '../common/declare.js';

const paging = { offset: t.option(t.u64), limit: t.option(t.u32), start_after: t.option(t.string), with_meta: t.option(t.bool) };
const u64Paging = { offset: t.option(t.u64), limit: t.option(t.u32), start_after: t.option(t.u64), with_meta: t.option(t.bool) };

const configFields = {
  reward_bps: t.option(t.u32),
  challenge_min_bond: t.option(t.Uint128),
  oracle_quorum_bps: t.option(t.u32),
  challenge_resolve_delay_blocks: t.option(t.u64),
  attestation_ttl_blocks: t.option(t.u64),
  challenge_max_open_blocks: t.option(t.u64),
  epoch_length_blocks: t.option(t.u64),
  unit_price: t.option(t.Uint128),
  jail_seconds: t.option(t.u64),
  max_bonus_bps: t.option(t.u32),
  oracle_weight_mode: t.option(t.string),
  initial_work_weight: t.option(t.u64),
  payout_mode: t.option(t.string),
};

export const InstantiateMsg = struct('InstantiateMsg', { owner: t.option(t.string), denom: t.string, ...configFields }, { rust: 'product_oracle::msg::InstantiateMsg' });

export const ProofFilter = struct('ProofFilter', {
  id: t.option(t.string), proof_ref: t.option(t.string), validator: t.option(t.string), reporter: t.option(t.string), epoch: t.option(t.u64),
  min_score: t.option(t.u64), max_score: t.option(t.u64), include_invalid: t.option(t.bool), since_ms: t.option(t.u64), until_ms: t.option(t.u64), ...paging,
});
export const PendingFilter = struct('PendingFilter', {
  id: t.option(t.string), proof_ref: t.option(t.string), validator: t.option(t.string), epoch: t.option(t.u64), min_collected: t.option(t.Uint128),
  since_ms: t.option(t.u64), until_ms: t.option(t.u64), ...paging,
});
export const ChallengeFilter = struct('ChallengeFilter', {
  id: t.option(t.u64), proof_id: t.option(t.string), challenger: t.option(t.string), resolver: t.option(t.string), successful: t.option(t.bool),
  open_only: t.option(t.bool), min_bond: t.option(t.Uint128), since_ms: t.option(t.u64), until_ms: t.option(t.u64), ...u64Paging,
});
export const SettlementFilter = struct('SettlementFilter', {
  reference: t.option(t.string), payer: t.option(t.string), validator: t.option(t.string), epoch: t.option(t.u64), min_amount: t.option(t.Uint128),
  max_amount: t.option(t.Uint128), since_ms: t.option(t.u64), until_ms: t.option(t.u64), ...u64Paging,
});

export const ExecuteMsg = enumOf('ExecuteMsg', {
  attest: { proof_ref: t.string, validator: t.string, units: t.u64, quality_bps: t.u32, idempotent: t.option(t.bool) },
  challenge: { proof_id: t.string, idempotent: t.option(t.bool) },
  resolve_challenge: { challenge_id: t.u64, slash_bps: t.u32, bonus: t.Uint128, idempotent: t.option(t.bool) },
  settle: { reference: t.string, validator: t.option(t.string) },
  advance_epoch: {},
  fund_treasury: {},
  withdraw_treasury: { amount: t.Uint128, recipient: t.string },
  set_work_weight: { validator: t.string, weight: t.u64 },
  update_config: configFields,
  transfer_ownership: { new_owner: t.string },
  accept_ownership: {},
}, { rust: 'product_oracle::msg::ExecuteMsg' });

/** One validator as the chain's `meshwork` custom queries and `epoch` hook describe it (extra fields skipped). */
export const ChainValidator = struct('ChainValidator', { operator: t.string, account: t.string, tokens: t.Uint128, status: t.string, jailed: t.bool, tombstoned: t.bool }, { denyUnknown: false });
export const ChainValidators = struct('ChainValidators', { validators: t.vec(ChainValidator) }, { denyUnknown: false });
export const ChainValidatorOpt = struct('ChainValidatorOpt', { validator: t.option(ChainValidator) }, { denyUnknown: false });
/** The hooks module's sudo payloads; the contract reads fresh stakes by query, so only the call matters. */
export const EpochHook = struct('EpochHook', { epoch: t.option(t.u64) }, { denyUnknown: false });
export const ValsetHook = struct('ValsetHook', {}, { denyUnknown: false });
export const SudoMsg = enumOf('SudoMsg', { epoch: EpochHook, handle_epoch: ValsetHook, valset_update: ValsetHook }, { rust: 'product_oracle::msg::SudoMsg' });

export const QueryMsg = enumOf('QueryMsg', {
  config: {},
  status: {},
  proof: { id: t.string },
  proofs: ProofFilter,
  pending_attestations: PendingFilter,
  challenge_by_id: { id: t.u64 },
  challenges: ChallengeFilter,
  settlement: { id: t.u64 },
  settlements: SettlementFilter,
  settlement_by_reference: { payer: t.string, reference: t.string },
  billing_quote: { units: t.u64 },
  oracle_set: {},
  work_weight: { validator: t.string },
  signal_scores: {},
  settlement_stats: SettlementFilter,
  challenge_stats: ChallengeFilter,
  attestation_stats: PendingFilter,
}, { rust: 'product_oracle::msg::QueryMsg' });

// ---- stored records ----
export const Config = struct('Config', {
  owner: t.Addr, pending_owner: t.option(t.string), denom: t.string, reward_bps: t.u32, challenge_min_bond: t.Uint128, oracle_quorum_bps: t.u32,
  challenge_resolve_delay_blocks: t.u64, attestation_ttl_blocks: t.u64, challenge_max_open_blocks: t.u64, epoch_length_blocks: t.u64,
  unit_price: t.Uint128, jail_seconds: t.u64, max_bonus_bps: t.u32, oracle_weight_mode: t.string, initial_work_weight: t.u64,
  payout_mode: t.string,
}, { rust: 'product_oracle::state::Config' });
export const EpochState = struct('EpochState', { current: t.u64, start_height: t.u64, last_reward_epoch: t.u64, last_boundary: t.u64 }, { rust: 'product_oracle::state::EpochState' });
export const Vote = struct('Vote', { oracle: t.string, oracle_validator: t.string, weight: t.Uint128, ms: t.u64 });
export const PendingAttestation = struct('PendingAttestation', {
  id: t.string, proof_ref: t.string, validator: t.string, units: t.u64, quality_bps: t.u32, score: t.u64, epoch: t.u64, required_weight: t.Uint128,
  collected_weight: t.Uint128, created_height: t.u64, expires_height: t.u64, created_ms: t.u64, updated_ms: t.u64, votes: t.vec(Vote),
}, { rust: 'product_oracle::state::PendingAttestation' });
export const ProductProof = struct('ProductProof', {
  id: t.string, proof_ref: t.string, reporter: t.string, validator: t.string, units: t.u64, quality_bps: t.u32, score: t.u64, epoch: t.u64,
  height: t.u64, ms: t.u64, attestations: t.u32, attested_weight: t.Uint128, challenged: t.bool, invalidated: t.bool, challenge_id: t.option(t.u64),
}, { rust: 'product_oracle::state::ProductProof' });
export const ChallengeVote = struct('ChallengeVote', { oracle: t.string, oracle_validator: t.string, approve: t.bool, weight: t.Uint128, ms: t.u64, slash_bps: t.u32, bonus: t.Uint128 });
export const Challenge = struct('Challenge', {
  id: t.u64, proof_id: t.string, challenger: t.string, bond: t.Uint128, created_height: t.u64, resolve_after_height: t.u64, max_open_height: t.u64,
  required_weight: t.Uint128, accepted_weight: t.Uint128, rejected_weight: t.Uint128, votes: t.vec(ChallengeVote), open: t.bool, successful: t.bool,
  resolver: t.option(t.string), slash_bps: t.u32, bonus: t.Uint128, created_ms: t.u64, resolved_ms: t.option(t.u64),
}, { rust: 'product_oracle::state::Challenge' });
export const Settlement = struct('Settlement', {
  id: t.u64, payer: t.string, reference: t.string, validator: t.option(t.string), amount: t.Uint128, epoch: t.u64, height: t.u64, ms: t.u64,
}, { rust: 'product_oracle::state::Settlement' });
export const ValidatorAmount = struct('ValidatorAmount', { validator: t.string, amount: t.Uint128 });
export const LastRewards = struct('LastRewards', { epoch: t.u64, paid: t.vec(ValidatorAmount) }, { rust: 'product_oracle::state::LastRewards' });
export const ValidatorScore = struct('ValidatorScore', { validator: t.string, score: t.u64 });

// ---- query answers ----
export const StatusResponse = struct('StatusResponse', {
  treasury: t.Uint128, escrow: t.Uint128, reward_bps: t.u32, challenge_min_bond: t.Uint128, oracle_quorum_bps: t.u32, resolve_delay: t.u64,
  attestation_ttl: t.u64, max_open: t.u64, current_epoch: t.u64, last_reward_epoch: t.u64, last_rewards: t.vec(ValidatorAmount),
  pending_signal: t.vec(ValidatorScore), pending_attestations: t.u64, proof_count: t.u64, open_challenges: t.u64, settlement_count: t.u64,
});
const meta = { total: t.option(t.u64), offset: t.option(t.u64), limit: t.option(t.u32), count: t.option(t.u64), has_more: t.option(t.bool) };
export const ProofsResponse = struct('ProofsResponse', { items: t.vec(ProductProof), ...meta });
export const PendingResponse = struct('PendingResponse', { items: t.vec(PendingAttestation), ...meta });
export const ChallengesResponse = struct('ChallengesResponse', { items: t.vec(Challenge), ...meta });
export const SettlementsResponse = struct('SettlementsResponse', { items: t.vec(Settlement), ...meta });
export const SettlementOptResponse = struct('SettlementOptResponse', { settlement: t.option(Settlement) });
export const QuoteResponse = struct('QuoteResponse', { units: t.u64, unit_price: t.Uint128, amount: t.Uint128, denom: t.string });
export const OracleInfo = struct('OracleInfo', { validator: t.string, account: t.string, tokens: t.Uint128, work_weight: t.u64, weight: t.Uint128 });
export const OracleSetResponse = struct('OracleSetResponse', { oracles: t.vec(OracleInfo), total_weight: t.Uint128, required_weight: t.Uint128 });
export const WorkWeightResponse = struct('WorkWeightResponse', { validator: t.string, work_weight: t.u64 });
export const SignalScoresResponse = struct('SignalScoresResponse', { epoch: t.u64, scores: t.vec(ValidatorScore) });
export const CountAmount = struct('CountAmount', { key: t.string, count: t.u64, amount: t.Uint128 });
export const SettlementStatsResponse = struct('SettlementStatsResponse', { count: t.u64, total_amount: t.Uint128, by_validator: t.vec(CountAmount), by_epoch: t.vec(CountAmount) });
export const ChallengeGroup = struct('ChallengeGroup', { key: t.string, count: t.u64, open_count: t.u64, successful: t.u64, rejected: t.u64, bond: t.Uint128 });
export const ChallengeStatsResponse = struct('ChallengeStatsResponse', {
  count: t.u64, open_count: t.u64, closed_count: t.u64, successful: t.u64, rejected: t.u64, total_bond: t.Uint128, open_bond: t.Uint128,
  resolved_bond: t.Uint128, by_challenger: t.vec(ChallengeGroup), by_resolver: t.vec(ChallengeGroup),
});
export const AttestationGroup = struct('AttestationGroup', { validator: t.string, count: t.u64, required: t.Uint128, collected: t.Uint128 });
export const AttestationStatsResponse = struct('AttestationStatsResponse', {
  count: t.u64, total_required: t.Uint128, total_collected: t.Uint128, average_progress_bps: t.u64, by_validator: t.vec(AttestationGroup),
});

/** The privileged chain message (spec §5.2), sent as `{"custom": {"meshwork": {"slash_and_jail": …}}}`. */
export const SlashAndJail = struct('SlashAndJail', { validator: t.string, slash_bps: t.u32, jail_seconds: t.u64, infraction_height: t.u64, reason: t.string });
export const MeshworkMsg = enumOf('MeshworkMsg', { slash_and_jail: SlashAndJail });
/** The distribution module's `delegator_withdraw_address` answer (read when `payout_mode = withdraw_address`). */
export const WithdrawAddressResponse = struct('WithdrawAddressResponse', { withdraw_address: t.string }, { denyUnknown: false });
export const ChainQuery = enumOf('ChainQuery', { validators: { status: t.option(t.string) }, validator_by_account: { account: t.string }, validator: { operator: t.string } });
export const MeshworkQuery = enumOf('MeshworkQuery', { meshwork: ChainQuery });
export const CustomMsg = enumOf('CustomMsg', { meshwork: MeshworkMsg });

export default contract({
  name: 'product-oracle',
  version: '0.1.0',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  sudo: SudoMsg,
  query: QueryMsg,
  responses: {
    config: Config, status: StatusResponse, proof: ProductProof, proofs: ProofsResponse, pending_attestations: PendingResponse, challenge_by_id: Challenge,
    challenges: ChallengesResponse, settlement: Settlement, settlements: SettlementsResponse, settlement_by_reference: SettlementOptResponse,
    billing_quote: QuoteResponse, oracle_set: OracleSetResponse, work_weight: WorkWeightResponse, signal_scores: SignalScoresResponse,
    settlement_stats: SettlementStatsResponse, challenge_stats: ChallengeStatsResponse, attestation_stats: AttestationStatsResponse,
  },
  records: [EpochState, LastRewards, U64Value, ChainValidators, ChainValidatorOpt, CustomMsg, MeshworkQuery, WithdrawAddressResponse],
  errors: errors('ContractError', {
    UnauthorizedOracle: ['unauthorized_oracle: {sender} is not the operator account of a bonded, unjailed validator with stake; only such validators may vote', { sender: t.string }],
    Unauthorized: 'unauthorized: only the owner may do this',
    UnknownValidator: ['unknown_validator: {validator} is not a validator of this chain; use a valoper address from the staking module', { validator: t.string }],
    InvalidProofRef: 'invalid_proof_ref: proof_ref must be 1 to 256 bytes',
    InvalidQualityBps: ['invalid_quality_bps: quality_bps must be in 1..=10000, got {got}', { got: t.u32 }],
    InvalidUnits: 'invalid_units: units must be greater than zero',
    InvalidWeight: 'invalid_weight: a work weight must be at least 1',
    InvalidBps: ['invalid_bps: {field} must be at most 10000', { field: t.string }],
    InvalidConfig: ['invalid_config: {reason}', { reason: t.string }],
    ProofAlreadyFinalized: ['proof_already_finalized: proof {id} is final; query it with the proof query instead of attesting again', { id: t.string }],
    DuplicateAttestationVote: ['duplicate_attestation_vote: {oracle} already attested {id}; resend with idempotent: true to make retries succeed', { oracle: t.string, id: t.string }],
    UnknownProof: ['unknown_proof: no proof {id}', { id: t.string }],
    ProofInvalidated: ['proof_invalidated: proof {id} was invalidated by a challenge and cannot be challenged again', { id: t.string }],
    ChallengeAlreadyOpen: ['challenge_already_open: challenge {challenge_id} on this proof is still open; vote on it or wait for it to close', { challenge_id: t.u64 }],
    BondTooLow: ['bond_too_low: the bond must be at least {min}, got {got}', { min: t.Uint128, got: t.Uint128 }],
    InvalidFunds: ['invalid_funds: send exactly one coin of {denom} with a non-zero amount', { denom: t.string }],
    NoFundsAllowed: 'invalid_funds: this message takes no funds',
    UnknownChallenge: ['unknown_challenge: no challenge {id}', { id: t.u64 }],
    ChallengeClosed: ['challenge_closed: challenge {id} is already resolved or timed out', { id: t.u64 }],
    ChallengeTooEarly: ['challenge_too_early: votes on challenge {id} open at height {height}', { id: t.u64, height: t.u64 }],
    DuplicateChallengeVote: ['duplicate_challenge_vote: {oracle} already voted on challenge {id}; resend with idempotent: true to make retries succeed', { oracle: t.string, id: t.u64 }],
    VoteMismatch: ['vote_mismatch: approve votes on challenge {id} must carry slash_bps {slash_bps} and bonus {bonus}', { id: t.u64, slash_bps: t.u32, bonus: t.Uint128 }],
    RejectWithBonus: 'vote_mismatch: a reject vote (slash_bps 0) must have bonus 0',
    ConflictOfInterest: ['conflict_of_interest: {validator} is the accused validator and may not vote on its own challenge', { validator: t.string }],
    InsufficientTreasury: ['insufficient_treasury: bonus {bonus} exceeds what the treasury may pay ({available})', { bonus: t.Uint128, available: t.Uint128 }],
    DuplicateSettlement: ['duplicate_settlement: {payer} already settled this reference as settlement {settlement_id}; query settlement_by_reference instead of paying again', { payer: t.string, settlement_id: t.u64 }],
    UnknownSettlement: ['unknown_settlement: no settlement {id}', { id: t.u64 }],
    InvalidReference: 'invalid_reference: reference must be 1 to 128 bytes',
    InvalidPagination: ['invalid_pagination: {reason}', { reason: t.string }],
    Overflow: ['overflow: {what} does not fit', { what: t.string }],
    NoPendingOwner: 'unauthorized: there is no ownership transfer to accept, or you are not its recipient',
  }),
});
