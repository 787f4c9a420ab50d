/**
 * `meshwork relay --from <homeA> --to <homeB>`: the IBC relayer of `ibc/relayer` over the two
 * nodes' RPC. On first start it creates clients, a connection and an ICS-20 channel and records
 * their IDs in a path file; later starts reuse them. Relaying is state-driven (each round reads
 * what is pending on both chains), so a restart resumes without loss or duplicates.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Order } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { Link, type ChannelPair, type LinkOptions } from '../../ibc/relayer/link.js';
import { RpcChainClient } from '../../ibc/relayer/rpc-client.js';
import { loadHome, readKeyring, HomeError, RELAYER_KEY_NAME } from '../node/home.js';
import { clientGasPrice } from '../node/config.js';
import { exitCodeFor, intFlag, parseArgs, UsageError } from './args.js';

export const RELAY_USAGE = `meshwork relay --from <home> --to <home> [--path <file>] [--channels <file>] [--poll-ms N] [--client-trusting-s N] [--await-nodes-s N] [--once]
  --channels: a JSON file of further channels to open on the path's connection (read before each
  round; each opened channel is recorded under its name in the path file's "channels")
  --client-trusting-s: the trusting period of the clients it creates (default 2/3 of the other
  chain's unbonding time; longer is allowed: the client's unbonding period is then raised to 3/2 of
  it, as \`meshwork devnet\` does so that a stopped devnet's clients do not expire)
  --await-nodes-s: nodes that have not answered yet are asked every 100 ms for up to N s, with one
  info line (a devnet starts its relayer with its nodes); default 0: warning and backoff at once`;

/** What the relayer records about the path it created (IDs only; nothing about packets). */
export interface PathFile {
  A: { chainId: string; clientId: string; connectionId: string };
  B: { chainId: string; clientId: string; connectionId: string };
  transfer: ChannelPair;
  /** Channels opened on request (`--channels`), by the request's name. */
  channels?: Record<string, ChannelPair & { version: string }>;
}

/**
 * A channel someone (the devnet's Mesh deployment) wants on the path's connection: ports on the
 * path's chain A and chain B, the side that starts the handshake (whose port sends OpenInit), the
 * version offered, and the order (default unordered).
 */
export interface ChannelRequest {
  portA: string;
  portB: string;
  from: 'A' | 'B';
  version: string;
  order?: 'ordered' | 'unordered';
}

function readRequests(file: string): Record<string, ChannelRequest> {
  if (!existsSync(file)) return {};
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON (${(e as Error).message})`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new UsageError(`${file} must be a JSON object of channel requests by name`);
  for (const [name, r] of Object.entries(v as Record<string, Partial<ChannelRequest>>)) {
    if (typeof r?.portA !== 'string' || typeof r.portB !== 'string' || (r.from !== 'A' && r.from !== 'B') || typeof r.version !== 'string' || (r.order !== undefined && r.order !== 'ordered' && r.order !== 'unordered')) {
      throw new UsageError(`${file}: channel request "${name}" needs portA, portB (strings), from ("A" or "B"), version (string) and optionally order ("ordered" or "unordered")`);
    }
  }
  return v as Record<string, ChannelRequest>;
}

function writePath(pathFile: string, path: PathFile): void {
  // Atomically: the devnet polls for this file and must never read half of it.
  writeFileSync(`${pathFile}.tmp`, `${JSON.stringify(path, null, 2)}\n`);
  renameSync(`${pathFile}.tmp`, pathFile);
}

/** A refused channel request is tried again this much later (not every round: each try costs txs). */
const CHANNEL_RETRY_MS = 10_000;
const channelRetryAt = new Map<string, number>();

/**
 * Opens the requested channels the path file does not list yet, each recorded in the path file as
 * soon as its handshake completes. A handshake cut short (relayer killed half-way) leaves a channel
 * that never opens; the request is then handshaken again from the start on a new channel.
 */
export async function openRequestedChannels(link: Link, pathFile: string, requestsFile: string, log: (m: string, level?: string) => void): Promise<void> {
  const requests = readRequests(requestsFile);
  for (const [name, r] of Object.entries(requests)) {
    const path = JSON.parse(readFileSync(pathFile, 'utf8')) as PathFile;
    if (path.channels?.[name] !== undefined) continue;
    if ((channelRetryAt.get(name) ?? 0) > Date.now()) continue;
    log(`opening channel "${name}": ${r.portA} ⇄ ${r.portB} (version ${r.version}), started on ${r.from === 'A' ? path.A.chainId : path.B.chainId}…`);
    const src = r.from === 'A' ? r.portA : r.portB;
    const dst = r.from === 'A' ? r.portB : r.portA;
    const order = r.order === 'ordered' ? Order.ORDER_ORDERED : Order.ORDER_UNORDERED;
    let opened: ChannelPair;
    try {
      opened = await link.createChannel(r.from, src, dst, order, r.version);
    } catch (e) {
      // A refused handshake must not stop packet relaying: reported, tried again next round.
      log(`channel "${name}" could not be opened: ${oneLine(e)}; trying again in ${CHANNEL_RETRY_MS / 1000} s`, 'warn');
      channelRetryAt.set(name, Date.now() + CHANNEL_RETRY_MS);
      continue;
    }
    path.channels = { ...path.channels, [name]: { ...opened, version: r.version } };
    writePath(pathFile, path);
    log(`channel "${name}" open: ${opened.A.portId}/${opened.A.channelId} ⇄ ${opened.B.portId}/${opened.B.channelId}`);
  }
}

/**
 * The RPC URL and relayer key of a node home. The relayer signs only with the key named `relayer`
 * (funded at genesis by `meshwork devnet`): any other key may be a user's, whose txs would race the
 * relayer's for account sequences.
 */
async function clientFor(home: string): Promise<RpcChainClient> {
  const h = loadHome(home);
  const relayer = readKeyring(home).find((a) => a.name === RELAYER_KEY_NAME);
  if (relayer === undefined) {
    throw new HomeError(`${home}/keyring.json has no key named "${RELAYER_KEY_NAME}": the relayer signs only with its own key. Create homes with \`meshwork init --relayer-key\` (devnets have one), or import a funded key with \`meshwork keys import ${RELAYER_KEY_NAME} --home ${home}\``);
  }
  const gasPrice = clientGasPrice(h.config.app.min_gas_price);
  const [host, port] = h.config.rpc.laddr.split(':');
  return RpcChainClient.connect({ rpcUrl: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`, mnemonic: relayer.mnemonic, prefix: h.config.address_prefix, gasPrice, pollMs: 100 });
}

/** "fetch failed (ECONNREFUSED)" rather than a stack: what went wrong, in one line. */
export function oneLine(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  const cause = err.cause?.code ?? err.cause?.message;
  const msg = (err.message ?? String(e)).split('\n')[0]!;
  return cause === undefined || msg.includes(cause) ? msg : `${msg} (${cause})`;
}

/** The first retry waits this long, doubling up to RETRY_MAX_MS while the nodes stay unreachable. */
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;
const NODES_FIRST_POLL_MS = 100;
/** How often the relayer looks whether a client needs refreshing (a third of its trusting period). */
const CLIENT_REFRESH_CHECK_MS = 5_000;
/** How long a signalled relayer lets a round in flight finish before it exits anyway. */
const RELAYER_STOP_GRACE_MS = 2000;

export async function openPath(a: RpcChainClient, b: RpcChainClient, pathFile: string, log: (m: string) => void, opts: LinkOptions = {}): Promise<{ link: Link; path: PathFile }> {
  if (existsSync(pathFile)) {
    const path = JSON.parse(readFileSync(pathFile, 'utf8')) as PathFile;
    if (path.A.chainId !== a.chainId || path.B.chainId !== b.chainId) throw new UsageError(`${pathFile} is for ${path.A.chainId} ⇄ ${path.B.chainId}, not ${a.chainId} ⇄ ${b.chainId}`);
    const link = await Link.existing(a, b, { A: path.A.connectionId, B: path.B.connectionId });
    log(`resuming path ${path.A.connectionId} ⇄ ${path.B.connectionId}, transfer ${path.transfer.A.channelId} ⇄ ${path.transfer.B.channelId}`);
    return { link, path };
  }
  log(`creating clients and a connection between ${a.chainId} and ${b.chainId}…`);
  const link = await Link.connect(a, b, opts);
  log(`connection ${link.A.connectionId} ⇄ ${link.B.connectionId}; opening an ICS-20 channel…`);
  const transfer = await link.createChannel('A', 'transfer', 'transfer', Order.ORDER_UNORDERED, 'ics20-1');
  const path: PathFile = {
    A: { chainId: a.chainId, clientId: link.A.clientId, connectionId: link.A.connectionId },
    B: { chainId: b.chainId, clientId: link.B.clientId, connectionId: link.B.connectionId },
    transfer,
  };
  writePath(pathFile, path);
  log(`channel transfer/${transfer.A.channelId} ⇄ transfer/${transfer.B.channelId} open; path saved to ${pathFile}`);
  return { link, path };
}

export async function runRelay(argv: string[]): Promise<number> {
  let from: string;
  let to: string;
  let pathFile: string;
  let channelsFile: string | undefined;
  let once: boolean;
  let pollMs: number;
  let trustingS: number | undefined;
  let awaitNodesS: number;
  try {
    const a = parseArgs(argv, ['from', 'to', 'path', 'channels', 'poll-ms', 'client-trusting-s', 'await-nodes-s'], ['once']);
    const f = a.flags.get('from');
    const t = a.flags.get('to');
    if (f === undefined || t === undefined) throw new UsageError('--from and --to are required (node home directories)');
    from = f;
    to = t;
    pathFile = a.flags.get('path') ?? join(from, 'relayer-path.json');
    channelsFile = a.flags.get('channels');
    once = a.switches.has('once');
    pollMs = intFlag(a, 'poll-ms', 10, 600_000) ?? 500;
    trustingS = intFlag(a, 'client-trusting-s', 1, 100 * 365 * 24 * 3600);
    awaitNodesS = intFlag(a, 'await-nodes-s', 0, 3600) ?? 0;
  } catch (e) {
    return exitCodeFor('relay', RELAY_USAGE, e);
  }
  const log = (m: string, level = 'info') => process.stdout.write(`${JSON.stringify({ level, msg: m, module: 'relayer' })}\n`);
  let stopping = false;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((r) => {
      const t = setTimeout(r, ms);
      wake = () => {
        clearTimeout(t);
        r();
      };
    });
  const onSignal = () => {
    stopping = true;
    wake?.();
    // A round in flight may wait on slow RPC for a while; relaying is state-driven, so cutting it
    // short loses nothing (the next start resumes from chain state). Stop promptly.
    setTimeout(() => process.exit(0), RELAYER_STOP_GRACE_MS).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let ca: RpcChainClient | undefined;
  let cb: RpcChainClient | undefined;
  let link: Link | undefined;
  let retryMs = RETRY_MIN_MS;
  let nextRefreshCheck = 0;
  let failing: string | undefined;
  // Until the nodes first answer, for up to --await-nodes-s (a devnet starts its relayer with its
  // nodes), they are asked again every NODES_FIRST_POLL_MS; backoff is for nodes that went away.
  let reached = false;
  const fastUntil = Date.now() + awaitNodesS * 1000;
  const linkOpts: LinkOptions = { concurrentClients: true, ...(trustingS === undefined ? {} : { trustingPeriod: BigInt(trustingS) * 1_000_000_000n }) };
  try {
    while (!stopping) {
      try {
        ca ??= await clientFor(from);
        cb ??= await clientFor(to);
        reached = true;
        link ??= (await openPath(ca, cb, pathFile, log, linkOpts)).link;
        if (channelsFile !== undefined) await openRequestedChannels(link, pathFile, channelsFile, log);
        const s = await link.relayAll({ maxRounds: 3 });
        // Keep idle clients from expiring (checked every CLIENT_REFRESH_CHECK_MS, not every poll).
        if (Date.now() >= nextRefreshCheck) {
          nextRefreshCheck = Date.now() + CLIENT_REFRESH_CHECK_MS;
          for (const side of await link.refreshClients()) log(`refreshed the client on ${side === 'A' ? link.A.endpoint.chainId : link.B.endpoint.chainId} before it could expire`);
        }
        if (failing !== undefined) log(failing.startsWith('waiting') ? 'the nodes answer; relaying' : `nodes reachable again; relaying resumed`);
        failing = undefined;
        retryMs = RETRY_MIN_MS;
        if (s.received + s.acknowledged + s.timedOut > 0 || s.errors.length > 0) {
          log(`relayed: ${s.received} received, ${s.acknowledged} acknowledged, ${s.timedOut} timed out${s.errors.length > 0 ? `; errors: ${s.errors.join(' | ')}` : ''}`);
        }
        if (once) break;
        await sleep(pollMs);
      } catch (e) {
        // A bad home, key or path file will not fix itself: report it and stop.
        if (e instanceof UsageError || e instanceof HomeError) throw e;
        const why = oneLine(e);
        if (once) {
          log(`relaying failed: ${why}`, 'error');
          return 1;
        }
        // One line per outage (not per attempt), and no stack: nodes stop and restart on devnets.
        const awaiting = !reached && Date.now() < fastUntil;
        const line = awaiting ? 'waiting for the nodes to answer' : `${why}; retrying with backoff (up to ${RETRY_MAX_MS / 1000} s between attempts)`;
        if (failing !== line) log(line, awaiting ? 'info' : 'warn');
        failing = line;
        if (awaiting) {
          await sleep(NODES_FIRST_POLL_MS);
          continue;
        }
        await sleep(retryMs);
        retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
      }
    }
  } catch (e) {
    return exitCodeFor('relay', RELAY_USAGE, e, [HomeError]);
  } finally {
    ca?.disconnect();
    cb?.disconnect();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}
