// Generated from contracts/product_oracle/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/product_oracle.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee, Coin } from '../tools/client-backend.js';
import type { U64Value } from '../common/client.js';
export type { U64Value } from '../common/client.js';

export type Uint128 = string;

export interface InstantiateMsg {
  owner?: string | null;
  denom: string;
  reward_bps?: number | null;
  challenge_min_bond?: Uint128 | null;
  oracle_quorum_bps?: number | null;
  challenge_resolve_delay_blocks?: number | null;
  attestation_ttl_blocks?: number | null;
  challenge_max_open_blocks?: number | null;
  epoch_length_blocks?: number | null;
  unit_price?: Uint128 | null;
  jail_seconds?: number | null;
  max_bonus_bps?: number | null;
  oracle_weight_mode?: string | null;
  initial_work_weight?: number | null;
  payout_mode?: string | null;
}

export type ExecuteMsg =
  | { attest: {
      proof_ref: string;
      validator: string;
      units: number;
      quality_bps: number;
      idempotent?: boolean | null;
    } }
  | { challenge: {
      proof_id: string;
      idempotent?: boolean | null;
    } }
  | { resolve_challenge: {
      challenge_id: number;
      slash_bps: number;
      bonus: Uint128;
      idempotent?: boolean | null;
    } }
  | { settle: {
      reference: string;
      validator?: string | null;
    } }
  | { advance_epoch: {} }
  | { fund_treasury: {} }
  | { withdraw_treasury: {
      amount: Uint128;
      recipient: string;
    } }
  | { set_work_weight: {
      validator: string;
      weight: number;
    } }
  | { update_config: {
      reward_bps?: number | null;
      challenge_min_bond?: Uint128 | null;
      oracle_quorum_bps?: number | null;
      challenge_resolve_delay_blocks?: number | null;
      attestation_ttl_blocks?: number | null;
      challenge_max_open_blocks?: number | null;
      epoch_length_blocks?: number | null;
      unit_price?: Uint128 | null;
      jail_seconds?: number | null;
      max_bonus_bps?: number | null;
      oracle_weight_mode?: string | null;
      initial_work_weight?: number | null;
      payout_mode?: string | null;
    } }
  | { transfer_ownership: {
      new_owner: string;
    } }
  | { accept_ownership: {} };

export interface ProofFilter {
  id?: string | null;
  proof_ref?: string | null;
  validator?: string | null;
  reporter?: string | null;
  epoch?: number | null;
  min_score?: number | null;
  max_score?: number | null;
  include_invalid?: boolean | null;
  since_ms?: number | null;
  until_ms?: number | null;
  offset?: number | null;
  limit?: number | null;
  start_after?: string | null;
  with_meta?: boolean | null;
}

export interface PendingFilter {
  id?: string | null;
  proof_ref?: string | null;
  validator?: string | null;
  epoch?: number | null;
  min_collected?: Uint128 | null;
  since_ms?: number | null;
  until_ms?: number | null;
  offset?: number | null;
  limit?: number | null;
  start_after?: string | null;
  with_meta?: boolean | null;
}

export interface ChallengeFilter {
  id?: number | null;
  proof_id?: string | null;
  challenger?: string | null;
  resolver?: string | null;
  successful?: boolean | null;
  open_only?: boolean | null;
  min_bond?: Uint128 | null;
  since_ms?: number | null;
  until_ms?: number | null;
  offset?: number | null;
  limit?: number | null;
  start_after?: number | null;
  with_meta?: boolean | null;
}

export interface SettlementFilter {
  reference?: string | null;
  payer?: string | null;
  validator?: string | null;
  epoch?: number | null;
  min_amount?: Uint128 | null;
  max_amount?: Uint128 | null;
  since_ms?: number | null;
  until_ms?: number | null;
  offset?: number | null;
  limit?: number | null;
  start_after?: number | null;
  with_meta?: boolean | null;
}

export type QueryMsg =
  | { config: {} }
  | { status: {} }
  | { proof: {
      id: string;
    } }
  | { proofs: ProofFilter }
  | { pending_attestations: PendingFilter }
  | { challenge_by_id: {
      id: number;
    } }
  | { challenges: ChallengeFilter }
  | { settlement: {
      id: number;
    } }
  | { settlements: SettlementFilter }
  | { settlement_by_reference: {
      payer: string;
      reference: string;
    } }
  | { billing_quote: {
      units: number;
    } }
  | { oracle_set: {} }
  | { work_weight: {
      validator: string;
    } }
  | { signal_scores: {} }
  | { settlement_stats: SettlementFilter }
  | { challenge_stats: ChallengeFilter }
  | { attestation_stats: PendingFilter };

export interface EpochHook {
  epoch?: number | null;
}

export interface ValsetHook {}

export type SudoMsg =
  | { epoch: EpochHook }
  | { handle_epoch: ValsetHook }
  | { valset_update: ValsetHook };

export type Addr = string;

export interface Config {
  owner: Addr;
  pending_owner?: string | null;
  denom: string;
  reward_bps: number;
  challenge_min_bond: Uint128;
  oracle_quorum_bps: number;
  challenge_resolve_delay_blocks: number;
  attestation_ttl_blocks: number;
  challenge_max_open_blocks: number;
  epoch_length_blocks: number;
  unit_price: Uint128;
  jail_seconds: number;
  max_bonus_bps: number;
  oracle_weight_mode: string;
  initial_work_weight: number;
  payout_mode: string;
}

export interface ValidatorAmount {
  validator: string;
  amount: Uint128;
}

export interface ValidatorScore {
  validator: string;
  score: number;
}

export interface StatusResponse {
  treasury: Uint128;
  escrow: Uint128;
  reward_bps: number;
  challenge_min_bond: Uint128;
  oracle_quorum_bps: number;
  resolve_delay: number;
  attestation_ttl: number;
  max_open: number;
  current_epoch: number;
  last_reward_epoch: number;
  last_rewards: ValidatorAmount[];
  pending_signal: ValidatorScore[];
  pending_attestations: number;
  proof_count: number;
  open_challenges: number;
  settlement_count: number;
}

export interface ProductProof {
  id: string;
  proof_ref: string;
  reporter: string;
  validator: string;
  units: number;
  quality_bps: number;
  score: number;
  epoch: number;
  height: number;
  ms: number;
  attestations: number;
  attested_weight: Uint128;
  challenged: boolean;
  invalidated: boolean;
  challenge_id?: number | null;
}

export interface ProofsResponse {
  items: ProductProof[];
  total?: number | null;
  offset?: number | null;
  limit?: number | null;
  count?: number | null;
  has_more?: boolean | null;
}

export interface Vote {
  oracle: string;
  oracle_validator: string;
  weight: Uint128;
  ms: number;
}

export interface PendingAttestation {
  id: string;
  proof_ref: string;
  validator: string;
  units: number;
  quality_bps: number;
  score: number;
  epoch: number;
  required_weight: Uint128;
  collected_weight: Uint128;
  created_height: number;
  expires_height: number;
  created_ms: number;
  updated_ms: number;
  votes: Vote[];
}

export interface PendingResponse {
  items: PendingAttestation[];
  total?: number | null;
  offset?: number | null;
  limit?: number | null;
  count?: number | null;
  has_more?: boolean | null;
}

export interface ChallengeVote {
  oracle: string;
  oracle_validator: string;
  approve: boolean;
  weight: Uint128;
  ms: number;
  slash_bps: number;
  bonus: Uint128;
}

export interface Challenge {
  id: number;
  proof_id: string;
  challenger: string;
  bond: Uint128;
  created_height: number;
  resolve_after_height: number;
  max_open_height: number;
  required_weight: Uint128;
  accepted_weight: Uint128;
  rejected_weight: Uint128;
  votes: ChallengeVote[];
  open: boolean;
  successful: boolean;
  resolver?: string | null;
  slash_bps: number;
  bonus: Uint128;
  created_ms: number;
  resolved_ms?: number | null;
}

export interface ChallengesResponse {
  items: Challenge[];
  total?: number | null;
  offset?: number | null;
  limit?: number | null;
  count?: number | null;
  has_more?: boolean | null;
}

export interface Settlement {
  id: number;
  payer: string;
  reference: string;
  validator?: string | null;
  amount: Uint128;
  epoch: number;
  height: number;
  ms: number;
}

export interface SettlementsResponse {
  items: Settlement[];
  total?: number | null;
  offset?: number | null;
  limit?: number | null;
  count?: number | null;
  has_more?: boolean | null;
}

export interface SettlementOptResponse {
  settlement?: Settlement | null;
}

export interface QuoteResponse {
  units: number;
  unit_price: Uint128;
  amount: Uint128;
  denom: string;
}

export interface OracleInfo {
  validator: string;
  account: string;
  tokens: Uint128;
  work_weight: number;
  weight: Uint128;
}

export interface OracleSetResponse {
  oracles: OracleInfo[];
  total_weight: Uint128;
  required_weight: Uint128;
}

export interface WorkWeightResponse {
  validator: string;
  work_weight: number;
}

export interface SignalScoresResponse {
  epoch: number;
  scores: ValidatorScore[];
}

export interface CountAmount {
  key: string;
  count: number;
  amount: Uint128;
}

export interface SettlementStatsResponse {
  count: number;
  total_amount: Uint128;
  by_validator: CountAmount[];
  by_epoch: CountAmount[];
}

export interface ChallengeGroup {
  key: string;
  count: number;
  open_count: number;
  successful: number;
  rejected: number;
  bond: Uint128;
}

export interface ChallengeStatsResponse {
  count: number;
  open_count: number;
  closed_count: number;
  successful: number;
  rejected: number;
  total_bond: Uint128;
  open_bond: Uint128;
  resolved_bond: Uint128;
  by_challenger: ChallengeGroup[];
  by_resolver: ChallengeGroup[];
}

export interface AttestationGroup {
  validator: string;
  count: number;
  required: Uint128;
  collected: Uint128;
}

export interface AttestationStatsResponse {
  count: number;
  total_required: Uint128;
  total_collected: Uint128;
  average_progress_bps: number;
  by_validator: AttestationGroup[];
}

export interface EpochState {
  current: number;
  start_height: number;
  last_reward_epoch: number;
  last_boundary: number;
}

export interface LastRewards {
  epoch: number;
  paid: ValidatorAmount[];
}

export interface ChainValidator {
  operator: string;
  account: string;
  tokens: Uint128;
  status: string;
  jailed: boolean;
  tombstoned: boolean;
}

export interface ChainValidators {
  validators: ChainValidator[];
}

export interface ChainValidatorOpt {
  validator?: ChainValidator | null;
}

export interface SlashAndJail {
  validator: string;
  slash_bps: number;
  jail_seconds: number;
  infraction_height: number;
  reason: string;
}

export type MeshworkMsg =
  | { slash_and_jail: SlashAndJail };

export type CustomMsg =
  | { meshwork: MeshworkMsg };

export type ChainQuery =
  | { validators: {
      status?: string | null;
    } }
  | { validator_by_account: {
      account: string;
    } }
  | { validator: {
      operator: string;
    } };

export type MeshworkQuery =
  | { meshwork: ChainQuery };

export interface WithdrawAddressResponse {
  withdraw_address: string;
}

export interface ProductOracleReadOnlyInterface {
  contractAddress: string;
  config: () => Promise<Config>;
  status: () => Promise<StatusResponse>;
  proof: (args: { id: string }) => Promise<ProductProof>;
  proofs: (value: ProofFilter) => Promise<ProofsResponse>;
  pendingAttestations: (value: PendingFilter) => Promise<PendingResponse>;
  challengeById: (args: { id: number }) => Promise<Challenge>;
  challenges: (value: ChallengeFilter) => Promise<ChallengesResponse>;
  settlement: (args: { id: number }) => Promise<Settlement>;
  settlements: (value: SettlementFilter) => Promise<SettlementsResponse>;
  settlementByReference: (args: { payer: string; reference: string }) => Promise<SettlementOptResponse>;
  billingQuote: (args: { units: number }) => Promise<QuoteResponse>;
  oracleSet: () => Promise<OracleSetResponse>;
  workWeight: (args: { validator: string }) => Promise<WorkWeightResponse>;
  signalScores: () => Promise<SignalScoresResponse>;
  settlementStats: (value: SettlementFilter) => Promise<SettlementStatsResponse>;
  challengeStats: (value: ChallengeFilter) => Promise<ChallengeStatsResponse>;
  attestationStats: (value: PendingFilter) => Promise<AttestationStatsResponse>;
}

export class ProductOracleQueryClient implements ProductOracleReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  config = async (): Promise<Config> => {
    return (await this.client.queryContractSmart(this.contractAddress, { config: {} })) as Config;
  };
  status = async (): Promise<StatusResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { status: {} })) as StatusResponse;
  };
  proof = async ({ id }: { id: string }): Promise<ProductProof> => {
    return (await this.client.queryContractSmart(this.contractAddress, { proof: { id } })) as ProductProof;
  };
  proofs = async (value: ProofFilter): Promise<ProofsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { proofs: value })) as ProofsResponse;
  };
  pendingAttestations = async (value: PendingFilter): Promise<PendingResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { pending_attestations: value })) as PendingResponse;
  };
  challengeById = async ({ id }: { id: number }): Promise<Challenge> => {
    return (await this.client.queryContractSmart(this.contractAddress, { challenge_by_id: { id } })) as Challenge;
  };
  challenges = async (value: ChallengeFilter): Promise<ChallengesResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { challenges: value })) as ChallengesResponse;
  };
  settlement = async ({ id }: { id: number }): Promise<Settlement> => {
    return (await this.client.queryContractSmart(this.contractAddress, { settlement: { id } })) as Settlement;
  };
  settlements = async (value: SettlementFilter): Promise<SettlementsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { settlements: value })) as SettlementsResponse;
  };
  settlementByReference = async ({ payer, reference }: { payer: string; reference: string }): Promise<SettlementOptResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { settlement_by_reference: { payer, reference } })) as SettlementOptResponse;
  };
  billingQuote = async ({ units }: { units: number }): Promise<QuoteResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { billing_quote: { units } })) as QuoteResponse;
  };
  oracleSet = async (): Promise<OracleSetResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { oracle_set: {} })) as OracleSetResponse;
  };
  workWeight = async ({ validator }: { validator: string }): Promise<WorkWeightResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { work_weight: { validator } })) as WorkWeightResponse;
  };
  signalScores = async (): Promise<SignalScoresResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { signal_scores: {} })) as SignalScoresResponse;
  };
  settlementStats = async (value: SettlementFilter): Promise<SettlementStatsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { settlement_stats: value })) as SettlementStatsResponse;
  };
  challengeStats = async (value: ChallengeFilter): Promise<ChallengeStatsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { challenge_stats: value })) as ChallengeStatsResponse;
  };
  attestationStats = async (value: PendingFilter): Promise<AttestationStatsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { attestation_stats: value })) as AttestationStatsResponse;
  };
}

export interface ProductOracleInterface extends ProductOracleReadOnlyInterface {
  contractAddress: string;
  sender: string;
  attest: (args: { proofRef: string; validator: string; units: number; qualityBps: number; idempotent?: boolean | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  challenge: (args: { proofId: string; idempotent?: boolean | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  resolveChallenge: (args: { challengeId: number; slashBps: number; bonus: Uint128; idempotent?: boolean | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  settle: (args: { reference: string; validator?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  advanceEpoch: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  fundTreasury: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  withdrawTreasury: (args: { amount: Uint128; recipient: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  setWorkWeight: (args: { validator: string; weight: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  updateConfig: (args: { rewardBps?: number | null; challengeMinBond?: Uint128 | null; oracleQuorumBps?: number | null; challengeResolveDelayBlocks?: number | null; attestationTtlBlocks?: number | null; challengeMaxOpenBlocks?: number | null; epochLengthBlocks?: number | null; unitPrice?: Uint128 | null; jailSeconds?: number | null; maxBonusBps?: number | null; oracleWeightMode?: string | null; initialWorkWeight?: number | null; payoutMode?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  transferOwnership: (args: { newOwner: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  acceptOwnership: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class ProductOracleClient extends ProductOracleQueryClient implements ProductOracleInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  attest = async ({ proofRef, validator, units, qualityBps, idempotent }: { proofRef: string; validator: string; units: number; qualityBps: number; idempotent?: boolean | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { attest: { proof_ref: proofRef, validator, units, quality_bps: qualityBps, idempotent } }, fee_, memo_, funds_);
  };
  challenge = async ({ proofId, idempotent }: { proofId: string; idempotent?: boolean | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { challenge: { proof_id: proofId, idempotent } }, fee_, memo_, funds_);
  };
  resolveChallenge = async ({ challengeId, slashBps, bonus, idempotent }: { challengeId: number; slashBps: number; bonus: Uint128; idempotent?: boolean | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { resolve_challenge: { challenge_id: challengeId, slash_bps: slashBps, bonus, idempotent } }, fee_, memo_, funds_);
  };
  settle = async ({ reference, validator }: { reference: string; validator?: string | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { settle: { reference, validator } }, fee_, memo_, funds_);
  };
  advanceEpoch = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { advance_epoch: {} }, fee_, memo_, funds_);
  };
  fundTreasury = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { fund_treasury: {} }, fee_, memo_, funds_);
  };
  withdrawTreasury = async ({ amount, recipient }: { amount: Uint128; recipient: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { withdraw_treasury: { amount, recipient } }, fee_, memo_, funds_);
  };
  setWorkWeight = async ({ validator, weight }: { validator: string; weight: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { set_work_weight: { validator, weight } }, fee_, memo_, funds_);
  };
  updateConfig = async ({ rewardBps, challengeMinBond, oracleQuorumBps, challengeResolveDelayBlocks, attestationTtlBlocks, challengeMaxOpenBlocks, epochLengthBlocks, unitPrice, jailSeconds, maxBonusBps, oracleWeightMode, initialWorkWeight, payoutMode }: { rewardBps?: number | null; challengeMinBond?: Uint128 | null; oracleQuorumBps?: number | null; challengeResolveDelayBlocks?: number | null; attestationTtlBlocks?: number | null; challengeMaxOpenBlocks?: number | null; epochLengthBlocks?: number | null; unitPrice?: Uint128 | null; jailSeconds?: number | null; maxBonusBps?: number | null; oracleWeightMode?: string | null; initialWorkWeight?: number | null; payoutMode?: string | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { update_config: { reward_bps: rewardBps, challenge_min_bond: challengeMinBond, oracle_quorum_bps: oracleQuorumBps, challenge_resolve_delay_blocks: challengeResolveDelayBlocks, attestation_ttl_blocks: attestationTtlBlocks, challenge_max_open_blocks: challengeMaxOpenBlocks, epoch_length_blocks: epochLengthBlocks, unit_price: unitPrice, jail_seconds: jailSeconds, max_bonus_bps: maxBonusBps, oracle_weight_mode: oracleWeightMode, initial_work_weight: initialWorkWeight, payout_mode: payoutMode } }, fee_, memo_, funds_);
  };
  transferOwnership = async ({ newOwner }: { newOwner: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { transfer_ownership: { new_owner: newOwner } }, fee_, memo_, funds_);
  };
  acceptOwnership = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { accept_ownership: {} }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Unauthorized: "unauthorized: only the owner may do this",
  InvalidProofRef: "invalid_proof_ref: proof_ref must be 1 to 256 bytes",
  InvalidUnits: "invalid_units: units must be greater than zero",
  InvalidWeight: "invalid_weight: a work weight must be at least 1",
  NoFundsAllowed: "invalid_funds: this message takes no funds",
  RejectWithBonus: "vote_mismatch: a reject vote (slash_bps 0) must have bonus 0",
  InvalidReference: "invalid_reference: reference must be 1 to 128 bytes",
  NoPendingOwner: "unauthorized: there is no ownership transfer to accept, or you are not its recipient",
} as const;
