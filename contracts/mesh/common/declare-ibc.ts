/**
 * The control channel's wire types (upstream `mesh_apis::ibc`, spec §7), shared by the converter
 * (consumer end) and external-staking (provider end), with upstream's Rust paths and strictness.
 */
import { struct, enumOf, t } from '../../tools/declare.js';
import { Coin } from './declare-types.js';

/** The channel version both ends negotiate: `{"protocol":"mesh-security","version":"0.11.0"}`. */
/** Not `#[cw_serde]` upstream (a plain derive), so unknown fields are tolerated. */
export const ProtocolVersion = struct('ProtocolVersion', { protocol: t.string, version: t.string }, { rust: 'mesh_apis::ibc::version::ProtocolVersion', denyUnknown: false });

export const AddValidator = struct('AddValidator', { valoper: t.string, pub_key: t.string }, { rust: 'mesh_apis::ibc::packet::AddValidator' });
export const RewardInfo = struct('RewardInfo', { validator: t.string, reward: t.Uint128 }, { rust: 'mesh_apis::converter_api::RewardInfo' });
export const ValidatorSlashInfo = struct(
  'ValidatorSlashInfo',
  { address: t.string, infraction_height: t.u64, infraction_time: t.u64, power: t.u64, slash_amount: Coin, slash_ratio: t.string },
  { rust: 'mesh_apis::converter_api::ValidatorSlashInfo' },
);

/** Provider → consumer. */
export const ProviderPacket = enumOf(
  'ProviderPacket',
  {
    stake: { validator: t.string, stake: Coin, tx_id: t.u64 },
    unstake: { validator: t.string, unstake: Coin, tx_id: t.u64 },
    burn: { validators: t.vec(t.string), burn: Coin },
    transfer_rewards: { rewards: Coin, recipient: t.string, tx_id: t.u64 },
  },
  { rust: 'mesh_apis::ibc::packet::ProviderPacket' },
);

/** Consumer → provider. */
export const ConsumerPacket = enumOf(
  'ConsumerPacket',
  {
    valset_update: {
      height: t.u64,
      time: t.u64,
      additions: t.vec(AddValidator),
      removals: t.vec(t.string),
      updated: t.vec(AddValidator),
      jailed: t.vec(t.string),
      unjailed: t.vec(t.string),
      tombstoned: t.vec(t.string),
      slashed: t.vec(ValidatorSlashInfo),
    },
    distribute: { validator: t.string, rewards: Coin },
    distribute_batch: { rewards: t.vec(RewardInfo), denom: t.string },
  },
  { rust: 'mesh_apis::ibc::packet::ConsumerPacket' },
);

/** Every ack payload is an empty `#[cw_serde]` struct (`StakeAck{}`, `UnstakeAck{}`, `TransferRewardsAck{}`, `ValsetUpdateAck{}`, `DistributeAck{}`). */
export const EmptyAck = struct('EmptyAck', {}, { rust: 'mesh_apis::ibc::packet::StakeAck' });

/** The ICS/StdAck envelope: exactly one of `result` (base64 JSON) or `error`. */
export const AckWrapper = enumOf('AckWrapper', { result: t.Binary, error: t.string }, { rust: 'mesh_apis::ibc::packet::AckWrapper' });
