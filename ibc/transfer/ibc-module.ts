/**
 * The transfer application's port callbacks (ibc-go v8 `transfer/ibc_module.go`): handshake rules
 * (UNORDERED, version "ics20-1", our own port, at most 2^32 channels, no user-initiated close),
 * packet data and ack decoding, the acknowledgement written for a received packet, and the
 * `fungible_token_packet` / `timeout` events.
 */
import { Order, orderToJSON } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { Context } from '../../chain/kernel/context.js';
import { ChainError } from '../../chain/kernel/errors.js';
import { event } from '../../chain/kernel/events.js';
import { ChannelErrors, HostErrors, PortErrors } from '../core/errors.js';
import type { ChanOpenInitArgs, ChanOpenTryArgs, IbcApp, Packet, RecvResult } from '../core/types.js';
import { TRANSFER_MODULE, TRANSFER_VERSION, channelSequenceOf, isBlank } from './denom.js';
import { IbcRootErrors, TransferErrors } from './errors.js';
import type { TransferKeeper } from './keeper.js';
import { ackText, bytesAsText, checkAckBytes, decodePacketData, errorAckText, marshalAck, unmarshalAck, type FungibleTokenPacketData } from './packet.js';

const MAX_TRANSFER_CHANNELS = 0xffff_ffffn;

/** The success acknowledgement: `{"result":"AQ=="}`. */
export const SUCCESS_ACK: Uint8Array = marshalAck({ result: Uint8Array.of(1) });

export class TransferIbcModule implements IbcApp {
  constructor(readonly keeper: TransferKeeper) {}

  /** ibc-go `ValidateTransferChannelParams`. */
  private validateChannelParams(ctx: Context, order: Order, portId: string, channelId: string): void {
    const seq = channelSequenceOf(channelId);
    if (seq === undefined) throw new ChainError(HostErrors.InvalidID, `channel identifier ${channelId} is not in the format: \`channel-{N}\``);
    if (seq > MAX_TRANSFER_CHANNELS) {
      throw new ChainError(TransferErrors.MaxTransferChannels, `channel sequence ${seq} is greater than max allowed transfer channels ${MAX_TRANSFER_CHANNELS}`);
    }
    if (order !== Order.ORDER_UNORDERED) {
      throw new ChainError(ChannelErrors.InvalidChannelOrdering, `expected ${orderToJSON(Order.ORDER_UNORDERED)} channel, got ${orderToJSON(order)} `);
    }
    const bound = this.keeper.getPort(ctx);
    if (bound !== portId) throw new ChainError(PortErrors.InvalidPort, `invalid port: ${portId}, expected ${bound}`);
  }

  onChanOpenInit(ctx: Context, a: ChanOpenInitArgs): string {
    this.validateChannelParams(ctx, a.order, a.portId, a.channelId);
    const version = isBlank(a.version) ? TRANSFER_VERSION : a.version;
    if (version !== TRANSFER_VERSION) throw new ChainError(TransferErrors.InvalidVersion, `expected ${TRANSFER_VERSION}, got ${version}`);
    return version;
  }

  /** Whatever the counterparty proposed, this side answers "ics20-1" (its Ack then decides). */
  onChanOpenTry(ctx: Context, a: ChanOpenTryArgs): string {
    this.validateChannelParams(ctx, a.order, a.portId, a.channelId);
    return TRANSFER_VERSION;
  }

  onChanOpenAck(_ctx: Context, a: { portId: string; channelId: string; counterpartyChannelId: string; counterpartyVersion: string }): void {
    if (a.counterpartyVersion !== TRANSFER_VERSION) {
      throw new ChainError(TransferErrors.InvalidVersion, `invalid counterparty version: expected ${TRANSFER_VERSION}, got ${a.counterpartyVersion}`);
    }
  }

  onChanOpenConfirm(): void {}

  /** Closing would strand escrowed funds and vouchers, so users may not close transfer channels. */
  onChanCloseInit(): void {
    throw new ChainError(IbcRootErrors.InvalidRequest, 'user cannot close channel');
  }

  onChanCloseConfirm(): void {}

  /**
   * Always acknowledges synchronously. A failure becomes an error ack carrying only the ABCI code
   * (the full text goes to the event); its state changes are dropped here and its events kept, so
   * core sees the same thing whether or not it also discards them. Non-ChainErrors (out of gas,
   * TransferInvariantError) propagate and fail the relayer's transaction, as a Go panic would.
   */
  onRecvPacket(ctx: Context, packet: Packet, _relayer: string): RecvResult {
    const decoded = decodePacketData(packet.data);
    const data = decoded.data;
    let ackErr: ChainError | undefined;
    if (!decoded.ok) {
      ackErr = new ChainError(IbcRootErrors.InvalidType, 'cannot unmarshal ICS-20 transfer packet data');
    } else {
      const b = ctx.branch();
      try {
        this.keeper.onRecvPacket(b.ctx, packet, data);
        b.commit();
      } catch (e) {
        b.discard();
        if (!(e instanceof ChainError)) throw e;
        ctx.events.emitAll(b.ctx.events.events);
        ackErr = e;
      }
    }
    const attrs: [string, string][] = [
      ['module', TRANSFER_MODULE],
      ...packetAttrs(data),
      ['success', ackErr === undefined ? 'true' : 'false'],
    ];
    if (ackErr !== undefined) attrs.push(['error', ackErr.message]);
    ctx.emit(event('fungible_token_packet', attrs));
    if (ackErr === undefined) return { ack: SUCCESS_ACK, success: true };
    return { ack: marshalAck({ error: errorAckText(ackErr.code) }), success: false };
  }

  onAcknowledgementPacket(ctx: Context, packet: Packet, acknowledgement: Uint8Array, _relayer: string): void {
    const ack = unmarshalAck(acknowledgement);
    const data = this.packetData(packet);
    checkAckBytes(ack, acknowledgement);
    this.keeper.onAcknowledgementPacket(ctx, packet, data, ack);
    ctx.emit(event('fungible_token_packet', [['module', TRANSFER_MODULE], ...packetAttrs(data), ['acknowledgement', ackText(ack)]]));
    if ('result' in ack) ctx.emit(event('fungible_token_packet', { success: bytesAsText(ack.result) }));
    else if ('error' in ack) ctx.emit(event('fungible_token_packet', { error: ack.error }));
  }

  onTimeoutPacket(ctx: Context, packet: Packet, _relayer: string): void {
    const data = this.packetData(packet);
    this.keeper.onTimeoutPacket(ctx, packet, data);
    ctx.emit(
      event('timeout', [
        ['module', TRANSFER_MODULE],
        ['refund_receiver', data.sender],
        ['refund_denom', data.denom],
        ['refund_amount', data.amount],
        ['memo', data.memo],
      ]),
    );
  }

  /** Packet data of a packet this chain sent; unreadable data fails the transaction. */
  private packetData(packet: Packet): FungibleTokenPacketData {
    const d = decodePacketData(packet.data);
    if (!d.ok) throw new ChainError(IbcRootErrors.UnknownRequest, `cannot unmarshal ICS-20 transfer packet data: ${d.reason}`);
    return d.data;
  }
}

function packetAttrs(d: FungibleTokenPacketData): [string, string][] {
  return [
    ['sender', d.sender],
    ['receiver', d.receiver],
    ['denom', d.denom],
    ['amount', d.amount],
    ['memo', d.memo],
  ];
}
