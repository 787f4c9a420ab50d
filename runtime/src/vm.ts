/**
 * The VM: stores code (validate → instrument → compile, cached by checksum) and runs calls.
 *
 * Every call sees a pristine instance: a pooled instance is restored to the state it had right
 * after instantiation (memory bytes, virtual memory size and every mutable global), which is what
 * a fresh instance would have. The instrumentation records the range of addresses each call
 * wrote, so a restore copies back only that range instead of the whole memory.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Backend } from './backend.js';
import type { CheckOptions, CodeAnalysis } from './check.js';
import { CallEnvironment, type InstanceExports } from './environment.js';
import { parseContractJson } from './contract-json.js';
import {
  BackendError,
  BadInputError,
  CallDepthError,
  InstantiationError,
  CommunicationError,
  ContractError,
  MemoryLimitError,
  OutOfGasError,
  QueryDepthError,
  ResolveError,
  RuntimeTrapError,
  StaticValidationError,
  VmError,
} from './errors.js';
import { prepareCode } from './prepare.js';
import { INSTRUMENTATION_VERSION, UNLIMITED_GAS } from './gas.js';
import { type EnvSlot, createEnvImports } from './imports.js';
import {
  EXPORT_GAS,
  EXPORT_GROW_FAILED,
  EXPORT_STACK,
  EXPORT_START,
  EXPORT_TRAP,
  EXPORT_VPAGES,
  EXPORT_DIRTY_LO,
  EXPORT_DIRTY_HI,
  EXPORT_REAL_GROWN,
  type InstrumentedCode,
  TrapReason,
} from './instrument.js';
import {
  DEFAULT_MEMORY_LIMIT_PAGES,
  MAX_LENGTH_RESULT,
  MAX_QUERY_DEPTH,
  STACK_LIMIT_UNITS,
  type WasmLimits,
} from './limits.js';
import type { ContractResult, EntryPoint, Env, MessageInfo, MigrateInfo, Response } from './types.js';
import { ExternalKind } from './wasm/module.js';

export interface VmOptions {
  /** Capabilities the chain offers; default: everything this runtime implements. */
  capabilities?: Iterable<string>;
  /** Memory cap per instance in 64 KiB pages; default 512 (32 MiB). */
  memoryLimitPages?: number;
  limits?: Partial<WasmLimits>;
  /** Where contract `debug` output goes when a call gives no handler. */
  debug?: (message: string) => void;
  /** Reuse instances by restoring their pristine state (default true). False: a fresh instance per call. */
  reuseInstances?: boolean;
  /**
   * Test aid, breaks determinism: keep each pooled instance's memory and globals between calls
   * instead of restoring them, as cosmwasm-vm's own instance tests do. Default false.
   */
  unsafeKeepInstanceState?: boolean;
  /** Benchmark aid: compile without gas metering (calls then never run out of gas). Default false. */
  unsafeDisableMetering?: boolean;
}

export interface CallContext {
  backend: Backend;
  /** CosmWasm gas units. */
  gasLimit: number;
  debug?: (message: string) => void;
}

export interface CallResult<T> {
  value: T;
  gasUsed: number;
  gasUsedExternally: number;
  /** Length of the raw result (ContractResult JSON) the contract returned; hosts charge for reading it. */
  resultBytes: number;
}

export interface StoredCode {
  checksum: string;
  analysis: CodeAnalysis;
  /** Size of the uploaded and of the instrumented module, and operator counts. */
  stats: { bytes: number; instrumentedBytes: number; operators: number; floatOperators: number; meteringPoints: number };
}

export type Msg = Uint8Array | string | object;

interface CompiledModule {
  module: WebAssembly.Module;
  meta: Omit<InstrumentedCode, 'bytes'>;
  analysis: CodeAnalysis;
  exportParams: Map<string, number>;
  stats: StoredCode['stats'];
}

interface Pristine {
  /** Memory bytes up to the virtual size; everything above is zero. */
  memory: Uint8Array;
  globals: Array<number | bigint>;
  vpages: number;
  startGas: number;
}

interface PooledInstance {
  exports: InstanceExports;
  slot: EnvSlot;
  fns: Record<string, (...args: number[]) => number>;
  start: (() => void) | null;
  globals: WebAssembly.Global[];
  /** At pristine state already (fresh from restore), or needs a restore before use. */
  dirty: boolean;
  /** Address range [lo, hi) the host wrote during past calls, not yet restored. */
  hostDirtyLo: number;
  hostDirtyHi: number;
  /** Brought to the post-start state (by running start or by restoring the snapshot). */
  ready: boolean;
}

interface CodeState {
  checksum: string;
  compiled: CompiledModule;
  pool: PooledInstance[];
  pristine: Pristine | null;
  /** False when the start function calls the host: then every call instantiates afresh. */
  poolable: boolean;
}

/** Compiled modules shared by every Vm with the same instrumentation settings. */
const moduleCache = new Map<string, CompiledModule>();

/** Stack units set aside for the host frames between a contract and a contract it queries. */
const NESTED_CALL_STACK_UNITS = 256;

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

export function toBytes(msg: Msg): Uint8Array {
  if (msg instanceof Uint8Array) return msg;
  if (typeof msg === 'string') return utf8.encode(msg);
  return utf8.encode(JSON.stringify(msg));
}

/** Maps V8 trap messages to the texts wasmer (cosmwasm-vm's engine) uses. */
function trapText(v8Message: string, nanToInt: boolean): string {
  if (nanToInt) return 'invalid conversion to integer';
  if (v8Message.includes('unreachable')) return 'unreachable';
  if (v8Message.includes('memory access out of bounds')) return 'out of bounds memory access';
  if (v8Message.includes('divide by zero') || v8Message.includes('remainder by zero')) return 'integer divide by zero';
  if (v8Message.includes('divide result unrepresentable')) return 'integer overflow';
  if (v8Message.includes('float unrepresentable')) return 'integer overflow';
  if (v8Message.includes('table index is out of bounds')) return 'undefined element: out of bounds table access';
  if (v8Message.includes('signature mismatch') || v8Message.includes('null function')) return 'indirect call type mismatch';
  return v8Message;
}

export class Vm {
  private readonly codes = new Map<string, CodeState>();
  private readonly capabilities: string[] | undefined;
  private readonly limits: Partial<WasmLimits> | undefined;
  readonly memoryLimitPages: number;
  private readonly defaultDebug: ((message: string) => void) | undefined;
  private readonly reuse: boolean;
  private readonly keepState: boolean;
  private readonly metering: boolean;
  /** Calls in progress, innermost last (nested through queries). */
  private readonly active: CallEnvironment[] = [];

  constructor(opts: VmOptions = {}) {
    this.capabilities = opts.capabilities ? [...opts.capabilities] : undefined;
    this.limits = opts.limits;
    this.memoryLimitPages = opts.memoryLimitPages ?? DEFAULT_MEMORY_LIMIT_PAGES;
    this.defaultDebug = opts.debug;
    this.reuse = opts.reuseInstances ?? true;
    this.keepState = opts.unsafeKeepInstanceState ?? false;
    this.metering = !(opts.unsafeDisableMetering ?? false);
  }

  /** Validates, instruments and compiles `wasm`. Idempotent; throws StaticValidationError. */
  storeCode(wasm: Uint8Array): StoredCode {
    const checksum = bytesToHex(sha256(wasm));
    let state = this.codes.get(checksum);
    if (!state) {
      const compiled = this.compile(wasm, checksum);
      state = { checksum, compiled, pool: [], pristine: null, poolable: this.reuse };
      this.codes.set(checksum, state);
    }
    return { checksum, analysis: state.compiled.analysis, stats: state.compiled.stats };
  }

  hasCode(checksum: string): boolean {
    return this.codes.has(checksum);
  }

  analyze(checksum: string): CodeAnalysis {
    return this.code(checksum).compiled.analysis;
  }

  /** Drops pooled instances of a code (memory held by them is freed). */
  unpin(checksum: string): void {
    const s = this.codes.get(checksum);
    if (s) s.pool.length = 0;
  }

  private compile(wasm: Uint8Array, checksum: string): CompiledModule {
    const caps = this.capabilities ? JSON.stringify([...this.capabilities].sort()) : 'default';
    const key = `${checksum}:${INSTRUMENTATION_VERSION}:${this.memoryLimitPages}:${STACK_LIMIT_UNITS}:${JSON.stringify(this.limits ?? {})}:${caps}:${this.metering}`;
    const cached = moduleCache.get(key);
    if (cached) return cached;
    const opts: CheckOptions = {};
    if (this.capabilities) opts.capabilities = this.capabilities;
    if (this.limits) opts.limits = this.limits;
    const { parsed, analysis, instrumented: inst } = prepareCode(wasm, opts, this.memoryLimitPages, this.metering);
    let module: WebAssembly.Module;
    try {
      module = new WebAssembly.Module(inst.bytes);
    } catch (e) {
      throw new StaticValidationError('compile', `Could not compile: ${(e as Error).message}`);
    }
    const exportParams = new Map<string, number>();
    for (const e of parsed.exports) {
      if (e.kind !== ExternalKind.Func) continue;
      const ti = e.index < parsed.importedFuncCount ? -1 : parsed.functionTypes[e.index - parsed.importedFuncCount]!;
      if (ti >= 0) exportParams.set(e.name, parsed.types[ti]!.params.length);
    }
    const { bytes, ...meta } = inst;
    const compiled: CompiledModule = {
      module,
      meta,
      analysis,
      exportParams,
      stats: { bytes: wasm.length, instrumentedBytes: bytes.length, ...inst.stats },
    };
    moduleCache.set(key, compiled);
    return compiled;
  }

  private code(checksum: string): CodeState {
    const s = this.codes.get(checksum);
    if (!s) throw new BadInputError(`No code with checksum ${checksum} is stored in this VM. Store it with storeCode first.`);
    return s;
  }

  private newInstance(state: CodeState): PooledInstance {
    const slot: EnvSlot = { env: null };
    let instance: WebAssembly.Instance;
    try {
      instance = new WebAssembly.Instance(state.compiled.module, { env: createEnvImports(slot) });
    } catch (e) {
      // Data or element segments out of bounds, a trapping start is not possible (start is an export).
      throw new InstantiationError(`Error instantiating module: ${(e as Error).message}`);
    }
    const ex = instance.exports as Record<string, unknown>;
    const fns: Record<string, (...args: number[]) => number> = {};
    for (const name of state.compiled.analysis.exportedFunctions) fns[name] = ex[name] as (...args: number[]) => number;
    const exports: InstanceExports = {
      memory: ex['memory'] as WebAssembly.Memory,
      gas: ex[EXPORT_GAS] as WebAssembly.Global,
      trap: ex[EXPORT_TRAP] as WebAssembly.Global,
      stack: ex[EXPORT_STACK] as WebAssembly.Global,
      growFailed: ex[EXPORT_GROW_FAILED] as WebAssembly.Global,
      vpages: ex[EXPORT_VPAGES] as WebAssembly.Global,
      dirtyLo: ex[EXPORT_DIRTY_LO] as WebAssembly.Global,
      dirtyHi: ex[EXPORT_DIRTY_HI] as WebAssembly.Global,
      realGrown: ex[EXPORT_REAL_GROWN] as WebAssembly.Global,
      allocate: ex['allocate'] as (size: number) => number,
      deallocate: ex['deallocate'] as (ptr: number) => void,
    };
    if (!(exports.memory instanceof WebAssembly.Memory)) {
      throw new ResolveError('Could not get export: Missing export memory (the contract must export its memory as "memory")');
    }
    return {
      exports,
      slot,
      fns,
      start: state.compiled.meta.hasStart ? (ex[EXPORT_START] as () => void) : null,
      globals: state.compiled.meta.mutableGlobalExports.map((n) => ex[n] as WebAssembly.Global),
      dirty: false,
      hostDirtyLo: Infinity,
      hostDirtyHi: 0,
      ready: !state.compiled.meta.hasStart,
    };
  }

  /**
   * Brings a used instance back to the pristine state: the bytes the last calls wrote (contract
   * stores and host writes) are copied back from the snapshot, or zeroed above the snapshot.
   */
  private restore(state: CodeState, inst: PooledInstance): boolean {
    const p = state.pristine;
    if (!p) return false;
    const ex = inst.exports;
    const mem = new Uint8Array(ex.memory.buffer);
    let lo = (ex.dirtyLo.value as number) >>> 0;
    // Stores write at most 8 bytes from the recorded address.
    let hi = Math.min(((ex.dirtyHi.value as number) >>> 0) + 8, mem.length);
    if (lo >= hi) {
      lo = Infinity;
      hi = 0;
    }
    lo = Math.min(lo, inst.hostDirtyLo);
    hi = Math.max(hi, inst.hostDirtyHi);
    if (lo < hi) {
      const snapEnd = p.memory.length;
      if (lo < snapEnd) mem.set(p.memory.subarray(lo, Math.min(hi, snapEnd)), lo);
      if (hi > snapEnd) mem.fill(0, Math.max(lo, snapEnd), hi);
    }
    this.resetGlobals(inst, p);
    return true;
  }

  private resetGlobals(inst: PooledInstance, p: Pristine): void {
    const ex = inst.exports;
    for (let i = 0; i < inst.globals.length; i++) inst.globals[i]!.value = p.globals[i]!;
    ex.vpages.value = p.vpages;
    ex.dirtyLo.value = -1;
    ex.dirtyHi.value = 0;
    inst.hostDirtyLo = Infinity;
    inst.hostDirtyHi = 0;
    inst.dirty = false;
    inst.ready = true;
  }

  private acquire(state: CodeState): PooledInstance {
    while (state.pool.length > 0) {
      const inst = state.pool.pop()!;
      if (!inst.dirty || this.keepState || this.restore(state, inst)) return inst;
    }
    const inst = this.newInstance(state);
    const p = state.pristine;
    if (p && inst.start) {
      // A fresh instance has the data segments but not what the start function did.
      new Uint8Array(inst.exports.memory.buffer).set(p.memory);
      this.resetGlobals(inst, p);
    }
    return inst;
  }

  private snapshot(state: CodeState, inst: PooledInstance, startGas: number): void {
    const ex = inst.exports;
    const vpages = ex.vpages.value as number;
    state.pristine = {
      memory: new Uint8Array(ex.memory.buffer, 0, vpages * 65536).slice(),
      globals: inst.globals.map((g) => g.value as number | bigint),
      vpages,
      startGas,
    };
    ex.dirtyLo.value = -1;
    ex.dirtyHi.value = 0;
  }

  /** Runs `entry` with raw argument bytes; returns the raw result bytes (ContractResult JSON). */
  callRaw(checksum: string, entry: EntryPoint | string, args: Uint8Array[], ctx: CallContext): CallResult<Uint8Array> {
    const state = this.code(checksum);
    const compiled = state.compiled;
    const params = compiled.exportParams.get(entry);
    if (params === undefined || !compiled.analysis.exportedFunctions.includes(entry)) {
      throw new ResolveError(`Could not get export: Missing export ${entry}`);
    }
    if (params !== args.length) {
      throw new ResolveError(`Function arity mismatch: export ${entry} takes ${params} arguments, the host passes ${args.length}`);
    }
    if (compiled.meta.initialMemoryOverLimit) {
      throw new MemoryLimitError(this.memoryLimitPages, `the contract declares ${compiled.meta.initialMemoryPages} initial pages`);
    }
    if (compiled.meta.dataOutOfBounds) {
      throw new InstantiationError('Error instantiating module: data segment does not fit in the initial memory');
    }
    if (this.active.length > MAX_QUERY_DEPTH) throw new QueryDepthError(MAX_QUERY_DEPTH);
    const limit = Math.max(0, Math.min(Math.floor(ctx.gasLimit), UNLIMITED_GAS));
    const parent = this.active[this.active.length - 1];
    const baseStack = parent ? Number(parent.exports.stack.value) + NESTED_CALL_STACK_UNITS : 0;

    const inst = this.acquire(state);
    const ex = inst.exports;
    const env = new CallEnvironment(ex, ctx.backend, entry === 'query', ctx.debug ?? this.defaultDebug);
    inst.slot.env = env;
    inst.dirty = true;
    ex.gas.value = BigInt(limit);
    ex.trap.value = 0;
    ex.stack.value = baseStack;
    ex.growFailed.value = 0;
    this.active.push(env);
    let reusable = state.poolable;
    try {
      if (inst.start) {
        if (inst.ready) {
          const startGas = state.pristine!.startGas;
          if (startGas > limit) {
            ex.gas.value = 0n;
            throw new OutOfGasError(limit);
          }
          ex.gas.value = BigInt(limit - startGas);
        } else {
          inst.start();
          inst.ready = true;
          if (env.hostCalls > 0) state.poolable = reusable = false;
          else if (!state.pristine && state.poolable) this.snapshot(state, inst, limit - env.gasLeft());
        }
      } else if (!state.pristine && state.poolable) {
        this.snapshot(state, inst, 0);
      }
      const ptrs: number[] = new Array(args.length);
      for (let i = 0; i < args.length; i++) {
        const arg = args[i]!;
        const ptr = ex.allocate(arg.length) >>> 0;
        if (ptr === 0) throw new CommunicationError('Error in guest/host communication: Got a zero Wasm address');
        env.writeRegion(ptr, arg);
        ptrs[i] = ptr;
      }
      const fn = inst.fns[entry]!;
      const resultPtr = fn(...ptrs) >>> 0;
      const data = env.readRegion(resultPtr, MAX_LENGTH_RESULT);
      ex.deallocate(resultPtr);
      return { value: data, gasUsed: limit - env.gasLeft(), gasUsedExternally: env.externallyUsed, resultBytes: data.length };
    } catch (e) {
      throw this.classify(e, ex, limit);
    } finally {
      inst.slot.env = null;
      if (env.hostDirtyLo < inst.hostDirtyLo) inst.hostDirtyLo = env.hostDirtyLo;
      if (env.hostDirtyHi > inst.hostDirtyHi) inst.hostDirtyHi = env.hostDirtyHi;
      this.active.pop();
      // An instance whose real memory grew past its starting size is not like a fresh one any more.
      if (reusable && (ex.realGrown.value === 0 || this.keepState)) state.pool.push(inst);
    }
  }

  private classify(e: unknown, ex: InstanceExports, limit: number): VmError {
    const trap = Number(ex.trap.value);
    const used = () => limit - Number(ex.gas.value as bigint);
    if (e instanceof OutOfGasError || trap === TrapReason.OutOfGas) {
      const err = new OutOfGasError(limit);
      err.gasUsed = limit;
      return err;
    }
    let err: VmError;
    if (e instanceof VmError) {
      err = e;
    } else if (trap === TrapReason.StackLimit) {
      err = new CallDepthError(STACK_LIMIT_UNITS);
    } else if (e instanceof WebAssembly.RuntimeError) {
      const text = trapText(e.message, trap === TrapReason.NanToInt);
      err = new RuntimeTrapError(`RuntimeError: ${text}`, undefined, text);
    } else if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // The deterministic limit should always stop recursion first; reaching V8's own limit means the
      // host called in with too little stack left.
      err = new RuntimeTrapError('RuntimeError: call stack exhausted (host stack too shallow for the deterministic limit)');
    } else {
      err = new BackendError(`Error calling into the VM's backend: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    }
    if (Number(ex.growFailed.value) === 1 && (err instanceof RuntimeTrapError)) {
      const m = new MemoryLimitError(this.memoryLimitPages, err.message);
      m.gasUsed = used();
      return m;
    }
    err.gasUsed = used();
    return err;
  }

  /** Runs an entry point with JSON-able arguments and returns the `ok` value of its ContractResult. */
  callJson<T = unknown>(checksum: string, entry: EntryPoint, args: Msg[], ctx: CallContext): CallResult<T> {
    const raw = this.callRaw(checksum, entry, args.map(toBytes), ctx);
    return { ...raw, value: parseContractResult<T>(raw.value, raw.gasUsed) };
  }

  instantiate(checksum: string, env: Env | Uint8Array, info: MessageInfo | Uint8Array, msg: Msg, ctx: CallContext): CallResult<Response> {
    return this.callJson<Response>(checksum, 'instantiate', [env, info, msg], ctx);
  }

  execute(checksum: string, env: Env | Uint8Array, info: MessageInfo | Uint8Array, msg: Msg, ctx: CallContext): CallResult<Response> {
    return this.callJson<Response>(checksum, 'execute', [env, info, msg], ctx);
  }

  /** The query's reply: the decoded `Binary` the contract returned. */
  query(checksum: string, env: Env | Uint8Array, msg: Msg, ctx: CallContext): CallResult<Uint8Array> {
    const r = this.callJson<string>(checksum, 'query', [env, msg], ctx);
    return { ...r, value: new Uint8Array(Buffer.from(r.value, 'base64')) };
  }

  /** Calls migrate with (env, msg, migrateInfo) when the contract takes three arguments, else (env, msg). */
  migrate(checksum: string, env: Env | Uint8Array, msg: Msg, ctx: CallContext, migrateInfo?: MigrateInfo): CallResult<Response> {
    const params = this.code(checksum).compiled.exportParams.get('migrate');
    const args: Msg[] = params === 3 ? [env, msg, migrateInfo ?? { sender: '', old_migrate_version: null }] : [env, msg];
    return this.callJson<Response>(checksum, 'migrate', args, ctx);
  }

  sudo(checksum: string, env: Env | Uint8Array, msg: Msg, ctx: CallContext): CallResult<Response> {
    return this.callJson<Response>(checksum, 'sudo', [env, msg], ctx);
  }

  reply(checksum: string, env: Env | Uint8Array, reply: Msg, ctx: CallContext): CallResult<Response> {
    return this.callJson<Response>(checksum, 'reply', [env, reply], ctx);
  }
}

/** Parses a ContractResult; `{"error": ...}` throws ContractError. */
export function parseContractResult<T>(raw: Uint8Array, gasUsed: number): T {
  let parsed: ContractResult<T>;
  try {
    parsed = parseContractJson(utf8Decoder.decode(raw)) as ContractResult<T>;
  } catch (e) {
    const err = new CommunicationError(`Error parsing into type ContractResult: ${(e as Error).message}`);
    err.gasUsed = gasUsed;
    err.resultBytes = raw.length;
    throw err;
  }
  if (parsed !== null && typeof parsed === 'object') {
    if ('ok' in parsed) return parsed.ok;
    if ('error' in parsed && typeof parsed.error === 'string') {
      const err = new ContractError(parsed.error);
      err.gasUsed = gasUsed;
      err.resultBytes = raw.length;
      throw err;
    }
  }
  const err = new CommunicationError('Error parsing into type ContractResult: expected {"ok": ...} or {"error": "..."}');
  err.gasUsed = gasUsed;
  err.resultBytes = raw.length;
  throw err;
}
