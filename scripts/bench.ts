/**
 * `npm run bench`: throughput and latency figures, medians of repeated batches in one process,
 * printed as a table. Never used as a test: the numbers depend on the machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Msg, Vm, toBytes } from '../runtime/src/index.js';
import { prepareCode } from '../runtime/src/prepare.js';
import { addrMake, mockBackend, mockEnv, mockInfo } from '../runtime/src/testkit/index.js';
import { benchChain, findTestdata } from './bench-chain.js';
import { benchDevnet } from './bench-devnet.js';
import { benchIbc } from './bench-ibc.js';
import { benchMesh } from './bench-mesh.js';
import { benchRpc } from './bench-rpc.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const testdata = findTestdata();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median duration in ms of `fn` over `runs` runs, after `warmup` unmeasured runs. */
function timeMs(fn: () => void, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

/** Median operations per second over `batches` batches of `n` operations. */
function rate(op: () => void, n: number, batches = 9): number {
  const ms = timeMs(() => {
    for (let i = 0; i < n; i++) op();
  }, batches, 2);
  return (n / ms) * 1000;
}

const rows: Array<[string, string, string]> = [];
function report(name: string, value: string, target = ''): void {
  rows.push([name, value, target]);
  console.log(`${name.padEnd(72)} ${value.padStart(14)}  ${target}`);
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function load(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(join(testdata, rel)));
}

function benchUpload(name: string, wasm: Uint8Array, target: string): void {
  const ms = timeMs(() => {
    const p = prepareCode(wasm);
    new WebAssembly.Module(p.instrumented.bytes);
  }, 15);
  report(`upload (validate+instrument+compile) ${name}`, `${fmt(ms, 1)} ms`, target);
}

interface Cw20Case {
  label: string;
  wasm: Uint8Array;
}

function benchCw20(c: Cw20Case, reuseInstances = true): void {
  const vm = new Vm({ reuseInstances });
  const code = vm.storeCode(c.wasm);
  const backend = mockBackend();
  const alice = addrMake('alice');
  const bob = addrMake('bob');
  const env = toBytes(mockEnv());
  const ctx = { backend, gasLimit: 1e13 };
  const initMsg: Msg = {
    name: 'Cash Token',
    symbol: 'CASH',
    decimals: 6,
    initial_balances: [{ address: alice, amount: '1000000000000000' }],
    mint: null,
    marketing: null,
  };
  const init = toBytes(initMsg);
  const info = toBytes(mockInfo(alice));
  vm.callRaw(code.checksum, 'instantiate', [env, info, init], ctx);
  const transfer = toBytes({ transfer: { recipient: bob, amount: '1' } });
  const balance = toBytes({ balance: { address: bob } });
  let transferGas = 0;
  const transfers = rate(() => {
    transferGas = vm.callRaw(code.checksum, 'execute', [env, info, transfer], ctx).gasUsed;
  }, reuseInstances ? 2000 : 300);
  if (!reuseInstances) {
    report(`${c.label}: transfers/s with a fresh instance per call (comparison)`, fmt(transfers), '');
    return;
  }
  const queries = rate(() => vm.callRaw(code.checksum, 'query', [env, balance], ctx), 2000);
  const instantiates = rate(() => vm.callRaw(code.checksum, 'instantiate', [env, info, init], ctx), 500);
  report(`${c.label}: transfers/s (runtime, in-memory backend)`, fmt(transfers), c.label.includes('cw20_base') ? 'target ≥ 25,000' : '');
  report(`${c.label}: balance queries/s`, fmt(queries), c.label.includes('cw20_base') ? 'target ≥ 50,000' : '');
  report(`${c.label}: instantiates/s`, fmt(instantiates), c.label.includes('cw20_base') ? 'target ≥ 5,000' : '');
  report(`${c.label}: gas per transfer (CosmWasm gas)`, fmt(transferGas), '');
  report(`${c.label}: code size`, `${fmt(c.wasm.length)} B`, '');
}

/** A CPU-bound call (hackatom `recurse`: SHA-256 rounds in wasm) with and without gas metering. */
function benchMetering(): void {
  const wasm = load('cosmwasm/hackatom.wasm');
  const msg = toBytes({ recurse: { depth: 0, work: 2000 } });
  const env = toBytes(mockEnv());
  const ms = (vm: Vm) => {
    const code = vm.storeCode(wasm);
    const backend = mockBackend();
    const ctx = { backend, gasLimit: 1e15 };
    vm.instantiate(code.checksum, env, mockInfo(addrMake('creator')), { verifier: addrMake('v'), beneficiary: addrMake('b') }, ctx);
    return timeMs(() => vm.callRaw(code.checksum, 'query', [env, msg], ctx), 31, 5);
  };
  // Interleave the two so drift in machine speed hits both alike.
  const metered: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < 3; i++) {
    metered.push(ms(new Vm()));
    plain.push(ms(new Vm({ unsafeDisableMetering: true })));
  }
  const m = median(metered);
  const p = median(plain);
  report('metering: hackatom recurse work=2000, metered', `${fmt(m, 2)} ms`, '');
  report('metering: same call, no gas metering', `${fmt(p, 2)} ms`, '');
  report('metering overhead (metered / unmetered)', `${fmt(m / p, 2)}×`, 'target ≤ 1.3×');
}

/** `MESHWORK_BENCH=chain,ibc` runs only those sections (runtime, chain, ibc, rpc, mesh, devnet); all by default. */
const only = process.env.MESHWORK_BENCH?.split(',').map((x) => x.trim()).filter((x) => x !== '');
const runs = (section: string) => only === undefined || only.length === 0 || only.includes(section);

async function main(): Promise<void> {
  console.log(`Meshwork bench — node ${process.version}; medians of repeated batches in one process\n`);
  if (runs('runtime')) {
    benchUpload('cw20_base.wasm', load('cw-plus/cw20_base.wasm'), 'target ≤ 50 ms');
    benchUpload('hackatom.wasm', load('cosmwasm/hackatom.wasm'), '');
    const cases: Cw20Case[] = [{ label: 'cw20_base.wasm (Rust)', wasm: load('cw-plus/cw20_base.wasm') }];
    const ours = join(root, 'build', 'cw20.wasm');
    if (existsSync(ours)) cases.push({ label: 'cw20.wasm (Meshwork, AssemblyScript)', wasm: new Uint8Array(readFileSync(ours)) });
    else console.log('(build/cw20.wasm not found: run `npm run build:contracts` to include our cw20)');
    for (const c of cases) benchCw20(c);
    benchCw20(cases[0]!, false);
    benchMetering();
  }
  if (runs('chain')) await benchChain(report);
  if (runs('ibc')) await benchIbc(report);
  if (runs('rpc')) await benchRpc(report);
  if (runs('mesh')) await benchMesh(report);
  if (runs('devnet')) await benchDevnet(report);
}

await main();
