/**
 * The multistore: one IAVL tree per named module store, all committed at the same version, and the
 * app hash over them computed as the Cosmos SDK's `rootmulti` `CommitInfo.Hash()` does:
 *
 *   leaf_i  = KVPair(name_i, sha256(storeRootHash_i)).Bytes()
 *           = uvarint(len(name)) || name || uvarint(32) || sha256(storeRootHash)
 *   appHash = merkle.HashFromByteSlices(leaves sorted by name)      (RFC-6962 style)
 *     hash([])      = sha256("")
 *     hash([x])     = sha256(0x00 || x)
 *     hash(xs)      = sha256(0x01 || hash(xs[:k]) || hash(xs[k:])), k = largest power of 2 < len(xs)
 *
 * This is exactly what ICS-23's `tendermintSpec` verifies (leaf prefix 0x00, value prehashed with
 * sha256, var-proto lengths; inner prefix 0x01), so a key's proof is the pair
 * [IAVL proof of key in the store root (iavlSpec), existence proof of (name, storeRoot) in the app
 * hash (tendermintSpec)] — what IBC's `MerkleProof` with the SDK proof specs checks.
 *
 * `branch()` gives a `CacheMultiStore` (a `CacheKV` per store, created on first use) for a block or a
 * tx; branches nest, and `write()` flushes one level down.
 */
import { sha256 } from './sha256.js';
import { ics23 } from '@confio/ics23';
import { compareBytes, EMPTY_ROOT_HASH, ImmutableTree, MutableTree, type Node } from './iavl.js';
import { CacheKV, ReadonlyTreeStore, TreeStore, type Bytes, type KVStore } from './kv.js';

const utf8 = new TextEncoder();

export interface StoreInfo {
  name: string;
  /** IAVL root hash of the store at this version. */
  hash: Bytes;
}

// ---------------------------------------------------------------------------------------------
// Simple Merkle tree (cometbft crypto/merkle)

function putUvarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/** cometbft `merkle.KVPair(key, sha256(value)).Bytes()`, as built by `maps.go`. */
export function kvPairLeaf(name: string, storeHash: Bytes): Bytes {
  const k = utf8.encode(name);
  const vh = sha256(storeHash);
  const head: number[] = [];
  putUvarint(head, k.length);
  const out = new Uint8Array(head.length + k.length + 1 + vh.length);
  out.set(head);
  out.set(k, head.length);
  out[head.length + k.length] = vh.length;
  out.set(vh, head.length + k.length + 1);
  return out;
}

function leafHash(leaf: Bytes): Bytes {
  const b = new Uint8Array(1 + leaf.length);
  b[0] = 0;
  b.set(leaf, 1);
  return sha256(b);
}

function innerHash(l: Bytes, r: Bytes): Bytes {
  const b = new Uint8Array(1 + l.length + r.length);
  b[0] = 1;
  b.set(l, 1);
  b.set(r, 1 + l.length);
  return sha256(b);
}

/** Largest power of two strictly less than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** cometbft `merkle.HashFromByteSlices`. */
export function simpleMerkleRoot(items: Bytes[]): Bytes {
  if (items.length === 0) return sha256(new Uint8Array(0));
  if (items.length === 1) return leafHash(items[0]!);
  const k = splitPoint(items.length);
  return innerHash(simpleMerkleRoot(items.slice(0, k)), simpleMerkleRoot(items.slice(k)));
}

/** Inner ops from leaf `index` up to the root (leaf-to-root order, as ICS-23 wants). */
function merklePath(items: Bytes[], index: number): ics23.InnerOp[] {
  if (items.length <= 1) return [];
  const k = splitPoint(items.length);
  if (index < k) {
    const ops = merklePath(items.slice(0, k), index);
    const right = simpleMerkleRoot(items.slice(k));
    ops.push(ics23.InnerOp.create({ hash: ics23.HashOp.SHA256, prefix: Uint8Array.of(1), suffix: right }));
    return ops;
  }
  const ops = merklePath(items.slice(k), index - k);
  const left = simpleMerkleRoot(items.slice(0, k));
  const prefix = new Uint8Array(1 + left.length);
  prefix[0] = 1;
  prefix.set(left, 1);
  ops.push(ics23.InnerOp.create({ hash: ics23.HashOp.SHA256, prefix, suffix: new Uint8Array(0) }));
  return ops;
}

function sortInfos(infos: StoreInfo[]): StoreInfo[] {
  return [...infos].sort((a, b) => compareBytes(utf8.encode(a.name), utf8.encode(b.name)));
}

/** The app hash of a set of store roots (rootmulti `CommitInfo.Hash()`). */
export function commitInfoHash(infos: StoreInfo[]): Bytes {
  if (infos.length === 0) return sha256(new Uint8Array(0));
  return simpleMerkleRoot(sortInfos(infos).map((i) => kvPairLeaf(i.name, i.hash)));
}

/** ICS-23 existence proof of (name → store root hash) in `commitInfoHash(infos)` (tendermintSpec). */
export function storeRootProof(infos: StoreInfo[], name: string): ics23.CommitmentProof {
  const sorted = sortInfos(infos);
  const index = sorted.findIndex((i) => i.name === name);
  if (index < 0) throw new Error(`multistore: no store named ${name}`);
  const leaves = sorted.map((i) => kvPairLeaf(i.name, i.hash));
  const exist = ics23.ExistenceProof.create({
    key: utf8.encode(name),
    value: sorted[index]!.hash,
    leaf: ics23.LeafOp.create({
      hash: ics23.HashOp.SHA256,
      prehashKey: ics23.HashOp.NO_HASH,
      prehashValue: ics23.HashOp.SHA256,
      length: ics23.LengthOp.VAR_PROTO,
      prefix: Uint8Array.of(0),
    }),
    path: merklePath(leaves, index),
  });
  return ics23.CommitmentProof.create({ exist });
}

// ---------------------------------------------------------------------------------------------
// MultiStore

/** What a commit is about to write: handed to the committer (persistence) before trees advance. */
export interface PendingCommit {
  version: number;
  appHash: Bytes;
  stores: { name: string; root: Node | undefined; hash: Bytes }[];
  /** Roots of stores deleted by a store upgrade since the last commit: their nodes are orphaned at `version`. */
  deleted?: { name: string; root: Node | undefined }[];
}

/**
 * The SDK's `storetypes.StoreUpgrades`: stores added (empty), renamed (data kept under the new
 * name) and deleted at an upgrade height. Applied to the working state, so the commit of the
 * upgrade block is the first with the new store set.
 */
export interface StoreUpgrades {
  added?: string[];
  renamed?: { oldKey: string; newKey: string }[];
  deleted?: string[];
}

/** The store set after `u`: what a version that applied it mounts. */
export function upgradedStoreNames(names: readonly string[], u: StoreUpgrades): string[] {
  const out = new Set(names);
  for (const r of u.renamed ?? []) {
    out.delete(r.oldKey);
    out.add(r.newKey);
  }
  for (const d of u.deleted ?? []) out.delete(d);
  for (const a of u.added ?? []) out.add(a);
  return [...out];
}

/** Called inside `commit()` before anything in memory advances; if it throws, the commit is aborted. */
export type Committer = (c: PendingCommit) => void;

export interface MultiStoreOptions {
  /** Committed trees to start from (e.g. loaded from disk); all at `version`. */
  initial?: Map<string, ImmutableTree>;
  version?: number;
  committer?: Committer;
  /**
   * Keep only the last N committed versions readable in memory (`viewAt`); undefined or 0 keeps
   * all. Older versions are dropped after each commit, as `MutableTree.pruneVersionsBefore`.
   */
  keepRecent?: number;
  /**
   * Committed versions no longer in memory (older than `keepRecent`, or from before a restart):
   * every store's tree at `version`, or undefined when that version is gone (e.g. SQLite archive).
   */
  archive?: (version: number) => Map<string, ImmutableTree> | undefined;
}

/** A store's key proof: [IAVL proof in the store root, store root proof in the app hash]. */
export interface KeyProof {
  value: Bytes | undefined;
  proofs: [ics23.CommitmentProof, ics23.CommitmentProof];
}

/** Store-in-app-hash proofs kept (a few heights' worth of each store). */
const ROOT_PROOF_CACHE_SIZE = 64;

function sortNames(names: readonly string[]): string[] {
  return sortInfos(names.map((name) => ({ name, hash: EMPTY_ROOT_HASH }))).map((i) => i.name);
}

export class MultiStore {
  private readonly trees = new Map<string, MutableTree>();
  private readonly kvs = new Map<string, TreeStore>();
  private storeNames: readonly string[];
  /** Deleted by `applyStoreUpgrades` and not yet committed. */
  private deletedRoots: { name: string; root: Node | undefined }[] = [];
  /** The last commit's store infos while a store upgrade waits for the next commit. */
  private committedInfo: StoreInfo[] | undefined;
  committer: Committer | undefined;
  readonly keepRecent: number;
  private readonly archive: MultiStoreOptions['archive'];
  private lastHash: Bytes;
  /** `cachedStoreRootProof`: most recent first out. */
  private readonly rootProofs = new Map<string, ics23.CommitmentProof>();

  constructor(names: string[], opts: MultiStoreOptions = {}) {
    if (new Set(names).size !== names.length) throw new Error('multistore: duplicate store name');
    this.storeNames = sortNames(names);
    const version = opts.version ?? 0;
    for (const name of this.names) {
      if (name.length === 0) throw new Error('multistore: empty store name');
      const t = new MutableTree(opts.initial?.get(name) ?? new ImmutableTree(undefined, version));
      if (t.version !== version) throw new Error(`multistore: store ${name} at version ${t.version}, expected ${version}`);
      this.trees.set(name, t);
      this.kvs.set(name, new TreeStore(t));
    }
    for (const name of opts.initial?.keys() ?? []) if (!this.trees.has(name)) throw new Error(`multistore: unknown store ${name}`);
    this.committer = opts.committer;
    this.archive = opts.archive;
    this.keepRecent = opts.keepRecent ?? 0;
    if (!Number.isInteger(this.keepRecent) || this.keepRecent < 0) throw new Error(`multistore: keepRecent must be a non-negative integer, got ${opts.keepRecent}`);
    this.lastHash = version === 0 && opts.initial === undefined ? commitInfoHash([]) : commitInfoHash(this.lastCommitInfo());
  }

  /** The mounted stores, in commit-info order. */
  get names(): readonly string[] {
    return this.storeNames;
  }

  /**
   * Changes the store set (SDK store loader with `StoreUpgrades`, used at the upgrade height):
   * added stores start empty, a renamed store keeps its tree under the new name, a deleted store's
   * data is dropped. Takes effect in the working state; the next commit is the first with the new
   * set. Take new branches afterwards: older ones keep the old set.
   */
  applyStoreUpgrades(u: StoreUpgrades): void {
    const has = (n: string) => this.trees.has(n);
    const added = u.added ?? [];
    const renamed = u.renamed ?? [];
    const deleted = u.deleted ?? [];
    const touched = [...added, ...deleted, ...renamed.flatMap((r) => [r.oldKey, r.newKey])];
    if (new Set(touched).size !== touched.length) throw new Error('multistore: a store appears more than once in the store upgrades');
    for (const a of added) if (a.length === 0 || has(a)) throw new Error(`multistore: cannot add store ${JSON.stringify(a)}: it exists or the name is empty`);
    for (const d of deleted) if (!has(d)) throw new Error(`multistore: cannot delete store ${d}: there is no such store`);
    for (const r of renamed) {
      if (!has(r.oldKey)) throw new Error(`multistore: cannot rename store ${r.oldKey}: there is no such store`);
      if (r.newKey.length === 0 || has(r.newKey)) throw new Error(`multistore: cannot rename ${r.oldKey} to ${JSON.stringify(r.newKey)}: that store exists or the name is empty`);
    }
    const version = this.version;
    this.committedInfo ??= this.lastCommitInfo();
    for (const r of renamed) {
      this.trees.set(r.newKey, this.tree(r.oldKey));
      this.kvs.set(r.newKey, this.kvs.get(r.oldKey)!);
      this.trees.delete(r.oldKey);
      this.kvs.delete(r.oldKey);
    }
    for (const d of deleted) {
      this.deletedRoots.push({ name: d, root: this.tree(d).lastCommitted().root });
      this.trees.delete(d);
      this.kvs.delete(d);
    }
    for (const a of added) {
      const t = new MutableTree(new ImmutableTree(undefined, version));
      this.trees.set(a, t);
      this.kvs.set(a, new TreeStore(t));
    }
    this.storeNames = sortNames([...this.trees.keys()]);
  }

  /** Last committed version (0 before the first commit). */
  get version(): number {
    return this.trees.get(this.names[0]!)?.version ?? 0;
  }

  tree(name: string): MutableTree {
    const t = this.trees.get(name);
    if (t === undefined) throw new Error(`multistore: no store named ${name}`);
    return t;
  }

  /** The working (uncommitted) store; writes go straight into the tree. Prefer `branch()`. */
  store(name: string): KVStore {
    const s = this.kvs.get(name);
    if (s === undefined) throw new Error(`multistore: no store named ${name}`);
    return s;
  }

  branch(): CacheMultiStore {
    return new CacheMultiStore(this.names, (n) => this.store(n));
  }

  /**
   * A read-only view of the state committed at `version` (default: the last commit), for queries;
   * undefined when that version is not kept.
   */
  viewAt(version = this.version): CacheMultiStore | undefined {
    const trees = this.treesAt(version);
    if (trees === undefined) return undefined;
    const views = new Map<string, KVStore>();
    for (const [name, t] of trees) views.set(name, new ReadonlyTreeStore(t));
    return new CacheMultiStore(this.names, (n) => views.get(n)!);
  }

  /** Every store's tree at committed `version`: from memory, else from the archive. */
  private treesAt(version: number): Map<string, ImmutableTree> | undefined {
    if (!Number.isSafeInteger(version) || version < 0 || version > this.version) return undefined;
    const trees = new Map<string, ImmutableTree>();
    for (const name of this.names) {
      const t = version === this.version ? this.tree(name).lastCommitted() : this.tree(name).at(version);
      if (t === undefined) break;
      trees.set(name, t);
    }
    if (trees.size === this.names.length) return trees;
    const archived = version === 0 ? undefined : this.archive?.(version);
    if (archived === undefined) return undefined;
    for (const name of this.names) if (!archived.has(name)) archived.set(name, new ImmutableTree(undefined, version));
    return archived;
  }

  /** The app hash the working state would commit to. */
  workingHash(): Bytes {
    return commitInfoHash(this.names.map((name) => ({ name, hash: this.tree(name).workingHash() })));
  }

  /** Commits every store at version + 1; returns the app hash. */
  commit(): Bytes {
    const version = this.version + 1;
    const stores = this.names.map((name) => {
      const t = this.tree(name);
      return { name, root: t.workingRoot, hash: t.workingHash() };
    });
    const appHash = commitInfoHash(stores);
    this.committer?.({ version, appHash, stores, deleted: this.deletedRoots.length > 0 ? this.deletedRoots : undefined });
    for (const name of this.names) this.tree(name).commit();
    this.deletedRoots = [];
    this.committedInfo = undefined;
    this.lastHash = appHash;
    if (this.keepRecent > 0) this.pruneVersionsBefore(version - this.keepRecent + 1);
    return appHash;
  }

  /**
   * Makes `trees` (every store's tree at committed `version`, e.g. rebuilt from a state-sync
   * snapshot) the store's state, persisted through the committer like a commit. Only an empty store
   * (version 0, nothing written) can be restored; readers must take new branches afterwards.
   */
  restore(version: number, trees: Map<string, ImmutableTree>): Bytes {
    if (this.version !== 0) throw new Error(`multistore: cannot restore a snapshot into a store already at version ${this.version}`);
    if (!Number.isSafeInteger(version) || version < 1) throw new Error(`multistore: snapshot version must be ≥ 1, got ${version}`);
    for (const name of trees.keys()) if (!this.trees.has(name)) throw new Error(`multistore: snapshot has unknown store ${name}`);
    const stores = this.names.map((name) => {
      const t = trees.get(name) ?? new ImmutableTree(undefined, version);
      if (t.version !== version) throw new Error(`multistore: snapshot store ${name} at version ${t.version}, expected ${version}`);
      return { name, root: t.root, hash: t.hash() };
    });
    const appHash = commitInfoHash(stores);
    this.committer?.({ version, appHash, stores });
    for (const s of stores) {
      const t = new MutableTree(new ImmutableTree(s.root, version));
      this.trees.set(s.name, t);
      this.kvs.set(s.name, new TreeStore(t));
    }
    this.lastHash = appHash;
    return appHash;
  }

  /** Drops committed versions older than `version` from memory (the latest is always kept). */
  pruneVersionsBefore(version: number): void {
    for (const t of this.trees.values()) t.pruneVersionsBefore(version);
  }

  /** Returns every store to committed `version`, forgetting later versions (harness snapshots). */
  resetTo(version: number): void {
    if (this.committer !== undefined) throw new Error('multistore: cannot reset a persisted store');
    for (const t of this.trees.values()) t.resetTo(version);
    this.lastHash = version === 0 ? commitInfoHash([]) : commitInfoHash(this.lastCommitInfo());
  }

  /** Drops uncommitted writes in every store. */
  rollback(): void {
    for (const t of this.trees.values()) t.rollback();
  }

  /** App hash of the last commit (sha256("") before the first, as for an empty commit info). */
  lastAppHash(): Bytes {
    return this.lastHash;
  }

  lastCommitInfo(): StoreInfo[] {
    if (this.committedInfo !== undefined) return this.committedInfo;
    return this.names.map((name) => ({ name, hash: this.tree(name).lastCommitted().hash() }));
  }

  /**
   * Membership (value present) or non-membership proof of `key` in store `name`, at committed
   * `version` (default the last commit); undefined when that version is pruned or not committed.
   */
  proveKey(name: string, key: Bytes, version: number = this.version): KeyProof | undefined {
    const trees = this.treesAt(version);
    const t = trees?.get(name);
    if (trees === undefined || t === undefined) return undefined;
    const infos: StoreInfo[] = this.names.map((n) => ({ name: n, hash: trees.get(n)!.hash() }));
    const value = t.get(key);
    const inner = value !== undefined ? t.existenceProof(key) : t.nonExistenceProof(key);
    return { value, proofs: [inner, this.cachedStoreRootProof(infos, name)] };
  }

  /**
   * The store-in-app-hash proof is the same for every key of a store at one version (a relayer
   * proving 100 packets asks for it 100 times): kept per (store, all store roots). Callers encode
   * the proof and must not change it.
   */
  private cachedStoreRootProof(infos: StoreInfo[], name: string): ics23.CommitmentProof {
    const k = `${name}\u0000${infos.map((i) => `${i.name}\u0001${Buffer.from(i.hash).toString('latin1')}`).join('\u0000')}`;
    let p = this.rootProofs.get(k);
    if (p === undefined) {
      p = storeRootProof(infos, name);
      if (this.rootProofs.size >= ROOT_PROOF_CACHE_SIZE) this.rootProofs.delete(this.rootProofs.keys().next().value!);
      this.rootProofs.set(k, p);
    }
    return p;
  }
}

/** A branch of the whole multistore: one `CacheKV` per store, over the parent's stores. */
export class CacheMultiStore {
  private readonly caches = new Map<string, CacheKV>();
  constructor(
    readonly names: readonly string[],
    private readonly parentStore: (name: string) => KVStore,
  ) {}

  store(name: string): CacheKV {
    let c = this.caches.get(name);
    if (c === undefined) {
      if (!this.names.includes(name)) throw new Error(`multistore: no store named ${name}`);
      c = new CacheKV(this.parentStore(name));
      this.caches.set(name, c);
    }
    return c;
  }

  /** A nested branch (a tx in a block, a submessage in a tx). */
  branch(): CacheMultiStore {
    return new CacheMultiStore(this.names, (n) => this.store(n));
  }

  /** Flushes every store's buffered writes to the parent, stores in name order. */
  write(): void {
    for (const name of this.names) this.caches.get(name)?.write();
  }

  discard(): void {
    for (const c of this.caches.values()) c.discard();
  }
}
