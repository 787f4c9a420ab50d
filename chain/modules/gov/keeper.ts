/**
 * x/gov v1 state and rules: params, proposals (ids from 1), deposits, weighted votes, the inactive
 * (deposit) and active (voting) queues keyed by (time, id), submission / deposit / vote / cancel, and
 * the EndBlock processing of both queues, including execution of passed proposals through the app's
 * `MsgRouter` in one nested branch under a `proposal_execution_gas` meter.
 */
import { Deposit, Params as ParamsProto, Proposal, ProposalStatus, Vote, VoteOption, type TallyResult, type WeightedVoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import { NS_PER_SECOND, type Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { concat, lengthPrefixed, readU64BE, u64BE, utf8, fromUtf8 } from '../../kernel/keys.js';
import type { MsgRouter } from '../../kernel/router.js';
import { BasicGasMeter, KV_GAS_CONFIG } from '../../store/gaskv.js';
import { prefixEnd, type KVStore } from '../../store/kv.js';
import { addCoins, amountOf, coinsFromProto, coinsToProto, formatCoins, isAllGte, type Coin, type Coins } from '../../types/coins.js';
import type { AddressCodec } from '../../types/address.js';
import { Dec } from '../../types/dec.js';
import type { AuthKeeper } from '../auth/keeper.js';
import type { BankKeeper } from '../bank/keeper.js';
import type { StakingReader } from '../staking/api.js';
import { GovErrors } from './errors.js';
import { DEFAULT_PROPOSAL_EXECUTION_GAS, defaultGovParams, paramsFromProto, paramsToProto, validateGovParams, type GovParams } from './params.js';
import { emptyTallyResult, tallyVotes, type StoredVote, type TallyOutcome } from './tally.js';

export const GOV_STORE = 'gov';
export const GOV_MODULE_NAME = 'gov';
/** The app declares the gov module account with these permissions (deposits are burned from it). */
export const GOV_MODULE_PERMISSIONS: readonly ['burner'] = ['burner'];

/** Upstream's default `config.MaxMetadataLen` (also used for titles) and `MaxSummaryLen`. */
export const MAX_METADATA_LEN = 255;
export const MAX_TITLE_LEN = 255;
export const MAX_SUMMARY_LEN = 10_200;

// Store layout: upstream's collection prefixes (x/gov/types/keys.go).
const PROPOSAL_PREFIX = 0x00;
const ACTIVE_QUEUE_PREFIX = 0x01;
const INACTIVE_QUEUE_PREFIX = 0x02;
const NEXT_PROPOSAL_ID_KEY = Uint8Array.of(0x03);
const DEPOSIT_PREFIX = 0x10;
const VOTE_PREFIX = 0x20;
const PARAMS_KEY = Uint8Array.of(0x30);
const EXECUTION_GAS_KEY = Uint8Array.of(0x31);
const CONSTITUTION_KEY = Uint8Array.of(0x40);

export const PROPOSAL_RESULT = Object.freeze({
  dropped: 'proposal_dropped',
  passed: 'proposal_passed',
  rejected: 'proposal_rejected',
  failed: 'proposal_failed',
  expeditedRejected: 'expedited_proposal_rejected',
});

/** Where cancellation charges go when `proposal_cancel_dest` is the distribution module (optional). */
export interface CommunityPoolFunder {
  readonly moduleAddress: string;
  fundCommunityPool(ctx: Context, amount: Coins, sender: string): void;
}

export interface GovKeeperOptions {
  auth: AuthKeeper;
  bank: BankKeeper;
  staking: StakingReader;
  /** The app's message router: proposals' messages must be routable here and run through it. */
  router: MsgRouter;
  codec: AddressCodec;
  /** Who may send gov's MsgUpdateParams; defaults to the gov module address. */
  authority?: string;
  communityPool?: CommunityPoolFunder;
}

export { toTimestamp as timestampFromNs } from '../../types/time.js';
import { fromTimestamp, toTimestamp as timestampFromNs } from '../../types/time.js';
export function nsFromTimestamp(t: Timestamp | undefined): bigint | undefined {
  return t === undefined ? undefined : fromTimestamp(t);
}

function statusName(s: ProposalStatus): string {
  return ProposalStatus[s] ?? String(s);
}

/** Upstream's `WeightedVoteOptions.String()` (proto text), the `proposal_vote.option` attribute. */
export function formatVoteOptions(options: readonly WeightedVoteOption[]): string {
  return options.map((o) => `option:${VoteOption[o.option] ?? o.option} weight:"${o.weight}"`).join('\n');
}

/** Checks a vote's options (v1 `ValidateBasic`): known options, positive weights, no duplicates, sum exactly 1. */
export function normalizeVoteOptions(options: readonly WeightedVoteOption[]): WeightedVoteOption[] {
  if (options.length === 0) throw new ChainError(Codes.InvalidRequest, 'a vote needs at least one option');
  const used = new Set<VoteOption>();
  let total = Dec.ZERO;
  const out: WeightedVoteOption[] = [];
  for (const o of options) {
    if (o.option < VoteOption.VOTE_OPTION_YES || o.option > VoteOption.VOTE_OPTION_NO_WITH_VETO) throw new ChainError(GovErrors.InvalidVote, `option ${o.option} is not one of YES(1), ABSTAIN(2), NO(3), NO_WITH_VETO(4)`);
    let w: Dec;
    try {
      w = Dec.parse(o.weight);
    } catch (e) {
      throw new ChainError(GovErrors.InvalidVote, `invalid weight "${o.weight}": ${(e as Error).message}`);
    }
    if (!w.isPositive() || w.gt(Dec.ONE)) throw new ChainError(GovErrors.InvalidVote, `weight ${o.weight} of ${VoteOption[o.option]} must be in (0, 1]`);
    if (used.has(o.option)) throw new ChainError(GovErrors.InvalidVote, `duplicated vote option ${VoteOption[o.option]}`);
    used.add(o.option);
    total = total.add(w);
    out.push({ option: o.option, weight: w.toString() });
  }
  if (total.gt(Dec.ONE)) throw new ChainError(GovErrors.InvalidVote, `total weight overflow 1.00 (weights sum to ${total})`);
  if (total.lt(Dec.ONE)) throw new ChainError(GovErrors.InvalidVote, `total weight lower than 1.00 (weights sum to ${total})`);
  return out;
}

export interface SubmitProposalInput {
  messages: Any[];
  initialDeposit: Coin[];
  proposer: string;
  metadata: string;
  title: string;
  summary: string;
  expedited: boolean;
}

export class GovKeeper {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly staking: StakingReader;
  readonly router: MsgRouter;
  readonly codec: AddressCodec;
  readonly authority: string;
  private readonly communityPool: CommunityPoolFunder | undefined;

  constructor(opts: GovKeeperOptions) {
    this.auth = opts.auth;
    this.bank = opts.bank;
    this.staking = opts.staking;
    this.router = opts.router;
    this.codec = opts.codec;
    this.authority = opts.authority ?? this.moduleAddress();
    this.communityPool = opts.communityPool;
  }

  /** The gov module account address: the only signer a proposal's messages may have. */
  moduleAddress(): string {
    return this.auth.moduleAddress(GOV_MODULE_NAME);
  }

  private store(ctx: Context): KVStore {
    return ctx.store(GOV_STORE);
  }

  // ---- params ---------------------------------------------------------------------------------

  getParams(ctx: Context): GovParams {
    const s = this.store(ctx);
    const v = s.get(PARAMS_KEY);
    if (v === undefined) return defaultGovParams(this.staking.bondDenom(ctx));
    const gas = s.get(EXECUTION_GAS_KEY);
    return paramsFromProto(ParamsProto.decode(v), gas === undefined ? DEFAULT_PROPOSAL_EXECUTION_GAS : Number(readU64BE(gas)));
  }
  setParams(ctx: Context, p: GovParams): void {
    validateGovParams(p, this.codec);
    const s = this.store(ctx);
    s.set(PARAMS_KEY, ParamsProto.encode(paramsToProto(p)).finish());
    s.set(EXECUTION_GAS_KEY, u64BE(p.proposalExecutionGas));
  }

  getConstitution(ctx: Context): string {
    const v = this.store(ctx).get(CONSTITUTION_KEY);
    return v === undefined ? '' : fromUtf8(v);
  }
  setConstitution(ctx: Context, c: string): void {
    this.store(ctx).set(CONSTITUTION_KEY, utf8(c));
  }

  // ---- proposals ------------------------------------------------------------------------------

  nextProposalId(ctx: Context): bigint {
    const v = this.store(ctx).get(NEXT_PROPOSAL_ID_KEY);
    return v === undefined ? 1n : readU64BE(v);
  }
  setNextProposalId(ctx: Context, id: bigint): void {
    this.store(ctx).set(NEXT_PROPOSAL_ID_KEY, u64BE(id));
  }

  proposalPrefix(): Uint8Array {
    return Uint8Array.of(PROPOSAL_PREFIX);
  }
  getProposal(ctx: Context, id: bigint): Proposal | undefined {
    const v = this.store(ctx).get(concat(this.proposalPrefix(), u64BE(id)));
    return v === undefined ? undefined : Proposal.decode(v);
  }
  mustGetProposal(ctx: Context, id: bigint): Proposal {
    const p = this.getProposal(ctx, id);
    if (p === undefined) throw new ChainError(GovErrors.UnknownProposal, `proposal ${id} does not exist`);
    return p;
  }
  setProposal(ctx: Context, p: Proposal): void {
    this.store(ctx).set(concat(this.proposalPrefix(), u64BE(p.id)), Proposal.encode(p).finish());
  }
  private deleteProposal(ctx: Context, id: bigint): void {
    this.store(ctx).delete(concat(this.proposalPrefix(), u64BE(id)));
  }
  *iterateProposals(ctx: Context): Generator<Proposal> {
    const p = this.proposalPrefix();
    for (const [, v] of this.store(ctx).iterator(p, prefixEnd(p))) yield Proposal.decode(v);
  }

  private queueKey(prefix: number, timeNs: bigint, id: bigint): Uint8Array {
    return concat(Uint8Array.of(prefix), u64BE(timeNs), u64BE(id));
  }
  /** Ids in `prefix`'s queue whose time ≤ `until`, in (time, id) order, read from a snapshot. */
  private dueIds(ctx: Context, prefix: number, until: bigint): bigint[] {
    const start = Uint8Array.of(prefix);
    const end = concat(start, u64BE(until + 1n));
    const ids: bigint[] = [];
    for (const [k] of this.store(ctx).iterator(start, end)) ids.push(readU64BE(k, 9));
    return ids;
  }
  /** Queue entries as (time, id) pairs, for genesis checks and tests. */
  queueEntries(ctx: Context, which: 'active' | 'inactive'): { time: bigint; id: bigint }[] {
    const start = Uint8Array.of(which === 'active' ? ACTIVE_QUEUE_PREFIX : INACTIVE_QUEUE_PREFIX);
    const out: { time: bigint; id: bigint }[] = [];
    for (const [k] of this.store(ctx).iterator(start, prefixEnd(start))) out.push({ time: readU64BE(k, 1), id: readU64BE(k, 9) });
    return out;
  }

  /** Re-creates the queue entry a stored proposal in the deposit or voting period belongs to (genesis). */
  enqueue(ctx: Context, p: Proposal): void {
    if (p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD) this.store(ctx).set(this.queueKey(INACTIVE_QUEUE_PREFIX, nsFromTimestamp(p.depositEndTime)!, p.id), new Uint8Array());
    if (p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) this.store(ctx).set(this.queueKey(ACTIVE_QUEUE_PREFIX, nsFromTimestamp(p.votingEndTime)!, p.id), new Uint8Array());
  }

  private minDepositFor(params: GovParams, expedited: boolean): Coin[] {
    return expedited ? params.expeditedMinDeposit : params.minDeposit;
  }

  /**
   * Stateful submission checks and storage (upstream `Keeper.SubmitProposal`): lengths, then every
   * message must decode, pass its stateless checks, have the gov module account as its only signer and
   * be routable. The deposit is added by the caller.
   */
  submitProposal(ctx: Context, input: SubmitProposalInput): Proposal {
    if (input.metadata.length > MAX_METADATA_LEN) throw new ChainError(GovErrors.MetadataTooLong, `metadata is ${input.metadata.length} characters, at most ${MAX_METADATA_LEN} allowed`);
    if (input.summary.length > MAX_SUMMARY_LEN) throw new ChainError(GovErrors.SummaryTooLong, `summary is ${input.summary.length} characters, at most ${MAX_SUMMARY_LEN} allowed`);
    if (input.title.length > MAX_TITLE_LEN) throw new ChainError(GovErrors.MetadataTooLong, `title is ${input.title.length} characters, at most ${MAX_TITLE_LEN} allowed`);
    const gov = this.moduleAddress();
    input.messages.forEach((any, i) => this.checkProposalMessage(any, i, gov));
    const params = this.getParams(ctx);
    const id = this.nextProposalId(ctx);
    this.setNextProposalId(ctx, id + 1n);
    const proposal: Proposal = {
      id,
      messages: input.messages,
      status: ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD,
      finalTallyResult: emptyTallyResult(),
      submitTime: timestampFromNs(ctx.time),
      depositEndTime: timestampFromNs(ctx.time + params.maxDepositPeriod),
      totalDeposit: [],
      votingStartTime: undefined,
      votingEndTime: undefined,
      metadata: input.metadata,
      title: input.title,
      summary: input.summary,
      proposer: input.proposer,
      expedited: input.expedited,
      failedReason: '',
    };
    this.setProposal(ctx, proposal);
    this.enqueue(ctx, proposal);
    ctx.emit(event('submit_proposal', { proposal_id: id.toString(), proposal_messages: input.messages.map((m) => `,${m.typeUrl}`).join('') }));
    return proposal;
  }

  private checkProposalMessage(any: Any, index: number, gov: string): void {
    if (any.typeUrl === MSG_EXEC_LEGACY_CONTENT) throw legacyContentError();
    if (!this.router.has(any.typeUrl)) throw new ChainError(GovErrors.UnroutableProposalMsg, `message ${index} has type ${any.typeUrl}, which this chain does not route`);
    let signers: string[];
    try {
      const d = this.router.decode(any.typeUrl, any.value);
      signers = d.handler.signers(d.msg);
    } catch (e) {
      throw new ChainError(GovErrors.InvalidProposalMsg, `message ${index} (${any.typeUrl}): ${(e as Error).message}`);
    }
    if (signers.length !== 1) throw new ChainError(GovErrors.InvalidSigner, `message ${index} (${any.typeUrl}) has ${signers.length} signers; it must have exactly one, the gov module account ${gov}`);
    if (signers[0] !== gov) throw new ChainError(GovErrors.InvalidSigner, `message ${index} (${any.typeUrl}) is signed by ${signers[0]}; set its signer field to the gov module account ${gov}`);
  }

  /** Upstream `validateInitialDeposit` + `validateDepositDenom` for a submission. */
  validateInitialDeposit(ctx: Context, deposit: Coins, expedited: boolean): void {
    const params = this.getParams(ctx);
    this.validateDepositDenom(params, deposit);
    if (params.minInitialDepositRatio.isZero()) return;
    const required = this.minDepositFor(params, expedited).map((c) => ({ denom: c.denom, amount: Dec.fromInt(c.amount).mul(params.minInitialDepositRatio).roundInt() }));
    if (!isAllGte(deposit, required)) throw new ChainError(GovErrors.MinDepositTooSmall, `initial deposit ${formatCoins(deposit) || '0'} is below the required ${formatCoins(required)}`);
  }

  private validateDepositDenom(params: GovParams, deposit: Coins): void {
    const accepted = params.minDeposit.map((c) => c.denom);
    for (const c of deposit) {
      if (!accepted.includes(c.denom)) throw new ChainError(GovErrors.InvalidDepositDenom, `deposited ${formatCoins(deposit)}, but gov accepts only the following denom(s): ${accepted.join(', ')}`);
    }
  }

  private depositKey(id: bigint, depositor: string): Uint8Array {
    return concat(Uint8Array.of(DEPOSIT_PREFIX), u64BE(id), lengthPrefixed(this.codec.decode(depositor)));
  }
  depositsPrefix(id: bigint): Uint8Array {
    return concat(Uint8Array.of(DEPOSIT_PREFIX), u64BE(id));
  }
  getDeposit(ctx: Context, id: bigint, depositor: string): Deposit | undefined {
    const v = this.store(ctx).get(this.depositKey(id, depositor));
    return v === undefined ? undefined : Deposit.decode(v);
  }
  setDeposit(ctx: Context, d: Deposit): void {
    this.store(ctx).set(this.depositKey(d.proposalId, d.depositor), Deposit.encode(d).finish());
  }
  /** A proposal's deposits in depositor-address byte order. */
  getDeposits(ctx: Context, id: bigint): Deposit[] {
    const p = this.depositsPrefix(id);
    const out: Deposit[] = [];
    for (const [, v] of this.store(ctx).iterator(p, prefixEnd(p))) out.push(Deposit.decode(v));
    return out;
  }
  *iterateAllDeposits(ctx: Context): Generator<Deposit> {
    const p = Uint8Array.of(DEPOSIT_PREFIX);
    for (const [, v] of this.store(ctx).iterator(p, prefixEnd(p))) yield Deposit.decode(v);
  }

  /**
   * Escrows `amount` from `depositor` (upstream `AddDeposit`); returns true when this deposit moved the
   * proposal into its voting period.
   */
  addDeposit(ctx: Context, id: bigint, depositor: string, amount: Coins): boolean {
    const proposal = this.mustGetProposal(ctx, id);
    if (proposal.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && proposal.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) {
      throw new ChainError(GovErrors.InactiveProposal, `proposal ${id} is ${statusName(proposal.status)} and takes no more deposits`);
    }
    const params = this.getParams(ctx);
    const minDeposit = this.minDepositFor(params, proposal.expedited);
    this.validateDepositDenom(params, amount);
    if (!params.minDepositRatio.isZero()) {
      const thresholds = minDeposit.map((c) => ({ denom: c.denom, amount: Dec.fromInt(c.amount).mul(params.minDepositRatio).truncateInt() }));
      if (!thresholds.some((t) => amount.some((c) => c.denom === t.denom) && amountOf(amount, t.denom) >= t.amount)) {
        throw new ChainError(GovErrors.MinDepositTooSmall, `received ${formatCoins(amount) || '0'} but need at least one of the following: ${formatCoins(thresholds)}`);
      }
    }
    this.bank.sendCoinsFromAccountToModule(ctx, depositor, GOV_MODULE_NAME, amount);
    const total = addCoins(coinsFromProto(proposal.totalDeposit), amount);
    proposal.totalDeposit = coinsToProto(total);
    this.setProposal(ctx, proposal);
    let activated = false;
    if (proposal.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && isAllGte(total, minDeposit)) {
      this.activateVotingPeriod(ctx, proposal, params);
      activated = true;
    }
    const prev = this.getDeposit(ctx, id, depositor);
    const sum = prev === undefined ? [...amount] : addCoins(coinsFromProto(prev.amount), amount);
    ctx.emit(event('proposal_deposit', { depositor, amount: formatCoins(amount), proposal_id: id.toString() }));
    this.setDeposit(ctx, { proposalId: id, depositor, amount: coinsToProto(sum) });
    return activated;
  }

  private activateVotingPeriod(ctx: Context, p: Proposal, params: GovParams): void {
    const s = this.store(ctx);
    s.delete(this.queueKey(INACTIVE_QUEUE_PREFIX, nsFromTimestamp(p.depositEndTime)!, p.id));
    p.votingStartTime = timestampFromNs(ctx.time);
    p.votingEndTime = timestampFromNs(ctx.time + (p.expedited ? params.expeditedVotingPeriod : params.votingPeriod));
    p.status = ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD;
    this.setProposal(ctx, p);
    this.enqueue(ctx, p);
  }

  /** Returns every deposit of `id` to its depositor and deletes them. */
  refundAndDeleteDeposits(ctx: Context, id: bigint): void {
    for (const d of this.getDeposits(ctx, id)) {
      const coins = coinsFromProto(d.amount);
      if (coins.length > 0) this.bank.sendCoinsFromModuleToAccount(ctx, GOV_MODULE_NAME, d.depositor, coins);
      this.store(ctx).delete(this.depositKey(id, d.depositor));
    }
  }
  /** Burns every deposit of `id` (one burn of the sum, as upstream) and deletes them. */
  deleteAndBurnDeposits(ctx: Context, id: bigint): void {
    let total: Coin[] = [];
    for (const d of this.getDeposits(ctx, id)) {
      total = addCoins(total, coinsFromProto(d.amount));
      this.store(ctx).delete(this.depositKey(id, d.depositor));
    }
    if (total.length > 0) this.bank.burnCoins(ctx, GOV_MODULE_NAME, total);
  }

  /** Cancellation: `rate` of each deposit is charged (burned or sent to `dest`), the rest refunded. */
  private chargeDeposits(ctx: Context, id: bigint, dest: string, rate: Dec): void {
    let charges: Coin[] = [];
    for (const d of this.getDeposits(ctx, id)) {
      let remaining: Coin[] = [];
      for (const c of coinsFromProto(d.amount)) {
        const charged = Dec.fromInt(c.amount).mul(rate).truncateInt();
        remaining = addCoins(remaining, [{ denom: c.denom, amount: c.amount - charged }]);
        charges = addCoins(charges, [{ denom: c.denom, amount: charged }]);
      }
      if (remaining.length > 0) this.bank.sendCoinsFromModuleToAccount(ctx, GOV_MODULE_NAME, d.depositor, remaining);
      this.store(ctx).delete(this.depositKey(id, d.depositor));
    }
    if (charges.length === 0) return;
    if (dest === '') this.bank.burnCoins(ctx, GOV_MODULE_NAME, charges);
    else if (this.communityPool !== undefined && dest === this.communityPool.moduleAddress) this.communityPool.fundCommunityPool(ctx, charges, this.moduleAddress());
    else this.bank.sendCoinsFromModuleToAccount(ctx, GOV_MODULE_NAME, dest, charges);
  }

  /** `MsgCancelProposal`: proposer only, while the proposal is open. */
  cancelProposal(ctx: Context, id: bigint, proposer: string): void {
    const p = this.mustGetProposal(ctx, id);
    if (p.proposer === '') throw new ChainError(GovErrors.InvalidProposal, `proposal ${id} has no proposer, so it cannot be canceled`);
    if (p.proposer !== proposer) throw new ChainError(GovErrors.InvalidProposer, `${proposer} is not the proposer of proposal ${id}; only ${p.proposer} may cancel it`);
    if (p.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) {
      throw new ChainError(GovErrors.InvalidProposal, `proposal ${id} is ${statusName(p.status)}; only proposals in the deposit or voting period can be canceled`);
    }
    const votingEnd = nsFromTimestamp(p.votingEndTime);
    if (votingEnd !== undefined && votingEnd < ctx.time) throw new ChainError(GovErrors.VotingPeriodEnded, `voting period is already ended for proposal ${id}`);
    const params = this.getParams(ctx);
    this.chargeDeposits(ctx, id, params.proposalCancelDest, params.proposalCancelRatio);
    this.deleteVotes(ctx, id);
    const s = this.store(ctx);
    s.delete(this.queueKey(INACTIVE_QUEUE_PREFIX, nsFromTimestamp(p.depositEndTime)!, id));
    if (votingEnd !== undefined) s.delete(this.queueKey(ACTIVE_QUEUE_PREFIX, votingEnd, id));
    this.deleteProposal(ctx, id);
  }

  // ---- votes ----------------------------------------------------------------------------------

  private voteKey(id: bigint, voter: string): Uint8Array {
    return concat(Uint8Array.of(VOTE_PREFIX), u64BE(id), lengthPrefixed(this.codec.decode(voter)));
  }
  votesPrefix(id: bigint): Uint8Array {
    return concat(Uint8Array.of(VOTE_PREFIX), u64BE(id));
  }
  getVote(ctx: Context, id: bigint, voter: string): Vote | undefined {
    const v = this.store(ctx).get(this.voteKey(id, voter));
    return v === undefined ? undefined : Vote.decode(v);
  }
  setVote(ctx: Context, v: Vote): void {
    this.store(ctx).set(this.voteKey(v.proposalId, v.voter), Vote.encode(v).finish());
  }
  /** A proposal's votes in voter-address byte order (the order the tally reads them in). */
  getVotes(ctx: Context, id: bigint): Vote[] {
    const p = this.votesPrefix(id);
    const out: Vote[] = [];
    for (const [, v] of this.store(ctx).iterator(p, prefixEnd(p))) out.push(Vote.decode(v));
    return out;
  }
  *iterateAllVotes(ctx: Context): Generator<Vote> {
    const p = Uint8Array.of(VOTE_PREFIX);
    for (const [, v] of this.store(ctx).iterator(p, prefixEnd(p))) yield Vote.decode(v);
  }
  private deleteVotes(ctx: Context, id: bigint): void {
    const p = this.votesPrefix(id);
    const s = this.store(ctx);
    const keys: Uint8Array[] = [];
    for (const [k] of s.iterator(p, prefixEnd(p))) keys.push(k);
    for (const k of keys) s.delete(k);
  }

  /** Records (or replaces) `voter`'s vote; only during the voting period. */
  addVote(ctx: Context, id: bigint, voter: string, options: readonly WeightedVoteOption[], metadata: string): void {
    const p = this.mustGetProposal(ctx, id);
    if (p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) throw new ChainError(GovErrors.InactiveProposal, `proposal ${id} is ${statusName(p.status)}; votes are accepted only in the voting period`);
    if (metadata.length > MAX_METADATA_LEN) throw new ChainError(GovErrors.MetadataTooLong, `vote metadata is ${metadata.length} characters, at most ${MAX_METADATA_LEN} allowed`);
    const normalized = normalizeVoteOptions(options);
    this.setVote(ctx, { proposalId: id, voter, options: normalized, metadata });
    ctx.emit(event('proposal_vote', { voter, option: formatVoteOptions(normalized), proposal_id: id.toString() }));
  }

  // ---- tally and EndBlock ---------------------------------------------------------------------

  /** The tally of `p`'s current votes (does not delete them). */
  tally(ctx: Context, p: Proposal): TallyOutcome {
    const votes: StoredVote[] = this.getVotes(ctx, p.id).map((v) => ({ voter: v.voter, options: v.options }));
    return tallyVotes(ctx, this.staking, this.codec, votes, this.getParams(ctx), p.expedited);
  }

  /** What the `TallyResult` query reports: zeros in the deposit period, the final result once decided. */
  currentTallyResult(ctx: Context, p: Proposal): TallyResult {
    if (p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD) return emptyTallyResult();
    if (p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) return this.tally(ctx, p).result;
    return p.finalTallyResult ?? emptyTallyResult();
  }

  /** Upstream `EndBlocker`: the inactive queue, then the active queue, each in (time, id) order. */
  endBlock(ctx: Context): void {
    for (const id of this.dueIds(ctx, INACTIVE_QUEUE_PREFIX, ctx.time)) this.processInactive(ctx, id);
    for (const id of this.dueIds(ctx, ACTIVE_QUEUE_PREFIX, ctx.time)) this.processActive(ctx, id);
  }

  private processInactive(ctx: Context, id: bigint): void {
    const p = this.mustGetProposal(ctx, id);
    const params = this.getParams(ctx);
    // min_deposit may have been lowered by a param change since the last deposit.
    if (isAllGte(coinsFromProto(p.totalDeposit), this.minDepositFor(params, p.expedited))) {
      this.activateVotingPeriod(ctx, p, params);
      return;
    }
    this.store(ctx).delete(this.queueKey(INACTIVE_QUEUE_PREFIX, nsFromTimestamp(p.depositEndTime)!, id));
    this.deleteProposal(ctx, id);
    if (params.burnProposalDepositPrevote) this.deleteAndBurnDeposits(ctx, id);
    else this.refundAndDeleteDeposits(ctx, id);
    ctx.emit(event('inactive_proposal', { proposal_id: id.toString(), proposal_result: PROPOSAL_RESULT.dropped }));
  }

  private processActive(ctx: Context, id: bigint): void {
    const p = this.mustGetProposal(ctx, id);
    const outcome = this.tally(ctx, p);
    // A failed expedited proposal keeps its deposits (and votes): it is tallied again as a regular one.
    const converts = p.expedited && !outcome.passes;
    if (!converts) {
      if (outcome.burnDeposits) this.deleteAndBurnDeposits(ctx, id);
      else this.refundAndDeleteDeposits(ctx, id);
    }
    this.store(ctx).delete(this.queueKey(ACTIVE_QUEUE_PREFIX, nsFromTimestamp(p.votingEndTime)!, id));

    let result: string;
    let log: string;
    if (outcome.passes) {
      const failure = this.executeProposal(ctx, p);
      if (failure === undefined) {
        p.status = ProposalStatus.PROPOSAL_STATUS_PASSED;
        result = PROPOSAL_RESULT.passed;
        log = 'passed';
      } else {
        p.status = ProposalStatus.PROPOSAL_STATUS_FAILED;
        p.failedReason = failure;
        result = PROPOSAL_RESULT.failed;
        log = `passed, but ${failure}`;
      }
    } else if (converts) {
      const params = this.getParams(ctx);
      p.expedited = false;
      p.votingEndTime = timestampFromNs(nsFromTimestamp(p.votingStartTime)! + params.votingPeriod);
      this.enqueue(ctx, p);
      result = PROPOSAL_RESULT.expeditedRejected;
      log = 'expedited proposal converted to regular';
    } else {
      p.status = ProposalStatus.PROPOSAL_STATUS_REJECTED;
      result = PROPOSAL_RESULT.rejected;
      log = `rejected: ${outcome.reason}`;
    }
    if (!converts) this.deleteVotes(ctx, id);
    p.finalTallyResult = outcome.result;
    this.setProposal(ctx, p);
    ctx.emit(event('active_proposal', { proposal_id: id.toString(), proposal_result: result, proposal_log: log }));
  }

  /**
   * Runs every message of `p` in order in one nested branch, metered by `proposal_execution_gas`, with
   * the gov module account as signer. Writes the branch and re-emits its events only if all succeed;
   * returns undefined on success or the failure reason (index, type URL, error). Nothing a handler
   * throws—errors, bugs, out of gas—escapes.
   */
  private executeProposal(ctx: Context, p: Proposal): string | undefined {
    const meter = new BasicGasMeter(this.getParams(ctx).proposalExecutionGas);
    const branch = ctx.withGasMeter(meter).branch();
    const gov = this.moduleAddress();
    for (let i = 0; i < p.messages.length; i++) {
      const any = p.messages[i]!;
      try {
        const decoded = this.router.decode(any.typeUrl, any.value);
        const signers = decoded.handler.signers(decoded.msg);
        if (signers.length !== 1 || signers[0] !== gov) throw new ChainError(GovErrors.InvalidSigner, `signers ${signers.join(', ')} are not exactly the gov module account ${gov}`);
        this.router.run(branch.ctx, decoded);
      } catch (e) {
        branch.discard();
        return `message ${i} (${any.typeUrl}) failed: ${describeError(e)}`;
      }
    }
    branch.commit();
    return undefined;
  }

  /** Gas charged for storing a submitted proposal (upstream: 3 × write cost per byte of the proposal). */
  chargeProposalGas(ctx: Context, p: Proposal): void {
    ctx.gasMeter.consume(3 * KV_GAS_CONFIG.writeCostPerByte * Proposal.encode(p).finish().length, 'submit proposal');
  }
}

export const MSG_EXEC_LEGACY_CONTENT = '/cosmos.gov.v1.MsgExecLegacyContent';

export function legacyContentError(): ChainError {
  return new ChainError(
    Codes.NotSupported,
    'MsgExecLegacyContent is not supported on this chain (there are no legacy content handlers); put the messages to execute directly in MsgSubmitProposal.messages',
  );
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
