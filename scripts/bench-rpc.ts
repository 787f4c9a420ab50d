/**
 * RPC figures for `npm run bench`: a real node (`bin/meshwork.js start`, its own process, SQLite
 * home, 1 s blocks) and this process as its client over HTTP on loopback.
 *
 * - broadcast_tx_sync: pre-signed bank sends (signing is not measured), one worker per sender so
 *   each sender's sequences arrive in order, 16 workers in flight; each tx passes CheckTx (decode,
 *   signature, fee, sequence) before the reply. Median txs/s over batches, and the per-request
 *   latency median and p99 over all of them.
 * - abci_query: sequential `/cosmos.bank.v1beta1.Query/Balance` and `/cosmos.auth.v1beta1.Query/Account`
 *   requests against committed state; latency median and p99, on an idle node and while the
 *   broadcast stream above and its blocks run.
 */
import http from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryBalanceRequest } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { initHome } from '../app/node/home.js';
import { spawnNodeProcess } from '../app/node/spawn.js';
import type { Report } from './bench-chain.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SENDERS = 16;
const TXS_PER_SENDER_PER_BATCH = 20;
const BATCHES = 5;
const QUERIES = 2000;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/**
 * JSON-RPC over node:http with a keep-alive agent: on this machine global fetch costs the client
 * about three times the CPU per request, which would make the bench measure the client.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * A request sent on a kept-alive connection just as the server closes it for idleness (5 s; the
 * bench idles that long while it signs, more so on a loaded machine) fails with ECONNRESET before
 * the server has read it: sent again once on a new connection, as Node's documentation advises.
 */
async function rpc(url: string, method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
  try {
    return await rpcOnce(url, method, params);
  } catch (e) {
    if ((e as { reusedSocketReset?: boolean }).reusedSocketReset !== true) throw e;
    return rpcOnce(url, method, params);
  }
}

function rpcOnce(url: string, method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const u = new URL(url);
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method, params });
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, method: 'POST', path: '/', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { result?: Record<string, unknown>; error?: { message: string; data?: string } };
          if (reply.result === undefined) reject(new Error(`bench rpc ${method}: ${reply.error?.message} ${reply.error?.data ?? ''}`));
          else resolve(reply.result);
        });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => reject(req.reusedSocket && e.code === 'ECONNRESET' ? Object.assign(e, { reusedSocketReset: true }) : e));
    req.end(body);
  });
}

/**
 * CPU time (ms) a process has used: all its threads, and its main thread alone (Linux /proc; undefined
 * elsewhere). Unlike wall time it hardly depends on what else the machine runs.
 */
function cpuMs(pid: number | undefined): { all: number; main: number } | undefined {
  if (pid === undefined) return undefined;
  const ticks = (file: string): number => {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const rest = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
    return Number(rest[11]) + Number(rest[12]);
  };
  try {
    const hz = 100; // USER_HZ on Linux
    return { all: (ticks(`/proc/${pid}/stat`) * 1000) / hz, main: (ticks(`/proc/${pid}/task/${pid}/stat`) * 1000) / hz };
  } catch {
    return undefined;
  }
}

/** Starts `meshwork start` (the CLI at `bin`) on a free port; resolves its URL and a stop function. */
async function startNode(home: string, bin = join(root, 'bin', 'meshwork.js')): Promise<{ url: string; pid: number | undefined; stop: () => Promise<void> }> {
  const p = spawnNodeProcess(bin, home);
  const url = await p.url;
  return {
    url,
    pid: p.child.pid,
    stop: async () => {
      p.child.kill('SIGTERM');
      await p.exited;
    },
  };
}

interface StreamResult {
  /** Median txs/s over the measured batches. */
  rate: number;
  latencies: number[];
  /** abci_query latencies while the stream and its blocks ran. */
  underLoad: number[];
  /** The node's CPU time per streamed tx (µs), all threads and main thread, over the measured batches (the blocks committed meanwhile included). */
  cpuPerTx: { all: number; main: number } | undefined;
}

/** The broadcast stream against a node started from a copy of `template`: 16 clients, batches of pre-signed txs. */
async function broadcastStream(template: string, signed: Uint8Array[][], balanceReq: string, bin?: string): Promise<StreamResult> {
  const home = mkdtempSync(join(tmpdir(), 'meshwork-bench-rpc-run-'));
  cpSync(template, home, { recursive: true });
  const node = await startNode(home, bin);
  try {
    const rates: number[] = [];
    const latencies: number[] = [];
    // One more client queries without pause while the txs stream in and their blocks execute.
    const underLoad: number[] = [];
    let streaming = true;
    const querying = (async () => {
      while (streaming) {
        const t = performance.now();
        await rpc(node.url, 'abci_query', { path: '/cosmos.bank.v1beta1.Query/Balance', data: balanceReq });
        underLoad.push(performance.now() - t);
      }
    })();
    let cpuStart: { all: number; main: number } | undefined;
    for (let batch = 0; batch < BATCHES + 1; batch++) {
      if (batch === 1) cpuStart = cpuMs(node.pid);
      const t0 = performance.now();
      const lat: number[] = [];
      await Promise.all(
        signed.map(async (txs) => {
          for (let k = batch * TXS_PER_SENDER_PER_BATCH; k < (batch + 1) * TXS_PER_SENDER_PER_BATCH; k++) {
            const t = performance.now();
            const r = (await rpc(node.url, 'broadcast_tx_sync', { tx: Buffer.from(txs[k]!).toString('base64') })) as { code: number; log: string };
            lat.push(performance.now() - t);
            if (r.code !== 0) throw new Error(`bench broadcast_tx_sync: code ${r.code}: ${r.log}`);
          }
        }),
      );
      const ms = performance.now() - t0;
      if (batch > 0) {
        // The first batch warms up both processes.
        rates.push((SENDERS * TXS_PER_SENDER_PER_BATCH * 1000) / ms);
        latencies.push(...lat);
      }
    }
    const cpuEnd = cpuMs(node.pid);
    // Let the last blocks of the stream execute before the query client stops.
    await new Promise((r) => setTimeout(r, 2500));
    streaming = false;
    await querying;
    const n = SENDERS * TXS_PER_SENDER_PER_BATCH * BATCHES;
    const cpuPerTx = cpuStart === undefined || cpuEnd === undefined ? undefined : { all: ((cpuEnd.all - cpuStart.all) * 1000) / n, main: ((cpuEnd.main - cpuStart.main) * 1000) / n };
    return { rate: quantile(rates, 0.5), latencies, underLoad, cpuPerTx };
  } finally {
    await node.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

const CPU_LABEL = 'RPC: node CPU per streamed tx, all threads / main thread (µs, over the measured batches)';

/** Medians over runs of the node's CPU per tx. */
function cpuText(rs: StreamResult[]): string {
  return `${quantile(rs.map((r) => r.cpuPerTx!.all), 0.5).toFixed(0)} / ${quantile(rs.map((r) => r.cpuPerTx!.main), 0.5).toFixed(0)}`;
}

/**
 * With `MESHWORK_BENCH_BASELINE=<another checkout's dist>`, that checkout's node (its
 * `bin/meshwork.js`) takes the same pre-signed stream from the same genesis, alternating runs with
 * this one so both meet the same machine load, and the ratios are reported.
 */
export async function benchRpc(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'meshwork-bench-rpc-'));
  const baseline = process.env.MESHWORK_BENCH_BASELINE;
  try {
    const template = join(dir, 'template');
    const init = await initHome({
      home: template,
      chainId: 'bench-rpc-1',
      accounts: SENDERS + 1,
      config: { rpc: { rate_limit: { requests_per_second: 0, burst: 1 } }, consensus: { block_time_ms: 1000 } },
    });
    const receiver = init.accounts[0]!.address;
    const senders = await Promise.all(
      init.accounts.slice(1).map(async (a) => {
        const wallet = await DirectSecp256k1HdWallet.fromMnemonic(a.mnemonic, { prefix: 'mesh' });
        return { address: a.address, client: await SigningStargateClient.offline(wallet) };
      }),
    );
    const perSender = TXS_PER_SENDER_PER_BATCH * (BATCHES + 1);
    const signed: Uint8Array[][] = [];
    const balanceReq = Buffer.from(QueryBalanceRequest.encode({ address: receiver, denom: 'stake' }).finish()).toString('hex');
    const accountReq = Buffer.from(QueryAccountRequest.encode({ address: senders[0]!.address }).finish()).toString('hex');
    // A node from a copy of the home answers the account numbers, then serves the sequential queries.
    const probeHome = join(dir, 'probe');
    cpSync(template, probeHome, { recursive: true });
    const node = await startNode(probeHome);
    try {
      for (let i = 0; i < senders.length; i++) {
        const s = senders[i]!;
        const acc = (await rpc(node.url, 'abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data: Buffer.from(QueryAccountRequest.encode({ address: s.address }).finish()).toString('hex') })) as { response: { value: string } };
        const accountNumber = BaseAccount.decode(QueryAccountResponse.decode(Buffer.from(acc.response.value, 'base64')).account!.value).accountNumber;
        const txs: Uint8Array[] = [];
        for (let seq = 0; seq < perSender; seq++) {
          const raw = await s.client.sign(
            s.address,
            [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: s.address, toAddress: receiver, amount: [{ denom: 'stake', amount: '1' }] } }],
            { amount: [{ denom: 'stake', amount: '500' }], gas: '120000' },
            '',
            { accountNumber, sequence: seq, chainId: 'bench-rpc-1' },
          );
          txs.push(TxRaw.encode(raw).finish());
        }
        signed.push(txs);
      }

      for (const [name, path, data] of [
        ['bank Balance', '/cosmos.bank.v1beta1.Query/Balance', balanceReq],
        ['auth Account', '/cosmos.auth.v1beta1.Query/Account', accountReq],
      ] as const) {
        const lat: number[] = [];
        for (let i = 0; i < QUERIES + 200; i++) {
          const t = performance.now();
          const r = (await rpc(node.url, 'abci_query', { path, data })) as { response: { code: number } };
          if (r.response.code !== 0) throw new Error(`bench abci_query ${path}: code ${r.response.code}`);
          if (i >= 200) lat.push(performance.now() - t);
        }
        report(`RPC: abci_query ${name} latency median / p99 (ms, sequential, over HTTP)`, `${quantile(lat, 0.5).toFixed(3)} / ${quantile(lat, 0.99).toFixed(3)}`);
      }
    } finally {
      await node.stop();
    }

    const label = `RPC: broadcast_tx_sync txs/s (signed bank sends, CheckTx, ${SENDERS} clients in flight, node in its own process)`;
    if (baseline === undefined || baseline === '') {
      const r = await broadcastStream(template, signed, balanceReq);
      report(label, r.rate.toFixed(0), 'target ≥ 2,500');
      report('RPC: broadcast_tx_sync latency median / p99 (ms)', `${quantile(r.latencies, 0.5).toFixed(2)} / ${quantile(r.latencies, 0.99).toFixed(2)}`, 'p99 target ≤ 100 ms');
      report('RPC: abci_query bank Balance latency under that tx load, median / p99 (ms)', `${quantile(r.underLoad, 0.5).toFixed(3)} / ${quantile(r.underLoad, 0.99).toFixed(3)}`);
      if (r.cpuPerTx !== undefined) report(CPU_LABEL, cpuText([r]), '');
      return;
    }
    const oldBin = join(baseline, '..', 'bin', 'meshwork.js');
    const olds: StreamResult[] = [];
    const news: StreamResult[] = [];
    for (let i = 0; i < 2; i++) {
      olds.push(await broadcastStream(template, signed, balanceReq, oldBin));
      news.push(await broadcastStream(template, signed, balanceReq));
    }
    const med = (rs: StreamResult[]) => quantile(rs.map((r) => r.rate), 0.5);
    const lat = (rs: StreamResult[], q: number) => quantile(rs.flatMap((r) => r.latencies), q);
    const underLoad = (rs: StreamResult[], q: number) => quantile(rs.flatMap((r) => r.underLoad), q);
    report(`RPC: broadcast_tx_sync txs/s, baseline (${baseline}), 2 runs alternating`, med(olds).toFixed(0), '');
    report(label, med(news).toFixed(0), 'target ≥ 2,500');
    report('RPC: broadcast_tx_sync txs/s, this / baseline', `${(med(news) / med(olds)).toFixed(2)}×`, '');
    report('RPC: broadcast_tx_sync latency median / p99 (ms), baseline', `${lat(olds, 0.5).toFixed(2)} / ${lat(olds, 0.99).toFixed(2)}`, '');
    report('RPC: broadcast_tx_sync latency median / p99 (ms)', `${lat(news, 0.5).toFixed(2)} / ${lat(news, 0.99).toFixed(2)}`, 'p99 target ≤ 100 ms');
    report('RPC: abci_query bank Balance latency under that tx load, median / p99 (ms), baseline', `${underLoad(olds, 0.5).toFixed(3)} / ${underLoad(olds, 0.99).toFixed(3)}`, '');
    report('RPC: abci_query bank Balance latency under that tx load, median / p99 (ms)', `${underLoad(news, 0.5).toFixed(3)} / ${underLoad(news, 0.99).toFixed(3)}`, '');
    if (news.every((r) => r.cpuPerTx !== undefined) && olds.every((r) => r.cpuPerTx !== undefined)) {
      report(`${CPU_LABEL}, baseline`, cpuText(olds), '');
      report(CPU_LABEL, cpuText(news), '');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
