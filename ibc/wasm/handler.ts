/**
 * What contracts reach of IBC (wasmd `IBCRawPacketHandler`, the `IbcMsg` encoders and `IBCQuerier`):
 * `{"ibc": IbcMsg}` messages and `{"ibc": IbcQuery}` queries. A contract only ever acts on its own
 * port (`wasm.<address>`), which it has only if its code exports the six IBC entry points.
 */
import { MsgChannelCloseInitResponse } from 'cosmjs-types/ibc/core/channel/v1/tx';
import { State } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { MsgTransferResponse, type MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { MsgIBCSendResponse, MsgIBCWriteAcknowledgementResponse } from 'cosmjs-types/cosmwasm/wasm/v1/ibc';
import type { Context } from '../../chain/kernel/context.js';
import { ChainError } from '../../chain/kernel/errors.js';
import type { DispatchOutput, WasmIbcHandler } from '../../chain/modules/wasm/message-plugins.js';
import { WasmErrors } from '../../chain/modules/wasm/errors.js';
import { WasmIbcEntryPoints } from '../../chain/modules/wasm/ibc.js';
import { coinJson, fromB64, obj, optStr, str, u64, variant, type Obj } from '../../chain/modules/wasm/json.js';
import type { WasmKeeper } from '../../chain/modules/wasm/keeper.js';
import { QuerySystemError } from '../../chain/modules/wasm/querier.js';
import { ChannelErrors } from '../core/errors.js';
import { ZERO_HEIGHT, height, type Height } from '../core/height.js';
import type { PacketSender, TransferSender } from '../core/types.js';
import { channelFacts, channelJson, jsonBytes } from './json.js';

export interface WasmIbcHandlerDeps {
  keeper: WasmKeeper;
  packets: PacketSender;
  /** ICS-20, for `IbcMsg::Transfer`; without it transfers are rejected as unknown messages. */
  transfer?: TransferSender;
  /** The ICS-20 port transfers leave from (wasmd's `ICS20TransferPortSource`); default `transfer`. */
  transferPort?: string;
}

interface Timeout {
  height: Height;
  timestamp: bigint;
}

/** std `IbcTimeout`: `{"block": {"revision","height"} | null, "timestamp": "<ns>" | null}`. */
function parseTimeout(v: unknown): Timeout {
  const o = obj(v, 'timeout');
  const block = o['block'];
  const ts = o['timestamp'];
  let h = ZERO_HEIGHT;
  if (block !== null && block !== undefined) {
    const b = obj(block, 'timeout.block');
    h = height(u64(b, 'revision'), u64(b, 'height'));
  }
  const timestamp = ts === null || ts === undefined ? 0n : u64(o, 'timestamp');
  return { height: h, timestamp };
}

function hasTimeout(t: Timeout): boolean {
  return t.timestamp !== 0n || t.height.revisionHeight !== 0n || t.height.revisionNumber !== 0n;
}

function channelId(p: Obj): string {
  const id = str(p, 'channel_id');
  if (id === '') throw new ChainError(WasmErrors.Empty, 'ibc channel: channel_id must be set');
  return id;
}

function single(typeUrl: string, value: Uint8Array): DispatchOutput {
  return { data: [value], msgResponses: [{ typeUrl, value }] };
}

export function createWasmIbcHandler(deps: WasmIbcHandlerDeps): WasmIbcHandler {
  const { keeper, packets, transfer } = deps;
  const transferPort = deps.transferPort ?? 'transfer';
  const entryPoints = new WasmIbcEntryPoints(keeper);

  const requirePort = (contract: string, port: string): string => {
    if (port === '') throw new ChainError(WasmErrors.UnsupportedForContract, `ibc not supported: contract ${contract} has no IBC port (its code lacks the IBC entry points)`);
    return port;
  };

  function sendPacket(ctx: Context, contract: string, port: string, p: Obj): DispatchOutput {
    requirePort(contract, port);
    const chan = channelId(p);
    const data = fromB64(p['data'], 'data');
    const timeout = parseTimeout(p['timeout']);
    if (packets.getChannel(ctx, port, chan) === undefined) {
      throw new ChainError(ChannelErrors.ChannelNotFound, `channel: no channel ${chan} on port ${port} of contract ${contract}`);
    }
    if (!hasTimeout(timeout)) throw new ChainError(ChannelErrors.InvalidPacket, 'packet timeout height and packet timeout timestamp cannot both be 0');
    const sequence = packets.sendPacket(ctx, { sourcePort: port, sourceChannel: chan, timeoutHeight: timeout.height, timeoutTimestamp: timeout.timestamp, data });
    return single(MsgIBCSendResponse.typeUrl, MsgIBCSendResponse.encode({ sequence }).finish());
  }

  function writeAcknowledgement(ctx: Context, contract: string, port: string, p: Obj): DispatchOutput {
    requirePort(contract, port);
    const chan = channelId(p);
    const sequence = u64(p, 'packet_sequence');
    const ack = fromB64(obj(p['ack'], 'ack')['data'], 'ack.data');
    const packet = entryPoints.loadAsyncAckPacket(ctx, port, chan, sequence);
    if (packet === undefined) {
      throw new ChainError(WasmErrors.Invalid, `packet: no packet ${sequence} received on ${port}/${chan} is awaiting an acknowledgement (never received, acknowledged synchronously, or already acknowledged)`);
    }
    packets.writeAcknowledgement(ctx, packet, ack);
    // Once only: a later write_acknowledgement for the same packet finds nothing.
    entryPoints.deleteAsyncAckPacket(ctx, port, chan, sequence);
    return single(MsgIBCWriteAcknowledgementResponse.typeUrl, MsgIBCWriteAcknowledgementResponse.encode({}).finish());
  }

  function closeChannel(ctx: Context, contract: string, port: string, p: Obj): DispatchOutput {
    requirePort(contract, port);
    packets.closeChannel(ctx, port, channelId(p));
    return single(MsgChannelCloseInitResponse.typeUrl, MsgChannelCloseInitResponse.encode({}).finish());
  }

  function ics20Transfer(ctx: Context, contract: string, p: Obj): DispatchOutput {
    if (transfer === undefined) throw new ChainError(WasmErrors.UnknownMsg, 'ibc transfer: ICS-20 is not enabled on this chain');
    const coin = coinJson(p['amount'], 'amount');
    const timeout = parseTimeout(p['timeout']);
    if (!hasTimeout(timeout)) throw new ChainError(ChannelErrors.InvalidTimeout, 'ibc transfer: timeout height and timeout timestamp cannot both be 0');
    const msg: MsgTransfer = {
      sourcePort: transferPort,
      sourceChannel: channelId(p),
      token: { denom: coin.denom, amount: coin.amount.toString() },
      sender: contract,
      receiver: str(p, 'to_address'),
      timeoutHeight: timeout.height,
      timeoutTimestamp: timeout.timestamp,
      memo: optStr(p, 'memo') ?? '',
      encoding: '',
    };
    const sequence = transfer.transfer(ctx, msg);
    return single(MsgTransferResponse.typeUrl, MsgTransferResponse.encode({ sequence }).finish());
  }

  return {
    dispatch(ctx: Context, contract: string, ibcPortId: string, msg: unknown): DispatchOutput {
      const [kind, payload] = variant(msg, 'IbcMsg');
      const p = obj(payload, kind);
      switch (kind) {
        case 'send_packet':
          return sendPacket(ctx, contract, ibcPortId, p);
        case 'write_acknowledgement':
          return writeAcknowledgement(ctx, contract, ibcPortId, p);
        case 'close_channel':
          return closeChannel(ctx, contract, ibcPortId, p);
        case 'transfer':
          return ics20Transfer(ctx, contract, p);
        default:
          throw new ChainError(WasmErrors.UnknownMsg, `unknown IbcMsg variant ${kind}`);
      }
    },

    query(ctx: Context, caller: string, query: unknown): Uint8Array {
      const [kind, payload] = variant(query, 'IbcQuery');
      const p = obj(payload, kind);
      const callerPort = keeper.getContractInfo(ctx, caller)?.ibcPortId ?? '';
      switch (kind) {
        case 'port_id':
          return jsonBytes({ port_id: callerPort });
        case 'list_channels': {
          // std: without a port, the channels bound to the caller's own port.
          const port = optStr(p, 'port_id') ?? callerPort;
          const channels =
            port === ''
              ? []
              : packets
                  .channelsOfPort(ctx, port)
                  .filter((c) => c.state === State.STATE_OPEN)
                  .map((c) => channelJson(c.portId, c.channelId, channelFacts(c)));
          return jsonBytes({ channels });
        }
        case 'channel': {
          const chan = str(p, 'channel_id');
          const port = optStr(p, 'port_id') ?? callerPort;
          const c = port === '' ? undefined : packets.getChannel(ctx, port, chan);
          return jsonBytes({ channel: c !== undefined && c.state === State.STATE_OPEN ? channelJson(port, chan, channelFacts(c)) : null });
        }
        default:
          throw new QuerySystemError({ unsupported_request: { kind: 'unknown IbcQuery variant' } });
      }
    },
  };
}
