/**
 * `meshwork trace <txhash>` against a spawned node (the built CLI, `npm run build:ts` first): a
 * three-level contract call whose innermost sub-message fails and whose outer one is answered by a
 * reply, and a failed tx, traced by hash by re-executing the node's stored chain; contracts' `debug`
 * output in the node's log at level debug.
 */
import { describe, test, after } from 'node:test';
import { expect } from 'expect';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { calculateFee, GasPrice } from '@cosmjs/stargate';
import { initHome, readKeyring } from '../node/home.js';
import { spawnNodeProcess, type NodeProcess } from '../node/spawn.js';
import { formatTxTrace, traceTx } from '../node/trace.js';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'meshwork.js');
const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64');
const wasmExec = (contract: string, msg: unknown) => ({ wasm: { execute: { contract_addr: contract, msg: b64(msg), funds: [] } } });

describe('meshwork trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meshwork-trace-'));
  let node: NodeProcess | undefined;
  after(() => {
    node?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('traces a committed tx by hash: the call tree with gas per frame, the failing frame, the reply; debug() reaches the node log', async () => {
    await initHome({ home: dir, chainId: 'trace-1', accounts: 2, config: { consensus: { block_time_ms: 150 }, rpc: { rate_limit: { requests_per_second: 0, burst: 1 } } } });
    const logs: Record<string, unknown>[] = [];
    node = spawnNodeProcess(BIN, dir, { logLevel: 'debug', onLog: (l) => logs.push(l) });
    const url = await node.url;
    const [account] = readKeyring(dir).slice(1);
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(account!.mnemonic, { prefix: 'mesh' });
    const gasPrice = GasPrice.fromString('0.0025stake');
    const client = await SigningCosmWasmClient.connectWithSigner(url, wallet, { gasPrice, broadcastPollIntervalMs: 100 });
    const me = account!.address;

    const { codeId } = await client.upload(me, loadTestdata('cosmwasm/reflect.wasm'), 'auto');
    const addrs: string[] = [];
    for (const label of ['outer', 'middle', 'inner']) addrs.push((await client.instantiate(me, codeId, {}, label, 'auto')).contractAddress);
    const [r1, r2, r3] = addrs;
    await client.execute(me, r2!, { change_owner: { owner: r1 } }, 'auto');
    const ok = await client.execute(me, r1!, { reflect_sub_msg: { msgs: [{ id: 7, msg: wasmExec(r2!, { reflect_msg: { msgs: [wasmExec(r3!, { change_owner: { owner: me } })] } }), gas_limit: null, reply_on: 'always' }] } }, 'auto');
    // a tx that fails in DeliverTx (CheckTx does not run contracts): the outer sub-message has reply_on success
    const failing = await client.signAndBroadcast(me, [{ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: { sender: me, contract: r1!, msg: new TextEncoder().encode(JSON.stringify({ reflect_sub_msg: { msgs: [{ id: 8, msg: wasmExec(r3!, { change_owner: { owner: me } }), gas_limit: null, reply_on: 'success' }] } })), funds: [] } }], calculateFee(800_000, gasPrice));
    expect(failing.code).not.toBe(0);
    // debug(): cyberpunk's 20 lines reach the node log
    const punkCode = (await client.upload(me, loadTestdata('cosmwasm/cyberpunk.wasm'), 'auto')).codeId;
    const punk = (await client.instantiate(me, punkCode, {}, 'punk', 'auto')).contractAddress;
    await client.execute(me, punk, { debug: {} }, 'auto');
    const debugLines = logs.filter((l) => l['msg'] === 'contract debug');
    expect(debugLines.map((l) => l['message'])).toContain("Hey, ho – let's go");
    expect(debugLines.filter((l) => l['contract'] === punk).length).toBeGreaterThanOrEqual(20);
    client.disconnect();

    // the CLI, next to the live node: the successful three-level call
    const cli = spawnSync(process.execPath, [BIN, 'trace', ok.transactionHash, '--home', dir], { encoding: 'utf8', timeout: 60_000 });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const text = cli.stdout;
    process.stdout.write(text);
    expect(text).toContain(`tx ${ok.transactionHash}`);
    expect(text).toContain(`height ${ok.height}`);
    expect(text).toMatch(/gas used \d+ of \d+, success/);
    expect(text).toMatch(/\[\d+\] execute outer#1 \(mesh1\w+…\w{4}\) \{"reflect_sub_msg"/);
    expect(text).toMatch(/\[\d+\] submsg #7 reply_on=always wasm\.execute → middle#1/);
    expect(text).toMatch(/\[\d+\] execute inner#1 .* from middle#1/);
    expect(text).toContain('← ERROR Permission denied: the sender is not the current owner');
    expect(text).toMatch(/\[\d+\] reply outer#1 .*\{"id":7/);
    expect(text).toMatch(/← failed \[\d+\], reply saw: submessages: Permission denied/);

    // the failed tx, in process: the error sits at the inner frame and the root, gas within the tx's
    const t = traceTx(dir, failing.transactionHash);
    expect(t.result.code).toBe(failing.code);
    const root = t.frames[0]!;
    expect(root).toMatchObject({ type: 'call', kind: 'execute', contract: r1 });
    expect(root.type === 'call' && root.error).toMatch(/Permission denied/);
    expect(root.type === 'call' && root.gasUsed).toBeLessThan(Number(failing.gasUsed));
    const failedText = formatTxTrace(t);
    expect(failedText).toMatch(/FAILED code 5 \(wasm\)/);
    expect(failedText).toMatch(/submsg #8 reply_on=success wasm\.execute → inner#1/);
    expect(failedText).not.toContain('reply outer#1');

    // bad input: one line, exit 1 / 2
    const unknown = spawnSync(process.execPath, [BIN, 'trace', '00'.repeat(32), '--home', dir], { encoding: 'utf8', timeout: 60_000 });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no tx 0{64} in .*block store/);
    expect(() => traceTx(dir, 'xyz')).toThrow(/tx hash must be 64 hex digits/);
  });
});
