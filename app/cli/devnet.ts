/**
 * `meshwork devnet`: two chains and a relayer as three separate processes on loopback. Creates
 * the two node homes on first run (later runs continue from disk), waits for both RPCs, lets the
 * relayer create the IBC path (clients, connection, ICS-20 channel), and prints the RPC URLs and
 * channel IDs. Ctrl-C, SIGTERM or `meshwork devnet stop` stop all three: the relayer first (so it
 * never sees its nodes vanish), then the nodes; each shuts down gracefully.
 *
 * The devnet's own PID is in `<dir>/devnet.pid` while it runs, so a backgrounded devnet can be
 * found and stopped, and a second devnet on the same directory is refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseListenAddress } from '../node/config.js';
import { exitCodeFor, intFlag, parseArgs } from './args.js';
import type { PathFile } from './relay.js';
import type { DevnetOracle } from './devnet-oracle.js';
import { applyDevnetPeriods, DEFAULT_DEVNET_PERIODS, type DevnetPeriods } from './devnet-periods.js';
// The node homes (CosmJS key derivation), the deployments (CosmJS clients) and the dashboard are
// imported where first needed, not here: loading them costs about a second of CPU, and a restart
// starts the nodes before it needs any of them (see `runDevnet`).

export const DEVNET_USAGE = `meshwork devnet [--dir <dir>] [--port-a N] [--port-b N] [--block-time-ms T] [--timeout-s N] [--dashboard-port N] [--voting-period-s N] [--unbonding-s N] [--epoch-s N] [--no-mesh]
meshwork devnet stop [--dir <dir>] [--timeout-s N]
  --dir: default .devnet; --port-a/--port-b: the RPC ports (default 26657/26667 for a new devnet, the
  ports it last used for an existing one; given, they replace those); --dashboard-port: where the
  dashboard is served on 127.0.0.1 (default 26680; 0: no dashboard); --voting-period-s/--unbonding-s:
  the gov voting period and staking unbonding time of a new devnet (default 60 s each; an existing
  devnet keeps its own); --epoch-s: the consumer chain's (B) Mesh Security epoch (default 60 s);
  --no-mesh: do not deploy Mesh Security (A provider, B consumer; see mesh.json) on a new devnet`;

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bin', 'meshwork.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long the relayer, then the nodes, get to exit after SIGTERM before SIGKILL. */
const STOP_GRACE_MS = 20_000;
/** Block time while the devnet sets itself up (path, contracts); the configured one after. */
const SETUP_BLOCK_TIME_MS = 100;
/** How often the devnet looks whether its nodes answer, and whether the relayer holds the path. */
const NODE_POLL_MS = 50;
const PATH_POLL_MS = 50;
/** The relayer's round interval (`relay --poll-ms`): the control channel's request is seen within it. */
const RELAYER_POLL_MS = 200;

const DEFAULT_PORTS: Readonly<Record<string, number>> = { a: 26657, b: 26667 };

/** A one-line failure the user can fix (exit code 1). */
class DevnetError extends Error {
  override readonly name = 'DevnetError';
}

interface ChainSpec {
  name: string;
  chainId: string;
  home: string;
  port: number;
}

async function healthy(url: string): Promise<boolean> {
  try {
    const r = await fetch(`${url}/health`);
    return r.ok;
  } catch {
    return false;
  }
}

/** A `meshwork` child whose output goes to `logFile`; `onLine` also sees each stdout line. */
function launch(args: string[], logFile: string, onLine?: (line: string) => void): ChildProcess {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = createWriteStream(logFile, { flags: 'a' });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  if (onLine !== undefined) createInterface({ input: child.stdout!, crlfDelay: Infinity }).on('line', onLine);
  return child;
}

/** home.ts's RELAYER_KEY_NAME (not imported from there: home.ts loads CosmJS, which a restart does not need). */
const RELAYER_KEY_NAME = 'relayer';

/** The key names in a home's keyring.json (read directly, for the same reason). */
function keyNames(home: string): string[] {
  try {
    const raw = JSON.parse(readFileSync(join(home, 'keyring.json'), 'utf8')) as { accounts?: unknown };
    return Array.isArray(raw.accounts) ? raw.accounts.map((k) => String((k as { name?: unknown }).name)) : [];
  } catch {
    return [];
  }
}

/**
 * How long the devnet's IBC clients trust a header (`relay --client-trusting-s`): a year, so a
 * devnet stopped for a night (or a month) relays again on restart. With the clients' usual 2/3 of
 * the 60 s unbonding time they expired after 40 s stopped, for good (an expired client cannot be
 * updated, and its connection and channels, the Mesh Security control channel among them, with it).
 */
const CLIENT_TRUSTING_S = 365 * 24 * 3600;

/** Seconds since this process started (module loading included), for the devnet's timing line. */
const since = (): number => process.uptime();

/** Whether something already listens on 127.0.0.1:port (tried by binding it for a moment). */
function portFree(port: number): Promise<boolean> {
  return new Promise((r) => {
    const s = createServer();
    s.once('error', () => r(false));
    s.listen(port, '127.0.0.1', () => s.close(() => r(true)));
  });
}

/** Whether `pid` runs: signal 0 reaches it and (on Linux) it is not a zombie its parent has yet to reap. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function pidFile(dir: string): string {
  return join(dir, 'devnet.pid');
}

/** The PID of a devnet running on `dir`, if one is (a stale file from a crash does not count). */
function runningDevnet(dir: string): number | undefined {
  const f = pidFile(dir);
  if (!existsSync(f)) return undefined;
  const pid = Number(readFileSync(f, 'utf8').trim());
  return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : undefined;
}

/** The port an existing home listens on, or the flag's (written into its config.json). */
function homePort(home: string, flag: number | undefined): number {
  const path = join(home, 'config.json');
  const config = JSON.parse(readFileSync(path, 'utf8')) as { rpc: { laddr: string } };
  const current = parseListenAddress(config.rpc.laddr).port;
  if (flag === undefined || flag === current) return current;
  config.rpc.laddr = `127.0.0.1:${flag}`;
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return flag;
}

/** `meshwork devnet stop`: SIGTERM to the devnet in `dir`, then wait until it has stopped everything. */
async function stopDevnet(argv: string[]): Promise<number> {
  let dir: string;
  let timeoutS: number;
  try {
    const a = parseArgs(argv, ['dir', 'timeout-s'], []);
    dir = resolve(a.flags.get('dir') ?? '.devnet');
    timeoutS = intFlag(a, 'timeout-s', 1, 3600) ?? 60;
  } catch (e) {
    return exitCodeFor('devnet stop', DEVNET_USAGE, e);
  }
  const pid = runningDevnet(dir);
  if (pid === undefined) {
    process.stderr.write(`meshwork devnet stop: no devnet is running in ${dir} (no live PID in ${pidFile(dir)})\n`);
    return 1;
  }
  process.kill(pid, 'SIGTERM');
  process.stdout.write(`stopping the devnet in ${dir} (pid ${pid})…`);
  const deadline = Date.now() + timeoutS * 1000;
  while (alive(pid)) {
    if (Date.now() > deadline) {
      process.stdout.write('\n');
      process.stderr.write(`meshwork devnet stop: pid ${pid} is still running after ${timeoutS} s; see ${join(dir, 'a', 'node.log')}, or kill it with \`kill -9 ${pid}\`\n`);
      return 1;
    }
    await sleep(100);
  }
  process.stdout.write(' stopped.\n');
  return 0;
}

export async function runDevnet(argv: string[]): Promise<number> {
  if (argv[0] === 'stop') return stopDevnet(argv.slice(1));
  let dir: string;
  let specs: ChainSpec[];
  let blockTime: number;
  let timeoutS: number;
  let dashboardPort: number;
  let periods: DevnetPeriods;
  let mesh: boolean;
  let fresh = false;
  const say = (m: string) => process.stdout.write(`${m}\n`);
  try {
    const a = parseArgs(argv, ['dir', 'port-a', 'port-b', 'block-time-ms', 'timeout-s', 'dashboard-port', 'voting-period-s', 'unbonding-s', 'epoch-s'], ['no-mesh']);
    dashboardPort = intFlag(a, 'dashboard-port', 0, 65535) ?? 26680;
    periods = {
      votingS: intFlag(a, 'voting-period-s', 2, 31_536_000) ?? DEFAULT_DEVNET_PERIODS.votingS,
      unbondingS: intFlag(a, 'unbonding-s', 1, 31_536_000) ?? DEFAULT_DEVNET_PERIODS.unbondingS,
      epochS: intFlag(a, 'epoch-s', 1, 31_536_000) ?? DEFAULT_DEVNET_PERIODS.epochS,
    };
    mesh = !a.switches.has('no-mesh');
    dir = resolve(a.flags.get('dir') ?? '.devnet');
    blockTime = intFlag(a, 'block-time-ms', 50, 60_000) ?? 1000;
    timeoutS = intFlag(a, 'timeout-s', 5, 3600) ?? 120;
    const running = runningDevnet(dir);
    if (running !== undefined) throw new DevnetError(`a devnet is already running in ${dir} (pid ${running}); stop it with \`meshwork devnet stop --dir ${dir}\``);
    specs = [];
    for (const name of ['a', 'b']) {
      const home = join(dir, name);
      const flag = intFlag(a, `port-${name}`, 1, 65535);
      const exists = existsSync(join(home, 'genesis.json'));
      const port = exists ? homePort(home, flag) : (flag ?? DEFAULT_PORTS[name]!);
      specs.push({ name, chainId: `meshwork-${name}`, home, port });
    }
    if (specs[0]!.port === specs[1]!.port) throw new DevnetError(`both chains would listen on port ${specs[0]!.port}; give them different --port-a and --port-b`);
    for (const s of specs) {
      if (!(await portFree(s.port))) throw new DevnetError(`port ${s.port} (chain ${s.chainId}) is already in use, by another devnet or node?; stop it, or pass --port-${s.name} <free port>`);
    }
    const toInit = specs.filter((s) => {
      if (!existsSync(join(s.home, 'genesis.json'))) return true;
      if (!keyNames(s.home).includes(RELAYER_KEY_NAME)) {
        throw new DevnetError(`${s.home} has no "${RELAYER_KEY_NAME}" key (it was made by an older meshwork); delete ${dir} to start a fresh devnet`);
      }
      return false;
    });
    if (toInit.length > 0) {
      fresh = true;
      const [{ initHome }, meshGenesis, oracleGenesis] = await Promise.all([import('../node/home.js'), import('./devnet-mesh.js'), import('./devnet-oracle.js')]);
      // Both homes at once: key generation awaits the platform's PBKDF2 (native, off the main thread).
      const inits = await Promise.all(toInit.map((s) => initHome({ home: s.home, chainId: s.chainId, accounts: 4, relayerKey: true, config: { rpc: { laddr: `127.0.0.1:${s.port}` }, consensus: { block_time_ms: blockTime } }, ...(mesh && s.name === 'b' ? { selfBond: meshGenesis.CONSUMER_SELF_BOND } : {}) })));
      toInit.forEach((s, i) => {
        applyDevnetPeriods(s.home, periods, blockTime);
        if (mesh && s.name === 'b') meshGenesis.applyMeshGenesis(s.home);
        if (mesh && s.name === 'a') meshGenesis.applyMeshProviderGenesis(s.home); // native-staking on the jailing hook
        if (s.name === 'a') oracleGenesis.authorizeOracleAtGenesis(s.home); // the product oracle may slash (authorized_slashers)
        say(`initialised ${s.chainId} in ${s.home} (dev accounts: ${inits[i]!.accounts.map((x) => x.name).join(', ')}; the relayer has its own key; voting period ${periods.votingS} s, unbonding ${periods.unbondingS} s)`);
      });
    }
  } catch (e) {
    if (e instanceof DevnetError) {
      process.stderr.write(`meshwork devnet: ${e.message}\n`);
      return 1;
    }
    return exitCodeFor('devnet', DEVNET_USAGE, e);
  }
  const phases: Array<[string, number]> = [[fresh ? 'homes created' : 'homes read', since()]];
  writeFileSync(pidFile(dir), `${process.pid}\n`);
  const nodes: ChildProcess[] = [];
  const relayerRef: { current: ChildProcess | undefined } = { current: undefined };
  let stopping = false;
  // SIGTERM, and SIGKILL for whatever has not exited STOP_GRACE_MS later (said in one line).
  const stopEach = async (procs: ChildProcess[], what: string): Promise<void> => {
    const live = procs.filter((c) => c.exitCode === null && c.signalCode === null);
    for (const c of live) c.kill('SIGTERM');
    const exited = Promise.all(live.map((c) => new Promise((r) => c.once('exit', r))));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), STOP_GRACE_MS)));
    if ((await Promise.race([exited, late])) === 'late') {
      say(`the ${what} did not stop within ${STOP_GRACE_MS / 1000} s of SIGTERM; killing it`);
      for (const c of live) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      await exited;
    }
    clearTimeout(timer);
  };
  // The relayer goes first: it would otherwise log its nodes' disappearance on every stop.
  let dashboard: Server | undefined;
  const stopAll = async (): Promise<void> => {
    stopping = true;
    dashboard?.close();
    dashboard?.closeAllConnections();
    await stopEach(relayerRef.current === undefined ? [] : [relayerRef.current], 'relayer');
    await stopEach(nodes, 'nodes');
    const f = pidFile(dir);
    if (existsSync(f) && readFileSync(f, 'utf8').trim() === String(process.pid)) rmSync(f, { force: true });
  };
  let stopped: Promise<void> | undefined;
  const waitStopped = (): Promise<void> => (stopped ??= stopAll());
  let signalled: () => void = () => undefined;
  const onSignal = () => {
    if (stopped === undefined) say('\nstopping the devnet…');
    void waitStopped().then(() => {
      say('stopped.');
      signalled();
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  const cleanup = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  };
  const fail = async (why: string): Promise<number> => {
    say(stopping ? '' : why);
    await waitStopped();
    cleanup();
    return stopping ? 0 : 1;
  };

  // Fast blocks while the IBC path is created and contracts are deployed (each step waits for a
  // block or two); the nodes switch to the configured block time on SIGUSR2 once all is set up.
  const setupBlockTime = Math.min(SETUP_BLOCK_TIME_MS, blockTime);
  nodes.push(...specs.map((s) => launch(['start', '--home', s.home, '--setup-block-time-ms', String(setupBlockTime)], join(s.home, 'node.log'))));
  const urls = specs.map((s) => `http://127.0.0.1:${s.port}`);
  const deadline = Date.now() + timeoutS * 1000;
  const pathFile = join(dir, 'relayer-path.json');
  // The relayer starts with the nodes (it loads its modules while they load theirs, and waits for
  // them); it says when it holds the path, created or resumed. It is supervised: if it dies it is
  // started again and resumes from chain state.
  let relayerHasPath = false;
  const onRelayerLine = (line: string): void => {
    if (relayerHasPath || !line.includes('"module":"relayer"')) return;
    const msg = (JSON.parse(line) as { msg?: string }).msg ?? '';
    if (msg.startsWith('resuming path') || msg.includes('path saved to')) relayerHasPath = true;
  };
  const startRelayer = (): void => {
    const args = ['relay', '--from', specs[0]!.home, '--to', specs[1]!.home, '--path', pathFile, '--channels', join(dir, 'relayer-channels.json'), '--poll-ms', String(RELAYER_POLL_MS), '--client-trusting-s', String(CLIENT_TRUSTING_S), '--await-nodes-s', String(timeoutS)];
    const relayer = (relayerRef.current = launch(args, join(dir, 'relayer.log'), onRelayerLine));
    writeFileSync(join(dir, 'relayer.pid'), `${relayer.pid}\n`);
    relayer.once('exit', (code, signal) => {
      if (stopping) return;
      say(`relayer exited (${signal ?? `code ${code}`}); restarting it (see ${join(dir, 'relayer.log')})`);
      setTimeout(() => {
        if (!stopping) startRelayer();
      }, 500);
    });
  };
  startRelayer();
  // What only a ready devnet needs loads while the nodes start.
  const oracleFile = join(dir, 'product-oracle.json');
  const oracleDeployed = existsSync(oracleFile); // then its module (CosmJS) is not needed
  const deployments = Promise.all([mesh ? import('./devnet-mesh.js') : undefined, oracleDeployed ? undefined : import('./devnet-oracle.js'), dashboardPort !== 0 ? import('./dashboard-server.js') : undefined]);
  deployments.catch(() => undefined); // awaited below; a failure is reported there

  process.stdout.write(`waiting for ${specs.map((s, i) => `${s.chainId} at ${urls[i]}`).join(' and ')}`);
  const up = new Set<number>();
  for (let tick = 0; up.size < specs.length; tick++) {
    for (let i = 0; i < specs.length; i++) {
      if (up.has(i)) continue;
      if (stopping || Date.now() > deadline || nodes[i]!.exitCode !== null) return fail(`\n${specs[i]!.chainId} did not come up; see ${join(specs[i]!.home, 'node.log')}`);
      if (await healthy(urls[i]!)) up.add(i);
    }
    if (up.size < specs.length) {
      if (tick % 10 === 9) process.stdout.write('.');
      await sleep(NODE_POLL_MS);
    }
  }
  say(' up');
  phases.push(['nodes answering', since()]);
  let modules: Awaited<typeof deployments>;
  try {
    modules = await deployments;
  } catch (e) {
    return fail(`cannot load the devnet's deployment modules: ${(e as Error).message}`);
  }
  const [meshModule, oracleModule, dashboardModule] = modules;
  // Mesh Security (A provider, B consumer) while the relayer opens the path: its own keys (the
  // validators'), so no sequence races with the relayer.
  let providerDeployed: () => void = () => undefined;
  const providerReady = new Promise<void>((r) => (providerDeployed = r));
  const meshDone = meshModule?.deployMeshStep({ dir, homeA: specs[0]!.home, homeB: specs[1]!.home, rpcA: urls[0]!, rpcB: urls[1]!, pathFile, chainIds: [specs[0]!.chainId, specs[1]!.chainId], timeoutMs: timeoutS * 1000, stopping: () => stopping, onProviderDeployed: () => providerDeployed() });
  // The oracle once Mesh Security's contracts are on A (while the control channel opens): A's genesis
  // expects Mesh's codes and instances at the ids a fresh A gives them (code 2, instance 2 for
  // native-staking), which an upload first would shift.
  const oracleDone = Promise.race([Promise.resolve(meshDone), providerReady]).then(() => (oracleModule === undefined ? (JSON.parse(readFileSync(oracleFile, 'utf8')) as DevnetOracle) : oracleModule.ensureProductOracle(dir, specs[0]!.home, urls[0]!))).then(
    (o) => `  product oracle (${specs[0]!.chainId}): ${o.address} (code ${o.codeId}); oracles: the bonded validators`,
    (e: unknown) => `  product oracle: not deployed (${(e as Error).message})`,
  );
  process.stdout.write(fresh ? 'relayer: creating the IBC path' : 'relayer: resuming the IBC path');
  const readPath = (): PathFile | undefined => {
    try {
      return JSON.parse(readFileSync(pathFile, 'utf8')) as PathFile;
    } catch {
      return undefined;
    }
  };
  let path: PathFile | undefined;
  for (let tick = 0; !relayerHasPath || (path = readPath()) === undefined; tick++) {
    if (stopping || Date.now() > deadline) return fail(`\nthe relayer did not open the path; see ${join(dir, 'relayer.log')}`);
    if (tick % 10 === 9) process.stdout.write('.');
    await sleep(PATH_POLL_MS);
  }
  phases.push([fresh ? 'IBC path open' : 'IBC path resumed', since()]);
  const devKeys = keyNames(specs[0]!.home).filter((k) => k !== RELAYER_KEY_NAME);
  say(' ready\n');
  say(`  ${path.A.chainId}  RPC ${urls[0]}  home ${specs[0]!.home}`);
  say(`  ${path.B.chainId}  RPC ${urls[1]}  home ${specs[1]!.home}`);
  say(`  IBC: ${path.A.clientId}/${path.A.connectionId} ⇄ ${path.B.clientId}/${path.B.connectionId}`);
  say(`  ICS-20: transfer/${path.transfer.A.channelId} (${path.A.chainId}) ⇄ transfer/${path.transfer.B.channelId} (${path.B.chainId})`);
  // a failure of either deployment is reported, the devnet runs on
  say(await oracleDone);
  for (const line of (await meshDone) ?? []) say(line);
  phases.push([fresh ? 'contracts deployed' : 'contracts found', since()]);
  say(`  logs: ${join(specs[0]!.home, 'node.log')}, ${join(specs[1]!.home, 'node.log')}, ${join(dir, 'relayer.log')}`);
  say(`  pids: devnet ${process.pid} (in ${pidFile(dir)}), nodes ${nodes.map((n) => n.pid).join(', ')}, relayer ${relayerRef.current?.pid} (in ${join(dir, 'relayer.pid')})`);
  if (dashboardModule !== undefined) {
    try {
      dashboard = await dashboardModule.serveDashboard({ dir, port: dashboardPort, chains: specs.map((s, i) => ({ key: s.name, chainId: s.chainId, home: s.home, rpc: urls[i]! })) });
      say(`\n  Dashboard: http://127.0.0.1:${dashboardPort}/`);
    } catch (e) {
      say(`\n  no dashboard: ${(e as Error).message}`);
    }
  }
  for (const n of nodes) if (n.exitCode === null && n.signalCode === null) n.kill('SIGUSR2');
  say(`  ${timingLine(fresh, phases, since())}`);
  say(`\nTry, in another terminal (dev keys: ${devKeys.join(', ')}):`);
  say(`  npx meshwork q bank balances account1 --home ${specs[0]!.home}`);
  say(`  npx meshwork tx bank send account1 account2 1000stake --home ${specs[0]!.home}`);
  say(`  npx meshwork tx ibc-transfer transfer transfer ${path.transfer.A.channelId} <address on ${path.B.chainId}> 1000stake --from account1 --home ${specs[0]!.home}`);
  say(`\nCtrl-C stops all three (or, from elsewhere: meshwork devnet stop --dir ${dir}).`);
  await new Promise<void>((resolveExit) => {
    signalled = resolveExit;
    if (stopping) void waitStopped().then(resolveExit);
    for (const n of nodes)
      n.once('exit', (code) => {
        if (stopping) return;
        say(`a node exited (code ${code}); stopping the devnet`);
        void waitStopped().then(resolveExit);
      });
  });
  cleanup();
  return 0;
}

/**
 * "ready in 7.9 s (first start): homes created 0.9 s, nodes answering 2.6 s, …": each phase's end,
 * in seconds since the devnet's process started (its own module loading included).
 */
export function timingLine(fresh: boolean, phases: ReadonlyArray<readonly [string, number]>, readyS: number): string {
  return `ready in ${readyS.toFixed(1)} s (${fresh ? 'first start' : 'restart'}): ${phases.map(([what, s]) => `${what} ${s.toFixed(1)} s`).join(', ')}`;
}
