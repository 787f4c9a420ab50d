/** counter: the example contract of contracts/README.md, written on declarations (../declare.ts). */
import { Deps, Env, MessageInfo, Response, Result, Binary, Item, ok, err, $try, doInstantiate, doExecute, doQuery, toJsonBinary } from "../../std/assembly";
import { InstantiateMsg, ExecuteMsg, ExecuteMsgKind, QueryMsg, QueryMsgKind, CountResponse, OwnerResponse, State } from "./msg";
import { ContractError } from "./error";

export { allocate, deallocate, interface_version_8 } from "../../std/assembly";

const STATE = new Item<State>("state", State.readJson, "counter::state::State");

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}
export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, handleExecute);
}
export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}

function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  let owner = info.sender;
  const o = msg.owner;
  if (o !== null) owner = $try(deps.api.addrValidate(o));
  STATE.save(deps.storage, new State(msg.count, owner, false));
  return ok(Response.new().addAttribute("action", "instantiate").addAttribute("owner", owner));
}

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const state = $try(STATE.load(deps.storage));
  if (state.frozen) return err<Response>(ContractError.Frozen);
  switch (msg.kind) {
    case ExecuteMsgKind.Increment: {
      const m = msg.increment!;
      const by: u64 = m.hasBy ? m.by : 1;
      if (state.count > u64.MAX_VALUE - by) return err<Response>(ContractError.Overflow(state.count, by));
      state.count += by;
      break;
    }
    case ExecuteMsgKind.Reset:
      if (info.sender != state.owner) return err<Response>(ContractError.Unauthorized);
      state.count = msg.reset!.count;
      break;
    default:
      if (info.sender != state.owner) return err<Response>(ContractError.Unauthorized);
      state.frozen = true;
  }
  STATE.save(deps.storage, state);
  return ok(Response.new().addAttribute("count", state.count.toString()));
}

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const msg = $try(QueryMsg.parse(raw));
  const state = $try(STATE.load(deps.storage));
  if (msg.kind == QueryMsgKind.Count) return ok(toJsonBinary(new CountResponse(state.count, state.frozen)));
  return ok(toJsonBinary(new OwnerResponse(state.owner)));
}
