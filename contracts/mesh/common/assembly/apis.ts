/**
 * The messages mesh-security contracts send each other (`mesh_apis`): VaultApi, LocalStakingApi and
 * CrossStakingApi executes, and the `max_slash` query. Sylvia merges trait messages into each
 * contract's own JSON namespace, so each is a plain `{"<name>": {...}}` object.
 */
import { JsonReader, JsonWriter, Binary, Coin, Decimal, Uint128, WasmMsg, CosmosMsg, toJsonBinary } from "../../../std/assembly";

// ---------------------------------------------------------------- shared types

const SLASH_INFO_FIELDS = ["user", "slash"];
/** `SlashInfo{user, slash}`: how much of a user's collateral a lien holder reports slashed. */
export class SlashInfo {
  constructor(
    public user: string,
    public slash: Uint128,
  ) {}
  static readJson(r: JsonReader): SlashInfo {
    const v = new SlashInfo("", Uint128.zero());
    const s = r.struct(SLASH_INFO_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) v.user = r.readString();
      else v.slash = Uint128.readJson(r);
    }
    s.end(0b11);
    return v;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("user").string(this.user).key("slash");
    this.slash.writeJson(w);
    w.endObject();
  }
}

export function readSlashInfos(r: JsonReader): SlashInfo[] {
  const out = new Array<SlashInfo>();
  if (!r.beginArray()) return out;
  let first = true;
  while (r.nextElement(first)) {
    first = false;
    out.push(SlashInfo.readJson(r));
  }
  r.endArray();
  return out;
}

const MAX_SLASH_FIELDS = ["slash_ratio_dsign", "slash_ratio_offline"];
/** The answer to `max_slash{}`. */
export class MaxSlashResponse {
  constructor(
    public slashRatioDsign: Decimal,
    public slashRatioOffline: Decimal,
  ) {}
  static readJson(r: JsonReader): MaxSlashResponse {
    const v = new MaxSlashResponse(Decimal.zero(), Decimal.zero());
    const s = r.struct(MAX_SLASH_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) v.slashRatioDsign = Decimal.readJson(r);
      else v.slashRatioOffline = Decimal.readJson(r);
    }
    s.end(0b11);
    return v;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("slash_ratio_dsign");
    this.slashRatioDsign.writeJson(w);
    w.key("slash_ratio_offline");
    this.slashRatioOffline.writeJson(w);
    w.endObject();
  }
}

export const MAX_SLASH_RESPONSE_TYPE = "mesh_apis::local_staking_api::SlashRatioResponse";

/** `{"max_slash":{}}` */
export function maxSlashQuery(): Uint8Array {
  const w = new JsonWriter();
  w.beginObject().key("max_slash").beginObject().endObject().endObject();
  return w.toBytes();
}

function writeOptString(w: JsonWriter, s: string | null): void {
  if (s === null) w.nullValue();
  else w.string(s);
}

// ---------------------------------------------------------------- executes, one class per message

/** Any `{"<name>": {...}}` message built field by field. */
class Exec {
  constructor(
    public name: string,
    public body: (w: JsonWriter, self: Exec) => void,
  ) {}
  owner: string = "";
  amount: Coin = new Coin("", Uint128.zero());
  validator: string | null = null;
  txId: u64 = 0;
  msg: Binary = Binary.empty();
  slashes: SlashInfo[] = [];
  writeJson(w: JsonWriter): void {
    w.beginObject().key(this.name).beginObject();
    this.body(w, this);
    w.endObject().endObject();
  }
}

/** LocalStakingApi `receive_stake{owner, msg}` (the tokens travel as funds). */
export function receiveStake(contract: string, owner: string, msg: Binary, funds: Coin[]): CosmosMsg {
  const e = new Exec("receive_stake", (w: JsonWriter, x: Exec): void => {
    w.key("owner").string(x.owner).key("msg");
    x.msg.writeJson(w);
  });
  e.owner = owner;
  e.msg = msg;
  return WasmMsg.execute(contract, toJsonBinary(e), funds);
}

/** CrossStakingApi `receive_virtual_stake{owner, amount, tx_id, msg}`. */
export function receiveVirtualStake(contract: string, owner: string, amount: Coin, txId: u64, msg: Binary): CosmosMsg {
  const e = new Exec("receive_virtual_stake", (w: JsonWriter, x: Exec): void => {
    w.key("owner").string(x.owner).key("amount");
    x.amount.writeJson(w);
    w.key("tx_id").u64(x.txId).key("msg");
    x.msg.writeJson(w);
  });
  e.owner = owner;
  e.amount = amount;
  e.txId = txId;
  e.msg = msg;
  return WasmMsg.execute(contract, toJsonBinary(e), []);
}

function burnBody(w: JsonWriter, x: Exec): void {
  w.key("owner").string(x.owner).key("amount");
  x.amount.writeJson(w);
  w.key("validator");
  writeOptString(w, x.validator);
}

/** LocalStakingApi `burn_stake{owner, amount, validator}` or CrossStakingApi `burn_virtual_stake{...}`. */
export function burnStake(contract: string, local: bool, owner: string, amount: Coin, validator: string | null): CosmosMsg {
  const e = new Exec(local ? "burn_stake" : "burn_virtual_stake", burnBody);
  e.owner = owner;
  e.amount = amount;
  e.validator = validator;
  return WasmMsg.execute(contract, toJsonBinary(e), []);
}

/** VaultApi `release_local_stake{owner}` with the released tokens as funds. */
export function releaseLocalStake(vault: string, owner: string, funds: Coin[]): CosmosMsg {
  const e = new Exec("release_local_stake", (w: JsonWriter, x: Exec): void => {
    w.key("owner").string(x.owner);
  });
  e.owner = owner;
  return WasmMsg.execute(vault, toJsonBinary(e), funds);
}

/** VaultApi `release_cross_stake{owner, amount}`. */
export function releaseCrossStake(vault: string, owner: string, amount: Coin): CosmosMsg {
  const e = new Exec("release_cross_stake", (w: JsonWriter, x: Exec): void => {
    w.key("owner").string(x.owner).key("amount");
    x.amount.writeJson(w);
  });
  e.owner = owner;
  e.amount = amount;
  return WasmMsg.execute(vault, toJsonBinary(e), []);
}

/** VaultApi `commit_tx{tx_id}` / `rollback_tx{tx_id}`. */
export function vaultTx(vault: string, commit: bool, txId: u64): CosmosMsg {
  const e = new Exec(commit ? "commit_tx" : "rollback_tx", (w: JsonWriter, x: Exec): void => {
    w.key("tx_id").u64(x.txId);
  });
  e.txId = txId;
  return WasmMsg.execute(vault, toJsonBinary(e), []);
}

/** VaultApi `local_slash{slashes, validator}` / `cross_slash{slashes, validator}`. */
export function vaultSlash(vault: string, local: bool, slashes: SlashInfo[], validator: string): CosmosMsg {
  const e = new Exec(local ? "local_slash" : "cross_slash", (w: JsonWriter, x: Exec): void => {
    w.key("slashes").beginArray();
    for (let i = 0; i < x.slashes.length; i++) x.slashes[i].writeJson(w);
    w.endArray().key("validator");
    writeOptString(w, x.validator);
  });
  e.slashes = slashes;
  e.validator = validator;
  return WasmMsg.execute(vault, toJsonBinary(e), []);
}

/** cw20 `transfer{recipient, amount}`. */
export function cw20Transfer(token: string, recipient: string, amount: Uint128): CosmosMsg {
  const e = new Exec("transfer", (w: JsonWriter, x: Exec): void => {
    w.key("recipient").string(x.owner).key("amount");
    x.amount.amount.writeJson(w);
  });
  e.owner = recipient;
  e.amount = new Coin("", amount);
  return WasmMsg.execute(token, toJsonBinary(e), []);
}
