/**
 * Contract addresses exactly as wasmd derives them (x/wasm/keeper/addresses.go) with the Cosmos SDK's
 * ADR-028 module-address hash (types/address/hash.go):
 *   Module("wasm", key) = sha256(sha256("module") ‖ "wasm" ‖ 0x00 ‖ key), 32 bytes.
 * Classic:       key = codeID (8 bytes BE) ‖ instanceID (8 bytes BE).
 * Instantiate2:  key = len‖checksum ‖ len‖creator ‖ len‖salt ‖ len‖initMsg, each length 8 bytes BE
 *                (initMsg empty unless the message asks for `fix_msg`).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { concat, u64BE, utf8 } from '../../kernel/keys.js';

export const WASM_MODULE_NAME = 'wasm';
export const CONTRACT_ADDR_LEN = 32;
export const MAX_SALT_SIZE = 64;

/** Cosmos `address.Module(moduleName, key)` with one derivation key. */
export function derivedModuleAddress(moduleName: string, key: Uint8Array): Uint8Array {
  const typeHash = sha256(utf8('module'));
  return sha256(concat(typeHash, utf8(moduleName), Uint8Array.of(0), key));
}

export function buildContractAddressClassic(codeId: bigint, instanceId: bigint): Uint8Array {
  return derivedModuleAddress(WASM_MODULE_NAME, concat(u64BE(codeId), u64BE(instanceId))).slice(0, CONTRACT_ADDR_LEN);
}

function uint64LengthPrefix(b: Uint8Array): Uint8Array {
  return concat(u64BE(b.length), b);
}

export function buildContractAddressPredictable(checksum: Uint8Array, creator: Uint8Array, salt: Uint8Array, initMsg: Uint8Array): Uint8Array {
  const key = concat(uint64LengthPrefix(checksum), uint64LengthPrefix(creator), uint64LengthPrefix(salt), uint64LengthPrefix(initMsg));
  return derivedModuleAddress(WASM_MODULE_NAME, key).slice(0, CONTRACT_ADDR_LEN);
}
