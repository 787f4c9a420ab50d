/**
 * Verifying signatures ahead of the ante handler, on the worker pool: CheckTx can await its tx's
 * signatures off the main thread before running the (synchronous) ante, and a block's txs that
 * CheckTx never saw are verified as one batch on every worker before delivery.
 *
 * This only fills the verdict cache the ante handler reads (`SignatureVerdicts`). The ante still
 * computes each (signature, digest, key) from the state it runs on and looks that triple up; a
 * triple computed here from an older state that no longer matches (an account created earlier in
 * the same block, a key set by a tx before it) is simply not found, and the ante verifies it on its
 * own thread. So nothing here can change a result, only how soon it is known.
 */
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import type { Context } from '../kernel/context.js';
import type { AuthKeeper } from '../modules/auth/keeper.js';
import type { DecodedTx } from './decode.js';
import { directSignDigest, type SignatureCheck, type SignatureVerdicts } from './signature-cache.js';
import type { SignatureVerifyPool } from './verify-pool.js';

const SECP256K1_PUBKEY_TYPE = '/cosmos.crypto.secp256k1.PubKey';

/**
 * The SIGN_MODE_DIRECT checks the ante handler will make for `tx` on `ctx`'s state: the account's
 * key (or the signer info's when the account has none yet), over the sign doc with the account's
 * number. Signers it cannot work out yet (no account, another key type, another sign mode) give none.
 */
export function directSignatureChecks(auth: AuthKeeper, ctx: Context, tx: DecodedTx): SignatureCheck[] {
  const out: SignatureCheck[] = [];
  const sigs = tx.raw.signatures;
  const infos = tx.authInfo.signerInfos;
  for (let i = 0; i < tx.signers.length && i < sigs.length && i < infos.length; i++) {
    const info = infos[i]!;
    if (info.modeInfo?.single?.mode !== SignMode.SIGN_MODE_DIRECT) continue;
    const acc = auth.getAccount(ctx, tx.signers[i]!);
    if (acc === undefined) continue;
    const any = acc.pubKey ?? info.publicKey;
    if (any === undefined || any.typeUrl !== SECP256K1_PUBKEY_TYPE) continue;
    let key: Uint8Array;
    try {
      key = PubKey.decode(any.value).key;
    } catch {
      continue;
    }
    out.push({ sig: sigs[i]!, digest: directSignDigest(tx.raw, ctx.chainId, ctx.height === 0 ? 0n : acc.accountNumber), pubKey: key });
  }
  return out;
}

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
