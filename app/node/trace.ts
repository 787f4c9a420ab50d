/**
 * Traces a committed tx by hash (Foundry's `cast run`): re-executes the home's chain from genesis
 * in memory (replay.ts: the node keeps state versions only back to `pruning_keep_recent`, and a tx
 * must run on the exact state before it, so replay is the one way that works at every height) with
 * a contract tracer installed for the tx's block, keeps the frames of the tx's index, and checks the
 * re-execution against the stored chain: the block's app hash and the tx's stored result must match,
 * so the trace is of what really ran. Read only; it may run next to a live node.
 */
import { SqliteBlockStore } from '../../chain/blockstore/sqlite.js';
import type { ExecTxResult } from '../../chain/blockstore/types.js';
import { CallTracer, renderTrace, type TraceFrame } from '../../chain/modules/wasm/trace.js';
import { fromHex } from '../../bytes/bytes.js';
import type { MeshworkApp } from '../chain/meshwork-app.js';
import { MESHWORK_V1, type AppVersion } from '../chain/versions.js';
import { loadHome } from './home.js';
import { replayHome } from './replay.js';

export class TraceError extends Error {
  override readonly name = 'TraceError';
}

export interface TxTrace {
  hash: string;
  height: number;
  index: number;
  /** The stored result (code, log, gas). */
  result: ExecTxResult;
  frames: TraceFrame[];
  /** Contracts' `debug` output during the tx. */
  debug: { contract: string; message: string }[];
  /** `label#code` of the contracts the trace names, read from the state after the block. */
  labels: Map<string, string>;
}

export function traceTx(home: string, hashHex: string, version: AppVersion = MESHWORK_V1): TxTrace {
  if (!/^[0-9a-fA-F]{64}$/.test(hashHex)) throw new TraceError(`tx hash must be 64 hex digits (sha256 of the tx), got "${hashHex}"`);
  const h = loadHome(home);
  const store = new SqliteBlockStore(h.paths.db);
  let rec;
  try {
    rec = store.tx(fromHex(hashHex.toLowerCase()));
  } finally {
    store.close();
  }
  if (rec === undefined) throw new TraceError(`no tx ${hashHex.toUpperCase()} in ${home}'s block store (is it committed on this node? \`meshwork query tx\` looks it up over RPC)`);
  const tracer = new CallTracer();
  let app: MeshworkApp | undefined;
  const report = replayHome(home, rec.height, version, {
    beforeBlock: (height, m) => {
      if (height !== rec.height) return;
      app = m;
      m.keepers.wasm.setTracer(tracer);
    },
  });
  if (report.mismatch !== undefined || report.verified < rec.height - h.genesis.genesis.initialHeight + 1) {
    const m = report.mismatch;
    throw new TraceError(`re-executing the chain up to height ${rec.height} did not reproduce it${m === undefined ? '' : ` (height ${m.height}: ${m.what}${m.stored === '' ? '' : `, stored ${m.stored}, replayed ${m.replayed}`})`}: no trustworthy trace; run \`meshwork replay --home ${home}\``);
  }
  const frames = tracer.take().filter((f) => f.type === 'call' && f.txIndex === rec.index);
  const debug: { contract: string; message: string }[] = [];
  const labels = new Map<string, string>();
  if (app !== undefined) {
    const ctx = app.app.queryContext();
    const visit = (nodes: readonly TraceFrame['children'][number][]): void => {
      for (const n of nodes) {
        if (n.type === 'debug') debug.push({ contract: n.contract, message: n.message });
        if (n.type === 'event' || n.type === 'debug') continue;
        for (const a of n.type === 'call' ? [n.contract, n.address ?? '', n.sender ?? ''] : n.type === 'query' ? [n.caller] : [n.contract]) {
          if (a === '' || labels.has(a)) continue;
          try {
            const info = app!.keepers.wasm.getContractInfo(ctx, a);
            if (info !== undefined) labels.set(a, `${info.label}#${info.codeId}`);
          } catch {
            // not an address of this chain
          }
        }
        visit(n.children);
      }
    };
    visit(frames);
  }
  return { hash: hashHex.toUpperCase(), height: rec.height, index: rec.index, result: rec.result, frames, debug, labels };
}

/** The header lines and the tree, as `meshwork trace` prints them. */
export function formatTxTrace(t: TxTrace, opts: { color?: boolean } = {}): string {
  const r = t.result;
  const status = r.code === 0 ? 'success' : `FAILED code ${r.code} (${r.codespace}): ${r.log}`;
  const head = [`tx ${t.hash}`, `  height ${t.height}, index ${t.index}, gas used ${r.gasUsed} of ${r.gasWanted}, ${status}`];
  if (t.frames.length === 0) return [...head, '  (no contract calls in this tx)'].join('\n');
  return [...head, renderTrace(t.frames, { describe: (a) => t.labels.get(a), color: opts.color === true })].join('\n');
}
