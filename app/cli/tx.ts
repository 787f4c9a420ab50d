/**
 * `meshwork tx <module> <action> ... --from <key>`: builds the message, then simulates (for
 * `--gas auto`), signs with a keyring key, broadcasts over RPC and waits for the block, printing
 * the tx hash, height, gas and events (and the code id / contract address / proposal id).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toHex, toUtf8 } from '@cosmjs/encoding';
import { parseCoins, type Coin, type EncodeObject } from '@cosmjs/proto-signing';
import { GasPrice } from '@cosmjs/stargate';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { MsgBeginRedelegate, MsgDelegate, MsgUndelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { MsgDeposit, MsgSubmitProposal, MsgSubmitProposalResponse, MsgVote } from 'cosmjs-types/cosmos/gov/v1/tx';
import { VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import { MsgExecuteContract, MsgInstantiateContract, MsgInstantiateContractResponse, MsgMigrateContract, MsgStoreCode, MsgStoreCodeResponse } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { clientGasPrice } from '../node/config.js';
import { UsageError } from './args.js';
import { CliError, COMMON_VALUED, expectPositional, homeConfig, homeDir, keyringPath, loadKey, openSigner, outputFormat, printJson, printHelp, runCommand, splitArgs, usageFor, submitTx, type Args, type CliIO, type FeeOptions, type TxResult } from './client.js';
import { decodeBech32, Keyring } from './keyring.js';
import { formatBytes, Progress } from './progress.js';
import { anyFromJson } from './query.js';
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
  meshwork tx wasm migrate <contract> <new_code_id> <json> --from <key>
  flags: --node <url> --home <dir> --keyring <file> --chain-id <id> --gas auto|N (auto) --gas-adjustment 1.4
         --gas-prices <price> (config min_gas_price) --fees <coins> --memo <text> --output text|json --quiet`;

/** "1000stake,5uatom" → coins; an empty string is no coins. */
function parseCoinsArg(s: string, what: string): Coin[] {
  if (s.trim() === '') return [];
  try {
    return parseCoins(s.replace(/\s+/g, ''));
  } catch {
    throw new UsageError(`${what} must be integer amounts with denoms, like 1000stake or 1000stake,5uatom; got ${JSON.stringify(s)}`);
  }
}

const TX_VALUED = [...COMMON_VALUED, 'from', 'gas', 'gas-adjustment', 'gas-prices', 'fees', 'memo', 'chain-id', 'prefix'] as const;
const TX_SWITCHES = ['quiet', 'yes'] as const;

function feeOptions(a: Args, io: CliIO): FeeOptions {
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

const VALUED = [...TX_VALUED, 'label', 'admin', 'amount', 'metadata', ...UPGRADE_PROPOSAL_FLAGS];
const SWITCHES = [...TX_SWITCHES, 'no-admin'];

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

function build(a: Args, io: CliIO, sender: string, path: string, p: string[]): Built {
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
    default:
      throw new UsageError(`unknown tx command "${path}"`);
  }
}

const COMMANDS = ['bank send', 'staking delegate', 'staking unbond', 'staking undelegate', 'staking redelegate', 'gov submit-proposal', 'gov deposit', 'gov vote', 'wasm store', 'wasm instantiate', 'wasm execute', 'wasm migrate'];

/** What the message responses tell beyond the events: new code ids, contract addresses, proposal ids. */
function outcome(r: TxResult): Record<string, string> {
  const o: Record<string, string> = {};
  for (const m of r.msgResponses) {
    if (m.typeUrl === '/cosmwasm.wasm.v1.MsgStoreCodeResponse') {
      const d = MsgStoreCodeResponse.decode(m.value);
      o.code_id = d.codeId.toString();
      o.checksum = toHex(d.checksum);
    } else if (m.typeUrl === '/cosmwasm.wasm.v1.MsgInstantiateContractResponse') o.contract_address = MsgInstantiateContractResponse.decode(m.value).address;
    else if (m.typeUrl === '/cosmos.gov.v1.MsgSubmitProposalResponse') o.proposal_id = MsgSubmitProposalResponse.decode(m.value).proposalId.toString();
  }
  return o;
}

function printTx(io: CliIO, json: boolean, r: TxResult): void {
  const extra = outcome(r);
  if (json) {
    printJson(io, { txhash: r.txhash, height: String(r.height), code: r.code, gas_wanted: r.gasWanted.toString(), gas_used: r.gasUsed.toString(), ...extra, events: r.events });
    return;
  }
  const lines = [`txhash: ${r.txhash}`, `height: ${r.height}`, `gas_wanted: ${r.gasWanted}`, `gas_used: ${r.gasUsed}`];
  for (const [k, v] of Object.entries(extra)) lines.push(`${k}: ${v}`);
  lines.push('events:');
  for (const e of r.events) {
    lines.push(`  ${e.type}`);
    for (const at of e.attributes) lines.push(`    ${at.key}: ${at.value}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
}

export async function runTx(argv: string[], io: CliIO): Promise<number> {
  if (printHelp(argv, io, TX_USAGE)) return 0;
  let a: Args | undefined;
  return runCommand('tx', () => usageFor(TX_USAGE, ['tx', ...(a?.positional.slice(0, 1) ?? [])]), io, () => a?.flags.get('output') === 'json', async () => {
    a = splitArgs(argv, VALUED, SWITCHES);
    const json = outputFormat(a) === 'json';
    const [mod, action, ...rest] = a.positional;
    const path = `${mod ?? ''} ${action ?? ''}`;
    if (!COMMANDS.includes(path)) throw new UsageError(mod === undefined ? 'which tx?' : `unknown tx command "${path.trim()}"`);
    const fee = feeOptions(a, io);
    // `bank send` names the sender positionally, as the SDK CLI does.
    const from = path === 'bank send' ? rest[0] : a.flags.get('from');
    if (path === 'bank send' && rest.length !== 3) expectPositional({ ...a, positional: rest }, ['from', 'to_address', 'amount']);
    const key = await loadKey(a, io, from);
    const built = build(a, io, key.address, path, rest);
    const signer = await openSigner(a, io, key);
    try {
      const progress = new Progress(io.stderr, a.switches.has('quiet'));
      built.before?.(progress);
      printTx(io, json, await submitTx(signer, built.msgs, fee, a.flags.get('memo') ?? '', progress));
      return 0;
    } finally {
      signer.close();
    }
  });
}
