/**
 * SQLite block store (better-sqlite3). Tables: blocks, block_txs (with the tx index by hash),
 * tx_events (one row per indexed attribute: composite key, value, height, index — the tx_search
 * index), validator_sets.
 *
 * Crash safety: open it on the SAME database handle as the state (`new SqliteBlockStore(state.database)`).
 * `saveBlock(record, commitState)` then runs one SQLite transaction that inserts the block rows and
 * then calls `commitState` (the app's `commit()`, whose state writes nest as a savepoint), so the
 * block and the state of a height become durable together or not at all: a restart always finds a
 * block store and a state at the same height. Given its own file instead, the block is written
 * strictly after the state commit, and a crash in between leaves the state one block ahead (the
 * driver's `resume()` then refuses to start and says so).
 */
import Database from 'better-sqlite3';
import { Commit, Header, BlockID } from 'cosmjs-types/tendermint/types/types';
import { EvidenceList, type DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence';
import { ValidatorSet as ProtoValidatorSetCodec } from 'cosmjs-types/tendermint/types/validator';
import { ExecTxResult, ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types';
import { sha256 } from '@noble/hashes/sha2.js';
import { parseQuery } from './query.js';
import { IndexSearcher } from './search.js';
import {
  indexedAttributes,
  type BlockRecord,
  type BlockResults,
  type BlockStore,
  type ProtoValidatorSet,
  type StoredBlock,
  type TxRecord,
  type TxSearchOptions,
  type TxSearchResult,
} from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS bs_blocks (
  height           INTEGER PRIMARY KEY,
  hash             BLOB    NOT NULL,
  header           BLOB    NOT NULL,
  block_id         BLOB    NOT NULL,
  last_commit      BLOB    NOT NULL,
  seen_commit      BLOB    NOT NULL,
  evidence         BLOB    NOT NULL,
  pending_evidence BLOB    NOT NULL,
  results          BLOB    NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS bs_blocks_hash ON bs_blocks (hash);
CREATE TABLE IF NOT EXISTS bs_txs (
  height INTEGER NOT NULL,
  idx    INTEGER NOT NULL,
  hash   BLOB    NOT NULL,
  tx     BLOB    NOT NULL,
  result BLOB    NOT NULL,
  PRIMARY KEY (height, idx)
);
CREATE INDEX IF NOT EXISTS bs_txs_hash ON bs_txs (hash);
CREATE TABLE IF NOT EXISTS bs_tx_events (
  key    TEXT    NOT NULL,
  value  TEXT    NOT NULL,
  height INTEGER NOT NULL,
  idx    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS bs_tx_events_kv ON bs_tx_events (key, value, height, idx);
CREATE TABLE IF NOT EXISTS bs_validator_sets (
  height INTEGER PRIMARY KEY,
  vset   BLOB    NOT NULL
);
`;

interface BlockRow {
  header: Buffer;
  block_id: Buffer;
  last_commit: Buffer;
  seen_commit: Buffer;
  evidence: Buffer;
  pending_evidence: Buffer;
  results: Buffer;
}
interface TxRow {
  height: number;
  idx: number;
  hash: Buffer;
  tx: Buffer;
  result: Buffer;
}

const u8 = (b: Buffer): Uint8Array => new Uint8Array(b);
const encodeEvidence = (list: readonly DuplicateVoteEvidence[]): Uint8Array => EvidenceList.encode({ evidence: list.map((duplicateVoteEvidence) => ({ duplicateVoteEvidence })) }).finish();
const decodeEvidence = (b: Buffer): DuplicateVoteEvidence[] =>
  EvidenceList.decode(b).evidence.flatMap((e) => (e.duplicateVoteEvidence === undefined ? [] : [e.duplicateVoteEvidence]));

export class SqliteBlockStore implements BlockStore {
  readonly db: Database.Database;
  private readonly ownsDb: boolean;
  private latest: number;
  private readonly stmts;
  private readonly insertAll: (r: BlockRecord) => void;
  private readonly searcher: IndexSearcher;

  /** `db`: the state's database handle (crash-safe, see above) or a file path of its own. */
  constructor(db: Database.Database | string) {
    this.ownsDb = typeof db === 'string';
    this.db = typeof db === 'string' ? new Database(db) : db;
    if (this.ownsDb) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
    }
    this.db.exec(SCHEMA);
    const d = this.db;
    this.stmts = {
      insertBlock: d.prepare('INSERT INTO bs_blocks (height, hash, header, block_id, last_commit, seen_commit, evidence, pending_evidence, results) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      insertTx: d.prepare('INSERT INTO bs_txs (height, idx, hash, tx, result) VALUES (?, ?, ?, ?, ?)'),
      insertEvent: d.prepare('INSERT INTO bs_tx_events (key, value, height, idx) VALUES (?, ?, ?, ?)'),
      upsertSet: d.prepare('INSERT OR REPLACE INTO bs_validator_sets (height, vset) VALUES (?, ?)'),
      getBlock: d.prepare('SELECT header, block_id, last_commit, seen_commit, evidence, pending_evidence, results FROM bs_blocks WHERE height = ?'),
      getHeightByHash: d.prepare('SELECT height FROM bs_blocks WHERE hash = ? AND height <= ?'),
      getTxs: d.prepare('SELECT height, idx, hash, tx, result FROM bs_txs WHERE height = ? ORDER BY idx'),
      txBytes: d.prepare('SELECT COALESCE(SUM(LENGTH(tx)), 0) FROM bs_txs WHERE height = ?').pluck(),
      getTxAt: d.prepare('SELECT height, idx, hash, tx, result FROM bs_txs WHERE height = ? AND idx = ?'),
      getTxByHash: d.prepare('SELECT height, idx, hash, tx, result FROM bs_txs WHERE hash = ? AND height <= ? ORDER BY height LIMIT 1'),
      begin: d.prepare('BEGIN'),
      commit: d.prepare('COMMIT'),
      rollback: d.prepare('ROLLBACK'),
      getSet: d.prepare('SELECT vset FROM bs_validator_sets WHERE height = ?'),
      maxHeight: d.prepare('SELECT MAX(height) AS h FROM bs_blocks'),
    };
    this.latest = (this.stmts.maxHeight.get() as { h: number | null }).h ?? 0;
    this.insertAll = (r) => this.insert(r);
    this.searcher = new IndexSearcher(this.db);
  }

  get height(): number {
    return this.latest;
  }

  saveBlock(record: BlockRecord, commitState?: () => void): void {
    const h = Number(record.block.header.height);
    if (this.latest !== 0 && h !== this.latest + 1) throw new Error(`block store: saving height ${h} after ${this.latest}`);
    if (this.ownsDb) {
      // Separate file: the state first, then the block (see the file comment).
      commitState?.();
      this.db.transaction(this.insertAll)(record);
    } else {
      this.db.transaction((r: BlockRecord) => {
        this.insert(r);
        commitState?.();
      })(record);
    }
    this.latest = h;
  }

  /**
   * The block's rows are inserted in slices inside one explicit transaction that stays open across
   * the pauses; the state commit (`commitState`, a savepoint within it) and COMMIT come last, so a
   * crash at any point leaves neither the block nor its state. Meanwhile this connection must not
   * write anything else (the node's block production is the only writer); reads on it see the
   * uncommitted rows, so the reads that could reach them (by tx or block hash) stop at `height`.
   */
  async saveBlockSliced(record: BlockRecord, commitState: () => void, pause: () => Promise<void> | undefined): Promise<void> {
    if (this.ownsDb) {
      this.saveBlock(record, commitState);
      return;
    }
    const h = Number(record.block.header.height);
    if (this.latest !== 0 && h !== this.latest + 1) throw new Error(`block store: saving height ${h} after ${this.latest}`);
    if (this.db.inTransaction) throw new Error('block store: a transaction is already open on this connection');
    this.stmts.begin.run();
    try {
      this.insertHead(record);
      const n = record.block.txs.length;
      for (let i = 0; i < n; i++) {
        this.insertTx(record, i);
        const p = pause();
        if (p !== undefined) await p;
        if (!this.db.inTransaction) throw new Error(`block store: the transaction writing block ${h} ended while it paused`);
      }
      commitState();
      this.stmts.commit.run();
    } catch (e) {
      if (this.db.inTransaction) this.stmts.rollback.run();
      throw e;
    }
    this.latest = h;
  }

  private insert(r: BlockRecord): void {
    this.insertHead(r);
    for (let i = 0; i < r.block.txs.length; i++) this.insertTx(r, i);
  }

  /** The block row and the validator sets it records. */
  private insertHead(r: BlockRecord): void {
    const b = r.block;
    const h = Number(b.header.height);
    const results = ResponseFinalizeBlock.encode({
      events: r.results.finalizeBlockEvents,
      txResults: [],
      validatorUpdates: r.results.validatorUpdates.map((u) => ({ pubKey: { ed25519: u.pubKey }, power: u.power })),
      appHash: r.results.appHash,
    }).finish();
    this.stmts.insertBlock.run(
      h,
      b.blockId.hash,
      Header.encode(b.header).finish(),
      BlockID.encode(b.blockId).finish(),
      Commit.encode(b.lastCommit).finish(),
      Commit.encode(r.commit).finish(),
      encodeEvidence(b.evidence),
      encodeEvidence(r.pendingEvidence),
      results,
    );
    for (const s of r.validatorSets) this.stmts.upsertSet.run(s.height, ProtoValidatorSetCodec.encode(s.set).finish());
  }

  /** Tx `idx` of the block, its result and its index entries. */
  private insertTx(r: BlockRecord, idx: number): void {
    const h = Number(r.block.header.height);
    const tx = r.block.txs[idx]!;
    const result = r.results.txResults[idx];
    if (result === undefined) throw new Error(`block store: block ${h} has no result for tx ${idx}`);
    this.stmts.insertTx.run(h, idx, r.txHashes?.[idx] ?? sha256(tx), tx, ExecTxResult.encode(result).finish());
    for (const a of indexedAttributes(result)) this.stmts.insertEvent.run(a.key, a.value, h, idx);
  }

  private row(height: number): BlockRow | undefined {
    return this.stmts.getBlock.get(height) as BlockRow | undefined;
  }

  block(height: number): StoredBlock | undefined {
    const r = this.row(height);
    if (r === undefined) return undefined;
    const txs = (this.stmts.getTxs.all(height) as TxRow[]).map((t) => u8(t.tx));
    return { header: Header.decode(r.header), blockId: BlockID.decode(r.block_id), txs, lastCommit: Commit.decode(r.last_commit), evidence: decodeEvidence(r.evidence) };
  }

  heightOf(blockHash: Uint8Array): number | undefined {
    return (this.stmts.getHeightByHash.get(blockHash, this.latest) as { height: number } | undefined)?.height;
  }

  commit(height: number): Commit | undefined {
    const r = this.row(height);
    return r === undefined ? undefined : Commit.decode(r.seen_commit);
  }

  results(height: number): BlockResults | undefined {
    const r = this.row(height);
    if (r === undefined) return undefined;
    const f = ResponseFinalizeBlock.decode(r.results);
    const txResults = (this.stmts.getTxs.all(height) as TxRow[]).map((t) => ExecTxResult.decode(t.result));
    return {
      height,
      txResults,
      finalizeBlockEvents: f.events,
      validatorUpdates: f.validatorUpdates.map((u) => ({ pubKey: u.pubKey.ed25519 ?? new Uint8Array(), power: u.power })),
      appHash: f.appHash,
    };
  }

  validatorSet(height: number): ProtoValidatorSet | undefined {
    const r = this.stmts.getSet.get(height) as { vset: Buffer } | undefined;
    return r === undefined ? undefined : ProtoValidatorSetCodec.decode(r.vset);
  }

  pendingEvidence(height: number): DuplicateVoteEvidence[] {
    const r = this.row(height);
    return r === undefined ? [] : decodeEvidence(r.pending_evidence);
  }

  tx(hash: Uint8Array): TxRecord | undefined {
    const t = this.stmts.getTxByHash.get(hash, this.latest) as TxRow | undefined;
    return t === undefined ? undefined : toTxRecord(t);
  }

  /** Synchronous search on this connection (tests, tools); the node searches in a worker (`search-worker.ts`). */
  searchTxs(query: string, opts: TxSearchOptions = {}): TxSearchResult {
    const page = this.searcher.searchTxs(parseQuery(query), opts);
    return { txs: page.positions.map(([h, i]) => this.txAt(h, i)!), total: page.total };
  }

  /** Total bytes of a block's txs (without reading them). */
  blockTxBytes(height: number): number {
    return Number(this.stmts.txBytes.get(height) ?? 0);
  }

  /** The tx at a position (search pages name them so). */
  txAt(height: number, index: number): TxRecord | undefined {
    const t = this.stmts.getTxAt.get(height, index) as TxRow | undefined;
    return t === undefined ? undefined : toTxRecord(t);
  }

  /** The database file a separate read connection (a search worker) can open; undefined in memory. */
  get file(): string | undefined {
    return this.db.memory ? undefined : this.db.name;
  }

  close(): void {
    if (this.ownsDb) this.db.close();
  }
}

function toTxRecord(t: TxRow): TxRecord {
  return { hash: u8(t.hash), height: t.height, index: t.idx, tx: u8(t.tx), result: ExecTxResult.decode(t.result) };
}
