/**
 * What `keys`, `tx` and `query` share: typed CLI errors and their exit codes, flag parsing with positionals, the home / keyring / node defaults,
 * the connection to a node over CometBFT RPC, and fees, signing, broadcasting and waiting for a tx.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { encodeSecp256k1Pubkey, Secp256k1HdWallet } from '@cosmjs/amino';
import { sha256, stringToPath } from '@cosmjs/crypto';
import { toBase64, toHex } from '@cosmjs/encoding';
import { encodePubkey, type Coin, type EncodeObject } from '@cosmjs/proto-signing';
import { calculateFee, type GasPrice, type StdFee } from '@cosmjs/stargate';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { AuthInfo, Fee, Tx, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { ConfigError, parseConfig, type NodeConfig } from '../node/config.js';
import { HD_PATH, HomeError } from '../node/home.js';
import { createMeshworkAminoTypes } from '../../chain/tx/amino.js';
import { UsageError, type ParsedArgs } from './args.js';
import { Keyring, KeyringError, normalizeMnemonic, unlock, type UnlockedKey } from './keyring.js';
import type { CliIO, Progress } from './progress.js';

export { processIO, type CliIO } from './progress.js';

/** A failure the user can fix (exit code 1); the message says what happened and what to do. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** A tx the chain refused: in simulation, at CheckTx (mempool admission) or in its block. */
export class TxFailedError extends Error {
  override readonly name = 'TxFailedError';
  constructor(
    readonly stage: 'simulate' | 'check' | 'deliver',
    readonly code: number,
    readonly codespace: string,
    readonly log: string,
    readonly txhash?: string,
    readonly height?: number,
  ) {
    super(`${stage === 'simulate' ? 'simulation' : stage === 'check' ? 'CheckTx' : 'the tx'} failed with code ${code} (${codespace || 'no codespace'}): ${log}`);
  }
}

export interface Args {
  positional: string[];
  flags: ParsedArgs['flags'];
  switches: ParsedArgs['switches'];
}

const ALIASES: Readonly<Record<string, string>> = { '-o': 'output', '-y': 'yes', '-a': 'address', '-q': 'quiet' };

/** Flags anywhere among positionals (as cobra allows): `--k v`, `--k=v`, switches, `--` ends flags. */
export function splitArgs(argv: readonly string[], valued: readonly string[], switches: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  const on = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const alias = ALIASES[a];
    if (alias === undefined && !a.startsWith('--')) {
      if (/^-[A-Za-z]/.test(a)) throw new UsageError(`unknown flag ${a}`);
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = alias ?? (eq < 0 ? a.slice(2) : a.slice(2, eq));
    if (switches.includes(name)) {
      if (eq >= 0 && alias === undefined) throw new UsageError(`--${name} takes no value`);
      on.add(name);
    } else if (valued.includes(name)) {
      const v = eq >= 0 && alias === undefined ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || (eq < 0 && v.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      flags.set(name, v);
    } else throw new UsageError(`unknown flag ${a.startsWith('--') ? `--${name}` : a}`);
  }
  return { positional, flags, switches: on };
}

export function expectPositional(a: Args, names: readonly string[], optional = 0): string[] {
  const min = names.length - optional;
  if (a.positional.length < min || a.positional.length > names.length) {
    throw new UsageError(`expected ${names.map((n, i) => (i >= min ? `[${n}]` : `<${n}>`)).join(' ')}, got ${a.positional.length === 0 ? 'nothing' : a.positional.map((p) => JSON.stringify(p)).join(' ')}`);
  }
  return a.positional;
}

/** Flags every keys / tx / query command takes. */
export const COMMON_VALUED = ['home', 'keyring', 'output', 'node'] as const;

export type OutputFormat = 'text' | 'json';

export function outputFormat(a: Args): OutputFormat {
  const o = a.flags.get('output') ?? 'text';
  if (o !== 'text' && o !== 'json') throw new UsageError(`--output must be text or json, got ${JSON.stringify(o)}`);
  return o;
}

export function homeDir(a: Args, io: CliIO): string {
  return a.flags.get('home') ?? io.env.MESHWORK_HOME ?? join(homedir(), '.meshwork');
}

export function keyringPath(a: Args, io: CliIO): string {
  return a.flags.get('keyring') ?? join(homeDir(a, io), 'keyring.json');
}

/** The home's config.json when there is one (a keyring-only home has none). */
export function homeConfig(home: string): NodeConfig | undefined {
  const path = join(home, 'config.json');
  if (!existsSync(path)) return undefined;
  try {
    return parseConfig(JSON.parse(readFileSync(path, 'utf8')));
  } catch (e) {
    if (e instanceof ConfigError || e instanceof SyntaxError) throw new CliError(`${path}: ${e.message}`);
    throw e;
  }
}

export function addressPrefix(a: Args, io: CliIO): string {
  const p = a.flags.get('prefix') ?? homeConfig(homeDir(a, io))?.address_prefix ?? 'mesh';
  if (!/^[a-z][a-z0-9]*$/.test(p)) throw new UsageError(`--prefix must be a lower-case bech32 prefix such as "mesh", got ${JSON.stringify(p)}`);
  return p;
}

/** `--node` (tcp:// as the SDK writes it, or http(s)://), else the home's RPC address. */
export function nodeUrl(a: Args, io: CliIO): string {
  const flag = a.flags.get('node');
  if (flag !== undefined) {
    const u = flag.replace(/^tcp:\/\//, 'http://');
    return /^https?:\/\//.test(u) ? u : `http://${u}`;
  }
  const laddr = homeConfig(homeDir(a, io))?.rpc.laddr ?? '127.0.0.1:26657';
  const m = /^(?:tcp:\/\/)?(.*):(\d+)$/.exec(laddr);
  const host = m?.[1] === '0.0.0.0' || m?.[1] === undefined ? '127.0.0.1' : m[1];
  return `http://${host}:${m?.[2] ?? '26657'}`;
}

export interface Connection {
  url: string;
  comet: CometClient;
  chainId: string;
  /** Runs a gRPC query over `abci_query`; a non-zero code becomes a CliError naming the query. */
  abci(path: string, data: Uint8Array): Promise<Uint8Array>;
  close(): void;
}

export async function connect(a: Args, io: CliIO): Promise<Connection> {
  const url = nodeUrl(a, io);
  let comet: CometClient;
  let chainId: string;
  try {
    comet = await connectComet(url);
    chainId = (await comet.status()).nodeInfo.network;
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const why = err.cause?.code ?? err.cause?.message ?? err.message;
    throw new CliError(`cannot reach a node at ${url} (${why}); start one with \`meshwork start --home <dir>\` or pass --node <url>`);
  }
  const want = a.flags.get('chain-id');
  if (want !== undefined && want !== chainId) {
    comet.disconnect();
    throw new CliError(`--chain-id ${want} does not match the node at ${url}, which runs ${chainId}`);
  }
  const abci = async (path: string, data: Uint8Array): Promise<Uint8Array> => {
    const r = await comet.abciQuery({ path, data });
    if ((r.code ?? 0) !== 0) throw new CliError(`query ${path} failed with code ${r.code} (${r.codespace || 'no codespace'}): ${r.log ?? ''}`);
    return r.value;
  };
  return { url, comet, chainId, abci, close: () => comet.disconnect() };
}

/** JSON with bigints as strings and bytes as base64, as the SDK's JSON output has them. */
export function toJson(v: unknown, pretty = true): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? toBase64(x) : x), pretty ? 2 : undefined);
}

export function printJson(io: CliIO, v: unknown): void {
  io.stdout.write(`${toJson(v)}\n`);
}

/**
 * `help [words]` first, or `--help` / `-h` anywhere: print the usage of the most specific command
 * named (`tx wasm --help` → the `tx wasm` lines) and succeed, as cobra does.
 */
export function printHelp(argv: readonly string[], io: CliIO, usage: string, cmd: string): boolean {
  const helpFirst = argv[0] === 'help';
  if (!helpFirst && !argv.some((x) => x === '--help' || x === '-h')) return false;
  const words: string[] = [];
  for (const x of helpFirst ? argv.slice(1) : argv) {
    if (x.startsWith('-')) break;
    words.push(x);
  }
  io.stdout.write(`usage:\n${usageFor(usage, [cmd, ...words])}\n`);
  return true;
}

/**
 * The usage lines about `words` (e.g. "tx wasm store"), or about the longest prefix of them that
 * names something ("tx wasm"), with the flag lines; all of it when nothing matches.
 */
export function usageFor(usage: string, words: readonly string[]): string {
  const lines = usage.split('\n');
  const flags = lines.findIndex((l) => l.trimStart().startsWith('flags:'));
  for (let n = words.length; n >= 2; n--) {
    const key = words.slice(0, n).join(' ');
    const match = lines.filter((l, i) => (flags < 0 || i < flags) && (l.includes(` ${key} `) || l.endsWith(` ${key}`)));
    if (match.length > 0) return [...match, ...(flags < 0 ? [] : lines.slice(flags))].join('\n');
  }
  return usage;
}

/**
 * Runs one command and maps its errors to exit codes as the other subcommands do: usage errors 2
 * (with the usage line), user-fixable errors 1, anything else propagates (a bug: the stack helps).
 */
export async function runCommand(cmd: string, usage: () => string, io: CliIO, json: () => boolean, f: () => Promise<number>): Promise<number> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`meshwork ${cmd}: ${e.message}\nusage:\n${usage()}\n`);
      return 2;
    }
    if (e instanceof TxFailedError) {
      const where = e.stage === 'simulate' ? 'simulation failed; nothing was broadcast (pass --gas <N> to broadcast anyway)' : e.stage === 'check' ? 'the node refused the tx at CheckTx; it was not included' : `the tx failed in block ${e.height}`;
      io.stderr.write(`meshwork ${cmd}: ${where}\n${e.txhash === undefined ? '' : `txhash: ${e.txhash}\n`}code: ${e.code}\ncodespace: ${e.codespace}\nraw_log: ${e.log}\n`);
      if (json()) printJson(io, { txhash: e.txhash ?? '', height: String(e.height ?? 0), code: e.code, codespace: e.codespace, raw_log: e.log });
      return 1;
    }
    if (e instanceof CliError || e instanceof KeyringError || e instanceof HomeError || e instanceof ConfigError) {
      io.stderr.write(`meshwork ${cmd}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

export interface FeeOptions {
  gas: 'auto' | number;
  adjustment: number;
  gasPrice: GasPrice;
  /** An explicit fee (`--fees`): paid as given, whatever the gas. */
  fees?: Coin[];
}

export interface Signer {
  conn: Connection;
  client: SigningCosmWasmClient;
  key: UnlockedKey;
  address: string;
  close(): void;
}

/** The key `from` names (a key name or an address in the keyring), derived under the home's prefix. */
export async function loadKey(a: Args, io: CliIO, from: string | undefined): Promise<UnlockedKey> {
  if (from === undefined) throw new UsageError('--from <key name or address> is required (see `meshwork keys list`)');
  const path = keyringPath(a, io);
  return unlock(Keyring.load(path).get(from), addressPrefix(a, io), path);
}

/** `--sign-mode`: SIGN_MODE_DIRECT, or SIGN_MODE_LEGACY_AMINO_JSON as a Ledger signs. */
export type SignModeName = 'direct' | 'amino-json';

export function signModeFlag(a: Args): SignModeName {
  const m = a.flags.get('sign-mode') ?? 'direct';
  if (m !== 'direct' && m !== 'amino-json') throw new UsageError(`--sign-mode must be direct or amino-json, got ${JSON.stringify(m)}`);
  return m;
}

/** The key as an amino-only signer (`@cosmjs/amino`'s wallet): what signs in SIGN_MODE_LEGACY_AMINO_JSON. */
export async function aminoWallet(key: UnlockedKey, prefix: string): Promise<Secp256k1HdWallet> {
  return Secp256k1HdWallet.fromMnemonic(normalizeMnemonic(key.account.mnemonic), { prefix, hdPaths: [stringToPath(key.account.hd_path ?? HD_PATH)] });
}

export async function openSigner(a: Args, io: CliIO, key: UnlockedKey, signMode: SignModeName = 'direct'): Promise<Signer> {
  const conn = await connect(a, io);
  const wallet = signMode === 'amino-json' ? await aminoWallet(key, addressPrefix(a, io)) : key.wallet;
  // Explicit signer data and our own polling: no CosmJS broadcast timer outlives the command.
  const client = SigningCosmWasmClient.createWithSigner(conn.comet, wallet, { aminoTypes: createMeshworkAminoTypes(), broadcastPollIntervalMs: 200, broadcastTimeoutMs: 30_000 });
  return { conn, client, key, address: key.address, close: () => client.disconnect() };
}

/**
 * `--broadcast-mode`: `sync` returns after CheckTx (as wasmd's default), `async` right after
 * handing the tx over, `commit` (this CLI's default) waits for the block and prints its result.
 */
export type BroadcastMode = 'sync' | 'async' | 'commit';

export function broadcastModeFlag(a: Args): BroadcastMode {
  const m = a.flags.get('broadcast-mode') ?? 'commit';
  if (m !== 'sync' && m !== 'async' && m !== 'commit' && m !== 'block') throw new UsageError(`--broadcast-mode must be sync, async or commit, got ${JSON.stringify(m)}`);
  return m === 'block' ? 'commit' : m;
}

export interface TxResult {
  txhash: string;
  /** 0 when the tx was not waited for (`--broadcast-mode sync|async`). */
  height: number;
  code: number;
  gasWanted: bigint;
  gasUsed: bigint;
  events: { type: string; attributes: { key: string; value: string }[] }[];
  msgResponses: { typeUrl: string; value: Uint8Array }[];
}

async function simulate(s: Signer, msgs: readonly EncodeObject[], memo: string, sequence: number): Promise<number> {
  const tx = Tx.fromPartial({
    body: TxBody.fromPartial({ messages: msgs.map((m) => s.client.registry.encodeAsAny(m)), memo }),
    authInfo: AuthInfo.fromPartial({
      fee: Fee.fromPartial({}),
      signerInfos: [{ publicKey: encodePubkey(encodeSecp256k1Pubkey(s.key.pubkey)), sequence: BigInt(sequence), modeInfo: { single: { mode: SignMode.SIGN_MODE_UNSPECIFIED } } }],
    }),
    signatures: [new Uint8Array()],
  });
  const r = await s.conn.comet.abciQuery({ path: '/cosmos.tx.v1beta1.Service/Simulate', data: SimulateRequest.encode({ txBytes: Tx.encode(tx).finish() }).finish() });
  if ((r.code ?? 0) !== 0) throw new TxFailedError('simulate', r.code ?? 0, r.codespace, r.log ?? '');
  return Number(SimulateResponse.decode(r.value).gasInfo?.gasUsed ?? 0n);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The fee to pay: simulated (`--gas auto`, times the adjustment) or as given; and the signer's account. */
export async function planFee(s: Signer, msgs: readonly EncodeObject[], fee: FeeOptions, memo: string, progress: Progress): Promise<{ stdFee: StdFee; accountNumber: bigint; sequence: number }> {
  const account = await s.client.getAccount(s.address);
  if (account === null) {
    throw new CliError(`account ${s.address} does not exist on ${s.conn.chainId}: it has never received tokens; fund it first, e.g. \`meshwork tx bank send <funded key> ${s.address} 1000000${fee.gasPrice.denom}\``);
  }
  let gas: number;
  if (fee.gas === 'auto') {
    progress.step('simulating…');
    try {
      gas = Math.ceil((await simulate(s, msgs, memo, account.sequence)) * fee.adjustment);
    } catch (e) {
      progress.done();
      throw e;
    }
  } else gas = fee.gas;
  const stdFee: StdFee = fee.fees === undefined ? calculateFee(gas, fee.gasPrice) : { amount: fee.fees, gas: String(gas) };
  return { stdFee, accountNumber: account.accountNumber, sequence: account.sequence };
}

/** Simulates (for `--gas auto`), signs, broadcasts and (by default) waits for the block; a non-zero code throws TxFailedError. */
export async function submitTx(s: Signer, msgs: readonly EncodeObject[], fee: FeeOptions, memo: string, progress: Progress, mode: BroadcastMode = 'commit', timeoutMs = 30_000, idempotent = false): Promise<TxResult> {
  const { stdFee, accountNumber, sequence } = await planFee(s, msgs, fee, memo, progress);
  const raw = await s.client.sign(s.address, msgs, stdFee, memo, { accountNumber, sequence, chainId: s.conn.chainId });
  return broadcastTx(s.conn, TxRaw.encode(raw).finish(), progress, mode, timeoutMs, idempotent);
}

/** How often `--idempotent` re-sends the same bytes when the node's answer is lost. */
const IDEMPOTENT_ATTEMPTS = 4;

/**
 * `broadcast_tx_sync` with the node's `idempotent=true` (product-oracle-spec §1 row 15), over plain
 * JSON-RPC because CosmJS's client has no such parameter: the same signed bytes are re-sent when the
 * connection drops, and a tx the node already has (pending, or committed at `height`) answers its
 * status rather than "tx already exists in cache". One tx, however many attempts.
 */
async function broadcastIdempotent(conn: Connection, bytes: Uint8Array, progress: Progress): Promise<{ code: number; codespace: string; log: string; state?: string; height?: string }> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= IDEMPOTENT_ATTEMPTS; attempt++) {
    try {
      const res = await fetch(conn.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: attempt, method: 'broadcast_tx_sync', params: { tx: toBase64(bytes), idempotent: true } }) });
      const body = (await res.json()) as { result?: { code: number; codespace?: string; log?: string; state?: string; height?: string }; error?: { message: string; data?: string } };
      if (body.error !== undefined) throw new CliError(`broadcast_tx_sync: ${body.error.message}${body.error.data ? `: ${body.error.data}` : ''}`);
      const r = body.result!;
      return { code: r.code, codespace: r.codespace ?? '', log: r.log ?? '', state: r.state, height: r.height };
    } catch (e) {
      if (e instanceof CliError) throw e;
      lastError = e;
      progress.tick(`no answer from ${conn.url} (${(e as Error).message}); sending the same tx again (${attempt}/${IDEMPOTENT_ATTEMPTS})…`);
      await sleep(500 * attempt);
    }
  }
  throw new CliError(`${conn.url} did not answer broadcast_tx_sync after ${IDEMPOTENT_ATTEMPTS} attempts (${(lastError as Error).message}); the tx may still have arrived: sending it again with --idempotent is safe`);
}

/** Broadcasts signed tx bytes; with `commit`, waits for the block. A non-zero code throws TxFailedError. */
export async function broadcastTx(conn: Connection, bytes: Uint8Array, progress: Progress, mode: BroadcastMode = 'commit', timeoutMs = 30_000, idempotent = false): Promise<TxResult> {
  const txhash = toHex(sha256(bytes)).toUpperCase();
  const pending = (code: number): TxResult => ({ txhash, height: 0, code, gasWanted: 0n, gasUsed: 0n, events: [], msgResponses: [] });
  if (mode === 'async' && !idempotent) {
    await conn.comet.broadcastTxAsync({ tx: bytes });
    return pending(0);
  }
  const waiting = `broadcast ${txhash.slice(0, 8)}…; waiting for inclusion…`;
  progress.step(waiting);
  const check = idempotent ? await broadcastIdempotent(conn, bytes, progress) : await conn.comet.broadcastTxSync({ tx: bytes });
  if (check.code !== 0) {
    progress.done();
    throw new TxFailedError('check', check.code, check.codespace ?? '', check.log ?? '', txhash);
  }
  const known = 'state' in check && check.state !== undefined ? (check.state === 'finalized' ? `already committed at height ${check.height}` : 'already in the mempool') : undefined;
  if (mode === 'sync' || mode === 'async') {
    progress.done(known ?? 'accepted into the mempool');
    return pending(0);
  }
  if (known !== undefined) progress.step(`${waiting} (${known})`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await conn.comet.tx({ hash: sha256(bytes) });
      progress.done(`included in block ${r.height}`);
      if (r.result.code !== 0) throw new TxFailedError('deliver', r.result.code, r.result.codespace ?? '', r.result.log ?? '', txhash, r.height);
      return {
        txhash,
        height: r.height,
        code: 0,
        gasWanted: r.result.gasWanted,
        gasUsed: r.result.gasUsed,
        events: r.result.events.map((e) => ({ type: e.type, attributes: e.attributes.map((x) => ({ key: x.key, value: x.value })) })),
        msgResponses: r.result.data === undefined ? [] : TxMsgData.decode(r.result.data).msgResponses,
      };
    } catch (e) {
      if (e instanceof TxFailedError) throw e;
    }
    if (Date.now() > deadline) {
      progress.done();
      throw new CliError(`tx ${txhash} was not included within ${timeoutMs / 1000}s; it may still be in the mempool: check with \`meshwork query tx ${txhash}\``);
    }
    try {
      progress.tick(`${waiting} block ${(await conn.comet.status()).syncInfo.latestBlockHeight}`);
    } catch {
      // A node that stops answering is reported by the deadline above.
    }
    await sleep(200);
  }
}
