/** x/distribution messages, gRPC queries, genesis and BeginBlock allocation. */
import * as Tx from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/distribution/v1beta1/query';
import * as P from 'cosmjs-types/cosmos/distribution/v1beta1/distribution';
import type { Context } from '../../kernel/context.js';
import type { BlockInfo, Module } from '../../kernel/module.js';
import type { MsgRouter, QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { paginate } from '../../kernel/pagination.js';
import { readLengthPrefixed, readU64BE } from '../../kernel/keys.js';
import { coinsFromProto, coinsToProto, type Coin } from '../../types/coins.js';
import { Dec } from '../../types/dec.js';
import { requireAuthority } from '../../kernel/authority.js';
import { addDecCoins, decCoinsFromJson, decCoinsFromProto, decCoinsToJson, decCoinsToProto, truncateDecimal, type DecCoin } from './deccoins.js';
import { DISTRIBUTION_MODULE, DISTRIBUTION_STORE, DistributionErrors, paramsFromProto, paramsToProto, validateDistributionParams, type DistributionKeeper, type DistributionParams } from './keeper.js';
type JsonDecCoins = { denom: string; amount: string }[];

/** Cosmos JSON genesis of x/distribution (snake_case, decimals as "0.020000000000000000"). */
export interface DistributionGenesis {
  params?: { community_tax?: string; base_proposer_reward?: string; bonus_proposer_reward?: string; withdraw_addr_enabled?: boolean };
  fee_pool?: { community_pool?: JsonDecCoins };
  delegator_withdraw_infos?: { delegator_address: string; withdraw_address: string }[];
  /** Bech32 valcons address, or "". */
  previous_proposer?: string;
  outstanding_rewards?: { validator_address: string; outstanding_rewards: JsonDecCoins }[];
  validator_accumulated_commissions?: { validator_address: string; accumulated: { commission: JsonDecCoins } }[];
  validator_historical_rewards?: { validator_address: string; period: string; rewards: { cumulative_reward_ratio: JsonDecCoins; reference_count: number } }[];
  validator_current_rewards?: { validator_address: string; rewards: { rewards: JsonDecCoins; period: string } }[];
  delegator_starting_infos?: { delegator_address: string; validator_address: string; starting_info: { previous_period: string; stake: string; height: string } }[];
  validator_slash_events?: { validator_address: string; height: string; period: string; validator_slash_event: { validator_period: string; fraction: string } }[];
}

function paramsToJson(p: DistributionParams): Required<NonNullable<DistributionGenesis['params']>> {
  return { community_tax: p.communityTax.toString(), base_proposer_reward: p.baseProposerReward.toString(), bonus_proposer_reward: p.bonusProposerReward.toString(), withdraw_addr_enabled: p.withdrawAddrEnabled };
}

function nonEmptyCoins(list: readonly { denom: string; amount: string }[], what: string): Coin[] {
  const coins = coinsFromProto(list);
  if (coins.length === 0) throw new ChainError(Codes.InvalidCoins, `${what} must not be empty`);
  return coins;
}

const rsp = <T>(typeUrl: string, codec: { encode(m: T): { finish(): Uint8Array } }, m: T) => ({ typeUrl, value: codec.encode(m).finish() });

export class DistributionModule implements Module {
  readonly name = 'distribution';
  readonly storeKeys = [DISTRIBUTION_STORE];

  constructor(readonly keeper: DistributionKeeper) {}

  beginBlock(ctx: Context, info: BlockInfo): void {
    this.keeper.beginBlock(ctx, info);
  }

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    const codec = k.codec;
    const M = 'distribution';
    r.register<Tx.MsgSetWithdrawAddress>({
      typeUrl: '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress',
      module: M,
      decode: (b) => Tx.MsgSetWithdrawAddress.decode(b),
      encode: (m) => Tx.MsgSetWithdrawAddress.encode(m).finish(),
      signers: (m) => [m.delegatorAddress],
      validate: (m) => {
        codec.decode(m.delegatorAddress, 'delegator address');
        codec.decode(m.withdrawAddress, 'withdraw address');
      },
      handle: (ctx, m) => {
        k.setWithdrawAddress(ctx, m.delegatorAddress, m.withdrawAddress);
        return rsp('/cosmos.distribution.v1beta1.MsgSetWithdrawAddressResponse', Tx.MsgSetWithdrawAddressResponse, {});
      },
    });
    r.register<Tx.MsgWithdrawDelegatorReward>({
      typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward',
      module: M,
      decode: (b) => Tx.MsgWithdrawDelegatorReward.decode(b),
      encode: (m) => Tx.MsgWithdrawDelegatorReward.encode(m).finish(),
      signers: (m) => [m.delegatorAddress],
      validate: (m) => {
        codec.decode(m.delegatorAddress, 'delegator address');
        codec.decodeValoper(m.validatorAddress);
      },
      handle: (ctx, m) => {
        const amount = k.withdrawDelegationRewards(ctx, m.delegatorAddress, m.validatorAddress);
        return rsp('/cosmos.distribution.v1beta1.MsgWithdrawDelegatorRewardResponse', Tx.MsgWithdrawDelegatorRewardResponse, { amount: coinsToProto(amount) });
      },
    });
    r.register<Tx.MsgWithdrawValidatorCommission>({
      typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission',
      module: M,
      decode: (b) => Tx.MsgWithdrawValidatorCommission.decode(b),
      encode: (m) => Tx.MsgWithdrawValidatorCommission.encode(m).finish(),
      signers: (m) => [codec.valoperToAccount(m.validatorAddress)],
      validate: (m) => {
        codec.decodeValoper(m.validatorAddress);
      },
      handle: (ctx, m) => {
        const amount = k.withdrawValidatorCommission(ctx, m.validatorAddress);
        return rsp('/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommissionResponse', Tx.MsgWithdrawValidatorCommissionResponse, { amount: coinsToProto(amount) });
      },
    });
    r.register<Tx.MsgFundCommunityPool>({
      typeUrl: '/cosmos.distribution.v1beta1.MsgFundCommunityPool',
      module: M,
      decode: (b) => Tx.MsgFundCommunityPool.decode(b),
      encode: (m) => Tx.MsgFundCommunityPool.encode(m).finish(),
      signers: (m) => [m.depositor],
      validate: (m) => {
        codec.decode(m.depositor, 'depositor address');
        nonEmptyCoins(m.amount, 'amount');
      },
      handle: (ctx, m) => {
        k.fundCommunityPool(ctx, m.depositor, nonEmptyCoins(m.amount, 'amount'));
        return rsp('/cosmos.distribution.v1beta1.MsgFundCommunityPoolResponse', Tx.MsgFundCommunityPoolResponse, {});
      },
    });
    r.register<Tx.MsgCommunityPoolSpend>({
      typeUrl: '/cosmos.distribution.v1beta1.MsgCommunityPoolSpend',
      module: M,
      decode: (b) => Tx.MsgCommunityPoolSpend.decode(b),
      encode: (m) => Tx.MsgCommunityPoolSpend.encode(m).finish(),
      signers: (m) => [m.authority],
      validate: (m) => {
        codec.decode(m.recipient, 'recipient address');
        nonEmptyCoins(m.amount, 'amount');
      },
      handle: (ctx, m) => {
        requireAuthority(k.authority, m.authority);
        if (k.bank.isBlocked(m.recipient)) throw new ChainError(Codes.Unauthorized, `${m.recipient} is not allowed to receive external funds`);
        k.distributeFromCommunityPool(ctx, m.recipient, nonEmptyCoins(m.amount, 'amount'));
        return rsp('/cosmos.distribution.v1beta1.MsgCommunityPoolSpendResponse', Tx.MsgCommunityPoolSpendResponse, {});
      },
    });
    r.register<Tx.MsgDepositValidatorRewardsPool>({
      typeUrl: '/cosmos.distribution.v1beta1.MsgDepositValidatorRewardsPool',
      module: M,
      decode: (b) => Tx.MsgDepositValidatorRewardsPool.decode(b),
      encode: (m) => Tx.MsgDepositValidatorRewardsPool.encode(m).finish(),
      signers: (m) => [m.depositor],
      validate: (m) => {
        codec.decode(m.depositor, 'depositor address');
        codec.decodeValoper(m.validatorAddress);
        nonEmptyCoins(m.amount, 'amount');
      },
      handle: (ctx, m) => {
        k.depositValidatorRewardsPool(ctx, m.depositor, m.validatorAddress, nonEmptyCoins(m.amount, 'amount'));
        return rsp('/cosmos.distribution.v1beta1.MsgDepositValidatorRewardsPoolResponse', Tx.MsgDepositValidatorRewardsPoolResponse, {});
      },
    });
    r.register<Tx.MsgUpdateParams>({
      typeUrl: '/cosmos.distribution.v1beta1.MsgUpdateParams',
      module: M,
      decode: (b) => Tx.MsgUpdateParams.decode(b),
      encode: (m) => Tx.MsgUpdateParams.encode(m).finish(),
      signers: (m) => [m.authority],
      handle: (ctx, m) => {
        requireAuthority(k.authority, m.authority);
        if (m.params === undefined) throw new ChainError(Codes.InvalidRequest, 'params must be set');
        let p: DistributionParams;
        try {
          p = paramsFromProto(m.params);
        } catch (e) {
          throw new ChainError(Codes.InvalidRequest, `malformed params: ${(e as Error).message}`);
        }
        validateDistributionParams(p);
        k.setParams(ctx, p);
        return rsp('/cosmos.distribution.v1beta1.MsgUpdateParamsResponse', Tx.MsgUpdateParamsResponse, {});
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    const k = this.keeper;
    const codec = k.codec;
    const requireValidator = (ctx: Context, valoper: string) => {
      codec.decodeValoper(valoper);
      if (k.staking.getValidator(ctx, valoper) === undefined) throw new ChainError(DistributionErrors.NoValidatorExists, valoper);
    };
    r.registerService('cosmos.distribution.v1beta1.Query', {
      Params: (ctx) => Q.QueryParamsResponse.encode({ params: paramsToProto(k.getParams(ctx)) }).finish(),
      ValidatorDistributionInfo: (ctx, b) => {
        const q = Q.QueryValidatorDistributionInfoRequest.decode(b);
        codec.decodeValoper(q.validatorAddress);
        const info = k.validatorDistributionInfo(ctx, q.validatorAddress);
        return Q.QueryValidatorDistributionInfoResponse.encode({ operatorAddress: info.operatorAddress, selfBondRewards: decCoinsToProto(info.selfBondRewards), commission: decCoinsToProto(info.commission) }).finish();
      },
      ValidatorOutstandingRewards: (ctx, b) => {
        const q = Q.QueryValidatorOutstandingRewardsRequest.decode(b);
        requireValidator(ctx, q.validatorAddress);
        return Q.QueryValidatorOutstandingRewardsResponse.encode({ rewards: { rewards: decCoinsToProto(k.getOutstandingRewards(ctx, q.validatorAddress)) } }).finish();
      },
      ValidatorCommission: (ctx, b) => {
        const q = Q.QueryValidatorCommissionRequest.decode(b);
        requireValidator(ctx, q.validatorAddress);
        return Q.QueryValidatorCommissionResponse.encode({ commission: { commission: decCoinsToProto(k.getAccumulatedCommission(ctx, q.validatorAddress)) } }).finish();
      },
      ValidatorSlashes: (ctx, b) => {
        const q = Q.QueryValidatorSlashesRequest.decode(b);
        codec.decodeValoper(q.validatorAddress);
        if (q.endingHeight < q.startingHeight) throw new ChainError(Codes.InvalidRequest, 'starting height greater than ending height');
        const { items, pagination } = paginate(ctx.store(DISTRIBUTION_STORE), k.slashEventsPrefix(q.validatorAddress), q.pagination, (key, v) => {
          const height = readU64BE(key, 0);
          return height < q.startingHeight || height > q.endingHeight ? undefined : P.ValidatorSlashEvent.decode(v);
        });
        return Q.QueryValidatorSlashesResponse.encode({ slashes: items, pagination }).finish();
      },
      DelegationRewards: (ctx, b) => {
        const q = Q.QueryDelegationRewardsRequest.decode(b);
        codec.decode(q.delegatorAddress, 'delegator address');
        codec.decodeValoper(q.validatorAddress);
        return Q.QueryDelegationRewardsResponse.encode({ rewards: decCoinsToProto(k.delegationRewards(ctx, q.delegatorAddress, q.validatorAddress)) }).finish();
      },
      DelegationTotalRewards: (ctx, b) => {
        const q = Q.QueryDelegationTotalRewardsRequest.decode(b);
        codec.decode(q.delegatorAddress, 'delegator address');
        const t = k.delegationTotalRewards(ctx, q.delegatorAddress);
        return Q.QueryDelegationTotalRewardsResponse.encode({
          rewards: t.rewards.map((x) => ({ validatorAddress: x.validator, reward: decCoinsToProto(x.reward) })),
          total: decCoinsToProto(t.total),
        }).finish();
      },
      DelegatorValidators: (ctx, b) => {
        const q = Q.QueryDelegatorValidatorsRequest.decode(b);
        codec.decode(q.delegatorAddress, 'delegator address');
        return Q.QueryDelegatorValidatorsResponse.encode({ validators: k.delegatorValidators(ctx, q.delegatorAddress) }).finish();
      },
      DelegatorWithdrawAddress: (ctx, b) => {
        const q = Q.QueryDelegatorWithdrawAddressRequest.decode(b);
        codec.decode(q.delegatorAddress, 'delegator address');
        return Q.QueryDelegatorWithdrawAddressResponse.encode({ withdrawAddress: k.getWithdrawAddress(ctx, q.delegatorAddress) }).finish();
      },
      CommunityPool: (ctx) => Q.QueryCommunityPoolResponse.encode({ pool: decCoinsToProto(k.getCommunityPool(ctx)) }).finish(),
    });
  }

  initGenesis(ctx: Context, state: unknown): void {
    const g = (state ?? {}) as DistributionGenesis;
    const k = this.keeper;
    const codec = k.codec;
    const d = (s: string | undefined, def: Dec) => (s === undefined ? def : Dec.parse(s));
    const def = k.getParams(ctx);
    k.setParams(ctx, {
      communityTax: d(g.params?.community_tax, def.communityTax),
      baseProposerReward: d(g.params?.base_proposer_reward, def.baseProposerReward),
      bonusProposerReward: d(g.params?.bonus_proposer_reward, def.bonusProposerReward),
      withdrawAddrEnabled: g.params?.withdraw_addr_enabled ?? def.withdrawAddrEnabled,
    });
    const pool = decCoinsFromJson(g.fee_pool?.community_pool);
    k.setCommunityPool(ctx, pool);
    for (const w of g.delegator_withdraw_infos ?? []) k.importWithdrawAddress(ctx, w.delegator_address, w.withdraw_address);
    if (g.previous_proposer !== undefined && g.previous_proposer !== '') k.setPreviousProposer(ctx, codec.decodeValcons(g.previous_proposer));
    let holdings: DecCoin[] = pool;
    for (const o of g.outstanding_rewards ?? []) {
      const r = decCoinsFromJson(o.outstanding_rewards);
      k.setOutstandingRewards(ctx, o.validator_address, r);
      holdings = addDecCoins(holdings, r);
    }
    for (const c of g.validator_accumulated_commissions ?? []) k.setAccumulatedCommission(ctx, c.validator_address, decCoinsFromJson(c.accumulated.commission));
    for (const h of g.validator_historical_rewards ?? []) {
      k.setHistoricalRewards(ctx, h.validator_address, BigInt(h.period), { cumulativeRewardRatio: decCoinsFromJson(h.rewards.cumulative_reward_ratio), referenceCount: h.rewards.reference_count });
    }
    for (const c of g.validator_current_rewards ?? []) k.setCurrentRewards(ctx, c.validator_address, { rewards: decCoinsFromJson(c.rewards.rewards), period: BigInt(c.rewards.period) });
    for (const s of g.delegator_starting_infos ?? []) {
      k.setStartingInfo(ctx, s.validator_address, s.delegator_address, { previousPeriod: BigInt(s.starting_info.previous_period), stake: Dec.parse(s.starting_info.stake), height: BigInt(s.starting_info.height) });
    }
    for (const e of g.validator_slash_events ?? []) {
      k.setSlashEvent(ctx, e.validator_address, { height: BigInt(e.height), period: BigInt(e.validator_slash_event.validator_period), fraction: Dec.parse(e.validator_slash_event.fraction) });
    }
    // As upstream: the module account must hold exactly what the records say it owes.
    k.auth.getModuleAccount(ctx, DISTRIBUTION_MODULE);
    const { coins: owed } = truncateDecimal(holdings);
    const balance = k.bank.getAllBalances(ctx, k.auth.moduleAddress(DISTRIBUTION_MODULE));
    const fmt = (l: readonly Coin[]) => l.map((c) => `${c.amount}${c.denom}`).join(',');
    if (fmt(owed) !== fmt(balance)) {
      throw new ChainError(Codes.InvalidRequest, `distribution module balance ${fmt(balance) || '0'} does not match the module holdings ${fmt(owed) || '0'} in genesis; fund the distribution module account in bank genesis accordingly`);
    }
  }

  exportGenesis(ctx: Context): DistributionGenesis {
    const k = this.keeper;
    const codec = k.codec;
    const val = (key: Uint8Array): [string, number] => {
      const [b, o] = readLengthPrefixed(key, 0);
      return [codec.encodeValoper(b), o];
    };
    const prev = k.getPreviousProposer(ctx);
    const g: Required<DistributionGenesis> = {
      params: paramsToJson(k.getParams(ctx)),
      fee_pool: { community_pool: decCoinsToJson(k.getCommunityPool(ctx)) },
      delegator_withdraw_infos: [],
      previous_proposer: prev === undefined ? '' : codec.encodeValcons(prev),
      outstanding_rewards: [],
      validator_accumulated_commissions: [],
      validator_historical_rewards: [],
      validator_current_rewards: [],
      delegator_starting_infos: [],
      validator_slash_events: [],
    };
    for (const [key, v] of k.iterateFamily(ctx, 'withdraw')) {
      g.delegator_withdraw_infos.push({ delegator_address: codec.encode(readLengthPrefixed(key, 0)[0]), withdraw_address: codec.encode(v) });
    }
    for (const [key, v] of k.iterateFamily(ctx, 'outstanding')) {
      g.outstanding_rewards.push({ validator_address: val(key)[0], outstanding_rewards: decCoinsToJson(decCoinsFromProto(P.ValidatorOutstandingRewards.decode(v).rewards)) });
    }
    for (const [key, v] of k.iterateFamily(ctx, 'commission')) {
      g.validator_accumulated_commissions.push({ validator_address: val(key)[0], accumulated: { commission: decCoinsToJson(decCoinsFromProto(P.ValidatorAccumulatedCommission.decode(v).commission)) } });
    }
    for (const [key, v] of k.iterateFamily(ctx, 'historical')) {
      const [addr, o] = val(key);
      const h = P.ValidatorHistoricalRewards.decode(v);
      g.validator_historical_rewards.push({ validator_address: addr, period: readU64BE(key, o).toString(), rewards: { cumulative_reward_ratio: decCoinsToJson(decCoinsFromProto(h.cumulativeRewardRatio)), reference_count: h.referenceCount } });
    }
    for (const [key, v] of k.iterateFamily(ctx, 'current')) {
      const c = P.ValidatorCurrentRewards.decode(v);
      g.validator_current_rewards.push({ validator_address: val(key)[0], rewards: { rewards: decCoinsToJson(decCoinsFromProto(c.rewards)), period: c.period.toString() } });
    }
    for (const [key, v] of k.iterateFamily(ctx, 'starting')) {
      const [addr, o] = val(key);
      const s = P.DelegatorStartingInfo.decode(v);
      g.delegator_starting_infos.push({
        delegator_address: codec.encode(readLengthPrefixed(key, o)[0]),
        validator_address: addr,
        starting_info: { previous_period: s.previousPeriod.toString(), stake: Dec.fromAtomicsString(s.stake).toString(), height: s.height.toString() },
      });
    }
    for (const [key, v] of k.iterateFamily(ctx, 'slash')) {
      const [addr, o] = val(key);
      const e = P.ValidatorSlashEvent.decode(v);
      g.validator_slash_events.push({
        validator_address: addr,
        height: readU64BE(key, o).toString(),
        period: readU64BE(key, o + 8).toString(),
        validator_slash_event: { validator_period: e.validatorPeriod.toString(), fraction: Dec.fromAtomicsString(e.fraction).toString() },
      });
    }
    return g;
  }
}
