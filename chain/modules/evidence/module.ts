/** x/evidence: BeginBlock misbehaviour handling, gRPC queries and genesis. */
import * as Q from 'cosmjs-types/cosmos/evidence/v1beta1/query';
import { Equivocation } from 'cosmjs-types/cosmos/evidence/v1beta1/evidence';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Context } from '../../kernel/context.js';
import type { BlockInfo, Module } from '../../kernel/module.js';
import type { QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { fromHex } from '../../kernel/keys.js';
import { paginate } from '../../kernel/pagination.js';
import { EQUIVOCATION_TYPE, EVIDENCE_STORE, EvidenceErrors, type EvidenceKeeper } from './keeper.js';

export interface EvidenceGenesis {
  /** Equivocations in the protobuf JSON form of `cosmos.evidence.v1beta1.Equivocation`. */
  evidence?: unknown[];
}

const toAny = (ev: Equivocation): Any => ({ typeUrl: EQUIVOCATION_TYPE, value: Equivocation.encode(ev).finish() });

export class EvidenceModule implements Module {
  readonly name = 'evidence';
  readonly storeKeys = [EVIDENCE_STORE];

  constructor(readonly keeper: EvidenceKeeper) {}

  registerQueries(r: QueryRouter): void {
    const k = this.keeper;
    r.registerService('cosmos.evidence.v1beta1.Query', {
      Evidence: (ctx, b) => {
        const q = Q.QueryEvidenceRequest.decode(b);
        let hash = q.evidenceHash;
        if (hash.length === 0) {
          if (q.hash === '') throw new ChainError(Codes.InvalidRequest, 'empty evidence hash: set hash (hex)');
          try {
            hash = fromHex(q.hash);
          } catch {
            throw new ChainError(Codes.InvalidRequest, `evidence hash ${q.hash} is not hex`);
          }
        }
        const ev = k.getEvidence(ctx, hash);
        if (ev === undefined) throw new ChainError(EvidenceErrors.NoEvidenceExists, Buffer.from(hash).toString('hex').toUpperCase());
        return Q.QueryEvidenceResponse.encode({ evidence: toAny(ev) }).finish();
      },
      AllEvidence: (ctx, b) => {
        const q = Q.QueryAllEvidenceRequest.decode(b);
        const { items, pagination } = paginate(ctx.store(EVIDENCE_STORE), k.evidencePrefix(), q.pagination, (_key, v) => toAny(Equivocation.decode(v)));
        return Q.QueryAllEvidenceResponse.encode({ evidence: items, pagination }).finish();
      },
    });
  }

  initGenesis(ctx: Context, state: unknown): void {
    const g = (state ?? {}) as EvidenceGenesis;
    for (const e of g.evidence ?? []) this.keeper.setEvidence(ctx, Equivocation.fromJSON(e));
  }

  exportGenesis(ctx: Context): EvidenceGenesis {
    return { evidence: this.keeper.allEvidence(ctx).map((e) => Equivocation.toJSON(e)) };
  }

  beginBlock(ctx: Context, info: BlockInfo): void {
    this.keeper.beginBlock(ctx, info);
  }
}
