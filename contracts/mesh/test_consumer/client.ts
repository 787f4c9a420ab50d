// Generated from contracts/mesh/test_consumer/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/mesh_test_consumer.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee, Coin } from '../../tools/client-backend.js';
import type { AckWrapper, EmptyAck, ProtocolVersion, ProviderPacket } from '../common/client.js';
export type { AckWrapper, EmptyAck, ProtocolVersion, ProviderPacket } from '../common/client.js';

export interface InstantiateMsg {}

export type Binary = string;

export type ExecuteMsg =
  | { send: {
      packet: Binary;
      timeout_seconds: number;
    } }
  | { refuse: {
      refuse: boolean;
    } };

export type QueryMsg =
  | { state: {} };

export interface State {
  channel?: string | null;
  refuse: boolean;
  received: string[];
  acks: string[];
  timeouts: number;
}

export interface MeshTestConsumerReadOnlyInterface {
  contractAddress: string;
  state: () => Promise<State>;
}

export class MeshTestConsumerQueryClient implements MeshTestConsumerReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  state = async (): Promise<State> => {
    return (await this.client.queryContractSmart(this.contractAddress, { state: {} })) as State;
  };
}

export interface MeshTestConsumerInterface extends MeshTestConsumerReadOnlyInterface {
  contractAddress: string;
  sender: string;
  send: (args: { packet: Binary; timeoutSeconds: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  refuse: (args: { refuse: boolean }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class MeshTestConsumerClient extends MeshTestConsumerQueryClient implements MeshTestConsumerInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  send = async ({ packet, timeoutSeconds }: { packet: Binary; timeoutSeconds: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { send: { packet, timeout_seconds: timeoutSeconds } }, fee_, memo_, funds_);
  };
  refuse = async ({ refuse }: { refuse: boolean }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { refuse: { refuse } }, fee_, memo_, funds_);
  };
}
