/**
 * `TestChainClient`: the two methods a typed contract client calls on CosmJS's
 * `SigningCosmWasmClient` (`execute`, `queryContractSmart`), over a `TestChain`. A generated
 * client (contracts/<name>/client.ts, or one @cosmwasm/ts-codegen writes) then runs unchanged in
 * a multitest: `await new Cw20Client(new TestChainClient(chain), alice, token).transfer({...})`.
 * Messages run as the given sender without signing (like `TestChain.execute`); fee and memo are
 * accepted and ignored, funds are sent with the message. A contract error rejects the promise.
 */
import type { ExecuteResult, JsonObject } from '@cosmjs/cosmwasm-stargate';
import type { Coin as CosmJsCoin, StdFee } from '@cosmjs/amino';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { TestChain } from './chain.js';

/**
 * A message as CosmJS sends it: the JSON encoding of any JSON value. (The chain's own calls take a
 * string as JSON text already; a unit variant like `"freeze"` must arrive quoted, as from a node.)
 */
function jsonBytes(msg: JsonObject): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(msg));
}

export class TestChainClient {
  private calls = 0;

  constructor(readonly chain: TestChain) {}

  async queryContractSmart(address: string, queryMsg: JsonObject): Promise<JsonObject> {
    return this.chain.query<JsonObject>(address, jsonBytes(queryMsg));
  }

  async execute(senderAddress: string, contractAddress: string, msg: JsonObject, _fee: StdFee | 'auto' | number, _memo?: string, funds?: readonly CosmJsCoin[]): Promise<ExecuteResult> {
    const coins = (funds ?? []).map((c) => ({ denom: c.denom, amount: BigInt(c.amount) }));
    const r = this.chain.execute(senderAddress, contractAddress, jsonBytes(msg), coins);
    // no tx is signed: a deterministic stand-in hash (CosmJS promises upper-case hex)
    const id = new TextEncoder().encode(`${this.chain.height}/${this.calls++}/${senderAddress}/${contractAddress}`);
    return {
      logs: [],
      height: this.chain.height,
      transactionHash: bytesToHex(sha256(id)).toUpperCase(),
      events: r.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) })),
      gasWanted: 0n,
      gasUsed: BigInt(r.gasUsed),
    };
  }

  /** Instantiates a stored code as `sender`; returns the contract address. */
  async instantiate(sender: string, codeId: bigint | number, msg: JsonObject, label = 'contract', admin?: string): Promise<{ contractAddress: string }> {
    return { contractAddress: this.chain.instantiate(codeId, sender, jsonBytes(msg), { label, admin }).address };
  }
}
