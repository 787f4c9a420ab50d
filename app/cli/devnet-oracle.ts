/**
 * The devnet's product oracle (product-oracle-spec): on chain A's first start, `account1` uploads
 * build/product_oracle.wasm and instantiates it; its oracles are the chain's bonded validators (the
 * contract reads them live), so the devnet's validator is its oracle. The address is kept in
 * `<dir>/product-oracle.json` and printed on every start.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice } from '@cosmjs/stargate';
import { loadHome, readKeyring } from '../node/home.js';
import { clientGasPrice } from '../node/config.js';

const WASM = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'build', 'product_oracle.wasm');

export interface DevnetOracle {
  address: string;
  codeId: number;
}

/** Deploys once (remembered in `<dir>/product-oracle.json`); returns the contract. */
export async function ensureProductOracle(dir: string, home: string, rpcUrl: string): Promise<DevnetOracle> {
  const file = join(dir, 'product-oracle.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevnetOracle;
  if (!existsSync(WASM)) throw new Error(`${WASM} is missing; run \`npm run build\` first`);
  const key = readKeyring(home).find((k) => k.name === 'account1');
  if (key === undefined) throw new Error(`${home} has no account1 key`);
  const { config } = loadHome(home);
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(key.mnemonic, { prefix: config.address_prefix });
  const gas = clientGasPrice(config.app.min_gas_price);
  const client = await SigningCosmWasmClient.connectWithSigner(rpcUrl, wallet, { gasPrice: GasPrice.fromString(gas), broadcastPollIntervalMs: 100 });
  try {
    const { codeId } = await client.upload(key.address, readFileSync(WASM), 'auto');
    // epochs of 100 blocks; the devnet's denom pays settlements, bonds and rewards
    const { contractAddress } = await client.instantiate(key.address, codeId, { denom: 'stake', epoch_length_blocks: 100 }, 'product-oracle', 'auto', { admin: key.address });
    const out: DevnetOracle = { address: contractAddress, codeId };
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    return out;
  } finally {
    client.disconnect();
  }
}
