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
import type { ContractDecl, SharedTypes } from './declare.js';
import { generateAssemblyMsg, generateAssemblyErrors, generateSharedMsg } from './codegen-as.js';
import { generateSchema } from './codegen-schema.js';
import { generateClient } from './codegen-client.js';
import { repoRoot, contractDir } from './compile.js';

export interface GeneratedFile {
  /** Relative to the repo root. */
  path: string;
  contents: string;
  changed: boolean;
}

/** True if contracts/<name>/declare.ts exists (a contract written with declarations). */
export function hasDeclarations(name: string): boolean {
  return existsSync(join(repoRoot(), contractDir(name), 'declare.ts'));
}

/** Loads the declaration module (TypeScript under the test loader, compiled JS under dist/). */
export async function loadDeclarations(name: string): Promise<ContractDecl> {
  const here = dirname(new URL(import.meta.url).pathname);
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const mod = (await import(pathToFileURL(join(here, '..', '..', contractDir(name), `declare.${ext}`)).href)) as { default?: ContractDecl };
  if (!mod.default) throw new Error(`${contractDir(name)}/declare.ts must \`export default contract({...})\``);
  return mod.default;
}

/** The generated files of one contract (not written). */
export function renderContract(name: string, decl: ContractDecl): Array<{ path: string; contents: string }> {
  const dir = contractDir(name);
  const declFile = `${dir}/declare.ts`;
  // from <dir>/assembly/ back to contracts/std/assembly
  const sdk = '../'.repeat(dir.split('/').length) + 'std/assembly';
  const shared = new Map<SharedTypes, string>();
  const out: Array<{ path: string; contents: string }> = [];
  for (const mod of decl.uses ?? []) {
    // from <dir>/assembly/ to <mod.dir>/assembly/<file> (both below contracts/)
    shared.set(mod, posix.relative(`${dir}/assembly`, `${mod.dir}/assembly/${mod.file}`).replace(/^(?!\.)/, './'));
    out.push({ path: `${mod.dir}/assembly/${mod.file}.ts`, contents: generateSharedMsg(mod, '../'.repeat(mod.dir.split('/').length) + 'std/assembly') });
  }
  out.push({ path: `${dir}/assembly/msg.ts`, contents: generateAssemblyMsg(decl, sdk, declFile, shared) });
  if (decl.errors) out.push({ path: `${dir}/assembly/error.ts`, contents: generateAssemblyErrors(decl.errors, sdk, declFile) });
  out.push({ path: `schema/${name}.json`, contents: JSON.stringify(generateSchema(decl), null, 2) + '\n' });
  // the client imports tools/client-backend relative to contracts/<name>/; deeper folders need more ../
  let client = generateClient(name, decl, declFile).replace("from '../tools/", `from '${'../'.repeat(dir.split('/').length - 1)}tools/`);
  // a contract that declares its own `Coin` (same JSON shape) must not also import the backend's
  if (/^export interface Coin \{/m.test(client)) client = client.replace(', StdFee, Coin }', ', StdFee }');
  out.push({ path: `${dir}/client.ts`, contents: client });
  return out;
}

/** Generates and writes (when changed) one contract's files. */
export async function generateContract(name: string): Promise<GeneratedFile[]> {
  const root = repoRoot();
  const decl = await loadDeclarations(name);
  return renderContract(name, decl).map((f) => {
    const abs = join(root, f.path);
    const changed = !existsSync(abs) || readFileSync(abs, 'utf8') !== f.contents;
    if (changed) {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, f.contents);
    }
    return { ...f, changed };
  });
}
