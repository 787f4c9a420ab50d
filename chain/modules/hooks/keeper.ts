/**
 * Contract sudo hooks (pos-spec §7.1): gov-registered contracts the chain calls at EndBlock with
 * `valset_update`, `handle_epoch`, `epoch` and `process_due`, and before a slash with `jailing`. Each call runs in its own state branch
 * on its own gas meter; an error or out-of-gas discards that call's changes, emits
 * `hook_failed{contract, hook, error}` and the block goes on — a contract can never halt the chain.
 */
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { BasicGasMeter } from '../../store/gaskv.js';
import type { AddressCodec } from '../../types/address.js';
import { HooksParams as HooksParamsCodec, type HooksParams as HooksParamsProto } from '../../../proto/index.js';
import type { SlashRecord, StakingEpochs, StakingHistory, StakingReader, ValidatorView, ValsetChanges } from '../staking/api.js';
import { validatorSlashJson } from '../meshsecurity/api.js';

export const HOOKS_STORE = 'hooks';
const PARAMS_KEY = Uint8Array.of(0x01);
/** Hook error texts in events are cut to this many characters (contract errors can be long). */
const MAX_ERROR_CHARS = 512;

/** In the order they run within a block (valset_update at the end of staking's EndBlock, the rest after). */
export const HOOK_NAMES = ['valset_update', 'handle_epoch', 'epoch', 'process_due', 'jailing'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

export interface HookRegistration {
  contract: string;
  gasLimit: number;
}
export type HooksParams = Record<HookName, HookRegistration[]>;

export const EMPTY_HOOKS_PARAMS: HooksParams = Object.freeze({ valset_update: [], handle_epoch: [], epoch: [], process_due: [], jailing: [] });

/** The wasm keeper's privileged entry point (a narrow view so this module does not depend on wasm). */
export interface ContractSudoer {
  sudo(ctx: Context, contract: string, msg: Uint8Array): unknown;
}
/** What the epoch snapshot needs from slashing. */
export interface TombstoneReader {
  isTombstoned(ctx: Context, consAddr: Uint8Array): boolean;
}

export interface HooksKeeperOptions {
  staking: StakingReader & StakingHistory & StakingEpochs;
  slashing: TombstoneReader;
  wasm: ContractSudoer;
  codec: AddressCodec;
  /** Account allowed to change the registrations (the gov module account). */
  authority: string;
}

/** Outcome of one hook call (for tests and logs). */
export interface HookCall {
  hook: HookName;
  contract: string;
  ok: boolean;
  gasUsed: number;
  error?: string;
}

export class HooksKeeper {
  readonly staking: StakingReader & StakingHistory & StakingEpochs;
  readonly slashing: TombstoneReader;
  readonly wasm: ContractSudoer;
  readonly codec: AddressCodec;
  readonly authority: string;

  constructor(o: HooksKeeperOptions) {
    this.staking = o.staking;
    this.slashing = o.slashing;
    this.wasm = o.wasm;
    this.codec = o.codec;
    this.authority = o.authority;
  }

  getParams(ctx: Context): HooksParams {
    const v = ctx.store(HOOKS_STORE).get(PARAMS_KEY);
    return v === undefined ? EMPTY_HOOKS_PARAMS : paramsFromProto(HooksParamsCodec.decode(v));
  }
  setParams(ctx: Context, p: HooksParams): void {
    this.validateParams(p);
    ctx.store(HOOKS_STORE).set(PARAMS_KEY, HooksParamsCodec.encode(paramsToProto(p)).finish());
  }

  validateParams(p: HooksParams): void {
    for (const hook of HOOK_NAMES) {
      const seen = new Set<string>();
      for (const r of p[hook]) {
        try {
          this.codec.decode(r.contract, 'contract address');
        } catch (e) {
          throw new ChainError(Codes.InvalidAddress, `hook ${hook}: ${(e as Error).message}`);
        }
        if (!Number.isSafeInteger(r.gasLimit) || r.gasLimit <= 0) throw new ChainError(Codes.InvalidRequest, `hook ${hook}: gas limit of ${r.contract} must be a positive integer below 2^53, got ${r.gasLimit}`);
        if (seen.has(r.contract)) throw new ChainError(Codes.InvalidRequest, `hook ${hook}: ${r.contract} is registered twice`);
        seen.add(r.contract);
      }
    }
  }

  /** Pass to `staking.onValsetChange`: sends `valset_update` when anything changed in the block. */
  readonly onValsetChange = (ctx: Context, changes: ValsetChanges): void => {
    this.valsetUpdate(ctx, changes);
  };

  valsetUpdate(ctx: Context, changes: ValsetChanges): HookCall[] {
    const regs = this.getParams(ctx).valset_update;
    const c = changes;
    if (regs.length === 0 || c.additions.length + c.removals.length + c.updated.length + c.jailed.length + c.unjailed.length + c.tombstoned.length + c.slashed.length === 0) return [];
    const validator = (op: string) => {
      const v = this.staking.getValidator(ctx, op);
      return v === undefined ? { address: op, commission: '0', max_commission: '0', max_change_rate: '0' } : cosmwasmValidator(v);
    };
    const common: Record<string, unknown> = {};
    if (c.additions.length > 0) common['additions'] = c.additions.map(validator);
    if (c.removals.length > 0) common['removals'] = c.removals;
    if (c.updated.length > 0) common['updated'] = c.updated.map(validator);
    if (c.jailed.length > 0) common['jailed'] = c.jailed;
    if (c.unjailed.length > 0) common['unjailed'] = c.unjailed;
    if (c.tombstoned.length > 0) common['tombstoned'] = c.tombstoned;
    // `slash_amount` is per contract (its delegations' share), so each contract gets its own message.
    return regs.map((r) => {
      const body = { ...common };
      if (c.slashed.length > 0) body['slashed'] = c.slashed.map((s) => validatorSlashJson(ctx, this.staking, s, r.contract));
      return this.call(ctx, 'valset_update', r, { valset_update: body });
    });
  }

  /**
   * Pass to `slashing.onBeforeSlash`: tells the `jailing` contracts (mesh-security's native-staking)
   * that `valoper` is about to be slashed — `{"jailing":{"jailed":[v],"tombstoned":[]}}` for downtime,
   * `{"jailing":{"jailed":[],"tombstoned":[v]}}` for a double sign — while its delegations still hold
   * their pre-slash amounts (mesh-security-sdk x/meshsecurityprovider, spec §11.2).
   */
  readonly beforeSlash = (ctx: Context, valoper: string, reason: 'downtime' | 'double_sign'): HookCall[] => {
    const regs = this.getParams(ctx).jailing;
    const body = reason === 'double_sign' ? { jailed: [], tombstoned: [valoper] } : { jailed: [valoper], tombstoned: [] };
    return regs.map((r) => this.call(ctx, 'jailing', r, { jailing: body }));
  };

  /** After staking's EndBlock: `handle_epoch` and `epoch` at an epoch boundary, `process_due` every block. */
  endBlock(ctx: Context): HookCall[] {
    const p = this.getParams(ctx);
    const out: HookCall[] = [];
    if (this.staking.isEpochBoundary(ctx)) {
      for (const r of p.handle_epoch) out.push(this.call(ctx, 'handle_epoch', r, { handle_epoch: {} }));
      if (p.epoch.length > 0) {
        const snapshot = this.epochSnapshot(ctx);
        for (const r of p.epoch) out.push(this.call(ctx, 'epoch', r, { epoch: snapshot }));
      }
    }
    for (const r of p.process_due) out.push(this.call(ctx, 'process_due', r, { process_due: { height: BigInt(ctx.height), time: ctx.time.toString() } }));
    return out;
  }

  private epochSnapshot(ctx: Context): Record<string, unknown> {
    const info = this.staking.epochInfo(ctx);
    return {
      epoch: BigInt(info.epoch),
      height: BigInt(ctx.height),
      time: ctx.time.toString(),
      validators: this.staking.allValidatorViews(ctx).map((v) => ({
        operator: v.operator,
        account: this.codec.valoperToAccount(v.operator),
        tokens: v.tokens.toString(),
        power: this.staking.consensusPower(v.tokens),
        status: v.status,
        jailed: v.jailed,
        tombstoned: this.slashing.isTombstoned(ctx, v.consAddress),
      })),
    };
  }

  /** One sudo call in its own branch and gas meter; failures are contained and reported as events. */
  private call(ctx: Context, hook: HookName, reg: HookRegistration, msg: Record<string, unknown>): HookCall {
    const meter = new BasicGasMeter(reg.gasLimit);
    const b = ctx.withGasMeter(meter).branch();
    try {
      this.wasm.sudo(b.ctx, reg.contract, encodeJsonU64(msg));
      b.commit();
      return { hook, contract: reg.contract, ok: true, gasUsed: meter.consumed };
    } catch (e) {
      // Anything a contract call throws (contract error, out of gas, VM trap) stays with the contract.
      b.discard();
      const error = (e instanceof Error ? e.message : String(e)).slice(0, MAX_ERROR_CHARS);
      ctx.emit(event('hook_failed', { contract: reg.contract, hook, error }));
      return { hook, contract: reg.contract, ok: false, gasUsed: meter.consumed, error };
    }
  }
}

/** cosmwasm-std `Validator` (what `StakingQuery::Validator` answers). */
function cosmwasmValidator(v: ValidatorView): Record<string, unknown> {
  return { address: v.operator, commission: v.commissionRate.toShortString(), max_commission: v.commissionMaxRate.toShortString(), max_change_rate: v.commissionMaxChangeRate.toShortString() };
}

/**
 * JSON with `bigint` written as a bare integer (serde's u64), keys in insertion order. Contract
 * messages need u64 numbers beyond 2^53 to stay exact, which `JSON.stringify` cannot write.
 */
export function encodeJsonU64(v: unknown): Uint8Array {
  return new TextEncoder().encode(jsonU64(v));
}
function jsonU64(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return `[${v.map(jsonU64).join(',')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${jsonU64(x)}`).join(',')}}`;
  return JSON.stringify(v);
}

export function paramsToProto(p: HooksParams): HooksParamsProto {
  const regs = (list: HookRegistration[]) => list.map((r) => ({ contract: r.contract, gasLimit: BigInt(r.gasLimit) }));
  return { valsetUpdate: regs(p.valset_update), handleEpoch: regs(p.handle_epoch), epoch: regs(p.epoch), processDue: regs(p.process_due), jailing: regs(p.jailing) };
}

/** Gas limits above 2^53 cannot be metered; they are refused rather than rounded. */
export function paramsFromProto(p: HooksParamsProto): HooksParams {
  const regs = (list: { contract: string; gasLimit: bigint }[]) =>
    list.map((r) => {
      if (r.gasLimit > BigInt(Number.MAX_SAFE_INTEGER)) throw new ChainError(Codes.InvalidRequest, `hook gas limit ${r.gasLimit} of ${r.contract} is above 2^53`);
      return { contract: r.contract, gasLimit: Number(r.gasLimit) };
    });
  return { valset_update: regs(p.valsetUpdate), handle_epoch: regs(p.handleEpoch), epoch: regs(p.epoch), process_due: regs(p.processDue), jailing: regs(p.jailing) };
}

