/**
 * Errors of the upgrade module. Plan validation fails with the SDK's root codes (as x/upgrade does:
 * `ErrInvalidRequest` for a past height or a reused name); a halt is not a tx error but a reason
 * for the node to stop producing blocks, so it is its own class the node and replay recognise.
 */
import type { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade';

export type UpgradeHaltKind = 'upgrade_needed' | 'binary_updated_before_trigger' | 'downgrade';

/**
 * Thrown by the PreBlocker: the block at `height` must not be executed by this binary. Nothing of the
 * block has been written; the last committed block stays `height − 1`.
 */
export class UpgradeHaltError extends Error {
  override readonly name = 'UpgradeHaltError';
  constructor(
    readonly kind: UpgradeHaltKind,
    /** The plan (or, for a downgrade, the last applied plan's name). */
    readonly planName: string,
    /** The height of the block that was not executed. */
    readonly height: number,
    readonly info: string,
    message: string,
  ) {
    super(message);
  }
}

/** The SDK's log line for a due plan this binary cannot apply (`BuildUpgradeNeededMsg`). */
export function upgradeNeededMessage(plan: Pick<Plan, 'name' | 'info'>, height: number): string {
  return `UPGRADE "${plan.name}" NEEDED at height ${height}: ${plan.info}`;
}
