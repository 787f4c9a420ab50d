/**
 * Results and standard errors. AssemblyScript has no exceptions that a contract can catch (a
 * `throw` aborts the call), so fallible SDK functions return `Result<T>`: a value or an error
 * text. The error text is what ends up in `{"error": "..."}`; the helpers below produce the same
 * texts as cosmwasm-std's `StdError` Display.
 */

function zeroOf<T>(): T {
  if (isReference<T>()) return changetype<T>(0);
  // @ts-ignore: value types
  return <T>0;
}

export class Result<TValue> {
  constructor(
    readonly value: TValue,
    readonly error: string | null,
  ) {}

  // pointer compares: `=== null` on a string would call String.__eq
  @inline get isOk(): bool {
    return changetype<usize>(this.error) == 0;
  }
  @inline get isErr(): bool {
    return changetype<usize>(this.error) != 0;
  }

  /** The value; panics with the error text if this is an error. */
  unwrap(): TValue {
    if (changetype<usize>(this.error) != 0) throw new Error(<string>this.error);
    return this.value;
  }

  /** The error text; panics if this is a value. */
  unwrapErr(): string {
    if (this.error === null) throw new Error("called unwrapErr on an ok value");
    return <string>this.error;
  }

  /** An error of type `Result<U>`: what the `$check` transform returns (`err<U>(message)` elsewhere). */
  static fromError<U>(message: string): Result<U> {
    return new Result<U>(zeroOf<U>(), message);
  }

  /** The same error as a Result of another type (use after checking `isErr`). */
  castErr<U>(): Result<U> {
    return new Result<U>(zeroOf<U>(), this.error);
  }

  /** Replaces the error text, if any. */
  mapErr(f: (e: string) => string): Result<TValue> {
    if (changetype<usize>(this.error) == 0) return this;
    return new Result<TValue>(this.value, f(<string>this.error));
  }
}

export function ok<T>(value: T): Result<T> {
  return new Result<T>(value, null);
}

export function err<T>(message: string): Result<T> {
  return new Result<T>(zeroOf<T>(), message);
}

// ---------------------------------------------------------------- cosmwasm-std StdError texts

export function genericErr(msg: string): string {
  return "Generic error: " + msg;
}
export function notFound(kind: string): string {
  return kind + " not found";
}
export function parseErr(targetType: string, msg: string): string {
  return "Error parsing into type " + targetType + ": " + msg;
}
export function serializeErr(sourceType: string, msg: string): string {
  return "Error serializing type " + sourceType + ": " + msg;
}
export function invalidBase64(msg: string): string {
  return "Invalid Base64 string: " + msg;
}
export function invalidUtf8(msg: string): string {
  return "Cannot decode UTF8 bytes into string: " + msg;
}
/** `OverflowError` as wrapped by `StdError::Overflow`: `Overflow: Cannot Sub with 700 and 3000`. */
export function overflowErr(operation: string, operand1: string, operand2: string): string {
  return "Overflow: Cannot " + operation + " with " + operand1 + " and " + operand2;
}
/** `DivideByZeroError` as wrapped by `StdError::DivideByZero`. */
export function divideByZeroErr(operand: string): string {
  return "Divide by zero: Cannot divide " + operand + " by zero";
}
