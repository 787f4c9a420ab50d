/**
 * external-staking's API (mesh-security v0.10.0-alpha.2 `contracts/provider/external-staking`):
 * CrossStakingApi, the user's unstake / withdraw messages, the queries, the stored records and the
 * IBC control channel's packets and acks (`mesh_apis::ibc::packet`, spec §7). Upstream's `test_*`
 * executes (feature `mt`) are not ported: tests drive the contract over a real IBC channel.
 */
import { contract, struct, enumOf, errors, t } from '../../tools/declare.js';
import { Coin, ValueRange, SlashInfo, SlashRatioResponse, VaultApiMsg, Tx } from '../common/declare-types.js';
import { ConsumerPacket, ProviderPacket, AckWrapper, EmptyAck, ProtocolVersion } from '../common/declare-ibc.js';
import { meshCommon } from '../common/declare.js';

export const AuthorizedEndpoint = struct('AuthorizedEndpoint', { connection_id: t.string, port_id: t.string }, { rust: 'mesh_external_staking::msg::AuthorizedEndpoint' });
export const SlashRatio = struct('SlashRatio', { double_sign: t.Decimal, offline: t.Decimal });

export const InstantiateMsg = struct(
  'InstantiateMsg',
  {
    denom: t.string,
    rewards_denom: t.string,
    vault: t.string,
    unbonding_period: t.u64,
    remote_contact: AuthorizedEndpoint,
    slash_ratio: SlashRatio,
  },
  { rust: 'mesh_external_staking::contract::sv::InstantiateMsg' },
);

export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  {
    receive_virtual_stake: { owner: t.string, amount: Coin, tx_id: t.u64, msg: t.Binary },
    burn_virtual_stake: { owner: t.string, amount: Coin, validator: t.option(t.string) },
    unstake: { validator: t.string, amount: Coin },
    withdraw_unbonded: {},
    withdraw_rewards: { validator: t.string, remote_recipient: t.string },
  },
  { rust: 'mesh_external_staking::contract::sv::ContractExecMsg' },
);

/** `receive_virtual_stake`'s `msg`. */
export const ReceiveVirtualStake = struct('ReceiveVirtualStake', { validator: t.string }, { rust: 'mesh_external_staking::msg::ReceiveVirtualStake' });

export const QueryMsg = enumOf(
  'QueryMsg',
  {
    config: {},
    authorized_endpoint: {},
    ibc_channel: {},
    list_active_validators: { start_after: t.option(t.string), limit: t.option(t.u32) },
    list_validators: { start_after: t.option(t.string), limit: t.option(t.u32) },
    stake: { user: t.string, validator: t.string },
    stakes: { user: t.string, start_after: t.option(t.string), limit: t.option(t.u32) },
    pending_tx: { tx_id: t.u64 },
    all_pending_txs_desc: { start_after: t.option(t.u64), limit: t.option(t.u32) },
    pending_rewards: { user: t.string, validator: t.string },
    all_pending_rewards: { user: t.string, start_after: t.option(t.string), limit: t.option(t.u32) },
    max_slash: {},
  },
  { rust: 'mesh_external_staking::contract::sv::ContractQueryMsg' },
);

// ---- stored records (upstream's JSON)
export const Config = struct(
  'Config',
  { denom: t.string, rewards_denom: t.string, vault: t.Addr, unbonding_period: t.u64, max_slashing: SlashRatio },
  { rust: 'mesh_external_staking::state::Config' },
);
export const PendingUnbond = struct('PendingUnbond', { amount: t.Uint128, release_at: t.Timestamp }, { rust: 'mesh_external_staking::state::PendingUnbond' });
/** `points_alignment` is a signed value stored offset by U256::MAX / 2 (upstream's PointsAlignment). */
export const Stake = struct(
  'Stake',
  { stake: ValueRange, pending_unbonds: t.vec(PendingUnbond), points_alignment: t.Uint256, withdrawn_funds: t.Uint128 },
  { rust: 'mesh_external_staking::state::Stake' },
);
export const Distribution = struct(
  'Distribution',
  { total_stake: t.Uint128, points_per_stake: t.Uint256, points_leftover: t.Uint256 },
  { rust: 'mesh_external_staking::state::Distribution' },
);
export const IbcChannelRecord = struct(
  'IbcChannelRecord',
  { endpoint: struct('ChannelEndpoint', { port_id: t.string, channel_id: t.string }), counterparty_endpoint: struct('CounterpartyEndpoint', { port_id: t.string, channel_id: t.string }), order: t.string, version: t.string, connection_id: t.string },
  { rust: 'cosmwasm_std::IbcChannel' },
);

/** The validator-set CRDT (§6.5): a validator's states (`active`, `unbonded`, `jailed`, `tombstoned`), newest first. */
export const ValidatorEntry = struct(
  'ValidatorEntry',
  { pub_key: t.string, start_height: t.u64, start_time: t.u64, state: t.string },
  { rust: 'mesh_external_staking::crdt::ValState' },
);
export const ValidatorEntries = struct('ValidatorEntries', { entries: t.vec(ValidatorEntry) }, { rust: 'mesh_external_staking::crdt::ValidatorState' });

// ---- query answers
export const IbcChannelResponse = struct('IbcChannelResponse', { channel: IbcChannelRecord });
export const ConfigResponse = struct('ConfigResponse', { denom: t.string, vault: t.string, unbonding_period: t.u64 });
export const ListActiveValidatorsResponse = struct('ListActiveValidatorsResponse', { validators: t.vec(t.string) });
export const ValidatorStateResponse = struct('ValidatorStateResponse', { validator: t.string, state: t.string });
export const ListValidatorsResponse = struct('ListValidatorsResponse', { validators: t.vec(ValidatorStateResponse) });
export const StakeInfo = struct('StakeInfo', { owner: t.string, validator: t.string, stake: t.Uint128 });
export const StakesResponse = struct('StakesResponse', { stakes: t.vec(StakeInfo) });
export const PendingRewards = struct('PendingRewards', { rewards: Coin });
export const ValidatorPendingRewards = struct('ValidatorPendingRewards', { validator: t.string, rewards: PendingRewards });
export const AllPendingRewards = struct('AllPendingRewards', { rewards: t.vec(ValidatorPendingRewards) });

export default contract({
  name: 'mesh-external-staking',
  version: '0.10.0-alpha.2',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  query: QueryMsg,
  responses: {
    config: ConfigResponse,
    authorized_endpoint: AuthorizedEndpoint,
    ibc_channel: IbcChannelResponse,
    list_active_validators: ListActiveValidatorsResponse,
    list_validators: ListValidatorsResponse,
    stake: Stake,
    stakes: StakesResponse,
    pending_tx: Tx,
    all_pending_txs_desc: struct('TxResponse', { txs: t.vec(Tx) }),
    pending_rewards: PendingRewards,
    all_pending_rewards: AllPendingRewards,
    max_slash: SlashRatioResponse,
  },
  uses: [meshCommon],
  records: [ReceiveVirtualStake, Config, Distribution, ValidatorEntries, ConsumerPacket, ProviderPacket, AckWrapper, EmptyAck, ProtocolVersion, VaultApiMsg, SlashInfo],
  errors: errors('ContractError', {
    Unauthorized: 'Unauthorized',
    InvalidDenom: ['Invalid denom, {denom} expected', { denom: t.string }],
    InvalidMaxSlashing: 'You cannot use a max slashing rate over 1.0 (100%)',
    NotEnoughStake: ['Not enough tokens staked, up to {amount} can be unbond', { amount: t.Uint128 }],
    ValidatorNotActive: ['Cannot stake to {validator}, not listed as an active validator on consumer', { validator: t.string }],
    IbcChannelAlreadyOpen: 'Contract already has an open IBC channel',
    IbcOpenInitDisallowed: "You must start the channel handshake on the other side, it doesn't support OpenInit",
    InvalidEndpoint: ['Invalid authorized endpoint: {endpoint}', { endpoint: t.string }],
    WrongTypeTx: ['The tx {id} exists but is of the wrong type: {tx}', { id: t.u64, tx: t.string }],
    NoRewards: 'No staking rewards to be withdrawn',
    InsufficientDelegations: ['User {owner} has not enough delegated funds: {amount}', { owner: t.string, amount: t.Uint128 }],
    // mesh_apis::ibc::VersionError
    InvalidProtocol: ['Invalid protocol name: {protocol}', { protocol: t.string }],
    InvalidVersion: ['Invalid version: {version}', { version: t.string }],
    VersionTooOld: ['Proposed version {proposed} older than min supported {supported}', { proposed: t.string, supported: t.string }],
    VersionTooNew: ['Proposed version {proposed} has breaking changes ahead of supported {supported}', { proposed: t.string, supported: t.string }],
    InvalidChannelOrder: 'Channel must be unordered',
    // ours: a packet on a channel other than the one the handshake stored (upstream trusts the port)
    WrongChannel: ['Packet on channel {channel}, not the control channel', { channel: t.string }],
  }),
});
