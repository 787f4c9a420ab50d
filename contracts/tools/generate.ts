/**
 * Derives a contract's generated files from its declarations (`contracts/<name>/declare.ts`, see
 * tools/declare.ts): `assembly/msg.ts`, `assembly/error.ts` (if it declares errors),
 * `schema/<name>.json` and `client.ts`. Run by scripts/build-contracts.ts before compiling; the
 * generated files are committed, so the contract tests compile without a generation step, and the
 * build rewrites them only when they changed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContractDecl } from './declare.js';
import { generateAssemblyMsg, generateAssemblyErrors } from './codegen-as.js';
import { generateSchema } from './codegen-schema.js';
import { generateClient } from './codegen-client.js';
import { repoRoot } from './compile.js';

export interface GeneratedFile {
  /** Relative to the repo root. */
  path: string;
  contents: string;
  changed: boolean;
}

/** True if contracts/<name>/declare.ts exists (a contract written with declarations). */
export function hasDeclarations(name: string): boolean {
  return existsSync(join(repoRoot(), 'contracts', name, 'declare.ts'));
}

/** Loads the declaration module (TypeScript under the test loader, compiled JS under dist/). */
export async function loadDeclarations(name: string): Promise<ContractDecl> {
  const here = dirname(new URL(import.meta.url).pathname);
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const mod = (await import(pathToFileURL(join(here, '..', name, `declare.${ext}`)).href)) as { default?: ContractDecl };
  if (!mod.default) throw new Error(`contracts/${name}/declare.ts must \`export default contract({...})\``);
  return mod.default;
}

/** The generated files of one contract (not written). */
export function renderContract(name: string, decl: ContractDecl): Array<{ path: string; contents: string }> {
  const declFile = `contracts/${name}/declare.ts`;
  const out = [{ path: `contracts/${name}/assembly/msg.ts`, contents: generateAssemblyMsg(decl, '../../std/assembly', declFile) }];
  if (decl.errors) out.push({ path: `contracts/${name}/assembly/error.ts`, contents: generateAssemblyErrors(decl.errors, '../../std/assembly', declFile) });
  out.push({ path: `schema/${name}.json`, contents: JSON.stringify(generateSchema(decl), null, 2) + '\n' });
  out.push({ path: `contracts/${name}/client.ts`, contents: generateClient(name, decl, declFile) });
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
