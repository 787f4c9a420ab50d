// Generated from contracts/mesh/native_staking_proxy/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../../std/assembly";
import { AllDelegationsResponse, Coin, Delegation, DelegationResponse, FullDelegation } from "../../../common/assembly/types";
export { AllDelegationsResponse, Coin, Delegation, DelegationResponse, FullDelegation } from "../../../common/assembly/types";
import { OwnerMsg } from "../../common/assembly/types";
export { OwnerMsg } from "../../common/assembly/types";
import { readOptString, writeOptString } from "../../../common/assembly/types";

function readVecWeightedVoteOption(r: JsonReader): WeightedVoteOption[] {
  const a = new Array<WeightedVoteOption>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(WeightedVoteOption.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecWeightedVoteOption(w: JsonWriter, a: WeightedVoteOption[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

const InstantiateMsg_FIELDS: string[] = ["denom", "owner", "validator"];
export class InstantiateMsg {
  constructor(
    public denom: string = "",
    public owner: string = "",
    public validator: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking_proxy::contract::sv::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "mesh_native_staking_proxy::contract::sv::InstantiateMsg", InstantiateMsg.readJson);
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
          m.owner = r.readString();
          break;
        case 2:
          m.validator = r.readString();
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
    w.key("owner");
    w.string(this.owner);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

const StakeExecuteMsg_FIELDS: string[] = ["validator"];
export class StakeExecuteMsg {
  constructor(
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): StakeExecuteMsg {
    const m = changetype<StakeExecuteMsg>(__new(offsetof<StakeExecuteMsg>(), idof<StakeExecuteMsg>()));
    const s = r.struct(StakeExecuteMsg_FIELDS);
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

const BurnExecuteMsg_FIELDS: string[] = ["validator", "amount"];
export class BurnExecuteMsg {
  constructor(
    public validator: string | null = null,
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): BurnExecuteMsg {
    const m = changetype<BurnExecuteMsg>(__new(offsetof<BurnExecuteMsg>(), idof<BurnExecuteMsg>()));
    const s = r.struct(BurnExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = readOptString(r);
          break;
        case 1:
          m.amount = Coin.readJson(r);
          break;
      }
    }
    s.end(0b10);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    writeOptString(w, this.validator);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const RestakeExecuteMsg_FIELDS: string[] = ["src_validator", "dst_validator", "amount"];
export class RestakeExecuteMsg {
  constructor(
    public srcValidator: string = "",
    public dstValidator: string = "",
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): RestakeExecuteMsg {
    const m = changetype<RestakeExecuteMsg>(__new(offsetof<RestakeExecuteMsg>(), idof<RestakeExecuteMsg>()));
    const s = r.struct(RestakeExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.srcValidator = r.readString();
          break;
        case 1:
          m.dstValidator = r.readString();
          break;
        case 2:
          m.amount = Coin.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("src_validator");
    w.string(this.srcValidator);
    w.key("dst_validator");
    w.string(this.dstValidator);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

export enum VoteOptionKind {
  Yes,
  No,
  Abstain,
  NoWithVeto,
}
const VoteOption_VARIANTS: string[] = ["yes", "no", "abstain", "no_with_veto"];
/** One of `yes`, `no`, `abstain`, `no_with_veto`; only the payload of `kind` is set. */
export class VoteOption {
  constructor(public kind: VoteOptionKind = 0) {}
  static Yes(): VoteOption {
    return new VoteOption(VoteOptionKind.Yes);
  }
  static No(): VoteOption {
    return new VoteOption(VoteOptionKind.No);
  }
  static Abstain(): VoteOption {
    return new VoteOption(VoteOptionKind.Abstain);
  }
  static NoWithVeto(): VoteOption {
    return new VoteOption(VoteOptionKind.NoWithVeto);
  }
  /** Parses a message (JSON); errors read `Error parsing into type cosmwasm_std::VoteOption: ...`. */
  static parse(bytes: Uint8Array): Result<VoteOption> {
    return parseMsg<VoteOption>(bytes, "cosmwasm_std::VoteOption", VoteOption.readJson);
  }
  static readJson(r: JsonReader): VoteOption {
    const m = new VoteOption();
    const v = r.beginEnum(VoteOption_VARIANTS);
    if (v < 0) return m;
    m.kind = <VoteOptionKind>v;
    switch (v) {
      case 0:
        if (r.enumIsUnit) return m;
        r.readUnit();
        break;
      case 1:
        if (r.enumIsUnit) return m;
        r.readUnit();
        break;
      case 2:
        if (r.enumIsUnit) return m;
        r.readUnit();
        break;
      case 3:
        if (r.enumIsUnit) return m;
        r.readUnit();
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case VoteOptionKind.Yes:
        w.stringAscii("yes");
        break;
      case VoteOptionKind.No:
        w.stringAscii("no");
        break;
      case VoteOptionKind.Abstain:
        w.stringAscii("abstain");
        break;
      case VoteOptionKind.NoWithVeto:
        w.stringAscii("no_with_veto");
        break;
    }
  }
}

const VoteExecuteMsg_FIELDS: string[] = ["proposal_id", "vote"];
export class VoteExecuteMsg {
  constructor(
    public proposalId: u64 = 0,
    public vote: VoteOption = new VoteOption(),
  ) {}
  static readJson(r: JsonReader): VoteExecuteMsg {
    const m = changetype<VoteExecuteMsg>(__new(offsetof<VoteExecuteMsg>(), idof<VoteExecuteMsg>()));
    const s = r.struct(VoteExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.proposalId = r.readU64();
          break;
        case 1:
          m.vote = VoteOption.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("proposal_id");
    w.u64(this.proposalId);
    w.key("vote");
    this.vote.writeJson(w);
    w.endObject();
  }
}

const WeightedVoteOption_FIELDS: string[] = ["option", "weight"];
export class WeightedVoteOption {
  constructor(
    public option: VoteOption = new VoteOption(),
    public weight: Decimal = Decimal.zero(),
  ) {}
  static readJson(r: JsonReader): WeightedVoteOption {
    const m = changetype<WeightedVoteOption>(__new(offsetof<WeightedVoteOption>(), idof<WeightedVoteOption>()));
    const s = r.struct(WeightedVoteOption_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.option = VoteOption.readJson(r);
          break;
        case 1:
          m.weight = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("option");
    this.option.writeJson(w);
    w.key("weight");
    this.weight.writeJson(w);
    w.endObject();
  }
}

const VoteWeightedExecuteMsg_FIELDS: string[] = ["proposal_id", "vote"];
export class VoteWeightedExecuteMsg {
  constructor(
    public proposalId: u64 = 0,
    public vote: WeightedVoteOption[] = new Array<WeightedVoteOption>(),
  ) {}
  static readJson(r: JsonReader): VoteWeightedExecuteMsg {
    const m = changetype<VoteWeightedExecuteMsg>(__new(offsetof<VoteWeightedExecuteMsg>(), idof<VoteWeightedExecuteMsg>()));
    const s = r.struct(VoteWeightedExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.proposalId = r.readU64();
          break;
        case 1:
          m.vote = readVecWeightedVoteOption(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("proposal_id");
    w.u64(this.proposalId);
    w.key("vote");
    writeVecWeightedVoteOption(w, this.vote);
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

export enum ExecuteMsgKind {
  Stake,
  Burn,
  Restake,
  Vote,
  VoteWeighted,
  WithdrawRewards,
  Unstake,
  ReleaseUnbonded,
}
const ExecuteMsg_VARIANTS: string[] = ["stake", "burn", "restake", "vote", "vote_weighted", "withdraw_rewards", "unstake", "release_unbonded"];
const ExecuteMsg_NO_FIELDS: string[] = [];
/** One of `stake`, `burn`, `restake`, `vote`, `vote_weighted`, `withdraw_rewards`, `unstake`, `release_unbonded`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  stake: StakeExecuteMsg | null = null;
  burn: BurnExecuteMsg | null = null;
  restake: RestakeExecuteMsg | null = null;
  vote: VoteExecuteMsg | null = null;
  voteWeighted: VoteWeightedExecuteMsg | null = null;
  unstake: UnstakeExecuteMsg | null = null;
  static Stake(value: StakeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Stake);
    m.stake = value;
    return m;
  }
  static Burn(value: BurnExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Burn);
    m.burn = value;
    return m;
  }
  static Restake(value: RestakeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Restake);
    m.restake = value;
    return m;
  }
  static Vote(value: VoteExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Vote);
    m.vote = value;
    return m;
  }
  static VoteWeighted(value: VoteWeightedExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.VoteWeighted);
    m.voteWeighted = value;
    return m;
  }
  static WithdrawRewards(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.WithdrawRewards);
  }
  static Unstake(value: UnstakeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Unstake);
    m.unstake = value;
    return m;
  }
  static ReleaseUnbonded(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.ReleaseUnbonded);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking_proxy::contract::sv::ContractExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "mesh_native_staking_proxy::contract::sv::ContractExecMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.stake = StakeExecuteMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.burn = BurnExecuteMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.restake = RestakeExecuteMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.vote = VoteExecuteMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.voteWeighted = VoteWeightedExecuteMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.unstake = UnstakeExecuteMsg.readJson(r);
        break;
      case 7:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.Stake:
        w.beginObject().key("stake");
        changetype<StakeExecuteMsg>(this.stake).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Burn:
        w.beginObject().key("burn");
        changetype<BurnExecuteMsg>(this.burn).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Restake:
        w.beginObject().key("restake");
        changetype<RestakeExecuteMsg>(this.restake).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Vote:
        w.beginObject().key("vote");
        changetype<VoteExecuteMsg>(this.vote).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.VoteWeighted:
        w.beginObject().key("vote_weighted");
        changetype<VoteWeightedExecuteMsg>(this.voteWeighted).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.WithdrawRewards:
        w.beginObject().key("withdraw_rewards").beginObject().endObject().endObject();
        break;
      case ExecuteMsgKind.Unstake:
        w.beginObject().key("unstake");
        changetype<UnstakeExecuteMsg>(this.unstake).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ReleaseUnbonded:
        w.beginObject().key("release_unbonded").beginObject().endObject().endObject();
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
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking_proxy::contract::sv::ContractQueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "mesh_native_staking_proxy::contract::sv::ContractQueryMsg", QueryMsg.readJson);
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

const Config_FIELDS: string[] = ["denom", "owner", "parent"];
export class Config {
  constructor(
    public denom: string = "",
    public owner: string = "",
    public parent: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking_proxy::state::Config: ...`. */
  static parse(bytes: Uint8Array): Result<Config> {
    return parseMsg<Config>(bytes, "mesh_native_staking_proxy::state::Config", Config.readJson);
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
          m.owner = r.readString();
          break;
        case 2:
          m.parent = r.readString();
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
    w.key("owner");
    w.string(this.owner);
    w.key("parent");
    w.string(this.parent);
    w.endObject();
  }
}

export enum NativeStakingCallbackMsgKind {
  ReleaseProxyStake,
}
const NativeStakingCallbackMsg_VARIANTS: string[] = ["release_proxy_stake"];
const NativeStakingCallbackMsg_NO_FIELDS: string[] = [];
/** One of `release_proxy_stake`; only the payload of `kind` is set. */
export class NativeStakingCallbackMsg {
  constructor(public kind: NativeStakingCallbackMsgKind = 0) {}
  static ReleaseProxyStake(): NativeStakingCallbackMsg {
    return new NativeStakingCallbackMsg(NativeStakingCallbackMsgKind.ReleaseProxyStake);
  }
  static readJson(r: JsonReader): NativeStakingCallbackMsg {
    const m = new NativeStakingCallbackMsg();
    const v = r.beginEnum(NativeStakingCallbackMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <NativeStakingCallbackMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        r.struct(NativeStakingCallbackMsg_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case NativeStakingCallbackMsgKind.ReleaseProxyStake:
        w.beginObject().key("release_proxy_stake").beginObject().endObject().endObject();
        break;
    }
  }
}
