/**
 * The devnet's product oracle (product-oracle-spec): on chain A's first start, `account1` uploads
 * build/product_oracle.wasm and instantiates it; its oracles are the chain's bonded validators (the
 * contract reads them live), so the devnet's validator is its oracle. The address is kept in
 * `<dir>/product-oracle.json` and printed on every start.
 *
 * The contract is created with instantiate2 (fixed salt), so its address is known before the chain
 * exists: `authorizeOracleAtGenesis` writes it into chain A's genesis `authorized_slashers`, and a
 * challenge resolved against a validator can slash and jail on the devnet without a gov proposal.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instantiate2Address, SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { sha256 } from '@cosmjs/crypto';
import { toUtf8 } from '@cosmjs/encoding';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice } from '@cosmjs/stargate';
import { loadHome, readKeyring } from '../node/home.js';
import { clientGasPrice } from '../node/config.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** build/product_oracle.wasm of this checkout: from dist/app/cli when built, from app/cli when run from source. */
const WASM = [resolve(HERE, '..', '..', '..', 'build', 'product_oracle.wasm'), resolve(HERE, '..', '..', 'build', 'product_oracle.wasm')].find((p) => existsSync(p)) ?? resolve(HERE, '..', '..', '..', 'build', 'product_oracle.wasm');

/** instantiate2's salt for the devnet oracle: with account1 and the code's checksum it fixes the address. */
const SALT = toUtf8('meshwork-devnet-product-oracle');

function account1(home: string): { address: string; mnemonic: string } {
  const key = readKeyring(home).find((k) => k.name === 'account1');
  if (key === undefined) throw new Error(`${home} has no account1 key`);
  return key;
}

/** The address `ensureProductOracle` will give the oracle on the chain in `home`. */
export function predictedOracleAddress(home: string, wasm: Uint8Array): string {
  return instantiate2Address(sha256(wasm), account1(home).address, SALT, loadHome(home).config.address_prefix);
}

/**
 * Puts the oracle-to-be in `<home>/genesis.json`'s `app_state.slashing.authorized_slashers` (before
 * the chain's first start). Returns the address, or undefined when the contract is not built (the
 * deployment then reports that too).
 */
export function authorizeOracleAtGenesis(home: string): string | undefined {
  if (!existsSync(WASM)) return undefined;
  const address = predictedOracleAddress(home, new Uint8Array(readFileSync(WASM)));
  const path = join(home, 'genesis.json');
  const genesis = JSON.parse(readFileSync(path, 'utf8')) as { app_state: Record<string, Record<string, unknown> | undefined> };
  const slashing = (genesis.app_state['slashing'] ??= {});
  const list = Array.isArray(slashing['authorized_slashers']) ? (slashing['authorized_slashers'] as string[]) : [];
  slashing['authorized_slashers'] = [...new Set([...list, address])].sort();
  writeFileSync(path, `${JSON.stringify(genesis, null, 2)}\n`);
  return address;
}

export interface DevnetOracle {
  address: string;
  codeId: number;
}

/** Deploys once (remembered in `<dir>/product-oracle.json`); returns the contract. */
export async function ensureProductOracle(dir: string, home: string, rpcUrl: string): Promise<DevnetOracle> {
  const file = join(dir, 'product-oracle.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevnetOracle;
  if (!existsSync(WASM)) throw new Error(`${WASM} is missing; run \`npm run build\` first`);
  const key = account1(home);
  const { config } = loadHome(home);
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(key.mnemonic, { prefix: config.address_prefix });
  const gas = clientGasPrice(config.app.min_gas_price);
  const client = await SigningCosmWasmClient.connectWithSigner(rpcUrl, wallet, { gasPrice: GasPrice.fromString(gas), broadcastPollIntervalMs: 100 });
  try {
    const { codeId } = await client.upload(key.address, readFileSync(WASM), 'auto');
    // epochs of 100 blocks; the devnet's denom pays settlements, bonds and rewards. instantiate2:
    // the address authorizeOracleAtGenesis put in authorized_slashers.
    const { contractAddress } = await client.instantiate2(key.address, codeId, SALT, { denom: 'stake', epoch_length_blocks: 100 }, 'product-oracle', 'auto', { admin: key.address });
    const out: DevnetOracle = { address: contractAddress, codeId };
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    return out;
  } finally {
    client.disconnect();
  }
}
