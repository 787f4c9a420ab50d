/**
 * `meshwork devnet` from the outside: the wall time from launching the command to its "Ctrl-C stops
 * all three" line (both chains producing blocks, the IBC path and Mesh Security's control channel
 * open, contracts deployed, the relayer running, the dashboard served), for a first start on an
 * empty directory and for a restart of that devnet, and the devnet's own phase line ("ready in …").
 *
 * With `MESHWORK_BENCH_BASELINE=<another checkout's dist>`, that checkout's `bin/meshwork.js` runs
 * the same starts, alternating with this one so both meet the same machine load.
 * `MESHWORK_BENCH_DEVNET_RUNS` (default 1) first start + restart pairs each;
 * `MESHWORK_BENCH_DEVNET_PORT_BASE` (default 36400): the devnets' ports (base, base+1 RPC, base+2
 * dashboard), never the devnet's defaults.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Report = (name: string, value: string, target?: string) => void;

const READY_LINE = 'Ctrl-C stops all three';
const here = dirname(fileURLToPath(import.meta.url));
/** bin/meshwork.js of this checkout (from dist/scripts when built). */
const OWN_BIN = resolve(here, '..', '..', 'bin', 'meshwork.js');

interface Start {
  readyS: number;
  /** CPU seconds the devnet and its children (nodes, relayer) had used when it was ready (Linux), else undefined. */
  cpuS?: number;
  /** The devnet's own "ready in …" line, when it prints one (the baseline does not). */
  phases?: string;
}

/**
 * User + system CPU seconds of `pid` and its children, from /proc (clock ticks of 1/100 s); the
 * machine's load changes wall times, this much less. Undefined where /proc is not Linux's.
 */
function treeCpuS(pid: number): number | undefined {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter((x) => x !== '').map(Number);
    let ticks = 0;
    for (const p of [pid, ...children]) {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / 100;
  } catch {
    return undefined;
  }
}

/** Runs `meshwork devnet` until ready, then stops it (SIGTERM) and waits for it to exit. */
function startOnce(bin: string, dir: string, base: number): Promise<Start> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const args = ['devnet', '--dir', dir, '--port-a', String(base), '--port-b', String(base + 1), '--dashboard-port', String(base + 2), '--timeout-s', '300'];
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let ready: Start | undefined;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (ready === undefined && out.includes(READY_LINE)) {
        const phases = /ready in [^\n]*/.exec(out)?.[0];
        const cpuS = treeCpuS(child.pid!);
        ready = { readyS: (performance.now() - t0) / 1000, ...(cpuS === undefined ? {} : { cpuS }), ...(phases === undefined ? {} : { phases }) };
        child.kill('SIGTERM');
      }
    });
    child.on('exit', (code) => {
      if (ready !== undefined) resolvePromise(ready);
      else reject(new Error(`meshwork devnet (${bin}) exited (${code}) before it was ready:\n${out}\n${err}`));
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function benchDevnet(report: Report): Promise<void> {
  const runs = Math.max(1, Number(process.env.MESHWORK_BENCH_DEVNET_RUNS ?? 1));
  const base = Number(process.env.MESHWORK_BENCH_DEVNET_PORT_BASE ?? 36400);
  const baselineDist = process.env.MESHWORK_BENCH_BASELINE;
  type Variant = { label: string; bin: string; first: number[]; restart: number[]; firstCpu: number[]; restartCpu: number[]; phases: string[] };
  const variant = (label: string, bin: string): Variant => ({ label, bin, first: [], restart: [], firstCpu: [], restartCpu: [], phases: [] });
  const variants: Variant[] = [variant('this checkout', OWN_BIN)];
  if (baselineDist !== undefined && baselineDist !== '') variants.push(variant(`baseline ${baselineDist}`, resolve(baselineDist, '..', 'bin', 'meshwork.js')));
  const work = mkdtempSync(join(tmpdir(), 'meshwork-bench-devnet-'));
  try {
    for (let r = 0; r < runs; r++) {
      // Alternate which goes first, so neither always meets the other's leftovers.
      const order = r % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        const dir = join(work, `${variants.indexOf(v)}-${r}`);
        const first = await startOnce(v.bin, dir, base);
        const again = await startOnce(v.bin, dir, base);
        v.first.push(first.readyS);
        v.restart.push(again.readyS);
        if (first.cpuS !== undefined) v.firstCpu.push(first.cpuS);
        if (again.cpuS !== undefined) v.restartCpu.push(again.cpuS);
        for (const s of [first, again]) if (s.phases !== undefined) v.phases.push(s.phases);
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const [own, baseline] = variants;
  const ratio = (b: number, a: number) => (baseline === undefined ? '' : `; baseline ${b.toFixed(1)} s (${(b / a).toFixed(1)}× faster)`);
  const f = median(own!.first);
  const s = median(own!.restart);
  report(`devnet first start → ready (median of ${runs})`, `${f.toFixed(1)} s`, `target ≤ 10 s${baseline === undefined ? '' : ratio(median(baseline.first), f)}`);
  report(`devnet restart → ready (median of ${runs})`, `${s.toFixed(1)} s`, `target ≤ 3 s${baseline === undefined ? '' : ratio(median(baseline.restart), s)}`);
  if (own!.firstCpu.length > 0 && own!.restartCpu.length > 0) {
    const cpu = (v: Variant) => `${median(v.firstCpu).toFixed(1)} s / ${median(v.restartCpu).toFixed(1)} s`;
    report('devnet CPU used by devnet, nodes and relayer until ready: first start / restart', cpu(own!), baseline === undefined || baseline.firstCpu.length === 0 ? '' : `baseline ${cpu(baseline)}`);
  }
  for (const p of own!.phases) console.log(`  ${p}`);
}
