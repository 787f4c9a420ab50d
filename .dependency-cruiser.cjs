/**
 * The import rules of ../shared/DESIGN.md ("The house"), checked by dependency-cruiser in CI
 * (`npm run lint:imports`). Layers, bottom up: bytes → runtime → chain → ibc → app → multitest; each
 * imports only the layers below it. Test files are checked too: they may import their own layer and
 * below, and the multi-test harness; production code never imports multitest/ or test helpers.
 * Inside chain/: the kernel and tx/ import no module (the ante handler is auth's); modules meet through
 * `api.ts` interfaces (auth and bank, the base modules, and slashing for evidence, excepted).
 */
/** Test files and test helpers: `*.test.ts`, a `test/` folder, and a folder's helpers, `testkit.ts` or `testkit/`. */
const TEST = '(\\.test\\.ts$|/test/|/testkit/|/testkit\\.ts$)';
const layer = (name, comment, from, to, extra = {}) => ({ name, comment, severity: 'error', from: { path: from, ...(extra.from ?? {}) }, to: { path: to, ...(extra.to ?? {}) } });

module.exports = {
  forbidden: [
    layer('bytes-imports-nothing', 'bytes/ is the bottom: nothing of ours', '^bytes/', '^(runtime|chain|ibc|app|multitest|tests|scripts|contracts|proto)/'),
    layer('runtime-imports-only-bytes', 'runtime/ knows nothing of chains: it may import bytes/ only', '^runtime/', '^(chain|ibc|app|multitest|tests|scripts|contracts|proto)/'),
    layer('chain-not-above', 'chain/ may import runtime/, bytes/ and proto/, never ibc/, app/ or the harnesses', '^chain/', '^(ibc|app|tests|scripts)/'),
    layer('ibc-not-above', 'ibc/ may import chain/, runtime/, bytes/ and proto/, never app/', '^ibc/', '^(app|tests|scripts)/'),
    layer('ibc-runtime-types-only', 'ibc/ uses the runtime\'s types only; it reaches contracts through chain/ (the wasm module)', '^ibc/', '^runtime/', { from: { pathNot: TEST }, to: { dependencyTypesNot: ['type-only'] } }),
    layer('app-not-above', 'app/ is the composition root: it imports everything but the harnesses', '^app/', '^(tests|scripts)/'),
    layer('multitest-not-above', 'multitest/ imports app/ and below', '^multitest/', '^(tests|scripts)/'),
    layer('no-multitest-below', 'only test files (*.test.ts), tests/ and scripts/ import multitest/: production code and the test helpers inside a layer (compiled into dist) do not', '^(bytes|runtime|chain|ibc|app)/', '^multitest/', { from: { pathNot: '\\.test\\.ts$' } }),
    layer('no-test-helpers-in-production', 'production code never imports test files or test helpers', '^(bytes|runtime|chain|ibc|app)/', TEST, { from: { pathNot: TEST } }),
    layer('contracts-import-no-ts', 'contracts import nothing of the TypeScript below (their build tools may use the runtime)', '^contracts/(?!tools/)', '^(bytes|runtime|chain|ibc|app|multitest)/'),
    layer('kernel-imports-no-module', 'the kernel imports no module, so not the ante handler (auth\'s; BaseApp depends on kernel/ante.ts)', '^chain/kernel/', '^chain/(modules|consensus|blockstore)/'),
    layer('tx-imports-no-module', 'chain/tx/ holds tx codecs and signing only: it imports no module (the ante handler is the auth module\'s)', '^chain/tx/', '^chain/(modules|consensus|blockstore)/', { from: { pathNot: TEST } }),
    layer('store-below-kernel', 'the store knows nothing of the kernel, modules or the tx pipeline (its crash test drives a whole chain)', '^chain/store/', '^chain/(kernel|modules|tx|consensus|blockstore)/', { from: { pathNot: TEST } }),
    layer('modules-meet-through-api', 'a module reaches another only through its api.ts (auth and bank, the base modules, excepted)', '^chain/modules/([^/]+)/', '^chain/modules/', {
      from: { pathNot: [TEST, '^chain/modules/evidence/'] },
      to: { pathNot: ['^chain/modules/$1/', '^chain/modules/(auth|bank)/', '^chain/modules/[^/]+/api\\.ts$'] },
    }),
    layer('evidence-meets-through-api', 'evidence reaches slashing (as the SDK x/evidence does) and others only through api.ts', '^chain/modules/evidence/', '^chain/modules/', {
      from: { pathNot: TEST },
      to: { pathNot: ['^chain/modules/evidence/', '^chain/modules/(auth|bank|slashing)/', '^chain/modules/[^/]+/api\\.ts$'] },
    }),
    {
      name: 'no-circular-in-wasm',
      comment: 'the wasm module has wasmd parts that do not import each other in a circle',
      severity: 'error',
      from: { path: '^chain/modules/wasm/', pathNot: TEST },
      to: { circular: true, path: '^chain/modules/wasm/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|build)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    combinedDependencies: false,
  },
};
