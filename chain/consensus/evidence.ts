/**
 * Duplicate-vote evidence (CometBFT `DuplicateVoteEvidence`): two precommits from one validator for
 * the same height and round but different block ids, both validly signed. The driver builds it when a
 * validator equivocates; `verifyDuplicateVoteEvidence` is what an evidence handler (e.g. a
 * `MsgSubmitEvidence` path) runs against the validator's key.
 */
import { PartSetHeader, SignedMsgType, type BlockID, type Vote } from 'cosmjs-types/tendermint/types/types';
import type { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import { bytesEqual, compareBytes, concat, toHex } from '../kernel/keys.js';
import { consensusAddress } from '../types/address.js';
import { precommitSignBytes } from './encoding.js';
import { verifyEd25519 } from './keys.js';

export type { DuplicateVoteEvidence };

/** CometBFT `BlockID.Key()`: hash followed by the part set header's encoding. */
function blockIdKey(b: BlockID): Uint8Array {
  return concat(b.hash, PartSetHeader.encode(b.partSetHeader).finish());
}

export function voteSignBytes(chainId: string, v: Vote): Uint8Array {
  if (v.type !== SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT) throw new Error(`only precommit votes are supported, got type ${v.type}`);
  const nil = v.blockId.hash.length === 0;
  return precommitSignBytes({ chainId, height: v.height, round: v.round, blockId: nil ? undefined : v.blockId, timestamp: v.timestamp });
}

/** Orders the two votes as CometBFT does (vote A has the smaller block id key). */
export function makeDuplicateVoteEvidence(v1: Vote, v2: Vote, validatorPower: bigint, totalVotingPower: bigint, blockTime: Timestamp): DuplicateVoteEvidence {
  const [voteA, voteB] = compareBytes(blockIdKey(v1.blockId), blockIdKey(v2.blockId)) < 0 ? [v1, v2] : [v2, v1];
  return { voteA, voteB, validatorPower, totalVotingPower, timestamp: blockTime };
}

/**
 * CometBFT `VerifyDuplicateVote`: same height, round, type and validator; different block ids in
 * canonical order; the key is the validator's; both signatures verify. Throws an Error saying which
 * check failed.
 */
export function verifyDuplicateVoteEvidence(ev: DuplicateVoteEvidence, chainId: string, pubKey: Uint8Array): void {
  const a = ev.voteA;
  const b = ev.voteB;
  if (a === undefined || b === undefined) throw new Error('duplicate vote evidence: both votes are required');
  if (a.height !== b.height || a.round !== b.round || a.type !== b.type) {
    throw new Error(`duplicate vote evidence: votes differ in height/round/type (${a.height}/${a.round}/${a.type} vs ${b.height}/${b.round}/${b.type})`);
  }
  if (!bytesEqual(a.validatorAddress, b.validatorAddress)) throw new Error('duplicate vote evidence: votes are from different validators');
  if (a.validatorIndex !== b.validatorIndex) throw new Error('duplicate vote evidence: votes carry different validator indexes');
  const addr = consensusAddress(pubKey);
  if (!bytesEqual(addr, a.validatorAddress)) throw new Error(`duplicate vote evidence: key address ${toHex(addr)} is not the voter ${toHex(a.validatorAddress)}`);
  const order = compareBytes(blockIdKey(a.blockId), blockIdKey(b.blockId));
  if (order === 0) throw new Error('duplicate vote evidence: both votes are for the same block');
  if (order > 0) throw new Error('duplicate vote evidence: votes are not in canonical order (vote A must have the smaller block id)');
  if (!verifyEd25519(a.signature, voteSignBytes(chainId, a), pubKey)) throw new Error('duplicate vote evidence: invalid signature on vote A');
  if (!verifyEd25519(b.signature, voteSignBytes(chainId, b), pubKey)) throw new Error('duplicate vote evidence: invalid signature on vote B');
}
