/**
 * Contract → chain queries (`query_chain`, the runtime's `BackendQuerier`), as wasmd's query plugins:
 * each query runs in a discarded branch on a child gas meter limited to what the caller has left;
 * what it used is charged to the caller's meter and reported to the VM as externally used gas.
 * Answers are `SystemResult<ContractResult<Binary>>` JSON; chain errors are redacted (wasmd #759)
 * except system errors and contracts' own (deterministic) errors.
 */
import * as StakingQ from 'cosmjs-types/cosmos/staking/v1beta1/query';
import * as DistrQ from 'cosmjs-types/cosmos/distribution/v1beta1/query';
import { BondStatus } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import type { BackendQuerier, BackendResult } from '../../../runtime/src/backend.js';
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { BasicGasMeter } from '../../store/gaskv.js';
import { OutOfGasError, GasOverflowError } from '../../store/errors.js';
import { Dec } from '../../types/dec.js';
import { fromVmGas, toVmGas } from './gas.js';
import { redactError } from './errors.js';
import { fromB64, obj, str, variant } from './json.js';
import type { ContractStorage } from './backend.js';
import type { WasmKeeper } from './keeper.js';

export type SystemErrorJson =
  | { invalid_request: { error: string; request: string } }
  | { invalid_response: { error: string; response: string } }
  | { no_such_contract: { addr: string } }
  | { no_such_code: { code_id: number } }
  | { unknown: Record<string, never> }
  | { unsupported_request: { kind: string } };

/** Thrown by a query handler to answer with a system error (never redacted). */
export class QuerySystemError extends Error {
  constructor(readonly system: SystemErrorJson) {
    super(JSON.stringify(system));
    this.name = 'QuerySystemError';
  }
}

/** Answers custom (`{"custom": …}`) queries; returns the raw response bytes or throws. */
export type WasmCustomQueryHandler = (ctx: Context, caller: string, query: unknown) => Uint8Array;

const enc = new TextEncoder();
const json = (v: unknown): Uint8Array => enc.encode(JSON.stringify(v));
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

function decShort(atomics: string): string {
  return Dec.fromAtomicsString(atomics === '' ? '0' : atomics).toShortString();
}

export class ChainQuerier implements BackendQuerier {
  constructor(
    private readonly keeper: WasmKeeper,
    private readonly ctx: Context,
    private readonly caller: string,
    private readonly tally: ContractStorage,
  ) {}

  query(request: Uint8Array, gasLimit: number): BackendResult<Uint8Array> {
    const parent = this.ctx.gasMeter;
    const meter = new BasicGasMeter(fromVmGas(gasLimit));
    const branch = this.ctx.withGasMeter(meter).branch();
    let answer: Uint8Array;
    try {
      answer = this.answer(branch.ctx, request);
    } finally {
      branch.discard();
      parent.consume(meter.consumed, 'contract sub-query');
    }
    const gas = toVmGas(meter.consumed);
    this.tally.external += gas;
    return { value: answer, gas };
  }

  private answer(ctx: Context, request: Uint8Array): Uint8Array {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(request));
    } catch (e) {
      return json({ error: { invalid_request: { error: (e as Error).message, request: b64(request) } } });
    }
    try {
      const value = this.handle(ctx, parsed);
      return json({ ok: { ok: b64(value) } });
    } catch (e) {
      if (e instanceof OutOfGasError || e instanceof GasOverflowError) throw e;
      if (e instanceof QuerySystemError) return json({ error: e.system });
      if (!(e instanceof ChainError)) throw e;
      return json({ ok: { error: redactError(e) } });
    }
  }

  private handle(ctx: Context, request: unknown): Uint8Array {
    const [kind, payload] = variant(request, 'QueryRequest');
    switch (kind) {
      case 'bank':
        return this.bank(ctx, payload);
      case 'wasm':
        return this.wasm(ctx, payload);
      case 'staking':
        return this.staking(ctx, payload);
      case 'distribution':
        return this.distribution(ctx, payload);
      case 'grpc':
      case 'stargate': {
        const p = obj(payload, kind);
        return this.grpc(ctx, str(p, 'path'), fromB64(p['data'], 'data'));
      }
      case 'custom': {
        const h = this.keeper.customQueryHandler;
        if (h === undefined) throw new QuerySystemError({ unsupported_request: { kind: 'custom' } });
        return h(ctx, this.caller, payload);
      }
      case 'ibc': {
        const h = this.keeper.ibcHandler;
        if (h?.query === undefined) throw new QuerySystemError({ unsupported_request: { kind: 'ibc' } });
        return h.query(ctx, this.caller, payload);
      }
      default:
        throw new QuerySystemError({ unsupported_request: { kind } });
    }
  }

  private grpc(ctx: Context, path: string, data: Uint8Array): Uint8Array {
    const h = this.keeper.queryRouter.get(path);
    if (h === undefined) throw new QuerySystemError({ unsupported_request: { kind: `No route to query '${path}'` } });
    return h(ctx, data);
  }

  /** A gRPC query another module serves; a clear unsupported error when that module is absent. */
  private route(ctx: Context, path: string, req: Uint8Array, kind: string): Uint8Array {
    const h = this.keeper.queryRouter.get(path);
    if (h === undefined) throw new QuerySystemError({ unsupported_request: { kind: `${kind} query: ${path} is not served on this chain` } });
    return h(ctx, req);
  }

  private bank(ctx: Context, payload: unknown): Uint8Array {
    const [q, p0] = variant(payload, 'BankQuery');
    const p = obj(p0, q);
    const bank = this.keeper.bank;
    const coinJson = (c: { denom: string; amount: bigint }) => ({ denom: c.denom, amount: c.amount.toString() });
    switch (q) {
      case 'balance':
        return json({ amount: coinJson(bank.getBalance(ctx, this.keeper.codec.normalize(str(p, 'address')), str(p, 'denom'))) });
      case 'all_balances':
        return json({ amount: bank.getAllBalances(ctx, this.keeper.codec.normalize(str(p, 'address'))).map(coinJson) });
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

  private wasm(ctx: Context, payload: unknown): Uint8Array {
    const [q, p0] = variant(payload, 'WasmQuery');
    const p = obj(p0, q);
    const k = this.keeper;
    switch (q) {
      case 'smart': {
        const addr = str(p, 'contract_addr');
        return k.querySmartInternal(ctx, addr, fromB64(p['msg'], 'msg'));
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

  private staking(ctx: Context, payload: unknown): Uint8Array {
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
        const r = StakingQ.QueryParamsResponse.decode(this.route(ctx, `${S}Params`, StakingQ.QueryParamsRequest.encode({}).finish(), 'staking'));
        return json({ denom: r.params.bondDenom });
      }
      case 'all_validators': {
        const req = StakingQ.QueryValidatorsRequest.encode({ status: 'BOND_STATUS_BONDED' }).finish();
        const r = StakingQ.QueryValidatorsResponse.decode(this.route(ctx, `${S}Validators`, req, 'staking'));
        return json({ validators: r.validators.filter((v) => v.status === BondStatus.BOND_STATUS_BONDED).map(validatorJson) });
      }
      case 'validator': {
        const addr = str(p, 'address');
        const req = StakingQ.QueryValidatorRequest.encode({ validatorAddr: addr }).finish();
        try {
          const r = StakingQ.QueryValidatorResponse.decode(this.route(ctx, `${S}Validator`, req, 'staking'));
          return json({ validator: validatorJson(r.validator) });
        } catch (e) {
          if (e instanceof ChainError && (e.is(Codes.NotFound) || e.is(Codes.KeyNotFound) || e.codespace === 'staking')) return json({ validator: null });
          throw e;
        }
      }
      case 'all_delegations': {
        const delegator = str(p, 'delegator');
        const req = StakingQ.QueryDelegatorDelegationsRequest.encode({ delegatorAddr: delegator }).finish();
        const r = StakingQ.QueryDelegatorDelegationsResponse.decode(this.route(ctx, `${S}DelegatorDelegations`, req, 'staking'));
        return json({ delegations: r.delegationResponses.map((d) => ({ delegator: d.delegation.delegatorAddress, validator: d.delegation.validatorAddress, amount: coin(d.balance) })) });
      }
      case 'delegation': {
        const delegator = str(p, 'delegator');
        const validator = str(p, 'validator');
        const req = StakingQ.QueryDelegationRequest.encode({ delegatorAddr: delegator, validatorAddr: validator }).finish();
        let d: StakingQ.QueryDelegationResponse;
        try {
          d = StakingQ.QueryDelegationResponse.decode(this.route(ctx, `${S}Delegation`, req, 'staking'));
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
            can_redelegate: this.hasReceivingRedelegation(ctx, delegator, validator) ? { denom: amount.denom, amount: '0' } : amount,
            accumulated_rewards: this.rewardsAsCoins(ctx, delegator, validator),
          },
        });
      }
      default:
        throw new QuerySystemError({ unsupported_request: { kind: `staking ${q}` } });
    }
  }

  private hasReceivingRedelegation(ctx: Context, delegator: string, validator: string): boolean {
    const h = this.keeper.queryRouter.get('/cosmos.staking.v1beta1.Query/Redelegations');
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
  private rewardsAsCoins(ctx: Context, delegator: string, validator: string): { denom: string; amount: string }[] {
    const h = this.keeper.queryRouter.get('/cosmos.distribution.v1beta1.Query/DelegationRewards');
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

  private distribution(ctx: Context, payload: unknown): Uint8Array {
    const [q, p0] = variant(payload, 'DistributionQuery');
    const p = obj(p0, q);
    const D = '/cosmos.distribution.v1beta1.Query/';
    const decCoin = (c: { denom: string; amount: string }) => ({ denom: c.denom, amount: decShort(c.amount) });
    switch (q) {
      case 'delegator_withdraw_address': {
        const req = DistrQ.QueryDelegatorWithdrawAddressRequest.encode({ delegatorAddress: str(p, 'delegator_address') }).finish();
        const r = DistrQ.QueryDelegatorWithdrawAddressResponse.decode(this.route(ctx, `${D}DelegatorWithdrawAddress`, req, 'distribution'));
        return json({ withdraw_address: r.withdrawAddress });
      }
      case 'delegation_rewards': {
        const req = DistrQ.QueryDelegationRewardsRequest.encode({ delegatorAddress: str(p, 'delegator_address'), validatorAddress: str(p, 'validator_address') }).finish();
        const r = DistrQ.QueryDelegationRewardsResponse.decode(this.route(ctx, `${D}DelegationRewards`, req, 'distribution'));
        return json({ rewards: r.rewards.map(decCoin) });
      }
      case 'delegation_total_rewards': {
        const req = DistrQ.QueryDelegationTotalRewardsRequest.encode({ delegatorAddress: str(p, 'delegator_address') }).finish();
        const r = DistrQ.QueryDelegationTotalRewardsResponse.decode(this.route(ctx, `${D}DelegationTotalRewards`, req, 'distribution'));
        return json({
          rewards: r.rewards.map((x) => ({ validator_address: x.validatorAddress, reward: x.reward.map(decCoin) })),
          total: r.total.map(decCoin),
        });
      }
      case 'delegator_validators': {
        const req = DistrQ.QueryDelegatorValidatorsRequest.encode({ delegatorAddress: str(p, 'delegator_address') }).finish();
        const r = DistrQ.QueryDelegatorValidatorsResponse.decode(this.route(ctx, `${D}DelegatorValidators`, req, 'distribution'));
        return json({ validators: r.validators });
      }
      default:
        throw new QuerySystemError({ unsupported_request: { kind: `distribution ${q}` } });
    }
  }
}
