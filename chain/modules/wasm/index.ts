/** Public surface of the wasm module for the app and other modules. */
export { WasmKeeper, msgBytes } from './keeper.js';
export type { WasmKeeperDeps, InstantiateRequest, InstantiateResult, ExecuteRequest, MigrateRequest, StoreCodeResult } from './keeper.js';
export { WasmModule } from './module.js';
export type { WasmIbcHandler, WasmCustomMsgHandler, DispatchOutput } from './dispatch.js';
export type { WasmCustomQueryHandler } from './querier.js';
export { QuerySystemError } from './querier.js';
export { WasmErrors } from './errors.js';
export { DEFAULT_WASM_CONFIG, DEFAULT_PARAMS, DefaultPolicy, GovPolicy, WASM_STORE } from './types.js';
export type { WasmConfig, AuthorizationPolicy } from './types.js';
export { buildContractAddressClassic, buildContractAddressPredictable } from './addresses.js';
export * as wasmGas from './gas.js';
export { WasmIbcEntryPoints } from './ibc.js';
export type { IbcReceiveResult, IbcEntryMsg } from './ibc.js';
