import { describe, test } from 'node:test';
import { expect } from 'expect';
import * as V1 from 'cosmjs-types/cosmos/gov/v1/tx';
import * as V1Beta1Tx from 'cosmjs-types/cosmos/gov/v1beta1/tx';
import { ProposalStatus, VoteOption, type Proposal, type WeightedVoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import * as Q1 from 'cosmjs-types/cosmos/gov/v1/query';
import * as Qb from 'cosmjs-types/cosmos/gov/v1beta1/query';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { ChainError } from '../../kernel/errors.js';
import { findAttribute, type Event } from '../../kernel/events.js';
import { utf8 } from '../../kernel/keys.js';
import { NS_PER_SECOND } from '../../kernel/context.js';
import { GovErrors } from './errors.js';
import { paramsToProto, type GovParamsJson } from './params.js';
import { BOND_DENOM, GENESIS_TIME, TEST_STORE, TestChain, addr, testMsgAny, type TestMsg } from './testkit.js';

const PROPOSER = addr(1);
const OTHER = addr(2);
const RECIPIENT = addr(3);
const V1_ACC = addr(10);
const V2_ACC = addr(11);
const V3_ACC = addr(12);
const DELEGATOR = addr(20);
const DELEGATOR2 = addr(21);

const BASE_PARAMS: GovParamsJson = {
  min_deposit: [{ denom: BOND_DENOM, amount: '1000' }],
  expedited_min_deposit: [{ denom: BOND_DENOM, amount: '5000' }],
  max_deposit_period: '100s',
  voting_period: '100s',
  expedited_voting_period: '50s',
};
const START_BALANCE = 100_000n;

function setup(params: GovParamsJson = {}): TestChain {
  return new TestChain({ params: { ...BASE_PARAMS, ...params } }, [
    [PROPOSER, START_BALANCE],
    [OTHER, START_BALANCE],
  ]);
}

/** Bonded validators with self-delegations of the given tokens (shares 1:1). */
function stake(chain: TestChain, vals: [string, bigint][]): string[] {
  return vals.map(([acc, tokens]) => {
    const op = chain.staking.addValidator(acc);
    chain.staking.delegate(acc, op, tokens);
    return op;
  });
}

const any = <T>(typeUrl: string, codec: { encode(m: T): { finish(): Uint8Array } }, m: T): Any => ({ typeUrl, value: codec.encode(m).finish() });

function submitMsg(o: { messages?: Any[]; deposit?: bigint; expedited?: boolean; proposer?: string; metadata?: string; denom?: string }): Any {
  return any('/cosmos.gov.v1.MsgSubmitProposal', V1.MsgSubmitProposal, {
    messages: o.messages ?? [],
    initialDeposit: o.deposit === undefined || o.deposit === 0n ? [] : [{ denom: o.denom ?? BOND_DENOM, amount: o.deposit.toString() }],
    proposer: o.proposer ?? PROPOSER,
    metadata: o.metadata ?? 'ipfs://proposal',
    title: 'A proposal',
    summary: 'What it does',
    expedited: o.expedited ?? false,
  });
}
const voteMsg = (id: bigint, voter: string, option: VoteOption): Any => any('/cosmos.gov.v1.MsgVote', V1.MsgVote, { proposalId: id, voter, option, metadata: '' });
const weightedMsg = (id: bigint, voter: string, options: WeightedVoteOption[]): Any => any('/cosmos.gov.v1.MsgVoteWeighted', V1.MsgVoteWeighted, { proposalId: id, voter, options, metadata: '' });
const depositMsg = (id: bigint, depositor: string, amount: bigint): Any => any('/cosmos.gov.v1.MsgDeposit', V1.MsgDeposit, { proposalId: id, depositor, amount: [{ denom: BOND_DENOM, amount: amount.toString() }] });
const cancelMsg = (id: bigint, proposer: string): Any => any('/cosmos.gov.v1.MsgCancelProposal', V1.MsgCancelProposal, { proposalId: id, proposer });

function sendFromGov(chain: TestChain, to: string, amount: bigint): Any {
  return any('/cosmos.bank.v1beta1.MsgSend', MsgSend, { fromAddress: chain.keeper.moduleAddress(), toAddress: to, amount: [{ denom: BOND_DENOM, amount: amount.toString() }] });
}

function submit(chain: TestChain, o: Parameters<typeof submitMsg>[0]): bigint {
  const r = chain.ok(submitMsg(o));
  return V1.MsgSubmitProposalResponse.decode(r.response!.value).proposalId;
}

function proposal(chain: TestChain, id: bigint): Proposal | undefined {
  return chain.keeper.getProposal(chain.context('query'), id);
}

/** Closes the current block, jumps `seconds`, and runs the block whose EndBlock ends the period. */
function runFor(chain: TestChain, seconds: number): Event[] {
  chain.endBlock(seconds);
  return chain.endBlock();
}

function expectChainError(r: { error?: Error }, spec: { codespace: string; code: number }, text?: string | RegExp): void {
  expect(r.error).toBeInstanceOf(ChainError);
  const e = r.error as ChainError;
  expect({ codespace: e.codespace, code: e.code }).toEqual({ codespace: spec.codespace, code: spec.code });
  if (text !== undefined) expect(e.message).toMatch(text);
}

const tally = (p: Proposal | undefined) => p?.finalTallyResult;

describe('gov: a proposal that passes', () => {
  test('executes a bank MsgSend from the gov account, refunds the deposit, emits the events', () => {
    const chain = setup();
    stake(chain, [
      [V1_ACC, 600n],
      [V2_ACC, 400n],
    ]);
    chain.bank.initBalance(chain.context(), chain.keeper.moduleAddress(), [{ denom: BOND_DENOM, amount: 500n }]);
    const sub = chain.ok(submitMsg({ messages: [sendFromGov(chain, RECIPIENT, 100n)], deposit: 1000n }));
    expect(findAttribute(sub.events, 'submit_proposal', 'proposal_messages')).toBe(',/cosmos.bank.v1beta1.MsgSend');
    expect(sub.events.some((e) => e.type === 'submit_proposal' && findAttribute([e], 'submit_proposal', 'voting_period_start') === '1')).toBe(true);
    expect(proposal(chain, 1n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE - 1000n);

    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    const events = runFor(chain, 100);

    const p = proposal(chain, 1n)!;
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(p.failedReason).toBe('');
    expect(tally(p)).toEqual({ yesCount: '600', abstainCount: '0', noCount: '0', noWithVetoCount: '0' });
    expect(chain.balance(RECIPIENT)).toBe(100n);
    expect(chain.balance(chain.keeper.moduleAddress())).toBe(400n);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE);
    const active = events.find((e) => e.type === 'active_proposal')!;
    expect(findAttribute([active], 'active_proposal', 'proposal_result')).toBe('proposal_passed');
    expect(findAttribute([active], 'active_proposal', 'proposal_id')).toBe('1');
    // the executed message's events are re-emitted before the result event
    const transfers = events.filter((e) => e.type === 'transfer').map((e) => findAttribute([e], 'transfer', 'recipient'));
    expect(transfers).toContain(RECIPIENT);
    expect(events.findIndex((e) => findAttribute([e], 'transfer', 'recipient') === RECIPIENT)).toBeLessThan(events.indexOf(active));
    // votes are gone once decided
    expect(chain.keeper.getVotes(chain.context('query'), 1n)).toEqual([]);
  });

  test('a passed MsgUpdateParams from gov changes gov params', () => {
    const chain = setup();
    stake(chain, [[V1_ACC, 1000n]]);
    const params = paramsToProto(chain.keeper.getParams(chain.context()));
    params.quorum = '0.400000000000000000';
    const update = any('/cosmos.gov.v1.MsgUpdateParams', V1.MsgUpdateParams, { authority: chain.keeper.moduleAddress(), params });
    submit(chain, { messages: [update], deposit: 1000n });
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    runFor(chain, 100);
    expect(proposal(chain, 1n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(chain.keeper.getParams(chain.context()).quorum.toString()).toBe('0.400000000000000000');
    // and the same message from anyone else is refused
    const r = chain.deliver(any('/cosmos.gov.v1.MsgUpdateParams', V1.MsgUpdateParams, { authority: PROPOSER, params }));
    expectChainError(r, GovErrors.InvalidSigner, /invalid authority/);
  });
});

describe('gov: decisions (B3 1–5)', () => {
  function decide(votes: [string, VoteOption][], vals: [string, bigint][], params: GovParamsJson = {}) {
    const chain = setup(params);
    stake(chain, vals);
    submit(chain, { messages: [sendFromGov(chain, RECIPIENT, 1n)], deposit: 1000n });
    for (const [voter, option] of votes) chain.ok(voteMsg(1n, voter, option));
    const supplyBefore = chain.supply();
    const events = runFor(chain, 100);
    return { chain, p: proposal(chain, 1n)!, events, burned: supplyBefore - chain.supply() };
  }

  test('1: yes ≤ 50% of non-abstain → REJECTED, deposit refunded, messages never run', () => {
    const { chain, p, events, burned } = decide(
      [
        [V1_ACC, VoteOption.VOTE_OPTION_YES],
        [V2_ACC, VoteOption.VOTE_OPTION_NO],
      ],
      [
        [V1_ACC, 400n],
        [V2_ACC, 600n],
      ],
    );
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(tally(p)).toEqual({ yesCount: '400', abstainCount: '0', noCount: '600', noWithVetoCount: '0' });
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE);
    expect(burned).toBe(0n);
    expect(chain.balance(RECIPIENT)).toBe(0n);
    expect(findAttribute(events, 'active_proposal', 'proposal_result')).toBe('proposal_rejected');
  });

  test('2: exactly 50% yes → REJECTED (strict >); abstain does not count toward the threshold', () => {
    const { p } = decide(
      [
        [V1_ACC, VoteOption.VOTE_OPTION_YES],
        [V2_ACC, VoteOption.VOTE_OPTION_NO],
        [V3_ACC, VoteOption.VOTE_OPTION_ABSTAIN],
      ],
      [
        [V1_ACC, 300n],
        [V2_ACC, 300n],
        [V3_ACC, 400n],
      ],
    );
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(tally(p)).toEqual({ yesCount: '300', abstainCount: '400', noCount: '300', noWithVetoCount: '0' });
  });

  test('3: no_with_veto > 33.4% of all votes (abstain included) → REJECTED and the deposit is burned', () => {
    const { chain, p, burned } = decide(
      [
        [V1_ACC, VoteOption.VOTE_OPTION_YES],
        [V2_ACC, VoteOption.VOTE_OPTION_NO_WITH_VETO],
        [V3_ACC, VoteOption.VOTE_OPTION_ABSTAIN],
      ],
      // veto 335 / total 1000 = 0.335 > 0.334, although 335 / non-abstain 835 would be the larger share
      [
        [V1_ACC, 500n],
        [V2_ACC, 335n],
        [V3_ACC, 165n],
      ],
    );
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(burned).toBe(1000n);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE - 1000n);
    expect(chain.balance(chain.keeper.moduleAddress())).toBe(0n);
  });

  test('3: exactly 33.4% veto does not veto (and the proposal can pass)', () => {
    const { p, burned } = decide(
      [
        [V1_ACC, VoteOption.VOTE_OPTION_YES],
        [V2_ACC, VoteOption.VOTE_OPTION_NO_WITH_VETO],
      ],
      [
        [V1_ACC, 666n],
        [V2_ACC, 334n],
      ],
    );
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED); // passed the vote; gov holds no coins to send
    expect(p.failedReason).toMatch(/^message 0 \(\/cosmos\.bank\.v1beta1\.MsgSend\) failed: .*insufficient funds/);
    expect(burned).toBe(0n);
  });

  test('4: participation below quorum → REJECTED, refunded; burned with burn_vote_quorum', () => {
    const vals: [string, bigint][] = [
      [V1_ACC, 333n],
      [V2_ACC, 667n],
    ];
    const a = decide([[V1_ACC, VoteOption.VOTE_OPTION_YES]], vals);
    expect(a.p.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(a.burned).toBe(0n);
    expect(a.chain.balance(PROPOSER)).toBe(START_BALANCE);
    const b = decide([[V1_ACC, VoteOption.VOTE_OPTION_YES]], vals, { burn_vote_quorum: true });
    expect(b.p.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(b.burned).toBe(1000n);
  });

  test('4: participation exactly at quorum counts as met', () => {
    const { chain, p } = decide(
      [[V1_ACC, VoteOption.VOTE_OPTION_YES]],
      [
        [V1_ACC, 334n],
        [V2_ACC, 666n],
      ],
    );
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED); // reached the execution step
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE);
  });

  test('5: everyone abstains → REJECTED, refunded', () => {
    const { chain, p, burned } = decide([[V1_ACC, VoteOption.VOTE_OPTION_ABSTAIN]], [[V1_ACC, 1000n]]);
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(tally(p)!.abstainCount).toBe('1000');
    expect(burned).toBe(0n);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE);
  });

  test('5: no bonded tokens → not passed (REJECTED, as upstream), refunded', () => {
    const chain = setup();
    const op = chain.staking.addValidator(V1_ACC, 'unbonded');
    chain.staking.delegate(V1_ACC, op, 1000n);
    submit(chain, { messages: [sendFromGov(chain, RECIPIENT, 1n)], deposit: 1000n });
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    runFor(chain, 100);
    expect(proposal(chain, 1n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE);
  });
});

describe('gov: voting power (B3 6–7)', () => {
  test('6: a delegator who votes overrides its validator for its own shares, in either order', () => {
    for (const order of ['validator-first', 'delegator-first'] as const) {
      const chain = setup();
      const [op1] = stake(chain, [
        [V1_ACC, 600n],
        [V2_ACC, 1000n],
      ]);
      chain.staking.delegate(DELEGATOR, op1!, 400n);
      submit(chain, { messages: [], metadata: 'text proposal', deposit: 1000n });
      const votes: [string, VoteOption][] = [
        [V1_ACC, VoteOption.VOTE_OPTION_YES],
        [DELEGATOR, VoteOption.VOTE_OPTION_NO],
      ];
      if (order === 'delegator-first') votes.reverse();
      for (const [v, o] of votes) chain.ok(voteMsg(1n, v, o));
      runFor(chain, 100);
      // V1 has 1000 tokens: 600 its own (YES), 400 the delegator's (NO); V2 did not vote.
      expect(tally(proposal(chain, 1n))).toEqual({ yesCount: '600', abstainCount: '0', noCount: '400', noWithVetoCount: '0' });
    }
  });

  test('6: a delegator who does not vote inherits its validator\'s vote', () => {
    const chain = setup();
    const [op1] = stake(chain, [[V1_ACC, 600n]]);
    chain.staking.delegate(DELEGATOR, op1!, 400n);
    submit(chain, { messages: [], metadata: 'text', deposit: 1000n });
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    runFor(chain, 100);
    expect(proposal(chain, 1n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(tally(proposal(chain, 1n))!.yesCount).toBe('1000');
  });

  test('6: stake with jailed or unbonded validators has no power; slashed validators count tokens, not shares', () => {
    const chain = setup();
    const [op1] = stake(chain, [[V1_ACC, 1000n]]);
    const unbonded = chain.staking.addValidator(V2_ACC, 'unbonded');
    chain.staking.delegate(DELEGATOR2, unbonded, 5000n);
    const jailed = chain.staking.addValidator(V3_ACC, 'bonded', true);
    chain.staking.delegate(DELEGATOR2, jailed, 5000n);
    chain.staking.delegate(DELEGATOR, op1!, 1000n); // V1: 2000 tokens, 2000 shares
    chain.staking.slashTokens(op1!, 1800n); // each share now worth 0.9
    submit(chain, { messages: [], metadata: 'text', deposit: 1000n });
    chain.ok(voteMsg(1n, DELEGATOR2, VoteOption.VOTE_OPTION_YES));
    chain.ok(voteMsg(1n, DELEGATOR, VoteOption.VOTE_OPTION_NO));
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    runFor(chain, 100);
    // DELEGATOR2's 10000 tokens count for nothing; V1: 1000 shares × 1800 / 2000 each way.
    expect(tally(proposal(chain, 1n))).toEqual({ yesCount: '900', abstainCount: '0', noCount: '900', noWithVetoCount: '0' });
    expect(proposal(chain, 1n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
  });

  test('6: fractional power is summed in Dec and truncated only in the reported counts', () => {
    const chain = setup();
    const [op1] = stake(chain, [[V1_ACC, 2n]]);
    chain.staking.delegate(DELEGATOR, op1!, 1n); // 3 tokens, 3 shares
    chain.staking.slashTokens(op1!, 2n); // share worth 2/3
    submit(chain, { messages: [], metadata: 'text', deposit: 1000n });
    chain.ok(voteMsg(1n, DELEGATOR, VoteOption.VOTE_OPTION_NO));
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    const p = proposal(chain, 1n)!;
    const live = chain.keeper.tally(chain.context('query'), p);
    // delegator: 1 × 2 / 3 = 0.666666666666666667; validator: 2 × 2 / 3 = 1.333333333333333333
    expect(live.result).toEqual({ yesCount: '1', abstainCount: '0', noCount: '0', noWithVetoCount: '0' });
    expect(live.passes).toBe(true);
  });

  test('7: weighted votes split power; bad weights and duplicate options are rejected with no state change', () => {
    const chain = setup();
    stake(chain, [[V1_ACC, 1000n]]);
    submit(chain, { messages: [], metadata: 'text', deposit: 1000n });
    const w = (option: VoteOption, weight: string): WeightedVoteOption => ({ option, weight });
    expectChainError(chain.deliver(weightedMsg(1n, V1_ACC, [w(VoteOption.VOTE_OPTION_YES, '0.5'), w(VoteOption.VOTE_OPTION_NO, '0.4')])), GovErrors.InvalidVote, /total weight lower than 1.00/);
    expectChainError(chain.deliver(weightedMsg(1n, V1_ACC, [w(VoteOption.VOTE_OPTION_YES, '0.7'), w(VoteOption.VOTE_OPTION_NO, '0.4')])), GovErrors.InvalidVote, /total weight overflow 1.00/);
    expectChainError(chain.deliver(weightedMsg(1n, V1_ACC, [w(VoteOption.VOTE_OPTION_YES, '0.5'), w(VoteOption.VOTE_OPTION_YES, '0.5')])), GovErrors.InvalidVote, /duplicated vote option/);
    expectChainError(chain.deliver(weightedMsg(1n, V1_ACC, [w(9 as VoteOption, '1')])), GovErrors.InvalidVote);
    expect(chain.keeper.getVotes(chain.context('query'), 1n)).toEqual([]);
    const r = chain.ok(weightedMsg(1n, V1_ACC, [w(VoteOption.VOTE_OPTION_YES, '0.6'), w(VoteOption.VOTE_OPTION_NO, '0.4')]));
    expect(findAttribute(r.events, 'proposal_vote', 'option')).toBe('option:VOTE_OPTION_YES weight:"0.600000000000000000"\noption:VOTE_OPTION_NO weight:"0.400000000000000000"');
    runFor(chain, 100);
    expect(tally(proposal(chain, 1n))).toEqual({ yesCount: '600', abstainCount: '0', noCount: '400', noWithVetoCount: '0' });
    expect(proposal(chain, 1n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
  });

  test('voting again replaces the earlier vote; votes outside the voting period are refused', () => {
    const chain = setup();
    stake(chain, [[V1_ACC, 1000n]]);
    submit(chain, { messages: [], metadata: 'text', deposit: 500n });
    expectChainError(chain.deliver(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES)), GovErrors.InactiveProposal, /DEPOSIT_PERIOD/);
    chain.ok(depositMsg(1n, OTHER, 500n));
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_NO));
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    expect(chain.keeper.getVotes(chain.context('query'), 1n).map((v) => v.options[0]!.option)).toEqual([VoteOption.VOTE_OPTION_YES]);
    runFor(chain, 100);
    expect(proposal(chain, 1n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expectChainError(chain.deliver(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_NO)), GovErrors.InactiveProposal);
    expectChainError(chain.deliver(voteMsg(7n, V1_ACC, VoteOption.VOTE_OPTION_NO)), GovErrors.UnknownProposal);
  });
});

describe('gov: deposits (B3 8)', () => {
  test('deposit period expiry deletes the proposal and refunds every depositor', () => {
    const chain = setup();
    submit(chain, { messages: [], metadata: 'text', deposit: 300n });
    chain.ok(depositMsg(1n, OTHER, 200n));
    expect(chain.balance(chain.keeper.moduleAddress())).toBe(500n);
    chain.endBlock(99);
    expect(chain.endBlock().some((e) => e.type === 'inactive_proposal')).toBe(false); // T+99s: not yet
    chain.setTime(GENESIS_TIME + 100n * NS_PER_SECOND);
    const events = chain.endBlock();
    expect(findAttribute(events, 'inactive_proposal', 'proposal_result')).toBe('proposal_dropped');
    expect(findAttribute(events, 'inactive_proposal', 'proposal_id')).toBe('1');
    expect(proposal(chain, 1n)).toBeUndefined();
    expect(chain.keeper.getDeposits(chain.context('query'), 1n)).toEqual([]);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE);
    expect(chain.balance(OTHER)).toBe(START_BALANCE);
    expect(chain.keeper.queueEntries(chain.context('query'), 'inactive')).toEqual([]);
  });

  test('with burn_proposal_deposit_prevote the expired deposits are burned', () => {
    const chain = setup({ burn_proposal_deposit_prevote: true });
    submit(chain, { messages: [], metadata: 'text', deposit: 300n });
    const supply = chain.supply();
    runFor(chain, 100);
    expect(proposal(chain, 1n)).toBeUndefined();
    expect(chain.supply()).toBe(supply - 300n);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE - 300n);
  });

  test('reaching min_deposit starts voting (at submission or by a later deposit)', () => {
    const chain = setup();
    const id1 = submit(chain, { messages: [], metadata: 'text', deposit: 1000n });
    const p1 = proposal(chain, id1)!;
    expect(p1.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    expect(p1.votingStartTime!.seconds).toBe(GENESIS_TIME / NS_PER_SECOND);
    expect(p1.votingEndTime!.seconds).toBe(GENESIS_TIME / NS_PER_SECOND + 100n);
    const id2 = submit(chain, { messages: [], metadata: 'text', deposit: 10n });
    expect(id2).toBe(2n);
    chain.endBlock(30);
    const r = chain.ok(depositMsg(id2, OTHER, 990n));
    expect(r.events.some((e) => findAttribute([e], 'proposal_deposit', 'voting_period_start') === '2')).toBe(true);
    const p2 = proposal(chain, id2)!;
    expect(p2.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    expect(p2.votingEndTime!.seconds).toBe(GENESIS_TIME / NS_PER_SECOND + 130n);
    expect(p2.totalDeposit).toEqual([{ denom: BOND_DENOM, amount: '1000' }]);
    expect(chain.keeper.queueEntries(chain.context('query'), 'inactive')).toEqual([]);
    expect(chain.keeper.queueEntries(chain.context('query'), 'active').map((e) => e.id)).toEqual([1n, 2n]);
  });

  test('a deposit below min_deposit_ratio × min_deposit is refused; wrong denoms are refused', () => {
    const chain = setup();
    chain.bank.initBalance(chain.context(), PROPOSER, [{ denom: 'uother', amount: 5000n }]);
    expectChainError(chain.deliver(submitMsg({ deposit: 9n })), GovErrors.MinDepositTooSmall, /need at least one of the following: 10stake/);
    expectChainError(chain.deliver(submitMsg({ deposit: 2000n, denom: 'uother' })), GovErrors.InvalidDepositDenom);
    expect(chain.keeper.nextProposalId(chain.context())).toBe(1n);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE);
    submit(chain, { deposit: 10n });
    expectChainError(chain.deliver(depositMsg(1n, OTHER, 9n)), GovErrors.MinDepositTooSmall);
    chain.ok(depositMsg(1n, OTHER, 10n));
    expect(chain.keeper.getDeposit(chain.context(), 1n, OTHER)!.amount).toEqual([{ denom: BOND_DENOM, amount: '10' }]);
    expectChainError(chain.deliver(depositMsg(5n, OTHER, 10n)), GovErrors.UnknownProposal);
  });

  test('min_initial_deposit_ratio is enforced at submission', () => {
    const chain = setup({ min_initial_deposit_ratio: '0.25' });
    expectChainError(chain.deliver(submitMsg({ deposit: 249n })), GovErrors.MinDepositTooSmall, /below the required 250stake/);
    submit(chain, { deposit: 250n });
    expectChainError(chain.deliver(submitMsg({ deposit: 1249n, expedited: true })), GovErrors.MinDepositTooSmall, /1250stake/);
  });
});

describe('gov: execution (B3 9–10)', () => {
  function passWith(messages: (chain: TestChain) => Any[]) {
    const chain = setup();
    stake(chain, [[V1_ACC, 1000n]]);
    chain.bank.initBalance(chain.context(), chain.keeper.moduleAddress(), [{ denom: BOND_DENOM, amount: 500n }]);
    submit(chain, { messages: messages(chain), deposit: 1000n });
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    const events = runFor(chain, 100);
    return { chain, p: proposal(chain, 1n)!, events };
  }
  const t = (chain: TestChain, m: Omit<TestMsg, 'signer'>): Any => testMsgAny({ signer: chain.keeper.moduleAddress(), ...m });
  const written = (chain: TestChain, key: string) => chain.context('query').rawStore(TEST_STORE).get(utf8(key));

  test('9: the second message fails → nothing applied (first rolled back), FAILED naming index 1, deposits refunded', () => {
    const { chain, p, events } = passWith((c) => [sendFromGov(c, RECIPIENT, 200n), t(c, { action: 'fail', key: 'second' })]);
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(p.failedReason).toBe('message 1 (/meshwork.test.MsgTest) failed: test handler refused: invalid request');
    expect(chain.balance(RECIPIENT)).toBe(0n);
    expect(chain.balance(chain.keeper.moduleAddress())).toBe(500n);
    expect(written(chain, 'second')).toBeUndefined();
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE);
    expect(findAttribute(events, 'active_proposal', 'proposal_result')).toBe('proposal_failed');
    expect(events.some((e) => e.type === 'test_msg' || findAttribute([e], 'transfer', 'recipient') === RECIPIENT)).toBe(false);
  });

  test('all messages succeed → every effect is kept', () => {
    const { chain, p, events } = passWith((c) => [sendFromGov(c, RECIPIENT, 200n), t(c, { action: 'write', key: 'second' })]);
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(chain.balance(RECIPIENT)).toBe(200n);
    expect(written(chain, 'second')).toEqual(utf8('write'));
    expect(findAttribute(events, 'test_msg', 'action')).toBe('write');
  });

  test('10: a handler that throws (a bug) → FAILED, and the chain keeps producing blocks', () => {
    const { chain, p } = passWith((c) => [t(c, { action: 'write', key: 'first' }), t(c, { action: 'throw' })]);
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(p.failedReason).toBe('message 1 (/meshwork.test.MsgTest) failed: boom: simulated handler bug');
    expect(written(chain, 'first')).toBeUndefined();
    expect(() => chain.endBlock()).not.toThrow();
  });

  test('10: running out of proposal_execution_gas → FAILED', () => {
    const { chain, p } = passWith((c) => [t(c, { action: 'burn' })]);
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(p.failedReason).toMatch(/^message 0 \(\/meshwork\.test\.MsgTest\) failed: out of gas in location: .*gasWanted: 10000000/);
    expect(chain.context('query').rawStore(TEST_STORE).get(utf8('burn/0'))).toBeUndefined();
    expect(chain.keeper.getParams(chain.context()).proposalExecutionGas).toBe(10_000_000);
    expect(() => chain.endBlock()).not.toThrow();
  });
});

describe('gov: submission checks', () => {
  test('messages must be routable, signed only by the gov account; MsgExecLegacyContent is refused clearly', () => {
    const chain = setup();
    const notGov = any('/cosmos.bank.v1beta1.MsgSend', MsgSend, { fromAddress: PROPOSER, toAddress: RECIPIENT, amount: [{ denom: BOND_DENOM, amount: '1' }] });
    expectChainError(chain.deliver(submitMsg({ messages: [notGov], deposit: 1000n })), GovErrors.InvalidSigner, /message 0 .* is signed by mesh1/);
    expectChainError(chain.deliver(submitMsg({ messages: [{ typeUrl: '/cosmos.nothing.v1.MsgNothing', value: new Uint8Array() }], deposit: 1000n })), GovErrors.UnroutableProposalMsg);
    const legacy = any('/cosmos.gov.v1.MsgExecLegacyContent', V1.MsgExecLegacyContent, { authority: chain.keeper.moduleAddress(), content: undefined });
    const r = chain.deliver(submitMsg({ messages: [legacy], deposit: 1000n }));
    expect(r.error!.message).toMatch(/MsgExecLegacyContent is not supported/);
    expect(chain.deliver(legacy).error!.message).toMatch(/MsgExecLegacyContent is not supported/);
    expect(chain.deliver(any('/cosmos.gov.v1beta1.MsgSubmitProposal', V1Beta1Tx.MsgSubmitProposal, { content: undefined, initialDeposit: [], proposer: PROPOSER })).error!.message).toMatch(/not supported/);
    const badMsg = any('/cosmos.bank.v1beta1.MsgSend', MsgSend, { fromAddress: chain.keeper.moduleAddress(), toAddress: RECIPIENT, amount: [] });
    expectChainError(chain.deliver(submitMsg({ messages: [badMsg], deposit: 1000n })), GovErrors.InvalidProposalMsg);
    expectChainError(chain.deliver(submitMsg({ messages: [], metadata: '', deposit: 1000n })), GovErrors.NoProposalMsgs);
    expectChainError(chain.deliver(submitMsg({ metadata: '{"title":"other","summary":"What it does"}', deposit: 1000n })), GovErrors.InvalidProposalContent, /metadata title/);
    expectChainError(chain.deliver(submitMsg({ metadata: 'x'.repeat(256), deposit: 1000n })), GovErrors.MetadataTooLong);
    expect(chain.keeper.nextProposalId(chain.context())).toBe(1n);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE);
  });
});

describe('gov: expedited (B3 13)', () => {
  test('an expedited proposal below 66.7% yes becomes regular and is re-tallied with its votes', () => {
    const chain = setup();
    stake(chain, [
      [V1_ACC, 600n],
      [V2_ACC, 400n],
    ]);
    expectChainError(chain.deliver(submitMsg({ messages: [], metadata: 'x', deposit: 10n, expedited: true })), GovErrors.MinDepositTooSmall, /50stake/);
    submit(chain, { messages: [], metadata: 'text', deposit: 5000n, expedited: true });
    const p0 = proposal(chain, 1n)!;
    expect(p0.votingEndTime!.seconds - p0.votingStartTime!.seconds).toBe(50n);
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    chain.ok(voteMsg(1n, V2_ACC, VoteOption.VOTE_OPTION_NO));
    const supply = chain.supply();
    const ev = runFor(chain, 50);
    expect(findAttribute(ev, 'active_proposal', 'proposal_result')).toBe('expedited_proposal_rejected');
    const p1 = proposal(chain, 1n)!;
    expect(p1.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    expect(p1.expedited).toBe(false);
    expect(p1.votingEndTime!.seconds).toBe(p0.votingStartTime!.seconds + 100n);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE - 5000n); // deposits stay escrowed
    expect(chain.keeper.getVotes(chain.context('query'), 1n)).toHaveLength(2);
    chain.setTime(GENESIS_TIME + 100n * NS_PER_SECOND);
    const ev2 = chain.endBlock();
    expect(findAttribute(ev2, 'active_proposal', 'proposal_result')).toBe('proposal_passed');
    const p2 = proposal(chain, 1n)!;
    expect(p2.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(tally(p2)).toEqual({ yesCount: '600', abstainCount: '0', noCount: '400', noWithVetoCount: '0' });
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE);
    expect(chain.supply()).toBe(supply);
  });

  test('an expedited proposal above 66.7% yes passes at the expedited end', () => {
    const chain = setup();
    stake(chain, [
      [V1_ACC, 700n],
      [V2_ACC, 300n],
    ]);
    submit(chain, { messages: [], metadata: 'text', deposit: 5000n, expedited: true });
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    chain.ok(voteMsg(1n, V2_ACC, VoteOption.VOTE_OPTION_NO));
    runFor(chain, 50);
    expect(proposal(chain, 1n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
  });
});

describe('gov: cancel (B3 14)', () => {
  test('only the proposer can cancel; the cancel ratio of every deposit is burned, the rest refunded', () => {
    const chain = setup();
    stake(chain, [[V1_ACC, 1000n]]);
    submit(chain, { messages: [], metadata: 'text', deposit: 1001n });
    chain.ok(depositMsg(1n, OTHER, 501n));
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    expectChainError(chain.deliver(cancelMsg(1n, OTHER)), GovErrors.InvalidProposer);
    const supply = chain.supply();
    const r = chain.ok(cancelMsg(1n, PROPOSER));
    expect(findAttribute(r.events, 'cancel_proposal', 'sender')).toBe(PROPOSER);
    const resp = V1.MsgCancelProposalResponse.decode(r.response!.value);
    expect(resp.proposalId).toBe(1n);
    expect(resp.canceledHeight).toBe(1n);
    // 1001 → 500 charged (truncated), 501 back; 501 → 250 charged, 251 back.
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE - 500n);
    expect(chain.balance(OTHER)).toBe(START_BALANCE - 250n);
    expect(chain.supply()).toBe(supply - 750n);
    expect(proposal(chain, 1n)).toBeUndefined();
    expect(chain.keeper.getVotes(chain.context('query'), 1n)).toEqual([]);
    expect(chain.keeper.queueEntries(chain.context('query'), 'active')).toEqual([]);
    expect(runFor(chain, 100).some((e) => e.type === 'active_proposal')).toBe(false);
    expectChainError(chain.deliver(cancelMsg(1n, PROPOSER)), GovErrors.UnknownProposal);
  });

  test('charges go to proposal_cancel_dest when set; decided proposals cannot be canceled', () => {
    const dest = addr(40);
    const chain = setup({ proposal_cancel_dest: dest, proposal_cancel_ratio: '0.2' });
    stake(chain, [[V1_ACC, 1000n]]);
    submit(chain, { messages: [], metadata: 'text', deposit: 1000n });
    const supply = chain.supply();
    chain.ok(cancelMsg(1n, PROPOSER));
    expect(chain.balance(dest)).toBe(200n);
    expect(chain.balance(PROPOSER)).toBe(START_BALANCE - 200n);
    expect(chain.supply()).toBe(supply);
    submit(chain, { messages: [], metadata: 'text', deposit: 1000n });
    chain.ok(voteMsg(2n, V1_ACC, VoteOption.VOTE_OPTION_YES));
    runFor(chain, 100);
    expectChainError(chain.deliver(cancelMsg(2n, PROPOSER)), GovErrors.InvalidProposal, /PROPOSAL_STATUS_PASSED/);
  });
});

describe('gov: queries', () => {
  test('v1 and v1beta1 Proposal, Votes, TallyResult, Params and Deposits', () => {
    const chain = setup();
    stake(chain, [
      [V1_ACC, 600n],
      [V2_ACC, 400n],
    ]);
    submit(chain, { messages: [sendFromGov(chain, RECIPIENT, 1n)], deposit: 1000n });
    chain.ok(weightedMsg(1n, V1_ACC, [
      { option: VoteOption.VOTE_OPTION_YES, weight: '0.75' },
      { option: VoteOption.VOTE_OPTION_ABSTAIN, weight: '0.25' },
    ]));
    chain.endBlock();
    const v1 = chain.query('/cosmos.gov.v1.Query/Proposal', Q1.QueryProposalRequest.encode({ proposalId: 1n }).finish(), Q1.QueryProposalResponse.decode);
    expect(v1.proposal!.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    expect(v1.proposal!.messages[0]!.typeUrl).toBe('/cosmos.bank.v1beta1.MsgSend');
    const legacy = chain.query('/cosmos.gov.v1beta1.Query/Proposal', Qb.QueryProposalRequest.encode({ proposalId: 1n }).finish(), Qb.QueryProposalResponse.decode);
    expect(legacy.proposal.proposalId).toBe(1n);
    expect(legacy.proposal.content!.typeUrl).toBe('/cosmos.bank.v1beta1.MsgSend');
    expect(legacy.proposal.totalDeposit).toEqual([{ denom: BOND_DENOM, amount: '1000' }]);
    const list = chain.query('/cosmos.gov.v1beta1.Query/Proposals', Qb.QueryProposalsRequest.encode({ proposalStatus: 2, voter: V1_ACC, depositor: '' }).finish(), Qb.QueryProposalsResponse.decode);
    expect(list.proposals.map((p) => p.proposalId)).toEqual([1n]);
    const none = chain.query('/cosmos.gov.v1.Query/Proposals', Q1.QueryProposalsRequest.encode({ proposalStatus: 0, voter: V2_ACC, depositor: '' }).finish(), Q1.QueryProposalsResponse.decode);
    expect(none.proposals).toEqual([]);
    const votes = chain.query('/cosmos.gov.v1beta1.Query/Votes', Qb.QueryVotesRequest.encode({ proposalId: 1n }).finish(), Qb.QueryVotesResponse.decode);
    expect(votes.votes[0]!.options).toEqual([
      { option: 1, weight: '750000000000000000' },
      { option: 2, weight: '250000000000000000' },
    ]);
    const live = chain.query('/cosmos.gov.v1beta1.Query/TallyResult', Qb.QueryTallyResultRequest.encode({ proposalId: 1n }).finish(), Qb.QueryTallyResultResponse.decode);
    expect(live.tally).toEqual({ yes: '450', abstain: '150', no: '0', noWithVeto: '0' });
    const tallying = chain.query('/cosmos.gov.v1beta1.Query/Params', Qb.QueryParamsRequest.encode({ paramsType: 'tallying' }).finish(), Qb.QueryParamsResponse.decode);
    expect(new TextDecoder().decode(tallying.tallyParams.quorum)).toBe('334000000000000000');
    const params = chain.query('/cosmos.gov.v1.Query/Params', Q1.QueryParamsRequest.encode({ paramsType: '' }).finish(), Q1.QueryParamsResponse.decode);
    expect(params.params!.quorum).toBe('0.334000000000000000');
    expect(params.params!.votingPeriod).toEqual({ seconds: 100n, nanos: 0 });
    const deposits = chain.query('/cosmos.gov.v1.Query/Deposits', Q1.QueryDepositsRequest.encode({ proposalId: 1n }).finish(), Q1.QueryDepositsResponse.decode);
    expect(deposits.deposits).toEqual([{ proposalId: 1n, depositor: PROPOSER, amount: [{ denom: BOND_DENOM, amount: '1000' }] }]);
    expect(() => chain.query('/cosmos.gov.v1.Query/Proposal', Q1.QueryProposalRequest.encode({ proposalId: 9n }).finish(), Q1.QueryProposalResponse.decode)).toThrow(/proposal 9 doesn't exist/);
  });
});

describe('gov: genesis', () => {
  test('params in snake_case JSON; export → import reproduces proposals, deposits, votes and queues', () => {
    const chain = setup();
    stake(chain, [[V1_ACC, 1000n]]);
    submit(chain, { messages: [], metadata: 'a', deposit: 1000n });
    submit(chain, { messages: [], metadata: 'b', deposit: 100n });
    chain.ok(voteMsg(1n, V1_ACC, VoteOption.VOTE_OPTION_NO));
    const exported = chain.module.exportGenesis(chain.context());
    expect(exported.params!.voting_period).toBe('100s');
    expect(exported.params!.proposal_execution_gas).toBe('10000000');
    expect(exported.starting_proposal_id).toBe('3');
    const copy = new TestChain(JSON.parse(JSON.stringify(exported)), [[chain.keeper.moduleAddress(), 1100n]]);
    expect(copy.module.exportGenesis(copy.context())).toEqual(exported);
    expect(copy.keeper.queueEntries(copy.context(), 'active')).toEqual(chain.keeper.queueEntries(chain.context(), 'active'));
    expect(copy.keeper.queueEntries(copy.context(), 'inactive')).toEqual(chain.keeper.queueEntries(chain.context(), 'inactive'));
    expect(() => new TestChain(JSON.parse(JSON.stringify(exported)))).toThrow(/genesis deposits total 1100stake/);
    expect(() => setup({ quorum: '1.5' })).toThrow(/quorum must be at most 1/);
    expect(() => setup({ expedited_voting_period: '200s' })).toThrow(/expedited_voting_period must be shorter/);
  });
});

describe('gov: determinism (B3 15)', () => {
  function scenario(): string[] {
    const chain = setup();
    const [op1] = stake(chain, [
      [V1_ACC, 600n],
      [V2_ACC, 400n],
      [V3_ACC, 300n],
    ]);
    chain.staking.delegate(DELEGATOR, op1!, 250n);
    chain.bank.initBalance(chain.context(), chain.keeper.moduleAddress(), [{ denom: BOND_DENOM, amount: 1000n }]);
    const t = (m: Omit<TestMsg, 'signer'>) => testMsgAny({ signer: chain.keeper.moduleAddress(), ...m });
    // Three proposals ending in the same block (ordered by id), one failing, one expiring, one cancelled.
    submit(chain, { messages: [sendFromGov(chain, RECIPIENT, 10n), t({ action: 'write', key: 'p1' })], deposit: 1000n });
    submit(chain, { messages: [t({ action: 'write', key: 'p2' }), t({ action: 'fail' })], deposit: 1000n });
    submit(chain, { messages: [], metadata: 'text', deposit: 1000n, expedited: false });
    submit(chain, { messages: [], metadata: 'never funded', deposit: 20n });
    submit(chain, { messages: [], metadata: 'cancelled', deposit: 1000n });
    for (const id of [1n, 2n, 3n]) {
      chain.ok(voteMsg(id, V1_ACC, VoteOption.VOTE_OPTION_YES));
      chain.ok(voteMsg(id, DELEGATOR, VoteOption.VOTE_OPTION_NO_WITH_VETO));
      chain.ok(voteMsg(id, V2_ACC, id === 3n ? VoteOption.VOTE_OPTION_NO_WITH_VETO : VoteOption.VOTE_OPTION_YES));
    }
    chain.ok(cancelMsg(5n, PROPOSER));
    chain.endBlock(60);
    chain.endBlock(40);
    chain.endBlock();
    expect(proposal(chain, 1n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(proposal(chain, 2n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(proposal(chain, 3n)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(proposal(chain, 4n)).toBeUndefined();
    return chain.appHashes;
  }

  test('the same blocks replayed give the same app hashes', () => {
    const a = scenario();
    const b = scenario();
    expect(a).toHaveLength(3);
    expect(b).toEqual(a);
  });
});
