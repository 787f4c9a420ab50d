/**
 * ICS-24 host requirements: identifier rules and the store paths every provable IBC value lives
 * under (in the `ibc` store, whose name is also the connection's MerklePrefix), plus ICS-04's
 * packet and acknowledgement commitments with ibc-go's exact byte layout.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { ChainError } from '../../chain/kernel/errors.js';
import { HostErrors } from './errors.js';
import type { Height } from './height.js';

/** The store name of IBC state and the MerklePrefix counterparties prove it under. */
export const IBC_STORE = 'ibc';
export const IBC_PREFIX = new TextEncoder().encode(IBC_STORE);

const te = new TextEncoder();
export const key = (path: string): Uint8Array => te.encode(path);

// ----- identifiers ------------------------------------------------------------------------------

const ID_CHARS = /^[a-zA-Z0-9.\-_+#[\]<>]+$/;

function validateIdentifier(kind: string, id: string, min: number, max: number): void {
  if (id.trim() === '') throw new ChainError(HostErrors.InvalidID, `${kind} identifier cannot be blank`);
  if (id.includes('/')) throw new ChainError(HostErrors.InvalidID, `${kind} identifier ${id} cannot contain separator '/'`);
  if (id.length < min || id.length > max) throw new ChainError(HostErrors.InvalidID, `${kind} identifier ${id} has invalid length: ${id.length}, must be between ${min}-${max} characters`);
  if (!ID_CHARS.test(id)) throw new ChainError(HostErrors.InvalidID, `${kind} identifier ${id} must contain only alphanumeric or the following characters: '.', '_', '+', '-', '#', '[', ']', '<', '>'`);
}

export const validateClientId = (id: string): void => validateIdentifier('client', id, 9, 64);
export const validateConnectionId = (id: string): void => validateIdentifier('connection', id, 10, 64);
export const validateChannelId = (id: string): void => validateIdentifier('channel', id, 8, 64);
export const validatePortId = (id: string): void => validateIdentifier('port', id, 2, 128);

export const clientIdentifier = (clientType: string, n: bigint): string => `${clientType}-${n}`;
export const connectionIdentifier = (n: bigint): string => `connection-${n}`;
export const channelIdentifier = (n: bigint): string => `channel-${n}`;

/** The sequence number of a generated `channel-N` / `connection-N` identifier, or undefined. */
export function parseIdentifierSequence(id: string, prefix: string): bigint | undefined {
  if (!id.startsWith(`${prefix}-`)) return undefined;
  const rest = id.slice(prefix.length + 1);
  return /^(0|[1-9]\d*)$/.test(rest) ? BigInt(rest) : undefined;
}

// ----- ICS-24 paths -----------------------------------------------------------------------------

export const clientStatePath = (clientId: string): string => `clients/${clientId}/clientState`;
export const consensusStatePath = (clientId: string, h: Height): string => `clients/${clientId}/consensusStates/${h.revisionNumber}-${h.revisionHeight}`;
export const consensusStatePrefix = (clientId: string): string => `clients/${clientId}/consensusStates/`;
export const clientConnectionsPath = (clientId: string): string => `clients/${clientId}/connections`;
export const connectionPath = (connectionId: string): string => `connections/${connectionId}`;
export const channelPath = (portId: string, channelId: string): string => `channelEnds/ports/${portId}/channels/${channelId}`;
export const nextSequenceSendPath = (portId: string, channelId: string): string => `nextSequenceSend/ports/${portId}/channels/${channelId}`;
export const nextSequenceRecvPath = (portId: string, channelId: string): string => `nextSequenceRecv/ports/${portId}/channels/${channelId}`;
export const nextSequenceAckPath = (portId: string, channelId: string): string => `nextSequenceAck/ports/${portId}/channels/${channelId}`;
export const packetCommitmentPrefix = (portId: string, channelId: string): string => `commitments/ports/${portId}/channels/${channelId}/sequences/`;
export const packetCommitmentPath = (portId: string, channelId: string, seq: bigint): string => `${packetCommitmentPrefix(portId, channelId)}${seq}`;
export const packetReceiptPrefix = (portId: string, channelId: string): string => `receipts/ports/${portId}/channels/${channelId}/sequences/`;
export const packetReceiptPath = (portId: string, channelId: string, seq: bigint): string => `${packetReceiptPrefix(portId, channelId)}${seq}`;
export const packetAckPrefix = (portId: string, channelId: string): string => `acks/ports/${portId}/channels/${channelId}/sequences/`;
export const packetAckPath = (portId: string, channelId: string, seq: bigint): string => `${packetAckPrefix(portId, channelId)}${seq}`;

/** The receipt value (ICS-04): a single byte. */
export const RECEIPT_VALUE = new Uint8Array([1]);

// ----- commitments ------------------------------------------------------------------------------

function u64be(v: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, v));
  return b;
}

/**
 * ibc-go `CommitPacket`: sha256(timeoutTimestamp ‖ timeoutHeight.revisionNumber ‖
 * timeoutHeight.revisionHeight ‖ sha256(data)), every number a big-endian u64. The fixed-length
 * pre-image stops a relayer from moving bytes between fields.
 */
export function commitPacket(p: Pick<Packet, 'timeoutTimestamp' | 'timeoutHeight' | 'data'>): Uint8Array {
  const pre = new Uint8Array(56);
  pre.set(u64be(p.timeoutTimestamp), 0);
  pre.set(u64be(p.timeoutHeight?.revisionNumber ?? 0n), 8);
  pre.set(u64be(p.timeoutHeight?.revisionHeight ?? 0n), 16);
  pre.set(sha256(p.data), 24);
  return sha256(pre);
}

/** ibc-go `CommitAcknowledgement`: sha256 of the ack bytes. */
export function commitAcknowledgement(ack: Uint8Array): Uint8Array {
  return sha256(ack);
}

export function encodeSequence(seq: bigint): Uint8Array {
  return u64be(seq);
}

export function decodeSequence(b: Uint8Array): bigint {
  if (b.length !== 8) throw new Error(`a sequence is 8 bytes, got ${b.length}`);
  return new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0);
}
