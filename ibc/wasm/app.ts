/**
 * The wasm IBC application (wasmd `x/wasm/ibc.go` IBCHandler): every `wasm.<contract address>` port
 * belongs to that contract, and each IBC core callback becomes a call of one of its IBC entry points
 * with the cosmwasm-std message JSON.
 */
import type { Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { Context } from '../../chain/kernel/context.js';
import { ChainError } from '../../chain/kernel/errors.js';
import { WasmIbcEntryPoints } from '../../chain/modules/wasm/ibc.js';
import type { WasmKeeper } from '../../chain/modules/wasm/keeper.js';
import { WasmErrors, wrapError } from '../../chain/modules/wasm/errors.js';
import { ChannelErrors, HostErrors, PortErrors } from '../core/errors.js';
import { parseIdentifierSequence } from '../core/host.js';
import type { ChanOpenInitArgs, ChanOpenTryArgs, IbcApp, PacketSender, RecvResult } from '../core/types.js';
import { WasmIbcErrors } from './errors.js';
import { channelFacts, channelJson, jsonBytes, packetJson, type IbcChannelJson } from './json.js';

/** Ports of contracts start with this; the rest is the contract's bech32 address. */
export const WASM_PORT_PREFIX = 'wasm.';

export const portIdForContract = (contract: string): string => `${WASM_PORT_PREFIX}${contract}`;

const MAX_UINT32 = 0xffff_ffffn;

/**
 * wasmd `ValidateChannelParams`: only `channel-N` identifiers with N < 2^32, so that ICS-20 escrow
 * addresses derived from them stay unique.
 */
export function validateChannelParams(channelId: string): void {
  const seq = parseIdentifierSequence(channelId, 'channel');
  if (seq === undefined) throw new ChainError(HostErrors.InvalidID, `channel identifier ${channelId} is not in the format: \`channel-{N}\``);
  if (seq > MAX_UINT32) throw new ChainError(WasmIbcErrors.MaxIBCChannels, `channel sequence ${seq} is greater than max allowed transfer channels ${MAX_UINT32}`);
}

export interface WasmIbcAppDeps {
  keeper: WasmKeeper;
  packets: PacketSender;
}

export class WasmIbcApp implements IbcApp {
  readonly keeper: WasmKeeper;
  readonly packets: PacketSender;
  readonly entryPoints: WasmIbcEntryPoints;

  constructor(deps: WasmIbcAppDeps) {
    this.keeper = deps.keeper;
    this.packets = deps.packets;
    this.entryPoints = new WasmIbcEntryPoints(deps.keeper);
  }

  /**
   * The contract owning `portId` (wasmd `ContractFromPortID` plus a check that the contract exists and
   * was bound to exactly this port at instantiation or migration).
   */
  contractOfPort(ctx: Context, portId: string): string {
    if (!portId.startsWith(WASM_PORT_PREFIX)) {
      throw new ChainError(PortErrors.InvalidPort, `port ${portId} is not a contract port: expected "${WASM_PORT_PREFIX}<contract address>"`);
    }
    const contract = portId.slice(WASM_PORT_PREFIX.length);
    try {
      this.keeper.codec.decode(contract, 'contract address');
    } catch (e) {
      throw new ChainError(PortErrors.InvalidPort, `port ${portId}: ${(e as Error).message}`);
    }
    const info = this.keeper.getContractInfo(ctx, contract);
    if (info === undefined) throw new ChainError(PortErrors.PortNotFound, `port ${portId}: no contract ${contract} on this chain`);
    if (info.ibcPortId !== portId) {
      throw new ChainError(
        PortErrors.InvalidPort,
        info.ibcPortId === ''
          ? `port ${portId}: contract ${contract} has no IBC entry points, so it has no port`
          : `port ${portId}: contract ${contract} is bound to port ${info.ibcPortId}`,
      );
    }
    return contract;
  }

  private storedChannel(ctx: Context, portId: string, channelId: string) {
    const ch = this.packets.getChannel(ctx, portId, channelId);
    if (ch === undefined) throw new ChainError(ChannelErrors.ChannelNotFound, `port ID (${portId}) channel ID (${channelId})`);
    return ch;
  }

  private stored(ctx: Context, portId: string, channelId: string): IbcChannelJson {
    return channelJson(portId, channelId, channelFacts(this.storedChannel(ctx, portId, channelId)));
  }

  onChanOpenInit(ctx: Context, a: ChanOpenInitArgs): string {
    validateChannelParams(a.channelId);
    const contract = this.contractOfPort(ctx, a.portId);
    const channel = channelJson(a.portId, a.channelId, {
      order: a.order,
      counterpartyPortId: a.counterparty.portId,
      counterpartyChannelId: a.counterparty.channelId,
      version: a.version,
      connectionHops: a.connectionHops,
    });
    const version = this.entryPoints.ibcChannelOpen(ctx, contract, jsonBytes({ open_init: { channel } }));
    if (version !== undefined) return version;
    // The contract accepted the proposal, so there must be one.
    if (a.version === '') throw new ChainError(WasmErrors.Empty, 'version: the contract returned none and the relayer proposed none');
    return a.version;
  }

  onChanOpenTry(ctx: Context, a: ChanOpenTryArgs): string {
    validateChannelParams(a.channelId);
    const contract = this.contractOfPort(ctx, a.portId);
    const channel = channelJson(a.portId, a.channelId, {
      order: a.order,
      counterpartyPortId: a.counterparty.portId,
      counterpartyChannelId: a.counterparty.channelId,
      version: a.counterpartyVersion,
      connectionHops: a.connectionHops,
    });
    const version = this.entryPoints.ibcChannelOpen(ctx, contract, jsonBytes({ open_try: { channel, counterparty_version: a.counterpartyVersion } }));
    return version ?? a.counterpartyVersion;
  }

  /**
   * The contract sees the channel as ibc-go ≥ v10 leaves it before this callback (WriteOpenAckChannel
   * runs first): the counterparty's channel ID filled in and the version set to `counterpartyVersion`,
   * whether or not core has already stored them.
   */
  onChanOpenAck(ctx: Context, a: { portId: string; channelId: string; counterpartyChannelId: string; counterpartyVersion: string }): void {
    const contract = this.contractOfPort(ctx, a.portId);
    const ch = this.storedChannel(ctx, a.portId, a.channelId);
    const channel = channelJson(a.portId, a.channelId, channelFacts(ch, { counterpartyChannelId: a.counterpartyChannelId, version: a.counterpartyVersion }));
    this.entryPoints.ibcChannelConnect(ctx, contract, jsonBytes({ open_ack: { channel, counterparty_version: a.counterpartyVersion } }));
  }

  onChanOpenConfirm(ctx: Context, a: { portId: string; channelId: string }): void {
    const contract = this.contractOfPort(ctx, a.portId);
    this.entryPoints.ibcChannelConnect(ctx, contract, jsonBytes({ open_confirm: { channel: this.stored(ctx, a.portId, a.channelId) } }));
  }

  onChanCloseInit(ctx: Context, a: { portId: string; channelId: string }): void {
    const contract = this.contractOfPort(ctx, a.portId);
    this.entryPoints.ibcChannelClose(ctx, contract, jsonBytes({ close_init: { channel: this.stored(ctx, a.portId, a.channelId) } }));
  }

  onChanCloseConfirm(ctx: Context, a: { portId: string; channelId: string }): void {
    const contract = this.contractOfPort(ctx, a.portId);
    this.entryPoints.ibcChannelClose(ctx, contract, jsonBytes({ close_confirm: { channel: this.stored(ctx, a.portId, a.channelId) } }));
  }

  /**
   * A contract error or a failed submessage gives `success: false` with an error acknowledgement; a VM
   * error throws. No acknowledgement means the contract will write one later: the packet is kept until then.
   */
  onRecvPacket(ctx: Context, packet: Packet, relayer: string): RecvResult {
    const contract = this.contractOfPort(ctx, packet.destinationPort);
    const r = this.entryPoints.ibcPacketReceive(ctx, contract, jsonBytes({ packet: packetJson(packet), relayer }));
    if (r.ok && r.ack === undefined) this.entryPoints.storeAsyncAckPacket(ctx, packet);
    return { ack: r.ack, success: r.ok };
  }

  onAcknowledgementPacket(ctx: Context, packet: Packet, acknowledgement: Uint8Array, relayer: string): void {
    const contract = this.contractOfPort(ctx, packet.sourcePort);
    const msg = {
      acknowledgement: { data: Buffer.from(acknowledgement).toString('base64') },
      original_packet: packetJson(packet),
      relayer,
    };
    try {
      this.entryPoints.ibcPacketAck(ctx, contract, jsonBytes(msg));
    } catch (e) {
      throw wrapError(e, 'on ack');
    }
  }

  onTimeoutPacket(ctx: Context, packet: Packet, relayer: string): void {
    const contract = this.contractOfPort(ctx, packet.sourcePort);
    try {
      this.entryPoints.ibcPacketTimeout(ctx, contract, jsonBytes({ packet: packetJson(packet), relayer }));
    } catch (e) {
      throw wrapError(e, 'on timeout');
    }
  }
}
