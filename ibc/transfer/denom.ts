/**
 * ICS-20 denomination traces as ibc-go v8 handles them (`types/trace.go`, `types/coin.go`,
 * `types/keys.go`): splitting "port/channel/…/base" into a trace, the `ibc/<HASH>` voucher denom,
 * the prefix checks that decide escrow versus burn, and the per-channel escrow address.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { ChainError } from '../../chain/kernel/errors.js';
import { validateChannelId, validatePortId } from '../core/host.js';
import { TransferErrors, Uncoded, wrap } from './errors.js';
import { hexUpper } from '../../bytes/bytes.js';

export const TRANSFER_PORT = 'transfer';
export const TRANSFER_VERSION = 'ics20-1';
/** The module (and module account) name. */
export const TRANSFER_MODULE = 'transfer';
export const DENOM_PREFIX = 'ibc';

export interface DenomTrace {
  /** "port/channel" pairs joined by '/', most recent hop first; empty for a native denom. */
  path: string;
  baseDenom: string;
}

const te = new TextEncoder();
const U64_MAX = (1n << 64n) - 1n;
const CHANNEL_ID_FORMAT = /^channel-[0-9]{1,20}$/;

/** ibc-go `IsValidChannelID`: `channel-N` with N a u64 (leading zeros allowed, as strconv does). */
export function isValidChannelId(id: string): boolean {
  return channelSequenceOf(id) !== undefined;
}

export function channelSequenceOf(id: string): bigint | undefined {
  if (!CHANNEL_ID_FORMAT.test(id)) return undefined;
  const n = BigInt(id.slice('channel-'.length));
  return n <= U64_MAX ? n : undefined;
}

// Go's unicode.IsSpace set, so "blank" means what strings.TrimSpace(s) == "" means upstream.
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;
export function isBlank(s: string): boolean {
  return GO_SPACE.test(s);
}

/**
 * Splits a full denom path: leading "port/channel-N" pairs form the trace, the rest (which may
 * itself contain '/') is the base denom. Only `channel-N` identifiers are recognised as hops.
 */
export function parseDenomTrace(raw: string): DenomTrace {
  const items = raw.split('/');
  if (items.length === 1) return { path: '', baseDenom: raw };
  const path: string[] = [];
  let base: string[] = [];
  const n = items.length;
  for (let i = 0; i < n; i += 2) {
    if (i < n - 1 && n > 2 && isValidChannelId(items[i + 1]!)) {
      path.push(items[i]!, items[i + 1]!);
    } else {
      base = items.slice(i);
      break;
    }
  }
  return { path: path.join('/'), baseDenom: base.join('/') };
}

export function fullDenomPath(t: DenomTrace): string {
  return t.path === '' ? t.baseDenom : `${t.path}/${t.baseDenom}`;
}

export function traceHash(t: DenomTrace): Uint8Array {
  return sha256(te.encode(fullDenomPath(t)));
}

/** Upper-case hex, as CometBFT's HexBytes prints it. */
export function hashHex(h: Uint8Array): string {
  return hexUpper(h);
}

/** The bank denom: `ibc/<HASH>` for a traced token, the base denom for a native one. */
export function ibcDenom(t: DenomTrace): string {
  return t.path === '' ? t.baseDenom : `${DENOM_PREFIX}/${hashHex(traceHash(t))}`;
}

export function isNativeDenom(t: DenomTrace): boolean {
  return t.path === '';
}

/** "port/channel/" */
export function denomPrefix(portId: string, channelId: string): string {
  return `${portId}/${channelId}/`;
}

/** The token came from the chain at the other end of (port, channel): it is going home. */
export function receiverChainIsSource(sourcePort: string, sourceChannel: string, denom: string): boolean {
  return denom.startsWith(denomPrefix(sourcePort, sourceChannel));
}

export function senderChainIsSource(sourcePort: string, sourceChannel: string, denom: string): boolean {
  return !receiverChainIsSource(sourcePort, sourceChannel, denom);
}

/**
 * ibc-go `GetEscrowAddress` (ADR-028 address hash): sha256("ics20-1" ‖ 0x00 ‖ "port/channel")[:20].
 * The '/' separates port from channel so ("transfer","channel") and ("transfercha","nnel") differ.
 */
export function escrowAddressBytes(portId: string, channelId: string): Uint8Array {
  const version = te.encode(TRANSFER_VERSION);
  const contents = te.encode(`${portId}/${channelId}`);
  const pre = new Uint8Array(version.length + 1 + contents.length);
  pre.set(version, 0);
  pre.set(contents, version.length + 1);
  return sha256(pre).slice(0, 20);
}

function validateTraceIdentifiers(ids: string[]): void {
  if (ids.length === 0 || ids.length % 2 !== 0) {
    throw new ChainError(Uncoded, `trace info must come in pairs of port and channel identifiers '{portID}/{channelID}', got the identifiers: [${ids.join(' ')}]`);
  }
  for (let i = 0; i < ids.length; i += 2) {
    try {
      validatePortId(ids[i]!);
    } catch (e) {
      throw e instanceof ChainError ? wrap(e, `invalid port ID at position ${i}`) : e;
    }
    try {
      validateChannelId(ids[i + 1]!);
    } catch (e) {
      throw e instanceof ChainError ? wrap(e, `invalid channel ID at position ${i}`) : e;
    }
  }
}

/** ibc-go `DenomTrace.Validate` (genesis, DenomHash query). */
export function validateDenomTrace(t: DenomTrace): void {
  if (t.path === '' && t.baseDenom !== '') return;
  if (isBlank(t.baseDenom)) throw new ChainError(Uncoded, 'base denomination cannot be blank');
  validateTraceIdentifiers(t.path.split('/'));
}

/**
 * ibc-go `ValidatePrefixedDenom`: the denom of a received packet. The base denom itself is not
 * checked (other chains have other denom rules); only a recognised trace must be well formed.
 */
export function validatePrefixedDenom(denom: string): void {
  const items = denom.split('/');
  if (items.length === 1 && !isBlank(denom)) return;
  if (isBlank(items[items.length - 1]!)) throw new ChainError(TransferErrors.InvalidDenomForTransfer, 'base denomination cannot be blank');
  const { path } = parseDenomTrace(denom);
  if (path === '') return;
  validateTraceIdentifiers(path.split('/'));
}

/**
 * ibc-go `ParseHexHash`: hex (either case, even length) of 0 or 32 bytes. Go's hex decoder errors
 * are unregistered, hence `Uncoded`.
 */
export function parseHexHash(hex: string): Uint8Array {
  if (hex.length % 2 !== 0) throw new ChainError(Uncoded, 'encoding/hex: odd length hex string');
  const bad = /[^0-9a-fA-F]/.exec(hex);
  if (bad !== null) throw new ChainError(Uncoded, `encoding/hex: invalid byte: U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${bad[0]}'`);
  const bytes = new Uint8Array(Buffer.from(hex, 'hex'));
  if (bytes.length > 0 && bytes.length !== 32) throw new ChainError(Uncoded, `expected size to be 32 bytes, got ${bytes.length} bytes`);
  return bytes;
}

/**
 * ibc-go `ValidateIBCDenom` (MsgTransfer): a base denom, or `ibc/<64 hex>`. The SDK denom syntax
 * itself is checked by the caller as part of the coin.
 */
export function validateIbcDenom(denom: string): void {
  const hint = `denomination should be prefixed with the format 'ibc/{hash(trace + "/" + ${denom})}'`;
  if (denom === DENOM_PREFIX) throw new ChainError(TransferErrors.InvalidDenomForTransfer, hint);
  const slash = denom.indexOf('/');
  if (slash < 0 || denom.slice(0, slash) !== DENOM_PREFIX) return;
  const rest = denom.slice(slash + 1);
  if (isBlank(rest)) throw new ChainError(TransferErrors.InvalidDenomForTransfer, hint);
  try {
    parseHexHash(rest);
  } catch (e) {
    throw e instanceof ChainError ? wrap(e, `invalid denom trace hash ${rest}`) : e;
  }
}

/** A trace path as ICS-20 v2 `Hop`s (the newer `Denom` query shape). */
export function traceHops(path: string): { portId: string; channelId: string }[] {
  if (path === '') return [];
  const ids = path.split('/');
  const hops: { portId: string; channelId: string }[] = [];
  for (let i = 0; i + 1 < ids.length; i += 2) hops.push({ portId: ids[i]!, channelId: ids[i + 1]! });
  return hops;
}
