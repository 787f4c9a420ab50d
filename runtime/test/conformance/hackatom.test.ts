import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Vm } from '../../src/index.js';
/** CONFORMANCE.md §3 (hackatom.wasm, hackatom_1.3.wasm, hackatom_1.0.wasm) and §2 items observable via the Vm. */
import { BackendError } from '../../src/errors.js';
import { Bech32Api, mockEnv } from '../../src/testkit/index.js';
import {
  addr,
  attrs,
  b64,
  BENEFICIARY,
  CONTRACT,
  contractError,
  CREATOR,
  expectVmError,
  FIXTURES,
  Harness,
  loadWasm,
  mockInfo,
  sha256,
  td,
  VERIFIER,
  vm,
} from '../testkit/conformance-corpus.js';

const INIT = { verifier: VERIFIER, beneficiary: BENEFICIARY };
const CREATOR_1000 = mockInfo(CREATOR, [{ denom: 'earth', amount: '1000' }]);
const CONFIG_VALUE: string = FIXTURES.hackatom_config_value_after_instantiate;

function setup(name = 'hackatom', contractBalance = [{ denom: 'earth', amount: '1000' }]): Harness {
  const h = new Harness(name, { contractBalance });
  h.instantiate(CREATOR_1000, INIT);
  h.debugLog.length = 0;
  return h;
}

function expectApprox(actual: number, expected: number, tolerance = 0.2): void {
  expect(actual).toBeGreaterThan(expected * (1 - tolerance));
  expect(actual).toBeLessThan(expected * (1 + tolerance));
}

describe('hackatom.wasm', () => {
  test('instantiate: ok, attributes, debug text and config storage', () => {
    const h = new Harness('hackatom');
    const res = h.instantiate(CREATOR_1000, INIT).value;
    expect(res.messages).toEqual([]);
    expect(res.attributes).toEqual([{ key: 'Let the', value: 'hacking begin' }]);
    expect(h.debugLog).toEqual(['here we go 🚀']);
    const config = h.storageText('config');
    expect(config).toBe(CONFIG_VALUE);
    expect(Buffer.byteLength(config!)).toBe(245);
    expect(JSON.parse(config!)).toEqual({ verifier: VERIFIER, beneficiary: BENEFICIARY, funder: CREATOR });
  });

  test('instantiate with a bad message -> contract error (parse)', () => {
    const h = new Harness('hackatom');
    const msg = contractError(() => h.instantiate(CREATOR_1000, { panic: {} }));
    expect(msg).toContain('Error parsing into type hackatom::msg::InstantiateMsg');
    expect(msg).toContain('missing field `verifier`');
    expect(h.storageText('config')).toBeNull();
  });

  test('query verifier returns exactly {"verifier":"<verifier>"}', () => {
    const h = setup();
    const r = h.queryRaw({ verifier: {} });
    expect(td.decode(r.value)).toBe(`{"verifier":"${VERIFIER}"}`);
  });

  test('query with an unknown variant -> contract error with the serde text', () => {
    const h = setup();
    expect(contractError(() => h.query({ panic: {} }))).toBe(
      'Error parsing into type hackatom::msg::QueryMsg: unknown variant `panic`, expected one of `verifier`, `recurse`, `get_int` at line 1 column 8',
    );
  });

  test('query get_int -> 0xF00BAA', () => {
    expect(setup().query({ get_int: {} })).toEqual({ int: 15731626 });
  });

  test('query recurse depth 0 hashes the contract address (work 1 and 50)', () => {
    const h = setup();
    expect(h.query({ recurse: { depth: 0, work: 1 } })).toEqual({ hashed: 'HsZnyGre1Cgcj/rIi7MfGXYeJ7/P0qtLX81Jyx17zzg=' });
    expect(h.query({ recurse: { depth: 0, work: 50 } })).toEqual({ hashed: 'MrTd0IRpE7JiaYpdiKUBBzTH/JyTtMY0gM7+onf4uXk=' });
    // independently computed: sha256^work(address)
    let x: Buffer = Buffer.from(CONTRACT);
    for (let i = 0; i < 50; i++) x = sha256(x);
    expect(x.toString('base64')).toBe('MrTd0IRpE7JiaYpdiKUBBzTH/JyTtMY0gM7+onf4uXk=');
  });

  test('release by the verifier sends the contract balance', () => {
    const h = setup();
    const res = h.execute(mockInfo(VERIFIER, [{ denom: 'earth', amount: '15' }]), { release: { denom: 'earth' } }).value;
    expect(res.messages).toEqual([
      {
        id: 0,
        payload: '',
        msg: { bank: { send: { to_address: BENEFICIARY, amount: [{ denom: 'earth', amount: '1000' }] } } },
        gas_limit: null,
        reply_on: 'never',
      },
    ]);
    expect(res.attributes).toEqual([
      { key: 'action', value: 'release' },
      { key: 'destination', value: BENEFICIARY },
    ]);
    expect(res.events).toEqual([{ type: 'hackatom', attributes: [{ key: 'action', value: 'release' }] }]);
    expect(res.data).toBe('8Auq');
  });

  test('release by anyone else -> Unauthorized; storage unchanged', () => {
    const h = setup();
    expect(contractError(() => h.execute(mockInfo(BENEFICIARY, []), { release: { denom: 'earth' } }))).toBe('Unauthorized');
    expect(h.storageText('config')).toBe(CONFIG_VALUE);
  });

  test('cpu_loop -> out of gas, all gas used', () => {
    const h = setup();
    const err = expectVmError(() => h.execute(mockInfo(VERIFIER), { cpu_loop: {} }, 5_000_000), 'out_of_gas');
    expect(err.gasUsed).toBe(5_000_000);
  });

  test('storage_loop -> out of gas', () => {
    const h = setup();
    const err = expectVmError(() => h.execute(mockInfo(VERIFIER), { storage_loop: {} }, 50_000_000), 'out_of_gas');
    expect(err.gasUsed).toBe(50_000_000);
  });

  test('memory_loop -> out of gas (not a memory error) under the default limit', () => {
    const h = setup();
    const err = expectVmError(() => h.execute(mockInfo(VERIFIER), { memory_loop: {} }), 'out_of_gas');
    expect(err.gasUsed).toBe(2_000_000_000);
  });

  test('allocate_large_memory 48 pages -> ok, data = old size 18; 1600 pages -> memory.grow failed', () => {
    const h = setup();
    const ok = h.execute(mockInfo(VERIFIER), { allocate_large_memory: { pages: 48 } });
    expect(ok.value.data).toBe('AAAAEg==');
    expect(ok.value.messages).toEqual([]);
    expectApprox(ok.gasUsed, 9_470_400);

    const h2 = setup();
    const err = expectVmError(() => h2.execute(mockInfo(VERIFIER), { allocate_large_memory: { pages: 1600 } }), 'contract');
    expect(err.contractMessage).toBe('Generic error: memory.grow failed');
    expectApprox(err.gasUsed, 8_623_090);
  });

  test('panic -> runtime error with the panic message and location', () => {
    const h = setup();
    const err = expectVmError(() => h.execute(mockInfo(VERIFIER), { panic: {} }), 'runtime', [
      'Aborted: panicked at',
      'This page intentionally faulted',
      'contract.rs:',
    ]);
    expect(err.message).toContain('src/contract.rs:187:5');
  });

  test('user_errors_in_api_calls -> ok, empty response (API errors are returned, not trapped)', () => {
    const h = setup();
    const res = h.execute(mockInfo(VERIFIER), { user_errors_in_api_calls: {} }).value;
    expect(res).toEqual({ messages: [], attributes: [], events: [], data: null });
  });

  test('message_loop -> one wasm.execute SubMsg to itself', () => {
    const h = setup();
    const res = h.execute(mockInfo(VERIFIER), { message_loop: {} }).value;
    expect(res.messages).toHaveLength(1);
    const sub = res.messages[0]!;
    expect(sub.id).toBe(0);
    expect(sub.reply_on).toBe('never');
    expect(sub.gas_limit).toBeNull();
    expect(sub.msg).toEqual({ wasm: { execute: { contract_addr: CONTRACT, msg: b64('{"message_loop":{}}'), funds: [] } } });
  });

  test('sudo steal_funds -> one bank send', () => {
    const h = setup();
    const recipient = addr('community-pool');
    const amount = [{ denom: 'gold', amount: '700' }];
    const res = h.sudo({ steal_funds: { recipient, amount } }).value;
    expect(res.messages).toEqual([
      { id: 0, payload: '', msg: { bank: { send: { to_address: recipient, amount } } }, gas_limit: null, reply_on: 'never' },
    ]);
  });

  test('migrate with old_migrate_version null / < 420 -> ok; >= 420 -> Downgrade is not supported', () => {
    const newVerifier = addr('someone else');
    const h = setup();
    const res = h.migrate({ verifier: newVerifier }, { sender: CREATOR, old_migrate_version: null }).value;
    expect(res).toEqual({ messages: [], attributes: [], events: [], data: null });
    expect(h.query({ verifier: {} })).toEqual({ verifier: newVerifier });

    const h2 = setup();
    h2.migrate({ verifier: newVerifier }, { sender: CREATOR, old_migrate_version: 419 });
    expect(h2.query({ verifier: {} })).toEqual({ verifier: newVerifier });

    const h3 = setup();
    expect(contractError(() => h3.migrate({ verifier: newVerifier }, { sender: CREATOR, old_migrate_version: 420 }))).toBe(
      'Downgrade is not supported',
    );
    expect(h3.query({ verifier: {} })).toEqual({ verifier: VERIFIER });
  });

  test('failing backend API -> the call fails with the backend message', () => {
    const h = new Harness('hackatom');
    const msgText = 'Temporarily unavailable';
    const failing = {
      addrCanonicalize: () => {
        throw new BackendError(msgText);
      },
      addrHumanize: () => {
        throw new BackendError(msgText);
      },
      addrValidate: () => {
        throw new BackendError(msgText);
      },
    };
    const backend = { ...h.backend, api: failing as unknown as Bech32Api };
    let err: { kind?: string; message?: string } | undefined;
    try {
      h.vm.instantiate(h.checksum, mockEnv(), CREATOR_1000, INIT, { backend, gasLimit: 2e9 });
    } catch (e) {
      err = e as typeof err;
    }
    expect(err).toBeDefined();
    // upstream: VmError::RuntimeErr containing the message; our taxonomy may surface it as BackendError.
    expect(['runtime', 'backend']).toContain(err!.kind);
    expect(err!.message).toContain(msgText);
  });

  test('gas limit 20 000 -> instantiate fails with out of gas', () => {
    const h = new Harness('hackatom');
    expectVmError(() => h.instantiate(CREATOR_1000, INIT, 20_000), 'out_of_gas');
    expect(h.storageText('config')).toBeNull();
  });

  test('fresh instance per call: state survives only through storage', () => {
    const h = setup();
    // a trapped call must not poison later calls
    expectVmError(() => h.execute(mockInfo(VERIFIER), { panic: {} }), 'runtime');
    expectVmError(() => h.execute(mockInfo(VERIFIER), { cpu_loop: {} }, 1_000_000), 'out_of_gas');
    expect(h.query({ verifier: {} })).toEqual({ verifier: VERIFIER });
    const res = h.execute(mockInfo(VERIFIER), { allocate_large_memory: { pages: 48 } });
    expect(res.value.data).toBe('AAAAEg=='); // memory starts again at 18 pages
  });
});

describe('hackatom.wasm exact gas (§3.1, cosmwasm-vm 3.0.9 gas rules)', () => {
  // cosmwasm-vm's instance tests run instantiate, execute and query on ONE instance, so execute and
  // query find the allocator already set up. With that (unsafe) mode our figures are upstream's to
  // the unit, which shows the metering and every host charge are the same.
  test('one reused instance, as upstream: instantiate 18 034 576 (251 external), release 24 624 366, query 11 105 566', () => {
    const h = new Harness('hackatom', { contractBalance: [], vm: new Vm({ memoryLimitPages: 256, unsafeKeepInstanceState: true }) });
    const init = h.vm.instantiate(h.checksum, mockEnv(), CREATOR_1000, FIXTURES.hackatom_instantiate_msg_exact_bytes as string, h.ctx(700_000_000));
    expect(JSON.stringify(mockEnv())).toBe(FIXTURES.mock_env_json_exact_3);
    expect(init.gasUsed).toBe(18_034_576);
    // upstream: used_externally 251 (storage set of 6 + 245 bytes); the API's 2 × (700 000 + 560 000)
    // is booked by MockApi as `cost` (internal), not `externally_used`.
    expect(init.gasUsedExternally).toBe(251);
    const exec = h.vm.execute(h.checksum, mockEnv(), mockInfo(VERIFIER, [{ denom: 'earth', amount: '15' }]), '{"release":{"denom":"earth"}}', h.ctx());
    expect(exec.gasUsed).toBe(24_624_366);
    const q = h.vm.query(h.checksum, mockEnv(), '{"verifier":{}}', h.ctx());
    expect(td.decode(q.value)).toBe(`{"verifier":"${VERIFIER}"}`);
    expect(q.gasUsed).toBe(11_105_566);
  });

  // The normal mode: every call starts from a pristine instance, as on wasmd (a fresh instance per
  // call). The allocator's first-use work (375 operators = 43 125 gas) is then paid by every call.
  test('pristine instance per call (as wasmd): release 24 667 491, query 11 148 691', () => {
    const h = new Harness('hackatom', { contractBalance: [] });
    const init = h.vm.instantiate(h.checksum, mockEnv(), CREATOR_1000, FIXTURES.hackatom_instantiate_msg_exact_bytes as string, h.ctx(700_000_000));
    expect(init.gasUsed).toBe(18_034_576);
    const exec = h.vm.execute(h.checksum, mockEnv(), mockInfo(VERIFIER, [{ denom: 'earth', amount: '15' }]), '{"release":{"denom":"earth"}}', h.ctx());
    expect(exec.gasUsed).toBe(24_624_366 + 43_125);
    const q = h.vm.query(h.checksum, mockEnv(), '{"verifier":{}}', h.ctx());
    expect(q.gasUsed).toBe(11_105_566 + 43_125);
    // and the same again: a restored instance is indistinguishable from a fresh one
    expect(h.vm.query(h.checksum, mockEnv(), '{"verifier":{}}', h.ctx()).gasUsed).toBe(q.gasUsed);
    const fresh = new Harness('hackatom', { contractBalance: [], vm: new Vm({ memoryLimitPages: 256, reuseInstances: false }) });
    fresh.vm.instantiate(fresh.checksum, mockEnv(), CREATOR_1000, FIXTURES.hackatom_instantiate_msg_exact_bytes as string, fresh.ctx());
    expect(fresh.vm.query(fresh.checksum, mockEnv(), '{"verifier":{}}', fresh.ctx()).gasUsed).toBe(q.gasUsed);
  });
});

describe('storeCode', () => {
  test('is idempotent and returns the hex sha256 checksum', () => {
    const h = new Harness('hackatom');
    expect(h.checksum).toBe('2a165f6d9ada2eac928570c1fc228e26fbd24be000d05c55298aaae4ae657e58');
    expect(vm().storeCode(loadWasm('hackatom').slice()).checksum).toBe(h.checksum);
  });
});

describe('hackatom_1.3.wasm', () => {
  test('instantiate, query, release', () => {
    const h = setup('hackatom_1.3');
    expect(h.query({ verifier: {} })).toEqual({ verifier: VERIFIER });
    // hackatom 1.x: `release {}` sends all balances (bank.all_balances)
    const res = h.execute(mockInfo(VERIFIER), { release: {} }).value;
    expect(res.messages[0]!.msg).toEqual({ bank: { send: { to_address: BENEFICIARY, amount: [{ denom: 'earth', amount: '1000' }] } } });
    expect(attrs(res)).toEqual({ action: 'release', destination: BENEFICIARY });
  });

  test('classic 2-arg migrate is called with (env, msg) even when migrate info is given', () => {
    const newVerifier = addr('someone else');
    const h = setup('hackatom_1.3');
    h.migrate({ verifier: newVerifier }, { sender: CREATOR, old_migrate_version: 1 });
    expect(h.query({ verifier: {} })).toEqual({ verifier: newVerifier });
    const h2 = setup('hackatom_1.3');
    h2.migrate({ verifier: newVerifier });
    expect(h2.query({ verifier: {} })).toEqual({ verifier: newVerifier });
  });
});

describe('hackatom_1.0.wasm', () => {
  test('instantiate, query verifier, release, unauthorized', () => {
    const h = setup('hackatom_1.0');
    expect(h.query({ verifier: {} })).toEqual({ verifier: VERIFIER });
    const res = h.execute(mockInfo(VERIFIER), { release: {} }).value;
    expect(res.messages).toHaveLength(1);
    expect(res.messages[0]!.msg).toEqual({ bank: { send: { to_address: BENEFICIARY, amount: [{ denom: 'earth', amount: '1000' }] } } });
    expect(contractError(() => h.execute(mockInfo(CREATOR), { release: {} }))).toBe('Unauthorized');
  });

  test('panic -> runtime error (this build imports no env.abort: a plain unreachable trap)', () => {
    const h = setup('hackatom_1.0');
    expectVmError(() => h.execute(mockInfo(VERIFIER), { panic: {} }), 'runtime', 'unreachable');
  });
});
