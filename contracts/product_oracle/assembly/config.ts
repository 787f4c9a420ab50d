/** Config defaults and clamping (spec §2), shared by instantiate and update_config. */
import { Result, ok, err, Uint128 } from "../../std/assembly";
import { Config, InstantiateMsg, UpdateConfigExecuteMsg } from "./msg";
import { ContractError } from "./error";

/** Epoch shares go to the validator's operator account (the spec's default)... */
export const PAYOUT_OPERATOR = "operator";
/** ... or to the operator account's distribution withdraw address (spec §4.6 deviation option). */
export const PAYOUT_WITHDRAW_ADDRESS = "withdraw_address";

/** A quorum must be a strict majority so accept and reject cannot both finalize. */
export function clampQuorum(q: u32): u32 {
  if (q == 0) return 6667;
  if (q > 10000) return 10000;
  if (q <= 5000) return 5001;
  return q;
}

export function defaults(owner: string, denom: string): Config {
  return new Config(owner, null, denom, 2000, Uint128.fromU64(10), 6667, 1, 8, 64, 1, Uint128.one(), 60, 10000, "stake", 100, PAYOUT_OPERATOR);
}

/** Applies the fields present in `m` (instantiate's or update_config's, as an InstantiateMsg). */
export function applyConfig(cfg: Config, m: InstantiateMsg): Result<Config> {
  if (m.hasRewardBps) cfg.rewardBps = m.rewardBps == 0 ? 2000 : (m.rewardBps > 10000 ? 10000 : m.rewardBps);
  const bond = m.challengeMinBond;
  if (bond !== null) cfg.challengeMinBond = bond;
  if (m.hasOracleQuorumBps) cfg.oracleQuorumBps = clampQuorum(m.oracleQuorumBps);
  if (m.hasChallengeResolveDelayBlocks) cfg.challengeResolveDelayBlocks = m.challengeResolveDelayBlocks;
  if (m.hasAttestationTtlBlocks) {
    if (m.attestationTtlBlocks == 0) return err<Config>(ContractError.InvalidConfig("attestation_ttl_blocks must be at least 1"));
    cfg.attestationTtlBlocks = m.attestationTtlBlocks;
  }
  if (m.hasChallengeMaxOpenBlocks) {
    if (m.challengeMaxOpenBlocks == 0) return err<Config>(ContractError.InvalidConfig("challenge_max_open_blocks must be at least 1"));
    cfg.challengeMaxOpenBlocks = m.challengeMaxOpenBlocks;
  }
  if (m.hasEpochLengthBlocks) {
    if (m.epochLengthBlocks == 0) return err<Config>(ContractError.InvalidConfig("epoch_length_blocks must be at least 1"));
    cfg.epochLengthBlocks = m.epochLengthBlocks;
  }
  const price = m.unitPrice;
  if (price !== null) cfg.unitPrice = price;
  if (m.hasJailSeconds) cfg.jailSeconds = m.jailSeconds;
  if (m.hasMaxBonusBps) {
    if (m.maxBonusBps > 10000) return err<Config>(ContractError.InvalidBps("max_bonus_bps"));
    cfg.maxBonusBps = m.maxBonusBps;
  }
  const mode = m.oracleWeightMode;
  if (mode !== null) {
    if (mode != "stake" && mode != "stake_times_work_weight") return err<Config>(ContractError.InvalidConfig("oracle_weight_mode must be stake or stake_times_work_weight"));
    cfg.oracleWeightMode = mode;
  }
  if (m.hasInitialWorkWeight) {
    if (m.initialWorkWeight == 0) return err<Config>(ContractError.InvalidWeight);
    cfg.initialWorkWeight = m.initialWorkWeight;
  }
  const payout = m.payoutMode;
  if (payout !== null) {
    if (payout != PAYOUT_OPERATOR && payout != PAYOUT_WITHDRAW_ADDRESS) return err<Config>(ContractError.InvalidConfig("payout_mode must be operator or withdraw_address"));
    cfg.payoutMode = payout;
  }
  return ok(cfg);
}

export function updateAsInstantiate(u: UpdateConfigExecuteMsg): InstantiateMsg {
  const m = new InstantiateMsg();
  m.rewardBps = u.rewardBps; m.hasRewardBps = u.hasRewardBps;
  m.challengeMinBond = u.challengeMinBond;
  m.oracleQuorumBps = u.oracleQuorumBps; m.hasOracleQuorumBps = u.hasOracleQuorumBps;
  m.challengeResolveDelayBlocks = u.challengeResolveDelayBlocks; m.hasChallengeResolveDelayBlocks = u.hasChallengeResolveDelayBlocks;
  m.attestationTtlBlocks = u.attestationTtlBlocks; m.hasAttestationTtlBlocks = u.hasAttestationTtlBlocks;
  m.challengeMaxOpenBlocks = u.challengeMaxOpenBlocks; m.hasChallengeMaxOpenBlocks = u.hasChallengeMaxOpenBlocks;
  m.epochLengthBlocks = u.epochLengthBlocks; m.hasEpochLengthBlocks = u.hasEpochLengthBlocks;
  m.unitPrice = u.unitPrice;
  m.jailSeconds = u.jailSeconds; m.hasJailSeconds = u.hasJailSeconds;
  m.maxBonusBps = u.maxBonusBps; m.hasMaxBonusBps = u.hasMaxBonusBps;
  m.oracleWeightMode = u.oracleWeightMode;
  m.initialWorkWeight = u.initialWorkWeight; m.hasInitialWorkWeight = u.hasInitialWorkWeight;
  m.payoutMode = u.payoutMode;
  return m;
}
