/**
 * ICS-04 channels and packets (ibc-go 04-channel keeper + the core msg server's callback order):
 * the four-step open and two-step close handshakes, send / receive / acknowledge / timeout /
 * timeout-on-close with commitments, receipts, acks and next-sequence counters at their ICS-24
 * paths, every counterparty fact proven against our light client of it.
 */
import { Channel, Order, State, type Counterparty, type IdentifiedChannel, type Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { State as ConnState, type ConnectionEnd } from 'cosmjs-types/ibc/core/connection/v1/connection';
import type { Context } from '../../../chain/kernel/context.js';
import { ChainError } from '../../../chain/kernel/errors.js';
import { event, type Event } from '../../../chain/kernel/events.js';
import { bytesEqual, toHex } from '../../../chain/kernel/keys.js';
import { prefixEnd } from '../../../chain/store/kv.js';
import { ChannelErrors, ClientErrors, ConnectionErrors } from '../errors.js';
import { compareHeights, formatHeight, isZeroHeight, selfHeight, type Height } from '../height.js';
import {
  IBC_STORE,
  RECEIPT_VALUE,
  channelIdentifier,
  channelPath,
  commitAcknowledgement,
  commitPacket,
  decodeSequence,
  encodeSequence,
  key,
  nextSequenceAckPath,
  nextSequenceRecvPath,
  nextSequenceSendPath,
  packetAckPath,
  packetAckPrefix,
  packetCommitmentPath,
  packetCommitmentPrefix,
  packetReceiptPath,
  validateChannelId,
  validatePortId,
} from '../host.js';
import { versionAllowsOrdering, type ConnectionKeeper } from '../connection/keeper.js';
import { DecodedCache } from '../decoded.js';
import type { PortRouter } from '../port.js';
import type { PacketSender } from '../types.js';

export { State as ChannelState, Order };

const NEXT_CHANNEL_SEQUENCE = key('nextChannelSequence');
/** Channel ends by their stored bytes, decoded once and frozen (see `decoded.ts`). */
const decodedChannels = new DecodedCache((b) => Channel.decode(b));
const td = new TextDecoder();

export const orderName = (o: Order): string => (o === Order.ORDER_ORDERED ? 'ORDER_ORDERED' : o === Order.ORDER_UNORDERED ? 'ORDER_UNORDERED' : 'ORDER_NONE_UNSPECIFIED');
const stateName = (s: State): string => State[s] ?? String(s);

/** What a packet message did: NOOP for an already-handled packet (success for relayers, no app callback). */
export type PacketResult = 'noop' | 'success' | 'failure';

export interface ProofArgs {
  proof: Uint8Array;
  proofHeight: Height;
}

export class ChannelKeeper implements PacketSender {
  constructor(
    private readonly connections: ConnectionKeeper,
    private readonly ports: PortRouter,
  ) {}

  // ----- state access ---------------------------------------------------------------------------

  getChannel(ctx: Context, portId: string, channelId: string): Channel | undefined {
    const raw = ctx.store(IBC_STORE).get(key(channelPath(portId, channelId)));
    return raw === undefined ? undefined : decodedChannels.get(raw);
  }

  private mustGetChannel(ctx: Context, portId: string, channelId: string): Channel {
    const c = this.getChannel(ctx, portId, channelId);
    if (c === undefined) throw new ChainError(ChannelErrors.ChannelNotFound, `port ID (${portId}) channel ID (${channelId})`);
    return c;
  }

  private setChannel(ctx: Context, portId: string, channelId: string, c: Channel): void {
    ctx.store(IBC_STORE).set(key(channelPath(portId, channelId)), Channel.encode(c).finish());
  }

  /** All channel ends, in store key order. */
  channels(ctx: Context): IdentifiedChannel[] {
    const out: IdentifiedChannel[] = [];
    const start = key('channelEnds/ports/');
    for (const [k, v] of ctx.store(IBC_STORE).iterator(start, prefixEnd(start))) {
      const m = /^channelEnds\/ports\/(.+)\/channels\/([^/]+)$/.exec(td.decode(k));
      if (m === null) continue;
      out.push({ ...Channel.decode(v), portId: m[1]!, channelId: m[2]! });
    }
    return out;
  }

  channelsOfPort(ctx: Context, portId: string): IdentifiedChannel[] {
    const out: IdentifiedChannel[] = [];
    const start = key(`channelEnds/ports/${portId}/channels/`);
    for (const [k, v] of ctx.store(IBC_STORE).iterator(start, prefixEnd(start))) {
      out.push({ ...Channel.decode(v), portId, channelId: td.decode(k).slice(start.length) });
    }
    return out;
  }

  /**
   * Packets sent and not yet acknowledged or timed out (their commitments), per channel end, in key
   * order; channels with none are left out. For operators (metrics), not for state transitions.
   */
  pendingPacketCounts(ctx: Context): { portId: string; channelId: string; count: number }[] {
    const out: { portId: string; channelId: string; count: number }[] = [];
    const start = key('commitments/ports/');
    for (const [k] of ctx.store(IBC_STORE).iterator(start, prefixEnd(start))) {
      const m = /^commitments\/ports\/(.+)\/channels\/([^/]+)\/sequences\/\d+$/.exec(td.decode(k));
      if (m === null) continue;
      const last = out[out.length - 1];
      if (last !== undefined && last.portId === m[1] && last.channelId === m[2]) last.count++;
      else out.push({ portId: m[1]!, channelId: m[2]!, count: 1 });
    }
    return out;
  }

  private getSeq(ctx: Context, path: string): bigint | undefined {
    const raw = ctx.store(IBC_STORE).get(key(path));
    return raw === undefined ? undefined : decodeSequence(raw);
  }
  private setSeq(ctx: Context, path: string, v: bigint): void {
    ctx.store(IBC_STORE).set(key(path), encodeSequence(v));
  }
  nextSequenceSend(ctx: Context, portId: string, channelId: string): bigint | undefined {
    return this.getSeq(ctx, nextSequenceSendPath(portId, channelId));
  }
  nextSequenceRecv(ctx: Context, portId: string, channelId: string): bigint | undefined {
    return this.getSeq(ctx, nextSequenceRecvPath(portId, channelId));
  }
  nextSequenceAck(ctx: Context, portId: string, channelId: string): bigint | undefined {
    return this.getSeq(ctx, nextSequenceAckPath(portId, channelId));
  }
  packetCommitment(ctx: Context, portId: string, channelId: string, seq: bigint): Uint8Array | undefined {
    return ctx.store(IBC_STORE).get(key(packetCommitmentPath(portId, channelId, seq)));
  }
  hasReceipt(ctx: Context, portId: string, channelId: string, seq: bigint): boolean {
    return ctx.store(IBC_STORE).has(key(packetReceiptPath(portId, channelId, seq)));
  }
  packetAcknowledgement(ctx: Context, portId: string, channelId: string, seq: bigint): Uint8Array | undefined {
    return ctx.store(IBC_STORE).get(key(packetAckPath(portId, channelId, seq)));
  }

  /** Sequences with a stored value under a `…/sequences/` prefix, ascending numerically. */
  private sequencesUnder(ctx: Context, prefixPath: string): { sequence: bigint; data: Uint8Array }[] {
    const start = key(prefixPath);
    const out: { sequence: bigint; data: Uint8Array }[] = [];
    for (const [k, v] of ctx.store(IBC_STORE).iterator(start, prefixEnd(start))) out.push({ sequence: BigInt(td.decode(k).slice(start.length)), data: v });
    return out.sort((a, b) => (a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : 0));
  }
  packetCommitments(ctx: Context, portId: string, channelId: string): { sequence: bigint; data: Uint8Array }[] {
    return this.sequencesUnder(ctx, packetCommitmentPrefix(portId, channelId));
  }
  packetAcknowledgements(ctx: Context, portId: string, channelId: string): { sequence: bigint; data: Uint8Array }[] {
    return this.sequencesUnder(ctx, packetAckPrefix(portId, channelId));
  }

  /** Of `sequences` sent by the counterparty to this end, those not yet received here (ibc-go `UnreceivedPackets`). */
  unreceivedPackets(ctx: Context, portId: string, channelId: string, sequences: readonly bigint[]): bigint[] {
    const channel = this.mustGetChannel(ctx, portId, channelId);
    if (channel.ordering === Order.ORDER_ORDERED) {
      const next = this.nextSequenceRecv(ctx, portId, channelId) ?? 1n;
      return sequences.filter((s) => s >= next);
    }
    return sequences.filter((s) => !this.hasReceipt(ctx, portId, channelId, s));
  }

  /** Of `sequences` acknowledged by the counterparty, those still committed here (ibc-go `UnreceivedAcks`). */
  unreceivedAcks(ctx: Context, portId: string, channelId: string, sequences: readonly bigint[]): bigint[] {
    return sequences.filter((s) => this.packetCommitment(ctx, portId, channelId, s) !== undefined);
  }

  private nextChannelId(ctx: Context): string {
    const s = ctx.store(IBC_STORE);
    const raw = s.get(NEXT_CHANNEL_SEQUENCE);
    const n = raw === undefined ? 0n : decodeSequence(raw);
    s.set(NEXT_CHANNEL_SEQUENCE, encodeSequence(n + 1n));
    return channelIdentifier(n);
  }

  private connectionOf(ctx: Context, channel: Pick<Channel, 'connectionHops'>): { id: string; end: ConnectionEnd } {
    if (channel.connectionHops.length !== 1) throw new ChainError(ChannelErrors.TooManyConnectionHops, `current IBC version only supports one connection hop, got ${channel.connectionHops.length}`);
    const id = channel.connectionHops[0]!;
    return { id, end: this.connections.mustGetConnection(ctx, id) };
  }

  private requireOpenConnection(id: string, end: ConnectionEnd): void {
    if (end.state !== ConnState.STATE_OPEN) throw new ChainError(ConnectionErrors.InvalidConnectionState, `connection state is not OPEN (got ${ConnState[end.state]}) for ${id}`);
  }

  private requireActiveClient(ctx: Context, clientId: string): void {
    const status = this.connections.verifier().status(ctx, clientId);
    if (status !== 'Active') throw new ChainError(ClientErrors.ClientNotActive, `client (${clientId}) status is ${status}`);
  }

  private verify(ctx: Context, conn: ConnectionEnd, p: ProofArgs, path: string, value: Uint8Array | undefined): void {
    const args = { height: p.proofHeight, proof: p.proof, prefix: conn.counterparty.prefix.keyPrefix, path, ...this.connections.delays(conn) };
    const v = this.connections.verifier();
    if (value === undefined) v.verifyNonMembership(ctx, conn.clientId, args);
    else v.verifyMembership(ctx, conn.clientId, { ...args, value });
  }

  // ----- handshake ------------------------------------------------------------------------------

  openInit(ctx: Context, a: { portId: string; channel: Channel }): { channelId: string; version: string } {
    validatePortId(a.portId);
    const ch = a.channel;
    if (ch.state !== State.STATE_INIT) throw new ChainError(ChannelErrors.InvalidChannelState, `channel state must be INIT in MsgChannelOpenInit, got ${stateName(ch.state)}`);
    if (ch.counterparty.channelId !== '') throw new ChainError(ChannelErrors.InvalidCounterparty, 'counterparty channel identifier must be empty');
    validatePortId(ch.counterparty.portId);
    if (ch.ordering !== Order.ORDER_ORDERED && ch.ordering !== Order.ORDER_UNORDERED) throw new ChainError(ChannelErrors.InvalidChannelOrdering, `unknown ordering ${ch.ordering}`);
    const { id: connectionId, end } = this.connectionOf(ctx, ch);
    if (end.versions.length !== 1) throw new ChainError(ConnectionErrors.InvalidVersion, `single version must be negotiated on connection before opening channel, got: ${end.versions.length}`);
    if (!versionAllowsOrdering(end.versions[0]!, orderName(ch.ordering))) throw new ChainError(ConnectionErrors.InvalidVersion, `connection version does not support channel ordering: ${orderName(ch.ordering)}`);
    this.requireActiveClient(ctx, end.clientId);
    const app = this.ports.route(a.portId);
    const channelId = this.nextChannelId(ctx);
    const version = app.onChanOpenInit(ctx, { order: ch.ordering, connectionHops: ch.connectionHops, portId: a.portId, channelId, counterparty: ch.counterparty, version: ch.version });
    this.setChannel(ctx, a.portId, channelId, { state: State.STATE_INIT, ordering: ch.ordering, counterparty: ch.counterparty, connectionHops: ch.connectionHops, version });
    this.initSequences(ctx, a.portId, channelId);
    ctx.emit(event('channel_open_init', { port_id: a.portId, channel_id: channelId, counterparty_port_id: ch.counterparty.portId, connection_id: connectionId, version }));
    ctx.emit(event('message', { module: 'ibc_channel' }));
    return { channelId, version };
  }

  private initSequences(ctx: Context, portId: string, channelId: string): void {
    this.setSeq(ctx, nextSequenceSendPath(portId, channelId), 1n);
    this.setSeq(ctx, nextSequenceRecvPath(portId, channelId), 1n);
    this.setSeq(ctx, nextSequenceAckPath(portId, channelId), 1n);
  }

  openTry(ctx: Context, a: { portId: string; channel: Channel; counterpartyVersion: string } & ProofArgs): { channelId: string; version: string } {
    validatePortId(a.portId);
    const ch = a.channel;
    if (ch.state !== State.STATE_TRYOPEN) throw new ChainError(ChannelErrors.InvalidChannelState, `channel state must be TRYOPEN in MsgChannelOpenTry, got ${stateName(ch.state)}`);
    validateChannelId(ch.counterparty.channelId);
    const { id: connectionId, end } = this.connectionOf(ctx, ch);
    this.requireOpenConnection(connectionId, end);
    if (end.versions.length !== 1 || !versionAllowsOrdering(end.versions[0]!, orderName(ch.ordering))) throw new ChainError(ConnectionErrors.InvalidVersion, `connection version does not support channel ordering: ${orderName(ch.ordering)}`);
    this.requireActiveClient(ctx, end.clientId);
    const expected: Channel = {
      state: State.STATE_INIT,
      ordering: ch.ordering,
      counterparty: { portId: a.portId, channelId: '' },
      connectionHops: [end.counterparty.connectionId],
      version: a.counterpartyVersion,
    };
    this.verify(ctx, end, a, channelPath(ch.counterparty.portId, ch.counterparty.channelId), Channel.encode(expected).finish());
    const app = this.ports.route(a.portId);
    const channelId = this.nextChannelId(ctx);
    const version = app.onChanOpenTry(ctx, { order: ch.ordering, connectionHops: ch.connectionHops, portId: a.portId, channelId, counterparty: ch.counterparty, counterpartyVersion: a.counterpartyVersion });
    this.setChannel(ctx, a.portId, channelId, { state: State.STATE_TRYOPEN, ordering: ch.ordering, counterparty: ch.counterparty, connectionHops: ch.connectionHops, version });
    this.initSequences(ctx, a.portId, channelId);
    ctx.emit(
      event('channel_open_try', { port_id: a.portId, channel_id: channelId, counterparty_port_id: ch.counterparty.portId, counterparty_channel_id: ch.counterparty.channelId, connection_id: connectionId, version }),
    );
    ctx.emit(event('message', { module: 'ibc_channel' }));
    return { channelId, version };
  }

  openAck(ctx: Context, a: { portId: string; channelId: string; counterpartyChannelId: string; counterpartyVersion: string } & ProofArgs): void {
    validateChannelId(a.counterpartyChannelId);
    const ch = this.mustGetChannel(ctx, a.portId, a.channelId);
    if (ch.state !== State.STATE_INIT) throw new ChainError(ChannelErrors.InvalidChannelState, `channel state should be INIT (got ${stateName(ch.state)})`);
    const { id: connectionId, end } = this.connectionOf(ctx, ch);
    this.requireOpenConnection(connectionId, end);
    this.requireActiveClient(ctx, end.clientId);
    const expected: Channel = {
      state: State.STATE_TRYOPEN,
      ordering: ch.ordering,
      counterparty: { portId: a.portId, channelId: a.channelId },
      connectionHops: [end.counterparty.connectionId],
      version: a.counterpartyVersion,
    };
    this.verify(ctx, end, a, channelPath(ch.counterparty.portId, a.counterpartyChannelId), Channel.encode(expected).finish());
    // ibc-go writes the OPEN end before the callback, so an app may send packets from it (ibc_reflect_send does).
    this.setChannel(ctx, a.portId, a.channelId, { ...ch, state: State.STATE_OPEN, version: a.counterpartyVersion, counterparty: { ...ch.counterparty, channelId: a.counterpartyChannelId } });
    this.ports.route(a.portId).onChanOpenAck(ctx, { portId: a.portId, channelId: a.channelId, counterpartyChannelId: a.counterpartyChannelId, counterpartyVersion: a.counterpartyVersion });
    ctx.emit(
      event('channel_open_ack', { port_id: a.portId, channel_id: a.channelId, counterparty_port_id: ch.counterparty.portId, counterparty_channel_id: a.counterpartyChannelId, connection_id: connectionId }),
    );
    ctx.emit(event('message', { module: 'ibc_channel' }));
  }

  openConfirm(ctx: Context, a: { portId: string; channelId: string } & ProofArgs): void {
    const ch = this.mustGetChannel(ctx, a.portId, a.channelId);
    if (ch.state !== State.STATE_TRYOPEN) throw new ChainError(ChannelErrors.InvalidChannelState, `channel state is not TRYOPEN (got ${stateName(ch.state)})`);
    const { id: connectionId, end } = this.connectionOf(ctx, ch);
    this.requireOpenConnection(connectionId, end);
    this.requireActiveClient(ctx, end.clientId);
    const expected: Channel = {
      state: State.STATE_OPEN,
      ordering: ch.ordering,
      counterparty: { portId: a.portId, channelId: a.channelId },
      connectionHops: [end.counterparty.connectionId],
      version: ch.version,
    };
    this.verify(ctx, end, a, channelPath(ch.counterparty.portId, ch.counterparty.channelId), Channel.encode(expected).finish());
    this.setChannel(ctx, a.portId, a.channelId, { ...ch, state: State.STATE_OPEN });
    this.ports.route(a.portId).onChanOpenConfirm(ctx, { portId: a.portId, channelId: a.channelId });
    ctx.emit(
      event('channel_open_confirm', { port_id: a.portId, channel_id: a.channelId, counterparty_port_id: ch.counterparty.portId, counterparty_channel_id: ch.counterparty.channelId, connection_id: connectionId }),
    );
    ctx.emit(event('message', { module: 'ibc_channel' }));
  }

  closeInit(ctx: Context, a: { portId: string; channelId: string }): void {
    const ch = this.mustGetChannel(ctx, a.portId, a.channelId);
    if (ch.state === State.STATE_CLOSED) throw new ChainError(ChannelErrors.InvalidChannelState, 'channel is already CLOSED');
    const { id: connectionId, end } = this.connectionOf(ctx, ch);
    this.requireOpenConnection(connectionId, end);
    this.requireActiveClient(ctx, end.clientId);
    this.ports.route(a.portId).onChanCloseInit(ctx, a);
    this.setChannel(ctx, a.portId, a.channelId, { ...ch, state: State.STATE_CLOSED });
    ctx.emit(
      event('channel_close_init', { port_id: a.portId, channel_id: a.channelId, counterparty_port_id: ch.counterparty.portId, counterparty_channel_id: ch.counterparty.channelId, connection_id: connectionId }),
    );
    ctx.emit(event('message', { module: 'ibc_channel' }));
  }

  /** A contract's `IbcMsg::CloseChannel`: ChanCloseInit on its own port. */
  closeChannel(ctx: Context, portId: string, channelId: string): void {
    this.closeInit(ctx, { portId, channelId });
  }

  closeConfirm(ctx: Context, a: { portId: string; channelId: string } & ProofArgs): void {
    const ch = this.mustGetChannel(ctx, a.portId, a.channelId);
    if (ch.state === State.STATE_CLOSED) throw new ChainError(ChannelErrors.InvalidChannelState, 'channel is already CLOSED');
    const { id: connectionId, end } = this.connectionOf(ctx, ch);
    this.requireOpenConnection(connectionId, end);
    this.requireActiveClient(ctx, end.clientId);
    const expected: Channel = {
      state: State.STATE_CLOSED,
      ordering: ch.ordering,
      counterparty: { portId: a.portId, channelId: a.channelId },
      connectionHops: [end.counterparty.connectionId],
      version: ch.version,
    };
    this.verify(ctx, end, a, channelPath(ch.counterparty.portId, ch.counterparty.channelId), Channel.encode(expected).finish());
    this.ports.route(a.portId).onChanCloseConfirm(ctx, a);
    this.setChannel(ctx, a.portId, a.channelId, { ...ch, state: State.STATE_CLOSED });
    ctx.emit(
      event('channel_close_confirm', { port_id: a.portId, channel_id: a.channelId, counterparty_port_id: ch.counterparty.portId, counterparty_channel_id: ch.counterparty.channelId, connection_id: connectionId }),
    );
    ctx.emit(event('message', { module: 'ibc_channel' }));
  }

  // ----- packets --------------------------------------------------------------------------------

  sendPacket(ctx: Context, a: { sourcePort: string; sourceChannel: string; timeoutHeight: Height; timeoutTimestamp: bigint; data: Uint8Array }): bigint {
    const ch = this.mustGetChannel(ctx, a.sourcePort, a.sourceChannel);
    if (ch.state !== State.STATE_OPEN) throw new ChainError(ChannelErrors.InvalidChannelState, `channel is not OPEN (got ${stateName(ch.state)})`);
    if (isZeroHeight(a.timeoutHeight) && a.timeoutTimestamp === 0n) throw new ChainError(ChannelErrors.InvalidTimeout, 'packet timeout height and packet timeout timestamp cannot both be 0');
    if (a.data.length === 0) throw new ChainError(ChannelErrors.InvalidPacket, 'packet data bytes cannot be empty');
    const { id: connectionId, end } = this.connectionOf(ctx, ch);
    this.requireActiveClient(ctx, end.clientId);
    // The timeout must still be reachable from the counterparty's latest state we know of.
    const v = this.connections.verifier();
    const latest = v.latestHeight(ctx, end.clientId);
    if (!isZeroHeight(a.timeoutHeight) && compareHeights(latest, a.timeoutHeight) >= 0) {
      throw new ChainError(ChannelErrors.TimeoutElapsed, `latest height ${formatHeight(latest)} >= packet timeout height ${formatHeight(a.timeoutHeight)}`);
    }
    const latestTime = v.timestampAtHeight(ctx, end.clientId, latest);
    if (a.timeoutTimestamp !== 0n && latestTime >= a.timeoutTimestamp) {
      throw new ChainError(ChannelErrors.TimeoutElapsed, `latest timestamp ${latestTime} >= packet timeout timestamp ${a.timeoutTimestamp}`);
    }
    const sequence = this.nextSequenceSend(ctx, a.sourcePort, a.sourceChannel);
    if (sequence === undefined) throw new ChainError(ChannelErrors.InvalidChannel, `sequence send not found for ${a.sourcePort}/${a.sourceChannel}`);
    const packet: Packet = {
      sequence,
      sourcePort: a.sourcePort,
      sourceChannel: a.sourceChannel,
      destinationPort: ch.counterparty.portId,
      destinationChannel: ch.counterparty.channelId,
      data: a.data,
      timeoutHeight: a.timeoutHeight,
      timeoutTimestamp: a.timeoutTimestamp,
    };
    this.setSeq(ctx, nextSequenceSendPath(a.sourcePort, a.sourceChannel), sequence + 1n);
    ctx.store(IBC_STORE).set(key(packetCommitmentPath(a.sourcePort, a.sourceChannel, sequence)), commitPacket(packet));
    ctx.emit(packetEvent('send_packet', packet, ch.ordering, connectionId, { data: true }));
    ctx.emit(event('message', { module: 'ibc_channel' }));
    return sequence;
  }

  private checkPacketRoute(ctx: Context, packet: Packet, localPort: string, localChannel: string, remotePort: string, remoteChannel: string): { ch: Channel; connectionId: string; conn: ConnectionEnd } {
    const ch = this.mustGetChannel(ctx, localPort, localChannel);
    if (ch.counterparty.portId !== remotePort) throw new ChainError(ChannelErrors.InvalidPacket, `packet port ${remotePort} does not match the channel's counterparty port ${ch.counterparty.portId}`);
    if (ch.counterparty.channelId !== remoteChannel) throw new ChainError(ChannelErrors.InvalidPacket, `packet channel ${remoteChannel} does not match the channel's counterparty channel ${ch.counterparty.channelId}`);
    const { id: connectionId, end } = this.connectionOf(ctx, ch);
    this.requireOpenConnection(connectionId, end);
    if (packet.sequence === 0n) throw new ChainError(ChannelErrors.InvalidPacket, 'packet sequence cannot be 0');
    return { ch, connectionId, conn: end };
  }

  /** MsgRecvPacket: proves the counterparty's commitment, applies replay protection, runs the app, writes a synchronous ack. */
  recvPacket(ctx: Context, packet: Packet, proof: ProofArgs, relayer: string): PacketResult {
    const { ch, connectionId, conn } = this.checkPacketRoute(ctx, packet, packet.destinationPort, packet.destinationChannel, packet.sourcePort, packet.sourceChannel);
    if (ch.state !== State.STATE_OPEN) throw new ChainError(ChannelErrors.InvalidChannelState, `channel state is not OPEN (got ${stateName(ch.state)})`);
    // Judged by this chain's own height and block time.
    const self = selfHeight(ctx.chainId, ctx.height);
    if (!isZeroHeight(packet.timeoutHeight) && compareHeights(self, packet.timeoutHeight) >= 0) {
      throw new ChainError(ChannelErrors.TimeoutElapsed, `block height >= packet timeout height (${formatHeight(self)} >= ${formatHeight(packet.timeoutHeight)})`);
    }
    if (packet.timeoutTimestamp !== 0n && ctx.time >= packet.timeoutTimestamp) {
      throw new ChainError(ChannelErrors.TimeoutElapsed, `block timestamp >= packet timeout timestamp (${ctx.time} >= ${packet.timeoutTimestamp})`);
    }
    this.verify(ctx, conn, proof, packetCommitmentPath(packet.sourcePort, packet.sourceChannel, packet.sequence), commitPacket(packet));
    const { destinationPort: port, destinationChannel: chan } = packet;
    if (ch.ordering === Order.ORDER_ORDERED) {
      const next = this.nextSequenceRecv(ctx, port, chan) ?? 1n;
      if (packet.sequence < next) return this.noop(ctx, packet, ch, connectionId);
      if (packet.sequence !== next) throw new ChainError(ChannelErrors.PacketSequenceOutOfOrder, `packet sequence ≠ next receive sequence (${packet.sequence} ≠ ${next})`);
      this.setSeq(ctx, nextSequenceRecvPath(port, chan), next + 1n);
    } else {
      if (this.hasReceipt(ctx, port, chan, packet.sequence)) return this.noop(ctx, packet, ch, connectionId);
      ctx.store(IBC_STORE).set(key(packetReceiptPath(port, chan, packet.sequence)), RECEIPT_VALUE);
    }
    ctx.emit(packetEvent('recv_packet', packet, ch.ordering, connectionId, { data: true }));
    ctx.emit(event('message', { module: 'ibc_channel' }));

    // The app runs in its own branch: a failure acknowledgement keeps none of its state.
    const app = this.ports.route(port);
    const b = ctx.branch();
    const result = app.onRecvPacket(b.ctx, packet, relayer);
    if (result.ack === undefined || result.success) {
      b.commit();
    } else {
      b.discard();
      ctx.events.emitAll(b.ctx.events.events.map(toErrorEvent));
    }
    if (result.ack !== undefined) this.writeAck(ctx, packet, ch, connectionId, result.ack);
    return result.success ? 'success' : 'failure';
  }

  private noop(ctx: Context, packet: Packet, ch: Channel, connectionId: string): PacketResult {
    ctx.emit(packetEvent('recv_packet', packet, ch.ordering, connectionId, { data: true }));
    ctx.emit(event('message', { module: 'ibc_channel' }));
    return 'noop';
  }

  private writeAck(ctx: Context, packet: Packet, ch: Channel, connectionId: string, ack: Uint8Array): void {
    if (ack.length === 0) throw new ChainError(ChannelErrors.InvalidAcknowledgement, 'acknowledgement cannot be empty');
    const path = key(packetAckPath(packet.destinationPort, packet.destinationChannel, packet.sequence));
    const s = ctx.store(IBC_STORE);
    if (s.has(path)) throw new ChainError(ChannelErrors.AcknowledgementExists, `packet ${packet.destinationPort}/${packet.destinationChannel}/${packet.sequence} is already acknowledged`);
    s.set(path, commitAcknowledgement(ack));
    ctx.emit(packetEvent('write_acknowledgement', packet, ch.ordering, connectionId, { data: true, ack }));
    ctx.emit(event('message', { module: 'ibc_channel' }));
  }

  /** An asynchronous acknowledgement (ICS4 `WriteAcknowledgement`) of a packet received earlier. */
  writeAcknowledgement(ctx: Context, packet: Packet, ack: Uint8Array): void {
    const ch = this.mustGetChannel(ctx, packet.destinationPort, packet.destinationChannel);
    if (ch.state !== State.STATE_OPEN) throw new ChainError(ChannelErrors.InvalidChannelState, `channel state is not OPEN (got ${stateName(ch.state)})`);
    const { id: connectionId } = this.connectionOf(ctx, ch);
    if (ch.ordering === Order.ORDER_UNORDERED && !this.hasReceipt(ctx, packet.destinationPort, packet.destinationChannel, packet.sequence)) {
      throw new ChainError(ChannelErrors.InvalidPacket, `packet ${packet.sequence} was not received on ${packet.destinationPort}/${packet.destinationChannel}`);
    }
    this.writeAck(ctx, packet, ch, connectionId, ack);
  }

  private requireCommitment(ctx: Context, packet: Packet): Uint8Array | undefined {
    const stored = this.packetCommitment(ctx, packet.sourcePort, packet.sourceChannel, packet.sequence);
    if (stored === undefined) return undefined;
    if (!bytesEqual(stored, commitPacket(packet))) throw new ChainError(ChannelErrors.InvalidPacket, `commitment bytes are not equal: got (${toHex(commitPacket(packet))}), expected (${toHex(stored)})`);
    return stored;
  }

  acknowledgePacket(ctx: Context, packet: Packet, acknowledgement: Uint8Array, proof: ProofArgs, relayer: string): PacketResult {
    const { ch, connectionId, conn } = this.checkPacketRoute(ctx, packet, packet.sourcePort, packet.sourceChannel, packet.destinationPort, packet.destinationChannel);
    if (ch.state !== State.STATE_OPEN) throw new ChainError(ChannelErrors.InvalidChannelState, `channel state is not OPEN (got ${stateName(ch.state)})`);
    if (this.requireCommitment(ctx, packet) === undefined) {
      ctx.emit(packetEvent('acknowledge_packet', packet, ch.ordering, connectionId, {}));
      ctx.emit(event('message', { module: 'ibc_channel' }));
      return 'noop';
    }
    if (acknowledgement.length === 0) throw new ChainError(ChannelErrors.InvalidAcknowledgement, 'acknowledgement cannot be empty');
    this.verify(ctx, conn, proof, packetAckPath(packet.destinationPort, packet.destinationChannel, packet.sequence), commitAcknowledgement(acknowledgement));
    if (ch.ordering === Order.ORDER_ORDERED) {
      const next = this.nextSequenceAck(ctx, packet.sourcePort, packet.sourceChannel) ?? 1n;
      if (packet.sequence !== next) throw new ChainError(ChannelErrors.PacketSequenceOutOfOrder, `packet sequence ≠ next ack sequence (${packet.sequence} ≠ ${next})`);
      this.setSeq(ctx, nextSequenceAckPath(packet.sourcePort, packet.sourceChannel), next + 1n);
    }
    ctx.store(IBC_STORE).delete(key(packetCommitmentPath(packet.sourcePort, packet.sourceChannel, packet.sequence)));
    ctx.emit(packetEvent('acknowledge_packet', packet, ch.ordering, connectionId, {}));
    ctx.emit(event('message', { module: 'ibc_channel' }));
    this.ports.route(packet.sourcePort).onAcknowledgementPacket(ctx, packet, acknowledgement, relayer);
    return 'success';
  }

  /** MsgTimeout (`onClose` false) and MsgTimeoutOnClose (`onClose` with the proof of the counterparty's CLOSED end). */
  timeoutPacket(ctx: Context, packet: Packet, proof: ProofArgs, nextSequenceRecv: bigint, relayer: string, onClose?: ProofArgs): PacketResult {
    const { ch, connectionId, conn } = this.checkPacketRoute(ctx, packet, packet.sourcePort, packet.sourceChannel, packet.destinationPort, packet.destinationChannel);
    if (onClose === undefined && ch.state !== State.STATE_OPEN) throw new ChainError(ChannelErrors.InvalidChannelState, `channel state is not OPEN (got ${stateName(ch.state)})`);
    if (onClose === undefined) {
      const proofTime = this.connections.timestampAtHeight(ctx, conn, proof.proofHeight);
      const heightElapsed = !isZeroHeight(packet.timeoutHeight) && compareHeights(proof.proofHeight, packet.timeoutHeight) >= 0;
      const timeElapsed = packet.timeoutTimestamp !== 0n && proofTime >= packet.timeoutTimestamp;
      if (!heightElapsed && !timeElapsed) {
        throw new ChainError(ChannelErrors.TimeoutNotReached, `proof height ${formatHeight(proof.proofHeight)} (time ${proofTime}) has not passed the packet timeout (height ${formatHeight(packet.timeoutHeight)}, timestamp ${packet.timeoutTimestamp})`);
      }
    }
    if (this.requireCommitment(ctx, packet) === undefined) {
      ctx.emit(packetEvent('timeout_packet', packet, ch.ordering, connectionId, {}));
      ctx.emit(event('message', { module: 'ibc_channel' }));
      return 'noop';
    }
    if (onClose !== undefined) {
      const expected: Channel = {
        state: State.STATE_CLOSED,
        ordering: ch.ordering,
        counterparty: { portId: packet.sourcePort, channelId: packet.sourceChannel },
        connectionHops: [conn.counterparty.connectionId],
        version: ch.version,
      };
      this.verify(ctx, conn, onClose, channelPath(packet.destinationPort, packet.destinationChannel), Channel.encode(expected).finish());
    }
    if (ch.ordering === Order.ORDER_ORDERED) {
      if (nextSequenceRecv > packet.sequence) throw new ChainError(ChannelErrors.PacketSequenceOutOfOrder, `packet already received, next sequence receive > packet sequence (${nextSequenceRecv} > ${packet.sequence})`);
      this.verify(ctx, conn, proof, nextSequenceRecvPath(packet.destinationPort, packet.destinationChannel), encodeSequence(nextSequenceRecv));
    } else {
      this.verify(ctx, conn, proof, packetReceiptPath(packet.destinationPort, packet.destinationChannel, packet.sequence), undefined);
    }
    ctx.store(IBC_STORE).delete(key(packetCommitmentPath(packet.sourcePort, packet.sourceChannel, packet.sequence)));
    if (ch.ordering === Order.ORDER_ORDERED) {
      this.setChannel(ctx, packet.sourcePort, packet.sourceChannel, { ...ch, state: State.STATE_CLOSED });
      ctx.emit(event('channel_close', { port_id: packet.sourcePort, channel_id: packet.sourceChannel, counterparty_port_id: ch.counterparty.portId, counterparty_channel_id: ch.counterparty.channelId, connection_id: connectionId, channel_ordering: orderName(ch.ordering) }));
    }
    ctx.emit(packetEvent('timeout_packet', packet, ch.ordering, connectionId, {}));
    ctx.emit(event('message', { module: 'ibc_channel' }));
    this.ports.route(packet.sourcePort).onTimeoutPacket(ctx, packet, relayer);
    return 'success';
  }
}

/** ibc-go packet event attributes (§3.9), with both the plain and `_hex` data/ack forms and both connection keys. */
export function packetEvent(type: string, p: Packet, order: Order, connectionId: string, opts: { data?: boolean; ack?: Uint8Array }): Event {
  const attrs: [string, string][] = [];
  if (opts.data === true) {
    attrs.push(['packet_data', Buffer.from(p.data).toString('utf8')]);
    attrs.push(['packet_data_hex', toHex(p.data)]);
  }
  attrs.push(
    ['packet_timeout_height', formatHeight(p.timeoutHeight)],
    ['packet_timeout_timestamp', p.timeoutTimestamp.toString()],
    ['packet_sequence', p.sequence.toString()],
    ['packet_src_port', p.sourcePort],
    ['packet_src_channel', p.sourceChannel],
    ['packet_dst_port', p.destinationPort],
    ['packet_dst_channel', p.destinationChannel],
    ['packet_channel_ordering', orderName(order)],
  );
  if (opts.ack !== undefined) {
    attrs.push(['packet_ack', Buffer.from(opts.ack).toString('utf8')]);
    attrs.push(['packet_ack_hex', toHex(opts.ack)]);
  }
  attrs.push(['packet_connection', connectionId], ['connection_id', connectionId]);
  return event(type, attrs);
}

/** ibc-go `ConvertToErrorEvents`: a failed receive callback's events survive only under a prefixed type. */
function toErrorEvent(e: Event): Event {
  return { type: `ibccallbackerror-${e.type}`, attributes: e.attributes };
}

export type { Counterparty };
