/**
 * Derives a contract's generated files from its declarations (`contracts/<name>/declare.ts`, see
 * tools/declare.ts): `assembly/msg.ts`, `assembly/error.ts` (if it declares errors),
 * `schema/<name>.json` and `client.ts`. Run by scripts/build-contracts.ts before compiling; the
 * generated files are committed, so the contract tests compile without a generation step, and the
 * build rewrites them only when they changed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedModules, type ContractDecl, type SharedTypes } from './declare.js';
import { common } from '../common/declare.js';
import { generateAssemblyMsg, generateAssemblyErrors, generateSharedMsg } from './codegen-as.js';
import { generateSchema } from './codegen-schema.js';
import { generateClient, generateSharedClient } from './codegen-client.js';
import { repoRoot, contractDir } from './compile.js';

export interface GeneratedFile {
  /** Relative to the repo root. */
  path: string;
  contents: string;
  changed: boolean;
}

/**
 * Where a contract's generated files go and how they import the framework: inside this repository
 * by relative paths (`../../std/assembly`), in a contract project (`meshwork new`) by package name
 * (`meshwork/std`, `meshwork/client-backend`).
 */
export interface GenerateTarget {
  /** Absolute folder the paths below are relative to (the repo root, or the project's folder). */
  root: string;
  /** The contract's folder, relative to root: `contracts/<name>`. */
  dir: string;
  /** How assembly/msg.ts and assembly/error.ts import the SDK. */
  sdkImport: string;
  /** How client.ts imports the client backend's types. */
  backendImport: string;
}

/** The target of a contract of this repository. */
export function repoTarget(name: string): GenerateTarget {
  const dir = contractDir(name);
  const depth = dir.split('/').length;
  // from <dir>/assembly/ back to contracts/std/assembly; from <dir>/ to contracts/tools/
  return { root: repoRoot(), dir, sdkImport: '../'.repeat(depth) + 'std/assembly', backendImport: '../'.repeat(depth - 1) + 'tools/client-backend.js' };
}

/** True if contracts/<name>/declare.ts exists (a contract written with declarations). */
export function hasDeclarations(name: string, target: GenerateTarget = repoTarget(name)): boolean {
  return existsSync(join(target.root, target.dir, 'declare.ts'));
}

/** Loads the declaration module (TypeScript under the test loader, compiled JS under dist/). */
export async function loadDeclarations(name: string, target?: GenerateTarget): Promise<ContractDecl> {
  let file: string;
  if (target === undefined) {
    const here = dirname(new URL(import.meta.url).pathname);
    const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
    file = join(here, '..', '..', contractDir(name), `declare.${ext}`);
  } else file = join(target.root, target.dir, 'declare.ts'); // a project's: run through the TypeScript hooks
  const mod = (await import(pathToFileURL(file).href)) as { default?: ContractDecl };
  if (!mod.default) throw new Error(`${target?.dir ?? contractDir(name)}/declare.ts must \`export default contract({...})\``);
  return mod.default;
}

/** The import path of `mod`'s generated file from the folder `fromDir` (both in the same tree). */
function sharedImport(fromDir: string, mod: SharedTypes): string {
  return posix.relative(fromDir, `${mod.dir}/assembly/${mod.file}`).replace(/^(?!\.)/, './');
}

/** The import path of `mod`'s client types (`<mod.dir>/client.ts`) from the folder `fromDir`. */
function sharedClientImport(fromDir: string, mod: SharedTypes): string {
  return posix.relative(fromDir, `${mod.dir}/client.js`).replace(/^(?!\.)/, './');
}

/** The generated files of one contract (not written). */
export function renderContract(name: string, decl: ContractDecl, target: GenerateTarget = repoTarget(name)): Array<{ path: string; contents: string }> {
  const dir = target.dir;
  const declFile = `${dir}/declare.ts`;
  const sdk = target.sdkImport;
  const inRepo = target.root === repoRoot();
  // every contract of this repository builds on the repository-wide shared module (contracts/common)
  const mods = sharedModules([...(inRepo ? [common] : []), ...(decl.uses ?? [])]);
  const shared = new Map<SharedTypes, string>(mods.map((m) => [m, sharedImport(`${dir}/assembly`, m)]));
  const out: Array<{ path: string; contents: string }> = [];
  for (const mod of mods) {
    // a shared module sits beside its users, so it reaches the SDK the way they do, from its own depth
    const modSdk = inRepo ? '../'.repeat(mod.dir.split('/').length) + 'std/assembly' : target.sdkImport;
    const paths = new Map<SharedTypes, string>(sharedModules(mod.uses).map((m) => [m, sharedImport(`${mod.dir}/assembly`, m)]));
    out.push({ path: `${mod.dir}/assembly/${mod.file}.ts`, contents: generateSharedMsg(mod, modSdk, paths) });
    const clientPaths = new Map<SharedTypes, string>(sharedModules(mod.uses).map((m) => [m, sharedClientImport(mod.dir, m)]));
    out.push({ path: `${mod.dir}/client.ts`, contents: generateSharedClient(mod, clientPaths) });
  }
  out.push({ path: `${dir}/assembly/msg.ts`, contents: generateAssemblyMsg(decl, sdk, declFile, shared) });
  if (decl.errors) out.push({ path: `${dir}/assembly/error.ts`, contents: generateAssemblyErrors(decl.errors, sdk, declFile) });
  out.push({ path: `schema/${name}.json`, contents: JSON.stringify(generateSchema(decl), null, 2) + '\n' });
  const clientPaths = new Map<SharedTypes, string>(mods.map((m) => [m, sharedClientImport(dir, m)]));
  let client = generateClient(name, decl, declFile, clientPaths).replace("from '../tools/client-backend.js'", `from '${target.backendImport}'`);
  // a contract that declares or imports its own `Coin` (same JSON shape) must not also import the backend's
  if (/^export interface Coin \{/m.test(client) || /^import type \{[^}]*\bCoin\b[^}]*\} from '\.[^']*\/client\.js';$/m.test(client)) client = client.replace(', StdFee, Coin }', ', StdFee }');
  out.push({ path: `${dir}/client.ts`, contents: client });
  return out;
}

/** Generates and writes (when changed) one contract's files. */
export async function generateContract(name: string, target: GenerateTarget = repoTarget(name)): Promise<GeneratedFile[]> {
  const decl = await loadDeclarations(name, target.root === repoRoot() ? undefined : target);
  return renderContract(name, decl, target).map((f) => {
    const abs = join(target.root, f.path);
    const changed = !existsSync(abs) || readFileSync(abs, 'utf8') !== f.contents;
    if (changed) {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, f.contents);
    }
    return { ...f, changed };
  });
}
