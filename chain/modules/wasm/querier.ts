/**
 * Contract → chain queries (`query_chain`, the runtime's `BackendQuerier`), as wasmd's `QueryHandler`:
 * each query runs in a discarded branch on a child gas meter limited to what the caller has left;
 * what it used is charged to the caller's meter and reported to the VM as externally used gas.
 * Answers are `SystemResult<ContractResult<Binary>>` JSON; chain errors are redacted (wasmd #759)
 * except system errors and contracts' own (deterministic) errors. What answers a query is the
 * query plugins' business (query-plugins.ts).
 */
import { stringify } from 'lossless-json';
import type { BackendQuerier, BackendResult } from '../../../runtime/src/backend.js';
import { parseContractJson } from '../../../runtime/src/contract-json.js';
import type { Context } from '../../kernel/context.js';
import { ChainError } from '../../kernel/errors.js';
import { BasicGasMeter } from '../../store/gaskv.js';
import { OutOfGasError, GasOverflowError } from '../../store/errors.js';
import { fromVmGas, toVmGas } from './gas.js';
import { redactError } from './errors.js';
import type { ContractStorage } from './backend.js';
import type { WasmTracer } from './trace.js';

export type SystemErrorJson =
  | { invalid_request: { error: string; request: string } }
  | { invalid_response: { error: string; response: string } }
  | { no_such_contract: { addr: string } }
  | { no_such_code: { code_id: number | bigint } }
  | { unknown: Record<string, never> }
  | { unsupported_request: { kind: string } };

/** Thrown by a query plugin to answer with a system error (never redacted). */
export class QuerySystemError extends Error {
  constructor(readonly system: SystemErrorJson) {
    super(stringify(system) ?? '');
    this.name = 'QuerySystemError';
  }
}

/** Answers one parsed `QueryRequest` of `caller` (the query plugins). */
export interface QueryHandler {
  handle(ctx: Context, caller: string, request: unknown): Uint8Array;
}

const enc = new TextEncoder();
const json = (v: unknown): Uint8Array => enc.encode(JSON.stringify(v));
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

export class ChainQuerier implements BackendQuerier {
  constructor(
    private readonly handler: QueryHandler,
    private readonly ctx: Context,
    private readonly caller: string,
    private readonly tally: ContractStorage,
    private readonly tracer?: WasmTracer,
  ) {}

  query(request: Uint8Array, gasLimit: number): BackendResult<Uint8Array> {
    const parent = this.ctx.gasMeter;
    const meter = new BasicGasMeter(fromVmGas(gasLimit));
    const branch = this.ctx.withGasMeter(meter).branch();
    let answer: Uint8Array | undefined;
    let error: unknown;
    this.tracer?.enterQuery(this.caller, request);
    try {
      answer = this.answer(branch.ctx, request);
    } catch (e) {
      error = e;
      throw e;
    } finally {
      branch.discard();
      parent.consume(meter.consumed, 'contract sub-query');
      this.tracer?.exitQuery(meter.consumed, error === undefined ? { answer } : { error });
    }
    const gas = toVmGas(meter.consumed);
    this.tally.external += gas;
    return { value: answer, gas };
  }

  private answer(ctx: Context, request: Uint8Array): Uint8Array {
    let parsed: unknown;
    try {
      // Lossless: a u64 number (a code id) beyond 2^53 - 1 must not be rounded into another one.
      parsed = parseContractJson(new TextDecoder().decode(request));
    } catch (e) {
      return json({ error: { invalid_request: { error: (e as Error).message, request: b64(request) } } });
    }
    try {
      const value = this.handler.handle(ctx, this.caller, parsed);
      return json({ ok: { ok: b64(value) } });
    } catch (e) {
      if (e instanceof OutOfGasError || e instanceof GasOverflowError) throw e;
      // lossless-json's text: JSON.stringify's, plus bigints (a u64 code id) as their digits.
      if (e instanceof QuerySystemError) return enc.encode(stringify({ error: e.system }) ?? '');
      if (!(e instanceof ChainError)) throw e;
      return json({ ok: { error: redactError(e) } });
    }
  }
}
