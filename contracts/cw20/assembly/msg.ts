// Generated from contracts/cw20/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../std/assembly";
import { ContractVersion } from "../../common/assembly/types";
export { ContractVersion } from "../../common/assembly/types";
import { readOptAddr, readOptString, readOptUint128, readVecString, writeOptAddr, writeOptString, writeOptUint128, writeVecString } from "../../common/assembly/types";

function readOptLogo(r: JsonReader): Logo | null {
  if (r.readNull()) return null;
  return Logo.readJson(r);
}

function writeOptLogo(w: JsonWriter, v: Logo | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Logo>(v).writeJson(w);
}

function readVecCw20Coin(r: JsonReader): Cw20Coin[] {
  const a = new Array<Cw20Coin>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Cw20Coin.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecCw20Coin(w: JsonWriter, a: Cw20Coin[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readOptMinterResponse(r: JsonReader): MinterResponse | null {
  if (r.readNull()) return null;
  return MinterResponse.readJson(r);
}

function writeOptMinterResponse(w: JsonWriter, v: MinterResponse | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<MinterResponse>(v).writeJson(w);
}

function readOptInstantiateMarketingInfo(r: JsonReader): InstantiateMarketingInfo | null {
  if (r.readNull()) return null;
  return InstantiateMarketingInfo.readJson(r);
}

function writeOptInstantiateMarketingInfo(w: JsonWriter, v: InstantiateMarketingInfo | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<InstantiateMarketingInfo>(v).writeJson(w);
}

function readOptExpiration(r: JsonReader): Expiration | null {
  if (r.readNull()) return null;
  return Expiration.readJson(r);
}

function writeOptExpiration(w: JsonWriter, v: Expiration | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Expiration>(v).writeJson(w);
}

function readVecAllowanceInfo(r: JsonReader): AllowanceInfo[] {
  const a = new Array<AllowanceInfo>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(AllowanceInfo.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecAllowanceInfo(w: JsonWriter, a: AllowanceInfo[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecSpenderAllowanceInfo(r: JsonReader): SpenderAllowanceInfo[] {
  const a = new Array<SpenderAllowanceInfo>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(SpenderAllowanceInfo.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecSpenderAllowanceInfo(w: JsonWriter, a: SpenderAllowanceInfo[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readOptLogoInfo(r: JsonReader): LogoInfo | null {
  if (r.readNull()) return null;
  return LogoInfo.readJson(r);
}

function writeOptLogoInfo(w: JsonWriter, v: LogoInfo | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<LogoInfo>(v).writeJson(w);
}

function readOptMinterData(r: JsonReader): MinterData | null {
  if (r.readNull()) return null;
  return MinterData.readJson(r);
}

function writeOptMinterData(w: JsonWriter, v: MinterData | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<MinterData>(v).writeJson(w);
}

const Cw20Coin_FIELDS: string[] = ["address", "amount"];
export class Cw20Coin {
  constructor(
    public address: string = "",
    public amount: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): Cw20Coin {
    const m = changetype<Cw20Coin>(__new(offsetof<Cw20Coin>(), idof<Cw20Coin>()));
    const s = r.struct(Cw20Coin_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.address = r.readString();
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
    w.key("address");
    w.string(this.address);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const MinterResponse_FIELDS: string[] = ["minter", "cap"];
export class MinterResponse {
  constructor(
    public minter: string = "",
    public cap: Uint128 | null = null,
  ) {}
  static readJson(r: JsonReader): MinterResponse {
    const m = changetype<MinterResponse>(__new(offsetof<MinterResponse>(), idof<MinterResponse>()));
    const s = r.struct(MinterResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.minter = r.readString();
          break;
        case 1:
          m.cap = readOptUint128(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("minter");
    w.string(this.minter);
    w.key("cap");
    writeOptUint128(w, this.cap);
    w.endObject();
  }
}

export enum EmbeddedLogoKind {
  Svg,
  Png,
}
const EmbeddedLogo_VARIANTS: string[] = ["svg", "png"];
/** This is used to store the logo on the blockchain in an accepted format. Enforce maximum size of 5KB on all variants. */
export class EmbeddedLogo {
  constructor(public kind: EmbeddedLogoKind = 0) {}
  svg: Binary | null = null;
  png: Binary | null = null;
  static Svg(value: Binary): EmbeddedLogo {
    const m = new EmbeddedLogo(EmbeddedLogoKind.Svg);
    m.svg = value;
    return m;
  }
  static Png(value: Binary): EmbeddedLogo {
    const m = new EmbeddedLogo(EmbeddedLogoKind.Png);
    m.png = value;
    return m;
  }
  static readJson(r: JsonReader): EmbeddedLogo {
    const m = new EmbeddedLogo();
    const v = r.beginEnum(EmbeddedLogo_VARIANTS);
    if (v < 0) return m;
    m.kind = <EmbeddedLogoKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.svg = Binary.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.png = Binary.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case EmbeddedLogoKind.Svg:
        w.beginObject().key("svg");
        changetype<Binary>(this.svg).writeJson(w);
        w.endObject();
        break;
      case EmbeddedLogoKind.Png:
        w.beginObject().key("png");
        changetype<Binary>(this.png).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum LogoKind {
  Url,
  Embedded,
}
const Logo_VARIANTS: string[] = ["url", "embedded"];
/** This is used for uploading logo data, or setting it in InstantiateData */
export class Logo {
  constructor(public kind: LogoKind = 0) {}
  url: string | null = null;
  embedded: EmbeddedLogo | null = null;
  static Url(value: string): Logo {
    const m = new Logo(LogoKind.Url);
    m.url = value;
    return m;
  }
  static Embedded(value: EmbeddedLogo): Logo {
    const m = new Logo(LogoKind.Embedded);
    m.embedded = value;
    return m;
  }
  static readJson(r: JsonReader): Logo {
    const m = new Logo();
    const v = r.beginEnum(Logo_VARIANTS);
    if (v < 0) return m;
    m.kind = <LogoKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.url = r.readString();
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.embedded = EmbeddedLogo.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case LogoKind.Url:
        w.beginObject().key("url");
        w.string(changetype<string>(this.url));
        w.endObject();
        break;
      case LogoKind.Embedded:
        w.beginObject().key("embedded");
        changetype<EmbeddedLogo>(this.embedded).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const InstantiateMarketingInfo_FIELDS: string[] = ["project", "description", "marketing", "logo"];
export class InstantiateMarketingInfo {
  constructor(
    public project: string | null = null,
    public description: string | null = null,
    public marketing: string | null = null,
    public logo: Logo | null = null,
  ) {}
  static readJson(r: JsonReader): InstantiateMarketingInfo {
    const m = changetype<InstantiateMarketingInfo>(__new(offsetof<InstantiateMarketingInfo>(), idof<InstantiateMarketingInfo>()));
    const s = r.struct(InstantiateMarketingInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.project = readOptString(r);
          break;
        case 1:
          m.description = readOptString(r);
          break;
        case 2:
          m.marketing = readOptString(r);
          break;
        case 3:
          m.logo = readOptLogo(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("project");
    writeOptString(w, this.project);
    w.key("description");
    writeOptString(w, this.description);
    w.key("marketing");
    writeOptString(w, this.marketing);
    w.key("logo");
    writeOptLogo(w, this.logo);
    w.endObject();
  }
}

const InstantiateMsg_FIELDS: string[] = ["name", "symbol", "decimals", "initial_balances", "mint", "marketing"];
export class InstantiateMsg {
  constructor(
    public name: string = "",
    public symbol: string = "",
    public decimals: u8 = 0,
    public initialBalances: Cw20Coin[] = new Array<Cw20Coin>(),
    public mint: MinterResponse | null = null,
    public marketing: InstantiateMarketingInfo | null = null,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type cw20_base::msg::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "cw20_base::msg::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.name = r.readString();
          break;
        case 1:
          m.symbol = r.readString();
          break;
        case 2:
          m.decimals = r.readU8();
          break;
        case 3:
          m.initialBalances = readVecCw20Coin(r);
          break;
        case 4:
          m.mint = readOptMinterResponse(r);
          break;
        case 5:
          m.marketing = readOptInstantiateMarketingInfo(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("name");
    w.string(this.name);
    w.key("symbol");
    w.string(this.symbol);
    w.key("decimals");
    w.u32(<u32>this.decimals);
    w.key("initial_balances");
    writeVecCw20Coin(w, this.initialBalances);
    w.key("mint");
    writeOptMinterResponse(w, this.mint);
    w.key("marketing");
    writeOptInstantiateMarketingInfo(w, this.marketing);
    w.endObject();
  }
}

const TransferExecuteMsg_FIELDS: string[] = ["recipient", "amount"];
export class TransferExecuteMsg {
  constructor(
    public recipient: string = "",
    public amount: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): TransferExecuteMsg {
    const m = changetype<TransferExecuteMsg>(__new(offsetof<TransferExecuteMsg>(), idof<TransferExecuteMsg>()));
    const s = r.struct(TransferExecuteMsg_FIELDS);
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

const BurnExecuteMsg_FIELDS: string[] = ["amount"];
export class BurnExecuteMsg {
  constructor(
    public amount: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): BurnExecuteMsg {
    const m = changetype<BurnExecuteMsg>(__new(offsetof<BurnExecuteMsg>(), idof<BurnExecuteMsg>()));
    const s = r.struct(BurnExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.amount = Uint128.readJson(r);
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

const SendExecuteMsg_FIELDS: string[] = ["contract", "amount", "msg"];
export class SendExecuteMsg {
  constructor(
    public contract: string = "",
    public amount: Uint128 = Uint128.zero(),
    public msg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): SendExecuteMsg {
    const m = changetype<SendExecuteMsg>(__new(offsetof<SendExecuteMsg>(), idof<SendExecuteMsg>()));
    const s = r.struct(SendExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
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
    w.key("contract");
    w.string(this.contract);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("msg");
    this.msg.writeJson(w);
    w.endObject();
  }
}

export enum ExpirationKind {
  AtHeight,
  AtTime,
  Never,
}
const Expiration_VARIANTS: string[] = ["at_height", "at_time", "never"];
const Expiration_NO_FIELDS: string[] = [];
/** Expiration represents a point in time when some event happens. It can compare with a BlockInfo and will return is_expired() == true once the condition is hit (and for every block in the future) */
export class Expiration {
  constructor(public kind: ExpirationKind = 0) {}
  atHeight: u64 = 0;
  atTime: Timestamp | null = null;
  static AtHeight(value: u64): Expiration {
    const m = new Expiration(ExpirationKind.AtHeight);
    m.atHeight = value;
    return m;
  }
  static AtTime(value: Timestamp): Expiration {
    const m = new Expiration(ExpirationKind.AtTime);
    m.atTime = value;
    return m;
  }
  static Never(): Expiration {
    return new Expiration(ExpirationKind.Never);
  }
  /** Parses a message (JSON); errors read `Error parsing into type cw_utils::expiration::Expiration: ...`. */
  static parse(bytes: Uint8Array): Result<Expiration> {
    return parseMsg<Expiration>(bytes, "cw_utils::expiration::Expiration", Expiration.readJson);
  }
  static readJson(r: JsonReader): Expiration {
    const m = new Expiration();
    const v = r.beginEnum(Expiration_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExpirationKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.atHeight = r.readU64();
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.atTime = Timestamp.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        r.struct(Expiration_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExpirationKind.AtHeight:
        w.beginObject().key("at_height");
        w.u64(this.atHeight);
        w.endObject();
        break;
      case ExpirationKind.AtTime:
        w.beginObject().key("at_time");
        changetype<Timestamp>(this.atTime).writeJson(w);
        w.endObject();
        break;
      case ExpirationKind.Never:
        w.beginObject().key("never").beginObject().endObject().endObject();
        break;
    }
  }
}

const IncreaseAllowanceExecuteMsg_FIELDS: string[] = ["spender", "amount", "expires"];
export class IncreaseAllowanceExecuteMsg {
  constructor(
    public spender: string = "",
    public amount: Uint128 = Uint128.zero(),
    public expires: Expiration | null = null,
  ) {}
  static readJson(r: JsonReader): IncreaseAllowanceExecuteMsg {
    const m = changetype<IncreaseAllowanceExecuteMsg>(__new(offsetof<IncreaseAllowanceExecuteMsg>(), idof<IncreaseAllowanceExecuteMsg>()));
    const s = r.struct(IncreaseAllowanceExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.spender = r.readString();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.expires = readOptExpiration(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("spender");
    w.string(this.spender);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("expires");
    writeOptExpiration(w, this.expires);
    w.endObject();
  }
}

const DecreaseAllowanceExecuteMsg_FIELDS: string[] = ["spender", "amount", "expires"];
export class DecreaseAllowanceExecuteMsg {
  constructor(
    public spender: string = "",
    public amount: Uint128 = Uint128.zero(),
    public expires: Expiration | null = null,
  ) {}
  static readJson(r: JsonReader): DecreaseAllowanceExecuteMsg {
    const m = changetype<DecreaseAllowanceExecuteMsg>(__new(offsetof<DecreaseAllowanceExecuteMsg>(), idof<DecreaseAllowanceExecuteMsg>()));
    const s = r.struct(DecreaseAllowanceExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.spender = r.readString();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.expires = readOptExpiration(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("spender");
    w.string(this.spender);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("expires");
    writeOptExpiration(w, this.expires);
    w.endObject();
  }
}

const TransferFromExecuteMsg_FIELDS: string[] = ["owner", "recipient", "amount"];
export class TransferFromExecuteMsg {
  constructor(
    public owner: string = "",
    public recipient: string = "",
    public amount: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): TransferFromExecuteMsg {
    const m = changetype<TransferFromExecuteMsg>(__new(offsetof<TransferFromExecuteMsg>(), idof<TransferFromExecuteMsg>()));
    const s = r.struct(TransferFromExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.recipient = r.readString();
          break;
        case 2:
          m.amount = Uint128.readJson(r);
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
    w.key("recipient");
    w.string(this.recipient);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const SendFromExecuteMsg_FIELDS: string[] = ["owner", "contract", "amount", "msg"];
export class SendFromExecuteMsg {
  constructor(
    public owner: string = "",
    public contract: string = "",
    public amount: Uint128 = Uint128.zero(),
    public msg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): SendFromExecuteMsg {
    const m = changetype<SendFromExecuteMsg>(__new(offsetof<SendFromExecuteMsg>(), idof<SendFromExecuteMsg>()));
    const s = r.struct(SendFromExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.contract = r.readString();
          break;
        case 2:
          m.amount = Uint128.readJson(r);
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
    w.key("contract");
    w.string(this.contract);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("msg");
    this.msg.writeJson(w);
    w.endObject();
  }
}

const BurnFromExecuteMsg_FIELDS: string[] = ["owner", "amount"];
export class BurnFromExecuteMsg {
  constructor(
    public owner: string = "",
    public amount: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): BurnFromExecuteMsg {
    const m = changetype<BurnFromExecuteMsg>(__new(offsetof<BurnFromExecuteMsg>(), idof<BurnFromExecuteMsg>()));
    const s = r.struct(BurnFromExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
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
    w.key("owner");
    w.string(this.owner);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const MintExecuteMsg_FIELDS: string[] = ["recipient", "amount"];
export class MintExecuteMsg {
  constructor(
    public recipient: string = "",
    public amount: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): MintExecuteMsg {
    const m = changetype<MintExecuteMsg>(__new(offsetof<MintExecuteMsg>(), idof<MintExecuteMsg>()));
    const s = r.struct(MintExecuteMsg_FIELDS);
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

const UpdateMinterExecuteMsg_FIELDS: string[] = ["new_minter"];
export class UpdateMinterExecuteMsg {
  constructor(
    public newMinter: string | null = null,
  ) {}
  static readJson(r: JsonReader): UpdateMinterExecuteMsg {
    const m = changetype<UpdateMinterExecuteMsg>(__new(offsetof<UpdateMinterExecuteMsg>(), idof<UpdateMinterExecuteMsg>()));
    const s = r.struct(UpdateMinterExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.newMinter = readOptString(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("new_minter");
    writeOptString(w, this.newMinter);
    w.endObject();
  }
}

const UpdateMarketingExecuteMsg_FIELDS: string[] = ["project", "description", "marketing"];
export class UpdateMarketingExecuteMsg {
  constructor(
    public project: string | null = null,
    public description: string | null = null,
    public marketing: string | null = null,
  ) {}
  static readJson(r: JsonReader): UpdateMarketingExecuteMsg {
    const m = changetype<UpdateMarketingExecuteMsg>(__new(offsetof<UpdateMarketingExecuteMsg>(), idof<UpdateMarketingExecuteMsg>()));
    const s = r.struct(UpdateMarketingExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.project = readOptString(r);
          break;
        case 1:
          m.description = readOptString(r);
          break;
        case 2:
          m.marketing = readOptString(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("project");
    writeOptString(w, this.project);
    w.key("description");
    writeOptString(w, this.description);
    w.key("marketing");
    writeOptString(w, this.marketing);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
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
const ExecuteMsg_VARIANTS: string[] = ["transfer", "burn", "send", "increase_allowance", "decrease_allowance", "transfer_from", "send_from", "burn_from", "mint", "update_minter", "update_marketing", "upload_logo"];
/** One of `transfer`, `burn`, `send`, `increase_allowance`, `decrease_allowance`, `transfer_from`, `send_from`, `burn_from`, `mint`, `update_minter`, `update_marketing`, `upload_logo`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  transfer: TransferExecuteMsg | null = null;
  burn: BurnExecuteMsg | null = null;
  send: SendExecuteMsg | null = null;
  increaseAllowance: IncreaseAllowanceExecuteMsg | null = null;
  decreaseAllowance: DecreaseAllowanceExecuteMsg | null = null;
  transferFrom: TransferFromExecuteMsg | null = null;
  sendFrom: SendFromExecuteMsg | null = null;
  burnFrom: BurnFromExecuteMsg | null = null;
  mint: MintExecuteMsg | null = null;
  updateMinter: UpdateMinterExecuteMsg | null = null;
  updateMarketing: UpdateMarketingExecuteMsg | null = null;
  uploadLogo: Logo | null = null;
  static Transfer(value: TransferExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Transfer);
    m.transfer = value;
    return m;
  }
  static Burn(value: BurnExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Burn);
    m.burn = value;
    return m;
  }
  static Send(value: SendExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Send);
    m.send = value;
    return m;
  }
  static IncreaseAllowance(value: IncreaseAllowanceExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.IncreaseAllowance);
    m.increaseAllowance = value;
    return m;
  }
  static DecreaseAllowance(value: DecreaseAllowanceExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.DecreaseAllowance);
    m.decreaseAllowance = value;
    return m;
  }
  static TransferFrom(value: TransferFromExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.TransferFrom);
    m.transferFrom = value;
    return m;
  }
  static SendFrom(value: SendFromExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.SendFrom);
    m.sendFrom = value;
    return m;
  }
  static BurnFrom(value: BurnFromExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.BurnFrom);
    m.burnFrom = value;
    return m;
  }
  static Mint(value: MintExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Mint);
    m.mint = value;
    return m;
  }
  static UpdateMinter(value: UpdateMinterExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.UpdateMinter);
    m.updateMinter = value;
    return m;
  }
  static UpdateMarketing(value: UpdateMarketingExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.UpdateMarketing);
    m.updateMarketing = value;
    return m;
  }
  static UploadLogo(value: Logo): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.UploadLogo);
    m.uploadLogo = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type cw20::msg::Cw20ExecuteMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "cw20::msg::Cw20ExecuteMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.transfer = TransferExecuteMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.burn = BurnExecuteMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.send = SendExecuteMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.increaseAllowance = IncreaseAllowanceExecuteMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.decreaseAllowance = DecreaseAllowanceExecuteMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.transferFrom = TransferFromExecuteMsg.readJson(r);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.sendFrom = SendFromExecuteMsg.readJson(r);
        break;
      case 7:
        if (!r.expectPayloadVariant()) return m;
        m.burnFrom = BurnFromExecuteMsg.readJson(r);
        break;
      case 8:
        if (!r.expectPayloadVariant()) return m;
        m.mint = MintExecuteMsg.readJson(r);
        break;
      case 9:
        if (!r.expectPayloadVariant()) return m;
        m.updateMinter = UpdateMinterExecuteMsg.readJson(r);
        break;
      case 10:
        if (!r.expectPayloadVariant()) return m;
        m.updateMarketing = UpdateMarketingExecuteMsg.readJson(r);
        break;
      case 11:
        if (!r.expectPayloadVariant()) return m;
        m.uploadLogo = Logo.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.Transfer:
        w.beginObject().key("transfer");
        changetype<TransferExecuteMsg>(this.transfer).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Burn:
        w.beginObject().key("burn");
        changetype<BurnExecuteMsg>(this.burn).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Send:
        w.beginObject().key("send");
        changetype<SendExecuteMsg>(this.send).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.IncreaseAllowance:
        w.beginObject().key("increase_allowance");
        changetype<IncreaseAllowanceExecuteMsg>(this.increaseAllowance).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.DecreaseAllowance:
        w.beginObject().key("decrease_allowance");
        changetype<DecreaseAllowanceExecuteMsg>(this.decreaseAllowance).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.TransferFrom:
        w.beginObject().key("transfer_from");
        changetype<TransferFromExecuteMsg>(this.transferFrom).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.SendFrom:
        w.beginObject().key("send_from");
        changetype<SendFromExecuteMsg>(this.sendFrom).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.BurnFrom:
        w.beginObject().key("burn_from");
        changetype<BurnFromExecuteMsg>(this.burnFrom).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Mint:
        w.beginObject().key("mint");
        changetype<MintExecuteMsg>(this.mint).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.UpdateMinter:
        w.beginObject().key("update_minter");
        changetype<UpdateMinterExecuteMsg>(this.updateMinter).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.UpdateMarketing:
        w.beginObject().key("update_marketing");
        changetype<UpdateMarketingExecuteMsg>(this.updateMarketing).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.UploadLogo:
        w.beginObject().key("upload_logo");
        changetype<Logo>(this.uploadLogo).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const BalanceQueryMsg_FIELDS: string[] = ["address"];
export class BalanceQueryMsg {
  constructor(
    public address: string = "",
  ) {}
  static readJson(r: JsonReader): BalanceQueryMsg {
    const m = changetype<BalanceQueryMsg>(__new(offsetof<BalanceQueryMsg>(), idof<BalanceQueryMsg>()));
    const s = r.struct(BalanceQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.address = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("address");
    w.string(this.address);
    w.endObject();
  }
}

const AllowanceQueryMsg_FIELDS: string[] = ["owner", "spender"];
export class AllowanceQueryMsg {
  constructor(
    public owner: string = "",
    public spender: string = "",
  ) {}
  static readJson(r: JsonReader): AllowanceQueryMsg {
    const m = changetype<AllowanceQueryMsg>(__new(offsetof<AllowanceQueryMsg>(), idof<AllowanceQueryMsg>()));
    const s = r.struct(AllowanceQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.spender = r.readString();
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
    w.key("spender");
    w.string(this.spender);
    w.endObject();
  }
}

const AllAllowancesQueryMsg_FIELDS: string[] = ["owner", "start_after", "limit"];
export class AllAllowancesQueryMsg {
  constructor(
    public owner: string = "",
    public startAfter: string | null = null,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): AllAllowancesQueryMsg {
    const m = changetype<AllAllowancesQueryMsg>(__new(offsetof<AllAllowancesQueryMsg>(), idof<AllAllowancesQueryMsg>()));
    const s = r.struct(AllAllowancesQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
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
    w.key("owner");
    w.string(this.owner);
    w.key("start_after");
    writeOptString(w, this.startAfter);
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

const AllSpenderAllowancesQueryMsg_FIELDS: string[] = ["spender", "start_after", "limit"];
export class AllSpenderAllowancesQueryMsg {
  constructor(
    public spender: string = "",
    public startAfter: string | null = null,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): AllSpenderAllowancesQueryMsg {
    const m = changetype<AllSpenderAllowancesQueryMsg>(__new(offsetof<AllSpenderAllowancesQueryMsg>(), idof<AllSpenderAllowancesQueryMsg>()));
    const s = r.struct(AllSpenderAllowancesQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.spender = r.readString();
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
    w.key("spender");
    w.string(this.spender);
    w.key("start_after");
    writeOptString(w, this.startAfter);
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

const AllAccountsQueryMsg_FIELDS: string[] = ["start_after", "limit"];
export class AllAccountsQueryMsg {
  constructor(
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

export enum QueryMsgKind {
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
const QueryMsg_VARIANTS: string[] = ["balance", "token_info", "minter", "allowance", "all_allowances", "all_spender_allowances", "all_accounts", "marketing_info", "download_logo"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `balance`, `token_info`, `minter`, `allowance`, `all_allowances`, `all_spender_allowances`, `all_accounts`, `marketing_info`, `download_logo`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  balance: BalanceQueryMsg | null = null;
  allowance: AllowanceQueryMsg | null = null;
  allAllowances: AllAllowancesQueryMsg | null = null;
  allSpenderAllowances: AllSpenderAllowancesQueryMsg | null = null;
  allAccounts: AllAccountsQueryMsg | null = null;
  static Balance(value: BalanceQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Balance);
    m.balance = value;
    return m;
  }
  static TokenInfo(): QueryMsg {
    return new QueryMsg(QueryMsgKind.TokenInfo);
  }
  static Minter(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Minter);
  }
  static Allowance(value: AllowanceQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Allowance);
    m.allowance = value;
    return m;
  }
  static AllAllowances(value: AllAllowancesQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.AllAllowances);
    m.allAllowances = value;
    return m;
  }
  static AllSpenderAllowances(value: AllSpenderAllowancesQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.AllSpenderAllowances);
    m.allSpenderAllowances = value;
    return m;
  }
  static AllAccounts(value: AllAccountsQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.AllAccounts);
    m.allAccounts = value;
    return m;
  }
  static MarketingInfo(): QueryMsg {
    return new QueryMsg(QueryMsgKind.MarketingInfo);
  }
  static DownloadLogo(): QueryMsg {
    return new QueryMsg(QueryMsgKind.DownloadLogo);
  }
  /** Parses a message (JSON); errors read `Error parsing into type cw20_base::msg::QueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "cw20_base::msg::QueryMsg", QueryMsg.readJson);
  }
  static readJson(r: JsonReader): QueryMsg {
    const m = new QueryMsg();
    const v = r.beginEnum(QueryMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <QueryMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.balance = BalanceQueryMsg.readJson(r);
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
        m.allowance = AllowanceQueryMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.allAllowances = AllAllowancesQueryMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.allSpenderAllowances = AllSpenderAllowancesQueryMsg.readJson(r);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.allAccounts = AllAccountsQueryMsg.readJson(r);
        break;
      case 7:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
      case 8:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case QueryMsgKind.Balance:
        w.beginObject().key("balance");
        changetype<BalanceQueryMsg>(this.balance).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.TokenInfo:
        w.beginObject().key("token_info").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.Minter:
        w.beginObject().key("minter").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.Allowance:
        w.beginObject().key("allowance");
        changetype<AllowanceQueryMsg>(this.allowance).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.AllAllowances:
        w.beginObject().key("all_allowances");
        changetype<AllAllowancesQueryMsg>(this.allAllowances).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.AllSpenderAllowances:
        w.beginObject().key("all_spender_allowances");
        changetype<AllSpenderAllowancesQueryMsg>(this.allSpenderAllowances).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.AllAccounts:
        w.beginObject().key("all_accounts");
        changetype<AllAccountsQueryMsg>(this.allAccounts).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.MarketingInfo:
        w.beginObject().key("marketing_info").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.DownloadLogo:
        w.beginObject().key("download_logo").beginObject().endObject().endObject();
        break;
    }
  }
}

const MigrateMsg_FIELDS: string[] = [];
export class MigrateMsg {
  constructor() {}
  /** Parses a message (JSON); errors read `Error parsing into type cw20_base::msg::MigrateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<MigrateMsg> {
    return parseMsg<MigrateMsg>(bytes, "cw20_base::msg::MigrateMsg", MigrateMsg.readJson);
  }
  static readJson(r: JsonReader): MigrateMsg {
    const m = changetype<MigrateMsg>(__new(offsetof<MigrateMsg>(), idof<MigrateMsg>()));
    r.struct(MigrateMsg_FIELDS, false).end(0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.endObject();
  }
}

const BalanceResponse_FIELDS: string[] = ["balance"];
export class BalanceResponse {
  constructor(
    public balance: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): BalanceResponse {
    const m = changetype<BalanceResponse>(__new(offsetof<BalanceResponse>(), idof<BalanceResponse>()));
    const s = r.struct(BalanceResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.balance = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("balance");
    this.balance.writeJson(w);
    w.endObject();
  }
}

const TokenInfoResponse_FIELDS: string[] = ["name", "symbol", "decimals", "total_supply"];
export class TokenInfoResponse {
  constructor(
    public name: string = "",
    public symbol: string = "",
    public decimals: u8 = 0,
    public totalSupply: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): TokenInfoResponse {
    const m = changetype<TokenInfoResponse>(__new(offsetof<TokenInfoResponse>(), idof<TokenInfoResponse>()));
    const s = r.struct(TokenInfoResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.name = r.readString();
          break;
        case 1:
          m.symbol = r.readString();
          break;
        case 2:
          m.decimals = r.readU8();
          break;
        case 3:
          m.totalSupply = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("name");
    w.string(this.name);
    w.key("symbol");
    w.string(this.symbol);
    w.key("decimals");
    w.u32(<u32>this.decimals);
    w.key("total_supply");
    this.totalSupply.writeJson(w);
    w.endObject();
  }
}

const AllowanceResponse_FIELDS: string[] = ["allowance", "expires"];
export class AllowanceResponse {
  constructor(
    public allowance: Uint128 = Uint128.zero(),
    public expires: Expiration = new Expiration(),
  ) {}
  static readJson(r: JsonReader): AllowanceResponse {
    const m = changetype<AllowanceResponse>(__new(offsetof<AllowanceResponse>(), idof<AllowanceResponse>()));
    const s = r.struct(AllowanceResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.allowance = Uint128.readJson(r);
          break;
        case 1:
          m.expires = Expiration.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("allowance");
    this.allowance.writeJson(w);
    w.key("expires");
    this.expires.writeJson(w);
    w.endObject();
  }
}

const AllowanceInfo_FIELDS: string[] = ["spender", "allowance", "expires"];
export class AllowanceInfo {
  constructor(
    public spender: string = "",
    public allowance: Uint128 = Uint128.zero(),
    public expires: Expiration = new Expiration(),
  ) {}
  static readJson(r: JsonReader): AllowanceInfo {
    const m = changetype<AllowanceInfo>(__new(offsetof<AllowanceInfo>(), idof<AllowanceInfo>()));
    const s = r.struct(AllowanceInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.spender = r.readString();
          break;
        case 1:
          m.allowance = Uint128.readJson(r);
          break;
        case 2:
          m.expires = Expiration.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("spender");
    w.string(this.spender);
    w.key("allowance");
    this.allowance.writeJson(w);
    w.key("expires");
    this.expires.writeJson(w);
    w.endObject();
  }
}

const AllAllowancesResponse_FIELDS: string[] = ["allowances"];
export class AllAllowancesResponse {
  constructor(
    public allowances: AllowanceInfo[] = new Array<AllowanceInfo>(),
  ) {}
  static readJson(r: JsonReader): AllAllowancesResponse {
    const m = changetype<AllAllowancesResponse>(__new(offsetof<AllAllowancesResponse>(), idof<AllAllowancesResponse>()));
    const s = r.struct(AllAllowancesResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.allowances = readVecAllowanceInfo(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("allowances");
    writeVecAllowanceInfo(w, this.allowances);
    w.endObject();
  }
}

const SpenderAllowanceInfo_FIELDS: string[] = ["owner", "allowance", "expires"];
export class SpenderAllowanceInfo {
  constructor(
    public owner: string = "",
    public allowance: Uint128 = Uint128.zero(),
    public expires: Expiration = new Expiration(),
  ) {}
  static readJson(r: JsonReader): SpenderAllowanceInfo {
    const m = changetype<SpenderAllowanceInfo>(__new(offsetof<SpenderAllowanceInfo>(), idof<SpenderAllowanceInfo>()));
    const s = r.struct(SpenderAllowanceInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.allowance = Uint128.readJson(r);
          break;
        case 2:
          m.expires = Expiration.readJson(r);
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
    w.key("allowance");
    this.allowance.writeJson(w);
    w.key("expires");
    this.expires.writeJson(w);
    w.endObject();
  }
}

const AllSpenderAllowancesResponse_FIELDS: string[] = ["allowances"];
export class AllSpenderAllowancesResponse {
  constructor(
    public allowances: SpenderAllowanceInfo[] = new Array<SpenderAllowanceInfo>(),
  ) {}
  static readJson(r: JsonReader): AllSpenderAllowancesResponse {
    const m = changetype<AllSpenderAllowancesResponse>(__new(offsetof<AllSpenderAllowancesResponse>(), idof<AllSpenderAllowancesResponse>()));
    const s = r.struct(AllSpenderAllowancesResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.allowances = readVecSpenderAllowanceInfo(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("allowances");
    writeVecSpenderAllowanceInfo(w, this.allowances);
    w.endObject();
  }
}

const AllAccountsResponse_FIELDS: string[] = ["accounts"];
export class AllAccountsResponse {
  constructor(
    public accounts: string[] = new Array<string>(),
  ) {}
  static readJson(r: JsonReader): AllAccountsResponse {
    const m = changetype<AllAccountsResponse>(__new(offsetof<AllAccountsResponse>(), idof<AllAccountsResponse>()));
    const s = r.struct(AllAccountsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.accounts = readVecString(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("accounts");
    writeVecString(w, this.accounts);
    w.endObject();
  }
}

export enum LogoInfoKind {
  Url,
  Embedded,
}
const LogoInfo_VARIANTS: string[] = ["url", "embedded"];
/** This is used to display logo info, provide a link or inform there is one that can be downloaded from the blockchain itself */
export class LogoInfo {
  constructor(public kind: LogoInfoKind = 0) {}
  url: string | null = null;
  static Url(value: string): LogoInfo {
    const m = new LogoInfo(LogoInfoKind.Url);
    m.url = value;
    return m;
  }
  static Embedded(): LogoInfo {
    return new LogoInfo(LogoInfoKind.Embedded);
  }
  static readJson(r: JsonReader): LogoInfo {
    const m = new LogoInfo();
    const v = r.beginEnum(LogoInfo_VARIANTS);
    if (v < 0) return m;
    m.kind = <LogoInfoKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.url = r.readString();
        break;
      case 1:
        if (r.enumIsUnit) return m;
        r.readUnit();
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case LogoInfoKind.Url:
        w.beginObject().key("url");
        w.string(changetype<string>(this.url));
        w.endObject();
        break;
      case LogoInfoKind.Embedded:
        w.stringAscii("embedded");
        break;
    }
  }
}

const MarketingInfoResponse_FIELDS: string[] = ["project", "description", "logo", "marketing"];
export class MarketingInfoResponse {
  constructor(
    public project: string | null = null,
    public description: string | null = null,
    public logo: LogoInfo | null = null,
    public marketing: string | null = null,
  ) {}
  static readJson(r: JsonReader): MarketingInfoResponse {
    const m = changetype<MarketingInfoResponse>(__new(offsetof<MarketingInfoResponse>(), idof<MarketingInfoResponse>()));
    const s = r.struct(MarketingInfoResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.project = readOptString(r);
          break;
        case 1:
          m.description = readOptString(r);
          break;
        case 2:
          m.logo = readOptLogoInfo(r);
          break;
        case 3:
          m.marketing = readOptAddr(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("project");
    writeOptString(w, this.project);
    w.key("description");
    writeOptString(w, this.description);
    w.key("logo");
    writeOptLogoInfo(w, this.logo);
    w.key("marketing");
    writeOptAddr(w, this.marketing);
    w.endObject();
  }
}

const DownloadLogoResponse_FIELDS: string[] = ["mime_type", "data"];
export class DownloadLogoResponse {
  constructor(
    public mimeType: string = "",
    public data: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): DownloadLogoResponse {
    const m = changetype<DownloadLogoResponse>(__new(offsetof<DownloadLogoResponse>(), idof<DownloadLogoResponse>()));
    const s = r.struct(DownloadLogoResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.mimeType = r.readString();
          break;
        case 1:
          m.data = Binary.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("mime_type");
    w.string(this.mimeType);
    w.key("data");
    this.data.writeJson(w);
    w.endObject();
  }
}

const Cw20ReceiveMsg_FIELDS: string[] = ["sender", "amount", "msg"];
export class Cw20ReceiveMsg {
  constructor(
    public sender: string = "",
    public amount: Uint128 = Uint128.zero(),
    public msg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): Cw20ReceiveMsg {
    const m = changetype<Cw20ReceiveMsg>(__new(offsetof<Cw20ReceiveMsg>(), idof<Cw20ReceiveMsg>()));
    const s = r.struct(Cw20ReceiveMsg_FIELDS);
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

export enum ReceiverExecuteMsgKind {
  Receive,
}
const ReceiverExecuteMsg_VARIANTS: string[] = ["receive"];
/** One of `receive`; only the payload of `kind` is set. */
export class ReceiverExecuteMsg {
  constructor(public kind: ReceiverExecuteMsgKind = 0) {}
  receive: Cw20ReceiveMsg | null = null;
  static Receive(value: Cw20ReceiveMsg): ReceiverExecuteMsg {
    const m = new ReceiverExecuteMsg(ReceiverExecuteMsgKind.Receive);
    m.receive = value;
    return m;
  }
  static readJson(r: JsonReader): ReceiverExecuteMsg {
    const m = new ReceiverExecuteMsg();
    const v = r.beginEnum(ReceiverExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ReceiverExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.receive = Cw20ReceiveMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ReceiverExecuteMsgKind.Receive:
        w.beginObject().key("receive");
        changetype<Cw20ReceiveMsg>(this.receive).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const MinterData_FIELDS: string[] = ["minter", "cap"];
export class MinterData {
  constructor(
    public minter: string = "",
    public cap: Uint128 | null = null,
  ) {}
  static readJson(r: JsonReader): MinterData {
    const m = changetype<MinterData>(__new(offsetof<MinterData>(), idof<MinterData>()));
    const s = r.struct(MinterData_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.minter = r.readString();
          break;
        case 1:
          m.cap = readOptUint128(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("minter");
    w.string(this.minter);
    w.key("cap");
    writeOptUint128(w, this.cap);
    w.endObject();
  }
}

const TokenInfo_FIELDS: string[] = ["name", "symbol", "decimals", "total_supply", "mint"];
export class TokenInfo {
  constructor(
    public name: string = "",
    public symbol: string = "",
    public decimals: u8 = 0,
    public totalSupply: Uint128 = Uint128.zero(),
    public mint: MinterData | null = null,
  ) {}
  static readJson(r: JsonReader): TokenInfo {
    const m = changetype<TokenInfo>(__new(offsetof<TokenInfo>(), idof<TokenInfo>()));
    const s = r.struct(TokenInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.name = r.readString();
          break;
        case 1:
          m.symbol = r.readString();
          break;
        case 2:
          m.decimals = r.readU8();
          break;
        case 3:
          m.totalSupply = Uint128.readJson(r);
          break;
        case 4:
          m.mint = readOptMinterData(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("name");
    w.string(this.name);
    w.key("symbol");
    w.string(this.symbol);
    w.key("decimals");
    w.u32(<u32>this.decimals);
    w.key("total_supply");
    this.totalSupply.writeJson(w);
    w.key("mint");
    writeOptMinterData(w, this.mint);
    w.endObject();
  }
}
