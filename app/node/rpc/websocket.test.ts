import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { acceptWebsocket } from './websocket.js';

/** An echo server on the hand-written websocket endpoint. */
let server: Server;
let port: number;

before(async () => {
  server = createServer((_req, res) => res.end());
  server.on('upgrade', (req, socket, head) => {
    const conn = acceptWebsocket(req, socket, head, { maxMessageBytes: 1000, maxBufferedBytes: 1 << 20 });
    conn?.onMessage((text) => conn.send(`echo:${text}`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

function clientFrame(opcode: number, payload: Buffer, opts: { fin?: boolean; mask?: boolean } = {}): Buffer {
  const mask = opts.mask ?? true;
  const n = payload.length;
  const head = n < 126 ? Buffer.alloc(2) : Buffer.alloc(4);
  head[0] = (opts.fin ?? true ? 0x80 : 0) | opcode;
  head[1] = (mask ? 0x80 : 0) | (n < 126 ? n : 126);
  if (n >= 126) head.writeUInt16BE(n, 2);
  if (!mask) return Buffer.concat([head, payload]);
  const key = randomBytes(4);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i] = body[i]! ^ key[i & 3]!;
  return Buffer.concat([head, key, body]);
}

interface Frame {
  opcode: number;
  payload: Buffer;
}

/** Opens a raw websocket; `frames()` waits for the next n server frames. */
async function open(): Promise<{ sock: Socket; frames: (n: number) => Promise<Frame[]>; closed: Promise<void> }> {
  const key = randomBytes(16).toString('base64');
  const sock = connect(port, '127.0.0.1');
  let buf = Buffer.alloc(0);
  let upgraded = false;
  const got: Frame[] = [];
  let wake: () => void = () => {};
  const closed = new Promise<void>((r) => sock.on('close', () => r()));
  const ready = new Promise<void>((resolve, reject) => {
    sock.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (!upgraded) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buf.subarray(0, end).toString();
        const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
        if (!head.startsWith('HTTP/1.1 101') || !head.includes(`Sec-WebSocket-Accept: ${accept}`)) reject(new Error(head));
        upgraded = true;
        buf = buf.subarray(end + 4);
        resolve();
      }
      while (buf.length >= 2) {
        let len = buf[1]! & 0x7f;
        let off = 2;
        if (len === 126) {
          if (buf.length < 4) break;
          len = buf.readUInt16BE(2);
          off = 4;
        }
        if (buf.length < off + len) break;
        got.push({ opcode: buf[0]! & 0x0f, payload: buf.subarray(off, off + len) });
        buf = buf.subarray(off + len);
      }
      wake();
    });
  });
  sock.write(`GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  await ready;
  const frames = async (n: number): Promise<Frame[]> => {
    while (got.length < n) await new Promise<void>((r) => (wake = r));
    return got.splice(0, n);
  };
  return { sock, frames, closed };
}

describe('websocket endpoint (RFC 6455 subset)', () => {
  test('text messages, fragmented messages, ping → pong, close handshake', async () => {
    const c = await open();
    c.sock.write(clientFrame(1, Buffer.from('héllo')));
    let [f] = await c.frames(1);
    expect(f!.opcode).toBe(1);
    expect(f!.payload.toString()).toBe('echo:héllo');
    c.sock.write(Buffer.concat([clientFrame(1, Buffer.from('ab'), { fin: false }), clientFrame(9, Buffer.from('p')), clientFrame(0, Buffer.from('cd'))]));
    const [pong, echo] = await c.frames(2);
    expect(pong).toEqual({ opcode: 10, payload: Buffer.from('p') });
    expect(echo!.payload.toString()).toBe('echo:abcd');
    const long = 'x'.repeat(300);
    c.sock.write(clientFrame(1, Buffer.from(long)));
    [f] = await c.frames(1);
    expect(f!.payload.toString()).toBe(`echo:${long}`);
    c.sock.write(clientFrame(8, Buffer.from([0x03, 0xe8])));
    [f] = await c.frames(1);
    expect(f!.opcode).toBe(8);
    expect(f!.payload.readUInt16BE(0)).toBe(1000);
    await c.closed;
  });

  test('protocol violations close the connection with the RFC code', async () => {
    const cases: [Buffer, number][] = [
      [clientFrame(1, Buffer.from('x'), { mask: false }), 1002],
      [clientFrame(1, Buffer.alloc(1001, 0x61)), 1009],
      [clientFrame(1, Buffer.from([0xff, 0xfe])), 1007],
      [clientFrame(2, Buffer.from([1])), 1003],
      [clientFrame(0, Buffer.from('x')), 1002],
      [clientFrame(3, Buffer.from('x')), 1002],
    ];
    for (const [frame, code] of cases) {
      const c = await open();
      c.sock.write(frame);
      const [f] = await c.frames(1);
      expect([f!.opcode, f!.payload.readUInt16BE(0)]).toEqual([8, code]);
      await c.closed;
    }
  });

  test('a plain request to the upgrade handler gets 400', async () => {
    const sock = connect(port, '127.0.0.1');
    const reply = await new Promise<string>((resolve) => {
      let s = '';
      sock.on('data', (d) => (s += d.toString()));
      sock.on('close', () => resolve(s));
      sock.write('GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
    });
    expect(reply).toMatch(/^HTTP\/1.1 400/);
  });
});
