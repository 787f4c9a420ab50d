/**
 * What the block store keeps per height, in CometBFT's wire types so the RPC layer can serve
 * `block`, `commit`, `block_results`, `validators`, `tx` and `tx_search` straight from it.
 */
import type { BlockID, Commit, Header } from 'cosmjs-types/tendermint/types/types';
import type { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence';
import type { ValidatorSet as ProtoValidatorSet } from 'cosmjs-types/tendermint/types/validator';
import type { Event as AbciEvent, ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import type { ValidatorUpdate } from '../kernel/module.js';

export type { AbciEvent, ExecTxResult, ProtoValidatorSet };

export interface StoredBlock {
  header: Header;
  blockId: BlockID;
  txs: Uint8Array[];
  /** The commit of the previous block, carried in this one (height 0 and no signatures at the first block). */
  lastCommit: Commit;
  evidence: DuplicateVoteEvidence[];
}

export interface BlockResults {
  height: number;
  txResults: ExecTxResult[];
  /** BeginBlock + EndBlock events (CometBFT 0.38 `finalize_block_events`). */
  finalizeBlockEvents: AbciEvent[];
  validatorUpdates: ValidatorUpdate[];
  /** App hash of the state after this block (it appears in the next block's header). */
  appHash: Uint8Array;
}

/** Everything saved for one height, atomically. */
export interface BlockRecord {
  block: StoredBlock;
  /** The commit that finalized this block (CometBFT's "seen commit"). */
  commit: Commit;
  results: BlockResults;
  /** Validator sets (with proposer priorities) that became known with this block, by height. */
  validatorSets: { height: number; set: ProtoValidatorSet }[];
  /** Evidence detected while committing this block, to be included in the next one. */
  pendingEvidence: DuplicateVoteEvidence[];
  /** sha256 of each of `block.txs` (the producer computed them once; stores use them as the tx hashes). */
  txHashes?: Uint8Array[];
}

export interface TxRecord {
  /** sha256 of the tx bytes. */
  hash: Uint8Array;
  height: number;
  index: number;
  tx: Uint8Array;
  result: ExecTxResult;
}

export interface TxSearchOptions {
  /** 1-based (default 1). */
  page?: number;
  /** Default 30, at most 100, as CometBFT. */
  perPage?: number;
  /** By (height, index); default ascending. */
  order?: 'asc' | 'desc';
}

export interface TxSearchResult {
  txs: TxRecord[];
  /** Number of matches over all pages. */
  total: number;
}

export interface BlockStore {
  /** Latest saved height (0 when empty). */
  readonly height: number;
  /**
   * Saves a block. `commitState`, if given, makes the app state of this block durable; the store runs
   * it so that block and state become durable together (SQLite: in one transaction), or the block
   * strictly after the state.
   */
  saveBlock(record: BlockRecord, commitState?: () => void): void;
  /**
   * `saveBlock` that writes a large block's txs in slices, awaiting `pause()` between them (when it
   * returns a promise) so its caller's event loop keeps serving. Durability as `saveBlock`; until it
   * resolves, reads answer as if the block were not there.
   */
  saveBlockSliced?(record: BlockRecord, commitState: () => void, pause: () => Promise<void> | undefined): Promise<void>;
  block(height: number): StoredBlock | undefined;
  /** Height of the block whose header hashes to `hash`. */
  heightOf(blockHash: Uint8Array): number | undefined;
  commit(height: number): Commit | undefined;
  results(height: number): BlockResults | undefined;
  validatorSet(height: number): ProtoValidatorSet | undefined;
  pendingEvidence(height: number): DuplicateVoteEvidence[];
  tx(hash: Uint8Array): TxRecord | undefined;
  /** CometBFT `tx_search` query language: `key=value`, `tx.height>=3`, `CONTAINS`, `EXISTS`, joined by AND. */
  searchTxs(query: string, opts?: TxSearchOptions): TxSearchResult;
  close(): void;
}

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

/** CometBFT's page validation: `page` must be within [1, pages]; `perPage` clamps to [1, 100]. */
export function pageWindow(total: number, opts: TxSearchOptions = {}): { offset: number; limit: number } {
  const perPageRaw = opts.perPage ?? DEFAULT_PER_PAGE;
  const limit = perPageRaw < 1 ? DEFAULT_PER_PAGE : Math.min(perPageRaw, MAX_PER_PAGE);
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = opts.page ?? 1;
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`page should be within [1, ${pages}] range, given ${page}`);
  return { offset: (page - 1) * limit, limit };
}

/** The composite keys (`type.key`) and values a tx is indexed under (attributes with `index`). */
export function indexedAttributes(result: ExecTxResult): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (const e of result.events) {
    if (e.type.length === 0) continue;
    for (const a of e.attributes) if (a.index && a.key.length > 0) out.push({ key: `${e.type}.${a.key}`, value: a.value });
  }
  return out;
}
