/**
 * The gas report (`MESHWORK_GAS_REPORT`, forge's `--gas-report`): its numbers are the gas each call
 * reported, per contract and message, and a process with the variable set prints the table at exit.
 */
import { describe, test } from 'node:test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'expect';
import { GasReport, TestChain } from '../../multitest/chain.js';
import { emitGasReport, processGasReport } from '../../multitest/gas-report.js';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';

describe('gas report', () => {
  test('min / median / max per contract and message are those of the calls the test made', () => {
    const report = new GasReport();
    const chain = TestChain.create({ gasReport: report });
    const owner = chain.addr('owner');
    const code = chain.storeCode(owner, loadTestdata('cw-plus/cw20_base.wasm'));
    const holders = ['a', 'b', 'c', 'd', 'e'].map((l) => chain.addr(l));
    const inst = chain.instantiate(code, owner, { name: 'Cash', symbol: 'CASH', decimals: 6, initial_balances: [{ address: owner, amount: '1000000' }], mint: { minter: owner } }, { label: 'cash' });
    const transfers: number[] = [];
    // first transfers to new holders write a new balance key; repeats overwrite one: different gas
    for (const to of [...holders, holders[0]!, holders[1]!]) transfers.push(chain.execute(owner, inst.address, { transfer: { recipient: to, amount: '10' } }).gasUsed);
    const mints = [chain.execute(owner, inst.address, { mint: { recipient: holders[2]!, amount: '5' } }).gasUsed];
    expect(() => chain.execute(holders[4]!, inst.address, { transfer: { recipient: owner, amount: '999' } })).toThrow(/Overflow|Cannot Sub|insufficient/i);
    chain.query(inst.address, { balance: { address: owner } });

    const rows = report.rows();
    const row = (message: string) => rows.find((r) => r.contract === 'cash#1' && r.message === message);
    const sorted = [...transfers].sort((a, b) => a - b);
    // the failed transfer counts too (forge counts reverted calls): its gas is the trace's
    const t = row('transfer')!;
    expect(t.calls).toBe(transfers.length + 1);
    expect(new Set(transfers).size).toBeGreaterThan(1);
    expect(t.max).toBeGreaterThanOrEqual(sorted[sorted.length - 1]!);
    const withoutFailed = new GasReport();
    for (const g of transfers) withoutFailed.record('x', 'transfer', g);
    const w = withoutFailed.rows()[0]!;
    expect([w.min, w.median, w.max]).toEqual([sorted[0], sorted[Math.floor((sorted.length - 1) / 2)], sorted[sorted.length - 1]]);
    expect(t.min).toBe(Math.min(sorted[0]!, t.min));
    expect(row('mint')).toMatchObject({ calls: 1, min: mints[0], median: mints[0], max: mints[0] });
    expect(row('instantiate')).toMatchObject({ calls: 1, min: inst.gasUsed });
    expect(row('query balance')?.calls).toBe(1);

    const table = report.format();
    process.stdout.write(`${table}\n`);
    expect(table).toContain('| cash#1');
    expect(table).toMatch(new RegExp(`\\| mint +\\| +1 \\| +${mints[0]} \\| +${mints[0]} \\| +${mints[0]} \\| +${mints[0]} \\|`));
  });

  test("against the gas per tx: a MsgExecuteContract's recorded gas is the message's gas, a signed tx's adds only the ante", async () => {
    const report = new GasReport();
    const chain = TestChain.create({ gasReport: report, keyedAddresses: true, genesis: (g) => g.fund(g.addr('owner'), 10_000_000n) });
    const owner = chain.addr('owner');
    const code = chain.storeCode(owner, loadTestdata('cw-plus/cw20_base.wasm'));
    const token = chain.instantiate(code, owner, { name: 'Cash', symbol: 'CASH', decimals: 6, initial_balances: [{ address: owner, amount: '1000' }], mint: null }, { label: 'cash' }).address;
    const execMsg = (amount: string) => ({ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: { sender: owner, contract: token, msg: new TextEncoder().encode(JSON.stringify({ transfer: { recipient: chain.addr('bob'), amount } })), funds: [] } });
    // as messages (no ante): the report's numbers are exactly the gas each message reported
    const asMsgs = ['1', '2', '3'].map((a) => chain.executeAs(owner, [execMsg(a)]).gasUsed);
    const row = () => report.rows().find((r) => r.message === 'transfer')!;
    const s = [...asMsgs].sort((a, b) => a - b);
    expect(row()).toMatchObject({ calls: 3, min: s[0], median: s[1], max: s[2] });
    // as a signed tx: recorded once, with less gas than the tx used (the ante's signature and size gas come on top)
    const tx = await chain.deliverTx(await chain.signer('owner'), [execMsg('4')], { fee: 0n, gas: 400_000 });
    expect(tx.code).toBe(0);
    expect(row().calls).toBe(4);
    const recorded = report.samplesOf('cash#1', 'transfer').at(-1)!;
    expect(recorded).toBeLessThan(Number(tx.gasUsed));
    expect(recorded).toBeGreaterThan(s[0]! - 100);
  });

  test('MESHWORK_GAS_REPORT: one process-wide report every chain records into, printed (or written to a file) at exit', () => {
    const saved = process.env['MESHWORK_GAS_REPORT'];
    process.env['MESHWORK_GAS_REPORT'] = '1';
    try {
      const shared = processGasReport()!;
      expect(shared).toBeDefined();
      expect(processGasReport()).toBe(shared);
      const c = TestChain.create({ trace: false });
      expect(c.gasReport).toBe(shared);
      const me = c.addr('me');
      const r = c.instantiate(c.storeCode(me, loadTestdata('cosmwasm/reflect.wasm')), me, {}, { label: 'refl' }).address;
      c.execute(me, r, { change_owner: { owner: c.addr('x') } });
      c.execute(c.addr('x'), r, { change_owner: { owner: me } });
      let printed = '';
      emitGasReport(shared, '1', (s) => (printed += s));
      expect(printed).toContain('Gas report');
      expect(printed).toMatch(/\| change_owner +\| +2 \|/);
      const file = join(mkdtempSync(join(tmpdir(), 'gas-report-')), 'gas.txt');
      emitGasReport(shared, file, () => undefined);
      expect(readFileSync(file, 'utf8')).toContain('| refl#1');
      expect(JSON.parse(readFileSync(`${file}.json`, 'utf8'))).toContainEqual(expect.objectContaining({ contract: 'refl#1', message: 'change_owner', calls: 2 }));
    } finally {
      if (saved === undefined) delete process.env['MESHWORK_GAS_REPORT'];
      else process.env['MESHWORK_GAS_REPORT'] = saved;
    }
  });
});
