/**
 * mesh_test_consumer: a TEST contract standing in for the converter at the consumer end of
 * external-staking's control channel (see ../declare.ts). It does nothing the converter would
 * not: opens with OpenInit, sends consumer packets, acks provider packets with `{"result":"e30="}`
 * (StakeAck{} etc.) or refuses them with a contract error, which the host turns into an error ack.
 */
import {
  Binary,
  Deps,
  Env,
  MessageInfo,
  Response,
  Result,
  Item,
  ok,
  err,
  $try,
  toJsonBinary,
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
} from "../../../std/assembly";
import { InstantiateMsg, ExecuteMsg, ExecuteMsgKind, QueryMsg, State, ProviderPacket, AckWrapper, EmptyAck, ProtocolVersion } from "./msg";
export { allocate, deallocate, interface_version_8 } from "../../../std/assembly";

const STATE = new Item<State>("state", State.readJson, "mesh_test_consumer::State");

function text(b: Uint8Array): string {
  return String.UTF8.decodeUnsafe(b.dataStart, <usize>b.length);
}

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

function handleInstantiate(deps: Deps, _env: Env, _info: MessageInfo, raw: Uint8Array): Result<Response> {
  $try(InstantiateMsg.parse(raw));
  STATE.save(deps.storage, new State(null, false, [], [], 0));
  return ok(Response.new());
}

function handleExecute(deps: Deps, env: Env, _info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const st = $try(STATE.load(deps.storage));
  if (msg.kind == ExecuteMsgKind.Refuse) {
    st.refuse = msg.refuse!.refuse;
    STATE.save(deps.storage, st);
    return ok(Response.new());
  }
  const m = msg.send!;
  const ch = st.channel;
  if (ch === null) return err<Response>("no channel yet");
  const timeout = IbcTimeout.atTimestamp(env.block.time.plusSeconds(m.timeoutSeconds));
  return ok(Response.new().addMessage(IbcMsg.sendPacket(ch, m.packet, timeout)));
}

function handleQuery(deps: Deps, _env: Env, raw: Uint8Array): Result<Binary> {
  $try(QueryMsg.parse(raw));
  const st = $try(STATE.load(deps.storage));
  return ok(toJsonBinary(st));
}

function channelOpen(_deps: Deps, _env: Env, msg: IbcChannelMsg): Result<IbcChannelOpenResponse> {
  if (msg.kind != "open_init") return err<IbcChannelOpenResponse>("The consumer opens the channel (OpenInit only)");
  if (msg.channel.version.length > 0) return ok(new IbcChannelOpenResponse(null));
  const v = toJsonBinary(new ProtocolVersion("mesh-security", "0.11.0"));
  return ok(new IbcChannelOpenResponse(text(v.data)));
}

function channelConnect(deps: Deps, _env: Env, msg: IbcChannelMsg): Result<IbcBasicResponse> {
  const st = $try(STATE.load(deps.storage));
  st.channel = msg.channel.endpoint.channelId;
  STATE.save(deps.storage, st);
  return ok(new IbcBasicResponse());
}

function channelClose(_deps: Deps, _env: Env, _msg: IbcChannelMsg): Result<IbcBasicResponse> {
  return ok(new IbcBasicResponse());
}

function packetReceive(deps: Deps, _env: Env, msg: IbcPacketReceiveMsg): Result<IbcReceiveResponse> {
  const st = $try(STATE.load(deps.storage));
  $try(ProviderPacket.parse(msg.packet.data.data));
  if (st.refuse) return err<IbcReceiveResponse>("consumer refuses the packet");
  st.received.push(text(msg.packet.data.data));
  STATE.save(deps.storage, st);
  return ok(new IbcReceiveResponse(toJsonBinary(AckWrapper.Result(toJsonBinary(new EmptyAck())))));
}

function packetAck(deps: Deps, _env: Env, msg: IbcPacketAckMsg): Result<IbcBasicResponse> {
  const st = $try(STATE.load(deps.storage));
  st.acks.push(text(msg.acknowledgement.data.data));
  STATE.save(deps.storage, st);
  return ok(new IbcBasicResponse());
}

function packetTimeout(deps: Deps, _env: Env, _msg: IbcPacketTimeoutMsg): Result<IbcBasicResponse> {
  const st = $try(STATE.load(deps.storage));
  st.timeouts += 1;
  STATE.save(deps.storage, st);
  return ok(new IbcBasicResponse());
}
