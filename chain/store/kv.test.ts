import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MutableTree } from './iavl.js';
import { CacheKV, MemKV, PrefixStore, TreeStore, prefixEnd, type KVStore } from './kv.js';
import { prng as rng } from '../../runtime/test/testkit/wasm-builder.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));
const list = (s: KVStore, start?: string, end?: string, desc = false) =>
  [...{ [Symbol.iterator]: () => s.iterator(start === undefined ? undefined : enc(start), end === undefined ? undefined : enc(end), desc) }].map(
    ([k, v]) => `${dec(k)}=${dec(v)}`,
  );


describe('CacheKV', () => {
  test('buffers writes; write() commits, discard drops', () => {
    const base = new TreeStore(new MutableTree());
    base.set(enc('a'), enc('1'));
    const c = new CacheKV(base);
    c.set(enc('b'), enc('2'));
    c.delete(enc('a'));
    expect(dec(c.get(enc('b')))).toBe('2');
    expect(c.has(enc('a'))).toBe(false);
    expect(base.has(enc('b'))).toBe(false);
    expect(dec(base.get(enc('a')))).toBe('1');
    const d = new CacheKV(base);
    d.set(enc('z'), enc('9'));
    d.discard();
    expect(d.has(enc('z'))).toBe(false);
    c.write();
    expect(list(base)).toEqual(['b=2']);
  });

  test('nested branches: inner commit reaches only the parent branch; dropping the outer discards all', () => {
    const base = new MemKV();
    base.set(enc('k'), enc('base'));
    const tx = new CacheKV(base);
    tx.set(enc('k'), enc('tx'));
    const sub = tx.branch();
    sub.set(enc('k'), enc('sub'));
    sub.set(enc('s'), enc('1'));
    expect(dec(tx.get(enc('k')))).toBe('tx');
    sub.write();
    expect(dec(tx.get(enc('k')))).toBe('sub');
    expect(dec(base.get(enc('k')))).toBe('base');
    const failing = tx.branch();
    failing.delete(enc('s'));
    // failing submessage: dropped
    expect(list(tx)).toEqual(['k=sub', 's=1']);
    tx.write();
    expect(list(base)).toEqual(['k=sub', 's=1']);
  });

  test('iteration merges buffered writes and deletes with the parent, both directions, with bounds', () => {
    const base = new TreeStore(new MutableTree());
    for (const k of ['a', 'c', 'e', 'g']) base.set(enc(k), enc('p'));
    const c = new CacheKV(base);
    c.set(enc('b'), enc('x'));
    c.set(enc('c'), enc('x'));
    c.delete(enc('e'));
    c.set(enc('h'), enc('x'));
    const n = c.branch();
    n.delete(enc('a'));
    n.set(enc('f'), enc('y'));
    expect(list(c)).toEqual(['a=p', 'b=x', 'c=x', 'g=p', 'h=x']);
    expect(list(n)).toEqual(['b=x', 'c=x', 'f=y', 'g=p', 'h=x']);
    expect(list(n, undefined, undefined, true)).toEqual(['h=x', 'g=p', 'f=y', 'c=x', 'b=x']);
    expect(list(n, 'c', 'g')).toEqual(['c=x', 'f=y']);
    expect(list(n, 'c', 'g', true)).toEqual(['f=y', 'c=x']);
    expect(list(n, 'bb')).toEqual(['c=x', 'f=y', 'g=p', 'h=x']);
    // writes during iteration do not disturb a running iterator
    const it = n.iterator();
    n.set(enc('d'), enc('late'));
    expect([...it].length).toBe(5);
  });

  test('randomized: nested branches against a Map model', () => {
    const r = rng(11);
    const tree = new MutableTree();
    const base = new TreeStore(tree);
    let model = new Map<string, string>();
    const sorted = (m: Map<string, string>, desc = false) => {
      const ks = [...m.keys()].sort();
      if (desc) ks.reverse();
      return ks.map((k) => `${k}=${m.get(k)}`);
    };
    for (let round = 0; round < 40; round++) {
      const l1 = new CacheKV(base);
      let m1 = new Map(model);
      const l2 = l1.branch();
      const overlay2 = new Map<string, string | null>();
      const view2 = () => {
        const v = new Map(m1);
        for (const [k, x] of overlay2) x === null ? v.delete(k) : v.set(k, x);
        return v;
      };
      for (let i = 0; i < 60; i++) {
        const k = 'k' + Math.floor(r() * 80).toString().padStart(2, '0');
        const inL2 = r() < 0.5;
        const val = r() < 0.7 ? 'v' + round + '.' + i : null;
        const s = inL2 ? l2 : l1;
        if (val === null) s.delete(enc(k));
        else s.set(enc(k), enc(val));
        if (inL2) overlay2.set(k, val);
        else if (val === null) m1.delete(k);
        else m1.set(k, val);
      }
      expect(list(l1)).toEqual(sorted(m1));
      expect(list(l1, undefined, undefined, true)).toEqual(sorted(m1, true));
      expect(list(l2)).toEqual(sorted(view2()));
      expect(list(l2, 'k20', 'k60', true)).toEqual(sorted(view2(), true).filter((e) => e >= 'k20' && e < 'k60'));
      if (r() < 0.6) {
        l2.write();
        m1 = view2();
      }
      if (r() < 0.6) {
        l1.write();
        model = m1;
      }
      expect(list(base)).toEqual(sorted(model));
      if (round % 10 === 9) tree.commit();
    }
    expect(tree.size).toBe(model.size);
  });
});

describe('PrefixStore', () => {
  test('isolates modules and strips the prefix', () => {
    const base = new CacheKV(new MemKV());
    const bank = new PrefixStore(base, enc('bank/'));
    const staking = new PrefixStore(base, enc('staking/'));
    bank.set(enc('alice'), enc('10'));
    bank.set(enc('bob'), enc('20'));
    staking.set(enc('val1'), enc('x'));
    base.set(enc('bank0'), enc('outside')); // '0' > '/' : just past the prefix range
    expect(list(bank)).toEqual(['alice=10', 'bob=20']);
    expect(list(bank, 'b', undefined, true)).toEqual(['bob=20']);
    expect(list(staking)).toEqual(['val1=x']);
    expect(dec(base.get(enc('bank/alice')))).toBe('10');
    bank.delete(enc('alice'));
    expect(bank.has(enc('alice'))).toBe(false);
    expect(prefixEnd(new Uint8Array([1, 0xff]))).toEqual(new Uint8Array([2]));
    expect(prefixEnd(new Uint8Array([0xff, 0xff]))).toBeUndefined();
    const ff = new PrefixStore(base, new Uint8Array([0xff]));
    ff.set(enc('z'), enc('1'));
    expect(list(ff)).toEqual(['z=1']);
  });
});
