// Generated from contracts/mesh/native_staking_proxy/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export const Unauthorized: string = "Unauthorized";
  export function InvalidDenom(denom: string): string {
    return "Try to send wrong denom: " + denom;
  }
  export function InsufficientDelegation(validator: string, amount: Uint128): string {
    return "Validator " + validator + " has not enough delegated funds: " + amount.toString();
  }
  export function InsufficientDelegations(proxy: string, amount: Uint128): string {
    return "Native proxy " + proxy + " has not enough delegated funds: " + amount.toString();
  }
}
