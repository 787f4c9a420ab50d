/**
 * x/mint keeper: the minter (inflation, annual provisions) and its params; each BeginBlock moves
 * inflation toward the bonded-ratio goal and mints one block's provision into the fee collector
 * (pos-spec §5.1, Cosmos SDK v0.50 `x/mint`).
 */
import { Minter as ProtoMinter, Params as ProtoParams } from 'cosmjs-types/cosmos/mint/v1beta1/mint';
import type { Context } from '../../kernel/context.js';
import type { KVStore } from '../../store/kv.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { decodeJson, encodeJson } from '../../kernel/keys.js';
import { Dec } from '../../types/dec.js';
import { validateDenom } from '../../types/coins.js';
import type { BankKeeper } from '../bank/keeper.js';
import type { StakingReader } from '../staking/api.js';

export const MINT_STORE = 'mint';
/** Module account that mints (permission `minter`). */
export const MINT_MODULE = 'mint';
/** Where minted coins go; distribution allocates them with the fees. */
export const MINT_FEE_COLLECTOR = 'fee_collector';

const MINTER_KEY = Uint8Array.of(0x00);
const PARAMS_KEY = Uint8Array.of(0x01);

export interface Minter {
  inflation: Dec;
  annualProvisions: Dec;
}

export interface MintParams {
  /** '' = the staking bond denom. */
  mintDenom: string;
  inflationRateChange: Dec;
  inflationMax: Dec;
  inflationMin: Dec;
  goalBonded: Dec;
  blocksPerYear: bigint;
  /** Ours (devnets, fastpos `baseReward`): when > 0, mint exactly this much per block instead. */
  blockProvision: bigint;
}

export const DEFAULT_MINTER: Minter = Object.freeze({ inflation: Dec.withPrecision(13, 2), annualProvisions: Dec.ZERO });

export const DEFAULT_MINT_PARAMS: MintParams = Object.freeze({
  mintDenom: '',
  inflationRateChange: Dec.withPrecision(13, 2),
  inflationMax: Dec.withPrecision(20, 2),
  inflationMin: Dec.withPrecision(7, 2),
  goalBonded: Dec.withPrecision(67, 2),
  blocksPerYear: 6_311_520n,
  blockProvision: 0n,
});

export function validateMintParams(p: MintParams): void {
  if (p.mintDenom !== '') validateDenom(p.mintDenom);
  const unit = (name: string, d: Dec) => {
    if (d.isNegative()) throw new ChainError(Codes.InvalidRequest, `${name} cannot be negative: ${d}`);
    if (d.gt(Dec.ONE)) throw new ChainError(Codes.InvalidRequest, `${name} too large: ${d}, at most 1`);
  };
  unit('inflation rate change', p.inflationRateChange);
  unit('max inflation', p.inflationMax);
  unit('min inflation', p.inflationMin);
  if (!p.goalBonded.isPositive()) throw new ChainError(Codes.InvalidRequest, `goal bonded must be positive: ${p.goalBonded}`);
  if (p.goalBonded.gt(Dec.ONE)) throw new ChainError(Codes.InvalidRequest, `goal bonded too large: ${p.goalBonded}, at most 1`);
  if (p.blocksPerYear <= 0n) throw new ChainError(Codes.InvalidRequest, 'blocks per year must be positive');
  if (p.inflationMax.lt(p.inflationMin)) throw new ChainError(Codes.InvalidRequest, `max inflation (${p.inflationMax}) must be greater than or equal to min inflation (${p.inflationMin})`);
  if (p.blockProvision < 0n) throw new ChainError(Codes.InvalidRequest, 'block provision cannot be negative');
}

interface StoredParams {
  mint_denom: string;
  inflation_rate_change: string;
  inflation_max: string;
  inflation_min: string;
  goal_bonded: string;
  blocks_per_year: string;
  block_provision: string;
}

/** Cosmos `NextInflationRate`: one block's step toward the bonded goal, clamped to [min, max]. */
export function nextInflationRate(m: Minter, p: MintParams, bondedRatio: Dec): Dec {
  const perYear = Dec.ONE.sub(bondedRatio.quo(p.goalBonded)).mul(p.inflationRateChange);
  const perBlock = perYear.quo(Dec.fromInt(p.blocksPerYear));
  let inflation = m.inflation.add(perBlock);
  if (inflation.gt(p.inflationMax)) inflation = p.inflationMax;
  if (inflation.lt(p.inflationMin)) inflation = p.inflationMin;
  return inflation;
}

export interface MintKeeperOptions {
  bank: BankKeeper;
  staking: StakingReader;
  /** Address allowed to send MsgUpdateParams (gov module account). */
  authority: string;
  /** Module account receiving minted coins; defaults to `fee_collector`. */
  feeCollector?: string;
}

export class MintKeeper {
  readonly bank: BankKeeper;
  readonly staking: StakingReader;
  readonly authority: string;
  readonly feeCollector: string;

  constructor(o: MintKeeperOptions) {
    this.bank = o.bank;
    this.staking = o.staking;
    this.authority = o.authority;
    this.feeCollector = o.feeCollector ?? MINT_FEE_COLLECTOR;
  }

  private store(ctx: Context): KVStore {
    return ctx.store(MINT_STORE);
  }

  getMinter(ctx: Context): Minter {
    const v = this.store(ctx).get(MINTER_KEY);
    if (v === undefined) return DEFAULT_MINTER;
    const m = ProtoMinter.decode(v);
    return { inflation: Dec.fromAtomicsString(m.inflation), annualProvisions: Dec.fromAtomicsString(m.annualProvisions) };
  }
  setMinter(ctx: Context, m: Minter): void {
    if (m.inflation.isNegative() || m.annualProvisions.isNegative()) throw new ChainError(Codes.InvalidRequest, 'minter inflation and annual provisions must be non-negative');
    this.store(ctx).set(MINTER_KEY, ProtoMinter.encode({ inflation: m.inflation.toAtomicsString(), annualProvisions: m.annualProvisions.toAtomicsString() }).finish());
  }

  /** Stored params; `mintDenom` may be '' (meaning the bond denom). */
  getStoredParams(ctx: Context): MintParams {
    const v = this.store(ctx).get(PARAMS_KEY);
    if (v === undefined) return DEFAULT_MINT_PARAMS;
    const s = decodeJson<StoredParams>(v);
    return {
      mintDenom: s.mint_denom,
      inflationRateChange: Dec.parse(s.inflation_rate_change),
      inflationMax: Dec.parse(s.inflation_max),
      inflationMin: Dec.parse(s.inflation_min),
      goalBonded: Dec.parse(s.goal_bonded),
      blocksPerYear: BigInt(s.blocks_per_year),
      blockProvision: BigInt(s.block_provision),
    };
  }
  /** Params with the mint denom resolved. */
  getParams(ctx: Context): MintParams {
    const p = this.getStoredParams(ctx);
    return p.mintDenom === '' ? { ...p, mintDenom: this.staking.bondDenom(ctx) } : p;
  }
  setParams(ctx: Context, p: MintParams): void {
    validateMintParams(p);
    const s: StoredParams = {
      mint_denom: p.mintDenom,
      inflation_rate_change: p.inflationRateChange.toString(),
      inflation_max: p.inflationMax.toString(),
      inflation_min: p.inflationMin.toString(),
      goal_bonded: p.goalBonded.toString(),
      blocks_per_year: p.blocksPerYear.toString(),
      block_provision: p.blockProvision.toString(),
    };
    this.store(ctx).set(PARAMS_KEY, encodeJson(s));
  }

  /** Cosmos wire form (no `block_provision`: it is not part of the upstream message). */
  paramsToProto(p: MintParams): ProtoParams {
    return {
      mintDenom: p.mintDenom,
      inflationRateChange: p.inflationRateChange.toAtomicsString(),
      inflationMax: p.inflationMax.toAtomicsString(),
      inflationMin: p.inflationMin.toAtomicsString(),
      goalBonded: p.goalBonded.toAtomicsString(),
      blocksPerYear: p.blocksPerYear,
    };
  }

  /** bonded / supply of the bond denom, truncated (Cosmos staking `BondedRatio`). */
  bondedRatio(ctx: Context): Dec {
    const supply = this.bank.getSupply(ctx, this.staking.bondDenom(ctx)).amount;
    return supply > 0n ? Dec.fromInt(this.staking.totalBondedTokens(ctx)).quoInt(supply) : Dec.ZERO;
  }

  /** BeginBlock: update the minter, mint one block's provision into the fee collector. Returns the amount. */
  beginBlock(ctx: Context): bigint {
    const params = this.getParams(ctx);
    const minter = this.getMinter(ctx);
    const supply = this.bank.getSupply(ctx, this.staking.bondDenom(ctx)).amount;
    const bondedRatio = this.bondedRatio(ctx);
    const inflation = nextInflationRate(minter, params, bondedRatio);
    let annualProvisions = inflation.mulInt(supply);
    let amount = annualProvisions.quoInt(params.blocksPerYear).truncateInt();
    if (params.blockProvision > 0n) {
      // Fixed devnet reward: report what is actually minted per year.
      amount = params.blockProvision;
      annualProvisions = Dec.fromInt(params.blockProvision * params.blocksPerYear);
    }
    this.setMinter(ctx, { inflation, annualProvisions });
    if (amount > 0n) {
      const coins = [{ denom: params.mintDenom, amount }];
      this.bank.mintCoins(ctx, MINT_MODULE, coins);
      this.bank.sendCoinsFromModuleToModule(ctx, MINT_MODULE, this.feeCollector, coins);
    }
    ctx.emit(event('mint', { bonded_ratio: bondedRatio.toString(), inflation: inflation.toString(), annual_provisions: annualProvisions.toString(), amount: amount.toString() }));
    return amount;
  }
}
