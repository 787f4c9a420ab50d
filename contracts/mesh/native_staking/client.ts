// Generated from contracts/mesh/native_staking/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/mesh_native_staking.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee } from '../../tools/client-backend.js';
import type { Coin, DelegationResponse } from '../../common/client.js';
export type { Coin, DelegationResponse } from '../../common/client.js';
import type { OwnerMsg, SlashRatioResponse, StakeMsg, VaultApiMsg } from '../common/client.js';
export type { OwnerMsg, SlashRatioResponse, StakeMsg, VaultApiMsg } from '../common/client.js';

export type Decimal = string;

export interface InstantiateMsg {
  denom: string;
  proxy_code_id: number;
  slash_ratio_dsign: Decimal;
  slash_ratio_offline: Decimal;
}

export type Binary = string;

export type ExecuteMsg =
  | { receive_stake: {
      owner: string;
      msg: Binary;
    } }
  | { burn_stake: {
      owner: string;
      amount: Coin;
      validator?: string | null;
    } }
  | { release_proxy_stake: {} };

export type QueryMsg =
  | { config: {} }
  | { proxy_by_owner: {
      owner: string;
    } }
  | { owner_by_proxy: {
      proxy: string;
    } }
  | { max_slash: {} };

export type SudoMsg =
  | { jailing: {
      jailed?: string[] | null;
      tombstoned?: string[] | null;
    } };

export type Addr = string;

export interface Config {
  denom: string;
  proxy_code_id: number;
  vault: Addr;
  slash_ratio_dsign: Decimal;
  slash_ratio_offline: Decimal;
}

export interface ProxyByOwnerResponse {
  proxy: string;
}

export interface OwnerByProxyResponse {
  owner: string;
}

export interface ProxyInstantiateMsg {
  denom: string;
  owner: string;
  validator: string;
}

export type ProxyExecMsg =
  | { stake: {
      validator: string;
    } }
  | { burn: {
      validator?: string | null;
      amount: Coin;
    } };

export interface MeshNativeStakingReadOnlyInterface {
  contractAddress: string;
  config: () => Promise<Config>;
  proxyByOwner: (args: { owner: string }) => Promise<ProxyByOwnerResponse>;
  ownerByProxy: (args: { proxy: string }) => Promise<OwnerByProxyResponse>;
  maxSlash: () => Promise<SlashRatioResponse>;
}

export class MeshNativeStakingQueryClient implements MeshNativeStakingReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  config = async (): Promise<Config> => {
    return (await this.client.queryContractSmart(this.contractAddress, { config: {} })) as Config;
  };
  proxyByOwner = async ({ owner }: { owner: string }): Promise<ProxyByOwnerResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { proxy_by_owner: { owner } })) as ProxyByOwnerResponse;
  };
  ownerByProxy = async ({ proxy }: { proxy: string }): Promise<OwnerByProxyResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { owner_by_proxy: { proxy } })) as OwnerByProxyResponse;
  };
  maxSlash = async (): Promise<SlashRatioResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { max_slash: {} })) as SlashRatioResponse;
  };
}

export interface MeshNativeStakingInterface extends MeshNativeStakingReadOnlyInterface {
  contractAddress: string;
  sender: string;
  receiveStake: (args: { owner: string; msg: Binary }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  burnStake: (args: { owner: string; amount: Coin; validator?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  releaseProxyStake: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class MeshNativeStakingClient extends MeshNativeStakingQueryClient implements MeshNativeStakingInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  receiveStake = async ({ owner, msg }: { owner: string; msg: Binary }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { receive_stake: { owner, msg } }, fee_, memo_, funds_);
  };
  burnStake = async ({ owner, amount, validator }: { owner: string; amount: Coin; validator?: string | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { burn_stake: { owner, amount, validator } }, fee_, memo_, funds_);
  };
  releaseProxyStake = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { release_proxy_stake: {} }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Unauthorized: "Unauthorized",
  NoInstantiateData: "Missing instantiate reply data",
  InvalidSlashRatio: "You cannot specify a slash ratio over 1.0 (100%)",
} as const;
