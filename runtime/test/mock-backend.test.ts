import { describe, test } from 'node:test';
import { expect } from 'expect';
import { readFileSync } from 'node:fs';

import { Order } from '../src/backend.js';
import { BackendError } from '../src/errors.js';
import {
  addrMake,
  Bech32Api,
  decodeBech32,
  mockBackend,
  mockEnv,
  mockInfo,
  MockQuerier,
  MockStorage,
  MOCK_CONTRACT_ADDR,
  type DenomMetadata,
} from '../src/testkit/index.js';

const FIXTURES = JSON.parse(readFileSync(new URL('../../../shared/testdata/fixtures.json', import.meta.url), 'utf8'));

const te = new TextEncoder();
const td = new TextDecoder();
const b = (s: string) => te.encode(s);
const s = (u: Uint8Array) => td.decode(u);

function drain(st: MockStorage, id: number): string[][] {
  const out: string[][] = [];
  for (;;) {
    const r = st.next(id).value;
    if (r === null) return out;
    out.push([s(r.key), s(r.value)]);
  }
}

describe('MockStorage', () => {
  test('get/set/remove with mock gas', () => {
    const st = new MockStorage();
    expect(st.get(b('foo'))).toEqual({ value: null, gas: 3 });
    expect(st.set(b('foo'), b('bar')).gas).toBe(6);
    expect(s(st.get(b('foo')).value!)).toBe('bar');
    expect(st.get(b('food')).value).toBeNull();
    expect(st.remove(b('foo')).gas).toBe(3);
    expect(st.get(b('foo')).value).toBeNull();
    // empty value is a present value
    st.set(b('e'), new Uint8Array(0));
    expect(st.get(b('e')).value).toEqual(new Uint8Array(0));
  });

  test('stored bytes are copies of the input', () => {
    const st = new MockStorage();
    const k = b('k');
    const v = b('v1');
    st.set(k, v);
    v[0] = 0x58;
    k[0] = 0x58;
    expect(s(st.get(b('k')).value!)).toBe('v1');
  });

  test('iteration order, bounds and upstream test vectors', () => {
    const st = new MockStorage();
    st.set(b('foo'), b('bar'));
    const first = st.scan(null, null, Order.Ascending);
    expect(first).toEqual({ value: 1, gas: 11 });
    expect(drain(st, first.value)).toEqual([['foo', 'bar']]);
    st.set(b('ant'), b('hill'));
    st.set(b('ze'), b('bra'));
    st.set(b('bye'), b('bye'));
    st.remove(b('bye'));
    const all = [['ant', 'hill'], ['foo', 'bar'], ['ze', 'bra']];
    expect(drain(st, st.scan(null, null, Order.Ascending).value)).toEqual(all);
    expect(drain(st, st.scan(null, null, Order.Descending).value)).toEqual([...all].reverse());
    // bounded: [f, n)
    expect(drain(st, st.scan(b('f'), b('n'), Order.Ascending).value)).toEqual([['foo', 'bar']]);
    expect(drain(st, st.scan(b('air'), b('loop'), Order.Descending).value)).toEqual([['foo', 'bar'], ['ant', 'hill']]);
    // start inclusive, end exclusive
    expect(drain(st, st.scan(b('foo'), b('ze'), Order.Ascending).value)).toEqual([['foo', 'bar']]);
    expect(drain(st, st.scan(b('foo'), b('zf'), Order.Descending).value)).toEqual([['ze', 'bra'], ['foo', 'bar']]);
    // start == end and start > end are empty
    expect(drain(st, st.scan(b('foo'), b('foo'), Order.Ascending).value)).toEqual([]);
    expect(drain(st, st.scan(b('z'), b('a'), Order.Ascending).value)).toEqual([]);
    expect(drain(st, st.scan(b('z'), b('a'), Order.Descending).value)).toEqual([]);
    // open ends
    expect(drain(st, st.scan(b('b'), null, Order.Ascending).value)).toEqual([['foo', 'bar'], ['ze', 'bra']]);
    expect(drain(st, st.scan(null, b('b'), Order.Descending).value)).toEqual([['ant', 'hill']]);
  });

  test('keys compare as raw bytes (not UTF-16, not signed)', () => {
    const st = new MockStorage();
    const keys = [[0xff], [0x00], [0x7f, 0x01], [0x80], [0x7f], [0x00, 0x00], [0xc3, 0xa9], [0xef, 0xbf, 0xbd]];
    for (const k of keys) st.set(new Uint8Array(k), new Uint8Array([1]));
    const got: number[][] = [];
    const id = st.scan(null, null, Order.Ascending).value;
    for (let r = st.next(id).value; r; r = st.next(id).value) got.push([...r.key]);
    expect(got).toEqual([[0x00], [0x00, 0x00], [0x7f], [0x7f, 0x01], [0x80], [0xc3, 0xa9], [0xef, 0xbf, 0xbd], [0xff]]);
    // long keys (Buffer path) too
    const long1 = new Uint8Array(100).fill(0x80);
    const long2 = new Uint8Array(100).fill(0x80);
    long2[99] = 0x81;
    st.set(long2, b('2'));
    st.set(long1, b('1'));
    const id2 = st.scan(new Uint8Array([0x80]), new Uint8Array([0x81]), Order.Ascending).value;
    const seq: number[] = [];
    for (let r = st.next(id2).value; r; r = st.next(id2).value) seq.push(r.key.length);
    expect(seq).toEqual([1, 100, 100]);
  });

  test('next gas: len(key)+len(value) per record, 37 at the end; ids increase; unknown id throws', () => {
    const st = new MockStorage();
    st.set(b('ab'), b('cde'));
    const id1 = st.scan(null, null, Order.Ascending).value;
    const id2 = st.scan(null, null, Order.Ascending).value;
    expect([id1, id2]).toEqual([1, 2]);
    expect(st.next(id1).gas).toBe(5);
    expect(st.next(id1)).toEqual({ value: null, gas: 37 });
    expect(st.next(id1)).toEqual({ value: null, gas: 37 });
    expect(() => st.next(42)).toThrow(BackendError);
    expect(() => st.scan(null, null, 42 as Order)).toThrow(BackendError);
    st.resetIterators();
    expect(st.scan(null, null, Order.Ascending).value).toBe(1);
  });

  test('multiple iterators interleave independently; iterators are snapshots', () => {
    const st = new MockStorage();
    for (const k of ['a', 'b', 'c', 'd']) st.set(b(k), b(k.toUpperCase()));
    const up = st.scan(null, null, Order.Ascending).value;
    const down = st.scan(null, null, Order.Descending).value;
    expect(s(st.next(up).value!.key)).toBe('a');
    expect(s(st.next(down).value!.key)).toBe('d');
    // writes after opening are not seen
    st.set(b('bb'), b('new'));
    st.set(b('c'), b('changed'));
    st.remove(b('b'));
    expect(drain(st, up)).toEqual([['b', 'B'], ['c', 'C'], ['d', 'D']]);
    expect(drain(st, down)).toEqual([['c', 'C'], ['b', 'B'], ['a', 'A']]);
    expect(drain(st, st.scan(null, null, Order.Ascending).value)).toEqual([['a', 'A'], ['bb', 'new'], ['c', 'changed'], ['d', 'D']]);
  });

  test('random operations agree with a naive model', () => {
    const st = new MockStorage();
    const model = new Map<string, string>();
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const key = () => String.fromCharCode(97 + rnd(5), 97 + rnd(5)).slice(0, 1 + rnd(2));
    for (let i = 0; i < 2000; i++) {
      const op = rnd(3);
      const k = key();
      if (op === 0) {
        st.set(b(k), b(String(i)));
        model.set(k, String(i));
      } else if (op === 1) {
        st.remove(b(k));
        model.delete(k);
      } else {
        const start = rnd(3) === 0 ? null : key();
        const end = rnd(3) === 0 ? null : key();
        const order = rnd(2) === 0 ? Order.Ascending : Order.Descending;
        const expected = [...model.entries()]
          .filter(([mk]) => (start === null || mk >= start) && (end === null || mk < end))
          .sort(([x], [y]) => (x < y ? -1 : 1));
        if (order === Order.Descending) expected.reverse();
        const got = drain(st, st.scan(start === null ? null : b(start), end === null ? null : b(end), order).value);
        expect(got).toEqual(expected);
      }
    }
    expect(st.size).toBe(model.size);
  });
});

describe('Bech32Api', () => {
  const api = new Bech32Api();
  const creator = FIXTURES.addr_make.creator as string;

  test('addrMake matches fixtures', () => {
    for (const [label, addr] of Object.entries(FIXTURES.addr_make as Record<string, string>)) {
      expect(addrMake(label)).toBe(addr);
    }
    expect(addrMake('creator', 'juno')).toBe('juno1h34lmpywh4upnjdg90cjf4j70aee6z8qqfspugamjp42e4q28kqsksmtyp');
  });

  test('canonicalize / humanize round trip and gas', () => {
    const c = api.addrCanonicalize(creator);
    expect(c.cost).toBe(700_000);
    expect(c.gas).toBe(0);
    if (!('ok' in c.value)) throw new Error('expected ok');
    expect(c.value.ok.length).toBe(32);
    const h = api.addrHumanize(c.value.ok);
    expect(h).toEqual({ value: { ok: creator }, gas: 0, cost: 560_000 });
    expect(api.addrValidate(creator)).toEqual({ value: { ok: null }, gas: 0, cost: 1_260_000 });
    expect(new Bech32Api({ reportAs: 'externallyUsed' }).addrValidate(creator)).toEqual({ value: { ok: null }, gas: 1_260_000 });
  });

  test('upstream MockApi vectors (osmo / juno)', () => {
    const osmo = new Bech32Api({ prefix: 'osmo' });
    const d1 = osmo.addrCanonicalize('osmo186kh7c0k0gh4ww0wh4jqc4yhzu7n7dhswe845d').value;
    const d2 = osmo.addrCanonicalize('OSMO186KH7C0K0GH4WW0WH4JQC4YHZU7N7DHSWE845D').value;
    expect(d1).toEqual(d2);
    expect('ok' in d1).toBe(true);
    expect(osmo.addrValidate('osmo18enxpg25jc4zkwe7w00yneva0vztwuex3rtv8t').value).toEqual({ ok: null });
    const juno = new Bech32Api({ prefix: 'juno' });
    const upper = 'JUNO1MEPRU9FUQ4E65856ARD6068MFSFRWPGEMD0C3R';
    const c = juno.addrCanonicalize(upper).value;
    if (!('ok' in c)) throw new Error('expected ok');
    expect(juno.addrHumanize(c.ok).value).toEqual({ ok: upper.toLowerCase() });
    expect(juno.addrValidate(upper).value).toEqual({ error: 'Invalid input: address not normalized' });
    const long = 'juno1v82su97skv6ucfqvuvswe0t5fph7pfsrtraxf0x33d8ylj5qnrysdvkc95';
    const lc = juno.addrCanonicalize(long).value;
    if (!('ok' in lc)) throw new Error('expected ok');
    expect(juno.addrHumanize(lc.ok).value).toEqual({ ok: long });
    const colon = new Bech32Api({ prefix: 'did:com:' });
    const cc = colon.addrCanonicalize('did:com:1jkf0kmeyefvyzpwf56m7sne2000ay53r6upttu').value;
    if (!('ok' in cc)) throw new Error('expected ok');
    expect(colon.addrHumanize(cc.ok).value).toEqual({ ok: 'did:com:1jkf0kmeyefvyzpwf56m7sne2000ay53r6upttu' });
  });

  test('error texts', () => {
    expect(api.addrCanonicalize('').value).toEqual({ error: 'Input is empty' });
    expect(api.addrCanonicalize('bn9hhssomeltvhzgvuqkwjkpwxoj').value).toEqual({ error: 'Error decoding bech32' });
    expect(api.addrValidate('cosmwasm1h34LMPYwh4upnjdg90cjf4j70aee6z8qqfspugamjp42e4q28kqs8s7vcp').value).toEqual({
      error: 'Error decoding bech32',
    });
    // bad checksum
    expect(api.addrCanonicalize(creator.slice(0, -1) + 'q').value).toEqual({ error: 'Error decoding bech32' });
    expect(api.addrCanonicalize(addrMake('creator', 'juno')).value).toEqual({ error: 'Wrong bech32 prefix' });
    // zero-length data
    expect(api.addrCanonicalize('cosmwasm1pj90vm').value).toEqual({ error: 'Invalid canonical address length' });
    // 264 bytes of data: decodes (no 90-char limit) but is too long
    const tooLong =
      'cosmwasm1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqehqqkz';
    expect(api.addrCanonicalize(tooLong).value).toEqual({ error: 'Invalid canonical address length' });
    expect(api.addrHumanize(new Uint8Array(0)).value).toEqual({ error: 'Invalid canonical address length' });
    expect(api.addrHumanize(new Uint8Array(256).fill(61)).value).toEqual({ error: 'Invalid canonical address length' });
    const ok255 = api.addrHumanize(new Uint8Array(255).fill(7)).value;
    if (!('ok' in ok255)) throw new Error('255 bytes must encode');
    expect(api.addrValidate(ok255.ok).value).toEqual({ ok: null });
    // upper-case of a valid address canonicalizes but does not validate
    expect('ok' in api.addrCanonicalize(creator.toUpperCase()).value).toBe(true);
    expect(api.addrValidate(creator.toUpperCase()).value).toEqual({ error: 'Invalid input: address not normalized' });
    // failed canonicalize charges only canonicalize in validate
    expect(api.addrValidate('nope').cost).toBe(700_000);
    expect(new Bech32Api({ gasCosts: { canonicalize: 1, humanize: 2 } }).addrValidate(creator).cost).toBe(3);
  });

  test('decodeBech32 drops padding bits like the Rust crate', () => {
    // BIP-173 valid vector with non-byte-aligned data
    const d = decodeBech32('abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw');
    expect(d?.hrp).toBe('abcdef');
    expect(d?.data.length).toBe(Math.floor((32 * 5) / 8));
    expect(decodeBech32('A12UEL5L')).toEqual({ hrp: 'a', data: new Uint8Array(0) });
    expect(decodeBech32('a12UEL5L')).toBeNull(); // mixed case
    expect(decodeBech32('pzry9x0s0muk')).toBeNull();
    expect(decodeBech32('1pzry9x0s0muk')).toBeNull();
    expect(decodeBech32('x1b4n0q5v')).toBeNull();
    expect(decodeBech32('li1dgmt3')).toBeNull();
  });
});

describe('MockQuerier', () => {
  const q = (querier: MockQuerier, req: unknown, limit = 1e12) => {
    const raw = typeof req === 'string' ? b(req) : b(JSON.stringify(req));
    const r = querier.query(raw, limit);
    return { json: JSON.parse(s(r.value)), text: s(r.value), gas: r.gas };
  };
  const inner = (x: { json: any }) => JSON.parse(Buffer.from(x.json.ok.ok, 'base64').toString('utf8'));

  test('bank balance / all_balances / supply, gas = 100000 + 100 per response byte', () => {
    const querier = new MockQuerier({
      balances: { foobar: [{ denom: 'ELF', amount: '123' }, { denom: 'FLY', amount: '777' }], other: [{ denom: 'ELF', amount: '1' }] },
    });
    const r = q(querier, { bank: { balance: { address: 'foobar', denom: 'FLY' } } });
    expect(inner(r)).toEqual({ amount: { denom: 'FLY', amount: '777' } });
    expect(r.gas).toBe(100_000 + 100 * b(r.text).length);
    expect(r.text).toBe(`{"ok":{"ok":"${Buffer.from('{"amount":{"denom":"FLY","amount":"777"}}').toString('base64')}"}}`);
    expect(inner(q(querier, { bank: { balance: { address: 'foobar', denom: 'MISS' } } }))).toEqual({ amount: { denom: 'MISS', amount: '0' } });
    expect(inner(q(querier, { bank: { balance: { address: 'elsewhere', denom: 'ELF' } } }))).toEqual({ amount: { denom: 'ELF', amount: '0' } });
    expect(inner(q(querier, { bank: { all_balances: { address: 'foobar' } } }))).toEqual({
      amount: [{ denom: 'ELF', amount: '123' }, { denom: 'FLY', amount: '777' }],
    });
    expect(inner(q(querier, { bank: { all_balances: { address: 'nobody' } } }))).toEqual({ amount: [] });
    expect(inner(q(querier, { bank: { supply: { denom: 'ELF' } } }))).toEqual({ amount: { denom: 'ELF', amount: '124' } });
    querier.updateBalance('other', []);
    expect(inner(q(querier, { bank: { supply: { denom: 'ELF' } } }))).toEqual({ amount: { denom: 'ELF', amount: '123' } });
  });

  test('denom metadata and pagination', () => {
    const md = (i: number): DenomMetadata => ({
      description: 'Foo coin',
      denom_units: [{ denom: 'ufoo', exponent: 8, aliases: ['microfoo', 'foobar'] }],
      base: `ufoo${i}`,
      display: 'FOO',
      name: 'Foo',
      symbol: `FOO${i}`,
      uri: 'https://foo.bar',
      uri_hash: 'foo',
    });
    const querier = new MockQuerier({ denomMetadata: Array.from({ length: 98 }, (_, i) => md(i)) });
    expect(inner(q(querier, { bank: { denom_metadata: { denom: 'ufoo0' } } })).metadata.symbol).toBe('FOO0');
    expect(q(querier, { bank: { denom_metadata: { denom: 'nope' } } }).json).toEqual({ error: { unknown: {} } });
    let key: string | null = null;
    const seen: string[] = [];
    for (;;) {
      const page: any = inner(q(querier, { bank: { all_denom_metadata: { pagination: { key, limit: 10, reverse: false } } } }));
      seen.push(...page.metadata.map((m: DenomMetadata) => m.base));
      key = page.next_key;
      if (key === null || page.metadata.length < 10) break;
    }
    expect(seen.length).toBe(98);
    expect(new Set(seen).size).toBe(98);
    expect(seen.slice(0, 3)).toEqual(['ufoo0', 'ufoo1', 'ufoo10']); // byte order
    const all = inner(q(querier, { bank: { all_denom_metadata: { pagination: null } } }));
    expect(all.metadata.length).toBe(98);
    expect(all.next_key).toBeNull();
    const rev = inner(
      q(querier, { bank: { all_denom_metadata: { pagination: { key: Buffer.from('ufoo10').toString('base64'), limit: 2, reverse: true } } } }),
    );
    expect(rev.metadata.map((m: DenomMetadata) => m.base)).toEqual(['ufoo10', 'ufoo1']);
    expect(Buffer.from(rev.next_key, 'base64').toString()).toBe('ufoo0');
  });

  test('staking', () => {
    const v1 = { address: 'val1', commission: '0.05', max_commission: '0.1', max_change_rate: '0.01' };
    const d1 = {
      delegator: 'alice',
      validator: 'val1',
      amount: { denom: 'ustake', amount: '100' },
      can_redelegate: { denom: 'ustake', amount: '100' },
      accumulated_rewards: [{ denom: 'ustake', amount: '5' }],
    };
    const querier = new MockQuerier({ staking: { denom: 'ustake', validators: [v1], delegations: [d1] } });
    expect(inner(q(querier, { staking: { bonded_denom: {} } }))).toEqual({ denom: 'ustake' });
    expect(inner(q(querier, { staking: { all_validators: {} } }))).toEqual({ validators: [v1] });
    expect(inner(q(querier, { staking: { validator: { address: 'val1' } } }))).toEqual({ validator: v1 });
    expect(inner(q(querier, { staking: { validator: { address: 'nope' } } }))).toEqual({ validator: null });
    expect(inner(q(querier, { staking: { all_delegations: { delegator: 'alice' } } }))).toEqual({
      delegations: [{ delegator: 'alice', validator: 'val1', amount: { denom: 'ustake', amount: '100' } }],
    });
    expect(inner(q(querier, { staking: { delegation: { delegator: 'alice', validator: 'val1' } } }))).toEqual({ delegation: d1 });
    expect(inner(q(querier, { staking: { delegation: { delegator: 'bob', validator: 'val1' } } }))).toEqual({ delegation: null });
  });

  test('system errors: invalid request, unknown contract, unsupported', () => {
    const querier = new MockQuerier();
    const bad = q(querier, 'Not valid JSON for sure');
    expect(Object.keys(bad.json)).toEqual(['error']);
    expect(bad.json.error.invalid_request.request).toBe(Buffer.from('Not valid JSON for sure').toString('base64'));
    expect(typeof bad.json.error.invalid_request.error).toBe('string');
    expect(q(querier, { unknown_kind: {} }).json.error.invalid_request).toBeDefined();
    expect(q(querier, { bank: { balance: { address: 'x' } } }).json.error.invalid_request).toBeDefined();
    expect(q(querier, { wasm: { smart: { contract_addr: 'non-existent', msg: '' } } }).json).toEqual({
      error: { no_such_contract: { addr: 'non-existent' } },
    });
    expect(q(querier, { wasm: { raw: { contract_addr: 'x', key: '' } } }).json).toEqual({ error: { no_such_contract: { addr: 'x' } } });
    expect(q(querier, { wasm: { code_info: { code_id: 7 } } }).json).toEqual({ error: { no_such_code: { code_id: 7 } } });
    expect(q(querier, { custom: { ping: {} } }).json).toEqual({ error: { unsupported_request: { kind: 'custom' } } });
    expect(q(querier, { stargate: { path: '/x', data: '' } }).json).toEqual({ error: { unsupported_request: { kind: 'Stargate' } } });
    expect(q(querier, { grpc: { path: '/x', data: '' } }).json).toEqual({ error: { unsupported_request: { kind: 'GRPC' } } });
  });

  test('wasm smart/raw/contract_info through registered contracts and handlers; custom handler', () => {
    const querier = new MockQuerier();
    querier.registerContract('c1', {
      smart: (msg) => (s(msg) === '{"ping":{}}' ? { ok: { ok: b('"pong"') }, gas: 5 } : { ok: { error: 'bad msg' } }),
      raw: (key) => (s(key) === 'k' ? b('v') : null),
      info: { code_id: 1, creator: 'me', admin: null, pinned: false, ibc_port: null },
    });
    const ping = q(querier, { wasm: { smart: { contract_addr: 'c1', msg: Buffer.from('{"ping":{}}').toString('base64') } } });
    expect(inner(ping)).toBe('pong');
    expect(ping.gas).toBe(100_000 + 100 * b(ping.text).length + 5);
    expect(q(querier, { wasm: { smart: { contract_addr: 'c1', msg: 'e30=' } } }).json).toEqual({ ok: { error: 'bad msg' } });
    expect(q(querier, { wasm: { raw: { contract_addr: 'c1', key: 'aw==' } } }).json).toEqual({ ok: { ok: 'dg==' } });
    expect(q(querier, { wasm: { raw: { contract_addr: 'c1', key: 'eA==' } } }).json).toEqual({ ok: { ok: '' } });
    expect(inner(q(querier, { wasm: { contract_info: { contract_addr: 'c1' } } }))).toEqual({
      code_id: 1,
      creator: 'me',
      admin: null,
      pinned: false,
      ibc_port: null,
    });
    querier.setSmartHandler((addr) => ({ error: { no_such_contract: { addr: addr + '!' } } }));
    expect(q(querier, { wasm: { smart: { contract_addr: 'zz', msg: '' } } }).json).toEqual({ error: { no_such_contract: { addr: 'zz!' } } });
    querier.setCustomHandler((query) => ({ ok: { ok: b(JSON.stringify({ echo: query })) } }));
    expect(inner(q(querier, { custom: { ping: {} } }))).toEqual({ echo: { ping: {} } });
  });
});

describe('mockBackend / mockEnv / mockInfo', () => {
  test('mockEnv equals fixtures mock_env_cosmwasm_3 and serializes byte-identically', () => {
    expect(mockEnv()).toEqual(FIXTURES.mock_env_cosmwasm_3);
    expect(JSON.stringify(mockEnv())).toBe(FIXTURES.mock_env_json_exact_3);
    expect(mockEnv().contract.address).toBe(addrMake('cosmos2contract'));
    expect(mockEnv({ block: { height: 1 } }).block).toEqual({ height: 1, time: '1571797419879305533', chain_id: 'cosmos-testnet-14002' });
    expect(mockEnv({ transaction: null }).transaction).toBeNull();
  });

  test('mockInfo and mockBackend contract balance', () => {
    expect(mockInfo('a', [{ denom: 'earth', amount: '1000' }])).toEqual({ sender: 'a', funds: [{ denom: 'earth', amount: '1000' }] });
    const be = mockBackend({ contractBalance: [{ denom: 'earth', amount: '1000' }] });
    const r = be.querier.query(b(JSON.stringify({ bank: { balance: { address: MOCK_CONTRACT_ADDR, denom: 'earth' } } })), 1e9);
    const json = JSON.parse(s(r.value));
    expect(JSON.parse(Buffer.from(json.ok.ok, 'base64').toString())).toEqual({ amount: { denom: 'earth', amount: '1000' } });
  });
});
