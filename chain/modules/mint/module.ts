/** x/mint: BeginBlock minting, `cosmos.mint.v1beta1.Query`, MsgUpdateParams and genesis. */
import { MsgUpdateParams, MsgUpdateParamsResponse } from 'cosmjs-types/cosmos/mint/v1beta1/tx';
import * as Q from 'cosmjs-types/cosmos/mint/v1beta1/query';
import type { Context } from '../../kernel/context.js';
import type { Module } from '../../kernel/module.js';
import { protoMsg, type MsgRouter, type QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { utf8 } from '../../kernel/keys.js';
import { Dec } from '../../types/dec.js';
import { requireAuthority } from '../../kernel/authority.js';
import { DEFAULT_MINTER, DEFAULT_MINT_PARAMS, MINT_STORE, type MintKeeper, type MintParams } from './keeper.js';

/** Cosmos JSON genesis (decimals as "0.130000000000000000"), plus our optional `block_provision`. */
export interface MintGenesis {
  minter?: { inflation?: string; annual_provisions?: string };
  params?: {
    mint_denom?: string;
    inflation_rate_change?: string;
    inflation_max?: string;
    inflation_min?: string;
    goal_bonded?: string;
    blocks_per_year?: string;
    block_provision?: string;
  };
}

export class MintModule implements Module {
  readonly name = 'mint';
  readonly storeKeys = [MINT_STORE];

  constructor(readonly keeper: MintKeeper) {}

  beginBlock(ctx: Context): void {
    this.keeper.beginBlock(ctx);
  }

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    r.register<MsgUpdateParams>({
      ...protoMsg(MsgUpdateParams, 'mint'),
      signers: (m) => [m.authority],
      handle: (ctx, m) => {
        requireAuthority(k.authority, m.authority);
        if (m.params === undefined) throw new ChainError(Codes.InvalidRequest, 'params must be set');
        let p: MintParams;
        try {
          p = {
            mintDenom: m.params.mintDenom,
            inflationRateChange: Dec.fromAtomicsString(m.params.inflationRateChange),
            inflationMax: Dec.fromAtomicsString(m.params.inflationMax),
            inflationMin: Dec.fromAtomicsString(m.params.inflationMin),
            goalBonded: Dec.fromAtomicsString(m.params.goalBonded),
            blocksPerYear: m.params.blocksPerYear,
            // Not on the upstream wire: governance keeps whatever genesis set.
            blockProvision: k.getStoredParams(ctx).blockProvision,
          };
        } catch (e) {
          throw new ChainError(Codes.InvalidRequest, `malformed mint params: ${(e as Error).message}`);
        }
        if (p.mintDenom === '') throw new ChainError(Codes.InvalidRequest, 'mint denom cannot be blank');
        k.setParams(ctx, p);
        return { typeUrl: '/cosmos.mint.v1beta1.MsgUpdateParamsResponse', value: MsgUpdateParamsResponse.encode({}).finish() };
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    const k = this.keeper;
    r.registerService('cosmos.mint.v1beta1.Query', {
      Params: (ctx) => Q.QueryParamsResponse.encode({ params: k.paramsToProto(k.getParams(ctx)) }).finish(),
      // LegacyDec marshals to the text of its 10^18-scaled integer.
      Inflation: (ctx) => Q.QueryInflationResponse.encode({ inflation: utf8(k.getMinter(ctx).inflation.toAtomicsString()) }).finish(),
      AnnualProvisions: (ctx) => Q.QueryAnnualProvisionsResponse.encode({ annualProvisions: utf8(k.getMinter(ctx).annualProvisions.toAtomicsString()) }).finish(),
    });
  }

  initGenesis(ctx: Context, state: unknown): void {
    const g = (state ?? {}) as MintGenesis;
    const d = (s: string | undefined, def: Dec) => (s === undefined ? def : Dec.parse(s));
    const p = g.params ?? {};
    const D = DEFAULT_MINT_PARAMS;
    this.keeper.setParams(ctx, {
      mintDenom: p.mint_denom ?? D.mintDenom,
      inflationRateChange: d(p.inflation_rate_change, D.inflationRateChange),
      inflationMax: d(p.inflation_max, D.inflationMax),
      inflationMin: d(p.inflation_min, D.inflationMin),
      goalBonded: d(p.goal_bonded, D.goalBonded),
      blocksPerYear: p.blocks_per_year === undefined ? D.blocksPerYear : BigInt(p.blocks_per_year),
      blockProvision: p.block_provision === undefined ? D.blockProvision : BigInt(p.block_provision),
    });
    this.keeper.setMinter(ctx, { inflation: d(g.minter?.inflation, DEFAULT_MINTER.inflation), annualProvisions: d(g.minter?.annual_provisions, DEFAULT_MINTER.annualProvisions) });
  }

  exportGenesis(ctx: Context): MintGenesis {
    const m = this.keeper.getMinter(ctx);
    const p = this.keeper.getStoredParams(ctx);
    return {
      minter: { inflation: m.inflation.toString(), annual_provisions: m.annualProvisions.toString() },
      params: {
        mint_denom: p.mintDenom,
        inflation_rate_change: p.inflationRateChange.toString(),
        inflation_max: p.inflationMax.toString(),
        inflation_min: p.inflationMin.toString(),
        goal_bonded: p.goalBonded.toString(),
        blocks_per_year: p.blocksPerYear.toString(),
        block_provision: p.blockProvision.toString(),
      },
    };
  }
}
