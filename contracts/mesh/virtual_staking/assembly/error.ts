// Generated from contracts/mesh/virtual_staking/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export const Unauthorized: string = "Unauthorized";
  export function WrongDenom(sent: string, expected: string): string {
    return "Wrong denom. Cannot stake " + sent + ", expected " + expected;
  }
  export function InsufficientBond(validator: string, amount: Uint128): string {
    return "Virtual Staking: Validator " + validator + " has not enough bond to unbond " + amount.toString();
  }
  export function InsufficientDelegations(amount: Uint128): string {
    return "Virtual Staking: Not enough delegations to burn " + amount.toString();
  }
  export function InvalidReplyId(id: u64): string {
    return "Invalid reply id: " + id.toString();
  }
}
