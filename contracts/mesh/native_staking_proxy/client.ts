// Generated from contracts/mesh/native_staking_proxy/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/mesh_native_staking_proxy.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee } from '../../tools/client-backend.js';
import type { AllDelegationsResponse, Coin, DelegationResponse } from '../../common/client.js';
export type { AllDelegationsResponse, Coin, DelegationResponse } from '../../common/client.js';
import type { OwnerMsg } from '../common/client.js';
export type { OwnerMsg } from '../common/client.js';

export interface InstantiateMsg {
  denom: string;
  owner: string;
  validator: string;
}

export type VoteOption =
  | "yes"
  | "no"
  | "abstain"
  | "no_with_veto";

export type Decimal = string;

export interface WeightedVoteOption {
  option: VoteOption;
  weight: Decimal;
}

export type ExecuteMsg =
  | { stake: {
      validator: string;
    } }
  | { burn: {
      validator?: string | null;
      amount: Coin;
    } }
  | { restake: {
      src_validator: string;
      dst_validator: string;
      amount: Coin;
    } }
  | { vote: {
      proposal_id: number;
      vote: VoteOption;
    } }
  | { vote_weighted: {
      proposal_id: number;
      vote: WeightedVoteOption[];
    } }
  | { withdraw_rewards: {} }
  | { unstake: {
      validator: string;
      amount: Coin;
    } }
  | { release_unbonded: {} };

export type QueryMsg =
  | { config: {} };

export type Addr = string;

export interface Config {
  denom: string;
  owner: Addr;
  parent: Addr;
}

export type NativeStakingCallbackMsg =
  | { release_proxy_stake: {} };

export interface MeshNativeStakingProxyReadOnlyInterface {
  contractAddress: string;
  config: () => Promise<Config>;
}

export class MeshNativeStakingProxyQueryClient implements MeshNativeStakingProxyReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  config = async (): Promise<Config> => {
    return (await this.client.queryContractSmart(this.contractAddress, { config: {} })) as Config;
  };
}

export interface MeshNativeStakingProxyInterface extends MeshNativeStakingProxyReadOnlyInterface {
  contractAddress: string;
  sender: string;
  stake: (args: { validator: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  burn: (args: { validator?: string | null; amount: Coin }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  restake: (args: { srcValidator: string; dstValidator: string; amount: Coin }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  vote: (args: { proposalId: number; vote: VoteOption }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  voteWeighted: (args: { proposalId: number; vote: WeightedVoteOption[] }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  withdrawRewards: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  unstake: (args: { validator: string; amount: Coin }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  releaseUnbonded: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class MeshNativeStakingProxyClient extends MeshNativeStakingProxyQueryClient implements MeshNativeStakingProxyInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  stake = async ({ validator }: { validator: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { stake: { validator } }, fee_, memo_, funds_);
  };
  burn = async ({ validator, amount }: { validator?: string | null; amount: Coin }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { burn: { validator, amount } }, fee_, memo_, funds_);
  };
  restake = async ({ srcValidator, dstValidator, amount }: { srcValidator: string; dstValidator: string; amount: Coin }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { restake: { src_validator: srcValidator, dst_validator: dstValidator, amount } }, fee_, memo_, funds_);
  };
  vote = async ({ proposalId, vote }: { proposalId: number; vote: VoteOption }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { vote: { proposal_id: proposalId, vote } }, fee_, memo_, funds_);
  };
  voteWeighted = async ({ proposalId, vote }: { proposalId: number; vote: WeightedVoteOption[] }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { vote_weighted: { proposal_id: proposalId, vote } }, fee_, memo_, funds_);
  };
  withdrawRewards = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { withdraw_rewards: {} }, fee_, memo_, funds_);
  };
  unstake = async ({ validator, amount }: { validator: string; amount: Coin }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { unstake: { validator, amount } }, fee_, memo_, funds_);
  };
  releaseUnbonded = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { release_unbonded: {} }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Unauthorized: "Unauthorized",
} as const;
