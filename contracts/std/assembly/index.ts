/**
 * Meshwork contract SDK (AssemblyScript). Import everything from here:
 *
 *   import { Deps, Env, MessageInfo, Response, Uint128, Map, Item, ... } from "../../std/assembly";
 *
 * A contract's entry file must also re-export the memory exports:
 *   export { allocate, deallocate, interface_version_8 } from "../../std/assembly";
 */
export { allocate, deallocate, interface_version_8, readRegion, consumeRegion, regionFromBytes } from "./memory";
export { contractAbort, panic } from "./abort";
export * from "./capabilities";
export { debug } from "./debug";
export * from "./result";
export * from "./try";
export * from "./json/reader";
export * from "./json/writer";
export { Uint128 } from "./math/uint128";
export { Uint256 } from "./math/uint256";
export { Decimal } from "./math/decimal";
export { base64Encode, base64Decode } from "./encoding/base64";
export * from "./types/binary";
export * from "./types/coin";
export * from "./types/env";
export * from "./types/cosmos-msg";
export * from "./types/response";
export * from "./types/reply";
export * from "./types/ibc";
export * from "./storage/storage";
export * from "./storage/keys";
export * from "./storage/collections";
export * from "./api";
export * from "./querier";
export * from "./deps";
export * from "./entry";
