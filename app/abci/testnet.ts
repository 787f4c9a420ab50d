/**
 * `meshwork testnet`: the files of an N-validator network run by CometBFT 0.38 over Meshwork ABCI
 * apps. For validator i, under `<output>/node<i>/`:
 *
 *   cometbft/config/genesis.json             CometBFT genesis (the app state inside), same for all
 *   cometbft/config/priv_validator_key.json  the validator's ed25519 consensus key (CometBFT FilePV)
 *   cometbft/config/node_key.json            the p2p key (its id is in the others' persistent_peers)
 *   cometbft/config/config.toml              proxy_app = this node's Meshwork app, p2p/rpc ports, peers
 *   cometbft/data/priv_validator_state.json  the double-sign guard's last signed height (all zero)
 *   meshwork/                                the Meshwork home (config.json with an `abci` section,
 *                                            genesis.json = the same genesis, keyring of the operator)
 *   start.sh                                 starts this pair: the app, then CometBFT once it listens
 *
 * and `<output>/start-all.sh` (every pair on this machine) and `<output>/testnet.json` (ids, ports).
 * Ports of node i: p2p base+10i, CometBFT RPC base+10i+1, ABCI base+10i+2.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { ValidatorSigner } from '../../chain/consensus/keys.js';
import { NS_PER_SECOND } from '../../chain/kernel/context.js';
import { defaultConfig, parseConfig, type NodeConfig } from '../node/config.js';
import { buildNodeGenesis, type CometGenesis } from '../node/genesis.js';
import { DEFAULT_BOND_DENOM, HD_PATH, HomeError, type KeyringAccount } from '../node/home.js';
import { b64, hexUpper } from '../node/rpc/encode.js';
import { COMET_CONFIG_VERSION, cometConfigToml } from './comet-config.js';

export interface TestnetOptions {
  output: string;
  validators: number;
  chainId?: string;
  /** Extra funded dev accounts, in every home's keyring (default 2). */
  accounts?: number;
  /** First port (default 26656). */
  basePort?: number;
  /** One host per validator for the peer addresses (default all 127.0.0.1). */
  hosts?: string[];
  /** CometBFT `timeout_commit` (ms): the time between blocks (default 1000). */
  blockTimeMs?: number;
  /** State-sync snapshot every N blocks (default 100; 0 = none). */
  snapshotInterval?: number;
  overwrite?: boolean;
  /** Default: the wall clock (the genesis time is chosen once, by whoever creates the network). */
  genesisTimeNs?: bigint;
}

export interface TestnetNode {
  index: number;
  moniker: string;
  nodeId: string;
  validatorAddress: string;
  operator: string;
  host: string;
  p2pPort: number;
  rpcPort: number;
  abciPort: number;
  cometHome: string;
  meshworkHome: string;
}

export interface TestnetResult {
  chainId: string;
  genesis: CometGenesis;
  nodes: TestnetNode[];
  accounts: KeyringAccount[];
}

/** CometBFT's private key encoding: the 32-byte seed followed by the 32-byte public key (Go's ed25519.PrivateKey). */
function cometPrivKey(seed: Uint8Array): { priv: Uint8Array; pub: Uint8Array } {
  const pub = ed25519.getPublicKey(seed);
  const priv = new Uint8Array(64);
  priv.set(seed);
  priv.set(pub, 32);
  return { priv, pub };
}

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

function writePrivate(path: string, content: string): void {
  writeFileSync(path, content, { mode: 0o600 });
  chmodSync(path, 0o600);
}

async function newAccount(name: string, prefix: string): Promise<KeyringAccount> {
  const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix });
  const [acc] = await wallet.getAccounts();
  return { name, address: acc!.address, mnemonic: wallet.mnemonic, hd_path: HD_PATH };
}

export async function writeTestnet(o: TestnetOptions): Promise<TestnetResult> {
  const n = o.validators;
  if (!Number.isSafeInteger(n) || n < 1 || n > 100) throw new HomeError(`--validators must be between 1 and 100, got ${n}`);
  const chainId = o.chainId ?? 'meshwork-testnet-1';
  if (!/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,49}$/.test(chainId)) throw new HomeError(`chain id ${JSON.stringify(chainId)} must be 1–50 characters of letters, digits, ".", "_" or "-"`);
  const base = o.basePort ?? 26656;
  if (!Number.isSafeInteger(base) || base < 1024 || base + 10 * (n - 1) + 2 > 65535) throw new HomeError(`--base-port ${base} leaves no room for ${n} validators (ports base … base+10·(N−1)+2 must be 1024–65535)`);
  const hosts = o.hosts ?? Array.from({ length: n }, () => '127.0.0.1');
  if (hosts.length !== n) throw new HomeError(`--hosts lists ${hosts.length} hosts for ${n} validators; give one per validator`);
  const blockTimeMs = o.blockTimeMs ?? 1000;
  const snapshotInterval = o.snapshotInterval ?? 100;
  if (existsSync(join(o.output, 'node0')) && !o.overwrite) throw new HomeError(`${o.output} already holds a testnet (node0/); pass --overwrite or choose another --output`);

  const base0 = defaultConfig();
  const prefix = base0.address_prefix;
  const operators = await Promise.all(Array.from({ length: n }, () => newAccount('validator', prefix)));
  const accounts = await Promise.all(Array.from({ length: o.accounts ?? 2 }, (_, i) => newAccount(`account${i + 1}`, prefix)));
  const seeds = Array.from({ length: n }, () => randomBytes(32).toString('hex'));
  const signers = seeds.map((s) => ValidatorSigner.fromSeed(s));
  const nodeKeys = Array.from({ length: n }, () => cometPrivKey(new Uint8Array(randomBytes(32))));
  // CometBFT node id: hex of the first 20 bytes of sha256(p2p public key).
  const nodeIds = nodeKeys.map((k) => Buffer.from(sha256(k.pub).slice(0, 20)).toString('hex'));

  const genesis = buildNodeGenesis({
    chainId,
    genesisTime: o.genesisTimeNs ?? BigInt(Date.now()) * (NS_PER_SECOND / 1000n),
    bondDenom: DEFAULT_BOND_DENOM,
    accounts: [...operators, ...accounts].map((a) => ({ address: a.address, coins: [{ denom: DEFAULT_BOND_DENOM, amount: 1_000_000_000_000n }] })),
    validators: signers.map((s, i) => ({ operator: operators[i]!.address, pubKey: s.pubKey, selfBond: 100_000_000_000n, moniker: `node${i}` })),
    blockTimeMs,
  });

  const nodes: TestnetNode[] = [];
  for (let i = 0; i < n; i++) {
    const root = join(o.output, `node${i}`);
    const cometHome = join(root, 'cometbft');
    const meshworkHome = join(root, 'meshwork');
    const p2pPort = base + 10 * i;
    const node: TestnetNode = { index: i, moniker: `node${i}`, nodeId: nodeIds[i]!, validatorAddress: hexUpper(signers[i]!.address), operator: operators[i]!.address, host: hosts[i]!, p2pPort, rpcPort: p2pPort + 1, abciPort: p2pPort + 2, cometHome, meshworkHome };
    nodes.push(node);
    mkdirSync(join(cometHome, 'config'), { recursive: true });
    mkdirSync(join(cometHome, 'data'), { recursive: true });
    mkdirSync(join(meshworkHome, 'data'), { recursive: true });
  }

  for (const node of nodes) {
    const i = node.index;
    const { cometHome, meshworkHome } = node;
    const peers = nodes.filter((p) => p.index !== i).map((p) => `${p.nodeId}@${p.host}:${p.p2pPort}`);
    // The consensus key: the Meshwork home keeps the seed, CometBFT the key derived from it.
    const valKey = cometPrivKey(sha256(new TextEncoder().encode(`meshwork/validator-key/${seeds[i]}`)));
    if (Buffer.compare(Buffer.from(valKey.pub), Buffer.from(signers[i]!.pubKey)) !== 0) throw new Error('validator key derivation differs from ValidatorSigner.fromSeed');
    writeFileSync(join(cometHome, 'config', 'genesis.json'), json(genesis));
    writePrivate(
      join(cometHome, 'config', 'priv_validator_key.json'),
      json({ address: node.validatorAddress, pub_key: { type: 'tendermint/PubKeyEd25519', value: b64(valKey.pub) }, priv_key: { type: 'tendermint/PrivKeyEd25519', value: b64(valKey.priv) } }),
    );
    writePrivate(join(cometHome, 'config', 'node_key.json'), json({ priv_key: { type: 'tendermint/PrivKeyEd25519', value: b64(nodeKeys[i]!.priv) } }));
    writeFileSync(join(cometHome, 'data', 'priv_validator_state.json'), json({ height: '0', round: 0, step: 0 }));
    writeFileSync(
      join(cometHome, 'config', 'config.toml'),
      cometConfigToml({
        moniker: node.moniker,
        proxyApp: `tcp://127.0.0.1:${node.abciPort}`,
        rpcLaddr: `tcp://127.0.0.1:${node.rpcPort}`,
        p2pLaddr: `tcp://${hosts.every((h) => h === '127.0.0.1') ? '127.0.0.1' : '0.0.0.0'}:${node.p2pPort}`,
        persistentPeers: peers.join(','),
        timeoutCommitMs: blockTimeMs,
      }),
    );
    const config: NodeConfig = parseConfig({ ...defaultConfig(node.moniker), moniker: node.moniker });
    // The node's own RPC is off in ABCI mode; this port is only used if the home is started without --abci.
    config.rpc.laddr = `127.0.0.1:${node.p2pPort + 3}`;
    config.consensus.block_time_ms = blockTimeMs;
    writeFileSync(join(meshworkHome, 'config.json'), json({ ...config, abci: { snapshot_interval: snapshotInterval, snapshot_keep_recent: 2, min_retain_blocks: 0 } }));
    writeFileSync(join(meshworkHome, 'genesis.json'), json(genesis));
    writePrivate(join(meshworkHome, 'priv_validator_key.json'), json({ seed: seeds[i], address: node.validatorAddress, pub_key: { type: 'tendermint/PubKeyEd25519', value: b64(signers[i]!.pubKey) } }));
    writePrivate(join(meshworkHome, 'keyring.json'), json({ accounts: [operators[i]!, ...accounts] }));
    const script = join(o.output, `node${i}`, 'start.sh');
    writeFileSync(script, nodeScript(node), { mode: 0o755 });
    chmodSync(script, 0o755);
  }
  const all = join(o.output, 'start-all.sh');
  writeFileSync(all, startAllScript(nodes), { mode: 0o755 });
  chmodSync(all, 0o755);
  writeFileSync(join(o.output, 'testnet.json'), json({ chain_id: chainId, cometbft_version: COMET_CONFIG_VERSION, nodes: nodes.map((p) => ({ moniker: p.moniker, node_id: p.nodeId, validator_address: p.validatorAddress, operator: p.operator, host: p.host, p2p_port: p.p2pPort, rpc_port: p.rpcPort, abci_port: p.abciPort })) }));
  return { chainId, genesis, nodes, accounts };
}

/** This validator's pair: the Meshwork app first, CometBFT once the app listens (it dials once). */
function nodeScript(p: TestnetNode): string {
  return `#!/bin/sh
# node${p.index}: the Meshwork ABCI app, then CometBFT 0.38 (which needs the app listening when it starts).
# MESHWORK and COMETBFT name the binaries (default: meshwork and cometbft on PATH).
set -eu
DIR=$(cd "$(dirname "$0")" && pwd)
MESHWORK=\${MESHWORK:-meshwork}
COMETBFT=\${COMETBFT:-cometbft}
$MESHWORK start --home "$DIR/meshwork" --abci tcp://127.0.0.1:${p.abciPort} >>"$DIR/meshwork.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; [ -n "\${COMET:-}" ] && kill $COMET 2>/dev/null; wait' INT TERM EXIT
i=0
until grep -q 'ABCI server listening' "$DIR/meshwork.log" 2>/dev/null; do
  i=$((i + 1))
  if [ $i -gt 120 ] || ! kill -0 $APP 2>/dev/null; then echo "node${p.index}: the Meshwork app did not start; see $DIR/meshwork.log" >&2; exit 1; fi
  sleep 0.5
done
$COMETBFT start --home "$DIR/cometbft" >>"$DIR/cometbft.log" 2>&1 &
COMET=$!
echo "node${p.index}: app pid $APP, cometbft pid $COMET, RPC http://127.0.0.1:${p.rpcPort}"
wait $COMET
`;
}

function startAllScript(nodes: TestnetNode[]): string {
  return `#!/bin/sh
# Starts every validator of this testnet on this machine; Ctrl-C stops them all.
set -eu
DIR=$(cd "$(dirname "$0")" && pwd)
PIDS=""
trap 'kill $PIDS 2>/dev/null; wait' INT TERM EXIT
${nodes.map((p) => `"$DIR/node${p.index}/start.sh" &\nPIDS="$PIDS $!"`).join('\n')}
wait
`;
}
