/**
 * A new user's first hour with `meshwork devnet`, as processes: `keys create alice` does not take
 * the relayer's key (it has its own, funded at genesis), the IBC CLI (`tx ibc-transfer transfer`,
 * `q ibc client|connection|channel`, `q ibc-transfer denom-traces|denom-trace`) works across the
 * devnet, `devnet stop` stops it through its PID file with the relayer first (no `fetch failed`
 * stack), a second devnet on the same directory and a busy port are one-line errors, and
 * `--port-a/--port-b` apply to an existing devnet. Needs `npm run build` (the CLI runs from dist/).
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const built = existsSync('dist/app/cli/main.js');

/** Loopback ports of this suite (31021–31024, or four from MESHWORK_TEST_PORT_BASE): never the defaults 26657/26667. */
const BASE = Number(process.env.MESHWORK_TEST_PORT_BASE ?? 31021);
const PORTS = { a: BASE, b: BASE + 1, a2: BASE + 2, b2: BASE + 3 };

function cli(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['bin/meshwork.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function cliJson(args: string[]): any {
  const r = cli([...args, '--output', 'json']);
  if (r.code !== 0) throw new Error(`meshwork ${args.join(' ')} exited ${r.code}: ${r.err}`);
  return JSON.parse(r.out);
}

async function until<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await Promise.resolve().then(fn).catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

function startDevnet(dir: string, ports: [number, number], extra: string[] = []): { child: ChildProcess; out: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['bin/meshwork.js', 'devnet', '--dir', dir, '--port-a', String(ports[0]), '--port-b', String(ports[1]), '--block-time-ms', '300', '--dashboard-port', '0', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, out: () => out, exited };
}

describe('meshwork devnet, a first hour', () => {
  test('relayer key, IBC CLI, devnet stop, ports on restart, busy ports', { skip: built ? false : 'run npm run build first', timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshwork-devnet-cli-'));
    const other = mkdtempSync(join(tmpdir(), 'meshwork-devnet-other-'));
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    // A 4 s unbonding time: clients trusting 2/3 of it would expire while the devnet is stopped below.
    let devnet = startDevnet(dir, [PORTS.a, PORTS.b], ['--unbonding-s', '4']);
    try {
      await until('the devnet to be ready', () => (devnet.out().includes('Ctrl-C stops all three') ? true : undefined), 300_000);
      expect(devnet.out()).toMatch(/dev keys: validator, account1, account2, account3\)/);
      const pid = Number(readFileSync(join(dir, 'devnet.pid'), 'utf8'));
      expect(pid).toBe(devnet.child.pid);

      // The README's first step; before, the relayer then signed with alice (unfunded) and crash-looped.
      expect(cli(['keys', 'create', 'alice', '--home', a]).code).toBe(0);
      const second = cli(['devnet', '--dir', dir, '--port-a', String(PORTS.a2), '--port-b', String(PORTS.b2)]);
      expect(second.code).toBe(1);
      expect(second.err).toBe(`meshwork devnet: a devnet is already running in ${dir} (pid ${pid}); stop it with \`meshwork devnet stop --dir ${dir}\`\n`);

      const receiver = cliJson(['keys', 'show', 'account2', '--home', b]).address as string;
      const sent = cliJson(['tx', 'ibc-transfer', 'transfer', 'transfer', 'channel-0', receiver, '777stake', '--from', 'account1', '--home', a, '--quiet']);
      expect(sent.code).toBe(0);
      const channels = cliJson(['q', 'ibc', 'channel', 'channels', '--home', a]);
      // The ICS-20 channel, and Mesh Security's control channel to the converter on B (the devnet deploys it).
      const mesh = JSON.parse(readFileSync(join(dir, 'mesh.json'), 'utf8')) as { external_staking: string; converter: string };
      expect(channels.channels).toEqual([
        expect.objectContaining({ state: 'STATE_OPEN', port_id: 'transfer', channel_id: 'channel-0', version: 'ics20-1' }),
        expect.objectContaining({ state: 'STATE_OPEN', port_id: `wasm.${mesh.external_staking}`, channel_id: 'channel-1', counterparty: { port_id: `wasm.${mesh.converter}`, channel_id: 'channel-1' } }),
      ]);
      expect(devnet.out()).toContain(`meshwork-a: external-staking ${mesh.external_staking}`);
      expect(devnet.out()).toMatch(/\(deployed in [\d.]+ s, from the nodes' start; max cap set by genesis\)/);
      expect(cliJson(['q', 'ibc', 'channel', 'end', 'transfer', 'channel-0', '--home', a]).channel.counterparty).toEqual({ port_id: 'transfer', channel_id: 'channel-0' });
      const clients = cliJson(['q', 'ibc', 'client', 'states', '--home', a]);
      expect(clients.client_states).toEqual([expect.objectContaining({ client_id: '07-tendermint-0', client_state: expect.objectContaining({ '@type': '/ibc.lightclients.tendermint.v1.ClientState', chain_id: 'meshwork-b' }) })]);
      expect(cliJson(['q', 'ibc', 'client', 'state', '07-tendermint-0', '--home', a]).client_state).toMatchObject({ chain_id: 'meshwork-b', trusting_period: { seconds: '31536000', nanos: 0 }, unbonding_period: { seconds: '47304000', nanos: 0 } });
      expect(cliJson(['q', 'ibc', 'connection', 'connections', '--home', a]).connections[0]).toMatchObject({ id: 'connection-0', client_id: '07-tendermint-0', state: 'STATE_OPEN' });
      expect(cliJson(['q', 'ibc', 'connection', 'end', 'connection-0', '--home', a]).connection.counterparty.client_id).toBe('07-tendermint-0');

      const traces = await until('the voucher on meshwork-b', () => {
        const t = cliJson(['q', 'ibc-transfer', 'denom-traces', '--home', b]);
        return t.denom_traces.length > 0 ? t : undefined;
      });
      expect(traces.denom_traces).toEqual([{ path: 'transfer/channel-0', base_denom: 'stake' }]);
      const balances = cliJson(['q', 'bank', 'balances', receiver, '--home', b]).balances as { denom: string; amount: string }[];
      const voucher = balances.find((c) => c.denom.startsWith('ibc/'))!;
      expect(voucher.amount).toBe('777');
      expect(cliJson(['q', 'ibc-transfer', 'denom-trace', voucher.denom, '--home', b])).toEqual({ denom_trace: { path: 'transfer/channel-0', base_denom: 'stake' } });

      // Stopped from another terminal: relayer first, then the nodes; nothing left running.
      const stop = cli(['devnet', 'stop', '--dir', dir]);
      expect(stop).toMatchObject({ code: 0, err: '' });
      expect(stop.out).toBe(`stopping the devnet in ${dir} (pid ${pid})… stopped.\n`);
      expect(await devnet.exited).toBe(0);
      expect(existsSync(join(dir, 'devnet.pid'))).toBe(false);
      const relayerLog = readFileSync(join(dir, 'relayer.log'), 'utf8');
      expect(relayerLog).not.toMatch(/fetch failed|does not exist on chain|\n\s+at /);
      expect(devnet.out()).not.toMatch(/restarting it/);
      expect(cli(['devnet', 'stop', '--dir', dir])).toMatchObject({ code: 1, err: `meshwork devnet stop: no devnet is running in ${dir} (no live PID in ${join(dir, 'devnet.pid')})\n` });

      // Restarted on other ports: the flags apply to the existing homes. Stopped for longer than the
      // unbonding time: the clients (trusting a year) still accept headers, and a transfer relays.
      await sleep(5000);
      devnet = startDevnet(dir, [PORTS.a2, PORTS.b2]);
      await until('the restarted devnet', () => (devnet.out().includes('Ctrl-C stops all three') ? true : undefined), 180_000);
      expect(devnet.out()).toMatch(new RegExp(`meshwork-a {2}RPC http://127\\.0\\.0\\.1:${PORTS.a2}`));
      const status = JSON.parse(cli(['status', '--home', a]).out);
      expect(status.node_info.network).toBe('meshwork-a');
      expect(JSON.parse(readFileSync(join(a, 'config.json'), 'utf8')).rpc.laddr).toBe(`127.0.0.1:${PORTS.a2}`);
      // Mesh Security is not deployed again: the same contracts, printed from mesh.json.
      expect(devnet.out()).not.toContain('deployed in');
      expect(devnet.out()).toContain(`meshwork-b: converter ${mesh.converter}`);
      expect(JSON.parse(readFileSync(join(dir, 'mesh.json'), 'utf8'))).toMatchObject(mesh);
      expect(cliJson(['tx', 'ibc-transfer', 'transfer', 'transfer', 'channel-0', receiver, '111stake', '--from', 'account1', '--home', a, '--quiet']).code).toBe(0);
      await until('the second voucher on meshwork-b', () => {
        const all = cliJson(['q', 'bank', 'balances', receiver, '--home', b]).balances as { denom: string; amount: string }[];
        return all.find((c) => c.denom === voucher.denom)?.amount === '888' ? true : undefined;
      });

      // A busy port is one line, before anything is created.
      const busy = cli(['devnet', '--dir', other, '--port-a', String(PORTS.a2), '--port-b', String(PORTS.b)]);
      expect(busy).toMatchObject({ code: 1, out: '', err: `meshwork devnet: port ${PORTS.a2} (chain meshwork-a) is already in use, by another devnet or node?; stop it, or pass --port-a <free port>\n` });
      expect(existsSync(join(other, 'a'))).toBe(false);

      // And by signal: SIGTERM to the PID in the file stops it as Ctrl-C does.
      process.kill(Number(readFileSync(join(dir, 'devnet.pid'), 'utf8')), 'SIGTERM');
      expect(await devnet.exited).toBe(0);
      expect(readFileSync(join(dir, 'relayer.log'), 'utf8')).not.toMatch(/fetch failed|\n\s+at /);
    } finally {
      if (devnet.child.exitCode === null) {
        devnet.child.kill('SIGTERM');
        await devnet.exited;
      }
      rmSync(dir, { recursive: true, force: true });
      rmSync(other, { recursive: true, force: true });
    }
  });
});
