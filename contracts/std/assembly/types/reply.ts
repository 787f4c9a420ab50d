/** Reply: what the chain passes to `reply` after a sub-message ran. */
import { JsonReader } from "../json/reader";
import { Binary } from "./binary";
import { Event } from "./response";

const MSG_RESPONSE_FIELDS = ["type_url", "value"];
export class MsgResponse {
  typeUrl: string = "";
  value: Binary = Binary.empty();
  static readJson(r: JsonReader): MsgResponse {
    const m = new MsgResponse();
    const s = r.struct(MSG_RESPONSE_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.typeUrl = r.readString();
      else m.value = Binary.readJson(r);
    }
    s.end(0b11);
    return m;
  }
}

const SUB_MSG_RESPONSE_FIELDS = ["events", "data", "msg_responses"];
export class SubMsgResponse {
  events: Event[] = [];
  /** Deprecated in 2.0 (use msgResponses), still sent by wasmd. */
  data: Binary | null = null;
  msgResponses: MsgResponse[] = [];
  static readJson(r: JsonReader): SubMsgResponse {
    const m = new SubMsgResponse();
    const s = r.struct(SUB_MSG_RESPONSE_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) {
        if (r.beginArray()) {
          let first = true;
          while (r.nextElement(first)) {
            first = false;
            m.events.push(Event.readJson(r));
          }
          r.endArray();
        }
      } else if (f == 1) {
        m.data = r.readNull() ? null : Binary.readJson(r);
      } else {
        if (r.beginArray()) {
          let first = true;
          while (r.nextElement(first)) {
            first = false;
            m.msgResponses.push(MsgResponse.readJson(r));
          }
          r.endArray();
        }
      }
    }
    s.end(0b001);
    return m;
  }
}

const RESULT_VARIANTS = ["ok", "error"];
const REPLY_FIELDS = ["id", "payload", "gas_used", "result"];

export class Reply {
  id: u64 = 0;
  payload: Binary = Binary.empty();
  gasUsed: u64 = 0;
  /** The sub-message's response if it succeeded, else null. */
  ok: SubMsgResponse | null = null;
  /** The sub-message's error text if it failed, else null. */
  error: string | null = null;

  static readJson(r: JsonReader): Reply {
    const m = new Reply();
    const s = r.struct(REPLY_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.id = r.readU64();
      else if (f == 1) m.payload = Binary.readJson(r);
      else if (f == 2) m.gasUsed = r.readU64();
      else {
        const v = r.beginEnum(RESULT_VARIANTS);
        if (v >= 0 && r.expectPayloadVariant()) {
          if (v == 0) m.ok = SubMsgResponse.readJson(r);
          else m.error = r.readString();
          r.endEnum();
        }
      }
    }
    s.end(0b1001);
    return m;
  }
}
