/**
 * One cw20 suite, run twice: against our AssemblyScript cw20 (compiled from contracts/cw20) and
 * against the Rust cw20-base 1.0.1 binary (shared/testdata/cw-plus/cw20_base.wasm), both through
 * the runtime's Vm with the mock backend. Every case asserts the expected behaviour on each
 * implementation; the "differential" block then compares the two transcripts call by call
 * (responses, events, attributes, query answers, error texts) and the raw storage after each case.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContract, repoRoot } from '../../tools/compile.js';
import { Harness, addr, attrs, type Outcome, type TranscriptEntry } from './testkit.js';
import type { Response } from '../../../runtime/src/index.js';

const IMPLS = ['assemblyscript', 'rust'] as const;
type Impl = (typeof IMPLS)[number];

const wasm: Partial<Record<Impl, Uint8Array>> = {};
const transcripts: Record<Impl, Map<string, { calls: TranscriptEntry[]; storage: string[] }>> = {
  assemblyscript: new Map(),
  rust: new Map(),
};

before(async () => {
  wasm.assemblyscript = (await compileContract('contracts/cw20/assembly/contract.ts')).wasm;
  wasm.rust = new Uint8Array(readFileSync(join(repoRoot(), '..', 'shared', 'testdata', 'cw-plus', 'cw20_base.wasm')));
});

const A = addr('alice');
const B = addr('bob');
const C = addr('carol');
const MINTER = addr('minter');
const RECEIVER = addr('receiver-contract');

function b64(s: string | Uint8Array): string {
  return Buffer.from(s).toString('base64');
}
function unb64(s: string): string {
  return Buffer.from(s, 'base64').toString('utf8');
}

function instantiateMsg(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Cash Token',
    symbol: 'CASH',
    decimals: 6,
    initial_balances: [{ address: A, amount: '1000' }],
    mint: { minter: MINTER, cap: null },
    marketing: null,
    ...over,
  };
}

function setup(h: Harness, over: Record<string, unknown> = {}): void {
  const o = h.instantiate(A, instantiateMsg(over));
  expect(o).toEqual({ ok: { messages: [], attributes: [], events: [], data: null } });
}

function expectError(o: Outcome, text: string): void {
  expect(o).toEqual({ error: text });
}

interface Case {
  name: string;
  run: (h: Harness) => void;
}

const CASES: Case[] = [
  {
    name: 'instantiate, token_info, minter, cw2 contract_info',
    run: (h) => {
      setup(h);
      expect(h.q({ token_info: {} })).toEqual({ name: 'Cash Token', symbol: 'CASH', decimals: 6, total_supply: '1000' });
      expect(h.q({ minter: {} })).toEqual({ minter: MINTER, cap: null });
      expect(h.balance(A)).toBe('1000');
      expect(h.balance(B)).toBe('0');
      const info = h.backend.storage.get(new TextEncoder().encode('contract_info')).value;
      expect(JSON.parse(new TextDecoder().decode(info!))).toEqual({ contract: 'crates.io:cw20-base', version: '1.0.1' });
    },
  },
  {
    name: 'instantiate validation errors',
    run: (h) => {
      expectError(h.instantiate(A, instantiateMsg({ symbol: 'C' })), 'Generic error: Ticker symbol is not in expected format [a-zA-Z\\-]{3,12}');
      expectError(h.instantiate(A, instantiateMsg({ symbol: 'CA$H' })), 'Generic error: Ticker symbol is not in expected format [a-zA-Z\\-]{3,12}');
      expectError(h.instantiate(A, instantiateMsg({ name: 'Ca' })), 'Generic error: Name is not in the expected format (3-50 UTF-8 bytes)');
      expectError(h.instantiate(A, instantiateMsg({ decimals: 19 })), 'Generic error: Decimals must not exceed 18');
      expectError(h.instantiate(A, instantiateMsg({ decimals: 256 })), 'Error parsing into type cw20_base::msg::InstantiateMsg: Invalid number.');
      expectError(
        h.instantiate(A, instantiateMsg({ initial_balances: [{ address: A, amount: '1' }, { address: A, amount: '2' }] })),
        'Duplicate initial balance addresses',
      );
      expectError(h.instantiate(A, instantiateMsg({ mint: { minter: MINTER, cap: '999' } })), 'Generic error: Initial supply greater than cap');
      expectError(
        h.instantiate(A, instantiateMsg({ initial_balances: [{ address: 'not-an-address', amount: '1' }] })),
        'Generic error: addr_validate errored: Error decoding bech32',
      );
      expectError(h.instantiate(A, { name: 'Cash', symbol: 'CASH', decimals: 6 }), 'Error parsing into type cw20_base::msg::InstantiateMsg: missing field `initial_balances`');
      expectError(
        h.instantiate(A, instantiateMsg({ extra: 1 })),
        'Error parsing into type cw20_base::msg::InstantiateMsg: unknown field `extra`, expected one of `name`, `symbol`, `decimals`, `initial_balances`, `mint`, `marketing`',
      );
    },
  },
  {
    name: 'transfer: attributes, balances, overflow, zero amount',
    run: (h) => {
      setup(h);
      const res = h.ok(A, { transfer: { recipient: B, amount: '300' } });
      expect(attrs(res)).toEqual([
        ['action', 'transfer'],
        ['from', A],
        ['to', B],
        ['amount', '300'],
      ]);
      expect(res.messages).toEqual([]);
      expect(res.events).toEqual([]);
      expect(h.balance(A)).toBe('700');
      expect(h.balance(B)).toBe('300');
      expectError(h.execute(A, { transfer: { recipient: B, amount: '3000' } }), 'Overflow: Cannot Sub with 700 and 3000');
      // zero amounts are allowed since cw20-base 1.0 (as built); the sender's entry is still written
      const zero = h.ok(C, { transfer: { recipient: B, amount: '0' } });
      expect(attrs(zero)[3]).toEqual(['amount', '0']);
      expect(h.q({ all_accounts: {} })).toEqual({ accounts: [A, B, C].sort() });
      expectError(h.execute(A, { transfer: { recipient: 'cosmwasm1invalid', amount: '1' } }), 'Generic error: addr_validate errored: Error decoding bech32');
      expectError(
        h.execute(A, { transfer: { recipient: B.toUpperCase(), amount: '1' } }),
        'Generic error: addr_validate errored: Invalid input: address not normalized',
      );
      expect(h.q({ token_info: {} })).toMatchObject({ total_supply: '1000' });
    },
  },
  {
    name: 'burn and mint with cap',
    run: (h) => {
      setup(h, { mint: { minter: MINTER, cap: '1500' } });
      expect(attrs(h.ok(A, { burn: { amount: '100' } }))).toEqual([
        ['action', 'burn'],
        ['from', A],
        ['amount', '100'],
      ]);
      expectError(h.execute(A, { burn: { amount: '901' } }), 'Overflow: Cannot Sub with 900 and 901');
      expect(h.q({ token_info: {} })).toMatchObject({ total_supply: '900' });
      expectError(h.execute(A, { mint: { recipient: B, amount: '1' } }), 'Unauthorized');
      expect(attrs(h.ok(MINTER, { mint: { recipient: B, amount: '600' } }))).toEqual([
        ['action', 'mint'],
        ['to', B],
        ['amount', '600'],
      ]);
      expectError(h.execute(MINTER, { mint: { recipient: B, amount: '1' } }), 'Minting cannot exceed the cap');
      h.ok(MINTER, { mint: { recipient: B, amount: '0' } });
      expect(h.balance(B)).toBe('600');
      expect(h.q({ minter: {} })).toEqual({ minter: MINTER, cap: '1500' });
      // hand over minting, then drop it
      expect(attrs(h.ok(MINTER, { update_minter: { new_minter: C } }))).toEqual([
        ['action', 'update_minter'],
        ['new_minter', C],
      ]);
      expectError(h.execute(MINTER, { mint: { recipient: B, amount: '1' } }), 'Unauthorized');
      expect(attrs(h.ok(C, { update_minter: { new_minter: null } }))).toEqual([
        ['action', 'update_minter'],
        ['new_minter', 'None'],
      ]);
      expect(h.q({ minter: {} })).toBeNull();
      expectError(h.execute(C, { mint: { recipient: B, amount: '1' } }), 'Unauthorized');
      expectError(h.execute(C, { update_minter: { new_minter: A } }), 'Unauthorized');
    },
  },
  {
    name: 'mint overflow panics (u128 max)',
    run: (h) => {
      setup(h, { initial_balances: [{ address: A, amount: '340282366920938463463374607431768211455' }] });
      const o = h.execute(MINTER, { mint: { recipient: B, amount: '1' } });
      expect('vmError' in o && o.kind).toBe('runtime');
      if ('vmError' in o) expect(o.vmError).toContain('attempt to add with overflow');
    },
  },
  {
    name: 'send: receive hook sub-message (a failing hook rolls back the whole send)',
    run: (h) => {
      setup(h);
      const inner = b64(JSON.stringify({ fail_please: {} }));
      const res = h.ok(A, { send: { contract: RECEIVER, amount: '250', msg: inner } });
      expect(attrs(res)).toEqual([
        ['action', 'send'],
        ['from', A],
        ['to', RECEIVER],
        ['amount', '250'],
      ]);
      expect(res.messages).toHaveLength(1);
      const sub = res.messages[0]!;
      // reply_on "never": if the receiver's hook fails, the chain fails the whole send and rolls back
      expect(sub).toEqual({
        id: 0,
        msg: { wasm: { execute: { contract_addr: RECEIVER, msg: expect.any(String), funds: [] } } },
        gas_limit: null,
        reply_on: 'never',
      });
      const wasmMsg = (sub.msg as { wasm: { execute: { msg: string } } }).wasm.execute.msg;
      expect(JSON.parse(unb64(wasmMsg))).toEqual({ receive: { sender: A, amount: '250', msg: inner } });
      expect(h.balance(RECEIVER)).toBe('250');
      expect(h.balance(A)).toBe('750');
      // un-padded base64 is accepted and re-encoded with padding
      const res2 = h.ok(A, { send: { contract: RECEIVER, amount: '1', msg: 'e30' } });
      const m2 = (res2.messages[0]!.msg as { wasm: { execute: { msg: string } } }).wasm.execute.msg;
      expect(JSON.parse(unb64(m2))).toEqual({ receive: { sender: A, amount: '1', msg: 'e30=' } });
      expectError(h.execute(A, { send: { contract: RECEIVER, amount: '1', msg: 'e31' } }), 'Error parsing into type cw20::msg::Cw20ExecuteMsg: invalid base64: e31');
      expectError(h.execute(A, { send: { contract: RECEIVER, amount: '10000', msg: '' } }), 'Overflow: Cannot Sub with 749 and 10000');
    },
  },
  {
    name: 'allowances: expirations, transfer_from, send_from, burn_from',
    run: (h) => {
      setup(h);
      expectError(h.execute(A, { increase_allowance: { spender: A, amount: '5' } }), 'Cannot set to own account');
      expectError(h.execute(A, { increase_allowance: { spender: B, amount: '5', expires: { at_height: 100 } } }), 'Invalid expiration value');
      expect(attrs(h.ok(A, { increase_allowance: { spender: B, amount: '100', expires: { at_height: 20000 } } }))).toEqual([
        ['action', 'increase_allowance'],
        ['owner', A],
        ['spender', B],
        ['amount', '100'],
      ]);
      h.ok(A, { increase_allowance: { spender: C, amount: '50', expires: { at_time: '1571797419879400000' } } });
      h.ok(A, { increase_allowance: { spender: MINTER, amount: '7', expires: { never: {} } } });
      expect(h.q({ allowance: { owner: A, spender: B } })).toEqual({ allowance: '100', expires: { at_height: 20000 } });
      expect(h.q({ allowance: { owner: B, spender: A } })).toEqual({ allowance: '0', expires: { never: {} } });

      expectError(h.execute(addr('stranger'), { transfer_from: { owner: A, recipient: C, amount: '1' } }), 'No allowance for this account');
      expect(attrs(h.ok(B, { transfer_from: { owner: A, recipient: C, amount: '30' } }))).toEqual([
        ['action', 'transfer_from'],
        ['from', A],
        ['to', C],
        ['by', B],
        ['amount', '30'],
      ]);
      expectError(h.execute(B, { transfer_from: { owner: A, recipient: C, amount: '71' } }), 'Overflow: Cannot Sub with 70 and 71');
      const sf = h.ok(B, { send_from: { owner: A, contract: RECEIVER, amount: '10', msg: b64('{}') } });
      expect(attrs(sf)).toEqual([
        ['action', 'send_from'],
        ['from', A],
        ['to', RECEIVER],
        ['by', B],
        ['amount', '10'],
      ]);
      expect(JSON.parse(unb64((sf.messages[0]!.msg as { wasm: { execute: { msg: string } } }).wasm.execute.msg))).toEqual({
        receive: { sender: B, amount: '10', msg: b64('{}') },
      });
      expect(attrs(h.ok(B, { burn_from: { owner: A, amount: '5' } }))).toEqual([
        ['action', 'burn_from'],
        ['from', A],
        ['by', B],
        ['amount', '5'],
      ]);
      expect(h.q({ allowance: { owner: A, spender: B } })).toEqual({ allowance: '55', expires: { at_height: 20000 } });
      expect(h.q({ token_info: {} })).toMatchObject({ total_supply: '995' });

      // decrease: partially, with a new expiration, then to zero (removes the entry)
      h.ok(A, { decrease_allowance: { spender: B, amount: '5', expires: { at_height: 30000 } } });
      expect(h.q({ allowance: { owner: A, spender: B } })).toEqual({ allowance: '50', expires: { at_height: 30000 } });
      expectError(h.execute(A, { decrease_allowance: { spender: B, amount: '1', expires: { at_height: 1 } } }), 'Invalid expiration value');
      h.ok(A, { decrease_allowance: { spender: MINTER, amount: '1000' } });
      expect(h.q({ allowance: { owner: A, spender: MINTER } })).toEqual({ allowance: '0', expires: { never: {} } });
      expectError(h.execute(A, { decrease_allowance: { spender: addr('nobody'), amount: '1' } }), 'cw20::query::AllowanceResponse not found');

      // expired allowances
      h.setBlock(30000);
      expectError(h.execute(B, { transfer_from: { owner: A, recipient: C, amount: '1' } }), 'Allowance is expired');
      h.setBlock(12345, '1571797419879400000');
      expectError(h.execute(C, { burn_from: { owner: A, amount: '1' } }), 'Allowance is expired');
      h.setBlock(12345, '1571797419879399999');
      h.ok(C, { burn_from: { owner: A, amount: '1' } });
    },
  },
  {
    name: 'paging: all_accounts, all_allowances, all_spender_allowances',
    run: (h) => {
      setup(h);
      const holders: string[] = [];
      for (let i = 0; i < 35; i++) {
        const a = addr(`holder-${i}`);
        holders.push(a);
        h.ok(A, { transfer: { recipient: a, amount: String(i + 1) } });
      }
      const all = [A, ...holders].sort();
      expect(h.q({ all_accounts: {} })).toEqual({ accounts: all.slice(0, 10) });
      expect(h.q({ all_accounts: { limit: 100 } })).toEqual({ accounts: all.slice(0, 30) });
      expect(h.q({ all_accounts: { limit: 0 } })).toEqual({ accounts: [] });
      expect(h.q({ all_accounts: { start_after: all[29], limit: 30 } })).toEqual({ accounts: all.slice(30) });
      expect(h.q({ all_accounts: { start_after: all[3], limit: 2 } })).toEqual({ accounts: all.slice(4, 6) });
      expect(h.q({ all_accounts: { start_after: 'zzz' } })).toEqual({ accounts: [] });
      expect(h.q({ all_accounts: { start_after: '' } })).toEqual({ accounts: all.slice(0, 10) });

      const spenders: string[] = [];
      for (let i = 0; i < 12; i++) {
        const s = addr(`spender-${i}`);
        spenders.push(s);
        h.ok(A, { increase_allowance: { spender: s, amount: String(100 + i) } });
      }
      h.ok(holders[0]!, { increase_allowance: { spender: spenders[0]!, amount: '1', expires: { at_height: 99999 } } });
      const sorted = [...spenders].sort();
      const page1 = h.q<{ allowances: { spender: string }[] }>({ all_allowances: { owner: A } });
      expect(page1.allowances.map((x) => x.spender)).toEqual(sorted.slice(0, 10));
      const page2 = h.q<{ allowances: { spender: string }[] }>({ all_allowances: { owner: A, start_after: sorted[9] } });
      expect(page2.allowances.map((x) => x.spender)).toEqual(sorted.slice(10));
      expect(h.q({ all_allowances: { owner: B } })).toEqual({ allowances: [] });
      const bySpender = h.q<{ allowances: { owner: string; allowance: string }[] }>({ all_spender_allowances: { spender: spenders[0]! } });
      expect(bySpender.allowances.map((x) => x.owner)).toEqual([A, holders[0]!].sort());
      expect(h.q({ all_spender_allowances: { spender: spenders[0]!, start_after: [A, holders[0]!].sort()[0], limit: 1 } })).toMatchObject({
        allowances: [{ owner: [A, holders[0]!].sort()[1] }],
      });
    },
  },
  {
    name: 'marketing and logo',
    run: (h) => {
      setup(h, { marketing: { project: 'https://cash.example', description: 'Cash', marketing: A, logo: { url: 'https://cash.example/logo.png' } } });
      expect(h.q({ marketing_info: {} })).toEqual({
        project: 'https://cash.example',
        description: 'Cash',
        logo: { url: 'https://cash.example/logo.png' },
        marketing: A,
      });
      expectError(h.query({ download_logo: {} }), 'logo not found');
      expectError(h.execute(B, { update_marketing: { project: 'x' } }), 'Unauthorized');
      expect(attrs(h.ok(A, { update_marketing: { project: 'p2', description: ' ', marketing: null } }))).toEqual([['action', 'update_marketing']]);
      expect(h.q({ marketing_info: {} })).toMatchObject({ project: 'p2', description: null, marketing: A });

      const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>';
      expect(attrs(h.ok(A, { upload_logo: { embedded: { svg: b64(svg) } } }))).toEqual([['action', 'upload_logo']]);
      expect(h.q({ marketing_info: {} })).toMatchObject({ logo: 'embedded' });
      expect(h.q({ download_logo: {} })).toEqual({ mime_type: 'image/svg+xml', data: b64(svg) });
      expectError(h.execute(A, { upload_logo: { embedded: { svg: b64('<svg/>') } } }), 'Invalid xml preamble for SVG');
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
      h.ok(A, { upload_logo: { embedded: { png: b64(png) } } });
      expect(h.q({ download_logo: {} })).toEqual({ mime_type: 'image/png', data: b64(png) });
      expectError(h.execute(A, { upload_logo: { embedded: { png: b64(new Uint8Array(10)) } } }), 'Invalid png header');
      expectError(h.execute(A, { upload_logo: { embedded: { png: b64(new Uint8Array(5121)) } } }), 'Logo binary data exceeds 5KB limit');
      expectError(h.execute(B, { upload_logo: { url: 'x' } }), 'Unauthorized');
      // clearing everything but the logo keeps the record
      h.ok(A, { update_marketing: { project: '', description: '', marketing: '' } });
      expect(h.q({ marketing_info: {} })).toEqual({ project: null, description: null, logo: 'embedded', marketing: null });
      expectError(h.execute(A, { update_marketing: { project: 'x' } }), 'Unauthorized');
    },
  },
  {
    name: 'no marketing info: defaults and Unauthorized',
    run: (h) => {
      setup(h);
      expect(h.q({ marketing_info: {} })).toEqual({ project: null, description: null, logo: null, marketing: null });
      expectError(h.query({ download_logo: {} }), 'cw20::logo::Logo not found');
      expectError(h.execute(A, { update_marketing: {} }), 'Unauthorized');
      expectError(h.execute(A, { upload_logo: { url: 'x' } }), 'Unauthorized');
    },
  },
  {
    name: 'hostile and malformed messages',
    run: (h) => {
      setup(h);
      const E = 'Error parsing into type cw20::msg::Cw20ExecuteMsg: ';
      const Q = 'Error parsing into type cw20_base::msg::QueryMsg: ';
      const cases: [string | Uint8Array, string][] = [
        ['', E + 'EOF while parsing a JSON value.'],
        ['{"foo":{}}', E + 'unknown variant `foo`, expected one of `transfer`, `burn`, `send`, `increase_allowance`, `decrease_allowance`, `transfer_from`, `send_from`, `burn_from`, `mint`, `update_minter`, `update_marketing`, `upload_logo`'],
        [`{"transfer":{"recipient":"${B}","amount":"1","x":1}}`, E + 'unknown field `x`, expected `recipient` or `amount`'],
        [`{"transfer":{"recipient":"${B}"}}`, E + 'missing field `amount`'],
        [`{"transfer":{"recipient":"${B}","amount":"1","amount":"2"}}`, E + 'duplicate field `amount`'],
        [`{"transfer":{"recipient":"${B}","amount":5}}`, E + 'Invalid type'],
        [`{"transfer":{"recipient":"${B}","amount":"5x"}}`, E + "invalid Uint128 '5x' - invalid digit found in string"],
        [`{"transfer":{"recipient":"${B}","amount":"-5"}}`, E + "invalid Uint128 '-5' - invalid digit found in string"],
        [`{"transfer":{"recipient":"${B}","amount":"340282366920938463463374607431768211456"}}`, E + "invalid Uint128 '340282366920938463463374607431768211456' - number too large to fit in target type"],
        [`{"transfer":{"recipient":"${B}","amount":""}}`, E + "invalid Uint128 '' - cannot parse integer from empty string"],
        [`{"transfer":{"recipient":"${B}","amount":"1"}} x`, E + 'JSON has non-whitespace trailing characters after the value.'],
        [`{"transfer":{"recipient":"${B}","amount":"1"},"burn":{"amount":"1"}}`, E + 'Expected this character to start a JSON value.'],
        ['[1]', E + 'Expected to parse either a `true`, `false`, or a `null`.'],
        ['"transfer"', E + 'Invalid type'],
        ['{}', E + 'Invalid type'],
        ['{"burn":{"amount":"1",}}', E + 'JSON has a comma after the last value in an array or map.'],
        ['{"burn":{"amount":"1"', E + 'EOF while parsing an object.'],
        ['{"burn":{"amount" "1"}}', E + 'Expected this character to be a `\':\'`.'],
        ['{"burn":{5:"1"}}', E + 'Object key is not a string.'],
        ['{"burn":{"amount":"\\ud800"}}', E + 'Found a lone surrogate, which can exist in JSON but cannot be encoded to UTF-8.'],
        ['{"burn":{"amount":"\\x"}}', E + 'Invalid escape sequence.'],
        [new Uint8Array([...Buffer.from('{"burn":{"amount":"'), 0xff, ...Buffer.from('"}}')]), E + 'Invalid unicode code point.'],
        ['{"burn":{"amount":"1"}}'.padStart(10000, ' '), ''],
        ['['.repeat(5000) + ']'.repeat(5000), E + 'Expected to parse either a `true`, `false`, or a `null`.'],
        [`{"increase_allowance":{"spender":"${B}","amount":"1","expires":{"sometime":{}}}}`, E + 'unknown variant `sometime`, expected one of `at_height`, `at_time`, `never`'],
        [`{"increase_allowance":{"spender":"${B}","amount":"1","expires":{"never":{"a":1}}}}`, E + 'unknown field `a`, there are no fields'],
        [`{"increase_allowance":{"spender":"${B}","amount":"1","expires":{"at_time":"5x"}}}`, E + "invalid Uint64 '5x' - invalid digit found in string"],
        [`{"increase_allowance":{"spender":"${B}","amount":"1","expires":{"at_height":18446744073709551616}}}`, E + 'Invalid number.'],
      ];
      for (const [msg, error] of cases) {
        const o = h.execute(A, msg);
        if (error === '') expect(o).toHaveProperty('ok');
        else expectError(o, error);
      }
      expectError(h.query('{"all_accounts":{"limit":-1}}'), Q + 'Invalid number.');
      expectError(h.query('{"all_accounts":{"limit":4294967296}}'), Q + 'Invalid number.');
      expectError(h.query('{"all_accounts":{"limit":1.5}}'), Q + "Expected this character to be either a `','` or a `'}'`.");
      expectError(h.query('{"token_info":{"a":1}}'), Q + 'unknown field `a`, there are no fields');
      expect(h.balance(A)).toBe('999');
    },
  },
  {
    name: 'migrate from the same version is a no-op',
    run: (h) => {
      setup(h);
      expect(h.migrate({})).toEqual({ ok: { messages: [], attributes: [], events: [], data: null } });
      expect(h.balance(A)).toBe('1000');
    },
  },
];

for (const impl of IMPLS) {
  describe(`cw20 on ${impl}`, () => {
    for (const c of CASES) {
      test(c.name, () => {
        const h = new Harness(wasm[impl]!);
        c.run(h);
        transcripts[impl].set(c.name, { calls: h.transcript, storage: h.storageDump() });
      });
    }
  });
}

/** VM failures carry implementation-specific panic locations: compare their kind only. */
function comparable(o: Outcome): Outcome {
  return 'vmError' in o ? { vmError: '', kind: o.kind } : o;
}

describe('differential: AssemblyScript cw20 vs Rust cw20-base', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const ours = transcripts.assemblyscript.get(c.name);
      const theirs = transcripts.rust.get(c.name);
      expect(ours).toBeDefined();
      expect(theirs).toBeDefined();
      expect(ours!.calls.map((e) => e.label)).toEqual(theirs!.calls.map((e) => e.label));
      for (let i = 0; i < theirs!.calls.length; i++) {
        expect({ call: i, outcome: comparable(ours!.calls[i]!.outcome) }).toEqual({ call: i, outcome: comparable(theirs!.calls[i]!.outcome) });
      }
      expect(ours!.storage).toEqual(theirs!.storage);
    });
  }

  test('gas: AssemblyScript cw20 vs Rust cw20-base (informational)', () => {
    const sum = (impl: Impl): number => [...transcripts[impl].values()].reduce((s, t) => s + t.calls.reduce((a, e) => a + e.gasUsed, 0), 0);
    const ours = sum('assemblyscript');
    const theirs = sum('rust');
    expect(ours).toBeGreaterThan(0);
    expect(theirs).toBeGreaterThan(0);
    process.stdout.write(`cw20 total gas over the suite: assemblyscript ${ours}, rust ${theirs} (${((100 * ours) / theirs).toFixed(1)}%)\n`);
  });
});

export type { Response };
