// Generated from contracts/mesh/external_staking/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/mesh_external_staking.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee } from '../../tools/client-backend.js';
import type { Coin } from '../../common/client.js';
export type { Coin } from '../../common/client.js';
import type { AckWrapper, ConsumerPacket, EmptyAck, ProtocolVersion, ProviderPacket, SlashInfo, SlashRatioResponse, Tx, ValueRange, VaultApiMsg } from '../common/client.js';
export type { AckWrapper, ConsumerPacket, EmptyAck, ProtocolVersion, ProviderPacket, SlashInfo, SlashRatioResponse, Tx, ValueRange, VaultApiMsg } from '../common/client.js';

export interface AuthorizedEndpoint {
  connection_id: string;
  port_id: string;
}

export type Decimal = string;

export interface SlashRatio {
  double_sign: Decimal;
  offline: Decimal;
}

export interface InstantiateMsg {
  denom: string;
  rewards_denom: string;
  vault: string;
  unbonding_period: number;
  remote_contact: AuthorizedEndpoint;
  slash_ratio: SlashRatio;
}

export type Binary = string;

export type ExecuteMsg =
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
    } }
  | { unstake: {
      validator: string;
      amount: Coin;
    } }
  | { withdraw_unbonded: {} }
  | { withdraw_rewards: {
      validator: string;
      remote_recipient: string;
    } };

export type QueryMsg =
  | { config: {} }
  | { authorized_endpoint: {} }
  | { ibc_channel: {} }
  | { list_active_validators: {
      start_after?: string | null;
      limit?: number | null;
    } }
  | { list_validators: {
      start_after?: string | null;
      limit?: number | null;
    } }
  | { stake: {
      user: string;
      validator: string;
    } }
  | { stakes: {
      user: string;
      start_after?: string | null;
      limit?: number | null;
    } }
  | { pending_tx: {
      tx_id: number;
    } }
  | { all_pending_txs_desc: {
      start_after?: number | null;
      limit?: number | null;
    } }
  | { pending_rewards: {
      user: string;
      validator: string;
    } }
  | { all_pending_rewards: {
      user: string;
      start_after?: string | null;
      limit?: number | null;
    } }
  | { max_slash: {} };

export interface ConfigResponse {
  denom: string;
  vault: string;
  unbonding_period: number;
}

export interface ChannelEndpoint {
  port_id: string;
  channel_id: string;
}

export interface CounterpartyEndpoint {
  port_id: string;
  channel_id: string;
}

export interface IbcChannelRecord {
  endpoint: ChannelEndpoint;
  counterparty_endpoint: CounterpartyEndpoint;
  order: string;
  version: string;
  connection_id: string;
}

export interface IbcChannelResponse {
  channel: IbcChannelRecord;
}

export interface ListActiveValidatorsResponse {
  validators: string[];
}

export interface ValidatorStateResponse {
  validator: string;
  state: string;
}

export interface ListValidatorsResponse {
  validators: ValidatorStateResponse[];
}

export type Uint128 = string;

export type Uint64 = string;

export type Timestamp = Uint64;

export interface PendingUnbond {
  amount: Uint128;
  release_at: Timestamp;
}

export type Uint256 = string;

export interface Stake {
  stake: ValueRange;
  pending_unbonds: PendingUnbond[];
  points_alignment: Uint256;
  withdrawn_funds: Uint128;
}

export interface StakeInfo {
  owner: string;
  validator: string;
  stake: Uint128;
}

export interface StakesResponse {
  stakes: StakeInfo[];
}

export interface TxResponse {
  txs: Tx[];
}

export interface PendingRewards {
  rewards: Coin;
}

export interface ValidatorPendingRewards {
  validator: string;
  rewards: PendingRewards;
}

export interface AllPendingRewards {
  rewards: ValidatorPendingRewards[];
}

export interface ReceiveVirtualStake {
  validator: string;
}

export type Addr = string;

export interface Config {
  denom: string;
  rewards_denom: string;
  vault: Addr;
  unbonding_period: number;
  max_slashing: SlashRatio;
}

export interface Distribution {
  total_stake: Uint128;
  points_per_stake: Uint256;
  points_leftover: Uint256;
}

export interface ValidatorEntry {
  pub_key: string;
  start_height: number;
  start_time: number;
  state: string;
}

export interface ValidatorEntries {
  entries: ValidatorEntry[];
}

export interface MeshExternalStakingReadOnlyInterface {
  contractAddress: string;
  config: () => Promise<ConfigResponse>;
  authorizedEndpoint: () => Promise<AuthorizedEndpoint>;
  ibcChannel: () => Promise<IbcChannelResponse>;
  listActiveValidators: (args: { startAfter?: string | null; limit?: number | null }) => Promise<ListActiveValidatorsResponse>;
  listValidators: (args: { startAfter?: string | null; limit?: number | null }) => Promise<ListValidatorsResponse>;
  stake: (args: { user: string; validator: string }) => Promise<Stake>;
  stakes: (args: { user: string; startAfter?: string | null; limit?: number | null }) => Promise<StakesResponse>;
  pendingTx: (args: { txId: number }) => Promise<Tx>;
  allPendingTxsDesc: (args: { startAfter?: number | null; limit?: number | null }) => Promise<TxResponse>;
  pendingRewards: (args: { user: string; validator: string }) => Promise<PendingRewards>;
  allPendingRewards: (args: { user: string; startAfter?: string | null; limit?: number | null }) => Promise<AllPendingRewards>;
  maxSlash: () => Promise<SlashRatioResponse>;
}

export class MeshExternalStakingQueryClient implements MeshExternalStakingReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  config = async (): Promise<ConfigResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { config: {} })) as ConfigResponse;
  };
  authorizedEndpoint = async (): Promise<AuthorizedEndpoint> => {
    return (await this.client.queryContractSmart(this.contractAddress, { authorized_endpoint: {} })) as AuthorizedEndpoint;
  };
  ibcChannel = async (): Promise<IbcChannelResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { ibc_channel: {} })) as IbcChannelResponse;
  };
  listActiveValidators = async ({ startAfter, limit }: { startAfter?: string | null; limit?: number | null }): Promise<ListActiveValidatorsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { list_active_validators: { start_after: startAfter, limit } })) as ListActiveValidatorsResponse;
  };
  listValidators = async ({ startAfter, limit }: { startAfter?: string | null; limit?: number | null }): Promise<ListValidatorsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { list_validators: { start_after: startAfter, limit } })) as ListValidatorsResponse;
  };
  stake = async ({ user, validator }: { user: string; validator: string }): Promise<Stake> => {
    return (await this.client.queryContractSmart(this.contractAddress, { stake: { user, validator } })) as Stake;
  };
  stakes = async ({ user, startAfter, limit }: { user: string; startAfter?: string | null; limit?: number | null }): Promise<StakesResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { stakes: { user, start_after: startAfter, limit } })) as StakesResponse;
  };
  pendingTx = async ({ txId }: { txId: number }): Promise<Tx> => {
    return (await this.client.queryContractSmart(this.contractAddress, { pending_tx: { tx_id: txId } })) as Tx;
  };
  allPendingTxsDesc = async ({ startAfter, limit }: { startAfter?: number | null; limit?: number | null }): Promise<TxResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { all_pending_txs_desc: { start_after: startAfter, limit } })) as TxResponse;
  };
  pendingRewards = async ({ user, validator }: { user: string; validator: string }): Promise<PendingRewards> => {
    return (await this.client.queryContractSmart(this.contractAddress, { pending_rewards: { user, validator } })) as PendingRewards;
  };
  allPendingRewards = async ({ user, startAfter, limit }: { user: string; startAfter?: string | null; limit?: number | null }): Promise<AllPendingRewards> => {
    return (await this.client.queryContractSmart(this.contractAddress, { all_pending_rewards: { user, start_after: startAfter, limit } })) as AllPendingRewards;
  };
  maxSlash = async (): Promise<SlashRatioResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { max_slash: {} })) as SlashRatioResponse;
  };
}

export interface MeshExternalStakingInterface extends MeshExternalStakingReadOnlyInterface {
  contractAddress: string;
  sender: string;
  receiveVirtualStake: (args: { owner: string; amount: Coin; txId: number; msg: Binary }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  burnVirtualStake: (args: { owner: string; amount: Coin; validator?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  unstake: (args: { validator: string; amount: Coin }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  withdrawUnbonded: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  withdrawRewards: (args: { validator: string; remoteRecipient: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class MeshExternalStakingClient extends MeshExternalStakingQueryClient implements MeshExternalStakingInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  receiveVirtualStake = async ({ owner, amount, txId, msg }: { owner: string; amount: Coin; txId: number; msg: Binary }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { receive_virtual_stake: { owner, amount, tx_id: txId, msg } }, fee_, memo_, funds_);
  };
  burnVirtualStake = async ({ owner, amount, validator }: { owner: string; amount: Coin; validator?: string | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { burn_virtual_stake: { owner, amount, validator } }, fee_, memo_, funds_);
  };
  unstake = async ({ validator, amount }: { validator: string; amount: Coin }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { unstake: { validator, amount } }, fee_, memo_, funds_);
  };
  withdrawUnbonded = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { withdraw_unbonded: {} }, fee_, memo_, funds_);
  };
  withdrawRewards = async ({ validator, remoteRecipient }: { validator: string; remoteRecipient: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { withdraw_rewards: { validator, remote_recipient: remoteRecipient } }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Unauthorized: "Unauthorized",
  InvalidMaxSlashing: "You cannot use a max slashing rate over 1.0 (100%)",
  IbcChannelAlreadyOpen: "Contract already has an open IBC channel",
  IbcOpenInitDisallowed: "You must start the channel handshake on the other side, it doesn't support OpenInit",
  NoRewards: "No staking rewards to be withdrawn",
  InvalidChannelOrder: "Channel must be unordered",
} as const;
