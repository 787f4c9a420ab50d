/** virtual-staking's API (mesh-security v0.10.0-alpha.2 `contracts/consumer/virtual-staking`, spec §9). */
import { contract, struct, enumOf, errors, t } from '../../tools/declare.js';
import { Coin, Validator } from '../common/declare-types.js';
import { meshCommon } from '../common/declare.js';
import { RewardInfo, ValidatorSlashInfo } from '../common/declare-ibc.js';

export const InstantiateMsg = struct('InstantiateMsg', {}, { rust: 'mesh_virtual_staking::contract::sv::InstantiateMsg' });

/** VirtualStakingApi executes, from the converter only. */
export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  {
    bond: { validator: t.string, amount: Coin },
    unbond: { validator: t.string, amount: Coin },
    burn: { validators: t.vec(t.string), amount: Coin },
  },
  { rust: 'mesh_apis::virtual_staking_api::sv::VirtualStakingApiExecMsg' },
);


/** mesh_apis::virtual_staking_api::ValidatorSlash: a slash as the chain reports it (this contract's share). */
export const ValidatorSlash = struct(
  'ValidatorSlash',
  {
    address: t.string,
    height: t.u64,
    time: t.u64,
    infraction_height: t.u64,
    infraction_time: t.u64,
    power: t.u64,
    slash_amount: t.Uint128,
    slash_ratio: t.string,
    /** [HEAD]'s field (x/meshsecurity sends it; the baseline struct has no such field). */
    is_tombstoned: t.bool,
  },
  { rust: 'mesh_apis::virtual_staking_api::ValidatorSlash' },
);

/** From x/meshsecurity: every epoch, and at the end of a block whose validator set changed. */
export const SudoMsg = enumOf(
  'SudoMsg',
  {
    handle_epoch: {},
    handle_valset_update: {
      additions: t.option(t.vec(Validator)),
      removals: t.option(t.vec(t.string)),
      updated: t.option(t.vec(Validator)),
      jailed: t.option(t.vec(t.string)),
      unjailed: t.option(t.vec(t.string)),
      tombstoned: t.option(t.vec(t.string)),
      slashed: t.option(t.vec(ValidatorSlash)),
    },
  },
  { rust: 'mesh_apis::virtual_staking_api::SudoMsg' },
);

export const QueryMsg = enumOf(
  'QueryMsg',
  { config: {}, stake: { validator: t.string }, all_stake: {} },
  { rust: 'mesh_virtual_staking::contract::sv::ContractQueryMsg' },
);

export const Config = struct('Config', { denom: t.string, converter: t.Addr }, { rust: 'mesh_virtual_staking::state::Config' });
export const StakeResponse = struct('StakeResponse', { stake: t.Uint128 });
export const ValidatorStake = struct('ValidatorStake', { validator: t.string, amount: t.Uint128 });
export const AllStakeResponse = struct('AllStakeResponse', { stakes: t.vec(ValidatorStake) });

/** Stored lists (upstream keeps them as Vec items). */
export const Bonded = struct('Bonded', { stakes: t.vec(ValidatorStake) });
export const SlashRequests = struct('SlashRequests', { slashes: t.vec(ValidatorSlash) });
export const Validators = struct('Validators', { validators: t.vec(t.string) });
export const RewardBatch = struct('RewardBatch', { rewards: t.vec(RewardInfo), total: t.Uint128 });

/** What virtual-staking sends: the chain's custom message and the converter's API. */
export const VirtualStakeMsg = enumOf('VirtualStakeMsg', { bond: { amount: Coin, validator: t.string }, unbond: { amount: Coin, validator: t.string } }, { rust: 'mesh_bindings::msg::VirtualStakeMsg' });
export const VirtualStakeCustomMsg = struct('VirtualStakeCustomMsg', { virtual_stake: VirtualStakeMsg }, { rust: 'mesh_bindings::msg::VirtualStakeCustomMsg' });
export const VirtualStakeQuery = enumOf('VirtualStakeQuery', { bond_status: { contract: t.string } }, { rust: 'mesh_bindings::query::VirtualStakeQuery' });
export const VirtualStakeCustomQuery = struct('VirtualStakeCustomQuery', { virtual_stake: VirtualStakeQuery }, { rust: 'mesh_bindings::query::VirtualStakeCustomQuery' });
export const BondStatusResponse = struct('BondStatusResponse', { cap: Coin, delegated: Coin }, { rust: 'mesh_bindings::query::BondStatusResponse' });
export const ConverterApiMsg = enumOf(
  'ConverterApiMsg',
  {
    distribute_rewards: { payments: t.vec(RewardInfo) },
    valset_update: {
      additions: t.option(t.vec(Validator)),
      removals: t.option(t.vec(t.string)),
      updated: t.option(t.vec(Validator)),
      jailed: t.option(t.vec(t.string)),
      unjailed: t.option(t.vec(t.string)),
      tombstoned: t.option(t.vec(t.string)),
      slashed: t.option(t.vec(ValidatorSlashInfo)),
    },
  },
  { rust: 'mesh_apis::converter_api::sv::ConverterApiExecMsg' },
);

export default contract({
  name: 'mesh-virtual-staking',
  version: '0.10.0-alpha.2',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  sudo: SudoMsg,
  query: QueryMsg,
  responses: { config: Config, stake: StakeResponse, all_stake: AllStakeResponse },
  uses: [meshCommon],
  records: [Bonded, SlashRequests, Validators, RewardBatch, VirtualStakeCustomMsg, VirtualStakeCustomQuery, BondStatusResponse, ConverterApiMsg],
  errors: errors('ContractError', {
    Unauthorized: 'Unauthorized',
    WrongDenom: ['Wrong denom. Cannot stake {sent}, expected {expected}', { sent: t.string, expected: t.string }],
    InsufficientBond: ['Virtual Staking: Validator {validator} has not enough bond to unbond {amount}', { validator: t.string, amount: t.Uint128 }],
    InsufficientDelegations: ['Virtual Staking: Not enough delegations to burn {amount}', { amount: t.Uint128 }],
    InvalidReplyId: ['Invalid reply id: {id}', { id: t.u64 }],
  }),
});
