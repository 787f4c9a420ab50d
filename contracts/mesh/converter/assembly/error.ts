// Generated from contracts/mesh/converter/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export const Unauthorized: string = "Unauthorized";
  export const InvalidDiscount: string = "Invalid discount, must be between 0.0 and 1.0";
  export function InvalidDenom(denom: string): string {
    return "Invalid denom: " + denom;
  }
  export function WrongDenom(sent: string, expected: string): string {
    return "Sent wrong denom over IBC: " + sent + ", expected " + expected;
  }
  export const InvalidPrice: string = "Invalid price, must be greater than 0.0";
  export function InvalidReplyId(id: u64): string {
    return "Invalid reply id: " + id.toString();
  }
  export const NoInstantiateData: string = "Missing instantiate reply data";
  export function DistributeRewardsInvalidAmount(sum: Uint128, sent: Uint128): string {
    return "Sum of rewards (" + sum.toString() + ") doesn't match funds sent (" + sent.toString() + ")";
  }
  export const IbcChannelAlreadyOpen: string = "The IBC channel is already open";
  export const IbcOpenTryDisallowed: string = "You must start the channel handshake on this side, it doesn't support OpenTry";
  export function InvalidChannelOrder(order: string): string {
    return "Invalid IBC channel order " + order + ", only unordered channels are supported";
  }
  export function InvalidProtocol(protocol: string): string {
    return "Invalid protocol " + protocol + ", expected mesh-security";
  }
  export function VersionTooOld(version: string, min: string): string {
    return "Counterparty version " + version + " is too old, the minimum is " + min;
  }
  export function VersionTooNew(version: string, max: string): string {
    return "Counterparty version " + version + " is too new, the maximum is " + max;
  }
  export function InvalidVersion(version: string): string {
    return "Invalid version " + version;
  }
  export const NoChannel: string = "IBC channel not found: the control channel is not open yet";
}
