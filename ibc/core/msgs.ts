/**
 * The connection and channel message handlers (ibc-go core msg server): decode, check the signer
 * is an account address, run the keeper, encode the response. Packet messages report NOOP for
 * already-relayed packets instead of failing, so one redundant packet does not sink a relayer's batch.
 */
import * as ConnTx from 'cosmjs-types/ibc/core/connection/v1/tx';
import * as ChanTx from 'cosmjs-types/ibc/core/channel/v1/tx';
import { ResponseResultType } from 'cosmjs-types/ibc/core/channel/v1/tx';
import type { MsgResponse, MsgRouter, ProtoCodec } from '../../chain/kernel/router.js';
import { protoMsg } from '../../chain/kernel/router.js';
import type { AddressCodec } from '../../chain/types/address.js';
import type { Context } from '../../chain/kernel/context.js';
import type { ChannelKeeper, PacketResult } from './channel/keeper.js';
import type { ConnectionKeeper } from './connection/keeper.js';

const RESULT: Record<PacketResult, ResponseResultType> = {
  noop: ResponseResultType.RESPONSE_RESULT_TYPE_NOOP,
  success: ResponseResultType.RESPONSE_RESULT_TYPE_SUCCESS,
  failure: ResponseResultType.RESPONSE_RESULT_TYPE_FAILURE,
};

function response<R>(codec: ProtoCodec<R>, value: R): MsgResponse {
  return { typeUrl: codec.typeUrl, value: codec.encode(value).finish() };
}

export function registerCoreMsgs(r: MsgRouter, deps: { connections: ConnectionKeeper; channels: ChannelKeeper; codec: AddressCodec }): void {
  const { connections: conn, channels: chan, codec } = deps;
  function reg<M extends { signer: string }>(c: ProtoCodec<M>, module: string, handle: (ctx: Context, m: M) => MsgResponse): void {
    r.register<M>({ ...protoMsg(c, module), signers: (m) => [m.signer], validate: (m) => void codec.decode(m.signer, 'signer address'), handle });
  }

  reg(ConnTx.MsgConnectionOpenInit, 'ibc', (ctx, m) => {
    conn.openInit(ctx, { clientId: m.clientId, counterparty: m.counterparty, version: m.version, delayPeriod: m.delayPeriod });
    return response(ConnTx.MsgConnectionOpenInitResponse, {});
  });
  reg(ConnTx.MsgConnectionOpenTry, 'ibc', (ctx, m) => {
    conn.openTry(ctx, { clientId: m.clientId, counterparty: m.counterparty, delayPeriod: m.delayPeriod, counterpartyVersions: m.counterpartyVersions, proofInit: m.proofInit, proofHeight: m.proofHeight });
    return response(ConnTx.MsgConnectionOpenTryResponse, {});
  });
  reg(ConnTx.MsgConnectionOpenAck, 'ibc', (ctx, m) => {
    conn.openAck(ctx, { connectionId: m.connectionId, counterpartyConnectionId: m.counterpartyConnectionId, version: m.version ?? { identifier: '', features: [] }, proofTry: m.proofTry, proofHeight: m.proofHeight });
    return response(ConnTx.MsgConnectionOpenAckResponse, {});
  });
  reg(ConnTx.MsgConnectionOpenConfirm, 'ibc', (ctx, m) => {
    conn.openConfirm(ctx, { connectionId: m.connectionId, proofAck: m.proofAck, proofHeight: m.proofHeight });
    return response(ConnTx.MsgConnectionOpenConfirmResponse, {});
  });

  reg(ChanTx.MsgChannelOpenInit, 'ibc', (ctx, m) => response(ChanTx.MsgChannelOpenInitResponse, chan.openInit(ctx, { portId: m.portId, channel: m.channel })));
  reg(ChanTx.MsgChannelOpenTry, 'ibc', (ctx, m) =>
    response(ChanTx.MsgChannelOpenTryResponse, chan.openTry(ctx, { portId: m.portId, channel: m.channel, counterpartyVersion: m.counterpartyVersion, proof: m.proofInit, proofHeight: m.proofHeight })),
  );
  reg(ChanTx.MsgChannelOpenAck, 'ibc', (ctx, m) => {
    chan.openAck(ctx, { portId: m.portId, channelId: m.channelId, counterpartyChannelId: m.counterpartyChannelId, counterpartyVersion: m.counterpartyVersion, proof: m.proofTry, proofHeight: m.proofHeight });
    return response(ChanTx.MsgChannelOpenAckResponse, {});
  });
  reg(ChanTx.MsgChannelOpenConfirm, 'ibc', (ctx, m) => {
    chan.openConfirm(ctx, { portId: m.portId, channelId: m.channelId, proof: m.proofAck, proofHeight: m.proofHeight });
    return response(ChanTx.MsgChannelOpenConfirmResponse, {});
  });
  reg(ChanTx.MsgChannelCloseInit, 'ibc', (ctx, m) => {
    chan.closeInit(ctx, { portId: m.portId, channelId: m.channelId });
    return response(ChanTx.MsgChannelCloseInitResponse, {});
  });
  reg(ChanTx.MsgChannelCloseConfirm, 'ibc', (ctx, m) => {
    chan.closeConfirm(ctx, { portId: m.portId, channelId: m.channelId, proof: m.proofInit, proofHeight: m.proofHeight });
    return response(ChanTx.MsgChannelCloseConfirmResponse, {});
  });
  reg(ChanTx.MsgRecvPacket, 'ibc', (ctx, m) =>
    response(ChanTx.MsgRecvPacketResponse, { result: RESULT[chan.recvPacket(ctx, m.packet, { proof: m.proofCommitment, proofHeight: m.proofHeight }, m.signer)] }),
  );
  reg(ChanTx.MsgAcknowledgement, 'ibc', (ctx, m) =>
    response(ChanTx.MsgAcknowledgementResponse, { result: RESULT[chan.acknowledgePacket(ctx, m.packet, m.acknowledgement, { proof: m.proofAcked, proofHeight: m.proofHeight }, m.signer)] }),
  );
  reg(ChanTx.MsgTimeout, 'ibc', (ctx, m) =>
    response(ChanTx.MsgTimeoutResponse, { result: RESULT[chan.timeoutPacket(ctx, m.packet, { proof: m.proofUnreceived, proofHeight: m.proofHeight }, m.nextSequenceRecv, m.signer)] }),
  );
  reg(ChanTx.MsgTimeoutOnClose, 'ibc', (ctx, m) =>
    response(ChanTx.MsgTimeoutOnCloseResponse, {
      result: RESULT[chan.timeoutPacket(ctx, m.packet, { proof: m.proofUnreceived, proofHeight: m.proofHeight }, m.nextSequenceRecv, m.signer, { proof: m.proofClose, proofHeight: m.proofHeight })],
    }),
  );
}
