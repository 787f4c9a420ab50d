/**
 * x/evidence keeper: turns consensus misbehaviour into an `Equivocation`, applies the age limits,
 * slashes at the infraction's power, jails forever and tombstones (pos-spec §4.3), and stores the
 * evidence by hash. Behaviour follows Cosmos SDK v0.50 x/evidence `handleEquivocationEvidence`.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { Equivocation } from 'cosmjs-types/cosmos/evidence/v1beta1/evidence';
import type { Context } from '../../kernel/context.js';
import { NS_PER_SECOND } from '../../kernel/context.js';
import type { KVStore } from '../../store/kv.js';
import { prefixEnd } from '../../store/kv.js';
import { ChainError, registerError } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { concat, toHex } from '../../kernel/keys.js';
import type { BlockInfo, Misbehavior } from '../../kernel/module.js';
import { timestampFromNs } from '../staking/module.js';
import type { StakingKeeper } from '../staking/keeper.js';
import { DOUBLE_SIGN_JAIL_END_TIME, VALIDATOR_UPDATE_DELAY, type SlashingKeeper } from '../slashing/keeper.js';

export const EVIDENCE_STORE = 'evidence';
export const EQUIVOCATION_TYPE = '/cosmos.evidence.v1beta1.Equivocation';
const EVIDENCE_PREFIX = 0x01;

export const EvidenceErrors = Object.freeze({
  NoEvidenceHandlerExists: registerError('evidence', 2, 'unregistered handler for evidence type'),
  InvalidEvidence: registerError('evidence', 3, 'invalid evidence'),
  NoEvidenceExists: registerError('evidence', 4, 'evidence does not exist'),
  EvidenceExists: registerError('evidence', 5, 'evidence already exists'),
});

/** CometBFT `EvidenceParams` (consensus params). */
export interface EvidenceConsensusParams {
  maxAgeNumBlocks: number;
  maxAgeDurationNs: bigint;
}
export const DEFAULT_EVIDENCE_PARAMS: EvidenceConsensusParams = { maxAgeNumBlocks: 100_000, maxAgeDurationNs: 172_800n * NS_PER_SECOND };

export interface EvidenceKeeperOptions {
  staking: StakingKeeper;
  slashing: SlashingKeeper;
  /** Fixed values, or a reader when the app keeps consensus params in state. */
  consensusParams?: EvidenceConsensusParams | ((ctx: Context) => EvidenceConsensusParams);
}

/** What happened to one piece of evidence (for logs and tests; ignoring is not an error). */
export type EvidenceOutcome = 'handled' | 'too_old' | 'unknown_validator' | 'unbonded' | 'no_signing_info' | 'tombstoned';

export class EvidenceKeeper {
  readonly staking: StakingKeeper;
  readonly slashing: SlashingKeeper;
  private readonly params: (ctx: Context) => EvidenceConsensusParams;

  constructor(o: EvidenceKeeperOptions) {
    this.staking = o.staking;
    this.slashing = o.slashing;
    const cp = o.consensusParams ?? DEFAULT_EVIDENCE_PARAMS;
    this.params = typeof cp === 'function' ? cp : () => cp;
  }

  private store(ctx: Context): KVStore {
    return ctx.store(EVIDENCE_STORE);
  }

  beginBlock(ctx: Context, info: BlockInfo): EvidenceOutcome[] {
    return info.misbehavior.map((m) => this.handleMisbehavior(ctx, m));
  }

  /** DUPLICATE_VOTE and LIGHT_CLIENT_ATTACK are handled alike, as an equivocation. */
  handleMisbehavior(ctx: Context, m: Misbehavior): EvidenceOutcome {
    const ev: Equivocation = { height: BigInt(m.height), time: timestampFromNs(m.time), power: m.power, consensusAddress: this.staking.codec.encodeValcons(m.address) };
    return this.handleEquivocation(ctx, ev, m.address, m.time);
  }

  handleEquivocation(ctx: Context, ev: Equivocation, consAddr: Uint8Array, evTime: bigint): EvidenceOutcome {
    const v = this.staking.getValidatorByConsAddr(ctx, consAddr);
    if (v === undefined) return 'unknown_validator';
    if (v.status === 'unbonded') return 'unbonded';
    if (!this.slashing.hasSigningInfo(ctx, consAddr)) return 'no_signing_info';
    const cp = this.params(ctx);
    const ageNs = ctx.time - evTime;
    const ageBlocks = ctx.height - Number(ev.height);
    // Both limits must be exceeded (CometBFT's rule), not either.
    if (ageNs > cp.maxAgeDurationNs && ageBlocks > cp.maxAgeNumBlocks) return 'too_old';
    // Tombstone cap: only the first double-sign is punished.
    if (this.slashing.isTombstoned(ctx, consAddr)) return 'tombstoned';
    const params = this.slashing.getParams(ctx);
    const infractionHeight = Number(ev.height) - VALIDATOR_UPDATE_DELAY;
    this.slashing.slashWithInfractionReason(ctx, consAddr, params.slashFractionDoubleSign, ev.power, infractionHeight, 'double_sign', evTime);
    if (!v.jailed) this.slashing.jail(ctx, consAddr);
    this.slashing.jailUntil(ctx, consAddr, DOUBLE_SIGN_JAIL_END_TIME);
    this.slashing.tombstone(ctx, consAddr);
    this.setEvidence(ctx, ev);
    return 'handled';
  }

  static hash(ev: Equivocation): Uint8Array {
    return sha256(Equivocation.encode(ev).finish());
  }

  setEvidence(ctx: Context, ev: Equivocation): Uint8Array {
    const h = EvidenceKeeper.hash(ev);
    const k = concat(Uint8Array.of(EVIDENCE_PREFIX), h);
    if (this.store(ctx).has(k)) throw new ChainError(EvidenceErrors.EvidenceExists, toHex(h));
    this.store(ctx).set(k, Equivocation.encode(ev).finish());
    ctx.emit(event('submit_evidence', { evidence_hash: toHex(h).toUpperCase() }));
    return h;
  }
  getEvidence(ctx: Context, hash: Uint8Array): Equivocation | undefined {
    const v = this.store(ctx).get(concat(Uint8Array.of(EVIDENCE_PREFIX), hash));
    return v === undefined ? undefined : Equivocation.decode(v);
  }
  allEvidence(ctx: Context): Equivocation[] {
    const p = Uint8Array.of(EVIDENCE_PREFIX);
    const out: Equivocation[] = [];
    for (const [, v] of this.store(ctx).iterator(p, prefixEnd(p))) out.push(Equivocation.decode(v));
    return out;
  }
  evidencePrefix(): Uint8Array {
    return Uint8Array.of(EVIDENCE_PREFIX);
  }
}
