/** converter's API (mesh-security v0.10.0-alpha.2 `contracts/consumer/converter`, spec §7-8). */
import { contract, struct, enumOf, errors, t } from '../../tools/declare.js';
import { Coin, Validator, PriceQuery, PriceResponse } from '../common/declare-types.js';
import { meshCommon } from '../common/declare.js';
import { ProtocolVersion, AddValidator, RewardInfo, ValidatorSlashInfo, ProviderPacket, ConsumerPacket, EmptyAck, AckWrapper } from '../common/declare-ibc.js';

export const InstantiateMsg = struct(
  'InstantiateMsg',
  { price_feed: t.string, discount: t.Decimal, remote_denom: t.string, virtual_staking_code_id: t.u64, admin: t.option(t.string) },
  { rust: 'mesh_converter::contract::sv::InstantiateMsg' },
);


/** ConverterApi executes, from virtual-staking only. */
export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  {
    distribute_reward: { validator: t.string },
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

export const QueryMsg = enumOf('QueryMsg', { config: {} }, { rust: 'mesh_converter::contract::sv::ContractQueryMsg' });
export const ConfigResponse = struct('ConfigResponse', { adjustment: t.Decimal, price_feed: t.string, virtual_staking: t.string });

export const Config = struct(
  'Config',
  { price_feed: t.Addr, price_adjustment: t.Decimal, local_denom: t.string, remote_denom: t.string },
  { rust: 'mesh_converter::state::Config' },
);
/** The control channel, once open. */
export const ChannelInfo = struct('ChannelInfo', { channel_id: t.string, port_id: t.string, connection_id: t.string });

/** What the converter sends and reads. */
export const VirtualStakeInstantiateMsg = struct('VirtualStakeInstantiateMsg', {});
export const VirtualStakingApiMsg = enumOf(
  'VirtualStakingApiMsg',
  {
    bond: { validator: t.string, amount: Coin },
    unbond: { validator: t.string, amount: Coin },
    burn: { validators: t.vec(t.string), amount: Coin },
  },
  { rust: 'mesh_apis::virtual_staking_api::sv::VirtualStakingApiExecMsg' },
);

export default contract({
  name: 'mesh-converter',
  version: '0.10.0-alpha.2',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  query: QueryMsg,
  responses: { config: ConfigResponse },
  uses: [meshCommon],
  records: [Config, ChannelInfo, ProtocolVersion, AddValidator, ProviderPacket, ConsumerPacket, EmptyAck, AckWrapper, VirtualStakeInstantiateMsg, VirtualStakingApiMsg, PriceQuery, PriceResponse],
  errors: errors('ContractError', {
    Unauthorized: 'Unauthorized',
    InvalidDiscount: 'Invalid discount, must be between 0.0 and 1.0',
    InvalidDenom: ['Invalid denom: {denom}', { denom: t.string }],
    WrongDenom: ['Sent wrong denom over IBC: {sent}, expected {expected}', { sent: t.string, expected: t.string }],
    InvalidPrice: 'Invalid price, must be greater than 0.0',
    InvalidReplyId: ['Invalid reply id: {id}', { id: t.u64 }],
    NoInstantiateData: 'Missing instantiate reply data',
    DistributeRewardsInvalidAmount: ['Sum of rewards ({sum}) doesn\'t match funds sent ({sent})', { sum: t.Uint128, sent: t.Uint128 }],
    IbcChannelAlreadyOpen: 'The IBC channel is already open',
    IbcOpenTryDisallowed: 'You must start the channel handshake on this side, it doesn\'t support OpenTry',
    InvalidChannelOrder: ['Invalid IBC channel order {order}, only unordered channels are supported', { order: t.string }],
    InvalidProtocol: ['Invalid protocol {protocol}, expected mesh-security', { protocol: t.string }],
    VersionTooOld: ['Counterparty version {version} is too old, the minimum is {min}', { version: t.string, min: t.string }],
    VersionTooNew: ['Counterparty version {version} is too new, the maximum is {max}', { version: t.string, max: t.string }],
    InvalidVersion: ['Invalid version {version}', { version: t.string }],
    NoChannel: 'IBC channel not found: the control channel is not open yet',
  }),
});
