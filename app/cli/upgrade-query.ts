/**
 * `meshwork query upgrade plan|applied <name>|module-versions [module]|authority`: the
 * `cosmos.upgrade.v1beta1.Query` service over `abci_query`, printed as the SDK CLI prints it.
 */
import * as UQ from 'cosmjs-types/cosmos/upgrade/v1beta1/query';
import type { Args, Connection } from './client.js';

export const UPGRADE_QUERY_USAGE = `  meshwork query upgrade plan                         meshwork query upgrade applied <name>
  meshwork query upgrade module-versions [--module m] meshwork query upgrade authority`;

export const UPGRADE_QUERY_FLAGS = ['module'] as const;

export interface UpgradeQuerySpec {
  args: string[];
  run(s: { conn: Connection }, p: string[], a: Args): Promise<unknown>;
}

function client(conn: Connection): UQ.QueryClientImpl {
  return new UQ.QueryClientImpl({ request: (service: string, method: string, data: Uint8Array) => conn.abci(`/${service}/${method}`, data) });
}

const snake = (o: unknown): unknown => JSON.parse(JSON.stringify(o, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)).replace(/"([a-z]+[A-Z][A-Za-z]*)":/g, (_m, k: string) => `"${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}":`));

export const UPGRADE_QUERIES: Record<string, UpgradeQuerySpec> = {
  'upgrade plan': {
    args: [],
    run: async ({ conn }) => {
      const r = await client(conn).CurrentPlan({});
      // The SDK CLI prints the plan itself, or "no upgrade scheduled".
      return r.plan === undefined ? { plan: null } : snake(UQ.QueryCurrentPlanResponse.toJSON(r));
    },
  },
  'upgrade applied': {
    args: ['name'],
    run: async ({ conn }, [name]) => {
      const r = await client(conn).AppliedPlan({ name: name! });
      return { name, height: r.height.toString(), applied: r.height > 0n };
    },
  },
  'upgrade module-versions': {
    args: [],
    run: async ({ conn }, _p, a) => snake(UQ.QueryModuleVersionsResponse.toJSON(await client(conn).ModuleVersions({ moduleName: a.flags.get('module') ?? '' }))),
  },
  'upgrade authority': { args: [], run: async ({ conn }) => ({ address: (await client(conn).Authority({})).address }) },
};
