// Generated from contracts/ibc_probe/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../std/assembly";
import { readVecString, writeVecString } from "../../common/assembly/types";

const InstantiateMsg_FIELDS: string[] = [];
export class InstantiateMsg {
  constructor() {}
  /** Parses a message (JSON); errors read `Error parsing into type ibc_probe::msg::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "ibc_probe::msg::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    r.struct(InstantiateMsg_FIELDS, false).end(0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.endObject();
  }
}

const SendExecuteMsg_FIELDS: string[] = ["channel_id", "data", "timeout_seconds"];
export class SendExecuteMsg {
  constructor(
    public channelId: string = "",
    public data: string = "",
    public timeoutSeconds: u64 = 0,
  ) {}
  static readJson(r: JsonReader): SendExecuteMsg {
    const m = changetype<SendExecuteMsg>(__new(offsetof<SendExecuteMsg>(), idof<SendExecuteMsg>()));
    const s = r.struct(SendExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.channelId = r.readString();
          break;
        case 1:
          m.data = r.readString();
          break;
        case 2:
          m.timeoutSeconds = r.readU64();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("channel_id");
    w.string(this.channelId);
    w.key("data");
    w.string(this.data);
    w.key("timeout_seconds");
    w.u64(this.timeoutSeconds);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
  Send,
}
const ExecuteMsg_VARIANTS: string[] = ["send"];
/** One of `send`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  send: SendExecuteMsg | null = null;
  static Send(value: SendExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Send);
    m.send = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type ibc_probe::msg::ExecuteMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "ibc_probe::msg::ExecuteMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.send = SendExecuteMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.Send:
        w.beginObject().key("send");
        changetype<SendExecuteMsg>(this.send).writeJson(w);
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
  /** Parses a message (JSON); errors read `Error parsing into type ibc_probe::msg::QueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "ibc_probe::msg::QueryMsg", QueryMsg.readJson);
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

const StateResponse_FIELDS: string[] = ["received", "acks", "timeouts"];
export class StateResponse {
  constructor(
    public received: u32 = 0,
    public acks: string[] = new Array<string>(),
    public timeouts: u32 = 0,
  ) {}
  static readJson(r: JsonReader): StateResponse {
    const m = changetype<StateResponse>(__new(offsetof<StateResponse>(), idof<StateResponse>()));
    const s = r.struct(StateResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.received = r.readU32();
          break;
        case 1:
          m.acks = readVecString(r);
          break;
        case 2:
          m.timeouts = r.readU32();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("received");
    w.u32(this.received);
    w.key("acks");
    writeVecString(w, this.acks);
    w.key("timeouts");
    w.u32(this.timeouts);
    w.endObject();
  }
}
