/** x/gov module: the v1 messages (plus v1beta1 vote/deposit for older clients), genesis and EndBlock. */
import * as V1 from 'cosmjs-types/cosmos/gov/v1/tx';
import * as V1Beta1 from 'cosmjs-types/cosmos/gov/v1beta1/tx';
import { Deposit, Proposal, Vote, VoteOption, type WeightedVoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import { inBranch, type Context } from '../../kernel/context.js';
import type { Module } from '../../kernel/module.js';
import { protoMsg, type MsgResponse, type MsgRouter, type QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { addCoins, coinsFromProto, formatCoins, isAllGte, type Coin } from '../../types/coins.js';
import { Dec } from '../../types/dec.js';
import { GovErrors } from './errors.js';
import { GOV_MODULE_NAME, GOV_STORE, MSG_EXEC_LEGACY_CONTENT, legacyContentError, normalizeVoteOptions, timestampFromNs, type GovKeeper } from './keeper.js';
import { defaultGovParams, paramsFromJson, paramsFromProto, paramsToJson, type GovParamsJson } from './params.js';
import { registerGovQueries } from './query.js';

/** Genesis `app_state.gov`: snake_case like the SDK's; proposals, deposits and votes in proto JSON with snake_case keys. */
export interface GovGenesis {
  starting_proposal_id?: string;
  params?: GovParamsJson;
  constitution?: string;
  proposals?: unknown[];
  deposits?: unknown[];
  votes?: unknown[];
}

const respond = (typeUrl: string, value: Uint8Array): MsgResponse => ({ typeUrl, value });

function checkVoteOption(option: VoteOption): void {
  if (option < VoteOption.VOTE_OPTION_YES || option > VoteOption.VOTE_OPTION_NO_WITH_VETO) {
    throw new ChainError(GovErrors.InvalidVote, `option ${option} is not one of YES(1), ABSTAIN(2), NO(3), NO_WITH_VETO(4)`);
  }
}

/**
 * Upstream's check that JSON metadata, when it parses as an object, repeats the proposal's title and
 * summary; non-JSON metadata (a URL, a CID) is accepted as is.
 */
function checkMetadataMatches(metadata: string, title: string, summary: string): void {
  if (metadata === '') return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(metadata);
  } catch {
    return;
  }
  if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) return;
  const o = (parsed ?? {}) as Record<string, unknown>;
  if ((o.title !== undefined && typeof o.title !== 'string') || (o.summary !== undefined && typeof o.summary !== 'string')) return;
  const t = (o.title as string | undefined) ?? '';
  const s = (o.summary as string | undefined) ?? '';
  if (t !== title) throw new ChainError(GovErrors.InvalidProposalContent, `metadata title '${t}' must equal proposal title '${title}'`);
  if (s !== summary) throw new ChainError(GovErrors.InvalidProposalContent, `metadata summary '${s}' must equal proposal summary '${summary}'`);
}

const toSnake = (k: string): string => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toCamel = (k: string): string => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
function renameKeys(v: unknown, f: (k: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => renameKeys(x, f));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [f(k), renameKeys(x, f)]));
  return v;
}

export class GovModule implements Module {
  readonly name = 'gov';
  readonly storeKeys = [GOV_STORE];

  constructor(readonly keeper: GovKeeper) {}

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    const codec = k.codec;

    r.register<V1.MsgSubmitProposal>({
      ...protoMsg(V1.MsgSubmitProposal, 'gov'),
      signers: (m) => [m.proposer],
      validate: (m) => {
        if (m.title === '') throw new ChainError(GovErrors.InvalidProposalContent, 'proposal title cannot be empty');
        if (m.summary === '') throw new ChainError(GovErrors.InvalidProposalContent, 'proposal summary cannot be empty');
        codec.decode(m.proposer, 'proposer address');
        coinsFromProto(m.initialDeposit);
        if (m.messages.length === 0 && m.metadata === '') throw new ChainError(GovErrors.NoProposalMsgs, 'either metadata or messages must be set');
        checkMetadataMatches(m.metadata, m.title, m.summary);
      },
      handle: (ctx, m) =>
        inBranch(ctx, (c) => {
          const deposit = coinsFromProto(m.initialDeposit);
          k.validateInitialDeposit(c, deposit, m.expedited);
          const p = k.submitProposal(c, { messages: m.messages, initialDeposit: deposit, proposer: m.proposer, metadata: m.metadata, title: m.title, summary: m.summary, expedited: m.expedited });
          k.chargeProposalGas(c, p);
          // An empty initial deposit escrows nothing; it still has to pass min_deposit_ratio when that is set.
          const started = deposit.length > 0 || !k.getParams(c).minDepositRatio.isZero() ? k.addDeposit(c, p.id, m.proposer, deposit) : false;
          if (started) c.emit(event('submit_proposal', { voting_period_start: p.id.toString() }));
          return respond('/cosmos.gov.v1.MsgSubmitProposalResponse', V1.MsgSubmitProposalResponse.encode({ proposalId: p.id }).finish());
        }),
    });

    const deposit = (ctx: Context, id: bigint, depositor: string, amount: Coin[]): void =>
      inBranch(ctx, (c) => {
        if (k.addDeposit(c, id, depositor, amount)) c.emit(event('proposal_deposit', { voting_period_start: id.toString() }));
      });
    const validateDeposit = (m: { depositor: string; amount: { denom: string; amount: string }[] }): void => {
      codec.decode(m.depositor, 'depositor address');
      if (coinsFromProto(m.amount).length === 0) throw new ChainError(Codes.InvalidCoins, 'deposit amount must be positive');
    };
    r.register<V1.MsgDeposit>({
      ...protoMsg(V1.MsgDeposit, 'gov'),
      signers: (m) => [m.depositor],
      validate: validateDeposit,
      handle: (ctx, m) => {
        deposit(ctx, m.proposalId, m.depositor, coinsFromProto(m.amount));
        return respond('/cosmos.gov.v1.MsgDepositResponse', V1.MsgDepositResponse.encode({}).finish());
      },
    });

    const one = (option: VoteOption): WeightedVoteOption[] => [{ option, weight: Dec.ONE.toString() }];
    r.register<V1.MsgVote>({
      ...protoMsg(V1.MsgVote, 'gov'),
      signers: (m) => [m.voter],
      validate: (m) => {
        codec.decode(m.voter, 'voter address');
        checkVoteOption(m.option);
      },
      handle: (ctx, m) => {
        k.addVote(ctx, m.proposalId, m.voter, one(m.option), m.metadata);
        return respond('/cosmos.gov.v1.MsgVoteResponse', V1.MsgVoteResponse.encode({}).finish());
      },
    });
    r.register<V1.MsgVoteWeighted>({
      ...protoMsg(V1.MsgVoteWeighted, 'gov'),
      signers: (m) => [m.voter],
      validate: (m) => {
        codec.decode(m.voter, 'voter address');
        normalizeVoteOptions(m.options);
      },
      handle: (ctx, m) => {
        k.addVote(ctx, m.proposalId, m.voter, m.options, m.metadata);
        return respond('/cosmos.gov.v1.MsgVoteWeightedResponse', V1.MsgVoteWeightedResponse.encode({}).finish());
      },
    });

    r.register<V1.MsgCancelProposal>({
      ...protoMsg(V1.MsgCancelProposal, 'gov'),
      signers: (m) => [m.proposer],
      validate: (m) => {
        codec.decode(m.proposer, 'proposer address');
      },
      handle: (ctx, m) =>
        inBranch(ctx, (c) => {
          k.cancelProposal(c, m.proposalId, m.proposer);
          c.emit(event('cancel_proposal', { sender: m.proposer, proposal_id: m.proposalId.toString() }));
          const canceledTime = timestampFromNs(c.time);
          return respond('/cosmos.gov.v1.MsgCancelProposalResponse', V1.MsgCancelProposalResponse.encode({ proposalId: m.proposalId, canceledTime, canceledHeight: BigInt(c.height) }).finish());
        }),
    });

    r.register<V1.MsgUpdateParams>({
      ...protoMsg(V1.MsgUpdateParams, 'gov'),
      signers: (m) => [m.authority],
      handle: (ctx, m) => {
        if (m.authority !== k.authority) throw new ChainError(GovErrors.InvalidSigner, `invalid authority; expected ${k.authority}, got ${m.authority}`);
        // proposal_execution_gas is not in the wire params; an update keeps the current value.
        k.setParams(ctx, paramsFromProto(m.params, k.getParams(ctx).proposalExecutionGas));
        return respond('/cosmos.gov.v1.MsgUpdateParamsResponse', V1.MsgUpdateParamsResponse.encode({}).finish());
      },
    });

    r.register<V1.MsgExecLegacyContent>({
      typeUrl: MSG_EXEC_LEGACY_CONTENT,
      module: 'gov',
      decode: (b) => V1.MsgExecLegacyContent.decode(b),
      encode: (m) => V1.MsgExecLegacyContent.encode(m).finish(),
      signers: (m) => [m.authority],
      validate: () => {
        throw legacyContentError();
      },
      handle: () => {
        throw legacyContentError();
      },
    });

    // v1beta1 (CosmJS's default gov messages): votes and deposits map onto v1; content proposals do not exist here.
    r.register<V1Beta1.MsgSubmitProposal>({
      ...protoMsg(V1Beta1.MsgSubmitProposal, 'gov'),
      signers: (m) => [m.proposer],
      validate: () => {
        throw new ChainError(Codes.NotSupported, 'v1beta1 content proposals are not supported on this chain; submit /cosmos.gov.v1.MsgSubmitProposal with messages instead');
      },
      handle: () => {
        throw new ChainError(Codes.NotSupported, 'v1beta1 content proposals are not supported on this chain; submit /cosmos.gov.v1.MsgSubmitProposal with messages instead');
      },
    });
    r.register<V1Beta1.MsgDeposit>({
      ...protoMsg(V1Beta1.MsgDeposit, 'gov'),
      signers: (m) => [m.depositor],
      validate: validateDeposit,
      handle: (ctx, m) => {
        deposit(ctx, m.proposalId, m.depositor, coinsFromProto(m.amount));
        return respond('/cosmos.gov.v1beta1.MsgDepositResponse', V1Beta1.MsgDepositResponse.encode({}).finish());
      },
    });
    r.register<V1Beta1.MsgVote>({
      ...protoMsg(V1Beta1.MsgVote, 'gov'),
      signers: (m) => [m.voter],
      validate: (m) => {
        codec.decode(m.voter, 'voter address');
        checkVoteOption(m.option);
      },
      handle: (ctx, m) => {
        k.addVote(ctx, m.proposalId, m.voter, one(m.option), '');
        return respond('/cosmos.gov.v1beta1.MsgVoteResponse', V1Beta1.MsgVoteResponse.encode({}).finish());
      },
    });
    // v1beta1 weights are LegacyDec on the wire: the atomics integer string.
    const fromLegacyWeights = (options: { option: number; weight: string }[]): WeightedVoteOption[] => {
      try {
        return options.map((o) => ({ option: o.option, weight: Dec.fromAtomicsString(o.weight).toString() }));
      } catch (e) {
        throw new ChainError(GovErrors.InvalidVote, (e as Error).message);
      }
    };
    r.register<V1Beta1.MsgVoteWeighted>({
      ...protoMsg(V1Beta1.MsgVoteWeighted, 'gov'),
      signers: (m) => [m.voter],
      validate: (m) => {
        codec.decode(m.voter, 'voter address');
        normalizeVoteOptions(fromLegacyWeights(m.options));
      },
      handle: (ctx, m) => {
        k.addVote(ctx, m.proposalId, m.voter, fromLegacyWeights(m.options), '');
        return respond('/cosmos.gov.v1beta1.MsgVoteWeightedResponse', V1Beta1.MsgVoteWeightedResponse.encode({}).finish());
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    registerGovQueries(r, this.keeper);
  }

  initGenesis(ctx: Context, state: unknown): void {
    const g = (state ?? {}) as GovGenesis;
    const k = this.keeper;
    k.setParams(ctx, paramsFromJson(g.params ?? {}, defaultGovParams(k.staking.bondDenom(ctx))));
    const start = g.starting_proposal_id === undefined ? 1n : BigInt(g.starting_proposal_id);
    if (start < 1n) throw new ChainError(GovErrors.InvalidGenesis, `starting_proposal_id must be at least 1, got ${start}`);
    k.setNextProposalId(ctx, start);
    k.setConstitution(ctx, g.constitution ?? '');
    k.auth.getModuleAccount(ctx, GOV_MODULE_NAME);
    let deposited: Coin[] = [];
    for (const d of g.deposits ?? []) {
      const dep = Deposit.fromJSON(renameKeys(d, toCamel));
      k.setDeposit(ctx, dep);
      deposited = addCoins(deposited, coinsFromProto(dep.amount));
    }
    for (const v of g.votes ?? []) k.setVote(ctx, Vote.fromJSON(renameKeys(v, toCamel)));
    for (const p of g.proposals ?? []) {
      const prop = Proposal.fromJSON(renameKeys(p, toCamel));
      if (prop.id >= start) throw new ChainError(GovErrors.InvalidGenesis, `proposal ${prop.id} is not below starting_proposal_id ${start}`);
      k.setProposal(ctx, prop);
      k.enqueue(ctx, prop);
    }
    // Escrowed deposits must be backed by the module account (upstream demands equality; we allow extra funds).
    const balance = k.bank.getAllBalances(ctx, k.moduleAddress());
    if (!isAllGte(balance, deposited)) throw new ChainError(GovErrors.InvalidGenesis, `gov module account holds ${formatCoins(balance) || 'nothing'} but the genesis deposits total ${formatCoins(deposited)}`);
  }

  exportGenesis(ctx: Context): GovGenesis {
    const k = this.keeper;
    return {
      starting_proposal_id: k.nextProposalId(ctx).toString(),
      params: paramsToJson(k.getParams(ctx)),
      constitution: k.getConstitution(ctx),
      proposals: [...k.iterateProposals(ctx)].map((p) => renameKeys(Proposal.toJSON(p), toSnake)),
      deposits: [...k.iterateAllDeposits(ctx)].map((d) => renameKeys(Deposit.toJSON(d), toSnake)),
      votes: [...k.iterateAllVotes(ctx)].map((v) => renameKeys(Vote.toJSON(v), toSnake)),
    };
  }

  endBlock(ctx: Context): void {
    this.keeper.endBlock(ctx);
  }
}
