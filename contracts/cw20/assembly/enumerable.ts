/** The enumerable extension: all_allowances, all_spender_allowances, all_accounts (paged). */
import { Deps, Result, ok, $try, Binary, Bound, Order, toJsonBinary, utf8, keyToString } from "../../std/assembly";
import {
  AllowanceInfo,
  AllAllowancesResponse,
  SpenderAllowanceInfo,
  AllSpenderAllowancesResponse,
  AllAccountsResponse,
  AllAllowancesQueryMsg,
  AllSpenderAllowancesQueryMsg,
  AllAccountsQueryMsg,
} from "./msg";
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

export function queryOwnerAllowances(deps: Deps, msg: AllAllowancesQueryMsg): Result<Binary> {
  const ownerAddr = $try(deps.api.addrValidate(msg.owner));
  const entries = ALLOWANCES.prefix<string>(ownerAddr)
    .range(deps.storage, startAfterBound(msg.startAfter), null, Order.Ascending, pageLimit(msg.hasLimit, msg.limit))
    .collect();
  const out = new Array<AllowanceInfo>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    out.push(new AllowanceInfo(keyToString(e.key), e.value.allowance, e.value.expires));
  }
  return ok(toJsonBinary(new AllAllowancesResponse(out)));
}

export function querySpenderAllowances(deps: Deps, msg: AllSpenderAllowancesQueryMsg): Result<Binary> {
  const spenderAddr = $try(deps.api.addrValidate(msg.spender));
  const entries = ALLOWANCES_SPENDER.prefix<string>(spenderAddr)
    .range(deps.storage, startAfterBound(msg.startAfter), null, Order.Ascending, pageLimit(msg.hasLimit, msg.limit))
    .collect();
  const out = new Array<SpenderAllowanceInfo>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    out.push(new SpenderAllowanceInfo(keyToString(e.key), e.value.allowance, e.value.expires));
  }
  return ok(toJsonBinary(new AllSpenderAllowancesResponse(out)));
}

export function queryAllAccounts(deps: Deps, msg: AllAccountsQueryMsg): Result<Binary> {
  const keys = BALANCES.keys(deps.storage, startAfterBound(msg.startAfter), null, Order.Ascending, pageLimit(msg.hasLimit, msg.limit));
  const accounts = new Array<string>();
  for (let i = 0; i < keys.length; i++) accounts.push(keyToString(keys[i]));
  return ok(toJsonBinary(new AllAccountsResponse(accounts)));
}
