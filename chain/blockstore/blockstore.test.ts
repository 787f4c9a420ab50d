import { describe, test, beforeEach, afterEach } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sha256 } from '@noble/hashes/sha2.js';
import type { ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import { toHex, utf8 } from '../kernel/keys.js';
import { MemoryBlockStore } from './memory.js';
import { SqliteBlockStore } from './sqlite.js';
import { parseQuery } from './query.js';
import { IndexSearcher, SearchTooExpensiveError } from './search.js';
import { BackgroundSearch } from './background-search.js';
import type { BlockRecord, BlockStore } from './types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'meshwork-blockstore-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const attr = (key: string, value: string, index = true) => ({ key, value, index });

function result(i: number, sender: string, recipient: string): ExecTxResult {
  return {
    code: i % 7 === 6 ? 5 : 0,
    data: utf8(`data${i}`),
    log: '',
    info: '',
    gasWanted: 200000n,
    gasUsed: BigInt(50000 + i),
    codespace: i % 7 === 6 ? 'sdk' : '',
    events: [
      { type: 'message', attributes: [attr('action', '/cosmos.bank.v1beta1.MsgSend'), attr('sender', sender), attr('msg_index', '0')] },
      { type: 'transfer', attributes: [attr('recipient', recipient), attr('sender', sender), attr('amount', `${i}stake`), attr('secret', 'x', false)] },
      { type: 'seq', attributes: [attr('n', String(i))] },
    ],
  };
}

/** Block h holds h txs (tx i global numbering); sender alternates alice/bob, recipients carol/dave. */
function record(h: number, counter: { n: number }): BlockRecord {
  const txs: Uint8Array[] = [];
  const results: ExecTxResult[] = [];
  for (let k = 0; k < h; k++) {
    const i = counter.n++;
    txs.push(utf8(`tx-${i}`));
    results.push(result(i, i % 2 === 0 ? 'alice' : 'bob', i % 3 === 0 ? 'carol' : 'dave'));
  }
  const hash = sha256(utf8(`block-${h}`));
  const blockId = { hash, partSetHeader: { total: 1, hash: sha256(hash) } };
  const commit = { height: BigInt(h), round: 0, blockId, signatures: [{ blockIdFlag: 2, validatorAddress: new Uint8Array(20).fill(h), timestamp: { seconds: BigInt(h), nanos: 0 }, signature: new Uint8Array(64).fill(1) }] };
  return {
    block: {
      header: {
        version: { block: 11n, app: 0n },
        chainId: 'c',
        height: BigInt(h),
        time: { seconds: 1000n + BigInt(h), nanos: 5 },
        lastBlockId: { hash: new Uint8Array(), partSetHeader: { total: 0, hash: new Uint8Array() } },
        lastCommitHash: new Uint8Array(32),
        dataHash: new Uint8Array(32),
        validatorsHash: new Uint8Array(32),
        nextValidatorsHash: new Uint8Array(32),
        consensusHash: new Uint8Array(32),
        appHash: new Uint8Array(32).fill(h),
        lastResultsHash: new Uint8Array(32),
        evidenceHash: new Uint8Array(32),
        proposerAddress: new Uint8Array(20).fill(7),
      },
      blockId,
      txs,
      lastCommit: { height: BigInt(h - 1), round: 0, blockId, signatures: [] },
      evidence: [],
    },
    commit,
    results: {
      height: h,
      txResults: results,
      finalizeBlockEvents: [{ type: 'mint', attributes: [attr('amount', String(h))] }],
      validatorUpdates: h === 2 ? [{ pubKey: new Uint8Array(32).fill(9), power: 5n }] : [],
      appHash: sha256(utf8(`app-${h}`)),
    },
    validatorSets: [{ height: h + 2, set: { validators: [], totalVotingPower: BigInt(h) } }],
    pendingEvidence: [],
  };
}

function fill(store: BlockStore, n: number): void {
  const counter = { n: 0 };
  for (let h = 1; h <= n; h++) store.saveBlock(record(h, counter));
}

const stores: [string, () => BlockStore][] = [
  ['memory', () => new MemoryBlockStore()],
  ['sqlite', () => new SqliteBlockStore(join(dir, 'blocks.db'))],
];

for (const [name, make] of stores) {
  describe(`BlockStore (${name})`, () => {
    test('blocks, commits, results, validator sets and txs by hash round-trip', () => {
      const s = make();
      fill(s, 6); // 21 txs, numbered 0..20
      expect(s.height).toBe(6);
      const counter = { n: 6 }; // block 4 holds txs 6..9
      const want = record(4, counter);
      const b = s.block(4)!;
      expect(b.header.height).toBe(4n);
      expect(b.header.appHash).toEqual(want.block.header.appHash);
      expect(b.header.time).toEqual({ seconds: 1004n, nanos: 5 });
      expect(b.txs.map((t) => new TextDecoder().decode(t))).toEqual(['tx-6', 'tx-7', 'tx-8', 'tx-9']);
      expect(s.heightOf(want.block.blockId.hash)).toBe(4);
      expect(s.commit(4)!.signatures[0]!.validatorAddress).toEqual(new Uint8Array(20).fill(4));
      const r = s.results(2)!;
      expect(r.appHash).toEqual(sha256(utf8('app-2')));
      expect(r.validatorUpdates).toEqual([{ pubKey: new Uint8Array(32).fill(9), power: 5n }]);
      expect(r.finalizeBlockEvents[0]!.attributes[0]!.value).toBe('2');
      expect(r.txResults.map((x) => x.gasUsed)).toEqual([50001n, 50002n]);
      expect(s.validatorSet(8)!.totalVotingPower).toBe(6n);
      expect(s.block(7)).toBeUndefined();
      const t = s.tx(sha256(utf8('tx-13')))!;
      expect([t.height, t.index]).toEqual([5, 3]);
      expect(t.result.events[1]!.attributes[0]!.value).toBe('dave');
      expect(() => s.saveBlock(record(9, { n: 100 }))).toThrow(/saving height 9 after 6/);
      s.close();
    });

    test('tx_search: equality, AND, height ranges, numeric ranges, CONTAINS, EXISTS, unindexed attributes', () => {
      const s = make();
      fill(s, 6);
      const heights = (q: string) => s.searchTxs(q, { perPage: 100 }).txs.map((t) => `${t.height}/${t.index}`);
      expect(s.searchTxs('tx.height=3').total).toBe(3);
      expect(heights("tx.hash='" + toHex(sha256(utf8('tx-13'))).toUpperCase() + "'")).toEqual(['5/3']);
      // tx i: sender alice for even i, recipient carol when i % 3 == 0 → i % 6 == 0: 0, 6, 12, 18.
      expect(heights("message.sender='alice' AND transfer.recipient='carol'")).toEqual(['1/0', '4/0', '5/2', '6/3']);
      expect(heights("transfer.recipient='carol' AND tx.height>=5")).toEqual(['5/2', '6/0', '6/3']);
      expect(heights('tx.height>4 AND tx.height<=5')).toEqual(['5/0', '5/1', '5/2', '5/3', '5/4']);
      expect(heights('seq.n>=18')).toEqual(['6/3', '6/4', '6/5']);
      expect(heights('seq.n=2')).toEqual(['2/1']);
      expect(heights("transfer.amount CONTAINS '20'")).toEqual(['6/5']);
      expect(s.searchTxs('seq.n EXISTS').total).toBe(21);
      expect(s.searchTxs("transfer.secret='x'").total).toBe(0);
      expect(s.searchTxs("message.sender='nobody'")).toEqual({ txs: [], total: 0 });
      s.close();
    });

    test('tx_search pagination and order', () => {
      const s = make();
      fill(s, 6);
      const q = "message.sender='bob'"; // odd i: 10 txs
      const p1 = s.searchTxs(q, { perPage: 4, page: 1 });
      const p3 = s.searchTxs(q, { perPage: 4, page: 3 });
      expect(p1.total).toBe(10);
      expect(p1.txs.map((t) => `${t.height}/${t.index}`)).toEqual(['2/0', '3/0', '3/2', '4/1']);
      expect(p3.txs.map((t) => `${t.height}/${t.index}`)).toEqual(['6/2', '6/4']);
      const desc = s.searchTxs(q, { perPage: 2, order: 'desc' });
      expect(desc.txs.map((t) => `${t.height}/${t.index}`)).toEqual(['6/4', '6/2']);
      expect(() => s.searchTxs(q, { perPage: 4, page: 4 })).toThrow(/page should be within \[1, 3\] range, given 4/);
      expect(s.searchTxs("message.sender='zed'", { page: 1 }).total).toBe(0);
      expect(() => s.searchTxs('')).toThrow(/empty query/);
      expect(s.searchTxs('seq.n EXISTS', { perPage: 1000 }).txs.length).toBe(21); // clamped to 100
      expect(s.searchTxs('seq.n EXISTS').txs.length).toBe(21);
      s.close();
    });

    test("quoted numbers compare as numbers (tx.height='3', seq.n>='18'), as CometBFT's query parser reads them", () => {
      const s = make();
      fill(s, 6);
      const heights = (q: string) => s.searchTxs(q, { perPage: 100 }).txs.map((t) => `${t.height}/${t.index}`);
      expect(heights("tx.height='3'")).toEqual(heights('tx.height=3'));
      expect(s.searchTxs("tx.height='3'").total).toBe(3);
      expect(heights("seq.n>='18'")).toEqual(['6/3', '6/4', '6/5']);
      expect(heights("tx.height>'4' AND tx.height<='5'")).toEqual(heights('tx.height>4 AND tx.height<=5'));
      s.close();
    });
  });
}

describe('bounded search (SQLite index)', () => {
  test('a search past its row budget is refused as too expensive; narrowing it answers', () => {
    const s = new SqliteBlockStore(join(dir, 'blocks.db'));
    fill(s, 6);
    const searcher = new IndexSearcher(s.db);
    const budget = { maxRows: 10, maxMs: 60_000 };
    // 21 seq.n entries to read: over 10.
    expect(() => searcher.searchTxs(parseQuery('seq.n EXISTS'), {}, budget)).toThrow(SearchTooExpensiveError);
    expect(() => searcher.searchTxs(parseQuery('seq.n EXISTS'), {}, budget)).toThrow(/query too expensive: tx_search would examine more than 10 index entries/);
    // An exact value reads only its own entries, and the rest is checked on the few candidates.
    const narrow = searcher.searchTxs(parseQuery("seq.n='18'"), {}, budget);
    expect(narrow).toEqual({ total: 1, positions: [[6, 3]] });
    // A height range alone is counted by the primary key, without reading rows.
    expect(searcher.searchTxs(parseQuery('tx.height>=1'), { perPage: 2 }, budget)).toEqual({ total: 21, positions: [[1, 0], [2, 0]] });
    // Block scans count too.
    expect(() => searcher.searchBlocks(parseQuery("x.y='1'"), {}, { maxRows: 20, maxMs: 60_000 })).toThrow(/block_search would examine more than 20/);
    expect(searcher.searchBlocks(parseQuery("x.y='1' AND block.height=2"), {}, { maxRows: 20, maxMs: 60_000 })).toEqual({ total: 0, heights: [] });
    s.close();
  });

  test('many candidates are intersected index by index; few are checked one by one; both agree with the unbounded answer', () => {
    const s = new SqliteBlockStore(join(dir, 'blocks.db'));
    fill(s, 40); // 820 txs
    const searcher = new IndexSearcher(s.db);
    const q = "message.sender='alice' AND transfer.recipient='carol' AND seq.n EXISTS AND transfer.amount CONTAINS '1'";
    const r = searcher.searchTxs(parseQuery(q), { perPage: 100 });
    const m = new MemoryBlockStore();
    fill(m, 40);
    const want = m.searchTxs(q, { perPage: 100 });
    expect(r.total).toBe(want.total);
    expect(r.positions).toEqual(want.txs.map((t) => [t.height, t.index]));
    s.close();
  });

  test('searches run in a worker on their own read connection and see committed blocks', async () => {
    const file = join(dir, 'blocks.db');
    const s = new SqliteBlockStore(file);
    const bg = new BackgroundSearch(file, { budget: { maxRows: 10, maxMs: 60_000 } });
    try {
      fill(s, 6);
      expect(await bg.searchTxs("seq.n='18'", {})).toEqual({ total: 1, positions: [[6, 3]] });
      await expect(bg.searchTxs('seq.n EXISTS', {})).rejects.toThrow(/query too expensive/);
      await expect(bg.searchTxs("a.b='x' OR c.d='y'", {})).rejects.toMatchObject({ kind: 'parse' });
      expect(await bg.searchBlocks('block.height>=5', {})).toEqual({ total: 2, heights: [5, 6] });
    } finally {
      await bg.close();
      s.close();
    }
  });
});

describe('query parser', () => {
  test('conditions, operators and errors', () => {
    expect(parseQuery("send_packet.packet_connection='connection-0' AND tx.height>=12")).toEqual([
      { key: 'send_packet.packet_connection', op: '=', value: 'connection-0' },
      { key: 'tx.height', op: '>=', value: 12n },
    ]);
    expect(parseQuery("a.b EXISTS AND c.d CONTAINS 'x y'")).toEqual([
      { key: 'a.b', op: 'EXISTS', value: undefined },
      { key: 'c.d', op: 'CONTAINS', value: 'x y' },
    ]);
    expect(() => parseQuery("a.b='x' OR c.d='y'")).toThrow(/expected AND/);
    expect(() => parseQuery('a.b=')).toThrow(/quoted string/);
  });

  test('bounds: identical conditions merge; more than 16 distinct ones or 4096 characters are refused', () => {
    expect(parseQuery(Array.from({ length: 200 }, () => 'a.b EXISTS').join(' AND '))).toEqual([{ key: 'a.b', op: 'EXISTS', value: undefined }]);
    expect(parseQuery(Array.from({ length: 16 }, (_, i) => `a.b=${i}`).join(' AND '))).toHaveLength(16);
    expect(() => parseQuery(Array.from({ length: 17 }, (_, i) => `a.b=${i}`).join(' AND '))).toThrow(/at most 16 distinct conditions/);
    expect(() => parseQuery(`a.b='${'x'.repeat(4100)}'`)).toThrow(/longer than 4096/);
  });
});

describe('SqliteBlockStore sharing the state database', () => {
  test('block rows and the state commit are one transaction: a failing state commit leaves no block', () => {
    const db = new Database(join(dir, 'state.db'));
    const s = new SqliteBlockStore(db);
    const counter = { n: 0 };
    s.saveBlock(record(1, counter), () => db.prepare('CREATE TABLE marker (x)').run());
    expect(() =>
      s.saveBlock(record(2, counter), () => {
        throw new Error('disk full');
      }),
    ).toThrow(/disk full/);
    expect(s.height).toBe(1);
    expect(s.block(2)).toBeUndefined();
    expect(s.searchTxs('tx.height=2').total).toBe(0);
    const reopened = new SqliteBlockStore(db);
    expect(reopened.height).toBe(1);
    db.close();
  });
});

describe('SqliteBlockStore.saveBlockSliced', () => {
  test('writes the same rows as saveBlock, pausing between txs; until it commits, reads by hash do not see the block', async () => {
    const whole = new SqliteBlockStore(new Database(join(dir, 'whole.db')));
    const db = new Database(join(dir, 'sliced.db'));
    const sliced = new SqliteBlockStore(db);
    const a = { n: 0 };
    const b = { n: 0 };
    let pauses = 0;
    let stateCommitted = 0;
    for (let h = 1; h <= 5; h++) {
      const rec = record(h, a);
      whole.saveBlock(record(h, b), () => undefined);
      const hashOfLast = sha256(rec.block.txs[h - 1]!);
      const saving = sliced.saveBlockSliced(rec, () => stateCommitted++, () => {
        pauses++;
        // Mid-block: another reader on this connection (RPC) sees the previous height only.
        expect(sliced.height).toBe(h - 1);
        expect(sliced.heightOf(rec.block.blockId.hash)).toBeUndefined();
        return new Promise<void>((resolve) => setImmediate(resolve));
      });
      await saving;
      expect(sliced.tx(hashOfLast)).toMatchObject({ height: h, index: h - 1 });
    }
    expect(pauses).toBe(15);
    expect(stateCommitted).toBe(5);
    const dump = (d: Database.Database) => ['bs_blocks', 'bs_txs', 'bs_tx_events ORDER BY height, idx, key, value', 'bs_validator_sets'].map((t) => d.prepare(`SELECT * FROM ${t}`).all());
    expect(dump(db)).toEqual(dump(whole.db));
    whole.db.close();
    db.close();
  });

  test('a failure mid-block, or in the state commit, rolls the whole block back', async () => {
    const db = new Database(join(dir, 'state.db'));
    const s = new SqliteBlockStore(db);
    const counter = { n: 0 };
    await s.saveBlockSliced(record(1, counter), () => undefined, () => undefined);
    const rec2 = record(2, counter);
    let n = 0;
    await expect(
      s.saveBlockSliced(rec2, () => undefined, () => {
        if (++n === 2) throw new Error('stopped mid-block');
        return undefined;
      }),
    ).rejects.toThrow(/stopped mid-block/);
    await expect(
      s.saveBlockSliced(rec2, () => {
        throw new Error('disk full');
      }, () => undefined),
    ).rejects.toThrow(/disk full/);
    expect(db.inTransaction).toBe(false);
    expect(s.height).toBe(1);
    expect(s.block(2)).toBeUndefined();
    expect(s.searchTxs('tx.height=2').total).toBe(0);
    await s.saveBlockSliced(rec2, () => undefined, () => undefined);
    expect(new SqliteBlockStore(db).height).toBe(2);
    db.close();
  });
});
