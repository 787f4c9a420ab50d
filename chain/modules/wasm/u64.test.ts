/**
 * u64 numbers from contracts (`SubMsg.id`, `gas_limit`, code ids in queries) beyond 2^53: read,
 * dispatched and echoed back exactly, as wasmd does; out-of-range ones refused before anything runs.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { parse } from 'lossless-json';
import { loadTestdata } from '../../../runtime/test/testkit/shared-testdata.js';
import type { Response, SubMsg } from '../../../runtime/src/types.js';
import { ChainError } from '../../kernel/errors.js';
import { BasicGasMeter } from '../../store/gaskv.js';
import { coin } from '../../types/coins.js';
import { MessageDispatcher } from './dispatcher.js';
import { u64, u64Value } from './json.js';
import { wasmFixture, type WasmFixture } from './testkit.js';

const REFLECT = loadTestdata('cosmwasm/reflect.wasm');
const dec = new TextDecoder();
const U64_MAX = '18446744073709551615';
const ABOVE_2_53 = '9007199254740993';

/** A query answer read without rounding: integers stay their digits. */
const exact = (b: Uint8Array): Record<string, unknown> => parse(dec.decode(b), null, (s) => s) as Record<string, unknown>;

function setupReflect(f: WasmFixture) {
  const owner = f.addr('owner');
  f.bank.initBalance(f.ctx, owner, [coin(1000, 'ucosm')]);
  const { codeId } = f.keeper.storeCode(f.ctx, owner, REFLECT);
  const { address } = f.keeper.instantiate(f.ctx, { codeId, sender: owner, msg: {}, funds: [coin(500, 'ucosm')], label: 'reflect' });
  return { owner, address };
}

describe('u64 numbers a contract sends', () => {
  test('reply ids 2^64-1 and 2^53+1 come back to the contract exactly; a gas_limit beyond 2^53 is what is left', () => {
    const f = wasmFixture();
    const { owner, address } = setupReflect(f);
    const to = f.addr('friend');
    const send = `{"bank":{"send":{"to_address":"${to}","amount":[{"denom":"ucosm","amount":"7"}]}}}`;
    // Raw JSON text: the contract (cosmwasm-std, Rust) reads these u64s exactly and sends them back as numbers.
    const msg = `{"reflect_sub_msg":{"msgs":[{"id":${U64_MAX},"msg":${send},"gas_limit":${U64_MAX},"reply_on":"always"},{"id":${ABOVE_2_53},"msg":${send},"gas_limit":null,"reply_on":"success"}]}}`;
    const meter = new BasicGasMeter(2_000_000);
    f.keeper.execute(f.ctx.withGasMeter(meter), { contract: address, sender: owner, msg });
    expect(f.bank.getBalance(f.ctx, to, 'ucosm').amount).toBe(14n);

    const top = exact(f.keeper.querySmart(f.ctx, address, `{"sub_msg_result":{"id":${U64_MAX}}}`));
    expect(top['id']).toBe(U64_MAX);
    expect(top['result']).toEqual({ ok: { events: [], data: null, msg_responses: [{ type_url: '/cosmos.bank.v1beta1.MsgSendResponse', value: '' }] } });
    // Uncapped: it used what a send costs, not anything near its limit.
    expect(Number(top['gas_used'])).toBeGreaterThan(0);
    expect(Number(top['gas_used'])).toBeLessThan(200_000);
    expect(exact(f.keeper.querySmart(f.ctx, address, `{"sub_msg_result":{"id":${ABOVE_2_53}}}`))['id']).toBe(ABOVE_2_53);
    // The rounded neighbour (what JSON.parse would have made of 2^53+1) was never replied to.
    expect(() => f.keeper.querySmart(f.ctx, address, '{"sub_msg_result":{"id":9007199254740992}}')).toThrow(/not found/i);
  });

  test('a code id beyond 2^53 in a contract\'s query reaches the chain exactly (no_such_code echoes it)', () => {
    const f = wasmFixture();
    const { address } = setupReflect(f);
    // reflect's `chain` query forwards a QueryRequest through the querier.
    expect(() => f.keeper.querySmart(f.ctx, address, `{"chain":{"request":{"wasm":{"code_info":{"code_id":${U64_MAX}}}}}}`)).toThrow(new RegExp(`No such code: ${U64_MAX}`));
    expect(() => f.keeper.querySmart(f.ctx, address, `{"chain":{"request":{"wasm":{"code_info":{"code_id":${ABOVE_2_53}}}}}}`)).toThrow(new RegExp(`No such code: ${ABOVE_2_53}`));
  });
});

describe('the dispatcher and u64 fields', () => {
  const bankMsg = { bank: { send: { to_address: 'x', amount: [] } } };
  function dispatcher() {
    const dispatched: unknown[] = [];
    const replies: string[] = [];
    const d = new MessageDispatcher(
      { dispatch: (_ctx, _c, msg) => (dispatched.push(msg), { data: [], msgResponses: [] }) },
      { reply: (_ctx, _c, reply) => (replies.push(dec.decode(reply)), undefined) },
      10,
    );
    return { d, dispatched, replies };
  }
  const response = (subs: Partial<SubMsg>[]): Response => ({
    messages: subs.map((s) => ({ id: 0, msg: bankMsg, gas_limit: null, reply_on: 'always', ...s }) as SubMsg),
    attributes: [{ key: 'a', value: 'b' }],
    events: [],
    data: null,
  });

  test('the reply carries the id\'s exact digits; everything else is JSON.stringify\'s text', () => {
    const f = wasmFixture();
    const { d, replies } = dispatcher();
    d.handleResponse(f.ctx, 'c', response([{ id: 2n ** 64n - 1n, payload: 'cA==' }, { id: 12 }]));
    expect(replies[0]).toBe(`{"id":${U64_MAX},"payload":"cA==","gas_used":0,"result":{"ok":{"events":[],"data":null,"msg_responses":[]}}}`);
    expect(replies[1]).toBe(JSON.stringify({ id: 12, payload: '', gas_used: 0, result: { ok: { events: [], data: null, msg_responses: [] } } }));
  });

  for (const [what, sub] of [
    ['an id of 2^64', { id: 2n ** 64n }],
    ['a negative id', { id: -1 }],
    ['a fractional id', { id: 1.5 }],
    ['a string id', { id: '5' as unknown as number }],
    ['a negative gas_limit', { gas_limit: -1 }],
    ['a gas_limit of 2^64', { gas_limit: 2n ** 64n }],
  ] as const) {
    test(`${what} fails the whole Response before any of it runs`, () => {
      const f = wasmFixture();
      const { d, dispatched, replies } = dispatcher();
      const events = f.ctx.events.events.length;
      const gas = f.ctx.gasMeter.consumed;
      let err: unknown;
      try {
        d.handleResponse(f.ctx, 'c', response([{ id: 1 }, sub]));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ChainError);
      expect((err as ChainError).codespace).toBe('wasm');
      expect((err as Error).message).toMatch(/unsigned 64-bit integer/);
      expect(dispatched).toEqual([]);
      expect(replies).toEqual([]);
      expect(f.ctx.events.events.length).toBe(events);
      expect(f.ctx.gasMeter.consumed).toBe(gas);
    });
  }
});

describe('u64 field reader', () => {
  test('numbers, bigints and decimal strings in 0..2^64-1; nothing else', () => {
    expect(u64({ n: 2n ** 64n - 1n }, 'n')).toBe(2n ** 64n - 1n);
    expect(u64({ n: U64_MAX }, 'n')).toBe(2n ** 64n - 1n);
    expect(u64({ n: 42 }, 'n')).toBe(42n);
    for (const bad of [2n ** 64n, -1n, -1, 1.5, 2 ** 53, '18446744073709551616', '-1', '1e3', null, undefined, {}]) expect(u64Value(bad)).toBeUndefined();
    expect(() => u64({ height: 2n ** 64n }, 'height')).toThrow(`field height must be an unsigned 64-bit integer (0..${U64_MAX}), got 18446744073709551616`);
  });
});
