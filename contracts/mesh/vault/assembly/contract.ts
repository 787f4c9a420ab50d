/**
 * mesh vault: holds a user's collateral (one native denom, or one cw20 token) and lets lien holders
 * (one local staker, any number of cross stakers) put liens on it, with upstream's `max_lien` and
 * `total_slashable` invariants and slash propagation.
 */
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
  Decimal,
  Coin as BankCoin,
  BankMsg,
  WasmMsg,
  WasmQuery,
  SubMsg,
  Reply,
  Order,
  Bound,
  CosmosMsg,
  Storage,
  $try,
  toJsonBinary,
  doInstantiate,
  doExecute,
  doQuery,
  doReply,
  keyToString,
  utf8,
  pair,
  u64Key,
} from "../../../std/assembly";
import { add, prepareAdd, commitAdd, rollbackAdd, sub, maxRange, rangeDebug, minU128 } from "../../common/assembly/range";
import { nonpayable, mustPay } from "../../common/assembly/payment";
import { instantiatedAddress } from "../../common/assembly/proto";
import {
  InstantiateMsg,
  ExecuteMsg,
  ExecuteMsgKind,
  QueryMsg,
  QueryMsgKind,
  ReceiveMsg,
  Collateral,
  Coin,
  ValueRange,
  SlashInfo,
  SlashRatioResponse,
  MaxSlashQuery,
  LocalStakingApiMsg,
  ReceiveStakeLocalStakingApiMsg,
  BurnStakeLocalStakingApiMsg,
  CrossStakingApiMsg,
  ReceiveVirtualStakeCrossStakingApiMsg,
  BurnVirtualStakeCrossStakingApiMsg,
  Cw20ExecuteMsg,
  TransferCw20ExecuteMsg,
  AccountResponse,
  AccountDetailsResponse,
  ConfigResponse,
  AllActiveExternalStakingResponse,
  LienResponse,
  AccountClaimsResponse,
  AllAccountsResponseItem,
  AllAccountsResponse,
  AllTxsResponse,
  Config,
  LocalStaking,
  Lien,
  UserInfo,
  Tx,
  TxKind,
  InFlightStakingTx,
} from "./msg";
import { ContractError } from "./error";
import {
  MaybeLocalStaking,
  Unit,
  CONFIG,
  LOCAL_STAKING,
  LIENS,
  USERS,
  ACTIVE_EXTERNAL,
  PENDING_TXS,
  nextTxId,
  loadUser,
  free,
  verifyCollateral,
  recalculateMaxLien,
  isCw20,
} from "./state";

export { allocate, deallocate, interface_version_8, requires_iterator } from "../../../std/assembly";

const REPLY_ID_INSTANTIATE: u64 = 1;
const DEFAULT_PAGE_LIMIT: u32 = 10;
const MAX_PAGE_LIMIT: u32 = 30;
const CONTRACT_NAME = "crates.io:mesh-vault";
const CONTRACT_VERSION = "0.10.0-alpha.2";

// ---------------------------------------------------------------- entry points

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}
export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, handleExecute);
}
export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}
export function reply(env: u32, msg: u32): u32 {
  return doReply(env, msg, handleReply);
}

// ---------------------------------------------------------------- instantiate

function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  const e1 = nonpayable(info);
  if (e1 !== null) return err<Response>(e1);
  const denom = msg.denom;
  const coll = msg.collateral;
  let config: Config;
  if (denom !== null && coll === null) config = new Config(denom, null);
  else if (denom === null && coll !== null && coll.native !== null) config = new Config(<string>coll.native, null);
  else if (denom === null && coll !== null && coll.cw20 !== null) {
    const token = $try(deps.api.addrValidate(<string>coll.cw20));
    config = new Config(token, Collateral.Cw20(token));
  } else return err<Response>(ContractError.DenomAndCollateral);
  CONFIG.save(deps.storage, config);
  // cw2 contract_info
  deps.storage.set(utf8("contract_info"), utf8('{"contract":"' + CONTRACT_NAME + '","version":"' + CONTRACT_VERSION + '"}'));

  const ls = msg.localStaking;
  if (ls === null) {
    LOCAL_STAKING.save(deps.storage, new MaybeLocalStaking(null));
    return ok(Response.new());
  }
  if (isCw20(config)) return err<Response>(ContractError.Cw20LocalStaking);
  const label = ls.label;
  const inst = WasmMsg.instantiate(ls.admin, ls.codeId, ls.msg, [], label === null ? "Mesh Security Local Staking" : label);
  return ok(Response.new().addSubmessage(SubMsg.replyOnSuccess(inst, REPLY_ID_INSTANTIATE)));
}

/** The local staker's address from the instantiate reply, and its `max_slash` (dsign) as its liens' slashable. */
function handleReply(deps: Deps, env: Env, reply: Reply): Result<Response> {
  if (reply.id != REPLY_ID_INSTANTIATE) return err<Response>(ContractError.InvalidReplyId(reply.id));
  const res = reply.ok;
  if (res === null) return err<Response>(reply.error !== null ? <string>reply.error : "reply without result");
  const data = res.data;
  const addr = $try(instantiatedAddress(data === null ? null : data.data));
  const slash = $try(queryMaxSlash(deps, addr));
  LOCAL_STAKING.save(deps.storage, new MaybeLocalStaking(new LocalStaking(addr, slash.slashRatioDsign)));
  return ok(Response.new());
}

function queryMaxSlash(deps: Deps, contract: string): Result<SlashRatioResponse> {
  return deps.querier.query<SlashRatioResponse>(WasmQuery.smart(contract, toJsonBinary(MaxSlashQuery.MaxSlash())), SlashRatioResponse.readJson, "mesh_apis::local_staking_api::SlashRatioResponse");
}

// ---------------------------------------------------------------- execute

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  switch (msg.kind) {
    case ExecuteMsgKind.Bond:
      return executeBond(deps, info, cfg);
    case ExecuteMsgKind.Receive: {
      const m = msg.receive!;
      return executeReceive(deps, info, cfg, m.sender, m.amount, m.msg);
    }
    case ExecuteMsgKind.Unbond: {
      const m = msg.unbond!;
      return executeUnbond(deps, info, cfg, m.amount);
    }
    case ExecuteMsgKind.StakeRemote: {
      const m = msg.stakeRemote!;
      return executeStakeRemote(deps, info, cfg, m.contract, m.amount, m.msg);
    }
    case ExecuteMsgKind.StakeLocal: {
      const m = msg.stakeLocal!;
      return executeStakeLocal(deps, info, cfg, m.amount, m.msg);
    }
    case ExecuteMsgKind.ReleaseCrossStake: {
      const m = msg.releaseCrossStake!;
      const e2 = nonpayable(info);
      if (e2 !== null) return err<Response>(e2);
      const e3 = unstake(deps, info.sender, cfg, m.owner, m.amount);
      if (e3 !== null) return err<Response>(e3);
      return ok(releaseResponse(info.sender, m.owner, m.amount.amount));
    }
    case ExecuteMsgKind.ReleaseLocalStake: {
      const m = msg.releaseLocalStake!;
      const owner = m.owner;
      const amount = $try(mustPay(info, cfg.denom));
      const e4 = unstake(deps, info.sender, cfg, owner, new Coin(cfg.denom, amount));
      if (e4 !== null) return err<Response>(e4);
      return ok(releaseResponse(info.sender, owner, amount));
    }
    case ExecuteMsgKind.CommitTx: {
      const m = msg.commitTx!;
      return executeCommitTx(deps, info, m.txId);
    }
    case ExecuteMsgKind.RollbackTx: {
      const m = msg.rollbackTx!;
      return executeRollbackTx(deps, info, m.txId);
    }
    case ExecuteMsgKind.LocalSlash: {
      const m = msg.localSlash!;
      return executeSlash(deps, info, cfg, m.slashes, m.validator, true);
    }
    default: {
      const m = msg.crossSlash!;
      return executeSlash(deps, info, cfg, m.slashes, m.validator, false);
    }
  }
}

function addCollateral(deps: Deps, user: string, amount: Uint128): Response {
  const info = loadUser(deps.storage, user);
  info.collateral = info.collateral + amount;
  USERS.save(deps.storage, user, info);
  return Response.new().addAttribute("action", "bond").addAttribute("sender", user).addAttribute("amount", amount.toString());
}

/** `bond{}` with the native collateral as funds. */
function executeBond(deps: Deps, info: MessageInfo, cfg: Config): Result<Response> {
  if (isCw20(cfg)) return err<Response>(ContractError.UnexpectedDenom(cfg.denom));
  const amount = $try(mustPay(info, cfg.denom));
  return ok(addCollateral(deps, info.sender, amount));
}

/** cw20 `receive{sender, amount, msg}`: only from the collateral token, whose `msg` is `{"bond":{}}`. */
function executeReceive(deps: Deps, info: MessageInfo, cfg: Config, sender: string, amount: Uint128, inner: Binary): Result<Response> {
  if (!isCw20(cfg) || info.sender != cfg.denom) return err<Response>(ContractError.UnexpectedDenom(cfg.denom));
  const e5 = nonpayable(info);
  if (e5 !== null) return err<Response>(e5);
  $try(ReceiveMsg.parse(inner.data));
  if (amount.isZero()) return err<Response>("No funds sent");
  const user = $try(deps.api.addrValidate(sender));
  return ok(addCollateral(deps, user, amount));
}

/** The collateral leaving the vault: a bank send, or a cw20 transfer. */
function payOut(cfg: Config, to: string, amount: Uint128): CosmosMsg {
  if (isCw20(cfg)) return WasmMsg.execute(cfg.denom, toJsonBinary(Cw20ExecuteMsg.Transfer(new TransferCw20ExecuteMsg(to, amount))), []);
  return BankMsg.send(to, [new BankCoin(cfg.denom, amount)]);
}

function coinText(c: Coin): string {
  return c.amount.toString() + c.denom;
}

function executeUnbond(deps: Deps, info: MessageInfo, cfg: Config, amount: Coin): Result<Response> {
  const e6 = nonpayable(info);
  if (e6 !== null) return err<Response>(e6);
  if (amount.denom != cfg.denom) return err<Response>(ContractError.UnexpectedDenom(cfg.denom));
  const user = loadUser(deps.storage, info.sender);
  const f = free(user);
  if (f.l < amount.amount) return err<Response>(ContractError.ClaimsLocked(rangeDebug<ValueRange>(f)));
  user.collateral = user.collateral - amount.amount;
  USERS.save(deps.storage, info.sender, user);
  return ok(
    Response.new()
      .addMessage(payOut(cfg, info.sender, amount.amount))
      .addAttribute("action", "unbond")
      .addAttribute("sender", info.sender)
      .addAttribute("amount", coinText(amount)),
  );
}

function executeStakeRemote(deps: Deps, info: MessageInfo, cfg: Config, contractAddr: string, amount: Coin, payload: Binary): Result<Response> {
  const e7 = nonpayable(info);
  if (e7 !== null) return err<Response>(e7);
  const contract = $try(deps.api.addrValidate(contractAddr));
  const slash = $try(queryMaxSlash(deps, contract));
  const txId = $try(stake(deps, info.sender, cfg, contract, slash.slashRatioDsign, amount, true));
  ACTIVE_EXTERNAL.save(deps.storage, contract, new Unit());
  const call = CrossStakingApiMsg.ReceiveVirtualStake(new ReceiveVirtualStakeCrossStakingApiMsg(info.sender, amount, txId, payload));
  return ok(
    Response.new()
      .addMessage(WasmMsg.execute(contract, toJsonBinary(call), []))
      .addAttribute("action", "stake_remote")
      .addAttribute("sender", info.sender)
      .addAttribute("amount", amount.amount.toString())
      .addAttribute("tx_id", txId.toString()),
  );
}

function executeStakeLocal(deps: Deps, info: MessageInfo, cfg: Config, amount: Coin, payload: Binary): Result<Response> {
  const e8 = nonpayable(info);
  if (e8 !== null) return err<Response>(e8);
  const ls = $try(LOCAL_STAKING.load(deps.storage));
  const local = ls.value;
  if (local === null) return err<Response>(ContractError.NoLocalStaking);
  $try(stake(deps, info.sender, cfg, local.contract, local.maxSlash, amount, false));
  const call = LocalStakingApiMsg.ReceiveStake(new ReceiveStakeLocalStakingApiMsg(info.sender, payload));
  return ok(
    Response.new()
      .addMessage(WasmMsg.execute(local.contract, toJsonBinary(call), [new BankCoin(amount.denom, amount.amount)]))
      .addAttribute("action", "stake_local")
      .addAttribute("sender", info.sender)
      .addAttribute("amount", amount.amount.toString()),
  );
}

/**
 * Puts (remote: prepares) a lien of `amount` for `lienholder` on `owner`'s collateral. Returns the
 * new tx id for a remote stake, 0 for a local one. Any range failure is upstream's
 * `InsufficentBalance`.
 */
function stake(deps: Deps, owner: string, cfg: Config, lienholder: string, slashable: Decimal, amount: Coin, remote: bool): Result<u64> {
  if (amount.denom != cfg.denom) return err<u64>(ContractError.UnexpectedDenom(cfg.denom));
  const v = amount.amount;
  const key = pair(owner, lienholder);
  let lien = LIENS.mayLoad(deps.storage, key);
  if (lien === null) lien = new Lien(new ValueRange(), slashable);
  const user = loadUser(deps.storage, owner);
  const slashPart = lien.slashable.mulUintFloor(v);
  if (remote) {
    if (prepareAdd<ValueRange>(lien.amount, v, user.collateral) !== null) return err<u64>(ContractError.InsufficentBalance);
    user.maxLien = maxRange<ValueRange>(user.maxLien, lien.amount);
    if (prepareAdd<ValueRange>(user.totalSlashable, slashPart, user.collateral) !== null) return err<u64>(ContractError.InsufficentBalance);
  } else {
    if (add<ValueRange>(lien.amount, v, user.collateral) !== null) return err<u64>(ContractError.InsufficentBalance);
    user.maxLien = maxRange<ValueRange>(user.maxLien, lien.amount);
    if (add<ValueRange>(user.totalSlashable, slashPart, user.collateral) !== null) return err<u64>(ContractError.InsufficentBalance);
  }
  if (!verifyCollateral(user)) return err<u64>(ContractError.InsufficentBalance);
  LIENS.save(deps.storage, key, lien);
  USERS.save(deps.storage, owner, user);
  if (!remote) return ok<u64>(0);
  const id = nextTxId(deps.storage);
  PENDING_TXS.save(deps.storage, id, Tx.InFlightStaking(new InFlightStakingTx(id, v, slashable, owner, lienholder)));
  return ok<u64>(id);
}

/** A pending tx, which must be an in-flight stake of the sender's. */
function loadOwnTx(deps: Deps, sender: string, txId: u64): Result<InFlightStakingTx> {
  const tx = $try(PENDING_TXS.load(deps.storage, txId));
  if (tx.kind != TxKind.InFlightStaking) return err<InFlightStakingTx>(ContractError.WrongTypeTx(txId, "in_flight_staking expected"));
  const t = tx.inFlightStaking!;
  if (t.lienholder != sender) return err<InFlightStakingTx>(ContractError.WrongContractTx(txId, sender));
  return ok(t);
}

function executeCommitTx(deps: Deps, info: MessageInfo, txId: u64): Result<Response> {
  const tx = $try(loadOwnTx(deps, info.sender, txId));
  const key = pair(tx.user, tx.lienholder);
  const lien = $try(LIENS.load(deps.storage, key));
  commitAdd<ValueRange>(lien.amount, tx.amount);
  LIENS.save(deps.storage, key, lien);
  const user = $try(USERS.load(deps.storage, tx.user));
  user.maxLien = maxRange<ValueRange>(user.maxLien, lien.amount);
  commitAdd<ValueRange>(user.totalSlashable, lien.slashable.mulUintFloor(tx.amount));
  USERS.save(deps.storage, tx.user, user);
  PENDING_TXS.remove(deps.storage, txId);
  return ok(txResponse("commit_tx", info.sender, txId));
}

function executeRollbackTx(deps: Deps, info: MessageInfo, txId: u64): Result<Response> {
  const tx = $try(loadOwnTx(deps, info.sender, txId));
  const key = pair(tx.user, tx.lienholder);
  const lien = $try(LIENS.load(deps.storage, key));
  rollbackAdd<ValueRange>(lien.amount, tx.amount);
  if (lien.amount.h.isZero()) LIENS.remove(deps.storage, key);
  else LIENS.save(deps.storage, key, lien);
  const user = $try(USERS.load(deps.storage, tx.user));
  recalculateMaxLien(deps.storage, tx.user, user);
  rollbackAdd<ValueRange>(user.totalSlashable, tx.slashable.mulUintFloor(tx.amount));
  USERS.save(deps.storage, tx.user, user);
  PENDING_TXS.remove(deps.storage, txId);
  return ok(txResponse("rollback_tx", info.sender, txId));
}

function txResponse(action: string, sender: string, txId: u64): Response {
  return Response.new().addAttribute("action", action).addAttribute("sender", sender).addAttribute("tx_id", txId.toString());
}

/** The lien holder (sender) releases `amount` of `owner`'s lien; the collateral stays, now free. */
function unstake(deps: Deps, lienholder: string, cfg: Config, owner: string, amount: Coin): string | null {
  if (amount.denom != cfg.denom) return ContractError.UnexpectedDenom(cfg.denom);
  const key = pair(owner, lienholder);
  const lien = LIENS.mayLoad(deps.storage, key);
  if (lien === null) return ContractError.UnknownLienholder;
  if (sub<ValueRange>(lien.amount, amount.amount, Uint128.zero()) !== null) return ContractError.InsufficientLien;
  if (lien.amount.h.isZero()) LIENS.remove(deps.storage, key);
  else LIENS.save(deps.storage, key, lien);
  const u = USERS.load(deps.storage, owner);
  if (u.isErr) return u.error;
  const user = u.value;
  recalculateMaxLien(deps.storage, owner, user);
  const e = sub<ValueRange>(user.totalSlashable, lien.slashable.mulUintFloor(amount.amount), Uint128.zero());
  if (e !== null) return e;
  USERS.save(deps.storage, owner, user);
  return null;
}

function releaseResponse(sender: string, owner: string, amount: Uint128): Response {
  // upstream reports both releases as "release_cross_stake"
  return Response.new()
    .addAttribute("action", "release_cross_stake")
    .addAttribute("sender", sender)
    .addAttribute("owner", owner)
    .addAttribute("amount", amount.toString());
}

// ---------------------------------------------------------------- slashing

function executeSlash(deps: Deps, info: MessageInfo, cfg: Config, slashes: SlashInfo[], validator: string, local: bool): Result<Response> {
  const e9 = nonpayable(info);
  if (e9 !== null) return err<Response>(e9);
  const ls = $try(LOCAL_STAKING.load(deps.storage));
  const localStaker = ls.value;
  const resp = Response.new();
  const lienHolder = info.sender;
  let users = "";
  for (let i = 0; i < slashes.length; i++) {
    const s = slashes[i];
    if (i > 0) users += ", ";
    users += s.user;
    const key = pair(s.user, lienHolder);
    const lien = $try(LIENS.load(deps.storage, key));
    const user = $try(USERS.load(deps.storage, s.user));
    const newCollateral = user.collateral - s.slash;
    const e10 = sub<ValueRange>(lien.amount, s.slash, Uint128.zero());
    if (e10 !== null) return err<Response>(e10);
    LIENS.save(deps.storage, key, lien);
    const e11 = sub<ValueRange>(user.totalSlashable, lien.slashable.mulUintFloor(s.slash), Uint128.zero());
    if (e11 !== null) return err<Response>(e11);
    recalculateMaxLien(deps.storage, s.user, user);
    // free collateral after the lien cut, before the collateral cut (upstream's order)
    const freeLow = free(user).l;
    if (freeLow < s.slash) {
      const e12 = propagateSlash(deps, cfg, localStaker, s.user, user, newCollateral, s.slash - freeLow, lienHolder, validator, resp);
      if (e12 !== null) return err<Response>(e12);
    }
    user.collateral = newCollateral;
    recalculateMaxLien(deps.storage, s.user, user);
    USERS.save(deps.storage, s.user, user);
  }
  return ok(
    resp
      .addAttribute("action", local ? "local_slash" : "cross_slash")
      .addAttribute("lien_holder", lienHolder)
      .addAttribute("validator", validator)
      .addAttribute("users", users),
  );
}

/**
 * Restores the invariants after a slash that ate into used collateral, burning stake at the lien
 * holders: case A clamps every lien above the new collateral; case B takes the same amount from
 * every lien so that the total slashable drops by what was claimed.
 */
function propagateSlash(
  deps: Deps,
  cfg: Config,
  localStaker: LocalStaking | null,
  owner: string,
  user: UserInfo,
  newCollateral: Uint128,
  claimed: Uint128,
  slashedHolder: string,
  validator: string,
  resp: Response,
): string | null {
  const liens = LIENS.prefix<string>(owner).range(deps.storage, null, null, Order.Ascending).collect();
  if (user.maxLien.h >= user.totalSlashable.h) {
    for (let i = 0; i < liens.length; i++) {
      const holder = keyToString(liens[i].key);
      const lien = liens[i].value;
      if (!(lien.amount.h > newCollateral)) continue;
      const newLow = minU128(lien.amount.l, newCollateral);
      const newHigh = minU128(lien.amount.h, newCollateral);
      const adjLow = lien.amount.l - newLow;
      const adjHigh = lien.amount.h - newHigh;
      user.totalSlashable = new ValueRange(
        user.totalSlashable.l - lien.slashable.mulUintFloor(adjLow),
        user.totalSlashable.h - lien.slashable.mulUintFloor(adjHigh),
      );
      lien.amount = new ValueRange(newLow, newHigh);
      LIENS.save(deps.storage, pair(owner, holder), lien);
      resp.addMessage(burnMsg(cfg, localStaker, holder, owner, adjHigh, holder == slashedHolder ? validator : null));
    }
  } else {
    let sum = Decimal.zero();
    for (let i = 0; i < liens.length; i++) sum = sum + liens[i].value.slashable;
    const inv = Decimal.one().checkedDiv(sum);
    if (inv.isErr) return inv.error;
    // mul_ceil(claimed, inv(Σ slashable)), as upstream rounds it up
    let subAmount = inv.value.mulUintFloor(claimed);
    if (!sum.mulUintFloor(subAmount).eq(claimed)) subAmount = subAmount + Uint128.one();
    for (let i = 0; i < liens.length; i++) {
      const holder = keyToString(liens[i].key);
      const lien = liens[i].value;
      const e1 = sub<ValueRange>(user.totalSlashable, lien.slashable.mulUintFloor(subAmount), Uint128.zero());
      if (e1 !== null) return e1;
      const e2 = sub<ValueRange>(lien.amount, subAmount, Uint128.zero());
      if (e2 !== null) return e2;
      LIENS.save(deps.storage, pair(owner, holder), lien);
      resp.addMessage(burnMsg(cfg, localStaker, holder, owner, subAmount, holder == slashedHolder ? validator : null));
    }
  }
  return null;
}

/** `burn_stake` to the local staker, `burn_virtual_stake` to any other lien holder. */
function burnMsg(cfg: Config, localStaker: LocalStaking | null, holder: string, owner: string, amount: Uint128, validator: string | null): CosmosMsg {
  const coin = new Coin(cfg.denom, amount);
  if (localStaker !== null && localStaker.contract == holder) {
    return WasmMsg.execute(holder, toJsonBinary(LocalStakingApiMsg.BurnStake(new BurnStakeLocalStakingApiMsg(owner, coin, validator))), []);
  }
  return WasmMsg.execute(holder, toJsonBinary(CrossStakingApiMsg.BurnVirtualStake(new BurnVirtualStakeCrossStakingApiMsg(owner, coin, validator))), []);
}

// ---------------------------------------------------------------- query

function pageLimit(hasLimit: bool, limit: u32): i32 {
  // upstream clamps with max(limit, 30) where min was meant; we cap at 30 (spec §15)
  const l = hasLimit ? limit : DEFAULT_PAGE_LIMIT;
  return <i32>(l < MAX_PAGE_LIMIT ? l : MAX_PAGE_LIMIT);
}

function startAfterBound(sa: string | null): Bound | null {
  return sa === null ? null : Bound.exclusiveRaw(utf8(sa));
}

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const m = $try(QueryMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  switch (m.kind) {
    case QueryMsgKind.Account: {
      const q = m.account!;
      const a = $try(deps.api.addrValidate(q.account));
      const u = loadUser(deps.storage, a);
      return ok(toJsonBinary(new AccountResponse(cfg.denom, u.collateral, free(u))));
    }
    case QueryMsgKind.AccountDetails: {
      const q = m.accountDetails!;
      const a = $try(deps.api.addrValidate(q.account));
      const u = loadUser(deps.storage, a);
      return ok(toJsonBinary(new AccountDetailsResponse(cfg.denom, u.collateral, free(u), u.maxLien, u.totalSlashable)));
    }
    case QueryMsgKind.Config: {
      const ls = $try(LOCAL_STAKING.load(deps.storage));
      const local = ls.value;
      const c = cfg.collateral;
      return ok(toJsonBinary(new ConfigResponse(cfg.denom, local === null ? null : local.contract, c !== null ? c : Collateral.Native(cfg.denom))));
    }
    case QueryMsgKind.ActiveExternalStaking: {
      const keys = ACTIVE_EXTERNAL.keys(deps.storage, null, null, Order.Ascending);
      const out = new Array<string>();
      for (let i = 0; i < keys.length; i++) out.push(keyToString(keys[i]));
      return ok(toJsonBinary(new AllActiveExternalStakingResponse(out)));
    }
    case QueryMsgKind.Claim: {
      const q = m.claim!;
      const a = $try(deps.api.addrValidate(q.account));
      const h = $try(deps.api.addrValidate(q.lienholder));
      const lien = LIENS.mayLoad(deps.storage, pair(a, h));
      if (lien === null) return err<Binary>(ContractError.NoClaim);
      return ok(toJsonBinary<Lien>(lien));
    }
    case QueryMsgKind.AccountClaims: {
      const q = m.accountClaims!;
      const entries = LIENS.prefix<string>(q.account).range(deps.storage, startAfterBound(q.startAfter), null, Order.Ascending, pageLimit(q.hasLimit, q.limit)).collect();
      const claims = new Array<LienResponse>();
      for (let i = 0; i < entries.length; i++) claims.push(new LienResponse(keyToString(entries[i].key), entries[i].value.amount));
      return ok(toJsonBinary(new AccountClaimsResponse(claims)));
    }
    case QueryMsgKind.AllAccounts: {
      const q = m.allAccounts!;
      const withCollateral = q.hasWithCollateral && q.withCollateral;
      const limit = pageLimit(q.hasLimit, q.limit);
      const it = USERS.range(deps.storage, startAfterBound(q.startAfter), null, Order.Ascending);
      const out = new Array<AllAccountsResponseItem>();
      let e = it.next();
      while (e !== null && out.length < limit) {
        const u = e.value;
        if (!withCollateral || !u.collateral.isZero()) out.push(new AllAccountsResponseItem(keyToString(e.key), new AccountResponse(cfg.denom, u.collateral, free(u))));
        e = it.next();
      }
      return ok(toJsonBinary(new AllAccountsResponse(out)));
    }
    case QueryMsgKind.PendingTx: {
      const q = m.pendingTx!;
      const tx = $try(PENDING_TXS.load(deps.storage, q.txId));
      return ok(toJsonBinary(tx));
    }
    default: {
      const q = m.allPendingTxsDesc!;
      const bound: Bound | null = q.hasStartAfter ? Bound.exclusiveRaw(u64Key(q.startAfter)) : null;
      const entries = PENDING_TXS.range(deps.storage, null, bound, Order.Descending, pageLimit(q.hasLimit, q.limit)).collect();
      const txs = new Array<Tx>();
      for (let i = 0; i < entries.length; i++) txs.push(entries[i].value);
      return ok(toJsonBinary(new AllTxsResponse(txs)));
    }
  }
}
