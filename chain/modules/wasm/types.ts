/**
 * Store layout (wasmd x/wasm/types/keys.go), configuration and the access-control rules of the wasm module.
 * Records are the cosmjs-types protobufs (`cosmwasm.wasm.v1`), so gRPC answers and genesis reuse them.
 */
import { AccessType, type AccessConfig, type Params } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import { concat, lengthPrefixed, prefix, u64BE, utf8 } from '../../kernel/keys.js';

export const WASM_STORE = 'wasm';

export const KEY = Object.freeze({
  code: 0x01,
  contract: 0x02,
  contractStore: 0x03,
  sequence: 0x04,
  history: 0x05,
  contractsByCode: 0x06,
  pinned: 0x07,
  contractsByCreator: 0x09,
  params: 0x10,
  /** Packets received without an acknowledgement, awaiting the contract's `write_acknowledgement`. */
  asyncAck: 0x11,
  /** Ours: original (uncompressed) wasm bytes by checksum; wasmd keeps them in wasmvm's file cache. */
  codeBytes: 0x20,
});

export const LAST_CODE_ID_KEY = prefix(KEY.sequence, utf8('lastCodeId'));
export const LAST_INSTANCE_ID_KEY = prefix(KEY.sequence, utf8('lastContractId'));
export const PARAMS_KEY = Uint8Array.of(KEY.params);

export const codeKey = (codeId: bigint): Uint8Array => prefix(KEY.code, u64BE(codeId));
export const codeBytesKey = (checksum: Uint8Array): Uint8Array => prefix(KEY.codeBytes, checksum);
export const contractKey = (addr: Uint8Array): Uint8Array => prefix(KEY.contract, addr);
export const contractStorePrefix = (addr: Uint8Array): Uint8Array => prefix(KEY.contractStore, addr);
export const historyPrefix = (addr: Uint8Array): Uint8Array => prefix(KEY.history, addr);
export const historyKey = (addr: Uint8Array, pos: bigint): Uint8Array => concat(historyPrefix(addr), u64BE(pos));
export const contractsByCodePrefix = (codeId: bigint): Uint8Array => prefix(KEY.contractsByCode, u64BE(codeId));
/** Position of a history entry: block height ‖ tx index, 16 bytes (wasmd `AbsoluteTxPosition.Bytes`). */
export const positionBytes = (height: bigint, txIndex: bigint): Uint8Array => concat(u64BE(height), u64BE(txIndex));
export const POSITION_LEN = 16;
export const contractsByCodeKey = (codeId: bigint, pos: Uint8Array, addr: Uint8Array): Uint8Array => concat(contractsByCodePrefix(codeId), pos, addr);
export const pinnedKey = (codeId: bigint): Uint8Array => prefix(KEY.pinned, u64BE(codeId));
/** wasmd `GetAsyncAckStorePrefix(port) ‖ GetAsyncPacketKey(channel, seq)`: port, u32-length-prefixed channel, sequence. */
export const asyncAckPacketKey = (portId: string, channelId: string, sequence: bigint): Uint8Array => {
  const channel = utf8(channelId);
  const len = new Uint8Array(4);
  new DataView(len.buffer).setUint32(0, channel.length);
  return prefix(KEY.asyncAck, utf8(portId), len, channel, u64BE(sequence));
};
export const contractsByCreatorPrefix = (creator: Uint8Array): Uint8Array => prefix(KEY.contractsByCreator, lengthPrefixed(creator));
export const contractsByCreatorKey = (creator: Uint8Array, pos: Uint8Array, addr: Uint8Array): Uint8Array =>
  concat(contractsByCreatorPrefix(creator), pos, addr);

/** Limits of the wasm module; the runtime's own limits (runtime/src/limits.ts) apply beneath them. */
export interface WasmConfig {
  /** Memory cap per contract instance, in 64 KiB pages (wasmd `contractMemoryLimit`: 512 = 32 MiB). */
  memoryLimitPages: number;
  /** Nested smart queries (wasmd `DefaultMaxQueryStackSize`). */
  maxQueryDepth: number;
  /** Nested message dispatch, contract → submessage → contract … (wasmd `DefaultMaxCallDepth`). */
  maxCallDepth: number;
  /** SDK gas for a smart query from outside the chain (gRPC / CLI; wasmd `SmartQueryGasLimit`). */
  smartQueryGasLimit: number;
  /** Largest upload, uncompressed, in bytes (wasmd `MaxWasmSize`). Gzip output is capped at this too. */
  maxWasmSize: number;
  /** Largest upload through governance (wasmd `MaxProposalWasmSize`). */
  maxProposalWasmSize: number;
  /** Contract label length (wasmd `MaxLabelSize`). */
  maxLabelSize: number;
  /** Instantiate2 salt length (wasmd `MaxSaltSize`). */
  maxSaltSize: number;
  /** Capabilities offered to contracts; default: everything the runtime implements. */
  capabilities?: string[];
}

export const DEFAULT_WASM_CONFIG: Readonly<WasmConfig> = Object.freeze({
  memoryLimitPages: 512,
  maxQueryDepth: 10,
  maxCallDepth: 100,
  smartQueryGasLimit: 3_000_000,
  maxWasmSize: 800 * 1024,
  maxProposalWasmSize: 3 * 1024 * 1024,
  maxLabelSize: 128,
  maxSaltSize: 64,
});

export const DEFAULT_PARAMS: Params = {
  codeUploadAccess: { permission: AccessType.ACCESS_TYPE_EVERYBODY, addresses: [] },
  instantiateDefaultPermission: AccessType.ACCESS_TYPE_EVERYBODY,
};

export function accessAllowed(c: AccessConfig, actor: string): boolean {
  switch (c.permission) {
    case AccessType.ACCESS_TYPE_EVERYBODY:
      return true;
    case AccessType.ACCESS_TYPE_ANY_OF_ADDRESSES:
      return c.addresses.includes(actor);
    default:
      return false;
  }
}

/** wasmd `AccessConfig.IsSubset`. */
export function accessIsSubset(a: AccessConfig, superSet: AccessConfig): boolean {
  switch (superSet.permission) {
    case AccessType.ACCESS_TYPE_EVERYBODY:
      return true;
    case AccessType.ACCESS_TYPE_NOBODY:
      return a.permission === AccessType.ACCESS_TYPE_NOBODY;
    case AccessType.ACCESS_TYPE_ANY_OF_ADDRESSES:
      if (a.permission === AccessType.ACCESS_TYPE_NOBODY) return true;
      if (a.permission === AccessType.ACCESS_TYPE_ANY_OF_ADDRESSES) return a.addresses.every((x) => superSet.addresses.includes(x));
      return false;
    default:
      return false;
  }
}

/** wasmd `AccessType.With(actor)`: the chain default instantiate permission applied to an uploader. */
export function accessWith(t: AccessType, actor: string): AccessConfig {
  if (t === AccessType.ACCESS_TYPE_ANY_OF_ADDRESSES) return { permission: t, addresses: [actor] };
  if (t === AccessType.ACCESS_TYPE_NOBODY || t === AccessType.ACCESS_TYPE_EVERYBODY) return { permission: t, addresses: [] };
  return { permission: AccessType.ACCESS_TYPE_NOBODY, addresses: [] };
}

/**
 * wasmd's authorization policies: `gov` when the actor is the module authority (upload, instantiate
 * and modify anything, including contracts without admin), `default` for everyone else.
 */
export interface AuthorizationPolicy {
  readonly name: 'default' | 'gov';
  canCreateCode(params: Params, actor: string, instantiateConfig: AccessConfig): boolean;
  canInstantiateContract(config: AccessConfig, actor: string): boolean;
  canModifyContract(admin: string, actor: string): boolean;
  canModifyCodeAccessConfig(creator: string, actor: string, isSubset: boolean): boolean;
}

export const DefaultPolicy: AuthorizationPolicy = Object.freeze({
  name: 'default' as const,
  canCreateCode: (p: Params, actor: string, c: AccessConfig) =>
    accessAllowed(p.codeUploadAccess, actor) && accessIsSubset(c, accessWith(p.instantiateDefaultPermission, actor)),
  canInstantiateContract: (c: AccessConfig, actor: string) => accessAllowed(c, actor),
  canModifyContract: (admin: string, actor: string) => admin !== '' && admin === actor,
  canModifyCodeAccessConfig: (creator: string, actor: string, isSubset: boolean) => creator !== '' && creator === actor && isSubset,
});

export const GovPolicy: AuthorizationPolicy = Object.freeze({
  name: 'gov' as const,
  canCreateCode: () => true,
  canInstantiateContract: () => true,
  canModifyContract: () => true,
  canModifyCodeAccessConfig: () => true,
});
