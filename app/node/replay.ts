/**
 * Replays a node home's stored chain from genesis in memory and compares every block with the one
 * on disk: block ID (which covers the header: previous app hash, results hash, validators, time,
 * proposer, last commit) and the app hash after the block. A node that crashed and restarted any
 * number of times must have stored exactly the chain an uninterrupted run produces from the same
 * txs and block times; this is how tests and operators check it.
 *
 * Across software upgrades the replay does what the supervised node did: it starts with the genesis
 * app version of the binary's lineage, and when that version halts for a plan it lacks, it continues
 * on the same state with the version that has the plan's handler.
 */
import { fromTimestamp } from '../../chain/consensus/encoding.js';
import { SqliteBlockStore } from '../../chain/blockstore/sqlite.js';
import { bytesEqual } from '../../chain/kernel/keys.js';
import { UpgradeHaltError } from '../../chain/modules/upgrade/errors.js';
import type { BlockDriver } from '../../chain/consensus/driver.js';
import type { MeshworkApp } from '../chain/meshwork-app.js';
import { MESHWORK_V1, versionLineage, versionWithHandler, type AppVersion } from '../chain/versions.js';
import { buildHomeChain } from './chain.js';
import { loadHome } from './home.js';
import { hexUpper } from './rpc/encode.js';

export interface ReplayMismatch {
  height: number;
  /** `halt`: the binary cannot execute the block (an upgrade none of its versions has; `stored` says which). */
  what: 'block_id' | 'app_hash' | 'missing_block' | 'halt';
  stored: string;
  replayed: string;
}

export interface ReplayReport {
  /** Blocks replayed and found identical. */
  verified: number;
  /** Height of the last stored block. */
  storedHeight: number;
  /** The app hash after the last replayed block. */
  appHash: string;
  /** Upgrades applied during the replay, in order. */
  upgrades: { name: string; height: number; version: string }[];
  mismatch?: ReplayMismatch;
}

/**
 * Replays `home`'s blocks (up to `upTo`, default all) and stops at the first difference. The node
 * must not be running: its database is read while nothing writes to it. `version`: the binary's
 * app version (default the standard one); its lineage supplies the versions before it.
 */
export interface ReplayHooks {
  /** Called before each block is re-executed, with the app that executes it (e.g. to install a tracer). */
  beforeBlock?(height: number, m: MeshworkApp): void;
}

export function replayHome(home: string, upTo?: number, version: AppVersion = MESHWORK_V1, hooks: ReplayHooks = {}): ReplayReport {
  const h = loadHome(home);
  const stored = new SqliteBlockStore(h.paths.db);
  try {
    const { genesis } = h.genesis;
    let current = versionLineage(version)[0]!;
    let { m, driver }: { m: MeshworkApp; driver: BlockDriver } = buildHomeChain(h, { version: current });
    driver.init(genesis);
    const first = genesis.initialHeight;
    const last = Math.min(upTo ?? stored.height, stored.height);
    let verified = 0;
    const upgrades: ReplayReport['upgrades'] = [];
    const report = (mismatch?: ReplayMismatch): ReplayReport => ({ verified, storedHeight: stored.height, appHash: hexUpper(m.app.lastAppHash()), upgrades, mismatch });
    for (let height = first; height <= last; height++) {
      const block = stored.block(height);
      if (block === undefined) return report({ height, what: 'missing_block', stored: '', replayed: '' });
      const time = fromTimestamp(block.header.time);
      hooks.beforeBlock?.(height, m);
      let p: ReturnType<BlockDriver['produceBlock']>;
      try {
        p = driver.produceBlock({ txs: block.txs, time });
      } catch (e) {
        if (!(e instanceof UpgradeHaltError) || e.kind !== 'upgrade_needed') throw e;
        const next = versionWithHandler(version, e.planName);
        if (next === undefined) return report({ height, what: 'halt', stored: `upgrade "${e.planName}" at height ${e.height}`, replayed: `app version ${current.name} has no handler for it; replay with a binary that does` });
        // The same state and blocks, run on by the version that has the handler (what the visor does).
        current = next;
        ({ m, driver } = buildHomeChain(h, { version: current, store: m.app.store, blockStore: driver.blockStore }));
        driver.resume();
        hooks.beforeBlock?.(height, m);
        upgrades.push({ name: e.planName, height, version: current.name });
        p = driver.produceBlock({ txs: block.txs, time });
      }
      if (!bytesEqual(p.blockId.hash, block.blockId.hash)) {
        return report({ height, what: 'block_id', stored: hexUpper(block.blockId.hash), replayed: hexUpper(p.blockId.hash) });
      }
      const results = stored.results(height);
      if (results === undefined || !bytesEqual(results.appHash, p.results.appHash)) {
        return report({ height, what: 'app_hash', stored: results === undefined ? '' : hexUpper(results.appHash), replayed: hexUpper(p.results.appHash) });
      }
      verified++;
    }
    return report();
  } finally {
    stored.close();
  }
}
