/**
 * `meshwork devnet`: two chains and a relayer as three separate processes on loopback. Creates
 * the two node homes on first run (later runs continue from disk), waits for both RPCs, lets the
 * relayer create the IBC path (clients, connection, ICS-20 channel), and prints the RPC URLs and
 * channel IDs. Ctrl-C stops all three; each shuts down gracefully.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initHome } from '../node/home.js';
import { exitCodeFor, intFlag, parseArgs, UsageError } from './args.js';
import type { PathFile } from './relay.js';

export const DEVNET_USAGE = 'meshwork devnet [--dir <dir>] [--port-a N] [--port-b N] [--block-time-ms T] [--timeout-s N]';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bin', 'meshwork.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

export async function runDevnet(argv: string[]): Promise<number> {
  let dir: string;
  let specs: ChainSpec[];
  let blockTime: number;
  let timeoutS: number;
  try {
    const a = parseArgs(argv, ['dir', 'port-a', 'port-b', 'block-time-ms', 'timeout-s'], []);
    dir = resolve(a.flags.get('dir') ?? '.devnet');
    const portA = intFlag(a, 'port-a', 1, 65535) ?? 26657;
    const portB = intFlag(a, 'port-b', 1, 65535) ?? 26667;
    blockTime = intFlag(a, 'block-time-ms', 50, 60_000) ?? 1000;
    timeoutS = intFlag(a, 'timeout-s', 5, 3600) ?? 120;
    specs = [
      { name: 'a', chainId: 'meshwork-a', home: join(dir, 'a'), port: portA },
      { name: 'b', chainId: 'meshwork-b', home: join(dir, 'b'), port: portB },
    ];
  } catch (e) {
    return exitCodeFor('devnet', DEVNET_USAGE, e);
  }
  const say = (m: string) => process.stdout.write(`${m}\n`);
  for (const s of specs) {
    if (existsSync(join(s.home, 'genesis.json'))) continue;
    const r = await initHome({ home: s.home, chainId: s.chainId, accounts: 4, config: { rpc: { laddr: `127.0.0.1:${s.port}` }, consensus: { block_time_ms: blockTime } } });
    say(`initialised ${s.chainId} in ${s.home} (accounts: ${r.accounts.map((x) => x.name).join(', ')})`);
  }
  const children: ChildProcess[] = [];
  const relayerRef: { current: ChildProcess | undefined } = { current: undefined };
  let stopping = false;
  const stopAll = async (): Promise<void> => {
    stopping = true;
    const live = [...children, ...(relayerRef.current === undefined ? [] : [relayerRef.current])].filter((c) => c.exitCode === null && c.signalCode === null);
    for (const c of live) c.kill('SIGTERM');
    await Promise.all(live.map((c) => new Promise((r) => c.once('exit', r))));
  };
  let stopped: Promise<void> | undefined;
  const waitStopped = (): Promise<void> => (stopped ??= stopAll());
  const onSignal = () => {
    say('\nstopping the devnet…');
    void waitStopped().then(() => say('stopped.'));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const nodes = specs.map((s) => launch(['start', '--home', s.home], join(s.home, 'node.log')));
  children.push(...nodes);
  const urls = specs.map((s) => `http://127.0.0.1:${s.port}`);
  const deadline = Date.now() + timeoutS * 1000;
  for (let i = 0; i < specs.length; i++) {
    process.stdout.write(`waiting for ${specs[i]!.chainId} at ${urls[i]}`);
    while (!(await healthy(urls[i]!))) {
      if (stopping || Date.now() > deadline || children[i]!.exitCode !== null) {
        say(`\n${specs[i]!.chainId} did not come up; see ${join(specs[i]!.home, 'node.log')}`);
        await waitStopped();
        return 1;
      }
      process.stdout.write('.');
      await sleep(250);
    }
    say(' up');
  }
  const pathFile = join(dir, 'relayer-path.json');
  // The relayer is supervised: if it dies it is started again and resumes from chain state.
  const startRelayer = (): void => {
    const relayer = (relayerRef.current = launch(['relay', '--from', specs[0]!.home, '--to', specs[1]!.home, '--path', pathFile], join(dir, 'relayer.log')));
    writeFileSync(join(dir, 'relayer.pid'), `${relayer.pid}\n`);
    relayer.once('exit', (code, signal) => {
      if (stopping) return;
      say(`relayer exited (${signal ?? `code ${code}`}); restarting it`);
      setTimeout(() => {
        if (!stopping) startRelayer();
      }, 500);
    });
  };
  startRelayer();
  process.stdout.write('relayer: creating or resuming the IBC path');
  while (!existsSync(pathFile)) {
    if (stopping || Date.now() > deadline) {
      say(`\nthe relayer did not open the path; see ${join(dir, 'relayer.log')}`);
      await stopAll();
      return 1;
    }
    process.stdout.write('.');
    await sleep(500);
  }
  const path = JSON.parse(readFileSync(pathFile, 'utf8')) as PathFile;
  say(' ready\n');
  say(`  ${path.A.chainId}  RPC ${urls[0]}  home ${specs[0]!.home}`);
  say(`  ${path.B.chainId}  RPC ${urls[1]}  home ${specs[1]!.home}`);
  say(`  IBC: ${path.A.clientId}/${path.A.connectionId} ⇄ ${path.B.clientId}/${path.B.connectionId}`);
  say(`  ICS-20: transfer/${path.transfer.A.channelId} (${path.A.chainId}) ⇄ transfer/${path.transfer.B.channelId} (${path.B.chainId})`);
  say(`  logs: ${join(specs[0]!.home, 'node.log')}, ${join(specs[1]!.home, 'node.log')}, ${join(dir, 'relayer.log')}`);
  say(`  pids: nodes ${nodes.map((n) => n.pid).join(', ')}, relayer ${relayerRef.current?.pid} (also in ${join(dir, 'relayer.pid')})`);
  say(`\nTry, in another terminal (dev keys: validator, account1…account3):`);
  say(`  npx meshwork q bank balances account1 --home ${specs[0]!.home}`);
  say(`  npx meshwork tx bank send account1 account2 1000stake --home ${specs[0]!.home}`);
  say('\nCtrl-C stops all three.');
  await new Promise<void>((resolveExit) => {
    for (const n of nodes)
      n.once('exit', (code) => {
        if (stopping) return;
        say(`a node exited (code ${code}); stopping the devnet`);
        void waitStopped().then(resolveExit);
      });
    process.once('SIGINT', () => void waitStopped().then(resolveExit));
    process.once('SIGTERM', () => void waitStopped().then(resolveExit));
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return 0;
}
