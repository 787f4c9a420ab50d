/**
 * x/distribution keeper: fee allocation by voting power (pos-spec §5.2) and F1 lazy reward
 * accounting (§5.3), as Cosmos SDK v0.50 does it. Staking is reached only through `StakingReader`;
 * staking calls back through the `StakingHooks` this keeper implements.
 */
import {
  DelegatorStartingInfo as ProtoStartingInfo,
  FeePool,
  Params as ProtoParams,
  ValidatorAccumulatedCommission,
  ValidatorCurrentRewards,
  ValidatorHistoricalRewards,
  ValidatorOutstandingRewards,
  ValidatorSlashEvent,
} from 'cosmjs-types/cosmos/distribution/v1beta1/distribution';
import type { Context } from '../../kernel/context.js';
import type { VoteInfo, BlockInfo } from '../../kernel/module.js';
import type { KVStore } from '../../store/kv.js';
import { prefixEnd } from '../../store/kv.js';
import { ChainError, Codes, registerError } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { concat, lengthPrefixed, prefix, readLengthPrefixed, readU64BE, u64BE } from '../../kernel/keys.js';
import { Dec } from '../../types/dec.js';
import { formatCoins, type Coin, type Coins } from '../../types/coins.js';
import type { AddressCodec } from '../../types/address.js';
import type { AuthKeeper } from '../auth/keeper.js';
import type { BankKeeper } from '../bank/keeper.js';
import type { DelegationView, StakingHooks, StakingReader, ValidatorView } from '../staking/api.js';
import type { DelegationTotalRewards, DistributionReader } from './api.js';
import {
  addDecCoins,
  decCoinsFromCoins,
  decCoinsFromProto,
  decCoinsToProto,
  formatDecCoins,
  intersectDecCoins,
  isAnyNegative,
  mulDec,
  mulDecTruncate,
  quoDecTruncate,
  safeSubDecCoins,
  subDecCoins,
  truncateDecimal,
  type DecCoin,
  type DecCoins,
} from './deccoins.js';

export const DISTRIBUTION_STORE = 'distribution';
/** Module account holding every undistributed reward and the community pool (no permissions). */
export const DISTRIBUTION_MODULE = 'distribution';
/** Module account the ante handler pays fees into and mint mints into (no permissions). */
export const FEE_COLLECTOR = 'fee_collector';

const FEE_POOL_KEY = Uint8Array.of(0x00);
const PROPOSER_KEY = Uint8Array.of(0x01);
const OUTSTANDING_PREFIX = 0x02;
const WITHDRAW_ADDR_PREFIX = 0x03;
const STARTING_INFO_PREFIX = 0x04;
const HISTORICAL_PREFIX = 0x05;
const CURRENT_PREFIX = 0x06;
const COMMISSION_PREFIX = 0x07;
const SLASH_EVENT_PREFIX = 0x08;
const PARAMS_KEY = Uint8Array.of(0x09);

export const DistributionErrors = Object.freeze({
  EmptyDelegatorAddr: registerError('distribution', 2, 'delegator address is empty'),
  EmptyWithdrawAddr: registerError('distribution', 3, 'withdraw address is empty'),
  EmptyValidatorAddr: registerError('distribution', 4, 'validator address is empty'),
  EmptyDelegationDistInfo: registerError('distribution', 5, 'no delegation distribution info'),
  NoValidatorDistInfo: registerError('distribution', 6, 'no validator distribution info'),
  NoValidatorCommission: registerError('distribution', 7, 'no validator commission to withdraw'),
  SetWithdrawAddrDisabled: registerError('distribution', 8, 'set withdraw address disabled'),
  BadDistribution: registerError('distribution', 9, 'community pool does not have sufficient coins to distribute'),
  InvalidProposalAmount: registerError('distribution', 10, 'invalid community pool spend proposal amount'),
  EmptyProposalRecipient: registerError('distribution', 11, 'invalid community pool spend proposal recipient'),
  NoValidatorExists: registerError('distribution', 12, 'validator does not exist'),
  NoDelegationExists: registerError('distribution', 13, 'delegation does not exist'),
});

export interface DistributionParams {
  communityTax: Dec;
  /** Ours (legacy SDK formula, §5.2): share of the fees the previous proposer gets first. Default 0. */
  baseProposerReward: Dec;
  /** Ours: extra proposer share × fraction of power that signed. Default 0. */
  bonusProposerReward: Dec;
  withdrawAddrEnabled: boolean;
}

export const DEFAULT_DISTRIBUTION_PARAMS: DistributionParams = Object.freeze({
  communityTax: Dec.withPrecision(2, 2),
  baseProposerReward: Dec.ZERO,
  bonusProposerReward: Dec.ZERO,
  withdrawAddrEnabled: true,
});

export function validateDistributionParams(p: DistributionParams): void {
  const inUnit = (name: string, d: Dec) => {
    if (d.isNegative()) throw new ChainError(Codes.InvalidRequest, `${name} must be non-negative, got ${d}`);
    if (d.gt(Dec.ONE)) throw new ChainError(Codes.InvalidRequest, `${name} too large: ${d}, at most 1`);
  };
  inUnit('community tax', p.communityTax);
  inUnit('base proposer reward', p.baseProposerReward);
  inUnit('bonus proposer reward', p.bonusProposerReward);
  if (p.baseProposerReward.add(p.bonusProposerReward).add(p.communityTax).gt(Dec.ONE)) {
    throw new ChainError(Codes.InvalidRequest, 'sum of base, bonus proposer rewards, and community tax cannot be greater than one');
  }
}

export function paramsToProto(p: DistributionParams): ProtoParams {
  return {
    communityTax: p.communityTax.toAtomicsString(),
    baseProposerReward: p.baseProposerReward.toAtomicsString(),
    bonusProposerReward: p.bonusProposerReward.toAtomicsString(),
    withdrawAddrEnabled: p.withdrawAddrEnabled,
  };
}
export function paramsFromProto(p: ProtoParams): DistributionParams {
  const d = (s: string) => Dec.fromAtomicsString(s === '' ? '0' : s);
  return { communityTax: d(p.communityTax), baseProposerReward: d(p.baseProposerReward), bonusProposerReward: d(p.bonusProposerReward), withdrawAddrEnabled: p.withdrawAddrEnabled };
}

export interface HistoricalRewards {
  cumulativeRewardRatio: DecCoin[];
  referenceCount: number;
}
export interface CurrentRewards {
  rewards: DecCoin[];
  period: bigint;
}
export interface StartingInfo {
  previousPeriod: bigint;
  stake: Dec;
  height: bigint;
}
export interface SlashEvent {
  height: bigint;
  period: bigint;
  fraction: Dec;
}

export type { DelegationTotalRewards } from './api.js';

export interface DistributionKeeperOptions {
  auth: AuthKeeper;
  bank: BankKeeper;
  staking: StakingReader;
  codec: AddressCodec;
  /** Address allowed to send MsgUpdateParams / MsgCommunityPoolSpend (gov module account). */
  authority: string;
  /** Module account name fees are collected in; defaults to `fee_collector`. */
  feeCollector?: string;
}

export class DistributionKeeper implements StakingHooks, DistributionReader {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly staking: StakingReader;
  readonly codec: AddressCodec;
  readonly authority: string;
  readonly feeCollector: string;

  constructor(o: DistributionKeeperOptions) {
    this.auth = o.auth;
    this.bank = o.bank;
    this.staking = o.staking;
    this.codec = o.codec;
    this.authority = o.authority;
    this.feeCollector = o.feeCollector ?? FEE_COLLECTOR;
  }

  // ---------------------------------------------------------------- store access

  private store(ctx: Context): KVStore {
    return ctx.store(DISTRIBUTION_STORE);
  }
  private valKey(p: number, valoper: string): Uint8Array {
    return prefix(p, lengthPrefixed(this.codec.decodeValoper(valoper)));
  }
  private historicalKey(valoper: string, period: bigint): Uint8Array {
    return concat(this.valKey(HISTORICAL_PREFIX, valoper), u64BE(period));
  }
  private startingInfoKey(valoper: string, delegator: string): Uint8Array {
    return concat(this.valKey(STARTING_INFO_PREFIX, valoper), lengthPrefixed(this.codec.decode(delegator, 'delegator address')));
  }
  private slashEventKey(valoper: string, height: bigint, period: bigint): Uint8Array {
    return concat(this.valKey(SLASH_EVENT_PREFIX, valoper), u64BE(height), u64BE(period));
  }
  private deletePrefix(ctx: Context, p: Uint8Array): void {
    const s = this.store(ctx);
    const keys = [...s.iterator(p, prefixEnd(p))].map(([k]) => k);
    for (const k of keys) s.delete(k);
  }

  getParams(ctx: Context): DistributionParams {
    const v = this.store(ctx).get(PARAMS_KEY);
    return v === undefined ? DEFAULT_DISTRIBUTION_PARAMS : paramsFromProto(ProtoParams.decode(v));
  }
  setParams(ctx: Context, p: DistributionParams): void {
    validateDistributionParams(p);
    this.store(ctx).set(PARAMS_KEY, ProtoParams.encode(paramsToProto(p)).finish());
  }

  getCommunityPool(ctx: Context): DecCoin[] {
    const v = this.store(ctx).get(FEE_POOL_KEY);
    return v === undefined ? [] : decCoinsFromProto(FeePool.decode(v).communityPool);
  }
  setCommunityPool(ctx: Context, pool: DecCoins): void {
    this.store(ctx).set(FEE_POOL_KEY, FeePool.encode({ communityPool: decCoinsToProto(pool) }).finish());
  }
  private addToCommunityPool(ctx: Context, coins: DecCoins): void {
    if (coins.length === 0) return;
    this.setCommunityPool(ctx, addDecCoins(this.getCommunityPool(ctx), coins));
  }

  getPreviousProposer(ctx: Context): Uint8Array | undefined {
    return this.store(ctx).get(PROPOSER_KEY);
  }
  setPreviousProposer(ctx: Context, consAddr: Uint8Array): void {
    this.store(ctx).set(PROPOSER_KEY, consAddr);
  }

  getOutstandingRewards(ctx: Context, valoper: string): DecCoin[] {
    const v = this.store(ctx).get(this.valKey(OUTSTANDING_PREFIX, valoper));
    return v === undefined ? [] : decCoinsFromProto(ValidatorOutstandingRewards.decode(v).rewards);
  }
  setOutstandingRewards(ctx: Context, valoper: string, r: DecCoins): void {
    this.store(ctx).set(this.valKey(OUTSTANDING_PREFIX, valoper), ValidatorOutstandingRewards.encode({ rewards: decCoinsToProto(r) }).finish());
  }
  hasOutstandingRewards(ctx: Context, valoper: string): boolean {
    return this.store(ctx).has(this.valKey(OUTSTANDING_PREFIX, valoper));
  }

  getAccumulatedCommission(ctx: Context, valoper: string): DecCoin[] {
    const v = this.store(ctx).get(this.valKey(COMMISSION_PREFIX, valoper));
    return v === undefined ? [] : decCoinsFromProto(ValidatorAccumulatedCommission.decode(v).commission);
  }
  setAccumulatedCommission(ctx: Context, valoper: string, c: DecCoins): void {
    this.store(ctx).set(this.valKey(COMMISSION_PREFIX, valoper), ValidatorAccumulatedCommission.encode({ commission: decCoinsToProto(c) }).finish());
  }

  getCurrentRewards(ctx: Context, valoper: string): CurrentRewards {
    const v = this.store(ctx).get(this.valKey(CURRENT_PREFIX, valoper));
    if (v === undefined) throw new ChainError(DistributionErrors.NoValidatorDistInfo, `validator ${valoper} has no current rewards record`);
    const r = ValidatorCurrentRewards.decode(v);
    return { rewards: decCoinsFromProto(r.rewards), period: r.period };
  }
  setCurrentRewards(ctx: Context, valoper: string, r: CurrentRewards): void {
    this.store(ctx).set(this.valKey(CURRENT_PREFIX, valoper), ValidatorCurrentRewards.encode({ rewards: decCoinsToProto(r.rewards), period: r.period }).finish());
  }

  getHistoricalRewards(ctx: Context, valoper: string, period: bigint): HistoricalRewards {
    const v = this.store(ctx).get(this.historicalKey(valoper, period));
    if (v === undefined) throw new ChainError(Codes.Logic, `historical rewards of ${valoper} for period ${period} are missing`);
    const h = ValidatorHistoricalRewards.decode(v);
    return { cumulativeRewardRatio: decCoinsFromProto(h.cumulativeRewardRatio), referenceCount: h.referenceCount };
  }
  setHistoricalRewards(ctx: Context, valoper: string, period: bigint, h: HistoricalRewards): void {
    this.store(ctx).set(this.historicalKey(valoper, period), ValidatorHistoricalRewards.encode({ cumulativeRewardRatio: decCoinsToProto(h.cumulativeRewardRatio), referenceCount: h.referenceCount }).finish());
  }
  /** Every stored historical record of a validator, by period. */
  historicalRewardsOf(ctx: Context, valoper: string): { period: bigint; rewards: HistoricalRewards }[] {
    const p = this.valKey(HISTORICAL_PREFIX, valoper);
    const out: { period: bigint; rewards: HistoricalRewards }[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) {
      const h = ValidatorHistoricalRewards.decode(v);
      out.push({ period: readU64BE(k, p.length), rewards: { cumulativeRewardRatio: decCoinsFromProto(h.cumulativeRewardRatio), referenceCount: h.referenceCount } });
    }
    return out;
  }

  private incrementReferenceCount(ctx: Context, valoper: string, period: bigint): void {
    const h = this.getHistoricalRewards(ctx, valoper, period);
    if (h.referenceCount > 2) throw new ChainError(Codes.Logic, `reference count of ${valoper} period ${period} would exceed 3`);
    this.setHistoricalRewards(ctx, valoper, period, { ...h, referenceCount: h.referenceCount + 1 });
  }
  private decrementReferenceCount(ctx: Context, valoper: string, period: bigint): void {
    const h = this.getHistoricalRewards(ctx, valoper, period);
    if (h.referenceCount === 0) throw new ChainError(Codes.Logic, `reference count of ${valoper} period ${period} is already zero`);
    if (h.referenceCount === 1) this.store(ctx).delete(this.historicalKey(valoper, period));
    else this.setHistoricalRewards(ctx, valoper, period, { ...h, referenceCount: h.referenceCount - 1 });
  }

  getStartingInfo(ctx: Context, valoper: string, delegator: string): StartingInfo | undefined {
    const v = this.store(ctx).get(this.startingInfoKey(valoper, delegator));
    if (v === undefined) return undefined;
    const s = ProtoStartingInfo.decode(v);
    return { previousPeriod: s.previousPeriod, stake: Dec.fromAtomicsString(s.stake === '' ? '0' : s.stake), height: s.height };
  }
  setStartingInfo(ctx: Context, valoper: string, delegator: string, s: StartingInfo): void {
    this.store(ctx).set(this.startingInfoKey(valoper, delegator), ProtoStartingInfo.encode({ previousPeriod: s.previousPeriod, stake: s.stake.toAtomicsString(), height: s.height }).finish());
  }

  setSlashEvent(ctx: Context, valoper: string, e: SlashEvent): void {
    this.store(ctx).set(this.slashEventKey(valoper, e.height, e.period), ValidatorSlashEvent.encode({ validatorPeriod: e.period, fraction: e.fraction.toAtomicsString() }).finish());
  }
  /** Slash events of a validator with `startHeight ≤ height ≤ endHeight`, in (height, period) order. */
  slashEventsBetween(ctx: Context, valoper: string, startHeight: bigint, endHeight: bigint): SlashEvent[] {
    const base = this.valKey(SLASH_EVENT_PREFIX, valoper);
    const out: SlashEvent[] = [];
    for (const [k, v] of this.store(ctx).iterator(concat(base, u64BE(startHeight)), concat(base, u64BE(endHeight + 1n)))) {
      const e = ValidatorSlashEvent.decode(v);
      out.push({ height: readU64BE(k, base.length), period: e.validatorPeriod, fraction: Dec.fromAtomicsString(e.fraction) });
    }
    return out;
  }
  /** Store prefix of a validator's slash events (paginated queries). */
  slashEventsPrefix(valoper: string): Uint8Array {
    return this.valKey(SLASH_EVENT_PREFIX, valoper);
  }

  /** The address rewards of `delegator` are paid to (the delegator itself unless set). */
  getWithdrawAddress(ctx: Context, delegator: string): string {
    const v = this.store(ctx).get(prefix(WITHDRAW_ADDR_PREFIX, lengthPrefixed(this.codec.decode(delegator, 'delegator address'))));
    return v === undefined ? delegator : this.codec.encode(v);
  }
  private storeWithdrawAddress(ctx: Context, delegator: string, withdraw: string): void {
    this.store(ctx).set(prefix(WITHDRAW_ADDR_PREFIX, lengthPrefixed(this.codec.decode(delegator, 'delegator address'))), this.codec.decode(withdraw, 'withdraw address'));
  }

  /** MsgSetWithdrawAddress: refused for module accounts / blocked addresses and when disabled. */
  setWithdrawAddress(ctx: Context, delegator: string, withdraw: string): void {
    if (this.bank.isBlocked(withdraw) || this.auth.isModuleAddress(withdraw)) {
      throw new ChainError(Codes.Unauthorized, `${withdraw} is not allowed to receive external funds`);
    }
    if (!this.getParams(ctx).withdrawAddrEnabled) throw new ChainError(DistributionErrors.SetWithdrawAddrDisabled, 'withdraw addresses are switched off by governance (withdraw_addr_enabled = false)');
    ctx.emit(event('set_withdraw_address', { withdraw_address: withdraw }));
    this.storeWithdrawAddress(ctx, delegator, withdraw);
  }

  // ---------------------------------------------------------------- allocation (§5.2)

  /** BeginBlock: pays out the previous block's fees, then remembers this block's proposer. */
  beginBlock(ctx: Context, info: BlockInfo): void {
    // Height 1 has no previous block whose fees and votes could be distributed.
    if (ctx.height > 1) this.allocateTokens(ctx, info.lastCommit.votes);
    if (ctx.header.proposer.length > 0) this.setPreviousProposer(ctx, ctx.header.proposer);
  }

  allocateTokens(ctx: Context, votes: readonly VoteInfo[]): void {
    const collected = this.bank.getAllBalances(ctx, this.auth.moduleAddress(this.feeCollector));
    if (collected.length > 0) this.bank.sendCoinsFromModuleToModule(ctx, this.feeCollector, DISTRIBUTION_MODULE, collected);
    const fees = decCoinsFromCoins(collected);

    let totalPower = 0n;
    let signedPower = 0n;
    for (const v of votes) {
      totalPower += v.power;
      if (v.flag !== 'absent') signedPower += v.power;
    }
    if (totalPower === 0n) {
      this.addToCommunityPool(ctx, fees);
      return;
    }

    const params = this.getParams(ctx);
    let remaining: DecCoin[] = fees;
    let proposerMultiplier = Dec.ZERO;
    if (!params.baseProposerReward.isZero() || !params.bonusProposerReward.isZero()) {
      // Our optional bonus: the legacy (≤ v0.46) proposer reward, off by default.
      proposerMultiplier = params.baseProposerReward.add(params.bonusProposerReward.mulTruncate(Dec.ratio(signedPower, totalPower)));
      const proposerReward = mulDecTruncate(fees, proposerMultiplier);
      const prev = this.getPreviousProposer(ctx);
      const proposer = prev === undefined ? undefined : this.staking.getValidatorByConsAddr(ctx, prev);
      if (proposer !== undefined) {
        ctx.emit(event('proposer_reward', { amount: formatDecCoins(proposerReward), validator: proposer.operator }));
        this.allocateTokensToValidator(ctx, proposer, proposerReward);
        remaining = subDecCoins(remaining, proposerReward);
      }
    }

    const voteMultiplier = Dec.ONE.sub(proposerMultiplier).sub(params.communityTax);
    const feeMultiplier = mulDecTruncate(fees, voteMultiplier);
    const total = Dec.fromInt(totalPower);
    for (const v of votes) {
      const validator = this.staking.getValidatorByConsAddr(ctx, v.address);
      // Upstream halts on an unknown signer; we leave its share in the community pool instead.
      if (validator === undefined) continue;
      const reward = mulDecTruncate(feeMultiplier, Dec.fromInt(v.power).quoTruncate(total));
      this.allocateTokensToValidator(ctx, validator, reward);
      remaining = subDecCoins(remaining, reward);
    }
    this.addToCommunityPool(ctx, remaining);
  }

  /** Splits `tokens` into commission and the delegators' share (also MsgDepositValidatorRewardsPool). */
  allocateTokensToValidator(ctx: Context, val: ValidatorView, tokens: DecCoins): void {
    const commission = mulDec(tokens, val.commissionRate);
    const shared = subDecCoins(tokens, commission);
    ctx.emit(event('commission', { amount: formatDecCoins(commission), validator: val.operator }));
    this.setAccumulatedCommission(ctx, val.operator, addDecCoins(this.getAccumulatedCommission(ctx, val.operator), commission));
    const cur = this.getCurrentRewards(ctx, val.operator);
    this.setCurrentRewards(ctx, val.operator, { rewards: addDecCoins(cur.rewards, shared), period: cur.period });
    ctx.emit(event('rewards', { amount: formatDecCoins(tokens), validator: val.operator }));
    this.setOutstandingRewards(ctx, val.operator, addDecCoins(this.getOutstandingRewards(ctx, val.operator), tokens));
  }

  // ---------------------------------------------------------------- F1 (§5.3)

  /** Ends the validator's current period; returns the period just ended. */
  incrementValidatorPeriod(ctx: Context, val: ValidatorView): bigint {
    const cur = this.getCurrentRewards(ctx, val.operator);
    let ratio: DecCoin[];
    if (val.tokens === 0n) {
      // No stake to divide by: whatever accrued goes to the community pool.
      this.addToCommunityPool(ctx, cur.rewards);
      this.setOutstandingRewards(ctx, val.operator, subDecCoins(this.getOutstandingRewards(ctx, val.operator), cur.rewards));
      ratio = [];
    } else {
      // Truncated so that no delegator can withdraw more than was allocated.
      ratio = quoDecTruncate(cur.rewards, Dec.fromInt(val.tokens));
    }
    const prev = this.getHistoricalRewards(ctx, val.operator, cur.period - 1n);
    this.decrementReferenceCount(ctx, val.operator, cur.period - 1n);
    this.setHistoricalRewards(ctx, val.operator, cur.period, { cumulativeRewardRatio: addDecCoins(prev.cumulativeRewardRatio, ratio), referenceCount: 1 });
    this.setCurrentRewards(ctx, val.operator, { rewards: [], period: cur.period + 1n });
    return cur.period;
  }

  private rewardsBetween(ctx: Context, valoper: string, startPeriod: bigint, endPeriod: bigint, stake: Dec): DecCoin[] {
    if (startPeriod > endPeriod) throw new ChainError(Codes.Logic, `start period ${startPeriod} is after end period ${endPeriod}`);
    if (stake.isNegative()) throw new ChainError(Codes.Logic, 'stake must be non-negative');
    const start = this.getHistoricalRewards(ctx, valoper, startPeriod);
    const end = this.getHistoricalRewards(ctx, valoper, endPeriod);
    const diff = safeSubDecCoins(end.cumulativeRewardRatio, start.cumulativeRewardRatio);
    if (diff === undefined || isAnyNegative(diff)) throw new ChainError(Codes.Logic, `cumulative reward ratio of ${valoper} decreased between periods ${startPeriod} and ${endPeriod}`);
    return mulDecTruncate(diff, stake);
  }

  /** Rewards a delegation earned from its starting period to `endPeriod`, replaying slashes. */
  calculateDelegationRewards(ctx: Context, val: ValidatorView, del: DelegationView, endPeriod: bigint): DecCoin[] {
    const info = this.getStartingInfo(ctx, del.validator, del.delegator);
    if (info === undefined) throw new ChainError(DistributionErrors.EmptyDelegationDistInfo, `delegation of ${del.delegator} to ${del.validator} has no starting info`);
    const now = BigInt(ctx.height);
    if (info.height === now) return [];
    let rewards: DecCoin[] = [];
    let startPeriod = info.previousPeriod;
    let stake = info.stake;
    // Slashes at the current height came after this block's allocation but still reduce the stake.
    if (now > info.height) {
      for (const e of this.slashEventsBetween(ctx, del.validator, info.height, now)) {
        if (e.period > startPeriod) {
          rewards = addDecCoins(rewards, this.rewardsBetween(ctx, del.validator, startPeriod, e.period, stake));
          stake = stake.mulTruncate(Dec.ONE.sub(e.fraction));
          startPeriod = e.period;
        }
      }
    }
    const current = this.staking.tokensFromShares(val, del.shares);
    if (stake.gt(current)) {
      // The replay truncates at each slash; tolerate that rounding, but nothing more.
      const margin = Dec.fromAtomics(3n);
      if (stake.lte(current.add(margin))) stake = current;
      else throw new ChainError(Codes.Logic, `calculated final stake ${stake} of ${del.delegator} with ${del.validator} exceeds the current stake ${current}`);
    }
    return addDecCoins(rewards, this.rewardsBetween(ctx, del.validator, startPeriod, endPeriod, stake));
  }

  /** Pays out a delegation's rewards and drops its starting info (the caller re-initialises it). */
  private withdrawDelegationRewardsInner(ctx: Context, val: ValidatorView, del: DelegationView): Coin[] {
    const info = this.getStartingInfo(ctx, del.validator, del.delegator);
    if (info === undefined) throw new ChainError(DistributionErrors.EmptyDelegationDistInfo, `delegation of ${del.delegator} to ${del.validator} has no starting info`);
    const endPeriod = this.incrementValidatorPeriod(ctx, val);
    const raw = this.calculateDelegationRewards(ctx, val, del, endPeriod);
    const outstanding = this.getOutstandingRewards(ctx, del.validator);
    // Defensive: never pay more than the validator still holds (last-digit rounding).
    const rewards = intersectDecCoins(raw, outstanding);
    const { coins, change } = truncateDecimal(rewards);
    if (coins.length > 0) this.bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, this.getWithdrawAddress(ctx, del.delegator), coins);
    this.setOutstandingRewards(ctx, del.validator, subDecCoins(outstanding, rewards));
    this.addToCommunityPool(ctx, change);
    this.decrementReferenceCount(ctx, del.validator, info.previousPeriod);
    this.store(ctx).delete(this.startingInfoKey(del.validator, del.delegator));
    const shown: Coins = coins.length > 0 ? coins : [{ denom: this.staking.bondDenom(ctx), amount: 0n }];
    ctx.emit(event('withdraw_rewards', { amount: formatCoins(shown), validator: del.validator, delegator: del.delegator }));
    return coins;
  }

  /** Starts a new reward period record for a delegation at the validator's current period. */
  initializeDelegation(ctx: Context, valoper: string, delegator: string): void {
    const previousPeriod = this.getCurrentRewards(ctx, valoper).period - 1n;
    this.incrementReferenceCount(ctx, valoper, previousPeriod);
    const val = this.requireValidator(ctx, valoper);
    const del = this.staking.getDelegation(ctx, delegator, valoper);
    if (del === undefined) throw new ChainError(DistributionErrors.NoDelegationExists, `no delegation from ${delegator} to ${valoper}`);
    // Cosmos `TokensFromSharesTruncated`.
    const stake = val.delegatorShares.isZero() ? Dec.ZERO : del.shares.mulInt(val.tokens).quoTruncate(val.delegatorShares);
    this.setStartingInfo(ctx, valoper, delegator, { previousPeriod, stake, height: BigInt(ctx.height) });
  }

  private requireValidator(ctx: Context, valoper: string): ValidatorView {
    const v = this.staking.getValidator(ctx, valoper);
    if (v === undefined) throw new ChainError(DistributionErrors.NoValidatorExists, `validator ${valoper} not found`);
    return v;
  }

  /** MsgWithdrawDelegatorReward. */
  withdrawDelegationRewards(ctx: Context, delegator: string, valoper: string): Coin[] {
    const val = this.staking.getValidator(ctx, valoper);
    if (val === undefined) throw new ChainError(DistributionErrors.NoValidatorDistInfo, `validator ${valoper} not found`);
    const del = this.staking.getDelegation(ctx, delegator, valoper);
    if (del === undefined) throw new ChainError(DistributionErrors.EmptyDelegationDistInfo, `${delegator} has no delegation to ${valoper}`);
    const coins = this.withdrawDelegationRewardsInner(ctx, val, del);
    this.initializeDelegation(ctx, valoper, delegator);
    return coins;
  }

  /** MsgWithdrawValidatorCommission: pays the integer part; the fraction stays for later. */
  withdrawValidatorCommission(ctx: Context, valoper: string): Coin[] {
    const accumulated = this.getAccumulatedCommission(ctx, valoper);
    if (accumulated.length === 0) throw new ChainError(DistributionErrors.NoValidatorCommission, `validator ${valoper} has no accumulated commission`);
    const { coins, change } = truncateDecimal(accumulated);
    this.setAccumulatedCommission(ctx, valoper, change);
    this.setOutstandingRewards(ctx, valoper, subDecCoins(this.getOutstandingRewards(ctx, valoper), decCoinsFromCoins(coins)));
    if (coins.length > 0) {
      const operatorAccount = this.codec.valoperToAccount(valoper);
      this.bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, this.getWithdrawAddress(ctx, operatorAccount), coins);
    }
    ctx.emit(event('withdraw_commission', { amount: formatCoins(coins) }));
    return coins;
  }

  /** MsgFundCommunityPool. */
  fundCommunityPool(ctx: Context, depositor: string, amount: Coins): void {
    this.bank.sendCoinsFromAccountToModule(ctx, depositor, DISTRIBUTION_MODULE, amount);
    this.addToCommunityPool(ctx, decCoinsFromCoins(amount));
  }

  /** MsgCommunityPoolSpend (authority only; checked by the message handler). */
  distributeFromCommunityPool(ctx: Context, recipient: string, amount: Coins): void {
    const pool = safeSubDecCoins(this.getCommunityPool(ctx), decCoinsFromCoins(amount));
    if (pool === undefined) throw new ChainError(DistributionErrors.BadDistribution, `community pool holds ${formatDecCoins(this.getCommunityPool(ctx))}, cannot pay ${formatCoins(amount)}`);
    this.setCommunityPool(ctx, pool);
    this.bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, recipient, amount);
  }

  /** MsgDepositValidatorRewardsPool: anyone adds to one validator's rewards (commission applies). */
  depositValidatorRewardsPool(ctx: Context, depositor: string, valoper: string, amount: Coins): void {
    const val = this.requireValidator(ctx, valoper);
    this.bank.sendCoinsFromAccountToModule(ctx, depositor, DISTRIBUTION_MODULE, amount);
    this.allocateTokensToValidator(ctx, val, decCoinsFromCoins(amount));
  }

  // ---------------------------------------------------------------- read-only views (queries, contracts)

  /** Runs `fn` on a throw-away branch: reward queries must end the current period to compute. */
  private readOnly<T>(ctx: Context, fn: (c: Context) => T): T {
    const b = ctx.branch();
    try {
      return fn(b.ctx);
    } finally {
      b.discard();
    }
  }

  /** Pending rewards of one delegation (QueryDelegationRewards / DistributionQuery::DelegationRewards). */
  delegationRewards(ctx: Context, delegator: string, valoper: string): DecCoin[] {
    return this.readOnly(ctx, (c) => {
      const val = this.requireValidator(c, valoper);
      const del = this.staking.getDelegation(c, delegator, valoper);
      if (del === undefined) throw new ChainError(DistributionErrors.NoDelegationExists, `${delegator} has no delegation to ${valoper}`);
      const end = this.incrementValidatorPeriod(c, val);
      return this.calculateDelegationRewards(c, val, del, end);
    });
  }

  /** Pending rewards of every delegation of `delegator`, in the staking store's order. */
  delegationTotalRewards(ctx: Context, delegator: string): DelegationTotalRewards {
    return this.readOnly(ctx, (c) => {
      const rewards: { validator: string; reward: DecCoin[] }[] = [];
      let total: DecCoin[] = [];
      for (const del of this.staking.delegatorDelegations(c, delegator)) {
        const val = this.requireValidator(c, del.validator);
        const end = this.incrementValidatorPeriod(c, val);
        const reward = this.calculateDelegationRewards(c, val, del, end);
        rewards.push({ validator: del.validator, reward });
        total = addDecCoins(total, reward);
      }
      return { rewards, total };
    });
  }

  /** Validators `delegator` delegates to. */
  delegatorValidators(ctx: Context, delegator: string): string[] {
    return this.staking.delegatorDelegations(ctx, delegator).map((d) => d.validator);
  }

  /** QueryValidatorDistributionInfo: the operator's self-bond rewards and commission. */
  validatorDistributionInfo(ctx: Context, valoper: string): { operatorAddress: string; selfBondRewards: DecCoin[]; commission: DecCoin[] } {
    return this.readOnly(ctx, (c) => {
      const val = this.requireValidator(c, valoper);
      const operatorAddress = this.codec.valoperToAccount(valoper);
      const del = this.staking.getDelegation(c, operatorAddress, valoper);
      if (del === undefined) throw new ChainError(DistributionErrors.NoDelegationExists, `validator ${valoper} has no self-delegation`);
      const end = this.incrementValidatorPeriod(c, val);
      const selfBondRewards = this.calculateDelegationRewards(c, val, del, end);
      return { operatorAddress, selfBondRewards, commission: this.getAccumulatedCommission(c, valoper) };
    });
  }

  // ---------------------------------------------------------------- staking hooks

  afterValidatorCreated(ctx: Context, valoper: string): void {
    this.setHistoricalRewards(ctx, valoper, 0n, { cumulativeRewardRatio: [], referenceCount: 1 });
    this.setCurrentRewards(ctx, valoper, { rewards: [], period: 1n });
    this.setAccumulatedCommission(ctx, valoper, []);
    this.setOutstandingRewards(ctx, valoper, []);
  }

  afterValidatorRemoved(ctx: Context, _consAddr: Uint8Array, valoper: string): void {
    let outstanding = this.getOutstandingRewards(ctx, valoper);
    const commission = this.getAccumulatedCommission(ctx, valoper);
    if (commission.length > 0) {
      outstanding = subDecCoins(outstanding, commission);
      const { coins, change } = truncateDecimal(commission);
      this.addToCommunityPool(ctx, change);
      if (coins.length > 0) {
        const operatorAccount = this.codec.valoperToAccount(valoper);
        this.bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, this.getWithdrawAddress(ctx, operatorAccount), coins);
      }
    }
    // The validator is removed only once it has no delegations, so this is rounding dust.
    this.addToCommunityPool(ctx, outstanding);
    const s = this.store(ctx);
    s.delete(this.valKey(OUTSTANDING_PREFIX, valoper));
    s.delete(this.valKey(COMMISSION_PREFIX, valoper));
    s.delete(this.valKey(CURRENT_PREFIX, valoper));
    this.deletePrefix(ctx, this.valKey(SLASH_EVENT_PREFIX, valoper));
    this.deletePrefix(ctx, this.valKey(HISTORICAL_PREFIX, valoper));
  }

  beforeDelegationCreated(ctx: Context, _delegator: string, valoper: string): void {
    this.incrementValidatorPeriod(ctx, this.requireValidator(ctx, valoper));
  }

  beforeDelegationSharesModified(ctx: Context, delegator: string, valoper: string): void {
    const val = this.requireValidator(ctx, valoper);
    const del = this.staking.getDelegation(ctx, delegator, valoper);
    if (del === undefined) throw new ChainError(DistributionErrors.NoDelegationExists, `${delegator} has no delegation to ${valoper}`);
    this.withdrawDelegationRewardsInner(ctx, val, del);
  }

  /**
   * Cosmos v0.50 does nothing here because BeforeDelegationSharesModified always runs first. We
   * withdraw only if that has not happened yet, so a staking keeper calling either hook pays out once.
   */
  beforeDelegationRemoved(ctx: Context, delegator: string, valoper: string): void {
    if (this.getStartingInfo(ctx, valoper, delegator) === undefined) return;
    this.beforeDelegationSharesModified(ctx, delegator, valoper);
  }

  afterDelegationModified(ctx: Context, delegator: string, valoper: string): void {
    this.initializeDelegation(ctx, valoper, delegator);
  }

  beforeValidatorSlashed(ctx: Context, valoper: string, fraction: Dec): void {
    if (fraction.isNegative() || fraction.gt(Dec.ONE)) throw new ChainError(Codes.InvalidRequest, `slash fraction must be within [0, 1], got ${fraction}`);
    const val = this.requireValidator(ctx, valoper);
    const period = this.incrementValidatorPeriod(ctx, val);
    // The slash event references the period it closed, so that period's ratio must stay stored.
    this.incrementReferenceCount(ctx, valoper, period);
    this.setSlashEvent(ctx, valoper, { height: BigInt(ctx.height), period, fraction });
  }

  // ---------------------------------------------------------------- invariants

  /**
   * Upstream's distribution invariants; returns a description of each broken one (empty = fine):
   * non-negative outstanding; module balance ≥ Σ outstanding + community pool (truncated);
   * historical reference counts = validators + delegations + slash events.
   */
  brokenInvariants(ctx: Context): string[] {
    const broken: string[] = [];
    const s = this.store(ctx);
    let expected: DecCoin[] = this.getCommunityPool(ctx);
    const op = Uint8Array.of(OUTSTANDING_PREFIX);
    for (const [k, v] of s.iterator(op, prefixEnd(op))) {
      const r = decCoinsFromProto(ValidatorOutstandingRewards.decode(v).rewards);
      if (isAnyNegative(r)) broken.push(`negative outstanding rewards for ${this.codec.encodeValoper(readLengthPrefixed(k, 1)[0])}: ${formatDecCoins(r)}`);
      expected = addDecCoins(expected, r);
    }
    const { coins: expectedInt } = truncateDecimal(expected);
    const balance = this.bank.getAllBalances(ctx, this.auth.moduleAddress(DISTRIBUTION_MODULE));
    for (const c of expectedInt) {
      const have = balance.find((b) => b.denom === c.denom)?.amount ?? 0n;
      if (have < c.amount) broken.push(`distribution module holds ${have}${c.denom}, owes ${c.amount}${c.denom}`);
    }

    let refs = 0n;
    const hp = Uint8Array.of(HISTORICAL_PREFIX);
    for (const [, v] of s.iterator(hp, prefixEnd(hp))) refs += BigInt(ValidatorHistoricalRewards.decode(v).referenceCount);
    let expectedRefs = 0n;
    for (const p of [CURRENT_PREFIX, STARTING_INFO_PREFIX, SLASH_EVENT_PREFIX]) {
      const pp = Uint8Array.of(p);
      for (const _ of s.iterator(pp, prefixEnd(pp))) expectedRefs++;
    }
    if (refs !== expectedRefs) broken.push(`historical reference counts sum to ${refs}, expected ${expectedRefs} (validators + delegations + slash events)`);
    return broken;
  }

  // ---------------------------------------------------------------- genesis iteration

  /** Raw iteration of one record family, for genesis export: (key without the family byte, value). */
  *iterateFamily(ctx: Context, family: 'outstanding' | 'withdraw' | 'starting' | 'historical' | 'current' | 'commission' | 'slash'): Generator<[Uint8Array, Uint8Array]> {
    const byte = { outstanding: OUTSTANDING_PREFIX, withdraw: WITHDRAW_ADDR_PREFIX, starting: STARTING_INFO_PREFIX, historical: HISTORICAL_PREFIX, current: CURRENT_PREFIX, commission: COMMISSION_PREFIX, slash: SLASH_EVENT_PREFIX }[family];
    const p = Uint8Array.of(byte);
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) yield [k.subarray(1), v];
  }
  /** Genesis import of a withdraw address without the module-account checks of the message. */
  importWithdrawAddress(ctx: Context, delegator: string, withdraw: string): void {
    this.storeWithdrawAddress(ctx, delegator, withdraw);
  }
}
