/**
 * The IBC entry points of a contract (wasmd x/wasm/keeper/relay.go) and the store of packets waiting
 * for an asynchronous acknowledgement. The chain knows nothing of IBC core: callers hand in the
 * cosmwasm-std message JSON (IbcChannelOpenMsg, IbcPacketReceiveMsg, …) and get plain results back.
 *
 * Error semantics (wasmd ≥ 0.51, docs/ERROR_HANDLING.md): every entry point but `ibc_packet_receive`
 * throws on any failure, failing the transaction. `ibc_packet_receive` turns a contract error into an
 * error acknowledgement carrying the contract's own text, a failure of the keeper's handling (e.g. a
 * submessage) into a redacted error acknowledgement, and only throws on VM errors (panic, trap, out of
 * gas) so that the relayer's transaction fails and the packet can be retried.
 */
import { Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import type { EntryPoint, IbcBasicResponse, IbcReceiveResponse } from '../../../runtime/src/types.js';
import type { Context } from '../../kernel/context.js';
import { inBranch } from '../../kernel/context.js';
import { ChainError } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { WasmErrors, isDeterministic } from './errors.js';
import { msgBytes, type WasmKeeper } from './keeper.js';
import { WASM_MODULE_NAME } from './addresses.js';
import { WASM_STORE, asyncAckPacketKey } from './types.js';

export type IbcEntryMsg = Uint8Array | string | object;

/** What `ibc_packet_receive` produced. */
export interface IbcReceiveResult {
  /** The acknowledgement to write; undefined: none yet (the contract will write it asynchronously). */
  ack: Uint8Array | undefined;
  /** false: the packet failed; the call left no state behind and `ack` is an error acknowledgement. */
  ok: boolean;
  /** Why it failed: the contract's own error text, or the chain error that stopped the handling. */
  error?: string;
}

/** ibc-go's error acknowledgement text (`ackErrorString`); changing it changes consensus. */
const ACK_ERROR_STRING = 'error handling packet: see events for details';

const te = new TextEncoder();

/** ibc-go `Acknowledgement` JSON with the error arm. */
function errorAckBytes(text: string): Uint8Array {
  return te.encode(JSON.stringify({ error: text }));
}

/**
 * The contract's own error text from the keeper's deterministic contract error, which reads
 * "<contract text>: execute wasm contract failed" (or just the description when the text is empty).
 */
function contractText(e: ChainError): string {
  const desc = WasmErrors.ExecuteFailed.desc;
  if (e.message === desc) return '';
  const suffix = `: ${desc}`;
  if (!e.message.endsWith(suffix)) throw new ChainError(WasmErrors.Invalid, `unexpected contract error shape: ${e.message}`);
  return e.message.slice(0, -suffix.length);
}

function isContractError(e: unknown): e is ChainError {
  return e instanceof ChainError && e.is(WasmErrors.ExecuteFailed) && isDeterministic(e);
}

/** A contract's IBC entry points on a keeper. */
export class WasmIbcEntryPoints {
  constructor(readonly keeper: WasmKeeper) {}

  /** One call of `entry` (set-up gas, then the runner); returns the contract's `ok` value. */
  private invoke<T>(ctx: Context, contract: string, entry: EntryPoint, gasLabel: string, msg: IbcEntryMsg): T {
    return this.keeper.callIbcEntry<T>(ctx, contract, entry, gasLabel, msgBytes(msg));
  }

  private basic(ctx: Context, contract: string, entry: EntryPoint, gasLabel: string, msg: IbcEntryMsg): void {
    inBranch(ctx, (c) => {
      const res = this.invoke<IbcBasicResponse>(c, contract, entry, gasLabel, msg);
      this.keeper.handleContractResponse(c, contract, { messages: res.messages ?? [], attributes: res.attributes ?? [], events: res.events ?? [], data: null });
    });
  }

  /**
   * `ibc_channel_open` with `{"open_init":…}` or `{"open_try":…}`. Returns the version the contract
   * asks for, or undefined when it accepts the proposed one (`null` result). Errors throw.
   */
  ibcChannelOpen(ctx: Context, contract: string, msg: IbcEntryMsg): string | undefined {
    return inBranch(ctx, (c) => {
      const res = this.invoke<{ version?: unknown } | null>(c, contract, 'ibc_channel_open', 'ibc-open-channel', msg);
      if (res === null || res === undefined) return undefined;
      // Like wasmd's decoder: unknown fields are ignored, a missing or empty version accepts the proposal.
      const v = typeof res === 'object' ? res.version : res;
      if (v === undefined || v === null || v === '') return undefined;
      if (typeof v !== 'string') throw new ChainError(WasmErrors.InvalidMsg, 'ibc_channel_open must return null or {"version": "<string>"}');
      return v;
    });
  }

  /** `ibc_channel_connect` with `{"open_ack":…}` or `{"open_confirm":…}`; the IbcBasicResponse is processed. */
  ibcChannelConnect(ctx: Context, contract: string, msg: IbcEntryMsg): void {
    this.basic(ctx, contract, 'ibc_channel_connect', 'ibc-connect-channel', msg);
  }

  /** `ibc_channel_close` with `{"close_init":…}` or `{"close_confirm":…}`; an error vetoes a close init. */
  ibcChannelClose(ctx: Context, contract: string, msg: IbcEntryMsg): void {
    this.basic(ctx, contract, 'ibc_channel_close', 'ibc-close-channel', msg);
  }

  /** `ibc_packet_ack` with `{"acknowledgement":{"data"},"original_packet","relayer"}`. */
  ibcPacketAck(ctx: Context, contract: string, msg: IbcEntryMsg): void {
    this.basic(ctx, contract, 'ibc_packet_ack', 'ibc-ack-packet', msg);
  }

  /** `ibc_packet_timeout` with `{"packet","relayer"}`. */
  ibcPacketTimeout(ctx: Context, contract: string, msg: IbcEntryMsg): void {
    this.basic(ctx, contract, 'ibc_packet_timeout', 'ibc-timeout-packet', msg);
  }

  /**
   * `ibc_packet_receive` with `{"packet","relayer"}` (wasmd `OnRecvPacket` plus its IBC handler):
   * - ok with an acknowledgement: those bytes, unless a submessage reply set data, which replaces them;
   * - ok with `null`: no acknowledgement yet (asynchronous);
   * - contract error: `{"error":"<contract text>"}`, nothing kept;
   * - a chain error while handling the response: `{"error":"ABCI error: <codespace>/<code>: …"}`, nothing kept;
   * - VM error (panic, trap, out of gas): throws.
   * Emits `ibc_packet_received{module, _contract_address, success, error?}` in `ctx` either way.
   */
  ibcPacketReceive(ctx: Context, contract: string, msg: IbcEntryMsg): IbcReceiveResult {
    const b = ctx.branch();
    let result: IbcReceiveResult;
    let handlingError: ChainError | undefined;
    const failed = (e: ChainError): IbcReceiveResult => {
      handlingError = e;
      return { ack: errorAckBytes(`ABCI error: ${e.codespace}/${e.code}: ${ACK_ERROR_STRING}`), ok: false, error: e.message };
    };
    try {
      result = this.receive(b.ctx, contract, msg, failed);
    } catch (e) {
      b.discard();
      throw e;
    }
    // A failed packet keeps neither state nor the contract's events (wasmd drops them).
    if (result.ok) b.commit();
    else b.discard();
    const attrs: [string, string][] = [
      ['module', WASM_MODULE_NAME],
      ['_contract_address', contract],
      ['success', String(result.ok)],
    ];
    if (handlingError !== undefined) attrs.push(['error', (handlingError as ChainError).message]);
    ctx.emit(event('ibc_packet_received', attrs));
    return result;
  }

  private receive(ctx: Context, contract: string, msg: IbcEntryMsg, failed: (e: ChainError) => IbcReceiveResult): IbcReceiveResult {
    let res: IbcReceiveResponse;
    try {
      res = this.invoke<IbcReceiveResponse>(ctx, contract, 'ibc_packet_receive', 'ibc-recv-packet', msg);
    } catch (e) {
      if (isContractError(e)) {
        const text = contractText(e);
        return { ack: errorAckBytes(text), ok: false, error: text };
      }
      // Not the contract's doing (e.g. no such contract): a redacted error ack. VM errors abort the tx.
      if (e instanceof ChainError && !e.is(WasmErrors.VmError)) return failed(e);
      throw e;
    }
    try {
      const ack = this.keeper.handleContractResponse(ctx, contract, {
        messages: res.messages ?? [],
        attributes: res.attributes ?? [],
        events: res.events ?? [],
        data: res.acknowledgement ?? null,
      });
      return { ack, ok: true };
    } catch (e) {
      // A failed submessage (or bad event) is redacted: its text is not necessarily deterministic.
      if (e instanceof ChainError) return failed(e);
      throw e;
    }
  }

  // ----- packets awaiting an asynchronous acknowledgement (wasmd StoreAsyncAckPacket) ------------

  /** Remembers a received packet the contract did not acknowledge, under its destination port/channel. */
  storeAsyncAckPacket(ctx: Context, packet: Packet): void {
    ctx.store(WASM_STORE).set(asyncAckPacketKey(packet.destinationPort, packet.destinationChannel, packet.sequence), Packet.encode(packet).finish());
  }

  loadAsyncAckPacket(ctx: Context, portId: string, channelId: string, sequence: bigint): Packet | undefined {
    const v = ctx.store(WASM_STORE).get(asyncAckPacketKey(portId, channelId, sequence));
    return v === undefined ? undefined : Packet.decode(v);
  }

  /** After the acknowledgement is written, so that it can be written only once. */
  deleteAsyncAckPacket(ctx: Context, portId: string, channelId: string, sequence: bigint): void {
    ctx.store(WASM_STORE).delete(asyncAckPacketKey(portId, channelId, sequence));
  }
}
