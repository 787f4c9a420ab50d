// Generated from contracts/mesh/native_staking/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export const Unauthorized: string = "Unauthorized";
  export function InvalidReplyId(id: u64): string {
    return "Invalid reply id: " + id.toString();
  }
  export const NoInstantiateData: string = "Missing instantiate reply data";
  export function NoProxy(owner: string): string {
    return "Missing proxy contract for " + owner;
  }
  export const InvalidSlashRatio: string = "You cannot specify a slash ratio over 1.0 (100%)";
}
