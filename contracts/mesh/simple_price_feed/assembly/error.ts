// Generated from contracts/mesh/simple_price_feed/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export const Unauthorized: string = "Unauthorized";
  export const ZeroPrice: string = "The price must be greater than zero";
  export const OutdatedPriceData: string = "Price data are outdated";
}
