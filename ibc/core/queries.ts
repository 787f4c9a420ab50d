/**
 * `ibc.core.connection.v1.Query` and `ibc.core.channel.v1.Query` (the methods relayers use).
 * Proofs are not attached here: relayers prove with `/store/ibc/key` ABCI queries, as ts-relayer does.
 */
import * as CQ from 'cosmjs-types/ibc/core/connection/v1/query';
import * as Q from 'cosmjs-types/ibc/core/channel/v1/query';
import { ConnectionEnd } from 'cosmjs-types/ibc/core/connection/v1/connection';
import { Channel, type PacketState } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { Context } from '../../chain/kernel/context.js';
import { ChainError, Codes } from '../../chain/kernel/errors.js';
import { paginate } from '../../chain/kernel/pagination.js';
import type { QueryRouter } from '../../chain/kernel/router.js';
import { ChannelErrors, ConnectionErrors } from './errors.js';
import { selfHeight, type Height } from './height.js';
import { IBC_STORE, key, packetAckPrefix, packetCommitmentPrefix } from './host.js';
import type { ChannelKeeper } from './channel/keeper.js';
import type { ConnectionKeeper } from './connection/keeper.js';

const td = new TextDecoder();
const here = (ctx: Context): Height => selfHeight(ctx.chainId, ctx.height);
const empty = new Uint8Array();

function packetStates(ctx: Context, portId: string, channelId: string, prefixPath: string, pagination: Q.QueryPacketCommitmentsRequest['pagination']) {
  const { items, pagination: page } = paginate(ctx.store(IBC_STORE), key(prefixPath), pagination, (k, v): PacketState => ({ portId, channelId, sequence: BigInt(td.decode(k)), data: v }));
  return { items, page };
}

export function registerCoreQueries(r: QueryRouter, deps: { connections: ConnectionKeeper; channels: ChannelKeeper }): void {
  const { connections: conn, channels: chan } = deps;
  const notFoundChannel = (port: string, channel: string) => new ChainError(ChannelErrors.ChannelNotFound, `port-id: ${port}, channel-id ${channel}`);

  r.registerService('ibc.core.connection.v1.Query', {
    Connection: (ctx, req) => {
      const { connectionId } = CQ.QueryConnectionRequest.decode(req);
      const c = conn.getConnection(ctx, connectionId);
      if (c === undefined) throw new ChainError(ConnectionErrors.ConnectionNotFound, connectionId);
      return CQ.QueryConnectionResponse.encode({ connection: ConnectionEnd.fromPartial(c), proof: empty, proofHeight: here(ctx) }).finish();
    },
    Connections: (ctx, req) => {
      const { pagination } = CQ.QueryConnectionsRequest.decode(req);
      const all = conn.connections(ctx);
      const offset = Number(pagination?.offset ?? 0n);
      const limit = pagination?.limit !== undefined && pagination.limit > 0n ? Number(pagination.limit) : all.length;
      return CQ.QueryConnectionsResponse.encode({ connections: all.slice(offset, offset + limit), pagination: { nextKey: empty, total: BigInt(all.length) }, height: here(ctx) }).finish();
    },
    ClientConnections: (ctx, req) => {
      const { clientId } = CQ.QueryClientConnectionsRequest.decode(req);
      return CQ.QueryClientConnectionsResponse.encode({ connectionPaths: conn.clientConnections(ctx, clientId), proof: empty, proofHeight: here(ctx) }).finish();
    },
  });

  r.registerService('ibc.core.channel.v1.Query', {
    Channel: (ctx, req) => {
      const { portId, channelId } = Q.QueryChannelRequest.decode(req);
      const c = chan.getChannel(ctx, portId, channelId);
      if (c === undefined) throw notFoundChannel(portId, channelId);
      return Q.QueryChannelResponse.encode({ channel: Channel.fromPartial(c), proof: empty, proofHeight: here(ctx) }).finish();
    },
    Channels: (ctx, req) => {
      const { pagination } = Q.QueryChannelsRequest.decode(req);
      const all = chan.channels(ctx);
      const offset = Number(pagination?.offset ?? 0n);
      const limit = pagination?.limit !== undefined && pagination.limit > 0n ? Number(pagination.limit) : all.length;
      return Q.QueryChannelsResponse.encode({ channels: all.slice(offset, offset + limit), pagination: { nextKey: empty, total: BigInt(all.length) }, height: here(ctx) }).finish();
    },
    ConnectionChannels: (ctx, req) => {
      const { connection } = Q.QueryConnectionChannelsRequest.decode(req);
      const channels = chan.channels(ctx).filter((c) => c.connectionHops[0] === connection);
      return Q.QueryConnectionChannelsResponse.encode({ channels, pagination: { nextKey: empty, total: BigInt(channels.length) }, height: here(ctx) }).finish();
    },
    PacketCommitment: (ctx, req) => {
      const { portId, channelId, sequence } = Q.QueryPacketCommitmentRequest.decode(req);
      const c = chan.packetCommitment(ctx, portId, channelId, sequence);
      if (c === undefined) throw new ChainError(Codes.NotFound, `packet commitment hash not found: port ${portId}, channel ${channelId}, sequence ${sequence}`);
      return Q.QueryPacketCommitmentResponse.encode({ commitment: c, proof: empty, proofHeight: here(ctx) }).finish();
    },
    PacketCommitments: (ctx, req) => {
      const { portId, channelId, pagination } = Q.QueryPacketCommitmentsRequest.decode(req);
      const { items, page } = packetStates(ctx, portId, channelId, packetCommitmentPrefix(portId, channelId), pagination);
      return Q.QueryPacketCommitmentsResponse.encode({ commitments: items, pagination: page, height: here(ctx) }).finish();
    },
    PacketReceipt: (ctx, req) => {
      const { portId, channelId, sequence } = Q.QueryPacketReceiptRequest.decode(req);
      return Q.QueryPacketReceiptResponse.encode({ received: chan.hasReceipt(ctx, portId, channelId, sequence), proof: empty, proofHeight: here(ctx) }).finish();
    },
    PacketAcknowledgement: (ctx, req) => {
      const { portId, channelId, sequence } = Q.QueryPacketAcknowledgementRequest.decode(req);
      const a = chan.packetAcknowledgement(ctx, portId, channelId, sequence);
      if (a === undefined) throw new ChainError(Codes.NotFound, `packet acknowledgement hash not found: port ${portId}, channel ${channelId}, sequence ${sequence}`);
      return Q.QueryPacketAcknowledgementResponse.encode({ acknowledgement: a, proof: empty, proofHeight: here(ctx) }).finish();
    },
    PacketAcknowledgements: (ctx, req) => {
      const { portId, channelId, pagination, packetCommitmentSequences } = Q.QueryPacketAcknowledgementsRequest.decode(req);
      if (packetCommitmentSequences.length > 0) {
        const acks: PacketState[] = [];
        for (const s of packetCommitmentSequences) {
          const a = chan.packetAcknowledgement(ctx, portId, channelId, s);
          if (a !== undefined) acks.push({ portId, channelId, sequence: s, data: a });
        }
        return Q.QueryPacketAcknowledgementsResponse.encode({ acknowledgements: acks, pagination: { nextKey: empty, total: BigInt(acks.length) }, height: here(ctx) }).finish();
      }
      const { items, page } = packetStates(ctx, portId, channelId, packetAckPrefix(portId, channelId), pagination);
      return Q.QueryPacketAcknowledgementsResponse.encode({ acknowledgements: items, pagination: page, height: here(ctx) }).finish();
    },
    UnreceivedPackets: (ctx, req) => {
      const { portId, channelId, packetCommitmentSequences } = Q.QueryUnreceivedPacketsRequest.decode(req);
      return Q.QueryUnreceivedPacketsResponse.encode({ sequences: chan.unreceivedPackets(ctx, portId, channelId, packetCommitmentSequences), height: here(ctx) }).finish();
    },
    UnreceivedAcks: (ctx, req) => {
      const { portId, channelId, packetAckSequences } = Q.QueryUnreceivedAcksRequest.decode(req);
      return Q.QueryUnreceivedAcksResponse.encode({ sequences: chan.unreceivedAcks(ctx, portId, channelId, packetAckSequences), height: here(ctx) }).finish();
    },
    NextSequenceReceive: (ctx, req) => {
      const { portId, channelId } = Q.QueryNextSequenceReceiveRequest.decode(req);
      const n = chan.nextSequenceRecv(ctx, portId, channelId);
      if (n === undefined) throw notFoundChannel(portId, channelId);
      return Q.QueryNextSequenceReceiveResponse.encode({ nextSequenceReceive: n, proof: empty, proofHeight: here(ctx) }).finish();
    },
    NextSequenceSend: (ctx, req) => {
      const { portId, channelId } = Q.QueryNextSequenceSendRequest.decode(req);
      const n = chan.nextSequenceSend(ctx, portId, channelId);
      if (n === undefined) throw notFoundChannel(portId, channelId);
      return Q.QueryNextSequenceSendResponse.encode({ nextSequenceSend: n, proof: empty, proofHeight: here(ctx) }).finish();
    },
  });
}
