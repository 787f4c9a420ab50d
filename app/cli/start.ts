/**
 * `meshwork start --home <dir> [--rpc-laddr host:port] [--log-level debug|info|warn|error]
 * [--block-time-ms T] [--abci addr]`: runs the node (with --abci, as CometBFT's ABCI app: app/abci/node.ts) until SIGINT or SIGTERM, then shuts down gracefully (the
 * block in progress finishes, the RPC server closes, the database closes).
 */
import { ConfigError, type ConfigOverrides } from '../node/config.js';
import { GenesisError } from '../node/genesis.js';
import { HomeError } from '../node/home.js';
import { isLogLevel } from '../node/log.js';
import { MeshworkNode, NodeError } from '../node/node.js';
import { exitCodeFor, intFlag, parseArgs, UsageError } from './args.js';
import { runAbciNode } from '../abci/node.js';
import { AbciError } from '../abci/application.js';
import { AbciWireError } from '../abci/wire.js';

export const START_USAGE = 'meshwork start --home <dir> [--rpc-laddr host:port] [--log-level debug|info|warn|error] [--block-time-ms T] [--abci tcp://127.0.0.1:26658|unix:///path]';

export async function runStart(argv: string[]): Promise<number> {
  let node: MeshworkNode;
  try {
    const a = parseArgs(argv, ['home', 'rpc-laddr', 'log-level', 'block-time-ms', 'abci'], []);
    const home = a.flags.get('home');
    if (home === undefined) throw new UsageError('--home is required');
    const config: ConfigOverrides = {};
    const laddr = a.flags.get('rpc-laddr');
    if (laddr !== undefined) config.rpc = { laddr };
    const level = a.flags.get('log-level');
    if (level !== undefined) {
      if (!isLogLevel(level)) throw new UsageError('--log-level must be debug, info, warn or error');
      config.log_level = level;
    }
    const blockTime = intFlag(a, 'block-time-ms', 10, 3_600_000);
    if (blockTime !== undefined) config.consensus = { block_time_ms: blockTime };
    // ABCI mode: CometBFT drives the app; the node's RPC, mempool and block timer stay off.
    const abci = a.flags.get('abci');
    if (abci !== undefined) return await runAbciNode({ home, address: abci, config });
    node = MeshworkNode.open({ home, config });
    await node.start();
  } catch (e) {
    return exitCodeFor('start', START_USAGE, e, [HomeError, ConfigError, GenesisError, NodeError, AbciError, AbciWireError]);
  }
  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      node.log.info('shutting down', { signal });
      node.stop().then(resolve, (e: unknown) => {
        node.log.error('shutdown failed', { err: (e as Error).message });
        resolve();
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return 0;
}
