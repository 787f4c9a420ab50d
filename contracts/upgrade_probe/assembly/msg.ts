// Generated from contracts/upgrade_probe/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../std/assembly";
import { ContractVersion } from "../../common/assembly/types";
export { ContractVersion } from "../../common/assembly/types";
import { readOptString, writeOptString } from "../../common/assembly/types";

const InstantiateMsg_FIELDS: string[] = ["name", "version", "marker"];
export class InstantiateMsg {
  constructor(
    public name: string | null = null,
    public version: string | null = null,
    public marker: string | null = null,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type upgrade_probe::msg::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "upgrade_probe::msg::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.name = readOptString(r);
          break;
        case 1:
          m.version = readOptString(r);
          break;
        case 2:
          m.marker = readOptString(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("name");
    writeOptString(w, this.name);
    w.key("version");
    writeOptString(w, this.version);
    w.key("marker");
    writeOptString(w, this.marker);
    w.endObject();
  }
}

const SetMarkerExecuteMsg_FIELDS: string[] = ["value"];
export class SetMarkerExecuteMsg {
  constructor(
    public value: string = "",
  ) {}
  static readJson(r: JsonReader): SetMarkerExecuteMsg {
    const m = changetype<SetMarkerExecuteMsg>(__new(offsetof<SetMarkerExecuteMsg>(), idof<SetMarkerExecuteMsg>()));
    const s = r.struct(SetMarkerExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.value = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("value");
    w.string(this.value);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
  SetMarker,
}
const ExecuteMsg_VARIANTS: string[] = ["set_marker"];
/** One of `set_marker`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  setMarker: SetMarkerExecuteMsg | null = null;
  static SetMarker(value: SetMarkerExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.SetMarker);
    m.setMarker = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type upgrade_probe::msg::ExecuteMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "upgrade_probe::msg::ExecuteMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.setMarker = SetMarkerExecuteMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.SetMarker:
        w.beginObject().key("set_marker");
        changetype<SetMarkerExecuteMsg>(this.setMarker).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum QueryMsgKind {
  State,
}
const QueryMsg_VARIANTS: string[] = ["state"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `state`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  static State(): QueryMsg {
    return new QueryMsg(QueryMsgKind.State);
  }
  /** Parses a message (JSON); errors read `Error parsing into type upgrade_probe::msg::QueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "upgrade_probe::msg::QueryMsg", QueryMsg.readJson);
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
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case QueryMsgKind.State:
        w.beginObject().key("state").beginObject().endObject().endObject();
        break;
    }
  }
}

const MigrateMsg_FIELDS: string[] = ["name", "version", "marker", "fail"];
export class MigrateMsg {
  constructor(
    public name: string | null = null,
    public version: string | null = null,
    public marker: string | null = null,
    public fail: bool = 0,
    public hasFail: bool = false,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type upgrade_probe::msg::MigrateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<MigrateMsg> {
    return parseMsg<MigrateMsg>(bytes, "upgrade_probe::msg::MigrateMsg", MigrateMsg.readJson);
  }
  static readJson(r: JsonReader): MigrateMsg {
    const m = changetype<MigrateMsg>(__new(offsetof<MigrateMsg>(), idof<MigrateMsg>()));
    const s = r.struct(MigrateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.name = readOptString(r);
          break;
        case 1:
          m.version = readOptString(r);
          break;
        case 2:
          m.marker = readOptString(r);
          break;
        case 3:
          if (!r.readNull()) {
            m.hasFail = true;
            m.fail = r.readBool();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("name");
    writeOptString(w, this.name);
    w.key("version");
    writeOptString(w, this.version);
    w.key("marker");
    writeOptString(w, this.marker);
    w.key("fail");
    if (this.hasFail) w.bool(this.fail);
    else w.nullValue();
    w.endObject();
  }
}

const StateResponse_FIELDS: string[] = ["contract", "version", "marker", "migrations"];
export class StateResponse {
  constructor(
    public contract: string = "",
    public version: string = "",
    public marker: string = "",
    public migrations: u64 = 0,
  ) {}
  static readJson(r: JsonReader): StateResponse {
    const m = changetype<StateResponse>(__new(offsetof<StateResponse>(), idof<StateResponse>()));
    const s = r.struct(StateResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          m.version = r.readString();
          break;
        case 2:
          m.marker = r.readString();
          break;
        case 3:
          m.migrations = r.readU64();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.key("version");
    w.string(this.version);
    w.key("marker");
    w.string(this.marker);
    w.key("migrations");
    w.u64(this.migrations);
    w.endObject();
  }
}

const Marker_FIELDS: string[] = ["value", "migrations"];
export class Marker {
  constructor(
    public value: string = "",
    public migrations: u64 = 0,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type upgrade_probe::state::Marker: ...`. */
  static parse(bytes: Uint8Array): Result<Marker> {
    return parseMsg<Marker>(bytes, "upgrade_probe::state::Marker", Marker.readJson);
  }
  static readJson(r: JsonReader): Marker {
    const m = changetype<Marker>(__new(offsetof<Marker>(), idof<Marker>()));
    const s = r.struct(Marker_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.value = r.readString();
          break;
        case 1:
          m.migrations = r.readU64();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("value");
    w.string(this.value);
    w.key("migrations");
    w.u64(this.migrations);
    w.endObject();
  }
}
