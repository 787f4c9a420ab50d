/**
 * A compact JSON writer producing UTF-8 bytes, byte-compatible with serde-json-wasm's output
 * (no whitespace, `\uXXXX` escapes in upper-case hex, fields in the order they are written).
 * Numbers are integers only; big integers are written as strings by their own types.
 */
import { ByteBuf } from "../encoding/byte-buf";

const HEX = "0123456789ABCDEF";
/** The base64 alphabet as bytes (a static, read-only buffer). */
const B64_TABLE = memory.data<u8>([
  65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90,
  97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 43, 47,
]);

export class JsonWriter {
  buf: ByteBuf;
  /** One bit per nesting level: set once the container has an element. */
  private hasElems: u64 = 0;
  private depth: i32 = 0;
  private afterKey: bool = false;

  constructor(capacity: i32 = 256) {
    this.buf = new ByteBuf(capacity);
  }

  private sep(): void {
    if (this.afterKey) {
      this.afterKey = false;
      return;
    }
    if (this.depth == 0) return;
    const bit: u64 = (<u64>1) << <u64>(this.depth & 63);
    if ((this.hasElems & bit) != 0) this.buf.push(0x2c);
    else this.hasElems |= bit;
  }

  private open(c: u32): void {
    this.sep();
    this.buf.push(c);
    this.depth++;
    this.hasElems &= ~((<u64>1) << <u64>(this.depth & 63));
  }

  private close(c: u32): void {
    this.hasElems &= ~((<u64>1) << <u64>(this.depth & 63));
    this.depth--;
    this.buf.push(c);
  }

  beginObject(): JsonWriter {
    this.open(0x7b);
    return this;
  }
  endObject(): JsonWriter {
    this.close(0x7d);
    return this;
  }
  beginArray(): JsonWriter {
    this.open(0x5b);
    return this;
  }
  endArray(): JsonWriter {
    this.close(0x5d);
    return this;
  }

  /** An object key; the next write is its value. */
  key(name: string): JsonWriter {
    this.sep();
    this.writeEscaped(name);
    this.buf.push(0x3a);
    this.afterKey = true;
    return this;
  }

  string(s: string): JsonWriter {
    this.sep();
    this.writeEscaped(s);
    return this;
  }

  /** A string value given as raw UTF-8 bytes (escaped as needed). */
  stringBytes(bytes: Uint8Array): JsonWriter {
    this.sep();
    this.buf.push(0x22);
    for (let i = 0; i < bytes.length; i++) this.escapeByte(<u32>unchecked(bytes[i]));
    this.buf.push(0x22);
    return this;
  }

  /** A string value that is known to need no escaping (ASCII digits, base64, ...). */
  stringAscii(s: string): JsonWriter {
    this.sep();
    this.buf.push(0x22);
    this.rawAscii(s);
    this.buf.push(0x22);
    return this;
  }

  u64(n: u64): JsonWriter {
    this.sep();
    this.rawAscii(n.toString());
    return this;
  }
  u32(n: u32): JsonWriter {
    return this.u64(<u64>n);
  }
  i64(n: i64): JsonWriter {
    this.sep();
    this.rawAscii(n.toString());
    return this;
  }
  bool(b: bool): JsonWriter {
    this.sep();
    this.rawAscii(b ? "true" : "false");
    return this;
  }
  nullValue(): JsonWriter {
    this.sep();
    this.rawAscii("null");
    return this;
  }

  /** A complete JSON value given as bytes, copied verbatim (caller guarantees validity). */
  rawValue(bytes: Uint8Array): JsonWriter {
    this.sep();
    this.buf.pushBytes(bytes.dataStart, bytes.length);
    return this;
  }

  /** Optional string: null or the string. */
  stringOrNull(s: string | null): JsonWriter {
    if (s === null) return this.nullValue();
    return this.string(s);
  }

  // ------------------------------------------------------------ helpers

  /** Appends an ASCII string's characters as bytes (4 per step). */
  rawAscii(s: string): void {
    const n = s.length;
    const buf = this.buf;
    buf.ensure(n);
    const src = changetype<usize>(s);
    let dst = buf.data.dataStart + <usize>buf.length;
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      let x = load<u64>(src + (<usize>i << 1));
      x = (x | (x >> 8)) & 0x0000ffff0000ffff;
      x = (x | (x >> 16)) & 0xffffffff;
      store<u32>(dst + <usize>i, <u32>x);
    }
    for (; i < n; i++) store<u8>(dst + <usize>i, <u8>load<u16>(src + (<usize>i << 1)));
    buf.length += n;
  }

  /** Appends base64 of `data` (padded) as a JSON string. */
  base64(data: Uint8Array): JsonWriter {
    this.sep();
    const buf = this.buf;
    const n = data.length;
    buf.ensure(((n + 2) / 3) * 4 + 2);
    buf.push(0x22);
    const src = data.dataStart;
    let dst = buf.data.dataStart + <usize>buf.length;
    const table = changetype<usize>(B64_TABLE);
    let i = 0;
    for (; i + 3 <= n; i += 3) {
      const v = (<u32>load<u8>(src + <usize>i) << 16) | (<u32>load<u8>(src + <usize>i + 1) << 8) | <u32>load<u8>(src + <usize>i + 2);
      store<u32>(
        dst,
        <u32>load<u8>(table + ((v >> 18) & 63)) |
          (<u32>load<u8>(table + ((v >> 12) & 63)) << 8) |
          (<u32>load<u8>(table + ((v >> 6) & 63)) << 16) |
          (<u32>load<u8>(table + (v & 63)) << 24),
      );
      dst += 4;
    }
    const rest = n - i;
    if (rest > 0) {
      const v = (<u32>load<u8>(src + <usize>i) << 16) | (rest == 2 ? <u32>load<u8>(src + <usize>i + 1) << 8 : 0);
      store<u8>(dst, load<u8>(table + ((v >> 18) & 63)));
      store<u8>(dst, load<u8>(table + ((v >> 12) & 63)), 1);
      store<u8>(dst, rest == 2 ? load<u8>(table + ((v >> 6) & 63)) : 0x3d, 2);
      store<u8>(dst, 0x3d, 3);
      dst += 4;
    }
    buf.length = <i32>(dst - buf.data.dataStart);
    buf.push(0x22);
    return this;
  }

  private escapeByte(b: u32): void {
    const buf = this.buf;
    if (b == 0x5c) {
      buf.push(0x5c);
      buf.push(0x5c);
    } else if (b == 0x22) {
      buf.push(0x5c);
      buf.push(0x22);
    } else if (b < 0x20) {
      buf.push(0x5c);
      if (b == 0x08) buf.push(0x62);
      else if (b == 0x09) buf.push(0x74);
      else if (b == 0x0a) buf.push(0x6e);
      else if (b == 0x0c) buf.push(0x66);
      else if (b == 0x0d) buf.push(0x72);
      else {
        buf.push(0x75);
        buf.push(0x30);
        buf.push(0x30);
        buf.push(<u32>HEX.charCodeAt(<i32>(b >> 4)));
        buf.push(<u32>HEX.charCodeAt(<i32>(b & 15)));
      }
    } else {
      buf.push(b);
    }
  }

  /** Writes a quoted, escaped string, converting UTF-16 to UTF-8 (lone surrogates become U+FFFD). */
  private writeEscaped(s: string): void {
    const buf = this.buf;
    const n = s.length;
    buf.ensure(n + 2);
    buf.push(0x22);
    const src = changetype<usize>(s);
    let i = 0;
    while (i < n) {
      // fast path: 4 characters at a time while none needs escaping or is non-ASCII
      while (i + 4 <= n) {
        const x = load<u64>(src + (<usize>i << 1));
        const q = x ^ 0x0022002200220022;
        const b = x ^ 0x005c005c005c005c;
        const special =
          (x & 0xff80ff80ff80ff80) |
          ((x - 0x0020002000200020) & ~x & 0x8000800080008000) |
          ((q - 0x0001000100010001) & ~q & 0x8000800080008000) |
          ((b - 0x0001000100010001) & ~b & 0x8000800080008000);
        if (special != 0) break;
        let y = (x | (x >> 8)) & 0x0000ffff0000ffff;
        y = (y | (y >> 16)) & 0xffffffff;
        buf.ensure(4);
        store<u32>(buf.data.dataStart + <usize>buf.length, <u32>y);
        buf.length += 4;
        i += 4;
      }
      if (i >= n) break;
      let c = <u32>load<u16>(src + (<usize>i << 1));
      i++;
      if (c < 0x80) {
        this.escapeByte(c);
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff && i < n) {
        const d = <u32>load<u16>(src + (<usize>i << 1));
        if (d >= 0xdc00 && d <= 0xdfff) {
          buf.pushUtf8(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
          i++;
          continue;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      buf.pushUtf8(c);
    }
    buf.push(0x22);
  }

  toBytes(): Uint8Array {
    return this.buf.toBytes();
  }
}

/** Anything that can write itself as one JSON value. */
export interface JsonWritable {
  writeJson(w: JsonWriter): void;
}
