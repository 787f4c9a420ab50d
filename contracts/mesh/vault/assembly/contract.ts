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
  Coin,
  BankMsg,
  WasmMsg,
  SubMsg,
  Reply,
  Order,
  Bound,
  CosmosMsg,
  Storage,
  parseMsg,
  toJsonBinary,
  doInstantiate,
  doExecute,
  doQuery,
  doReply,
  keyToString,
  utf8,
  notFound,
  pair,
  u64Key,
  WasmQuery,
} from "../../../std/assembly";
import { ValueRange, maxRange, minU128 } from "../../common/assembly/range";
import { nonpayable, mustPay } from "../../common/assembly/payment";
import {
  SlashInfo,
  MaxSlashResponse,
  MAX_SLASH_RESPONSE_TYPE,
  maxSlashQuery,
  receiveStake,
  receiveVirtualStake,
  burnStake,
  cw20Transfer,
} from "../../common/assembly/apis";
import { instantiatedAddress } from "../../common/assembly/proto";
import {
  InstantiateMsg,
  ExecuteMsg,
  ExecKind,
  QueryMsg,
  QueryKind,
  ReceiveMsg,
  AccountResponse,
  AccountDetailsResponse,
  ConfigResponse,
  StringList,
  LienResponse,
  AccountClaimsResponse,
  AllAccountsItem,
  AllAccountsResponse,
  AllTxsResponse,
  INSTANTIATE_MSG_TYPE,
  EXECUTE_MSG_TYPE,
  QUERY_MSG_TYPE,
  RECEIVE_MSG_TYPE,
} from "./msg";
import {
  Collateral,
  CollateralKind,
  Config,
  LocalStaking,
  MaybeLocalStaking,
  Lien,
  UserInfo,
  StakingTx,
  Unit,
  CONFIG,
  LOCAL_STAKING,
  LIENS,
  USERS,
  ACTIVE_EXTERNAL,
  PENDING_TXS,
  nextTxId,
  loadUser,
  recalculateMaxLien,
} from "./state";
import * as E from "./error";

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
  const parsed = parseMsg<InstantiateMsg>(raw, INSTANTIATE_MSG_TYPE, InstantiateMsg.readJson);
  if (parsed.isErr) return parsed.castErr<Response>();
  const msg = parsed.value;
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);

  const denom = msg.denom;
  const coll = msg.collateral;
  let collateral: Collateral;
  if (denom !== null && coll === null) collateral = new Collateral(CollateralKind.Native, denom);
  else if (denom === null && coll !== null) collateral = coll;
  else return err<Response>(E.DENOM_AND_COLLATERAL);
  if (collateral.kind == CollateralKind.Cw20) {
    const a = deps.api.addrValidate(collateral.denom);
    if (a.isErr) return a.castErr<Response>();
  }
  CONFIG.save(deps.storage, new Config(collateral));
  saveContractVersion(deps.storage);

  const ls = msg.localStaking;
  if (ls === null) {
    LOCAL_STAKING.save(deps.storage, new MaybeLocalStaking(null));
    return ok(Response.new());
  }
  if (collateral.kind == CollateralKind.Cw20) return err<Response>(E.CW20_LOCAL_STAKING);
  const label = ls.label;
  const inst = WasmMsg.instantiate(ls.admin, ls.codeId, ls.msg, [], label === null ? "Mesh Security Local Staking" : label);
  return ok(Response.new().addSubmessage(SubMsg.replyOnSuccess(inst, REPLY_ID_INSTANTIATE)));
}

/** cw2 `contract_info`. */
function saveContractVersion(storage: Storage): void {
  storage.set(utf8("contract_info"), utf8('{"contract":"' + CONTRACT_NAME + '","version":"' + CONTRACT_VERSION + '"}'));
}

function handleReply(deps: Deps, env: Env, reply: Reply): Result<Response> {
  if (reply.id != REPLY_ID_INSTANTIATE) return err<Response>(E.invalidReplyId(reply.id));
  const res = reply.ok;
  if (res === null) return err<Response>(reply.error !== null ? <string>reply.error : "reply without result");
  const data = res.data;
  const addr = instantiatedAddress(data === null ? null : data.data);
  if (addr.isErr) return addr.castErr<Response>();
  const slash = deps.querier.query<MaxSlashResponse>(
    WasmQuery.smart(addr.value, new Binary(maxSlashQuery())),
    MaxSlashResponse.readJson,
    MAX_SLASH_RESPONSE_TYPE,
  );
  if (slash.isErr) return slash.castErr<Response>();
  LOCAL_STAKING.save(deps.storage, new MaybeLocalStaking(new LocalStaking(addr.value, slash.value.slashRatioDsign)));
  return ok(Response.new());
}

// ---------------------------------------------------------------- execute

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const parsed = parseMsg<ExecuteMsg>(raw, EXECUTE_MSG_TYPE, ExecuteMsg.readJson);
  if (parsed.isErr) return parsed.castErr<Response>();
  const msg = parsed.value;
  const config = CONFIG.load(deps.storage);
  if (config.isErr) return config.castErr<Response>();
  const cfg = config.value;
  switch (msg.kind) {
    case ExecKind.Bond:
      return executeBond(deps, info, cfg);
    case ExecKind.Receive:
      return executeReceive(deps, info, cfg, msg);
    case ExecKind.Unbond:
      return executeUnbond(deps, info, cfg, msg.amount);
    case ExecKind.StakeRemote:
      return executeStakeRemote(deps, info, cfg, msg);
    case ExecKind.StakeLocal:
      return executeStakeLocal(deps, info, cfg, msg);
    case ExecKind.ReleaseCrossStake:
      return executeReleaseCrossStake(deps, info, cfg, msg);
    case ExecKind.ReleaseLocalStake:
      return executeReleaseLocalStake(deps, info, cfg, msg.owner);
    case ExecKind.CommitTx:
      return executeCommitTx(deps, info, msg.txId);
    case ExecKind.RollbackTx:
      return executeRollbackTx(deps, info, msg.txId);
    default:
      return executeSlash(deps, info, cfg, msg, msg.kind == ExecKind.LocalSlash);
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
  if (cfg.isCw20) return err<Response>(E.unexpectedDenom(cfg.denom));
  const amount = mustPay(info, cfg.denom);
  if (amount.isErr) return amount.castErr<Response>();
  return ok(addCollateral(deps, info.sender, amount.value));
}

/** cw20 `receive{sender, amount, msg}`: only from the collateral token, whose `msg` is `{"bond":{}}`. */
function executeReceive(deps: Deps, info: MessageInfo, cfg: Config, msg: ExecuteMsg): Result<Response> {
  if (!cfg.isCw20 || info.sender != cfg.denom) return err<Response>(E.unexpectedDenom(cfg.denom));
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  const inner = parseMsg<ReceiveMsg>(msg.msg.data, RECEIVE_MSG_TYPE, ReceiveMsg.readJson);
  if (inner.isErr) return inner.castErr<Response>();
  if (msg.tokens.isZero()) return err<Response>("No funds sent");
  const user = deps.api.addrValidate(msg.owner);
  if (user.isErr) return user.castErr<Response>();
  return ok(addCollateral(deps, user.value, msg.tokens));
}

/** The collateral leaving the vault: a bank send, or a cw20 transfer. */
function payOut(cfg: Config, to: string, amount: Uint128): CosmosMsg {
  if (cfg.isCw20) return cw20Transfer(cfg.denom, to, amount);
  return BankMsg.send(to, [new Coin(cfg.denom, amount)]);
}

function executeUnbond(deps: Deps, info: MessageInfo, cfg: Config, amount: Coin): Result<Response> {
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  if (amount.denom != cfg.denom) return err<Response>(E.unexpectedDenom(cfg.denom));
  const user = loadUser(deps.storage, info.sender);
  const free = user.free();
  if (free.low < amount.amount) return err<Response>(E.claimsLocked(free));
  user.collateral = user.collateral - amount.amount;
  USERS.save(deps.storage, info.sender, user);
  return ok(
    Response.new()
      .addMessage(payOut(cfg, info.sender, amount.amount))
      .addAttribute("action", "unbond")
      .addAttribute("sender", info.sender)
      .addAttribute("amount", amount.toString()),
  );
}

function executeStakeRemote(deps: Deps, info: MessageInfo, cfg: Config, msg: ExecuteMsg): Result<Response> {
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  const contract = deps.api.addrValidate(msg.contract);
  if (contract.isErr) return contract.castErr<Response>();
  const slash = deps.querier.query<MaxSlashResponse>(
    WasmQuery.smart(contract.value, new Binary(maxSlashQuery())),
    MaxSlashResponse.readJson,
    MAX_SLASH_RESPONSE_TYPE,
  );
  if (slash.isErr) return slash.castErr<Response>();
  const txId = stake(deps, info.sender, cfg, contract.value, slash.value.slashRatioDsign, msg.amount, true);
  if (txId.isErr) return txId.castErr<Response>();
  ACTIVE_EXTERNAL.save(deps.storage, contract.value, new Unit());
  return ok(
    Response.new()
      .addMessage(receiveVirtualStake(contract.value, info.sender, msg.amount, txId.value, msg.msg))
      .addAttribute("action", "stake_remote")
      .addAttribute("sender", info.sender)
      .addAttribute("amount", msg.amount.amount.toString())
      .addAttribute("tx_id", txId.value.toString()),
  );
}

function executeStakeLocal(deps: Deps, info: MessageInfo, cfg: Config, msg: ExecuteMsg): Result<Response> {
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  const ls = LOCAL_STAKING.load(deps.storage);
  if (ls.isErr) return ls.castErr<Response>();
  const local = ls.value.value;
  if (local === null) return err<Response>(E.NO_LOCAL_STAKING);
  const r = stake(deps, info.sender, cfg, local.contract, local.maxSlash, msg.amount, false);
  if (r.isErr) return r.castErr<Response>();
  return ok(
    Response.new()
      .addMessage(receiveStake(local.contract, info.sender, msg.msg, [msg.amount]))
      .addAttribute("action", "stake_local")
      .addAttribute("sender", info.sender)
      .addAttribute("amount", msg.amount.amount.toString()),
  );
}

/**
 * Puts (remote: prepares) a lien of `amount` for `lienholder` on `owner`'s collateral; returns the
 * new tx id for a remote stake (0 for a local one).
 */
function stake(deps: Deps, owner: string, cfg: Config, lienholder: string, slashable: Decimal, amount: Coin, remote: bool): Result<u64> {
  if (amount.denom != cfg.denom) return err<u64>(E.unexpectedDenom(cfg.denom));
  const v = amount.amount;
  const key = pair(owner, lienholder);
  let lien = LIENS.mayLoad(deps.storage, key);
  if (lien === null) lien = new Lien(ValueRange.zero(), slashable);
  const user = loadUser(deps.storage, owner);
  const slashPart = lien.slashable.mulUintFloor(v);
  if (remote) {
    if (lien.amount.prepareAdd(v, user.collateral) !== null) return err<u64>(E.INSUFFICENT_BALANCE);
    user.maxLien = maxRange(user.maxLien, lien.amount);
    if (user.totalSlashable.prepareAdd(slashPart, user.collateral) !== null) return err<u64>(E.INSUFFICENT_BALANCE);
  } else {
    if (lien.amount.add(v, user.collateral) !== null) return err<u64>(E.INSUFFICENT_BALANCE);
    user.maxLien = maxRange(user.maxLien, lien.amount);
    if (user.totalSlashable.add(slashPart, user.collateral) !== null) return err<u64>(E.INSUFFICENT_BALANCE);
  }
  if (!user.verifyCollateral()) return err<u64>(E.INSUFFICENT_BALANCE);
  LIENS.save(deps.storage, key, lien);
  USERS.save(deps.storage, owner, user);
  if (!remote) return ok<u64>(0);
  const id = nextTxId(deps.storage);
  PENDING_TXS.save(deps.storage, id, new StakingTx(id, v, slashable, owner, lienholder));
  return ok<u64>(id);
}

/** Loads a pending tx and checks the sender is its lien holder. */
function loadOwnTx(deps: Deps, sender: string, txId: u64): Result<StakingTx> {
  const tx = PENDING_TXS.load(deps.storage, txId);
  if (tx.isErr) return tx;
  if (tx.value.lienholder != sender) return err<StakingTx>(E.wrongContractTx(txId, sender));
  return tx;
}

function executeCommitTx(deps: Deps, info: MessageInfo, txId: u64): Result<Response> {
  const t = loadOwnTx(deps, info.sender, txId);
  if (t.isErr) return t.castErr<Response>();
  const tx = t.value;
  const key = pair(tx.user, tx.lienholder);
  const l = LIENS.load(deps.storage, key);
  if (l.isErr) return l.castErr<Response>();
  const lien = l.value;
  lien.amount.commitAdd(tx.amount);
  LIENS.save(deps.storage, key, lien);
  const u = USERS.load(deps.storage, tx.user);
  if (u.isErr) return u.castErr<Response>();
  const user = u.value;
  user.maxLien = maxRange(user.maxLien, lien.amount);
  user.totalSlashable.commitAdd(lien.slashable.mulUintFloor(tx.amount));
  USERS.save(deps.storage, tx.user, user);
  PENDING_TXS.remove(deps.storage, txId);
  return ok(txResponse("commit_tx", info.sender, txId));
}

function executeRollbackTx(deps: Deps, info: MessageInfo, txId: u64): Result<Response> {
  const t = loadOwnTx(deps, info.sender, txId);
  if (t.isErr) return t.castErr<Response>();
  const tx = t.value;
  const key = pair(tx.user, tx.lienholder);
  const l = LIENS.load(deps.storage, key);
  if (l.isErr) return l.castErr<Response>();
  const lien = l.value;
  lien.amount.rollbackAdd(tx.amount);
  if (lien.amount.high.isZero()) LIENS.remove(deps.storage, key);
  else LIENS.save(deps.storage, key, lien);
  const u = USERS.load(deps.storage, tx.user);
  if (u.isErr) return u.castErr<Response>();
  const user = u.value;
  recalculateMaxLien(deps.storage, tx.user, user);
  user.totalSlashable.rollbackAdd(tx.slashable.mulUintFloor(tx.amount));
  USERS.save(deps.storage, tx.user, user);
  PENDING_TXS.remove(deps.storage, txId);
  return ok(txResponse("rollback_tx", info.sender, txId));
}

function txResponse(action: string, sender: string, txId: u64): Response {
  return Response.new().addAttribute("action", action).addAttribute("sender", sender).addAttribute("tx_id", txId.toString());
}

/** The lien holder (sender) releases `amount` of `owner`'s lien; collateral stays, now free. */
function unstake(deps: Deps, lienholder: string, cfg: Config, owner: string, amount: Coin): string | null {
  if (amount.denom != cfg.denom) return E.unexpectedDenom(cfg.denom);
  const key = pair(owner, lienholder);
  const lien = LIENS.mayLoad(deps.storage, key);
  if (lien === null) return E.UNKNOWN_LIENHOLDER;
  if (lien.amount.sub(amount.amount, Uint128.zero()) !== null) return E.INSUFFICIENT_LIEN;
  if (lien.amount.high.isZero()) LIENS.remove(deps.storage, key);
  else LIENS.save(deps.storage, key, lien);
  const u = USERS.load(deps.storage, owner);
  if (u.isErr) return u.error;
  const user = u.value;
  recalculateMaxLien(deps.storage, owner, user);
  const e = user.totalSlashable.sub(lien.slashable.mulUintFloor(amount.amount), Uint128.zero());
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

function executeReleaseCrossStake(deps: Deps, info: MessageInfo, cfg: Config, msg: ExecuteMsg): Result<Response> {
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  const e = unstake(deps, info.sender, cfg, msg.owner, msg.amount);
  if (e !== null) return err<Response>(e);
  return ok(releaseResponse(info.sender, msg.owner, msg.amount.amount));
}

function executeReleaseLocalStake(deps: Deps, info: MessageInfo, cfg: Config, owner: string): Result<Response> {
  const amount = mustPay(info, cfg.denom);
  if (amount.isErr) return amount.castErr<Response>();
  const e = unstake(deps, info.sender, cfg, owner, new Coin(cfg.denom, amount.value));
  if (e !== null) return err<Response>(e);
  return ok(releaseResponse(info.sender, owner, amount.value));
}

// ---------------------------------------------------------------- slashing

function executeSlash(deps: Deps, info: MessageInfo, cfg: Config, msg: ExecuteMsg, local: bool): Result<Response> {
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  const ls = LOCAL_STAKING.load(deps.storage);
  if (ls.isErr) return ls.castErr<Response>();
  const localStaker = ls.value.value;
  const resp = Response.new();
  const lienHolder = info.sender;
  let users = "";
  for (let i = 0; i < msg.slashes.length; i++) {
    const s = msg.slashes[i];
    if (i > 0) users += ", ";
    users += s.user;
    const key = pair(s.user, lienHolder);
    const l = LIENS.load(deps.storage, key);
    if (l.isErr) return l.castErr<Response>();
    const lien = l.value;
    const u = USERS.load(deps.storage, s.user);
    if (u.isErr) return u.castErr<Response>();
    const user = u.value;
    const newCollateral = user.collateral - s.slash;
    const e1 = lien.amount.sub(s.slash, Uint128.zero());
    if (e1 !== null) return err<Response>(e1);
    LIENS.save(deps.storage, key, lien);
    const e2 = user.totalSlashable.sub(lien.slashable.mulUintFloor(s.slash), Uint128.zero());
    if (e2 !== null) return err<Response>(e2);
    recalculateMaxLien(deps.storage, s.user, user);
    // free collateral after the lien cut, before the collateral cut (upstream's order)
    const free = user.free().low;
    if (free < s.slash) {
      const e3 = propagateSlash(deps, cfg, localStaker, s.user, user, newCollateral, s.slash - free, lienHolder, msg.validator, resp);
      if (e3 !== null) return err<Response>(e3);
    }
    user.collateral = newCollateral;
    recalculateMaxLien(deps.storage, s.user, user);
    USERS.save(deps.storage, s.user, user);
  }
  return ok(
    resp
      .addAttribute("action", local ? "local_slash" : "cross_slash")
      .addAttribute("lien_holder", lienHolder)
      .addAttribute("validator", msg.validator)
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
  if (user.maxLien.high >= user.totalSlashable.high) {
    for (let i = 0; i < liens.length; i++) {
      const holder = keyToString(liens[i].key);
      const lien = liens[i].value;
      if (!(lien.amount.high > newCollateral)) continue;
      const newLow = minU128(lien.amount.low, newCollateral);
      const newHigh = minU128(lien.amount.high, newCollateral);
      const adjLow = lien.amount.low - newLow;
      const adjHigh = lien.amount.high - newHigh;
      user.totalSlashable = new ValueRange(
        user.totalSlashable.low - lien.slashable.mulUintFloor(adjLow),
        user.totalSlashable.high - lien.slashable.mulUintFloor(adjHigh),
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
    let subAmount = inv.value.mulUintFloor(claimed);
    if (!sum.mulUintFloor(subAmount).eq(claimed)) subAmount = subAmount + Uint128.one();
    for (let i = 0; i < liens.length; i++) {
      const holder = keyToString(liens[i].key);
      const lien = liens[i].value;
      const e1 = user.totalSlashable.sub(lien.slashable.mulUintFloor(subAmount), Uint128.zero());
      if (e1 !== null) return e1;
      const e2 = lien.amount.sub(subAmount, Uint128.zero());
      if (e2 !== null) return e2;
      LIENS.save(deps.storage, pair(owner, holder), lien);
      resp.addMessage(burnMsg(cfg, localStaker, holder, owner, subAmount, holder == slashedHolder ? validator : null));
    }
  }
  return null;
}

function burnMsg(cfg: Config, localStaker: LocalStaking | null, holder: string, owner: string, amount: Uint128, validator: string | null): CosmosMsg {
  const local = localStaker !== null && localStaker.contract == holder;
  return burnStake(holder, local, owner, new Coin(cfg.denom, amount), validator);
}

// ---------------------------------------------------------------- query

function pageLimit(m: QueryMsg): i32 {
  // upstream clamps with max(limit, 30) where min was meant; we cap at 30 (spec §15)
  const l = m.hasLimit ? m.limit : DEFAULT_PAGE_LIMIT;
  return <i32>(l < MAX_PAGE_LIMIT ? l : MAX_PAGE_LIMIT);
}

function startAfterBound(sa: string | null): Bound | null {
  return sa === null ? null : Bound.exclusiveRaw(utf8(sa));
}

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const parsed = parseMsg<QueryMsg>(raw, QUERY_MSG_TYPE, QueryMsg.readJson);
  if (parsed.isErr) return parsed.castErr<Binary>();
  const m = parsed.value;
  const config = CONFIG.load(deps.storage);
  if (config.isErr) return config.castErr<Binary>();
  const cfg = config.value;
  switch (m.kind) {
    case QueryKind.Account:
    case QueryKind.AccountDetails: {
      const a = deps.api.addrValidate(m.account);
      if (a.isErr) return a.castErr<Binary>();
      const u = loadUser(deps.storage, a.value);
      if (m.kind == QueryKind.Account) return ok(toJsonBinary(new AccountResponse(cfg.denom, u.collateral, u.free())));
      return ok(toJsonBinary(new AccountDetailsResponse(cfg.denom, u.collateral, u.free(), u.maxLien, u.totalSlashable)));
    }
    case QueryKind.Config: {
      const ls = LOCAL_STAKING.load(deps.storage);
      if (ls.isErr) return ls.castErr<Binary>();
      const local = ls.value.value;
      return ok(toJsonBinary(new ConfigResponse(cfg.denom, local === null ? null : local.contract, cfg.collateral)));
    }
    case QueryKind.ActiveExternalStaking: {
      const keys = ACTIVE_EXTERNAL.keys(deps.storage, null, null, Order.Ascending);
      const out = new Array<string>();
      for (let i = 0; i < keys.length; i++) out.push(keyToString(keys[i]));
      return ok(toJsonBinary(new StringList("contracts", out)));
    }
    case QueryKind.Claim: {
      const a = deps.api.addrValidate(m.account);
      if (a.isErr) return a.castErr<Binary>();
      const h = deps.api.addrValidate(m.lienholder);
      if (h.isErr) return h.castErr<Binary>();
      const lien = LIENS.mayLoad(deps.storage, pair(a.value, h.value));
      if (lien === null) return err<Binary>(E.NO_CLAIM);
      return ok(toJsonBinary<Lien>(lien));
    }
    case QueryKind.AccountClaims: {
      const sa = m.startAfter;
      const bound = startAfterBound(sa);
      const entries = LIENS.prefix<string>(m.account).range(deps.storage, bound, null, Order.Ascending, pageLimit(m)).collect();
      const claims = new Array<LienResponse>();
      for (let i = 0; i < entries.length; i++) claims.push(new LienResponse(keyToString(entries[i].key), entries[i].value.amount));
      return ok(toJsonBinary(new AccountClaimsResponse(claims)));
    }
    case QueryKind.AllAccounts: {
      const sa = m.startAfter;
      const bound = startAfterBound(sa);
      const limit = pageLimit(m);
      const it = USERS.range(deps.storage, bound, null, Order.Ascending);
      const out = new Array<AllAccountsItem>();
      let e = it.next();
      while (e !== null && out.length < limit) {
        const u = e.value;
        if (!m.withCollateral || !u.collateral.isZero()) out.push(new AllAccountsItem(keyToString(e.key), new AccountResponse(cfg.denom, u.collateral, u.free())));
        e = it.next();
      }
      return ok(toJsonBinary(new AllAccountsResponse(out)));
    }
    case QueryKind.PendingTx: {
      const tx = PENDING_TXS.load(deps.storage, m.txId);
      if (tx.isErr) return tx.castErr<Binary>();
      return ok(toJsonBinary(tx.value));
    }
    default: {
      const bound: Bound | null = m.hasStartAfterId ? Bound.exclusiveRaw(u64Key(m.startAfterId)) : null;
      const entries = PENDING_TXS.range(deps.storage, null, bound, Order.Descending, pageLimit(m)).collect();
      const txs = new Array<StakingTx>();
      for (let i = 0; i < entries.length; i++) txs.push(entries[i].value);
      return ok(toJsonBinary(new AllTxsResponse(txs)));
    }
  }
}
