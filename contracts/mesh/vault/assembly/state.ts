/**
 * Vault state, with upstream's storage keys and JSON (`config`, `local_staking`, `liens`, `users`,
 * `active_external`, `tx_count`, `pending_txs`). Record types are declared in ../declare.ts.
 */
import { Item, Map, JsonReader, JsonWriter, Pair, Storage, Order } from "../../../std/assembly";
import { Config, LocalStaking, Lien, UserInfo, Tx, ValueRange } from "./msg";
import { maxRange } from "../../common/assembly/range";

/** `Option<LocalStaking>`: JSON `null` when the vault has no local staker. */
export class MaybeLocalStaking {
  constructor(public value: LocalStaking | null) {}
  static readJson(r: JsonReader): MaybeLocalStaking {
    if (r.readNull()) return new MaybeLocalStaking(null);
    return new MaybeLocalStaking(LocalStaking.readJson(r));
  }
  writeJson(w: JsonWriter): void {
    const v = this.value;
    if (v === null) w.nullValue();
    else v.writeJson(w);
  }
}

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

/** A bare u64 (`tx_count`). */
class Counter {
  constructor(public n: u64) {}
  static readJson(r: JsonReader): Counter {
    return new Counter(r.readU64());
  }
  writeJson(w: JsonWriter): void {
    w.u64(this.n);
  }
}

export const CONFIG = new Item<Config>("config", Config.readJson, "mesh_vault::state::Config");
export const LOCAL_STAKING = new Item<MaybeLocalStaking>("local_staking", MaybeLocalStaking.readJson, "core::option::Option<mesh_vault::state::LocalStaking>");
export const LIENS = new Map<Pair<string, string>, Lien>("liens", Lien.readJson, "mesh_vault::state::Lien");
export const USERS = new Map<string, UserInfo>("users", UserInfo.readJson, "mesh_vault::state::UserInfo");
export const ACTIVE_EXTERNAL = new Map<string, Unit>("active_external", Unit.readJson, "()");
const TX_COUNT = new Item<Counter>("tx_count", Counter.readJson, "u64");
export const PENDING_TXS = new Map<u64, Tx>("pending_txs", Tx.readJson, "mesh_sync::txs::Tx");

export function nextTxId(storage: Storage): u64 {
  const cur = TX_COUNT.mayLoad(storage);
  const id = (cur === null ? <u64>0 : cur.n) + 1;
  TX_COUNT.save(storage, new Counter(id));
  return id;
}

export function loadUser(storage: Storage, user: string): UserInfo {
  const u = USERS.mayLoad(storage, user);
  return u === null ? new UserInfo() : u;
}

/** `max_lien ∨ total_slashable`: the collateral the liens use. */
export function used(u: UserInfo): ValueRange {
  return maxRange<ValueRange>(u.maxLien, u.totalSlashable);
}
/** `(collateral - used.high, collateral - used.low)`: `l` is the conservative bound. */
export function free(u: UserInfo): ValueRange {
  const x = used(u);
  return new ValueRange(u.collateral - x.h, u.collateral - x.l);
}
export function verifyCollateral(u: UserInfo): bool {
  return u.collateral >= used(u).h;
}

/** Max of all the user's lien ranges, recomputed from storage. */
export function recalculateMaxLien(storage: Storage, user: string, info: UserInfo): void {
  let m = new ValueRange();
  const it = LIENS.prefix<string>(user).range(storage, null, null, Order.Ascending);
  let e = it.next();
  while (e !== null) {
    m = maxRange<ValueRange>(m, e.value.amount);
    e = it.next();
  }
  info.maxLien = m;
}

export function isCw20(c: Config): bool {
  return c.collateral !== null;
}
