/**
 * What the contract reads of the chain's staking state: the `meshwork` custom queries (pos-spec
 * §7.2), read at the moment a vote is cast, so a validator jailed a block ago no longer votes and
 * quorum follows the bonded stake of now (spec §4.1–4.2, §5.1 pull path).
 */
import { Deps, Result, ok, err, $try, parseMsg, toJsonBinary, Uint128, QueryRequest, JsonWriter } from "../../std/assembly";
import { ChainValidator, ChainValidators, ChainValidatorOpt, ChainQuery, MeshworkQuery, ValidatorsChainQuery, ValidatorByAccountChainQuery, ValidatorChainQuery, Config, WithdrawAddressResponse } from "./msg";
import { ContractError } from "./error";
import { WORK_WEIGHT } from "./state";

const HUNDRED = Uint128.fromU64(100);

function ask(deps: Deps, q: ChainQuery): Result<Uint8Array> {
  return deps.querier.queryCustom(toJsonBinary(MeshworkQuery.Meshwork(q)).data);
}

/** Every validator (any status), in operator-address order; `status` narrows it. */
export function chainValidators(deps: Deps, status: string | null): Result<ChainValidator[]> {
  const raw = $try(ask(deps, ChainQuery.Validators(new ValidatorsChainQuery(status))));
  const list = $try(parseMsg<ChainValidators>(raw, "meshwork validators answer", ChainValidators.readJson));
  return ok(list.validators);
}

export function chainValidator(deps: Deps, operator: string): Result<ChainValidator | null> {
  const raw = $try(ask(deps, ChainQuery.Validator(new ValidatorChainQuery(operator))));
  const v = $try(parseMsg<ChainValidatorOpt>(raw, "meshwork validator answer", ChainValidatorOpt.readJson));
  return ok(v.validator);
}

/** The validator whose operator account is `account`, or null. */
export function validatorOfAccount(deps: Deps, account: string): Result<ChainValidator | null> {
  const raw = $try(ask(deps, ChainQuery.ValidatorByAccount(new ValidatorByAccountChainQuery(account))));
  const v = $try(parseMsg<ChainValidatorOpt>(raw, "meshwork validator answer", ChainValidatorOpt.readJson));
  return ok(v.validator);
}

/**
 * Where the distribution module sends `account`'s rewards (the account itself unless it set a
 * withdraw address): the standard `{"distribution":{"delegator_withdraw_address":…}}` query.
 */
export function withdrawAddress(deps: Deps, account: string): Result<string> {
  const w = new JsonWriter();
  w.beginObject().key("distribution").beginObject().key("delegator_withdraw_address").beginObject()
    .key("delegator_address").string(account).endObject().endObject().endObject();
  const raw = $try(deps.querier.rawQuery(new QueryRequest(w.toBytes())));
  const a = $try(parseMsg<WithdrawAddressResponse>(raw, "distribution withdraw address answer", WithdrawAddressResponse.readJson));
  return ok(a.withdrawAddress);
}

export function workWeight(deps: Deps, cfg: Config, validator: string): u64 {
  const w = WORK_WEIGHT.mayLoad(deps.storage, validator);
  if (w === null || w.value == 0) return cfg.initialWorkWeight == 0 ? 100 : cfg.initialWorkWeight;
  return w.value;
}

/** Oracle weight (§4.1): 0 unless bonded, unjailed and not tombstoned. */
export function oracleWeight(deps: Deps, cfg: Config, v: ChainValidator): Uint128 {
  if (v.status != "bonded" || v.jailed || v.tombstoned) return Uint128.zero();
  if (cfg.oracleWeightMode != "stake_times_work_weight") return v.tokens;
  if (v.tokens.isZero()) return Uint128.zero();
  const scaled = v.tokens.multiplyRatio(Uint128.fromU64(workWeight(deps, cfg, v.operator)), HUNDRED);
  return scaled.isZero() ? Uint128.one() : scaled;
}

export class Oracle {
  constructor(public validator: ChainValidator, public weight: Uint128) {}
}

/** The sender as an eligible oracle, or `unauthorized_oracle`. */
export function requireOracle(deps: Deps, cfg: Config, sender: string): Result<Oracle> {
  const v = $try(validatorOfAccount(deps, sender));
  if (v === null) return err<Oracle>(ContractError.UnauthorizedOracle(sender));
  const w = oracleWeight(deps, cfg, v);
  if (w.isZero()) return err<Oracle>(ContractError.UnauthorizedOracle(sender));
  return ok(new Oracle(v, w));
}

export function totalOracleWeight(deps: Deps, cfg: Config): Result<Uint128> {
  const vals = $try(chainValidators(deps, "bonded"));
  let total = Uint128.zero();
  for (let i = 0; i < vals.length; i++) total = total.saturatingAdd(oracleWeight(deps, cfg, vals[i]));
  return ok(total);
}

/** `required = 0 if total = 0, else max(1, ceil(total × q / 10000))` (§4.2). */
export function requiredWeight(total: Uint128, quorumBps: u32): Uint128 {
  if (total.isZero()) return Uint128.zero();
  const num = total.saturatingMul(Uint128.fromU64(quorumBps)).saturatingAdd(Uint128.fromU64(9999));
  const r = num.multiplyRatio(Uint128.one(), Uint128.fromU64(10000));
  return r.isZero() ? Uint128.one() : r;
}
