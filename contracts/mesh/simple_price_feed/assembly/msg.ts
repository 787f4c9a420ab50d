// Generated from contracts/mesh/simple_price_feed/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../../std/assembly";
import { PriceResponse } from "../../common/assembly/types";
export { PriceResponse } from "../../common/assembly/types";
import { readOptString, writeOptString } from "../../../common/assembly/types";

const InstantiateMsg_FIELDS: string[] = ["native_per_foreign", "owner", "price_ttl"];
export class InstantiateMsg {
  constructor(
    public nativePerForeign: Decimal = Decimal.zero(),
    public owner: string | null = null,
    public priceTtl: u64 = 0,
    public hasPriceTtl: bool = false,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_simple_price_feed::contract::sv::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "mesh_simple_price_feed::contract::sv::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.nativePerForeign = Decimal.readJson(r);
          break;
        case 1:
          m.owner = readOptString(r);
          break;
        case 2:
          if (!r.readNull()) {
            m.hasPriceTtl = true;
            m.priceTtl = r.readU64();
          }
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("native_per_foreign");
    this.nativePerForeign.writeJson(w);
    w.key("owner");
    writeOptString(w, this.owner);
    w.key("price_ttl");
    if (this.hasPriceTtl) w.u64(this.priceTtl);
    else w.nullValue();
    w.endObject();
  }
}

const UpdatePriceExecuteMsg_FIELDS: string[] = ["native_per_foreign"];
export class UpdatePriceExecuteMsg {
  constructor(
    public nativePerForeign: Decimal = Decimal.zero(),
  ) {}
  static readJson(r: JsonReader): UpdatePriceExecuteMsg {
    const m = changetype<UpdatePriceExecuteMsg>(__new(offsetof<UpdatePriceExecuteMsg>(), idof<UpdatePriceExecuteMsg>()));
    const s = r.struct(UpdatePriceExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.nativePerForeign = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("native_per_foreign");
    this.nativePerForeign.writeJson(w);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
  UpdatePrice,
}
const ExecuteMsg_VARIANTS: string[] = ["update_price"];
/** One of `update_price`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  updatePrice: UpdatePriceExecuteMsg | null = null;
  static UpdatePrice(value: UpdatePriceExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.UpdatePrice);
    m.updatePrice = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_simple_price_feed::contract::sv::ContractExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "mesh_simple_price_feed::contract::sv::ContractExecMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.updatePrice = UpdatePriceExecuteMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.UpdatePrice:
        w.beginObject().key("update_price");
        changetype<UpdatePriceExecuteMsg>(this.updatePrice).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum QueryMsgKind {
  Price,
  Config,
}
const QueryMsg_VARIANTS: string[] = ["price", "config"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `price`, `config`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  static Price(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Price);
  }
  static Config(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Config);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_simple_price_feed::contract::sv::ContractQueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "mesh_simple_price_feed::contract::sv::ContractQueryMsg", QueryMsg.readJson);
  }
  static readJson(r: JsonReader): QueryMsg {
    const m = new QueryMsg();
    const v = r.beginEnum(QueryMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <QueryMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case QueryMsgKind.Price:
        w.beginObject().key("price").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.Config:
        w.beginObject().key("config").beginObject().endObject().endObject();
        break;
    }
  }
}

export enum SudoMsgKind {
  HandleEpoch,
}
const SudoMsg_VARIANTS: string[] = ["handle_epoch"];
const SudoMsg_NO_FIELDS: string[] = [];
/** One of `handle_epoch`; only the payload of `kind` is set. */
export class SudoMsg {
  constructor(public kind: SudoMsgKind = 0) {}
  static HandleEpoch(): SudoMsg {
    return new SudoMsg(SudoMsgKind.HandleEpoch);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::price_feed_api::PriceFeedApiSudoMsg: ...`. */
  static parse(bytes: Uint8Array): Result<SudoMsg> {
    return parseMsg<SudoMsg>(bytes, "mesh_apis::price_feed_api::PriceFeedApiSudoMsg", SudoMsg.readJson);
  }
  static readJson(r: JsonReader): SudoMsg {
    const m = new SudoMsg();
    const v = r.beginEnum(SudoMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <SudoMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        r.struct(SudoMsg_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case SudoMsgKind.HandleEpoch:
        w.beginObject().key("handle_epoch").beginObject().endObject().endObject();
        break;
    }
  }
}

const ConfigResponse_FIELDS: string[] = ["owner", "price_ttl"];
export class ConfigResponse {
  constructor(
    public owner: string = "",
    public priceTtl: u64 = 0,
    public hasPriceTtl: bool = false,
  ) {}
  static readJson(r: JsonReader): ConfigResponse {
    const m = changetype<ConfigResponse>(__new(offsetof<ConfigResponse>(), idof<ConfigResponse>()));
    const s = r.struct(ConfigResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          if (!r.readNull()) {
            m.hasPriceTtl = true;
            m.priceTtl = r.readU64();
          }
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("price_ttl");
    if (this.hasPriceTtl) w.u64(this.priceTtl);
    else w.nullValue();
    w.endObject();
  }
}

const Config_FIELDS: string[] = ["owner", "native_per_foreign", "price_time", "price_ttl"];
export class Config {
  constructor(
    public owner: string = "",
    public nativePerForeign: Decimal = Decimal.zero(),
    public priceTime: Timestamp = new Timestamp(0),
    public priceTtl: u64 = 0,
    public hasPriceTtl: bool = false,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_simple_price_feed::state::Config: ...`. */
  static parse(bytes: Uint8Array): Result<Config> {
    return parseMsg<Config>(bytes, "mesh_simple_price_feed::state::Config", Config.readJson);
  }
  static readJson(r: JsonReader): Config {
    const m = changetype<Config>(__new(offsetof<Config>(), idof<Config>()));
    const s = r.struct(Config_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.nativePerForeign = Decimal.readJson(r);
          break;
        case 2:
          m.priceTime = Timestamp.readJson(r);
          break;
        case 3:
          if (!r.readNull()) {
            m.hasPriceTtl = true;
            m.priceTtl = r.readU64();
          }
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("native_per_foreign");
    this.nativePerForeign.writeJson(w);
    w.key("price_time");
    this.priceTime.writeJson(w);
    w.key("price_ttl");
    if (this.hasPriceTtl) w.u64(this.priceTtl);
    else w.nullValue();
    w.endObject();
  }
}
