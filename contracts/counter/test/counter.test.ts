/**
 * The example contract of contracts/README.md: declarations -> strict codecs, the error enum,
 * `$try` propagation, and the generated schema and client.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { compileContract } from '../../tools/compile.js';
import { Harness, addr } from '../../cw20/test/testkit.js';

let wasm: Uint8Array;
before(async () => {
  wasm = (await compileContract('contracts/counter/assembly/contract.ts')).wasm;
});

const OWNER = addr('owner');
const TYPE = 'Error parsing into type counter::msg::';

describe('counter (declared messages)', () => {
  test('instantiate, increment with and without an Option field, query', () => {
    const h = new Harness(wasm);
    expect(h.instantiate(OWNER, { count: 7 })).toMatchObject({ ok: { attributes: [{ key: 'action', value: 'instantiate' }, { key: 'owner', value: OWNER }] } });
    h.ok(addr('anyone'), { increment: {} });
    h.ok(addr('anyone'), { increment: { by: null } });
    h.ok(addr('anyone'), { increment: { by: 5 } });
    expect(h.q({ count: {} })).toEqual({ count: 14, frozen: false });
    expect(h.q({ owner: {} })).toEqual({ owner: OWNER });
  });

  test('strict decoding: serde error texts, never a trap', () => {
    const h = new Harness(wasm);
    h.instantiate(OWNER, { count: 0 });
    const cases: Array<[unknown, string]> = [
      [{ increment: { by: 1, extra: 2 } }, 'ExecuteMsg: unknown field `extra`, expected `by`'],
      [{ reset: {} }, 'ExecuteMsg: missing field `count`'],
      [{ reset: { count: 1, count2: 1 } }, 'ExecuteMsg: unknown field `count2`, expected `count`'],
      [{ reset: { count: '1' } }, 'ExecuteMsg: Invalid type'],
      [{ reset: { count: -1 } }, 'ExecuteMsg: Invalid number.'],
      [{ nope: {} }, 'ExecuteMsg: unknown variant `nope`, expected one of `increment`, `reset`, `freeze`'],
      ['{"reset":{"count":1}} x', 'ExecuteMsg: JSON has non-whitespace trailing characters after the value.'],
      ['{"reset":{"count":1,"count":2}}', 'ExecuteMsg: duplicate field `count`'],
      ['"increment"', 'ExecuteMsg: Invalid type'],
    ];
    for (const [msg, text] of cases) {
      const o = h.execute(OWNER, typeof msg === 'string' ? msg : (msg as object));
      expect({ msg, o }).toEqual({ msg, o: { error: TYPE + text } });
    }
    // unit variant: "freeze" or {"freeze": null}
    expect(h.execute(OWNER, '{"freeze":{}}')).toEqual({ error: TYPE + 'ExecuteMsg: Invalid type' });
    expect(h.execute(OWNER, '{"freeze":null}')).toMatchObject({ ok: {} });
  });

  test('the error enum and $try propagation', () => {
    const h = new Harness(wasm);
    // $try(deps.api.addrValidate(...)) returns the API's error unchanged
    const bad = h.instantiate(OWNER, { count: 0, owner: 'NOT AN ADDRESS' });
    expect(bad).toEqual({ error: expect.stringMatching(/^Generic error: /) });
    const g = new Harness(wasm);
    g.instantiate(OWNER, '{"count":18446744073709551610}');
    expect(g.execute(OWNER, { increment: { by: 10 } })).toEqual({ error: 'Cannot add 10 to 18446744073709551610' });
    expect(g.execute(addr('mallory'), { reset: { count: 0 } })).toEqual({ error: 'Unauthorized' });
    expect(g.execute(OWNER, '"freeze"')).toMatchObject({ ok: {} });
    expect(g.execute(OWNER, { increment: {} })).toEqual({ error: 'The counter is frozen' });
    // an uninstantiated contract: $try(STATE.load(...)) propagates StdError's not found
    const fresh = new Harness(wasm);
    expect(fresh.execute(OWNER, { increment: {} })).toEqual({ error: 'counter::state::State not found' });
  });
});
