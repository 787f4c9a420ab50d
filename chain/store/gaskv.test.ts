import { describe, test } from 'node:test';
import { expect } from 'expect';
import { BasicGasMeter, GasKV, InfiniteGasMeter, KV_GAS_CONFIG } from './gaskv.js';
import { GasOverflowError, OutOfGasError } from './errors.js';
import { MemKV } from './kv.js';

const enc = (s: string) => new TextEncoder().encode(s);

function setup(limit = 1_000_000) {
  const mem = new MemKV();
  const meter = new BasicGasMeter(limit);
  return { mem, meter, kv: new GasKV(mem, meter) };
}

describe('GasKV (Cosmos KVGasConfig)', () => {
  test('config is the Cosmos default', () => {
    expect(KV_GAS_CONFIG).toEqual({
      hasCost: 1000,
      deleteCost: 1000,
      readCostFlat: 1000,
      readCostPerByte: 3,
      writeCostFlat: 2000,
      writeCostPerByte: 30,
      iterNextCostFlat: 30,
    });
  });

  test('set charges 2000 + 30 per key and value byte', () => {
    const { kv, meter, mem } = setup();
    kv.set(enc('key'), enc('value'));
    expect(meter.consumed).toBe(2000 + 30 * 3 + 30 * 5); // 2240
    expect(mem.get(enc('key'))).toEqual(enc('value'));
  });

  test('get charges 1000 + 3 per key byte + 3 per value byte (0 when absent)', () => {
    const { kv, meter, mem } = setup();
    mem.set(enc('key'), enc('value'));
    expect(kv.get(enc('key'))).toEqual(enc('value'));
    expect(meter.consumed).toBe(1000 + 9 + 15); // 1024
    expect(kv.get(enc('nope'))).toBeUndefined();
    expect(meter.consumed).toBe(1024 + 1000 + 12);
  });

  test('has and delete are flat 1000', () => {
    const { kv, meter, mem } = setup();
    mem.set(enc('key'), enc('value'));
    expect(kv.has(enc('key'))).toBe(true);
    expect(meter.consumed).toBe(1000);
    kv.delete(enc('key'));
    expect(meter.consumed).toBe(2000);
    expect(mem.has(enc('key'))).toBe(false);
  });

  test('full iteration: 30·(n+1) + bytes of every entry, the first twice (as the Go loop)', () => {
    const { kv, meter, mem } = setup();
    mem.set(enc('a'), enc('1')); // 2 bytes
    mem.set(enc('bb'), enc('22')); // 4 bytes
    mem.set(enc('ccc'), enc('333')); // 6 bytes
    const it = kv.iterator();
    // creation: positioned on 'a': 3·2 + 30
    expect(meter.consumed).toBe(36);
    const got: string[] = [];
    for (const [k] of { [Symbol.iterator]: () => it }) got.push(Buffer.from(k).toString());
    expect(got).toEqual(['a', 'bb', 'ccc']);
    // + next from a (6+30), from bb (12+30), from ccc (18+30)
    expect(meter.consumed).toBe(36 + 36 + 42 + 48); // 162
  });

  test('empty iteration costs one IterNextFlat', () => {
    const { kv, meter } = setup();
    expect([...{ [Symbol.iterator]: () => kv.iterator() }]).toEqual([]);
    expect(meter.consumed).toBe(30);
  });

  test('descending and ranged iteration charge the entries visited', () => {
    const { kv, meter, mem } = setup();
    for (const k of ['a', 'b', 'c', 'd']) mem.set(enc(k), enc('xy'));
    const it = kv.iterator(enc('b'), enc('d'), true); // c, b
    expect(meter.consumed).toBe(9 + 30);
    expect(Buffer.from(it.next().value![0]).toString()).toBe('c');
    expect(meter.consumed).toBe(39);
    expect(Buffer.from(it.next().value![0]).toString()).toBe('b');
    expect(meter.consumed).toBe(39 + 39);
    expect(it.next().done).toBe(true);
    expect(meter.consumed).toBe(39 + 39 + 39);
  });

  test('out of gas throws OutOfGasError; consumed includes the failing charge; no write happens', () => {
    const { kv, meter, mem } = setup(2100);
    let err: unknown;
    try {
      kv.set(enc('key'), enc('value'));
    } catch (e) {
      err = e;
    }
    // 2000 + 90 fit in 2100, the value's 150 do not
    expect(err).toBeInstanceOf(OutOfGasError);
    expect((err as OutOfGasError).descriptor).toBe('WritePerByte');
    expect(meter.consumed).toBe(2240);
    expect(meter.consumedToLimit()).toBe(2100);
    expect(meter.isPastLimit()).toBe(true);
    expect(() => kv.has(enc('key'))).toThrow(OutOfGasError);
    expect(meter.consumed).toBe(3240);
    expect(mem.has(enc('key'))).toBe(false);
  });

  test('meter: exact limit is fine, overflow is typed, refund', () => {
    const m = new BasicGasMeter(100);
    m.consume(100, 'x');
    expect(m.isOutOfGas()).toBe(true);
    expect(m.isPastLimit()).toBe(false);
    m.refund(40, 'r');
    expect(m.consumed).toBe(60);
    expect(() => m.refund(61, 'r')).toThrow();
    const inf = new InfiniteGasMeter();
    inf.consume(1e15, 'big');
    expect(inf.isOutOfGas()).toBe(false);
    expect(() => inf.consume(Number.MAX_SAFE_INTEGER, 'big')).toThrow(GasOverflowError);
    expect(() => inf.consume(-1, 'neg')).toThrow(GasOverflowError);
  });
});
