/**
 * Gas metering for store access, as the Cosmos SDK's `store/gaskv` does with the default
 * `KVGasConfig`:
 *   Has      HasCost (1000)
 *   Delete   DeleteCost (1000)
 *   Get      ReadCostFlat (1000) + ReadCostPerByte (3) · (len(key) + len(value))
 *   Set      WriteCostFlat (2000) + WriteCostPerByte (30) · (len(key) + len(value))
 *   Iterator at creation and on every advance ("seek"): ReadCostPerByte · (len(key) + len(value)) of
 *            the entry the iterator is positioned on (if any), then IterNextCostFlat (30).
 * The flat part of Get is charged before the read, the per-byte parts after it, as upstream.
 *
 * Iterator mapping: a Go iterator is positioned on its first entry when created and `Next()` charges
 * the entry it leaves. Here the first `next()` returns the entry charged at creation, and each later
 * `next()` charges the entry being left, then moves. A complete iteration over n entries therefore
 * costs exactly what the Go loop `for ; it.Valid(); it.Next()` costs: 30·(n+1) plus the bytes of
 * every entry, the first entry's bytes twice.
 */
import { GasOverflowError, OutOfGasError } from './errors.js';
import type { Bytes, KVPair, KVStore } from './kv.js';

export interface GasMeter {
  readonly limit: number;
  readonly consumed: number;
  /** Adds `amount`; throws `OutOfGasError` if the total is then above the limit (the total still counts it). */
  consume(amount: number, descriptor: string): void;
  /** Gives gas back (e.g. a refund); throws if more than consumed. */
  refund(amount: number, descriptor: string): void;
  /** min(consumed, limit). */
  consumedToLimit(): number;
  isPastLimit(): boolean;
  isOutOfGas(): boolean;
}

function checkAmount(amount: number, descriptor: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new GasOverflowError(descriptor);
}

export class BasicGasMeter implements GasMeter {
  private used = 0;
  constructor(readonly limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`invalid gas limit ${limit}`);
  }
  get consumed(): number {
    return this.used;
  }
  consume(amount: number, descriptor: string): void {
    checkAmount(amount, descriptor);
    const next = this.used + amount;
    if (!Number.isSafeInteger(next)) {
      this.used = Number.MAX_SAFE_INTEGER;
      throw new GasOverflowError(descriptor);
    }
    this.used = next;
    if (next > this.limit) throw new OutOfGasError(descriptor, this.limit, next);
  }
  refund(amount: number, descriptor: string): void {
    checkAmount(amount, descriptor);
    if (amount > this.used) throw new Error(`gas refund ${amount} greater than consumed ${this.used} (${descriptor})`);
    this.used -= amount;
  }
  consumedToLimit(): number {
    return this.used > this.limit ? this.limit : this.used;
  }
  isPastLimit(): boolean {
    return this.used > this.limit;
  }
  isOutOfGas(): boolean {
    return this.used >= this.limit;
  }
}

/** Counts gas but never runs out (Cosmos `infiniteGasMeter`, used in begin/end block and genesis). */
export class InfiniteGasMeter implements GasMeter {
  private used = 0;
  readonly limit = Number.MAX_SAFE_INTEGER;
  get consumed(): number {
    return this.used;
  }
  consume(amount: number, descriptor: string): void {
    checkAmount(amount, descriptor);
    const next = this.used + amount;
    if (!Number.isSafeInteger(next)) {
      this.used = Number.MAX_SAFE_INTEGER;
      throw new GasOverflowError(descriptor);
    }
    this.used = next;
  }
  refund(amount: number, descriptor: string): void {
    checkAmount(amount, descriptor);
    if (amount > this.used) throw new Error(`gas refund ${amount} greater than consumed ${this.used} (${descriptor})`);
    this.used -= amount;
  }
  consumedToLimit(): number {
    return this.used;
  }
  isPastLimit(): boolean {
    return false;
  }
  isOutOfGas(): boolean {
    return false;
  }
}

export interface GasConfig {
  hasCost: number;
  deleteCost: number;
  readCostFlat: number;
  readCostPerByte: number;
  writeCostFlat: number;
  writeCostPerByte: number;
  iterNextCostFlat: number;
}

/** Cosmos SDK `storetypes.KVGasConfig()`. */
export const KV_GAS_CONFIG: Readonly<GasConfig> = Object.freeze({
  hasCost: 1000,
  deleteCost: 1000,
  readCostFlat: 1000,
  readCostPerByte: 3,
  writeCostFlat: 2000,
  writeCostPerByte: 30,
  iterNextCostFlat: 30,
});

/** Cosmos SDK `storetypes.TransientGasConfig()`. */
export const TRANSIENT_GAS_CONFIG: Readonly<GasConfig> = Object.freeze({
  hasCost: 100,
  deleteCost: 100,
  readCostFlat: 100,
  readCostPerByte: 0,
  writeCostFlat: 200,
  writeCostPerByte: 3,
  iterNextCostFlat: 3,
});

// Descriptors as in cosmos-sdk store/types/gas.go.
export const GAS_DESC = Object.freeze({
  has: 'Has',
  delete: 'Delete',
  readFlat: 'ReadFlat',
  readPerByte: 'ReadPerByte',
  writeFlat: 'WriteFlat',
  writePerByte: 'WritePerByte',
  iterNextFlat: 'IterNextFlat',
  valuePerByte: 'ValuePerByte',
});

/** A KVStore that charges `meter` for every access to `parent`. */
export class GasKV implements KVStore {
  constructor(
    readonly parent: KVStore,
    readonly meter: GasMeter,
    readonly config: Readonly<GasConfig> = KV_GAS_CONFIG,
  ) {}

  get(key: Bytes): Bytes | undefined {
    const c = this.config;
    this.meter.consume(c.readCostFlat, GAS_DESC.readFlat);
    const value = this.parent.get(key);
    this.meter.consume(c.readCostPerByte * key.length, GAS_DESC.readPerByte);
    this.meter.consume(c.readCostPerByte * (value?.length ?? 0), GAS_DESC.readPerByte);
    return value;
  }
  has(key: Bytes): boolean {
    this.meter.consume(this.config.hasCost, GAS_DESC.has);
    return this.parent.has(key);
  }
  set(key: Bytes, value: Bytes): void {
    if (key.length === 0) throw new Error('kv: empty key');
    if (value === undefined || value === null) throw new Error('kv: nil value');
    const c = this.config;
    this.meter.consume(c.writeCostFlat, GAS_DESC.writeFlat);
    this.meter.consume(c.writeCostPerByte * key.length, GAS_DESC.writePerByte);
    this.meter.consume(c.writeCostPerByte * value.length, GAS_DESC.writePerByte);
    this.parent.set(key, value);
  }
  delete(key: Bytes): void {
    this.meter.consume(this.config.deleteCost, GAS_DESC.delete);
    this.parent.delete(key);
  }
  iterator(start?: Bytes, end?: Bytes, descending = false): Generator<KVPair> {
    const parent = this.parent.iterator(start, end, descending);
    let cur = parent.next();
    this.seekGas(cur); // charged when the iterator is created, as upstream
    return this.gasIterate(parent, cur);
  }

  private *gasIterate(parent: Iterator<KVPair>, first: IteratorResult<KVPair>): Generator<KVPair> {
    let cur = first;
    while (!cur.done) {
      yield cur.value;
      this.seekGas(cur);
      cur = parent.next();
    }
  }

  private seekGas(cur: IteratorResult<KVPair>): void {
    const c = this.config;
    if (!cur.done) {
      const [k, v] = cur.value;
      this.meter.consume(c.readCostPerByte * k.length, GAS_DESC.valuePerByte);
      this.meter.consume(c.readCostPerByte * v.length, GAS_DESC.valuePerByte);
    }
    this.meter.consume(c.iterNextCostFlat, GAS_DESC.iterNextFlat);
  }
}
