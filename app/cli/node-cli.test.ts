/**
 * `meshwork init` and `meshwork start` as a user runs them: child processes, JSON log lines on
 * stdout, SIGTERM/SIGINT shutting the node down cleanly, and a second start resuming from disk.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const RUN = "import { main } from './app/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";
const nodeArgs = (args: string[]): string[] => ['--import', './scripts/test-loader.mjs', '--input-type=module', '-e', RUN, ...args];

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, nodeArgs(args), { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface LogLine {
  level: string;
  msg: string;
  [k: string]: unknown;
}

/** A running `meshwork start`, its parsed log lines, and a way to wait for one. */
function startNode(home: string): { child: ChildProcess; lines: LogLine[]; waitFor: (pred: (l: LogLine) => boolean) => Promise<LogLine>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, nodeArgs(['start', '--home', home, '--rpc-laddr', '127.0.0.1:0']), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const waiters: { pred: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  let rest = '';
  child.stdout!.on('data', (d: Buffer) => {
    rest += d.toString();
    let i: number;
    while ((i = rest.indexOf('\n')) >= 0) {
      const line = JSON.parse(rest.slice(0, i)) as LogLine;
      rest = rest.slice(i + 1);
      lines.push(line);
      for (const w of [...waiters]) if (w.pred(line)) w.resolve(line);
    }
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (pred: (l: LogLine) => boolean): Promise<LogLine> => {
    const found = lines.find(pred);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      waiters.push({ pred, resolve });
      void exited.then((code) => reject(new Error(`node exited (${code}) before the expected log line; stderr: ${stderr}`)));
    });
  };
  return { child, lines, waitFor, exited };
}

describe('meshwork init / start', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('init writes a home; a second init refuses to overwrite it; bad usage exits 2', () => {
    const r = cli(['init', '--home', dir, '--chain-id', 'cli-1', '--accounts', '2', '--moniker', 'cli-node', '--block-time-ms', '100']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Initialised chain cli-1/);
    expect(r.stdout).toMatch(/validator\s+mesh1/);
    expect(r.stdout).toMatch(/account1\s+mesh1/);
    const again = cli(['init', '--home', dir, '--chain-id', 'cli-1']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a node.*--overwrite/);
    const usage = cli(['init', '--home', dir]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--chain-id are required/);
    expect(cli(['start', '--home', dir, '--bogus']).code).toBe(2);
    expect(cli(['start', '--home', join(dir, 'nothing-here')]).stderr).toMatch(/run `meshwork init/);
  });

  test('start serves RPC and makes blocks; SIGTERM stops it cleanly; the next start resumes from disk', async () => {
    const n = startNode(dir);
    const started = await n.waitFor((l) => l.msg === 'node started');
    const url = String(started['rpc']).replace(/^tcp:/, 'http:');
    await n.waitFor((l) => l.msg === 'committed block' && Number(l['height']) >= 4);
    const status = (await (await fetch(`${url}/status`)).json()) as { result: { node_info: { network: string; moniker: string } } };
    expect(status.result.node_info).toMatchObject({ network: 'cli-1', moniker: 'cli-node' });
    n.child.kill('SIGTERM');
    expect(await n.exited).toBe(0);
    const stopped = n.lines.at(-1)!;
    expect(stopped.msg).toBe('node stopped');
    expect(n.lines.every((l) => typeof l.level === 'string' && typeof l['time'] === 'string')).toBe(true);
    const lastBlock = Math.max(...n.lines.filter((l) => l.msg === 'committed block').map((l) => Number(l['height'])));
    expect(stopped['height']).toBe(lastBlock);

    const m = startNode(dir);
    const resumed = await m.waitFor((l) => l.msg === 'resumed from disk');
    expect(resumed['height']).toBe(lastBlock);
    await m.waitFor((l) => l.msg === 'committed block' && Number(l['height']) === lastBlock + 1);
    m.child.kill('SIGINT');
    expect(await m.exited).toBe(0);
  });
});
