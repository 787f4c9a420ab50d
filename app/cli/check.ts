/**
 * `meshwork check <file.wasm>...`: runs every upload check a Meshwork chain runs (the same code
 * path as storing the code), like upstream `cosmwasm-check`.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_CAPABILITIES, StaticValidationError, checkWasm } from '../../runtime/src/index.js';

export interface CheckOutcome {
  file: string;
  accepted: boolean;
  detail: string;
}

function isGzip(b: Uint8Array): boolean {
  return b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;
}

export function checkFile(file: string, capabilities: readonly string[]): CheckOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
    if (isGzip(bytes)) bytes = gunzipSync(bytes);
  } catch (e) {
    return { file, accepted: false, detail: `cannot read: ${(e as Error).message}` };
  }
  try {
    const a = checkWasm(bytes, { capabilities });
    const caps = a.requiredCapabilities.length > 0 ? a.requiredCapabilities.join(', ') : 'none';
    const entries = a.entryPoints.length > 0 ? a.entryPoints.join(', ') : 'none';
    const ibc = a.hasIbcEntryPoints ? '; IBC entry points' : '';
    const mv = a.migrateVersion === null ? '' : `; migrate version ${a.migrateVersion}`;
    return { file, accepted: true, detail: `capabilities: ${caps}; entry points: ${entries}${ibc}${mv}` };
  } catch (e) {
    if (e instanceof StaticValidationError) return { file, accepted: false, detail: `[${e.rule}] ${e.message}` };
    throw e;
  }
}

export const CHECK_USAGE = 'meshwork check [--available-capabilities a,b,c] <file.wasm>...';

export function runCheck(args: string[]): number {
  let capabilities: readonly string[] = DEFAULT_CAPABILITIES;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--available-capabilities' || a === '-c') {
      const v = args[++i];
      if (v === undefined) {
        process.stderr.write('--available-capabilities needs a comma-separated list, e.g. iterator,staking\n');
        return 2;
      }
      capabilities = v.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    } else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write(`usage: ${CHECK_USAGE}\n`);
    return 2;
  }
  console.log(`Available capabilities: ${capabilities.join(', ')}\n`);
  let rejected = 0;
  for (const f of files) {
    const r = checkFile(f, capabilities);
    if (!r.accepted) rejected++;
    console.log(`${r.accepted ? 'pass' : 'FAIL'}  ${f}\n      ${r.detail}`);
  }
  console.log(`\n${files.length - rejected} passed, ${rejected} failed`);
  return rejected > 0 ? 1 : 0;
}
