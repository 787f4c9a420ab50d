// Generated from contracts/mesh/converter/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
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

function readVecValidator(r: JsonReader): Validator[] {
  const a = new Array<Validator>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Validator.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecValidator(w: JsonWriter, a: Validator[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readOptVecValidator(r: JsonReader): Validator[] | null {
  if (r.readNull()) return null;
  return readVecValidator(r);
}

function writeOptVecValidator(w: JsonWriter, v: Validator[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecValidator(w, changetype<Validator[]>(v));
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

function readOptVecString(r: JsonReader): string[] | null {
  if (r.readNull()) return null;
  return readVecString(r);
}

function writeOptVecString(w: JsonWriter, v: string[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecString(w, changetype<string[]>(v));
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

function readOptVecValidatorSlashInfo(r: JsonReader): ValidatorSlashInfo[] | null {
  if (r.readNull()) return null;
  return readVecValidatorSlashInfo(r);
}

function writeOptVecValidatorSlashInfo(w: JsonWriter, v: ValidatorSlashInfo[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecValidatorSlashInfo(w, changetype<ValidatorSlashInfo[]>(v));
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

const InstantiateMsg_FIELDS: string[] = ["price_feed", "discount", "remote_denom", "virtual_staking_code_id", "admin"];
export class InstantiateMsg {
  constructor(
    public priceFeed: string = "",
    public discount: Decimal = Decimal.zero(),
    public remoteDenom: string = "",
    public virtualStakingCodeId: u64 = 0,
    public admin: string | null = null,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_converter::contract::sv::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "mesh_converter::contract::sv::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.priceFeed = r.readString();
          break;
        case 1:
          m.discount = Decimal.readJson(r);
          break;
        case 2:
          m.remoteDenom = r.readString();
          break;
        case 3:
          m.virtualStakingCodeId = r.readU64();
          break;
        case 4:
          m.admin = readOptString(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("price_feed");
    w.string(this.priceFeed);
    w.key("discount");
    this.discount.writeJson(w);
    w.key("remote_denom");
    w.string(this.remoteDenom);
    w.key("virtual_staking_code_id");
    w.u64(this.virtualStakingCodeId);
    w.key("admin");
    writeOptString(w, this.admin);
    w.endObject();
  }
}

const DistributeRewardExecuteMsg_FIELDS: string[] = ["validator"];
export class DistributeRewardExecuteMsg {
  constructor(
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): DistributeRewardExecuteMsg {
    const m = changetype<DistributeRewardExecuteMsg>(__new(offsetof<DistributeRewardExecuteMsg>(), idof<DistributeRewardExecuteMsg>()));
    const s = r.struct(DistributeRewardExecuteMsg_FIELDS);
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

const DistributeRewardsExecuteMsg_FIELDS: string[] = ["payments"];
export class DistributeRewardsExecuteMsg {
  constructor(
    public payments: RewardInfo[] = new Array<RewardInfo>(),
  ) {}
  static readJson(r: JsonReader): DistributeRewardsExecuteMsg {
    const m = changetype<DistributeRewardsExecuteMsg>(__new(offsetof<DistributeRewardsExecuteMsg>(), idof<DistributeRewardsExecuteMsg>()));
    const s = r.struct(DistributeRewardsExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.payments = readVecRewardInfo(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("payments");
    writeVecRewardInfo(w, this.payments);
    w.endObject();
  }
}

const Validator_FIELDS: string[] = ["address", "commission", "max_commission", "max_change_rate"];
export class Validator {
  constructor(
    public address: string = "",
    public commission: Decimal = Decimal.zero(),
    public maxCommission: Decimal = Decimal.zero(),
    public maxChangeRate: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type cosmwasm_std::Validator: ...`. */
  static parse(bytes: Uint8Array): Result<Validator> {
    return parseMsg<Validator>(bytes, "cosmwasm_std::Validator", Validator.readJson);
  }
  static readJson(r: JsonReader): Validator {
    const m = changetype<Validator>(__new(offsetof<Validator>(), idof<Validator>()));
    const s = r.struct(Validator_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.address = r.readString();
          break;
        case 1:
          m.commission = Decimal.readJson(r);
          break;
        case 2:
          m.maxCommission = Decimal.readJson(r);
          break;
        case 3:
          m.maxChangeRate = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("address");
    w.string(this.address);
    w.key("commission");
    this.commission.writeJson(w);
    w.key("max_commission");
    this.maxCommission.writeJson(w);
    w.key("max_change_rate");
    this.maxChangeRate.writeJson(w);
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

const ValsetUpdateExecuteMsg_FIELDS: string[] = ["additions", "removals", "updated", "jailed", "unjailed", "tombstoned", "slashed"];
export class ValsetUpdateExecuteMsg {
  constructor(
    public additions: Validator[] | null = null,
    public removals: string[] | null = null,
    public updated: Validator[] | null = null,
    public jailed: string[] | null = null,
    public unjailed: string[] | null = null,
    public tombstoned: string[] | null = null,
    public slashed: ValidatorSlashInfo[] | null = null,
  ) {}
  static readJson(r: JsonReader): ValsetUpdateExecuteMsg {
    const m = changetype<ValsetUpdateExecuteMsg>(__new(offsetof<ValsetUpdateExecuteMsg>(), idof<ValsetUpdateExecuteMsg>()));
    const s = r.struct(ValsetUpdateExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.additions = readOptVecValidator(r);
          break;
        case 1:
          m.removals = readOptVecString(r);
          break;
        case 2:
          m.updated = readOptVecValidator(r);
          break;
        case 3:
          m.jailed = readOptVecString(r);
          break;
        case 4:
          m.unjailed = readOptVecString(r);
          break;
        case 5:
          m.tombstoned = readOptVecString(r);
          break;
        case 6:
          m.slashed = readOptVecValidatorSlashInfo(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("additions");
    writeOptVecValidator(w, this.additions);
    w.key("removals");
    writeOptVecString(w, this.removals);
    w.key("updated");
    writeOptVecValidator(w, this.updated);
    w.key("jailed");
    writeOptVecString(w, this.jailed);
    w.key("unjailed");
    writeOptVecString(w, this.unjailed);
    w.key("tombstoned");
    writeOptVecString(w, this.tombstoned);
    w.key("slashed");
    writeOptVecValidatorSlashInfo(w, this.slashed);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
  DistributeReward,
  DistributeRewards,
  ValsetUpdate,
}
const ExecuteMsg_VARIANTS: string[] = ["distribute_reward", "distribute_rewards", "valset_update"];
/** One of `distribute_reward`, `distribute_rewards`, `valset_update`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  distributeReward: DistributeRewardExecuteMsg | null = null;
  distributeRewards: DistributeRewardsExecuteMsg | null = null;
  valsetUpdate: ValsetUpdateExecuteMsg | null = null;
  static DistributeReward(value: DistributeRewardExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.DistributeReward);
    m.distributeReward = value;
    return m;
  }
  static DistributeRewards(value: DistributeRewardsExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.DistributeRewards);
    m.distributeRewards = value;
    return m;
  }
  static ValsetUpdate(value: ValsetUpdateExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ValsetUpdate);
    m.valsetUpdate = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::converter_api::sv::ConverterApiExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "mesh_apis::converter_api::sv::ConverterApiExecMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.distributeReward = DistributeRewardExecuteMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.distributeRewards = DistributeRewardsExecuteMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.valsetUpdate = ValsetUpdateExecuteMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.DistributeReward:
        w.beginObject().key("distribute_reward");
        changetype<DistributeRewardExecuteMsg>(this.distributeReward).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.DistributeRewards:
        w.beginObject().key("distribute_rewards");
        changetype<DistributeRewardsExecuteMsg>(this.distributeRewards).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ValsetUpdate:
        w.beginObject().key("valset_update");
        changetype<ValsetUpdateExecuteMsg>(this.valsetUpdate).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum QueryMsgKind {
  Config,
}
const QueryMsg_VARIANTS: string[] = ["config"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `config`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  static Config(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Config);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_converter::contract::sv::ContractQueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "mesh_converter::contract::sv::ContractQueryMsg", QueryMsg.readJson);
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
      case QueryMsgKind.Config:
        w.beginObject().key("config").beginObject().endObject().endObject();
        break;
    }
  }
}

const ConfigResponse_FIELDS: string[] = ["adjustment", "price_feed", "virtual_staking"];
export class ConfigResponse {
  constructor(
    public adjustment: Decimal = Decimal.zero(),
    public priceFeed: string = "",
    public virtualStaking: string = "",
  ) {}
  static readJson(r: JsonReader): ConfigResponse {
    const m = changetype<ConfigResponse>(__new(offsetof<ConfigResponse>(), idof<ConfigResponse>()));
    const s = r.struct(ConfigResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.adjustment = Decimal.readJson(r);
          break;
        case 1:
          m.priceFeed = r.readString();
          break;
        case 2:
          m.virtualStaking = r.readString();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("adjustment");
    this.adjustment.writeJson(w);
    w.key("price_feed");
    w.string(this.priceFeed);
    w.key("virtual_staking");
    w.string(this.virtualStaking);
    w.endObject();
  }
}

const Config_FIELDS: string[] = ["price_feed", "price_adjustment", "local_denom", "remote_denom"];
export class Config {
  constructor(
    public priceFeed: string = "",
    public priceAdjustment: Decimal = Decimal.zero(),
    public localDenom: string = "",
    public remoteDenom: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_converter::state::Config: ...`. */
  static parse(bytes: Uint8Array): Result<Config> {
    return parseMsg<Config>(bytes, "mesh_converter::state::Config", Config.readJson);
  }
  static readJson(r: JsonReader): Config {
    const m = changetype<Config>(__new(offsetof<Config>(), idof<Config>()));
    const s = r.struct(Config_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.priceFeed = r.readString();
          break;
        case 1:
          m.priceAdjustment = Decimal.readJson(r);
          break;
        case 2:
          m.localDenom = r.readString();
          break;
        case 3:
          m.remoteDenom = r.readString();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("price_feed");
    w.string(this.priceFeed);
    w.key("price_adjustment");
    this.priceAdjustment.writeJson(w);
    w.key("local_denom");
    w.string(this.localDenom);
    w.key("remote_denom");
    w.string(this.remoteDenom);
    w.endObject();
  }
}

const ChannelInfo_FIELDS: string[] = ["channel_id", "port_id", "connection_id"];
export class ChannelInfo {
  constructor(
    public channelId: string = "",
    public portId: string = "",
    public connectionId: string = "",
  ) {}
  static readJson(r: JsonReader): ChannelInfo {
    const m = changetype<ChannelInfo>(__new(offsetof<ChannelInfo>(), idof<ChannelInfo>()));
    const s = r.struct(ChannelInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.channelId = r.readString();
          break;
        case 1:
          m.portId = r.readString();
          break;
        case 2:
          m.connectionId = r.readString();
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
    w.key("port_id");
    w.string(this.portId);
    w.key("connection_id");
    w.string(this.connectionId);
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

const AddValidator_FIELDS: string[] = ["valoper", "pub_key"];
export class AddValidator {
  constructor(
    public valoper: string = "",
    public pubKey: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::AddValidator: ...`. */
  static parse(bytes: Uint8Array): Result<AddValidator> {
    return parseMsg<AddValidator>(bytes, "mesh_apis::ibc::AddValidator", AddValidator.readJson);
  }
  static readJson(r: JsonReader): AddValidator {
    const m = changetype<AddValidator>(__new(offsetof<AddValidator>(), idof<AddValidator>()));
    const s = r.struct(AddValidator_FIELDS, false);
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
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::ProviderPacket: ...`. */
  static parse(bytes: Uint8Array): Result<ProviderPacket> {
    return parseMsg<ProviderPacket>(bytes, "mesh_apis::ibc::ProviderPacket", ProviderPacket.readJson);
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
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::ConsumerPacket: ...`. */
  static parse(bytes: Uint8Array): Result<ConsumerPacket> {
    return parseMsg<ConsumerPacket>(bytes, "mesh_apis::ibc::ConsumerPacket", ConsumerPacket.readJson);
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

const EmptyAck_FIELDS: string[] = [];
export class EmptyAck {
  constructor() {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::StakeAck: ...`. */
  static parse(bytes: Uint8Array): Result<EmptyAck> {
    return parseMsg<EmptyAck>(bytes, "mesh_apis::ibc::StakeAck", EmptyAck.readJson);
  }
  static readJson(r: JsonReader): EmptyAck {
    const m = changetype<EmptyAck>(__new(offsetof<EmptyAck>(), idof<EmptyAck>()));
    r.struct(EmptyAck_FIELDS, false).end(0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.endObject();
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
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::AckWrapper: ...`. */
  static parse(bytes: Uint8Array): Result<AckWrapper> {
    return parseMsg<AckWrapper>(bytes, "mesh_apis::ibc::AckWrapper", AckWrapper.readJson);
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

const VirtualStakeInstantiateMsg_FIELDS: string[] = [];
export class VirtualStakeInstantiateMsg {
  constructor() {}
  static readJson(r: JsonReader): VirtualStakeInstantiateMsg {
    const m = changetype<VirtualStakeInstantiateMsg>(__new(offsetof<VirtualStakeInstantiateMsg>(), idof<VirtualStakeInstantiateMsg>()));
    r.struct(VirtualStakeInstantiateMsg_FIELDS, true).end(0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.endObject();
  }
}

const BondVirtualStakingApiMsg_FIELDS: string[] = ["validator", "amount"];
export class BondVirtualStakingApiMsg {
  constructor(
    public validator: string = "",
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): BondVirtualStakingApiMsg {
    const m = changetype<BondVirtualStakingApiMsg>(__new(offsetof<BondVirtualStakingApiMsg>(), idof<BondVirtualStakingApiMsg>()));
    const s = r.struct(BondVirtualStakingApiMsg_FIELDS);
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

const UnbondVirtualStakingApiMsg_FIELDS: string[] = ["validator", "amount"];
export class UnbondVirtualStakingApiMsg {
  constructor(
    public validator: string = "",
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): UnbondVirtualStakingApiMsg {
    const m = changetype<UnbondVirtualStakingApiMsg>(__new(offsetof<UnbondVirtualStakingApiMsg>(), idof<UnbondVirtualStakingApiMsg>()));
    const s = r.struct(UnbondVirtualStakingApiMsg_FIELDS);
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

const BurnVirtualStakingApiMsg_FIELDS: string[] = ["validators", "amount"];
export class BurnVirtualStakingApiMsg {
  constructor(
    public validators: string[] = new Array<string>(),
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): BurnVirtualStakingApiMsg {
    const m = changetype<BurnVirtualStakingApiMsg>(__new(offsetof<BurnVirtualStakingApiMsg>(), idof<BurnVirtualStakingApiMsg>()));
    const s = r.struct(BurnVirtualStakingApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validators = readVecString(r);
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
    w.key("validators");
    writeVecString(w, this.validators);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

export enum VirtualStakingApiMsgKind {
  Bond,
  Unbond,
  Burn,
}
const VirtualStakingApiMsg_VARIANTS: string[] = ["bond", "unbond", "burn"];
/** One of `bond`, `unbond`, `burn`; only the payload of `kind` is set. */
export class VirtualStakingApiMsg {
  constructor(public kind: VirtualStakingApiMsgKind = 0) {}
  bond: BondVirtualStakingApiMsg | null = null;
  unbond: UnbondVirtualStakingApiMsg | null = null;
  burn: BurnVirtualStakingApiMsg | null = null;
  static Bond(value: BondVirtualStakingApiMsg): VirtualStakingApiMsg {
    const m = new VirtualStakingApiMsg(VirtualStakingApiMsgKind.Bond);
    m.bond = value;
    return m;
  }
  static Unbond(value: UnbondVirtualStakingApiMsg): VirtualStakingApiMsg {
    const m = new VirtualStakingApiMsg(VirtualStakingApiMsgKind.Unbond);
    m.unbond = value;
    return m;
  }
  static Burn(value: BurnVirtualStakingApiMsg): VirtualStakingApiMsg {
    const m = new VirtualStakingApiMsg(VirtualStakingApiMsgKind.Burn);
    m.burn = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::virtual_staking_api::sv::VirtualStakingApiExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<VirtualStakingApiMsg> {
    return parseMsg<VirtualStakingApiMsg>(bytes, "mesh_apis::virtual_staking_api::sv::VirtualStakingApiExecMsg", VirtualStakingApiMsg.readJson);
  }
  static readJson(r: JsonReader): VirtualStakingApiMsg {
    const m = new VirtualStakingApiMsg();
    const v = r.beginEnum(VirtualStakingApiMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <VirtualStakingApiMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.bond = BondVirtualStakingApiMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.unbond = UnbondVirtualStakingApiMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.burn = BurnVirtualStakingApiMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case VirtualStakingApiMsgKind.Bond:
        w.beginObject().key("bond");
        changetype<BondVirtualStakingApiMsg>(this.bond).writeJson(w);
        w.endObject();
        break;
      case VirtualStakingApiMsgKind.Unbond:
        w.beginObject().key("unbond");
        changetype<UnbondVirtualStakingApiMsg>(this.unbond).writeJson(w);
        w.endObject();
        break;
      case VirtualStakingApiMsgKind.Burn:
        w.beginObject().key("burn");
        changetype<BurnVirtualStakingApiMsg>(this.burn).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum PriceQueryKind {
  Price,
}
const PriceQuery_VARIANTS: string[] = ["price"];
const PriceQuery_NO_FIELDS: string[] = [];
/** One of `price`; only the payload of `kind` is set. */
export class PriceQuery {
  constructor(public kind: PriceQueryKind = 0) {}
  static Price(): PriceQuery {
    return new PriceQuery(PriceQueryKind.Price);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::price_feed_api::sv::PriceFeedApiQueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<PriceQuery> {
    return parseMsg<PriceQuery>(bytes, "mesh_apis::price_feed_api::sv::PriceFeedApiQueryMsg", PriceQuery.readJson);
  }
  static readJson(r: JsonReader): PriceQuery {
    const m = new PriceQuery();
    const v = r.beginEnum(PriceQuery_VARIANTS);
    if (v < 0) return m;
    m.kind = <PriceQueryKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        r.struct(PriceQuery_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case PriceQueryKind.Price:
        w.beginObject().key("price").beginObject().endObject().endObject();
        break;
    }
  }
}

const PriceResponse_FIELDS: string[] = ["native_per_foreign"];
export class PriceResponse {
  constructor(
    public nativePerForeign: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::price_feed_api::PriceResponse: ...`. */
  static parse(bytes: Uint8Array): Result<PriceResponse> {
    return parseMsg<PriceResponse>(bytes, "mesh_apis::price_feed_api::PriceResponse", PriceResponse.readJson);
  }
  static readJson(r: JsonReader): PriceResponse {
    const m = changetype<PriceResponse>(__new(offsetof<PriceResponse>(), idof<PriceResponse>()));
    const s = r.struct(PriceResponse_FIELDS);
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
