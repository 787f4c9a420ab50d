/**
 * The wasmd commands a user reaches for, against one running node (in-process, 150 ms blocks):
 * `status`, `tx wasm instantiate2 | set-contract-admin | clear-contract-admin`, `q wasm
 * contract-state raw | all`, `--sign-mode amino-json`, `--broadcast-mode sync | async`, the offline
 * flow `--generate-only` → `tx sign` (online and `--offline`, direct and amino) → `tx broadcast`
 * (a tampered file refused), `q tx` with its block time, and the IBC queries on a chain without IBC.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromBase64, fromHex, toUtf8 } from '@cosmjs/encoding';
import { instantiate2Address } from '@cosmjs/cosmwasm-stargate';
import { initHome, type InitResult } from '../node/home.js';
import { MeshworkNode } from '../node/node.js';
import { silentLogger } from '../node/log.js';
import type { CliIO } from './client.js';
import { runTx } from './tx.js';
import { runQuery } from './query.js';
import { runStatus } from './status.js';

const WASM_DIR = '/work/shared/testdata/cosmwasm';

interface Run {
  code: number;
  out: string;
  err: string;
}

/** The CLI's JSON output, read loosely by the assertions (its shape is what they check). */
type Json = any;

async function run(f: (argv: string[], io: CliIO) => Promise<number>, argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Promise.resolve(''), env: {} };
  const code = await f(argv, io);
  return { code, out, err };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('wasmd CLI parity against a running node', () => {
  let dir: string;
  let home: InitResult;
  let node: MeshworkNode;
  let url: string;
  let validator: string;
  let alice: string;
  let bob: string;

  const common = () => ['--home', dir, '--node', url];
  const tx = (...args: string[]) => run(runTx, [...args, ...common()]);
  async function txJson(...args: string[]): Promise<Json> {
    const r = await tx(...args, '--output', 'json', '--quiet');
    if (r.code !== 0) throw new Error(`tx ${args.join(' ')} exited ${r.code}: ${r.err}`);
    return JSON.parse(r.out) as Json;
  }
  async function query(...args: string[]): Promise<Json> {
    const r = await run(runQuery, [...args, ...common()]);
    if (r.code !== 0) throw new Error(`query ${args.join(' ')} exited ${r.code}: ${r.err}`);
    return JSON.parse(r.out) as Json;
  }
  async function queryTxWhenIncluded(hash: string): Promise<Json> {
    for (let i = 0; i < 100; i++) {
      const r = await run(runQuery, ['tx', hash, ...common()]);
      if (r.code === 0) return JSON.parse(r.out) as Json;
      await sleep(100);
    }
    throw new Error(`tx ${hash} was never included`);
  }
  const balance = async (who: string) => BigInt((await query('bank', 'balance', who, 'stake')).balance.amount);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-parity-'));
    home = await initHome({ home: dir, chainId: 'parity-1', accounts: 3, config: { rpc: { laddr: '127.0.0.1:0' }, consensus: { block_time_ms: 150 } } });
    node = MeshworkNode.open({ home: dir, logger: silentLogger() });
    url = (await node.start()).url;
    [validator, alice, bob] = home.accounts.map((a) => a.address) as [string, string, string];
  });

  after(async () => {
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('status prints node_info, sync_info and validator_info as wasmd status does', async () => {
    const r = await run(runStatus, common());
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as Json;
    expect(s.node_info.network).toBe('parity-1');
    expect(Number(s.sync_info.latest_block_height)).toBeGreaterThan(0);
    expect(s.validator_info.address).toBe(home.validator.address);
  });

  test('wasm: instantiate2 at the predicted address, set-contract-admin, clear-contract-admin, contract-state all and raw', async () => {
    const store = await txJson('wasm', 'store', join(WASM_DIR, 'hackatom.wasm'), '--from', 'validator');
    const codeId = store.code_id as string;
    const init = { verifier: validator, beneficiary: bob };
    const i2 = await txJson('wasm', 'instantiate2', codeId, JSON.stringify(init), 'my-salt', '--label', 'predictable', '--admin', 'validator', '--from', 'validator');
    expect(i2.contract_address).toBe(instantiate2Address(fromHex(store.checksum as string), validator, toUtf8('my-salt'), 'mesh'));
    const hexSalt = await txJson('wasm', 'instantiate2', codeId, JSON.stringify(init), 'abcd', '--hex', '--label', 'hex salt', '--no-admin', '--from', 'validator');
    expect(hexSalt.contract_address).toBe(instantiate2Address(fromHex(store.checksum as string), validator, fromHex('abcd'), 'mesh'));
    const again = await tx('wasm', 'instantiate2', codeId, JSON.stringify(init), 'my-salt', '--label', 'x', '--no-admin', '--from', 'validator', '--gas', '500000');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/codespace: wasm\nraw_log: .*(duplicate|exists)/i);
    const contract = i2.contract_address as string;

    await txJson('wasm', 'set-contract-admin', contract, 'account1', '--from', 'validator');
    expect((await query('wasm', 'contract', contract)).contract_info.admin).toBe(alice);
    const notAdmin = await tx('wasm', 'clear-contract-admin', contract, '--from', 'validator');
    expect(notAdmin.code).toBe(1);
    expect(notAdmin.err).toMatch(/unauthorized/i);
    await txJson('wasm', 'clear-contract-admin', contract, '--from', 'account1');
    expect((await query('wasm', 'contract', contract)).contract_info.admin).toBe('');

    const all = await query('wasm', 'contract-state', 'all', contract);
    expect(all.models.length).toBeGreaterThan(0);
    const model = all.models[0];
    expect(model.key).toMatch(/^[0-9A-F]+$/);
    expect(await query('wasm', 'contract-state', 'raw', contract, model.key)).toEqual({ data: model.value });
    // hackatom keeps its config under the text key "config".
    const config = JSON.parse(Buffer.from(fromBase64((await query('wasm', 'contract-state', 'raw', contract, 'config', '--ascii')).data as string)).toString('utf8')) as Json;
    expect(config).toMatchObject({ verifier: validator, beneficiary: bob });
    expect(await query('wasm', 'contract-state', 'raw', contract, 'ffff')).toEqual({ data: '' });
    // wasmd lists a code's contracts in creation order (block height, tx index), not by address.
    expect((await query('wasm', 'list-contract-by-code', codeId)).contracts).toEqual([contract, hexSalt.contract_address]);
  });

  test('--sign-mode amino-json signs in SIGN_MODE_LEGACY_AMINO_JSON; q tx shows the mode, the data and the block time', async () => {
    const before = await balance(bob);
    const r = await txJson('bank', 'send', 'account1', bob, '321stake', '--sign-mode', 'amino-json', '--note', 'signed <as> a ledger would');
    expect(await balance(bob)).toBe(before + 321n);
    const t = await query('tx', r.txhash as string);
    expect(t.tx.auth_info.signer_infos[0].mode_info.single.mode).toBe('SIGN_MODE_LEGACY_AMINO_JSON');
    expect(t.tx.body.memo).toBe('signed <as> a ledger would');
    expect(t.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(t.data).toMatch(/^[0-9A-F]+$/);
    const bad = await tx('bank', 'send', 'account1', bob, '1stake', '--sign-mode', 'textual');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--sign-mode must be direct or amino-json/);
  });

  test('--broadcast-mode sync returns after CheckTx and async at once, both with the hash; the tx lands', async () => {
    const before = await balance(bob);
    const sync = await tx('bank', 'send', 'account1', bob, '5stake', '--broadcast-mode', 'sync', '--gas', '200000', '--quiet');
    expect(sync.code).toBe(0);
    expect(sync.out).toMatch(/^txhash: [0-9A-F]{64}\ncode: 0\nheight: 0\n/);
    const hash1 = /txhash: (\w+)/.exec(sync.out)![1]!;
    expect((await queryTxWhenIncluded(hash1)).code).toBe(0);
    const asyncR = await txJson('bank', 'send', 'account1', bob, '6stake', '--broadcast-mode', 'async', '--gas', '200000');
    expect(asyncR).toMatchObject({ height: '0', code: 0 });
    expect((await queryTxWhenIncluded(asyncR.txhash as string)).code).toBe(0);
    expect(await balance(bob)).toBe(before + 11n);
  });

  test('--generate-only → tx sign → tx broadcast, online and --offline, direct and amino; a tampered file is refused', async () => {
    const unsignedFile = join(dir, 'unsigned.json');
    const gen = await tx('bank', 'send', 'account1', bob, '1000stake', '--generate-only', '--note', 'offline');
    expect(gen.code).toBe(0);
    const unsigned = JSON.parse(gen.out) as Json;
    expect(unsigned.body.messages).toEqual([{ '@type': '/cosmos.bank.v1beta1.MsgSend', from_address: alice, to_address: bob, amount: [{ denom: 'stake', amount: '1000' }] }]);
    expect(unsigned.auth_info.signer_infos).toEqual([]);
    expect(unsigned.signatures).toEqual([]);
    expect(BigInt(unsigned.auth_info.fee.gas_limit)).toBeGreaterThan(0n);
    writeFileSync(unsignedFile, gen.out);
    // A bare address (no key) needs an explicit gas.
    const addrOnly = await tx('bank', 'send', bob, alice, '1stake', '--generate-only', '--gas', '100000');
    expect(addrOnly.code).toBe(0);
    expect((JSON.parse(addrOnly.out) as Json).auth_info.fee.gas_limit).toBe('100000');

    const before = await balance(bob);
    const signedFile = join(dir, 'signed.json');
    const sign = await run(runTx, ['sign', unsignedFile, '--from', 'account1', '--output-document', signedFile, ...common()]);
    expect(sign).toMatchObject({ code: 0, err: '' });
    const signed = JSON.parse(readFileSync(signedFile, 'utf8')) as Json;
    expect(signed.signatures).toHaveLength(1);
    expect(signed.auth_info.signer_infos[0].mode_info.single.mode).toBe('SIGN_MODE_DIRECT');

    // Tampered after signing: the node refuses it, nothing moves.
    const tampered = { ...signed, body: { ...signed.body, messages: [{ ...signed.body.messages[0], amount: [{ denom: 'stake', amount: '999999' }] }] } };
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(tampered));
    const refused = await run(runTx, ['broadcast', join(dir, 'tampered.json'), ...common()]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/refused the tx at CheckTx.*\n.*\ncode: 4\ncodespace: sdk\nraw_log: signature verification failed/);

    const sent = await run(runTx, ['broadcast', signedFile, '--output', 'json', '--quiet', ...common()]);
    expect(sent.code).toBe(0);
    expect((JSON.parse(sent.out) as Json).code).toBe(0);
    expect(await balance(bob)).toBe(before + 1000n);

    // Offline, in amino JSON: account number and sequence given, no node asked.
    const acc = (await query('auth', 'account', 'account1')).account;
    const gen2 = await tx('bank', 'send', 'account1', bob, '2000stake', '--generate-only', '--gas', '150000');
    writeFileSync(unsignedFile, gen2.out);
    const off = await run(runTx, ['sign', unsignedFile, '--from', 'account1', '--offline', '--chain-id', 'parity-1', '--account-number', acc.account_number, '--sequence', acc.sequence, '--sign-mode', 'amino-json', '--home', dir, '--node', 'http://127.0.0.1:9']);
    expect(off).toMatchObject({ code: 0, err: '' });
    writeFileSync(signedFile, off.out);
    expect((JSON.parse(off.out) as Json).auth_info.signer_infos[0].mode_info.single.mode).toBe('SIGN_MODE_LEGACY_AMINO_JSON');
    const sent2 = await run(runTx, ['broadcast', signedFile, '--quiet', ...common()]);
    expect(sent2.code).toBe(0);
    expect(await balance(bob)).toBe(before + 3000n);

    const missing = await run(runTx, ['sign', unsignedFile, '--from', 'account1', '--offline', '--chain-id', 'parity-1', ...common()]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--offline needs --account-number <N>/);
    const unsignedBroadcast = await run(runTx, ['broadcast', unsignedFile, ...common()]);
    expect(unsignedBroadcast.code).toBe(1);
    expect(unsignedBroadcast.err).toMatch(/has no signatures; sign it first/);
  });

  test('IBC queries on a chain without IBC connections answer empty, as ibc-go; a transfer on no channel fails clearly', async () => {
    expect((await query('ibc', 'client', 'states')).client_states).toEqual([]);
    expect((await query('ibc', 'connection', 'connections')).connections).toEqual([]);
    expect((await query('ibc', 'channel', 'channels')).channels).toEqual([]);
    expect((await query('ibc-transfer', 'denom-traces')).denom_traces).toEqual([]);
    const none = await run(runQuery, ['ibc', 'channel', 'end', 'transfer', 'channel-7', ...common()]);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/channel/);
    const noTrace = await run(runQuery, ['ibc-transfer', 'denom-trace', `ibc/${'AB'.repeat(32)}`, ...common()]);
    expect(noTrace.code).toBe(1);
    const t = await tx('ibc-transfer', 'transfer', 'transfer', 'channel-7', bob, '5stake', '--from', 'account1');
    expect(t.code).toBe(1);
    expect(t.err).toMatch(/simulation failed[\s\S]*channel/);
  });
});
