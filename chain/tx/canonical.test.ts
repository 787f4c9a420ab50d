import { describe, test } from 'node:test';
import { expect } from 'expect';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { ChainError } from '../kernel/errors.js';
import { AUTH_INFO_SCHEMA, checkTxRawCanonical, rejectUnknownFields, TX_BODY_SCHEMA } from './canonical.js';

const field = (n: number, payload: Uint8Array | number[]): number[] => {
  const p = [...payload];
  const v = (x: number): number[] => {
    const out: number[] = [];
    while (x >= 0x80) {
      out.push((x & 0x7f) | 0x80);
      x = Math.floor(x / 128);
    }
    out.push(x);
    return out;
  };
  return [...v(n * 8 + 2), ...v(p.length), ...p];
};
const bytes = (...parts: number[][]): Uint8Array => Uint8Array.from(parts.flat());

const body = TxBody.encode(TxBody.fromPartial({ messages: [{ typeUrl: '/x.Msg', value: Uint8Array.of(1, 2) }], memo: 'm', timeoutHeight: 5n })).finish();
const authInfo = AuthInfo.encode(
  AuthInfo.fromPartial({
    signerInfos: [{ publicKey: { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: Uint8Array.of(10, 1, 2) }, modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } }, sequence: 3n }],
    fee: { amount: [{ denom: 'stake', amount: '5' }], gasLimit: 100n, payer: '', granter: '' },
  }),
).finish();
const raw = TxRaw.encode({ bodyBytes: body, authInfoBytes: authInfo, signatures: [new Uint8Array(64).fill(1), new Uint8Array(64).fill(2)] }).finish();

describe('TxRaw ADR-027 and ADR-020 unknown fields', () => {
  test('what cosmjs-types encodes passes', () => {
    expect(() => checkTxRawCanonical(raw)).not.toThrow();
    expect(() => rejectUnknownFields(body, TX_BODY_SCHEMA)).not.toThrow();
    expect(() => rejectUnknownFields(authInfo, AUTH_INFO_SCHEMA)).not.toThrow();
  });

  test('rewrites that decode the same are refused as tx decode errors (sdk 2)', () => {
    const cases: [Uint8Array, RegExp][] = [
      [bytes([...raw], field(4, [1])), /unknown field 4/],
      [bytes(field(2, [...authInfo]), field(1, [...body]), field(3, new Array(64).fill(1))), /field 1 after field 2/],
      [bytes(field(1, [1, 2]), [...raw]), /field 1 appears more than once/],
      [bytes(field(1, [...body]), field(2, [...authInfo]), field(2, [...authInfo])), /field 2 appears more than once/],
      [bytes([0x0a, 0x80 | body.length % 128]), /varint runs past the end/],
      // A length written in two bytes where one would do.
      [bytes([0x0a, 0x81, 0x00, 0x00]), /shortest form/],
      // Field 1 as a varint.
      [bytes([0x08, 0x01]), /wire type 0/],
      [bytes(field(1, [...body]).slice(0, 10)), /runs past the end/],
    ];
    for (const [b, msg] of cases) {
      let err: unknown;
      try {
        checkTxRawCanonical(b);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ChainError);
      expect((err as ChainError).code).toBe(2);
      expect((err as ChainError).message).toMatch(msg);
    }
  });

  test('unknown fields: critical ones anywhere in TxBody or AuthInfo are refused; non-critical ones in TxBody pass', () => {
    expect(() => rejectUnknownFields(bytes([...body], field(100, [1])), TX_BODY_SCHEMA)).toThrow(/TxBody has unknown field 100/);
    expect(() => rejectUnknownFields(bytes([...body], field(1025, new Array(500).fill(7))), TX_BODY_SCHEMA)).not.toThrow();
    expect(() => rejectUnknownFields(bytes([...authInfo], field(1025, [1])), AUTH_INFO_SCHEMA)).toThrow(/AuthInfo has unknown field 1025/);
    // Inside a signer info, a mode info, a fee coin.
    const signer = bytes(field(1, [...authInfo.subarray(2, 2 + authInfo[1]!)]));
    expect(() => rejectUnknownFields(signer, AUTH_INFO_SCHEMA)).not.toThrow();
    expect(() => rejectUnknownFields(bytes(field(1, field(9, [1]))), AUTH_INFO_SCHEMA)).toThrow(/SignerInfo has unknown field 9/);
    expect(() => rejectUnknownFields(bytes(field(1, field(2, field(1, field(7, [1]))))), AUTH_INFO_SCHEMA)).toThrow(/ModeInfo.Single has unknown field 7/);
    expect(() => rejectUnknownFields(bytes(field(2, field(1, field(3, [1])))), AUTH_INFO_SCHEMA)).toThrow(/Coin has unknown field 3/);
    // A known field with the wrong wire type.
    expect(() => rejectUnknownFields(Uint8Array.of(0x1a, 0x01, 0x00), TX_BODY_SCHEMA)).toThrow(/field 3 has wire type 2, expected 0/);
  });

  test('nesting deeper than any valid tx is refused before a recursive decoder could overflow', () => {
    let mode: number[] = field(1, [8, 1]);
    for (let i = 0; i < 40; i++) mode = field(2, field(2, mode));
    expect(() => rejectUnknownFields(bytes(field(1, field(2, mode))), AUTH_INFO_SCHEMA)).toThrow(/nested more than 16 levels/);
  });
});
