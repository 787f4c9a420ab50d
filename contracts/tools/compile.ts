/**
 * Compiles an AssemblyScript contract to a CosmWasm binary in memory, with the flags every
 * Meshwork contract uses (asconfig.json at the repo root): `--runtime stub`,
 * `--use abort=contracts/std/assembly/abort/contractAbort`, `--disable bulk-memory`, `-O3`.
 * Used by scripts/build-contracts.ts and by the contract tests.
 */
import asc from 'assemblyscript/asc';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TryTransform } from './try-transform.js';

/** The repository root (this file lives in contracts/tools/ or dist/contracts/tools/). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'asconfig.json')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the repository root (asconfig.json)');
}

export interface CompileOptions {
  /** `release` (default) or `debug` (keeps the name section: function names in traps and reports). */
  target?: 'release' | 'debug';
  /** Extra asc arguments. */
  extraArgs?: string[];
  /** Another tree to compile in (with its own asconfig.json and SDK), e.g. an older version. */
  baseDir?: string;
}

export interface CompileOutput {
  wasm: Uint8Array;
  /** Compiler diagnostics (warnings and infos). */
  log: string;
  /** Milliseconds. */
  timeMs: number;
  /** Every file the compiler read (absolute paths, in reading order): the build cache's inputs. */
  inputs: string[];
}

export class CompileError extends Error {
  constructor(
    readonly entry: string,
    readonly log: string,
  ) {
    super(`asc failed for ${entry}:\n${log}`);
  }
}

/** Compiles `entry` (a path relative to the repo root or absolute) and returns the binary. */
export async function compileContract(entry: string, opts: CompileOptions = {}): Promise<CompileOutput> {
  const root = opts.baseDir ?? repoRoot();
  const rel = relative(root, resolve(root, entry)).split('\\').join('/');
  const outName = 'out.wasm';
  let wasm: Uint8Array | null = null;
  let log = '';
  const stream = asc.createMemoryStream((chunk) => {
    log += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
  });
  const inputs: string[] = [];
  const start = Date.now();
  const res = await asc.main(
    [rel, '--baseDir', root, '--config', 'asconfig.json', '--target', opts.target ?? 'release', '--outFile', outName, '--noColors', ...(opts.extraArgs ?? [])],
    {
      stdout: stream,
      stderr: stream,
      // asc's own reader, plus a record of what was found: sources, the SDK, asconfig.json
      readFile: (name: string, baseDir: string) => {
        const path = resolve(baseDir, name);
        try {
          const text = readFileSync(path, 'utf8');
          inputs.push(path);
          return text;
        } catch {
          return null;
        }
      },
      writeFile: (name: string, contents: Uint8Array | string) => {
        if (name.endsWith('.wasm') && typeof contents !== 'string') wasm = contents;
      },
      // `$try(...)` -> early return (contracts/tools/try-transform.ts); its errors come back in res.error
      transforms: [new TryTransform() as unknown as asc.Transform],
    },
  );
  const timeMs = Date.now() - start;
  if (res.error || wasm === null) throw new CompileError(rel, log + (res.error ? `\n${res.error.message}` : ''));
  return { wasm, log, timeMs, inputs };
}

export interface ContractSource {
  /** Folder name under contracts/, also the output name (build/<name>.wasm). */
  name: string;
  /** Entry file relative to the repo root: contracts/<name>/assembly/contract.ts. */
  entry: string;
}

/** Every contract: each folder under contracts/ with an `assembly/contract.ts` (std and tools are not contracts). */
export function findContracts(): ContractSource[] {
  const root = repoRoot();
  const dir = join(root, 'contracts');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'assembly', 'contract.ts')))
    .map((d) => ({ name: d.name, entry: `contracts/${d.name}/assembly/contract.ts` }))
    .concat(meshContracts(dir))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A contract's folder relative to the repo root: `contracts/<name>`, or for `mesh_<x>` (Mesh
 * Security's contracts, one level down) `contracts/mesh/<x>`.
 */
export function contractDir(name: string): string {
  if (name.startsWith('mesh_') && existsSync(join(repoRoot(), 'contracts', 'mesh', name.slice(5)))) return `contracts/mesh/${name.slice(5)}`;
  return `contracts/${name}`;
}

/** Mesh Security contracts live one level down: contracts/mesh/<name>/ builds to build/mesh_<name>.wasm. */
function meshContracts(contractsDir: string): ContractSource[] {
  const dir = join(contractsDir, 'mesh');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'assembly', 'contract.ts')))
    .map((d) => ({ name: `mesh_${d.name}`, entry: `contracts/mesh/${d.name}/assembly/contract.ts` }));
}
