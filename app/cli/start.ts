/**
 * `meshwork start --home <dir> [--rpc-laddr host:port] [--log-level debug|info|warn|error]
 * [--block-time-ms T]`: runs the node until SIGINT or SIGTERM, then shuts down gracefully (the
 * block in progress finishes, the RPC server closes, the database closes).
 */
import { ConfigError, type ConfigOverrides } from '../node/config.js';
import { GenesisError } from '../node/genesis.js';
import { HomeError } from '../node/home.js';
import { isLogLevel } from '../node/log.js';
import { MeshworkNode, NodeError } from '../node/node.js';
import { exitCodeFor, intFlag, parseArgs, UsageError } from './args.js';

export const START_USAGE = 'meshwork start --home <dir> [--rpc-laddr host:port] [--log-level debug|info|warn|error] [--block-time-ms T]';

export async function runStart(argv: string[]): Promise<number> {
  let node: MeshworkNode | undefined;
  let laddrShown = '';
  try {
    const a = parseArgs(argv, ['home', 'rpc-laddr', 'log-level', 'block-time-ms'], []);
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
    node = MeshworkNode.open({ home, config });
    laddrShown = node.config.rpc.laddr;
    await node.start();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      await node?.stop();
      process.stderr.write(`meshwork start: ${laddrShown} is already in use (another node or devnet?); stop it, or pass --rpc-laddr 127.0.0.1:<free port>\n`);
      return 1;
    }
    return exitCodeFor('start', START_USAGE, e, [HomeError, ConfigError, GenesisError, NodeError]);
  }
  const running = node;
  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      running.log.info('shutting down', { signal });
      running.stop().then(resolve, (e: unknown) => {
        running.log.error('shutdown failed', { err: (e as Error).message });
        resolve();
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return 0;
}
