import { test } from 'node:test';
import { expect } from 'expect';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { ValidatorSigner, verifyEd25519 } from './keys.js';

test('validator signatures through node:crypto are the bytes noble signs, and verify', () => {
  for (let i = 0; i < 40; i++) {
    const priv = sha256(new TextEncoder().encode(`keys-test/${i}`));
    const signer = new ValidatorSigner(priv);
    const msg = sha256(new Uint8Array([i])).subarray(0, i % 32);
    const sig = signer.sign(msg);
    expect(Buffer.from(sig).toString('hex')).toBe(Buffer.from(ed25519.sign(msg, priv)).toString('hex'));
    expect(ed25519.verify(sig, msg, signer.pubKey)).toBe(true);
    expect(verifyEd25519(sig, msg, signer.pubKey)).toBe(true);
    // A signature over other bytes is refused (the signer's remembered verdict covers only its own triple).
    const other = new Uint8Array([...msg, 1]);
    expect(verifyEd25519(sig, other, signer.pubKey)).toBe(false);
  }
});
