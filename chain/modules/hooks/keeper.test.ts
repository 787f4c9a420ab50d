import { describe, test } from 'node:test';
import { expect } from 'expect';
import { encodeJsonU64, paramsFromProto, paramsToProto, type HooksParams } from './keeper.js';

describe('hooks keeper helpers', () => {
  test('encodeJsonU64 writes bigint as exact bare integers, everything else as JSON', () => {
    const text = new TextDecoder().decode(encodeJsonU64({ a: 18446744073709551615n, b: [1n, 'x', null, true], c: { 'd"e': 9007199254740993n } }));
    expect(text).toBe('{"a":18446744073709551615,"b":[1,"x",null,true],"c":{"d\\"e":9007199254740993}}');
  });
  test('params round-trip through the proto form; gas limits beyond 2^53 are refused', () => {
    const p: HooksParams = { valset_update: [{ contract: 'c1', gasLimit: 5 }], handle_epoch: [], epoch: [{ contract: 'c2', gasLimit: 7 }], process_due: [], jailing: [] };
    expect(paramsFromProto(paramsToProto(p))).toEqual(p);
    expect(() => paramsFromProto({ valsetUpdate: [{ contract: 'c', gasLimit: 1n << 60n }], handleEpoch: [], epoch: [], processDue: [], jailing: [] })).toThrow(/above 2\^53/);
  });
});
