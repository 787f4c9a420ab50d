// Module loader hooks registered by test-loader.mjs (see there for why they exist).
// resolve: `./x.js` -> `./x.ts` when only the .ts exists (sources import by their compiled name).
// load: .ts files are transpiled, one file at a time, by typescript's transpileModule: types are
// stripped, nothing is type-checked, nothing is cached on disk.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const COMPILER_OPTIONS = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
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
    const { outputText } = ts.transpileModule(readFileSync(fileName, 'utf8'), { compilerOptions: COMPILER_OPTIONS, fileName });
    return { format: 'module', source: outputText, shortCircuit: true };
  }
  return nextLoad(url, context);
}
