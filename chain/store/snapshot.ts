/**
 * State-sync snapshots of the multistore: export every store's IAVL tree at a committed version as a
 * stream of chunks, and rebuild the exact trees (same node versions, so the same app hash) from them.
 *
 * The stream is the Cosmos SDK's rootmulti snapshot item stream (`cosmos.store.snapshots.v1`
 * `SnapshotItem`s, each uvarint length-prefixed; codec in snapshot-items.ts): per store in name order, a
 * `store{name}` item, then the tree's nodes in post-order (left, right, node) as `iavl{key, value,
 * version, height}` items — inner nodes carry their key, height and version; leaves their value. The
 * stream is zlib-compressed and cut into chunks; `Snapshot.hash` is sha256 of the compressed stream
 * and the metadata (`Metadata{chunk_hashes}`) lets each chunk be checked on arrival. It is
 * Meshwork's format 1: the SDK's item layout, without the SDK's extension payloads (our wasm code
 * lives in the `wasm` store, so there is nothing outside the trees to ship).
 *
 * A restore trusts nothing in the chunks: the rebuilt trees must hash to the app hash CometBFT's
 * light client verified for the snapshot height, or the snapshot is rejected.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { sha256 } from '@noble/hashes/sha2.js';
import { Metadata } from 'cosmjs-types/cosmos/store/snapshots/v1/snapshot';
import { ItemWriter, readItems, SnapshotFormatError, type StreamItem as StreamItemT } from './snapshot-items.js';
import { ImmutableTree, MutableTree, Node } from './iavl.js';
import { commitInfoHash, type MultiStore } from './multistore.js';
import type { Bytes } from './kv.js';

const EMPTY = new Uint8Array();

/** Meshwork's snapshot format number (ABCI `Snapshot.format`). */
export const SNAPSHOT_FORMAT = 1;
/** Chunk size of exported snapshots (the SDK's 10 MB; CometBFT's limit per chunk is 16 MB). */
export const DEFAULT_CHUNK_SIZE = 10 * 1024 * 1024;
/** zlib level, fixed so that nodes with the same zlib cut the same chunks. */
const ZLIB_LEVEL = 6;

export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/** ABCI `Snapshot` (tendermint.abci), with the metadata decoded. */
export interface SnapshotInfo {
  height: number;
  format: number;
  chunks: number;
  /** sha256 of the whole compressed stream. */
  hash: Bytes;
  /** sha256 of each chunk (`Metadata.chunk_hashes`). */
  chunkHashes: Bytes[];
}

export interface ExportedSnapshot {
  info: SnapshotInfo;
  chunks: Bytes[];
}

export function encodeSnapshotMetadata(info: SnapshotInfo): Bytes {
  return Metadata.encode({ chunkHashes: info.chunkHashes }).finish();
}

export function decodeSnapshotMetadata(metadata: Bytes): Bytes[] {
  try {
    return Metadata.decode(metadata).chunkHashes;
  } catch (e) {
    throw new SnapshotError(`snapshot metadata is not a cosmos.store.snapshots.v1.Metadata: ${(e as Error).message}`);
  }
}

function treeAt(ms: MultiStore, name: string, version: number): ImmutableTree {
  const t = ms.tree(name);
  const tree = version === t.version ? t.lastCommitted() : t.at(version);
  if (tree === undefined) throw new SnapshotError(`cannot snapshot version ${version}: store ${name} no longer holds it in memory (latest ${t.version})`);
  return tree;
}

/** Exports every store at committed `version` (default the latest). */
export function exportSnapshot(ms: MultiStore, version = ms.version, chunkSize = DEFAULT_CHUNK_SIZE): ExportedSnapshot {
  if (version < 1) throw new SnapshotError('nothing to snapshot before the first commit');
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) throw new SnapshotError(`chunk size must be a positive integer, got ${chunkSize}`);
  const w = new ItemWriter();
  for (const name of ms.names) {
    w.store(name);
    const root = treeAt(ms, name, version).root;
    if (root === undefined) continue;
    // Iterative post-order: a node is emitted after both of its children.
    const stack: { n: Node; seen: boolean }[] = [{ n: root, seen: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.n.height === 0 || top.seen) {
        stack.pop();
        w.iavl(top.n.key, top.n.value ?? EMPTY, top.n.version, top.n.height);
        continue;
      }
      top.seen = true;
      stack.push({ n: top.n.right!, seen: false }, { n: top.n.left!, seen: false });
    }
  }
  const stream = deflateSync(w.finish(), { level: ZLIB_LEVEL });
  const chunks: Bytes[] = [];
  for (let off = 0; off < stream.length; off += chunkSize) chunks.push(new Uint8Array(stream.subarray(off, off + chunkSize)));
  if (chunks.length === 0) chunks.push(new Uint8Array());
  return { info: { height: version, format: SNAPSHOT_FORMAT, chunks: chunks.length, hash: sha256(stream), chunkHashes: chunks.map((c) => sha256(c)) }, chunks };
}

/** Rebuilds the trees of an uncompressed item stream; every node gets its exported version. */
function rebuildTrees(stream: Bytes, names: readonly string[], version: number): Map<string, ImmutableTree> {
  const trees = new Map<string, ImmutableTree>();
  let current: string | undefined;
  let stack: Node[] = [];
  const finish = (): void => {
    if (current === undefined) return;
    if (stack.length > 1) throw new SnapshotError(`snapshot store ${current}: ${stack.length} subtrees left over (the node stream is not a post-order tree)`);
    const root = stack[0];
    const tree = new MutableTree(new ImmutableTree(root, version));
    tree.workingHash(); // hashes every rebuilt node
    trees.set(current, new ImmutableTree(root, version));
    stack = [];
  };
  const items = readItems(stream);
  for (;;) {
    let next: IteratorResult<StreamItemT>;
    try {
      next = items.next();
    } catch (e) {
      if (e instanceof SnapshotFormatError) throw new SnapshotError(e.message);
      throw e;
    }
    if (next.done === true) break;
    const it = next.value;
    if (it.kind === 'store') {
      finish();
      if (!names.includes(it.name)) throw new SnapshotError(`snapshot has store ${JSON.stringify(it.name)}, which this app does not have`);
      if (trees.has(it.name)) throw new SnapshotError(`snapshot has store ${it.name} twice`);
      current = it.name;
    } else {
      if (current === undefined) throw new SnapshotError('snapshot has a tree node before any store item');
      const { key, value, height, version: v } = it;
      if (v < 1 || v > version) throw new SnapshotError(`snapshot node of store ${current} has version ${v}, outside 1..${version}`);
      if (height === 0) {
        stack.push(new Node(key, value, undefined, undefined, 0, 1, v));
      } else {
        const right = stack.pop();
        const left = stack.pop();
        if (left === undefined || right === undefined) throw new SnapshotError(`snapshot store ${current}: inner node without two children`);
        const h = Math.max(left.height, right.height) + 1;
        if (h !== height) throw new SnapshotError(`snapshot store ${current}: inner node of height ${height} over children of heights ${left.height} and ${right.height}`);
        stack.push(new Node(key, undefined, left, right, height, left.size + right.size, v));
      }
    }
  }
  finish();
  return trees;
}

/**
 * Receives a snapshot's chunks in order (ABCI ApplySnapshotChunk) and, after the last one, rebuilds
 * the trees and checks them against the trusted app hash before anything is written.
 */
export class SnapshotRestorer {
  private readonly received: Bytes[] = [];
  constructor(
    readonly info: SnapshotInfo,
    /** App hash the light client verified for `info.height`. */
    readonly trustedAppHash: Bytes,
    readonly storeNames: readonly string[],
  ) {
    if (info.format !== SNAPSHOT_FORMAT) throw new SnapshotError(`snapshot format ${info.format} is not supported (this app writes and reads format ${SNAPSHOT_FORMAT})`);
    if (info.chunks < 1 || info.chunkHashes.length !== info.chunks) throw new SnapshotError(`snapshot claims ${info.chunks} chunks but its metadata lists ${info.chunkHashes.length} chunk hashes`);
  }

  /** Index of the next chunk expected. */
  get nextChunk(): number {
    return this.received.length;
  }
  get complete(): boolean {
    return this.received.length === this.info.chunks;
  }

  /** Checks a chunk against its hash; throws `SnapshotError` (chunk refused) without keeping it. */
  addChunk(index: number, chunk: Bytes): void {
    if (index !== this.received.length) throw new SnapshotError(`chunk ${index} arrived, chunk ${this.received.length} was expected`);
    const want = this.info.chunkHashes[index];
    if (want === undefined || Buffer.compare(Buffer.from(sha256(chunk)), Buffer.from(want)) !== 0) throw new SnapshotError(`chunk ${index} does not match its hash in the snapshot metadata`);
    this.received.push(chunk);
  }

  /** After the last chunk: the rebuilt trees, checked against the trusted app hash. */
  finish(): Map<string, ImmutableTree> {
    if (!this.complete) throw new SnapshotError(`snapshot incomplete: ${this.received.length} of ${this.info.chunks} chunks`);
    const compressed = Buffer.concat(this.received);
    if (Buffer.compare(Buffer.from(sha256(compressed)), Buffer.from(this.info.hash)) !== 0) throw new SnapshotError('the chunks do not hash to the snapshot hash');
    let stream: Bytes;
    try {
      stream = inflateSync(compressed);
    } catch (e) {
      throw new SnapshotError(`snapshot stream is not zlib data: ${(e as Error).message}`);
    }
    const trees = rebuildTrees(stream, this.storeNames, this.info.height);
    const appHash = commitInfoHash(this.storeNames.map((name) => ({ name, hash: (trees.get(name) ?? new ImmutableTree(undefined, this.info.height)).hash() })));
    if (Buffer.compare(Buffer.from(appHash), Buffer.from(this.trustedAppHash)) !== 0) {
      throw new SnapshotError(`snapshot at height ${this.info.height} rebuilds app hash ${Buffer.from(appHash).toString('hex').toUpperCase()}, but the light client trusts ${Buffer.from(this.trustedAppHash).toString('hex').toUpperCase()}`);
    }
    return trees;
  }
}

/** Restores a complete, verified snapshot into an empty multistore; returns the app hash. */
export function restoreSnapshot(ms: MultiStore, restorer: SnapshotRestorer): Bytes {
  return ms.restore(restorer.info.height, restorer.finish());
}

// ---------------------------------------------------------------------------------------------
// Where a node keeps the snapshots it serves

interface StoredMeta {
  height: number;
  format: number;
  chunks: number;
  hash: string;
  chunk_hashes: string[];
}

/**
 * The snapshots a node serves: `<dir>/<height>-<format>/{snapshot.json, chunk-<i>}` on disk (written
 * to a temporary folder, then renamed, so a crash never leaves half a snapshot listed), or in memory
 * when no directory is given. Keeps the `keepRecent` newest.
 */
export class SnapshotStore {
  private readonly memory = new Map<string, ExportedSnapshot>();
  constructor(
    readonly dir: string | undefined,
    readonly keepRecent = 2,
  ) {
    if (!Number.isSafeInteger(keepRecent) || keepRecent < 1) throw new SnapshotError(`snapshot keep-recent must be ≥ 1, got ${keepRecent}`);
    if (dir !== undefined) mkdirSync(dir, { recursive: true });
  }

  private static key(height: number, format: number): string {
    return `${height}-${format}`;
  }

  save(s: ExportedSnapshot): void {
    const key = SnapshotStore.key(s.info.height, s.info.format);
    if (this.dir === undefined) this.memory.set(key, s);
    else {
      const final = join(this.dir, key);
      const tmp = join(this.dir, `.tmp-${key}`);
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp);
      s.chunks.forEach((c, i) => writeFileSync(join(tmp, `chunk-${i}`), c));
      const meta: StoredMeta = { height: s.info.height, format: s.info.format, chunks: s.info.chunks, hash: Buffer.from(s.info.hash).toString('hex'), chunk_hashes: s.info.chunkHashes.map((h) => Buffer.from(h).toString('hex')) };
      writeFileSync(join(tmp, 'snapshot.json'), `${JSON.stringify(meta)}\n`);
      rmSync(final, { recursive: true, force: true });
      renameSync(tmp, final);
    }
    this.prune();
  }

  /** Newest first. */
  list(): SnapshotInfo[] {
    let infos: SnapshotInfo[];
    if (this.dir === undefined) infos = [...this.memory.values()].map((s) => s.info);
    else {
      infos = [];
      for (const entry of readdirSync(this.dir)) {
        if (!/^\d+-\d+$/.test(entry)) continue;
        const file = join(this.dir, entry, 'snapshot.json');
        if (!existsSync(file)) continue;
        const m = JSON.parse(readFileSync(file, 'utf8')) as StoredMeta;
        infos.push({ height: m.height, format: m.format, chunks: m.chunks, hash: Buffer.from(m.hash, 'hex'), chunkHashes: m.chunk_hashes.map((h) => new Uint8Array(Buffer.from(h, 'hex'))) });
      }
    }
    return infos.sort((a, b) => b.height - a.height || b.format - a.format);
  }

  loadChunk(height: number, format: number, index: number): Bytes | undefined {
    const key = SnapshotStore.key(height, format);
    if (this.dir === undefined) return this.memory.get(key)?.chunks[index];
    if (!Number.isSafeInteger(index) || index < 0) return undefined;
    const file = join(this.dir, key, `chunk-${index}`);
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined;
  }

  private prune(): void {
    for (const old of this.list().slice(this.keepRecent)) {
      const key = SnapshotStore.key(old.height, old.format);
      if (this.dir === undefined) this.memory.delete(key);
      else rmSync(join(this.dir, key), { recursive: true, force: true });
    }
  }
}
