/**
 * The cosmwasm-std IBC types as JSON (std `ibc.rs`), built from IBC core's protobuf records the way
 * wasmd does (`x/wasm/ibc.go` `toWasmVMChannel`, `newIBCPacket`). u64 fields are written as exact JSON
 * numbers, so sequences and heights above 2^53 survive.
 */
import { orderToJSON, type Channel, type Order, type Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { isZeroHeight } from '../core/height.js';

export interface IbcEndpointJson {
  port_id: string;
  channel_id: string;
}

export interface IbcChannelJson {
  endpoint: IbcEndpointJson;
  counterparty_endpoint: IbcEndpointJson;
  order: string;
  version: string;
  connection_id: string;
}

export interface IbcTimeoutJson {
  block: { revision: bigint; height: bigint } | null;
  /** Nanoseconds since the epoch, as a decimal string (std `Timestamp`). */
  timestamp: string | null;
}

export interface IbcPacketJson {
  data: string;
  src: IbcEndpointJson;
  dest: IbcEndpointJson;
  sequence: bigint;
  timeout: IbcTimeoutJson;
}

export function orderJson(o: Order): string {
  return orderToJSON(o);
}

export interface ChannelFacts {
  order: Order;
  counterpartyPortId: string;
  counterpartyChannelId: string;
  version: string;
  connectionHops: readonly string[];
}

export function channelJson(portId: string, channelId: string, c: ChannelFacts): IbcChannelJson {
  return {
    endpoint: { port_id: portId, channel_id: channelId },
    counterparty_endpoint: { port_id: c.counterpartyPortId, channel_id: c.counterpartyChannelId },
    order: orderJson(c.order),
    version: c.version,
    // Channels run over exactly one connection today (no multi-hop).
    connection_id: c.connectionHops[0] ?? '',
  };
}

/** The facts of a stored channel end, optionally with some replaced (e.g. during OpenAck). */
export function channelFacts(ch: Channel, override: Partial<ChannelFacts> = {}): ChannelFacts {
  return {
    order: ch.ordering,
    counterpartyPortId: ch.counterparty.portId,
    counterpartyChannelId: ch.counterparty.channelId,
    version: ch.version,
    connectionHops: ch.connectionHops,
    ...override,
  };
}

/** wasmd sets `timeout.block` only for a non-zero height and `timeout.timestamp` only when non-zero. */
export function packetJson(p: Packet): IbcPacketJson {
  const h = p.timeoutHeight;
  return {
    data: Buffer.from(p.data).toString('base64'),
    src: { port_id: p.sourcePort, channel_id: p.sourceChannel },
    dest: { port_id: p.destinationPort, channel_id: p.destinationChannel },
    sequence: p.sequence,
    timeout: {
      block: isZeroHeight(h) ? null : { revision: h.revisionNumber, height: h.revisionHeight },
      timestamp: p.timeoutTimestamp === 0n ? null : p.timeoutTimestamp.toString(),
    },
  };
}

/** JSON text of plain data whose bigints are u64 numbers (JSON.stringify cannot write them). */
export function toJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'bigint':
      return v.toString();
    case 'string':
    case 'boolean':
      return JSON.stringify(v);
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError('non-finite number in JSON');
      return JSON.stringify(v);
    case 'object':
      if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
      return `{${Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`)
        .join(',')}}`;
    default:
      throw new TypeError(`cannot write ${typeof v} as JSON`);
  }
}

const te = new TextEncoder();
export const jsonBytes = (v: unknown): Uint8Array => te.encode(toJson(v));
