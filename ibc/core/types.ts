/**
 * The seams of IBC core: what a light client offers the connection and channel handshakes
 * (`ClientVerifier`), what an application bound to a port implements (`IbcApp`, ibc-go's
 * `IBCModule`), and what core offers applications to send and acknowledge (`PacketSender`,
 * ibc-go's `ICS4Wrapper`). Each side depends only on these interfaces.
 */
import type { Channel, Counterparty as ChannelCounterparty, IdentifiedChannel, Order, Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import type { Context, TimeNs } from '../../chain/kernel/context.js';
import type { Height } from './height.js';

export type { ChannelCounterparty, Packet, Channel, IdentifiedChannel, Order };

/** ibc-go's client status; only `Active` clients verify proofs or accept packets. */
export type ClientStatus = 'Active' | 'Frozen' | 'Expired' | 'Unknown';

/**
 * A light client of the counterparty as IBC core uses it (ibc-go 02-client keeper routing to the
 * light client module). Every method throws a `ChainError` (codespace `client`) on failure.
 */
export interface ClientVerifier {
  status(ctx: Context, clientId: string): ClientStatus;
  /** Throws ClientNotFound. */
  latestHeight(ctx: Context, clientId: string): Height;
  /** The counterparty block time (ns) stored with the consensus state at `height`; throws ConsensusStateNotFound. */
  timestampAtHeight(ctx: Context, clientId: string, height: Height): TimeNs;
  /**
   * Verifies that `value` is stored at `path` under `prefix` in the counterparty's state committed by
   * the consensus state at `height` (a protobuf `MerkleProof`: IAVL proof then multistore proof).
   * `delayTimePeriod` (ns) and `delayBlockPeriod` are the connection's delay: the consensus state
   * must have been stored at least that long ago.
   */
  verifyMembership(ctx: Context, clientId: string, args: MembershipArgs & { value: Uint8Array }): void;
  /** Verifies that nothing is stored at `path` (a non-existence proof). */
  verifyNonMembership(ctx: Context, clientId: string, args: MembershipArgs): void;
}

export interface MembershipArgs {
  height: Height;
  delayTimePeriod: bigint;
  delayBlockPeriod: bigint;
  proof: Uint8Array;
  /** The counterparty's MerklePrefix key prefix (`"ibc"`). */
  prefix: Uint8Array;
  /** The ICS-24 path, e.g. `commitments/ports/transfer/channels/channel-0/sequences/1`. */
  path: string;
}

/** What `onRecvPacket` returns: `ack` undefined means asynchronous (written later). */
export interface RecvResult {
  ack: Uint8Array | undefined;
  /**
   * false: the application failed the packet: core discards the callback's state changes (its events
   * become `ibccallbackerror-…` events) but still writes `ack` (an error acknowledgement).
   */
  success: boolean;
}

export interface ChanOpenInitArgs {
  order: Order;
  connectionHops: string[];
  portId: string;
  channelId: string;
  counterparty: ChannelCounterparty;
  version: string;
}
export interface ChanOpenTryArgs {
  order: Order;
  connectionHops: string[];
  portId: string;
  channelId: string;
  counterparty: ChannelCounterparty;
  counterpartyVersion: string;
}

/**
 * An application bound to a port. Callbacks run inside the message's state branch: a throw fails
 * the whole transaction (no channel end is written; a packet stays unreceived and can be retried).
 */
export interface IbcApp {
  /** Returns the version to use; the proposed one may be empty. */
  onChanOpenInit(ctx: Context, a: ChanOpenInitArgs): string;
  /** Returns this side's version given the counterparty's. */
  onChanOpenTry(ctx: Context, a: ChanOpenTryArgs): string;
  /** Runs after the channel end is written OPEN (with the counterparty's channel ID and version), as in ibc-go. */
  onChanOpenAck(ctx: Context, a: { portId: string; channelId: string; counterpartyChannelId: string; counterpartyVersion: string }): void;
  onChanOpenConfirm(ctx: Context, a: { portId: string; channelId: string }): void;
  /** A throw vetoes a user-initiated close. */
  onChanCloseInit(ctx: Context, a: { portId: string; channelId: string }): void;
  onChanCloseConfirm(ctx: Context, a: { portId: string; channelId: string }): void;
  onRecvPacket(ctx: Context, packet: Packet, relayer: string): RecvResult;
  onAcknowledgementPacket(ctx: Context, packet: Packet, acknowledgement: Uint8Array, relayer: string): void;
  onTimeoutPacket(ctx: Context, packet: Packet, relayer: string): void;
}

/** What IBC core offers applications (ibc-go ICS4Wrapper plus the channel reads apps need). */
export interface PacketSender {
  /** Commits and emits a packet on an OPEN channel; returns its sequence. */
  sendPacket(ctx: Context, a: { sourcePort: string; sourceChannel: string; timeoutHeight: Height; timeoutTimestamp: bigint; data: Uint8Array }): bigint;
  /** An asynchronous acknowledgement of a received packet; fails if one was already written. */
  writeAcknowledgement(ctx: Context, packet: Packet, ack: Uint8Array): void;
  getChannel(ctx: Context, portId: string, channelId: string): Channel | undefined;
  /** Every channel end bound to `portId`, in channel-ID order. */
  channelsOfPort(ctx: Context, portId: string): IdentifiedChannel[];
  /** ChanCloseInit on behalf of the port's owner (a contract's `IbcMsg::CloseChannel`). */
  closeChannel(ctx: Context, portId: string, channelId: string): void;
}

/** ICS-20 as other modules reach it (a contract's `IbcMsg::Transfer`). Returns the packet sequence. */
export interface TransferSender {
  transfer(ctx: Context, msg: MsgTransfer): bigint;
}
