/**
 * `node dist/scripts/gas-compare.js <gas.json> <before> <after>`: runs a contract gas profile
 * (contracts/<name>/gas.json) on two builds of a contract and prints gas per step and the change.
 * `before`/`after` are .wasm files or AssemblyScript entry files (compiled with the contract flags),
 * e.g. an older version: `git archive <commit> asconfig.json contracts | tar -x -C /tmp/old` (outside the repository: `npm test` would pick up its tests).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureGas, type GasProfile } from './build-contracts.js';
import { compileContract } from '../contracts/tools/compile.js';

async function load(path: string): Promise<Uint8Array> {
  if (path.endsWith('.ts')) {
    // compiled in its own tree (asconfig.json + SDK), e.g. `git archive <commit> asconfig.json contracts`
    const abs = resolve(path);
    return (await compileContract(abs, { baseDir: abs.slice(0, abs.lastIndexOf('/contracts/')) })).wasm;
  }
  return new Uint8Array(readFileSync(path));
}

export async function main(args: string[]): Promise<number> {
  if (args.length !== 3) {
    process.stderr.write('usage: node dist/scripts/gas-compare.js <gas.json> <before.wasm|entry.ts> <after.wasm|entry.ts>\n');
    return 2;
  }
  const profile = JSON.parse(readFileSync(args[0]!, 'utf8')) as GasProfile;
  const before = measureGas(await load(args[1]!), profile);
  const after = measureGas(await load(args[2]!), profile);
  let worst = -Infinity;
  console.log(`${'step'.padEnd(26)} ${'before'.padStart(12)} ${'after'.padStart(12)}  change`);
  profile.steps.forEach((s, i) => {
    const change = (100 * after[i]!) / before[i]! - 100;
    worst = Math.max(worst, change);
    console.log(`${s.label.padEnd(26)} ${String(before[i]).padStart(12)} ${String(after[i]).padStart(12)}  ${change >= 0 ? '+' : ''}${change.toFixed(2)}%`);
  });
  console.log(`largest increase: ${worst >= 0 ? '+' : ''}${worst.toFixed(2)}%`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
