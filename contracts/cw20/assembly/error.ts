/** cw20-base's ContractError texts (thiserror Display), plus StdError texts it passes through. */
import { genericErr } from "../../std/assembly";

export const UNAUTHORIZED = "Unauthorized";
export const CANNOT_SET_OWN_ACCOUNT = "Cannot set to own account";
/** Kept for completeness: cw20-base 1.0.1 as built (see README) no longer rejects zero amounts. */
export const INVALID_ZERO_AMOUNT = "Invalid zero amount";
export const EXPIRED = "Allowance is expired";
export const NO_ALLOWANCE = "No allowance for this account";
export const CANNOT_EXCEED_CAP = "Minting cannot exceed the cap";
export const LOGO_TOO_BIG = "Logo binary data exceeds 5KB limit";
export const INVALID_XML_PREAMBLE = "Invalid xml preamble for SVG";
export const INVALID_PNG_HEADER = "Invalid png header";
export const INVALID_EXPIRATION = "Invalid expiration value";
export const DUPLICATE_INITIAL_BALANCE_ADDRESSES = "Duplicate initial balance addresses";

export const INVALID_NAME = genericErr("Name is not in the expected format (3-50 UTF-8 bytes)");
export const INVALID_SYMBOL = genericErr("Ticker symbol is not in expected format [a-zA-Z\\-]{3,12}");
export const INVALID_DECIMALS = genericErr("Decimals must not exceed 18");
export const INITIAL_SUPPLY_OVER_CAP = genericErr("Initial supply greater than cap");
