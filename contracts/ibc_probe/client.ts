// Generated from contracts/ibc_probe/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/ibc_probe.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee, Coin } from '../tools/client-backend.js';

export interface InstantiateMsg {}

export type ExecuteMsg =
  | { send: {
      channel_id: string;
      data: string;
      timeout_seconds: number;
    } };

export type QueryMsg =
  | { state: {} };

export interface StateResponse {
  received: number;
  acks: string[];
  timeouts: number;
}

export interface IbcProbeReadOnlyInterface {
  contractAddress: string;
  state: () => Promise<StateResponse>;
}

export class IbcProbeQueryClient implements IbcProbeReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  state = async (): Promise<StateResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { state: {} })) as StateResponse;
  };
}

export interface IbcProbeInterface extends IbcProbeReadOnlyInterface {
  contractAddress: string;
  sender: string;
  send: (args: { channelId: string; data: string; timeoutSeconds: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class IbcProbeClient extends IbcProbeQueryClient implements IbcProbeInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  send = async ({ channelId, data, timeoutSeconds }: { channelId: string; data: string; timeoutSeconds: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { send: { channel_id: channelId, data, timeout_seconds: timeoutSeconds } }, fee_, memo_, funds_);
  };
}
