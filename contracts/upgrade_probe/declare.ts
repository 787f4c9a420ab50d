/**
 * upgrade_probe's API: a test contract to be migrated. Its migrate sets the cw2 version it is told,
 * can overwrite a marker in storage, or refuses on request — what the governance-upgrade tests need
 * to tell a committed migration from a reverted one.
 */
import { contract, struct, enumOf, errors, t } from '../tools/declare.js';
import { ContractVersion } from '../common/declare.js';

export const InstantiateMsg = struct('InstantiateMsg', { name: t.option(t.string), version: t.option(t.string), marker: t.option(t.string) }, { rust: 'upgrade_probe::msg::InstantiateMsg' });
export const ExecuteMsg = enumOf('ExecuteMsg', { set_marker: { value: t.string } }, { rust: 'upgrade_probe::msg::ExecuteMsg' });
export const MigrateMsg = struct('MigrateMsg', { name: t.option(t.string), version: t.option(t.string), marker: t.option(t.string), fail: t.option(t.bool) }, { rust: 'upgrade_probe::msg::MigrateMsg' });
export const QueryMsg = enumOf('QueryMsg', { state: {} }, { rust: 'upgrade_probe::msg::QueryMsg' });
export const StateResponse = struct('StateResponse', { contract: t.string, version: t.string, marker: t.string, migrations: t.u64 });
export const Marker = struct('Marker', { value: t.string, migrations: t.u64 }, { rust: 'upgrade_probe::state::Marker' });

export default contract({
  name: 'upgrade-probe',
  version: '0.1.0',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  migrate: MigrateMsg,
  query: QueryMsg,
  responses: { state: StateResponse },
  records: [ContractVersion, Marker],
  errors: errors('ContractError', {
    MigrateRefused: 'migrate_refused: this migrate message asks the probe to fail',
  }),
});
