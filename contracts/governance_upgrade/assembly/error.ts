// Generated from contracts/governance_upgrade/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
import { Uint128, Uint256, Decimal } from "../../std/assembly";
/** The contract's errors (like a thiserror enum): `err<Response>(ContractError.Unauthorized)`. */
export namespace ContractError {
  export function Unauthorized(who: string, action: string): string {
    return "unauthorized: only " + who + " may " + action;
  }
  export function SelfOnly(action: string, sender: string): string {
    return "unauthorized: " + action + " is called by this contract itself during an upgrade, never by " + sender;
  }
  export function NotAdmin(contract: string, admin: string, me: string): string {
    return "not_admin: " + contract + " has admin " + admin + "; make this contract (" + me + ") its wasm admin first (MsgUpdateAdmin from the current admin or gov)";
  }
  export function NotManaged(contract: string): string {
    return "not_managed: " + contract + " is not registered; register_contract it first";
  }
  export function AlreadyManaged(contract: string): string {
    return "already_managed: " + contract + " is already registered; use update_policy";
  }
  export function PendingUpgrade(contract: string, id: u64): string {
    return "pending_upgrade: " + contract + " already has upgrade " + id.toString() + " pending; cancel it first";
  }
  export function InsufficientNotice(dueHeight: u64, min: u64): string {
    return "insufficient_notice: due_height " + dueHeight.toString() + " must be at least " + min.toString() + " (current height + min_notice_blocks)";
  }
  export function CodeNotAllowed(codeId: u64, contract: string): string {
    return "code_not_allowed: code " + codeId.toString() + " is not in the policy allow-list of " + contract;
  }
  export function Downgrade(codeId: u64, current: u64, contract: string): string {
    return "downgrade_not_allowed: code " + codeId.toString() + " is older than or was already used before " + current.toString() + " on " + contract + "; the policy forbids downgrades";
  }
  export function SameCode(contract: string, codeId: u64): string {
    return "same_code: " + contract + " already runs code " + codeId.toString();
  }
  export function UnknownCode(codeId: u64, reason: string): string {
    return "unknown_code: code " + codeId.toString() + " does not exist: " + reason;
  }
  export function UnknownUpgrade(id: u64): string {
    return "unknown_upgrade: no upgrade " + id.toString();
  }
  export function NotScheduled(id: u64, status: string): string {
    return "not_scheduled: upgrade " + id.toString() + " is " + status + ", not scheduled";
  }
  export function NotDue(id: u64, height: u64): string {
    return "not_due: upgrade " + id.toString() + " may run from height " + height.toString();
  }
  export function NotInTimelock(id: u64, from: u64, to: u64): string {
    return "not_in_timelock: upgrade " + id.toString() + " can be vetoed only at heights " + from.toString() + " to " + to.toString();
  }
  export const Paused: string = "paused: upgrades do not execute while paused; the owner unpauses";
  export function NoHistory(contract: string): string {
    return "no_history: " + contract + " has no migration to roll back; pass to_code_id";
  }
  export const EmptyBatch: string = "empty_batch: a batch needs at least one item";
  export function DuplicateInBatch(contract: string): string {
    return "duplicate_in_batch: " + contract + " appears twice in the batch";
  }
  export function InvalidConfig(reason: string): string {
    return "invalid_config: " + reason;
  }
  export const NoPendingOwner: string = "unauthorized: there is no ownership transfer to accept, or you are not its recipient";
  export function PostCheckFailed(reason: string): string {
    return "post_check_failed: " + reason;
  }
  export const NoFunds: string = "invalid_funds: this contract takes no funds";
}
