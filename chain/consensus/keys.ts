/**
 * Validator consensus keys: ed25519, as CometBFT's `privval`. The consensus address is the first
 * 20 bytes of sha256(pubkey) (CometBFT `ed25519.PubKey.Address`), the same bytes the kernel's
 * `VoteInfo.address` and staking's `consAddress` carry.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { consensusAddress } from '../types/address.js';

const utf8 = new TextEncoder();

export class ValidatorSigner {
  readonly pubKey: Uint8Array;
  readonly address: Uint8Array;

  constructor(private readonly privKey: Uint8Array) {
    if (privKey.length !== 32) throw new Error(`ed25519 private key must be 32 bytes, got ${privKey.length}`);
    this.pubKey = ed25519.getPublicKey(privKey);
    this.address = consensusAddress(this.pubKey);
  }

  /**
   * A key derived from a seed string (sha256 of a domain-separated seed): for tests and devnets
   * only, where anyone who knows the seed can sign as this validator.
   */
  static fromSeed(seed: string): ValidatorSigner {
    return new ValidatorSigner(sha256(utf8.encode(`meshwork/validator-key/${seed}`)));
  }

  sign(message: Uint8Array): Uint8Array {
    return ed25519.sign(message, this.privKey);
  }
}

/**
 * Verdicts of (signature, message, key) triples seen recently. A light-client update is verified
 * when the relayer simulates its tx and again when the tx is delivered, and a commit is checked
 * by every client of the chain: the same pure computation, so its answer is kept. Bounded, oldest
 * dropped first.
 */
const verdicts = new Map<string, boolean>();
const VERDICTS_SIZE = 4096;

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

/** ed25519 verification with noble's (ZIP-215) rules, as CometBFT verifies votes. */
export function verifyEd25519(signature: Uint8Array, message: Uint8Array, pubKey: Uint8Array): boolean {
  if (signature.length !== 64 || pubKey.length !== 32) return false;
  const k = `${latin1(signature)}${latin1(pubKey)}${latin1(message)}`;
  const known = verdicts.get(k);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    ok = ed25519.verify(signature, message, pubKey);
  } catch {
    ok = false;
  }
  if (verdicts.size >= VERDICTS_SIZE) verdicts.delete(verdicts.keys().next().value!);
  verdicts.set(k, ok);
  return ok;
}
