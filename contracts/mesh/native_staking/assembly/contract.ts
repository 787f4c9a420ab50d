/**
 * mesh native-staking: the vault's local staker. It keeps one proxy contract per user (instantiated
 * on the user's first local stake), forwards stakes and slash burns to it, returns released stake
 * to the vault, and turns the chain's `jailing` sudo into a `local_slash` on the vault.
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
  Decimal,
  Event,
  Coin as BankCoin,
  WasmMsg,
  SubMsg,
  Reply,
  Order,
  StakingQuery,
  $try,
  toJsonBinary,
  doInstantiate,
  doExecute,
  doQuery,
  doSudo,
  doReply,
  keyToString,
  utf8,
  pair,
  parseMsg,
} from "../../../std/assembly";
import { mustPay, nonpayable } from "../../common/assembly/payment";
import { parseInstantiateResponse } from "../../common/assembly/proto";
import {
  InstantiateMsg,
  ExecuteMsg,
  ExecuteMsgKind,
  SudoMsg,
  QueryMsg,
  QueryMsgKind,
  Config,
  ProxyByOwnerResponse,
  OwnerByProxyResponse,
  SlashRatioResponse,
  StakeMsg,
  OwnerMsg,
  ProxyInstantiateMsg,
  ProxyExecMsg,
  StakeProxyExecMsg,
  BurnProxyExecMsg,
  VaultApiMsg,
  LocalSlashVaultApiMsg,
  ReleaseLocalStakeVaultApiMsg,
  SlashInfo,
  DelegationResponse,
} from "./msg";
import { ContractError } from "./error";
import { CONFIG, PROXY_BY_OWNER, OWNER_BY_PROXY, DELEGATORS, Flag, AddrValue } from "./state";

export { allocate, deallocate, interface_version_8, requires_iterator, requires_staking } from "../../../std/assembly";

const REPLY_ID_INSTANTIATE: u64 = 2;
const CONTRACT_NAME = "crates.io:mesh-native-staking";
const CONTRACT_VERSION = "0.10.0-alpha.2";

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}
export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, handleExecute);
}
export function sudo(env: u32, msg: u32): u32 {
  return doSudo(env, msg, handleSudo);
}
export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}
export function reply(env: u32, msg: u32): u32 {
  return doReply(env, msg, handleReply);
}

/** The vault instantiates native-staking: the sender is recorded as the vault. */
function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  if (msg.slashRatioDsign > Decimal.one() || msg.slashRatioOffline > Decimal.one()) return err<Response>(ContractError.InvalidSlashRatio);
  CONFIG.save(deps.storage, new Config(msg.denom, msg.proxyCodeId, info.sender, msg.slashRatioDsign, msg.slashRatioOffline));
  deps.storage.set(utf8("contract_info"), utf8('{"contract":"' + CONTRACT_NAME + '","version":"' + CONTRACT_VERSION + '"}'));
  return ok(Response.new());
}

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  switch (msg.kind) {
    case ExecuteMsgKind.ReceiveStake: {
      const m = msg.receiveStake!;
      return receiveStake(deps, env, info, cfg, m.owner, m.msg);
    }
    case ExecuteMsgKind.BurnStake: {
      const m = msg.burnStake!;
      if (info.sender != cfg.vault) return err<Response>(ContractError.Unauthorized);
      const np = nonpayable(info);
      if (np !== null) return err<Response>(np);
      const owner = $try(deps.api.addrValidate(m.owner));
      const proxy = PROXY_BY_OWNER.mayLoad(deps.storage, owner);
      if (proxy === null) return err<Response>(ContractError.NoProxy(m.owner));
      const call = ProxyExecMsg.Burn(new BurnProxyExecMsg(m.validator, m.amount));
      return ok(Response.new().addMessage(WasmMsg.execute(proxy.addr, toJsonBinary(call), [])));
    }
    default: {
      // release_proxy_stake: only a proxy of ours (owner_by_proxy authenticates it)
      $try(mustPay(info, cfg.denom));
      const owner = $try(OWNER_BY_PROXY.load(deps.storage, info.sender));
      const call = VaultApiMsg.ReleaseLocalStake(new ReleaseLocalStakeVaultApiMsg(owner.addr));
      return ok(Response.new().addMessage(WasmMsg.execute(cfg.vault, toJsonBinary(call), info.funds)));
    }
  }
}

/** LocalStakingApi `receive_stake`: the vault's stake goes to the owner's proxy (created on first use). */
function receiveStake(deps: Deps, env: Env, info: MessageInfo, cfg: Config, ownerText: string, payload: Binary): Result<Response> {
  if (info.sender != cfg.vault) return err<Response>(ContractError.Unauthorized);
  $try(mustPay(info, cfg.denom));
  const stake = $try(parseMsg<StakeMsg>(payload.data, "mesh_native_staking::msg::StakeMsg", StakeMsg.readJson));
  const owner = $try(deps.api.addrValidate(ownerText));
  DELEGATORS.save(deps.storage, pair(stake.validator, owner), new Flag(true));
  const proxy = PROXY_BY_OWNER.mayLoad(deps.storage, owner);
  if (proxy === null) {
    const init = toJsonBinary(new ProxyInstantiateMsg(cfg.denom, ownerText, stake.validator));
    const inst = WasmMsg.instantiate(env.contract.address, cfg.proxyCodeId, init, info.funds, "LSP for " + ownerText);
    return ok(Response.new().addSubmessage(SubMsg.replyOnSuccess(inst, REPLY_ID_INSTANTIATE)));
  }
  const call = ProxyExecMsg.Stake(new StakeProxyExecMsg(stake.validator));
  return ok(Response.new().addMessage(WasmMsg.execute(proxy.addr, toJsonBinary(call), info.funds)));
}

/** The new proxy: its address, and its owner from the instantiate data `{owner}`. */
function handleReply(deps: Deps, env: Env, reply: Reply): Result<Response> {
  if (reply.id != REPLY_ID_INSTANTIATE) return err<Response>(ContractError.InvalidReplyId(reply.id));
  const res = reply.ok;
  if (res === null) return err<Response>(reply.error !== null ? <string>reply.error : "reply without result");
  const d = res.data;
  const parsed = $try(parseInstantiateResponse(d === null ? null : d.data));
  const data = parsed.data;
  if (data === null) return err<Response>(ContractError.NoInstantiateData);
  const ownerMsg = $try(OwnerMsg.parse(data));
  const owner = $try(deps.api.addrValidate(ownerMsg.owner));
  PROXY_BY_OWNER.save(deps.storage, owner, new AddrValue(parsed.address));
  OWNER_BY_PROXY.save(deps.storage, parsed.address, new AddrValue(owner));
  return ok(Response.new());
}

// ---------------------------------------------------------------- jailing (sudo from the chain)

function handleSudo(deps: Deps, env: Env, raw: Uint8Array): Result<Response> {
  const msg = $try(SudoMsg.parse(raw));
  const m = msg.jailing!;
  const cfg = $try(CONFIG.load(deps.storage));
  const jailedList = m.jailed;
  const tombstonedList = m.tombstoned;
  const jailed = jailedList !== null ? jailedList : new Array<string>();
  const tombstoned = tombstonedList !== null ? tombstonedList : new Array<string>();
  const resp = Response.new();
  for (let i = 0; i < tombstoned.length; i++) {
    const call = $try(slashingFor(deps, cfg, tombstoned[i], cfg.slashRatioDsign));
    if (call !== null) resp.addMessage(WasmMsg.execute(cfg.vault, toJsonBinary<VaultApiMsg>(call), []));
  }
  for (let i = 0; i < jailed.length; i++) {
    const call = $try(slashingFor(deps, cfg, jailed[i], cfg.slashRatioOffline));
    if (call !== null) resp.addMessage(WasmMsg.execute(cfg.vault, toJsonBinary<VaultApiMsg>(call), []));
  }
  const evt = new Event("jailing");
  if (jailed.length > 0) evt.addAttribute("jailed", jailed.join(","));
  if (tombstoned.length > 0) evt.addAttribute("tombstoned", tombstoned.join(","));
  return ok(resp.addEvent(evt));
}

/**
 * `local_slash` for every owner delegating to `validator` through their proxy: `ratio` of the
 * proxy's current (pre-slash) delegation. Owners whose delegation is gone are forgotten.
 */
function slashingFor(deps: Deps, cfg: Config, validator: string, ratio: Decimal): Result<VaultApiMsg | null> {
  const owners = DELEGATORS.prefix<string>(validator).keys(deps.storage, null, null, Order.Ascending);
  if (owners.length == 0) return ok<VaultApiMsg | null>(null);
  const slashes = new Array<SlashInfo>();
  for (let i = 0; i < owners.length; i++) {
    const owner = keyToString(owners[i]);
    const proxy = $try(PROXY_BY_OWNER.load(deps.storage, owner));
    const d = $try(deps.querier.query<DelegationResponse>(StakingQuery.delegation(proxy.addr, validator), DelegationResponse.readJson, "cosmwasm_std::DelegationResponse"));
    const full = d.delegation;
    if (full === null || full.amount.amount.isZero()) {
      DELEGATORS.remove(deps.storage, pair(validator, owner));
      continue;
    }
    slashes.push(new SlashInfo(owner, ratio.mulUintFloor(full.amount.amount)));
  }
  if (slashes.length == 0) return ok<VaultApiMsg | null>(null);
  return ok<VaultApiMsg | null>(VaultApiMsg.LocalSlash(new LocalSlashVaultApiMsg(slashes, validator)));
}

// ---------------------------------------------------------------- query

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const msg = $try(QueryMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  switch (msg.kind) {
    case QueryMsgKind.Config:
      return ok(toJsonBinary(cfg));
    case QueryMsgKind.ProxyByOwner: {
      const q = msg.proxyByOwner!;
      const owner = $try(deps.api.addrValidate(q.owner));
      const p = $try(PROXY_BY_OWNER.load(deps.storage, owner));
      return ok(toJsonBinary(new ProxyByOwnerResponse(p.addr)));
    }
    case QueryMsgKind.OwnerByProxy: {
      const q = msg.ownerByProxy!;
      const proxy = $try(deps.api.addrValidate(q.proxy));
      const o = $try(OWNER_BY_PROXY.load(deps.storage, proxy));
      return ok(toJsonBinary(new OwnerByProxyResponse(o.addr)));
    }
    default:
      return ok(toJsonBinary(new SlashRatioResponse(cfg.slashRatioDsign, cfg.slashRatioOffline)));
  }
}
