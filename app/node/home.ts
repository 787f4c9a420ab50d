/**
 * The node's home directory:
 *
 *   config.json               node settings (config.ts)
 *   genesis.json              CometBFT-style genesis (genesis.ts)
 *   priv_validator_key.json   the validator's ed25519 key seed (mode 0600)
 *   keyring.json              BIP-39 mnemonics of the funded dev accounts (mode 0600)
 *   data/state.db             state and blocks, one SQLite database
 *
 * The keyring keeps mnemonics in plain text: a devnet convenience, like `--keyring-backend test`.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidatorSigner } from '../../chain/consensus/keys.js';
import { NS_PER_SECOND } from '../../chain/kernel/context.js';
import { defaultConfig, parseConfig, type ConfigOverrides, type NodeConfig, ConfigError } from './config.js';
import { buildNodeGenesis, parseGenesis, type ParsedGenesis } from './genesis.js';
import { b64, hexUpper } from './rpc/encode.js';

export class HomeError extends Error {
  override readonly name = 'HomeError';
}

export const HD_PATH = "m/44'/118'/0'/0/0";
export const DEFAULT_BOND_DENOM = 'stake';

export interface KeyringAccount {
  name: string;
  address: string;
  mnemonic: string;
  hd_path: string;
}

export interface HomePaths {
  home: string;
  config: string;
  genesis: string;
  validatorKey: string;
  keyring: string;
  data: string;
  db: string;
}

export function homePaths(home: string): HomePaths {
  const data = join(home, 'data');
  return {
    home,
    config: join(home, 'config.json'),
    genesis: join(home, 'genesis.json'),
    validatorKey: join(home, 'priv_validator_key.json'),
    keyring: join(home, 'keyring.json'),
    data,
    db: join(data, 'state.db'),
  };
}

export interface InitOptions {
  home: string;
  chainId: string;
  moniker?: string;
  /** Funded accounts to create (≥ 1); the first is the validator operator. Default 4. */
  accounts?: number;
  /** Balance of every account in the bond denom. Default 10^12. */
  balance?: bigint;
  /** The validator's self-delegation (power = selfBond / 10^6). Default 10^11. */
  selfBond?: bigint;
  /** Replace an existing home's files (the data directory is left alone: delete it yourself). */
  overwrite?: boolean;
  /** Written into config.json (e.g. a test's block time or port). */
  config?: ConfigOverrides;
  /**
   * Also create a key named `relayer`, funded at genesis like the others, for the IBC relayer only
   * (devnets): it signs nothing else, so users' keys never race it for sequences.
   */
  relayerKey?: boolean;
  /** Default: the wall clock at init (the genesis time is chosen once, by whoever creates the chain). */
  genesisTimeNs?: bigint;
}

export interface InitResult {
  paths: HomePaths;
  chainId: string;
  /** The dev accounts offered to users (the relayer's key is not among them). */
  accounts: KeyringAccount[];
  /** The relayer's key, when `relayerKey` asked for one. */
  relayer?: KeyringAccount;
  validator: { address: string; operator: string };
}

/** The name of the key `meshwork relay` signs with. */
export const RELAYER_KEY_NAME = 'relayer';

function writePrivate(path: string, content: string): void {
  writeFileSync(path, content, { mode: 0o600 });
  // writeFileSync keeps the mode of an existing file: force it.
  chmodSync(path, 0o600);
}

export async function initHome(o: InitOptions): Promise<InitResult> {
  const paths = homePaths(o.home);
  if (!/^[a-zA-Z0-9][a-zA-Z0-9._-]{0,49}$/.test(o.chainId)) throw new HomeError(`chain id ${JSON.stringify(o.chainId)} must be 1–50 characters of letters, digits, ".", "_" or "-"`);
  const n = o.accounts ?? 4;
  if (!Number.isSafeInteger(n) || n < 1 || n > 1000) throw new HomeError(`--accounts must be between 1 and 1000, got ${n}`);
  if (!o.overwrite && (existsSync(paths.genesis) || existsSync(paths.config))) {
    throw new HomeError(`${o.home} already holds a node (genesis.json or config.json); pass --overwrite to replace them, or choose another --home`);
  }
  mkdirSync(paths.data, { recursive: true });
  const config: NodeConfig = parseConfig({ ...defaultConfig(o.moniker), ...(o.moniker === undefined ? {} : { moniker: o.moniker }) }, o.config);

  // CosmJS's wallet only here: every process that reads a home (nodes, relayer, dashboard) would
  // otherwise load it at start.
  const { DirectSecp256k1HdWallet } = await import('@cosmjs/proto-signing');
  const accounts: KeyringAccount[] = [];
  for (let i = 0; i < n; i++) {
    const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix: config.address_prefix });
    const [acc] = await wallet.getAccounts();
    accounts.push({ name: i === 0 ? 'validator' : `account${i}`, address: acc!.address, mnemonic: wallet.mnemonic, hd_path: HD_PATH });
  }
  let relayer: KeyringAccount | undefined;
  if (o.relayerKey === true) {
    const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix: config.address_prefix });
    const [acc] = await wallet.getAccounts();
    relayer = { name: RELAYER_KEY_NAME, address: acc!.address, mnemonic: wallet.mnemonic, hd_path: HD_PATH };
  }
  const keys = relayer === undefined ? accounts : [...accounts, relayer];
  const seed = randomBytes(32).toString('hex');
  const signer = ValidatorSigner.fromSeed(seed);
  const balance = o.balance ?? 1_000_000_000_000n;
  const genesisTime = o.genesisTimeNs ?? BigInt(Date.now()) * (NS_PER_SECOND / 1000n);
  const genesis = buildNodeGenesis({
    chainId: o.chainId,
    genesisTime,
    bondDenom: DEFAULT_BOND_DENOM,
    accounts: keys.map((a) => ({ address: a.address, coins: [{ denom: DEFAULT_BOND_DENOM, amount: balance }] })),
    validators: [{ operator: accounts[0]!.address, pubKey: signer.pubKey, selfBond: o.selfBond ?? 100_000_000_000n, moniker: config.moniker }],
    blockTimeMs: config.consensus.block_time_ms,
  });

  writeFileSync(paths.config, `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(paths.genesis, `${JSON.stringify(genesis, null, 2)}\n`);
  writePrivate(paths.validatorKey, `${JSON.stringify({ seed, address: hexUpper(signer.address), pub_key: { type: 'tendermint/PubKeyEd25519', value: b64(signer.pubKey) } }, null, 2)}\n`);
  writePrivate(paths.keyring, `${JSON.stringify({ accounts: keys }, null, 2)}\n`);
  return { paths, chainId: o.chainId, accounts, ...(relayer === undefined ? {} : { relayer }), validator: { address: hexUpper(signer.address), operator: accounts[0]!.address } };
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new HomeError(`cannot read ${what} at ${path} (${(e as Error).message}); run \`meshwork init --home <dir> --chain-id <id>\` first`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HomeError(`${what} at ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

export interface LoadedHome {
  paths: HomePaths;
  config: NodeConfig;
  genesis: ParsedGenesis;
  signer: ValidatorSigner;
}

export function loadHome(home: string, overrides?: ConfigOverrides): LoadedHome {
  const paths = homePaths(home);
  let config: NodeConfig;
  try {
    config = parseConfig(readJson(paths.config, 'config.json'), overrides);
  } catch (e) {
    if (e instanceof ConfigError) throw new HomeError(`${paths.config}: ${e.message}`);
    throw e;
  }
  const genesis = parseGenesis(readJson(paths.genesis, 'genesis.json'));
  const key = readJson(paths.validatorKey, 'the validator key');
  const seed = typeof key === 'object' && key !== null ? (key as { seed?: unknown }).seed : undefined;
  if (typeof seed !== 'string' || seed.length < 16) throw new HomeError(`${paths.validatorKey} must hold {"seed": "<hex>"}`);
  mkdirSync(paths.data, { recursive: true });
  return { paths, config, genesis, signer: ValidatorSigner.fromSeed(seed) };
}

export function readKeyring(home: string): KeyringAccount[] {
  const raw = readJson(homePaths(home).keyring, 'keyring.json');
  const accounts = typeof raw === 'object' && raw !== null ? (raw as { accounts?: unknown }).accounts : undefined;
  if (!Array.isArray(accounts)) throw new HomeError('keyring.json must hold {"accounts": [...]}');
  return accounts as KeyringAccount[];
}
