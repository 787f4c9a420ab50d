/**
 * The ICS-20 keeper (ibc-go v8 `modules/apps/transfer/keeper`): send-side escrow or burn, receive-
 * side unescrow or voucher mint, refunds on error acks and timeouts, denom traces, per-denom
 * escrow totals and params. Channel callbacks and acknowledgement encoding are in ibc-module.ts.
 *
 * Store layout (store `transfer`, as ibc-go's): 0x01 → port id; 0x02 ‖ sha256(full path) →
 * DenomTrace proto; "params" → Params proto; "totalEscrowForDenom/<denom>" → sdk.IntProto.
 */
import { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import { Params } from 'cosmjs-types/ibc/applications/transfer/v1/transfer';
import { DenomTrace as DenomTraceProto } from 'cosmjs-types/ibc/applications/transfer/v1/denomtrace';
import type { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary';
import type { Context } from '../../chain/kernel/context.js';
import { ChainError, Codes } from '../../chain/kernel/errors.js';
import { event } from '../../chain/kernel/events.js';
import { concat, fromUtf8, utf8 } from '../../chain/kernel/keys.js';
import { prefixEnd, type KVStore } from '../../chain/store/kv.js';
import type { AddressCodec } from '../../chain/types/address.js';
import { parseAmount, validateDenom, type Coin } from '../../chain/types/coins.js';
import type { AuthKeeper } from '../../chain/modules/auth/keeper.js';
import type { BankKeeper } from '../../chain/modules/bank/keeper.js';
import { decodeBech32 } from '../../bytes/bech32.js';
import { ChannelErrors } from '../core/errors.js';
import { validateChannelId, validatePortId } from '../core/host.js';
import { isZeroHeight, type Height } from '../core/height.js';
import type { Packet, PacketSender, TransferSender } from '../core/types.js';
import {
  DENOM_PREFIX,
  TRANSFER_MODULE,
  TRANSFER_PORT,
  denomPrefix,
  escrowAddressBytes,
  fullDenomPath,
  hashHex,
  ibcDenom,
  isBlank,
  isNativeDenom,
  parseDenomTrace,
  parseHexHash,
  receiverChainIsSource,
  senderChainIsSource,
  traceHash,
  validateIbcDenom,
  type DenomTrace,
} from './denom.js';
import { IbcRootErrors, TransferErrors, TransferInvariantError, Uncoded, wrap } from './errors.js';
import { encodePacketData, parseSdkInt, validatePacketData, type FungibleTokenPacketData, type Ics20Ack } from './packet.js';

export const TRANSFER_STORE = 'transfer';
export const DEFAULT_TRANSFER_PARAMS: Readonly<Params> = Object.freeze({ sendEnabled: true, receiveEnabled: true });

/** ibc-go msgs.go limits (bytes). */
export const MAX_RECEIVER_LENGTH = 2048;
export const MAX_MEMO_LENGTH = 32768;

const PORT_KEY = Uint8Array.of(0x01);
const DENOM_TRACE_PREFIX = Uint8Array.of(0x02);
const PARAMS_KEY = utf8('params');
const TOTAL_ESCROW_PREFIX = utf8('totalEscrowForDenom/');
/** `UnboundedSpendLimit`: an amount of 2^256−1 means "my whole balance". */
const UNBOUNDED_SPEND = (1n << 256n) - 1n;

export interface TransferKeeperDeps {
  bank: BankKeeper;
  auth: AuthKeeper;
  /** Account addresses (defaults to the auth keeper's codec). */
  codec?: AddressCodec;
  /** IBC core; may be set later with `setPacketSender` (core needs the transfer app to exist first). */
  packets?: PacketSender;
  /** Who may send MsgUpdateParams (the gov module account). */
  authority: string;
}

const te = new TextEncoder();

export class TransferKeeper implements TransferSender {
  readonly bank: BankKeeper;
  readonly auth: AuthKeeper;
  readonly codec: AddressCodec;
  readonly authority: string;
  private packets: PacketSender | undefined;

  constructor(deps: TransferKeeperDeps) {
    this.bank = deps.bank;
    this.auth = deps.auth;
    this.codec = deps.codec ?? deps.auth.codec;
    this.authority = deps.authority;
    this.packets = deps.packets;
  }

  setPacketSender(p: PacketSender): void {
    this.packets = p;
  }

  get ics4(): PacketSender {
    if (this.packets === undefined) throw new Error('TransferKeeper has no PacketSender: call setPacketSender(<IBC core>) when wiring the app');
    return this.packets;
  }

  private store(ctx: Context): KVStore {
    return ctx.store(TRANSFER_STORE);
  }

  // ----- port, params ---------------------------------------------------------------------------

  getPort(ctx: Context): string {
    const v = this.store(ctx).get(PORT_KEY);
    return v === undefined ? TRANSFER_PORT : fromUtf8(v);
  }
  setPort(ctx: Context, port: string): void {
    this.store(ctx).set(PORT_KEY, utf8(port));
  }

  getParams(ctx: Context): Params {
    const v = this.store(ctx).get(PARAMS_KEY);
    return v === undefined ? { ...DEFAULT_TRANSFER_PARAMS } : Params.decode(v);
  }
  setParams(ctx: Context, p: Params): void {
    this.store(ctx).set(PARAMS_KEY, Params.encode(p).finish());
  }

  // ----- denom traces ---------------------------------------------------------------------------

  getDenomTrace(ctx: Context, hash: Uint8Array): DenomTrace | undefined {
    const v = this.store(ctx).get(concat(DENOM_TRACE_PREFIX, hash));
    if (v === undefined || v.length === 0) return undefined;
    const t = DenomTraceProto.decode(v);
    return { path: t.path, baseDenom: t.baseDenom };
  }
  hasDenomTrace(ctx: Context, hash: Uint8Array): boolean {
    return this.store(ctx).has(concat(DENOM_TRACE_PREFIX, hash));
  }
  setDenomTrace(ctx: Context, t: DenomTrace): void {
    this.store(ctx).set(concat(DENOM_TRACE_PREFIX, traceHash(t)), DenomTraceProto.encode({ path: t.path, baseDenom: t.baseDenom }).finish());
  }
  denomTracePrefix(): Uint8Array {
    return DENOM_TRACE_PREFIX;
  }
  /** Every trace, sorted by full denom path (ibc-go `Traces.Sort`). */
  allDenomTraces(ctx: Context): DenomTrace[] {
    const out: DenomTrace[] = [];
    for (const [, v] of this.store(ctx).iterator(DENOM_TRACE_PREFIX, prefixEnd(DENOM_TRACE_PREFIX))) {
      const t = DenomTraceProto.decode(v);
      out.push({ path: t.path, baseDenom: t.baseDenom });
    }
    return sortTraces(out);
  }

  /** The full path of an `ibc/<hash>` denom from its stored trace. */
  denomPathFromHash(ctx: Context, denom: string): string {
    const hex = denom.slice(DENOM_PREFIX.length + 1);
    let hash: Uint8Array;
    try {
      hash = parseHexHash(hex);
    } catch (e) {
      throw e instanceof ChainError ? new ChainError(TransferErrors.InvalidDenomForTransfer, e.message) : e;
    }
    const t = this.getDenomTrace(ctx, hash);
    if (t === undefined) throw new ChainError(TransferErrors.TraceNotFound, hex);
    return fullDenomPath(t);
  }

  /** Genesis: the trace and its voucher's bank metadata. */
  initDenomTrace(ctx: Context, t: DenomTrace): void {
    this.setDenomTrace(ctx, t);
    this.setDenomMetadata(ctx, t);
  }

  /** ibc-go `setDenomMetadata`: bank metadata for a new voucher. */
  private setDenomMetadata(ctx: Context, t: DenomTrace): void {
    const full = fullDenomPath(t);
    this.bank.setDenomMetadata(
      ctx,
      Metadata.fromPartial({
        description: `IBC token from ${full}`,
        denomUnits: [{ denom: t.baseDenom, exponent: 0, aliases: [] }],
        base: ibcDenom(t),
        display: full,
        name: `${full} IBC token`,
        symbol: goToUpper(t.baseDenom),
      }),
    );
  }

  // ----- escrow ---------------------------------------------------------------------------------

  escrowAddress(portId: string, channelId: string): string {
    return this.codec.encode(escrowAddressBytes(portId, channelId));
  }

  getTotalEscrow(ctx: Context, denom: string): bigint {
    const v = this.store(ctx).get(concat(TOTAL_ESCROW_PREFIX, utf8(denom)));
    return v === undefined || v.length === 0 ? 0n : decodeIntProto(v);
  }
  setTotalEscrow(ctx: Context, denom: string, amount: bigint): void {
    if (amount < 0n) throw new TransferInvariantError(`total escrow for ${denom} cannot be negative: ${amount}`);
    const k = concat(TOTAL_ESCROW_PREFIX, utf8(denom));
    if (amount === 0n) this.store(ctx).delete(k);
    else this.store(ctx).set(k, encodeIntProto(amount));
  }
  /** Every non-zero escrow total, in denom order. */
  allTotalEscrowed(ctx: Context): Coin[] {
    const out: Coin[] = [];
    for (const [k, v] of this.store(ctx).iterator(TOTAL_ESCROW_PREFIX, prefixEnd(TOTAL_ESCROW_PREFIX))) {
      const denom = fromUtf8(k.subarray(TOTAL_ESCROW_PREFIX.length));
      if (isBlank(denom)) continue;
      out.push({ denom, amount: decodeIntProto(v) });
    }
    return out;
  }

  private escrowToken(ctx: Context, sender: string, escrow: string, token: Coin): void {
    if (token.amount > 0n) this.bank.sendCoins(ctx, sender, escrow, [token]);
    this.setTotalEscrow(ctx, token.denom, this.getTotalEscrow(ctx, token.denom) + token.amount);
  }

  private unescrowToken(ctx: Context, escrow: string, receiver: string, token: Coin): void {
    try {
      if (token.amount > 0n) this.bank.sendCoins(ctx, escrow, receiver, [token]);
    } catch (e) {
      throw e instanceof ChainError
        ? wrap(e, 'unable to unescrow tokens, this may be caused by a malicious counterparty module or a bug: please open an issue on counterparty module')
        : e;
    }
    this.setTotalEscrow(ctx, token.denom, this.getTotalEscrow(ctx, token.denom) - token.amount);
  }

  // ----- addresses ------------------------------------------------------------------------------

  /**
   * `sdk.AccAddressFromBech32` with Go's error codes: bech32 and prefix failures are unregistered
   * errors (code 1), an empty or oversized payload is `ErrUnknownAddress`. Returns canonical bech32.
   */
  accAddressFromBech32(addr: string): string {
    if (isBlank(addr)) throw new ChainError(Uncoded, 'empty address string is not allowed');
    const d = decodeBech32(addr);
    if (d === null) throw new ChainError(Uncoded, `decoding bech32 failed: ${addr} is not a valid bech32 string`);
    const prefix = this.codec.prefixes.account;
    if (d.hrp !== prefix) throw new ChainError(Uncoded, `invalid Bech32 prefix; expected ${prefix}, got ${d.hrp}`);
    if (d.data.length === 0) throw new ChainError(Codes.UnknownAddress, 'addresses cannot be empty');
    if (d.data.length > 255) throw new ChainError(Codes.UnknownAddress, `address max length is 255, got ${d.data.length}`);
    return this.codec.encode(d.data);
  }

  // ----- MsgTransfer ----------------------------------------------------------------------------

  /** `MsgTransfer.ValidateBasic`, plus the non-zero timeout rule core would apply at send. */
  validateMsgTransfer(msg: MsgTransfer): void {
    try {
      validatePortId(msg.sourcePort);
    } catch (e) {
      throw e instanceof ChainError ? wrap(e, 'invalid source port ID') : e;
    }
    try {
      validateChannelId(msg.sourceChannel);
    } catch (e) {
      throw e instanceof ChainError ? wrap(e, 'invalid source channel ID') : e;
    }
    const token = tokenOf(msg);
    if (token.amount <= 0n) throw new ChainError(IbcRootErrors.InsufficientFunds, `${token.amount}${token.denom}`);
    try {
      this.codec.decode(msg.sender, 'sender address');
    } catch (e) {
      throw new ChainError(IbcRootErrors.InvalidAddress, `string could not be parsed as address: ${(e as Error).message}`);
    }
    if (isBlank(msg.receiver)) throw new ChainError(IbcRootErrors.InvalidAddress, 'missing recipient address');
    if (te.encode(msg.receiver).length > MAX_RECEIVER_LENGTH) throw new ChainError(IbcRootErrors.InvalidAddress, `recipient address must not exceed ${MAX_RECEIVER_LENGTH} bytes`);
    if (te.encode(msg.memo).length > MAX_MEMO_LENGTH) throw new ChainError(TransferErrors.InvalidMemo, `memo must not exceed ${MAX_MEMO_LENGTH} bytes`);
    validateIbcDenom(token.denom);
    if (isZeroHeight(msg.timeoutHeight) && msg.timeoutTimestamp === 0n) {
      throw new ChainError(ChannelErrors.InvalidPacket, 'packet timeout height and packet timeout timestamp cannot both be 0: set a timeout height or a timeout timestamp');
    }
    if (msg.encoding !== '' && msg.encoding !== 'application/json') {
      throw new ChainError(IbcRootErrors.InvalidRequest, `encoding ${msg.encoding} is not supported: this chain speaks ics20-1 (JSON packet data); leave encoding empty`);
    }
  }

  /** `TransferSender` (a contract's `IbcMsg::Transfer`): the message's checks, then the msg server. */
  transfer(ctx: Context, msg: MsgTransfer): bigint {
    this.validateMsgTransfer(msg);
    return this.executeTransfer(ctx, msg);
  }

  /** ibc-go `msg_server.Transfer`: enabled checks, send, `ibc_transfer` and `message` events. */
  executeTransfer(ctx: Context, msg: MsgTransfer): bigint {
    if (!this.getParams(ctx).sendEnabled) throw new ChainError(TransferErrors.SendDisabled);
    const sender = this.codec.normalize(msg.sender, 'sender address');
    const token = tokenOf(msg);
    if (!this.bank.getSendEnabled(ctx, token.denom)) throw new ChainError(TransferErrors.SendDisabled, `${token.denom} transfers are currently disabled`);
    if (this.bank.isBlocked(sender)) throw new ChainError(IbcRootErrors.Unauthorized, `${sender} is not allowed to send funds`);
    const sequence = this.sendTransfer(ctx, {
      sourcePort: msg.sourcePort,
      sourceChannel: msg.sourceChannel,
      token,
      sender,
      receiver: msg.receiver,
      timeoutHeight: msg.timeoutHeight,
      timeoutTimestamp: msg.timeoutTimestamp,
      memo: msg.memo,
    });
    ctx.emit(event('ibc_transfer', { sender: msg.sender, receiver: msg.receiver, amount: token.amount.toString(), denom: token.denom, memo: msg.memo }));
    ctx.emit(event('message', { module: TRANSFER_MODULE }));
    return sequence;
  }

  /**
   * ibc-go `sendTransfer`. The packet carries the denom's full path on this chain; the token is
   * escrowed when this chain is its source for this channel, burned when it is going back home.
   */
  sendTransfer(
    ctx: Context,
    a: { sourcePort: string; sourceChannel: string; token: Coin; sender: string; receiver: string; timeoutHeight: Height; timeoutTimestamp: bigint; memo: string },
  ): bigint {
    const ics4 = this.ics4;
    if (ics4.getChannel(ctx, a.sourcePort, a.sourceChannel) === undefined) {
      throw new ChainError(ChannelErrors.ChannelNotFound, `port ID (${a.sourcePort}) channel ID (${a.sourceChannel})`);
    }
    let fullPath = a.token.denom;
    if (a.token.denom.startsWith(`${DENOM_PREFIX}/`)) fullPath = this.denomPathFromHash(ctx, a.token.denom);
    let amount = a.token.amount;
    if (amount === UNBOUNDED_SPEND) amount = this.bank.getBalance(ctx, a.sender, a.token.denom).amount;
    const token: Coin = { denom: a.token.denom, amount };
    if (senderChainIsSource(a.sourcePort, a.sourceChannel, fullPath)) {
      this.escrowToken(ctx, a.sender, this.escrowAddress(a.sourcePort, a.sourceChannel), token);
    } else if (amount > 0n) {
      this.bank.sendCoinsFromAccountToModule(ctx, a.sender, TRANSFER_MODULE, [token]);
      this.bank.burnCoins(ctx, TRANSFER_MODULE, [token]);
    }
    const data: FungibleTokenPacketData = { denom: fullPath, amount: amount.toString(), sender: a.sender, receiver: a.receiver, memo: a.memo };
    return ics4.sendPacket(ctx, {
      sourcePort: a.sourcePort,
      sourceChannel: a.sourceChannel,
      timeoutHeight: a.timeoutHeight,
      timeoutTimestamp: a.timeoutTimestamp,
      data: encodePacketData(data),
    });
  }

  // ----- packet callbacks -----------------------------------------------------------------------

  /**
   * ibc-go `OnRecvPacket`. A returning token (its path starts with the packet's source port and
   * channel) is unescrowed; anything else is minted as `ibc/<hash of "dstPort/dstChannel/denom">`.
   * Throws ChainError for an error acknowledgement, TransferInvariantError where ibc-go panics.
   */
  onRecvPacket(ctx: Context, packet: Packet, data: FungibleTokenPacketData): void {
    let amount: bigint;
    try {
      amount = validatePacketData(data);
    } catch (e) {
      throw e instanceof ChainError ? wrap(e, 'error validating ICS-20 transfer packet data') : e;
    }
    if (!this.getParams(ctx).receiveEnabled) throw new ChainError(TransferErrors.ReceiveDisabled);
    let receiver: string;
    try {
      receiver = this.accAddressFromBech32(data.receiver);
    } catch (e) {
      throw e instanceof ChainError ? wrap(e, `failed to decode receiver address: ${data.receiver}`) : e;
    }

    if (receiverChainIsSource(packet.sourcePort, packet.sourceChannel, data.denom)) {
      const unprefixed = data.denom.slice(denomPrefix(packet.sourcePort, packet.sourceChannel).length);
      const trace = parseDenomTrace(unprefixed);
      const denom = isNativeDenom(trace) ? unprefixed : ibcDenom(trace);
      requireCoinDenom(denom);
      if (this.bank.isBlocked(receiver)) throw new ChainError(IbcRootErrors.Unauthorized, `${receiver} is not allowed to receive funds`);
      this.unescrowToken(ctx, this.escrowAddress(packet.destinationPort, packet.destinationChannel), receiver, { denom, amount });
      return;
    }

    const trace = parseDenomTrace(denomPrefix(packet.destinationPort, packet.destinationChannel) + data.denom);
    const hash = traceHash(trace);
    if (!this.hasDenomTrace(ctx, hash)) this.setDenomTrace(ctx, trace);
    const voucherDenom = ibcDenom(trace);
    if (this.bank.getDenomMetadata(ctx, voucherDenom) === undefined) this.setDenomMetadata(ctx, trace);
    ctx.emit(event('denomination_trace', { trace_hash: hashHex(hash), denom: voucherDenom }));
    const voucher: Coin = { denom: voucherDenom, amount };
    try {
      this.bank.mintCoins(ctx, TRANSFER_MODULE, [voucher]);
    } catch (e) {
      throw e instanceof ChainError ? wrap(e, 'failed to mint IBC tokens') : e;
    }
    try {
      this.bank.sendCoinsFromModuleToAccount(ctx, TRANSFER_MODULE, receiver, [voucher]);
    } catch (e) {
      throw e instanceof ChainError ? wrap(e, `failed to send coins to receiver ${receiver}`) : e;
    }
  }

  /** An error acknowledgement refunds; a result does nothing. */
  onAcknowledgementPacket(ctx: Context, packet: Packet, data: FungibleTokenPacketData, ack: Ics20Ack): void {
    if ('error' in ack) this.refundPacketToken(ctx, packet, data);
  }

  onTimeoutPacket(ctx: Context, packet: Packet, data: FungibleTokenPacketData): void {
    this.refundPacketToken(ctx, packet, data);
  }

  /** Undoes the send: unescrow back to the sender, or mint the burned vouchers again. */
  private refundPacketToken(ctx: Context, packet: Packet, data: FungibleTokenPacketData): void {
    const trace = parseDenomTrace(data.denom);
    const amount = parseSdkInt(data.amount);
    if (amount === undefined) throw new ChainError(TransferErrors.InvalidAmount, `unable to parse transfer amount (${data.amount}) into math.Int`);
    const token: Coin = { denom: ibcDenom(trace), amount };
    requireCoinDenom(token.denom);
    if (amount < 0n) throw new TransferInvariantError(`negative coin amount: ${amount}`);
    const sender = this.accAddressFromBech32(data.sender);
    if (senderChainIsSource(packet.sourcePort, packet.sourceChannel, data.denom)) {
      this.unescrowToken(ctx, this.escrowAddress(packet.sourcePort, packet.sourceChannel), sender, token);
      return;
    }
    if (amount === 0n) return;
    this.bank.mintCoins(ctx, TRANSFER_MODULE, [token]);
    this.bank.sendCoinsFromModuleToAccount(ctx, TRANSFER_MODULE, sender, [token]);
  }
}

/** The token of a MsgTransfer as a Coin; `Coin.IsValid` failures are `ErrInvalidCoins`. */
function tokenOf(msg: MsgTransfer): Coin {
  const denom = msg.token?.denom ?? '';
  const raw = msg.token?.amount ?? '';
  let amount: bigint;
  try {
    validateDenom(denom);
    // An unset amount is a nil Int upstream, which is invalid rather than zero.
    amount = parseAmount(raw, 'token amount');
  } catch {
    throw new ChainError(IbcRootErrors.InvalidCoins, `${raw}${denom}`);
  }
  return { denom, amount };
}

/** `sdk.NewCoin` panics on an invalid denom; upstream that fails the transaction, not the packet. */
function requireCoinDenom(denom: string): void {
  try {
    validateDenom(denom);
  } catch {
    throw new TransferInvariantError(`invalid denom: ${denom}`);
  }
}

/** Sorted by full path, compared as UTF-8 bytes (Go string order). */
export function sortTraces(list: DenomTrace[]): DenomTrace[] {
  return list
    .map((t) => [Buffer.from(fullDenomPath(t), 'utf8'), t] as const)
    .sort(([a], [b]) => Buffer.compare(a, b))
    .map(([, t]) => t);
}

/** Go's strings.ToUpper uses simple (one-to-one) case mapping: 'ß' stays 'ß'. */
function goToUpper(s: string): string {
  let out = '';
  for (const ch of s) {
    const u = ch.toUpperCase();
    out += [...u].length === 1 ? u : ch;
  }
  return out;
}

/** `sdk.IntProto{Int}`: field 1, the decimal text. */
function encodeIntProto(v: bigint): Uint8Array {
  return new BinaryWriter().uint32(10).string(v.toString()).finish();
}
function decodeIntProto(b: Uint8Array): bigint {
  const r = new BinaryReader(b);
  let s = '0';
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1) s = r.string();
    else r.skipType(tag & 7);
  }
  return BigInt(s);
}
