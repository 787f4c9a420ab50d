/**
 * Typed IBC queries over a `ChainClient`: client, connection and channel ends, packet
 * commitments and acks, unreceived filters, and ICS-23 proofs of store keys wrapped as the
 * `MerkleProof` messages carry.
 */
import type { EncodeObject } from '@cosmjs/proto-signing';
import * as ClientQ from 'cosmjs-types/ibc/core/client/v1/query';
import * as ConnQ from 'cosmjs-types/ibc/core/connection/v1/query';
import * as ChanQ from 'cosmjs-types/ibc/core/channel/v1/query';
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { BinaryWriter } from 'cosmjs-types/binary';
import { QueryParamsRequest, QueryParamsResponse } from 'cosmjs-types/cosmos/staking/v1beta1/query';
import type { Channel, IdentifiedChannel } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { ConnectionEnd } from 'cosmjs-types/ibc/core/connection/v1/connection';
import { ClientState } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { height as mkHeight, revisionOf, type Height } from '../core/height.js';
import { key } from '../core/host.js';
import { ChainClientError, type ChainClient } from './chain-client.js';

interface Codec<T> {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
  fromPartial(o: object): T;
}

const NOT_FOUND = /not found|does not exist/i;

const reencodeProof = (data: Uint8Array): Uint8Array => CommitmentProof.encode(CommitmentProof.decode(data)).finish();

export class Endpoint {
  constructor(readonly chain: ChainClient) {}

  get chainId(): string {
    return this.chain.chainId;
  }

  ibcHeight(blockHeight: number): Height {
    return mkHeight(revisionOf(this.chain.chainId), blockHeight);
  }

  private async grpc<Req, Res>(path: string, reqCodec: Codec<Req>, req: object, resCodec: Codec<Res>, height?: number): Promise<Res> {
    const r = await this.chain.query(path, reqCodec.encode(reqCodec.fromPartial(req)).finish(), { height });
    return resCodec.decode(r.value);
  }

  /** Like `grpc` but undefined when the chain says the object does not exist. */
  private async maybe<Res>(q: () => Promise<Res>): Promise<Res | undefined> {
    try {
      return await q();
    } catch (e) {
      if (e instanceof ChainClientError && NOT_FOUND.test(e.message)) return undefined;
      throw e;
    }
  }

  async unbondingTimeNs(): Promise<bigint> {
    const r = await this.grpc('/cosmos.staking.v1beta1.Query/Params', QueryParamsRequest, {}, QueryParamsResponse);
    const d = r.params.unbondingTime;
    return d.seconds * 1_000_000_000n + BigInt(d.nanos);
  }

  async clientState(clientId: string): Promise<ClientState> {
    const r = await this.grpc('/ibc.core.client.v1.Query/ClientState', ClientQ.QueryClientStateRequest, { clientId }, ClientQ.QueryClientStateResponse);
    if (r.clientState === undefined) throw new Error(`client ${clientId} on ${this.chainId} has no state`);
    return ClientState.decode(r.clientState.value);
  }

  async hasConsensusState(clientId: string, h: Height): Promise<boolean> {
    const r = await this.maybe(() =>
      this.grpc('/ibc.core.client.v1.Query/ConsensusState', ClientQ.QueryConsensusStateRequest, { clientId, revisionNumber: h.revisionNumber, revisionHeight: h.revisionHeight, latestHeight: false }, ClientQ.QueryConsensusStateResponse),
    );
    return r?.consensusState !== undefined;
  }

  async consensusHeights(clientId: string): Promise<Height[]> {
    const r = await this.grpc('/ibc.core.client.v1.Query/ConsensusStateHeights', ClientQ.QueryConsensusStateHeightsRequest, { clientId, pagination: { limit: 1000n, reverse: true } }, ClientQ.QueryConsensusStateHeightsResponse);
    return r.consensusStateHeights;
  }

  async connection(connectionId: string): Promise<ConnectionEnd | undefined> {
    const r = await this.maybe(() => this.grpc('/ibc.core.connection.v1.Query/Connection', ConnQ.QueryConnectionRequest, { connectionId }, ConnQ.QueryConnectionResponse));
    return r?.connection;
  }

  async channel(portId: string, channelId: string): Promise<Channel | undefined> {
    const r = await this.maybe(() => this.grpc('/ibc.core.channel.v1.Query/Channel', ChanQ.QueryChannelRequest, { portId, channelId }, ChanQ.QueryChannelResponse));
    return r?.channel;
  }

  async connectionChannels(connection: string): Promise<IdentifiedChannel[]> {
    const r = await this.grpc('/ibc.core.channel.v1.Query/ConnectionChannels', ChanQ.QueryConnectionChannelsRequest, { connection }, ChanQ.QueryConnectionChannelsResponse);
    return r.channels;
  }

  /** Every commitment sequence (all pages) at `height`. */
  packetCommitments(portId: string, channelId: string, height?: number): Promise<bigint[]> {
    return this.allSequences('PacketCommitments', ChanQ.QueryPacketCommitmentsRequest, ChanQ.QueryPacketCommitmentsResponse, (r) => r.commitments, portId, channelId, height);
  }

  /** Every acknowledgement sequence (all pages) at `height`. */
  packetAcknowledgements(portId: string, channelId: string, height?: number): Promise<bigint[]> {
    return this.allSequences('PacketAcknowledgements', ChanQ.QueryPacketAcknowledgementsRequest, ChanQ.QueryPacketAcknowledgementsResponse, (r) => r.acknowledgements, portId, channelId, height);
  }

  /**
   * The acknowledgements at `height` among `sequences` (ibc-go's `packet_commitment_sequences`
   * filter, as Hermes asks it): the cost follows the packets still pending on the source, not every
   * ack the channel ever wrote. Ascending.
   */
  async packetAcknowledgementsOf(portId: string, channelId: string, sequences: bigint[], height?: number): Promise<bigint[]> {
    if (sequences.length === 0) return [];
    const r = await this.grpc('/ibc.core.channel.v1.Query/PacketAcknowledgements', ChanQ.QueryPacketAcknowledgementsRequest, { portId, channelId, packetCommitmentSequences: sequences }, ChanQ.QueryPacketAcknowledgementsResponse, height);
    return r.acknowledgements.map((a) => a.sequence).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Follows `next_key` through every page of a packet-state list query; sequences ascending. */
  private async allSequences<Req, Res extends { pagination?: { nextKey: Uint8Array } }>(
    method: string,
    reqCodec: Codec<Req>,
    resCodec: Codec<Res>,
    states: (r: Res) => { sequence: bigint }[],
    portId: string,
    channelId: string,
    height?: number,
  ): Promise<bigint[]> {
    const out: bigint[] = [];
    let nextKey: Uint8Array = new Uint8Array();
    do {
      const r = await this.grpc(`/ibc.core.channel.v1.Query/${method}`, reqCodec, { portId, channelId, pagination: { key: nextKey, limit: 1000n } }, resCodec, height);
      for (const c of states(r)) out.push(c.sequence);
      nextKey = r.pagination?.nextKey ?? new Uint8Array();
    } while (nextKey.length > 0);
    return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async unreceivedPackets(portId: string, channelId: string, sequences: bigint[]): Promise<bigint[]> {
    if (sequences.length === 0) return [];
    const r = await this.grpc('/ibc.core.channel.v1.Query/UnreceivedPackets', ChanQ.QueryUnreceivedPacketsRequest, { portId, channelId, packetCommitmentSequences: sequences }, ChanQ.QueryUnreceivedPacketsResponse);
    return r.sequences;
  }

  async unreceivedAcks(portId: string, channelId: string, sequences: bigint[]): Promise<bigint[]> {
    if (sequences.length === 0) return [];
    const r = await this.grpc('/ibc.core.channel.v1.Query/UnreceivedAcks', ChanQ.QueryUnreceivedAcksRequest, { portId, channelId, packetAckSequences: sequences }, ChanQ.QueryUnreceivedAcksResponse);
    return r.sequences;
  }

  async nextSequenceRecv(portId: string, channelId: string, height?: number): Promise<bigint> {
    const r = await this.grpc('/ibc.core.channel.v1.Query/NextSequenceReceive', ChanQ.QueryNextSequenceReceiveRequest, { portId, channelId }, ChanQ.QueryNextSequenceReceiveResponse, height);
    return r.nextSequenceReceive;
  }

  /**
   * The value at ICS-24 `path` in the `ibc` store after block `height`, and its proof as `MerkleProof`
   * bytes (IAVL op, then multistore op), to be checked against the header of block `height + 1`.
   */
  async prove(path: string, height: number): Promise<{ value: Uint8Array; proof: Uint8Array }> {
    const r = await this.chain.query('/store/ibc/key', key(path), { height, prove: true });
    if (r.proofOps.length !== 2) throw new Error(`${this.chainId} returned ${r.proofOps.length} proof ops for ${path} at height ${height}, expected 2`);
    // `MerkleProof.encode({proofs})` field by field: each proof re-encoded by cosmjs-types (which
    // drops the defaults the node's protobufjs writes), as `repeated CommitmentProof proofs = 1`.
    const parts = [reencodeProof(r.proofOps[0]!.data), this.storeProof(r.proofOps[1]!.data)];
    const w = BinaryWriter.create();
    for (const p of parts) w.uint32(10).bytes(p);
    return { value: r.value, proof: w.finish() };
  }

  /** The store-in-app-hash op is the same for every key proven at one height: re-encoded once. */
  private readonly storeProofs = new Map<string, Uint8Array>();
  private storeProof(data: Uint8Array): Uint8Array {
    const k = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
    let p = this.storeProofs.get(k);
    if (p === undefined) {
      p = reencodeProof(data);
      if (this.storeProofs.size >= 16) this.storeProofs.delete(this.storeProofs.keys().next().value!);
      this.storeProofs.set(k, p);
    }
    return p;
  }

  submit(msgs: EncodeObject[], memo?: string) {
    return this.chain.submit(msgs, memo);
  }
}
