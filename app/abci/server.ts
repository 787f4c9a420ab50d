/**
 * The ABCI socket server CometBFT 0.38 connects to (`proxy_app = "tcp://…"` or `"unix://…"`). CometBFT
 * opens four connections (query, snapshot, mempool, consensus) to the same address; each is an
 * ordered stream of requests answered in order. Responses are buffered and written out when a
 * `Flush` request arrives (CometBFT sends one after every synchronous call and after batches of
 * asynchronous CheckTx), as CometBFT's own socket server does.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { existsSync, rmSync } from 'node:fs';
import { Request } from 'cosmjs-types/tendermint/abci/types';
import type { AbciApplication } from './application.js';
import { AbciWireError, encodeResponse, FrameReader } from './wire.js';
import { silentLogger, type Logger } from '../node/log.js';

export type AbciAddress = { kind: 'tcp'; host: string; port: number } | { kind: 'unix'; path: string };

export function parseAbciAddress(addr: string): AbciAddress {
  const unix = /^unix:\/\/(.+)$/.exec(addr);
  if (unix !== null) return { kind: 'unix', path: unix[1]! };
  const tcp = /^(?:tcp:\/\/)?(\[[^\]]+\]|[^:/]+):(\d{1,5})$/.exec(addr);
  if (tcp === null || Number(tcp[2]) > 65535) throw new AbciWireError(`ABCI address must be tcp://host:port or unix:///path/to/socket, got ${JSON.stringify(addr)}`);
  return { kind: 'tcp', host: tcp[1]!.replace(/^\[|\]$/g, ''), port: Number(tcp[2]) };
}

export class AbciServer {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private address: AbciAddress | undefined;

  constructor(
    readonly app: AbciApplication,
    private readonly log: Logger = silentLogger(),
  ) {}

  /** Listens; returns the address actually bound (port 0 → the chosen port). */
  async listen(addr: string): Promise<string> {
    const a = parseAbciAddress(addr);
    const server = createServer((socket) => this.serve(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      if (a.kind === 'unix') {
        // A socket file left by a process that died would make listen fail with EADDRINUSE.
        if (existsSync(a.path)) rmSync(a.path);
        server.listen(a.path, () => resolve());
      } else server.listen(a.port, a.host, () => resolve());
    });
    if (a.kind === 'tcp') {
      const bound = server.address();
      const port = typeof bound === 'object' && bound !== null ? bound.port : a.port;
      this.address = { ...a, port };
      return `tcp://${a.host.includes(':') ? `[${a.host}]` : a.host}:${port}`;
    }
    this.address = a;
    return `unix://${a.path}`;
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    const reader = new FrameReader();
    let pending: Buffer[] = [];
    socket.on('data', (data: Buffer) => {
      let frames: Uint8Array[];
      try {
        frames = reader.push(data);
      } catch (e) {
        this.log.error('ABCI connection sent a malformed frame; closing it', { err: (e as Error).message });
        socket.destroy();
        return;
      }
      for (const f of frames) {
        let req: Request;
        try {
          req = Request.decode(f);
        } catch (e) {
          pending.push(encodeResponse({ exception: { error: `cannot decode tendermint.abci.Request: ${(e as Error).message}` } }));
          continue;
        }
        pending.push(encodeResponse(this.app.handle(req)));
        if (req.flush !== undefined) {
          socket.write(Buffer.concat(pending));
          pending = [];
        }
      }
    });
    socket.on('error', (e) => this.log.debug('ABCI connection error', { err: e.message }));
    socket.on('close', () => this.sockets.delete(socket));
  }

  get connections(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = undefined;
    if (server !== undefined) await new Promise<void>((resolve) => server.close(() => resolve()));
    if (this.address?.kind === 'unix' && existsSync(this.address.path)) rmSync(this.address.path, { force: true });
  }
}
