/**
 * A restored (pooled) instance must be indistinguishable from a fresh one: the same sequence of
 * calls gives the same results, errors, storage and gas to the unit with reuse on and off,
 * including after traps, out-of-gas in the middle of a call and memory growth.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { type CallContext, type Msg, Vm, toBytes } from '../src/index.js';
import { addrMake, mockBackend, mockEnv, mockInfo } from '../src/testkit/index.js';

import { loadTestdata as load } from './testkit/shared-testdata.js';

type Step = { entry: 'instantiate' | 'execute' | 'query'; sender?: string; msg: Msg; gas?: number };

function run(vm: Vm, wasm: Uint8Array, steps: Step[]): string[] {
  const { checksum } = vm.storeCode(wasm);
  const backend = mockBackend();
  const out: string[] = [];
  for (const s of steps) {
    const ctx: CallContext = { backend, gasLimit: s.gas ?? 5e9 };
    const env = toBytes(mockEnv());
    const info = toBytes(mockInfo(s.sender ?? addrMake('creator')));
    try {
      const args = s.entry === 'query' ? [env, toBytes(s.msg)] : [env, info, toBytes(s.msg)];
      const r = vm.callRaw(checksum, s.entry, args, ctx);
      out.push(`${s.entry} ok gas=${r.gasUsed} ${new TextDecoder().decode(r.value)}`);
    } catch (e) {
      const err = e as Error & { kind?: string; gasUsed?: number };
      out.push(`${s.entry} ${err.kind} gas=${err.gasUsed} ${err.message}`);
    }
  }
  out.push(JSON.stringify(backend.storage.entries().map((r) => [Buffer.from(r.key).toString('hex'), Buffer.from(r.value).toString('hex')])));
  return out;
}

function differential(wasm: Uint8Array, steps: Step[]): void {
  const pooled = run(new Vm(), wasm, steps);
  const fresh = run(new Vm({ reuseInstances: false }), wasm, steps);
  expect(pooled).toEqual(fresh);
}

describe('pooled instances behave exactly like fresh ones', () => {
  test('hackatom: traps, out of gas, memory growth and failed growth between normal calls', () => {
    const verifier = addrMake('verifies');
    const steps: Step[] = [
      { entry: 'instantiate', msg: { verifier, beneficiary: addrMake('benefits') } },
      { entry: 'query', msg: { verifier: {} } },
      { entry: 'execute', sender: verifier, msg: { allocate_large_memory: { pages: 48 } } },
      { entry: 'query', msg: { recurse: { depth: 0, work: 3 } } },
      { entry: 'execute', msg: { panic: {} } },
      { entry: 'query', msg: { get_int: {} } },
      { entry: 'execute', msg: { cpu_loop: {} }, gas: 3e7 },
      { entry: 'execute', msg: { storage_loop: {} }, gas: 5e7 },
      { entry: 'execute', sender: verifier, msg: { allocate_large_memory: { pages: 1600 } } },
      { entry: 'execute', sender: verifier, msg: { release: { denom: 'earth' } } },
      { entry: 'execute', msg: { user_errors_in_api_calls: {} } },
      { entry: 'query', msg: { verifier: {} } },
    ];
    differential(load('cosmwasm/hackatom.wasm'), steps);
  });

  test('cw20_base: a long run of transfers, failed transfers and queries', () => {
    const alice = addrMake('alice');
    const steps: Step[] = [
      {
        entry: 'instantiate',
        sender: alice,
        msg: { name: 'Cash Token', symbol: 'CASH', decimals: 6, initial_balances: [{ address: alice, amount: '1000000' }], mint: null, marketing: null },
      },
    ];
    for (let i = 0; i < 40; i++) {
      const to = addrMake(`user${i % 7}`);
      steps.push({ entry: 'execute', sender: alice, msg: { transfer: { recipient: to, amount: String(1 + i * 37) } } });
      steps.push({ entry: 'execute', sender: to, msg: { transfer: { recipient: alice, amount: '999999999' } } });
      if (i % 5 === 0) steps.push({ entry: 'query', msg: { all_accounts: { limit: 30 } } });
      if (i % 9 === 0) steps.push({ entry: 'execute', sender: alice, msg: { transfer: { recipient: to, amount: '1' } }, gas: 1e6 });
    }
    differential(load('cw-plus/cw20_base.wasm'), steps);
  });

  test('queue: iterators, many open at once', () => {
    const steps: Step[] = [{ entry: 'instantiate', msg: {} }];
    for (let i = 0; i < 20; i++) steps.push({ entry: 'execute', msg: { enqueue: { value: i * 3 - 10 } } });
    steps.push({ entry: 'query', msg: { reducer: {} } }, { entry: 'query', msg: { list: {} } });
    for (let i = 0; i < 5; i++) steps.push({ entry: 'execute', msg: { dequeue: {} } });
    steps.push({ entry: 'query', msg: { sum: {} } }, { entry: 'query', msg: { open_iterators: { count: 50 } } });
    differential(load('cosmwasm/queue.wasm'), steps);
  });
});
