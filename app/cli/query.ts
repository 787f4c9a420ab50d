/**
 * `meshwork query|q <module> <what> ...`: read-only gRPC queries over the node's `abci_query`,
 * printed as the SDK CLI prints them: proto JSON with snake_case keys, 64-bit integers as strings
 * and `Any`s unpacked into `{"@type": ..., fields}`. Also the proto-JSON helpers `tx` uses to
 * read `{"@type": ...}` messages from a proposal file.
 */
import { fromBase64, fromHex, fromUtf8, toBase64, toHex, toUtf8 } from '@cosmjs/encoding';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { wasmTypes } from '@cosmjs/cosmwasm-stargate';
import * as AuthQ from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { BaseAccount, ModuleAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import * as BankQ from 'cosmjs-types/cosmos/bank/v1beta1/query';
import * as StakingQ from 'cosmjs-types/cosmos/staking/v1beta1/query';
import * as GovQ from 'cosmjs-types/cosmos/gov/v1/query';
import { ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov';
import { TextProposal } from 'cosmjs-types/cosmos/gov/v1beta1/gov';
import * as WasmQ from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { PubKey as Secp256k1PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import { ContinuousVestingAccount, DelayedVestingAccount, PeriodicVestingAccount, PermanentLockedAccount } from 'cosmjs-types/cosmos/vesting/v1beta1/vesting';
import { PageRequest } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { Tx } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { UsageError } from './args.js';
import { IBC_QUERIES, IBC_QUERY_USAGE } from './query-ibc.js';
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx';
import { UPGRADE_QUERIES, UPGRADE_QUERY_FLAGS, UPGRADE_QUERY_USAGE } from './upgrade-query.js';
import { ORACLE_QUERIES, ORACLE_QUERY_SWITCHES, ORACLE_QUERY_USAGE } from './oracle-query.js';
import { Keyring } from './keyring.js';
import { CliError, COMMON_VALUED, connect, keyringPath, outputFormat, printJson, printHelp, runCommand, splitArgs, usageFor, type Args, type CliIO, type Connection } from './client.js';

/** What a cosmjs-types message codec offers; checked at runtime for registry entries. */
interface JsonCodec {
  encode(m: unknown): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
  fromJSON(o: unknown): unknown;
  toJSON(m: unknown): unknown;
}

function isJsonCodec(t: unknown): t is JsonCodec {
  const c = t as Partial<Record<keyof JsonCodec, unknown>>;
  return typeof c.encode === 'function' && typeof c.decode === 'function' && typeof c.fromJSON === 'function' && typeof c.toJSON === 'function';
}

const EXTRA_TYPES: [string, unknown][] = [
  ['/cosmos.auth.v1beta1.BaseAccount', BaseAccount],
  ['/cosmos.auth.v1beta1.ModuleAccount', ModuleAccount],
  ['/cosmos.vesting.v1beta1.ContinuousVestingAccount', ContinuousVestingAccount],
  ['/cosmos.vesting.v1beta1.DelayedVestingAccount', DelayedVestingAccount],
  ['/cosmos.vesting.v1beta1.PeriodicVestingAccount', PeriodicVestingAccount],
  ['/cosmos.vesting.v1beta1.PermanentLockedAccount', PermanentLockedAccount],
  ['/cosmos.crypto.secp256k1.PubKey', Secp256k1PubKey],
  ['/cosmos.crypto.ed25519.PubKey', Ed25519PubKey],
  ['/cosmos.gov.v1beta1.TextProposal', TextProposal],
  ['/cosmos.tx.v1beta1.Tx', Tx],
  ['/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade', MsgSoftwareUpgrade],
  ['/cosmos.upgrade.v1beta1.MsgCancelUpgrade', MsgCancelUpgrade],
];

const TYPES = new Map<string, JsonCodec>();
for (const [url, t] of [...defaultRegistryTypes, ...wasmTypes, ...EXTRA_TYPES]) if (isJsonCodec(t)) TYPES.set(url, t);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const toSnake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toCamel = (k: string) => k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const isWasmMsg = (typeUrl: string) => typeUrl.startsWith('/cosmwasm.wasm.v1.Msg');

/** Contract messages are JSON bytes; show them as JSON, as wasmd does. */
function jsonOrBase64(b64: string): unknown {
  try {
    return JSON.parse(fromUtf8(fromBase64(b64)));
  } catch {
    return b64;
  }
}

function snakeAndUnpack(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(snakeAndUnpack);
  if (!isObject(v)) return v;
  if (typeof v.typeUrl === 'string' && typeof v.value === 'string' && Object.keys(v).length === 2 && TYPES.has(v.typeUrl)) return anyJson(v.typeUrl, fromBase64(v.value));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [toSnake(k), typeof x === 'string' ? scalar(k, x) : snakeAndUnpack(x)]));
}

/** Code hashes are hex in wasmd's JSON (gogoproto HexBytes), not base64. */
const HEX_FIELDS = new Set(['checksum', 'dataHash', 'codeHash']);
/** Staking's LegacyDec fields travel as 10^18-scaled integers; the SDK shows them as decimals. */
const DEC_FIELDS = new Set(['shares', 'delegatorShares', 'sharesDst', 'rate', 'maxRate', 'maxChangeRate']);

function scalar(key: string, x: string): string {
  if (HEX_FIELDS.has(key)) return toHex(fromBase64(x)).toUpperCase();
  if (DEC_FIELDS.has(key) && /^\d+$/.test(x)) {
    const d = x.padStart(19, '0');
    return `${d.slice(0, -18)}.${d.slice(-18)}`;
  }
  return x;
}

/** A decoded message as SDK-style proto JSON. */
export function protoJson<T>(codec: { toJSON(m: T): unknown }, m: T): unknown {
  return snakeAndUnpack(codec.toJSON(m));
}

export function anyJson(typeUrl: string, value: Uint8Array): Record<string, unknown> {
  const c = TYPES.get(typeUrl);
  if (c === undefined) return { '@type': typeUrl, value: toBase64(value) };
  const body = snakeAndUnpack(c.toJSON(c.decode(value))) as Record<string, unknown>;
  if (isWasmMsg(typeUrl) && typeof body.msg === 'string') body.msg = jsonOrBase64(body.msg);
  return { '@type': typeUrl, ...body };
}

/** camelCase keys for cosmjs-types `fromJSON`; nested `{"@type"}` objects become encoded Anys. */
function camelForFromJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camelForFromJson);
  if (!isObject(v)) return v;
  if (typeof v['@type'] === 'string') {
    const a = anyFromJson(v);
    return { typeUrl: a.typeUrl, value: toBase64(a.value) };
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [toCamel(k), camelForFromJson(x)]));
}

/** `{"@type": "/cosmos.bank.v1beta1.MsgSend", "from_address": ...}` (as the SDK CLI reads it) → Any. */
export function anyFromJson(o: Record<string, unknown>): Any {
  const typeUrl = o['@type'];
  if (typeof typeUrl !== 'string') throw new UsageError('each message needs an "@type" with its type URL, e.g. "/cosmos.bank.v1beta1.MsgSend"');
  const c = TYPES.get(typeUrl);
  if (c === undefined) throw new UsageError(`unknown message type ${typeUrl}; this CLI encodes the SDK, IBC and wasm types CosmJS knows`);
  const { '@type': _t, ...rest } = o;
  const wasmMsg = isWasmMsg(typeUrl) && rest.msg !== undefined && typeof rest.msg !== 'string' ? toBase64(toUtf8(JSON.stringify(rest.msg))) : undefined;
  const fields = camelForFromJson(rest) as Record<string, unknown>;
  if (wasmMsg !== undefined) fields.msg = wasmMsg;
  let m: unknown;
  try {
    m = c.fromJSON(fields);
  } catch (e) {
    throw new UsageError(`cannot read ${typeUrl} from JSON: ${(e as Error).message}`);
  }
  return { typeUrl, value: c.encode(m).finish() };
}

export const QUERY_USAGE = `  meshwork query bank balances <address>            meshwork query bank balance <address> <denom>
  meshwork query auth account <address>
  meshwork query staking validators [--limit N]      meshwork query staking validator <valoper>
  meshwork query staking delegation <delegator> <valoper>
  meshwork query staking delegations <delegator>     meshwork query staking unbonding-delegation <delegator> <valoper>
  meshwork query gov proposal <id>                   meshwork query gov proposals [--status voting_period|passed|...]
  meshwork query gov vote <id> <voter>               meshwork query gov votes <id>
  meshwork query gov deposits <id>                   meshwork query gov tally <id>
  meshwork query wasm contract-state smart <contract> <json>
  meshwork query wasm contract-state raw <contract> <key> [--ascii|--b64] (key in hex by default)
  meshwork query wasm contract-state all <contract>
  meshwork query wasm contract <address>             meshwork query wasm code-info <code_id>
  meshwork query wasm list-code                      meshwork query wasm list-contract-by-code <code_id>
  meshwork query wasm contract-history <address>
${UPGRADE_QUERY_USAGE}
${ORACLE_QUERY_USAGE}
  meshwork query tx <hash>
${IBC_QUERY_USAGE}
  flags: --node <url> --home <dir> --limit N`;

interface Services {
  conn: Connection;
  auth: AuthQ.QueryClientImpl;
  bank: BankQ.QueryClientImpl;
  staking: StakingQ.QueryClientImpl;
  gov: GovQ.QueryClientImpl;
  wasm: WasmQ.QueryClientImpl;
}

function id(s: string, what: string): bigint {
  if (!/^\d{1,19}$/.test(s) || BigInt(s) === 0n) throw new UsageError(`${what} must be a positive integer, got ${JSON.stringify(s)}`);
  return BigInt(s);
}

function page(a: Args): { pagination?: PageRequest } {
  const l = a.flags.get('limit');
  if (l === undefined) return {};
  return { pagination: PageRequest.fromPartial({ limit: id(l, '--limit') }) };
}

function status(a: Args): ProposalStatus {
  const s = a.flags.get('status');
  if (s === undefined) return ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED;
  const v = ProposalStatus[`PROPOSAL_STATUS_${s.toUpperCase()}` as keyof typeof ProposalStatus];
  if (typeof v !== 'number' || v <= 0) throw new UsageError('--status must be one of deposit_period, voting_period, passed, rejected, failed');
  return v;
}

const ADDRESS_ARGS = new Set(['address', 'delegator', 'voter', 'payer']);

interface QuerySpec {
  args: string[];
  run(s: Services, p: string[], a: Args): Promise<unknown>;
}

const QUERIES: Record<string, QuerySpec> = {
  'bank balances': { args: ['address'], run: async (s, [address], a) => protoJson(BankQ.QueryAllBalancesResponse, await s.bank.AllBalances(BankQ.QueryAllBalancesRequest.fromPartial({ address, ...page(a) }))) },
  'bank balance': { args: ['address', 'denom'], run: async (s, [address, denom]) => protoJson(BankQ.QueryBalanceResponse, await s.bank.Balance({ address: address!, denom: denom! })) },
  'auth account': { args: ['address'], run: async (s, [address]) => protoJson(AuthQ.QueryAccountResponse, await s.auth.Account({ address: address! })) },
  'staking validators': { args: [], run: async (s, _p, a) => protoJson(StakingQ.QueryValidatorsResponse, await s.staking.Validators(StakingQ.QueryValidatorsRequest.fromPartial({ status: '', ...page(a) }))) },
  'staking validator': { args: ['valoper'], run: async (s, [validatorAddr]) => protoJson(StakingQ.QueryValidatorResponse, await s.staking.Validator({ validatorAddr: validatorAddr! })) },
  'staking delegation': { args: ['delegator', 'valoper'], run: async (s, [delegatorAddr, validatorAddr]) => protoJson(StakingQ.QueryDelegationResponse, await s.staking.Delegation({ delegatorAddr: delegatorAddr!, validatorAddr: validatorAddr! })) },
  'staking delegations': { args: ['delegator'], run: async (s, [delegatorAddr], a) => protoJson(StakingQ.QueryDelegatorDelegationsResponse, await s.staking.DelegatorDelegations(StakingQ.QueryDelegatorDelegationsRequest.fromPartial({ delegatorAddr, ...page(a) }))) },
  'staking unbonding-delegation': { args: ['delegator', 'valoper'], run: async (s, [delegatorAddr, validatorAddr]) => protoJson(StakingQ.QueryUnbondingDelegationResponse, await s.staking.UnbondingDelegation({ delegatorAddr: delegatorAddr!, validatorAddr: validatorAddr! })) },
  'gov proposal': { args: ['id'], run: async (s, [p]) => protoJson(GovQ.QueryProposalResponse, await s.gov.Proposal({ proposalId: id(p!, 'proposal id') })) },
  'gov proposals': { args: [], run: async (s, _p, a) => protoJson(GovQ.QueryProposalsResponse, await s.gov.Proposals(GovQ.QueryProposalsRequest.fromPartial({ proposalStatus: status(a), ...page(a) }))) },
  'gov vote': { args: ['id', 'voter'], run: async (s, [p, voter]) => protoJson(GovQ.QueryVoteResponse, await s.gov.Vote({ proposalId: id(p!, 'proposal id'), voter: voter! })) },
  'gov votes': { args: ['id'], run: async (s, [p], a) => protoJson(GovQ.QueryVotesResponse, await s.gov.Votes(GovQ.QueryVotesRequest.fromPartial({ proposalId: id(p!, 'proposal id'), ...page(a) }))) },
  'gov deposits': { args: ['id'], run: async (s, [p], a) => protoJson(GovQ.QueryDepositsResponse, await s.gov.Deposits(GovQ.QueryDepositsRequest.fromPartial({ proposalId: id(p!, 'proposal id'), ...page(a) }))) },
  'gov tally': { args: ['id'], run: async (s, [p]) => protoJson(GovQ.QueryTallyResultResponse, await s.gov.TallyResult({ proposalId: id(p!, 'proposal id') })) },
  'wasm contract-state smart': {
    args: ['contract', 'json'],
    run: async (s, [address, json]) => {
      try {
        JSON.parse(json!);
      } catch (e) {
        throw new UsageError(`the query must be JSON, e.g. '{"verifier":{}}': ${(e as Error).message}`);
      }
      const r = await s.wasm.SmartContractState({ address: address!, queryData: toUtf8(json!) });
      return { data: jsonOrBase64(toBase64(r.data)) };
    },
  },
  'wasm contract-state raw': {
    args: ['contract', 'key'],
    run: async (s, [address, key], a) => {
      let queryData: Uint8Array;
      try {
        queryData = a.switches.has('ascii') ? toUtf8(key!) : a.switches.has('b64') ? fromBase64(key!) : fromHex(key!);
      } catch (e) {
        throw new UsageError(`the key ${JSON.stringify(key)} is not valid ${a.switches.has('b64') ? 'base64' : 'hex'} (${(e as Error).message}); pass --ascii for a text key`);
      }
      const r = await s.wasm.RawContractState({ address: address!, queryData });
      return { data: toBase64(r.data) };
    },
  },
  'wasm contract-state all': {
    args: ['contract'],
    run: async (s, [address], a) => {
      const r = await s.wasm.AllContractState(WasmQ.QueryAllContractStateRequest.fromPartial({ address, ...page(a) }));
      // wasmd's Model.key is HexBytes: upper-case hex in JSON; values are base64.
      const next = r.pagination?.nextKey;
      return { models: r.models.map((m) => ({ key: toHex(m.key).toUpperCase(), value: toBase64(m.value) })), pagination: { next_key: next === undefined || next.length === 0 ? null : toBase64(next), total: String(r.pagination?.total ?? 0n) } };
    },
  },
  'wasm contract': { args: ['address'], run: async (s, [address]) => protoJson(WasmQ.QueryContractInfoResponse, await s.wasm.ContractInfo({ address: address! })) },
  'wasm contract-history': { args: ['address'], run: async (s, [address], a) => protoJson(WasmQ.QueryContractHistoryResponse, await s.wasm.ContractHistory(WasmQ.QueryContractHistoryRequest.fromPartial({ address, ...page(a) }))) },
  'wasm code-info': { args: ['code_id'], run: async (s, [c]) => protoJson(WasmQ.QueryCodeInfoResponse, await s.wasm.CodeInfo({ codeId: id(c!, 'code id') })) },
  'wasm list-code': { args: [], run: async (s, _p, a) => protoJson(WasmQ.QueryCodesResponse, await s.wasm.Codes(WasmQ.QueryCodesRequest.fromPartial(page(a)))) },
  'wasm list-contract-by-code': { args: ['code_id'], run: async (s, [c], a) => protoJson(WasmQ.QueryContractsByCodeResponse, await s.wasm.ContractsByCode(WasmQ.QueryContractsByCodeRequest.fromPartial({ codeId: id(c!, 'code id'), ...page(a) }))) },
  tx: { args: ['hash'], run: (s, [hash]) => queryTx(s.conn, hash!) },
  ...Object.fromEntries(Object.entries(IBC_QUERIES).map(([k, q]) => [k, { args: q.args, run: (s: Services, p: string[]) => q.run({ conn: s.conn, protoJson }, p) }])),
  ...UPGRADE_QUERIES,
  ...ORACLE_QUERIES,
};

export async function queryTx(conn: Connection, hash: string): Promise<unknown> {
  if (!/^[0-9A-Fa-f]{64}$/.test(hash)) throw new UsageError(`a tx hash is 64 hex characters, got ${JSON.stringify(hash)}`);
  let r;
  try {
    r = await conn.comet.tx({ hash: fromHex(hash) });
  } catch (e) {
    throw new CliError(`tx ${hash.toUpperCase()} not found on ${conn.url} (${(e as Error).message}); it may not be in a block yet`);
  }
  // The SDK's TxResponse also carries the block time; a pruned block leaves it empty, as there.
  let timestamp = '';
  try {
    timestamp = (await conn.comet.block(r.height)).block.header.time.toISOString().replace(/\.\d+Z$/, 'Z');
  } catch {
    // Not fatal: the tx itself was found.
  }
  return {
    height: String(r.height),
    txhash: hash.toUpperCase(),
    codespace: r.result.codespace ?? '',
    code: r.result.code,
    data: r.result.data === undefined ? '' : toHex(r.result.data).toUpperCase(),
    raw_log: r.result.log ?? '',
    logs: [],
    info: '',
    gas_wanted: r.result.gasWanted.toString(),
    gas_used: r.result.gasUsed.toString(),
    tx: anyJson('/cosmos.tx.v1beta1.Tx', r.tx),
    timestamp,
    events: r.result.events,
  };
}

/** Finds the longest command name the positionals start with ("wasm contract-state smart" before "wasm contract"). */
function lookup(p: readonly string[]): [QuerySpec, string[]] | undefined {
  for (let n = Math.min(3, p.length); n >= 1; n--) {
    const spec = QUERIES[p.slice(0, n).join(' ')];
    if (spec !== undefined) return [spec, p.slice(n)];
  }
  return undefined;
}

export async function runQuery(argv: string[], io: CliIO): Promise<number> {
  if (printHelp(argv, io, QUERY_USAGE, 'query')) return 0;
  let a: Args | undefined;
  return runCommand('query', () => usageFor(QUERY_USAGE, ['query', ...(a?.positional.slice(0, 2) ?? [])]), io, () => a !== undefined && a.flags.get('output') === 'json', async () => {
    a = splitArgs(argv, [...COMMON_VALUED, 'limit', 'status', 'chain-id', ...UPGRADE_QUERY_FLAGS], ['ascii', 'b64', 'hex', ...ORACLE_QUERY_SWITCHES]);
    outputFormat(a);
    const found = lookup(a.positional);
    if (found === undefined) throw new UsageError(a.positional.length === 0 ? 'which query?' : `unknown query "${a.positional.join(' ')}"`);
    const [spec, names] = found;
    // Address arguments may name a keyring key, as `--from` does.
    const keyring = Keyring.load(keyringPath(a, io));
    const rest = names.map((x, i) => (ADDRESS_ARGS.has(spec.args[i] ?? '') ? keyring.find(x)?.address ?? x : x));
    if (rest.length !== spec.args.length) throw new UsageError(`expected ${spec.args.map((x) => `<${x}>`).join(' ') || 'no arguments'} after "${a.positional.slice(0, a.positional.length - rest.length).join(' ')}"`);
    const conn = await connect(a, io);
    try {
      const rpc = { request: (service: string, method: string, data: Uint8Array) => conn.abci(`/${service}/${method}`, data) };
      const s: Services = { conn, auth: new AuthQ.QueryClientImpl(rpc), bank: new BankQ.QueryClientImpl(rpc), staking: new StakingQ.QueryClientImpl(rpc), gov: new GovQ.QueryClientImpl(rpc), wasm: new WasmQ.QueryClientImpl(rpc) };
      printJson(io, await spec.run(s, rest, a));
      return 0;
    } finally {
      conn.close();
    }
  });
}
