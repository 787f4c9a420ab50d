/**
 * A minimal RFC 6455 websocket server endpoint: the opening handshake on an HTTP upgrade, masked
 * client frames (text, continuation, ping, pong, close), unmasked server text frames, close
 * handshake, and limits on message size and on the unsent output buffer.
 *
 * Why not the `ws` package: it is in node_modules only as a transitive dependency of
 * @cosmjs/socket (a devDependency), ships without types here, and the project adds no
 * dependencies; the server side of the protocol needed for JSON-RPC text messages is this small.
 * No extensions (permessage-deflate) or subprotocols are negotiated, which RFC 6455 permits.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

const OP_CONT = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

export const CloseCodes = Object.freeze({ Normal: 1000, GoingAway: 1001, Protocol: 1002, Unsupported: 1003, InvalidData: 1007, Policy: 1008, TooBig: 1009 });

export interface WsOptions {
  maxMessageBytes: number;
  /** The connection is dropped when this much output is waiting (a client that does not read). */
  maxBufferedBytes: number;
}

/** Completes the handshake; returns undefined (after answering 400) if the request is not a valid upgrade. */
export function acceptWebsocket(req: IncomingMessage, socket: Duplex, head: Buffer, opts: WsOptions): WsConnection | undefined {
  const key = req.headers['sec-websocket-key'];
  const upgrade = (req.headers['upgrade'] ?? '').toLowerCase();
  if (req.method !== 'GET' || upgrade !== 'websocket' || typeof key !== 'string' || Buffer.from(key, 'base64').length !== 16 || req.headers['sec-websocket-version'] !== '13') {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\nexpected a websocket upgrade (version 13)\n');
    return undefined;
  }
  const accept = createHash('sha1').update(key + GUID).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  const conn = new WsConnection(socket, opts);
  if (head.length > 0) conn.receive(head);
  return conn;
}

export class WsConnection {
  private buffer: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private fragmentsBytes = 0;
  private fragmentOpcode = -1;
  private closed = false;
  private messageListener: ((text: string) => void) | undefined;
  /** Messages that arrived before `onMessage` (with the upgrade request itself, when a client does not wait for the 101). */
  private early: string[] = [];
  private closeListeners: (() => void)[] = [];

  constructor(
    private readonly socket: Duplex,
    private readonly opts: WsOptions,
  ) {
    socket.on('data', (d: Buffer) => this.receive(d));
    socket.on('close', () => this.finish());
    socket.on('error', () => this.finish());
    socket.on('end', () => this.finish());
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  onMessage(fn: (text: string) => void): void {
    this.messageListener = fn;
    const early = this.early;
    this.early = [];
    for (const text of early) fn(text);
  }
  onClose(fn: () => void): void {
    this.closeListeners.push(fn);
  }

  /** Sends a text message; drops the connection if the client is not reading. Returns false if closed. */
  send(text: string): boolean {
    return this.sendParts([Buffer.from(text, 'utf8')]);
  }

  /**
   * Sends one text message made of `parts` (UTF-8), written as they are: a part shared by many
   * connections (an event serialised once) is queued by reference on each, never copied. A client
   * that still has more than `maxBufferedBytes` unsent from earlier messages is disconnected (1008)
   * instead. The bound is on what a client left unread, not on what one block's events add at once:
   * a block of large txs yields several MiB of events in a few event-loop turns, more than a reader
   * that keeps up can take in between, and such a reader must not be cut (so a client's queue is
   * at most the bound plus one message).
   */
  sendParts(parts: readonly Buffer[]): boolean {
    if (this.closed) return false;
    let n = 0;
    for (const p of parts) n += p.length;
    if (this.socket.writableLength > this.opts.maxBufferedBytes) {
      this.close(CloseCodes.Policy, `client is not reading fast enough (over ${this.opts.maxBufferedBytes} bytes unsent)`);
      return false;
    }
    this.socket.cork();
    this.socket.write(frameHead(OP_TEXT, n));
    for (const p of parts) this.socket.write(p);
    this.socket.uncork();
    return true;
  }

  /** Bytes written to this connection and not yet taken by the operating system. */
  get unsentBytes(): number {
    return this.socket.writableLength;
  }

  close(code: number = CloseCodes.Normal, reason = ''): void {
    if (this.closed) return;
    const r = Buffer.from(reason.slice(0, 120), 'utf8');
    const payload = Buffer.alloc(2 + r.length);
    payload.writeUInt16BE(code, 0);
    r.copy(payload, 2);
    this.socket.end(frame(OP_CLOSE, payload));
    this.finish();
  }

  /** Feeds bytes read from the socket; parses as many complete frames as there are. */
  receive(chunk: Buffer): void {
    if (this.closed) return;
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    while (!this.closed) {
      const f = this.parseFrame();
      if (f === undefined) return;
      this.handleFrame(f.fin, f.opcode, f.payload);
    }
  }

  private parseFrame(): { fin: boolean; opcode: number; payload: Buffer } | undefined {
    const b = this.buffer;
    if (b.length < 2) return undefined;
    const fin = (b[0]! & 0x80) !== 0;
    if ((b[0]! & 0x70) !== 0) return this.fail(CloseCodes.Protocol, 'reserved bits set without a negotiated extension');
    const opcode = b[0]! & 0x0f;
    const masked = (b[1]! & 0x80) !== 0;
    if (!masked) return this.fail(CloseCodes.Protocol, 'client frames must be masked');
    let len = b[1]! & 0x7f;
    let offset = 2;
    if (len === 126) {
      if (b.length < 4) return undefined;
      len = b.readUInt16BE(2);
      offset = 4;
    } else if (len === 127) {
      if (b.length < 10) return undefined;
      const big = b.readBigUInt64BE(2);
      if (big > BigInt(this.opts.maxMessageBytes)) return this.fail(CloseCodes.TooBig, `message larger than ${this.opts.maxMessageBytes} bytes`);
      len = Number(big);
      offset = 10;
    }
    if (len > this.opts.maxMessageBytes) return this.fail(CloseCodes.TooBig, `message larger than ${this.opts.maxMessageBytes} bytes`);
    if (b.length < offset + 4 + len) return undefined;
    const mask = b.subarray(offset, offset + 4);
    const payload = Buffer.from(b.subarray(offset + 4, offset + 4 + len));
    for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i & 3]!;
    this.buffer = b.subarray(offset + 4 + len);
    return { fin, opcode, payload };
  }

  private handleFrame(fin: boolean, opcode: number, payload: Buffer): void {
    if (opcode >= 0x8) {
      if (!fin || payload.length > 125) {
        this.fail(CloseCodes.Protocol, 'control frames must be final and at most 125 bytes');
        return;
      }
      if (opcode === OP_CLOSE) {
        const code = payload.length >= 2 ? payload.readUInt16BE(0) : CloseCodes.Normal;
        this.close(code === 1005 || code === 1006 || code === 1015 ? CloseCodes.Normal : code);
      } else if (opcode === OP_PING) this.socket.write(frame(OP_PONG, payload));
      else if (opcode !== OP_PONG) this.fail(CloseCodes.Protocol, `unknown control opcode ${opcode}`);
      return;
    }
    if (opcode === OP_CONT) {
      if (this.fragmentOpcode < 0) {
        this.fail(CloseCodes.Protocol, 'continuation frame without a message to continue');
        return;
      }
    } else if (opcode === OP_TEXT || opcode === OP_BINARY) {
      if (this.fragmentOpcode >= 0) {
        this.fail(CloseCodes.Protocol, 'new message before the previous fragmented one ended');
        return;
      }
      this.fragmentOpcode = opcode;
    } else {
      this.fail(CloseCodes.Protocol, `unknown opcode ${opcode}`);
      return;
    }
    this.fragmentsBytes += payload.length;
    if (this.fragmentsBytes > this.opts.maxMessageBytes) {
      this.fail(CloseCodes.TooBig, `message larger than ${this.opts.maxMessageBytes} bytes`);
      return;
    }
    this.fragments.push(payload);
    if (!fin) return;
    const kind = this.fragmentOpcode;
    const message = Buffer.concat(this.fragments);
    this.fragments = [];
    this.fragmentsBytes = 0;
    this.fragmentOpcode = -1;
    if (kind === OP_BINARY) {
      this.fail(CloseCodes.Unsupported, 'JSON-RPC over websocket uses text messages');
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(message);
    } catch {
      this.fail(CloseCodes.InvalidData, 'text message is not valid UTF-8');
      return;
    }
    if (this.messageListener === undefined) this.early.push(text);
    else this.messageListener(text);
  }

  private fail(code: number, reason: string): undefined {
    this.close(code, reason);
    return undefined;
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.buffer = Buffer.alloc(0);
    this.fragments = [];
    if (!this.socket.destroyed) setTimeout(() => this.socket.destroy(), 1000).unref();
    for (const fn of this.closeListeners) fn();
    this.closeListeners = [];
  }
}

/** A final, unmasked server frame. */
function frame(opcode: number, payload: Buffer): Buffer {
  return Buffer.concat([frameHead(opcode, payload.length), payload]);
}

/** The header of a final, unmasked server frame of `n` payload bytes. */
function frameHead(opcode: number, n: number): Buffer {
  const head = n < 126 ? Buffer.alloc(2) : n < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = 0x80 | opcode;
  if (n < 126) head[1] = n;
  else if (n < 65536) {
    head[1] = 126;
    head.writeUInt16BE(n, 2);
  } else {
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(n), 2);
  }
  return head;
}
