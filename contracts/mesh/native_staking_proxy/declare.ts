/** native-staking-proxy's API (mesh-security v0.10.0-alpha.2 `contracts/provider/native-staking-proxy`). */
import { contract, struct, enumOf, errors, t, unit } from '../../tools/declare.js';
import { Coin, AllDelegationsResponse, DelegationResponse, OwnerMsg } from '../common/declare-types.js';
import { meshCommon } from '../common/declare.js';

export const VoteOption = enumOf('VoteOption', { yes: unit, no: unit, abstain: unit, no_with_veto: unit }, { rust: 'cosmwasm_std::VoteOption' });
export const WeightedVoteOption = struct('WeightedVoteOption', { option: VoteOption, weight: t.Decimal });

export const InstantiateMsg = struct('InstantiateMsg', { denom: t.string, owner: t.string, validator: t.string }, { rust: 'mesh_native_staking_proxy::contract::sv::InstantiateMsg' });

export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  {
    /** From the parent (native-staking), with the stake as funds. */
    stake: { validator: t.string },
    /** From the parent: undelegate `amount` (a slash propagated by the vault); the tokens are never released. */
    burn: { validator: t.option(t.string), amount: Coin },
    /** Owner: redelegate. */
    restake: { src_validator: t.string, dst_validator: t.string, amount: Coin },
    vote: { proposal_id: t.u64, vote: VoteOption },
    vote_weighted: { proposal_id: t.u64, vote: t.vec(WeightedVoteOption) },
    /** Owner: the rewards of every delegation go to the owner (the withdraw address). */
    withdraw_rewards: {},
    unstake: { validator: t.string, amount: Coin },
    /** Owner: the unbonded (not burned) balance back to the vault through native-staking. */
    release_unbonded: {},
  },
  { rust: 'mesh_native_staking_proxy::contract::sv::ContractExecMsg' },
);

export const QueryMsg = enumOf('QueryMsg', { config: {} }, { rust: 'mesh_native_staking_proxy::contract::sv::ContractQueryMsg' });
export const Config = struct('Config', { denom: t.string, owner: t.Addr, parent: t.Addr }, { rust: 'mesh_native_staking_proxy::state::Config' });

/** The callback to native-staking. */
export const NativeStakingCallbackMsg = enumOf('NativeStakingCallbackMsg', { release_proxy_stake: {} });

export default contract({
  name: 'mesh-native-staking-proxy',
  version: '0.10.0-alpha.2',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  query: QueryMsg,
  responses: { config: Config },
  uses: [meshCommon],
  records: [OwnerMsg, NativeStakingCallbackMsg, AllDelegationsResponse, DelegationResponse],
  errors: errors('ContractError', {
    Unauthorized: 'Unauthorized',
    InvalidDenom: ['Try to send wrong denom: {denom}', { denom: t.string }],
    InsufficientDelegation: ['Validator {validator} has not enough delegated funds: {amount}', { validator: t.string, amount: t.Uint128 }],
    InsufficientDelegations: ['Native proxy {proxy} has not enough delegated funds: {amount}', { proxy: t.string, amount: t.Uint128 }],
  }),
});
