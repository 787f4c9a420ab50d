/**
 * ICS-23 proof checks of a `MerkleProof` against a consensus state's root, as ibc-go's
 * `23-commitment` `MerkleProof.VerifyMembership` / `VerifyNonMembership`: proofs[0] proves the key
 * (or its absence) in a substore and yields the substore root, proofs[1] proves
 * `prefix` → that root in the app hash. Verification itself is @confio/ics23's; the proof travels
 * in cosmjs-types' codec, so each CommitmentProof is re-decoded with the other codec (same wire format).
 * Also the relayer-side helpers that turn an `abci_query` proof into MerkleProof bytes.
 */
import { calculateExistenceRoot, ics23, verifyNonExistence } from '@confio/ics23';
// Not re-exported by the package index; the same functions `verifyExistence` runs, so that a step's
// root is hashed once (see `existenceStep`).
import { ensureSpec } from '@confio/ics23/build/proofs.js';
import { ensureBytesEqual } from '@confio/ics23/build/specs.js';
import { BinaryReader } from 'cosmjs-types/binary';
import * as nodeCrypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { MerkleProof } from 'cosmjs-types/ibc/core/commitment/v1/commitment';
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { ProofSpec } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { ChainError } from '../../../chain/kernel/errors.js';
import type { ErrorSpec } from '../../../chain/kernel/errors.js';
import { bytesEqual, toHex } from '../../../chain/kernel/keys.js';
import { ClientErrors } from '../errors.js';

export const toIcs23Proof = (p: CommitmentProof): ics23.CommitmentProof => ics23.CommitmentProof.decode(CommitmentProof.encode(p).finish());
export const fromIcs23Proof = (p: ics23.ICommitmentProof): CommitmentProof => CommitmentProof.decode(ics23.CommitmentProof.encode(p).finish());

/** MerkleProof bytes from ICS-23 proofs (e.g. `MultiStore.proveKey(...).proofs`). */
export function encodeMerkleProof(proofs: readonly ics23.ICommitmentProof[]): Uint8Array {
  return MerkleProof.encode({ proofs: proofs.map(fromIcs23Proof) }).finish();
}

/**
 * MerkleProof bytes from an `abci_query(prove=true)` result's proof ops (what ts-relayer does with
 * cosmjs `queryRawProof`): exactly two ops, `ics23:iavl` then `ics23:simple`.
 */
export function merkleProofFromProofOps(ops: readonly { type: string; data: Uint8Array }[] | undefined): Uint8Array {
  if (ops === undefined || ops.length !== 2) throw new Error(`expected 2 proof ops (ics23:iavl, ics23:simple), got ${ops?.length ?? 0}; query with prove=true`);
  if (ops[0]!.type !== 'ics23:iavl' || ops[1]!.type !== 'ics23:simple') throw new Error(`unexpected proof op types ${ops[0]!.type}, ${ops[1]!.type}; expected ics23:iavl, ics23:simple`);
  return MerkleProof.encode({ proofs: ops.map((o) => CommitmentProof.decode(o.data)) }).finish();
}

export interface MerkleCheck {
  /** The client state's proof specs, in proof order (substore first). */
  specs: readonly ProofSpec[];
  /** The consensus state's root (the counterparty app hash). */
  root: Uint8Array;
  proof: Uint8Array;
  /** MerklePrefix key prefix, e.g. "ibc": the store name. */
  prefix: Uint8Array;
  /** The key inside that store. */
  key: Uint8Array;
}

const label = (b: Uint8Array): string => {
  const s = new TextDecoder('utf-8', { fatal: false }).decode(b);
  return /^[\x20-\x7e]*$/.test(s) ? JSON.stringify(s) : toHex(b);
};

/**
 * The CommitmentProofs of MerkleProof bytes, each as its own encoding (`repeated CommitmentProof
 * proofs = 1`; other fields are skipped as the codec would). Decoding them straight into
 * @confio/ics23's codec saves the cosmjs-types decode and re-encode per proof, and the raw bytes of
 * each proof are what the verified-proof cache is keyed by.
 */
function splitMerkleProof(bytes: Uint8Array): Uint8Array[] {
  const r = new BinaryReader(bytes);
  const out: Uint8Array[] = [];
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) out.push(r.bytes());
    else r.skipType(tag & 7);
  }
  return out;
}

/** Proof specs come from client states (the same few per chain): converted once per encoding. */
const specCache = new Map<string, { spec: ics23.ProofSpec; key: string }>();
const SPEC_CACHE_SIZE = 64;

/**
 * Frozen specs (those of client states decoded by the keeper, shared across reads) converted before,
 * by identity: a frozen object cannot have changed since.
 */
const frozenSpecs = new WeakMap<ProofSpec, { spec: ics23.ProofSpec; key: string }>();

function ics23Spec(s: ProofSpec): { spec: ics23.ProofSpec; key: string } {
  const frozen = Object.isFrozen(s);
  if (frozen) {
    const hit = frozenSpecs.get(s);
    if (hit !== undefined) return hit;
  }
  const e = ics23SpecByBytes(s);
  if (frozen) frozenSpecs.set(s, e);
  return e;
}

function ics23SpecByBytes(s: ProofSpec): { spec: ics23.ProofSpec; key: string } {
  const bytes = ProofSpec.encode(s).finish();
  const k = digestOf([bytes]);
  let e = specCache.get(k);
  if (e === undefined) {
    if (specCache.size >= SPEC_CACHE_SIZE) specCache.delete(specCache.keys().next().value!);
    e = { spec: ics23.ProofSpec.decode(bytes), key: k };
    specCache.set(k, e);
  }
  return e;
}

/**
 * A cache key over several byte strings: sha256 of their length-prefixed concatenation (node's
 * native hash, so keying a 2 KB proof costs microseconds, not a copy into a string).
 */
function digestOf(parts: ReadonlyArray<Uint8Array | string>): string {
  const h = createHash('sha256');
  const len = Buffer.alloc(4);
  for (const p of parts) {
    len.writeUInt32BE(typeof p === 'string' ? Buffer.byteLength(p) : p.length);
    h.update(len);
    h.update(p);
  }
  return h.digest('base64');
}

/**
 * Store-in-app-hash steps (proof 1) that verified, keyed by everything the step's verdict depends
 * on: spec, proof bytes, store name, store root and app hash. All the packets a relayer proves at
 * one height share this step, so a tx of 100 MsgRecvPacket checks it once instead of 100 times
 * ("prove once per height"). Verification is a pure function of the key, so the cache cannot
 * change a verdict; gas is not metered per hash, so it cannot change gas either.
 */
const verifiedSteps = new Set<string>();
const VERIFIED_STEPS_SIZE = 1024;

function rememberStep(k: string): void {
  if (verifiedSteps.size >= VERIFIED_STEPS_SIZE) verifiedSteps.delete(verifiedSteps.values().next().value!);
  verifiedSteps.add(k);
}

interface Prepared {
  proofs: ics23.CommitmentProof[];
  raw: Uint8Array[];
  specs: Array<{ spec: ics23.ProofSpec; key: string }>;
  keys: Uint8Array[];
}

function prepare(c: MerkleCheck, spec: ErrorSpec, specs?: Prepared['specs']): Prepared {
  const fail = (m: string): never => {
    throw new ChainError(spec, m);
  };
  let raw: Uint8Array[];
  try {
    raw = splitMerkleProof(c.proof);
  } catch (e) {
    return fail(`invalid proof: cannot decode it as an ICS-23 MerkleProof (${(e as Error).message})`);
  }
  if (raw.length === 0) fail('invalid merkle proof: proof must not be empty');
  if (c.root.length === 0) fail('invalid merkle proof: root cannot be empty');
  if (c.prefix.length === 0) fail('invalid prefix: prefix cannot be empty');
  if (c.specs.length !== raw.length) fail(`invalid merkle proof: ${raw.length} proofs for ${c.specs.length} proof specs; expected [proof of the key in store ${label(c.prefix)}, proof of that store in the app hash]`);
  // Key path [prefix, key]: proof i proves key path entry (n − 1 − i).
  const keys = [c.key, c.prefix];
  if (keys.length !== c.specs.length) fail(`invalid proof: path length ${keys.length} not same as proof ${c.specs.length}`);
  let proofs: ics23.CommitmentProof[];
  try {
    proofs = raw.map((b) => ics23.CommitmentProof.decode(b));
  } catch (e) {
    return fail(`invalid proof: cannot decode it as an ICS-23 MerkleProof (${(e as Error).message})`);
  }
  return { proofs, raw, specs: specs ?? c.specs.map(ics23Spec), keys };
}

/** Node's one-shot digest (Node ≥ 20.12; not in this @types/node), else a Hash object. */
const oneShot = (nodeCrypto as unknown as { hash?: (alg: string, data: Uint8Array, enc: 'buffer') => Buffer }).hash;
function sha256Of(data: Uint8Array): Uint8Array {
  return oneShot !== undefined ? oneShot('sha256', data, 'buffer') : createHash('sha256').update(data).digest();
}

const { HashOp, LengthOp } = ics23;

/** protobuf varint of a length (ics23 `VAR_PROTO`). */
function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n & 127) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

function leafData(prehash: ics23.HashOp, length: ics23.LengthOp, data: Uint8Array): Uint8Array | number[] {
  const d = prehash === HashOp.SHA256 ? sha256Of(data) : data;
  return length === LengthOp.VAR_PROTO ? [...varint(d.length), ...d] : d;
}

/**
 * `calculateExistenceRoot` of @confio/ics23 for the ops the SDK's specs use (sha256, no prehash or
 * sha256 prehash, no length prefix or protobuf varint), hashing with node's native sha256 into one
 * buffer per step: the library builds each preimage by spreading arrays and hashes in JavaScript,
 * which made the path hashing of a batch's proofs the largest cost of checking them. Any other
 * op goes to the library, so results are the library's (proof.test.ts compares the two).
 */
export function existenceRoot(ep: ics23.IExistenceProof): Uint8Array {
  const leaf = ep.leaf;
  const fast =
    leaf !== null &&
    leaf !== undefined &&
    (leaf.hash ?? HashOp.NO_HASH) === HashOp.SHA256 &&
    [HashOp.NO_HASH, HashOp.SHA256].includes(leaf.prehashKey ?? HashOp.NO_HASH) &&
    [HashOp.NO_HASH, HashOp.SHA256].includes(leaf.prehashValue ?? HashOp.NO_HASH) &&
    [LengthOp.NO_PREFIX, LengthOp.VAR_PROTO].includes(leaf.length ?? LengthOp.NO_PREFIX) &&
    (ep.path ?? []).every((op) => (op.hash ?? HashOp.NO_HASH) === HashOp.SHA256);
  if (!fast) return calculateExistenceRoot(ep);
  const key = ep.key;
  const value = ep.value;
  // The library's checks, in its order and words.
  if (!key || !value) throw new Error('Existence proof needs key and value set');
  if (key.length === 0) throw new Error('Missing key');
  if (value.length === 0) throw new Error('Missing value');
  const prefix = leaf.prefix ?? EMPTY;
  const length = leaf.length ?? LengthOp.NO_PREFIX;
  const pk = leafData(leaf.prehashKey ?? HashOp.NO_HASH, length, key);
  const pv = leafData(leaf.prehashValue ?? HashOp.NO_HASH, length, value);
  const pre = new Uint8Array(prefix.length + pk.length + pv.length);
  pre.set(prefix, 0);
  pre.set(pk, prefix.length);
  pre.set(pv, prefix.length + pk.length);
  let res = sha256Of(pre);
  for (const op of ep.path ?? []) {
    const p = op.prefix ?? EMPTY;
    const s = op.suffix ?? EMPTY;
    const buf = new Uint8Array(p.length + res.length + s.length);
    buf.set(p, 0);
    buf.set(res, p.length);
    buf.set(s, p.length + res.length);
    res = sha256Of(buf);
  }
  return res;
}

const EMPTY = new Uint8Array();

/**
 * One existence step: `ep` proves `key` = `value` under the root it computes, which is returned.
 * The root is hashed once (`verifyExistence` alone would hash the path a second time).
 */
function existenceStep(ep: ics23.IExistenceProof, spec: ics23.ProofSpec, key: Uint8Array, value: Uint8Array): Uint8Array {
  ensureSpec(ep, spec);
  const root = existenceRoot(ep);
  ensureBytesEqual(key, ep.key!);
  ensureBytesEqual(value, ep.value!);
  return root;
}

/** Proofs from `from` on are existence proofs chaining `value` up to `root`. */
function verifyChained(c: MerkleCheck, p: Prepared, value: Uint8Array, from: number, spec: ErrorSpec): void {
  let subroot = value;
  for (let i = from; i < p.proofs.length; i++) {
    const key = p.keys[i]!;
    const ep = p.proofs[i]!.exist;
    if (ep === null || ep === undefined) throw new ChainError(spec, `invalid proof: commitment proof ${i} (for key ${label(key)}) must be an existence proof`);
    // The last step ends at the app hash: seen verified before, its root is the app hash.
    const last = i === p.proofs.length - 1;
    const stepKey = last ? digestOf([p.specs[i]!.key, p.raw[i]!, key, value, c.root]) : undefined;
    if (stepKey !== undefined && verifiedSteps.has(stepKey)) return;
    try {
      subroot = existenceStep(ep, p.specs[i]!.spec, key, value);
    } catch (e) {
      const what = i === 0 ? `key ${label(key)} with the expected value` : `store ${label(key)} in the app hash`;
      throw new ChainError(spec, `invalid proof: proof ${i} does not prove ${what}: ${(e as Error).message}`);
    }
    if (stepKey !== undefined && bytesEqual(subroot, c.root)) rememberStep(stepKey);
    value = subroot;
  }
  if (!bytesEqual(subroot, c.root)) {
    throw new ChainError(spec, `invalid proof: proof did not commit to expected root: ${toHex(c.root)}, got: ${toHex(subroot)}. Please ensure proof was submitted with correct proofHeight and to the correct chain.`);
  }
}

/**
 * Whole checks that passed, keyed by all their inputs. A relayer's tx is verified when it is
 * simulated and again when it is delivered; the second time finds the first's verdict.
 */
const verifiedChecks = new Set<string>();
const VERIFIED_CHECKS_SIZE = 2048;

function checkKey(kind: string, c: MerkleCheck, specs: Prepared['specs'], value: Uint8Array | undefined): string {
  return digestOf([kind, ...specs.map((x) => x.key), c.root, c.prefix, c.key, value ?? '', c.proof]);
}

/** Runs `verify` unless the same check passed before; remembers it when it passes. */
function once(k: string, verify: () => void): void {
  if (verifiedChecks.has(k)) return;
  verify();
  if (verifiedChecks.size >= VERIFIED_CHECKS_SIZE) verifiedChecks.delete(verifiedChecks.values().next().value!);
  verifiedChecks.add(k);
}

/** Throws `FailedMembershipVerification` unless `proof` shows `prefix`/`key` = `value` under `root`. */
export function verifyMerkleMembership(c: MerkleCheck & { value: Uint8Array }): void {
  const spec = ClientErrors.FailedMembershipVerification;
  if (c.value.length === 0) {
    prepare(c, spec);
    throw new ChainError(spec, 'invalid proof: empty value in membership proof');
  }
  const specs = c.specs.map(ics23Spec);
  once(checkKey('member', c, specs, c.value), () => verifyChained(c, prepare(c, spec, specs), c.value, 0, spec));
}

/** Throws `FailedNonMembershipVerification` unless `proof` shows `prefix`/`key` absent under `root`. */
export function verifyMerkleNonMembership(c: MerkleCheck): void {
  const specs = c.specs.map(ics23Spec);
  once(checkKey('absent', c, specs, undefined), () => verifyNonMembershipUncached(c, specs));
}

function verifyNonMembershipUncached(c: MerkleCheck, specs: Prepared['specs']): void {
  const spec = ClientErrors.FailedNonMembershipVerification;
  const p = prepare(c, spec, specs);
  const np = p.proofs[0]!.nonexist;
  if (np === null || np === undefined) throw new ChainError(spec, `invalid proof: commitment proof 0 must be a non-existence proof for key ${label(c.key)} (the key may exist)`);
  let subroot: Uint8Array;
  try {
    const neighbour = np.left ?? np.right;
    if (neighbour === null || neighbour === undefined) throw new Error('neither left nor right proof defined');
    subroot = existenceRoot(neighbour);
    verifyNonExistence(np, p.specs[0]!.spec, subroot, c.key);
  } catch (e) {
    throw new ChainError(spec, `invalid proof: failed to verify non-membership of key ${label(c.key)}: ${(e as Error).message}`);
  }
  verifyChained(c, p, subroot, 1, spec);
}
