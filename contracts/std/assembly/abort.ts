/**
 * Panics. Every AssemblyScript `abort` (a `throw`, a failed `assert`, an out-of-bounds access) is
 * routed here by the build flag `--use abort=<sdk>/abort/contractAbort`. The message follows the
 * Rust std panic handler, so hosts show the same text for Rust and AssemblyScript contracts:
 * `panicked at <file>:<line>:<column>:\n<message>`.
 */
import { host_abort } from "./imports";
import { regionFromString } from "./memory";

export function contractAbort(message: string | null, fileName: string | null, line: u32, column: u32): void {
  const msg = message !== null ? message : "explicit panic";
  const file = fileName !== null ? fileName : "<unknown>";
  const text = "panicked at " + file + ":" + line.toString() + ":" + column.toString() + ":\n" + msg;
  host_abort(<u32>regionFromString(text));
  unreachable();
}

/** Aborts the call with a message (like Rust's `panic!`). The host reports a runtime error. */
export function panic(message: string): void {
  throw new Error(message);
}
