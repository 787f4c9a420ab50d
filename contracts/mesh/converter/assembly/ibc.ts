/**
 * The converter's end of the control channel (spec §7): the consumer opens it (OpenInit only),
 * negotiates the `mesh-security` version, announces the validator set on OpenAck, answers provider
 * packets (stake, unstake, burn, transfer_rewards) and re-sends its own packets on timeout.
 */
import {
  Deps,
  Env,
  Result,
  Binary,
  ok,
  err,
  $try,
  toJsonBinary,
  IbcChannelMsg,
  IbcChannelOpenResponse,
  IbcBasicResponse,
  IbcReceiveResponse,
  IbcPacketReceiveMsg,
  IbcPacketAckMsg,
  IbcPacketTimeoutMsg,
  IbcMsg,
  IbcTimeout,
  CosmosMsg,
  WasmMsg,
  BankMsg,
  Event,
  Coin as BankCoin,
} from "../../../std/assembly";
import {
  ProtocolVersion,
  ChannelInfo,
  ProviderPacket,
  ProviderPacketKind,
  ConsumerPacket,
  ValsetUpdateConsumerPacket,
  AddValidator,
  ValidatorSlashInfo,
  EmptyAck,
  AckWrapper,
  AckWrapperKind,
  VirtualStakingApiMsg,
  BondVirtualStakingApiMsg,
  UnbondVirtualStakingApiMsg,
  BurnVirtualStakingApiMsg,
  Coin,
} from "./msg";
import { ContractError } from "./error";
import { CONFIG, VIRT_STAKE, IBC_CHANNEL } from "./state";
import { normalize } from "./price";

export const PROTOCOL_NAME = "mesh-security";
export const SUPPORTED_VERSION = "0.11.0";
const MIN_VERSION = "0.11.0";
const UNORDERED = "ORDER_UNORDERED";
/** Re-sent packets (after a timeout) and valset packets: 24 hours; reward packets: 1 hour. */
export const VALSET_TIMEOUT_SECONDS: u64 = 24 * 60 * 60;
export const REWARDS_TIMEOUT_SECONDS: u64 = 60 * 60;

/** "major.minor.patch" as three numbers; null if it is not one. */
function parseSemver(v: string): u64[] | null {
  const parts = v.split(".");
  if (parts.length != 3) return null;
  const out = new Array<u64>(3);
  for (let i = 0; i < 3; i++) {
    const p = parts[i];
    if (p.length == 0 || p.length > 9) return null;
    let n: u64 = 0;
    for (let j = 0; j < p.length; j++) {
      const c = p.charCodeAt(j) - 0x30;
      if (c < 0 || c > 9) return null;
      n = n * 10 + <u64>c;
    }
    out[i] = n;
  }
  return out;
}

function cmpSemver(a: u64[], b: u64[]): i32 {
  for (let i = 0; i < 3; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

/**
 * upstream's `build_response` (`strictMax` false: a newer minor/patch is answered with ours) and
 * `verify_compatibility` (`strictMax` true: anything above ours is too new).
 */
function negotiate(raw: string, strictMax: bool): Result<string> {
  const pv = $try(ProtocolVersion.parse(Uint8Array.wrap(String.UTF8.encode(raw))));
  if (pv.protocol != PROTOCOL_NAME) return err<string>(ContractError.InvalidProtocol(pv.protocol));
  const proposed = parseSemver(pv.version);
  if (proposed === null) return err<string>(ContractError.InvalidVersion(pv.version));
  const min = parseSemver(MIN_VERSION)!;
  const ours = parseSemver(SUPPORTED_VERSION)!;
  if (cmpSemver(proposed, min) < 0) return err<string>(ContractError.VersionTooOld(pv.version, MIN_VERSION));
  if (strictMax ? cmpSemver(proposed, ours) > 0 : proposed[0] > ours[0]) return err<string>(ContractError.VersionTooNew(pv.version, SUPPORTED_VERSION));
  const agreed = cmpSemver(proposed, ours) < 0 ? pv.version : SUPPORTED_VERSION;
  return ok(String.UTF8.decode(toJsonBinary(new ProtocolVersion(PROTOCOL_NAME, agreed)).data.buffer));
}

export function channelOpen(deps: Deps, env: Env, msg: IbcChannelMsg): Result<IbcChannelOpenResponse> {
  if (msg.kind != "open_init") return err<IbcChannelOpenResponse>(ContractError.IbcOpenTryDisallowed);
  if (IBC_CHANNEL.exists(deps.storage)) return err<IbcChannelOpenResponse>(ContractError.IbcChannelAlreadyOpen);
  if (msg.channel.order != UNORDERED) return err<IbcChannelOpenResponse>(ContractError.InvalidChannelOrder(msg.channel.order));
  if (msg.channel.version.length == 0) {
    return ok(new IbcChannelOpenResponse(String.UTF8.decode(toJsonBinary(new ProtocolVersion(PROTOCOL_NAME, SUPPORTED_VERSION)).data.buffer)));
  }
  const version = $try(negotiate(msg.channel.version, false));
  return ok(new IbcChannelOpenResponse(version));
}

/** OpenAck: check the provider's answer, keep the channel, announce every validator. */
export function channelConnect(deps: Deps, env: Env, msg: IbcChannelMsg): Result<IbcBasicResponse> {
  if (msg.kind != "open_ack") return err<IbcBasicResponse>(ContractError.IbcOpenTryDisallowed);
  if (IBC_CHANNEL.exists(deps.storage)) return err<IbcBasicResponse>(ContractError.IbcChannelAlreadyOpen);
  const cv = msg.counterpartyVersion;
  $try(negotiate(cv !== null ? cv : msg.channel.version, true));
  const ch = msg.channel;
  IBC_CHANNEL.save(deps.storage, new ChannelInfo(ch.endpoint.channelId, ch.endpoint.portId, ch.connectionId));
  const vals = $try(deps.querier.queryAllValidators());
  const additions = new Array<AddValidator>();
  for (let i = 0; i < vals.length; i++) additions.push(new AddValidator(vals[i].address, "TODO"));
  const packet = ConsumerPacket.ValsetUpdate(new ValsetUpdateConsumerPacket(env.block.height, env.block.time.seconds(), additions, [], [], [], [], [], []));
  const send = IbcMsg.sendPacket(ch.endpoint.channelId, toJsonBinary(packet), IbcTimeout.atTimestamp(env.block.time.plusSeconds(VALSET_TIMEOUT_SECONDS)));
  return ok(new IbcBasicResponse().addMessage(send).addAttribute("action", "ibc_connect").addAttribute("channel_id", ch.endpoint.channelId));
}

/** Upstream leaves closing unimplemented (`todo!()`); ours refuses it, keeping the channel. */
export function channelClose(deps: Deps, env: Env, msg: IbcChannelMsg): Result<IbcBasicResponse> {
  return err<IbcBasicResponse>("The mesh-security control channel cannot be closed");
}

function ackOk(): Binary {
  return toJsonBinary(AckWrapper.Result(toJsonBinary(new EmptyAck())));
}

/**
 * A provider packet. Any failure (a wrong denom, a failing price feed, too little bond) is returned
 * as `Err`: the host reverts this call and writes an error ack, and the provider rolls back.
 */
export function packetReceive(deps: Deps, env: Env, msg: IbcPacketReceiveMsg): Result<IbcReceiveResponse> {
  const packet = $try(ProviderPacket.parse(msg.packet.data.data));
  const virtItem = $try(VIRT_STAKE.load(deps.storage));
  const virt = virtItem.addr;
  const resp = new IbcReceiveResponse(ackOk());
  switch (packet.kind) {
    case ProviderPacketKind.Stake: {
      const p = packet.stake!;
      const amount = $try(normalize(deps, p.stake));
      const call = VirtualStakingApiMsg.Bond(new BondVirtualStakingApiMsg(p.validator, amount));
      return ok(resp.addMessage(WasmMsg.execute(virt, toJsonBinary(call), [])).addAttribute("action", "stake").addAttribute("validator", p.validator).addAttribute("amount", amount.amount.toString()));
    }
    case ProviderPacketKind.Unstake: {
      const p = packet.unstake!;
      const amount = $try(normalize(deps, p.unstake));
      const call = VirtualStakingApiMsg.Unbond(new UnbondVirtualStakingApiMsg(p.validator, amount));
      return ok(resp.addMessage(WasmMsg.execute(virt, toJsonBinary(call), [])).addAttribute("action", "unstake").addAttribute("validator", p.validator).addAttribute("amount", amount.amount.toString()));
    }
    case ProviderPacketKind.Burn: {
      const p = packet.burn!;
      const amount = $try(normalize(deps, p.burn));
      const call = VirtualStakingApiMsg.Burn(new BurnVirtualStakingApiMsg(p.validators, amount));
      return ok(resp.addMessage(WasmMsg.execute(virt, toJsonBinary(call), [])).addAttribute("action", "burn").addAttribute("amount", amount.amount.toString()));
    }
    default: {
      const p = packet.transferRewards!;
      const cfg = $try(CONFIG.load(deps.storage));
      if (p.rewards.denom != cfg.localDenom) return err<IbcReceiveResponse>(ContractError.WrongDenom(p.rewards.denom, cfg.localDenom));
      const recipient = $try(deps.api.addrValidate(p.recipient));
      const pay: BankCoin[] = [new BankCoin(p.rewards.denom, p.rewards.amount)];
      return ok(resp.addMessage(BankMsg.send(recipient, pay)).addAttribute("action", "transfer_rewards").addAttribute("recipient", recipient).addAttribute("amount", p.rewards.amount.toString()));
    }
  }
}

/** Our packets' acks: an error is only reported (upstream keeps the tokens in the converter). */
export function packetAck(deps: Deps, env: Env, msg: IbcPacketAckMsg): Result<IbcBasicResponse> {
  const ack = $try(AckWrapper.parse(msg.acknowledgement.data.data));
  const resp = new IbcBasicResponse().addAttribute("action", "ack").addAttribute("sequence", msg.originalPacket.sequence.toString());
  if (ack.kind == AckWrapperKind.Error) {
    const e = new Event("mesh_ibc_error")
      .addAttribute("error", <string>ack.error)
      .addAttribute("channel", msg.originalPacket.src.channelId)
      .addAttribute("sequence", msg.originalPacket.sequence.toString());
    return ok(resp.addEvent(e));
  }
  return ok(resp);
}

/** A timed-out packet of ours is sent again, unchanged, with a fresh 24-hour timeout (for ever, as upstream). */
export function packetTimeout(deps: Deps, env: Env, msg: IbcPacketTimeoutMsg): Result<IbcBasicResponse> {
  const ch = $try(IBC_CHANNEL.load(deps.storage));
  const send = IbcMsg.sendPacket(ch.channelId, msg.packet.data, IbcTimeout.atTimestamp(env.block.time.plusSeconds(VALSET_TIMEOUT_SECONDS)));
  return ok(new IbcBasicResponse().addMessage(send).addAttribute("action", "timeout_resend").addAttribute("sequence", msg.packet.sequence.toString()));
}
