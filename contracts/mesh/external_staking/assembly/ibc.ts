/**
 * external-staking's end of the IBC control channel (spec §7): the handshake (the consumer opens
 * it; we accept only OpenTry from the authorized connection and port, one channel for ever), the
 * consumer's packets (valset updates → the CRDT and slashing, reward distributions) and the
 * acks / timeouts of our packets (commit or roll back the two-phase txs).
 */
import {
  Deps,
  Env,
  Result,
  ok,
  err,
  $try,
  Binary,
  Decimal,
  CosmosMsg,
  Event,
  IbcMsg,
  IbcTimeout,
  IbcOrder,
  IbcChannelMsg,
  IbcChannelOpenResponse,
  IbcBasicResponse,
  IbcReceiveResponse,
  IbcPacketReceiveMsg,
  IbcPacketAckMsg,
  IbcPacketTimeoutMsg,
  toJsonBinary,
} from "../../../std/assembly";
import {
  ProviderPacket,
  ProviderPacketKind,
  ConsumerPacket,
  ConsumerPacketKind,
  ValsetUpdateConsumerPacket,
  AckWrapper,
  AckWrapperKind,
  EmptyAck,
  ProtocolVersion,
  IbcChannelRecord,
  ChannelEndpoint,
  CounterpartyEndpoint,
} from "./msg";
import { ContractError } from "./error";
import { CONFIG, AUTH_ENDPOINT, IBC_CHANNEL } from "./state";
import { addValidator, updateValidator, removeValidator, jailValidator, tombstoneValidator, activeAtHeight, prune } from "./crdt";
import { commitStake, rollbackStake, commitUnstake, rollbackUnstake, commitWithdrawRewards, rollbackWithdrawRewards, distributeRewards, handleSlashing } from "./contract";

const PROTOCOL = "mesh-security";
const SUPPORTED_VERSION = "0.11.0";
const MIN_VERSION = "0.11.0";
/** Our packets time out after 10 minutes (upstream's DEFAULT_TIMEOUT). */
const PACKET_TIMEOUT_SECONDS: u64 = 10 * 60;

// ---------------------------------------------------------------- version negotiation

/** semver `major.minor.patch` as three numbers, or null (upstream uses the semver crate). */
function parseVersion(v: string): u64[] | null {
  const parts = v.split(".");
  if (parts.length != 3) return null;
  const out = new Array<u64>(3);
  for (let i = 0; i < 3; i++) {
    const p = parts[i];
    if (p.length == 0 || p.length > 18 || (p.length > 1 && p.charCodeAt(0) == 48)) return null;
    let n: u64 = 0;
    for (let j = 0; j < p.length; j++) {
      const c = p.charCodeAt(j);
      if (c < 48 || c > 57) return null;
      n = n * 10 + <u64>(c - 48);
    }
    out[i] = n;
  }
  return out;
}

function cmpVersion(a: u64[], b: u64[]): i32 {
  for (let i = 0; i < 3; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

function versionText(v: u64[]): string {
  return v[0].toString() + "." + v[1].toString() + "." + v[2].toString();
}

/** ProtocolVersion::build_response: min(proposed, supported), unless too old or a newer major. */
function buildResponse(proposedJson: string): Result<string> {
  const p = $try(ProtocolVersion.parse(Uint8Array.wrap(String.UTF8.encode(proposedJson))));
  if (p.protocol != PROTOCOL) return err<string>(ContractError.InvalidProtocol(p.protocol));
  const proposed = parseVersion(p.version);
  if (proposed === null) return err<string>(ContractError.InvalidVersion(p.version));
  const supported = parseVersion(SUPPORTED_VERSION)!;
  if (cmpVersion(proposed, parseVersion(MIN_VERSION)!) < 0) return err<string>(ContractError.VersionTooOld(versionText(proposed), p.version));
  if (proposed[0] > supported[0]) return err<string>(ContractError.VersionTooNew(versionText(proposed), p.version));
  const v = cmpVersion(proposed, supported) < 0 ? proposed : supported;
  const answer = toJsonBinary(new ProtocolVersion(PROTOCOL, versionText(v)));
  return ok(String.UTF8.decodeUnsafe(answer.data.dataStart, <usize>answer.data.length));
}

// ---------------------------------------------------------------- handshake

export function channelOpen(deps: Deps, _env: Env, msg: IbcChannelMsg): Result<IbcChannelOpenResponse> {
  if (IBC_CHANNEL.mayLoad(deps.storage) !== null) return err<IbcChannelOpenResponse>(ContractError.IbcChannelAlreadyOpen);
  if (msg.kind != "open_try") return err<IbcChannelOpenResponse>(ContractError.IbcOpenInitDisallowed);
  const ch = msg.channel;
  if (ch.order != IbcOrder.Unordered) return err<IbcChannelOpenResponse>(ContractError.InvalidChannelOrder);
  const auth = $try(AUTH_ENDPOINT.load(deps.storage));
  if (auth.connectionId != ch.connectionId || auth.portId != ch.counterpartyEndpoint.portId) return err<IbcChannelOpenResponse>(ContractError.Unauthorized);
  const cv = msg.counterpartyVersion;
  const version = $try(buildResponse(cv === null ? "" : cv));
  return ok(new IbcChannelOpenResponse(version));
}

export function channelConnect(deps: Deps, _env: Env, msg: IbcChannelMsg): Result<IbcBasicResponse> {
  if (IBC_CHANNEL.mayLoad(deps.storage) !== null) return err<IbcBasicResponse>(ContractError.IbcChannelAlreadyOpen);
  if (msg.kind != "open_confirm") return err<IbcBasicResponse>(ContractError.IbcOpenInitDisallowed);
  const ch = msg.channel;
  IBC_CHANNEL.save(
    deps.storage,
    new IbcChannelRecord(
      new ChannelEndpoint(ch.endpoint.portId, ch.endpoint.channelId),
      new CounterpartyEndpoint(ch.counterpartyEndpoint.portId, ch.counterpartyEndpoint.channelId),
      ch.order,
      ch.version,
      ch.connectionId,
    ),
  );
  return ok(new IbcBasicResponse().addAttribute("action", "ibc_connect").addAttribute("channel_id", ch.endpoint.channelId));
}

/** Upstream's close is `todo!()` (a panic); we refuse it with an error instead. */
export function channelClose(_deps: Deps, _env: Env, _msg: IbcChannelMsg): Result<IbcBasicResponse> {
  return err<IbcBasicResponse>("The control channel cannot be closed");
}

/** Our packet to the converter on the control channel, timing out after 10 minutes. */
export function sendPacket(deps: Deps, env: Env, packet: ProviderPacket): Result<CosmosMsg> {
  const ch = $try(IBC_CHANNEL.load(deps.storage));
  return ok(IbcMsg.sendPacket(ch.endpoint.channelId, toJsonBinary(packet), IbcTimeout.atTimestamp(env.block.time.plusSeconds(PACKET_TIMEOUT_SECONDS))));
}

function checkChannel(deps: Deps, channelId: string): string | null {
  const ch = IBC_CHANNEL.mayLoad(deps.storage);
  if (ch === null || ch.endpoint.channelId != channelId) return ContractError.WrongChannel(channelId);
  return null;
}

function ackSuccess(): Binary {
  return toJsonBinary(AckWrapper.Result(toJsonBinary(new EmptyAck())));
}

// ---------------------------------------------------------------- consumer packets

export function packetReceive(deps: Deps, env: Env, msg: IbcPacketReceiveMsg): Result<IbcReceiveResponse> {
  const e = checkChannel(deps, msg.packet.dest.channelId);
  if (e !== null) return err<IbcReceiveResponse>(e);
  const cfg = $try(CONFIG.load(deps.storage));
  const packet = $try(ConsumerPacket.parse(msg.packet.data.data));
  switch (packet.kind) {
    case ConsumerPacketKind.ValsetUpdate:
      return valsetUpdate(deps, env, packet.valsetUpdate!);
    case ConsumerPacketKind.Distribute: {
      const p = packet.distribute!;
      // cw-utils' PaymentError::MissingDenom, as upstream's single-validator form reports it
      if (p.rewards.denom != cfg.rewardsDenom) return err<IbcReceiveResponse>("Must send '" + cfg.rewardsDenom + "' to use this contract");
      $try(distributeRewards(deps.storage, p.validator, p.rewards.amount));
      const ev = new Event("distribute").addAttribute("validator", p.validator).addAttribute("amount", p.rewards.amount.toString());
      return ok(new IbcReceiveResponse(ackSuccess()).addEvent(ev));
    }
    default: {
      const p = packet.distributeBatch!;
      if (p.denom != cfg.rewardsDenom) return err<IbcReceiveResponse>(ContractError.InvalidDenom(cfg.rewardsDenom));
      const resp = new IbcReceiveResponse(ackSuccess());
      for (let i = 0; i < p.rewards.length; i++) {
        const r = p.rewards[i];
        $try(distributeRewards(deps.storage, r.validator, r.reward));
        resp.addEvent(new Event("distribute").addAttribute("validator", r.validator).addAttribute("amount", r.reward.toString()));
      }
      return ok(resp);
    }
  }
}

function joined(xs: string[]): string {
  return xs.join(",");
}

/** §6.5's order: slashed (if active at the infraction), tombstoned, additions, jailed, removals not jailed, updated. */
function valsetUpdate(deps: Deps, env: Env, p: ValsetUpdateConsumerPacket): Result<IbcReceiveResponse> {
  const cfg = $try(CONFIG.load(deps.storage));
  const resp = new IbcReceiveResponse(ackSuccess());
  const h = p.height;
  const t = p.time;
  const touched = new Array<string>();
  const slashedNames = new Array<string>();
  for (let i = 0; i < p.slashed.length; i++) {
    const s = p.slashed[i];
    if (!activeAtHeight(deps.storage, s.address, s.infractionHeight)) continue;
    const ratio = $try(Decimal.parse(s.slashRatio));
    const m = $try(handleSlashing(deps.storage, env, s.address, ratio, s.slashAmount.amount, s.infractionTime));
    if (m !== null) resp.addMessage(m);
    slashedNames.push(s.address);
  }
  for (let i = 0; i < p.tombstoned.length; i++) {
    tombstoneValidator(deps.storage, p.tombstoned[i], h, t);
    touched.push(p.tombstoned[i]);
  }
  const added = new Array<string>();
  for (let i = 0; i < p.additions.length; i++) {
    addValidator(deps.storage, p.additions[i].valoper, p.additions[i].pubKey, h, t);
    added.push(p.additions[i].valoper);
    touched.push(p.additions[i].valoper);
  }
  for (let i = 0; i < p.jailed.length; i++) {
    jailValidator(deps.storage, p.jailed[i], h, t);
    touched.push(p.jailed[i]);
  }
  for (let i = 0; i < p.removals.length; i++) {
    if (p.jailed.includes(p.removals[i])) continue;
    removeValidator(deps.storage, p.removals[i], h, t);
    touched.push(p.removals[i]);
  }
  const updated = new Array<string>();
  for (let i = 0; i < p.updated.length; i++) {
    updateValidator(deps.storage, p.updated[i].valoper, p.updated[i].pubKey, h, t);
    updated.push(p.updated[i].valoper);
    touched.push(p.updated[i].valoper);
  }
  // entries older than the unbonding period can no longer matter for a slash
  const now = env.block.time.seconds();
  const cutoff = now > cfg.unbondingPeriod ? now - cfg.unbondingPeriod : 0;
  for (let i = 0; i < touched.length; i++) prune(deps.storage, touched[i], cutoff);
  const ev = new Event("valset_update")
    .addAttribute("additions", joined(added))
    .addAttribute("removals", joined(p.removals))
    .addAttribute("updated", joined(updated))
    .addAttribute("jailed", joined(p.jailed))
    .addAttribute("unjailed", joined(p.unjailed))
    .addAttribute("tombstoned", joined(p.tombstoned))
    .addAttribute("slashed", joined(slashedNames));
  return ok(resp.addEvent(ev));
}

// ---------------------------------------------------------------- acks and timeouts of our packets

export function packetAck(deps: Deps, env: Env, msg: IbcPacketAckMsg): Result<IbcBasicResponse> {
  const e = checkChannel(deps, msg.originalPacket.src.channelId);
  if (e !== null) return err<IbcBasicResponse>(e);
  const packet = $try(ProviderPacket.parse(msg.originalPacket.data.data));
  const ack = $try(AckWrapper.parse(msg.acknowledgement.data.data));
  const success = ack.kind == AckWrapperKind.Result;
  const errorText = success ? "" : ack.error!;
  const resp = new IbcBasicResponse();
  switch (packet.kind) {
    case ProviderPacketKind.Stake: {
      const id = packet.stake!.txId;
      const r = success ? commitStake(deps, id) : rollbackStake(deps, id);
      const m = $try(r);
      resp.addMessage(m);
      if (success) resp.addAttribute("success", "true");
      else resp.addAttribute("error", errorText);
      return ok(resp.addAttribute("tx_id", id.toString()));
    }
    case ProviderPacketKind.Unstake: {
      const id = packet.unstake!.txId;
      if (success) {
        $try(commitUnstake(deps, env, id));
        resp.addAttribute("success", "true");
      } else {
        $try(rollbackUnstake(deps, id));
        resp.addAttribute("error", errorText);
      }
      return ok(resp.addAttribute("tx_id", id.toString()));
    }
    case ProviderPacketKind.TransferRewards: {
      const id = packet.transferRewards!.txId;
      if (success) {
        $try(commitWithdrawRewards(deps, id));
        resp.addAttribute("success", "true");
      } else {
        $try(rollbackWithdrawRewards(deps, id));
        resp.addAttribute("error", errorText).addAttribute("packet", msg.originalPacket.sequence.toString());
      }
      return ok(resp.addAttribute("tx_id", id.toString()));
    }
    default:
      // burns are not transactional: the ack is only reported
      if (success) resp.addAttribute("success", "true");
      else resp.addAttribute("error", errorText);
      return ok(resp.addAttribute("action", "burn_ack"));
  }
}

export function packetTimeout(deps: Deps, _env: Env, msg: IbcPacketTimeoutMsg): Result<IbcBasicResponse> {
  const e = checkChannel(deps, msg.packet.src.channelId);
  if (e !== null) return err<IbcBasicResponse>(e);
  const packet = $try(ProviderPacket.parse(msg.packet.data.data));
  const resp = new IbcBasicResponse().addAttribute("action", "ibc_packet_timeout");
  switch (packet.kind) {
    case ProviderPacketKind.Stake: {
      const id = packet.stake!.txId;
      const m = $try(rollbackStake(deps, id));
      resp.addMessage(m);
      return ok(resp.addAttribute("tx_id", id.toString()));
    }
    case ProviderPacketKind.Unstake: {
      const id = packet.unstake!.txId;
      $try(rollbackUnstake(deps, id));
      return ok(resp.addAttribute("tx_id", id.toString()));
    }
    case ProviderPacketKind.TransferRewards: {
      const id = packet.transferRewards!.txId;
      $try(rollbackWithdrawRewards(deps, id));
      return ok(resp.addAttribute("tx_id", id.toString()));
    }
    default:
      return ok(resp);
  }
}
