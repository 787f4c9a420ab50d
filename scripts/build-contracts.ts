/**
 * `npm run build:contracts [-- <name>...] [-- --force]`: builds every contract of this repository
 * (contracts/<name>/assembly/contract.ts, contracts/mesh/<x>/ as mesh_<x>) to build/<name>.wasm
 * through the shared build (contracts/tools/build.ts: declarations, compile, float / locals /
 * import / upload gates, gas.json figures, install by rename, unchanged contracts skipped).
 * Writes build/report.json and prints a table. Exits non-zero if any contract fails.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findContracts, repoRoot, contractDir } from '../contracts/tools/compile.js';
import { repoTarget } from '../contracts/tools/generate.js';
import { buildAll, printReports, type BuildTree } from '../contracts/tools/build.js';

export { measureGas, type GasProfile, type GasStep, type GasFigure, type ContractReport } from '../contracts/tools/build.js';

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

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const root = repoRoot();
  const force = argv.includes('--force');
  const filter = argv.filter((a) => a !== '--force');
  const tree: BuildTree = { root, target: (u) => repoTarget(u.name), findReference: (rel) => findReference(root, rel) };
  const units = findContracts()
    .filter((c) => filter.length === 0 || filter.includes(c.name))
    .map((c) => ({ name: c.name, entry: c.entry, dir: contractDir(c.name) }));
  const reports = await buildAll(tree, units, { force });
  printReports(reports);
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
