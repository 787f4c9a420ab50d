/**
 * What happens with time rather than by a vote: lazy expiry of pending attestations and open
 * challenges (spec §4.5) and epoch boundaries with the reward payout (§4.6).
 */
import { Deps, Env, Response, Result, ok, $try, Order, Event, Uint128, BankMsg, Coin } from "../../std/assembly";
import { Config, Challenge, EpochState, LastRewards, ValidatorAmount, U64Value } from "./msg";
import { CONFIG, EPOCH, TREASURY, ESCROW, PENDING, CHALLENGES, OPEN_CHALLENGES, OPEN_CHALLENGE_BY_PROOF, SIGNAL, LAST_REWARDS } from "./state";
import { chainValidators, withdrawAddress } from "./chain";
import { PAYOUT_WITHDRAW_ADDRESS } from "./config";

export const SYSTEM_TIMEOUT = "system-timeout";
const BPS = Uint128.fromU64(10000);

export function nowMs(env: Env): u64 {
  return env.block.time.nanos / 1_000_000;
}

/** The challenge as it is at `height`: past `max_open_height` an open one reads as timed out. */
export function viewChallenge(c: Challenge, height: u64, ms: u64): Challenge {
  if (!c.open || height < c.maxOpenHeight) return c;
  c.open = false;
  c.successful = false;
  c.resolver = SYSTEM_TIMEOUT;
  c.resolvedMs = ms;
  c.hasResolvedMs = true;
  return c;
}

/** Deletes expired pending attestations and times out overdue challenges (bond → treasury). */
export function sweep(deps: Deps, env: Env, resp: Response): Result<bool> {
  const height = env.block.height;
  const ms = nowMs(env);
  const expired: string[] = [];
  const it = PENDING.range(deps.storage, null, null, Order.Ascending);
  let e = it.next();
  while (e !== null) {
    if (height >= e.value.expiresHeight) expired.push(e.value.id);
    e = it.next();
  }
  for (let i = 0; i < expired.length; i++) {
    PENDING.remove(deps.storage, expired[i]);
    resp.addEvent(new Event("attestation_expired").addAttribute("proof_id", expired[i]));
  }
  const due: u64[] = [];
  const open = OPEN_CHALLENGES.range(deps.storage, null, null, Order.Ascending);
  let o = open.next();
  while (o !== null) {
    if (height >= o.value.value) due.push(readU64Key(o.key));
    o = open.next();
  }
  if (due.length == 0) return ok(false);
  let treasury = $try(TREASURY.load(deps.storage));
  let escrow = $try(ESCROW.load(deps.storage));
  for (let i = 0; i < due.length; i++) {
    const loaded = $try(CHALLENGES.load(deps.storage, due[i]));
    const c = viewChallenge(loaded, height, ms);
    CHALLENGES.save(deps.storage, c.id, c);
    OPEN_CHALLENGES.remove(deps.storage, c.id);
    OPEN_CHALLENGE_BY_PROOF.remove(deps.storage, c.proofId);
    escrow = escrow.saturatingSub(c.bond);
    treasury = treasury.saturatingAdd(c.bond);
    resp.addEvent(new Event("challenge_timeout").addAttribute("challenge_id", c.id.toString()).addAttribute("bond", c.bond.toString()));
  }
  TREASURY.save(deps.storage, treasury);
  ESCROW.save(deps.storage, escrow);
  return ok(true);
}

export function readU64Key(k: Uint8Array): u64 {
  let v: u64 = 0;
  const n = k.length;
  for (let i = n - 8; i < n; i++) v = (v << 8) | <u64>k[i];
  return v;
}

/**
 * Processes the epoch boundaries crossed since the last one processed: the first pays out and
 * clears, later ones (nothing left to pay or clear) only advance the counter. Returns whether any
 * boundary was crossed, so a second crank in the same block is a no-op.
 */
export function processBoundaries(deps: Deps, env: Env, cfg: Config, resp: Response): Result<bool> {
  const st = $try(EPOCH.load(deps.storage));
  const len = cfg.epochLengthBlocks;
  const latest = (env.block.height / len) * len;
  if (latest <= st.lastBoundary) return ok(false);
  const crossed = (latest - st.lastBoundary) / len;
  $try(distribute(deps, cfg, st, resp));
  // pending attestations never outlive their epoch
  const pending = PENDING.range(deps.storage, null, null, Order.Ascending).collect();
  for (let i = 0; i < pending.length; i++) PENDING.remove(deps.storage, pending[i].value.id);
  st.current += crossed;
  st.startHeight = env.block.height;
  st.lastBoundary = latest;
  EPOCH.save(deps.storage, st);
  resp.addAttribute("epochs_advanced", crossed.toString());
  return ok(true);
}

function distribute(deps: Deps, cfg: Config, st: EpochState, resp: Response): Result<bool> {
  const vals = $try(chainValidators(deps, null));
  const scoredVal: string[] = [];
  const scores: u64[] = [];
  const payTo: string[] = [];
  const withhold: bool[] = [];
  let total: u64 = 0;
  const it = SIGNAL.range(deps.storage, null, null, Order.Ascending);
  let e = it.next();
  const signalKeys: string[] = [];
  while (e !== null) {
    const op = e.keyString();
    signalKeys.push(op);
    if (e.value.value > 0) {
      for (let i = 0; i < vals.length; i++) {
        if (vals[i].operator == op) {
          scoredVal.push(op);
          scores.push(e.value.value);
          payTo.push(vals[i].account);
          withhold.push(vals[i].jailed || vals[i].tombstoned);
          total += e.value.value;
          break;
        }
      }
    }
    e = it.next();
  }
  for (let i = 0; i < signalKeys.length; i++) SIGNAL.remove(deps.storage, signalKeys[i]);
  let treasury = $try(TREASURY.load(deps.storage));
  const ev = new Event("epoch_rewards").addAttribute("epoch", st.current.toString());
  if (total == 0 || treasury.isZero() || cfg.rewardBps == 0) {
    resp.addEvent(ev.addAttribute("pool", "0").addAttribute("distributed", "0").addAttribute("validators", "0"));
    return ok(false);
  }
  const pool = treasury.multiplyRatio(Uint128.fromU64(cfg.rewardBps), BPS);
  if (pool.isZero()) {
    resp.addEvent(ev.addAttribute("pool", "0").addAttribute("distributed", "0").addAttribute("validators", "0"));
    return ok(false);
  }
  let assigned = Uint128.zero();
  let paid = Uint128.zero();
  const paidList: ValidatorAmount[] = [];
  const totalU = Uint128.fromU64(total);
  for (let i = 0; i < scoredVal.length; i++) {
    const share = i == scoredVal.length - 1 ? pool.saturatingSub(assigned) : pool.multiplyRatio(Uint128.fromU64(scores[i]), totalU);
    assigned = assigned.saturatingAdd(share);
    if (share.isZero() || withhold[i]) continue;
    paid = paid.saturatingAdd(share);
    paidList.push(new ValidatorAmount(scoredVal[i], share));
    let to = payTo[i];
    if (cfg.payoutMode == PAYOUT_WITHDRAW_ADDRESS) to = $try(withdrawAddress(deps, payTo[i]));
    resp.addMessage(BankMsg.send(to, [new Coin(cfg.denom, share)]));
  }
  treasury = treasury.saturatingSub(paid);
  TREASURY.save(deps.storage, treasury);
  LAST_REWARDS.save(deps.storage, new LastRewards(st.current, paidList));
  st.lastRewardEpoch = st.current;
  resp.addEvent(ev.addAttribute("pool", pool.toString()).addAttribute("distributed", paid.toString()).addAttribute("validators", paidList.length.toString()));
  return ok(true);
}
