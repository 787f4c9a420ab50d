/** The allowance extension: increase/decrease, transfer_from, send_from, burn_from, allowance query. */
import {
  Deps,
  Env,
  MessageInfo,
  Response,
  Result,
  ok,
  err,
  Binary,
  Uint128,
  WasmMsg,
  BlockInfo,
  Attribute,
  toJsonBinary,
  pair,
} from "../../std/assembly";
import { Expiration, AllowanceResponse, receiveMsgJson } from "./msg";
import { ALLOWANCES, ALLOWANCES_SPENDER, moveBalance, burnBalance } from "./state";
import * as E from "./error";

/** Sets a new expiration, if given; false (Invalid expiration) if it has already passed. */
function setExpires(val: AllowanceResponse, expires: Expiration | null, block: BlockInfo): bool {
  if (expires !== null) {
    if (expires.isExpired(block)) return false;
    val.expires = expires;
  }
  return true;
}

/** The increase_allowance update, applied to one of the two allowance maps. */
function increased(cur: AllowanceResponse | null, amount: Uint128, expires: Expiration | null, block: BlockInfo): Result<AllowanceResponse> {
  const val = cur === null ? new AllowanceResponse() : cur;
  if (!setExpires(val, expires, block)) return err<AllowanceResponse>(E.INVALID_EXPIRATION);
  val.allowance = val.allowance + amount;
  return ok(val);
}

/** The spender of increase/decrease_allowance, validated; it may not be the sender. */
function validSpender(deps: Deps, info: MessageInfo, spender: string): Result<string> {
  const addr = deps.api.addrValidate(spender);
  if (addr.isErr) return addr;
  if (addr.value == info.sender) return err<string>(E.CANNOT_SET_OWN_ACCOUNT);
  return addr;
}

/** The answer of increase/decrease_allowance. */
function allowanceChanged(action: string, info: MessageInfo, spender: string, amount: Uint128): Result<Response> {
  return ok(
    Response.new().addAttributes([
      new Attribute("action", action),
      new Attribute("owner", info.sender),
      new Attribute("spender", spender),
      new Attribute("amount", amount.toString()),
    ]),
  );
}

export function executeIncreaseAllowance(
  deps: Deps,
  env: Env,
  info: MessageInfo,
  spender: string,
  amount: Uint128,
  expires: Expiration | null,
): Result<Response> {
  const spenderAddr = validSpender(deps, info, spender);
  if (spenderAddr.isErr) return spenderAddr.castErr<Response>();

  const key = ALLOWANCES.key(pair<string, string>(info.sender, spenderAddr.value));
  const a = increased(ALLOWANCES.mayLoadAt(deps.storage, key), amount, expires, env.block);
  if (a.isErr) return a.castErr<Response>();
  ALLOWANCES.saveAt(deps.storage, key, a.value);
  const rkey = ALLOWANCES_SPENDER.key(pair<string, string>(spenderAddr.value, info.sender));
  const b = increased(ALLOWANCES_SPENDER.mayLoadAt(deps.storage, rkey), amount, expires, env.block);
  if (b.isErr) return b.castErr<Response>();
  ALLOWANCES_SPENDER.saveAt(deps.storage, rkey, b.value);

  return allowanceChanged("increase_allowance", info, spender, amount);
}

export function executeDecreaseAllowance(
  deps: Deps,
  env: Env,
  info: MessageInfo,
  spender: string,
  amount: Uint128,
  expires: Expiration | null,
): Result<Response> {
  const spenderAddr = validSpender(deps, info, spender);
  if (spenderAddr.isErr) return spenderAddr.castErr<Response>();

  const key = ALLOWANCES.key(pair<string, string>(info.sender, spenderAddr.value));
  const rkey = ALLOWANCES_SPENDER.key(pair<string, string>(spenderAddr.value, info.sender));
  // load value and delete if it hits 0, or update otherwise
  const loaded = ALLOWANCES.loadAt(deps.storage, key);
  if (loaded.isErr) return loaded.castErr<Response>();
  const allowance = loaded.value;
  if (amount.lt(allowance.allowance)) {
    allowance.allowance = allowance.allowance.checkedSub(amount)!;
    if (!setExpires(allowance, expires, env.block)) return err<Response>(E.INVALID_EXPIRATION);
    ALLOWANCES.saveAt(deps.storage, key, allowance);
    ALLOWANCES_SPENDER.saveAt(deps.storage, rkey, allowance);
  } else {
    ALLOWANCES.removeAt(deps.storage, key);
    ALLOWANCES_SPENDER.removeAt(deps.storage, rkey);
  }

  return allowanceChanged("decrease_allowance", info, spender, amount);
}

function deducted(cur: AllowanceResponse | null, block: BlockInfo, amount: Uint128): Result<AllowanceResponse> {
  if (cur === null) return err<AllowanceResponse>(E.NO_ALLOWANCE);
  if (cur.expires.isExpired(block)) return err<AllowanceResponse>(E.EXPIRED);
  const next = cur.allowance.trySub(amount);
  if (next.isErr) return next.castErr<AllowanceResponse>();
  cur.allowance = next.value;
  return ok<AllowanceResponse>(cur);
}

/** Lowers the spender's allowance on the owner's account; errors if missing, expired or too small. */
export function deductAllowance(deps: Deps, owner: string, spender: string, block: BlockInfo, amount: Uint128): string | null {
  const key = ALLOWANCES.key(pair<string, string>(owner, spender));
  const a = deducted(ALLOWANCES.mayLoadAt(deps.storage, key), block, amount);
  if (a.isErr) return a.error;
  ALLOWANCES.saveAt(deps.storage, key, a.value);
  const rkey = ALLOWANCES_SPENDER.key(pair<string, string>(spender, owner));
  const b = deducted(ALLOWANCES_SPENDER.mayLoadAt(deps.storage, rkey), block, amount);
  if (b.isErr) return b.error;
  ALLOWANCES_SPENDER.saveAt(deps.storage, rkey, b.value);
  return null;
}

/**
 * transfer_from and send_from: validates the recipient and the owner, lowers the sender's allowance
 * on the owner's account (before anything else) and moves the tokens.
 */
function spendFrom(deps: Deps, env: Env, info: MessageInfo, owner: string, recipient: string, amount: Uint128): string | null {
  const rcpt = deps.api.addrValidate(recipient);
  if (rcpt.isErr) return rcpt.error;
  const ownerAddr = deps.api.addrValidate(owner);
  if (ownerAddr.isErr) return ownerAddr.error;

  // deduct allowance before doing anything else
  const d = deductAllowance(deps, ownerAddr.value, info.sender, env.block, amount);
  if (d !== null) return d;
  return moveBalance(deps, ownerAddr.value, rcpt.value, amount);
}

export function executeTransferFrom(
  deps: Deps,
  env: Env,
  info: MessageInfo,
  owner: string,
  recipient: string,
  amount: Uint128,
): Result<Response> {
  const e = spendFrom(deps, env, info, owner, recipient, amount);
  if (e !== null) return err<Response>(e);

  return ok(
    Response.new().addAttributes([
      new Attribute("action", "transfer_from"),
      new Attribute("from", owner),
      new Attribute("to", recipient),
      new Attribute("by", info.sender),
      new Attribute("amount", amount.toString()),
    ]),
  );
}

export function executeBurnFrom(deps: Deps, env: Env, info: MessageInfo, owner: string, amount: Uint128): Result<Response> {
  const ownerAddr = deps.api.addrValidate(owner);
  if (ownerAddr.isErr) return ownerAddr.castErr<Response>();

  const d = deductAllowance(deps, ownerAddr.value, info.sender, env.block, amount);
  if (d !== null) return err<Response>(d);
  const e = burnBalance(deps, ownerAddr.value, amount);
  if (e !== null) return err<Response>(e);

  return ok(
    Response.new().addAttributes([
      new Attribute("action", "burn_from"),
      new Attribute("from", owner),
      new Attribute("by", info.sender),
      new Attribute("amount", amount.toString()),
    ]),
  );
}

export function executeSendFrom(
  deps: Deps,
  env: Env,
  info: MessageInfo,
  owner: string,
  contract: string,
  amount: Uint128,
  msg: Binary,
): Result<Response> {
  // move the tokens to the contract
  const e = spendFrom(deps, env, info, owner, contract, amount);
  if (e !== null) return err<Response>(e);

  return ok(
    Response.new()
      .addMessage(WasmMsg.execute(contract, receiveMsgJson(info.sender, amount, msg), []))
      .addAttributes([
        new Attribute("action", "send_from"),
        new Attribute("from", owner),
        new Attribute("to", contract),
        new Attribute("by", info.sender),
        new Attribute("amount", amount.toString()),
      ]),
  );
}

export function queryAllowance(deps: Deps, owner: string, spender: string): Result<Binary> {
  const ownerAddr = deps.api.addrValidate(owner);
  if (ownerAddr.isErr) return ownerAddr.castErr<Binary>();
  const spenderAddr = deps.api.addrValidate(spender);
  if (spenderAddr.isErr) return spenderAddr.castErr<Binary>();
  const a = ALLOWANCES.mayLoad(deps.storage, pair<string, string>(ownerAddr.value, spenderAddr.value));
  return ok(toJsonBinary<AllowanceResponse>(a === null ? new AllowanceResponse() : a!));
}

