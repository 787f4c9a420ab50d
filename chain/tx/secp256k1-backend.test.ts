import { describe, test } from 'node:test';
import { expect } from 'expect';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { fixedCorpus, randomCorpus, type VerifyCase } from '../testkit/secp256k1-corpus.js';
import { Secp256k1Verifier } from './secp256k1.js';
import { SECP256K1_BACKENDS, chooseSecp256k1Backend, loadSecp256k1Backend, Secp256k1BackendError, wellFormed, type Secp256k1Backend } from './secp256k1-backend.js';

/**
 * `MESHWORK_SECP256K1_CASES=100000` for the full differential run: about 15 minutes (noble is slow),
 * longer than `npm test` allows a file, so run it as
 * `MESHWORK_SECP256K1_CASES=100000 node --import ./scripts/test-loader.mjs --test --test-timeout=0 chain/tx/secp256k1-backend.test.ts`.
 */
const RANDOM_CASES = Number(process.env.MESHWORK_SECP256K1_CASES ?? 500);

/** What the chain accepted before libsecp256k1: noble's own verify with Cosmos' options. */
function nobleReference(c: VerifyCase): boolean {
  try {
    return secp256k1.verify(c.sig, c.digest, c.pubKey, { prehash: false, lowS: true, format: 'compact' });
  } catch {
    return false;
  }
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/**
 * Every backend, and (with `today`) the noble-path verifier the ante called before the backends
 * existed, answer each case as noble's verify does.
 */
function agree(cases: VerifyCase[], backends: Secp256k1Backend[], today?: Secp256k1Verifier): { valid: number; kinds: Set<string> } {
  let valid = 0;
  const kinds = new Set<string>();
  const names = [...(today === undefined ? [] : ['the pre-backend verifier']), ...backends.map((b) => b.name)];
  for (const c of cases) {
    const want = nobleReference(c);
    const got = [...(today === undefined ? [] : [today.verify(c.sig, c.digest, c.pubKey)]), ...backends.map((b) => b.verify(c.sig, c.digest, c.pubKey))];
    if (got.some((g) => g !== want)) {
      throw new Error(`backends disagree on a "${c.kind}" case: noble verify ${want}; ${names.join(', ')}: ${got.join(', ')}\n sig ${hex(c.sig)}\n digest ${hex(c.digest)}\n key ${hex(c.pubKey)}`);
    }
    if (want) valid++;
    kinds.add(c.kind);
  }
  return { valid, kinds };
}

describe('secp256k1 backends', () => {
  const backends = SECP256K1_BACKENDS.map(loadSecp256k1Backend);

  test('all three load here (linux-x64: native prebuilt, WASM, noble)', () => {
    expect(backends.map((b) => b.name)).toEqual(['native', 'wasm', 'noble']);
    expect(backends[0]!.library).toMatch(/libsecp256k1 \(secp256k1@\d+\.\d+\.\d+, N-API\)/);
    expect(backends[1]!.library).toMatch(/tiny-secp256k1@\d+/);
    expect(chooseSecp256k1Backend({}).backend.name).toBe('native');
  });

  test('MESHWORK_SECP256K1_BACKEND forces one, and a wrong name is a clear error', () => {
    expect(chooseSecp256k1Backend({ MESHWORK_SECP256K1_BACKEND: 'wasm' }).backend.name).toBe('wasm');
    expect(chooseSecp256k1Backend({ MESHWORK_SECP256K1_BACKEND: 'noble' }).backend.name).toBe('noble');
    expect(() => chooseSecp256k1Backend({ MESHWORK_SECP256K1_BACKEND: 'openssl' })).toThrow(Secp256k1BackendError);
    expect(() => chooseSecp256k1Backend({ MESHWORK_SECP256K1_BACKEND: 'openssl' })).toThrow(/expected one of native, wasm, noble/);
  });

  test('the fixed corpus: each backend answers as noble verify (low S, malformed inputs, x(R) ≥ n)', () => {
    const cases = fixedCorpus();
    // Small caches, so that key and table evictions happen in the pre-backend verifier too.
    const { valid, kinds } = agree(cases, backends, new Secp256k1Verifier({ keys: 5, tables: 2, tableCredit: 3 }));
    expect(cases.length).toBe(2 * 24 * 15 + 8 + 4);
    expect(valid).toBeGreaterThan(90);
    expect(kinds.has('high S')).toBe(true);
    expect(kinds.has('x(R) ≥ n')).toBe(true);
  });

  test(`${RANDOM_CASES} random and mutated cases: every backend agrees with noble verify`, () => {
    const cases = randomCorpus(RANDOM_CASES);
    const { valid, kinds } = agree(cases, backends);
    expect(cases.length).toBe(RANDOM_CASES);
    // About a fifth are valid signatures (plus mutations that keep validity, e.g. the uncompressed key).
    expect(valid).toBeGreaterThan(RANDOM_CASES / 6);
    expect(valid).toBeLessThan(RANDOM_CASES / 2);
    if (RANDOM_CASES >= 1000) {
      for (const k of ['high S', 'hybrid key', '32-byte x-only key', 'r at a boundary', 's at a boundary', 'negated key', 'random signature']) expect(kinds.has(k)).toBe(true);
    }
  });

  test('the WASM backend survives many keys off the curve (tiny-secp256k1 throws out of WebAssembly on them)', () => {
    const wasm = backends[1]!;
    const c = fixedCorpus(1, 1)[0]!;
    expect(wasm.verify(c.sig, c.digest, c.pubKey)).toBe(true);
    const offCurve = c.pubKey.slice();
    offCurve[32]! ^= 1;
    expect(nobleReference({ ...c, pubKey: offCurve })).toBe(false);
    // Unguarded, a few thousand of these corrupt the module's memory (found by the 100,000-case run).
    for (let i = 0; i < 20_000; i++) expect(wasm.verify(c.sig, c.digest, offCurve)).toBe(false);
    expect(wasm.verify(c.sig, c.digest, c.pubKey)).toBe(true);
  });

  test('the shared input rules: low S boundary, key prefixes, lengths', () => {
    const n = secp256k1.Point.Fn.ORDER;
    const sig = (r: bigint, s: bigint) => Buffer.from(r.toString(16).padStart(64, '0') + s.toString(16).padStart(64, '0'), 'hex');
    const d = new Uint8Array(32);
    const key = Uint8Array.from([2, ...new Uint8Array(32).fill(1)]);
    expect(wellFormed(sig(1n, n / 2n), d, key)).toBe(true);
    expect(wellFormed(sig(1n, n / 2n + 1n), d, key)).toBe(false);
    expect(wellFormed(sig(n - 1n, 1n), d, key)).toBe(true);
    expect(wellFormed(sig(n, 1n), d, key)).toBe(false);
    expect(wellFormed(sig(0n, 1n), d, key)).toBe(false);
    expect(wellFormed(sig(1n, 0n), d, key)).toBe(false);
    for (const prefix of [0, 1, 4, 6, 7]) expect(wellFormed(sig(1n, 1n), d, Uint8Array.from([prefix, ...key.subarray(1)]))).toBe(false);
    expect(wellFormed(sig(1n, 1n), d, Uint8Array.from([4, ...new Uint8Array(64)]))).toBe(true);
    expect(wellFormed(sig(1n, 1n), d, Uint8Array.from([6, ...new Uint8Array(64)]))).toBe(false);
    expect(wellFormed(sig(1n, 1n), d.subarray(1), key)).toBe(false);
  });
});
