/**
 * `meshwork tx` and `meshwork query` in-process against a real node (SQLite home, 200 ms blocks,
 * RPC on an ephemeral port): bank, staking, gov and wasm round trips with the devnet keys of
 * `meshwork init`, and the failure paths a user meets (a failing tx, an unknown key, no node).
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@cosmjs/crypto';
import { toBech32, toUtf8 } from '@cosmjs/encoding';
import { initHome, type InitResult } from '../node/home.js';
import { MeshworkNode } from '../node/node.js';
import { silentLogger } from '../node/log.js';
import type { CliIO } from './client.js';
import { runTx } from './tx.js';
import { runQuery } from './query.js';
import { formatBytes, Progress } from './progress.js';

const WASM_DIR = '/work/shared/testdata/cosmwasm';

interface Run {
  code: number;
  out: string;
  err: string;
}

function capture(): { io: CliIO; result: () => { out: string; err: string } } {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Promise.resolve(''), env: {} };
  return { io, result: () => ({ out, err }) };
}

/** The CLI's JSON output, read loosely by the assertions (its shape is what they check). */
type Json = any;

describe('meshwork tx / query against a running node', () => {
  let dir: string;
  let home: InitResult;
  let node: MeshworkNode;
  let url: string;
  let validator: string;
  let alice: string;
  let bob: string;
  let valoper: string;
  /** hackatom_1.0, stored by the wasm test. */
  let oldCode: string;

  const common = () => ['--home', dir, '--node', url];
  async function tx(...args: string[]): Promise<Run> {
    const c = capture();
    const code = await runTx([...args, ...common()], c.io);
    return { code, ...c.result() };
  }
  async function txJson(...args: string[]): Promise<Json> {
    const r = await tx(...args, '--output', 'json');
    if (r.code !== 0) throw new Error(`tx ${args.join(' ')} exited ${r.code}: ${r.err}`);
    return JSON.parse(r.out) as Json;
  }
  async function query(...args: string[]): Promise<Json> {
    const c = capture();
    const code = await runQuery([...args, ...common()], c.io);
    const { out, err } = c.result();
    if (code !== 0) throw new Error(`query ${args.join(' ')} exited ${code}: ${err}`);
    return JSON.parse(out) as Json;
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-cli-tx-'));
    home = await initHome({ home: dir, chainId: 'cli-tx-1', accounts: 3, config: { rpc: { laddr: '127.0.0.1:0' }, consensus: { block_time_ms: 200 } } });
    node = MeshworkNode.open({ home: dir, logger: silentLogger() });
    url = (await node.start()).url;
    [validator, alice, bob] = home.accounts.map((a) => a.address) as [string, string, string];
    const v = await query('staking', 'validators');
    valoper = v.validators[0].operator_address as string;
  });

  after(async () => {
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('bank send (sender named by key), balances change, query tx finds it', async () => {
    const before = await query('bank', 'balance', bob, 'stake');
    const r = await tx('bank', 'send', 'account1', bob, '12345stake');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^txhash: [0-9A-F]{64}\nheight: \d+\ngas_wanted: \d+\ngas_used: \d+\nevents:\n/);
    expect(r.out).toMatch(/ {2}transfer\n {4}recipient: mesh1\S+\n {4}sender: mesh1\S+\n {4}amount: 12345stake/);
    // Not a TTY: progress is plain lines on stderr.
    expect(r.err).toMatch(/simulating…\nbroadcast [0-9A-F]{8}…; waiting for inclusion…\nincluded in block \d+\n/);
    const after = await query('bank', 'balance', bob, 'stake');
    expect(BigInt(after.balance.amount) - BigInt(before.balance.amount)).toBe(12345n);
    const all = await query('bank', 'balances', 'account2');
    expect(all.balances).toEqual([{ denom: 'stake', amount: after.balance.amount }]);
    // As the SDK: a request without a limit reports the total count.
    expect(all.pagination.total).toBe('1');

    const j = await txJson('bank', 'send', validator, bob, '1stake', '--memo', 'hello', '--gas', '200000', '--fees', '5000stake', '--quiet');
    expect(j).toMatchObject({ code: 0, gas_wanted: '200000', txhash: expect.stringMatching(/^[0-9A-F]{64}$/) });
    const t = await query('tx', j.txhash as string);
    expect(t).toMatchObject({ txhash: j.txhash, height: j.height, code: 0 });
    expect(t.tx.body.memo).toBe('hello');
    expect(t.tx.body.messages[0]).toEqual({ '@type': '/cosmos.bank.v1beta1.MsgSend', from_address: validator, to_address: bob, amount: [{ denom: 'stake', amount: '1' }] });
    expect(t.tx.auth_info.fee.amount).toEqual([{ denom: 'stake', amount: '5000' }]);
  });

  test('staking delegate, query delegation; unbond / undelegate, query unbonding-delegation', async () => {
    await txJson('staking', 'delegate', valoper, '3000000stake', '--from', 'account1');
    const d = await query('staking', 'delegation', alice, valoper);
    expect(d.delegation_response.balance).toEqual({ denom: 'stake', amount: '3000000' });
    expect(d.delegation_response.delegation.shares).toBe('3000000.000000000000000000');
    await txJson('staking', 'unbond', valoper, '1000000stake', '--from', 'account1');
    await txJson('staking', 'undelegate', valoper, '500000stake', '--from', alice);
    const after = await query('staking', 'delegation', 'account1', valoper);
    expect(after.delegation_response.balance.amount).toBe('1500000');
    const u = await query('staking', 'unbonding-delegation', alice, valoper);
    expect(u.unbond.entries.map((e: Json) => e.balance)).toEqual(['1000000', '500000']);
    const v = await query('staking', 'validator', valoper);
    expect(v.validator.status).toBe('BOND_STATUS_BONDED');
  });

  test('gov: submit-proposal (a MsgSend from the gov account), deposit, vote; queries show them', async () => {
    const gov = toBech32('mesh', sha256(toUtf8('gov')).slice(0, 20));
    const file = join(dir, 'proposal.json');
    writeFileSync(file, JSON.stringify({
      messages: [{ '@type': '/cosmos.bank.v1beta1.MsgSend', from_address: gov, to_address: bob, amount: [{ denom: 'stake', amount: '10' }] }],
      metadata: 'ipfs://CID',
      deposit: '1000000stake',
      title: 'Pay bob',
      summary: 'Send 10stake from the community to bob',
      expedited: false,
    }));
    const sub = await txJson('gov', 'submit-proposal', file, '--from', 'validator');
    const id = sub.proposal_id as string;
    expect(id).toMatch(/^\d+$/);
    let p = (await query('gov', 'proposal', id)).proposal;
    expect(p.status).toBe('PROPOSAL_STATUS_DEPOSIT_PERIOD');
    expect(p.messages).toEqual([{ '@type': '/cosmos.bank.v1beta1.MsgSend', from_address: gov, to_address: bob, amount: [{ denom: 'stake', amount: '10' }] }]);
    expect(p.title).toBe('Pay bob');

    await txJson('gov', 'deposit', id, '10000000stake', '--from', 'account1');
    p = (await query('gov', 'proposal', id)).proposal;
    expect(p.status).toBe('PROPOSAL_STATUS_VOTING_PERIOD');
    expect(p.total_deposit).toEqual([{ denom: 'stake', amount: '11000000' }]);
    const deposits = await query('gov', 'deposits', id);
    expect(deposits.deposits.map((d: Json) => d.depositor).sort()).toEqual([alice, validator].sort());

    await txJson('gov', 'vote', id, 'yes', '--from', 'validator');
    const vote = await query('gov', 'vote', id, 'validator');
    expect(vote.vote.options).toEqual([{ option: 'VOTE_OPTION_YES', weight: '1.000000000000000000' }]);
    const tally = await query('gov', 'tally', id);
    expect(BigInt(tally.tally.yes_count)).toBeGreaterThan(0n);
    expect((await query('gov', 'proposals', '--status', 'voting_period')).proposals.map((x: Json) => x.id)).toContain(id);

    const bad = await tx('gov', 'vote', id, 'maybe', '--from', 'validator');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/vote option must be yes, no, abstain or no_with_veto/);
  });

  test('wasm: store (gzipped), instantiate, execute, query smart, migrate; contract and code info', async () => {
    const store = await tx('wasm', 'store', join(WASM_DIR, 'hackatom_1.0.wasm'), '--from', 'validator', '-o', 'json');
    expect(store.code).toBe(0);
    expect(store.err).toMatch(/^uploading hackatom_1\.0\.wasm \(206 KB, gzipped \d+ KB\)…\n/);
    oldCode = (JSON.parse(store.out) as Json).code_id as string;
    const next = await txJson('wasm', 'store', join(WASM_DIR, 'hackatom.wasm'), '--from', 'validator', '--quiet');
    expect(BigInt(next.code_id)).toBe(BigInt(oldCode) + 1n);
    expect(next.checksum).toMatch(/^[0-9a-f]{64}$/);
    const info = await query('wasm', 'code-info', next.code_id as string);
    expect(info).toMatchObject({ code_id: next.code_id, creator: validator, checksum: (next.checksum as string).toUpperCase() });

    const init = await tx('wasm', 'instantiate', oldCode, JSON.stringify({ verifier: validator, beneficiary: bob }), '--label', 'hackatom', '--admin', 'validator', '--amount', '1000stake', '--from', 'validator');
    expect(init.code).toBe(0);
    const contract = /contract_address: (mesh1\S+)/.exec(init.out)![1]!;
    expect(await query('wasm', 'contract-state', 'smart', contract, '{"verifier":{}}')).toEqual({ data: { verifier: validator } });
    expect((await query('bank', 'balance', contract, 'stake')).balance.amount).toBe('1000');

    const before = BigInt((await query('bank', 'balance', bob, 'stake')).balance.amount);
    const ex = await txJson('wasm', 'execute', contract, '{"release":{}}', '--from', 'validator');
    expect((ex.events as Json[]).some((e) => e.type === 'wasm' && e.attributes.some((a: Json) => a.key === 'action' && a.value === 'release'))).toBe(true);
    expect(BigInt((await query('bank', 'balance', bob, 'stake')).balance.amount)).toBe(before + 1000n);

    // hackatom's MigrateMsg is {"verifier"}; the old code has no migrate version, so migrate runs.
    await txJson('wasm', 'migrate', contract, next.code_id as string, JSON.stringify({ verifier: bob }), '--from', 'validator');
    expect(await query('wasm', 'contract-state', 'smart', contract, '{"verifier":{}}')).toEqual({ data: { verifier: bob } });
    const c = await query('wasm', 'contract', contract);
    expect(c.contract_info).toMatchObject({ code_id: next.code_id, admin: validator, label: 'hackatom', creator: validator });
    const history = await query('wasm', 'contract-history', contract);
    expect(history.entries.map((e: Json) => [e.operation, e.code_id])).toEqual([['CONTRACT_CODE_HISTORY_OPERATION_TYPE_INIT', oldCode], ['CONTRACT_CODE_HISTORY_OPERATION_TYPE_MIGRATE', next.code_id]]);

    const noAdmin = await tx('wasm', 'instantiate', oldCode, '{}', '--label', 'x', '--from', 'validator');
    expect(noAdmin.code).toBe(2);
    expect(noAdmin.err).toMatch(/pass --admin <address or key> .* or --no-admin/);
  });

  test('a failing tx exits 1 with code, codespace and raw log; simulation failures are reported too', async () => {
    const init = await txJson('wasm', 'instantiate', oldCode, JSON.stringify({ verifier: validator, beneficiary: bob }), '--label', 'h2', '--no-admin', '--from', 'validator', '--quiet');
    const contract = init.contract_address as string;
    // A fixed gas limit skips simulation: the tx is broadcast and fails in its block.
    const failed = await tx('wasm', 'execute', contract, '{"release":{}}', '--from', 'account2', '--gas', '400000', '--output', 'json');
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/the tx failed in block \d+\ntxhash: [0-9A-F]{64}\ncode: \d+\ncodespace: wasm\nraw_log: .*[Uu]nauthorized/);
    const j = JSON.parse(failed.out) as Json;
    expect(j.code).toBeGreaterThan(0);
    expect((await query('tx', j.txhash as string)).code).toBe(j.code);

    const sim = await tx('wasm', 'execute', contract, '{"release":{}}', '--from', 'account2');
    expect(sim.code).toBe(1);
    expect(sim.err).toMatch(/simulation failed; nothing was broadcast .*\ncode: \d+\ncodespace: wasm\nraw_log: /);
    // Below the node's minimum gas price: refused at CheckTx, never in a block.
    const cheap = await tx('bank', 'send', 'account2', 'account1', '1stake', '--gas', '100000', '--fees', '1stake');
    expect(cheap.code).toBe(1);
    expect(cheap.err).toMatch(/refused the tx at CheckTx; it was not included\ntxhash: [0-9A-F]{64}\ncode: 13\ncodespace: sdk\nraw_log: insufficient fees/);
    const poor = await tx('bank', 'send', 'account2', alice, '999999999999999stake');
    expect(poor.code).toBe(1);
    expect(poor.err).toMatch(/code: 5\ncodespace: sdk\nraw_log: .*insufficient funds/);
  });

  test('user errors: unknown --from key, unreachable node, wrong chain id, bad amounts, missing query', async () => {
    const unknown = await tx('bank', 'send', 'nobody', bob, '1stake');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no key named or with address "nobody" in .*keyring\.json; known keys: validator, account1, account2/);
    const noFrom = await tx('staking', 'delegate', valoper, '1stake');
    expect(noFrom.code).toBe(2);
    expect(noFrom.err).toMatch(/--from <key name or address> is required/);

    const c = capture();
    const down = await runTx(['bank', 'send', 'validator', bob, '1stake', '--home', dir, '--node', 'http://127.0.0.1:9'], c.io);
    expect(down).toBe(1);
    expect(c.result().err).toMatch(/cannot reach a node at http:\/\/127\.0\.0\.1:9 .*meshwork start/);
    const chain = await tx('bank', 'send', 'validator', bob, '1stake', '--chain-id', 'other-1');
    expect(chain.err).toMatch(/--chain-id other-1 does not match the node .* which runs cli-tx-1/);
    const amount = await tx('bank', 'send', 'validator', bob, '1.5stake');
    expect(amount.code).toBe(2);
    expect(amount.err).toMatch(/amount must be integer amounts with denoms/);
    const q = capture();
    expect(await runQuery(['gov', 'proposal', '99', '--node', url], q.io)).toBe(1);
    expect(q.result().err).toMatch(/query \/cosmos\.gov\.v1\.Query\/Proposal failed with code \d+ \(sdk\): .*proposal 99 doesn't exist/);
  });
});

describe('progress lines', () => {
  test('a TTY rewrites one line with \\r; elsewhere steps are plain lines and ticks are dropped; --quiet prints nothing', () => {
    const run = (isTTY: boolean, quiet = false): string => {
      let s = '';
      const p = new Progress({ write: (x: string) => (s += x), isTTY }, quiet);
      p.step('uploading a.wasm (180 KB, gzipped 60 KB)…');
      p.step('broadcast ABCD…; waiting for inclusion…');
      p.tick('broadcast ABCD…; waiting for inclusion… block 12');
      p.done('included in block 13');
      return s;
    };
    expect(run(true)).toBe('\ruploading a.wasm (180 KB, gzipped 60 KB)…\x1b[K\rbroadcast ABCD…; waiting for inclusion…\x1b[K\rbroadcast ABCD…; waiting for inclusion… block 12\x1b[K\rincluded in block 13\x1b[K\n');
    expect(run(false)).toBe('uploading a.wasm (180 KB, gzipped 60 KB)…\nbroadcast ABCD…; waiting for inclusion…\nincluded in block 13\n');
    expect(run(true, true)).toBe('');
    expect([formatBytes(900), formatBytes(184_000), formatBytes(3_500_000)]).toEqual(['900 B', '180 KB', '3.3 MB']);
  });
});
