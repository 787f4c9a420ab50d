/** product_oracle state (spec §3). Keys are short; values are the declared records' JSON. */
import { Item, Map, Pair, Storage, Uint128 } from "../../std/assembly";
import { Config, EpochState, PendingAttestation, ProductProof, Challenge, Settlement, LastRewards, U64Value } from "./msg";

export const CONFIG = new Item<Config>("config", Config.readJson, "product_oracle::state::Config");
export const EPOCH = new Item<EpochState>("epoch", EpochState.readJson, "product_oracle::state::EpochState");
/** Paid out by epochs and bonuses; never includes open bonds. */
export const TREASURY = new Item<Uint128>("treasury", Uint128.readJson, "Uint128");
/** Sum of the bonds of open challenges. */
export const ESCROW = new Item<Uint128>("escrow", Uint128.readJson, "Uint128");
export const WORK_WEIGHT = new Map<string, U64Value>("work_weight", U64Value.readJson, "u64");
export const PENDING = new Map<string, PendingAttestation>("pending", PendingAttestation.readJson, "product_oracle::state::PendingAttestation");
export const PROOFS = new Map<string, ProductProof>("proofs", ProductProof.readJson, "product_oracle::state::ProductProof");
export const CHALLENGES = new Map<u64, Challenge>("challenges", Challenge.readJson, "product_oracle::state::Challenge");
/** The open set: challenge id → its max_open_height (swept by lazy expiry). */
export const OPEN_CHALLENGES = new Map<u64, U64Value>("open_challenges", U64Value.readJson, "u64");
export const OPEN_CHALLENGE_BY_PROOF = new Map<string, U64Value>("open_by_proof", U64Value.readJson, "u64");
export const SETTLEMENTS = new Map<u64, Settlement>("settlements", Settlement.readJson, "product_oracle::state::Settlement");
export const SETTLEMENT_REFS = new Map<Pair<string, string>, U64Value>("settlement_refs", U64Value.readJson, "u64");
export const SIGNAL = new Map<string, U64Value>("signal", U64Value.readJson, "u64");
export const LAST_REWARDS = new Item<LastRewards>("last_rewards", LastRewards.readJson, "product_oracle::state::LastRewards");
export const NEXT_CHALLENGE_ID = new Item<U64Value>("next_challenge_id", U64Value.readJson, "u64");
export const NEXT_SETTLEMENT_ID = new Item<U64Value>("next_settlement_id", U64Value.readJson, "u64");
export const PROOF_COUNT = new Item<U64Value>("proof_count", U64Value.readJson, "u64");

export function loadU64(item: Item<U64Value>, storage: Storage): u64 {
  const v = item.mayLoad(storage);
  return v === null ? 0 : v.value;
}
/** (proof_id, oracle) → 1 for every vote of a finalized proof: lets an idempotent retry of a finalizing vote succeed. */
export const PROOF_VOTERS = new Map<Pair<string, string>, U64Value>("proof_voters", U64Value.readJson, "u64");
