/**
 * mesh native-staking-proxy: one per user, owned by native-staking (its parent). It holds the
 * user's local stake as real delegations; the owner redelegates, votes, withdraws rewards (paid to
 * the owner: the withdraw address is set at instantiate), unstakes and releases unbonded tokens back
 * to the vault; the parent delegates new stake and burns (undelegates for ever) slashed stake.
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
  Coin as BankCoin,
  WasmMsg,
  StakingMsg,
  DistributionMsg,
  GovMsg,
  StakingQuery,
  CosmosMsg,
  WeightedVoteOption as StdWeightedVoteOption,
  $try,
  toJsonBinary,
  doInstantiate,
  doExecute,
  doQuery,
  utf8,
} from "../../../std/assembly";
import { mustPay, nonpayable } from "../../common/assembly/payment";
import { distributeBurn } from "../../common/assembly/burn";
import {
  InstantiateMsg,
  ExecuteMsg,
  ExecuteMsgKind,
  QueryMsg,
  Config,
  Coin,
  VoteOption,
  VoteOptionKind,
  WeightedVoteOption,
  OwnerMsg,
  NativeStakingCallbackMsg,
  AllDelegationsResponse,
  DelegationResponse,
} from "./msg";
import { ContractError } from "./error";
import { CONFIG, BURNED, Burned } from "./state";

export { allocate, deallocate, interface_version_8, requires_staking } from "../../../std/assembly";

const CONTRACT_NAME = "crates.io:mesh-native-staking-proxy";
const CONTRACT_VERSION = "0.10.0-alpha.2";

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}
export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, handleExecute);
}
export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}

/** Delegates the funds, sets the owner as the rewards withdraw address, answers `{owner}` as data. */
function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  const owner = $try(deps.api.addrValidate(msg.owner));
  const cfg = new Config(msg.denom, owner, info.sender);
  CONFIG.save(deps.storage, cfg);
  deps.storage.set(utf8("contract_info"), utf8('{"contract":"' + CONTRACT_NAME + '","version":"' + CONTRACT_VERSION + '"}'));
  BURNED.save(deps.storage, new Burned(0));
  const delegate = $try(stake(info, cfg, msg.validator));
  return ok(
    Response.new()
      .addMessage(delegate)
      .addMessage(DistributionMsg.setWithdrawAddress(owner))
      .setData(toJsonBinary(new OwnerMsg(msg.owner))),
  );
}

function stake(info: MessageInfo, cfg: Config, validator: string): Result<CosmosMsg> {
  if (info.sender != cfg.parent) return err<CosmosMsg>(ContractError.Unauthorized);
  const amount = $try(mustPay(info, cfg.denom));
  return ok(StakingMsg.delegate(validator, new BankCoin(cfg.denom, amount)));
}

function voteName(v: VoteOption): string {
  switch (v.kind) {
    case VoteOptionKind.Yes:
      return "yes";
    case VoteOptionKind.No:
      return "no";
    case VoteOptionKind.Abstain:
      return "abstain";
    default:
      return "no_with_veto";
  }
}

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  if (msg.kind == ExecuteMsgKind.Stake) {
    const m = msg.stake!;
    const delegate = $try(stake(info, cfg, m.validator));
    return ok(Response.new().addMessage(delegate));
  }
  if (msg.kind == ExecuteMsgKind.Burn) {
    const m = msg.burn!;
    return burn(deps, env, info, cfg, m.validator, m.amount);
  }
  // everything else is the owner's, without funds
  if (info.sender != cfg.owner) return err<Response>(ContractError.Unauthorized);
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  switch (msg.kind) {
    case ExecuteMsgKind.Restake: {
      const m = msg.restake!;
      if (m.amount.denom != cfg.denom) return err<Response>(ContractError.InvalidDenom(m.amount.denom));
      return ok(Response.new().addMessage(StakingMsg.redelegate(m.srcValidator, m.dstValidator, new BankCoin(m.amount.denom, m.amount.amount))));
    }
    case ExecuteMsgKind.Vote: {
      const m = msg.vote!;
      return ok(Response.new().addMessage(GovMsg.vote(m.proposalId, voteName(m.vote))));
    }
    case ExecuteMsgKind.VoteWeighted: {
      const m = msg.voteWeighted!;
      const opts = new Array<StdWeightedVoteOption>();
      for (let i = 0; i < m.vote.length; i++) opts.push(new StdWeightedVoteOption(voteName(m.vote[i].option), m.vote[i].weight));
      return ok(Response.new().addMessage(GovMsg.voteWeighted(m.proposalId, opts)));
    }
    case ExecuteMsgKind.WithdrawRewards: {
      const all = $try(allDelegations(deps, env));
      const resp = Response.new();
      for (let i = 0; i < all.delegations.length; i++) resp.addMessage(DistributionMsg.withdrawDelegatorReward(all.delegations[i].validator));
      return ok(resp);
    }
    case ExecuteMsgKind.Unstake: {
      const m = msg.unstake!;
      if (m.amount.denom != cfg.denom) return err<Response>(ContractError.InvalidDenom(m.amount.denom));
      return ok(Response.new().addMessage(StakingMsg.undelegate(m.validator, new BankCoin(m.amount.denom, m.amount.amount))));
    }
    default: {
      // release_unbonded: the balance minus what burns took, back to the vault through the parent
      const balance = $try(deps.querier.queryBalance(env.contract.address, cfg.denom));
      const burned = $try(BURNED.load(deps.storage));
      const release = balance.amount.saturatingSub(Uint128.fromU64(burned.total));
      if (release.isZero()) return ok(Response.new());
      const call = NativeStakingCallbackMsg.ReleaseProxyStake();
      return ok(Response.new().addMessage(WasmMsg.execute(cfg.parent, toJsonBinary(call), [new BankCoin(cfg.denom, release)])));
    }
  }
}

function allDelegations(deps: Deps, env: Env): Result<AllDelegationsResponse> {
  return deps.querier.query<AllDelegationsResponse>(StakingQuery.allDelegations(env.contract.address), AllDelegationsResponse.readJson, "cosmwasm_std::AllDelegationsResponse");
}

/** Undelegates `amount` from one validator or spread over all (distribute_burn); never released. */
function burn(deps: Deps, env: Env, info: MessageInfo, cfg: Config, validator: string | null, amount: Coin): Result<Response> {
  if (info.sender != cfg.parent) return err<Response>(ContractError.Unauthorized);
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  if (amount.denom != cfg.denom) return err<Response>(ContractError.InvalidDenom(amount.denom));
  const validators = new Array<string>();
  const stakes = new Array<Uint128>();
  if (validator !== null) {
    const d = $try(deps.querier.query<DelegationResponse>(StakingQuery.delegation(env.contract.address, validator), DelegationResponse.readJson, "cosmwasm_std::DelegationResponse"));
    const full = d.delegation;
    if (full !== null) {
      validators.push(full.validator);
      stakes.push(full.amount.amount);
    }
  } else {
    const all = $try(allDelegations(deps, env));
    for (let i = 0; i < all.delegations.length; i++) {
      validators.push(all.delegations[i].validator);
      stakes.push(all.delegations[i].amount.amount);
    }
  }
  if (stakes.length == 0) return err<Response>(ContractError.InsufficientDelegations(env.contract.address, amount.amount));
  const plan = distributeBurn(stakes, amount.amount);
  if (plan.burned < amount.amount) return err<Response>(ContractError.InsufficientDelegations(env.contract.address, amount.amount));
  const resp = Response.new();
  for (let i = 0; i < validators.length; i++) {
    if (plan.parts[i].isZero()) continue;
    resp.addMessage(StakingMsg.undelegate(validators[i], new BankCoin(cfg.denom, plan.parts[i])));
  }
  const burned = $try(BURNED.load(deps.storage));
  burned.total += amount.amount.toU64();
  BURNED.save(deps.storage, burned);
  return ok(resp);
}

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  $try(QueryMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  return ok(toJsonBinary(cfg));
}
