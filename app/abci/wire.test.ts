import { describe, test } from 'node:test';
import { expect } from 'expect';
import { connect } from 'node:net';
import { Request, Response } from 'cosmjs-types/tendermint/abci/types';
import { MultiStore } from '../../chain/store/multistore.js';
import { createMeshworkApp, MESHWORK_STORES } from '../chain/meshwork-app.js';
import { AbciApplication } from './application.js';
import { AbciServer, parseAbciAddress } from './server.js';
import { AbciWireError, encodeFrame, encodeRequest, FrameReader, MAX_MESSAGE_BYTES } from './wire.js';

describe('ABCI socket framing', () => {
  test('uvarint length prefixes, frames split across reads and several in one read', () => {
    // CometBFT's delimited writer: 300 bytes → 0xAC 0x02.
    expect([...encodeFrame(new Uint8Array(300)).subarray(0, 2)]).toEqual([0xac, 0x02]);
    const a = encodeRequest({ echo: { message: 'a'.repeat(200) } });
    const b = encodeRequest({ flush: {} });
    const all = Buffer.concat([a, b]);
    const r = new FrameReader();
    const got: Uint8Array[] = [];
    for (let i = 0; i < all.length; i += 7) got.push(...r.push(all.subarray(i, i + 7)));
    expect(got.map((f) => Request.decode(f))).toEqual([{ echo: { message: 'a'.repeat(200) } }, { flush: {} }]);
    expect(new FrameReader().push(all).length).toBe(2);
  });

  test('oversized and malformed length prefixes are errors', () => {
    expect(new FrameReader().push(encodeFrame(new Uint8Array(0)))).toEqual([new Uint8Array(0)]);
    const big = Buffer.from([0x81, 0x80, 0x80, 0x80, 0x01]); // > 100 MB
    expect(() => new FrameReader().push(big)).toThrow(AbciWireError);
    expect(() => new FrameReader().push(big)).toThrow(new RegExp(`${MAX_MESSAGE_BYTES}-byte limit`));
    expect(() => new FrameReader().push(Buffer.alloc(11, 0xff))).toThrow(/longer than 10 bytes/);
  });

  test('addresses: tcp and unix; anything else is refused with the expected forms', () => {
    expect(parseAbciAddress('tcp://127.0.0.1:26658')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 26658 });
    expect(parseAbciAddress('127.0.0.1:26658')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 26658 });
    expect(parseAbciAddress('unix:///tmp/app.sock')).toEqual({ kind: 'unix', path: '/tmp/app.sock' });
    expect(() => parseAbciAddress('grpc://x')).toThrow(/tcp:\/\/host:port or unix:\/\/\/path/);
  });

  test('the server answers only at Flush, and drops a connection that sends a malformed frame', async () => {
    const app = new AbciApplication({ store: new MultiStore(MESHWORK_STORES), build: (s) => createMeshworkApp({ chainId: 'wire-1', store: s }).app, version: 'test' });
    const server = new AbciServer(app);
    const addr = parseAbciAddress(await server.listen('tcp://127.0.0.1:33260'));
    try {
      const sock = connect((addr as { port: number }).port, '127.0.0.1');
      await new Promise<void>((resolve) => sock.once('connect', resolve));
      const received: Buffer[] = [];
      sock.on('data', (d: Buffer) => received.push(d));
      sock.write(encodeRequest({ echo: { message: 'x' } }));
      await new Promise((r) => setTimeout(r, 100));
      expect(received.length).toBe(0);
      sock.write(encodeRequest({ flush: {} }));
      await new Promise((r) => setTimeout(r, 100));
      const frames = new FrameReader().push(Buffer.concat(received)).map((f) => Response.decode(f));
      expect(frames).toEqual([{ echo: { message: 'x' } }, { flush: {} }]);
      const closed = new Promise<void>((resolve) => sock.once('close', () => resolve()));
      sock.write(Buffer.alloc(12, 0xff));
      await closed;
    } finally {
      await server.close();
    }
  });
});
