// Generated from contracts/chain_probe/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../std/assembly";

function readOptMode(r: JsonReader): Mode | null {
  if (r.readNull()) return null;
  return Mode.readJson(r);
}

function writeOptMode(w: JsonWriter, v: Mode | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Mode>(v).writeJson(w);
}

export enum ModeKind {
  Ok,
  Fail,
  Loop,
}
const Mode_VARIANTS: string[] = ["ok", "fail", "loop"];
/** What sudo answers: Ok, an error, or storage writes until out of gas. */
export class Mode {
  constructor(public kind: ModeKind = 0) {}
  static Ok(): Mode {
    return new Mode(ModeKind.Ok);
  }
  static Fail(): Mode {
    return new Mode(ModeKind.Fail);
  }
  static Loop(): Mode {
    return new Mode(ModeKind.Loop);
  }
  static readJson(r: JsonReader): Mode {
    const m = new Mode();
    const v = r.beginEnum(Mode_VARIANTS);
    if (v < 0) return m;
    m.kind = <ModeKind>v;
    switch (v) {
      case 0:
        if (r.enumIsUnit) return m;
        r.readUnit();
        break;
      case 1:
        if (r.enumIsUnit) return m;
        r.readUnit();
        break;
      case 2:
        if (r.enumIsUnit) return m;
        r.readUnit();
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ModeKind.Ok:
        w.stringAscii("ok");
        break;
      case ModeKind.Fail:
        w.stringAscii("fail");
        break;
      case ModeKind.Loop:
        w.stringAscii("loop");
        break;
    }
  }
}

const InstantiateMsg_FIELDS: string[] = ["mode"];
export class InstantiateMsg {
  constructor(
    public mode: Mode | null = null,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type chain_probe::msg::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "chain_probe::msg::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.mode = readOptMode(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("mode");
    writeOptMode(w, this.mode);
    w.endObject();
  }
}
