/**
 * The upload pipeline short of compiling: static checks, body validation, then the
 * instrumentation pass (which is also the gatekeeper for refused operators). `checkWasm` and
 * `Vm.storeCode` both run it, so `meshwork check` accepts exactly what a chain stores.
 */
import { type CheckOptions, type CodeAnalysis, checkModule } from './check.js';
import { StaticValidationError } from './errors.js';
import { type InstrumentedCode, instrument } from './instrument.js';
import { DEFAULT_MEMORY_LIMIT_PAGES, STACK_LIMIT_UNITS } from './limits.js';
import type { ParsedModule } from './wasm/module.js';

export interface PreparedCode {
  parsed: ParsedModule;
  analysis: CodeAnalysis;
  instrumented: InstrumentedCode;
}

export function prepareCode(
  wasm: Uint8Array,
  opts: CheckOptions = {},
  memoryLimitPages = DEFAULT_MEMORY_LIMIT_PAGES,
  metering = true,
): PreparedCode {
  const { module: parsed, analysis } = checkModule(wasm, opts);
  if (!WebAssembly.validate(wasm)) {
    let detail = 'invalid module';
    try {
      new WebAssembly.Module(wasm);
    } catch (e) {
      detail = (e as Error).message;
    }
    throw new StaticValidationError('deserialize', `Wasm bytecode could not be deserialized. Deserialization error: "${detail}"`);
  }
  const instrumented = instrument(parsed, { memoryLimitPages, stackLimitUnits: STACK_LIMIT_UNITS, metering });
  return { parsed, analysis, instrumented };
}
