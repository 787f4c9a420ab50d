/**
 * The message dispatcher (wasmd x/wasm/keeper/msg_dispatcher.go): processes a contract's Response
 * — events, then each sub-message in its own branch with its gas limit, then the reply per
 * `reply_on` — with wasmd's semantics: a failed sub-message's branch is dropped, its error reaches
 * the contract redacted to `codespace: <cs>, code: <n>` (contract errors excepted), a sub-message
 * out of its gas limit costs the whole limit, and a reply's non-null data replaces the contract's.
 *
 * It knows the rest of the module only through two small interfaces: who turns a `CosmosMsg` into
 * chain actions (`MessageHandler`, the plugin chain) and who calls a contract's `reply`.
 */
import type { Response, SubMsg } from '../../../runtime/src/types.js';
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event, type Event } from '../../kernel/events.js';
import type { MsgResponse } from '../../kernel/router.js';
import { OutOfGasError } from '../../store/errors.js';
import { BasicGasMeter } from '../../store/gaskv.js';
import { WasmErrors, redactError, wrapError } from './errors.js';
import * as gas from './gas.js';
import { u64Value } from './json.js';
import type { WasmTracer } from './trace.js';

/** What one dispatched message produced: its response data (wasmd: `[][]byte`) and msg responses. */
export interface DispatchOutput {
  data: Uint8Array[];
  msgResponses: MsgResponse[];
}

/** Turns one `CosmosMsg` of `contract` into chain actions (wasmd `Messenger`). */
export interface MessageHandler {
  dispatch(ctx: Context, contract: string, msg: Record<string, unknown>): DispatchOutput;
}

/** What a reply costs beyond the call (wasmd `replyCosts`). */
export interface ReplyCost {
  errorLen: number;
  dataLen: number;
  events: Event[];
}

/** Calls a contract's `reply` entry point and processes its Response (wasmd `Keeper.reply`). */
export interface ContractReplier {
  reply(ctx: Context, contract: string, reply: Uint8Array, cost: ReplyCost): Uint8Array | undefined;
}

const enc = new TextEncoder();
const REPLY_ON = new Set(['always', 'error', 'success', 'never']);

export class MessageDispatcher {
  /** Calls are synchronous, so the nesting depth can live here (wasmd keeps it in the context). */
  private callDepth = 0;
  /** Set by the keeper while a trace is recorded. */
  tracer: WasmTracer | undefined;

  constructor(
    private readonly messages: MessageHandler,
    private readonly replier: ContractReplier,
    private readonly maxCallDepth: number,
  ) {}

  /** Events, then sub-messages; returns the data (a reply's non-null data overrides the contract's). */
  handleResponse(ctx: Context, contract: string, res: Response): Uint8Array | undefined {
    const messages = res.messages ?? [];
    for (const sub of messages) checkSubMsgNumbers(sub);
    const attributes = res.attributes ?? [];
    const events = res.events ?? [];
    ctx.gasMeter.consume(gas.eventCosts(attributes, events), 'Custom contract event attributes');
    const emitted: Event[] = [];
    if (attributes.length > 0) emitted.push(wasmEvent('wasm', attributes, contract));
    for (const e of events) {
      const type = String(e.type ?? '').trim();
      if (type.length <= 2) throw new ChainError(WasmErrors.InvalidEvent, `Event type too short: '${type}'`);
      emitted.push(wasmEvent(`wasm-${type}`, e.attributes ?? [], contract));
    }
    for (const e of emitted) ctx.emit(e);
    this.tracer?.events(emitted);
    const original = res.data === null || res.data === undefined ? undefined : new Uint8Array(Buffer.from(res.data, 'base64'));
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
    if (this.callDepth + 1 > this.maxCallDepth) throw new ChainError(WasmErrors.ExceedMaxCallDepth);
    this.callDepth++;
    try {
      let rsp: Uint8Array | undefined;
      for (const sub of messages) {
        const data = this.dispatchOne(ctx, contract, sub);
        if (data !== undefined) rsp = data;
      }
      return rsp;
    } finally {
      this.callDepth--;
    }
  }

  /** One sub-message in its own branch, then its reply if `reply_on` asks; returns the reply's data. */
  private dispatchOne(ctx: Context, contract: string, sub: SubMsg): Uint8Array | undefined {
    const t = this.tracer;
    if (t === undefined) return this.dispatchOneUntraced(ctx, contract, sub);
    const before = ctx.gasMeter.consumed;
    t.enterSubmsg(contract, sub);
    let error: unknown;
    try {
      return this.dispatchOneUntraced(ctx, contract, sub);
    } catch (e) {
      error = e;
      throw e;
    } finally {
      t.exitSubmsg(ctx.gasMeter.consumed - before, error);
    }
  }

  private dispatchOneUntraced(ctx: Context, contract: string, sub: SubMsg): Uint8Array | undefined {
    if (!REPLY_ON.has(sub.reply_on)) throw new ChainError(WasmErrors.Invalid, 'replyOn value');
    const branch = ctx.branch();
    const meter = ctx.gasMeter;
    const remaining = meter.limit - meter.consumed;
    const limit = sub.gas_limit;
    const before = meter.consumed;
    let out: DispatchOutput | undefined;
    let err: unknown;
    try {
      // wasmd limits only below the gas remaining; a larger limit (even beyond 2^53) is just what is left.
      out = limit !== null && limit !== undefined && limit < remaining ? this.dispatchWithGasLimit(branch.ctx, contract, sub.msg, Number(limit)) : this.messages.dispatch(branch.ctx, contract, sub.msg);
    } catch (e) {
      if (!(e instanceof ChainError)) {
        branch.discard();
        throw e;
      }
      err = e;
    }
    const gasUsed = meter.consumed - before;
    this.tracer?.submsgResult(gasUsed, err);
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
    if (sub.reply_on === 'never' || (sub.reply_on === 'error' && out !== undefined)) return undefined;

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
    // The id goes back as exactly the digits the contract sent (a u64 beyond 2^53 is a bigint, which
    // JSON.stringify cannot write); the rest is JSON.stringify's text, so replies are unchanged.
    const reply = `{"id":${sub.id.toString()},${JSON.stringify({ payload: sub.payload ?? '', gas_used: gasUsed, result }).slice(1)}`;
    try {
      return this.replier.reply(ctx, contract, enc.encode(reply), { errorLen, dataLen, events: replyEvents });
    } catch (e) {
      throw wrapError(e, 'reply');
    }
  }

  private dispatchWithGasLimit(ctx: Context, contract: string, msg: Record<string, unknown>, limit: number): DispatchOutput {
    const meter = new BasicGasMeter(limit);
    const sub = ctx.withGasMeter(meter);
    let out: DispatchOutput;
    try {
      out = this.messages.dispatch(sub, contract, msg);
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
}

/**
 * `SubMsg.id` and `gas_limit` are u64s: a negative, fractional or too large one fails the contract's
 * Response as a whole before anything of it runs, as wasmd's typed decoding does.
 */
function checkSubMsgNumbers(sub: SubMsg): void {
  if (typeof sub.id === 'string' || u64Value(sub.id) === undefined) throw new ChainError(WasmErrors.InvalidMsg, `sub-message id must be an unsigned 64-bit integer, got ${String(sub.id)}`);
  const limit = sub.gas_limit;
  if (limit !== null && limit !== undefined && (typeof limit === 'string' || u64Value(limit) === undefined)) throw new ChainError(WasmErrors.InvalidMsg, `sub-message gas_limit must be an unsigned 64-bit integer or null, got ${String(limit)}`);
}

/** A contract event: `_contract_address` first; keys trimmed, non-empty, not starting with `_`. */
export function wasmEvent(type: string, attrs: readonly { key: string; value: string }[], contract: string): Event {
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
