// Generated from contracts/upgrade_probe/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export const MigrateRefused: string = "migrate_refused: this migrate message asks the probe to fail";
}
