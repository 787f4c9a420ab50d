import { describe, test, beforeEach, afterEach } from 'node:test';
import { expect } from 'expect';
import { iavlSpec, tendermintSpec, verifyMembership, verifyNonMembership } from '@confio/ics23';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ics23 } from '@confio/ics23';
import { MultiStore } from './multistore.js';
import { SqliteStore } from './sqlite.js';

const enc = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const NAMES = ['bank', 'staking', 'wasm'];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'meshwork-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Block b's writes: sets, overwrites and deletes across stores. */
function applyBlock(ms: MultiStore, b: number): void {
  const br = ms.branch();
  for (let i = 0; i < 40; i++) {
    const name = NAMES[(i + b) % NAMES.length]!;
    const k = enc(`key${(i * 13 + b * 7) % 97}`);
    if ((i + b) % 9 === 0) br.store(name).delete(k);
    else br.store(name).set(k, enc(`v${b}.${i}`));
  }
  if (b % 3 === 0) br.store('wasm').set(enc('empty'), new Uint8Array(0));
  br.write();
}

function dump(ms: MultiStore): string[] {
  const out: string[] = [];
  for (const n of NAMES) for (const [k, v] of ms.tree(n).iterate()) out.push(`${n}/${hex(k)}=${hex(v)}`);
  return out;
}

describe('SqliteStore', () => {
  test('reopen: same version, app hash, contents, proofs; later commits hash as without restart', () => {
    const path = join(dir, 'state.db');
    const mem = new MultiStore(NAMES);
    let s = new SqliteStore(path, NAMES);
    const hashes: string[] = [];
    for (let b = 1; b <= 6; b++) {
      applyBlock(mem, b);
      applyBlock(s.multistore, b);
      hashes.push(hex(s.multistore.commit()));
      expect(hex(mem.commit())).toBe(hashes[hashes.length - 1]);
    }
    const contents = dump(s.multistore);
    const proof = s.multistore.proveKey('bank', enc('key7'))!;
    s.close();

    s = new SqliteStore(path, NAMES);
    const ms = s.multistore;
    expect(ms.version).toBe(6);
    expect(hex(ms.lastAppHash())).toBe(hashes[5]);
    expect(dump(ms)).toEqual(contents);
    expect(ms.tree('wasm').get(enc('empty'))).toEqual(new Uint8Array(0));
    const proof2 = ms.proveKey('bank', enc('key7'))!;
    expect(proof2).toEqual(proof);
    const appHash = ms.lastAppHash();
    const bankRoot = ms.tree('bank').lastCommitted().hash();
    if (proof2.value !== undefined) expect(verifyMembership(proof2.proofs[0], iavlSpec, bankRoot, enc('key7'), proof2.value)).toBe(true);
    else expect(verifyNonMembership(proof2.proofs[0], iavlSpec, bankRoot, enc('key7'))).toBe(true);
    expect(verifyMembership(proof2.proofs[1], tendermintSpec, appHash, enc('bank'), bankRoot)).toBe(true);

    // continuing after the restart gives the same hashes as the store that never restarted
    for (let b = 7; b <= 9; b++) {
      applyBlock(mem, b);
      applyBlock(ms, b);
      expect(hex(ms.commit())).toBe(hex(mem.commit()));
    }
    s.close();
    s = new SqliteStore(path, NAMES);
    expect(s.version).toBe(9);
    expect(hex(s.multistore.lastAppHash())).toBe(hex(mem.lastAppHash()));
    expect(dump(s.multistore)).toEqual(dump(mem));
    s.close();
  });

  test('a fresh database reports the app hash of a fresh in-memory store (block 1 carries it)', () => {
    const s = new SqliteStore(join(dir, 'state.db'), NAMES);
    expect(hex(s.multistore.lastAppHash())).toBe(hex(new MultiStore(NAMES).lastAppHash()));
    s.close();
  });

  test('each commit inserts only the new nodes (work grows with changes, not state size)', () => {
    const path = join(dir, 'state.db');
    const s = new SqliteStore(path, NAMES);
    const ms = s.multistore;
    const br = ms.branch();
    for (let i = 0; i < 2000; i++) br.store('bank').set(enc(`acct${i}`), enc(`${i}`));
    br.write();
    ms.commit();
    const db = new Database(path, { readonly: true });
    const count = () => (db.prepare('SELECT COUNT(*) AS c FROM nodes').get() as { c: number }).c;
    expect(count()).toBe(2 * 2000 - 1);
    ms.store('bank').set(enc('acct5'), enc('changed'));
    ms.commit();
    const added = count() - (2 * 2000 - 1);
    expect(added).toBe(ms.tree('bank').height + 1); // one path from root to leaf
    ms.commit(); // empty commit: no nodes, just roots + commit row
    expect(count() - (2 * 2000 - 1)).toBe(added);
    expect((db.prepare('SELECT COUNT(*) AS c FROM roots WHERE version = 3').get() as { c: number }).c).toBe(3);
    db.close();
    s.close();
  });

  test('a failure inside the commit transaction leaves the previous version on disk and in memory', () => {
    const path = join(dir, 'state.db');
    let fail = false;
    let s = new SqliteStore(path, NAMES, {
      faultAfterNodes: () => {
        if (fail) throw new Error('simulated crash');
      },
    });
    applyBlock(s.multistore, 1);
    const h1 = hex(s.multistore.commit());
    const contents1 = dump(s.multistore);
    applyBlock(s.multistore, 2);
    fail = true;
    expect(() => s.multistore.commit()).toThrow('simulated crash');
    expect(s.multistore.version).toBe(1);
    expect(hex(s.multistore.lastAppHash())).toBe(h1);
    s.close();

    s = new SqliteStore(path, NAMES);
    expect(s.version).toBe(1);
    expect(hex(s.multistore.lastAppHash())).toBe(h1);
    expect(dump(s.multistore)).toEqual(contents1);
    const db = new Database(path, { readonly: true });
    expect((db.prepare('SELECT MAX(version) AS v FROM nodes').get() as { v: number }).v).toBe(1);
    db.close();
    s.close();
  });

  test('a failed commit can be retried in the same process and persists completely', () => {
    const path = join(dir, 'state.db');
    let fail = false;
    const s = new SqliteStore(path, NAMES, {
      faultAfterNodes: () => {
        if (fail) throw new Error('transient');
      },
    });
    const mem = new MultiStore(NAMES);
    applyBlock(s.multistore, 1);
    applyBlock(mem, 1);
    s.multistore.commit();
    mem.commit();
    applyBlock(s.multistore, 2);
    applyBlock(mem, 2);
    fail = true;
    expect(() => s.multistore.commit()).toThrow('transient');
    fail = false;
    const h2 = hex(s.multistore.commit());
    expect(h2).toBe(hex(mem.commit()));
    s.close();
    const r = new SqliteStore(path, NAMES);
    expect(r.version).toBe(2);
    expect(hex(r.multistore.lastAppHash())).toBe(h2);
    expect(dump(r.multistore)).toEqual(dump(mem));
    r.close();
  });

  test('a database with a store the app does not know is refused', () => {
    const path = join(dir, 'state.db');
    const s = new SqliteStore(path, NAMES);
    s.multistore.store('bank').set(enc('a'), enc('b'));
    s.multistore.commit();
    s.close();
    expect(() => new SqliteStore(path, ['staking', 'wasm'])).toThrow(/unknown store bank/);
  });

  test('past versions: after a restart, and beyond the in-memory window, reads and proofs come back from disk', () => {
    const path = join(dir, 'state.db');
    let s = new SqliteStore(path, NAMES, { memoryVersions: 3 });
    const contents: string[][] = [];
    const proofs: string[] = [];
    const appHashes: Uint8Array[] = [];
    const snapshot = (ms: MultiStore, v: number): { contents: string[]; proof: string } => {
      const view = ms.viewAt(v)!;
      const out: string[] = [];
      for (const n of NAMES) for (const [k, val] of view.store(n).iterator()) out.push(`${n}/${hex(k)}=${hex(val)}`);
      const p = ms.proveKey('bank', enc('key7'), v)!;
      return { contents: out, proof: JSON.stringify(p.proofs.map((x) => hex(ics23.CommitmentProof.encode(x).finish()))) + hex(p.value ?? new Uint8Array()) };
    };
    for (let b = 1; b <= 12; b++) {
      applyBlock(s.multistore, b);
      appHashes.push(s.multistore.commit());
      const snap = snapshot(s.multistore, b);
      contents.push(snap.contents);
      proofs.push(snap.proof);
    }
    // Versions 1..9 left memory (window of 3) and are read back from disk, before and after a restart.
    for (let round = 0; round < 2; round++) {
      for (let v = 1; v <= 12; v++) {
        const snap = snapshot(s.multistore, v);
        expect(snap.contents).toEqual(contents[v - 1]);
        expect(snap.proof).toBe(proofs[v - 1]);
        const p = s.multistore.proveKey('bank', enc('key7'), v)!;
        const root = appHashes[v - 1]!;
        const storeRoot = p.proofs[1].exist!.value!;
        const ok = p.value !== undefined
          ? verifyMembership(p.proofs[0], iavlSpec, storeRoot, enc('key7'), p.value)
          : verifyNonMembership(p.proofs[0], iavlSpec, storeRoot, enc('key7'));
        expect(ok).toBe(true);
        expect(verifyMembership(p.proofs[1], tendermintSpec, root, enc('bank'), storeRoot)).toBe(true);
      }
      s.close();
      s = new SqliteStore(path, NAMES, { memoryVersions: 3 });
    }
    expect(s.multistore.viewAt(13)).toBeUndefined();
    expect(s.multistore.proveKey('bank', enc('key7'), 0)).toBeUndefined();
    s.close();

    // Pruned on disk: gone for good; kept ones still load.
    s = new SqliteStore(path, NAMES, { keepRecent: 4, memoryVersions: 2 });
    applyBlock(s.multistore, 13);
    s.multistore.commit();
    expect(s.multistore.viewAt(9)).toBeUndefined();
    expect(snapshot(s.multistore, 10).contents).toEqual(contents[9]);
    s.close();
  });
});

describe('store upgrades (SDK StoreUpgrades) at an upgrade height', () => {
  test('add, rename and delete change the set in the next commit; the set survives a reopen; a deleted store is pruned', () => {
    const path = join(dir, 'state.db');
    const before = ['bank', 'old', 'gone'];
    const upgrades = { added: ['fresh'], renamed: [{ oldKey: 'old', newKey: 'renamed' }], deleted: ['gone'] };
    const after = ['bank', 'renamed', 'fresh'];
    const s = new SqliteStore(path, before, { keepRecent: 2 });
    const ms = s.multistore;
    for (const n of before) ms.store(n).set(enc('k'), enc(`${n}-v1`));
    ms.commit();
    expect(() => ms.applyStoreUpgrades({ deleted: ['nope'] })).toThrow(/cannot delete store nope/);
    expect(() => ms.applyStoreUpgrades({ added: ['bank'] })).toThrow(/cannot add store "bank"/);
    expect(ms.names).toEqual(before.slice().sort());
    ms.applyStoreUpgrades(upgrades);
    expect(() => ms.applyStoreUpgrades(upgrades)).toThrow(/cannot add store "fresh"/);
    expect([...ms.names].sort()).toEqual(after.slice().sort());
    const v1Hash = hex(ms.lastAppHash());
    ms.store('fresh').set(enc('k'), enc('fresh-v2'));
    const h2 = hex(ms.commit());
    expect(h2).not.toBe(v1Hash);
    expect(Buffer.from(ms.store('renamed').get(enc('k'))!).toString()).toBe('old-v1');
    expect(() => ms.store('gone')).toThrow(/no store named gone/);
    expect(() => ms.store('old')).toThrow(/no store named old/);
    // the same steps in memory give the same app hash; it covers exactly the new set
    const inMemory = new MultiStore(before);
    for (const n of before) inMemory.store(n).set(enc('k'), enc(`${n}-v1`));
    inMemory.commit();
    inMemory.applyStoreUpgrades(upgrades);
    inMemory.store('fresh').set(enc('k'), enc('fresh-v2'));
    expect(hex(inMemory.commit())).toBe(h2);
    expect(ms.lastCommitInfo().map((i) => i.name).sort()).toEqual(['bank', 'fresh', 'renamed']);
    for (let i = 0; i < 3; i++) ms.commit();
    s.close();

    // the new binary (its set, plus the stores upgrades touch) reopens at the same hash
    const re = new SqliteStore(path, after, { keepRecent: 2, upgradeStores: ['old', 'gone', 'fresh', 'renamed'] });
    expect([...re.multistore.names].sort()).toEqual(after.slice().sort());
    expect(Buffer.from(re.multistore.store('renamed').get(enc('k'))!).toString()).toBe('old-v1');
    // every node of the deleted store left the database with the upgrade version's pruning
    const db = new Database(path, { readonly: true });
    const goneRoots = db.prepare("SELECT COUNT(*) AS n FROM roots WHERE store = 'gone'").get() as { n: number };
    const nodes = (db.prepare('SELECT COUNT(*) AS n FROM nodes').get() as { n: number }).n;
    db.close();
    expect(goneRoots.n).toBe(0);
    expect(nodes).toBe(3);
    re.close();

    // a pre-upgrade database opened by the new binary keeps the old set until the upgrade applies it
    const prePath = join(dir, 'pre.db');
    const pre = new SqliteStore(prePath, before);
    for (const n of before) pre.multistore.store(n).set(enc('k'), enc('x'));
    pre.multistore.commit();
    pre.close();
    const preNew = new SqliteStore(prePath, after, { upgradeStores: ['old', 'gone', 'fresh', 'renamed'] });
    expect([...preNew.multistore.names].sort()).toEqual(before.slice().sort());
    preNew.close();
  });
});
