/**
 * Software-upgrade plans through governance on the real app with signed blocks (spec §B3 case 18,
 * and 16 through gov): a passed MsgSoftwareUpgrade schedules the plan, a passed MsgCancelUpgrade
 * before the height removes it and the chain runs through the height; a plan that reaches its height
 * halts the chain before the block; a MsgSoftwareUpgrade whose height has passed by execution time
 * fails the proposal (FAILED, reason recorded) and the chain goes on.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgSubmitProposal, MsgVote } from 'cosmjs-types/cosmos/gov/v1/tx';
import { ProposalStatus, VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx';
import { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade';
import { TestChain } from '../../multitest/chain.js';
import type { GenesisValidator } from '../../multitest/genesis.js';
import { findAttribute } from '../../chain/kernel/events.js';
import { UpgradeHaltError } from '../../chain/modules/upgrade/errors.js';

function setup(): { chain: TestChain; val: GenesisValidator; alice: string } {
  let val!: GenesisValidator;
  let alice = '';
  const chain = TestChain.create({
    genesis: (g) => {
      val = g.validator('val1', 100_000_000n);
      alice = g.m.codec.encode(new Uint8Array(20).fill(9));
      g.fund(alice, 50_000_000n);
      g.set('gov', { params: { voting_period: '20s', max_deposit_period: '20s', expedited_voting_period: '10s' } });
    },
  });
  return { chain, val, alice };
}

/** Submits a proposal with `msg` (signed by gov), votes yes with the validator, runs past the voting period. */
function pass(s: ReturnType<typeof setup>, msg: { typeUrl: string; value: Uint8Array }): bigint {
  const { chain, val, alice } = s;
  const submit = chain.executeAs(alice, [{ typeUrl: '/cosmos.gov.v1.MsgSubmitProposal', value: MsgSubmitProposal.fromPartial({ messages: [msg], initialDeposit: [{ denom: 'stake', amount: '10000000' }], proposer: alice, title: 'upgrade', summary: 'upgrade' }) }]);
  const id = BigInt(findAttribute(submit.events, 'submit_proposal', 'proposal_id')!);
  chain.executeAs(val.operator, [{ typeUrl: '/cosmos.gov.v1.MsgVote', value: MsgVote.fromPartial({ proposalId: id, voter: val.operator, option: VoteOption.VOTE_OPTION_YES }) }]);
  chain.advanceTime(21);
  chain.nextBlock();
  return id;
}

const upgrade = (authority: string, name: string, height: number) => ({ typeUrl: MsgSoftwareUpgrade.typeUrl, value: MsgSoftwareUpgrade.encode({ authority, plan: Plan.fromPartial({ name, height: BigInt(height) }) }).finish() });

describe('software upgrades through gov', () => {
  test('a passed cancel before H removes the plan; the chain runs through H', () => {
    const s = setup();
    const { chain } = s;
    const h = chain.height + 20;
    pass(s, upgrade(chain.m.authority, 'v9', h));
    expect(chain.m.keepers.upgrade.getPlan(chain.queryContext())).toMatchObject({ name: 'v9', height: BigInt(h) });
    const id = pass(s, { typeUrl: MsgCancelUpgrade.typeUrl, value: MsgCancelUpgrade.encode({ authority: chain.m.authority }).finish() });
    expect(chain.m.keepers.gov.getProposal(chain.queryContext(), id)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(chain.m.keepers.upgrade.getPlan(chain.queryContext())).toBeUndefined();
    while (chain.height <= h + 1) chain.nextBlock();
  });

  test('a passed plan halts the chain at H, before the block', () => {
    const s = setup();
    const { chain } = s;
    const h = chain.height + 8;
    pass(s, upgrade(chain.m.authority, 'v9', h));
    let halt: unknown;
    try {
      while (chain.height < h + 1) chain.nextBlock();
    } catch (e) {
      halt = e;
    }
    expect(halt).toBeInstanceOf(UpgradeHaltError);
    expect((halt as UpgradeHaltError).message).toBe(`UPGRADE "v9" NEEDED at height ${h}: `);
    expect(chain.m.app.lastBlockHeight).toBe(h - 1);
  });

  test('a plan whose height passed during the vote fails the proposal and nothing is scheduled', () => {
    const s = setup();
    const { chain } = s;
    const id = pass(s, upgrade(chain.m.authority, 'late', chain.height + 1));
    const p = chain.m.keepers.gov.getProposal(chain.queryContext(), id)!;
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(p.failedReason).toMatch(/upgrade cannot be scheduled in the past/);
    expect(chain.m.keepers.upgrade.getPlan(chain.queryContext())).toBeUndefined();
    chain.advanceBlocks(3);
  });
});
