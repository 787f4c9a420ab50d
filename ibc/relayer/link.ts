/**
 * A relayer link between two chains over one connection: client creation, the connection and
 * channel handshakes, and state-driven relaying of packets, acknowledgements and timeouts.
 *
 * The link keeps nothing that matters for correctness: every round reads pending work from both
 * chains (commitments on the source, the destination's unreceived filter, acks on the
 * destination, the source's unreceived-ack filter), so a relayer started after a crash clears
 * whatever is left. Each proof is for the state after block H−1 and is checked against the
 * header of block H, to which the counterparty's client is updated first (in the same tx).
 */
import type { EncodeObject } from '@cosmjs/proto-signing';
import { MsgCreateClient, MsgUpdateClient } from 'cosmjs-types/ibc/core/client/v1/tx';
import { MsgConnectionOpenAck, MsgConnectionOpenConfirm, MsgConnectionOpenInit, MsgConnectionOpenTry } from 'cosmjs-types/ibc/core/connection/v1/tx';
import {
  MsgAcknowledgement,
  MsgChannelCloseConfirm,
  MsgChannelOpenAck,
  MsgChannelOpenConfirm,
  MsgChannelOpenInit,
  MsgChannelOpenTry,
  MsgRecvPacket,
  MsgTimeout,
  MsgTimeoutOnClose,
} from 'cosmjs-types/ibc/core/channel/v1/tx';
import { Channel, Order, State as ChanState, type Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { State as ConnState } from 'cosmjs-types/ibc/core/connection/v1/connection';
import { fromTimestamp } from '../../chain/types/time.js';
import { compareHeights, formatHeight, isZeroHeight, parseHeight, type Height } from '../core/height.js';
import { DEFAULT_VERSION } from '../core/connection/keeper.js';
import { IBC_PREFIX, channelPath, connectionPath, nextSequenceRecvPath, packetAckPath, packetCommitmentPath, packetReceiptPath } from '../core/host.js';
import { buildHeader } from '../core/client/validators.js';
import { clientStateFor, consensusStateFromHeader, durationToNs, packClientState, packConsensusState, packHeader } from '../core/client/tendermint.js';
import type { ChainClient, FoundEvent, TxEvent, TxOutcome } from './chain-client.js';
import { Endpoint } from './endpoint.js';

export type Side = 'A' | 'B';
const other = (s: Side): Side => (s === 'A' ? 'B' : 'A');

export interface LinkEnd {
  endpoint: Endpoint;
  /** The client (on this chain) of the other chain. */
  clientId: string;
  connectionId: string;
}

export interface ChannelPair {
  A: { portId: string; channelId: string };
  B: { portId: string; channelId: string };
}

export interface RelaySummary {
  /** Packets received on their destination (success or error ack). */
  received: number;
  acknowledged: number;
  timedOut: number;
  txs: TxOutcome[];
  /** Messages that failed, with the chain's log. */
  errors: string[];
}

export class RelayError extends Error {
  override readonly name = 'RelayError';
}

function attrs(e: TxEvent): Record<string, string> {
  const o: Record<string, string> = {};
  for (const a of e.attributes) o[a.key] = a.value;
  return o;
}

function findAttr(events: TxEvent[], type: string, key: string): string | undefined {
  for (const e of events) if (e.type === type) for (const a of e.attributes) if (a.key === key) return a.value;
  return undefined;
}

/** A packet rebuilt from a `send_packet`/`write_acknowledgement` event (hex data, "rev-height" timeout). */
export function packetFromEvent(a: Record<string, string>): Packet {
  return {
    sequence: BigInt(a['packet_sequence'] ?? '0'),
    sourcePort: a['packet_src_port'] ?? '',
    sourceChannel: a['packet_src_channel'] ?? '',
    destinationPort: a['packet_dst_port'] ?? '',
    destinationChannel: a['packet_dst_channel'] ?? '',
    data: new Uint8Array(Buffer.from(a['packet_data_hex'] ?? '', 'hex')),
    timeoutHeight: parseHeight(a['packet_timeout_height'] ?? '0-0'),
    timeoutTimestamp: BigInt(a['packet_timeout_timestamp'] ?? '0'),
  };
}

const any = <T>(typeUrl: string, value: T): EncodeObject => ({ typeUrl, value });

export interface LinkOptions {
  /**
   * Max packet messages per tx (Hermes' max_msg_num). Default 100: a MsgRecvPacket with its proof
   * is about 2 KB, so a full tx stays far below the node's 1 MiB `max_tx_bytes`, and its gas
   * (~150k each) below the 100M default block max gas.
   */
  maxMsgsPerTx?: number;
  /** The clients' `max_clock_drift` (ns); default 20 s as ts-relayer. */
  maxClockDrift?: bigint;
  /**
   * The new clients' trusting period (ns); default 2/3 of the counterparty's unbonding time. A
   * longer one raises the client's unbonding period to 3/2 of it (a client needs trusting <
   * unbonding): devnets, whose minute-long unbonding would otherwise expire a stopped devnet's
   * clients within 40 s, for good.
   */
  trustingPeriod?: bigint;
  /**
   * Create the two clients at once (each on its own chain, by its own signer). Over RPC that saves
   * a block time; in process it changes the order of the chains' blocks, which recorded suites
   * (the differential corpus) pin, so it is off by default.
   */
  concurrentClients?: boolean;
}

export class Link {
  private readonly maxMsgs: number;
  /** Packet data found in events, by "port/channel/seq" (an optimisation: rebuilt after a restart). */
  private readonly sentPackets = new Map<string, Packet>();
  private readonly acks = new Map<string, { packet: Packet; ack: Uint8Array }>();
  private readonly scanned = new Map<string, number>();

  constructor(
    readonly A: LinkEnd,
    readonly B: LinkEnd,
    opts: LinkOptions = {},
  ) {
    this.maxMsgs = opts.maxMsgsPerTx ?? 100;
  }

  end(s: Side): LinkEnd {
    return s === 'A' ? this.A : this.B;
  }

  // ----- setup ----------------------------------------------------------------------------------

  /** Creates a client of `of` on `on`, from `of`'s latest committed header. */
  static async createClient(on: Endpoint, of: Endpoint, opts: LinkOptions = {}): Promise<string> {
    // A client starts from a committed header, and updates need the set of the block after it.
    await of.chain.waitForHeight(2);
    await on.chain.waitForHeight(2);
    const h = await of.chain.latestHeight();
    const lb = await of.chain.lightBlock(h);
    const chainUnbonding = await of.unbondingTimeNs();
    const trusting = opts.trustingPeriod ?? (chainUnbonding * 2n) / 3n;
    const unbonding = trusting < chainUnbonding ? chainUnbonding : (trusting * 3n) / 2n;
    const clientState = clientStateFor({ chainId: of.chainId, latestHeight: h, unbondingPeriod: unbonding, trustingPeriod: trusting, maxClockDrift: opts.maxClockDrift });
    const consensusState = consensusStateFromHeader(lb.signedHeader.header!);
    const r = await mustSucceed(
      on,
      [any(MsgCreateClient.typeUrl, MsgCreateClient.fromPartial({ clientState: packClientState(clientState), consensusState: packConsensusState(consensusState), signer: on.chain.signerAddress }))],
      'create client',
    );
    const id = findAttr(r.events, 'create_client', 'client_id');
    if (id === undefined) throw new RelayError(`create_client event missing on ${on.chainId}`);
    return id;
  }

  /** Two new clients and a connection between them (the four-step handshake). */
  static async connect(a: ChainClient, b: ChainClient, opts: LinkOptions = {}): Promise<Link> {
    const ea = new Endpoint(a);
    const eb = new Endpoint(b);
    const [clientA, clientB] = opts.concurrentClients === true
      ? await Promise.all([Link.createClient(ea, eb, opts), Link.createClient(eb, ea, opts)])
      : [await Link.createClient(ea, eb, opts), await Link.createClient(eb, ea, opts)];
    const link = new Link({ endpoint: ea, clientId: clientA, connectionId: '' }, { endpoint: eb, clientId: clientB, connectionId: '' }, opts);
    const init = await mustSucceed(
      ea,
      [any(MsgConnectionOpenInit.typeUrl, MsgConnectionOpenInit.fromPartial({ clientId: clientA, counterparty: { clientId: clientB, connectionId: '', prefix: { keyPrefix: IBC_PREFIX } }, version: DEFAULT_VERSION, delayPeriod: 0n, signer: a.signerAddress }))],
      'connection open init',
    );
    const connA = findAttr(init.events, 'connection_open_init', 'connection_id')!;
    link.A.connectionId = connA;

    let p = await link.proveOn('A', [connectionPath(connA)], init.height);
    const tryR = await mustSucceed(
      eb,
      [
        ...p.update,
        any(
          MsgConnectionOpenTry.typeUrl,
          MsgConnectionOpenTry.fromPartial({
            clientId: clientB,
            counterparty: { clientId: clientA, connectionId: connA, prefix: { keyPrefix: IBC_PREFIX } },
            delayPeriod: 0n,
            counterpartyVersions: [DEFAULT_VERSION],
            proofInit: p.proofs[0]!,
            proofHeight: p.proofHeight,
            signer: b.signerAddress,
          }),
        ),
      ],
      'connection open try',
    );
    const connB = findAttr(tryR.events, 'connection_open_try', 'connection_id')!;
    link.B.connectionId = connB;

    p = await link.proveOn('B', [connectionPath(connB)], tryR.height);
    const ackR = await mustSucceed(
      ea,
      [...p.update, any(MsgConnectionOpenAck.typeUrl, MsgConnectionOpenAck.fromPartial({ connectionId: connA, counterpartyConnectionId: connB, version: DEFAULT_VERSION, proofTry: p.proofs[0]!, proofHeight: p.proofHeight, signer: a.signerAddress }))],
      'connection open ack',
    );
    p = await link.proveOn('A', [connectionPath(connA)], ackR.height);
    await mustSucceed(eb, [...p.update, any(MsgConnectionOpenConfirm.typeUrl, MsgConnectionOpenConfirm.fromPartial({ connectionId: connB, proofAck: p.proofs[0]!, proofHeight: p.proofHeight, signer: b.signerAddress }))], 'connection open confirm');
    return link;
  }

  /** A link over an existing, OPEN connection pair (checks both ends agree). */
  static async existing(a: ChainClient, b: ChainClient, conn: { A: string; B: string }, opts: LinkOptions = {}): Promise<Link> {
    const ea = new Endpoint(a);
    const eb = new Endpoint(b);
    const ca = await ea.connection(conn.A);
    const cb = await eb.connection(conn.B);
    if (ca === undefined || cb === undefined) throw new RelayError(`connection ${conn.A} on ${a.chainId} or ${conn.B} on ${b.chainId} does not exist`);
    if (ca.state !== ConnState.STATE_OPEN || cb.state !== ConnState.STATE_OPEN) throw new RelayError('both connection ends must be OPEN');
    if (ca.counterparty.connectionId !== conn.B || cb.counterparty.connectionId !== conn.A || ca.counterparty.clientId !== cb.clientId || cb.counterparty.clientId !== ca.clientId) {
      throw new RelayError(`connections ${conn.A} and ${conn.B} are not counterparties of each other`);
    }
    return new Link({ endpoint: ea, clientId: ca.clientId, connectionId: conn.A }, { endpoint: eb, clientId: cb.clientId, connectionId: conn.B }, opts);
  }

  /** The four-step channel handshake, started on `from`. */
  async createChannel(from: Side, srcPort: string, dstPort: string, order: Order, version: string): Promise<ChannelPair> {
    const src = this.end(from);
    const dst = this.end(other(from));
    const init = await mustSucceed(
      src.endpoint,
      [
        any(
          MsgChannelOpenInit.typeUrl,
          MsgChannelOpenInit.fromPartial({
            portId: srcPort,
            channel: { state: ChanState.STATE_INIT, ordering: order, counterparty: { portId: dstPort, channelId: '' }, connectionHops: [src.connectionId], version },
            signer: src.endpoint.chain.signerAddress,
          }),
        ),
      ],
      'channel open init',
    );
    const srcChan = findAttr(init.events, 'channel_open_init', 'channel_id')!;
    const srcVersion = findAttr(init.events, 'channel_open_init', 'version') ?? version;
    let p = await this.proveOn(from, [channelPath(srcPort, srcChan)], init.height);
    const tryR = await mustSucceed(
      dst.endpoint,
      [
        ...p.update,
        any(
          MsgChannelOpenTry.typeUrl,
          MsgChannelOpenTry.fromPartial({
            portId: dstPort,
            channel: { state: ChanState.STATE_TRYOPEN, ordering: order, counterparty: { portId: srcPort, channelId: srcChan }, connectionHops: [dst.connectionId], version: srcVersion },
            counterpartyVersion: srcVersion,
            proofInit: p.proofs[0]!,
            proofHeight: p.proofHeight,
            signer: dst.endpoint.chain.signerAddress,
          }),
        ),
      ],
      'channel open try',
    );
    const dstChan = findAttr(tryR.events, 'channel_open_try', 'channel_id')!;
    const dstVersion = findAttr(tryR.events, 'channel_open_try', 'version') ?? srcVersion;
    p = await this.proveOn(other(from), [channelPath(dstPort, dstChan)], tryR.height);
    const ackR = await mustSucceed(
      src.endpoint,
      [
        ...p.update,
        any(
          MsgChannelOpenAck.typeUrl,
          MsgChannelOpenAck.fromPartial({ portId: srcPort, channelId: srcChan, counterpartyChannelId: dstChan, counterpartyVersion: dstVersion, proofTry: p.proofs[0]!, proofHeight: p.proofHeight, signer: src.endpoint.chain.signerAddress }),
        ),
      ],
      'channel open ack',
    );
    p = await this.proveOn(from, [channelPath(srcPort, srcChan)], ackR.height);
    await mustSucceed(
      dst.endpoint,
      [...p.update, any(MsgChannelOpenConfirm.typeUrl, MsgChannelOpenConfirm.fromPartial({ portId: dstPort, channelId: dstChan, proofAck: p.proofs[0]!, proofHeight: p.proofHeight, signer: dst.endpoint.chain.signerAddress }))],
      'channel open confirm',
    );
    const pair = { [from]: { portId: srcPort, channelId: srcChan }, [other(from)]: { portId: dstPort, channelId: dstChan } } as unknown as ChannelPair;
    return pair;
  }

  // ----- client updates and proofs --------------------------------------------------------------

  /**
   * Update messages (possibly none) that give `on`'s client of the other chain a consensus state
   * at block `targetHeight` of the other chain.
   */
  async updateMsgs(on: Side, targetHeight: number): Promise<EncodeObject[]> {
    const dst = this.end(on);
    const src = this.end(other(on)).endpoint;
    const target = src.ibcHeight(targetHeight);
    if (await dst.endpoint.hasConsensusState(dst.clientId, target)) return [];
    const cs = await dst.endpoint.clientState(dst.clientId);
    let trusted = cs.latestHeight;
    if (compareHeights(trusted, target) >= 0) {
      // Fill in an older height: trust the highest stored height below it.
      const below = (await dst.endpoint.consensusHeights(dst.clientId)).filter((h) => compareHeights(h, target) < 0).sort(compareHeights);
      const t = below[below.length - 1];
      if (t === undefined) throw new RelayError(`client ${dst.clientId} on ${dst.endpoint.chainId} has no consensus state below ${formatHeight(target)}`);
      trusted = t;
    }
    const lb = await src.chain.lightBlock(targetHeight);
    const trustedVals = await src.chain.validatorSet(Number(trusted.revisionHeight) + 1);
    const header = buildHeader({ signedHeader: { header: lb.signedHeader.header!, commit: lb.signedHeader.commit! }, validatorSet: lb.validatorSet, trustedHeight: trusted, trustedValidators: trustedVals });
    return [any(MsgUpdateClient.typeUrl, MsgUpdateClient.fromPartial({ clientId: dst.clientId, clientMessage: packHeader(header), signer: dst.endpoint.chain.signerAddress }))];
  }

  /** Updates `on`'s client of the other chain to the other chain's latest committed header. */
  async updateClient(on: Side): Promise<Height> {
    const src = this.end(other(on)).endpoint;
    const h = await src.chain.latestHeight();
    const msgs = await this.updateMsgs(on, h);
    if (msgs.length > 0) await mustSucceed(this.end(on).endpoint, msgs, 'update client');
    return src.ibcHeight(h);
  }

  /**
   * Updates each chain's client of the other when its latest consensus state is older than a third
   * of its trusting period, as of the hosting chain's latest block (Hermes' refresh rule): an idle
   * path would otherwise expire (40 s on a devnet with 60 s unbonding) and every later packet fail.
   * Returns the sides updated.
   */
  async refreshClients(): Promise<Side[]> {
    const updated: Side[] = [];
    for (const on of ['A', 'B'] as const) {
      const dst = this.end(on);
      const src = this.end(other(on)).endpoint;
      const cs = await dst.endpoint.clientState(dst.clientId);
      const trusting = durationToNs(cs.trustingPeriod);
      const trustedAt = fromTimestamp((await src.chain.lightBlock(Number(cs.latestHeight.revisionHeight))).signedHeader.header!.time!);
      const now = fromTimestamp((await dst.endpoint.chain.lightBlock(await dst.endpoint.chain.latestHeight())).signedHeader.header!.time!);
      if (now - trustedAt < trusting / 3n) continue;
      await this.updateClient(on);
      updated.push(on);
    }
    return updated;
  }

  /**
   * Proofs of `paths` on chain `from`, for state that includes block `minStateHeight`: queried at
   * state H−1 (H ≥ minStateHeight + 1, the latest block), proven by header H.
   */
  async proveOn(from: Side, paths: string[], minStateHeight: number): Promise<{ proofs: Uint8Array[]; values: Uint8Array[]; proofHeight: Height; update: EncodeObject[] }> {
    const src = this.end(from).endpoint;
    await src.chain.waitForHeight(minStateHeight + 1);
    const h = await src.chain.latestHeight();
    const proofs: Uint8Array[] = [];
    const values: Uint8Array[] = [];
    for (const path of paths) {
      const p = await src.prove(path, h - 1);
      proofs.push(p.proof);
      values.push(p.value);
    }
    return { proofs, values, proofHeight: src.ibcHeight(h), update: await this.updateMsgs(other(from), h) };
  }

  // ----- relaying -------------------------------------------------------------------------------

  /**
   * Packet events of this connection in blocks not scanned yet. The first call only sets the mark
   * at the latest height: what happened before it is looked up packet by packet (`searchPacket`),
   * so a relayer (re)started on a long-lived chain pays for the packets still pending, not for the
   * chain's whole history.
   */
  private async scanEvents(side: Side, type: 'send_packet' | 'write_acknowledgement'): Promise<FoundEvent[]> {
    const ep = this.end(side).endpoint;
    const cacheKey = `${side}/${type}`;
    const mark = this.scanned.get(cacheKey);
    const latest = await ep.chain.latestHeight();
    this.scanned.set(cacheKey, latest);
    if (mark === undefined) return [];
    return ep.chain.searchEvents(type, { connection_id: this.end(side).connectionId }, mark + 1);
  }

  /** One packet's event, by its port, channel and sequence (indexed attributes, any height). */
  private searchPacket(side: Side, type: 'send_packet' | 'write_acknowledgement', port: string, channel: string, seq: bigint): Promise<FoundEvent[]> {
    const end = type === 'send_packet' ? 'src' : 'dst';
    return this.end(side).endpoint.chain.searchEvents(type, { connection_id: this.end(side).connectionId, [`packet_${end}_port`]: port, [`packet_${end}_channel`]: channel, packet_sequence: String(seq) });
  }

  private async packetData(side: Side, port: string, channel: string, seq: bigint): Promise<Packet | undefined> {
    const k = `${side}/${port}/${channel}/${seq}`;
    const absorb = (found: FoundEvent[]): void => {
      for (const f of found) {
        const p = packetFromEvent(attrs(f.event));
        this.sentPackets.set(`${side}/${p.sourcePort}/${p.sourceChannel}/${p.sequence}`, p);
      }
    };
    if (!this.sentPackets.has(k)) absorb(await this.scanEvents(side, 'send_packet'));
    if (!this.sentPackets.has(k)) absorb(await this.searchPacket(side, 'send_packet', port, channel, seq));
    return this.sentPackets.get(k);
  }

  private async ackData(side: Side, port: string, channel: string, seq: bigint): Promise<{ packet: Packet; ack: Uint8Array } | undefined> {
    const k = `${side}/${port}/${channel}/${seq}`;
    const absorb = (found: FoundEvent[]): void => {
      for (const f of found) {
        const a = attrs(f.event);
        const p = packetFromEvent(a);
        this.acks.set(`${side}/${p.destinationPort}/${p.destinationChannel}/${p.sequence}`, { packet: p, ack: new Uint8Array(Buffer.from(a['packet_ack_hex'] ?? '', 'hex')) });
      }
    };
    if (!this.acks.has(k)) absorb(await this.scanEvents(side, 'write_acknowledgement'));
    if (!this.acks.has(k)) absorb(await this.searchPacket(side, 'write_acknowledgement', port, channel, seq));
    return this.acks.get(k);
  }

  /**
   * Submits `msgs` in batches of `maxMsgsPerTx`, the client update (if any) in the first tx with the
   * first batch, so a round costs one tx and one block where it cost two. A failed batch is retried
   * message by message (the update then alone first) so one bad packet cannot block the rest.
   */
  private async submitBatched(side: Side, update: EncodeObject[], msgs: EncodeObject[], summary: RelaySummary): Promise<number> {
    const ep = this.end(side).endpoint;
    let ok = 0;
    let pendingUpdate = update;
    for (let i = 0; i < msgs.length; i += this.maxMsgs) {
      const batch = msgs.slice(i, i + this.maxMsgs);
      const r = await ep.submit([...pendingUpdate, ...batch]);
      summary.txs.push(r);
      if (r.code === 0) {
        pendingUpdate = [];
        ok += batch.length;
        continue;
      }
      if (pendingUpdate.length > 0) {
        // The update may be what failed: alone, its failure says so and stops the relay as before.
        summary.txs.push(await mustSucceed(ep, pendingUpdate, 'update client'));
        pendingUpdate = [];
      }
      for (const m of batch) {
        const r1 = await ep.submit([m]);
        summary.txs.push(r1);
        if (r1.code === 0) ok++;
        else summary.errors.push(`${ep.chainId}: ${m.typeUrl}: ${r1.log}`);
      }
    }
    if (pendingUpdate.length > 0) summary.txs.push(await mustSucceed(ep, pendingUpdate, 'update client'));
    return ok;
  }

  /** One direction: packets from `from` received on the other side, or timed out back on `from`. */
  private async relayPackets(from: Side, summary: RelaySummary): Promise<{ done: number; waiting: number }> {
    const srcEnd = this.end(from);
    const dstSide = other(from);
    const dstEnd = this.end(dstSide);
    const src = srcEnd.endpoint;
    const dst = dstEnd.endpoint;
    const hs = await src.chain.latestHeight();
    const hd = await dst.chain.latestHeight();
    if (hs < 2 || hd < 2) return { done: 0, waiting: 0 };
    const dstHeader = (await dst.chain.lightBlock(hd)).signedHeader.header!;
    const dstTime = fromTimestamp(dstHeader.time);
    const recvs: Packet[] = [];
    const timeouts: { packet: Packet; ordered: boolean }[] = [];
    let waiting = 0;
    for (const ch of await src.connectionChannels(srcEnd.connectionId)) {
      if (ch.state !== ChanState.STATE_OPEN && ch.state !== ChanState.STATE_CLOSED) continue;
      const committed = await src.packetCommitments(ch.portId, ch.channelId, hs - 1);
      if (committed.length === 0) continue;
      const dstChannel = await dst.channel(ch.counterparty.portId, ch.counterparty.channelId);
      if (dstChannel === undefined) continue;
      const pending = await dst.unreceivedPackets(ch.counterparty.portId, ch.counterparty.channelId, committed);
      const ordered = ch.ordering === Order.ORDER_ORDERED;
      for (const seq of pending) {
        const packet = await this.packetData(from, ch.portId, ch.channelId, seq);
        if (packet === undefined) throw new RelayError(`${src.chainId}: packet ${ch.portId}/${ch.channelId}/${seq} is committed but its send_packet event was not found`);
        const provablyTimedOut = (!isZeroHeight(packet.timeoutHeight) && BigInt(hd) >= packet.timeoutHeight.revisionHeight) || (packet.timeoutTimestamp !== 0n && dstTime >= packet.timeoutTimestamp);
        const closed = dstChannel.state === ChanState.STATE_CLOSED;
        if (provablyTimedOut || closed) {
          timeouts.push({ packet, ordered });
          if (ordered) break;
          continue;
        }
        // The next block would reach the timeout height: a receive would fail; wait one block and time it out.
        if (!isZeroHeight(packet.timeoutHeight) && BigInt(hd + 1) >= packet.timeoutHeight.revisionHeight) {
          waiting++;
          if (ordered) break;
          continue;
        }
        if (ch.state !== ChanState.STATE_OPEN) continue;
        recvs.push(packet);
      }
    }
    let done = 0;
    if (recvs.length > 0) {
      const update = await this.updateMsgs(dstSide, hs);
      const msgs: EncodeObject[] = [];
      for (const p of recvs) {
        const { proof } = await src.prove(packetCommitmentPath(p.sourcePort, p.sourceChannel, p.sequence), hs - 1);
        msgs.push(any(MsgRecvPacket.typeUrl, MsgRecvPacket.fromPartial({ packet: p, proofCommitment: proof, proofHeight: src.ibcHeight(hs), signer: dst.chain.signerAddress })));
      }
      const n = await this.submitBatched(dstSide, update, msgs, summary);
      summary.received += n;
      done += n;
    }
    if (timeouts.length > 0) {
      const update = await this.updateMsgs(from, hd);
      const msgs: EncodeObject[] = [];
      for (const { packet: p, ordered } of timeouts) {
        const dstChannel = await dst.channel(p.destinationPort, p.destinationChannel);
        const nextRecv = ordered ? await dst.nextSequenceRecv(p.destinationPort, p.destinationChannel, hd - 1) : 0n;
        const unreceived = await dst.prove(ordered ? nextSequenceRecvPath(p.destinationPort, p.destinationChannel) : packetReceiptPath(p.destinationPort, p.destinationChannel, p.sequence), hd - 1);
        if (dstChannel?.state === ChanState.STATE_CLOSED) {
          const close = await dst.prove(channelPath(p.destinationPort, p.destinationChannel), hd - 1);
          msgs.push(
            any(
              MsgTimeoutOnClose.typeUrl,
              MsgTimeoutOnClose.fromPartial({ packet: p, proofUnreceived: unreceived.proof, proofClose: close.proof, proofHeight: dst.ibcHeight(hd), nextSequenceRecv: nextRecv, signer: src.chain.signerAddress }),
            ),
          );
        } else {
          msgs.push(any(MsgTimeout.typeUrl, MsgTimeout.fromPartial({ packet: p, proofUnreceived: unreceived.proof, proofHeight: dst.ibcHeight(hd), nextSequenceRecv: nextRecv, signer: src.chain.signerAddress })));
        }
      }
      const n = await this.submitBatched(from, update, msgs, summary);
      summary.timedOut += n;
      done += n;
    }
    return { done, waiting };
  }

  /** Acks written on `on` for packets from the other side, relayed back to it. */
  private async relayAcks(on: Side, summary: RelaySummary): Promise<number> {
    const ackEnd = this.end(on);
    const srcSide = other(on);
    const src = this.end(srcSide).endpoint;
    const dst = ackEnd.endpoint;
    const hd = await dst.chain.latestHeight();
    if (hd < 2) return 0;
    const msgs: EncodeObject[] = [];
    for (const ch of await dst.connectionChannels(ackEnd.connectionId)) {
      // Only packets still committed on the source can need an ack: ask for those acks alone.
      const committed = await src.packetCommitments(ch.counterparty.portId, ch.counterparty.channelId);
      if (committed.length === 0) continue;
      const acked = await dst.packetAcknowledgementsOf(ch.portId, ch.channelId, committed, hd - 1);
      if (acked.length === 0) continue;
      const pending = await src.unreceivedAcks(ch.counterparty.portId, ch.counterparty.channelId, acked);
      for (const seq of pending) {
        const found = await this.ackData(on, ch.portId, ch.channelId, seq);
        if (found === undefined) throw new RelayError(`${dst.chainId}: ack for ${ch.portId}/${ch.channelId}/${seq} is committed but its write_acknowledgement event was not found`);
        const { proof } = await dst.prove(packetAckPath(ch.portId, ch.channelId, seq), hd - 1);
        msgs.push(any(MsgAcknowledgement.typeUrl, MsgAcknowledgement.fromPartial({ packet: found.packet, acknowledgement: found.ack, proofAcked: proof, proofHeight: dst.ibcHeight(hd), signer: src.chain.signerAddress })));
      }
    }
    if (msgs.length === 0) return 0;
    const update = await this.updateMsgs(srcSide, hd);
    const n = await this.submitBatched(srcSide, update, msgs, summary);
    summary.acknowledged += n;
    return n;
  }

  /** Closes the counterparty end of channels that one side closed (e.g. an ordered timeout). */
  private async relayCloses(from: Side, summary: RelaySummary): Promise<number> {
    const srcEnd = this.end(from);
    const dstSide = other(from);
    const src = srcEnd.endpoint;
    const dst = this.end(dstSide).endpoint;
    const hs = await src.chain.latestHeight();
    let n = 0;
    for (const ch of await src.connectionChannels(srcEnd.connectionId)) {
      if (ch.state !== ChanState.STATE_CLOSED) continue;
      const remote = await dst.channel(ch.counterparty.portId, ch.counterparty.channelId);
      if (remote === undefined || remote.state === ChanState.STATE_CLOSED) continue;
      // Only once the source's CLOSED end is provable (in state hs−1).
      const { proof, value } = await src.prove(channelPath(ch.portId, ch.channelId), hs - 1);
      if (value.length === 0 || Channel.decode(value).state !== ChanState.STATE_CLOSED) continue;
      const update = await this.updateMsgs(dstSide, hs);
      n += await this.submitBatched(
        dstSide,
        update,
        [any(MsgChannelCloseConfirm.typeUrl, MsgChannelCloseConfirm.fromPartial({ portId: ch.counterparty.portId, channelId: ch.counterparty.channelId, proofInit: proof, proofHeight: src.ibcHeight(hs), signer: dst.chain.signerAddress }))],
        summary,
      );
    }
    return n;
  }

  /**
   * One round in both directions: packets (and timeouts), then acks, then close confirmations.
   * `done`: messages that went through; `waiting`: packets that need another block first.
   */
  async relayRound(summary: RelaySummary): Promise<{ done: number; waiting: number }> {
    let done = 0;
    let waiting = 0;
    for (const s of ['A', 'B'] as const) {
      const r = await this.relayPackets(s, summary);
      done += r.done;
      waiting += r.waiting;
    }
    for (const s of ['A', 'B'] as const) done += await this.relayAcks(s, summary);
    for (const s of ['A', 'B'] as const) done += await this.relayCloses(s, summary);
    return { done, waiting };
  }

  /**
   * Relays until quiet: each round first lets both chains commit a block (so everything done so far
   * becomes provable), then relays what is pending. Stops after a round with nothing to do and
   * nothing waiting, or after `maxRounds`.
   */
  async relayAll(opts: { maxRounds?: number } = {}): Promise<RelaySummary> {
    const summary: RelaySummary = { received: 0, acknowledged: 0, timedOut: 0, txs: [], errors: [] };
    const maxRounds = opts.maxRounds ?? 50;
    let idle = 0;
    for (let round = 0; round < maxRounds; round++) {
      for (const s of ['A', 'B'] as const) {
        const c = this.end(s).endpoint.chain;
        await c.waitForHeight((await c.latestHeight()) + 1);
      }
      const errorsBefore = summary.errors.length;
      const { done, waiting } = await this.relayRound(summary);
      if (done > 0 || waiting > 0) {
        idle = 0;
        continue;
      }
      // Nothing provable was pending; one more block makes the latest block's work provable.
      idle++;
      if (idle >= 2 || summary.errors.length > errorsBefore) break;
    }
    return summary;
  }
}

async function mustSucceed(ep: Endpoint, msgs: EncodeObject[], what: string): Promise<TxOutcome> {
  const r = await ep.submit(msgs);
  if (r.code !== 0) throw new RelayError(`${what} on ${ep.chainId} failed (code ${r.code}, ${r.codespace}): ${r.log}`);
  return r;
}
