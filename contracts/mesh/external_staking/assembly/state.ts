/**
 * external-staking state (upstream keys where they exist: `config`, `auth_endpoint`, `ibc_channel`,
 * `stakes`, `distribution`, `pending_txs`, `tx_count`). Record types are declared in ../declare.ts.
 */
import { Item, Map, JsonReader, JsonWriter, Pair, Storage, Uint256, Uint128 } from "../../../std/assembly";
import { Config, AuthorizedEndpoint, IbcChannelRecord, Stake, Distribution, Tx, ValidatorEntries, ValueRange } from "./msg";

/** `()`: JSON `null`, as cw-storage-plus stores a unit value. */
export class Unit {
  static readJson(r: JsonReader): Unit {
    r.readNull();
    return new Unit();
  }
  writeJson(w: JsonWriter): void {
    w.nullValue();
  }
}

class Counter {
  constructor(public n: u64) {}
  static readJson(r: JsonReader): Counter {
    return new Counter(r.readU64());
  }
  writeJson(w: JsonWriter): void {
    w.u64(this.n);
  }
}

export const CONFIG = new Item<Config>("config", Config.readJson, "mesh_external_staking::state::Config");
export const AUTH_ENDPOINT = new Item<AuthorizedEndpoint>("auth_endpoint", AuthorizedEndpoint.readJson, "mesh_external_staking::msg::AuthorizedEndpoint");
export const IBC_CHANNEL = new Item<IbcChannelRecord>("ibc_channel", IbcChannelRecord.readJson, "cosmwasm_std::ibc::IbcChannel");
/** (user, validator) → Stake. */
export const STAKES = new Map<Pair<string, string>, Stake>("stakes", Stake.readJson, "mesh_external_staking::state::Stake");
/** (validator, user) → (): the reverse index handle_slashing walks. */
export const STAKES_BY_VALIDATOR = new Map<Pair<string, string>, Unit>("stakes__validator", Unit.readJson, "()");
export const DISTRIBUTION = new Map<string, Distribution>("distribution", Distribution.readJson, "mesh_external_staking::state::Distribution");
export const PENDING_TXS = new Map<u64, Tx>("pending_txs", Tx.readJson, "mesh_sync::txs::Tx");
const TX_COUNT = new Item<Counter>("tx_count", Counter.readJson, "u64");
/** validator → its CRDT states, newest first. */
export const VALIDATORS = new Map<string, ValidatorEntries>("validators", ValidatorEntries.readJson, "mesh_external_staking::crdt::ValState");

/** Our own tx ids start at 2^63 + 1, so they never meet the vault's (stake txs reuse the vault's id). */
export function nextTxId(storage: Storage): u64 {
  const cur = TX_COUNT.mayLoad(storage);
  const id = (cur === null ? (<u64>1) << 63 : cur.n) + 1;
  TX_COUNT.save(storage, new Counter(id));
  return id;
}

/** Offset of the signed `points_alignment` stored in a Uint256 (U256::MAX / 2). */
export function alignmentZero(): Uint256 {
  return Uint256.max() / Uint256.fromU64(2);
}

export function loadStake(storage: Storage, user: string, validator: string): Stake {
  const s = STAKES.mayLoad(storage, new Pair<string, string>(user, validator));
  return s === null ? new Stake(new ValueRange(), [], alignmentZero(), Uint128.zero()) : s;
}

export function saveStake(storage: Storage, user: string, validator: string, s: Stake): void {
  STAKES.save(storage, new Pair<string, string>(user, validator), s);
  STAKES_BY_VALIDATOR.save(storage, new Pair<string, string>(validator, user), new Unit());
}

export function loadDistribution(storage: Storage, validator: string): Distribution {
  const d = DISTRIBUTION.mayLoad(storage, validator);
  return d === null ? new Distribution(Uint128.zero(), Uint256.zero(), Uint256.zero()) : d;
}
