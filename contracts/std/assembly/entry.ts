/**
 * Entry-point plumbing. A contract exports plain functions and hands the Region pointers to
 * these helpers, which read and free the argument Regions, decode Env/MessageInfo/..., call the
 * handler and return a Region with the JSON `ContractResult` (`{"ok": ...}` or `{"error": "..."}`):
 *
 *   export function execute(env: u32, info: u32, msg: u32): u32 {
 *     return doExecute(env, info, msg, handleExecute);
 *   }
 *
 * Handlers receive the message as raw bytes and decode it themselves (see `parseMsg`), so a
 * malformed message becomes a contract error, never a trap.
 */
import { consumeRegion, regionFromBytes } from "./memory";
import { JsonReader } from "./json/reader";
import { JsonWriter } from "./json/writer";
import { Result, ok, err, parseErr } from "./result";
import { Deps } from "./deps";
import { Env, MessageInfo, MigrateInfo } from "./types/env";
import { Binary } from "./types/binary";
import { Response, IbcBasicResponse, IbcReceiveResponse } from "./types/response";
import { Reply } from "./types/reply";
import {
  IbcChannelMsg,
  IbcChannelOpenResponse,
  IbcPacketReceiveMsg,
  IbcPacketAckMsg,
  IbcPacketTimeoutMsg,
} from "./types/ibc";

export type InstantiateHandler = (deps: Deps, env: Env, info: MessageInfo, msg: Uint8Array) => Result<Response>;
export type ExecuteHandler = (deps: Deps, env: Env, info: MessageInfo, msg: Uint8Array) => Result<Response>;
export type QueryHandler = (deps: Deps, env: Env, msg: Uint8Array) => Result<Binary>;
export type MigrateHandler = (deps: Deps, env: Env, msg: Uint8Array) => Result<Response>;
export type MigrateWithInfoHandler = (deps: Deps, env: Env, msg: Uint8Array, info: MigrateInfo) => Result<Response>;
export type SudoHandler = (deps: Deps, env: Env, msg: Uint8Array) => Result<Response>;
export type ReplyHandler = (deps: Deps, env: Env, reply: Reply) => Result<Response>;
export type IbcChannelOpenHandler = (deps: Deps, env: Env, msg: IbcChannelMsg) => Result<IbcChannelOpenResponse>;
export type IbcChannelHandler = (deps: Deps, env: Env, msg: IbcChannelMsg) => Result<IbcBasicResponse>;
export type IbcPacketReceiveHandler = (deps: Deps, env: Env, msg: IbcPacketReceiveMsg) => Result<IbcReceiveResponse>;
export type IbcPacketAckHandler = (deps: Deps, env: Env, msg: IbcPacketAckMsg) => Result<IbcBasicResponse>;
export type IbcPacketTimeoutHandler = (deps: Deps, env: Env, msg: IbcPacketTimeoutMsg) => Result<IbcBasicResponse>;

/**
 * Decodes a contract message with a strict decoder. Errors read like cosmwasm-std's:
 * `Error parsing into type <typeName>: <serde message>`.
 */
export function parseMsg<T>(bytes: Uint8Array, typeName: string, decode: (r: JsonReader) => T): Result<T> {
  const r = new JsonReader(bytes);
  const v = decode(r);
  r.finish();
  if (r.failed) return err<T>(parseErr(typeName, <string>r.error));
  return ok(v);
}

/** Serializes a value (a class with writeJson, or a string) as JSON Binary: the usual query answer. */
export function toJsonBinary<T>(v: T): Binary {
  const w = new JsonWriter();
  if (isString<T>()) w.string(changetype<string>(v));
  // @ts-ignore: T must provide writeJson
  else v.writeJson(w);
  return new Binary(w.toBytes());
}

// ---------------------------------------------------------------- result encoding

function errorResult(message: string): u32 {
  const w = new JsonWriter(message.length + 16);
  w.beginObject().key("error").string(message).endObject();
  return <u32>regionFromBytes(w.toBytes());
}

/** `{"ok": <value JSON>}`; T provides writeJson. */
function okValue<T>(value: T, capacity: i32): u32 {
  const w = new JsonWriter(capacity);
  w.beginObject().key("ok");
  // @ts-ignore: T must provide writeJson
  value.writeJson(w);
  w.endObject();
  return <u32>regionFromBytes(w.toBytes());
}

/** `{"ok": ...}` for a value, `{"error": "..."}` for an error. */
function okResult<T>(res: Result<T>): u32 {
  if (res.isErr) return errorResult(<string>res.error);
  return okValue<T>(res.value, 256);
}

// ---------------------------------------------------------------- argument decoding

/** The Env argument, decoded lazily on first use (see Env.lazy), so reading it cannot fail here. */
function readEnv(ptr: u32): Env {
  return Env.lazy(consumeRegion(<usize>ptr));
}

/** Reads and frees an argument Region and decodes it strictly, like `parseMsg`. */
function decodeArg<T>(ptr: u32, typeName: string, read: (r: JsonReader) => T): Result<T> {
  return parseMsg<T>(consumeRegion(<usize>ptr), typeName, read);
}

const MESSAGE_INFO_TYPE = "cosmwasm_std::types::MessageInfo";
const CHANNEL_MSG_TYPE = "cosmwasm_std::ibc::IbcChannelMsg";

// ---------------------------------------------------------------- entry points

/** Instantiate and execute: Env, MessageInfo and the raw message. */
function doWithInfo(envPtr: u32, infoPtr: u32, msgPtr: u32, handler: ExecuteHandler): u32 {
  const env = readEnv(envPtr);
  const info = decodeArg<MessageInfo>(infoPtr, MESSAGE_INFO_TYPE, MessageInfo.readJson);
  if (info.isErr) return errorResult(<string>info.error);
  const msg = consumeRegion(<usize>msgPtr);
  return okResult(handler(new Deps(), env, info.value, msg));
}

export function doInstantiate(envPtr: u32, infoPtr: u32, msgPtr: u32, handler: InstantiateHandler): u32 {
  return doWithInfo(envPtr, infoPtr, msgPtr, handler);
}

export function doExecute(envPtr: u32, infoPtr: u32, msgPtr: u32, handler: ExecuteHandler): u32 {
  return doWithInfo(envPtr, infoPtr, msgPtr, handler);
}

/** Queries answer `{"ok": "<base64 of the reply JSON>"}`. */
export function doQuery(envPtr: u32, msgPtr: u32, handler: QueryHandler): u32 {
  const env = readEnv(envPtr);
  const msg = consumeRegion(<usize>msgPtr);
  const res = handler(new Deps(), env, msg);
  if (res.isErr) return errorResult(<string>res.error);
  return okValue(res.value, 64 + (res.value.length * 4) / 3);
}

/** Migrate and sudo: Env and the raw message. */
function doWithMsg(envPtr: u32, msgPtr: u32, handler: SudoHandler): u32 {
  const env = readEnv(envPtr);
  const msg = consumeRegion(<usize>msgPtr);
  return okResult(handler(new Deps(), env, msg));
}

export function doMigrate(envPtr: u32, msgPtr: u32, handler: MigrateHandler): u32 {
  return doWithMsg(envPtr, msgPtr, handler);
}

/** The three-argument migrate of CosmWasm 2.2+ hosts (export `migrate(env, msg, info)`). */
export function doMigrateWithInfo(envPtr: u32, msgPtr: u32, infoPtr: u32, handler: MigrateWithInfoHandler): u32 {
  const env = readEnv(envPtr);
  const msg = consumeRegion(<usize>msgPtr);
  const info = decodeArg<MigrateInfo>(infoPtr, "cosmwasm_std::types::MigrateInfo", MigrateInfo.readJson);
  if (info.isErr) return errorResult(<string>info.error);
  return okResult(handler(new Deps(), env, msg, info.value));
}

export function doSudo(envPtr: u32, msgPtr: u32, handler: SudoHandler): u32 {
  return doWithMsg(envPtr, msgPtr, handler);
}

export function doReply(envPtr: u32, replyPtr: u32, handler: ReplyHandler): u32 {
  const env = readEnv(envPtr);
  const reply = decodeArg<Reply>(replyPtr, "cosmwasm_std::results::submessages::Reply", Reply.readJson);
  if (reply.isErr) return errorResult(<string>reply.error);
  return okResult(handler(new Deps(), env, reply.value));
}

/**
 * The IBC entry points: decode the message argument with `read` (errors name `typeName`), call the
 * handler and answer `{"ok": ...}`.
 */
function doIbc<M, R>(
  envPtr: u32,
  msgPtr: u32,
  typeName: string,
  read: (r: JsonReader) => M,
  handler: (deps: Deps, env: Env, msg: M) => Result<R>,
): u32 {
  const env = readEnv(envPtr);
  const msg = decodeArg<M>(msgPtr, typeName, read);
  if (msg.isErr) return errorResult(<string>msg.error);
  return okResult<R>(handler(new Deps(), env, msg.value));
}

/** Answers `{"ok": null}` (accept the version) or `{"ok": {"version": "..."}}`. */
export function doIbcChannelOpen(envPtr: u32, msgPtr: u32, handler: IbcChannelOpenHandler): u32 {
  return doIbc<IbcChannelMsg, IbcChannelOpenResponse>(envPtr, msgPtr, CHANNEL_MSG_TYPE, IbcChannelMsg.readOpen, handler);
}

export function doIbcChannelConnect(envPtr: u32, msgPtr: u32, handler: IbcChannelHandler): u32 {
  return doIbc<IbcChannelMsg, IbcBasicResponse>(envPtr, msgPtr, CHANNEL_MSG_TYPE, IbcChannelMsg.readConnect, handler);
}

export function doIbcChannelClose(envPtr: u32, msgPtr: u32, handler: IbcChannelHandler): u32 {
  return doIbc<IbcChannelMsg, IbcBasicResponse>(envPtr, msgPtr, CHANNEL_MSG_TYPE, IbcChannelMsg.readClose, handler);
}

export function doIbcPacketReceive(envPtr: u32, msgPtr: u32, handler: IbcPacketReceiveHandler): u32 {
  return doIbc<IbcPacketReceiveMsg, IbcReceiveResponse>(
    envPtr, msgPtr, "cosmwasm_std::ibc::IbcPacketReceiveMsg", IbcPacketReceiveMsg.readJson, handler,
  );
}

export function doIbcPacketAck(envPtr: u32, msgPtr: u32, handler: IbcPacketAckHandler): u32 {
  return doIbc<IbcPacketAckMsg, IbcBasicResponse>(
    envPtr, msgPtr, "cosmwasm_std::ibc::IbcPacketAckMsg", IbcPacketAckMsg.readJson, handler,
  );
}

export function doIbcPacketTimeout(envPtr: u32, msgPtr: u32, handler: IbcPacketTimeoutHandler): u32 {
  return doIbc<IbcPacketTimeoutMsg, IbcBasicResponse>(
    envPtr, msgPtr, "cosmwasm_std::ibc::IbcPacketTimeoutMsg", IbcPacketTimeoutMsg.readJson, handler,
  );
}
