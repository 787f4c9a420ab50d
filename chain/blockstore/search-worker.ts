/**
 * The search thread: a worker with its own read-only connection to the node's database (WAL lets it
 * read committed blocks while the node writes), answering `BackgroundSearch` requests one at a time
 * with `IndexSearcher` under the request's budget.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { parseQuery, QueryParseError } from './query.js';
import { IndexSearcher, SearchQueryError, SearchTooExpensiveError, type SearchBudget } from './search.js';
import type { TxSearchOptions } from './types.js';

export interface SearchRequest {
  id: number;
  kind: 'tx' | 'block';
  query: string;
  opts: TxSearchOptions;
  budget: SearchBudget;
}

export type SearchErrorKind = 'parse' | 'query' | 'too_expensive' | 'page' | 'internal';

export interface SearchOk {
  id: number;
  ok: true;
  total: number;
  positions?: [number, number][];
  heights?: number[];
}

export type SearchReply =
  | { ready: true }
  | SearchOk
  | { id: number; ok: false; kind: SearchErrorKind; message: string };

function errorKind(e: unknown): SearchErrorKind {
  if (e instanceof QueryParseError) return 'parse';
  if (e instanceof SearchQueryError) return 'query';
  if (e instanceof SearchTooExpensiveError) return 'too_expensive';
  if (e instanceof Error && /^page should be within/.test(e.message)) return 'page';
  return 'internal';
}

if (parentPort !== null) {
  const port = parentPort;
  const { file } = workerData as { file: string };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const searcher = new IndexSearcher(db);
  port.on('message', (req: SearchRequest) => {
    let reply: SearchReply;
    try {
      const conds = parseQuery(req.query);
      if (req.kind === 'tx') {
        const r = searcher.searchTxs(conds, req.opts, req.budget);
        reply = { id: req.id, ok: true, total: r.total, positions: r.positions };
      } else {
        const r = searcher.searchBlocks(conds, req.opts, req.budget);
        reply = { id: req.id, ok: true, total: r.total, heights: r.heights };
      }
    } catch (e) {
      reply = { id: req.id, ok: false, kind: errorKind(e), message: (e as Error).message };
    }
    port.postMessage(reply);
  });
  // Loading this module can take a while (from source in tests); deadlines start after this.
  port.postMessage({ ready: true });
}
