/**
 * The consensus validator set, with CometBFT's (v0.38 `types/validator_set.go`) ordering, hash and
 * weighted round-robin proposer selection by proposer priority, so that proposer addresses and
 * `validators_hash` match what a CometBFT chain with the same updates would produce:
 *
 * - order: voting power descending, then address ascending;
 * - hash: simple Merkle root over `SimpleValidator{pub_key, voting_power}` protobuf encodings;
 * - a new validator starts at priority −(P + P/8), P = total power after the update;
 * - each increment: rescale priorities so that max − min ≤ 2·P, centre them on their (floored)
 *   average, add each validator's power, pick the highest (ties: lower address), subtract P from it.
 *
 * All arithmetic is bigint clipped to int64, as CometBFT's safe add/sub.
 */
import { SimpleValidator, ValidatorSet as ProtoValidatorSet } from 'cosmjs-types/tendermint/types/validator';
import { simpleMerkleRoot } from '../store/multistore.js';
import { compareBytes, toHex } from '../kernel/keys.js';
import { consensusAddress } from '../types/address.js';
import type { ValidatorUpdate } from '../kernel/module.js';

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
/** CometBFT `MaxTotalVotingPower` = MaxInt64 / 8. */
export const MAX_TOTAL_VOTING_POWER = INT64_MAX / 8n;
const PRIORITY_WINDOW_SIZE_FACTOR = 2n;

const clip = (v: bigint): bigint => (v > INT64_MAX ? INT64_MAX : v < INT64_MIN ? INT64_MIN : v);

export interface Validator {
  /** Consensus address: sha256(pubKey)[:20]. */
  address: Uint8Array;
  /** ed25519 public key (32 bytes). */
  pubKey: Uint8Array;
  power: bigint;
  proposerPriority: bigint;
}

function byPower(a: Validator, b: Validator): number {
  if (a.power !== b.power) return a.power > b.power ? -1 : 1;
  return compareBytes(a.address, b.address);
}

export class ValidatorSet {
  private constructor(
    private vals: Validator[],
    private proposerAddress: Uint8Array | undefined,
  ) {}

  /** CometBFT `NewValidatorSet`: the set from genesis / InitChain updates, incremented once. */
  static fromUpdates(updates: readonly ValidatorUpdate[]): ValidatorSet {
    const s = new ValidatorSet([], undefined);
    if (updates.length === 0) throw new Error('validator set: genesis has no validators (InitChain returned no validator updates)');
    s.applyChangeSet(updates, false);
    s.incrementProposerPriority(1);
    return s;
  }

  get validators(): readonly Readonly<Validator>[] {
    return this.vals;
  }

  get size(): number {
    return this.vals.length;
  }

  get totalPower(): bigint {
    let t = 0n;
    for (const v of this.vals) t += v.power;
    return t;
  }

  copy(): ValidatorSet {
    return new ValidatorSet(
      this.vals.map((v) => ({ ...v })),
      this.proposerAddress,
    );
  }

  /** Index and validator with this consensus address, or undefined. */
  get(address: Uint8Array): { index: number; validator: Readonly<Validator> } | undefined {
    const index = this.vals.findIndex((v) => compareBytes(v.address, address) === 0);
    return index < 0 ? undefined : { index, validator: this.vals[index]! };
  }

  /** The proposer chosen by the last priority increment (CometBFT `GetProposer`). */
  proposer(): Readonly<Validator> {
    const addr = this.proposerAddress;
    const found = addr === undefined ? undefined : this.get(addr);
    if (found !== undefined) return found.validator;
    return this.mostPriority();
  }

  /** CometBFT `ValidatorSet.Hash()`. */
  hash(): Uint8Array {
    return simpleMerkleRoot(this.vals.map((v) => SimpleValidator.encode({ pubKey: { ed25519: v.pubKey }, votingPower: v.power }).finish()));
  }

  incrementProposerPriority(times: number): void {
    if (this.vals.length === 0) throw new Error('validator set: empty set');
    if (times <= 0) throw new Error('validator set: cannot increment proposer priority a non-positive number of times');
    this.rescalePriorities(PRIORITY_WINDOW_SIZE_FACTOR * this.totalPower);
    this.shiftByAveragePriority();
    const total = this.totalPower;
    let proposer: Validator | undefined;
    for (let i = 0; i < times; i++) {
      for (const v of this.vals) v.proposerPriority = clip(v.proposerPriority + v.power);
      proposer = this.mostPriority();
      proposer.proposerPriority = clip(proposer.proposerPriority - total);
    }
    this.proposerAddress = proposer!.address;
  }

  /**
   * Applies EndBlock updates (power 0 removes) as CometBFT `UpdateWithChangeSet`: duplicates,
   * negative powers, removing an unknown validator, an empty result or a total above
   * MaxTotalVotingPower are errors (on a real chain they halt it).
   */
  applyChangeSet(changes: readonly ValidatorUpdate[], allowDeletes = true): void {
    this.applyEntries(
      changes.map((c) => {
        if (c.pubKey.length !== 32) throw new Error(`validator update: ed25519 public key must be 32 bytes, got ${c.pubKey.length}`);
        return { address: consensusAddress(c.pubKey), pubKey: c.pubKey, power: c.power };
      }),
      allowDeletes,
    );
  }

  /**
   * CometBFT `NewValidatorSet` over entries whose addresses are given rather than derived from the
   * key: for checking CometBFT's own test vectors (validators named "foo", "bar", ...).
   */
  static fromEntries(entries: readonly { address: Uint8Array; pubKey: Uint8Array; power: bigint }[]): ValidatorSet {
    const s = new ValidatorSet([], undefined);
    s.applyEntries(entries, false);
    s.incrementProposerPriority(1);
    return s;
  }

  private applyEntries(changes: readonly { address: Uint8Array; pubKey: Uint8Array; power: bigint }[], allowDeletes: boolean): void {
    if (changes.length === 0) return;
    const seen = new Set<string>();
    const updates: Validator[] = [];
    const deletes: Uint8Array[] = [];
    for (const c of changes) {
      const address = c.address;
      const key = toHex(address);
      if (seen.has(key)) throw new Error(`validator update: duplicate entry for ${key}`);
      seen.add(key);
      if (c.power < 0n) throw new Error(`validator update: negative voting power ${c.power} for ${key}`);
      if (c.power > MAX_TOTAL_VOTING_POWER) throw new Error(`validator update: power ${c.power} for ${key} exceeds the maximum ${MAX_TOTAL_VOTING_POWER}`);
      if (c.power === 0n) deletes.push(address);
      else updates.push({ address, pubKey: c.pubKey, power: c.power, proposerPriority: 0n });
    }
    if (!allowDeletes && deletes.length > 0) throw new Error('validator set: cannot remove validators from a new set');
    for (const d of deletes) if (this.get(d) === undefined) throw new Error(`validator update: cannot remove ${toHex(d)}, which is not in the set`);
    for (const u of updates) {
      const existing = this.get(u.address);
      if (existing !== undefined && compareBytes(existing.validator.pubKey, u.pubKey) !== 0) throw new Error(`validator update: ${toHex(u.address)} changes its public key`);
    }
    // Total after updates, before removals: the figure CometBFT uses for new validators' priority.
    let tvp = this.totalPower;
    for (const u of updates) tvp += u.power - (this.get(u.address)?.validator.power ?? 0n);
    if (tvp > MAX_TOTAL_VOTING_POWER) throw new Error(`validator set: total voting power ${tvp} would exceed the maximum ${MAX_TOTAL_VOTING_POWER}`);
    for (const u of updates) {
      const existing = this.get(u.address);
      u.proposerPriority = existing === undefined ? -(tvp + (tvp >> 3n)) : existing.validator.proposerPriority;
    }
    const next = new Map<string, Validator>(this.vals.map((v) => [toHex(v.address), v]));
    for (const u of updates) next.set(toHex(u.address), u);
    for (const d of deletes) next.delete(toHex(d));
    if (next.size === 0) throw new Error('validator set: applying the updates would leave an empty set');
    this.vals = [...next.values()].sort((a, b) => compareBytes(a.address, b.address));
    this.rescalePriorities(PRIORITY_WINDOW_SIZE_FACTOR * this.totalPower);
    this.shiftByAveragePriority();
    this.vals.sort(byPower);
  }

  toProto(): ProtoValidatorSet {
    const toProto = (v: Readonly<Validator>) => ({ address: v.address, pubKey: { ed25519: v.pubKey }, votingPower: v.power, proposerPriority: v.proposerPriority });
    return { validators: this.vals.map(toProto), proposer: toProto(this.proposer()), totalVotingPower: this.totalPower };
  }

  static fromProto(p: ProtoValidatorSet): ValidatorSet {
    const vals = p.validators.map((v) => {
      const pubKey = v.pubKey.ed25519;
      if (pubKey === undefined) throw new Error('validator set: only ed25519 validator keys are supported');
      return { address: v.address.length > 0 ? v.address : consensusAddress(pubKey), pubKey, power: v.votingPower, proposerPriority: v.proposerPriority };
    });
    return new ValidatorSet(vals, p.proposer?.address);
  }

  private mostPriority(): Validator {
    let best = this.vals[0]!;
    for (const v of this.vals) {
      if (v.proposerPriority > best.proposerPriority || (v.proposerPriority === best.proposerPriority && compareBytes(v.address, best.address) < 0)) best = v;
    }
    return best;
  }

  private rescalePriorities(diffMax: bigint): void {
    if (diffMax <= 0n || this.vals.length === 0) return;
    let max = this.vals[0]!.proposerPriority;
    let min = max;
    for (const v of this.vals) {
      if (v.proposerPriority > max) max = v.proposerPriority;
      if (v.proposerPriority < min) min = v.proposerPriority;
    }
    const diff = max - min;
    if (diff > diffMax) {
      const ratio = (diff + diffMax - 1n) / diffMax;
      // bigint division truncates toward zero, as Go's int64 division does.
      for (const v of this.vals) v.proposerPriority = v.proposerPriority / ratio;
    }
  }

  private shiftByAveragePriority(): void {
    if (this.vals.length === 0) return;
    let sum = 0n;
    for (const v of this.vals) sum += v.proposerPriority;
    const n = BigInt(this.vals.length);
    // Go's big.Int.Div is Euclidean: for a positive divisor that is floor division.
    let avg = sum / n;
    if (sum % n !== 0n && sum < 0n) avg -= 1n;
    for (const v of this.vals) v.proposerPriority = clip(v.proposerPriority - avg);
  }
}
