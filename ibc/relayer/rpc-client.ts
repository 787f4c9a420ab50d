/**
 * The relayer's `ChainClient` over a node's CometBFT RPC, with the stock CosmJS clients:
 * `Comet38Client` for status, commits, validators, ABCI queries and tx/block search, and
 * `SigningStargateClient` (fee "auto" from the node's simulate) for signed submissions.
 */
import { Comet38Client, type comet38 } from '@cosmjs/tendermint-rpc';
import { DirectSecp256k1HdWallet, Registry, type EncodeObject } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, defaultRegistryTypes } from '@cosmjs/stargate';
import { BlockIDFlag, type ValidatorSet as ProtoValidatorSet, type Validator as ProtoValidator } from 'cosmjs-types/tendermint/types/validator';
import type { Header } from 'cosmjs-types/tendermint/types/types';
import { ChainClientError, type AbciQueryResult, type ChainClient, type FoundEvent, type LightBlock, type TxEvent, type TxOutcome } from './chain-client.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function timestamp(t: { getTime(): number; nanoseconds?: number }): { seconds: bigint; nanos: number } {
  const ms = t.getTime();
  const seconds = BigInt(Math.floor(ms / 1000));
  const nanos = (ms % 1000) * 1_000_000 + (t.nanoseconds ?? 0);
  return { seconds, nanos };
}

function toProtoHeader(h: comet38.Header): Header {
  return {
    version: { block: BigInt(h.version.block), app: BigInt(h.version.app) },
    chainId: h.chainId,
    height: BigInt(h.height),
    time: timestamp(h.time),
    lastBlockId: { hash: h.lastBlockId?.hash ?? new Uint8Array(), partSetHeader: { total: h.lastBlockId?.parts.total ?? 0, hash: h.lastBlockId?.parts.hash ?? new Uint8Array() } },
    lastCommitHash: h.lastCommitHash,
    dataHash: h.dataHash,
    validatorsHash: h.validatorsHash,
    nextValidatorsHash: h.nextValidatorsHash,
    consensusHash: h.consensusHash,
    appHash: h.appHash,
    lastResultsHash: h.lastResultsHash,
    evidenceHash: h.evidenceHash,
    proposerAddress: h.proposerAddress,
  };
}

export interface RpcChainClientOptions {
  rpcUrl: string;
  mnemonic: string;
  prefix: string;
  gasPrice: string;
  /** How often to poll for new blocks (ms). */
  pollMs?: number;
}

export class RpcChainClient implements ChainClient {
  private constructor(
    readonly chainId: string,
    readonly signerAddress: string,
    private readonly comet: Comet38Client,
    private readonly signing: SigningStargateClient,
    private readonly pollMs: number,
  ) {}

  static async connect(o: RpcChainClientOptions): Promise<RpcChainClient> {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(o.mnemonic, { prefix: o.prefix });
    const [account] = await wallet.getAccounts();
    const comet = await Comet38Client.connect(o.rpcUrl);
    const registry = new Registry(defaultRegistryTypes);
    // CosmJS polls for a broadcast tx every 3 s by default: several blocks of a devnet per relayer tx.
    const signing = await SigningStargateClient.createWithSigner(comet, wallet, { registry, gasPrice: GasPrice.fromString(o.gasPrice), broadcastPollIntervalMs: o.pollMs ?? 200 });
    const chainId = await signing.getChainId();
    return new RpcChainClient(chainId, account!.address, comet, signing, o.pollMs ?? 200);
  }

  disconnect(): void {
    this.signing.disconnect();
  }

  async latestHeight(): Promise<number> {
    return (await this.comet.status()).syncInfo.latestBlockHeight;
  }

  async lightBlock(height: number): Promise<LightBlock> {
    const c = await this.comet.commit(height);
    const header = toProtoHeader(c.header);
    const commit = {
      height: BigInt(c.commit.height),
      round: c.commit.round,
      blockId: { hash: c.commit.blockId.hash, partSetHeader: { total: c.commit.blockId.parts.total, hash: c.commit.blockId.parts.hash } },
      signatures: c.commit.signatures.map((s) => ({
        blockIdFlag: s.blockIdFlag as unknown as BlockIDFlag,
        validatorAddress: s.validatorAddress ?? new Uint8Array(),
        timestamp: s.timestamp === undefined ? { seconds: -62135596800n, nanos: 0 } : timestamp(s.timestamp),
        signature: s.signature ?? new Uint8Array(),
      })),
    };
    return { signedHeader: { header, commit }, validatorSet: await this.validatorSet(height, header.proposerAddress) };
  }

  async validatorSet(height: number, proposerAddress?: Uint8Array): Promise<ProtoValidatorSet> {
    const r = await this.comet.validatorsAll(height);
    const validators: ProtoValidator[] = r.validators.map((v) => {
      if (v.pubkey?.algorithm !== 'ed25519') throw new ChainClientError(`validator ${Buffer.from(v.address).toString('hex')} at height ${height} has no ed25519 key`, 0, '');
      return { address: v.address, pubKey: { ed25519: v.pubkey.data }, votingPower: v.votingPower, proposerPriority: BigInt(v.proposerPriority ?? 0) };
    });
    // The RPC does not say who proposes; the set's hash does not cover it, but the proto needs one.
    const proposer = validators.find((v) => proposerAddress !== undefined && Buffer.from(v.address).equals(Buffer.from(proposerAddress))) ?? validators[0]!;
    let total = 0n;
    for (const v of validators) total += v.votingPower;
    return { validators, proposer, totalVotingPower: total };
  }

  async waitForHeight(height: number): Promise<void> {
    while ((await this.latestHeight()) < height) await sleep(this.pollMs);
  }

  async query(path: string, data: Uint8Array, opts: { height?: number; prove?: boolean } = {}): Promise<AbciQueryResult> {
    const r = await this.comet.abciQuery({ path, data, height: opts.height, prove: opts.prove });
    if ((r.code ?? 0) !== 0) throw new ChainClientError(r.log ?? `query ${path} failed`, r.code ?? 1, r.codespace);
    return { value: r.value, height: r.height ?? 0, proofOps: (r.proof?.ops ?? []).map((o) => ({ type: o.type, key: o.key, data: o.data })) };
  }

  async submit(msgs: EncodeObject[], memo?: string): Promise<TxOutcome> {
    let r;
    try {
      r = await this.signing.signAndBroadcast(this.signerAddress, msgs, 'auto', memo);
    } catch (e) {
      // A failing simulation means the tx would fail: report it as a failed outcome, not a crash.
      const m = /code (\d+)/.exec((e as Error).message);
      if (m !== null) return { hash: '', height: await this.latestHeight(), code: Number(m[1]), codespace: '', log: (e as Error).message, events: [] };
      throw e;
    }
    return { hash: r.transactionHash, height: r.height, code: r.code, codespace: '', log: r.rawLog ?? '', events: r.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) })) };
  }

  async searchEvents(type: string, attrs: Record<string, string>, minHeight = 1): Promise<FoundEvent[]> {
    const conds = Object.entries(attrs).map(([k, v]) => `${type}.${k}='${v}'`);
    const query = [...conds, `tx.height>=${minHeight}`].join(' AND ');
    const out: FoundEvent[] = [];
    const matches = (e: TxEvent) => e.type === type && Object.entries(attrs).every(([k, v]) => e.attributes.some((a) => a.key === k && a.value === v));
    for (let page = 1; ; page++) {
      const r = await this.comet.txSearch({ query, page, per_page: 100, order_by: 'asc' });
      for (const tx of r.txs) {
        if (tx.result.code !== 0) continue;
        for (const e of tx.result.events) {
          const ev: TxEvent = { type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) };
          if (matches(ev)) out.push({ height: tx.height, event: ev });
        }
      }
      if (page * 100 >= r.totalCount) break;
    }
    // Block events (begin/end block, and harness calls recorded as block events).
    const blockQuery = [...conds, `block.height>=${minHeight}`].join(' AND ');
    try {
      const blocks = await this.comet.blockSearchAll({ query: blockQuery });
      for (const b of blocks.blocks) {
        const res = await this.comet.blockResults(b.block.header.height);
        for (const e of res.finalizeBlockEvents) {
          const ev: TxEvent = { type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) };
          if (matches(ev)) out.push({ height: res.height, event: ev });
        }
      }
    } catch {
      // A node without block_search: packets from block events are then found by clearing only.
    }
    return out.sort((x, y) => x.height - y.height);
  }
}
