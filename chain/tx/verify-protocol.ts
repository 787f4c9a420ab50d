/**
 * The messages between `SignatureVerifyPool` and its workers. Checks travel as fixed-size records
 * in one transferred buffer (no structured clone of many small arrays):
 * signature (64) ‖ digest (32) ‖ key length (1) ‖ key (65, zero-padded). Only checks that pass
 * `wellFormed` are sent, so every field fits.
 */
import type { Secp256k1BackendName } from './secp256k1-backend.js';
import type { SignatureCheck } from './signature-cache.js';

export const RECORD_BYTES = 64 + 32 + 1 + 65;

export interface WorkerRequest {
  id: number;
  count: number;
  records: ArrayBuffer;
}

export type WorkerReply =
  | { kind: 'ready'; backend: Secp256k1BackendName }
  | { kind: 'failed'; error: string }
  | { kind: 'verdicts'; id: number; verdicts: ArrayBuffer };

export function writeRecord(out: Uint8Array, at: number, c: SignatureCheck): void {
  out.set(c.sig, at);
  out.set(c.digest, at + 64);
  out[at + 96] = c.pubKey.length;
  out.set(c.pubKey, at + 97);
}

export function readRecord(b: Uint8Array, at: number): SignatureCheck {
  const keyLen = b[at + 96]!;
  return { sig: b.subarray(at, at + 64), digest: b.subarray(at + 64, at + 96), pubKey: b.subarray(at + 97, at + 97 + keyLen) };
}
