/**
 * The CLI's keyring: the `keyring.json` that `meshwork init` writes (`{"accounts": [{name, address,
 * mnemonic, hd_path}]}`, mode 0600), so devnet accounts work with `--from` as they are. Like the
 * SDK's `--keyring-backend test`, mnemonics are stored in plain text: a devnet and CI convenience,
 * guarded only by the file mode. Saves go through a temp file and a rename so a crash or a full
 * disk never leaves a truncated keyring behind.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringToPath } from '@cosmjs/crypto';
import { fromBech32, toBase64 } from '@cosmjs/encoding';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { HD_PATH, type KeyringAccount } from '../node/home.js';

export class KeyringError extends Error {
  override readonly name = 'KeyringError';
}

export { HD_PATH, type KeyringAccount };

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function validateKeyName(name: string): void {
  if (!NAME_RE.test(name)) throw new KeyringError(`invalid key name ${JSON.stringify(name)}: use 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit`);
  // A name that parses as an address would make `--from <address>` ambiguous.
  if (isBech32(name)) throw new KeyringError(`invalid key name ${JSON.stringify(name)}: it looks like an address; choose a name that is not bech32`);
}

/**
 * `fromBech32` with an explicit length limit: CosmJS 0.39's default (Infinity) is refused by
 * @scure/base ≥ 2.3 (package.json pins 2.2.0 under CosmJS for that reason); with a limit this is
 * right under either.
 */
export function decodeBech32(s: string): { prefix: string; data: Uint8Array } {
  return fromBech32(s, 1023);
}

function isBech32(s: string): boolean {
  try {
    decodeBech32(s);
    return true;
  } catch {
    return false;
  }
}

/** Addresses of one key under different bech32 prefixes are the same account. */
export function sameAddress(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return Buffer.from(decodeBech32(a).data).equals(Buffer.from(decodeBech32(b).data));
  } catch {
    return false;
  }
}

/** Words separated by single spaces, lower case: what BIP-39 checksums are computed over. */
export function normalizeMnemonic(text: string): string {
  return text.trim().split(/\s+/).join(' ').toLowerCase();
}

export async function walletFromMnemonic(mnemonic: string, prefix: string, hdPath = HD_PATH): Promise<DirectSecp256k1HdWallet> {
  const words = normalizeMnemonic(mnemonic);
  const n = words === '' ? 0 : words.split(' ').length;
  if (![12, 15, 18, 21, 24].includes(n)) throw new KeyringError(`invalid mnemonic: expected 12, 15, 18, 21 or 24 words, got ${n}`);
  let path;
  try {
    path = stringToPath(hdPath);
  } catch (e) {
    throw new KeyringError(`invalid HD path ${JSON.stringify(hdPath)}: ${(e as Error).message}; use the form m/44'/118'/0'/0/0`);
  }
  try {
    return await DirectSecp256k1HdWallet.fromMnemonic(words, { prefix, hdPaths: [path] });
  } catch (e) {
    throw new KeyringError(`invalid mnemonic: ${(e as Error).message.toLowerCase()}; check the words (BIP-39 English list) and their order`);
  }
}

export interface KeyInfo {
  name: string;
  address: string;
  /** The SDK's JSON form of a secp256k1 public key. */
  pubkey: { '@type': '/cosmos.crypto.secp256k1.PubKey'; key: string };
}

export interface UnlockedKey {
  account: KeyringAccount;
  wallet: DirectSecp256k1HdWallet;
  /** The account's address under the requested prefix. */
  address: string;
  pubkey: Uint8Array;
}

/** Derives the key of a keyring entry and checks it still matches the recorded address. */
export async function unlock(account: KeyringAccount, prefix: string, keyringPath: string): Promise<UnlockedKey> {
  const wallet = await walletFromMnemonic(account.mnemonic, prefix, account.hd_path);
  const [acc] = await wallet.getAccounts();
  if (acc === undefined || !sameAddress(acc.address, account.address)) {
    throw new KeyringError(`key "${account.name}" in ${keyringPath} is inconsistent: its mnemonic derives ${acc?.address ?? 'nothing'}, not the recorded ${account.address}; the file was edited or is corrupt`);
  }
  return { account, wallet, address: acc.address, pubkey: acc.pubkey };
}

export function keyInfo(k: UnlockedKey): KeyInfo {
  return { name: k.account.name, address: k.account.address, pubkey: { '@type': '/cosmos.crypto.secp256k1.PubKey', key: toBase64(k.pubkey) } };
}

function parseAccount(raw: unknown, i: number, path: string): KeyringAccount {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { name, address, mnemonic } = o;
  if (typeof name !== 'string' || typeof address !== 'string' || typeof mnemonic !== 'string') {
    throw new KeyringError(`${path}: accounts[${i}] must have string fields name, address and mnemonic`);
  }
  return { name, address, mnemonic, hd_path: typeof o.hd_path === 'string' ? o.hd_path : HD_PATH };
}

export class Keyring {
  private constructor(
    readonly path: string,
    private accounts: KeyringAccount[],
    /** Other top-level fields of the file, kept as they were. */
    private readonly extra: Record<string, unknown>,
    readonly exists: boolean,
  ) {}

  /** A missing file is an empty keyring (the first `keys create` writes it). */
  static load(path: string): Keyring {
    if (!existsSync(path)) return new Keyring(path, [], {}, false);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new KeyringError(`cannot read the keyring ${path}: ${(e as Error).message}`);
    }
    const obj = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
    if (obj === undefined || !Array.isArray(obj.accounts)) throw new KeyringError(`${path} must hold {"accounts": [...]}`);
    const { accounts, ...extra } = obj;
    return new Keyring(path, (accounts as unknown[]).map((a, i) => parseAccount(a, i, path)), extra, true);
  }

  list(): readonly KeyringAccount[] {
    return this.accounts;
  }

  find(nameOrAddress: string): KeyringAccount | undefined {
    return this.accounts.find((a) => a.name === nameOrAddress) ?? (isBech32(nameOrAddress) ? this.accounts.find((a) => sameAddress(a.address, nameOrAddress)) : undefined);
  }

  /** Like `find`, but a miss is an error that lists what the keyring does hold. */
  get(nameOrAddress: string): KeyringAccount {
    const a = this.find(nameOrAddress);
    if (a !== undefined) return a;
    if (!this.exists) throw new KeyringError(`no key "${nameOrAddress}": there is no keyring at ${this.path}; create a key with \`meshwork keys create <name>\`, or point --home / --keyring at an existing one`);
    const known = this.accounts.map((x) => x.name).join(', ') || 'none';
    throw new KeyringError(`no key named or with address "${nameOrAddress}" in ${this.path}; known keys: ${known} (add one with \`meshwork keys create ${isBech32(nameOrAddress) ? '<name>' : nameOrAddress}\` or \`keys import\`)`);
  }

  /** Throws unless `name` is valid and not taken. */
  checkNewName(name: string): void {
    validateKeyName(name);
    if (this.accounts.some((a) => a.name === name)) {
      throw new KeyringError(`a key named "${name}" already exists in ${this.path}; choose another name or remove it first with \`meshwork keys delete ${name} --yes\``);
    }
  }

  add(account: KeyringAccount): void {
    this.checkNewName(account.name);
    const same = this.accounts.find((a) => sameAddress(a.address, account.address));
    if (same !== undefined) throw new KeyringError(`address ${account.address} is already in ${this.path} as "${same.name}"; one account needs only one key`);
    this.accounts.push(account);
  }

  remove(name: string): KeyringAccount {
    const a = this.get(name);
    this.accounts = this.accounts.filter((x) => x !== a);
    return a;
  }

  save(): void {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    const tmp = `${this.path}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, `${JSON.stringify({ ...this.extra, accounts: this.accounts }, null, 2)}\n`, { mode: 0o600 });
      // An umask or a leftover temp file could leave wider permissions: force them.
      chmodSync(tmp, 0o600);
      renameSync(tmp, this.path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw new KeyringError(`cannot write the keyring ${this.path}: ${(e as Error).message}`);
    }
  }
}
