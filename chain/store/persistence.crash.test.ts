/**
 * Crash safety of the persisted chain: a child process commits blocks (state + block store in one
 * SQLite database, pruning on) and is SIGKILLed at seeded random moments; after every kill the
 * database must reopen at a consistent height whose app hash is the uninterrupted reference run's.
 * Also: pruning keeps exactly the last N versions, on disk and in memory.
 */
import { describe, test, beforeEach, afterEach } from 'node:test';
import { expect } from 'expect';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from './sqlite.js';
import { MultiStore } from './multistore.js';
import type { Node } from './iavl.js';
import { SqliteBlockStore } from '../blockstore/sqlite.js';
import { openChain, produceNext, type CrashChain } from './testkit/crash-chain.js';
import { toHex } from '../kernel/keys.js';
import { prng } from '../../runtime/test/testkit/wasm-builder.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHILD = join('chain', 'store', 'testkit', 'crash-child.ts');
const KILLS = 30;
const KEEP_RECENT = 5;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'meshwork-crash-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});


/**
 * Runs the child; with `killAfterMs`, SIGKILLs it that long after it reports its first durable block
 * (so every run makes progress and the kill lands somewhere inside a later block's execution or commit).
 */
function runChild(db: string, stopHeight: number, killAfterMs: number | undefined): Promise<{ killed: boolean; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', './scripts/test-loader.mjs', CHILD, db, String(stopHeight), String(KEEP_RECENT)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (killAfterMs !== undefined && timer === undefined && out.includes('block ')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve({ killed: true, out });
      else if (code === 0) resolve({ killed: false, out });
      else reject(new Error(`crash child exited with ${code}: ${err}`));
    });
  });
}

describe('crash safety (SIGKILL during block commits)', () => {
  test(`${KILLS} kills at seeded random moments: every reopen is consistent and matches the reference run`, async () => {
    const db = join(dir, 'chain.db');
    const reference: CrashChain = openChain(undefined);
    const refHashes: string[] = [''];
    const referenceAt = (h: number): string => {
      while (refHashes.length <= h) refHashes.push(produceNext(reference).appHash);
      return refHashes[h]!;
    };
    const rand = prng(20240611);
    const seen = new Set<number>();
    let lastHeight = 0;
    for (let i = 0; i < KILLS; i++) {
      const { killed } = await runChild(db, 1_000_000, Math.floor(rand() * 100));
      expect(killed).toBe(true);
      // Reopen exactly as a restarted node would: the state, and the block store in the same file.
      const state = new SqliteStore(db, ['acc', 'bank', 'valtest'], { keepRecent: KEEP_RECENT });
      const blocks = new SqliteBlockStore(state.database);
      const h = state.version;
      expect(blocks.height).toBe(h);
      expect(h).toBeGreaterThan(lastHeight); // the block the child reported is durable
      if (h > 0) {
        expect(toHex(blocks.results(h)!.appHash)).toBe(toHex(state.multistore.lastAppHash()));
        expect(toHex(blocks.results(h)!.appHash)).toBe(referenceAt(h));
        expect(blocks.block(h)!.header.height).toBe(BigInt(h));
        if (h > 1) expect(toHex(blocks.block(h)!.header.appHash)).toBe(referenceAt(h - 1));
      }
      expect(blocks.block(h + 1)).toBeUndefined();
      expect(blocks.commit(h + 1)).toBeUndefined();
      const commits = state.database.prepare('SELECT COUNT(*) AS n FROM commits').get() as { n: number };
      expect(commits.n).toBeLessThanOrEqual(KEEP_RECENT);
      state.close();
      seen.add(h);
      lastHeight = h;
    }
    expect(seen.size).toBe(KILLS);
    // Let it run undisturbed to a later height: the whole history equals the reference.
    const target = lastHeight + 5;
    const { killed, out } = await runChild(db, target, undefined);
    expect(killed).toBe(false);
    expect(out).toContain(`done ${target}`);
    const chain = openChain(db, KEEP_RECENT);
    expect(chain.driver.height).toBe(target);
    for (let h = 1; h <= target; h++) expect(toHex(chain.driver.blockStore.results(h)!.appHash)).toBe(referenceAt(h));
    // Continuing in this process too: same hashes as the reference.
    for (let k = 0; k < 3; k++) {
      const b = produceNext(chain);
      expect(b.appHash).toBe(referenceAt(b.height));
    }
    chain.close();
  });
});

const NAMES = ['bank', 'staking', 'wasm'];
const enc = (s: string) => new TextEncoder().encode(s);

function applyBlock(ms: MultiStore, b: number): void {
  const br = ms.branch();
  for (let i = 0; i < 30; i++) {
    const name = NAMES[(i + b) % NAMES.length]!;
    const k = enc(`key${(i * 13 + b * 7) % 61}`);
    if ((i + b) % 5 === 0) br.store(name).delete(k);
    else br.store(name).set(k, enc(`v${b}.${i}`));
  }
  br.write();
}

function dump(ms: MultiStore, version: number): string[] {
  const view = ms.viewAt(version)!;
  const out: string[] = [];
  for (const n of NAMES) for (const [k, v] of view.store(n).iterator(undefined, undefined)) out.push(`${n}/${toHex(k)}=${toHex(v)}`);
  return out;
}

/** Distinct nodes reachable from the kept versions' roots. */
function reachable(ms: MultiStore, versions: number[]): number {
  const seen = new Set<Node>();
  for (const name of NAMES) {
    for (const v of versions) {
      const stack = [ms.tree(name).at(v)?.root];
      while (stack.length > 0) {
        const n = stack.pop();
        if (n === undefined || seen.has(n)) continue;
        seen.add(n);
        stack.push(n.left, n.right);
      }
    }
  }
  return seen.size;
}

describe('pruning (keepRecent)', () => {
  test('keeps exactly the last N versions on disk and in memory, deletes every other node, hashes unchanged', () => {
    const path = join(dir, 'pruned.db');
    const full = new MultiStore(NAMES);
    let s = new SqliteStore(path, NAMES, { keepRecent: 3 });
    for (let b = 1; b <= 20; b++) {
      applyBlock(full, b);
      applyBlock(s.multistore, b);
      expect(toHex(s.multistore.commit())).toBe(toHex(full.commit()));
    }
    const ms = s.multistore;
    expect(ms.viewAt(17)).toBeUndefined();
    for (const v of [18, 19, 20]) expect(dump(ms, v)).toEqual(dump(full, v));
    const count = (sql: string) => (s.database.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT COUNT(*) AS n FROM commits')).toBe(3);
    expect(count('SELECT MIN(version) AS n FROM roots')).toBe(18);
    // Exactly the nodes the three kept versions use remain: nothing leaked, nothing missing.
    expect(count('SELECT COUNT(*) AS n FROM nodes')).toBe(reachable(ms, [18, 19, 20]));
    s.close();
    s = new SqliteStore(path, NAMES, { keepRecent: 3 });
    expect(s.version).toBe(20);
    expect(toHex(s.multistore.lastAppHash())).toBe(toHex(full.lastAppHash()));
    for (let b = 21; b <= 25; b++) {
      applyBlock(full, b);
      applyBlock(s.multistore, b);
      expect(toHex(s.multistore.commit())).toBe(toHex(full.commit()));
    }
    expect(dump(s.multistore, 25)).toEqual(dump(full, 25));
    s.close();
    const db = new Database(path);
    expect((db.prepare('SELECT MIN(version) AS n FROM commits').get() as { n: number }).n).toBe(23);
    db.close();
  });

  test('MultiStore.keepRecent drops old versions from memory; default keeps all', () => {
    const kept = new MultiStore(NAMES, { keepRecent: 2 });
    const all = new MultiStore(NAMES);
    for (let b = 1; b <= 5; b++) {
      applyBlock(kept, b);
      kept.commit();
      applyBlock(all, b);
      all.commit();
    }
    expect(kept.viewAt(3)).toBeUndefined();
    expect(kept.viewAt(4)).toBeDefined();
    expect(all.viewAt(1)).toBeDefined();
    expect(() => new MultiStore(NAMES, { keepRecent: -1 })).toThrow(/keepRecent/);
  });
});
