// `npm test [-- <path substring>...]`: runs every *.test.ts in the repository (or only those whose
// path contains one of the arguments) with Node's built-in test runner, the TypeScript loaded
// through ./test-loader.mjs. Exits with the runner's code (non-zero when any test fails).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', 'dist', 'build', '.git']);

function findTests(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) findTests(join(dir, entry.name), out);
    } else if (entry.name.endsWith('.test.ts')) {
      out.push(relative(ROOT, join(dir, entry.name)));
    }
  }
  return out;
}

const filters = process.argv.slice(2);
const files = findTests(ROOT, [])
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error(`no *.test.ts file matches ${filters.map((s) => JSON.stringify(s)).join(' ')}`);
  process.exit(1);
}

const args = [
  '--import', './scripts/test-loader.mjs',
  '--test',
  `--test-concurrency=${availableParallelism()}`,
  '--test-timeout=600000',
  '--test-reporter=spec',
  ...files,
];
const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
