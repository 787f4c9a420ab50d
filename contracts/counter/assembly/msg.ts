// Generated from contracts/counter/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../std/assembly";
import { readOptString, writeOptString } from "../../common/assembly/types";

const InstantiateMsg_FIELDS: string[] = ["count", "owner"];
export class InstantiateMsg {
  constructor(
    public count: u64 = 0,
    public owner: string | null = null,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type counter::msg::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "counter::msg::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.count = r.readU64();
          break;
        case 1:
          m.owner = readOptString(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("count");
    w.u64(this.count);
    w.key("owner");
    writeOptString(w, this.owner);
    w.endObject();
  }
}

const IncrementExecuteMsg_FIELDS: string[] = ["by"];
export class IncrementExecuteMsg {
  constructor(
    public by: u64 = 0,
    public hasBy: bool = false,
  ) {}
  static readJson(r: JsonReader): IncrementExecuteMsg {
    const m = changetype<IncrementExecuteMsg>(__new(offsetof<IncrementExecuteMsg>(), idof<IncrementExecuteMsg>()));
    const s = r.struct(IncrementExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          if (!r.readNull()) {
            m.hasBy = true;
            m.by = r.readU64();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("by");
    if (this.hasBy) w.u64(this.by);
    else w.nullValue();
    w.endObject();
  }
}

const ResetExecuteMsg_FIELDS: string[] = ["count"];
export class ResetExecuteMsg {
  constructor(
    public count: u64 = 0,
  ) {}
  static readJson(r: JsonReader): ResetExecuteMsg {
    const m = changetype<ResetExecuteMsg>(__new(offsetof<ResetExecuteMsg>(), idof<ResetExecuteMsg>()));
    const s = r.struct(ResetExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.count = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("count");
    w.u64(this.count);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
  Increment,
  Reset,
  Freeze,
}
const ExecuteMsg_VARIANTS: string[] = ["increment", "reset", "freeze"];
/** One of `increment`, `reset`, `freeze`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  increment: IncrementExecuteMsg | null = null;
  reset: ResetExecuteMsg | null = null;
  static Increment(value: IncrementExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Increment);
    m.increment = value;
    return m;
  }
  static Reset(value: ResetExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Reset);
    m.reset = value;
    return m;
  }
  static Freeze(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.Freeze);
  }
  /** Parses a message (JSON); errors read `Error parsing into type counter::msg::ExecuteMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "counter::msg::ExecuteMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.increment = IncrementExecuteMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.reset = ResetExecuteMsg.readJson(r);
        break;
      case 2:
        if (r.enumIsUnit) return m;
        r.readUnit();
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.Increment:
        w.beginObject().key("increment");
        changetype<IncrementExecuteMsg>(this.increment).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Reset:
        w.beginObject().key("reset");
        changetype<ResetExecuteMsg>(this.reset).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Freeze:
        w.stringAscii("freeze");
        break;
    }
  }
}

export enum QueryMsgKind {
  Count,
  Owner,
}
const QueryMsg_VARIANTS: string[] = ["count", "owner"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `count`, `owner`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  static Count(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Count);
  }
  static Owner(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Owner);
  }
  /** Parses a message (JSON); errors read `Error parsing into type counter::msg::QueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "counter::msg::QueryMsg", QueryMsg.readJson);
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
      case QueryMsgKind.Count:
        w.beginObject().key("count").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.Owner:
        w.beginObject().key("owner").beginObject().endObject().endObject();
        break;
    }
  }
}

const CountResponse_FIELDS: string[] = ["count", "frozen"];
export class CountResponse {
  constructor(
    public count: u64 = 0,
    public frozen: bool = false,
  ) {}
  static readJson(r: JsonReader): CountResponse {
    const m = changetype<CountResponse>(__new(offsetof<CountResponse>(), idof<CountResponse>()));
    const s = r.struct(CountResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.count = r.readU64();
          break;
        case 1:
          m.frozen = r.readBool();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("count");
    w.u64(this.count);
    w.key("frozen");
    w.bool(this.frozen);
    w.endObject();
  }
}

const OwnerResponse_FIELDS: string[] = ["owner"];
export class OwnerResponse {
  constructor(
    public owner: string = "",
  ) {}
  static readJson(r: JsonReader): OwnerResponse {
    const m = changetype<OwnerResponse>(__new(offsetof<OwnerResponse>(), idof<OwnerResponse>()));
    const s = r.struct(OwnerResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
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
    w.endObject();
  }
}

const State_FIELDS: string[] = ["count", "owner", "frozen"];
export class State {
  constructor(
    public count: u64 = 0,
    public owner: string = "",
    public frozen: bool = false,
  ) {}
  static readJson(r: JsonReader): State {
    const m = changetype<State>(__new(offsetof<State>(), idof<State>()));
    const s = r.struct(State_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.count = r.readU64();
          break;
        case 1:
          m.owner = r.readString();
          break;
        case 2:
          m.frozen = r.readBool();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("count");
    w.u64(this.count);
    w.key("owner");
    w.string(this.owner);
    w.key("frozen");
    w.bool(this.frozen);
    w.endObject();
  }
}
