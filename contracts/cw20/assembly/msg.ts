/**
 * cw20 messages, query answers and their JSON, as cw20-base 1.0.1 (package cw20 1.0.1) defines
 * them. Decoders are strict like `#[cw_serde]` (unknown fields rejected, Option fields may be
 * missing or null); encoders write fields in the Rust declaration order.
 */
import {
  JsonReader,
  JsonWriter,
  Uint128,
  Binary,
  Timestamp,
  BlockInfo,
  readUint64String,
} from "../../std/assembly";

// ---------------------------------------------------------------- type names in error texts

export const INSTANTIATE_MSG_TYPE = "cw20_base::msg::InstantiateMsg";
export const EXECUTE_MSG_TYPE = "cw20::msg::Cw20ExecuteMsg";
export const QUERY_MSG_TYPE = "cw20_base::msg::QueryMsg";
export const MIGRATE_MSG_TYPE = "cw20_base::msg::MigrateMsg";

function readOptString(r: JsonReader): string | null {
  if (r.readNull()) return null;
  return r.readString();
}

function writeOptString(w: JsonWriter, s: string | null): void {
  if (s === null) w.nullValue();
  else w.string(s);
}

function readOptUint128(r: JsonReader): Uint128 | null {
  if (r.readNull()) return null;
  return Uint128.readJson(r);
}

function writeOptUint128(w: JsonWriter, v: Uint128 | null): void {
  if (v === null) w.nullValue();
  else v.writeJson(w);
}

// ---------------------------------------------------------------- Expiration (cw-utils)

export enum ExpirationKind {
  AtHeight,
  AtTime,
  Never,
}
const EXPIRATION_VARIANTS = ["at_height", "at_time", "never"];
const NO_FIELDS: string[] = [];

/** `{"at_height": 123}`, `{"at_time": "<nanos>"}` or `{"never": {}}`. */
export class Expiration {
  constructor(
    public kind: ExpirationKind = ExpirationKind.Never,
    public value: u64 = 0,
  ) {}

  static never(): Expiration {
    return new Expiration(ExpirationKind.Never, 0);
  }
  static atHeight(h: u64): Expiration {
    return new Expiration(ExpirationKind.AtHeight, h);
  }
  static atTime(t: Timestamp): Expiration {
    return new Expiration(ExpirationKind.AtTime, t.nanos);
  }

  isExpired(block: BlockInfo): bool {
    if (this.kind == ExpirationKind.AtHeight) return block.height >= this.value;
    if (this.kind == ExpirationKind.AtTime) return block.time.nanos >= this.value;
    return false;
  }

  static readJson(r: JsonReader): Expiration {
    const v = r.beginEnum(EXPIRATION_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return Expiration.never();
    let e: Expiration;
    if (v == 0) e = Expiration.atHeight(r.readU64());
    else if (v == 1) e = new Expiration(ExpirationKind.AtTime, readUint64String(r));
    else {
      r.struct(NO_FIELDS).end(0);
      e = Expiration.never();
    }
    r.endEnum();
    return e;
  }

  writeJson(w: JsonWriter): void {
    w.beginObject();
    if (this.kind == ExpirationKind.AtHeight) w.key("at_height").u64(this.value);
    else if (this.kind == ExpirationKind.AtTime) w.key("at_time").stringAscii(this.value.toString());
    else w.key("never").beginObject().endObject();
    w.endObject();
  }
}

function readOptExpiration(r: JsonReader): Expiration | null {
  if (r.readNull()) return null;
  return Expiration.readJson(r);
}

// ---------------------------------------------------------------- Logo

const LOGO_VARIANTS = ["url", "embedded"];
const EMBEDDED_VARIANTS = ["svg", "png"];

export enum LogoKind {
  Url,
  Svg,
  Png,
}

/** `{"url": "..."}`, `{"embedded": {"svg": "<b64>"}}` or `{"embedded": {"png": "<b64>"}}`. */
export class Logo {
  constructor(
    public kind: LogoKind,
    public url: string,
    public data: Binary,
  ) {}

  static readJson(r: JsonReader): Logo {
    const v = r.beginEnum(LOGO_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return new Logo(LogoKind.Url, "", Binary.empty());
    let logo: Logo;
    if (v == 0) {
      logo = new Logo(LogoKind.Url, r.readString(), Binary.empty());
    } else {
      const e = r.beginEnum(EMBEDDED_VARIANTS);
      if (e < 0 || !r.expectPayloadVariant()) return new Logo(LogoKind.Url, "", Binary.empty());
      logo = new Logo(e == 0 ? LogoKind.Svg : LogoKind.Png, "", Binary.readJson(r));
      r.endEnum();
    }
    r.endEnum();
    return logo;
  }

  writeJson(w: JsonWriter): void {
    w.beginObject();
    if (this.kind == LogoKind.Url) {
      w.key("url").string(this.url);
    } else {
      w.key("embedded").beginObject().key(this.kind == LogoKind.Svg ? "svg" : "png");
      this.data.writeJson(w);
      w.endObject();
    }
    w.endObject();
  }
}

/** What marketing info shows about the logo: `{"url": "..."}` or `"embedded"`. */
export class LogoInfo {
  constructor(
    public isUrl: bool,
    public url: string,
  ) {}
  static embedded(): LogoInfo {
    return new LogoInfo(false, "");
  }
  static readJson(r: JsonReader): LogoInfo {
    const v = r.beginEnum(LOGO_VARIANTS);
    if (v < 0) return LogoInfo.embedded();
    if (v == 0) {
      if (!r.expectPayloadVariant()) return LogoInfo.embedded();
      const info = new LogoInfo(true, r.readString());
      r.endEnum();
      return info;
    }
    r.expectUnitVariant();
    return LogoInfo.embedded();
  }
  writeJson(w: JsonWriter): void {
    if (this.isUrl) w.beginObject().key("url").string(this.url).endObject();
    else w.stringAscii("embedded");
  }
}

// ---------------------------------------------------------------- InstantiateMsg

const CW20_COIN_FIELDS = ["address", "amount"];
export class Cw20Coin {
  address: string = "";
  amount: Uint128 = Uint128.zero();
  static readJson(r: JsonReader): Cw20Coin {
    const c = new Cw20Coin();
    const s = r.struct(CW20_COIN_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) c.address = r.readString();
      else c.amount = Uint128.readJson(r);
    }
    s.end(0b11);
    return c;
  }
}

const MINTER_FIELDS = ["minter", "cap"];
/** Instantiate's `mint` field and the `minter` query answer. */
export class MinterResponse {
  minter: string = "";
  cap: Uint128 | null = null;
  static readJson(r: JsonReader): MinterResponse {
    const m = new MinterResponse();
    const s = r.struct(MINTER_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.minter = r.readString();
      else m.cap = readOptUint128(r);
    }
    s.end(0b01);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("minter").string(this.minter).key("cap");
    writeOptUint128(w, this.cap);
    w.endObject();
  }
}

const MARKETING_FIELDS = ["project", "description", "marketing", "logo"];
export class InstantiateMarketingInfo {
  project: string | null = null;
  description: string | null = null;
  marketing: string | null = null;
  logo: Logo | null = null;
  static readJson(r: JsonReader): InstantiateMarketingInfo {
    const m = new InstantiateMarketingInfo();
    const s = r.struct(MARKETING_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.project = readOptString(r);
      else if (f == 1) m.description = readOptString(r);
      else if (f == 2) m.marketing = readOptString(r);
      else m.logo = r.readNull() ? null : Logo.readJson(r);
    }
    s.end(0);
    return m;
  }
}

const INSTANTIATE_FIELDS = ["name", "symbol", "decimals", "initial_balances", "mint", "marketing"];
export class InstantiateMsg {
  name: string = "";
  symbol: string = "";
  decimals: u8 = 0;
  initialBalances: Cw20Coin[] = [];
  mint: MinterResponse | null = null;
  marketing: InstantiateMarketingInfo | null = null;

  static readJson(r: JsonReader): InstantiateMsg {
    const m = new InstantiateMsg();
    const s = r.struct(INSTANTIATE_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.name = r.readString();
      else if (f == 1) m.symbol = r.readString();
      else if (f == 2) m.decimals = r.readU8();
      else if (f == 3) {
        if (r.beginArray()) {
          let first = true;
          while (r.nextElement(first)) {
            first = false;
            m.initialBalances.push(Cw20Coin.readJson(r));
          }
          r.endArray();
        }
      } else if (f == 4) m.mint = r.readNull() ? null : MinterResponse.readJson(r);
      else m.marketing = r.readNull() ? null : InstantiateMarketingInfo.readJson(r);
    }
    s.end(0b001111);
    return m;
  }

  getCap(): Uint128 | null {
    const m = this.mint;
    return m === null ? null : m.cap;
  }
}

// ---------------------------------------------------------------- ExecuteMsg

export enum ExecuteKind {
  Transfer,
  Burn,
  Send,
  IncreaseAllowance,
  DecreaseAllowance,
  TransferFrom,
  SendFrom,
  BurnFrom,
  Mint,
  UpdateMinter,
  UpdateMarketing,
  UploadLogo,
}

const EXECUTE_VARIANTS = [
  "transfer",
  "burn",
  "send",
  "increase_allowance",
  "decrease_allowance",
  "transfer_from",
  "send_from",
  "burn_from",
  "mint",
  "update_minter",
  "update_marketing",
  "upload_logo",
];
// field lists per variant (declaration order of the Rust enum)
const F_TRANSFER = ["recipient", "amount"];
const F_BURN = ["amount"];
const F_SEND = ["contract", "amount", "msg"];
const F_ALLOWANCE = ["spender", "amount", "expires"];
const F_TRANSFER_FROM = ["owner", "recipient", "amount"];
const F_SEND_FROM = ["owner", "contract", "amount", "msg"];
const F_BURN_FROM = ["owner", "amount"];
const F_MINT = ["recipient", "amount"];
const F_UPDATE_MINTER = ["new_minter"];
const F_UPDATE_MARKETING = ["project", "description", "marketing"];

/**
 * One execute message. Only the fields of its `kind` are meaningful:
 * owner/recipient/contract/spender are the address strings as sent (not yet validated).
 */
export class ExecuteMsg {
  kind: ExecuteKind = ExecuteKind.Transfer;
  recipient: string = "";
  contract: string = "";
  spender: string = "";
  owner: string = "";
  amount: Uint128 = Uint128.zero();
  msg: Binary = Binary.empty();
  expires: Expiration | null = null;
  newMinter: string | null = null;
  project: string | null = null;
  description: string | null = null;
  marketing: string | null = null;
  logo: Logo | null = null;

  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(EXECUTE_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return m;
    m.kind = <ExecuteKind>v;
    if (v == ExecuteKind.UploadLogo) {
      m.logo = Logo.readJson(r);
      r.endEnum();
      return m;
    }
    let fields: string[];
    let required: u64;
    switch (v) {
      case ExecuteKind.Transfer:
      case ExecuteKind.Mint:
        fields = F_TRANSFER;
        required = 0b11;
        break;
      case ExecuteKind.Burn:
        fields = F_BURN;
        required = 0b1;
        break;
      case ExecuteKind.Send:
        fields = F_SEND;
        required = 0b111;
        break;
      case ExecuteKind.IncreaseAllowance:
      case ExecuteKind.DecreaseAllowance:
        fields = F_ALLOWANCE;
        required = 0b011;
        break;
      case ExecuteKind.TransferFrom:
        fields = F_TRANSFER_FROM;
        required = 0b111;
        break;
      case ExecuteKind.SendFrom:
        fields = F_SEND_FROM;
        required = 0b1111;
        break;
      case ExecuteKind.BurnFrom:
        fields = F_BURN_FROM;
        required = 0b11;
        break;
      case ExecuteKind.UpdateMinter:
        fields = F_UPDATE_MINTER;
        required = 0;
        break;
      default:
        fields = F_UPDATE_MARKETING;
        required = 0;
        break;
    }
    const s = r.struct(fields);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (v) {
        case ExecuteKind.Transfer:
        case ExecuteKind.Mint:
          if (f == 0) m.recipient = r.readString();
          else m.amount = Uint128.readJson(r);
          break;
        case ExecuteKind.Burn:
          m.amount = Uint128.readJson(r);
          break;
        case ExecuteKind.Send:
          if (f == 0) m.contract = r.readString();
          else if (f == 1) m.amount = Uint128.readJson(r);
          else m.msg = Binary.readJson(r);
          break;
        case ExecuteKind.IncreaseAllowance:
        case ExecuteKind.DecreaseAllowance:
          if (f == 0) m.spender = r.readString();
          else if (f == 1) m.amount = Uint128.readJson(r);
          else m.expires = readOptExpiration(r);
          break;
        case ExecuteKind.TransferFrom:
          if (f == 0) m.owner = r.readString();
          else if (f == 1) m.recipient = r.readString();
          else m.amount = Uint128.readJson(r);
          break;
        case ExecuteKind.SendFrom:
          if (f == 0) m.owner = r.readString();
          else if (f == 1) m.contract = r.readString();
          else if (f == 2) m.amount = Uint128.readJson(r);
          else m.msg = Binary.readJson(r);
          break;
        case ExecuteKind.BurnFrom:
          if (f == 0) m.owner = r.readString();
          else m.amount = Uint128.readJson(r);
          break;
        case ExecuteKind.UpdateMinter:
          m.newMinter = readOptString(r);
          break;
        default:
          if (f == 0) m.project = readOptString(r);
          else if (f == 1) m.description = readOptString(r);
          else m.marketing = readOptString(r);
      }
    }
    s.end(required);
    r.endEnum();
    return m;
  }
}

/** `{"receive": {"sender", "amount", "msg"}}`: the message a `send` delivers to the contract. */
export function receiveMsgJson(sender: string, amount: Uint128, msg: Binary): Binary {
  const w = new JsonWriter(128);
  w.beginObject().key("receive").beginObject();
  w.key("sender").string(sender);
  w.key("amount");
  amount.writeJson(w);
  w.key("msg");
  msg.writeJson(w);
  w.endObject().endObject();
  return new Binary(w.toBytes());
}

// ---------------------------------------------------------------- QueryMsg

export enum QueryKind {
  Balance,
  TokenInfo,
  Minter,
  Allowance,
  AllAllowances,
  AllSpenderAllowances,
  AllAccounts,
  MarketingInfo,
  DownloadLogo,
}
const QUERY_VARIANTS = [
  "balance",
  "token_info",
  "minter",
  "allowance",
  "all_allowances",
  "all_spender_allowances",
  "all_accounts",
  "marketing_info",
  "download_logo",
];
const Q_BALANCE = ["address"];
const Q_ALLOWANCE = ["owner", "spender"];
const Q_ALL_ALLOWANCES = ["owner", "start_after", "limit"];
const Q_ALL_SPENDER = ["spender", "start_after", "limit"];
const Q_ALL_ACCOUNTS = ["start_after", "limit"];

export class QueryMsg {
  kind: QueryKind = QueryKind.Balance;
  address: string = "";
  owner: string = "";
  spender: string = "";
  startAfter: string | null = null;
  hasLimit: bool = false;
  limit: u32 = 0;

  static readJson(r: JsonReader): QueryMsg {
    const m = new QueryMsg();
    const v = r.beginEnum(QUERY_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return m;
    m.kind = <QueryKind>v;
    let fields: string[];
    let required: u64 = 0;
    switch (v) {
      case QueryKind.Balance:
        fields = Q_BALANCE;
        required = 0b1;
        break;
      case QueryKind.Allowance:
        fields = Q_ALLOWANCE;
        required = 0b11;
        break;
      case QueryKind.AllAllowances:
        fields = Q_ALL_ALLOWANCES;
        required = 0b1;
        break;
      case QueryKind.AllSpenderAllowances:
        fields = Q_ALL_SPENDER;
        required = 0b1;
        break;
      case QueryKind.AllAccounts:
        fields = Q_ALL_ACCOUNTS;
        break;
      default:
        fields = NO_FIELDS;
        break;
    }
    const s = r.struct(fields);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (v) {
        case QueryKind.Balance:
          m.address = r.readString();
          break;
        case QueryKind.Allowance:
          if (f == 0) m.owner = r.readString();
          else m.spender = r.readString();
          break;
        case QueryKind.AllAllowances:
        case QueryKind.AllSpenderAllowances:
        case QueryKind.AllAccounts: {
          // the first field of AllAllowances/AllSpenderAllowances is the address
          const k = v == QueryKind.AllAccounts ? f + 1 : f;
          if (k == 0) {
            if (v == QueryKind.AllAllowances) m.owner = r.readString();
            else m.spender = r.readString();
          } else if (k == 1) m.startAfter = readOptString(r);
          else if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
        }
        default:
          r.skipValue();
      }
    }
    s.end(required);
    r.endEnum();
    return m;
  }
}

/** `MigrateMsg {}`: a plain serde struct (unknown fields are ignored). */
export class MigrateMsg {
  static readJson(r: JsonReader): MigrateMsg {
    r.struct(NO_FIELDS, false).end(0);
    return new MigrateMsg();
  }
}

// ---------------------------------------------------------------- query answers

export class BalanceResponse {
  constructor(public balance: Uint128) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("balance");
    this.balance.writeJson(w);
    w.endObject();
  }
}

export class TokenInfoResponse {
  constructor(
    public name: string,
    public symbol: string,
    public decimals: u8,
    public totalSupply: Uint128,
  ) {}
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("name").string(this.name);
    w.key("symbol").string(this.symbol);
    w.key("decimals").u32(this.decimals);
    w.key("total_supply");
    this.totalSupply.writeJson(w);
    w.endObject();
  }
}

/** `Option<MinterResponse>`: null or the minter. */
export class MinterAnswer {
  constructor(public minter: MinterResponse | null) {}
  writeJson(w: JsonWriter): void {
    const m = this.minter;
    if (m === null) w.nullValue();
    else m.writeJson(w);
  }
}

const ALLOWANCE_FIELDS = ["allowance", "expires"];
/** Stored per (owner, spender) and returned by the `allowance` query. */
export class AllowanceResponse {
  allowance: Uint128 = Uint128.zero();
  expires: Expiration = Expiration.never();
  static readJson(r: JsonReader): AllowanceResponse {
    const a = new AllowanceResponse();
    const s = r.struct(ALLOWANCE_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) a.allowance = Uint128.readJson(r);
      else a.expires = Expiration.readJson(r);
    }
    s.end(0b11);
    return a;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("allowance");
    this.allowance.writeJson(w);
    w.key("expires");
    this.expires.writeJson(w);
    w.endObject();
  }
}

/** One entry of all_allowances (`spender`) or all_spender_allowances (`owner`). */
export class AllowanceInfo {
  constructor(
    public addressKey: string,
    public address: string,
    public allowance: Uint128,
    public expires: Expiration,
  ) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key(this.addressKey).string(this.address).key("allowance");
    this.allowance.writeJson(w);
    w.key("expires");
    this.expires.writeJson(w);
    w.endObject();
  }
}

export class AllAllowancesResponse {
  constructor(public allowances: AllowanceInfo[]) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("allowances").beginArray();
    for (let i = 0; i < this.allowances.length; i++) this.allowances[i].writeJson(w);
    w.endArray().endObject();
  }
}

export class AllAccountsResponse {
  constructor(public accounts: string[]) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("accounts").beginArray();
    for (let i = 0; i < this.accounts.length; i++) w.string(this.accounts[i]);
    w.endArray().endObject();
  }
}

const MARKETING_INFO_FIELDS = ["project", "description", "logo", "marketing"];
/** Stored as MARKETING_INFO and returned by `marketing_info`. */
export class MarketingInfoResponse {
  project: string | null = null;
  description: string | null = null;
  logo: LogoInfo | null = null;
  marketing: string | null = null;

  static readJson(r: JsonReader): MarketingInfoResponse {
    const m = new MarketingInfoResponse();
    const s = r.struct(MARKETING_INFO_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.project = readOptString(r);
      else if (f == 1) m.description = readOptString(r);
      else if (f == 2) m.logo = r.readNull() ? null : LogoInfo.readJson(r);
      else m.marketing = readOptString(r);
    }
    s.end(0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("project");
    writeOptString(w, this.project);
    w.key("description");
    writeOptString(w, this.description);
    w.key("logo");
    const l = this.logo;
    if (l === null) w.nullValue();
    else l.writeJson(w);
    w.key("marketing");
    writeOptString(w, this.marketing);
    w.endObject();
  }
}

export class DownloadLogoResponse {
  constructor(
    public mimeType: string,
    public data: Binary,
  ) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("mime_type").string(this.mimeType).key("data");
    this.data.writeJson(w);
    w.endObject();
  }
}

