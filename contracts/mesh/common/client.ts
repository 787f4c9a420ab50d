// Generated from contracts/mesh/common/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// The types of these shared declarations, in the shape @cosmwasm/ts-codegen writes; contract clients import them from here.
import type { AllDelegationsResponse, Coin, Delegation, DelegationResponse, FullDelegation, Validator } from '../../common/client.js';
export type { AllDelegationsResponse, Coin, Delegation, DelegationResponse, FullDelegation, Validator } from '../../common/client.js';

export type Binary = string;

export type CrossStakingApiMsg =
  | { receive_virtual_stake: {
      owner: string;
      amount: Coin;
      tx_id: number;
      msg: Binary;
    } }
  | { burn_virtual_stake: {
      owner: string;
      amount: Coin;
      validator?: string | null;
    } };

export type LocalStakingApiMsg =
  | { receive_stake: {
      owner: string;
      msg: Binary;
    } }
  | { burn_stake: {
      owner: string;
      amount: Coin;
      validator?: string | null;
    } };

export type MaxSlashQuery =
  | { max_slash: {} };

export interface OwnerMsg {
  owner: string;
}

export type PriceQuery =
  | { price: {} };

export type Decimal = string;

export interface PriceResponse {
  native_per_foreign: Decimal;
}

export type Uint128 = string;

export interface SlashInfo {
  user: string;
  slash: Uint128;
}

export interface SlashRatioResponse {
  slash_ratio_dsign: Decimal;
  slash_ratio_offline: Decimal;
}

export interface StakeMsg {
  validator: string;
}

export type Addr = string;

export type Tx =
  | { in_flight_staking: {
      id: number;
      amount: Uint128;
      slashable: Decimal;
      user: Addr;
      lienholder: Addr;
    } }
  | { in_flight_remote_staking: {
      id: number;
      amount: Uint128;
      user: Addr;
      validator: string;
    } }
  | { in_flight_remote_unstaking: {
      id: number;
      amount: Uint128;
      user: Addr;
      validator: string;
    } }
  | { in_flight_transfer_funds: {
      id: number;
      amount: Uint128;
      staker: Addr;
      validator: string;
    } };

export interface ValueRange {
  l: Uint128;
  h: Uint128;
}

export type VaultApiMsg =
  | { release_cross_stake: {
      owner: string;
      amount: Coin;
    } }
  | { release_local_stake: {
      owner: string;
    } }
  | { commit_tx: {
      tx_id: number;
    } }
  | { rollback_tx: {
      tx_id: number;
    } }
  | { local_slash: {
      slashes: SlashInfo[];
      validator: string;
    } }
  | { cross_slash: {
      slashes: SlashInfo[];
      validator: string;
    } };

export type AckWrapper =
  | { result: Binary }
  | { error: string };

export interface AddValidator {
  valoper: string;
  pub_key: string;
}

export interface ValidatorSlashInfo {
  address: string;
  infraction_height: number;
  infraction_time: number;
  power: number;
  slash_amount: Coin;
  slash_ratio: string;
}

export interface RewardInfo {
  validator: string;
  reward: Uint128;
}

export type ConsumerPacket =
  | { valset_update: {
      height: number;
      time: number;
      additions: AddValidator[];
      removals: string[];
      updated: AddValidator[];
      jailed: string[];
      unjailed: string[];
      tombstoned: string[];
      slashed: ValidatorSlashInfo[];
    } }
  | { distribute: {
      validator: string;
      rewards: Coin;
    } }
  | { distribute_batch: {
      rewards: RewardInfo[];
      denom: string;
    } };

export interface EmptyAck {}

export interface ProtocolVersion {
  protocol: string;
  version: string;
}

export type ProviderPacket =
  | { stake: {
      validator: string;
      stake: Coin;
      tx_id: number;
    } }
  | { unstake: {
      validator: string;
      unstake: Coin;
      tx_id: number;
    } }
  | { burn: {
      validators: string[];
      burn: Coin;
    } }
  | { transfer_rewards: {
      rewards: Coin;
      recipient: string;
      tx_id: number;
    } };
