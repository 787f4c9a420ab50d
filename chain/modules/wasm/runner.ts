/**
 * The contract runner (wasmd's `wasmVM` calls in x/wasm/keeper): calls a contract's entry points
 * through the runtime's typed `Vm` API only, with a Backend bound to the contract's store, wasmd's
 * gas model (SDK gas ↔ VM gas, KV and query gas reported as externally used) and wasmd's error
 * mapping (contract errors deterministic, VM failures `wasmvm error`, VM out of gas an SDK
 * out-of-gas error).
 */
import { hash } from 'node:crypto';
import type { CallContext, CallResult, Vm } from '../../../runtime/src/vm.js';
import { BackendError, ContractError, OutOfGasError as VmOutOfGasError, VmError } from '../../../runtime/src/errors.js';
import { UNLIMITED_GAS } from '../../../runtime/src/gas.js';
import type { BackendQuerier } from '../../../runtime/src/backend.js';
import type { EntryPoint, Env, MessageInfo, MigrateInfo, Response } from '../../../runtime/src/types.js';
import type { Context } from '../../kernel/context.js';
import { ChainError, type ErrorSpec } from '../../kernel/errors.js';
import { GasOverflowError, OutOfGasError } from '../../store/errors.js';
import type { AddressCodec } from '../../types/address.js';
import type { Coin } from '../../types/coins.js';
import { ContractStorage, contractApi } from './backend.js';
import { WasmErrors, contractError } from './errors.js';
import * as gas from './gas.js';

/** Builds the querier a contract's `query_chain` calls reach, for one call. */
export type QuerierFactory = (ctx: Context, contract: string, storage: ContractStorage) => BackendQuerier;

/** Which wasmd error a contract's own error in an entry point becomes. */
const FAILURE: Record<string, ErrorSpec> = {
  instantiate: WasmErrors.InstantiateFailed,
  execute: WasmErrors.ExecuteFailed,
  migrate: WasmErrors.MigrationFailed,
  sudo: WasmErrors.ExecuteFailed,
  reply: WasmErrors.ExecuteFailed,
  query: WasmErrors.QueryFailed,
};

/** Hashes of the txs being executed, kept while their bytes live: every call in a tx needs it. */
const txHashes = new WeakMap<Uint8Array, string>();
function txHashBase64(tx: Uint8Array): string {
  let h = txHashes.get(tx);
  if (h === undefined) {
    h = hash('sha256', tx, 'base64');
    txHashes.set(tx, h);
  }
  return h;
}

function isSdkOutOfGas(e: unknown): boolean {
  return e instanceof OutOfGasError || e instanceof GasOverflowError;
}

/** Where a contract's `debug` output goes (test output, node log); one call per `debug` import call. */
export type DebugSink = (contract: string, message: string) => void;

export class ContractRunner {
  /**
   * Receives contracts' `debug` output (wasmd drops it unless the node is in debug mode). Unset,
   * calls carry no handler and the VM's `debug` import only charges its gas.
   */
  debugSink: DebugSink | undefined;

  constructor(
    readonly vm: Vm,
    private readonly codec: AddressCodec,
    private readonly querier: QuerierFactory,
  ) {}

  /** The `Env` of a call: block facts, the tx index/hash in a tx, the contract address. */
  env(ctx: Context, contract: string): Env {
    const transaction = ctx.txIndex === undefined ? null : ctx.txBytes === undefined ? { index: ctx.txIndex } : { index: ctx.txIndex, hash: txHashBase64(ctx.txBytes) };
    return { block: { height: ctx.height, time: ctx.time.toString(), chain_id: ctx.chainId }, transaction, contract: { address: contract } };
  }

  static messageInfo(sender: string, funds: readonly Coin[]): MessageInfo {
    return { sender, funds: funds.map((f) => ({ denom: f.denom, amount: f.amount.toString() })) };
  }

  instantiate(ctx: Context, checksum: string, contract: string, info: MessageInfo, msg: Uint8Array): Response {
    return this.run(ctx, contract, 'instantiate', (c) => this.vm.instantiate(checksum, this.env(ctx, contract), info, msg, c));
  }
  execute(ctx: Context, checksum: string, contract: string, info: MessageInfo, msg: Uint8Array): Response {
    return this.run(ctx, contract, 'execute', (c) => this.vm.execute(checksum, this.env(ctx, contract), info, msg, c));
  }
  /** The Vm passes `info` only to contracts whose migrate takes three arguments (cosmwasm-vm's rule). */
  migrate(ctx: Context, checksum: string, contract: string, msg: Uint8Array, info: MigrateInfo): Response {
    return this.run(ctx, contract, 'migrate', (c) => this.vm.migrate(checksum, this.env(ctx, contract), msg, c, info));
  }
  sudo(ctx: Context, checksum: string, contract: string, msg: Uint8Array): Response {
    return this.run(ctx, contract, 'sudo', (c) => this.vm.sudo(checksum, this.env(ctx, contract), msg, c));
  }
  reply(ctx: Context, checksum: string, contract: string, reply: Uint8Array): Response {
    return this.run(ctx, contract, 'reply', (c) => this.vm.reply(checksum, this.env(ctx, contract), reply, c));
  }
  query(ctx: Context, checksum: string, contract: string, msg: Uint8Array): Uint8Array {
    return this.run(ctx, contract, 'query', (c) => this.vm.query(checksum, this.env(ctx, contract), msg, c));
  }
  /** An IBC entry point (`ibc_channel_open`, `ibc_packet_receive`, …): (env, msg) → the `ok` value. */
  ibc<T>(ctx: Context, checksum: string, contract: string, entry: EntryPoint, msg: Uint8Array): T {
    return this.run(ctx, contract, entry, (c) => this.vm.callJson<T>(checksum, entry, [this.env(ctx, contract), msg], c));
  }

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

  private chargeResult(ctx: Context, bytes: number): void {
    ctx.gasMeter.consume(bytes * gas.JSON_DESERIALIZATION_COST_PER_BYTE, 'contract result deserialization');
  }

  private run<T>(ctx: Context, contract: string, entry: string, call: (c: CallContext) => CallResult<T>): T {
    const storage = new ContractStorage(ctx, this.codec.decode(contract));
    const backend = { storage, api: contractApi(this.codec.prefixes.account), querier: this.querier(ctx, contract, storage) };
    const gasLimit = this.vmGasLimit(ctx);
    const sink = this.debugSink;
    let r: CallResult<T>;
    try {
      r = call(sink === undefined ? { backend, gasLimit } : { backend, gasLimit, debug: (m) => sink(contract, m) });
    } catch (e) {
      if (e instanceof BackendError && isSdkOutOfGas(e.cause)) throw e.cause;
      if (isSdkOutOfGas(e)) throw e;
      if (e instanceof VmOutOfGasError) {
        this.consumeRuntimeGas(ctx, gasLimit - storage.external);
        throw new OutOfGasError('Wasmer function execution', ctx.gasMeter.limit, ctx.gasMeter.consumed);
      }
      if (e instanceof VmError) {
        this.consumeRuntimeGas(ctx, e.gasUsed - storage.external);
        // The contract answered (an error, or bytes that are no ContractResult): reading it costs gas.
        if (e.resultBytes > 0) this.chargeResult(ctx, e.resultBytes);
        if (e instanceof ContractError) throw contractError(FAILURE[entry] ?? WasmErrors.ExecuteFailed, e.contractMessage);
        throw new ChainError(WasmErrors.VmError, e.message);
      }
      throw e;
    }
    this.consumeRuntimeGas(ctx, r.gasUsed - storage.external);
    this.chargeResult(ctx, r.resultBytes);
    return r.value;
  }
}
