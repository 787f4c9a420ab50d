/**
 * What 07-tendermint checks of a Header or Misbehaviour, as pure functions of the client state, the
 * trusted consensus state(s) and the host's block time: ibc-go `update.go` / `misbehaviour_handle.go`
 * with CometBFT `light.Verify` (adjacent: the validator set hash chain; non-adjacent: a trust-level
 * share of the trusted set signed), always followed by a full >2/3 check of the header's own set.
 * Signature and hash work is done by `chain/consensus` (`verifyCommit`, `verifyCommitTrusting`).
 */
import type { ClientState, ConsensusState, Header as TmHeader, Misbehaviour } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import type { Header as CometHeader } from 'cosmjs-types/tendermint/types/types';
import { CommitVerificationError, verifyCommit, verifyCommitTrusting } from '../../../chain/consensus/commit.js';
import { BLOCK_PROTOCOL, headerHash } from '../../../chain/consensus/encoding.js';
import { ChainError } from '../../../chain/kernel/errors.js';
import type { TimeNs } from '../../../chain/kernel/context.js';
import { bytesEqual, toHex } from '../../../chain/kernel/keys.js';
import { fromTimestamp } from '../../../chain/types/time.js';
import type { ValidatorSet } from '../../../chain/consensus/validator_set.js';
import { ClientErrors, TendermintErrors } from '../errors.js';
import { compareHeights, formatHeight, type Height } from '../height.js';
import { validateClientId } from '../host.js';
import { durationToNs, headerHeight, MAX_CHAIN_ID_LEN } from './tendermint.js';
import { validatorSetFromProto } from './validators.js';

/** A Header after `validateHeaderBasic`: every optional part is present and decoded. */
export interface CheckedHeader {
  header: CometHeader;
  commit: NonNullable<NonNullable<TmHeader['signedHeader']>['commit']>;
  height: Height;
  time: TimeNs;
  validators: ValidatorSet;
  trustedHeight: Height;
  trustedValidators: ValidatorSet | undefined;
}

function commitError(spec: typeof ClientErrors.InvalidHeader, prefix: string, e: unknown): never {
  if (e instanceof CommitVerificationError) throw new ChainError(spec, `${prefix}: ${e.message}`);
  throw e;
}

/** CometBFT `Header.ValidateBasic` (the parts a light client relies on). */
function validateCometHeader(h: CometHeader): void {
  const fail = (m: string): never => {
    throw new ChainError(ClientErrors.InvalidHeader, `header failed basic validation: ${m}`);
  };
  if (h.version.block !== BLOCK_PROTOCOL) fail(`block protocol is ${h.version.block}, expected ${BLOCK_PROTOCOL}`);
  if (h.chainId.length === 0 || h.chainId.length > MAX_CHAIN_ID_LEN) fail(`chain id must be 1-${MAX_CHAIN_ID_LEN} characters, got ${h.chainId.length}`);
  if (h.height <= 0n) fail(`height must be positive, got ${h.height}`);
  if (h.validatorsHash.length !== 32) fail(`validators hash must be 32 bytes, got ${h.validatorsHash.length}`);
  if (h.nextValidatorsHash.length !== 32) fail(`next validators hash must be 32 bytes, got ${h.nextValidatorsHash.length}`);
  if (h.proposerAddress.length !== 20) fail(`proposer address must be 20 bytes, got ${h.proposerAddress.length}`);
}

/**
 * ibc-go `Header.ValidateBasic`: a signed header whose commit is for it, a trusted height below it,
 * and a validator set that hashes to its `validators_hash`.
 */
export function validateHeaderBasic(h: TmHeader, requireTrusted = true): CheckedHeader {
  const header = h.signedHeader?.header;
  const commit = h.signedHeader?.commit;
  if (h.signedHeader === undefined) throw new ChainError(ClientErrors.InvalidHeader, 'tendermint signed header cannot be nil');
  if (header === undefined) throw new ChainError(ClientErrors.InvalidHeader, 'tendermint header cannot be nil');
  if (commit === undefined) throw new ChainError(ClientErrors.InvalidHeader, 'tendermint commit cannot be nil');
  validateCometHeader(header);
  if (commit.height !== header.height) throw new ChainError(ClientErrors.InvalidHeader, `commit is for height ${commit.height}, the header is at ${header.height}`);
  if (!bytesEqual(commit.blockId.hash, headerHash(header))) throw new ChainError(ClientErrors.InvalidHeader, `commit signs block ${toHex(commit.blockId.hash)}, not this header (${toHex(headerHash(header))})`);
  const height = headerHeight(header);
  if (compareHeights(h.trustedHeight, height) >= 0) {
    throw new ChainError(TendermintErrors.InvalidHeaderHeight, `TrustedHeight ${formatHeight(h.trustedHeight)} must be less than header height ${formatHeight(height)}`);
  }
  if (h.validatorSet === undefined) throw new ChainError(ClientErrors.InvalidHeader, 'validator set is nil');
  const validators = validatorSetFromProto(h.validatorSet, 'validator set');
  if (!bytesEqual(validators.hash(), header.validatorsHash)) throw new ChainError(ClientErrors.InvalidHeader, `validator set hashes to ${toHex(validators.hash())}, not the header's validators hash ${toHex(header.validatorsHash)}`);
  if (requireTrusted && h.trustedValidators === undefined) throw new ChainError(TendermintErrors.InvalidValidatorSet, 'trusted validator set cannot be empty');
  const trustedValidators = h.trustedValidators === undefined ? undefined : validatorSetFromProto(h.trustedValidators, 'trusted validator set');
  return { header, commit, height, time: fromTimestamp(header.time), validators, trustedHeight: h.trustedHeight, trustedValidators };
}

/** ibc-go `checkTrustedHeader`: the trusted validators are the trusted state's next validators. */
function checkTrustedValidators(h: CheckedHeader, trusted: ConsensusState): ValidatorSet {
  const tv = h.trustedValidators;
  if (tv === undefined) throw new ChainError(TendermintErrors.InvalidValidatorSet, 'trusted validator set cannot be empty');
  if (!bytesEqual(tv.hash(), trusted.nextValidatorsHash)) {
    throw new ChainError(TendermintErrors.InvalidValidatorSet, `trusted validators do not hash to the trusted consensus state's next validators hash: expected ${toHex(trusted.nextValidatorsHash)}, got ${toHex(tv.hash())}`);
  }
  return tv;
}

/**
 * ibc-go `verifyHeader` + CometBFT `light.Verify`, with `trusted` the consensus state stored at
 * `header.trustedHeight` and `now` the host's block time. Throws a ChainError saying what failed.
 */
export function verifyHeader(cs: ClientState, trusted: ConsensusState, header: TmHeader, now: TimeNs): CheckedHeader {
  const h = validateHeaderBasic(header);
  const trustedVals = checkTrustedValidators(h, trusted);
  if (h.height.revisionNumber !== h.trustedHeight.revisionNumber) {
    throw new ChainError(TendermintErrors.InvalidHeaderHeight, `header height revision ${h.height.revisionNumber} does not match trusted header revision ${h.trustedHeight.revisionNumber}`);
  }
  if (compareHeights(h.height, h.trustedHeight) <= 0) throw new ChainError(ClientErrors.InvalidHeader, `header height ≤ consensus state height (${formatHeight(h.height)} ≤ ${formatHeight(h.trustedHeight)})`);
  if (h.header.chainId !== cs.chainId) throw new ChainError(ClientErrors.InvalidHeader, `header belongs to chain ${h.header.chainId}, but the client tracks ${cs.chainId}`);

  const trustingPeriod = durationToNs(cs.trustingPeriod);
  const trustedTime = fromTimestamp(trusted.timestamp);
  if (trustedTime + trustingPeriod <= now) {
    throw new ChainError(TendermintErrors.TrustingPeriodExpired, `the trusted consensus state at ${formatHeight(h.trustedHeight)} (time ${trustedTime}) expired at ${trustedTime + trustingPeriod}; now is ${now}`);
  }
  if (h.time <= trustedTime) throw new ChainError(ClientErrors.InvalidHeader, `header time ${h.time} must be after the trusted header time ${trustedTime}`);
  const drift = durationToNs(cs.maxClockDrift);
  if (h.time >= now + drift) throw new ChainError(ClientErrors.InvalidHeader, `header time ${h.time} is from the future (now ${now}, max clock drift ${drift} ns)`);

  const adjacent = h.height.revisionHeight === h.trustedHeight.revisionHeight + 1n;
  if (adjacent) {
    if (!bytesEqual(h.header.validatorsHash, trusted.nextValidatorsHash)) {
      throw new ChainError(ClientErrors.InvalidHeader, `adjacent header's validators hash ${toHex(h.header.validatorsHash)} is not the trusted next validators hash ${toHex(trusted.nextValidatorsHash)}`);
    }
  } else {
    try {
      verifyCommitTrusting(cs.chainId, trustedVals, h.commit, cs.trustLevel);
    } catch (e) {
      commitError(ClientErrors.InvalidHeader, 'failed to verify header: the new validator set cannot be trusted', e);
    }
  }
  try {
    verifyCommit(h.validators, h.header, h.commit);
  } catch (e) {
    commitError(ClientErrors.InvalidHeader, 'failed to verify header', e);
  }
  return h;
}

/** ibc-go `Misbehaviour.ValidateBasic` (incl. `validCommit`: each header signed by > 2/3 of its set). */
export function validateMisbehaviourBasic(m: Misbehaviour): { h1: CheckedHeader; h2: CheckedHeader } {
  if (m.header1 === undefined) throw new ChainError(TendermintErrors.InvalidHeader, 'misbehaviour Header1 cannot be nil');
  if (m.header2 === undefined) throw new ChainError(TendermintErrors.InvalidHeader, 'misbehaviour Header2 cannot be nil');
  if (m.header1.trustedHeight.revisionHeight === 0n) throw new ChainError(TendermintErrors.InvalidHeaderHeight, 'misbehaviour Header1 cannot have zero revision height');
  if (m.header2.trustedHeight.revisionHeight === 0n) throw new ChainError(TendermintErrors.InvalidHeaderHeight, 'misbehaviour Header2 cannot have zero revision height');
  if (m.header1.trustedValidators === undefined) throw new ChainError(TendermintErrors.InvalidValidatorSet, 'trusted validator set in Header1 cannot be empty');
  if (m.header2.trustedValidators === undefined) throw new ChainError(TendermintErrors.InvalidValidatorSet, 'trusted validator set in Header2 cannot be empty');
  // The deprecated client_id field: relayers may leave it empty; if set it must be an identifier.
  if (m.clientId !== '') validateClientId(m.clientId);
  const basic = (h: TmHeader, n: number): CheckedHeader => {
    try {
      return validateHeaderBasic(h);
    } catch (e) {
      if (e instanceof ChainError) throw new ChainError(ClientErrors.InvalidMisbehaviour, `header ${n} failed validation: ${e.message}`);
      throw e;
    }
  };
  const h1 = basic(m.header1, 1);
  const h2 = basic(m.header2, 2);
  if (h1.header.chainId !== h2.header.chainId) throw new ChainError(ClientErrors.InvalidMisbehaviour, 'headers must have identical chainIDs');
  if (compareHeights(h1.height, h2.height) < 0) throw new ChainError(ClientErrors.InvalidMisbehaviour, `Header1 height is less than Header2 height (${formatHeight(h1.height)} < ${formatHeight(h2.height)})`);
  for (const [n, h] of [[1, h1], [2, h2]] as const) {
    try {
      verifyCommit(h.validators, h.header, h.commit);
    } catch (e) {
      commitError(ClientErrors.InvalidMisbehaviour, `validator set did not commit to header ${n}`, e);
    }
  }
  return { h1, h2 };
}

/**
 * ibc-go `checkMisbehaviourHeader`: the header's trusted validators are those of its trusted
 * consensus state, that state is within the trusting period, and a trust-level share of it signed.
 */
export function verifyMisbehaviourHeader(cs: ClientState, trusted: ConsensusState, h: CheckedHeader, now: TimeNs, n: 1 | 2): void {
  const trustedVals = checkTrustedValidators(h, trusted);
  const age = now - fromTimestamp(trusted.timestamp);
  const trustingPeriod = durationToNs(cs.trustingPeriod);
  if (age >= trustingPeriod) {
    throw new ChainError(TendermintErrors.TrustingPeriodExpired, `verifying Header${n} in Misbehaviour failed: current timestamp minus the trusted consensus state timestamp is greater than or equal to the trusting period (${age} >= ${trustingPeriod})`);
  }
  if (h.header.chainId !== cs.chainId) throw new ChainError(ClientErrors.InvalidMisbehaviour, `Header${n} belongs to chain ${h.header.chainId}, but the client tracks ${cs.chainId}`);
  try {
    verifyCommitTrusting(cs.chainId, trustedVals, h.commit, cs.trustLevel);
  } catch (e) {
    commitError(ClientErrors.InvalidMisbehaviour, `verifying Header${n} in Misbehaviour failed: validator set in header has too much change from trusted validator set`, e);
  }
}

/**
 * ibc-go `CheckForMisbehaviour` for a Misbehaviour message: same height with different block ids
 * (a fork), or different heights where the higher one is not later (BFT time violation).
 */
export function isMisbehaviour(h1: CheckedHeader, h2: CheckedHeader): boolean {
  if (compareHeights(h1.height, h2.height) === 0) return !bytesEqual(h1.commit.blockId.hash, h2.commit.blockId.hash);
  return h1.time <= h2.time;
}
