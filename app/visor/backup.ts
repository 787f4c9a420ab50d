/** Data backup before the switch (cosmovisor), and its restore when the new version fails (Wemixvisor). */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { VisorConfig } from './config.js';

export function backupPath(cfg: VisorConfig, upgradeName: string, height: number): string {
  return join(cfg.backupDir, 'backups', `pre-upgrade-${upgradeName}-${height}`);
}

/** Copies `<home>/data` (the node must have stopped) to the backup directory; replaces an older copy. */
export function backupData(cfg: VisorConfig, upgradeName: string, height: number): string {
  const dest = backupPath(cfg, upgradeName, height);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(join(cfg.backupDir, 'backups'), { recursive: true });
  cpSync(join(cfg.home, 'data'), dest, { recursive: true, filter: (src) => !src.endsWith('/LOCK') });
  return dest;
}

/** Puts the backup back as `<home>/data` (the node must have stopped). */
export function restoreData(cfg: VisorConfig, backup: string): void {
  if (!existsSync(backup)) throw new Error(`backup ${backup} is missing; cannot roll back`);
  const data = join(cfg.home, 'data');
  for (const f of readdirSync(data)) rmSync(join(data, f), { recursive: true, force: true });
  cpSync(backup, data, { recursive: true });
}
