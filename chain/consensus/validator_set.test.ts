import { describe, test } from 'node:test';
import { expect } from 'expect';
import { ValidatorSet } from './validator_set.js';
import { ValidatorSigner } from './keys.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('ValidatorSet (CometBFT proposer selection)', () => {
  test("CometBFT TestProposerSelection1: foo 1000, bar 300, baz 330 over 99 rounds", () => {
    const vset = ValidatorSet.fromEntries([
      { address: enc('foo'), pubKey: new Uint8Array(32), power: 1000n },
      { address: enc('bar'), pubKey: new Uint8Array(32), power: 300n },
      { address: enc('baz'), pubKey: new Uint8Array(32), power: 330n },
    ]);
    const proposers: string[] = [];
    for (let i = 0; i < 99; i++) {
      proposers.push(dec(vset.proposer().address));
      vset.incrementProposerPriority(1);
    }
    const expected =
      'foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar foo baz foo foo bar foo baz foo foo bar foo baz foo foo foo baz bar foo foo foo baz foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar foo baz foo foo bar foo baz foo foo';
    expect(proposers.join(' ')).toBe(expected);
  });

  test('priorities after the first increment match CometBFT (bar 300, baz 330, foo −630)', () => {
    const vset = ValidatorSet.fromEntries([
      { address: enc('foo'), pubKey: new Uint8Array(32), power: 1000n },
      { address: enc('bar'), pubKey: new Uint8Array(32), power: 300n },
      { address: enc('baz'), pubKey: new Uint8Array(32), power: 330n },
    ]);
    const prio = Object.fromEntries(vset.validators.map((v) => [dec(v.address), v.proposerPriority]));
    expect(prio).toEqual({ foo: -630n, bar: 300n, baz: 330n });
    expect(vset.validators.map((v) => dec(v.address))).toEqual(['foo', 'baz', 'bar']);
  });

  test('a new validator enters at −1.125 × total power; removals and bad updates', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((s) => ValidatorSigner.fromSeed(s));
    const set = ValidatorSet.fromUpdates([
      { pubKey: a!.pubKey, power: 10n },
      { pubKey: b!.pubKey, power: 10n },
    ]);
    const before = set.copy();
    set.applyChangeSet([{ pubKey: c!.pubKey, power: 20n }]);
    // total after update = 40 → −(40 + 5) = −45, then centred with the others.
    expect(set.size).toBe(3);
    expect(set.validators[0]!.power).toBe(20n);
    const sum = set.validators.reduce((s, v) => s + v.proposerPriority, 0n);
    expect(sum > -3n && sum < 3n).toBe(true);
    expect(before.size).toBe(2); // copies are independent
    set.applyChangeSet([{ pubKey: a!.pubKey, power: 0n }]);
    expect(set.get(a!.address)).toBeUndefined();
    expect(() => set.applyChangeSet([{ pubKey: a!.pubKey, power: 0n }])).toThrow(/not in the set/);
    expect(() => set.applyChangeSet([{ pubKey: b!.pubKey, power: 0n }, { pubKey: c!.pubKey, power: 0n }])).toThrow(/empty set/);
    expect(() => set.applyChangeSet([{ pubKey: b!.pubKey, power: 1n }, { pubKey: b!.pubKey, power: 2n }])).toThrow(/duplicate/);
    expect(() => set.applyChangeSet([{ pubKey: b!.pubKey, power: -1n }])).toThrow(/negative/);
  });

  test('proto round trip keeps order, priorities, proposer and hash', () => {
    const set = ValidatorSet.fromUpdates(['x', 'y', 'z'].map((s, i) => ({ pubKey: ValidatorSigner.fromSeed(s).pubKey, power: BigInt(i + 1) })));
    set.incrementProposerPriority(3);
    const back = ValidatorSet.fromProto(set.toProto());
    expect(back.hash()).toEqual(set.hash());
    expect(back.proposer().address).toEqual(set.proposer().address);
    expect(back.validators).toEqual(set.validators);
  });
});
