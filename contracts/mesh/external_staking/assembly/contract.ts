/**
 * mesh external-staking: a user's remote stakes towards one consumer chain, funded by liens on the
 * vault. Stakes and unstakes are two-phase over the IBC control channel (ibc.ts): prepared here,
 * committed or rolled back when the converter's ack (or a timeout) comes back, and the vault's
 * two-phase tx follows. Rewards are points per stake (§6.4); slashing is reported by the consumer
 * in valset updates (§6.6). Upstream: mesh-security v0.10.0-alpha.2 `contracts/provider/external-staking`.
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
  Uint256,
  Decimal,
  WasmMsg,
  Order,
  Bound,
  CosmosMsg,
  Storage,
  Pair,
  $try,
  toJsonBinary,
  doInstantiate,
  doExecute,
  doQuery,
  doIbcChannelOpen,
  doIbcChannelConnect,
  doIbcChannelClose,
  doIbcPacketReceive,
  doIbcPacketAck,
  doIbcPacketTimeout,
  keyToString,
  utf8,
  u64Key,
} from "../../../std/assembly";
import { prepareAdd, prepareSub, commitSub, rollbackAddSaturating, commitAddSaturating, rollbackSubSaturating, sub, minU128 } from "../../common/assembly/range";
import { nonpayable } from "../../common/assembly/payment";
import { distributeBurn } from "../../common/assembly/burn";
import {
  InstantiateMsg,
  ExecuteMsg,
  ExecuteMsgKind,
  QueryMsg,
  QueryMsgKind,
  ReceiveVirtualStake,
  Coin,
  Config,
  ConfigResponse,
  IbcChannelResponse,
  Stake,
  StakeInfo,
  StakesResponse,
  PendingUnbond,
  Tx,
  TxKind,
  TxResponse,
  InFlightRemoteStakingTx,
  InFlightRemoteUnstakingTx,
  InFlightTransferFundsTx,
  PendingRewards,
  ValidatorPendingRewards,
  AllPendingRewards,
  ListActiveValidatorsResponse,
  ListValidatorsResponse,
  SlashRatioResponse,
  ProviderPacket,
  StakeProviderPacket,
  UnstakeProviderPacket,
  BurnProviderPacket,
  TransferRewardsProviderPacket,
  VaultApiMsg,
  ReleaseCrossStakeVaultApiMsg,
  CommitTxVaultApiMsg,
  RollbackTxVaultApiMsg,
  CrossSlashVaultApiMsg,
  ValueRange,
  SlashInfo,
  Distribution,
} from "./msg";
import { ContractError } from "./error";
import { CONFIG, AUTH_ENDPOINT, IBC_CHANNEL, STAKES, STAKES_BY_VALIDATOR, DISTRIBUTION, PENDING_TXS, nextTxId, loadStake, saveStake, loadDistribution, alignmentZero } from "./state";
import { isActive, validatorState, listActive, listValidators } from "./crdt";
import { channelOpen, channelConnect, channelClose, packetReceive, packetAck, packetTimeout, sendPacket } from "./ibc";
export { allocate, deallocate, interface_version_8, requires_iterator } from "../../../std/assembly";

const DEFAULT_PAGE_LIMIT: u32 = 10;
const MAX_PAGE_LIMIT: u32 = 30;
const DEFAULT_VALIDATOR_LIMIT: u32 = 100;
const POINTS_SCALE: u64 = 1_000_000_000;

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}
export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, handleExecute);
}
export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}
export function ibc_channel_open(env: u32, msg: u32): u32 {
  return doIbcChannelOpen(env, msg, channelOpen);
}
export function ibc_channel_connect(env: u32, msg: u32): u32 {
  return doIbcChannelConnect(env, msg, channelConnect);
}
export function ibc_channel_close(env: u32, msg: u32): u32 {
  return doIbcChannelClose(env, msg, channelClose);
}
export function ibc_packet_receive(env: u32, msg: u32): u32 {
  return doIbcPacketReceive(env, msg, packetReceive);
}
export function ibc_packet_ack(env: u32, msg: u32): u32 {
  return doIbcPacketAck(env, msg, packetAck);
}
export function ibc_packet_timeout(env: u32, msg: u32): u32 {
  return doIbcPacketTimeout(env, msg, packetTimeout);
}

// ---------------------------------------------------------------- instantiate

function handleInstantiate(deps: Deps, _env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  const e = nonpayable(info);
  if (e !== null) return err<Response>(e);
  const ratio = msg.slashRatio;
  if (ratio.doubleSign > Decimal.one() || ratio.offline > Decimal.one()) return err<Response>(ContractError.InvalidMaxSlashing);
  const ep = msg.remoteContact;
  if (ep.connectionId.length == 0 || ep.portId.length == 0) {
    return err<Response>(ContractError.InvalidEndpoint('AuthorizedEndpoint { connection_id: "' + ep.connectionId + '", port_id: "' + ep.portId + '" }'));
  }
  const vault = $try(deps.api.addrValidate(msg.vault));
  CONFIG.save(deps.storage, new Config(msg.denom, msg.rewardsDenom, vault, msg.unbondingPeriod, ratio));
  AUTH_ENDPOINT.save(deps.storage, ep);
  return ok(Response.new());
}

// ---------------------------------------------------------------- execute

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  switch (msg.kind) {
    case ExecuteMsgKind.ReceiveVirtualStake: {
      const m = msg.receiveVirtualStake!;
      return receiveVirtualStake(deps, env, info, cfg, m.owner, m.amount, m.txId, m.msg);
    }
    case ExecuteMsgKind.BurnVirtualStake: {
      const m = msg.burnVirtualStake!;
      return burnVirtualStake(deps, env, info, cfg, m.owner, m.amount, m.validator);
    }
    case ExecuteMsgKind.Unstake: {
      const m = msg.unstake!;
      return unstake(deps, env, info, cfg, m.validator, m.amount);
    }
    case ExecuteMsgKind.WithdrawUnbonded:
      return withdrawUnbonded(deps, env, info, cfg);
    default: {
      const m = msg.withdrawRewards!;
      return withdrawRewards(deps, env, info, cfg, m.validator, m.remoteRecipient);
    }
  }
}

function receiveVirtualStake(deps: Deps, env: Env, info: MessageInfo, cfg: Config, owner: string, amount: Coin, txId: u64, raw: Binary): Result<Response> {
  if (info.sender != cfg.vault) return err<Response>(ContractError.Unauthorized);
  if (amount.denom != cfg.denom) return err<Response>(ContractError.InvalidDenom(cfg.denom));
  const m = $try(ReceiveVirtualStake.parse(raw.data));
  const owner2 = $try(deps.api.addrValidate(owner));
  if (!isActive(deps.storage, m.validator)) return err<Response>(ContractError.ValidatorNotActive(m.validator));
  const stake = loadStake(deps.storage, owner2, m.validator);
  const e = prepareAdd<ValueRange>(stake.stake, amount.amount, null);
  if (e !== null) return err<Response>(e);
  saveStake(deps.storage, owner2, m.validator, stake);
  if (DISTRIBUTION.mayLoad(deps.storage, m.validator) === null) DISTRIBUTION.save(deps.storage, m.validator, loadDistribution(deps.storage, m.validator));
  PENDING_TXS.save(deps.storage, txId, Tx.InFlightRemoteStaking(new InFlightRemoteStakingTx(txId, amount.amount, owner2, m.validator)));
  const packet = $try(sendPacket(deps, env, ProviderPacket.Stake(new StakeProviderPacket(m.validator, amount, txId))));
  return ok(
    Response.new()
      .addMessage(packet)
      .addAttribute("action", "receive_virtual_stake")
      .addAttribute("owner", owner2)
      .addAttribute("amount", amount.amount.toString())
      .addAttribute("tx_id", txId.toString()),
  );
}

function unstake(deps: Deps, env: Env, info: MessageInfo, cfg: Config, validator: string, amount: Coin): Result<Response> {
  const e0 = nonpayable(info);
  if (e0 !== null) return err<Response>(e0);
  if (amount.denom != cfg.denom) return err<Response>(ContractError.InvalidDenom(cfg.denom));
  const user = info.sender;
  const stake = loadStake(deps.storage, user, validator);
  if (stake.stake.l < amount.amount) return err<Response>(ContractError.NotEnoughStake(stake.stake.l));
  const e = prepareSub<ValueRange>(stake.stake, amount.amount, Uint128.zero());
  if (e !== null) return err<Response>(e);
  saveStake(deps.storage, user, validator, stake);
  const id = nextTxId(deps.storage);
  PENDING_TXS.save(deps.storage, id, Tx.InFlightRemoteUnstaking(new InFlightRemoteUnstakingTx(id, amount.amount, user, validator)));
  const packet = $try(sendPacket(deps, env, ProviderPacket.Unstake(new UnstakeProviderPacket(validator, amount, id))));
  return ok(Response.new().addMessage(packet).addAttribute("action", "unstake").addAttribute("amount", amount.amount.toString()).addAttribute("owner", user));
}

function withdrawUnbonded(deps: Deps, env: Env, info: MessageInfo, cfg: Config): Result<Response> {
  const e0 = nonpayable(info);
  if (e0 !== null) return err<Response>(e0);
  const user = info.sender;
  const now = env.block.time.nanos;
  const entries = STAKES.prefix<string>(user).range(deps.storage, null, null, Order.Ascending).collect();
  let released = Uint128.zero();
  for (let i = 0; i < entries.length; i++) {
    const s = entries[i].value;
    const keep = new Array<PendingUnbond>();
    let changed = false;
    for (let j = 0; j < s.pendingUnbonds.length; j++) {
      const u = s.pendingUnbonds[j];
      if (u.releaseAt.nanos <= now) {
        released = released + u.amount;
        changed = true;
      } else keep.push(u);
    }
    if (changed) {
      s.pendingUnbonds = keep;
      STAKES.save(deps.storage, new Pair<string, string>(user, keyToString(entries[i].key)), s);
    }
  }
  const resp = Response.new().addAttribute("action", "withdraw_unbonded").addAttribute("owner", user).addAttribute("amount", released.toString());
  if (released.isZero()) return ok(resp);
  const call = VaultApiMsg.ReleaseCrossStake(new ReleaseCrossStakeVaultApiMsg(user, new Coin(cfg.denom, released)));
  return ok(resp.addMessage(WasmMsg.execute(cfg.vault, toJsonBinary(call), [])));
}

function withdrawRewards(deps: Deps, env: Env, info: MessageInfo, cfg: Config, validator: string, recipient: string): Result<Response> {
  const e0 = nonpayable(info);
  if (e0 !== null) return err<Response>(e0);
  const user = info.sender;
  const stake = loadStake(deps.storage, user, validator);
  const amount = calculateReward(stake, loadDistribution(deps.storage, validator));
  if (amount.isZero()) return err<Response>(ContractError.NoRewards);
  const id = nextTxId(deps.storage);
  PENDING_TXS.save(deps.storage, id, Tx.InFlightTransferFunds(new InFlightTransferFundsTx(id, amount, user, validator)));
  const packet = $try(sendPacket(deps, env, ProviderPacket.TransferRewards(new TransferRewardsProviderPacket(new Coin(cfg.rewardsDenom, amount), recipient, id))));
  return ok(
    Response.new()
      .addMessage(packet)
      .addAttribute("action", "withdraw_rewards")
      .addAttribute("owner", user)
      .addAttribute("validator", validator)
      .addAttribute("recipient", recipient)
      .addAttribute("amount", amount.toString()),
  );
}

function burnVirtualStake(deps: Deps, env: Env, info: MessageInfo, cfg: Config, owner: string, amount: Coin, validator: string | null): Result<Response> {
  if (info.sender != cfg.vault) return err<Response>(ContractError.Unauthorized);
  if (amount.denom != cfg.denom) return err<Response>(ContractError.InvalidDenom(cfg.denom));
  const user = $try(deps.api.addrValidate(owner));
  const vals = new Array<string>();
  const stakes = new Array<Stake>();
  if (validator !== null) {
    const s = STAKES.mayLoad(deps.storage, new Pair<string, string>(user, validator));
    if (s !== null) {
      vals.push(validator);
      stakes.push(s);
    }
  } else {
    const entries = STAKES.prefix<string>(user).range(deps.storage, null, null, Order.Ascending).collect();
    for (let i = 0; i < entries.length; i++) {
      vals.push(keyToString(entries[i].key));
      stakes.push(entries[i].value);
    }
  }
  if (stakes.length == 0) return err<Response>(ContractError.InsufficientDelegations(user, amount.amount));
  const highs = new Array<Uint128>();
  for (let i = 0; i < stakes.length; i++) highs.push(stakes[i].stake.h);
  const plan = distributeBurn(highs, amount.amount);
  if (plan.burned < amount.amount) return err<Response>(ContractError.InsufficientDelegations(user, amount.amount));
  const burnedVals = new Array<string>();
  for (let i = 0; i < stakes.length; i++) {
    const part = plan.parts[i];
    if (part.isZero()) continue;
    const s = stakes[i];
    const e = sub<ValueRange>(s.stake, part, null);
    if (e !== null) return err<Response>(e);
    const d = loadDistribution(deps.storage, vals[i]);
    s.pointsAlignment = s.pointsAlignment + Uint256.fromUint128(part) * d.pointsPerStake;
    d.totalStake = d.totalStake.saturatingSub(part);
    DISTRIBUTION.save(deps.storage, vals[i], d);
    saveStake(deps.storage, user, vals[i], s);
    burnedVals.push(vals[i]);
  }
  const packet = $try(sendPacket(deps, env, ProviderPacket.Burn(new BurnProviderPacket(burnedVals, amount))));
  return ok(Response.new().addMessage(packet).addAttribute("action", "burn_virtual_stake").addAttribute("owner", user).addAttribute("amount", amount.amount.toString()));
}

// ---------------------------------------------------------------- tx completion (called by ibc.ts)

function pendingTx(storage: Storage, id: u64, kind: TxKind, name: string): Result<Tx> {
  const tx = $try(PENDING_TXS.load(storage, id));
  if (tx.kind != kind) return err<Tx>(ContractError.WrongTypeTx(id, name + " expected"));
  return ok(tx);
}

function vaultCall(cfg: Config, call: VaultApiMsg): CosmosMsg {
  return WasmMsg.execute(cfg.vault, toJsonBinary(call), []);
}

export function commitStake(deps: Deps, txId: u64): Result<CosmosMsg> {
  const tx = $try(pendingTx(deps.storage, txId, TxKind.InFlightRemoteStaking, "in_flight_remote_staking"));
  const t = tx.inFlightRemoteStaking!;
  const cfg = $try(CONFIG.load(deps.storage));
  const stake = loadStake(deps.storage, t.user, t.validator);
  commitAddSaturating<ValueRange>(stake.stake, t.amount);
  const d = loadDistribution(deps.storage, t.validator);
  stake.pointsAlignment = stake.pointsAlignment - Uint256.fromUint128(t.amount) * d.pointsPerStake;
  d.totalStake = d.totalStake + t.amount;
  saveStake(deps.storage, t.user, t.validator, stake);
  DISTRIBUTION.save(deps.storage, t.validator, d);
  PENDING_TXS.remove(deps.storage, txId);
  return ok(vaultCall(cfg, VaultApiMsg.CommitTx(new CommitTxVaultApiMsg(txId))));
}

export function rollbackStake(deps: Deps, txId: u64): Result<CosmosMsg> {
  const tx = $try(pendingTx(deps.storage, txId, TxKind.InFlightRemoteStaking, "in_flight_remote_staking"));
  const t = tx.inFlightRemoteStaking!;
  const cfg = $try(CONFIG.load(deps.storage));
  const stake = loadStake(deps.storage, t.user, t.validator);
  rollbackAddSaturating<ValueRange>(stake.stake, t.amount);
  saveStake(deps.storage, t.user, t.validator, stake);
  PENDING_TXS.remove(deps.storage, txId);
  return ok(vaultCall(cfg, VaultApiMsg.RollbackTx(new RollbackTxVaultApiMsg(txId))));
}

export function commitUnstake(deps: Deps, env: Env, txId: u64): Result<bool> {
  const tx = $try(pendingTx(deps.storage, txId, TxKind.InFlightRemoteUnstaking, "in_flight_remote_unstaking"));
  const t = tx.inFlightRemoteUnstaking!;
  const cfg = $try(CONFIG.load(deps.storage));
  const stake = loadStake(deps.storage, t.user, t.validator);
  // the stake may have been slashed while the unstake was in flight
  const a = minU128(t.amount, stake.stake.h);
  commitSub<ValueRange>(stake.stake, a);
  // the unbonding period counts from the ack; an unbonded or tombstoned validator releases at once
  const st = validatorState(deps.storage, t.validator);
  const releaseAt = st == "unbonded" || st == "tombstoned" ? env.block.time : env.block.time.plusSeconds(cfg.unbondingPeriod);
  stake.pendingUnbonds.push(new PendingUnbond(a, releaseAt));
  const d = loadDistribution(deps.storage, t.validator);
  stake.pointsAlignment = stake.pointsAlignment + Uint256.fromUint128(a) * d.pointsPerStake;
  d.totalStake = d.totalStake - a;
  saveStake(deps.storage, t.user, t.validator, stake);
  DISTRIBUTION.save(deps.storage, t.validator, d);
  PENDING_TXS.remove(deps.storage, txId);
  return ok(true);
}

export function rollbackUnstake(deps: Deps, txId: u64): Result<bool> {
  const tx = $try(pendingTx(deps.storage, txId, TxKind.InFlightRemoteUnstaking, "in_flight_remote_unstaking"));
  const t = tx.inFlightRemoteUnstaking!;
  const stake = loadStake(deps.storage, t.user, t.validator);
  rollbackSubSaturating<ValueRange>(stake.stake, t.amount);
  saveStake(deps.storage, t.user, t.validator, stake);
  PENDING_TXS.remove(deps.storage, txId);
  return ok(true);
}

export function commitWithdrawRewards(deps: Deps, txId: u64): Result<bool> {
  const tx = $try(pendingTx(deps.storage, txId, TxKind.InFlightTransferFunds, "in_flight_transfer_funds"));
  const t = tx.inFlightTransferFunds!;
  const stake = loadStake(deps.storage, t.staker, t.validator);
  stake.withdrawnFunds = stake.withdrawnFunds + t.amount;
  saveStake(deps.storage, t.staker, t.validator, stake);
  PENDING_TXS.remove(deps.storage, txId);
  return ok(true);
}

export function rollbackWithdrawRewards(deps: Deps, txId: u64): Result<bool> {
  $try(pendingTx(deps.storage, txId, TxKind.InFlightTransferFunds, "in_flight_transfer_funds"));
  PENDING_TXS.remove(deps.storage, txId);
  return ok(true);
}

// ---------------------------------------------------------------- rewards and slashing (called by ibc.ts)

/** `points = amount × 1e9 + leftover`; `pps += points / total_stake`; `leftover = points mod total_stake`. */
export function distributeRewards(storage: Storage, validator: string, amount: Uint128): Result<bool> {
  const d = loadDistribution(storage, validator);
  const points = Uint256.fromUint128(amount) * Uint256.fromU64(POINTS_SCALE) + d.pointsLeftover;
  const total = Uint256.fromUint128(d.totalStake);
  if (total.isZero()) return err<bool>("Cannot divide " + points.toString() + " by zero");
  d.pointsPerStake = d.pointsPerStake + points / total;
  d.pointsLeftover = points.checkedRem(total)!;
  DISTRIBUTION.save(storage, validator, d);
  return ok(true);
}

/** `floor((pps × stake.low + points_alignment) / 1e9) − withdrawn_funds` ("read committed"). */
export function calculateReward(stake: Stake, d: Distribution): Uint128 {
  const points = d.pointsPerStake * Uint256.fromUint128(stake.stake.l) + stake.pointsAlignment;
  const zero = alignmentZero();
  if (points < zero) return Uint128.zero();
  const total = (points - zero) / Uint256.fromU64(POINTS_SCALE);
  const t = total.toUint128();
  if (t === null) return Uint128.zero();
  return t.saturatingSub(stake.withdrawnFunds);
}

/**
 * §6.6: cuts every stake on `validator` by its share of `slashAmount` (upstream uses the current
 * stake, not the one at the infraction), slashes pending unbonds that started after the infraction
 * by the nominal ratio, and reports it all to the vault in one `cross_slash`.
 */
export function handleSlashing(storage: Storage, env: Env, validator: string, ratio: Decimal, slashAmount: Uint128, infractionTime: u64): Result<CosmosMsg | null> {
  const cfg = $try(CONFIG.load(storage));
  const users = STAKES_BY_VALIDATOR.prefix<string>(validator).keys(storage, null, null, Order.Ascending);
  if (users.length == 0) return ok<CosmosMsg | null>(null);
  const stakes = new Array<Stake>();
  let total = Uint128.zero();
  for (let i = 0; i < users.length; i++) {
    const s = loadStake(storage, keyToString(users[i]), validator);
    stakes.push(s);
    total = total + s.stake.h;
  }
  if (total.isZero()) return ok<CosmosMsg | null>(null);
  const eff = Decimal.fromRatio(slashAmount, total);
  const d = loadDistribution(storage, validator);
  const now = env.block.time.nanos;
  const infraction = infractionTime * 1_000_000_000;
  const periodNanos = cfg.unbondingPeriod * 1_000_000_000;
  const slashes = new Array<SlashInfo>();
  for (let i = 0; i < stakes.length; i++) {
    const s = stakes[i];
    if (s.stake.h.isZero()) continue;
    const user = keyToString(users[i]);
    const cut = eff.mulUintFloor(s.stake.h);
    s.stake.l = s.stake.l.saturatingSub(cut);
    s.stake.h = s.stake.h - cut;
    s.pointsAlignment = s.pointsAlignment + Uint256.fromUint128(cut) * d.pointsPerStake;
    d.totalStake = d.totalStake.saturatingSub(cut);
    let pendingSlashed = Uint128.zero();
    for (let j = 0; j < s.pendingUnbonds.length; j++) {
      const u = s.pendingUnbonds[j];
      const start = u.releaseAt.nanos - periodNanos;
      if (start > infraction && u.releaseAt.nanos > now) {
        const x = ratio.mulUintFloor(u.amount);
        u.amount = u.amount - x;
        pendingSlashed = pendingSlashed + x;
      }
    }
    STAKES.save(storage, new Pair<string, string>(user, validator), s);
    slashes.push(new SlashInfo(user, cut + pendingSlashed));
  }
  DISTRIBUTION.save(storage, validator, d);
  if (slashes.length == 0) return ok<CosmosMsg | null>(null);
  return ok<CosmosMsg | null>(vaultCall(cfg, VaultApiMsg.CrossSlash(new CrossSlashVaultApiMsg(slashes, validator))));
}

// ---------------------------------------------------------------- query

function pageLimit(hasLimit: bool, limit: u32, def: u32, max: u32): i32 {
  // upstream clamps with max(limit, ..) where min was meant; we cap (spec §15)
  const l = hasLimit ? limit : def;
  return <i32>(l < max ? l : max);
}

function startAfterBound(sa: string | null): Bound | null {
  return sa === null ? null : Bound.exclusiveRaw(utf8(sa));
}

function handleQuery(deps: Deps, _env: Env, raw: Uint8Array): Result<Binary> {
  const m = $try(QueryMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  switch (m.kind) {
    case QueryMsgKind.Config:
      return ok(toJsonBinary(new ConfigResponse(cfg.denom, cfg.vault, cfg.unbondingPeriod)));
    case QueryMsgKind.AuthorizedEndpoint:
    {
      const a = $try(AUTH_ENDPOINT.load(deps.storage));
      return ok(toJsonBinary(a));
    }
    case QueryMsgKind.IbcChannel:
    {
      const c = $try(IBC_CHANNEL.load(deps.storage));
      return ok(toJsonBinary(new IbcChannelResponse(c)));
    }
    case QueryMsgKind.ListActiveValidators: {
      const q = m.listActiveValidators!;
      const limit = pageLimit(q.hasLimit, q.limit, DEFAULT_VALIDATOR_LIMIT, DEFAULT_VALIDATOR_LIMIT);
      return ok(toJsonBinary(new ListActiveValidatorsResponse(listActive(deps.storage, q.startAfter, limit))));
    }
    case QueryMsgKind.ListValidators: {
      const q = m.listValidators!;
      const limit = pageLimit(q.hasLimit, q.limit, DEFAULT_VALIDATOR_LIMIT, DEFAULT_VALIDATOR_LIMIT);
      return ok(toJsonBinary(new ListValidatorsResponse(listValidators(deps.storage, q.startAfter, limit))));
    }
    case QueryMsgKind.Stake: {
      const q = m.stake!;
      const user = $try(deps.api.addrValidate(q.user));
      return ok(toJsonBinary(loadStake(deps.storage, user, q.validator)));
    }
    case QueryMsgKind.Stakes: {
      const q = m.stakes!;
      const user = $try(deps.api.addrValidate(q.user));
      const entries = STAKES.prefix<string>(user).range(deps.storage, startAfterBound(q.startAfter), null, Order.Ascending, pageLimit(q.hasLimit, q.limit, DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT)).collect();
      const out = new Array<StakeInfo>();
      for (let i = 0; i < entries.length; i++) out.push(new StakeInfo(user, keyToString(entries[i].key), entries[i].value.stake.h));
      return ok(toJsonBinary(new StakesResponse(out)));
    }
    case QueryMsgKind.PendingTx:
    {
      const tx = $try(PENDING_TXS.load(deps.storage, m.pendingTx!.txId));
      return ok(toJsonBinary(tx));
    }
    case QueryMsgKind.AllPendingTxsDesc: {
      const q = m.allPendingTxsDesc!;
      const bound: Bound | null = q.hasStartAfter ? Bound.exclusiveRaw(u64Key(q.startAfter)) : null;
      const entries = PENDING_TXS.range(deps.storage, null, bound, Order.Descending, pageLimit(q.hasLimit, q.limit, DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT)).collect();
      const txs = new Array<Tx>();
      for (let i = 0; i < entries.length; i++) txs.push(entries[i].value);
      return ok(toJsonBinary(new TxResponse(txs)));
    }
    case QueryMsgKind.PendingRewards: {
      const q = m.pendingRewards!;
      const user = $try(deps.api.addrValidate(q.user));
      const amount = calculateReward(loadStake(deps.storage, user, q.validator), loadDistribution(deps.storage, q.validator));
      return ok(toJsonBinary(new PendingRewards(new Coin(cfg.rewardsDenom, amount))));
    }
    case QueryMsgKind.AllPendingRewards: {
      const q = m.allPendingRewards!;
      const user = $try(deps.api.addrValidate(q.user));
      const entries = STAKES.prefix<string>(user).range(deps.storage, startAfterBound(q.startAfter), null, Order.Ascending, pageLimit(q.hasLimit, q.limit, DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT)).collect();
      const out = new Array<ValidatorPendingRewards>();
      for (let i = 0; i < entries.length; i++) {
        const v = keyToString(entries[i].key);
        const amount = calculateReward(entries[i].value, loadDistribution(deps.storage, v));
        out.push(new ValidatorPendingRewards(v, new PendingRewards(new Coin(cfg.rewardsDenom, amount))));
      }
      return ok(toJsonBinary(new AllPendingRewards(out)));
    }
    default:
      return ok(toJsonBinary(new SlashRatioResponse(cfg.maxSlashing.doubleSign, cfg.maxSlashing.offline)));
  }
}
