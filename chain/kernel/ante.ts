/**
 * What BaseApp needs of the ante handler (the SDK's `sdk.AnteHandler`): checks and charges a decoded
 * tx before its messages run (signatures, sequences, fee, gas). The kernel depends on this
 * interface only; the implementation is the auth module's (`chain/modules/auth/ante.ts`).
 */
import type { Context } from './context.js';
import type { DecodedTx } from '../tx/decode.js';
import type { SignatureCheck, SignatureVerdicts } from '../tx/signature-cache.js';

export interface AnteHandler {
  /** `recheck`: the mempool re-checking a tx it admitted before (the SDK's ReCheckTx). */
  run(ctx: Context, tx: DecodedTx, opts?: { recheck?: boolean }): void;
  /** The signature checks `run` would make for `tx`, so a node can verify them ahead on a worker pool. */
  signatureChecks(ctx: Context, tx: DecodedTx): SignatureCheck[];
  /** The verdicts `run` reads before verifying a signature itself; verifying ahead fills them. */
  readonly signatures: SignatureVerdicts;
}
