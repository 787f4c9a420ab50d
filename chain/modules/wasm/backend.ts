/**
 * The runtime `Backend` of one contract call: storage under the contract's prefix in the `wasm`
 * store, read through `ctx.store('wasm')` so every access is charged as SDK KV gas on the call's
 * meter (as wasmd's prefix store over the gas KV store). The same amount, × GAS_MULTIPLIER, is
 * reported to the VM as externally used gas so the VM's remaining budget stays in step with the
 * SDK meter; the keeper later charges only the VM's *internal* gas on the SDK meter (no double charge).
 */
import type { BackendApi, BackendQuerier, BackendResult, BackendStorage, Order, StorageRecord } from '../../../runtime/src/backend.js';
import { BackendError } from '../../../runtime/src/errors.js';
import { Bech32Api } from '../../../runtime/src/bech32-api.js';
import type { Context } from '../../kernel/context.js';
import { PrefixStore, type KVPair } from '../../store/kv.js';
import { GAS_COST_CANONICALIZE, GAS_COST_HUMANIZE, GAS_MULTIPLIER, toVmGas } from './gas.js';
import { WASM_STORE, contractStorePrefix } from './types.js';

export class ContractStorage implements BackendStorage {
  private readonly kv: PrefixStore;
  private readonly iterators: Iterator<KVPair>[] = [];
  /** VM gas reported as externally used (storage and queries) during the call. */
  external = 0;

  constructor(
    private readonly ctx: Context,
    contract: Uint8Array,
  ) {
    this.kv = new PrefixStore(ctx.store(WASM_STORE), contractStorePrefix(contract));
  }

  private metered<T>(fn: () => T): BackendResult<T> {
    const before = this.ctx.gasMeter.consumed;
    const value = fn();
    const gas = toVmGas(this.ctx.gasMeter.consumed - before);
    this.external += gas;
    return { value, gas };
  }

  get(key: Uint8Array): BackendResult<Uint8Array | null> {
    return this.metered(() => this.kv.get(key) ?? null);
  }
  set(key: Uint8Array, value: Uint8Array): BackendResult<void> {
    return this.metered(() => this.kv.set(key.slice(), value.slice()));
  }
  remove(key: Uint8Array): BackendResult<void> {
    return this.metered(() => this.kv.delete(key));
  }
  scan(start: Uint8Array | null, end: Uint8Array | null, order: Order): BackendResult<number> {
    return this.metered(() => {
      const it = this.kv.iterator(start ?? undefined, end ?? undefined, order === 2);
      this.iterators.push(it);
      return this.iterators.length;
    });
  }
  next(id: number): BackendResult<StorageRecord | null> {
    const it = this.iterators[id - 1];
    if (it === undefined) throw new BackendError(`Iterator with id ${id} does not exist`);
    return this.metered(() => {
      const r = it.next();
      return r.done ? null : { key: r.value[0], value: r.value[1] };
    });
  }
}

const apis = new Map<string, BackendApi>();

/** The address API with wasmd's costs (humanize 5, canonicalize 4 SDK gas), charged as VM gas. */
export function contractApi(prefix: string): BackendApi {
  // One per prefix: the API holds no state, and every contract call asks for it.
  let api = apis.get(prefix);
  if (api === undefined) {
    api = new Bech32Api({
      prefix,
      gasCosts: { canonicalize: GAS_COST_CANONICALIZE * GAS_MULTIPLIER, humanize: GAS_COST_HUMANIZE * GAS_MULTIPLIER },
    });
    apis.set(prefix, api);
  }
  return api;
}

export type { BackendQuerier };
