/**
 * The contract build, shared by this repository's `npm run build:contracts`
 * (scripts/build-contracts.ts) and a contract project's `meshwork build` (app/cli/project.ts):
 *
 * 0. declarations: a contract with `declare.ts` gets its derived files regenerated (tools/generate.ts);
 * 1. compile with the asconfig.json of the tree (tools/compile.ts);
 * 2. gates: no f32/f64 instruction, local or signature (named from a debug build's name section);
 *    <= 100 locals per function (cosmwasm 3.0.9); only the runtime's imports; the chain's upload
 *    checks (runtime.checkWasm, what `meshwork check` and a store-code run);
 * 3. gas figures: when `<contract dir>/gas.json` exists, its steps run through the runtime's Vm.
 *
 * Builds never lie: the binary is written to a temporary file and renamed to `build/<name>.wasm`
 * only after every gate passed; a failed build removes the previous artifact, so a chain can never
 * be handed a binary that the build refused or that no longer matches its sources.
 *
 * Only changed contracts rebuild: `build/.cache/<name>.json` holds a key (compiler version and
 * options, the build tools' own sources, gas.json) and the content hash of every file the compiler
 * read for that contract (sources, the SDK, asconfig.json). When all match and the artifact still
 * has the recorded hash, the recorded report is reused without compiling.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileContract, CompileError, repoRoot } from './compile.js';
import { scanWasm, type FloatUse } from './wasm-scan.js';
import { generateContract, hasDeclarations, type GenerateTarget } from './generate.js';
import * as runtime from '../../runtime/src/index.js';
import { mockBackend, mockEnv, mockInfo, addrMake } from '../../runtime/src/testkit/index.js';

const MAX_LOCALS_PER_FUNCTION = 100;
const GAS_LIMIT = 500_000_000_000;
/** Bump when the report's shape or a gate changes in a way the tool hashes below would miss. */
const CACHE_FORMAT = 1;

export interface GasStep {
  label: string;
  entry: 'instantiate' | 'execute' | 'query' | 'migrate';
  /** Address label, turned into an address with addrMake; for instantiate/execute. */
  sender?: string;
  /** JSON message; strings "$label" become addrMake("label"). */
  msg: unknown;
}

export interface GasProfile {
  /** A binary to measure side by side, relative to the tree's root (e.g. the Rust original). */
  reference?: string;
  steps: GasStep[];
}

export interface GasFigure {
  label: string;
  gas: number;
  referenceGas?: number;
}

export interface ContractReport {
  name: string;
  file: string;
  bytes: number;
  sha256: string;
  floatInstructions: number;
  maxLocals: { name: string; count: number };
  imports: string[];
  uploadCheck: 'ok' | 'skipped' | string;
  compileMs: number;
  referenceBytes?: number;
  /** Files generated from the contract's declare.ts. */
  generated?: string[];
  gas?: GasFigure[];
  /** True when the sources were unchanged and the previous build was kept (no compile). */
  cached?: boolean;
  errors: string[];
}

/** One contract to build. */
export interface BuildUnit {
  /** Output name: build/<name>.wasm. */
  name: string;
  /** Entry file relative to root. */
  entry: string;
  /** The contract's folder relative to root (declare.ts, gas.json). */
  dir: string;
}

/** A tree to build in: this repository, or a contract project. */
export interface BuildTree {
  /** Absolute folder with asconfig.json; build/ is written under it. */
  root: string;
  /** How generated files import the framework, per contract. */
  target(unit: BuildUnit): GenerateTarget;
  /** Finds reference binaries named in gas.json (relative to root). */
  findReference?(rel: string): string;
}

function substitute(v: unknown): unknown {
  if (typeof v === 'string') return v.startsWith('$') ? addrMake(v.slice(1)) : v;
  if (Array.isArray(v)) return v.map(substitute);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = substitute(x);
    return out;
  }
  return v;
}

/** Runs a gas profile on one binary; returns gas per step (throws on a failing step). */
export function measureGas(wasm: Uint8Array, profile: GasProfile): number[] {
  const vm = new runtime.Vm();
  const { checksum } = vm.storeCode(wasm);
  const backend = mockBackend();
  const ctx = { backend, gasLimit: GAS_LIMIT };
  const env = mockEnv();
  const out: number[] = [];
  for (const step of profile.steps) {
    const msg = substitute(step.msg) as object;
    const info = mockInfo(addrMake(step.sender ?? 'creator'));
    let gas: number;
    if (step.entry === 'instantiate') gas = vm.instantiate(checksum, env, info, msg, ctx).gasUsed;
    else if (step.entry === 'execute') gas = vm.execute(checksum, env, info, msg, ctx).gasUsed;
    else if (step.entry === 'query') gas = vm.query(checksum, env, msg, ctx).gasUsed;
    else gas = vm.migrate(checksum, env, msg, ctx).gasUsed;
    out.push(gas);
  }
  return out;
}

function describeFloats(floats: FloatUse[]): string {
  const byFn = new Map<string, string[]>();
  for (const f of floats) {
    const list = byFn.get(f.name) ?? [];
    if (!list.includes(f.what)) list.push(f.what);
    byFn.set(f.name, list);
  }
  return [...byFn.entries()].map(([fn, what]) => `  float instruction in ${fn}: ${what.join(', ')}`).join('\n');
}

function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function fileHash(path: string): string | null {
  try {
    return sha256Hex(readFileSync(path));
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------------------------ cache

interface CacheEntry {
  key: string;
  /** Absolute path -> sha256 of every file the compiler read. */
  inputs: Record<string, string>;
  report: ContractReport;
}

/** What every build of a contract depends on besides the files the compiler reads. */
function cacheKey(tree: BuildTree, unit: BuildUnit): string {
  // the tools' TypeScript sources, whether this runs from them or from dist/: one key for both
  const tools = ['build', 'compile', 'try-transform', 'wasm-scan'].map((f) => fileHash(join(repoRoot(), 'contracts', 'tools', `${f}.ts`)) ?? '');
  const ascVersion = fileHash(join(dirname(fileURLToPath(import.meta.resolve('assemblyscript/asc'))), '..', 'package.json')) ?? '';
  const gas = fileHash(join(tree.root, unit.dir, 'gas.json')) ?? 'none';
  return sha256Hex(JSON.stringify({ format: CACHE_FORMAT, unit, tools, ascVersion, gas, supportedImports: [...runtime.SUPPORTED_IMPORTS].sort() }));
}

function cachePath(tree: BuildTree, name: string): string {
  return join(tree.root, 'build', '.cache', `${name}.json`);
}

/** The recorded report, when nothing the build of `unit` depends on changed since. */
function cachedReport(tree: BuildTree, unit: BuildUnit, key: string): ContractReport | null {
  const p = cachePath(tree, unit.name);
  if (!existsSync(p)) return null;
  let entry: CacheEntry;
  try {
    entry = JSON.parse(readFileSync(p, 'utf8')) as CacheEntry;
  } catch {
    return null;
  }
  if (entry.key !== key || entry.report.errors.length > 0) return null;
  for (const [path, hash] of Object.entries(entry.inputs)) if (fileHash(path) !== hash) return null;
  if (fileHash(join(tree.root, 'build', `${unit.name}.wasm`)) !== entry.report.sha256) return null;
  return { ...entry.report, cached: true };
}

// ------------------------------------------------------------------------------------ build

/** Builds, checks and installs one contract (see the file comment). */
export async function buildContract(tree: BuildTree, unit: BuildUnit, opts: { force?: boolean } = {}): Promise<ContractReport> {
  const outDir = join(tree.root, 'build');
  mkdirSync(outDir, { recursive: true });
  const artifact = join(outDir, `${unit.name}.wasm`);
  const report: ContractReport = {
    name: unit.name,
    file: `build/${unit.name}.wasm`,
    bytes: 0,
    sha256: '',
    floatInstructions: 0,
    maxLocals: { name: '', count: 0 },
    imports: [],
    uploadCheck: 'skipped',
    compileMs: 0,
    errors: [],
  };
  const fail = (): ContractReport => {
    // a refused build leaves nothing a deploy could pick up
    rmSync(artifact, { force: true });
    rmSync(cachePath(tree, unit.name), { force: true });
    return report;
  };

  // 0: the files derived from declare.ts (codecs, errors, schema, client)
  const target = tree.target(unit);
  if (hasDeclarations(unit.name, target)) {
    try {
      const files = await generateContract(unit.name, target);
      report.generated = files.map((f) => f.path);
      for (const f of files) if (f.changed) console.log(`generated ${f.path}`);
    } catch (e) {
      report.errors.push(`declarations: ${e instanceof Error ? e.message : String(e)}`);
      return fail();
    }
  }

  const key = cacheKey(tree, unit);
  if (opts.force !== true) {
    const hit = cachedReport(tree, unit, key);
    if (hit !== null) return { ...hit, generated: report.generated ?? hit.generated };
  }

  // 1: compile
  let wasm: Uint8Array;
  let inputs: string[];
  try {
    const out = await compileContract(unit.entry, { baseDir: tree.root });
    wasm = out.wasm;
    inputs = out.inputs;
    report.compileMs = out.timeMs;
  } catch (e) {
    report.errors.push(e instanceof CompileError ? e.log : String(e));
    return fail();
  }
  report.bytes = wasm.length;
  report.sha256 = sha256Hex(wasm);

  // 2: gates, on the release binary
  const scan = scanWasm(wasm, MAX_LOCALS_PER_FUNCTION);
  report.imports = scan.imports.map((i) => `${i.module}.${i.name}`);
  report.floatInstructions = scan.floats.length;
  report.maxLocals = scan.maxLocals;
  if (scan.floats.length > 0 || scan.tooManyLocals.length > 0) {
    // name the functions: the debug build keeps the name section
    let named = scan;
    try {
      named = scanWasm((await compileContract(unit.entry, { baseDir: tree.root, target: 'debug' })).wasm, MAX_LOCALS_PER_FUNCTION);
    } catch {
      /* keep the unnamed scan */
    }
    if (scan.floats.length > 0) report.errors.push(`floats are not allowed in contracts:\n${describeFloats(named.floats.length > 0 ? named.floats : scan.floats)}`);
    for (const f of named.tooManyLocals.length > 0 ? named.tooManyLocals : scan.tooManyLocals) {
      report.errors.push(`function ${f.name} has ${f.count} locals; the limit is ${MAX_LOCALS_PER_FUNCTION}`);
    }
  }
  const badImports = scan.imports.filter((i) => i.module !== 'env' || !runtime.SUPPORTED_IMPORTS.has(i.name));
  for (const i of badImports) report.errors.push(`forbidden import ${i.module}.${i.name}`);
  try {
    runtime.checkWasm(wasm);
    report.uploadCheck = 'ok';
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    report.uploadCheck = msg;
    report.errors.push(`upload check failed: ${msg}`);
  }

  // 3: gas figures
  const profilePath = join(tree.root, unit.dir, 'gas.json');
  if (report.errors.length === 0 && existsSync(profilePath)) {
    try {
      const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as GasProfile;
      const ours = measureGas(wasm, profile);
      let ref: number[] | undefined;
      if (profile.reference) {
        const refPath = tree.findReference ? tree.findReference(profile.reference) : join(tree.root, profile.reference);
        const refWasm = new Uint8Array(readFileSync(refPath));
        report.referenceBytes = refWasm.length;
        ref = measureGas(refWasm, profile);
      }
      report.gas = profile.steps.map((s, i) => {
        const g: GasFigure = { label: s.label, gas: ours[i]! };
        if (ref) g.referenceGas = ref[i]!;
        return g;
      });
    } catch (e) {
      report.errors.push(`gas profile failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (report.errors.length > 0) return fail();

  // every gate passed: install the binary in one step (rename), then record what it was built from
  const tmp = join(outDir, `.${unit.name}.wasm.${process.pid}.tmp`);
  writeFileSync(tmp, wasm);
  renameSync(tmp, artifact);
  const entry: CacheEntry = { key, inputs: {}, report };
  for (const p of new Set(inputs)) {
    const h = fileHash(p);
    if (h !== null) entry.inputs[p] = h;
  }
  mkdirSync(dirname(cachePath(tree, unit.name)), { recursive: true });
  writeFileSync(cachePath(tree, unit.name), JSON.stringify(entry) + '\n');
  return report;
}

/** Builds every unit in order; writes build/report.json. */
export async function buildAll(tree: BuildTree, units: BuildUnit[], opts: { force?: boolean } = {}): Promise<ContractReport[]> {
  const reports: ContractReport[] = [];
  for (const u of units) reports.push(await buildContract(tree, u, opts));
  writeFileSync(join(tree.root, 'build', 'report.json'), JSON.stringify({ contracts: reports.map(({ cached: _c, ...r }) => r) }, null, 2) + '\n');
  return reports;
}

/** The build's table (stdout) and errors (stderr). */
export function printReports(reports: ContractReport[]): void {
  const rows: string[][] = [['contract', 'bytes', 'floats', 'max locals', 'upload check', 'status']];
  for (const r of reports) {
    const status = r.errors.length ? 'FAILED' : r.cached ? 'ok (unchanged)' : 'ok';
    rows.push([r.name, String(r.bytes), String(r.floatInstructions), String(r.maxLocals.count), r.uploadCheck === 'ok' || r.uploadCheck === 'skipped' ? r.uploadCheck : 'FAILED', status]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  for (const r of reports) {
    if (!r.gas) continue;
    console.log(`\ngas (CosmWasm gas units) for ${r.name}${r.referenceBytes ? ` vs reference (${r.referenceBytes} bytes)` : ''}:`);
    for (const g of r.gas) {
      const ref = g.referenceGas !== undefined ? `  reference ${g.referenceGas}  (${((100 * g.gas) / g.referenceGas).toFixed(1)}%)` : '';
      console.log(`  ${g.label.padEnd(24)} ${String(g.gas).padStart(12)}${ref}`);
    }
  }
  for (const r of reports) for (const e of r.errors) process.stderr.write(`\n${r.name}: ${e}\n`);
  for (const r of reports) if (r.errors.length > 0) process.stderr.write(`\n${r.name}: build refused; build/${r.name}.wasm removed\n`);
}
