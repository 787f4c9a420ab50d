/**
 * CosmosMsg dispatch (wasmd's message handler chain): turns a contract's message into chain actions
 * with the contract as sender. Bank goes to the bank keeper; staking, distribution, gov and
 * `any`/`stargate` messages are built as their cosmjs-types protobufs and run through the app's
 * MsgRouter (so the owning module's own handler and checks apply, as wasmd's SDK message handler);
 * wasm messages go to this keeper; IBC and custom messages to pluggable handlers.
 */
import { MsgDelegate, MsgUndelegate, MsgBeginRedelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { MsgSetWithdrawAddress, MsgWithdrawDelegatorReward, MsgFundCommunityPool } from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import * as GovV1 from 'cosmjs-types/cosmos/gov/v1/tx';
import * as GovV1beta1 from 'cosmjs-types/cosmos/gov/v1beta1/tx';
import { MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import {
  MsgClearAdminResponse,
  MsgExecuteContractResponse,
  MsgInstantiateContract2Response,
  MsgInstantiateContractResponse,
  MsgMigrateContractResponse,
  MsgUpdateAdminResponse,
} from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import type { MsgResponse } from '../../kernel/router.js';
import { Dec } from '../../types/dec.js';
import { normalizeCoins, type Coin } from '../../types/coins.js';
import { WASM_MODULE_NAME } from './addresses.js';
import { WasmErrors } from './errors.js';
import { coinJson, coinsJson, fromB64, obj, optStr, str, u64, variant } from './json.js';
import type { WasmKeeper } from './keeper.js';

/** What one dispatched message produced: its response data (wasmd: `[][]byte`) and msg responses. */
export interface DispatchOutput {
  data: Uint8Array[];
  msgResponses: MsgResponse[];
}

/**
 * Where contracts' `IbcMsg`s (transfer, send_packet, write_acknowledgement, close_channel) and `ibc`
 * queries go. The IBC module implements it and registers it with `WasmKeeper.setIbcHandler`.
 */
export interface WasmIbcHandler {
  /** `ibcPortId` is the contract's port (`wasm.<address>`), empty if it has none. */
  dispatch(ctx: Context, contract: string, ibcPortId: string, msg: unknown): DispatchOutput;
  query?(ctx: Context, caller: string, query: unknown): Uint8Array;
}

/** Handles `{"custom": …}` messages (the app's `meshwork` namespace). */
export type WasmCustomMsgHandler = (ctx: Context, contract: string, msg: unknown) => DispatchOutput;

function single(typeUrl: string, value: Uint8Array): DispatchOutput {
  return { data: [value], msgResponses: [{ typeUrl, value }] };
}

const protoCoin = (c: Coin) => ({ denom: c.denom, amount: c.amount.toString() });

/** Runs an SDK message through the router with the contract as its only permitted signer. */
export function runSdkMsg(k: WasmKeeper, ctx: Context, contract: string, typeUrl: string, value: Uint8Array): DispatchOutput {
  if (!k.msgRouter.has(typeUrl)) throw new ChainError(WasmErrors.UnknownMsg, `message type ${typeUrl} is not registered on this chain`);
  const decoded = k.msgRouter.decode(typeUrl, value);
  for (const s of decoded.handler.signers(decoded.msg)) {
    if (s !== contract) throw new ChainError(Codes.Unauthorized, "contract doesn't have permission");
  }
  const r = k.msgRouter.run(ctx, decoded);
  return single(r.typeUrl, r.value);
}

export function dispatchCosmosMsg(k: WasmKeeper, ctx: Context, contract: string, msg: unknown): DispatchOutput {
  const [kind, payload] = variant(msg, 'CosmosMsg');
  switch (kind) {
    case 'bank':
      return bank(k, ctx, contract, payload);
    case 'wasm':
      return wasm(k, ctx, contract, payload);
    case 'staking':
      return staking(k, ctx, contract, payload);
    case 'distribution':
      return distribution(k, ctx, contract, payload);
    case 'gov':
      return gov(k, ctx, contract, payload);
    case 'stargate':
    case 'any': {
      const p = obj(payload, kind);
      return runSdkMsg(k, ctx, contract, str(p, 'type_url'), fromB64(p['value'], 'value'));
    }
    case 'ibc': {
      if (k.ibcHandler === undefined) throw new ChainError(WasmErrors.UnknownMsg, 'IBC is not enabled on this chain');
      return k.ibcHandler.dispatch(ctx, contract, k.getContractInfo(ctx, contract)?.ibcPortId ?? '', payload);
    }
    case 'custom': {
      if (k.customMsgHandler === undefined) throw new ChainError(WasmErrors.UnknownMsg, 'custom variant not supported');
      return k.customMsgHandler(ctx, contract, payload);
    }
    default:
      throw new ChainError(WasmErrors.UnknownMsg, `unknown CosmosMsg variant ${kind}`);
  }
}

function bank(k: WasmKeeper, ctx: Context, contract: string, payload: unknown): DispatchOutput {
  const [m, p0] = variant(payload, 'BankMsg');
  const p = obj(p0, m);
  switch (m) {
    case 'send': {
      const to = k.codec.normalize(str(p, 'to_address'), 'recipient address');
      const coins = normalizeCoins(coinsJson(p['amount'], 'amount'));
      if (coins.length === 0) throw new ChainError(Codes.InvalidCoins, 'send amount must be positive');
      k.bank.sendFromUser(ctx, contract, to, coins);
      return single('/cosmos.bank.v1beta1.MsgSendResponse', MsgSendResponse.encode({}).finish());
    }
    case 'burn': {
      const coins = normalizeCoins(coinsJson(p['amount'], 'amount'));
      if (coins.length === 0) throw new ChainError(Codes.InvalidCoins, 'burn amount must be positive');
      k.bank.sendCoinsFromAccountToModule(ctx, contract, WASM_MODULE_NAME, coins);
      k.bank.burnCoins(ctx, WASM_MODULE_NAME, coins);
      return { data: [], msgResponses: [] };
    }
    default:
      throw new ChainError(WasmErrors.UnknownMsg, `unknown BankMsg variant ${m}`);
  }
}

function wasm(k: WasmKeeper, ctx: Context, contract: string, payload: unknown): DispatchOutput {
  const [m, p0] = variant(payload, 'WasmMsg');
  const p = obj(p0, m);
  switch (m) {
    case 'execute': {
      const data = k.internal.execute(ctx, { contract: str(p, 'contract_addr'), sender: contract, msg: fromB64(p['msg'], 'msg'), funds: coinsJson(p['funds'], 'funds') });
      return single('/cosmwasm.wasm.v1.MsgExecuteContractResponse', MsgExecuteContractResponse.encode({ data: data ?? new Uint8Array() }).finish());
    }
    case 'instantiate':
    case 'instantiate2': {
      const req = {
        codeId: u64(p, 'code_id'),
        sender: contract,
        admin: optStr(p, 'admin') ?? '',
        msg: fromB64(p['msg'], 'msg'),
        funds: coinsJson(p['funds'], 'funds'),
        label: str(p, 'label'),
        ...(m === 'instantiate2' ? { salt: fromB64(p['salt'], 'salt') } : {}),
      };
      const r = k.internal.instantiate(ctx, req);
      const resp = { address: r.address, data: r.data ?? new Uint8Array() };
      return m === 'instantiate'
        ? single('/cosmwasm.wasm.v1.MsgInstantiateContractResponse', MsgInstantiateContractResponse.encode(resp).finish())
        : single('/cosmwasm.wasm.v1.MsgInstantiateContract2Response', MsgInstantiateContract2Response.encode(resp).finish());
    }
    case 'migrate': {
      const data = k.internal.migrate(ctx, { contract: str(p, 'contract_addr'), sender: contract, codeId: u64(p, 'new_code_id'), msg: fromB64(p['msg'], 'msg') });
      return single('/cosmwasm.wasm.v1.MsgMigrateContractResponse', MsgMigrateContractResponse.encode({ data: data ?? new Uint8Array() }).finish());
    }
    case 'update_admin':
      k.updateAdmin(ctx, str(p, 'contract_addr'), contract, k.codec.normalize(str(p, 'admin'), 'admin address'));
      return single('/cosmwasm.wasm.v1.MsgUpdateAdminResponse', MsgUpdateAdminResponse.encode({}).finish());
    case 'clear_admin':
      k.clearAdmin(ctx, str(p, 'contract_addr'), contract);
      return single('/cosmwasm.wasm.v1.MsgClearAdminResponse', MsgClearAdminResponse.encode({}).finish());
    default:
      throw new ChainError(WasmErrors.UnknownMsg, `unknown WasmMsg variant ${m}`);
  }
}

function staking(k: WasmKeeper, ctx: Context, contract: string, payload: unknown): DispatchOutput {
  const [m, p0] = variant(payload, 'StakingMsg');
  const p = obj(p0, m);
  switch (m) {
    case 'delegate':
      return runSdkMsg(k, ctx, contract, '/cosmos.staking.v1beta1.MsgDelegate',
        MsgDelegate.encode({ delegatorAddress: contract, validatorAddress: str(p, 'validator'), amount: protoCoin(coinJson(p['amount'], 'amount')) }).finish());
    case 'undelegate':
      return runSdkMsg(k, ctx, contract, '/cosmos.staking.v1beta1.MsgUndelegate',
        MsgUndelegate.encode({ delegatorAddress: contract, validatorAddress: str(p, 'validator'), amount: protoCoin(coinJson(p['amount'], 'amount')) }).finish());
    case 'redelegate':
      return runSdkMsg(k, ctx, contract, '/cosmos.staking.v1beta1.MsgBeginRedelegate',
        MsgBeginRedelegate.encode({
          delegatorAddress: contract,
          validatorSrcAddress: str(p, 'src_validator'),
          validatorDstAddress: str(p, 'dst_validator'),
          amount: protoCoin(coinJson(p['amount'], 'amount')),
        }).finish());
    default:
      throw new ChainError(WasmErrors.UnknownMsg, `unknown StakingMsg variant ${m}`);
  }
}

function distribution(k: WasmKeeper, ctx: Context, contract: string, payload: unknown): DispatchOutput {
  const [m, p0] = variant(payload, 'DistributionMsg');
  const p = obj(p0, m);
  switch (m) {
    case 'set_withdraw_address':
      return runSdkMsg(k, ctx, contract, '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress',
        MsgSetWithdrawAddress.encode({ delegatorAddress: contract, withdrawAddress: str(p, 'address') }).finish());
    case 'withdraw_delegator_reward':
      return runSdkMsg(k, ctx, contract, '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward',
        MsgWithdrawDelegatorReward.encode({ delegatorAddress: contract, validatorAddress: str(p, 'validator') }).finish());
    case 'fund_community_pool':
      return runSdkMsg(k, ctx, contract, '/cosmos.distribution.v1beta1.MsgFundCommunityPool',
        MsgFundCommunityPool.encode({ depositor: contract, amount: normalizeCoins(coinsJson(p['amount'], 'amount')).map(protoCoin) }).finish());
    default:
      throw new ChainError(WasmErrors.UnknownMsg, `unknown DistributionMsg variant ${m}`);
  }
}

const VOTE_OPTIONS: Record<string, number> = { yes: 1, abstain: 2, no: 3, no_with_veto: 4 };

function voteOption(v: unknown): number {
  const o = typeof v === 'string' ? VOTE_OPTIONS[v] : undefined;
  if (o === undefined) throw new ChainError(Codes.InvalidRequest, `unknown vote option ${String(v)}`);
  return o;
}

/** GovMsg → cosmos.gov.v1 (wasmd's encoder), or v1beta1 when only that is registered. */
function gov(k: WasmKeeper, ctx: Context, contract: string, payload: unknown): DispatchOutput {
  const [m, p0] = variant(payload, 'GovMsg');
  const p = obj(p0, m);
  const proposalId = u64(p, 'proposal_id');
  const v1 = (name: string) => k.msgRouter.has(`/cosmos.gov.v1.${name}`);
  switch (m) {
    case 'vote': {
      // std 1.x names the field `vote`, 2.0+ `option`.
      const option = voteOption(p['option'] ?? p['vote']);
      if (v1('MsgVote') || !k.msgRouter.has('/cosmos.gov.v1beta1.MsgVote')) {
        return runSdkMsg(k, ctx, contract, '/cosmos.gov.v1.MsgVote', GovV1.MsgVote.encode({ proposalId, voter: contract, option, metadata: '' }).finish());
      }
      return runSdkMsg(k, ctx, contract, '/cosmos.gov.v1beta1.MsgVote', GovV1beta1.MsgVote.encode({ proposalId, voter: contract, option }).finish());
    }
    case 'vote_weighted': {
      const list = p['options'];
      if (!Array.isArray(list)) throw new ChainError(Codes.InvalidRequest, 'options must be a list');
      const options = list.map((x) => {
        const o = obj(x, 'weighted vote option');
        return { option: voteOption(o['option']), weight: Dec.parse(str(o, 'weight')) };
      });
      if (v1('MsgVoteWeighted') || !k.msgRouter.has('/cosmos.gov.v1beta1.MsgVoteWeighted')) {
        return runSdkMsg(k, ctx, contract, '/cosmos.gov.v1.MsgVoteWeighted',
          GovV1.MsgVoteWeighted.encode({ proposalId, voter: contract, options: options.map((o) => ({ option: o.option, weight: o.weight.toString() })), metadata: '' }).finish());
      }
      return runSdkMsg(k, ctx, contract, '/cosmos.gov.v1beta1.MsgVoteWeighted',
        GovV1beta1.MsgVoteWeighted.encode({ proposalId, voter: contract, options: options.map((o) => ({ option: o.option, weight: o.weight.toAtomicsString() })) }).finish());
    }
    default:
      throw new ChainError(WasmErrors.UnknownMsg, `unknown GovMsg variant ${m}`);
  }
}
