/**
 * `meshwork init --home <dir> --chain-id <id> [--moniker <name>] [--accounts N] [--block-time-ms T]
 * [--rpc-laddr host:port] [--relayer-key] [--overwrite]`: writes a new node home (genesis, config, validator key,
 * keyring of funded dev accounts; see app/node/home.ts).
 */
import { ConfigError, type ConfigOverrides } from '../node/config.js';
import { GenesisError } from '../node/genesis.js';
import { HomeError, initHome } from '../node/home.js';
import { exitCodeFor, intFlag, parseArgs, UsageError } from './args.js';

export const INIT_USAGE = 'meshwork init --home <dir> --chain-id <id> [--moniker <name>] [--accounts N] [--block-time-ms T] [--rpc-laddr host:port] [--relayer-key] [--overwrite]';

export async function runInit(argv: string[]): Promise<number> {
  try {
    const a = parseArgs(argv, ['home', 'chain-id', 'moniker', 'accounts', 'block-time-ms', 'rpc-laddr'], ['overwrite', 'relayer-key']);
    const home = a.flags.get('home');
    const chainId = a.flags.get('chain-id');
    if (home === undefined || chainId === undefined) throw new UsageError('--home and --chain-id are required');
    const config: ConfigOverrides = {};
    const blockTime = intFlag(a, 'block-time-ms', 10, 3_600_000);
    if (blockTime !== undefined) config.consensus = { block_time_ms: blockTime };
    const laddr = a.flags.get('rpc-laddr');
    if (laddr !== undefined) config.rpc = { laddr };
    const r = await initHome({ home, chainId, moniker: a.flags.get('moniker'), accounts: intFlag(a, 'accounts', 1, 1000), overwrite: a.switches.has('overwrite'), relayerKey: a.switches.has('relayer-key'), config });
    console.log(`Initialised chain ${r.chainId} in ${r.paths.home}`);
    console.log(`  validator ${r.validator.address} (operator ${r.validator.operator})`);
    for (const acc of r.accounts) console.log(`  ${acc.name.padEnd(10)} ${acc.address}`);
    if (r.relayer !== undefined) console.log(`  (and ${r.relayer.address}, the key \`meshwork relay\` signs with, named "${r.relayer.name}")`);
    console.log(`Mnemonics are in ${r.paths.keyring} (mode 0600, devnet use only). Start with: meshwork start --home ${r.paths.home}`);
    return 0;
  } catch (e) {
    return exitCodeFor('init', INIT_USAGE, e, [HomeError, ConfigError, GenesisError]);
  }
}
