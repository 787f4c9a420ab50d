/**
 * TEST-ONLY second app version, so a software upgrade can be exercised for real (node, visor,
 * replay). It upgrades `MESHWORK_V1` with the plan named `V2_UPGRADE_NAME`, whose handler:
 * - runs the module migrations: `mint` goes from consensus version 1 to 2, its migration setting
 *   `blocks_per_year` to `V2_BLOCKS_PER_YEAR`;
 * - changes a param directly: staking `max_validators` becomes `V2_MAX_VALIDATORS`;
 * - adds the store `V2_ADDED_STORE` (a store upgrade, mounted from the upgrade height on) and
 *   records the upgrade height in it, so the new store is usable in the upgrade block itself.
 * Nothing in the standard app imports this file; `bin/meshwork-v2.js` runs the CLI with it.
 */
import { runMigrations } from '../../../chain/modules/upgrade/migrations.js';
import { MESHWORK_V1, type AppVersion } from '../versions.js';

export const V2_UPGRADE_NAME = 'v2';
export const V2_MAX_VALIDATORS = 125;
export const V2_BLOCKS_PER_YEAR = 5_000_000n;
export const V2_ADDED_STORE = 'v2extras';
export const V2_UPGRADED_AT_KEY = new TextEncoder().encode('upgraded_at');

export const MESHWORK_V2: AppVersion = {
  name: 'v2',
  previous: MESHWORK_V1,
  moduleVersions: (k) => ({
    mint: {
      consensusVersion: 2,
      migrations: {
        1: (ctx) => k.mint.setParams(ctx, { ...k.mint.getParams(ctx), blocksPerYear: V2_BLOCKS_PER_YEAR }),
      },
    },
  }),
  storeUpgrades: { [V2_UPGRADE_NAME]: { added: [V2_ADDED_STORE] } },
  upgradeHandlers: {
    [V2_UPGRADE_NAME]: (env, ctx, _plan, from) => {
      const vm = runMigrations(ctx, env.modules, from);
      const staking = env.keepers.staking;
      staking.setParams(ctx, { ...staking.getParams(ctx), maxValidators: V2_MAX_VALIDATORS });
      ctx.store(V2_ADDED_STORE).set(V2_UPGRADED_AT_KEY, new TextEncoder().encode(String(ctx.height)));
      return vm;
    },
  },
};
