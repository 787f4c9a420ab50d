/**
 * The dashboard in a real browser: `meshwork devnet` (short blocks and epochs, ports 37xxx or
 * MESHWORK_TEST_PORT_BASE) serves the built page; headless Chromium (Debian's, driven by
 * playwright-core) opens every page, finds no console errors and no unlabelled form control, writes
 * a screenshot of each to dashboard/screenshots/, and does the devnet's flows on one devnet: a bank
 * send, an ICS-20 transfer whose voucher shows up traced on the other chain, failed txs showing their
 * error (a bank send, a governance-upgrade cancel by someone else than its owner), a delegation, a
 * text proposal voted on with the tally moving and a deposit added, governance-upgrade's queue, history and policy, and
 * Mesh Security (which the devnet deploys): bond and unbond on the native and the cw20 vault, stake
 * through the vault locally, cross-stake on the remote staking page, the relayer carries it, the
 * consumer's epoch delegates it and the consumer page shows the virtual stake; unstake remotely (in
 * flight until the ack, then a pending unbond with its release time) and locally through the proxy
 * (a pending unbond with its release time), withdraw the proxy's rewards; the IBC page lists the
 * control channel's packets with their acks; the oracle: attest (as the validator), settle and
 * challenge, each shown in its list. Needs `npm run build` (the CLI from dist/, the contracts from
 * build/, the page from dist/dashboard).
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

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

/** Form controls without a label (a <label for>, a wrapping label, or aria-label/aria-labelledby). */
function unlabelled(page: Page): Promise<string[]> {
  // A string, run in the page: the tests are type-checked without the DOM library.
  return page.evaluate(`[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
    .filter((el) => el.labels.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
    .map((el) => el.outerHTML.slice(0, 120))`) as Promise<string[]>;
}

describe('the dashboard in headless Chromium', () => {
  test('every page, and the flows of the devnet', { skip, timeout: 360_000 }, async (t) => {
    const t0 = Date.now();
    const dir = mkdtempSync(join(tmpdir(), 'meshwork-dashboard-'));
    const base = Number(process.env.MESHWORK_TEST_PORT_BASE ?? 37000 + 10 * Math.floor(Math.random() * 90));
    const [portA, portB, portUi] = [base, base + 1, base + 2];
    const devnet = spawn(process.execPath, ['bin/meshwork.js', 'devnet', '--dir', dir, '--port-a', String(portA), '--port-b', String(portB), '--dashboard-port', String(portUi), '--block-time-ms', '300', '--epoch-s', '3', '--unbonding-s', '20'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    devnet.stdout.on('data', (d: Buffer) => (out += d.toString()));
    devnet.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      await until('the devnet to be ready', async () => (out.includes('Ctrl-C stops all three') ? true : undefined), 180_000);
      const readyS = (Date.now() - t0) / 1000;
      const url = `http://127.0.0.1:${portUi}/`;
      expect(out).toContain(`Dashboard: ${url}`);
      if (!existsSync(join(dir, 'mesh.json'))) throw new Error(`the devnet deployed no Mesh Security (no mesh.json); it said:\n${out}`);
      mkdirSync(SHOTS, { recursive: true });
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      // The outcome of the tx named `what` (its progress panel): fails with the error text shown.
      const included = async (what: string, timeoutMs = 45_000) => {
        const text = await until(`the outcome of "${what}"`, async () => {
          const all = await page.locator('.tx.ok, .tx.failed').allTextContents();
          return all.find((t) => t.startsWith(`${what}: included`) || t.startsWith(`${what} failed`));
        }, timeoutMs);
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
      await page.getByTestId('native-delegations').getByText('1000000 stake').waitFor({ timeout: 30_000 });

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
      // A deposit adds to the proposal's total.
      await page.getByRole('form', { name: 'deposit on proposal 1' }).getByRole('button', { name: 'Deposit' }).click();
      await included('deposit on #1');
      await until('the deposit to add up', async () => ((await proposal.textContent())?.includes('deposit 11000000 stake') ? true : undefined), 30_000);

      // The governance-upgrade contract the devnet deploys: one upgrade applied (history), one queued.
      const mesh = JSON.parse(readFileSync(join(dir, 'mesh.json'), 'utf8')) as Record<string, string>;
      const managed = page.getByTestId(`gu-managed-${mesh['cw20_token']}`);
      await managed.waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('gu-upgrade-2').textContent()).toMatch(/scheduled/);
      expect(await page.getByTestId('gu-upgrade-1').textContent()).toMatch(/executed at \d+/);
      expect(await managed.getByTestId('gu-history').textContent()).toMatch(/migrate/);
      expect(await managed.getByTestId('gu-policy').textContent()).toMatch(/^Policy \(the default\): notice 0 blocks/);
      // account1 is not its owner: the contract's refusal is on screen.
      await page.getByRole('button', { name: 'Cancel #2' }).click();
      await until('the refused cancel', async () => ((await page.locator('.tx.failed').allTextContents()).find((t) => t.startsWith('cancel upgrade #2 failed') && t.includes('unauthorized')) ? true : undefined), 30_000);

      // Mesh Security, deployed by the devnet: bond on the vault, and stake through it (a lien).
      expect(existsSync(join(dir, 'mesh.json'))).toBe(true);
      await open('vault');
      await page.getByRole('form', { name: 'vault bond', exact: true }).getByRole('button', { name: 'Bond', exact: true }).click();
      await included('vault bond');
      await until('the bonded collateral', async () => ((await page.getByTestId('vault-bonded-native').textContent()) === '1000000' ? true : undefined), 30_000);
      // The cw20 vault: bond through the token's send, then unbond (the token comes back).
      const cw20 = page.getByRole('form', { name: 'cw20 vault bond', exact: true });
      await cw20.getByLabel('Amount (cw20 token)').fill('5000000');
      await cw20.getByRole('button', { name: 'Bond', exact: true }).click();
      await included('cw20 vault bond');
      await until('the bonded cw20 collateral', async () => ((await page.getByTestId('vault-bonded-cw20').textContent()) === '5000000' ? true : undefined), 30_000);
      await cw20.getByLabel('Amount (cw20 token)').fill('2000000');
      await cw20.getByRole('button', { name: 'Unbond', exact: true }).click();
      await included('cw20 vault unbond');
      await until('the cw20 collateral after unbonding', async () => ((await page.getByTestId('vault-bonded-cw20').textContent()) === '3000000' ? true : undefined), 30_000);
      const stake = page.getByRole('form', { name: 'stake through the vault' });
      await stake.getByLabel('Validator (local staking)').locator('option').first().waitFor({ state: 'attached', timeout: 30_000 });
      await stake.getByRole('button', { name: 'Stake locally' }).click();
      await included('stake through the vault');
      await page.getByRole('img', { name: 'Liens per lien holder' }).waitFor({ timeout: 30_000 });

      // Cross-stake towards the consumer's validator the provider has heard of over the control channel.
      const ext = mesh['external_staking']!;
      await open('remote-staking');
      await page.getByTestId(`remote-validators-${ext}`).getByText('active').first().waitFor({ timeout: 30_000 });
      const remote = page.getByRole('form', { name: `remote stake via ${ext}` });
      await remote.getByLabel('Amount (stake)').fill('100000');
      await remote.getByRole('button', { name: 'Stake remotely' }).click();
      await included('stake remotely');
      // In flight until the converter's ack is relayed back, then committed.
      const consumerVal = (await remote.getByLabel('Consumer validator').inputValue());
      await until('the remote stake committed', async () => ((await page.getByTestId(`remote-stake-${consumerVal}-${ext}`).textContent().catch(() => null)) === '100000' ? true : undefined), 90_000);
      await until('no tx waiting for an ack', async () => ((await page.getByTestId(`remote-pending-${ext}`).textContent())?.includes('none') ? true : undefined), 30_000);

      // The consumer: the converter's bond request (100000 × price 1 × 0.9) delegated at the next epoch.
      await open('consumer');
      await until('the virtual stake on the consumer page', async () => ((await page.getByTestId(`virtual-${consumerVal}`).textContent()) === '90000' ? true : undefined), 90_000);
      expect(await page.getByTestId('max-cap').textContent()).toMatch(/^\d+ stake$/);
      expect(await page.getByTestId('epoch').textContent()).toMatch(/^every 10 blocks · next at height \d+/);
      expect(await page.getByTestId('price').textContent()).toBe('1');

      // Unstake remotely: in flight until the consumer's ack, then a pending unbond with its release time.
      await open('remote-staking');
      await remote.getByLabel('Amount (stake)').fill('40000');
      await remote.getByRole('button', { name: 'Unstake' }).click();
      await included('unstake remotely');
      await until('the remote unstake acked', async () => ((await page.getByTestId(`remote-stake-${consumerVal}-${ext}`).textContent().catch(() => null)) === '60000' ? true : undefined), 90_000);
      expect(await page.getByTestId(`remote-unbonds-${consumerVal}-${ext}`).textContent()).toMatch(/^40000 \(\d{4}-\d\d-\d\dT[\d:.]+Z\)$/);

      // Unstake locally (the vault's stake, through the account's native-staking proxy) and withdraw its rewards.
      await open('local-staking');
      const proxy = page.getByRole('form', { name: 'unstake through the proxy' });
      await page.getByTestId('proxy-delegations').getByText('1000000 stake').waitFor({ timeout: 30_000 });
      await proxy.getByLabel('Amount to unstake (stake)').fill('250000');
      await proxy.getByRole('button', { name: 'Unstake' }).click();
      await included('unstake through the proxy');
      await page.getByTestId('proxy-delegations').getByText('750000 stake').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('proxy-unbonding').textContent()).toMatch(/250000\d{4}-\d\d-\d\dT[\d:.]+Z/);
      await proxy.getByRole('button', { name: 'Withdraw rewards' }).click();
      await included('withdraw local rewards');

      // The oracle, signing as the validator (its operator account is an oracle): attest, settle, challenge.
      await open('oracle');
      await page.getByLabel('Sign with').selectOption('validator');
      await page.getByRole('form', { name: 'attest' }).getByRole('button', { name: 'Attest' }).click();
      await included('attest');
      await page.getByTestId('oracle-proofs').getByText('order-1').waitFor({ timeout: 30_000 });
      await page.getByRole('form', { name: 'settle' }).getByRole('button', { name: 'Settle' }).click();
      await included('settle');
      await page.getByTestId('oracle-settlements').getByText('invoice-1').waitFor({ timeout: 30_000 });
      await page.getByRole('form', { name: 'challenge' }).getByRole('button', { name: 'Challenge' }).click();
      await included('challenge');
      await page.getByTestId('oracle-challenges').getByText(/open \(resolvable after/).waitFor({ timeout: 30_000 });
      // The devnet's one validator is the accused: the contract refuses its vote, and the page says why.
      const resolve = page.getByRole('form', { name: 'resolve challenge' });
      await resolve.getByLabel('Open challenge').locator('option').first().waitFor({ state: 'attached', timeout: 30_000 });
      await resolve.getByRole('button', { name: 'Vote' }).click();
      await until('the refused challenge vote', async () => ((await page.locator('.tx.failed').allTextContents()).find((t) => t.startsWith('vote on challenge #1 failed') && t.includes('conflict_of_interest')) ? true : undefined), 30_000);
      await page.getByLabel('Sign with').selectOption('account1');

      // The cycle's end (--unbonding-s 20): the proxy releases its matured unbond to the vault, and
      // external-staking its unbonded stake; the vault's liens shrink by both.
      await open('local-staking');
      await until('the local unbond matured', async () => ((await page.getByTestId('proxy-unbonding').textContent())?.includes('none') ? true : undefined), 60_000);
      await page.getByRole('form', { name: 'unstake through the proxy' }).getByRole('button', { name: 'Release unbonded' }).click();
      await included('release unbonded to the vault');
      await open('remote-staking');
      const releaseAt = Date.parse(/\((.+)\)/.exec((await page.getByTestId(`remote-unbonds-${consumerVal}-${ext}`).textContent()) ?? '')?.[1] ?? '');
      await sleep(Math.max(0, releaseAt + 2000 - Date.now()));
      await remote.getByRole('button', { name: 'Withdraw unbonded' }).click();
      await included('withdraw unbonded');
      await until('the remote unbond withdrawn', async () => ((await page.getByTestId(`remote-unbonds-${consumerVal}-${ext}`).textContent()) === 'none' ? true : undefined), 30_000);
      await open('vault');
      await until('the liens after release', async () => {
        const t = (await page.getByTestId('vault-liens-native').textContent()) ?? '';
        return t.includes('750000') && t.includes('60000') ? true : undefined;
      }, 30_000);

      // IBC: the control channel's packets with their acks.
      await open('ibc');
      await until('a relayed mesh packet with its ack', async () => ((await page.getByTestId('recent-packets').textContent())?.match(/wasm\..*result: \{\}/) ? true : undefined), 30_000);

      for (const id of PAGES) {
        await open(id);
        await sleep(500);
        if (id === 'ibc') await until('the recent packets read', async () => ((await page.getByTestId('recent-packets').textContent())?.includes('reading') ? undefined : true), 30_000);
        expect({ page: id, unlabelled: await unlabelled(page) }).toEqual({ page: id, unlabelled: [] });
        await page.screenshot({ path: join(SHOTS, `${id}.png`), fullPage: true });
      }
      expect(consoleErrors).toEqual([]);
      t.diagnostic(`devnet ready after ${readyS.toFixed(1)} s; the page's flows and screenshots took ${((Date.now() - t0) / 1000 - readyS).toFixed(1)} s`);
    } finally {
      await browser.close();
      devnet.kill('SIGTERM');
      await new Promise((r) => devnet.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
