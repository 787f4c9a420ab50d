/**
 * One ABCI socket connection as CometBFT's socket client drives it: requests are written in order,
 * responses come back in the same order; a synchronous call is the request followed by `Flush`,
 * asynchronous requests (mempool CheckTx) are queued and sent out by a later `Flush`.
 */
import { connect, type Socket } from 'node:net';
import { Response, type Request } from 'cosmjs-types/tendermint/abci/types';
import { parseAbciAddress } from './server.js';
import { AbciWireError, encodeRequest, FrameReader } from './wire.js';

type Kind = keyof Request;

export class AbciClientError extends Error {
  override readonly name = 'AbciClientError';
}

export class AbciSocketClient {
  private readonly waiting: { kind: Kind; resolve: (r: Response) => void; reject: (e: Error) => void }[] = [];
  private readonly reader = new FrameReader();
  private closed: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (d: Buffer) => this.onData(d));
    socket.on('error', (e) => this.fail(new AbciClientError(`ABCI connection failed: ${e.message}`)));
    socket.on('close', () => this.fail(new AbciClientError('ABCI connection closed')));
  }

  static async connect(addr: string): Promise<AbciSocketClient> {
    const a = parseAbciAddress(addr);
    const socket = a.kind === 'unix' ? connect(a.path) : connect(a.port, a.host);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    socket.setNoDelay(true);
    return new AbciSocketClient(socket);
  }

  private onData(d: Buffer): void {
    let frames: Uint8Array[];
    try {
      frames = this.reader.push(d);
    } catch (e) {
      this.fail(e as AbciWireError);
      this.socket.destroy();
      return;
    }
    for (const f of frames) {
      const w = this.waiting.shift();
      if (w === undefined) {
        this.fail(new AbciClientError('the server sent a response nobody asked for'));
        return;
      }
      const res = Response.decode(f);
      if (res.exception !== undefined) w.reject(new AbciClientError(`the app answered ${w.kind} with an exception: ${res.exception.error}`));
      else if (res[w.kind as keyof Response] === undefined) w.reject(new AbciClientError(`out-of-order response: expected ${w.kind}, got ${Object.keys(res).filter((k) => res[k as keyof Response] !== undefined).join()}`));
      else w.resolve(res);
    }
  }

  private fail(e: Error): void {
    if (this.closed !== undefined) return;
    this.closed = e;
    for (const w of this.waiting.splice(0)) w.reject(e);
  }

  /** Queues a request (written at once; the server answers when it sees a Flush). */
  send(req: Request): Promise<Response> {
    if (this.closed !== undefined) return Promise.reject(this.closed);
    const kind = (Object.keys(req) as Kind[]).find((k) => req[k] !== undefined);
    if (kind === undefined) return Promise.reject(new AbciClientError('empty request'));
    const p = new Promise<Response>((resolve, reject) => this.waiting.push({ kind, resolve, reject }));
    this.socket.write(encodeRequest(req));
    return p;
  }

  async flush(): Promise<void> {
    await this.send({ flush: {} });
  }

  /** A synchronous call: the request, then Flush. */
  async call(req: Request): Promise<Response> {
    const p = this.send(req);
    const f = this.send({ flush: {} });
    const [r] = await Promise.all([p, f]);
    return r;
  }

  close(): void {
    this.fail(new AbciClientError('client closed'));
    this.socket.destroy();
  }
}
