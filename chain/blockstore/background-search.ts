/**
 * Index searches off the node's main thread: a worker (`search-worker.ts`) with its own read
 * connection runs them, one at a time, each under a row and time budget; the main thread only
 * waits. A search still running at the hard deadline (a budget check that never came) ends the
 * worker, which is started again for the next request. A bounded queue refuses requests beyond it
 * at once ("busy"), so searches can pile up neither memory nor latency.
 */
import { Worker } from 'node:worker_threads';
import { DEFAULT_SEARCH_BUDGET, type BlockSearchPage, type SearchBudget, type TxSearchPage } from './search.js';
import type { SearchErrorKind, SearchOk, SearchReply, SearchRequest } from './search-worker.js';
import type { TxSearchOptions } from './types.js';

export class BackgroundSearchError extends Error {
  override readonly name = 'BackgroundSearchError';
  constructor(
    readonly kind: SearchErrorKind | 'busy' | 'closed',
    message: string,
  ) {
    super(message);
  }
}

export interface BackgroundSearchOptions {
  budget?: SearchBudget;
  /** Requests waiting for the worker beyond the one it runs. */
  maxQueued?: number;
  /** Hard deadline per request, from when the worker starts it. */
  deadlineMs?: number;
}

interface Pending {
  req: SearchRequest;
  resolve: (r: SearchOk) => void;
  reject: (e: Error) => void;
}

/** The worker's module: the compiled .js next to this file, or the .ts when run from source (tests). */
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './search-worker.ts' : './search-worker.js', import.meta.url);

export class BackgroundSearch {
  private worker: Worker | undefined;
  /** The current worker has loaded and opened the database. */
  private ready = false;
  private readonly queue: Pending[] = [];
  private running: { p: Pending; timer: NodeJS.Timeout } | undefined;
  private nextId = 1;
  private closed = false;
  private readonly budget: SearchBudget;
  private readonly maxQueued: number;
  private readonly deadlineMs: number;

  constructor(
    private readonly file: string,
    opts: BackgroundSearchOptions = {},
  ) {
    this.budget = opts.budget ?? DEFAULT_SEARCH_BUDGET;
    this.maxQueued = opts.maxQueued ?? 32;
    this.deadlineMs = opts.deadlineMs ?? this.budget.maxMs * 3;
    this.ensureWorker();
  }

  async searchTxs(query: string, opts: TxSearchOptions): Promise<TxSearchPage> {
    const r = await this.request('tx', query, opts);
    return { total: r.total, positions: r.positions ?? [] };
  }

  async searchBlocks(query: string, opts: TxSearchOptions): Promise<BlockSearchPage> {
    const r = await this.request('block', query, opts);
    return { total: r.total, heights: r.heights ?? [] };
  }

  async close(): Promise<void> {
    this.closed = true;
    const err = new BackgroundSearchError('closed', 'node is shutting down');
    for (const p of this.queue.splice(0)) p.reject(err);
    if (this.running !== undefined) {
      clearTimeout(this.running.timer);
      this.running.p.reject(err);
      this.running = undefined;
    }
    const w = this.worker;
    this.worker = undefined;
    if (w !== undefined) await w.terminate();
  }

  private request(kind: 'tx' | 'block', query: string, opts: TxSearchOptions): Promise<SearchOk> {
    if (this.closed) return Promise.reject(new BackgroundSearchError('closed', 'node is shutting down'));
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(new BackgroundSearchError('busy', `search queue is full (${this.maxQueued} waiting); try again shortly`));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, kind, query, opts, budget: this.budget }, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running !== undefined || this.closed) return;
    const w = this.ensureWorker();
    if (!this.ready) return;
    const p = this.queue.shift();
    if (p === undefined) return;
    const timer = setTimeout(() => {
      // The worker is stuck past every budget check: end it; the next request starts a new one.
      this.running = undefined;
      p.reject(new BackgroundSearchError('too_expensive', `query too expensive: no answer within ${this.deadlineMs} ms; narrow it`));
      this.worker = undefined;
      void w.terminate();
      this.pump();
    }, this.deadlineMs);
    this.running = { p, timer };
    w.postMessage(p.req);
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const w = new Worker(WORKER_URL, { workerData: { file: this.file } });
    w.unref();
    this.ready = false;
    w.on('message', (reply: SearchReply) => {
      if ('ready' in reply) {
        if (this.worker === w) {
          this.ready = true;
          this.pump();
        }
        return;
      }
      const r = this.running;
      if (r === undefined || r.p.req.id !== reply.id || this.worker !== w) return;
      clearTimeout(r.timer);
      this.running = undefined;
      if (reply.ok) r.p.resolve(reply);
      else r.p.reject(new BackgroundSearchError(reply.kind, reply.message));
      this.pump();
    });
    w.on('error', (e) => this.workerFailed(w, e));
    w.on('exit', (code) => {
      if (code !== 0) this.workerFailed(w, new Error(`search worker exited with code ${code}`));
    });
    this.worker = w;
    return w;
  }

  private workerFailed(w: Worker, e: Error): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    const r = this.running;
    if (r !== undefined) {
      clearTimeout(r.timer);
      this.running = undefined;
      r.p.reject(new BackgroundSearchError('internal', `search worker failed: ${e.message}`));
    }
    this.pump();
  }
}
