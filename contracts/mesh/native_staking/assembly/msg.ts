// Generated from contracts/mesh/native_staking/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../../std/assembly";
import { Coin, DelegationResponse, FullDelegation } from "../../../common/assembly/types";
export { Coin, DelegationResponse, FullDelegation } from "../../../common/assembly/types";
import { CommitTxVaultApiMsg, CrossSlashVaultApiMsg, LocalSlashVaultApiMsg, OwnerMsg, ReleaseCrossStakeVaultApiMsg, ReleaseLocalStakeVaultApiMsg, RollbackTxVaultApiMsg, SlashInfo, SlashRatioResponse, StakeMsg, VaultApiMsg, VaultApiMsgKind } from "../../common/assembly/types";
export { CommitTxVaultApiMsg, CrossSlashVaultApiMsg, LocalSlashVaultApiMsg, OwnerMsg, ReleaseCrossStakeVaultApiMsg, ReleaseLocalStakeVaultApiMsg, RollbackTxVaultApiMsg, SlashInfo, SlashRatioResponse, StakeMsg, VaultApiMsg, VaultApiMsgKind } from "../../common/assembly/types";
import { readOptString, readOptVecString, readVecString, writeOptString, writeOptVecString, writeVecString } from "../../../common/assembly/types";

const InstantiateMsg_FIELDS: string[] = ["denom", "proxy_code_id", "slash_ratio_dsign", "slash_ratio_offline"];
export class InstantiateMsg {
  constructor(
    public denom: string = "",
    public proxyCodeId: u64 = 0,
    public slashRatioDsign: Decimal = Decimal.zero(),
    public slashRatioOffline: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking::contract::sv::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "mesh_native_staking::contract::sv::InstantiateMsg", InstantiateMsg.readJson);
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
          m.proxyCodeId = r.readU64();
          break;
        case 2:
          m.slashRatioDsign = Decimal.readJson(r);
          break;
        case 3:
          m.slashRatioOffline = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("denom");
    w.string(this.denom);
    w.key("proxy_code_id");
    w.u64(this.proxyCodeId);
    w.key("slash_ratio_dsign");
    this.slashRatioDsign.writeJson(w);
    w.key("slash_ratio_offline");
    this.slashRatioOffline.writeJson(w);
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

export enum ExecuteMsgKind {
  ReceiveStake,
  BurnStake,
  ReleaseProxyStake,
}
const ExecuteMsg_VARIANTS: string[] = ["receive_stake", "burn_stake", "release_proxy_stake"];
const ExecuteMsg_NO_FIELDS: string[] = [];
/** One of `receive_stake`, `burn_stake`, `release_proxy_stake`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  receiveStake: ReceiveStakeExecuteMsg | null = null;
  burnStake: BurnStakeExecuteMsg | null = null;
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
  static ReleaseProxyStake(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.ReleaseProxyStake);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking::contract::sv::ContractExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "mesh_native_staking::contract::sv::ContractExecMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.receiveStake = ReceiveStakeExecuteMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.burnStake = BurnStakeExecuteMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
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
      case ExecuteMsgKind.ReleaseProxyStake:
        w.beginObject().key("release_proxy_stake").beginObject().endObject().endObject();
        break;
    }
  }
}

const ProxyByOwnerQueryMsg_FIELDS: string[] = ["owner"];
export class ProxyByOwnerQueryMsg {
  constructor(
    public owner: string = "",
  ) {}
  static readJson(r: JsonReader): ProxyByOwnerQueryMsg {
    const m = changetype<ProxyByOwnerQueryMsg>(__new(offsetof<ProxyByOwnerQueryMsg>(), idof<ProxyByOwnerQueryMsg>()));
    const s = r.struct(ProxyByOwnerQueryMsg_FIELDS);
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

const OwnerByProxyQueryMsg_FIELDS: string[] = ["proxy"];
export class OwnerByProxyQueryMsg {
  constructor(
    public proxy: string = "",
  ) {}
  static readJson(r: JsonReader): OwnerByProxyQueryMsg {
    const m = changetype<OwnerByProxyQueryMsg>(__new(offsetof<OwnerByProxyQueryMsg>(), idof<OwnerByProxyQueryMsg>()));
    const s = r.struct(OwnerByProxyQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.proxy = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("proxy");
    w.string(this.proxy);
    w.endObject();
  }
}

export enum QueryMsgKind {
  Config,
  ProxyByOwner,
  OwnerByProxy,
  MaxSlash,
}
const QueryMsg_VARIANTS: string[] = ["config", "proxy_by_owner", "owner_by_proxy", "max_slash"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `config`, `proxy_by_owner`, `owner_by_proxy`, `max_slash`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  proxyByOwner: ProxyByOwnerQueryMsg | null = null;
  ownerByProxy: OwnerByProxyQueryMsg | null = null;
  static Config(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Config);
  }
  static ProxyByOwner(value: ProxyByOwnerQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.ProxyByOwner);
    m.proxyByOwner = value;
    return m;
  }
  static OwnerByProxy(value: OwnerByProxyQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.OwnerByProxy);
    m.ownerByProxy = value;
    return m;
  }
  static MaxSlash(): QueryMsg {
    return new QueryMsg(QueryMsgKind.MaxSlash);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking::contract::sv::ContractQueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "mesh_native_staking::contract::sv::ContractQueryMsg", QueryMsg.readJson);
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
        m.proxyByOwner = ProxyByOwnerQueryMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.ownerByProxy = OwnerByProxyQueryMsg.readJson(r);
        break;
      case 3:
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
      case QueryMsgKind.ProxyByOwner:
        w.beginObject().key("proxy_by_owner");
        changetype<ProxyByOwnerQueryMsg>(this.proxyByOwner).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.OwnerByProxy:
        w.beginObject().key("owner_by_proxy");
        changetype<OwnerByProxyQueryMsg>(this.ownerByProxy).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.MaxSlash:
        w.beginObject().key("max_slash").beginObject().endObject().endObject();
        break;
    }
  }
}

const JailingSudoMsg_FIELDS: string[] = ["jailed", "tombstoned"];
export class JailingSudoMsg {
  constructor(
    public jailed: string[] | null = null,
    public tombstoned: string[] | null = null,
  ) {}
  static readJson(r: JsonReader): JailingSudoMsg {
    const m = changetype<JailingSudoMsg>(__new(offsetof<JailingSudoMsg>(), idof<JailingSudoMsg>()));
    const s = r.struct(JailingSudoMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.jailed = readOptVecString(r);
          break;
        case 1:
          m.tombstoned = readOptVecString(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("jailed");
    writeOptVecString(w, this.jailed);
    w.key("tombstoned");
    writeOptVecString(w, this.tombstoned);
    w.endObject();
  }
}

export enum SudoMsgKind {
  Jailing,
}
const SudoMsg_VARIANTS: string[] = ["jailing"];
/** One of `jailing`; only the payload of `kind` is set. */
export class SudoMsg {
  constructor(public kind: SudoMsgKind = 0) {}
  jailing: JailingSudoMsg | null = null;
  static Jailing(value: JailingSudoMsg): SudoMsg {
    const m = new SudoMsg(SudoMsgKind.Jailing);
    m.jailing = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking::contract::sv::ContractSudoMsg: ...`. */
  static parse(bytes: Uint8Array): Result<SudoMsg> {
    return parseMsg<SudoMsg>(bytes, "mesh_native_staking::contract::sv::ContractSudoMsg", SudoMsg.readJson);
  }
  static readJson(r: JsonReader): SudoMsg {
    const m = new SudoMsg();
    const v = r.beginEnum(SudoMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <SudoMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.jailing = JailingSudoMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case SudoMsgKind.Jailing:
        w.beginObject().key("jailing");
        changetype<JailingSudoMsg>(this.jailing).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const Config_FIELDS: string[] = ["denom", "proxy_code_id", "vault", "slash_ratio_dsign", "slash_ratio_offline"];
export class Config {
  constructor(
    public denom: string = "",
    public proxyCodeId: u64 = 0,
    public vault: string = "",
    public slashRatioDsign: Decimal = Decimal.zero(),
    public slashRatioOffline: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking::state::Config: ...`. */
  static parse(bytes: Uint8Array): Result<Config> {
    return parseMsg<Config>(bytes, "mesh_native_staking::state::Config", Config.readJson);
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
          m.proxyCodeId = r.readU64();
          break;
        case 2:
          m.vault = r.readString();
          break;
        case 3:
          m.slashRatioDsign = Decimal.readJson(r);
          break;
        case 4:
          m.slashRatioOffline = Decimal.readJson(r);
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
    w.key("proxy_code_id");
    w.u64(this.proxyCodeId);
    w.key("vault");
    w.string(this.vault);
    w.key("slash_ratio_dsign");
    this.slashRatioDsign.writeJson(w);
    w.key("slash_ratio_offline");
    this.slashRatioOffline.writeJson(w);
    w.endObject();
  }
}

const ProxyByOwnerResponse_FIELDS: string[] = ["proxy"];
export class ProxyByOwnerResponse {
  constructor(
    public proxy: string = "",
  ) {}
  static readJson(r: JsonReader): ProxyByOwnerResponse {
    const m = changetype<ProxyByOwnerResponse>(__new(offsetof<ProxyByOwnerResponse>(), idof<ProxyByOwnerResponse>()));
    const s = r.struct(ProxyByOwnerResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.proxy = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("proxy");
    w.string(this.proxy);
    w.endObject();
  }
}

const OwnerByProxyResponse_FIELDS: string[] = ["owner"];
export class OwnerByProxyResponse {
  constructor(
    public owner: string = "",
  ) {}
  static readJson(r: JsonReader): OwnerByProxyResponse {
    const m = changetype<OwnerByProxyResponse>(__new(offsetof<OwnerByProxyResponse>(), idof<OwnerByProxyResponse>()));
    const s = r.struct(OwnerByProxyResponse_FIELDS);
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

const ProxyInstantiateMsg_FIELDS: string[] = ["denom", "owner", "validator"];
export class ProxyInstantiateMsg {
  constructor(
    public denom: string = "",
    public owner: string = "",
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): ProxyInstantiateMsg {
    const m = changetype<ProxyInstantiateMsg>(__new(offsetof<ProxyInstantiateMsg>(), idof<ProxyInstantiateMsg>()));
    const s = r.struct(ProxyInstantiateMsg_FIELDS);
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

const StakeProxyExecMsg_FIELDS: string[] = ["validator"];
export class StakeProxyExecMsg {
  constructor(
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): StakeProxyExecMsg {
    const m = changetype<StakeProxyExecMsg>(__new(offsetof<StakeProxyExecMsg>(), idof<StakeProxyExecMsg>()));
    const s = r.struct(StakeProxyExecMsg_FIELDS);
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

const BurnProxyExecMsg_FIELDS: string[] = ["validator", "amount"];
export class BurnProxyExecMsg {
  constructor(
    public validator: string | null = null,
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): BurnProxyExecMsg {
    const m = changetype<BurnProxyExecMsg>(__new(offsetof<BurnProxyExecMsg>(), idof<BurnProxyExecMsg>()));
    const s = r.struct(BurnProxyExecMsg_FIELDS);
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

export enum ProxyExecMsgKind {
  Stake,
  Burn,
}
const ProxyExecMsg_VARIANTS: string[] = ["stake", "burn"];
/** One of `stake`, `burn`; only the payload of `kind` is set. */
export class ProxyExecMsg {
  constructor(public kind: ProxyExecMsgKind = 0) {}
  stake: StakeProxyExecMsg | null = null;
  burn: BurnProxyExecMsg | null = null;
  static Stake(value: StakeProxyExecMsg): ProxyExecMsg {
    const m = new ProxyExecMsg(ProxyExecMsgKind.Stake);
    m.stake = value;
    return m;
  }
  static Burn(value: BurnProxyExecMsg): ProxyExecMsg {
    const m = new ProxyExecMsg(ProxyExecMsgKind.Burn);
    m.burn = value;
    return m;
  }
  static readJson(r: JsonReader): ProxyExecMsg {
    const m = new ProxyExecMsg();
    const v = r.beginEnum(ProxyExecMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ProxyExecMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.stake = StakeProxyExecMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.burn = BurnProxyExecMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ProxyExecMsgKind.Stake:
        w.beginObject().key("stake");
        changetype<StakeProxyExecMsg>(this.stake).writeJson(w);
        w.endObject();
        break;
      case ProxyExecMsgKind.Burn:
        w.beginObject().key("burn");
        changetype<BurnProxyExecMsg>(this.burn).writeJson(w);
        w.endObject();
        break;
    }
  }
}
