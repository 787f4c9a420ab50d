import { describe, test } from 'node:test';
import { expect } from 'expect';
import { parseContractJson } from '../src/contract-json.js';

describe('parseContractJson', () => {
  test('integers beyond 2^53 - 1 are exact bigints; smaller numbers and digits in strings are as JSON.parse reads them', () => {
    const text = '{"id":18446744073709551615,"b":[9007199254740993, -9007199254740993],"c":9007199254740992,"s":9007199254740991,"f":1.5,"x":"123456789012345678901","n":[1,0,-0]}';
    expect(parseContractJson(text)).toEqual({
      id: 18446744073709551615n,
      b: [9007199254740993n, -9007199254740993n],
      c: 9007199254740992n,
      s: 9007199254740991,
      f: 1.5,
      x: '123456789012345678901',
      n: [1, 0, -0],
    });
  });

  test('text without long integer literals (digits in strings included) is exactly JSON.parse\'s', () => {
    for (const text of ['{"ok":{"messages":[{"id":42,"gas_limit":null}],"data":"MTIzNDU2Nzg5MDEyMzQ1Njc4OTA="}}', '{"a":"1234567890123456789"}', '[1e300,0.1]']) {
      expect(parseContractJson(text)).toEqual(JSON.parse(text));
    }
  });

  test('duplicate keys: the last wins; malformed text fails with JSON.parse\'s error', () => {
    expect(parseContractJson('{"id":1,"id":18446744073709551615}')).toEqual({ id: 18446744073709551615n });
    const bad = '{"id":18446744073709551615,}';
    let expected = '';
    try {
      JSON.parse(bad);
    } catch (e) {
      expected = (e as Error).message;
    }
    expect(() => parseContractJson(bad)).toThrow(expected);
  });
});
