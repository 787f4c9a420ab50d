/**
 * `<home>/data/upgrade-info.json`, the file a halting node writes for its supervisor (cosmovisor's
 * format: `{"name","time","height","info"}`, `time` Go's zero time since plans are height-based).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UpgradeInfo, UpgradeInfoSink } from '../../chain/modules/upgrade/keeper.js';

export const UPGRADE_INFO_FILE = 'upgrade-info.json';

export class UpgradeInfoError extends Error {
  override readonly name = 'UpgradeInfoError';
}

export function upgradeInfoPath(dataDir: string): string {
  return join(dataDir, UPGRADE_INFO_FILE);
}

export function upgradeInfoFileSink(dataDir: string): UpgradeInfoSink {
  return {
    write(info: UpgradeInfo): void {
      const file = upgradeInfoPath(dataDir);
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, JSON.stringify({ name: info.name, time: '0001-01-01T00:00:00Z', height: info.height, info: info.info }) + '\n', { mode: 0o644 });
      renameSync(tmp, file);
    },
  };
}

/** Reads and checks an upgrade-info file; undefined when it does not exist. */
export function readUpgradeInfo(file: string): UpgradeInfo | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (e) {
    throw new UpgradeInfoError(`${file} is not JSON (${(e as Error).message}); delete it if no upgrade is pending`);
  }
  const r = o as Record<string, unknown>;
  if (typeof r !== 'object' || r === null || typeof r.name !== 'string' || r.name === '' || typeof r.height !== 'number' || !Number.isSafeInteger(r.height) || r.height <= 0) {
    throw new UpgradeInfoError(`${file} must hold {"name": <non-empty string>, "height": <positive integer>, "info": <string>}`);
  }
  return { name: r.name, height: r.height, info: typeof r.info === 'string' ? r.info : '' };
}
