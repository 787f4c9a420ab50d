/** x/evidence: BeginBlock misbehaviour handling, gRPC queries and genesis. */
import * as Q from 'cosmjs-types/cosmos/evidence/v1beta1/query';
import { MsgSubmitEvidence, MsgSubmitEvidenceResponse } from 'cosmjs-types/cosmos/evidence/v1beta1/tx';
import { Equivocation } from 'cosmjs-types/cosmos/evidence/v1beta1/evidence';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Context } from '../../kernel/context.js';
import type { BlockInfo, Module } from '../../kernel/module.js';
import { protoMsg, type MsgRouter, type QueryRouter } from '../../kernel/router.js';
import { event } from '../../kernel/events.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { fromHex } from '../../kernel/keys.js';
import { paginate } from '../../kernel/pagination.js';
import { EQUIVOCATION_TYPE, EVIDENCE_STORE, EvidenceErrors, type EvidenceKeeper } from './keeper.js';
import { hexUpper } from '../../../bytes/bytes.js';

export interface EvidenceGenesis {
  /** Equivocations in the protobuf JSON form of `cosmos.evidence.v1beta1.Equivocation`. */
  evidence?: unknown[];
}

const toAny = (ev: Equivocation): Any => ({ typeUrl: EQUIVOCATION_TYPE, value: Equivocation.encode(ev).finish() });

export class EvidenceModule implements Module {
  readonly name = 'evidence';
  readonly storeKeys = [EVIDENCE_STORE];

  constructor(readonly keeper: EvidenceKeeper) {}

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    r.register<MsgSubmitEvidence>({
      ...protoMsg(MsgSubmitEvidence, 'evidence'),
      signers: (m) => [m.submitter],
      validate: (m) => {
        k.staking.codec.decode(m.submitter, 'submitter address');
        if (m.evidence === undefined) throw new ChainError(EvidenceErrors.InvalidEvidence, 'missing evidence');
      },
      handle: (ctx, m) => {
        const hash = k.submitEvidence(ctx, m.submitter, m.evidence!);
        ctx.emit(event('message', { module: 'evidence', sender: m.submitter }));
        return { typeUrl: '/cosmos.evidence.v1beta1.MsgSubmitEvidenceResponse', value: MsgSubmitEvidenceResponse.encode({ hash }).finish() };
      },
    });
  }

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
        if (ev === undefined) throw new ChainError(EvidenceErrors.NoEvidenceExists, hexUpper(hash));
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
