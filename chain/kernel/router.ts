/**
 * Message and query routing by protobuf type URL / gRPC method path, shared by the tx pipeline,
 * governance execution and contracts (`CosmosMsg::Any`, `QueryRequest::Grpc`).
 */
import type { Context } from './context.js';
import { ChainError, Codes } from './errors.js';

/** A message's response, packed into `TxMsgData.msg_responses` as an Any. */
export interface MsgResponse {
  typeUrl: string;
  value: Uint8Array;
}

export interface MsgHandler<M> {
  typeUrl: string;
  /** Module name for the `message.module` event attribute. */
  module: string;
  decode(bytes: Uint8Array): M;
  encode(msg: M): Uint8Array;
  /** Bech32 account addresses that must sign the message (Cosmos `GetSigners`). */
  signers(msg: M): string[];
  /** Stateless checks (Cosmos `ValidateBasic`). */
  validate?(msg: M): void;
  handle(ctx: Context, msg: M): MsgResponse;
}

/** The cosmjs-types (ts-proto) codec object of a message type. */
export interface ProtoCodec<M> {
  readonly typeUrl: string;
  encode(message: M): { finish(): Uint8Array };
  decode(input: Uint8Array): M;
}

/** The `typeUrl`/`decode`/`encode` part of a handler, taken from the message's generated codec. */
export function protoMsg<M>(codec: ProtoCodec<M>, module: string): Pick<MsgHandler<M>, 'typeUrl' | 'module' | 'decode' | 'encode'> {
  return { typeUrl: codec.typeUrl, module, decode: (b) => codec.decode(b), encode: (m) => codec.encode(m).finish() };
}

export interface DecodedMsg {
  typeUrl: string;
  value: Uint8Array;
  msg: unknown;
  handler: MsgHandler<unknown>;
}

export class MsgRouter {
  private readonly handlers = new Map<string, MsgHandler<unknown>>();

  register<M>(h: MsgHandler<M>): void {
    if (this.handlers.has(h.typeUrl)) throw new Error(`message ${h.typeUrl} registered twice`);
    this.handlers.set(h.typeUrl, h as MsgHandler<unknown>);
  }

  has(typeUrl: string): boolean {
    return this.handlers.has(typeUrl);
  }
  typeUrls(): string[] {
    return [...this.handlers.keys()].sort();
  }

  /** Protobuf bytes of a message object of a registered type. */
  encode(typeUrl: string, msg: unknown): Uint8Array {
    const handler = this.handlers.get(typeUrl);
    if (handler === undefined) throw new ChainError(Codes.UnknownRequest, `unrecognized message type ${typeUrl}; it is not registered on this chain`);
    return handler.encode(msg);
  }

  /** Decodes and validates an Any; unknown types and malformed bytes are `ChainError`s. */
  decode(typeUrl: string, value: Uint8Array): DecodedMsg {
    const handler = this.handlers.get(typeUrl);
    if (handler === undefined) throw new ChainError(Codes.UnknownRequest, `unrecognized message type ${typeUrl}; it is not registered on this chain`);
    let msg: unknown;
    try {
      msg = handler.decode(value);
    } catch (e) {
      throw new ChainError(Codes.TxDecode, `cannot decode ${typeUrl}: ${(e as Error).message}`);
    }
    handler.validate?.(msg);
    return { typeUrl, value, msg, handler };
  }

  /** Runs an already-decoded message in `ctx` (no signer check: callers do that). */
  run(ctx: Context, m: DecodedMsg): MsgResponse {
    return m.handler.handle(ctx, m.msg);
  }
}

export type QueryHandler = (ctx: Context, req: Uint8Array) => Uint8Array;

export class QueryRouter {
  private readonly handlers = new Map<string, QueryHandler>();

  register(path: string, h: QueryHandler): void {
    if (this.handlers.has(path)) throw new Error(`query ${path} registered twice`);
    this.handlers.set(path, h);
  }
  /** Registers every method of a gRPC service: `/<service>/<Method>`. */
  registerService(service: string, methods: Record<string, QueryHandler>): void {
    for (const [m, h] of Object.entries(methods)) this.register(`/${service}/${m}`, h);
  }
  get(path: string): QueryHandler | undefined {
    return this.handlers.get(path);
  }
  paths(): string[] {
    return [...this.handlers.keys()].sort();
  }
}
