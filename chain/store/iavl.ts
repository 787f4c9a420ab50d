/**
 * A persistent (path-copying) IAVL+ tree: an AVL tree whose values live in the leaves, hashed exactly
 * as cosmos/iavl hashes its nodes, so that `@confio/ics23`'s `iavlSpec` verifies its proofs.
 *
 * Node hashing (cosmos/iavl node.go `writeHashBytes`, varints are Go's zig-zag `binary.PutVarint`,
 * byte strings are `uvarint(len) || bytes`):
 *   leaf  = sha256(varint(0) || varint(1) || varint(version) || bytes(key) || bytes(sha256(value)))
 *   inner = sha256(varint(height) || varint(size) || varint(version) || bytes(leftHash) || bytes(rightHash))
 * An inner node's key is the smallest key of its right subtree; size counts leaves. The root hash of
 * an empty tree is sha256 of the empty string (iavl ≥ 0.20).
 *
 * Versions: the working tree is version `latest + 1`; every node created (or copied by path-copying /
 * rotation) while it is being built carries that version, untouched subtrees keep theirs. So the root
 * hash depends on the history of commits, not only on the final contents (as in IAVL). `commit()`
 * hashes only the nodes that have no hash yet — exactly the nodes created since the previous commit —
 * so its cost is O(changes · log n). Insert, remove and the rotations follow iavl's
 * `recursiveSet` / `recursiveRemove` / `balance`, so the shapes match iavl's for the same ops.
 *
 * Committed roots are immutable and can be read or proven at any retained version. Keys and values
 * passed in are kept by reference: callers must not mutate them afterwards.
 */
import { sha256 } from './sha256.js';
import { ics23 } from '@confio/ics23';
import { compareBytes } from '../../bytes/bytes.js';

export type Bytes = Uint8Array;

export { compareBytes };

export class Node {
  /** Set once, when the node is hashed (at commit or `workingHash`); never changes afterwards. */
  hash: Bytes | undefined = undefined;
  constructor(
    readonly key: Bytes,
    /** Leaf value; undefined for inner nodes. */
    readonly value: Bytes | undefined,
    readonly left: Node | undefined,
    readonly right: Node | undefined,
    readonly height: number,
    readonly size: number,
    readonly version: number,
  ) {}
  get isLeaf(): boolean {
    return this.height === 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Hashing

let scratch = new Uint8Array(256);

function ensureScratch(n: number): void {
  if (scratch.length < n) {
    let m = scratch.length * 2;
    while (m < n) m *= 2;
    scratch = new Uint8Array(m);
  }
}

/** Unsigned LEB128 varint of a non-negative safe integer; returns the new offset. */
function putUvarint(buf: Uint8Array, off: number, n: number): number {
  while (n >= 0x80) {
    buf[off++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  buf[off++] = n;
  return off;
}

/** Go's `binary.PutVarint` (zig-zag) for a non-negative integer: uvarint(2n). */
function putVarint(buf: Uint8Array, off: number, n: number): number {
  return putUvarint(buf, off, n * 2);
}

/** Encodes varint(height) || varint(size) || varint(version), as iavl and ics23 prefixes do. */
export function nodeHeader(height: number, size: number, version: number): Bytes {
  const b = new Uint8Array(30);
  let o = putVarint(b, 0, height);
  o = putVarint(b, o, size);
  o = putVarint(b, o, version);
  return b.slice(0, o);
}

function hashLeaf(key: Bytes, value: Bytes, version: number): Bytes {
  ensureScratch(30 + 10 + key.length + 1 + 32);
  const b = scratch;
  let o = putVarint(b, 0, 0);
  o = putVarint(b, o, 1);
  o = putVarint(b, o, version);
  o = putUvarint(b, o, key.length);
  b.set(key, o);
  o += key.length;
  b[o++] = 32;
  b.set(sha256(value), o);
  o += 32;
  return sha256(b.subarray(0, o));
}

function hashInner(n: Node, lh: Bytes, rh: Bytes): Bytes {
  const b = scratch; // always ≥ 256 bytes; an inner preimage is ≤ 30 + 66
  let o = putVarint(b, 0, n.height);
  o = putVarint(b, o, n.size);
  o = putVarint(b, o, n.version);
  b[o++] = lh.length;
  b.set(lh, o);
  o += lh.length;
  b[o++] = rh.length;
  b.set(rh, o);
  o += rh.length;
  return sha256(b.subarray(0, o));
}

export const EMPTY_ROOT_HASH: Bytes = sha256(new Uint8Array(0));

// ---------------------------------------------------------------------------------------------
// Tree operations (pure: they return new nodes, never modify existing ones)

/** Counts nodes allocated and hashed, to check that work grows with the changes only. */
export interface TreeStats {
  nodesCreated: number;
  nodesHashed: number;
}

function heightOf(n: Node): number {
  return n.height;
}

function mkInner(key: Bytes, left: Node, right: Node, version: number, stats: TreeStats): Node {
  stats.nodesCreated++;
  const h = heightOf(left) > heightOf(right) ? heightOf(left) : heightOf(right);
  return new Node(key, undefined, left, right, h + 1, left.size + right.size, version);
}

function mkLeaf(key: Bytes, value: Bytes, version: number, stats: TreeStats): Node {
  stats.nodesCreated++;
  return new Node(key, value, undefined, undefined, 0, 1, version);
}

function balanceOf(n: Node): number {
  return n.left!.height - n.right!.height;
}

function rotateRight(n: Node, v: number, s: TreeStats): Node {
  const l = n.left!;
  const newN = mkInner(n.key, l.right!, n.right!, v, s);
  return mkInner(l.key, l.left!, newN, v, s);
}

function rotateLeft(n: Node, v: number, s: TreeStats): Node {
  const r = n.right!;
  const newN = mkInner(n.key, n.left!, r.left!, v, s);
  return mkInner(r.key, newN, r.right!, v, s);
}

/** iavl's `balance`: n is a freshly built inner node whose children are balanced. */
function rebalance(n: Node, v: number, s: TreeStats): Node {
  const b = balanceOf(n);
  if (b > 1) {
    const l = n.left!;
    if (balanceOf(l) >= 0) return rotateRight(n, v, s);
    const newL = rotateLeft(l, v, s);
    return rotateRight(mkInner(n.key, newL, n.right!, v, s), v, s);
  }
  if (b < -1) {
    const r = n.right!;
    if (balanceOf(r) <= 0) return rotateLeft(n, v, s);
    const newR = rotateRight(r, v, s);
    return rotateLeft(mkInner(n.key, n.left!, newR, v, s), v, s);
  }
  return n;
}

let setUpdated = false;

function recursiveSet(n: Node, key: Bytes, value: Bytes, v: number, s: TreeStats): Node {
  if (n.height === 0) {
    const c = compareBytes(key, n.key);
    if (c < 0) {
      setUpdated = false;
      return mkInner(n.key, mkLeaf(key, value, v, s), n, v, s);
    }
    if (c > 0) {
      setUpdated = false;
      return mkInner(key, n, mkLeaf(key, value, v, s), v, s);
    }
    setUpdated = true;
    return mkLeaf(key, value, v, s);
  }
  let node: Node;
  if (compareBytes(key, n.key) < 0) {
    node = mkInner(n.key, recursiveSet(n.left!, key, value, v, s), n.right!, v, s);
  } else {
    node = mkInner(n.key, n.left!, recursiveSet(n.right!, key, value, v, s), v, s);
  }
  return setUpdated ? node : rebalance(node, v, s);
}

// recursiveRemove's extra results, kept in module variables to avoid allocating tuples.
let rmRemoved = false;
let rmNewKey: Bytes | undefined;
let rmValue: Bytes | undefined;

/** Returns the new subtree (undefined if it became empty); see iavl's `recursiveRemove`. */
function recursiveRemove(n: Node, key: Bytes, v: number, s: TreeStats): Node | undefined {
  if (n.height === 0) {
    if (compareBytes(key, n.key) === 0) {
      rmRemoved = true;
      rmNewKey = undefined;
      rmValue = n.value;
      return undefined;
    }
    rmRemoved = false;
    return n;
  }
  if (compareBytes(key, n.key) < 0) {
    const newLeft = recursiveRemove(n.left!, key, v, s);
    if (!rmRemoved) return n;
    if (newLeft === undefined) {
      rmNewKey = n.key;
      return n.right;
    }
    // rmNewKey propagates up unchanged: this subtree's smallest key changed.
    return rebalance(mkInner(n.key, newLeft, n.right!, v, s), v, s);
  }
  const newRight = recursiveRemove(n.right!, key, v, s);
  if (!rmRemoved) return n;
  if (newRight === undefined) {
    rmNewKey = undefined;
    return n.left;
  }
  const nk = rmNewKey ?? n.key;
  rmNewKey = undefined;
  return rebalance(mkInner(nk, n.left!, newRight, v, s), v, s);
}

function getIn(root: Node | undefined, key: Bytes): Bytes | undefined {
  let n = root;
  if (n === undefined) return undefined;
  while (n.height > 0) n = compareBytes(key, n.key) < 0 ? n.left! : n.right!;
  return compareBytes(key, n.key) === 0 ? n.value : undefined;
}

/** Hashes every node without a hash; returns the root hash. */
function hashTree(n: Node, s: TreeStats): Bytes {
  if (n.hash !== undefined) return n.hash;
  s.nodesHashed++;
  if (n.height === 0) {
    n.hash = hashLeaf(n.key, n.value!, n.version);
  } else {
    const lh = hashTree(n.left!, s);
    const rh = hashTree(n.right!, s);
    n.hash = hashInner(n, lh, rh);
  }
  return n.hash;
}

/**
 * In-order iteration over [start, end) (undefined = unbounded), ascending or descending, using an
 * explicit stack and pruning subtrees outside the range. Iterates a snapshot: later writes to the
 * tree do not affect a running iterator.
 */
export function* iterateNodes(
  root: Node | undefined,
  start: Bytes | undefined,
  end: Bytes | undefined,
  ascending: boolean,
): Generator<[Bytes, Bytes]> {
  if (root === undefined) return;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.height === 0) {
      if ((start === undefined || compareBytes(n.key, start) >= 0) && (end === undefined || compareBytes(n.key, end) < 0)) {
        yield [n.key, n.value!];
      }
      continue;
    }
    // left subtree holds keys < n.key, right subtree keys ≥ n.key
    const goLeft = start === undefined || compareBytes(start, n.key) < 0;
    const goRight = end === undefined || compareBytes(end, n.key) > 0;
    if (ascending) {
      if (goRight) stack.push(n.right!);
      if (goLeft) stack.push(n.left!);
    } else {
      if (goLeft) stack.push(n.left!);
      if (goRight) stack.push(n.right!);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Proofs

const HASH_LEN = 32;

function leafOp(version: number): ics23.LeafOp {
  return ics23.LeafOp.create({
    hash: ics23.HashOp.SHA256,
    prehashKey: ics23.HashOp.NO_HASH,
    prehashValue: ics23.HashOp.SHA256,
    length: ics23.LengthOp.VAR_PROTO,
    prefix: nodeHeader(0, 1, version),
  });
}

function innerOp(n: Node, childIsLeft: boolean): ics23.InnerOp {
  const head = nodeHeader(n.height, n.size, n.version);
  if (childIsLeft) {
    const rh = n.right!.hash!;
    const prefix = new Uint8Array(head.length + 1);
    prefix.set(head);
    prefix[head.length] = HASH_LEN;
    const suffix = new Uint8Array(1 + rh.length);
    suffix[0] = rh.length;
    suffix.set(rh, 1);
    return ics23.InnerOp.create({ hash: ics23.HashOp.SHA256, prefix, suffix });
  }
  const lh = n.left!.hash!;
  const prefix = new Uint8Array(head.length + 2 + lh.length);
  prefix.set(head);
  prefix[head.length] = lh.length;
  prefix.set(lh, head.length + 1);
  prefix[head.length + 1 + lh.length] = HASH_LEN;
  return ics23.InnerOp.create({ hash: ics23.HashOp.SHA256, prefix, suffix: new Uint8Array(0) });
}

/** Existence proof for `key` in a fully hashed tree, or undefined if the key is absent. */
function existenceIn(root: Node | undefined, key: Bytes): ics23.ExistenceProof | undefined {
  if (root === undefined) return undefined;
  const path: Node[] = [];
  const dirs: boolean[] = [];
  let n = root;
  while (n.height > 0) {
    path.push(n);
    const left = compareBytes(key, n.key) < 0;
    dirs.push(left);
    n = left ? n.left! : n.right!;
  }
  if (compareBytes(key, n.key) !== 0) return undefined;
  const ops: ics23.InnerOp[] = [];
  for (let i = path.length - 1; i >= 0; i--) ops.push(innerOp(path[i]!, dirs[i]!));
  return ics23.ExistenceProof.create({ key: n.key, value: n.value!, leaf: leafOp(n.version), path: ops });
}

/** Greatest key < key (left neighbour) and smallest key > key (right neighbour); O(log n). */
function neighbours(root: Node | undefined, key: Bytes): [Node | undefined, Node | undefined] {
  // The subtrees whose max (resp. min) is the best candidate so far; resolved once at the end.
  let loSub: Node | undefined;
  let hiSub: Node | undefined;
  let lo: Node | undefined;
  let hi: Node | undefined;
  let n = root;
  while (n !== undefined && n.height > 0) {
    if (compareBytes(key, n.key) < 0) {
      hiSub = n.right; // every key there is ≥ n.key > key
      n = n.left;
    } else {
      loSub = n.left; // every key there is < n.key ≤ key
      n = n.right;
    }
  }
  if (n !== undefined) {
    const c = compareBytes(n.key, key);
    if (c < 0) lo = n;
    else if (c > 0) hi = n;
  }
  if (lo === undefined && loSub !== undefined) lo = maxLeaf(loSub);
  if (hi === undefined && hiSub !== undefined) hi = minLeaf(hiSub);
  return [lo, hi];
}

function minLeaf(n: Node): Node {
  while (n.height > 0) n = n.left!;
  return n;
}
function maxLeaf(n: Node): Node {
  while (n.height > 0) n = n.right!;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Public API

/** A committed, immutable version of the tree. */
export class ImmutableTree {
  constructor(
    readonly root: Node | undefined,
    readonly version: number,
  ) {}

  get size(): number {
    return this.root?.size ?? 0;
  }
  get height(): number {
    return this.root?.height ?? 0;
  }
  hash(): Bytes {
    return this.root === undefined ? EMPTY_ROOT_HASH : this.root.hash!;
  }
  get(key: Bytes): Bytes | undefined {
    return getIn(this.root, key);
  }
  has(key: Bytes): boolean {
    return getIn(this.root, key) !== undefined;
  }
  iterate(start?: Bytes, end?: Bytes, ascending = true): Generator<[Bytes, Bytes]> {
    return iterateNodes(this.root, start, end, ascending);
  }

  /** ICS-23 membership proof; throws if the key is absent. */
  existenceProof(key: Bytes): ics23.CommitmentProof {
    const exist = existenceIn(this.root, key);
    if (exist === undefined) throw new Error('existenceProof: key not in tree');
    return ics23.CommitmentProof.create({ exist });
  }

  /** ICS-23 non-membership proof; throws if the key is present or the tree is empty. */
  nonExistenceProof(key: Bytes): ics23.CommitmentProof {
    if (this.root === undefined) throw new Error('nonExistenceProof: empty tree');
    if (getIn(this.root, key) !== undefined) throw new Error('nonExistenceProof: key is in tree');
    const [lo, hi] = neighbours(this.root, key);
    const nonexist = ics23.NonExistenceProof.create({ key });
    if (lo !== undefined) nonexist.left = existenceIn(this.root, lo.key)!;
    if (hi !== undefined) nonexist.right = existenceIn(this.root, hi.key)!;
    return ics23.CommitmentProof.create({ nonexist });
  }
}

/**
 * The working tree over the last committed version. Reads see uncommitted writes. Committed versions
 * are retained until `pruneVersionsBefore`.
 */
export class MutableTree {
  private root: Node | undefined;
  private latest: ImmutableTree;
  private readonly versions = new Map<number, ImmutableTree>();
  readonly stats: TreeStats = { nodesCreated: 0, nodesHashed: 0 };

  constructor(initial?: ImmutableTree) {
    this.latest = initial ?? new ImmutableTree(undefined, 0);
    this.root = this.latest.root;
    if (initial !== undefined) this.versions.set(initial.version, initial);
  }

  /** Version of the last commit (0 before the first). */
  get version(): number {
    return this.latest.version;
  }
  get workingVersion(): number {
    return this.latest.version + 1;
  }
  get size(): number {
    return this.root?.size ?? 0;
  }
  get height(): number {
    return this.root?.height ?? 0;
  }
  get workingRoot(): Node | undefined {
    return this.root;
  }

  get(key: Bytes): Bytes | undefined {
    return getIn(this.root, key);
  }
  has(key: Bytes): boolean {
    return getIn(this.root, key) !== undefined;
  }

  /** Inserts or updates; returns true if the key already existed. */
  set(key: Bytes, value: Bytes): boolean {
    if (key.length === 0) throw new Error('iavl: empty key');
    if (value === undefined || value === null) throw new Error('iavl: nil value');
    const v = this.workingVersion;
    if (this.root === undefined) {
      this.root = mkLeaf(key, value, v, this.stats);
      return false;
    }
    setUpdated = false;
    this.root = recursiveSet(this.root, key, value, v, this.stats);
    return setUpdated;
  }

  /** Removes the key; returns its old value, or undefined if absent. */
  remove(key: Bytes): Bytes | undefined {
    if (this.root === undefined) return undefined;
    rmRemoved = false;
    rmNewKey = undefined;
    rmValue = undefined;
    const newRoot = recursiveRemove(this.root, key, this.workingVersion, this.stats);
    if (!rmRemoved) return undefined;
    this.root = newRoot;
    return rmValue;
  }

  iterate(start?: Bytes, end?: Bytes, ascending = true): Generator<[Bytes, Bytes]> {
    return iterateNodes(this.root, start, end, ascending);
  }

  /** Root hash the working tree would commit to (hashes new nodes; they stay valid). */
  workingHash(): Bytes {
    return this.root === undefined ? EMPTY_ROOT_HASH : hashTree(this.root, this.stats);
  }

  /** Commits the working tree as version `version + 1`; returns its root hash. */
  commit(): Bytes {
    const hash = this.workingHash();
    this.latest = new ImmutableTree(this.root, this.workingVersion);
    this.versions.set(this.latest.version, this.latest);
    return hash;
  }

  /** Drops uncommitted writes. */
  rollback(): void {
    this.root = this.latest.root;
  }

  lastCommitted(): ImmutableTree {
    return this.latest;
  }
  /** A retained committed version, or undefined. */
  at(version: number): ImmutableTree | undefined {
    return this.versions.get(version);
  }
  /**
   * Makes a retained version the latest again, dropping every later version and the working
   * changes (in-memory snapshot restore for the multi-test harness; never used by a node).
   */
  resetTo(version: number): void {
    const t = version === 0 && !this.versions.has(0) ? new ImmutableTree(undefined, 0) : this.versions.get(version);
    if (t === undefined) throw new Error(`iavl: version ${version} is not retained`);
    for (const v of [...this.versions.keys()]) if (v > version) this.versions.delete(v);
    this.latest = t;
    this.root = t.root;
  }
  pruneVersionsBefore(version: number): void {
    for (const v of [...this.versions.keys()]) if (v < version && v !== this.latest.version) this.versions.delete(v);
  }

  /** Proofs are against the last committed version. */
  existenceProof(key: Bytes): ics23.CommitmentProof {
    return this.latest.existenceProof(key);
  }
  nonExistenceProof(key: Bytes): ics23.CommitmentProof {
    return this.latest.nonExistenceProof(key);
  }
}
