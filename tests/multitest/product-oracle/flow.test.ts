/**
 * The whole product-oracle story on a TestChain with three validators: attest to quorum, finalize,
 * work weights move (§4.4), an epoch pays the treasury by score (exact amounts), a challenge against
 * one validator passes, the chain slashes and jails it (staking queries and events), the challenger
 * is paid, and the jailed validator earns nothing the next epoch.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { setup, oracleWasm, attr, checkInvariant, attestBy, coins, POWER, type Status } from './testkit.js';

let wasm: Uint8Array;
before(async () => {
  wasm = await oracleWasm();
});

describe('product oracle flow', () => {
  test('attest → finalize → epoch payout → challenge → slash + jail → no reward for the jailed', () => {
    const s = setup(wasm, { stakes: [100n * POWER, 100n * POWER, 100n * POWER], config: { oracle_quorum_bps: 6000, epoch_length_blocks: 20, reward_bps: 5000, jail_seconds: 3600, challenge_resolve_delay_blocks: 1 }, treasury: 10_000n });
    const [v0, v1, v2] = s.vals as [typeof s.vals[0], typeof s.vals[0], typeof s.vals[0]];
    const staking = s.chain.m.keepers.staking;
    const toBoundary = () => {
      s.chain.nextBlock();
      while (s.chain.height % 20 !== 0) s.chain.nextBlock();
    };
    // v0's work: 30 units at full quality (score 30); v1's: 10 units at half quality (score 5)
    const first = attestBy(s, [1], { proof_ref: 'svc-a', validator: v0.valoper, units: 30, quality_bps: 10000 });
    expect(attr(first, 'wasm', 'finalized')).toBe('false');
    const fin = attestBy(s, [2], { proof_ref: 'svc-a', validator: v0.valoper, units: 30, quality_bps: 10000 });
    expect(attr(fin, 'wasm', 'finalized')).toBe('true');
    const proofA = attr(fin, 'wasm', 'proof_id')!;
    attestBy(s, [0, 2], { proof_ref: 'svc-b', validator: v1.valoper, units: 10, quality_bps: 5000 });
    expect(s.q<{ work_weight: number }>({ work_weight: { validator: v0.valoper } }).work_weight).toBe(125);
    expect(s.q<{ work_weight: number }>({ work_weight: { validator: v1.valoper } }).work_weight).toBe(106); // target 50 + 5000 × 150 / 10000 = 125: (300 + 125) / 4 = 106
    // epoch 0 → 1: pool 5000 split 30:5 in valoper order, the last taking the remainder
    const bal = [v0, v1].map((v) => s.chain.balance(v.operator));
    toBoundary();
    s.exec(s.user, { advance_epoch: {} });
    const sorted = [{ v: v0, score: 30n }, { v: v1, score: 5n }].sort((a, b) => (a.v.valoper < b.v.valoper ? -1 : 1));
    const firstShare = (5000n * sorted[0]!.score) / 35n;
    const want = new Map([[sorted[0]!.v.valoper, firstShare], [sorted[1]!.v.valoper, 5000n - firstShare]]);
    expect(s.chain.balance(v0.operator) - bal[0]!).toBe(want.get(v0.valoper)!);
    expect(s.chain.balance(v1.operator) - bal[1]!).toBe(want.get(v1.valoper)!);
    expect(s.q<Status>({ status: {} }).treasury).toBe('5000');

    // a challenge against v0's proof; v1 and v2 approve a 5% slash with a 100 bonus
    s.exec(s.challenger, { challenge: { proof_id: proofA } }, coins(200));
    const chBal = s.chain.balance(s.challenger);
    const tokens = staking.getValidator(s.chain.queryContext(), v0.valoper)!.tokens;
    s.chain.nextBlock();
    s.exec(v1.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 500, bonus: '100' } });
    const ev = s.exec(v2.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 500, bonus: '100' } });
    expect(attr(ev, 'wasm-challenge_resolved', 'successful')).toBe('true');
    expect(s.chain.balance(s.challenger) - chBal).toBe(300n);
    const after = staking.getValidator(s.chain.queryContext(), v0.valoper)!;
    expect(after.jailed).toBe(true);
    expect(after.tokens).toBe(tokens - (tokens * 500n) / 10000n);
    expect(ev.find((e) => e.type === 'slash' && e.attributes.some((a) => a.key === 'validator' && a.value === v0.valoper))).toBeDefined();
    expect(s.q<Status>({ status: {} })).toMatchObject({ treasury: '4900', escrow: '0' });
    // the jailed v0 is no oracle any more, and earns nothing in epoch 1 even with a fresh proof
    s.chain.nextBlock();
    expect(s.q<{ oracles: { validator: string }[] }>({ oracle_set: {} }).oracles.map((o) => o.validator)).not.toContain(v0.valoper);
    attestBy(s, [1, 2], { proof_ref: 'svc-c', validator: v0.valoper, units: 10, quality_bps: 10000 });
    const v0Bal = s.chain.balance(v0.operator);
    toBoundary();
    s.exec(s.user, { advance_epoch: {} });
    expect(s.chain.balance(v0.operator)).toBe(v0Bal);
    expect(s.q<Status>({ status: {} })).toMatchObject({ treasury: '4900', current_epoch: 2, last_rewards: [] });
    checkInvariant(s);
  });
});
