/**
 * The ICS-20 module as the app plugs it in: MsgTransfer and MsgUpdateParams, the transfer queries,
 * genesis (ibc-go v8 JSON shape), and `ibcApp`, the port callbacks the app binds to port
 * `transfer`.
 *
 * What the app must wire:
 * - `auth.declareModuleAccount('transfer', ['minter', 'burner'])` and block that module address
 *   in bank (ibc-go apps block every module account); per-channel escrow addresses are plain
 *   accounts and must not be blocked;
 * - store `transfer` (this module's storeKeys);
 * - `portRouter.bind('transfer', module.ibcApp)` and `keeper.setPacketSender(<IBC core>)`;
 * - the keeper as the wasm `TransferSender` for contracts' `IbcMsg::Transfer`.
 */
import { MsgTransfer, MsgTransferResponse, MsgUpdateParamsResponse } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import type { Context } from '../../chain/kernel/context.js';
import { ChainError, Codes } from '../../chain/kernel/errors.js';
import type { Module } from '../../chain/kernel/module.js';
import { protoMsg, type MsgRouter, type QueryRouter } from '../../chain/kernel/router.js';
import { coinsFromProto } from '../../chain/types/coins.js';
import { validatePortId } from '../core/host.js';
import { TRANSFER_MODULE, TRANSFER_PORT, fullDenomPath, hashHex, traceHash, validateDenomTrace, type DenomTrace } from './denom.js';
import { IbcRootErrors } from './errors.js';
import { TransferIbcModule } from './ibc-module.js';
import { DEFAULT_TRANSFER_PARAMS, TRANSFER_STORE, type TransferKeeper } from './keeper.js';
import { TransferMsgUpdateParams } from './msgs.js';
import { registerTransferQueries } from './query.js';

/** The module's genesis (`app_state.transfer`), as ibc-go v8 exports it. */
export interface TransferGenesis {
  port_id?: string;
  denom_traces?: { path: string; base_denom: string }[];
  /** ibc-go v10's form of the traces; accepted on import (exported as `denom_traces`). */
  denoms?: { base: string; trace?: { port_id: string; channel_id: string }[] }[];
  params?: { send_enabled?: boolean; receive_enabled?: boolean };
  total_escrowed?: { denom: string; amount: string }[];
}

export class TransferModule implements Module {
  readonly name = TRANSFER_MODULE;
  readonly storeKeys = [TRANSFER_STORE];
  /** Bind to port `transfer` in the IBC port router. */
  readonly ibcApp: TransferIbcModule;

  constructor(readonly keeper: TransferKeeper) {
    this.ibcApp = new TransferIbcModule(keeper);
  }

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    r.register<MsgTransfer>({
      ...protoMsg(MsgTransfer, TRANSFER_MODULE),
      signers: (m) => [m.sender],
      validate: (m) => k.validateMsgTransfer(m),
      handle: (ctx, m) => {
        const sequence = k.executeTransfer(ctx, m);
        return { typeUrl: '/ibc.applications.transfer.v1.MsgTransferResponse', value: MsgTransferResponse.encode({ sequence }).finish() };
      },
    });
    r.register<TransferMsgUpdateParams>({
      ...protoMsg(TransferMsgUpdateParams, TRANSFER_MODULE),
      signers: (m) => [m.signer],
      validate: (m) => {
        try {
          k.codec.decode(m.signer, 'signer');
        } catch (e) {
          throw new ChainError(IbcRootErrors.InvalidAddress, `string could not be parsed as address: ${(e as Error).message}`);
        }
      },
      handle: (ctx, m) => {
        if (m.signer !== k.authority) throw new ChainError(IbcRootErrors.Unauthorized, `expected ${k.authority}, got ${m.signer}`);
        k.setParams(ctx, { sendEnabled: m.params?.sendEnabled ?? false, receiveEnabled: m.params?.receiveEnabled ?? false });
        return { typeUrl: '/ibc.applications.transfer.v1.MsgUpdateParamsResponse', value: MsgUpdateParamsResponse.encode({}).finish() };
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    registerTransferQueries(r, this.keeper);
  }

  initGenesis(ctx: Context, state: unknown): void {
    const g = (state ?? {}) as TransferGenesis;
    const port = g.port_id ?? TRANSFER_PORT;
    validatePortId(port);
    // The port router binding is static (app wiring), so a different genesis port could never
    // receive its channels' callbacks.
    if (port !== TRANSFER_PORT) throw new ChainError(Codes.InvalidRequest, `transfer genesis port_id ${port} is not supported: the module is bound to port ${TRANSFER_PORT}`);
    const traces: DenomTrace[] = [
      ...(g.denom_traces ?? []).map((t) => ({ path: t.path, baseDenom: t.base_denom })),
      ...(g.denoms ?? []).map((d) => ({ path: (d.trace ?? []).map((h) => `${h.port_id}/${h.channel_id}`).join('/'), baseDenom: d.base })),
    ];
    const seen = new Set<string>();
    traces.forEach((t, i) => {
      const h = hashHex(traceHash(t));
      if (seen.has(h)) throw new ChainError(Codes.InvalidRequest, `transfer genesis: duplicated denomination trace with hash ${h}`);
      seen.add(h);
      try {
        validateDenomTrace(t);
      } catch (e) {
        throw new ChainError(Codes.InvalidRequest, `transfer genesis: failed denom trace ${i} (${fullDenomPath(t)}) validation: ${(e as Error).message}`);
      }
    });
    const escrowed = coinsFromProto(g.total_escrowed ?? []);
    const k = this.keeper;
    k.setPort(ctx, port);
    for (const t of traces) k.initDenomTrace(ctx, t);
    // As proto JSON: no params object means the defaults, a missing field inside it means false.
    k.setParams(ctx, g.params === undefined ? { ...DEFAULT_TRANSFER_PARAMS } : { sendEnabled: g.params.send_enabled ?? false, receiveEnabled: g.params.receive_enabled ?? false });
    for (const c of escrowed) k.setTotalEscrow(ctx, c.denom, c.amount);
  }

  exportGenesis(ctx: Context): TransferGenesis {
    const k = this.keeper;
    const p = k.getParams(ctx);
    return {
      port_id: k.getPort(ctx),
      denom_traces: k.allDenomTraces(ctx).map((t) => ({ path: t.path, base_denom: t.baseDenom })),
      params: { send_enabled: p.sendEnabled, receive_enabled: p.receiveEnabled },
      total_escrowed: k.allTotalEscrowed(ctx).map((c) => ({ denom: c.denom, amount: c.amount.toString() })),
    };
  }
}
