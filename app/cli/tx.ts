/**
 * `meshwork tx <module> <action> ... --from <key>`: builds the message, then simulates (for
 * `--gas auto`), signs with a keyring key (SIGN_MODE_DIRECT, or amino JSON with `--sign-mode
 * amino-json`), broadcasts over RPC and waits for the block (or not: `--broadcast-mode sync|async`),
 * printing the tx hash, height, gas and events (and the code id / contract address / proposal id).
 * `--generate-only` prints the unsigned tx instead, for `tx sign` and `tx broadcast` (tx-offline.ts).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromBase64, fromHex, toUtf8 } from '@cosmjs/encoding';
import { parseCoins, type Coin, type EncodeObject } from '@cosmjs/proto-signing';
import { GasPrice } from '@cosmjs/stargate';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { MsgBeginRedelegate, MsgDelegate, MsgUndelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { MsgDeposit, MsgSubmitProposal, MsgVote } from 'cosmjs-types/cosmos/gov/v1/tx';
import { VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import { MsgClearAdmin, MsgExecuteContract, MsgInstantiateContract, MsgInstantiateContract2, MsgMigrateContract, MsgStoreCode, MsgUpdateAdmin } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { ClientState as TendermintClientState } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import * as ChannelQ from 'cosmjs-types/ibc/core/channel/v1/query';
import * as ConnectionQ from 'cosmjs-types/ibc/core/connection/v1/query';
import * as ClientQ from 'cosmjs-types/ibc/core/client/v1/query';
import { clientGasPrice } from '../node/config.js';
import { UsageError } from './args.js';
import { broadcastModeFlag, CliError, COMMON_VALUED, connect, expectPositional, homeConfig, homeDir, keyringPath, loadKey, openSigner, outputFormat, planFee, printHelp, runCommand, signModeFlag, splitArgs, usageFor, submitTx, type Args, type CliIO, type Connection, type FeeOptions } from './client.js';
import { printTx } from './tx-output.js';
import { runTxBroadcast, runTxSign, unsignedTxJson } from './tx-offline.js';
import { decodeBech32, Keyring } from './keyring.js';
import { formatBytes, Progress } from './progress.js';
import { anyFromJson } from './query.js';
import { calculateFee } from '@cosmjs/stargate';
import { isUpgradeProposal, upgradeProposal, UPGRADE_PROPOSAL_FLAGS, UPGRADE_TX_USAGE } from './upgrade-tx.js';

export const TX_USAGE = `  meshwork tx bank send <from> <to_address|key> <amount>
  meshwork tx staking delegate <valoper> <amount> --from <key>
  meshwork tx staking unbond|undelegate <valoper> <amount> --from <key>
  meshwork tx staking redelegate <src_valoper> <dst_valoper> <amount> --from <key>
  meshwork tx gov submit-proposal <proposal.json> --from <key>
${UPGRADE_TX_USAGE}
  meshwork tx gov deposit <proposal_id> <amount> --from <key>
  meshwork tx gov vote <proposal_id> yes|no|abstain|no_with_veto [--metadata m] --from <key>
  meshwork tx wasm store <file.wasm> --from <key>
  meshwork tx wasm instantiate <code_id> <json> --label <l> (--admin <addr|key> | --no-admin) [--amount <coins>] --from <key>
  meshwork tx wasm execute <contract> <json> [--amount <coins>] --from <key>
  meshwork tx wasm instantiate2 <code_id> <json> <salt> --label <l> (--admin <addr|key> | --no-admin) [--amount <coins>] [--fix-msg] [--hex|--b64] --from <key>
  meshwork tx wasm migrate <contract> <new_code_id> <json> --from <key>
  meshwork tx wasm set-contract-admin <contract> <new_admin> --from <key>
  meshwork tx wasm clear-contract-admin <contract> --from <key>
  meshwork tx ibc-transfer transfer <src-port> <src-channel> <receiver> <amount> [--packet-timeout-height R-H] [--packet-timeout-timestamp ns] [--absolute-timeouts] [--memo <packet memo>] --from <key>
  meshwork tx sign <tx.json> --from <key> [--offline --account-number N --sequence N --chain-id <id>] [--output-document <file>]
  meshwork tx broadcast <signed.json>
  flags: --node <url> --home <dir> --keyring <file> --chain-id <id> --gas auto|N (auto) --gas-adjustment 1.4
         --gas-prices <price> (config min_gas_price) --fees <coins> --note|--memo <tx memo> --output text|json --quiet
         --sign-mode direct|amino-json (direct) --broadcast-mode sync|async|commit (commit: wait for the block)
         --generate-only (print the unsigned tx as JSON; --from may be an address)
         --idempotent (the node answers a tx it already has with its status; a lost answer is re-sent safely)`;

/** "1000stake,5uatom" → coins; an empty string is no coins. */
function parseCoinsArg(s: string, what: string): Coin[] {
  if (s.trim() === '') return [];
  try {
    return parseCoins(s.replace(/\s+/g, ''));
  } catch {
    throw new UsageError(`${what} must be integer amounts with denoms, like 1000stake or 1000stake,5uatom; got ${JSON.stringify(s)}`);
  }
}

export const TX_VALUED = [...COMMON_VALUED, 'from', 'gas', 'gas-adjustment', 'gas-prices', 'fees', 'memo', 'note', 'chain-id', 'prefix', 'sign-mode', 'broadcast-mode', 'account-number', 'sequence', 'output-document'] as const;
export const TX_SWITCHES = ['quiet', 'yes', 'generate-only', 'offline', 'idempotent'] as const;

export function feeOptions(a: Args, io: CliIO): FeeOptions {
  const g = a.flags.get('gas') ?? 'auto';
  if (g !== 'auto' && !/^\d{1,15}$/.test(g)) throw new UsageError(`--gas must be "auto" or a whole number of gas units, got ${JSON.stringify(g)}`);
  const adj = Number(a.flags.get('gas-adjustment') ?? '1.4');
  if (!Number.isFinite(adj) || adj < 1 || adj > 100) throw new UsageError(`--gas-adjustment must be a number between 1 and 100, got ${JSON.stringify(a.flags.get('gas-adjustment'))}`);
  let price = a.flags.get('gas-prices');
  price ??= clientGasPrice(homeConfig(homeDir(a, io))?.app.min_gas_price ?? '0stake');
  let gasPrice: GasPrice;
  try {
    gasPrice = GasPrice.fromString(price);
  } catch {
    throw new UsageError(`--gas-prices must look like 0.025stake, got ${JSON.stringify(price)}`);
  }
  const fees = a.flags.get('fees');
  return { gas: g === 'auto' ? 'auto' : Number(g), adjustment: adj, gasPrice, ...(fees === undefined ? {} : { fees: parseCoinsArg(fees, '--fees') }) };
}

const VALUED = [...TX_VALUED, 'label', 'admin', 'amount', 'metadata', 'packet-timeout-height', 'packet-timeout-timestamp', ...UPGRADE_PROPOSAL_FLAGS];
const SWITCHES = [...TX_SWITCHES, 'no-admin', 'fix-msg', 'hex', 'b64', 'ascii', 'absolute-timeouts'];

/** A tx's messages, and a progress line to show before the (possibly long) submission. */
interface Built {
  msgs: EncodeObject[];
  before?: (p: Progress) => void;
}

function address(s: string, what: string): string {
  try {
    decodeBech32(s);
  } catch {
    throw new UsageError(`${what} ${JSON.stringify(s)} is not a bech32 address`);
  }
  return s;
}

function oneCoin(s: string, what: string) {
  const c = parseCoinsArg(s, what);
  if (c.length !== 1) throw new UsageError(`${what} must be a single coin like 1000000stake, got ${JSON.stringify(s)}`);
  return c[0]!;
}

function uint(s: string, what: string): bigint {
  if (!/^\d{1,19}$/.test(s) || BigInt(s) === 0n) throw new UsageError(`${what} must be a positive integer, got ${JSON.stringify(s)}`);
  return BigInt(s);
}

function jsonBytes(s: string, what: string): Uint8Array {
  try {
    JSON.parse(s);
  } catch (e) {
    throw new UsageError(`${what} must be JSON (quote it for the shell, e.g. '{"release":{}}'): ${(e as Error).message}`);
  }
  return toUtf8(s);
}

function readFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${(e as Error).message}`);
  }
}

const VOTES: Readonly<Record<string, VoteOption>> = { yes: VoteOption.VOTE_OPTION_YES, abstain: VoteOption.VOTE_OPTION_ABSTAIN, no: VoteOption.VOTE_OPTION_NO, no_with_veto: VoteOption.VOTE_OPTION_NO_WITH_VETO };

interface ProposalFile {
  messages?: unknown[];
  metadata?: string;
  deposit?: string;
  title?: string;
  summary?: string;
  expedited?: boolean;
}

function proposal(path: string, proposer: string): EncodeObject {
  let p: ProposalFile;
  try {
    p = JSON.parse(readFile(path, 'the proposal').toString('utf8')) as ProposalFile;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new UsageError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof p !== 'object' || p === null) throw new UsageError(`${path} must hold a JSON object {messages, metadata, deposit, title, summary, expedited}`);
  if (typeof p.title !== 'string' || typeof p.summary !== 'string') throw new UsageError(`${path} needs "title" and "summary" strings`);
  const msgs = p.messages ?? [];
  if (!Array.isArray(msgs) || msgs.some((m) => typeof m !== 'object' || m === null)) throw new UsageError(`${path}: "messages" must be a list of {"@type": ..., fields} objects`);
  return {
    typeUrl: '/cosmos.gov.v1.MsgSubmitProposal',
    value: MsgSubmitProposal.fromPartial({
      messages: msgs.map((m) => anyFromJson(m as Record<string, unknown>)),
      initialDeposit: parseCoinsArg(p.deposit ?? '', `"deposit" in ${path}`),
      proposer,
      metadata: p.metadata ?? '',
      title: p.title,
      summary: p.summary,
      expedited: p.expedited === true,
    }),
  };
}

function wasmCode(path: string): { bytes: Uint8Array; note: string } {
  const raw = readFile(path, 'the contract');
  if (raw.length > 2 && raw[0] === 0x1f && raw[1] === 0x8b) return { bytes: raw, note: `${formatBytes(raw.length)}, already gzipped` };
  // The chain inflates gzip uploads (as wasmd does), so the tx is a third of the size.
  const gz = gzipSync(raw, { level: 9 });
  return { bytes: gz, note: `${formatBytes(raw.length)}, gzipped ${formatBytes(gz.length)}` };
}

function admin(a: Args, io: CliIO): string {
  const flag = a.flags.get('admin');
  if (flag !== undefined && a.switches.has('no-admin')) throw new UsageError('--admin and --no-admin exclude each other');
  if (flag === undefined) {
    if (!a.switches.has('no-admin')) throw new UsageError('pass --admin <address or key> (who may migrate the contract) or --no-admin');
    return '';
  }
  return keyOrAddress(a, io, flag, '--admin');
}

/** A keyring key's address, or a bech32 address as given. */
function keyOrAddress(a: Args, io: CliIO, s: string, what: string): string {
  return Keyring.load(keyringPath(a, io)).find(s)?.address ?? address(s, what);
}

async function build(a: Args, io: CliIO, sender: string, path: string, p: string[], conn: () => Promise<Connection>): Promise<Built> {
  const funds = () => parseCoinsArg(a.flags.get('amount') ?? '', '--amount');
  switch (path) {
    case 'bank send': {
      const [, to, amount] = expectPositional({ ...a, positional: p }, ['from', 'to_address', 'amount']);
      return { msgs: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: sender, toAddress: keyOrAddress(a, io, to!, 'to_address'), amount: parseCoinsArg(amount!, 'amount') }) }] };
    }
    case 'staking delegate':
    case 'staking unbond':
    case 'staking undelegate': {
      const [val, amount] = expectPositional({ ...a, positional: p }, ['validator_address', 'amount']);
      const value = { delegatorAddress: sender, validatorAddress: address(val!, 'validator address'), amount: oneCoin(amount!, 'amount') };
      return { msgs: [path === 'staking delegate' ? { typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: MsgDelegate.fromPartial(value) } : { typeUrl: '/cosmos.staking.v1beta1.MsgUndelegate', value: MsgUndelegate.fromPartial(value) }] };
    }
    case 'staking redelegate': {
      const [src, dst, amount] = expectPositional({ ...a, positional: p }, ['src_validator', 'dst_validator', 'amount']);
      return { msgs: [{ typeUrl: '/cosmos.staking.v1beta1.MsgBeginRedelegate', value: MsgBeginRedelegate.fromPartial({ delegatorAddress: sender, validatorSrcAddress: address(src!, 'source validator'), validatorDstAddress: address(dst!, 'destination validator'), amount: oneCoin(amount!, 'amount') }) }] };
    }
    case 'gov submit-proposal': {
      if (isUpgradeProposal(p)) return { msgs: [upgradeProposal(a, p, sender)] };
      const [file] = expectPositional({ ...a, positional: p }, ['proposal.json']);
      return { msgs: [proposal(file!, sender)] };
    }
    case 'gov deposit': {
      const [id, amount] = expectPositional({ ...a, positional: p }, ['proposal_id', 'amount']);
      return { msgs: [{ typeUrl: '/cosmos.gov.v1.MsgDeposit', value: MsgDeposit.fromPartial({ proposalId: uint(id!, 'proposal id'), depositor: sender, amount: parseCoinsArg(amount!, 'amount') }) }] };
    }
    case 'gov vote': {
      const [id, opt] = expectPositional({ ...a, positional: p }, ['proposal_id', 'option']);
      const option = VOTES[opt!.toLowerCase().replace(/-/g, '_')];
      if (option === undefined) throw new UsageError(`vote option must be yes, no, abstain or no_with_veto, got ${JSON.stringify(opt)}`);
      return { msgs: [{ typeUrl: '/cosmos.gov.v1.MsgVote', value: MsgVote.fromPartial({ proposalId: uint(id!, 'proposal id'), voter: sender, option, metadata: a.flags.get('metadata') ?? '' }) }] };
    }
    case 'wasm store': {
      const [file] = expectPositional({ ...a, positional: p }, ['file.wasm']);
      const code = wasmCode(file!);
      return { msgs: [{ typeUrl: '/cosmwasm.wasm.v1.MsgStoreCode', value: MsgStoreCode.fromPartial({ sender, wasmByteCode: code.bytes }) }], before: (pr) => pr.step(`uploading ${basename(file!)} (${code.note})…`) };
    }
    case 'wasm instantiate': {
      const [codeId, json] = expectPositional({ ...a, positional: p }, ['code_id', 'json']);
      const label = a.flags.get('label');
      if (label === undefined || label === '') throw new UsageError('--label <text> is required (a human-readable name for the contract)');
      return { msgs: [{ typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract', value: MsgInstantiateContract.fromPartial({ sender, admin: admin(a, io), codeId: uint(codeId!, 'code id'), label, msg: jsonBytes(json!, 'the instantiate message'), funds: funds() }) }] };
    }
    case 'wasm execute': {
      const [contract, json] = expectPositional({ ...a, positional: p }, ['contract', 'json']);
      return { msgs: [{ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: MsgExecuteContract.fromPartial({ sender, contract: address(contract!, 'contract'), msg: jsonBytes(json!, 'the execute message'), funds: funds() }) }] };
    }
    case 'wasm migrate': {
      const [contract, codeId, json] = expectPositional({ ...a, positional: p }, ['contract', 'new_code_id', 'json']);
      return { msgs: [{ typeUrl: '/cosmwasm.wasm.v1.MsgMigrateContract', value: MsgMigrateContract.fromPartial({ sender, contract: address(contract!, 'contract'), codeId: uint(codeId!, 'code id'), msg: jsonBytes(json!, 'the migrate message') }) }] };
    }
    case 'wasm instantiate2': {
      const [codeId, json, salt] = expectPositional({ ...a, positional: p }, ['code_id', 'json', 'salt']);
      const label = a.flags.get('label');
      if (label === undefined || label === '') throw new UsageError('--label <text> is required (a human-readable name for the contract)');
      const value = MsgInstantiateContract2.fromPartial({ sender, admin: admin(a, io), codeId: uint(codeId!, 'code id'), label, msg: jsonBytes(json!, 'the instantiate message'), funds: funds(), salt: saltBytes(a, salt!), fixMsg: a.switches.has('fix-msg') });
      return { msgs: [{ typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract2', value }] };
    }
    case 'wasm set-contract-admin': {
      const [contract, newAdmin] = expectPositional({ ...a, positional: p }, ['contract', 'new_admin']);
      return { msgs: [{ typeUrl: '/cosmwasm.wasm.v1.MsgUpdateAdmin', value: MsgUpdateAdmin.fromPartial({ sender, contract: address(contract!, 'contract'), newAdmin: keyOrAddress(a, io, newAdmin!, 'new_admin') }) }] };
    }
    case 'wasm clear-contract-admin': {
      const [contract] = expectPositional({ ...a, positional: p }, ['contract']);
      return { msgs: [{ typeUrl: '/cosmwasm.wasm.v1.MsgClearAdmin', value: MsgClearAdmin.fromPartial({ sender, contract: address(contract!, 'contract') }) }] };
    }
    case 'ibc-transfer transfer': {
      const [port, channel, receiver, amount] = expectPositional({ ...a, positional: p }, ['src-port', 'src-channel', 'receiver', 'amount']);
      const timeouts = await transferTimeouts(a, port!, channel!, conn);
      return { msgs: [{ typeUrl: '/ibc.applications.transfer.v1.MsgTransfer', value: MsgTransfer.fromPartial({ sourcePort: port!, sourceChannel: channel!, token: oneCoin(amount!, 'amount'), sender, receiver: receiver!, ...timeouts, memo: a.flags.get('memo') ?? '' }) }] };
    }
    default:
      throw new UsageError(`unknown tx command "${path}"`);
  }
}

const COMMANDS = ['bank send', 'staking delegate', 'staking unbond', 'staking undelegate', 'staking redelegate', 'gov submit-proposal', 'gov deposit', 'gov vote', 'wasm store', 'wasm instantiate', 'wasm instantiate2', 'wasm execute', 'wasm migrate', 'wasm set-contract-admin', 'wasm clear-contract-admin', 'ibc-transfer transfer'];

/** wasmd's salt flags: text by default, `--hex` or `--b64` for bytes. */
function saltBytes(a: Args, salt: string): Uint8Array {
  let b: Uint8Array;
  try {
    b = a.switches.has('hex') ? fromHex(salt) : a.switches.has('b64') ? fromBase64(salt) : toUtf8(salt);
  } catch (e) {
    throw new UsageError(`the salt ${JSON.stringify(salt)} is not valid ${a.switches.has('hex') ? 'hex' : 'base64'}: ${(e as Error).message}`);
  }
  if (b.length === 0 || b.length > 64) throw new UsageError(`the salt must be 1 to 64 bytes, got ${b.length}`);
  return b;
}

/** Ten minutes, ibc-go's default relative packet timeout. */
const DEFAULT_TIMEOUT_NS = 600_000_000_000n;

/**
 * ibc-go's transfer timeouts: `--packet-timeout-height {revision}-{height}` (0-0: none) and
 * `--packet-timeout-timestamp` ns (0: none). Relative by default: the height is added to the
 * counterparty client's latest height (the channel's connection's client on this chain), the
 * timestamp to now; `--absolute-timeouts` takes them as they are.
 */
async function transferTimeouts(a: Args, port: string, channel: string, conn: () => Promise<Connection>): Promise<{ timeoutHeight: { revisionNumber: bigint; revisionHeight: bigint }; timeoutTimestamp: bigint }> {
  const hs = a.flags.get('packet-timeout-height') ?? '0-0';
  const hm = /^(\d{1,19})-(\d{1,19})$/.exec(hs);
  if (hm === null) throw new UsageError(`--packet-timeout-height must be {revision}-{height} such as 1-1000 (0-0: none), got ${JSON.stringify(hs)}`);
  const ts = a.flags.get('packet-timeout-timestamp') ?? DEFAULT_TIMEOUT_NS.toString();
  if (!/^\d{1,20}$/.test(ts)) throw new UsageError(`--packet-timeout-timestamp must be nanoseconds (0: none), got ${JSON.stringify(ts)}`);
  let height = { revisionNumber: BigInt(hm[1]!), revisionHeight: BigInt(hm[2]!) };
  let timestamp = BigInt(ts);
  if (height.revisionHeight === 0n && timestamp === 0n) throw new UsageError('a transfer needs a timeout: --packet-timeout-height or --packet-timeout-timestamp must be non-zero');
  if (!a.switches.has('absolute-timeouts')) {
    if (timestamp > 0n) timestamp += BigInt(Date.now()) * 1_000_000n;
    if (height.revisionHeight > 0n) {
      const c = await conn();
      const rpc = { request: (service: string, method: string, data: Uint8Array) => c.abci(`/${service}/${method}`, data) };
      const ch = await new ChannelQ.QueryClientImpl(rpc).Channel({ portId: port, channelId: channel });
      const connectionId = ch.channel?.connectionHops[0];
      if (connectionId === undefined) throw new CliError(`channel ${port}/${channel} has no connection on ${c.chainId}`);
      const cn = await new ConnectionQ.QueryClientImpl(rpc).Connection({ connectionId });
      const cs = await new ClientQ.QueryClientImpl(rpc).ClientState({ clientId: cn.connection!.clientId });
      const latest = TendermintClientState.decode(cs.clientState!.value).latestHeight!;
      height = { revisionNumber: latest.revisionNumber + height.revisionNumber, revisionHeight: latest.revisionHeight + height.revisionHeight };
    }
  }
  return { timeoutHeight: height, timeoutTimestamp: timestamp };
}

export async function runTx(argv: string[], io: CliIO): Promise<number> {
  if (printHelp(argv, io, TX_USAGE, 'tx')) return 0;
  if (argv[0] === 'sign') return runTxSign(argv.slice(1), io, TX_USAGE);
  if (argv[0] === 'broadcast') return runTxBroadcast(argv.slice(1), io, TX_USAGE);
  let a: Args | undefined;
  return runCommand('tx', () => usageFor(TX_USAGE, ['tx', ...(a?.positional.slice(0, 2) ?? [])]), io, () => a?.flags.get('output') === 'json', async () => {
    a = splitArgs(argv, VALUED, SWITCHES);
    const args = a;
    const json = outputFormat(a) === 'json';
    const [mod, action, ...rest] = a.positional;
    const path = `${mod ?? ''} ${action ?? ''}`;
    if (!COMMANDS.includes(path)) throw new UsageError(mod === undefined ? 'which tx?' : `unknown tx command "${path.trim()}"`);
    const fee = feeOptions(a, io);
    const signMode = signModeFlag(a);
    const mode = broadcastModeFlag(a);
    const note = a.flags.get('note') ?? (path === 'ibc-transfer transfer' ? undefined : a.flags.get('memo')) ?? '';
    // `bank send` names the sender positionally, as the SDK CLI does.
    const from = path === 'bank send' ? rest[0] : a.flags.get('from');
    if (path === 'bank send' && rest.length !== 3) expectPositional({ ...a, positional: rest }, ['from', 'to_address', 'amount']);
    let connection: Connection | undefined;
    const lazyConn = async () => (connection ??= await connect(args, io));
    try {
      if (a.switches.has('generate-only')) {
        // As the SDK: --from may be a bare address; then there is no key to simulate with, so --gas N.
        const known = from === undefined ? undefined : Keyring.load(keyringPath(a, io)).find(from);
        if (known === undefined) {
          if (from === undefined) throw new UsageError('--from <key name or address> is required');
          address(from, '--from');
          if (fee.gas === 'auto') throw new UsageError(`--from ${from} is not a key in the keyring, so the gas cannot be simulated: pass --gas <N>`);
          const built = await build(a, io, from, path, rest, lazyConn);
          const stdFee = fee.fees === undefined ? calculateFee(fee.gas, fee.gasPrice) : { amount: fee.fees, gas: String(fee.gas) };
          io.stdout.write(`${unsignedTxJson(built.msgs, stdFee, note)}\n`);
          return 0;
        }
      }
      const key = await loadKey(a, io, from);
      const built = await build(a, io, key.address, path, rest, lazyConn);
      const signer = await openSigner(a, io, key, signMode);
      try {
        const progress = new Progress(io.stderr, a.switches.has('quiet'));
        if (a.switches.has('generate-only')) {
          const { stdFee } = await planFee(signer, built.msgs, fee, note, progress);
          io.stdout.write(`${unsignedTxJson(built.msgs, stdFee, note)}\n`);
          return 0;
        }
        built.before?.(progress);
        printTx(io, json, await submitTx(signer, built.msgs, fee, note, progress, mode, undefined, a.switches.has('idempotent')));
        return 0;
      } finally {
        signer.close();
      }
    } finally {
      connection?.close();
    }
  });
}
