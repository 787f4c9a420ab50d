// Generated from contracts/cw20/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export const Unauthorized: string = "Unauthorized";
  export const CannotSetOwnAccount: string = "Cannot set to own account";
  export const InvalidZeroAmount: string = "Invalid zero amount";
  export const Expired: string = "Allowance is expired";
  export const NoAllowance: string = "No allowance for this account";
  export const CannotExceedCap: string = "Minting cannot exceed the cap";
  export const LogoTooBig: string = "Logo binary data exceeds 5KB limit";
  export const InvalidXmlPreamble: string = "Invalid xml preamble for SVG";
  export const InvalidPngHeader: string = "Invalid png header";
  export const InvalidExpiration: string = "Invalid expiration value";
  export const DuplicateInitialBalanceAddresses: string = "Duplicate initial balance addresses";
  export const InvalidName: string = "Generic error: Name is not in the expected format (3-50 UTF-8 bytes)";
  export const InvalidSymbol: string = "Generic error: Ticker symbol is not in expected format [a-zA-Z\\-]{3,12}";
  export const InvalidDecimals: string = "Generic error: Decimals must not exceed 18";
  export const InitialSupplyOverCap: string = "Generic error: Initial supply greater than cap";
}
