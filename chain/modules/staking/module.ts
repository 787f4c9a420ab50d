/** x/staking messages (cosmos.staking.v1beta1.Msg), gRPC queries, genesis and EndBlock. */
import {
  MsgBeginRedelegate,
  MsgBeginRedelegateResponse,
  MsgCancelUnbondingDelegation,
  MsgCancelUnbondingDelegationResponse,
  MsgCreateValidator,
  MsgCreateValidatorResponse,
  MsgDelegate,
  MsgDelegateResponse,
  MsgEditValidator,
  MsgEditValidatorResponse,
  MsgUndelegate,
  MsgUndelegateResponse,
  MsgUpdateParams,
  MsgUpdateParamsResponse,
} from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { Header } from 'cosmjs-types/tendermint/types/types';
import { BondStatus as ProtoBondStatus, type HistoricalInfo, type Validator as ProtoValidator, type UnbondingDelegation as ProtoUbd, type RedelegationResponse } from 'cosmjs-types/cosmos/staking/v1beta1/staking';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import type { PageRequest, PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import type { Context } from '../../kernel/context.js';
import { NS_PER_SECOND } from '../../kernel/context.js';
import type { BlockInfo, Module, ValidatorUpdate } from '../../kernel/module.js';
import { protoMsg, type MsgRouter, type QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { fromHex } from '../../kernel/keys.js';
import { paginate } from '../../kernel/pagination.js';
import { Dec } from '../../types/dec.js';
import { parseAmount } from '../../types/coins.js';
import { requireAuthority } from '../../kernel/authority.js';
import type { BondStatus } from './api.js';
import { StakingKeeper } from './keeper.js';
import { K, STAKING_STORE, StakingErrors, decodeValidator, key, type Description, type HistoricalRecord, type Validator } from './types.js';
import { consensusAddress } from '../../types/address.js';
import { MsgPauseValidator, MsgPauseValidatorResponse } from '../../../proto/index.js';
import { paramsFromGenesis, stateFromGenesis, stateToGenesis, type StakingGenesis } from './genesis.js';

export const ED25519_PUBKEY_TYPE = '/cosmos.crypto.ed25519.PubKey';

export type { StakingGenesis } from './genesis.js';

export { toTimestamp as timestampFromNs } from '../../types/time.js';
import { toTimestamp as timestampFromNs } from '../../types/time.js';

const STATUS_TO_PROTO: Record<BondStatus, ProtoBondStatus> = {
  unbonded: ProtoBondStatus.BOND_STATUS_UNBONDED,
  unbonding: ProtoBondStatus.BOND_STATUS_UNBONDING,
  bonded: ProtoBondStatus.BOND_STATUS_BONDED,
};
const STATUS_FROM_QUERY: Record<string, BondStatus> = { BOND_STATUS_UNBONDED: 'unbonded', BOND_STATUS_UNBONDING: 'unbonding', BOND_STATUS_BONDED: 'bonded' };

export function validatorToProto(v: Validator): ProtoValidator {
  return {
    operatorAddress: v.operator,
    consensusPubkey: { typeUrl: ED25519_PUBKEY_TYPE, value: Ed25519PubKey.encode({ key: v.consPubKey }).finish() },
    jailed: v.jailed,
    status: STATUS_TO_PROTO[v.status],
    tokens: v.tokens.toString(),
    delegatorShares: v.delegatorShares.toAtomicsString(),
    description: { ...v.description },
    unbondingHeight: BigInt(v.unbondingHeight),
    unbondingTime: timestampFromNs(v.unbondingTime),
    commission: {
      commissionRates: { rate: v.commission.rate.toAtomicsString(), maxRate: v.commission.maxRate.toAtomicsString(), maxChangeRate: v.commission.maxChangeRate.toAtomicsString() },
      updateTime: timestampFromNs(v.commission.updateTime),
    },
    minSelfDelegation: v.minSelfDelegation.toString(),
    unbondingOnHoldRefCount: 0n,
    unbondingIds: [],
  };
}

/** Cosmos `HistoricalInfo`; the header carries only what a block context knows (chain id, height, time, proposer). */
export function historicalToProto(h: HistoricalRecord): HistoricalInfo {
  return {
    header: Header.fromPartial({ chainId: h.chainId, height: BigInt(h.height), time: timestampFromNs(h.time), proposerAddress: h.proposer }),
    valset: h.validators.map(validatorToProto),
  };
}

function coinArg(c: { denom: string; amount: string } | undefined, what: string): { denom: string; amount: bigint } {
  if (c === undefined) throw new ChainError(Codes.InvalidRequest, `${what} must be set`);
  return { denom: c.denom, amount: parseAmount(c.amount, what) };
}

function decArg(s: string, what: string): Dec {
  try {
    return Dec.fromAtomicsString(s);
  } catch {
    throw new ChainError(Codes.InvalidRequest, `invalid ${what} "${s}"`);
  }
}

/** Offset/limit paging over an in-memory list (for lists we build by filtering). */
function pageList<T>(items: T[], req: PageRequest | undefined): { items: T[]; pagination: PageResponse } {
  const offset = Number(req?.offset ?? 0n);
  const limit = req?.limit === undefined || req.limit === 0n ? 100 : Number(req.limit);
  const page = items.slice(offset, offset + limit);
  return { items: page, pagination: { nextKey: new Uint8Array(), total: req?.countTotal === true ? BigInt(items.length) : 0n } };
}

export class StakingModule implements Module {
  readonly name = 'staking';
  readonly storeKeys = [STAKING_STORE];

  constructor(readonly keeper: StakingKeeper) {}

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    const codec = k.codec;
    r.register<MsgCreateValidator>({
      ...protoMsg(MsgCreateValidator, 'staking'),
      signers: (m) => [codec.valoperToAccount(m.validatorAddress)],
      validate: (m) => {
        codec.decodeValoper(m.validatorAddress);
        if (m.pubkey === undefined) throw new ChainError(StakingErrors.EmptyValidatorPubKey);
        if (m.pubkey.typeUrl !== ED25519_PUBKEY_TYPE) throw new ChainError(StakingErrors.ValidatorPubKeyTypeNotSupported, `got ${m.pubkey.typeUrl}, expected ${ED25519_PUBKEY_TYPE}`);
        const d = m.description;
        if (d === undefined || (d.moniker === '' && d.identity === '' && d.website === '' && d.securityContact === '' && d.details === '')) throw new ChainError(Codes.InvalidRequest, 'empty description');
        if (m.commission === undefined) throw new ChainError(Codes.InvalidRequest, 'commission must be set');
        coinArg(m.value, 'self delegation');
      },
      handle: (ctx, m) => {
        const pk = Ed25519PubKey.decode(m.pubkey!.value).key;
        k.createValidator(ctx, {
          valoper: m.validatorAddress,
          consPubKey: pk,
          description: descriptionArg(m.description),
          commission: {
            rate: decArg(m.commission.rate, 'commission rate'),
            maxRate: decArg(m.commission.maxRate, 'commission max rate'),
            maxChangeRate: decArg(m.commission.maxChangeRate, 'commission max change rate'),
          },
          minSelfDelegation: parseAmount(m.minSelfDelegation, 'minimum self delegation'),
          value: coinArg(m.value, 'self delegation'),
        });
        ctx.emit(event('message', { module: 'staking', sender: codec.valoperToAccount(m.validatorAddress) }));
        return { typeUrl: '/cosmos.staking.v1beta1.MsgCreateValidatorResponse', value: MsgCreateValidatorResponse.encode({}).finish() };
      },
    });
    r.register<MsgEditValidator>({
      ...protoMsg(MsgEditValidator, 'staking'),
      signers: (m) => [codec.valoperToAccount(m.validatorAddress)],
      validate: (m) => {
        codec.decodeValoper(m.validatorAddress);
      },
      handle: (ctx, m) => {
        k.editValidator(ctx, {
          valoper: m.validatorAddress,
          description: descriptionArg(m.description),
          commissionRate: m.commissionRate === '' ? undefined : decArg(m.commissionRate, 'commission rate'),
          minSelfDelegation: m.minSelfDelegation === '' ? undefined : parseAmount(m.minSelfDelegation, 'minimum self delegation'),
        });
        return { typeUrl: '/cosmos.staking.v1beta1.MsgEditValidatorResponse', value: MsgEditValidatorResponse.encode({}).finish() };
      },
    });
    r.register<MsgDelegate>({
      ...protoMsg(MsgDelegate, 'staking'),
      signers: (m) => [m.delegatorAddress],
      validate: (m) => {
        codec.decode(m.delegatorAddress, 'delegator address');
        codec.decodeValoper(m.validatorAddress);
        coinArg(m.amount, 'amount');
      },
      handle: (ctx, m) => {
        k.delegateMsg(ctx, m.delegatorAddress, m.validatorAddress, coinArg(m.amount, 'amount'));
        return { typeUrl: '/cosmos.staking.v1beta1.MsgDelegateResponse', value: MsgDelegateResponse.encode({}).finish() };
      },
    });
    r.register<MsgUndelegate>({
      ...protoMsg(MsgUndelegate, 'staking'),
      signers: (m) => [m.delegatorAddress],
      validate: (m) => {
        codec.decode(m.delegatorAddress, 'delegator address');
        codec.decodeValoper(m.validatorAddress);
        coinArg(m.amount, 'amount');
      },
      handle: (ctx, m) => {
        const res = k.undelegate(ctx, m.delegatorAddress, m.validatorAddress, coinArg(m.amount, 'amount'));
        const value = MsgUndelegateResponse.encode({ completionTime: timestampFromNs(res.completionTime), amount: { denom: m.amount.denom, amount: res.amount.toString() } }).finish();
        return { typeUrl: '/cosmos.staking.v1beta1.MsgUndelegateResponse', value };
      },
    });
    r.register<MsgBeginRedelegate>({
      ...protoMsg(MsgBeginRedelegate, 'staking'),
      signers: (m) => [m.delegatorAddress],
      validate: (m) => {
        codec.decode(m.delegatorAddress, 'delegator address');
        codec.decodeValoper(m.validatorSrcAddress, 'source validator address');
        codec.decodeValoper(m.validatorDstAddress, 'destination validator address');
        coinArg(m.amount, 'amount');
      },
      handle: (ctx, m) => {
        const t = k.beginRedelegation(ctx, m.delegatorAddress, m.validatorSrcAddress, m.validatorDstAddress, coinArg(m.amount, 'amount'));
        return { typeUrl: '/cosmos.staking.v1beta1.MsgBeginRedelegateResponse', value: MsgBeginRedelegateResponse.encode({ completionTime: timestampFromNs(t) }).finish() };
      },
    });
    r.register<MsgCancelUnbondingDelegation>({
      ...protoMsg(MsgCancelUnbondingDelegation, 'staking'),
      signers: (m) => [m.delegatorAddress],
      validate: (m) => {
        codec.decode(m.delegatorAddress, 'delegator address');
        codec.decodeValoper(m.validatorAddress);
        coinArg(m.amount, 'amount');
      },
      handle: (ctx, m) => {
        k.cancelUnbonding(ctx, m.delegatorAddress, m.validatorAddress, coinArg(m.amount, 'amount'), Number(m.creationHeight));
        return { typeUrl: '/cosmos.staking.v1beta1.MsgCancelUnbondingDelegationResponse', value: MsgCancelUnbondingDelegationResponse.encode({}).finish() };
      },
    });
    // Ours (pos-spec §3.8): a voluntary jail without slash; MsgUnjail undoes it.
    r.register<MsgPauseValidator>({
      ...protoMsg(MsgPauseValidator, 'staking'),
      signers: (m) => [codec.valoperToAccount(m.validatorAddress)],
      validate: (m) => {
        if (m.validatorAddress === '') throw new ChainError(StakingErrors.EmptyValidatorAddr);
        codec.decodeValoper(m.validatorAddress);
      },
      handle: (ctx, m) => {
        k.pauseValidator(ctx, m.validatorAddress);
        ctx.emit(event('message', { module: 'staking', sender: codec.valoperToAccount(m.validatorAddress) }));
        return { typeUrl: MsgPauseValidatorResponse.typeUrl, value: MsgPauseValidatorResponse.encode({}).finish() };
      },
    });
    r.register<MsgUpdateParams>({
      ...protoMsg(MsgUpdateParams, 'staking'),
      signers: (m) => [m.authority],
      handle: (ctx, m) => {
        requireAuthority(k.authority, m.authority);
        if (m.params === undefined) throw new ChainError(Codes.InvalidRequest, 'params must be set');
        const p = m.params;
        const cur = k.getParams(ctx);
        k.setParams(ctx, {
          unbondingTimeNs: (p.unbondingTime?.seconds ?? 0n) * NS_PER_SECOND + BigInt(p.unbondingTime?.nanos ?? 0),
          maxValidators: p.maxValidators,
          maxEntries: p.maxEntries,
          historicalEntries: p.historicalEntries,
          bondDenom: p.bondDenom,
          minCommissionRate: p.minCommissionRate === '' ? Dec.ZERO : decArg(p.minCommissionRate, 'min commission rate'),
          // Not on the Cosmos wire type: kept (changed through our own param path).
          epochLengthBlocks: cur.epochLengthBlocks,
        });
        return { typeUrl: '/cosmos.staking.v1beta1.MsgUpdateParamsResponse', value: MsgUpdateParamsResponse.encode({}).finish() };
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    const k = this.keeper;
    const codec = k.codec;
    const getVal = (ctx: Context, op: string): Validator => {
      codec.decodeValoper(op);
      const v = k.getValidatorRecord(ctx, op);
      if (v === undefined) throw new ChainError(Codes.NotFound, `validator ${op} not found`);
      return v;
    };
    const delegationResponse = (ctx: Context, d: { delegator: string; validator: string; shares: Dec }) => {
      const v = k.getValidatorRecord(ctx, d.validator)!;
      return {
        delegation: { delegatorAddress: d.delegator, validatorAddress: d.validator, shares: d.shares.toAtomicsString() },
        balance: { denom: k.bondDenom(ctx), amount: k.tokensFromShares(v, d.shares).truncateInt().toString() },
      };
    };
    const ubdProto = (u: { delegator: string; validator: string; entries: { creationHeight: number; completionTime: bigint; initialBalance: bigint; balance: bigint }[] }): ProtoUbd => ({
      delegatorAddress: u.delegator,
      validatorAddress: u.validator,
      entries: u.entries.map((e) => ({
        creationHeight: BigInt(e.creationHeight),
        completionTime: timestampFromNs(e.completionTime),
        initialBalance: e.initialBalance.toString(),
        balance: e.balance.toString(),
        unbondingId: 0n,
        unbondingOnHoldRefCount: 0n,
      })),
    });
    const redProto = (ctx: Context, red: { delegator: string; src: string; dst: string; entries: { creationHeight: number; completionTime: bigint; initialBalance: bigint; sharesDst: Dec }[] }): RedelegationResponse => {
      const dst = k.getValidatorRecord(ctx, red.dst);
      const entries = red.entries.map((e) => ({
        creationHeight: BigInt(e.creationHeight),
        completionTime: timestampFromNs(e.completionTime),
        initialBalance: e.initialBalance.toString(),
        sharesDst: e.sharesDst.toAtomicsString(),
        unbondingId: 0n,
        unbondingOnHoldRefCount: 0n,
      }));
      return {
        redelegation: { delegatorAddress: red.delegator, validatorSrcAddress: red.src, validatorDstAddress: red.dst, entries },
        entries: red.entries.map((e, i) => ({ redelegationEntry: entries[i]!, balance: (dst === undefined ? 0n : k.tokensFromShares(dst, e.sharesDst).truncateInt()).toString() })),
      };
    };
    r.registerService('cosmos.staking.v1beta1.Query', {
      Validators: (ctx, b) => {
        const q = Q.QueryValidatorsRequest.decode(b);
        let status: BondStatus | undefined;
        if (q.status !== '') {
          status = STATUS_FROM_QUERY[q.status];
          if (status === undefined) throw new ChainError(Codes.InvalidRequest, `invalid validator status ${q.status}`);
        }
        const { items, pagination } = paginate(ctx.store(STAKING_STORE), Uint8Array.of(K.validator), q.pagination, (_key, v) => {
          const val = decodeValidator(v, consensusAddress);
          return status === undefined || val.status === status ? validatorToProto(val) : undefined;
        });
        return Q.QueryValidatorsResponse.encode({ validators: items, pagination }).finish();
      },
      Validator: (ctx, b) => Q.QueryValidatorResponse.encode({ validator: validatorToProto(getVal(ctx, Q.QueryValidatorRequest.decode(b).validatorAddr)) }).finish(),
      ValidatorDelegations: (ctx, b) => {
        const q = Q.QueryValidatorDelegationsRequest.decode(b);
        getVal(ctx, q.validatorAddr);
        const { items, pagination } = pageList(k.validatorDelegations(ctx, q.validatorAddr), q.pagination);
        return Q.QueryValidatorDelegationsResponse.encode({ delegationResponses: items.map((d) => delegationResponse(ctx, d)), pagination }).finish();
      },
      ValidatorUnbondingDelegations: (ctx, b) => {
        const q = Q.QueryValidatorUnbondingDelegationsRequest.decode(b);
        getVal(ctx, q.validatorAddr);
        const { items, pagination } = pageList(k.validatorUnbondingDelegations(ctx, q.validatorAddr), q.pagination);
        return Q.QueryValidatorUnbondingDelegationsResponse.encode({ unbondingResponses: items.map(ubdProto), pagination }).finish();
      },
      Delegation: (ctx, b) => {
        const q = Q.QueryDelegationRequest.decode(b);
        codec.decode(q.delegatorAddr, 'delegator address');
        codec.decodeValoper(q.validatorAddr);
        const d = k.getDelegation(ctx, q.delegatorAddr, q.validatorAddr);
        if (d === undefined) throw new ChainError(Codes.KeyNotFound, `rpc error: code = NotFound desc = delegation with delegator ${q.delegatorAddr} not found for validator ${q.validatorAddr}`);
        return Q.QueryDelegationResponse.encode({ delegationResponse: delegationResponse(ctx, d) }).finish();
      },
      UnbondingDelegation: (ctx, b) => {
        const q = Q.QueryUnbondingDelegationRequest.decode(b);
        codec.decode(q.delegatorAddr, 'delegator address');
        codec.decodeValoper(q.validatorAddr);
        const u = k.getUnbondingDelegation(ctx, q.delegatorAddr, q.validatorAddr);
        if (u === undefined) throw new ChainError(Codes.KeyNotFound, `rpc error: code = NotFound desc = unbonding delegation with delegator ${q.delegatorAddr} not found for validator ${q.validatorAddr}`);
        return Q.QueryUnbondingDelegationResponse.encode({ unbond: ubdProto(u) }).finish();
      },
      DelegatorDelegations: (ctx, b) => {
        const q = Q.QueryDelegatorDelegationsRequest.decode(b);
        const p = key.delegationsOf(codec.decode(q.delegatorAddr, 'delegator address'));
        const { items, pagination } = paginate(ctx.store(STAKING_STORE), p, q.pagination, (kk, v) => ({ delegator: q.delegatorAddr, validator: codec.encodeValoper(kk.subarray(1, 1 + kk[0]!)), shares: Dec.fromAtomicsString(new TextDecoder().decode(v)) }));
        return Q.QueryDelegatorDelegationsResponse.encode({ delegationResponses: items.map((d) => delegationResponse(ctx, d)), pagination }).finish();
      },
      DelegatorUnbondingDelegations: (ctx, b) => {
        const q = Q.QueryDelegatorUnbondingDelegationsRequest.decode(b);
        codec.decode(q.delegatorAddr, 'delegator address');
        const { items, pagination } = pageList(k.delegatorUnbondingDelegations(ctx, q.delegatorAddr), q.pagination);
        return Q.QueryDelegatorUnbondingDelegationsResponse.encode({ unbondingResponses: items.map(ubdProto), pagination }).finish();
      },
      Redelegations: (ctx, b) => {
        const q = Q.QueryRedelegationsRequest.decode(b);
        let list;
        if (q.delegatorAddr !== '' && q.srcValidatorAddr !== '' && q.dstValidatorAddr !== '') {
          const red = k.getRedelegation(ctx, q.delegatorAddr, q.srcValidatorAddr, q.dstValidatorAddr);
          if (red === undefined) throw new ChainError(StakingErrors.NoRedelegation, `redelegation with delegator ${q.delegatorAddr} not found for source ${q.srcValidatorAddr} and destination ${q.dstValidatorAddr}`);
          list = [red];
        } else if (q.delegatorAddr !== '') {
          list = k.delegatorRedelegations(ctx, q.delegatorAddr).filter((r) => q.srcValidatorAddr === '' || r.src === q.srcValidatorAddr);
        } else if (q.srcValidatorAddr !== '') {
          list = k.redelegationsFromValidator(ctx, q.srcValidatorAddr);
        } else {
          list = k.allRedelegations(ctx);
        }
        const { items, pagination } = pageList(list, q.pagination);
        return Q.QueryRedelegationsResponse.encode({ redelegationResponses: items.map((red) => redProto(ctx, red)), pagination }).finish();
      },
      DelegatorValidators: (ctx, b) => {
        const q = Q.QueryDelegatorValidatorsRequest.decode(b);
        codec.decode(q.delegatorAddr, 'delegator address');
        const vals = k.delegatorDelegations(ctx, q.delegatorAddr).map((d) => validatorToProto(k.getValidatorRecord(ctx, d.validator)!));
        const { items, pagination } = pageList(vals, q.pagination);
        return Q.QueryDelegatorValidatorsResponse.encode({ validators: items, pagination }).finish();
      },
      DelegatorValidator: (ctx, b) => {
        const q = Q.QueryDelegatorValidatorRequest.decode(b);
        codec.decode(q.delegatorAddr, 'delegator address');
        if (k.getDelegation(ctx, q.delegatorAddr, q.validatorAddr) === undefined) throw new ChainError(StakingErrors.NoDelegation, `delegation of ${q.delegatorAddr} to ${q.validatorAddr} not found`);
        return Q.QueryDelegatorValidatorResponse.encode({ validator: validatorToProto(getVal(ctx, q.validatorAddr)) }).finish();
      },
      Pool: (ctx) => Q.QueryPoolResponse.encode({ pool: { bondedTokens: k.totalBondedTokens(ctx).toString(), notBondedTokens: k.notBondedTokens(ctx).toString() } }).finish(),
      HistoricalInfo: (ctx, b) => {
        const q = Q.QueryHistoricalInfoRequest.decode(b);
        if (q.height < 0n) throw new ChainError(Codes.InvalidRequest, 'height cannot be negative');
        const rec = q.height > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : k.getHistoricalInfo(ctx, Number(q.height));
        if (rec === undefined) throw new ChainError(StakingErrors.NoHistoricalInfo, `historical info for height ${q.height} not found (kept: the last historical_entries blocks)`);
        return Q.QueryHistoricalInfoResponse.encode({ hist: historicalToProto(rec) }).finish();
      },
      Params: (ctx) => {
        const p = k.getParams(ctx);
        return Q.QueryParamsResponse.encode({
          params: {
            unbondingTime: { seconds: p.unbondingTimeNs / NS_PER_SECOND, nanos: Number(p.unbondingTimeNs % NS_PER_SECOND) },
            maxValidators: p.maxValidators,
            maxEntries: p.maxEntries,
            historicalEntries: p.historicalEntries,
            bondDenom: p.bondDenom,
            minCommissionRate: p.minCommissionRate.toAtomicsString(),
          },
        }).finish();
      },
    });
  }

  initGenesis(ctx: Context, state: unknown): ValidatorUpdate[] {
    const g = (state ?? {}) as StakingGenesis;
    const k = this.keeper;
    let updates: ValidatorUpdate[];
    if (g.exported !== undefined) {
      updates = k.importState(ctx, stateFromGenesis(g, (a) => k.codec.normalize(a)));
    } else {
      const params = paramsFromGenesis(g.params);
      k.setParams(ctx, params);
      for (const gv of g.validators ?? []) {
        const rate = Dec.parse(gv.commission_rate ?? '0.1');
        k.createValidator(ctx, {
          valoper: k.codec.accountToValoper(gv.operator),
          consPubKey: fromHex(gv.pubkey),
          description: { moniker: gv.moniker ?? '', identity: '', website: '', securityContact: '', details: '' },
          commission: { rate, maxRate: Dec.parse(gv.commission_max_rate ?? '1'), maxChangeRate: Dec.parse(gv.commission_max_change_rate ?? '0.01') },
          minSelfDelegation: parseAmount(gv.min_self_delegation ?? '1', 'min_self_delegation'),
          value: { denom: params.bondDenom, amount: parseAmount(gv.amount, 'validator amount') },
        });
      }
      for (const gd of g.delegations ?? []) {
        k.delegateMsg(ctx, k.codec.normalize(gd.delegator), gd.validator, { denom: params.bondDenom, amount: parseAmount(gd.amount, 'delegation amount') });
      }
      updates = k.applyValidatorSetUpdates(ctx);
    }
    // Block 1's signers are the genesis set: evidence for height 1 is verified against this record.
    k.trackHistoricalInfo(ctx);
    return updates;
  }

  /** The full state (`exported` form); `initGenesis` of it rebuilds the same staking state. */
  exportGenesis(ctx: Context): StakingGenesis {
    return stateToGenesis(this.keeper.exportState(ctx));
  }

  beginBlock(ctx: Context, _info: BlockInfo): void {
    this.keeper.trackHistoricalInfo(ctx);
  }

  endBlock(ctx: Context): ValidatorUpdate[] {
    return this.keeper.endBlock(ctx);
  }
}

function descriptionArg(d: { moniker: string; identity: string; website: string; securityContact: string; details: string } | undefined): Description {
  return { moniker: d?.moniker ?? '', identity: d?.identity ?? '', website: d?.website ?? '', securityContact: d?.securityContact ?? '', details: d?.details ?? '' };
}
