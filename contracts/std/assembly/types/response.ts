/**
 * Response and its parts: attributes, events and sub-messages, serialized exactly like
 * cosmwasm-std (`{"messages":[...],"attributes":[...],"events":[...],"data":null}`).
 */
import { JsonWriter } from "../json/writer";
import { JsonReader } from "../json/reader";
import { Binary } from "./binary";
import { CosmosMsg } from "./cosmos-msg";

export class Attribute {
  constructor(
    public key: string,
    public value: string,
  ) {}
  writeJson(w: JsonWriter): void {
    w.beginObject().key("key").string(this.key).key("value").string(this.value).endObject();
  }
  static readJson(r: JsonReader): Attribute {
    let key = "",
      value = "";
    const s = r.struct(ATTRIBUTE_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) key = r.readString();
      else value = r.readString();
    }
    s.end(0b11);
    return new Attribute(key, value);
  }
}
const ATTRIBUTE_FIELDS = ["key", "value"];

export function writeAttributes(w: JsonWriter, attrs: Attribute[]): void {
  writeArray<Attribute>(w, attrs);
}

export class Event {
  attributes: Attribute[] = [];
  constructor(public type: string) {}
  addAttribute(key: string, value: string): Event {
    this.attributes.push(new Attribute(key, value));
    return this;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("type").string(this.type).key("attributes");
    writeAttributes(w, this.attributes);
    w.endObject();
  }
  static readJson(r: JsonReader): Event {
    const e = new Event("");
    const s = r.struct(EVENT_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) e.type = r.readString();
      else {
        if (r.beginArray()) {
          let first = true;
          while (r.nextElement(first)) {
            first = false;
            e.attributes.push(Attribute.readJson(r));
          }
          r.endArray();
        }
      }
    }
    s.end(0b11);
    return e;
  }
}
const EVENT_FIELDS = ["type", "attributes"];

/** When the chain calls the contract's `reply` for a sub-message. */
export enum ReplyOn {
  Always,
  Error,
  Success,
  Never,
}

export function replyOnName(r: ReplyOn): string {
  if (r == ReplyOn.Always) return "always";
  if (r == ReplyOn.Error) return "error";
  if (r == ReplyOn.Success) return "success";
  return "never";
}

export class SubMsg {
  id: u64 = 0;
  /** Opaque bytes echoed back in the Reply (CosmWasm 2.0+). Written only when non-empty. */
  payload: Binary = Binary.empty();
  /** 0 = no gas limit. */
  gasLimit: u64 = 0;
  hasGasLimit: bool = false;
  replyOn: ReplyOn = ReplyOn.Never;

  constructor(public msg: CosmosMsg) {}

  /** A sub-message without reply (`id: 0, reply_on: "never"`). */
  static new(msg: CosmosMsg): SubMsg {
    return new SubMsg(msg);
  }
  static replyOnSuccess(msg: CosmosMsg, id: u64): SubMsg {
    return SubMsg.withReply(msg, id, ReplyOn.Success);
  }
  static replyOnError(msg: CosmosMsg, id: u64): SubMsg {
    return SubMsg.withReply(msg, id, ReplyOn.Error);
  }
  static replyAlways(msg: CosmosMsg, id: u64): SubMsg {
    return SubMsg.withReply(msg, id, ReplyOn.Always);
  }
  private static withReply(msg: CosmosMsg, id: u64, replyOn: ReplyOn): SubMsg {
    const s = new SubMsg(msg);
    s.id = id;
    s.replyOn = replyOn;
    return s;
  }
  withGasLimit(limit: u64): SubMsg {
    this.gasLimit = limit;
    this.hasGasLimit = true;
    return this;
  }
  withPayload(payload: Binary): SubMsg {
    this.payload = payload;
    return this;
  }

  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id").u64(this.id);
    if (!this.payload.isEmpty()) {
      w.key("payload");
      this.payload.writeJson(w);
    }
    w.key("msg");
    this.msg.writeJson(w);
    w.key("gas_limit");
    if (this.hasGasLimit) w.u64(this.gasLimit);
    else w.nullValue();
    w.key("reply_on").stringAscii(replyOnName(this.replyOn));
    w.endObject();
  }
}

/** `[item, ...]` for items with writeJson. */
function writeArray<T>(w: JsonWriter, items: T[]): void {
  w.beginArray();
  for (let i = 0; i < items.length; i++) items[i].writeJson(w);
  w.endArray();
}

/**
 * What Response, IbcBasicResponse and IbcReceiveResponse share: sub-messages, attributes and events
 * (each response keeps its own builders, which return its own type).
 */
class ResponseParts {
  messages: SubMsg[] = [];
  attributes: Attribute[] = [];
  events: Event[] = [];

  /** `"messages":[...],"attributes":[...],"events":[...]`, inside the caller's object. */
  protected writeParts(w: JsonWriter): void {
    w.key("messages");
    writeArray<SubMsg>(w, this.messages);
    w.key("attributes");
    writeAttributes(w, this.attributes);
    w.key("events");
    writeArray<Event>(w, this.events);
  }
}

/** The result of instantiate/execute/migrate/sudo/reply. */
export class Response extends ResponseParts {
  data: Binary | null = null;

  static new(): Response {
    return new Response();
  }
  addAttribute(key: string, value: string): Response {
    this.attributes.push(new Attribute(key, value));
    return this;
  }
  addAttributes(attrs: Attribute[]): Response {
    for (let i = 0; i < attrs.length; i++) this.attributes.push(attrs[i]);
    return this;
  }
  /** Adds a message as a sub-message without reply. */
  addMessage(msg: CosmosMsg): Response {
    this.messages.push(SubMsg.new(msg));
    return this;
  }
  addSubmessage(msg: SubMsg): Response {
    this.messages.push(msg);
    return this;
  }
  addEvent(event: Event): Response {
    this.events.push(event);
    return this;
  }
  setData(data: Binary): Response {
    this.data = data;
    return this;
  }

  writeJson(w: JsonWriter): void {
    w.beginObject();
    this.writeParts(w);
    w.key("data");
    const d = this.data;
    if (d === null) w.nullValue();
    else d.writeJson(w);
    w.endObject();
  }
}

/** The result of ibc_channel_connect/close, ibc_packet_ack/timeout. */
export class IbcBasicResponse extends ResponseParts {
  addAttribute(key: string, value: string): IbcBasicResponse {
    this.attributes.push(new Attribute(key, value));
    return this;
  }
  addMessage(msg: CosmosMsg): IbcBasicResponse {
    this.messages.push(SubMsg.new(msg));
    return this;
  }
  addSubmessage(msg: SubMsg): IbcBasicResponse {
    this.messages.push(msg);
    return this;
  }
  addEvent(event: Event): IbcBasicResponse {
    this.events.push(event);
    return this;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    this.writeParts(w);
    w.endObject();
  }
}

/** The result of ibc_packet_receive. A null acknowledgement means "acknowledge later" (2.0+). */
export class IbcReceiveResponse extends ResponseParts {
  acknowledgement: Binary | null = null;

  constructor(ack: Binary | null = null) {
    super();
    this.acknowledgement = ack;
  }
  setAck(ack: Binary): IbcReceiveResponse {
    this.acknowledgement = ack;
    return this;
  }
  addAttribute(key: string, value: string): IbcReceiveResponse {
    this.attributes.push(new Attribute(key, value));
    return this;
  }
  addMessage(msg: CosmosMsg): IbcReceiveResponse {
    this.messages.push(SubMsg.new(msg));
    return this;
  }
  addSubmessage(msg: SubMsg): IbcReceiveResponse {
    this.messages.push(msg);
    return this;
  }
  addEvent(event: Event): IbcReceiveResponse {
    this.events.push(event);
    return this;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("acknowledgement");
    const a = this.acknowledgement;
    if (a === null) w.nullValue();
    else a.writeJson(w);
    this.writeParts(w);
    w.endObject();
  }
}
