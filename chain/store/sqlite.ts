/**
 * Persistence of the multistore in SQLite (better-sqlite3, synchronous).
 *
 * Each `MultiStore.commit()` runs, through the committer hook and before anything in memory advances,
 * ONE SQLite transaction that inserts
 *   - the IAVL nodes created since the previous commit (those not yet on disk: found by walking down
 *     from each store root and stopping at nodes already stored, so the work is O(changes · log n)),
 *   - one row per store for the new version (root node id and root hash),
 *   - the commit row (version = height, app hash).
 * If the transaction fails (or the process dies before it commits) the database still holds the
 * previous version, and the in-memory commit is aborted too (the hook throws before trees advance).
 *
 * On open, the latest commit row gives the version; each store's tree is loaded from its root into
 * memory (all reachable nodes, with their stored hashes), so the reopened multistore has the same
 * contents, app hash, proofs and node versions, and later commits hash exactly as without a restart.
 *
 * Pruning: each commit also records, in `orphans`, the nodes of the previous version that the new
 * version no longer references (found by walking the previous tree down to the nodes the new tree
 * still shares: O(changes · log n)); a node orphaned at version v lives in versions < v. With
 * `keepRecent = N`, the same transaction then deletes the nodes, roots and commit rows that no
 * version of the last N uses, and the multistore drops those versions from memory. Default: keep all.
 * (Nodes orphaned before this tracking existed in a database are never deleted.)
 *
 * Only the latest version is loaded on open, and only the last `memoryVersions` commits stay in
 * memory. Older versions still on disk are loaded on demand for queries and proofs at a past height
 * (the multistore's archive): a node already in memory (same database id) is reused, so loading a
 * recent version reads little more than the nodes it does not share with the latest, and the last
 * few loaded versions are cached.
 */
import Database from 'better-sqlite3';
import { ImmutableTree, Node } from './iavl.js';
import { MultiStore, type PendingCommit } from './multistore.js';
import type { Bytes } from './kv.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS nodes (
  id       INTEGER PRIMARY KEY,
  key      BLOB    NOT NULL,
  value    BLOB,
  version  INTEGER NOT NULL,
  height   INTEGER NOT NULL,
  size     INTEGER NOT NULL,
  hash     BLOB    NOT NULL,
  left_id  INTEGER,
  right_id INTEGER
);
CREATE TABLE IF NOT EXISTS roots (
  store   TEXT    NOT NULL,
  version INTEGER NOT NULL,
  node_id INTEGER,
  hash    BLOB    NOT NULL,
  PRIMARY KEY (store, version)
);
CREATE TABLE IF NOT EXISTS commits (
  version  INTEGER PRIMARY KEY,
  app_hash BLOB    NOT NULL
);
CREATE TABLE IF NOT EXISTS orphans (
  node_id    INTEGER PRIMARY KEY,
  to_version INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS orphans_to_version ON orphans (to_version);
`;

interface NodeRow {
  key: Buffer;
  value: Buffer | null;
  version: number;
  height: number;
  size: number;
  hash: Buffer;
  left_id: number | null;
  right_id: number | null;
}

export interface SqliteStoreOptions {
  /** Test hook: runs inside the commit transaction after the nodes are inserted; throwing aborts it. */
  faultAfterNodes?: (version: number) => void;
  /** Keep the last N versions on disk and in memory; undefined or 0 keeps all (e.g. 100 for a node). */
  keepRecent?: number;
  /** Committed versions kept in memory (default 16); older ones are read back from disk on demand. */
  memoryVersions?: number;
  /**
   * Stores that software upgrades add, rename or delete (`StoreUpgrades` of the app's versions):
   * for a database with commits these are mounted only if the last commit has them, so a new binary
   * opens the state of the height before its upgrade with the old store set and changes it at the
   * upgrade height. The other `names` are always mounted (empty if missing).
   */
  upgradeStores?: string[];
}

/** Archived versions kept loaded, most recently used last. */
const ARCHIVE_CACHE = 4;

const copy = (b: Buffer): Uint8Array => new Uint8Array(b);

/** A multistore whose commits are persisted in a SQLite file. */
export class SqliteStore {
  readonly multistore: MultiStore;
  private readonly db: Database.Database;
  /** Database id of every node that is on disk (nodes are immutable once hashed). */
  private readonly ids = new WeakMap<Node, number>();
  private nextId: number;
  /** Nodes inserted by the running commit transaction. */
  private fresh: Node[] = [];
  private readonly insertNode: Database.Statement;
  private readonly insertRoot: Database.Statement;
  private readonly insertCommit: Database.Statement;
  private readonly insertOrphan: Database.Statement;
  private readonly pruneStmts: Database.Statement[];
  private readonly persistTx: (c: PendingCommit) => void;
  /** Nodes loaded from disk by id, weakly, so an archived version shares what memory already holds. */
  private readonly loaded = new Map<number, WeakRef<Node>>();
  private readonly unloaded = new FinalizationRegistry<number>((id) => {
    if (this.loaded.get(id)?.deref() === undefined) this.loaded.delete(id);
  });
  private readonly archived = new Map<number, Map<string, ImmutableTree>>();
  private readonly getNode: Database.Statement;
  private readonly getRoots: Database.Statement;
  private readonly hasCommit: Database.Statement;

  constructor(
    path: string,
    names: string[],
    readonly options: SqliteStoreOptions = {},
  ) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
    this.insertNode = this.db.prepare(
      'INSERT INTO nodes (id, key, value, version, height, size, hash, left_id, right_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertRoot = this.db.prepare('INSERT INTO roots (store, version, node_id, hash) VALUES (?, ?, ?, ?)');
    this.insertCommit = this.db.prepare('INSERT INTO commits (version, app_hash) VALUES (?, ?)');
    this.insertOrphan = this.db.prepare('INSERT INTO orphans (node_id, to_version) VALUES (?, ?)');
    this.pruneStmts = [
      this.db.prepare('DELETE FROM nodes WHERE id IN (SELECT node_id FROM orphans WHERE to_version <= ?)'),
      this.db.prepare('DELETE FROM orphans WHERE to_version <= ?'),
      this.db.prepare('DELETE FROM roots WHERE version < ?'),
      this.db.prepare('DELETE FROM commits WHERE version < ?'),
    ];
    this.getNode = this.db.prepare('SELECT key, value, version, height, size, hash, left_id, right_id FROM nodes WHERE id = ?');
    this.getRoots = this.db.prepare('SELECT store, node_id FROM roots WHERE version = ?');
    this.hasCommit = this.db.prepare('SELECT 1 FROM commits WHERE version = ?');
    const maxId = this.db.prepare('SELECT MAX(id) AS m FROM nodes').get() as { m: number | null };
    this.nextId = (maxId.m ?? 0) + 1;

    const upgradeStores = options.upgradeStores ?? [];
    const known = [...new Set([...names, ...upgradeStores])];
    const { version, trees, appHash } = this.load(known);
    const mounted = version === 0 ? names : [...new Set([...names.filter((n) => !upgradeStores.includes(n)), ...trees.keys()])];
    const inMemory = options.memoryVersions ?? 16;
    if (!Number.isSafeInteger(inMemory) || inMemory < 1) throw new Error(`sqlite store: memoryVersions must be a positive integer, got ${options.memoryVersions}`);
    this.multistore = new MultiStore(mounted, {
      // A database without commits is a fresh store: its app hash is that of an empty commit info
      // (sha256 of nothing, as the SDK's rootmulti reports before the first commit), not of empty stores.
      initial: version === 0 ? undefined : trees,
      version,
      committer: (c) => this.persist(c),
      keepRecent: options.keepRecent ? Math.min(options.keepRecent, inMemory) : inMemory,
      archive: (v) => this.loadArchived(v, known),
    });
    const sameStores = trees.size === mounted.length;
    if (appHash !== undefined && sameStores && Buffer.compare(Buffer.from(appHash), Buffer.from(this.multistore.lastAppHash())) !== 0) {
      throw new Error(`sqlite store: app hash mismatch at version ${version}`);
    }

    this.persistTx = this.db.transaction((c: PendingCommit) => {
      const rootIds: (number | null)[] = [];
      for (const s of c.stores) rootIds.push(s.root === undefined ? null : this.writeNew(s.root));
      this.options.faultAfterNodes?.(c.version);
      c.stores.forEach((s, i) => this.insertRoot.run(s.name, c.version, rootIds[i], s.hash));
      this.insertCommit.run(c.version, c.appHash);
      this.recordOrphans(c);
      const keep = this.options.keepRecent ?? 0;
      const keepFrom = c.version - keep + 1;
      if (keep > 0 && keepFrom > 1) for (const st of this.pruneStmts) st.run(keepFrom);
    });
  }

  /** The state's database handle: give it to `SqliteBlockStore` so blocks commit with the state. */
  get database(): Database.Database {
    return this.db;
  }

  /** Nodes of the previous version that `c` no longer references (see the file comment). */
  private recordOrphans(c: PendingCommit): void {
    const fresh = new Set(this.fresh);
    // a store deleted by a store upgrade: all of its nodes leave with this version
    for (const d of c.deleted ?? []) {
      const stack: Node[] = d.root === undefined ? [] : [d.root];
      while (stack.length > 0) {
        const n = stack.pop()!;
        const id = this.ids.get(n);
        if (id !== undefined) this.insertOrphan.run(id, c.version);
        if (n.left !== undefined) stack.push(n.left);
        if (n.right !== undefined) stack.push(n.right);
      }
    }
    for (const s of c.stores) {
      const previous = this.multistore.tree(s.name).lastCommitted().root;
      if (previous === undefined || previous === s.root) continue;
      // Old nodes the new tree still references: the new root, or non-new children of new nodes.
      const shared = new Set<Node>();
      if (s.root !== undefined && !fresh.has(s.root)) shared.add(s.root);
      for (const n of this.fresh) {
        if (n.left !== undefined && !fresh.has(n.left)) shared.add(n.left);
        if (n.right !== undefined && !fresh.has(n.right)) shared.add(n.right);
      }
      const stack: Node[] = [previous];
      while (stack.length > 0) {
        const n = stack.pop()!;
        if (shared.has(n)) continue;
        const id = this.ids.get(n);
        if (id !== undefined) this.insertOrphan.run(id, c.version);
        if (n.left !== undefined) stack.push(n.left);
        if (n.right !== undefined) stack.push(n.right);
      }
    }
  }

  /** Latest committed version on disk (0 if none). */
  get version(): number {
    return this.multistore.version;
  }

  close(): void {
    this.db.close();
  }

  private persist(c: PendingCommit): void {
    const startId = this.nextId;
    this.fresh = [];
    try {
      this.persistTx(c);
    } catch (e) {
      // The transaction rolled back: its nodes are not on disk and their ids are free again.
      for (const n of this.fresh) this.ids.delete(n);
      this.nextId = startId;
      throw e;
    } finally {
      this.fresh = [];
    }
  }

  /** Inserts `n` and its descendants not yet on disk (children first); returns n's id. */
  private writeNew(n: Node): number {
    const known = this.ids.get(n);
    if (known !== undefined) return known;
    if (n.hash === undefined) throw new Error('sqlite store: unhashed node');
    const l = n.left === undefined ? null : this.writeNew(n.left);
    const r = n.right === undefined ? null : this.writeNew(n.right);
    const id = this.nextId++;
    this.insertNode.run(id, n.key, n.value ?? null, n.version, n.height, n.size, n.hash, l, r);
    this.fresh.push(n);
    this.ids.set(n, id); // undone in persist() if the transaction fails
    return id;
  }

  private load(names: string[]): { version: number; trees: Map<string, ImmutableTree>; appHash: Bytes | undefined } {
    const last = this.db.prepare('SELECT version, app_hash FROM commits ORDER BY version DESC LIMIT 1').get() as
      | { version: number; app_hash: Buffer }
      | undefined;
    if (last === undefined) return { version: 0, trees: new Map(), appHash: undefined };
    return { version: last.version, trees: this.loadTrees(last.version, names), appHash: copy(last.app_hash) };
  }

  /** A committed version older than those in memory, read back from disk; undefined if pruned. */
  private loadArchived(version: number, names: string[]): Map<string, ImmutableTree> | undefined {
    if (this.hasCommit.get(version) === undefined) return undefined;
    let trees = this.archived.get(version);
    if (trees !== undefined) this.archived.delete(version);
    else trees = this.loadTrees(version, names);
    this.archived.set(version, trees);
    if (this.archived.size > ARCHIVE_CACHE) this.archived.delete(this.archived.keys().next().value!);
    return new Map(trees);
  }

  private loadTrees(version: number, names: string[]): Map<string, ImmutableTree> {
    const roots = this.getRoots.all(version) as { store: string; node_id: number | null }[];
    const trees = new Map<string, ImmutableTree>();
    for (const r of roots) {
      if (!names.includes(r.store)) throw new Error(`sqlite store: database has unknown store ${r.store} (a newer app version's store upgrade may have added it: run that version's binary)`);
      trees.set(r.store, new ImmutableTree(r.node_id === null ? undefined : this.loadNode(r.node_id), version));
    }
    return trees;
  }

  /** The node with database id `id` and its subtree; a node still in memory is reused whole. */
  private loadNode(id: number): Node {
    const live = this.loaded.get(id)?.deref();
    if (live !== undefined) return live;
    const row = this.getNode.get(id) as NodeRow | undefined;
    if (row === undefined) throw new Error(`sqlite store: missing node ${id}`);
    const left = row.left_id === null ? undefined : this.loadNode(row.left_id);
    const right = row.right_id === null ? undefined : this.loadNode(row.right_id);
    const value = row.height === 0 ? (row.value === null ? new Uint8Array(0) : copy(row.value)) : undefined;
    const n = new Node(copy(row.key), value, left, right, row.height, row.size, row.version);
    n.hash = copy(row.hash);
    this.ids.set(n, id);
    this.loaded.set(id, new WeakRef(n));
    this.unloaded.register(n, id);
    return n;
  }
}
