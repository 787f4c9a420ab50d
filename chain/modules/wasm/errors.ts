/** x/wasm errors with wasmd's codespace and codes (x/wasm/types/errors.go). */
import { ChainError, registerError, type ErrorSpec } from '../../kernel/errors.js';

export const WasmErrors = Object.freeze({
  CreateFailed: registerError('wasm', 2, 'create wasm contract failed'),
  AccountExists: registerError('wasm', 3, 'contract account already exists'),
  InstantiateFailed: registerError('wasm', 4, 'instantiate wasm contract failed'),
  ExecuteFailed: registerError('wasm', 5, 'execute wasm contract failed'),
  GasLimit: registerError('wasm', 6, 'insufficient gas'),
  InvalidGenesis: registerError('wasm', 7, 'invalid genesis'),
  NotFound: registerError('wasm', 8, 'not found'),
  QueryFailed: registerError('wasm', 9, 'query wasm contract failed'),
  InvalidMsg: registerError('wasm', 10, 'invalid CosmosMsg from the contract'),
  MigrationFailed: registerError('wasm', 11, 'migrate wasm contract failed'),
  Empty: registerError('wasm', 12, 'empty'),
  Limit: registerError('wasm', 13, 'exceeds limit'),
  Invalid: registerError('wasm', 14, 'invalid'),
  Duplicate: registerError('wasm', 15, 'duplicate'),
  UnsupportedForContract: registerError('wasm', 17, 'unsupported for this contract'),
  PinContractFailed: registerError('wasm', 18, 'pinning contract failed'),
  UnpinContractFailed: registerError('wasm', 19, 'unpinning contract failed'),
  UnknownMsg: registerError('wasm', 20, 'unknown message from the contract'),
  InvalidEvent: registerError('wasm', 21, 'invalid event'),
  NoSuchContract: registerError('wasm', 22, 'no such contract'),
  ExceedMaxQueryStackSize: registerError('wasm', 27, 'max query stack size exceeded'),
  NoSuchCode: registerError('wasm', 28, 'no such code'),
  VmError: registerError('wasm', 29, 'wasmvm error'),
  ExceedMaxCallDepth: registerError('wasm', 30, 'max call depth exceeded'),
});

/**
 * Errors whose text is safe to show to a contract (wasmd `MarkErrorDeterministic`): a contract's own
 * error string wrapped by the keeper. Everything else reaching a contract is redacted to its code.
 */
const deterministic = new WeakSet<Error>();

export function markDeterministic<E extends Error>(e: E): E {
  deterministic.add(e);
  return e;
}
export function isDeterministic(e: unknown): boolean {
  return e instanceof Error && deterministic.has(e);
}

/** A contract error as wasmd reports it: "<contract message>: <spec description>", deterministic. */
export function contractError(spec: ErrorSpec, contractMessage: string): ChainError {
  return markDeterministic(new ChainError(spec, contractMessage));
}

/** Prefixes a chain error's message (errorsmod.Wrap), keeping its code and determinism. */
export function wrapError(e: unknown, prefix: string): unknown {
  if (!(e instanceof ChainError)) return e;
  const w = new ChainError(e.spec);
  w.message = `${prefix}: ${e.message}`;
  if (isDeterministic(e)) markDeterministic(w);
  return w;
}

/** What a contract may see of an error (wasmd `redactError`, Issue #759). */
export function redactError(e: unknown): string {
  if (isDeterministic(e)) return (e as Error).message;
  if (e instanceof ChainError) return `codespace: ${e.codespace}, code: ${e.code}`;
  return `codespace: undefined, code: 1`;
}
