/**
 * CometBFT 0.38's `config.toml` for a testnet validator: the keys of CometBFT's own template (its
 * `config/toml.go`), with its defaults except where a local multi-validator network needs otherwise
 * (proxy_app, ports, persistent peers, `allow_duplicate_ip`, `addr_book_strict = false`,
 * `timeout_commit`). Durations are Go duration strings, as CometBFT writes them. CometBFT fills any
 * key missing here with its default, so the file stays valid across 0.38 patch releases.
 */

/** The CometBFT release whose file formats `meshwork testnet` writes. */
export const COMET_CONFIG_VERSION = '0.38.17';

export type TomlValue = string | number | boolean | string[];

export interface CometConfigOptions {
  moniker: string;
  /** tcp://host:port of this validator's Meshwork ABCI app. */
  proxyApp: string;
  rpcLaddr: string;
  p2pLaddr: string;
  /** `id@host:port,…` of the other validators. */
  persistentPeers: string;
  timeoutCommitMs: number;
}

/** A Go `time.Duration` string for whole milliseconds ("1s", "500ms", "1m30s"). */
export function goDuration(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new Error(`duration must be a non-negative whole number of ms, got ${ms}`);
  if (ms === 0) return '0s';
  if (ms % 1000 !== 0) return ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
  const s = ms / 1000;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${sec}s`;
}

/** Sections in CometBFT's order; the unnamed first section holds the base options. */
export function cometConfig(o: CometConfigOptions): [string, [string, TomlValue][]][] {
  return [
    [
      '',
      [
        ['version', COMET_CONFIG_VERSION],
        ['proxy_app', o.proxyApp],
        ['moniker', o.moniker],
        ['db_backend', 'goleveldb'],
        ['db_dir', 'data'],
        ['log_level', 'info'],
        ['log_format', 'plain'],
        ['genesis_file', 'config/genesis.json'],
        ['priv_validator_key_file', 'config/priv_validator_key.json'],
        ['priv_validator_state_file', 'data/priv_validator_state.json'],
        ['priv_validator_laddr', ''],
        ['node_key_file', 'config/node_key.json'],
        ['abci', 'socket'],
        ['filter_peers', false],
      ],
    ],
    [
      'rpc',
      [
        ['laddr', o.rpcLaddr],
        ['cors_allowed_origins', ['*']],
        ['max_open_connections', 900],
        ['timeout_broadcast_tx_commit', '10s'],
        ['max_body_bytes', 1_000_000],
        ['max_header_bytes', 1_048_576],
      ],
    ],
    [
      'p2p',
      [
        ['laddr', o.p2pLaddr],
        ['external_address', ''],
        ['seeds', ''],
        ['persistent_peers', o.persistentPeers],
        ['addr_book_file', 'config/addrbook.json'],
        // Local and private addresses are fine on a testnet.
        ['addr_book_strict', false],
        ['max_num_inbound_peers', 40],
        ['max_num_outbound_peers', 10],
        ['pex', true],
        // Several validators on one machine share an IP.
        ['allow_duplicate_ip', true],
        ['handshake_timeout', '20s'],
        ['dial_timeout', '3s'],
      ],
    ],
    [
      'mempool',
      [
        ['recheck', true],
        ['broadcast', true],
        ['size', 5000],
        ['max_txs_bytes', 1_073_741_824],
        ['cache_size', 10_000],
        ['max_tx_bytes', 1_048_576],
      ],
    ],
    [
      'statesync',
      [
        // A node joining later sets enable = true, rpc_servers, trust_height and trust_hash (README).
        ['enable', false],
        ['rpc_servers', ''],
        ['trust_height', 0],
        ['trust_hash', ''],
        ['trust_period', '168h0m0s'],
        ['discovery_time', '15s'],
        ['temp_dir', ''],
        ['chunk_request_timeout', '10s'],
        // CometBFT's template quotes this integer; its config decoder accepts either.
        ['chunk_fetchers', '4'],
      ],
    ],
    ['blocksync', [['version', 'v0']]],
    [
      'consensus',
      [
        ['wal_file', 'data/cs.wal/wal'],
        ['timeout_propose', '3s'],
        ['timeout_propose_delta', '500ms'],
        ['timeout_prevote', '1s'],
        ['timeout_prevote_delta', '500ms'],
        ['timeout_precommit', '1s'],
        ['timeout_precommit_delta', '500ms'],
        ['timeout_commit', goDuration(o.timeoutCommitMs)],
        ['double_sign_check_height', 0],
        ['skip_timeout_commit', false],
        ['create_empty_blocks', true],
        ['create_empty_blocks_interval', '0s'],
        ['peer_gossip_sleep_duration', '100ms'],
        ['peer_query_maj23_sleep_duration', '2s'],
      ],
    ],
    ['storage', [['discard_abci_responses', false]]],
    [
      'tx_index',
      [
        ['indexer', 'kv'],
        ['psql-conn', ''],
      ],
    ],
    [
      'instrumentation',
      [
        ['prometheus', false],
        ['prometheus_listen_addr', ':26660'],
        ['max_open_connections', 3],
        ['namespace', 'cometbft'],
      ],
    ],
  ];
}

function tomlValue(v: TomlValue): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((s) => JSON.stringify(s)).join(', ')}]`;
  return String(v);
}

export function cometConfigToml(o: CometConfigOptions): string {
  const lines = ['# CometBFT 0.38 node configuration, written by `meshwork testnet`.', '# Keys left out take CometBFT\'s defaults.', ''];
  for (const [section, entries] of cometConfig(o)) {
    if (section !== '') lines.push('', `[${section}]`);
    for (const [k, v] of entries) lines.push(`${k} = ${tomlValue(v)}`);
  }
  return `${lines.join('\n')}\n`;
}
