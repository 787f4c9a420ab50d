// Generated from contracts/mesh/external_staking/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
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

function readVecTx(r: JsonReader): Tx[] {
  const a = new Array<Tx>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Tx.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecTx(w: JsonWriter, a: Tx[]): void {
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

function readVecAddValidator(r: JsonReader): AddValidator[] {
  const a = new Array<AddValidator>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(AddValidator.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecAddValidator(w: JsonWriter, a: AddValidator[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecValidatorSlashInfo(r: JsonReader): ValidatorSlashInfo[] {
  const a = new Array<ValidatorSlashInfo>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ValidatorSlashInfo.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecValidatorSlashInfo(w: JsonWriter, a: ValidatorSlashInfo[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecRewardInfo(r: JsonReader): RewardInfo[] {
  const a = new Array<RewardInfo>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(RewardInfo.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecRewardInfo(w: JsonWriter, a: RewardInfo[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecSlashInfo(r: JsonReader): SlashInfo[] {
  const a = new Array<SlashInfo>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(SlashInfo.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecSlashInfo(w: JsonWriter, a: SlashInfo[]): void {
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
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::AuthorizedEndpoint: ...`. */
  static parse(bytes: Uint8Array): Result<AuthorizedEndpoint> {
    return parseMsg<AuthorizedEndpoint>(bytes, "mesh_apis::ibc::AuthorizedEndpoint", AuthorizedEndpoint.readJson);
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

const ValueRange_FIELDS: string[] = ["l", "h"];
export class ValueRange {
  constructor(
    public l: Uint128 = Uint128.zero(),
    public h: Uint128 = Uint128.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_sync::range::ValueRange<cosmwasm_std::Uint128>: ...`. */
  static parse(bytes: Uint8Array): Result<ValueRange> {
    return parseMsg<ValueRange>(bytes, "mesh_sync::range::ValueRange<cosmwasm_std::Uint128>", ValueRange.readJson);
  }
  static readJson(r: JsonReader): ValueRange {
    const m = changetype<ValueRange>(__new(offsetof<ValueRange>(), idof<ValueRange>()));
    const s = r.struct(ValueRange_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.l = Uint128.readJson(r);
          break;
        case 1:
          m.h = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("l");
    this.l.writeJson(w);
    w.key("h");
    this.h.writeJson(w);
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

const InFlightStakingTx_FIELDS: string[] = ["id", "amount", "slashable", "user", "lienholder"];
export class InFlightStakingTx {
  constructor(
    public id: u64 = 0,
    public amount: Uint128 = Uint128.zero(),
    public slashable: Decimal = Decimal.zero(),
    public user: string = "",
    public lienholder: string = "",
  ) {}
  static readJson(r: JsonReader): InFlightStakingTx {
    const m = changetype<InFlightStakingTx>(__new(offsetof<InFlightStakingTx>(), idof<InFlightStakingTx>()));
    const s = r.struct(InFlightStakingTx_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.slashable = Decimal.readJson(r);
          break;
        case 3:
          m.user = r.readString();
          break;
        case 4:
          m.lienholder = r.readString();
          break;
      }
    }
    s.end(0b11111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("slashable");
    this.slashable.writeJson(w);
    w.key("user");
    w.string(this.user);
    w.key("lienholder");
    w.string(this.lienholder);
    w.endObject();
  }
}

const InFlightRemoteStakingTx_FIELDS: string[] = ["id", "amount", "user", "validator"];
export class InFlightRemoteStakingTx {
  constructor(
    public id: u64 = 0,
    public amount: Uint128 = Uint128.zero(),
    public user: string = "",
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): InFlightRemoteStakingTx {
    const m = changetype<InFlightRemoteStakingTx>(__new(offsetof<InFlightRemoteStakingTx>(), idof<InFlightRemoteStakingTx>()));
    const s = r.struct(InFlightRemoteStakingTx_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.user = r.readString();
          break;
        case 3:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("user");
    w.string(this.user);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

const InFlightRemoteUnstakingTx_FIELDS: string[] = ["id", "amount", "user", "validator"];
export class InFlightRemoteUnstakingTx {
  constructor(
    public id: u64 = 0,
    public amount: Uint128 = Uint128.zero(),
    public user: string = "",
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): InFlightRemoteUnstakingTx {
    const m = changetype<InFlightRemoteUnstakingTx>(__new(offsetof<InFlightRemoteUnstakingTx>(), idof<InFlightRemoteUnstakingTx>()));
    const s = r.struct(InFlightRemoteUnstakingTx_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.user = r.readString();
          break;
        case 3:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("user");
    w.string(this.user);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

const InFlightTransferFundsTx_FIELDS: string[] = ["id", "amount", "staker", "validator"];
export class InFlightTransferFundsTx {
  constructor(
    public id: u64 = 0,
    public amount: Uint128 = Uint128.zero(),
    public staker: string = "",
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): InFlightTransferFundsTx {
    const m = changetype<InFlightTransferFundsTx>(__new(offsetof<InFlightTransferFundsTx>(), idof<InFlightTransferFundsTx>()));
    const s = r.struct(InFlightTransferFundsTx_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.staker = r.readString();
          break;
        case 3:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("staker");
    w.string(this.staker);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

export enum TxKind {
  InFlightStaking,
  InFlightRemoteStaking,
  InFlightRemoteUnstaking,
  InFlightTransferFunds,
}
const Tx_VARIANTS: string[] = ["in_flight_staking", "in_flight_remote_staking", "in_flight_remote_unstaking", "in_flight_transfer_funds"];
/** One of `in_flight_staking`, `in_flight_remote_staking`, `in_flight_remote_unstaking`, `in_flight_transfer_funds`; only the payload of `kind` is set. */
export class Tx {
  constructor(public kind: TxKind = 0) {}
  inFlightStaking: InFlightStakingTx | null = null;
  inFlightRemoteStaking: InFlightRemoteStakingTx | null = null;
  inFlightRemoteUnstaking: InFlightRemoteUnstakingTx | null = null;
  inFlightTransferFunds: InFlightTransferFundsTx | null = null;
  static InFlightStaking(value: InFlightStakingTx): Tx {
    const m = new Tx(TxKind.InFlightStaking);
    m.inFlightStaking = value;
    return m;
  }
  static InFlightRemoteStaking(value: InFlightRemoteStakingTx): Tx {
    const m = new Tx(TxKind.InFlightRemoteStaking);
    m.inFlightRemoteStaking = value;
    return m;
  }
  static InFlightRemoteUnstaking(value: InFlightRemoteUnstakingTx): Tx {
    const m = new Tx(TxKind.InFlightRemoteUnstaking);
    m.inFlightRemoteUnstaking = value;
    return m;
  }
  static InFlightTransferFunds(value: InFlightTransferFundsTx): Tx {
    const m = new Tx(TxKind.InFlightTransferFunds);
    m.inFlightTransferFunds = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_sync::txs::Tx: ...`. */
  static parse(bytes: Uint8Array): Result<Tx> {
    return parseMsg<Tx>(bytes, "mesh_sync::txs::Tx", Tx.readJson);
  }
  static readJson(r: JsonReader): Tx {
    const m = new Tx();
    const v = r.beginEnum(Tx_VARIANTS);
    if (v < 0) return m;
    m.kind = <TxKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.inFlightStaking = InFlightStakingTx.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.inFlightRemoteStaking = InFlightRemoteStakingTx.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.inFlightRemoteUnstaking = InFlightRemoteUnstakingTx.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.inFlightTransferFunds = InFlightTransferFundsTx.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case TxKind.InFlightStaking:
        w.beginObject().key("in_flight_staking");
        changetype<InFlightStakingTx>(this.inFlightStaking).writeJson(w);
        w.endObject();
        break;
      case TxKind.InFlightRemoteStaking:
        w.beginObject().key("in_flight_remote_staking");
        changetype<InFlightRemoteStakingTx>(this.inFlightRemoteStaking).writeJson(w);
        w.endObject();
        break;
      case TxKind.InFlightRemoteUnstaking:
        w.beginObject().key("in_flight_remote_unstaking");
        changetype<InFlightRemoteUnstakingTx>(this.inFlightRemoteUnstaking).writeJson(w);
        w.endObject();
        break;
      case TxKind.InFlightTransferFunds:
        w.beginObject().key("in_flight_transfer_funds");
        changetype<InFlightTransferFundsTx>(this.inFlightTransferFunds).writeJson(w);
        w.endObject();
        break;
    }
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

const SlashRatioResponse_FIELDS: string[] = ["slash_ratio_dsign", "slash_ratio_offline"];
export class SlashRatioResponse {
  constructor(
    public slashRatioDsign: Decimal = Decimal.zero(),
    public slashRatioOffline: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::local_staking_api::SlashRatioResponse: ...`. */
  static parse(bytes: Uint8Array): Result<SlashRatioResponse> {
    return parseMsg<SlashRatioResponse>(bytes, "mesh_apis::local_staking_api::SlashRatioResponse", SlashRatioResponse.readJson);
  }
  static readJson(r: JsonReader): SlashRatioResponse {
    const m = changetype<SlashRatioResponse>(__new(offsetof<SlashRatioResponse>(), idof<SlashRatioResponse>()));
    const s = r.struct(SlashRatioResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.slashRatioDsign = Decimal.readJson(r);
          break;
        case 1:
          m.slashRatioOffline = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("slash_ratio_dsign");
    this.slashRatioDsign.writeJson(w);
    w.key("slash_ratio_offline");
    this.slashRatioOffline.writeJson(w);
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
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::crdt::ValidatorState: ...`. */
  static parse(bytes: Uint8Array): Result<ValidatorEntry> {
    return parseMsg<ValidatorEntry>(bytes, "mesh_external_staking::crdt::ValidatorState", ValidatorEntry.readJson);
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
  /** Parses a message (JSON); errors read `Error parsing into type mesh_external_staking::crdt::ValState: ...`. */
  static parse(bytes: Uint8Array): Result<ValidatorEntries> {
    return parseMsg<ValidatorEntries>(bytes, "mesh_external_staking::crdt::ValState", ValidatorEntries.readJson);
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

const AddValidator_FIELDS: string[] = ["valoper", "pub_key"];
export class AddValidator {
  constructor(
    public valoper: string = "",
    public pubKey: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::packet::AddValidator: ...`. */
  static parse(bytes: Uint8Array): Result<AddValidator> {
    return parseMsg<AddValidator>(bytes, "mesh_apis::ibc::packet::AddValidator", AddValidator.readJson);
  }
  static readJson(r: JsonReader): AddValidator {
    const m = changetype<AddValidator>(__new(offsetof<AddValidator>(), idof<AddValidator>()));
    const s = r.struct(AddValidator_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.valoper = r.readString();
          break;
        case 1:
          m.pubKey = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("valoper");
    w.string(this.valoper);
    w.key("pub_key");
    w.string(this.pubKey);
    w.endObject();
  }
}

const ValidatorSlashInfo_FIELDS: string[] = ["address", "infraction_height", "infraction_time", "power", "slash_amount", "slash_ratio"];
export class ValidatorSlashInfo {
  constructor(
    public address: string = "",
    public infractionHeight: u64 = 0,
    public infractionTime: u64 = 0,
    public power: u64 = 0,
    public slashAmount: Coin = new Coin(),
    public slashRatio: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::converter_api::ValidatorSlashInfo: ...`. */
  static parse(bytes: Uint8Array): Result<ValidatorSlashInfo> {
    return parseMsg<ValidatorSlashInfo>(bytes, "mesh_apis::converter_api::ValidatorSlashInfo", ValidatorSlashInfo.readJson);
  }
  static readJson(r: JsonReader): ValidatorSlashInfo {
    const m = changetype<ValidatorSlashInfo>(__new(offsetof<ValidatorSlashInfo>(), idof<ValidatorSlashInfo>()));
    const s = r.struct(ValidatorSlashInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.address = r.readString();
          break;
        case 1:
          m.infractionHeight = r.readU64();
          break;
        case 2:
          m.infractionTime = r.readU64();
          break;
        case 3:
          m.power = r.readU64();
          break;
        case 4:
          m.slashAmount = Coin.readJson(r);
          break;
        case 5:
          m.slashRatio = r.readString();
          break;
      }
    }
    s.end(0b111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("address");
    w.string(this.address);
    w.key("infraction_height");
    w.u64(this.infractionHeight);
    w.key("infraction_time");
    w.u64(this.infractionTime);
    w.key("power");
    w.u64(this.power);
    w.key("slash_amount");
    this.slashAmount.writeJson(w);
    w.key("slash_ratio");
    w.string(this.slashRatio);
    w.endObject();
  }
}

const ValsetUpdateConsumerPacket_FIELDS: string[] = ["height", "time", "additions", "removals", "updated", "jailed", "unjailed", "tombstoned", "slashed"];
export class ValsetUpdateConsumerPacket {
  constructor(
    public height: u64 = 0,
    public time: u64 = 0,
    public additions: AddValidator[] = new Array<AddValidator>(),
    public removals: string[] = new Array<string>(),
    public updated: AddValidator[] = new Array<AddValidator>(),
    public jailed: string[] = new Array<string>(),
    public unjailed: string[] = new Array<string>(),
    public tombstoned: string[] = new Array<string>(),
    public slashed: ValidatorSlashInfo[] = new Array<ValidatorSlashInfo>(),
  ) {}
  static readJson(r: JsonReader): ValsetUpdateConsumerPacket {
    const m = changetype<ValsetUpdateConsumerPacket>(__new(offsetof<ValsetUpdateConsumerPacket>(), idof<ValsetUpdateConsumerPacket>()));
    const s = r.struct(ValsetUpdateConsumerPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.height = r.readU64();
          break;
        case 1:
          m.time = r.readU64();
          break;
        case 2:
          m.additions = readVecAddValidator(r);
          break;
        case 3:
          m.removals = readVecString(r);
          break;
        case 4:
          m.updated = readVecAddValidator(r);
          break;
        case 5:
          m.jailed = readVecString(r);
          break;
        case 6:
          m.unjailed = readVecString(r);
          break;
        case 7:
          m.tombstoned = readVecString(r);
          break;
        case 8:
          m.slashed = readVecValidatorSlashInfo(r);
          break;
      }
    }
    s.end(0b111111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("height");
    w.u64(this.height);
    w.key("time");
    w.u64(this.time);
    w.key("additions");
    writeVecAddValidator(w, this.additions);
    w.key("removals");
    writeVecString(w, this.removals);
    w.key("updated");
    writeVecAddValidator(w, this.updated);
    w.key("jailed");
    writeVecString(w, this.jailed);
    w.key("unjailed");
    writeVecString(w, this.unjailed);
    w.key("tombstoned");
    writeVecString(w, this.tombstoned);
    w.key("slashed");
    writeVecValidatorSlashInfo(w, this.slashed);
    w.endObject();
  }
}

const DistributeConsumerPacket_FIELDS: string[] = ["validator", "rewards"];
export class DistributeConsumerPacket {
  constructor(
    public validator: string = "",
    public rewards: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): DistributeConsumerPacket {
    const m = changetype<DistributeConsumerPacket>(__new(offsetof<DistributeConsumerPacket>(), idof<DistributeConsumerPacket>()));
    const s = r.struct(DistributeConsumerPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.rewards = Coin.readJson(r);
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

const RewardInfo_FIELDS: string[] = ["validator", "reward"];
export class RewardInfo {
  constructor(
    public validator: string = "",
    public reward: Uint128 = Uint128.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::converter_api::RewardInfo: ...`. */
  static parse(bytes: Uint8Array): Result<RewardInfo> {
    return parseMsg<RewardInfo>(bytes, "mesh_apis::converter_api::RewardInfo", RewardInfo.readJson);
  }
  static readJson(r: JsonReader): RewardInfo {
    const m = changetype<RewardInfo>(__new(offsetof<RewardInfo>(), idof<RewardInfo>()));
    const s = r.struct(RewardInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.reward = Uint128.readJson(r);
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
    w.key("reward");
    this.reward.writeJson(w);
    w.endObject();
  }
}

const DistributeBatchConsumerPacket_FIELDS: string[] = ["rewards", "denom"];
export class DistributeBatchConsumerPacket {
  constructor(
    public rewards: RewardInfo[] = new Array<RewardInfo>(),
    public denom: string = "",
  ) {}
  static readJson(r: JsonReader): DistributeBatchConsumerPacket {
    const m = changetype<DistributeBatchConsumerPacket>(__new(offsetof<DistributeBatchConsumerPacket>(), idof<DistributeBatchConsumerPacket>()));
    const s = r.struct(DistributeBatchConsumerPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.rewards = readVecRewardInfo(r);
          break;
        case 1:
          m.denom = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("rewards");
    writeVecRewardInfo(w, this.rewards);
    w.key("denom");
    w.string(this.denom);
    w.endObject();
  }
}

export enum ConsumerPacketKind {
  ValsetUpdate,
  Distribute,
  DistributeBatch,
}
const ConsumerPacket_VARIANTS: string[] = ["valset_update", "distribute", "distribute_batch"];
/** One of `valset_update`, `distribute`, `distribute_batch`; only the payload of `kind` is set. */
export class ConsumerPacket {
  constructor(public kind: ConsumerPacketKind = 0) {}
  valsetUpdate: ValsetUpdateConsumerPacket | null = null;
  distribute: DistributeConsumerPacket | null = null;
  distributeBatch: DistributeBatchConsumerPacket | null = null;
  static ValsetUpdate(value: ValsetUpdateConsumerPacket): ConsumerPacket {
    const m = new ConsumerPacket(ConsumerPacketKind.ValsetUpdate);
    m.valsetUpdate = value;
    return m;
  }
  static Distribute(value: DistributeConsumerPacket): ConsumerPacket {
    const m = new ConsumerPacket(ConsumerPacketKind.Distribute);
    m.distribute = value;
    return m;
  }
  static DistributeBatch(value: DistributeBatchConsumerPacket): ConsumerPacket {
    const m = new ConsumerPacket(ConsumerPacketKind.DistributeBatch);
    m.distributeBatch = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::packet::ConsumerPacket: ...`. */
  static parse(bytes: Uint8Array): Result<ConsumerPacket> {
    return parseMsg<ConsumerPacket>(bytes, "mesh_apis::ibc::packet::ConsumerPacket", ConsumerPacket.readJson);
  }
  static readJson(r: JsonReader): ConsumerPacket {
    const m = new ConsumerPacket();
    const v = r.beginEnum(ConsumerPacket_VARIANTS);
    if (v < 0) return m;
    m.kind = <ConsumerPacketKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.valsetUpdate = ValsetUpdateConsumerPacket.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.distribute = DistributeConsumerPacket.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.distributeBatch = DistributeBatchConsumerPacket.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ConsumerPacketKind.ValsetUpdate:
        w.beginObject().key("valset_update");
        changetype<ValsetUpdateConsumerPacket>(this.valsetUpdate).writeJson(w);
        w.endObject();
        break;
      case ConsumerPacketKind.Distribute:
        w.beginObject().key("distribute");
        changetype<DistributeConsumerPacket>(this.distribute).writeJson(w);
        w.endObject();
        break;
      case ConsumerPacketKind.DistributeBatch:
        w.beginObject().key("distribute_batch");
        changetype<DistributeBatchConsumerPacket>(this.distributeBatch).writeJson(w);
        w.endObject();
        break;
    }
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

const ReleaseCrossStakeVaultApiMsg_FIELDS: string[] = ["owner", "amount"];
export class ReleaseCrossStakeVaultApiMsg {
  constructor(
    public owner: string = "",
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): ReleaseCrossStakeVaultApiMsg {
    const m = changetype<ReleaseCrossStakeVaultApiMsg>(__new(offsetof<ReleaseCrossStakeVaultApiMsg>(), idof<ReleaseCrossStakeVaultApiMsg>()));
    const s = r.struct(ReleaseCrossStakeVaultApiMsg_FIELDS);
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

const ReleaseLocalStakeVaultApiMsg_FIELDS: string[] = ["owner"];
export class ReleaseLocalStakeVaultApiMsg {
  constructor(
    public owner: string = "",
  ) {}
  static readJson(r: JsonReader): ReleaseLocalStakeVaultApiMsg {
    const m = changetype<ReleaseLocalStakeVaultApiMsg>(__new(offsetof<ReleaseLocalStakeVaultApiMsg>(), idof<ReleaseLocalStakeVaultApiMsg>()));
    const s = r.struct(ReleaseLocalStakeVaultApiMsg_FIELDS);
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

const CommitTxVaultApiMsg_FIELDS: string[] = ["tx_id"];
export class CommitTxVaultApiMsg {
  constructor(
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): CommitTxVaultApiMsg {
    const m = changetype<CommitTxVaultApiMsg>(__new(offsetof<CommitTxVaultApiMsg>(), idof<CommitTxVaultApiMsg>()));
    const s = r.struct(CommitTxVaultApiMsg_FIELDS);
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

const RollbackTxVaultApiMsg_FIELDS: string[] = ["tx_id"];
export class RollbackTxVaultApiMsg {
  constructor(
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): RollbackTxVaultApiMsg {
    const m = changetype<RollbackTxVaultApiMsg>(__new(offsetof<RollbackTxVaultApiMsg>(), idof<RollbackTxVaultApiMsg>()));
    const s = r.struct(RollbackTxVaultApiMsg_FIELDS);
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

const SlashInfo_FIELDS: string[] = ["user", "slash"];
export class SlashInfo {
  constructor(
    public user: string = "",
    public slash: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): SlashInfo {
    const m = changetype<SlashInfo>(__new(offsetof<SlashInfo>(), idof<SlashInfo>()));
    const s = r.struct(SlashInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.user = r.readString();
          break;
        case 1:
          m.slash = Uint128.readJson(r);
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
    w.key("slash");
    this.slash.writeJson(w);
    w.endObject();
  }
}

const LocalSlashVaultApiMsg_FIELDS: string[] = ["slashes", "validator"];
export class LocalSlashVaultApiMsg {
  constructor(
    public slashes: SlashInfo[] = new Array<SlashInfo>(),
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): LocalSlashVaultApiMsg {
    const m = changetype<LocalSlashVaultApiMsg>(__new(offsetof<LocalSlashVaultApiMsg>(), idof<LocalSlashVaultApiMsg>()));
    const s = r.struct(LocalSlashVaultApiMsg_FIELDS);
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

const CrossSlashVaultApiMsg_FIELDS: string[] = ["slashes", "validator"];
export class CrossSlashVaultApiMsg {
  constructor(
    public slashes: SlashInfo[] = new Array<SlashInfo>(),
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): CrossSlashVaultApiMsg {
    const m = changetype<CrossSlashVaultApiMsg>(__new(offsetof<CrossSlashVaultApiMsg>(), idof<CrossSlashVaultApiMsg>()));
    const s = r.struct(CrossSlashVaultApiMsg_FIELDS);
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

export enum VaultApiMsgKind {
  ReleaseCrossStake,
  ReleaseLocalStake,
  CommitTx,
  RollbackTx,
  LocalSlash,
  CrossSlash,
}
const VaultApiMsg_VARIANTS: string[] = ["release_cross_stake", "release_local_stake", "commit_tx", "rollback_tx", "local_slash", "cross_slash"];
/** One of `release_cross_stake`, `release_local_stake`, `commit_tx`, `rollback_tx`, `local_slash`, `cross_slash`; only the payload of `kind` is set. */
export class VaultApiMsg {
  constructor(public kind: VaultApiMsgKind = 0) {}
  releaseCrossStake: ReleaseCrossStakeVaultApiMsg | null = null;
  releaseLocalStake: ReleaseLocalStakeVaultApiMsg | null = null;
  commitTx: CommitTxVaultApiMsg | null = null;
  rollbackTx: RollbackTxVaultApiMsg | null = null;
  localSlash: LocalSlashVaultApiMsg | null = null;
  crossSlash: CrossSlashVaultApiMsg | null = null;
  static ReleaseCrossStake(value: ReleaseCrossStakeVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.ReleaseCrossStake);
    m.releaseCrossStake = value;
    return m;
  }
  static ReleaseLocalStake(value: ReleaseLocalStakeVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.ReleaseLocalStake);
    m.releaseLocalStake = value;
    return m;
  }
  static CommitTx(value: CommitTxVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.CommitTx);
    m.commitTx = value;
    return m;
  }
  static RollbackTx(value: RollbackTxVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.RollbackTx);
    m.rollbackTx = value;
    return m;
  }
  static LocalSlash(value: LocalSlashVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.LocalSlash);
    m.localSlash = value;
    return m;
  }
  static CrossSlash(value: CrossSlashVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.CrossSlash);
    m.crossSlash = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::vault_api::sv::VaultApiExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<VaultApiMsg> {
    return parseMsg<VaultApiMsg>(bytes, "mesh_apis::vault_api::sv::VaultApiExecMsg", VaultApiMsg.readJson);
  }
  static readJson(r: JsonReader): VaultApiMsg {
    const m = new VaultApiMsg();
    const v = r.beginEnum(VaultApiMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <VaultApiMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.releaseCrossStake = ReleaseCrossStakeVaultApiMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.releaseLocalStake = ReleaseLocalStakeVaultApiMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.commitTx = CommitTxVaultApiMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.rollbackTx = RollbackTxVaultApiMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.localSlash = LocalSlashVaultApiMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.crossSlash = CrossSlashVaultApiMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case VaultApiMsgKind.ReleaseCrossStake:
        w.beginObject().key("release_cross_stake");
        changetype<ReleaseCrossStakeVaultApiMsg>(this.releaseCrossStake).writeJson(w);
        w.endObject();
        break;
      case VaultApiMsgKind.ReleaseLocalStake:
        w.beginObject().key("release_local_stake");
        changetype<ReleaseLocalStakeVaultApiMsg>(this.releaseLocalStake).writeJson(w);
        w.endObject();
        break;
      case VaultApiMsgKind.CommitTx:
        w.beginObject().key("commit_tx");
        changetype<CommitTxVaultApiMsg>(this.commitTx).writeJson(w);
        w.endObject();
        break;
      case VaultApiMsgKind.RollbackTx:
        w.beginObject().key("rollback_tx");
        changetype<RollbackTxVaultApiMsg>(this.rollbackTx).writeJson(w);
        w.endObject();
        break;
      case VaultApiMsgKind.LocalSlash:
        w.beginObject().key("local_slash");
        changetype<LocalSlashVaultApiMsg>(this.localSlash).writeJson(w);
        w.endObject();
        break;
      case VaultApiMsgKind.CrossSlash:
        w.beginObject().key("cross_slash");
        changetype<CrossSlashVaultApiMsg>(this.crossSlash).writeJson(w);
        w.endObject();
        break;
    }
  }
}
