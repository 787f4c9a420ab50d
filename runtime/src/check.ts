/**
 * Upload checks: every static check of cosmwasm-vm 3.x `check_wasm`, in its order and with its
 * messages, plus one of ours: imports must have the exact signature the host provides (upstream
 * finds a wrong one only at instantiation; we refuse it at upload).
 */
import { DecodeError } from './wasm/binary.js';
import { ExternalKind, type FuncType, type ParsedModule, parseModule } from './wasm/module.js';
import { ValType } from './wasm/opcodes.js';
import { DEFAULT_WASM_LIMITS, type WasmLimits } from './limits.js';
import { StaticValidationError } from './errors.js';
import { ENTRY_POINTS, type EntryPoint, IBC_ENTRY_POINTS } from './types.js';

/** Capabilities this runtime implements (wasmd's built-ins plus cosmwasm_3_0). */
export const DEFAULT_CAPABILITIES: readonly string[] = [
  'iterator',
  'staking',
  'stargate',
  'ibc2',
  'cosmwasm_1_1',
  'cosmwasm_1_2',
  'cosmwasm_1_3',
  'cosmwasm_1_4',
  'cosmwasm_2_0',
  'cosmwasm_2_1',
  'cosmwasm_2_2',
  'cosmwasm_3_0',
];

const I32 = ValType.I32;
const I64 = ValType.I64;

/** The `env` imports the host provides, with their exact signatures. */
export const SUPPORTED_IMPORTS: ReadonlyMap<string, FuncType> = new Map<string, FuncType>([
  ['abort', { params: [I32], results: [] }],
  ['db_read', { params: [I32], results: [I32] }],
  ['db_write', { params: [I32, I32], results: [] }],
  ['db_remove', { params: [I32], results: [] }],
  ['addr_validate', { params: [I32], results: [I32] }],
  ['addr_canonicalize', { params: [I32, I32], results: [I32] }],
  ['addr_humanize', { params: [I32, I32], results: [I32] }],
  ['bls12_381_aggregate_g1', { params: [I32, I32], results: [I32] }],
  ['bls12_381_aggregate_g2', { params: [I32, I32], results: [I32] }],
  ['bls12_381_pairing_equality', { params: [I32, I32, I32, I32], results: [I32] }],
  ['bls12_381_hash_to_g1', { params: [I32, I32, I32, I32], results: [I32] }],
  ['bls12_381_hash_to_g2', { params: [I32, I32, I32, I32], results: [I32] }],
  ['secp256k1_verify', { params: [I32, I32, I32], results: [I32] }],
  ['secp256k1_recover_pubkey', { params: [I32, I32, I32], results: [I64] }],
  ['secp256r1_verify', { params: [I32, I32, I32], results: [I32] }],
  ['secp256r1_recover_pubkey', { params: [I32, I32, I32], results: [I64] }],
  ['ed25519_verify', { params: [I32, I32, I32], results: [I32] }],
  ['ed25519_batch_verify', { params: [I32, I32, I32], results: [I32] }],
  ['debug', { params: [I32], results: [] }],
  ['query_chain', { params: [I32], results: [I32] }],
  ['db_scan', { params: [I32, I32, I32], results: [I32] }],
  ['db_next', { params: [I32], results: [I32] }],
  ['db_next_key', { params: [I32], results: [I32] }],
  ['db_next_value', { params: [I32], results: [I32] }],
]);

const INTERFACE_VERSION_PREFIX = 'interface_version_';
const SUPPORTED_INTERFACE_VERSIONS = ['interface_version_8'];
const REQUIRED_EXPORTS = ['allocate', 'deallocate'];
const CAPABILITY_PREFIX = 'requires_';
const MIGRATE_VERSION_SECTION = 'cw_migrate_version';

export interface CodeAnalysis {
  entryPoints: EntryPoint[];
  requiredCapabilities: string[];
  migrateVersion: number | null;
  hasIbcEntryPoints: boolean;
  exportedFunctions: string[];
}

export interface CheckOptions {
  capabilities?: Iterable<string>;
  limits?: Partial<WasmLimits>;
}

function fail(rule: string, message: string): never {
  throw new StaticValidationError(rule, message);
}

function typeToString(t: FuncType): string {
  const name = (v: number) => ({ [0x7f]: 'i32', [0x7e]: 'i64', [0x7d]: 'f32', [0x7c]: 'f64' })[v] ?? `0x${v.toString(16)}`;
  return `(${t.params.map(name).join(', ')}) -> (${t.results.map(name).join(', ')})`;
}

function sameType(a: FuncType, b: FuncType): boolean {
  return (
    a.params.length === b.params.length &&
    a.results.length === b.results.length &&
    a.params.every((p, i) => p === b.params[i]) &&
    a.results.every((r, i) => r === b.results[i])
  );
}

/** Formats a set as Rust's `Debug` for `BTreeSet<String>` does, like upstream messages. */
function rustSet(items: string[]): string {
  return `{${[...items].sort().map((s) => JSON.stringify(s)).join(', ')}}`;
}

/** Parses `wasm` and runs every static check. Returns the parsed module and its analysis. */
export function checkModule(wasm: Uint8Array, opts: CheckOptions = {}): { module: ParsedModule; analysis: CodeAnalysis } {
  const limits: WasmLimits = { ...DEFAULT_WASM_LIMITS, ...opts.limits };
  const available = new Set(opts.capabilities ?? DEFAULT_CAPABILITIES);

  if (wasm.length > limits.maxCodeBytes) {
    fail('code_size', `Wasm code is ${wasm.length} bytes; the limit is ${limits.maxCodeBytes}. Shrink it (wasm-opt -Oz, fewer dependencies).`);
  }
  let m: ParsedModule;
  try {
    m = parseModule(wasm);
  } catch (e) {
    if (e instanceof DecodeError) fail('deserialize', `Wasm bytecode could not be deserialized. Deserialization error: "${e.message}"`);
    throw e;
  }

  // Tables.
  if (m.tables.length > 1) fail('tables', 'Wasm contract must not have more than 1 table section');
  if (m.tables.length === 1) {
    const t = m.tables[0]!;
    if (t.max === null) fail('tables', 'Wasm contract must not have unbound table section');
    if (t.max > limits.maxTableElements) fail('tables', "Wasm contract's first table section has a too large max limit");
  }

  // Memories.
  if (m.memories.length !== 1) fail('memories', 'Wasm contract must contain exactly one memory');
  const mem = m.memories[0]!;
  if (mem.shared) fail('memories', 'Wasm contract memory must not be shared (threads are not supported)');
  if (mem.memory64) fail('memories', 'Wasm contract memory must be 32-bit (memory64 is not supported)');
  if (mem.min > limits.maxInitialMemoryPages) {
    fail('memories', `Wasm contract memory's minimum must not exceed ${limits.maxInitialMemoryPages} pages.`);
  }
  if (mem.max !== null) fail('memories', "Wasm contract memory's maximum must be unset. The host will set it for you.");

  // Interface version marker.
  const exportNames = new Set(m.exports.map((e) => e.name));
  const markers = m.exports.filter((e) => e.name.startsWith(INTERFACE_VERSION_PREFIX));
  if (markers.length === 0) fail('interface_version', 'Wasm contract missing a required marker export: interface_version_*');
  if (markers.length > 1) fail('interface_version', 'Wasm contract contains more than one marker export: interface_version_*');
  if (!SUPPORTED_INTERFACE_VERSIONS.includes(markers[0]!.name)) {
    fail(
      'interface_version',
      'Wasm contract has unknown interface_version_* marker export (see https://github.com/CosmWasm/cosmwasm/blob/main/packages/vm/README.md)',
    );
  }

  // Required exports.
  for (const name of REQUIRED_EXPORTS) {
    const e = m.exports.find((x) => x.name === name);
    if (!e || e.kind !== ExternalKind.Func) fail('exports', `Wasm contract doesn't have required export: "${name}". Exports required by VM: ["allocate", "deallocate"].`);
  }

  // Imports.
  if (m.imports.length > limits.maxImports) {
    fail('imports', `Import count exceeds limit. Imports: ${m.imports.length}. Limit: ${limits.maxImports}.`);
  }
  const supportedList = [...SUPPORTED_IMPORTS.keys()].map((n) => `env.${n}`).join(', ');
  for (const imp of m.imports) {
    const full = `${imp.module}.${imp.name}`;
    const expected = imp.module === 'env' ? SUPPORTED_IMPORTS.get(imp.name) : undefined;
    if (!expected) {
      fail('imports', `Wasm contract requires unsupported import: "${full}". Required imports: {${full}}. Available imports: [${supportedList}].`);
    }
    if (imp.kind !== ExternalKind.Func) fail('imports', `Wasm contract requires non-function import: "${full}"`);
    const actual = m.types[imp.typeIndex]!;
    if (!sameType(actual, expected)) {
      fail('import_signature', `Wasm contract imports "${full}" with signature ${typeToString(actual)}; the host provides ${typeToString(expected)}.`);
    }
  }

  // Capabilities.
  const required = m.exports
    .filter((e) => e.kind === ExternalKind.Func && e.name.startsWith(CAPABILITY_PREFIX))
    .map((e) => e.name.slice(CAPABILITY_PREFIX.length))
    .filter((c) => c.length > 0);
  const requiredCapabilities = [...new Set(required)].sort();
  const missing = requiredCapabilities.filter((c) => !available.has(c));
  if (missing.length > 0) {
    let set = rustSet(missing);
    if (set.length > 200) set = `${set.slice(0, 200)}...`;
    fail('capabilities', `Wasm contract requires unavailable capabilities: ${set}`);
  }

  // Function limits.
  if (m.functionTypes.length > limits.maxFunctions) {
    fail('functions', `Wasm contract contains more than ${limits.maxFunctions} functions`);
  }
  let totalParams = 0;
  for (const t of m.types) {
    if (t.params.length > limits.maxFunctionParams) {
      fail('function_params', `Wasm contract contains function with more than ${limits.maxFunctionParams} parameters`);
    }
    if (t.results.length > limits.maxFunctionResults) {
      fail('function_results', `Wasm contract contains function with more than ${limits.maxFunctionResults} results`);
    }
  }
  for (const ti of m.functionTypes) totalParams += m.types[ti]!.params.length;
  if (totalParams > limits.maxTotalFunctionParams) {
    fail('function_params', `Wasm contract contains more than ${limits.maxTotalFunctionParams} function parameters in total`);
  }
  let totalLocals = 0;
  for (const body of m.bodies) {
    if (body.localCount > limits.maxFunctionLocals) {
      fail('function_locals', `Wasm contract contains function with more than ${limits.maxFunctionLocals} locals: ${body.localCount}`);
    }
    totalLocals += body.localCount;
  }
  if (totalLocals > limits.maxTotalFunctionLocals) {
    fail('function_locals', `Wasm contract contains more than ${limits.maxTotalFunctionLocals} function locals in total: ${totalLocals}`);
  }

  // Analysis.
  const funcExports = m.exports.filter((e) => e.kind === ExternalKind.Func).map((e) => e.name);
  const funcExportSet = new Set(funcExports);
  const entryPoints = ENTRY_POINTS.filter((ep) => funcExportSet.has(ep));
  const hasIbcEntryPoints = IBC_ENTRY_POINTS.every((ep) => funcExportSet.has(ep));
  void exportNames;
  return {
    module: m,
    analysis: {
      entryPoints,
      requiredCapabilities,
      migrateVersion: readMigrateVersion(m),
      hasIbcEntryPoints,
      exportedFunctions: funcExports,
    },
  };
}

function readMigrateVersion(m: ParsedModule): number | null {
  const section = m.customSections.find((s) => s.name === MIGRATE_VERSION_SECTION);
  if (!section) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(m.bytes.subarray(section.start, section.end));
  } catch {
    fail('migrate_version', `Wasm contract's ${MIGRATE_VERSION_SECTION} section is not valid UTF-8`);
  }
  const v = Number(text);
  if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(v)) {
    fail('migrate_version', `Wasm contract's ${MIGRATE_VERSION_SECTION} section must hold a decimal u64, got "${text.slice(0, 32)}"`);
  }
  return v;
}
