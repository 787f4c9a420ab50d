/** native-staking's API (mesh-security v0.10.0-alpha.2 `contracts/provider/native-staking`). */
import { contract, struct, enumOf, errors, t } from '../../tools/declare.js';
import { Coin, SlashRatioResponse, VaultApiMsg, DelegationResponse, OwnerMsg, StakeMsg } from '../common/declare-types.js';
import { meshCommon } from '../common/declare.js';

export const InstantiateMsg = struct(
  'InstantiateMsg',
  { denom: t.string, proxy_code_id: t.u64, slash_ratio_dsign: t.Decimal, slash_ratio_offline: t.Decimal },
  { rust: 'mesh_native_staking::contract::sv::InstantiateMsg' },
);

export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  {
    /** LocalStakingApi, from the vault, with the stake as funds; `msg` is a StakeMsg. */
    receive_stake: { owner: t.string, msg: t.Binary },
    /** LocalStakingApi, from the vault: slash propagation. */
    burn_stake: { owner: t.string, amount: Coin, validator: t.option(t.string) },
    /** NativeStakingCallback, from a proxy, with the unbonded tokens as funds. */
    release_proxy_stake: {},
  },
  { rust: 'mesh_native_staking::contract::sv::ContractExecMsg' },
);

/** From the chain, before it applies a slash (spec §11.2). */
export const SudoMsg = enumOf(
  'SudoMsg',
  { jailing: { jailed: t.option(t.vec(t.string)), tombstoned: t.option(t.vec(t.string)) } },
  { rust: 'mesh_native_staking::contract::sv::ContractSudoMsg' },
);

export const QueryMsg = enumOf(
  'QueryMsg',
  { config: {}, proxy_by_owner: { owner: t.string }, owner_by_proxy: { proxy: t.string }, max_slash: {} },
  { rust: 'mesh_native_staking::contract::sv::ContractQueryMsg' },
);

export const Config = struct(
  'Config',
  { denom: t.string, proxy_code_id: t.u64, vault: t.Addr, slash_ratio_dsign: t.Decimal, slash_ratio_offline: t.Decimal },
  { rust: 'mesh_native_staking::state::Config' },
);
export const ProxyByOwnerResponse = struct('ProxyByOwnerResponse', { proxy: t.string });
export const OwnerByProxyResponse = struct('OwnerByProxyResponse', { owner: t.string });

/** What native-staking sends its proxies. */
export const ProxyInstantiateMsg = struct('ProxyInstantiateMsg', { denom: t.string, owner: t.string, validator: t.string });
export const ProxyExecMsg = enumOf('ProxyExecMsg', {
  stake: { validator: t.string },
  burn: { validator: t.option(t.string), amount: Coin },
});

export default contract({
  name: 'mesh-native-staking',
  version: '0.10.0-alpha.2',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  sudo: SudoMsg,
  query: QueryMsg,
  responses: { config: Config, proxy_by_owner: ProxyByOwnerResponse, owner_by_proxy: OwnerByProxyResponse, max_slash: SlashRatioResponse },
  uses: [meshCommon],
  records: [StakeMsg, OwnerMsg, ProxyInstantiateMsg, ProxyExecMsg, VaultApiMsg, DelegationResponse],
  errors: errors('ContractError', {
    Unauthorized: 'Unauthorized',
    InvalidReplyId: ['Invalid reply id: {id}', { id: t.u64 }],
    NoInstantiateData: 'Missing instantiate reply data',
    NoProxy: ['Missing proxy contract for {owner}', { owner: t.string }],
    InvalidSlashRatio: 'You cannot specify a slash ratio over 1.0 (100%)',
  }),
});
