// Generated from contracts/counter/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export const Unauthorized: string = "Unauthorized";
  export const Frozen: string = "The counter is frozen";
  export function Overflow(count: u64, by: u64): string {
    return "Cannot add " + by.toString() + " to " + count.toString();
  }
}
