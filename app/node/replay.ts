/**
 * Replays a node home's stored chain from genesis in memory and compares every block with the one
 * on disk: block ID (which covers the header: previous app hash, results hash, validators, time,
 * proposer, last commit) and the app hash after the block. A node that crashed and restarted any
 * number of times must have stored exactly the chain an uninterrupted run produces from the same
 * txs and block times; this is how tests and operators check it.
 */
import { fromTimestamp } from '../../chain/consensus/encoding.js';
import { SqliteBlockStore } from '../../chain/blockstore/sqlite.js';
import { bytesEqual } from '../../chain/kernel/keys.js';
import { buildHomeChain } from './chain.js';
import { loadHome } from './home.js';
import { hexUpper } from './rpc/encode.js';

export interface ReplayMismatch {
  height: number;
  what: 'block_id' | 'app_hash' | 'missing_block';
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
  mismatch?: ReplayMismatch;
}

/**
 * Replays `home`'s blocks (up to `upTo`, default all) and stops at the first difference. The node
 * must not be running: its database is read while nothing writes to it.
 */
export function replayHome(home: string, upTo?: number): ReplayReport {
  const h = loadHome(home);
  const stored = new SqliteBlockStore(h.paths.db);
  try {
    const { genesis } = h.genesis;
    const { m, driver } = buildHomeChain(h);
    driver.init(genesis);
    const first = genesis.initialHeight;
    const last = Math.min(upTo ?? stored.height, stored.height);
    let verified = 0;
    for (let height = first; height <= last; height++) {
      const block = stored.block(height);
      if (block === undefined) return { verified, storedHeight: stored.height, appHash: hexUpper(m.app.lastAppHash()), mismatch: { height, what: 'missing_block', stored: '', replayed: '' } };
      const p = driver.produceBlock({ txs: block.txs, time: fromTimestamp(block.header.time) });
      if (!bytesEqual(p.blockId.hash, block.blockId.hash)) {
        return { verified, storedHeight: stored.height, appHash: hexUpper(m.app.lastAppHash()), mismatch: { height, what: 'block_id', stored: hexUpper(block.blockId.hash), replayed: hexUpper(p.blockId.hash) } };
      }
      const results = stored.results(height);
      if (results === undefined || !bytesEqual(results.appHash, p.results.appHash)) {
        return { verified, storedHeight: stored.height, appHash: hexUpper(m.app.lastAppHash()), mismatch: { height, what: 'app_hash', stored: results === undefined ? '' : hexUpper(results.appHash), replayed: hexUpper(p.results.appHash) } };
      }
      verified++;
    }
    return { verified, storedHeight: stored.height, appHash: hexUpper(m.app.lastAppHash()) };
  } finally {
    stored.close();
  }
}
