/** CONFORMANCE.md §15 (cw-plus 1.0.1 contracts, cosmwasm-std 1.2.3): cw20_base, cw1_whitelist, cw3_fixed_multisig, cw4_group. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { addr, attrs, b64, contractError, CREATOR, Harness, mockEnv, mockInfo } from '../testkit/conformance-corpus.js';

const A = addr('alice');
const B = addr('bob');
const C = addr('carol');
const M = addr('minter');

describe('cw20_base.wasm', () => {
  const INIT = {
    name: 'Cash Token',
    symbol: 'CASH',
    decimals: 6,
    initial_balances: [{ address: A, amount: '1000' }],
    mint: { minter: M, cap: null },
    marketing: null,
  };

  function setup(): Harness {
    const h = new Harness('cw-plus/cw20_base');
    h.instantiate(mockInfo(CREATOR), INIT);
    return h;
  }

  test('instantiate -> token_info; cw2 contract_info stored', () => {
    const h = setup();
    expect(h.query({ token_info: {} })).toEqual({ name: 'Cash Token', symbol: 'CASH', decimals: 6, total_supply: '1000' });
    expect(JSON.parse(h.storageText('contract_info')!)).toEqual({ contract: 'crates.io:cw20-base', version: '1.0.1' });
    expect(h.query({ minter: {} })).toEqual({ minter: M, cap: null });
  });

  test('transfer 300, balances, all_accounts sorted; overflow; transfer 0 allowed', () => {
    const h = setup();
    const res = h.execute(mockInfo(A), { transfer: { recipient: B, amount: '300' } }).value;
    expect(res.attributes).toEqual([
      { key: 'action', value: 'transfer' },
      { key: 'from', value: A },
      { key: 'to', value: B },
      { key: 'amount', value: '300' },
    ]);
    expect(res.messages).toEqual([]);
    expect(h.query({ balance: { address: A } })).toEqual({ balance: '700' });
    expect(h.query({ balance: { address: B } })).toEqual({ balance: '300' });
    expect(h.query({ all_accounts: {} })).toEqual({ accounts: [A, B].sort() });
    expect(contractError(() => h.execute(mockInfo(A), { transfer: { recipient: B, amount: '3000' } }))).toBe(
      'Overflow: Cannot Sub with 700 and 3000',
    );
    h.execute(mockInfo(A), { transfer: { recipient: C, amount: '0' } });
    expect(h.query({ balance: { address: A } })).toEqual({ balance: '700' });
  });

  test('invalid symbol -> error', () => {
    const h = new Harness('cw-plus/cw20_base');
    expect(contractError(() => h.instantiate(mockInfo(CREATOR), { ...INIT, symbol: 'C' }))).toBe(
      'Generic error: Ticker symbol is not in expected format [a-zA-Z\\-]{3,12}',
    );
  });

  test('send -> wasm.execute receive to the contract (SubMsg without payload: std 1.x)', () => {
    const h = setup();
    const target = addr('receiver contract');
    const inner = b64('{"hello":{}}');
    const res = h.execute(mockInfo(A), { send: { contract: target, amount: '10', msg: inner } }).value;
    expect(res.messages).toHaveLength(1);
    const sub = res.messages[0]!;
    expect('payload' in sub).toBe(false);
    expect(sub.reply_on).toBe('never');
    const exec = (sub.msg as any).wasm.execute; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(exec.contract_addr).toBe(target);
    expect(exec.funds).toEqual([]);
    expect(JSON.parse(Buffer.from(exec.msg, 'base64').toString())).toEqual({ receive: { sender: A, amount: '10', msg: inner } });
  });

  test('mint by minter, allowances, burn', () => {
    const h = setup();
    h.execute(mockInfo(M), { mint: { recipient: B, amount: '50' } });
    expect(h.query({ token_info: {} }).total_supply).toBe('1050');
    h.execute(mockInfo(A), { increase_allowance: { spender: B, amount: '100', expires: null } });
    expect(h.query({ allowance: { owner: A, spender: B } })).toEqual({ allowance: '100', expires: { never: {} } });
    h.execute(mockInfo(B), { transfer_from: { owner: A, recipient: C, amount: '40' } });
    expect(h.query({ balance: { address: C } })).toEqual({ balance: '40' });
    expect(h.query({ allowance: { owner: A, spender: B } }).allowance).toBe('60');
    h.execute(mockInfo(A), { burn: { amount: '60' } });
    expect(h.query({ balance: { address: A } })).toEqual({ balance: '900' });
    expect(h.query({ token_info: {} }).total_supply).toBe('990');
  });
});

describe('cw1_whitelist.wasm', () => {
  test('admin executes msgs; non-admin unauthorized; admin_list', () => {
    const h = new Harness('cw-plus/cw1_whitelist');
    h.instantiate(mockInfo(CREATOR), { admins: [A], mutable: true });
    const msgs = [{ bank: { send: { to_address: B, amount: [{ denom: 'earth', amount: '1' }] } } }];
    const res = h.execute(mockInfo(A), { execute: { msgs } }).value;
    expect(res.messages.map((m) => m.msg)).toEqual(msgs);
    expect(res.messages.map((m) => m.id)).toEqual([0]);
    expect(res.attributes).toEqual([{ key: 'action', value: 'execute' }]);
    expect(contractError(() => h.execute(mockInfo(B), { execute: { msgs } }))).toBe('Unauthorized');
    expect(h.query({ admin_list: {} })).toEqual({ admins: [A], mutable: true });
    expect(h.query({ can_execute: { sender: A, msg: msgs[0] } })).toEqual({ can_execute: true });
    expect(h.query({ can_execute: { sender: B, msg: msgs[0] } })).toEqual({ can_execute: false });
  });
});

describe('cw3_fixed_multisig.wasm', () => {
  test('propose, vote to pass, execute', () => {
    const h = new Harness('cw-plus/cw3_fixed_multisig');
    h.instantiate(mockInfo(CREATOR), {
      voters: [
        { addr: A, weight: 1 },
        { addr: B, weight: 1 },
      ],
      threshold: { absolute_count: { weight: 2 } },
      max_voting_period: { time: 3600 },
    });
    const msgs = [{ bank: { send: { to_address: C, amount: [{ denom: 'earth', amount: '5' }] } } }];
    const prop = h.execute(mockInfo(A), { propose: { title: 'pay', description: 'pay carol', msgs, latest: null } }).value;
    expect(attrs(prop)).toEqual({ action: 'propose', sender: A, proposal_id: '1', status: 'Open' });
    const vote = h.execute(mockInfo(B), { vote: { proposal_id: 1, vote: 'yes' } }).value;
    expect(attrs(vote)).toMatchObject({ action: 'vote', sender: B, proposal_id: '1', status: 'Passed' });
    const p = h.query({ proposal: { proposal_id: 1 } });
    expect(p.status).toBe('passed');
    expect(p.expires).toEqual({ at_time: (BigInt(mockEnv().block.time) + 3600n * 1_000_000_000n).toString() });
    expect(p.threshold).toEqual({ absolute_count: { weight: 2, total_weight: 2 } });
    const exec = h.execute(mockInfo(C), { execute: { proposal_id: 1 } }).value;
    expect(exec.messages.map((m) => m.msg)).toEqual(msgs);
    expect(attrs(exec)).toEqual({ action: 'execute', sender: C, proposal_id: '1' });
    expect(h.query({ proposal: { proposal_id: 1 } }).status).toBe('executed');
    expect(h.query({ list_voters: {} }).voters).toEqual(
      [
        { addr: A, weight: 1 },
        { addr: B, weight: 1 },
      ].sort((x, y) => (x.addr < y.addr ? -1 : 1)),
    );
  });
});

describe('cw4_group.wasm', () => {
  test('total weight, sorted members, admin checks, snapshots at height', () => {
    const h = new Harness('cw-plus/cw4_group');
    h.instantiate(mockInfo(CREATOR), {
      admin: A,
      members: [
        { addr: B, weight: 11 },
        { addr: C, weight: 6 },
      ],
    });
    expect(h.query({ total_weight: { at_height: null } })).toEqual({ weight: 17 });
    expect(h.query({ list_members: {} }).members).toEqual(
      [
        { addr: B, weight: 11 },
        { addr: C, weight: 6 },
      ].sort((x, y) => (x.addr < y.addr ? -1 : 1)),
    );
    expect(h.query({ admin: {} })).toEqual({ admin: A });
    const D = addr('dave');
    expect(contractError(() => h.execute(mockInfo(B), { update_members: { remove: [], add: [{ addr: D, weight: 5 }] } }))).toBe(
      'Caller is not admin',
    );
    // next block: change weights
    const height = mockEnv().block.height;
    h.env = mockEnv({ block: { height: height + 1 } });
    h.execute(mockInfo(A), { update_members: { remove: [C], add: [{ addr: D, weight: 5 }, { addr: B, weight: 20 }] } });
    expect(h.query({ total_weight: { at_height: null } })).toEqual({ weight: 25 });
    expect(h.query({ member: { addr: B, at_height: null } })).toEqual({ weight: 20 });
    // snapshot: a query at height h sees the state at the start of block h
    expect(h.query({ member: { addr: B, at_height: height + 1 } })).toEqual({ weight: 11 });
    expect(h.query({ member: { addr: B, at_height: height + 2 } })).toEqual({ weight: 20 });
    expect(h.query({ member: { addr: D, at_height: height + 1 } })).toEqual({ weight: null });
    expect(h.query({ member: { addr: C, at_height: height + 1 } })).toEqual({ weight: 6 });
    expect(h.query({ member: { addr: C, at_height: null } })).toEqual({ weight: null });
  });
});
