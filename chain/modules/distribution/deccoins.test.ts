import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Dec } from '../../types/dec.js';
import { addDecCoins, decCoinsFromProto, decCoinsToProto, formatDecCoins, intersectDecCoins, mulDec, mulDecTruncate, normalizeDecCoins, safeSubDecCoins, subDecCoins, truncateDecimal } from './deccoins.js';

const dc = (amount: string, denom: string) => ({ denom, amount: Dec.parse(amount) });

describe('DecCoins', () => {
  test('normalises: sorted, merged, zero-free', () => {
    expect(formatDecCoins(normalizeDecCoins([dc('1', 'zzz'), dc('0', 'bbb'), dc('0.5', 'aaa'), dc('0.25', 'aaa')]))).toBe('0.750000000000000000aaa,1.000000000000000000zzz');
  });
  test('subtraction below zero is refused', () => {
    expect(safeSubDecCoins([dc('1', 'stake')], [dc('1.000000000000000001', 'stake')])).toBeUndefined();
    expect(() => subDecCoins([dc('1', 'stake')], [dc('2', 'stake')])).toThrow(/negative coin amount/);
    expect(subDecCoins([dc('1', 'stake')], [dc('1', 'stake')])).toEqual([]);
  });
  test('truncation splits integer coins from change', () => {
    expect(truncateDecimal([dc('12.75', 'aaa'), dc('0.5', 'bbb'), dc('3', 'ccc')])).toEqual({
      coins: [{ denom: 'aaa', amount: 12n }, { denom: 'ccc', amount: 3n }],
      change: [dc('0.75', 'aaa'), dc('0.5', 'bbb')],
    });
  });
  test('rounding: MulDec half-even, MulDecTruncate toward zero', () => {
    const third = Dec.parse('0.333333333333333333');
    expect(formatDecCoins(mulDec([dc('0.000000000000000005', 'stake')], Dec.parse('0.5')))).toBe('0.000000000000000002stake');
    expect(formatDecCoins(mulDecTruncate([dc('2', 'stake')], third))).toBe('0.666666666666666666stake');
  });
  test('intersect keeps the smaller amount of common denoms; proto round-trip uses atomics', () => {
    expect(intersectDecCoins([dc('5', 'aaa'), dc('1', 'bbb')], [dc('3', 'aaa')])).toEqual([dc('3', 'aaa')]);
    const l = addDecCoins([dc('1.5', 'aaa')], [dc('2', 'bbb')]);
    expect(decCoinsToProto(l)).toEqual([{ denom: 'aaa', amount: '1500000000000000000' }, { denom: 'bbb', amount: '2000000000000000000' }]);
    expect(decCoinsFromProto(decCoinsToProto(l))).toEqual(l);
  });
});
