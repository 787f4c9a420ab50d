/**
 * config.json: node-local settings (nothing here changes state transitions, except that a node
 * with a different min gas price admits different txs into its own mempool).
 */
import { isLogLevel, type LogLevel } from './log.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface NodeConfig {
  moniker: string;
  log_level: LogLevel;
  /** Bech32 account prefix; must match the addresses in genesis.json. */
  address_prefix: string;
  rpc: {
    /** host:port the JSON-RPC server listens on (port 0: any free port). */
    laddr: string;
    cors_allowed_origins: string[];
    max_body_bytes: number;
    max_batch_size: number;
    /** Token bucket per client IP; requests_per_second 0 disables limiting. */
    rate_limit: { requests_per_second: number; burst: number };
    max_subscription_clients: number;
    max_subscriptions_per_client: number;
    timeout_broadcast_tx_commit_ms: number;
    /** Index entries one tx_search / block_search may examine before it is refused as too expensive. */
    search_max_index_entries: number;
    /** Time one search may run (in the search worker) before it is refused as too expensive. */
    search_time_budget_ms: number;
    /** Unsent event output a websocket subscriber may have before it is disconnected as too slow. */
    ws_max_unsent_bytes: number;
  };
  consensus: {
    /** Time between blocks; blocks are produced even when empty. */
    block_time_ms: number;
  };
  mempool: {
    max_txs: number;
    /** Sum of the sizes of all txs in the mempool. */
    max_txs_bytes: number;
    max_tx_bytes: number;
    /** Hashes of recently seen txs kept to reject duplicates. */
    cache_size: number;
  };
  app: {
    /** Lowest fee per unit of gas this node's mempool admits, e.g. "0.0025stake" ("0stake": none). */
    min_gas_price: string;
    /** State versions kept on disk (query-at-height window); 0 keeps all. */
    pruning_keep_recent: number;
    /**
     * Gas one simulation (`Service/Simulate`, CosmJS fee "auto") may use; past it the simulation
     * fails out of gas. Nobody pays for a simulation and it runs on the node's only thread, so
     * this bounds what one request can cost (wasmd's `simulation_gas_limit`).
     */
    simulation_gas_limit: number;
    /**
     * Worker threads verifying CheckTx signatures (and those of a block's txs CheckTx did not see)
     * off the main thread; 0: one per core (at most 8). Started on the first broadcast.
     */
    signature_verify_threads: number;
  };
}

/** About 2 s of a contract's CPU loop here: enough for uploads and ordinary calls, bounded for loops. */
export const DEFAULT_SIMULATION_GAS_LIMIT = 10_000_000;

export function defaultConfig(moniker = 'meshwork-node'): NodeConfig {
  return {
    moniker,
    log_level: 'info',
    address_prefix: 'mesh',
    rpc: {
      laddr: '127.0.0.1:26657',
      cors_allowed_origins: ['*'],
      max_body_bytes: 2_000_000,
      max_batch_size: 20,
      rate_limit: { requests_per_second: 200, burst: 400 },
      max_subscription_clients: 100,
      max_subscriptions_per_client: 5,
      timeout_broadcast_tx_commit_ms: 10_000,
      search_max_index_entries: 400_000,
      search_time_budget_ms: 2_000,
      ws_max_unsent_bytes: 16 * 1024 * 1024,
    },
    consensus: { block_time_ms: 1000 },
    mempool: { max_txs: 5000, max_txs_bytes: 64 * 1024 * 1024, max_tx_bytes: 1024 * 1024, cache_size: 10_000 },
    app: { min_gas_price: '0.0025stake', pruning_keep_recent: 0, simulation_gas_limit: DEFAULT_SIMULATION_GAS_LIMIT, signature_verify_threads: 0 },
  };
}

export type ConfigOverrides = {
  [K in keyof NodeConfig]?: NodeConfig[K] extends object ? (NodeConfig[K] extends unknown[] ? NodeConfig[K] : Partial<NodeConfig[K]>) : NodeConfig[K];
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Fills missing keys from the defaults, then checks every value. */
export function parseConfig(raw: unknown, overrides: ConfigOverrides = {}): NodeConfig {
  if (!isObject(raw)) throw new ConfigError('config.json must hold a JSON object');
  const d = defaultConfig();
  const section = <T extends object>(name: string, def: T, over: Partial<T> | undefined): T => {
    const v = raw[name];
    if (v !== undefined && !isObject(v)) throw new ConfigError(`config ${name} must be an object`);
    return { ...def, ...(v as Partial<T> | undefined), ...(over ?? {}) };
  };
  const rpc = section('rpc', d.rpc, overrides.rpc);
  const rateRaw = rpc.rate_limit as unknown;
  if (!isObject(rateRaw)) throw new ConfigError('config rpc.rate_limit must be an object {requests_per_second, burst}');
  rpc.rate_limit = { ...d.rpc.rate_limit, ...(rateRaw as Partial<NodeConfig['rpc']['rate_limit']>) };
  const c: NodeConfig = {
    moniker: (overrides.moniker ?? raw['moniker'] ?? d.moniker) as string,
    log_level: (overrides.log_level ?? raw['log_level'] ?? d.log_level) as LogLevel,
    address_prefix: (overrides.address_prefix ?? raw['address_prefix'] ?? d.address_prefix) as string,
    rpc,
    consensus: section('consensus', d.consensus, overrides.consensus),
    mempool: section('mempool', d.mempool, overrides.mempool),
    app: section('app', d.app, overrides.app),
  };
  checkConfig(c);
  return c;
}

function positiveInt(v: unknown, what: string, min = 1): void {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw new ConfigError(`config ${what} must be an integer ≥ ${min}, got ${JSON.stringify(v)}`);
}

export function checkConfig(c: NodeConfig): void {
  if (typeof c.moniker !== 'string' || c.moniker.length === 0) throw new ConfigError('config moniker must be a non-empty string');
  if (typeof c.log_level !== 'string' || !isLogLevel(c.log_level)) throw new ConfigError(`config log_level must be debug, info, warn or error, got ${JSON.stringify(c.log_level)}`);
  if (typeof c.address_prefix !== 'string' || !/^[a-z][a-z0-9]*$/.test(c.address_prefix)) throw new ConfigError('config address_prefix must be a lower-case bech32 prefix such as "mesh"');
  parseListenAddress(c.rpc.laddr);
  if (!Array.isArray(c.rpc.cors_allowed_origins) || c.rpc.cors_allowed_origins.some((o) => typeof o !== 'string')) throw new ConfigError('config rpc.cors_allowed_origins must be a list of origins ("*" for any)');
  positiveInt(c.rpc.max_body_bytes, 'rpc.max_body_bytes', 1024);
  positiveInt(c.rpc.max_batch_size, 'rpc.max_batch_size');
  positiveInt(c.rpc.rate_limit.requests_per_second, 'rpc.rate_limit.requests_per_second', 0);
  positiveInt(c.rpc.rate_limit.burst, 'rpc.rate_limit.burst');
  positiveInt(c.rpc.max_subscription_clients, 'rpc.max_subscription_clients', 0);
  positiveInt(c.rpc.max_subscriptions_per_client, 'rpc.max_subscriptions_per_client', 0);
  positiveInt(c.rpc.timeout_broadcast_tx_commit_ms, 'rpc.timeout_broadcast_tx_commit_ms');
  positiveInt(c.rpc.search_max_index_entries, 'rpc.search_max_index_entries');
  positiveInt(c.rpc.search_time_budget_ms, 'rpc.search_time_budget_ms');
  positiveInt(c.rpc.ws_max_unsent_bytes, 'rpc.ws_max_unsent_bytes', 64 * 1024);
  positiveInt(c.consensus.block_time_ms, 'consensus.block_time_ms', 10);
  positiveInt(c.mempool.max_txs, 'mempool.max_txs');
  positiveInt(c.mempool.max_txs_bytes, 'mempool.max_txs_bytes');
  positiveInt(c.mempool.max_tx_bytes, 'mempool.max_tx_bytes');
  positiveInt(c.mempool.cache_size, 'mempool.cache_size', 0);
  parseGasPrice(c.app.min_gas_price);
  positiveInt(c.app.pruning_keep_recent, 'app.pruning_keep_recent', 0);
  positiveInt(c.app.signature_verify_threads, 'app.signature_verify_threads', 0);
  if (c.app.signature_verify_threads > 64) throw new ConfigError(`config app.signature_verify_threads must be at most 64, got ${c.app.signature_verify_threads}`);
  positiveInt(c.app.simulation_gas_limit, 'app.simulation_gas_limit');
  if (c.app.pruning_keep_recent !== 0 && c.app.pruning_keep_recent < 2) throw new ConfigError('config app.pruning_keep_recent must be 0 (keep all) or ≥ 2');
}

export function parseListenAddress(laddr: string): { host: string; port: number } {
  const m = /^(?:tcp:\/\/)?(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(laddr);
  const port = m === null ? NaN : Number(m[2]);
  if (m === null || port > 65535) throw new ConfigError(`config rpc.laddr must be host:port (e.g. 127.0.0.1:26657), got ${JSON.stringify(laddr)}`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port };
}

/** "0.0025stake" → 25/10000 per gas in "stake". */
export function parseGasPrice(s: string): { denom: string; num: bigint; den: bigint } {
  const m = typeof s === 'string' ? /^(\d+)(?:\.(\d+))?([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(s) : null;
  if (m === null) throw new ConfigError(`config app.min_gas_price must look like 0.0025stake, got ${JSON.stringify(s)}`);
  const frac = m[2] ?? '';
  return { denom: m[3]!, num: BigInt(`${m[1]}${frac}`), den: 10n ** BigInt(frac.length) };
}

/**
 * The gas price a client of this node pays by default (CLI, relayer): the node's minimum, so its
 * mempool admits the tx, or 0.025 of its denom when the node asks nothing (as public clients pay).
 */
export function clientGasPrice(minGasPrice: string): string {
  const gp = parseGasPrice(minGasPrice);
  return gp.num === 0n ? `0.025${gp.denom}` : minGasPrice;
}
