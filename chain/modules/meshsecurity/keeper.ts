/**
 * x/meshsecurity (mesh-security-spec §11.1): the consumer chain's virtual staking. Governance gives
 * a contract (mesh virtual-staking) a max cap; that contract may then mint-and-delegate and
 * instantly undelegate-and-burn bond-denom tokens up to the cap through `{"virtual_stake": …}`
 * messages. The module reports the chain's validator-set changes to every capped contract with a
 * `handle_valset_update` sudo at EndBlock and calls `handle_epoch` on registered contracts every
 * `epoch_length` blocks. Each such call runs in its own branch on its own gas meter
 * (`max_gas_end_blocker`): a failure is reverted, reported as an event and rescheduled — a contract
 * never halts the chain.
 */
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes, registerError } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { prefixEnd, type KVStore } from '../../store/kv.js';
import { BasicGasMeter } from '../../store/gaskv.js';
import { concat, fromUtf8, utf8 } from '../../kernel/keys.js';
import type { AddressCodec } from '../../types/address.js';
import type { Coin } from '../../types/coins.js';
import type { Dec } from '../../types/dec.js';
import { MeshSecurityParams as ParamsCodec } from '../../../proto/index.js';
import type { DelegationView, SlashRecord, StakingHooks, ValidatorView, ValsetChanges } from '../staking/api.js';
import { validatorSlashJson } from './api.js';

export const MESHSECURITY_STORE = 'meshsecurity';
/** The module account that mints and burns the virtual stake (permissions minter, burner). */
export const MESHSECURITY_MODULE = 'meshsecurity';

export const MeshSecurityErrors = Object.freeze({
  Invalid: registerError('meshsecurity', 1, 'invalid'),
  MaxCapExceeded: registerError('meshsecurity', 2, 'max cap exceeded'),
  Unsupported: registerError('meshsecurity', 3, 'unsupported'),
  Unknown: registerError('meshsecurity', 4, 'unknown'),
  Duplicate: registerError('meshsecurity', 5, 'contract duplicated'),
});

export interface MeshSecurityParams {
  /** Bound on the sum of every contract's max cap (bond denom). */
  totalContractsMaxCap: Coin;
  /** Blocks between two `handle_epoch` calls of a registered contract (> 0). */
  epochLength: number;
  /** SDK gas each scheduled contract call may use (> 0). */
  maxGasEndBlocker: number;
}

/** Upstream's defaults (`DefaultParams`), in the chain's bond denom. */
export function defaultParams(bondDenom: string): MeshSecurityParams {
  return { totalContractsMaxCap: { denom: bondDenom, amount: 10_000_000_000n }, epochLength: 1000, maxGasEndBlocker: 500_000 };
}

export type TaskKind = 'handle_epoch' | 'valset_update';
const TASK_BYTE: Record<TaskKind, number> = { handle_epoch: 0x01, valset_update: 0x02 };

export interface ScheduledTask {
  task: TaskKind;
  contract: string;
  height: number;
  repeat: boolean;
}

/** One scheduled contract call's outcome (events say the same; tests and logs read this). */
export interface TaskResult {
  task: TaskKind;
  contract: string;
  ok: boolean;
  gasUsed: number;
  gasLimit: number;
  error?: string;
  nextRunHeight?: number;
}

const K = { params: 0x01, maxCap: 0x02, delegated: 0x03, task: 0x04, updated: 0x05 } as const;
/** Error texts in events are cut to this many characters (contract errors can be long). */
const MAX_ERROR_CHARS = 512;

/** What the module needs of bank (the SDK's bank plus Osmosis's supply offset). */
export interface MeshSecurityBank {
  mintCoins(ctx: Context, module: string, coins: Coin[]): void;
  burnCoins(ctx: Context, module: string, coins: Coin[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, module: string, to: string, coins: Coin[]): void;
  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Coin[]): void;
  addSupplyOffset(ctx: Context, denom: string, delta: bigint): void;
}

/** What it needs of staking: reads, a module delegation from an account, and Osmosis's instant undelegate. */
export interface MeshSecurityStaking {
  bondDenom(ctx: Context): string;
  getValidator(ctx: Context, valoper: string): ValidatorView | undefined;
  getDelegation(ctx: Context, delegator: string, valoper: string): DelegationView | undefined;
  delegateFromAccount(ctx: Context, delegator: string, valoper: string, amount: bigint): Dec;
  instantUndelegate(ctx: Context, delegator: string, valoper: string, amount: bigint | 'all'): bigint;
  tokensFromShares(v: ValidatorView, shares: Dec): Dec;
  getHistoricalInfo(ctx: Context, height: number): { height: number; time: bigint } | undefined;
}

export interface MeshSecuritySlashing {
  getParams(ctx: Context): { slashFractionDowntime: Dec; slashFractionDoubleSign: Dec };
}

/** The wasm keeper's privileged entry point and contract lookup (narrow, so this module does not depend on wasm). */
export interface MeshSecurityWasm {
  sudo(ctx: Context, contract: string, msg: Uint8Array): unknown;
  getContractInfo(ctx: Context, address: string): unknown;
}

export interface MeshSecurityKeeperOptions {
  bank: MeshSecurityBank;
  staking: MeshSecurityStaking;
  slashing: MeshSecuritySlashing;
  wasm: MeshSecurityWasm;
  codec: AddressCodec;
  /** The gov module account: the signer of both Msgs. */
  authority: string;
}

export class MeshSecurityKeeper {
  readonly bank: MeshSecurityBank;
  readonly staking: MeshSecurityStaking;
  readonly slashing: MeshSecuritySlashing;
  readonly wasm: MeshSecurityWasm;
  readonly codec: AddressCodec;
  readonly authority: string;
  /** This block's staking report, handed over by `onValsetChange` and taken by EndBlock. */
  private pending: ValsetChanges | undefined;

  constructor(o: MeshSecurityKeeperOptions) {
    this.bank = o.bank;
    this.staking = o.staking;
    this.slashing = o.slashing;
    this.wasm = o.wasm;
    this.codec = o.codec;
    this.authority = o.authority;
  }

  private store(ctx: Context): KVStore {
    return ctx.store(MESHSECURITY_STORE);
  }
  private addrKey(p: number, addr: string): Uint8Array {
    return concat(Uint8Array.of(p), this.codec.decode(addr, 'contract address'));
  }

  // ---- params ------------------------------------------------------------------------------------

  getParams(ctx: Context): MeshSecurityParams {
    const v = this.store(ctx).get(Uint8Array.of(K.params));
    if (v === undefined) return defaultParams(this.staking.bondDenom(ctx));
    const p = ParamsCodec.decode(v);
    return { totalContractsMaxCap: { denom: p.totalContractsMaxCap?.denom ?? '', amount: BigInt(p.totalContractsMaxCap?.amount || '0') }, epochLength: p.epochLength, maxGasEndBlocker: p.maxGasEndBlocker };
  }
  setParams(ctx: Context, p: MeshSecurityParams): void {
    validateParams(p);
    const bond = this.staking.bondDenom(ctx);
    if (p.totalContractsMaxCap.denom !== bond) throw new ChainError(MeshSecurityErrors.Invalid, `total_contracts_max_cap must be in the bond denom ${bond}, got ${p.totalContractsMaxCap.denom}`);
    this.store(ctx).set(Uint8Array.of(K.params), ParamsCodec.encode({ totalContractsMaxCap: { denom: p.totalContractsMaxCap.denom, amount: p.totalContractsMaxCap.amount.toString() }, epochLength: p.epochLength, maxGasEndBlocker: p.maxGasEndBlocker }).finish());
  }

  // ---- max caps and what each contract has delegated ------------------------------------------------

  hasMaxCap(ctx: Context, contract: string): boolean {
    return this.store(ctx).has(this.addrKey(K.maxCap, contract));
  }
  /** The contract's cap; zero coins when it has none. */
  getMaxCap(ctx: Context, contract: string): Coin {
    const v = this.store(ctx).get(this.addrKey(K.maxCap, contract));
    return { denom: this.staking.bondDenom(ctx), amount: v === undefined ? 0n : BigInt(fromUtf8(v)) };
  }
  /** Every capped contract and its cap, in address-byte order. */
  allMaxCaps(ctx: Context): { contract: string; cap: bigint }[] {
    const p = Uint8Array.of(K.maxCap);
    const out: { contract: string; cap: bigint }[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) out.push({ contract: this.codec.encode(k.subarray(1)), cap: BigInt(fromUtf8(v)) });
    return out;
  }

  /**
   * Sets a contract's cap (upstream `SetMaxCapLimit`): the denom must be the bond denom and the sum
   * of all caps (this one replacing its old value) must stay within `total_contracts_max_cap`.
   */
  setMaxCap(ctx: Context, contract: string, cap: Coin): void {
    const bond = this.staking.bondDenom(ctx);
    if (cap.denom !== bond) throw new ChainError(Codes.InvalidCoins, `max cap must be in the bond denom ${bond}, got ${cap.denom}`);
    if (cap.amount < 0n) throw new ChainError(Codes.InvalidCoins, 'max cap must not be negative');
    let others = 0n;
    for (const c of this.allMaxCaps(ctx)) if (c.contract !== contract) others += c.cap;
    const total = this.getParams(ctx).totalContractsMaxCap.amount;
    if (others + cap.amount > total) throw new ChainError(MeshSecurityErrors.Invalid, `amount exceeds total available max cap (used ${others} of ${total}${bond})`);
    this.store(ctx).set(this.addrKey(K.maxCap, contract), utf8(cap.amount.toString()));
    ctx.emit(event('max_cap_limit_updated', { contract, max_cap: `${cap.amount}${cap.denom}` }));
  }

  /** What the contract has delegated through the module (never negative). */
  getTotalDelegated(ctx: Context, contract: string): Coin {
    const v = this.store(ctx).get(this.addrKey(K.delegated, contract));
    return { denom: this.staking.bondDenom(ctx), amount: v === undefined ? 0n : BigInt(fromUtf8(v)) };
  }
  /** Genesis import of an exported `delegated` (the delegations themselves come with staking's genesis). */
  restoreTotalDelegated(ctx: Context, contract: string, amount: bigint): void {
    this.setTotalDelegated(ctx, contract, amount);
  }
  private setTotalDelegated(ctx: Context, contract: string, amount: bigint): void {
    const k = this.addrKey(K.delegated, contract);
    if (amount <= 0n) this.store(ctx).delete(k);
    else this.store(ctx).set(k, utf8(amount.toString()));
  }

  // ---- virtual stake -------------------------------------------------------------------------------

  /**
   * `virtual_stake.bond`: mints `amount` to the module with a negative supply offset (the tokens
   * are not supply), hands them to the contract and delegates them. Authorisation (a max cap) is
   * the caller's. Fails with ErrMaxCapExceeded when the total would pass the cap.
   */
  delegate(ctx: Context, contract: string, valoper: string, amount: Coin): void {
    const bond = this.staking.bondDenom(ctx);
    if (amount.amount <= 0n) throw new ChainError(Codes.InvalidRequest, 'amount must be positive');
    if (amount.denom !== bond) throw new ChainError(Codes.InvalidRequest, `invalid coin denomination: got ${amount.denom}, expected ${bond}`);
    if (this.staking.getValidator(ctx, valoper) === undefined) throw new ChainError(MeshSecurityErrors.Unknown, `validator ${valoper} does not exist`);
    const next = this.getTotalDelegated(ctx, contract).amount + amount.amount;
    const cap = this.getMaxCap(ctx, contract).amount;
    if (next > cap) throw new ChainError(MeshSecurityErrors.MaxCapExceeded, `${next}${bond} exceeds ${cap}${bond}`);
    const coins = [{ denom: bond, amount: amount.amount }];
    this.bank.mintCoins(ctx, MESHSECURITY_MODULE, coins);
    this.bank.addSupplyOffset(ctx, bond, -amount.amount);
    this.bank.sendCoinsFromModuleToAccount(ctx, MESHSECURITY_MODULE, contract, coins);
    this.staking.delegateFromAccount(ctx, contract, valoper, amount.amount);
    this.setTotalDelegated(ctx, contract, next);
    ctx.emit(event('virtual_delegate', { contract, validator: valoper, amount: `${amount.amount}${bond}` }));
  }

  /**
   * `virtual_stake.unbond`: an instant undelegation (no unbonding entry, so no `max_entries`
   * limit), the released tokens burned and the supply offset given back. No delegation to that
   * validator is a silent no-op, as upstream.
   */
  undelegate(ctx: Context, contract: string, valoper: string, amount: Coin): void {
    const bond = this.staking.bondDenom(ctx);
    if (amount.amount <= 0n) throw new ChainError(Codes.InvalidRequest, 'amount must be positive');
    if (amount.denom !== bond) throw new ChainError(Codes.InvalidRequest, `invalid coin denomination: got ${amount.denom}, expected ${bond}`);
    const total = this.getTotalDelegated(ctx, contract).amount;
    if (total < amount.amount) throw new ChainError(Codes.InvalidRequest, `amount ${amount.amount}${bond} exceeds total delegated ${total}${bond}`);
    const d = this.staking.getDelegation(ctx, contract, valoper);
    if (d === undefined) return;
    // Ours: an unbond of at least what the delegation is worth takes all of it. A contract's books
    // round a chain slash differently from the chain (virtual-staking subtracts its rounded share;
    // the delegation is worth its shares of the slashed tokens, truncated), so a full unbond can
    // ask a unit more than there is; upstream's ValidateUnbondAmount would then fail the epoch for ever.
    const worth = this.staking.tokensFromShares(this.staking.getValidator(ctx, valoper)!, d.shares).truncateInt();
    const released = this.staking.instantUndelegate(ctx, contract, valoper, amount.amount >= worth ? 'all' : amount.amount);
    if (released > 0n) {
      const coins = [{ denom: bond, amount: released }];
      this.bank.sendCoinsFromAccountToModule(ctx, contract, MESHSECURITY_MODULE, coins);
      this.bank.burnCoins(ctx, MESHSECURITY_MODULE, coins);
      this.bank.addSupplyOffset(ctx, bond, released);
    }
    this.setTotalDelegated(ctx, contract, total - released);
    ctx.emit(event('virtual_undelegate', { contract, validator: valoper, amount: `${released}${bond}` }));
  }

  // ---- scheduler --------------------------------------------------------------------------------------

  private taskKey(task: TaskKind, height: number, contract: string): Uint8Array {
    const h = new Uint8Array(8);
    new DataView(h.buffer).setBigUint64(0, BigInt(height));
    return concat(Uint8Array.of(K.task, TASK_BYTE[task]), h, this.codec.decode(contract, 'contract address'));
  }

  /** Schedules a task (a repeating one is moved on by `epoch_length` after each run). */
  schedule(ctx: Context, t: ScheduledTask): void {
    if (t.height < ctx.height) throw new ChainError(MeshSecurityErrors.Invalid, `can not schedule for past block: ${t.height}`);
    this.store(ctx).set(this.taskKey(t.task, t.height, t.contract), Uint8Array.of(t.repeat ? 1 : 0));
    ctx.emit(event('scheduler_task_registered', { contract: t.contract, task: t.task, height: String(t.height), repeat: String(t.repeat) }));
  }

  /** Every scheduled task of a kind, by height then contract address (up to `maxHeight`). */
  tasks(ctx: Context, task: TaskKind, maxHeight = Number.MAX_SAFE_INTEGER): ScheduledTask[] {
    const p = Uint8Array.of(K.task, TASK_BYTE[task]);
    const out: ScheduledTask[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) {
      const height = Number(new DataView(k.buffer, k.byteOffset + 2, 8).getBigUint64(0));
      if (height > maxHeight) break;
      out.push({ task, contract: this.codec.encode(k.subarray(10)), height, repeat: v[0] === 1 });
    }
    return out;
  }
  hasRepeatingTask(ctx: Context, task: TaskKind, contract: string): boolean {
    return this.tasks(ctx, task).some((t) => t.contract === contract && t.repeat);
  }

  /** The repeating `handle_epoch` task of a contract, first due `epoch_length` blocks from now. */
  scheduleRegularEpoch(ctx: Context, contract: string): void {
    this.schedule(ctx, { task: 'handle_epoch', contract, height: ctx.height + this.getParams(ctx).epochLength, repeat: true });
  }

  /** Both gov messages' effect on the schedule, and the msg server's checks. */
  setVirtualStakingMaxCap(ctx: Context, contract: string, cap: Coin): void {
    if (this.wasm.getContractInfo(ctx, contract) === undefined) throw new ChainError(MeshSecurityErrors.Unknown, `contract: ${contract}`);
    this.setMaxCap(ctx, contract, cap);
    if (!this.hasRepeatingTask(ctx, 'handle_epoch', contract)) this.scheduleRegularEpoch(ctx, contract);
  }
  setPriceFeedContract(ctx: Context, contract: string): void {
    if (this.wasm.getContractInfo(ctx, contract) === undefined) throw new ChainError(MeshSecurityErrors.Unknown, `contract: ${contract}`);
    if (this.hasRepeatingTask(ctx, 'handle_epoch', contract)) throw new ChainError(MeshSecurityErrors.Duplicate, `${contract} already has its epoch task`);
    this.scheduleRegularEpoch(ctx, contract);
  }

  // ---- the valset pipeline -----------------------------------------------------------------------------

  /** Staking hooks: `BeforeValidatorModified` → `updated` (kept in state so a failed tx's edit vanishes). */
  stakingHooks(): StakingHooks {
    return {
      beforeValidatorModified: (ctx, valoper) => {
        this.store(ctx).set(concat(Uint8Array.of(K.updated), this.codec.decodeValoper(valoper)), Uint8Array.of(1));
      },
    };
  }

  /** Pass to `staking.onValsetChange`: staking's report of this block, for EndBlock. */
  readonly onValsetChange = (ctx: Context, changes: ValsetChanges): void => {
    this.pending = { ...changes, height: ctx.height };
  };

  /** This block's report (upstream's piped valset operations), cleared as it is taken. */
  private takeReport(ctx: Context): ValsetReport {
    const c = this.pending !== undefined && this.pending.height === ctx.height ? this.pending : undefined;
    this.pending = undefined;
    const st = this.store(ctx);
    const p = Uint8Array.of(K.updated);
    const updatedKeys: Uint8Array[] = [];
    for (const [k] of st.iterator(p, prefixEnd(p))) updatedKeys.push(k);
    for (const k of updatedKeys) st.delete(k);
    return {
      additions: c?.additions ?? [],
      removals: c?.removals ?? [],
      updated: updatedKeys.map((k) => this.codec.encodeValoper(k.subarray(1))),
      jailed: c?.jailed ?? [],
      unjailed: c?.unjailed ?? [],
      tombstoned: c?.tombstoned ?? [],
      slashed: c?.slashed ?? [],
    };
  }

  /**
   * EndBlock (upstream `EndBlocker`): when the block changed the validator set, `handle_valset_update`
   * to every contract with a cap above zero (every list present; slash amounts as that contract's
   * share), then the due `handle_epoch` tasks. Never throws for a contract's failure.
   */
  endBlock(ctx: Context): TaskResult[] {
    const results: TaskResult[] = [];
    const report = this.takeReport(ctx);
    const any = Object.values(report).some((l) => (l as unknown[]).length > 0);
    if (any) {
      for (const { contract, cap } of this.allMaxCaps(ctx)) {
        if (cap === 0n) continue;
        results.push(this.run(ctx, 'valset_update', contract, (c) => this.wasm.sudo(c, contract, utf8(jsonU64({ handle_valset_update: this.valsetMsg(c, report, contract) })))));
      }
    }
    const epochLength = this.getParams(ctx).epochLength;
    for (const t of this.tasks(ctx, 'handle_epoch', ctx.height)) {
      const r = this.run(ctx, 'handle_epoch', t.contract, (c) => this.wasm.sudo(c, t.contract, utf8('{"handle_epoch":{}}')));
      this.store(ctx).delete(this.taskKey('handle_epoch', t.height, t.contract));
      if (t.repeat) {
        r.nextRunHeight = ctx.height + epochLength;
        this.store(ctx).set(this.taskKey('handle_epoch', r.nextRunHeight, t.contract), Uint8Array.of(1));
      }
      results.push(r);
    }
    return results;
  }

  /** One contract call in its own branch and gas meter; a failure is discarded and reported. */
  private run(ctx: Context, task: TaskKind, contract: string, call: (ctx: Context) => unknown): TaskResult {
    const gasLimit = this.getParams(ctx).maxGasEndBlocker;
    const meter = new BasicGasMeter(gasLimit);
    const b = ctx.withGasMeter(meter).branch();
    try {
      call(b.ctx);
      b.commit();
      ctx.emit(event('scheduler_task_executed', { contract, task, status: 'ok', gas_used: String(meter.consumed), gas_limit: String(gasLimit) }));
      return { task, contract, ok: true, gasUsed: meter.consumed, gasLimit };
    } catch (e) {
      // Anything a contract call throws (contract error, out of gas, VM trap) stays with the task.
      b.discard();
      const error = (e instanceof Error ? e.message : String(e)).slice(0, MAX_ERROR_CHARS);
      ctx.emit(event('scheduler_task_executed', { contract, task, status: 'failed', error, gas_used: String(meter.consumed), gas_limit: String(gasLimit) }));
      return { task, contract, ok: false, gasUsed: meter.consumed, gasLimit, error };
    }
  }

  private valsetMsg(ctx: Context, r: ValsetReport, contract: string): Record<string, unknown> {
    const validator = (op: string) => {
      const v = this.staking.getValidator(ctx, op);
      return v === undefined
        ? { address: op, commission: '0', max_commission: '0', max_change_rate: '0' }
        : { address: op, commission: v.commissionRate.toShortString(), max_commission: v.commissionMaxRate.toShortString(), max_change_rate: v.commissionMaxChangeRate.toShortString() };
    };
    return {
      additions: r.additions.map(validator),
      removals: r.removals,
      updated: r.updated.map(validator),
      jailed: r.jailed,
      unjailed: r.unjailed,
      tombstoned: r.tombstoned,
      slashed: r.slashed.map((s) => validatorSlashJson(ctx, this.staking, s, contract)),
    };
  }
}

interface ValsetReport {
  additions: string[];
  removals: string[];
  updated: string[];
  jailed: string[];
  unjailed: string[];
  tombstoned: string[];
  slashed: SlashRecord[];
}

export function validateParams(p: MeshSecurityParams): void {
  if (p.totalContractsMaxCap.amount < 0n) throw new ChainError(MeshSecurityErrors.Invalid, 'total_contracts_max_cap must not be negative');
  if (!Number.isSafeInteger(p.epochLength) || p.epochLength <= 0 || p.epochLength > 0xffffffff) throw new ChainError(MeshSecurityErrors.Invalid, `epoch_length must be a positive uint32, got ${p.epochLength}`);
  if (!Number.isSafeInteger(p.maxGasEndBlocker) || p.maxGasEndBlocker <= 0 || p.maxGasEndBlocker > 0xffffffff) throw new ChainError(MeshSecurityErrors.Invalid, `max_gas_end_blocker must be a positive uint32, got ${p.maxGasEndBlocker}`);
}

/** JSON with `bigint` as a bare integer (serde's u64), so u64 fields stay exact past 2^53. */
function jsonU64(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return `[${v.map(jsonU64).join(',')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${jsonU64(x)}`).join(',')}}`;
  return JSON.stringify(v);
}
