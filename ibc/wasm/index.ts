/** The wasm IBC application: contract ports (`wasm.<address>`) and contracts' IBC messages and queries. */
export { WasmIbcApp, WASM_PORT_PREFIX, portIdForContract, validateChannelParams } from './app.js';
export type { WasmIbcAppDeps } from './app.js';
export { createWasmIbcHandler } from './handler.js';
export type { WasmIbcHandlerDeps } from './handler.js';
export { WasmIbcErrors } from './errors.js';
export { channelJson, channelFacts, packetJson, toJson, jsonBytes } from './json.js';
export type { IbcChannelJson, IbcEndpointJson, IbcPacketJson, IbcTimeoutJson, ChannelFacts } from './json.js';
