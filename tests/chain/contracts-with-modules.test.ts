/**
 * Real CosmWasm contracts reaching the chain's modules through CosmosMsg and queries, on the
 * standard app (multitest harness): staking.wasm delegating through x/staking.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { TestChain } from '../../multitest/chain.js';
import type { GenesisValidator } from '../../multitest/genesis.js';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';
import { findAttribute } from '../../chain/kernel/events.js';
import { MsgMigrateContract } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { MsgSubmitProposal, MsgVote } from 'cosmjs-types/cosmos/gov/v1/tx';
import { ProposalStatus, VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';

describe('staking.wasm through x/staking', () => {
  test('bond delegates from the contract, unbond undelegates with the exit tax, unknown validators are refused', () => {
    let val!: GenesisValidator;
    let alice = '';
    const chain = TestChain.create({
      genesis: (g) => {
        val = g.validator('val1', 100_000_000n);
        alice = g.m.codec.encode(new Uint8Array(20).fill(7));
        g.fund(alice, 10_000n);
      },
    });
    chain.nextBlock();
    const creator = chain.addr('creator');
    const code = chain.storeCode(creator, loadTestdata('cosmwasm/staking.wasm'));
    const init = { name: 'Cool Derivative', symbol: 'DRV', decimals: 9, validator: val.valoper, exit_tax: '0.02', min_withdrawal: '50' };
    expect(() => chain.instantiate(code, creator, { ...init, validator: chain.m.codec.accountToValoper(chain.addr('nobody')) })).toThrow(/is not in the current validator set/);
    const { address: contract } = chain.instantiate(code, creator, init, { label: 'derivative' });
    expect(chain.query(contract, { investment: {} })).toMatchObject({ token_supply: '0', staked_tokens: { denom: 'stake', amount: '0' }, validator: val.valoper });

    expect(() => chain.execute(alice, contract, { bond: {} })).toThrow(/No stake tokens sent/);
    const bond = chain.execute(alice, contract, { bond: {} }, [{ denom: 'stake', amount: 1000n }]);
    expect(bond.events.map((e) => e.type)).toEqual(expect.arrayContaining(['execute', 'wasm', 'delegate']));
    const ctx = chain.queryContext();
    const d = chain.m.keepers.staking.getDelegation(ctx, contract, val.valoper)!;
    expect(chain.m.keepers.staking.tokensFromShares(chain.m.keepers.staking.getValidator(ctx, val.valoper)!, d.shares).truncateInt()).toBe(1000n);
    expect(chain.query(contract, { balance: { address: alice } })).toEqual({ balance: '1000' });
    expect(chain.balance(alice)).toBe(9000n);

    chain.nextBlock();
    expect(() => chain.execute(alice, contract, { unbond: { amount: '10' } })).toThrow(/Must unbond at least 50 stake/);
    chain.execute(alice, contract, { unbond: { amount: '500' } });
    const ubd = chain.m.keepers.staking.validatorDelegations(chain.queryContext(), val.valoper).find((x) => x.delegator === contract)!;
    expect(chain.m.keepers.staking.tokensFromShares(chain.m.keepers.staking.getValidator(chain.queryContext(), val.valoper)!, ubd.shares).truncateInt()).toBe(510n);
    expect(chain.query(contract, { claims: { address: alice } })).toEqual({ claims: '490' });
  });
});

describe('governance over the real staking set', () => {
  test('a proposal voted by the validator passes and migrates a contract whose admin was cleared; a non-admin cannot', () => {
    let val!: GenesisValidator;
    let alice = '';
    const chain = TestChain.create({
      genesis: (g) => {
        val = g.validator('val1', 100_000_000n);
        alice = g.m.codec.encode(new Uint8Array(20).fill(9));
        g.fund(alice, 50_000_000n);
        g.set('gov', { params: { voting_period: '60s', max_deposit_period: '60s', expedited_voting_period: '30s' } });
      },
    });
    const authority = chain.m.authority;
    const creator = chain.addr('creator');
    const v1 = chain.storeCode(creator, loadTestdata('cosmwasm/hackatom_1.3.wasm'));
    const v2 = chain.storeCode(creator, loadTestdata('cosmwasm/hackatom.wasm'));
    const { address: contract } = chain.instantiate(v1, creator, { verifier: creator, beneficiary: alice }, { admin: creator, label: 'h' });
    chain.withContext((ctx) => chain.m.keepers.wasm.clearAdmin(ctx, contract, creator));
    expect(() => chain.migrate(creator, contract, v2, { verifier: alice })).toThrow(/unauthorized/);

    const migrate = { typeUrl: '/cosmwasm.wasm.v1.MsgMigrateContract', value: MsgMigrateContract.fromPartial({ sender: authority, contract, codeId: v2, msg: new TextEncoder().encode(JSON.stringify({ verifier: alice })) }) };
    const submit = chain.executeAs(alice, [
      {
        typeUrl: '/cosmos.gov.v1.MsgSubmitProposal',
        value: MsgSubmitProposal.fromPartial({ messages: [{ typeUrl: migrate.typeUrl, value: MsgMigrateContract.encode(migrate.value).finish() }], initialDeposit: [{ denom: 'stake', amount: '10000000' }], proposer: alice, title: 'migrate', summary: 'to v2' }),
      },
    ]);
    const id = BigInt(findAttribute(submit.events, 'submit_proposal', 'proposal_id')!);
    chain.executeAs(val.operator, [{ typeUrl: '/cosmos.gov.v1.MsgVote', value: MsgVote.fromPartial({ proposalId: id, voter: val.operator, option: VoteOption.VOTE_OPTION_YES }) }]);
    chain.advanceTime(30);
    expect(chain.m.keepers.gov.getProposal(chain.queryContext(), id)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    chain.advanceTime(31);
    chain.nextBlock();
    const p = chain.m.keepers.gov.getProposal(chain.queryContext(), id)!;
    expect(p.failedReason).toBe('');
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(chain.m.keepers.wasm.getContractInfo(chain.queryContext(), contract)!.codeId).toBe(v2);
    expect(chain.query(contract, { verifier: {} })).toEqual({ verifier: alice });
    expect(chain.balance(alice)).toBe(50_000_000n);
  });
});
