/**
 * CometBFT 0.38 JSON encodings of blocks, commits, results and txs, as its RPC server writes them
 * (Go's encoding/json over the cometbft types): int64/uint64 as decimal strings, small ints as
 * numbers, hashes and addresses as upper-case hex, other bytes as base64 (`null` for nil), times as
 * RFC 3339 with trailing zeros of the fraction trimmed (Go's `time.RFC3339Nano`).
 */
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import type { BlockID, Commit, CommitSig, Header, Vote } from 'cosmjs-types/tendermint/types/types';
import type { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence';
import type { ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import type { StoredBlock, TxRecord, BlockResults } from '../../../chain/blockstore/types.js';
import type { Validator } from '../../../chain/consensus/validator_set.js';
import type { ValidatorUpdate } from '../../../chain/kernel/module.js';
import { toTimestamp } from '../../../chain/types/time.js';
import { hexUpper } from '../../../bytes/bytes.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export { hexUpper };

export function b64(b: Uint8Array): string {
  return Buffer.from(b).toString('base64');
}

/** Go encodes a nil byte slice as null; an empty one coming from protobuf decoding is nil too. */
export function b64OrNull(b: Uint8Array | undefined): string | null {
  return b === undefined || b.length === 0 ? null : b64(b);
}

const NS = 1_000_000_000n;

/** RFC 3339 with up to nine fractional digits, trailing zeros trimmed, `Z` (Go `RFC3339Nano`). */
export function rfc3339(t: Timestamp): string {
  const ms = Number(t.seconds) * 1000;
  // YYYY-MM-DDTHH:MM:SS for years 1..9999, which covers Go's zero time (absent commit signatures).
  const head = new Date(ms).toISOString().slice(0, 19);
  if (t.nanos === 0) return `${head}Z`;
  const frac = String(t.nanos).padStart(9, '0').replace(/0+$/, '');
  return `${head}.${frac}Z`;
}

export function rfc3339FromNs(ns: bigint): string {
  return rfc3339(toTimestamp(ns));
}

export class TimeFormatError extends Error {
  override readonly name = 'TimeFormatError';
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Parses an RFC 3339 time (as in genesis.json) to nanoseconds since the epoch, exactly. */
export function parseRfc3339Ns(s: string): bigint {
  const m = RFC3339.exec(s);
  if (m === null) throw new TimeFormatError(`"${s}" is not an RFC 3339 time such as 2024-01-02T03:04:05.123456789Z`);
  const [, y, mo, d, h, mi, sec, frac, z, sign, oh, om] = m;
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999 (Go's zero time is year 1).
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(sec), 0);
  const ms = date.getTime();
  if (Number.isNaN(ms) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d) || date.getUTCHours() !== Number(h) || Number(mi) > 59 || Number(sec) > 59) {
    throw new TimeFormatError(`"${s}" is not a valid date and time`);
  }
  let seconds = BigInt(ms / 1000);
  if (z === undefined) {
    const offset = BigInt(Number(oh) * 3600 + Number(om) * 60);
    seconds = sign === '+' ? seconds - offset : seconds + offset;
  }
  const nanos = frac === undefined ? 0n : BigInt(frac.padEnd(9, '0'));
  return seconds * NS + nanos;
}

export function blockIdJson(id: BlockID): JsonObject {
  return { hash: hexUpper(id.hash), parts: { total: id.partSetHeader.total, hash: hexUpper(id.partSetHeader.hash) } };
}

export function headerJson(h: Header): JsonObject {
  return {
    version: { block: h.version.block.toString(), app: h.version.app.toString() },
    chain_id: h.chainId,
    height: h.height.toString(),
    time: rfc3339(h.time),
    last_block_id: blockIdJson(h.lastBlockId),
    last_commit_hash: hexUpper(h.lastCommitHash),
    data_hash: hexUpper(h.dataHash),
    validators_hash: hexUpper(h.validatorsHash),
    next_validators_hash: hexUpper(h.nextValidatorsHash),
    consensus_hash: hexUpper(h.consensusHash),
    app_hash: hexUpper(h.appHash),
    last_results_hash: hexUpper(h.lastResultsHash),
    evidence_hash: hexUpper(h.evidenceHash),
    proposer_address: hexUpper(h.proposerAddress),
  };
}

export function commitSigJson(s: CommitSig): JsonObject {
  return {
    block_id_flag: s.blockIdFlag,
    validator_address: hexUpper(s.validatorAddress),
    timestamp: rfc3339(s.timestamp),
    signature: b64OrNull(s.signature),
  };
}

export function commitJson(c: Commit): JsonObject {
  return { height: c.height.toString(), round: c.round, block_id: blockIdJson(c.blockId), signatures: c.signatures.map(commitSigJson) };
}

function voteJson(v: Vote): JsonObject {
  return {
    type: v.type,
    height: v.height.toString(),
    round: v.round,
    block_id: blockIdJson(v.blockId),
    timestamp: rfc3339(v.timestamp),
    validator_address: hexUpper(v.validatorAddress),
    validator_index: v.validatorIndex,
    signature: b64OrNull(v.signature),
    extension: b64OrNull(v.extension),
    extension_signature: b64OrNull(v.extensionSignature),
  };
}

/** CometBFT's amino-JSON evidence: the three untagged Go fields keep their Go names. */
export function evidenceJson(e: DuplicateVoteEvidence): JsonObject {
  return {
    type: 'tendermint/DuplicateVoteEvidence',
    value: {
      vote_a: e.voteA === undefined ? null : voteJson(e.voteA),
      vote_b: e.voteB === undefined ? null : voteJson(e.voteB),
      TotalVotingPower: e.totalVotingPower.toString(),
      ValidatorPower: e.validatorPower.toString(),
      Timestamp: rfc3339(e.timestamp),
    },
  };
}

export function blockJson(b: StoredBlock): JsonObject {
  return {
    header: headerJson(b.header),
    data: { txs: b.txs.map(b64) },
    evidence: { evidence: b.evidence.map(evidenceJson) },
    last_commit: commitJson(b.lastCommit),
  };
}

/** `{block_id, block}` as the `block` and `block_search` methods return it. */
export function blockResponseJson(b: StoredBlock): JsonObject {
  return { block_id: blockIdJson(b.blockId), block: blockJson(b) };
}

interface EventLike {
  type: string;
  attributes: readonly { key: string; value: string; index: boolean }[];
}

export function eventJson(e: EventLike): JsonObject {
  return { type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) };
}

export function execTxResultJson(r: ExecTxResult): JsonObject {
  return {
    code: r.code,
    data: b64OrNull(r.data),
    log: r.log,
    info: r.info,
    gas_wanted: r.gasWanted.toString(),
    gas_used: r.gasUsed.toString(),
    events: r.events.map(eventJson),
    codespace: r.codespace,
  };
}

export function txResponseJson(t: TxRecord): JsonObject {
  return { hash: hexUpper(t.hash), height: String(t.height), index: t.index, tx_result: execTxResultJson(t.result), tx: b64(t.tx) };
}

export function ed25519PubKeyJson(pubKey: Uint8Array): JsonObject {
  return { type: 'tendermint/PubKeyEd25519', value: b64(pubKey) };
}

export function validatorJson(v: Readonly<Validator>): JsonObject {
  return { address: hexUpper(v.address), pub_key: ed25519PubKeyJson(v.pubKey), voting_power: v.power.toString(), proposer_priority: v.proposerPriority.toString() };
}

export function validatorUpdateJson(u: ValidatorUpdate): JsonObject {
  return { pub_key: ed25519PubKeyJson(u.pubKey), power: u.power.toString() };
}

export function blockResultsJson(r: BlockResults): JsonObject {
  return {
    height: String(r.height),
    txs_results: r.txResults.length === 0 ? null : r.txResults.map(execTxResultJson),
    finalize_block_events: r.finalizeBlockEvents.map(eventJson),
    validator_updates: r.validatorUpdates.length === 0 ? null : r.validatorUpdates.map(validatorUpdateJson),
    consensus_param_updates: null,
    app_hash: b64(r.appHash),
  };
}
