/**
 * `meshwork testnet` output against CometBFT 0.38's file formats (field names and JSON/TOML types of
 * genesis.json, priv_validator_key.json, node_key.json, priv_validator_state.json, config.toml), and
 * the homes it writes run: one validator's app as a `meshwork start --abci` child process, three
 * in-process, four validators' blocks through ABCI agreeing on every app hash.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { ValidatorSigner } from '../../chain/consensus/keys.js';
import { main } from '../cli/main.js';
import { loadHome } from '../node/home.js';
import { parseRfc3339Ns } from '../node/rpc/encode.js';
import type { CometGenesis } from '../node/genesis.js';
import { AbciNode } from './node.js';
import { silentLogger } from '../node/log.js';
import { CometImitation, CometNetwork, initChainRequest } from './testkit.js';

const ROOT = join(import.meta.dirname, '..', '..');
const RUN = "import { main } from './app/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";
const BASE_PORT = 33300;
const N = 4;

type Kind = 's' | 'b' | 'i' | 'd' | 'a';
/** Keys and value types of CometBFT 0.38's config.toml template (config/toml.go), by section. */
const COMET_TOML: Record<string, Record<string, Kind>> = {
  '': { version: 's', proxy_app: 's', moniker: 's', db_backend: 's', db_dir: 's', log_level: 's', log_format: 's', genesis_file: 's', priv_validator_key_file: 's', priv_validator_state_file: 's', priv_validator_laddr: 's', node_key_file: 's', abci: 's', filter_peers: 'b' },
  rpc: { laddr: 's', cors_allowed_origins: 'a', cors_allowed_methods: 'a', cors_allowed_headers: 'a', grpc_laddr: 's', grpc_max_open_connections: 'i', unsafe: 'b', max_open_connections: 'i', max_subscription_clients: 'i', max_subscriptions_per_client: 'i', experimental_subscription_buffer_size: 'i', experimental_websocket_write_buffer_size: 'i', experimental_close_on_slow_client: 'b', timeout_broadcast_tx_commit: 'd', max_request_batch_size: 'i', max_body_bytes: 'i', max_header_bytes: 'i', tls_cert_file: 's', tls_key_file: 's', pprof_laddr: 's' },
  p2p: { laddr: 's', external_address: 's', seeds: 's', persistent_peers: 's', addr_book_file: 's', addr_book_strict: 'b', max_num_inbound_peers: 'i', max_num_outbound_peers: 'i', unconditional_peer_ids: 's', persistent_peers_max_dial_period: 'd', flush_throttle_timeout: 'd', max_packet_msg_payload_size: 'i', send_rate: 'i', recv_rate: 'i', pex: 'b', seed_mode: 'b', private_peer_ids: 's', allow_duplicate_ip: 'b', handshake_timeout: 'd', dial_timeout: 'd' },
  mempool: { recheck: 'b', broadcast: 'b', wal_dir: 's', size: 'i', max_txs_bytes: 'i', cache_size: 'i', 'keep-invalid-txs-in-cache': 'b', max_tx_bytes: 'i', max_batch_bytes: 'i' },
  statesync: { enable: 'b', rpc_servers: 's', trust_height: 'i', trust_hash: 's', trust_period: 'd', discovery_time: 'd', temp_dir: 's', chunk_request_timeout: 'd', chunk_fetchers: 's' },
  blocksync: { version: 's' },
  consensus: { wal_file: 's', timeout_propose: 'd', timeout_propose_delta: 'd', timeout_prevote: 'd', timeout_prevote_delta: 'd', timeout_precommit: 'd', timeout_precommit_delta: 'd', timeout_commit: 'd', double_sign_check_height: 'i', skip_timeout_commit: 'b', create_empty_blocks: 'b', create_empty_blocks_interval: 'd', peer_gossip_sleep_duration: 'd', peer_query_maj23_sleep_duration: 'd' },
  storage: { discard_abci_responses: 'b' },
  tx_index: { indexer: 's', 'psql-conn': 's' },
  instrumentation: { prometheus: 'b', prometheus_listen_addr: 's', max_open_connections: 'i', namespace: 's' },
};
const GO_DURATION = /^(?:\d+h)?(?:\d+m)?(?:\d+(?:\.\d+)?(?:s|ms|us|ns))$/;

/** The TOML subset CometBFT's template uses: sections, and key = string | integer | bool | [strings]. */
function parseToml(text: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = { '': {} };
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const sec = /^\[([a-z0-9_]+)\]$/.exec(line);
    if (sec !== null) {
      section = sec[1]!;
      if (out[section] !== undefined) throw new Error(`section [${section}] twice`);
      out[section] = {};
      continue;
    }
    const kv = /^([a-z0-9_-]+) = (.+)$/.exec(line);
    if (kv === null) throw new Error(`not TOML this template uses: ${line}`);
    const v = kv[2]!;
    const value = v === 'true' ? true : v === 'false' ? false : /^-?\d+$/.test(v) ? Number(v) : JSON.parse(v);
    if (kv[1]! in out[section]!) throw new Error(`key ${kv[1]} twice in [${section}]`);
    out[section]![kv[1]!] = value;
  }
  return out;
}

function kindOf(v: unknown): Kind | 'other' {
  if (typeof v === 'boolean') return 'b';
  if (typeof v === 'number') return 'i';
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return 'a';
  if (typeof v === 'string') return 's';
  return 'other';
}

const readJson = (p: string): Record<string, unknown> => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
const isIntString = (v: unknown) => typeof v === 'string' && /^-?\d+$/.test(v);
const b64Bytes = (v: unknown) => new Uint8Array(Buffer.from(String(v), 'base64'));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('meshwork testnet', () => {
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-testnet-'));
    const code = await main(['testnet', '--validators', String(N), '--output', join(dir, 'net'), '--base-port', String(BASE_PORT), '--chain-id', 'mesh-testnet-7', '--snapshot-interval', '5']);
    expect(code).toBe(0);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('bad arguments are refused, and an existing testnet is not overwritten without --overwrite', async () => {
    expect(await main(['testnet', '--validators', '0', '--output', join(dir, 'x')])).toBe(2);
    expect(await main(['testnet', '--output', join(dir, 'x')])).toBe(2);
    expect(await main(['testnet', '--validators', '2', '--output', join(dir, 'x'), '--hosts', 'a,b,c'])).toBe(1);
    expect(await main(['testnet', '--validators', String(N), '--output', join(dir, 'net')])).toBe(1);
  });

  test('every CometBFT file has CometBFT 0.38 field names and types', async () => {
    const net = join(dir, 'net');
    const ids: string[] = [];
    const peersOf: string[][] = [];
    const genesisTexts = new Set<string>();
    for (let i = 0; i < N; i++) {
      const home = join(net, `node${i}`, 'cometbft');
      const gText = readFileSync(join(home, 'config', 'genesis.json'), 'utf8');
      genesisTexts.add(gText);
      const g = JSON.parse(gText) as Record<string, unknown>;
      expect(Object.keys(g).sort()).toEqual(['app_hash', 'app_state', 'chain_id', 'consensus_params', 'genesis_time', 'initial_height', 'validators']);
      expect(typeof g['genesis_time']).toBe('string');
      expect(parseRfc3339Ns(g['genesis_time'] as string)).toBeGreaterThan(0n);
      expect(g['chain_id']).toBe('mesh-testnet-7');
      expect(isIntString(g['initial_height'])).toBe(true);
      expect(g['app_hash']).toBe('');
      const cp = g['consensus_params'] as Record<string, Record<string, unknown>>;
      expect(Object.keys(cp).sort()).toEqual(['abci', 'block', 'evidence', 'validator', 'version']);
      expect(isIntString(cp['block']!['max_bytes']) && isIntString(cp['block']!['max_gas'])).toBe(true);
      expect(isIntString(cp['evidence']!['max_age_num_blocks']) && isIntString(cp['evidence']!['max_age_duration']) && isIntString(cp['evidence']!['max_bytes'])).toBe(true);
      expect(cp['validator']!['pub_key_types']).toEqual(['ed25519']);
      expect(isIntString(cp['version']!['app'])).toBe(true);
      expect(isIntString(cp['abci']!['vote_extensions_enable_height'])).toBe(true);
      const vals = g['validators'] as Record<string, unknown>[];
      expect(vals.length).toBe(N);
      for (const v of vals) {
        expect(Object.keys(v).sort()).toEqual(['address', 'name', 'power', 'pub_key']);
        const pk = v['pub_key'] as Record<string, unknown>;
        expect(pk['type']).toBe('tendermint/PubKeyEd25519');
        expect(v['address']).toBe(hex(sha256(b64Bytes(pk['value'])).slice(0, 20)).toUpperCase());
        expect(isIntString(v['power'])).toBe(true);
      }
      expect(typeof g['app_state']).toBe('object');

      const pv = readJson(join(home, 'config', 'priv_validator_key.json'));
      expect(Object.keys(pv).sort()).toEqual(['address', 'priv_key', 'pub_key']);
      const pvPub = b64Bytes((pv['pub_key'] as Record<string, unknown>)['value']);
      const pvPriv = b64Bytes((pv['priv_key'] as Record<string, unknown>)['value']);
      expect((pv['priv_key'] as Record<string, unknown>)['type']).toBe('tendermint/PrivKeyEd25519');
      expect(pvPriv.length).toBe(64);
      expect(hex(ed25519.getPublicKey(pvPriv.slice(0, 32)))).toBe(hex(pvPub));
      expect(hex(pvPriv.slice(32))).toBe(hex(pvPub));
      expect(pv['address']).toBe(hex(sha256(pvPub).slice(0, 20)).toUpperCase());
      expect(vals.some((v) => v['address'] === pv['address'])).toBe(true);
      expect(statSync(join(home, 'config', 'priv_validator_key.json')).mode & 0o077).toBe(0);
      // The Meshwork home's validator key is the same key.
      const mesh = loadHome(join(net, `node${i}`, 'meshwork'));
      expect(hex(mesh.signer.pubKey)).toBe(hex(pvPub));

      const nk = readJson(join(home, 'config', 'node_key.json'));
      expect(Object.keys(nk)).toEqual(['priv_key']);
      const nkPriv = b64Bytes((nk['priv_key'] as Record<string, unknown>)['value']);
      expect(nkPriv.length).toBe(64);
      ids.push(hex(sha256(ed25519.getPublicKey(nkPriv.slice(0, 32))).slice(0, 20)));

      const state = readJson(join(home, 'data', 'priv_validator_state.json'));
      expect(state).toEqual({ height: '0', round: 0, step: 0 });

      const toml = parseToml(readFileSync(join(home, 'config', 'config.toml'), 'utf8'));
      for (const [section, entries] of Object.entries(toml)) {
        const schema = COMET_TOML[section];
        expect(schema === undefined ? `unknown section [${section}]` : section).toBe(section);
        for (const [k, v] of Object.entries(entries)) {
          const want = schema![k];
          expect(want === undefined ? `unknown key ${section}.${k}` : k).toBe(k);
          const got = kindOf(v);
          if (want === 'd') expect(typeof v === 'string' && GO_DURATION.test(v) ? 'd' : `${section}.${k} = ${JSON.stringify(v)}`).toBe('d');
          else expect(`${section}.${k}:${got}`).toBe(`${section}.${k}:${want}`);
        }
      }
      const base = toml['']!;
      expect(base['proxy_app']).toBe(`tcp://127.0.0.1:${BASE_PORT + 10 * i + 2}`);
      expect(base['abci']).toBe('socket');
      expect(toml['rpc']!['laddr']).toBe(`tcp://127.0.0.1:${BASE_PORT + 10 * i + 1}`);
      expect(toml['p2p']!['laddr']).toBe(`tcp://127.0.0.1:${BASE_PORT + 10 * i}`);
      peersOf.push(String(toml['p2p']!['persistent_peers']).split(','));
      const script = readFileSync(join(net, `node${i}`, 'start.sh'), 'utf8');
      expect(script).toContain(`--abci tcp://127.0.0.1:${BASE_PORT + 10 * i + 2}`);
      expect(statSync(join(net, `node${i}`, 'start.sh')).mode & 0o111).not.toBe(0);
    }
    expect(genesisTexts.size).toBe(1);
    expect(new Set(ids).size).toBe(N);
    // Each node's persistent peers are the other nodes, by their node-key ids and p2p ports.
    for (let i = 0; i < N; i++) {
      expect(peersOf[i]!.sort()).toEqual(ids.map((id, j) => `${id}@127.0.0.1:${BASE_PORT + 10 * j}`).filter((_, j) => j !== i).sort());
    }
    expect(readFileSync(join(net, 'start-all.sh'), 'utf8')).toContain('node3/start.sh');
  });

  test('the homes run: `meshwork start --abci` and three more apps, four validators through ABCI', async () => {
    const net = join(dir, 'net');
    const genesis = JSON.parse(readFileSync(join(net, 'node0', 'cometbft', 'config', 'genesis.json'), 'utf8')) as CometGenesis;
    const sock = join(dir, 'node0.sock');
    const child = spawn(process.execPath, ['--import', './scripts/test-loader.mjs', '--input-type=module', '-e', RUN, 'start', '--home', join(net, 'node0', 'meshwork'), '--abci', `unix://${sock}`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const listening = new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('ABCI server listening')) resolve();
      });
      void exited.then((c) => reject(new Error(`meshwork start --abci exited (${c}): ${err}`)));
    });
    const nodes: AbciNode[] = [];
    const comets: CometImitation[] = [];
    try {
      await listening;
      comets.push(await CometImitation.connect(`unix://${sock}`));
      for (let i = 1; i < N; i++) {
        const n = AbciNode.open({ home: join(net, `node${i}`, 'meshwork'), address: `unix://${join(dir, `node${i}.sock`)}`, logger: silentLogger() });
        nodes.push(n);
        comets.push(await CometImitation.connect(await n.start()));
      }
      const signers = [0, 1, 2, 3].map((i) => ValidatorSigner.fromSeed(String(readJson(join(net, `node${i}`, 'meshwork', 'priv_validator_key.json'))['seed'])));
      const network = new CometNetwork(comets.map((comet, i) => ({ comet, validator: signers[i]! })), initChainRequest(genesis));
      await network.start();
      for (let h = 0; h < 6; h++) await network.produceBlock();
      expect(new Set(network.history.map((r) => hex(r.proposer))).size).toBeGreaterThan(1);
      const infos = await Promise.all(comets.map((c) => c.info()));
      expect(new Set(infos.map((i) => `${i.lastBlockHeight}/${hex(i.lastBlockAppHash)}`)).size).toBe(1);
      // snapshot_interval 5 from the testnet's config.json: each node listed a snapshot at height 5.
      const listed = (await comets[2]!.snapshot.call({ listSnapshots: {} })).listSnapshots!.snapshots;
      expect(listed.map((s) => s.height)).toEqual([5n]);
    } finally {
      for (const c of comets) c.close();
      for (const n of nodes) await n.stop();
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toContain('ABCI node stopped');
  });
});
