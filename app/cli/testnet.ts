/**
 * `meshwork testnet --validators N --output DIR [--chain-id id] [--accounts K] [--base-port P]
 * [--hosts h0,h1,…] [--block-time-ms T] [--snapshot-interval S] [--overwrite]`: writes a CometBFT 0.38
 * home and a Meshwork home per validator, and scripts that start each pair (app/abci/testnet.ts).
 */
import { HomeError } from '../node/home.js';
import { writeTestnet } from '../abci/testnet.js';
import { exitCodeFor, intFlag, parseArgs, UsageError } from './args.js';

export const TESTNET_USAGE = 'meshwork testnet --validators N --output <dir> [--chain-id id] [--accounts K] [--base-port P] [--hosts h0,h1,...] [--block-time-ms T] [--snapshot-interval S] [--overwrite]';

export async function runTestnet(argv: string[]): Promise<number> {
  try {
    const a = parseArgs(argv, ['validators', 'output', 'chain-id', 'accounts', 'base-port', 'hosts', 'block-time-ms', 'snapshot-interval'], ['overwrite']);
    const output = a.flags.get('output');
    const validators = intFlag(a, 'validators', 1, 100);
    if (output === undefined || validators === undefined) throw new UsageError('--validators and --output are required');
    const hosts = a.flags.get('hosts')?.split(',').map((h) => h.trim());
    const r = await writeTestnet({
      output,
      validators,
      chainId: a.flags.get('chain-id'),
      accounts: intFlag(a, 'accounts', 0, 1000),
      basePort: intFlag(a, 'base-port', 1024, 65000),
      hosts,
      blockTimeMs: intFlag(a, 'block-time-ms', 10, 3_600_000),
      snapshotInterval: intFlag(a, 'snapshot-interval', 0, 1_000_000),
      overwrite: a.switches.has('overwrite'),
    });
    console.log(`Wrote testnet ${r.chainId} with ${r.nodes.length} validators in ${output}`);
    for (const n of r.nodes) console.log(`  node${n.index}  id ${n.nodeId}  p2p ${n.host}:${n.p2pPort}  rpc 127.0.0.1:${n.rpcPort}  abci 127.0.0.1:${n.abciPort}`);
    console.log(`Start all on this machine: ${output}/start-all.sh   (needs \`meshwork\` and CometBFT 0.38's \`cometbft\` on PATH, or MESHWORK=… COMETBFT=…)`);
    return 0;
  } catch (e) {
    return exitCodeFor('testnet', TESTNET_USAGE, e, [HomeError]);
  }
}
