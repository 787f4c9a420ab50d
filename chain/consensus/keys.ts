/**
 * Validator consensus keys: ed25519, as CometBFT's `privval`. The consensus address is the first
 * 20 bytes of sha256(pubkey) (CometBFT `ed25519.PubKey.Address`), the same bytes the kernel's
 * `VoteInfo.address` and staking's `consAddress` carry.
 */
import { createPrivateKey, sign as nativeSign, type KeyObject } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { consensusAddress } from '../types/address.js';

const utf8 = new TextEncoder();

/** PKCS#8 DER header of an Ed25519 private key (RFC 8410), followed by the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]);

export class ValidatorSigner {
  readonly pubKey: Uint8Array;
  readonly address: Uint8Array;
  /** The same key for OpenSSL: Ed25519 signing is deterministic (RFC 8032), so both give the same bytes. */
  private readonly native: KeyObject;

  constructor(privKey: Uint8Array) {
    if (privKey.length !== 32) throw new Error(`ed25519 private key must be 32 bytes, got ${privKey.length}`);
    this.pubKey = ed25519.getPublicKey(privKey);
    this.address = consensusAddress(this.pubKey);
    const der = new Uint8Array(ED25519_PKCS8_PREFIX.length + 32);
    der.set(ED25519_PKCS8_PREFIX);
    der.set(privKey, ED25519_PKCS8_PREFIX.length);
    this.native = createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  }

  /**
   * A key derived from a seed string (sha256 of a domain-separated seed): for tests and devnets
   * only, where anyone who knows the seed can sign as this validator.
   */
  static fromSeed(seed: string): ValidatorSigner {
    return new ValidatorSigner(sha256(utf8.encode(`meshwork/validator-key/${seed}`)));
  }

  /**
   * Signs through node:crypto (every block signs its commit: noble's JS signing was a tenth of an
   * empty block). The signature is remembered as valid, so the driver's check of the commit it just
   * signed does not verify it again.
   */
  sign(message: Uint8Array): Uint8Array {
    const sig = new Uint8Array(nativeSign(null, message, this.native));
    remember(sig, message, this.pubKey, true);
    return sig;
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
  remember(signature, message, pubKey, ok, k);
  return ok;
}

function remember(signature: Uint8Array, message: Uint8Array, pubKey: Uint8Array, ok: boolean, k = `${latin1(signature)}${latin1(pubKey)}${latin1(message)}`): void {
  if (verdicts.size >= VERDICTS_SIZE) verdicts.delete(verdicts.keys().next().value!);
  verdicts.set(k, ok);
}
