/**
 * The execution algorithm (gov-upgrade-spec B2 steps 1–5). The parent marks the upgrade `executing`
 * and sends one sub-message (reply always) to itself: `apply_upgrade` answers with two plain
 * messages, the migrate and `verify_upgrade`, so both live in the sub-message's branch and a failed
 * migrate or post-check drops the branch whole (code id, contract storage, wasm history). The
 * reply then records `executed`, `failed` or `rolled_back`; the parent's `executing` write survives
 * either way, which is what stops a second trigger in the same block.
 */
import { Deps, Env, Response, Result, Reply, Event, SubMsg, WasmMsg, ok, err, $try, toJsonBinary, parseMsg, utf8, Pair, Bound, Order, keyToU64 } from "../../std/assembly";
import { Config, Upgrade, Batch, HistoryEntry, BlockCount, ExecuteMsg, ApplyUpgradeExecuteMsg, ApplyBatchExecuteMsg, VerifyUpgradeExecuteMsg, PostCheckKind, Cw2Info } from "./msg";
import { ContractError } from "./error";
import { UPGRADES, BATCHES, DUE_INDEX, BLOCK_COUNT, SCHEDULED, EXECUTING, EXECUTED, FAILED, ROLLED_BACK, EXPIRED, appendHistory, unqueue } from "./state";

/**
 * Reply ids: bits 40+ tell an upgrade's reply from a batch's, the low 40 bits are its id. Kept below
 * 2^53 because hosts that read responses as JavaScript JSON lose precision on larger integers.
 */
const TAG_UPGRADE: u64 = (<u64>1) << 40;
const TAG_BATCH: u64 = (<u64>2) << 40;
const ID_MASK: u64 = ((<u64>1) << 40) - 1;

/**
 * wasmd redacts a sub-message's error to `codespace: wasm, code: N` unless the failing error is a
 * contract's own; a failed verify is a contract error of an execute (wasm code 5), a failed migrate
 * is wasm code 11, anything else (unauthorized, out of gas, unknown code) another code.
 */
function isPostCheckFailure(error: string): bool {
  return error.includes("post_check_failed") || error == "codespace: wasm, code: 5";
}

export function isExpired(u: Upgrade, height: u64): bool {
  return u.hasExpiresHeight && height > u.expiresHeight;
}

function resultEvent(u: Upgrade, result: string): Event {
  const e = new Event("upgrade_result")
    .addAttribute("action", "upgrade_result")
    .addAttribute("upgrade_id", u.id.toString())
    .addAttribute("contract", u.contract)
    .addAttribute("to_code_id", u.toCodeId.toString())
    .addAttribute("due_height", u.dueHeight.toString())
    .addAttribute("result", result);
  if (u.hasFromCodeId) e.addAttribute("from_code_id", u.fromCodeId.toString());
  const error = u.error;
  if (error !== null) e.addAttribute("error", error);
  return e;
}

export function markExpired(deps: Deps, u: Upgrade, resp: Response): Result<bool> {
  u.status = EXPIRED;
  unqueue(deps.storage, u);
  UPGRADES.save(deps.storage, u.id, u);
  resp.addEvent(resultEvent(u, EXPIRED));
  return ok(true);
}

/** Step 1 for one upgrade: the code id it runs now, status `executing`, out of the queue. */
function begin(deps: Deps, u: Upgrade): Result<bool> {
  const ci = $try(deps.querier.queryContractInfo(u.contract));
  u.fromCodeId = ci.codeId;
  u.hasFromCodeId = true;
  u.status = EXECUTING;
  unqueue(deps.storage, u);
  UPGRADES.save(deps.storage, u.id, u);
  return ok(true);
}

function selfCall(env: Env, msg: ExecuteMsg, tag: u64, gasLimit: u64, hasGasLimit: bool): SubMsg {
  const sub = SubMsg.replyAlways(WasmMsg.execute(env.contract.address, toJsonBinary(msg)), tag);
  return hasGasLimit ? sub.withGasLimit(gasLimit) : sub;
}

export function startUpgrade(deps: Deps, env: Env, u: Upgrade, resp: Response): Result<bool> {
  $try(begin(deps, u));
  resp.addSubmessage(selfCall(env, ExecuteMsg.ApplyUpgrade(new ApplyUpgradeExecuteMsg(u.id)), TAG_UPGRADE | u.id, u.policy.gasLimit, u.policy.hasGasLimit));
  resp.addAttribute("executing", u.id.toString());
  return ok(true);
}

/** An atomic batch: every item in one sub-message, so one failure leaves none applied. */
export function startBatch(deps: Deps, env: Env, b: Batch, resp: Response): Result<bool> {
  let gas: u64 = 0;
  let hasGas = false;
  for (let i = 0; i < b.upgradeIds.length; i++) {
    const u = $try(UPGRADES.load(deps.storage, b.upgradeIds[i]));
    if (u.status != SCHEDULED) return err<bool>(ContractError.NotScheduled(u.id, u.status));
    $try(begin(deps, u));
    if (u.policy.hasGasLimit) {
      gas += u.policy.gasLimit;
      hasGas = true;
    }
    resp.addAttribute("executing", u.id.toString());
  }
  resp.addSubmessage(selfCall(env, ExecuteMsg.ApplyBatch(new ApplyBatchExecuteMsg(b.id)), TAG_BATCH | b.id, gas, hasGas));
  return ok(true);
}

/**
 * The crank and the hook: due upgrades in (due_height, id) order whose timelock is over, at most
 * `limit` now and `max_per_block` in this block; expired ones are marked on the way. Paused: nothing.
 */
export function runDue(deps: Deps, env: Env, cfg: Config, limit: u32, resp: Response): Result<bool> {
  if (cfg.paused) {
    resp.addAttribute("paused", "true");
    return ok(true);
  }
  const h = env.block.height;
  const bc = BLOCK_COUNT.mayLoad(deps.storage);
  const used: u32 = bc !== null && bc.height == h ? bc.count : 0;
  const cap: u32 = cfg.maxPerBlock > used ? cfg.maxPerBlock - used : 0;
  let budget: u32 = limit < cap ? limit : cap;
  let started: u32 = 0;
  const keys = DUE_INDEX.keys(deps.storage, null, Bound.inclusive<Pair<u64, u64>>(new Pair<u64, u64>(h, u64.MAX_VALUE)), Order.Ascending);
  for (let i = 0; i < keys.length; i++) {
    // key: u16 length (8) | due_height u64 | id u64
    const id = keyToU64(keys[i].slice(10, 18));
    const u = UPGRADES.mayLoad(deps.storage, id);
    if (u === null || u.status != SCHEDULED) continue;
    if (isExpired(u, h)) {
      $try(markExpired(deps, u, resp));
      continue;
    }
    if (h < u.timelockEnd) continue;
    if (budget == 0) break;
    if (u.hasBatchId) {
      const b = $try(BATCHES.load(deps.storage, u.batchId));
      if (b.atomic) $try(startBatch(deps, env, b, resp));
      else $try(startUpgrade(deps, env, u, resp));
    } else $try(startUpgrade(deps, env, u, resp));
    budget--;
    started++;
  }
  BLOCK_COUNT.save(deps.storage, new BlockCount(h, used + started));
  resp.addAttribute("started", started.toString());
  return ok(true);
}

function loadExecuting(deps: Deps, id: u64): Result<Upgrade> {
  const u = UPGRADES.mayLoad(deps.storage, id);
  if (u === null) return err<Upgrade>(ContractError.UnknownUpgrade(id));
  if (u.status != EXECUTING) return err<Upgrade>(ContractError.NotScheduled(id, u.status));
  return ok<Upgrade>(u!);
}

function addApply(env: Env, u: Upgrade, resp: Response): void {
  resp.addMessage(WasmMsg.migrate(u.contract, u.toCodeId, u.migrateMsg));
  resp.addMessage(WasmMsg.execute(env.contract.address, toJsonBinary(ExecuteMsg.VerifyUpgrade(new VerifyUpgradeExecuteMsg(u.id)))));
}

/** Step 3 (self only): the migrate, then the post-check, as plain messages of the self-call. */
export function applyUpgrade(deps: Deps, env: Env, id: u64, resp: Response): Result<Response> {
  const u = $try(loadExecuting(deps, id));
  addApply(env, u, resp);
  return ok(resp.addAttribute("action", "apply_upgrade").addAttribute("upgrade_id", id.toString()));
}

export function applyBatch(deps: Deps, env: Env, batchId: u64, resp: Response): Result<Response> {
  const b = $try(BATCHES.load(deps.storage, batchId));
  for (let i = 0; i < b.upgradeIds.length; i++) {
    const u = $try(loadExecuting(deps, b.upgradeIds[i]));
    addApply(env, u, resp);
  }
  return ok(resp.addAttribute("action", "apply_batch").addAttribute("batch_id", batchId.toString()));
}

function sameBytes(a: Uint8Array, b: Uint8Array): bool {
  if (a.length != b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
  return true;
}

/** Step 3's check (self only): runs after the migrate inside the same branch; an error reverts both. */
export function verifyUpgrade(deps: Deps, env: Env, id: u64, resp: Response): Result<Response> {
  const u = $try(loadExecuting(deps, id));
  const ci = $try(deps.querier.queryContractInfo(u.contract));
  if (ci.codeId != u.toCodeId) return err<Response>(ContractError.PostCheckFailed(u.contract + " runs code " + ci.codeId.toString() + ", expected " + u.toCodeId.toString()));
  const check = u.policy.postCheck;
  if (check.kind == PostCheckKind.Cw2) {
    const c = check.cw2!;
    const raw = deps.querier.queryRaw(u.contract, utf8("contract_info"));
    if (raw.isErr) return err<Response>(ContractError.PostCheckFailed(raw.error!));
    const bytes = raw.value;
    if (bytes === null) return err<Response>(ContractError.PostCheckFailed(u.contract + " has no cw2 contract_info"));
    const parsed = parseMsg<Cw2Info>(bytes, "cw2::ContractVersion", Cw2Info.readJson);
    if (parsed.isErr) return err<Response>(ContractError.PostCheckFailed(parsed.error!));
    const info = parsed.value;
    if (info.contract != c.contractName) return err<Response>(ContractError.PostCheckFailed("cw2 contract is " + info.contract + ", expected " + c.contractName));
    const v = c.expectedVersion;
    if (v !== null && info.version != v) return err<Response>(ContractError.PostCheckFailed("cw2 version is " + info.version + ", expected " + v));
  } else if (check.kind == PostCheckKind.SmartQuery) {
    const q = check.smartQuery!;
    const answer = deps.querier.querySmart(u.contract, q.msg.data);
    if (answer.isErr) return err<Response>(ContractError.PostCheckFailed(answer.error!));
    const expect = q.expect;
    if (expect !== null && !sameBytes(answer.value, expect.data)) return err<Response>(ContractError.PostCheckFailed("the smart query answered " + String.UTF8.decode(answer.value.buffer)));
  }
  return ok(resp.addAttribute("action", "verify_upgrade").addAttribute("upgrade_id", id.toString()));
}

/** Steps 4–5: the sub-message's outcome becomes each upgrade's final status. */
export function handleReply(deps: Deps, env: Env, reply: Reply): Result<Response> {
  const tag = reply.id & ~ID_MASK;
  const n = reply.id & ID_MASK;
  const ids = new Array<u64>();
  if (tag == TAG_UPGRADE) ids.push(n);
  else if (tag == TAG_BATCH) {
    const b = $try(BATCHES.load(deps.storage, n));
    for (let i = 0; i < b.upgradeIds.length; i++) ids.push(b.upgradeIds[i]);
  } else return err<Response>(ContractError.UnknownUpgrade(reply.id));
  const resp = Response.new().addAttribute("action", "upgrade_result");
  const error = reply.error;
  const h = env.block.height;
  for (let i = 0; i < ids.length; i++) {
    const u = $try(loadExecuting(deps, ids[i]));
    if (error === null) {
      u.status = EXECUTED;
      u.executedHeight = h;
      u.hasExecutedHeight = true;
      appendHistory(deps.storage, u.contract, new HistoryEntry(0, u.toCodeId, u.fromCodeId, h, u.id, true, "migrate"));
    } else {
      u.status = isPostCheckFailure(error) ? ROLLED_BACK : FAILED;
      u.error = error;
    }
    UPGRADES.save(deps.storage, u.id, u);
    resp.addEvent(resultEvent(u, u.status));
  }
  return ok(resp);
}
