/**
 * The slashing module with the chain's extension param `authorized_slashers` (product-oracle-spec
 * §5.2) in its genesis and queries: `app_state.slashing.authorized_slashers` (bech32 contract
 * addresses; omitted when empty) is imported at InitChain and exported again, and
 * `/meshwork.slashing.v1.Query/AuthorizedSlashers` answers the list over `abci_query`. Governance
 * changes it with `MsgUpdateAuthorizedSlashers` (slash-and-jail.ts).
 */
import { BinaryReader, BinaryWriter } from '@bufbuild/protobuf/wire';
import type { Context } from '../../chain/kernel/context.js';
import { ChainError, Codes } from '../../chain/kernel/errors.js';
import type { QueryRouter } from '../../chain/kernel/router.js';
import { SlashingModule, type SlashingGenesis } from '../../chain/modules/slashing/module.js';
import type { SlashingKeeper } from '../../chain/modules/slashing/keeper.js';
import type { AuthorizedSlashers } from './slash-and-jail.js';

export type MeshworkSlashingGenesis = SlashingGenesis & { authorized_slashers?: string[] };

export const AUTHORIZED_SLASHERS_QUERY_PATH = '/meshwork.slashing.v1.Query/AuthorizedSlashers';

// ---- QueryAuthorizedSlashers codec ------------------------------------------------------------
// In ts-proto's shape, from proto/meshwork/slashing/v1/query.proto (protoc is not installed here;
// replace with proto/gen output on the next `scripts/gen-proto.sh`).

export interface QueryAuthorizedSlashersResponse {
  authorizedSlashers: string[];
}

export const QueryAuthorizedSlashersRequest = {
  typeUrl: '/meshwork.slashing.v1.QueryAuthorizedSlashersRequest',
  encode(_m: object, w: BinaryWriter = new BinaryWriter()): BinaryWriter {
    return w;
  },
};

export const QueryAuthorizedSlashersResponse = {
  typeUrl: '/meshwork.slashing.v1.QueryAuthorizedSlashersResponse',
  encode(m: QueryAuthorizedSlashersResponse, w: BinaryWriter = new BinaryWriter()): BinaryWriter {
    for (const s of m.authorizedSlashers) w.uint32(10).string(s);
    return w;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAuthorizedSlashersResponse {
    const r = input instanceof BinaryReader ? input : new BinaryReader(input);
    const end = length === undefined ? r.len : r.pos + length;
    const m: QueryAuthorizedSlashersResponse = { authorizedSlashers: [] };
    while (r.pos < end) {
      const tag = r.uint32();
      if (tag === 10) m.authorizedSlashers.push(r.string());
      else {
        if ((tag & 7) === 4 || tag === 0) break;
        r.skip(tag & 7);
      }
    }
    return m;
  },
};

export class MeshworkSlashingModule extends SlashingModule {
  constructor(
    keeper: SlashingKeeper,
    private readonly slashers: AuthorizedSlashers,
  ) {
    super(keeper);
  }

  override registerQueries(r: QueryRouter): void {
    super.registerQueries(r);
    r.registerService('meshwork.slashing.v1.Query', {
      AuthorizedSlashers: (ctx) => QueryAuthorizedSlashersResponse.encode({ authorizedSlashers: this.slashers.get(ctx) }).finish(),
    });
  }

  override initGenesis(ctx: Context, state: unknown): void {
    const { authorized_slashers: list, ...rest } = (state ?? {}) as MeshworkSlashingGenesis;
    super.initGenesis(ctx, rest);
    if (list === undefined) return;
    if (!Array.isArray(list) || list.some((a) => typeof a !== 'string')) {
      throw new ChainError(Codes.InvalidRequest, 'genesis slashing.authorized_slashers must be a list of contract addresses');
    }
    this.slashers.set(ctx, list);
  }

  override exportGenesis(ctx: Context): MeshworkSlashingGenesis {
    const list = this.slashers.get(ctx);
    return list.length === 0 ? super.exportGenesis(ctx) : { ...super.exportGenesis(ctx), authorized_slashers: list };
  }
}
