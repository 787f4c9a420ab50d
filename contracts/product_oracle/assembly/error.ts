// Generated from contracts/product_oracle/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export function UnauthorizedOracle(sender: string): string {
    return "unauthorized_oracle: " + sender + " is not the operator account of a bonded, unjailed validator with stake; only such validators may vote";
  }
  export const Unauthorized: string = "unauthorized: only the owner may do this";
  export function UnknownValidator(validator: string): string {
    return "unknown_validator: " + validator + " is not a validator of this chain; use a valoper address from the staking module";
  }
  export const InvalidProofRef: string = "invalid_proof_ref: proof_ref must be 1 to 256 bytes";
  export function InvalidQualityBps(got: u32): string {
    return "invalid_quality_bps: quality_bps must be in 1..=10000, got " + got.toString();
  }
  export const InvalidUnits: string = "invalid_units: units must be greater than zero";
  export const InvalidWeight: string = "invalid_weight: a work weight must be at least 1";
  export function InvalidBps(field: string): string {
    return "invalid_bps: " + field + " must be at most 10000";
  }
  export function InvalidConfig(reason: string): string {
    return "invalid_config: " + reason;
  }
  export function ProofAlreadyFinalized(id: string): string {
    return "proof_already_finalized: proof " + id + " is final; query it with the proof query instead of attesting again";
  }
  export function DuplicateAttestationVote(oracle: string, id: string): string {
    return "duplicate_attestation_vote: " + oracle + " already attested " + id + "; resend with idempotent: true to make retries succeed";
  }
  export function UnknownProof(id: string): string {
    return "unknown_proof: no proof " + id;
  }
  export function ProofInvalidated(id: string): string {
    return "proof_invalidated: proof " + id + " was invalidated by a challenge and cannot be challenged again";
  }
  export function ChallengeAlreadyOpen(challengeId: u64): string {
    return "challenge_already_open: challenge " + challengeId.toString() + " on this proof is still open; vote on it or wait for it to close";
  }
  export function BondTooLow(min: Uint128, got: Uint128): string {
    return "bond_too_low: the bond must be at least " + min.toString() + ", got " + got.toString();
  }
  export function InvalidFunds(denom: string): string {
    return "invalid_funds: send exactly one coin of " + denom + " with a non-zero amount";
  }
  export const NoFundsAllowed: string = "invalid_funds: this message takes no funds";
  export function UnknownChallenge(id: u64): string {
    return "unknown_challenge: no challenge " + id.toString();
  }
  export function ChallengeClosed(id: u64): string {
    return "challenge_closed: challenge " + id.toString() + " is already resolved or timed out";
  }
  export function ChallengeTooEarly(id: u64, height: u64): string {
    return "challenge_too_early: votes on challenge " + id.toString() + " open at height " + height.toString();
  }
  export function DuplicateChallengeVote(oracle: string, id: u64): string {
    return "duplicate_challenge_vote: " + oracle + " already voted on challenge " + id.toString() + "; resend with idempotent: true to make retries succeed";
  }
  export function VoteMismatch(id: u64, slashBps: u32, bonus: Uint128): string {
    return "vote_mismatch: approve votes on challenge " + id.toString() + " must carry slash_bps " + slashBps.toString() + " and bonus " + bonus.toString();
  }
  export const RejectWithBonus: string = "vote_mismatch: a reject vote (slash_bps 0) must have bonus 0";
  export function ConflictOfInterest(validator: string): string {
    return "conflict_of_interest: " + validator + " is the accused validator and may not vote on its own challenge";
  }
  export function InsufficientTreasury(bonus: Uint128, available: Uint128): string {
    return "insufficient_treasury: bonus " + bonus.toString() + " exceeds what the treasury may pay (" + available.toString() + ")";
  }
  export function DuplicateSettlement(payer: string, settlementId: u64): string {
    return "duplicate_settlement: " + payer + " already settled this reference as settlement " + settlementId.toString() + "; query settlement_by_reference instead of paying again";
  }
  export function UnknownSettlement(id: u64): string {
    return "unknown_settlement: no settlement " + id.toString();
  }
  export const InvalidReference: string = "invalid_reference: reference must be 1 to 128 bytes";
  export function InvalidPagination(reason: string): string {
    return "invalid_pagination: " + reason;
  }
  export function Overflow(what: string): string {
    return "overflow: " + what + " does not fit";
  }
  export const NoPendingOwner: string = "unauthorized: there is no ownership transfer to accept, or you are not its recipient";
}
