/**
 * IBC errors with ibc-go's codespaces and codes, so relayers that branch on them (code 21 "out of
 * order", 22 "redundant", 23 "no-op") see the numbers they expect.
 */
import { registerError } from '../../chain/kernel/errors.js';

export const ClientErrors = Object.freeze({
  ClientExists: registerError('client', 2, 'light client already exists'),
  InvalidClient: registerError('client', 3, 'light client is invalid'),
  ClientNotFound: registerError('client', 4, 'light client not found'),
  ClientFrozen: registerError('client', 5, 'light client is frozen due to misbehaviour'),
  ConsensusStateNotFound: registerError('client', 7, 'consensus state not found'),
  InvalidConsensus: registerError('client', 8, 'invalid consensus state'),
  InvalidClientType: registerError('client', 10, 'invalid client type'),
  InvalidHeader: registerError('client', 12, 'invalid client header'),
  InvalidMisbehaviour: registerError('client', 13, 'invalid light client misbehaviour'),
  UpdateClientFailed: registerError('client', 23, 'unable to update light client'),
  InvalidHeight: registerError('client', 26, 'invalid height'),
  ClientNotActive: registerError('client', 29, 'client state is not active'),
  FailedMembershipVerification: registerError('client', 30, 'membership verification failed'),
  FailedNonMembershipVerification: registerError('client', 31, 'non-membership verification failed'),
});

export const ConnectionErrors = Object.freeze({
  ConnectionNotFound: registerError('connection', 3, 'connection not found'),
  InvalidConnectionState: registerError('connection', 6, 'invalid connection state'),
  InvalidCounterparty: registerError('connection', 7, 'invalid counterparty connection'),
  InvalidConnection: registerError('connection', 8, 'invalid connection'),
  InvalidVersion: registerError('connection', 9, 'invalid connection version'),
  VersionNegotiationFailed: registerError('connection', 10, 'connection version negotiation failed'),
});

export const ChannelErrors = Object.freeze({
  ChannelNotFound: registerError('channel', 3, 'channel not found'),
  InvalidChannel: registerError('channel', 4, 'invalid channel'),
  InvalidChannelState: registerError('channel', 5, 'invalid channel state'),
  InvalidChannelOrdering: registerError('channel', 6, 'invalid channel ordering'),
  InvalidCounterparty: registerError('channel', 7, 'invalid counterparty channel'),
  InvalidPacket: registerError('channel', 13, 'invalid packet'),
  TooManyConnectionHops: registerError('channel', 15, 'too many connection hops'),
  InvalidAcknowledgement: registerError('channel', 16, 'invalid acknowledgement'),
  AcknowledgementExists: registerError('channel', 17, 'acknowledgement for packet already exists'),
  PacketCommitmentNotFound: registerError('channel', 20, 'packet commitment not found'),
  PacketSequenceOutOfOrder: registerError('channel', 21, 'packet sequence is out of order'),
  RedundantTx: registerError('channel', 22, 'packet messages are redundant'),
  NoOpMsg: registerError('channel', 23, 'message is redundant, no-op will be performed'),
  InvalidChannelVersion: registerError('channel', 24, 'invalid channel version'),
  PacketNotSent: registerError('channel', 25, 'packet has not been sent'),
  InvalidTimeout: registerError('channel', 26, 'invalid packet timeout'),
  TimeoutNotReached: registerError('channel', 39, 'timeout not reached'),
  TimeoutElapsed: registerError('channel', 40, 'timeout elapsed'),
});

export const PortErrors = Object.freeze({
  PortNotFound: registerError('port', 3, 'port not found'),
  InvalidPort: registerError('port', 4, 'invalid port'),
  InvalidRoute: registerError('port', 5, 'route not found'),
});

export const CommitmentErrors = Object.freeze({
  InvalidProof: registerError('commitment', 2, 'invalid proof'),
  InvalidPrefix: registerError('commitment', 3, 'invalid prefix'),
  InvalidMerkleProof: registerError('commitment', 4, 'invalid merkle proof'),
});

/** The 07-tendermint light client's own errors (ibc-go `light-clients/07-tendermint/errors.go`). */
export const TendermintErrors = Object.freeze({
  InvalidChainID: registerError('07-tendermint', 2, 'invalid chain-id'),
  InvalidTrustingPeriod: registerError('07-tendermint', 3, 'invalid trusting period'),
  InvalidUnbondingPeriod: registerError('07-tendermint', 4, 'invalid unbonding period'),
  InvalidHeaderHeight: registerError('07-tendermint', 5, 'invalid header height'),
  InvalidHeader: registerError('07-tendermint', 6, 'invalid header'),
  InvalidMaxClockDrift: registerError('07-tendermint', 7, 'invalid max clock drift'),
  ProcessedTimeNotFound: registerError('07-tendermint', 8, 'processed time not found'),
  ProcessedHeightNotFound: registerError('07-tendermint', 9, 'processed height not found'),
  DelayPeriodNotPassed: registerError('07-tendermint', 10, 'packet-specified delay period has not been reached'),
  TrustingPeriodExpired: registerError('07-tendermint', 11, 'time since latest trusted state has passed the trusting period'),
  InvalidProofSpecs: registerError('07-tendermint', 13, 'invalid proof specs'),
  InvalidValidatorSet: registerError('07-tendermint', 14, 'invalid validator set'),
  InvalidTrustLevel: registerError('07-tendermint', 15, 'invalid trust level'),
});

export const HostErrors = Object.freeze({
  InvalidID: registerError('host', 2, 'invalid identifier'),
  InvalidPath: registerError('host', 3, 'invalid path'),
  InvalidPacket: registerError('host', 4, 'invalid packet'),
});
