/** governance_upgrade state (gov-upgrade-spec B2 "State"). Values are the declared records' JSON. */
import { Item, Map, Pair, Storage } from "../../std/assembly";
import { Config, Policy, Managed, Upgrade, Batch, HistoryEntry, U64Value, BlockCount } from "./msg";

export const CONFIG = new Item<Config>("config", Config.readJson, "governance_upgrade::state::Config");
/** Per-contract policies; a managed contract without one uses `default_policy`. */
export const POLICIES = new Map<string, Policy>("policies", Policy.readJson, "governance_upgrade::state::Policy");
export const MANAGED = new Map<string, Managed>("managed", Managed.readJson, "governance_upgrade::state::Managed");
export const UPGRADES = new Map<u64, Upgrade>("upgrades", Upgrade.readJson, "governance_upgrade::state::Upgrade");
export const BATCHES = new Map<u64, Batch>("batches", Batch.readJson, "governance_upgrade::state::Batch");
/** (due_height, id) of every scheduled upgrade: the ordered queue the crank and the hook scan. */
export const DUE_INDEX = new Map<Pair<u64, u64>, U64Value>("due", U64Value.readJson, "u64");
export const PENDING_BY_CONTRACT = new Map<string, U64Value>("pending", U64Value.readJson, "u64");
/** (contract, seq) → entry; kept after release so the record of what ran stays queryable. */
export const HISTORY = new Map<Pair<string, u64>, HistoryEntry>("history", HistoryEntry.readJson, "governance_upgrade::state::HistoryEntry");
export const HISTORY_LEN = new Map<string, U64Value>("history_len", U64Value.readJson, "u64");
export const NEXT_ID = new Item<U64Value>("next_id", U64Value.readJson, "u64");
export const NEXT_BATCH_ID = new Item<U64Value>("next_batch_id", U64Value.readJson, "u64");
/** Upgrades started automatically (crank + hook) in the current block, for `max_per_block`. */
export const BLOCK_COUNT = new Item<BlockCount>("block_count", BlockCount.readJson, "governance_upgrade::state::BlockCount");

export const SCHEDULED = "scheduled";
export const EXECUTING = "executing";
export const EXECUTED = "executed";
export const FAILED = "failed";
export const ROLLED_BACK = "rolled_back";
export const CANCELLED = "cancelled";
export const VETOED = "vetoed";
export const EXPIRED = "expired";

/** Takes the next value of a counter item (starting at 1). */
export function nextId(storage: Storage, item: Item<U64Value>): u64 {
  const v = item.mayLoad(storage);
  const id: u64 = v === null ? 1 : v.value;
  item.save(storage, new U64Value(id + 1));
  return id;
}

export function appendHistory(storage: Storage, contract: string, entry: HistoryEntry): void {
  const len = HISTORY_LEN.mayLoad(storage, contract);
  const seq: u64 = len === null ? 0 : len.value;
  entry.seq = seq;
  HISTORY.save(storage, new Pair<string, u64>(contract, seq), entry);
  HISTORY_LEN.save(storage, contract, new U64Value(seq + 1));
}

export function lastHistory(storage: Storage, contract: string): HistoryEntry | null {
  const len = HISTORY_LEN.mayLoad(storage, contract);
  if (len === null || len.value == 0) return null;
  return HISTORY.mayLoad(storage, new Pair<string, u64>(contract, len.value - 1));
}

/** Leaves `scheduled`: out of the queue and no longer the contract's pending upgrade. */
export function unqueue(storage: Storage, u: Upgrade): void {
  DUE_INDEX.remove(storage, new Pair<u64, u64>(u.dueHeight, u.id));
  const p = PENDING_BY_CONTRACT.mayLoad(storage, u.contract);
  if (p !== null && p.value == u.id) PENDING_BY_CONTRACT.remove(storage, u.contract);
}
