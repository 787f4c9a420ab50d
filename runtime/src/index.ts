export { Vm, parseContractResult, toBytes } from './vm.js';
export type { VmOptions, CallContext, CallResult, StoredCode, Msg } from './vm.js';
export { checkModule, DEFAULT_CAPABILITIES, SUPPORTED_IMPORTS } from './check.js';
export type { CodeAnalysis, CheckOptions } from './check.js';
export * from './errors.js';
export * from './types.js';
export * from './backend.js';
export * as limits from './limits.js';
export * as gas from './gas.js';
export { DEFAULT_WASM_LIMITS, DEFAULT_MEMORY_LIMIT_PAGES } from './limits.js';
export type { WasmLimits } from './limits.js';
export { GAS_MULTIPLIER, UNLIMITED_GAS } from './gas.js';

import type { CheckOptions, CodeAnalysis } from './check.js';
import { prepareCode } from './prepare.js';
/** Runs every upload check on `wasm`, as `Vm.storeCode` does (`meshwork check`); throws StaticValidationError. */
export function checkWasm(wasm: Uint8Array, opts: CheckOptions = {}): CodeAnalysis {
  return prepareCode(wasm, opts).analysis;
}
