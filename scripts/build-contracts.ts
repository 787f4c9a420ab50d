/**
 * `npm run build:contracts`: compiles every contract (contracts/<name>/assembly/contract.ts) to
 * build/<name>.wasm with the flags in asconfig.json, then gates each binary:
 *
 * 1. float gate: no f32/f64 instruction, local or signature (the function is named, from a
 *    debug build's name section);
 * 2. locals limit (<= 100 per function, cosmwasm 3.0.9);
 * 3. the runtime's upload checks (the same validation the chain runs: imports, exports, memory,
 *    interface marker, limits);
 * 4. gas figures: when contracts/<name>/gas.json exists, its steps run through the runtime's Vm
 *    with the mock backend (and against a reference binary, e.g. the Rust original).
 *
 * Before compiling, a contract with declarations (contracts/<name>/declare.ts) gets its derived files
 * regenerated (tools/generate.ts): assembly/msg.ts, assembly/error.ts, schema/<name>.json, client.ts.
 *
 * Writes build/report.json and prints a table. Exits non-zero if any contract fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { compileContract, findContracts, repoRoot, contractDir, CompileError } from '../contracts/tools/compile.js';
import { scanWasm, type FloatUse } from '../contracts/tools/wasm-scan.js';
import { generateContract, hasDeclarations } from '../contracts/tools/generate.js';
import * as runtime from '../runtime/src/index.js';
import { mockBackend, mockEnv, mockInfo, addrMake } from '../runtime/src/testkit/index.js';

const MAX_LOCALS_PER_FUNCTION = 100;
const GAS_LIMIT = 500_000_000_000;

export interface GasStep {
  label: string;
  entry: 'instantiate' | 'execute' | 'query' | 'migrate';
  /** Address label, turned into an address with addrMake; for instantiate/execute. */
  sender?: string;
  /** JSON message; strings "$label" become addrMake("label"). */
  msg: unknown;
}

export interface GasProfile {
  /** A binary to measure side by side, relative to the repo root (e.g. the Rust original). */
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
  /** Files generated from contracts/<name>/declare.ts. */
  generated?: string[];
  gas?: GasFigure[];
  errors: string[];
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

/**
 * A reference binary's path, relative to the repo root; a git worktree sits deeper than the main
 * checkout, so the path is also tried from the root's ancestors (`../shared/...` from /work/wt/x).
 */
function findReference(root: string, rel: string): string {
  let dir = root;
  for (let i = 0; i < 4; i++) {
    const p = resolve(dir, rel);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  return resolve(root, rel);
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

/** Builds and checks one contract. */
export async function buildContract(name: string, entry: string, outDir: string): Promise<ContractReport> {
  const root = repoRoot();
  const report: ContractReport = {
    name,
    file: `build/${name}.wasm`,
    bytes: 0,
    sha256: '',
    floatInstructions: 0,
    maxLocals: { name: '', count: 0 },
    imports: [],
    uploadCheck: 'skipped',
    compileMs: 0,
    errors: [],
  };
  // 0: the files derived from contracts/<name>/declare.ts (codecs, errors, schema, client)
  if (hasDeclarations(name)) {
    try {
      const files = await generateContract(name);
      report.generated = files.map((f) => f.path);
      for (const f of files) if (f.changed) console.log(`generated ${f.path}`);
    } catch (e) {
      report.errors.push(`declarations: ${e instanceof Error ? e.message : String(e)}`);
      return report;
    }
  }
  let wasm: Uint8Array;
  try {
    const out = await compileContract(entry);
    wasm = out.wasm;
    report.compileMs = out.timeMs;
  } catch (e) {
    report.errors.push(e instanceof CompileError ? e.log : String(e));
    return report;
  }
  report.bytes = wasm.length;
  report.sha256 = createHash('sha256').update(wasm).digest('hex');
  writeFileSync(join(outDir, `${name}.wasm`), wasm);

  // 1 + 2: float gate and locals, on the release binary
  const scan = scanWasm(wasm, MAX_LOCALS_PER_FUNCTION);
  report.imports = scan.imports.map((i) => `${i.module}.${i.name}`);
  report.floatInstructions = scan.floats.length;
  report.maxLocals = scan.maxLocals;
  if (scan.floats.length > 0 || scan.tooManyLocals.length > 0) {
    // name the functions: the debug build keeps the name section
    let named = scan;
    try {
      named = scanWasm((await compileContract(entry, { target: 'debug' })).wasm, MAX_LOCALS_PER_FUNCTION);
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

  // 3: the chain's upload checks
  try {
    runtime.checkWasm(wasm);
    report.uploadCheck = 'ok';
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    report.uploadCheck = msg;
    report.errors.push(`upload check failed: ${msg}`);
  }

  // 4: gas figures
  const profilePath = join(root, contractDir(name), 'gas.json');
  if (report.errors.length === 0 && existsSync(profilePath)) {
    const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as GasProfile;
    try {
      const ours = measureGas(wasm, profile);
      let ref: number[] | undefined;
      if (profile.reference) {
        const refWasm = new Uint8Array(readFileSync(findReference(root, profile.reference)));
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
  return report;
}

function printTable(reports: ContractReport[]): void {
  const rows: string[][] = [['contract', 'bytes', 'floats', 'max locals', 'upload check', 'status']];
  for (const r of reports) {
    rows.push([r.name, String(r.bytes), String(r.floatInstructions), String(r.maxLocals.count), r.uploadCheck === 'ok' || r.uploadCheck === 'skipped' ? r.uploadCheck : 'FAILED', r.errors.length ? 'FAILED' : 'ok']);
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
}

export async function main(): Promise<number> {
  const root = repoRoot();
  const outDir = join(root, 'build');
  mkdirSync(outDir, { recursive: true });
  const filter = process.argv.slice(2);
  const contracts = findContracts().filter((c) => filter.length === 0 || filter.includes(c.name));
  const reports: ContractReport[] = [];
  for (const c of contracts) reports.push(await buildContract(c.name, c.entry, outDir));
  writeFileSync(join(outDir, 'report.json'), JSON.stringify({ contracts: reports }, null, 2) + '\n');
  printTable(reports);
  return reports.some((r) => r.errors.length > 0) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
