/**
 * upgrade_probe: a contract for migration tests. cw2 info lives under `contract_info` as cw2 keeps
 * it; migrate sets name/version/marker from its message, counts migrations, or refuses with
 * `{"fail": true}`, so a test can see whether a migration's storage writes survived.
 */
import { Deps, Env, MessageInfo, Response, Result, Binary, Item, ok, err, $try, doInstantiate, doExecute, doQuery, doMigrate, toJsonBinary } from "../../std/assembly";
import { InstantiateMsg, ExecuteMsg, MigrateMsg, QueryMsg, ContractVersion, StateResponse, Marker } from "./msg";
import { ContractError } from "./error";
export { allocate, deallocate, interface_version_8 } from "../../std/assembly";

const CONTRACT_INFO = new Item<ContractVersion>("contract_info", ContractVersion.readJson, "cw2::ContractVersion");
const MARKER = new Item<Marker>("marker", Marker.readJson, "upgrade_probe::state::Marker");

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}
export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, handleExecute);
}
export function migrate(env: u32, msg: u32): u32 {
  return doMigrate(env, msg, handleMigrate);
}
export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}

function or(v: string | null, d: string): string {
  return v === null ? d : v;
}

function handleInstantiate(deps: Deps, _env: Env, _info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  CONTRACT_INFO.save(deps.storage, new ContractVersion(or(msg.name, "upgrade-probe"), or(msg.version, "1.0.0")));
  MARKER.save(deps.storage, new Marker(or(msg.marker, ""), 0));
  return ok(Response.new().addAttribute("action", "instantiate"));
}

function handleExecute(deps: Deps, _env: Env, _info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const m = $try(MARKER.load(deps.storage));
  m.value = msg.setMarker!.value;
  MARKER.save(deps.storage, m);
  return ok(Response.new().addAttribute("action", "set_marker"));
}

function handleMigrate(deps: Deps, _env: Env, raw: Uint8Array): Result<Response> {
  const msg = $try(MigrateMsg.parse(raw));
  // storage is written before the refusal on purpose: a host must discard it with the failed call
  const m = $try(MARKER.load(deps.storage));
  m.migrations += 1;
  const marker = msg.marker;
  if (marker !== null) m.value = marker;
  MARKER.save(deps.storage, m);
  const cur = $try(CONTRACT_INFO.load(deps.storage));
  CONTRACT_INFO.save(deps.storage, new ContractVersion(or(msg.name, cur.contract), or(msg.version, cur.version)));
  if (msg.hasFail && msg.fail) return err<Response>(ContractError.MigrateRefused);
  return ok(Response.new().addAttribute("action", "migrate").addAttribute("migrations", m.migrations.toString()));
}

function handleQuery(deps: Deps, _env: Env, raw: Uint8Array): Result<Binary> {
  $try(QueryMsg.parse(raw));
  const v = $try(CONTRACT_INFO.load(deps.storage));
  const m = $try(MARKER.load(deps.storage));
  return ok(toJsonBinary(new StateResponse(v.contract, v.version, m.value, m.migrations)));
}
