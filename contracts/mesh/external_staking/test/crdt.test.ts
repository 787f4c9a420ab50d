/**
 * Upstream's CRDT unit tests (mesh-security v0.10.0-alpha.2, contracts/provider/external-staking/
 * src/crdt.rs, `mod tests`) with their exact heights, times and answers, against our CRDT
 * (../assembly/crdt.ts) compiled into a small test contract (fixture/crdt.ts) and run on the
 * runtime's Vm with the mock backend. Where an answer differs on purpose (pruning keeps the entry
 * in force at the cutoff) the test says so and checks why.
 */
import { describe, test, before, beforeEach } from 'node:test';
import { expect } from 'expect';
import { compileContract } from '../../../tools/compile.js';
import { Vm } from '../../../../runtime/src/index.js';
import { mockBackend, mockEnv, mockInfo, addrMake, type MockBackend } from '../../../../runtime/src/testkit/index.js';

const GAS = 50_000_000_000;
let vm: Vm;
let checksum: string;
let backend: MockBackend;

before(async () => {
  vm = new Vm();
  checksum = vm.storeCode((await compileContract('contracts/mesh/external_staking/test/fixture/crdt.ts')).wasm).checksum;
});
beforeEach(() => {
  backend = mockBackend();
});

interface ValState { pub_key: string; start_height: number; start_time: number; state: string }
const valState = (pub_key: string, start_height: number, start_time: number, state: string): ValState => ({ pub_key, start_height, start_time, state });

function exec(op: string, ...args: (string | number)[]): void {
  vm.execute(checksum, mockEnv(), mockInfo(addrMake('test')), { op, args: args.map(String) }, { backend, gasLimit: GAS });
}
function q<T>(op: string, ...args: (string | number)[]): T {
  return JSON.parse(new TextDecoder().decode(vm.query(checksum, mockEnv(), { op, args: args.map(String) }, { backend, gasLimit: GAS }).value)) as T;
}
const crdt = {
  add: (v: string, pk: string, h: number, t: number) => exec('add', v, pk, h, t),
  update: (v: string, pk: string, h: number, t: number) => exec('update', v, pk, h, t),
  remove: (v: string, h: number, t: number) => exec('remove', v, h, t),
  jail: (v: string, h: number, t: number) => exec('jail', v, h, t),
  tombstone: (v: string, h: number, t: number) => exec('tombstone', v, h, t),
  drainOlder: (v: string, time: number) => exec('prune', v, time),
  isActive: (v: string) => q<boolean>('is_active', v),
  listActive: (startAfter: string | null, limit: number) => q<string[]>('list_active', startAfter ?? '', limit),
  listValidators: (startAfter: string | null, limit: number) => q<{ validator: string; state: string }[]>('list_validators', startAfter ?? '', limit).map((e) => [e.validator, e.state]),
  at: (v: string, h: number) => q<ValState | null>('validator_at_height', v, h),
  activeAt: (v: string, h: number) => (q<boolean>('active_at_height', v, h) ? q<ValState | null>('validator_at_height', v, h) : null),
  history: (v: string) => q<ValState[]>('history', v),
};

describe('external-staking CRDT (upstream crdt.rs tests)', () => {
  test('happy_path: three added, one tombstoned', () => {
    crdt.add('alice', 'alice_pub_key', 123, 1234);
    crdt.add('bob', 'bob_pub_key', 200, 2345);
    crdt.add('carl', 'carl_pub_key', 303, 3456);
    crdt.tombstone('bob', 201, 2346);
    expect(crdt.isActive('alice')).toBe(true);
    expect(crdt.isActive('bob')).toBe(false);
    expect(crdt.isActive('carl')).toBe(true);
    expect(crdt.listActive(null, 10)).toEqual(['alice', 'carl']);
    expect(crdt.listValidators(null, 10)).toEqual([
      ['alice', 'active'],
      ['bob', 'tombstoned'],
      ['carl', 'active'],
    ]);
  });

  test('tombstone_before_add_works: a tombstone that arrives before the addition wins', () => {
    crdt.tombstone('bob', 199, 2344);
    crdt.add('alice', 'pk_a', 123, 1234);
    crdt.add('bob', 'pk_b', 200, 2345);
    crdt.add('carl', 'pk_c', 303, 3459);
    expect(crdt.isActive('alice')).toBe(true);
    expect(crdt.isActive('bob')).toBe(false);
    expect(crdt.isActive('carl')).toBe(true);
    expect(crdt.listActive(null, 10)).toEqual(['alice', 'carl']);
    expect(crdt.listValidators(null, 10)).toEqual([
      ['alice', 'active'],
      ['bob', 'tombstoned'],
      ['carl', 'active'],
    ]);
  });

  test('pagination_works: 20 added, 7 tombstoned, pages of 7', () => {
    let validators = Array.from({ length: 20 }, (_, i) => `validator-${String(i).padStart(2, '0')}`);
    for (const v of validators) crdt.add(v, `${v}-pubkey`, 123, 1234);
    for (const i of [19, 17, 12, 11, 7, 4, 3]) {
      crdt.tombstone(validators[i]!, 200, 2345);
      validators = validators.filter((_, j) => j !== i);
    }
    const all = crdt.listActive(null, 20);
    expect(all).toEqual(validators);
    expect(all).toHaveLength(13);
    const p1 = crdt.listActive(null, 7);
    expect(p1).toHaveLength(7);
    expect(p1).toEqual(validators.slice(0, 7));
    const p2 = crdt.listActive(p1[6]!, 7);
    expect(p2).toHaveLength(6);
    expect(p2).toEqual(validators.slice(7));
    expect(crdt.listActive(p2[5]!, 7)).toEqual([]);
  });

  test('key_rotation_works: add and update both rotate the key, queried by height', () => {
    crdt.add('alice', 'alice_pubkey_1', 123, 1234);
    crdt.add('bob', 'bob_pubkey_1', 200, 2345);
    crdt.add('alice', 'alice_pubkey_2', 202, 2347);
    crdt.update('alice', 'alice_pubkey_3', 203, 2348);
    expect(crdt.activeAt('alice', 200)).toEqual(valState('alice_pubkey_1', 123, 1234, 'active'));
    expect(crdt.activeAt('alice', 202)).toEqual(valState('alice_pubkey_2', 202, 2347, 'active'));
    expect(crdt.activeAt('alice', 500)).toEqual(valState('alice_pubkey_3', 203, 2348, 'active'));
  });

  test('add_existing_validator_works: removed, then added again with a new key', () => {
    crdt.add('alice', 'alice_pubkey_1', 123, 1234);
    crdt.remove('alice', 202, 2347);
    expect(crdt.at('alice', 200)).toEqual(valState('alice_pubkey_1', 123, 1234, 'active'));
    expect(crdt.at('alice', 202)).toEqual(valState('alice_pubkey_1', 202, 2347, 'unbonded'));
    crdt.add('alice', 'alice_pubkey_2', 300, 3456);
    expect(crdt.at('alice', 500)).toEqual(valState('alice_pubkey_2', 300, 3456, 'active'));
  });

  test('jail_validator_works: jailed, then active again', () => {
    crdt.add('alice', 'alice_pubkey_1', 100, 1234);
    crdt.jail('alice', 200, 2345);
    expect(crdt.at('alice', 200)).toEqual(valState('alice_pubkey_1', 200, 2345, 'jailed'));
    crdt.add('alice', 'alice_pubkey_1', 300, 3456);
    expect(crdt.at('alice', 500)).toEqual(valState('alice_pubkey_1', 300, 3456, 'active'));
  });

  test('jail_remove_validator_works: jailed, then removed', () => {
    crdt.add('alice', 'alice_pubkey_1', 100, 1234);
    crdt.jail('alice', 200, 2345);
    expect(crdt.at('alice', 200)).toEqual(valState('alice_pubkey_1', 200, 2345, 'jailed'));
    crdt.remove('alice', 300, 3456);
    expect(crdt.at('alice', 500)).toEqual(valState('alice_pubkey_1', 300, 3456, 'unbonded'));
  });

  test('tombstone_before_all_works: every later operation is a no-op', () => {
    crdt.add('alice', 'pk_a', 100, 1234);
    crdt.tombstone('bob', 100, 1234);
    crdt.add('bob', 'pk_b', 200, 2345);
    expect(crdt.isActive('bob')).toBe(false);
    expect(crdt.listActive(null, 10)).toEqual(['alice']);
    expect(crdt.at('bob', 500)).toEqual(valState('', 100, 1234, 'tombstoned'));
    expect(crdt.at('bob', 1)).toBe(null);
    crdt.add('bob', 'pk_b', 300, 3456);
    crdt.update('bob', 'pk_b', 400, 4567);
    crdt.remove('bob', 500, 5678);
    crdt.jail('bob', 600, 6789);
    crdt.tombstone('bob', 800, 8901);
    expect(crdt.at('bob', 900)).toEqual(valState('', 100, 1234, 'tombstoned'));
    expect(crdt.history('bob')).toHaveLength(1);
  });

  test('tombstone_drains_later_events', () => {
    crdt.add('alice', 'pk_a', 100, 1234);
    crdt.add('bob', 'pk_b', 200, 2345);
    crdt.tombstone('bob', 199, 2344);
    expect(crdt.isActive('bob')).toBe(false);
    expect(crdt.listActive(null, 10)).toEqual(['alice']);
    expect(crdt.at('bob', 500)).toEqual(valState('', 199, 2344, 'tombstoned'));
    expect(crdt.history('bob')).toHaveLength(1);
  });

  test('drain_older_works (ours keeps the entry in force at the cutoff; upstream drops it)', () => {
    const unbondingPeriod = 100;
    crdt.add('alice', 'pk_a', 100, 1234);
    expect(crdt.isActive('alice')).toBe(true);
    crdt.remove('alice', 200, 2345);
    expect(crdt.isActive('alice')).toBe(false);
    crdt.add('alice', 'pk_b', 300, 3456);
    expect(crdt.isActive('alice')).toBe(true);
    expect(crdt.history('alice')).toHaveLength(3);

    // too soon: nothing happens
    crdt.drainOlder('alice', 1300 - unbondingPeriod);
    expect(crdt.history('alice')).toHaveLength(3);

    // a little later: upstream keeps 1 entry (the one at 3456); we also keep the removal at 2345,
    // which is the state in force at the cutoff 3400, so a slash reported for height 250 (inside
    // the unbonding period) still finds the validator unbonded there, where upstream finds nothing
    crdt.drainOlder('alice', 3500 - unbondingPeriod);
    expect(crdt.history('alice')).toEqual([valState('pk_b', 300, 3456, 'active'), valState('pk_a', 200, 2345, 'unbonded')]);
    expect(crdt.at('alice', 250)).toEqual(valState('pk_a', 200, 2345, 'unbonded'));
    expect(crdt.at('alice', 150)).toBe(null);
    expect(crdt.isActive('alice')).toBe(true);

    // much later: one entry is always kept (upstream's number again)
    crdt.drainOlder('alice', 50000 - unbondingPeriod);
    expect(crdt.history('alice')).toEqual([valState('pk_b', 300, 3456, 'active')]);
    expect(crdt.isActive('alice')).toBe(true);
  });

  test('operations at one height: the later wins, a repeated one is not stored twice', () => {
    crdt.add('alice', 'pk_a', 100, 1000);
    crdt.add('alice', 'pk_a', 100, 1000);
    expect(crdt.history('alice')).toHaveLength(1);
    crdt.jail('alice', 100, 1000);
    expect(crdt.isActive('alice')).toBe(false);
    expect(crdt.at('alice', 100)).toEqual(valState('pk_a', 100, 1000, 'jailed'));
    // an update or removal at a height before the first entry has nothing to copy: a no-op
    crdt.update('carl', 'pk_c', 50, 500);
    crdt.remove('alice', 50, 500);
    expect(crdt.listValidators(null, 10)).toEqual([['alice', 'jailed']]);
  });
});
