/**
 * The v1 tally (spec A1 steps 1–5): bonded-validator snapshot, delegator votes that override their
 * validator's for their own shares, validators voting with the shares left over, then the decision in
 * upstream's order: no bonded tokens, quorum, all-abstain, veto, threshold. All maths is `Dec`.
 */
import { VoteOption, type TallyResult, type WeightedVoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import type { Context } from '../../kernel/context.js';
import { Dec } from '../../types/dec.js';
import type { AddressCodec } from '../../types/address.js';
import type { StakingReader } from '../staking/api.js';
import type { GovParams } from './params.js';

export interface StoredVote {
  voter: string;
  options: WeightedVoteOption[];
}

export interface TallyOutcome {
  passes: boolean;
  burnDeposits: boolean;
  result: TallyResult;
  /** Why it did not pass (for logs and the `proposal_log` attribute). */
  reason: string;
}

interface ValidatorSnapshot {
  operator: string;
  tokens: bigint;
  shares: Dec;
  deductions: Dec;
  vote: WeightedVoteOption[] | undefined;
}

const OPTIONS = [VoteOption.VOTE_OPTION_YES, VoteOption.VOTE_OPTION_ABSTAIN, VoteOption.VOTE_OPTION_NO, VoteOption.VOTE_OPTION_NO_WITH_VETO] as const;

class Totals {
  readonly byOption = new Map<VoteOption, Dec>(OPTIONS.map((o) => [o, Dec.ZERO]));
  total = Dec.ZERO;
  add(power: Dec, options: readonly WeightedVoteOption[]): void {
    for (const o of options) {
      const prev = this.byOption.get(o.option) ?? Dec.ZERO;
      this.byOption.set(o.option, prev.add(power.mul(Dec.parse(o.weight))));
    }
    this.total = this.total.add(power);
  }
  get(o: VoteOption): Dec {
    return this.byOption.get(o) ?? Dec.ZERO;
  }
  result(): TallyResult {
    return {
      yesCount: this.get(VoteOption.VOTE_OPTION_YES).truncateInt().toString(),
      abstainCount: this.get(VoteOption.VOTE_OPTION_ABSTAIN).truncateInt().toString(),
      noCount: this.get(VoteOption.VOTE_OPTION_NO).truncateInt().toString(),
      noWithVetoCount: this.get(VoteOption.VOTE_OPTION_NO_WITH_VETO).truncateInt().toString(),
    };
  }
}

export function emptyTallyResult(): TallyResult {
  return { yesCount: '0', abstainCount: '0', noCount: '0', noWithVetoCount: '0' };
}

/** Counts `votes` (in store order) against the current bonded set; decides with `params`. */
export function tallyVotes(ctx: Context, staking: StakingReader, codec: AddressCodec, votes: Iterable<StoredVote>, params: GovParams, expedited: boolean): TallyOutcome {
  // Step 1: snapshot, kept in the power order staking reports (deterministic; Dec sums are exact anyway).
  const snapshot: ValidatorSnapshot[] = [];
  const byOperator = new Map<string, ValidatorSnapshot>();
  for (const v of staking.bondedValidatorsByPower(ctx)) {
    const s: ValidatorSnapshot = { operator: v.operator, tokens: v.tokens, shares: v.delegatorShares, deductions: Dec.ZERO, vote: undefined };
    snapshot.push(s);
    byOperator.set(v.operator, s);
  }
  const totals = new Totals();

  // Step 2: delegators' own votes, deducted from their validators.
  for (const vote of votes) {
    const asValidator = byOperator.get(codec.accountToValoper(vote.voter));
    if (asValidator !== undefined) asValidator.vote = vote.options;
    for (const d of staking.delegatorDelegations(ctx, vote.voter)) {
      const val = byOperator.get(d.validator);
      if (val === undefined || val.shares.isZero()) continue;
      val.deductions = val.deductions.add(d.shares);
      totals.add(d.shares.mulInt(val.tokens).quo(val.shares), vote.options);
    }
  }

  // Step 3: validators vote with every share whose owner did not vote.
  for (const val of snapshot) {
    if (val.vote === undefined || val.shares.isZero()) continue;
    totals.add(val.shares.sub(val.deductions).mulInt(val.tokens).quo(val.shares), val.vote);
  }

  // Step 4: the decision, in upstream's order.
  const result = totals.result();
  const totalBonded = staking.totalBondedTokens(ctx);
  if (totalBonded === 0n) return { passes: false, burnDeposits: false, result, reason: 'no bonded tokens' };
  const participation = totals.total.quo(Dec.fromInt(totalBonded));
  if (participation.lt(params.quorum)) return { passes: false, burnDeposits: params.burnVoteQuorum, result, reason: `quorum not reached: participation ${participation} < ${params.quorum}` };
  const abstain = totals.get(VoteOption.VOTE_OPTION_ABSTAIN);
  const nonAbstain = totals.total.sub(abstain);
  if (nonAbstain.isZero()) return { passes: false, burnDeposits: false, result, reason: 'every vote abstained' };
  const vetoShare = totals.get(VoteOption.VOTE_OPTION_NO_WITH_VETO).quo(totals.total);
  if (vetoShare.gt(params.vetoThreshold)) return { passes: false, burnDeposits: params.burnVoteVeto, result, reason: `vetoed: no_with_veto ${vetoShare} > ${params.vetoThreshold}` };
  const threshold = expedited ? params.expeditedThreshold : params.threshold;
  const yesShare = totals.get(VoteOption.VOTE_OPTION_YES).quo(nonAbstain);
  if (yesShare.gt(threshold)) return { passes: true, burnDeposits: false, result, reason: 'passed' };
  return { passes: false, burnDeposits: false, result, reason: `threshold not reached: yes ${yesShare} <= ${threshold}` };
}
