// Module loader hooks registered by test-loader.mjs (see there for why they exist).
// resolve: `./x.js` -> `./x.ts` when only the .ts exists (sources import by their compiled name).
// load: .ts files are transpiled, one file at a time, by typescript's transpileModule: types are
// stripped, nothing is type-checked. The output is cached on disk by content: every test file runs
// in its own process (and many tests spawn CLI children), each of which would otherwise transpile
// the same few hundred sources again — most of a short test's time on this 2-core machine.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE_DIR = process.env.MESHWORK_TS_CACHE_DIR ?? join(ROOT, 'node_modules', '.cache', 'meshwork-ts-loader');
const NO_CACHE = process.env.MESHWORK_TS_CACHE === '0';
// typescript's version enters the key without loading the compiler (a cache hit never needs it)
const TS_VERSION = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('typescript/package.json'), 'utf8')).version;
let ts;
async function compiler() {
  ts ??= (await import('typescript')).default;
  return ts;
}

// ts.ModuleKind.ESNext and ts.ScriptTarget.ES2022, spelled as the strings transpileModule accepts
// so that the options (part of the cache key) need no compiler loaded
const COMPILER_OPTIONS = {
  module: 'esnext',
  target: 'es2022',
  isolatedModules: true,
  verbatimModuleSyntax: false,
  esModuleInterop: true,
  sourceMap: false,
  inlineSourceMap: true,
  inlineSources: true,
};

function isRelative(specifier) {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

export async function resolve(specifier, context, nextResolve) {
  if (isRelative(specifier) && context.parentURL?.startsWith('file:')) {
    const url = new URL(specifier, context.parentURL);
    const path = fileURLToPath(url);
    if (!existsSync(path)) {
      let candidate = null;
      if (path.endsWith('.js')) candidate = path.slice(0, -3) + '.ts';
      else if (!/\.[cm]?[jt]sx?$|\.json$/.test(path)) candidate = path + '.ts'; // extensionless
      if (candidate !== null && existsSync(candidate)) {
        return { url: pathToFileURL(candidate).href, format: 'module', shortCircuit: true };
      }
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.ts')) {
    const fileName = fileURLToPath(url);
    const source = readFileSync(fileName, 'utf8');
    // the file name is in the key too: the inline source map names it
    const key = createHash('sha256').update(`${TS_VERSION}\0${JSON.stringify(COMPILER_OPTIONS)}\0${fileName}\0`).update(source).digest('hex');
    const cached = join(CACHE_DIR, `${key}.js`);
    if (!NO_CACHE && existsSync(cached)) return { format: 'module', source: readFileSync(cached, 'utf8'), shortCircuit: true };
    const { outputText } = (await compiler()).transpileModule(source, { compilerOptions: COMPILER_OPTIONS, fileName });
    if (!NO_CACHE) {
      try {
        mkdirSync(CACHE_DIR, { recursive: true });
        // concurrent test processes write the same entry: a private temp file renamed into place
        const tmp = `${cached}.${process.pid}.tmp`;
        writeFileSync(tmp, outputText);
        renameSync(tmp, cached);
      } catch {
        // a read-only or full disk only loses the cache
      }
    }
    return { format: 'module', source: outputText, shortCircuit: true };
  }
  return nextLoad(url, context);
}
