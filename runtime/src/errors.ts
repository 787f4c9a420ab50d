/**
 * Typed errors of the runtime. Each says what went wrong and, where there is one, what to do.
 * `kind` lets callers switch without `instanceof` across realms (jest, workers).
 */

export type VmErrorKind =
  | 'static_validation'
  | 'bad_input'
  | 'out_of_gas'
  | 'memory_limit'
  | 'call_depth'
  | 'query_depth'
  | 'runtime'
  | 'contract'
  | 'resolve'
  | 'instantiation'
  | 'write_access_denied'
  | 'communication'
  | 'backend';

export abstract class VmError extends Error {
  abstract readonly kind: VmErrorKind;
  /** CosmWasm gas used by the failed call (0 where no call ran). */
  gasUsed = 0;
  /** Length of the result the contract returned before it failed to parse or was an error (0: none). */
  resultBytes = 0;
  override get name(): string {
    return this.constructor.name;
  }
}

/** The code was refused at upload. `rule` names the check that failed. */
export class StaticValidationError extends VmError {
  readonly kind = 'static_validation';
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/** The caller handed the VM something unusable (unknown code, bad arguments). Nothing ran. */
export class BadInputError extends VmError {
  readonly kind = 'bad_input';
}

export class OutOfGasError extends VmError {
  readonly kind = 'out_of_gas';
  constructor(gasUsed: number) {
    super(`Ran out of gas during contract execution (gas used: ${gasUsed}). Raise the gas limit or make the call cheaper.`);
    this.gasUsed = gasUsed;
  }
}

/** The contract trapped after the memory cap refused to grow its memory. */
export class MemoryLimitError extends VmError {
  readonly kind = 'memory_limit';
  constructor(
    readonly limitPages: number,
    detail: string,
  ) {
    super(`Contract exceeded the memory limit of ${limitPages} pages (${limitPages * 64} KiB): ${detail}`);
  }
}

/** The deterministic call-depth (stack-height) limit was reached. */
export class CallDepthError extends VmError {
  readonly kind = 'call_depth';
  constructor(readonly limit: number) {
    super(`Contract exceeded the call stack limit (${limit} stack units). Reduce recursion depth.`);
  }
}

/** Too many nested contract calls through queries. */
export class QueryDepthError extends VmError {
  readonly kind = 'query_depth';
  constructor(readonly limit: number) {
    super(`max query stack size exceeded (limit ${limit} nested queries)`);
  }
}

/** A trap: panic (`abort`), `unreachable`, out-of-bounds access, division by zero... */
export class RuntimeTrapError extends VmError {
  readonly kind = 'runtime';
  constructor(
    message: string,
    /** The contract's own panic message when it aborted, else undefined. */
    readonly abortMessage?: string,
    /** For engine traps: the trap's text as wasmer (cosmwasm-vm's engine) words it, e.g. "unreachable". */
    readonly trap?: string,
  ) {
    super(message);
  }
}

/** The contract returned `{"error": ...}`: a business error, deterministic and safe to show. */
export class ContractError extends VmError {
  readonly kind = 'contract';
  constructor(readonly contractMessage: string) {
    super(contractMessage);
  }
}

/** A required export (entry point) is missing. */
export class ResolveError extends VmError {
  readonly kind = 'resolve';
}

/** The module could not be instantiated (e.g. a data segment outside its memory). */
export class InstantiationError extends VmError {
  readonly kind = 'instantiation';
}

/** A storage write or remove in a read-only call (query). */
export class WriteAccessDeniedError extends VmError {
  readonly kind = 'write_access_denied';
  constructor() {
    super('Must not call a writing storage function in this context.');
  }
}

/** The contract broke the Region protocol or sent input over a limit. */
export class CommunicationError extends VmError {
  readonly kind = 'communication';
}

/** The backend (storage, API, querier) failed for a reason outside the contract's control. */
export class BackendError extends VmError {
  readonly kind = 'backend';
}

export function isVmError(e: unknown): e is VmError {
  return e instanceof VmError || (typeof e === 'object' && e !== null && 'kind' in e && e instanceof Error);
}
