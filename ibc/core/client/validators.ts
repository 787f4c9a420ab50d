/**
 * Validator sets between our consensus `ValidatorSet` and the CometBFT protobuf form a 07-tendermint
 * Header carries, checked as CometBFT's `ValidatorSetFromProto` + `ValidateBasic` do (a relayer's set
 * is untrusted input: its hash covers keys and powers only, so addresses are checked against keys).
 * Also how a relayer assembles a Header from a block source such as the `BlockDriver`.
 */
import type { ValidatorSet as ProtoValidatorSet } from 'cosmjs-types/tendermint/types/validator';
import type { Commit, Header as CometHeader } from 'cosmjs-types/tendermint/types/types';
import type { Header as TmHeader } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { ChainError } from '../../../chain/kernel/errors.js';
import { bytesEqual, toHex } from '../../../chain/kernel/keys.js';
import { consensusAddress } from '../../../chain/types/address.js';
import { MAX_TOTAL_VOTING_POWER, ValidatorSet } from '../../../chain/consensus/validator_set.js';
import { TendermintErrors } from '../errors.js';
import type { Height } from '../height.js';

/** Our set → CometBFT proto (validators in set order, the proposer, the total power). */
export function validatorSetToProto(set: ValidatorSet): ProtoValidatorSet {
  return set.toProto();
}

/**
 * CometBFT proto → our set, refusing what CometBFT refuses: an empty set, a missing proposer,
 * non-ed25519 keys, an address that is not sha256(pubkey)[:20], negative power, duplicates, a total
 * above MaxTotalVotingPower. The validator order is kept (the hash and commit indexes depend on it).
 */
export function validatorSetFromProto(p: ProtoValidatorSet | undefined, what = 'validator set'): ValidatorSet {
  const fail = (m: string): never => {
    throw new ChainError(TendermintErrors.InvalidValidatorSet, `${what}: ${m}`);
  };
  if (p === undefined || p.validators.length === 0) return fail('validator set is nil or empty');
  if (p.proposer === undefined) return fail('proposer is missing');
  const seen = new Set<string>();
  let total = 0n;
  for (const [i, v] of [...p.validators, p.proposer].entries()) {
    const label = i === p.validators.length ? 'proposer' : `validator ${i}`;
    const pk = v.pubKey?.ed25519;
    if (pk === undefined || pk.length !== 32) fail(`${label} must have a 32-byte ed25519 public key`);
    if (!bytesEqual(v.address, consensusAddress(pk!))) fail(`${label} address ${toHex(v.address)} is not derived from its public key`);
    if (v.votingPower < 0n) fail(`${label} has negative voting power ${v.votingPower}`);
    if (i === p.validators.length) break;
    const key = toHex(v.address);
    if (seen.has(key)) fail(`duplicate validator ${key}`);
    seen.add(key);
    total += v.votingPower;
  }
  if (total > MAX_TOTAL_VOTING_POWER) fail(`total voting power ${total} exceeds the maximum ${MAX_TOTAL_VOTING_POWER}`);
  return ValidatorSet.fromProto(p);
}

/** CometBFT `ValidatorSet.Hash()` of a proto set (only keys and powers, in order). */
export function validatorSetHash(p: ProtoValidatorSet): Uint8Array {
  return validatorSetFromProto(p).hash();
}

export interface BuildHeaderArgs {
  signedHeader: { header: CometHeader; commit: Commit };
  /** The set that signed `signedHeader` (its `validators_hash`). */
  validatorSet: ValidatorSet | ProtoValidatorSet;
  /** A height the client already has a consensus state for. */
  trustedHeight: Height;
  /** The set that signs `trustedHeight + 1` (the trusted consensus state's `next_validators_hash`). */
  trustedValidators: ValidatorSet | ProtoValidatorSet;
}

const toProto = (s: ValidatorSet | ProtoValidatorSet): ProtoValidatorSet => (s instanceof ValidatorSet ? s.toProto() : s);

export function buildHeader(a: BuildHeaderArgs): TmHeader {
  return {
    signedHeader: { header: a.signedHeader.header, commit: a.signedHeader.commit },
    validatorSet: toProto(a.validatorSet),
    trustedHeight: { ...a.trustedHeight },
    trustedValidators: toProto(a.trustedValidators),
  };
}

/** What a relayer needs of a chain to build headers; `BlockDriver` has exactly these. */
export interface HeaderSource {
  readonly chainId: string;
  block(height: number): { header: CometHeader } | undefined;
  commitAt(height: number): Commit | undefined;
  validatorSet(height: number): ValidatorSet | undefined;
}

/**
 * The 07-tendermint Header for block `height` of `source`, to be verified against the client's
 * consensus state at `trustedHeight` (whose next validators sign `trustedHeight + 1`).
 */
export function headerAt(source: HeaderSource, height: number, trustedHeight: Height): TmHeader {
  const block = source.block(height);
  const commit = source.commitAt(height);
  const vals = source.validatorSet(height);
  if (block === undefined || commit === undefined || vals === undefined) throw new Error(`chain ${source.chainId} has no committed block ${height} (with its commit and validator set)`);
  const trustedNext = Number(trustedHeight.revisionHeight) + 1;
  const trustedVals = source.validatorSet(trustedNext);
  if (trustedVals === undefined) throw new Error(`chain ${source.chainId} has no validator set for height ${trustedNext} (trusted height ${trustedHeight.revisionHeight} + 1)`);
  return buildHeader({ signedHeader: { header: block.header, commit }, validatorSet: vals, trustedHeight, trustedValidators: trustedVals });
}
