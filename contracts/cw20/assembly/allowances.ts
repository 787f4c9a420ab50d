/** The allowance extension: increase/decrease, transfer_from, send_from, burn_from, allowance query. */
import { Deps, Env, MessageInfo, Response, Result, ok, err, $try, Binary, Uint128, WasmMsg, BlockInfo, Attribute, toJsonBinary, pair } from "../../std/assembly";
import { Expiration, ExpirationKind, AllowanceResponse, IncreaseAllowanceExecuteMsg, DecreaseAllowanceExecuteMsg, TransferFromExecuteMsg, SendFromExecuteMsg, BurnFromExecuteMsg, AllowanceQueryMsg } from "./msg";
import { ALLOWANCES, ALLOWANCES_SPENDER, moveBalance, burnBalance } from "./state";
import { ContractError } from "./error";
import { receiveMsg } from "./receive";

/** cw-utils `Expiration::is_expired`. */
export function isExpired(e: Expiration, block: BlockInfo): bool {
  if (e.kind == ExpirationKind.AtHeight) return block.height >= e.atHeight;
  if (e.kind == ExpirationKind.AtTime) return block.time.nanos >= e.atTime!.nanos;
  return false;
}

/** Sets a new expiration, if given; false (Invalid expiration) if it has already passed. */
function setExpires(val: AllowanceResponse, expires: Expiration | null, block: BlockInfo): bool {
  if (expires !== null) {
    if (isExpired(expires, block)) return false;
    val.expires = expires;
  }
  return true;
}

/** The increase_allowance update, applied to one of the two allowance maps. */
function increased(cur: AllowanceResponse | null, amount: Uint128, expires: Expiration | null, block: BlockInfo): Result<AllowanceResponse> {
  const val = cur === null ? new AllowanceResponse(Uint128.zero(), Expiration.Never()) : cur;
  if (!setExpires(val, expires, block)) return err<AllowanceResponse>(ContractError.InvalidExpiration);
  val.allowance = val.allowance + amount;
  return ok(val);
}

/** The spender of increase/decrease_allowance, validated; it may not be the sender. */
function validSpender(deps: Deps, info: MessageInfo, spender: string): Result<string> {
  const addr = $try(deps.api.addrValidate(spender));
  if (addr == info.sender) return err<string>(ContractError.CannotSetOwnAccount);
  return ok(addr);
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

export function executeIncreaseAllowance(deps: Deps, env: Env, info: MessageInfo, msg: IncreaseAllowanceExecuteMsg): Result<Response> {
  const spenderAddr = $try(validSpender(deps, info, msg.spender));
  const key = ALLOWANCES.key(pair<string, string>(info.sender, spenderAddr));
  const a = $try(increased(ALLOWANCES.mayLoadAt(deps.storage, key), msg.amount, msg.expires, env.block));
  ALLOWANCES.saveAt(deps.storage, key, a);
  const rkey = ALLOWANCES_SPENDER.key(pair<string, string>(spenderAddr, info.sender));
  const b = $try(increased(ALLOWANCES_SPENDER.mayLoadAt(deps.storage, rkey), msg.amount, msg.expires, env.block));
  ALLOWANCES_SPENDER.saveAt(deps.storage, rkey, b);
  return allowanceChanged("increase_allowance", info, msg.spender, msg.amount);
}

export function executeDecreaseAllowance(deps: Deps, env: Env, info: MessageInfo, msg: DecreaseAllowanceExecuteMsg): Result<Response> {
  const spenderAddr = $try(validSpender(deps, info, msg.spender));
  const key = ALLOWANCES.key(pair<string, string>(info.sender, spenderAddr));
  const rkey = ALLOWANCES_SPENDER.key(pair<string, string>(spenderAddr, info.sender));
  // load value and delete if it hits 0, or update otherwise
  const allowance = $try(ALLOWANCES.loadAt(deps.storage, key));
  if (msg.amount.lt(allowance.allowance)) {
    allowance.allowance = allowance.allowance.checkedSub(msg.amount)!;
    if (!setExpires(allowance, msg.expires, env.block)) return err<Response>(ContractError.InvalidExpiration);
    ALLOWANCES.saveAt(deps.storage, key, allowance);
    ALLOWANCES_SPENDER.saveAt(deps.storage, rkey, allowance);
  } else {
    ALLOWANCES.removeAt(deps.storage, key);
    ALLOWANCES_SPENDER.removeAt(deps.storage, rkey);
  }
  return allowanceChanged("decrease_allowance", info, msg.spender, msg.amount);
}

function deducted(cur: AllowanceResponse | null, block: BlockInfo, amount: Uint128): Result<AllowanceResponse> {
  if (cur === null) return err<AllowanceResponse>(ContractError.NoAllowance);
  if (isExpired(cur.expires, block)) return err<AllowanceResponse>(ContractError.Expired);
  cur.allowance = $try(cur.allowance.trySub(amount));
  return ok<AllowanceResponse>(cur);
}

/** Lowers the spender's allowance on the owner's account; errors if missing, expired or too small. */
export function deductAllowance(deps: Deps, owner: string, spender: string, block: BlockInfo, amount: Uint128): Result<bool> {
  const key = ALLOWANCES.key(pair<string, string>(owner, spender));
  const a = $try(deducted(ALLOWANCES.mayLoadAt(deps.storage, key), block, amount));
  ALLOWANCES.saveAt(deps.storage, key, a);
  const rkey = ALLOWANCES_SPENDER.key(pair<string, string>(spender, owner));
  const b = $try(deducted(ALLOWANCES_SPENDER.mayLoadAt(deps.storage, rkey), block, amount));
  ALLOWANCES_SPENDER.saveAt(deps.storage, rkey, b);
  return ok(true);
}

/**
 * transfer_from and send_from: validates the recipient and the owner, lowers the sender's allowance
 * on the owner's account (before anything else) and moves the tokens.
 */
function spendFrom(deps: Deps, env: Env, info: MessageInfo, owner: string, recipient: string, amount: Uint128): Result<bool> {
  const rcpt = $try(deps.api.addrValidate(recipient));
  const ownerAddr = $try(deps.api.addrValidate(owner));
  // deduct allowance before doing anything else
  $try(deductAllowance(deps, ownerAddr, info.sender, env.block, amount));
  return moveBalance(deps, ownerAddr, rcpt, amount);
}

export function executeTransferFrom(deps: Deps, env: Env, info: MessageInfo, msg: TransferFromExecuteMsg): Result<Response> {
  $try(spendFrom(deps, env, info, msg.owner, msg.recipient, msg.amount));
  return ok(
    Response.new().addAttributes([
      new Attribute("action", "transfer_from"),
      new Attribute("from", msg.owner),
      new Attribute("to", msg.recipient),
      new Attribute("by", info.sender),
      new Attribute("amount", msg.amount.toString()),
    ]),
  );
}

export function executeBurnFrom(deps: Deps, env: Env, info: MessageInfo, msg: BurnFromExecuteMsg): Result<Response> {
  const ownerAddr = $try(deps.api.addrValidate(msg.owner));
  $try(deductAllowance(deps, ownerAddr, info.sender, env.block, msg.amount));
  $try(burnBalance(deps, ownerAddr, msg.amount));
  return ok(
    Response.new().addAttributes([
      new Attribute("action", "burn_from"),
      new Attribute("from", msg.owner),
      new Attribute("by", info.sender),
      new Attribute("amount", msg.amount.toString()),
    ]),
  );
}

export function executeSendFrom(deps: Deps, env: Env, info: MessageInfo, msg: SendFromExecuteMsg): Result<Response> {
  // move the tokens to the contract
  $try(spendFrom(deps, env, info, msg.owner, msg.contract, msg.amount));
  return ok(
    Response.new()
      .addMessage(WasmMsg.execute(msg.contract, receiveMsg(info.sender, msg.amount, msg.msg), []))
      .addAttributes([
        new Attribute("action", "send_from"),
        new Attribute("from", msg.owner),
        new Attribute("to", msg.contract),
        new Attribute("by", info.sender),
        new Attribute("amount", msg.amount.toString()),
      ]),
  );
}

export function queryAllowance(deps: Deps, msg: AllowanceQueryMsg): Result<Binary> {
  const ownerAddr = $try(deps.api.addrValidate(msg.owner));
  const spenderAddr = $try(deps.api.addrValidate(msg.spender));
  const a = ALLOWANCES.mayLoad(deps.storage, pair<string, string>(ownerAddr, spenderAddr));
  return ok(toJsonBinary<AllowanceResponse>(a === null ? new AllowanceResponse(Uint128.zero(), Expiration.Never()) : a!));
}
