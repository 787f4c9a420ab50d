// Generated from contracts/mesh/vault/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export const Unauthorized: string = "Unauthorized";
  export function UnexpectedDenom(denom: string): string {
    return "All denoms are expected to be " + denom;
  }
  export function ClaimsLocked(range: string): string {
    return "Claim is locked, only " + range + " can be unbonded";
  }
  export const InsufficentBalance: string = "The address doesn't have sufficient balance for this operation";
  export const UnknownLienholder: string = "The lienholder doesn't have any claims";
  export const InsufficientLien: string = "The lienholder doesn't have enough claims for the action";
  export function InvalidReplyId(id: u64): string {
    return "Invalid reply id: " + id.toString();
  }
  export function WrongTypeTx(id: u64, tx: string): string {
    return "The tx " + id.toString() + " exists but is of the wrong type: " + tx;
  }
  export function WrongContractTx(id: u64, addr: string): string {
    return "The tx " + id.toString() + " exists but comes from the wrong address: " + addr;
  }
  export const NoLocalStaking: string = "No local staking configured";
  export const NoClaim: string = "No claim found";
  export const Cw20LocalStaking: string = "A cw20 collateral vault cannot have a local staking contract";
  export const DenomAndCollateral: string = "Instantiate takes exactly one of `denom` and `collateral`";
}
