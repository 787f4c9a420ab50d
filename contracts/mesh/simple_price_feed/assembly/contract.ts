/**
 * mesh simple-price-feed: a price set by its owner, read by the converter as `price{}`. A price
 * older than `price_ttl` seconds (when set) is refused with `OutdatedPriceData`, which makes the
 * converter's packet fail and the provider roll back (spec §10).
 */
import { Deps, Env, MessageInfo, Response, Result, Binary, ok, err, $try, doInstantiate, doExecute, doQuery, doSudo, toJsonBinary, Decimal, utf8 } from "../../../std/assembly";
import { nonpayable } from "../../common/assembly/payment";
import { InstantiateMsg, ExecuteMsg, SudoMsg, QueryMsg, QueryMsgKind, PriceResponse, ConfigResponse, Config } from "./msg";
import { ContractError } from "./error";
import { CONFIG } from "./state";

export { allocate, deallocate, interface_version_8 } from "../../../std/assembly";

const CONTRACT_NAME = "crates.io:mesh-simple-price-feed";
const CONTRACT_VERSION = "0.10.0-alpha.2";

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}
export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, handleExecute);
}
export function sudo(env: u32, msg: u32): u32 {
  return doSudo(env, msg, handleSudo);
}
export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}

function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  if (msg.nativePerForeign.isZero()) return err<Response>(ContractError.ZeroPrice);
  let owner = info.sender;
  const o = msg.owner;
  if (o !== null) owner = $try(deps.api.addrValidate(o));
  CONFIG.save(deps.storage, new Config(owner, msg.nativePerForeign, env.block.time, msg.priceTtl, msg.hasPriceTtl));
  deps.storage.set(utf8("contract_info"), utf8('{"contract":"' + CONTRACT_NAME + '","version":"' + CONTRACT_VERSION + '"}'));
  return ok(Response.new());
}

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const np = nonpayable(info);
  if (np !== null) return err<Response>(np);
  const cfg = $try(CONFIG.load(deps.storage));
  if (info.sender != cfg.owner) return err<Response>(ContractError.Unauthorized);
  const price: Decimal = msg.updatePrice!.nativePerForeign;
  if (price.isZero()) return err<Response>(ContractError.ZeroPrice);
  cfg.nativePerForeign = price;
  cfg.priceTime = env.block.time;
  CONFIG.save(deps.storage, cfg);
  return ok(Response.new().addAttribute("action", "update_price").addAttribute("native_per_foreign", price.toString()));
}

/** `handle_epoch`: a set price needs no refreshing. */
function handleSudo(deps: Deps, env: Env, raw: Uint8Array): Result<Response> {
  $try(SudoMsg.parse(raw));
  return ok(Response.new());
}

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const msg = $try(QueryMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  if (msg.kind == QueryMsgKind.Config) return ok(toJsonBinary(new ConfigResponse(cfg.owner, cfg.priceTtl, cfg.hasPriceTtl)));
  const ttl = cfg.priceTtl;
  if (cfg.hasPriceTtl && env.block.time.seconds() >= cfg.priceTime.seconds() + ttl) return err<Binary>(ContractError.OutdatedPriceData);
  return ok(toJsonBinary(new PriceResponse(cfg.nativePerForeign)));
}
