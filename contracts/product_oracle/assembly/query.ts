/**
 * product_oracle queries (spec §6). Lists read what lazy expiry would leave (expired pending
 * attestations hidden, overdue challenges shown timed out), filter with AND, then page by
 * `start_after` or `offset` (not both) with `limit` 30 by default, 100 at most.
 */
import { Deps, Env, Result, Binary, ok, err, $try, toJsonBinary, Order, Uint128, pair, utf8, u64Key, MultiIndex, IndexedMap } from "../../std/assembly";
import {
  QueryMsg, QueryMsgKind, ProofFilter, PendingFilter, ChallengeFilter, SettlementFilter, ProductProof, PendingAttestation, Challenge, Settlement,
  ProofsResponse, PendingResponse, ChallengesResponse, SettlementsResponse, SettlementOptResponse, StatusResponse, QuoteResponse, OracleInfo, OracleSetResponse,
  WorkWeightResponse, SignalScoresResponse, ValidatorScore, ValidatorAmount, CountAmount, SettlementStatsResponse, ChallengeGroup, ChallengeStatsResponse,
  AttestationGroup, AttestationStatsResponse, Config,
} from "./msg";
import { ContractError } from "./error";
import {
  CONFIG, EPOCH, TREASURY, ESCROW, PENDING, PROOFS, CHALLENGES, OPEN_CHALLENGES, SETTLEMENTS, SETTLEMENT_REFS,
  PROOFS_BY_VALIDATOR, PROOFS_BY_EPOCH, CHALLENGES_BY_CHALLENGER, CHALLENGES_BY_PROOF, SETTLEMENTS_BY_PAYER, SETTLEMENTS_BY_VALIDATOR, SETTLEMENTS_BY_EPOCH, SIGNAL, LAST_REWARDS, NEXT_SETTLEMENT_ID, PROOF_COUNT, loadU64 } from "./state";
import { chainValidators, oracleWeight, requiredWeight, workWeight } from "./chain";
import { viewChallenge, nowMs, readU64Key } from "./lifecycle";

const DEFAULT_LIMIT: u32 = 30;
const MAX_LIMIT: u32 = 100;

class Window {
  constructor(public start: i32, public end: i32, public limit: u32) {}
}

/**
 * The records a filter can match: those under `idx` in `index` (in primary-key order) when the
 * filter names an indexed field, so a narrow filter reads only its own records; every record
 * otherwise. The caller still applies the whole filter to each.
 */
function fromIndex<K, V>(deps: Deps, map: IndexedMap<K, V>, index: MultiIndex<V>, idx: Uint8Array): V[] {
  const pks = index.primaryKeys(deps.storage, idx, Order.Ascending);
  const out: V[] = [];
  for (let i = 0; i < pks.length; i++) {
    const v = map.loadByPk(deps.storage, pks[i]);
    if (v !== null) out.push(v);
  }
  return out;
}

function allOf<K, V>(deps: Deps, map: IndexedMap<K, V>): V[] {
  const out: V[] = [];
  const it = map.range(deps.storage, null, null, Order.Ascending);
  let e = it.next();
  while (e !== null) {
    out.push(e.value);
    e = it.next();
  }
  return out;
}

function proofCandidates(deps: Deps, f: ProofFilter): ProductProof[] {
  const id = f.id;
  if (id !== null) {
    const p = PROOFS.mayLoad(deps.storage, id);
    return p === null ? [] : [p];
  }
  const v = f.validator;
  if (v !== null) return fromIndex<string, ProductProof>(deps, PROOFS, PROOFS_BY_VALIDATOR, utf8(v));
  if (f.hasEpoch) return fromIndex<string, ProductProof>(deps, PROOFS, PROOFS_BY_EPOCH, u64Key(f.epoch));
  return allOf<string, ProductProof>(deps, PROOFS);
}

function challengeCandidates(deps: Deps, f: ChallengeFilter): Challenge[] {
  if (f.hasId) {
    const c = CHALLENGES.mayLoad(deps.storage, f.id);
    return c === null ? [] : [c];
  }
  const ch = f.challenger;
  if (ch !== null) return fromIndex<u64, Challenge>(deps, CHALLENGES, CHALLENGES_BY_CHALLENGER, utf8(ch));
  const pid = f.proofId;
  if (pid !== null) return fromIndex<u64, Challenge>(deps, CHALLENGES, CHALLENGES_BY_PROOF, utf8(pid));
  return allOf<u64, Challenge>(deps, CHALLENGES);
}

function settlementCandidates(deps: Deps, f: SettlementFilter): Settlement[] {
  const p = f.payer;
  if (p !== null) return fromIndex<u64, Settlement>(deps, SETTLEMENTS, SETTLEMENTS_BY_PAYER, utf8(p));
  const v = f.validator;
  if (v !== null) return fromIndex<u64, Settlement>(deps, SETTLEMENTS, SETTLEMENTS_BY_VALIDATOR, utf8(v));
  if (f.hasEpoch) return fromIndex<u64, Settlement>(deps, SETTLEMENTS, SETTLEMENTS_BY_EPOCH, u64Key(f.epoch));
  return allOf<u64, Settlement>(deps, SETTLEMENTS);
}

/** Page bounds over `total` filtered items whose cursor position is `cursor` (0 without start_after). */
function window(total: i32, cursor: i32, hasCursor: bool, hasOffset: bool, offset: u64, hasLimit: bool, limit: u32): Result<Window> {
  if (hasCursor && hasOffset) return err<Window>(ContractError.InvalidPagination("start_after and offset are mutually exclusive"));
  const lim = hasLimit ? (limit > MAX_LIMIT ? MAX_LIMIT : limit) : DEFAULT_LIMIT;
  let s: i64 = cursor;
  if (hasOffset) s = offset > <u64>total ? <i64>total : <i64>offset;
  if (s > total) s = total;
  let e: i64 = s + <i64>lim;
  if (e > total) e = total;
  return ok(new Window(<i32>s, <i32>e, lim));
}

function inTime(ms: u64, hasSince: bool, since: u64, hasUntil: bool, until: u64): bool {
  if (hasSince && ms < since) return false;
  if (hasUntil && ms > until) return false;
  return true;
}

export function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const msg = $try(QueryMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  switch (msg.kind) {
    case QueryMsgKind.Config:
      return ok(toJsonBinary(cfg));
    case QueryMsgKind.Status:
      return status(deps, env, cfg);
    case QueryMsgKind.Proof: {
      const p = PROOFS.mayLoad(deps.storage, msg.proof!.id);
      if (p === null) return err<Binary>(ContractError.UnknownProof(msg.proof!.id));
      return ok(toJsonBinary(p!));
    }
    case QueryMsgKind.Proofs:
      return proofs(deps, msg.proofs!);
    case QueryMsgKind.PendingAttestations: {
      const f = msg.pendingAttestations!;
      const all = pendingList(deps, env, f);
      let cursor = 0;
      const sa = f.startAfter;
      if (sa !== null) while (cursor < all.length && all[cursor].id <= sa) cursor++;
      const w = $try(window(all.length, cursor, sa !== null, f.hasOffset, f.offset, f.hasLimit, f.limit));
      const r = new PendingResponse(all.slice(w.start, w.end));
      if (f.hasWithMeta && f.withMeta) setMeta(r, all.length, w);
      return ok(toJsonBinary(r));
    }
    case QueryMsgKind.ChallengeById: {
      const c = CHALLENGES.mayLoad(deps.storage, msg.challengeById!.id);
      if (c === null) return err<Binary>(ContractError.UnknownChallenge(msg.challengeById!.id));
      return ok(toJsonBinary(viewChallenge(c, env.block.height, nowMs(env))));
    }
    case QueryMsgKind.Challenges: {
      const f = msg.challenges!;
      const all = challengeList(deps, env, f);
      let cursor = 0;
      if (f.hasStartAfter) while (cursor < all.length && all[cursor].id <= f.startAfter) cursor++;
      const w = $try(window(all.length, cursor, f.hasStartAfter, f.hasOffset, f.offset, f.hasLimit, f.limit));
      const r = new ChallengesResponse(all.slice(w.start, w.end));
      if (f.hasWithMeta && f.withMeta) setMeta(r, all.length, w);
      return ok(toJsonBinary(r));
    }
    case QueryMsgKind.Settlement: {
      const s = SETTLEMENTS.mayLoad(deps.storage, msg.settlement!.id);
      if (s === null) return err<Binary>(ContractError.UnknownSettlement(msg.settlement!.id));
      return ok(toJsonBinary(s!));
    }
    case QueryMsgKind.Settlements: {
      const f = msg.settlements!;
      const all = settlementList(deps, f);
      let cursor = 0;
      if (f.hasStartAfter) while (cursor < all.length && all[cursor].id <= f.startAfter) cursor++;
      const w = $try(window(all.length, cursor, f.hasStartAfter, f.hasOffset, f.offset, f.hasLimit, f.limit));
      const r = new SettlementsResponse(all.slice(w.start, w.end));
      if (f.hasWithMeta && f.withMeta) setMeta(r, all.length, w);
      return ok(toJsonBinary(r));
    }
    case QueryMsgKind.SettlementByReference: {
      const m = msg.settlementByReference!;
      const id = SETTLEMENT_REFS.mayLoad(deps.storage, pair<string, string>(m.payer, m.reference));
      if (id === null) return ok(toJsonBinary(new SettlementOptResponse(null)));
      const s = $try(SETTLEMENTS.load(deps.storage, id.value));
      return ok(toJsonBinary(new SettlementOptResponse(s)));
    }
    case QueryMsgKind.BillingQuote: {
      const units = msg.billingQuote!.units;
      if (units == 0) return err<Binary>(ContractError.InvalidUnits);
      const amount = cfg.unitPrice.checkedMul(Uint128.fromU64(units));
      if (amount === null) return err<Binary>(ContractError.Overflow("units × unit_price"));
      return ok(toJsonBinary(new QuoteResponse(units, cfg.unitPrice, amount, cfg.denom)));
    }
    case QueryMsgKind.OracleSet: {
      const vals = $try(chainValidators(deps, "bonded"));
      const out: OracleInfo[] = [];
      let total = Uint128.zero();
      for (let i = 0; i < vals.length; i++) {
        const w = oracleWeight(deps, cfg, vals[i]);
        if (w.isZero()) continue;
        total = total.saturatingAdd(w);
        out.push(new OracleInfo(vals[i].operator, vals[i].account, vals[i].tokens, workWeight(deps, cfg, vals[i].operator), w));
      }
      return ok(toJsonBinary(new OracleSetResponse(out, total, requiredWeight(total, cfg.oracleQuorumBps))));
    }
    case QueryMsgKind.WorkWeight: {
      const v = msg.workWeight!.validator;
      return ok(toJsonBinary(new WorkWeightResponse(v, workWeight(deps, cfg, v))));
    }
    case QueryMsgKind.SignalScores:
    {
      const st = $try(EPOCH.load(deps.storage));
      return ok(toJsonBinary(new SignalScoresResponse(st.current, signalScores(deps))));
    }
    case QueryMsgKind.SettlementStats:
      return ok(toJsonBinary(settlementStats(settlementList(deps, msg.settlementStats!))));
    case QueryMsgKind.ChallengeStats:
      return ok(toJsonBinary(challengeStats(challengeList(deps, env, msg.challengeStats!))));
    default:
      return ok(toJsonBinary(attestationStats(pendingList(deps, env, msg.attestationStats!))));
  }
}

// @ts-ignore: any of the four list responses
function setMeta<R>(r: R, total: i32, w: Window): void {
  // @ts-ignore
  r.total = <u64>total; r.hasTotal = true;
  // @ts-ignore
  r.offset = <u64>w.start; r.hasOffset = true;
  // @ts-ignore
  r.limit = w.limit; r.hasLimit = true;
  // @ts-ignore
  r.count = <u64>(w.end - w.start); r.hasCount = true;
  // @ts-ignore
  r.hasMore = w.end < total; r.hasHasMore = true;
}

function signalScores(deps: Deps): ValidatorScore[] {
  const out: ValidatorScore[] = [];
  const it = SIGNAL.range(deps.storage, null, null, Order.Ascending);
  let e = it.next();
  while (e !== null) {
    if (e.value.value > 0) out.push(new ValidatorScore(e.keyString(), e.value.value));
    e = it.next();
  }
  return out;
}

function status(deps: Deps, env: Env, cfg: Config): Result<Binary> {
  const st = $try(EPOCH.load(deps.storage));
  let treasury = $try(TREASURY.load(deps.storage));
  let escrow = $try(ESCROW.load(deps.storage));
  // what the next sweep will do: overdue open challenges forfeit their bonds
  let open: u64 = 0;
  const it = OPEN_CHALLENGES.range(deps.storage, null, null, Order.Ascending);
  let e = it.next();
  while (e !== null) {
    if (env.block.height < e.value.value) open++;
    else {
      const c = CHALLENGES.mayLoad(deps.storage, readU64Key(e.key));
      if (c !== null) {
        escrow = escrow.saturatingSub(c.bond);
        treasury = treasury.saturatingAdd(c.bond);
      }
    }
    e = it.next();
  }
  const last = LAST_REWARDS.mayLoad(deps.storage);
  const pendingCount = <u64>pendingList(deps, env, new PendingFilter()).length;
  return ok(toJsonBinary(new StatusResponse(treasury, escrow, cfg.rewardBps, cfg.challengeMinBond, cfg.oracleQuorumBps, cfg.challengeResolveDelayBlocks,
    cfg.attestationTtlBlocks, cfg.challengeMaxOpenBlocks, st.current, st.lastRewardEpoch, last === null ? new Array<ValidatorAmount>() : last.paid,
    signalScores(deps), pendingCount, loadU64(PROOF_COUNT, deps.storage), open, loadU64(NEXT_SETTLEMENT_ID, deps.storage))));
}

// ------------------------------------------------------------------------------- proofs

function proofMatches(p: ProductProof, f: ProofFilter): bool {
  const id = f.id;
  if (id !== null && p.id != id) return false;
  const r = f.proofRef;
  if (r !== null && p.proofRef != r) return false;
  const v = f.validator;
  if (v !== null && p.validator != v) return false;
  const rep = f.reporter;
  if (rep !== null && p.reporter != rep) return false;
  if (f.hasEpoch && p.epoch != f.epoch) return false;
  if (f.hasMinScore && p.score < f.minScore) return false;
  if (f.hasMaxScore && p.score > f.maxScore) return false;
  if (p.invalidated && !(f.hasIncludeInvalid && f.includeInvalid)) return false;
  return inTime(p.ms, f.hasSinceMs, f.sinceMs, f.hasUntilMs, f.untilMs);
}

/** Proofs order by (epoch, id). */
function proofBefore(a: ProductProof, b: ProductProof): i32 {
  if (a.epoch != b.epoch) return a.epoch < b.epoch ? -1 : 1;
  return a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
}

function proofs(deps: Deps, f: ProofFilter): Result<Binary> {
  const all: ProductProof[] = [];
  const cands = proofCandidates(deps, f);
  for (let i = 0; i < cands.length; i++) if (proofMatches(cands[i], f)) all.push(cands[i]);
  all.sort(proofBefore);
  let cursor = 0;
  const sa = f.startAfter;
  if (sa !== null) {
    const anchor = PROOFS.mayLoad(deps.storage, sa);
    if (anchor === null) return err<Binary>(ContractError.InvalidPagination("start_after " + sa + " is not a proof id"));
    while (cursor < all.length && proofBefore(all[cursor], anchor) <= 0) cursor++;
  }
  const w = $try(window(all.length, cursor, sa !== null, f.hasOffset, f.offset, f.hasLimit, f.limit));
  const r = new ProofsResponse(all.slice(w.start, w.end));
  if (f.hasWithMeta && f.withMeta) setMeta(r, all.length, w);
  return ok(toJsonBinary(r));
}

// ---------------------------------------------------------------------- pending attestations

function pendingList(deps: Deps, env: Env, f: PendingFilter): PendingAttestation[] {
  const out: PendingAttestation[] = [];
  const it = PENDING.range(deps.storage, null, null, Order.Ascending);
  let e = it.next();
  while (e !== null) {
    const p = e.value;
    e = it.next();
    if (env.block.height >= p.expiresHeight) continue;
    const id = f.id;
    if (id !== null && p.id != id) continue;
    const r = f.proofRef;
    if (r !== null && p.proofRef != r) continue;
    const v = f.validator;
    if (v !== null && p.validator != v) continue;
    if (f.hasEpoch && p.epoch != f.epoch) continue;
    const mc = f.minCollected;
    if (mc !== null && p.collectedWeight.lt(mc)) continue;
    if (!inTime(p.updatedMs, f.hasSinceMs, f.sinceMs, f.hasUntilMs, f.untilMs)) continue;
    out.push(p);
  }
  return out;
}

function attestationStats(list: PendingAttestation[]): AttestationStatsResponse {
  const groups: AttestationGroup[] = [];
  let required = Uint128.zero();
  let collected = Uint128.zero();
  let progress: u64 = 0;
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    required = required.saturatingAdd(p.requiredWeight);
    collected = collected.saturatingAdd(p.collectedWeight);
    const capped = p.collectedWeight.lt(p.requiredWeight) ? p.collectedWeight : p.requiredWeight;
    if (!p.requiredWeight.isZero()) progress += capped.multiplyRatio(Uint128.fromU64(10000), p.requiredWeight).toU64();
    let g: AttestationGroup | null = null;
    for (let j = 0; j < groups.length; j++) if (groups[j].validator == p.validator) g = groups[j];
    if (g === null) {
      g = new AttestationGroup(p.validator, 0, Uint128.zero(), Uint128.zero());
      groups.push(g);
    }
    g.count++;
    g.required = g.required.saturatingAdd(p.requiredWeight);
    g.collected = g.collected.saturatingAdd(p.collectedWeight);
  }
  groups.sort((a: AttestationGroup, b: AttestationGroup): i32 => (a.validator < b.validator ? -1 : a.validator > b.validator ? 1 : 0));
  return new AttestationStatsResponse(<u64>list.length, required, collected, list.length == 0 ? 0 : progress / <u64>list.length, groups);
}

// --------------------------------------------------------------------------------- challenges

function challengeList(deps: Deps, env: Env, f: ChallengeFilter): Challenge[] {
  const out: Challenge[] = [];
  const ms = nowMs(env);
  const cands = challengeCandidates(deps, f);
  for (let i = 0; i < cands.length; i++) {
    const c = viewChallenge(cands[i], env.block.height, ms);
    if (f.hasId && c.id != f.id) continue;
    const pid = f.proofId;
    if (pid !== null && c.proofId != pid) continue;
    const ch = f.challenger;
    if (ch !== null && c.challenger != ch) continue;
    const res = f.resolver;
    if (res !== null && (c.resolver === null || c.resolver! != res)) continue;
    if (f.hasSuccessful && (c.open || c.successful != f.successful)) continue;
    if (f.hasOpenOnly && f.openOnly && !c.open) continue;
    const mb = f.minBond;
    if (mb !== null && c.bond.lt(mb)) continue;
    if (!inTime(c.createdMs, f.hasSinceMs, f.sinceMs, f.hasUntilMs, f.untilMs)) continue;
    out.push(c);
  }
  return out;
}

function findGroup(groups: ChallengeGroup[], key: string): ChallengeGroup {
  for (let j = 0; j < groups.length; j++) if (groups[j].key == key) return groups[j];
  const g = new ChallengeGroup(key, 0, 0, 0, 0, Uint128.zero());
  groups.push(g);
  return g;
}

function challengeStats(list: Challenge[]): ChallengeStatsResponse {
  const r = new ChallengeStatsResponse(<u64>list.length, 0, 0, 0, 0, Uint128.zero(), Uint128.zero(), Uint128.zero(), [], []);
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    r.totalBond = r.totalBond.saturatingAdd(c.bond);
    const g = findGroup(r.byChallenger, c.challenger);
    g.count++;
    g.bond = g.bond.saturatingAdd(c.bond);
    if (c.open) {
      r.openCount++;
      r.openBond = r.openBond.saturatingAdd(c.bond);
      g.openCount++;
      continue;
    }
    r.closedCount++;
    r.resolvedBond = r.resolvedBond.saturatingAdd(c.bond);
    const rg = findGroup(r.byResolver, c.resolver === null ? "" : c.resolver!);
    rg.count++;
    rg.bond = rg.bond.saturatingAdd(c.bond);
    if (c.successful) {
      r.successful++;
      g.successful++;
      rg.successful++;
    } else {
      r.rejected++;
      g.rejected++;
      rg.rejected++;
    }
  }
  r.byChallenger.sort((a: ChallengeGroup, b: ChallengeGroup): i32 => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  r.byResolver.sort((a: ChallengeGroup, b: ChallengeGroup): i32 => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return r;
}

// -------------------------------------------------------------------------------- settlements

function settlementList(deps: Deps, f: SettlementFilter): Settlement[] {
  const out: Settlement[] = [];
  const cands = settlementCandidates(deps, f);
  for (let i = 0; i < cands.length; i++) {
    const s = cands[i];
    const ref = f.reference;
    if (ref !== null && s.reference != ref) continue;
    const p = f.payer;
    if (p !== null && s.payer != p) continue;
    const v = f.validator;
    if (v !== null && (s.validator === null || s.validator! != v)) continue;
    if (f.hasEpoch && s.epoch != f.epoch) continue;
    const mn = f.minAmount;
    if (mn !== null && s.amount.lt(mn)) continue;
    const mx = f.maxAmount;
    if (mx !== null && s.amount.gt(mx)) continue;
    if (!inTime(s.ms, f.hasSinceMs, f.sinceMs, f.hasUntilMs, f.untilMs)) continue;
    out.push(s);
  }
  return out;
}

function addTo(groups: CountAmount[], key: string, amount: Uint128): void {
  for (let j = 0; j < groups.length; j++) {
    if (groups[j].key == key) {
      groups[j].count++;
      groups[j].amount = groups[j].amount.saturatingAdd(amount);
      return;
    }
  }
  groups.push(new CountAmount(key, 1, amount));
}

function settlementStats(list: Settlement[]): SettlementStatsResponse {
  const r = new SettlementStatsResponse(<u64>list.length, Uint128.zero(), [], []);
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    r.totalAmount = r.totalAmount.saturatingAdd(s.amount);
    addTo(r.byValidator, s.validator === null ? "" : s.validator!, s.amount);
    // ids ascend with epochs, so epoch groups come out in epoch order
    addTo(r.byEpoch, s.epoch.toString(), s.amount);
  }
  r.byValidator.sort((a: CountAmount, b: CountAmount): i32 => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return r;
}
