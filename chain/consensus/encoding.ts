/**
 * CometBFT (v0.38) canonical encodings and hashes, so that a 07-tendermint light client — ours or
 * ibc-go's — can verify our headers and commits unchanged:
 *
 * - header hash: simple Merkle root over the 14 header fields, each protobuf-encoded the way
 *   CometBFT's `cdcEncode` does (scalars wrapped in gogoproto `StringValue`/`Int64Value`/`BytesValue`;
 *   version, time and last block id as their own messages);
 * - precommit sign bytes: length-delimited `CanonicalVote{type=2, height sfixed64, round sfixed64,
 *   block_id CanonicalBlockID, timestamp, chain_id}`;
 * - last commit hash: Merkle root over `CommitSig` encodings; data hash: over sha256 of each tx;
 *   last results hash: over the deterministic part of each `ExecTxResult` (code, data, gas wanted,
 *   gas used); evidence hash: over each `DuplicateVoteEvidence` encoding.
 *
 * Part set header: we do not split blocks into parts, so every BlockID carries `{total: 1, hash:
 * Merkle root of [header encoding]}` — a deterministic stand-in; light clients only compare it.
 */
import { BinaryWriter } from 'cosmjs-types/binary';
import { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import { Consensus } from 'cosmjs-types/tendermint/version/types';
import { BlockID, CommitSig, Header, SignedMsgType } from 'cosmjs-types/tendermint/types/types';
import { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence';
import { sha256 } from '../store/sha256.js';
import { simpleMerkleRoot } from '../store/multistore.js';
import type { TxResult } from '../kernel/baseapp.js';
import type { TimeNs } from '../kernel/context.js';

/** CometBFT block protocol version (v0.38). */
export const BLOCK_PROTOCOL = 11n;

const NS = 1_000_000_000n;

export { toTimestamp, fromTimestamp } from '../types/time.js';

/** Go's zero `time.Time` (0001-01-01T00:00:00Z), which absent commit signatures carry. */
export const ZERO_TIME: Timestamp = { seconds: -62135596800n, nanos: 0 };

const bytesValue = (b: Uint8Array): Uint8Array => (b.length === 0 ? new Uint8Array() : new BinaryWriter().uint32(10).bytes(b).finish());
const stringValue = (s: string): Uint8Array => (s.length === 0 ? new Uint8Array() : new BinaryWriter().uint32(10).string(s).finish());
const int64Value = (n: bigint): Uint8Array => (n === 0n ? new Uint8Array() : new BinaryWriter().uint32(8).int64(n).finish());

/** CometBFT `Header.Hash()`. */
export function headerHash(h: Header): Uint8Array {
  return simpleMerkleRoot([
    Consensus.encode(h.version).finish(),
    stringValue(h.chainId),
    int64Value(h.height),
    Timestamp.encode(h.time).finish(),
    BlockID.encode(h.lastBlockId).finish(),
    bytesValue(h.lastCommitHash),
    bytesValue(h.dataHash),
    bytesValue(h.validatorsHash),
    bytesValue(h.nextValidatorsHash),
    bytesValue(h.consensusHash),
    bytesValue(h.appHash),
    bytesValue(h.lastResultsHash),
    bytesValue(h.evidenceHash),
    bytesValue(h.proposerAddress),
  ]);
}

/** The BlockID of a header (see the part-set note above). */
export function blockIdOf(h: Header): BlockID {
  return { hash: headerHash(h), partSetHeader: { total: 1, hash: simpleMerkleRoot([Header.encode(h).finish()]) } };
}

export const EMPTY_BLOCK_ID: BlockID = { hash: new Uint8Array(), partSetHeader: { total: 0, hash: new Uint8Array() } };

export interface VoteTarget {
  chainId: string;
  height: bigint;
  round: number;
  /** undefined = a nil vote. */
  blockId: BlockID | undefined;
  timestamp: Timestamp;
}

/** CometBFT `VoteSignBytes` for a precommit: protoio.MarshalDelimited(CanonicalVote). */
export function precommitSignBytes(v: VoteTarget): Uint8Array {
  const w = new BinaryWriter();
  w.uint32(8).int32(SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT);
  if (v.height !== 0n) w.uint32(17).sfixed64(v.height);
  if (v.round !== 0) w.uint32(25).sfixed64(BigInt(v.round));
  if (v.blockId !== undefined) {
    const b = w.uint32(34).fork();
    if (v.blockId.hash.length > 0) b.uint32(10).bytes(v.blockId.hash);
    const p = b.uint32(18).fork();
    if (v.blockId.partSetHeader.total !== 0) p.uint32(8).uint32(v.blockId.partSetHeader.total);
    if (v.blockId.partSetHeader.hash.length > 0) p.uint32(18).bytes(v.blockId.partSetHeader.hash);
    p.ldelim();
    b.ldelim();
  }
  Timestamp.encode(v.timestamp, w.uint32(42).fork()).ldelim();
  if (v.chainId.length > 0) w.uint32(50).string(v.chainId);
  const body = w.finish();
  const out = new BinaryWriter().bytes(body).finish(); // uvarint length || body
  return out;
}

/** CometBFT `Commit.Hash()` over its signatures. */
export function commitHash(signatures: readonly CommitSig[]): Uint8Array {
  return simpleMerkleRoot(signatures.map((s) => CommitSig.encode(s).finish()));
}

/** CometBFT `Txs.Hash()`: Merkle root over sha256 of each tx (`hashes`: those, when the caller has them). */
export function dataHash(txs: readonly Uint8Array[], hashes?: readonly Uint8Array[]): Uint8Array {
  return simpleMerkleRoot(hashes !== undefined ? [...hashes] : txs.map((t) => sha256(t)));
}

/** CometBFT `TxResultsHash`: Merkle root over the deterministic fields of each result. */
export function resultsHash(results: readonly Pick<TxResult, 'code' | 'data' | 'gasWanted' | 'gasUsed'>[]): Uint8Array {
  return simpleMerkleRoot(
    results.map((r) => {
      const w = new BinaryWriter();
      if (r.code !== 0) w.uint32(8).uint32(r.code);
      if (r.data.length > 0) w.uint32(18).bytes(r.data);
      if (r.gasWanted !== 0n) w.uint32(40).int64(r.gasWanted);
      if (r.gasUsed !== 0n) w.uint32(48).int64(r.gasUsed);
      return w.finish();
    }),
  );
}

/** CometBFT `EvidenceList.Hash()`. */
export function evidenceHash(list: readonly DuplicateVoteEvidence[]): Uint8Array {
  return simpleMerkleRoot(list.map((e) => DuplicateVoteEvidence.encode(e).finish()));
}

/**
 * CometBFT `HashedParams` hash of the consensus params (block max bytes, block max gas): the
 * `consensus_hash` header field.
 */
export function consensusParamsHash(blockMaxBytes: bigint, blockMaxGas: bigint): Uint8Array {
  const w = new BinaryWriter();
  if (blockMaxBytes !== 0n) w.uint32(8).int64(blockMaxBytes);
  if (blockMaxGas !== 0n) w.uint32(16).int64(blockMaxGas);
  return sha256(w.finish());
}
