/**
 * gRPC queries: `cosmos.gov.v1.Query` and the legacy `cosmos.gov.v1beta1.Query` (which CosmJS's gov
 * extension uses), the latter mapping v1 records to v1beta1 shapes as the SDK's legacy query server
 * does (content = the first message, LegacyDec weights and tally params as atomics).
 */
import * as Q1 from 'cosmjs-types/cosmos/gov/v1/query';
import * as Qb from 'cosmjs-types/cosmos/gov/v1beta1/query';
import * as G1 from 'cosmjs-types/cosmos/gov/v1/gov';
import * as Gb from 'cosmjs-types/cosmos/gov/v1beta1/gov';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { utf8 } from '../../kernel/keys.js';
import { paginate } from '../../kernel/pagination.js';
import type { QueryRouter } from '../../kernel/router.js';
import { Dec } from '../../types/dec.js';
import { GOV_STORE, type GovKeeper } from './keeper.js';
import { paramsToProto } from './params.js';
import { emptyTallyResult } from './tally.js';

/** Go's zero `time.Time` as gogoproto encodes it (non-nullable legacy timestamps that were never set). */
const ZERO_TIME: Timestamp = { seconds: -62135596800n, nanos: 0 };

function requireId(id: bigint): void {
  if (id === 0n) throw new ChainError(Codes.InvalidRequest, 'proposal id can not be 0');
}
function proposalOrNotFound(ctx: Context, k: GovKeeper, id: bigint): G1.Proposal {
  requireId(id);
  const p = k.getProposal(ctx, id);
  if (p === undefined) throw new ChainError(Codes.NotFound, `rpc error: code = NotFound desc = proposal ${id} doesn't exist`);
  return p;
}

function listProposals(ctx: Context, k: GovKeeper, q: { proposalStatus: number; voter: string; depositor: string; pagination?: Q1.QueryProposalsRequest['pagination'] }) {
  if (q.voter !== '') k.codec.decode(q.voter, 'voter address');
  if (q.depositor !== '') k.codec.decode(q.depositor, 'depositor address');
  return paginate(ctx.store(GOV_STORE), k.proposalPrefix(), q.pagination, (_key, v) => {
    const p = G1.Proposal.decode(v);
    if (q.proposalStatus !== G1.ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED && p.status !== q.proposalStatus) return undefined;
    if (q.voter !== '' && k.getVote(ctx, p.id, q.voter) === undefined) return undefined;
    if (q.depositor !== '' && k.getDeposit(ctx, p.id, q.depositor) === undefined) return undefined;
    return p;
  });
}

export function toLegacyTally(t: G1.TallyResult | undefined): Gb.TallyResult {
  const r = t ?? emptyTallyResult();
  return { yes: r.yesCount, abstain: r.abstainCount, no: r.noCount, noWithVeto: r.noWithVetoCount };
}

export function toLegacyProposal(p: G1.Proposal): Gb.Proposal {
  return {
    proposalId: p.id,
    content: p.messages[0],
    status: p.status as number as Gb.ProposalStatus,
    finalTallyResult: toLegacyTally(p.finalTallyResult),
    submitTime: p.submitTime ?? ZERO_TIME,
    depositEndTime: p.depositEndTime ?? ZERO_TIME,
    totalDeposit: p.totalDeposit,
    votingStartTime: p.votingStartTime ?? ZERO_TIME,
    votingEndTime: p.votingEndTime ?? ZERO_TIME,
  };
}

export function toLegacyVote(v: G1.Vote): Gb.Vote {
  return {
    proposalId: v.proposalId,
    voter: v.voter,
    option: Gb.VoteOption.VOTE_OPTION_UNSPECIFIED,
    options: v.options.map((o) => ({ option: o.option as number as Gb.VoteOption, weight: Dec.parse(o.weight).toAtomicsString() })),
  };
}

export function registerGovQueries(r: QueryRouter, k: GovKeeper): void {
  const store = (ctx: Context) => ctx.store(GOV_STORE);

  const vote = (ctx: Context, id: bigint, voter: string): G1.Vote => {
    requireId(id);
    k.codec.decode(voter, 'voter address');
    const v = k.getVote(ctx, id, voter);
    if (v === undefined) throw new ChainError(Codes.NotFound, `rpc error: code = NotFound desc = voter: ${voter} not found for proposal: ${id}`);
    return v;
  };
  const deposit = (ctx: Context, id: bigint, depositor: string): G1.Deposit => {
    requireId(id);
    k.codec.decode(depositor, 'depositor address');
    const d = k.getDeposit(ctx, id, depositor);
    if (d === undefined) throw new ChainError(Codes.NotFound, `rpc error: code = NotFound desc = depositor: ${depositor} not found for proposal: ${id}`);
    return d;
  };

  r.registerService('cosmos.gov.v1.Query', {
    Constitution: (ctx) => Q1.QueryConstitutionResponse.encode({ constitution: k.getConstitution(ctx) }).finish(),
    Proposal: (ctx, b) => Q1.QueryProposalResponse.encode({ proposal: proposalOrNotFound(ctx, k, Q1.QueryProposalRequest.decode(b).proposalId) }).finish(),
    Proposals: (ctx, b) => {
      const { items, pagination } = listProposals(ctx, k, Q1.QueryProposalsRequest.decode(b));
      return Q1.QueryProposalsResponse.encode({ proposals: items, pagination }).finish();
    },
    Vote: (ctx, b) => {
      const q = Q1.QueryVoteRequest.decode(b);
      return Q1.QueryVoteResponse.encode({ vote: vote(ctx, q.proposalId, q.voter) }).finish();
    },
    Votes: (ctx, b) => {
      const q = Q1.QueryVotesRequest.decode(b);
      requireId(q.proposalId);
      const { items, pagination } = paginate(store(ctx), k.votesPrefix(q.proposalId), q.pagination, (_key, v) => G1.Vote.decode(v));
      return Q1.QueryVotesResponse.encode({ votes: items, pagination }).finish();
    },
    Params: (ctx, b) => {
      const q = Q1.QueryParamsRequest.decode(b);
      const params = paramsToProto(k.getParams(ctx));
      const resp: Q1.QueryParamsResponse = { params };
      if (q.paramsType === 'deposit') resp.depositParams = { minDeposit: params.minDeposit, maxDepositPeriod: params.maxDepositPeriod };
      else if (q.paramsType === 'voting') resp.votingParams = { votingPeriod: params.votingPeriod };
      else if (q.paramsType === 'tallying') resp.tallyParams = { quorum: params.quorum, threshold: params.threshold, vetoThreshold: params.vetoThreshold };
      else if (q.paramsType !== '') throw new ChainError(Codes.InvalidRequest, `unknown params type: ${q.paramsType}; use deposit, voting or tallying`);
      return Q1.QueryParamsResponse.encode(resp).finish();
    },
    Deposit: (ctx, b) => {
      const q = Q1.QueryDepositRequest.decode(b);
      return Q1.QueryDepositResponse.encode({ deposit: deposit(ctx, q.proposalId, q.depositor) }).finish();
    },
    Deposits: (ctx, b) => {
      const q = Q1.QueryDepositsRequest.decode(b);
      requireId(q.proposalId);
      const { items, pagination } = paginate(store(ctx), k.depositsPrefix(q.proposalId), q.pagination, (_key, v) => G1.Deposit.decode(v));
      return Q1.QueryDepositsResponse.encode({ deposits: items, pagination }).finish();
    },
    TallyResult: (ctx, b) => {
      const p = proposalOrNotFound(ctx, k, Q1.QueryTallyResultRequest.decode(b).proposalId);
      return Q1.QueryTallyResultResponse.encode({ tally: k.currentTallyResult(ctx, p) }).finish();
    },
  });

  r.registerService('cosmos.gov.v1beta1.Query', {
    Proposal: (ctx, b) => Qb.QueryProposalResponse.encode({ proposal: toLegacyProposal(proposalOrNotFound(ctx, k, Qb.QueryProposalRequest.decode(b).proposalId)) }).finish(),
    Proposals: (ctx, b) => {
      const { items, pagination } = listProposals(ctx, k, Qb.QueryProposalsRequest.decode(b));
      return Qb.QueryProposalsResponse.encode({ proposals: items.map(toLegacyProposal), pagination }).finish();
    },
    Vote: (ctx, b) => {
      const q = Qb.QueryVoteRequest.decode(b);
      return Qb.QueryVoteResponse.encode({ vote: toLegacyVote(vote(ctx, q.proposalId, q.voter)) }).finish();
    },
    Votes: (ctx, b) => {
      const q = Qb.QueryVotesRequest.decode(b);
      requireId(q.proposalId);
      const { items, pagination } = paginate(store(ctx), k.votesPrefix(q.proposalId), q.pagination, (_key, v) => toLegacyVote(G1.Vote.decode(v)));
      return Qb.QueryVotesResponse.encode({ votes: items, pagination }).finish();
    },
    Params: (ctx, b) => {
      const q = Qb.QueryParamsRequest.decode(b);
      const p = k.getParams(ctx);
      const wire = paramsToProto(p);
      const zeroDuration = { seconds: 0n, nanos: 0 };
      const resp: Qb.QueryParamsResponse = {
        votingParams: { votingPeriod: zeroDuration },
        depositParams: { minDeposit: [], maxDepositPeriod: zeroDuration },
        tallyParams: { quorum: utf8('0'), threshold: utf8('0'), vetoThreshold: utf8('0') },
      };
      if (q.paramsType === 'voting') resp.votingParams = { votingPeriod: wire.votingPeriod! };
      else if (q.paramsType === 'deposit') resp.depositParams = { minDeposit: wire.minDeposit, maxDepositPeriod: wire.maxDepositPeriod! };
      else if (q.paramsType === 'tallying') resp.tallyParams = { quorum: utf8(p.quorum.toAtomicsString()), threshold: utf8(p.threshold.toAtomicsString()), vetoThreshold: utf8(p.vetoThreshold.toAtomicsString()) };
      else throw new ChainError(Codes.InvalidRequest, `${q.paramsType} is not a valid parameter type; use deposit, voting or tallying`);
      return Qb.QueryParamsResponse.encode(resp).finish();
    },
    Deposit: (ctx, b) => {
      const q = Qb.QueryDepositRequest.decode(b);
      return Qb.QueryDepositResponse.encode({ deposit: deposit(ctx, q.proposalId, q.depositor) }).finish();
    },
    Deposits: (ctx, b) => {
      const q = Qb.QueryDepositsRequest.decode(b);
      requireId(q.proposalId);
      const { items, pagination } = paginate(store(ctx), k.depositsPrefix(q.proposalId), q.pagination, (_key, v) => G1.Deposit.decode(v));
      return Qb.QueryDepositsResponse.encode({ deposits: items, pagination }).finish();
    },
    TallyResult: (ctx, b) => {
      const p = proposalOrNotFound(ctx, k, Qb.QueryTallyResultRequest.decode(b).proposalId);
      return Qb.QueryTallyResultResponse.encode({ tally: toLegacyTally(k.currentTallyResult(ctx, p)) }).finish();
    },
  });
}
