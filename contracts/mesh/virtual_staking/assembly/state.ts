/** virtual-staking state, with upstream's keys. */
import { Item, Map, Uint128 } from "../../../std/assembly";
import { Config, Bonded, SlashRequests, Validators, RewardBatch } from "./msg";

export const CONFIG = new Item<Config>("config", Config.readJson, "mesh_virtual_staking::state::Config");
/** validator -> the desired total stake (running sum of bonds minus unbonds and burns). */
export const BOND_REQUESTS = new Map<string, Uint128>("bond_requests", Uint128.readJson, "cosmwasm_std::Uint128");
/** What was delegated at the last epoch, in the order it was applied. */
export const BONDED = new Item<Bonded>("bonded", Bonded.readJson, "Vec<(String, Uint128)>");
/** Slashes reported by the chain, applied at the next epoch. */
export const SLASH_REQUESTS = new Item<SlashRequests>("slash_requests", SlashRequests.readJson, "Vec<ValidatorSlash>");
/** Validators removed or slashed: no more reward withdrawals for them. */
export const INACTIVE = new Item<Validators>("inactive", Validators.readJson, "Vec<String>");
/** validator -> total burned (accounting only). */
export const BURNED = new Map<string, Uint128>("burned", Uint128.readJson, "cosmwasm_std::Uint128");
/** The rewards collected so far in this epoch's withdrawal round. */
export const REWARD_BATCH = new Item<RewardBatch>("reward_batch", RewardBatch.readJson, "RewardBatch");
/** The validators whose withdrawal replies are still to come (a stack: the next reply pops the last). */
export const REWARD_TARGETS = new Item<Validators>("reward_targets", Validators.readJson, "Vec<String>");
