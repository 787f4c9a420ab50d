/** CONFORMANCE.md §13 (queue.wasm, iterators) and the §2 db_scan/db_next items observable through it. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Order } from '../../src/backend.js';
import { CREATOR, b64, dataText, Harness, mockInfo } from '../testkit/conformance-corpus.js';

const INFO = mockInfo(CREATOR);

function setup(): Harness {
  const h = new Harness('queue');
  h.instantiate(INFO, {});
  return h;
}

const enqueue = (h: Harness, value: number) => h.execute(INFO, { enqueue: { value } });
const count = (h: Harness) => h.query<{ count: number }>({ count: {} }).count;
const sum = (h: Harness) => h.query<{ sum: number }>({ sum: {} }).sum;

describe('queue.wasm', () => {
  test('fresh: count 0, sum 0; enqueue 25 -> 1/25; 25, 35, 45 -> 3/105', () => {
    const h = setup();
    expect(count(h)).toBe(0);
    expect(sum(h)).toBe(0);
    enqueue(h, 25);
    expect(count(h)).toBe(1);
    expect(sum(h)).toBe(25);
    const h2 = setup();
    for (const v of [25, 35, 45]) enqueue(h2, v);
    expect(count(h2)).toBe(3);
    expect(sum(h2)).toBe(105);
  });

  test('keys are 4-byte big-endian counters from 00000000, values {"value":n}', () => {
    const h = setup();
    for (const v of [7, -3]) enqueue(h, v);
    expect(h.backend.storage.entries().map((e) => [Buffer.from(e.key).toString('hex'), Buffer.from(e.value).toString()])).toEqual([
      ['00000000', '{"value":7}'],
      ['00000001', '{"value":-3}'],
    ]);
  });

  test('enqueue 25, 17; dequeue -> data {"value":25}; count 1, sum 17', () => {
    const h = setup();
    enqueue(h, 25);
    enqueue(h, 17);
    const res = h.execute(INFO, { dequeue: {} }).value;
    expect(res.data).toBe(b64('{"value":25}'));
    expect(dataText(res)).toBe('{"value":25}');
    expect(count(h)).toBe(1);
    expect(sum(h)).toBe(17);
    // dequeue on an empty queue: ok, no data
    h.execute(INFO, { dequeue: {} });
    expect(h.execute(INFO, { dequeue: {} }).value.data).toBeNull();
  });

  test('reducer with two iterators open at once', () => {
    const h = setup();
    for (const v of [40, 15, 85, -10]) enqueue(h, v);
    expect(h.query({ reducer: {} })).toEqual({ counters: [[40, 85], [15, 125], [85, 0], [-10, 140]] });
  });

  test('migrate {} deletes all keys and enqueues 100, 101, 102', () => {
    const h = setup();
    enqueue(h, 25);
    enqueue(h, 17);
    h.migrate({});
    expect(count(h)).toBe(3);
    expect(sum(h)).toBe(303);
    expect(h.backend.storage.entries().map((e) => Buffer.from(e.key).toString('hex'))).toEqual(['00000000', '00000001', '00000002']);
  });

  test('list: start==end empty, end exclusive, start inclusive', () => {
    const h = setup();
    for (let i = 0; i < 0x25; i++) enqueue(h, i);
    for (let i = 0; i < 0x19; i++) h.execute(INFO, { dequeue: {} });
    expect(h.query({ list: {} })).toEqual({ empty: [], early: [25, 26, 27, 28, 29, 30, 31], late: [32, 33, 34, 35, 36] });
  });

  test('open_iterators 0, 1, 321 -> {} (iterators opened and never drained)', () => {
    const h = setup();
    enqueue(h, 1);
    for (const n of [0, 1, 321]) expect(h.query({ open_iterators: { count: n } })).toEqual({});
  });

  test('enqueue uses a descending scan; dequeue and count use ascending scans', () => {
    const h = setup();
    const scans: Order[] = [];
    const storage = h.backend.storage;
    const origScan = storage.scan.bind(storage);
    storage.scan = (start, end, order) => {
      scans.push(order);
      return origScan(start, end, order);
    };
    enqueue(h, 1);
    expect(scans).toEqual([Order.Descending]);
    scans.length = 0;
    h.execute(INFO, { dequeue: {} });
    expect(scans).toEqual([Order.Ascending]);
    scans.length = 0;
    count(h);
    expect(scans).toEqual([Order.Ascending]);
  });

  test('iterator gas is charged: count over more items costs more', () => {
    const h = setup();
    enqueue(h, 1);
    const g1 = h.queryRaw({ count: {} }).gasUsedExternally;
    for (let i = 0; i < 10; i++) enqueue(h, i);
    const g11 = h.queryRaw({ count: {} }).gasUsedExternally;
    // scan 11 + last iteration 37 external; records are `cost` upstream (see MockStorage docs)
    expect(g11).toBeGreaterThan(g1);
  });
});
