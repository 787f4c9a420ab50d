/**
 * `meshwork keys create|add|import|export|list|show|delete`: BIP-39 keys (24 words, HD path
 * m/44'/118'/0'/0/0, secp256k1) in the home's keyring.json, as the SDK's `keys` commands with
 * `--keyring-backend test`. `export` encrypts with the CosmJS wallet serialization (argon2id +
 * xchacha20poly1305) unless `--unsafe-export-mnemonic` asks for the plain words.
 */
import { readFileSync } from 'node:fs';
import { toBech32 } from '@cosmjs/encoding';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { UsageError } from './args.js';
import { addressPrefix, CliError, COMMON_VALUED, expectPositional, keyringPath, outputFormat, printJson, printHelp, runCommand, splitArgs, usageFor, type Args, type CliIO } from './client.js';
import { decodeBech32, HD_PATH, keyInfo, Keyring, KeyringError, normalizeMnemonic, sameAddress, unlock, walletFromMnemonic, type KeyInfo } from './keyring.js';

export const KEYS_USAGE = `  meshwork keys create|add <name> [--prefix p]          new 24-word key (add --recover: like import)
  meshwork keys import <name> [file] [--mnemonic-file f] mnemonic from a file or stdin
  meshwork keys import <name> [file] --encrypted         an encrypted export (passphrase as for export)
  meshwork keys export <name> [--unsafe-export-mnemonic] encrypted with MESHWORK_KEYRING_PASSPHRASE or --passphrase-file
  meshwork keys list
  meshwork keys show <name|address> [--address] [--bech acc|val]
  meshwork keys delete <name> --yes
  flags: --home <dir> (~/.meshwork or $MESHWORK_HOME) --keyring <file> (<home>/keyring.json) --output text|json`;

const VALUED = [...COMMON_VALUED, 'prefix', 'mnemonic-file', 'passphrase-file', 'bech'];
const SWITCHES = ['encrypted', 'unsafe-export-mnemonic', 'address', 'yes', 'recover'];
const PASSPHRASE_ENV = 'MESHWORK_KEYRING_PASSPHRASE';
const EXPORT_TYPE = 'directsecp256k1hdwallet-v1';

function passphrase(a: Args, io: CliIO): string {
  const file = a.flags.get('passphrase-file');
  let p: string | undefined;
  if (file !== undefined) {
    try {
      p = readFileSync(file, 'utf8').split(/\r?\n/)[0];
    } catch (e) {
      throw new CliError(`cannot read --passphrase-file ${file}: ${(e as Error).message}`);
    }
  } else p = io.env[PASSPHRASE_ENV];
  if (p === undefined) throw new UsageError(`a passphrase is needed: set ${PASSPHRASE_ENV} or pass --passphrase-file <file>`);
  if (p.length < 8) throw new UsageError('the passphrase must be at least 8 characters');
  return p;
}

/** The mnemonic or export to import: a positional file, --mnemonic-file, or stdin. */
async function importInput(a: Args, io: CliIO, file: string | undefined, encrypted: boolean): Promise<string> {
  const path = file ?? a.flags.get('mnemonic-file');
  if (path !== undefined) {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
    }
  }
  return io.readStdin(encrypted ? 'Paste the encrypted export: ' : 'Enter your bip39 mnemonic: ');
}

function printKeys(io: CliIO, json: boolean, keys: KeyInfo[], single: boolean): void {
  const rows = keys.map((k) => ({ name: k.name, type: 'local', address: k.address, pubkey: k.pubkey }));
  if (json) return printJson(io, single ? rows[0] : rows);
  const yaml = rows.map((r) => `- address: ${r.address}\n  name: ${r.name}\n  pubkey: '${JSON.stringify(r.pubkey)}'\n  type: local`);
  io.stdout.write(`${yaml.length === 0 ? '[]' : yaml.join('\n')}\n`);
}

async function addKey(io: CliIO, keyring: Keyring, name: string, mnemonic: string, prefix: string, json: boolean, shown?: string): Promise<number> {
  keyring.checkNewName(name);
  const wallet = await walletFromMnemonic(mnemonic, prefix);
  const [acc] = await wallet.getAccounts();
  const account = { name, address: acc!.address, mnemonic: wallet.mnemonic, hd_path: HD_PATH };
  keyring.add(account);
  keyring.save();
  const info = keyInfo({ account, wallet, address: acc!.address, pubkey: acc!.pubkey });
  if (json) printJson(io, { name, type: 'local', address: info.address, pubkey: info.pubkey, ...(shown === undefined ? {} : { mnemonic: shown }) });
  else {
    printKeys(io, false, [info], true);
    if (shown !== undefined) io.stderr.write(`\nWrite down this mnemonic and keep it somewhere safe: it is the only way to recover the account.\n\n${shown}\n`);
  }
  return 0;
}

async function importKey(a: Args, io: CliIO, keyring: Keyring, name: string, file: string | undefined, prefix: string, json: boolean): Promise<number> {
  keyring.checkNewName(name);
  const encrypted = a.switches.has('encrypted');
  const text = (await importInput(a, io, file, encrypted)).trim();
  if (!encrypted) {
    if (text.startsWith('{')) throw new UsageError('this looks like an encrypted export; pass --encrypted');
    return addKey(io, keyring, name, normalizeMnemonic(text), prefix, json);
  }
  let type: unknown;
  try {
    type = (JSON.parse(text) as { type?: unknown }).type;
  } catch {
    type = undefined;
  }
  if (type !== EXPORT_TYPE) throw new UsageError(`the input is not an encrypted export from \`meshwork keys export\` (expected JSON with "type": "${EXPORT_TYPE}")`);
  const pass = passphrase(a, io);
  let exported: DirectSecp256k1HdWallet;
  try {
    exported = await DirectSecp256k1HdWallet.deserialize(text, pass);
  } catch (e) {
    throw new CliError(`cannot decrypt the export (${(e as Error).message}): wrong passphrase, or the export is damaged`);
  }
  const [orig] = await exported.getAccounts();
  const [ours] = await (await walletFromMnemonic(exported.mnemonic, prefix)).getAccounts();
  if (orig === undefined || ours === undefined || !sameAddress(orig.address, ours.address)) {
    throw new CliError(`the export's key uses an HD path other than ${HD_PATH}, which this keyring does not support`);
  }
  return addKey(io, keyring, name, exported.mnemonic, prefix, json);
}

export async function runKeys(argv: string[], io: CliIO): Promise<number> {
  if (printHelp(argv, io, KEYS_USAGE, 'keys')) return 0;
  let a: Args | undefined;
  return runCommand('keys', () => usageFor(KEYS_USAGE, ['keys', ...(a?.positional.slice(0, 1) ?? [])]), io, () => a?.flags.get('output') === 'json', async () => {
    a = splitArgs(argv, VALUED, SWITCHES);
    const json = outputFormat(a) === 'json';
    const [cmd, ...rest] = a.positional;
    const args = { ...a, positional: rest };
    const path = keyringPath(a, io);
    const keyring = Keyring.load(path);
    const prefix = addressPrefix(a, io);
    switch (cmd) {
      case 'create':
      case 'add': {
        if (a.switches.has('recover')) {
          const [name] = expectPositional(args, ['name']);
          return importKey(a, io, keyring, name!, undefined, prefix, json);
        }
        const [name] = expectPositional(args, ['name']);
        // Refuse before generating, so a taken name never prints a mnemonic that is then thrown away.
        keyring.checkNewName(name!);
        const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix });
        return addKey(io, keyring, name!, wallet.mnemonic, prefix, json, wallet.mnemonic);
      }
      case 'import': {
        const [name, file] = expectPositional(args, ['name', 'file'], 1);
        return importKey(a, io, keyring, name!, file, prefix, json);
      }
      case 'export': {
        const [name] = expectPositional(args, ['name']);
        const acc = keyring.get(name!);
        if (a.switches.has('unsafe-export-mnemonic')) {
          io.stderr.write('WARNING: the mnemonic below controls this account; anyone who sees it can spend its funds.\n');
          io.stdout.write(`${acc.mnemonic}\n`);
          return 0;
        }
        const pass = passphrase(a, io);
        const key = await unlock(acc, prefix, path);
        io.stdout.write(`${await key.wallet.serialize(pass)}\n`);
        return 0;
      }
      case 'list': {
        expectPositional(args, []);
        const infos = await Promise.all(keyring.list().map(async (acc) => keyInfo(await unlock(acc, prefixOf(acc.address), path))));
        printKeys(io, json, infos, false);
        return 0;
      }
      case 'show': {
        const [ref] = expectPositional(args, ['name']);
        const acc = keyring.get(ref!);
        const info = keyInfo(await unlock(acc, prefixOf(acc.address), path));
        const bech = a.flags.get('bech') ?? 'acc';
        if (bech !== 'acc' && bech !== 'val') throw new UsageError('--bech must be acc or val');
        if (bech === 'val') info.address = toBech32(`${prefixOf(acc.address)}valoper`, decodeBech32(acc.address).data);
        if (a.switches.has('address')) io.stdout.write(`${info.address}\n`);
        else printKeys(io, json, [info], true);
        return 0;
      }
      case 'delete': {
        const [name] = expectPositional(args, ['name']);
        const acc = keyring.get(name!);
        if (!a.switches.has('yes')) throw new UsageError(`deleting "${acc.name}" (${acc.address}) loses its mnemonic unless you backed it up; pass --yes to confirm`);
        keyring.remove(acc.name);
        keyring.save();
        io.stderr.write(`Key "${acc.name}" (${acc.address}) deleted from ${path}\n`);
        return 0;
      }
      default:
        throw new UsageError(cmd === undefined ? 'which keys command?' : `unknown keys command "${cmd}"`);
    }
  });
}

/** Keys show the address as stored (devnet keys may predate a prefix change). */
function prefixOf(address: string): string {
  try {
    return decodeBech32(address).prefix;
  } catch {
    throw new KeyringError(`the keyring holds an invalid address ${JSON.stringify(address)}`);
  }
}
