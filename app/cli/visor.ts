/**
 * `meshwork visor run <node args...>` (supervise the node: cosmovisor layout and environment),
 * `meshwork visor init <binary>` (create the layout with the genesis binary),
 * `meshwork visor status [--node url] [--output json]` (plans, progress, backups; app/visor/status.ts).
 */
import { UsageError } from './args.js';
import { COMMON_VALUED, connect, printHelp, printJson, runCommand, splitArgs, usageFor, type CliIO } from './client.js';
import { visorConfigFromEnv, VisorConfigError } from '../visor/config.js';
import { initLayout, VisorLayoutError } from '../visor/layout.js';
import { Visor } from '../visor/supervisor.js';
import { chainStatus, localStatus } from '../visor/status.js';
import { exitCodeFor } from './args.js';

export const VISOR_USAGE = `  meshwork visor init <path/to/meshwork>        create $DAEMON_HOME/cosmovisor/{genesis/bin,current}
  meshwork visor run start --home <dir> ...      run current/bin/$DAEMON_NAME with these arguments; upgrade at halts
  meshwork visor status [--node url] [--output json]
  environment: DAEMON_HOME DAEMON_NAME DAEMON_RESTART_AFTER_UPGRADE DAEMON_RESTART_DELAY DAEMON_POLL_INTERVAL
    DAEMON_DATA_BACKUP_DIR UNSAFE_SKIP_BACKUP DAEMON_PREUPGRADE_MAX_RETRIES COSMOVISOR_CUSTOM_PREUPGRADE
    DAEMON_SHUTDOWN_GRACE MESHWORK_VISOR_STARTUP_WINDOW_MS MESHWORK_VISOR_ROLLBACK MESHWORK_VISOR_METRICS_ADDR`;

export async function runVisor(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
    io.stdout.write(`${VISOR_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  try {
    if (sub === 'run') {
      if (rest.length === 0) throw new UsageError('visor run needs the node arguments, e.g. `visor run start --home <dir>`');
      return await new Visor(visorConfigFromEnv(io.env), rest).run();
    }
    if (sub === 'init') {
      if (rest.length !== 1) throw new UsageError('visor init takes the path of the genesis binary');
      const dest = initLayout(visorConfigFromEnv(io.env), rest[0]!);
      io.stdout.write(`installed ${dest}; current → genesis\n`);
      return 0;
    }
  } catch (e) {
    return exitCodeFor('visor', VISOR_USAGE, e, [VisorConfigError, VisorLayoutError]);
  }
  if (sub === 'status') {
    if (printHelp(rest, io, VISOR_USAGE, 'visor')) return 0;
    return runCommand('visor status', () => usageFor(VISOR_USAGE, ['visor']), io, () => true, async () => {
      const a = splitArgs(rest, [...COMMON_VALUED], []);
      const cfg = visorConfigFromEnv(io.env);
      if (!a.flags.has('home')) a.flags.set('home', cfg.home);
      const s = localStatus(cfg);
      try {
        const conn = await connect(a, io);
        try {
          s.chain = await chainStatus(conn.abci, s.installed_upgrades);
        } finally {
          conn.close();
        }
      } catch (e) {
        s.chain_error = (e as Error).message;
      }
      printJson(io, s);
      return 0;
    });
  }
  process.stderr.write(`meshwork visor: unknown subcommand "${sub}"\n${VISOR_USAGE}\n`);
  return 2;
}
