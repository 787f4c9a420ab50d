/**
 * The dashboard's web server for `meshwork devnet`: the built page (dist/dashboard, `npm run build`)
 * and `/devnet.json`, which tells the page the chains' RPC URLs, the dev accounts it signs with, the
 * IBC path, and the contracts deployed on the devnet (`mesh.json`, `product-oracle.json` in the devnet
 * directory, read on every request so a later deployment shows without a restart). Loopback only:
 * the dev accounts' mnemonics are in `devnet.json`, as they are in the homes' keyring files.
 *
 * Node's own http server: a static directory and one JSON document need no framework.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { readKeyring, RELAYER_KEY_NAME } from '../node/home.js';

export const DASHBOARD_DIR = resolve(new URL('../../dashboard', import.meta.url).pathname);

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface DashboardChain {
  key: string;
  chainId: string;
  home: string;
  rpc: string;
}

export interface DashboardOptions {
  dir: string;
  chains: DashboardChain[];
  port: number;
  /** The built page; default dist/dashboard next to this file's dist/app. */
  root?: string;
}

/** The file the devnet writes when a deployment exists, or undefined (absent, unreadable: "not deployed"). */
function readDeployment(path: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function devnetInfo(o: DashboardOptions): unknown {
  const homeConfig = (home: string) => JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as { address_prefix?: string; app?: { min_gas_price?: string }; consensus?: { block_time_ms?: number } };
  return {
    chains: o.chains.map((c) => {
      const config = homeConfig(c.home);
      const gasPrice = config.app?.min_gas_price ?? '0.0025stake';
      const denom = /^[\d.]+(.+)$/.exec(gasPrice)?.[1] ?? 'stake';
      return {
        key: c.key,
        chainId: c.chainId,
        rpc: c.rpc,
        prefix: config.address_prefix ?? 'mesh',
        denom,
        // Ten times the node's minimum, so 'auto' gas estimates never fall short on price.
        gasPrice: gasPrice.replace(/^[\d.]+/, (n) => String(Number(n) * 10)),
        blockTimeMs: config.consensus?.block_time_ms,
        accounts: readKeyring(c.home)
          .filter((k) => k.name !== RELAYER_KEY_NAME)
          .map((k) => ({ name: k.name, address: k.address, mnemonic: k.mnemonic })),
      };
    }),
    ibc: readDeployment(join(o.dir, 'relayer-path.json')),
    deployments: { mesh: readDeployment(join(o.dir, 'mesh.json')), oracle: readDeployment(join(o.dir, 'product-oracle.json')) },
  };
}

export class DashboardError extends Error {
  override readonly name = 'DashboardError';
}

/** Starts the server on 127.0.0.1:port; resolves once it listens. */
export function serveDashboard(o: DashboardOptions): Promise<Server> {
  const root = o.root ?? DASHBOARD_DIR;
  if (!existsSync(join(root, 'index.html'))) return Promise.reject(new DashboardError(`the dashboard is not built (no ${join(root, 'index.html')}); run \`npm run build\``));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === '/devnet.json') {
      let body: string;
      try {
        body = JSON.stringify(devnetInfo(o));
      } catch (e) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`cannot read the devnet: ${(e as Error).message}`);
        return;
      }
      res.writeHead(200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' }).end(body);
      return;
    }
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(new DashboardError(e.code === 'EADDRINUSE' ? `port ${o.port} (the dashboard) is already in use; pass --dashboard-port <free port>` : `the dashboard server failed: ${e.message}`)));
    server.listen(o.port, '127.0.0.1', () => resolveListen(server));
  });
}
