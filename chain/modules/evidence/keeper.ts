/**
 * x/evidence keeper: turns consensus misbehaviour into an `Equivocation`, applies the age limits,
 * slashes at the infraction's power, jails forever and tombstones (pos-spec §4.3), and stores the
 * evidence by hash. Behaviour follows Cosmos SDK v0.50 x/evidence `handleEquivocationEvidence`.
 */
import type { StakingReader, StakingHistory } from '../staking/api.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Equivocation } from 'cosmjs-types/cosmos/evidence/v1beta1/evidence';
import { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Context } from '../../kernel/context.js';
import { NS_PER_SECOND } from '../../kernel/context.js';
import type { KVStore } from '../../store/kv.js';
import { prefixEnd } from '../../store/kv.js';
import { ChainError, Codes, registerError } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { concat, toHex } from '../../kernel/keys.js';
import type { BlockInfo, Misbehavior } from '../../kernel/module.js';
import { fromTimestamp, toTimestamp as timestampFromNs } from '../../types/time.js';
import { verifyDuplicateVoteEvidence } from '../../consensus/evidence.js';
import { DOUBLE_SIGN_JAIL_END_TIME, VALIDATOR_UPDATE_DELAY, type SlashingKeeper } from '../slashing/keeper.js';

export const EVIDENCE_STORE = 'evidence';
export const EQUIVOCATION_TYPE = '/cosmos.evidence.v1beta1.Equivocation';
export const DUPLICATE_VOTE_TYPE = '/tendermint.types.DuplicateVoteEvidence';
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
  staking: StakingReader & StakingHistory;
  slashing: SlashingKeeper;
  /** Fixed values, or a reader when the app keeps consensus params in state. */
  consensusParams?: EvidenceConsensusParams | ((ctx: Context) => EvidenceConsensusParams);
  /**
   * The only account that may submit a bare `Equivocation` (it carries no proof), i.e. the gov
   * module account; undefined refuses bare equivocations from everyone.
   */
  authority?: string;
}

/** What happened to one piece of evidence (for logs and tests; ignoring is not an error). */
export type EvidenceOutcome = 'handled' | 'too_old' | 'unknown_validator' | 'unbonded' | 'no_signing_info' | 'tombstoned';

export class EvidenceKeeper {
  readonly staking: StakingReader & StakingHistory;
  readonly slashing: SlashingKeeper;
  readonly authority: string | undefined;
  private readonly params: (ctx: Context) => EvidenceConsensusParams;

  constructor(o: EvidenceKeeperOptions) {
    this.staking = o.staking;
    this.slashing = o.slashing;
    this.authority = o.authority;
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

  /**
   * `MsgSubmitEvidence` (pos-spec §4.3). Accepted evidence:
   * - `/tendermint.types.DuplicateVoteEvidence` from anyone: two conflicting precommits, verified
   *   against the validator's consensus key;
   * - `/cosmos.evidence.v1beta1.Equivocation` from the gov authority only, since it proves nothing
   *   by itself (the Cosmos SDK registers no msg handler for it at all).
   * Either way the claimed height, time and power must match the chain's historical info (power =
   * what the key signed that height with), and the result is handled exactly as consensus
   * evidence. Unlike consensus evidence, a submission that would be ignored (too old, unbonded,
   * tombstoned, ...) fails so the submitter learns that nothing happened. Returns the evidence hash.
   */
  submitEvidence(ctx: Context, submitter: string, any: Any): Uint8Array {
    let ev: Equivocation;
    let consAddr: Uint8Array;
    if (any.typeUrl === DUPLICATE_VOTE_TYPE) {
      ({ ev, consAddr } = this.equivocationFromDuplicateVote(ctx, decodeEvidence(any, (b) => DuplicateVoteEvidence.decode(b))));
    } else if (any.typeUrl === EQUIVOCATION_TYPE) {
      if (this.authority === undefined || submitter !== this.authority) {
        throw new ChainError(Codes.Unauthorized, `a bare ${EQUIVOCATION_TYPE} carries no proof and is accepted from the gov authority only; submit a ${DUPLICATE_VOTE_TYPE} instead`);
      }
      ev = decodeEvidence(any, (b) => Equivocation.decode(b));
      consAddr = this.validateEquivocation(ctx, ev);
    } else {
      throw new ChainError(EvidenceErrors.NoEvidenceHandlerExists, `${any.typeUrl}; accepted: ${DUPLICATE_VOTE_TYPE}, ${EQUIVOCATION_TYPE} (gov only)`);
    }
    const hash = EvidenceKeeper.hash(ev);
    if (this.getEvidence(ctx, hash) !== undefined) throw new ChainError(EvidenceErrors.EvidenceExists, toHex(hash).toUpperCase());
    const outcome = this.handleEquivocation(ctx, ev, consAddr, fromTimestamp(ev.time));
    if (outcome !== 'handled') throw new ChainError(EvidenceErrors.InvalidEvidence, `evidence against ${ev.consensusAddress} at height ${ev.height} would be ignored: ${IGNORED[outcome]}`);
    return hash;
  }

  /** Checks a duplicate-vote proof and turns it into the equivocation it proves. */
  private equivocationFromDuplicateVote(ctx: Context, dv: DuplicateVoteEvidence): { ev: Equivocation; consAddr: Uint8Array } {
    const a = dv.voteA;
    if (a === undefined || dv.voteB === undefined) throw new ChainError(EvidenceErrors.InvalidEvidence, 'duplicate vote evidence needs both votes');
    const consAddr = a.validatorAddress;
    const v = this.staking.getValidatorByConsAddr(ctx, consAddr);
    if (v === undefined) throw new ChainError(EvidenceErrors.InvalidEvidence, `no validator with consensus address ${toHex(consAddr).toUpperCase()}: its key is unknown, so the votes cannot be verified`);
    try {
      verifyDuplicateVoteEvidence(dv, ctx.chainId, v.consensusPubKey);
    } catch (e) {
      throw new ChainError(EvidenceErrors.InvalidEvidence, (e as Error).message);
    }
    if (dv.timestamp === undefined) throw new ChainError(EvidenceErrors.InvalidEvidence, 'duplicate vote evidence needs the timestamp of the block at its height');
    const ev: Equivocation = { height: a.height, time: dv.timestamp, power: dv.validatorPower, consensusAddress: this.staking.codec.encodeValcons(consAddr) };
    this.validateEquivocation(ctx, ev, dv.totalVotingPower);
    return { ev, consAddr };
  }

  /** Stateless checks, then the claimed facts against historical info; returns the consensus address. */
  private validateEquivocation(ctx: Context, ev: Equivocation, totalPower?: bigint): Uint8Array {
    const invalid = (why: string) => new ChainError(EvidenceErrors.InvalidEvidence, why);
    if (ev.height <= 0n) throw invalid(`invalid equivocation height ${ev.height}`);
    if (ev.height > BigInt(ctx.height)) throw invalid(`equivocation height ${ev.height} is after the current height ${ctx.height}`);
    if (ev.power <= 0n) throw invalid(`invalid equivocation validator power ${ev.power}`);
    if (ev.time === undefined) throw invalid('equivocation time must be set');
    let consAddr: Uint8Array;
    try {
      consAddr = this.staking.codec.decodeValcons(ev.consensusAddress);
    } catch {
      throw invalid(`invalid equivocation consensus address ${JSON.stringify(ev.consensusAddress)}`);
    }
    const height = Number(ev.height);
    const header = this.staking.getHistoricalInfo(ctx, height);
    const signing = this.staking.signingPowerAt(ctx, height, consAddr);
    if (header === undefined || signing === undefined) {
      throw invalid(`no historical info for height ${height} (kept for the last historical_entries blocks), so the equivocation cannot be verified`);
    }
    const time = fromTimestamp(ev.time);
    if (time !== header.time) throw invalid(`equivocation time ${time} is not the time ${header.time} of block ${height}`);
    if (signing.power !== ev.power) throw invalid(`${ev.consensusAddress} signed height ${height} with power ${signing.power}, not ${ev.power}`);
    if (totalPower !== undefined && totalPower !== signing.total) throw invalid(`total voting power at height ${height} was ${signing.total}, not ${totalPower}`);
    return consAddr;
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

const IGNORED: Record<Exclude<EvidenceOutcome, 'handled'>, string> = {
  too_old: 'older than both max_age_num_blocks and max_age_duration',
  unknown_validator: 'no such validator',
  unbonded: 'the validator is unbonded',
  no_signing_info: 'the validator has no signing info',
  tombstoned: 'the validator is already tombstoned (only the first double-sign is punished)',
};

function decodeEvidence<T>(any: Any, decode: (b: Uint8Array) => T): T {
  try {
    return decode(any.value);
  } catch (e) {
    throw new ChainError(Codes.UnpackAny, `cannot decode ${any.typeUrl}: ${(e as Error).message}`);
  }
}
