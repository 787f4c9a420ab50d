/**
 * cw20 state, with the storage keys and JSON of cw20-base 1.0.1 (so state written by either
 * implementation can be read by the other, e.g. across a migration). The record types are declared
 * in ../declare.ts.
 */
import { Item, Map, Uint128, Pair, Deps, Result, ok, $try } from "../../std/assembly";
import { Logo, MarketingInfoResponse, AllowanceResponse, TokenInfo, ContractVersion } from "./msg";

export const CONTRACT_INFO = new Item<ContractVersion>("contract_info", ContractVersion.readJson, "cw2::ContractVersion");
export const TOKEN_INFO = new Item<TokenInfo>("token_info", TokenInfo.readJson, "cw20_base::state::TokenInfo");
export const MARKETING_INFO = new Item<MarketingInfoResponse>("marketing_info", MarketingInfoResponse.readJson, "cw20::query::MarketingInfoResponse");
export const LOGO = new Item<Logo>("logo", Logo.readJson, "cw20::logo::Logo");
export const BALANCES = new Map<string, Uint128>("balance", Uint128.readJson, "cosmwasm_std::math::uint128::Uint128");
export const ALLOWANCES = new Map<Pair<string, string>, AllowanceResponse>("allowance", AllowanceResponse.readJson, "cw20::query::AllowanceResponse");
export const ALLOWANCES_SPENDER = new Map<Pair<string, string>, AllowanceResponse>("allowance_spender", AllowanceResponse.readJson, "cw20::query::AllowanceResponse");

/** The mint cap, if any (`TokenInfo::get_cap`). */
export function getCap(t: TokenInfo): Uint128 | null {
  const m = t.mint;
  return m === null ? null : m.cap;
}

/** `balance(addr) - amount`, saved; the error is `Overflow: Cannot Sub with <balance> and <amount>`. */
export function subBalance(deps: Deps, addr: string, amount: Uint128): Result<bool> {
  const key = BALANCES.key(addr);
  const cur = BALANCES.mayLoadAt(deps.storage, key);
  const next = $try((cur === null ? Uint128.zero() : cur).trySub(amount));
  BALANCES.saveAt(deps.storage, key, next);
  return ok(true);
}

/** `balance(addr) + amount`, saved; panics on overflow like Rust's `Uint128 + Uint128`. */
export function addBalance(deps: Deps, addr: string, amount: Uint128): void {
  const key = BALANCES.key(addr);
  const cur = BALANCES.mayLoadAt(deps.storage, key);
  BALANCES.saveAt(deps.storage, key, (cur === null ? Uint128.zero() : cur) + amount);
}

/** Moves `amount` from `from` to `to` (an already validated address); errors like `subBalance`. */
export function moveBalance(deps: Deps, from: string, to: string, amount: Uint128): Result<bool> {
  $try(subBalance(deps, from, amount));
  addBalance(deps, to, amount);
  return ok(true);
}

/** Burns `amount` of `from`'s tokens: lowers the balance, then the total supply. */
export function burnBalance(deps: Deps, from: string, amount: Uint128): Result<bool> {
  // lower balance
  $try(subBalance(deps, from, amount));
  // reduce total_supply
  const t = $try(TOKEN_INFO.load(deps.storage));
  t.totalSupply = $try(t.totalSupply.trySub(amount));
  TOKEN_INFO.save(deps.storage, t);
  return ok(true);
}
