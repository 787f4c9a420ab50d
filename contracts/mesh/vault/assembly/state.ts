/**
 * Vault state, with upstream's storage keys and JSON (`config`, `local_staking`, `liens`, `users`,
 * `active_external`, `tx_count`, `pending_txs`).
 */
import { Item, Map, JsonReader, JsonWriter, Uint128, Decimal, Pair, Storage, Order } from "../../../std/assembly";
import { ValueRange, maxRange } from "../../common/assembly/range";

// ---------------------------------------------------------------- collateral kind

export enum CollateralKind {
  Native,
  Cw20,
}
const COLLATERAL_VARIANTS = ["native", "cw20"];

/** `{"native": "<denom>"}` or `{"cw20": "<token contract>"}`. */
export class Collateral {
  constructor(
    public kind: CollateralKind,
    /** The bank denom, or the cw20 token's address (also the `denom` of every Coin the vault handles). */
    public denom: string,
  ) {}
  static readJson(r: JsonReader): Collateral {
    const v = r.beginEnum(COLLATERAL_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return new Collateral(CollateralKind.Native, "");
    const c = new Collateral(v == 0 ? CollateralKind.Native : CollateralKind.Cw20, r.readString());
    r.endEnum();
    return c;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key(this.kind == CollateralKind.Native ? "native" : "cw20").string(this.denom).endObject();
  }
}

// ---------------------------------------------------------------- config

const CONFIG_FIELDS = ["denom", "collateral"];
/** Upstream's `Config{denom}` plus the collateral kind (absent = native, so upstream state reads). */
export class Config {
  constructor(public collateral: Collateral) {}
  get denom(): string {
    return this.collateral.denom;
  }
  get isCw20(): bool {
    return this.collateral.kind == CollateralKind.Cw20;
  }
  static readJson(r: JsonReader): Config {
    let denom = "";
    let coll: Collateral | null = null;
    const s = r.struct(CONFIG_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) denom = r.readString();
      else coll = Collateral.readJson(r);
    }
    s.end(0b01);
    return new Config(coll !== null ? coll : new Collateral(CollateralKind.Native, denom));
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("denom").string(this.denom);
    if (this.isCw20) {
      w.key("collateral");
      this.collateral.writeJson(w);
    }
    w.endObject();
  }
}

const LOCAL_STAKING_FIELDS = ["contract", "max_slash"];
export class LocalStaking {
  constructor(
    public contract: string,
    public maxSlash: Decimal,
  ) {}
  static readJson(r: JsonReader): LocalStaking {
    const v = new LocalStaking("", Decimal.zero());
    const s = r.struct(LOCAL_STAKING_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) v.contract = r.readString();
      else v.maxSlash = Decimal.readJson(r);
    }
    s.end(0b11);
    return v;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("contract").string(this.contract).key("max_slash");
    this.maxSlash.writeJson(w);
    w.endObject();
  }
}

/** `Option<LocalStaking>`: stored as JSON `null` when the vault has no local staker. */
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

// ---------------------------------------------------------------- liens and users

const LIEN_FIELDS = ["amount", "slashable"];
/** A claim of a lien holder on a user's collateral; `slashable` is fixed when the lien is created. */
export class Lien {
  constructor(
    public amount: ValueRange,
    public slashable: Decimal,
  ) {}
  static readJson(r: JsonReader): Lien {
    const v = new Lien(ValueRange.zero(), Decimal.zero());
    const s = r.struct(LIEN_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) v.amount = ValueRange.readJson(r);
      else v.slashable = Decimal.readJson(r);
    }
    s.end(0b11);
    return v;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("amount");
    this.amount.writeJson(w);
    w.key("slashable");
    this.slashable.writeJson(w);
    w.endObject();
  }
}

const USER_FIELDS = ["collateral", "max_lien", "total_slashable"];
export class UserInfo {
  collateral: Uint128 = Uint128.zero();
  maxLien: ValueRange = ValueRange.zero();
  totalSlashable: ValueRange = ValueRange.zero();

  used(): ValueRange {
    return maxRange(this.maxLien, this.totalSlashable);
  }
  /** `(collateral - used.high, collateral - used.low)`: `low` is the conservative bound. */
  free(): ValueRange {
    const used = this.used();
    return new ValueRange(this.collateral - used.high, this.collateral - used.low);
  }
  verifyCollateral(): bool {
    return this.collateral >= this.used().high;
  }

  static readJson(r: JsonReader): UserInfo {
    const v = new UserInfo();
    const s = r.struct(USER_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) v.collateral = Uint128.readJson(r);
      else if (f == 1) v.maxLien = ValueRange.readJson(r);
      else v.totalSlashable = ValueRange.readJson(r);
    }
    s.end(0b111);
    return v;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("collateral");
    this.collateral.writeJson(w);
    w.key("max_lien");
    this.maxLien.writeJson(w);
    w.key("total_slashable");
    this.totalSlashable.writeJson(w);
    w.endObject();
  }
}

// ---------------------------------------------------------------- pending txs

const TX_VARIANTS = ["in_flight_staking"];
const STAKING_TX_FIELDS = ["id", "amount", "slashable", "user", "lienholder"];
/**
 * `Tx::InFlightStaking`, the only kind of mesh_sync::Tx the vault stores:
 * `{"in_flight_staking":{"id","amount","slashable","user","lienholder"}}`.
 */
export class StakingTx {
  constructor(
    public id: u64,
    public amount: Uint128,
    public slashable: Decimal,
    public user: string,
    public lienholder: string,
  ) {}
  static readJson(r: JsonReader): StakingTx {
    const t = new StakingTx(0, Uint128.zero(), Decimal.zero(), "", "");
    const v = r.beginEnum(TX_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return t;
    const s = r.struct(STAKING_TX_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) t.id = r.readU64();
      else if (f == 1) t.amount = Uint128.readJson(r);
      else if (f == 2) t.slashable = Decimal.readJson(r);
      else if (f == 3) t.user = r.readString();
      else t.lienholder = r.readString();
    }
    s.end(0b11111);
    r.endEnum();
    return t;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("in_flight_staking").beginObject();
    w.key("id").u64(this.id).key("amount");
    this.amount.writeJson(w);
    w.key("slashable");
    this.slashable.writeJson(w);
    w.key("user").string(this.user).key("lienholder").string(this.lienholder);
    w.endObject().endObject();
  }
}

/** `()`: stored as JSON `null`, like cw-storage-plus stores a unit value. */
export class Unit {
  static readJson(r: JsonReader): Unit {
    r.readNull();
    return new Unit();
  }
  writeJson(w: JsonWriter): void {
    w.nullValue();
  }
}

class TxCount {
  constructor(public n: u64) {}
  static readJson(r: JsonReader): TxCount {
    return new TxCount(r.readU64());
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
const TX_COUNT = new Item<TxCount>("tx_count", TxCount.readJson, "u64");
export const PENDING_TXS = new Map<u64, StakingTx>("pending_txs", StakingTx.readJson, "mesh_sync::txs::Tx");

export function nextTxId(storage: Storage): u64 {
  const cur = TX_COUNT.mayLoad(storage);
  const id = (cur === null ? <u64>0 : cur.n) + 1;
  TX_COUNT.save(storage, new TxCount(id));
  return id;
}

export function loadUser(storage: Storage, user: string): UserInfo {
  const u = USERS.mayLoad(storage, user);
  return u === null ? new UserInfo() : u;
}

/** Max of all the user's lien ranges, recomputed from storage. */
export function recalculateMaxLien(storage: Storage, user: string, info: UserInfo): void {
  let m = ValueRange.zero();
  const it = LIENS.prefix<string>(user).range(storage, null, null, Order.Ascending);
  let e = it.next();
  while (e !== null) {
    m = maxRange(m, e.value.amount);
    e = it.next();
  }
  info.maxLien = m;
}
