/**
 * Where the shared corpus of real CosmWasm contracts lives: `../shared/testdata` beside the
 * repository (override with MESHWORK_TESTDATA).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function testdataDir(): string {
  const fromEnv = process.env.MESHWORK_TESTDATA;
  if (fromEnv) return fromEnv;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../../../shared/testdata'), path.resolve(process.cwd(), '../shared/testdata')];
  return candidates.find((c) => existsSync(path.join(c, 'manifest.json'))) ?? candidates[0]!;
}

export const TESTDATA = testdataDir();

/** Bytes of a corpus file, e.g. `loadTestdata('cosmwasm/hackatom.wasm')`. */
export function loadTestdata(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(TESTDATA, relative)));
}
