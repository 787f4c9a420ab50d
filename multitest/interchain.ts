/**
 * N chains and relayers in one process (in the spirit of ibc-go's `Coordinator` and
 * cw-orch-interchain): every chain is a full Meshwork app driven by its own validators, and
 * `relayAll` runs the real relayer (`ibc/relayer`) over real light clients and ICS-23 proofs
 * until no packet, ack or timeout is left.
 */
import { Order } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { TxSigner } from '../chain/testkit/signer.js';
import { prefixesFor } from '../chain/types/address.js';
import { Link, type ChannelPair, type RelaySummary } from '../ibc/relayer/link.js';
import { TestChain, type TestChainOptions } from './chain.js';
import type { GenesisBuilder } from './genesis.js';
import { InProcessChainClient, type RelayerGas } from './ibc-client.js';

export type { RelayerGas };

export { Order };

export interface InterchainChainSpec extends Omit<TestChainOptions, 'chainId' | 'genesis'> {
  chainId: string;
  genesis?: (g: GenesisBuilder) => void;
}

/** Funds given to each chain's relayer account at genesis. */
const RELAYER_FUNDS = 1_000_000_000_000n;
const VALIDATOR_BOND = 10_000_000_000n;
/** 7 days. */
const HARNESS_MAX_CLOCK_DRIFT = 7n * 24n * 3600n * 1_000_000_000n;

export interface ChannelOptions {
  portA: string;
  portB: string;
  version: string;
  order?: Order;
}

export interface OpenChannel extends ChannelPair {
  link: Link;
}

/** What became of one packet in a `relayAll` (cw-orch-interchain's packet analysis). */
export interface PacketOutcome {
  srcPort: string;
  srcChannel: string;
  dstPort: string;
  dstChannel: string;
  sequence: bigint;
  /** The packet's data as sent. */
  data: Uint8Array;
  /** `ack`: the destination wrote an acknowledgement (which may say error); `timeout`: the source timed it out. */
  outcome: 'ack' | 'timeout';
  /** The acknowledgement's bytes (outcome `ack`). */
  ack?: Uint8Array;
  /**
   * False for an ICS-4 error ack (`{"error": …}`, JSON as ICS-20 and CosmWasm contracts write them),
   * true for any other ack; undefined for timeouts.
   */
  success?: boolean;
}

export interface RelayAllResult extends RelaySummary {
  /** Every packet whose acknowledgement was written or that timed out during the relay, in order. */
  packets: PacketOutcome[];
}

function attr(e: { attributes: { key: string; value: string }[] }, key: string): string {
  return e.attributes.find((a) => a.key === key)?.value ?? '';
}

function ackSucceeded(ack: Uint8Array): boolean {
  try {
    const j: unknown = JSON.parse(Buffer.from(ack).toString('utf8'));
    return !(j !== null && typeof j === 'object' && 'error' in j);
  } catch {
    return true;
  }
}

/** The packets a relay's txs acknowledged (`write_acknowledgement`) or timed out (`timeout_packet`). */
export function packetOutcomes(txs: RelaySummary['txs']): PacketOutcome[] {
  const out: PacketOutcome[] = [];
  for (const tx of txs) {
    if (tx.code !== 0) continue;
    for (const e of tx.events) {
      if (e.type !== 'write_acknowledgement' && e.type !== 'timeout_packet') continue;
      const base = {
        srcPort: attr(e, 'packet_src_port'),
        srcChannel: attr(e, 'packet_src_channel'),
        dstPort: attr(e, 'packet_dst_port'),
        dstChannel: attr(e, 'packet_dst_channel'),
        sequence: BigInt(attr(e, 'packet_sequence') || '0'),
        data: Buffer.from(attr(e, 'packet_data_hex'), 'hex'),
      };
      if (e.type === 'timeout_packet') out.push({ ...base, outcome: 'timeout' });
      else {
        const ack = new Uint8Array(Buffer.from(attr(e, 'packet_ack_hex'), 'hex'));
        out.push({ ...base, outcome: 'ack', ack, success: ackSucceeded(ack) });
      }
    }
  }
  return out;
}

export class Interchain {
  private readonly chains = new Map<string, TestChain>();
  private readonly clients = new Map<string, InProcessChainClient>();
  readonly links: Link[] = [];

  private constructor() {}

  /** Chains with one genesis validator each (so blocks are signed) and a funded relayer account. */
  /**
   * `relayerGas`: how the relayer's txs get their gas limit (see `RelayerGas`); default `simulate`,
   * which every recorded suite relies on (the fees it pays are part of the app hash).
   */
  static async create(specs: InterchainChainSpec[], opts: { relayerGas?: RelayerGas } = {}): Promise<Interchain> {
    const ic = new Interchain();
    for (const spec of specs) {
      const prefix = spec.prefix ?? 'mesh';
      const relayer = await TxSigner.fromLabel(`${spec.chainId}/relayer`, prefixesFor(prefix).account);
      const chain = TestChain.create({
        ...spec,
        chainId: spec.chainId,
        genesis: (g) => {
          g.validator('validator', VALIDATOR_BOND);
          g.fund(relayer.address, RELAYER_FUNDS);
          spec.genesis?.(g);
        },
      });
      ic.chains.set(spec.chainId, chain);
      ic.clients.set(spec.chainId, new InProcessChainClient(chain, relayer.withRegistry(chain.registry), opts.relayerGas));
    }
    return ic;
  }

  chain(chainId: string): TestChain {
    const c = this.chains.get(chainId);
    if (c === undefined) throw new Error(`no chain ${chainId} in this interchain (have ${[...this.chains.keys()].join(', ')})`);
    return c;
  }

  client(chainId: string): InProcessChainClient {
    this.chain(chainId);
    return this.clients.get(chainId)!;
  }

  /** Clients on both chains and an OPEN connection between them. */
  async connect(a: string, b: string): Promise<Link> {
    // Tests move one chain's clock ahead on purpose (to reach timeouts), so the clients tolerate a
    // skew far beyond the 20 s real relayers use; everything else is the real client.
    const link = await Link.connect(this.client(a), this.client(b), { maxClockDrift: HARNESS_MAX_CLOCK_DRIFT });
    this.links.push(link);
    return link;
  }

  /** Connects `a` and `b` (reusing their link if any) and opens a channel between the two ports. */
  async createChannel(a: string, b: string, opts: ChannelOptions): Promise<OpenChannel> {
    let link = this.links.find((l) => l.A.endpoint.chainId === a && l.B.endpoint.chainId === b);
    let flipped = false;
    if (link === undefined) {
      link = this.links.find((l) => l.A.endpoint.chainId === b && l.B.endpoint.chainId === a);
      flipped = link !== undefined;
    }
    link ??= await this.connect(a, b);
    const pair = await link.createChannel(flipped ? 'B' : 'A', opts.portA, opts.portB, opts.order ?? Order.ORDER_UNORDERED, opts.version);
    return flipped ? { A: pair.B, B: pair.A, link } : { ...pair, link };
  }

  /**
   * Relays every link until quiet: packets, acks, packets sent while handling packets, timeouts whose
   * time has come. `packets` says what became of each packet (its ack, or a timeout).
   */
  async relayAll(opts: { maxRounds?: number } = {}): Promise<RelayAllResult> {
    const total: RelaySummary = { received: 0, acknowledged: 0, timedOut: 0, txs: [], errors: [] };
    const maxRounds = opts.maxRounds ?? 50;
    for (let round = 0; round < maxRounds; round++) {
      let busy = false;
      for (const link of this.links) {
        const s = await link.relayAll({ maxRounds });
        total.received += s.received;
        total.acknowledged += s.acknowledged;
        total.timedOut += s.timedOut;
        total.txs.push(...s.txs);
        total.errors.push(...s.errors);
        if (s.received + s.acknowledged + s.timedOut > 0) busy = true;
      }
      if (!busy || this.links.length <= 1) break;
    }
    return { ...total, packets: packetOutcomes(total.txs) };
  }
}
