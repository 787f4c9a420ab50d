/** product-oracle-spec §9 cases 25–31: settlements, idempotency, pagination, stats, quotes, parity mode. */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { setup, oracleWasm, attr, errorOf, checkInvariant, attestBy, coins, POWER, type Status } from './testkit.js';

let wasm: Uint8Array;
before(async () => {
  wasm = await oracleWasm();
});

interface Settlement { id: number; payer: string; reference: string; amount: string; validator: string | null; epoch: number }
interface Page<T> { items: T[]; total: number | null; offset: number | null; limit: number | null; count: number | null; has_more: boolean | null }

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
