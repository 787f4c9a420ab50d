import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Registry } from '@cosmjs/proto-signing';
import { TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import { ChainError } from '../../kernel/errors.js';
import { toHex } from '../../kernel/keys.js';
import { fromTimestamp } from '../../types/time.js';
import { MsgPauseValidator, MsgPauseValidatorResponse, meshworkTxTypes } from '../../../proto/index.js';
import { PosHarness } from './testkit.js';
import { StakingErrors } from './types.js';
import { formatDurationNs, parseDurationNs, parseTime } from './genesis.js';
import { formatTime } from './keeper.js';

const M = 1_000_000n;
const PAUSE = '/meshwork.staking.v1.MsgPauseValidator';

function setup(params: Record<string, unknown> = {}): PosHarness {
  const h = new PosHarness();
  h.genesis({
    balances: { v1: 1000n * M, v2: 1000n * M, alice: 1000n * M },
    stakingParams: { unbonding_time: '100', max_validators: 3, ...params },
    validators: [
      { name: 'v1', amount: 100n * M },
      { name: 'v2', amount: 50n * M },
    ],
  });
  return h;
}
function errorOf(fn: () => unknown): ChainError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ChainError);
    return e as ChainError;
  }
  throw new Error('expected an error');
}

describe('MsgPauseValidator (meshwork.staking.v1, §3.8)', () => {
  test('the type URL comes from the proto package; the operator account is the signer', () => {
    const h = setup();
    expect(MsgPauseValidator.typeUrl).toBe(PAUSE);
    expect(MsgPauseValidatorResponse.typeUrl).toBe('/meshwork.staking.v1.MsgPauseValidatorResponse');
    const d = h.msgs.decode(PAUSE, MsgPauseValidator.encode({ validatorAddress: h.valoper('v2') }).finish());
    expect(d.handler.signers(d.msg)).toEqual([h.addr('v2')]);
    expect(d.handler.module).toBe('staking');
    expect(errorOf(() => h.msgs.decode(PAUSE, MsgPauseValidator.encode({ validatorAddress: '' }).finish())).is(StakingErrors.EmptyValidatorAddr)).toBe(true);
    expect(() => h.msgs.decode(PAUSE, MsgPauseValidator.encode({ validatorAddress: h.addr('v2') }).finish())).toThrow();
  });

  test('through the router: jailed and paused without slash, out of the set at this EndBlock; MsgUnjail path restores', () => {
    const h = setup();
    const v2 = h.valoper('v2');
    const supply = h.supply();
    let resp: Uint8Array | undefined;
    const r = h.block((ctx) => (resp = h.deliver(ctx, PAUSE, MsgPauseValidator.encode({ validatorAddress: v2 }).finish())));
    expect(MsgPauseValidatorResponse.decode(resp!)).toEqual({});
    expect(r.events.some((e) => e.type === 'pause_validator' && e.attributes.some((a) => a.value === v2))).toBe(true);
    expect(r.updates.map((u) => [toHex(u.pubKey), u.power])).toEqual([[toHex(h.pubKey('v2')), 0n]]);
    const v = h.staking.getValidator(h.view(), v2)!;
    expect([v.jailed, v.paused, v.status, v.tokens]).toEqual([true, true, 'unbonding', 50n * M]);
    expect(h.supply()).toBe(supply);
    let again: unknown;
    h.block((ctx) => (again = PosHarness.tx(ctx, (c) => h.deliver(c, PAUSE, MsgPauseValidator.encode({ validatorAddress: v2 }).finish()))));
    expect((again as ChainError).is(StakingErrors.ValidatorJailed)).toBe(true);
    const back = h.block((ctx) => h.staking.unjail(ctx, h.consAddr('v2')));
    expect(back.updates.map((u) => u.power)).toEqual([50n]);
  });

  test('a CosmJS Registry with meshworkTxTypes encodes it into a TxBody the router decodes', () => {
    const h = setup();
    const registry = new Registry(meshworkTxTypes);
    const value = { validatorAddress: h.valoper('v1') };
    const any = registry.encodeAsAny({ typeUrl: PAUSE, value });
    expect(any.typeUrl).toBe(PAUSE);
    expect(any.value).toEqual(MsgPauseValidator.encode(value).finish());
    const body = TxBody.decode(registry.encodeTxBody({ messages: [{ typeUrl: PAUSE, value }], memo: '' }));
    expect(h.msgs.decode(body.messages[0]!.typeUrl, body.messages[0]!.value).msg).toEqual(value);
    expect(registry.decode({ typeUrl: PAUSE, value: any.value })).toEqual(value);
  });
});

describe('historical info (Query/HistoricalInfo, historical_entries)', () => {
  const query = (h: PosHarness, height: number) => Q.QueryHistoricalInfoResponse.decode(h.queries.get('/cosmos.staking.v1beta1.Query/HistoricalInfo')!(h.view(), Q.QueryHistoricalInfoRequest.encode({ height: BigInt(height) }).finish())).hist!;

  test('each BeginBlock stores the header and the consensus set; older than historical_entries is pruned', () => {
    const h = setup({ historical_entries: 3 });
    h.advanceTo(5);
    const hist = query(h, 5);
    expect([hist.header.chainId, hist.header.height, fromTimestamp(hist.header.time)]).toEqual(['test-1', 5n, h.time]);
    expect(hist.valset.map((v) => v.operatorAddress)).toEqual([h.valoper('v1'), h.valoper('v2')]);
    expect(PubKey.decode(hist.valset[0]!.consensusPubkey!.value).key).toEqual(h.pubKey('v1'));
    expect(query(h, 3).header.height).toBe(3n);
    const gone = errorOf(() => query(h, 2));
    expect(gone.is(StakingErrors.NoHistoricalInfo)).toBe(true);
    expect(gone.message).toContain('historical info for height 2 not found');
    expect(errorOf(() => query(h, 6)).is(StakingErrors.NoHistoricalInfo)).toBe(true);
  });

  test('default 10000 entries; lowering the param prunes at the next BeginBlock; 0 keeps none', () => {
    const h = setup();
    const p = Q.QueryParamsResponse.decode(h.queries.get('/cosmos.staking.v1beta1.Query/Params')!(h.view(), new Uint8Array()));
    expect(p.params.historicalEntries).toBe(10_000);
    h.advanceTo(6);
    expect(query(h, 1).header.height).toBe(1n);
    h.block((ctx) => h.staking.setParams(ctx, { ...h.staking.getParams(ctx), historicalEntries: 2 }));
    h.block();
    expect([7, 8].map((x) => query(h, x).header.height)).toEqual([7n, 8n]);
    for (const x of [1, 6]) expect(errorOf(() => query(h, x)).is(StakingErrors.NoHistoricalInfo)).toBe(true);
    h.block((ctx) => h.staking.setParams(ctx, { ...h.staking.getParams(ctx), historicalEntries: 0 }));
    h.block();
    for (const x of [8, 9, 10]) expect(errorOf(() => query(h, x)).is(StakingErrors.NoHistoricalInfo)).toBe(true);
  });

  test('signingPowerAt(H) is the power CometBFT signs H with (two-block update delay), from genesis on', () => {
    const h = setup();
    const cons = h.consAddr('v2');
    expect(h.staking.signingPowerAt(h.view(), 1, cons)).toEqual({ power: 50n, total: 150n });
    h.advanceTo(3);
    h.block((ctx) => h.staking.delegateMsg(ctx, h.addr('alice'), h.valoper('v2'), { denom: 'stake', amount: 25n * M })); // EndBlock 4
    h.advanceTo(8);
    for (let H = 2; H <= 7; H++) {
      const want = h.signingSet(H).get(toHex(cons));
      expect([H, h.staking.signingPowerAt(h.view(), H, cons)?.power]).toEqual([H, want]);
    }
    expect(h.staking.signingPowerAt(h.view(), 5, cons)).toEqual({ power: 50n, total: 150n });
    expect(h.staking.signingPowerAt(h.view(), 6, cons)).toEqual({ power: 75n, total: 175n });
    expect(h.staking.signingPowerAt(h.view(), 6, h.consAddr('alice'))).toEqual({ power: 0n, total: 175n });
    expect(h.staking.signingPowerAt(h.view(), 50, cons)).toBeUndefined();
  });
});

describe('genesis time and duration forms', () => {
  test('RFC 3339 with nanoseconds and "<s>s" durations round-trip exactly', () => {
    for (const t of [0n, 1_700_000_000_123_456_789n, 1_700_000_000n * 1_000_000_000n, 253402300799n * 1_000_000_000n]) expect(parseTime(formatTime(t), 't')).toBe(t);
    expect(parseTime('2023-11-14T22:13:20.5Z', 't')).toBe(1_700_000_000_500_000_000n);
    expect(() => parseTime('2023-11-14 22:13:20Z', 't')).toThrow(/RFC 3339/);
    for (const d of [1_814_400n * 1_000_000_000n, 1n, 500_000_000n]) expect(parseDurationNs(formatDurationNs(d), 'd')).toBe(d);
    expect(parseDurationNs('600', 'd')).toBe(600n * 1_000_000_000n);
    expect(() => parseDurationNs('10m', 'd')).toThrow(/seconds/);
  });
});
