/**
 * cosmovisor's directory layout under `$DAEMON_HOME/cosmovisor/`: `genesis/bin/<daemon>`,
 * `upgrades/<name>/bin/<daemon>` (name lower-cased), and `current`, a symlink to one of them; plus
 * the visor's own record of upgrades (`visor-state.json`), which `meshwork visor status` shows.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { VisorConfig } from './config.js';

export class VisorLayoutError extends Error {
  override readonly name = 'VisorLayoutError';
}

export const GENESIS_DIR = 'genesis';

export function upgradeDir(cfg: VisorConfig, upgradeName: string): string {
  return join(cfg.root, 'upgrades', upgradeName.toLowerCase());
}

export function binaryIn(cfg: VisorConfig, dir: string): string {
  return join(dir, 'bin', cfg.name);
}

export function currentLink(cfg: VisorConfig): string {
  return join(cfg.root, 'current');
}

/** The directory `current` points to (absolute); genesis/ when the link does not exist yet. */
export function currentDir(cfg: VisorConfig): string {
  const link = currentLink(cfg);
  try {
    const target = readlinkSync(link);
    return target.startsWith('/') ? target : join(cfg.root, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return join(cfg.root, GENESIS_DIR);
    throw e;
  }
}

/** "genesis" or the upgrade name of the version `current` points to. */
export function currentVersionName(cfg: VisorConfig): string {
  const dir = currentDir(cfg);
  return relative(cfg.root, dir) === GENESIS_DIR ? GENESIS_DIR : basename(dir);
}

/** Points `current` at `dir` atomically (a new link renamed over the old one). */
export function switchCurrent(cfg: VisorConfig, dir: string): void {
  const link = currentLink(cfg);
  const tmp = `${link}.new`;
  rmSync(tmp, { force: true });
  symlinkSync(relative(cfg.root, dir), tmp);
  renameSync(tmp, link);
}

export function requireExecutable(file: string, what: string): void {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new VisorLayoutError(`${what} ${file} does not exist (auto-download is off: put the binary there)`);
  }
  if (!st.isFile() || (st.mode & 0o111) === 0) throw new VisorLayoutError(`${what} ${file} is not an executable file (chmod +x it)`);
}

/** `meshwork visor init <binary>`: copies the genesis binary into place and creates `current`. */
export function initLayout(cfg: VisorConfig, binary: string): string {
  requireExecutable(binary, 'the binary');
  const dest = binaryIn(cfg, join(cfg.root, GENESIS_DIR));
  mkdirSync(join(cfg.root, GENESIS_DIR, 'bin'), { recursive: true });
  copyFileSync(binary, dest);
  chmodSync(dest, 0o755);
  if (!existsSync(currentLink(cfg))) switchCurrent(cfg, join(cfg.root, GENESIS_DIR));
  return dest;
}

export type UpgradeStatus = 'in_progress' | 'completed' | 'failed' | 'rolled_back';

export interface UpgradeRecord {
  name: string;
  height: number;
  status: UpgradeStatus;
  /** Wall-clock times (ISO) of the visor's own steps; never part of chain state. */
  startedAt: string;
  finishedAt?: string;
  /** Steps done so far: backup, pre_upgrade, switch, restart, healthy, rollback. */
  steps: string[];
  backup?: string;
  error?: string;
}

export interface VisorState {
  upgrades: UpgradeRecord[];
}

function statePath(cfg: VisorConfig): string {
  return join(cfg.root, 'visor-state.json');
}

export function readState(cfg: VisorConfig): VisorState {
  try {
    return JSON.parse(readFileSync(statePath(cfg), 'utf8')) as VisorState;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { upgrades: [] };
    throw new VisorLayoutError(`cannot read ${statePath(cfg)}: ${(e as Error).message}`);
  }
}

export function writeState(cfg: VisorConfig, s: VisorState): void {
  const file = statePath(cfg);
  writeFileSync(`${file}.tmp`, JSON.stringify(s, null, 2) + '\n');
  renameSync(`${file}.tmp`, file);
}
