// Preloaded by `npm test` (`node --import ./scripts/test-loader.mjs --test ...`): lets Node run the
// TypeScript test files and the sources they import directly, with no build step.
//
// Why not jest: jest's module registry cannot load CommonJS packages that `require()` ESM-only
// packages (@cosmjs/proto-signing -> @noble/hashes v2, @scure/base v2: "Must use import to load ES
// Module"); plain Node 20.19+ can (require(esm)). Why these hooks and not esbuild/swc/tsx: no extra
// dependency (typescript is already a devDependency), and those ship per-platform optional binaries
// that this project's registry lacks, which breaks `npm ci` elsewhere. Type checking is separate:
// `npm run typecheck:tests`.
import { register } from 'node:module';

process.setSourceMapsEnabled(true);
register('./ts-hooks.mjs', import.meta.url);
