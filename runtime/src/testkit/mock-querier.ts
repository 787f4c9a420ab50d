/**
 * A chain querier with the behaviour of cosmwasm-vm's `MockQuerier` (packages/vm/src/testing/querier.rs,
 * wrapping cosmwasm-std's testing `MockQuerier`, both at 3.0.9):
 *
 * - bank: balance, all_balances (removed from std 3.0 but still used by 1.x/2.x contracts),
 *   supply (sum over all balances), denom_metadata, all_denom_metadata with pagination;
 * - staking: bonded_denom, all_validators, validator, all_delegations, delegation;
 * - distribution: delegator_withdraw_address, delegator_validators, delegation_rewards, delegation_total_rewards;
 * - ibc: port_id, channel, list_channels;
 * - wasm: smart / raw / contract_info / code_info through registered contracts or a pluggable handler;
 *   an unknown contract is `no_such_contract`, an unknown code `no_such_code`;
 * - custom: pluggable handler, default `unsupported_request {kind:"custom"}`;
 * - stargate/grpc: `unsupported_request` ("Stargate" / "GRPC") as upstream.
 * An unparsable request is `invalid_request` carrying the request bytes.
 *
 * The reply is the JSON of `SystemResult<ContractResult<Binary>>`:
 * `{"ok":{"ok":"<b64>"}}`, `{"ok":{"error":"…"}}` or `{"error":{<system error>}}`.
 * Gas (CosmWasm units): 100 000 flat + 100 per byte of that reply JSON (upstream constants).
 */
import type { BackendQuerier, BackendResult } from '../backend.js';
import type { Coin, ContractResult } from '../types.js';

export type SystemError =
  | { invalid_request: { error: string; request: string } }
  | { invalid_response: { error: string; response: string } }
  | { no_such_contract: { addr: string } }
  | { no_such_code: { code_id: number } }
  | { unknown: Record<string, never> }
  | { unsupported_request: { kind: string } };

/** A querier answer before serialization: `ok` is the ContractResult of the raw response bytes. */
export type QuerierResult = { ok: ContractResult<Uint8Array> } | { error: SystemError };

/** Answers a smart query to `contractAddr`. May add `gas` (CosmWasm units) on top of the querier's own cost. */
export type WasmSmartHandler = (contractAddr: string, msg: Uint8Array, gasLimit: number) => QuerierResult & { gas?: number };
export type CustomQueryHandler = (query: unknown, gasLimit: number) => QuerierResult & { gas?: number };

export interface Validator {
  address: string;
  /** Decimal strings, e.g. "0.05". */
  commission: string;
  max_commission: string;
  max_change_rate: string;
}

export interface FullDelegation {
  delegator: string;
  validator: string;
  amount: Coin;
  can_redelegate: Coin;
  accumulated_rewards: Coin[];
}

export interface DenomUnit {
  denom: string;
  exponent: number;
  aliases: string[];
}

export interface DenomMetadata {
  description: string;
  denom_units: DenomUnit[];
  base: string;
  display: string;
  name: string;
  symbol: string;
  uri: string;
  uri_hash: string;
}

export interface ContractInfoResponse {
  code_id: number;
  creator: string;
  admin: string | null;
  pinned: boolean;
  ibc_port: string | null;
  ibc2_port?: string | null;
}

export interface IbcChannel {
  endpoint: { port_id: string; channel_id: string };
  counterparty_endpoint: { port_id: string; channel_id: string };
  order: string;
  version: string;
  connection_id: string;
}

/** A contract the mock wasm querier knows. */
export interface MockContract {
  /** Smart-query handler; without one a smart query to this address is `no_such_contract`. */
  smart?: (msg: Uint8Array, gasLimit: number) => QuerierResult & { gas?: number };
  /** Raw storage of the contract for `wasm.raw`. */
  raw?: (key: Uint8Array) => Uint8Array | null;
  info?: ContractInfoResponse;
}

export interface MockQuerierGas {
  flat: number;
  perRequestByte: number;
  perResponseByte: number;
}

export const DEFAULT_QUERIER_GAS: Readonly<MockQuerierGas> = Object.freeze({
  flat: 100_000,
  perRequestByte: 0,
  perResponseByte: 100,
});

export interface MockQuerierOptions {
  /** Bank balances by address (sets supplies too). */
  balances?: Record<string, Coin[]>;
  staking?: { denom: string; validators?: Validator[]; delegations?: FullDelegation[] };
  denomMetadata?: DenomMetadata[];
  gas?: Partial<MockQuerierGas>;
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64');
}

function fromB64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64'));
}

function okJson(value: unknown): QuerierResult {
  return { ok: { ok: enc.encode(JSON.stringify(value)) } };
}

class RequestError extends Error {}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The single `{variant: payload}` of a serde enum. */
function variant(v: unknown, what: string): [string, unknown] {
  if (!isObj(v)) throw new RequestError(`${what}: expected an object`);
  const keys = Object.keys(v);
  if (keys.length !== 1) throw new RequestError(`${what}: expected exactly one variant, got ${keys.length}`);
  return [keys[0]!, v[keys[0]!]];
}

function str(o: unknown, field: string): string {
  if (!isObj(o)) throw new RequestError(`expected an object with field \`${field}\``);
  const v = o[field];
  if (typeof v !== 'string') throw new RequestError(`missing field \`${field}\``);
  return v;
}

function emptyPayload(o: unknown): void {
  if (!isObj(o)) throw new RequestError('expected an empty object');
}

export class MockQuerier implements BackendQuerier {
  readonly gas: MockQuerierGas;
  private balances = new Map<string, Coin[]>();
  private supplies = new Map<string, bigint>();
  private denomMetadata: DenomMetadata[] = [];
  stakingDenom = '';
  validators: Validator[] = [];
  delegations: FullDelegation[] = [];
  withdrawAddresses = new Map<string, string>();
  delegatorValidators = new Map<string, string[]>();
  /** rewards[delegator][validator] = DecCoin[] ({denom, amount: Decimal256 string}) */
  rewards = new Map<string, Map<string, { denom: string; amount: string }[]>>();
  ibcPortId = '';
  ibcChannels: IbcChannel[] = [];
  private contracts = new Map<string, MockContract>();
  private smartHandler: WasmSmartHandler | undefined;
  private customHandler: CustomQueryHandler | undefined;
  private codes = new Map<number, { creator: string; checksum: string }>();

  constructor(opts: MockQuerierOptions = {}) {
    this.gas = { ...DEFAULT_QUERIER_GAS, ...opts.gas };
    for (const [addr, coins] of Object.entries(opts.balances ?? {})) this.balances.set(addr, coins.map((c) => ({ ...c })));
    this.recalcSupplies();
    if (opts.staking) this.updateStaking(opts.staking.denom, opts.staking.validators ?? [], opts.staking.delegations ?? []);
    if (opts.denomMetadata) this.setDenomMetadata(opts.denomMetadata);
  }

  // ---- configuration -------------------------------------------------------------------------

  /** Sets the balance of `addr`; returns the old one. */
  updateBalance(addr: string, coins: Coin[]): Coin[] | undefined {
    const old = this.balances.get(addr);
    this.balances.set(addr, coins.map((c) => ({ ...c })));
    this.recalcSupplies();
    return old;
  }

  getBalance(addr: string): Coin[] {
    return (this.balances.get(addr) ?? []).map((c) => ({ ...c }));
  }

  updateStaking(denom: string, validators: Validator[], delegations: FullDelegation[]): void {
    this.stakingDenom = denom;
    this.validators = validators.map((v) => ({ ...v }));
    this.delegations = delegations.map((d) => ({ ...d }));
  }

  setDenomMetadata(list: DenomMetadata[]): void {
    // BTreeMap keyed by base bytes: sorted by UTF-8 byte order, last one wins.
    const byBase = new Map<string, DenomMetadata>();
    for (const m of list) byBase.set(m.base, m);
    this.denomMetadata = [...byBase.values()].sort((a, b) => Buffer.compare(enc.encode(a.base), enc.encode(b.base)));
  }

  updateIbc(portId: string, channels: IbcChannel[]): void {
    this.ibcPortId = portId;
    this.ibcChannels = channels;
  }

  /** Registers (or replaces) a contract for `wasm.*` queries. */
  registerContract(addr: string, contract: MockContract): void {
    this.contracts.set(addr, contract);
  }

  registerCode(codeId: number, creator: string, checksumHex: string): void {
    this.codes.set(codeId, { creator, checksum: checksumHex });
  }

  /** A fallback smart-query handler for addresses without a registered contract. */
  setSmartHandler(handler: WasmSmartHandler | undefined): void {
    this.smartHandler = handler;
  }

  setCustomHandler(handler: CustomQueryHandler | undefined): void {
    this.customHandler = handler;
  }

  private recalcSupplies(): void {
    this.supplies = new Map();
    for (const coins of this.balances.values()) {
      for (const c of coins) this.supplies.set(c.denom, (this.supplies.get(c.denom) ?? 0n) + BigInt(c.amount));
    }
  }

  // ---- BackendQuerier ------------------------------------------------------------------------

  query(request: Uint8Array, gasLimit: number): BackendResult<Uint8Array> {
    const { result, gas: extraGas } = this.handleRaw(request, gasLimit);
    const bytes = MockQuerier.serialize(result);
    const gas =
      this.gas.flat + this.gas.perRequestByte * request.length + this.gas.perResponseByte * bytes.length + (extraGas ?? 0);
    // Upstream returns BackendError::OutOfGas when gas > gasLimit; the VM turns a backend gas
    // figure above what is left into out-of-gas, so the figure is simply reported.
    return { value: bytes, gas };
  }

  /** `SystemResult<ContractResult<Binary>>` JSON bytes. */
  static serialize(result: QuerierResult): Uint8Array {
    if ('error' in result) return enc.encode(JSON.stringify({ error: result.error }));
    const cr = result.ok;
    if ('ok' in cr) return enc.encode(`{"ok":{"ok":"${b64(cr.ok)}"}}`);
    return enc.encode(JSON.stringify({ ok: { error: cr.error } }));
  }

  /** Parses and answers a raw request (no gas). */
  handleRaw(request: Uint8Array, gasLimit: number): { result: QuerierResult; gas?: number } {
    let parsed: unknown;
    try {
      parsed = JSON.parse(dec.decode(request));
    } catch (e) {
      return { result: invalidRequest(`Parsing query request: ${(e as Error).message}`, request) };
    }
    try {
      return this.handle(parsed, gasLimit);
    } catch (e) {
      if (e instanceof RequestError) return { result: invalidRequest(`Parsing query request: ${e.message}`, request) };
      throw e;
    }
  }

  private handle(req: unknown, gasLimit: number): { result: QuerierResult; gas?: number } {
    const [kind, payload] = variant(req, 'QueryRequest');
    switch (kind) {
      case 'bank':
        return { result: this.bank(payload) };
      case 'staking':
        return { result: this.staking(payload) };
      case 'distribution':
        return { result: this.distribution(payload) };
      case 'ibc':
        return { result: this.ibc(payload) };
      case 'wasm':
        return this.wasm(payload, gasLimit);
      case 'custom': {
        if (this.customHandler === undefined) return { result: { error: { unsupported_request: { kind: 'custom' } } } };
        const r = this.customHandler(payload, gasLimit);
        return { result: stripGas(r), gas: r.gas };
      }
      case 'stargate':
        return { result: { error: { unsupported_request: { kind: 'Stargate' } } } };
      case 'grpc':
        return { result: { error: { unsupported_request: { kind: 'GRPC' } } } };
      default:
        throw new RequestError(
          `unknown variant \`${kind}\`, expected one of \`bank\`, \`custom\`, \`staking\`, \`distribution\`, \`stargate\`, \`ibc\`, \`wasm\`, \`grpc\``,
        );
    }
  }

  private bank(payload: unknown): QuerierResult {
    const [q, args] = variant(payload, 'BankQuery');
    switch (q) {
      case 'balance': {
        const address = str(args, 'address');
        const denom = str(args, 'denom');
        const found = this.balances.get(address)?.find((c) => c.denom === denom);
        return okJson({ amount: { denom, amount: found ? found.amount : '0' } });
      }
      case 'all_balances': {
        const address = str(args, 'address');
        return okJson({ amount: this.balances.get(address) ?? [] });
      }
      case 'supply': {
        const denom = str(args, 'denom');
        return okJson({ amount: { denom, amount: (this.supplies.get(denom) ?? 0n).toString() } });
      }
      case 'denom_metadata': {
        const denom = str(args, 'denom');
        const m = this.denomMetadata.find((d) => d.base === denom);
        if (m === undefined) return { error: { unknown: {} } };
        return okJson({ metadata: m });
      }
      case 'all_denom_metadata': {
        if (!isObj(args)) throw new RequestError('expected an object');
        const p = args['pagination'];
        let key: Uint8Array | null = null;
        let limit = 100;
        let reverse = false;
        if (p !== null && p !== undefined) {
          if (!isObj(p)) throw new RequestError('invalid pagination');
          if (typeof p['key'] === 'string') key = fromB64(p['key']);
          else if (p['key'] !== null && p['key'] !== undefined) throw new RequestError('invalid pagination key');
          if (typeof p['limit'] !== 'number') throw new RequestError('missing field `limit`');
          limit = p['limit'];
          if (typeof p['reverse'] !== 'boolean') throw new RequestError('missing field `reverse`');
          reverse = p['reverse'];
        }
        let items = this.denomMetadata;
        if (key !== null) {
          const k = key;
          items = items.filter((m) => {
            const c = Buffer.compare(enc.encode(m.base), k);
            return reverse ? c <= 0 : c >= 0;
          });
        }
        if (reverse) items = [...items].reverse();
        const taken = items.slice(0, limit + 1);
        let nextKey: string | null = null;
        if (taken.length > limit) {
          const last = taken.pop()!;
          nextKey = b64(enc.encode(last.base));
        }
        return okJson({ metadata: taken, next_key: nextKey });
      }
      default:
        throw new RequestError(`unknown variant \`${q}\` of BankQuery`);
    }
  }

  private staking(payload: unknown): QuerierResult {
    const [q, args] = variant(payload, 'StakingQuery');
    switch (q) {
      case 'bonded_denom':
        emptyPayload(args);
        return okJson({ denom: this.stakingDenom });
      case 'all_validators':
        emptyPayload(args);
        return okJson({ validators: this.validators.map(validatorJson) });
      case 'validator': {
        const address = str(args, 'address');
        const v = this.validators.find((x) => x.address === address);
        return okJson({ validator: v ? validatorJson(v) : null });
      }
      case 'all_delegations': {
        const delegator = str(args, 'delegator');
        const delegations = this.delegations
          .filter((d) => d.delegator === delegator)
          .map((d) => ({ delegator: d.delegator, validator: d.validator, amount: d.amount }));
        return okJson({ delegations });
      }
      case 'delegation': {
        const delegator = str(args, 'delegator');
        const validator = str(args, 'validator');
        const d = this.delegations.find((x) => x.delegator === delegator && x.validator === validator);
        return okJson({
          delegation: d
            ? {
                delegator: d.delegator,
                validator: d.validator,
                amount: d.amount,
                can_redelegate: d.can_redelegate,
                accumulated_rewards: d.accumulated_rewards,
              }
            : null,
        });
      }
      default:
        throw new RequestError(`unknown variant \`${q}\` of StakingQuery`);
    }
  }

  private distribution(payload: unknown): QuerierResult {
    const [q, args] = variant(payload, 'DistributionQuery');
    switch (q) {
      case 'delegator_withdraw_address': {
        const d = str(args, 'delegator_address');
        return okJson({ withdraw_address: this.withdrawAddresses.get(d) ?? d });
      }
      case 'delegator_validators': {
        const d = str(args, 'delegator_address');
        return okJson({ validators: [...(this.delegatorValidators.get(d) ?? [])].sort() });
      }
      case 'delegation_rewards': {
        const d = str(args, 'delegator_address');
        const v = str(args, 'validator_address');
        return okJson({ rewards: this.rewards.get(d)?.get(v) ?? [] });
      }
      case 'delegation_total_rewards': {
        const d = str(args, 'delegator_address');
        const byVal = this.rewards.get(d);
        const rewards = byVal
          ? [...byVal.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([validator_address, reward]) => ({ validator_address, reward }))
          : [];
        // Totals per denom (Decimal256 strings summed exactly with 18 fractional digits).
        const totals = new Map<string, bigint>();
        for (const r of rewards) for (const c of r.reward) totals.set(c.denom, (totals.get(c.denom) ?? 0n) + decToAtomics(c.amount));
        const total = [...totals.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([denom, atomics]) => ({ denom, amount: atomicsToDec(atomics) }));
        return okJson({ rewards, total });
      }
      default:
        throw new RequestError(`unknown variant \`${q}\` of DistributionQuery`);
    }
  }

  private ibc(payload: unknown): QuerierResult {
    const [q, args] = variant(payload, 'IbcQuery');
    switch (q) {
      case 'port_id':
        emptyPayload(args);
        return okJson({ port_id: this.ibcPortId });
      case 'channel': {
        const channelId = str(args, 'channel_id');
        const port = isObj(args) && typeof args['port_id'] === 'string' ? (args['port_id'] as string) : this.ibcPortId;
        const ch = this.ibcChannels.find((c) => c.endpoint.channel_id === channelId && c.endpoint.port_id === port);
        return okJson({ channel: ch ?? null });
      }
      case 'list_channels': {
        const port = isObj(args) && typeof args['port_id'] === 'string' ? (args['port_id'] as string) : this.ibcPortId;
        return okJson({ channels: this.ibcChannels.filter((c) => c.endpoint.port_id === port) });
      }
      default:
        throw new RequestError(`unknown variant \`${q}\` of IbcQuery`);
    }
  }

  private wasm(payload: unknown, gasLimit: number): { result: QuerierResult; gas?: number } {
    const [q, args] = variant(payload, 'WasmQuery');
    switch (q) {
      case 'smart': {
        const addr = str(args, 'contract_addr');
        const msg = fromB64(str(args, 'msg'));
        const c = this.contracts.get(addr);
        if (c?.smart) {
          const r = c.smart(msg, gasLimit);
          return { result: stripGas(r), gas: r.gas };
        }
        if (c === undefined && this.smartHandler) {
          const r = this.smartHandler(addr, msg, gasLimit);
          return { result: stripGas(r), gas: r.gas };
        }
        return { result: { error: { no_such_contract: { addr } } } };
      }
      case 'raw': {
        const addr = str(args, 'contract_addr');
        const key = fromB64(str(args, 'key'));
        const c = this.contracts.get(addr);
        if (c === undefined) return { result: { error: { no_such_contract: { addr } } } };
        return { result: { ok: { ok: c.raw?.(key) ?? new Uint8Array(0) } } };
      }
      case 'contract_info': {
        const addr = str(args, 'contract_addr');
        const c = this.contracts.get(addr);
        if (c?.info === undefined) return { result: { error: { no_such_contract: { addr } } } };
        return { result: okJson(c.info) };
      }
      case 'code_info': {
        if (!isObj(args) || typeof args['code_id'] !== 'number') throw new RequestError('missing field `code_id`');
        const codeId = args['code_id'];
        const code = this.codes.get(codeId);
        if (code === undefined) return { result: { error: { no_such_code: { code_id: codeId } } } };
        return { result: okJson({ code_id: codeId, creator: code.creator, checksum: code.checksum }) };
      }
      case 'raw_range': {
        const addr = str(args, 'contract_addr');
        return { result: { error: { no_such_contract: { addr } } } };
      }
      default:
        throw new RequestError(`unknown variant \`${q}\` of WasmQuery`);
    }
  }
}

function stripGas(r: QuerierResult & { gas?: number }): QuerierResult {
  return 'error' in r ? { error: r.error } : { ok: r.ok };
}

function invalidRequest(error: string, request: Uint8Array): QuerierResult {
  return { error: { invalid_request: { error, request: b64(request) } } };
}

function validatorJson(v: Validator): Validator {
  return { address: v.address, commission: v.commission, max_commission: v.max_commission, max_change_rate: v.max_change_rate };
}

const DEC_FRACTIONAL = 18;
function decToAtomics(s: string): bigint {
  const [i, f = ''] = s.split('.');
  return BigInt(i!) * 10n ** BigInt(DEC_FRACTIONAL) + BigInt((f + '0'.repeat(DEC_FRACTIONAL)).slice(0, DEC_FRACTIONAL) || '0');
}
function atomicsToDec(a: bigint): string {
  const base = 10n ** BigInt(DEC_FRACTIONAL);
  const i = a / base;
  const f = (a % base).toString().padStart(DEC_FRACTIONAL, '0').replace(/0+$/, '');
  return f.length ? `${i}.${f}` : i.toString();
}
