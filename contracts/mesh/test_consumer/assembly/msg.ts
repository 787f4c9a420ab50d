// Generated from contracts/mesh/test_consumer/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../../std/assembly";
import { AckWrapper, AckWrapperKind, BurnProviderPacket, EmptyAck, ProtocolVersion, ProviderPacket, ProviderPacketKind, StakeProviderPacket, TransferRewardsProviderPacket, UnstakeProviderPacket } from "../../common/assembly/types";
export { AckWrapper, AckWrapperKind, BurnProviderPacket, EmptyAck, ProtocolVersion, ProviderPacket, ProviderPacketKind, StakeProviderPacket, TransferRewardsProviderPacket, UnstakeProviderPacket } from "../../common/assembly/types";
import { Coin } from "../../../common/assembly/types";
export { Coin } from "../../../common/assembly/types";
import { readOptString, readVecString, writeOptString, writeVecString } from "../../../common/assembly/types";

const InstantiateMsg_FIELDS: string[] = [];
export class InstantiateMsg {
  constructor() {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_test_consumer::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "mesh_test_consumer::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    r.struct(InstantiateMsg_FIELDS, true).end(0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.endObject();
  }
}

const SendExecuteMsg_FIELDS: string[] = ["packet", "timeout_seconds"];
export class SendExecuteMsg {
  constructor(
    public packet: Binary = Binary.empty(),
    public timeoutSeconds: u64 = 0,
  ) {}
  static readJson(r: JsonReader): SendExecuteMsg {
    const m = changetype<SendExecuteMsg>(__new(offsetof<SendExecuteMsg>(), idof<SendExecuteMsg>()));
    const s = r.struct(SendExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.packet = Binary.readJson(r);
          break;
        case 1:
          m.timeoutSeconds = r.readU64();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("packet");
    this.packet.writeJson(w);
    w.key("timeout_seconds");
    w.u64(this.timeoutSeconds);
    w.endObject();
  }
}

const RefuseExecuteMsg_FIELDS: string[] = ["refuse"];
export class RefuseExecuteMsg {
  constructor(
    public refuse: bool = false,
  ) {}
  static readJson(r: JsonReader): RefuseExecuteMsg {
    const m = changetype<RefuseExecuteMsg>(__new(offsetof<RefuseExecuteMsg>(), idof<RefuseExecuteMsg>()));
    const s = r.struct(RefuseExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.refuse = r.readBool();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("refuse");
    w.bool(this.refuse);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
  Send,
  Refuse,
}
const ExecuteMsg_VARIANTS: string[] = ["send", "refuse"];
/** One of `send`, `refuse`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  send: SendExecuteMsg | null = null;
  refuse: RefuseExecuteMsg | null = null;
  static Send(value: SendExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Send);
    m.send = value;
    return m;
  }
  static Refuse(value: RefuseExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Refuse);
    m.refuse = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_test_consumer::ExecuteMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "mesh_test_consumer::ExecuteMsg", ExecuteMsg.readJson);
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
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.refuse = RefuseExecuteMsg.readJson(r);
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
      case ExecuteMsgKind.Refuse:
        w.beginObject().key("refuse");
        changetype<RefuseExecuteMsg>(this.refuse).writeJson(w);
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
  /** Parses a message (JSON); errors read `Error parsing into type mesh_test_consumer::QueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "mesh_test_consumer::QueryMsg", QueryMsg.readJson);
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

const State_FIELDS: string[] = ["channel", "refuse", "received", "acks", "timeouts"];
export class State {
  constructor(
    public channel: string | null = null,
    public refuse: bool = false,
    public received: string[] = new Array<string>(),
    public acks: string[] = new Array<string>(),
    public timeouts: u32 = 0,
  ) {}
  static readJson(r: JsonReader): State {
    const m = changetype<State>(__new(offsetof<State>(), idof<State>()));
    const s = r.struct(State_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.channel = readOptString(r);
          break;
        case 1:
          m.refuse = r.readBool();
          break;
        case 2:
          m.received = readVecString(r);
          break;
        case 3:
          m.acks = readVecString(r);
          break;
        case 4:
          m.timeouts = r.readU32();
          break;
      }
    }
    s.end(0b11110);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("channel");
    writeOptString(w, this.channel);
    w.key("refuse");
    w.bool(this.refuse);
    w.key("received");
    writeVecString(w, this.received);
    w.key("acks");
    writeVecString(w, this.acks);
    w.key("timeouts");
    w.u32(this.timeouts);
    w.endObject();
  }
}
