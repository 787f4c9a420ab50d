/**
 * Test support (never imported by production code): a stand-in for CometBFT 0.38 that drives
 * Meshwork ABCI servers over the real socket protocol, and a genesis fixture for them.
 *
 * `CometImitation` is one CometBFT node's side of ABCI: its four connections opened in CometBFT's
 * order (query, snapshot, mempool, consensus), the handshake (`Info`, then `InitChain` at height 0
 * and replay of the blocks the app lacks, each `FinalizeBlock` + `Commit`), the per-block call
 * order (PrepareProposal on the proposer, ProcessProposal everywhere, ExtendVote/VerifyVoteExtension
 * when enabled, FinalizeBlock, mempool flush, Commit, then `CheckTx` RECHECK of what is left in the
 * mempool) and state sync (ListSnapshots / LoadSnapshotChunk on a serving node, OfferSnapshot /
 * ApplySnapshotChunk on the joining one, then `Info` to check the restored height and app hash).
 *
 * `CometNetwork` plays consensus for several such nodes: CometBFT's proposer rotation and
 * validator-set updates (`ValidatorSet`, updates from FinalizeBlock at H take effect at H+2), every
 * online validator voting for every block; an offline validator is ABSENT from the last commit and,
 * as proposer, makes the height go to the next round. Block hashes are a stand-in (sha256 of
 * height and txs): the app never interprets them.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import {
  CheckTxType,
  ResponseApplySnapshotChunk_Result,
  ResponseOfferSnapshot_Result,
  ResponseProcessProposal_ProposalStatus,
  ResponseVerifyVoteExtension_VerifyStatus,
  type CommitInfo,
  type Misbehavior,
  type RequestFinalizeBlock,
  type RequestInitChain,
  type ResponseFinalizeBlock,
  type ResponseInfo,
} from 'cosmjs-types/tendermint/abci/types';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { ValidatorSet } from '../../chain/consensus/validator_set.js';
import { ValidatorSigner } from '../../chain/consensus/keys.js';
import { toTimestamp } from '../../chain/types/time.js';
import { NS_PER_SECOND, type TimeNs } from '../../chain/kernel/context.js';
import { TxSigner } from '../../chain/testkit/signer.js';
import { buildNodeGenesis, DEFAULT_BLOCK_MAX_GAS, type CometGenesis } from '../node/genesis.js';
import { meshworkTxTypes } from '../../proto/index.js';
import { AbciSocketClient } from './client.js';
import { initChainRequest } from './genesis.js';

export const COMET_VERSION = '0.38.17';
export const BLOCK_PROTOCOL = 11n;
export const P2P_PROTOCOL = 8n;
export const ABCI_SEMVER = '2.0.0';

// ---------------------------------------------------------------------------------------------
// Fixture

export interface Fixture {
  chainId: string;
  genesisTime: TimeNs;
  genesis: CometGenesis;
  validators: ValidatorSigner[];
  /** Operator accounts (validator i's operator is operators[i]). */
  operators: TxSigner[];
  users: TxSigner[];
}

export async function makeFixture(chainId: string, validators: number, users: number, powers?: bigint[]): Promise<Fixture> {
  const registry = new Registry([...defaultRegistryTypes, ...meshworkTxTypes]);
  const vals = Array.from({ length: validators }, (_, i) => ValidatorSigner.fromSeed(`${chainId}/val${i}`));
  const operators = await Promise.all(vals.map((_, i) => TxSigner.fromLabel(`${chainId}/op${i}`, 'mesh', registry)));
  const us = await Promise.all(Array.from({ length: users }, (_, i) => TxSigner.fromLabel(`${chainId}/user${i}`, 'mesh', registry)));
  const genesisTime = 1_750_000_000n * NS_PER_SECOND;
  const genesis = buildNodeGenesis({
    chainId,
    genesisTime,
    bondDenom: 'stake',
    accounts: [...operators, ...us].map((s) => ({ address: s.address, coins: [{ denom: 'stake', amount: 1_000_000_000_000n }] })),
    validators: vals.map((v, i) => ({ operator: operators[i]!.address, pubKey: v.pubKey, selfBond: powers?.[i] ?? 10_000_000n * BigInt(i + 1), moniker: `val${i}` })),
    blockTimeMs: 1000,
  });
  return { chainId, genesisTime, genesis, validators: vals, operators, users: us };
}

export const FIXTURE_MAX_GAS = DEFAULT_BLOCK_MAX_GAS;

export function sendMsg(from: TxSigner, to: string, amount: string): { typeUrl: string; value: MsgSend } {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: from.address, toAddress: to, amount: [{ denom: 'stake', amount }] }) };
}

// ---------------------------------------------------------------------------------------------
// One CometBFT node's ABCI connections

/** A block as CometBFT decided it, and what the app answered. */
export interface DecidedBlock {
  request: RequestFinalizeBlock;
  response: ResponseFinalizeBlock;
}

export class CometImitation {
  /** Txs in this node's mempool, in arrival order. */
  mempool: Uint8Array[] = [];
  /** CheckTx calls made, by type (to see that rechecks happen). */
  readonly checkTxCalls = { new: 0, recheck: 0 };

  private constructor(
    readonly query: AbciSocketClient,
    readonly snapshot: AbciSocketClient,
    readonly mempoolConn: AbciSocketClient,
    readonly consensus: AbciSocketClient,
  ) {}

  /** Opens the four connections in CometBFT's order (proxy `multiAppConn.OnStart`). */
  static async connect(addr: string): Promise<CometImitation> {
    const query = await AbciSocketClient.connect(addr);
    const snapshot = await AbciSocketClient.connect(addr);
    const mempool = await AbciSocketClient.connect(addr);
    const consensus = await AbciSocketClient.connect(addr);
    return new CometImitation(query, snapshot, mempool, consensus);
  }

  close(): void {
    for (const c of [this.query, this.snapshot, this.mempoolConn, this.consensus]) c.close();
  }

  async info(): Promise<ResponseInfo> {
    const r = await this.query.call({ info: { version: COMET_VERSION, blockVersion: BLOCK_PROTOCOL, p2pVersion: P2P_PROTOCOL, abciVersion: ABCI_SEMVER } });
    return r.info!;
  }

  /**
   * CometBFT's `Handshaker`: asks `Info`, runs `InitChain` if the app is empty, then replays the
   * blocks the app lacks from `stored` (its block store) and checks each app hash it gets back.
   * Returns how many blocks were replayed.
   */
  async handshake(init: RequestInitChain, stored: readonly DecidedBlock[]): Promise<number> {
    const info = await this.info();
    let appHeight = Number(info.lastBlockHeight);
    const storeHeight = stored.length === 0 ? 0 : Number(stored[stored.length - 1]!.request.height);
    if (appHeight > storeHeight) throw new Error(`app height ${appHeight} is above CometBFT's block store height ${storeHeight}: the app is ahead, CometBFT refuses to start`);
    if (appHeight === 0) {
      await this.consensus.call({ initChain: init });
      appHeight = Number(init.initialHeight) - 1;
    } else {
      const known = stored.find((b) => Number(b.request.height) === appHeight);
      if (known !== undefined && Buffer.compare(Buffer.from(known.response.appHash), Buffer.from(info.lastBlockAppHash)) !== 0) {
        throw new Error(`app hash at height ${appHeight} differs from the one CometBFT recorded: the app's state is not CometBFT's`);
      }
    }
    let replayed = 0;
    for (const b of stored) {
      if (Number(b.request.height) <= appHeight) continue;
      const res = (await this.consensus.call({ finalizeBlock: b.request })).finalizeBlock!;
      if (Buffer.compare(Buffer.from(res.appHash), Buffer.from(b.response.appHash)) !== 0) throw new Error(`replay of block ${b.request.height} gave a different app hash`);
      await this.consensus.call({ commit: {} });
      replayed++;
    }
    return replayed;
  }

  /** A tx arriving over RPC or gossip: async CheckTx on the mempool connection, then its Flush. */
  async addTx(tx: Uint8Array): Promise<{ code: number; log: string }> {
    const p = this.mempoolConn.send({ checkTx: { tx, type: CheckTxType.NEW } });
    await this.mempoolConn.flush();
    const r = (await p).checkTx!;
    this.checkTxCalls.new++;
    if (r.code === 0) this.mempool.push(tx);
    return { code: r.code, log: r.log };
  }

  /**
   * After FinalizeBlock: the mempool is locked and flushed, Commit runs on the consensus connection,
   * then included txs leave the mempool and the rest are rechecked (asynchronous CheckTx RECHECK,
   * one Flush), dropping those that now fail.
   */
  async commit(included: readonly Uint8Array[]): Promise<bigint> {
    await this.mempoolConn.flush();
    const retain = (await this.consensus.call({ commit: {} })).commit!.retainHeight;
    const gone = new Set(included.map((t) => Buffer.from(t).toString('hex')));
    const left = this.mempool.filter((t) => !gone.has(Buffer.from(t).toString('hex')));
    const checks = left.map((tx) => this.mempoolConn.send({ checkTx: { tx, type: CheckTxType.RECHECK } }));
    if (left.length > 0) await this.mempoolConn.flush();
    const results = await Promise.all(checks);
    this.checkTxCalls.recheck += left.length;
    this.mempool = left.filter((_, i) => results[i]!.checkTx!.code === 0);
    return retain;
  }

  /**
   * State sync from `server`: the newest snapshot it lists, offered here with the app hash the
   * light client trusts, its chunks fetched one by one and applied; then `Info` must report the
   * snapshot's height and that app hash. Returns the restored height.
   */
  async stateSyncFrom(server: CometImitation, trustedAppHash: (height: number) => Uint8Array): Promise<number> {
    const list = (await server.snapshot.call({ listSnapshots: {} })).listSnapshots!.snapshots;
    const snap = list[0];
    if (snap === undefined) throw new Error('the serving node lists no snapshots');
    const appHash = trustedAppHash(Number(snap.height));
    const offer = (await this.snapshot.call({ offerSnapshot: { snapshot: snap, appHash } })).offerSnapshot!;
    if (offer.result !== ResponseOfferSnapshot_Result.ACCEPT) throw new Error(`snapshot at ${snap.height} refused: ${offer.result}`);
    for (let i = 0; i < snap.chunks; i++) {
      const chunk = (await server.snapshot.call({ loadSnapshotChunk: { height: snap.height, format: snap.format, chunk: i } })).loadSnapshotChunk!.chunk;
      const applied = (await this.snapshot.call({ applySnapshotChunk: { index: i, chunk, sender: 'peer-0' } })).applySnapshotChunk!;
      if (applied.result !== ResponseApplySnapshotChunk_Result.ACCEPT) throw new Error(`chunk ${i} not applied: ${applied.result}`);
    }
    const info = await this.info();
    if (info.lastBlockHeight !== snap.height || Buffer.compare(Buffer.from(info.lastBlockAppHash), Buffer.from(appHash)) !== 0) throw new Error('after state sync the app reports another height or app hash than the snapshot');
    return Number(snap.height);
  }
}

// ---------------------------------------------------------------------------------------------
// Consensus over several nodes

export interface NetworkNode {
  comet: CometImitation;
  /** The validator this node signs for (undefined: a full node). */
  validator?: ValidatorSigner;
}

export interface HeightRecord {
  height: number;
  proposer: Uint8Array;
  round: number;
  validators: { address: string; power: bigint }[];
  txs: Uint8Array[];
  /** Each node's FinalizeBlock answer, in node order. */
  responses: ResponseFinalizeBlock[];
}

export class CometNetwork {
  /** Signs the next height, the one after, and the previous one (for last_commit). */
  private current!: ValidatorSet;
  private next!: ValidatorSet;
  private lastCommit: CommitInfo = { round: 0, votes: [] };
  height = 0;
  time: TimeNs;
  /** Consensus addresses (hex) of validators that do not vote (ABSENT in the next last commit). */
  readonly offline = new Set<string>();
  readonly history: HeightRecord[] = [];
  /** What every node decided, for handshakes of nodes that join later. */
  readonly decided: DecidedBlock[] = [];

  constructor(
    readonly nodes: NetworkNode[],
    readonly init: RequestInitChain,
    readonly opts: { voteExtensionsEnableHeight?: number; maxTxBytes?: bigint } = {},
  ) {
    this.time = BigInt(init.time.seconds) * NS_PER_SECOND + BigInt(init.time.nanos);
  }

  /** Handshake on every node; the validator set comes from InitChain's answer (as CometBFT). */
  async start(): Promise<void> {
    for (const n of this.nodes) await n.comet.handshake(this.init, []);
    // InitChain answers are not kept by the imitation's handshake: ask the genesis set again.
    const updates = this.init.validators.map((v) => ({ pubKey: v.pubKey.ed25519!, power: v.power }));
    this.current = ValidatorSet.fromUpdates(updates);
    this.next = this.current.copy();
    this.next.incrementProposerPriority(1);
    this.height = Number(this.init.initialHeight) - 1;
  }

  private nodeOf(address: Uint8Array): NetworkNode {
    const n = this.nodes.find((x) => x.validator !== undefined && Buffer.compare(Buffer.from(x.validator.address), Buffer.from(address)) === 0);
    if (n === undefined) throw new Error(`no node runs validator ${Buffer.from(address).toString('hex')}`);
    return n;
  }

  /** Gossip: the tx reaches every node's mempool through CheckTx. */
  async broadcast(tx: Uint8Array): Promise<{ code: number; log: string }> {
    let first: { code: number; log: string } | undefined;
    for (const n of this.nodes) {
      const r = await n.comet.addTx(tx);
      first ??= r;
    }
    return first!;
  }

  get validatorSet(): ValidatorSet {
    return this.current;
  }

  /** One height: proposal, process, (vote extensions), finalize on every node, commit, recheck. */
  async produceBlock(): Promise<HeightRecord> {
    const height = this.height + 1;
    this.time += NS_PER_SECOND;
    const time = toTimestamp(this.time);
    const vals = this.current;
    // An offline proposer lets its round time out: round r's proposer is the set incremented r times.
    let round = 0;
    let proposer = vals.proposer();
    while (this.offline.has(Buffer.from(proposer.address).toString('hex'))) {
      round++;
      if (round > vals.size) throw new Error(`no online proposer at height ${height}`);
      const rotated = vals.copy();
      rotated.incrementProposerPriority(round);
      proposer = rotated.proposer();
    }
    let online = 0n;
    for (const v of vals.validators) if (!this.offline.has(Buffer.from(v.address).toString('hex'))) online += v.power;
    if (online * 3n <= vals.totalPower * 2n) throw new Error(`consensus halts at height ${height}: only ${online} of ${vals.totalPower} voting power online`);
    const proposerNode = this.nodeOf(proposer.address);
    const extensionsOn = this.opts.voteExtensionsEnableHeight !== undefined && this.opts.voteExtensionsEnableHeight > 0 && height > this.opts.voteExtensionsEnableHeight;
    const prepared = await proposerNode.comet.consensus.call({
      prepareProposal: {
        maxTxBytes: this.opts.maxTxBytes ?? 1_048_576n,
        txs: proposerNode.comet.mempool,
        localLastCommit: { round: this.lastCommit.round, votes: this.lastCommit.votes.map((v) => ({ validator: v.validator, voteExtension: new Uint8Array(), extensionSignature: new Uint8Array(), blockIdFlag: v.blockIdFlag })) },
        misbehavior: [],
        height: BigInt(height),
        time,
        nextValidatorsHash: this.next.hash(),
        proposerAddress: proposer.address,
      },
    });
    const txs = prepared.prepareProposal!.txs;
    const hash = sha256(Buffer.concat([Buffer.from(`block/${height}`), ...txs.map((t) => sha256(t))]));
    const misbehavior: Misbehavior[] = [];
    for (const n of this.nodes) {
      const r = await n.comet.consensus.call({ processProposal: { txs, proposedLastCommit: this.lastCommit, misbehavior, hash, height: BigInt(height), time, nextValidatorsHash: this.next.hash(), proposerAddress: proposer.address } });
      if (r.processProposal!.status !== ResponseProcessProposal_ProposalStatus.ACCEPT) throw new Error(`a node rejected the proposal at height ${height}`);
    }
    if (extensionsOn) {
      const exts: Uint8Array[] = [];
      for (const v of vals.validators) {
        if (this.offline.has(Buffer.from(v.address).toString('hex'))) {
          exts.push(new Uint8Array());
          continue;
        }
        const n = this.nodeOf(v.address);
        exts.push((await n.comet.consensus.call({ extendVote: { hash, height: BigInt(height), time, txs, proposedLastCommit: this.lastCommit, misbehavior, nextValidatorsHash: this.next.hash(), proposerAddress: proposer.address } })).extendVote!.voteExtension);
      }
      for (const n of this.nodes) {
        for (const [i, v] of vals.validators.entries()) {
          if (this.offline.has(Buffer.from(v.address).toString('hex'))) continue;
          if (n.validator !== undefined && Buffer.compare(Buffer.from(n.validator.address), Buffer.from(v.address)) === 0) continue;
          const r = await n.comet.consensus.call({ verifyVoteExtension: { hash, validatorAddress: v.address, height: BigInt(height), voteExtension: exts[i]! } });
          if (r.verifyVoteExtension!.status !== ResponseVerifyVoteExtension_VerifyStatus.ACCEPT) throw new Error(`a vote extension was rejected at height ${height}`);
        }
      }
    }
    const request: RequestFinalizeBlock = { txs, decidedLastCommit: this.lastCommit, misbehavior, hash, height: BigInt(height), time, nextValidatorsHash: this.next.hash(), proposerAddress: proposer.address };
    const responses: ResponseFinalizeBlock[] = [];
    for (const n of this.nodes) responses.push((await n.comet.consensus.call({ finalizeBlock: request })).finalizeBlock!);
    const hashes = new Set(responses.map((r) => Buffer.from(r.appHash).toString('hex')));
    if (hashes.size !== 1) throw new Error(`nodes disagree on the app hash at height ${height}: ${[...hashes].join(' ')}`);
    for (const n of this.nodes) await n.comet.commit(txs);

    const nextNext = this.next.copy();
    nextNext.applyChangeSet(responses[0]!.validatorUpdates.map((u) => ({ pubKey: u.pubKey.ed25519!, power: u.power })));
    nextNext.incrementProposerPriority(1);
    this.lastCommit = {
      round,
      votes: vals.validators.map((v) => ({ validator: { address: v.address, power: v.power }, blockIdFlag: this.offline.has(Buffer.from(v.address).toString('hex')) ? BlockIDFlag.BLOCK_ID_FLAG_ABSENT : BlockIDFlag.BLOCK_ID_FLAG_COMMIT })),
    };
    const record: HeightRecord = { height, proposer: proposer.address, round, validators: vals.validators.map((v) => ({ address: Buffer.from(v.address).toString('hex'), power: v.power })), txs, responses };
    this.current = this.next;
    this.next = nextNext;
    this.height = height;
    this.history.push(record);
    this.decided.push({ request, response: responses[0]! });
    return record;
  }
}

export { initChainRequest };
