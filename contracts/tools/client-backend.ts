/**
 * What a generated contract client (contracts/<name>/client.ts) needs from the chain: the two
 * methods it calls on CosmJS's `SigningCosmWasmClient`. Written as interfaces so the same client
 * runs over a node (a real `SigningCosmWasmClient` / `CosmWasmClient`) or over multitest's
 * `TestChain` (multitest/contract-client.ts).
 */
import type { ExecuteResult, JsonObject } from '@cosmjs/cosmwasm-stargate';
import type { Coin, StdFee } from '@cosmjs/amino';

export type { ExecuteResult, JsonObject, Coin, StdFee };

/** `CosmWasmClient.queryContractSmart`. */
export interface ContractQuerier {
  queryContractSmart(address: string, queryMsg: JsonObject): Promise<JsonObject>;
}

/** `SigningCosmWasmClient.execute` (and queries). */
export interface ContractExecutor extends ContractQuerier {
  execute(senderAddress: string, contractAddress: string, msg: JsonObject, fee: StdFee | 'auto' | number, memo?: string, funds?: readonly Coin[]): Promise<ExecuteResult>;
}
