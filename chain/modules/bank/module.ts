/** x/bank messages, gRPC queries and genesis. */
import { MsgMultiSend, MsgMultiSendResponse, MsgSend, MsgSendResponse, MsgSetSendEnabled, MsgSetSendEnabledResponse, MsgUpdateParams, MsgUpdateParamsResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import type { Context } from '../../kernel/context.js';
import type { Module } from '../../kernel/module.js';
import { protoMsg, type MsgRouter, type QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { paginate } from '../../kernel/pagination.js';
import { fromUtf8 } from '../../kernel/keys.js';
import { requireAuthority } from '../../kernel/authority.js';
import { addCoins, coinsFromProto, coinsToProto, formatCoins, validateDenom, type Coin } from '../../types/coins.js';
import { BANK_STORE, BankErrors, type BankKeeper } from './keeper.js';

export interface BankGenesis {
  balances?: { address: string; coins: { denom: string; amount: string }[] }[];
  denom_metadata?: unknown[];
  send_enabled?: { denom: string; enabled: boolean }[];
  default_send_enabled?: boolean;
  /** Osmosis's supply offsets (present only when non-zero): `[{denom, offset}]`, offset a signed integer string. */
  supply_offsets?: { denom: string; offset: string }[];
}

export class BankModule implements Module {
  readonly name = 'bank';
  readonly storeKeys = [BANK_STORE];

  constructor(
    readonly keeper: BankKeeper,
    readonly authority: string,
  ) {}

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    const codec = k.auth.codec;
    r.register<MsgSend>({
      ...protoMsg(MsgSend, 'bank'),
      signers: (m) => [m.fromAddress],
      validate: (m) => {
        codec.decode(m.fromAddress, 'sender address');
        codec.decode(m.toAddress, 'recipient address');
        const coins = coinsFromProto(m.amount);
        if (coins.length === 0) throw new ChainError(Codes.InvalidCoins, 'send amount must be positive');
      },
      handle: (ctx, m) => {
        k.sendFromUser(ctx, m.fromAddress, m.toAddress, coinsFromProto(m.amount));
        ctx.emit(event('message', { sender: m.fromAddress }));
        return { typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: MsgSendResponse.encode({}).finish() };
      },
    });
    r.register<MsgMultiSend>({
      ...protoMsg(MsgMultiSend, 'bank'),
      signers: (m) => m.inputs.slice(0, 1).map((i) => i.address),
      validate: (m) => {
        if (m.inputs.length === 0) throw new ChainError(BankErrors.NoInputs);
        if (m.inputs.length !== 1) throw new ChainError(BankErrors.MultipleSenders);
        if (m.outputs.length === 0) throw new ChainError(BankErrors.NoOutputs);
        let inSum: Coin[] = [];
        let outSum: Coin[] = [];
        for (const i of m.inputs) {
          codec.decode(i.address, 'input address');
          inSum = addCoins(inSum, coinsFromProto(i.coins));
        }
        for (const o of m.outputs) {
          codec.decode(o.address, 'output address');
          outSum = addCoins(outSum, coinsFromProto(o.coins));
        }
        if (formatCoins(inSum) !== formatCoins(outSum)) throw new ChainError(BankErrors.InputOutputMismatch);
      },
      handle: (ctx, m) => {
        const input = m.inputs[0]!;
        const total = coinsFromProto(input.coins);
        k.checkSendEnabled(ctx, total);
        for (const o of m.outputs) if (k.isBlocked(o.address)) throw new ChainError(Codes.Unauthorized, `${o.address} is not allowed to receive funds`);
        k.subtractCoins(ctx, input.address, total);
        ctx.emit(event('message', { sender: input.address }));
        for (const o of m.outputs) {
          const coins = coinsFromProto(o.coins);
          k.addCoins(ctx, o.address, coins);
          k.auth.ensureAccount(ctx, o.address);
          ctx.emit(event('transfer', { recipient: o.address, amount: formatCoins(coins) }));
        }
        return { typeUrl: '/cosmos.bank.v1beta1.MsgMultiSendResponse', value: MsgMultiSendResponse.encode({}).finish() };
      },
    });
    r.register<MsgUpdateParams>({
      ...protoMsg(MsgUpdateParams, 'bank'),
      signers: (m) => [m.authority],
      handle: (ctx, m) => {
        requireAuthority(this.authority, m.authority);
        if (m.params === undefined) throw new ChainError(Codes.InvalidRequest, 'params must be set');
        if (m.params.sendEnabled.length > 0) throw new ChainError(Codes.InvalidRequest, 'use MsgSetSendEnabled to set send_enabled per denom');
        k.setParams(ctx, m.params);
        return { typeUrl: '/cosmos.bank.v1beta1.MsgUpdateParamsResponse', value: MsgUpdateParamsResponse.encode({}).finish() };
      },
    });
    r.register<MsgSetSendEnabled>({
      ...protoMsg(MsgSetSendEnabled, 'bank'),
      signers: (m) => [m.authority],
      handle: (ctx, m) => {
        requireAuthority(this.authority, m.authority);
        for (const e of m.sendEnabled) {
          validateDenom(e.denom);
          k.setSendEnabled(ctx, e);
        }
        return { typeUrl: '/cosmos.bank.v1beta1.MsgSetSendEnabledResponse', value: MsgSetSendEnabledResponse.encode({}).finish() };
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    const k = this.keeper;
    const codec = k.auth.codec;
    const coinProto = (c: Coin) => ({ denom: c.denom, amount: c.amount.toString() });
    r.registerService('cosmos.bank.v1beta1.Query', {
      Balance: (ctx, b) => {
        const q = Q.QueryBalanceRequest.decode(b);
        codec.decode(q.address);
        validateDenom(q.denom);
        return Q.QueryBalanceResponse.encode({ balance: coinProto(k.getBalance(ctx, q.address, q.denom)) }).finish();
      },
      AllBalances: (ctx, b) => {
        const q = Q.QueryAllBalancesRequest.decode(b);
        codec.decode(q.address);
        const { items, pagination } = paginate(ctx.store(BANK_STORE), k.balancesPrefix(q.address), q.pagination, (key, v) => ({ denom: fromUtf8(key), amount: fromUtf8(v) }));
        return Q.QueryAllBalancesResponse.encode({ balances: items, pagination }).finish();
      },
      SpendableBalances: (ctx, b) => {
        const q = Q.QuerySpendableBalancesRequest.decode(b);
        codec.decode(q.address);
        const { items, pagination } = paginate(ctx.store(BANK_STORE), k.balancesPrefix(q.address), q.pagination, (key, v) => ({ denom: fromUtf8(key), amount: fromUtf8(v) }));
        return Q.QuerySpendableBalancesResponse.encode({ balances: items, pagination }).finish();
      },
      SpendableBalanceByDenom: (ctx, b) => {
        const q = Q.QuerySpendableBalanceByDenomRequest.decode(b);
        codec.decode(q.address);
        validateDenom(q.denom);
        return Q.QuerySpendableBalanceByDenomResponse.encode({ balance: coinProto(k.getBalance(ctx, q.address, q.denom)) }).finish();
      },
      TotalSupply: (ctx, b) => {
        const q = Q.QueryTotalSupplyRequest.decode(b);
        // Reported with the supply offset (Osmosis's bank; mesh-security's virtual stake is not supply).
        const { items, pagination } = paginate(ctx.store(BANK_STORE), k.supplyPrefix(), q.pagination, (key, v) => ({ denom: fromUtf8(key), amount: (BigInt(fromUtf8(v)) + k.getSupplyOffset(ctx, fromUtf8(key))).toString() }));
        return Q.QueryTotalSupplyResponse.encode({ supply: items, pagination }).finish();
      },
      SupplyOf: (ctx, b) => {
        const q = Q.QuerySupplyOfRequest.decode(b);
        validateDenom(q.denom);
        return Q.QuerySupplyOfResponse.encode({ amount: coinProto(k.getSupplyWithOffset(ctx, q.denom)) }).finish();
      },
      Params: (ctx) => Q.QueryParamsResponse.encode({ params: k.getParams(ctx) }).finish(),
      DenomMetadata: (ctx, b) => {
        const q = Q.QueryDenomMetadataRequest.decode(b);
        const m = k.getDenomMetadata(ctx, q.denom);
        if (m === undefined) throw new ChainError(Codes.NotFound, `client metadata for denom ${q.denom}`);
        return Q.QueryDenomMetadataResponse.encode({ metadata: m }).finish();
      },
      DenomsMetadata: (ctx, b) => {
        const q = Q.QueryDenomsMetadataRequest.decode(b);
        const { items, pagination } = paginate(ctx.store(BANK_STORE), k.metadataPrefix(), q.pagination, (_key, v) => Metadata.decode(v));
        return Q.QueryDenomsMetadataResponse.encode({ metadatas: items, pagination }).finish();
      },
      SendEnabled: (ctx, b) => {
        const q = Q.QuerySendEnabledRequest.decode(b);
        const sendEnabled = q.denoms.map((denom) => ({ denom, enabled: k.getSendEnabled(ctx, denom) }));
        return Q.QuerySendEnabledResponse.encode({ sendEnabled }).finish();
      },
    });
  }

  initGenesis(ctx: Context, state: unknown): void {
    const g = (state ?? {}) as BankGenesis;
    const k = this.keeper;
    k.setParams(ctx, { sendEnabled: [], defaultSendEnabled: g.default_send_enabled ?? true });
    for (const e of g.send_enabled ?? []) k.setSendEnabled(ctx, e);
    for (const m of g.denom_metadata ?? []) k.setDenomMetadata(ctx, Metadata.fromJSON(m));
    for (const b of g.balances ?? []) {
      const addr = k.auth.codec.normalize(b.address);
      k.initBalance(ctx, addr, coinsFromProto(b.coins));
      k.auth.ensureAccount(ctx, addr);
    }
    for (const o of g.supply_offsets ?? []) k.addSupplyOffset(ctx, o.denom, BigInt(o.offset));
  }

  exportGenesis(ctx: Context): BankGenesis {
    const byAddr = new Map<string, Coin[]>();
    for (const { address, coin } of this.keeper.iterateAllBalances(ctx)) {
      const l = byAddr.get(address) ?? [];
      l.push(coin);
      byAddr.set(address, l);
    }
    const offsets = this.keeper.getSupplyOffsets(ctx);
    return {
      balances: [...byAddr.entries()].map(([address, coins]) => ({ address, coins: coinsToProto(coins) })),
      default_send_enabled: this.keeper.getParams(ctx).defaultSendEnabled,
      ...(offsets.length > 0 ? { supply_offsets: offsets.map((o) => ({ denom: o.denom, offset: o.offset.toString() })) } : {}),
    };
  }
}

