/**
 * What other modules use of Mesh Security: the `ValidatorSlash` a contract is told of when a
 * validator is slashed (mesh-security `virtual_staking_api::ValidatorSlash`). x/meshsecurity sends
 * it to capped contracts in `handle_valset_update`, the contract-hooks module in `valset_update`;
 * both encode it here so the two can never disagree.
 */
import type { Context } from '../../kernel/context.js';
import type { DelegationView, SlashRecord } from '../staking/api.js';

/**
 * mesh-security's `ValidatorSlash` as JSON (u64 fields as `bigint`, written as bare integers by the
 * callers' JSON encoders; times in seconds).
 */
export interface ValidatorSlashJson {
  address: string;
  height: bigint;
  time: bigint;
  infraction_height: bigint;
  infraction_time: bigint;
  power: bigint;
  /** Uint128: what the receiving contract's delegation lost, in the bond denom. */
  slash_amount: string;
  /** The nominal fraction, in `sdk.Dec`'s 18-place form (what upstream's `SlashFraction.String()` sends). */
  slash_ratio: string;
  is_tombstoned: boolean;
}

/** What the encoder reads of staking: the contract's delegation and the infraction block's time. */
export interface ValidatorSlashStaking {
  getDelegation(ctx: Context, delegator: string, valoper: string): DelegationView | undefined;
  getHistoricalInfo(ctx: Context, height: number): { height: number; time: bigint } | undefined;
}

/**
 * The slash `s` as `contract` is told of it.
 *
 * `slash_amount` is the contract's share of the tokens burned from the validator: its delegation
 * shares / the validator's shares at the slash × `validatorBurn`, truncated. Upstream's EndBlocker
 * instead takes the shares at report time and the whole slash (unbonding and redelegation entries'
 * cuts included, which are other accounts' losses) and rounds. Ours is what the delegation really
 * lost, and truncating keeps a contract's books at or above what its delegation is worth (the
 * worth is truncated too), so a full unbond of the books always takes the whole delegation.
 *
 * `slash_ratio` is the 18-place form upstream sends (both forms parse as a cosmwasm `Decimal`);
 * `is_tombstoned` is sent as upstream's x/meshsecurity does at [HEAD] (mesh-security-spec §3).
 * `infraction_time` is the infraction block's time (evidence carries it; for a liveness fault the
 * kept historical info gives it, else 0 — upstream always sends 0).
 */
export function validatorSlashJson(ctx: Context, staking: ValidatorSlashStaking, s: SlashRecord, contract: string): ValidatorSlashJson {
  const infractionTime = s.infractionTime ?? staking.getHistoricalInfo(ctx, s.infractionHeight)?.time ?? 0n;
  const d = staking.getDelegation(ctx, contract, s.validator);
  const amount = d === undefined || s.delegatorShares.isZero() ? 0n : d.shares.mulInt(s.validatorBurn).quoTruncate(s.delegatorShares).truncateInt();
  return {
    address: s.validator,
    height: BigInt(s.height),
    time: s.time / 1_000_000_000n,
    infraction_height: BigInt(s.infractionHeight),
    infraction_time: infractionTime / 1_000_000_000n,
    power: s.power,
    slash_amount: amount.toString(),
    slash_ratio: s.slashRatio.toString(),
    is_tombstoned: s.isTombstoned,
  };
}
