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
  utf8,
  concat,
  parseMsg,
  toJsonBinary,
  JsonReader,
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

// ---------------------------------------------------------------- messages

const EXECUTE_VARIANTS = ["send"];
const SEND_FIELDS = ["channel_id", "data", "timeout_seconds"];
class SendMsg {
  channelId: string = "";
  data: string = "";
  timeoutSeconds: u64 = 0;
  static readJson(r: JsonReader): SendMsg {
    const m = new SendMsg();
    const v = r.beginEnum(EXECUTE_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return m;
    const s = r.struct(SEND_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.channelId = r.readString();
      else if (f == 1) m.data = r.readString();
      else m.timeoutSeconds = r.readU64();
    }
    s.end(0b111);
    r.endEnum();
    return m;
  }
}

const QUERY_VARIANTS = ["state"];
const NO_FIELDS: string[] = [];
class QueryMsg {
  static readJson(r: JsonReader): QueryMsg {
    const v = r.beginEnum(QUERY_VARIANTS);
    if (v < 0 || !r.expectPayloadVariant()) return new QueryMsg();
    r.struct(NO_FIELDS).end(0);
    r.endEnum();
    return new QueryMsg();
  }
}

class StateResponse {
  received: u32 = 0;
  acks: Uint8Array[] = [];
  timeouts: u32 = 0;
  writeJson(w: JsonWriter): void {
    w.beginObject().key("received").u32(this.received).key("acks").beginArray();
    for (let i = 0; i < this.acks.length; i++) w.stringBytes(this.acks[i]);
    w.endArray().key("timeouts").u32(this.timeouts).endObject();
  }
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

function handleInstantiate(_deps: Deps, _env: Env, _info: MessageInfo, _msg: Uint8Array): Result<Response> {
  return ok(Response.new().addAttribute("action", "instantiate"));
}

function handleExecute(_deps: Deps, env: Env, _info: MessageInfo, raw: Uint8Array): Result<Response> {
  const parsed = parseMsg<SendMsg>(raw, "ibc_probe::msg::ExecuteMsg", SendMsg.readJson);
  if (parsed.isErr) return parsed.castErr<Response>();
  const m = parsed.value;
  const timeout = IbcTimeout.atTimestamp(env.block.time.plusSeconds(m.timeoutSeconds));
  return ok(
    Response.new()
      .addMessage(IbcMsg.sendPacket(m.channelId, Binary.fromString(m.data), timeout))
      .addAttribute("action", "send")
      .addAttribute("channel_id", m.channelId),
  );
}

function handleQuery(deps: Deps, _env: Env, raw: Uint8Array): Result<Binary> {
  const parsed = parseMsg<QueryMsg>(raw, "ibc_probe::msg::QueryMsg", QueryMsg.readJson);
  if (parsed.isErr) return parsed.castErr<Binary>();
  const s = new StateResponse();
  s.received = loadCount(deps, RECEIVED);
  s.timeouts = loadCount(deps, TIMEOUTS);
  const n = loadCount(deps, ACK_COUNT);
  for (let i: u32 = 0; i < n; i++) {
    const a = deps.storage.get(concat(utf8(ACK_PREFIX), u32be(i)));
    s.acks.push(a === null ? new Uint8Array(0) : a);
  }
  return ok(toJsonBinary<StateResponse>(s));
}

function checkVersion(version: string): Result<IbcChannelOpenResponse> {
  if (version != VERSION) return err<IbcChannelOpenResponse>("probe speaks only " + VERSION + ", not " + version);
  return ok(new IbcChannelOpenResponse(null));
}

function channelOpen(_deps: Deps, _env: Env, msg: IbcChannelMsg): Result<IbcChannelOpenResponse> {
  const cv = msg.counterpartyVersion;
  if (cv !== null) {
    const c = checkVersion(cv);
    if (c.isErr) return c;
  }
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
