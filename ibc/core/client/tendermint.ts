/**
 * 07-tendermint client and consensus states: their protobuf `Any` packing (what the `ibc` store
 * holds and what MsgCreateClient carries), ibc-go's validation of them, and the constructors a
 * relayer uses to create a client of a counterparty (SDK proof specs, trust level 1/3, trusting
 * period 2/3 of unbonding).
 */
import { ics23, iavlSpec, tendermintSpec } from '@confio/ics23';
import { Any } from 'cosmjs-types/google/protobuf/any';
import type { Duration } from 'cosmjs-types/google/protobuf/duration';
import { ProofSpec } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { ClientState, ConsensusState, Header as TmHeader, Misbehaviour, type Fraction } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import type { Header as CometHeader } from 'cosmjs-types/tendermint/types/types';
import { ChainError, Codes } from '../../../chain/kernel/errors.js';
import type { TimeNs } from '../../../chain/kernel/context.js';
import { NS_PER_SECOND } from '../../../chain/kernel/context.js';
import { fromTimestamp } from '../../../chain/types/time.js';
import { ClientErrors, TendermintErrors } from '../errors.js';
import { height as mkHeight, revisionOf, type Height } from '../height.js';

export { ClientState, ConsensusState, TmHeader, Misbehaviour };
export type { Fraction };

export const TENDERMINT_CLIENT_TYPE = '07-tendermint';
export const CLIENT_STATE_TYPE_URL = ClientState.typeUrl;
export const CONSENSUS_STATE_TYPE_URL = ConsensusState.typeUrl;
export const HEADER_TYPE_URL = TmHeader.typeUrl;
export const MISBEHAVIOUR_TYPE_URL = Misbehaviour.typeUrl;

/** Misbehaviour freezes a client at this height: only "non-zero" matters (ibc-go `FrozenHeight`). */
export const FROZEN_HEIGHT: Height = Object.freeze({ revisionNumber: 0n, revisionHeight: 1n });

/** CometBFT `MaxChainIDLen`. */
export const MAX_CHAIN_ID_LEN = 50;
export const DEFAULT_TRUST_LEVEL: Fraction = Object.freeze({ numerator: 1n, denominator: 3n });
export const DEFAULT_MAX_CLOCK_DRIFT: TimeNs = 20n * NS_PER_SECOND;
/** ibc-go's default upgrade path (`upgrade` store, `upgradedIBCState` key). */
export const DEFAULT_UPGRADE_PATH: readonly string[] = Object.freeze(['upgrade', 'upgradedIBCState']);

// ----- durations ---------------------------------------------------------------------------------

export function durationToNs(d: Duration | undefined): bigint {
  return d === undefined ? 0n : d.seconds * NS_PER_SECOND + BigInt(d.nanos);
}

export function nsToDuration(ns: bigint): Duration {
  return { seconds: ns / NS_PER_SECOND, nanos: Number(ns % NS_PER_SECOND) };
}

// ----- proof specs ----------------------------------------------------------------------------------

/** Same wire format, two codecs: cosmjs-types (ts-proto) → @confio/ics23 (protobufjs). */
export function toIcs23Spec(spec: ProofSpec): ics23.ProofSpec {
  return ics23.ProofSpec.decode(ProofSpec.encode(spec).finish());
}

export function fromIcs23Spec(spec: ics23.IProofSpec): ProofSpec {
  return ProofSpec.decode(ics23.ProofSpec.encode(spec).finish());
}

/** The Cosmos SDK proof specs (ibc-go `GetSDKSpecs`): IAVL store, then the multistore. */
export function sdkProofSpecs(): ProofSpec[] {
  return [fromIcs23Spec(iavlSpec), fromIcs23Spec(tendermintSpec)];
}

// ----- constructors ---------------------------------------------------------------------------------

export interface ClientStateOptions {
  chainId: string;
  /** A height, or a block height (its revision taken from the chain ID). */
  latestHeight: Height | number | bigint;
  /** The counterparty's staking unbonding time (ns). */
  unbondingPeriod: TimeNs;
  /** Default: 2/3 of the unbonding period. */
  trustingPeriod?: TimeNs;
  /** Default: 20 s. */
  maxClockDrift?: TimeNs;
  /** Default: 1/3. */
  trustLevel?: Fraction;
  /** Default: the SDK specs (iavl, tendermint). */
  proofSpecs?: ProofSpec[];
  /** Default: ["upgrade", "upgradedIBCState"]. */
  upgradePath?: readonly string[];
}

/** A client state for a counterparty, with the defaults relayers use. */
export function clientStateFor(o: ClientStateOptions): ClientState {
  const latest = typeof o.latestHeight === 'object' ? o.latestHeight : mkHeight(revisionOf(o.chainId), BigInt(o.latestHeight));
  return {
    chainId: o.chainId,
    trustLevel: { ...(o.trustLevel ?? DEFAULT_TRUST_LEVEL) },
    trustingPeriod: nsToDuration(o.trustingPeriod ?? (o.unbondingPeriod * 2n) / 3n),
    unbondingPeriod: nsToDuration(o.unbondingPeriod),
    maxClockDrift: nsToDuration(o.maxClockDrift ?? DEFAULT_MAX_CLOCK_DRIFT),
    frozenHeight: { revisionNumber: 0n, revisionHeight: 0n },
    latestHeight: { ...latest },
    proofSpecs: o.proofSpecs ?? sdkProofSpecs(),
    upgradePath: [...(o.upgradePath ?? DEFAULT_UPGRADE_PATH)],
    allowUpdateAfterExpiry: false,
    allowUpdateAfterMisbehaviour: false,
  };
}

/**
 * The consensus state a header commits to (ibc-go `Header.ConsensusState()`): its time, its app
 * hash (the state after the *previous* block) and the validators that sign the next block.
 */
export function consensusStateFromHeader(h: CometHeader | TmHeader): ConsensusState {
  const header = isTmHeader(h) ? h.signedHeader?.header : h;
  if (header === undefined) throw new ChainError(ClientErrors.InvalidHeader, 'tendermint header cannot be nil');
  return { timestamp: { ...header.time }, root: { hash: header.appHash }, nextValidatorsHash: header.nextValidatorsHash };
}

const isTmHeader = (h: CometHeader | TmHeader): h is TmHeader => 'trustedHeight' in h;

/** The IBC height of a CometBFT header: revision from its chain ID (ibc-go `Header.GetHeight`). */
export function headerHeight(h: CometHeader): Height {
  return mkHeight(revisionOf(h.chainId), h.height);
}

// ----- Any packing ------------------------------------------------------------------------------------

export const packClientState = (cs: ClientState): Any => ({ typeUrl: CLIENT_STATE_TYPE_URL, value: ClientState.encode(cs).finish() });
export const packConsensusState = (cs: ConsensusState): Any => ({ typeUrl: CONSENSUS_STATE_TYPE_URL, value: ConsensusState.encode(cs).finish() });
export const packHeader = (h: TmHeader): Any => ({ typeUrl: HEADER_TYPE_URL, value: TmHeader.encode(h).finish() });
export const packMisbehaviour = (m: Misbehaviour): Any => ({ typeUrl: MISBEHAVIOUR_TYPE_URL, value: Misbehaviour.encode(m).finish() });
export const encodeAny = (a: Any): Uint8Array => Any.encode(a).finish();

function unpack<T>(a: Any | undefined, typeUrl: string, what: string, codec: { decode(b: Uint8Array): T }): T {
  if (a === undefined) throw new ChainError(Codes.UnpackAny, `${what} cannot be empty`);
  if (a.typeUrl !== typeUrl) throw new ChainError(ClientErrors.InvalidClientType, `${what} has type ${a.typeUrl}; only ${TENDERMINT_CLIENT_TYPE} (${typeUrl}) is supported`);
  try {
    return codec.decode(a.value);
  } catch (e) {
    throw new ChainError(Codes.UnpackAny, `cannot decode ${what} ${typeUrl}: ${(e as Error).message}`);
  }
}

export const unpackClientState = (a: Any | undefined): ClientState => unpack(a, CLIENT_STATE_TYPE_URL, 'client state', ClientState);
export const unpackConsensusState = (a: Any | undefined): ConsensusState => unpack(a, CONSENSUS_STATE_TYPE_URL, 'consensus state', ConsensusState);

export type ClientMessage = { kind: 'header'; header: TmHeader } | { kind: 'misbehaviour'; misbehaviour: Misbehaviour };

/** A MsgUpdateClient / MsgSubmitMisbehaviour payload: a 07-tendermint Header or Misbehaviour. */
export function unpackClientMessage(a: Any | undefined): ClientMessage {
  if (a === undefined) throw new ChainError(Codes.UnpackAny, 'client message cannot be empty');
  if (a.typeUrl === HEADER_TYPE_URL) return { kind: 'header', header: unpack(a, HEADER_TYPE_URL, 'header', TmHeader) };
  if (a.typeUrl === MISBEHAVIOUR_TYPE_URL) return { kind: 'misbehaviour', misbehaviour: unpack(a, MISBEHAVIOUR_TYPE_URL, 'misbehaviour', Misbehaviour) };
  throw new ChainError(ClientErrors.InvalidClientType, `client message has type ${a.typeUrl}; expected ${HEADER_TYPE_URL} or ${MISBEHAVIOUR_TYPE_URL}`);
}

// ----- validation ---------------------------------------------------------------------------------------

/** CometBFT `light.ValidateTrustLevel`: within [1/3, 1]. */
export function validateTrustLevel(t: Fraction | undefined): void {
  if (t === undefined || t.denominator === 0n || t.numerator * 3n < t.denominator || t.numerator > t.denominator) {
    throw new ChainError(TendermintErrors.InvalidTrustLevel, `trust level ${t?.numerator ?? 0n}/${t?.denominator ?? 0n} must be within [1/3, 1]`);
  }
}

/** ibc-go `ClientState.Validate`. */
export function validateClientState(cs: ClientState): void {
  if (cs.chainId.trim() === '') throw new ChainError(TendermintErrors.InvalidChainID, 'chain id cannot be empty string');
  if (cs.chainId.length > MAX_CHAIN_ID_LEN) throw new ChainError(TendermintErrors.InvalidChainID, `chainID is too long; got: ${cs.chainId.length}, max: ${MAX_CHAIN_ID_LEN}`);
  validateTrustLevel(cs.trustLevel);
  const trusting = durationToNs(cs.trustingPeriod);
  const unbonding = durationToNs(cs.unbondingPeriod);
  if (trusting <= 0n) throw new ChainError(TendermintErrors.InvalidTrustingPeriod, 'trusting period must be greater than zero');
  if (unbonding <= 0n) throw new ChainError(TendermintErrors.InvalidUnbondingPeriod, 'unbonding period must be greater than zero');
  if (durationToNs(cs.maxClockDrift) <= 0n) throw new ChainError(TendermintErrors.InvalidMaxClockDrift, 'max clock drift must be greater than zero');
  const rev = revisionOf(cs.chainId);
  const latest = cs.latestHeight;
  if (latest === undefined || latest.revisionNumber !== rev) {
    throw new ChainError(TendermintErrors.InvalidHeaderHeight, `latest height revision number must match chain id revision number (${latest?.revisionNumber ?? 0n} != ${rev})`);
  }
  if (latest.revisionHeight === 0n) throw new ChainError(TendermintErrors.InvalidHeaderHeight, "tendermint client's latest height revision height cannot be zero");
  if (trusting >= unbonding) throw new ChainError(TendermintErrors.InvalidTrustingPeriod, `trusting period (${trusting} ns) should be < unbonding period (${unbonding} ns)`);
  if (cs.proofSpecs.length === 0) throw new ChainError(TendermintErrors.InvalidProofSpecs, 'proof specs cannot be nil for tm client');
  cs.proofSpecs.forEach((s, i) => {
    if (s.leafSpec === undefined || s.innerSpec === undefined) throw new ChainError(TendermintErrors.InvalidProofSpecs, `proof spec at index ${i} has no leaf or inner spec`);
  });
  cs.upgradePath.forEach((k, i) => {
    if (k.trim() === '') throw new ChainError(ClientErrors.InvalidClient, `key in upgrade path at index ${i} cannot be empty`);
  });
}

/** ibc-go `ConsensusState.ValidateBasic`. */
export function validateConsensusState(cs: ConsensusState): void {
  if (cs.root === undefined || cs.root.hash.length === 0) throw new ChainError(ClientErrors.InvalidConsensus, 'root cannot be empty');
  if (cs.nextValidatorsHash.length !== 0 && cs.nextValidatorsHash.length !== 32) {
    throw new ChainError(ClientErrors.InvalidConsensus, `next validators hash is invalid: expected 32 bytes, got ${cs.nextValidatorsHash.length}`);
  }
  if (cs.timestamp === undefined || fromTimestamp(cs.timestamp) <= 0n) throw new ChainError(ClientErrors.InvalidConsensus, 'timestamp must be a positive Unix time');
}
