/** B3 case 19: module migrations run in version order, new modules get InitGenesis, bad maps fail. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade';
import { testContext } from '../../testkit/context.js';
import { utf8 } from '../../kernel/keys.js';
import { migrationOrder, runMigrations, versionMapOf, type VersionedModule } from './migrations.js';
import { UPGRADE_STORE, UpgradeKeeper } from './keeper.js';

function modules(log: string[]): VersionedModule[] {
  const step = (name: string, v: number) => () => log.push(`${name} ${v}->${v + 1}`);
  return [
    { name: 'staking', consensusVersion: 4, migrations: { 1: step('staking', 1), 2: step('staking', 2), 3: step('staking', 3) } },
    { name: 'auth', consensusVersion: 2, migrations: { 1: step('auth', 1) } },
    { name: 'bank', consensusVersion: 1 },
    { name: 'newmod', consensusVersion: 3, migrations: { 1: step('newmod', 1) }, initGenesis: () => log.push('newmod init_genesis') },
  ];
}

describe('runMigrations', () => {
  test('each module steps from its stored version up, in order; auth last; new modules get InitGenesis only', () => {
    const log: string[] = [];
    const { ctx } = testContext(['x']);
    const vm = runMigrations(ctx, modules(log), new Map([['staking', 2], ['auth', 1], ['bank', 1], ['removed', 7]]));
    expect(log).toEqual(['newmod init_genesis', 'staking 2->3', 'staking 3->4', 'auth 1->2']);
    expect(Object.fromEntries(vm)).toEqual({ staking: 4, auth: 2, bank: 1, newmod: 3 });
  });

  test('default order is by name with auth last', () => {
    expect(migrationOrder(['staking', 'auth', 'bank', 'wasm'])).toEqual(['bank', 'staking', 'wasm', 'auth']);
  });

  test('a missing step or a module newer on chain than in the binary is an error', () => {
    const { ctx } = testContext(['x']);
    const gap: VersionedModule[] = [{ name: 'gov', consensusVersion: 3, migrations: { 1: () => {} } }];
    expect(() => runMigrations(ctx, gap, new Map([['gov', 1]]))).toThrow('no migration registered for module gov from version 2 to 3');
    expect(() => runMigrations(ctx, [{ name: 'gov', consensusVersion: 1 }], new Map([['gov', 2]]))).toThrow(/cannot be downgraded/);
  });

  test('an upgrade handler running migrations stores the new map; a failing migration leaves the caller to discard the block', () => {
    const log: string[] = [];
    const { ctx } = testContext([UPGRADE_STORE, 'x']);
    const mods = modules(log);
    const handlers = new Map([['up', (c: typeof ctx, _p: Plan, from: Map<string, number>) => runMigrations(c, mods, from)]]);
    const k = new UpgradeKeeper({ authority: 'gov', handlers });
    k.setVersionMap(ctx, new Map([['staking', 3], ['auth', 2], ['bank', 1]]));
    k.applyUpgrade(ctx, Plan.fromPartial({ name: 'up', height: 1n }));
    expect(Object.fromEntries(k.getVersionMap(ctx))).toEqual(Object.fromEntries(versionMapOf(mods)));
    expect(log).toEqual(['newmod init_genesis', 'staking 3->4']);
    expect(k.getDoneHeight(ctx, 'up')).toBe(1);
    expect(k.getAppVersion(ctx)).toBe(1n);

    const failing = new UpgradeKeeper({ authority: 'gov', handlers: new Map([['bad', () => { ctx.store('x').set(utf8('k'), utf8('v')); throw new Error('migration exploded'); }]]) });
    expect(() => failing.applyUpgrade(ctx, Plan.fromPartial({ name: 'bad', height: 1n }))).toThrow('migration exploded');
    expect(failing.getDoneHeight(ctx, 'bad')).toBe(0);
  });
});
