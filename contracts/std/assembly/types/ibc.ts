/** IBC types and the messages of the six IBC entry points (CosmWasm 1.x/2.x shapes). */
import { JsonReader } from "../json/reader";
import { JsonWriter } from "../json/writer";
import { Binary } from "./binary";
import { Timestamp } from "./env";
import { IbcTimeout } from "./cosmos-msg";



const ENDPOINT_FIELDS = ["port_id", "channel_id"];
export class IbcEndpoint {
  portId: string = "";
  channelId: string = "";
  static readJson(r: JsonReader): IbcEndpoint {
    const e = new IbcEndpoint();
    const s = r.struct(ENDPOINT_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) e.portId = r.readString();
      else e.channelId = r.readString();
    }
    s.end(0b11);
    return e;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("port_id").string(this.portId).key("channel_id").string(this.channelId).endObject();
  }
}

export namespace IbcOrder {
  export const Unordered = "ORDER_UNORDERED";
  export const Ordered = "ORDER_ORDERED";
}

const CHANNEL_FIELDS = ["endpoint", "counterparty_endpoint", "order", "version", "connection_id"];
export class IbcChannel {
  endpoint: IbcEndpoint = new IbcEndpoint();
  counterpartyEndpoint: IbcEndpoint = new IbcEndpoint();
  /** IbcOrder.Unordered or IbcOrder.Ordered */
  order: string = "";
  version: string = "";
  connectionId: string = "";
  static readJson(r: JsonReader): IbcChannel {
    const c = new IbcChannel();
    const s = r.struct(CHANNEL_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) c.endpoint = IbcEndpoint.readJson(r);
      else if (f == 1) c.counterpartyEndpoint = IbcEndpoint.readJson(r);
      else if (f == 2) c.order = r.readString();
      else if (f == 3) c.version = r.readString();
      else c.connectionId = r.readString();
    }
    s.end(0b11111);
    return c;
  }
}

const TIMEOUT_FIELDS = ["block", "timestamp"];
const TIMEOUT_BLOCK_FIELDS = ["revision", "height"];
export function readIbcTimeout(r: JsonReader): IbcTimeout {
  const t = new IbcTimeout();
  const s = r.struct(TIMEOUT_FIELDS, false);
  let f: i32;
  while ((f = s.next()) >= 0) {
    if (f == 0) {
      if (!r.readNull()) {
        t.hasBlock = true;
        const b = r.struct(TIMEOUT_BLOCK_FIELDS, false);
        let g: i32;
        while ((g = b.next()) >= 0) {
          if (g == 0) t.revision = r.readU64();
          else t.height = r.readU64();
        }
        b.end(0b11);
      }
    } else {
      t.timestamp = r.readNull() ? null : Timestamp.readJson(r);
    }
  }
  s.end(0);
  return t;
}

const PACKET_FIELDS = ["data", "src", "dest", "sequence", "timeout"];
export class IbcPacket {
  data: Binary = Binary.empty();
  src: IbcEndpoint = new IbcEndpoint();
  dest: IbcEndpoint = new IbcEndpoint();
  sequence: u64 = 0;
  timeout: IbcTimeout = new IbcTimeout();
  static readJson(r: JsonReader): IbcPacket {
    const p = new IbcPacket();
    const s = r.struct(PACKET_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) p.data = Binary.readJson(r);
      else if (f == 1) p.src = IbcEndpoint.readJson(r);
      else if (f == 2) p.dest = IbcEndpoint.readJson(r);
      else if (f == 3) p.sequence = r.readU64();
      else p.timeout = readIbcTimeout(r);
    }
    s.end(0b11111);
    return p;
  }
}

const ACK_FIELDS = ["data"];
export class IbcAcknowledgement {
  data: Binary = Binary.empty();
  static readJson(r: JsonReader): IbcAcknowledgement {
    const a = new IbcAcknowledgement();
    const s = r.struct(ACK_FIELDS, false);
    while (s.next() >= 0) a.data = Binary.readJson(r);
    s.end(0b1);
    return a;
  }
}

const OPEN_VARIANTS = ["open_init", "open_try"];
const CONNECT_VARIANTS = ["open_ack", "open_confirm"];
const CLOSE_VARIANTS = ["close_init", "close_confirm"];
const CHANNEL_MSG_FIELDS = ["channel", "counterparty_version"];

/** The argument of ibc_channel_open / ibc_channel_connect / ibc_channel_close. */
export class IbcChannelMsg {
  /** "open_init", "open_try", "open_ack", "open_confirm", "close_init" or "close_confirm". */
  kind: string = "";
  channel: IbcChannel = new IbcChannel();
  /** Set for open_try and open_ack. */
  counterpartyVersion: string | null = null;

  static readOpen(r: JsonReader): IbcChannelMsg {
    return IbcChannelMsg.read(r, OPEN_VARIANTS);
  }
  static readConnect(r: JsonReader): IbcChannelMsg {
    return IbcChannelMsg.read(r, CONNECT_VARIANTS);
  }
  static readClose(r: JsonReader): IbcChannelMsg {
    return IbcChannelMsg.read(r, CLOSE_VARIANTS);
  }
  private static read(r: JsonReader, variants: string[]): IbcChannelMsg {
    const m = new IbcChannelMsg();
    const v = r.beginEnum(variants);
    if (v < 0 || !r.expectPayloadVariant()) return m;
    m.kind = variants[v];
    const s = r.struct(CHANNEL_MSG_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.channel = IbcChannel.readJson(r);
      else m.counterpartyVersion = r.readString();
    }
    s.end(0b01);
    r.endEnum();
    return m;
  }
}

/** Return value of ibc_channel_open: accept (null) or propose a version. */
export class IbcChannelOpenResponse {
  constructor(public version: string | null = null) {}
  writeJson(w: JsonWriter): void {
    const v = this.version;
    if (v === null) w.nullValue();
    else w.beginObject().key("version").string(v).endObject();
  }
}

const PACKET_MSG_FIELDS = ["packet", "relayer"];
/** What IbcPacketReceiveMsg and IbcPacketTimeoutMsg are made of: `{"packet": ..., "relayer": "..."}`. */
class PacketRelayerMsg {
  packet: IbcPacket = new IbcPacket();
  relayer: string = "";
  protected readFields(r: JsonReader): void {
    const s = r.struct(PACKET_MSG_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) this.packet = IbcPacket.readJson(r);
      else this.relayer = r.readString();
    }
    s.end(0b01);
  }
}

export class IbcPacketReceiveMsg extends PacketRelayerMsg {
  static readJson(r: JsonReader): IbcPacketReceiveMsg {
    const m = new IbcPacketReceiveMsg();
    m.readFields(r);
    return m;
  }
}

const ACK_MSG_FIELDS = ["acknowledgement", "original_packet", "relayer"];
export class IbcPacketAckMsg {
  acknowledgement: IbcAcknowledgement = new IbcAcknowledgement();
  originalPacket: IbcPacket = new IbcPacket();
  relayer: string = "";
  static readJson(r: JsonReader): IbcPacketAckMsg {
    const m = new IbcPacketAckMsg();
    const s = r.struct(ACK_MSG_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.acknowledgement = IbcAcknowledgement.readJson(r);
      else if (f == 1) m.originalPacket = IbcPacket.readJson(r);
      else m.relayer = r.readString();
    }
    s.end(0b011);
    return m;
  }
}

export class IbcPacketTimeoutMsg extends PacketRelayerMsg {
  static readJson(r: JsonReader): IbcPacketTimeoutMsg {
    const m = new IbcPacketTimeoutMsg();
    m.readFields(r);
    return m;
  }
}
