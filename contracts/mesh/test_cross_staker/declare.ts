/** The test lien holder's API (a test contract, see assembly/contract.ts). */
import { contract, struct, enumOf, t } from '../../tools/declare.js';
import { Coin, SlashInfo, SlashRatioResponse, VaultApiMsg } from '../common/declare-types.js';
import { meshCommon } from '../common/declare.js';

export const InstantiateMsg = struct(
  'InstantiateMsg',
  {
    /** Default: the instantiator (a vault creating its local staker). */
    vault: t.option(t.string),
    slash_ratio_dsign: t.Decimal,
    slash_ratio_offline: t.Decimal,
  },
  { rust: 'mesh_test_cross_staker::InstantiateMsg' },
);

export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  {
    // what the vault sends (CrossStakingApi / LocalStakingApi)
    receive_virtual_stake: { owner: t.string, amount: Coin, tx_id: t.u64, msg: t.Binary },
    burn_virtual_stake: { owner: t.string, amount: Coin, validator: t.option(t.string) },
    receive_stake: { owner: t.string, msg: t.Binary },
    burn_stake: { owner: t.string, amount: Coin, validator: t.option(t.string) },
    // what the test plays as the remote side
    commit: { tx_id: t.u64 },
    rollback: { tx_id: t.u64 },
    release: { owner: t.string, amount: Coin },
    slash: { slashes: t.vec(SlashInfo), validator: t.string },
  },
  { rust: 'mesh_test_cross_staker::ExecuteMsg' },
);

export const QueryMsg = enumOf('QueryMsg', { max_slash: {} }, { rust: 'mesh_test_cross_staker::QueryMsg' });

export const Config = struct('Config', { vault: t.Addr, slash_ratio_dsign: t.Decimal, slash_ratio_offline: t.Decimal });

export default contract({
  name: 'mesh-test-cross-staker',
  version: '0.1.0',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  query: QueryMsg,
  responses: { max_slash: SlashRatioResponse },
  uses: [meshCommon],
  records: [Config, VaultApiMsg],
});
