/**
 * A tiny cw20 test harness over the runtime's Vm and mock backend. One Harness = one contract
 * instance on its own storage. Every call's outcome is normalized and appended to a transcript,
 * so two implementations can be compared call by call.
 */
import { Vm, ContractError, type Env, type Response } from '../../../runtime/src/index.js';
import { mockBackend, mockEnv, mockInfo, addrMake, type MockBackend } from '../../../runtime/src/testkit/index.js';

export const GAS_LIMIT = 500_000_000_000;

/** A normalized call result: `ok` (response or decoded query JSON) or a contract `error` text, or a VM failure. */
export type Outcome = { ok: unknown } | { error: string } | { vmError: string; kind: string };

export interface TranscriptEntry {
  label: string;
  outcome: Outcome;
  gasUsed: number;
}

const decoder = new TextDecoder();

export function addr(label: string): string {
  return addrMake(label);
}

export class Harness {
  readonly vm = new Vm();
  readonly backend: MockBackend = mockBackend();
  readonly checksum: string;
  readonly transcript: TranscriptEntry[] = [];
  env: Env = mockEnv();

  constructor(wasm: Uint8Array) {
    this.checksum = this.vm.storeCode(wasm).checksum;
  }

  /** Sets block height and/or time (nanoseconds as a string). */
  setBlock(height: number, time?: string): void {
    this.env = mockEnv({ block: { height, ...(time !== undefined ? { time } : {}) } });
  }

  private record(label: string, f: () => { value: unknown; gasUsed: number }): Outcome {
    let outcome: Outcome;
    let gasUsed = 0;
    try {
      const r = f();
      gasUsed = r.gasUsed;
      outcome = { ok: r.value };
    } catch (e) {
      if (e instanceof ContractError) {
        outcome = { error: e.contractMessage };
        gasUsed = e.gasUsed;
      } else if (e instanceof Error && 'kind' in e) {
        outcome = { vmError: e.message, kind: String((e as Error & { kind: unknown }).kind) };
        gasUsed = Number((e as Error & { gasUsed?: unknown }).gasUsed ?? 0);
      } else throw e;
    }
    this.transcript.push({ label, outcome, gasUsed });
    return outcome;
  }

  instantiate(sender: string, msg: object | string, label = 'instantiate'): Outcome {
    return this.record(label, () => this.vm.instantiate(this.checksum, this.env, mockInfo(sender), msg, { backend: this.backend, gasLimit: GAS_LIMIT }));
  }

  execute(sender: string, msg: object | string | Uint8Array, label = 'execute'): Outcome {
    return this.record(label, () => this.vm.execute(this.checksum, this.env, mockInfo(sender), msg, { backend: this.backend, gasLimit: GAS_LIMIT }));
  }

  migrate(msg: object | string, label = 'migrate'): Outcome {
    return this.record(label, () => this.vm.migrate(this.checksum, this.env, msg, { backend: this.backend, gasLimit: GAS_LIMIT }));
  }

  /** A query; the outcome's `ok` is the decoded JSON answer. */
  query(msg: object | string, label = 'query'): Outcome {
    return this.record(label, () => {
      const r = this.vm.query(this.checksum, this.env, msg, { backend: this.backend, gasLimit: GAS_LIMIT });
      return { value: JSON.parse(decoder.decode(r.value)) as unknown, gasUsed: r.gasUsed };
    });
  }

  /** Query that must succeed. */
  q<T = unknown>(msg: object): T {
    const o = this.query(msg);
    if (!('ok' in o)) throw new Error(`query ${JSON.stringify(msg)} failed: ${JSON.stringify(o)}`);
    return o.ok as T;
  }

  /** Execute that must succeed. */
  ok(sender: string, msg: object): Response {
    const o = this.execute(sender, msg);
    if (!('ok' in o)) throw new Error(`execute ${JSON.stringify(msg)} failed: ${JSON.stringify(o)}`);
    return o.ok as Response;
  }

  balance(address: string): string {
    return this.q<{ balance: string }>({ balance: { address } }).balance;
  }

  /** Raw storage as sorted `hex(key) = utf8(value)` lines. */
  storageDump(): string[] {
    return this.backend.storage
      .entries()
      .map((r) => `${Buffer.from(r.key).toString('hex')}=${decoder.decode(r.value)}`)
      .sort();
  }
}

/** Attributes of a Response as [key, value] pairs. */
export function attrs(res: Response): [string, string][] {
  return res.attributes.map((a) => [a.key, a.value]);
}
