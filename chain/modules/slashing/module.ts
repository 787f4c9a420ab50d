/** x/slashing messages (MsgUnjail, MsgUpdateParams), gRPC queries, genesis and BeginBlock. */
import { MsgUnjail, MsgUnjailResponse, MsgUpdateParams, MsgUpdateParamsResponse } from 'cosmjs-types/cosmos/slashing/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/slashing/v1beta1/query';
import type { Params as ProtoParams, ValidatorSigningInfo } from 'cosmjs-types/cosmos/slashing/v1beta1/slashing';
import type { Context } from '../../kernel/context.js';
import { NS_PER_SECOND } from '../../kernel/context.js';
import type { BlockInfo, Module } from '../../kernel/module.js';
import { protoMsg, type MsgRouter, type QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { fromUtf8, utf8 } from '../../kernel/keys.js';
import { paginate } from '../../kernel/pagination.js';
import { Dec } from '../../types/dec.js';
import { requireAuthority } from '../../kernel/authority.js';
import { toTimestamp as timestampFromNs } from '../../types/time.js';
import { DEFAULT_SLASHING_PARAMS, SLASHING_STORE, SlashingErrors, type SigningInfo, type SlashingKeeper, type SlashingParams } from './keeper.js';

export interface SlashingGenesis {
  params?: {
    signed_blocks_window?: string;
    min_signed_per_window?: string;
    /** Seconds ("600" or "600s"). */
    downtime_jail_duration?: string;
    slash_fraction_double_sign?: string;
    slash_fraction_downtime?: string;
    downtime_jail_blocks?: number;
  };
  /** Exported state: signing info per consensus address (tombstones must survive a re-import). */
  signing_infos?: {
    address: string;
    start_height: string;
    index_offset: string;
    /** ns since the epoch. */
    jailed_until: string;
    tombstoned: boolean;
    missed_blocks_counter: string;
    jailed_at_height: string;
  }[];
  /** Exported state: the set bits of each missed-block array. */
  missed_blocks?: { address: string; missed_indexes: string[] }[];
}

/** protobuf `bytes` LegacyDec fields carry the atomics integer as text. */
const decBytes = (d: Dec) => utf8(d.toAtomicsString());
const bytesDec = (b: Uint8Array, what: string) => {
  try {
    return Dec.fromAtomicsString(fromUtf8(b));
  } catch {
    throw new ChainError(Codes.InvalidRequest, `invalid ${what}`);
  }
};

export function paramsToProto(p: SlashingParams): ProtoParams {
  return {
    signedBlocksWindow: p.signedBlocksWindow,
    minSignedPerWindow: decBytes(p.minSignedPerWindow),
    downtimeJailDuration: { seconds: p.downtimeJailDurationNs / NS_PER_SECOND, nanos: Number(p.downtimeJailDurationNs % NS_PER_SECOND) },
    slashFractionDoubleSign: decBytes(p.slashFractionDoubleSign),
    slashFractionDowntime: decBytes(p.slashFractionDowntime),
  };
}

export function signingInfoToProto(i: SigningInfo): ValidatorSigningInfo {
  return {
    address: i.address,
    startHeight: BigInt(i.startHeight),
    indexOffset: i.indexOffset,
    jailedUntil: timestampFromNs(i.jailedUntil),
    tombstoned: i.tombstoned,
    missedBlocksCounter: i.missedBlocksCounter,
  };
}

export class SlashingModule implements Module {
  readonly name = 'slashing';
  readonly storeKeys = [SLASHING_STORE];

  constructor(readonly keeper: SlashingKeeper) {}

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    r.register<MsgUnjail>({
      ...protoMsg(MsgUnjail, 'slashing'),
      signers: (m) => [k.codec.valoperToAccount(m.validatorAddr)],
      validate: (m) => {
        k.codec.decodeValoper(m.validatorAddr);
      },
      handle: (ctx, m) => {
        k.unjail(ctx, m.validatorAddr);
        ctx.emit(event('message', { module: 'slashing', sender: k.codec.valoperToAccount(m.validatorAddr) }));
        return { typeUrl: '/cosmos.slashing.v1beta1.MsgUnjailResponse', value: MsgUnjailResponse.encode({}).finish() };
      },
    });
    r.register<MsgUpdateParams>({
      ...protoMsg(MsgUpdateParams, 'slashing'),
      signers: (m) => [m.authority],
      handle: (ctx, m) => {
        requireAuthority(k.authority, m.authority);
        if (m.params === undefined) throw new ChainError(Codes.InvalidRequest, 'params must be set');
        const p = m.params;
        k.setParams(ctx, {
          signedBlocksWindow: p.signedBlocksWindow,
          minSignedPerWindow: bytesDec(p.minSignedPerWindow, 'min signed per window'),
          downtimeJailDurationNs: (p.downtimeJailDuration?.seconds ?? 0n) * NS_PER_SECOND + BigInt(p.downtimeJailDuration?.nanos ?? 0),
          slashFractionDoubleSign: bytesDec(p.slashFractionDoubleSign, 'slash fraction double sign'),
          slashFractionDowntime: bytesDec(p.slashFractionDowntime, 'slash fraction downtime'),
          // Not on the Cosmos wire type: kept.
          downtimeJailBlocks: k.getParams(ctx).downtimeJailBlocks,
        });
        return { typeUrl: '/cosmos.slashing.v1beta1.MsgUpdateParamsResponse', value: MsgUpdateParamsResponse.encode({}).finish() };
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    const k = this.keeper;
    r.registerService('cosmos.slashing.v1beta1.Query', {
      Params: (ctx) => Q.QueryParamsResponse.encode({ params: paramsToProto(k.getParams(ctx)) }).finish(),
      SigningInfo: (ctx, b) => {
        const q = Q.QuerySigningInfoRequest.decode(b);
        const cons = k.codec.decodeValcons(q.consAddress);
        const info = k.getSigningInfo(ctx, cons);
        if (info === undefined) throw new ChainError(SlashingErrors.NoSigningInfoFound, q.consAddress);
        return Q.QuerySigningInfoResponse.encode({ valSigningInfo: signingInfoToProto(info) }).finish();
      },
      SigningInfos: (ctx, b) => {
        const q = Q.QuerySigningInfosRequest.decode(b);
        const { items, pagination } = paginate(ctx.store(SLASHING_STORE), k.infoPrefix(), q.pagination, (key) => signingInfoToProto(k.getSigningInfo(ctx, key.slice(1, 1 + key[0]!))!));
        return Q.QuerySigningInfosResponse.encode({ info: items, pagination }).finish();
      },
    });
  }

  initGenesis(ctx: Context, state: unknown): void {
    const g = (state ?? {}) as SlashingGenesis;
    const gp = g.params ?? {};
    const d = DEFAULT_SLASHING_PARAMS;
    this.keeper.setParams(ctx, {
      signedBlocksWindow: gp.signed_blocks_window === undefined ? d.signedBlocksWindow : BigInt(gp.signed_blocks_window),
      minSignedPerWindow: gp.min_signed_per_window === undefined ? d.minSignedPerWindow : Dec.parse(gp.min_signed_per_window),
      downtimeJailDurationNs: gp.downtime_jail_duration === undefined ? d.downtimeJailDurationNs : BigInt(gp.downtime_jail_duration.replace(/s$/, '')) * NS_PER_SECOND,
      slashFractionDoubleSign: gp.slash_fraction_double_sign === undefined ? d.slashFractionDoubleSign : Dec.parse(gp.slash_fraction_double_sign),
      slashFractionDowntime: gp.slash_fraction_downtime === undefined ? d.slashFractionDowntime : Dec.parse(gp.slash_fraction_downtime),
      downtimeJailBlocks: gp.downtime_jail_blocks ?? d.downtimeJailBlocks,
    });
    const num = (v: string, what: string): bigint => {
      if (!/^\d+$/.test(v)) throw new ChainError(Codes.InvalidRequest, `invalid slashing genesis ${what} ${JSON.stringify(v)}: expected a non-negative integer string`);
      return BigInt(v);
    };
    for (const i of g.signing_infos ?? []) {
      this.keeper.setSigningInfo(ctx, this.keeper.codec.decodeValcons(i.address), {
        address: i.address,
        startHeight: Number(num(i.start_height, 'start_height')),
        indexOffset: num(i.index_offset, 'index_offset'),
        jailedUntil: num(i.jailed_until, 'jailed_until'),
        tombstoned: i.tombstoned === true,
        missedBlocksCounter: num(i.missed_blocks_counter, 'missed_blocks_counter'),
        jailedAtHeight: Number(num(i.jailed_at_height, 'jailed_at_height')),
      });
    }
    for (const m of g.missed_blocks ?? []) {
      const cons = this.keeper.codec.decodeValcons(m.address);
      for (const idx of m.missed_indexes) this.keeper.setMissedBlock(ctx, cons, num(idx, 'missed index'));
    }
  }

  exportGenesis(ctx: Context): SlashingGenesis {
    const p = this.keeper.getParams(ctx);
    const infos = this.keeper.allSigningInfos(ctx);
    return {
      params: {
        signed_blocks_window: p.signedBlocksWindow.toString(),
        min_signed_per_window: p.minSignedPerWindow.toString(),
        downtime_jail_duration: `${p.downtimeJailDurationNs / NS_PER_SECOND}s`,
        slash_fraction_double_sign: p.slashFractionDoubleSign.toString(),
        slash_fraction_downtime: p.slashFractionDowntime.toString(),
        downtime_jail_blocks: p.downtimeJailBlocks,
      },
      signing_infos: infos.map(({ info: i }) => ({
        address: i.address,
        start_height: String(i.startHeight),
        index_offset: i.indexOffset.toString(),
        jailed_until: i.jailedUntil.toString(),
        tombstoned: i.tombstoned,
        missed_blocks_counter: i.missedBlocksCounter.toString(),
        jailed_at_height: String(i.jailedAtHeight),
      })),
      missed_blocks: infos
        .map(({ consAddr, info }) => ({ address: info.address, missed_indexes: this.keeper.missedBlocks(ctx, consAddr).map((x) => x.toString()) }))
        .filter((m) => m.missed_indexes.length > 0),
    };
  }

  beginBlock(ctx: Context, info: BlockInfo): void {
    this.keeper.beginBlock(ctx, info);
  }
}
