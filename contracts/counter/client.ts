// Generated from contracts/counter/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/counter.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee, Coin } from '../tools/client-backend.js';

export interface InstantiateMsg {
  count: number;
  owner?: string | null;
}

export type ExecuteMsg =
  | { increment: {
      by?: number | null;
    } }
  | { reset: {
      count: number;
    } }
  | "freeze";

export type QueryMsg =
  | { count: {} }
  | { owner: {} };

export interface CountResponse {
  count: number;
  frozen: boolean;
}

export type Addr = string;

export interface OwnerResponse {
  owner: Addr;
}

export interface State {
  count: number;
  owner: Addr;
  frozen: boolean;
}

export interface CounterReadOnlyInterface {
  contractAddress: string;
  count: () => Promise<CountResponse>;
  owner: () => Promise<OwnerResponse>;
}

export class CounterQueryClient implements CounterReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  count = async (): Promise<CountResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { count: {} })) as CountResponse;
  };
  owner = async (): Promise<OwnerResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { owner: {} })) as OwnerResponse;
  };
}

export interface CounterInterface extends CounterReadOnlyInterface {
  contractAddress: string;
  sender: string;
  increment: (args: { by?: number | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  reset: (args: { count: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  freeze: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class CounterClient extends CounterQueryClient implements CounterInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  increment = async ({ by }: { by?: number | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { increment: { by } }, fee_, memo_, funds_);
  };
  reset = async ({ count }: { count: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { reset: { count } }, fee_, memo_, funds_);
  };
  freeze = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, "freeze", fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Unauthorized: "Unauthorized",
  Frozen: "The counter is frozen",
} as const;
