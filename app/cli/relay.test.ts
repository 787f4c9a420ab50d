/**
 * The relayer as a devnet runs it, without a devnet: it signs only with the `relayer` key (never a
 * user's, however the keyring grows), and nodes that are down give one warning line and retries
 * with backoff, never an unhandled `fetch failed` stack; SIGTERM stops it cleanly.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initHome, RELAYER_KEY_NAME } from '../node/home.js';

const ROOT = join(import.meta.dirname, '..', '..');
const RUN = "import { main } from './app/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";
const nodeArgs = (args: string[]): string[] => ['--import', './scripts/test-loader.mjs', '--input-type=module', '-e', RUN, ...args];

describe('meshwork relay', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-relay-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a devnet home funds a dedicated relayer key that is not offered as a dev account', async () => {
    const r = await initHome({ home: join(dir, 'k'), chainId: 'k-1', accounts: 2, relayerKey: true });
    expect(r.accounts.map((a) => a.name)).toEqual(['validator', 'account1']);
    expect(r.relayer?.name).toBe(RELAYER_KEY_NAME);
    const genesis = JSON.parse(readFileSync(join(dir, 'k', 'genesis.json'), 'utf8')) as { app_state: { bank: { balances: { address: string }[] } } };
    expect(genesis.app_state.bank.balances.map((b) => b.address)).toContain(r.relayer!.address);
    const keyring = JSON.parse(readFileSync(join(dir, 'k', 'keyring.json'), 'utf8')) as { accounts: { name: string }[] };
    expect(keyring.accounts.map((a) => a.name)).toEqual(['validator', 'account1', 'relayer']);
  });

  test('without a relayer key it refuses (one line, exit 1) instead of signing with a user key', async () => {
    await initHome({ home: join(dir, 'x'), chainId: 'x-1', accounts: 2 });
    await initHome({ home: join(dir, 'y'), chainId: 'y-1', accounts: 2 });
    const r = spawnSync(process.execPath, nodeArgs(['relay', '--from', join(dir, 'x'), '--to', join(dir, 'y'), '--once']), { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^meshwork relay: .*keyring\.json has no key named "relayer": the relayer signs only with its own key\. .*\n$/);
  });

  test('nodes down: one warning line, retries with backoff, no stack; SIGTERM stops it with exit 0', async () => {
    // Two homes whose nodes are not running (their RPC ports are closed).
    await initHome({ home: join(dir, 'a'), chainId: 'a-1', accounts: 1, relayerKey: true, config: { rpc: { laddr: '127.0.0.1:31901' } } });
    await initHome({ home: join(dir, 'b'), chainId: 'b-1', accounts: 1, relayerKey: true, config: { rpc: { laddr: '127.0.0.1:31902' } } });
    const child = spawn(process.execPath, nodeArgs(['relay', '--from', join(dir, 'a'), '--to', join(dir, 'b'), '--path', join(dir, 'path.json')]), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const end = Date.now() + 60_000;
    while (!out.includes('retrying') && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    // Long enough for several retries (0.5 s, 1 s, 2 s…).
    await new Promise((r) => setTimeout(r, 4000));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(err).toBe('');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { level: string; msg: string });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'warn', msg: expect.stringMatching(/fetch failed \(ECONNREFUSED\); retrying with backoff/) });
  });
});
