/**
 * `node dist/scripts/bench-abci.js`: what the ABCI socket adds to a block, and what state-sync
 * snapshots cost. Prints medians; never a test (the numbers depend on the machine).
 *
 * - empty blocks: FinalizeBlock + Commit through a loopback TCP ABCI connection (as CometBFT calls
 *   them: each request followed by Flush) against the same calls on the app in process;
 * - snapshots: export (walk + zlib + chunking) and verified restore of a multistore of
 *   `SNAP_KEYS` keys (default 50 000) in two stores.
 */
import { MultiStore } from '../chain/store/multistore.js';
import { exportSnapshot, restoreSnapshot, SnapshotRestorer } from '../chain/store/snapshot.js';
import { toTimestamp } from '../chain/types/time.js';
import { NS_PER_SECOND } from '../chain/kernel/context.js';
import { createMeshworkApp, MESHWORK_STORES } from '../app/chain/meshwork-app.js';
import { AbciApplication } from '../app/abci/application.js';
import { AbciServer } from '../app/abci/server.js';
import { AbciSocketClient } from '../app/abci/client.js';

const CHAIN = 'bench-abci-1';
const T0 = 1_750_000_000n * NS_PER_SECOND;
const GENESIS = { bank: { balances: [] } };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function emptyBlock(height: number) {
  return { txs: [], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32), height: BigInt(height), time: toTimestamp(T0 + BigInt(height) * NS_PER_SECOND), nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20) };
}

async function blocks(n: number): Promise<{ inProcessMs: number; abciMs: number }> {
  const direct = createMeshworkApp({ chainId: CHAIN }).app;
  direct.initChain({ chainId: CHAIN, genesisTime: T0, initialHeight: 1, appState: GENESIS });
  const inProc: number[] = [];
  for (let h = 1; h <= n; h++) {
    const t = performance.now();
    direct.finalizeBlock({ height: h, time: T0 + BigInt(h) * NS_PER_SECOND, proposer: new Uint8Array(20), txs: [], lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    direct.commit();
    inProc.push(performance.now() - t);
  }
  const app = new AbciApplication({ store: new MultiStore(MESHWORK_STORES), build: (s) => createMeshworkApp({ chainId: CHAIN, store: s }).app, version: 'bench' });
  const server = new AbciServer(app);
  const client = await AbciSocketClient.connect(await server.listen('tcp://127.0.0.1:0'));
  try {
    await client.call({ initChain: { time: toTimestamp(T0), chainId: CHAIN, validators: [], appStateBytes: new TextEncoder().encode(JSON.stringify(GENESIS)), initialHeight: 1n } });
    const viaAbci: number[] = [];
    for (let h = 1; h <= n; h++) {
      const t = performance.now();
      await client.call({ finalizeBlock: emptyBlock(h) });
      await client.call({ commit: {} });
      viaAbci.push(performance.now() - t);
    }
    return { inProcessMs: median(inProc.slice(20)), abciMs: median(viaAbci.slice(20)) };
  } finally {
    client.close();
    await server.close();
  }
}

function snapshots(keys: number): { exportMs: number; restoreMs: number; chunks: number; bytes: number } {
  const ms = new MultiStore(['a', 'b']);
  const enc = new TextEncoder();
  for (let v = 0; v < 10; v++) {
    for (let i = v; i < keys; i += 10) ms.store(i % 2 === 0 ? 'a' : 'b').set(enc.encode(`key/${i.toString().padStart(8, '0')}`), enc.encode(`value-${i}-${v}`));
    ms.commit();
  }
  const exportTimes: number[] = [];
  const restoreTimes: number[] = [];
  let last = exportSnapshot(ms);
  for (let r = 0; r < 3; r++) {
    let t = performance.now();
    last = exportSnapshot(ms, ms.version, 1024 * 1024);
    exportTimes.push(performance.now() - t);
    t = performance.now();
    const restorer = new SnapshotRestorer(last.info, ms.lastAppHash(), ['a', 'b']);
    last.chunks.forEach((c, i) => restorer.addChunk(i, c));
    restoreSnapshot(new MultiStore(['a', 'b']), restorer);
    restoreTimes.push(performance.now() - t);
  }
  return { exportMs: median(exportTimes), restoreMs: median(restoreTimes), chunks: last.info.chunks, bytes: last.chunks.reduce((n, c) => n + c.length, 0) };
}

const n = Number(process.env['ABCI_BLOCKS'] ?? 300);
const keys = Number(process.env['SNAP_KEYS'] ?? 50_000);
const b = await blocks(n);
console.log(`empty block, FinalizeBlock + Commit: in process ${b.inProcessMs.toFixed(3)} ms, over ABCI/TCP ${b.abciMs.toFixed(3)} ms (median of ${n - 20})`);
const s = snapshots(keys);
console.log(`snapshot of ${keys} keys: export ${s.exportMs.toFixed(0)} ms, verified restore ${s.restoreMs.toFixed(0)} ms, ${s.chunks} chunk(s) of 1 MiB max, ${(s.bytes / 1024).toFixed(0)} KiB compressed`);
