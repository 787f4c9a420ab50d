/**
 * `meshwork start --abci <addr>`: the node as an ABCI application for CometBFT 0.38. The home's
 * state database, the standard app (built as the built-in node builds it), and the ABCI socket
 * server; no RPC, mempool or block timer (CometBFT runs those). Settings from the `abci` section of
 * the home's config.json:
 *
 *   "abci": { "snapshot_interval": 100, "snapshot_keep_recent": 2, "min_retain_blocks": 0 }
 *
 * snapshot_interval: take a state-sync snapshot after every N-th commit (0: never; default 0);
 * snapshot_keep_recent: snapshots kept in data/snapshots (default 2); min_retain_blocks: blocks
 * CometBFT keeps below the latest (`Commit.retain_height`; 0: all, the default).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../chain/store/sqlite.js';
import { SnapshotStore } from '../../chain/store/snapshot.js';
import { createMeshworkApp, MESHWORK_STORES } from '../chain/meshwork-app.js';
import { parseGasPrice, type ConfigOverrides } from '../node/config.js';
import { loadHome, HomeError, type LoadedHome } from '../node/home.js';
import { Logger } from '../node/log.js';
import { lockHome, packageVersion } from '../node/node.js';
import { AbciApplication } from './application.js';
import { AbciServer, parseAbciAddress } from './server.js';

export interface AbciSettings {
  snapshot_interval: number;
  snapshot_keep_recent: number;
  min_retain_blocks: number;
}

export const DEFAULT_ABCI_SETTINGS: AbciSettings = { snapshot_interval: 0, snapshot_keep_recent: 2, min_retain_blocks: 0 };

/** The `abci` section of config.json (the rest of the file is the node's; see app/node/config.ts). */
export function readAbciSettings(configPath: string): AbciSettings {
  const raw = JSON.parse(readFileSync(configPath, 'utf8')) as { abci?: unknown };
  const section = raw.abci ?? {};
  if (typeof section !== 'object' || section === null || Array.isArray(section)) throw new HomeError(`${configPath}: abci must be an object {snapshot_interval, snapshot_keep_recent, min_retain_blocks}`);
  const s = { ...DEFAULT_ABCI_SETTINGS, ...(section as Partial<AbciSettings>) };
  for (const [k, min] of [['snapshot_interval', 0], ['snapshot_keep_recent', 1], ['min_retain_blocks', 0]] as const) {
    const v = s[k];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw new HomeError(`${configPath}: abci.${k} must be an integer ≥ ${min}, got ${JSON.stringify(v)}`);
  }
  return s;
}

export interface AbciNodeOptions {
  home: string;
  /** tcp://host:port or unix:///path (CometBFT's `proxy_app`). */
  address: string;
  config?: ConfigOverrides;
  logger?: Logger;
  version?: string;
}

export class AbciNode {
  readonly home: LoadedHome;
  readonly settings: AbciSettings;
  readonly abci: AbciApplication;
  readonly log: Logger;
  private readonly state: SqliteStore;
  private readonly lockFile: string;
  private readonly server: AbciServer;
  private readonly address: string;
  private stopped = false;

  private constructor(opts: AbciNodeOptions) {
    parseAbciAddress(opts.address); // a bad address fails before the home is locked
    this.home = loadHome(opts.home, opts.config);
    this.log = opts.logger ?? new Logger(this.home.config.log_level);
    this.settings = readAbciSettings(this.home.paths.config);
    this.address = opts.address;
    const { genesis, consensus } = this.home.genesis;
    const gasPrice = parseGasPrice(this.home.config.app.min_gas_price);
    this.lockFile = lockHome(this.home.paths.data);
    try {
      this.state = new SqliteStore(this.home.paths.db, MESHWORK_STORES, { keepRecent: this.home.config.app.pruning_keep_recent || undefined });
    } catch (e) {
      rmSync(this.lockFile, { force: true });
      throw e;
    }
    try {
      this.abci = new AbciApplication({
        store: this.state.multistore,
        build: (store) =>
          createMeshworkApp({
            chainId: genesis.chainId,
            store,
            prefix: this.home.config.address_prefix,
            minGasPrice: gasPrice.num === 0n ? undefined : { num: gasPrice.num, den: gasPrice.den },
            blockMaxGas: consensus.blockMaxGas > 0n ? consensus.blockMaxGas : undefined,
          }).app,
        version: opts.version ?? packageVersion(),
        snapshots: { store: new SnapshotStore(join(this.home.paths.data, 'snapshots'), this.settings.snapshot_keep_recent), interval: this.settings.snapshot_interval },
        minRetainBlocks: this.settings.min_retain_blocks,
        logger: this.log.child({ module: 'abci' }),
      });
      this.server = new AbciServer(this.abci, this.log.child({ module: 'abci-server' }));
    } catch (e) {
      this.state.close();
      rmSync(this.lockFile, { force: true });
      throw e;
    }
  }

  static open(opts: AbciNodeOptions): AbciNode {
    return new AbciNode(opts);
  }

  /** Listens for CometBFT; returns the bound address. */
  async start(): Promise<string> {
    const bound = await this.server.listen(this.address);
    this.log.info('ABCI server listening (CometBFT 0.38 proxy_app)', { addr: bound, chain_id: this.home.genesis.genesis.chainId, height: this.abci.app.lastBlockHeight, snapshot_interval: this.settings.snapshot_interval });
    return bound;
  }

  /** Closes the connections (between two requests: every handler is synchronous) and the database. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.server.close();
    this.state.close();
    rmSync(this.lockFile, { force: true });
    this.log.info('ABCI node stopped', { height: this.abci.app.lastBlockHeight });
  }
}

/** Runs an ABCI node until SIGINT or SIGTERM (the `meshwork start --abci` path); returns the exit code. */
export async function runAbciNode(opts: AbciNodeOptions): Promise<number> {
  const node = AbciNode.open(opts);
  try {
    await node.start();
  } catch (e) {
    await node.stop();
    throw e;
  }
  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      node.log.info('shutting down', { signal });
      node.stop().then(resolve, (e: unknown) => {
        node.log.error('shutdown failed', { err: (e as Error).message });
        resolve();
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return 0;
}
