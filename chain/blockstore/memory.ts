/** In-memory block store: for the multi-chain test harness and unit tests (nothing survives the process). */
import type { Commit } from 'cosmjs-types/tendermint/types/types';
import type { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromHex, toHex } from '../kernel/keys.js';
import { parseQuery, valueMatches, type Condition } from './query.js';
import {
  indexedAttributes,
  pageWindow,
  type BlockRecord,
  type BlockResults,
  type BlockStore,
  type ProtoValidatorSet,
  type StoredBlock,
  type TxRecord,
  type TxSearchOptions,
  type TxSearchResult,
} from './types.js';

/** Position of a tx: height · 2^20 + index (blocks hold far fewer than 2^20 txs), ordered like (height, index). */
const pos = (height: number, index: number): number => height * 1_048_576 + index;

export class MemoryBlockStore implements BlockStore {
  private readonly records = new Map<number, BlockRecord>();
  private readonly byBlockHash = new Map<string, number>();
  private readonly sets = new Map<number, ProtoValidatorSet>();
  private readonly txs = new Map<number, TxRecord>();
  private readonly byTxHash = new Map<string, number>();
  /** composite key → value → positions (ascending, since blocks are appended in order). */
  private readonly events = new Map<string, Map<string, number[]>>();
  private latest = 0;

  get height(): number {
    return this.latest;
  }

  /** Forgets every block above `height` (multi-test snapshots: the chain returns to that height). */
  truncate(height: number): void {
    for (const h of [...this.records.keys()]) {
      if (h <= height) continue;
      const r = this.records.get(h)!;
      this.byBlockHash.delete(toHex(r.block.blockId.hash));
      this.records.delete(h);
    }
    const firstGone = pos(height + 1, 0);
    for (const [p, t] of [...this.txs.entries()]) {
      if (p < firstGone) continue;
      this.txs.delete(p);
      this.byTxHash.delete(toHex(t.hash));
    }
    for (const byValue of this.events.values()) for (const [v, list] of byValue) byValue.set(v, list.filter((p) => p < firstGone));
    for (const h of [...this.sets.keys()]) if (h > height + 2) this.sets.delete(h);
    this.latest = Math.min(this.latest, height);
  }

  saveBlock(record: BlockRecord, commitState?: () => void): void {
    const h = Number(record.block.header.height);
    if (this.latest !== 0 && h !== this.latest + 1) throw new Error(`block store: saving height ${h} after ${this.latest}`);
    commitState?.();
    this.records.set(h, record);
    this.byBlockHash.set(toHex(record.block.blockId.hash), h);
    for (const s of record.validatorSets) this.sets.set(s.height, s.set);
    record.block.txs.forEach((tx, index) => {
      const result = record.results.txResults[index]!;
      const p = pos(h, index);
      const hash = record.txHashes?.[index] ?? sha256(tx);
      this.txs.set(p, { hash, height: h, index, tx, result });
      this.byTxHash.set(toHex(hash), p);
      for (const a of indexedAttributes(result)) {
        let byValue = this.events.get(a.key);
        if (byValue === undefined) this.events.set(a.key, (byValue = new Map()));
        const list = byValue.get(a.value);
        if (list === undefined) byValue.set(a.value, [p]);
        else if (list[list.length - 1] !== p) list.push(p);
      }
    });
    this.latest = h;
  }

  block(height: number): StoredBlock | undefined {
    return this.records.get(height)?.block;
  }
  heightOf(blockHash: Uint8Array): number | undefined {
    return this.byBlockHash.get(toHex(blockHash));
  }
  commit(height: number): Commit | undefined {
    return this.records.get(height)?.commit;
  }
  results(height: number): BlockResults | undefined {
    return this.records.get(height)?.results;
  }
  validatorSet(height: number): ProtoValidatorSet | undefined {
    return this.sets.get(height);
  }
  pendingEvidence(height: number): DuplicateVoteEvidence[] {
    return this.records.get(height)?.pendingEvidence ?? [];
  }
  tx(hash: Uint8Array): TxRecord | undefined {
    const p = this.byTxHash.get(toHex(hash));
    return p === undefined ? undefined : this.txs.get(p);
  }

  searchTxs(query: string, opts: TxSearchOptions = {}): TxSearchResult {
    const conditions = parseQuery(query);
    let matches: Set<number> | undefined;
    for (const c of conditions) {
      const found = this.match(c);
      matches = matches === undefined ? found : new Set([...matches].filter((p) => found.has(p)));
      if (matches.size === 0) break;
    }
    const sorted = [...(matches ?? [])].sort((a, b) => (opts.order === 'desc' ? b - a : a - b));
    const { offset, limit } = pageWindow(sorted.length, opts);
    return { txs: sorted.slice(offset, offset + limit).map((p) => this.txs.get(p)!), total: sorted.length };
  }

  close(): void {}

  private match(c: Condition): Set<number> {
    if (c.key === 'tx.hash') {
      if (c.op !== '=' || typeof c.value !== 'string') throw new Error("tx.hash supports only = 'HEX'");
      const p = this.byTxHash.get(toHex(fromHex(c.value.toLowerCase())));
      return new Set(p === undefined ? [] : [p]);
    }
    if (c.key === 'tx.height') {
      const out = new Set<number>();
      for (const [p, t] of this.txs) if (valueMatches(c, String(t.height))) out.add(p);
      return out;
    }
    const byValue = this.events.get(c.key);
    if (byValue === undefined) return new Set();
    if (c.op === '=' && typeof c.value === 'string') return new Set(byValue.get(c.value) ?? []);
    const out = new Set<number>();
    for (const [value, list] of byValue) if (valueMatches(c, value)) for (const p of list) out.add(p);
    return out;
  }
}
