/**
 * `meshwork keys` in-process against temp homes: create / list / show, import of a known mnemonic,
 * refusals (duplicates, bad mnemonics), the encrypted export round trip, and the keyring file
 * staying private (0600), atomic and readable by the node's `readKeyring`.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { initHome, readKeyring } from '../node/home.js';
import type { CliIO } from './client.js';
import { runKeys } from './keys.js';

/** The BIP-39 test vector: 23 × "abandon" + "art" has a valid checksum. */
const KNOWN = `${'abandon '.repeat(23)}art`;
const PASS = 'correct horse battery';

interface Run {
  code: number;
  out: string;
  err: string;
}

function keys(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: () => Promise.resolve(opts.stdin ?? ''),
    env: opts.env ?? {},
  };
  return runKeys(args, io).then((code) => ({ code, out, err }));
}

describe('meshwork keys', () => {
  let dir: string;
  let home: string;
  const h = (...args: string[]) => [...args, '--home', home];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-keys-'));
    home = join(dir, 'home');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('create → list → show; a 24-word mnemonic on stderr; the file is 0600 and readable by readKeyring', async () => {
    const c = await keys(h('create', 'alice', '--output', 'json'));
    expect(c.code).toBe(0);
    const created = JSON.parse(c.out) as { name: string; address: string; mnemonic: string; pubkey: { '@type': string; key: string } };
    expect(created.name).toBe('alice');
    expect(created.address).toMatch(/^mesh1[0-9a-z]{38}$/);
    expect(created.mnemonic.split(' ')).toHaveLength(24);
    expect(created.pubkey['@type']).toBe('/cosmos.crypto.secp256k1.PubKey');
    const [derived] = await (await DirectSecp256k1HdWallet.fromMnemonic(created.mnemonic, { prefix: 'mesh' })).getAccounts();
    expect(derived!.address).toBe(created.address);

    const text = await keys(h('create', 'bob'));
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/name: bob/);
    expect(text.err).toMatch(/Write down this mnemonic and keep it somewhere safe/);
    expect(text.err.trim().split('\n').pop()!.split(' ')).toHaveLength(24);

    const list = await keys(h('list', '-o', 'json'));
    expect(list.code).toBe(0);
    expect((JSON.parse(list.out) as { name: string }[]).map((k) => k.name)).toEqual(['alice', 'bob']);
    const show = await keys(h('show', 'alice', '--output', 'json'));
    expect(JSON.parse(show.out)).toEqual({ name: 'alice', type: 'local', address: created.address, pubkey: created.pubkey });
    // By address too, and the bare forms scripts use.
    expect((await keys(h('show', created.address, '-a'))).out).toBe(`${created.address}\n`);
    expect((await keys(h('show', 'alice', '--bech', 'val', '-a'))).out).toMatch(/^meshvaloper1[0-9a-z]{38}\n$/);

    const file = join(home, 'keyring.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(home)).toEqual(['keyring.json']);
    expect(readKeyring(home).map((a) => [a.name, a.address, a.hd_path])).toEqual([
      ['alice', created.address, "m/44'/118'/0'/0/0"],
      ['bob', expect.stringMatching(/^mesh1/), "m/44'/118'/0'/0/0"],
    ]);
  });

  test('import of a known mnemonic (stdin or --mnemonic-file) gives the address CosmJS derives', async () => {
    const [expected] = await (await DirectSecp256k1HdWallet.fromMnemonic(KNOWN, { prefix: 'mesh' })).getAccounts();
    const r = await keys(h('import', 'known', '-o', 'json'), { stdin: `  ${KNOWN.toUpperCase()}\n` });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { address: string }).address).toBe(expected!.address);
    const other = join(dir, 'other.json');
    const mf = join(dir, 'mnemonic.txt');
    writeFileSync(mf, `${KNOWN}\n`);
    const f = await keys(['import', 'known', '--mnemonic-file', mf, '--keyring', other, '--prefix', 'cosmos', '-o', 'json']);
    expect(f.code).toBe(0);
    const [cosmos] = await (await DirectSecp256k1HdWallet.fromMnemonic(KNOWN, { prefix: 'cosmos' })).getAccounts();
    expect((JSON.parse(f.out) as { address: string }).address).toBe(cosmos!.address);
  });

  test('refusals: taken name, same address under another name, bad checksum, wrong word count, bad name', async () => {
    const dupName = await keys(h('import', 'known'), { stdin: (await DirectSecp256k1HdWallet.generate(24)).mnemonic });
    expect(dupName.code).toBe(1);
    expect(dupName.err).toMatch(/a key named "known" already exists in .*keyring\.json/);
    const dupAddr = await keys(h('import', 'again'), { stdin: KNOWN });
    expect(dupAddr.code).toBe(1);
    expect(dupAddr.err).toMatch(/address mesh1\S+ is already in .* as "known"/);
    const checksum = await keys(h('import', 'bad'), { stdin: 'abandon '.repeat(24) });
    expect(checksum.code).toBe(1);
    expect(checksum.err).toMatch(/invalid mnemonic: invalid checksum/);
    const count = await keys(h('import', 'bad'), { stdin: 'abandon abandon art' });
    expect(count.err).toMatch(/expected 12, 15, 18, 21 or 24 words, got 3/);
    const name = await keys(h('create', 'no spaces/allowed'));
    expect(name.code).toBe(1);
    expect(name.err).toMatch(/invalid key name/);
    const unknown = await keys(h('show', 'carol'));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no key named or with address "carol" .* known keys: alice, bob, known/);
    const usage = await keys(h('frobnicate'));
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/unknown keys command "frobnicate"\nusage:/);
    // Nothing was written by the refusals.
    expect(readKeyring(home).map((a) => a.name)).toEqual(['alice', 'bob', 'known']);
  });

  test('export is encrypted by default and imports back with the passphrase; --unsafe-export-mnemonic shows the words', async () => {
    const noPass = await keys(h('export', 'known'));
    expect(noPass.code).toBe(2);
    expect(noPass.err).toMatch(/MESHWORK_KEYRING_PASSPHRASE or pass --passphrase-file/);
    const exp = await keys(h('export', 'known'), { env: { MESHWORK_KEYRING_PASSPHRASE: PASS } });
    expect(exp.code).toBe(0);
    expect(exp.out).not.toMatch(/abandon/);
    expect(JSON.parse(exp.out)).toMatchObject({ type: 'directsecp256k1hdwallet-v1', kdf: { algorithm: 'argon2id' } });

    const other = join(dir, 'roundtrip.json');
    const passFile = join(dir, 'pass.txt');
    writeFileSync(passFile, `${PASS}\n`);
    const wrong = await keys(['import', 'k2', '--encrypted', '--keyring', other], { stdin: exp.out, env: { MESHWORK_KEYRING_PASSPHRASE: 'not the passphrase' } });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/cannot decrypt the export .*wrong passphrase/);
    const plainAsEncrypted = await keys(['import', 'k2', '--encrypted', '--keyring', other], { stdin: KNOWN, env: { MESHWORK_KEYRING_PASSPHRASE: PASS } });
    expect(plainAsEncrypted.err).toMatch(/not an encrypted export/);
    const imp = await keys(['import', 'k2', '--encrypted', '--passphrase-file', passFile, '--keyring', other, '-o', 'json'], { stdin: exp.out });
    expect(imp.code).toBe(0);
    const [expected] = await (await DirectSecp256k1HdWallet.fromMnemonic(KNOWN, { prefix: 'mesh' })).getAccounts();
    expect((JSON.parse(imp.out) as { address: string }).address).toBe(expected!.address);
    expect(statSync(other).mode & 0o777).toBe(0o600);

    const unsafe = await keys(h('export', 'known', '--unsafe-export-mnemonic'));
    expect(unsafe.out).toBe(`${KNOWN}\n`);
    expect(unsafe.err).toMatch(/WARNING/);
  });

  test('delete needs --yes; keys from `meshwork init` are listed as they are', async () => {
    const refused = await keys(h('delete', 'bob'));
    expect(refused.code).toBe(2);
    expect(readKeyring(home).map((a) => a.name)).toContain('bob');
    expect((await keys(h('delete', 'bob', '--yes'))).code).toBe(0);
    expect(readKeyring(home).map((a) => a.name)).toEqual(['alice', 'known']);
    expect(statSync(join(home, 'keyring.json')).mode & 0o777).toBe(0o600);

    const node = join(dir, 'node');
    const init = await initHome({ home: node, chainId: 'keys-1', accounts: 2 });
    const list = await keys(['list', '--home', node, '-o', 'json']);
    expect((JSON.parse(list.out) as { name: string; address: string }[]).map((k) => [k.name, k.address])).toEqual(init.accounts.map((a) => [a.name, a.address]));
    expect((await keys(['create', 'extra', '--home', node])).code).toBe(0);
    expect(readKeyring(node).map((a) => a.name)).toEqual(['validator', 'account1', 'extra']);
  });
});
