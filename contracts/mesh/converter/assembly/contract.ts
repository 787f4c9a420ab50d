/**
 * mesh converter: the consumer chain's end of one provider's control channel. It instantiates its
 * virtual-staking contract, turns provider stakes into local ones (price × discount, price.ts),
 * answers provider packets and sends the consumer's (ibc.ts): the validator set, slashes in the
 * provider's denom, and reward batches, whose tokens it keeps until `transfer_rewards` pays them.
 */
import {
  Deps,
  Env,
  MessageInfo,
  Response,
  Result,
  Binary,
  Decimal,
  Uint128,
  Event,
  CosmosMsg,
  WasmMsg,
  SubMsg,
  Reply,
  IbcMsg,
  IbcTimeout,
  ok,
  err,
  $try,
  toJsonBinary,
  doInstantiate,
  doExecute,
  doQuery,
  doReply,
  doIbcChannelOpen,
  doIbcChannelConnect,
  doIbcChannelClose,
  doIbcPacketReceive,
  doIbcPacketAck,
  doIbcPacketTimeout,
  utf8,
} from "../../../std/assembly";
import { nonpayable, mustPay } from "../../common/assembly/payment";
import { instantiatedAddress } from "../../common/assembly/proto";
import {
  InstantiateMsg,
  ExecuteMsg,
  ExecuteMsgKind,
  QueryMsg,
  Config,
  ConfigResponse,
  Coin,
  AddValidator,
  ValidatorSlashInfo,
  Validator,
  ConsumerPacket,
  ValsetUpdateConsumerPacket,
  DistributeConsumerPacket,
  DistributeBatchConsumerPacket,
  VirtualStakeInstantiateMsg,
  ValsetUpdateExecuteMsg,
} from "./msg";
import { ContractError } from "./error";
import { CONFIG, VIRT_STAKE, IBC_CHANNEL, AddrValue } from "./state";
import { invert } from "./price";
import { channelOpen, channelConnect, channelClose, packetReceive, packetAck, packetTimeout, VALSET_TIMEOUT_SECONDS, REWARDS_TIMEOUT_SECONDS } from "./ibc";

export { allocate, deallocate, interface_version_8, requires_staking } from "../../../std/assembly";

const REPLY_ID_INSTANTIATE: u64 = 1;
const CONTRACT_NAME = "crates.io:mesh-converter";
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
export function reply(env: u32, msg: u32): u32 {
  return doReply(env, msg, handleReply);
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

function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  if (msg.discount >= Decimal.one()) return err<Response>(ContractError.InvalidDiscount);
  if (msg.remoteDenom.length == 0) return err<Response>(ContractError.InvalidDenom(msg.remoteDenom));
  const feed = $try(deps.api.addrValidate(msg.priceFeed));
  const localDenom = $try(deps.querier.queryBondedDenom());
  CONFIG.save(deps.storage, new Config(feed, Decimal.one() - msg.discount, localDenom, msg.remoteDenom));
  let admin: string | null = null;
  const a = msg.admin;
  if (a !== null) admin = $try(deps.api.addrValidate(a));
  deps.storage.set(utf8("contract_info"), utf8('{"contract":"' + CONTRACT_NAME + '","version":"' + CONTRACT_VERSION + '"}'));
  const inst = WasmMsg.instantiate(admin, msg.virtualStakingCodeId, toJsonBinary(new VirtualStakeInstantiateMsg()), [], "Virtual Staking: " + msg.remoteDenom);
  return ok(Response.new().addSubmessage(SubMsg.replyOnSuccess(inst, REPLY_ID_INSTANTIATE)));
}

function handleReply(deps: Deps, env: Env, reply: Reply): Result<Response> {
  if (reply.id != REPLY_ID_INSTANTIATE) return err<Response>(ContractError.InvalidReplyId(reply.id));
  const res = reply.ok;
  if (res === null) return err<Response>(reply.error !== null ? <string>reply.error : "reply without result");
  const d = res.data;
  if (d === null) return err<Response>(ContractError.NoInstantiateData);
  const addr = $try(instantiatedAddress(d.data));
  VIRT_STAKE.save(deps.storage, new AddrValue(addr));
  return ok(Response.new().addAttribute("virtual_staking", addr));
}

function sendToProvider(deps: Deps, env: Env, packet: ConsumerPacket, timeoutSeconds: u64): Result<CosmosMsg> {
  const ch = IBC_CHANNEL.mayLoad(deps.storage);
  if (ch === null) return err<CosmosMsg>(ContractError.NoChannel);
  return ok(IbcMsg.sendPacket(ch.channelId, toJsonBinary(packet), IbcTimeout.atTimestamp(env.block.time.plusSeconds(timeoutSeconds))));
}


function orEmpty(v: string[] | null): string[] {
  return v === null ? [] : v;
}
function asAdds(v: Validator[] | null): AddValidator[] {
  const out = new Array<AddValidator>();
  if (v !== null) for (let i = 0; i < v.length; i++) out.push(new AddValidator(v[i].address, "TODO"));
  return out;
}

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const virtItem = $try(VIRT_STAKE.load(deps.storage));
  const virt = virtItem.addr;
  if (info.sender != virt) return err<Response>(ContractError.Unauthorized);
  const cfg = $try(CONFIG.load(deps.storage));
  switch (msg.kind) {
    case ExecuteMsgKind.DistributeReward: {
      const m = msg.distributeReward!;
      const paid = $try(mustPay(info, cfg.localDenom));
      const packet = ConsumerPacket.Distribute(new DistributeConsumerPacket(m.validator, new Coin(cfg.localDenom, paid)));
      const send = $try(sendToProvider(deps, env, packet, REWARDS_TIMEOUT_SECONDS));
      return ok(Response.new().addMessage(send).addAttribute("action", "distribute_reward"));
    }
    case ExecuteMsgKind.DistributeRewards: {
      const m = msg.distributeRewards!;
      const paid = $try(mustPay(info, cfg.localDenom));
      let sum = Uint128.zero();
      for (let i = 0; i < m.payments.length; i++) sum = sum + m.payments[i].reward;
      if (!sum.eq(paid)) return err<Response>(ContractError.DistributeRewardsInvalidAmount(sum, paid));
      const packet = ConsumerPacket.DistributeBatch(new DistributeBatchConsumerPacket(m.payments, cfg.localDenom));
      const send = $try(sendToProvider(deps, env, packet, REWARDS_TIMEOUT_SECONDS));
      return ok(Response.new().addMessage(send).addAttribute("action", "distribute_rewards"));
    }
    default:
      return valsetUpdate(deps, env, info, msg.valsetUpdate!);
  }
}

function valsetUpdate(deps: Deps, env: Env, info: MessageInfo, m: ValsetUpdateExecuteMsg): Result<Response> {
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  const slashed = new Array<ValidatorSlashInfo>();
  const s = m.slashed;
  if (s !== null) {
    for (let i = 0; i < s.length; i++) {
      const x = s[i];
      const amount = $try(invert(deps, x.slashAmount));
      slashed.push(new ValidatorSlashInfo(x.address, x.infractionHeight, x.infractionTime, x.power, amount, x.slashRatio));
    }
  }
  const additions = asAdds(m.additions);
  const updated = asAdds(m.updated);
  const removals = orEmpty(m.removals);
  const jailed = orEmpty(m.jailed);
  const unjailed = orEmpty(m.unjailed);
  const tombstoned = orEmpty(m.tombstoned);
  const ev = new Event("valset_update")
    .addAttribute("additions", additions.length.toString())
    .addAttribute("removals", removals.join(","))
    .addAttribute("jailed", jailed.join(","))
    .addAttribute("unjailed", unjailed.join(","))
    .addAttribute("tombstoned", tombstoned.join(","))
    .addAttribute("slashed", slashed.length.toString());
  let resp = Response.new().addEvent(ev);
  const any = additions.length + updated.length + removals.length + jailed.length + unjailed.length + tombstoned.length + slashed.length > 0;
  if (!any) return ok(resp);
  const packet = ConsumerPacket.ValsetUpdate(
    new ValsetUpdateConsumerPacket(env.block.height, env.block.time.seconds(), additions, removals, updated, jailed, unjailed, tombstoned, slashed),
  );
  const send = $try(sendToProvider(deps, env, packet, VALSET_TIMEOUT_SECONDS));
  return ok(resp.addMessage(send));
}

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  $try(QueryMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  const virtItem = $try(VIRT_STAKE.load(deps.storage));
  const virt = virtItem.addr;
  return ok(toJsonBinary(new ConfigResponse(cfg.priceAdjustment, cfg.priceFeed, virt)));
}
