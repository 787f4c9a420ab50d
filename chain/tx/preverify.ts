/**
 * Verifying signatures ahead of the ante handler, on the worker pool: CheckTx can await its tx's
 * signatures off the main thread before running the (synchronous) ante, and a block's txs that
 * CheckTx never saw are verified as one batch on every worker before delivery.
 *
 * This only fills the verdict cache the ante handler reads (`SignatureVerdicts`); which checks a tx
 * needs is the ante's to say (`AnteHandler.signatureChecks`, in the auth module). The ante still
 * computes each (signature, digest, key) from the state it runs on and looks that triple up; a
 * triple computed here from an older state that no longer matches (an account created earlier in
 * the same block, a key set by a tx before it) is simply not found, and the ante verifies it on its
 * own thread. So nothing here can change a result, only how soon it is known.
 */
import type { DecodedTx } from './decode.js';
import type { SignatureCheck, SignatureVerdicts } from './signature-cache.js';
import type { SignatureVerifyPool } from './verify-pool.js';

/** What `BaseApp` offers for verifying ahead (kept an interface so chain/tx does not import the kernel's app). */
export interface PreverifyTarget {
  /** The checks the ante will make for `txs`, against the state the next CheckTx or block starts from. */
  signatureChecks(txs: readonly (Uint8Array | DecodedTx)[]): SignatureCheck[];
  readonly signatureVerdicts: SignatureVerdicts;
}

export interface PreverifyReport {
  /** Checks the txs need. */
  checks: number;
  /** Of those, verdicts already known (CheckTx, an earlier batch). */
  known: number;
  /** Verdicts the pool computed now. */
  verified: number;
  /** The pool could not answer (closed or failed): the ante verifies on the main thread. */
  poolError?: string;
}

/**
 * Verifies on `pool` every signature of `txs` whose verdict is not known yet, and records the
 * verdicts. Resolves when they are recorded; never rejects (a pool failure leaves the work to the
 * ante, reported in `poolError`).
 */
export async function preverifySignatures(target: PreverifyTarget, pool: SignatureVerifyPool, txs: readonly (Uint8Array | DecodedTx)[]): Promise<PreverifyReport> {
  const all = target.signatureChecks(txs);
  const cache = target.signatureVerdicts;
  const todo = all.filter((c) => cache.get(c) === undefined);
  const report: PreverifyReport = { checks: all.length, known: all.length - todo.length, verified: 0 };
  if (todo.length === 0) return report;
  try {
    const verdicts = await pool.verify(todo);
    todo.forEach((c, i) => cache.record(c, verdicts[i]!));
    report.verified = todo.length;
  } catch (e) {
    report.poolError = (e as Error).message;
  }
  return report;
}
