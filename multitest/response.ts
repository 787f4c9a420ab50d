/**
 * `AppResponse`: what every `TestChain` call returns (cw-multi-test's `AppResponse`): the events,
 * the response data, the gas used, the code id or contract address where the call made one, the
 * contracts' `debug` output and the call's trace; with helpers to find and assert events
 * (`res.event('wasm').attr('action')`, `res.assertEvent('wasm', {action: 'transfer'})`).
 */
import type { Event } from '../chain/kernel/events.js';
import { renderTrace, type RenderOptions, type TraceFrame } from '../chain/modules/wasm/trace.js';

/** An assertion about a harness result failed (names what was expected and what there was). */
export class EventAssertionError extends Error {
  override readonly name = 'EventAssertionError';
}

/** One event, with attribute look-ups. */
export class EventView {
  constructor(readonly raw: Event) {}

  get type(): string {
    return this.raw.type;
  }

  /** The first value of `key`; throws naming the keys the event has when it is absent. */
  attr(key: string): string {
    const a = this.raw.attributes.find((x) => x.key === key);
    if (a === undefined) throw new EventAssertionError(`event ${this.raw.type} has no attribute ${key} (it has ${this.raw.attributes.map((x) => x.key).join(', ') || 'none'})`);
    return a.value;
  }

  /** Every value of `key` (events may repeat keys). */
  attrs(key: string): string[] {
    return this.raw.attributes.filter((x) => x.key === key).map((x) => x.value);
  }

  has(key: string, value?: string): boolean {
    return this.raw.attributes.some((x) => x.key === key && (value === undefined || x.value === value));
  }

  /** The attributes as an object (the first value of each key). */
  toObject(): Record<string, string> {
    const o: Record<string, string> = {};
    for (const a of this.raw.attributes) if (!(a.key in o)) o[a.key] = a.value;
    return o;
  }
}

function matches(e: Event, type: string, attrs: Record<string, string> | undefined): boolean {
  if (e.type !== type) return false;
  if (attrs === undefined) return true;
  return Object.entries(attrs).every(([k, v]) => e.attributes.some((a) => a.key === k && a.value === v));
}

export function describeEvents(events: readonly Event[]): string {
  if (events.length === 0) return '  (no events)';
  return events.map((e) => `  ${e.type}(${e.attributes.map((a) => `${a.key}=${a.value}`).join(', ')})`).join('\n');
}

export interface AppResponseInit {
  events: Event[];
  gasUsed: number;
  data?: Uint8Array | undefined;
  codeId?: bigint | undefined;
  address?: string | undefined;
  debug?: string[];
  trace?: TraceFrame[];
  describe?: (address: string) => string | undefined;
}

export class AppResponse {
  readonly events: Event[];
  readonly gasUsed: number;
  /** The call's response data (a contract's `Response.data`, after replies), if any. */
  readonly data: Uint8Array | undefined;
  /** Set by uploads. */
  readonly codeId: bigint | undefined;
  /** Set by instantiations. */
  readonly address: string | undefined;
  /** The contracts' `debug()` output during the call, in order. */
  readonly debug: string[];
  /** The call's trace (empty when the chain was created with `trace: false`). */
  readonly trace: TraceFrame[];
  private readonly describe: ((address: string) => string | undefined) | undefined;

  constructor(init: AppResponseInit) {
    this.events = init.events;
    this.gasUsed = init.gasUsed;
    this.data = init.data;
    this.codeId = init.codeId;
    this.address = init.address;
    this.debug = init.debug ?? [];
    this.trace = init.trace ?? [];
    this.describe = init.describe;
  }

  /** The `index`-th event of `type` (default the first); throws listing the events when there is none. */
  event(type: string, index = 0): EventView {
    const all = this.events.filter((e) => e.type === type);
    const e = all[index];
    if (e === undefined) throw new EventAssertionError(`no ${index === 0 ? '' : `#${index} `}event ${type} among the call's events:\n${describeEvents(this.events)}`);
    return new EventView(e);
  }

  /** Events of `type` having every given attribute (key = value). */
  findEvents(type: string, attrs?: Record<string, string>): EventView[] {
    return this.events.filter((e) => matches(e, type, attrs)).map((e) => new EventView(e));
  }

  hasEvent(type: string, attrs?: Record<string, string>): boolean {
    return this.events.some((e) => matches(e, type, attrs));
  }

  /** Asserts an event of `type` with every given attribute; the error lists the call's events. */
  assertEvent(type: string, attrs?: Record<string, string>): EventView {
    const e = this.events.find((x) => matches(x, type, attrs));
    if (e === undefined) throw new EventAssertionError(`expected an event ${type}${attrs === undefined ? '' : ` with ${JSON.stringify(attrs)}`}; the call emitted:\n${describeEvents(this.events)}`);
    return new EventView(e);
  }

  /** Asserts no event of `type` (with those attributes) was emitted. */
  assertNoEvent(type: string, attrs?: Record<string, string>): void {
    if (this.hasEvent(type, attrs)) throw new EventAssertionError(`expected no event ${type}${attrs === undefined ? '' : ` with ${JSON.stringify(attrs)}`}; the call emitted:\n${describeEvents(this.events)}`);
  }

  /** The data parsed as JSON (contracts commonly return JSON data). */
  json<T = unknown>(): T {
    if (this.data === undefined) throw new EventAssertionError('the call returned no data');
    return JSON.parse(new TextDecoder().decode(this.data)) as T;
  }

  /** The trace as Foundry prints one (`Traces:` and a tree of calls with their gas). */
  formatTrace(opts: RenderOptions = {}): string {
    return renderTrace(this.trace, { describe: this.describe, ...opts });
  }
}
