/**
 * The dashboard in a real browser: `meshwork devnet` (short blocks, ports 37xxx) serves the built
 * page; headless Chromium (Debian's, driven by playwright-core) opens every page, finds no console
 * errors and no unlabelled form control, writes a screenshot of each to dashboard/screenshots/, and
 * does the flows that exist on the devnet now: a bank send, an ICS-20 transfer whose voucher shows
 * up traced on the other chain, a failed tx showing its error, a delegation, a text proposal voted
 * on with the tally moving, and a vault bond when Mesh is deployed (the "not deployed" state
 * otherwise). Needs `npm run build` (the CLI from dist/, the page from dist/dashboard).
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { GasPrice } from '@cosmjs/stargate';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join('dashboard', 'screenshots');
const PAGES = ['accounts', 'vault', 'local-staking', 'remote-staking', 'consumer', 'ibc', 'governance', 'oracle'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const skip = !existsSync('dist/app/cli/main.js') || !existsSync('dist/dashboard/index.html') ? 'run npm run build first' : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)` : false;

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');

/**
 * Until the devnet deploys Mesh itself: the vault with native local staking, stored and
 * instantiated by account3 on meshwork-a, recorded in <dir>/mesh.json as the devnet would.
 */
async function deployVault(dir: string, rpc: string): Promise<string> {
  const acc = (JSON.parse(readFileSync(join(dir, 'a', 'keyring.json'), 'utf8')) as { accounts: { name: string; mnemonic: string; address: string }[] }).accounts.find((a) => a.name === 'account3')!;
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(acc.mnemonic, { prefix: 'mesh' });
  const client = await SigningCosmWasmClient.connectWithSigner(rpc, wallet, { gasPrice: GasPrice.fromString('0.025stake') });
  const store = async (name: string) => (await client.upload(acc.address, readFileSync(join('build', `${name}.wasm`)), 'auto')).codeId;
  const [vaultCode, nativeCode, proxyCode] = [await store('mesh_vault'), await store('mesh_native_staking'), await store('mesh_native_staking_proxy')];
  const local = { denom: 'stake', proxy_code_id: proxyCode, slash_ratio_dsign: '0.05', slash_ratio_offline: '0.01' };
  const { contractAddress } = await client.instantiate(acc.address, vaultCode, { denom: 'stake', local_staking: { admin: null, code_id: nativeCode, msg: b64(local), label: null } }, 'mesh vault', 'auto');
  client.disconnect();
  writeFileSync(join(dir, 'mesh.json'), `${JSON.stringify({ provider_chain: 'a', vault: contractAddress }, null, 2)}\n`);
  return contractAddress;
}

/** Form controls without a label (a <label for>, a wrapping label, or aria-label/aria-labelledby). */
function unlabelled(page: Page): Promise<string[]> {
  // A string, run in the page: the tests are type-checked without the DOM library.
  return page.evaluate(`[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
    .filter((el) => el.labels.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
    .map((el) => el.outerHTML.slice(0, 120))`) as Promise<string[]>;
}

describe('the dashboard in headless Chromium', () => {
  test('every page, and the flows of the devnet', { skip, timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshwork-dashboard-'));
    const base = 37000 + 10 * Math.floor(Math.random() * 90);
    const [portA, portB, portUi] = [base, base + 1, base + 2];
    const devnet = spawn(process.execPath, ['bin/meshwork.js', 'devnet', '--dir', dir, '--port-a', String(portA), '--port-b', String(portB), '--dashboard-port', String(portUi), '--block-time-ms', '300'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    devnet.stdout.on('data', (d: Buffer) => (out += d.toString()));
    devnet.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      await until('the devnet to be ready', async () => (out.includes('Ctrl-C stops all three') ? true : undefined), 180_000);
      const url = `http://127.0.0.1:${portUi}/`;
      expect(out).toContain(`Dashboard: ${url}`);
      mkdirSync(SHOTS, { recursive: true });
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      // The outcome of the tx named `what` (its progress panel): fails with the error text shown.
      const included = async (what: string) => {
        const text = await until(`the outcome of "${what}"`, async () => {
          const all = await page.locator('.tx.ok, .tx.failed').allTextContents();
          return all.find((t) => t.startsWith(`${what}: included`) || t.startsWith(`${what} failed`));
        }, 45_000);
        expect(text).toMatch(new RegExp(`^${what.replace(/[#/]/g, '.')}: included at height \\d+ · hash [0-9A-F]{64} · gas \\d+ / \\d+$`));
      };
      const open = async (id: string) => {
        await page.goto(`${url}#/${id}`);
        await page.locator('main section').first().waitFor({ timeout: 30_000 });
        await until(`live block heights on ${id}`, async () => ((await page.getByTestId('height-a').textContent())?.match(/#\d+/) ? true : undefined), 30_000);
      };

      // Accounts: a bank send, then a send that cannot pass (its error on screen), then ICS-20.
      await open('accounts');
      const send = page.getByRole('form', { name: 'bank send' });
      await send.getByRole('button', { name: 'Send' }).click();
      await included('bank send');
      await send.getByLabel('Amount').fill('999999999999999999stake');
      await send.getByRole('button', { name: 'Send' }).click();
      const err = page.getByTestId('tx-error');
      await err.waitFor({ timeout: 30_000 });
      expect(await err.textContent()).toMatch(/bank send failed: .*insufficient funds/);
      await page.getByRole('form', { name: 'ICS-20 transfer' }).getByRole('button', { name: 'Transfer' }).click();
      await included('ICS-20 transfer over transfer/channel-0');
      // The relayer delivers it: the voucher appears on meshwork-b with its trace.
      await page.getByTestId('balances-b').getByText(/transfer\/channel-\d+\/stake/).waitFor({ timeout: 90_000 });
      await page.screenshot({ path: join(SHOTS, 'accounts.png'), fullPage: true });

      // Local staking: delegate (voting power for the vote below).
      await open('local-staking');
      const delegate = page.getByRole('form', { name: 'delegate' });
      await delegate.getByLabel('Validator').locator('option').first().waitFor({ state: 'attached', timeout: 30_000 });
      await delegate.getByRole('button', { name: 'Delegate' }).click();
      await included('delegate');
      await page.getByTestId('delegations').getByText('1000000 stake').waitFor({ timeout: 30_000 });

      // Governance: a text proposal, a yes vote, and the tally moves.
      await open('governance');
      await page.getByRole('form', { name: 'submit proposal' }).getByRole('button', { name: 'Submit proposal' }).click();
      await included('submit proposal');
      const proposal = page.getByTestId('proposal-a-1');
      await proposal.waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('tally-yes-a-1').textContent()).toBe('0');
      // The devnet's short voting period (--voting-period-s, default 60 s), not the SDK's two days.
      const ends = /voting ends (\d{4}-\S+?Z)/.exec((await proposal.textContent()) ?? '')?.[1];
      expect(Date.parse(ends ?? '') - Date.now()).toBeLessThan(120_000);
      await proposal.getByRole('button', { name: 'Vote' }).click();
      await included('vote on #1');
      await until('the yes tally to move', async () => ((await page.getByTestId('tally-yes-a-1').textContent()) === '1000000' ? true : undefined), 30_000);

      // The vault: "not deployed" until mesh.json names it; then bond, and stake through it (a lien).
      await open('vault');
      if (!existsSync(join(dir, 'mesh.json'))) {
        await page.getByTestId('not-deployed').waitFor();
        await deployVault(dir, `http://127.0.0.1:${portA}`);
        await open('vault');
      }
      await page.getByRole('form', { name: 'vault bond' }).getByRole('button', { name: 'Bond', exact: true }).click();
      await included('vault bond');
      await until('the bonded collateral', async () => ((await page.getByTestId('vault-bonded').textContent()) === '1000000' ? true : undefined), 30_000);
      const stake = page.getByRole('form', { name: 'stake through the vault' });
      await stake.getByLabel('Validator (local staking)').locator('option').first().waitFor({ state: 'attached', timeout: 30_000 });
      await stake.getByRole('button', { name: 'Stake locally' }).click();
      await included('stake through the vault');
      await page.getByRole('img', { name: 'Liens per lien holder' }).waitFor({ timeout: 30_000 });

      for (const id of PAGES) {
        await open(id);
        await sleep(500);
        expect({ page: id, unlabelled: await unlabelled(page) }).toEqual({ page: id, unlabelled: [] });
        await page.screenshot({ path: join(SHOTS, `${id}.png`), fullPage: true });
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await browser.close();
      devnet.kill('SIGTERM');
      await new Promise((r) => devnet.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
