/** Cosmos transaction decoding: TxRaw → body, auth info, routed messages and their signers. */
import { sha256 } from '../store/sha256.js';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { ChainError, Codes } from '../kernel/errors.js';
import type { DecodedMsg, MsgRouter } from '../kernel/router.js';
import { AUTH_INFO_SCHEMA, checkTxRawCanonical, rejectUnknownFields, TX_BODY_SCHEMA } from './canonical.js';

export const MAX_TX_BYTES = 1024 * 1024;

export interface DecodedTx {
  bytes: Uint8Array;
  /** sha256 of the raw bytes (what CometBFT and CosmJS call the tx hash); computed when first read. */
  readonly hash: Uint8Array;
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  msgs: DecodedMsg[];
  /** Required signers in order of first appearance (Cosmos `GetSigners`). */
  signers: string[];
}

export function txHash(bytes: Uint8Array): Uint8Array {
  return sha256(bytes);
}

/**
 * Whether `e` is what cosmjs-types' reader throws on bytes that are not the protobuf message it
 * reads (truncated, a bad wire type, an overlong varint). Those are the sender's error, never the
 * chain's: callers report them as decode errors rather than panics.
 */
export function isProtobufDecodeError(e: unknown): e is Error {
  return e instanceof Error && /^(premature EOF|illegal tag: |index out of range: |invalid wire type |invalid varint)/.test(e.message);
}

/** `hash`, when the caller already has sha256(bytes) (the mempool computed it), is not computed again. */
export function decodeTx(bytes: Uint8Array, router: MsgRouter, hash?: Uint8Array): DecodedTx {
  if (bytes.length === 0) throw new ChainError(Codes.TxDecode, 'empty transaction');
  if (bytes.length > MAX_TX_BYTES) throw new ChainError(Codes.TxTooLarge, `tx of ${bytes.length} bytes exceeds ${MAX_TX_BYTES}`);
  checkTxRawCanonical(bytes);
  let raw: TxRaw;
  let body: TxBody;
  let authInfo: AuthInfo;
  try {
    raw = TxRaw.decode(bytes);
  } catch (e) {
    throw new ChainError(Codes.TxDecode, `malformed transaction bytes (expected cosmos.tx.v1beta1.TxRaw): ${(e as Error).message}`);
  }
  rejectUnknownFields(raw.bodyBytes, TX_BODY_SCHEMA);
  rejectUnknownFields(raw.authInfoBytes, AUTH_INFO_SCHEMA);
  try {
    body = TxBody.decode(raw.bodyBytes);
    authInfo = AuthInfo.decode(raw.authInfoBytes);
  } catch (e) {
    throw new ChainError(Codes.TxDecode, `malformed transaction bytes (expected cosmos.tx.v1beta1.TxRaw): ${(e as Error).message}`);
  }
  if (body.extensionOptions.length > 0 || body.nonCriticalExtensionOptions.length > 0) {
    throw new ChainError(Codes.UnknownRequest, 'transaction extension options are not supported');
  }
  if (body.unordered || body.timeoutTimestamp !== undefined) {
    throw new ChainError(Codes.NotSupported, 'unordered transactions and timeout_timestamp are not supported on this chain; use the account sequence and timeout_height');
  }
  if (body.messages.length === 0) throw new ChainError(Codes.InvalidRequest, 'must contain at least one message');
  const msgs = body.messages.map((m) => router.decode(m.typeUrl, m.value));
  const signers: string[] = [];
  for (const m of msgs) {
    for (const s of m.handler.signers(m.msg)) if (!signers.includes(s)) signers.push(s);
  }
  return {
    bytes,
    get hash() {
      return (hash ??= txHash(bytes));
    },
    raw,
    body,
    authInfo,
    msgs,
    signers,
  };
}
