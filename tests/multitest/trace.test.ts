/**
 * Traces, debug output and results of `TestChain` calls: a three-level call whose innermost
 * sub-message fails and whose outer sub-message is answered by a reply (reflect.wasm ×3), a failing
 * call's error carrying its trace, cyberpunk's `debug` output, and the event helpers.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { TestChain, type TracedError } from '../../multitest/chain.js';
import type { CallFrame, SubMsgFrame, TraceFrame, TraceNode } from '../../chain/modules/wasm/trace.js';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CounterClient } from '../../contracts/counter/client.js';

const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64');
const wasmExec = (contract: string, msg: unknown) => ({ wasm: { execute: { contract_addr: contract, msg: b64(msg), funds: [] } } });

function frames(nodes: readonly TraceNode[]): TraceFrame[] {
  return nodes.filter((n): n is TraceFrame => n.type === 'call' || n.type === 'submsg' || n.type === 'query');
}
function only<T extends TraceFrame['type']>(nodes: readonly TraceNode[], type: T): Extract<TraceFrame, { type: T }>[] {
  return frames(nodes).filter((f): f is Extract<TraceFrame, { type: T }> => f.type === type);
}

describe('TestChain traces', () => {
  let chain: TestChain;
  let alice: string;
  let r1: string;
  let r2: string;
  let r3: string;

  before(() => {
    chain = TestChain.create();
    alice = chain.addr('alice');
    const code = chain.upload(alice, loadTestdata('cosmwasm/reflect.wasm')).codeId!;
    r1 = chain.instantiate(code, alice, {}, { label: 'outer' }).address;
    r2 = chain.instantiate(code, alice, {}, { label: 'middle' }).address;
    r3 = chain.instantiate(code, alice, {}, { label: 'inner' }).address;
    // The outer reflect owns the middle one, so it may make it reflect; the inner stays alice's.
    chain.execute(alice, r2, { change_owner: { owner: r1 } }).assertEvent('wasm', { action: 'change_owner', owner: r1 });
  });

  test('a three-level call with a failing sub-message and a reply: the tree, gas per frame and the error where it happened', () => {
    // outer --submsg #7 (reply always)--> middle --submsg #0 (reply never)--> inner: "Permission denied"
    const res = chain.execute(alice, r1, {
      reflect_sub_msg: { msgs: [{ id: 7, msg: wasmExec(r2, { reflect_msg: { msgs: [wasmExec(r3, { change_owner: { owner: alice } })] } }), gas_limit: null, reply_on: 'always' }] },
    });
    const text = res.formatTrace();
    process.stdout.write(`${text}\n`);

    expect(res.trace).toHaveLength(1);
    const root = res.trace[0] as CallFrame;
    expect(root).toMatchObject({ type: 'call', kind: 'execute', contract: r1, sender: alice });
    expect(root.error).toBeUndefined();
    // The harness call's gas is the root frame's: one meter, read at entry and exit.
    expect(root.gasUsed).toBe(res.gasUsed);

    const [outerSub] = only(root.children, 'submsg') as [SubMsgFrame];
    expect(outerSub).toMatchObject({ id: 7, replyOn: 'always', contract: r1 });
    expect(outerSub.error).toBeUndefined(); // the reply handled it
    expect(outerSub.result).toMatch(/Permission denied/);

    const [middle, reply] = only(outerSub.children, 'call');
    expect(middle).toMatchObject({ kind: 'execute', contract: r2, sender: r1 });
    expect(middle!.error).toMatch(/Permission denied/);
    const [innerSub] = only(middle!.children, 'submsg');
    expect(innerSub).toMatchObject({ id: 0, replyOn: 'never' });
    expect(innerSub!.error).toMatch(/Permission denied/);
    const [inner] = only(innerSub!.children, 'call');
    expect(inner).toMatchObject({ kind: 'execute', contract: r3, sender: r2 });
    expect(inner!.error).toMatch(/Permission denied: the sender is not the current owner/);
    expect(only(inner!.children, 'submsg')).toHaveLength(0);

    expect(reply).toMatchObject({ kind: 'reply', contract: r1 });
    expect(reply!.error).toBeUndefined();

    // Gas nests: each frame's gas holds its children's, and the reply's gas_used is the sub-message's own gas.
    expect(inner!.gasUsed).toBeGreaterThan(0);
    expect(innerSub!.gasUsed).toBeGreaterThanOrEqual(inner!.gasUsed);
    expect(middle!.gasUsed).toBeGreaterThan(innerSub!.gasUsed);
    expect(outerSub.gasUsed).toBe(outerSub.dispatchGas + reply!.gasUsed);
    expect(root.gasUsed).toBeGreaterThan(outerSub.gasUsed);
    const stored = chain.query<{ id: number; gas_used: number; result: { error?: string } }>(r1, { sub_msg_result: { id: 7 } });
    expect(stored.gas_used).toBe(outerSub.dispatchGas);
    expect(stored.result.error).toMatch(/Permission denied/);

    // What a user reads: one line per frame with its gas, the error at the innermost frame.
    const short = (a: string): string => `${a.slice(0, 10)}…${a.slice(-4)}`;
    expect(text).toContain(`[${root.gasUsed}] execute outer#1 (${short(r1)}) {"reflect_sub_msg"`);
    expect(text).toContain(`[${outerSub.gasUsed}] submsg #7 reply_on=always wasm.execute → middle#1 (${short(r2)})`);
    expect(text).toContain(`[${inner!.gasUsed}] execute inner#1 (${short(r3)}) {"change_owner":{"owner":"${alice}"}} from middle#1`);
    expect(text).toContain('← ERROR Permission denied: the sender is not the current owner');
    expect(text).toContain(`[${reply!.gasUsed}] reply outer#1 (${short(r1)}) {"id":7`);
    expect(text).toContain('emit wasm(action: reflect_subcall)');
    // the tree: the inner call sits four levels under the root
    const innerLine = text.split('\n').find((l) => l.includes(`execute inner#1`))!;
    expect(innerLine.indexOf('[')).toBeGreaterThan(text.split('\n').find((l) => l.includes('execute middle#1'))!.indexOf('['));
  });

  test('a failing call throws its usual error, with the trace in error.trace and in the stack a test runner prints', () => {
    let err: TracedError | undefined;
    try {
      chain.execute(chain.addr('mallory'), r3, { change_owner: { owner: alice } });
    } catch (e) {
      err = e as TracedError;
    }
    expect(err).toBeDefined();
    expect(err!.message).toMatch(/^Permission denied: the sender is not the current owner/);
    expect(err!.message).not.toContain('Traces:');
    expect(err!.trace).toHaveLength(1);
    expect((err!.trace![0] as CallFrame).error).toMatch(/Permission denied/);
    expect(err!.stack).toContain('Traces:');
    expect(err!.stack).toMatch(/\[\d+\] execute inner#1 .*\{"change_owner"/);
    // the state is unchanged and the next call starts a fresh trace
    expect(chain.query<{ owner: string }>(r3, { owner: {} }).owner).toBe(alice);
  });

  test('a smart query is traced too, with the contract → chain query inside it', () => {
    const answer = chain.query<{ data: string }>(r1, { chain: { request: { wasm: { smart: { contract_addr: r2, msg: b64({ owner: {} }) } } } } });
    expect(JSON.parse(Buffer.from(answer.data, 'base64').toString())).toEqual({ owner: r1 });
    const last = chain.lastCall!;
    const root = last.trace[0] as CallFrame;
    expect(root).toMatchObject({ kind: 'query', contract: r1 });
    const [q] = only(root.children, 'query');
    expect(q).toMatchObject({ caller: r1 });
    const [nested] = only(q!.children, 'call');
    expect(nested).toMatchObject({ kind: 'query', contract: r2 });
    expect(q!.gasUsed).toBeGreaterThanOrEqual(nested!.gasUsed);
    expect(last.formatTrace()).toMatch(/query \{"wasm":\{"smart"/);
  });

  test('tracing changes no gas: a chain without a tracer reports the same gas for the same calls', () => {
    const plain = TestChain.create({ trace: false });
    const a = plain.addr('alice');
    const code = plain.upload(a, loadTestdata('cosmwasm/reflect.wasm')).codeId!;
    const addrs = ['outer', 'middle', 'inner'].map((label) => plain.instantiate(code, a, {}, { label }).address);
    plain.execute(a, addrs[1]!, { change_owner: { owner: addrs[0] } });
    const msg = (x: string[]) => ({ reflect_sub_msg: { msgs: [{ id: 7, msg: wasmExec(x[1]!, { reflect_msg: { msgs: [wasmExec(x[2]!, { change_owner: { owner: a } })] } }), gas_limit: null, reply_on: 'always' }] } });
    const without = plain.execute(a, addrs[0]!, msg(addrs));
    expect(without.trace).toHaveLength(0);
    const twin = TestChain.create();
    const code2 = twin.upload(a, loadTestdata('cosmwasm/reflect.wasm')).codeId!;
    const addrs2 = ['outer', 'middle', 'inner'].map((label) => twin.instantiate(code2, a, {}, { label }).address);
    twin.execute(a, addrs2[1]!, { change_owner: { owner: addrs2[0] } });
    const withTrace = twin.execute(a, addrs2[0]!, msg(addrs2));
    expect(withTrace.trace).toHaveLength(1);
    expect(withTrace.gasUsed).toBe(without.gasUsed);
    expect(withTrace.events).toEqual(without.events);
  });
});

describe('TestChain debug output and results', () => {
  test("a contract's debug() lines reach res.debug, in order (cyberpunk's 20 lines)", () => {
    for (const trace of [true, false]) {
      const chain = TestChain.create({ trace });
      const me = chain.addr('me');
      const code = chain.upload(me, loadTestdata('cosmwasm/cyberpunk.wasm')).codeId!;
      const punk = chain.instantiate(code, me, {}, { label: 'punk' }).address;
      const res = chain.execute(me, punk, { debug: {} });
      expect(res.debug).toHaveLength(20);
      expect(res.debug[0]).toBe("Hey, ho – let's go");
      expect(res.debug[1]).toBe('Round 1 starting');
      expect(res.debug[19]).toBe('Work completed, bye');
      if (trace) expect(res.formatTrace()).toContain("debug Hey, ho – let's go");
      // the next call starts with none
      expect(chain.execute(me, punk, { noop: {} }).debug).toEqual([]);
    }
  });

  test('one result type: code id, address, events, data and gas; event helpers say what was there', () => {
    const chain = TestChain.create();
    const me = chain.addr('me');
    const up = chain.upload(me, loadTestdata('cosmwasm/reflect.wasm'));
    expect(up.codeId).toBe(1n);
    up.assertEvent('store_code', { code_id: '1' });
    const inst = chain.instantiate(up.codeId!, me, {}, { label: 'r', admin: me });
    expect(inst.address).toMatch(/^mesh1/);
    expect(inst.event('instantiate').attr('code_id')).toBe('1');
    const res = chain.execute(me, inst.address, { change_owner: { owner: chain.addr('you') } });
    expect(res.event('wasm').attr('action')).toBe('change_owner');
    expect(res.gasUsed).toBeGreaterThan(0);
    expect(() => res.assertEvent('wasm', { action: 'transfer' })).toThrow(/expected an event wasm with \{"action":"transfer"\}; the call emitted:\n.*execute\(_contract_address=/);
    expect(() => res.event('wasm').attr('amount')).toThrow(/event wasm has no attribute amount \(it has _contract_address, action, owner\)/);
    res.assertNoEvent('wasm-transfer');

    // admin helpers and the raw storage dump
    chain.updateAdmin(me, inst.address, chain.addr('you')).assertEvent('update_contract_admin', { new_admin_address: chain.addr('you') });
    expect(chain.contractInfo(inst.address).admin).toBe(chain.addr('you'));
    chain.clearAdmin(chain.addr('you'), inst.address);
    expect(chain.contractInfo(inst.address).admin).toBe('');
    expect(() => chain.updateAdmin(me, inst.address, me)).toThrow(/can not modify contract/);
    const dump = chain.dumpStorage(inst.address);
    expect(dump.length).toBeGreaterThan(0);
    const config = dump.find((e) => Buffer.from(e.value).toString().includes('"owner"'));
    expect(config).toBeDefined();
    expect(JSON.parse(Buffer.from(config!.value).toString())).toEqual({ owner: chain.addr('you') });
    expect(chain.queryRaw(inst.address, config!.key)).toEqual(config!.value);
  });

  test('mint, setBalance and keyed addresses: addr(label) is the address signer(label) signs for', async () => {
    const chain = TestChain.create({ keyedAddresses: true });
    const alice = chain.addr('alice');
    expect((await chain.signer('alice')).address).toBe(alice);
    const supply0 = chain.withContext((ctx) => chain.m.keepers.bank.getSupply(ctx, 'stake').amount);
    chain.mint(alice, 1_000n).assertEvent('coinbase');
    expect(chain.balance(alice)).toBe(1_000n);
    chain.setBalance(alice, 400n, 'stake');
    expect(chain.balance(alice)).toBe(400n);
    chain.setBalance(alice, 5_000n, 'uatom');
    expect(chain.balance(alice, 'uatom')).toBe(5_000n);
    const supply1 = chain.withContext((ctx) => chain.m.keepers.bank.getSupply(ctx, 'stake').amount);
    expect(supply1 - supply0).toBe(400n);
    expect(() => chain.setBalance(alice, -1n)).toThrow(/cannot be negative/);
    // a funded keyed address signs a real tx
    const r = await chain.deliverTx(await chain.signer('alice'), [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: alice, toAddress: chain.addr('bob'), amount: [{ denom: 'uatom', amount: '5' }] } }], { fee: 0n, gas: 200_000 });
    expect(r.code).toBe(0);
    expect(chain.balance(chain.addr('bob'), 'uatom')).toBe(5n);
  });

  test("a declaration's typed client runs on chain.client(); its failures carry the trace", async () => {
    const chain = TestChain.create();
    const me = chain.addr('me');
    // the artifact `npm run build` makes
    const code = chain.storeCode(me, readFileSync(join(import.meta.dirname, '..', '..', 'build', 'counter.wasm')));
    const addr = chain.instantiate(code, me, { count: 1, owner: null }, { label: 'counter' }).address;
    const counter = new CounterClient(chain.client(), me, addr);
    const r = await counter.increment({ by: 4 });
    expect(r.gasUsed).toBe(BigInt(chain.lastCall!.gasUsed));
    expect((await counter.count()).count).toBe(5);
    await counter.freeze();
    const err = (await counter.increment({ by: 1 }).catch((e: unknown) => e)) as TracedError;
    expect(err.message).toMatch(/The counter is frozen/);
    expect(err.stack).toMatch(/\[\d+\] execute counter#1 .*\{"increment":\{"by":1\}\}/);
  });

  test('slash and jail a validator without touching keepers', () => {
    let valoper = '';
    const chain = TestChain.create({ genesis: (g) => (valoper = g.validator('val', 10_000_000n).valoper) });
    const before = chain.m.keepers.staking.getValidator(chain.queryContext(), valoper)!;
    chain.slash(valoper, '0.1').assertEvent('slash', { reason: 'downtime' });
    const after = chain.m.keepers.staking.getValidator(chain.queryContext(), valoper)!;
    expect(after.tokens).toBe(before.tokens - before.tokens / 10n);
    chain.jail(valoper, { forSeconds: 600 });
    expect(chain.m.keepers.staking.getValidator(chain.queryContext(), valoper)!.jailed).toBe(true);
    expect(() => chain.jail('meshvaloper1nope')).toThrow(/not valid bech32/);
  });
});
