/**
 * Signature verdicts remembered across CheckTx, pre-verification on the worker pool and delivery.
 * Verification is a pure function of (signature, digest, key), and every backend gives the same
 * answer (`secp256k1-backend.ts`), so a verdict found here is the one verifying again would give:
 * whether a worker or the main thread computed it, and when, cannot change a result.
 */
import { sha256 } from '../store/sha256.js';
import { SignDoc } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { finishExact } from '../kernel/proto.js';
import { verifySecp256k1 } from './secp256k1-backend.js';

/** One secp256k1 check: a 64-byte signature over a 32-byte digest by a SEC1-encoded key. */
export interface SignatureCheck {
  sig: Uint8Array;
  digest: Uint8Array;
  pubKey: Uint8Array;
}

interface DigestMemo {
  bodyBytes: Uint8Array;
  authInfoBytes: Uint8Array;
  chainId: string;
  accountNumber: bigint;
  digest: Uint8Array;
}

/**
 * The last digest worked out per decoded `TxRaw`: a node computes it when the worker pool checks
 * the tx ahead, again in CheckTx's ante and again in the block's, always for the same chain id and
 * (almost always) the same account number. Keyed weakly by the decoded object, and used only while
 * its byte arrays and both inputs are the very ones it was computed from.
 */
const digestMemo = new WeakMap<object, DigestMemo>();

/** The SIGN_MODE_DIRECT digest a signer signs: sha256 of the SignDoc. */
export function directSignDigest(raw: { bodyBytes: Uint8Array; authInfoBytes: Uint8Array }, chainId: string, accountNumber: bigint): Uint8Array {
  const m = digestMemo.get(raw);
  if (m !== undefined && m.bodyBytes === raw.bodyBytes && m.authInfoBytes === raw.authInfoBytes && m.chainId === chainId && m.accountNumber === accountNumber) return m.digest;
  const digest = sha256(finishExact(SignDoc.encode({ bodyBytes: raw.bodyBytes, authInfoBytes: raw.authInfoBytes, chainId, accountNumber })));
  digestMemo.set(raw, { bodyBytes: raw.bodyBytes, authInfoBytes: raw.authInfoBytes, chainId, accountNumber, digest });
  return digest;
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

/** Bounded, oldest dropped first; both verdicts are kept (a refusal is as pure as an acceptance). */
export class SignatureVerdicts {
  private readonly verdicts = new Map<string, boolean>();
  private hits = 0;
  private misses = 0;

  constructor(readonly capacity = 16_384) {}

  private static key(c: SignatureCheck): string {
    // Lengths first, so that no two different triples share a key.
    return `${c.sig.length},${c.digest.length},${latin1(c.sig)}${latin1(c.digest)}${latin1(c.pubKey)}`;
  }

  get(c: SignatureCheck): boolean | undefined {
    return this.verdicts.get(SignatureVerdicts.key(c));
  }

  /** Records a verdict computed elsewhere (the worker pool). */
  record(c: SignatureCheck, valid: boolean): void {
    this.put(SignatureVerdicts.key(c), valid);
  }

  /** The remembered verdict, or verifies now on this thread and remembers it. */
  verify(c: SignatureCheck): boolean {
    const k = SignatureVerdicts.key(c);
    const v = this.verdicts.get(k);
    if (v !== undefined) {
      this.hits++;
      return v;
    }
    this.misses++;
    const valid = verifySecp256k1(c.sig, c.digest, c.pubKey);
    this.put(k, valid);
    return valid;
  }

  /** Verdicts found remembered / computed on the calling thread, since creation. */
  stats(): { size: number; hits: number; misses: number } {
    return { size: this.verdicts.size, hits: this.hits, misses: this.misses };
  }

  private put(k: string, valid: boolean): void {
    if (this.verdicts.has(k)) return;
    if (this.verdicts.size >= this.capacity) this.verdicts.delete(this.verdicts.keys().next().value!);
    this.verdicts.set(k, valid);
  }
}
