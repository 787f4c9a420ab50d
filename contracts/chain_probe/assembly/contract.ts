/**
 * chain_probe: a test contract for the chain's sudo hooks and custom queries (pos-spec §7). It
 * answers every query by forwarding the query message as `{"custom": <msg>}` to the chain and
 * returning the chain's raw answer. It records every sudo
 * message it receives (raw bytes under `msg` + u32be index, the count under `count`), then
 * behaves as its instantiate message (declared in ../declare.ts) says:
 *   {"mode":"ok"} or {}  answers Ok;
 *   {"mode":"fail"}      answers an error (after recording, so the host must discard the record);
 *   {"mode":"loop"}      writes storage until it runs out of gas.
 * Tests read the records with raw queries.
 */
import { Binary, Deps, Env, MessageInfo, Response, Result, ok, err, $try, doInstantiate, doQuery, doSudo, utf8, concat, Item } from "../../std/assembly";
import { InstantiateMsg, ModeKind } from "./msg";
export { allocate, deallocate, interface_version_8 } from "../../std/assembly";

const CONFIG = new Item<InstantiateMsg>("mode", InstantiateMsg.readJson, "chain_probe::msg::InstantiateMsg");

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}

export function sudo(env: u32, msg: u32): u32 {
  return doSudo(env, msg, handleSudo);
}

export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}

function handleQuery(deps: Deps, _env: Env, msg: Uint8Array): Result<Binary> {
  const r = $try(deps.querier.queryCustom(msg));
  return ok(new Binary(r));
}

function handleInstantiate(deps: Deps, _env: Env, _info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  CONFIG.save(deps.storage, msg);
  return ok(Response.new().addAttribute("action", "instantiate"));
}

function u32be(n: u32): Uint8Array {
  const b = new Uint8Array(4);
  b[0] = <u8>(n >> 24);
  b[1] = <u8>(n >> 16);
  b[2] = <u8>(n >> 8);
  b[3] = <u8>n;
  return b;
}

function readU32be(b: Uint8Array): u32 {
  return (<u32>b[0] << 24) | (<u32>b[1] << 16) | (<u32>b[2] << 8) | <u32>b[3];
}

function handleSudo(deps: Deps, _env: Env, msg: Uint8Array): Result<Response> {
  const raw = deps.storage.get(utf8("count"));
  const n: u32 = raw === null ? 0 : readU32be(raw);
  deps.storage.set(concat(utf8("msg"), u32be(n)), msg);
  deps.storage.set(utf8("count"), u32be(n + 1));
  let kind = ModeKind.Ok;
  const config = CONFIG.mayLoad(deps.storage);
  if (config !== null) {
    const mode = config.mode;
    if (mode !== null) kind = mode.kind;
  }
  if (kind == ModeKind.Fail) return err<Response>("chain probe: failing on purpose");
  if (kind == ModeKind.Loop) {
    let i: u32 = 0;
    while (i < 0xffffffff) {
      deps.storage.set(utf8("spin"), u32be(i));
      i++;
    }
  }
  return ok(Response.new().addAttribute("chain_probe", "received"));
}
