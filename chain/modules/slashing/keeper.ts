/**
 * x/slashing keeper: signing info and the missed-block bit array per consensus address, the
 * liveness check over each block's last commit (pos-spec §4.1), unjailing (§4.2), tombstones, and
 * the slash/jail calls evidence uses. Behaviour follows Cosmos SDK v0.50 x/slashing.
 */
import type { Context } from '../../kernel/context.js';
import type { KVStore } from '../../store/kv.js';
import { prefixEnd } from '../../store/kv.js';
import { ChainError, Codes, registerError } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { concat, decodeJson, encodeJson, lengthPrefixed, u64BE } from '../../kernel/keys.js';
import type { BlockIdFlag, BlockInfo } from '../../kernel/module.js';
import type { AddressCodec } from '../../types/address.js';
import { Dec } from '../../types/dec.js';
import type { StakingHooks, StakingReader, StakingSlasher } from '../staking/api.js';

export const SLASHING_STORE = 'slashing';
/** Upstream `DoubleSignJailEndTime`: 9999-12-31T23:59:59Z, in ns. */
export const DOUBLE_SIGN_JAIL_END_TIME = 253402300799n * 1_000_000_000n;
/** CometBFT applies a validator update two blocks later; evidence heights are shifted by this. */
export const VALIDATOR_UPDATE_DELAY = 1;

export const SlashingErrors = Object.freeze({
  NoValidatorForAddress: registerError('slashing', 2, 'address is not associated with any known validator'),
  BadValidatorAddr: registerError('slashing', 3, 'validator does not exist for that address'),
  ValidatorJailed: registerError('slashing', 4, 'validator still jailed; cannot be unjailed'),
  ValidatorNotJailed: registerError('slashing', 5, 'validator not jailed; cannot be unjailed'),
  MissingSelfDelegation: registerError('slashing', 6, 'validator has no self-delegation; cannot be unjailed'),
  SelfDelegationTooLowToUnjail: registerError('slashing', 7, "validator's self delegation less than minimum; cannot be unjailed"),
  NoSigningInfoFound: registerError('slashing', 8, 'no validator signing info found'),
  ValidatorTombstoned: registerError('slashing', 9, 'validator already tombstoned'),
});

export interface SlashingParams {
  signedBlocksWindow: bigint;
  minSignedPerWindow: Dec;
  downtimeJailDurationNs: bigint;
  slashFractionDoubleSign: Dec;
  slashFractionDowntime: Dec;
  /** Ours: minimum jail in blocks for downtime (0 = off), for fastpos-style height-based tests. */
  downtimeJailBlocks: number;
}

export const DEFAULT_SLASHING_PARAMS: SlashingParams = {
  signedBlocksWindow: 100n,
  minSignedPerWindow: Dec.withPrecision(5, 1),
  downtimeJailDurationNs: 600n * 1_000_000_000n,
  slashFractionDoubleSign: Dec.withPrecision(5, 2),
  slashFractionDowntime: Dec.withPrecision(1, 2),
  downtimeJailBlocks: 0,
};

export interface SigningInfo {
  /** Bech32 valcons address. */
  address: string;
  startHeight: number;
  indexOffset: bigint;
  jailedUntil: bigint;
  tombstoned: boolean;
  missedBlocksCounter: bigint;
  /** Ours: height of the last downtime jail, for `downtime_jail_blocks`. */
  jailedAtHeight: number;
}

/** Told about a slash before it is applied (see `SlashingKeeper.onBeforeSlash`). */
export type BeforeSlashListener = (ctx: Context, valoper: string, reason: 'downtime' | 'double_sign') => unknown;

export interface SlashingKeeperOptions {
  staking: StakingReader & StakingSlasher;
  codec: AddressCodec;
  authority: string;
}

const INFO = 0x01;
const MISSED = 0x02;
const PARAMS_KEY = Uint8Array.of(0x03);

const infoKey = (cons: Uint8Array) => concat(Uint8Array.of(INFO), lengthPrefixed(cons));
const missedPrefix = (cons: Uint8Array) => concat(Uint8Array.of(MISSED), lengthPrefixed(cons));
const missedKey = (cons: Uint8Array, index: bigint) => concat(missedPrefix(cons), u64BE(index));

export class SlashingKeeper {
  readonly staking: StakingReader & StakingSlasher;
  readonly codec: AddressCodec;
  readonly authority: string;

  constructor(o: SlashingKeeperOptions) {
    this.staking = o.staking;
    this.codec = o.codec;
    this.authority = o.authority;
  }

  private beforeSlashListeners: BeforeSlashListener[] = [];
  /**
   * Called with the validator's operator address before a downtime or double-sign slash is applied
   * (the hooks module's `jailing` sudo to mesh-security native-staking, spec §11.2). A listener
   * contains its own failures: slashing never fails because of it.
   */
  onBeforeSlash(l: BeforeSlashListener): void {
    this.beforeSlashListeners.push(l);
  }
  private beforeSlash(ctx: Context, consAddr: Uint8Array, reason: 'downtime' | 'double_sign'): void {
    if (this.beforeSlashListeners.length === 0) return;
    const v = this.staking.getValidatorByConsAddr(ctx, consAddr);
    if (v === undefined) return;
    for (const l of this.beforeSlashListeners) l(ctx, v.operator, reason);
  }

  private store(ctx: Context): KVStore {
    return ctx.store(SLASHING_STORE);
  }

  /** The receiver to pass to `stakingKeeper.setHooks([...])`. */
  hooks(): StakingHooks {
    return {
      afterValidatorBonded: (ctx, consAddr) => {
        const info = this.getSigningInfo(ctx, consAddr);
        if (info !== undefined) {
          info.startHeight = ctx.height;
          this.setSigningInfo(ctx, consAddr, info);
        } else {
          this.setSigningInfo(ctx, consAddr, { address: this.codec.encodeValcons(consAddr), startHeight: ctx.height, indexOffset: 0n, jailedUntil: 0n, tombstoned: false, missedBlocksCounter: 0n, jailedAtHeight: 0 });
        }
      },
      validateNewConsensusKey: (ctx, consAddr) => {
        if (this.isTombstoned(ctx, consAddr)) throw new ChainError(SlashingErrors.ValidatorTombstoned, `consensus key ${this.codec.encodeValcons(consAddr)} was tombstoned and can never be used again`);
      },
      afterValidatorPaused: (ctx, consAddr) => {
        const info = this.getSigningInfo(ctx, consAddr);
        if (info === undefined) return;
        info.jailedUntil = ctx.time;
        this.setSigningInfo(ctx, consAddr, info);
      },
    };
  }

  // ---- params ------------------------------------------------------------------------------------

  getParams(ctx: Context): SlashingParams {
    const v = this.store(ctx).get(PARAMS_KEY);
    if (v === undefined) return DEFAULT_SLASHING_PARAMS;
    const j = decodeJson<Record<string, string | number>>(v);
    return {
      signedBlocksWindow: BigInt(j.signed_blocks_window!),
      minSignedPerWindow: Dec.fromAtomicsString(String(j.min_signed_per_window)),
      downtimeJailDurationNs: BigInt(j.downtime_jail_duration_ns!),
      slashFractionDoubleSign: Dec.fromAtomicsString(String(j.slash_fraction_double_sign)),
      slashFractionDowntime: Dec.fromAtomicsString(String(j.slash_fraction_downtime)),
      downtimeJailBlocks: Number(j.downtime_jail_blocks),
    };
  }
  setParams(ctx: Context, p: SlashingParams): void {
    if (p.signedBlocksWindow <= 0n) throw new ChainError(Codes.InvalidRequest, `signed blocks window must be positive, got ${p.signedBlocksWindow}`);
    const unit = (d: Dec, what: string) => {
      if (d.isNegative() || d.gt(Dec.ONE)) throw new ChainError(Codes.InvalidRequest, `${what} must be in [0, 1], got ${d}`);
    };
    unit(p.minSignedPerWindow, 'min signed per window');
    unit(p.slashFractionDoubleSign, 'double sign slash fraction');
    unit(p.slashFractionDowntime, 'downtime slash fraction');
    if (p.downtimeJailDurationNs <= 0n) throw new ChainError(Codes.InvalidRequest, 'downtime jail duration must be positive');
    if (!Number.isInteger(p.downtimeJailBlocks) || p.downtimeJailBlocks < 0) throw new ChainError(Codes.InvalidRequest, 'downtime jail blocks must be a non-negative integer');
    const oldWindow = this.store(ctx).has(PARAMS_KEY) ? this.getParams(ctx).signedBlocksWindow : undefined;
    this.store(ctx).set(
      PARAMS_KEY,
      encodeJson({
        signed_blocks_window: p.signedBlocksWindow.toString(),
        min_signed_per_window: p.minSignedPerWindow.toAtomicsString(),
        downtime_jail_duration_ns: p.downtimeJailDurationNs.toString(),
        slash_fraction_double_sign: p.slashFractionDoubleSign.toAtomicsString(),
        slash_fraction_downtime: p.slashFractionDowntime.toAtomicsString(),
        downtime_jail_blocks: p.downtimeJailBlocks,
      }),
    );
    // A new window size invalidates every bit array (upstream resets them too).
    if (oldWindow !== undefined && oldWindow !== p.signedBlocksWindow) {
      for (const { consAddr, info } of this.allSigningInfos(ctx)) {
        this.clearMissed(ctx, consAddr);
        info.missedBlocksCounter = 0n;
        info.indexOffset = 0n;
        this.setSigningInfo(ctx, consAddr, info);
      }
    }
  }

  // ---- signing info ------------------------------------------------------------------------------

  getSigningInfo(ctx: Context, consAddr: Uint8Array): SigningInfo | undefined {
    const v = this.store(ctx).get(infoKey(consAddr));
    if (v === undefined) return undefined;
    const j = decodeJson<{ address: string; start_height: number; index_offset: string; jailed_until: string; tombstoned: boolean; missed_blocks_counter: string; jailed_at_height: number }>(v);
    return {
      address: j.address,
      startHeight: j.start_height,
      indexOffset: BigInt(j.index_offset),
      jailedUntil: BigInt(j.jailed_until),
      tombstoned: j.tombstoned,
      missedBlocksCounter: BigInt(j.missed_blocks_counter),
      jailedAtHeight: j.jailed_at_height,
    };
  }
  setSigningInfo(ctx: Context, consAddr: Uint8Array, i: SigningInfo): void {
    this.store(ctx).set(
      infoKey(consAddr),
      encodeJson({
        address: i.address,
        start_height: i.startHeight,
        index_offset: i.indexOffset.toString(),
        jailed_until: i.jailedUntil.toString(),
        tombstoned: i.tombstoned,
        missed_blocks_counter: i.missedBlocksCounter.toString(),
        jailed_at_height: i.jailedAtHeight,
      }),
    );
  }
  allSigningInfos(ctx: Context): { consAddr: Uint8Array; info: SigningInfo }[] {
    const p = Uint8Array.of(INFO);
    const out: { consAddr: Uint8Array; info: SigningInfo }[] = [];
    for (const [k] of this.store(ctx).iterator(p, prefixEnd(p))) {
      const consAddr = k.slice(2, 2 + k[1]!);
      out.push({ consAddr, info: this.getSigningInfo(ctx, consAddr)! });
    }
    return out;
  }
  infoPrefix(): Uint8Array {
    return Uint8Array.of(INFO);
  }

  missedBlocks(ctx: Context, consAddr: Uint8Array): bigint[] {
    const p = missedPrefix(consAddr);
    const out: bigint[] = [];
    for (const [k] of this.store(ctx).iterator(p, prefixEnd(p))) out.push(new DataView(k.buffer, k.byteOffset + p.length, 8).getBigUint64(0));
    return out;
  }
  /** Genesis import: marks bit `index` of the missed-block array (the counter lives in the signing info). */
  setMissedBlock(ctx: Context, consAddr: Uint8Array, index: bigint): void {
    this.store(ctx).set(missedKey(consAddr, index), Uint8Array.of(1));
  }
  private clearMissed(ctx: Context, consAddr: Uint8Array): void {
    const st = this.store(ctx);
    const p = missedPrefix(consAddr);
    const keys: Uint8Array[] = [];
    for (const [k] of st.iterator(p, prefixEnd(p))) keys.push(k);
    for (const k of keys) st.delete(k);
  }

  isTombstoned(ctx: Context, consAddr: Uint8Array): boolean {
    return this.getSigningInfo(ctx, consAddr)?.tombstoned === true;
  }
  hasSigningInfo(ctx: Context, consAddr: Uint8Array): boolean {
    return this.store(ctx).has(infoKey(consAddr));
  }
  tombstone(ctx: Context, consAddr: Uint8Array): void {
    const info = this.getSigningInfo(ctx, consAddr);
    if (info === undefined) throw new ChainError(SlashingErrors.NoSigningInfoFound, `cannot tombstone ${this.codec.encodeValcons(consAddr)}`);
    if (info.tombstoned) throw new ChainError(SlashingErrors.ValidatorTombstoned, this.codec.encodeValcons(consAddr));
    info.tombstoned = true;
    this.setSigningInfo(ctx, consAddr, info);
    this.staking.noteTombstoned(ctx, consAddr);
  }
  jailUntil(ctx: Context, consAddr: Uint8Array, until: bigint): void {
    const info = this.getSigningInfo(ctx, consAddr);
    if (info === undefined) throw new ChainError(SlashingErrors.NoSigningInfoFound, `cannot set the jail time of ${this.codec.encodeValcons(consAddr)}`);
    info.jailedUntil = until;
    this.setSigningInfo(ctx, consAddr, info);
  }

  /** Staking slash plus the upstream `slash` event; returns the amount burned. */
  slashWithInfractionReason(ctx: Context, consAddr: Uint8Array, fraction: Dec, power: bigint, infractionHeight: number, reason: string, infractionTime?: bigint): bigint {
    this.beforeSlash(ctx, consAddr, reason === 'double_sign' ? 'double_sign' : 'downtime');
    const burned = this.staking.slash(ctx, consAddr, infractionHeight, power, fraction, reason, infractionTime);
    ctx.emit(event('slash', { address: this.codec.encodeValcons(consAddr), power: power.toString(), reason, burned_coins: burned.toString() }));
    return burned;
  }
  jail(ctx: Context, consAddr: Uint8Array): void {
    this.staking.jail(ctx, consAddr);
    ctx.emit(event('slash', { jailed: this.codec.encodeValcons(consAddr) }));
  }

  // ---- liveness (§4.1) ---------------------------------------------------------------------------

  beginBlock(ctx: Context, info: BlockInfo): void {
    const params = this.getParams(ctx);
    for (const vote of info.lastCommit.votes) this.handleValidatorSignature(ctx, params, vote.address, vote.power, vote.flag);
  }

  handleValidatorSignature(ctx: Context, params: SlashingParams, consAddr: Uint8Array, power: bigint, flag: BlockIdFlag): void {
    const v = this.staking.getValidatorByConsAddr(ctx, consAddr);
    // Unknown (removed) validators and jailed ones accrue nothing (upstream skips jailed ones too).
    if (v === undefined || v.jailed) return;
    const info = this.getSigningInfo(ctx, consAddr);
    if (info === undefined) return;
    const window = params.signedBlocksWindow;
    const index = info.indexOffset % window;
    info.indexOffset += 1n;
    const st = this.store(ctx);
    const wasMissed = st.has(missedKey(consAddr, index));
    const missed = flag === 'absent';
    if (!wasMissed && missed) {
      st.set(missedKey(consAddr, index), Uint8Array.of(1));
      info.missedBlocksCounter += 1n;
    } else if (wasMissed && !missed) {
      st.delete(missedKey(consAddr, index));
      info.missedBlocksCounter -= 1n;
    }
    const valcons = this.codec.encodeValcons(consAddr);
    if (missed) ctx.emit(event('liveness', { address: valcons, missed_blocks: info.missedBlocksCounter.toString(), height: String(ctx.height) }));
    const minHeight = BigInt(info.startHeight) + window;
    const maxMissed = window - params.minSignedPerWindow.mulInt(window).roundInt();
    if (BigInt(ctx.height) > minHeight && info.missedBlocksCounter > maxMissed) {
      // The stake that signed the missed blocks: −1 for the update delay, −1 as this is the last commit.
      const infractionHeight = ctx.height - VALIDATOR_UPDATE_DELAY - 1;
      this.beforeSlash(ctx, consAddr, 'downtime');
      const burned = this.staking.slash(ctx, consAddr, infractionHeight, power, params.slashFractionDowntime, 'missing_signature');
      this.staking.jail(ctx, consAddr);
      ctx.emit(event('slash', { address: valcons, power: power.toString(), reason: 'missing_signature', jailed: valcons, burned_coins: burned.toString() }));
      info.jailedUntil = ctx.time + params.downtimeJailDurationNs;
      info.jailedAtHeight = ctx.height;
      // Reset so the validator is not slashed again right after unjailing.
      info.missedBlocksCounter = 0n;
      info.indexOffset = 0n;
      this.clearMissed(ctx, consAddr);
    }
    this.setSigningInfo(ctx, consAddr, info);
  }

  // ---- unjail (§4.2) -----------------------------------------------------------------------------

  unjail(ctx: Context, valoper: string): void {
    const v = this.staking.getValidator(ctx, valoper);
    if (v === undefined) throw new ChainError(SlashingErrors.NoValidatorForAddress, valoper);
    const self = this.staking.getDelegation(ctx, this.codec.valoperToAccount(valoper), valoper);
    if (self === undefined) throw new ChainError(SlashingErrors.MissingSelfDelegation, 'must self-delegate before unjailing');
    if (this.staking.tokensFromShares(v, self.shares).truncateInt() < v.minSelfDelegation) throw new ChainError(SlashingErrors.SelfDelegationTooLowToUnjail, `self delegation is below the minimum ${v.minSelfDelegation}`);
    if (!v.jailed) throw new ChainError(SlashingErrors.ValidatorNotJailed, valoper);
    const info = this.getSigningInfo(ctx, v.consAddress);
    if (info !== undefined) {
      if (info.tombstoned) throw new ChainError(SlashingErrors.ValidatorJailed, `validator ${valoper} is tombstoned and can never be unjailed`);
      if (ctx.time < info.jailedUntil) throw new ChainError(SlashingErrors.ValidatorJailed, `validator ${valoper} is jailed until ${info.jailedUntil} ns (now ${ctx.time})`);
      const blocks = this.getParams(ctx).downtimeJailBlocks;
      if (!v.paused && blocks > 0 && info.jailedAtHeight > 0 && ctx.height < info.jailedAtHeight + blocks) {
        throw new ChainError(SlashingErrors.ValidatorJailed, `validator ${valoper} is jailed until height ${info.jailedAtHeight + blocks} (now ${ctx.height})`);
      }
    }
    this.staking.unjail(ctx, v.consAddress);
  }
}
