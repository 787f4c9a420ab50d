/**
 * x/upgrade keeper (Cosmos SDK v0.50, spec gov-upgrade-spec §A2/§B1): at most one pending plan, the
 * `done` record of applied plans, the module version map and the app (protocol) version, and the
 * PreBlocker rules that decide, before any tx of a block, whether this binary may execute it.
 */
import { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade';
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { concat, fromUtf8, readU64BE, u64BE, utf8 } from '../../kernel/keys.js';
import type { KVStore } from '../../store/kv.js';
import { prefixEnd } from '../../store/kv.js';
import { UpgradeHaltError, upgradeNeededMessage } from './errors.js';
import type { VersionMap } from './migrations.js';

export const UPGRADE_STORE = 'upgrade';
export const UPGRADE_MODULE = 'upgrade';

// The SDK's key layout: plan, done (by height then name, so the last applied is the last key),
// version map by module name, protocol version.
const PLAN_KEY = Uint8Array.of(0x00);
const DONE_PREFIX = Uint8Array.of(0x01);
const VERSION_MAP_PREFIX = Uint8Array.of(0x02);
const PROTOCOL_VERSION_KEY = Uint8Array.of(0x03);

/** `(ctx, plan, fromVersionMap) → newVersionMap`, registered by the binary under the plan's name. */
export type UpgradeHandler = (ctx: Context, plan: Plan, from: VersionMap) => VersionMap;

/** The `upgrade-info.json` record (what cosmovisor reads). */
export interface UpgradeInfo {
  name: string;
  height: number;
  info: string;
}

/** Where the halt writes `upgrade-info.json`: a file under `<home>/data` for a node; memory elsewhere. */
export interface UpgradeInfoSink {
  write(info: UpgradeInfo): void;
}

export interface UpgradeKeeperOptions {
  /** The gov module account: the only valid signer of MsgSoftwareUpgrade / MsgCancelUpgrade. */
  authority: string;
  /** The handlers this binary has, by plan name. */
  handlers?: ReadonlyMap<string, UpgradeHandler>;
  /** Operator's `--unsafe-skip-upgrades`: heights at which a due plan is dropped instead of applied. */
  skipHeights?: readonly number[];
  infoSink?: UpgradeInfoSink;
}

export interface AppliedPlan {
  name: string;
  height: number;
}

export class UpgradeKeeper {
  readonly authority: string;
  private readonly handlers: ReadonlyMap<string, UpgradeHandler>;
  private readonly skipHeights: ReadonlySet<number>;
  private readonly infoSink: UpgradeInfoSink | undefined;
  /** The downgrade check runs once per process, on the first block it executes (as the SDK's). */
  private downgradeVerified = false;

  constructor(opts: UpgradeKeeperOptions) {
    this.authority = opts.authority;
    this.handlers = opts.handlers ?? new Map();
    this.skipHeights = new Set(opts.skipHeights ?? []);
    this.infoSink = opts.infoSink;
  }

  private kv(ctx: Context): KVStore {
    return ctx.store(UPGRADE_STORE);
  }

  hasHandler(name: string): boolean {
    return this.handlers.has(name);
  }

  isSkipHeight(height: number): boolean {
    return this.skipHeights.has(height);
  }

  getPlan(ctx: Context): Plan | undefined {
    const b = this.kv(ctx).get(PLAN_KEY);
    return b === undefined ? undefined : Plan.decode(b);
  }

  /** Validates and stores `plan`, replacing any pending one (SDK `ScheduleUpgrade`). */
  scheduleUpgrade(ctx: Context, plan: Plan): void {
    validatePlan(plan);
    if (plan.height <= BigInt(ctx.height)) {
      throw new ChainError(Codes.InvalidRequest, `upgrade cannot be scheduled in the past: plan height ${plan.height}, current height ${ctx.height}`);
    }
    if (this.getDoneHeight(ctx, plan.name) !== 0) throw new ChainError(Codes.InvalidRequest, `upgrade with name ${plan.name} has already been completed`);
    this.kv(ctx).set(PLAN_KEY, Plan.encode(plan).finish());
  }

  clearPlan(ctx: Context): void {
    this.kv(ctx).delete(PLAN_KEY);
  }

  /** The height at which plan `name` was applied, 0 if never. */
  getDoneHeight(ctx: Context, name: string): number {
    for (const p of this.appliedPlans(ctx)) if (p.name === name) return p.height;
    return 0;
  }

  /** Applied plans in height order. */
  *appliedPlans(ctx: Context): Generator<AppliedPlan> {
    for (const [k] of this.kv(ctx).iterator(DONE_PREFIX, prefixEnd(DONE_PREFIX))) {
      yield { height: Number(readU64BE(k, 1)), name: fromUtf8(k.subarray(9)) };
    }
  }

  lastAppliedPlan(ctx: Context): AppliedPlan | undefined {
    for (const [k] of this.kv(ctx).iterator(DONE_PREFIX, prefixEnd(DONE_PREFIX), true)) return { height: Number(readU64BE(k, 1)), name: fromUtf8(k.subarray(9)) };
    return undefined;
  }

  private setDone(ctx: Context, name: string, height: number): void {
    this.kv(ctx).set(concat(DONE_PREFIX, u64BE(height), utf8(name)), Uint8Array.of(1));
  }

  getVersionMap(ctx: Context): VersionMap {
    const m: VersionMap = new Map();
    for (const [k, v] of this.kv(ctx).iterator(VERSION_MAP_PREFIX, prefixEnd(VERSION_MAP_PREFIX))) m.set(fromUtf8(k.subarray(1)), Number(readU64BE(v)));
    return m;
  }

  /** Replaces the stored map (modules absent from `vm` are removed). */
  setVersionMap(ctx: Context, vm: VersionMap): void {
    const kv = this.kv(ctx);
    const old = [...kv.iterator(VERSION_MAP_PREFIX, prefixEnd(VERSION_MAP_PREFIX))].map(([k]) => k);
    for (const k of old) kv.delete(k);
    for (const name of [...vm.keys()].sort()) {
      const v = vm.get(name)!;
      if (!Number.isSafeInteger(v) || v < 1) throw new ChainError(Codes.Logic, `module ${name} has invalid consensus version ${v}`);
      kv.set(concat(VERSION_MAP_PREFIX, utf8(name)), u64BE(v));
    }
  }

  getAppVersion(ctx: Context): bigint {
    const b = this.kv(ctx).get(PROTOCOL_VERSION_KEY);
    return b === undefined ? 0n : readU64BE(b);
  }

  setAppVersion(ctx: Context, v: bigint): void {
    this.kv(ctx).set(PROTOCOL_VERSION_KEY, u64BE(v));
  }

  /**
   * The PreBlocker: the SDK's rules, in its order. Throws `UpgradeHaltError` when this binary must
   * not execute the block; otherwise returns whether an upgrade was applied in `ctx`.
   */
  preBlock(ctx: Context): { applied?: string; skipped?: string } {
    const height = ctx.height;
    const plan = this.getPlan(ctx);
    const due = plan !== undefined && plan.height <= BigInt(height);
    if (!this.downgradeVerified) {
      this.downgradeVerified = true;
      // A binary must carry the handler of the last upgrade the chain applied, unless it is about to
      // apply (or skip) the next one this very block.
      if (!due || this.isSkipHeight(height)) {
        const last = this.lastAppliedPlan(ctx);
        if (last !== undefined && !this.hasHandler(last.name)) {
          this.downgradeVerified = false;
          throw new UpgradeHaltError(
            'downgrade',
            last.name,
            height,
            '',
            `wrong app version ${this.getAppVersion(ctx)}, upgrade handler is missing for ${last.name} upgrade plan (applied at height ${last.height}): this binary is older than the chain; run the binary that has the "${last.name}" upgrade`,
          );
        }
      }
    }
    if (plan === undefined) return {};
    if (due) {
      if (this.isSkipHeight(height)) {
        this.clearPlan(ctx);
        return { skipped: plan.name };
      }
      if (!this.hasHandler(plan.name)) {
        const info: UpgradeInfo = { name: plan.name, height, info: plan.info };
        this.infoSink?.write(info);
        throw new UpgradeHaltError('upgrade_needed', plan.name, height, plan.info, upgradeNeededMessage(plan, height));
      }
      this.applyUpgrade(ctx, plan);
      return { applied: plan.name };
    }
    if (this.hasHandler(plan.name)) {
      throw new UpgradeHaltError(
        'binary_updated_before_trigger',
        plan.name,
        height,
        plan.info,
        `BINARY UPDATED BEFORE TRIGGER! UPGRADE "${plan.name}" - in binary but not executed on chain (plan height ${plan.height}, now ${height}). Downgrade your binary`,
      );
    }
    return {};
  }

  /** Runs the plan's handler once, stores its version map, marks it done, bumps the app version. */
  applyUpgrade(ctx: Context, plan: Plan): void {
    const handler = this.handlers.get(plan.name);
    if (handler === undefined) throw new ChainError(Codes.Logic, `no upgrade handler for plan ${plan.name}`);
    const vm = handler(ctx, plan, this.getVersionMap(ctx));
    this.setVersionMap(ctx, vm);
    this.setAppVersion(ctx, this.getAppVersion(ctx) + 1n);
    this.clearPlan(ctx);
    this.setDone(ctx, plan.name, ctx.height);
  }
}

/** `Plan.ValidateBasic`: a name, a positive height, no time, no upgraded client state. */
export function validatePlan(plan: Plan): void {
  if (plan.name === '') throw new ChainError(Codes.InvalidRequest, 'name cannot be empty');
  if (plan.height <= 0n) throw new ChainError(Codes.InvalidRequest, `height must be greater than 0, got ${plan.height}`);
  const t = plan.time;
  if (t !== undefined && (t.seconds !== 0n || t.nanos !== 0) && t.seconds !== -62135596800n) {
    throw new ChainError(Codes.InvalidRequest, 'time-based upgrades have been deprecated in the SDK: set height and leave time zero');
  }
  if (plan.upgradedClientState !== undefined) {
    throw new ChainError(Codes.InvalidRequest, 'upgrade logic for IBC has been moved to the IBC module: leave upgraded_client_state empty');
  }
}
