/**
 * The wasm keeper (wasmd x/wasm/keeper semantics): code storage with access control, contract
 * instances, calls into the runtime with wasmd's gas model, Response processing (events,
 * submessages, replies, data) and the contract → chain querier.
 *
 * Every public state-changing method runs in its own branch: on an error nothing it did remains.
 */
import { gunzipSync } from 'node:zlib';
import { sha256 } from '@noble/hashes/sha2.js';
import { AccessType, type AccessConfig, CodeInfo, ContractCodeHistoryEntry, ContractCodeHistoryOperationType, ContractInfo, Params } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import { Vm } from '../../../runtime/src/vm.js';
import { parseContractResult } from '../../../runtime/src/vm.js';
import { BackendError, ContractError, OutOfGasError as VmOutOfGasError, ResolveError, VmError } from '../../../runtime/src/errors.js';
import { UNLIMITED_GAS } from '../../../runtime/src/gas.js';
import type { Response, SubMsg } from '../../../runtime/src/types.js';
import type { Context } from '../../kernel/context.js';
import { inBranch } from '../../kernel/context.js';
import { ChainError, Codes, type ErrorSpec } from '../../kernel/errors.js';
import { event, type Event } from '../../kernel/events.js';
import { bytesEqual, concat, readU64BE, u64BE } from '../../kernel/keys.js';
import type { MsgResponse, MsgRouter, QueryRouter } from '../../kernel/router.js';
import { GasOverflowError, OutOfGasError } from '../../store/errors.js';
import { BasicGasMeter } from '../../store/gaskv.js';
import { prefixEnd, type KVStore } from '../../store/kv.js';
import type { AddressCodec } from '../../types/address.js';
import { coinsFromProto, type Coin } from '../../types/coins.js';
import type { AuthKeeper } from '../auth/keeper.js';
import type { BankKeeper } from '../bank/keeper.js';
import { buildContractAddressClassic, buildContractAddressPredictable, WASM_MODULE_NAME } from './addresses.js';
import { ContractStorage, contractApi } from './backend.js';
import { dispatchCosmosMsg, type WasmCustomMsgHandler, type WasmIbcHandler, type DispatchOutput } from './dispatch.js';
import { WasmErrors, contractError, isDeterministic, redactError, wrapError } from './errors.js';
import * as gas from './gas.js';
import { ChainQuerier, type WasmCustomQueryHandler } from './querier.js';
import {
  DEFAULT_PARAMS,
  DEFAULT_WASM_CONFIG,
  DefaultPolicy,
  GovPolicy,
  LAST_CODE_ID_KEY,
  LAST_INSTANCE_ID_KEY,
  PARAMS_KEY,
  POSITION_LEN,
  WASM_STORE,
  accessWith,
  codeBytesKey,
  codeKey,
  contractKey,
  contractStorePrefix,
  contractsByCodeKey,
  contractsByCreatorKey,
  historyKey,
  historyPrefix,
  pinnedKey,
  positionBytes,
  type AuthorizationPolicy,
  type WasmConfig,
} from './types.js';

export interface WasmKeeperDeps {
  auth: AuthKeeper;
  bank: BankKeeper;
  codec: AddressCodec;
  /** The governance account: bypasses access control (wasmd gov authorization policy). */
  authority: string;
  msgRouter: MsgRouter;
  queryRouter: QueryRouter;
  vm?: Vm;
  config?: Partial<WasmConfig>;
  ibcHandler?: WasmIbcHandler;
  customMsgHandler?: WasmCustomMsgHandler;
  customQueryHandler?: WasmCustomQueryHandler;
}

export interface InstantiateRequest {
  codeId: bigint | number;
  sender: string;
  /** Empty or undefined: no admin. */
  admin?: string;
  /** JSON message: bytes, a JSON string, or an object (serialized with JSON.stringify). */
  msg: Uint8Array | string | object;
  funds?: readonly Coin[];
  label: string;
  /** Set for instantiate2 (predictable address). */
  salt?: Uint8Array;
  /** Instantiate2: include the message in the address derivation. */
  fixMsg?: boolean;
}

export interface InstantiateResult {
  address: string;
  data: Uint8Array | undefined;
}

export interface ExecuteRequest {
  contract: string;
  sender: string;
  msg: Uint8Array | string | object;
  funds?: readonly Coin[];
}

export interface MigrateRequest {
  contract: string;
  sender: string;
  codeId: bigint | number;
  msg: Uint8Array | string | object;
}

export interface StoreCodeResult {
  codeId: bigint;
  checksum: Uint8Array;
}

const enc = new TextEncoder();

/** Hashes of the txs being executed, kept while their bytes live: every call in a tx needs it. */
const txHashes = new WeakMap<Uint8Array, string>();
function txHashBase64(tx: Uint8Array): string {
  let h = txHashes.get(tx);
  if (h === undefined) {
    h = Buffer.from(sha256(tx)).toString('base64');
    txHashes.set(tx, h);
  }
  return h;
}

export function msgBytes(m: Uint8Array | string | object): Uint8Array {
  if (m instanceof Uint8Array) return m;
  if (typeof m === 'string') return enc.encode(m);
  return enc.encode(JSON.stringify(m));
}

function isGzip(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0x1f && b[1] === 0x8b && b[2] === 0x08;
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

function isSdkOutOfGas(e: unknown): boolean {
  return e instanceof OutOfGasError || e instanceof GasOverflowError;
}

/** Entry points whose ContractResult error maps to which wasmd error. */
const FAILURE: Record<string, ErrorSpec> = {
  instantiate: WasmErrors.InstantiateFailed,
  execute: WasmErrors.ExecuteFailed,
  migrate: WasmErrors.MigrationFailed,
  sudo: WasmErrors.ExecuteFailed,
  reply: WasmErrors.ExecuteFailed,
  query: WasmErrors.QueryFailed,
};

export class WasmKeeper {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly codec: AddressCodec;
  readonly authority: string;
  readonly msgRouter: MsgRouter;
  readonly queryRouter: QueryRouter;
  readonly vm: Vm;
  readonly config: Readonly<WasmConfig>;
  ibcHandler: WasmIbcHandler | undefined;
  customMsgHandler: WasmCustomMsgHandler | undefined;
  customQueryHandler: WasmCustomQueryHandler | undefined;

  /** Calls are synchronous, so nesting depths can live on the keeper (wasmd keeps them in the context). */
  private queryDepth = 0;
  private callDepth = 0;

  constructor(deps: WasmKeeperDeps) {
    this.auth = deps.auth;
    this.bank = deps.bank;
    this.codec = deps.codec;
    this.authority = deps.authority;
    this.msgRouter = deps.msgRouter;
    this.queryRouter = deps.queryRouter;
    this.config = Object.freeze({ ...DEFAULT_WASM_CONFIG, ...deps.config });
    const vmOpts: ConstructorParameters<typeof Vm>[0] = { memoryLimitPages: this.config.memoryLimitPages };
    if (this.config.capabilities !== undefined) vmOpts.capabilities = this.config.capabilities;
    this.vm = deps.vm ?? new Vm(vmOpts);
    this.ibcHandler = deps.ibcHandler;
    this.customMsgHandler = deps.customMsgHandler;
    this.customQueryHandler = deps.customQueryHandler;
    // BankMsg::Burn moves coins to the wasm module account and burns them there (wasmd's burn handler).
    if (this.auth.modulePermissions(WASM_MODULE_NAME) === undefined) this.auth.declareModuleAccount(WASM_MODULE_NAME, ['burner']);
  }

  setIbcHandler(h: WasmIbcHandler | undefined): void {
    this.ibcHandler = h;
  }
  setCustomMsgHandler(h: WasmCustomMsgHandler | undefined): void {
    this.customMsgHandler = h;
  }
  setCustomQueryHandler(h: WasmCustomQueryHandler | undefined): void {
    this.customQueryHandler = h;
  }

  /** The policy wasmd's msg server selects for `actor`. */
  policyFor(actor: string): AuthorizationPolicy {
    return actor === this.authority ? GovPolicy : DefaultPolicy;
  }

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
  private nextId(ctx: Context, key: Uint8Array): bigint {
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
    return v === undefined ? undefined : CodeInfo.decode(v);
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
  storeCode(ctx: Context, creator: string, wasm: Uint8Array, instantiatePermission?: AccessConfig, policy: AuthorizationPolicy = this.policyFor(creator)): StoreCodeResult {
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
      ['code_checksum', hex(checksum)],
      ['code_id', codeId.toString()],
    ];
    const caps = stored.analysis.requiredCapabilities;
    for (const cap of caps.length === 0 ? [''] : caps) attrs.push(['required_capability', cap]);
    ctx.emit(event('store_code', attrs));
    return { codeId, checksum };
  }

  /** Makes sure the VM has compiled the code (after a restart the VM cache is empty). */
  private ensureCompiled(ctx: Context, info: CodeInfo): string {
    const checksum = hex(info.codeHash);
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

  setInstantiateConfig(ctx: Context, codeId: bigint, sender: string, config: AccessConfig, policy: AuthorizationPolicy = this.policyFor(sender)): void {
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

  // ----- contracts ------------------------------------------------------------------------------

  getContractInfo(ctx: Context, address: string): ContractInfo | undefined {
    let raw: Uint8Array;
    try {
      raw = this.codec.decode(address, 'contract address');
    } catch {
      return undefined;
    }
    const v = this.store(ctx).get(contractKey(raw));
    return v === undefined ? undefined : ContractInfo.decode(v);
  }
  setContractInfo(ctx: Context, address: string, info: ContractInfo): void {
    this.store(ctx).set(contractKey(this.codec.decode(address)), ContractInfo.encode(info).finish());
  }

  getContractHistory(ctx: Context, address: string): ContractCodeHistoryEntry[] {
    const p = historyPrefix(this.codec.decode(address));
    const out: ContractCodeHistoryEntry[] = [];
    const end = prefixEnd(p);
    for (const [k, v] of this.store(ctx).iterator(p, end)) if (k.length === p.length + 8) out.push(ContractCodeHistoryEntry.decode(v));
    return out;
  }

  appendHistory(ctx: Context, address: string, entry: ContractCodeHistoryEntry): void {
    const raw = this.codec.decode(address);
    const p = historyPrefix(raw);
    const end = prefixEnd(p);
    let pos = 0n;
    for (const [k] of this.store(ctx).iterator(p, end, true)) {
      if (k.length === p.length + 8) {
        pos = readU64BE(k, p.length);
        break;
      }
    }
    this.store(ctx).set(historyKey(raw, pos + 1n), ContractCodeHistoryEntry.encode(entry).finish());
  }

  private lastHistoryEntry(ctx: Context, address: string): ContractCodeHistoryEntry {
    const h = this.getContractHistory(ctx, address);
    const last = h[h.length - 1];
    if (last === undefined) throw new ChainError(Codes.Logic, `no history for ${address}`);
    return last;
  }

  private position(ctx: Context): { blockHeight: bigint; txIndex: bigint } {
    return { blockHeight: BigInt(ctx.height), txIndex: BigInt(ctx.txIndex ?? 0) };
  }

  /** Index entries for ContractsByCode (code, created position, address) and ContractsByCreator. */
  addToCodeIndex(ctx: Context, address: string, entry: ContractCodeHistoryEntry): void {
    const u = entry.updated ?? { blockHeight: 0n, txIndex: 0n };
    this.store(ctx).set(contractsByCodeKey(entry.codeId, positionBytes(u.blockHeight, u.txIndex), this.codec.decode(address)), new Uint8Array());
  }
  private removeFromCodeIndex(ctx: Context, address: string, entry: ContractCodeHistoryEntry): void {
    const u = entry.updated ?? { blockHeight: 0n, txIndex: 0n };
    this.store(ctx).delete(contractsByCodeKey(entry.codeId, positionBytes(u.blockHeight, u.txIndex), this.codec.decode(address)));
  }
  addToCreatorIndex(ctx: Context, creator: string, position: { blockHeight: bigint; txIndex: bigint }, address: string): void {
    this.store(ctx).set(contractsByCreatorKey(this.codec.decode(creator), positionBytes(position.blockHeight, position.txIndex), this.codec.decode(address)), new Uint8Array());
  }

  /** Address of the contract `instantiate2` would create. */
  predictAddress(checksum: Uint8Array, creator: string, salt: Uint8Array, initMsg: Uint8Array | undefined): string {
    return this.codec.encode(buildContractAddressPredictable(checksum, this.codec.decode(creator), salt, initMsg ?? new Uint8Array()));
  }

  /** Instantiate (or instantiate2 when `salt` is set); returns the address and the response data. */
  instantiate(ctx: Context, req: InstantiateRequest, policy: AuthorizationPolicy = this.policyFor(req.sender)): InstantiateResult {
    return inBranch(ctx, (c) => this.instantiateInternal(c, req, policy));
  }

  private validateLabel(label: string): void {
    if (label.length === 0) throw new ChainError(WasmErrors.Empty, 'label is required');
    if (label.length > this.config.maxLabelSize) throw new ChainError(WasmErrors.Limit, `label cannot be longer than ${this.config.maxLabelSize} characters`);
    if (label.trim() !== label) throw new ChainError(WasmErrors.Invalid, 'label must not start/end with whitespaces');
  }

  private instantiateInternal(ctx: Context, req: InstantiateRequest, policy: AuthorizationPolicy): InstantiateResult {
    const codeId = BigInt(req.codeId);
    const creator = req.sender;
    this.codec.decode(creator, 'sender address');
    const admin = req.admin ?? '';
    if (admin !== '') this.codec.decode(admin, 'admin address');
    this.validateLabel(req.label);
    const msg = msgBytes(req.msg);
    const funds = [...(req.funds ?? [])];
    const codeInfo = this.getCodeInfo(ctx, codeId);
    if (codeInfo === undefined) throw new ChainError(WasmErrors.NoSuchCode, `code id ${codeId}`);
    ctx.gasMeter.consume(gas.setupContractCost(this.isPinned(ctx, codeId), msg.length), 'Loading CosmWasm module: instantiate');
    if (!policy.canInstantiateContract(codeInfo.instantiateConfig, creator)) throw new ChainError(Codes.Unauthorized, 'can not instantiate');

    let address: string;
    if (req.salt !== undefined) {
      if (req.salt.length === 0 || req.salt.length > this.config.maxSaltSize) throw new ChainError(WasmErrors.Invalid, `salt must be 1 to ${this.config.maxSaltSize} bytes`);
      address = this.predictAddress(codeInfo.codeHash, creator, req.salt, req.fixMsg ? msg : undefined);
    } else {
      address = this.codec.encode(buildContractAddressClassic(codeId, this.nextId(ctx, LAST_INSTANCE_ID_KEY)));
    }
    if (this.getContractInfo(ctx, address) !== undefined) {
      throw new ChainError(WasmErrors.Duplicate, 'contract address already exists, try a different combination of creator, checksum and salt');
    }
    const existing = this.auth.getAccount(ctx, address);
    if (existing !== undefined) {
      if (existing.sequence !== 0n || existing.pubKey !== undefined) throw new ChainError(WasmErrors.AccountExists, 'address is claimed by external account');
    } else {
      this.auth.setAccount(ctx, this.auth.newAccount(ctx, address));
    }
    if (funds.some((f) => f.amount > 0n)) this.bank.sendFromUser(ctx, creator, address, funds.filter((f) => f.amount > 0n));

    const checksum = this.ensureCompiled(ctx, codeInfo);
    const env = this.env(ctx, address);
    const info = enc.encode(JSON.stringify({ sender: creator, funds: funds.map((f) => ({ denom: f.denom, amount: f.amount.toString() })) }));
    const res = this.call<Response>(ctx, checksum, 'instantiate', [env, info, msg], address);

    const created = this.position(ctx);
    const contractInfo: ContractInfo = { codeId, creator, admin, label: req.label, created, ibcPortId: '', ibc2PortId: '' };
    if (this.vm.analyze(checksum).hasIbcEntryPoints) contractInfo.ibcPortId = `wasm.${address}`;
    const entry: ContractCodeHistoryEntry = { operation: ContractCodeHistoryOperationType.CONTRACT_CODE_HISTORY_OPERATION_TYPE_INIT, codeId, updated: created, msg };
    this.addToCodeIndex(ctx, address, entry);
    this.addToCreatorIndex(ctx, creator, created, address);
    this.appendHistory(ctx, address, entry);
    this.setContractInfo(ctx, address, contractInfo);
    ctx.emit(event('instantiate', [
      ['_contract_address', address],
      ['code_id', codeId.toString()],
    ]));
    try {
      const data = this.handleContractResponse(ctx, address, res);
      return { address, data };
    } catch (e) {
      throw wrapError(e, 'dispatch');
    }
  }

  execute(ctx: Context, req: ExecuteRequest): Uint8Array | undefined {
    return inBranch(ctx, (c) => this.executeInternal(c, req));
  }

  private executeInternal(ctx: Context, req: ExecuteRequest): Uint8Array | undefined {
    this.codec.decode(req.sender, 'sender address');
    const msg = msgBytes(req.msg);
    const { info: contractInfo, checksum } = this.contractInstance(ctx, req.contract);
    ctx.gasMeter.consume(gas.setupContractCost(this.isPinned(ctx, contractInfo.codeId), msg.length), 'Loading CosmWasm module: execute');
    const funds = [...(req.funds ?? [])].filter((f) => f.amount > 0n);
    if (funds.length > 0) this.bank.sendFromUser(ctx, req.sender, req.contract, funds);
    const env = this.env(ctx, req.contract);
    const info = enc.encode(JSON.stringify({ sender: req.sender, funds: funds.map((f) => ({ denom: f.denom, amount: f.amount.toString() })) }));
    const res = this.call<Response>(ctx, checksum, 'execute', [env, info, msg], req.contract);
    ctx.emit(event('execute', [['_contract_address', req.contract]]));
    return this.handleContractResponse(ctx, req.contract, res);
  }

  migrate(ctx: Context, req: MigrateRequest, policy: AuthorizationPolicy = this.policyFor(req.sender)): Uint8Array | undefined {
    return inBranch(ctx, (c) => this.migrateInternal(c, req, policy));
  }

  private migrateInternal(ctx: Context, req: MigrateRequest, policy: AuthorizationPolicy): Uint8Array | undefined {
    const newCodeId = BigInt(req.codeId);
    const msg = msgBytes(req.msg);
    const contractInfo = this.getContractInfo(ctx, req.contract);
    if (contractInfo === undefined) throw new ChainError(Codes.InvalidRequest, 'unknown contract');
    if (!policy.canModifyContract(contractInfo.admin, req.sender)) throw new ChainError(Codes.Unauthorized, 'can not migrate');
    const newCode = this.getCodeInfo(ctx, newCodeId);
    if (newCode === undefined) throw new ChainError(Codes.InvalidRequest, 'unknown code');
    if (!policy.canInstantiateContract(newCode.instantiateConfig, req.sender)) throw new ChainError(Codes.Unauthorized, 'to use new code');
    const newChecksum = this.ensureCompiled(ctx, newCode);
    const report = this.vm.analyze(newChecksum);
    if (!report.hasIbcEntryPoints && contractInfo.ibcPortId !== '') throw new ChainError(WasmErrors.MigrationFailed, 'requires ibc callbacks');
    if (report.hasIbcEntryPoints && contractInfo.ibcPortId === '') contractInfo.ibcPortId = `wasm.${req.contract}`;
    const oldCode = this.getCodeInfo(ctx, contractInfo.codeId);
    const oldVersion = oldCode === undefined ? null : this.vm.analyze(this.ensureCompiled(ctx, oldCode)).migrateVersion;

    let response: Response | undefined;
    if (report.migrateVersion === null || oldVersion === null || report.migrateVersion !== oldVersion) {
      ctx.gasMeter.consume(gas.setupContractCost(this.isPinned(ctx, newCodeId), msg.length), 'Loading CosmWasm module: migrate');
      const env = this.env(ctx, req.contract);
      const migrateInfo = enc.encode(JSON.stringify({ sender: req.sender, old_migrate_version: oldVersion }));
      response = this.call<Response>(ctx, newChecksum, 'migrate', [env, msg, migrateInfo], req.contract);
    }

    this.removeFromCodeIndex(ctx, req.contract, this.lastHistoryEntry(ctx, req.contract));
    const entry: ContractCodeHistoryEntry = {
      operation: ContractCodeHistoryOperationType.CONTRACT_CODE_HISTORY_OPERATION_TYPE_MIGRATE,
      codeId: newCodeId,
      updated: this.position(ctx),
      msg,
    };
    this.appendHistory(ctx, req.contract, entry);
    this.addToCodeIndex(ctx, req.contract, entry);
    contractInfo.codeId = newCodeId;
    this.setContractInfo(ctx, req.contract, contractInfo);
    ctx.emit(event('migrate', [
      ['code_id', newCodeId.toString()],
      ['_contract_address', req.contract],
    ]));
    if (response === undefined) return undefined;
    try {
      return this.handleContractResponse(ctx, req.contract, response);
    } catch (e) {
      throw wrapError(e, 'dispatch');
    }
  }

  /** `newAdmin` empty clears the admin (MsgClearAdmin). */
  updateAdmin(ctx: Context, contract: string, sender: string, newAdmin: string, policy: AuthorizationPolicy = this.policyFor(sender)): void {
    inBranch(ctx, (c) => {
      const info = this.getContractInfo(c, contract);
      if (info === undefined) throw new ChainError(Codes.InvalidRequest, 'unknown contract');
      if (!policy.canModifyContract(info.admin, sender)) throw new ChainError(Codes.Unauthorized, 'can not modify contract');
      if (newAdmin !== '') this.codec.decode(newAdmin, 'new admin address');
      info.admin = newAdmin;
      this.setContractInfo(c, contract, info);
      c.emit(event('update_contract_admin', [
        ['_contract_address', contract],
        ['new_admin_address', newAdmin],
      ]));
    });
  }

  clearAdmin(ctx: Context, contract: string, sender: string, policy: AuthorizationPolicy = this.policyFor(sender)): void {
    this.updateAdmin(ctx, contract, sender, '', policy);
  }

  updateLabel(ctx: Context, contract: string, sender: string, label: string, policy: AuthorizationPolicy = this.policyFor(sender)): void {
    this.validateLabel(label);
    inBranch(ctx, (c) => {
      const info = this.getContractInfo(c, contract);
      if (info === undefined) throw new ChainError(Codes.InvalidRequest, 'unknown contract');
      if (!policy.canModifyContract(info.admin, sender)) throw new ChainError(Codes.Unauthorized, 'can not modify contract');
      info.label = label;
      this.setContractInfo(c, contract, info);
      c.emit(event('update_contract_label', [
        ['_contract_address', contract],
        ['new_label', label],
      ]));
    });
  }

  /**
   * Privileged call of a contract's `sudo` export (MsgSudoContract, and the chain's own callbacks such as
   * staking hooks). No access control here: callers decide who may reach it.
   */
  sudo(ctx: Context, contract: string, msg: Uint8Array | string | object): Uint8Array | undefined {
    return inBranch(ctx, (c) => {
      const m = msgBytes(msg);
      const { info, checksum } = this.contractInstance(c, contract);
      c.gasMeter.consume(gas.setupContractCost(this.isPinned(c, info.codeId), m.length), 'Loading CosmWasm module: sudo');
      const env = this.env(c, contract);
      const res = this.call<Response>(c, checksum, 'sudo', [env, m], contract);
      c.emit(event('sudo', [['_contract_address', contract]]));
      try {
        return this.handleContractResponse(c, contract, res);
      } catch (e) {
        throw wrapError(e, 'dispatch');
      }
    });
  }

  /** A smart query from outside the chain (gRPC, CLI, tests): its own gas meter of `smartQueryGasLimit`. */
  querySmart(ctx: Context, contract: string, msg: Uint8Array | string | object): Uint8Array {
    const b = ctx.withGasMeter(new BasicGasMeter(this.config.smartQueryGasLimit)).branch();
    try {
      return this.querySmartInternal(b.ctx, contract, msgBytes(msg));
    } finally {
      b.discard();
    }
  }

  /** A smart query in `ctx` (nested from a contract, or after the caller set the meter). */
  querySmartInternal(ctx: Context, contract: string, msg: Uint8Array): Uint8Array {
    if (this.queryDepth + 1 > this.config.maxQueryDepth) throw new ChainError(WasmErrors.ExceedMaxQueryStackSize);
    this.queryDepth++;
    try {
      const { info, checksum } = this.contractInstance(ctx, contract);
      ctx.gasMeter.consume(gas.setupContractCost(this.isPinned(ctx, info.codeId), msg.length), 'Loading CosmWasm module: query');
      const env = this.env(ctx, contract);
      const b64 = this.call<string>(ctx, checksum, 'query', [env, msg], contract);
      return new Uint8Array(Buffer.from(b64, 'base64'));
    } finally {
      this.queryDepth--;
    }
  }

  queryRaw(ctx: Context, contract: string, key: Uint8Array): Uint8Array | undefined {
    if (key.length === 0) return undefined;
    return this.store(ctx).get(concat(contractStorePrefix(this.codec.decode(contract, 'contract address')), key));
  }

  /** Contract info, code info and compiled checksum of a contract; wasmd's `contractInstance`. */
  contractInstance(ctx: Context, contract: string): { info: ContractInfo; code: CodeInfo; checksum: string } {
    const info = this.getContractInfo(ctx, contract);
    if (info === undefined) throw new ChainError(WasmErrors.NoSuchContract, `address ${contract}`);
    const code = this.getCodeInfo(ctx, info.codeId);
    if (code === undefined) throw new ChainError(WasmErrors.NoSuchCode, `code id ${info.codeId}`);
    return { info, code, checksum: this.ensureCompiled(ctx, code) };
  }

  /** The `Env` JSON of a call: block facts, the tx index/hash in a tx, the contract address. */
  env(ctx: Context, contract: string): Uint8Array {
    const e: Record<string, unknown> = {
      block: { height: ctx.height, time: ctx.time.toString(), chain_id: ctx.chainId },
      transaction: null,
      contract: { address: contract },
    };
    if (ctx.txIndex !== undefined) {
      const t: Record<string, unknown> = { index: ctx.txIndex };
      if (ctx.txBytes !== undefined) t['hash'] = txHashBase64(ctx.txBytes);
      e['transaction'] = t;
    }
    return enc.encode(JSON.stringify(e));
  }

  // ----- calling the VM -------------------------------------------------------------------------

  /** Remaining SDK gas as VM gas (wasmd `runtimeGasForContract`). */
  private vmGasLimit(ctx: Context): number {
    const m = ctx.gasMeter;
    if (m.isOutOfGas()) return 0;
    if (m.limit >= Number.MAX_SAFE_INTEGER) return UNLIMITED_GAS;
    return Math.min(gas.toVmGas(m.limit - m.consumedToLimit()), UNLIMITED_GAS);
  }

  /** Charges the VM's internal gas on the SDK meter (wasmd `consumeRuntimeGas`). */
  private consumeRuntimeGas(ctx: Context, vmGas: number): void {
    ctx.gasMeter.consume(gas.fromVmGas(Math.max(0, vmGas)), 'wasm contract');
    if (ctx.gasMeter.isOutOfGas()) throw new OutOfGasError('Wasmer function execution', ctx.gasMeter.limit, ctx.gasMeter.consumed);
  }

  /**
   * Runs one entry point and returns the `ok` value. Contract errors become deterministic chain errors
   * (`<message>: <entry> wasm contract failed`), VM failures `wasmvm error`, VM out of gas an SDK
   * out-of-gas error.
   */
  call<T>(ctx: Context, checksum: string, entry: string, args: Uint8Array[], contract: string): T {
    const storage = new ContractStorage(ctx, this.codec.decode(contract));
    const backend = { storage, api: contractApi(this.codec.prefixes.account), querier: new ChainQuerier(this, ctx, contract, storage) };
    const gasLimit = this.vmGasLimit(ctx);
    let raw: Uint8Array;
    let gasUsed: number;
    try {
      try {
        ({ value: raw, gasUsed } = this.vm.callRaw(checksum, entry, args, { backend, gasLimit }));
      } catch (e) {
        // cosmwasm-vm retries a 2-argument migrate when the contract predates MigrateInfo.
        if (entry === 'migrate' && e instanceof ResolveError && /arity/.test(e.message)) {
          ({ value: raw, gasUsed } = this.vm.callRaw(checksum, entry, args.slice(0, 2), { backend, gasLimit }));
        } else throw e;
      }
    } catch (e) {
      if (e instanceof BackendError && isSdkOutOfGas(e.cause)) throw e.cause;
      if (isSdkOutOfGas(e)) throw e;
      if (e instanceof VmOutOfGasError) {
        this.consumeRuntimeGas(ctx, gasLimit - storage.external);
        throw new OutOfGasError('Wasmer function execution', ctx.gasMeter.limit, ctx.gasMeter.consumed);
      }
      if (e instanceof VmError) {
        this.consumeRuntimeGas(ctx, e.gasUsed - storage.external);
        throw new ChainError(WasmErrors.VmError, e.message);
      }
      throw e;
    }
    this.consumeRuntimeGas(ctx, gasUsed - storage.external);
    ctx.gasMeter.consume(raw.length * gas.JSON_DESERIALIZATION_COST_PER_BYTE, 'contract result deserialization');
    try {
      return parseContractResult<T>(raw, gasUsed);
    } catch (e) {
      if (e instanceof ContractError) throw contractError(FAILURE[entry] ?? WasmErrors.ExecuteFailed, e.contractMessage);
      if (e instanceof VmError) throw new ChainError(WasmErrors.VmError, e.message);
      throw e;
    }
  }

  // ----- Response processing (cosmwasm-abi §10) ------------------------------------------------

  /** Events, then submessages; returns the data (a reply's non-null data overrides the contract's). */
  handleContractResponse(ctx: Context, contract: string, res: Response): Uint8Array | undefined {
    const attributes = res.attributes ?? [];
    const events = res.events ?? [];
    ctx.gasMeter.consume(gas.eventCosts(attributes, events), 'Custom contract event attributes');
    if (attributes.length > 0) ctx.emit(wasmEvent('wasm', attributes, contract));
    for (const e of events) {
      const type = String(e.type ?? '').trim();
      if (type.length <= 2) throw new ChainError(WasmErrors.InvalidEvent, `Event type too short: '${type}'`);
      ctx.emit(wasmEvent(`wasm-${type}`, e.attributes ?? [], contract));
    }
    const original = res.data === null || res.data === undefined ? undefined : new Uint8Array(Buffer.from(res.data, 'base64'));
    const messages = res.messages ?? [];
    if (messages.length === 0) return original;
    let replied: Uint8Array | undefined;
    try {
      replied = this.dispatchSubmessages(ctx, contract, messages);
    } catch (e) {
      throw wrapError(e, 'submessages');
    }
    return replied ?? original;
  }

  private dispatchSubmessages(ctx: Context, contract: string, messages: SubMsg[]): Uint8Array | undefined {
    if (this.callDepth + 1 > this.config.maxCallDepth) throw new ChainError(WasmErrors.ExceedMaxCallDepth);
    this.callDepth++;
    try {
      let rsp: Uint8Array | undefined;
      for (const sub of messages) {
        if (!['always', 'error', 'success', 'never'].includes(sub.reply_on)) throw new ChainError(WasmErrors.Invalid, 'replyOn value');
        const branch = ctx.branch();
        const meter = ctx.gasMeter;
        const remaining = meter.limit - meter.consumed;
        const limit = sub.gas_limit;
        const limitGas = typeof limit === 'number' && limit < remaining;
        const before = meter.consumed;
        let out: DispatchOutput | undefined;
        let err: unknown;
        try {
          out = limitGas ? this.dispatchWithGasLimit(branch.ctx, contract, sub.msg, limit) : dispatchCosmosMsg(this, branch.ctx, contract, sub.msg);
        } catch (e) {
          if (!(e instanceof ChainError)) {
            branch.discard();
            throw e;
          }
          err = e;
        }
        const gasUsed = meter.consumed - before;
        let replyEvents: Event[] = [];
        if (out !== undefined) {
          branch.writeState();
          const filtered = branch.ctx.events.events.filter((e) => e.type !== 'message');
          ctx.events.emitAll(filtered);
          if ('wasm' in sub.msg) replyEvents = filtered.map((e) => ({ type: e.type, attributes: [...e.attributes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) }));
        } else {
          branch.discard();
        }
        if ((sub.reply_on === 'success' || sub.reply_on === 'never') && out === undefined) throw err;
        if (sub.reply_on === 'never' || (sub.reply_on === 'error' && out !== undefined)) continue;

        let result: unknown;
        let errorLen = 0;
        let dataLen = 0;
        if (out !== undefined) {
          const data = out.data[0];
          dataLen = data?.length ?? 0;
          result = {
            ok: {
              events: replyEvents.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) })),
              data: data === undefined || data.length === 0 ? null : Buffer.from(data).toString('base64'),
              msg_responses: out.msgResponses.map((r) => ({ type_url: r.typeUrl, value: Buffer.from(r.value).toString('base64') })),
            },
          };
        } else {
          const text = redactError(err);
          errorLen = Buffer.byteLength(text);
          result = { error: text };
        }
        const reply = { id: sub.id, payload: sub.payload ?? '', gas_used: gasUsed, result };
        let data: Uint8Array | undefined;
        try {
          data = this.reply(ctx, contract, enc.encode(JSON.stringify(reply)), { errorLen, dataLen, events: replyEvents });
        } catch (e) {
          throw wrapError(e, 'reply');
        }
        if (data !== undefined) rsp = data;
      }
      return rsp;
    } finally {
      this.callDepth--;
    }
  }

  private dispatchWithGasLimit(ctx: Context, contract: string, msg: Record<string, unknown>, limit: number): DispatchOutput {
    const meter = new BasicGasMeter(limit);
    const sub = ctx.withGasMeter(meter);
    let out: DispatchOutput;
    try {
      out = dispatchCosmosMsg(this, sub, contract, msg);
    } catch (e) {
      if (e instanceof OutOfGasError) {
        ctx.gasMeter.consume(limit, 'Sub-Message OutOfGas panic');
        throw new ChainError(Codes.OutOfGas, 'SubMsg hit gas limit');
      }
      ctx.gasMeter.consume(meter.consumed, 'From limited Sub-Message');
      throw e;
    }
    ctx.gasMeter.consume(meter.consumed, 'From limited Sub-Message');
    return out;
  }

  private reply(ctx: Context, contract: string, reply: Uint8Array, cost: { errorLen: number; dataLen: number; events: Event[] }): Uint8Array | undefined {
    const { checksum } = this.contractInstance(ctx, contract);
    ctx.gasMeter.consume(gas.replyCosts(true, cost), 'Loading CosmWasm module: reply');
    const env = this.env(ctx, contract);
    const res = this.call<Response>(ctx, checksum, 'reply', [env, reply], contract);
    ctx.emit(event('reply', [['_contract_address', contract]]));
    try {
      return this.handleContractResponse(ctx, contract, res);
    } catch (e) {
      throw wrapError(e, 'dispatch');
    }
  }

  /** For the dispatcher: instantiate/execute/migrate/admin on behalf of a contract, in `ctx`. */
  internal = {
    instantiate: (ctx: Context, req: InstantiateRequest): InstantiateResult => this.instantiateInternal(ctx, req, this.policyFor(req.sender)),
    execute: (ctx: Context, req: ExecuteRequest): Uint8Array | undefined => this.executeInternal(ctx, req),
    migrate: (ctx: Context, req: MigrateRequest): Uint8Array | undefined => this.migrateInternal(ctx, req, this.policyFor(req.sender)),
  };
}

function wasmEvent(type: string, attrs: readonly { key: string; value: string }[], contract: string): Event {
  const out: [string, string][] = [['_contract_address', contract]];
  for (const a of attrs) {
    const key = String(a.key ?? '').trim();
    const value = String(a.value ?? '').trim();
    if (key.length === 0) throw new ChainError(WasmErrors.InvalidEvent, `Empty attribute key. Value: ${value}`);
    if (key.startsWith('_')) throw new ChainError(WasmErrors.InvalidEvent, `Attribute key starts with reserved prefix _: '${key}'`);
    out.push([key, value]);
  }
  return event(type, out);
}

