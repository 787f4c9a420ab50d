/** product-oracle-spec §9 cases 1–9: quorum, attestation, expiry, work-weight smoothing. */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { setup, oracleWasm, attr, errorOf, checkInvariant, attestBy, POWER, type Status } from './testkit.js';

let wasm: Uint8Array;
before(async () => {
  wasm = await oracleWasm();
});

interface Proof { id: string; validator: string; score: number; attestations: number; attested_weight: string; reporter: string; epoch: number }
interface Pending { items: { id: string; required_weight: string; collected_weight: string; votes: unknown[] }[] }

describe('attestation and quorum', () => {
  test('1: two equal validators, quorum 7000: one vote stays pending, the second finalizes', () => {
    const s = setup(wasm, { config: { oracle_quorum_bps: 7000 } });
    const msg = { proof_ref: 'job-1', validator: s.vals[0]!.valoper, units: 10, quality_bps: 10000 };
    const ev1 = attestBy(s, [0], msg);
    expect(attr(ev1, 'wasm', 'finalized')).toBe('false');
    expect(attr(ev1, 'wasm', 'required_weight')).toBe((140n * POWER).toString());
    const id = attr(ev1, 'wasm', 'proof_id')!;
    expect(s.q<Pending>({ pending_attestations: {} }).items.map((p) => p.id)).toEqual([id]);
    const ev2 = attestBy(s, [1], msg);
    expect(attr(ev2, 'wasm', 'finalized')).toBe('true');
    const p = s.q<Proof>({ proof: { id } });
    expect(p).toMatchObject({ id, validator: s.vals[0]!.valoper, score: 10, attestations: 2, attested_weight: (200n * POWER).toString(), reporter: s.vals[1]!.operator, epoch: 0 });
    expect(s.q<Pending>({ pending_attestations: {} }).items).toEqual([]);
    expect(attr(ev2, 'wasm-proof_finalized', 'work_weight_after')).toBe('125');
    checkInvariant(s);
  });

  test('2: required = ceil(total × q / 10000)', () => {
    // three validators of 1 token each: total 3, q 6667 → 3 (2.0001 rounds up)
    const s = setup(wasm, { stakes: [1n * POWER, 1n * POWER, 1n * POWER], config: { oracle_quorum_bps: 6667 } });
    const set = s.q<{ total_weight: string; required_weight: string }>({ oracle_set: {} });
    expect(set.total_weight).toBe((3n * POWER).toString());
    expect(set.required_weight).toBe('2000100'); // ceil(3e6 × 6667 / 1e4) = ceil(2000100)
    // total 10000 power units, q 6667 → exactly 6667 units
    const s2 = setup(wasm, { stakes: [10000n * POWER], config: { oracle_quorum_bps: 6667 } });
    expect(s2.q<{ required_weight: string }>({ oracle_set: {} }).required_weight).toBe((6667n * POWER).toString());
  });

  test('3: quorum ≤ 5000 is raised to 5001, > 10000 clamped, 0 → default', () => {
    for (const [given, want] of [[5000, 5001], [1, 5001], [20000, 10000], [0, 6667], [7000, 7000]] as const) {
      const s = setup(wasm, { config: { oracle_quorum_bps: given } });
      expect(s.q<{ oracle_quorum_bps: number }>({ config: {} }).oracle_quorum_bps).toBe(want);
    }
  });

  test('4: non-validator, jailed, unbonded senders are unauthorized_oracle', () => {
    const s = setup(wasm, { stakes: [100n * POWER, 100n * POWER, 100n * POWER] });
    const msg = { attest: { proof_ref: 'x', validator: s.vals[0]!.valoper, units: 1, quality_bps: 1 } };
    expect(errorOf(() => s.exec(s.user, msg))).toContain('unauthorized_oracle');
    // jail v2 by making it miss blocks is slow; pause it instead (a voluntary jail)
    s.chain.withContext((ctx) => s.chain.m.keepers.staking.pauseValidator(ctx, s.vals[2]!.valoper));
    s.chain.nextBlock();
    expect(errorOf(() => s.exec(s.vals[2]!.operator, msg))).toContain('unauthorized_oracle');
    const before = s.q<Status>({ status: {} });
    expect(before.pending_attestations).toBe(0);
  });

  test('5: a second vote by the same oracle fails; with idempotent it is a no-op success', () => {
    const s = setup(wasm, { stakes: [100n * POWER, 100n * POWER, 100n * POWER] });
    const msg = { proof_ref: 'r', validator: s.vals[0]!.valoper, units: 5, quality_bps: 5000 };
    attestBy(s, [0], msg);
    expect(errorOf(() => attestBy(s, [0], msg))).toContain('duplicate_attestation_vote');
    const before = s.q<Pending>({ pending_attestations: {} });
    const ev = attestBy(s, [0], { ...msg, idempotent: true });
    expect(attr(ev, 'wasm', 'duplicate')).toBe('true');
    expect(attr(ev, 'wasm', 'state')).toBe('pending');
    expect(s.q<Pending>({ pending_attestations: {} })).toEqual(before);
    // after finalization the finalizing voter's retry reports `finalized`
    attestBy(s, [1, 2], msg);
    const again = attestBy(s, [2], { ...msg, idempotent: true });
    expect(attr(again, 'wasm', 'state')).toBe('finalized');
  });

  test('6: a pending attestation expires at its TTL; a later vote starts fresh', () => {
    const s = setup(wasm, { stakes: [100n * POWER, 100n * POWER, 100n * POWER], config: { attestation_ttl_blocks: 3 } });
    const msg = { proof_ref: 'ttl', validator: s.vals[0]!.valoper, units: 5, quality_bps: 5000 };
    attestBy(s, [0], msg);
    s.chain.advanceBlocks(3);
    expect(s.q<Pending>({ pending_attestations: {} }).items).toEqual([]); // the query view already drops it
    const ev = attestBy(s, [1], msg);
    expect(ev.some((e) => e.type === 'wasm-attestation_expired')).toBe(true);
    const p = s.q<Pending>({ pending_attestations: {} }).items;
    expect(p).toHaveLength(1);
    expect(p[0]!.votes).toHaveLength(1);
    expect(p[0]!.collected_weight).toBe((100n * POWER).toString());
  });

  test('7: pending of epoch e is dropped at the boundary; the same proof_ref in e+1 has a new id', () => {
    const s = setup(wasm, { stakes: [100n * POWER, 100n * POWER, 100n * POWER], config: { epoch_length_blocks: 5, attestation_ttl_blocks: 100 } });
    const msg = { proof_ref: 'epoch', validator: s.vals[0]!.valoper, units: 5, quality_bps: 5000 };
    const id0 = attr(attestBy(s, [0], msg), 'wasm', 'proof_id');
    s.chain.advanceBlocks(5);
    s.exec(s.user, { advance_epoch: {} });
    expect(s.q<Status>({ status: {} }).current_epoch).toBe(1);
    expect(s.q<Pending>({ pending_attestations: {} }).items).toEqual([]);
    const id1 = attr(attestBy(s, [0], msg), 'wasm', 'proof_id');
    expect(id1).not.toBe(id0);
  });

  test('8: attesting a finalized proof again → proof_already_finalized', () => {
    const s = setup(wasm);
    const msg = { proof_ref: 'f', validator: s.vals[0]!.valoper, units: 1, quality_bps: 1 };
    attestBy(s, [0, 1], msg);
    expect(errorOf(() => attestBy(s, [0], msg))).toContain('proof_already_finalized');
  });

  test('9: score floor and the work-weight sequences', () => {
    const s = setup(wasm);
    const v = s.vals[0]!.valoper;
    const ev = attestBy(s, [0, 1], { proof_ref: 'floor', validator: v, units: 1, quality_bps: 1 });
    expect(attr(ev, 'wasm-proof_finalized', 'score')).toBe('1');
    expect(attr(ev, 'wasm-proof_finalized', 'work_weight_after')).toBe('87');
    const low = attestBy(s, [0, 1], { proof_ref: 'floor2', validator: v, units: 1, quality_bps: 1 });
    expect(attr(low, 'wasm-proof_finalized', 'work_weight_after')).toBe('77');
    const w = s.vals[1]!.valoper;
    const seq: string[] = [];
    for (let i = 0; i < 3; i++) seq.push(attr(attestBy(s, [0, 1], { proof_ref: `hi-${i}`, validator: w, units: 10, quality_bps: 10000 }), 'wasm-proof_finalized', 'work_weight_after')!);
    expect(seq).toEqual(['125', '143', '157']);
    // never below 1: from weight 1 with the lowest quality the EMA stays ≥ 1
    s.exec(s.owner, { set_work_weight: { validator: v, weight: 1 } });
    expect(attr(attestBy(s, [0, 1], { proof_ref: 'min', validator: v, units: 1, quality_bps: 1 }), 'wasm-proof_finalized', 'work_weight_after')).toBe('13');
    expect(errorOf(() => s.exec(s.owner, { set_work_weight: { validator: v, weight: 0 } }))).toContain('invalid_weight');
    expect(errorOf(() => s.exec(s.user, { set_work_weight: { validator: v, weight: 5 } }))).toContain('unauthorized');
  });

  test('validation: proof_ref, units, quality, unknown validator, funds', () => {
    const s = setup(wasm);
    const base = { proof_ref: 'v', validator: s.vals[0]!.valoper, units: 1, quality_bps: 1 };
    const o = s.vals[0]!.operator;
    expect(errorOf(() => s.exec(o, { attest: { ...base, proof_ref: '' } }))).toContain('invalid_proof_ref');
    expect(errorOf(() => s.exec(o, { attest: { ...base, proof_ref: 'x'.repeat(257) } }))).toContain('invalid_proof_ref');
    expect(errorOf(() => s.exec(o, { attest: { ...base, units: 0 } }))).toContain('invalid_units');
    expect(errorOf(() => s.exec(o, { attest: { ...base, quality_bps: 0 } }))).toContain('invalid_quality_bps');
    expect(errorOf(() => s.exec(o, { attest: { ...base, quality_bps: 10001 } }))).toContain('invalid_quality_bps');
    expect(errorOf(() => s.exec(o, { attest: { ...base, validator: s.user } }))).toContain('unknown_validator');
    expect(errorOf(() => s.exec(o, { attest: base }, [{ denom: 'stake', amount: 1n }]))).toContain('invalid_funds');
    expect(s.q<Status>({ status: {} }).pending_attestations).toBe(0);
  });
});
