/**
 * The governance-upgrade contract on TestChain: gov-upgrade-spec B3 cases 20–22 and 24–31 (case 23,
 * a chain upgrade and a contract migration at one height, is in gov-cw20.test.ts).
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { setup, tagged, artifact, b64, errorOf, policy, type Upgrade } from './testkit.js';
import { TestChainClient } from '../../../multitest/contract-client.js';
import { GovernanceUpgradeClient, GovernanceUpgradeQueryClient } from '../../../contracts/governance_upgrade/client.js';

const MIGRATE_ADMIN = '/cosmwasm.wasm.v1.MsgUpdateAdmin';

describe('governance-upgrade (B3 20–31)', () => {
  test('case 20: register needs this contract as the wasm admin already', () => {
    const s = setup();
    const { chain, owner, gu } = s;
    const mine = chain.instantiate(s.probe[0], owner, {}, { admin: owner, label: 'owned' }).address;
    const none = chain.instantiate(s.probe[0], owner, {}, { label: 'no-admin' }).address;
    expect(errorOf(() => s.exec(owner, { register_contract: { contract: mine } }))).toMatch(/not_admin: .* has admin mesh1.*make this contract/);
    expect(errorOf(() => s.exec(owner, { register_contract: { contract: none } }))).toMatch(/not_admin: .* has admin none/);
    expect(s.q<{ contracts: unknown[] }>({ managed_contracts: {} }).contracts).toEqual([]);
    chain.executeAs(owner, [{ typeUrl: MIGRATE_ADMIN, value: { sender: owner, newAdmin: gu, contract: mine } }]);
    s.exec(owner, { register_contract: { contract: mine } });
    expect(s.q({ managed_contracts: {} })).toEqual({ contracts: [{ contract: mine, registered_height: chain.height, pending_upgrade: null }] });
    expect(errorOf(() => s.exec(owner, { register_contract: { contract: mine } }))).toMatch(/already_managed/);
    expect(s.q({ policy: { contract: mine } })).toMatchObject({ is_default: true, managed: true });
  });

  test('case 21: too little notice, a code off the allow-lists, a downgrade, a second pending upgrade: errors that change nothing', () => {
    const s = setup();
    const { chain, owner } = s;
    const c = s.managed({ min_notice_blocks: 10, allowed_code_ids: [Number(s.probe[1]), Number(s.probe[2])] });
    const h = chain.height;
    const before = s.q({ upgrades: {} });
    expect(errorOf(() => s.schedule(c, s.probe[1], h + 9))).toMatch(new RegExp(`insufficient_notice: due_height ${h + 9} must be at least ${h + 10}`));
    const stray = chain.storeCode(owner, tagged(artifact('upgrade_probe'), 'stray'));
    expect(errorOf(() => s.schedule(c, stray, h + 10))).toMatch(/code_not_allowed/);
    expect(errorOf(() => s.schedule(c, 999n, h + 10))).toMatch(/unknown_code: code 999/);
    expect(errorOf(() => s.schedule(c, s.probe[0], h + 10))).toMatch(/same_code/);
    // checksum allow-list
    const sums = s.managed({ allowed_checksums: ['ab'.repeat(32)] });
    expect(errorOf(() => s.schedule(sums, s.probe[1], h))).toMatch(/code_not_allowed/);
    expect(s.q({ upgrades: {} })).toEqual(before);

    // a downgrade by code id, and by a checksum the contract ran before (stored again under a new id)
    const d = s.managed();
    const up = s.schedule(d, s.probe[2], chain.height);
    s.exec(owner, { execute_upgrade: { id: up } });
    expect(s.upgrade(up).status).toBe('executed');
    expect(errorOf(() => s.schedule(d, s.probe[1], chain.height))).toMatch(/downgrade_not_allowed: code/);
    const again = chain.storeCode(owner, tagged(artifact('upgrade_probe'), 'v1'));
    expect(errorOf(() => s.schedule(d, again, chain.height))).toMatch(/downgrade_not_allowed/);
    s.exec(owner, { update_policy: { contract: d, policy: policy({ allow_downgrade: true }) } });
    const down = s.schedule(d, again, chain.height + 1);

    // one pending upgrade per contract
    expect(errorOf(() => s.schedule(d, s.probe[1], chain.height + 1))).toMatch(new RegExp(`pending_upgrade: .* already has upgrade ${down} pending`));
    expect(s.q<{ upgrades: Upgrade[] }>({ upgrades: { status: 'scheduled' } }).upgrades.map((u) => u.id)).toEqual([down]);
  });

  test('case 22: due heights passed with nobody running the queue: the first block with the hook runs each once, in (due_height, id) order, max_per_block at a time; a stale one expires', () => {
    const s = setup({ maxPerBlock: 2 });
    const { chain } = s;
    const h = chain.height;
    const cs = [s.managed(), s.managed(), s.managed(), s.managed({ execution_window_blocks: 3 })];
    const late = s.schedule(cs[0], s.probe[1], h + 3);
    const a = s.schedule(cs[1], s.probe[1], h + 2);
    const b = s.schedule(cs[2], s.probe[1], h + 2);
    const stale = s.schedule(cs[3], s.probe[1], h + 1);
    chain.advanceBlocks(8); // the "halt": heights go by and nothing triggers the queue
    expect(s.q<{ upgrades: Upgrade[] }>({ due: {} }).upgrades.map((u) => u.id)).toEqual([stale, a, b, late]);
    s.hook();
    const first = chain.height;
    chain.nextBlock();
    chain.nextBlock();
    expect(s.upgrade(stale)).toMatchObject({ status: 'expired', expires_height: h + 4 });
    expect([a, b, late].map((id) => [s.upgrade(id).status, s.upgrade(id).executed_height])).toEqual([['executed', first], ['executed', first], ['executed', first + 1]]);
    expect(cs.map((c) => s.state(c).migrations)).toEqual([1, 1, 1, 0]);
    chain.advanceBlocks(2);
    expect(s.state(cs[0]).migrations).toBe(1);
  });

  test('case 24: hook, crank and execute_upgrade in one block migrate once; later calls say not scheduled', () => {
    const s = setup();
    const { chain, owner, user } = s;
    const c = s.managed();
    s.hook();
    const id = s.schedule(c, s.probe[1], chain.height + 1);
    chain.nextBlock();
    s.exec(user, { execute_due: {} });
    expect(errorOf(() => s.exec(owner, { execute_upgrade: { id } }))).toMatch(new RegExp(`not_scheduled: upgrade ${id} is executed`));
    s.exec(user, { execute_due: {} });
    chain.nextBlock(); // the hook at EndBlock
    expect(s.state(c).migrations).toBe(1);
    expect(s.history(c)).toHaveLength(1);
    expect(errorOf(() => s.exec(owner, { execute_upgrade: { id } }))).toMatch(/not_scheduled/);
  });

  test('case 25: a failing migrate ends failed with code id and storage unchanged; the queue goes on', () => {
    const s = setup();
    const { chain, user } = s;
    const bad = s.managed();
    const good = s.managed();
    const due = chain.height;
    const f = s.schedule(bad, s.probe[1], due, { fail: true, marker: 'overwritten' });
    const g = s.schedule(good, s.probe[1], due, { marker: 'after' });
    s.exec(user, { execute_due: {} });
    expect(s.upgrade(f)).toMatchObject({ status: 'failed', from_code_id: Number(s.probe[0]) });
    expect(s.upgrade(f).error).toMatch(/migrate_refused|codespace: wasm, code: 11/);
    expect(s.codeId(bad)).toBe(s.probe[0]);
    expect(s.state(bad)).toMatchObject({ marker: 'before', migrations: 0 });
    expect(s.history(bad)).toEqual([]);
    expect(chain.m.keepers.wasm.getContractHistory(chain.queryContext(), bad)).toHaveLength(1); // INIT only
    expect(s.upgrade(g).status).toBe('executed');
    expect(s.state(good)).toMatchObject({ marker: 'after', migrations: 1 });
    // out of the policy's gas limit inside the sub-message: an error for the reply, not for the caller
    const starved = s.managed({ gas_limit: 20_000 });
    const o = s.schedule(starved, s.probe[1], chain.height, { marker: 'after' });
    s.exec(user, { execute_due: {} });
    expect(s.upgrade(o)).toMatchObject({ status: 'failed', error: 'codespace: sdk, code: 11' });
    expect(s.codeId(starved)).toBe(s.probe[0]);
  });

  test('case 26: a failing post-check rolls the migration back atomically; no history entry', () => {
    const s = setup();
    const { owner } = s;
    const c = s.managed({ post_check: { cw2: { contract_name: 'upgrade-probe', expected_version: '2.0.0' } } });
    const id = s.schedule(c, s.probe[1], s.chain.height, { version: '1.9.0', marker: 'migrated' });
    s.exec(owner, { execute_upgrade: { id } });
    expect(s.upgrade(id)).toMatchObject({ status: 'rolled_back' });
    expect(s.upgrade(id).error).toMatch(/post_check_failed: cw2 version is 1.9.0, expected 2.0.0|codespace: wasm, code: 5/);
    expect(s.codeId(c)).toBe(s.probe[0]);
    expect(s.state(c)).toEqual({ contract: 'upgrade-probe', version: '1.0.0', marker: 'before', migrations: 0 });
    expect(s.history(c)).toEqual([]);
    // a smart-query check that passes
    const q = s.managed({ post_check: { smart_query: { msg: b64({ state: {} }), expect: b64({ contract: 'upgrade-probe', version: '2.0.0', marker: 'before', migrations: 1 }) } } });
    const ok = s.schedule(q, s.probe[1], s.chain.height, { version: '2.0.0' });
    s.exec(owner, { execute_upgrade: { id: ok } });
    expect(s.upgrade(ok).status).toBe('executed');
  });

  test('case 27: gov takes the admin away after scheduling: the migrate is unauthorized, the upgrade fails, the chain goes on', () => {
    const s = setup();
    const { chain, owner, user } = s;
    const c = s.managed();
    const id = s.schedule(c, s.probe[1], chain.height + 1);
    chain.executeAs(chain.m.authority, [{ typeUrl: MIGRATE_ADMIN, value: { sender: chain.m.authority, newAdmin: owner, contract: c } }]);
    chain.nextBlock();
    s.exec(user, { execute_due: {} });
    expect(s.upgrade(id).status).toBe('failed');
    expect(s.upgrade(id).error).toMatch(/unauthorized|codespace: sdk, code: 4/);
    expect(s.codeId(c)).toBe(s.probe[0]);
    chain.advanceBlocks(2);
  });

  test('case 28: guardian veto only inside the timelock; cancel after execution fails; pause holds the queue, unpause resumes in order', () => {
    const s = setup({ defaultPolicy: { timelock_blocks: 3 } });
    const { chain, owner, guardian, user } = s;
    const [c1, c2, c3] = [s.managed(), s.managed(), s.managed()];
    const due = chain.height + 1;
    const v = s.schedule(c1, s.probe[1], due);
    const late = s.schedule(c2, s.probe[1], due);
    const early = s.schedule(c3, s.probe[1], due);
    expect(errorOf(() => s.exec(guardian, { veto_upgrade: { id: v } }))).toMatch(new RegExp(`not_in_timelock: upgrade ${v} can be vetoed only at heights ${due} to ${due + 2}`));
    chain.nextBlock();
    expect(errorOf(() => s.exec(owner, { veto_upgrade: { id: v } }))).toMatch(/only the guardian may veto/);
    s.exec(guardian, { veto_upgrade: { id: v } });
    expect(s.upgrade(v).status).toBe('vetoed');
    // inside the timelock: anyone is refused, the guardian may execute early
    expect(errorOf(() => s.exec(user, { execute_upgrade: { id: early } }))).toMatch(new RegExp(`not_due: upgrade ${early} may run from height ${due + 3}`));
    s.exec(user, { execute_due: {} });
    expect(s.upgrade(late).status).toBe('scheduled');
    s.exec(guardian, { execute_upgrade: { id: early } });
    expect(s.upgrade(early).status).toBe('executed');
    expect(errorOf(() => s.exec(owner, { cancel_upgrade: { id: early } }))).toMatch(/not_scheduled: upgrade \d+ is executed/);
    chain.advanceBlocks(3);
    expect(errorOf(() => s.exec(guardian, { veto_upgrade: { id: late } }))).toMatch(/not_in_timelock/);

    // paused: nothing runs; after unpause the queue resumes in (due_height, id) order
    const [d1, d2] = [s.managed(), s.managed()];
    const h = chain.height;
    const second = s.schedule(d1, s.probe[1], h + 1);
    const first = s.schedule(d2, s.probe[1], h);
    s.exec(guardian, { pause: {} });
    expect(errorOf(() => s.exec(guardian, { unpause: {} }))).toMatch(/only the owner may unpause/);
    chain.advanceBlocks(5);
    s.exec(user, { execute_due: {} });
    expect(errorOf(() => s.exec(owner, { execute_upgrade: { id: late } }))).toMatch(/paused/);
    expect([late, first, second].map((id) => s.upgrade(id).status)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    s.exec(owner, { unpause: {} });
    s.exec(owner, { update_config: { max_per_block: 2 } });
    s.exec(user, { execute_due: {} });
    expect([late, first, second].map((id) => s.upgrade(id).status)).toEqual(['executed', 'executed', 'scheduled']);
    chain.nextBlock();
    s.exec(user, { execute_due: {} });
    expect(s.upgrade(second).status).toBe('executed');
  });

  test('case 29: an atomic batch with a failing item applies none; a non-atomic batch isolates the failure', () => {
    const s = setup();
    const { chain, owner, user } = s;
    const item = (contract: string, fail: boolean) => ({ contract, new_code_id: Number(s.probe[1]), migrate_msg: b64({ fail, marker: 'after' }) });
    const [a1, a2] = [s.managed(), s.managed()];
    s.exec(owner, { schedule_batch: { items: [item(a1, false), item(a2, true)], due_height: chain.height, atomic: true } });
    s.exec(user, { execute_due: {} });
    const atomic = s.q<{ upgrades: Upgrade[] }>({ upgrades: {} }).upgrades;
    expect(atomic.map((u) => [u.status, u.batch_id])).toEqual([['failed', 1], ['failed', 1]]);
    expect([s.codeId(a1), s.codeId(a2)]).toEqual([s.probe[0], s.probe[0]]);
    expect(s.state(a1)).toMatchObject({ marker: 'before', migrations: 0 });

    const [n1, n2] = [s.managed(), s.managed()];
    s.exec(owner, { schedule_batch: { items: [item(n1, false), item(n2, true)], due_height: chain.height, atomic: false } });
    s.exec(user, { execute_due: {} });
    expect(s.q<{ upgrades: Upgrade[] }>({ upgrades: { start_after: 2 } }).upgrades.map((u) => u.status)).toEqual(['executed', 'failed']);
    expect([s.codeId(n1), s.codeId(n2)]).toEqual([s.probe[1], s.probe[0]]);
    // cancelling one item of an atomic batch cancels the batch
    const [x1, x2] = [s.managed(), s.managed()];
    s.exec(owner, { schedule_batch: { items: [item(x1, false), item(x2, false)], due_height: chain.height + 5, atomic: true } });
    s.exec(owner, { cancel_upgrade: { id: 5 } });
    expect([5, 6].map((id) => s.upgrade(id).status)).toEqual(['cancelled', 'cancelled']);
  });

  test('case 30: a late rollback restores the previous code and records it; an old code refusing the downgrade message fails cleanly', () => {
    const s = setup({ defaultPolicy: { rollback_msg: b64({ marker: 'rolled' }) } });
    const { owner } = s;
    const c = s.managed();
    expect(errorOf(() => s.exec(owner, { rollback: { contract: c } }))).toMatch(/no_history/);
    s.exec(owner, { execute_upgrade: { id: s.schedule(c, s.probe[1], s.chain.height) } });
    expect(s.codeId(c)).toBe(s.probe[1]);
    expect(errorOf(() => s.exec(owner, { rollback: { contract: c, migrate_msg: b64({ fail: true }) } }))).toMatch(/migrate_refused/);
    expect(s.codeId(c)).toBe(s.probe[1]);
    expect(s.history(c)).toHaveLength(1);
    s.exec(owner, { rollback: { contract: c } });
    expect(s.codeId(c)).toBe(s.probe[0]);
    expect(s.state(c)).toMatchObject({ marker: 'rolled', migrations: 2 });
    expect(s.history(c).map((e) => [e.kind, e.from_code_id, e.code_id])).toEqual([['migrate', Number(s.probe[0]), Number(s.probe[1])], ['rollback', Number(s.probe[1]), Number(s.probe[0])]]);
  });

  test('case 31: two-step ownership; only the owner schedules; apply_upgrade and verify_upgrade refuse any sender but the contract', async () => {
    const s = setup();
    const { chain, owner, user, gu } = s;
    const c = s.managed();
    const newOwner = chain.addr('newowner');
    expect(errorOf(() => s.exec(user, { schedule_upgrade: { contract: c, new_code_id: Number(s.probe[1]), migrate_msg: b64({}), due_height: chain.height + 5 } }))).toMatch(/only the owner/);
    // through the generated typed client (contracts/governance_upgrade/client.ts)
    const backend = new TestChainClient(chain);
    await new GovernanceUpgradeClient(backend, owner, gu).proposeOwner({ newOwner });
    expect(await new GovernanceUpgradeQueryClient(backend, gu).config()).toMatchObject({ owner, pending_owner: newOwner });
    await expect(new GovernanceUpgradeClient(backend, user, gu).acceptOwner()).rejects.toThrow(/no ownership transfer to accept/);
    await new GovernanceUpgradeClient(backend, newOwner, gu).acceptOwner();
    expect(s.q({ config: {} })).toMatchObject({ owner: newOwner, pending_owner: null });
    expect(errorOf(() => s.exec(owner, { pause: {} }))).toMatch(/unauthorized/);
    for (const msg of [{ apply_upgrade: { id: 1 } }, { apply_batch: { batch_id: 1 } }, { verify_upgrade: { id: 1 } }]) {
      expect(errorOf(() => s.exec(newOwner, msg))).toMatch(/called by this contract itself/);
    }
    // release hands the admin on, refused while an upgrade is pending
    s.exec(newOwner, { schedule_upgrade: { contract: c, new_code_id: Number(s.probe[1]), migrate_msg: b64({}), due_height: chain.height + 5 } });
    expect(errorOf(() => s.exec(newOwner, { release_contract: { contract: c, new_admin: user } }))).toMatch(/pending_upgrade/);
    s.exec(newOwner, { cancel_upgrade: { id: 1 } });
    s.exec(newOwner, { release_contract: { contract: c, new_admin: user } });
    expect(chain.m.keepers.wasm.getContractInfo(chain.queryContext(), c)!.admin).toBe(user);
    expect(s.q({ managed_contracts: {} })).toEqual({ contracts: [] });
    expect(gu).not.toBe(user);
  });
});
