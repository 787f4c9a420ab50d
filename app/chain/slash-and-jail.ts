/**
 * The privileged `{"custom":{"meshwork":{"slash_and_jail":{validator, slash_bps, jail_seconds,
 * infraction_height, reason}}}}` contract message (product-oracle-spec §5.2), and the gov-controlled
 * slashing extension param `authorized_slashers` that says which contracts may send it.
 *
 * Behaviour: `fraction = slash_bps / 10000`; the chain's normal staking slash with the validator's
 * power at `infraction_height` (from staking's historical record, else its current power), so
 * unbonding and redelegation entries created after that height are cut too; jail (the valset
 * hooks hear `jailed`/`slashed`); `jailed_until = now + jail_seconds`, no tombstone; event
 * `slash {address, validator, power, reason, burned_coins, jailed_until}`. Every error is a
 * ChainError, so the contract's whole execution (e.g. the resolving vote) reverts.
 *
 * The param lives in the slashing store under its own key (0xf1), which x/slashing does not use.
 */
import { BinaryReader, BinaryWriter } from '@bufbuild/protobuf/wire';
import type { Context } from '../../chain/kernel/context.js';
import { ChainError, Codes, registerError } from '../../chain/kernel/errors.js';
import { event } from '../../chain/kernel/events.js';
import type { MsgRouter } from '../../chain/kernel/router.js';
import { requireAuthority } from '../../chain/kernel/authority.js';
import type { AddressCodec } from '../../chain/types/address.js';
import { Dec } from '../../chain/types/dec.js';
import type { StakingKeeper } from '../../chain/modules/staking/keeper.js';
import { SLASHING_STORE, type SlashingKeeper } from '../../chain/modules/slashing/keeper.js';
import type { MessagePlugin } from '../../chain/modules/wasm/message-plugins.js';
import { obj, str, u64, variant } from '../../chain/modules/wasm/json.js';

export const MESHWORK_MSG_NAMESPACE = 'meshwork';
const AUTHORIZED_SLASHERS_KEY = Uint8Array.of(0xf1);
const NS_PER_SECOND = 1_000_000_000n;

export const SlashAndJailErrors = {
  NotAuthorized: registerError('meshwork-slash', 2, 'contract is not an authorized slasher'),
  UnknownValidator: registerError('meshwork-slash', 3, 'unknown validator'),
  Tombstoned: registerError('meshwork-slash', 4, 'validator is tombstoned'),
  InvalidSlash: registerError('meshwork-slash', 5, 'invalid slash_and_jail message'),
};

// ---- MsgUpdateAuthorizedSlashers codec -----------------------------------------------------------
// Written by hand in ts-proto's shape from proto/meshwork/slashing/v1/tx.proto because protoc is not
// available where this was written; replace with proto/gen output on the next `scripts/gen-proto.sh`.

export interface MsgUpdateAuthorizedSlashers {
  authority: string;
  authorizedSlashers: string[];
}

export const MsgUpdateAuthorizedSlashers = {
  typeUrl: '/meshwork.slashing.v1.MsgUpdateAuthorizedSlashers',
  encode(m: MsgUpdateAuthorizedSlashers, w: BinaryWriter = new BinaryWriter()): BinaryWriter {
    if (m.authority !== '') w.uint32(10).string(m.authority);
    for (const s of m.authorizedSlashers) w.uint32(18).string(s);
    return w;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateAuthorizedSlashers {
    const r = input instanceof BinaryReader ? input : new BinaryReader(input);
    const end = length === undefined ? r.len : r.pos + length;
    const m: MsgUpdateAuthorizedSlashers = { authority: '', authorizedSlashers: [] };
    while (r.pos < end) {
      const tag = r.uint32();
      if (tag === 10) m.authority = r.string();
      else if (tag === 18) m.authorizedSlashers.push(r.string());
      else {
        if ((tag & 7) === 4 || tag === 0) break;
        r.skip(tag & 7);
      }
    }
    return m;
  },
  fromPartial(p: Partial<MsgUpdateAuthorizedSlashers>): MsgUpdateAuthorizedSlashers {
    return { authority: p.authority ?? '', authorizedSlashers: [...(p.authorizedSlashers ?? [])] };
  },
};

export const MsgUpdateAuthorizedSlashersResponse = {
  typeUrl: '/meshwork.slashing.v1.MsgUpdateAuthorizedSlashersResponse',
  encode(_m: object, w: BinaryWriter = new BinaryWriter()): BinaryWriter {
    return w;
  },
  decode(_input: BinaryReader | Uint8Array): object {
    return {};
  },
  fromPartial(_p: object): object {
    return {};
  },
};

// ---- the param ---------------------------------------------------------------------------------------

export class AuthorizedSlashers {
  constructor(private readonly codec: AddressCodec) {}

  get(ctx: Context): string[] {
    const v = ctx.store(SLASHING_STORE).get(AUTHORIZED_SLASHERS_KEY);
    return v === undefined ? [] : (JSON.parse(new TextDecoder().decode(v)) as string[]);
  }

  set(ctx: Context, list: readonly string[]): void {
    const normalized = list.map((a) => {
      try {
        return this.codec.normalize(a);
      } catch (e) {
        throw new ChainError(Codes.InvalidAddress, `authorized_slashers: ${a}: ${(e as Error).message}`);
      }
    });
    const unique = [...new Set(normalized)].sort();
    ctx.store(SLASHING_STORE).set(AUTHORIZED_SLASHERS_KEY, new TextEncoder().encode(JSON.stringify(unique)));
    ctx.emit(event('update_authorized_slashers', { authorized_slashers: unique.join(',') }));
  }

  has(ctx: Context, contract: string): boolean {
    return this.get(ctx).includes(contract);
  }
}

/** Registers the gov-only MsgUpdateAuthorizedSlashers on the app's router. */
export function registerAuthorizedSlashersMsg(router: MsgRouter, slashers: AuthorizedSlashers, authority: string): void {
  router.register<MsgUpdateAuthorizedSlashers>({
    typeUrl: MsgUpdateAuthorizedSlashers.typeUrl,
    module: 'slashing',
    decode: (b) => MsgUpdateAuthorizedSlashers.decode(b),
    encode: (m) => MsgUpdateAuthorizedSlashers.encode(m).finish(),
    signers: (m) => [m.authority],
    handle: (ctx, m) => {
      requireAuthority(authority, m.authority);
      slashers.set(ctx, m.authorizedSlashers);
      return { typeUrl: MsgUpdateAuthorizedSlashersResponse.typeUrl, value: new Uint8Array() };
    },
  });
}

export interface SlashAndJailDeps {
  staking: StakingKeeper;
  slashing: SlashingKeeper;
  slashers: AuthorizedSlashers;
}

/** The `meshwork` custom message plugin: `{"slash_and_jail": {...}}`. */
export function meshworkMessagePlugin(d: SlashAndJailDeps): MessagePlugin {
  const { staking, slashing, slashers } = d;
  return (ctx, contract, payload) => {
    const [kind, p0] = variant(payload, 'meshwork message');
    if (kind !== 'slash_and_jail') throw new ChainError(Codes.UnknownRequest, `unknown meshwork message ${kind}; known: slash_and_jail`);
    if (!slashers.has(ctx, contract)) {
      throw new ChainError(SlashAndJailErrors.NotAuthorized, `${contract} may not send slash_and_jail; governance adds slashers with ${MsgUpdateAuthorizedSlashers.typeUrl}`);
    }
    const p = obj(p0, 'slash_and_jail');
    const operator = str(p, 'validator');
    const slashBps = u64(p, 'slash_bps');
    const jailSeconds = u64(p, 'jail_seconds');
    const infractionHeight = Number(u64(p, 'infraction_height'));
    const reason = str(p, 'reason');
    if (slashBps > 10000n) throw new ChainError(SlashAndJailErrors.InvalidSlash, `slash_bps must be at most 10000, got ${slashBps}`);
    if (infractionHeight < 1 || infractionHeight > ctx.height) throw new ChainError(SlashAndJailErrors.InvalidSlash, `infraction_height ${infractionHeight} must be in 1..=${ctx.height}`);
    if (reason === '' || reason.length > 64) throw new ChainError(SlashAndJailErrors.InvalidSlash, 'reason must be 1 to 64 characters');
    const v = staking.getValidator(ctx, operator);
    if (v === undefined) throw new ChainError(SlashAndJailErrors.UnknownValidator, `${operator} is not a validator`);
    if (slashing.isTombstoned(ctx, v.consAddress)) throw new ChainError(SlashAndJailErrors.Tombstoned, `${operator} is tombstoned and cannot be slashed again`);
    const rec = staking.getHistoricalInfo(ctx, infractionHeight);
    const idx = rec?.validators.findIndex((x) => x.operator === operator) ?? -1;
    const power = rec !== undefined && idx >= 0 ? rec.powers[idx]! : staking.consensusPower(v.tokens);
    const fraction = Dec.withPrecision(slashBps, 4);
    const burned = staking.slash(ctx, v.consAddress, infractionHeight, power, fraction, reason);
    if (!staking.getValidator(ctx, operator)!.jailed) staking.jail(ctx, v.consAddress);
    const until = ctx.time + jailSeconds * NS_PER_SECOND;
    slashing.jailUntil(ctx, v.consAddress, until);
    ctx.emit(event('slash', { address: slashing.codec.encodeValcons(v.consAddress), validator: operator, power: power.toString(), reason, burned_coins: burned.toString(), jailed_until: until.toString() }));
    return { data: [], msgResponses: [] };
  };
}
