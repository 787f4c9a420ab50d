/**
 * Message handler plugins (wasmd's `MessageEncoders` + `SDKMessageHandler`): every `CosmosMsg` a
 * contract sends becomes the cosmjs-types protobuf message a user would send — bank `MsgSend`,
 * staking, distribution and gov messages, `cosmwasm.wasm.v1` messages, `any`/`stargate` as given —
 * and runs through the app's `MsgRouter` with the contract as its only permitted signer, so a
 * contract's message takes the very path (validation, branch, handler) a user's does. The two
 * exceptions are wasmd's too: `BankMsg::Burn` (no SDK message burns from an account) and `IbcMsg`,
 * handed to the IBC module's handler. `{"custom": {"<name>": …}}` goes to the plugin the app
 * registered under `<name>`.
 */
import { MsgDelegate, MsgUndelegate, MsgBeginRedelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { MsgSetWithdrawAddress, MsgWithdrawDelegatorReward, MsgFundCommunityPool } from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import * as GovV1 from 'cosmjs-types/cosmos/gov/v1/tx';
import * as GovV1beta1 from 'cosmjs-types/cosmos/gov/v1beta1/tx';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { MsgClearAdmin, MsgExecuteContract, MsgInstantiateContract, MsgInstantiateContract2, MsgMigrateContract, MsgUpdateAdmin } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import type { MsgRouter } from '../../kernel/router.js';
import type { AddressCodec } from '../../types/address.js';
import { Dec } from '../../types/dec.js';
import { normalizeCoins, type Coin } from '../../types/coins.js';
import { WASM_MODULE_NAME } from './addresses.js';
import type { DispatchOutput, MessageHandler } from './dispatcher.js';
import { WasmErrors } from './errors.js';
import { coinJson, coinsJson, fromB64, obj, optStr, str, u64, variant } from './json.js';

export type { DispatchOutput };

/**
 * Where contracts' `IbcMsg`s (transfer, send_packet, write_acknowledgement, close_channel) and `ibc`
 * queries go. The IBC module implements it and the app registers it with `WasmKeeper.setIbcHandler`.
 */
export interface WasmIbcHandler {
  /** `ibcPortId` is the contract's port (`wasm.<address>`), empty if it has none. */
  dispatch(ctx: Context, contract: string, ibcPortId: string, msg: unknown): DispatchOutput;
  query?(ctx: Context, caller: string, query: unknown): Uint8Array;
}

/** One kind of `CosmosMsg` (the payload under its variant name) turned into chain actions. */
export type MessagePlugin = (ctx: Context, contract: string, payload: unknown) => DispatchOutput;

/** A custom message plugin: gets the payload under its name in `{"custom": {"<name>": payload}}`. */
export type WasmCustomMsgHandler = MessagePlugin;

/** What the standard plugins need of the chain: the router, and bank's burn for `BankMsg::Burn`. */
export interface MessagePluginDeps {
  msgRouter: MsgRouter;
  codec: AddressCodec;
  bank: {
    sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Coin[]): void;
    burnCoins(ctx: Context, module: string, coins: Coin[]): void;
  };
  /** The IBC handler, when the app has IBC (looked up per message: the app sets it after the keeper). */
  ibc(): WasmIbcHandler | undefined;
  /** The contract's IBC port, empty if it has none. */
  ibcPort(ctx: Context, contract: string): string;
}

const protoCoin = (c: Coin) => ({ denom: c.denom, amount: c.amount.toString() });

/** Runs an SDK message through the router with the contract as its only permitted signer. */
export function runSdkMsg(router: MsgRouter, ctx: Context, contract: string, typeUrl: string, value: Uint8Array): DispatchOutput {
  if (!router.has(typeUrl)) throw new ChainError(WasmErrors.UnknownMsg, `message type ${typeUrl} is not registered on this chain`);
  const decoded = router.decode(typeUrl, value);
  for (const s of decoded.handler.signers(decoded.msg)) {
    if (s !== contract) throw new ChainError(Codes.Unauthorized, "contract doesn't have permission");
  }
  const r = router.run(ctx, decoded);
  return { data: [r.value], msgResponses: [{ typeUrl: r.typeUrl, value: r.value }] };
}

/**
 * Looks at every `CosmosMsg` a contract sends before its plugin runs, and throws to refuse it
 * (wasmd's handler chained first, e.g. mesh-security's integrity handler). `kind` is the variant.
 */
export type MessageGuard = (ctx: Context, contract: string, kind: string, payload: unknown) => void;

/** The plugin chain: standard plugins by variant, custom ones by name. */
export class MessagePlugins implements MessageHandler {
  private readonly plugins = new Map<string, MessagePlugin>();
  private readonly custom = new Map<string, MessagePlugin>();
  private readonly guards: MessageGuard[] = [];

  constructor(deps: MessagePluginDeps) {
    const { msgRouter: router } = deps;
    const sdk = (ctx: Context, contract: string, typeUrl: string, value: Uint8Array) => runSdkMsg(router, ctx, contract, typeUrl, value);
    this.plugins.set('bank', (ctx, contract, p) => bank(deps, ctx, contract, p));
    this.plugins.set('wasm', (ctx, contract, p) => wasm(deps, ctx, contract, p));
    this.plugins.set('staking', (ctx, contract, p) => staking(router, ctx, contract, p));
    this.plugins.set('distribution', (ctx, contract, p) => distribution(router, ctx, contract, p));
    this.plugins.set('gov', (ctx, contract, p) => gov(router, ctx, contract, p));
    for (const kind of ['stargate', 'any']) {
      this.plugins.set(kind, (ctx, contract, payload) => {
        const p = obj(payload, kind);
        return sdk(ctx, contract, str(p, 'type_url'), fromB64(p['value'], 'value'));
      });
    }
    this.plugins.set('ibc', (ctx, contract, payload) => {
      const h = deps.ibc();
      if (h === undefined) throw new ChainError(WasmErrors.UnknownMsg, 'IBC is not enabled on this chain');
      return h.dispatch(ctx, contract, deps.ibcPort(ctx, contract), payload);
    });
    this.plugins.set('custom', (ctx, contract, payload) => this.dispatchCustom(ctx, contract, payload));
  }

  /** Registers the plugin for `{"custom": {"<name>": …}}` (e.g. Mesh Security's `virtual_stake`). */
  registerCustom(name: string, plugin: MessagePlugin): void {
    if (this.custom.has(name)) throw new Error(`custom message plugin ${name} registered twice`);
    this.custom.set(name, plugin);
  }
  /** Adds a guard every contract message passes first (in the order added). */
  addGuard(guard: MessageGuard): void {
    this.guards.push(guard);
  }
  customNames(): string[] {
    return [...this.custom.keys()].sort();
  }

  dispatch(ctx: Context, contract: string, msg: Record<string, unknown>): DispatchOutput {
    const [kind, payload] = variant(msg, 'CosmosMsg');
    const plugin = this.plugins.get(kind);
    if (plugin === undefined) throw new ChainError(WasmErrors.UnknownMsg, `unknown CosmosMsg variant ${kind}`);
    for (const g of this.guards) g(ctx, contract, kind, payload);
    return plugin(ctx, contract, payload);
  }

  private dispatchCustom(ctx: Context, contract: string, payload: unknown): DispatchOutput {
    if (this.custom.size === 0) throw new ChainError(WasmErrors.UnknownMsg, 'custom variant not supported');
    const [name, inner] = variant(payload, 'custom message');
    const plugin = this.custom.get(name);
    if (plugin === undefined) throw new ChainError(WasmErrors.UnknownMsg, `custom message ${name}: this chain handles ${this.customNames().map((n) => JSON.stringify(n)).join(', ')}`);
    return plugin(ctx, contract, inner);
  }
}

function bank(deps: MessagePluginDeps, ctx: Context, contract: string, payload: unknown): DispatchOutput {
  const [m, p0] = variant(payload, 'BankMsg');
  const p = obj(p0, m);
  switch (m) {
    case 'send': {
      const to = deps.codec.normalize(str(p, 'to_address'), 'recipient address');
      const coins = normalizeCoins(coinsJson(p['amount'], 'amount'));
      if (coins.length === 0) throw new ChainError(Codes.InvalidCoins, 'send amount must be positive');
      return runSdkMsg(deps.msgRouter, ctx, contract, MsgSend.typeUrl, MsgSend.encode({ fromAddress: contract, toAddress: to, amount: coins.map(protoCoin) }).finish());
    }
    case 'burn': {
      // No SDK message burns from an account: wasmd's burn handler moves the coins to the module and burns them.
      const coins = normalizeCoins(coinsJson(p['amount'], 'amount'));
      if (coins.length === 0) throw new ChainError(Codes.InvalidCoins, 'burn amount must be positive');
      deps.bank.sendCoinsFromAccountToModule(ctx, contract, WASM_MODULE_NAME, coins);
      deps.bank.burnCoins(ctx, WASM_MODULE_NAME, coins);
      return { data: [], msgResponses: [] };
    }
    default:
      throw new ChainError(WasmErrors.UnknownMsg, `unknown BankMsg variant ${m}`);
  }
}

function wasm(deps: MessagePluginDeps, ctx: Context, contract: string, payload: unknown): DispatchOutput {
  const [m, p0] = variant(payload, 'WasmMsg');
  const p = obj(p0, m);
  const run = (typeUrl: string, value: Uint8Array) => runSdkMsg(deps.msgRouter, ctx, contract, typeUrl, value);
  switch (m) {
    case 'execute':
      return run(MsgExecuteContract.typeUrl, MsgExecuteContract.encode({ sender: contract, contract: str(p, 'contract_addr'), msg: fromB64(p['msg'], 'msg'), funds: normalizeCoins(coinsJson(p['funds'], 'funds')).map(protoCoin) }).finish());
    case 'instantiate':
      return run(MsgInstantiateContract.typeUrl, MsgInstantiateContract.encode({
        sender: contract,
        admin: optStr(p, 'admin') ?? '',
        codeId: u64(p, 'code_id'),
        label: str(p, 'label'),
        msg: fromB64(p['msg'], 'msg'),
        funds: normalizeCoins(coinsJson(p['funds'], 'funds')).map(protoCoin),
      }).finish());
    case 'instantiate2':
      return run(MsgInstantiateContract2.typeUrl, MsgInstantiateContract2.encode({
        sender: contract,
        admin: optStr(p, 'admin') ?? '',
        codeId: u64(p, 'code_id'),
        label: str(p, 'label'),
        msg: fromB64(p['msg'], 'msg'),
        funds: normalizeCoins(coinsJson(p['funds'], 'funds')).map(protoCoin),
        salt: fromB64(p['salt'], 'salt'),
        fixMsg: false,
      }).finish());
    case 'migrate':
      return run(MsgMigrateContract.typeUrl, MsgMigrateContract.encode({ sender: contract, contract: str(p, 'contract_addr'), codeId: u64(p, 'new_code_id'), msg: fromB64(p['msg'], 'msg') }).finish());
    case 'update_admin':
      return run(MsgUpdateAdmin.typeUrl, MsgUpdateAdmin.encode({ sender: contract, newAdmin: deps.codec.normalize(str(p, 'admin'), 'admin address'), contract: str(p, 'contract_addr') }).finish());
    case 'clear_admin':
      return run(MsgClearAdmin.typeUrl, MsgClearAdmin.encode({ sender: contract, contract: str(p, 'contract_addr') }).finish());
    default:
      throw new ChainError(WasmErrors.UnknownMsg, `unknown WasmMsg variant ${m}`);
  }
}

function staking(router: MsgRouter, ctx: Context, contract: string, payload: unknown): DispatchOutput {
  const [m, p0] = variant(payload, 'StakingMsg');
  const p = obj(p0, m);
  switch (m) {
    case 'delegate':
      return runSdkMsg(router, ctx, contract, '/cosmos.staking.v1beta1.MsgDelegate',
        MsgDelegate.encode({ delegatorAddress: contract, validatorAddress: str(p, 'validator'), amount: protoCoin(coinJson(p['amount'], 'amount')) }).finish());
    case 'undelegate':
      return runSdkMsg(router, ctx, contract, '/cosmos.staking.v1beta1.MsgUndelegate',
        MsgUndelegate.encode({ delegatorAddress: contract, validatorAddress: str(p, 'validator'), amount: protoCoin(coinJson(p['amount'], 'amount')) }).finish());
    case 'redelegate':
      return runSdkMsg(router, ctx, contract, '/cosmos.staking.v1beta1.MsgBeginRedelegate',
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

function distribution(router: MsgRouter, ctx: Context, contract: string, payload: unknown): DispatchOutput {
  const [m, p0] = variant(payload, 'DistributionMsg');
  const p = obj(p0, m);
  switch (m) {
    case 'set_withdraw_address':
      return runSdkMsg(router, ctx, contract, '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress',
        MsgSetWithdrawAddress.encode({ delegatorAddress: contract, withdrawAddress: str(p, 'address') }).finish());
    case 'withdraw_delegator_reward':
      return runSdkMsg(router, ctx, contract, '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward',
        MsgWithdrawDelegatorReward.encode({ delegatorAddress: contract, validatorAddress: str(p, 'validator') }).finish());
    case 'fund_community_pool':
      return runSdkMsg(router, ctx, contract, '/cosmos.distribution.v1beta1.MsgFundCommunityPool',
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
function gov(router: MsgRouter, ctx: Context, contract: string, payload: unknown): DispatchOutput {
  const [m, p0] = variant(payload, 'GovMsg');
  const p = obj(p0, m);
  const proposalId = u64(p, 'proposal_id');
  const v1 = (name: string) => router.has(`/cosmos.gov.v1.${name}`);
  switch (m) {
    case 'vote': {
      // std 1.x names the field `vote`, 2.0+ `option`.
      const option = voteOption(p['option'] ?? p['vote']);
      if (v1('MsgVote') || !router.has('/cosmos.gov.v1beta1.MsgVote')) {
        return runSdkMsg(router, ctx, contract, '/cosmos.gov.v1.MsgVote', GovV1.MsgVote.encode({ proposalId, voter: contract, option, metadata: '' }).finish());
      }
      return runSdkMsg(router, ctx, contract, '/cosmos.gov.v1beta1.MsgVote', GovV1beta1.MsgVote.encode({ proposalId, voter: contract, option }).finish());
    }
    case 'vote_weighted': {
      const list = p['options'];
      if (!Array.isArray(list)) throw new ChainError(Codes.InvalidRequest, 'options must be a list');
      const options = list.map((x) => {
        const o = obj(x, 'weighted vote option');
        return { option: voteOption(o['option']), weight: Dec.parse(str(o, 'weight')) };
      });
      if (v1('MsgVoteWeighted') || !router.has('/cosmos.gov.v1beta1.MsgVoteWeighted')) {
        return runSdkMsg(router, ctx, contract, '/cosmos.gov.v1.MsgVoteWeighted',
          GovV1.MsgVoteWeighted.encode({ proposalId, voter: contract, options: options.map((o) => ({ option: o.option, weight: o.weight.toString() })), metadata: '' }).finish());
      }
      return runSdkMsg(router, ctx, contract, '/cosmos.gov.v1beta1.MsgVoteWeighted',
        GovV1beta1.MsgVoteWeighted.encode({ proposalId, voter: contract, options: options.map((o) => ({ option: o.option, weight: o.weight.toAtomicsString() })) }).finish());
    }
    default:
      throw new ChainError(WasmErrors.UnknownMsg, `unknown GovMsg variant ${m}`);
  }
}
