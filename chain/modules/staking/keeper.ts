/**
 * x/staking keeper: validators, share-based delegations, unbonding and redelegation entries with
 * their maturity queues, the bonded/not-bonded pools, the power index, the consensus-set update
 * (per epoch or forced), slashing (pos-spec §4.4), jailing and our pause. Behaviour follows Cosmos
 * SDK v0.50 x/staking; pos-spec sections are cited where we follow or deviate.
 */
import type { Context } from '../../kernel/context.js';
import type { KVStore } from '../../store/kv.js';
import { prefixEnd } from '../../store/kv.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { bytesEqual, compareBytes, decodeJson, encodeJson, fromUtf8, readLengthPrefixed, readU64BE, toHex, u64BE, utf8 } from '../../kernel/keys.js';
import type { ValidatorUpdate } from '../../kernel/module.js';
import { Dec } from '../../types/dec.js';
import { consensusAddress } from '../../types/address.js';
import type { AddressCodec } from '../../types/address.js';
import type { AuthKeeper } from '../auth/keeper.js';
import type { BankKeeper } from '../bank/keeper.js';
import type {
  BondStatus,
  DelegationView,
  EpochInfo,
  SlashRecord,
  StakingHooks,
  StakingReader,
  StakingHistory,
  StakingEpochs,
  StakingSlasher,
  StakingRedelegations,
  ValidatorView,
  ValsetChangeListener,
  ValsetChanges,
} from './api.js';
import {
  BONDED_POOL,
  COMMISSION_UPDATE_INTERVAL_NS,
  DEFAULT_POWER_REDUCTION,
  DEFAULT_STAKING_PARAMS,
  DESCRIPTION_LIMITS,
  DO_NOT_MODIFY,
  K,
  NOT_BONDED_POOL,
  STAKING_STORE,
  StakingErrors,
  decodeHistorical,
  decodeParams,
  decodeRedEntries,
  decodeUbdEntries,
  decodeValidator,
  encodeHistorical,
  encodeParams,
  encodeRedEntries,
  encodeUbdEntries,
  encodeValidator,
  key,
  type Commission,
  type Description,
  type HistoricalRecord,
  type Redelegation,
  type StakingParams,
  type UnbondingDelegation,
  type Validator,
} from './types.js';

export interface StakingKeeperOptions {
  auth: AuthKeeper;
  bank: BankKeeper;
  codec: AddressCodec;
  /** Account allowed to send MsgUpdateParams (the gov module account). */
  authority: string;
  /** Tokens per unit of consensus power (genesis constant, default 10^6). */
  powerReduction?: bigint;
}

export interface CreateValidatorInput {
  valoper: string;
  consPubKey: Uint8Array;
  description: Description;
  commission: { rate: Dec; maxRate: Dec; maxChangeRate: Dec };
  minSelfDelegation: bigint;
  value: { denom: string; amount: bigint };
}

export interface EditValidatorInput {
  valoper: string;
  description: Description;
  commissionRate: Dec | undefined;
  minSelfDelegation: bigint | undefined;
}

type BlockChange = { kind: 'jailed' | 'unjailed' | 'tombstoned'; validator: string } | { kind: 'slashed'; record: SlashRecordJson };
interface SlashRecordJson {
  validator: string;
  height: number;
  time: string;
  infraction_height: number;
  infraction_time: string | null;
  power: string;
  slash_amount: string;
  validator_burn: string;
  delegator_shares: string;
  slash_ratio: string;
}

/** The whole module state as genesis carries it (see `exportState` / `importState`). */
export interface StakingState {
  params: StakingParams;
  lastTotalPower: bigint;
  lastValidatorPowers: { valoper: string; power: bigint }[];
  validators: Validator[];
  delegations: DelegationView[];
  unbondingDelegations: UnbondingDelegation[];
  redelegations: Redelegation[];
}

/** Status of a token source for `delegate` (where the tokens sit before they move). */
type TokenSource = 'account' | BondStatus;

export class StakingKeeper implements StakingReader, StakingSlasher, StakingHistory, StakingEpochs, StakingRedelegations {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly codec: AddressCodec;
  readonly authority: string;
  readonly powerReduction: bigint;
  private hooks: StakingHooks[] = [];
  private readonly valsetListeners: ValsetChangeListener[] = [];

  constructor(o: StakingKeeperOptions) {
    this.auth = o.auth;
    this.bank = o.bank;
    this.codec = o.codec;
    this.authority = o.authority;
    this.powerReduction = o.powerReduction ?? DEFAULT_POWER_REDUCTION;
    if (this.powerReduction <= 0n) throw new Error('power reduction must be positive');
    for (const pool of [BONDED_POOL, NOT_BONDED_POOL]) if (this.auth.modulePermissions(pool) === undefined) this.auth.declareModuleAccount(pool, ['burner', 'staking']);
  }

  /** Hook receivers (distribution, slashing, ...), called in this order. Set once while wiring the app. */
  setHooks(hooks: StakingHooks[]): void {
    this.hooks = [...hooks];
  }
  /** Called at the end of staking's EndBlock with what changed in the block, when anything did. */
  onValsetChange(listener: ValsetChangeListener): void {
    this.valsetListeners.push(listener);
  }

  private store(ctx: Context): KVStore {
    return ctx.store(STAKING_STORE);
  }

  // ---- params -------------------------------------------------------------------------------------

  getParams(ctx: Context): StakingParams {
    const v = this.store(ctx).get(Uint8Array.of(K.params));
    return v === undefined ? DEFAULT_STAKING_PARAMS : decodeParams(v);
  }
  setParams(ctx: Context, p: StakingParams): void {
    validateParams(p);
    this.store(ctx).set(Uint8Array.of(K.params), encodeParams(p));
  }
  bondDenom(ctx: Context): string {
    return this.getParams(ctx).bondDenom;
  }

  // ---- validators ---------------------------------------------------------------------------------

  private valBytes(valoper: string): Uint8Array {
    return this.codec.decodeValoper(valoper);
  }
  private accBytes(addr: string): Uint8Array {
    return this.codec.decode(addr, 'delegator address');
  }

  getValidatorRecord(ctx: Context, valoper: string): Validator | undefined {
    const v = this.store(ctx).get(key.validator(this.valBytes(valoper)));
    return v === undefined ? undefined : decodeValidator(v, consensusAddress);
  }
  private mustGetValidator(ctx: Context, valoper: string): Validator {
    const v = this.getValidatorRecord(ctx, valoper);
    if (v === undefined) throw new ChainError(StakingErrors.NoValidatorFound, `validator ${valoper}`);
    return v;
  }
  getValidatorRecordByConsAddr(ctx: Context, consAddr: Uint8Array): Validator | undefined {
    const op = this.store(ctx).get(key.byCons(consAddr));
    if (op === undefined) return undefined;
    return this.getValidatorRecord(ctx, this.codec.encodeValoper(op));
  }
  setValidator(ctx: Context, v: Validator): void {
    this.store(ctx).set(key.validator(this.valBytes(v.operator)), encodeValidator(v));
  }
  /** Every validator in operator-address order. */
  allValidators(ctx: Context): Validator[] {
    const p = Uint8Array.of(K.validator);
    const out: Validator[] = [];
    for (const [, v] of this.store(ctx).iterator(p, prefixEnd(p))) out.push(decodeValidator(v, consensusAddress));
    return out;
  }

  allValidatorViews(ctx: Context): ValidatorView[] {
    return this.allValidators(ctx).map((v) => this.view(v));
  }

  /** Consensus power: tokens / power_reduction. */
  consensusPower(tokens: bigint): bigint {
    return tokens / this.powerReduction;
  }
  private setPowerIndex(ctx: Context, v: Validator): void {
    if (v.jailed) return;
    this.store(ctx).set(key.power(this.consensusPower(v.tokens), this.valBytes(v.operator)), this.valBytes(v.operator));
  }
  private deletePowerIndex(ctx: Context, v: Validator): void {
    this.store(ctx).delete(key.power(this.consensusPower(v.tokens), this.valBytes(v.operator)));
  }

  view(v: Validator): ValidatorView {
    return {
      operator: v.operator,
      consensusPubKey: v.consPubKey,
      consAddress: v.consAddress,
      jailed: v.jailed,
      status: v.status,
      tokens: v.tokens,
      delegatorShares: v.delegatorShares,
      commissionRate: v.commission.rate,
      commissionMaxRate: v.commission.maxRate,
      commissionMaxChangeRate: v.commission.maxChangeRate,
      minSelfDelegation: v.minSelfDelegation,
      moniker: v.description.moniker,
      unbondingHeight: v.unbondingHeight,
      unbondingTime: v.unbondingTime,
      paused: v.paused,
    };
  }
  getValidator(ctx: Context, valoper: string): ValidatorView | undefined {
    const v = this.getValidatorRecord(ctx, valoper);
    return v === undefined ? undefined : this.view(v);
  }
  getValidatorByConsAddr(ctx: Context, consAddr: Uint8Array): ValidatorView | undefined {
    const v = this.getValidatorRecordByConsAddr(ctx, consAddr);
    return v === undefined ? undefined : this.view(v);
  }
  bondedValidatorsByPower(ctx: Context): ValidatorView[] {
    const out: ValidatorView[] = [];
    const p = Uint8Array.of(K.powerIndex);
    for (const [, op] of this.store(ctx).iterator(p, prefixEnd(p), true)) {
      const v = this.getValidatorRecord(ctx, this.codec.encodeValoper(op))!;
      if (v.status === 'bonded') out.push(this.view(v));
    }
    return out;
  }
  /** Validators of the current consensus set with the power consensus last received. */
  lastValidatorPowers(ctx: Context): { valoper: string; power: bigint }[] {
    const p = Uint8Array.of(K.lastValidatorPower);
    const out: { valoper: string; power: bigint }[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) out.push({ valoper: this.codec.encodeValoper(readLengthPrefixed(k, 1)[0]), power: BigInt(fromUtf8(v)) });
    return out;
  }
  lastTotalPower(ctx: Context): bigint {
    const v = this.store(ctx).get(Uint8Array.of(K.lastTotalPower));
    return v === undefined ? 0n : BigInt(fromUtf8(v));
  }

  tokensFromShares(v: { tokens: bigint; delegatorShares: Dec }, shares: Dec): Dec {
    if (v.delegatorShares.isZero()) return Dec.ZERO;
    return shares.mulInt(v.tokens).quo(v.delegatorShares);
  }
  private tokensFromSharesTruncated(v: Validator, shares: Dec): Dec {
    return shares.mulInt(v.tokens).quoTruncate(v.delegatorShares);
  }
  /** Shares worth `amount` tokens (truncated), as `ValidateUnbondAmount` computes them. */
  sharesFromTokens(v: Validator, amount: bigint): Dec {
    if (v.tokens === 0n) throw new ChainError(StakingErrors.InsufficientShares, `validator ${v.operator} has no tokens`);
    return v.delegatorShares.mulInt(amount).quoInt(v.tokens);
  }

  totalBondedTokens(ctx: Context): bigint {
    return this.bank.getBalance(ctx, this.auth.moduleAddress(BONDED_POOL), this.bondDenom(ctx)).amount;
  }
  notBondedTokens(ctx: Context): bigint {
    return this.bank.getBalance(ctx, this.auth.moduleAddress(NOT_BONDED_POOL), this.bondDenom(ctx)).amount;
  }

  // ---- create / edit ------------------------------------------------------------------------------

  createValidator(ctx: Context, m: CreateValidatorInput): void {
    const params = this.getParams(ctx);
    validateDescription(m.description);
    validateCommission(m.commission);
    if (m.commission.rate.lt(params.minCommissionRate)) throw new ChainError(StakingErrors.CommissionLTMinRate, `cannot set validator commission to less than minimum rate of ${params.minCommissionRate}`);
    if (m.minSelfDelegation <= 0n) throw new ChainError(Codes.InvalidRequest, 'minimum self delegation must be a positive integer');
    if (m.value.amount < m.minSelfDelegation) throw new ChainError(StakingErrors.SelfDelegationBelowMinimum, `self delegation ${m.value.amount} is below the minimum ${m.minSelfDelegation}`);
    if (this.getValidatorRecord(ctx, m.valoper) !== undefined) throw new ChainError(StakingErrors.ValidatorOwnerExists, `validator ${m.valoper}`);
    if (m.consPubKey.length !== 32) throw new ChainError(StakingErrors.ValidatorPubKeyTypeNotSupported, `consensus key must be a 32-byte ed25519 key, got ${m.consPubKey.length} bytes`);
    const consAddr = consensusAddress(m.consPubKey);
    if (this.store(ctx).has(key.byCons(consAddr))) throw new ChainError(StakingErrors.ValidatorPubKeyExists, `consensus key ${toHex(m.consPubKey)}`);
    for (const h of this.hooks) h.validateNewConsensusKey?.(ctx, consAddr);
    if (m.value.denom !== params.bondDenom) throw new ChainError(Codes.InvalidRequest, `invalid coin denomination: got ${m.value.denom}, expected ${params.bondDenom}`);
    const v: Validator = {
      operator: m.valoper,
      consPubKey: m.consPubKey,
      consAddress: consAddr,
      jailed: false,
      paused: false,
      status: 'unbonded',
      tokens: 0n,
      delegatorShares: Dec.ZERO,
      description: { ...m.description },
      unbondingHeight: 0,
      unbondingTime: 0n,
      commission: { ...m.commission, updateTime: ctx.time },
      minSelfDelegation: m.minSelfDelegation,
    };
    this.setValidator(ctx, v);
    this.store(ctx).set(key.byCons(consAddr), this.valBytes(v.operator));
    this.setPowerIndex(ctx, v);
    for (const h of this.hooks) h.afterValidatorCreated?.(ctx, v.operator);
    this.delegate(ctx, this.codec.valoperToAccount(m.valoper), m.value.amount, 'account', v);
    ctx.emit(event('create_validator', { validator: m.valoper, amount: `${m.value.amount}${m.value.denom}` }));
  }

  editValidator(ctx: Context, m: EditValidatorInput): void {
    const v = this.mustGetValidator(ctx, m.valoper);
    const d = m.description;
    const keep = (n: string, o: string) => (n === DO_NOT_MODIFY ? o : n);
    const description: Description = {
      moniker: keep(d.moniker, v.description.moniker),
      identity: keep(d.identity, v.description.identity),
      website: keep(d.website, v.description.website),
      securityContact: keep(d.securityContact, v.description.securityContact),
      details: keep(d.details, v.description.details),
    };
    validateDescription(description);
    v.description = description;
    if (m.commissionRate !== undefined) {
      v.commission = this.newCommission(ctx, v.commission, m.commissionRate);
      for (const h of this.hooks) h.beforeValidatorModified?.(ctx, v.operator);
    }
    if (m.minSelfDelegation !== undefined) {
      if (m.minSelfDelegation <= v.minSelfDelegation) throw new ChainError(StakingErrors.MinSelfDelegationDecreased, `new minimum ${m.minSelfDelegation} must be greater than the current ${v.minSelfDelegation}`);
      if (m.minSelfDelegation > v.tokens) throw new ChainError(StakingErrors.SelfDelegationBelowMinimum, `minimum ${m.minSelfDelegation} exceeds the validator's tokens ${v.tokens}`);
      v.minSelfDelegation = m.minSelfDelegation;
    }
    this.setValidator(ctx, v);
    ctx.emit(event('edit_validator', { commission_rate: v.commission.rate.toString(), min_self_delegation: v.minSelfDelegation.toString() }));
  }

  private newCommission(ctx: Context, c: Commission, rate: Dec): Commission {
    if (ctx.time - c.updateTime < COMMISSION_UPDATE_INTERVAL_NS) throw new ChainError(StakingErrors.CommissionUpdateTime, 'the last change was less than 24 hours ago');
    if (rate.isNegative()) throw new ChainError(StakingErrors.CommissionNegative, `rate ${rate}`);
    if (rate.gt(c.maxRate)) throw new ChainError(StakingErrors.CommissionGTMaxRate, `rate ${rate} > max rate ${c.maxRate}`);
    // pos-spec §3.3 bounds the change both ways (upstream only bounds increases).
    const delta = rate.sub(c.rate);
    if ((delta.isNegative() ? delta.neg() : delta).gt(c.maxChangeRate)) throw new ChainError(StakingErrors.CommissionGTMaxChangeRate, `change from ${c.rate} to ${rate} exceeds ${c.maxChangeRate}`);
    const min = this.getParams(ctx).minCommissionRate;
    if (rate.lt(min)) throw new ChainError(StakingErrors.CommissionLTMinRate, `cannot set validator commission to less than minimum rate of ${min}`);
    return { rate, maxRate: c.maxRate, maxChangeRate: c.maxChangeRate, updateTime: ctx.time };
  }

  // ---- delegations ------------------------------------------------------------------------------

  getDelegation(ctx: Context, delegator: string, valoper: string): DelegationView | undefined {
    const v = this.store(ctx).get(key.delegation(this.accBytes(delegator), this.valBytes(valoper)));
    return v === undefined ? undefined : { delegator, validator: valoper, shares: Dec.fromAtomicsString(fromUtf8(v)) };
  }
  private setDelegation(ctx: Context, d: DelegationView): void {
    this.store(ctx).set(key.delegation(this.accBytes(d.delegator), this.valBytes(d.validator)), utf8(d.shares.toAtomicsString()));
  }
  private removeDelegation(ctx: Context, d: DelegationView): void {
    for (const h of this.hooks) h.beforeDelegationRemoved?.(ctx, d.delegator, d.validator);
    this.store(ctx).delete(key.delegation(this.accBytes(d.delegator), this.valBytes(d.validator)));
  }
  delegatorDelegations(ctx: Context, delegator: string): DelegationView[] {
    const p = key.delegationsOf(this.accBytes(delegator));
    const out: DelegationView[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) {
      const [val] = readLengthPrefixed(k, p.length);
      out.push({ delegator, validator: this.codec.encodeValoper(val), shares: Dec.fromAtomicsString(fromUtf8(v)) });
    }
    return out;
  }
  /** Every delegation in (delegator, validator) key order. */
  allDelegations(ctx: Context): DelegationView[] {
    const p = Uint8Array.of(K.delegation);
    const out: DelegationView[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) {
      const [del, o] = readLengthPrefixed(k, 1);
      const [val] = readLengthPrefixed(k, o);
      out.push({ delegator: this.codec.encode(del), validator: this.codec.encodeValoper(val), shares: Dec.fromAtomicsString(fromUtf8(v)) });
    }
    return out;
  }
  validatorDelegations(ctx: Context, valoper: string): DelegationView[] {
    const vb = this.valBytes(valoper);
    return this.allDelegations(ctx).filter((d) => bytesEqual(this.valBytes(d.validator), vb));
  }

  private poolFor(status: BondStatus): string {
    return status === 'bonded' ? BONDED_POOL : NOT_BONDED_POOL;
  }
  private moveBetweenPools(ctx: Context, from: string, to: string, amount: bigint): void {
    if (from === to || amount === 0n) return;
    this.bank.sendCoinsFromModuleToModule(ctx, from, to, [{ denom: this.bondDenom(ctx), amount }]);
  }

  /**
   * Adds `amount` tokens to `v` for `delegator` (Cosmos `Keeper.Delegate`). `source` says where the
   * tokens are: a user account (sent to the pool) or a pool of the given status (moved if needed).
   * Returns the shares issued.
   */
  delegate(ctx: Context, delegator: string, amount: bigint, source: TokenSource, validator: Validator): Dec {
    let v = validator;
    if (v.tokens === 0n && v.delegatorShares.isPositive()) throw new ChainError(StakingErrors.DelegatorShareExRateInvalid, `validator ${v.operator} has shares but no tokens`);
    const existing = this.getDelegation(ctx, delegator, v.operator);
    for (const h of this.hooks) {
      if (existing !== undefined) h.beforeDelegationSharesModified?.(ctx, delegator, v.operator);
      else h.beforeDelegationCreated?.(ctx, delegator, v.operator);
    }
    const target = this.poolFor(v.status);
    const coins = [{ denom: this.bondDenom(ctx), amount }];
    if (source === 'account') {
      if (amount > 0n) this.bank.sendCoinsFromAccountToModule(ctx, delegator, target, coins);
    } else {
      this.moveBetweenPools(ctx, this.poolFor(source), target, amount);
    }
    // Hooks may have changed the validator (distribution does not, but stay safe): reload.
    v = this.mustGetValidator(ctx, v.operator);
    this.deletePowerIndex(ctx, v);
    const issued = v.delegatorShares.isZero() ? Dec.fromInt(amount) : v.delegatorShares.mulInt(amount).quoInt(v.tokens);
    v.tokens += amount;
    v.delegatorShares = v.delegatorShares.add(issued);
    this.setValidator(ctx, v);
    this.setPowerIndex(ctx, v);
    this.setDelegation(ctx, { delegator, validator: v.operator, shares: (existing?.shares ?? Dec.ZERO).add(issued) });
    for (const h of this.hooks) h.afterDelegationModified?.(ctx, delegator, v.operator);
    return issued;
  }

  /** Removes `shares` from a delegation and returns the tokens they were worth (Cosmos `Keeper.Unbond`). */
  private unbond(ctx: Context, delegator: string, valoper: string, shares: Dec): bigint {
    const del = this.getDelegation(ctx, delegator, valoper);
    if (del === undefined) throw new ChainError(StakingErrors.NoDelegation, `delegation of ${delegator} to ${valoper} not found`);
    if (del.shares.lt(shares)) throw new ChainError(StakingErrors.NotEnoughDelegationShares, `delegation has ${del.shares} shares, requested ${shares}`);
    let v = this.mustGetValidator(ctx, valoper);
    for (const h of this.hooks) h.beforeDelegationSharesModified?.(ctx, delegator, valoper);
    del.shares = del.shares.sub(shares);
    const isOperator = this.codec.valoperToAccount(valoper) === delegator;
    if (isOperator && !v.jailed && this.tokensFromShares(v, del.shares).truncateInt() < v.minSelfDelegation) {
      this.jailValidator(ctx, v);
      v = this.mustGetValidator(ctx, valoper);
    }
    if (del.shares.isZero()) this.removeDelegation(ctx, del);
    else {
      this.setDelegation(ctx, del);
      for (const h of this.hooks) h.afterDelegationModified?.(ctx, delegator, valoper);
    }
    v = this.mustGetValidator(ctx, valoper);
    this.deletePowerIndex(ctx, v);
    const remaining = v.delegatorShares.sub(shares);
    let issued: bigint;
    if (remaining.isZero()) {
      issued = v.tokens;
      v.tokens = 0n;
    } else {
      issued = this.tokensFromShares(v, shares).truncateInt();
      v.tokens -= issued;
      if (v.tokens < 0n) throw new ChainError(Codes.Logic, 'unbonding more tokens than the validator has');
    }
    v.delegatorShares = remaining;
    this.setValidator(ctx, v);
    this.setPowerIndex(ctx, v);
    if (v.delegatorShares.isZero() && v.status === 'unbonded') this.removeValidator(ctx, v);
    return issued;
  }

  /** Shares to remove for an undelegation/redelegation of `amount` tokens (Cosmos `ValidateUnbondAmount`). */
  private validateUnbondAmount(ctx: Context, delegator: string, valoper: string, amount: bigint): Dec {
    const v = this.mustGetValidator(ctx, valoper);
    const del = this.getDelegation(ctx, delegator, valoper);
    if (del === undefined) throw new ChainError(StakingErrors.NoDelegation, `delegation of ${delegator} to ${valoper} not found`);
    if (amount <= 0n) throw new ChainError(Codes.InvalidRequest, 'amount must be positive');
    let shares = this.sharesFromTokens(v, amount);
    const truncated = v.delegatorShares.mulInt(amount).quoTruncate(Dec.fromInt(v.tokens));
    if (truncated.gt(del.shares)) throw new ChainError(Codes.InvalidRequest, `invalid shares amount: ${amount} tokens are worth more than the delegation's ${del.shares} shares`);
    if (shares.gt(del.shares)) shares = del.shares;
    return shares;
  }

  delegateMsg(ctx: Context, delegator: string, valoper: string, amount: { denom: string; amount: bigint }): void {
    const v = this.mustGetValidator(ctx, valoper);
    const denom = this.bondDenom(ctx);
    if (amount.denom !== denom) throw new ChainError(Codes.InvalidRequest, `invalid coin denomination: got ${amount.denom}, expected ${denom}`);
    if (amount.amount <= 0n) throw new ChainError(Codes.InvalidRequest, 'invalid delegation amount');
    const shares = this.delegate(ctx, delegator, amount.amount, 'account', v);
    ctx.emit(event('delegate', { validator: valoper, delegator, amount: `${amount.amount}${denom}`, new_shares: shares.toString() }));
  }

  // ---- undelegation ---------------------------------------------------------------------------------

  getUnbondingDelegation(ctx: Context, delegator: string, valoper: string): UnbondingDelegation | undefined {
    const v = this.store(ctx).get(key.unbonding(this.accBytes(delegator), this.valBytes(valoper)));
    return v === undefined ? undefined : { delegator, validator: valoper, entries: decodeUbdEntries(v) };
  }
  private setUnbondingDelegation(ctx: Context, u: UnbondingDelegation): void {
    const d = this.accBytes(u.delegator);
    const v = this.valBytes(u.validator);
    if (u.entries.length === 0) {
      this.store(ctx).delete(key.unbonding(d, v));
      this.store(ctx).delete(key.unbondingByVal(v, d));
    } else {
      this.store(ctx).set(key.unbonding(d, v), encodeUbdEntries(u.entries));
      this.store(ctx).set(key.unbondingByVal(v, d), Uint8Array.of(1));
    }
  }
  delegatorUnbondingDelegations(ctx: Context, delegator: string): UnbondingDelegation[] {
    const p = key.unbondingsOf(this.accBytes(delegator));
    const out: UnbondingDelegation[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) out.push({ delegator, validator: this.codec.encodeValoper(readLengthPrefixed(k, p.length)[0]), entries: decodeUbdEntries(v) });
    return out;
  }
  validatorUnbondingDelegations(ctx: Context, valoper: string): UnbondingDelegation[] {
    const p = key.unbondingsByVal(this.valBytes(valoper));
    const out: UnbondingDelegation[] = [];
    for (const [k] of this.store(ctx).iterator(p, prefixEnd(p))) out.push(this.getUnbondingDelegation(ctx, this.codec.encode(readLengthPrefixed(k, p.length)[0]), valoper)!);
    return out;
  }
  allUnbondingDelegations(ctx: Context): UnbondingDelegation[] {
    const p = Uint8Array.of(K.unbonding);
    const out: UnbondingDelegation[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) {
      const [del, o] = readLengthPrefixed(k, 1);
      out.push({ delegator: this.codec.encode(del), validator: this.codec.encodeValoper(readLengthPrefixed(k, o)[0]), entries: decodeUbdEntries(v) });
    }
    return out;
  }

  /** MsgUndelegate (pos-spec §3.5); returns the completion time and the tokens unbonded. */
  undelegate(ctx: Context, delegator: string, valoper: string, amount: { denom: string; amount: bigint }): { completionTime: bigint; amount: bigint } {
    const params = this.getParams(ctx);
    if (amount.denom !== params.bondDenom) throw new ChainError(Codes.InvalidRequest, `invalid coin denomination: got ${amount.denom}, expected ${params.bondDenom}`);
    const shares = this.validateUnbondAmount(ctx, delegator, valoper, amount.amount);
    const existing = this.getUnbondingDelegation(ctx, delegator, valoper);
    if (existing !== undefined && existing.entries.length >= params.maxEntries) throw new ChainError(StakingErrors.MaxUnbondingDelegationEntries, `${existing.entries.length} entries of max ${params.maxEntries}; wait for one to complete`);
    const statusBefore = this.mustGetValidator(ctx, valoper).status;
    const returned = this.unbond(ctx, delegator, valoper, shares);
    if (statusBefore === 'bonded') this.moveBetweenPools(ctx, BONDED_POOL, NOT_BONDED_POOL, returned);
    const completionTime = ctx.time + params.unbondingTimeNs;
    const ubd = existing ?? { delegator, validator: valoper, entries: [] };
    const same = ubd.entries.find((e) => e.creationHeight === ctx.height && e.completionTime === completionTime);
    if (same !== undefined) {
      same.balance += returned;
      same.initialBalance += returned;
    } else {
      ubd.entries.push({ creationHeight: ctx.height, completionTime, initialBalance: returned, balance: returned });
    }
    this.setUnbondingDelegation(ctx, ubd);
    this.enqueue(ctx, key.ubdQueue(completionTime), [delegator, valoper]);
    ctx.emit(event('unbond', { validator: valoper, delegator, amount: `${returned}${params.bondDenom}`, completion_time: formatTime(completionTime) }));
    return { completionTime, amount: returned };
  }

  /** Delegates tokens the delegator holds (Cosmos `Delegate` with `subtractAccount`), for modules. */
  delegateFromAccount(ctx: Context, delegator: string, valoper: string, amount: bigint): Dec {
    return this.delegate(ctx, delegator, amount, 'account', this.mustGetValidator(ctx, valoper));
  }

  /**
   * Osmosis's `InstantUndelegate` (mesh-security's virtual unbond): removes the shares worth
   * `amount` and pays their tokens to the delegator at once, with no unbonding entry (so no
   * `max_entries` limit). Only for modules (x/meshsecurity); users go through `undelegate`.
   * Throws NoDelegation when there is none. `amount` `'all'` takes every share of the delegation.
   * Returns the tokens paid out.
   */
  instantUndelegate(ctx: Context, delegator: string, valoper: string, amount: bigint | 'all'): bigint {
    const all = this.getDelegation(ctx, delegator, valoper);
    if (all === undefined) throw new ChainError(StakingErrors.NoDelegation, `delegation of ${delegator} to ${valoper} not found`);
    const shares = amount === 'all' ? all.shares : this.validateUnbondAmount(ctx, delegator, valoper, amount);
    const status = this.mustGetValidator(ctx, valoper).status;
    const returned = this.unbond(ctx, delegator, valoper, shares);
    if (returned > 0n) this.bank.sendCoinsFromModuleToAccount(ctx, this.poolFor(status), delegator, [{ denom: this.bondDenom(ctx), amount: returned }]);
    ctx.emit(event('instant_unbond', { validator: valoper, delegator, amount: `${returned}${this.bondDenom(ctx)}` }));
    return returned;
  }

  /** MsgCancelUnbondingDelegation: delegates part or all of one unbonding entry back. */
  cancelUnbonding(ctx: Context, delegator: string, valoper: string, amount: { denom: string; amount: bigint }, creationHeight: number): void {
    const denom = this.bondDenom(ctx);
    if (amount.denom !== denom) throw new ChainError(Codes.InvalidRequest, `invalid coin denomination: got ${amount.denom}, expected ${denom}`);
    if (amount.amount <= 0n) throw new ChainError(Codes.InvalidRequest, 'invalid amount');
    if (creationHeight <= 0) throw new ChainError(Codes.InvalidRequest, 'invalid height');
    const v = this.mustGetValidator(ctx, valoper);
    if (v.jailed) throw new ChainError(StakingErrors.ValidatorJailed, `validator ${valoper}`);
    const ubd = this.getUnbondingDelegation(ctx, delegator, valoper);
    if (ubd === undefined) throw new ChainError(StakingErrors.NoUnbondingDelegation, `unbonding delegation with delegator ${delegator} not found for validator ${valoper}`);
    const i = ubd.entries.findIndex((e) => e.creationHeight === creationHeight);
    if (i < 0) throw new ChainError(Codes.NotFound, `unbonding delegation entry is not found at block height ${creationHeight}`);
    const entry = ubd.entries[i]!;
    if (entry.balance < amount.amount) throw new ChainError(Codes.InvalidRequest, 'amount is greater than the unbonding delegation entry balance');
    if (entry.completionTime < ctx.time) throw new ChainError(Codes.InvalidRequest, 'unbonding delegation is already processed');
    this.delegate(ctx, delegator, amount.amount, 'unbonding', v);
    if (entry.balance === amount.amount) ubd.entries.splice(i, 1);
    else {
      entry.balance -= amount.amount;
      entry.initialBalance -= amount.amount;
    }
    this.setUnbondingDelegation(ctx, ubd);
    ctx.emit(event('cancel_unbonding_delegation', { validator: valoper, delegator, amount: `${amount.amount}${denom}`, creation_height: String(creationHeight) }));
  }

  // ---- redelegation -----------------------------------------------------------------------------------

  getRedelegation(ctx: Context, delegator: string, src: string, dst: string): Redelegation | undefined {
    const v = this.store(ctx).get(key.redelegation(this.accBytes(delegator), this.valBytes(src), this.valBytes(dst)));
    return v === undefined ? undefined : { delegator, src, dst, entries: decodeRedEntries(v) };
  }
  private setRedelegation(ctx: Context, r: Redelegation): void {
    const d = this.accBytes(r.delegator);
    const s = this.valBytes(r.src);
    const t = this.valBytes(r.dst);
    const st = this.store(ctx);
    if (r.entries.length === 0) {
      st.delete(key.redelegation(d, s, t));
      st.delete(key.redBySrc(s, d, t));
      st.delete(key.redByDst(t, d, s));
    } else {
      st.set(key.redelegation(d, s, t), encodeRedEntries(r.entries));
      st.set(key.redBySrc(s, d, t), Uint8Array.of(1));
      st.set(key.redByDst(t, d, s), Uint8Array.of(1));
    }
  }
  private redelegationsUnder(ctx: Context, p: Uint8Array): Redelegation[] {
    const out: Redelegation[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) {
      const [del, o1] = readLengthPrefixed(k, 1);
      const [src, o2] = readLengthPrefixed(k, o1);
      const [dst] = readLengthPrefixed(k, o2);
      out.push({ delegator: this.codec.encode(del), src: this.codec.encodeValoper(src), dst: this.codec.encodeValoper(dst), entries: decodeRedEntries(v) });
    }
    return out;
  }
  delegatorRedelegations(ctx: Context, delegator: string): Redelegation[] {
    return this.redelegationsUnder(ctx, key.redelegationsOf(this.accBytes(delegator)));
  }
  allRedelegations(ctx: Context): Redelegation[] {
    return this.redelegationsUnder(ctx, Uint8Array.of(K.redelegation));
  }
  redelegationsFromValidator(ctx: Context, src: string): Redelegation[] {
    const p = key.redsBySrc(this.valBytes(src));
    const out: Redelegation[] = [];
    for (const [k] of this.store(ctx).iterator(p, prefixEnd(p))) {
      const [del, o] = readLengthPrefixed(k, p.length);
      const [dst] = readLengthPrefixed(k, o);
      out.push(this.getRedelegation(ctx, this.codec.encode(del), src, this.codec.encodeValoper(dst))!);
    }
    return out;
  }
  /** True while `delegator` has an immature redelegation into `dst` (spec §3.6, no transitive hops). */
  hasReceivingRedelegation(ctx: Context, delegator: string, dst: string): boolean {
    const p = key.redsByDstDel(this.valBytes(dst), this.accBytes(delegator));
    for (const _ of this.store(ctx).iterator(p, prefixEnd(p))) return true;
    return false;
  }

  /** MsgBeginRedelegate (pos-spec §3.6); returns the completion time (now when no entry is kept). */
  beginRedelegation(ctx: Context, delegator: string, src: string, dst: string, amount: { denom: string; amount: bigint }): bigint {
    const params = this.getParams(ctx);
    if (amount.denom !== params.bondDenom) throw new ChainError(Codes.InvalidRequest, `invalid coin denomination: got ${amount.denom}, expected ${params.bondDenom}`);
    this.valBytes(src);
    this.valBytes(dst);
    if (src === dst) throw new ChainError(StakingErrors.SelfRedelegation, `source and destination are both ${src}`);
    const dstV = this.getValidatorRecord(ctx, dst);
    if (dstV === undefined) throw new ChainError(StakingErrors.BadRedelegationDst, dst);
    const srcV = this.getValidatorRecord(ctx, src);
    if (srcV === undefined) throw new ChainError(StakingErrors.BadRedelegationSrc, src);
    const shares = this.validateUnbondAmount(ctx, delegator, src, amount.amount);
    if (this.hasReceivingRedelegation(ctx, delegator, src)) throw new ChainError(StakingErrors.TransitiveRedelegation, `${delegator} is still redelegating into ${src}`);
    const existing = this.getRedelegation(ctx, delegator, src, dst);
    if (existing !== undefined && existing.entries.length >= params.maxEntries) throw new ChainError(StakingErrors.MaxRedelegationEntries, `${existing.entries.length} entries of max ${params.maxEntries}; wait for one to complete`);
    const returned = this.unbond(ctx, delegator, src, shares);
    if (returned === 0n) throw new ChainError(StakingErrors.TinyRedelegationAmount, `${amount.amount}${amount.denom}`);
    const sharesDst = this.delegate(ctx, delegator, returned, srcV.status, this.mustGetValidator(ctx, dst));
    // The entry's lifetime depends on src's status after the unbond (it may have been removed).
    const srcNow = this.getValidatorRecord(ctx, src);
    let completionTime = ctx.time;
    let creationHeight = ctx.height;
    let completeNow = false;
    if (srcNow === undefined || srcNow.status === 'unbonded') completeNow = true;
    else if (srcNow.status === 'bonded') completionTime = ctx.time + params.unbondingTimeNs;
    else {
      completionTime = srcNow.unbondingTime;
      creationHeight = srcNow.unbondingHeight;
    }
    if (!completeNow) {
      // Upstream appends (no same-height merge for redelegations).
      const red = existing ?? { delegator, src, dst, entries: [] };
      red.entries.push({ creationHeight, completionTime, initialBalance: returned, sharesDst });
      this.setRedelegation(ctx, red);
      this.enqueue(ctx, key.redQueue(completionTime), [delegator, src, dst]);
    }
    ctx.emit(event('redelegate', { source_validator: src, destination_validator: dst, delegator, amount: `${returned}${params.bondDenom}`, completion_time: formatTime(completionTime) }));
    return completionTime;
  }

  // ---- queues ---------------------------------------------------------------------------------------

  private enqueue(ctx: Context, k: Uint8Array, item: string[]): void {
    const st = this.store(ctx);
    const cur = st.get(k);
    const list = cur === undefined ? [] : decodeJson<string[][]>(cur);
    if (!list.some((x) => x.length === item.length && x.every((s, i) => s === item[i]))) list.push(item);
    st.set(k, encodeJson(list));
  }
  /** Removes and returns every queue slot under `prefixByte` whose time is ≤ now. */
  private dequeueMature(ctx: Context, prefixByte: number): string[][] {
    const st = this.store(ctx);
    const start = Uint8Array.of(prefixByte);
    const end = key.ubdQueue(ctx.time + 1n);
    end[0] = prefixByte;
    const out: string[][] = [];
    const keys: Uint8Array[] = [];
    for (const [k, v] of st.iterator(start, end)) {
      keys.push(k);
      out.push(...decodeJson<string[][]>(v));
    }
    for (const k of keys) st.delete(k);
    return out;
  }

  private completeUnbonding(ctx: Context, delegator: string, valoper: string): void {
    const ubd = this.getUnbondingDelegation(ctx, delegator, valoper);
    if (ubd === undefined) return;
    const denom = this.bondDenom(ctx);
    let paid = 0n;
    const keep = [];
    for (const e of ubd.entries) {
      if (e.completionTime <= ctx.time) {
        if (e.balance > 0n) this.bank.sendCoinsFromModuleToAccount(ctx, NOT_BONDED_POOL, delegator, [{ denom, amount: e.balance }]);
        paid += e.balance;
      } else keep.push(e);
    }
    ubd.entries = keep;
    this.setUnbondingDelegation(ctx, ubd);
    ctx.emit(event('complete_unbonding', { amount: `${paid}${denom}`, validator: valoper, delegator }));
  }

  private completeRedelegation(ctx: Context, delegator: string, src: string, dst: string): void {
    const red = this.getRedelegation(ctx, delegator, src, dst);
    if (red === undefined) return;
    const denom = this.bondDenom(ctx);
    let balance = 0n;
    red.entries = red.entries.filter((e) => {
      if (e.completionTime <= ctx.time) {
        balance += e.initialBalance;
        return false;
      }
      return true;
    });
    this.setRedelegation(ctx, red);
    ctx.emit(event('complete_redelegation', { amount: `${balance}${denom}`, delegator, source_validator: src, destination_validator: dst }));
  }

  private insertValidatorQueue(ctx: Context, v: Validator): void {
    this.enqueue(ctx, key.valQueue(v.unbondingTime, v.unbondingHeight), [v.operator]);
  }
  private deleteFromValidatorQueue(ctx: Context, v: Validator): void {
    const st = this.store(ctx);
    const k = key.valQueue(v.unbondingTime, v.unbondingHeight);
    const cur = st.get(k);
    if (cur === undefined) return;
    const list = decodeJson<string[][]>(cur).filter((x) => x[0] !== v.operator);
    if (list.length === 0) st.delete(k);
    else st.set(k, encodeJson(list));
  }
  /** UNBONDING validators whose time and height have both passed become UNBONDED (removed if empty). */
  private unbondMatureValidators(ctx: Context): void {
    const st = this.store(ctx);
    const p = Uint8Array.of(K.validatorQueue);
    const end = key.valQueue(ctx.time + 1n, 0);
    const due: [Uint8Array, string[][]][] = [];
    for (const [k, v] of st.iterator(p, end)) due.push([k, decodeJson<string[][]>(v)]);
    for (const [k, list] of due) {
      const height = Number(readU64BE(k, 9));
      if (height > ctx.height) continue;
      for (const [op] of list) {
        const v = this.getValidatorRecord(ctx, op!);
        if (v === undefined || v.status !== 'unbonding') continue;
        v.status = 'unbonded';
        this.setValidator(ctx, v);
        if (v.delegatorShares.isZero()) this.removeValidator(ctx, v);
      }
      st.delete(k);
    }
  }

  private removeValidator(ctx: Context, v: Validator): void {
    if (v.status !== 'unbonded') throw new ChainError(StakingErrors.BadRemoveValidator, `validator ${v.operator} is ${v.status}`);
    if (v.tokens !== 0n) throw new ChainError(StakingErrors.BadRemoveValidator, `validator ${v.operator} still has ${v.tokens} tokens`);
    const st = this.store(ctx);
    st.delete(key.validator(this.valBytes(v.operator)));
    st.delete(key.byCons(v.consAddress));
    this.deletePowerIndex(ctx, v);
    for (const h of this.hooks) h.afterValidatorRemoved?.(ctx, v.consAddress, v.operator);
  }

  // ---- genesis state ----------------------------------------------------------------------------------

  /** Everything genesis must carry to rebuild this module's state (indexes and queues are derived). */
  exportState(ctx: Context): StakingState {
    return {
      params: this.getParams(ctx),
      lastTotalPower: this.lastTotalPower(ctx),
      lastValidatorPowers: this.lastValidatorPowers(ctx),
      validators: this.allValidators(ctx),
      delegations: this.allDelegations(ctx),
      unbondingDelegations: this.allUnbondingDelegations(ctx),
      redelegations: this.allRedelegations(ctx),
    };
  }

  /**
   * Imports exported state verbatim (Cosmos `InitGenesis` with `exported = true`): records, the
   * indexes and maturity queues derived from them, no hooks and no token movement. The pools must
   * already hold what the records say (bank's genesis runs first). Returns the consensus set as
   * `last_validator_powers` records it.
   */
  importState(ctx: Context, s: StakingState): ValidatorUpdate[] {
    this.setParams(ctx, s.params);
    const st = this.store(ctx);
    let bonded = 0n;
    let notBonded = 0n;
    for (const v of s.validators) {
      if (this.getValidatorRecord(ctx, v.operator) !== undefined) throw new ChainError(StakingErrors.ValidatorOwnerExists, `genesis lists validator ${v.operator} twice`);
      if (st.has(key.byCons(v.consAddress))) throw new ChainError(StakingErrors.ValidatorPubKeyExists, `genesis gives two validators the consensus key ${toHex(v.consPubKey)}`);
      this.setValidator(ctx, v);
      st.set(key.byCons(v.consAddress), this.valBytes(v.operator));
      this.setPowerIndex(ctx, v);
      if (v.status === 'unbonding') this.insertValidatorQueue(ctx, v);
      if (v.status === 'bonded') bonded += v.tokens;
      else notBonded += v.tokens;
    }
    for (const d of s.delegations) {
      if (this.getValidatorRecord(ctx, d.validator) === undefined) throw new ChainError(StakingErrors.NoValidatorFound, `genesis delegation of ${d.delegator} to unknown validator ${d.validator}`);
      this.setDelegation(ctx, d);
    }
    for (const u of s.unbondingDelegations) {
      this.setUnbondingDelegation(ctx, u);
      for (const e of u.entries) {
        this.enqueue(ctx, key.ubdQueue(e.completionTime), [u.delegator, u.validator]);
        notBonded += e.balance;
      }
    }
    for (const r of s.redelegations) {
      this.setRedelegation(ctx, r);
      for (const e of r.entries) this.enqueue(ctx, key.redQueue(e.completionTime), [r.delegator, r.src, r.dst]);
    }
    const updates: ValidatorUpdate[] = [];
    let total = 0n;
    for (const { valoper, power } of s.lastValidatorPowers) {
      const v = this.getValidatorRecord(ctx, valoper);
      if (v === undefined) throw new ChainError(StakingErrors.NoValidatorFound, `genesis last validator power for unknown validator ${valoper}`);
      st.set(key.lastPower(this.valBytes(valoper)), utf8(power.toString()));
      updates.push({ pubKey: v.consPubKey, power });
      total += power;
    }
    if (total !== s.lastTotalPower) throw new ChainError(Codes.InvalidRequest, `genesis last_total_power ${s.lastTotalPower} differs from the sum of last_validator_powers ${total}`);
    st.set(Uint8Array.of(K.lastTotalPower), utf8(s.lastTotalPower.toString()));
    const pools: [string, bigint][] = [
      [BONDED_POOL, bonded],
      [NOT_BONDED_POOL, notBonded],
    ];
    for (const [pool, want] of pools) {
      const have = this.bank.getBalance(ctx, this.auth.moduleAddress(pool), s.params.bondDenom).amount;
      if (have !== want) throw new ChainError(Codes.InvalidRequest, `genesis ${pool} holds ${have}${s.params.bondDenom} but the staking records need ${want}; export bank and staking from the same state`);
    }
    return updates;
  }

  // ---- historical info (Cosmos `TrackHistoricalInfo`) ------------------------------------------------

  /**
   * BeginBlock: records this block's header facts and the current consensus set, then drops records
   * older than `historical_entries` blocks (0 keeps none). Evidence verification reads them.
   */
  trackHistoricalInfo(ctx: Context): void {
    const entries = this.getParams(ctx).historicalEntries;
    const st = this.store(ctx);
    const p = Uint8Array.of(K.historicalInfo);
    // Everything at or below height − entries goes, also after the param was lowered.
    const keepFrom = ctx.height - entries + 1;
    if (keepFrom > 0) {
      const stale: Uint8Array[] = [];
      for (const [k] of st.iterator(p, key.historicalInfo(keepFrom))) stale.push(k);
      for (const k of stale) st.delete(k);
    }
    if (entries === 0) return;
    st.set(key.historicalInfo(ctx.height), encodeHistorical(this.currentHistoricalRecord(ctx)));
  }

  private currentHistoricalRecord(ctx: Context): HistoricalRecord {
    const cur = this.lastValidatorPowers(ctx).map(({ valoper, power }) => ({ v: this.mustGetValidator(ctx, valoper), power, op: this.valBytes(valoper) }));
    cur.sort((a, b) => (a.power !== b.power ? (b.power > a.power ? 1 : -1) : compareBytes(a.op, b.op)));
    return { chainId: ctx.chainId, height: ctx.height, time: ctx.time, proposer: ctx.header.proposer, validators: cur.map((x) => x.v), powers: cur.map((x) => x.power) };
  }

  getHistoricalInfo(ctx: Context, height: number): HistoricalRecord | undefined {
    const v = this.store(ctx).get(key.historicalInfo(height));
    return v === undefined ? undefined : decodeHistorical(v, consensusAddress);
  }

  /**
   * The power `consAddr` signed `height` with and the set's total, from the record of `height − 1`
   * (updates apply two blocks after their EndBlock). Undefined when that record is pruned or missing;
   * power 0 when the key was not in the set.
   */
  signingPowerAt(ctx: Context, height: number, consAddr: Uint8Array): { power: bigint; total: bigint } | undefined {
    const rec = this.getHistoricalInfo(ctx, height - 1);
    if (rec === undefined) return undefined;
    let power = 0n;
    let total = 0n;
    rec.validators.forEach((v, i) => {
      total += rec.powers[i]!;
      if (bytesEqual(v.consAddress, consAddr)) power = rec.powers[i]!;
    });
    return { power, total };
  }

  // ---- validator set update (§3.7) --------------------------------------------------------------------

  epochInfo(ctx: Context): EpochInfo {
    const length = this.getParams(ctx).epochLengthBlocks;
    const epoch = Math.floor(ctx.height / length);
    return { epoch, startHeight: epoch * length, length };
  }
  isEpochBoundary(ctx: Context): boolean {
    return ctx.height % this.getParams(ctx).epochLengthBlocks === 0;
  }
  /** Makes this block's EndBlock recompute the consensus set regardless of the epoch. */
  forceValsetUpdate(ctx: Context): void {
    this.store(ctx).set(Uint8Array.of(K.forceUpdate), Uint8Array.of(1));
  }

  /**
   * Recomputes the bonded set from the power index and returns the consensus updates (Cosmos
   * `ApplyAndReturnValidatorSetUpdates`). Reports additions/removals/updated into `changes`.
   */
  applyValidatorSetUpdates(ctx: Context, changes?: Pick<ValsetChanges, 'additions' | 'removals' | 'updated'>): ValidatorUpdate[] {
    const params = this.getParams(ctx);
    const st = this.store(ctx);
    const last = new Map<string, bigint>();
    for (const { valoper, power } of this.lastValidatorPowers(ctx)) last.set(valoper, power);
    const updates: ValidatorUpdate[] = [];
    let total = 0n;
    let count = 0;
    const p = Uint8Array.of(K.powerIndex);
    const ordered: string[] = [];
    for (const [, op] of st.iterator(p, prefixEnd(p), true)) ordered.push(this.codec.encodeValoper(op));
    for (const op of ordered) {
      if (count >= params.maxValidators) break;
      let v = this.mustGetValidator(ctx, op);
      if (v.jailed) throw new ChainError(Codes.Logic, `jailed validator ${op} found in the power index`);
      const power = this.consensusPower(v.tokens);
      if (power === 0n) break;
      if (v.status !== 'bonded') v = this.bondValidator(ctx, v);
      const old = last.get(op);
      if (old === undefined || old !== power) {
        updates.push({ pubKey: v.consPubKey, power });
        st.set(key.lastPower(this.valBytes(op)), utf8(power.toString()));
        if (old === undefined) changes?.additions.push(op);
        else changes?.updated.push(op);
      }
      last.delete(op);
      count++;
      total += power;
    }
    for (const op of last.keys()) {
      const v = this.mustGetValidator(ctx, op);
      this.beginUnbondingValidator(ctx, v);
      st.delete(key.lastPower(this.valBytes(op)));
      updates.push({ pubKey: v.consPubKey, power: 0n });
      changes?.removals.push(op);
    }
    st.set(Uint8Array.of(K.lastTotalPower), utf8(total.toString()));
    return updates;
  }

  private bondValidator(ctx: Context, v: Validator): Validator {
    this.deleteFromValidatorQueue(ctx, v);
    this.moveBetweenPools(ctx, NOT_BONDED_POOL, BONDED_POOL, v.tokens);
    v.status = 'bonded';
    this.setValidator(ctx, v);
    for (const h of this.hooks) h.afterValidatorBonded?.(ctx, v.consAddress, v.operator);
    return this.mustGetValidator(ctx, v.operator);
  }

  private beginUnbondingValidator(ctx: Context, v: Validator): void {
    this.moveBetweenPools(ctx, BONDED_POOL, NOT_BONDED_POOL, v.tokens);
    v.status = 'unbonding';
    v.unbondingHeight = ctx.height;
    v.unbondingTime = ctx.time + this.getParams(ctx).unbondingTimeNs;
    this.setValidator(ctx, v);
    this.insertValidatorQueue(ctx, v);
    for (const h of this.hooks) h.afterValidatorBeginUnbonding?.(ctx, v.consAddress, v.operator);
  }

  /**
   * Staking's EndBlock: the set update on an epoch boundary or when forced, then maturing of the
   * validator, unbonding and redelegation queues (every block), then the change listeners.
   */
  endBlock(ctx: Context): ValidatorUpdate[] {
    const st = this.store(ctx);
    const forced = st.has(Uint8Array.of(K.forceUpdate));
    const boundary = this.isEpochBoundary(ctx);
    const changes: ValsetChanges = { height: ctx.height, valsetUpdated: false, epoch: undefined, additions: [], removals: [], updated: [], jailed: [], unjailed: [], tombstoned: [], slashed: [] };
    let updates: ValidatorUpdate[] = [];
    if (boundary || forced) {
      updates = this.applyValidatorSetUpdates(ctx, changes);
      changes.valsetUpdated = true;
      st.delete(Uint8Array.of(K.forceUpdate));
    }
    if (boundary) {
      changes.epoch = this.epochInfo(ctx);
      if (this.getParams(ctx).epochLengthBlocks > 1) ctx.emit(event('epoch_start', { epoch: String(changes.epoch.epoch), height: String(ctx.height) }));
    }
    this.unbondMatureValidators(ctx);
    for (const [del, val] of this.dequeueMature(ctx, K.unbondingQueue)) this.completeUnbonding(ctx, del!, val!);
    for (const [del, src, dst] of this.dequeueMature(ctx, K.redelegationQueue)) this.completeRedelegation(ctx, del!, src!, dst!);
    this.drainBlockChanges(ctx, changes);
    const anything = changes.additions.length + changes.removals.length + changes.updated.length + changes.jailed.length + changes.unjailed.length + changes.tombstoned.length + changes.slashed.length > 0;
    if (anything || changes.epoch !== undefined) for (const l of this.valsetListeners) l(ctx, changes);
    return updates;
  }

  // ---- per-block change records (kept in state so a failed tx's records vanish with it) -----------

  private recordChange(ctx: Context, c: BlockChange): void {
    const st = this.store(ctx);
    const p = Uint8Array.of(K.blockChange);
    let seq = 0;
    for (const [k] of st.iterator(p, prefixEnd(p), true)) {
      seq = Number(readU64BE(k, 1)) + 1;
      break;
    }
    st.set(key.blockChange(seq), encodeJson(c));
  }
  private drainBlockChanges(ctx: Context, changes: ValsetChanges): void {
    const st = this.store(ctx);
    const p = Uint8Array.of(K.blockChange);
    const keys: Uint8Array[] = [];
    for (const [k, v] of st.iterator(p, prefixEnd(p))) {
      keys.push(k);
      const c = decodeJson<BlockChange>(v);
      if (c.kind === 'slashed') {
        const r = c.record;
        changes.slashed.push({
          validator: r.validator,
          height: r.height,
          time: BigInt(r.time),
          infractionHeight: r.infraction_height,
          infractionTime: r.infraction_time === null ? undefined : BigInt(r.infraction_time),
          power: BigInt(r.power),
          slashAmount: BigInt(r.slash_amount),
          validatorBurn: BigInt(r.validator_burn),
          delegatorShares: Dec.fromAtomicsString(r.delegator_shares),
          slashRatio: Dec.fromAtomicsString(r.slash_ratio),
          isTombstoned: false,
        });
      } else changes[c.kind].push(c.validator);
    }
    for (const k of keys) st.delete(k);
    for (const s of changes.slashed) s.isTombstoned = changes.tombstoned.includes(s.validator);
  }

  // ---- jail / slash / pause -----------------------------------------------------------------------------

  private jailValidator(ctx: Context, v: Validator): void {
    if (v.jailed) throw new ChainError(Codes.Logic, `cannot jail already jailed validator ${v.operator}`);
    this.deletePowerIndex(ctx, v);
    v.jailed = true;
    this.setValidator(ctx, v);
    this.forceValsetUpdate(ctx);
    this.recordChange(ctx, { kind: 'jailed', validator: v.operator });
  }

  jail(ctx: Context, consAddr: Uint8Array): void {
    const v = this.getValidatorRecordByConsAddr(ctx, consAddr);
    if (v === undefined) throw new ChainError(StakingErrors.NoValidatorFound, `no validator with consensus address ${toHex(consAddr)}`);
    this.jailValidator(ctx, v);
  }

  unjail(ctx: Context, consAddr: Uint8Array): void {
    const v = this.getValidatorRecordByConsAddr(ctx, consAddr);
    if (v === undefined) throw new ChainError(StakingErrors.NoValidatorFound, `no validator with consensus address ${toHex(consAddr)}`);
    if (!v.jailed) throw new ChainError(Codes.Logic, `cannot unjail already unjailed validator ${v.operator}`);
    v.jailed = false;
    v.paused = false;
    this.setValidator(ctx, v);
    this.setPowerIndex(ctx, v);
    this.recordChange(ctx, { kind: 'unjailed', validator: v.operator });
  }

  /** Our pause (§3.8): a voluntary jail without slash; leaves the consensus set at this EndBlock. */
  pauseValidator(ctx: Context, valoper: string): void {
    const v = this.mustGetValidator(ctx, valoper);
    if (v.jailed) throw new ChainError(StakingErrors.ValidatorJailed, `validator ${valoper} is already jailed or paused`);
    v.paused = true;
    this.setValidator(ctx, v);
    this.jailValidator(ctx, this.mustGetValidator(ctx, valoper));
    for (const h of this.hooks) h.afterValidatorPaused?.(ctx, v.consAddress, valoper);
    ctx.emit(event('pause_validator', { validator: valoper }));
  }

  /** Slashing reports a tombstone so contract hooks hear of it and the set updates at once. */
  noteTombstoned(ctx: Context, consAddr: Uint8Array): void {
    const v = this.getValidatorRecordByConsAddr(ctx, consAddr);
    if (v === undefined) return;
    this.forceValsetUpdate(ctx);
    this.recordChange(ctx, { kind: 'tombstoned', validator: v.operator });
  }

  /**
   * pos-spec §4.4. Returns the total burned (unbonding + redelegation cuts + validator tokens).
   * `infractionTime` is only for the contract-hook record.
   */
  slash(ctx: Context, consAddr: Uint8Array, infractionHeight: number, power: bigint, fraction: Dec, _reason: string, infractionTime?: bigint): bigint {
    if (fraction.isNegative()) throw new ChainError(Codes.Logic, `slash fraction ${fraction} must not be negative`);
    if (infractionHeight > ctx.height) throw new ChainError(Codes.Logic, `impossible attempt to slash future infraction at height ${infractionHeight} but we are at height ${ctx.height}`);
    const found = this.getValidatorRecordByConsAddr(ctx, consAddr);
    // The validator may have fully unbonded and been deleted: nothing left to slash.
    if (found === undefined) return 0n;
    if (found.status === 'unbonded') throw new ChainError(Codes.Logic, `should not be slashing unbonded validator ${found.operator}`);
    const slashAmount = Dec.fromInt(power * this.powerReduction).mul(fraction).truncateInt();
    let cuts = 0n;
    if (infractionHeight < ctx.height) {
      for (const ubd of this.validatorUnbondingDelegations(ctx, found.operator)) cuts += this.slashUnbondingDelegation(ctx, ubd, infractionHeight, fraction);
      for (const red of this.redelegationsFromValidator(ctx, found.operator)) cuts += this.slashRedelegation(ctx, red, infractionHeight, fraction);
    }
    // Redelegation unbonds may have changed the validator (if it was also a dst): reload.
    const v = this.mustGetValidator(ctx, found.operator);
    let burn = slashAmount - cuts;
    if (burn < 0n) burn = 0n;
    if (burn > v.tokens) burn = v.tokens;
    if (v.tokens > 0n) {
      let effective = Dec.fromInt(burn).quoRoundUp(Dec.fromInt(v.tokens));
      if (effective.gt(Dec.ONE)) effective = Dec.ONE;
      for (const h of this.hooks) h.beforeValidatorSlashed?.(ctx, v.operator, effective);
    }
    const after = this.mustGetValidator(ctx, v.operator);
    this.deletePowerIndex(ctx, after);
    after.tokens -= burn;
    this.setValidator(ctx, after);
    this.setPowerIndex(ctx, after);
    this.burn(ctx, this.poolFor(after.status), burn);
    const total = burn + cuts;
    this.recordChange(ctx, {
      kind: 'slashed',
      record: {
        validator: v.operator,
        height: ctx.height,
        time: ctx.time.toString(),
        infraction_height: infractionHeight,
        infraction_time: infractionTime === undefined ? null : infractionTime.toString(),
        power: power.toString(),
        slash_amount: total.toString(),
        validator_burn: burn.toString(),
        delegator_shares: after.delegatorShares.toAtomicsString(),
        slash_ratio: fraction.toAtomicsString(),
      },
    });
    return total;
  }

  private burn(ctx: Context, pool: string, amount: bigint): void {
    if (amount > 0n) this.bank.burnCoins(ctx, pool, [{ denom: this.bondDenom(ctx), amount }]);
  }

  private slashUnbondingDelegation(ctx: Context, ubd: UnbondingDelegation, infractionHeight: number, fraction: Dec): bigint {
    let burned = 0n;
    for (const e of ubd.entries) {
      if (e.creationHeight < infractionHeight) continue;
      if (e.completionTime <= ctx.time) continue;
      const nominal = fraction.mulInt(e.initialBalance).truncateInt();
      const cut = nominal < e.balance ? nominal : e.balance;
      if (cut === 0n) continue;
      e.balance -= cut;
      burned += cut;
    }
    this.setUnbondingDelegation(ctx, ubd);
    this.burn(ctx, NOT_BONDED_POOL, burned);
    return burned;
  }

  private slashRedelegation(ctx: Context, red: Redelegation, infractionHeight: number, fraction: Dec): bigint {
    let bondedBurn = 0n;
    let notBondedBurn = 0n;
    for (const e of red.entries) {
      if (e.creationHeight < infractionHeight) continue;
      if (e.completionTime <= ctx.time) continue;
      let shares = fraction.mul(e.sharesDst);
      if (shares.isZero()) continue;
      const del = this.getDelegation(ctx, red.delegator, red.dst);
      if (del === undefined) continue;
      if (shares.gt(del.shares)) shares = del.shares;
      const dstBefore = this.mustGetValidator(ctx, red.dst);
      const tokens = this.unbond(ctx, red.delegator, red.dst, shares);
      if (dstBefore.status === 'bonded') bondedBurn += tokens;
      else notBondedBurn += tokens;
    }
    this.burn(ctx, BONDED_POOL, bondedBurn);
    this.burn(ctx, NOT_BONDED_POOL, notBondedBurn);
    return bondedBurn + notBondedBurn;
  }
}

export function formatTime(ns: bigint): string {
  const ms = ns / 1_000_000n;
  const iso = new Date(Number(ms)).toISOString();
  const frac = (ns % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return iso.replace(/\.\d+Z$/, frac === '' ? 'Z' : `.${frac}Z`);
}

export function validateDescription(d: Description): void {
  const check = (name: string, value: string, max: number) => {
    if (value.length > max) throw new ChainError(Codes.InvalidRequest, `invalid ${name} length; got: ${value.length}, max: ${max}`);
  };
  check('moniker', d.moniker, DESCRIPTION_LIMITS.moniker);
  check('identity', d.identity, DESCRIPTION_LIMITS.identity);
  check('website', d.website, DESCRIPTION_LIMITS.website);
  check('security contact', d.securityContact, DESCRIPTION_LIMITS.securityContact);
  check('details', d.details, DESCRIPTION_LIMITS.details);
}

export function validateCommission(c: { rate: Dec; maxRate: Dec; maxChangeRate: Dec }): void {
  if (c.maxRate.isNegative()) throw new ChainError(StakingErrors.CommissionNegative, `max rate ${c.maxRate}`);
  if (c.maxRate.gt(Dec.ONE)) throw new ChainError(StakingErrors.CommissionHuge, `max rate ${c.maxRate}`);
  if (c.rate.isNegative()) throw new ChainError(StakingErrors.CommissionNegative, `rate ${c.rate}`);
  if (c.rate.gt(c.maxRate)) throw new ChainError(StakingErrors.CommissionGTMaxRate, `rate ${c.rate} > max rate ${c.maxRate}`);
  if (c.maxChangeRate.isNegative()) throw new ChainError(StakingErrors.CommissionChangeRateNegative, `max change rate ${c.maxChangeRate}`);
  if (c.maxChangeRate.gt(c.maxRate)) throw new ChainError(StakingErrors.CommissionChangeRateGTMaxRate, `max change rate ${c.maxChangeRate} > max rate ${c.maxRate}`);
}

export function validateParams(p: StakingParams): void {
  if (p.unbondingTimeNs <= 0n) throw new ChainError(Codes.InvalidRequest, 'unbonding time must be positive');
  if (!Number.isInteger(p.maxValidators) || p.maxValidators <= 0) throw new ChainError(Codes.InvalidRequest, 'max validators must be positive');
  if (!Number.isInteger(p.maxEntries) || p.maxEntries <= 0) throw new ChainError(Codes.InvalidRequest, 'max entries must be positive');
  if (!Number.isInteger(p.historicalEntries) || p.historicalEntries < 0) throw new ChainError(Codes.InvalidRequest, 'historical entries must not be negative');
  if (!/^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/.test(p.bondDenom)) throw new ChainError(Codes.InvalidRequest, `invalid bond denom ${p.bondDenom}`);
  if (p.minCommissionRate.isNegative() || p.minCommissionRate.gt(Dec.ONE)) throw new ChainError(Codes.InvalidRequest, `minimum commission rate must be in [0, 1], got ${p.minCommissionRate}`);
  if (!Number.isInteger(p.epochLengthBlocks) || p.epochLengthBlocks <= 0) throw new ChainError(Codes.InvalidRequest, 'epoch length must be a positive number of blocks');
}
