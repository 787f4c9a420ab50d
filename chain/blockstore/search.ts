/**
 * `tx_search` and `block_search` over the SQLite index, with a bound on the work one request may do.
 *
 * A query is answered by narrowing: the height range comes from `tx.height` / `block.height`
 * conditions; the most selective event condition (an exact value, which the (key, value, height)
 * index finds directly) is read first; once few candidates are left, the remaining conditions are
 * checked on each candidate's own events instead of reading their whole index. Every index row read
 * and every candidate checked counts against `maxRows`, and the clock against `maxMs`: past either,
 * the request fails with SearchTooExpensiveError ("narrow the query") instead of stalling.
 *
 * This class only reads. The node runs it in a worker thread on its own read connection
 * (`search-worker.ts`), so even a search at its budget never holds up blocks or other RPC.
 */
import type Database from 'better-sqlite3';
import { ExecTxResult, ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types';
import { fromHex } from '../kernel/keys.js';
import { numericOperand, valueMatches, type Condition } from './query.js';
import { indexedAttributes, pageWindow, type TxSearchOptions } from './types.js';

export interface SearchBudget {
  /** Index rows read plus candidates checked, per request. */
  maxRows: number;
  /** Wall time per request (checked every few hundred rows). */
  maxMs: number;
}

export const DEFAULT_SEARCH_BUDGET: Readonly<SearchBudget> = Object.freeze({ maxRows: 400_000, maxMs: 2_000 });

/** Candidates at or below this many are checked one by one rather than by reading another index. */
const POINT_CHECK_MAX = 4_096;

export class SearchTooExpensiveError extends Error {
  override readonly name = 'SearchTooExpensiveError';
}

/** A query that can never match or is malformed for its key (e.g. `tx.hash` not hex). */
export class SearchQueryError extends Error {
  override readonly name = 'SearchQueryError';
}

/** One page of a search: positions in order, and the number of matches over all pages. */
export interface TxSearchPage {
  total: number;
  /** [height, index] of the txs on the requested page. */
  positions: [number, number][];
}
export interface BlockSearchPage {
  total: number;
  heights: number[];
}

/** Position of a tx: height · 2^20 + index (a block holds far fewer than 2^20 txs), ordered like (height, index). */
const POS = 1_048_576;
const pos = (height: number, index: number): number => height * POS + index;
const unpos = (p: number): [number, number] => [Math.floor(p / POS), p % POS];

class Meter {
  private rows = 0;
  private readonly started = performance.now();
  constructor(
    private readonly budget: SearchBudget,
    private readonly what: string,
  ) {}
  tick(n = 1): void {
    this.rows += n;
    if (this.rows > this.budget.maxRows) throw new SearchTooExpensiveError(`query too expensive: ${this.what} would examine more than ${this.budget.maxRows} index entries; narrow it (an exact attribute value, a ${this.what === 'block_search' ? 'block' : 'tx'}.height range)`);
    if ((this.rows & 255) === 0 && performance.now() - this.started > this.budget.maxMs) {
      throw new SearchTooExpensiveError(`query too expensive: ${this.what} ran past its ${this.budget.maxMs} ms budget; narrow it (an exact attribute value, a height range)`);
    }
  }
}

/** The inclusive height range that `<key>` conditions allow, and the conditions left. */
function heightRange(conds: readonly Condition[], key: string, lo: number, hi: number): { lo: number; hi: number; rest: Condition[] } {
  const rest: Condition[] = [];
  for (const c of conds) {
    if (c.key !== key) {
      rest.push(c);
      continue;
    }
    if (c.op === 'EXISTS') continue;
    if (c.op === 'CONTAINS') throw new SearchQueryError(`${key} compares with an integer, e.g. ${key}>=5; CONTAINS is not supported on it`);
    const n = numericOperand(c);
    if (n === undefined) throw new SearchQueryError(`${key} compares with an integer, e.g. ${key}>=5 (got ${JSON.stringify(c.value)})`);
    // Heights beyond 2^53 are beyond any chain; clamp so the comparisons stay exact.
    const v = n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : n < 0n ? -1 : Number(n);
    if (c.op === '=') {
      lo = Math.max(lo, v);
      hi = Math.min(hi, v);
    } else if (c.op === '>') lo = Math.max(lo, v + 1);
    else if (c.op === '>=') lo = Math.max(lo, v);
    else if (c.op === '<') hi = Math.min(hi, v - 1);
    else if (c.op === '<=') hi = Math.min(hi, v);
  }
  return { lo, hi, rest };
}

/** Exact-value conditions first: the index finds them without reading other values of the key. */
function selectivity(c: Condition): number {
  return c.op === '=' ? 0 : c.op === 'CONTAINS' ? 1 : 2;
}

function exactValue(c: Condition): string | undefined {
  if (c.op !== '=') return undefined;
  return typeof c.value === 'string' ? c.value : String(c.value);
}

export class IndexSearcher {
  private readonly stmts;

  constructor(readonly db: Database.Database) {
    this.stmts = {
      txByHash: db.prepare('SELECT height, idx FROM bs_txs WHERE hash = ? ORDER BY height LIMIT 1').raw(),
      txResult: db.prepare('SELECT result FROM bs_txs WHERE height = ? AND idx = ?').pluck(),
      countTxs: db.prepare('SELECT COUNT(*) FROM bs_txs WHERE height BETWEEN ? AND ?').pluck(),
      pageTxsAsc: db.prepare('SELECT height, idx FROM bs_txs WHERE height BETWEEN ? AND ? ORDER BY height ASC, idx ASC LIMIT ? OFFSET ?').raw(),
      pageTxsDesc: db.prepare('SELECT height, idx FROM bs_txs WHERE height BETWEEN ? AND ? ORDER BY height DESC, idx DESC LIMIT ? OFFSET ?').raw(),
      exact: db.prepare('SELECT height, idx FROM bs_tx_events WHERE key = ? AND value = ? AND height BETWEEN ? AND ?').raw(),
      byKey: db.prepare('SELECT value, height, idx FROM bs_tx_events WHERE key = ? AND height BETWEEN ? AND ?').raw(),
      blockResults: db.prepare('SELECT height, results FROM bs_blocks WHERE height BETWEEN ? AND ? ORDER BY height').raw(),
      heights: db.prepare('SELECT MIN(height) AS lo, MAX(height) AS hi FROM bs_blocks'),
    };
  }

  searchTxs(conds: readonly Condition[], opts: TxSearchOptions = {}, budget: SearchBudget = DEFAULT_SEARCH_BUDGET): TxSearchPage {
    const meter = new Meter(budget, 'tx_search');
    const hashConds = conds.filter((c) => c.key === 'tx.hash');
    const { lo, hi, rest } = heightRange(
      conds.filter((c) => c.key !== 'tx.hash'),
      'tx.height',
      0,
      Number.MAX_SAFE_INTEGER,
    );
    const eventConds = [...rest].sort((a, b) => selectivity(a) - selectivity(b));
    if (lo > hi) return { total: 0, positions: [] };

    let candidates: number[] | undefined;
    if (hashConds.length > 0) {
      candidates = [];
      const hashes = new Set<string>();
      for (const c of hashConds) {
        if (c.op !== '=' || typeof c.value !== 'string' || !/^([0-9a-fA-F]{2})*$/.test(c.value)) throw new SearchQueryError("tx.hash supports only = 'HEX'");
        hashes.add(c.value.toLowerCase());
      }
      if (hashes.size === 1) {
        const row = this.stmts.txByHash.get(fromHex([...hashes][0]!)) as [number, number] | undefined;
        if (row !== undefined && row[0] >= lo && row[0] <= hi) candidates.push(pos(row[0], row[1]));
      }
    } else if (eventConds.length === 0) {
      // Only a height range: the primary key counts and pages it without reading rows in JS.
      const total = Number(this.stmts.countTxs.get(lo, hi));
      const { offset, limit } = pageWindow(total, opts);
      const rows = (opts.order === 'desc' ? this.stmts.pageTxsDesc : this.stmts.pageTxsAsc).all(lo, hi, limit, offset) as [number, number][];
      return { total, positions: rows };
    } else {
      candidates = this.matching(eventConds.shift()!, lo, hi, meter);
    }
    while (eventConds.length > 0 && candidates.length > 0) {
      if (candidates.length <= POINT_CHECK_MAX) {
        candidates = candidates.filter((p) => this.txMatches(p, eventConds, meter));
        break;
      }
      const next = new Set(this.matching(eventConds.shift()!, lo, hi, meter));
      candidates = candidates.filter((p) => next.has(p));
    }
    candidates.sort((a, b) => (opts.order === 'desc' ? b - a : a - b));
    const { offset, limit } = pageWindow(candidates.length, opts);
    return { total: candidates.length, positions: candidates.slice(offset, offset + limit).map(unpos) };
  }

  /** Positions of the txs in [lo, hi] with an indexed attribute satisfying `c`, ascending, without duplicates. */
  private matching(c: Condition, lo: number, hi: number, meter: Meter): number[] {
    const out = new Set<number>();
    const exact = exactValue(c);
    if (exact !== undefined) {
      for (const [h, i] of this.stmts.exact.iterate(c.key, exact, lo, hi) as IterableIterator<[number, number]>) {
        meter.tick();
        out.add(pos(h, i));
      }
    } else {
      for (const [v, h, i] of this.stmts.byKey.iterate(c.key, lo, hi) as IterableIterator<[string, number, number]>) {
        meter.tick();
        if (valueMatches(c, v)) out.add(pos(h, i));
      }
    }
    return [...out].sort((a, b) => a - b);
  }

  private txMatches(p: number, conds: readonly Condition[], meter: Meter): boolean {
    meter.tick(8);
    const [h, i] = unpos(p);
    const blob = this.stmts.txResult.get(h, i) as Buffer | undefined;
    if (blob === undefined) return false;
    const attrs = indexedAttributes(ExecTxResult.decode(blob));
    return conds.every((c) => attrs.some((a) => a.key === c.key && valueMatches(c, a.value)));
  }

  /** Heights of blocks whose finalize-block events match; `block.height` conditions bound the scan. */
  searchBlocks(conds: readonly Condition[], opts: TxSearchOptions = {}, budget: SearchBudget = DEFAULT_SEARCH_BUDGET): BlockSearchPage {
    const meter = new Meter(budget, 'block_search');
    const span = this.stmts.heights.get() as { lo: number | null; hi: number | null };
    if (span.lo === null || span.hi === null) return { total: 0, heights: [] };
    const { lo, hi, rest } = heightRange(conds, 'block.height', span.lo, span.hi);
    if (lo > hi) return { total: 0, heights: [] };
    if (rest.length === 0) {
      const total = hi - lo + 1;
      const { offset, limit } = pageWindow(total, opts);
      const heights: number[] = [];
      for (let k = 0; k < limit && offset + k < total; k++) heights.push(opts.order === 'desc' ? hi - offset - k : lo + offset + k);
      return { total, heights };
    }
    const found: number[] = [];
    for (const [h, blob] of this.stmts.blockResults.iterate(lo, hi) as IterableIterator<[number, Buffer]>) {
      meter.tick(16);
      const events = ResponseFinalizeBlock.decode(blob).events;
      const ok = rest.every((c) => events.some((e) => e.attributes.some((a) => `${e.type}.${a.key}` === c.key && valueMatches(c, a.value))));
      if (ok) found.push(h);
    }
    if (opts.order === 'desc') found.reverse();
    const { offset, limit } = pageWindow(found.length, opts);
    return { total: found.length, heights: found.slice(offset, offset + limit) };
  }
}
