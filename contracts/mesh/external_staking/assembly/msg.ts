// Generated from contracts/mesh/external_staking/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../../std/assembly";
import { Coin } from "../../../common/assembly/types";
export { Coin } from "../../../common/assembly/types";
import { AckWrapper, AckWrapperKind, AddValidator, BurnProviderPacket, CommitTxVaultApiMsg, ConsumerPacket, ConsumerPacketKind, CrossSlashVaultApiMsg, DistributeBatchConsumerPacket, DistributeConsumerPacket, EmptyAck, InFlightRemoteStakingTx, InFlightRemoteUnstakingTx, InFlightStakingTx, InFlightTransferFundsTx, LocalSlashVaultApiMsg, ProtocolVersion, ProviderPacket, ProviderPacketKind, ReleaseCrossStakeVaultApiMsg, ReleaseLocalStakeVaultApiMsg, RewardInfo, RollbackTxVaultApiMsg, SlashInfo, SlashRatioResponse, StakeProviderPacket, TransferRewardsProviderPacket, Tx, TxKind, UnstakeProviderPacket, ValidatorSlashInfo, ValsetUpdateConsumerPacket, ValueRange, VaultApiMsg, VaultApiMsgKind } from "../../common/assembly/types";
export { AckWrapper, AckWrapperKind, AddValidator, BurnProviderPacket, CommitTxVaultApiMsg, ConsumerPacket, ConsumerPacketKind, CrossSlashVaultApiMsg, DistributeBatchConsumerPacket, DistributeConsumerPacket, EmptyAck, InFlightRemoteStakingTx, InFlightRemoteUnstakingTx, InFlightStakingTx, InFlightTransferFundsTx, LocalSlashVaultApiMsg, ProtocolVersion, ProviderPacket, ProviderPacketKind, ReleaseCrossStakeVaultApiMsg, ReleaseLocalStakeVaultApiMsg, RewardInfo, RollbackTxVaultApiMsg, SlashInfo, SlashRatioResponse, StakeProviderPacket, TransferRewardsProviderPacket, Tx, TxKind, UnstakeProviderPacket, ValidatorSlashInfo, ValsetUpdateConsumerPacket, ValueRange, VaultApiMsg, VaultApiMsgKind } from "../../common/assembly/types";
import { readOptString, readVecString, writeOptString, writeVecString } from "../../../common/assembly/types";
import { readVecTx, writeVecTx } from "../../common/assembly/types";

function readVecValidatorStateResponse(r: JsonReader): ValidatorStateResponse[] {
  const a = new Array<ValidatorStateResponse>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ValidatorStateResponse.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecValidatorStateResponse(w: JsonWriter, a: ValidatorStateResponse[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecPendingUnbond(r: JsonReader): PendingUnbond[] {
  const a = new Array<PendingUnbond>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(PendingUnbond.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecPendingUnbond(w: JsonWriter, a: PendingUnbond[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecStakeInfo(r: JsonReader): StakeInfo[] {
  const a = new Array<StakeInfo>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(StakeInfo.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecStakeInfo(w: JsonWriter, a: StakeInfo[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecValidatorPendingRewards(r: JsonReader): ValidatorPendingRewards[] {
  const a = new Array<ValidatorPendingRewards>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ValidatorPendingRewards.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecValidatorPendingRewards(w: JsonWriter, a: ValidatorPendingRewards[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecValidatorEntry(r: JsonReader): ValidatorEntry[] {
  const a = new Array<ValidatorEntry>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ValidatorEntry.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecValidatorEntry(w: JsonWriter, a: ValidatorEntry[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

const AuthorizedEndpoint_FIELDS: string[] = ["connection_id", "port_id"];
export class AuthorizedEndpoint {
  constructor(
    public connectionId: string = "",
    public portId: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::msg::AuthorizedEndpoint: ...`. */
  static parse(bytes: Uint8Array): Result<AuthorizedEndpoint> {
    return parseMsg<AuthorizedEndpoint>(bytes, "mesh_external_staking::msg::AuthorizedEndpoint", AuthorizedEndpoint.readJson);
  }
  static readJson(r: JsonReader): AuthorizedEndpoint {
    const m = changetype<AuthorizedEndpoint>(__new(offsetof<AuthorizedEndpoint>(), idof<AuthorizedEndpoint>()));
    const s = r.struct(AuthorizedEndpoint_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.connectionId = r.readString();
          break;
        case 1:
          m.portId = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("connection_id");
    w.string(this.connectionId);
    w.key("port_id");
    w.string(this.portId);
    w.endObject();
  }
}

const SlashRatio_FIELDS: string[] = ["double_sign", "offline"];
export class SlashRatio {
  constructor(
    public doubleSign: Decimal = Decimal.zero(),
    public offline: Decimal = Decimal.zero(),
  ) {}
  static readJson(r: JsonReader): SlashRatio {
    const m = changetype<SlashRatio>(__new(offsetof<SlashRatio>(), idof<SlashRatio>()));
    const s = r.struct(SlashRatio_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.doubleSign = Decimal.readJson(r);
          break;
        case 1:
          m.offline = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("double_sign");
    this.doubleSign.writeJson(w);
    w.key("offline");
    this.offline.writeJson(w);
    w.endObject();
  }
}

const InstantiateMsg_FIELDS: string[] = ["denom", "rewards_denom", "vault", "unbonding_period", "remote_contact", "slash_ratio"];
export class InstantiateMsg {
  constructor(
    public denom: string = "",
    public rewardsDenom: string = "",
    public vault: string = "",
    public unbondingPeriod: u64 = 0,
    public remoteContact: AuthorizedEndpoint = new AuthorizedEndpoint(),
    public slashRatio: SlashRatio = new SlashRatio(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::contract::sv::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "mesh_external_staking::contract::sv::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.denom = r.readString();
          break;
        case 1:
          m.rewardsDenom = r.readString();
          break;
        case 2:
          m.vault = r.readString();
          break;
        case 3:
          m.unbondingPeriod = r.readU64();
          break;
        case 4:
          m.remoteContact = AuthorizedEndpoint.readJson(r);
          break;
        case 5:
          m.slashRatio = SlashRatio.readJson(r);
          break;
      }
    }
    s.end(0b111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("denom");
    w.string(this.denom);
    w.key("rewards_denom");
    w.string(this.rewardsDenom);
    w.key("vault");
    w.string(this.vault);
    w.key("unbonding_period");
    w.u64(this.unbondingPeriod);
    w.key("remote_contact");
    this.remoteContact.writeJson(w);
    w.key("slash_ratio");
    this.slashRatio.writeJson(w);
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

const UnstakeExecuteMsg_FIELDS: string[] = ["validator", "amount"];
export class UnstakeExecuteMsg {
  constructor(
    public validator: string = "",
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): UnstakeExecuteMsg {
    const m = changetype<UnstakeExecuteMsg>(__new(offsetof<UnstakeExecuteMsg>(), idof<UnstakeExecuteMsg>()));
    const s = r.struct(UnstakeExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
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
    w.key("validator");
    w.string(this.validator);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const WithdrawRewardsExecuteMsg_FIELDS: string[] = ["validator", "remote_recipient"];
export class WithdrawRewardsExecuteMsg {
  constructor(
    public validator: string = "",
    public remoteRecipient: string = "",
  ) {}
  static readJson(r: JsonReader): WithdrawRewardsExecuteMsg {
    const m = changetype<WithdrawRewardsExecuteMsg>(__new(offsetof<WithdrawRewardsExecuteMsg>(), idof<WithdrawRewardsExecuteMsg>()));
    const s = r.struct(WithdrawRewardsExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.remoteRecipient = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("remote_recipient");
    w.string(this.remoteRecipient);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
  ReceiveVirtualStake,
  BurnVirtualStake,
  Unstake,
  WithdrawUnbonded,
  WithdrawRewards,
}
const ExecuteMsg_VARIANTS: string[] = ["receive_virtual_stake", "burn_virtual_stake", "unstake", "withdraw_unbonded", "withdraw_rewards"];
const ExecuteMsg_NO_FIELDS: string[] = [];
/** One of `receive_virtual_stake`, `burn_virtual_stake`, `unstake`, `withdraw_unbonded`, `withdraw_rewards`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  receiveVirtualStake: ReceiveVirtualStakeExecuteMsg | null = null;
  burnVirtualStake: BurnVirtualStakeExecuteMsg | null = null;
  unstake: UnstakeExecuteMsg | null = null;
  withdrawRewards: WithdrawRewardsExecuteMsg | null = null;
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
  static Unstake(value: UnstakeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Unstake);
    m.unstake = value;
    return m;
  }
  static WithdrawUnbonded(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.WithdrawUnbonded);
  }
  static WithdrawRewards(value: WithdrawRewardsExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.WithdrawRewards);
    m.withdrawRewards = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::contract::sv::ContractExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "mesh_external_staking::contract::sv::ContractExecMsg", ExecuteMsg.readJson);
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
        m.unstake = UnstakeExecuteMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.withdrawRewards = WithdrawRewardsExecuteMsg.readJson(r);
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
      case ExecuteMsgKind.Unstake:
        w.beginObject().key("unstake");
        changetype<UnstakeExecuteMsg>(this.unstake).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.WithdrawUnbonded:
        w.beginObject().key("withdraw_unbonded").beginObject().endObject().endObject();
        break;
      case ExecuteMsgKind.WithdrawRewards:
        w.beginObject().key("withdraw_rewards");
        changetype<WithdrawRewardsExecuteMsg>(this.withdrawRewards).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const ListActiveValidatorsQueryMsg_FIELDS: string[] = ["start_after", "limit"];
export class ListActiveValidatorsQueryMsg {
  constructor(
    public startAfter: string | null = null,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): ListActiveValidatorsQueryMsg {
    const m = changetype<ListActiveValidatorsQueryMsg>(__new(offsetof<ListActiveValidatorsQueryMsg>(), idof<ListActiveValidatorsQueryMsg>()));
    const s = r.struct(ListActiveValidatorsQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.startAfter = readOptString(r);
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
    writeOptString(w, this.startAfter);
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

const ListValidatorsQueryMsg_FIELDS: string[] = ["start_after", "limit"];
export class ListValidatorsQueryMsg {
  constructor(
    public startAfter: string | null = null,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): ListValidatorsQueryMsg {
    const m = changetype<ListValidatorsQueryMsg>(__new(offsetof<ListValidatorsQueryMsg>(), idof<ListValidatorsQueryMsg>()));
    const s = r.struct(ListValidatorsQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.startAfter = readOptString(r);
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
    writeOptString(w, this.startAfter);
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

const StakeQueryMsg_FIELDS: string[] = ["user", "validator"];
export class StakeQueryMsg {
  constructor(
    public user: string = "",
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): StakeQueryMsg {
    const m = changetype<StakeQueryMsg>(__new(offsetof<StakeQueryMsg>(), idof<StakeQueryMsg>()));
    const s = r.struct(StakeQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.user = r.readString();
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
    w.key("user");
    w.string(this.user);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

const StakesQueryMsg_FIELDS: string[] = ["user", "start_after", "limit"];
export class StakesQueryMsg {
  constructor(
    public user: string = "",
    public startAfter: string | null = null,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): StakesQueryMsg {
    const m = changetype<StakesQueryMsg>(__new(offsetof<StakesQueryMsg>(), idof<StakesQueryMsg>()));
    const s = r.struct(StakesQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.user = r.readString();
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
    w.key("user");
    w.string(this.user);
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

const PendingRewardsQueryMsg_FIELDS: string[] = ["user", "validator"];
export class PendingRewardsQueryMsg {
  constructor(
    public user: string = "",
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): PendingRewardsQueryMsg {
    const m = changetype<PendingRewardsQueryMsg>(__new(offsetof<PendingRewardsQueryMsg>(), idof<PendingRewardsQueryMsg>()));
    const s = r.struct(PendingRewardsQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.user = r.readString();
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
    w.key("user");
    w.string(this.user);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

const AllPendingRewardsQueryMsg_FIELDS: string[] = ["user", "start_after", "limit"];
export class AllPendingRewardsQueryMsg {
  constructor(
    public user: string = "",
    public startAfter: string | null = null,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): AllPendingRewardsQueryMsg {
    const m = changetype<AllPendingRewardsQueryMsg>(__new(offsetof<AllPendingRewardsQueryMsg>(), idof<AllPendingRewardsQueryMsg>()));
    const s = r.struct(AllPendingRewardsQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.user = r.readString();
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
    w.key("user");
    w.string(this.user);
    w.key("start_after");
    writeOptString(w, this.startAfter);
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

export enum QueryMsgKind {
  Config,
  AuthorizedEndpoint,
  IbcChannel,
  ListActiveValidators,
  ListValidators,
  Stake,
  Stakes,
  PendingTx,
  AllPendingTxsDesc,
  PendingRewards,
  AllPendingRewards,
  MaxSlash,
}
const QueryMsg_VARIANTS: string[] = ["config", "authorized_endpoint", "ibc_channel", "list_active_validators", "list_validators", "stake", "stakes", "pending_tx", "all_pending_txs_desc", "pending_rewards", "all_pending_rewards", "max_slash"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `config`, `authorized_endpoint`, `ibc_channel`, `list_active_validators`, `list_validators`, `stake`, `stakes`, `pending_tx`, `all_pending_txs_desc`, `pending_rewards`, `all_pending_rewards`, `max_slash`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  listActiveValidators: ListActiveValidatorsQueryMsg | null = null;
  listValidators: ListValidatorsQueryMsg | null = null;
  stake: StakeQueryMsg | null = null;
  stakes: StakesQueryMsg | null = null;
  pendingTx: PendingTxQueryMsg | null = null;
  allPendingTxsDesc: AllPendingTxsDescQueryMsg | null = null;
  pendingRewards: PendingRewardsQueryMsg | null = null;
  allPendingRewards: AllPendingRewardsQueryMsg | null = null;
  static Config(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Config);
  }
  static AuthorizedEndpoint(): QueryMsg {
    return new QueryMsg(QueryMsgKind.AuthorizedEndpoint);
  }
  static IbcChannel(): QueryMsg {
    return new QueryMsg(QueryMsgKind.IbcChannel);
  }
  static ListActiveValidators(value: ListActiveValidatorsQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.ListActiveValidators);
    m.listActiveValidators = value;
    return m;
  }
  static ListValidators(value: ListValidatorsQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.ListValidators);
    m.listValidators = value;
    return m;
  }
  static Stake(value: StakeQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Stake);
    m.stake = value;
    return m;
  }
  static Stakes(value: StakesQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Stakes);
    m.stakes = value;
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
  static PendingRewards(value: PendingRewardsQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.PendingRewards);
    m.pendingRewards = value;
    return m;
  }
  static AllPendingRewards(value: AllPendingRewardsQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.AllPendingRewards);
    m.allPendingRewards = value;
    return m;
  }
  static MaxSlash(): QueryMsg {
    return new QueryMsg(QueryMsgKind.MaxSlash);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::contract::sv::ContractQueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "mesh_external_staking::contract::sv::ContractQueryMsg", QueryMsg.readJson);
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
      case 2:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.listActiveValidators = ListActiveValidatorsQueryMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.listValidators = ListValidatorsQueryMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.stake = StakeQueryMsg.readJson(r);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.stakes = StakesQueryMsg.readJson(r);
        break;
      case 7:
        if (!r.expectPayloadVariant()) return m;
        m.pendingTx = PendingTxQueryMsg.readJson(r);
        break;
      case 8:
        if (!r.expectPayloadVariant()) return m;
        m.allPendingTxsDesc = AllPendingTxsDescQueryMsg.readJson(r);
        break;
      case 9:
        if (!r.expectPayloadVariant()) return m;
        m.pendingRewards = PendingRewardsQueryMsg.readJson(r);
        break;
      case 10:
        if (!r.expectPayloadVariant()) return m;
        m.allPendingRewards = AllPendingRewardsQueryMsg.readJson(r);
        break;
      case 11:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case QueryMsgKind.Config:
        w.beginObject().key("config").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.AuthorizedEndpoint:
        w.beginObject().key("authorized_endpoint").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.IbcChannel:
        w.beginObject().key("ibc_channel").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.ListActiveValidators:
        w.beginObject().key("list_active_validators");
        changetype<ListActiveValidatorsQueryMsg>(this.listActiveValidators).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.ListValidators:
        w.beginObject().key("list_validators");
        changetype<ListValidatorsQueryMsg>(this.listValidators).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.Stake:
        w.beginObject().key("stake");
        changetype<StakeQueryMsg>(this.stake).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.Stakes:
        w.beginObject().key("stakes");
        changetype<StakesQueryMsg>(this.stakes).writeJson(w);
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
      case QueryMsgKind.PendingRewards:
        w.beginObject().key("pending_rewards");
        changetype<PendingRewardsQueryMsg>(this.pendingRewards).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.AllPendingRewards:
        w.beginObject().key("all_pending_rewards");
        changetype<AllPendingRewardsQueryMsg>(this.allPendingRewards).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.MaxSlash:
        w.beginObject().key("max_slash").beginObject().endObject().endObject();
        break;
    }
  }
}

const ConfigResponse_FIELDS: string[] = ["denom", "vault", "unbonding_period"];
export class ConfigResponse {
  constructor(
    public denom: string = "",
    public vault: string = "",
    public unbondingPeriod: u64 = 0,
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
          m.vault = r.readString();
          break;
        case 2:
          m.unbondingPeriod = r.readU64();
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
    w.key("vault");
    w.string(this.vault);
    w.key("unbonding_period");
    w.u64(this.unbondingPeriod);
    w.endObject();
  }
}

const ChannelEndpoint_FIELDS: string[] = ["port_id", "channel_id"];
export class ChannelEndpoint {
  constructor(
    public portId: string = "",
    public channelId: string = "",
  ) {}
  static readJson(r: JsonReader): ChannelEndpoint {
    const m = changetype<ChannelEndpoint>(__new(offsetof<ChannelEndpoint>(), idof<ChannelEndpoint>()));
    const s = r.struct(ChannelEndpoint_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.portId = r.readString();
          break;
        case 1:
          m.channelId = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("port_id");
    w.string(this.portId);
    w.key("channel_id");
    w.string(this.channelId);
    w.endObject();
  }
}

const CounterpartyEndpoint_FIELDS: string[] = ["port_id", "channel_id"];
export class CounterpartyEndpoint {
  constructor(
    public portId: string = "",
    public channelId: string = "",
  ) {}
  static readJson(r: JsonReader): CounterpartyEndpoint {
    const m = changetype<CounterpartyEndpoint>(__new(offsetof<CounterpartyEndpoint>(), idof<CounterpartyEndpoint>()));
    const s = r.struct(CounterpartyEndpoint_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.portId = r.readString();
          break;
        case 1:
          m.channelId = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("port_id");
    w.string(this.portId);
    w.key("channel_id");
    w.string(this.channelId);
    w.endObject();
  }
}

const IbcChannelRecord_FIELDS: string[] = ["endpoint", "counterparty_endpoint", "order", "version", "connection_id"];
export class IbcChannelRecord {
  constructor(
    public endpoint: ChannelEndpoint = new ChannelEndpoint(),
    public counterpartyEndpoint: CounterpartyEndpoint = new CounterpartyEndpoint(),
    public order: string = "",
    public version: string = "",
    public connectionId: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type cosmwasm_std::IbcChannel: ...`. */
  static parse(bytes: Uint8Array): Result<IbcChannelRecord> {
    return parseMsg<IbcChannelRecord>(bytes, "cosmwasm_std::IbcChannel", IbcChannelRecord.readJson);
  }
  static readJson(r: JsonReader): IbcChannelRecord {
    const m = changetype<IbcChannelRecord>(__new(offsetof<IbcChannelRecord>(), idof<IbcChannelRecord>()));
    const s = r.struct(IbcChannelRecord_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.endpoint = ChannelEndpoint.readJson(r);
          break;
        case 1:
          m.counterpartyEndpoint = CounterpartyEndpoint.readJson(r);
          break;
        case 2:
          m.order = r.readString();
          break;
        case 3:
          m.version = r.readString();
          break;
        case 4:
          m.connectionId = r.readString();
          break;
      }
    }
    s.end(0b11111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("endpoint");
    this.endpoint.writeJson(w);
    w.key("counterparty_endpoint");
    this.counterpartyEndpoint.writeJson(w);
    w.key("order");
    w.string(this.order);
    w.key("version");
    w.string(this.version);
    w.key("connection_id");
    w.string(this.connectionId);
    w.endObject();
  }
}

const IbcChannelResponse_FIELDS: string[] = ["channel"];
export class IbcChannelResponse {
  constructor(
    public channel: IbcChannelRecord = new IbcChannelRecord(),
  ) {}
  static readJson(r: JsonReader): IbcChannelResponse {
    const m = changetype<IbcChannelResponse>(__new(offsetof<IbcChannelResponse>(), idof<IbcChannelResponse>()));
    const s = r.struct(IbcChannelResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.channel = IbcChannelRecord.readJson(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("channel");
    this.channel.writeJson(w);
    w.endObject();
  }
}

const ListActiveValidatorsResponse_FIELDS: string[] = ["validators"];
export class ListActiveValidatorsResponse {
  constructor(
    public validators: string[] = new Array<string>(),
  ) {}
  static readJson(r: JsonReader): ListActiveValidatorsResponse {
    const m = changetype<ListActiveValidatorsResponse>(__new(offsetof<ListActiveValidatorsResponse>(), idof<ListActiveValidatorsResponse>()));
    const s = r.struct(ListActiveValidatorsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validators = readVecString(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validators");
    writeVecString(w, this.validators);
    w.endObject();
  }
}

const ValidatorStateResponse_FIELDS: string[] = ["validator", "state"];
export class ValidatorStateResponse {
  constructor(
    public validator: string = "",
    public state: string = "",
  ) {}
  static readJson(r: JsonReader): ValidatorStateResponse {
    const m = changetype<ValidatorStateResponse>(__new(offsetof<ValidatorStateResponse>(), idof<ValidatorStateResponse>()));
    const s = r.struct(ValidatorStateResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.state = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("state");
    w.string(this.state);
    w.endObject();
  }
}

const ListValidatorsResponse_FIELDS: string[] = ["validators"];
export class ListValidatorsResponse {
  constructor(
    public validators: ValidatorStateResponse[] = new Array<ValidatorStateResponse>(),
  ) {}
  static readJson(r: JsonReader): ListValidatorsResponse {
    const m = changetype<ListValidatorsResponse>(__new(offsetof<ListValidatorsResponse>(), idof<ListValidatorsResponse>()));
    const s = r.struct(ListValidatorsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validators = readVecValidatorStateResponse(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validators");
    writeVecValidatorStateResponse(w, this.validators);
    w.endObject();
  }
}

const PendingUnbond_FIELDS: string[] = ["amount", "release_at"];
export class PendingUnbond {
  constructor(
    public amount: Uint128 = Uint128.zero(),
    public releaseAt: Timestamp = new Timestamp(0),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::state::PendingUnbond: ...`. */
  static parse(bytes: Uint8Array): Result<PendingUnbond> {
    return parseMsg<PendingUnbond>(bytes, "mesh_external_staking::state::PendingUnbond", PendingUnbond.readJson);
  }
  static readJson(r: JsonReader): PendingUnbond {
    const m = changetype<PendingUnbond>(__new(offsetof<PendingUnbond>(), idof<PendingUnbond>()));
    const s = r.struct(PendingUnbond_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.amount = Uint128.readJson(r);
          break;
        case 1:
          m.releaseAt = Timestamp.readJson(r);
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
    w.key("release_at");
    this.releaseAt.writeJson(w);
    w.endObject();
  }
}

const Stake_FIELDS: string[] = ["stake", "pending_unbonds", "points_alignment", "withdrawn_funds"];
export class Stake {
  constructor(
    public stake: ValueRange = new ValueRange(),
    public pendingUnbonds: PendingUnbond[] = new Array<PendingUnbond>(),
    public pointsAlignment: Uint256 = Uint256.zero(),
    public withdrawnFunds: Uint128 = Uint128.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::state::Stake: ...`. */
  static parse(bytes: Uint8Array): Result<Stake> {
    return parseMsg<Stake>(bytes, "mesh_external_staking::state::Stake", Stake.readJson);
  }
  static readJson(r: JsonReader): Stake {
    const m = changetype<Stake>(__new(offsetof<Stake>(), idof<Stake>()));
    const s = r.struct(Stake_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.stake = ValueRange.readJson(r);
          break;
        case 1:
          m.pendingUnbonds = readVecPendingUnbond(r);
          break;
        case 2:
          m.pointsAlignment = Uint256.readJson(r);
          break;
        case 3:
          m.withdrawnFunds = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("stake");
    this.stake.writeJson(w);
    w.key("pending_unbonds");
    writeVecPendingUnbond(w, this.pendingUnbonds);
    w.key("points_alignment");
    this.pointsAlignment.writeJson(w);
    w.key("withdrawn_funds");
    this.withdrawnFunds.writeJson(w);
    w.endObject();
  }
}

const StakeInfo_FIELDS: string[] = ["owner", "validator", "stake"];
export class StakeInfo {
  constructor(
    public owner: string = "",
    public validator: string = "",
    public stake: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): StakeInfo {
    const m = changetype<StakeInfo>(__new(offsetof<StakeInfo>(), idof<StakeInfo>()));
    const s = r.struct(StakeInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.validator = r.readString();
          break;
        case 2:
          m.stake = Uint128.readJson(r);
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
    w.key("validator");
    w.string(this.validator);
    w.key("stake");
    this.stake.writeJson(w);
    w.endObject();
  }
}

const StakesResponse_FIELDS: string[] = ["stakes"];
export class StakesResponse {
  constructor(
    public stakes: StakeInfo[] = new Array<StakeInfo>(),
  ) {}
  static readJson(r: JsonReader): StakesResponse {
    const m = changetype<StakesResponse>(__new(offsetof<StakesResponse>(), idof<StakesResponse>()));
    const s = r.struct(StakesResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.stakes = readVecStakeInfo(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("stakes");
    writeVecStakeInfo(w, this.stakes);
    w.endObject();
  }
}

const TxResponse_FIELDS: string[] = ["txs"];
export class TxResponse {
  constructor(
    public txs: Tx[] = new Array<Tx>(),
  ) {}
  static readJson(r: JsonReader): TxResponse {
    const m = changetype<TxResponse>(__new(offsetof<TxResponse>(), idof<TxResponse>()));
    const s = r.struct(TxResponse_FIELDS);
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

const PendingRewards_FIELDS: string[] = ["rewards"];
export class PendingRewards {
  constructor(
    public rewards: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): PendingRewards {
    const m = changetype<PendingRewards>(__new(offsetof<PendingRewards>(), idof<PendingRewards>()));
    const s = r.struct(PendingRewards_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.rewards = Coin.readJson(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("rewards");
    this.rewards.writeJson(w);
    w.endObject();
  }
}

const ValidatorPendingRewards_FIELDS: string[] = ["validator", "rewards"];
export class ValidatorPendingRewards {
  constructor(
    public validator: string = "",
    public rewards: PendingRewards = new PendingRewards(),
  ) {}
  static readJson(r: JsonReader): ValidatorPendingRewards {
    const m = changetype<ValidatorPendingRewards>(__new(offsetof<ValidatorPendingRewards>(), idof<ValidatorPendingRewards>()));
    const s = r.struct(ValidatorPendingRewards_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.rewards = PendingRewards.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("rewards");
    this.rewards.writeJson(w);
    w.endObject();
  }
}

const AllPendingRewards_FIELDS: string[] = ["rewards"];
export class AllPendingRewards {
  constructor(
    public rewards: ValidatorPendingRewards[] = new Array<ValidatorPendingRewards>(),
  ) {}
  static readJson(r: JsonReader): AllPendingRewards {
    const m = changetype<AllPendingRewards>(__new(offsetof<AllPendingRewards>(), idof<AllPendingRewards>()));
    const s = r.struct(AllPendingRewards_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.rewards = readVecValidatorPendingRewards(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("rewards");
    writeVecValidatorPendingRewards(w, this.rewards);
    w.endObject();
  }
}

const ReceiveVirtualStake_FIELDS: string[] = ["validator"];
export class ReceiveVirtualStake {
  constructor(
    public validator: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::msg::ReceiveVirtualStake: ...`. */
  static parse(bytes: Uint8Array): Result<ReceiveVirtualStake> {
    return parseMsg<ReceiveVirtualStake>(bytes, "mesh_external_staking::msg::ReceiveVirtualStake", ReceiveVirtualStake.readJson);
  }
  static readJson(r: JsonReader): ReceiveVirtualStake {
    const m = changetype<ReceiveVirtualStake>(__new(offsetof<ReceiveVirtualStake>(), idof<ReceiveVirtualStake>()));
    const s = r.struct(ReceiveVirtualStake_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

const Config_FIELDS: string[] = ["denom", "rewards_denom", "vault", "unbonding_period", "max_slashing"];
export class Config {
  constructor(
    public denom: string = "",
    public rewardsDenom: string = "",
    public vault: string = "",
    public unbondingPeriod: u64 = 0,
    public maxSlashing: SlashRatio = new SlashRatio(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::state::Config: ...`. */
  static parse(bytes: Uint8Array): Result<Config> {
    return parseMsg<Config>(bytes, "mesh_external_staking::state::Config", Config.readJson);
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
          m.rewardsDenom = r.readString();
          break;
        case 2:
          m.vault = r.readString();
          break;
        case 3:
          m.unbondingPeriod = r.readU64();
          break;
        case 4:
          m.maxSlashing = SlashRatio.readJson(r);
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
    w.key("rewards_denom");
    w.string(this.rewardsDenom);
    w.key("vault");
    w.string(this.vault);
    w.key("unbonding_period");
    w.u64(this.unbondingPeriod);
    w.key("max_slashing");
    this.maxSlashing.writeJson(w);
    w.endObject();
  }
}

const Distribution_FIELDS: string[] = ["total_stake", "points_per_stake", "points_leftover"];
export class Distribution {
  constructor(
    public totalStake: Uint128 = Uint128.zero(),
    public pointsPerStake: Uint256 = Uint256.zero(),
    public pointsLeftover: Uint256 = Uint256.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::state::Distribution: ...`. */
  static parse(bytes: Uint8Array): Result<Distribution> {
    return parseMsg<Distribution>(bytes, "mesh_external_staking::state::Distribution", Distribution.readJson);
  }
  static readJson(r: JsonReader): Distribution {
    const m = changetype<Distribution>(__new(offsetof<Distribution>(), idof<Distribution>()));
    const s = r.struct(Distribution_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.totalStake = Uint128.readJson(r);
          break;
        case 1:
          m.pointsPerStake = Uint256.readJson(r);
          break;
        case 2:
          m.pointsLeftover = Uint256.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("total_stake");
    this.totalStake.writeJson(w);
    w.key("points_per_stake");
    this.pointsPerStake.writeJson(w);
    w.key("points_leftover");
    this.pointsLeftover.writeJson(w);
    w.endObject();
  }
}

const ValidatorEntry_FIELDS: string[] = ["pub_key", "start_height", "start_time", "state"];
export class ValidatorEntry {
  constructor(
    public pubKey: string = "",
    public startHeight: u64 = 0,
    public startTime: u64 = 0,
    public state: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::crdt::ValState: ...`. */
  static parse(bytes: Uint8Array): Result<ValidatorEntry> {
    return parseMsg<ValidatorEntry>(bytes, "mesh_external_staking::crdt::ValState", ValidatorEntry.readJson);
  }
  static readJson(r: JsonReader): ValidatorEntry {
    const m = changetype<ValidatorEntry>(__new(offsetof<ValidatorEntry>(), idof<ValidatorEntry>()));
    const s = r.struct(ValidatorEntry_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.pubKey = r.readString();
          break;
        case 1:
          m.startHeight = r.readU64();
          break;
        case 2:
          m.startTime = r.readU64();
          break;
        case 3:
          m.state = r.readString();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("pub_key");
    w.string(this.pubKey);
    w.key("start_height");
    w.u64(this.startHeight);
    w.key("start_time");
    w.u64(this.startTime);
    w.key("state");
    w.string(this.state);
    w.endObject();
  }
}

const ValidatorEntries_FIELDS: string[] = ["entries"];
export class ValidatorEntries {
  constructor(
    public entries: ValidatorEntry[] = new Array<ValidatorEntry>(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::crdt::ValidatorState: ...`. */
  static parse(bytes: Uint8Array): Result<ValidatorEntries> {
    return parseMsg<ValidatorEntries>(bytes, "mesh_external_staking::crdt::ValidatorState", ValidatorEntries.readJson);
  }
  static readJson(r: JsonReader): ValidatorEntries {
    const m = changetype<ValidatorEntries>(__new(offsetof<ValidatorEntries>(), idof<ValidatorEntries>()));
    const s = r.struct(ValidatorEntries_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.entries = readVecValidatorEntry(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("entries");
    writeVecValidatorEntry(w, this.entries);
    w.endObject();
  }
}
