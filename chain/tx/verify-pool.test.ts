import { after, describe, test } from 'node:test';
import { expect } from 'expect';
import { fixedCorpus, randomCorpus, type VerifyCase } from '../testkit/secp256k1-corpus.js';
import { secp256k1Backend, verifySecp256k1 } from './secp256k1-backend.js';
import { SignatureVerifyPool, VerifyPoolError } from './verify-pool.js';

const corpus: VerifyCase[] = [...fixedCorpus(1, 12), ...randomCorpus(300, 'verify-pool')];
const expected = corpus.map((c) => verifySecp256k1(c.sig, c.digest, c.pubKey));

describe('SignatureVerifyPool', () => {
  // Few pools: under the test loader each worker transpiles its sources on start (seconds each).
  const one = new SignatureVerifyPool({ threads: 1 });
  const two = new SignatureVerifyPool({ threads: 2 });
  after(async () => {
    await Promise.all([one.close(), two.close()]);
  });

  test('workers load the backend this process uses and answer as the main thread does, in order', async () => {
    expect(expected.filter(Boolean).length).toBeGreaterThan(50);
    expect(expected.some((v) => !v)).toBe(true);
    for (const p of [one, two]) {
      expect(p.backend).toBe(secp256k1Backend().backend.name);
      expect(await p.verify(corpus)).toEqual(expected);
      expect(p.stats()).toMatchObject({ threads: p.threads, queued: 0, inFlight: 0 });
    }
  });

  test('verdicts do not depend on how submissions interleave: singles, batches and duplicates at once', async () => {
    const p = two;
    const submissions: Array<{ from: number; to: number }> = [];
    // Uneven pieces (1, 2, 3, ..., then a long tail), submitted all at once, plus a second copy of the whole.
    for (let at = 0, len = 1; at < corpus.length; at += len, len++) submissions.push({ from: at, to: Math.min(corpus.length, at + len) });
    const answers = await Promise.all([...submissions.map((s) => p.verify(corpus.slice(s.from, s.to))), p.verify([...corpus].reverse())]);
    const whole = answers.pop()!;
    expect(answers.flat()).toEqual(expected);
    expect(whole).toEqual([...expected].reverse());
  });

  test('malformed checks are refused without a worker, and an empty batch resolves at once', async () => {
    const p = one;
    const c = corpus[0]!;
    const before = p.stats().verified;
    expect(await p.verify([{ ...c, sig: c.sig.subarray(1) }, { ...c, pubKey: new Uint8Array(33) }])).toEqual([false, false]);
    expect(await p.verify([])).toEqual([]);
    expect(p.stats().verified).toBe(before);
  });

  test('the main thread keeps running while the pool verifies a large batch', async () => {
    const p = two;
    const big = Array.from({ length: 4000 }, (_, i) => corpus[i % corpus.length]!);
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const verdicts = await p.verify(big);
    running = false;
    expect(verdicts).toEqual(big.map((_, i) => expected[i % corpus.length]));
    // A synchronous verification of the same batch would have let no tick run before it finished.
    expect(ticks).toBeGreaterThan(20);
  });

  test('a closed pool refuses work with a VerifyPoolError, and pending work is rejected', async () => {
    const p = one;
    const pending = expect(p.verify(Array.from({ length: 2000 }, (_, i) => corpus[i % corpus.length]!))).rejects.toThrow(VerifyPoolError);
    await p.close();
    await pending;
    await expect(p.verify(corpus.slice(0, 1))).rejects.toThrow(/closed/);
    expect(() => new SignatureVerifyPool({ threads: 0 })).toThrow(/threads ≥ 1/);
  });
});
