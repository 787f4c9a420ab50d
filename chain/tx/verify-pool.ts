/**
 * A pool of worker threads verifying secp256k1 signatures off the main thread, so the node keeps
 * serving RPC and executing blocks while CheckTx signatures are checked, and a block's unverified
 * signatures are checked on every core at once.
 *
 * Results cannot depend on scheduling: each verdict is a pure function of its (signature, digest,
 * key), every worker runs the backend the main thread chose (and all backends answer alike, see
 * `secp256k1-backend.ts`), and verdicts are returned in the order the checks were given, whatever
 * order the workers finish in. Checks that break the shared input rules are answered `false` here
 * without a round trip.
 *
 * Under load, checks queued while every worker is busy go out together in the next message (up to
 * `MERGE_UP_TO`), so one-tx CheckTx submissions do not pay one message each.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { secp256k1Backend, wellFormed, type Secp256k1BackendName } from './secp256k1-backend.js';
import type { SignatureCheck } from './signature-cache.js';
import { RECORD_BYTES, writeRecord, type WorkerReply, type WorkerRequest } from './verify-protocol.js';

/** Queued checks merged into one message while workers are busy. */
const MERGE_UP_TO = 128;
/** The largest share of one batch a single message carries. */
const MAX_SLICE = 512;

export class VerifyPoolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VerifyPoolError';
  }
}

export interface VerifyPoolOptions {
  /** Worker threads (default: one per core, at most 8). */
  threads?: number;
  /** The backend the workers load (default: the one this process chose). */
  backend?: Secp256k1BackendName;
}

interface Job {
  verdicts: boolean[];
  remaining: number;
  resolve: (v: boolean[]) => void;
  reject: (e: Error) => void;
}

interface Slice {
  job: Job;
  checks: SignatureCheck[];
  indices: number[];
}

interface PoolWorker {
  worker: Worker;
  inFlight: Slice[] | undefined;
}

export interface VerifyPoolStats {
  backend: Secp256k1BackendName;
  threads: number;
  /** Checks waiting for a free worker. */
  queued: number;
  /** Checks a worker is verifying now. */
  inFlight: number;
  /** Checks answered by workers since the pool started. */
  verified: number;
}

/** The worker module beside this one: `.ts` when the sources run directly (tests), `.js` when built. */
function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./verify-worker${ext}`, import.meta.url);
}

export class SignatureVerifyPool {
  readonly backend: Secp256k1BackendName;
  readonly threads: number;
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Slice[] = [];
  private queuedChecks = 0;
  private verified = 0;
  private nextId = 0;
  private closed = false;
  private broken: string | undefined;

  constructor(opts: VerifyPoolOptions = {}) {
    this.backend = opts.backend ?? secp256k1Backend().backend.name;
    const threads = opts.threads ?? Math.min(8, availableParallelism());
    if (!Number.isInteger(threads) || threads < 1) throw new VerifyPoolError(`a verify pool needs a whole number of threads ≥ 1, got ${threads}`);
    this.threads = threads;
    for (let i = 0; i < threads; i++) this.workers.push(this.spawn());
  }

  /**
   * Verdicts for `checks`, in their order. Rejects with `VerifyPoolError` only when the pool
   * cannot answer (closed, or its workers failed); callers then verify on their own thread.
   */
  verify(checks: readonly SignatureCheck[]): Promise<boolean[]> {
    if (this.closed) return Promise.reject(new VerifyPoolError('the signature verify pool is closed'));
    if (this.broken !== undefined) return Promise.reject(new VerifyPoolError(`the signature verify pool failed: ${this.broken}`));
    return new Promise<boolean[]>((resolve, reject) => {
      const job: Job = { verdicts: new Array<boolean>(checks.length).fill(false), remaining: 0, resolve, reject };
      const sendIdx: number[] = [];
      for (let i = 0; i < checks.length; i++) {
        const c = checks[i]!;
        if (wellFormed(c.sig, c.digest, c.pubKey)) sendIdx.push(i);
      }
      job.remaining = sendIdx.length;
      if (sendIdx.length === 0) {
        resolve(job.verdicts);
        return;
      }
      // Even shares, so one block's batch occupies every worker.
      const share = Math.min(MAX_SLICE, Math.ceil(sendIdx.length / this.threads));
      for (let at = 0; at < sendIdx.length; at += share) {
        const indices = sendIdx.slice(at, at + share);
        this.queue.push({ job, indices, checks: indices.map((i) => checks[i]!) });
        this.queuedChecks += indices.length;
      }
      this.pump();
    });
  }

  stats(): VerifyPoolStats {
    let inFlight = 0;
    for (const w of this.workers) for (const s of w.inFlight ?? []) inFlight += s.indices.length;
    return { backend: this.backend, threads: this.threads, queued: this.queuedChecks, inFlight, verified: this.verified };
  }

  /** Stops the workers; pending verifications reject. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.failAll(new VerifyPoolError('the signature verify pool was closed'));
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private spawn(): PoolWorker {
    const worker = new Worker(workerUrl(), { workerData: { backend: this.backend } });
    const pw: PoolWorker = { worker, inFlight: undefined };
    // Idle workers must not keep the process alive; busy ones are ref'd while they work.
    worker.unref();
    worker.on('message', (m: WorkerReply) => this.onReply(pw, m));
    worker.on('error', (e) => this.onWorkerGone(pw, `worker error: ${e.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) this.onWorkerGone(pw, `worker exited with code ${code}`);
    });
    return pw;
  }

  private onReply(pw: PoolWorker, m: WorkerReply): void {
    if (m.kind === 'ready') {
      if (m.backend !== this.backend) this.onWorkerGone(pw, `worker loaded ${m.backend}, not ${this.backend}`);
      return;
    }
    if (m.kind === 'failed') {
      this.broken = m.error;
      this.failAll(new VerifyPoolError(`a verify worker cannot load the ${this.backend} backend: ${m.error}`));
      return;
    }
    const slices = pw.inFlight;
    pw.inFlight = undefined;
    pw.worker.unref();
    if (slices !== undefined) {
      const v = new Uint8Array(m.verdicts);
      let k = 0;
      for (const s of slices) {
        for (const idx of s.indices) s.job.verdicts[idx] = v[k++] === 1;
        this.verified += s.indices.length;
        s.job.remaining -= s.indices.length;
        if (s.job.remaining === 0) s.job.resolve(s.job.verdicts);
      }
    }
    this.pump();
  }

  private onWorkerGone(pw: PoolWorker, why: string): void {
    const i = this.workers.indexOf(pw);
    if (i < 0) return;
    const slices = pw.inFlight ?? [];
    pw.inFlight = undefined;
    for (const s of slices) s.job.reject(new VerifyPoolError(`a verify worker stopped: ${why}`));
    void pw.worker.terminate();
    if (this.closed || this.broken !== undefined) return;
    this.workers[i] = this.spawn();
    this.pump();
  }

  private failAll(e: Error): void {
    for (const s of this.queue.splice(0)) s.job.reject(e);
    this.queuedChecks = 0;
    for (const w of this.workers) {
      for (const s of w.inFlight ?? []) s.job.reject(e);
      w.inFlight = undefined;
    }
  }

  private pump(): void {
    for (const w of this.workers) {
      if (this.queue.length === 0) return;
      if (w.inFlight !== undefined) continue;
      const slices = [this.queue.shift()!];
      let n = slices[0]!.indices.length;
      while (this.queue.length > 0 && n + this.queue[0]!.indices.length <= Math.max(MERGE_UP_TO, slices[0]!.indices.length) && n < MERGE_UP_TO) {
        const s = this.queue.shift()!;
        slices.push(s);
        n += s.indices.length;
      }
      this.queuedChecks -= n;
      const records = new Uint8Array(n * RECORD_BYTES);
      let at = 0;
      for (const s of slices) {
        for (const c of s.checks) {
          writeRecord(records, at, c);
          at += RECORD_BYTES;
        }
      }
      w.inFlight = slices;
      w.worker.ref();
      const req: WorkerRequest = { id: this.nextId++, count: n, records: records.buffer };
      w.worker.postMessage(req, [records.buffer]);
    }
  }
}
