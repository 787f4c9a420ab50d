/**
 * Commits (the >2/3 precommits that finalize a block) and their verification, as CometBFT's
 * `VerifyCommit` / `VerifyCommitLightTrusting`. Exported for IBC light clients of our chain.
 */
import type { BlockID, Commit, CommitSig, Header } from 'cosmjs-types/tendermint/types/types';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import { bytesEqual, toHex } from '../kernel/keys.js';
import { headerHash, precommitSignBytes, ZERO_TIME } from './encoding.js';
import { verifyEd25519 } from './keys.js';
import type { ValidatorSet } from './validator_set.js';

export class CommitVerificationError extends Error {
  override readonly name = 'CommitVerificationError';
}

export function absentSig(): CommitSig {
  return { blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_ABSENT, validatorAddress: new Uint8Array(), timestamp: ZERO_TIME, signature: new Uint8Array() };
}

/** The sign bytes of commit signature `sig` (COMMIT: for the commit's block id; NIL: for nil). */
export function commitSigSignBytes(chainId: string, commit: Commit, sig: CommitSig): Uint8Array {
  const blockId: BlockID | undefined = sig.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT ? commit.blockId : undefined;
  return precommitSignBytes({ chainId, height: commit.height, round: commit.round, blockId, timestamp: sig.timestamp });
}

export interface CommitTally {
  signedPower: bigint;
  totalPower: bigint;
}

/**
 * Full verification of `commit` for `header` by the validator set that signed it (CometBFT
 * `VerifyCommit`): the set must be the header's `validators_hash`, signatures line up with the set's
 * order, every present signature verifies, and COMMIT votes carry more than 2/3 of the power.
 * Throws `CommitVerificationError` saying what is wrong.
 */
export function verifyCommit(vals: ValidatorSet, header: Header, commit: Commit): CommitTally {
  const fail = (m: string): never => {
    throw new CommitVerificationError(`commit for height ${header.height}: ${m}`);
  };
  if (!bytesEqual(vals.hash(), header.validatorsHash)) fail(`validator set hash ${toHex(vals.hash())} is not the header's validators_hash ${toHex(header.validatorsHash)}`);
  if (commit.height !== header.height) fail(`commit is for height ${commit.height}`);
  const hash = headerHash(header);
  if (!bytesEqual(commit.blockId.hash, hash)) fail(`commit signs block ${toHex(commit.blockId.hash)}, but the header hashes to ${toHex(hash)}`);
  if (commit.signatures.length !== vals.size) fail(`commit has ${commit.signatures.length} signatures for ${vals.size} validators`);
  let signed = 0n;
  commit.signatures.forEach((sig, i) => {
    const v = vals.validators[i]!;
    if (sig.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_ABSENT) {
      if (sig.signature.length !== 0 || sig.validatorAddress.length !== 0) fail(`absent signature ${i} carries an address or signature`);
      return;
    }
    if (sig.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT && sig.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_NIL) fail(`signature ${i} has unknown block id flag ${sig.blockIdFlag}`);
    if (!bytesEqual(sig.validatorAddress, v.address)) fail(`signature ${i} is from ${toHex(sig.validatorAddress)}, expected validator ${toHex(v.address)}`);
    if (!verifyEd25519(sig.signature, commitSigSignBytes(header.chainId, commit, sig), v.pubKey)) fail(`invalid signature from validator ${toHex(v.address)}`);
    if (sig.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT) signed += v.power;
  });
  const total = vals.totalPower;
  if (signed * 3n <= total * 2n) fail(`insufficient voting power: ${signed} of ${total} signed, more than 2/3 needed`);
  return { signedPower: signed, totalPower: total };
}

/**
 * Non-adjacent (skipping) verification, CometBFT `VerifyCommitLightTrusting`: validators of a
 * *trusted* set that signed `commit` must hold more than `trust` (numerator/denominator, e.g. 1/3)
 * of the trusted set's power. Signatures are matched by address, not by index.
 */
export function verifyCommitTrusting(chainId: string, trusted: ValidatorSet, commit: Commit, trust: { numerator: bigint; denominator: bigint }): CommitTally {
  if (trust.denominator <= 0n || trust.numerator <= 0n || trust.numerator > trust.denominator) throw new CommitVerificationError(`invalid trust level ${trust.numerator}/${trust.denominator}`);
  let signed = 0n;
  const seen = new Set<string>();
  for (const sig of commit.signatures) {
    if (sig.blockIdFlag !== BlockIDFlag.BLOCK_ID_FLAG_COMMIT) continue;
    const found = trusted.get(sig.validatorAddress);
    if (found === undefined) continue;
    const key = toHex(sig.validatorAddress);
    if (seen.has(key)) throw new CommitVerificationError(`commit for height ${commit.height}: double vote from ${key}`);
    seen.add(key);
    if (!verifyEd25519(sig.signature, commitSigSignBytes(chainId, commit, sig), found.validator.pubKey)) throw new CommitVerificationError(`commit for height ${commit.height}: invalid signature from validator ${key}`);
    signed += found.validator.power;
  }
  const total = trusted.totalPower;
  if (signed * trust.denominator <= total * trust.numerator) {
    throw new CommitVerificationError(`commit for height ${commit.height}: trusted validators signed ${signed} of ${total}, more than ${trust.numerator}/${trust.denominator} needed`);
  }
  return { signedPower: signed, totalPower: total };
}

export type { Timestamp };
