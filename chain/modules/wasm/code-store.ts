/**
 * The code store (wasmd's code half of x/wasm/keeper): module params, the code and instance id
 * sequences, uploaded code with its access config (gunzip, size limits, compile checks, checksum),
 * pinning, and making sure the VM has compiled a stored code (after a restart its cache is empty).
 */
import { gunzipSync } from 'node:zlib';
import { sha256 } from '@noble/hashes/sha2.js';
import { AccessType, type AccessConfig, CodeInfo, Params } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import type { Vm } from '../../../runtime/src/vm.js';
import { VmError } from '../../../runtime/src/errors.js';
import type { Context } from '../../kernel/context.js';
import { inBranch } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { readU64BE, toHex, u64BE } from '../../kernel/keys.js';
import type { KVStore } from '../../store/kv.js';
import { DecodedByBytes } from '../../store/decoded.js';
import type { AddressCodec } from '../../types/address.js';
import { WasmErrors } from './errors.js';
import * as gas from './gas.js';
import {
  DEFAULT_PARAMS,
  LAST_CODE_ID_KEY,
  LAST_INSTANCE_ID_KEY,
  PARAMS_KEY,
  WASM_STORE,
  accessWith,
  codeBytesKey,
  codeKey,
  pinnedKey,
  type AuthorizationPolicy,
  type WasmConfig,
} from './types.js';

export interface StoreCodeResult {
  codeId: bigint;
  checksum: Uint8Array;
}

function isGzip(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0x1f && b[1] === 0x8b && b[2] === 0x08;
}

/**
 * Read by every contract call. Callers get a shallow copy: they set top-level fields (the
 * instantiate config) before storing it again.
 */
const decodedCodeInfos = new DecodedByBytes(CodeInfo.decode, (i) => ({ ...i }));

export class CodeStore {
  constructor(
    readonly vm: Vm,
    private readonly codec: AddressCodec,
    private readonly config: Readonly<WasmConfig>,
  ) {}

  private store(ctx: Context): KVStore {
    return ctx.store(WASM_STORE);
  }

  // ----- params, sequences --------------------------------------------------------------------

  getParams(ctx: Context): Params {
    const v = this.store(ctx).get(PARAMS_KEY);
    return v === undefined ? DEFAULT_PARAMS : Params.decode(v);
  }
  setParams(ctx: Context, p: Params): void {
    if (p.codeUploadAccess.permission === AccessType.ACCESS_TYPE_UNSPECIFIED || p.codeUploadAccess.permission === AccessType.UNRECOGNIZED) {
      throw new ChainError(WasmErrors.Invalid, 'code_upload_access: unspecified or unknown permission');
    }
    if (p.instantiateDefaultPermission === AccessType.ACCESS_TYPE_UNSPECIFIED || p.instantiateDefaultPermission === AccessType.UNRECOGNIZED) {
      throw new ChainError(WasmErrors.Invalid, 'instantiate_default_permission: unspecified or unknown permission');
    }
    for (const a of p.codeUploadAccess.addresses) this.codec.decode(a, 'code upload address');
    this.store(ctx).set(PARAMS_KEY, Params.encode(p).finish());
  }

  /** wasmd `autoIncrementID`: returns the current value (1 when unset) and stores the next. */
  nextId(ctx: Context, key: Uint8Array): bigint {
    const s = this.store(ctx);
    const v = s.get(key);
    const id = v === undefined ? 1n : readU64BE(v);
    s.set(key, u64BE(id + 1n));
    return id;
  }
  private peekId(ctx: Context, key: Uint8Array): bigint {
    const v = this.store(ctx).get(key);
    return v === undefined ? 1n : readU64BE(v);
  }
  /** Genesis import: next ids to hand out. */
  setSequences(ctx: Context, nextCodeId: bigint, nextInstanceId: bigint): void {
    this.store(ctx).set(LAST_CODE_ID_KEY, u64BE(nextCodeId));
    this.store(ctx).set(LAST_INSTANCE_ID_KEY, u64BE(nextInstanceId));
  }
  nextCodeId(ctx: Context): bigint {
    return this.peekId(ctx, LAST_CODE_ID_KEY);
  }
  nextInstanceId(ctx: Context): bigint {
    return this.peekId(ctx, LAST_INSTANCE_ID_KEY);
  }

  // ----- code -----------------------------------------------------------------------------------

  getCodeInfo(ctx: Context, codeId: bigint): CodeInfo | undefined {
    const v = this.store(ctx).get(codeKey(codeId));
    if (v === undefined) return undefined;
    return decodedCodeInfos.get(v);
  }
  setCodeInfo(ctx: Context, codeId: bigint, info: CodeInfo): void {
    this.store(ctx).set(codeKey(codeId), CodeInfo.encode(info).finish());
  }
  /** The uploaded (uncompressed) wasm of a code. */
  getCodeBytes(ctx: Context, codeId: bigint): Uint8Array | undefined {
    const info = this.getCodeInfo(ctx, codeId);
    return info === undefined ? undefined : ctx.rawStore(WASM_STORE).get(codeBytesKey(info.codeHash));
  }
  isPinned(ctx: Context, codeId: bigint): boolean {
    return this.store(ctx).has(pinnedKey(codeId));
  }

  /**
   * Uploads code (wasmd `create`): access control, gunzip (capped), compile checks, code id, event
   * `store_code{code_checksum, code_id, required_capability…}`.
   */
  storeCode(ctx: Context, creator: string, wasm: Uint8Array, instantiatePermission: AccessConfig | undefined, policy: AuthorizationPolicy): StoreCodeResult {
    return inBranch(ctx, (c) => this.create(c, creator, wasm, instantiatePermission, policy));
  }

  private create(ctx: Context, creator: string, wasm: Uint8Array, instantiatePermission: AccessConfig | undefined, policy: AuthorizationPolicy): StoreCodeResult {
    this.codec.decode(creator, 'creator address');
    if (wasm.length === 0) throw new ChainError(WasmErrors.Empty, 'wasm byte code: cannot be empty');
    const params = this.getParams(ctx);
    const access = instantiatePermission ?? accessWith(params.instantiateDefaultPermission, creator);
    if (!policy.canCreateCode(params, creator, access)) throw new ChainError(Codes.Unauthorized, 'can not create code');
    const maxSize = policy.name === 'gov' ? this.config.maxProposalWasmSize : this.config.maxWasmSize;
    if (isGzip(wasm)) {
      ctx.gasMeter.consume(gas.uncompressCost(wasm.length), 'Uncompress gzip bytecode');
      try {
        wasm = new Uint8Array(gunzipSync(wasm, { maxOutputLength: maxSize }));
      } catch (e) {
        throw new ChainError(WasmErrors.CreateFailed, `uncompress wasm archive: ${(e as Error).message}`);
      }
    }
    if (wasm.length > maxSize) throw new ChainError(WasmErrors.Limit, `uncompressed wasm code is ${wasm.length} bytes; the limit is ${maxSize}`);
    ctx.gasMeter.consume(gas.compileCost(wasm.length), 'Compiling wasm bytecode');
    let stored;
    try {
      stored = this.vm.storeCode(wasm);
    } catch (e) {
      if (e instanceof VmError) throw new ChainError(WasmErrors.CreateFailed, e.message);
      throw e;
    }
    const checksum = sha256(wasm);
    const codeId = this.nextId(ctx, LAST_CODE_ID_KEY);
    this.setCodeInfo(ctx, codeId, { codeHash: checksum, creator, instantiateConfig: access });
    ctx.rawStore(WASM_STORE).set(codeBytesKey(checksum), wasm);
    const attrs: [string, string][] = [
      ['code_checksum', toHex(checksum)],
      ['code_id', codeId.toString()],
    ];
    const caps = stored.analysis.requiredCapabilities;
    for (const cap of caps.length === 0 ? [''] : caps) attrs.push(['required_capability', cap]);
    ctx.emit(event('store_code', attrs));
    return { codeId, checksum };
  }

  /** Makes sure the VM has compiled the code (after a restart the VM cache is empty). */
  ensureCompiled(ctx: Context, info: CodeInfo): string {
    const checksum = toHex(info.codeHash);
    if (!this.vm.hasCode(checksum)) {
      const bytes = ctx.rawStore(WASM_STORE).get(codeBytesKey(info.codeHash));
      if (bytes === undefined) throw new ChainError(WasmErrors.NotFound, `wasm bytes of code ${checksum}`);
      this.vm.storeCode(bytes);
    }
    return checksum;
  }

  pinCode(ctx: Context, codeId: bigint): void {
    const info = this.getCodeInfo(ctx, codeId);
    if (info === undefined) throw new ChainError(WasmErrors.NoSuchCode, `code id ${codeId}`);
    this.ensureCompiled(ctx, info);
    this.store(ctx).set(pinnedKey(codeId), Uint8Array.of(1));
    ctx.emit(event('pin_code', { code_id: codeId.toString() }));
  }
  unpinCode(ctx: Context, codeId: bigint): void {
    const info = this.getCodeInfo(ctx, codeId);
    if (info === undefined) throw new ChainError(WasmErrors.NoSuchCode, `code id ${codeId}`);
    this.store(ctx).delete(pinnedKey(codeId));
    ctx.emit(event('unpin_code', { code_id: codeId.toString() }));
  }

  setInstantiateConfig(ctx: Context, codeId: bigint, sender: string, config: AccessConfig, policy: AuthorizationPolicy): void {
    inBranch(ctx, (c) => {
      const info = this.getCodeInfo(c, codeId);
      if (info === undefined) throw new ChainError(WasmErrors.NoSuchCode, `code id ${codeId}`);
      const params = this.getParams(c);
      const isSubset = (() => {
        const sup = accessWith(params.instantiateDefaultPermission, sender);
        return config.permission !== AccessType.ACCESS_TYPE_UNSPECIFIED && (sup.permission === AccessType.ACCESS_TYPE_EVERYBODY || JSON.stringify(sup) === JSON.stringify(config) || config.permission === AccessType.ACCESS_TYPE_NOBODY);
      })();
      if (!policy.canModifyCodeAccessConfig(info.creator, sender, isSubset)) throw new ChainError(Codes.Unauthorized, 'can not modify code access config');
      info.instantiateConfig = config;
      this.setCodeInfo(c, codeId, info);
      const attrs: [string, string][] = [
        ['code_id', codeId.toString()],
        ['code_permission', config.permission.toString()],
      ];
      for (const a of config.addresses) attrs.push(['authorized_addresses', a]);
      c.emit(event('update_instantiate_config', attrs));
    });
  }
}
