// Generated from contracts/mesh/test_consumer/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../../std/assembly";

function readOptString(r: JsonReader): string | null {
  if (r.readNull()) return null;
  return r.readString();
}

function writeOptString(w: JsonWriter, v: string | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else w.string(changetype<string>(v));
}

function readVecString(r: JsonReader): string[] {
  const a = new Array<string>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(r.readString());
    }
    r.endArray();
  }
  return a;
}

function writeVecString(w: JsonWriter, a: string[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.string(unchecked(a[i]));
  w.endArray();
}

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

const Coin_FIELDS: string[] = ["denom", "amount"];
export class Coin {
  constructor(
    public denom: string = "",
    public amount: Uint128 = Uint128.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type cosmwasm_std::Coin: ...`. */
  static parse(bytes: Uint8Array): Result<Coin> {
    return parseMsg<Coin>(bytes, "cosmwasm_std::Coin", Coin.readJson);
  }
  static readJson(r: JsonReader): Coin {
    const m = changetype<Coin>(__new(offsetof<Coin>(), idof<Coin>()));
    const s = r.struct(Coin_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.denom = r.readString();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("denom");
    w.string(this.denom);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const StakeProviderPacket_FIELDS: string[] = ["validator", "stake", "tx_id"];
export class StakeProviderPacket {
  constructor(
    public validator: string = "",
    public stake: Coin = new Coin(),
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): StakeProviderPacket {
    const m = changetype<StakeProviderPacket>(__new(offsetof<StakeProviderPacket>(), idof<StakeProviderPacket>()));
    const s = r.struct(StakeProviderPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.stake = Coin.readJson(r);
          break;
        case 2:
          m.txId = r.readU64();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("stake");
    this.stake.writeJson(w);
    w.key("tx_id");
    w.u64(this.txId);
    w.endObject();
  }
}

const UnstakeProviderPacket_FIELDS: string[] = ["validator", "unstake", "tx_id"];
export class UnstakeProviderPacket {
  constructor(
    public validator: string = "",
    public unstake: Coin = new Coin(),
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): UnstakeProviderPacket {
    const m = changetype<UnstakeProviderPacket>(__new(offsetof<UnstakeProviderPacket>(), idof<UnstakeProviderPacket>()));
    const s = r.struct(UnstakeProviderPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.unstake = Coin.readJson(r);
          break;
        case 2:
          m.txId = r.readU64();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("unstake");
    this.unstake.writeJson(w);
    w.key("tx_id");
    w.u64(this.txId);
    w.endObject();
  }
}

const BurnProviderPacket_FIELDS: string[] = ["validators", "burn"];
export class BurnProviderPacket {
  constructor(
    public validators: string[] = new Array<string>(),
    public burn: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): BurnProviderPacket {
    const m = changetype<BurnProviderPacket>(__new(offsetof<BurnProviderPacket>(), idof<BurnProviderPacket>()));
    const s = r.struct(BurnProviderPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validators = readVecString(r);
          break;
        case 1:
          m.burn = Coin.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validators");
    writeVecString(w, this.validators);
    w.key("burn");
    this.burn.writeJson(w);
    w.endObject();
  }
}

const TransferRewardsProviderPacket_FIELDS: string[] = ["rewards", "recipient", "tx_id"];
export class TransferRewardsProviderPacket {
  constructor(
    public rewards: Coin = new Coin(),
    public recipient: string = "",
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): TransferRewardsProviderPacket {
    const m = changetype<TransferRewardsProviderPacket>(__new(offsetof<TransferRewardsProviderPacket>(), idof<TransferRewardsProviderPacket>()));
    const s = r.struct(TransferRewardsProviderPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.rewards = Coin.readJson(r);
          break;
        case 1:
          m.recipient = r.readString();
          break;
        case 2:
          m.txId = r.readU64();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("rewards");
    this.rewards.writeJson(w);
    w.key("recipient");
    w.string(this.recipient);
    w.key("tx_id");
    w.u64(this.txId);
    w.endObject();
  }
}

export enum ProviderPacketKind {
  Stake,
  Unstake,
  Burn,
  TransferRewards,
}
const ProviderPacket_VARIANTS: string[] = ["stake", "unstake", "burn", "transfer_rewards"];
/** One of `stake`, `unstake`, `burn`, `transfer_rewards`; only the payload of `kind` is set. */
export class ProviderPacket {
  constructor(public kind: ProviderPacketKind = 0) {}
  stake: StakeProviderPacket | null = null;
  unstake: UnstakeProviderPacket | null = null;
  burn: BurnProviderPacket | null = null;
  transferRewards: TransferRewardsProviderPacket | null = null;
  static Stake(value: StakeProviderPacket): ProviderPacket {
    const m = new ProviderPacket(ProviderPacketKind.Stake);
    m.stake = value;
    return m;
  }
  static Unstake(value: UnstakeProviderPacket): ProviderPacket {
    const m = new ProviderPacket(ProviderPacketKind.Unstake);
    m.unstake = value;
    return m;
  }
  static Burn(value: BurnProviderPacket): ProviderPacket {
    const m = new ProviderPacket(ProviderPacketKind.Burn);
    m.burn = value;
    return m;
  }
  static TransferRewards(value: TransferRewardsProviderPacket): ProviderPacket {
    const m = new ProviderPacket(ProviderPacketKind.TransferRewards);
    m.transferRewards = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::packet::ProviderPacket: ...`. */
  static parse(bytes: Uint8Array): Result<ProviderPacket> {
    return parseMsg<ProviderPacket>(bytes, "mesh_apis::ibc::packet::ProviderPacket", ProviderPacket.readJson);
  }
  static readJson(r: JsonReader): ProviderPacket {
    const m = new ProviderPacket();
    const v = r.beginEnum(ProviderPacket_VARIANTS);
    if (v < 0) return m;
    m.kind = <ProviderPacketKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.stake = StakeProviderPacket.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.unstake = UnstakeProviderPacket.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.burn = BurnProviderPacket.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.transferRewards = TransferRewardsProviderPacket.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ProviderPacketKind.Stake:
        w.beginObject().key("stake");
        changetype<StakeProviderPacket>(this.stake).writeJson(w);
        w.endObject();
        break;
      case ProviderPacketKind.Unstake:
        w.beginObject().key("unstake");
        changetype<UnstakeProviderPacket>(this.unstake).writeJson(w);
        w.endObject();
        break;
      case ProviderPacketKind.Burn:
        w.beginObject().key("burn");
        changetype<BurnProviderPacket>(this.burn).writeJson(w);
        w.endObject();
        break;
      case ProviderPacketKind.TransferRewards:
        w.beginObject().key("transfer_rewards");
        changetype<TransferRewardsProviderPacket>(this.transferRewards).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum AckWrapperKind {
  Result,
  Error,
}
const AckWrapper_VARIANTS: string[] = ["result", "error"];
/** One of `result`, `error`; only the payload of `kind` is set. */
export class AckWrapper {
  constructor(public kind: AckWrapperKind = 0) {}
  result: Binary | null = null;
  error: string | null = null;
  static Result(value: Binary): AckWrapper {
    const m = new AckWrapper(AckWrapperKind.Result);
    m.result = value;
    return m;
  }
  static Error(value: string): AckWrapper {
    const m = new AckWrapper(AckWrapperKind.Error);
    m.error = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::packet::AckWrapper: ...`. */
  static parse(bytes: Uint8Array): Result<AckWrapper> {
    return parseMsg<AckWrapper>(bytes, "mesh_apis::ibc::packet::AckWrapper", AckWrapper.readJson);
  }
  static readJson(r: JsonReader): AckWrapper {
    const m = new AckWrapper();
    const v = r.beginEnum(AckWrapper_VARIANTS);
    if (v < 0) return m;
    m.kind = <AckWrapperKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.result = Binary.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.error = r.readString();
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case AckWrapperKind.Result:
        w.beginObject().key("result");
        changetype<Binary>(this.result).writeJson(w);
        w.endObject();
        break;
      case AckWrapperKind.Error:
        w.beginObject().key("error");
        w.string(changetype<string>(this.error));
        w.endObject();
        break;
    }
  }
}

const EmptyAck_FIELDS: string[] = [];
export class EmptyAck {
  constructor() {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::packet::StakeAck: ...`. */
  static parse(bytes: Uint8Array): Result<EmptyAck> {
    return parseMsg<EmptyAck>(bytes, "mesh_apis::ibc::packet::StakeAck", EmptyAck.readJson);
  }
  static readJson(r: JsonReader): EmptyAck {
    const m = changetype<EmptyAck>(__new(offsetof<EmptyAck>(), idof<EmptyAck>()));
    r.struct(EmptyAck_FIELDS, true).end(0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.endObject();
  }
}

const ProtocolVersion_FIELDS: string[] = ["protocol", "version"];
export class ProtocolVersion {
  constructor(
    public protocol: string = "",
    public version: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::ProtocolVersion: ...`. */
  static parse(bytes: Uint8Array): Result<ProtocolVersion> {
    return parseMsg<ProtocolVersion>(bytes, "mesh_apis::ibc::ProtocolVersion", ProtocolVersion.readJson);
  }
  static readJson(r: JsonReader): ProtocolVersion {
    const m = changetype<ProtocolVersion>(__new(offsetof<ProtocolVersion>(), idof<ProtocolVersion>()));
    const s = r.struct(ProtocolVersion_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.protocol = r.readString();
          break;
        case 1:
          m.version = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("protocol");
    w.string(this.protocol);
    w.key("version");
    w.string(this.version);
    w.endObject();
  }
}
