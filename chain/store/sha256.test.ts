import { test } from 'node:test';
import { expect } from 'expect';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { sha256 } from './sha256.js';

test('native sha256 gives the bytes of @noble/hashes for every length around the block sizes, as a plain Uint8Array', () => {
  let seed = 7;
  for (let n = 0; n < 300; n++) {
    const data = new Uint8Array(n);
    for (let i = 0; i < n; i++) data[i] = seed = (seed * 1103515245 + 12345) & 0xff;
    const got = sha256(data);
    expect(got.constructor).toBe(Uint8Array);
    expect(got.byteLength).toBe(32);
    expect(got.buffer.byteLength).toBe(32);
    expect(Buffer.from(got).toString('hex')).toBe(Buffer.from(nobleSha256(data)).toString('hex'));
  }
  // A view into a larger buffer hashes only its own bytes.
  const big = new Uint8Array(100).fill(9);
  expect(sha256(big.subarray(10, 20))).toEqual(nobleSha256(big.subarray(10, 20)));
});
