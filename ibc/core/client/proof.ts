/**
 * ICS-23 proof checks of a `MerkleProof` against a consensus state's root, as ibc-go's
 * `23-commitment` `MerkleProof.VerifyMembership` / `VerifyNonMembership`: proofs[0] proves the key
 * (or its absence) in a substore and yields the substore root, proofs[1] proves
 * `prefix` → that root in the app hash. Verification itself is @confio/ics23's; the proof travels
 * in cosmjs-types' codec, so each CommitmentProof is re-decoded with the other codec (same wire format).
 * Also the relayer-side helpers that turn an `abci_query` proof into MerkleProof bytes.
 */
import { calculateExistenceRoot, ics23, verifyExistence, verifyNonExistence } from '@confio/ics23';
import { MerkleProof } from 'cosmjs-types/ibc/core/commitment/v1/commitment';
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import type { ProofSpec } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { ChainError } from '../../../chain/kernel/errors.js';
import type { ErrorSpec } from '../../../chain/kernel/errors.js';
import { bytesEqual, toHex } from '../../../chain/kernel/keys.js';
import { ClientErrors } from '../errors.js';
import { toIcs23Spec } from './tendermint.js';

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

function prepare(c: MerkleCheck, spec: ErrorSpec): { proofs: ics23.CommitmentProof[]; specs: ics23.ProofSpec[]; keys: Uint8Array[] } {
  const fail = (m: string): never => {
    throw new ChainError(spec, m);
  };
  let mp: MerkleProof;
  try {
    mp = MerkleProof.decode(c.proof);
  } catch (e) {
    return fail(`invalid proof: cannot decode it as an ICS-23 MerkleProof (${(e as Error).message})`);
  }
  if (mp.proofs.length === 0) fail('invalid merkle proof: proof must not be empty');
  if (c.root.length === 0) fail('invalid merkle proof: root cannot be empty');
  if (c.prefix.length === 0) fail('invalid prefix: prefix cannot be empty');
  if (c.specs.length !== mp.proofs.length) fail(`invalid merkle proof: ${mp.proofs.length} proofs for ${c.specs.length} proof specs; expected [proof of the key in store ${label(c.prefix)}, proof of that store in the app hash]`);
  // Key path [prefix, key]: proof i proves key path entry (n − 1 − i).
  const keys = [c.key, c.prefix];
  if (keys.length !== c.specs.length) fail(`invalid proof: path length ${keys.length} not same as proof ${c.specs.length}`);
  let proofs: ics23.CommitmentProof[];
  try {
    proofs = mp.proofs.map(toIcs23Proof);
  } catch (e) {
    return fail(`invalid proof: cannot convert the commitment proofs (${(e as Error).message})`);
  }
  return { proofs, specs: c.specs.map(toIcs23Spec), keys };
}

/** Proofs from `from` on are existence proofs chaining `value` up to `root`. */
function verifyChained(c: MerkleCheck, p: ReturnType<typeof prepare>, value: Uint8Array, from: number, spec: ErrorSpec): void {
  let subroot = value;
  for (let i = from; i < p.proofs.length; i++) {
    const key = p.keys[i]!;
    const ep = p.proofs[i]!.exist;
    if (ep === null || ep === undefined) throw new ChainError(spec, `invalid proof: commitment proof ${i} (for key ${label(key)}) must be an existence proof`);
    try {
      subroot = calculateExistenceRoot(ep);
      verifyExistence(ep, p.specs[i]!, subroot, key, value);
    } catch (e) {
      const what = i === 0 ? `key ${label(key)} with the expected value` : `store ${label(key)} in the app hash`;
      throw new ChainError(spec, `invalid proof: proof ${i} does not prove ${what}: ${(e as Error).message}`);
    }
    value = subroot;
  }
  if (!bytesEqual(subroot, c.root)) {
    throw new ChainError(spec, `invalid proof: proof did not commit to expected root: ${toHex(c.root)}, got: ${toHex(subroot)}. Please ensure proof was submitted with correct proofHeight and to the correct chain.`);
  }
}

/** Throws `FailedMembershipVerification` unless `proof` shows `prefix`/`key` = `value` under `root`. */
export function verifyMerkleMembership(c: MerkleCheck & { value: Uint8Array }): void {
  const spec = ClientErrors.FailedMembershipVerification;
  const p = prepare(c, spec);
  if (c.value.length === 0) throw new ChainError(spec, 'invalid proof: empty value in membership proof');
  verifyChained(c, p, c.value, 0, spec);
}

/** Throws `FailedNonMembershipVerification` unless `proof` shows `prefix`/`key` absent under `root`. */
export function verifyMerkleNonMembership(c: MerkleCheck): void {
  const spec = ClientErrors.FailedNonMembershipVerification;
  const p = prepare(c, spec);
  const np = p.proofs[0]!.nonexist;
  if (np === null || np === undefined) throw new ChainError(spec, `invalid proof: commitment proof 0 must be a non-existence proof for key ${label(c.key)} (the key may exist)`);
  let subroot: Uint8Array;
  try {
    const neighbour = np.left ?? np.right;
    if (neighbour === null || neighbour === undefined) throw new Error('neither left nor right proof defined');
    subroot = calculateExistenceRoot(neighbour);
    verifyNonExistence(np, p.specs[0]!, subroot, c.key);
  } catch (e) {
    throw new ChainError(spec, `invalid proof: failed to verify non-membership of key ${label(c.key)}: ${(e as Error).message}`);
  }
  verifyChained(c, p, subroot, 1, spec);
}
