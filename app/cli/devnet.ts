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
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initHome, readKeyring, RELAYER_KEY_NAME } from '../node/home.js';
import { parseListenAddress } from '../node/config.js';
import { exitCodeFor, intFlag, parseArgs, UsageError } from './args.js';
import type { PathFile } from './relay.js';
import { serveDashboard } from './dashboard-server.js';
import { applyDevnetPeriods, DEFAULT_DEVNET_PERIODS, type DevnetPeriods } from './devnet-periods.js';
import { authorizeOracleAtGenesis, ensureProductOracle } from './devnet-oracle.js';
import { applyMeshGenesis, applyMeshProviderGenesis, CONSUMER_SELF_BOND, deployMeshStep } from './devnet-mesh.js';

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

function launch(args: string[], logFile: string): ChildProcess {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = createWriteStream(logFile, { flags: 'a' });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return child;
}

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
    for (const s of specs) {
      if (existsSync(join(s.home, 'genesis.json'))) {
        if (!readKeyring(s.home).some((k) => k.name === RELAYER_KEY_NAME)) {
          throw new DevnetError(`${s.home} has no "${RELAYER_KEY_NAME}" key (it was made by an older meshwork); delete ${dir} to start a fresh devnet`);
        }
        continue;
      }
      const r = await initHome({ home: s.home, chainId: s.chainId, accounts: 4, relayerKey: true, config: { rpc: { laddr: `127.0.0.1:${s.port}` }, consensus: { block_time_ms: blockTime } }, ...(mesh && s.name === 'b' ? { selfBond: CONSUMER_SELF_BOND } : {}) });
      applyDevnetPeriods(s.home, periods, blockTime);
      if (mesh && s.name === 'b') applyMeshGenesis(s.home);
      if (mesh && s.name === 'a') applyMeshProviderGenesis(s.home); // native-staking on the jailing hook
      if (s.name === 'a') authorizeOracleAtGenesis(s.home); // the product oracle may slash (authorized_slashers)
      say(`initialised ${s.chainId} in ${s.home} (dev accounts: ${r.accounts.map((x) => x.name).join(', ')}; the relayer has its own key; voting period ${periods.votingS} s, unbonding ${periods.unbondingS} s)`);
    }
  } catch (e) {
    if (e instanceof DevnetError) {
      process.stderr.write(`meshwork devnet: ${e.message}\n`);
      return 1;
    }
    return exitCodeFor('devnet', DEVNET_USAGE, e);
  }
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

  // Fast blocks while the IBC path is created and contracts are deployed (each step waits for a
  // block or two); the nodes switch to the configured block time on SIGUSR2 once all is set up.
  const setupBlockTime = Math.min(SETUP_BLOCK_TIME_MS, blockTime);
  nodes.push(...specs.map((s) => launch(['start', '--home', s.home, '--setup-block-time-ms', String(setupBlockTime)], join(s.home, 'node.log'))));
  const urls = specs.map((s) => `http://127.0.0.1:${s.port}`);
  const deadline = Date.now() + timeoutS * 1000;
  for (let i = 0; i < specs.length; i++) {
    process.stdout.write(`waiting for ${specs[i]!.chainId} at ${urls[i]}`);
    while (!(await healthy(urls[i]!))) {
      if (stopping || Date.now() > deadline || nodes[i]!.exitCode !== null) {
        say(stopping ? '' : `\n${specs[i]!.chainId} did not come up; see ${join(specs[i]!.home, 'node.log')}`);
        await waitStopped();
        cleanup();
        return stopping ? 0 : 1;
      }
      process.stdout.write('.');
      await sleep(250);
    }
    say(' up');
  }
  const pathFile = join(dir, 'relayer-path.json');
  // The relayer is supervised: if it dies it is started again and resumes from chain state.
  const startRelayer = (): void => {
    const relayer = (relayerRef.current = launch(['relay', '--from', specs[0]!.home, '--to', specs[1]!.home, '--path', pathFile, '--channels', join(dir, 'relayer-channels.json')], join(dir, 'relayer.log')));
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
  // Mesh Security (A provider, B consumer) while the relayer opens the path: its own keys, no sequence races
  const meshDone = mesh ? deployMeshStep({ dir, homeA: specs[0]!.home, homeB: specs[1]!.home, rpcA: urls[0]!, rpcB: urls[1]!, pathFile, chainIds: [specs[0]!.chainId, specs[1]!.chainId], timeoutMs: timeoutS * 1000, stopping: () => stopping }) : undefined;
  process.stdout.write('relayer: creating or resuming the IBC path');
  const readPath = (): PathFile | undefined => {
    try {
      return JSON.parse(readFileSync(pathFile, 'utf8')) as PathFile;
    } catch {
      return undefined;
    }
  };
  let path: PathFile | undefined;
  while ((path = readPath()) === undefined) {
    if (stopping || Date.now() > deadline) {
      say(stopping ? '' : `\nthe relayer did not open the path; see ${join(dir, 'relayer.log')}`);
      await waitStopped();
      cleanup();
      return stopping ? 0 : 1;
    }
    process.stdout.write('.');
    await sleep(500);
  }
  const devKeys = readKeyring(specs[0]!.home).filter((k) => k.name !== RELAYER_KEY_NAME).map((k) => k.name);
  say(' ready\n');
  say(`  ${path.A.chainId}  RPC ${urls[0]}  home ${specs[0]!.home}`);
  say(`  ${path.B.chainId}  RPC ${urls[1]}  home ${specs[1]!.home}`);
  say(`  IBC: ${path.A.clientId}/${path.A.connectionId} ⇄ ${path.B.clientId}/${path.B.connectionId}`);
  say(`  ICS-20: transfer/${path.transfer.A.channelId} (${path.A.chainId}) ⇄ transfer/${path.transfer.B.channelId} (${path.B.chainId})`);
  // product oracle on chain A (product-oracle-spec); a failure is reported, the devnet runs on
  await ensureProductOracle(dir, specs[0]!.home, urls[0]!).then(
    (o) => say(`  product oracle (${path.A.chainId}): ${o.address} (code ${o.codeId}); oracles: the bonded validators`),
    (e: unknown) => say(`  product oracle: not deployed (${(e as Error).message})`),
  );
  for (const line of (await meshDone) ?? []) say(line);
  say(`  logs: ${join(specs[0]!.home, 'node.log')}, ${join(specs[1]!.home, 'node.log')}, ${join(dir, 'relayer.log')}`);
  say(`  pids: devnet ${process.pid} (in ${pidFile(dir)}), nodes ${nodes.map((n) => n.pid).join(', ')}, relayer ${relayerRef.current?.pid} (in ${join(dir, 'relayer.pid')})`);
  if (dashboardPort !== 0) {
    try {
      dashboard = await serveDashboard({ dir, port: dashboardPort, chains: specs.map((s, i) => ({ key: s.name, chainId: s.chainId, home: s.home, rpc: urls[i]! })) });
      say(`\n  Dashboard: http://127.0.0.1:${dashboardPort}/`);
    } catch (e) {
      say(`\n  no dashboard: ${(e as Error).message}`);
    }
  }
  for (const n of nodes) if (n.exitCode === null && n.signalCode === null) n.kill('SIGUSR2');
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
