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

function okResponse(res: Result<Response>): u32 {
  if (res.isErr) return errorResult(<string>res.error);
  const w = new JsonWriter(256);
  w.beginObject().key("ok");
  res.value.writeJson(w);
  w.endObject();
  return <u32>regionFromBytes(w.toBytes());
}

function okBasic(res: Result<IbcBasicResponse>): u32 {
  if (res.isErr) return errorResult(<string>res.error);
  const w = new JsonWriter(256);
  w.beginObject().key("ok");
  res.value.writeJson(w);
  w.endObject();
  return <u32>regionFromBytes(w.toBytes());
}

// ---------------------------------------------------------------- argument decoding

/** The Env argument, decoded lazily on first use (see Env.lazy). */
function readEnv(ptr: u32): Result<Env> {
  return ok(Env.lazy(consumeRegion(<usize>ptr)));
}

function readInfo(ptr: u32): Result<MessageInfo> {
  const r = new JsonReader(consumeRegion(<usize>ptr));
  const info = MessageInfo.readJson(r);
  r.finish();
  if (r.failed) return err<MessageInfo>(parseErr("cosmwasm_std::types::MessageInfo", <string>r.error));
  return ok(info);
}

// ---------------------------------------------------------------- entry points

export function doInstantiate(envPtr: u32, infoPtr: u32, msgPtr: u32, handler: InstantiateHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const info = readInfo(infoPtr);
  if (info.isErr) return errorResult(<string>info.error);
  const msg = consumeRegion(<usize>msgPtr);
  return okResponse(handler(new Deps(), env.value, info.value, msg));
}

export function doExecute(envPtr: u32, infoPtr: u32, msgPtr: u32, handler: ExecuteHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const info = readInfo(infoPtr);
  if (info.isErr) return errorResult(<string>info.error);
  const msg = consumeRegion(<usize>msgPtr);
  return okResponse(handler(new Deps(), env.value, info.value, msg));
}

/** Queries answer `{"ok": "<base64 of the reply JSON>"}`. */
export function doQuery(envPtr: u32, msgPtr: u32, handler: QueryHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const msg = consumeRegion(<usize>msgPtr);
  const res = handler(new Deps(), env.value, msg);
  if (res.isErr) return errorResult(<string>res.error);
  const w = new JsonWriter(64 + (res.value.length * 4) / 3);
  w.beginObject().key("ok");
  res.value.writeJson(w);
  w.endObject();
  return <u32>regionFromBytes(w.toBytes());
}

export function doMigrate(envPtr: u32, msgPtr: u32, handler: MigrateHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const msg = consumeRegion(<usize>msgPtr);
  return okResponse(handler(new Deps(), env.value, msg));
}

/** The three-argument migrate of CosmWasm 2.2+ hosts (export `migrate(env, msg, info)`). */
export function doMigrateWithInfo(envPtr: u32, msgPtr: u32, infoPtr: u32, handler: MigrateWithInfoHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const msg = consumeRegion(<usize>msgPtr);
  const r = new JsonReader(consumeRegion(<usize>infoPtr));
  const info = MigrateInfo.readJson(r);
  r.finish();
  if (r.failed) return errorResult(parseErr("cosmwasm_std::types::MigrateInfo", <string>r.error));
  return okResponse(handler(new Deps(), env.value, msg, info));
}

export function doSudo(envPtr: u32, msgPtr: u32, handler: SudoHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const msg = consumeRegion(<usize>msgPtr);
  return okResponse(handler(new Deps(), env.value, msg));
}

export function doReply(envPtr: u32, replyPtr: u32, handler: ReplyHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const r = new JsonReader(consumeRegion(<usize>replyPtr));
  const reply = Reply.readJson(r);
  r.finish();
  if (r.failed) return errorResult(parseErr("cosmwasm_std::results::submessages::Reply", <string>r.error));
  return okResponse(handler(new Deps(), env.value, reply));
}

function readChannelMsg(ptr: u32, kind: i32): Result<IbcChannelMsg> {
  const r = new JsonReader(consumeRegion(<usize>ptr));
  const m = kind == 0 ? IbcChannelMsg.readOpen(r) : kind == 1 ? IbcChannelMsg.readConnect(r) : IbcChannelMsg.readClose(r);
  r.finish();
  if (r.failed) return err<IbcChannelMsg>(parseErr("cosmwasm_std::ibc::IbcChannelMsg", <string>r.error));
  return ok(m);
}

/** Answers `{"ok": null}` (accept the version) or `{"ok": {"version": "..."}}`. */
export function doIbcChannelOpen(envPtr: u32, msgPtr: u32, handler: IbcChannelOpenHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const msg = readChannelMsg(msgPtr, 0);
  if (msg.isErr) return errorResult(<string>msg.error);
  const res = handler(new Deps(), env.value, msg.value);
  if (res.isErr) return errorResult(<string>res.error);
  const w = new JsonWriter();
  w.beginObject().key("ok");
  res.value.writeJson(w);
  w.endObject();
  return <u32>regionFromBytes(w.toBytes());
}

export function doIbcChannelConnect(envPtr: u32, msgPtr: u32, handler: IbcChannelHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const msg = readChannelMsg(msgPtr, 1);
  if (msg.isErr) return errorResult(<string>msg.error);
  return okBasic(handler(new Deps(), env.value, msg.value));
}

export function doIbcChannelClose(envPtr: u32, msgPtr: u32, handler: IbcChannelHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const msg = readChannelMsg(msgPtr, 2);
  if (msg.isErr) return errorResult(<string>msg.error);
  return okBasic(handler(new Deps(), env.value, msg.value));
}

export function doIbcPacketReceive(envPtr: u32, msgPtr: u32, handler: IbcPacketReceiveHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const r = new JsonReader(consumeRegion(<usize>msgPtr));
  const msg = IbcPacketReceiveMsg.readJson(r);
  r.finish();
  if (r.failed) return errorResult(parseErr("cosmwasm_std::ibc::IbcPacketReceiveMsg", <string>r.error));
  const res = handler(new Deps(), env.value, msg);
  if (res.isErr) return errorResult(<string>res.error);
  const w = new JsonWriter(256);
  w.beginObject().key("ok");
  res.value.writeJson(w);
  w.endObject();
  return <u32>regionFromBytes(w.toBytes());
}

export function doIbcPacketAck(envPtr: u32, msgPtr: u32, handler: IbcPacketAckHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const r = new JsonReader(consumeRegion(<usize>msgPtr));
  const msg = IbcPacketAckMsg.readJson(r);
  r.finish();
  if (r.failed) return errorResult(parseErr("cosmwasm_std::ibc::IbcPacketAckMsg", <string>r.error));
  return okBasic(handler(new Deps(), env.value, msg));
}

export function doIbcPacketTimeout(envPtr: u32, msgPtr: u32, handler: IbcPacketTimeoutHandler): u32 {
  const env = readEnv(envPtr);
  if (env.isErr) return errorResult(<string>env.error);
  const r = new JsonReader(consumeRegion(<usize>msgPtr));
  const msg = IbcPacketTimeoutMsg.readJson(r);
  r.finish();
  if (r.failed) return errorResult(parseErr("cosmwasm_std::ibc::IbcPacketTimeoutMsg", <string>r.error));
  return okBasic(handler(new Deps(), env.value, msg));
}
