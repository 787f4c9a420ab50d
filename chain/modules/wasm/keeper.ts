/**
 * The wasm keeper (wasmd x/wasm/keeper): the contract lifecycle — instantiate (and instantiate2),
 * execute, migrate, sudo, admin and label changes, queries — over the module's parts:
 *
 *   CodeStore (code-store.ts)          params, id sequences, uploaded code, pinning
 *   ContractStore (contracts.ts)       contract info, history, indexes, addresses
 *   ContractRunner (runner.ts)         calls through the runtime's typed Vm API, wasmd gas and errors
 *   MessageDispatcher (dispatcher.ts)  Response: events, sub-messages, replies, redaction
 *   MessagePlugins (message-plugins.ts) CosmosMsg → router messages (custom ones by name)
 *   QueryPlugins (query-plugins.ts)    QueryRequest → answers (custom ones by name), behind ChainQuerier
 *
 * Every public state-changing method runs in its own branch: on an error nothing it did remains.
 */
import { type AccessConfig, CodeInfo, ContractCodeHistoryEntry, ContractCodeHistoryOperationType, ContractInfo, Params } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import { Vm } from '../../../runtime/src/vm.js';
import type { EntryPoint, Response } from '../../../runtime/src/types.js';
import type { Context } from '../../kernel/context.js';
import { inBranch } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event, type Event } from '../../kernel/events.js';
import { concat } from '../../kernel/keys.js';
import type { MsgRouter, QueryRouter } from '../../kernel/router.js';
import { BasicGasMeter } from '../../store/gaskv.js';
import type { AddressCodec } from '../../types/address.js';
import type { Coin } from '../../types/coins.js';
import type { AuthKeeper } from '../auth/keeper.js';
import type { BankKeeper } from '../bank/keeper.js';
import { buildContractAddressClassic, WASM_MODULE_NAME } from './addresses.js';
import { CodeStore, type StoreCodeResult } from './code-store.js';
import { ContractStore } from './contracts.js';
import { MessageDispatcher, type ContractReplier, type ReplyCost } from './dispatcher.js';
import { WasmErrors, wrapError } from './errors.js';
import * as gas from './gas.js';
import { MessagePlugins, type MessageGuard, type MessagePlugin, type WasmIbcHandler } from './message-plugins.js';
import { ChainQuerier } from './querier.js';
import { QueryPlugins, type QueryPlugin, type WasmQuerySource } from './query-plugins.js';
import { ContractRunner } from './runner.js';
import {
  DEFAULT_WASM_CONFIG,
  DefaultPolicy,
  GovPolicy,
  LAST_INSTANCE_ID_KEY,
  WASM_STORE,
  contractStorePrefix,
  type AuthorizationPolicy,
  type WasmConfig,
} from './types.js';

export type { StoreCodeResult };

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

const enc = new TextEncoder();

export function msgBytes(m: Uint8Array | string | object): Uint8Array {
  if (m instanceof Uint8Array) return m;
  if (typeof m === 'string') return enc.encode(m);
  return enc.encode(JSON.stringify(m));
}

export class WasmKeeper implements ContractReplier, WasmQuerySource {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly codec: AddressCodec;
  readonly authority: string;
  readonly config: Readonly<WasmConfig>;
  readonly codes: CodeStore;
  readonly contracts: ContractStore;
  readonly runner: ContractRunner;
  readonly messages: MessagePlugins;
  readonly queries: QueryPlugins;
  private readonly dispatcher: MessageDispatcher;
  ibcHandler: WasmIbcHandler | undefined;

  /** Calls are synchronous, so the query nesting depth can live on the keeper (wasmd keeps it in the context). */
  private queryDepth = 0;

  constructor(deps: WasmKeeperDeps) {
    this.auth = deps.auth;
    this.bank = deps.bank;
    this.codec = deps.codec;
    this.authority = deps.authority;
    this.config = Object.freeze({ ...DEFAULT_WASM_CONFIG, ...deps.config });
    const vmOpts: ConstructorParameters<typeof Vm>[0] = { memoryLimitPages: this.config.memoryLimitPages };
    if (this.config.capabilities !== undefined) vmOpts.capabilities = this.config.capabilities;
    const vm = deps.vm ?? new Vm(vmOpts);
    this.ibcHandler = deps.ibcHandler;
    this.codes = new CodeStore(vm, this.codec, this.config);
    this.contracts = new ContractStore(this.codec);
    this.queries = new QueryPlugins({ bank: deps.bank, codec: deps.codec, wasm: this, queryRouter: deps.queryRouter, ibc: () => this.ibcHandler });
    this.runner = new ContractRunner(vm, this.codec, (ctx, contract, storage) => new ChainQuerier(this.queries, ctx, contract, storage));
    this.messages = new MessagePlugins({
      msgRouter: deps.msgRouter,
      codec: deps.codec,
      bank: deps.bank,
      ibc: () => this.ibcHandler,
      ibcPort: (ctx, contract) => this.contracts.getContractInfo(ctx, contract)?.ibcPortId ?? '',
    });
    this.dispatcher = new MessageDispatcher(this.messages, this, this.config.maxCallDepth);
    // BankMsg::Burn moves coins to the wasm module account and burns them there (wasmd's burn handler).
    if (this.auth.modulePermissions(WASM_MODULE_NAME) === undefined) this.auth.declareModuleAccount(WASM_MODULE_NAME, ['burner']);
  }

  get vm(): Vm {
    return this.codes.vm;
  }

  setIbcHandler(h: WasmIbcHandler | undefined): void {
    this.ibcHandler = h;
  }
  /** The app's plugin for `{"custom": {"<name>": …}}` messages. */
  registerCustomMessage(name: string, plugin: MessagePlugin): void {
    this.messages.registerCustom(name, plugin);
  }
  /** The app's plugin for `{"custom": {"<name>": …}}` queries. */
  /** A check every contract message passes before its plugin (see `MessageGuard`). */
  addMessageGuard(guard: MessageGuard): void {
    this.messages.addGuard(guard);
  }
  registerCustomQuery(name: string, plugin: QueryPlugin): void {
    this.queries.registerCustom(name, plugin);
  }

  /** The policy wasmd's msg server selects for `actor`. */
  policyFor(actor: string): AuthorizationPolicy {
    return actor === this.authority ? GovPolicy : DefaultPolicy;
  }

  // ----- code (CodeStore) -----------------------------------------------------------------------

  getParams(ctx: Context): Params {
    return this.codes.getParams(ctx);
  }
  setParams(ctx: Context, p: Params): void {
    this.codes.setParams(ctx, p);
  }
  setSequences(ctx: Context, nextCodeId: bigint, nextInstanceId: bigint): void {
    this.codes.setSequences(ctx, nextCodeId, nextInstanceId);
  }
  nextCodeId(ctx: Context): bigint {
    return this.codes.nextCodeId(ctx);
  }
  nextInstanceId(ctx: Context): bigint {
    return this.codes.nextInstanceId(ctx);
  }
  getCodeInfo(ctx: Context, codeId: bigint): CodeInfo | undefined {
    return this.codes.getCodeInfo(ctx, codeId);
  }
  setCodeInfo(ctx: Context, codeId: bigint, info: CodeInfo): void {
    this.codes.setCodeInfo(ctx, codeId, info);
  }
  getCodeBytes(ctx: Context, codeId: bigint): Uint8Array | undefined {
    return this.codes.getCodeBytes(ctx, codeId);
  }
  isPinned(ctx: Context, codeId: bigint): boolean {
    return this.codes.isPinned(ctx, codeId);
  }
  /** Uploads code (wasmd `create`) in its own branch. */
  storeCode(ctx: Context, creator: string, wasm: Uint8Array, instantiatePermission?: AccessConfig, policy: AuthorizationPolicy = this.policyFor(creator)): StoreCodeResult {
    return this.codes.storeCode(ctx, creator, wasm, instantiatePermission, policy);
  }
  pinCode(ctx: Context, codeId: bigint): void {
    this.codes.pinCode(ctx, codeId);
  }
  unpinCode(ctx: Context, codeId: bigint): void {
    this.codes.unpinCode(ctx, codeId);
  }
  setInstantiateConfig(ctx: Context, codeId: bigint, sender: string, config: AccessConfig, policy: AuthorizationPolicy = this.policyFor(sender)): void {
    this.codes.setInstantiateConfig(ctx, codeId, sender, config, policy);
  }

  // ----- contract records (ContractStore) -------------------------------------------------------

  getContractInfo(ctx: Context, address: string): ContractInfo | undefined {
    return this.contracts.getContractInfo(ctx, address);
  }
  setContractInfo(ctx: Context, address: string, info: ContractInfo): void {
    this.contracts.setContractInfo(ctx, address, info);
  }
  getContractHistory(ctx: Context, address: string): ContractCodeHistoryEntry[] {
    return this.contracts.getContractHistory(ctx, address);
  }
  appendHistory(ctx: Context, address: string, entry: ContractCodeHistoryEntry): void {
    this.contracts.appendHistory(ctx, address, entry);
  }
  addToCodeIndex(ctx: Context, address: string, entry: ContractCodeHistoryEntry): void {
    this.contracts.addToCodeIndex(ctx, address, entry);
  }
  addToCreatorIndex(ctx: Context, creator: string, position: { blockHeight: bigint; txIndex: bigint }, address: string): void {
    this.contracts.addToCreatorIndex(ctx, creator, position, address);
  }
  predictAddress(checksum: Uint8Array, creator: string, salt: Uint8Array, initMsg: Uint8Array | undefined): string {
    return this.contracts.predictAddress(checksum, creator, salt, initMsg);
  }

  // ----- the lifecycle --------------------------------------------------------------------------

  /** Contract info, code info and compiled checksum of a contract; wasmd's `contractInstance`. */
  contractInstance(ctx: Context, contract: string): { info: ContractInfo; code: CodeInfo; checksum: string } {
    const info = this.getContractInfo(ctx, contract);
    if (info === undefined) throw new ChainError(WasmErrors.NoSuchContract, `address ${contract}`);
    const code = this.getCodeInfo(ctx, info.codeId);
    if (code === undefined) throw new ChainError(WasmErrors.NoSuchCode, `code id ${info.codeId}`);
    return { info, code, checksum: this.codes.ensureCompiled(ctx, code) };
  }

  /** instance → set-up gas: the first half of every call of an existing contract. */
  private load(ctx: Context, contract: string, what: string, msgLen: number): { info: ContractInfo; checksum: string } {
    const { info, checksum } = this.contractInstance(ctx, contract);
    ctx.gasMeter.consume(gas.setupContractCost(this.isPinned(ctx, info.codeId), msgLen), `Loading CosmWasm module: ${what}`);
    return { info, checksum };
  }

  /** event → Response: the second half (a failure in the Response is wrapped as wasmd's "dispatch"). */
  private respond(ctx: Context, contract: string, done: Event, res: Response, wrap: boolean): Uint8Array | undefined {
    ctx.emit(done);
    if (!wrap) return this.dispatcher.handleResponse(ctx, contract, res);
    try {
      return this.dispatcher.handleResponse(ctx, contract, res);
    } catch (e) {
      throw wrapError(e, 'dispatch');
    }
  }

  /** Events, sub-messages and replies of a Response (also for the IBC entry points). */
  handleContractResponse(ctx: Context, contract: string, res: Response): Uint8Array | undefined {
    return this.dispatcher.handleResponse(ctx, contract, res);
  }

  /** Calls an IBC entry point of `contract` (set-up gas, then the runner); returns its `ok` value. */
  callIbcEntry<T>(ctx: Context, contract: string, entry: EntryPoint, gasLabel: string, msg: Uint8Array): T {
    const { checksum } = this.load(ctx, contract, gasLabel, msg.length);
    return this.runner.ibc<T>(ctx, checksum, contract, entry, msg);
  }

  private validateLabel(label: string): void {
    if (label.length === 0) throw new ChainError(WasmErrors.Empty, 'label is required');
    if (label.length > this.config.maxLabelSize) throw new ChainError(WasmErrors.Limit, `label cannot be longer than ${this.config.maxLabelSize} characters`);
    if (label.trim() !== label) throw new ChainError(WasmErrors.Invalid, 'label must not start/end with whitespaces');
  }

  /** Instantiate (or instantiate2 when `salt` is set); returns the address and the response data. */
  instantiate(ctx: Context, req: InstantiateRequest, policy: AuthorizationPolicy = this.policyFor(req.sender)): InstantiateResult {
    return inBranch(ctx, (c) => this.instantiateInBranch(c, req, policy));
  }

  private instantiateInBranch(ctx: Context, req: InstantiateRequest, policy: AuthorizationPolicy): InstantiateResult {
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
      address = this.codec.encode(buildContractAddressClassic(codeId, this.codes.nextId(ctx, LAST_INSTANCE_ID_KEY)));
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

    const checksum = this.codes.ensureCompiled(ctx, codeInfo);
    const res = this.runner.instantiate(ctx, checksum, address, ContractRunner.messageInfo(creator, funds), msg);

    const created = this.contracts.position(ctx);
    const contractInfo: ContractInfo = { codeId, creator, admin, label: req.label, created, ibcPortId: '', ibc2PortId: '' };
    if (this.vm.analyze(checksum).hasIbcEntryPoints) contractInfo.ibcPortId = `wasm.${address}`;
    const entry: ContractCodeHistoryEntry = { operation: ContractCodeHistoryOperationType.CONTRACT_CODE_HISTORY_OPERATION_TYPE_INIT, codeId, updated: created, msg };
    this.addToCodeIndex(ctx, address, entry);
    this.addToCreatorIndex(ctx, creator, created, address);
    this.appendHistory(ctx, address, entry);
    this.setContractInfo(ctx, address, contractInfo);
    const data = this.respond(ctx, address, event('instantiate', [
      ['_contract_address', address],
      ['code_id', codeId.toString()],
    ]), res, true);
    return { address, data };
  }

  execute(ctx: Context, req: ExecuteRequest): Uint8Array | undefined {
    return inBranch(ctx, (c) => {
      this.codec.decode(req.sender, 'sender address');
      const msg = msgBytes(req.msg);
      const { checksum } = this.load(c, req.contract, 'execute', msg.length);
      const funds = [...(req.funds ?? [])].filter((f) => f.amount > 0n);
      if (funds.length > 0) this.bank.sendFromUser(c, req.sender, req.contract, funds);
      const res = this.runner.execute(c, checksum, req.contract, ContractRunner.messageInfo(req.sender, funds), msg);
      return this.respond(c, req.contract, event('execute', [['_contract_address', req.contract]]), res, false);
    });
  }

  migrate(ctx: Context, req: MigrateRequest, policy: AuthorizationPolicy = this.policyFor(req.sender)): Uint8Array | undefined {
    return inBranch(ctx, (c) => this.migrateInBranch(c, req, policy));
  }

  private migrateInBranch(ctx: Context, req: MigrateRequest, policy: AuthorizationPolicy): Uint8Array | undefined {
    const newCodeId = BigInt(req.codeId);
    const msg = msgBytes(req.msg);
    const contractInfo = this.getContractInfo(ctx, req.contract);
    if (contractInfo === undefined) throw new ChainError(Codes.InvalidRequest, 'unknown contract');
    if (!policy.canModifyContract(contractInfo.admin, req.sender)) throw new ChainError(Codes.Unauthorized, 'can not migrate');
    const newCode = this.getCodeInfo(ctx, newCodeId);
    if (newCode === undefined) throw new ChainError(Codes.InvalidRequest, 'unknown code');
    if (!policy.canInstantiateContract(newCode.instantiateConfig, req.sender)) throw new ChainError(Codes.Unauthorized, 'to use new code');
    const newChecksum = this.codes.ensureCompiled(ctx, newCode);
    const report = this.vm.analyze(newChecksum);
    if (!report.hasIbcEntryPoints && contractInfo.ibcPortId !== '') throw new ChainError(WasmErrors.MigrationFailed, 'requires ibc callbacks');
    if (report.hasIbcEntryPoints && contractInfo.ibcPortId === '') contractInfo.ibcPortId = `wasm.${req.contract}`;
    const oldCode = this.getCodeInfo(ctx, contractInfo.codeId);
    const oldVersion = oldCode === undefined ? null : this.vm.analyze(this.codes.ensureCompiled(ctx, oldCode)).migrateVersion;

    // cosmwasm-vm skips the call when both codes declare the same migrate version.
    let response: Response | undefined;
    if (report.migrateVersion === null || oldVersion === null || report.migrateVersion !== oldVersion) {
      ctx.gasMeter.consume(gas.setupContractCost(this.isPinned(ctx, newCodeId), msg.length), 'Loading CosmWasm module: migrate');
      response = this.runner.migrate(ctx, newChecksum, req.contract, msg, { sender: req.sender, old_migrate_version: oldVersion });
    }

    this.contracts.removeFromCodeIndex(ctx, req.contract, this.contracts.lastHistoryEntry(ctx, req.contract));
    const entry: ContractCodeHistoryEntry = {
      operation: ContractCodeHistoryOperationType.CONTRACT_CODE_HISTORY_OPERATION_TYPE_MIGRATE,
      codeId: newCodeId,
      updated: this.contracts.position(ctx),
      msg,
    };
    this.appendHistory(ctx, req.contract, entry);
    this.addToCodeIndex(ctx, req.contract, entry);
    contractInfo.codeId = newCodeId;
    this.setContractInfo(ctx, req.contract, contractInfo);
    const done = event('migrate', [
      ['code_id', newCodeId.toString()],
      ['_contract_address', req.contract],
    ]);
    if (response === undefined) {
      ctx.emit(done);
      return undefined;
    }
    return this.respond(ctx, req.contract, done, response, true);
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
      const { checksum } = this.load(c, contract, 'sudo', m.length);
      const res = this.runner.sudo(c, checksum, contract, m);
      return this.respond(c, contract, event('sudo', [['_contract_address', contract]]), res, true);
    });
  }

  /** The dispatcher's way back: a contract's `reply` (wasmd `Keeper.reply`), in the caller's branch. */
  reply(ctx: Context, contract: string, reply: Uint8Array, cost: ReplyCost): Uint8Array | undefined {
    const { checksum } = this.contractInstance(ctx, contract);
    ctx.gasMeter.consume(gas.replyCosts(true, cost), 'Loading CosmWasm module: reply');
    const res = this.runner.reply(ctx, checksum, contract, reply);
    return this.respond(ctx, contract, event('reply', [['_contract_address', contract]]), res, true);
  }

  /** A smart query from outside the chain (gRPC, CLI, tests): its own gas meter of `smartQueryGasLimit`. */
  querySmart(ctx: Context, contract: string, msg: Uint8Array | string | object): Uint8Array {
    const b = ctx.withGasMeter(new BasicGasMeter(this.config.smartQueryGasLimit)).branch();
    try {
      return this.querySmartNested(b.ctx, contract, msgBytes(msg));
    } finally {
      b.discard();
    }
  }

  /** A smart query in `ctx` (nested from a contract, or after the caller set the meter). */
  querySmartNested(ctx: Context, contract: string, msg: Uint8Array): Uint8Array {
    if (this.queryDepth + 1 > this.config.maxQueryDepth) throw new ChainError(WasmErrors.ExceedMaxQueryStackSize);
    this.queryDepth++;
    try {
      const { checksum } = this.load(ctx, contract, 'query', msg.length);
      return this.runner.query(ctx, checksum, contract, msg);
    } finally {
      this.queryDepth--;
    }
  }

  queryRaw(ctx: Context, contract: string, key: Uint8Array): Uint8Array | undefined {
    if (key.length === 0) return undefined;
    return ctx.store(WASM_STORE).get(concat(contractStorePrefix(this.codec.decode(contract, 'contract address')), key));
  }
}
