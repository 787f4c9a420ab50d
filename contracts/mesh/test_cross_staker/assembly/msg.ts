// Generated from contracts/mesh/test_cross_staker/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../../std/assembly";
import { Coin } from "../../../common/assembly/types";
export { Coin } from "../../../common/assembly/types";
import { CommitTxVaultApiMsg, CrossSlashVaultApiMsg, LocalSlashVaultApiMsg, ReleaseCrossStakeVaultApiMsg, ReleaseLocalStakeVaultApiMsg, RollbackTxVaultApiMsg, SlashInfo, SlashRatioResponse, VaultApiMsg, VaultApiMsgKind } from "../../common/assembly/types";
export { CommitTxVaultApiMsg, CrossSlashVaultApiMsg, LocalSlashVaultApiMsg, ReleaseCrossStakeVaultApiMsg, ReleaseLocalStakeVaultApiMsg, RollbackTxVaultApiMsg, SlashInfo, SlashRatioResponse, VaultApiMsg, VaultApiMsgKind } from "../../common/assembly/types";
import { readOptString, writeOptString } from "../../../common/assembly/types";
import { readVecSlashInfo, writeVecSlashInfo } from "../../common/assembly/types";

const InstantiateMsg_FIELDS: string[] = ["vault", "slash_ratio_dsign", "slash_ratio_offline"];
export class InstantiateMsg {
  constructor(
    public vault: string | null = null,
    public slashRatioDsign: Decimal = Decimal.zero(),
    public slashRatioOffline: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_test_cross_staker::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "mesh_test_cross_staker::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.vault = readOptString(r);
          break;
        case 1:
          m.slashRatioDsign = Decimal.readJson(r);
          break;
        case 2:
          m.slashRatioOffline = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b110);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("vault");
    writeOptString(w, this.vault);
    w.key("slash_ratio_dsign");
    this.slashRatioDsign.writeJson(w);
    w.key("slash_ratio_offline");
    this.slashRatioOffline.writeJson(w);
    w.endObject();
  }
}

const ReceiveVirtualStakeExecuteMsg_FIELDS: string[] = ["owner", "amount", "tx_id", "msg"];
export class ReceiveVirtualStakeExecuteMsg {
  constructor(
    public owner: string = "",
    public amount: Coin = new Coin(),
    public txId: u64 = 0,
    public msg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): ReceiveVirtualStakeExecuteMsg {
    const m = changetype<ReceiveVirtualStakeExecuteMsg>(__new(offsetof<ReceiveVirtualStakeExecuteMsg>(), idof<ReceiveVirtualStakeExecuteMsg>()));
    const s = r.struct(ReceiveVirtualStakeExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.amount = Coin.readJson(r);
          break;
        case 2:
          m.txId = r.readU64();
          break;
        case 3:
          m.msg = Binary.readJson(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("tx_id");
    w.u64(this.txId);
    w.key("msg");
    this.msg.writeJson(w);
    w.endObject();
  }
}

const BurnVirtualStakeExecuteMsg_FIELDS: string[] = ["owner", "amount", "validator"];
export class BurnVirtualStakeExecuteMsg {
  constructor(
    public owner: string = "",
    public amount: Coin = new Coin(),
    public validator: string | null = null,
  ) {}
  static readJson(r: JsonReader): BurnVirtualStakeExecuteMsg {
    const m = changetype<BurnVirtualStakeExecuteMsg>(__new(offsetof<BurnVirtualStakeExecuteMsg>(), idof<BurnVirtualStakeExecuteMsg>()));
    const s = r.struct(BurnVirtualStakeExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.amount = Coin.readJson(r);
          break;
        case 2:
          m.validator = readOptString(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("validator");
    writeOptString(w, this.validator);
    w.endObject();
  }
}

const ReceiveStakeExecuteMsg_FIELDS: string[] = ["owner", "msg"];
export class ReceiveStakeExecuteMsg {
  constructor(
    public owner: string = "",
    public msg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): ReceiveStakeExecuteMsg {
    const m = changetype<ReceiveStakeExecuteMsg>(__new(offsetof<ReceiveStakeExecuteMsg>(), idof<ReceiveStakeExecuteMsg>()));
    const s = r.struct(ReceiveStakeExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.msg = Binary.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("msg");
    this.msg.writeJson(w);
    w.endObject();
  }
}

const BurnStakeExecuteMsg_FIELDS: string[] = ["owner", "amount", "validator"];
export class BurnStakeExecuteMsg {
  constructor(
    public owner: string = "",
    public amount: Coin = new Coin(),
    public validator: string | null = null,
  ) {}
  static readJson(r: JsonReader): BurnStakeExecuteMsg {
    const m = changetype<BurnStakeExecuteMsg>(__new(offsetof<BurnStakeExecuteMsg>(), idof<BurnStakeExecuteMsg>()));
    const s = r.struct(BurnStakeExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.amount = Coin.readJson(r);
          break;
        case 2:
          m.validator = readOptString(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("validator");
    writeOptString(w, this.validator);
    w.endObject();
  }
}

const CommitExecuteMsg_FIELDS: string[] = ["tx_id"];
export class CommitExecuteMsg {
  constructor(
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): CommitExecuteMsg {
    const m = changetype<CommitExecuteMsg>(__new(offsetof<CommitExecuteMsg>(), idof<CommitExecuteMsg>()));
    const s = r.struct(CommitExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.txId = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("tx_id");
    w.u64(this.txId);
    w.endObject();
  }
}

const RollbackExecuteMsg_FIELDS: string[] = ["tx_id"];
export class RollbackExecuteMsg {
  constructor(
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): RollbackExecuteMsg {
    const m = changetype<RollbackExecuteMsg>(__new(offsetof<RollbackExecuteMsg>(), idof<RollbackExecuteMsg>()));
    const s = r.struct(RollbackExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.txId = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("tx_id");
    w.u64(this.txId);
    w.endObject();
  }
}

const ReleaseExecuteMsg_FIELDS: string[] = ["owner", "amount"];
export class ReleaseExecuteMsg {
  constructor(
    public owner: string = "",
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): ReleaseExecuteMsg {
    const m = changetype<ReleaseExecuteMsg>(__new(offsetof<ReleaseExecuteMsg>(), idof<ReleaseExecuteMsg>()));
    const s = r.struct(ReleaseExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.amount = Coin.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const SlashExecuteMsg_FIELDS: string[] = ["slashes", "validator"];
export class SlashExecuteMsg {
  constructor(
    public slashes: SlashInfo[] = new Array<SlashInfo>(),
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): SlashExecuteMsg {
    const m = changetype<SlashExecuteMsg>(__new(offsetof<SlashExecuteMsg>(), idof<SlashExecuteMsg>()));
    const s = r.struct(SlashExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.slashes = readVecSlashInfo(r);
          break;
        case 1:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("slashes");
    writeVecSlashInfo(w, this.slashes);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
  ReceiveVirtualStake,
  BurnVirtualStake,
  ReceiveStake,
  BurnStake,
  Commit,
  Rollback,
  Release,
  Slash,
}
const ExecuteMsg_VARIANTS: string[] = ["receive_virtual_stake", "burn_virtual_stake", "receive_stake", "burn_stake", "commit", "rollback", "release", "slash"];
/** One of `receive_virtual_stake`, `burn_virtual_stake`, `receive_stake`, `burn_stake`, `commit`, `rollback`, `release`, `slash`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  receiveVirtualStake: ReceiveVirtualStakeExecuteMsg | null = null;
  burnVirtualStake: BurnVirtualStakeExecuteMsg | null = null;
  receiveStake: ReceiveStakeExecuteMsg | null = null;
  burnStake: BurnStakeExecuteMsg | null = null;
  commit: CommitExecuteMsg | null = null;
  rollback: RollbackExecuteMsg | null = null;
  release: ReleaseExecuteMsg | null = null;
  slash: SlashExecuteMsg | null = null;
  static ReceiveVirtualStake(value: ReceiveVirtualStakeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ReceiveVirtualStake);
    m.receiveVirtualStake = value;
    return m;
  }
  static BurnVirtualStake(value: BurnVirtualStakeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.BurnVirtualStake);
    m.burnVirtualStake = value;
    return m;
  }
  static ReceiveStake(value: ReceiveStakeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ReceiveStake);
    m.receiveStake = value;
    return m;
  }
  static BurnStake(value: BurnStakeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.BurnStake);
    m.burnStake = value;
    return m;
  }
  static Commit(value: CommitExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Commit);
    m.commit = value;
    return m;
  }
  static Rollback(value: RollbackExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Rollback);
    m.rollback = value;
    return m;
  }
  static Release(value: ReleaseExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Release);
    m.release = value;
    return m;
  }
  static Slash(value: SlashExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Slash);
    m.slash = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_test_cross_staker::ExecuteMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "mesh_test_cross_staker::ExecuteMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.receiveVirtualStake = ReceiveVirtualStakeExecuteMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.burnVirtualStake = BurnVirtualStakeExecuteMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.receiveStake = ReceiveStakeExecuteMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.burnStake = BurnStakeExecuteMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.commit = CommitExecuteMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.rollback = RollbackExecuteMsg.readJson(r);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.release = ReleaseExecuteMsg.readJson(r);
        break;
      case 7:
        if (!r.expectPayloadVariant()) return m;
        m.slash = SlashExecuteMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.ReceiveVirtualStake:
        w.beginObject().key("receive_virtual_stake");
        changetype<ReceiveVirtualStakeExecuteMsg>(this.receiveVirtualStake).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.BurnVirtualStake:
        w.beginObject().key("burn_virtual_stake");
        changetype<BurnVirtualStakeExecuteMsg>(this.burnVirtualStake).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ReceiveStake:
        w.beginObject().key("receive_stake");
        changetype<ReceiveStakeExecuteMsg>(this.receiveStake).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.BurnStake:
        w.beginObject().key("burn_stake");
        changetype<BurnStakeExecuteMsg>(this.burnStake).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Commit:
        w.beginObject().key("commit");
        changetype<CommitExecuteMsg>(this.commit).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Rollback:
        w.beginObject().key("rollback");
        changetype<RollbackExecuteMsg>(this.rollback).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Release:
        w.beginObject().key("release");
        changetype<ReleaseExecuteMsg>(this.release).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Slash:
        w.beginObject().key("slash");
        changetype<SlashExecuteMsg>(this.slash).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum QueryMsgKind {
  MaxSlash,
}
const QueryMsg_VARIANTS: string[] = ["max_slash"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `max_slash`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  static MaxSlash(): QueryMsg {
    return new QueryMsg(QueryMsgKind.MaxSlash);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_test_cross_staker::QueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "mesh_test_cross_staker::QueryMsg", QueryMsg.readJson);
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
      case QueryMsgKind.MaxSlash:
        w.beginObject().key("max_slash").beginObject().endObject().endObject();
        break;
    }
  }
}

const Config_FIELDS: string[] = ["vault", "slash_ratio_dsign", "slash_ratio_offline"];
export class Config {
  constructor(
    public vault: string = "",
    public slashRatioDsign: Decimal = Decimal.zero(),
    public slashRatioOffline: Decimal = Decimal.zero(),
  ) {}
  static readJson(r: JsonReader): Config {
    const m = changetype<Config>(__new(offsetof<Config>(), idof<Config>()));
    const s = r.struct(Config_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.vault = r.readString();
          break;
        case 1:
          m.slashRatioDsign = Decimal.readJson(r);
          break;
        case 2:
          m.slashRatioOffline = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("vault");
    w.string(this.vault);
    w.key("slash_ratio_dsign");
    this.slashRatioDsign.writeJson(w);
    w.key("slash_ratio_offline");
    this.slashRatioOffline.writeJson(w);
    w.endObject();
  }
}
