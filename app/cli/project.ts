/**
 * Contract projects outside this repository:
 *
 * - `meshwork new <dir>`: writes a standalone project (contracts/templates/project/): package.json
 *   depending on this Meshwork checkout by path (`file:`; nothing is published), asconfig.json,
 *   tsconfigs for the editor, a counter written with declarations, a TestChain test, a CosmJS
 *   deploy script and a README;
 * - `meshwork build`: builds the contracts of the project in the current folder
 *   (contracts/<name>/assembly/contract.ts -> build/<name>.wasm) through the shared build
 *   (contracts/tools/build.ts: declarations, gates, install by rename, unchanged contracts skipped);
 *   run inside this repository it is `npm run build:contracts`;
 * - `meshwork test [file...]`: the project's *.test.ts under Node's test runner, TypeScript loaded
 *   by this repository's loader (scripts/test-loader.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BuildTree, BuildUnit } from '../../contracts/tools/build.js';
import { parseArgs, exitCodeFor, UsageError } from './args.js';

/** Splits `argv` into positionals and the flags parseArgs reads (`--name value` pairs kept together). */
function positionalsAndFlags(argv: readonly string[], valued: readonly string[]): { positionals: string[]; flags: string[] } {
  const positionals: string[] = [];
  const flags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) positionals.push(a);
    else {
      flags.push(a);
      if (!a.includes('=') && valued.includes(a.slice(2)) && argv[i + 1] !== undefined) flags.push(argv[++i]!);
    }
  }
  return { positionals, flags };
}

export const BUILD_USAGE = 'meshwork build [--force] [<contract>...]   (in a contract project: contracts/<name>/assembly/contract.ts -> build/<name>.wasm)';
export const TEST_USAGE = 'meshwork test [<file.test.ts>...]   (default: every *.test.ts of the project)';
export const NEW_USAGE = 'meshwork new <dir> [--name <package name>]   (a contract project: counter contract, TestChain test, deploy script)';

/**
 * This checkout's root (app/cli/ or dist/app/cli/ below it). The compiler's modules are loaded only
 * by `build` (assemblyscript is large; every other command starts without it).
 */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'asconfig.json')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the Meshwork checkout (asconfig.json) above ' + fileURLToPath(import.meta.url));
}

/** Project-side import names (package.json `exports` of this repository). */
const PROJECT_SDK = 'meshwork/std';
const PROJECT_BACKEND = 'meshwork/client-backend';

function projectUnits(root: string): BuildUnit[] {
  const dir = join(root, 'contracts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'assembly', 'contract.ts')))
    .map((d) => ({ name: d.name, entry: `contracts/${d.name}/assembly/contract.ts`, dir: `contracts/${d.name}` }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

export async function runBuild(argv: string[], cwd = process.cwd()): Promise<number> {
  try {
    const { positionals: names, flags } = positionalsAndFlags(argv, []);
    const force = parseArgs(flags, [], ['force']).switches.has('force');
    const repo = repoRoot();
    const { findContracts, contractDir } = await import('../../contracts/tools/compile.js');
    const { repoTarget } = await import('../../contracts/tools/generate.js');
    const { buildAll, printReports } = await import('../../contracts/tools/build.js');
    let tree: BuildTree;
    let units: BuildUnit[];
    if (sameFolder(cwd, repo)) {
      tree = { root: repo, target: (u) => repoTarget(u.name) };
      units = findContracts().map((c) => ({ name: c.name, entry: c.entry, dir: contractDir(c.name) }));
    } else {
      if (!existsSync(join(cwd, 'asconfig.json'))) throw new UsageError(`no asconfig.json in ${cwd}: run \`meshwork build\` in a contract project (\`meshwork new <dir>\` creates one)`);
      units = projectUnits(cwd);
      if (units.length === 0) throw new UsageError(`no contract in ${cwd}: a contract is contracts/<name>/assembly/contract.ts`);
      // a project's declare.ts is TypeScript: load it through the same hooks as the tests
      register(pathToFileURL(join(repo, 'scripts', 'ts-hooks.mjs')).href);
      tree = { root: cwd, target: (u) => ({ root: cwd, dir: u.dir, sdkImport: PROJECT_SDK, backendImport: PROJECT_BACKEND }) };
    }
    const unknown = names.filter((n) => !units.some((u) => u.name === n));
    if (unknown.length > 0) throw new UsageError(`no contract named ${unknown.join(', ')}; have ${units.map((u) => u.name).join(', ')}`);
    const reports = await buildAll(tree, names.length === 0 ? units : units.filter((u) => names.includes(u.name)), { force });
    printReports(reports);
    return reports.some((r) => r.errors.length > 0) ? 1 : 0;
  } catch (e) {
    return exitCodeFor('build', BUILD_USAGE, e);
  }
}

function findTests(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!['node_modules', 'build', 'dist', '.git'].includes(entry.name)) findTests(join(dir, entry.name), out);
    } else if (entry.name.endsWith('.test.ts')) out.push(join(dir, entry.name));
  }
  return out;
}

export function runTest(argv: string[], cwd = process.cwd()): number {
  const files = argv.length > 0 ? argv.map((f) => resolve(cwd, f)) : findTests(cwd, []).sort();
  if (files.length === 0) {
    process.stderr.write(`meshwork test: no *.test.ts under ${cwd}\n`);
    return 1;
  }
  const loader = pathToFileURL(join(repoRoot(), 'scripts', 'test-loader.mjs')).href;
  // a runner inherits NODE_TEST_CONTEXT from an enclosing `node --test` and would then skip the files
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const r = spawnSync(process.execPath, ['--import', loader, '--test', '--test-reporter=spec', ...files.map((f) => relative(cwd, f))], { cwd, stdio: 'inherit', env });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

// ---------------------------------------------------------------------------------- new

/** The files of a new project: the template tree (each file ends in .tmpl) with its placeholders filled. */
export function renderProject(name: string, meshworkDir: string): Array<{ path: string; contents: string }> {
  const templates = join(repoRoot(), 'contracts', 'templates', 'project');
  const out: Array<{ path: string; contents: string }> = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.name.endsWith('.tmpl')) {
        let path = relative(templates, abs).split('\\').join('/').slice(0, -'.tmpl'.length);
        if (path === 'gitignore') path = '.gitignore'; // npm pack drops .gitignore files
        out.push({ path, contents: readFileSync(abs, 'utf8').replaceAll('{{name}}', name) });
      }
    }
  };
  walk(templates);
  const own = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const pkg = {
    name,
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts: {
      build: 'meshwork build',
      test: 'meshwork build && meshwork test',
      deploy: 'node --import meshwork/ts-loader scripts/deploy.ts',
      typecheck: 'tsc -p tsconfig.json',
    },
    dependencies: {
      // nothing is published: the framework is this checkout, linked by path
      meshwork: `file:${meshworkDir}`,
      // the deploy script's CosmJS, at the versions Meshwork itself is tested with
      ...Object.fromEntries(PROJECT_COSMJS.map((n) => [n, own.dependencies[n]!])),
    },
    devDependencies: {
      // `npm run typecheck` and editors: the TypeScript (declarations, tests, scripts)
      typescript: own.devDependencies['typescript']!,
      '@types/node': own.devDependencies['@types/node']!,
    },
  };
  out.push({ path: 'package.json', contents: JSON.stringify({ ...pkg, overrides: cosmjsOverrides() }, null, 2) + '\n' });
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Meshwork's own `overrides` at the versions installed with it: @cosmjs/cosmwasm-stargate 0.39
 * pulls @cosmjs/cosmwasm 0.38 and with it a second @cosmjs/stargate, whose `GasPrice` the first
 * one's `instanceof` refuses. A project gets the single set of versions Meshwork is tested with.
 */
const PROJECT_COSMJS = ['@cosmjs/cosmwasm-stargate', '@cosmjs/proto-signing', '@cosmjs/stargate'];

function cosmjsOverrides(): Record<string, string> {
  const root = repoRoot();
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { overrides?: Record<string, string> };
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(own.overrides ?? {})) {
    if (!v.startsWith('$') || PROJECT_COSMJS.includes(name)) out[name] = v; // `$x`: the project's own dependency x
    else {
      const installed = join(root, 'node_modules', ...name.split('/'), 'package.json');
      out[name] = existsSync(installed) ? (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version : v.slice(1);
    }
  }
  return out;
}

export function runNew(argv: string[], cwd = process.cwd()): number {
  try {
    const { positionals, flags } = positionalsAndFlags(argv, ['name']);
    const a = parseArgs(flags, ['name'], []);
    const target = positionals[0];
    if (target === undefined || positionals.length > 1) throw new UsageError('give one folder: meshwork new <dir>');
    const dir = resolve(cwd, target);
    if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
      throw new UsageError(`${dir} exists and is not an empty folder: choose a new one`);
    }
    const name = a.flags.get('name') ?? basename(dir).toLowerCase().replace(/[^a-z0-9-._]/g, '-');
    if (!/^[a-z0-9][a-z0-9-._]*$/.test(name)) throw new UsageError(`--name ${JSON.stringify(name)} is not a valid npm package name (lower case, digits, - . _)`);
    const repo = realpathSync(repoRoot());
    const files = renderProject(name, repo);
    for (const f of files) {
      mkdirSync(join(dir, f.path, '..'), { recursive: true });
      writeFileSync(join(dir, f.path), f.contents);
    }
    process.stdout.write(
      `Created ${name} in ${dir} (Meshwork from ${repo})\n\n` +
        `  cd ${relative(cwd, dir) || '.'}\n  npm install\n  npm test          # builds build/counter.wasm, runs test/counter.test.ts on a TestChain\n\n` +
        `README.md has the deploy and migrate steps.\n`,
    );
    return 0;
  } catch (e) {
    return exitCodeFor('new', NEW_USAGE, e);
  }
}
