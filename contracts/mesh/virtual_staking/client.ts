// Generated from contracts/mesh/virtual_staking/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/mesh_virtual_staking.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee } from '../../tools/client-backend.js';
import type { Coin, Validator } from '../../common/client.js';
export type { Coin, Validator } from '../../common/client.js';
import type { RewardInfo, ValidatorSlashInfo } from '../common/client.js';
export type { RewardInfo, ValidatorSlashInfo } from '../common/client.js';

export interface InstantiateMsg {}

export type ExecuteMsg =
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

export type QueryMsg =
  | { config: {} }
  | { stake: {
      validator: string;
    } }
  | { all_stake: {} };

export type Uint128 = string;

export interface ValidatorSlash {
  address: string;
  height: number;
  time: number;
  infraction_height: number;
  infraction_time: number;
  power: number;
  slash_amount: Uint128;
  slash_ratio: string;
  is_tombstoned: boolean;
}

export type SudoMsg =
  | { handle_epoch: {} }
  | { handle_valset_update: {
      additions?: Validator[] | null;
      removals?: string[] | null;
      updated?: Validator[] | null;
      jailed?: string[] | null;
      unjailed?: string[] | null;
      tombstoned?: string[] | null;
      slashed?: ValidatorSlash[] | null;
    } };

export type Addr = string;

export interface Config {
  denom: string;
  converter: Addr;
}

export interface StakeResponse {
  stake: Uint128;
}

export interface ValidatorStake {
  validator: string;
  amount: Uint128;
}

export interface AllStakeResponse {
  stakes: ValidatorStake[];
}

export interface Bonded {
  stakes: ValidatorStake[];
}

export interface SlashRequests {
  slashes: ValidatorSlash[];
}

export interface Validators {
  validators: string[];
}

export interface RewardBatch {
  rewards: RewardInfo[];
  total: Uint128;
}

export type VirtualStakeMsg =
  | { bond: {
      amount: Coin;
      validator: string;
    } }
  | { unbond: {
      amount: Coin;
      validator: string;
    } };

export interface VirtualStakeCustomMsg {
  virtual_stake: VirtualStakeMsg;
}

export type VirtualStakeQuery =
  | { bond_status: {
      contract: string;
    } };

export interface VirtualStakeCustomQuery {
  virtual_stake: VirtualStakeQuery;
}

export interface BondStatusResponse {
  cap: Coin;
  delegated: Coin;
}

export type ConverterApiMsg =
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

export interface MeshVirtualStakingReadOnlyInterface {
  contractAddress: string;
  config: () => Promise<Config>;
  stake: (args: { validator: string }) => Promise<StakeResponse>;
  allStake: () => Promise<AllStakeResponse>;
}

export class MeshVirtualStakingQueryClient implements MeshVirtualStakingReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  config = async (): Promise<Config> => {
    return (await this.client.queryContractSmart(this.contractAddress, { config: {} })) as Config;
  };
  stake = async ({ validator }: { validator: string }): Promise<StakeResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { stake: { validator } })) as StakeResponse;
  };
  allStake = async (): Promise<AllStakeResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { all_stake: {} })) as AllStakeResponse;
  };
}

export interface MeshVirtualStakingInterface extends MeshVirtualStakingReadOnlyInterface {
  contractAddress: string;
  sender: string;
  bond: (args: { validator: string; amount: Coin }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  unbond: (args: { validator: string; amount: Coin }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  burn: (args: { validators: string[]; amount: Coin }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class MeshVirtualStakingClient extends MeshVirtualStakingQueryClient implements MeshVirtualStakingInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  bond = async ({ validator, amount }: { validator: string; amount: Coin }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { bond: { validator, amount } }, fee_, memo_, funds_);
  };
  unbond = async ({ validator, amount }: { validator: string; amount: Coin }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { unbond: { validator, amount } }, fee_, memo_, funds_);
  };
  burn = async ({ validators, amount }: { validators: string[]; amount: Coin }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { burn: { validators, amount } }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Unauthorized: "Unauthorized",
} as const;
