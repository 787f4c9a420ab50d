/**
 * cw20 state, with the storage keys and JSON of cw20-base 1.0.1 (so state written by either
 * implementation can be read by the other, e.g. across a migration).
 */
import { Item, Map, JsonReader, JsonWriter, Uint128, Pair, Deps } from "../../std/assembly";
import { Logo, MarketingInfoResponse, AllowanceResponse } from "./msg";

const MINTER_DATA_FIELDS = ["minter", "cap"];
export class MinterData {
  constructor(
    public minter: string,
    /** How many tokens the total supply may reach by minting; null = unlimited. */
    public cap: Uint128 | null,
  ) {}
  static readJson(r: JsonReader): MinterData {
    const m = new MinterData("", null);
    const s = r.struct(MINTER_DATA_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.minter = r.readString();
      else m.cap = r.readNull() ? null : Uint128.readJson(r);
    }
    s.end(0b01);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("minter").string(this.minter).key("cap");
    const c = this.cap;
    if (c === null) w.nullValue();
    else c.writeJson(w);
    w.endObject();
  }
}

const TOKEN_INFO_FIELDS = ["name", "symbol", "decimals", "total_supply", "mint"];
export class TokenInfo {
  name: string = "";
  symbol: string = "";
  decimals: u8 = 0;
  totalSupply: Uint128 = Uint128.zero();
  mint: MinterData | null = null;

  getCap(): Uint128 | null {
    const m = this.mint;
    return m === null ? null : m.cap;
  }

  static readJson(r: JsonReader): TokenInfo {
    const t = new TokenInfo();
    const s = r.struct(TOKEN_INFO_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) t.name = r.readString();
      else if (f == 1) t.symbol = r.readString();
      else if (f == 2) t.decimals = r.readU8();
      else if (f == 3) t.totalSupply = Uint128.readJson(r);
      else t.mint = r.readNull() ? null : MinterData.readJson(r);
    }
    s.end(0b01111);
    return t;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("name").string(this.name);
    w.key("symbol").string(this.symbol);
    w.key("decimals").u32(this.decimals);
    w.key("total_supply");
    this.totalSupply.writeJson(w);
    w.key("mint");
    const m = this.mint;
    if (m === null) w.nullValue();
    else m.writeJson(w);
    w.endObject();
  }
}

const CONTRACT_VERSION_FIELDS = ["contract", "version"];
/** cw2 contract info, stored at the raw key `contract_info`. */
export class ContractVersion {
  constructor(
    public contract: string,
    public version: string,
  ) {}
  static readJson(r: JsonReader): ContractVersion {
    const c = new ContractVersion("", "");
    const s = r.struct(CONTRACT_VERSION_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) c.contract = r.readString();
      else c.version = r.readString();
    }
    s.end(0b11);
    return c;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("contract").string(this.contract).key("version").string(this.version).endObject();
  }
}

export const CONTRACT_INFO = new Item<ContractVersion>("contract_info", ContractVersion.readJson, "cw2::ContractVersion");
export const TOKEN_INFO = new Item<TokenInfo>("token_info", TokenInfo.readJson, "cw20_base::state::TokenInfo");
export const MARKETING_INFO = new Item<MarketingInfoResponse>(
  "marketing_info",
  MarketingInfoResponse.readJson,
  "cw20::query::MarketingInfoResponse",
);
export const LOGO = new Item<Logo>("logo", Logo.readJson, "cw20::logo::Logo");
export const BALANCES = new Map<string, Uint128>("balance", Uint128.readJson, "cosmwasm_std::math::uint128::Uint128");
export const ALLOWANCES = new Map<Pair<string, string>, AllowanceResponse>(
  "allowance",
  AllowanceResponse.readJson,
  "cw20::query::AllowanceResponse",
);
export const ALLOWANCES_SPENDER = new Map<Pair<string, string>, AllowanceResponse>(
  "allowance_spender",
  AllowanceResponse.readJson,
  "cw20::query::AllowanceResponse",
);

/** `balance(addr) - amount`, saved; the error is `Overflow: Cannot Sub with <balance> and <amount>`. */
export function subBalance(deps: Deps, addr: string, amount: Uint128): string | null {
  const key = BALANCES.key(addr);
  const cur = BALANCES.mayLoadAt(deps.storage, key);
  const next = (cur === null ? Uint128.zero() : cur).trySub(amount);
  if (next.isErr) return next.error;
  BALANCES.saveAt(deps.storage, key, next.value);
  return null;
}

/** `balance(addr) + amount`, saved; panics on overflow like Rust's `Uint128 + Uint128`. */
export function addBalance(deps: Deps, addr: string, amount: Uint128): void {
  const key = BALANCES.key(addr);
  const cur = BALANCES.mayLoadAt(deps.storage, key);
  BALANCES.saveAt(deps.storage, key, (cur === null ? Uint128.zero() : cur) + amount);
}


/** Moves `amount` from `from` to `to` (an already validated address); errors like `subBalance`. */
export function moveBalance(deps: Deps, from: string, to: string, amount: Uint128): string | null {
  const e = subBalance(deps, from, amount);
  if (e !== null) return e;
  addBalance(deps, to, amount);
  return null;
}

/** Burns `amount` of `from`'s tokens: lowers the balance, then the total supply. */
export function burnBalance(deps: Deps, from: string, amount: Uint128): string | null {
  // lower balance
  const e = subBalance(deps, from, amount);
  if (e !== null) return e;
  // reduce total_supply
  const token = TOKEN_INFO.load(deps.storage);
  if (token.isErr) return token.error;
  const t = token.value;
  const supply = t.totalSupply.trySub(amount);
  if (supply.isErr) return supply.error;
  t.totalSupply = supply.value;
  TOKEN_INFO.save(deps.storage, t);
  return null;
}
