import { describe, test } from 'node:test';
import { expect } from 'expect';
import { SignDoc } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { finishExact } from './proto.js';

describe('finishExact', () => {
  test('gives the bytes finish() gives, in an array of exactly that length', () => {
    const writers = () => [
      SignDoc.encode({ bodyBytes: new Uint8Array(300).fill(7), authInfoBytes: Uint8Array.of(1, 2, 3), chainId: 'mesh-1', accountNumber: 2n ** 63n + 5n }),
      SignDoc.encode({ bodyBytes: new Uint8Array(), authInfoBytes: new Uint8Array(), chainId: '', accountNumber: 0n }),
      TxMsgData.encode({ data: [], msgResponses: [{ typeUrl: '/a.B', value: Uint8Array.of(9) }, { typeUrl: '', value: new Uint8Array() }] }),
      TxMsgData.encode({ data: [], msgResponses: [{ typeUrl: '/big', value: new Uint8Array(10_000).fill(3) }] }),
      BaseAccount.encode({ address: 'mesh1xyz', pubKey: { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: new Uint8Array(35).fill(2) }, accountNumber: 12n, sequence: 300n }),
    ];
    const a = writers().map((w) => w.finish());
    const b = writers().map((w) => finishExact(w));
    expect(b.map((x) => Buffer.from(x).toString('hex'))).toEqual(a.map((x) => Buffer.from(x).toString('hex')));
    for (const x of b) expect(x.buffer.byteLength).toBe(x.length);
  });
});
