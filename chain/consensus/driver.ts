/**
 * BlockDriver: a deterministic, single-process stand-in for CometBFT consensus. It produces blocks
 * for a BaseApp — FinalizeBlock → header and commit → block store + app commit — with:
 *
 * - real ed25519 precommits over CometBFT's canonical sign bytes, and headers/commits hashed as
 *   CometBFT does (see encoding.ts), so light clients can verify them with `verifyCommit`;
 * - CometBFT validator-set evolution: the set from InitChain signs the first block; updates returned
 *   by FinalizeBlock at H take effect for the set that signs H+2 (`ValidatorUpdateDelay = 1`);
 *   proposers by weighted round robin (validator_set.ts);
 * - `last_commit` for block H = the votes of the set that signed H−1 (COMMIT or ABSENT);
 * - fault injection: validators taken offline sign nothing; a double signer signs two conflicting
 *   block ids at the next height, the driver verifies both votes and reports the duplicate vote as
 *   evidence (header `evidence_hash`) and `misbehavior` in the next block.
 *
 * Time never comes from the wall clock: the caller passes a block time, or the driver adds
 * `blockInterval` to the previous block's time (the first block has the genesis time). Every
 * precommit carries the block's own time as its timestamp (CometBFT would use each voter's clock
 * shortly after; light clients do not check vote times).
 *
 * One round per height (round 0) and no NIL votes: a validator that signs signs the block.
 */
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { SignedMsgType, type BlockID, type Commit, type CommitSig, type Header, type Vote } from 'cosmjs-types/tendermint/types/types';
import type { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence';
import type { ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import { sha256 } from '@noble/hashes/sha2.js';
import type { DecodedTx } from '../tx/decode.js';
import type { BaseApp, FinalizeBlockResult, GenesisDoc, TxResult } from '../kernel/baseapp.js';
import type { TimeNs } from '../kernel/context.js';
import type { BlockIdFlag, BlockInfo, Misbehavior } from '../kernel/module.js';
import { bytesEqual, concat, toHex, utf8 } from '../kernel/keys.js';
import { MemoryBlockStore } from '../blockstore/memory.js';
import type { BlockRecord, BlockStore, StoredBlock } from '../blockstore/types.js';
import { absentSig, verifyCommit } from './commit.js';
import {
  BLOCK_PROTOCOL,
  blockIdOf,
  commitHash,
  consensusParamsHash,
  dataHash,
  EMPTY_BLOCK_ID,
  evidenceHash,
  fromTimestamp,
  precommitSignBytes,
  resultsHash,
  toTimestamp,
} from './encoding.js';
import { makeDuplicateVoteEvidence, voteSignBytes } from './evidence.js';
import { verifyEd25519, type ValidatorSigner } from './keys.js';
import { ValidatorSet } from './validator_set.js';

export const DEFAULT_BLOCK_INTERVAL: TimeNs = 1_000_000_000n;
/** CometBFT's default `block.max_bytes` (21 MiB). */
export const DEFAULT_BLOCK_MAX_BYTES = 22_020_096n;

export interface BlockDriverOptions {
  app: BaseApp;
  chainId: string;
  genesisTime: TimeNs;
  /** Added to the previous block time when `produceBlock` gets no time (default 1 s). */
  blockInterval?: TimeNs;
  /** Keys the driver signs with; set members without a key here never sign (ABSENT). */
  validators: ValidatorSigner[];
  /** Default: a fresh in-memory store. For a node: `new SqliteBlockStore(sqliteState.database)`. */
  blockStore?: BlockStore;
  initialHeight?: number;
  /** For the header's `consensus_hash` (defaults: CometBFT's max bytes; the app's block max gas or −1). */
  consensusParams?: { blockMaxBytes: bigint; blockMaxGas: bigint };
}

export interface ProduceBlockOptions {
  txs?: Uint8Array[];
  /** Block time (ns); must be after the previous block's. */
  time?: TimeNs;
}

export interface ProducedBlock {
  header: Header;
  blockId: BlockID;
  /** The precommits of the set at this height that finalize this block. */
  commit: Commit;
  results: FinalizeBlockResult;
  /** What the app's BeginBlock received. */
  blockInfo: BlockInfo;
  /** Evidence included in this block (detected at the previous height). */
  evidence: DuplicateVoteEvidence[];
  /** sha256 of each tx of the block, in order. */
  txHashes: Uint8Array[];
}

interface ChainState {
  height: number;
  header: Header;
  blockId: BlockID;
  /** The commit for `height`, signed by `lastValidators`. */
  commit: Commit;
  lastValidators: ValidatorSet;
  /** Signs height + 1. */
  validators: ValidatorSet;
  /** Signs height + 2. */
  nextValidators: ValidatorSet;
  lastResults: readonly Pick<TxResult, 'code' | 'data' | 'gasWanted' | 'gasUsed'>[];
  pendingEvidence: DuplicateVoteEvidence[];
}

export interface DriverSnapshot {
  readonly height: number;
  readonly state: ChainState | undefined;
  readonly genesis: { validators: ValidatorSet; nextValidators: ValidatorSet } | undefined;
  readonly sets: ReadonlyMap<number, ValidatorSet>;
  readonly offline: ReadonlySet<string>;
  readonly doubleSigners: ReadonlySet<string>;
}

/** A block EndBlock has finalized and the validators have signed, not yet durable. */
interface SealedBlock extends ProducedBlock {
  record: BlockRecord;
  height: number;
  vals: ValidatorSet;
  next: ValidatorSet;
  nextNext: ValidatorSet;
  pendingEvidence: DuplicateVoteEvidence[];
}

/** What `beginBlock` decided, for `endBlock` to finish. */
interface PendingBlock {
  prev: ChainState | undefined;
  first: boolean;
  height: number;
  vals: ValidatorSet;
  next: ValidatorSet;
  time: TimeNs;
  txs: Uint8Array[];
  txHashes: Uint8Array[];
  signing: (ValidatorSigner | undefined)[];
  blockInfo: BlockInfo;
  evidence: DuplicateVoteEvidence[];
  proposer: { address: Uint8Array };
  appHashBefore: Uint8Array;
}

const FLAG: Record<number, BlockIdFlag> = {
  [BlockIDFlag.BLOCK_ID_FLAG_COMMIT]: 'commit',
  [BlockIDFlag.BLOCK_ID_FLAG_NIL]: 'nil',
  [BlockIDFlag.BLOCK_ID_FLAG_ABSENT]: 'absent',
};

export function toExecTxResult(r: TxResult): ExecTxResult {
  return { code: r.code, data: r.data, log: r.log, info: '', gasWanted: r.gasWanted, gasUsed: r.gasUsed, events: r.events, codespace: r.codespace };
}

export class BlockDriver {
  readonly app: BaseApp;
  readonly chainId: string;
  readonly genesisTime: TimeNs;
  readonly blockInterval: TimeNs;
  readonly blockStore: BlockStore;
  readonly initialHeight: number;
  private readonly consensusHash: Uint8Array;
  private readonly signers = new Map<string, ValidatorSigner>();
  private readonly offline = new Set<string>();
  private readonly doubleSigners = new Set<string>();
  /** Sets by height that this process has built or loaded (the block store has all of them). */
  private readonly sets = new Map<number, ValidatorSet>();
  /** Validator sets for the first block, between `init` and the first `produceBlock`. */
  private genesis: { validators: ValidatorSet; nextValidators: ValidatorSet } | undefined;
  private state: ChainState | undefined;
  private pending: PendingBlock | undefined;

  constructor(opts: BlockDriverOptions) {
    this.app = opts.app;
    this.chainId = opts.chainId;
    if (opts.app.chainId !== opts.chainId) throw new Error(`block driver for chain ${opts.chainId} given an app for ${opts.app.chainId}`);
    this.genesisTime = opts.genesisTime;
    this.blockInterval = opts.blockInterval ?? DEFAULT_BLOCK_INTERVAL;
    if (this.blockInterval <= 0n) throw new Error('block interval must be positive');
    this.blockStore = opts.blockStore ?? new MemoryBlockStore();
    this.initialHeight = opts.initialHeight ?? 1;
    const params = opts.consensusParams ?? { blockMaxBytes: DEFAULT_BLOCK_MAX_BYTES, blockMaxGas: opts.app.blockMaxGas ?? -1n };
    this.consensusHash = consensusParamsHash(params.blockMaxBytes, params.blockMaxGas);
    for (const s of opts.validators) this.addSigner(s);
  }

  /** The state before the open block began (dropping an open block in the harness). */
  snapshotBeforeOpen(): DriverSnapshot {
    const open = this.pending;
    this.pending = undefined;
    try {
      return this.snapshot();
    } finally {
      this.pending = open;
    }
  }

  /** The driver's whole state between blocks (in-memory snapshots of the multi-test harness). */
  snapshot(): DriverSnapshot {
    if (this.pending !== undefined) throw new Error('block driver: cannot snapshot with a block open');
    return { height: this.blockStore.height, state: this.state, genesis: this.genesis, sets: new Map(this.sets), offline: new Set(this.offline), doubleSigners: new Set(this.doubleSigners) };
  }
  /** Returns to a snapshot; the block store must be able to forget later blocks (`MemoryBlockStore`). */
  restore(s: DriverSnapshot): void {
    const store = this.blockStore as BlockStore & { truncate?: (h: number) => void };
    if (store.truncate === undefined) throw new Error('block driver: this block store cannot be rewound');
    store.truncate(s.height);
    this.pending = undefined;
    this.state = s.state;
    this.genesis = s.genesis;
    this.sets.clear();
    for (const [k, v] of s.sets) this.sets.set(k, v);
    this.offline.clear();
    for (const k of s.offline) this.offline.add(k);
    this.doubleSigners.clear();
    for (const k of s.doubleSigners) this.doubleSigners.add(k);
  }

  /** Gives the driver a validator's key (e.g. for a validator created after genesis). */
  addSigner(signer: ValidatorSigner): void {
    this.signers.set(toHex(signer.address), signer);
  }

  /** An offline validator signs nothing: ABSENT in later `last_commit`s, until set online again. */
  setOnline(consAddress: Uint8Array, online: boolean): void {
    if (online) this.offline.delete(toHex(consAddress));
    else this.offline.add(toHex(consAddress));
  }

  /** At the next height the validator signs the block and a conflicting block id (once). */
  doubleSign(consAddress: Uint8Array): void {
    const key = toHex(consAddress);
    if (!this.signers.has(key)) throw new Error(`cannot double-sign for ${key}: the driver has no key for it`);
    this.doubleSigners.add(key);
  }

  /** Runs InitChain; the validator updates it returns form the set that signs the first block. */
  init(genesis: { appState: Record<string, unknown> } & Partial<GenesisDoc>): void {
    if (this.state !== undefined || this.genesis !== undefined || this.blockStore.height !== 0) throw new Error('block driver: chain already initialised; use resume() after a restart');
    if (genesis.chainId !== undefined && genesis.chainId !== this.chainId) throw new Error(`genesis chain id ${genesis.chainId} differs from the driver's ${this.chainId}`);
    if (genesis.genesisTime !== undefined && genesis.genesisTime !== this.genesisTime) throw new Error(`genesis time ${genesis.genesisTime} differs from the driver's ${this.genesisTime}`);
    if (genesis.initialHeight !== undefined && genesis.initialHeight !== this.initialHeight) throw new Error(`genesis initial height ${genesis.initialHeight} differs from the driver's ${this.initialHeight}`);
    const updates = this.app.initChain({ chainId: this.chainId, genesisTime: this.genesisTime, initialHeight: this.initialHeight, appState: genesis.appState });
    const validators = ValidatorSet.fromUpdates(updates);
    const nextValidators = validators.copy();
    nextValidators.incrementProposerPriority(1);
    this.genesis = { validators, nextValidators };
    this.sets.set(this.initialHeight, validators);
    this.sets.set(this.initialHeight + 1, nextValidators);
  }

  /**
   * Continues a chain from its block store and a reopened app (restart). The app's committed height
   * and app hash must be those the block store recorded for its latest block.
   */
  resume(): void {
    if (this.state !== undefined || this.genesis !== undefined) throw new Error('block driver: already running');
    const h = this.blockStore.height;
    if (h === 0) throw new Error('block driver: the block store is empty; call init(genesis) for a new chain');
    const appHeight = this.app.lastBlockHeight;
    if (appHeight !== h) throw new Error(`block driver: the app state is at height ${appHeight} but the block store at ${h}; they must be committed together (share the state's SQLite database)`);
    const results = this.blockStore.results(h);
    const block = this.blockStore.block(h);
    const commit = this.blockStore.commit(h);
    if (results === undefined || block === undefined || commit === undefined) throw new Error(`block driver: block store lacks block ${h}`);
    if (!bytesEqual(results.appHash, this.app.lastAppHash())) {
      throw new Error(`block driver: app hash ${toHex(this.app.lastAppHash())} at height ${h} differs from the recorded ${toHex(results.appHash)}`);
    }
    const set = (height: number): ValidatorSet => {
      const s = this.validatorSet(height);
      if (s === undefined) throw new Error(`block driver: block store lacks the validator set for height ${height}`);
      return s;
    };
    this.app.setLastHeader({ chainId: this.chainId, height: h, time: fromTimestamp(block.header.time), proposer: block.header.proposerAddress });
    this.state = {
      height: h,
      header: block.header,
      blockId: block.blockId,
      commit,
      lastValidators: set(h),
      validators: set(h + 1),
      nextValidators: set(h + 2),
      lastResults: results.txResults,
      pendingEvidence: this.blockStore.pendingEvidence(h),
    };
  }

  /** Latest committed height (initialHeight − 1 before the first block). */
  get height(): number {
    return this.state?.height ?? this.initialHeight - 1;
  }

  latestHeader(): Header | undefined {
    return this.state?.header;
  }

  /** The validator set (with proposer priorities) that signs `height`. */
  validatorSet(height: number): ValidatorSet | undefined {
    const cached = this.sets.get(height);
    if (cached !== undefined) return cached;
    const p = this.blockStore.validatorSet(height);
    return p === undefined ? undefined : ValidatorSet.fromProto(p);
  }

  /** The commit that finalized block `height`. */
  commitAt(height: number): Commit | undefined {
    return this.blockStore.commit(height);
  }

  block(height: number): StoredBlock | undefined {
    return this.blockStore.block(height);
  }

  produceBlock(opts: ProduceBlockOptions = {}): ProducedBlock {
    this.beginBlock({ time: opts.time });
    for (const tx of opts.txs ?? []) this.deliverTx(tx);
    return this.endBlock();
  }

  /** Height and time of the block opened by `beginBlock`, if one is open. */
  get openBlock(): { height: number; time: TimeNs } | undefined {
    return this.pending === undefined ? undefined : { height: this.pending.height, time: this.pending.time };
  }

  /**
   * Opens the next block: the app runs BeginBlock with the real last commit and evidence. Txs are
   * then added with `deliverTx` (a harness may also run messages in the open block) and `endBlock`
   * finalizes, commits and signs it. `produceBlock` is the three in one.
   */
  beginBlock(opts: { time?: TimeNs } = {}): void {
    if (this.pending !== undefined) throw new Error(`block driver: block ${this.pending.height} is already open`);
    const prev = this.state;
    const first = prev === undefined;
    if (first && this.genesis === undefined) throw new Error('block driver: call init(genesis) or resume() first');
    const height = first ? this.initialHeight : prev.height + 1;
    const vals = first ? this.genesis!.validators : prev.validators;
    const next = first ? this.genesis!.nextValidators : prev.nextValidators;
    const prevTime = first ? undefined : fromTimestamp(prev.header.time);
    const time = opts.time ?? (prevTime === undefined ? this.genesisTime : prevTime + this.blockInterval);
    if (prevTime !== undefined && time <= prevTime) throw new Error(`block time ${time} must be after the previous block's ${prevTime}`);
    if (prevTime === undefined && time < this.genesisTime) throw new Error(`first block time ${time} is before the genesis time ${this.genesisTime}`);
    const txs: Uint8Array[] = [];

    // Who signs this height; refuse before touching the app if they cannot reach > 2/3.
    const signing = vals.validators.map((v) => {
      const key = toHex(v.address);
      const signer = this.signers.get(key);
      return signer !== undefined && (!this.offline.has(key) || this.doubleSigners.has(key)) ? signer : undefined;
    });
    let onlinePower = 0n;
    vals.validators.forEach((v, i) => {
      if (signing[i] !== undefined) onlinePower += v.power;
    });
    if (onlinePower * 3n <= vals.totalPower * 2n) {
      throw new Error(`consensus halts at height ${height}: validators with ${onlinePower} of ${vals.totalPower} voting power can sign, more than 2/3 is needed (bring validators online or give the driver their keys)`);
    }

    const blockInfo: BlockInfo = {
      lastCommit: first ? { round: 0, votes: [] } : lastCommitInfo(prev.commit, prev.lastValidators),
      misbehavior: first ? [] : prev.pendingEvidence.map(toMisbehavior),
    };
    const evidence = first ? [] : prev.pendingEvidence;
    const proposer = vals.proposer();
    const appHashBefore = this.app.lastAppHash();
    this.app.beginBlock({ height, time, proposer: proposer.address, ...blockInfo });
    this.pending = { prev, first, height, vals, next, time, txs, txHashes: [], signing, blockInfo, evidence, proposer, appHashBefore };
  }

  /** Delivers a tx in the open block (it becomes part of the block's data). */
  /** `decoded`: the app's own decoding of `tx` from CheckTx (see `BaseApp.decodeTx`), to skip decoding again. */
  deliverTx(tx: Uint8Array, decoded?: DecodedTx): TxResult {
    if (this.pending === undefined) throw new Error('block driver: no block is open; call beginBlock first');
    this.pending.txs.push(tx);
    this.pending.txHashes.push(decoded?.bytes === tx ? decoded.hash : sha256(tx));
    return this.app.deliverTx(tx, decoded);
  }

  /** Ends the open block: EndBlock, commit (with the block record), header and signed commit. */
  endBlock(): ProducedBlock {
    const sealed = this.sealBlock();
    let committedHash: Uint8Array | undefined;
    this.blockStore.saveBlock(sealed.record, () => {
      committedHash = this.app.commit();
    });
    return this.settleBlock(sealed, committedHash);
  }

  /**
   * `endBlock` for a node that keeps serving while a large block is written: the block store writes
   * the block's txs in slices, awaiting `pause()` between them (when it returns a promise), inside
   * the one transaction that also commits the state. Until it resolves the driver and the app's
   * committed state still show the previous height. The same block and app hash as `endBlock`.
   */
  async endBlockSliced(pause: () => Promise<void> | undefined): Promise<ProducedBlock> {
    const sealed = this.sealBlock();
    let committedHash: Uint8Array | undefined;
    const commitState = (): void => {
      committedHash = this.app.commit();
    };
    if (this.blockStore.saveBlockSliced === undefined) this.blockStore.saveBlock(sealed.record, commitState);
    else await this.blockStore.saveBlockSliced(sealed.record, commitState, pause);
    return this.settleBlock(sealed, committedHash);
  }

  /** EndBlock on the app, then the header, the signed commit and the record the block store keeps. */
  private sealBlock(): SealedBlock {
    const p = this.pending;
    if (p === undefined) throw new Error('block driver: no block is open; call beginBlock first');
    this.pending = undefined;
    const { prev, first, height, vals, next, time, txs, txHashes, signing, blockInfo, evidence, proposer, appHashBefore } = p;
    const results = this.app.endBlock();

    const nextNext = next.copy();
    nextNext.applyChangeSet(results.validatorUpdates);
    nextNext.incrementProposerPriority(1);

    const lastCommit: Commit = prev === undefined ? { height: 0n, round: 0, blockId: EMPTY_BLOCK_ID, signatures: [] } : prev.commit;
    const header: Header = {
      version: { block: BLOCK_PROTOCOL, app: 0n },
      chainId: this.chainId,
      height: BigInt(height),
      time: toTimestamp(time),
      lastBlockId: prev === undefined ? EMPTY_BLOCK_ID : prev.blockId,
      lastCommitHash: commitHash(lastCommit.signatures),
      dataHash: dataHash(txs, txHashes),
      validatorsHash: vals.hash(),
      nextValidatorsHash: next.hash(),
      consensusHash: this.consensusHash,
      appHash: appHashBefore,
      lastResultsHash: resultsHash(prev === undefined ? [] : prev.lastResults),
      evidenceHash: evidenceHash(evidence),
      proposerAddress: proposer.address,
    };
    const blockId = blockIdOf(header);
    const timestamp = toTimestamp(time);
    const signBytes = precommitSignBytes({ chainId: this.chainId, height: header.height, round: 0, blockId, timestamp });
    const signatures: CommitSig[] = vals.validators.map((v, i) => {
      const signer = signing[i];
      if (signer === undefined) return absentSig();
      return { blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT, validatorAddress: v.address, timestamp, signature: signer.sign(signBytes) };
    });
    const commit: Commit = { height: header.height, round: 0, blockId, signatures };
    verifyCommit(vals, header, commit);

    const pendingEvidence: DuplicateVoteEvidence[] = [];
    vals.validators.forEach((v, i) => {
      const key = toHex(v.address);
      if (!this.doubleSigners.has(key)) return;
      this.doubleSigners.delete(key);
      const signer = this.signers.get(key)!;
      const vote = (id: BlockID, signature: Uint8Array): Vote => ({
        type: SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT,
        height: header.height,
        round: 0,
        blockId: id,
        timestamp,
        validatorAddress: v.address,
        validatorIndex: i,
        signature,
        extension: new Uint8Array(),
        extensionSignature: new Uint8Array(),
      });
      const conflicting: BlockID = { hash: sha256(concat(utf8('meshwork/conflicting-block'), blockId.hash)), partSetHeader: blockId.partSetHeader };
      const honest = vote(blockId, signatures[i]!.signature);
      const unsigned = vote(conflicting, new Uint8Array());
      const rogue = { ...unsigned, signature: signer.sign(voteSignBytes(this.chainId, unsigned)) };
      // What a CometBFT node does on receiving two votes: accept them only if both verify.
      if (verifyEd25519(honest.signature, voteSignBytes(this.chainId, honest), v.pubKey) && verifyEd25519(rogue.signature, voteSignBytes(this.chainId, rogue), v.pubKey)) {
        pendingEvidence.push(makeDuplicateVoteEvidence(honest, rogue, v.power, vals.totalPower, timestamp));
      }
    });

    const record: BlockRecord = {
      block: { header, blockId, txs, lastCommit, evidence },
      commit,
      results: { height, txResults: results.txResults.map(toExecTxResult), finalizeBlockEvents: results.events, validatorUpdates: results.validatorUpdates, appHash: results.appHash },
      validatorSets: [
        ...(first ? [{ height, set: vals.toProto() }, { height: height + 1, set: next.toProto() }] : []),
        { height: height + 2, set: nextNext.toProto() },
      ],
      pendingEvidence,
      txHashes,
    };
    return { record, height, header, blockId, commit, results, blockInfo, evidence, txHashes, vals, next, nextNext, pendingEvidence };
  }

  /** After the block and the state are durable: the driver moves to the new height. */
  private settleBlock(s: SealedBlock, committedHash: Uint8Array | undefined): ProducedBlock {
    const { height, header, blockId, commit, results, blockInfo, evidence, txHashes, vals, next, nextNext, pendingEvidence } = s;
    if (committedHash === undefined || !bytesEqual(committedHash, results.appHash)) throw new Error(`block driver: app committed a different app hash at height ${height} than FinalizeBlock reported`);

    this.genesis = undefined;
    this.sets.set(height + 2, nextNext);
    this.state = { height, header, blockId, commit, lastValidators: vals, validators: next, nextValidators: nextNext, lastResults: results.txResults, pendingEvidence };
    return { header, blockId, commit, results, blockInfo, evidence, txHashes };
  }

  /** Produces `n` empty blocks (each `blockInterval` after the last); returns the last. */
  produceBlocks(n: number): ProducedBlock {
    if (n < 1) throw new Error('produceBlocks needs n ≥ 1');
    let last = this.produceBlock();
    for (let i = 1; i < n; i++) last = this.produceBlock();
    return last;
  }
}

/** ABCI `CommitInfo` for BeginBlock: every validator of the set that signed, in set order. */
function lastCommitInfo(commit: Commit, signedBy: ValidatorSet): BlockInfo['lastCommit'] {
  return {
    round: commit.round,
    votes: signedBy.validators.map((v, i) => ({ address: v.address, power: v.power, flag: FLAG[commit.signatures[i]?.blockIdFlag ?? BlockIDFlag.BLOCK_ID_FLAG_ABSENT] ?? 'absent' })),
  };
}

function toMisbehavior(ev: DuplicateVoteEvidence): Misbehavior {
  const vote = ev.voteA!;
  return { type: 'duplicate_vote', address: vote.validatorAddress, power: ev.validatorPower, height: Number(vote.height), time: fromTimestamp(ev.timestamp), totalVotingPower: ev.totalVotingPower };
}
