// Generated from contracts/mesh/external_staking/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export const Unauthorized: string = "Unauthorized";
  export function InvalidDenom(denom: string): string {
    return "Invalid denom, " + denom + " expected";
  }
  export const InvalidMaxSlashing: string = "You cannot use a max slashing rate over 1.0 (100%)";
  export function NotEnoughStake(amount: Uint128): string {
    return "Not enough tokens staked, up to " + amount.toString() + " can be unbond";
  }
  export function ValidatorNotActive(validator: string): string {
    return "Cannot stake to " + validator + ", not listed as an active validator on consumer";
  }
  export const IbcChannelAlreadyOpen: string = "Contract already has an open IBC channel";
  export const IbcOpenInitDisallowed: string = "You must start the channel handshake on the other side, it doesn't support OpenInit";
  export function InvalidEndpoint(endpoint: string): string {
    return "Invalid authorized endpoint: " + endpoint;
  }
  export function WrongTypeTx(id: u64, tx: string): string {
    return "The tx " + id.toString() + " exists but is of the wrong type: " + tx;
  }
  export const NoRewards: string = "No staking rewards to be withdrawn";
  export function InsufficientDelegations(owner: string, amount: Uint128): string {
    return "User " + owner + " has not enough delegated funds: " + amount.toString();
  }
  export function InvalidProtocol(protocol: string): string {
    return "Invalid protocol name: " + protocol;
  }
  export function InvalidVersion(version: string): string {
    return "Invalid version: " + version;
  }
  export function VersionTooOld(proposed: string, supported: string): string {
    return "Proposed version " + proposed + " older than min supported " + supported;
  }
  export function VersionTooNew(proposed: string, supported: string): string {
    return "Proposed version " + proposed + " has breaking changes ahead of supported " + supported;
  }
  export const InvalidChannelOrder: string = "Channel must be unordered";
  export function WrongChannel(channel: string): string {
    return "Packet on channel " + channel + ", not the control channel";
  }
}
