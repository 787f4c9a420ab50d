/**
 * The node's mempool, in the manner of CometBFT's (admission by CheckTx, size limits, a cache of seen
 * hashes, re-check after every block) with the Cosmos SDK's priority-nonce ordering when a block is
 * filled: across senders the highest fee per gas first (then earliest arrival), within a sender
 * strictly in arrival order, which CheckTx makes sequence order (each tx was admitted against the
 * state left by the sender's previous ones).
 *
 * CheckTx runs on the app's check state, which accumulates the ante effects (sequence, fee) of every
 * admitted tx, so all mempool-level refusals (size, duplicates, gas) happen before CheckTx runs.
 */
import type { TxResult } from '../../chain/kernel/baseapp.js';
import type { DecodedTx } from '../../chain/tx/decode.js';
import { txHash } from '../../chain/tx/decode.js';
import { hexUpper } from './rpc/encode.js';

/** Why the mempool refused a tx before CheckTx (CometBFT reports these as RPC errors). */
export class MempoolError extends Error {
  override readonly name = 'MempoolError';
  constructor(
    readonly reason: 'too_large' | 'full' | 'duplicate' | 'gas_limit' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

export interface MempoolLimits {
  maxTxs: number;
  maxTxsBytes: number;
  maxTxBytes: number;
  cacheSize: number;
  /** Consensus `block.max_gas` (−1: unlimited); a tx wanting more can never be included. */
  blockMaxGas: bigint;
}

/**
 * The app side. `decoded` is the app's own `decodeTx` of the same bytes: a tx is decoded and hashed
 * once, on admission, and carried decoded through re-checks into its block.
 */
export interface MempoolApp {
  checkTx(bytes: Uint8Array, decoded?: DecodedTx): TxResult;
  /** CheckTx of type Recheck (after a block): the same checks without verifying signatures again. */
  recheckTx(bytes: Uint8Array, decoded?: DecodedTx): TxResult;
  decodeTx(bytes: Uint8Array, hash?: Uint8Array): DecodedTx;
}

/** A tx past the mempool's cheap refusals, hashed and decoded, not yet checked (see `Mempool.prepare`). */
export interface PreparedTx {
  bytes: Uint8Array;
  hash: Uint8Array;
  key: string;
  /** Undefined when the bytes do not decode (CheckTx then reports why, with its ABCI code). */
  decoded: DecodedTx | undefined;
  gasWanted: bigint;
}

export interface MempoolTx {
  bytes: Uint8Array;
  /** The app's decoding from admission, handed to re-checks and delivery. */
  decoded: DecodedTx;
  hash: Uint8Array;
  /** Upper-case hex of `hash`. */
  key: string;
  sender: string;
  gasWanted: bigint;
  /** Fee in the fee denom (the only denom the ante accepts). */
  fee: bigint;
  /** Admission order. */
  arrival: number;
}

export interface AddResult {
  hash: Uint8Array;
  check: TxResult;
  /** True when CheckTx passed and the tx is now in the mempool. */
  added: boolean;
}

/** a before b when a pays more per gas, then when it came first. */
function higherPriority(a: MempoolTx, b: MempoolTx): boolean {
  const pa = a.gasWanted === 0n ? 0n : a.fee * b.gasWanted;
  const pb = b.gasWanted === 0n ? 0n : b.fee * a.gasWanted;
  if (a.gasWanted !== 0n && b.gasWanted !== 0n && pa !== pb) return pa > pb;
  return a.arrival < b.arrival;
}

/** Binary max-heap by `higherPriority`. */
class Heap {
  private readonly items: MempoolTx[] = [];
  get size(): number {
    return this.items.length;
  }
  push(t: MempoolTx): void {
    const a = this.items;
    a.push(t);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!higherPriority(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): MempoolTx | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && higherPriority(a[l]!, a[m]!)) m = l;
        if (r < a.length && higherPriority(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Deferred re-checking (`MempoolOptions.conflictKeys`): which state a tx's CheckTx reads or writes,
 * as keys (e.g. its signers' addresses). Two txs that share no key give the same CheckTx results
 * in either order, so after a block only the txs a new arrival depends on must be re-checked before
 * it; the rest are re-checked in arrival order in the background (`recheckSome`) and before the next
 * block is reaped. The same txs end up in the pool as with CometBFT's re-check of everything at
 * once; the event loop is not held for all of it at the commit.
 */
export interface MempoolOptions {
  conflictKeys?: (tx: DecodedTx) => readonly string[];
  /** Txs the re-check dropped (also those found by deferred re-checks). */
  onDropped?: (dropped: { tx: MempoolTx; check: TxResult }) => void;
}

export class Mempool {
  /** By admission order (arrival), which is also each sender's sequence order. */
  private txs: MempoolTx[] = [];
  /** Txs admitted before the last block that still await their re-check, in arrival order. */
  private stale: MempoolTx[] = [];
  private staleHead = 0;
  private readonly unchecked = new Set<MempoolTx>();
  /** For each conflict key, how many unchecked stale txs carry it. */
  private readonly uncheckedKeys = new Map<string, number>();
  private readonly keysOf = new WeakMap<MempoolTx, readonly string[]>();
  private readonly byKey = new Map<string, MempoolTx>();
  /** Recently seen hashes (in the pool or committed), oldest first for eviction. */
  private readonly cache = new Map<string, true>();
  private bytes = 0;
  private arrivals = 0;

  constructor(
    private readonly app: MempoolApp,
    private readonly limits: MempoolLimits,
    private readonly feeDenom: string,
    private readonly options: MempoolOptions = {},
  ) {}

  /** Txs admitted before the last block whose re-check is still to come. */
  get recheckPending(): number {
    return this.unchecked.size;
  }

  get size(): number {
    return this.txs.length;
  }
  get sizeBytes(): number {
    return this.bytes;
  }
  /** Pending txs in admission order. */
  pending(limit = Infinity): MempoolTx[] {
    return this.txs.slice(0, limit);
  }
  has(hash: Uint8Array): boolean {
    return this.byKey.has(hexUpper(hash));
  }

  /**
   * The refusals that need only a tx's size: too large, or no room. Callers run it before they pay
   * for anything proportional to the tx (base64, hashing, decoding), so a flood of txs that cannot
   * get in costs almost nothing.
   */
  admitSize(size: number): void {
    if (size > this.limits.maxTxBytes) throw new MempoolError('too_large', `tx too large: max size is ${this.limits.maxTxBytes} bytes, but got ${size}`);
    if (this.txs.length >= this.limits.maxTxs || this.bytes + size > this.limits.maxTxsBytes) {
      throw new MempoolError('full', `mempool is full: number of txs ${this.txs.length} (max: ${this.limits.maxTxs}), total txs bytes ${this.bytes} (max: ${this.limits.maxTxsBytes}); try again after the next block`);
    }
  }

  /** Admission: size and room first (cheap), then the hash (duplicates), then CheckTx. Throws MempoolError for refusals before CheckTx. */
  add(bytes: Uint8Array): AddResult {
    return this.admit(this.prepare(bytes));
  }

  /**
   * The refusals before CheckTx (size, room, duplicate, a gas limit no block can hold), and the
   * tx's hash and decoding, computed here once for CheckTx, re-checks and delivery. A caller may
   * do other work (verify signatures ahead) between this and `admit`, which checks again what may
   * have changed meanwhile.
   */
  prepare(bytes: Uint8Array): PreparedTx {
    this.admitSize(bytes.length);
    const hash = txHash(bytes);
    const key = hexUpper(hash);
    if (this.cache.has(key) || this.byKey.has(key)) throw new MempoolError('duplicate', 'tx already exists in cache');
    let decoded: DecodedTx | undefined;
    try {
      decoded = this.app.decodeTx(bytes, hash);
    } catch {
      decoded = undefined; // CheckTx reports the decode error with its ABCI code
    }
    const gasWanted = decoded?.authInfo.fee?.gasLimit ?? 0n;
    if (decoded !== undefined && this.limits.blockMaxGas > 0n && gasWanted > this.limits.blockMaxGas) {
      throw new MempoolError('gas_limit', `tx gas limit ${gasWanted} exceeds the block max gas ${this.limits.blockMaxGas}, so no block could include it`);
    }
    return { bytes, hash, key, decoded, gasWanted };
  }

  /** CheckTx on a prepared tx and, when it passes, admission. */
  admit(p: PreparedTx): AddResult {
    const { bytes, hash, key, decoded, gasWanted } = p;
    this.admitSize(bytes.length);
    if (this.cache.has(key) || this.byKey.has(key)) throw new MempoolError('duplicate', 'tx already exists in cache');
    if (decoded !== undefined) this.recheckBefore(decoded);
    const check = this.app.checkTx(bytes, decoded);
    if (check.code !== 0 || decoded === undefined) return { hash, check, added: false };
    let fee = 0n;
    for (const c of decoded.authInfo.fee?.amount ?? []) if (c.denom === this.feeDenom) fee += BigInt(c.amount);
    const tx: MempoolTx = { bytes, decoded, hash, key, sender: decoded.signers[0] ?? '', gasWanted, fee, arrival: this.arrivals++ };
    this.txs.push(tx);
    this.byKey.set(key, tx);
    this.bytes += bytes.length;
    this.remember(key);
    return { hash, check, added: true };
  }

  /**
   * Txs for the next block, best first, within the block's byte and gas limits. A sender whose next
   * tx does not fit is skipped for this block (its later txs depend on that one).
   */
  reap(maxBytes: bigint, maxGas: bigint): MempoolTx[] {
    while (this.recheckSome(Infinity));
    const queues = new Map<string, MempoolTx[]>();
    for (const t of this.txs) {
      const q = queues.get(t.sender);
      if (q === undefined) queues.set(t.sender, [t]);
      else q.push(t);
    }
    const heap = new Heap();
    const next = new Map<string, number>();
    for (const [sender, q] of queues) {
      heap.push(q[0]!);
      next.set(sender, 1);
    }
    const out: MempoolTx[] = [];
    let bytes = 0n;
    let gas = 0n;
    for (let t = heap.pop(); t !== undefined; t = heap.pop()) {
      const size = BigInt(t.bytes.length);
      if (bytes + size > maxBytes || (maxGas >= 0n && gas + t.gasWanted > maxGas)) continue;
      bytes += size;
      gas += t.gasWanted;
      out.push(t);
      const q = queues.get(t.sender)!;
      const i = next.get(t.sender)!;
      if (i < q.length) {
        heap.push(q[i]!);
        next.set(t.sender, i + 1);
      }
    }
    return out;
  }

  /**
   * After a block is committed: drops the txs it contained and re-checks the rest, in arrival order,
   * against the new state (the app resets its check state on commit); txs that became invalid (e.g. a
   * sequence already used) are dropped. Returns the dropped ones.
   */
  update(committed: readonly (Uint8Array | MempoolTx)[]): { tx: MempoolTx; check: TxResult }[] {
    for (const c of committed) {
      const key = c instanceof Uint8Array ? hexUpper(txHash(c)) : c.key;
      this.remember(key);
      this.byKey.delete(key);
    }
    const remaining = this.txs.filter((t) => this.byKey.has(t.key));
    this.txs = [];
    this.bytes = 0;
    this.unchecked.clear();
    this.uncheckedKeys.clear();
    this.stale = [];
    this.staleHead = 0;
    const conflictKeys = this.options.conflictKeys;
    if (conflictKeys !== undefined) {
      // Every remaining tx was checked against a state the block replaced: all are re-checked, each
      // before any later arrival that shares a key with it (see `MempoolOptions`).
      this.txs = remaining;
      for (const t of remaining) {
        this.bytes += t.bytes.length;
        let keys = this.keysOf.get(t);
        if (keys === undefined) this.keysOf.set(t, (keys = conflictKeys(t.decoded)));
        this.unchecked.add(t);
        for (const k of keys) this.uncheckedKeys.set(k, (this.uncheckedKeys.get(k) ?? 0) + 1);
      }
      this.stale = remaining.slice();
      return [];
    }
    const dropped: { tx: MempoolTx; check: TxResult }[] = [];
    for (const t of remaining) {
      const check = this.app.recheckTx(t.bytes, t.decoded);
      if (check.code === 0) {
        this.txs.push(t);
        this.bytes += t.bytes.length;
      } else {
        this.forget(t);
        const d = { tx: t, check };
        dropped.push(d);
        this.options.onDropped?.(d);
      }
    }
    return dropped;
  }

  /**
   * Re-checks stale txs in arrival order for up to `budgetMs`; returns whether some are left. A node
   * calls it between other work after a block; `reap` finishes what is left.
   */
  recheckSome(budgetMs: number): boolean {
    const started = performance.now();
    while (this.staleHead < this.stale.length) {
      const t = this.stale[this.staleHead++]!;
      if (!this.unchecked.has(t)) continue;
      this.recheckOne(t);
      if (performance.now() - started >= budgetMs) break;
    }
    if (this.staleHead >= this.stale.length) {
      this.stale = [];
      this.staleHead = 0;
    }
    return this.unchecked.size > 0;
  }

  /**
   * Before CheckTx of a new arrival: the stale txs it depends on, re-checked in arrival order. Those
   * are the ones sharing a key with it and, transitively, the earlier ones sharing a key with those
   * (a backward scan, so each re-checked tx still sees every earlier tx it could depend on).
   */
  private recheckBefore(decoded: DecodedTx): void {
    const conflictKeys = this.options.conflictKeys;
    if (this.unchecked.size === 0 || conflictKeys === undefined) return;
    const keys = conflictKeys(decoded);
    if (!keys.some((k) => this.uncheckedKeys.has(k))) return;
    const needed = new Set(keys);
    const chain: MempoolTx[] = [];
    for (let i = this.stale.length - 1; i >= this.staleHead; i--) {
      const t = this.stale[i]!;
      if (!this.unchecked.has(t)) continue;
      const tk = this.keysOf.get(t)!;
      if (!tk.some((k) => needed.has(k))) continue;
      chain.push(t);
      for (const k of tk) needed.add(k);
    }
    for (let i = chain.length - 1; i >= 0; i--) this.recheckOne(chain[i]!);
  }

  private recheckOne(t: MempoolTx): void {
    this.unchecked.delete(t);
    for (const k of this.keysOf.get(t) ?? []) {
      const n = (this.uncheckedKeys.get(k) ?? 1) - 1;
      if (n === 0) this.uncheckedKeys.delete(k);
      else this.uncheckedKeys.set(k, n);
    }
    const check = this.app.recheckTx(t.bytes, t.decoded);
    if (check.code === 0) return;
    const i = this.txs.indexOf(t);
    if (i >= 0) this.txs.splice(i, 1);
    this.bytes -= t.bytes.length;
    this.forget(t);
    this.options.onDropped?.({ tx: t, check });
  }

  private forget(t: MempoolTx): void {
    this.byKey.delete(t.key);
    // CometBFT forgets invalid txs so a corrected resubmission of the same bytes is possible later.
    this.cache.delete(t.key);
  }

  private remember(key: string): void {
    if (this.limits.cacheSize === 0) return;
    this.cache.delete(key);
    this.cache.set(key, true);
    while (this.cache.size > this.limits.cacheSize) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.delete(oldest);
    }
  }
}
