import { describe, test } from 'node:test';
import { expect } from 'expect';
import { iavlSpec, verifyMembership, verifyNonMembership, ics23 } from '@confio/ics23';
import { createHash } from 'node:crypto';
import { compareBytes, EMPTY_ROOT_HASH, MutableTree } from './iavl.js';
import { prng as rng } from '../../runtime/test/testkit/wasm-builder.js';

const enc = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
function randKey(r: () => number, space: number): Uint8Array {
  const n = Math.floor(r() * space);
  // variable-length keys so that prefixes and byte order matter
  const b = Buffer.alloc(1 + (n % 3));
  b[0] = n & 0xff;
  if (b.length > 1) b[1] = (n >> 8) & 0xff;
  if (b.length > 2) b[2] = n % 7;
  return new Uint8Array(b);
}

function modelRange(m: Map<string, Uint8Array>, start?: Uint8Array, end?: Uint8Array, asc = true): string[] {
  const keys = [...m.keys()].map((k) => Buffer.from(k, 'hex')).filter((k) => (!start || compareBytes(k, start) >= 0) && (!end || compareBytes(k, end) < 0));
  keys.sort(compareBytes);
  if (!asc) keys.reverse();
  return keys.map((k) => hex(k) + '=' + hex(m.get(hex(k))!));
}

/** Checks AVL invariants, sizes, heights and inner keys = min key of right subtree. */
function checkInvariants(t: MutableTree): void {
  const walk = (n: NonNullable<MutableTree['workingRoot']>): [Uint8Array, Uint8Array] => {
    if (n.height === 0) {
      expect(n.size).toBe(1);
      return [n.key, n.key];
    }
    const [lmin, lmax] = walk(n.left!);
    const [rmin, rmax] = walk(n.right!);
    expect(Math.abs(n.left!.height - n.right!.height)).toBeLessThanOrEqual(1);
    expect(n.height).toBe(Math.max(n.left!.height, n.right!.height) + 1);
    expect(n.size).toBe(n.left!.size + n.right!.size);
    expect(hex(n.key)).toBe(hex(rmin));
    expect(compareBytes(lmax, rmin)).toBeLessThan(0);
    return [lmin, rmax];
  };
  if (t.workingRoot) walk(t.workingRoot);
}

describe('IAVL tree', () => {
  test('randomized differential test against a Map, with commits and invariants', () => {
    const r = rng(42);
    const t = new MutableTree();
    const m = new Map<string, Uint8Array>();
    for (let i = 0; i < 6000; i++) {
      const k = randKey(r, 1500);
      const op = r();
      if (op < 0.6) {
        const v = enc('v' + i);
        expect(t.set(k, v)).toBe(m.has(hex(k)));
        m.set(hex(k), v);
      } else if (op < 0.9) {
        const old = t.remove(k);
        expect(old && hex(old)).toEqual(m.get(hex(k)) && hex(m.get(hex(k))!));
        m.delete(hex(k));
      } else {
        expect(t.get(k) && hex(t.get(k)!)).toEqual(m.get(hex(k)) && hex(m.get(hex(k))!));
      }
      if (i % 500 === 499) {
        checkInvariants(t);
        expect(t.size).toBe(m.size);
        const a = randKey(r, 1500);
        const b = randKey(r, 1500);
        const [lo, hi] = compareBytes(a, b) <= 0 ? [a, b] : [b, a];
        for (const asc of [true, false]) {
          expect([...t.iterate(lo, hi, asc)].map(([k, v]) => hex(k) + '=' + hex(v))).toEqual(modelRange(m, lo, hi, asc));
          expect([...t.iterate(undefined, undefined, asc)].map(([k, v]) => hex(k) + '=' + hex(v))).toEqual(modelRange(m, undefined, undefined, asc));
          expect([...t.iterate(lo, undefined, asc)].length).toBe(modelRange(m, lo, undefined, asc).length);
          expect([...t.iterate(undefined, hi, asc)].length).toBe(modelRange(m, undefined, hi, asc).length);
        }
        t.commit();
      }
    }
    // AVL height bound: h ≤ 1.44·log2(n+2)
    expect(t.height).toBeLessThanOrEqual(Math.ceil(1.45 * Math.log2(t.size + 2)));
  });

  test('sequential inserts and deletes rebalance (ascending and descending)', () => {
    const t = new MutableTree();
    for (let i = 0; i < 1024; i++) t.set(enc(String(i).padStart(5, '0')), enc('x'));
    checkInvariants(t);
    expect(t.height).toBeLessThanOrEqual(11);
    for (let i = 1023; i >= 0; i -= 2) t.remove(enc(String(i).padStart(5, '0')));
    checkInvariants(t);
    expect(t.size).toBe(512);
    for (let i = 0; i < 1024; i += 2) t.remove(enc(String(i).padStart(5, '0')));
    expect(t.size).toBe(0);
    expect(hex(t.commit())).toBe(hex(EMPTY_ROOT_HASH));
  });

  test('empty tree hash is sha256("")', () => {
    expect(hex(new MutableTree().commit())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('determinism: same op sequence twice gives identical hashes at every version', () => {
    const run = () => {
      const r = rng(7);
      const t = new MutableTree();
      const hashes: string[] = [];
      for (let b = 0; b < 20; b++) {
        for (let i = 0; i < 50; i++) {
          const k = randKey(r, 300);
          if (r() < 0.7) t.set(k, enc('v' + b + ':' + i));
          else t.remove(k);
        }
        hashes.push(hex(t.commit()));
      }
      return hashes;
    };
    expect(run()).toEqual(run());
  });

  test('hash depends on the commit history (versions), not only on contents', () => {
    // Same final contents, reached through different commit boundaries: IAVL hashes the version
    // each node was last written in, so the root hashes differ (by design, as in cosmos/iavl).
    const a = new MutableTree();
    a.set(enc('a'), enc('1'));
    a.set(enc('b'), enc('2'));
    const ha = a.commit();
    const b = new MutableTree();
    b.set(enc('a'), enc('1'));
    b.commit();
    b.set(enc('b'), enc('2'));
    const hb = b.commit();
    expect([...a.iterate()].map(([k, v]) => hex(k) + hex(v))).toEqual([...b.iterate()].map(([k, v]) => hex(k) + hex(v)));
    expect(hex(ha)).not.toBe(hex(hb));
    // And an empty commit keeps the root (hence the hash) unchanged.
    expect(hex(b.commit())).toBe(hex(hb));
  });

  test('insert order within one version does not change the hash when the shape is the same', () => {
    const a = new MutableTree();
    const b = new MutableTree();
    a.set(enc('k1'), enc('1'));
    a.set(enc('k2'), enc('2'));
    b.set(enc('k2'), enc('2'));
    b.set(enc('k1'), enc('1'));
    expect(hex(a.commit())).toBe(hex(b.commit()));
  });

  test('known leaf hash encoding (iavl node.go)', () => {
    // single leaf at version 1: sha256(0x00 0x02 0x02 || 0x01 'a' || 0x20 sha256('b'))
    const t = new MutableTree();
    t.set(enc('a'), enc('b'));
    const h = t.commit();
    const valueHash = createHash('sha256').update('b').digest();
    const pre = Buffer.concat([Buffer.from([0, 2, 2, 1]), Buffer.from('a'), Buffer.from([32]), valueHash]);
    expect(hex(h)).toBe(createHash('sha256').update(pre).digest('hex'));
    // two leaves at version 1 under an inner node: height 1 (0x02), size 2 (0x04), version 1 (0x02)
    t.set(enc('c'), enc('d'));
    const h2 = t.commit(); // version 2: new leaf 'c' and new inner; leaf 'a' keeps version 1
    const leafC = createHash('sha256').update(Buffer.concat([Buffer.from([0, 2, 4, 1]), Buffer.from('c'), Buffer.from([32]), createHash('sha256').update('d').digest()])).digest();
    const inner = createHash('sha256').update(Buffer.concat([Buffer.from([2, 4, 4, 32]), h, Buffer.from([32]), leafC])).digest('hex');
    expect(hex(h2)).toBe(inner);
  });
});

describe('ICS-23 proofs', () => {
  const build = (n: number, seed: number) => {
    const r = rng(seed);
    const t = new MutableTree();
    const m = new Map<string, Uint8Array>();
    for (let b = 0; b < 5; b++) {
      for (let i = 0; i < n / 5; i++) {
        const k = enc('key' + Math.floor(r() * 10 * n).toString().padStart(6, '0'));
        const v = enc('val' + b + '/' + i);
        t.set(k, v);
        m.set(hex(k), v);
      }
      if (b === 3) for (const k of [...m.keys()].slice(0, 20)) (t.remove(Buffer.from(k, 'hex')), m.delete(k));
      t.commit();
    }
    return { t, m, root: t.lastCommitted().hash() };
  };

  test('membership proofs verify for every key, including first and last', () => {
    const { t, m, root } = build(500, 1);
    const keys = [...m.keys()].map((k) => Buffer.from(k, 'hex')).sort(compareBytes);
    for (const k of keys) {
      const key = new Uint8Array(k);
      const proof = t.existenceProof(key);
      expect(verifyMembership(proof, iavlSpec, root, key, m.get(hex(key))!)).toBe(true);
    }
    // proofs survive protobuf round trip
    const key = new Uint8Array(keys[0]!);
    const bytes = ics23.CommitmentProof.encode(t.existenceProof(key)).finish();
    expect(verifyMembership(ics23.CommitmentProof.decode(bytes), iavlSpec, root, key, m.get(hex(key))!)).toBe(true);
  });

  test('non-membership proofs verify: below min, above max, between keys', () => {
    const { t, m, root } = build(500, 2);
    const absent = [enc('a'), enc('key'), enc('zzz'), enc('key999999z'), enc('\xff\xff')];
    const r = rng(3);
    for (let i = 0; i < 300; i++) absent.push(enc('key' + Math.floor(r() * 5000).toString().padStart(6, '0') + (i % 2 ? 'x' : '')));
    let checked = 0;
    for (const k of absent) {
      if (m.has(hex(k))) continue;
      checked++;
      const p = t.nonExistenceProof(k);
      expect(verifyNonMembership(p, iavlSpec, root, k)).toBe(true);
    }
    expect(checked).toBeGreaterThan(250);
    // the below-min proof has only a right neighbour, the above-max only a left one
    expect(t.nonExistenceProof(enc('a')).nonexist!.left).toBeFalsy();
    expect(t.nonExistenceProof(enc('zzz')).nonexist!.right).toBeFalsy();
  });

  test('single-key tree proofs', () => {
    const t = new MutableTree();
    t.set(enc('m'), enc('v'));
    const root = t.commit();
    expect(verifyMembership(t.existenceProof(enc('m')), iavlSpec, root, enc('m'), enc('v'))).toBe(true);
    expect(verifyNonMembership(t.nonExistenceProof(enc('a')), iavlSpec, root, enc('a'))).toBe(true);
    expect(verifyNonMembership(t.nonExistenceProof(enc('z')), iavlSpec, root, enc('z'))).toBe(true);
  });

  test('tampered values, proofs and roots are rejected', () => {
    const { t, m, root } = build(200, 4);
    const key = Buffer.from([...m.keys()][7]!, 'hex');
    const k = new Uint8Array(key);
    const v = m.get(hex(k))!;
    expect(verifyMembership(t.existenceProof(k), iavlSpec, root, k, enc('forged'))).toBe(false);
    const badRoot = new Uint8Array(root);
    badRoot[0]! ^= 1;
    expect(verifyMembership(t.existenceProof(k), iavlSpec, badRoot, k, v)).toBe(false);
    const p = t.existenceProof(k);
    const step = p.exist!.path![1]!;
    const suffixOrPrefix = step.suffix && step.suffix.length > 0 ? step.suffix : step.prefix!;
    suffixOrPrefix[suffixOrPrefix.length - 1]! ^= 1;
    expect(verifyMembership(p, iavlSpec, root, k, v)).toBe(false);
    // a present key cannot be proven absent; an absent key's proof does not prove another key
    expect(() => t.nonExistenceProof(k)).toThrow();
    const absent = enc('key0000001x');
    const np = t.nonExistenceProof(absent);
    expect(verifyNonMembership(np, iavlSpec, root, k)).toBe(false);
    // proofs against an older version do not verify against the newer root
    t.set(enc('new'), enc('x'));
    t.commit();
    expect(verifyMembership(t.lastCommitted().existenceProof(k), iavlSpec, root, k, v)).toBe(false);
    expect(verifyMembership(t.at(5)!.existenceProof(k), iavlSpec, root, k, v)).toBe(true);
  });
});

describe('commit cost', () => {
  test('nodes created and hashed per commit are O(changes · log n)', () => {
    const r = rng(9);
    const t = new MutableTree();
    for (let i = 0; i < 20000; i++) t.set(enc('k' + i), enc('v'));
    t.commit();
    for (let round = 0; round < 10; round++) {
      const changes = 1 + Math.floor(r() * 20);
      const h = t.height;
      const created0 = t.stats.nodesCreated;
      const hashed0 = t.stats.nodesHashed;
      for (let i = 0; i < changes; i++) {
        const k = enc('k' + Math.floor(r() * 30000));
        if (r() < 0.3) t.remove(k);
        else t.set(k, enc('w' + round));
      }
      t.commit();
      const hashed = t.stats.nodesHashed - hashed0;
      const created = t.stats.nodesCreated - created0;
      expect(hashed).toBeLessThanOrEqual(2 * changes * (h + 1));
      // every write copies one root-to-leaf path plus at most a few rotation nodes per level
      expect(created).toBeLessThanOrEqual(4 * changes * (h + 2));
      expect(hashed).toBeLessThan(t.size / 10);
    }
  });
});
