/**
 * `meshwork start --home <dir> [--rpc-laddr host:port] [--log-level debug|info|warn|error]
 * [--block-time-ms T] [--setup-block-time-ms T] [--abci addr]`: runs the node (with --abci, as CometBFT's ABCI app: app/abci/node.ts) until SIGINT or SIGTERM, then shuts down gracefully (the
 * block in progress finishes, the RPC server closes, the database closes). With
 * `--setup-block-time-ms`, blocks come that often until the process receives SIGUSR2 (a devnet
 * setting itself up sends it when done), then at the configured block time.
 */
import { ConfigError, type ConfigOverrides } from '../node/config.js';
import { GenesisError } from '../node/genesis.js';
import { HomeError } from '../node/home.js';
import { isLogLevel } from '../node/log.js';
import { MeshworkNode, NodeError } from '../node/node.js';
import { exitCodeFor, intFlag, parseArgs, UsageError } from './args.js';
import type { AppVersion } from '../chain/versions.js';
import { UpgradeHaltError } from '../../chain/modules/upgrade/errors.js';
import { runAbciNode } from '../abci/node.js';
import { AbciError } from '../abci/application.js';
import { AbciWireError } from '../abci/wire.js';

export const START_USAGE = 'meshwork start --home <dir> [--rpc-laddr host:port] [--log-level debug|info|warn|error] [--block-time-ms T] [--setup-block-time-ms T] [--unsafe-skip-upgrades h1,h2] [--abci tcp://127.0.0.1:26658|unix:///path]';

/** Exit code of `start` when the chain reached an upgrade this binary lacks (the supervisor's cue). */
export const EXIT_UPGRADE_NEEDED = 3;

function skipHeights(v: string | undefined): number[] | undefined {
  if (v === undefined) return undefined;
  const hs = v.split(',').map((x) => x.trim());
  for (const h of hs) if (!/^[1-9]\d*$/.test(h) || !Number.isSafeInteger(Number(h))) throw new UsageError(`--unsafe-skip-upgrades takes positive heights separated by commas, got ${JSON.stringify(v)}`);
  return hs.map(Number);
}

export async function runStart(argv: string[], version?: AppVersion): Promise<number> {
  let node: MeshworkNode | undefined;
  let laddrShown = '';
  try {
    const a = parseArgs(argv, ['home', 'rpc-laddr', 'log-level', 'block-time-ms', 'setup-block-time-ms', 'unsafe-skip-upgrades', 'abci'], []);
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
    const setupBlockTimeMs = intFlag(a, 'setup-block-time-ms', 10, 3_600_000);
    node = MeshworkNode.open({ home, config, version, unsafeSkipUpgrades: skipHeights(a.flags.get('unsafe-skip-upgrades')), setupBlockTimeMs });
    if (setupBlockTimeMs !== undefined) {
      const n = node;
      process.on('SIGUSR2', () => n.endSetupBlockTime());
    }
    laddrShown = node.config.rpc.laddr;
    await node.start();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      await node?.stop();
      process.stderr.write(`meshwork start: ${laddrShown} is already in use (another node or devnet?); stop it, or pass --rpc-laddr 127.0.0.1:<free port>\n`);
      return 1;
    }
    return exitCodeFor('start', START_USAGE, e, [HomeError, ConfigError, GenesisError, NodeError, AbciError, AbciWireError]);
  }
  const running = node;
  // Runs until a signal, or until block production halts (an upgrade this binary lacks: exit 3).
  const code = await new Promise<number>((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      running.log.info('shutting down', { signal });
      running.stop().then(
        () => resolve(0),
        (e: unknown) => {
          running.log.error('shutdown failed', { err: (e as Error).message });
          resolve(0);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    void running.halted.then((e) => {
      // Other halts keep the process (and its RPC, /health 503) up for the operator, as before.
      if (!(e instanceof UpgradeHaltError)) return;
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      const exit = e.kind === 'upgrade_needed' ? EXIT_UPGRADE_NEEDED : 1;
      running.stop().then(
        () => resolve(exit),
        () => resolve(exit),
      );
    });
  });
  return code;
}
