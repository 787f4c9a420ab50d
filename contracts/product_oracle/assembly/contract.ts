/**
 * product_oracle (shared/specs/product-oracle-spec.md): validators' operator accounts attest product
 * work; a stake-weighted quorum turns a pending attestation into a ProductProof that raises the
 * validator's signal score and moves its work weight; epochs pay a share of the treasury out by
 * score; challenges escrow a bond and, if oracles approve, invalidate the proof, pay the challenger
 * and ask the chain to slash and jail the validator; settlements are unique per (payer, reference).
 */
import { Deps, Env, MessageInfo, Response, Result, Binary, ok, err, $try, $check, doInstantiate, doExecute, doQuery, doSudo, toJsonBinary, Uint128, BankMsg, Coin, CosmosMsg, Event, pair } from "../../std/assembly";
import {
  InstantiateMsg, ExecuteMsg, ExecuteMsgKind, SudoMsg, SudoMsgKind, AttestExecuteMsg, ChallengeExecuteMsg, ResolveChallengeExecuteMsg, SettleExecuteMsg,
  EpochState, PendingAttestation, ProductProof, Vote, Challenge, ChallengeVote, Settlement, U64Value, Config, CustomMsg, MeshworkMsg, SlashAndJail,
} from "./msg";
import { ContractError } from "./error";
import { CONFIG, EPOCH, TREASURY, ESCROW, WORK_WEIGHT, PENDING, PROOFS, PROOF_VOTERS, CHALLENGES, OPEN_CHALLENGES, OPEN_CHALLENGE_BY_PROOF, SETTLEMENTS, SETTLEMENT_REFS, SIGNAL, NEXT_CHALLENGE_ID, NEXT_SETTLEMENT_ID, PROOF_COUNT, loadU64 } from "./state";
import { chainValidator, requireOracle, totalOracleWeight, requiredWeight, workWeight } from "./chain";
import { defaults, applyConfig, updateAsInstantiate } from "./config";
import { sweep, processBoundaries, nowMs } from "./lifecycle";
import { sha256, toHex } from "./sha256";
import { handleQuery } from "./query";

export { allocate, deallocate, interface_version_8, requires_iterator } from "../../std/assembly";

const BPS = Uint128.fromU64(10000);

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
  let owner = info.sender;
  const o = msg.owner;
  if (o !== null) owner = $try(deps.api.addrValidate(o));
  if (msg.denom.length == 0) return err<Response>(ContractError.InvalidConfig("denom must not be empty"));
  const cfg = $try(applyConfig(defaults(owner, msg.denom), msg));
  CONFIG.save(deps.storage, cfg);
  const boundary = (env.block.height / cfg.epochLengthBlocks) * cfg.epochLengthBlocks;
  EPOCH.save(deps.storage, new EpochState(0, env.block.height, 0, boundary));
  // funds sent with instantiate seed the treasury
  let seed = Uint128.zero();
  for (let i = 0; i < info.funds.length; i++) if (info.funds[i].denom == cfg.denom) seed = seed.saturatingAdd(info.funds[i].amount);
  TREASURY.save(deps.storage, seed);
  ESCROW.save(deps.storage, Uint128.zero());
  return ok(Response.new().addAttribute("action", "instantiate").addAttribute("owner", owner).addAttribute("treasury", seed.toString()));
}

function handleSudo(deps: Deps, env: Env, raw: Uint8Array): Result<Response> {
  const msg = $try(SudoMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  const resp = Response.new();
  $try(sweep(deps, env, resp));
  // stakes are read live at every vote, so a valset update needs no bookkeeping beyond the sweep
  if (msg.kind != SudoMsgKind.ValsetUpdate) $try(processBoundaries(deps, env, cfg, resp));
  return ok(resp.addAttribute("action", "sudo"));
}

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  const resp = Response.new();
  $try(sweep(deps, env, resp));
  switch (msg.kind) {
    case ExecuteMsgKind.Attest:
      return attest(deps, env, info, cfg, msg.attest!, resp);
    case ExecuteMsgKind.Challenge:
      return challenge(deps, env, info, cfg, msg.challenge!, resp);
    case ExecuteMsgKind.ResolveChallenge:
      return resolve(deps, env, info, cfg, msg.resolveChallenge!, resp);
    case ExecuteMsgKind.Settle:
      return settle(deps, env, info, cfg, msg.settle!, resp);
    case ExecuteMsgKind.AdvanceEpoch: {
      $check(noFunds(info));
      const crossed = $try(processBoundaries(deps, env, cfg, resp));
      return ok(resp.addAttribute("action", "advance_epoch").addAttribute("processed", crossed ? "true" : "false"));
    }
    case ExecuteMsgKind.FundTreasury: {
      const amount = $try(exactFunds(info, cfg.denom));
      const t = $try(TREASURY.load(deps.storage));
      TREASURY.save(deps.storage, t.saturatingAdd(amount));
      return ok(resp.addAttribute("action", "fund_treasury").addAttribute("amount", amount.toString()));
    }
    case ExecuteMsgKind.WithdrawTreasury: {
      $check(noFunds(info));
      if (info.sender != cfg.owner) return err<Response>(ContractError.Unauthorized);
      const m = msg.withdrawTreasury!;
      const recipient = $try(deps.api.addrValidate(m.recipient));
      const t = $try(TREASURY.load(deps.storage));
      if (m.amount.isZero() || m.amount.gt(t)) return err<Response>(ContractError.InsufficientTreasury(m.amount, t));
      TREASURY.save(deps.storage, t.saturatingSub(m.amount));
      return ok(resp.addMessage(BankMsg.send(recipient, [new Coin(cfg.denom, m.amount)])).addAttribute("action", "withdraw_treasury").addAttribute("amount", m.amount.toString()));
    }
    case ExecuteMsgKind.SetWorkWeight: {
      $check(noFunds(info));
      if (info.sender != cfg.owner) return err<Response>(ContractError.Unauthorized);
      const m = msg.setWorkWeight!;
      if (m.weight == 0) return err<Response>(ContractError.InvalidWeight);
      $try(requireValidator(deps, m.validator));
      WORK_WEIGHT.save(deps.storage, m.validator, new U64Value(m.weight));
      return ok(resp.addAttribute("action", "set_work_weight").addAttribute("validator", m.validator).addAttribute("work_weight", m.weight.toString()));
    }
    case ExecuteMsgKind.UpdateConfig: {
      $check(noFunds(info));
      if (info.sender != cfg.owner) return err<Response>(ContractError.Unauthorized);
      const next = $try(applyConfig(cfg, updateAsInstantiate(msg.updateConfig!)));
      CONFIG.save(deps.storage, next);
      return ok(resp.addAttribute("action", "update_config"));
    }
    case ExecuteMsgKind.TransferOwnership: {
      $check(noFunds(info));
      if (info.sender != cfg.owner) return err<Response>(ContractError.Unauthorized);
      cfg.pendingOwner = $try(deps.api.addrValidate(msg.transferOwnership!.newOwner));
      CONFIG.save(deps.storage, cfg);
      return ok(resp.addAttribute("action", "transfer_ownership").addAttribute("pending_owner", cfg.pendingOwner!));
    }
    default: {
      // AcceptOwnership
      $check(noFunds(info));
      const pending = cfg.pendingOwner;
      if (pending === null || pending != info.sender) return err<Response>(ContractError.NoPendingOwner);
      cfg.owner = info.sender;
      cfg.pendingOwner = null;
      CONFIG.save(deps.storage, cfg);
      return ok(resp.addAttribute("action", "accept_ownership").addAttribute("owner", info.sender));
    }
  }
}

function noFunds(info: MessageInfo): string | null {
  return info.funds.length == 0 ? null : ContractError.NoFundsAllowed;
}

function exactFunds(info: MessageInfo, denom: string): Result<Uint128> {
  if (info.funds.length != 1 || info.funds[0].denom != denom || info.funds[0].amount.isZero()) return err<Uint128>(ContractError.InvalidFunds(denom));
  return ok(info.funds[0].amount);
}

function requireValidator(deps: Deps, validator: string): Result<bool> {
  const v = chainValidator(deps, validator);
  if (v.isErr || v.unwrap() === null) return err<bool>(ContractError.UnknownValidator(validator));
  return ok(true);
}

function byteLen(s: string): i32 {
  return String.UTF8.byteLength(s);
}

// ------------------------------------------------------------------------------------- attest

export function proofId(proofRef: string, validator: string, units: u64, quality: u32, epoch: u64): string {
  const text = proofRef + "|" + validator + "|" + units.toString() + "|" + quality.toString() + "|" + epoch.toString();
  return toHex(sha256(Uint8Array.wrap(String.UTF8.encode(text))));
}

function attest(deps: Deps, env: Env, info: MessageInfo, cfg: Config, m: AttestExecuteMsg, resp: Response): Result<Response> {
  $check(noFunds(info));
  const len = byteLen(m.proofRef);
  if (len == 0 || len > 256) return err<Response>(ContractError.InvalidProofRef);
  if (m.units == 0) return err<Response>(ContractError.InvalidUnits);
  if (m.qualityBps == 0 || m.qualityBps > 10000) return err<Response>(ContractError.InvalidQualityBps(m.qualityBps));
  $try(requireValidator(deps, m.validator));
  const oracle = $try(requireOracle(deps, cfg, info.sender));
  if (m.units > U64.MAX_VALUE / 10000) return err<Response>(ContractError.Overflow("units × quality_bps"));
  let score = (m.units * <u64>m.qualityBps) / 10000;
  if (score == 0) score = 1;
  const epochState = $try(EPOCH.load(deps.storage));
  const epoch = epochState.current;
  const id = proofId(m.proofRef, m.validator, m.units, m.qualityBps, epoch);
  const ms = nowMs(env);
  const idempotent = m.hasIdempotent && m.idempotent;

  if (PROOFS.has(deps.storage, id)) {
    if (idempotent && PROOF_VOTERS.has(deps.storage, pair<string, string>(id, info.sender))) return ok(duplicate(resp, "attest", "finalized").addAttribute("proof_id", id));
    return err<Response>(ContractError.ProofAlreadyFinalized(id));
  }
  let p = PENDING.mayLoad(deps.storage, id);
  if (p === null) {
    const totalW = $try(totalOracleWeight(deps, cfg));
    const required = requiredWeight(totalW, cfg.oracleQuorumBps);
    if (required.isZero()) return err<Response>(ContractError.UnauthorizedOracle(info.sender));
    p = new PendingAttestation(id, m.proofRef, m.validator, m.units, m.qualityBps, score, epoch, required, Uint128.zero(), env.block.height, env.block.height + cfg.attestationTtlBlocks, ms, ms, []);
  } else if (p.proofRef != m.proofRef || p.validator != m.validator || p.units != m.units || p.qualityBps != m.qualityBps) {
    return err<Response>(ContractError.InvalidProofRef);
  }
  for (let i = 0; i < p.votes.length; i++) {
    if (p.votes[i].oracle == info.sender) {
      if (idempotent) return ok(duplicate(resp, "attest", "pending").addAttribute("proof_id", id));
      return err<Response>(ContractError.DuplicateAttestationVote(info.sender, id));
    }
  }
  p.votes.push(new Vote(info.sender, oracle.validator.operator, oracle.weight, ms));
  p.collectedWeight = p.collectedWeight.saturatingAdd(oracle.weight);
  p.updatedMs = ms;
  const finalized = p.collectedWeight.ge(p.requiredWeight);
  resp.addAttribute("action", "attest").addAttribute("proof_id", id).addAttribute("validator", m.validator).addAttribute("oracle", info.sender)
    .addAttribute("collected_weight", p.collectedWeight.toString()).addAttribute("required_weight", p.requiredWeight.toString())
    .addAttribute("finalized", finalized ? "true" : "false");
  if (!finalized) {
    PENDING.save(deps.storage, id, p);
    return ok(resp);
  }
  PENDING.remove(deps.storage, id);
  const proof = new ProductProof(id, p.proofRef, info.sender, p.validator, p.units, p.qualityBps, p.score, p.epoch, env.block.height, ms, <u32>p.votes.length, p.collectedWeight, false, false, 0, false);
  PROOFS.save(deps.storage, id, proof);
  for (let i = 0; i < p.votes.length; i++) PROOF_VOTERS.save(deps.storage, pair<string, string>(id, p.votes[i].oracle), new U64Value(1));
  PROOF_COUNT.save(deps.storage, new U64Value(loadU64(PROOF_COUNT, deps.storage) + 1));
  const sig = SIGNAL.mayLoad(deps.storage, p.validator);
  SIGNAL.save(deps.storage, p.validator, new U64Value((sig === null ? 0 : sig.value) + p.score));
  // work-weight smoothing (§4.4): EMA with α = 1/4 towards 50 + quality × 150 / 10000
  const before = workWeight(deps, cfg, p.validator);
  let target: u64 = 50 + (<u64>p.qualityBps * 150) / 10000;
  if (target == 0) target = 1;
  let after = (3 * before + target) / 4;
  if (after == 0) after = 1;
  WORK_WEIGHT.save(deps.storage, p.validator, new U64Value(after));
  resp.addEvent(new Event("proof_finalized").addAttribute("proof_id", id).addAttribute("validator", p.validator).addAttribute("score", p.score.toString())
    .addAttribute("work_weight_before", before.toString()).addAttribute("work_weight_after", after.toString()));
  return ok(resp);
}

function duplicate(resp: Response, action: string, state: string): Response {
  return resp.addAttribute("action", action).addAttribute("duplicate", "true").addAttribute("state", state);
}

// ---------------------------------------------------------------------------------- challenges

function challenge(deps: Deps, env: Env, info: MessageInfo, cfg: Config, m: ChallengeExecuteMsg, resp: Response): Result<Response> {
  const bond = $try(exactFunds(info, cfg.denom));
  if (bond.lt(cfg.challengeMinBond)) return err<Response>(ContractError.BondTooLow(cfg.challengeMinBond, bond));
  const proof = PROOFS.mayLoad(deps.storage, m.proofId);
  if (proof === null) return err<Response>(ContractError.UnknownProof(m.proofId));
  if (proof.invalidated) return err<Response>(ContractError.ProofInvalidated(m.proofId));
  const open = OPEN_CHALLENGE_BY_PROOF.mayLoad(deps.storage, m.proofId);
  if (open !== null) {
    const c = $try(CHALLENGES.load(deps.storage, open.value));
    if (m.hasIdempotent && m.idempotent && c.challenger == info.sender && c.bond.eq(bond)) {
      // the retry's funds go straight back
      return ok(duplicate(resp, "challenge", "pending").addAttribute("challenge_id", c.id.toString()).addMessage(BankMsg.send(info.sender, [new Coin(cfg.denom, bond)])));
    }
    return err<Response>(ContractError.ChallengeAlreadyOpen(open.value));
  }
  const totalW = $try(totalOracleWeight(deps, cfg));
  const required = requiredWeight(totalW, cfg.oracleQuorumBps);
  if (required.isZero()) return err<Response>(ContractError.UnauthorizedOracle(info.sender));
  const id = loadU64(NEXT_CHALLENGE_ID, deps.storage) + 1;
  NEXT_CHALLENGE_ID.save(deps.storage, new U64Value(id));
  const h = env.block.height;
  const c = new Challenge(id, m.proofId, info.sender, bond, h, h + cfg.challengeResolveDelayBlocks, h + cfg.challengeMaxOpenBlocks, required, Uint128.zero(), Uint128.zero(), [], true, false, null, 0, Uint128.zero(), nowMs(env), 0, false);
  CHALLENGES.save(deps.storage, id, c);
  OPEN_CHALLENGES.save(deps.storage, id, new U64Value(c.maxOpenHeight));
  OPEN_CHALLENGE_BY_PROOF.save(deps.storage, m.proofId, new U64Value(id));
  proof.challenged = true;
  proof.challengeId = id;
  proof.hasChallengeId = true;
  PROOFS.save(deps.storage, m.proofId, proof);
  const escrow = $try(ESCROW.load(deps.storage));
  ESCROW.save(deps.storage, escrow.saturatingAdd(bond));
  return ok(resp.addAttribute("action", "challenge").addAttribute("challenge_id", id.toString()).addAttribute("proof_id", m.proofId).addAttribute("challenger", info.sender).addAttribute("bond", bond.toString()));
}

function resolve(deps: Deps, env: Env, info: MessageInfo, cfg: Config, m: ResolveChallengeExecuteMsg, resp: Response): Result<Response> {
  $check(noFunds(info));
  const c = CHALLENGES.mayLoad(deps.storage, m.challengeId);
  if (c === null) return err<Response>(ContractError.UnknownChallenge(m.challengeId));
  if (!c.open) return err<Response>(ContractError.ChallengeClosed(c.id));
  if (env.block.height < c.resolveAfterHeight) return err<Response>(ContractError.ChallengeTooEarly(c.id, c.resolveAfterHeight));
  if (m.slashBps > 10000) return err<Response>(ContractError.InvalidBps("slash_bps"));
  const approve = m.slashBps > 0;
  if (!approve && !m.bonus.isZero()) return err<Response>(ContractError.RejectWithBonus);
  const oracle = $try(requireOracle(deps, cfg, info.sender));
  const proof = $try(PROOFS.load(deps.storage, c.proofId));
  if (oracle.validator.operator == proof.validator) return err<Response>(ContractError.ConflictOfInterest(proof.validator));
  let firstApprove: ChallengeVote | null = null;
  for (let i = 0; i < c.votes.length; i++) {
    const v = c.votes[i];
    if (v.oracle == info.sender) {
      if (m.hasIdempotent && m.idempotent && v.approve == approve && v.slashBps == m.slashBps && v.bonus.eq(m.bonus)) {
        return ok(duplicate(resp, "resolve_challenge", "pending").addAttribute("challenge_id", c.id.toString()));
      }
      return err<Response>(ContractError.DuplicateChallengeVote(info.sender, c.id));
    }
    if (v.approve && firstApprove === null) firstApprove = v;
  }
  if (approve && firstApprove !== null && (firstApprove.slashBps != m.slashBps || !firstApprove.bonus.eq(m.bonus))) {
    return err<Response>(ContractError.VoteMismatch(c.id, firstApprove.slashBps, firstApprove.bonus));
  }
  const ms = nowMs(env);
  c.votes.push(new ChallengeVote(info.sender, oracle.validator.operator, approve, oracle.weight, ms, m.slashBps, m.bonus));
  if (approve) c.acceptedWeight = c.acceptedWeight.saturatingAdd(oracle.weight);
  else c.rejectedWeight = c.rejectedWeight.saturatingAdd(oracle.weight);
  resp.addAttribute("action", "resolve_vote").addAttribute("challenge_id", c.id.toString()).addAttribute("oracle", info.sender)
    .addAttribute("approve", approve ? "true" : "false").addAttribute("weight", oracle.weight.toString());
  let treasury = $try(TREASURY.load(deps.storage));
  let escrow = $try(ESCROW.load(deps.storage));
  if (c.acceptedWeight.ge(c.requiredWeight)) {
    const cap = treasury.multiplyRatio(Uint128.fromU64(cfg.maxBonusBps), BPS);
    const available = cap.lt(treasury) ? cap : treasury;
    if (m.bonus.gt(available)) return err<Response>(ContractError.InsufficientTreasury(m.bonus, available));
    proof.invalidated = true;
    PROOFS.save(deps.storage, proof.id, proof);
    const epochState = $try(EPOCH.load(deps.storage));
  const epoch = epochState.current;
    if (proof.epoch == epoch) {
      const sig = SIGNAL.mayLoad(deps.storage, proof.validator);
      if (sig !== null) SIGNAL.save(deps.storage, proof.validator, new U64Value(sig.value > proof.score ? sig.value - proof.score : 0));
    }
    escrow = escrow.saturatingSub(c.bond);
    treasury = treasury.saturatingSub(m.bonus);
    const payout = c.bond.saturatingAdd(m.bonus);
    resp.addMessage(BankMsg.send(c.challenger, [new Coin(cfg.denom, payout)]));
    const slash = new SlashAndJail(proof.validator, m.slashBps, cfg.jailSeconds, proof.height, "product_fraud");
    resp.addMessage(CosmosMsg.custom(toJsonBinary(CustomMsg.Meshwork(MeshworkMsg.SlashAndJail(slash))).data.subarray(0)));
    closeChallenge(deps, c, true, info.sender, m.slashBps, m.bonus, ms);
    resp.addEvent(new Event("challenge_resolved").addAttribute("challenge_id", c.id.toString()).addAttribute("successful", "true").addAttribute("resolver", info.sender)
      .addAttribute("slash_bps", m.slashBps.toString()).addAttribute("payout", payout.toString()).addAttribute("validator", proof.validator));
  } else if (c.rejectedWeight.ge(c.requiredWeight)) {
    escrow = escrow.saturatingSub(c.bond);
    treasury = treasury.saturatingAdd(c.bond);
    closeChallenge(deps, c, false, info.sender, 0, Uint128.zero(), ms);
    resp.addEvent(new Event("challenge_resolved").addAttribute("challenge_id", c.id.toString()).addAttribute("successful", "false").addAttribute("resolver", info.sender)
      .addAttribute("slash_bps", "0").addAttribute("payout", "0"));
  } else {
    CHALLENGES.save(deps.storage, c.id, c);
  }
  TREASURY.save(deps.storage, treasury);
  ESCROW.save(deps.storage, escrow);
  return ok(resp);
}

function closeChallenge(deps: Deps, c: Challenge, successful: bool, resolver: string, slashBps: u32, bonus: Uint128, ms: u64): void {
  c.open = false;
  c.successful = successful;
  c.resolver = resolver;
  c.slashBps = slashBps;
  c.bonus = bonus;
  c.resolvedMs = ms;
  c.hasResolvedMs = true;
  CHALLENGES.save(deps.storage, c.id, c);
  OPEN_CHALLENGES.remove(deps.storage, c.id);
  OPEN_CHALLENGE_BY_PROOF.remove(deps.storage, c.proofId);
}

// --------------------------------------------------------------------------------- settlements

function settle(deps: Deps, env: Env, info: MessageInfo, cfg: Config, m: SettleExecuteMsg, resp: Response): Result<Response> {
  const len = byteLen(m.reference);
  if (len == 0 || len > 128) return err<Response>(ContractError.InvalidReference);
  const amount = $try(exactFunds(info, cfg.denom));
  const validator = m.validator;
  if (validator !== null) $try(requireValidator(deps, validator));
  const key = pair<string, string>(info.sender, m.reference);
  const existing = SETTLEMENT_REFS.mayLoad(deps.storage, key);
  if (existing !== null) return err<Response>(ContractError.DuplicateSettlement(info.sender, existing.value));
  const id = loadU64(NEXT_SETTLEMENT_ID, deps.storage) + 1;
  NEXT_SETTLEMENT_ID.save(deps.storage, new U64Value(id));
  const epochState = $try(EPOCH.load(deps.storage));
  const epoch = epochState.current;
  SETTLEMENTS.save(deps.storage, id, new Settlement(id, info.sender, m.reference, validator, amount, epoch, env.block.height, nowMs(env)));
  SETTLEMENT_REFS.save(deps.storage, key, new U64Value(id));
  const treasury = $try(TREASURY.load(deps.storage));
  TREASURY.save(deps.storage, treasury.saturatingAdd(amount));
  return ok(resp.addAttribute("action", "settle").addAttribute("settlement_id", id.toString()).addAttribute("payer", info.sender).addAttribute("reference", m.reference)
    .addAttribute("amount", amount.toString()).addAttribute("validator", validator === null ? "" : validator));
}
