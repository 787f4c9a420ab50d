/**
 * Every limit the runtime enforces, in one place. Defaults follow cosmwasm-vm 3.0.9 / wasmd
 * (ABI spec §7 and §9); the runtime README lists them with the reasons.
 */

/** Static limits checked at upload (cosmwasm-vm `WasmLimits`, 2.2.9 / 3.0.9 defaults). */
export interface WasmLimits {
  /** Largest accepted module, uncompressed (wasmd `MaxWasmSize`). */
  maxCodeBytes: number;
  maxImports: number;
  maxFunctions: number;
  maxFunctionParams: number;
  maxTotalFunctionParams: number;
  maxFunctionResults: number;
  maxFunctionLocals: number;
  maxTotalFunctionLocals: number;
  maxTableElements: number;
  maxInitialMemoryPages: number;
}

export const DEFAULT_WASM_LIMITS: Readonly<WasmLimits> = Object.freeze({
  maxCodeBytes: 800 * 1024,
  maxImports: 100,
  maxFunctions: 20_000,
  maxFunctionParams: 100,
  maxTotalFunctionParams: 10_000,
  maxFunctionResults: 1,
  maxFunctionLocals: 100,
  maxTotalFunctionLocals: 10_000,
  maxTableElements: 2_500,
  maxInitialMemoryPages: 512,
});

/** Memory cap applied to every instance: 512 pages = 32 MiB, as wasmd's `contractMemoryLimit`. */
export const DEFAULT_MEMORY_LIMIT_PAGES = 512;

/**
 * Deterministic stack budget shared by one call and every contract it reaches through queries.
 * A function frame costs FRAME_OVERHEAD + params + locals + its maximum operand-stack height,
 * in 8-byte slots. 60 000 slots (~480 KiB in V8's Liftoff frames) stays well inside V8's
 * default ~984 KiB stack, cold or optimised, so the limit, not V8, decides where recursion
 * stops. Measured in runtime/test/stack-limit.test.ts.
 */
export const STACK_LIMIT_UNITS = 60_000;
export const STACK_FRAME_OVERHEAD_UNITS = 6;

/** Nested smart queries (wasmd `DefaultMaxQueryStackSize`). */
export const MAX_QUERY_DEPTH = 10;

/** Per-import input limits (cosmwasm-vm imports.rs). */
export const MAX_LENGTH_DB_KEY = 64 * 1024;
export const MAX_LENGTH_DB_VALUE = 128 * 1024;
export const MAX_LENGTH_CANONICAL_ADDRESS = 64;
export const MAX_LENGTH_HUMAN_ADDRESS = 256;
export const MAX_LENGTH_QUERY_CHAIN_REQUEST = 64 * 1024;
export const MAX_LENGTH_ED25519_MESSAGE = 128 * 1024;
export const MAX_LENGTH_ED25519_SIGNATURE = 64;
export const MAX_LENGTH_ED25519_PUBKEY = 32;
export const MAX_LENGTH_ECDSA_HASH = 32;
export const MAX_LENGTH_ECDSA_SIGNATURE = 64;
export const MAX_LENGTH_ECDSA_PUBKEY = 65;
export const MAX_COUNT_ED25519_BATCH = 256;
export const MAX_LENGTH_DEBUG = 2 * 1024 * 1024;
export const MAX_LENGTH_ABORT = 2 * 1024 * 1024;
export const MAX_LENGTH_BLS_POINTS = 2 * 1024 * 1024;
export const MAX_LENGTH_BLS_HASH_MSG = 5 * 1024 * 1024;
export const MAX_LENGTH_BLS_HASH_DST = 5 * 1024;
/** Largest result a contract may return (cosmwasm-vm's raw read limit). */
export const MAX_LENGTH_RESULT = 64 * 1024 * 1024;
/** Open iterators per call (wasmvm). */
export const MAX_OPEN_ITERATORS = 32_768;
