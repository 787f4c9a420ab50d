/**
 * The governance-upgrade contract driven by chain governance: a passed proposal registers a cw20
 * and schedules its migration to a second cw20 code at a later height; the migration runs in that
 * block's EndBlock (the `process_due` hook); with a failing post-check it ends `rolled_back` and
 * the code id stays. And B3 case 23: a software upgrade and a contract migration at one height —
 * the v2 handler runs at the start of the block, the migration at its EndBlock, on the new version.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgSubmitProposal, MsgVote } from 'cosmjs-types/cosmos/gov/v1/tx';
import { ProposalStatus, VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import { MsgExecuteContract, MsgMigrateContract } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx';
import { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade';
import { TestChain } from '../../../multitest/chain.js';
import type { GenesisValidator } from '../../../multitest/genesis.js';
import { findAttribute, type Event } from '../../../chain/kernel/events.js';
import { MultiStore } from '../../../chain/store/multistore.js';
import { UpgradeHaltError } from '../../../chain/modules/upgrade/errors.js';
import { MsgUpdateHooksParams } from '../../../proto/index.js';
import { createMeshworkApp, MESHWORK_STORES } from '../../../app/chain/meshwork-app.js';
import { MESHWORK_V2, V2_MAX_VALIDATORS, V2_UPGRADE_NAME } from '../../../app/chain/v2/app-v2.js';
import { NS_PER_SECOND } from '../../../chain/kernel/context.js';
import { artifact, tagged, policy, b64, attr, type Upgrade } from './testkit.js';

const hookParams = (contract: string) => ({ valsetUpdate: [], handleEpoch: [], epoch: [], processDue: [{ contract, gasLimit: 10_000_000n }], jailing: [] });

interface GovSetup {
  chain: TestChain;
  gu: string;
  token: string;
  next: bigint;
  first: bigint;
  holder: string;
  alice: string;
  propose(msgs: object[]): bigint;
  /** Submits a proposal with raw messages, votes yes, runs past the voting period; returns its id. */
  submit(messages: { typeUrl: string; value: Uint8Array }[]): bigint;
}

/** The contract owned by the gov module, a cw20 it administers, and the hook registered. */
function govSetup(): GovSetup {
  let val!: GenesisValidator;
  let alice = '';
  const chain = TestChain.create({
    genesis: (g) => {
      val = g.validator('val1', 100_000_000n);
      alice = g.addr('alice');
      g.fund(alice, 50_000_000n);
      g.set('gov', { params: { voting_period: '20s', max_deposit_period: '20s', expedited_voting_period: '10s' } });
    },
  });
  const gov = chain.m.authority;
  const guCode = chain.storeCode(alice, artifact('governance_upgrade'));
  const first = chain.storeCode(alice, artifact('cw20'));
  const next = chain.storeCode(alice, tagged(artifact('cw20'), 'cw20-next'));
  const gu = chain.instantiate(guCode, alice, { owner: gov, guardian: null, default_policy: policy({ min_notice_blocks: 5 }), max_per_block: null }, { label: 'gu' }).address;
  const holder = chain.addr('holder');
  const token = chain.instantiate(first, alice, { name: 'Mesh Token', symbol: 'MESH', decimals: 6, initial_balances: [{ address: holder, amount: '1000' }], mint: null }, { admin: gu, label: 'cw20' }).address;
  chain.executeAs(gov, [{ typeUrl: MsgUpdateHooksParams.typeUrl, value: { authority: gov, params: hookParams(gu) } }]);
  const submit = (messages: { typeUrl: string; value: Uint8Array }[]): bigint => {
    const submitted = chain.executeAs(alice, [{ typeUrl: '/cosmos.gov.v1.MsgSubmitProposal', value: MsgSubmitProposal.fromPartial({ messages, initialDeposit: [{ denom: 'stake', amount: '10000000' }], proposer: alice, title: 'cw20 migration', summary: 'migrate the token' }) }]);
    const id = BigInt(findAttribute(submitted.events, 'submit_proposal', 'proposal_id')!);
    chain.executeAs(val.operator, [{ typeUrl: '/cosmos.gov.v1.MsgVote', value: MsgVote.fromPartial({ proposalId: id, voter: val.operator, option: VoteOption.VOTE_OPTION_YES }) }]);
    chain.advanceTime(21);
    chain.nextBlock();
    return id;
  };
  const propose = (msgs: object[]): bigint => {
    const id = submit(msgs.map((msg) => ({ typeUrl: MsgExecuteContract.typeUrl, value: MsgExecuteContract.encode({ sender: gov, contract: gu, msg: Buffer.from(JSON.stringify(msg)), funds: [] }).finish() })));
    expect(chain.m.keepers.gov.getProposal(chain.queryContext(), id)!.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    return id;
  };
  return { chain, gu, token, next, first, holder, alice, propose, submit };
}

const codeOf = (chain: TestChain, c: string) => chain.m.keepers.wasm.getContractInfo(chain.queryContext(), c)!.codeId;
const results = (events: readonly Event[]) => events.filter((e) => e.type === 'wasm-upgrade_result').map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));

/** Runs blocks until `height` is committed; returns the EndBlock events of that block. */
function runTo(chain: TestChain, height: number): Event[] {
  let r = chain.nextBlock();
  while (chain.height <= height) r = chain.nextBlock();
  return r.events;
}

describe('governance-upgrade through gov: a cw20 migrated at a later height', () => {
  test('the proposal schedules, the migration runs in the due block\'s EndBlock, balances stay', () => {
    const s = govSetup();
    const { chain, gu, token } = s;
    const due = chain.height + 12; // voting takes a few blocks; the policy wants 5 of notice
    s.propose([
      { register_contract: { contract: token, policy: policy({ min_notice_blocks: 5, post_check: { cw2: { contract_name: 'crates.io:cw20-base', expected_version: '1.0.1' } } }) } },
      { schedule_upgrade: { contract: token, new_code_id: Number(s.next), migrate_msg: b64({}), due_height: due, proposal_ref: 'gov:1' } },
    ]);
    expect(chain.height).toBeLessThan(due);
    const u = chain.query<{ upgrades: Upgrade[] }>(gu, { upgrades: {} }).upgrades[0]!;
    expect(u).toMatchObject({ status: 'scheduled', due_height: due, proposer: chain.m.authority });
    runTo(chain, due - 1);
    expect(codeOf(chain, token)).toBe(s.first);
    const atDue = runTo(chain, due);
    expect(results(atDue)).toEqual([expect.objectContaining({ upgrade_id: '1', result: 'executed', from_code_id: String(s.first), to_code_id: String(s.next) })]);
    expect(codeOf(chain, token)).toBe(s.next);
    expect(chain.query(gu, { upgrade: { id: 1 } })).toMatchObject({ status: 'executed', executed_height: due });
    expect(chain.query(token, { balance: { address: s.holder } })).toEqual({ balance: '1000' });
    expect(chain.m.keepers.wasm.getContractHistory(chain.queryContext(), token).map((h) => Number(h.codeId))).toEqual([Number(s.first), Number(s.next)]);
    // B3 24: the passed proposal cannot run again, and scheduling the same code again is refused
    chain.nextBlock();
    expect(chain.query<{ upgrades: Upgrade[] }>(gu, { upgrades: {} }).upgrades).toHaveLength(1);
  });

  test('a failing post-check at EndBlock ends rolled_back with the code id unchanged', () => {
    const s = govSetup();
    const { chain, gu, token } = s;
    const due = chain.height + 12;
    s.propose([
      { register_contract: { contract: token, policy: policy({ min_notice_blocks: 5, post_check: { cw2: { contract_name: 'crates.io:cw20-base', expected_version: '2.0.0' } } }) } },
      { schedule_upgrade: { contract: token, new_code_id: Number(s.next), migrate_msg: b64({}), due_height: due } },
    ]);
    const atDue = runTo(chain, due);
    expect(results(atDue)).toEqual([expect.objectContaining({ upgrade_id: '1', result: 'rolled_back' })]);
    expect(codeOf(chain, token)).toBe(s.first);
    const u = chain.query<Upgrade>(gu, { upgrade: { id: 1 } });
    expect(u.status).toBe('rolled_back');
    expect(u.error).toMatch(/post_check_failed: cw2 version is 1.0.1, expected 2.0.0|codespace: wasm, code: 5/);
    expect(chain.m.keepers.wasm.getContractHistory(chain.queryContext(), token)).toHaveLength(1);
    expect(chain.query(token, { balance: { address: s.holder } })).toEqual({ balance: '1000' });
  });
});

describe('B3 case 12: a failing MsgMigrateContract from gov', () => {
  test('the contract refuses, the code is unknown, or IBC entry points go missing: the proposal FAILS, code id, storage and history unchanged', () => {
    const s = govSetup();
    const { chain, alice } = s;
    const gov = chain.m.authority;
    const probeA = chain.storeCode(alice, tagged(artifact('upgrade_probe'), 'a'));
    const probeB = chain.storeCode(alice, tagged(artifact('upgrade_probe'), 'b'));
    const ibcCode = chain.storeCode(alice, artifact('ibc_probe'));
    const probe = chain.instantiate(probeA, alice, { marker: 'before' }, { admin: alice, label: 'probe' }).address;
    const ibc = chain.instantiate(ibcCode, alice, {}, { admin: alice, label: 'ibc' }).address;
    const migrate = (contract: string, codeId: bigint, msg: object) => ({ typeUrl: MsgMigrateContract.typeUrl, value: MsgMigrateContract.encode({ sender: gov, contract, codeId, msg: Buffer.from(JSON.stringify(msg)) }).finish() });
    const cases: [string, { typeUrl: string; value: Uint8Array }, RegExp][] = [
      [probe, migrate(probe, probeB, { fail: true, marker: 'overwritten' }), /migrate_refused/],
      [probe, migrate(probe, 999n, {}), /unknown code/],
      [ibc, migrate(ibc, probeB, {}), /requires ibc callbacks/],
    ];
    for (const [contract, msg, reason] of cases) {
      const before = { info: chain.m.keepers.wasm.getContractInfo(chain.queryContext(), contract), history: chain.m.keepers.wasm.getContractHistory(chain.queryContext(), contract) };
      const id = s.submit([msg]);
      const p = chain.m.keepers.gov.getProposal(chain.queryContext(), id)!;
      expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
      expect(p.failedReason).toMatch(reason);
      expect(chain.m.keepers.wasm.getContractInfo(chain.queryContext(), contract)).toEqual(before.info);
      expect(chain.m.keepers.wasm.getContractHistory(chain.queryContext(), contract)).toEqual(before.history);
    }
    expect(chain.query(probe, { state: {} })).toEqual({ contract: 'upgrade-probe', version: '1.0.0', marker: 'before', migrations: 0 });
  });
});

describe('B3 case 23: a software upgrade and a contract migration at the same height', () => {
  test('the chain handler runs at the start of H (PreBlocker), the migration at H\'s EndBlock on v2', () => {
    const store = new MultiStore(MESHWORK_STORES);
    const chain = TestChain.create({ store });
    const owner = chain.addr('owner');
    const gov = chain.m.authority;
    const guCode = chain.storeCode(owner, artifact('governance_upgrade'));
    const probe1 = chain.storeCode(owner, tagged(artifact('upgrade_probe'), 'v1'));
    const probe2 = chain.storeCode(owner, tagged(artifact('upgrade_probe'), 'v2'));
    const gu = chain.instantiate(guCode, owner, { owner, guardian: null, default_policy: policy(), max_per_block: null }, { label: 'gu' }).address;
    const c = chain.instantiate(probe1, owner, {}, { admin: gu, label: 'probe' }).address;
    chain.execute(owner, gu, { register_contract: { contract: c } });
    chain.executeAs(gov, [{ typeUrl: MsgUpdateHooksParams.typeUrl, value: { authority: gov, params: hookParams(gu) } }]);
    const h = chain.height + 4;
    chain.executeAs(gov, [{ typeUrl: MsgSoftwareUpgrade.typeUrl, value: { authority: gov, plan: Plan.fromPartial({ name: V2_UPGRADE_NAME, height: BigInt(h) }) } }]);
    const ev = chain.execute(owner, gu, { schedule_upgrade: { contract: c, new_code_id: Number(probe2), migrate_msg: b64({ version: '2.0.0' }), due_height: h } }).events;
    expect(attr(ev, 'wasm', 'upgrade_id')).toBe('1');

    let halt: unknown;
    try {
      while (chain.height <= h) chain.nextBlock();
    } catch (e) {
      halt = e;
    }
    expect(halt).toBeInstanceOf(UpgradeHaltError);
    expect(chain.m.app.lastBlockHeight).toBe(h - 1);
    const pending = JSON.parse(Buffer.from(chain.m.keepers.wasm.querySmart(chain.m.app.queryContext(), gu, { upgrade: { id: 1 } })).toString());
    expect(pending).toMatchObject({ status: 'scheduled' });

    // the new binary on the same store: block H
    const v2 = createMeshworkApp({ chainId: chain.chainId, store, version: MESHWORK_V2 });
    const last = chain.m.app.lastBlockTime;
    v2.app.setLastHeader({ chainId: chain.chainId, height: h - 1, time: last, proposer: new Uint8Array(20) });
    v2.app.beginBlock({ height: h, time: last + 5n * NS_PER_SECOND, proposer: new Uint8Array(20), lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    const ctx = v2.app.openBlockQueryContext()!;
    // the handler already ran (start of the block); the contract has not migrated yet
    expect(v2.keepers.staking.getParams(ctx).maxValidators).toBe(V2_MAX_VALIDATORS);
    expect(v2.keepers.wasm.getContractInfo(ctx, c)!.codeId).toBe(probe1);
    const end = v2.app.endBlock();
    v2.app.commit();
    expect(results(end.events)).toEqual([expect.objectContaining({ upgrade_id: '1', result: 'executed' })]);
    const after = v2.app.queryContext();
    expect(v2.keepers.wasm.getContractInfo(after, c)!.codeId).toBe(probe2);
    expect(v2.keepers.upgrade.getDoneHeight(after, V2_UPGRADE_NAME)).toBe(h);
  });
});
