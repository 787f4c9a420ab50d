/**
 * The secp256k1 verification backend the chain uses, chosen once per process (and per worker):
 *  - `native`: libsecp256k1 through the `secp256k1` package's N-API binding (~20× noble);
 *  - `wasm`: libsecp256k1 compiled to WebAssembly in `tiny-secp256k1` (~5× noble);
 *  - `noble`: `@noble/curves` (pure TypeScript) with our key tables (`secp256k1.ts`), the last fallback.
 * `MESHWORK_SECP256K1_BACKEND=native|wasm|noble` forces one (an error when it cannot load).
 *
 * Accept/reject must be the same for every backend, whatever the libraries' own rules, so the
 * Cosmos rules are checked here before any backend sees the input: a 64-byte r‖s, 1 ≤ r < n,
 * 1 ≤ s ≤ n/2 (low S, as the SDK's `VerifySignature`), a 32-byte digest taken as an integer mod n,
 * and a public key in SEC1 compressed (02/03, 33 bytes) or uncompressed (04, 65 bytes) form.
 * libsecp256k1 alone would also take "hybrid" keys (06/07) and tiny-secp256k1 32-byte x-only keys:
 * both are refused here, as noble refuses them. A backend that throws counts as a rejection.
 * Each backend is also checked on known answers when it loads; one that answers wrongly is not used.
 * `secp256k1-backend.test.ts` runs the three side by side on valid, tampered and malformed inputs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Secp256k1Verifier } from './secp256k1.js';

export type Secp256k1BackendName = 'native' | 'wasm' | 'noble';
export const SECP256K1_BACKENDS: readonly Secp256k1BackendName[] = ['native', 'wasm', 'noble'];
export const SECP256K1_BACKEND_ENV = 'MESHWORK_SECP256K1_BACKEND';

export interface Secp256k1Backend {
  readonly name: Secp256k1BackendName;
  /** The library behind it, for logs and metrics. */
  readonly library: string;
  /** Cosmos secp256k1 verification: 64-byte compact signature, low S only, over a 32-byte digest. */
  verify(sig: Uint8Array, digest: Uint8Array, pubKey: Uint8Array): boolean;
}

export class Secp256k1BackendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Secp256k1BackendError';
  }
}

/** n, and ⌊n/2⌋ (the largest low S), big-endian. */
const N_BYTES = Buffer.from('fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141', 'hex');
const HALF_N_BYTES = Buffer.from('7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0', 'hex');

function isZero32(b: Uint8Array, at: number): boolean {
  for (let i = at; i < at + 32; i++) if (b[i] !== 0) return false;
  return true;
}

/** Big-endian compare of the 32 bytes of `b` at `at` with `limit`. */
function cmp32(b: Uint8Array, at: number, limit: Uint8Array): number {
  for (let i = 0; i < 32; i++) {
    const x = b[at + i]!;
    const y = limit[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The rules every backend's input must pass (see the module comment); false means reject. */
export function wellFormed(sig: Uint8Array, digest: Uint8Array, pubKey: Uint8Array): boolean {
  if (sig.length !== 64 || digest.length !== 32) return false;
  if (pubKey.length === 33) {
    if (pubKey[0] !== 2 && pubKey[0] !== 3) return false;
  } else if (pubKey.length === 65) {
    if (pubKey[0] !== 4) return false;
  } else return false;
  if (isZero32(sig, 0) || cmp32(sig, 0, N_BYTES) >= 0) return false;
  if (isZero32(sig, 32) || cmp32(sig, 32, HALF_N_BYTES) > 0) return false;
  return true;
}

const require = createRequire(import.meta.url);

interface NativeSecp256k1 {
  ecdsaVerify(sig: Uint8Array, msg32: Uint8Array, pubKey: Uint8Array): boolean;
}

interface TinySecp256k1 {
  isPoint(p: Uint8Array): boolean;
  verify(h: Uint8Array, q: Uint8Array, signature: Uint8Array, strict?: boolean): boolean;
}

/** The installed version of a package (its `exports` may hide package.json, so walk up from its entry). */
function packageVersion(name: string): string {
  try {
    let dir = dirname(require.resolve(name));
    for (let i = 0; i < 6; i++) {
      const file = join(dir, 'package.json');
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name && pkg.version !== undefined) return pkg.version;
      }
      dir = dirname(dir);
    }
  } catch {
    // unknown version: only the label suffers
  }
  return '?';
}

function guarded(name: Secp256k1BackendName, library: string, raw: (sig: Uint8Array, digest: Uint8Array, pubKey: Uint8Array) => boolean): Secp256k1Backend {
  return {
    name,
    library,
    verify(sig, digest, pubKey) {
      if (!wellFormed(sig, digest, pubKey)) return false;
      try {
        return raw(sig, digest, pubKey) === true;
      } catch {
        return false;
      }
    },
  };
}

function loadNative(): Secp256k1Backend {
  // `secp256k1/bindings` is the N-API addon alone: the package's main entry would fall back to a
  // pure-JS `elliptic` build without saying so, and that is not what this backend promises.
  const lib = require('secp256k1/bindings') as NativeSecp256k1;
  return guarded('native', `libsecp256k1 (secp256k1@${packageVersion('secp256k1')}, N-API)`, (sig, digest, pub) => lib.ecdsaVerify(sig, digest, pub));
}

function loadWasm(): Secp256k1Backend {
  const lib = require('tiny-secp256k1') as TinySecp256k1;
  // tiny-secp256k1 reports a key that is not on the curve by throwing out of its WebAssembly, which
  // leaves the module's shadow-stack pointer behind: after a few thousand such throws its memory is
  // corrupt (valid signatures fail, then the module traps). So keys go through its non-throwing
  // `isPoint` first; with r and s in range (`wellFormed`) `verify` has nothing left to throw on.
  // Should it throw anyway, the instance is not trusted again: noble answers from then on.
  let poisoned: Secp256k1Verifier | undefined;
  return guarded('wasm', `libsecp256k1 (tiny-secp256k1@${packageVersion('tiny-secp256k1')}, WebAssembly)`, (sig, digest, pub) => {
    if (poisoned !== undefined) return poisoned.verify(sig, digest, pub);
    if (!lib.isPoint(pub)) return false;
    try {
      // strict: high S is refused by the library too (it is refused before already).
      return lib.verify(digest, pub, sig, true);
    } catch {
      poisoned = new Secp256k1Verifier();
      return poisoned.verify(sig, digest, pub);
    }
  });
}

function loadNoble(): Secp256k1Backend {
  const v = new Secp256k1Verifier();
  return guarded('noble', `@noble/curves@${packageVersion('@noble/curves')}`, (sig, digest, pub) => v.verify(sig, digest, pub));
}

/**
 * Known answers every backend must give before it is used: a signature by the key 1 (the point G)
 * made with noble (RFC 6979, deterministic), the same over a digest one bit off, and its high-S twin.
 */
let known: { pub: Uint8Array; digest: Uint8Array; other: Uint8Array; sig: Uint8Array; highS: Uint8Array } | undefined;

function knownAnswers(): NonNullable<typeof known> {
  if (known !== undefined) return known;
  const priv = new Uint8Array(32);
  priv[31] = 1;
  const digest = sha256(new TextEncoder().encode('meshwork secp256k1 backend self-test'));
  const other = digest.slice();
  other[0]! ^= 1;
  const sig = secp256k1.sign(digest, priv, { prehash: false, format: 'compact', lowS: true });
  const parsed = secp256k1.Signature.fromBytes(sig, 'compact');
  const highS = new secp256k1.Signature(parsed.r, secp256k1.Point.Fn.ORDER - parsed.s).toBytes('compact');
  known = { pub: secp256k1.getPublicKey(priv, true), digest, other, sig, highS };
  return known;
}

function selfTest(b: Secp256k1Backend): void {
  const k = knownAnswers();
  if (!b.verify(k.sig, k.digest, k.pub)) throw new Secp256k1BackendError(`${b.library} rejects a valid signature`);
  if (b.verify(k.sig, k.other, k.pub)) throw new Secp256k1BackendError(`${b.library} accepts a signature over another digest`);
  if (b.verify(k.highS, k.digest, k.pub)) throw new Secp256k1BackendError(`${b.library} accepts a high-S signature`);
}

const LOADERS: Record<Secp256k1BackendName, () => Secp256k1Backend> = { native: loadNative, wasm: loadWasm, noble: loadNoble };

/** Loads one backend and checks it on known answers; throws `Secp256k1BackendError` when it cannot be used. */
export function loadSecp256k1Backend(name: Secp256k1BackendName): Secp256k1Backend {
  let b: Secp256k1Backend;
  try {
    b = LOADERS[name]();
  } catch (e) {
    throw new Secp256k1BackendError(`the ${name} secp256k1 backend cannot load: ${(e as Error).message}`);
  }
  selfTest(b);
  return b;
}

export interface BackendChoice {
  backend: Secp256k1Backend;
  /** Backends tried before it and why they were passed over (empty when the first one loaded). */
  skipped: Array<{ name: Secp256k1BackendName; reason: string }>;
}

export function parseBackendName(v: string, source: string): Secp256k1BackendName {
  if ((SECP256K1_BACKENDS as readonly string[]).includes(v)) return v as Secp256k1BackendName;
  throw new Secp256k1BackendError(`${source} is "${v}"; expected one of ${SECP256K1_BACKENDS.join(', ')}`);
}

/** The fastest backend that loads (or the one `MESHWORK_SECP256K1_BACKEND` names). */
export function chooseSecp256k1Backend(env: NodeJS.ProcessEnv = process.env): BackendChoice {
  const forced = env[SECP256K1_BACKEND_ENV];
  if (forced !== undefined && forced !== '') return { backend: loadSecp256k1Backend(parseBackendName(forced, SECP256K1_BACKEND_ENV)), skipped: [] };
  const skipped: BackendChoice['skipped'] = [];
  for (const name of SECP256K1_BACKENDS) {
    try {
      return { backend: loadSecp256k1Backend(name), skipped };
    } catch (e) {
      skipped.push({ name, reason: (e as Error).message });
    }
  }
  throw new Secp256k1BackendError(`no secp256k1 backend loads: ${skipped.map((s) => s.reason).join('; ')}`);
}

let inUse: BackendChoice | undefined;

/** The backend this process verifies with (chosen on first use). */
export function secp256k1Backend(): BackendChoice {
  inUse ??= chooseSecp256k1Backend();
  return inUse;
}

/**
 * Makes `name` the backend this process verifies with from now on (benchmarks compare them; an
 * embedding program may pin one). Worker pools created afterwards load the same one.
 */
export function selectSecp256k1Backend(name: Secp256k1BackendName): BackendChoice {
  inUse = { backend: loadSecp256k1Backend(name), skipped: [] };
  return inUse;
}

/** Cosmos secp256k1 verification with the process's backend (what the ante handler calls). */
export function verifySecp256k1(sig: Uint8Array, digest: Uint8Array, pubKey: Uint8Array): boolean {
  return (inUse ?? secp256k1Backend()).backend.verify(sig, digest, pubKey);
}
