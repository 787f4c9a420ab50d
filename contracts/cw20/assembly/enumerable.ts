/** The enumerable extension: all_allowances, all_spender_allowances, all_accounts (paged). */
import { Deps, Result, ok, Binary, Bound, Order, toJsonBinary, utf8, keyToString } from "../../std/assembly";
import { AllowanceInfo, AllAllowancesResponse, AllAccountsResponse } from "./msg";
import { ALLOWANCES, ALLOWANCES_SPENDER, BALANCES } from "./state";

// settings for pagination
const MAX_LIMIT: u32 = 30;
const DEFAULT_LIMIT: u32 = 10;

function pageLimit(hasLimit: bool, limit: u32): i32 {
  const l = hasLimit ? limit : DEFAULT_LIMIT;
  return <i32>(l < MAX_LIMIT ? l : MAX_LIMIT);
}

function startAfterBound(startAfter: string | null): Bound | null {
  return startAfter === null ? null : Bound.exclusiveRaw(utf8(startAfter));
}

export function queryOwnerAllowances(deps: Deps, owner: string, startAfter: string | null, hasLimit: bool, limit: u32): Result<Binary> {
  const ownerAddr = deps.api.addrValidate(owner);
  if (ownerAddr.isErr) return ownerAddr.castErr<Binary>();
  const entries = ALLOWANCES.prefix<string>(ownerAddr.value)
    .range(deps.storage, startAfterBound(startAfter), null, Order.Ascending, pageLimit(hasLimit, limit))
    .collect();
  const out = new Array<AllowanceInfo>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    out.push(new AllowanceInfo("spender", keyToString(e.key), e.value.allowance, e.value.expires));
  }
  return ok(toJsonBinary(new AllAllowancesResponse(out)));
}

export function querySpenderAllowances(deps: Deps, spender: string, startAfter: string | null, hasLimit: bool, limit: u32): Result<Binary> {
  const spenderAddr = deps.api.addrValidate(spender);
  if (spenderAddr.isErr) return spenderAddr.castErr<Binary>();
  const entries = ALLOWANCES_SPENDER.prefix<string>(spenderAddr.value)
    .range(deps.storage, startAfterBound(startAfter), null, Order.Ascending, pageLimit(hasLimit, limit))
    .collect();
  const out = new Array<AllowanceInfo>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    out.push(new AllowanceInfo("owner", keyToString(e.key), e.value.allowance, e.value.expires));
  }
  return ok(toJsonBinary(new AllAllowancesResponse(out)));
}

export function queryAllAccounts(deps: Deps, startAfter: string | null, hasLimit: bool, limit: u32): Result<Binary> {
  const keys = BALANCES.keys(deps.storage, startAfterBound(startAfter), null, Order.Ascending, pageLimit(hasLimit, limit));
  const accounts = new Array<string>();
  for (let i = 0; i < keys.length; i++) accounts.push(keyToString(keys[i]));
  return ok(toJsonBinary(new AllAccountsResponse(accounts)));
}
