/** The vault's error texts (upstream `ContractError` Display strings). */

import { ValueRange } from "../../common/assembly/range";

export const UNAUTHORIZED = "Unauthorized";
export function unexpectedDenom(denom: string): string {
  return "All denoms are expected to be " + denom;
}
export function claimsLocked(free: ValueRange): string {
  return "Claim is locked, only " + free.toString() + " can be unbonded";
}
/** (sic) upstream's spelling of the variant; the text is spelled right. */
export const INSUFFICENT_BALANCE = "The address doesn't have sufficient balance for this operation";
export const UNKNOWN_LIENHOLDER = "The lienholder doesn't have any claims";
export const INSUFFICIENT_LIEN = "The lienholder doesn't have enough claims for the action";
export function invalidReplyId(id: u64): string {
  return "Invalid reply id: " + id.toString();
}
export function wrongTypeTx(id: u64, txDebug: string): string {
  return "The tx " + id.toString() + " exists but is of the wrong type: " + txDebug;
}
export function wrongContractTx(id: u64, addr: string): string {
  return "The tx " + id.toString() + " exists but comes from the wrong address: " + addr;
}
export const NO_LOCAL_STAKING = "No local staking configured";
export const NO_CLAIM = "No claim found";
/** Ours (cw20 collateral has no upstream): a cw20 vault cannot create a native local staker. */
export const CW20_LOCAL_STAKING = "A cw20 collateral vault cannot have a local staking contract";
export const DENOM_AND_COLLATERAL = "Instantiate takes exactly one of `denom` and `collateral`";

