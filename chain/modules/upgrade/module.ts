/**
 * x/upgrade module: the gov-only messages, the `cosmos.upgrade.v1beta1.Query` service (what CosmJS's
 * upgrade extension and the CLI call over `abci_query`), genesis (the binary's version map) and the
 * PreBlocker.
 */
import * as Tx from 'cosmjs-types/cosmos/upgrade/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/upgrade/v1beta1/query';
import type { Context } from '../../kernel/context.js';
import type { Module } from '../../kernel/module.js';
import { protoMsg, type MsgRouter, type QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { UPGRADE_MODULE, UPGRADE_STORE, validatePlan, type UpgradeKeeper } from './keeper.js';
import type { VersionMap } from './migrations.js';

export const QUERY_SERVICE = 'cosmos.upgrade.v1beta1.Query';

export class UpgradeModule implements Module {
  readonly name = UPGRADE_MODULE;
  readonly storeKeys = [UPGRADE_STORE];

  /** `binaryVersions`: the version map of this binary's modules, stored at genesis. */
  constructor(
    readonly keeper: UpgradeKeeper,
    private readonly binaryVersions: () => VersionMap,
  ) {}

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    const checkAuthority = (authority: string): void => {
      if (authority !== k.authority) throw new ChainError(Codes.Unauthorized, `expected authority account as only signer for proposal message: expected ${k.authority}, got ${authority}`);
    };
    r.register<Tx.MsgSoftwareUpgrade>({
      ...protoMsg(Tx.MsgSoftwareUpgrade, UPGRADE_MODULE),
      signers: (m) => [m.authority],
      validate: (m) => validatePlan(m.plan),
      handle: (ctx, m) => {
        checkAuthority(m.authority);
        k.scheduleUpgrade(ctx, m.plan);
        ctx.emit(event('software_upgrade', { name: m.plan.name, height: m.plan.height.toString() }));
        return { typeUrl: '/cosmos.upgrade.v1beta1.MsgSoftwareUpgradeResponse', value: Tx.MsgSoftwareUpgradeResponse.encode({}).finish() };
      },
    });
    r.register<Tx.MsgCancelUpgrade>({
      ...protoMsg(Tx.MsgCancelUpgrade, UPGRADE_MODULE),
      signers: (m) => [m.authority],
      handle: (ctx, m) => {
        checkAuthority(m.authority);
        k.clearPlan(ctx);
        return { typeUrl: '/cosmos.upgrade.v1beta1.MsgCancelUpgradeResponse', value: Tx.MsgCancelUpgradeResponse.encode({}).finish() };
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    const k = this.keeper;
    r.registerService(QUERY_SERVICE, {
      CurrentPlan: (ctx) => Q.QueryCurrentPlanResponse.encode({ plan: k.getPlan(ctx) }).finish(),
      AppliedPlan: (ctx, req) => {
        const { name } = Q.QueryAppliedPlanRequest.decode(req);
        return Q.QueryAppliedPlanResponse.encode({ height: BigInt(k.getDoneHeight(ctx, name)) }).finish();
      },
      ModuleVersions: (ctx, req) => {
        const { moduleName } = Q.QueryModuleVersionsRequest.decode(req);
        const vm = k.getVersionMap(ctx);
        const all = [...vm.entries()].map(([name, version]) => ({ name, version: BigInt(version) }));
        if (moduleName === '') return Q.QueryModuleVersionsResponse.encode({ moduleVersions: all }).finish();
        const one = all.filter((m) => m.name === moduleName);
        if (one.length === 0) throw new ChainError(Codes.NotFound, `x/upgrade: QueryModuleVersions module ${moduleName} not found`);
        return Q.QueryModuleVersionsResponse.encode({ moduleVersions: one }).finish();
      },
      Authority: () => Q.QueryAuthorityResponse.encode({ address: k.authority }).finish(),
    });
  }

  /** Upstream x/upgrade has no genesis state; the app's InitChainer stores the binary's version map. */
  initGenesis(ctx: Context): void {
    this.keeper.setVersionMap(ctx, this.binaryVersions());
  }

  exportGenesis(): Record<string, never> {
    return {};
  }

  preBlock(ctx: Context): void {
    this.keeper.preBlock(ctx);
  }
}
