// Generated from contracts/chain_probe/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/chain_probe.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee, Coin } from '../tools/client-backend.js';

/** What sudo answers: Ok, an error, or storage writes until out of gas. */
export type Mode =
  | "ok"
  | "fail"
  | "loop";

export interface InstantiateMsg {
  mode?: Mode | null;
}

export interface ChainProbeReadOnlyInterface {
  contractAddress: string;

}

export class ChainProbeQueryClient implements ChainProbeReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
}

export interface ChainProbeInterface extends ChainProbeReadOnlyInterface {
  contractAddress: string;
  sender: string;

}

export class ChainProbeClient extends ChainProbeQueryClient implements ChainProbeInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
}
