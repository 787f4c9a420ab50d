/** product-oracle-spec §9 cases 25–31: settlements, idempotency, pagination, stats, quotes, parity mode. */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import type { CallFrame } from '../../../chain/modules/wasm/trace.js';
import { setup, oracleWasm, attr, errorOf, checkInvariant, attestBy, coins, POWER, type Status } from './testkit.js';

let wasm: Uint8Array;
before(async () => {
  wasm = await oracleWasm();
});

interface Settlement { id: number; payer: string; reference: string; amount: string; validator: string | null; epoch: number }
interface Page<T> { items: T[]; total: number | null; offset: number | null; limit: number | null; count: number | null; has_more: boolean | null }

/** Gas of a smart query against the oracle (the root frame of the harness call's trace). */
function queryGas(s: ReturnType<typeof setup>, msg: object): { gas: number; items: unknown[] } {
  const r = s.q<{ items: unknown[] }>(msg);
  return { gas: (s.chain.lastCall!.trace[0] as CallFrame).gasUsed, items: r.items };
}

describe('secondary indexes', () => {
  test('a filter on an indexed field reads only its own records: 40 more settlements by others cost it no gas, a scan pays for each', () => {
    const s = setup(wasm);
    const payer2 = s.chain.addr('payer2');
    const v0 = s.vals[0]!.valoper;
    s.exec(payer2, { settle: { reference: 'p2-a', validator: v0 } }, coins(7));
    s.exec(payer2, { settle: { reference: 'p2-b' } }, coins(8));
    // the unindexed min_amount filter selects the same two records by scanning
    const byPayer = { settlements: { payer: payer2 } };
    const byScan = { settlements: { min_amount: '7', max_amount: '8' } };
    const byValidator = { settlements: { validator: v0 } };
    const before = { payer: queryGas(s, byPayer), scan: queryGas(s, byScan), validator: queryGas(s, byValidator) };
    expect(before.payer.items).toHaveLength(2);
    expect(before.scan.items).toEqual(before.payer.items);
    expect(before.validator.items).toHaveLength(1);
    for (let i = 0; i < 40; i++) s.exec(s.user, { settle: { reference: `bulk-${i}`, validator: s.vals[1]!.valoper } }, coins(100));
    const after = { payer: queryGas(s, byPayer), scan: queryGas(s, byScan), validator: queryGas(s, byValidator) };
    expect(after.payer.items).toEqual(before.payer.items);
    expect(after.scan.items).toEqual(before.scan.items);
    expect(after.validator.items).toEqual(before.validator.items);
    expect(after.payer.gas).toBe(before.payer.gas);
    expect(after.validator.gas).toBe(before.validator.gas);
    // the scan reads and decodes 40 more records (≈ 850 gas each as measured)
    expect(after.scan.gas - before.scan.gas).toBeGreaterThan(40 * 500);
    expect(after.payer.gas).toBeLessThan(after.scan.gas);
    // the epoch index answers the same records as a scan in id order (all 42 are in epoch 0)
    expect(s.q<Page<Settlement>>({ settlements: { epoch: 0, limit: 100 } }).items.map((x) => x.id)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  });

  test('proof and challenge filters by validator, epoch, challenger and proof are served from their indexes and match a scan', () => {
    const s = setup(wasm, { stakes: [100n * POWER, 100n * POWER, 100n * POWER], config: { oracle_quorum_bps: 6000, challenge_min_bond: '10', challenge_resolve_delay_blocks: 2 }, treasury: 1000n });
    const [v0, v1] = [s.vals[0]!.valoper, s.vals[1]!.valoper];
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const ev = attestBy(s, i % 2 === 0 ? [1, 2] : [0, 2], { proof_ref: `w${i}`, validator: i % 2 === 0 ? v0 : v1, units: 1 + i, quality_bps: 10000 });
      ids.push(attr(ev, 'wasm', 'proof_id')!);
    }
    const all = s.q<Page<{ id: string; validator: string; epoch: number }>>({ proofs: { limit: 100 } }).items;
    const byV0 = s.q<Page<{ id: string }>>({ proofs: { validator: v0, limit: 100 } }).items;
    expect(byV0.map((p) => p.id)).toEqual(all.filter((p) => p.validator === v0).map((p) => p.id));
    expect(byV0).toHaveLength(3);
    expect(s.q<Page<{ id: string }>>({ proofs: { epoch: 0, limit: 100 } }).items.map((p) => p.id)).toEqual(all.map((p) => p.id));
    expect(s.q<Page<{ id: string }>>({ proofs: { epoch: 1 } }).items).toEqual([]);
    expect(s.q<Page<{ id: string }>>({ proofs: { id: ids[3] } }).items.map((p) => p.id)).toEqual([ids[3]]);
    s.exec(s.challenger, { challenge: { proof_id: ids[0] } }, coins(10));
    s.exec(s.user, { challenge: { proof_id: ids[1] } }, coins(10));
    const chByChallenger = s.q<Page<{ id: number; proof_id: string }>>({ challenges: { challenger: s.challenger } }).items;
    expect(chByChallenger.map((c) => c.proof_id)).toEqual([ids[0]]);
    expect(s.q<Page<{ id: number }>>({ challenges: { proof_id: ids[1] } }).items.map((c) => c.id)).toEqual([2]);
    expect(s.q<Page<{ id: number }>>({ challenges: { id: 2, challenger: s.challenger } }).items).toEqual([]);
  });
});

describe('settlements and reads', () => {
  test('25: duplicate (payer, reference) → duplicate_settlement with the id, balance unchanged; another payer may reuse it', () => {
    const s = setup(wasm);
    const ev = s.exec(s.user, { settle: { reference: 'inv-1', validator: s.vals[0]!.valoper } }, coins(100));
    expect(attr(ev, 'wasm', 'settlement_id')).toBe('1');
    const bal = s.chain.balance(s.user);
    const e = errorOf(() => s.exec(s.user, { settle: { reference: 'inv-1' } }, coins(999)));
    expect(e).toContain('duplicate_settlement');
    expect(e).toContain('settlement 1');
    expect(s.chain.balance(s.user)).toBe(bal);
    s.exec(s.chain.addr('payer2'), { settle: { reference: 'inv-1' } }, coins(5));
    expect(s.q<{ settlement: Settlement | null }>({ settlement_by_reference: { payer: s.user, reference: 'inv-1' } }).settlement).toMatchObject({ id: 1, amount: '100' });
    expect(s.q<{ settlement: Settlement | null }>({ settlement_by_reference: { payer: s.user, reference: 'nope' } }).settlement).toBeNull();
    expect(s.q<Status>({ status: {} }).treasury).toBe('105');
    expect(errorOf(() => s.exec(s.user, { settle: { reference: '' } }, coins(1)))).toContain('invalid_reference');
    expect(errorOf(() => s.exec(s.user, { settle: { reference: 'r'.repeat(129) } }, coins(1)))).toContain('invalid_reference');
    expect(errorOf(() => s.exec(s.user, { settle: { reference: 'z' } }))).toContain('invalid_funds');
    expect(errorOf(() => s.exec(s.user, { settle: { reference: 'z', validator: s.user } }, coins(1)))).toContain('unknown_validator');
    checkInvariant(s);
  });

  test('26: idempotency survives a replay: restoring state and replaying gives the same ids and refs', () => {
    const s = setup(wasm);
    s.exec(s.user, { settle: { reference: 'a' } }, coins(1));
    const snap = s.chain.snapshot();
    s.exec(s.user, { settle: { reference: 'b' } }, coins(2));
    const first = s.q<Page<Settlement>>({ settlements: {} });
    s.chain.restore(snap);
    expect(s.q<Page<Settlement>>({ settlements: {} }).items).toHaveLength(1);
    s.exec(s.user, { settle: { reference: 'b' } }, coins(2));
    expect(s.q<Page<Settlement>>({ settlements: {} })).toEqual(first);
    expect(errorOf(() => s.exec(s.user, { settle: { reference: 'a' } }, coins(1)))).toContain('duplicate_settlement');
  });

  test('28: pagination: offset beyond end, limit 0, limit > max, start_after with offset, AND filters', () => {
    const s = setup(wasm);
    for (let i = 0; i < 105; i++) s.exec(i % 2 === 0 ? s.user : s.chain.addr('payer2'), { settle: { reference: `r${i}` } }, coins(i + 1));
    const beyond = s.q<Page<Settlement>>({ settlements: { offset: 500, with_meta: true } });
    expect(beyond).toMatchObject({ items: [], total: 105, has_more: false, count: 0 });
    expect(s.q<Page<Settlement>>({ settlements: { limit: 0 } }).items).toEqual([]);
    const big = s.q<Page<Settlement>>({ settlements: { limit: 1000, with_meta: true } });
    expect(big.items).toHaveLength(100);
    expect(big).toMatchObject({ limit: 100, has_more: true, total: 105 });
    expect(s.q<Page<Settlement>>({ settlements: {} }).items).toHaveLength(30);
    expect(s.q<Page<Settlement>>({ settlements: {} }).total).toBeNull();
    expect(errorOf(() => s.q({ settlements: { offset: 1, start_after: 3 } }))).toContain('invalid_pagination');
    const after = s.q<Page<Settlement>>({ settlements: { start_after: 100 } });
    expect(after.items.map((x) => x.id)).toEqual([101, 102, 103, 104, 105]);
    const and = s.q<Page<Settlement>>({ settlements: { payer: s.user, min_amount: '10', max_amount: '20', limit: 100 } });
    expect(and.items.map((x) => Number(x.amount))).toEqual([11, 13, 15, 17, 19]);
    expect(errorOf(() => s.q({ settlements: { colour: 'red' } }))).toContain('unknown field');
  });

  test('29: stats equal sums over the unpaginated list (random data)', () => {
    const s = setup(wasm);
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const payers = [s.user, s.chain.addr('payer2')];
    const vals = [null, s.vals[0]!.valoper, s.vals[1]!.valoper];
    const n = Number(process.env.PRODUCT_ORACLE_PROPERTY_N ?? 40);
    for (let i = 0; i < n; i++) s.exec(payers[rnd(2)]!, { settle: { reference: `p${i}`, validator: vals[rnd(3)] } }, coins(1 + rnd(1000)));
    for (const filter of [{}, { payer: s.user }, { min_amount: '300' }, { validator: s.vals[0]!.valoper, max_amount: '700' }]) {
      const list = s.q<Page<Settlement>>({ settlements: { ...filter, limit: 100 } }).items;
      const stats = s.q<{ count: number; total_amount: string; by_validator: { key: string; count: number; amount: string }[] }>({ settlement_stats: filter });
      expect(stats.count).toBe(list.length);
      expect(BigInt(stats.total_amount)).toBe(list.reduce((a, x) => a + BigInt(x.amount), 0n));
      for (const g of stats.by_validator) {
        const mine = list.filter((x) => (x.validator ?? '') === g.key);
        expect(g.count).toBe(mine.length);
        expect(BigInt(g.amount)).toBe(mine.reduce((a, x) => a + BigInt(x.amount), 0n));
      }
    }
  });

  test('30: quote: units 0 → error; overflow → error', () => {
    const s = setup(wasm, { config: { unit_price: '3' } });
    expect(s.q({ billing_quote: { units: 7 } })).toEqual({ units: 7, unit_price: '3', amount: '21', denom: 'stake' });
    expect(errorOf(() => s.q({ billing_quote: { units: 0 } }))).toContain('invalid_units');
    s.exec(s.owner, { update_config: { unit_price: '340282366920938463463374607431768211455' } });
    expect(errorOf(() => s.q({ billing_quote: { units: 2 } }))).toContain('overflow');
  });

  test('31: fastpos parity mode: stake × work weight, quorum 7000 with two equal validators, TTL expiry, timeout after 64 blocks', () => {
    const s = setup(wasm, { config: { oracle_weight_mode: 'stake_times_work_weight', oracle_quorum_bps: 7000, attestation_ttl_blocks: 8, challenge_max_open_blocks: 64, challenge_resolve_delay_blocks: 1 }, treasury: 100n });
    const msg = { proof_ref: 'fp', validator: s.vals[0]!.valoper, units: 10, quality_bps: 10000 };
    expect(attr(attestBy(s, [0], msg), 'wasm', 'finalized')).toBe('false');
    s.chain.advanceBlocks(8);
    expect(s.q<Page<unknown>>({ pending_attestations: {} }).items).toEqual([]);
    const ev = attestBy(s, [0, 1], msg);
    expect(attr(ev, 'wasm', 'finalized')).toBe('true');
    // work weight 125 now raises v0's oracle weight to 125% of its stake
    const set = s.q<{ oracles: { validator: string; weight: string }[] }>({ oracle_set: {} });
    expect(set.oracles.find((o) => o.validator === s.vals[0]!.valoper)!.weight).toBe(((100n * POWER * 125n) / 100n).toString());
    s.exec(s.challenger, { challenge: { proof_id: attr(ev, 'wasm', 'proof_id') } }, coins(10));
    s.chain.advanceBlocks(64);
    expect(s.q<{ resolver: string; open: boolean }>({ challenge_by_id: { id: 1 } })).toMatchObject({ open: false, resolver: 'system-timeout' });
    expect(s.q<Status>({ status: {} }).treasury).toBe('110');
  });

  test('owner operations: withdraw cannot touch escrow; two-step ownership', () => {
    const s = setup(wasm, { treasury: 100n });
    expect(errorOf(() => s.exec(s.user, { withdraw_treasury: { amount: '1', recipient: s.user } }))).toContain('unauthorized');
    expect(errorOf(() => s.exec(s.owner, { withdraw_treasury: { amount: '101', recipient: s.user } }))).toContain('insufficient_treasury');
    s.exec(s.owner, { withdraw_treasury: { amount: '40', recipient: s.user } });
    expect(s.q<Status>({ status: {} }).treasury).toBe('60');
    s.exec(s.owner, { transfer_ownership: { new_owner: s.user } });
    expect(errorOf(() => s.exec(s.challenger, { accept_ownership: {} }))).toContain('unauthorized');
    s.exec(s.user, { accept_ownership: {} });
    expect(s.q<{ owner: string }>({ config: {} }).owner).toBe(s.user);
    s.exec(s.challenger, { fund_treasury: {} }, coins(5));
    expect(s.q<Status>({ status: {} }).treasury).toBe('65');
    checkInvariant(s);
  });
});
