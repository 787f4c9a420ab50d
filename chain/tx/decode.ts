/** Cosmos transaction decoding: TxRaw → body, auth info, routed messages and their signers. */
import { sha256 } from '@noble/hashes/sha2.js';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { ChainError, Codes } from '../kernel/errors.js';
import type { DecodedMsg, MsgRouter } from '../kernel/router.js';

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

export function decodeTx(bytes: Uint8Array, router: MsgRouter): DecodedTx {
  if (bytes.length === 0) throw new ChainError(Codes.TxDecode, 'empty transaction');
  if (bytes.length > MAX_TX_BYTES) throw new ChainError(Codes.TxTooLarge, `tx of ${bytes.length} bytes exceeds ${MAX_TX_BYTES}`);
  let raw: TxRaw;
  let body: TxBody;
  let authInfo: AuthInfo;
  try {
    raw = TxRaw.decode(bytes);
    body = TxBody.decode(raw.bodyBytes);
    authInfo = AuthInfo.decode(raw.authInfoBytes);
  } catch (e) {
    throw new ChainError(Codes.TxDecode, `malformed transaction bytes (expected cosmos.tx.v1beta1.TxRaw): ${(e as Error).message}`);
  }
  if (body.extensionOptions.length > 0 || body.nonCriticalExtensionOptions.length > 0) {
    throw new ChainError(Codes.UnknownRequest, 'transaction extension options are not supported');
  }
  if (body.messages.length === 0) throw new ChainError(Codes.InvalidRequest, 'must contain at least one message');
  const msgs = body.messages.map((m) => router.decode(m.typeUrl, m.value));
  const signers: string[] = [];
  for (const m of msgs) {
    for (const s of m.handler.signers(m.msg)) if (!signers.includes(s)) signers.push(s);
  }
  let hash: Uint8Array | undefined;
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
