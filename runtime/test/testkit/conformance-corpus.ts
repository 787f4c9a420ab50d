/**
 * Shared helpers for the corpus conformance tests (CONFORMANCE.md, VM profile):
 * load a corpus wasm by name, store it in a Vm, and call it against a mock backend.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { Vm } from '../../src/index.js';
import type { EntryPoint, Env, MessageInfo, MigrateInfo, Response } from '../../src/types.js';
import { addrMake, mockBackend, mockEnv, mockInfo, type MockBackend, type MockBackendOptions } from '../../src/testkit/index.js';

export const TESTDATA = new URL('../../../../shared/testdata/', import.meta.url);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FIXTURES: any = JSON.parse(readFileSync(new URL('fixtures.json', TESTDATA), 'utf8'));

/** VM profile of CONFORMANCE.md: 16 MiB memory cap, gas limit 2·10⁹. */
export const VM_PROFILE = { memoryLimitPages: 256 } as const;
export const DEFAULT_GAS_LIMIT = 2_000_000_000;

const wasmCache = new Map<string, Uint8Array>();

/** `loadWasm('hackatom')` → cosmwasm/hackatom.wasm; `loadWasm('cw-plus/cw20_base')`. */
export function loadWasm(name: string): Uint8Array {
  const rel = name.includes('/') ? `${name}.wasm` : `cosmwasm/${name}.wasm`;
  let bytes = wasmCache.get(rel);
  if (bytes === undefined) {
    bytes = new Uint8Array(readFileSync(new URL(rel, TESTDATA)));
    wasmCache.set(rel, bytes);
  }
  return bytes;
}

export const addr = (label: string): string => addrMake(label);
export const CREATOR = addrMake('creator');
export const VERIFIER = addrMake('verifies');
export const BENEFICIARY = addrMake('benefits');
export const CONTRACT = addrMake('cosmos2contract');

export const te = new TextEncoder();
export const td = new TextDecoder();
export const b64 = (x: Uint8Array | string): string => Buffer.from(typeof x === 'string' ? te.encode(x) : x).toString('base64');
export const unb64 = (s: string): string => Buffer.from(s, 'base64').toString('utf8');
export const sha256 = (x: Uint8Array | string): Buffer => createHash('sha256').update(x).digest();

let sharedVm: Vm | undefined;
/** One Vm (VM profile) shared by a test file; storeCode is idempotent. */
export function vm(): Vm {
  sharedVm ??= new Vm({ ...VM_PROFILE });
  return sharedVm;
}

export interface HarnessOptions extends MockBackendOptions {
  vm?: Vm;
  gasLimit?: number;
  env?: Env;
}

/**
 * One contract instance (in the cosmwasm-vm sense): one stored code, one mock backend whose
 * storage persists across calls, a default env and a collected debug log.
 */
export class Harness {
  readonly vm: Vm;
  readonly checksum: string;
  readonly backend: MockBackend;
  gasLimit: number;
  env: Env;
  readonly debugLog: string[] = [];

  constructor(name: string, opts: HarnessOptions = {}) {
    this.vm = opts.vm ?? vm();
    this.checksum = this.vm.storeCode(loadWasm(name)).checksum;
    this.backend = mockBackend(opts);
    this.gasLimit = opts.gasLimit ?? DEFAULT_GAS_LIMIT;
    this.env = opts.env ?? mockEnv();
  }

  ctx(gasLimit = this.gasLimit) {
    return { backend: this.backend, gasLimit, debug: (m: string) => this.debugLog.push(m) };
  }

  instantiate(info: MessageInfo, msg: unknown, gasLimit?: number) {
    return this.vm.instantiate(this.checksum, this.env, info, msg as object, this.ctx(gasLimit));
  }

  execute(info: MessageInfo, msg: unknown, gasLimit?: number) {
    return this.vm.execute(this.checksum, this.env, info, msg as object, this.ctx(gasLimit));
  }

  /** Query; returns the parsed reply JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<T = any>(msg: unknown, gasLimit?: number): T {
    const r = this.vm.query(this.checksum, this.env, msg as object, this.ctx(gasLimit));
    return JSON.parse(td.decode(r.value)) as T;
  }

  queryRaw(msg: unknown, gasLimit?: number) {
    return this.vm.query(this.checksum, this.env, msg as object, this.ctx(gasLimit));
  }

  migrate(msg: unknown, migrateInfo?: MigrateInfo, gasLimit?: number) {
    return this.vm.migrate(this.checksum, this.env, msg as object, this.ctx(gasLimit), migrateInfo);
  }

  sudo(msg: unknown, gasLimit?: number) {
    return this.vm.sudo(this.checksum, this.env, msg as object, this.ctx(gasLimit));
  }

  reply(msg: unknown, gasLimit?: number) {
    return this.vm.reply(this.checksum, this.env, msg as object, this.ctx(gasLimit));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  callJson<T = any>(entry: EntryPoint, args: unknown[], gasLimit?: number) {
    return this.vm.callJson<T>(this.checksum, entry, args as object[], this.ctx(gasLimit));
  }

  /** The raw stored value of a key (no gas), as UTF-8. */
  storageText(key: string): string | null {
    const v = this.backend.storage.peek(key);
    return v === null ? null : td.decode(v);
  }
}

export { mockEnv, mockInfo };

/** Runs `fn`, expects a VmError of `kind` and returns it (for further checks). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function expectVmError(fn: () => unknown, kind: string, messageContains?: string | string[]): any {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (caught === undefined) throw new Error(`expected a ${kind} error, but the call succeeded`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const err = caught as any;
  if (err?.kind !== kind) {
    throw new Error(`expected a ${kind} error, got ${err?.name ?? typeof err} (kind ${err?.kind}): ${err?.message ?? String(err)}`);
  }
  for (const part of messageContains === undefined ? [] : Array.isArray(messageContains) ? messageContains : [messageContains]) {
    if (!String(err.message).includes(part)) throw new Error(`${kind} error message ${JSON.stringify(err.message)} does not contain ${JSON.stringify(part)}`);
  }
  return err;
}

/** Expects a ContractError and returns its message. */
export function contractError(fn: () => unknown): string {
  return expectVmError(fn, 'contract').contractMessage as string;
}

export type { Response };

/** Attributes as a plain key→value object (last wins). */
export function attrs(res: { attributes: { key: string; value: string }[] }): Record<string, string> {
  return Object.fromEntries(res.attributes.map((a) => [a.key, a.value]));
}

/** Decodes `data` (base64) of a Response to text. */
export function dataText(res: { data: string | null }): string | null {
  return res.data === null ? null : unb64(res.data);
}
