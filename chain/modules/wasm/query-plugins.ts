/**
 * Query plugins (wasmd's `QueryPlugins`): one per `QueryRequest` kind — bank, staking,
 * distribution, wasm, ibc, grpc/stargate — and custom ones the app registers by name
 * (`{"custom": {"<name>": …}}`). Bank, staking, distribution and wasm read their keepers through
 * small interfaces (staking's and distribution's `api.ts`), as wasmd's standard queriers call the
 * keepers; grpc/stargate go through the app's `QueryRouter`. Each returns the answer's JSON bytes
 * or throws (a `ChainError`, redacted by the querier, or a `QuerySystemError`).
 */
import type { CodeInfo, ContractInfo } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import type { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import type { QueryRouter } from '../../kernel/router.js';
import type { AddressCodec } from '../../types/address.js';
import type { Coin } from '../../types/coins.js';
import type { Dec } from '../../types/dec.js';
import type { StakingEpochs, StakingReader, StakingRedelegations, ValidatorView } from '../staking/api.js';
import type { DecCoin, DistributionReader } from '../distribution/api.js';
import { fromB64, obj, str, u64Value, variant } from './json.js';
import { QuerySystemError } from './querier.js';
import type { WasmIbcHandler } from './message-plugins.js';

/** One kind of query (the payload under its variant name) answered as JSON bytes. */
export type QueryPlugin = (ctx: Context, caller: string, payload: unknown) => Uint8Array;

/** A custom query plugin: gets the payload under its name in `{"custom": {"<name>": payload}}`. */
export type WasmCustomQueryHandler = QueryPlugin;

/** What the staking plugin reads (staking's `api.ts`). */
export type StakingQuerySource = StakingReader & StakingRedelegations & Pick<StakingEpochs, 'allValidatorViews'>;

/** What the distribution plugin (and the staking plugin's `accumulated_rewards`) reads. */
export type DistributionQuerySource = DistributionReader;

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

/** The plugin set: standard kinds, replaceable by the app, and custom plugins by name. */
export class QueryPlugins {
  private readonly plugins = new Map<string, QueryPlugin>();
  private readonly custom = new Map<string, QueryPlugin>();

  constructor(deps: {
    bank: BankQuerySource;
    codec: AddressCodec;
    wasm: WasmQuerySource;
    queryRouter: QueryRouter;
    ibc: () => WasmIbcHandler | undefined;
    /** Absent on a chain without staking (or distribution): those queries are `unsupported_request`. */
    staking?: StakingQuerySource;
    distribution?: DistributionQuerySource;
  }) {
    const router = deps.queryRouter;
    const { staking, distribution, codec } = deps;
    this.plugins.set('bank', (ctx, _caller, p) => bankQuery(deps.bank, codec, ctx, p));
    this.plugins.set('wasm', (ctx, _caller, p) => wasmQuery(deps.wasm, ctx, p));
    this.plugins.set('staking', (ctx, _caller, p) => {
      if (staking === undefined) throw new QuerySystemError({ unsupported_request: { kind: 'staking query: not served on this chain (it has no staking module)' } });
      return stakingQuery(staking, distribution, codec, ctx, p);
    });
    this.plugins.set('distribution', (ctx, _caller, p) => {
      if (distribution === undefined) throw new QuerySystemError({ unsupported_request: { kind: 'distribution query: not served on this chain (it has no distribution module)' } });
      return distributionQuery(distribution, codec, ctx, p);
    });
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
      const raw = p['code_id'];
      const id = typeof raw === 'number' || typeof raw === 'bigint' ? u64Value(raw) : undefined;
      if (id === undefined) throw new ChainError(Codes.InvalidRequest, 'code_id must be an unsigned 64-bit integer');
      const info = k.getCodeInfo(ctx, id);
      // Code ids are a sequence, so an existing one is a safe JS number; a missing one is echoed exactly.
      if (info === undefined) throw new QuerySystemError({ no_such_code: { code_id: id <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(id) : id } });
      return json({ code_id: Number(id), creator: info.creator, checksum: Buffer.from(info.codeHash).toString('hex') });
    }
    default:
      throw new QuerySystemError({ unsupported_request: { kind: `wasm ${q}` } });
  }
}

/**
 * Checks of the address arguments the SDK's query servers make before reading (a bad address is a
 * `ChainError`, as it was when these queries went through the gRPC services).
 */
function delegatorArg(codec: AddressCodec, address: string): string {
  codec.decode(address, 'delegator address');
  return address;
}
function valoperArg(codec: AddressCodec, address: string): string {
  codec.decodeValoper(address);
  return address;
}

const decText = (d: Dec): string => d.toShortString();
const decCoinJson = (c: DecCoin) => ({ denom: c.denom, amount: decText(c.amount) });

function stakingQuery(staking: StakingQuerySource, distribution: DistributionQuerySource | undefined, codec: AddressCodec, ctx: Context, payload: unknown): Uint8Array {
  const [q, p0] = variant(payload, 'StakingQuery');
  const p = obj(p0, q);
  const validatorJson = (v: ValidatorView) => ({
    address: v.operator,
    commission: decText(v.commissionRate),
    max_commission: decText(v.commissionMaxRate),
    max_change_rate: decText(v.commissionMaxChangeRate),
  });
  /** A delegation's balance in whole bond tokens (the SDK's `TokensFromShares(...).TruncateInt()`). */
  const balance = (valoper: string, shares: Dec) => {
    const v = staking.getValidator(ctx, valoper);
    return { denom: staking.bondDenom(ctx), amount: (v === undefined ? 0n : staking.tokensFromShares(v, shares).truncateInt()).toString() };
  };
  switch (q) {
    case 'bonded_denom':
      return json({ denom: staking.bondDenom(ctx) });
    case 'all_validators':
      // In operator-address order (the validator store's), as this chain has answered it.
      return json({ validators: staking.allValidatorViews(ctx).filter((v) => v.status === 'bonded').map(validatorJson) });
    case 'validator': {
      const v = staking.getValidator(ctx, valoperArg(codec, str(p, 'address')));
      return json({ validator: v === undefined ? null : validatorJson(v) });
    }
    case 'all_delegations': {
      const delegator = delegatorArg(codec, str(p, 'delegator'));
      return json({ delegations: staking.delegatorDelegations(ctx, delegator).map((d) => ({ delegator: d.delegator, validator: d.validator, amount: balance(d.validator, d.shares) })) });
    }
    case 'delegation': {
      const delegator = str(p, 'delegator');
      const validator = str(p, 'validator');
      let d;
      try {
        d = staking.getDelegation(ctx, delegatorArg(codec, delegator), valoperArg(codec, validator));
      } catch (e) {
        // wasmd answers a delegation it cannot find, for whatever reason, with null
        if (e instanceof ChainError && !(e instanceof QuerySystemError)) return json({ delegation: null });
        throw e;
      }
      if (d === undefined) return json({ delegation: null });
      const amount = balance(validator, d.shares);
      return json({
        delegation: {
          delegator,
          validator,
          amount,
          can_redelegate: staking.hasReceivingRedelegation(ctx, delegator, validator) ? { denom: amount.denom, amount: '0' } : amount,
          accumulated_rewards: rewardsAsCoins(distribution, ctx, delegator, validator),
        },
      });
    }
    default:
      throw new QuerySystemError({ unsupported_request: { kind: `staking ${q}` } });
  }
}

/** Accumulated rewards truncated to whole coins, as wasmd's `getAccumulatedRewards`. */
function rewardsAsCoins(distribution: DistributionQuerySource | undefined, ctx: Context, delegator: string, validator: string): { denom: string; amount: string }[] {
  if (distribution === undefined) return [];
  try {
    return distribution
      .delegationRewards(ctx, delegator, validator)
      .map((c) => ({ denom: c.denom, amount: c.amount.truncateInt().toString() }))
      .filter((c) => c.amount !== '0');
  } catch (e) {
    if (e instanceof ChainError) return [];
    throw e;
  }
}

function distributionQuery(distribution: DistributionQuerySource, codec: AddressCodec, ctx: Context, payload: unknown): Uint8Array {
  const [q, p0] = variant(payload, 'DistributionQuery');
  const p = obj(p0, q);
  switch (q) {
    case 'delegator_withdraw_address':
      return json({ withdraw_address: distribution.getWithdrawAddress(ctx, delegatorArg(codec, str(p, 'delegator_address'))) });
    case 'delegation_rewards': {
      const delegator = delegatorArg(codec, str(p, 'delegator_address'));
      const validator = valoperArg(codec, str(p, 'validator_address'));
      return json({ rewards: distribution.delegationRewards(ctx, delegator, validator).map(decCoinJson) });
    }
    case 'delegation_total_rewards': {
      const r = distribution.delegationTotalRewards(ctx, delegatorArg(codec, str(p, 'delegator_address')));
      return json({
        rewards: r.rewards.map((x) => ({ validator_address: x.validator, reward: x.reward.map(decCoinJson) })),
        total: r.total.map(decCoinJson),
      });
    }
    case 'delegator_validators':
      return json({ validators: distribution.delegatorValidators(ctx, delegatorArg(codec, str(p, 'delegator_address'))) });
    default:
      throw new QuerySystemError({ unsupported_request: { kind: `distribution ${q}` } });
  }
}
