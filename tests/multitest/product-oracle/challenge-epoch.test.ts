/** product-oracle-spec §9 cases 10–24: epoch rewards and challenges (with the chain's slash + jail). */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { MsgSetWithdrawAddress } from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import { setup, oracleWasm, attr, errorOf, checkInvariant, attestBy, coins, POWER, DENOM, type OracleSetup, type Status } from './testkit.js';

let wasm: Uint8Array;
before(async () => {
  wasm = await oracleWasm();
});

interface Challenge { id: number; open: boolean; successful: boolean; resolver: string | null; bond: string; votes: unknown[]; accepted_weight: string }

const THREE = [100n * POWER, 100n * POWER, 100n * POWER];

/** A proof about validator 0, finalized by validators 1 and 2 (quorum 6000 of three equal stakes). */
function proofAboutV0(s: OracleSetup, ref = 'work'): string {
  const ev = attestBy(s, [1, 2], { proof_ref: ref, validator: s.vals[0]!.valoper, units: 10, quality_bps: 10000 });
  return attr(ev, 'wasm', 'proof_id')!;
}

function challengeSetup(extra: Record<string, unknown> = {}, o: { authorize?: boolean; treasury?: bigint } = {}) {
  const s = setup(wasm, { stakes: THREE, config: { oracle_quorum_bps: 6000, challenge_min_bond: '10', challenge_resolve_delay_blocks: 2, ...extra }, treasury: o.treasury ?? 1000n, authorize: o.authorize });
  const proofId = proofAboutV0(s);
  return { s, proofId };
}

function snapshotState(s: OracleSetup) {
  return { status: s.q<Status>({ status: {} }), challenges: s.q({ challenges: {} }), proofs: s.q({ proofs: { include_invalid: true } }), bal: s.chain.balance(s.oracle), ch: s.chain.balance(s.challenger) };
}

describe('epoch rewards', () => {
  function rewardSetup(extra: Record<string, unknown> = {}) {
    const s = setup(wasm, { stakes: THREE, config: { oracle_quorum_bps: 6000, epoch_length_blocks: 10, reward_bps: 2000, ...extra }, treasury: 1000n });
    const [a, b] = [s.vals[0]!, s.vals[1]!].sort((x, y) => (x.valoper < y.valoper ? -1 : 1));
    // a scores 1, b scores 2 (score = units × quality / 10000)
    attestBy(s, s.vals[0]!.valoper === a!.valoper ? [1, 2] : [0, 2], { proof_ref: 'a', validator: a!.valoper, units: 1, quality_bps: 10000 });
    attestBy(s, s.vals[0]!.valoper === b!.valoper ? [1, 2] : [0, 2], { proof_ref: 'b', validator: b!.valoper, units: 2, quality_bps: 10000 });
    const toBoundary = () => {
      while (s.chain.height % 10 !== 0) s.chain.nextBlock();
    };
    return { s, a: a!, b: b!, toBoundary };
  }

  test('10: treasury 1000, 2000 bps → pool 200; scores 1:2 → 66 / 134, treasury 800', () => {
    const { s, a, b, toBoundary } = rewardSetup();
    const [ba, bb] = [s.chain.balance(a.operator), s.chain.balance(b.operator)];
    toBoundary();
    const ev = s.exec(s.user, { advance_epoch: {} });
    expect(attr(ev, 'wasm-epoch_rewards', 'pool')).toBe('200');
    expect(attr(ev, 'wasm-epoch_rewards', 'distributed')).toBe('200');
    expect(s.chain.balance(a.operator) - ba).toBe(66n);
    expect(s.chain.balance(b.operator) - bb).toBe(134n);
    const st = s.q<Status>({ status: {} });
    expect(st.treasury).toBe('800');
    expect(st.pending_signal).toEqual([]);
    expect(st.last_rewards).toEqual([{ validator: a.valoper, amount: '66' }, { validator: b.valoper, amount: '134' }]);
    checkInvariant(s);
  });

  test('payout_mode withdraw_address: a share goes to the distribution withdraw address, else to the operator account', () => {
    const { s, a, b, toBoundary } = rewardSetup({ payout_mode: 'withdraw_address' });
    expect(s.q<{ payout_mode: string }>({ config: {} }).payout_mode).toBe('withdraw_address');
    const cold = s.chain.addr('cold-wallet');
    s.chain.executeAs(a.operator, [{ typeUrl: '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress', value: MsgSetWithdrawAddress.fromPartial({ delegatorAddress: a.operator, withdrawAddress: cold }) }]);
    const [ba, bb] = [s.chain.balance(a.operator), s.chain.balance(b.operator)];
    toBoundary();
    const ev = s.exec(s.user, { advance_epoch: {} });
    expect(attr(ev, 'wasm-epoch_rewards', 'distributed')).toBe('200');
    expect(s.chain.balance(cold)).toBe(66n);
    expect(s.chain.balance(a.operator)).toBe(ba);
    // b set no withdraw address: the distribution module answers with the account itself
    expect(s.chain.balance(b.operator) - bb).toBe(134n);
    expect(s.q<Status>({ status: {} }).treasury).toBe('800');
    expect(s.q<Status>({ status: {} }).last_rewards).toEqual([{ validator: a.valoper, amount: '66' }, { validator: b.valoper, amount: '134' }]);
    checkInvariant(s);
  });

  test('payout_mode defaults to operator, can be switched by the owner, and rejects unknown modes without changing config', () => {
    const s = setup(wasm, { stakes: THREE });
    expect(s.q<{ payout_mode: string }>({ config: {} }).payout_mode).toBe('operator');
    expect(errorOf(() => s.chain.instantiate(s.chain.storeCode(s.owner, wasm), s.owner, { denom: DENOM, payout_mode: 'validator' }))).toContain('invalid_config: payout_mode must be operator or withdraw_address');
    const before = s.q({ config: {} });
    expect(errorOf(() => s.exec(s.owner, { update_config: { payout_mode: 'somewhere' } }))).toContain('invalid_config: payout_mode must be operator or withdraw_address');
    expect(s.q({ config: {} })).toEqual(before);
    expect(errorOf(() => s.exec(s.user, { update_config: { payout_mode: 'withdraw_address' } }))).toContain('unauthorized');
    s.exec(s.owner, { update_config: { payout_mode: 'withdraw_address' } });
    expect(s.q<{ payout_mode: string }>({ config: {} }).payout_mode).toBe('withdraw_address');
  });

  test('11: no scores or empty treasury → nothing paid, scores reset', () => {
    const s = setup(wasm, { stakes: THREE, config: { oracle_quorum_bps: 6000, epoch_length_blocks: 10 } });
    attestBy(s, [1, 2], { proof_ref: 'x', validator: s.vals[0]!.valoper, units: 5, quality_bps: 10000 });
    while (s.chain.height % 10 !== 0) s.chain.nextBlock();
    const ev = s.exec(s.user, { advance_epoch: {} });
    expect(attr(ev, 'wasm-epoch_rewards', 'distributed')).toBe('0');
    expect(s.q<Status>({ status: {} }).pending_signal).toEqual([]);
  });

  test('12: a validator jailed before the boundary has its share withheld in the treasury', () => {
    const { s, a, b, toBoundary } = rewardSetup();
    const bb = s.chain.balance(b.operator);
    s.chain.withContext((ctx) => s.chain.m.keepers.staking.pauseValidator(ctx, b.valoper));
    toBoundary();
    s.exec(s.user, { advance_epoch: {} });
    expect(s.chain.balance(b.operator)).toBe(bb);
    expect(s.q<Status>({ status: {} }).treasury).toBe('934'); // only a's 66 left
    expect(s.q<Status>({ status: {} }).last_rewards).toEqual([{ validator: a.valoper, amount: '66' }]);
  });

  test('13: two boundaries crossed before the crank → processed once each, in order; a second crank is a no-op', () => {
    const { s, toBoundary } = rewardSetup();
    toBoundary();
    s.chain.advanceBlocks(10);
    const ev = s.exec(s.user, { advance_epoch: {} });
    expect(attr(ev, 'wasm', 'epochs_advanced')).toBe('2');
    expect(s.q<Status>({ status: {} }).current_epoch).toBe(2);
    expect(s.q<Status>({ status: {} }).treasury).toBe('800');
    const again = s.exec(s.user, { advance_epoch: {} });
    expect(attr(again, 'wasm', 'processed')).toBe('false');
    expect(s.q<Status>({ status: {} }).treasury).toBe('800');
  });

  test('the epoch sudo hook processes the boundary like the crank', () => {
    const { s, toBoundary } = rewardSetup();
    toBoundary();
    s.chain.sudo(s.oracle, { epoch: { epoch: 1, height: s.chain.height, time: '0', validators: [] } });
    expect(s.q<Status>({ status: {} }).treasury).toBe('800');
  });
});

describe('challenges', () => {
  test('14: bond below minimum, wrong denom, two coins, no funds → error, nothing changes', () => {
    const { s, proofId } = challengeSetup();
    const before = snapshotState(s);
    const msg = { challenge: { proof_id: proofId } };
    expect(errorOf(() => s.exec(s.challenger, msg, coins(9)))).toContain('bond_too_low');
    expect(errorOf(() => s.exec(s.challenger, msg, []))).toContain('invalid_funds');
    expect(errorOf(() => s.exec(s.challenger, msg, [{ denom: 'other', amount: 50n }]))).toContain('invalid_funds');
    expect(errorOf(() => s.exec(s.challenger, msg, [{ denom: DENOM, amount: 50n }, { denom: 'zzz', amount: 1n }]))).toContain('invalid_funds');
    expect(snapshotState(s)).toEqual(before);
  });

  test('15, 20: a second open challenge fails; after a rejection a new one is allowed; bond forfeited, proof stays valid', () => {
    const { s, proofId } = challengeSetup();
    s.exec(s.challenger, { challenge: { proof_id: proofId } }, coins(50));
    expect(errorOf(() => s.exec(s.user, { challenge: { proof_id: proofId } }, coins(50)))).toContain('challenge_already_open');
    s.chain.advanceBlocks(2);
    s.exec(s.vals[1]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 0, bonus: '0' } });
    const ev = s.exec(s.vals[2]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 0, bonus: '0' } });
    expect(attr(ev, 'wasm-challenge_resolved', 'successful')).toBe('false');
    const st = s.q<Status>({ status: {} });
    expect(st.treasury).toBe('1050');
    expect(st.escrow).toBe('0');
    expect(s.q<{ challenged: boolean; invalidated: boolean }>({ proof: { id: proofId } })).toMatchObject({ challenged: true, invalidated: false });
    s.exec(s.user, { challenge: { proof_id: proofId } }, coins(20));
    checkInvariant(s);
  });

  test('16, 17, 22: too early, exactly at resolve_after, vote mismatch, reject with bonus, conflict of interest', () => {
    const { s, proofId } = challengeSetup();
    s.exec(s.challenger, { challenge: { proof_id: proofId } }, coins(50));
    const c = s.q<{ resolve_after_height: number }>({ challenge_by_id: { id: 1 } });
    const vote = (i: number, slash_bps: number, bonus: string) => s.exec(s.vals[i]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps, bonus } });
    expect(errorOf(() => vote(1, 500, '10'))).toContain('challenge_too_early');
    while (s.chain.height < c.resolve_after_height) s.chain.nextBlock();
    expect(errorOf(() => vote(0, 500, '10'))).toContain('conflict_of_interest');
    expect(errorOf(() => vote(1, 0, '5'))).toContain('vote_mismatch');
    vote(1, 500, '10');
    expect(errorOf(() => vote(2, 600, '10'))).toContain('vote_mismatch');
    expect(errorOf(() => vote(1, 500, '10'))).toContain('duplicate_challenge_vote');
    expect(attr(s.exec(s.vals[1]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 500, bonus: '10', idempotent: true } }), 'wasm', 'duplicate')).toBe('true');
    expect(s.q<Challenge>({ challenge_by_id: { id: 1 } }).votes).toHaveLength(1);
  });

  test('18, 24: accepted → proof invalidated, signal reduced, challenger paid bond + bonus, validator slashed and jailed by the chain', () => {
    const { s, proofId } = challengeSetup({ jail_seconds: 600 });
    const v0 = s.vals[0]!;
    const tokensBefore = s.chain.m.keepers.staking.getValidator(s.chain.queryContext(), v0.valoper)!.tokens;
    expect(s.q<Status>({ status: {} }).pending_signal).toEqual([{ validator: v0.valoper, score: 10 }]);
    const chBefore = s.chain.balance(s.challenger);
    s.exec(s.challenger, { challenge: { proof_id: proofId } }, coins(50));
    expect(s.q<Status>({ status: {} }).escrow).toBe('50');
    checkInvariant(s);
    s.chain.advanceBlocks(2);
    s.exec(s.vals[1]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 1000, bonus: '25' } });
    const ev = s.exec(s.vals[2]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 1000, bonus: '25' } });
    expect(attr(ev, 'wasm-challenge_resolved', 'payout')).toBe('75');
    expect(s.chain.balance(s.challenger) - chBefore).toBe(25n);
    const st = s.q<Status>({ status: {} });
    expect(st.treasury).toBe('975');
    expect(st.escrow).toBe('0');
    expect(st.pending_signal).toEqual([]);
    expect(s.q<{ invalidated: boolean }>({ proof: { id: proofId } }).invalidated).toBe(true);
    const v = s.chain.m.keepers.staking.getValidator(s.chain.queryContext(), v0.valoper)!;
    expect(v.jailed).toBe(true);
    expect(v.tokens).toBe(tokensBefore - tokensBefore / 10n);
    const slash = ev.find((e) => e.type === 'slash' && e.attributes.some((a) => a.key === 'reason' && a.value === 'product_fraud'));
    expect(slash).toBeDefined();
    const info = s.chain.m.keepers.slashing.getSigningInfo(s.chain.queryContext(), v.consAddress)!;
    expect(info.jailedUntil).toBe(s.chain.queryContext().time + 600n * 1_000_000_000n);
    expect(info.tombstoned).toBe(false);
    expect(errorOf(() => s.exec(s.user, { challenge: { proof_id: proofId } }, coins(50)))).toContain('proof_invalidated');
    checkInvariant(s);
  });

  test('19: accepted but the treasury cannot pay the bonus → the vote fails, the challenge stays open', () => {
    const { s, proofId } = challengeSetup({}, { treasury: 20n });
    s.exec(s.challenger, { challenge: { proof_id: proofId } }, coins(50));
    s.chain.advanceBlocks(2);
    s.exec(s.vals[1]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 1000, bonus: '30' } });
    const before = snapshotState(s);
    expect(errorOf(() => s.exec(s.vals[2]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 1000, bonus: '30' } }))).toContain('insufficient_treasury');
    expect(snapshotState(s)).toEqual(before);
    expect(s.q<Challenge>({ challenge_by_id: { id: 1 } }).open).toBe(true);
  });

  test('21: timeout at max_open_height → closed by system-timeout, bond forfeited, visible before any tx', () => {
    const { s, proofId } = challengeSetup({ challenge_max_open_blocks: 4 });
    s.exec(s.challenger, { challenge: { proof_id: proofId } }, coins(50));
    s.chain.advanceBlocks(4);
    expect(s.q<Challenge>({ challenge_by_id: { id: 1 } })).toMatchObject({ open: false, successful: false, resolver: 'system-timeout' });
    expect(s.q<Status>({ status: {} })).toMatchObject({ treasury: '1050', escrow: '0', open_challenges: 0 });
    expect(s.q<{ items: unknown[] }>({ challenges: { open_only: true } }).items).toEqual([]);
    const ev = s.exec(s.user, { advance_epoch: {} });
    expect(attr(ev, 'wasm-challenge_timeout', 'challenge_id')).toBe('1');
    expect(errorOf(() => s.exec(s.vals[1]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 0, bonus: '0' } }))).toContain('challenge_closed');
    checkInvariant(s);
  });

  test('23: a contract not in authorized_slashers → the resolving vote fails, nothing changes', () => {
    const { s, proofId } = challengeSetup({}, { authorize: false });
    s.exec(s.challenger, { challenge: { proof_id: proofId } }, coins(50));
    s.chain.advanceBlocks(2);
    s.exec(s.vals[1]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 1000, bonus: '0' } });
    const before = snapshotState(s);
    const tokens = s.chain.m.keepers.staking.getValidator(s.chain.queryContext(), s.vals[0]!.valoper)!.tokens;
    expect(errorOf(() => s.exec(s.vals[2]!.operator, { resolve_challenge: { challenge_id: 1, slash_bps: 1000, bonus: '0' } }))).toContain('may not send slash_and_jail');
    expect(snapshotState(s)).toEqual(before);
    const v = s.chain.m.keepers.staking.getValidator(s.chain.queryContext(), s.vals[0]!.valoper)!;
    expect(v.jailed).toBe(false);
    expect(v.tokens).toBe(tokens);
  });

  test('idempotent challenge retry: success, funds returned, one challenge', () => {
    const { s, proofId } = challengeSetup();
    s.exec(s.challenger, { challenge: { proof_id: proofId, idempotent: true } }, coins(50));
    const bal = s.chain.balance(s.challenger);
    const ev = s.exec(s.challenger, { challenge: { proof_id: proofId, idempotent: true } }, coins(50));
    expect(attr(ev, 'wasm', 'duplicate')).toBe('true');
    expect(s.chain.balance(s.challenger)).toBe(bal);
    expect(s.q<{ items: unknown[] }>({ challenges: {} }).items).toHaveLength(1);
    checkInvariant(s);
  });
});
