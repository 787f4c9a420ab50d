/**
 * The pre-upgrade hook with cosmovisor's exit-code contract: 0 done, 1 not implemented (continue),
 * 30 failed (abort the upgrade), 31 failed (retry up to DAEMON_PREUPGRADE_MAX_RETRIES, then abort).
 * Runs `COSMOVISOR_CUSTOM_PREUPGRADE` (a script under the cosmovisor root) when set, otherwise the new
 * binary's `pre-upgrade` command, with Wemixvisor's environment (DAEMON_HOME, DAEMON_NAME,
 * UPGRADE_NAME, UPGRADE_HEIGHT, UPGRADE_INFO).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { UpgradeInfo } from '../../chain/modules/upgrade/keeper.js';
import type { VisorConfig } from './config.js';

export class PreUpgradeError extends Error {
  override readonly name = 'PreUpgradeError';
}

export interface PreUpgradeOutcome {
  /** Exit codes of each attempt. */
  attempts: number[];
  result: 'ok' | 'not_implemented';
}

/** Longest a hook may run (Wemixvisor: 5 minutes). */
const HOOK_TIMEOUT_MS = 300_000;

function runOnce(cmd: string, args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), HOOK_TIMEOUT_MS);
    const relay = (d: Buffer) => {
      for (const line of d.toString().split('\n')) if (line !== '') log(line);
    };
    child.stdout!.on('data', relay);
    child.stderr!.on('data', relay);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new PreUpgradeError(`cannot run the pre-upgrade hook ${cmd}: ${e.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal === 'SIGKILL' ? 30 : 30));
    });
  });
}

export async function runPreUpgrade(cfg: VisorConfig, newBinary: string, info: UpgradeInfo, log: (line: string) => void): Promise<PreUpgradeOutcome> {
  const env = { ...process.env, DAEMON_HOME: cfg.home, DAEMON_NAME: cfg.name, UPGRADE_NAME: info.name, UPGRADE_HEIGHT: String(info.height), UPGRADE_INFO: info.info };
  const [cmd, args] = cfg.customPreUpgrade !== undefined ? [join(cfg.root, cfg.customPreUpgrade), []] : [newBinary, ['pre-upgrade', '--home', cfg.home]];
  const attempts: number[] = [];
  for (;;) {
    const code = await runOnce(cmd, args, env, log);
    attempts.push(code);
    if (code === 0) return { attempts, result: 'ok' };
    if (code === 1) return { attempts, result: 'not_implemented' };
    if (code === 31 && attempts.length <= cfg.preUpgradeMaxRetries) continue;
    if (code === 31) throw new PreUpgradeError(`pre-upgrade hook failed with exit code 31 ${attempts.length} times (DAEMON_PREUPGRADE_MAX_RETRIES=${cfg.preUpgradeMaxRetries}); the upgrade is aborted`);
    throw new PreUpgradeError(`pre-upgrade hook failed with exit code ${code}; the upgrade is aborted`);
  }
}
