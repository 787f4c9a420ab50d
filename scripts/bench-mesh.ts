/**
 * Mesh Security figure for `npm run bench`: the wall time of flow 1 (upstream's TestMVP, spec §12)
 * in one process — two chains, the real contracts from build/, x/meshsecurity and the relayer —
 * with every check of tests/multitest/mesh/testkit/mvp.ts made on the way. Reported separately: the
 * deployment (chains, connection, contracts, governance cap, channel) and the flow itself (bond →
 * stake local/remote → epoch → rewards → withdraw_rewards → unstake → unbonding → unbond).
 */
import type { Report } from './bench-chain.js';
import { setupFlow } from '../tests/multitest/mesh/testkit/flow.js';
import { runMvp } from '../tests/multitest/mesh/testkit/mvp.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function benchMesh(report: Report, runs = Number(process.env.MESHWORK_BENCH_MESH_RUNS ?? 3)): Promise<void> {
  const setups: number[] = [];
  const flows: number[] = [];
  const cpu: number[] = [];
  // one warm-up run compiles the contracts' modules and warms the JIT
  for (let i = 0; i < runs + 1; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const f = await setupFlow({ collateral: 'native' });
    const t1 = performance.now();
    await runMvp(f);
    const t2 = performance.now();
    const c1 = process.cpuUsage(c0);
    if (i > 0) {
      cpu.push((c1.user + c1.system) / 1000);
      setups.push(t1 - t0);
      flows.push(t2 - t1);
    }
  }
  report('mesh flow 1 (TestMVP): deployment on two chains', `${median(setups).toFixed(0)} ms`, '');
  report('mesh flow 1 (TestMVP): bond → … → unbond, relayed', `${median(flows).toFixed(0)} ms`, '');
  report('mesh flow 1 (TestMVP): whole, one process', `${(median(setups) + median(flows)).toFixed(0)} ms`, 'target < 2 s');
  // the process's CPU time for the same run: what the wall time would be on an idle core
  report('mesh flow 1 (TestMVP): whole, CPU time of the process', `${median(cpu).toFixed(0)} ms`, '');
}
