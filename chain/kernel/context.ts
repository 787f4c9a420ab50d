/**
 * The execution context handed to every handler: block header facts, the state branch it may
 * write, the gas meter it charges, and where its events go. Mirrors the Cosmos SDK `sdk.Context`.
 * Nothing here reads the wall clock: time is the block time the driver set.
 */
import type { CacheMultiStore } from '../store/multistore.js';
import type { KVStore } from '../store/kv.js';
import { GasKV, InfiniteGasMeter, KV_GAS_CONFIG, type GasMeter } from '../store/gaskv.js';
import { EventManager, type Event } from './events.js';

/** Nanoseconds since the Unix epoch (block time). */
export type TimeNs = bigint;
export const NS_PER_SECOND = 1_000_000_000n;

export interface BlockHeader {
  chainId: string;
  height: number;
  time: TimeNs;
  /** Consensus address (20 bytes) of the block proposer; empty at genesis. */
  proposer: Uint8Array;
}

/** deliver = a tx in a block; check = mempool admission; simulate = gas estimation; query = read-only. */
export type ExecMode = 'genesis' | 'begin' | 'deliver' | 'end' | 'check' | 'simulate' | 'query';

export class Context {
  constructor(
    readonly ms: CacheMultiStore,
    readonly header: BlockHeader,
    readonly gasMeter: GasMeter,
    readonly mode: ExecMode,
    readonly events: EventManager = new EventManager(),
    /** Index of the tx in its block (wasm history, contract `env.transaction`). */
    readonly txIndex: number | undefined = undefined,
    /** Bytes of the tx being executed, if any. */
    readonly txBytes: Uint8Array | undefined = undefined,
  ) {}

  get height(): number {
    return this.header.height;
  }
  get time(): TimeNs {
    return this.header.time;
  }
  get chainId(): string {
    return this.header.chainId;
  }
  get isCheck(): boolean {
    return this.mode === 'check';
  }
  get isSimulate(): boolean {
    return this.mode === 'simulate';
  }

  /** A module's store, gas-metered against this context's meter. */
  store(name: string): KVStore {
    return new GasKV(this.ms.store(name), this.gasMeter, KV_GAS_CONFIG);
  }
  /** A module's store without gas (begin/end block bookkeeping that upstream runs on an infinite meter anyway). */
  rawStore(name: string): KVStore {
    return this.ms.store(name);
  }

  emit(e: Event): void {
    this.events.emit(e);
  }

  /** A nested branch (a message, a submessage): its own state cache and events, same gas meter. */
  branch(): BranchedContext {
    const ms = this.ms.branch();
    const ctx = new Context(ms, this.header, this.gasMeter, this.mode, new EventManager(), this.txIndex, this.txBytes);
    return new BranchedContext(ctx, this);
  }

  withGasMeter(meter: GasMeter): Context {
    return new Context(this.ms, this.header, meter, this.mode, this.events, this.txIndex, this.txBytes);
  }
  withEvents(events: EventManager): Context {
    return new Context(this.ms, this.header, this.gasMeter, this.mode, events, this.txIndex, this.txBytes);
  }
  withInfiniteGas(): Context {
    return this.withGasMeter(new InfiniteGasMeter());
  }
}

/** A branch and the parent it may be committed into. */
export class BranchedContext {
  constructor(
    readonly ctx: Context,
    private readonly parent: Context,
  ) {}
  /** Writes the branch's state into the parent and appends its events to the parent's. */
  commit(): void {
    this.ctx.ms.write();
    this.parent.events.emitAll(this.ctx.events.events);
  }
  /** Writes state only; the caller decides what to do with the events. */
  writeState(): void {
    this.ctx.ms.write();
  }
  discard(): void {
    this.ctx.ms.discard();
  }
}

/**
 * Runs `fn` in a branch: on success the branch is committed and the result returned; on a throw
 * nothing it did remains (state or events) and the error propagates.
 */
export function inBranch<T>(ctx: Context, fn: (c: Context) => T): T {
  const b = ctx.branch();
  try {
    const r = fn(b.ctx);
    b.commit();
    return r;
  } catch (e) {
    b.discard();
    throw e;
  }
}
