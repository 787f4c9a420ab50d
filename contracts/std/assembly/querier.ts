/**
 * Querier: chain queries through `query_chain` (bank, staking, wasm smart/raw/contract info,
 * custom). Every query returns the decoded answer or an error text like cosmwasm-std 1.x
 * (`Generic error: Querier contract error: ...`, `Generic error: Querier system error: ...`).
 */
import { query_chain } from "./imports";
import { borrowRegion, releaseBorrowed, consumeRegion } from "./memory";
import { JsonReader } from "./json/reader";
import { JsonWriter } from "./json/writer";
import { Result, ok, err, genericErr, parseErr } from "./result";
import { Binary } from "./types/binary";
import { Coin, readCoins } from "./types/coin";
import { Decimal } from "./math/decimal";
import { Uint128 } from "./math/uint128";

const SYSTEM_RESULT = ["ok", "error"];
const CONTRACT_RESULT = ["ok", "error"];
const SYSTEM_ERRORS = ["invalid_request", "invalid_response", "no_such_contract", "no_such_code", "unknown", "unsupported_request"];

/** Builds a QueryRequest JSON: `{"<module>":{"<variant>":{...}}}` (see the query builders below). */
export class QueryRequest {
  constructor(public json: Uint8Array) {}
  static custom(json: Uint8Array): QueryRequest {
    const w = new JsonWriter();
    w.beginObject().key("custom").rawValue(json).endObject();
    return new QueryRequest(w.toBytes());
  }
}

function open(module: string, variant: string): JsonWriter {
  const w = new JsonWriter();
  w.beginObject().key(module).beginObject().key(variant).beginObject();
  return w;
}
function close(w: JsonWriter): QueryRequest {
  w.endObject().endObject().endObject();
  return new QueryRequest(w.toBytes());
}

export namespace BankQuery {
  export function balance(address: string, denom: string): QueryRequest {
    const w = open("bank", "balance");
    w.key("address").string(address).key("denom").string(denom);
    return close(w);
  }
  /** Removed in CosmWasm 3.0 hosts; still served by 1.x/2.x chains. */
  export function allBalances(address: string): QueryRequest {
    const w = open("bank", "all_balances");
    w.key("address").string(address);
    return close(w);
  }
  /** CosmWasm 1.1+ (cosmwasm_1_1). */
  export function supply(denom: string): QueryRequest {
    const w = open("bank", "supply");
    w.key("denom").string(denom);
    return close(w);
  }
}

export namespace StakingQuery {
  export function bondedDenom(): QueryRequest {
    return close(open("staking", "bonded_denom"));
  }
  export function allDelegations(delegator: string): QueryRequest {
    const w = open("staking", "all_delegations");
    w.key("delegator").string(delegator);
    return close(w);
  }
  export function delegation(delegator: string, validator: string): QueryRequest {
    const w = open("staking", "delegation");
    w.key("delegator").string(delegator).key("validator").string(validator);
    return close(w);
  }
  export function allValidators(): QueryRequest {
    return close(open("staking", "all_validators"));
  }
  export function validator(address: string): QueryRequest {
    const w = open("staking", "validator");
    w.key("address").string(address);
    return close(w);
  }
}

export namespace WasmQuery {
  export function smart(contractAddr: string, msg: Binary): QueryRequest {
    const w = open("wasm", "smart");
    w.key("contract_addr").string(contractAddr).key("msg");
    msg.writeJson(w);
    return close(w);
  }
  export function raw(contractAddr: string, key: Binary): QueryRequest {
    const w = open("wasm", "raw");
    w.key("contract_addr").string(contractAddr).key("key");
    key.writeJson(w);
    return close(w);
  }
  export function contractInfo(contractAddr: string): QueryRequest {
    const w = open("wasm", "contract_info");
    w.key("contract_addr").string(contractAddr);
    return close(w);
  }
  /** CosmWasm 1.2+ (cosmwasm_1_2). */
  export function codeInfo(codeId: u64): QueryRequest {
    const w = open("wasm", "code_info");
    w.key("code_id").u64(codeId);
    return close(w);
  }
}

function get(m: Map<string, string>, k: string): string {
  return m.has(k) ? m.get(k) : "";
}

/** Formats a SystemError like cosmwasm-std's Display. */
function systemErrorText(r: JsonReader): string {
  const v = r.beginEnum(SYSTEM_ERRORS);
  if (v < 0) return "Unknown system error";
  if (r.enumIsUnit) return "Unknown system error";
  const fields = new Map<string, string>();
  let first = true;
  if (r.beginObject()) {
    while (true) {
      const k = r.nextKey(first);
      if (k === null) break;
      first = false;
      r.colon();
      const c = r.ws();
      if (c == 0x22) fields.set(k, r.readString());
      else {
        const raw = r.readRawValue();
        fields.set(k, String.UTF8.decodeUnsafe(raw.dataStart, <usize>raw.length));
      }
    }
    r.endObject();
  }
  if (v == 0) return "Cannot parse request: " + get(fields, "error") + " in: " + get(fields, "request");
  if (v == 1) return "Cannot parse response: " + get(fields, "error") + " in: " + get(fields, "response");
  if (v == 2) return "No such contract: " + get(fields, "addr");
  if (v == 3) return "No such code: " + get(fields, "code_id");
  if (v == 4) return "Unknown system error";
  return "Unsupported query type: " + get(fields, "kind");
}

export class ContractInfoResponse {
  codeId: u64 = 0;
  creator: string = "";
  admin: string | null = null;
  pinned: bool = false;
  ibcPort: string | null = null;
}
const CONTRACT_INFO_FIELDS = ["code_id", "creator", "admin", "pinned", "ibc_port"];

export class Validator {
  address: string = "";
  commission: Decimal = Decimal.zero();
  maxCommission: Decimal = Decimal.zero();
  maxChangeRate: Decimal = Decimal.zero();
}
const VALIDATOR_FIELDS = ["address", "commission", "max_commission", "max_change_rate"];

function readValidator(r: JsonReader): Validator {
  const v = new Validator();
  const s = r.struct(VALIDATOR_FIELDS, false);
  let f: i32;
  while ((f = s.next()) >= 0) {
    if (f == 0) v.address = r.readString();
    else if (f == 1) v.commission = Decimal.readJson(r);
    else if (f == 2) v.maxCommission = Decimal.readJson(r);
    else v.maxChangeRate = Decimal.readJson(r);
  }
  s.end(0b1111);
  return v;
}

export class Querier {
  /**
   * Sends a QueryRequest and returns the raw answer bytes (the contract/module's JSON), or an
   * error text.
   */
  rawQuery(request: QueryRequest): Result<Uint8Array> {
    const req = borrowRegion(request.json);
    const resRegion = <usize>query_chain(<u32>req);
    releaseBorrowed(req);
    const bytes = consumeRegion(resRegion);
    const r = new JsonReader(bytes);
    const outer = r.beginEnum(SYSTEM_RESULT);
    if (outer < 0 || !r.expectPayloadVariant()) return err<Uint8Array>(genericErr("Querier returned invalid JSON: " + (r.error !== null ? <string>r.error : "")));
    if (outer == 1) {
      const text = systemErrorText(r);
      return err<Uint8Array>(genericErr("Querier system error: " + text));
    }
    const inner = r.beginEnum(CONTRACT_RESULT);
    if (inner < 0 || !r.expectPayloadVariant()) return err<Uint8Array>(genericErr("Querier returned invalid JSON: " + (r.error !== null ? <string>r.error : "")));
    if (inner == 1) {
      const text = r.readString();
      return err<Uint8Array>(genericErr("Querier contract error: " + text));
    }
    const data = Binary.readJson(r);
    r.endEnum();
    r.endEnum();
    r.finish();
    if (r.failed) return err<Uint8Array>(genericErr("Querier returned invalid JSON: " + <string>r.error));
    return ok(data.data);
  }

  /** Sends a request and decodes the answer with `decode`. */
  query<T>(request: QueryRequest, decode: (r: JsonReader) => T, typeName: string): Result<T> {
    const raw = this.rawQuery(request);
    if (raw.isErr) return raw.castErr<T>();
    const r = new JsonReader(raw.value);
    const v = decode(r);
    r.finish();
    if (r.failed) return err<T>(parseErr(typeName, <string>r.error));
    return ok(v);
  }

  queryBalance(address: string, denom: string): Result<Coin> {
    return this.query<Coin>(BankQuery.balance(address, denom), readAmountCoin, "cosmwasm_std::query::bank::BalanceResponse");
  }

  queryAllBalances(address: string): Result<Coin[]> {
    return this.query<Coin[]>(BankQuery.allBalances(address), readAmountCoins, "cosmwasm_std::query::bank::AllBalanceResponse");
  }

  querySupply(denom: string): Result<Coin> {
    return this.query<Coin>(BankQuery.supply(denom), readAmountCoin, "cosmwasm_std::query::bank::SupplyResponse");
  }

  queryBondedDenom(): Result<string> {
    return this.query<string>(StakingQuery.bondedDenom(), readDenom, "cosmwasm_std::query::staking::BondedDenomResponse");
  }

  queryAllValidators(): Result<Validator[]> {
    return this.query<Validator[]>(StakingQuery.allValidators(), readValidators, "cosmwasm_std::query::staking::AllValidatorsResponse");
  }

  /** Raw JSON of `{"delegation": FullDelegation | null}` (the full shape varies by version). */
  queryDelegationRaw(delegator: string, validator: string): Result<Uint8Array> {
    return this.rawQuery(StakingQuery.delegation(delegator, validator));
  }

  /** Raw JSON of `{"delegations": [...]}`. */
  queryAllDelegationsRaw(delegator: string): Result<Uint8Array> {
    return this.rawQuery(StakingQuery.allDelegations(delegator));
  }

  /** A smart query: the target contract's JSON answer as bytes. */
  querySmart(contractAddr: string, msg: Uint8Array): Result<Uint8Array> {
    return this.rawQuery(WasmQuery.smart(contractAddr, new Binary(msg)));
  }

  /** A raw storage read of another contract; null if the key is absent. */
  queryRaw(contractAddr: string, key: Uint8Array): Result<Uint8Array | null> {
    const r = this.rawQuery(WasmQuery.raw(contractAddr, new Binary(key)));
    if (r.isErr) return r.castErr<Uint8Array | null>();
    return ok<Uint8Array | null>(r.value.length == 0 ? null : r.value);
  }

  queryContractInfo(contractAddr: string): Result<ContractInfoResponse> {
    return this.query<ContractInfoResponse>(WasmQuery.contractInfo(contractAddr), readContractInfo, "cosmwasm_std::query::wasm::ContractInfoResponse");
  }

  /** A chain-specific query: `{"custom": json}`. */
  queryCustom(json: Uint8Array): Result<Uint8Array> {
    return this.rawQuery(QueryRequest.custom(json));
  }
}

const AMOUNT_FIELDS = ["amount"];
function readAmountCoin(r: JsonReader): Coin {
  let c = new Coin("", Uint128.zero());
  const s = r.struct(AMOUNT_FIELDS, false);
  while (s.next() >= 0) c = Coin.readJson(r);
  s.end(0b1);
  return c;
}
function readAmountCoins(r: JsonReader): Coin[] {
  let c: Coin[] = [];
  const s = r.struct(AMOUNT_FIELDS, false);
  while (s.next() >= 0) c = readCoins(r);
  s.end(0b1);
  return c;
}
const DENOM_FIELDS = ["denom"];
function readDenom(r: JsonReader): string {
  let d = "";
  const s = r.struct(DENOM_FIELDS, false);
  while (s.next() >= 0) d = r.readString();
  s.end(0b1);
  return d;
}
const VALIDATORS_FIELDS = ["validators"];
function readValidators(r: JsonReader): Validator[] {
  const out = new Array<Validator>();
  const s = r.struct(VALIDATORS_FIELDS, false);
  while (s.next() >= 0) {
    if (r.beginArray()) {
      let first = true;
      while (r.nextElement(first)) {
        first = false;
        out.push(readValidator(r));
      }
      r.endArray();
    }
  }
  s.end(0b1);
  return out;
}
function readContractInfo(r: JsonReader): ContractInfoResponse {
  const c = new ContractInfoResponse();
  const s = r.struct(CONTRACT_INFO_FIELDS, false);
  let f: i32;
  while ((f = s.next()) >= 0) {
    if (f == 0) c.codeId = r.readU64();
    else if (f == 1) c.creator = r.readString();
    else if (f == 2) c.admin = r.readNull() ? null : r.readString();
    else if (f == 3) c.pinned = r.readBool();
    else c.ibcPort = r.readNull() ? null : r.readString();
  }
  s.end(0b1011);
  return c;
}
