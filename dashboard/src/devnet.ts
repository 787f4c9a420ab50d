/**
 * What the devnet tells the page about itself: `/devnet.json`, written by the devnet's dashboard
 * server (app/cli/dashboard-server.ts) from its homes, its relayer path and the deployment files
 * other tools drop in the devnet directory (`mesh.json`, `product-oracle.json`). The dev accounts' mnemonics
 * are included on purpose: this is a loopback devnet and its keys sign by default ("devnet keys").
 */
export interface DevAccount {
  name: string;
  address: string;
  mnemonic: string;
}

export interface ChainInfo {
  /** `a` or `b`. */
  key: string;
  chainId: string;
  rpc: string;
  prefix: string;
  denom: string;
  gasPrice: string;
  /** The node's block interval (ms), for countdowns in blocks. */
  blockTimeMs?: number;
  accounts: DevAccount[];
}

export interface IbcPathInfo {
  A: { chainId: string; clientId: string; connectionId: string };
  B: { chainId: string; clientId: string; connectionId: string };
  transfer: { A: { channelId: string }; B: { channelId: string } };
  /** Channels the relayer opened on request (`meshwork relay --channels`), by request name. */
  channels?: Record<string, { A: { portId: string; channelId: string }; B: { portId: string; channelId: string }; version: string }>;
}

/** Contract addresses a deployment file names; every field optional (absent = not deployed). */
export type Deployment = Record<string, unknown>;

export interface DevnetInfo {
  chains: ChainInfo[];
  ibc?: IbcPathInfo;
  deployments: { mesh?: Deployment; oracle?: Deployment };
}

export class DevnetInfoError extends Error {
  override readonly name = 'DevnetInfoError';
}

export async function loadDevnet(): Promise<DevnetInfo> {
  let r: Response;
  try {
    r = await fetch('./devnet.json', { cache: 'no-store' });
  } catch (e) {
    throw new DevnetInfoError(`cannot reach the devnet's dashboard server (${(e as Error).message}); is \`meshwork devnet\` running?`);
  }
  if (!r.ok) throw new DevnetInfoError(`the dashboard server answered ${r.status} for devnet.json; open the page from the URL \`meshwork devnet\` prints`);
  const info = (await r.json()) as DevnetInfo;
  if (!Array.isArray(info.chains) || info.chains.length === 0) throw new DevnetInfoError('devnet.json names no chains');
  return info;
}

/** A string field of a deployment (e.g. `mesh.vault`), or undefined when it is not deployed. */
export function contractAddress(d: Deployment | undefined, ...path: string[]): string | undefined {
  let v: unknown = d;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}
