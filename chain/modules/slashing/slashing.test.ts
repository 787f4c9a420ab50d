import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgUnjail } from 'cosmjs-types/cosmos/slashing/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/slashing/v1beta1/query';
import { NS_PER_SECOND } from '../../kernel/context.js';
import { ChainError, type ErrorSpec } from '../../kernel/errors.js';
import { toHex } from '../../kernel/keys.js';
import { PosHarness } from '../staking/testkit.js';
import { SlashingKeeper, SlashingErrors, SLASHING_STORE } from './keeper.js';
import { SlashingModule } from './module.js';

const M = 1_000_000n;
const UNJAIL = '/cosmos.slashing.v1beta1.MsgUnjail';

function expectError(e: unknown, spec: ErrorSpec): void {
  expect(e).toBeInstanceOf(ChainError);
  expect([(e as ChainError).codespace, (e as ChainError).code]).toEqual([spec.codespace, spec.code]);
}

function setup(validators = [
  { name: 'v1', amount: 100n * M },
  { name: 'v2', amount: 50n * M },
]): { h: PosHarness; slashing: SlashingKeeper } {
  const h = new PosHarness([SLASHING_STORE]);
  const slashing = new SlashingKeeper({ staking: h.staking, codec: h.codec, authority: h.addr('gov') });
  h.staking.setHooks([slashing.hooks()]);
  h.addModule(new SlashingModule(slashing));
  h.genesis({ balances: { v1: 1000n * M, v2: 1000n * M, v3: 1000n * M, bob: 1000n * M }, stakingParams: { unbonding_time: '1000' }, validators });
  return { h, slashing };
}

const unjailMsg = (h: PosHarness, name: string) => MsgUnjail.encode({ validatorAddr: h.valoper(name) }).finish();

describe('liveness (§4.1, §9.7)', () => {
  test('never jailed before start_height + window', () => {
    const { h, slashing } = setup();
    h.offline.add(toHex(h.consAddr('v2')));
    h.advanceTo(100);
    const info = slashing.getSigningInfo(h.view(), h.consAddr('v2'))!;
    expect([info.startHeight, info.missedBlocksCounter, info.indexOffset]).toEqual([0, 99n, 99n]);
    expect(h.staking.getValidator(h.view(), h.valoper('v2'))!.jailed).toBe(false);
    h.block();
    expect(h.staking.getValidator(h.view(), h.valoper('v2'))!.jailed).toBe(true);
  });

  test('50 misses: nothing; the 51st: 1 % of the last-commit power slashed (entries from H−2 cut), jailed, counters reset; unjail only after jailed_until', () => {
    const { h, slashing } = setup();
    const v2 = h.valoper('v2');
    const cons = h.consAddr('v2');
    h.block((ctx) => h.staking.delegateMsg(ctx, h.addr('bob'), v2, { denom: 'stake', amount: 10n * M }));
    h.advanceTo(150);
    h.offline.add(toHex(cons));
    h.advanceTo(197);
    h.block((ctx) => h.staking.undelegate(ctx, h.addr('bob'), v2, { denom: 'stake', amount: 2n * M })); // 198: before the infraction
    h.block((ctx) => h.staking.undelegate(ctx, h.addr('bob'), v2, { denom: 'stake', amount: 2n * M })); // 199 = H − 2
    const r200 = h.block();
    expect(slashing.getSigningInfo(h.view(), cons)!.missedBlocksCounter).toBe(50n);
    expect(h.staking.getValidator(h.view(), v2)!.jailed).toBe(false);
    expect(r200.events.filter((e) => e.type === 'liveness').map((e) => e.attributes.find((a) => a.key === 'missed_blocks')!.value)).toEqual(['50']);
    const supply = h.supply();
    const r = h.block(); // 201: the 51st miss; last commit power is 58 (the set of block 200)
    expect(h.lastCommit(201).find((v) => toHex(v.address) === toHex(cons))!.power).toBe(58n);
    const slash = r.events.find((e) => e.type === 'slash')!;
    expect(Object.fromEntries(slash.attributes.map((a) => [a.key, a.value]))).toEqual({
      address: h.codec.encodeValcons(cons),
      power: '58',
      reason: 'missing_signature',
      jailed: h.codec.encodeValcons(cons),
      burned_coins: '580000',
    });
    expect(h.supply()).toBe(supply - 580_000n);
    const ubd = h.staking.getUnbondingDelegation(h.view(), h.addr('bob'), v2)!;
    expect(ubd.entries.map((e) => [e.creationHeight, e.balance])).toEqual([
      [198, 2n * M],
      [199, 2n * M - 20_000n],
    ]);
    const val = h.staking.getValidator(h.view(), v2)!;
    expect([val.jailed, val.status, val.tokens]).toEqual([true, 'unbonding', 56n * M - 560_000n]);
    expect(r.updates.map((u) => [toHex(u.pubKey), u.power])).toEqual([[toHex(h.pubKey('v2')), 0n]]);
    const info = slashing.getSigningInfo(h.view(), cons)!;
    expect([info.missedBlocksCounter, info.indexOffset, info.jailedUntil, info.tombstoned]).toEqual([0n, 0n, h.time + 600n * NS_PER_SECOND, false]);
    expect(slashing.missedBlocks(h.view(), cons)).toEqual([]);
    // Jailed: later commits that still carry it do not count.
    h.block();
    h.block();
    expect(slashing.getSigningInfo(h.view(), cons)!.missedBlocksCounter).toBe(0n);
    // Unjail before jailed_until fails, after succeeds and the validator rejoins.
    const jailedUntil = info.jailedUntil;
    let early: unknown;
    h.block((ctx) => {
      try {
        h.deliver(ctx, UNJAIL, unjailMsg(h, 'v2'));
      } catch (e) {
        early = e;
      }
    });
    expectError(early, SlashingErrors.ValidatorJailed);
    h.offline.delete(toHex(cons));
    h.advanceTime(jailedUntil - 5n * NS_PER_SECOND);
    const back = h.block((ctx) => h.deliver(ctx, UNJAIL, unjailMsg(h, 'v2')));
    expect(back.updates.map((u) => [toHex(u.pubKey), u.power])).toEqual([[toHex(h.pubKey('v2')), 55n]]);
    expect(slashing.getSigningInfo(h.view(), cons)!.startHeight).toBe(h.height);
    let again: unknown;
    h.block((ctx) => {
      try {
        h.deliver(ctx, UNJAIL, unjailMsg(h, 'v2'));
      } catch (e) {
        again = e;
      }
    });
    expectError(again, SlashingErrors.ValidatorNotJailed);
  });

  test('SigningInfo and Params queries', () => {
    const { h } = setup();
    const q = (m: string, b: Uint8Array) => h.queries.get(`/cosmos.slashing.v1beta1.Query/${m}`)!(h.view(), b);
    const info = Q.QuerySigningInfoResponse.decode(q('SigningInfo', Q.QuerySigningInfoRequest.encode({ consAddress: h.codec.encodeValcons(h.consAddr('v1')) }).finish()));
    expect(info.valSigningInfo.address).toBe(h.codec.encodeValcons(h.consAddr('v1')));
    const all = Q.QuerySigningInfosResponse.decode(q('SigningInfos', Q.QuerySigningInfosRequest.encode({}).finish()));
    expect(all.info.length).toBe(2);
    const p = Q.QueryParamsResponse.decode(q('Params', Q.QueryParamsRequest.encode({}).finish()));
    expect([p.params.signedBlocksWindow, new TextDecoder().decode(p.params.minSignedPerWindow), p.params.downtimeJailDuration.seconds]).toEqual([100n, '500000000000000000', 600n]);
  });
});

describe('unjail checks (§4.2)', () => {
  test('self-delegation below minimum and missing self-delegation refuse unjail', () => {
    const { h } = setup([
      { name: 'v1', amount: 100n * M },
      { name: 'v2', amount: 20n * M, minSelfDelegation: 20n * M } as { name: string; amount: bigint; minSelfDelegation: bigint },
      { name: 'v3', amount: 20n * M },
    ]);
    h.block((ctx) => {
      h.staking.delegateMsg(ctx, h.addr('bob'), h.valoper('v3'), { denom: 'stake', amount: M });
      h.staking.undelegate(ctx, h.addr('v2'), h.valoper('v2'), { denom: 'stake', amount: M });
      h.staking.undelegate(ctx, h.addr('v3'), h.valoper('v3'), { denom: 'stake', amount: 20n * M });
    });
    const errs: unknown[] = [];
    h.block((ctx) => {
      for (const n of ['v2', 'v3']) {
        try {
          h.deliver(ctx, UNJAIL, unjailMsg(h, n));
        } catch (e) {
          errs.push(e);
        }
      }
    });
    expectError(errs[0], SlashingErrors.SelfDelegationTooLowToUnjail);
    expectError(errs[1], SlashingErrors.MissingSelfDelegation);
  });
});

describe('pause with slashing (§9.14)', () => {
  test('no slash, immediate removal, not counted as missing, MsgUnjail restores', () => {
    const { h, slashing } = setup();
    const cons = h.consAddr('v2');
    const supply = h.supply();
    h.advanceTo(3);
    const r = h.block((ctx) => h.staking.pauseValidator(ctx, h.valoper('v2')));
    expect(r.updates.map((u) => [toHex(u.pubKey), u.power])).toEqual([[toHex(h.pubKey('v2')), 0n]]);
    expect(slashing.getSigningInfo(h.view(), cons)!.jailedUntil).toBe(h.time);
    h.offline.add(toHex(cons)); // it stops signing; the commits that still carry it must not count
    const later = [h.block(), h.block(), h.block()];
    expect(later.flatMap((b) => b.events).filter((e) => e.type === 'liveness')).toEqual([]);
    expect(slashing.getSigningInfo(h.view(), cons)!.missedBlocksCounter).toBe(0n);
    h.offline.delete(toHex(cons));
    const back = h.block((ctx) => h.deliver(ctx, UNJAIL, unjailMsg(h, 'v2')));
    expect(back.updates.map((u) => [toHex(u.pubKey), u.power])).toEqual([[toHex(h.pubKey('v2')), 50n]]);
    expect(h.supply()).toBe(supply);
    const v = h.staking.getValidator(h.view(), h.valoper('v2'))!;
    expect([v.jailed, v.paused, v.tokens, v.status]).toEqual([false, false, 50n * M, 'bonded']);
  });
});
