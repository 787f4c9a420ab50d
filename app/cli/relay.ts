/**
 * `meshwork relay --from <homeA> --to <homeB>`: the IBC relayer of `ibc/relayer` over the two
 * nodes' RPC. On first start it creates clients, a connection and an ICS-20 channel and records
 * their IDs in a path file; later starts reuse them. Relaying is state-driven (each round reads
 * what is pending on both chains), so a restart resumes without loss or duplicates.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Order } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { Link, type ChannelPair } from '../../ibc/relayer/link.js';
import { RpcChainClient } from '../../ibc/relayer/rpc-client.js';
import { loadHome, readKeyring, HomeError } from '../node/home.js';
import { clientGasPrice } from '../node/config.js';
import { exitCodeFor, intFlag, parseArgs, UsageError } from './args.js';

export const RELAY_USAGE = 'meshwork relay --from <home> --to <home> [--path <file>] [--poll-ms N] [--once]';

/** What the relayer records about the path it created (IDs only; nothing about packets). */
export interface PathFile {
  A: { chainId: string; clientId: string; connectionId: string };
  B: { chainId: string; clientId: string; connectionId: string };
  transfer: ChannelPair;
}

/** The RPC URL and relayer key of a node home (the last keyring account is the relayer's). */
async function clientFor(home: string): Promise<RpcChainClient> {
  const h = loadHome(home);
  const accounts = readKeyring(home);
  const relayer = accounts.find((a) => a.name === 'relayer') ?? accounts[accounts.length - 1];
  if (relayer === undefined) throw new HomeError(`${home}/keyring.json has no accounts`);
  const gasPrice = clientGasPrice(h.config.app.min_gas_price);
  const [host, port] = h.config.rpc.laddr.split(':');
  return RpcChainClient.connect({ rpcUrl: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`, mnemonic: relayer.mnemonic, prefix: h.config.address_prefix, gasPrice });
}

export async function openPath(a: RpcChainClient, b: RpcChainClient, pathFile: string, log: (m: string) => void): Promise<{ link: Link; path: PathFile }> {
  if (existsSync(pathFile)) {
    const path = JSON.parse(readFileSync(pathFile, 'utf8')) as PathFile;
    if (path.A.chainId !== a.chainId || path.B.chainId !== b.chainId) throw new UsageError(`${pathFile} is for ${path.A.chainId} ⇄ ${path.B.chainId}, not ${a.chainId} ⇄ ${b.chainId}`);
    const link = await Link.existing(a, b, { A: path.A.connectionId, B: path.B.connectionId });
    log(`resuming path ${path.A.connectionId} ⇄ ${path.B.connectionId}, transfer ${path.transfer.A.channelId} ⇄ ${path.transfer.B.channelId}`);
    return { link, path };
  }
  log(`creating clients and a connection between ${a.chainId} and ${b.chainId}…`);
  const link = await Link.connect(a, b);
  log(`connection ${link.A.connectionId} ⇄ ${link.B.connectionId}; opening an ICS-20 channel…`);
  const transfer = await link.createChannel('A', 'transfer', 'transfer', Order.ORDER_UNORDERED, 'ics20-1');
  const path: PathFile = {
    A: { chainId: a.chainId, clientId: link.A.clientId, connectionId: link.A.connectionId },
    B: { chainId: b.chainId, clientId: link.B.clientId, connectionId: link.B.connectionId },
    transfer,
  };
  writeFileSync(pathFile, `${JSON.stringify(path, null, 2)}\n`);
  log(`channel transfer/${transfer.A.channelId} ⇄ transfer/${transfer.B.channelId} open; path saved to ${pathFile}`);
  return { link, path };
}

export async function runRelay(argv: string[]): Promise<number> {
  let from: string;
  let to: string;
  let pathFile: string;
  let once: boolean;
  let pollMs: number;
  try {
    const a = parseArgs(argv, ['from', 'to', 'path', 'poll-ms'], ['once']);
    const f = a.flags.get('from');
    const t = a.flags.get('to');
    if (f === undefined || t === undefined) throw new UsageError('--from and --to are required (node home directories)');
    from = f;
    to = t;
    pathFile = a.flags.get('path') ?? join(from, 'relayer-path.json');
    once = a.switches.has('once');
    pollMs = intFlag(a, 'poll-ms', 10, 600_000) ?? 500;
  } catch (e) {
    return exitCodeFor('relay', RELAY_USAGE, e);
  }
  const log = (m: string) => process.stdout.write(`${JSON.stringify({ level: 'info', msg: m, module: 'relayer' })}\n`);
  let stopping = false;
  const onSignal = () => {
    stopping = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const ca = await clientFor(from);
  const cb = await clientFor(to);
  try {
    const { link } = await openPath(ca, cb, pathFile, log);
    do {
      const s = await link.relayAll({ maxRounds: 3 });
      if (s.received + s.acknowledged + s.timedOut > 0 || s.errors.length > 0) {
        log(`relayed: ${s.received} received, ${s.acknowledged} acknowledged, ${s.timedOut} timed out${s.errors.length > 0 ? `; errors: ${s.errors.join(' | ')}` : ''}`);
      }
      if (!once && !stopping) await new Promise((r) => setTimeout(r, pollMs));
    } while (!once && !stopping);
  } finally {
    ca.disconnect();
    cb.disconnect();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}
