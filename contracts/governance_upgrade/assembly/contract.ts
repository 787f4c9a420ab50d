/**
 * governance_upgrade (gov-upgrade-spec B2): the wasm admin of the contracts it manages. The owner
 * (normally the gov module account) schedules migrations at a height under per-contract policies;
 * a guardian may cancel, veto inside the timelock, pause, or execute early. Execution runs as a
 * self-call sub-message (see execution.ts) so a failed migrate or post-check reverts completely.
 */
import { Deps, Env, MessageInfo, Response, Result, Binary, ok, err, $try, doInstantiate, doExecute, doQuery, doSudo, doReply, WasmMsg, Pair } from "../../std/assembly";
import {
  InstantiateMsg, ExecuteMsg, ExecuteMsgKind, SudoMsg, SudoMsgKind, Config, Managed, Upgrade, Batch, HistoryEntry, BatchItem,
  ScheduleBatchExecuteMsg, RollbackExecuteMsg, UpdateConfigExecuteMsg, U64Value,
} from "./msg";
import { ContractError } from "./error";
import {
  CONFIG, POLICIES, MANAGED, UPGRADES, BATCHES, DUE_INDEX, PENDING_BY_CONTRACT, NEXT_ID, NEXT_BATCH_ID, HISTORY, HISTORY_LEN,
  SCHEDULED, CANCELLED, VETOED, nextId, appendHistory, lastHistory, unqueue,
} from "./state";
import { validatePolicy, effectivePolicy, codeChecksum } from "./policy";
import { startUpgrade, startBatch, runDue, applyUpgrade, applyBatch, verifyUpgrade, handleReply, markExpired, isExpired } from "./execution";
import { handleQuery } from "./query";

export { allocate, deallocate, interface_version_8, requires_iterator } from "../../std/assembly";

const DEFAULT_MAX_PER_BLOCK: u32 = 5;

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}
export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, handleExecute);
}
export function sudo(env: u32, msg: u32): u32 {
  return doSudo(env, msg, handleSudo);
}
export function reply(env: u32, msg: u32): u32 {
  return doReply(env, msg, handleReply);
}
export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}

function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  if (info.funds.length > 0) return err<Response>(ContractError.NoFunds);
  const owner = $try(deps.api.addrValidate(msg.owner));
  let guardian: string | null = null;
  const g = msg.guardian;
  if (g !== null) guardian = $try(deps.api.addrValidate(g));
  const maxPerBlock = msg.hasMaxPerBlock ? msg.maxPerBlock : DEFAULT_MAX_PER_BLOCK;
  if (maxPerBlock == 0) return err<Response>(ContractError.InvalidConfig("max_per_block must be at least 1"));
  $try(validatePolicy(msg.defaultPolicy));
  CONFIG.save(deps.storage, new Config(owner, null, guardian, msg.defaultPolicy, maxPerBlock, false));
  return ok(Response.new().addAttribute("action", "instantiate").addAttribute("owner", owner));
}

function handleSudo(deps: Deps, env: Env, raw: Uint8Array): Result<Response> {
  const msg = $try(SudoMsg.parse(raw));
  const resp = Response.new();
  // valset_update is accepted and ignored, so the contract can share a hook list with staking contracts
  if (msg.kind != SudoMsgKind.ProcessDue) return ok(resp);
  const cfg = $try(CONFIG.load(deps.storage));
  $try(runDue(deps, env, cfg, cfg.maxPerBlock, resp));
  return ok(resp.addAttribute("action", "process_due"));
}

function isOwner(cfg: Config, sender: string): bool {
  return sender == cfg.owner;
}
function isGuardian(cfg: Config, sender: string): bool {
  const g = cfg.guardian;
  return g !== null && sender == g;
}

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  if (info.funds.length > 0) return err<Response>(ContractError.NoFunds);
  const cfg = $try(CONFIG.load(deps.storage));
  const sender = info.sender;
  const me = env.contract.address;
  const resp = Response.new();
  const owner = isOwner(cfg, sender);
  switch (msg.kind) {
    case ExecuteMsgKind.ApplyUpgrade:
      if (sender != me) return err<Response>(ContractError.SelfOnly("apply_upgrade", sender));
      return applyUpgrade(deps, env, msg.applyUpgrade!.id, resp);
    case ExecuteMsgKind.ApplyBatch:
      if (sender != me) return err<Response>(ContractError.SelfOnly("apply_batch", sender));
      return applyBatch(deps, env, msg.applyBatch!.batchId, resp);
    case ExecuteMsgKind.VerifyUpgrade:
      if (sender != me) return err<Response>(ContractError.SelfOnly("verify_upgrade", sender));
      return verifyUpgrade(deps, env, msg.verifyUpgrade!.id, resp);
    case ExecuteMsgKind.ExecuteDue: {
      const m = msg.executeDue!;
      $try(runDue(deps, env, cfg, m.hasLimit ? m.limit : cfg.maxPerBlock, resp));
      return ok(resp.addAttribute("action", "execute_due"));
    }
    case ExecuteMsgKind.ExecuteUpgrade:
      return executeUpgrade(deps, env, cfg, sender, msg.executeUpgrade!.id, resp);
    case ExecuteMsgKind.CancelUpgrade: {
      if (!owner && !isGuardian(cfg, sender)) return err<Response>(ContractError.Unauthorized("the owner or the guardian", "cancel an upgrade"));
      const u = $try(loadScheduled(deps, msg.cancelUpgrade!.id));
      endTogether(deps, u, CANCELLED, resp);
      return ok(resp.addAttribute("action", "cancel_upgrade").addAttribute("upgrade_id", u.id.toString()));
    }
    case ExecuteMsgKind.VetoUpgrade: {
      if (!isGuardian(cfg, sender)) return err<Response>(ContractError.Unauthorized("the guardian", "veto an upgrade"));
      const u = $try(loadScheduled(deps, msg.vetoUpgrade!.id));
      const h = env.block.height;
      if (h < u.dueHeight || h >= u.timelockEnd) return err<Response>(ContractError.NotInTimelock(u.id, u.dueHeight, u.timelockEnd > 0 ? u.timelockEnd - 1 : 0));
      endTogether(deps, u, VETOED, resp);
      return ok(resp.addAttribute("action", "veto_upgrade").addAttribute("upgrade_id", u.id.toString()));
    }
    case ExecuteMsgKind.Pause:
      if (!owner && !isGuardian(cfg, sender)) return err<Response>(ContractError.Unauthorized("the guardian or the owner", "pause"));
      cfg.paused = true;
      CONFIG.save(deps.storage, cfg);
      return ok(resp.addAttribute("action", "pause"));
    case ExecuteMsgKind.Unpause:
      if (!owner) return err<Response>(ContractError.Unauthorized("the owner", "unpause"));
      cfg.paused = false;
      CONFIG.save(deps.storage, cfg);
      return ok(resp.addAttribute("action", "unpause"));
    case ExecuteMsgKind.AcceptOwner: {
      const p = cfg.pendingOwner;
      if (p === null || p != sender) return err<Response>(ContractError.NoPendingOwner);
      cfg.owner = sender;
      cfg.pendingOwner = null;
      CONFIG.save(deps.storage, cfg);
      return ok(resp.addAttribute("action", "accept_owner").addAttribute("owner", sender));
    }
    default:
      break;
  }
  // everything below is the owner's
  if (!owner) return err<Response>(ContractError.Unauthorized("the owner", "do this"));
  switch (msg.kind) {
    case ExecuteMsgKind.RegisterContract: {
      const m = msg.registerContract!;
      const contract = $try(deps.api.addrValidate(m.contract));
      if (MANAGED.has(deps.storage, contract)) return err<Response>(ContractError.AlreadyManaged(contract));
      const ci = $try(deps.querier.queryContractInfo(contract));
      const admin = ci.admin;
      if (admin === null || admin != env.contract.address) return err<Response>(ContractError.NotAdmin(contract, admin === null ? "none" : admin, env.contract.address));
      const p = m.policy;
      if (p !== null) {
        $try(validatePolicy(p));
        POLICIES.save(deps.storage, contract, p);
      }
      MANAGED.save(deps.storage, contract, new Managed(env.block.height));
      return ok(resp.addAttribute("action", "register_contract").addAttribute("contract", contract));
    }
    case ExecuteMsgKind.UpdatePolicy: {
      const m = msg.updatePolicy!;
      const contract = $try(requireManaged(deps, m.contract));
      $try(validatePolicy(m.policy));
      POLICIES.save(deps.storage, contract, m.policy);
      return ok(resp.addAttribute("action", "update_policy").addAttribute("contract", contract));
    }
    case ExecuteMsgKind.ReleaseContract: {
      const m = msg.releaseContract!;
      const contract = $try(requireManaged(deps, m.contract));
      const pending = PENDING_BY_CONTRACT.mayLoad(deps.storage, contract);
      if (pending !== null) return err<Response>(ContractError.PendingUpgrade(contract, pending.value));
      MANAGED.remove(deps.storage, contract);
      POLICIES.remove(deps.storage, contract);
      const na = m.newAdmin;
      if (na !== null) {
        const admin = $try(deps.api.addrValidate(na));
        resp.addMessage(WasmMsg.updateAdmin(contract, admin));
      } else resp.addMessage(WasmMsg.clearAdmin(contract));
      return ok(resp.addAttribute("action", "release_contract").addAttribute("contract", contract));
    }
    case ExecuteMsgKind.ScheduleUpgrade: {
      const m = msg.scheduleUpgrade!;
      const u = $try(schedule(deps, env, cfg, sender, m.contract, m.newCodeId, m.migrateMsg, m.dueHeight, m.reason, m.proposalRef, false, 0));
      return ok(resp.addAttribute("action", "schedule_upgrade").addAttribute("upgrade_id", u.id.toString()).addAttribute("contract", u.contract)
        .addAttribute("to_code_id", u.toCodeId.toString()).addAttribute("due_height", u.dueHeight.toString()).setData(Binary.fromString(u.id.toString())));
    }
    case ExecuteMsgKind.ScheduleBatch:
      return scheduleBatch(deps, env, cfg, sender, msg.scheduleBatch!, resp);
    case ExecuteMsgKind.Rollback:
      return rollback(deps, env, cfg, msg.rollback!, resp);
    case ExecuteMsgKind.UpdateConfig:
      $try(updateConfig(deps, cfg, msg.updateConfig!));
      return ok(resp.addAttribute("action", "update_config"));
    case ExecuteMsgKind.ProposeOwner:
      cfg.pendingOwner = $try(deps.api.addrValidate(msg.proposeOwner!.newOwner));
      CONFIG.save(deps.storage, cfg);
      return ok(resp.addAttribute("action", "propose_owner").addAttribute("pending_owner", cfg.pendingOwner!));
    default:
      return err<Response>(ContractError.Unauthorized("the owner", "do this"));
  }
}

function requireManaged(deps: Deps, addr: string): Result<string> {
  const contract = $try(deps.api.addrValidate(addr));
  if (!MANAGED.has(deps.storage, contract)) return err<string>(ContractError.NotManaged(contract));
  return ok(contract);
}

function loadScheduled(deps: Deps, id: u64): Result<Upgrade> {
  const u = UPGRADES.mayLoad(deps.storage, id);
  if (u === null) return err<Upgrade>(ContractError.UnknownUpgrade(id));
  if (u.status != SCHEDULED) return err<Upgrade>(ContractError.NotScheduled(id, u.status));
  return ok<Upgrade>(u!);
}

/** Ends a scheduled upgrade with `status`; an atomic batch's items end together (all-or-nothing). */
function endTogether(deps: Deps, u: Upgrade, status: string, resp: Response): void {
  const ids: u64[] = [u.id];
  if (u.hasBatchId) {
    const b = BATCHES.mayLoad(deps.storage, u.batchId);
    if (b !== null && b.atomic) {
      ids.length = 0;
      for (let i = 0; i < b.upgradeIds.length; i++) ids.push(b.upgradeIds[i]);
    }
  }
  for (let i = 0; i < ids.length; i++) {
    const x = UPGRADES.mayLoad(deps.storage, ids[i]);
    if (x === null || x.status != SCHEDULED) continue;
    x.status = status;
    unqueue(deps.storage, x);
    UPGRADES.save(deps.storage, x.id, x);
    resp.addAttribute(status, x.id.toString());
  }
}

function executeUpgrade(deps: Deps, env: Env, cfg: Config, sender: string, id: u64, resp: Response): Result<Response> {
  const u = $try(loadScheduled(deps, id));
  if (cfg.paused) return err<Response>(ContractError.Paused);
  const h = env.block.height;
  if (!isOwner(cfg, sender)) {
    if (isGuardian(cfg, sender)) {
      if (h < u.dueHeight) return err<Response>(ContractError.NotDue(id, u.dueHeight));
    } else {
      if (!u.policy.permissionlessExecute) return err<Response>(ContractError.Unauthorized("the owner, the guardian, or anyone under a permissionless policy", "execute an upgrade"));
      if (h < u.timelockEnd) return err<Response>(ContractError.NotDue(id, u.timelockEnd));
    }
  }
  resp.addAttribute("action", "execute_upgrade").addAttribute("upgrade_id", id.toString());
  if (isExpired(u, h)) {
    // kept, not an error: the upgrade is stale and must not be retried (an error would undo the expiry)
    $try(markExpired(deps, u, resp));
    return ok(resp);
  }
  if (u.hasBatchId) {
    const b = $try(BATCHES.load(deps.storage, u.batchId));
    if (b.atomic) {
      $try(startBatch(deps, env, b, resp));
      return ok(resp);
    }
  }
  $try(startUpgrade(deps, env, u, resp));
  return ok(resp);
}

function schedule(
  deps: Deps, env: Env, cfg: Config, proposer: string, contractAddr: string, newCodeId: u64, migrateMsg: Binary, dueHeight: u64,
  reason: string | null, proposalRef: string | null, inBatch: bool, batchId: u64,
): Result<Upgrade> {
  const contract = $try(requireManaged(deps, contractAddr));
  const pending = PENDING_BY_CONTRACT.mayLoad(deps.storage, contract);
  if (pending !== null) return err<Upgrade>(ContractError.PendingUpgrade(contract, pending.value));
  const policy = effectivePolicy(deps, cfg, contract);
  const h = env.block.height;
  if (dueHeight < h + policy.minNoticeBlocks || dueHeight < h) return err<Upgrade>(ContractError.InsufficientNotice(dueHeight, h + policy.minNoticeBlocks));
  const checksum = $try(codeChecksum(deps, newCodeId));
  const ci = $try(deps.querier.queryContractInfo(contract));
  if (ci.codeId == newCodeId) return err<Upgrade>(ContractError.SameCode(contract, newCodeId));
  const ids = policy.allowedCodeIds;
  if (ids !== null && !ids.includes(newCodeId)) return err<Upgrade>(ContractError.CodeNotAllowed(newCodeId, contract));
  const sums = policy.allowedChecksums;
  if (sums !== null && !sums.includes(checksum)) return err<Upgrade>(ContractError.CodeNotAllowed(newCodeId, contract));
  if (!policy.allowDowngrade) {
    if (newCodeId < ci.codeId) return err<Upgrade>(ContractError.Downgrade(newCodeId, ci.codeId, contract));
    // a checksum this contract ran before counts as a downgrade too, whatever its code id
    const len = HISTORY_LEN.mayLoad(deps.storage, contract);
    const n: u64 = len === null ? 0 : len.value;
    for (let i: u64 = 0; i < n; i++) {
      const e = HISTORY.mayLoad(deps.storage, new Pair<string, u64>(contract, i));
      if (e === null) continue;
      const seen = $try(codeChecksum(deps, e.fromCodeId));
      if (seen == checksum) return err<Upgrade>(ContractError.Downgrade(newCodeId, ci.codeId, contract));
    }
  }
  const id = nextId(deps.storage, NEXT_ID);
  const timelockEnd = dueHeight + policy.timelockBlocks;
  const u = new Upgrade();
  u.id = id;
  u.contract = contract;
  u.toCodeId = newCodeId;
  u.migrateMsg = migrateMsg;
  u.dueHeight = dueHeight;
  u.timelockEnd = timelockEnd;
  if (policy.executionWindowBlocks > 0) {
    u.expiresHeight = timelockEnd + policy.executionWindowBlocks;
    u.hasExpiresHeight = true;
  }
  u.status = SCHEDULED;
  u.scheduledHeight = h;
  u.proposer = proposer;
  u.reason = reason;
  u.proposalRef = proposalRef;
  u.batchId = batchId;
  u.hasBatchId = inBatch;
  u.policy = policy;
  UPGRADES.save(deps.storage, id, u);
  DUE_INDEX.save(deps.storage, new Pair<u64, u64>(dueHeight, id), new U64Value(id));
  PENDING_BY_CONTRACT.save(deps.storage, contract, new U64Value(id));
  return ok(u);
}

function scheduleBatch(deps: Deps, env: Env, cfg: Config, sender: string, m: ScheduleBatchExecuteMsg, resp: Response): Result<Response> {
  if (m.items.length == 0) return err<Response>(ContractError.EmptyBatch);
  for (let i = 0; i < m.items.length; i++) {
    for (let j = 0; j < i; j++) if (m.items[i].contract == m.items[j].contract) return err<Response>(ContractError.DuplicateInBatch(m.items[i].contract));
  }
  const batchId = nextId(deps.storage, NEXT_BATCH_ID);
  const ids = new Array<u64>();
  for (let i = 0; i < m.items.length; i++) {
    const it: BatchItem = m.items[i];
    const u = $try(schedule(deps, env, cfg, sender, it.contract, it.newCodeId, it.migrateMsg, m.dueHeight, m.reason, m.proposalRef, true, batchId));
    ids.push(u.id);
    resp.addAttribute("upgrade_id", u.id.toString());
  }
  BATCHES.save(deps.storage, batchId, new Batch(batchId, m.atomic, ids));
  return ok(resp.addAttribute("action", "schedule_batch").addAttribute("batch_id", batchId.toString()).addAttribute("atomic", m.atomic ? "true" : "false")
    .addAttribute("due_height", m.dueHeight.toString()));
}

function rollback(deps: Deps, env: Env, cfg: Config, m: RollbackExecuteMsg, resp: Response): Result<Response> {
  const contract = $try(requireManaged(deps, m.contract));
  const pending = PENDING_BY_CONTRACT.mayLoad(deps.storage, contract);
  if (pending !== null) return err<Response>(ContractError.PendingUpgrade(contract, pending.value));
  const ci = $try(deps.querier.queryContractInfo(contract));
  let target: u64 = 0;
  if (m.hasToCodeId) target = m.toCodeId;
  else {
    const last = lastHistory(deps.storage, contract);
    if (last === null) return err<Response>(ContractError.NoHistory(contract));
    target = last.fromCodeId;
  }
  if (target == ci.codeId) return err<Response>(ContractError.SameCode(contract, target));
  $try(codeChecksum(deps, target));
  const policy = effectivePolicy(deps, cfg, contract);
  let migrateMsg = Binary.fromString("{}");
  const given = m.migrateMsg;
  const configured = policy.rollbackMsg;
  if (given !== null) migrateMsg = given;
  else if (configured !== null) migrateMsg = configured;
  // the history entry is written before the migrate runs: if the old code refuses, the whole message fails and takes it back
  appendHistory(deps.storage, contract, new HistoryEntry(0, target, ci.codeId, env.block.height, 0, false, "rollback"));
  return ok(resp.addMessage(WasmMsg.migrate(contract, target, migrateMsg)).addAttribute("action", "rollback").addAttribute("contract", contract)
    .addAttribute("from_code_id", ci.codeId.toString()).addAttribute("to_code_id", target.toString()));
}

function updateConfig(deps: Deps, cfg: Config, m: UpdateConfigExecuteMsg): Result<bool> {
  const g = m.guardian;
  if (g !== null) cfg.guardian = $try(deps.api.addrValidate(g));
  if (m.hasMaxPerBlock) {
    if (m.maxPerBlock == 0) return err<bool>(ContractError.InvalidConfig("max_per_block must be at least 1"));
    cfg.maxPerBlock = m.maxPerBlock;
  }
  const p = m.defaultPolicy;
  if (p !== null) {
    $try(validatePolicy(p));
    cfg.defaultPolicy = p;
  }
  CONFIG.save(deps.storage, cfg);
  return ok(true);
}
