/** The hooks module: `meshwork.hooks.v1` MsgUpdateParams (gov) and Query/Params, genesis, EndBlock. */
import type { Context } from '../../kernel/context.js';
import type { Module } from '../../kernel/module.js';
import { protoMsg, type MsgRouter, type QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { requireAuthority } from '../../kernel/authority.js';
import { MsgUpdateHooksParams, MsgUpdateHooksParamsResponse, QueryHooksParamsResponse } from '../../../proto/index.js';
import { EMPTY_HOOKS_PARAMS, HOOK_NAMES, HOOKS_STORE, paramsFromProto, paramsToProto, type HookName, type HooksKeeper, type HooksParams } from './keeper.js';

/** Genesis JSON: per hook, the registrations in call order. */
export interface HooksGenesis {
  params?: Partial<Record<HookName, { contract: string; gas_limit: string | number }[]>>;
}

export class HooksModule implements Module {
  readonly name = 'hooks';
  readonly storeKeys = [HOOKS_STORE];

  constructor(readonly keeper: HooksKeeper) {}

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    r.register({
      ...protoMsg(MsgUpdateHooksParams, 'hooks'),
      signers: (m) => [m.authority],
      validate: (m) => {
        if (m.params === undefined) throw new ChainError(Codes.InvalidRequest, 'params must be set (the complete registrations; empty lists remove every hook)');
      },
      handle: (ctx, m) => {
        requireAuthority(k.authority, m.authority);
        k.setParams(ctx, paramsFromProto(m.params!));
        return { typeUrl: MsgUpdateHooksParamsResponse.typeUrl, value: MsgUpdateHooksParamsResponse.encode({}).finish() };
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    r.registerService('meshwork.hooks.v1.Query', {
      Params: (ctx) => QueryHooksParamsResponse.encode({ params: paramsToProto(this.keeper.getParams(ctx)) }).finish(),
    });
  }

  initGenesis(ctx: Context, state: unknown): void {
    const g = (state ?? {}) as HooksGenesis;
    const p: HooksParams = { ...EMPTY_HOOKS_PARAMS };
    for (const [hook, list] of Object.entries(g.params ?? {})) {
      if (!(HOOK_NAMES as readonly string[]).includes(hook)) throw new ChainError(Codes.InvalidRequest, `hooks genesis: unknown hook ${hook}; known: ${HOOK_NAMES.join(', ')}`);
      p[hook as HookName] = (list ?? []).map((x) => {
        const gas = typeof x.gas_limit === 'string' ? Number(x.gas_limit) : x.gas_limit;
        return { contract: this.keeper.codec.normalize(x.contract), gasLimit: gas };
      });
    }
    this.keeper.setParams(ctx, p);
  }

  exportGenesis(ctx: Context): HooksGenesis {
    const p = this.keeper.getParams(ctx);
    const params: NonNullable<HooksGenesis['params']> = {};
    for (const hook of HOOK_NAMES) params[hook] = p[hook].map((r) => ({ contract: r.contract, gas_limit: String(r.gasLimit) }));
    return { params };
  }

  endBlock(ctx: Context): void {
    this.keeper.endBlock(ctx);
  }
}
