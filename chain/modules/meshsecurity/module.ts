/**
 * The x/meshsecurity module: `meshwork.meshsecurity.v1` Msgs (gov authority only) and Query service,
 * genesis import/export, EndBlock (the valset pipeline and the epoch scheduler).
 */
import type { Context } from '../../kernel/context.js';
import type { Module } from '../../kernel/module.js';
import { protoMsg, type MsgRouter, type QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { requireAuthority } from '../../kernel/authority.js';
import {
  MsgSetPriceFeedContract,
  MsgSetPriceFeedContractResponse,
  MsgSetVirtualStakingMaxCap,
  MsgSetVirtualStakingMaxCapResponse,
  QueryMeshSecurityParamsResponse,
  QueryVirtualStakingMaxCapLimitRequest,
  QueryVirtualStakingMaxCapLimitResponse,
  QueryVirtualStakingMaxCapLimitsResponse,
} from '../../../proto/index.js';
import { parseAmount, type Coin } from '../../types/coins.js';
import { MESHSECURITY_STORE, MeshSecurityErrors, type MeshSecurityKeeper, type MeshSecurityParams, type TaskKind } from './keeper.js';

/** Genesis JSON of the module (see README.md). */
export interface MeshSecurityGenesis {
  params?: { total_contracts_max_cap?: { denom: string; amount: string }; epoch_length?: number | string; max_gas_end_blocker?: number | string };
  /** Capped contracts; each gets a repeating `handle_epoch` task unless `scheduled_tasks` names one. */
  max_caps?: { contract: string; max_cap: { denom: string; amount: string }; delegated?: string }[];
  /** Price feeds whose repeating `handle_epoch` task starts at genesis (MsgSetPriceFeedContract's effect). */
  price_feeds?: string[];
  /** The scheduler's queue as exported (heights absolute). */
  scheduled_tasks?: { task: TaskKind; contract: string; height: number | string; repeat: boolean }[];
}

const protoCoin = (c: Coin) => ({ denom: c.denom, amount: c.amount.toString() });

function coinOf(c: { denom: string; amount: string } | undefined, what: string): Coin {
  if (c === undefined) throw new ChainError(Codes.InvalidCoins, `${what} must be set`);
  return { denom: c.denom, amount: parseAmount(c.amount) };
}

export class MeshSecurityModule implements Module {
  readonly name = 'meshsecurity';
  readonly storeKeys = [MESHSECURITY_STORE];

  constructor(readonly keeper: MeshSecurityKeeper) {}

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    r.register({
      ...protoMsg(MsgSetVirtualStakingMaxCap, 'meshsecurity'),
      signers: (m) => [m.authority],
      validate: (m) => {
        k.codec.decode(m.contract, 'contract');
        coinOf(m.maxCap, 'max_cap');
      },
      handle: (ctx, m) => {
        requireAuthority(k.authority, m.authority);
        k.setVirtualStakingMaxCap(ctx, k.codec.normalize(m.contract, 'contract'), coinOf(m.maxCap, 'max_cap'));
        return { typeUrl: MsgSetVirtualStakingMaxCapResponse.typeUrl, value: MsgSetVirtualStakingMaxCapResponse.encode({}).finish() };
      },
    });
    r.register({
      ...protoMsg(MsgSetPriceFeedContract, 'meshsecurity'),
      signers: (m) => [m.authority],
      validate: (m) => {
        k.codec.decode(m.contract, 'contract');
      },
      handle: (ctx, m) => {
        requireAuthority(k.authority, m.authority);
        k.setPriceFeedContract(ctx, k.codec.normalize(m.contract, 'contract'));
        return { typeUrl: MsgSetPriceFeedContractResponse.typeUrl, value: MsgSetPriceFeedContractResponse.encode({}).finish() };
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    const k = this.keeper;
    r.registerService('meshwork.meshsecurity.v1.Query', {
      VirtualStakingMaxCapLimit: (ctx, b) => {
        const q = QueryVirtualStakingMaxCapLimitRequest.decode(b);
        const addr = k.codec.normalize(q.address, 'address');
        return QueryVirtualStakingMaxCapLimitResponse.encode({ delegated: protoCoin(k.getTotalDelegated(ctx, addr)), cap: protoCoin(k.getMaxCap(ctx, addr)) }).finish();
      },
      VirtualStakingMaxCapLimits: (ctx) => {
        const denom = k.staking.bondDenom(ctx);
        const maxCapInfos = k.allMaxCaps(ctx).map(({ contract, cap }) => ({ contract, delegated: protoCoin(k.getTotalDelegated(ctx, contract)), cap: protoCoin({ denom, amount: cap }) }));
        return QueryVirtualStakingMaxCapLimitsResponse.encode({ maxCapInfos }).finish();
      },
      Params: (ctx) => {
        const p = k.getParams(ctx);
        return QueryMeshSecurityParamsResponse.encode({ params: { totalContractsMaxCap: protoCoin(p.totalContractsMaxCap), epochLength: p.epochLength, maxGasEndBlocker: p.maxGasEndBlocker } }).finish();
      },
    });
  }

  initGenesis(ctx: Context, state: unknown): void {
    const g = (state ?? {}) as MeshSecurityGenesis;
    const k = this.keeper;
    const defaults = k.getParams(ctx);
    const gp = g.params ?? {};
    const params: MeshSecurityParams = {
      totalContractsMaxCap: gp.total_contracts_max_cap === undefined ? defaults.totalContractsMaxCap : coinOf(gp.total_contracts_max_cap, 'total_contracts_max_cap'),
      epochLength: gp.epoch_length === undefined ? defaults.epochLength : Number(gp.epoch_length),
      maxGasEndBlocker: gp.max_gas_end_blocker === undefined ? defaults.maxGasEndBlocker : Number(gp.max_gas_end_blocker),
    };
    k.setParams(ctx, params);
    const tasks = (g.scheduled_tasks ?? []).map((t) => {
      if (t.task !== 'handle_epoch' && t.task !== 'valset_update') throw new ChainError(MeshSecurityErrors.Invalid, `meshsecurity genesis: unknown task ${String(t.task)}; known: handle_epoch, valset_update`);
      return { task: t.task, contract: k.codec.normalize(t.contract, 'contract'), height: Number(t.height), repeat: t.repeat === true };
    });
    for (const t of tasks) k.schedule(ctx, t);
    // Contracts may not exist yet at genesis (a devnet caps the address its deployment will get).
    for (const c of g.max_caps ?? []) {
      const contract = k.codec.normalize(c.contract, 'contract');
      k.setMaxCap(ctx, contract, coinOf(c.max_cap, 'max_cap'));
      if (c.delegated !== undefined && parseAmount(c.delegated) > 0n) k.restoreTotalDelegated(ctx, contract, parseAmount(c.delegated));
      if (!k.hasRepeatingTask(ctx, 'handle_epoch', contract)) k.scheduleRegularEpoch(ctx, contract);
    }
    for (const f of g.price_feeds ?? []) {
      const contract = k.codec.normalize(f, 'price feed');
      if (!k.hasRepeatingTask(ctx, 'handle_epoch', contract)) k.scheduleRegularEpoch(ctx, contract);
    }
  }

  exportGenesis(ctx: Context): MeshSecurityGenesis {
    const k = this.keeper;
    const p = k.getParams(ctx);
    const denom = k.staking.bondDenom(ctx);
    return {
      params: { total_contracts_max_cap: protoCoin(p.totalContractsMaxCap), epoch_length: p.epochLength, max_gas_end_blocker: p.maxGasEndBlocker },
      max_caps: k.allMaxCaps(ctx).map(({ contract, cap }) => ({ contract, max_cap: protoCoin({ denom, amount: cap }), delegated: k.getTotalDelegated(ctx, contract).amount.toString() })),
      scheduled_tasks: (['handle_epoch', 'valset_update'] as const).flatMap((task) => k.tasks(ctx, task).map((t) => ({ task: t.task, contract: t.contract, height: t.height, repeat: t.repeat }))),
    };
  }

  endBlock(ctx: Context): void {
    this.keeper.endBlock(ctx);
  }
}
