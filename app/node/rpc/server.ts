/**
 * The node's HTTP server (node:http): CometBFT JSON-RPC over POST (single and batch) and GET URIs,
 * the `/websocket` endpoint with event subscriptions, CORS, a bounded request size, a token-bucket
 * rate limit per client IP, and the operational endpoints `/metrics` (Prometheus), `/health` and
 * `/ready`. A malformed request gets a JSON-RPC error; nothing a client sends can stop the server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from '../log.js';
import type { MetricsRegistry } from '../metrics.js';
import type { Condition } from '../../../chain/blockstore/query.js';
import { blockEvents, eventMatches, messageHead, parseSubscriptionQuery, serialisedBody, type CommittedBlock, type PublishedEvent } from './events.js';
import type { Json, JsonObject } from './encode.js';
import { internalError, Params, parseRequest, responseError, responseOk, RpcCodes, RpcError, salvageId, type JsonRpcId } from './jsonrpc.js';
import { METHODS, type CallContext, type RpcBackend, type WsSession } from './methods.js';
import { acceptWebsocket, CloseCodes, type WsConnection } from './websocket.js';

export interface RpcServerOptions {
  corsAllowedOrigins: string[];
  maxBodyBytes: number;
  maxBatchSize: number;
  rateLimit: { requestsPerSecond: number; burst: number };
  maxSubscriptionClients: number;
  maxSubscriptionsPerClient: number;
  /** Unsent output a websocket client may have before it is disconnected as too slow. */
  maxUnsentBytes?: number;
}

export interface HealthReport {
  /** The node is working (blocks are being produced). */
  live: boolean;
  /** The node is ready for traffic (started, not shutting down, not halted). */
  ready: boolean;
  detail: JsonObject;
}

/** Token bucket per client address; full buckets are forgotten so the table stays small. */
class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}
  take(client: string, n = 1): boolean {
    if (this.perSecond === 0) return true;
    const now = performance.now();
    const b = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    if (this.buckets.size > 10_000) this.sweep(now);
    if (b.tokens < n) {
      this.buckets.set(client, b);
      return false;
    }
    b.tokens -= n;
    this.buckets.set(client, b);
    return true;
  }
  private sweep(now: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(k);
  }
}

const BODY_DISCARD_FACTOR = 8;

class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
}

/** Reads a request body up to `max` bytes; a larger one is drained (up to a hard cap) and refused. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > max * BODY_DISCARD_FACTOR) {
      reject(new BodyTooLarge(`request body of ${declared} bytes exceeds the limit of ${max} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let n = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      n += c.length;
      if (n > max) {
        over = true;
        chunks.length = 0;
        // Draining lets the client read our error instead of a reset; past the hard cap, cut it off.
        if (n > max * BODY_DISCARD_FACTOR) {
          reject(new BodyTooLarge(`request body exceeds the limit of ${max} bytes`));
          req.socket.destroy();
        }
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => (over ? reject(new BodyTooLarge(`request body of ${n} bytes exceeds the limit of ${max} bytes`)) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function clientOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

class WsClient implements WsSession {
  readonly subs = new Map<string, { id: Json; conds: Condition[] }>();
  constructor(
    readonly conn: WsConnection,
    readonly address: string,
    private readonly maxSubs: number,
  ) {}
  subscribe(id: Json, query: string): void {
    if (this.subs.has(query)) throw internalError(`already subscribed to ${query}`);
    if (this.subs.size >= this.maxSubs) throw internalError(`max_subscriptions_per_client ${this.maxSubs} reached; unsubscribe first`);
    this.subs.set(query, { id, conds: parseSubscriptionQuery(query) });
  }
  unsubscribe(query: string): void {
    if (!this.subs.delete(query)) throw internalError(`subscription not found: ${query}`);
  }
  unsubscribeAll(): void {
    if (this.subs.size === 0) throw internalError('no subscriptions to remove');
    this.subs.clear();
  }
}

/** Unsent output a subscriber may have before it is disconnected as too slow (event bodies are shared, not copied per client). */
export const WS_MAX_UNSENT_BYTES = 16 * 1024 * 1024;
/** Blocks waiting to be published; past this the oldest are dropped for everyone (a stalled publisher must not grow). */
const MAX_PUBLISH_BACKLOG = 8;

export class RpcServer {
  private readonly server: Server;
  private readonly limiter: RateLimiter;
  private readonly clients = new Set<WsClient>();
  private closing = false;
  private readonly publishQueue: CommittedBlock[] = [];
  private publishing = false;

  constructor(
    private readonly backend: RpcBackend,
    private readonly opts: RpcServerOptions,
    private readonly log: Logger,
    private readonly metrics: MetricsRegistry,
    private readonly health: () => HealthReport,
  ) {
    this.limiter = new RateLimiter(opts.rateLimit.requestsPerSecond, opts.rateLimit.burst);
    this.server = createServer((req, res) => {
      this.onRequest(req, res).catch((e: unknown) => {
        this.log.error('rpc handler failed', { err: (e as Error).message });
        if (!res.headersSent) this.sendJson(res, 500, responseError(null, internalError('internal server error')));
        else res.destroy();
      });
    });
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.onUpgrade(req, socket, head));
    this.server.on('clientError', (_e, socket: Duplex) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      else socket.destroy();
    });
    this.server.requestTimeout = 60_000;
    this.server.headersTimeout = 20_000;
  }

  listen(host: string, port: number): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  /** Stops accepting requests, closes websockets (going away) and idle connections. */
  async close(): Promise<void> {
    this.closing = true;
    for (const c of this.clients) c.conn.close(CloseCodes.GoingAway, 'node shutting down');
    this.clients.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
      // In-flight requests get a moment to finish (broadcast_tx_commit waiters are rejected by the node).
      setTimeout(() => this.server.closeAllConnections(), 2000).unref();
    });
  }

  hasSubscribers(): boolean {
    for (const cl of this.clients) if (cl.subs.size > 0) return true;
    return false;
  }

  /**
   * Queues a committed block's events for websocket subscribers and returns at once: delivery runs
   * after the commit, one event per turn of the event loop, so neither the block path nor RPC waits
   * for it. Each event is serialised once, and only if a subscription matches it.
   */
  publish(c: CommittedBlock): void {
    if (!this.hasSubscribers()) return;
    this.publishQueue.push(c);
    if (this.publishQueue.length > MAX_PUBLISH_BACKLOG) {
      this.publishQueue.shift();
      this.metrics.inc('ws_blocks_dropped_total', 'Blocks whose events were not published because the publisher fell behind');
    }
    if (!this.publishing) {
      this.publishing = true;
      setImmediate(() => void this.drainPublishQueue());
    }
  }

  private async drainPublishQueue(): Promise<void> {
    try {
      for (let c = this.publishQueue.shift(); c !== undefined; c = this.publishQueue.shift()) {
        for (const e of blockEvents(c)) {
          if (this.closing) return;
          this.deliver(e);
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    } catch (e) {
      this.log.error('publishing events failed', { err: (e as Error).message });
    } finally {
      this.publishing = false;
      if (this.publishQueue.length > 0 && !this.closing) {
        this.publishing = true;
        setImmediate(() => void this.drainPublishQueue());
      }
    }
  }

  private deliver(e: PublishedEvent): void {
    let body: Buffer | undefined;
    for (const cl of this.clients) {
      for (const [query, s] of cl.subs) {
        if (!eventMatches(s.conds, e)) continue;
        body ??= serialisedBody(e);
        if (!cl.conn.sendParts([messageHead(s.id, query), body])) {
          this.metrics.inc('ws_slow_clients_dropped_total', 'Websocket subscribers disconnected for not reading their events');
          break;
        }
      }
    }
  }

  private cors(req: IncomingMessage, res: ServerResponse): void {
    const allowed = this.opts.corsAllowedOrigins;
    const origin = req.headers.origin;
    // Browsers send Origin with every cross-origin request; the headers mean nothing to other clients.
    if (origin === undefined) return;
    if (allowed.includes('*')) res.setHeader('Access-Control-Allow-Origin', '*');
    else if (origin !== undefined && allowed.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    } else return;
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Origin, Accept, Content-Type, X-Requested-With, X-Server-Time');
    res.setHeader('Access-Control-Max-Age', '600');
  }

  private sendJson(res: ServerResponse, status: number, body: Json): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  private rpcError(res: ServerResponse, status: number, id: JsonRpcId, e: RpcError): void {
    this.metrics.inc('rpc_errors_total', 'JSON-RPC errors returned, by code', 1, { code: String(e.code) });
    this.sendJson(res, status, responseError(id, e));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.cors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.method === 'GET') {
      // Parsed only here: a POST carries everything in its body, and URL parsing costs µs per request.
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname.replace(/\/+$/, '');
      if (path === '/metrics') {
        const text = this.metrics.render();
        res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
        res.end(text);
        return;
      }
      if (path === '/health') {
        const h = this.health();
        // Shaped like CometBFT's GET /health (a JSON-RPC response), with 503 when unhealthy for probes.
        if (h.live) this.sendJson(res, 200, responseOk(-1, {}));
        else this.sendJson(res, 503, responseError(-1, new RpcError(RpcCodes.Server, `node unhealthy: ${JSON.stringify(h.detail)}`)));
        return;
      }
      if (path === '/ready') {
        const h = this.health();
        this.sendJson(res, h.ready ? 200 : 503, { ready: h.ready, ...h.detail });
        return;
      }
      if (path === '' || path === '/') {
        this.sendJson(res, 200, { methods: Object.keys(METHODS).sort(), endpoints: ['/websocket', '/metrics', '/health', '/ready'] });
        return;
      }
      if (path === '/websocket') {
        this.rpcError(res, 400, null, new RpcError(RpcCodes.InvalidRequest, '/websocket needs a websocket upgrade'));
        return;
      }
      const method = path.slice(1);
      if (!this.limiter.take(clientOf(req))) return this.rateLimited(res, -1);
      if (!Object.hasOwn(METHODS, method)) {
        this.rpcError(res, 404, -1, new RpcError(RpcCodes.MethodNotFound, `unknown method ${JSON.stringify(method)}`));
        return;
      }
      let params: Params;
      try {
        params = Params.fromUri(url.searchParams);
      } catch (e) {
        return this.rpcError(res, 200, -1, e instanceof RpcError ? e : internalError((e as Error).message));
      }
      const out = await this.call(method, params, -1, undefined);
      this.sendJson(res, 200, out);
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'GET, POST, OPTIONS');
      this.rpcError(res, 405, null, new RpcError(RpcCodes.InvalidRequest, `HTTP method ${req.method} is not supported; POST JSON-RPC or GET /<method>`));
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(req, this.opts.maxBodyBytes);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        return this.rpcError(res, 413, null, new RpcError(RpcCodes.InvalidRequest, e.message));
      }
      throw e;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (e) {
      return this.rpcError(res, 400, null, new RpcError(RpcCodes.ParseError, (e as Error).message));
    }
    const client = clientOf(req);
    if (Array.isArray(parsed)) {
      if (parsed.length === 0) return this.rpcError(res, 400, null, new RpcError(RpcCodes.InvalidRequest, 'empty batch'));
      if (parsed.length > this.opts.maxBatchSize) return this.rpcError(res, 400, null, new RpcError(RpcCodes.InvalidRequest, `batch of ${parsed.length} requests exceeds the limit of ${this.opts.maxBatchSize}`));
      if (!this.limiter.take(client, parsed.length)) return this.rateLimited(res, null);
      const out: JsonObject[] = [];
      for (const item of parsed) {
        const r = await this.dispatch(item, undefined);
        if (r !== undefined) out.push(r);
      }
      if (out.length === 0) {
        res.writeHead(204);
        res.end();
      } else this.sendJson(res, 200, out);
      return;
    }
    if (!this.limiter.take(client)) return this.rateLimited(res, salvageId(parsed));
    const r = await this.dispatch(parsed, undefined);
    if (r === undefined) {
      res.writeHead(204);
      res.end();
      return;
    }
    this.sendJson(res, 'error' in r && isRequestError(r) ? 400 : 200, r);
  }

  private rateLimited(res: ServerResponse, id: JsonRpcId): void {
    this.metrics.inc('rpc_rate_limited_total', 'Requests refused by the per-client rate limit');
    res.setHeader('Retry-After', '1');
    this.rpcError(res, 429, id, new RpcError(RpcCodes.Server, `rate limit exceeded (${this.opts.rateLimit.requestsPerSecond} requests/s, burst ${this.opts.rateLimit.burst}); slow down`));
  }

  /** One request object → its response (undefined for a notification). */
  private async dispatch(raw: unknown, ws: WsClient | undefined): Promise<JsonObject | undefined> {
    let req;
    try {
      req = parseRequest(raw);
    } catch (e) {
      const err = e instanceof RpcError ? e : internalError((e as Error).message);
      this.metrics.inc('rpc_errors_total', 'JSON-RPC errors returned, by code', 1, { code: String(err.code) });
      return responseError(salvageId(raw), err);
    }
    const m = METHODS[req.method];
    if (m === undefined || !Object.hasOwn(METHODS, req.method)) {
      const err = new RpcError(RpcCodes.MethodNotFound, `unknown method ${JSON.stringify(req.method)}`);
      this.metrics.inc('rpc_errors_total', 'JSON-RPC errors returned, by code', 1, { code: String(err.code) });
      return req.hasId ? responseError(req.id, err) : undefined;
    }
    let params: Params;
    try {
      params = Params.fromJson(req.params, m.params);
    } catch (e) {
      const err = e instanceof RpcError ? e : internalError((e as Error).message);
      return req.hasId ? responseError(req.id, err) : undefined;
    }
    const out = await this.call(req.method, params, req.id, ws);
    return req.hasId ? out : undefined;
  }

  private async call(method: string, params: Params, id: JsonRpcId, ws: WsClient | undefined): Promise<JsonObject> {
    this.metrics.inc('rpc_requests_total', 'JSON-RPC requests, by method', 1, { method });
    if (this.log.enabled('debug')) this.log.debug('rpc call', { method, transport: ws === undefined ? 'http' : 'websocket' });
    if (this.closing) return responseError(id, new RpcError(RpcCodes.Server, 'node is shutting down'));
    const ctx: CallContext = { backend: this.backend, id, ...(ws === undefined ? {} : { ws }) };
    try {
      const result = await METHODS[method]!.call(params, ctx);
      return responseOk(id, result);
    } catch (e) {
      const err = e instanceof RpcError ? e : internalError((e as Error).message);
      if (!(e instanceof RpcError)) this.log.warn('rpc method failed', { method, err: (e as Error).message });
      this.metrics.inc('rpc_errors_total', 'JSON-RPC errors returned, by code', 1, { code: String(err.code) });
      return responseError(id, err);
    }
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
    if (path !== '/websocket') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    if (this.closing || this.clients.size >= this.opts.maxSubscriptionClients) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\ntoo many websocket clients\n');
      return;
    }
    const conn = acceptWebsocket(req, socket, head, { maxMessageBytes: this.opts.maxBodyBytes, maxBufferedBytes: this.opts.maxUnsentBytes ?? WS_MAX_UNSENT_BYTES });
    if (conn === undefined) return;
    const client = new WsClient(conn, clientOf(req), this.opts.maxSubscriptionsPerClient);
    this.clients.add(client);
    this.metrics.set('ws_clients', 'Open websocket connections', this.clients.size);
    conn.onClose(() => {
      this.clients.delete(client);
      this.metrics.set('ws_clients', 'Open websocket connections', this.clients.size);
    });
    conn.onMessage((text) => {
      void this.onWsMessage(client, text);
    });
  }

  private async onWsMessage(client: WsClient, text: string): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      client.conn.send(JSON.stringify(responseError(null, new RpcError(RpcCodes.ParseError, (e as Error).message))));
      return;
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    if (Array.isArray(parsed) && (parsed.length === 0 || parsed.length > this.opts.maxBatchSize)) {
      client.conn.send(JSON.stringify(responseError(null, new RpcError(RpcCodes.InvalidRequest, `a batch must hold 1 to ${this.opts.maxBatchSize} requests`))));
      return;
    }
    if (!this.limiter.take(client.address, items.length)) {
      this.metrics.inc('rpc_rate_limited_total', 'Requests refused by the per-client rate limit');
      client.conn.send(JSON.stringify(responseError(salvageId(items[0]), new RpcError(RpcCodes.Server, 'rate limit exceeded; slow down'))));
      return;
    }
    const out: JsonObject[] = [];
    for (const item of items) {
      try {
        const r = await this.dispatch(item, client);
        if (r !== undefined) out.push(r);
      } catch (e) {
        out.push(responseError(salvageId(item), internalError((e as Error).message)));
      }
    }
    if (out.length === 0) return;
    client.conn.send(JSON.stringify(Array.isArray(parsed) ? out : out[0]!));
  }
}

/** Parse errors and invalid requests are the client's malformed HTTP request (400); method errors are 200. */
function isRequestError(r: JsonObject): boolean {
  const e = r['error'];
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return false;
  const code = (e as JsonObject)['code'];
  return code === RpcCodes.ParseError || code === RpcCodes.InvalidRequest;
}
