/**
 * Vault messages and answers, with upstream's JSON (Sylvia merges the VaultApi messages into the
 * contract's ExecuteMsg), plus the cw20 `receive` hook and the `collateral` choice of a cw20 vault.
 */
import { JsonReader, JsonWriter, Uint128, Binary, Coin } from "../../../std/assembly";
import { ValueRange } from "../../common/assembly/range";
import { SlashInfo, readSlashInfos } from "../../common/assembly/apis";
import { Collateral, StakingTx } from "./state";

export const INSTANTIATE_MSG_TYPE = "mesh_vault::contract::sv::InstantiateMsg";
export const EXECUTE_MSG_TYPE = "mesh_vault::contract::sv::ContractExecMsg";
export const QUERY_MSG_TYPE = "mesh_vault::contract::sv::ContractQueryMsg";
export const RECEIVE_MSG_TYPE = "mesh_vault::msg::ReceiveMsg";

function readOptString(r: JsonReader): string | null {
  return r.readNull() ? null : r.readString();
}

// ---------------------------------------------------------------- instantiate

const STAKING_INIT_FIELDS = ["admin", "code_id", "msg", "label"];
export class StakingInitInfo {
  admin: string | null = null;
  codeId: u64 = 0;
  msg: Binary = Binary.empty();
  label: string | null = null;
  static readJson(r: JsonReader): StakingInitInfo {
    const v = new StakingInitInfo();
    const s = r.struct(STAKING_INIT_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) v.admin = readOptString(r);
      else if (f == 1) v.codeId = r.readU64();
      else if (f == 2) v.msg = Binary.readJson(r);
      else v.label = readOptString(r);
    }
    s.end(0b0110);
    return v;
  }
}

const INSTANTIATE_FIELDS = ["denom", "collateral", "local_staking"];
/** `{denom}` (upstream, native) or `{collateral: {native}|{cw20}}`, plus optional `local_staking`. */
export class InstantiateMsg {
  denom: string | null = null;
  collateral: Collateral | null = null;
  localStaking: StakingInitInfo | null = null;
  static readJson(r: JsonReader): InstantiateMsg {
    const v = new InstantiateMsg();
    const s = r.struct(INSTANTIATE_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) v.denom = readOptString(r);
      else if (f == 1) v.collateral = r.readNull() ? null : Collateral.readJson(r);
      else v.localStaking = r.readNull() ? null : StakingInitInfo.readJson(r);
    }
    s.end(0);
    return v;
  }
}

// ---------------------------------------------------------------- execute

export enum ExecKind {
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
const EXEC_VARIANTS = [
  "bond",
  "unbond",
  "stake_remote",
  "stake_local",
  "release_cross_stake",
  "release_local_stake",
  "commit_tx",
  "rollback_tx",
  "local_slash",
  "cross_slash",
  "receive",
];
const NO_FIELDS: string[] = [];
const UNBOND_FIELDS = ["amount"];
const STAKE_REMOTE_FIELDS = ["contract", "amount", "msg"];
const STAKE_LOCAL_FIELDS = ["amount", "msg"];
const RELEASE_CROSS_FIELDS = ["owner", "amount"];
const RELEASE_LOCAL_FIELDS = ["owner"];
const TX_FIELDS = ["tx_id"];
const SLASH_FIELDS = ["slashes", "validator"];
const RECEIVE_FIELDS = ["sender", "amount", "msg"];

export class ExecuteMsg {
  kind: ExecKind = ExecKind.Bond;
  contract: string = "";
  owner: string = "";
  amount: Coin = new Coin("", Uint128.zero());
  /** cw20 receive: the token amount. */
  tokens: Uint128 = Uint128.zero();
  msg: Binary = Binary.empty();
  txId: u64 = 0;
  slashes: SlashInfo[] = [];
  validator: string = "";

  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(EXEC_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return m;
    m.kind = <ExecKind>v;
    let f: i32;
    if (v == ExecKind.Bond) {
      r.struct(NO_FIELDS).end(0);
    } else if (v == ExecKind.Unbond) {
      const s = r.struct(UNBOND_FIELDS);
      while ((f = s.next()) >= 0) m.amount = Coin.readJson(r);
      s.end(0b1);
    } else if (v == ExecKind.StakeRemote) {
      const s = r.struct(STAKE_REMOTE_FIELDS);
      while ((f = s.next()) >= 0) {
        if (f == 0) m.contract = r.readString();
        else if (f == 1) m.amount = Coin.readJson(r);
        else m.msg = Binary.readJson(r);
      }
      s.end(0b111);
    } else if (v == ExecKind.StakeLocal) {
      const s = r.struct(STAKE_LOCAL_FIELDS);
      while ((f = s.next()) >= 0) {
        if (f == 0) m.amount = Coin.readJson(r);
        else m.msg = Binary.readJson(r);
      }
      s.end(0b11);
    } else if (v == ExecKind.ReleaseCrossStake) {
      const s = r.struct(RELEASE_CROSS_FIELDS);
      while ((f = s.next()) >= 0) {
        if (f == 0) m.owner = r.readString();
        else m.amount = Coin.readJson(r);
      }
      s.end(0b11);
    } else if (v == ExecKind.ReleaseLocalStake) {
      const s = r.struct(RELEASE_LOCAL_FIELDS);
      while ((f = s.next()) >= 0) m.owner = r.readString();
      s.end(0b1);
    } else if (v == ExecKind.CommitTx || v == ExecKind.RollbackTx) {
      const s = r.struct(TX_FIELDS);
      while ((f = s.next()) >= 0) m.txId = r.readU64();
      s.end(0b1);
    } else if (v == ExecKind.LocalSlash || v == ExecKind.CrossSlash) {
      const s = r.struct(SLASH_FIELDS);
      while ((f = s.next()) >= 0) {
        if (f == 0) m.slashes = readSlashInfos(r);
        else m.validator = r.readString();
      }
      s.end(0b11);
    } else {
      const s = r.struct(RECEIVE_FIELDS);
      while ((f = s.next()) >= 0) {
        if (f == 0) m.owner = r.readString();
        else if (f == 1) m.tokens = Uint128.readJson(r);
        else m.msg = Binary.readJson(r);
      }
      s.end(0b111);
    }
    r.endEnum();
    return m;
  }
}

const RECEIVE_VARIANTS = ["bond"];
/** What a cw20 `send` to the vault may ask for: `{"bond":{}}`. */
export class ReceiveMsg {
  static readJson(r: JsonReader): ReceiveMsg {
    const v = r.beginEnum(RECEIVE_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return new ReceiveMsg();
    r.struct(NO_FIELDS).end(0);
    r.endEnum();
    return new ReceiveMsg();
  }
}

// ---------------------------------------------------------------- query

export enum QueryKind {
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
const QUERY_VARIANTS = [
  "account",
  "account_details",
  "config",
  "active_external_staking",
  "claim",
  "account_claims",
  "all_accounts",
  "pending_tx",
  "all_pending_txs_desc",
];
const ACCOUNT_FIELDS = ["account"];
const CLAIM_FIELDS = ["account", "lienholder"];
const ACCOUNT_CLAIMS_FIELDS = ["account", "start_after", "limit"];
const ALL_ACCOUNTS_FIELDS = ["with_collateral", "start_after", "limit"];
const PENDING_TX_FIELDS = ["tx_id"];
const ALL_PENDING_FIELDS = ["start_after", "limit"];

export class QueryMsg {
  kind: QueryKind = QueryKind.Config;
  account: string = "";
  lienholder: string = "";
  startAfter: string | null = null;
  startAfterId: u64 = 0;
  hasStartAfterId: bool = false;
  limit: u32 = 0;
  hasLimit: bool = false;
  withCollateral: bool = false;
  txId: u64 = 0;

  private readLimit(r: JsonReader): void {
    if (r.readNull()) this.hasLimit = false;
    else {
      this.hasLimit = true;
      this.limit = r.readU32();
    }
  }

  static readJson(r: JsonReader): QueryMsg {
    const m = new QueryMsg();
    const v = r.beginEnum(QUERY_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return m;
    m.kind = <QueryKind>v;
    let f: i32;
    if (v == QueryKind.Account || v == QueryKind.AccountDetails) {
      const s = r.struct(ACCOUNT_FIELDS);
      while ((f = s.next()) >= 0) m.account = r.readString();
      s.end(0b1);
    } else if (v == QueryKind.Config || v == QueryKind.ActiveExternalStaking) {
      r.struct(NO_FIELDS).end(0);
    } else if (v == QueryKind.Claim) {
      const s = r.struct(CLAIM_FIELDS);
      while ((f = s.next()) >= 0) {
        if (f == 0) m.account = r.readString();
        else m.lienholder = r.readString();
      }
      s.end(0b11);
    } else if (v == QueryKind.AccountClaims) {
      const s = r.struct(ACCOUNT_CLAIMS_FIELDS);
      while ((f = s.next()) >= 0) {
        if (f == 0) m.account = r.readString();
        else if (f == 1) m.startAfter = readOptString(r);
        else m.readLimit(r);
      }
      s.end(0b001);
    } else if (v == QueryKind.AllAccounts) {
      const s = r.struct(ALL_ACCOUNTS_FIELDS);
      while ((f = s.next()) >= 0) {
        if (f == 0) m.withCollateral = r.readBool();
        else if (f == 1) m.startAfter = readOptString(r);
        else m.readLimit(r);
      }
      s.end(0);
    } else if (v == QueryKind.PendingTx) {
      const s = r.struct(PENDING_TX_FIELDS);
      while ((f = s.next()) >= 0) m.txId = r.readU64();
      s.end(0b1);
    } else {
      const s = r.struct(ALL_PENDING_FIELDS);
      while ((f = s.next()) >= 0) {
        if (f == 0) {
          if (r.readNull()) m.hasStartAfterId = false;
          else {
            m.hasStartAfterId = true;
            m.startAfterId = r.readU64();
          }
        } else m.readLimit(r);
      }
      s.end(0);
    }
    r.endEnum();
    return m;
  }
}

// ---------------------------------------------------------------- answers

export class AccountResponse {
  constructor(
    public denom: string,
    public bonded: Uint128,
    public free: ValueRange,
  ) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("denom").string(this.denom).key("bonded");
    this.bonded.writeJson(w);
    w.key("free");
    this.free.writeJson(w);
    w.endObject();
  }
}

export class AccountDetailsResponse {
  constructor(
    public denom: string,
    public bonded: Uint128,
    public free: ValueRange,
    public maxLien: ValueRange,
    public totalSlashable: ValueRange,
  ) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("denom").string(this.denom).key("bonded");
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

export class ConfigResponse {
  constructor(
    public denom: string,
    public localStaking: string | null,
    public collateral: Collateral,
  ) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("denom").string(this.denom).key("local_staking").stringOrNull(this.localStaking).key("collateral");
    this.collateral.writeJson(w);
    w.endObject();
  }
}

export class StringList {
  constructor(
    public field: string,
    public items: string[],
  ) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key(this.field).beginArray();
    for (let i = 0; i < this.items.length; i++) w.string(this.items[i]);
    w.endArray().endObject();
  }
}

export class LienResponse {
  constructor(
    public lienholder: string,
    public amount: ValueRange,
  ) {}
}

export class AccountClaimsResponse {
  constructor(public claims: LienResponse[]) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("claims").beginArray();
    for (let i = 0; i < this.claims.length; i++) {
      const c = this.claims[i];
      w.beginObject().key("lienholder").string(c.lienholder).key("amount");
      c.amount.writeJson(w);
      w.endObject();
    }
    w.endArray().endObject();
  }
}

export class AllAccountsItem {
  constructor(
    public user: string,
    public account: AccountResponse,
  ) {}
}

export class AllAccountsResponse {
  constructor(public accounts: AllAccountsItem[]) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("accounts").beginArray();
    for (let i = 0; i < this.accounts.length; i++) {
      const a = this.accounts[i];
      w.beginObject().key("user").string(a.user).key("account");
      a.account.writeJson(w);
      w.endObject();
    }
    w.endArray().endObject();
  }
}

export class AllTxsResponse {
  constructor(public txs: StakingTx[]) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("txs").beginArray();
    for (let i = 0; i < this.txs.length; i++) this.txs[i].writeJson(w);
    w.endArray().endObject();
  }
}

