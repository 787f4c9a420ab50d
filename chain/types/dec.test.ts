import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Dec } from './dec.js';
import { addCoins, parseCoins, subCoins, coinsFromProto, formatCoins } from './coins.js';

describe('Dec (Cosmos LegacyDec semantics)', () => {
  test('parses and prints with 18 decimals', () => {
    expect(Dec.parse('0.05').toString()).toBe('0.050000000000000000');
    expect(Dec.parse('-1.5').toString()).toBe('-1.500000000000000000');
    expect(Dec.parse('3').toShortString()).toBe('3');
    expect(Dec.parse('0.334').toShortString()).toBe('0.334');
    expect(() => Dec.parse('1.0000000000000000001')).toThrow(/more than 18/);
    expect(() => Dec.parse('1e5')).toThrow(/invalid decimal/);
  });
  test('mul and quo round half to even; the truncate variants truncate', () => {
    const tiny = Dec.fromAtomics(5n); // 5e-18
    const half = Dec.parse('0.5');
    expect(tiny.mul(half).atomics).toBe(2n); // 2.5e-18 → 2 (even)
    expect(Dec.fromAtomics(7n).mul(half).atomics).toBe(4n); // 3.5e-18 → 4 (even)
    expect(Dec.fromAtomics(7n).mulTruncate(half).atomics).toBe(3n);
    expect(Dec.ONE.quo(Dec.fromInt(3)).toString()).toBe('0.333333333333333333');
    expect(Dec.fromInt(2).quo(Dec.fromInt(3)).toString()).toBe('0.666666666666666667');
    expect(Dec.fromInt(2).quoTruncate(Dec.fromInt(3)).toString()).toBe('0.666666666666666666');
    expect(Dec.parse('2.5').roundInt()).toBe(2n);
    expect(Dec.parse('3.5').roundInt()).toBe(4n);
    expect(Dec.parse('-2.7').truncateInt()).toBe(-2n);
    expect(Dec.parse('2.1').ceilInt()).toBe(3n);
    expect(Dec.ratio(1n, 3n).toString()).toBe('0.333333333333333333');
    expect(() => Dec.ONE.quo(Dec.ZERO)).toThrow(/division by zero/);
  });
  test('wire form is the atomics integer', () => {
    expect(Dec.parse('0.1').toAtomicsString()).toBe('100000000000000000');
    expect(Dec.fromAtomicsString('100000000000000000').eq(Dec.parse('0.1'))).toBe(true);
  });
});

describe('Coins', () => {
  test('sorted, merged, validated', () => {
    expect(formatCoins(addCoins(parseCoins('5uatom,10stake'), parseCoins('1stake')))).toBe('11stake,5uatom');
    expect(() => subCoins(parseCoins('5stake'), parseCoins('6stake'))).toThrow(/5stake is smaller than 6stake: insufficient funds/);
    expect(() => coinsFromProto([{ denom: 'b', amount: '1' }])).toThrow(/invalid denom/);
    expect(() => coinsFromProto([{ denom: 'zzz', amount: '1' }, { denom: 'aaa', amount: '1' }])).toThrow(/sorted/);
    expect(() => coinsFromProto([{ denom: 'stake', amount: '-1' }])).toThrow(/non-negative integer/);
    expect(() => coinsFromProto([{ denom: 'stake', amount: '0' }])).toThrow(/positive/);
  });
});
