/**
 * A running Meshwork node: the standard app on disk (state and blocks in one SQLite database, so a
 * block and its state commit together), the block driver resumed from the last committed block, a
 * block timer that produces a block every `block_time` (also when empty: relayers wait for heights),
 * the mempool, and the CometBFT-compatible RPC server.
 *
 * Block production is synchronous (app execution is), so it never interleaves with RPC handlers or
 * a shutdown signal: a stop always happens between blocks, after the last block is durable.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BlockDriver, type ProducedBlock } from '../../chain/consensus/driver.js';
import { SqliteStore } from '../../chain/store/sqlite.js';
import { SqliteBlockStore } from '../../chain/blockstore/sqlite.js';
import type { TxRecord, TxSearchOptions } from '../../chain/blockstore/types.js';
import { BackgroundSearch, BackgroundSearchError } from '../../chain/blockstore/background-search.js';
import { IndexSearcher } from '../../chain/blockstore/search.js';
import { parseQuery } from '../../chain/blockstore/query.js';
import type { BaseApp } from '../../chain/kernel/baseapp.js';
import type { TimeNs } from '../../chain/kernel/context.js';
import type { ValidatorSigner } from '../../chain/consensus/keys.js';
import { txHash } from '../../chain/tx/decode.js';
import { storesOf, upgradeStoresOf, type MeshworkApp } from '../chain/meshwork-app.js';
import { buildHomeChain } from './chain.js';
import { MESHWORK_V1, type AppVersion } from '../chain/versions.js';
import { UpgradeHaltError } from '../../chain/modules/upgrade/errors.js';
import { upgradeInfoFileSink } from './upgrade-info.js';
import { parseGasPrice, parseListenAddress, type ConfigOverrides, type NodeConfig } from './config.js';
import type { CometGenesis } from './genesis.js';
import { loadHome, type HomePaths } from './home.js';
import { Logger } from './log.js';
import { Mempool, MempoolError, type AddResult, type MempoolTx, type PreparedTx } from './mempool.js';
import { MetricsRegistry } from './metrics.js';
import { secp256k1Backend } from '../../chain/tx/secp256k1-backend.js';
import { SignatureVerifyPool } from '../../chain/tx/verify-pool.js';
import { preverifySignatures } from '../../chain/tx/preverify.js';
import type { DecodedTx } from '../../chain/tx/decode.js';
import { hexUpper } from './rpc/encode.js';
import type { CommittedBlock } from './rpc/events.js';
import type { RpcBackend } from './rpc/methods.js';
import { RpcServer, type HealthReport } from './rpc/server.js';

export class NodeError extends Error {
  override readonly name = 'NodeError';
}

export interface NodeOptions {
  home: string;
  /** Applied on top of config.json (tests: port 0, a short block time). */
  config?: ConfigOverrides;
  /** Default: JSON lines on stdout at the configured level. */
  logger?: Logger;
  /** The app version (binary) to run; default the standard one. */
  version?: AppVersion;
  /** `--unsafe-skip-upgrades`: heights at which a due upgrade plan is dropped instead of applied. */
  unsafeSkipUpgrades?: readonly number[];
  /**
   * A shorter block time until `endSetupBlockTime()` (a devnet creating its IBC path and deploying
   * contracts, each step of which waits for a block or two). Block times come from the proposer's
   * clock, so nothing in state depends on it.
   */
  setupBlockTimeMs?: number;
}

type NodeState = 'idle' | 'running' | 'stopping' | 'stopped' | 'halted';

const MS_NS = 1_000_000n;
/**
 * Tx bytes one search page may carry (they go out base64 in JSON built on the main thread): a page
 * of 100 one-megabyte txs, or of 100 full blocks, would stall the node for seconds and cost
 * gigabytes. Past it the search is refused as too expensive, with the remedy (a smaller per_page).
 */
export const MAX_SEARCH_PAGE_TX_BYTES = 8 * 1024 * 1024;

function pageTooLarge(what: string, n: number): BackgroundSearchError {
  return new BackgroundSearchError('too_expensive', `query too expensive: ${what} page of ${n} would carry more than ${MAX_SEARCH_PAGE_TX_BYTES} bytes of txs; ask for a smaller per_page`);
}
/** Longest stretch of tx execution before a block hands the event loop back to RPC. */
const YIELD_EVERY_MS = 5;

/**
 * A pause function for work done in slices: undefined while the current slice is younger than
 * `ms`, else a promise that resolves on the next turn of the event loop (after pending I/O).
 */
/** Resolves on the next turn of the event loop, after pending I/O callbacks. */
function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

function yieldEvery(ms: number): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < ms) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        sliceStart = performance.now();
        resolve();
      }),
    );
  };
}

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    if (typeof pkg.version === 'string') return pkg.version;
  } catch {
    // dist/ layout: one level deeper
  }
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    if (typeof pkg.version === 'string') return pkg.version;
  } catch {
    // unknown
  }
  return '0.0.0';
}

/**
 * Claims the data directory for this process (`data/LOCK` holds the pid): two nodes on one database
 * would both produce blocks. A lock left by a process that no longer runs is taken over.
 */
export function lockHome(dataDir: string): string {
  const file = join(dataDir, 'LOCK');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = Number(readFileSync(file, 'utf8').trim());
    let alive = false;
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid) {
      try {
        process.kill(pid, 0);
        alive = true;
      } catch (e) {
        alive = (e as NodeJS.ErrnoException).code === 'EPERM';
      }
    }
    if (alive || pid === process.pid) throw new NodeError(`${dataDir} is in use by another meshwork node (pid ${pid}); stop it first, or delete ${file} if it is stale`);
    rmSync(file, { force: true });
  }
  throw new NodeError(`cannot lock ${dataDir}: ${file} keeps reappearing`);
}

export class MeshworkNode implements RpcBackend {
  readonly paths: HomePaths;
  readonly config: NodeConfig;
  readonly chainId: string;
  readonly moniker: string;
  readonly appVersion: string;
  readonly genesisDoc: CometGenesis;
  readonly signer: ValidatorSigner;
  readonly m: MeshworkApp;
  readonly app: BaseApp;
  readonly driver: BlockDriver;
  readonly blockStore: SqliteBlockStore;
  readonly mempool: Mempool;
  readonly metrics = new MetricsRegistry();
  /** Channels that have had pending packets (their gauge is kept, at 0 once drained). */
  private readonly pendingChannels = new Set<string>();
  readonly log: Logger;
  readonly broadcastCommitTimeoutMs: number;
  private readonly state: SqliteStore;
  private readonly lockFile: string;
  private readonly blockLimits: { maxBytes: bigint; maxGas: bigint };
  private rpc: RpcServer | undefined;
  /** Index searches in a worker with its own read connection (started with the RPC server). */
  private search: BackgroundSearch | undefined;
  private rpcAddr = '';
  private status: NodeState = 'idle';
  private timer: NodeJS.Timeout | undefined;
  /** The block being produced by the timer, if any (it yields to RPC between slices of txs). */
  private producing: Promise<void> | undefined;
  private lastBlockWallMs = 0;
  /** The block time now: the setup one until `endSetupBlockTime`, then the configured one. */
  private blockTimeMs: number;
  private readonly blockListeners = new Set<(c: CommittedBlock) => void>();
  private readonly txWaiters = new Map<string, { resolve: (r: TxRecord) => void; reject: (e: Error) => void }[]>();
  private haltWith: (e: Error) => void = () => {};
  /** The last block's header time (for the block interval metric); from the store after a restart. */
  private lastHeaderTime: { seconds: bigint; nanos: number } | undefined;
  /** Broadcast txs waiting for the end of this event-loop turn to be verified on the pool together. */
  private preverifyBatch: { txs: DecodedTx[]; done: Promise<boolean> } | undefined;
  /** A background pass over the mempool's pending re-checks is scheduled. */
  private rechecking = false;
  /** Signature verification off the main thread (started with the RPC server, or by the first broadcast; closed on stop). */
  private verifyPool: SignatureVerifyPool | undefined;
  /** Txs whose every signature check CheckTx had verified ahead on the pool. */
  private readonly preverified = new WeakSet<DecodedTx>();
  /** Broadcasts are admitted in arrival order, whatever order the pool answers them in. */
  private admissions: Promise<unknown> = Promise.resolve();
  /** Resolves with the error that halted block production (e.g. an `UpgradeHaltError`). */
  readonly halted: Promise<Error> = new Promise((resolve) => (this.haltWith = resolve));

  private constructor(opts: NodeOptions) {
    const home = loadHome(opts.home, opts.config);
    this.paths = home.paths;
    this.config = home.config;
    this.log = opts.logger ?? new Logger(this.config.log_level);
    this.signer = home.signer;
    this.genesisDoc = home.genesis.doc;
    this.chainId = home.genesis.genesis.chainId;
    this.moniker = this.config.moniker;
    this.appVersion = packageVersion();
    this.broadcastCommitTimeoutMs = this.config.rpc.timeout_broadcast_tx_commit_ms;
    this.blockTimeMs = opts.setupBlockTimeMs ?? this.config.consensus.block_time_ms;
    const gasPrice = parseGasPrice(this.config.app.min_gas_price);

    this.lockFile = lockHome(this.paths.data);
    try {
      const appVersion = opts.version ?? MESHWORK_V1;
      this.state = new SqliteStore(this.paths.db, storesOf(appVersion), { keepRecent: this.config.app.pruning_keep_recent || undefined, upgradeStores: upgradeStoresOf(appVersion) });
    } catch (e) {
      rmSync(this.lockFile, { force: true });
      throw e;
    }
    try {
      this.blockStore = new SqliteBlockStore(this.state.database);
      const built = buildHomeChain(home, {
        store: this.state.multistore,
        blockStore: this.blockStore,
        minGasPrice: gasPrice.num === 0n ? undefined : { num: gasPrice.num, den: gasPrice.den },
        version: opts.version,
        skipUpgradeHeights: opts.unsafeSkipUpgrades,
        upgradeInfoSink: upgradeInfoFileSink(this.paths.data),
      });
      this.m = built.m;
      this.driver = built.driver;
      // Contracts' `debug()` output (wasmd drops it unless in debug mode): log lines at level debug.
      // Attacker-chosen text, so it is off below that level; the VM charges the import's gas either way.
      if (this.log.enabled('debug')) {
        const log = this.log.child({ module: 'wasm' });
        this.m.keepers.wasm.setDebugSink((contract, message) => log.debug('contract debug', { contract, message }));
      }
      if (gasPrice.denom !== this.m.bondDenom) throw new NodeError(`config app.min_gas_price is in ${gasPrice.denom}, but fees are paid in ${this.m.bondDenom}`);
      this.app = this.m.app;
      const { consensus, genesis } = home.genesis;
      this.blockLimits = { maxBytes: consensus.blockMaxBytes, maxGas: consensus.blockMaxGas };
      this.mempool = new Mempool(
        this.app,
        {
          maxTxs: this.config.mempool.max_txs,
          maxTxsBytes: this.config.mempool.max_txs_bytes,
          maxTxBytes: this.config.mempool.max_tx_bytes,
          cacheSize: this.config.mempool.cache_size,
          blockMaxGas: consensus.blockMaxGas,
        },
        this.m.bondDenom,
        {
          // The ante (all CheckTx runs) reads and writes only its signers' accounts (the fee payer
          // must be a signer; fee grants are refused) and adds fees to the fee collector, so txs
          // with no signer in common can be re-checked in either order.
          conflictKeys: (tx) => tx.signers,
          onDropped: (d) => {
            this.metrics.inc('mempool_recheck_evicted_total', 'Txs dropped because they failed the re-check after a block');
            this.log.debug('mempool dropped a tx on re-check', { hash: d.tx.key, code: d.check.code, log: d.check.log });
          },
        },
      );
      if (this.blockStore.height === 0) {
        this.driver.init(genesis);
        this.log.info('initialised chain from genesis', { chain_id: this.chainId, validators: this.genesisDoc.validators.length });
        // Clients need a committed height (queries report it), so the first block comes at once.
        this.produceBlock();
      } else {
        const first = this.blockStore.block(genesis.initialHeight);
        if (first !== undefined && first.header.chainId !== this.chainId) {
          throw new NodeError(`the database in ${this.paths.data} holds chain ${first.header.chainId}, but genesis.json is for ${this.chainId}; use a fresh --home (or delete its data directory)`);
        }
        this.driver.resume();
        this.log.info('resumed from disk', { chain_id: this.chainId, height: this.driver.height, app_hash: hexUpper(this.app.lastAppHash()) });
      }
    } catch (e) {
      this.state.close();
      rmSync(this.lockFile, { force: true });
      throw e;
    }
    this.lastHeaderTime = this.driver.latestHeader()?.time;
    this.declareMetrics();
    this.updateHeightMetrics();
  }

  /** Opens the home's database and brings the chain up to its last block (or initialises it). */
  static open(opts: NodeOptions): MeshworkNode {
    return new MeshworkNode(opts);
  }

  get height(): number {
    return this.driver.height;
  }

  rpcAddress(): string {
    return this.rpcAddr;
  }

  /** The RPC URL clients connect to (after `start`). */
  get rpcUrl(): string {
    return this.rpcAddr.replace(/^tcp:/, 'http:');
  }

  /** Starts the RPC server and the block timer. */
  async start(): Promise<{ url: string; port: number }> {
    if (this.status !== 'idle') throw new NodeError(`cannot start a node that is ${this.status}`);
    const { host, port } = parseListenAddress(this.config.rpc.laddr);
    const rpc = this.config.rpc;
    this.rpc = new RpcServer(
      this,
      {
        corsAllowedOrigins: rpc.cors_allowed_origins,
        maxBodyBytes: rpc.max_body_bytes,
        maxBatchSize: rpc.max_batch_size,
        rateLimit: { requestsPerSecond: rpc.rate_limit.requests_per_second, burst: rpc.rate_limit.burst },
        maxSubscriptionClients: rpc.max_subscription_clients,
        maxSubscriptionsPerClient: rpc.max_subscriptions_per_client,
        maxUnsentBytes: rpc.ws_max_unsent_bytes,
      },
      this.log.child({ module: 'rpc' }),
      this.metrics,
      () => this.healthReport(),
    );
    const file = this.blockStore.file;
    if (file !== undefined) this.search = new BackgroundSearch(file, { budget: { maxRows: rpc.search_max_index_entries, maxMs: rpc.search_time_budget_ms } });
    const addr = await this.rpc.listen(host, port);
    const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    this.rpcAddr = `tcp://${shown}:${addr.port}`;
    this.status = 'running';
    // The verify pool's workers load while the node waits for its first broadcast (loading them
    // takes a second or more on a loaded machine; the first broadcast would wait that long).
    this.pool();
    this.lastBlockWallMs = Date.now();
    this.schedule(Date.now() + this.blockTimeMs);
    this.log.info('node started', { rpc: this.rpcAddr, height: this.height, block_time_ms: this.blockTimeMs });
    return { url: this.rpcUrl, port: addr.port };
  }

  /** Graceful shutdown: no new blocks, RPC closed, waiters rejected, database closed. */
  async stop(): Promise<void> {
    if (this.status === 'stopped' || this.status === 'stopping') return;
    const wasServing = this.rpc !== undefined;
    this.status = 'stopping';
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    // A block being executed finishes and commits before the database closes.
    await this.producing;
    await this.admissions;
    await this.verifyPool?.close();
    this.verifyPool = undefined;
    for (const [, ws] of this.txWaiters) for (const w of ws) w.reject(new NodeError('node is shutting down'));
    this.txWaiters.clear();
    if (wasServing) await this.rpc!.close();
    await this.search?.close();
    this.state.close();
    rmSync(this.lockFile, { force: true });
    this.status = 'stopped';
    this.log.info('node stopped', { height: this.height });
  }

  /** Produces one block from the mempool now, in one go (tests; the timer uses `produceBlockYielding`). */
  produceBlock(): ProducedBlock {
    this.requireProducing();
    const started = performance.now();
    const txs = this.reapBlock();
    this.driver.beginBlock({ time: this.nextBlockTime() });
    for (const t of txs) this.driver.deliverTx(t.bytes, t.decoded);
    return this.finishBlock(this.driver.endBlock(), txs, started);
  }

  /**
   * Produces one block, handing the event loop back to RPC between slices of txs, so queries and
   * CheckTx are served while a large block executes. Safe because until EndBlock the block's writes
   * live in its own branch: queries read committed versions, and CheckTx reads the committed state
   * through the check branch (and is redone for the whole mempool after the commit). The block
   * record is then written in slices too, in the transaction that ends with the state commit
   * (`BlockDriver.endBlockSliced`); EndBlock and the state commit themselves are single steps.
   */
  private async produceBlockYielding(): Promise<ProducedBlock> {
    this.requireProducing();
    const started = performance.now();
    // The last block's re-checks not yet done in the background, in slices, before the reap.
    while (this.mempool.recheckSome(YIELD_EVERY_MS)) await nextTurn();
    this.requireProducing();
    const txs = this.reapBlock();
    // Txs whose signatures CheckTx did not verify ahead (e.g. the signer had no account yet) are
    // verified as one batch on every worker; the ante then finds their verdicts.
    const unseen = txs.filter((t) => !this.preverified.has(t.decoded));
    if (unseen.length > 0 && this.pool() !== undefined) await this.preverify(unseen.map((t) => t.decoded), 'block');
    this.requireProducing();
    this.driver.beginBlock({ time: this.nextBlockTime() });
    const pause = yieldEvery(YIELD_EVERY_MS);
    for (const tx of txs) {
      this.driver.deliverTx(tx.bytes, tx.decoded);
      const p = pause();
      if (p !== undefined) await p;
    }
    return this.finishBlock(await this.driver.endBlockSliced(pause), txs, started);
  }

  private requireProducing(): void {
    if (this.status === 'stopping' || this.status === 'stopped' || this.status === 'halted') throw new NodeError(`cannot produce a block: the node is ${this.status}`);
  }

  private reapBlock(): MempoolTx[] {
    return this.mempool.reap(this.blockLimits.maxBytes, this.blockLimits.maxGas);
  }

  /** The verify pool, started on first use; undefined once the node stops. */
  private pool(): SignatureVerifyPool | undefined {
    if (this.status === 'stopping' || this.status === 'stopped') return undefined;
    if (this.verifyPool === undefined) {
      const n = this.config.app.signature_verify_threads;
      this.verifyPool = new SignatureVerifyPool(n === 0 ? {} : { threads: n });
      this.metrics.set('verify_pool_threads', 'Worker threads verifying signatures off the main thread', this.verifyPool.threads, { backend: this.verifyPool.backend });
    }
    return this.verifyPool;
  }

  /**
   * A broadcast tx's signatures, verified on the pool with the others read in the same turn of the
   * event loop (16 clients' requests often arrive together): one pool request for all of them rather
   * than one message per tx. Resolves as `preverify` for the whole batch.
   */
  private preverifySoon(tx: DecodedTx): Promise<boolean> {
    let batch = this.preverifyBatch;
    if (batch === undefined) {
      const txs: DecodedTx[] = [];
      const done = new Promise<boolean>((resolve) =>
        setImmediate(() => {
          this.preverifyBatch = undefined;
          resolve(this.preverify(txs, 'check_tx'));
        }),
      );
      batch = this.preverifyBatch = { txs, done };
    }
    batch.txs.push(tx);
    return batch.done;
  }

  /** Verifies `txs`' signatures on the pool ahead of the ante; resolves true when every check was covered. */
  private async preverify(txs: DecodedTx[], source: 'check_tx' | 'block'): Promise<boolean> {
    const pool = this.pool();
    if (pool === undefined) return false;
    const r = await preverifySignatures(this.app, pool, txs);
    const help = 'Signature checks worked out ahead of the ante handler, by source and outcome (known: verdict already recorded; verified: by the pool; pool_error: left to the main thread)';
    if (r.known > 0) this.metrics.inc('verify_pool_checks_total', help, r.known, { source, outcome: 'known' });
    if (r.verified > 0) this.metrics.inc('verify_pool_checks_total', help, r.verified, { source, outcome: 'verified' });
    if (r.poolError !== undefined) {
      this.metrics.inc('verify_pool_checks_total', help, r.checks - r.known, { source, outcome: 'pool_error' });
      this.log.warn('signature verify pool failed; the ante verifies on the main thread', { err: r.poolError });
      return false;
    }
    return r.checks > 0;
  }

  private finishBlock(produced: ProducedBlock, txs: MempoolTx[], started: number): ProducedBlock {
    // Re-checks of the txs left in the mempool happen as arrivals need them and in the background.
    this.mempool.update(txs);
    this.scheduleRechecks();
    const ms = performance.now() - started;
    this.lastBlockWallMs = Date.now();
    const h = Number(produced.header.height);
    const failed = produced.results.txResults.filter((r) => r.code !== 0).length;
    this.recordBlockMetrics(produced, ms, failed);
    this.log.info('committed block', { height: h, txs: txs.length, failed_txs: failed, gas_used: produced.results.gasUsed, app_hash: hexUpper(produced.results.appHash), ms: Math.round(ms) });
    // Waiters, listeners and subscribers hear of the block after the commit path has returned.
    if (this.blockListeners.size > 0 || this.txWaiters.size > 0 || this.rpc?.hasSubscribers() === true) {
      setImmediate(() => {
        if (this.status !== 'stopped') this.notify(h, produced.txHashes);
      });
    }
    return produced;
  }

  /** Works through the mempool's pending re-checks in slices between other work. */
  private scheduleRechecks(): void {
    if (this.rechecking || this.mempool.recheckPending === 0) return;
    this.rechecking = true;
    const step = (): void => {
      if (this.status === 'stopped' || !this.mempool.recheckSome(YIELD_EVERY_MS)) {
        this.rechecking = false;
        this.setMempoolMetrics();
        return;
      }
      setImmediate(step);
    };
    setImmediate(step);
  }

  /** Leaves the setup block time (`NodeOptions.setupBlockTimeMs`): from the next block on, the configured one. */
  endSetupBlockTime(): void {
    if (this.blockTimeMs === this.config.consensus.block_time_ms) return;
    this.blockTimeMs = this.config.consensus.block_time_ms;
    this.log.info('setup over: configured block time from now on', { block_time_ms: this.blockTimeMs });
  }

  /** Subscribes to committed blocks; returns the unsubscribe function. */
  onBlock(fn: (c: CommittedBlock) => void): () => void {
    this.blockListeners.add(fn);
    return () => this.blockListeners.delete(fn);
  }

  /**
   * Mempool admission: the cheap refusals, hash and decoding at once; then the tx's signatures on
   * the verify pool (the main thread serves others meanwhile); then CheckTx, which finds their
   * verdicts. Admissions happen in arrival order, so a sender's pipelined txs keep their sequence
   * order however the pool schedules them.
   */
  broadcast(tx: Uint8Array): Promise<AddResult> {
    this.requireAccepting();
    let prepared: PreparedTx;
    try {
      prepared = this.mempool.prepare(tx);
    } catch (e) {
      this.countRefusal(e);
      throw e;
    }
    const decoded = prepared.decoded;
    const verified = decoded === undefined ? Promise.resolve(false) : this.preverifySoon(decoded);
    const result = this.admissions.then(async () => {
      const covered = await verified;
      this.requireAccepting();
      const r = this.admitPrepared(prepared);
      if (covered && r.added && decoded !== undefined) this.preverified.add(decoded);
      return r;
    });
    this.admissions = result.catch(() => undefined);
    return result;
  }

  private requireAccepting(): void {
    if (this.status !== 'running' && this.status !== 'idle') throw new MempoolError('unavailable', `the node is ${this.status} and takes no new txs`);
  }

  private countRefusal(e: unknown): void {
    if (e instanceof MempoolError) this.metrics.inc('mempool_rejected_txs_total', 'Txs refused by the mempool, by reason', 1, { reason: e.reason });
  }

  private admitPrepared(prepared: PreparedTx): AddResult {
    try {
      const r = this.mempool.admit(prepared);
      if (r.added) this.metrics.inc('mempool_admitted_txs_total', 'Txs admitted to the mempool');
      else this.metrics.inc('mempool_rejected_txs_total', 'Txs refused by the mempool, by reason', 1, { reason: 'check_tx' });
      this.setMempoolMetrics();
      return r;
    } catch (e) {
      this.countRefusal(e);
      throw e;
    }
  }

  admitSize(size: number): void {
    if (this.status !== 'running' && this.status !== 'idle') throw new MempoolError('unavailable', `the node is ${this.status} and takes no new txs`);
    try {
      this.mempool.admitSize(size);
    } catch (e) {
      if (e instanceof MempoolError) this.metrics.inc('mempool_rejected_txs_total', 'Txs refused by the mempool, by reason', 1, { reason: e.reason });
      throw e;
    }
  }

  async searchTxs(query: string, opts: TxSearchOptions): Promise<{ total: number; txs: TxRecord[] }> {
    const page = this.search !== undefined ? await this.search.searchTxs(query, opts) : new IndexSearcher(this.blockStore.db).searchTxs(parseQuery(query), opts);
    const txs: TxRecord[] = [];
    let bytes = 0;
    for (const [h, i] of page.positions) {
      const t = this.blockStore.txAt(h, i);
      if (t === undefined) continue;
      bytes += t.tx.length;
      if (bytes > MAX_SEARCH_PAGE_TX_BYTES) throw pageTooLarge('tx_search', page.positions.length);
      txs.push(t);
    }
    return { total: page.total, txs };
  }

  async searchBlocks(query: string, opts: TxSearchOptions): Promise<{ total: number; heights: number[] }> {
    const page = this.search !== undefined ? await this.search.searchBlocks(query, opts) : new IndexSearcher(this.blockStore.db).searchBlocks(parseQuery(query), opts);
    let bytes = 0;
    for (const h of page.heights) {
      bytes += this.blockStore.blockTxBytes(h);
      if (bytes > MAX_SEARCH_PAGE_TX_BYTES) throw pageTooLarge('block_search', page.heights.length);
    }
    return page;
  }

  waitForTx(hash: Uint8Array, timeoutMs: number): Promise<TxRecord> {
    const key = hexUpper(hash);
    return new Promise<TxRecord>((resolve, reject) => {
      const list = this.txWaiters.get(key) ?? [];
      const timer = setTimeout(() => {
        const l = this.txWaiters.get(key);
        if (l !== undefined) {
          const rest = l.filter((w) => w !== entry);
          if (rest.length === 0) this.txWaiters.delete(key);
          else this.txWaiters.set(key, rest);
        }
        reject(new NodeError(`timed out after ${timeoutMs} ms waiting for tx ${key} to be committed; it may still be included later (look it up with tx_search)`));
      }, timeoutMs);
      const entry = {
        resolve: (r: TxRecord) => {
          clearTimeout(timer);
          resolve(r);
        },
        reject: (e: Error) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      list.push(entry);
      this.txWaiters.set(key, list);
    });
  }

  healthReport(): HealthReport {
    const sinceMs = Date.now() - this.lastBlockWallMs;
    // A block is overdue after a few block times (a long block, e.g. a big upload, is tolerated).
    const stalled = this.status === 'running' && sinceMs > Math.max(10_000, 10 * this.config.consensus.block_time_ms);
    const live = (this.status === 'running' || this.status === 'idle') && !stalled;
    return { live, ready: this.status === 'running' && !stalled, detail: { status: this.status, height: this.height, last_block_ms_ago: sinceMs, mempool_txs: this.mempool.size } };
  }

  /**
   * The proposer's clock sets block time (as in CometBFT); it is strictly after the previous block's
   * time and never before genesis. State transitions only ever see it through the header.
   */
  private nextBlockTime(): TimeNs {
    const now = BigInt(Date.now()) * MS_NS;
    const prev = this.driver.latestHeader();
    const prevNs = prev === undefined ? this.driver.genesisTime - 1n : prev.time.seconds * 1_000_000_000n + BigInt(prev.time.nanos);
    const floor = prevNs + MS_NS;
    const t = now > floor ? now : floor;
    return t < this.driver.genesisTime ? this.driver.genesisTime : t;
  }

  private schedule(dueMs: number): void {
    if (this.status !== 'running') return;
    this.timer = setTimeout(() => this.tick(), Math.max(0, dueMs - Date.now()));
  }

  private tick(): void {
    this.timer = undefined;
    if (this.status !== 'running') return;
    const started = Date.now();
    this.producing = this.produceBlockYielding().then(
      () => {
        this.producing = undefined;
        this.schedule(started + this.blockTimeMs);
      },
      (e: unknown) => {
        this.producing = undefined;
        // The app failed outside a tx (BeginBlock/EndBlock/commit): like CometBFT, stop making blocks.
        this.status = 'halted';
        if (e instanceof UpgradeHaltError) this.log.error(e.message, { height: e.height, upgrade: e.planName, reason: e.kind });
        else this.log.error('block production failed; the node has halted (restart it once the cause is fixed)', { height: this.height + 1, err: (e as Error).message });
        this.haltWith(e as Error);
        for (const [, ws] of this.txWaiters) for (const w of ws) w.reject(new NodeError('the node halted'));
        this.txWaiters.clear();
      },
    );
  }

  private notify(height: number, hashes?: readonly Uint8Array[]): void {
    const block = this.blockStore.block(height);
    const results = this.blockStore.results(height);
    if (block === undefined || results === undefined) return;
    const txs: TxRecord[] = block.txs.map((tx, index) => ({ hash: hashes?.[index] ?? txHash(tx), height, index, tx, result: results.txResults[index]! }));
    const c: CommittedBlock = { block, results, txs };
    for (const t of txs) {
      const key = hexUpper(t.hash);
      const ws = this.txWaiters.get(key);
      if (ws === undefined) continue;
      this.txWaiters.delete(key);
      for (const w of ws) w.resolve(t);
    }
    this.rpc?.publish(c);
    for (const fn of this.blockListeners) {
      try {
        fn(c);
      } catch (e) {
        this.log.warn('block listener failed', { err: (e as Error).message });
      }
    }
  }

  private declareMetrics(): void {
    const m = this.metrics;
    m.declare('consensus_height', 'gauge', 'Latest committed block height');
    m.declare('consensus_block_interval_seconds', 'gauge', 'Time between the last two blocks (header times)');
    m.declare('consensus_block_processing_seconds', 'gauge', 'Wall time to produce and commit the last block');
    m.declare('consensus_num_txs', 'gauge', 'Txs in the last block');
    m.declare('consensus_total_txs', 'counter', 'Txs included in blocks since this process started');
    m.declare('consensus_failed_txs_total', 'counter', 'Included txs whose execution failed (non-zero code)');
    m.declare('consensus_block_gas_used', 'gauge', 'Gas used by the last block');
    m.declare('consensus_gas_used_total', 'counter', 'Gas used by all blocks since this process started');
    m.declare('mempool_size', 'gauge', 'Txs in the mempool');
    m.declare('mempool_size_bytes', 'gauge', 'Bytes of the txs in the mempool');
    m.declare('mempool_recheck_evicted_total', 'counter', 'Txs dropped because they failed the re-check after a block');
    m.declare('mempool_admitted_txs_total', 'counter', 'Txs admitted to the mempool');
    m.declare('ws_clients', 'gauge', 'Open websocket connections');
    m.declare('verify_pool_checks_total', 'counter', 'Signature checks worked out ahead of the ante handler, by source and outcome (known: verdict already recorded; verified: by the pool; pool_error: left to the main thread)');
    m.declare('ibc_packets_pending', 'gauge', 'IBC packets this chain sent that are not yet acknowledged or timed out (all channels)');
    // Which library verifies tx signatures (chosen at start: native libsecp256k1, its WASM build, or noble).
    const { backend, skipped } = secp256k1Backend();
    m.set('crypto_secp256k1_backend_info', 'The secp256k1 verification backend in use (value 1; labels name it)', 1, { backend: backend.name, library: backend.library });
    this.log.info('secp256k1 verification backend', { backend: backend.name, library: backend.library, ...(skipped.length > 0 ? { skipped: skipped.map((k) => `${k.name}: ${k.reason}`).join('; ') } : {}) });
  }

  /** Sent packets awaiting an ack or timeout, per channel, and in all (a gauge per label set). */
  private updatePacketMetrics(): void {
    const help = 'IBC packets this chain sent that are not yet acknowledged or timed out (all channels)';
    const perChannel = this.m.keepers.ibc.core.channels.pendingPacketCounts(this.app.queryContext());
    const seen = new Set<string>();
    for (const c of perChannel) {
      this.metrics.set('ibc_channel_packets_pending', 'IBC packets sent on a channel, not yet acknowledged or timed out', c.count, { port_id: c.portId, channel_id: c.channelId });
      seen.add(`${c.portId}/${c.channelId}`);
    }
    // A channel whose packets all completed reads 0 rather than keeping its last count.
    for (const ch of this.pendingChannels) {
      if (!seen.has(ch)) {
        const [portId, channelId] = [ch.slice(0, ch.lastIndexOf('/')), ch.slice(ch.lastIndexOf('/') + 1)];
        this.metrics.set('ibc_channel_packets_pending', 'IBC packets sent on a channel, not yet acknowledged or timed out', 0, { port_id: portId, channel_id: channelId });
      }
    }
    for (const ch of seen) this.pendingChannels.add(ch);
    this.metrics.set('ibc_packets_pending', help, perChannel.reduce((n, c) => n + c.count, 0));
  }

  private setMempoolMetrics(): void {
    this.metrics.set('mempool_size', 'Txs in the mempool', this.mempool.size);
    this.metrics.set('mempool_size_bytes', 'Bytes of the txs in the mempool', this.mempool.sizeBytes);
  }

  private updateHeightMetrics(): void {
    this.metrics.set('consensus_height', 'Latest committed block height', this.height);
    this.updatePacketMetrics();
  }

  private recordBlockMetrics(p: ProducedBlock, ms: number, failed: number): void {
    const m = this.metrics;
    this.updateHeightMetrics();
    // The previous header's time, kept rather than read back (a stored block comes with all its txs).
    const prev = this.lastHeaderTime;
    this.lastHeaderTime = p.header.time;
    if (prev !== undefined) {
      const dt = Number(p.header.time.seconds - prev.seconds) + (p.header.time.nanos - prev.nanos) / 1e9;
      m.set('consensus_block_interval_seconds', 'Time between the last two blocks (header times)', dt);
    }
    m.set('consensus_block_processing_seconds', 'Wall time to produce and commit the last block', ms / 1000);
    m.set('consensus_num_txs', 'Txs in the last block', p.results.txResults.length);
    m.inc('consensus_total_txs', 'Txs included in blocks since this process started', p.results.txResults.length);
    m.inc('consensus_failed_txs_total', 'Included txs whose execution failed (non-zero code)', failed);
    m.set('consensus_block_gas_used', 'Gas used by the last block', Number(p.results.gasUsed));
    m.inc('consensus_gas_used_total', 'Gas used by all blocks since this process started', Number(p.results.gasUsed));
    this.setMempoolMetrics();
  }
}
