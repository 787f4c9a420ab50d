/** product_oracle state (spec §3). Keys are short; values are the declared records' JSON. */
import { Item, Map, Pair, Storage, Uint128, IndexedMap, MultiIndex, utf8, u64Key } from "../../std/assembly";
import { Config, EpochState, PendingAttestation, ProductProof, Challenge, Settlement, LastRewards, U64Value } from "./msg";

export const CONFIG = new Item<Config>("config", Config.readJson, "product_oracle::state::Config");
export const EPOCH = new Item<EpochState>("epoch", EpochState.readJson, "product_oracle::state::EpochState");
/** Paid out by epochs and bonuses; never includes open bonds. */
export const TREASURY = new Item<Uint128>("treasury", Uint128.readJson, "Uint128");
/** Sum of the bonds of open challenges. */
export const ESCROW = new Item<Uint128>("escrow", Uint128.readJson, "Uint128");
export const WORK_WEIGHT = new Map<string, U64Value>("work_weight", U64Value.readJson, "u64");
export const PENDING = new Map<string, PendingAttestation>("pending", PendingAttestation.readJson, "product_oracle::state::PendingAttestation");
/*
 * Secondary indexes (spec §3) for the list filters that pick few records out of a long history: a
 * filtered list walks the index prefix and loads only the matching primary keys, instead of
 * decoding the whole map. Pending attestations have none: they live one epoch at most.
 */
export const PROOFS_BY_VALIDATOR = new MultiIndex<ProductProof>("proofs__validator", (p: ProductProof): Uint8Array => utf8(p.validator));
export const PROOFS_BY_EPOCH = new MultiIndex<ProductProof>("proofs__epoch", (p: ProductProof): Uint8Array => u64Key(p.epoch));
export const PROOFS = new IndexedMap<string, ProductProof>("proofs", ProductProof.readJson, "product_oracle::state::ProductProof")
  .addIndex(PROOFS_BY_VALIDATOR)
  .addIndex(PROOFS_BY_EPOCH);
export const CHALLENGES_BY_CHALLENGER = new MultiIndex<Challenge>("challenges__challenger", (c: Challenge): Uint8Array => utf8(c.challenger));
export const CHALLENGES_BY_PROOF = new MultiIndex<Challenge>("challenges__proof", (c: Challenge): Uint8Array => utf8(c.proofId));
export const CHALLENGES = new IndexedMap<u64, Challenge>("challenges", Challenge.readJson, "product_oracle::state::Challenge")
  .addIndex(CHALLENGES_BY_CHALLENGER)
  .addIndex(CHALLENGES_BY_PROOF);
/** The open set: challenge id → its max_open_height (swept by lazy expiry). */
export const OPEN_CHALLENGES = new Map<u64, U64Value>("open_challenges", U64Value.readJson, "u64");
export const OPEN_CHALLENGE_BY_PROOF = new Map<string, U64Value>("open_by_proof", U64Value.readJson, "u64");
export const SETTLEMENTS_BY_PAYER = new MultiIndex<Settlement>("settlements__payer", (s: Settlement): Uint8Array => utf8(s.payer));
/** Settlements without a validator are indexed under the empty key, which no valoper filter asks for. */
export const SETTLEMENTS_BY_VALIDATOR = new MultiIndex<Settlement>("settlements__validator", (s: Settlement): Uint8Array => {
  const v = s.validator;
  return v === null ? new Uint8Array(0) : utf8(v);
});
export const SETTLEMENTS_BY_EPOCH = new MultiIndex<Settlement>("settlements__epoch", (s: Settlement): Uint8Array => u64Key(s.epoch));
export const SETTLEMENTS = new IndexedMap<u64, Settlement>("settlements", Settlement.readJson, "product_oracle::state::Settlement")
  .addIndex(SETTLEMENTS_BY_PAYER)
  .addIndex(SETTLEMENTS_BY_VALIDATOR)
  .addIndex(SETTLEMENTS_BY_EPOCH);
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
