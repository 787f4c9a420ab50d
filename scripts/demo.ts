/**
 * `npm run demo`: the main job until the chain exists. Checks every contract of the shared corpus
 * the way a chain's upload does (and compares with what upstream cosmwasm-vm decides), then runs
 * cw20 tokens — the Rust cw20-base and, when built, ours — through the runtime: instantiate,
 * transfer, query, with gas figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from '../app/cli/check.js';
import { DEFAULT_CAPABILITIES, Vm } from '../runtime/src/index.js';
import { addrMake, mockBackend, mockEnv, mockInfo } from '../runtime/src/testing/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const testdata = join(root, '..', 'shared', 'testdata');
const td = new TextDecoder();

interface ManifestEntry {
  file: string;
  expected_upload_on_cosmwasm_3: string;
}

function checkCorpus(): boolean {
  const manifest = JSON.parse(readFileSync(join(testdata, 'manifest.json'), 'utf8')) as { files: ManifestEntry[] };
  console.log(`1. Upload checks over ${manifest.files.length} real CosmWasm contracts (../shared/testdata)\n`);
  let agree = 0;
  for (const entry of manifest.files) {
    const r = checkFile(join(testdata, entry.file), DEFAULT_CAPABILITIES);
    const expectAccept = entry.expected_upload_on_cosmwasm_3.startsWith('accept');
    const same = r.accepted === expectAccept;
    if (same) agree++;
    const verdict = r.accepted ? 'accepted' : 'rejected';
    const note = r.accepted ? '' : `  ${r.detail.slice(0, 110)}`;
    console.log(`   ${same ? 'ok  ' : 'DIFF'} ${entry.file.padEnd(34)} ${verdict}${note}`);
  }
  console.log(`\n   ${agree}/${manifest.files.length} decisions agree with cosmwasm-vm 3.x\n`);
  return agree === manifest.files.length;
}

function runToken(label: string, wasm: Uint8Array): void {
  const vm = new Vm();
  const code = vm.storeCode(wasm);
  const backend = mockBackend();
  const alice = addrMake('alice');
  const bob = addrMake('bob');
  const ctx = { backend, gasLimit: 1e12 };
  const env = mockEnv();
  const init = vm.instantiate(
    code.checksum,
    env,
    mockInfo(alice),
    { name: 'Cash Token', symbol: 'CASH', decimals: 6, initial_balances: [{ address: alice, amount: '1000' }], mint: null, marketing: null },
    ctx,
  );
  const tx = vm.execute(code.checksum, env, mockInfo(alice), { transfer: { recipient: bob, amount: '300' } }, ctx);
  const bal = (who: string) => td.decode(vm.query(code.checksum, env, { balance: { address: who } }, ctx).value);
  let overdraft = '';
  try {
    vm.execute(code.checksum, env, mockInfo(bob), { transfer: { recipient: alice, amount: '3000' } }, ctx);
  } catch (e) {
    overdraft = (e as Error).message;
  }
  console.log(`   ${label} (${wasm.length.toLocaleString('en-US')} bytes, checksum ${code.checksum.slice(0, 12)}…)`);
  console.log(`     instantiate            gas ${init.gasUsed.toLocaleString('en-US')}`);
  console.log(`     transfer 300 → bob     gas ${tx.gasUsed.toLocaleString('en-US')}  attributes ${JSON.stringify(tx.value.attributes)}`);
  console.log(`     balances               alice ${bal(alice)}  bob ${bal(bob)}`);
  console.log(`     bob sends 3000         contract error: ${overdraft}\n`);
}

function main(): number {
  const corpusOk = checkCorpus();
  console.log('2. cw20 tokens through the runtime (in-memory backend)\n');
  runToken('cw20_base 1.0.1 (Rust, cw-plus)', new Uint8Array(readFileSync(join(testdata, 'cw-plus', 'cw20_base.wasm'))));
  const ours = join(root, 'build', 'cw20.wasm');
  if (existsSync(ours)) runToken('cw20 (Meshwork, AssemblyScript)', new Uint8Array(readFileSync(ours)));
  else console.log('   (build/cw20.wasm not found: `npm run build:contracts` builds our cw20)\n');
  return corpusOk ? 0 : 1;
}

process.exitCode = main();
