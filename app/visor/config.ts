/**
 * The visor's configuration: cosmovisor's environment variables (same names, same defaults) plus
 * the few of ours for Wemixvisor's additions (start-up health window, rollback, metrics).
 */
import { join } from 'node:path';

export class VisorConfigError extends Error {
  override readonly name = 'VisorConfigError';
}

export interface VisorConfig {
  /** `DAEMON_HOME`: the node home (its `data/` is watched and backed up). */
  home: string;
  /** `DAEMON_NAME`: the binary's file name under `bin/` (e.g. `meshwork`). */
  name: string;
  /** `$DAEMON_HOME/cosmovisor`: genesis/, upgrades/<name>/, current → one of them. */
  root: string;
  /** `DAEMON_RESTART_AFTER_UPGRADE` (default true). */
  restartAfterUpgrade: boolean;
  /** `DAEMON_RESTART_DELAY` in ms (default 0; cosmovisor takes a Go duration, we accept those too). */
  restartDelayMs: number;
  /** `DAEMON_POLL_INTERVAL` in ms (default 300). */
  pollIntervalMs: number;
  /** `DAEMON_DATA_BACKUP_DIR` (default `DAEMON_HOME`); backups go to `<dir>/backups/`. */
  backupDir: string;
  /** `UNSAFE_SKIP_BACKUP` (default false). */
  skipBackup: boolean;
  /** `DAEMON_PREUPGRADE_MAX_RETRIES` (default 0): retries after exit code 31. */
  preUpgradeMaxRetries: number;
  /** `COSMOVISOR_CUSTOM_PREUPGRADE`: a script under the cosmovisor root run instead of `<new binary> pre-upgrade`. */
  customPreUpgrade: string | undefined;
  /** `DAEMON_SHUTDOWN_GRACE` in ms (default 0 = wait for the child after SIGTERM as long as it takes... capped at 30 s). */
  shutdownGraceMs: number;
  /** `MESHWORK_VISOR_STARTUP_WINDOW_MS` (default 20 000): the new version must commit the upgrade block within it. */
  startupWindowMs: number;
  /** `MESHWORK_VISOR_ROLLBACK` (default true): restore and restart the previous version when the new one fails to start. */
  rollback: boolean;
  /** `MESHWORK_VISOR_METRICS_ADDR` (host:port; unset = no metrics server). */
  metricsAddr: string | undefined;
}

function bool(env: NodeJS.ProcessEnv, key: string, dflt: boolean): boolean {
  const v = env[key];
  if (v === undefined || v === '') return dflt;
  if (/^(true|1|yes)$/i.test(v)) return true;
  if (/^(false|0|no)$/i.test(v)) return false;
  throw new VisorConfigError(`${key} must be true or false, got ${JSON.stringify(v)}`);
}

/** Milliseconds from a plain integer (ms) or a Go duration such as `300ms`, `5s`, `1m30s`. */
export function parseDurationMs(key: string, v: string): number {
  if (/^\d+$/.test(v)) return Number(v);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(v)) !== null) {
    total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
    consumed = re.lastIndex;
  }
  if (consumed !== v.length || v.length === 0) throw new VisorConfigError(`${key} must be a duration such as 300ms, 5s or 1m, got ${JSON.stringify(v)}`);
  return Math.round(total);
}

function duration(env: NodeJS.ProcessEnv, key: string, dflt: number): number {
  const v = env[key];
  return v === undefined || v === '' ? dflt : parseDurationMs(key, v);
}

function int(env: NodeJS.ProcessEnv, key: string, dflt: number): number {
  const v = env[key];
  if (v === undefined || v === '') return dflt;
  if (!/^\d+$/.test(v)) throw new VisorConfigError(`${key} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(v);
}

export function visorConfigFromEnv(env: NodeJS.ProcessEnv = process.env): VisorConfig {
  const home = env.DAEMON_HOME;
  const name = env.DAEMON_NAME;
  if (home === undefined || home === '') throw new VisorConfigError('DAEMON_HOME must be set to the node home (the directory holding data/ and cosmovisor/)');
  if (name === undefined || name === '') throw new VisorConfigError('DAEMON_NAME must be set to the binary name under cosmovisor/*/bin/ (e.g. meshwork)');
  if (name.includes('/')) throw new VisorConfigError(`DAEMON_NAME must be a file name, got ${JSON.stringify(name)}`);
  if (bool(env, 'DAEMON_ALLOW_DOWNLOAD_BINARIES', false)) {
    throw new VisorConfigError('DAEMON_ALLOW_DOWNLOAD_BINARIES=true is not supported: the visor never downloads; place each binary under cosmovisor/upgrades/<name>/bin/ before the upgrade height');
  }
  return {
    home,
    name,
    root: join(home, 'cosmovisor'),
    restartAfterUpgrade: bool(env, 'DAEMON_RESTART_AFTER_UPGRADE', true),
    restartDelayMs: duration(env, 'DAEMON_RESTART_DELAY', 0),
    pollIntervalMs: duration(env, 'DAEMON_POLL_INTERVAL', 300),
    backupDir: env.DAEMON_DATA_BACKUP_DIR || home,
    skipBackup: bool(env, 'UNSAFE_SKIP_BACKUP', false),
    preUpgradeMaxRetries: int(env, 'DAEMON_PREUPGRADE_MAX_RETRIES', 0),
    customPreUpgrade: env.COSMOVISOR_CUSTOM_PREUPGRADE || undefined,
    shutdownGraceMs: duration(env, 'DAEMON_SHUTDOWN_GRACE', 0),
    startupWindowMs: duration(env, 'MESHWORK_VISOR_STARTUP_WINDOW_MS', 20_000),
    rollback: bool(env, 'MESHWORK_VISOR_ROLLBACK', true),
    metricsAddr: env.MESHWORK_VISOR_METRICS_ADDR || undefined,
  };
}
