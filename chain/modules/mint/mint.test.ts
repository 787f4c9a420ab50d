/** pos-spec §5.1: one inflation step from the defaults, clamping, fixed block provision, params and queries. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgUpdateParams } from 'cosmjs-types/cosmos/mint/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/mint/v1beta1/query';
import { inBranch, type Context } from '../../kernel/context.js';
import { findAttribute } from '../../kernel/events.js';
import { fromUtf8 } from '../../kernel/keys.js';
import { MsgRouter, QueryRouter } from '../../kernel/router.js';
import { Dec } from '../../types/dec.js';
import { makeHarness } from '../distribution/testkit/wiring.js';
import { DEFAULT_MINT_PARAMS, MintKeeper } from './keeper.js';
import { MintModule } from './module.js';

function setup(totalSupply: bigint, bonded: bigint) {
  const h = makeHarness();
  const mint = new MintKeeper({ bank: h.bank, staking: h.staking, authority: h.gov });
  const module = new MintModule(mint);
  const msgs = new MsgRouter();
  const queries = new QueryRouter();
  module.registerMsgs(msgs);
  module.registerQueries(queries);
  const g = h.at(1);
  module.initGenesis(g, undefined);
  if (bonded > 0n) h.staking.createValidator(g, h.addr(1), bonded, Dec.ZERO, 1);
  // The fake staking moves no coins, so the whole supply sits in one account.
  h.bank.initBalance(g, h.addr(2), [{ denom: 'stake', amount: totalSupply }]);
  const feeCollector = h.auth.moduleAddress('fee_collector');
  return { h, mint, module, msgs, queries, feeCollector };
}

describe('mint', () => {
  test('one step from the defaults at bonded ratio 0.5 mints exactly 20 stake out of 10^9', () => {
    const { h, module, feeCollector, queries } = setup(1_000_000_000n, 500_000_000n);
    const ctx = h.at(2);
    module.beginBlock(ctx);

    // By hand with Cosmos Dec rounding: (1 − 0.5 / 0.67) × 0.13 / 6 311 520.
    const p = DEFAULT_MINT_PARAMS;
    const ratio = Dec.parse('0.5');
    const q = ratio.quo(p.goalBonded); // 0.746268656716417910 (half-even)
    const perYear = Dec.ONE.sub(q).mul(p.inflationRateChange); // 0.032985074626865672
    const step = perYear.quo(Dec.fromInt(p.blocksPerYear));
    expect(q.toString()).toBe('0.746268656716417910');
    expect(perYear.toString()).toBe('0.032985074626865672');
    expect(step.toString()).toBe('0.000000005226169707');
    const inflation = Dec.parse('0.13').add(step);
    const annual = inflation.mulInt(1_000_000_000n);
    const minted = annual.quoInt(p.blocksPerYear).truncateInt(); // 130 000 005.226… / 6 311 520 = 20.597…
    expect(minted).toBe(20n);

    const minter = h.bank.getBalance(ctx, feeCollector, 'stake');
    expect(minter.amount).toBe(20n);
    expect(h.bank.getSupply(ctx, 'stake').amount).toBe(1_000_000_020n);
    const m = module.keeper.getMinter(ctx);
    expect(m.inflation.toString()).toBe('0.130000005226169707');
    expect(m.annualProvisions.toString()).toBe('130000005.226169707000000000');
    expect(m.annualProvisions.eq(annual)).toBe(true);
    expect(findAttribute(ctx.events.events, 'mint', 'bonded_ratio')).toBe('0.500000000000000000');
    expect(findAttribute(ctx.events.events, 'mint', 'inflation')).toBe('0.130000005226169707');
    expect(findAttribute(ctx.events.events, 'mint', 'annual_provisions')).toBe('130000005.226169707000000000');
    expect(findAttribute(ctx.events.events, 'mint', 'amount')).toBe('20');

    const inf = Q.QueryInflationResponse.decode(queries.get('/cosmos.mint.v1beta1.Query/Inflation')!(ctx, new Uint8Array()));
    expect(Dec.fromAtomicsString(fromUtf8(inf.inflation)).toString()).toBe('0.130000005226169707');
    const params = Q.QueryParamsResponse.decode(queries.get('/cosmos.mint.v1beta1.Query/Params')!(ctx, new Uint8Array()));
    expect(params.params.mintDenom).toBe('stake');
    expect(params.params.blocksPerYear).toBe(6_311_520n);
  });

  test('inflation is clamped to [min, max]', () => {
    const low = setup(1_000_000_000n, 0n); // bonded ratio 0 → inflation rises
    low.mint.setMinter(low.h.at(1), { inflation: Dec.parse('0.2'), annualProvisions: Dec.ZERO });
    low.module.beginBlock(low.h.at(2));
    expect(low.mint.getMinter(low.h.at(2)).inflation.toString()).toBe('0.200000000000000000');

    const high = setup(1_000_000_000n, 1_000_000_000n); // bonded ratio 1 → inflation falls
    high.mint.setMinter(high.h.at(1), { inflation: Dec.parse('0.07'), annualProvisions: Dec.ZERO });
    high.module.beginBlock(high.h.at(2));
    expect(high.mint.getMinter(high.h.at(2)).inflation.toString()).toBe('0.070000000000000000');
  });

  test('a fixed block_provision (devnet) mints exactly that each block and survives MsgUpdateParams', () => {
    const { h, module, mint, feeCollector, msgs } = setup(1_000_000n, 500_000n);
    module.initGenesis(h.at(1), { params: { block_provision: '1000' } });
    module.beginBlock(h.at(2));
    module.beginBlock(h.at(3));
    expect(h.bank.getBalance(h.at(3), feeCollector, 'stake').amount).toBe(2000n);
    expect(mint.getMinter(h.at(3)).annualProvisions.toString()).toBe(Dec.fromInt(1000n * 6_311_520n).toString());

    const run = (ctx: Context, authority: string, params: ReturnType<typeof mint.paramsToProto>) =>
      inBranch(ctx, (c) => msgs.run(c, msgs.decode('/cosmos.mint.v1beta1.MsgUpdateParams', MsgUpdateParams.encode({ authority, params }).finish())));
    const p = mint.paramsToProto(mint.getParams(h.at(3)));
    expect(() => run(h.at(3), h.addr(5), p)).toThrow(/invalid authority/);
    expect(() => run(h.at(3), h.gov, { ...p, inflationMin: Dec.parse('0.3').toAtomicsString() })).toThrow(/must be greater than or equal to min inflation/);
    expect(() => run(h.at(3), h.gov, { ...p, blocksPerYear: 0n })).toThrow(/blocks per year must be positive/);
    run(h.at(3), h.gov, { ...p, blocksPerYear: 100n });
    expect(mint.getParams(h.at(3)).blocksPerYear).toBe(100n);
    expect(mint.getParams(h.at(3)).blockProvision).toBe(1000n);
  });

  test('genesis export → import round-trips', () => {
    const a = setup(1_000_000_000n, 500_000_000n);
    a.module.beginBlock(a.h.at(2));
    const exported = a.module.exportGenesis(a.h.at(2));
    const b = setup(1n, 0n);
    b.module.initGenesis(b.h.at(1), JSON.parse(JSON.stringify(exported)));
    expect(b.module.exportGenesis(b.h.at(1))).toEqual(exported);
  });
});
