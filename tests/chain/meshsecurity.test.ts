/**
 * x/meshsecurity through the real app on TestChain, with the real mesh virtual-staking contract
 * (build/mesh_virtual_staking.wasm) as the capped contract: gov messages and params, genesis,
 * mint + delegate with a supply offset, instant undelegate + burn (no unbonding entry), the cap,
 * the integrity guard, the queries, and the scheduler's contained failures.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import * as BankQ from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { TestChain } from '../../multitest/chain.js';
import { readFileSync } from 'node:fs';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';
import { MsgSetPriceFeedContract, MsgSetVirtualStakingMaxCap, QueryMeshSecurityParamsResponse, QueryVirtualStakingMaxCapLimitResponse, QueryVirtualStakingMaxCapLimitsResponse, QueryVirtualStakingMaxCapLimitRequest } from '../../proto/index.js';
import { virtualStakeMessagePlugin, virtualStakeQueryPlugin } from '../../app/chain/virtual-stake.js';
import type { MeshSecurityGenesis } from '../../chain/modules/meshsecurity/module.js';
import { findAttribute } from '../../chain/kernel/events.js';
import type { GenesisValidator } from '../../multitest/genesis.js';
import { MsgSubmitProposal, MsgVote } from 'cosmjs-types/cosmos/gov/v1/tx';
import { ProposalStatus, VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';

const STAKE = 'ustake';
// the contracts `npm run build` writes
const VIRT = new Uint8Array(readFileSync('build/mesh_virtual_staking.wasm'));
const FEED = new Uint8Array(readFileSync('build/mesh_simple_price_feed.wasm'));

function chainWith(ms: MeshSecurityGenesis = {}) {
  let v1 = '';
  let v2 = '';
  const chain = TestChain.create({
    bondDenom: STAKE,
    genesis: (g) => {
      v1 = g.validator('val1', 1_000_000_000n).valoper;
      v2 = g.validator('val2', 1_000_000_000n).valoper;
      g.set('staking', { params: { bond_denom: STAKE, unbonding_time: '60s' } });
      g.set('meshsecurity', { ...ms, params: { epoch_length: 3, max_gas_end_blocker: 5_000_000, ...(ms.params ?? {}) } });
    },
  });
  const converter = chain.addr('converter');
  const virt = chain.instantiate(chain.storeCode(converter, VIRT), converter, {}, { label: 'virtual staking' }).address;
  const gov = chain.m.authority;
  const setCap = (contract: string, amount: bigint, denom = STAKE, signer = gov) =>
    chain.executeAs(signer, [{ typeUrl: MsgSetVirtualStakingMaxCap.typeUrl, value: MsgSetVirtualStakingMaxCap.fromPartial({ authority: signer, contract, maxCap: { denom, amount: String(amount) } }) }]);
  const grpc = <T>(path: string, req: Uint8Array, decode: (b: Uint8Array) => T): T => {
    const h = chain.m.app.queryRouter.get(path);
    if (h === undefined) throw new Error(`${path} not served`);
    return decode(h(chain.queryContext(), req));
  };
  const delegation = (validator: string) => chain.m.keepers.staking.getDelegation(chain.queryContext(), virt, validator);
  const tokens = (validator: string) => chain.m.keepers.staking.getValidator(chain.queryContext(), validator)!.tokens;
  const supplyOf = () => BigInt(grpc('/cosmos.bank.v1beta1.Query/SupplyOf', BankQ.QuerySupplyOfRequest.encode({ denom: STAKE }).finish(), (b) => BankQ.QuerySupplyOfResponse.decode(b)).amount!.amount);
  const epochEvents = () => (chain.lastBlock?.events ?? []).filter((e) => e.type === 'scheduler_task_executed').map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
  /** Ends blocks up to and including the next one with a due handle_epoch task. */
  const runEpoch = () => {
    const due = Math.min(...chain.m.keepers.meshsecurity.tasks(chain.queryContext(), 'handle_epoch').map((t) => t.height));
    while (chain.height <= due) chain.nextBlock();
  };
  return { chain, v1, v2, converter, virt, gov, setCap, grpc, delegation, tokens, supplyOf, epochEvents, runEpoch };
}

const coin = (amount: number | bigint) => ({ denom: STAKE, amount: String(amount) });

describe('x/meshsecurity', () => {
  test('gov sets a max cap: authority, denom, total cap and contract checks; the epoch task is scheduled', () => {
    const { chain, virt, gov, setCap, grpc } = chainWith({ params: { total_contracts_max_cap: coin(1_000) } });
    expect(() => setCap(virt, 10n, STAKE, chain.addr('mallory'))).toThrow(/invalid authority/);
    expect(() => setCap(virt, 10n, 'uatom')).toThrow(/max cap must be in the bond denom ustake, got uatom/);
    expect(() => setCap(virt, 1_001n)).toThrow(/amount exceeds total available max cap \(used 0 of 1000ustake\)/);
    expect(() => setCap(chain.addr('nobody'), 10n)).toThrow(/contract: .*: unknown/);
    setCap(virt, 600n);
    const k = chain.m.keepers.meshsecurity;
    expect(k.tasks(chain.queryContext(), 'handle_epoch')).toEqual([{ task: 'handle_epoch', contract: virt, height: chain.height + 3, repeat: true }]);
    // changing the cap replaces the old value in the total and keeps the one task
    setCap(virt, 1_000n);
    expect(k.tasks(chain.queryContext(), 'handle_epoch')).toHaveLength(1);
    const one = grpc('/meshwork.meshsecurity.v1.Query/VirtualStakingMaxCapLimit', QueryVirtualStakingMaxCapLimitRequest.encode({ address: virt }).finish(), (b) => QueryVirtualStakingMaxCapLimitResponse.decode(b));
    expect(one).toEqual({ cap: coin(1_000), delegated: coin(0) });
    const all = grpc('/meshwork.meshsecurity.v1.Query/VirtualStakingMaxCapLimits', new Uint8Array(), (b) => QueryVirtualStakingMaxCapLimitsResponse.decode(b));
    expect(all.maxCapInfos).toEqual([{ contract: virt, cap: coin(1_000), delegated: coin(0) }]);
    const params = grpc('/meshwork.meshsecurity.v1.Query/Params', new Uint8Array(), (b) => QueryMeshSecurityParamsResponse.decode(b));
    expect(params.params).toEqual({ totalContractsMaxCap: coin(1_000), epochLength: 3, maxGasEndBlocker: 5_000_000 });
    // a price feed's epoch task, once only
    const feed = chain.instantiate(chain.storeCode(gov, FEED), gov, { native_per_foreign: '1', owner: null, price_ttl: null }).address;
    const setFeed = () => chain.executeAs(gov, [{ typeUrl: MsgSetPriceFeedContract.typeUrl, value: MsgSetPriceFeedContract.fromPartial({ authority: gov, contract: feed }) }]);
    setFeed();
    expect(setFeed).toThrow(/contract duplicated/);
    chain.advanceBlocks(3);
    expect(k.tasks(chain.queryContext(), 'handle_epoch').map((t) => t.contract).sort()).toEqual([feed, virt].sort());
  });

  test('epoch: mint + delegate with a supply offset; unbond: instant undelegate + burn, no unbonding entry', () => {
    const { chain, v1, v2, converter, virt, setCap, delegation, tokens, supplyOf, epochEvents, runEpoch } = chainWith();
    const t1 = tokens(v1);
    chain.execute(converter, virt, { bond: { validator: v1, amount: coin(100) } });
    chain.execute(converter, virt, { bond: { validator: v2, amount: coin(30) } });
    setCap(virt, 1_000n);
    runEpoch();
    expect(epochEvents()).toEqual([expect.objectContaining({ contract: virt, task: 'handle_epoch', status: 'ok' })]);
    expect(tokens(v1)).toBe(t1 + 100n);
    expect(delegation(v1)?.shares.truncateInt()).toBe(100n);
    expect(delegation(v2)?.shares.truncateInt()).toBe(30n);
    const k = chain.m.keepers.meshsecurity;
    expect(k.getTotalDelegated(chain.queryContext(), virt).amount).toBe(130n);
    // the virtual tokens exist (bank's stored supply) but are not reported as supply
    expect(chain.m.keepers.bank.getSupply(chain.queryContext(), STAKE).amount - chain.m.keepers.bank.getSupplyWithOffset(chain.queryContext(), STAKE).amount).toBe(130n);
    expect(supplyOf()).toBe(chain.m.keepers.bank.getSupply(chain.queryContext(), STAKE).amount - 130n);
    // eight unbonds in one epoch are one net message and create no unbonding entry (no 7-entry limit)
    for (let i = 0; i < 8; i++) chain.execute(converter, virt, { unbond: { validator: v1, amount: coin(5) } });
    runEpoch();
    expect(delegation(v1)?.shares.truncateInt()).toBe(60n);
    expect(tokens(v1)).toBe(t1 + 60n);
    expect(chain.m.keepers.staking.delegatorUnbondingDelegations(chain.queryContext(), virt)).toEqual([]);
    expect(k.getTotalDelegated(chain.queryContext(), virt).amount).toBe(90n);
    expect(chain.m.keepers.bank.getSupply(chain.queryContext(), STAKE).amount - chain.m.keepers.bank.getSupplyWithOffset(chain.queryContext(), STAKE).amount).toBe(90n);
    // the contract holds no loose tokens: minted ones were delegated, released ones burned
    expect(chain.balance(virt, STAKE)).toBeLessThan(10n); // only rewards withdrawn at the epoch
    // the bond_status query the contract uses, and slash_ratio
    const q = virtualStakeQueryPlugin(k);
    const dec = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b));
    expect(dec(q(chain.queryContext(), virt, { bond_status: { contract: virt } }))).toEqual({ cap: coin(1_000), delegated: coin(90) });
    expect(dec(q(chain.queryContext(), virt, { bond_status: { contract: chain.addr('other') } }))).toEqual({ cap: coin(0), delegated: coin(0) });
    expect(dec(q(chain.queryContext(), virt, { slash_ratio: {} }))).toEqual({ slash_fraction_downtime: '0.010000000000000000', slash_fraction_double_sign: '0.050000000000000000' });
  });

  test('the cap bounds what is minted; only capped contracts may send virtual_stake; unbond beyond the total is refused', () => {
    const { chain, v1, converter, virt, setCap, delegation, runEpoch } = chainWith();
    const k = chain.m.keepers.meshsecurity;
    const plugin = virtualStakeMessagePlugin(k);
    const send = (contract: string, msg: object) => chain.withContext((ctx) => plugin(ctx, contract, msg));
    expect(() => send(virt, { bond: { validator: v1, amount: coin(1) } })).toThrow(/has no max cap set/);
    setCap(virt, 50n);
    expect(() => send(virt, { bond: { validator: v1, amount: coin(51) } })).toThrow(/51ustake exceeds 50ustake: max cap exceeded/);
    expect(() => send(virt, { bond: { validator: v1, amount: { denom: 'uatom', amount: '1' } } })).toThrow(/invalid coin denomination/);
    expect(() => send(virt, { bond: { validator: v1, amount: coin(0) } })).toThrow(/amount must be positive/);
    expect(() => send(virt, { unbond: { validator: v1, amount: coin(1) } })).toThrow(/exceeds total delegated 0ustake/);
    // the contract asks for 100, the chain's cap is 50: virtual-staking scales to bond_status's cap
    chain.execute(converter, virt, { bond: { validator: v1, amount: coin(100) } });
    runEpoch();
    expect(delegation(v1)?.shares.truncateInt()).toBe(50n);
  });

  test('integrity: a capped contract may not send staking or stargate messages', () => {
    const { chain, v1, gov, setCap } = chainWith();
    const owner = chain.addr('owner');
    const reflect = chain.instantiate(chain.storeCode(owner, loadTestdata('cosmwasm/reflect.wasm')), owner, {}).address;
    chain.withContext((ctx) => chain.m.keepers.bank.mintCoins(ctx, 'mint', [{ denom: STAKE, amount: 100n }]));
    chain.withContext((ctx) => chain.m.keepers.bank.sendCoinsFromModuleToAccount(ctx, 'mint', reflect, [{ denom: STAKE, amount: 100n }]));
    const delegate = { reflect_msg: { msgs: [{ staking: { delegate: { validator: v1, amount: coin(10) } } }] } };
    chain.execute(owner, reflect, delegate);
    setCap(reflect, 10n);
    expect(() => chain.execute(owner, reflect, delegate)).toThrow(/staking message type for contracts with max cap set: unsupported/);
    const stargate = { reflect_msg: { msgs: [{ stargate: { type_url: '/cosmos.bank.v1beta1.MsgSend', value: '' } }] } };
    expect(() => chain.execute(owner, reflect, stargate)).toThrow(/stargate message type for contracts with max cap set: unsupported/);
    // bank messages stay allowed
    chain.execute(owner, reflect, { reflect_msg: { msgs: [{ bank: { send: { to_address: gov, amount: [coin(1)] } } }] } });
  });

  test('scheduler: a failing task (out of gas, failing valset update) is reverted, reported and rescheduled; the chain goes on', () => {
    const { chain, v1, converter, virt, setCap, delegation, epochEvents, runEpoch } = chainWith({ params: { max_gas_end_blocker: 1_000 } });
    chain.execute(converter, virt, { bond: { validator: v1, amount: coin(100) } });
    setCap(virt, 1_000n);
    runEpoch();
    const [ev] = epochEvents();
    expect(ev).toMatchObject({ contract: virt, task: 'handle_epoch', status: 'failed', gas_limit: '1000' });
    expect(ev!['error']).toMatch(/out of gas/i);
    expect(delegation(v1)).toBeUndefined();
    const k = chain.m.keepers.meshsecurity;
    expect(k.tasks(chain.queryContext(), 'handle_epoch')).toEqual([{ task: 'handle_epoch', contract: virt, height: chain.height + 2, repeat: true }]);
    // more gas: the next epoch delegates
    chain.withContext((ctx) => k.setParams(ctx, { ...k.getParams(ctx), maxGasEndBlocker: 5_000_000 }));
    runEpoch();
    expect(delegation(v1)?.shares.truncateInt()).toBe(100n);
    // a validator jailed: handle_valset_update goes to the capped contract, whose forward to its
    // "converter" (a plain account here) fails; the failure is contained and reported
    const val1 = chain.m.keepers.staking.getValidator(chain.queryContext(), v1)!;
    chain.withContext((ctx) => chain.m.keepers.staking.jail(ctx, val1.consAddress));
    chain.nextBlock();
    const valset = epochEvents().filter((e) => e['task'] === 'valset_update');
    expect(valset).toEqual([expect.objectContaining({ contract: virt, status: 'failed' })]);
    // the chain goes on, and the epoch task with it
    runEpoch();
    expect(epochEvents()).toEqual([expect.objectContaining({ contract: virt, task: 'handle_epoch', status: 'ok' })]);
  });

  test('genesis: params, caps (for contracts deployed later) and the schedule round-trip through export', () => {
    const { chain, virt } = chainWith({ params: { total_contracts_max_cap: coin(5_000) } });
    const k = chain.m.keepers.meshsecurity;
    const again = TestChain.create({
      bondDenom: STAKE,
      genesis: (g) => {
        g.validator('val1', 1_000_000_000n);
        g.set('staking', { params: { bond_denom: STAKE } });
        g.set('meshsecurity', { params: { total_contracts_max_cap: coin(5_000), epoch_length: 7, max_gas_end_blocker: 1_000_000 }, max_caps: [{ contract: virt, max_cap: coin(2_000) }] });
      },
    });
    const k2 = again.m.keepers.meshsecurity;
    const ctx = again.queryContext();
    expect(k2.getMaxCap(ctx, virt)).toEqual({ denom: STAKE, amount: 2_000n });
    expect(k2.tasks(ctx, 'handle_epoch')).toEqual([{ task: 'handle_epoch', contract: virt, height: expect.any(Number) as unknown as number, repeat: true }]);
    const ms = again.m.app.modules.find((m) => m.name === 'meshsecurity')!;
    const out = ms.exportGenesis!(ctx) as MeshSecurityGenesis;
    expect(out.params).toEqual({ total_contracts_max_cap: coin(5_000), epoch_length: 7, max_gas_end_blocker: 1_000_000 });
    expect(out.max_caps).toEqual([{ contract: virt, max_cap: coin(2_000), delegated: '0' }]);
    expect(out.scheduled_tasks).toEqual(k2.tasks(ctx, 'handle_epoch'));
    expect(k.getParams(chain.queryContext()).totalContractsMaxCap.amount).toBe(5_000n);
    expect(() => TestChain.create({ bondDenom: STAKE, genesis: (g) => g.set('meshsecurity', { params: { epoch_length: 0 } }) })).toThrow(/epoch_length must be a positive uint32/);
  });

  test('a passed gov proposal carrying MsgSetVirtualStakingMaxCap caps the contract and schedules its epoch', () => {
    let val!: GenesisValidator;
    const chain = TestChain.create({
      genesis: (g) => {
        val = g.validator('val1', 100_000_000n);
        g.fund(g.addr('alice'), 50_000_000n);
        g.set('gov', { params: { voting_period: '60s', max_deposit_period: '60s', expedited_voting_period: '30s' } });
      },
    });
    const alice = chain.addr('alice');
    const admin = chain.addr('admin');
    const virt = chain.instantiate(chain.storeCode(admin, VIRT), admin, {}).address;
    const msg = MsgSetVirtualStakingMaxCap.fromPartial({ authority: chain.m.authority, contract: virt, maxCap: { denom: 'stake', amount: '1000000' } });
    const submit = chain.executeAs(alice, [
      {
        typeUrl: '/cosmos.gov.v1.MsgSubmitProposal',
        value: MsgSubmitProposal.fromPartial({ messages: [{ typeUrl: MsgSetVirtualStakingMaxCap.typeUrl, value: MsgSetVirtualStakingMaxCap.encode(msg).finish() }], initialDeposit: [{ denom: 'stake', amount: '10000000' }], proposer: alice, title: 'mesh cap', summary: 'virtual staking may delegate 1 000 000' }),
      },
    ]);
    const id = BigInt(findAttribute(submit.events, 'submit_proposal', 'proposal_id')!);
    chain.executeAs(val.operator, [{ typeUrl: '/cosmos.gov.v1.MsgVote', value: MsgVote.fromPartial({ proposalId: id, voter: val.operator, option: VoteOption.VOTE_OPTION_YES }) }]);
    const k = chain.m.keepers.meshsecurity;
    expect(k.hasMaxCap(chain.queryContext(), virt)).toBe(false);
    chain.advanceTime(61);
    chain.nextBlock();
    const p = chain.m.keepers.gov.getProposal(chain.queryContext(), id)!;
    expect(p.failedReason).toBe('');
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(k.getMaxCap(chain.queryContext(), virt)).toEqual({ denom: 'stake', amount: 1_000_000n });
    expect(k.tasks(chain.queryContext(), 'handle_epoch').map((t) => t.contract)).toEqual([virt]);
  });
});
