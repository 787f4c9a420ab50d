/** Policies (B2 "Policy") and the chain facts they are checked against. */
import { Deps, Result, ok, err, $try, parseMsg, WasmQuery } from "../../std/assembly";
import { Config, Policy, CodeInfoAnswer, PostCheckKind } from "./msg";
import { ContractError } from "./error";
import { POLICIES } from "./state";

function isHex64(s: string): bool {
  if (s.length != 64) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

export function validatePolicy(p: Policy): Result<bool> {
  const sums = p.allowedChecksums;
  if (sums !== null) {
    for (let i = 0; i < sums.length; i++) {
      if (!isHex64(sums[i])) return err<bool>(ContractError.InvalidConfig("allowed_checksums entries are 64 lowercase hex characters, got " + sums[i]));
    }
  }
  if (p.postCheck.kind == PostCheckKind.Cw2 && p.postCheck.cw2!.contractName.length == 0) return err<bool>(ContractError.InvalidConfig("post_check cw2 needs a contract_name"));
  if (p.hasGasLimit && p.gasLimit == 0) return err<bool>(ContractError.InvalidConfig("gas_limit must be positive when set"));
  return ok(true);
}

/** The contract's own policy, or the default. */
export function effectivePolicy(deps: Deps, cfg: Config, contract: string): Policy {
  const p = POLICIES.mayLoad(deps.storage, contract);
  return p === null ? cfg.defaultPolicy : p;
}

/** The code's checksum (lowercase hex) from `WasmQuery::CodeInfo`, or `unknown_code`. */
export function codeChecksum(deps: Deps, codeId: u64): Result<string> {
  const raw = deps.querier.rawQuery(WasmQuery.codeInfo(codeId));
  if (raw.isErr) return err<string>(ContractError.UnknownCode(codeId, raw.error!));
  const info = $try(parseMsg<CodeInfoAnswer>(raw.value, "cosmwasm_std::query::wasm::CodeInfoResponse", CodeInfoAnswer.readJson));
  return ok(info.checksum.toLowerCase());
}
