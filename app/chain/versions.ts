/**
 * App versions ("binaries" in cosmovisor's sense). The chain runs one app version at a time; a
 * software upgrade passed by governance halts the old version at the plan height, and the version
 * that registers a handler under the plan's name continues from there. Each version names the one
 * it upgrades from, so a replay from genesis runs every version in turn across its upgrades.
 *
 * The standard app is `MESHWORK_V1` (no upgrade handlers). `app/chain/v2/` holds a second,
 * test-only version so an upgrade can be exercised for real.
 */
import type { Context } from '../../chain/kernel/context.js';
import type { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade';
import type { Migration, VersionMap, VersionedModule } from '../../chain/modules/upgrade/migrations.js';
import type { MeshworkKeepers } from './meshwork-app.js';
import type { StoreUpgrades } from '../../chain/store/multistore.js';

/** What an upgrade handler may use: the keepers and the binary's versioned modules. */
export interface UpgradeEnv {
  keepers: MeshworkKeepers;
  modules: readonly VersionedModule[];
}

export interface AppVersion {
  /** Shown by `meshwork version`-like output and logs, e.g. "v1". */
  name: string;
  /** The version this one upgrades from; undefined for the genesis version. */
  previous?: AppVersion;
  /** Modules whose consensus version differs from 1, with the migrations that lead there. */
  moduleVersions?: (k: MeshworkKeepers) => Record<string, { consensusVersion: number; migrations: Record<number, Migration> }>;
  /** Upgrade handlers by plan name: the upgrades this version applies. */
  upgradeHandlers?: Record<string, (env: UpgradeEnv, ctx: Context, plan: Plan, from: VersionMap) => VersionMap>;
  /**
   * Store additions, renames and deletions by plan name (the SDK's `StoreUpgrades`): applied when
   * this version opens the state of the height right before that plan's height, so the upgrade
   * block's handler already sees the new stores and its commit is the first with the new set.
   */
  storeUpgrades?: Record<string, StoreUpgrades>;
}

export const MESHWORK_V1: AppVersion = { name: 'v1' };

/** The versions from genesis up to `v`, oldest first. */
export function versionLineage(v: AppVersion): AppVersion[] {
  const out: AppVersion[] = [];
  for (let cur: AppVersion | undefined = v; cur !== undefined; cur = cur.previous) out.unshift(cur);
  return out;
}

/** The version of `v`'s lineage that applies the plan named `name`. */
export function versionWithHandler(v: AppVersion, name: string): AppVersion | undefined {
  return versionLineage(v).find((x) => x.upgradeHandlers?.[name] !== undefined);
}
