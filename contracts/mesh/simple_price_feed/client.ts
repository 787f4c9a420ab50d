// Generated from contracts/mesh/simple_price_feed/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/mesh_simple_price_feed.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee, Coin } from '../../tools/client-backend.js';
import type { PriceResponse } from '../common/client.js';
export type { PriceResponse } from '../common/client.js';

export type Decimal = string;

export interface InstantiateMsg {
  native_per_foreign: Decimal;
  owner?: string | null;
  price_ttl?: number | null;
}

export type ExecuteMsg =
  | { update_price: {
      native_per_foreign: Decimal;
    } };

export type QueryMsg =
  | { price: {} }
  | { config: {} };

export type SudoMsg =
  | { handle_epoch: {} };

export interface ConfigResponse {
  owner: string;
  price_ttl?: number | null;
}

export type Addr = string;

export type Uint64 = string;

export type Timestamp = Uint64;

export interface Config {
  owner: Addr;
  native_per_foreign: Decimal;
  price_time: Timestamp;
  price_ttl?: number | null;
}

export interface MeshSimplePriceFeedReadOnlyInterface {
  contractAddress: string;
  price: () => Promise<PriceResponse>;
  config: () => Promise<ConfigResponse>;
}

export class MeshSimplePriceFeedQueryClient implements MeshSimplePriceFeedReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  price = async (): Promise<PriceResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { price: {} })) as PriceResponse;
  };
  config = async (): Promise<ConfigResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { config: {} })) as ConfigResponse;
  };
}

export interface MeshSimplePriceFeedInterface extends MeshSimplePriceFeedReadOnlyInterface {
  contractAddress: string;
  sender: string;
  updatePrice: (args: { nativePerForeign: Decimal }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class MeshSimplePriceFeedClient extends MeshSimplePriceFeedQueryClient implements MeshSimplePriceFeedInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  updatePrice = async ({ nativePerForeign }: { nativePerForeign: Decimal }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { update_price: { native_per_foreign: nativePerForeign } }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Unauthorized: "Unauthorized",
  ZeroPrice: "The price must be greater than zero",
  OutdatedPriceData: "Price data are outdated",
} as const;
