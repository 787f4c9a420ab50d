/**
 * Test-only staking: a small, correct `StakingReader` with Cosmos share maths that calls the
 * `StakingHooks` in the order Cosmos x/staking v0.50 does for delegate, undelegate, slash and
 * validator removal. State lives in the context's `staking` store so branches revert it. No coins
 * move (distribution never looks at staking pools); bonded tokens are the sum of validator tokens.
 */
import type { Context } from '../../../kernel/context.js';
import type { VoteInfo } from '../../../kernel/module.js';
import { decodeJson, encodeJson, fromHex, toHex, utf8 } from '../../../kernel/keys.js';
import { prefixEnd } from '../../../store/kv.js';
import { Dec } from '../../../types/dec.js';
import { consensusAddress, type AddressCodec } from '../../../types/address.js';
import type { BondStatus, DelegationView, StakingHooks, StakingReader, ValidatorView } from '../../staking/api.js';

export const FAKE_STAKING_STORE = 'staking';

interface StoredValidator {
  operator: string;
  pubKey: string;
  jailed: boolean;
  status: BondStatus;
  tokens: string;
  shares: string;
  commission: string;
}

export class FakeStaking implements StakingReader {
  readonly powerReduction = 1_000_000n;
  hooks: StakingHooks = {};

  constructor(readonly codec: AddressCodec) {}

  bondDenom(): string {
    return 'stake';
  }

  private vKey(valoper: string): Uint8Array {
    return utf8(`v/${valoper}`);
  }
  private dKey(delegator: string, valoper: string): Uint8Array {
    return utf8(`d/${delegator}/${valoper}`);
  }
  private cKey(consAddr: Uint8Array): Uint8Array {
    return utf8(`c/${toHex(consAddr)}`);
  }

  private view(s: StoredValidator): ValidatorView {
    const pk = fromHex(s.pubKey);
    return {
      operator: s.operator,
      consensusPubKey: pk,
      consAddress: consensusAddress(pk),
      jailed: s.jailed,
      status: s.status,
      tokens: BigInt(s.tokens),
      delegatorShares: Dec.fromAtomicsString(s.shares),
      commissionRate: Dec.fromAtomicsString(s.commission),
      commissionMaxRate: Dec.ONE,
      commissionMaxChangeRate: Dec.ONE,
      minSelfDelegation: 1n,
      moniker: s.operator,
      unbondingHeight: 0,
      unbondingTime: 0n,
      paused: false,
    };
  }
  private load(ctx: Context, valoper: string): StoredValidator | undefined {
    const v = ctx.store(FAKE_STAKING_STORE).get(this.vKey(valoper));
    return v === undefined ? undefined : decodeJson<StoredValidator>(v);
  }
  private save(ctx: Context, s: StoredValidator): void {
    ctx.store(FAKE_STAKING_STORE).set(this.vKey(s.operator), encodeJson(s));
  }
  private allValidators(ctx: Context): StoredValidator[] {
    const p = utf8('v/');
    return [...ctx.store(FAKE_STAKING_STORE).iterator(p, prefixEnd(p))].map(([, v]) => decodeJson<StoredValidator>(v));
  }

  getValidator(ctx: Context, valoper: string): ValidatorView | undefined {
    const s = this.load(ctx, valoper);
    return s === undefined ? undefined : this.view(s);
  }
  getValidatorByConsAddr(ctx: Context, consAddr: Uint8Array): ValidatorView | undefined {
    const v = ctx.store(FAKE_STAKING_STORE).get(this.cKey(consAddr));
    return v === undefined ? undefined : this.getValidator(ctx, new TextDecoder().decode(v));
  }
  bondedValidatorsByPower(ctx: Context): ValidatorView[] {
    return this.allValidators(ctx)
      .filter((s) => s.status === 'bonded')
      .map((s) => this.view(s))
      .sort((a, b) => (a.tokens === b.tokens ? (a.operator < b.operator ? -1 : 1) : a.tokens > b.tokens ? -1 : 1));
  }
  getDelegation(ctx: Context, delegator: string, valoper: string): DelegationView | undefined {
    const v = ctx.store(FAKE_STAKING_STORE).get(this.dKey(delegator, valoper));
    return v === undefined ? undefined : { delegator, validator: valoper, shares: Dec.fromAtomicsString(new TextDecoder().decode(v)) };
  }
  delegatorDelegations(ctx: Context, delegator: string): DelegationView[] {
    const p = utf8(`d/${delegator}/`);
    return [...ctx.store(FAKE_STAKING_STORE).iterator(p, prefixEnd(p))].map(([k, v]) => ({
      delegator,
      validator: new TextDecoder().decode(k.subarray(p.length)),
      shares: Dec.fromAtomicsString(new TextDecoder().decode(v)),
    }));
  }
  validatorDelegations(ctx: Context, valoper: string): DelegationView[] {
    const p = utf8('d/');
    const out: DelegationView[] = [];
    for (const [k, v] of ctx.store(FAKE_STAKING_STORE).iterator(p, prefixEnd(p))) {
      const [, delegator, val] = new TextDecoder().decode(k).split('/');
      if (val === valoper) out.push({ delegator: delegator!, validator: valoper, shares: Dec.fromAtomicsString(new TextDecoder().decode(v)) });
    }
    return out;
  }
  totalBondedTokens(ctx: Context): bigint {
    return this.allValidators(ctx)
      .filter((s) => s.status === 'bonded')
      .reduce((a, s) => a + BigInt(s.tokens), 0n);
  }
  tokensFromShares(v: ValidatorView, shares: Dec): Dec {
    return shares.mulInt(v.tokens).quo(v.delegatorShares);
  }

  // ------------------------------------------------------------- state transitions (Cosmos hook order)

  /** MsgCreateValidator: AfterValidatorCreated, then the self-delegation. Bonded at once (tests). */
  createValidator(ctx: Context, operatorAccount: string, selfBond: bigint, commission: Dec, seed: number): string {
    const valoper = this.codec.accountToValoper(operatorAccount);
    const pubKey = new Uint8Array(32).fill(seed);
    this.save(ctx, { operator: valoper, pubKey: toHex(pubKey), jailed: false, status: 'bonded', tokens: '0', shares: '0', commission: commission.toAtomicsString() });
    ctx.store(FAKE_STAKING_STORE).set(this.cKey(consensusAddress(pubKey)), utf8(valoper));
    this.hooks.afterValidatorCreated?.(ctx, valoper);
    this.delegate(ctx, operatorAccount, valoper, selfBond);
    return valoper;
  }

  /** Keeper.Delegate: before-hook, add tokens and shares, store, after-hook. Returns new shares. */
  delegate(ctx: Context, delegator: string, valoper: string, amount: bigint): Dec {
    const s = this.load(ctx, valoper);
    if (s === undefined) throw new Error(`no validator ${valoper}`);
    const existing = this.getDelegation(ctx, delegator, valoper);
    if (existing !== undefined) this.hooks.beforeDelegationSharesModified?.(ctx, delegator, valoper);
    else this.hooks.beforeDelegationCreated?.(ctx, delegator, valoper);
    const tokens = BigInt(s.tokens);
    const shares = Dec.fromAtomicsString(s.shares);
    // Cosmos AddTokensFromDel: first delegation 1:1, else shares × amount / tokens, truncated.
    const issued = shares.isZero() ? Dec.fromInt(amount) : shares.mulInt(amount).quoInt(tokens);
    this.save(ctx, { ...s, tokens: (tokens + amount).toString(), shares: shares.add(issued).toAtomicsString() });
    const total = (existing?.shares ?? Dec.ZERO).add(issued);
    ctx.store(FAKE_STAKING_STORE).set(this.dKey(delegator, valoper), utf8(total.toAtomicsString()));
    this.hooks.afterDelegationModified?.(ctx, delegator, valoper);
    return issued;
  }

  /** Keeper.Unbond: before-hook, remove shares from the delegation (after-hook or removal), then from the validator. */
  unbond(ctx: Context, delegator: string, valoper: string, shares: Dec): bigint {
    const del = this.getDelegation(ctx, delegator, valoper);
    if (del === undefined) throw new Error('no delegation');
    this.hooks.beforeDelegationSharesModified?.(ctx, delegator, valoper);
    if (del.shares.lt(shares)) throw new Error('not enough shares');
    const left = del.shares.sub(shares);
    if (left.isZero()) {
      this.hooks.beforeDelegationRemoved?.(ctx, delegator, valoper);
      ctx.store(FAKE_STAKING_STORE).delete(this.dKey(delegator, valoper));
    } else {
      ctx.store(FAKE_STAKING_STORE).set(this.dKey(delegator, valoper), utf8(left.toAtomicsString()));
      this.hooks.afterDelegationModified?.(ctx, delegator, valoper);
    }
    const s = this.load(ctx, valoper)!;
    const vShares = Dec.fromAtomicsString(s.shares);
    const tokens = BigInt(s.tokens);
    // Cosmos RemoveDelShares: the last shares take every remaining token.
    const amount = vShares.eq(shares) ? tokens : shares.mulInt(tokens).quo(vShares).truncateInt();
    this.save(ctx, { ...s, tokens: (tokens - amount).toString(), shares: vShares.sub(shares).toAtomicsString() });
    return amount;
  }

  /** The validator part of Keeper.Slash: BeforeValidatorSlashed with the effective fraction, then burn. */
  slash(ctx: Context, valoper: string, fraction: Dec): bigint {
    const s = this.load(ctx, valoper)!;
    const tokens = BigInt(s.tokens);
    const burn = Dec.fromInt(tokens).mulTruncate(fraction).truncateInt();
    if (burn === 0n) return 0n;
    let effective = Dec.fromInt(burn).quoRoundUp(Dec.fromInt(tokens));
    if (effective.gt(Dec.ONE)) effective = Dec.ONE;
    this.hooks.beforeValidatorSlashed?.(ctx, valoper, effective);
    this.save(ctx, { ...s, tokens: (tokens - burn).toString() });
    return burn;
  }

  /** RemoveValidator (unbonded, no shares left): AfterValidatorRemoved. */
  removeValidator(ctx: Context, valoper: string): void {
    const s = this.load(ctx, valoper)!;
    if (!Dec.fromAtomicsString(s.shares).isZero()) throw new Error('validator still has delegations');
    const pk = fromHex(s.pubKey);
    ctx.store(FAKE_STAKING_STORE).delete(this.vKey(valoper));
    ctx.store(FAKE_STAKING_STORE).delete(this.cKey(consensusAddress(pk)));
    this.hooks.afterValidatorRemoved?.(ctx, consensusAddress(pk), valoper);
  }

  /** A last-commit vote for `valoper` with its current consensus power. */
  vote(ctx: Context, valoper: string, flag: VoteInfo['flag'] = 'commit'): VoteInfo {
    const v = this.getValidator(ctx, valoper)!;
    return { address: v.consAddress, power: v.tokens / this.powerReduction, flag };
  }
}
