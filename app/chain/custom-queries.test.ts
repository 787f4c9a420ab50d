/**
 * The `meshwork` custom queries (pos-spec §7.2), asked by a real contract: contracts/chain_probe
 * forwards its query message as `{"custom": …}` through the wasm querier to the app's handler.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { TestChain } from '../../multitest/chain.js';
import type { GenesisValidator } from '../../multitest/genesis.js';
import { compileContract } from '../../contracts/tools/compile.js';
import { MsgPauseValidator } from '../../proto/index.js';
import { meshworkQueryPlugin } from './custom-queries.js';

const POWER = 1_000_000n;

describe('meshwork custom queries (§7.2)', () => {
  let chain: TestChain;
  let vals: GenesisValidator[];
  let probe: string;
  before(async () => {
    const wasm = (await compileContract('contracts/chain_probe/assembly/contract.ts')).wasm;
    vals = [];
    chain = TestChain.create({
      genesis: (g) => {
        vals.push(g.validator('v0', 100n * POWER), g.validator('v1', 60n * POWER), g.validator('v2', 40n * POWER));
        g.set('staking', { params: { epoch_length_blocks: 4 } });
        g.set('slashing', { params: { slash_fraction_downtime: '0.02', slash_fraction_double_sign: '0.1' } });
      },
    });
    const creator = chain.addr('creator');
    probe = chain.instantiate(chain.storeCode(creator, wasm), creator, { mode: 'ok' }).address;
    chain.executeAs(vals[2]!.operator, [{ typeUrl: MsgPauseValidator.typeUrl, value: { validatorAddress: vals[2]!.valoper } }]);
    chain.advanceBlocks(2);
  });
  const ask = <T>(q: object): T => chain.query<T>(probe, { meshwork: q });

  test('validators, with and without a status filter', () => {
    type Info = { operator: string; account: string; consensus_address: string; tokens: string; power: number; delegator_shares: string; status: string; jailed: boolean; tombstoned: boolean; commission: string };
    const all = ask<{ validators: Info[] }>({ validators: {} }).validators;
    expect(all.map((v) => v.operator).sort()).toEqual(vals.map((v) => v.valoper).sort());
    const v0 = all.find((v) => v.operator === vals[0]!.valoper)!;
    expect(v0).toEqual({
      operator: vals[0]!.valoper,
      account: vals[0]!.operator,
      consensus_address: chain.m.codec.encodeValcons(vals[0]!.signer.address),
      tokens: (100n * POWER).toString(),
      power: 100,
      delegator_shares: (100n * POWER).toString(),
      status: 'bonded',
      jailed: false,
      tombstoned: false,
      commission: '0.1',
    });
    expect(ask<{ validators: Info[] }>({ validators: { status: 'bonded' } }).validators.map((v) => v.operator).sort()).toEqual([vals[0]!.valoper, vals[1]!.valoper].sort());
    const paused = ask<{ validators: Info[] }>({ validators: { status: 'unbonding' } }).validators;
    expect(paused.map((v) => [v.operator, v.jailed, v.status])).toEqual([[vals[2]!.valoper, true, 'unbonding']]);
    expect(() => ask({ validators: { status: 'sleeping' } })).toThrow();
  });

  test('validator, validator_by_account, signing_info', () => {
    expect(ask<{ validator: { power: number } }>({ validator: { operator: vals[1]!.valoper } }).validator.power).toBe(60);
    expect(ask<{ validator: null }>({ validator: { operator: chain.m.codec.accountToValoper(chain.addr('nobody')) } })).toEqual({ validator: null });
    expect(ask<{ validator: { operator: string } }>({ validator_by_account: { account: vals[1]!.operator } }).validator.operator).toBe(vals[1]!.valoper);
    expect(ask({ validator_by_account: { account: chain.addr('nobody') } })).toEqual({ validator: null });
    const si = ask<{ signing_info: Record<string, unknown> }>({ signing_info: { operator: vals[2]!.valoper } }).signing_info;
    expect(si['address']).toBe(chain.m.codec.encodeValcons(vals[2]!.signer.address));
    expect(si['tombstoned']).toBe(false);
    expect(typeof si['start_height']).toBe('number');
    expect(BigInt(si['jailed_until'] as string)).toBeGreaterThan(0n); // pause sets jailed_until = now
    expect(() => ask({ validator: { operator: 'not-an-address' } })).toThrow();
  });

  test('total_bonded, slash_params, epoch_info; unknown queries and namespaces are refused', () => {
    expect(ask({ total_bonded: {} })).toEqual({ amount: { denom: 'stake', amount: (160n * POWER).toString() } });
    expect(ask({ slash_params: {} })).toEqual({ slash_fraction_downtime: '0.02', slash_fraction_double_sign: '0.1' });
    const h = chain.height;
    expect(ask({ epoch_info: {} })).toEqual({ epoch: Math.floor(h / 4), start_height: Math.floor(h / 4) * 4, length: 4 });
    expect(() => ask({ teleport: {} })).toThrow(/meshwork teleport/);
    expect(() => chain.query(probe, { osmosis: { pools: {} } })).toThrow(/namespace/);
  });

  test('the plugin alone answers the same bytes a contract receives', () => {
    const h = meshworkQueryPlugin({ staking: chain.m.keepers.staking, slashing: chain.m.keepers.slashing, codec: chain.m.codec });
    const direct = new TextDecoder().decode(h(chain.queryContext(), probe, { total_bonded: {} }));
    expect(JSON.parse(direct)).toEqual(ask({ total_bonded: {} }));
  });
});
