/**
 * The Meshwork app behind CometBFT 0.38's ABCI 2.0: every `tendermint.abci` request (cosmjs-types)
 * mapped onto the same `BaseApp` the built-in block driver runs — InitChain, FinalizeBlock, Commit,
 * CheckTx and Query are the kernel's own phases, so both drivers execute identical app code.
 * What only exists under CometBFT lives here: the handshake (`Info`), proposal building and checking,
 * vote extensions (unused: accepted only empty), block retention and state-sync snapshots.
 *
 * Every handler is synchronous, so requests arriving on CometBFT's four connections never
 * interleave inside the app (CometBFT serialises consensus calls itself; CheckTx reads the check
 * branch, FinalizeBlock its own block branch).
 */
import {
  CheckTxType,
  MisbehaviorType,
  ResponseApplySnapshotChunk_Result,
  ResponseOfferSnapshot_Result,
  ResponseProcessProposal_ProposalStatus,
  ResponseVerifyVoteExtension_VerifyStatus,
  type Event as AbciEvent,
  type Request,
  type RequestApplySnapshotChunk,
  type RequestCheckTx,
  type RequestFinalizeBlock,
  type RequestInfo,
  type RequestInitChain,
  type RequestLoadSnapshotChunk,
  type RequestOfferSnapshot,
  type RequestPrepareProposal,
  type RequestProcessProposal,
  type RequestQuery,
  type RequestVerifyVoteExtension,
  type Response,
  type ResponseApplySnapshotChunk,
  type ResponseCheckTx,
  type ResponseCommit,
  type ResponseFinalizeBlock,
  type ResponseInfo,
  type ResponseInitChain,
  type ResponseOfferSnapshot,
  type ResponseQuery,
  type Snapshot as AbciSnapshot,
  type ValidatorUpdate as AbciValidatorUpdate,
} from 'cosmjs-types/tendermint/abci/types';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import type { ConsensusParams } from 'cosmjs-types/tendermint/types/params';
import type { BaseApp, TxResult } from '../../chain/kernel/baseapp.js';
import type { BlockIdFlag, Misbehavior, ValidatorUpdate } from '../../chain/kernel/module.js';
import type { Event } from '../../chain/kernel/events.js';
import type { MultiStore } from '../../chain/store/multistore.js';
import { fromTimestamp } from '../../chain/types/time.js';
import { decodeSnapshotMetadata, encodeSnapshotMetadata, exportSnapshot, restoreSnapshot, SnapshotError, SnapshotRestorer, SnapshotStore, type SnapshotInfo } from '../../chain/store/snapshot.js';
import { silentLogger, type Logger } from '../node/log.js';

export class AbciError extends Error {
  override readonly name = 'AbciError';
}

export interface AbciAppOptions {
  /** The committed state; state sync restores into it when it is empty. */
  store: MultiStore;
  /** Builds the app over `store`: at start, and again after a state-sync restore. */
  build: (store: MultiStore) => BaseApp;
  /** Software version reported by `Info`. */
  version: string;
  /** Snapshots for state sync, taken after every `interval`-th commit (0: none; still restores). */
  snapshots?: { store: SnapshotStore; interval: number; chunkSize?: number };
  /**
   * Blocks CometBFT must keep below the latest (the SDK's `min-retain-blocks`); 0 keeps all. Never
   * below the oldest snapshot a peer may still be restoring from.
   */
  minRetainBlocks?: number;
  logger?: Logger;
}

const FLAGS: Record<number, BlockIdFlag> = {
  [BlockIDFlag.BLOCK_ID_FLAG_COMMIT]: 'commit',
  [BlockIDFlag.BLOCK_ID_FLAG_NIL]: 'nil',
  [BlockIDFlag.BLOCK_ID_FLAG_ABSENT]: 'absent',
};

/** Wire size of a tx inside `Data.txs` (CometBFT `ComputeProtoSizeForTxs`): tag, length, bytes. */
function protoTxSize(tx: Uint8Array): number {
  let n = tx.length;
  let lenBytes = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    lenBytes++;
  }
  return 1 + lenBytes + tx.length;
}

export function toAbciEvents(events: readonly Event[]): AbciEvent[] {
  return events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) }));
}

export function toAbciValidatorUpdates(updates: readonly ValidatorUpdate[]): AbciValidatorUpdate[] {
  return updates.map((u) => ({ pubKey: { ed25519: u.pubKey }, power: u.power }));
}

function fromAbciValidatorUpdate(u: AbciValidatorUpdate): ValidatorUpdate {
  if (u.pubKey.ed25519 === undefined || u.pubKey.ed25519.length !== 32) throw new AbciError('InitChain validators must have 32-byte ed25519 public keys (this chain signs with ed25519 only)');
  return { pubKey: u.pubKey.ed25519, power: u.power };
}

function checkTxResponse(r: TxResult): ResponseCheckTx {
  return { code: r.code, data: r.data, log: r.log, info: '', gasWanted: r.gasWanted, gasUsed: r.gasUsed, events: toAbciEvents(r.events), codespace: r.codespace };
}

const hexOf = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();

export class AbciApplication {
  private appInstance: BaseApp;
  readonly store: MultiStore;
  private readonly build: (store: MultiStore) => BaseApp;
  private readonly version: string;
  private readonly snapshots: AbciAppOptions['snapshots'];
  private readonly minRetainBlocks: number;
  private readonly log: Logger;
  private restoring: SnapshotRestorer | undefined;
  /** `block.max_bytes`/`max_gas` from InitChain (CometBFT keeps them; the app is told once). */
  private blockMaxGas: bigint | undefined;

  constructor(opts: AbciAppOptions) {
    this.store = opts.store;
    this.build = opts.build;
    this.appInstance = opts.build(opts.store);
    this.version = opts.version;
    this.snapshots = opts.snapshots;
    this.minRetainBlocks = opts.minRetainBlocks ?? 0;
    this.log = opts.logger ?? silentLogger();
    this.blockMaxGas = this.appInstance.blockMaxGas;
    if (this.snapshots !== undefined && (!Number.isSafeInteger(this.snapshots.interval) || this.snapshots.interval < 0)) throw new AbciError(`snapshot interval must be a non-negative integer, got ${this.snapshots.interval}`);
  }

  /** The app (a new instance after a state-sync restore). */
  get app(): BaseApp {
    return this.appInstance;
  }

  /** One request → its response; an error becomes `ResponseException` (CometBFT then stops). */
  handle(req: Request): Response {
    try {
      if (req.echo !== undefined) return { echo: { message: req.echo.message } };
      if (req.flush !== undefined) return { flush: {} };
      if (req.info !== undefined) return { info: this.info(req.info) };
      if (req.initChain !== undefined) return { initChain: this.initChain(req.initChain) };
      if (req.query !== undefined) return { query: this.query(req.query) };
      if (req.checkTx !== undefined) return { checkTx: this.checkTx(req.checkTx) };
      if (req.commit !== undefined) return { commit: this.commit() };
      if (req.listSnapshots !== undefined) return { listSnapshots: { snapshots: this.listSnapshots() } };
      if (req.offerSnapshot !== undefined) return { offerSnapshot: this.offerSnapshot(req.offerSnapshot) };
      if (req.loadSnapshotChunk !== undefined) return { loadSnapshotChunk: { chunk: this.loadSnapshotChunk(req.loadSnapshotChunk) } };
      if (req.applySnapshotChunk !== undefined) return { applySnapshotChunk: this.applySnapshotChunk(req.applySnapshotChunk) };
      if (req.prepareProposal !== undefined) return { prepareProposal: { txs: this.prepareProposal(req.prepareProposal) } };
      if (req.processProposal !== undefined) return { processProposal: { status: this.processProposal(req.processProposal) } };
      if (req.extendVote !== undefined) return { extendVote: { voteExtension: new Uint8Array() } };
      if (req.verifyVoteExtension !== undefined) return { verifyVoteExtension: { status: this.verifyVoteExtension(req.verifyVoteExtension) } };
      if (req.finalizeBlock !== undefined) return { finalizeBlock: this.finalizeBlock(req.finalizeBlock) };
      throw new AbciError('empty or unknown ABCI request (this server speaks CometBFT 0.38 tendermint.abci)');
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      this.log.error('ABCI request failed', { err: error });
      return { exception: { error } };
    }
  }

  /** Handshake: CometBFT replays the blocks above `lastBlockHeight` (or calls InitChain at 0). */
  info(_req: RequestInfo): ResponseInfo {
    const h = this.appInstance.lastBlockHeight;
    return { data: 'meshwork', version: this.version, appVersion: this.appInstance.appVersion(), lastBlockHeight: BigInt(h), lastBlockAppHash: h === 0 ? new Uint8Array() : this.appInstance.lastAppHash() };
  }

  initChain(req: RequestInitChain): ResponseInitChain {
    const app = this.appInstance;
    this.checkConsensusParams(req.consensusParams);
    let appState: Record<string, unknown> = {};
    if (req.appStateBytes.length > 0) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(req.appStateBytes).toString('utf8'));
      } catch (e) {
        throw new AbciError(`genesis app_state is not JSON: ${(e as Error).message}`);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new AbciError('genesis app_state must be a JSON object (module name → genesis state)');
      appState = parsed as Record<string, unknown>;
    }
    const updates = app.initChain({ chainId: req.chainId, genesisTime: fromTimestamp(req.time), initialHeight: Number(req.initialHeight === 0n ? 1n : req.initialHeight), appState });
    // As the SDK: CometBFT's genesis validators, if it lists any, must be those the app's genesis bonds.
    if (req.validators.length > 0) {
      const key = (u: ValidatorUpdate): string => `${hexOf(u.pubKey)}:${u.power}`;
      const fromComet = req.validators.map(fromAbciValidatorUpdate).map(key).sort();
      const fromApp = updates.map(key).sort();
      if (fromComet.join() !== fromApp.join()) throw new AbciError(`genesis.json validators (${fromComet.join(', ')}) differ from the validators app_state bonds (${fromApp.join(', ')}); fix the genesis`);
    }
    this.log.info('InitChain', { chain_id: req.chainId, validators: updates.length });
    return { validators: toAbciValidatorUpdates(updates), appHash: app.lastAppHash() };
  }

  /** The app's block gas limit is fixed when it is built (node genesis); CometBFT's must agree. */
  private checkConsensusParams(p: ConsensusParams | undefined): void {
    const maxGas = p?.block?.maxGas;
    if (maxGas === undefined) return;
    const app = this.appInstance.blockMaxGas ?? -1n;
    if (maxGas !== app) throw new AbciError(`CometBFT's consensus_params.block.max_gas is ${maxGas} but the Meshwork home's genesis says ${app}; give both homes the same genesis.json`);
    this.blockMaxGas = maxGas > 0n ? maxGas : undefined;
  }

  checkTx(req: RequestCheckTx): ResponseCheckTx {
    const r = req.type === CheckTxType.RECHECK ? this.appInstance.recheckTx(req.tx) : this.appInstance.checkTx(req.tx);
    return checkTxResponse(r);
  }

  /**
   * The SDK's default proposal: CometBFT's mempool order, leaving out txs that do not decode and
   * txs past `max_tx_bytes` or the block's max gas (by their gas limits).
   */
  prepareProposal(req: RequestPrepareProposal): Uint8Array[] {
    const out: Uint8Array[] = [];
    let bytes = 0;
    let gas = 0n;
    const maxBytes = Number(req.maxTxBytes);
    for (const tx of req.txs) {
      const size = protoTxSize(tx);
      if (bytes + size > maxBytes) continue;
      let gasLimit: bigint;
      try {
        gasLimit = this.appInstance.decodeTx(tx).authInfo.fee?.gasLimit ?? 0n;
      } catch {
        continue;
      }
      if (this.blockMaxGas !== undefined && gas + gasLimit > this.blockMaxGas) continue;
      out.push(tx);
      bytes += size;
      gas += gasLimit;
      if (bytes >= maxBytes || (this.blockMaxGas !== undefined && gas >= this.blockMaxGas)) break;
    }
    return out;
  }

  /** Rejects a proposal with a tx that does not decode or gas limits beyond the block's max gas. */
  processProposal(req: RequestProcessProposal): ResponseProcessProposal_ProposalStatus {
    let gas = 0n;
    for (const tx of req.txs) {
      try {
        gas += this.appInstance.decodeTx(tx).authInfo.fee?.gasLimit ?? 0n;
      } catch {
        return ResponseProcessProposal_ProposalStatus.REJECT;
      }
    }
    if (this.blockMaxGas !== undefined && gas > this.blockMaxGas) return ResponseProcessProposal_ProposalStatus.REJECT;
    return ResponseProcessProposal_ProposalStatus.ACCEPT;
  }

  /** Meshwork extends no votes: only an empty extension is valid. */
  verifyVoteExtension(req: RequestVerifyVoteExtension): ResponseVerifyVoteExtension_VerifyStatus {
    return req.voteExtension.length === 0 ? ResponseVerifyVoteExtension_VerifyStatus.ACCEPT : ResponseVerifyVoteExtension_VerifyStatus.REJECT;
  }

  finalizeBlock(req: RequestFinalizeBlock): ResponseFinalizeBlock {
    const misbehavior: Misbehavior[] = req.misbehavior.map((m) => ({
      type: m.type === MisbehaviorType.LIGHT_CLIENT_ATTACK ? 'light_client_attack' : 'duplicate_vote',
      address: m.validator.address,
      power: m.validator.power,
      height: Number(m.height),
      time: fromTimestamp(m.time),
      totalVotingPower: m.totalVotingPower,
    }));
    const r = this.appInstance.finalizeBlock({
      height: Number(req.height),
      time: fromTimestamp(req.time),
      proposer: req.proposerAddress,
      txs: req.txs,
      lastCommit: { round: req.decidedLastCommit.round, votes: req.decidedLastCommit.votes.map((v) => ({ address: v.validator.address, power: v.validator.power, flag: FLAGS[v.blockIdFlag] ?? 'absent' })) },
      misbehavior,
    });
    return {
      events: toAbciEvents(r.events),
      txResults: r.txResults.map((t) => ({ code: t.code, data: t.data, log: t.log, info: '', gasWanted: t.gasWanted, gasUsed: t.gasUsed, events: toAbciEvents(t.events), codespace: t.codespace })),
      validatorUpdates: toAbciValidatorUpdates(r.validatorUpdates),
      // No module changes consensus params (there is no x/consensus here): CometBFT keeps its own.
      consensusParamUpdates: undefined,
      appHash: r.appHash,
    };
  }

  commit(): ResponseCommit {
    this.appInstance.commit();
    const height = this.appInstance.lastBlockHeight;
    const s = this.snapshots;
    if (s !== undefined && s.interval > 0 && height % s.interval === 0) {
      // Synchronous (the SDK snapshots in the background): the latest version is in memory and a
      // testnet's state is small; the export costs one walk of every tree.
      const exported = exportSnapshot(this.store, height, s.chunkSize);
      s.store.save(exported);
      this.log.info('snapshot taken', { height, chunks: exported.info.chunks, hash: hexOf(exported.info.hash) });
    }
    return { retainHeight: BigInt(this.retainHeight(height)) };
  }

  /** The SDK's `GetBlockRetentionHeight`: keep `minRetainBlocks`, and every block since the oldest kept snapshot. */
  private retainHeight(height: number): number {
    if (this.minRetainBlocks <= 0) return 0;
    let retain = height - this.minRetainBlocks;
    const oldest = this.snapshots?.store.list().at(-1);
    if (oldest !== undefined) retain = Math.min(retain, oldest.height);
    return retain > 0 ? retain : 0;
  }

  query(req: RequestQuery): ResponseQuery {
    const r = this.appInstance.query({ path: req.path, data: req.data, height: Number(req.height), prove: req.prove });
    return {
      code: r.code,
      log: r.log,
      info: '',
      index: 0n,
      key: r.key ?? new Uint8Array(),
      value: r.value,
      proofOps: r.proofOps === undefined ? undefined : { ops: r.proofOps.map((o) => ({ type: o.type, key: o.key, data: o.data })) },
      height: BigInt(r.height),
      codespace: r.codespace,
    };
  }

  // -------------------------------------------------------------------------------------------
  // State sync

  listSnapshots(): AbciSnapshot[] {
    return (this.snapshots?.store.list() ?? []).map((s: SnapshotInfo) => ({ height: BigInt(s.height), format: s.format, chunks: s.chunks, hash: s.hash, metadata: encodeSnapshotMetadata(s) }));
  }

  loadSnapshotChunk(req: RequestLoadSnapshotChunk): Uint8Array {
    return this.snapshots?.store.loadChunk(Number(req.height), req.format, req.chunk) ?? new Uint8Array();
  }

  offerSnapshot(req: RequestOfferSnapshot): ResponseOfferSnapshot {
    const s = req.snapshot;
    if (s === undefined) return { result: ResponseOfferSnapshot_Result.REJECT };
    if (this.store.version !== 0) {
      this.log.error('state sync offered a snapshot, but this node already has state; start state sync only on an empty home', { height: this.store.version });
      return { result: ResponseOfferSnapshot_Result.ABORT };
    }
    try {
      const info: SnapshotInfo = { height: Number(s.height), format: s.format, chunks: s.chunks, hash: s.hash, chunkHashes: decodeSnapshotMetadata(s.metadata) };
      this.restoring = new SnapshotRestorer(info, req.appHash, this.store.names);
    } catch (e) {
      this.restoring = undefined;
      this.log.warn('snapshot offer refused', { height: s.height, format: s.format, err: (e as Error).message });
      return { result: /format/.test((e as Error).message) ? ResponseOfferSnapshot_Result.REJECT_FORMAT : ResponseOfferSnapshot_Result.REJECT };
    }
    this.log.info('restoring snapshot', { height: s.height, chunks: s.chunks });
    return { result: ResponseOfferSnapshot_Result.ACCEPT };
  }

  applySnapshotChunk(req: RequestApplySnapshotChunk): ResponseApplySnapshotChunk {
    const r = this.restoring;
    const answer = (result: ResponseApplySnapshotChunk_Result, refetch: number[] = [], reject: string[] = []): ResponseApplySnapshotChunk => ({ result, refetchChunks: refetch, rejectSenders: reject });
    if (r === undefined) return answer(ResponseApplySnapshotChunk_Result.ABORT);
    try {
      r.addChunk(req.index, req.chunk);
    } catch (e) {
      // A bad chunk: fetch it again from another peer, and stop trusting the one that sent it.
      this.log.warn('snapshot chunk refused', { index: req.index, sender: req.sender, err: (e as Error).message });
      return answer(ResponseApplySnapshotChunk_Result.RETRY, [req.index], req.sender === '' ? [] : [req.sender]);
    }
    if (!r.complete) return answer(ResponseApplySnapshotChunk_Result.ACCEPT);
    this.restoring = undefined;
    try {
      restoreSnapshot(this.store, r);
    } catch (e) {
      if (!(e instanceof SnapshotError)) throw e;
      this.log.warn('snapshot rejected after its last chunk', { height: r.info.height, err: e.message });
      return answer(ResponseApplySnapshotChunk_Result.REJECT_SNAPSHOT);
    }
    // Keepers hold no state of their own; a fresh app over the restored store starts at its height.
    this.appInstance = this.build(this.store);
    this.log.info('state restored from snapshot', { height: r.info.height, app_hash: hexOf(this.store.lastAppHash()) });
    return answer(ResponseApplySnapshotChunk_Result.ACCEPT);
  }
}
