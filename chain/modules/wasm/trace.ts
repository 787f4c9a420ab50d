/**
 * Execution traces of contract calls (Foundry's `-vvvv` for CosmWasm): the keeper, the runner, the
 * dispatcher and the querier report to an optional `WasmTracer`; `CallTracer` turns those reports
 * into a tree (calls, sub-messages, replies, queries, events, `debug` output, errors at the frame
 * they happened in) and `renderTrace` prints it.
 *
 * The hook is read-only: a tracer reads gas meters and never consumes gas, reads no store and
 * changes no result. When no tracer is set the module checks one field per call and does nothing
 * else (no closures, no frames).
 */
import { parseContractJson } from '../../../runtime/src/contract-json.js';
import type { SubMsg } from '../../../runtime/src/types.js';
import type { Event } from '../../kernel/events.js';

/** The entry points a call frame can be (IBC ones by their export name). */
export type CallKind = 'instantiate' | 'execute' | 'migrate' | 'sudo' | 'reply' | 'query' | `ibc_${string}` | `ibc2_${string}`;

export interface CallStart {
  kind: CallKind;
  contract: string;
  /** Who called (absent for sudo, reply and queries, where the chain or the contract itself calls). */
  sender?: string;
  /** The message (JSON bytes) the entry point receives. */
  msg: Uint8Array;
  funds?: readonly { denom: string; amount: bigint }[];
  codeId?: bigint;
  /** The index of the tx in its block when the call runs in one. */
  txIndex?: number;
}

/** What the wasm module reports. Every `enter*` is followed by its `exit*`, also when the call throws. */
export interface WasmTracer {
  enterCall(call: CallStart): void;
  /** `gasUsed`: SDK gas the call's meter consumed from entry to exit (set-up, VM, storage, sub-messages). */
  exitCall(gasUsed: number, outcome: { error?: unknown; data?: Uint8Array; address?: string }): void;
  /** A contract's `debug` import, in the current call. */
  debug(contract: string, message: string): void;
  /** Events the current call's Response emitted. */
  events(events: readonly Event[]): void;
  enterSubmsg(contract: string, sub: SubMsg): void;
  /** The sub-message itself finished (before its reply, if any): what the reply will see. */
  submsgResult(gasUsed: number, error: unknown): void;
  exitSubmsg(gasUsed: number, error: unknown): void;
  enterQuery(caller: string, request: Uint8Array): void;
  exitQuery(gasUsed: number, outcome: { error?: unknown; answer?: Uint8Array }): void;
}

export interface CallFrame {
  type: 'call';
  kind: CallKind;
  contract: string;
  sender?: string;
  msg: Uint8Array;
  funds: { denom: string; amount: bigint }[];
  gasUsed: number;
  codeId?: bigint;
  txIndex?: number;
  data?: Uint8Array;
  /** Set by instantiate. */
  address?: string;
  error?: string;
  children: TraceNode[];
}

export interface SubMsgFrame {
  type: 'submsg';
  contract: string;
  /** u64: a `bigint` beyond 2^53 - 1. */
  id: number | bigint;
  replyOn: string;
  gasLimit: number | bigint | null;
  msg: Record<string, unknown>;
  /** Gas of the dispatched message alone (what the reply's `gas_used` says). */
  dispatchGas: number;
  /** Gas of the message and its reply. */
  gasUsed: number;
  /** The dispatched message's failure (the reply sees it redacted). */
  result?: string;
  /** Set when the sub-message (or its reply) made the caller fail. */
  error?: string;
  children: TraceNode[];
}

export interface QueryFrame {
  type: 'query';
  caller: string;
  request: Uint8Array;
  gasUsed: number;
  answer?: Uint8Array;
  error?: string;
  children: TraceNode[];
}

export interface EventNode {
  type: 'event';
  event: Event;
}

export interface DebugNode {
  type: 'debug';
  contract: string;
  message: string;
}

export type TraceFrame = CallFrame | SubMsgFrame | QueryFrame;
export type TraceNode = TraceFrame | EventNode | DebugNode;

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Builds trace trees: each top-level call (a message of a tx, a harness call, a query) is one root. */
export class CallTracer implements WasmTracer {
  /** Finished top-level frames, oldest first. */
  readonly roots: TraceFrame[] = [];
  private readonly stack: TraceFrame[] = [];
  /** Every `debug` line seen, with its contract (also those outside any frame). */
  readonly debugLines: { contract: string; message: string }[] = [];

  /** Removes and returns the roots finished so far. */
  take(): TraceFrame[] {
    return this.roots.splice(0, this.roots.length);
  }

  takeDebug(): { contract: string; message: string }[] {
    return this.debugLines.splice(0, this.debugLines.length);
  }

  get depth(): number {
    return this.stack.length;
  }

  private push(f: TraceFrame): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined) parent.children.push(f);
    this.stack.push(f);
  }

  private pop(): TraceFrame | undefined {
    const f = this.stack.pop();
    if (f !== undefined && this.stack.length === 0) this.roots.push(f);
    return f;
  }

  enterCall(call: CallStart): void {
    const f: CallFrame = { type: 'call', kind: call.kind, contract: call.contract, msg: call.msg, funds: [...(call.funds ?? [])], gasUsed: 0, children: [] };
    if (call.sender !== undefined) f.sender = call.sender;
    if (call.codeId !== undefined) f.codeId = call.codeId;
    if (call.txIndex !== undefined) f.txIndex = call.txIndex;
    this.push(f);
  }

  exitCall(gasUsed: number, outcome: { error?: unknown; data?: Uint8Array; address?: string }): void {
    const f = this.pop();
    if (f?.type !== 'call') return;
    f.gasUsed = gasUsed;
    if (outcome.error !== undefined) f.error = errorText(outcome.error);
    if (outcome.data !== undefined) f.data = outcome.data;
    if (outcome.address !== undefined) f.address = outcome.address;
  }

  debug(contract: string, message: string): void {
    this.debugLines.push({ contract, message });
    this.stack[this.stack.length - 1]?.children.push({ type: 'debug', contract, message });
  }

  events(events: readonly Event[]): void {
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined) for (const e of events) top.children.push({ type: 'event', event: e });
  }

  enterSubmsg(contract: string, sub: SubMsg): void {
    this.push({ type: 'submsg', contract, id: sub.id, replyOn: sub.reply_on, gasLimit: sub.gas_limit ?? null, msg: sub.msg, dispatchGas: 0, gasUsed: 0, children: [] });
  }

  submsgResult(gasUsed: number, error: unknown): void {
    const f = this.stack[this.stack.length - 1];
    if (f?.type !== 'submsg') return;
    f.dispatchGas = gasUsed;
    if (error !== undefined) f.result = errorText(error);
  }

  exitSubmsg(gasUsed: number, error: unknown): void {
    const f = this.pop();
    if (f?.type !== 'submsg') return;
    f.gasUsed = gasUsed;
    if (error !== undefined) f.error = errorText(error);
  }

  enterQuery(caller: string, request: Uint8Array): void {
    this.push({ type: 'query', caller, request, gasUsed: 0, children: [] });
  }

  exitQuery(gasUsed: number, outcome: { error?: unknown; answer?: Uint8Array }): void {
    const f = this.pop();
    if (f?.type !== 'query') return;
    f.gasUsed = gasUsed;
    if (outcome.error !== undefined) f.error = errorText(outcome.error);
    if (outcome.answer !== undefined) {
      f.answer = outcome.answer;
      // A contract query that failed answers `{"ok":{"error":…}}` (redacted) rather than throwing.
      const failed = queryAnswerError(outcome.answer);
      if (failed !== undefined) f.error = failed;
    }
  }
}

const dec = new TextDecoder();

/** JSON.stringify replacer: u64 numbers beyond 2^53 - 1 are bigints; shown as their digits. */
const u64Digits = (_key: string, v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : v);

function queryAnswerError(answer: Uint8Array): string | undefined {
  try {
    const j = parseContractJson(dec.decode(answer)) as { ok?: { error?: string }; error?: unknown };
    if (j.ok?.error !== undefined) return j.ok.error;
    if (j.error !== undefined) return `system error: ${JSON.stringify(j.error, u64Digits)}`;
  } catch {
    return undefined;
  }
  return undefined;
}

/** Every call frame of a tree, depth first (for gas reports). */
export function* callFrames(frames: readonly TraceNode[]): Generator<CallFrame> {
  for (const f of frames) {
    if (f.type === 'event' || f.type === 'debug') continue;
    if (f.type === 'call') yield f;
    yield* callFrames(f.children);
  }
}

/** The first key of a JSON object message (`{"transfer":{…}}` → `transfer`), or a placeholder. */
export function messageName(msg: Uint8Array): string {
  try {
    const j: unknown = JSON.parse(dec.decode(msg));
    if (j !== null && typeof j === 'object' && !Array.isArray(j)) {
      const k = Object.keys(j)[0];
      return k ?? '{}';
    }
    // a unit enum variant is a JSON string: `"freeze"`
    if (typeof j === 'string') return j;
    return `<${Array.isArray(j) ? 'array' : typeof j}>`;
  } catch {
    return '<not json>';
  }
}

export interface RenderOptions {
  /** A name for an address (e.g. `cw20 (code 1)`); default the address alone. */
  describe?: (address: string) => string | undefined;
  /** Longest message / data text shown before `…` (default 240; 0 for no limit). */
  maxText?: number;
  /** Colour escapes (default false). */
  color?: boolean;
}

/** A trace as Foundry prints one: `[gas] call` lines, tree branches, `emit` and `←` result lines. */
export function renderTrace(frames: readonly TraceFrame[], opts: RenderOptions = {}): string {
  const out: string[] = ['Traces:'];
  const r = new Renderer(opts);
  for (const f of frames) r.frame(f, '  ', '  ', out);
  return out.join('\n');
}

class Renderer {
  private readonly max: number;
  private readonly c: (code: string, s: string) => string;
  constructor(private readonly opts: RenderOptions) {
    this.max = opts.maxText ?? 160;
    this.c = opts.color === true ? (code, s) => `\x1b[${code}m${s}\x1b[0m` : (_code, s) => s;
  }

  private text(s: string): string {
    return this.max > 0 && s.length > this.max ? `${s.slice(0, this.max)}…` : s;
  }

  /** `label#code (mesh1abcd…wxyz)` for contracts, the full address for others. */
  private name(addr: string): string {
    const d = this.opts.describe?.(addr);
    return d === undefined ? addr : `${d} (${addr.length > 20 ? `${addr.slice(0, 10)}…${addr.slice(-4)}` : addr})`;
  }

  /** A sub-message: what it does and to whom (the dispatched call's line shows its message). */
  private subMsg(msg: Record<string, unknown>): string {
    const wasm = msg['wasm'] as Record<string, { contract_addr?: string; code_id?: number; label?: string }> | undefined;
    if (wasm !== undefined) {
      const [kind, body] = Object.entries(wasm)[0] ?? ['?', {}];
      if (body.contract_addr !== undefined) return `wasm.${kind} → ${this.name(body.contract_addr)}`;
      if (body.code_id !== undefined) return `wasm.${kind} code ${body.code_id}${body.label === undefined ? '' : ` "${body.label}"`}`;
    }
    return this.text(JSON.stringify(msg, u64Digits));
  }

  frame(f: TraceNode, first: string, rest: string, out: string[]): void {
    switch (f.type) {
      case 'event': {
        const attrs = f.event.attributes.filter((a) => a.key !== '_contract_address').map((a) => `${a.key}: ${a.value}`);
        out.push(`${first}${this.c('36', 'emit')} ${f.event.type}(${this.text(attrs.join(', '))})`);
        return;
      }
      case 'debug':
        out.push(`${first}${this.c('33', 'debug')} ${this.text(f.message)}`);
        return;
      case 'call': {
        const who = f.sender === undefined ? '' : ` from ${this.name(f.sender)}`;
        const funds = f.funds.length === 0 ? '' : ` funds ${f.funds.map((c) => `${c.amount}${c.denom}`).join(',')}`;
        const target = f.kind === 'instantiate' ? `code ${f.codeId ?? '?'} → ${f.address === undefined ? '(none)' : this.name(f.address)}` : this.name(f.contract);
        out.push(`${first}[${f.gasUsed}] ${this.c('32', f.kind)} ${target} ${this.text(dec.decode(f.msg))}${funds}${who}`);
        const result = f.error !== undefined ? this.c('31', `← ERROR ${f.error}`) : `← ok${f.data === undefined ? '' : ` data ${this.text(Buffer.from(f.data).toString('base64'))}`}`;
        this.children(f.children, result, rest, out);
        return;
      }
      case 'submsg': {
        const limit = f.gasLimit === null ? '' : ` gas_limit=${f.gasLimit}`;
        out.push(`${first}[${f.gasUsed}] ${this.c('35', 'submsg')} #${f.id} reply_on=${f.replyOn}${limit} ${this.subMsg(f.msg)}`);
        const result = f.error !== undefined ? this.c('31', `← ERROR ${f.error}`) : f.result !== undefined ? `← failed [${f.dispatchGas}], reply saw: ${f.result}` : '← ok';
        this.children(f.children, result, rest, out);
        return;
      }
      case 'query': {
        out.push(`${first}[${f.gasUsed}] ${this.c('34', 'query')} ${this.text(dec.decode(f.request))} from ${this.name(f.caller)}`);
        const result = f.error !== undefined ? this.c('31', `← ERROR ${f.error}`) : `← ${this.text(f.answer === undefined ? '' : dec.decode(f.answer))}`;
        this.children(f.children, result, rest, out);
        return;
      }
    }
  }

  private children(children: readonly TraceNode[], result: string, rest: string, out: string[]): void {
    for (const ch of children) this.frame(ch, `${rest}├─ `, `${rest}│  `, out);
    out.push(`${rest}└─ ${result}`);
  }
}
