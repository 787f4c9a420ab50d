/**
 * Staking genesis export → import (Cosmos `ExportGenesis` / `InitGenesis` with `exported = true`):
 * a chain with delegations, unbonding and redelegation entries, a paused (unbonding) validator and
 * a slashed, tombstoned one is exported; a fresh app initialised from the export answers every
 * staking query the same way and holds the same consensus set.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import * as Q from 'cosmjs-types/cosmos/staking/v1beta1/query';
import { MsgBeginRedelegate, MsgDelegate, MsgUndelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { TestChain } from '../../multitest/chain.js';
import type { GenesisValidator } from '../../multitest/genesis.js';
import type { BaseApp } from '../../chain/kernel/baseapp.js';
import { createMeshworkApp } from './meshwork-app.js';
import { MsgPauseValidator } from '../../proto/index.js';
import type { StakingGenesis } from '../../chain/modules/staking/genesis.js';

const POWER = 1_000_000n;
const S = '/cosmos.staking.v1beta1.Query/';

function stakingQueries(app: BaseApp, vals: string[], delegators: string[]): Record<string, unknown> {
  const q = <T>(method: string, req: Uint8Array, decode: (b: Uint8Array) => T): T => {
    const r = app.query({ path: `${S}${method}`, data: req });
    if (r.code !== 0) throw new Error(`${method}: ${r.log}`);
    return decode(r.value);
  };
  const out: Record<string, unknown> = {};
  out['params'] = q('Params', Q.QueryParamsRequest.encode({}).finish(), Q.QueryParamsResponse.decode);
  out['pool'] = q('Pool', Q.QueryPoolRequest.encode({}).finish(), Q.QueryPoolResponse.decode);
  out['validators'] = q('Validators', Q.QueryValidatorsRequest.encode({ status: '' }).finish(), Q.QueryValidatorsResponse.decode).validators;
  for (const v of vals) {
    out[`delegations/${v}`] = q('ValidatorDelegations', Q.QueryValidatorDelegationsRequest.encode({ validatorAddr: v }).finish(), Q.QueryValidatorDelegationsResponse.decode).delegationResponses;
    out[`unbonding/${v}`] = q('ValidatorUnbondingDelegations', Q.QueryValidatorUnbondingDelegationsRequest.encode({ validatorAddr: v }).finish(), Q.QueryValidatorUnbondingDelegationsResponse.decode).unbondingResponses;
  }
  for (const d of delegators) {
    out[`redelegations/${d}`] = q('Redelegations', Q.QueryRedelegationsRequest.encode({ delegatorAddr: d, srcValidatorAddr: '', dstValidatorAddr: '' }).finish(), Q.QueryRedelegationsResponse.decode).redelegationResponses;
  }
  return out;
}

describe('staking genesis export and re-import', () => {
  test('export → init a fresh app → same staking query results, consensus set and power records', () => {
    const vals: GenesisValidator[] = [];
    const chain = TestChain.create({
      genesis: (g) => {
        for (let i = 0; i < 4; i++) vals.push(g.validator(`v${i}`, 100n * POWER));
        g.set('staking', { params: { unbonding_time: '600s', max_entries: 5, historical_entries: 50 } });
        g.set('mint', { params: { inflation_min: '0', inflation_max: '0', inflation_rate_change: '0' }, minter: { inflation: '0' } });
      },
    });
    const alice = chain.addr('alice');
    const bob = chain.addr('bob');
    const stake = (n: bigint) => ({ denom: 'stake', amount: (n * POWER).toString() });
    chain.withContext((ctx) => {
      chain.m.keepers.bank.mintCoins(ctx, 'mint', [{ denom: 'stake', amount: 100n * POWER }]);
      chain.m.keepers.bank.sendCoinsFromModuleToAccount(ctx, 'mint', alice, [{ denom: 'stake', amount: 50n * POWER }]);
      chain.m.keepers.bank.sendCoinsFromModuleToAccount(ctx, 'mint', bob, [{ denom: 'stake', amount: 50n * POWER }]);
    });
    const [v0, v1, v2, v3] = vals.map((v) => v.valoper) as [string, string, string, string];
    chain.executeAs(alice, [{ typeUrl: MsgDelegate.typeUrl, value: MsgDelegate.fromPartial({ delegatorAddress: alice, validatorAddress: v0, amount: stake(30n) }) }]);
    chain.executeAs(bob, [{ typeUrl: MsgDelegate.typeUrl, value: MsgDelegate.fromPartial({ delegatorAddress: bob, validatorAddress: v2, amount: stake(20n) }) }]);
    chain.nextBlock();
    chain.executeAs(alice, [{ typeUrl: MsgUndelegate.typeUrl, value: MsgUndelegate.fromPartial({ delegatorAddress: alice, validatorAddress: v0, amount: stake(5n) }) }]);
    chain.executeAs(alice, [{ typeUrl: MsgBeginRedelegate.typeUrl, value: MsgBeginRedelegate.fromPartial({ delegatorAddress: alice, validatorSrcAddress: v0, validatorDstAddress: v1, amount: stake(7n) }) }]);
    chain.nextBlock();
    chain.executeAs(vals[3]!.operator, [{ typeUrl: MsgPauseValidator.typeUrl, value: { validatorAddress: v3 } }]);
    chain.doubleSign(vals[2]!.signer.address);
    chain.advanceBlocks(3);
    expect(chain.m.keepers.slashing.isTombstoned(chain.queryContext(), vals[2]!.signer.address)).toBe(true);
    chain.nextBlock();

    // Export the committed state of every module (as `meshwork export` would).
    const app = chain.m.app;
    const ctx = app.queryContext();
    const appState: Record<string, unknown> = {};
    for (const m of app.modules) if (m.exportGenesis !== undefined) appState[m.name] = m.exportGenesis(ctx);
    const staking = appState['staking'] as StakingGenesis;
    expect(staking.exported!.unbonding_delegations.length).toBe(1);
    expect(staking.exported!.redelegations.length).toBe(1);
    expect(staking.exported!.validators.map((v) => v.status).sort()).toEqual(['BOND_STATUS_BONDED', 'BOND_STATUS_BONDED', 'BOND_STATUS_UNBONDING', 'BOND_STATUS_UNBONDING']);
    // Genesis is JSON: it must survive serialisation.
    const json = JSON.parse(JSON.stringify(appState)) as Record<string, unknown>;

    const fresh = createMeshworkApp({ chainId: chain.chainId });
    const lastTime = app.lastBlockTime;
    const initial = fresh.app.initChain({ chainId: chain.chainId, genesisTime: lastTime, initialHeight: app.lastBlockHeight + 1, appState: json });
    const powers = chain.m.keepers.staking.lastValidatorPowers(ctx);
    expect(initial.map((u) => u.power).sort()).toEqual(powers.map((p) => p.power).sort());
    expect(initial.length).toBe(2);
    // One empty block at the exported time so the imported state is committed (nothing matures).
    fresh.app.finalizeBlock({ height: app.lastBlockHeight + 1, time: lastTime, proposer: new Uint8Array(20), txs: [], lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    fresh.app.commit();

    const delegators = [alice, bob, ...vals.map((v) => v.operator)];
    expect(stakingQueries(fresh.app, [v0, v1, v2, v3], delegators)).toEqual(stakingQueries(app, [v0, v1, v2, v3], delegators));
    const fctx = fresh.app.queryContext();
    expect(fresh.keepers.staking.lastValidatorPowers(fctx)).toEqual(powers);
    expect(fresh.keepers.staking.lastTotalPower(fctx)).toBe(chain.m.keepers.staking.lastTotalPower(ctx));
    // Exporting again gives the same staking and slashing documents; the tombstone survived.
    expect(fresh.app.modules.find((m) => m.name === 'staking')!.exportGenesis!(fctx)).toEqual(staking);
    expect(fresh.app.modules.find((m) => m.name === 'slashing')!.exportGenesis!(fctx)).toEqual(appState['slashing']);
    expect(fresh.keepers.slashing.isTombstoned(fctx, vals[2]!.signer.address)).toBe(true);
    expect((appState['slashing'] as { signing_infos: unknown[] }).signing_infos.length).toBe(4);
    // Maturity queues were rebuilt: the unbonding entry pays out at its completion time.
    const entry = chain.m.keepers.staking.getUnbondingDelegation(ctx, alice, v0)!.entries[0]!;
    const before = fresh.keepers.bank.getBalance(fctx, alice, 'stake').amount;
    fresh.app.finalizeBlock({ height: app.lastBlockHeight + 2, time: entry.completionTime, proposer: new Uint8Array(20), txs: [], lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    fresh.app.commit();
    expect(fresh.keepers.bank.getBalance(fresh.app.queryContext(), alice, 'stake').amount).toBe(before + entry.balance);
  });

  test('an export whose pools do not match the records is refused with a clear error', () => {
    const chain = TestChain.create({ genesis: (g) => void g.validator('v0', 100n * POWER) });
    chain.nextBlock();
    const ctx = chain.m.app.queryContext();
    const appState: Record<string, unknown> = {};
    for (const m of chain.m.app.modules) if (m.exportGenesis !== undefined) appState[m.name] = m.exportGenesis(ctx);
    const bank = appState['bank'] as { balances: { address: string; coins: { denom: string; amount: string }[] }[] };
    const bonded = chain.m.keepers.auth.moduleAddress('bonded_tokens_pool');
    bank.balances = bank.balances.filter((b) => b.address !== bonded);
    const fresh = createMeshworkApp({ chainId: chain.chainId });
    expect(() => fresh.app.initChain({ chainId: chain.chainId, genesisTime: chain.m.app.lastBlockTime, initialHeight: 2, appState })).toThrow(/bonded_tokens_pool holds 0stake but the staking records need 100000000/);
  });
});
