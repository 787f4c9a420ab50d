/**
 * Query plugins (wasmd's `QueryPlugins`): one per `QueryRequest` kind — bank, staking,
 * distribution, wasm, ibc, grpc/stargate — and custom ones the app registers by name
 * (`{"custom": {"<name>": …}}`). Bank and wasm read their keepers through small interfaces;
 * staking and distribution ask the modules' gRPC services through the app's `QueryRouter`, as
 * wasmd's standard queriers answer from the SDK's query servers. Each returns the answer's JSON
 * bytes or throws (a `ChainError`, redacted by the querier, or a `QuerySystemError`).
 */
import * as StakingQ from 'cosmjs-types/cosmos/staking/v1beta1/query';
import * as DistrQ from 'cosmjs-types/cosmos/distribution/v1beta1/query';
import { BondStatus } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import type { CodeInfo, ContractInfo } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import type { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import type { QueryRouter } from '../../kernel/router.js';
import type { AddressCodec } from '../../types/address.js';
import type { Coin } from '../../types/coins.js';
import { Dec } from '../../types/dec.js';
import { fromB64, obj, str, variant } from './json.js';
import { QuerySystemError } from './querier.js';
import type { WasmIbcHandler } from './message-plugins.js';

/** One kind of query (the payload under its variant name) answered as JSON bytes. */
export type QueryPlugin = (ctx: Context, caller: string, payload: unknown) => Uint8Array;

/** A custom query plugin: gets the payload under its name in `{"custom": {"<name>": payload}}`. */
export type WasmCustomQueryHandler = QueryPlugin;

/** What the bank plugin reads. */
export interface BankQuerySource {
  getBalance(ctx: Context, address: string, denom: string): Coin;
  getAllBalances(ctx: Context, address: string): Coin[];
  getSupply(ctx: Context, denom: string): Coin;
  getDenomMetadata(ctx: Context, denom: string): Metadata | undefined;
}

/** What the wasm plugin reads: the module's own contracts and codes. */
export interface WasmQuerySource {
  /** A smart query nested in a contract's call (depth-limited, on the caller's meter). */
  querySmartNested(ctx: Context, contract: string, msg: Uint8Array): Uint8Array;
  queryRaw(ctx: Context, contract: string, key: Uint8Array): Uint8Array | undefined;
  getContractInfo(ctx: Context, address: string): ContractInfo | undefined;
  getCodeInfo(ctx: Context, codeId: bigint): CodeInfo | undefined;
  isPinned(ctx: Context, codeId: bigint): boolean;
}

const enc = new TextEncoder();
const json = (v: unknown): Uint8Array => enc.encode(JSON.stringify(v));

function decShort(atomics: string): string {
  return Dec.fromAtomicsString(atomics === '' ? '0' : atomics).toShortString();
}

/** The plugin set: standard kinds, replaceable by the app, and custom plugins by name. */
export class QueryPlugins {
  private readonly plugins = new Map<string, QueryPlugin>();
  private readonly custom = new Map<string, QueryPlugin>();

  constructor(deps: { bank: BankQuerySource; codec: AddressCodec; wasm: WasmQuerySource; queryRouter: QueryRouter; ibc: () => WasmIbcHandler | undefined }) {
    const router = deps.queryRouter;
    this.plugins.set('bank', (ctx, _caller, p) => bankQuery(deps.bank, deps.codec, ctx, p));
    this.plugins.set('wasm', (ctx, _caller, p) => wasmQuery(deps.wasm, ctx, p));
    this.plugins.set('staking', (ctx, _caller, p) => stakingQuery(router, ctx, p));
    this.plugins.set('distribution', (ctx, _caller, p) => distributionQuery(router, ctx, p));
    for (const kind of ['grpc', 'stargate']) {
      this.plugins.set(kind, (ctx, _caller, payload) => {
        const p = obj(payload, kind);
        const path = str(p, 'path');
        const h = router.get(path);
        if (h === undefined) throw new QuerySystemError({ unsupported_request: { kind: `No route to query '${path}'` } });
        return h(ctx, fromB64(p['data'], 'data'));
      });
    }
    this.plugins.set('ibc', (ctx, caller, payload) => {
      const h = deps.ibc();
      if (h?.query === undefined) throw new QuerySystemError({ unsupported_request: { kind: 'ibc' } });
      return h.query(ctx, caller, payload);
    });
    this.plugins.set('custom', (ctx, caller, payload) => this.queryCustom(ctx, caller, payload));
  }

  /** Replaces the plugin of a standard kind (`bank`, `staking`, …). */
  set(kind: string, plugin: QueryPlugin): void {
    this.plugins.set(kind, plugin);
  }
  /** Registers the plugin for `{"custom": {"<name>": …}}` (e.g. `meshwork`). */
  registerCustom(name: string, plugin: QueryPlugin): void {
    if (this.custom.has(name)) throw new Error(`custom query plugin ${name} registered twice`);
    this.custom.set(name, plugin);
  }

  /** Answers a parsed `QueryRequest` of `caller`. */
  handle(ctx: Context, caller: string, request: unknown): Uint8Array {
    const [kind, payload] = variant(request, 'QueryRequest');
    const plugin = this.plugins.get(kind);
    if (plugin === undefined) throw new QuerySystemError({ unsupported_request: { kind } });
    return plugin(ctx, caller, payload);
  }

  private queryCustom(ctx: Context, caller: string, payload: unknown): Uint8Array {
    if (this.custom.size === 0) throw new QuerySystemError({ unsupported_request: { kind: 'custom' } });
    const [name, inner] = variant(payload, 'custom query');
    const plugin = this.custom.get(name);
    if (plugin === undefined) {
      const names = [...this.custom.keys()].sort().map((n) => JSON.stringify(n));
      throw new QuerySystemError({ unsupported_request: { kind: `custom ${name}: this chain serves the ${names.join(', ')} namespace${names.length > 1 ? 's' : ''} only` } });
    }
    return plugin(ctx, caller, inner);
  }
}

/** A gRPC query another module serves; a clear unsupported error when that module is absent. */
function route(router: QueryRouter, ctx: Context, path: string, req: Uint8Array, kind: string): Uint8Array {
  const h = router.get(path);
  if (h === undefined) throw new QuerySystemError({ unsupported_request: { kind: `${kind} query: ${path} is not served on this chain` } });
  return h(ctx, req);
}

function bankQuery(bank: BankQuerySource, codec: AddressCodec, ctx: Context, payload: unknown): Uint8Array {
  const [q, p0] = variant(payload, 'BankQuery');
  const p = obj(p0, q);
  const coinJson = (c: { denom: string; amount: bigint }) => ({ denom: c.denom, amount: c.amount.toString() });
  switch (q) {
    case 'balance':
      return json({ amount: coinJson(bank.getBalance(ctx, codec.normalize(str(p, 'address')), str(p, 'denom'))) });
    case 'all_balances':
      return json({ amount: bank.getAllBalances(ctx, codec.normalize(str(p, 'address'))).map(coinJson) });
    case 'supply':
      return json({ amount: coinJson(bank.getSupply(ctx, str(p, 'denom'))) });
    case 'denom_metadata': {
      const m = bank.getDenomMetadata(ctx, str(p, 'denom'));
      if (m === undefined) throw new ChainError(Codes.NotFound, `client metadata for denom ${str(p, 'denom')}`);
      return json({
        metadata: {
          description: m.description,
          denom_units: m.denomUnits.map((u) => ({ denom: u.denom, exponent: u.exponent, aliases: u.aliases })),
          base: m.base,
          display: m.display,
          name: m.name,
          symbol: m.symbol,
          uri: m.uri,
          uri_hash: m.uriHash,
        },
      });
    }
    default:
      throw new QuerySystemError({ unsupported_request: { kind: `bank ${q}` } });
  }
}

function wasmQuery(k: WasmQuerySource, ctx: Context, payload: unknown): Uint8Array {
  const [q, p0] = variant(payload, 'WasmQuery');
  const p = obj(p0, q);
  switch (q) {
    case 'smart': {
      const addr = str(p, 'contract_addr');
      return k.querySmartNested(ctx, addr, fromB64(p['msg'], 'msg'));
    }
    case 'raw': {
      const addr = str(p, 'contract_addr');
      if (k.getContractInfo(ctx, addr) === undefined) throw new QuerySystemError({ no_such_contract: { addr } });
      return k.queryRaw(ctx, addr, fromB64(p['key'], 'key')) ?? new Uint8Array();
    }
    case 'contract_info': {
      const addr = str(p, 'contract_addr');
      const info = k.getContractInfo(ctx, addr);
      if (info === undefined) throw new QuerySystemError({ no_such_contract: { addr } });
      const out: Record<string, unknown> = { code_id: Number(info.codeId), creator: info.creator };
      if (info.admin !== '') out['admin'] = info.admin;
      out['pinned'] = k.isPinned(ctx, info.codeId);
      if (info.ibcPortId !== '') out['ibc_port'] = info.ibcPortId;
      if (info.ibc2PortId !== '') out['ibc2_port'] = info.ibc2PortId;
      return json(out);
    }
    case 'code_info': {
      const id = p['code_id'];
      if (typeof id !== 'number' || !Number.isSafeInteger(id)) throw new ChainError(Codes.InvalidRequest, 'code_id must be an integer');
      const info = k.getCodeInfo(ctx, BigInt(id));
      if (info === undefined) throw new QuerySystemError({ no_such_code: { code_id: id } });
      return json({ code_id: id, creator: info.creator, checksum: Buffer.from(info.codeHash).toString('hex') });
    }
    default:
      throw new QuerySystemError({ unsupported_request: { kind: `wasm ${q}` } });
  }
}

function stakingQuery(router: QueryRouter, ctx: Context, payload: unknown): Uint8Array {
  const [q, p0] = variant(payload, 'StakingQuery');
  const p = obj(p0, q);
  const S = '/cosmos.staking.v1beta1.Query/';
  const coin = (c: { denom: string; amount: string } | undefined) => ({ denom: c?.denom ?? '', amount: c?.amount ?? '0' });
  const validatorJson = (v: StakingQ.QueryValidatorResponse['validator']) => ({
    address: v.operatorAddress,
    commission: decShort(v.commission.commissionRates.rate),
    max_commission: decShort(v.commission.commissionRates.maxRate),
    max_change_rate: decShort(v.commission.commissionRates.maxChangeRate),
  });
  switch (q) {
    case 'bonded_denom': {
      const r = StakingQ.QueryParamsResponse.decode(route(router, ctx, `${S}Params`, StakingQ.QueryParamsRequest.encode({}).finish(), 'staking'));
      return json({ denom: r.params.bondDenom });
    }
    case 'all_validators': {
      const req = StakingQ.QueryValidatorsRequest.encode({ status: 'BOND_STATUS_BONDED' }).finish();
      const r = StakingQ.QueryValidatorsResponse.decode(route(router, ctx, `${S}Validators`, req, 'staking'));
      return json({ validators: r.validators.filter((v) => v.status === BondStatus.BOND_STATUS_BONDED).map(validatorJson) });
    }
    case 'validator': {
      const addr = str(p, 'address');
      const req = StakingQ.QueryValidatorRequest.encode({ validatorAddr: addr }).finish();
      try {
        const r = StakingQ.QueryValidatorResponse.decode(route(router, ctx, `${S}Validator`, req, 'staking'));
        return json({ validator: validatorJson(r.validator) });
      } catch (e) {
        if (e instanceof ChainError && (e.is(Codes.NotFound) || e.is(Codes.KeyNotFound) || e.codespace === 'staking')) return json({ validator: null });
        throw e;
      }
    }
    case 'all_delegations': {
      const delegator = str(p, 'delegator');
      const req = StakingQ.QueryDelegatorDelegationsRequest.encode({ delegatorAddr: delegator }).finish();
      const r = StakingQ.QueryDelegatorDelegationsResponse.decode(route(router, ctx, `${S}DelegatorDelegations`, req, 'staking'));
      return json({ delegations: r.delegationResponses.map((d) => ({ delegator: d.delegation.delegatorAddress, validator: d.delegation.validatorAddress, amount: coin(d.balance) })) });
    }
    case 'delegation': {
      const delegator = str(p, 'delegator');
      const validator = str(p, 'validator');
      const req = StakingQ.QueryDelegationRequest.encode({ delegatorAddr: delegator, validatorAddr: validator }).finish();
      let d: StakingQ.QueryDelegationResponse;
      try {
        d = StakingQ.QueryDelegationResponse.decode(route(router, ctx, `${S}Delegation`, req, 'staking'));
      } catch (e) {
        if (e instanceof ChainError && !(e instanceof QuerySystemError)) return json({ delegation: null });
        throw e;
      }
      if (d.delegationResponse === undefined) return json({ delegation: null });
      const amount = coin(d.delegationResponse.balance);
      return json({
        delegation: {
          delegator,
          validator,
          amount,
          can_redelegate: hasReceivingRedelegation(router, ctx, delegator, validator) ? { denom: amount.denom, amount: '0' } : amount,
          accumulated_rewards: rewardsAsCoins(router, ctx, delegator, validator),
        },
      });
    }
    default:
      throw new QuerySystemError({ unsupported_request: { kind: `staking ${q}` } });
  }
}

function hasReceivingRedelegation(router: QueryRouter, ctx: Context, delegator: string, validator: string): boolean {
  const h = router.get('/cosmos.staking.v1beta1.Query/Redelegations');
  if (h === undefined) return false;
  try {
    const r = StakingQ.QueryRedelegationsResponse.decode(h(ctx, StakingQ.QueryRedelegationsRequest.encode({ delegatorAddr: delegator, srcValidatorAddr: '', dstValidatorAddr: '' }).finish()));
    return r.redelegationResponses.some((x) => x.redelegation.validatorDstAddress === validator && x.entries.length > 0);
  } catch (e) {
    if (e instanceof ChainError) return false;
    throw e;
  }
}

/** Accumulated rewards truncated to whole coins, as wasmd's `getAccumulatedRewards`. */
function rewardsAsCoins(router: QueryRouter, ctx: Context, delegator: string, validator: string): { denom: string; amount: string }[] {
  const h = router.get('/cosmos.distribution.v1beta1.Query/DelegationRewards');
  if (h === undefined) return [];
  try {
    const r = DistrQ.QueryDelegationRewardsResponse.decode(h(ctx, DistrQ.QueryDelegationRewardsRequest.encode({ delegatorAddress: delegator, validatorAddress: validator }).finish()));
    return r.rewards
      .map((c) => ({ denom: c.denom, amount: Dec.fromAtomicsString(c.amount || '0').truncateInt().toString() }))
      .filter((c) => c.amount !== '0');
  } catch (e) {
    if (e instanceof ChainError) return [];
    throw e;
  }
}

function distributionQuery(router: QueryRouter, ctx: Context, payload: unknown): Uint8Array {
  const [q, p0] = variant(payload, 'DistributionQuery');
  const p = obj(p0, q);
  const D = '/cosmos.distribution.v1beta1.Query/';
  const decCoin = (c: { denom: string; amount: string }) => ({ denom: c.denom, amount: decShort(c.amount) });
  switch (q) {
    case 'delegator_withdraw_address': {
      const req = DistrQ.QueryDelegatorWithdrawAddressRequest.encode({ delegatorAddress: str(p, 'delegator_address') }).finish();
      const r = DistrQ.QueryDelegatorWithdrawAddressResponse.decode(route(router, ctx, `${D}DelegatorWithdrawAddress`, req, 'distribution'));
      return json({ withdraw_address: r.withdrawAddress });
    }
    case 'delegation_rewards': {
      const req = DistrQ.QueryDelegationRewardsRequest.encode({ delegatorAddress: str(p, 'delegator_address'), validatorAddress: str(p, 'validator_address') }).finish();
      const r = DistrQ.QueryDelegationRewardsResponse.decode(route(router, ctx, `${D}DelegationRewards`, req, 'distribution'));
      return json({ rewards: r.rewards.map(decCoin) });
    }
    case 'delegation_total_rewards': {
      const req = DistrQ.QueryDelegationTotalRewardsRequest.encode({ delegatorAddress: str(p, 'delegator_address') }).finish();
      const r = DistrQ.QueryDelegationTotalRewardsResponse.decode(route(router, ctx, `${D}DelegationTotalRewards`, req, 'distribution'));
      return json({
        rewards: r.rewards.map((x) => ({ validator_address: x.validatorAddress, reward: x.reward.map(decCoin) })),
        total: r.total.map(decCoin),
      });
    }
    case 'delegator_validators': {
      const req = DistrQ.QueryDelegatorValidatorsRequest.encode({ delegatorAddress: str(p, 'delegator_address') }).finish();
      const r = DistrQ.QueryDelegatorValidatorsResponse.decode(route(router, ctx, `${D}DelegatorValidators`, req, 'distribution'));
      return json({ validators: r.validators });
    }
    default:
      throw new QuerySystemError({ unsupported_request: { kind: `distribution ${q}` } });
  }
}
