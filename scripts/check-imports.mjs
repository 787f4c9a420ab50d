// `npm run lint:imports`: checks the import rules of ../shared/DESIGN.md (.dependency-cruiser.cjs)
// over every TypeScript folder, test files included; exits non-zero on any violation.
// Runs dependency-cruiser through its API: its CLI refuses Node 20 (it asks for ^22), but the
// cruise itself needs nothing newer than what the project's Node (>= 20.19) has.
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const FOLDERS = ['bytes', 'runtime', 'chain', 'ibc', 'app', 'multitest', 'tests', 'scripts', 'contracts/tools'];

const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const tsConfig = extractTSConfig(options.tsConfig?.fileName ?? 'tsconfig.test.json');
const result = await cruise(FOLDERS, { ...options, outputType: 'err-long' }, {}, { tsConfig });
process.stdout.write(typeof result.output === 'string' ? result.output : JSON.stringify(result.output));
process.exit(result.exitCode);
