import { describe, test } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiStore } from './multistore.js';
import { SqliteStore } from './sqlite.js';
import { exportSnapshot, SnapshotError, SnapshotRestorer, SnapshotStore, restoreSnapshot } from './snapshot.js';
import { ItemWriter, readItems, type StreamItem } from './snapshot-items.js';
import { SnapshotItem } from 'cosmjs-types/cosmos/store/snapshots/v1/snapshot';
import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary';

const enc = new TextEncoder();
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const NAMES = ['alpha', 'beta', 'empty'];

/** A history of writes and deletes over several versions, so node versions differ through the trees. */
function history(ms: MultiStore, versions: number): void {
  for (let v = 1; v <= versions; v++) {
    for (let i = 0; i < 40; i++) {
      const k = (i * 7 + v * 13) % 97;
      ms.store('alpha').set(enc.encode(`k${k}`), enc.encode(`v${v}-${i}`));
      if (i % 5 === 0) ms.store('beta').set(enc.encode(`b${(k * 3) % 50}`), enc.encode(String(v)));
    }
    if (v % 3 === 0) for (let k = 0; k < 97; k += 11) ms.store('alpha').delete(enc.encode(`k${k}`));
    ms.commit();
  }
}

function restoreFrom(src: MultiStore, chunkSize: number, into: MultiStore): Uint8Array {
  const s = exportSnapshot(src, src.version, chunkSize);
  const r = new SnapshotRestorer(s.info, src.lastAppHash(), into.names);
  s.chunks.forEach((c, i) => r.addChunk(i, c));
  return restoreSnapshot(into, r);
}

describe('state-sync snapshots', () => {
  test('the hand-written item codec writes and reads the bytes of cosmjs-types\' SnapshotItem', () => {
    const items: StreamItem[] = [
      { kind: 'store', name: 'acc' },
      { kind: 'iavl', key: enc.encode('k'), value: enc.encode('v'.repeat(200)), version: 1, height: 0 },
      { kind: 'iavl', key: enc.encode('k2'), value: new Uint8Array(), version: 300_000, height: 0 },
      { kind: 'iavl', key: new Uint8Array(200).fill(7), value: new Uint8Array(), version: 2 ** 40, height: 17 },
      { kind: 'store', name: '' },
    ];
    const ours = new ItemWriter();
    const theirs = BinaryWriter.create();
    for (const it of items) {
      if (it.kind === 'store') ours.store(it.name);
      else ours.iavl(it.key, it.value, it.version, it.height);
      theirs.bytes(SnapshotItem.encode(it.kind === 'store' ? { store: { name: it.name } } : { iavl: { key: it.key, value: it.value, version: BigInt(it.version), height: it.height } }).finish());
    }
    const bytes = theirs.finish();
    expect(hex(ours.finish())).toBe(hex(bytes));
    expect([...readItems(bytes)]).toEqual(items);
    const r = new BinaryReader(bytes);
    const decoded: SnapshotItem[] = [];
    while (r.pos < r.len) decoded.push(SnapshotItem.decode(r.bytes()));
    expect(decoded.length).toBe(items.length);
    expect(() => [...readItems(bytes.subarray(0, bytes.length - 5))]).toThrow(/ends inside/);
  });

  test('a restored store has the app hash, contents and later commit hashes of the original', () => {
    const a = new MultiStore(NAMES);
    history(a, 9);
    const b = new MultiStore(NAMES);
    const h = restoreFrom(a, 512, b);
    expect(hex(h)).toBe(hex(a.lastAppHash()));
    expect(b.version).toBe(9);
    expect([...b.store('alpha').iterator()].map(([k, v]) => `${Buffer.from(k)}=${Buffer.from(v)}`)).toEqual([...a.store('alpha').iterator()].map(([k, v]) => `${Buffer.from(k)}=${Buffer.from(v)}`));
    // Node versions survive, so the next commits hash alike.
    for (const ms of [a, b]) {
      ms.store('beta').set(enc.encode('b7'), enc.encode('after'));
      ms.store('alpha').delete(enc.encode('k20'));
    }
    expect(hex(b.commit())).toBe(hex(a.commit()));
  });

  test('chunks are checked one by one, and the rebuilt state against the trusted app hash', () => {
    const a = new MultiStore(NAMES);
    history(a, 4);
    const s = exportSnapshot(a, 4, 300);
    expect(s.chunks.length).toBeGreaterThan(2);
    const r = new SnapshotRestorer(s.info, a.lastAppHash(), NAMES);
    const bad = new Uint8Array(s.chunks[0]!);
    bad[3] ^= 1;
    expect(() => r.addChunk(0, bad)).toThrow(/does not match its hash/);
    expect(() => r.addChunk(1, s.chunks[1]!)).toThrow(/chunk 0 was expected/);
    s.chunks.forEach((c, i) => r.addChunk(i, c));
    const lying = new SnapshotRestorer(s.info, new Uint8Array(32), NAMES);
    s.chunks.forEach((c, i) => lying.addChunk(i, c));
    expect(() => lying.finish()).toThrow(SnapshotError);
    expect(() => lying.finish()).toThrow(/light client trusts/);
    const target = new MultiStore(NAMES);
    expect(hex(restoreSnapshot(target, r))).toBe(hex(a.lastAppHash()));
    expect(() => restoreFrom(a, 300, target)).toThrow(/already at version 4/);
  });

  test('a restore into SQLite is durable: reopening gives the same version and app hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshwork-snap-'));
    try {
      const a = new MultiStore(NAMES);
      history(a, 6);
      const file = join(dir, 'state.db');
      let disk = new SqliteStore(file, NAMES);
      restoreFrom(a, 1 << 20, disk.multistore);
      disk.multistore.store('alpha').set(enc.encode('z'), enc.encode('1'));
      a.store('alpha').set(enc.encode('z'), enc.encode('1'));
      expect(hex(disk.multistore.commit())).toBe(hex(a.commit()));
      disk.close();
      disk = new SqliteStore(file, NAMES);
      expect(disk.version).toBe(7);
      expect(hex(disk.multistore.lastAppHash())).toBe(hex(a.lastAppHash()));
      disk.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the snapshot store keeps the newest snapshots on disk and serves their chunks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshwork-snaps-'));
    try {
      const a = new MultiStore(NAMES);
      const store = new SnapshotStore(join(dir, 'snapshots'), 2);
      for (let v = 1; v <= 3; v++) {
        history(a, 1);
        store.save(exportSnapshot(a, a.version, 256));
      }
      const list = store.list();
      expect(list.map((s) => s.height)).toEqual([3, 2]);
      const again = new SnapshotStore(join(dir, 'snapshots'), 2).list()[0]!;
      expect(hex(again.hash)).toBe(hex(list[0]!.hash));
      const r = new SnapshotRestorer(again, a.lastAppHash(), NAMES);
      for (let i = 0; i < again.chunks; i++) r.addChunk(i, store.loadChunk(3, again.format, i)!);
      expect(hex(restoreSnapshot(new MultiStore(NAMES), r))).toBe(hex(a.lastAppHash()));
      expect(store.loadChunk(1, again.format, 0)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
