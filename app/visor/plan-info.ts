/**
 * `plan.info` as cosmovisor reads it: JSON `{"binaries": {"<os>/<arch>": "<url>?checksum=<algo>:<hex>"}}`.
 * Nothing is downloaded here; the binaries map is validated (every entry has a URL and a sha256 or
 * sha512 checksum, as Wemixvisor requires) and the checksum for this platform is checked against the
 * binary placed under `upgrades/<name>/bin/`: a mismatch aborts the upgrade.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export class PlanInfoError extends Error {
  override readonly name = 'PlanInfoError';
}

export interface BinaryEntry {
  platform: string;
  url: string;
  algo: 'sha256' | 'sha512';
  checksum: string;
}

export interface PlanInfo {
  /** Empty when `info` is not JSON with a `binaries` map (free text or a URL we would have to fetch). */
  binaries: BinaryEntry[];
}

/** Go's names for this machine (`GOOS/GOARCH`), as plan infos key their binaries. */
export function goPlatform(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const os = platform === 'win32' ? 'windows' : platform;
  const a = ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' } as Record<string, string>)[arch] ?? arch;
  return `${os}/${a}`;
}

export function parsePlanInfo(info: string): PlanInfo {
  const text = info.trim();
  if (!text.startsWith('{')) return { binaries: [] };
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (e) {
    throw new PlanInfoError(`plan info looks like JSON but does not parse: ${(e as Error).message}`);
  }
  const bins = (o as { binaries?: unknown }).binaries;
  if (bins === undefined) return { binaries: [] };
  if (typeof bins !== 'object' || bins === null || Array.isArray(bins)) throw new PlanInfoError('plan info "binaries" must be an object of "<os>/<arch>": "<url>?checksum=sha256:<hex>"');
  const out: BinaryEntry[] = [];
  for (const platform of Object.keys(bins).sort()) {
    const v = (bins as Record<string, unknown>)[platform];
    if (platform !== 'any' && !/^[a-z0-9]+\/[a-z0-9]+$/.test(platform)) throw new PlanInfoError(`plan info binaries: ${JSON.stringify(platform)} is not "<os>/<arch>" or "any"`);
    if (typeof v !== 'string' || v === '') throw new PlanInfoError(`plan info binaries[${platform}] must be a URL string`);
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      throw new PlanInfoError(`plan info binaries[${platform}] is not a URL: ${JSON.stringify(v)}`);
    }
    const cs = url.searchParams.get('checksum');
    const m = cs === null ? null : /^(sha256|sha512):([0-9a-fA-F]+)$/.exec(cs);
    if (m === null) throw new PlanInfoError(`plan info binaries[${platform}] has no checksum: append ?checksum=sha256:<hex> to the URL`);
    const algo = m[1] as 'sha256' | 'sha512';
    const hex = m[2]!.toLowerCase();
    if (hex.length !== (algo === 'sha256' ? 64 : 128)) throw new PlanInfoError(`plan info binaries[${platform}]: a ${algo} checksum has ${algo === 'sha256' ? 64 : 128} hex digits, got ${hex.length}`);
    out.push({ platform, url: v, algo, checksum: hex });
  }
  return { binaries: out };
}

/** The entry for this machine (exact platform first, then "any"). */
export function entryFor(p: PlanInfo, platform = goPlatform()): BinaryEntry | undefined {
  return p.binaries.find((b) => b.platform === platform) ?? p.binaries.find((b) => b.platform === 'any');
}

/**
 * Checks the local binary against the plan's checksum for this platform. Returns what was checked
 * (undefined when the plan names no binary for this platform).
 */
export function verifyLocalBinary(info: string, file: string, platform = goPlatform()): BinaryEntry | undefined {
  const e = entryFor(parsePlanInfo(info), platform);
  if (e === undefined) return undefined;
  const got = createHash(e.algo).update(readFileSync(file)).digest('hex');
  if (got !== e.checksum) throw new PlanInfoError(`checksum mismatch for ${file}: the plan says ${e.algo}:${e.checksum}, the file has ${e.algo}:${got}; the upgrade is aborted (put the right binary there)`);
  return e;
}
