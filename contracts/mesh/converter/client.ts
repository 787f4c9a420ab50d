// Generated from contracts/mesh/converter/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/mesh_converter.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee } from '../../tools/client-backend.js';
import type { AckWrapper, AddValidator, ConsumerPacket, EmptyAck, PriceQuery, PriceResponse, ProtocolVersion, ProviderPacket, RewardInfo, ValidatorSlashInfo } from '../common/client.js';
export type { AckWrapper, AddValidator, ConsumerPacket, EmptyAck, PriceQuery, PriceResponse, ProtocolVersion, ProviderPacket, RewardInfo, ValidatorSlashInfo } from '../common/client.js';
import type { Coin, Validator } from '../../common/client.js';
export type { Coin, Validator } from '../../common/client.js';

export type Decimal = string;

export interface InstantiateMsg {
  price_feed: string;
  discount: Decimal;
  remote_denom: string;
  virtual_staking_code_id: number;
  admin?: string | null;
}

export type ExecuteMsg =
  | { distribute_reward: {
      validator: string;
    } }
  | { distribute_rewards: {
      payments: RewardInfo[];
    } }
  | { valset_update: {
      additions?: Validator[] | null;
      removals?: string[] | null;
      updated?: Validator[] | null;
      jailed?: string[] | null;
      unjailed?: string[] | null;
      tombstoned?: string[] | null;
      slashed?: ValidatorSlashInfo[] | null;
    } };

export type QueryMsg =
  | { config: {} };

export interface ConfigResponse {
  adjustment: Decimal;
  price_feed: string;
  virtual_staking: string;
}

export type Addr = string;

export interface Config {
  price_feed: Addr;
  price_adjustment: Decimal;
  local_denom: string;
  remote_denom: string;
}

export interface ChannelInfo {
  channel_id: string;
  port_id: string;
  connection_id: string;
}

export interface VirtualStakeInstantiateMsg {}

export type VirtualStakingApiMsg =
  | { bond: {
      validator: string;
      amount: Coin;
    } }
  | { unbond: {
      validator: string;
      amount: Coin;
    } }
  | { burn: {
      validators: string[];
      amount: Coin;
    } };

export interface MeshConverterReadOnlyInterface {
  contractAddress: string;
  config: () => Promise<ConfigResponse>;
}

export class MeshConverterQueryClient implements MeshConverterReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  config = async (): Promise<ConfigResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { config: {} })) as ConfigResponse;
  };
}

export interface MeshConverterInterface extends MeshConverterReadOnlyInterface {
  contractAddress: string;
  sender: string;
  distributeReward: (args: { validator: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  distributeRewards: (args: { payments: RewardInfo[] }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  valsetUpdate: (args: { additions?: Validator[] | null; removals?: string[] | null; updated?: Validator[] | null; jailed?: string[] | null; unjailed?: string[] | null; tombstoned?: string[] | null; slashed?: ValidatorSlashInfo[] | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class MeshConverterClient extends MeshConverterQueryClient implements MeshConverterInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  distributeReward = async ({ validator }: { validator: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { distribute_reward: { validator } }, fee_, memo_, funds_);
  };
  distributeRewards = async ({ payments }: { payments: RewardInfo[] }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { distribute_rewards: { payments } }, fee_, memo_, funds_);
  };
  valsetUpdate = async ({ additions, removals, updated, jailed, unjailed, tombstoned, slashed }: { additions?: Validator[] | null; removals?: string[] | null; updated?: Validator[] | null; jailed?: string[] | null; unjailed?: string[] | null; tombstoned?: string[] | null; slashed?: ValidatorSlashInfo[] | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { valset_update: { additions, removals, updated, jailed, unjailed, tombstoned, slashed } }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Unauthorized: "Unauthorized",
  InvalidDiscount: "Invalid discount, must be between 0.0 and 1.0",
  InvalidPrice: "Invalid price, must be greater than 0.0",
  NoInstantiateData: "Missing instantiate reply data",
  IbcChannelAlreadyOpen: "The IBC channel is already open",
  IbcOpenTryDisallowed: "You must start the channel handshake on this side, it doesn't support OpenTry",
  NoChannel: "IBC channel not found: the control channel is not open yet",
} as const;
