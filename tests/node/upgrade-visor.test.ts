/**
 * A software upgrade end to end, with processes: a node under `meshwork visor`; a software-upgrade
 * proposal submitted, voted and passed through the CLI; the node halts at the plan height; the visor
 * backs up, runs the pre-upgrade hook, switches to the test-only second app version
 * (`bin/meshwork-v2.js`) and the chain continues with the handler's change visible and every earlier
 * balance intact; `meshwork replay` (the v2 binary) passes across the upgrade. A second run, whose
 * new version fails to start, ends with the visor back on the old version and the chain running.
 *
 * Runs the built CLI: `npm run build` first. Loopback ports 30111–30112.
 */
import { describe, test, after } from 'node:test';
import { expect } from 'expect';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryParamsRequest, QueryParamsResponse } from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { initHome, type InitResult } from '../../app/node/home.js';
import { runQuery } from '../../app/cli/query.js';
import { runTx } from '../../app/cli/tx.js';
import type { CliIO } from '../../app/cli/client.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'meshwork.js');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const children = new Set<ChildProcess>();
const dirs: string[] = [];
after(() => {
  for (const c of children) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function rpc(url: string, method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = (await res.json()) as { result?: Record<string, unknown>; error?: { message: string } };
  if (body.result === undefined) throw new Error(`${method}: ${body.error?.message}`);
  return body.result;
}

async function height(url: string): Promise<number> {
  const s = (await rpc(url, 'status')) as { sync_info: { latest_block_height: string } };
  return Number(s.sync_info.latest_block_height);
}

/**
 * `meshwork tx|q <args>` run in this process (the CLI's own entry functions, minus a 3 s process
 * start on a loaded machine) → parsed JSON stdout; throws with stderr on a non-zero exit.
 */
async function cli(args: string[]): Promise<unknown> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: { write: (t: string) => ((out += t), true) }, stderr: { write: (t: string) => ((err += t), true) }, readStdin: async () => '', env: {} } as unknown as CliIO;
  const [cmd, ...rest] = args;
  const code = cmd === 'tx' ? await runTx(rest, io) : await runQuery(rest, io);
  if (code !== 0) throw new Error(`meshwork ${args.join(' ')} exited ${code}: ${err}${out}`);
  return JSON.parse(out) as unknown;
}

async function until<T>(what: string, timeoutMs: number, f: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await f();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await sleep(150);
  }
  throw new Error(`timed out waiting for ${what}${last === undefined ? '' : `: ${(last as Error).message}`}`);
}

function script(path: string, body: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

interface Setup {
  home: string;
  url: string;
  init: InitResult;
  visor: ChildProcess;
  log: string[];
  exited: Promise<number | null>;
}

/** A home with short gov periods, the visor layout (genesis = v1 CLI, upgrades/v2 = `v2`), the visor running. */
async function setup(port: number, v2: string): Promise<Setup> {
  const home = mkdtempSync(join(tmpdir(), 'upgrade-visor-'));
  dirs.push(home);
  const init = await initHome({ home, chainId: 'upgrade-1', accounts: 3, config: { consensus: { block_time_ms: 150 }, rpc: { laddr: `127.0.0.1:${port}`, rate_limit: { requests_per_second: 0, burst: 1 } } } });
  const g = JSON.parse(readFileSync(init.paths.genesis, 'utf8')) as { app_state: Record<string, unknown> };
  g.app_state.gov = { params: { min_deposit: [{ denom: 'stake', amount: '1000' }], expedited_min_deposit: [{ denom: 'stake', amount: '5000' }], max_deposit_period: '20s', voting_period: '10s', expedited_voting_period: '5s' } };
  writeFileSync(init.paths.genesis, JSON.stringify(g, null, 2));
  const root = join(home, 'cosmovisor');
  script(join(root, 'genesis', 'bin', 'meshwork'), `exec "${process.execPath}" "${CLI}" "$@"`);
  script(join(root, 'upgrades', 'v2', 'bin', 'meshwork'), v2);
  script(join(root, 'hook.sh'), `echo "$UPGRADE_NAME $UPGRADE_HEIGHT" > "$DAEMON_HOME/pre-upgrade.out"; exit 0`);
  const env = { ...process.env, DAEMON_HOME: home, DAEMON_NAME: 'meshwork', COSMOVISOR_CUSTOM_PREUPGRADE: 'hook.sh', MESHWORK_VISOR_STARTUP_WINDOW_MS: '15000', DAEMON_POLL_INTERVAL: '100ms' };
  expect(spawnSync(process.execPath, [CLI, 'visor', 'init', join(root, 'genesis', 'bin', 'meshwork')], { env, encoding: 'utf8' }).status).toBe(0);
  const visor = spawn(process.execPath, [CLI, 'visor', 'run', 'start', '--home', home, '--log-level', 'info'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(visor);
  const log: string[] = [];
  let rest = '';
  const onData = (d: Buffer) => {
    rest += d.toString();
    let i: number;
    while ((i = rest.indexOf('\n')) >= 0) {
      log.push(rest.slice(0, i));
      rest = rest.slice(i + 1);
    }
  };
  visor.stdout!.on('data', onData);
  visor.stderr!.on('data', onData);
  const exited = new Promise<number | null>((r) => visor.on('exit', (code) => (children.delete(visor), r(code))));
  const url = `http://127.0.0.1:${port}`;
  await until('the node to serve RPC', 20_000, async () => ((await height(url)) >= 1 ? true : undefined));
  return { home, url, init, visor, log, exited };
}

const base = (s: Setup) => ['--home', s.home, '--node', s.url, '--output', 'json'];
const tx = async (s: Setup, args: string[]) => (await cli(['tx', ...args, '--from', 'validator', '--gas', 'auto', '--quiet', ...base(s)])) as { code: number; proposal_id?: string; height: string };
const balance = async (s: Setup, addr: string) => ((await cli(['q', 'bank', 'balance', addr, 'stake', ...base(s)])) as { balance: { amount: string } }).balance.amount;

/** Schedules "v2" through gov: submit, vote yes; returns the plan height. */
async function passUpgrade(s: Setup): Promise<number> {
  // Far enough ahead for the vote and the voting period on a loaded machine.
  const h = (await height(s.url)) + 150;
  const sub = await tx(s, ['gov', 'submit-proposal', 'software-upgrade', 'v2', '--upgrade-height', String(h), '--upgrade-info', 'test upgrade', '--title', 'v2', '--summary', 'to v2', '--deposit', '1000stake']);
  expect(sub.code).toBe(0);
  await tx(s, ['gov', 'vote', sub.proposal_id!, 'yes']);
  const plan = await until('the plan to be scheduled', 40_000, async () => {
    const p = (await cli(['q', 'upgrade', 'plan', ...base(s)])) as { plan: { name: string; height: string; info: string } | null };
    return p.plan === null ? undefined : p.plan;
  });
  expect(plan).toMatchObject({ name: 'v2', height: String(h), info: 'test upgrade' });
  return h;
}

async function stop(s: Setup): Promise<void> {
  s.visor.kill('SIGTERM');
  expect(await s.exited).toBe(0);
}

describe('software upgrade under meshwork visor', () => {
  test('halt at the height, backup, pre-upgrade, switch to v2; the handler ran, balances intact, replay passes', async () => {
    const s = await setup(30111, `exec "${process.execPath}" "${join(ROOT, 'bin', 'meshwork-v2.js')}" "$@"`);
    const [, a1, a2] = s.init.accounts;
    expect((await tx(s, ['bank', 'send', 'account1', a2!.address, '12345stake'])).code).toBe(0);
    const before = { a1: await balance(s, a1!.address), a2: await balance(s, a2!.address) };
    const h = await passUpgrade(s);

    await until('the upgrade to complete', 90_000, async () => (s.log.some((l) => l.includes('upgrade \\"v2\\" completed')) ? true : undefined));
    expect(s.log.some((l) => l.includes(`UPGRADE \\"v2\\" NEEDED at height ${h}: test upgrade`))).toBe(true);
    await until('blocks after the upgrade', 10_000, async () => ((await height(s.url)) > h + 2 ? true : undefined));

    expect(await cli(['q', 'upgrade', 'applied', 'v2', ...base(s)])).toEqual({ name: 'v2', height: String(h), applied: true });
    expect(await cli(['q', 'upgrade', 'plan', ...base(s)])).toEqual({ plan: null });
    const versions = ((await cli(['q', 'upgrade', 'module-versions', ...base(s)])) as { module_versions: { name: string; version: string }[] }).module_versions;
    expect(versions.find((v) => v.name === 'mint')?.version).toBe('2');
    const q = (await rpc(s.url, 'abci_query', { path: '/cosmos.staking.v1beta1.Query/Params', data: Buffer.from(QueryParamsRequest.encode({}).finish()).toString('hex') })) as { response: { value: string } };
    expect(QueryParamsResponse.decode(Buffer.from(q.response.value, 'base64')).params.maxValidators).toBe(125);
    // the store v2 added at the height, written by its handler; the app version x/upgrade keeps
    const added = (await rpc(s.url, 'abci_query', { path: '/store/v2extras/key', data: Buffer.from('upgraded_at').toString('hex') })) as { response: { value: string } };
    expect(Buffer.from(added.response.value, 'base64').toString()).toBe(String(h));
    expect(((await rpc(s.url, 'abci_info', {})) as { response: { app_version: string } }).response.app_version).toBe('1');
    expect({ a1: await balance(s, a1!.address), a2: await balance(s, a2!.address) }).toEqual(before);
    expect(readFileSync(join(s.home, 'pre-upgrade.out'), 'utf8').trim()).toBe(`v2 ${h}`);
    expect(existsSync(join(s.home, 'backups', `pre-upgrade-v2-${h}`))).toBe(true);
    const status = JSON.parse(spawnSync(process.execPath, [CLI, 'visor', 'status', '--node', s.url], { env: { ...process.env, DAEMON_HOME: s.home, DAEMON_NAME: 'meshwork' }, encoding: 'utf8' }).stdout) as { current: string; upgrades: { status: string }[]; chain: { proposals: { state: string; name: string }[] } };
    expect(status.current).toBe('v2');
    expect(status.upgrades.map((u) => u.status)).toEqual(['completed']);
    expect(status.chain.proposals).toEqual([expect.objectContaining({ name: 'v2', state: 'executed' })]);
    await stop(s);

    const replay = spawnSync(process.execPath, [join(ROOT, 'bin', 'meshwork-v2.js'), 'replay', '--home', s.home], { encoding: 'utf8' });
    expect(replay.stderr).toBe('');
    expect(replay.status).toBe(0);
    expect(replay.stdout).toContain(`applied upgrade "v2" at height ${h} (app version v2)`);
    // The standard binary cannot replay past the upgrade it lacks, and says so.
    const old = spawnSync(process.execPath, [CLI, 'replay', '--home', s.home], { encoding: 'utf8' });
    expect(old.status).toBe(1);
    expect(old.stderr).toContain(`upgrade "v2" at height ${h}`);
  });

  test('the new version fails to start: the visor restores, switches back to the old version and the chain runs on', async () => {
    const s = await setup(30112, 'echo "v2 is broken" >&2; exit 1');
    const h = await passUpgrade(s);
    await until('the rollback', 90_000, async () => (s.log.some((l) => l.includes('upgrade \\"v2\\" rolled back')) ? true : undefined));
    await until('the chain to pass the height on the old version', 15_000, async () => ((await height(s.url)) > h + 2 ? true : undefined));
    expect(await cli(['q', 'upgrade', 'applied', 'v2', ...base(s)])).toEqual({ name: 'v2', height: '0', applied: false });
    expect(await cli(['q', 'upgrade', 'plan', ...base(s)])).toEqual({ plan: null });
    const status = JSON.parse(spawnSync(process.execPath, [CLI, 'visor', 'status', '--node', s.url], { env: { ...process.env, DAEMON_HOME: s.home, DAEMON_NAME: 'meshwork' }, encoding: 'utf8' }).stdout) as { current: string; upgrades: { status: string }[] };
    expect(status.current).toBe('genesis');
    expect(status.upgrades.map((u) => u.status)).toEqual(['rolled_back']);
    await stop(s);
  });
});
