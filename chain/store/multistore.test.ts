import { describe, test } from 'node:test';
import { expect } from 'expect';
import { calculateExistenceRoot, iavlSpec, tendermintSpec, verifyMembership, verifyNonMembership } from '@confio/ics23';
import { createHash } from 'node:crypto';
import { commitInfoHash, MultiStore, simpleMerkleRoot, storeRootProof } from './multistore.js';

const enc = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const sha = (...parts: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

/** Independent RFC-6962 reference. */
function refRoot(items: Uint8Array[]): Uint8Array {
  if (items.length === 0) return sha();
  if (items.length === 1) return sha(Uint8Array.of(0), items[0]!);
  let k = 1;
  while (k * 2 < items.length) k *= 2;
  return sha(Uint8Array.of(1), refRoot(items.slice(0, k)), refRoot(items.slice(k)));
}

const NAMES = ['bank', 'staking', 'wasm', 'acc', 'distribution', 'gov', 'slashing'];

describe('simple merkle / commit info hash', () => {
  test('matches an independent RFC-6962 implementation for 0..17 leaves', () => {
    for (let n = 0; n <= 17; n++) {
      const items = Array.from({ length: n }, (_, i) => enc('item' + i));
      expect(hex(simpleMerkleRoot(items))).toBe(hex(refRoot(items)));
    }
  });

  test('commit info hash = merkle over uvarint-len-prefixed (name, sha256(root)) sorted by name', () => {
    const infos = [
      { name: 'wasm', hash: sha(enc('w')) },
      { name: 'bank', hash: sha(enc('b')) },
    ];
    const leaf = (name: string, h: Uint8Array) => {
      const k = enc(name);
      return new Uint8Array([k.length, ...k, 32, ...sha(h)]);
    };
    const expected = refRoot([leaf('bank', infos[1]!.hash), leaf('wasm', infos[0]!.hash)]);
    expect(hex(commitInfoHash(infos))).toBe(hex(expected));
    expect(hex(commitInfoHash([]))).toBe(hex(sha()));
  });

  test('store root proofs verify with tendermintSpec for every store and store count', () => {
    for (let n = 1; n <= 9; n++) {
      const infos = Array.from({ length: n }, (_, i) => ({ name: 'store' + i, hash: sha(enc('root' + i)) }));
      const root = commitInfoHash(infos);
      for (const info of infos) {
        const p = storeRootProof(infos, info.name);
        expect(verifyMembership(p, tendermintSpec, root, enc(info.name), info.hash)).toBe(true);
        expect(verifyMembership(p, tendermintSpec, root, enc(info.name), sha(enc('other')))).toBe(false);
      }
    }
  });
});

describe('MultiStore', () => {
  test('commit: all stores at the same version; app hash = commit info hash; changes are local', () => {
    const ms = new MultiStore(NAMES);
    expect(ms.version).toBe(0);
    ms.store('bank').set(enc('balance/alice'), enc('100'));
    ms.store('wasm').set(enc('code/1'), enc('wasm bytes'));
    const h1 = ms.commit();
    expect(ms.version).toBe(1);
    for (const n of NAMES) expect(ms.tree(n).version).toBe(1);
    expect(hex(h1)).toBe(hex(commitInfoHash(ms.lastCommitInfo())));
    expect(hex(ms.lastAppHash())).toBe(hex(h1));
    const stakingRoot = hex(ms.tree('staking').lastCommitted().hash());
    // an empty commit keeps every store root (IAVL roots don't change without writes) and the app hash
    const h2 = ms.commit();
    expect(ms.version).toBe(2);
    expect(hex(h2)).toBe(hex(h1));
    ms.store('bank').set(enc('balance/bob'), enc('5'));
    const h3 = ms.commit();
    expect(hex(h3)).not.toBe(hex(h1));
    expect(hex(ms.tree('staking').lastCommitted().hash())).toBe(stakingRoot);
  });

  test('workingHash predicts commit; rollback drops uncommitted writes', () => {
    const ms = new MultiStore(['a', 'b']);
    ms.store('a').set(enc('k'), enc('v'));
    const w = ms.workingHash();
    expect(hex(ms.commit())).toBe(hex(w));
    ms.store('b').set(enc('x'), enc('y'));
    ms.rollback();
    expect(ms.store('b').get(enc('x'))).toBeUndefined();
    expect(hex(ms.commit())).toBe(hex(w));
  });

  test('key proofs chain: iavl proof → store root, store proof → app hash', () => {
    const ms = new MultiStore(NAMES);
    for (let i = 0; i < 50; i++) {
      ms.store(NAMES[i % NAMES.length]!).set(enc('key' + i), enc('value' + i));
    }
    const appHash = ms.commit();
    for (let i = 0; i < 50; i += 7) {
      const name = NAMES[i % NAMES.length]!;
      const key = enc('key' + i);
      const { value, proofs } = ms.proveKey(name, key)!;
      expect(value).toEqual(enc('value' + i));
      const [iavlProof, storeProof] = proofs;
      // level 1: key in the store root, which the proof itself computes
      const storeRoot = calculateExistenceRoot(iavlProof.exist!);
      expect(verifyMembership(iavlProof, iavlSpec, storeRoot, key, value!)).toBe(true);
      // level 2: that store root in the app hash
      expect(verifyMembership(storeProof, tendermintSpec, appHash, enc(name), storeRoot)).toBe(true);
      expect(hex(storeRoot)).toBe(hex(ms.tree(name).lastCommitted().hash()));
    }
    // non-membership: iavl non-existence under the store root, chained the same way
    const { value, proofs } = ms.proveKey('bank', enc('key0zzz'))!;
    expect(value).toBeUndefined();
    const bankRoot = ms.tree('bank').lastCommitted().hash();
    expect(verifyNonMembership(proofs[0], iavlSpec, bankRoot, enc('key0zzz'))).toBe(true);
    expect(verifyMembership(proofs[1], tendermintSpec, appHash, enc('bank'), bankRoot)).toBe(true);
    // a proof against a stale app hash fails
    ms.store('bank').set(enc('new'), enc('x'));
    const appHash2 = ms.commit();
    expect(verifyMembership(proofs[1], tendermintSpec, appHash2, enc('bank'), bankRoot)).toBe(false);
    // proofs at the earlier version still verify against its app hash (relayers prove at H-1 once H exists)
    const old = ms.proveKey('bank', enc('key0zzz'), ms.version - 1)!;
    expect(verifyNonMembership(old.proofs[0], iavlSpec, bankRoot, enc('key0zzz'))).toBe(true);
    expect(verifyMembership(old.proofs[1], tendermintSpec, appHash, enc('bank'), bankRoot)).toBe(true);
    const newer = ms.proveKey('bank', enc('new'), ms.version)!;
    expect(verifyMembership(newer.proofs[1], tendermintSpec, appHash2, enc('bank'), calculateExistenceRoot(newer.proofs[0].exist!))).toBe(true);
    expect(ms.proveKey('bank', enc('new'), ms.version + 1)).toBeUndefined();
  });

  test('branch: nested CacheKV per store, written back on success, discarded on failure', () => {
    const ms = new MultiStore(['bank', 'wasm']);
    ms.store('bank').set(enc('a'), enc('1'));
    ms.commit();
    const block = ms.branch();
    const tx1 = block.branch();
    tx1.store('bank').set(enc('a'), enc('2'));
    tx1.store('wasm').set(enc('c'), enc('3'));
    expect(block.store('bank').get(enc('a'))).toEqual(enc('1'));
    tx1.write();
    expect(block.store('bank').get(enc('a'))).toEqual(enc('2'));
    expect(ms.store('bank').get(enc('a'))).toEqual(enc('1'));
    const tx2 = block.branch();
    const sub = tx2.branch();
    sub.store('bank').delete(enc('a'));
    sub.write();
    expect(tx2.store('bank').get(enc('a'))).toBeUndefined();
    tx2.discard(); // failed tx
    expect(block.store('bank').get(enc('a'))).toEqual(enc('2'));
    block.write();
    expect(ms.store('bank').get(enc('a'))).toEqual(enc('2'));
    expect(ms.store('wasm').get(enc('c'))).toEqual(enc('3'));
    expect(() => block.store('nope')).toThrow();
    ms.commit();
    expect(ms.version).toBe(2);
  });

  test('a throwing committer aborts the commit: nothing advances', () => {
    const ms = new MultiStore(['a']);
    ms.store('a').set(enc('k'), enc('v'));
    const h1 = ms.commit();
    ms.store('a').set(enc('k'), enc('v2'));
    ms.committer = () => {
      throw new Error('disk full');
    };
    expect(() => ms.commit()).toThrow('disk full');
    expect(ms.version).toBe(1);
    expect(hex(ms.lastAppHash())).toBe(hex(h1));
    expect(ms.tree('a').lastCommitted().get(enc('k'))).toEqual(enc('v'));
    ms.committer = undefined;
    ms.commit();
    expect(ms.version).toBe(2);
  });

  test('same writes → same app hashes (determinism across instances)', () => {
    const run = () => {
      const ms = new MultiStore(NAMES);
      const out: string[] = [];
      for (let b = 0; b < 5; b++) {
        const br = ms.branch();
        for (let i = 0; i < 20; i++) br.store(NAMES[(b + i) % NAMES.length]!).set(enc(`k${(i * 7 + b) % 13}`), enc(`v${b}.${i}`));
        br.write();
        out.push(hex(ms.commit()));
      }
      return out;
    };
    expect(run()).toEqual(run());
  });
});
