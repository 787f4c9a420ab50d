/**
 * What the VM needs from its host: storage, an address API and a querier.
 *
 * Every method is synchronous because contract imports are synchronous. Each returns the gas
 * it used (in CosmWasm gas units); the VM deducts it from the call's budget and stops the call
 * when the limit is crossed, as cosmwasm-vm's `process_gas_info` does.
 * A backend signals a system failure by throwing `BackendError`; the call then fails as a whole.
 */

/** 1 = ascending, 2 = descending: the values CosmWasm's `db_scan` uses. */
export const Order = { Ascending: 1, Descending: 2 } as const;
export type Order = (typeof Order)[keyof typeof Order];

/** An address operation either succeeds or returns a user error text the contract receives (not a trap). */
export type AddrResult<T> = { ok: T } | { error: string };

export interface BackendResult<T> {
  value: T;
  /** Gas used outside the VM (reported as "externally used"), in CosmWasm gas units. */
  gas: number;
  /** Gas the VM should charge as its own cost (cosmwasm-vm `GasInfo.cost`); rarely used by chains. */
  cost?: number;
}

export interface StorageRecord {
  key: Uint8Array;
  value: Uint8Array;
}

export interface BackendStorage {
  /** The stored value, or null if the key is absent. An empty value is a present value. */
  get(key: Uint8Array): BackendResult<Uint8Array | null>;
  set(key: Uint8Array, value: Uint8Array): BackendResult<void>;
  remove(key: Uint8Array): BackendResult<void>;
  /**
   * Opens an iterator over [start, end) (null = unbounded) in the given order and returns its id.
   * Ids are scoped to the storage object the VM was handed for one call.
   */
  scan(start: Uint8Array | null, end: Uint8Array | null, order: Order): BackendResult<number>;
  /** The next record of iterator `id`, or null at the end. Unknown ids throw BackendError. */
  next(id: number): BackendResult<StorageRecord | null>;
}

export interface BackendApi {
  addrCanonicalize(human: string): BackendResult<AddrResult<Uint8Array>>;
  addrHumanize(canonical: Uint8Array): BackendResult<AddrResult<string>>;
  addrValidate(human: string): BackendResult<AddrResult<null>>;
}

export interface BackendQuerier {
  /**
   * Answers a contract's `QueryRequest` (raw JSON bytes) with the raw JSON of a
   * `SystemResult<ContractResult<Binary>>`. `gasLimit` is what the caller has left.
   */
  query(request: Uint8Array, gasLimit: number): BackendResult<Uint8Array>;
}

export interface Backend {
  storage: BackendStorage;
  api: BackendApi;
  querier: BackendQuerier;
}
