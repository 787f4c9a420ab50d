/**
 * ibc_probe: a test contract for the chain's handling of contract IBC callbacks (ibc-spec §2.5–2.6),
 * in particular what happens to a contract's state when `ibc_packet_receive` fails. It binds a
 * port (it exports all six IBC entry points), accepts channels of version `probe-1` in either
 * ordering, and
 * - on `ibc_packet_receive` first counts the packet in storage, then looks at the packet data
 *   (raw bytes): `fail` answers the contract error `probe refused`, `panic` aborts the call (a VM
 *   error), anything else acknowledges with `{"ok":<count>}`. The count is written before the
 *   decision, so a host that keeps a failed call's writes is caught;
 * - records every acknowledgement it gets back (`ibc_packet_ack`) and counts timeouts;
 * - sends a packet on `{"send":{"channel_id","data","timeout_seconds"}}` (data as text);
 * Messages and the answer are declared in ../declare.ts.
 * - answers `{"state":{}}` with `{"received":N,"acks":["<ack text>",…],"timeouts":M}`.
 */
import {
  Binary,
  Deps,
  Env,
  MessageInfo,
  Response,
  Result,
  ok,
  err,
  $try,
  utf8,
  concat,
  toJsonBinary,
  JsonWriter,
  IbcMsg,
  IbcTimeout,
  IbcChannelMsg,
  IbcChannelOpenResponse,
  IbcBasicResponse,
  IbcReceiveResponse,
  IbcPacketReceiveMsg,
  IbcPacketAckMsg,
  IbcPacketTimeoutMsg,
  doInstantiate,
  doExecute,
  doQuery,
  doIbcChannelOpen,
  doIbcChannelConnect,
  doIbcChannelClose,
  doIbcPacketReceive,
  doIbcPacketAck,
  doIbcPacketTimeout,
} from "../../std/assembly";
import { InstantiateMsg, ExecuteMsg, QueryMsg, StateResponse } from "./msg";
export { allocate, deallocate, interface_version_8 } from "../../std/assembly";

const VERSION = "probe-1";
const RECEIVED = "received";
const ACK_COUNT = "ack_count";
const ACK_PREFIX = "ack";
const TIMEOUTS = "timeouts";

// ---------------------------------------------------------------- storage helpers

function u32be(n: u32): Uint8Array {
  const b = new Uint8Array(4);
  b[0] = <u8>(n >> 24);
  b[1] = <u8>(n >> 16);
  b[2] = <u8>(n >> 8);
  b[3] = <u8>n;
  return b;
}

function loadCount(deps: Deps, key: string): u32 {
  const raw = deps.storage.get(utf8(key));
  if (raw === null || raw.length != 4) return 0;
  return (<u32>raw[0] << 24) | (<u32>raw[1] << 16) | (<u32>raw[2] << 8) | <u32>raw[3];
}

function bump(deps: Deps, key: string): u32 {
  const n = loadCount(deps, key) + 1;
  deps.storage.set(utf8(key), u32be(n));
  return n;
}

function isText(b: Uint8Array, s: string): bool {
  const t = utf8(s);
  if (b.length != t.length) return false;
  for (let i = 0; i < t.length; i++) if (b[i] != t[i]) return false;
  return true;
}

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

// ---------------------------------------------------------------- handlers

function handleInstantiate(_deps: Deps, _env: Env, _info: MessageInfo, raw: Uint8Array): Result<Response> {
  $try(InstantiateMsg.parse(raw));
  return ok(Response.new().addAttribute("action", "instantiate"));
}

function handleExecute(_deps: Deps, env: Env, _info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const m = msg.send!;
  const timeout = IbcTimeout.atTimestamp(env.block.time.plusSeconds(m.timeoutSeconds));
  return ok(
    Response.new()
      .addMessage(IbcMsg.sendPacket(m.channelId, Binary.fromString(m.data), timeout))
      .addAttribute("action", "send")
      .addAttribute("channel_id", m.channelId),
  );
}

function handleQuery(deps: Deps, _env: Env, raw: Uint8Array): Result<Binary> {
  $try(QueryMsg.parse(raw)); // {"state": {}}
  const acks = new Array<string>();
  const n = loadCount(deps, ACK_COUNT);
  for (let i: u32 = 0; i < n; i++) {
    const a = deps.storage.get(concat(utf8(ACK_PREFIX), u32be(i)));
    acks.push(a === null ? "" : String.UTF8.decodeUnsafe(a.dataStart, <usize>a.length));
  }
  return ok(toJsonBinary(new StateResponse(loadCount(deps, RECEIVED), acks, loadCount(deps, TIMEOUTS))));
}

function checkVersion(version: string): Result<IbcChannelOpenResponse> {
  if (version != VERSION) return err<IbcChannelOpenResponse>("probe speaks only " + VERSION + ", not " + version);
  return ok(new IbcChannelOpenResponse(null));
}

function channelOpen(_deps: Deps, _env: Env, msg: IbcChannelMsg): Result<IbcChannelOpenResponse> {
  const cv = msg.counterpartyVersion;
  if (cv !== null) $try(checkVersion(cv));
  return checkVersion(msg.channel.version);
}

function channelConnect(_deps: Deps, _env: Env, msg: IbcChannelMsg): Result<IbcBasicResponse> {
  return ok(new IbcBasicResponse().addAttribute("action", "connect").addAttribute("channel_id", msg.channel.endpoint.channelId));
}

function channelClose(_deps: Deps, _env: Env, msg: IbcChannelMsg): Result<IbcBasicResponse> {
  return ok(new IbcBasicResponse().addAttribute("action", "close").addAttribute("channel_id", msg.channel.endpoint.channelId));
}

function packetReceive(deps: Deps, _env: Env, msg: IbcPacketReceiveMsg): Result<IbcReceiveResponse> {
  const count = bump(deps, RECEIVED);
  const data = msg.packet.data.data;
  if (isText(data, "fail")) return err<IbcReceiveResponse>("probe refused");
  if (isText(data, "panic")) throw new Error("probe panics on purpose");
  const ack = new JsonWriter();
  ack.beginObject().key("ok").u32(count).endObject();
  return ok(new IbcReceiveResponse(new Binary(ack.toBytes())).addAttribute("action", "receive").addAttribute("count", count.toString()));
}

function packetAck(deps: Deps, _env: Env, msg: IbcPacketAckMsg): Result<IbcBasicResponse> {
  const i = loadCount(deps, ACK_COUNT);
  deps.storage.set(concat(utf8(ACK_PREFIX), u32be(i)), msg.acknowledgement.data.data);
  deps.storage.set(utf8(ACK_COUNT), u32be(i + 1));
  return ok(new IbcBasicResponse().addAttribute("action", "ack").addAttribute("sequence", msg.originalPacket.sequence.toString()));
}

function packetTimeout(deps: Deps, _env: Env, msg: IbcPacketTimeoutMsg): Result<IbcBasicResponse> {
  bump(deps, TIMEOUTS);
  return ok(new IbcBasicResponse().addAttribute("action", "timeout").addAttribute("sequence", msg.packet.sequence.toString()));
}
