// Generated from contracts/mesh/test_cross_staker/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/mesh_test_cross_staker.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee } from '../../tools/client-backend.js';
import type { Coin } from '../../common/client.js';
export type { Coin } from '../../common/client.js';
import type { SlashInfo, SlashRatioResponse, VaultApiMsg } from '../common/client.js';
export type { SlashInfo, SlashRatioResponse, VaultApiMsg } from '../common/client.js';

export type Decimal = string;

export interface InstantiateMsg {
  vault?: string | null;
  slash_ratio_dsign: Decimal;
  slash_ratio_offline: Decimal;
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
  | { receive_stake: {
      owner: string;
      msg: Binary;
    } }
  | { burn_stake: {
      owner: string;
      amount: Coin;
      validator?: string | null;
    } }
  | { commit: {
      tx_id: number;
    } }
  | { rollback: {
      tx_id: number;
    } }
  | { release: {
      owner: string;
      amount: Coin;
    } }
  | { slash: {
      slashes: SlashInfo[];
      validator: string;
    } };

export type QueryMsg =
  | { max_slash: {} };

export type Addr = string;

export interface Config {
  vault: Addr;
  slash_ratio_dsign: Decimal;
  slash_ratio_offline: Decimal;
}

export interface MeshTestCrossStakerReadOnlyInterface {
  contractAddress: string;
  maxSlash: () => Promise<SlashRatioResponse>;
}

export class MeshTestCrossStakerQueryClient implements MeshTestCrossStakerReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  maxSlash = async (): Promise<SlashRatioResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { max_slash: {} })) as SlashRatioResponse;
  };
}

export interface MeshTestCrossStakerInterface extends MeshTestCrossStakerReadOnlyInterface {
  contractAddress: string;
  sender: string;
  receiveVirtualStake: (args: { owner: string; amount: Coin; txId: number; msg: Binary }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  burnVirtualStake: (args: { owner: string; amount: Coin; validator?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  receiveStake: (args: { owner: string; msg: Binary }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  burnStake: (args: { owner: string; amount: Coin; validator?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  commit: (args: { txId: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  rollback: (args: { txId: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  release: (args: { owner: string; amount: Coin }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  slash: (args: { slashes: SlashInfo[]; validator: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class MeshTestCrossStakerClient extends MeshTestCrossStakerQueryClient implements MeshTestCrossStakerInterface {
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
  receiveStake = async ({ owner, msg }: { owner: string; msg: Binary }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { receive_stake: { owner, msg } }, fee_, memo_, funds_);
  };
  burnStake = async ({ owner, amount, validator }: { owner: string; amount: Coin; validator?: string | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { burn_stake: { owner, amount, validator } }, fee_, memo_, funds_);
  };
  commit = async ({ txId }: { txId: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { commit: { tx_id: txId } }, fee_, memo_, funds_);
  };
  rollback = async ({ txId }: { txId: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { rollback: { tx_id: txId } }, fee_, memo_, funds_);
  };
  release = async ({ owner, amount }: { owner: string; amount: Coin }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { release: { owner, amount } }, fee_, memo_, funds_);
  };
  slash = async ({ slashes, validator }: { slashes: SlashInfo[]; validator: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { slash: { slashes, validator } }, fee_, memo_, funds_);
  };
}
