// Generated from contracts/mesh/vault/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../../std/assembly";
import { Coin } from "../../../common/assembly/types";
export { Coin } from "../../../common/assembly/types";
import { BurnStakeLocalStakingApiMsg, BurnVirtualStakeCrossStakingApiMsg, CrossStakingApiMsg, CrossStakingApiMsgKind, InFlightRemoteStakingTx, InFlightRemoteUnstakingTx, InFlightStakingTx, InFlightTransferFundsTx, LocalStakingApiMsg, LocalStakingApiMsgKind, MaxSlashQuery, MaxSlashQueryKind, ReceiveStakeLocalStakingApiMsg, ReceiveVirtualStakeCrossStakingApiMsg, SlashInfo, SlashRatioResponse, Tx, TxKind, ValueRange } from "../../common/assembly/types";
export { BurnStakeLocalStakingApiMsg, BurnVirtualStakeCrossStakingApiMsg, CrossStakingApiMsg, CrossStakingApiMsgKind, InFlightRemoteStakingTx, InFlightRemoteUnstakingTx, InFlightStakingTx, InFlightTransferFundsTx, LocalStakingApiMsg, LocalStakingApiMsgKind, MaxSlashQuery, MaxSlashQueryKind, ReceiveStakeLocalStakingApiMsg, ReceiveVirtualStakeCrossStakingApiMsg, SlashInfo, SlashRatioResponse, Tx, TxKind, ValueRange } from "../../common/assembly/types";
import { readOptString, readVecString, writeOptString, writeVecString } from "../../../common/assembly/types";
import { readVecSlashInfo, readVecTx, writeVecSlashInfo, writeVecTx } from "../../common/assembly/types";

function readOptCollateral(r: JsonReader): Collateral | null {
  if (r.readNull()) return null;
  return Collateral.readJson(r);
}

function writeOptCollateral(w: JsonWriter, v: Collateral | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Collateral>(v).writeJson(w);
}

function readOptStakingInitInfo(r: JsonReader): StakingInitInfo | null {
  if (r.readNull()) return null;
  return StakingInitInfo.readJson(r);
}

function writeOptStakingInitInfo(w: JsonWriter, v: StakingInitInfo | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<StakingInitInfo>(v).writeJson(w);
}

function readVecLienResponse(r: JsonReader): LienResponse[] {
  const a = new Array<LienResponse>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(LienResponse.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecLienResponse(w: JsonWriter, a: LienResponse[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecAllAccountsResponseItem(r: JsonReader): AllAccountsResponseItem[] {
  const a = new Array<AllAccountsResponseItem>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(AllAccountsResponseItem.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecAllAccountsResponseItem(w: JsonWriter, a: AllAccountsResponseItem[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export enum CollateralKind {
  Native,
  Cw20,
}
const Collateral_VARIANTS: string[] = ["native", "cw20"];
/** One of `native`, `cw20`; only the payload of `kind` is set. */
export class Collateral {
  constructor(public kind: CollateralKind = 0) {}
  native: string | null = null;
  cw20: string | null = null;
  static Native(value: string): Collateral {
    const m = new Collateral(CollateralKind.Native);
    m.native = value;
    return m;
  }
  static Cw20(value: string): Collateral {
    const m = new Collateral(CollateralKind.Cw20);
    m.cw20 = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_vault::msg::Collateral: ...`. */
  static parse(bytes: Uint8Array): Result<Collateral> {
    return parseMsg<Collateral>(bytes, "mesh_vault::msg::Collateral", Collateral.readJson);
  }
  static readJson(r: JsonReader): Collateral {
    const m = new Collateral();
    const v = r.beginEnum(Collateral_VARIANTS);
    if (v < 0) return m;
    m.kind = <CollateralKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.native = r.readString();
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.cw20 = r.readString();
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case CollateralKind.Native:
        w.beginObject().key("native");
        w.string(changetype<string>(this.native));
        w.endObject();
        break;
      case CollateralKind.Cw20:
        w.beginObject().key("cw20");
        w.string(changetype<string>(this.cw20));
        w.endObject();
        break;
    }
  }
}

const StakingInitInfo_FIELDS: string[] = ["admin", "code_id", "msg", "label"];
export class StakingInitInfo {
  constructor(
    public admin: string | null = null,
    public codeId: u64 = 0,
    public msg: Binary = Binary.empty(),
    public label: string | null = null,
  ) {}
  static readJson(r: JsonReader): StakingInitInfo {
    const m = changetype<StakingInitInfo>(__new(offsetof<StakingInitInfo>(), idof<StakingInitInfo>()));
    const s = r.struct(StakingInitInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.admin = readOptString(r);
          break;
        case 1:
          m.codeId = r.readU64();
          break;
        case 2:
          m.msg = Binary.readJson(r);
          break;
        case 3:
          m.label = readOptString(r);
          break;
      }
    }
    s.end(0b110);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("admin");
    writeOptString(w, this.admin);
    w.key("code_id");
    w.u64(this.codeId);
    w.key("msg");
    this.msg.writeJson(w);
    w.key("label");
    writeOptString(w, this.label);
    w.endObject();
  }
}

const InstantiateMsg_FIELDS: string[] = ["denom", "collateral", "local_staking"];
export class InstantiateMsg {
  constructor(
    public denom: string | null = null,
    public collateral: Collateral | null = null,
    public localStaking: StakingInitInfo | null = null,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_vault::contract::sv::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "mesh_vault::contract::sv::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.denom = readOptString(r);
          break;
        case 1:
          m.collateral = readOptCollateral(r);
          break;
        case 2:
          m.localStaking = readOptStakingInitInfo(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("denom");
    writeOptString(w, this.denom);
    w.key("collateral");
    writeOptCollateral(w, this.collateral);
    w.key("local_staking");
    writeOptStakingInitInfo(w, this.localStaking);
    w.endObject();
  }
}

const UnbondExecuteMsg_FIELDS: string[] = ["amount"];
export class UnbondExecuteMsg {
  constructor(
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): UnbondExecuteMsg {
    const m = changetype<UnbondExecuteMsg>(__new(offsetof<UnbondExecuteMsg>(), idof<UnbondExecuteMsg>()));
    const s = r.struct(UnbondExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.amount = Coin.readJson(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const StakeRemoteExecuteMsg_FIELDS: string[] = ["contract", "amount", "msg"];
export class StakeRemoteExecuteMsg {
  constructor(
    public contract: string = "",
    public amount: Coin = new Coin(),
    public msg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): StakeRemoteExecuteMsg {
    const m = changetype<StakeRemoteExecuteMsg>(__new(offsetof<StakeRemoteExecuteMsg>(), idof<StakeRemoteExecuteMsg>()));
    const s = r.struct(StakeRemoteExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          m.amount = Coin.readJson(r);
          break;
        case 2:
          m.msg = Binary.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("msg");
    this.msg.writeJson(w);
    w.endObject();
  }
}

const StakeLocalExecuteMsg_FIELDS: string[] = ["amount", "msg"];
export class StakeLocalExecuteMsg {
  constructor(
    public amount: Coin = new Coin(),
    public msg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): StakeLocalExecuteMsg {
    const m = changetype<StakeLocalExecuteMsg>(__new(offsetof<StakeLocalExecuteMsg>(), idof<StakeLocalExecuteMsg>()));
    const s = r.struct(StakeLocalExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.amount = Coin.readJson(r);
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
    w.key("amount");
    this.amount.writeJson(w);
    w.key("msg");
    this.msg.writeJson(w);
    w.endObject();
  }
}

const ReleaseCrossStakeExecuteMsg_FIELDS: string[] = ["owner", "amount"];
export class ReleaseCrossStakeExecuteMsg {
  constructor(
    public owner: string = "",
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): ReleaseCrossStakeExecuteMsg {
    const m = changetype<ReleaseCrossStakeExecuteMsg>(__new(offsetof<ReleaseCrossStakeExecuteMsg>(), idof<ReleaseCrossStakeExecuteMsg>()));
    const s = r.struct(ReleaseCrossStakeExecuteMsg_FIELDS);
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

const ReleaseLocalStakeExecuteMsg_FIELDS: string[] = ["owner"];
export class ReleaseLocalStakeExecuteMsg {
  constructor(
    public owner: string = "",
  ) {}
  static readJson(r: JsonReader): ReleaseLocalStakeExecuteMsg {
    const m = changetype<ReleaseLocalStakeExecuteMsg>(__new(offsetof<ReleaseLocalStakeExecuteMsg>(), idof<ReleaseLocalStakeExecuteMsg>()));
    const s = r.struct(ReleaseLocalStakeExecuteMsg_FIELDS);
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

const CommitTxExecuteMsg_FIELDS: string[] = ["tx_id"];
export class CommitTxExecuteMsg {
  constructor(
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): CommitTxExecuteMsg {
    const m = changetype<CommitTxExecuteMsg>(__new(offsetof<CommitTxExecuteMsg>(), idof<CommitTxExecuteMsg>()));
    const s = r.struct(CommitTxExecuteMsg_FIELDS);
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

const RollbackTxExecuteMsg_FIELDS: string[] = ["tx_id"];
export class RollbackTxExecuteMsg {
  constructor(
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): RollbackTxExecuteMsg {
    const m = changetype<RollbackTxExecuteMsg>(__new(offsetof<RollbackTxExecuteMsg>(), idof<RollbackTxExecuteMsg>()));
    const s = r.struct(RollbackTxExecuteMsg_FIELDS);
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

const LocalSlashExecuteMsg_FIELDS: string[] = ["slashes", "validator"];
export class LocalSlashExecuteMsg {
  constructor(
    public slashes: SlashInfo[] = new Array<SlashInfo>(),
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): LocalSlashExecuteMsg {
    const m = changetype<LocalSlashExecuteMsg>(__new(offsetof<LocalSlashExecuteMsg>(), idof<LocalSlashExecuteMsg>()));
    const s = r.struct(LocalSlashExecuteMsg_FIELDS);
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

const CrossSlashExecuteMsg_FIELDS: string[] = ["slashes", "validator"];
export class CrossSlashExecuteMsg {
  constructor(
    public slashes: SlashInfo[] = new Array<SlashInfo>(),
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): CrossSlashExecuteMsg {
    const m = changetype<CrossSlashExecuteMsg>(__new(offsetof<CrossSlashExecuteMsg>(), idof<CrossSlashExecuteMsg>()));
    const s = r.struct(CrossSlashExecuteMsg_FIELDS);
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

const ReceiveExecuteMsg_FIELDS: string[] = ["sender", "amount", "msg"];
export class ReceiveExecuteMsg {
  constructor(
    public sender: string = "",
    public amount: Uint128 = Uint128.zero(),
    public msg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): ReceiveExecuteMsg {
    const m = changetype<ReceiveExecuteMsg>(__new(offsetof<ReceiveExecuteMsg>(), idof<ReceiveExecuteMsg>()));
    const s = r.struct(ReceiveExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.sender = r.readString();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.msg = Binary.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("sender");
    w.string(this.sender);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("msg");
    this.msg.writeJson(w);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
  Bond,
  Unbond,
  StakeRemote,
  StakeLocal,
  ReleaseCrossStake,
  ReleaseLocalStake,
  CommitTx,
  RollbackTx,
  LocalSlash,
  CrossSlash,
  Receive,
}
const ExecuteMsg_VARIANTS: string[] = ["bond", "unbond", "stake_remote", "stake_local", "release_cross_stake", "release_local_stake", "commit_tx", "rollback_tx", "local_slash", "cross_slash", "receive"];
const ExecuteMsg_NO_FIELDS: string[] = [];
/** One of `bond`, `unbond`, `stake_remote`, `stake_local`, `release_cross_stake`, `release_local_stake`, `commit_tx`, `rollback_tx`, `local_slash`, `cross_slash`, `receive`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  unbond: UnbondExecuteMsg | null = null;
  stakeRemote: StakeRemoteExecuteMsg | null = null;
  stakeLocal: StakeLocalExecuteMsg | null = null;
  releaseCrossStake: ReleaseCrossStakeExecuteMsg | null = null;
  releaseLocalStake: ReleaseLocalStakeExecuteMsg | null = null;
  commitTx: CommitTxExecuteMsg | null = null;
  rollbackTx: RollbackTxExecuteMsg | null = null;
  localSlash: LocalSlashExecuteMsg | null = null;
  crossSlash: CrossSlashExecuteMsg | null = null;
  receive: ReceiveExecuteMsg | null = null;
  static Bond(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.Bond);
  }
  static Unbond(value: UnbondExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Unbond);
    m.unbond = value;
    return m;
  }
  static StakeRemote(value: StakeRemoteExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.StakeRemote);
    m.stakeRemote = value;
    return m;
  }
  static StakeLocal(value: StakeLocalExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.StakeLocal);
    m.stakeLocal = value;
    return m;
  }
  static ReleaseCrossStake(value: ReleaseCrossStakeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ReleaseCrossStake);
    m.releaseCrossStake = value;
    return m;
  }
  static ReleaseLocalStake(value: ReleaseLocalStakeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ReleaseLocalStake);
    m.releaseLocalStake = value;
    return m;
  }
  static CommitTx(value: CommitTxExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.CommitTx);
    m.commitTx = value;
    return m;
  }
  static RollbackTx(value: RollbackTxExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.RollbackTx);
    m.rollbackTx = value;
    return m;
  }
  static LocalSlash(value: LocalSlashExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.LocalSlash);
    m.localSlash = value;
    return m;
  }
  static CrossSlash(value: CrossSlashExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.CrossSlash);
    m.crossSlash = value;
    return m;
  }
  static Receive(value: ReceiveExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Receive);
    m.receive = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_vault::contract::sv::ContractExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "mesh_vault::contract::sv::ContractExecMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.unbond = UnbondExecuteMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.stakeRemote = StakeRemoteExecuteMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.stakeLocal = StakeLocalExecuteMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.releaseCrossStake = ReleaseCrossStakeExecuteMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.releaseLocalStake = ReleaseLocalStakeExecuteMsg.readJson(r);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.commitTx = CommitTxExecuteMsg.readJson(r);
        break;
      case 7:
        if (!r.expectPayloadVariant()) return m;
        m.rollbackTx = RollbackTxExecuteMsg.readJson(r);
        break;
      case 8:
        if (!r.expectPayloadVariant()) return m;
        m.localSlash = LocalSlashExecuteMsg.readJson(r);
        break;
      case 9:
        if (!r.expectPayloadVariant()) return m;
        m.crossSlash = CrossSlashExecuteMsg.readJson(r);
        break;
      case 10:
        if (!r.expectPayloadVariant()) return m;
        m.receive = ReceiveExecuteMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.Bond:
        w.beginObject().key("bond").beginObject().endObject().endObject();
        break;
      case ExecuteMsgKind.Unbond:
        w.beginObject().key("unbond");
        changetype<UnbondExecuteMsg>(this.unbond).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.StakeRemote:
        w.beginObject().key("stake_remote");
        changetype<StakeRemoteExecuteMsg>(this.stakeRemote).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.StakeLocal:
        w.beginObject().key("stake_local");
        changetype<StakeLocalExecuteMsg>(this.stakeLocal).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ReleaseCrossStake:
        w.beginObject().key("release_cross_stake");
        changetype<ReleaseCrossStakeExecuteMsg>(this.releaseCrossStake).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ReleaseLocalStake:
        w.beginObject().key("release_local_stake");
        changetype<ReleaseLocalStakeExecuteMsg>(this.releaseLocalStake).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.CommitTx:
        w.beginObject().key("commit_tx");
        changetype<CommitTxExecuteMsg>(this.commitTx).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.RollbackTx:
        w.beginObject().key("rollback_tx");
        changetype<RollbackTxExecuteMsg>(this.rollbackTx).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.LocalSlash:
        w.beginObject().key("local_slash");
        changetype<LocalSlashExecuteMsg>(this.localSlash).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.CrossSlash:
        w.beginObject().key("cross_slash");
        changetype<CrossSlashExecuteMsg>(this.crossSlash).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Receive:
        w.beginObject().key("receive");
        changetype<ReceiveExecuteMsg>(this.receive).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const AccountQueryMsg_FIELDS: string[] = ["account"];
export class AccountQueryMsg {
  constructor(
    public account: string = "",
  ) {}
  static readJson(r: JsonReader): AccountQueryMsg {
    const m = changetype<AccountQueryMsg>(__new(offsetof<AccountQueryMsg>(), idof<AccountQueryMsg>()));
    const s = r.struct(AccountQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.account = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("account");
    w.string(this.account);
    w.endObject();
  }
}

const AccountDetailsQueryMsg_FIELDS: string[] = ["account"];
export class AccountDetailsQueryMsg {
  constructor(
    public account: string = "",
  ) {}
  static readJson(r: JsonReader): AccountDetailsQueryMsg {
    const m = changetype<AccountDetailsQueryMsg>(__new(offsetof<AccountDetailsQueryMsg>(), idof<AccountDetailsQueryMsg>()));
    const s = r.struct(AccountDetailsQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.account = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("account");
    w.string(this.account);
    w.endObject();
  }
}

const ClaimQueryMsg_FIELDS: string[] = ["account", "lienholder"];
export class ClaimQueryMsg {
  constructor(
    public account: string = "",
    public lienholder: string = "",
  ) {}
  static readJson(r: JsonReader): ClaimQueryMsg {
    const m = changetype<ClaimQueryMsg>(__new(offsetof<ClaimQueryMsg>(), idof<ClaimQueryMsg>()));
    const s = r.struct(ClaimQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.account = r.readString();
          break;
        case 1:
          m.lienholder = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("account");
    w.string(this.account);
    w.key("lienholder");
    w.string(this.lienholder);
    w.endObject();
  }
}

const AccountClaimsQueryMsg_FIELDS: string[] = ["account", "start_after", "limit"];
export class AccountClaimsQueryMsg {
  constructor(
    public account: string = "",
    public startAfter: string | null = null,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): AccountClaimsQueryMsg {
    const m = changetype<AccountClaimsQueryMsg>(__new(offsetof<AccountClaimsQueryMsg>(), idof<AccountClaimsQueryMsg>()));
    const s = r.struct(AccountClaimsQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.account = r.readString();
          break;
        case 1:
          m.startAfter = readOptString(r);
          break;
        case 2:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("account");
    w.string(this.account);
    w.key("start_after");
    writeOptString(w, this.startAfter);
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

const AllAccountsQueryMsg_FIELDS: string[] = ["with_collateral", "start_after", "limit"];
export class AllAccountsQueryMsg {
  constructor(
    public withCollateral: bool = 0,
    public hasWithCollateral: bool = false,
    public startAfter: string | null = null,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): AllAccountsQueryMsg {
    const m = changetype<AllAccountsQueryMsg>(__new(offsetof<AllAccountsQueryMsg>(), idof<AllAccountsQueryMsg>()));
    const s = r.struct(AllAccountsQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          if (!r.readNull()) {
            m.hasWithCollateral = true;
            m.withCollateral = r.readBool();
          }
          break;
        case 1:
          m.startAfter = readOptString(r);
          break;
        case 2:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("with_collateral");
    if (this.hasWithCollateral) w.bool(this.withCollateral);
    else w.nullValue();
    w.key("start_after");
    writeOptString(w, this.startAfter);
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

const PendingTxQueryMsg_FIELDS: string[] = ["tx_id"];
export class PendingTxQueryMsg {
  constructor(
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): PendingTxQueryMsg {
    const m = changetype<PendingTxQueryMsg>(__new(offsetof<PendingTxQueryMsg>(), idof<PendingTxQueryMsg>()));
    const s = r.struct(PendingTxQueryMsg_FIELDS);
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

const AllPendingTxsDescQueryMsg_FIELDS: string[] = ["start_after", "limit"];
export class AllPendingTxsDescQueryMsg {
  constructor(
    public startAfter: u64 = 0,
    public hasStartAfter: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): AllPendingTxsDescQueryMsg {
    const m = changetype<AllPendingTxsDescQueryMsg>(__new(offsetof<AllPendingTxsDescQueryMsg>(), idof<AllPendingTxsDescQueryMsg>()));
    const s = r.struct(AllPendingTxsDescQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          if (!r.readNull()) {
            m.hasStartAfter = true;
            m.startAfter = r.readU64();
          }
          break;
        case 1:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("start_after");
    if (this.hasStartAfter) w.u64(this.startAfter);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

export enum QueryMsgKind {
  Account,
  AccountDetails,
  Config,
  ActiveExternalStaking,
  Claim,
  AccountClaims,
  AllAccounts,
  PendingTx,
  AllPendingTxsDesc,
}
const QueryMsg_VARIANTS: string[] = ["account", "account_details", "config", "active_external_staking", "claim", "account_claims", "all_accounts", "pending_tx", "all_pending_txs_desc"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `account`, `account_details`, `config`, `active_external_staking`, `claim`, `account_claims`, `all_accounts`, `pending_tx`, `all_pending_txs_desc`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  account: AccountQueryMsg | null = null;
  accountDetails: AccountDetailsQueryMsg | null = null;
  claim: ClaimQueryMsg | null = null;
  accountClaims: AccountClaimsQueryMsg | null = null;
  allAccounts: AllAccountsQueryMsg | null = null;
  pendingTx: PendingTxQueryMsg | null = null;
  allPendingTxsDesc: AllPendingTxsDescQueryMsg | null = null;
  static Account(value: AccountQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Account);
    m.account = value;
    return m;
  }
  static AccountDetails(value: AccountDetailsQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.AccountDetails);
    m.accountDetails = value;
    return m;
  }
  static Config(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Config);
  }
  static ActiveExternalStaking(): QueryMsg {
    return new QueryMsg(QueryMsgKind.ActiveExternalStaking);
  }
  static Claim(value: ClaimQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Claim);
    m.claim = value;
    return m;
  }
  static AccountClaims(value: AccountClaimsQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.AccountClaims);
    m.accountClaims = value;
    return m;
  }
  static AllAccounts(value: AllAccountsQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.AllAccounts);
    m.allAccounts = value;
    return m;
  }
  static PendingTx(value: PendingTxQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.PendingTx);
    m.pendingTx = value;
    return m;
  }
  static AllPendingTxsDesc(value: AllPendingTxsDescQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.AllPendingTxsDesc);
    m.allPendingTxsDesc = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_vault::contract::sv::ContractQueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "mesh_vault::contract::sv::ContractQueryMsg", QueryMsg.readJson);
  }
  static readJson(r: JsonReader): QueryMsg {
    const m = new QueryMsg();
    const v = r.beginEnum(QueryMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <QueryMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.account = AccountQueryMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.accountDetails = AccountDetailsQueryMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.claim = ClaimQueryMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.accountClaims = AccountClaimsQueryMsg.readJson(r);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.allAccounts = AllAccountsQueryMsg.readJson(r);
        break;
      case 7:
        if (!r.expectPayloadVariant()) return m;
        m.pendingTx = PendingTxQueryMsg.readJson(r);
        break;
      case 8:
        if (!r.expectPayloadVariant()) return m;
        m.allPendingTxsDesc = AllPendingTxsDescQueryMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case QueryMsgKind.Account:
        w.beginObject().key("account");
        changetype<AccountQueryMsg>(this.account).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.AccountDetails:
        w.beginObject().key("account_details");
        changetype<AccountDetailsQueryMsg>(this.accountDetails).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.Config:
        w.beginObject().key("config").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.ActiveExternalStaking:
        w.beginObject().key("active_external_staking").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.Claim:
        w.beginObject().key("claim");
        changetype<ClaimQueryMsg>(this.claim).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.AccountClaims:
        w.beginObject().key("account_claims");
        changetype<AccountClaimsQueryMsg>(this.accountClaims).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.AllAccounts:
        w.beginObject().key("all_accounts");
        changetype<AllAccountsQueryMsg>(this.allAccounts).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.PendingTx:
        w.beginObject().key("pending_tx");
        changetype<PendingTxQueryMsg>(this.pendingTx).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.AllPendingTxsDesc:
        w.beginObject().key("all_pending_txs_desc");
        changetype<AllPendingTxsDescQueryMsg>(this.allPendingTxsDesc).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const AccountResponse_FIELDS: string[] = ["denom", "bonded", "free"];
export class AccountResponse {
  constructor(
    public denom: string = "",
    public bonded: Uint128 = Uint128.zero(),
    public free: ValueRange = new ValueRange(),
  ) {}
  static readJson(r: JsonReader): AccountResponse {
    const m = changetype<AccountResponse>(__new(offsetof<AccountResponse>(), idof<AccountResponse>()));
    const s = r.struct(AccountResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.denom = r.readString();
          break;
        case 1:
          m.bonded = Uint128.readJson(r);
          break;
        case 2:
          m.free = ValueRange.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("denom");
    w.string(this.denom);
    w.key("bonded");
    this.bonded.writeJson(w);
    w.key("free");
    this.free.writeJson(w);
    w.endObject();
  }
}

const AccountDetailsResponse_FIELDS: string[] = ["denom", "bonded", "free", "max_lien", "total_slashable"];
export class AccountDetailsResponse {
  constructor(
    public denom: string = "",
    public bonded: Uint128 = Uint128.zero(),
    public free: ValueRange = new ValueRange(),
    public maxLien: ValueRange = new ValueRange(),
    public totalSlashable: ValueRange = new ValueRange(),
  ) {}
  static readJson(r: JsonReader): AccountDetailsResponse {
    const m = changetype<AccountDetailsResponse>(__new(offsetof<AccountDetailsResponse>(), idof<AccountDetailsResponse>()));
    const s = r.struct(AccountDetailsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.denom = r.readString();
          break;
        case 1:
          m.bonded = Uint128.readJson(r);
          break;
        case 2:
          m.free = ValueRange.readJson(r);
          break;
        case 3:
          m.maxLien = ValueRange.readJson(r);
          break;
        case 4:
          m.totalSlashable = ValueRange.readJson(r);
          break;
      }
    }
    s.end(0b11111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("denom");
    w.string(this.denom);
    w.key("bonded");
    this.bonded.writeJson(w);
    w.key("free");
    this.free.writeJson(w);
    w.key("max_lien");
    this.maxLien.writeJson(w);
    w.key("total_slashable");
    this.totalSlashable.writeJson(w);
    w.endObject();
  }
}

const ConfigResponse_FIELDS: string[] = ["denom", "local_staking", "collateral"];
export class ConfigResponse {
  constructor(
    public denom: string = "",
    public localStaking: string | null = null,
    public collateral: Collateral = new Collateral(),
  ) {}
  static readJson(r: JsonReader): ConfigResponse {
    const m = changetype<ConfigResponse>(__new(offsetof<ConfigResponse>(), idof<ConfigResponse>()));
    const s = r.struct(ConfigResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.denom = r.readString();
          break;
        case 1:
          m.localStaking = readOptString(r);
          break;
        case 2:
          m.collateral = Collateral.readJson(r);
          break;
      }
    }
    s.end(0b101);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("denom");
    w.string(this.denom);
    w.key("local_staking");
    writeOptString(w, this.localStaking);
    w.key("collateral");
    this.collateral.writeJson(w);
    w.endObject();
  }
}

const AllActiveExternalStakingResponse_FIELDS: string[] = ["contracts"];
export class AllActiveExternalStakingResponse {
  constructor(
    public contracts: string[] = new Array<string>(),
  ) {}
  static readJson(r: JsonReader): AllActiveExternalStakingResponse {
    const m = changetype<AllActiveExternalStakingResponse>(__new(offsetof<AllActiveExternalStakingResponse>(), idof<AllActiveExternalStakingResponse>()));
    const s = r.struct(AllActiveExternalStakingResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contracts = readVecString(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contracts");
    writeVecString(w, this.contracts);
    w.endObject();
  }
}

const Lien_FIELDS: string[] = ["amount", "slashable"];
export class Lien {
  constructor(
    public amount: ValueRange = new ValueRange(),
    public slashable: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_vault::state::Lien: ...`. */
  static parse(bytes: Uint8Array): Result<Lien> {
    return parseMsg<Lien>(bytes, "mesh_vault::state::Lien", Lien.readJson);
  }
  static readJson(r: JsonReader): Lien {
    const m = changetype<Lien>(__new(offsetof<Lien>(), idof<Lien>()));
    const s = r.struct(Lien_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.amount = ValueRange.readJson(r);
          break;
        case 1:
          m.slashable = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("amount");
    this.amount.writeJson(w);
    w.key("slashable");
    this.slashable.writeJson(w);
    w.endObject();
  }
}

const LienResponse_FIELDS: string[] = ["lienholder", "amount"];
export class LienResponse {
  constructor(
    public lienholder: string = "",
    public amount: ValueRange = new ValueRange(),
  ) {}
  static readJson(r: JsonReader): LienResponse {
    const m = changetype<LienResponse>(__new(offsetof<LienResponse>(), idof<LienResponse>()));
    const s = r.struct(LienResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.lienholder = r.readString();
          break;
        case 1:
          m.amount = ValueRange.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("lienholder");
    w.string(this.lienholder);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const AccountClaimsResponse_FIELDS: string[] = ["claims"];
export class AccountClaimsResponse {
  constructor(
    public claims: LienResponse[] = new Array<LienResponse>(),
  ) {}
  static readJson(r: JsonReader): AccountClaimsResponse {
    const m = changetype<AccountClaimsResponse>(__new(offsetof<AccountClaimsResponse>(), idof<AccountClaimsResponse>()));
    const s = r.struct(AccountClaimsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.claims = readVecLienResponse(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("claims");
    writeVecLienResponse(w, this.claims);
    w.endObject();
  }
}

const AllAccountsResponseItem_FIELDS: string[] = ["user", "account"];
export class AllAccountsResponseItem {
  constructor(
    public user: string = "",
    public account: AccountResponse = new AccountResponse(),
  ) {}
  static readJson(r: JsonReader): AllAccountsResponseItem {
    const m = changetype<AllAccountsResponseItem>(__new(offsetof<AllAccountsResponseItem>(), idof<AllAccountsResponseItem>()));
    const s = r.struct(AllAccountsResponseItem_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.user = r.readString();
          break;
        case 1:
          m.account = AccountResponse.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("user");
    w.string(this.user);
    w.key("account");
    this.account.writeJson(w);
    w.endObject();
  }
}

const AllAccountsResponse_FIELDS: string[] = ["accounts"];
export class AllAccountsResponse {
  constructor(
    public accounts: AllAccountsResponseItem[] = new Array<AllAccountsResponseItem>(),
  ) {}
  static readJson(r: JsonReader): AllAccountsResponse {
    const m = changetype<AllAccountsResponse>(__new(offsetof<AllAccountsResponse>(), idof<AllAccountsResponse>()));
    const s = r.struct(AllAccountsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.accounts = readVecAllAccountsResponseItem(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("accounts");
    writeVecAllAccountsResponseItem(w, this.accounts);
    w.endObject();
  }
}

const AllTxsResponse_FIELDS: string[] = ["txs"];
export class AllTxsResponse {
  constructor(
    public txs: Tx[] = new Array<Tx>(),
  ) {}
  static readJson(r: JsonReader): AllTxsResponse {
    const m = changetype<AllTxsResponse>(__new(offsetof<AllTxsResponse>(), idof<AllTxsResponse>()));
    const s = r.struct(AllTxsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.txs = readVecTx(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("txs");
    writeVecTx(w, this.txs);
    w.endObject();
  }
}

export enum ReceiveMsgKind {
  Bond,
}
const ReceiveMsg_VARIANTS: string[] = ["bond"];
const ReceiveMsg_NO_FIELDS: string[] = [];
/** One of `bond`; only the payload of `kind` is set. */
export class ReceiveMsg {
  constructor(public kind: ReceiveMsgKind = 0) {}
  static Bond(): ReceiveMsg {
    return new ReceiveMsg(ReceiveMsgKind.Bond);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_vault::msg::ReceiveMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ReceiveMsg> {
    return parseMsg<ReceiveMsg>(bytes, "mesh_vault::msg::ReceiveMsg", ReceiveMsg.readJson);
  }
  static readJson(r: JsonReader): ReceiveMsg {
    const m = new ReceiveMsg();
    const v = r.beginEnum(ReceiveMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ReceiveMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ReceiveMsg_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ReceiveMsgKind.Bond:
        w.beginObject().key("bond").beginObject().endObject().endObject();
        break;
    }
  }
}

const Config_FIELDS: string[] = ["denom", "collateral"];
export class Config {
  constructor(
    public denom: string = "",
    public collateral: Collateral | null = null,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_vault::state::Config: ...`. */
  static parse(bytes: Uint8Array): Result<Config> {
    return parseMsg<Config>(bytes, "mesh_vault::state::Config", Config.readJson);
  }
  static readJson(r: JsonReader): Config {
    const m = changetype<Config>(__new(offsetof<Config>(), idof<Config>()));
    const s = r.struct(Config_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.denom = r.readString();
          break;
        case 1:
          m.collateral = readOptCollateral(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("denom");
    w.string(this.denom);
    w.key("collateral");
    writeOptCollateral(w, this.collateral);
    w.endObject();
  }
}

const LocalStaking_FIELDS: string[] = ["contract", "max_slash"];
export class LocalStaking {
  constructor(
    public contract: string = "",
    public maxSlash: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_vault::state::LocalStaking: ...`. */
  static parse(bytes: Uint8Array): Result<LocalStaking> {
    return parseMsg<LocalStaking>(bytes, "mesh_vault::state::LocalStaking", LocalStaking.readJson);
  }
  static readJson(r: JsonReader): LocalStaking {
    const m = changetype<LocalStaking>(__new(offsetof<LocalStaking>(), idof<LocalStaking>()));
    const s = r.struct(LocalStaking_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          m.maxSlash = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.key("max_slash");
    this.maxSlash.writeJson(w);
    w.endObject();
  }
}

const UserInfo_FIELDS: string[] = ["collateral", "max_lien", "total_slashable"];
export class UserInfo {
  constructor(
    public collateral: Uint128 = Uint128.zero(),
    public maxLien: ValueRange = new ValueRange(),
    public totalSlashable: ValueRange = new ValueRange(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_vault::state::UserInfo: ...`. */
  static parse(bytes: Uint8Array): Result<UserInfo> {
    return parseMsg<UserInfo>(bytes, "mesh_vault::state::UserInfo", UserInfo.readJson);
  }
  static readJson(r: JsonReader): UserInfo {
    const m = changetype<UserInfo>(__new(offsetof<UserInfo>(), idof<UserInfo>()));
    const s = r.struct(UserInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.collateral = Uint128.readJson(r);
          break;
        case 1:
          m.maxLien = ValueRange.readJson(r);
          break;
        case 2:
          m.totalSlashable = ValueRange.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("collateral");
    this.collateral.writeJson(w);
    w.key("max_lien");
    this.maxLien.writeJson(w);
    w.key("total_slashable");
    this.totalSlashable.writeJson(w);
    w.endObject();
  }
}

const TransferCw20ExecuteMsg_FIELDS: string[] = ["recipient", "amount"];
export class TransferCw20ExecuteMsg {
  constructor(
    public recipient: string = "",
    public amount: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): TransferCw20ExecuteMsg {
    const m = changetype<TransferCw20ExecuteMsg>(__new(offsetof<TransferCw20ExecuteMsg>(), idof<TransferCw20ExecuteMsg>()));
    const s = r.struct(TransferCw20ExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.recipient = r.readString();
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
    w.key("recipient");
    w.string(this.recipient);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

export enum Cw20ExecuteMsgKind {
  Transfer,
}
const Cw20ExecuteMsg_VARIANTS: string[] = ["transfer"];
/** One of `transfer`; only the payload of `kind` is set. */
export class Cw20ExecuteMsg {
  constructor(public kind: Cw20ExecuteMsgKind = 0) {}
  transfer: TransferCw20ExecuteMsg | null = null;
  static Transfer(value: TransferCw20ExecuteMsg): Cw20ExecuteMsg {
    const m = new Cw20ExecuteMsg(Cw20ExecuteMsgKind.Transfer);
    m.transfer = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type cw20::msg::Cw20ExecuteMsg: ...`. */
  static parse(bytes: Uint8Array): Result<Cw20ExecuteMsg> {
    return parseMsg<Cw20ExecuteMsg>(bytes, "cw20::msg::Cw20ExecuteMsg", Cw20ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): Cw20ExecuteMsg {
    const m = new Cw20ExecuteMsg();
    const v = r.beginEnum(Cw20ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <Cw20ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.transfer = TransferCw20ExecuteMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case Cw20ExecuteMsgKind.Transfer:
        w.beginObject().key("transfer");
        changetype<TransferCw20ExecuteMsg>(this.transfer).writeJson(w);
        w.endObject();
        break;
    }
  }
}
