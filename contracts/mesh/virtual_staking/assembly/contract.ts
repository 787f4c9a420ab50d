/**
 * mesh virtual-staking: the converter's stake on the consumer chain. Bond and unbond requests are
 * summed per validator and applied once per epoch (the chain's `handle_epoch` sudo) as net
 * `virtual_stake` custom messages, which x/meshsecurity turns into mint + delegate and instant
 * undelegate + burn within the contract's max cap. Each epoch also withdraws the rewards of every
 * active bonded validator; the replies are collected into one `distribute_rewards` batch for the
 * converter. Slashes reported by `handle_valset_update` are queued and applied at the next epoch.
 */
import {
  Deps,
  Env,
  MessageInfo,
  Response,
  Result,
  Binary,
  Event,
  Uint128,
  Order,
  CosmosMsg,
  WasmMsg,
  SubMsg,
  Reply,
  DistributionMsg,
  ok,
  err,
  $try,
  toJsonBinary,
  doInstantiate,
  doExecute,
  doQuery,
  doSudo,
  doReply,
  utf8,
  parseMsg,
  Coin as BankCoin,
} from "../../../std/assembly";
import { nonpayable } from "../../common/assembly/payment";
import { distributeBurn } from "../../common/assembly/burn";
import {
  InstantiateMsg,
  ExecuteMsg,
  ExecuteMsgKind,
  SudoMsg,
  SudoMsgKind,
  QueryMsg,
  QueryMsgKind,
  Config,
  Coin,
  StakeResponse,
  ValidatorStake,
  AllStakeResponse,
  Bonded,
  SlashRequests,
  Validators,
  RewardInfo,
  RewardBatch,
  ValidatorSlash,
  ValidatorSlashInfo,
  VirtualStakeMsg,
  BondVirtualStakeMsg,
  UnbondVirtualStakeMsg,
  VirtualStakeCustomMsg,
  VirtualStakeQuery,
  BondStatusVirtualStakeQuery,
  VirtualStakeCustomQuery,
  BondStatusResponse,
  ConverterApiMsg,
  DistributeRewardsConverterApiMsg,
  ValsetUpdateConverterApiMsg,
  HandleValsetUpdateSudoMsg,
} from "./msg";
import { ContractError } from "./error";
import { CONFIG, BOND_REQUESTS, BONDED, SLASH_REQUESTS, INACTIVE, BURNED, REWARD_BATCH, REWARD_TARGETS } from "./state";

export { allocate, deallocate, interface_version_8, requires_staking } from "../../../std/assembly";

const REPLY_REWARDS_ID: u64 = 1;
const CONTRACT_NAME = "crates.io:mesh-virtual-staking";
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

/** The converter instantiates virtual-staking: the sender is recorded as the converter. */
function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  $try(InstantiateMsg.parse(raw));
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  const denom = $try(deps.querier.queryBondedDenom());
  CONFIG.save(deps.storage, new Config(denom, info.sender));
  BONDED.save(deps.storage, new Bonded([]));
  SLASH_REQUESTS.save(deps.storage, new SlashRequests([]));
  INACTIVE.save(deps.storage, new Validators([]));
  REWARD_BATCH.save(deps.storage, new RewardBatch([], Uint128.zero()));
  REWARD_TARGETS.save(deps.storage, new Validators([]));
  deps.storage.set(utf8("contract_info"), utf8('{"contract":"' + CONTRACT_NAME + '","version":"' + CONTRACT_VERSION + '"}'));
  return ok(Response.new());
}

function requestOf(deps: Deps, validator: string): Uint128 {
  const r = BOND_REQUESTS.mayLoad(deps.storage, validator);
  return r === null ? Uint128.zero() : r;
}

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  if (info.sender != cfg.converter) return err<Response>(ContractError.Unauthorized);
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  switch (msg.kind) {
    case ExecuteMsgKind.Bond: {
      const m = msg.bond!;
      if (m.amount.denom != cfg.denom) return err<Response>(ContractError.WrongDenom(m.amount.denom, cfg.denom));
      BOND_REQUESTS.save(deps.storage, m.validator, requestOf(deps, m.validator) + m.amount.amount);
      return ok(Response.new().addAttribute("action", "bond").addAttribute("validator", m.validator).addAttribute("amount", m.amount.amount.toString()));
    }
    case ExecuteMsgKind.Unbond: {
      const m = msg.unbond!;
      if (m.amount.denom != cfg.denom) return err<Response>(ContractError.WrongDenom(m.amount.denom, cfg.denom));
      const cur = requestOf(deps, m.validator);
      if (cur < m.amount.amount) return err<Response>(ContractError.InsufficientBond(m.validator, m.amount.amount));
      BOND_REQUESTS.save(deps.storage, m.validator, cur - m.amount.amount);
      return ok(Response.new().addAttribute("action", "unbond").addAttribute("validator", m.validator).addAttribute("amount", m.amount.amount.toString()));
    }
    default: {
      const m = msg.burn!;
      if (m.amount.denom != cfg.denom) return err<Response>(ContractError.WrongDenom(m.amount.denom, cfg.denom));
      const vals = new Array<string>();
      const stakes = new Array<Uint128>();
      for (let i = 0; i < m.validators.length; i++) {
        const r = requestOf(deps, m.validators[i]);
        if (!r.isZero()) {
          vals.push(m.validators[i]);
          stakes.push(r);
        }
      }
      if (vals.length == 0) return err<Response>(ContractError.InsufficientDelegations(m.amount.amount));
      const plan = distributeBurn(stakes, m.amount.amount);
      if (plan.burned < m.amount.amount) return err<Response>(ContractError.InsufficientDelegations(m.amount.amount));
      for (let i = 0; i < vals.length; i++) {
        const b = plan.parts[i];
        if (b.isZero()) continue;
        BOND_REQUESTS.save(deps.storage, vals[i], stakes[i] - b);
        const prev = BURNED.mayLoad(deps.storage, vals[i]);
        BURNED.save(deps.storage, vals[i], (prev === null ? Uint128.zero() : prev) + b);
      }
      return ok(Response.new().addAttribute("action", "burn").addAttribute("amount", m.amount.amount.toString()));
    }
  }
}

function handleSudo(deps: Deps, env: Env, raw: Uint8Array): Result<Response> {
  const msg = $try(SudoMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  if (msg.kind == SudoMsgKind.HandleEpoch) return handleEpoch(deps, env, cfg);
  return handleValsetUpdate(deps, cfg, msg.handleValsetUpdate!);
}

function contains(list: string[], v: string): bool {
  for (let i = 0; i < list.length; i++) if (list[i] == v) return true;
  return false;
}

function virtualStake(m: VirtualStakeMsg): CosmosMsg {
  return CosmosMsg.custom(toJsonBinary(new VirtualStakeCustomMsg(m)).data);
}

function handleEpoch(deps: Deps, env: Env, cfg: Config): Result<Response> {
  const bondedItem = $try(BONDED.load(deps.storage));
  const bonded = bondedItem.stakes;
  const inactive = $try(INACTIVE.load(deps.storage));
  let resp = Response.new();

  // 1. withdraw every active bonded validator's rewards; the replies pop the targets in order
  const targets = new Array<string>();
  for (let i = 0; i < bonded.length; i++) {
    const s = bonded[i];
    if (s.amount.isZero() || contains(inactive.validators, s.validator)) continue;
    resp = resp.addSubmessage(SubMsg.replyAlways(DistributionMsg.withdrawDelegatorReward(s.validator), REPLY_REWARDS_ID));
    targets.push(s.validator);
  }
  targets.reverse();
  REWARD_TARGETS.save(deps.storage, new Validators(targets));

  // 2. the cap the chain gives this contract
  const q = new VirtualStakeCustomQuery(VirtualStakeQuery.BondStatus(new BondStatusVirtualStakeQuery(env.contract.address)));
  const statusRaw = $try(deps.querier.queryCustom(toJsonBinary(q).data));
  const status = $try(BondStatusResponse.parse(statusRaw));
  const cap = status.cap.amount;
  if (cap.isZero()) {
    BONDED.save(deps.storage, new Bonded([]));
    return ok(resp);
  }

  // 3. queued slashes: lower what is delegated and what is requested; no more rewards from them
  const slashQueue = $try(SLASH_REQUESTS.load(deps.storage));
  const slashes = slashQueue.slashes;
  for (let i = 0; i < slashes.length; i++) {
    const sl = slashes[i];
    for (let j = 0; j < bonded.length; j++) {
      if (bonded[j].validator != sl.address) continue;
      bonded[j].amount = bonded[j].amount.saturatingSub(sl.slashAmount);
      BOND_REQUESTS.save(deps.storage, sl.address, requestOf(deps, sl.address).saturatingSub(sl.slashAmount));
    }
    if (!contains(inactive.validators, sl.address)) inactive.validators.push(sl.address);
  }
  INACTIVE.save(deps.storage, inactive);
  SLASH_REQUESTS.save(deps.storage, new SlashRequests([]));

  // 4. the requests, ascending, scaled down to the cap
  const reqs = BOND_REQUESTS.range(deps.storage, null, null, Order.Ascending).collect();
  let total = Uint128.zero();
  for (let i = 0; i < reqs.length; i++) total = total + reqs[i].value;
  const next = new Array<ValidatorStake>();
  for (let i = 0; i < reqs.length; i++) {
    let v = reqs[i].value;
    if (total > cap) v = v.multiplyRatio(cap, total);
    next.push(new ValidatorStake(reqs[i].keyString(), v));
  }
  BONDED.save(deps.storage, new Bonded(next));

  // 5. net changes: current validators in their order, then new ones ascending
  for (let i = 0; i < bonded.length; i++) {
    const prev = bonded[i].amount;
    let nxt = Uint128.zero();
    for (let j = 0; j < next.length; j++) if (next[j].validator == bonded[i].validator) nxt = next[j].amount;
    if (nxt < prev) resp = resp.addMessage(virtualStake(VirtualStakeMsg.Unbond(new UnbondVirtualStakeMsg(new Coin(cfg.denom, prev - nxt), bonded[i].validator))));
    else if (nxt > prev) resp = resp.addMessage(virtualStake(VirtualStakeMsg.Bond(new BondVirtualStakeMsg(new Coin(cfg.denom, nxt - prev), bonded[i].validator))));
  }
  for (let j = 0; j < next.length; j++) {
    let known = false;
    for (let i = 0; i < bonded.length; i++) if (bonded[i].validator == next[j].validator) known = true;
    if (!known && !next[j].amount.isZero()) resp = resp.addMessage(virtualStake(VirtualStakeMsg.Bond(new BondVirtualStakeMsg(new Coin(cfg.denom, next[j].amount), next[j].validator))));
  }
  return ok(resp);
}

function handleValsetUpdate(deps: Deps, cfg: Config, m: HandleValsetUpdateSudoMsg): Result<Response> {
  const inactive = $try(INACTIVE.load(deps.storage));
  const removals = m.removals;
  if (removals !== null) for (let i = 0; i < removals.length; i++) if (!contains(inactive.validators, removals[i])) inactive.validators.push(removals[i]);
  const additions = m.additions;
  if (additions !== null) {
    const kept = new Array<string>();
    for (let i = 0; i < inactive.validators.length; i++) {
      let added = false;
      for (let j = 0; j < additions.length; j++) if (additions[j].address == inactive.validators[i]) added = true;
      if (!added) kept.push(inactive.validators[i]);
    }
    inactive.validators = kept;
  }
  INACTIVE.save(deps.storage, inactive);

  let slashInfo: ValidatorSlashInfo[] | null = null;
  const slashed = m.slashed;
  if (slashed !== null) {
    const queue = $try(SLASH_REQUESTS.load(deps.storage));
    const infos = new Array<ValidatorSlashInfo>();
    for (let i = 0; i < slashed.length; i++) {
      const s = slashed[i];
      queue.slashes.push(s);
      infos.push(new ValidatorSlashInfo(s.address, s.infractionHeight, s.infractionTime, s.power, new Coin(cfg.denom, s.slashAmount), s.slashRatio));
    }
    SLASH_REQUESTS.save(deps.storage, queue);
    slashInfo = infos;
  }
  const fwd = ConverterApiMsg.ValsetUpdate(new ValsetUpdateConverterApiMsg(m.additions, m.removals, m.updated, m.jailed, m.unjailed, m.tombstoned, slashInfo));
  return ok(Response.new().addMessage(WasmMsg.execute(cfg.converter, toJsonBinary(fwd), [])));
}

/** One reward withdrawal done (or failed): pop its target, grow the batch, send it after the last. */
function handleReply(deps: Deps, env: Env, r: Reply): Result<Response> {
  if (r.id != REPLY_REWARDS_ID) return err<Response>(ContractError.InvalidReplyId(r.id));
  const cfg = $try(CONFIG.load(deps.storage));
  const targets = $try(REWARD_TARGETS.load(deps.storage));
  const target = targets.validators.length > 0 ? targets.validators.pop() : "";
  REWARD_TARGETS.save(deps.storage, targets);
  const last = targets.validators.length == 0;
  const batch = $try(REWARD_BATCH.load(deps.storage));
  let resp = Response.new();
  let total = batch.total;
  if (r.error !== null) {
    resp = resp.addEvent(new Event("rewards_error").addAttribute("validator", target).addAttribute("error", <string>r.error));
  } else {
    const balance = $try(deps.querier.queryBalance(env.contract.address, cfg.denom));
    total = balance.amount;
    if (total.isZero()) return ok(resp);
    const gained = total.saturatingSub(batch.total);
    if (!gained.isZero()) batch.rewards.push(new RewardInfo(target, gained));
    batch.total = total;
  }
  if (!last) {
    REWARD_BATCH.save(deps.storage, batch);
    return ok(resp);
  }
  // the last reply: everything collected goes to the converter in one batch (ours also after a failed last withdrawal)
  REWARD_BATCH.save(deps.storage, new RewardBatch([], Uint128.zero()));
  if (batch.rewards.length == 0 || total.isZero()) return ok(resp);
  const call = ConverterApiMsg.DistributeRewards(new DistributeRewardsConverterApiMsg(batch.rewards));
  const funds: BankCoin[] = [new BankCoin(cfg.denom, total)];
  return ok(resp.addMessage(WasmMsg.execute(cfg.converter, toJsonBinary(call), funds)));
}

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const msg = $try(QueryMsg.parse(raw));
  switch (msg.kind) {
    case QueryMsgKind.Config:
    {
      const cfg = $try(CONFIG.load(deps.storage));
      return ok(toJsonBinary(cfg));
    }
    case QueryMsgKind.Stake:
      return ok(toJsonBinary(new StakeResponse(requestOf(deps, msg.stake!.validator))));
    default: {
      const reqs = BOND_REQUESTS.range(deps.storage, null, null, Order.Ascending).collect();
      const stakes = new Array<ValidatorStake>();
      for (let i = 0; i < reqs.length; i++) stakes.push(new ValidatorStake(reqs[i].keyString(), reqs[i].value));
      return ok(toJsonBinary(new AllStakeResponse(stakes)));
    }
  }
}
