/**
 * A strict, float-free JSON reader over UTF-8 bytes.
 *
 * It follows serde-json-wasm (the deserializer inside cosmwasm-std 1.x) step for step, so a
 * contract built on it rejects exactly the inputs a Rust contract rejects, with the same texts
 * (`Invalid type`, `missing field \`amount\``, `unknown variant \`foo\`, expected one of ...`).
 *
 * Errors never trap: the first error is recorded in `error` and every later read returns a
 * default value, so decoders can be written straight-line and checked once at the end.
 */

import { isValidUtf8, utf8ToString, asciiToString, isAscii } from "../encoding/utf8";
import { ByteBuf } from "../encoding/byte-buf";

// moved out of this file; re-exported so `import { ByteBuf, stringToUtf8 } from ".../json/reader"` keeps working
export { isValidUtf8, utf8ToString, isAscii, asciiToString, stringToUtf8 } from "../encoding/utf8";
export { ByteBuf } from "../encoding/byte-buf";

/** The value of one hex digit, or -1. */
function hexVal(c: u32): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>(c - 0x30);
  if (c >= 0x41 && c <= 0x46) return <i32>(c - 0x41 + 10);
  if (c >= 0x61 && c <= 0x66) return <i32>(c - 0x61 + 10);
  return -1;
}

// serde-json-wasm's error texts
export const EOF_LIST = "EOF while parsing a list.";
export const EOF_OBJECT = "EOF while parsing an object.";
export const EOF_STRING = "EOF while parsing a string.";
export const EOF_VALUE = "EOF while parsing a JSON value.";
export const EXPECTED_COLON = "Expected this character to be a `':'`.";
// sic: serde-json-wasm's Display text has "ora" (a `\` line continuation in its source eats the
// space); cw20_base.wasm answers exactly this, as the cw20 fuzz test found
export const EXPECTED_LIST_COMMA_OR_END = "Expected this character to be either a `','` ora `']'`.";
export const EXPECTED_OBJECT_COMMA_OR_END = "Expected this character to be either a `','` or a `'}'`.";
export const EXPECTED_SOME_IDENT = "Expected to parse either a `true`, `false`, or a `null`.";
export const EXPECTED_SOME_VALUE = "Expected this character to start a JSON value.";
export const INVALID_NUMBER = "Invalid number.";
export const INVALID_TYPE = "Invalid type";
export const INVALID_UNICODE = "Invalid unicode code point.";
export const INVALID_ESCAPE = "Invalid escape sequence.";
export const CONTROL_CHARACTER = "Control character found in string.";
export const EXPECTED_HIGH_SURROGATE = "Expected a high surrogate (D800–DBFF).";
export const EXPECTED_LOW_SURROGATE = "Expected a low surrogate (DC00–DFFF).";
export const LONE_SURROGATE = "Found a lone surrogate, which can exist in JSON but cannot be encoded to UTF-8.";
export const KEY_MUST_BE_A_STRING = "Object key is not a string.";
export const TRAILING_CHARACTERS = "JSON has non-whitespace trailing characters after the value.";
export const TRAILING_COMMA = "JSON has a comma after the last value in an array or map.";
export const RECURSION_LIMIT = "Recursion limit exceeded.";

/** How deep `skipValue` may nest (only lenient decoders of host data skip values). */
export const MAX_SKIP_DEPTH: i32 = 64;

/** serde's "one of" list: `a`, "`a` or `b`", "one of `a`, `b`, `c`". */
export function oneOf(names: string[]): string {
  if (names.length == 1) return "`" + names[0] + "`";
  if (names.length == 2) return "`" + names[0] + "` or `" + names[1] + "`";
  let s = "one of ";
  for (let i = 0; i < names.length; i++) {
    if (i > 0) s += ", ";
    s += "`" + names[i] + "`";
  }
  return s;
}

export function unknownFieldError(field: string, expected: string[]): string {
  if (expected.length == 0) return "unknown field `" + field + "`, there are no fields";
  return "unknown field `" + field + "`, expected " + oneOf(expected);
}

export function unknownVariantError(variant: string, expected: string[]): string {
  if (expected.length == 0) return "unknown variant `" + variant + "`, there are no variants";
  return "unknown variant `" + variant + "`, expected " + oneOf(expected);
}

export class JsonReader {
  readonly bytes: Uint8Array;
  readonly ptr: usize;
  readonly len: i32;
  pos: i32 = 0;
  /** The first error, or null. */
  error: string | null = null;
  /** After `beginEnum`: true if the variant was written as a bare string ("unit" form). */
  enumIsUnit: bool = false;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.ptr = bytes.dataStart;
    this.len = bytes.length;
  }

  @inline get ok(): bool {
    return changetype<usize>(this.error) == 0;
  }
  @inline get failed(): bool {
    return changetype<usize>(this.error) != 0;
  }

  /** Records an error (only the first one counts). */
  fail(message: string): void {
    if (changetype<usize>(this.error) == 0) this.error = message;
  }

  @inline peek(): i32 {
    return this.pos < this.len ? <i32>load<u8>(this.ptr + <usize>this.pos) : -1;
  }
  @inline eat(): void {
    this.pos++;
  }

  /** Skips JSON whitespace and returns the next byte, or -1 at the end. */
  ws(): i32 {
    while (this.pos < this.len) {
      const c = <i32>load<u8>(this.ptr + <usize>this.pos);
      if (c == 0x20 || c == 0x0a || c == 0x09 || c == 0x0d) this.pos++;
      else return c;
    }
    return -1;
  }

  /** The end of the document: only whitespace may follow. */
  finish(): void {
    if (changetype<usize>(this.error) != 0) return;
    if (this.ws() >= 0) this.fail(TRAILING_CHARACTERS);
  }

  /**
   * The next non-whitespace byte must be `ch`: consumes it and returns true. Fails with `eof` at the
   * end of input and with `wrong` on another byte; false after any error.
   */
  private expectByte(ch: i32, eof: string, wrong: string): bool {
    if (changetype<usize>(this.error) != 0) return false;
    const c = this.ws();
    if (c < 0) {
      this.fail(eof);
      return false;
    }
    if (c != ch) {
      this.fail(wrong);
      return false;
    }
    this.pos++;
    return true;
  }

  private parseIdent(rest: string): void {
    for (let i = 0; i < rest.length; i++) {
      const c = this.pos < this.len ? <i32>load<u8>(this.ptr + <usize>this.pos) : -1;
      if (c >= 0) this.pos++;
      if (c != rest.charCodeAt(i)) {
        this.fail(EXPECTED_SOME_IDENT);
        return;
      }
    }
  }

  // ---------------------------------------------------------------- strings

  /**
   * Reads the body of a string whose opening quote was consumed. Returns the unescaped UTF-8
   * bytes' location via `strPtr`/`strLen` (pointing into the input when nothing was escaped).
   */
  strPtr: usize = 0;
  strLen: i32 = 0;
  /** True if the last string read was pure ASCII. */
  strAscii: bool = true;

  private parseStringBody(): bool {
    const ptr = this.ptr;
    const len = this.len;
    const start = this.pos;
    let pos = start;
    let backslash = false;
    let escaped = false;
    let nonAscii = false;
    while (true) {
      if (!escaped) {
        // fast path: skip 8 bytes at a time while none is '"', '\\' or non-ASCII
        while (pos + 8 <= len) {
          const x = load<u64>(ptr + <usize>pos);
          const q = x ^ 0x2222222222222222;
          const b = x ^ 0x5c5c5c5c5c5c5c5c;
          if (((((q - 0x0101010101010101) & ~q) | ((b - 0x0101010101010101) & ~b) | x) & 0x8080808080808080) != 0) break;
          pos += 8;
        }
      }
      if (pos >= len) {
        this.pos = pos;
        this.fail(EOF_STRING);
        return false;
      }
      const c = <u32>load<u8>(ptr + <usize>pos);
      if (c == 0x22) {
        if (escaped) {
          escaped = false;
          pos++;
          continue;
        }
        this.pos = pos + 1;
        if (backslash) return this.unescape(start, pos);
        if (nonAscii && !isValidUtf8(ptr + <usize>start, pos - start)) {
          this.fail(INVALID_UNICODE);
          return false;
        }
        this.strPtr = ptr + <usize>start;
        this.strLen = pos - start;
        this.strAscii = !nonAscii;
        return true;
      }
      if (c == 0x5c) {
        backslash = true;
        escaped = !escaped;
      } else {
        if (c >= 0x80) nonAscii = true;
        escaped = false;
      }
      pos++;
    }
    return false;
  }

  private unescape(start: i32, end: i32): bool {
    const out = new ByteBuf(end - start);
    let inEscape = false;
    let inUnicode = false;
    let uniPos = 0;
    let uni: u32 = 0;
    let high: i32 = -1;
    for (let i = start; i < end; i++) {
      const b = <u32>load<u8>(this.ptr + <usize>i);
      if (b <= 0x1f) {
        this.fail(CONTROL_CHARACTER);
        return false;
      }
      if (inUnicode) {
        const h = hexVal(b);
        if (h < 0) {
          this.fail(INVALID_ESCAPE);
          return false;
        }
        uni = (uni << 4) | <u32>h;
        uniPos++;
        if (uniPos == 4) {
          if (uni >= 0xd800 && uni <= 0xdfff) {
            if (high >= 0) {
              if (uni < 0xdc00) {
                this.fail(EXPECTED_LOW_SURROGATE);
                return false;
              }
              const combined = 0x10000 + (((<u32>high - 0xd800) << 10) | (uni - 0xdc00));
              out.pushUtf8(combined);
              high = -1;
            } else {
              if (uni > 0xdbff) {
                this.fail(EXPECTED_HIGH_SURROGATE);
                return false;
              }
              high = <i32>uni;
            }
          } else {
            out.pushUtf8(uni);
          }
          uniPos = 0;
          uni = 0;
          inUnicode = false;
          inEscape = false;
        }
      } else if (inEscape) {
        if (b == 0x22 || b == 0x2f || b == 0x5c) out.push(b);
        else if (b == 0x62) out.push(0x08);
        else if (b == 0x66) out.push(0x0c);
        else if (b == 0x6e) out.push(0x0a);
        else if (b == 0x72) out.push(0x0d);
        else if (b == 0x74) out.push(0x09);
        else if (b == 0x75) {
          inUnicode = true;
          continue;
        } else {
          this.fail(INVALID_ESCAPE);
          return false;
        }
        inEscape = false;
      } else {
        if (b == 0x5c) {
          inEscape = true;
        } else {
          if (high >= 0) {
            this.fail(LONE_SURROGATE);
            return false;
          }
          out.push(b);
        }
      }
    }
    if (inEscape) {
      this.fail(INVALID_ESCAPE);
      return false;
    }
    if (high >= 0) {
      this.fail(LONE_SURROGATE);
      return false;
    }
    if (!isValidUtf8(out.data.dataStart, out.length)) {
      this.fail(INVALID_UNICODE);
      return false;
    }
    this.strPtr = out.data.dataStart;
    this.strLen = out.length;
    this.strAscii = isAscii(out.data.dataStart, out.length);
    return true;
  }

  /**
   * Reads a JSON string and leaves its UTF-8 bytes in `strPtr`/`strLen` (valid until the next
   * read). Returns false on error.
   */
  readStringRaw(): bool {
    if (!this.expectByte(0x22, EOF_VALUE, INVALID_TYPE)) return false;
    return this.parseStringBody();
  }

  /** Reads a JSON string. */
  readString(): string {
    if (!this.readStringRaw()) return "";
    return this.strAscii ? asciiToString(this.strPtr, this.strLen) : utf8ToString(this.strPtr, this.strLen);
  }

  /** The last raw string as a fresh byte array. */
  lastStringBytes(): Uint8Array {
    const out = new Uint8Array(this.strLen);
    memory.copy(out.dataStart, this.strPtr, <usize>this.strLen);
    return out;
  }

  // ---------------------------------------------------------------- scalars

  /**
   * The first digit of an integer, `c` being the current byte: consumes it and returns its value
   * (0 for a lone `0`, after which no digit may follow); fails with INVALID_TYPE and returns -1 on
   * anything else.
   */
  private leadingDigit(c: i32): i32 {
    if (c < 0x30 || c > 0x39) {
      this.fail(INVALID_TYPE);
      return -1;
    }
    this.pos++;
    return c - 0x30;
  }

  /** Consumes the next byte if it is a digit and returns its value; -1 (nothing consumed) if not. */
  private nextDigit(): i32 {
    const d = this.peek();
    if (d < 0x30 || d > 0x39) return -1;
    this.pos++;
    return d - 0x30;
  }

  /** serde-json-wasm's `deserialize_unsigned`: a JSON integer in [0, max]. */
  readUnsigned(max: u64): u64 {
    if (changetype<usize>(this.error) != 0) return 0;
    const c = this.ws();
    if (c < 0) {
      this.fail(EOF_VALUE);
      return 0;
    }
    if (c == 0x2d) {
      this.fail(INVALID_NUMBER);
      return 0;
    }
    const first = this.leadingDigit(c);
    if (first <= 0) return 0;
    let n: u64 = <u64>first;
    let d: i32;
    while ((d = this.nextDigit()) >= 0) {
      // checked n * 10 + digit against max
      if (n > max / 10) {
        this.fail(INVALID_NUMBER);
        return 0;
      }
      const m = n * 10;
      const digit = <u64>d;
      if (m > max - digit) {
        this.fail(INVALID_NUMBER);
        return 0;
      }
      n = m + digit;
    }
    return n;
  }

  readU8(): u8 {
    return <u8>this.readUnsigned(0xff);
  }
  readU16(): u16 {
    return <u16>this.readUnsigned(0xffff);
  }
  readU32(): u32 {
    return <u32>this.readUnsigned(0xffffffff);
  }
  readU64(): u64 {
    return this.readUnsigned(u64.MAX_VALUE);
  }

  /** serde-json-wasm's `deserialize_signed` for i64 (and narrower with bounds). */
  readSigned(min: i64, max: i64): i64 {
    if (changetype<usize>(this.error) != 0) return 0;
    let c = this.ws();
    if (c < 0) {
      this.fail(EOF_VALUE);
      return 0;
    }
    let neg = false;
    if (c == 0x2d) {
      neg = true;
      this.pos++;
      c = this.peek();
      if (c < 0) {
        this.fail(EOF_VALUE);
        return 0;
      }
    }
    const first = this.leadingDigit(c);
    if (first <= 0) return 0;
    // accumulate as a negative number so that i64.MIN fits
    let n: i64 = -<i64>first;
    const lim: i64 = neg ? min : -max;
    let d: i32;
    while ((d = this.nextDigit()) >= 0) {
      const digit = <i64>d;
      if (n < lim / 10) {
        this.fail(INVALID_NUMBER);
        return 0;
      }
      const m = n * 10;
      if (m < lim + digit) {
        this.fail(INVALID_NUMBER);
        return 0;
      }
      n = m - digit;
    }
    return neg ? n : -n;
  }

  readI32(): i32 {
    return <i32>this.readSigned(i32.MIN_VALUE, i32.MAX_VALUE);
  }
  readI64(): i64 {
    return this.readSigned(i64.MIN_VALUE, i64.MAX_VALUE);
  }

  readBool(): bool {
    if (changetype<usize>(this.error) != 0) return false;
    const c = this.ws();
    if (c < 0) {
      this.fail(EOF_VALUE);
      return false;
    }
    if (c == 0x74) {
      this.pos++;
      this.parseIdent("rue");
      return true;
    }
    if (c == 0x66) {
      this.pos++;
      this.parseIdent("alse");
      return false;
    }
    this.fail(INVALID_TYPE);
    return false;
  }

  /**
   * `Option<T>`: consumes `null` and returns true, or returns false and leaves the value for the
   * caller to read. Also true after an error, so callers skip the value.
   */
  readNull(): bool {
    if (changetype<usize>(this.error) != 0) return true;
    const c = this.ws();
    if (c < 0) {
      this.fail(EOF_VALUE);
      return true;
    }
    if (c == 0x6e) {
      this.pos++;
      this.parseIdent("ull");
      return true;
    }
    return false;
  }

  /** `()` / unit struct: exactly `null`. */
  readUnit(): void {
    if (this.expectByte(0x6e, EOF_VALUE, INVALID_TYPE)) this.parseIdent("ull");
  }

  // ---------------------------------------------------------------- objects

  /** `{` of a struct or map. */
  beginObject(): bool {
    return this.expectByte(0x7b, EOF_VALUE, INVALID_TYPE);
  }

  /**
   * The next key of an object (MapAccess::next_key), or null at `}` (not consumed) or on error.
   * `first` must be true for the first call of an object.
   */
  nextKey(first: bool): string | null {
    if (!this.nextKeyRaw(first)) return null;
    return this.strAscii ? asciiToString(this.strPtr, this.strLen) : utf8ToString(this.strPtr, this.strLen);
  }

  /** Like nextKey, but leaves the key's bytes in strPtr/strLen. */
  nextKeyRaw(first: bool): bool {
    if (changetype<usize>(this.error) != 0) return false;
    let c = this.ws();
    if (c < 0) {
      this.fail(EOF_OBJECT);
      return false;
    }
    if (c == 0x7d) return false;
    if (c == 0x2c && !first) {
      this.pos++;
      c = this.ws();
    } else if (!first) {
      this.fail(EXPECTED_OBJECT_COMMA_OR_END);
      return false;
    }
    if (c < 0) {
      this.fail(EOF_VALUE);
      return false;
    }
    if (c == 0x22) {
      this.pos++;
      return this.parseStringBody();
    }
    if (c == 0x7d) this.fail(TRAILING_COMMA);
    else this.fail(KEY_MUST_BE_A_STRING);
    return false;
  }

  /** The `:` between a key and its value. */
  colon(): void {
    this.expectByte(0x3a, EOF_OBJECT, EXPECTED_COLON);
  }

  /** The closing `}` of an object (end_map). */
  endObject(): void {
    if (changetype<usize>(this.error) != 0) return;
    const c = this.ws();
    if (c < 0) {
      this.fail(EOF_OBJECT);
      return;
    }
    if (c == 0x7d) {
      this.pos++;
      return;
    }
    if (c == 0x2c) this.fail(TRAILING_COMMA);
    else this.fail(TRAILING_CHARACTERS);
  }

  /** Starts decoding a struct with the given field names (see StructReader). */
  struct(fields: string[], denyUnknown: bool = true): StructReader {
    const s = new StructReader(this, fields, denyUnknown);
    s.open = this.beginObject();
    return s;
  }

  // ---------------------------------------------------------------- arrays

  beginArray(): bool {
    return this.expectByte(0x5b, EOF_VALUE, INVALID_TYPE);
  }

  /** True if another element follows (SeqAccess::next_element); false at `]` or on error. */
  nextElement(first: bool): bool {
    if (changetype<usize>(this.error) != 0) return false;
    let c = this.ws();
    if (c < 0) {
      this.fail(EOF_LIST);
      return false;
    }
    if (c == 0x5d) return false;
    if (c == 0x2c) {
      this.pos++;
      c = this.ws();
      if (c < 0) {
        this.fail(EOF_VALUE);
        return false;
      }
    } else if (!first) {
      this.fail(EXPECTED_LIST_COMMA_OR_END);
      return false;
    }
    if (c == 0x5d) {
      this.fail(TRAILING_COMMA);
      return false;
    }
    return true;
  }

  endArray(): void {
    if (changetype<usize>(this.error) != 0) return;
    const c = this.ws();
    if (c < 0) {
      this.fail(EOF_LIST);
      return;
    }
    if (c == 0x5d) {
      this.pos++;
      return;
    }
    if (c == 0x2c) {
      this.pos++;
      if (this.ws() == 0x5d) this.fail(TRAILING_COMMA);
      else this.fail(TRAILING_CHARACTERS);
      return;
    }
    this.fail(TRAILING_CHARACTERS);
  }

  // ---------------------------------------------------------------- enums

  /**
   * Starts an externally tagged enum (`"variant"` or `{"variant": payload}`) and returns the
   * index of the variant in `variants`, or -1 on error. Afterwards `enumIsUnit` tells which form
   * was used; call `expectUnitVariant`/`expectPayloadVariant` and, for the object form, read the
   * payload and call `endEnum`.
   */
  beginEnum(variants: string[]): i32 {
    if (changetype<usize>(this.error) != 0) return -1;
    const c = this.ws();
    if (c < 0) {
      this.fail(EOF_VALUE);
      return -1;
    }
    if (c == 0x22) {
      this.enumIsUnit = true;
    } else if (c == 0x7b) {
      this.pos++;
      this.enumIsUnit = false;
    } else {
      this.fail(EXPECTED_SOME_IDENT);
      return -1;
    }
    const name = this.readString();
    if (changetype<usize>(this.error) != 0) return -1;
    for (let i = 0; i < variants.length; i++) {
      if (variants[i] == name) {
        if (!this.enumIsUnit) this.colon();
        return changetype<usize>(this.error) == 0 ? i : -1;
      }
    }
    this.fail(unknownVariantError(name, variants));
    return -1;
  }

  /** For a unit variant (`"never"`): the object form is an error. */
  expectUnitVariant(): void {
    if (!this.enumIsUnit) this.fail(INVALID_TYPE);
  }

  /** For a struct/newtype variant: the bare string form is an error. */
  expectPayloadVariant(): bool {
    if (this.enumIsUnit) this.fail(INVALID_TYPE);
    return changetype<usize>(this.error) == 0;
  }

  /** The `}` closing `{"variant": payload}`. */
  endEnum(): void {
    this.expectByte(0x7d, EOF_VALUE, EXPECTED_SOME_VALUE);
  }

  // ---------------------------------------------------------------- any value

  /**
   * Skips one complete JSON value (strictly: numbers, literals, strings, containers), nesting at
   * most MAX_SKIP_DEPTH deep. Used for fields a lenient decoder ignores.
   */
  skipValue(): void {
    this.skipDepth(0);
  }

  private skipDepth(depth: i32): void {
    if (changetype<usize>(this.error) != 0) return;
    if (depth >= MAX_SKIP_DEPTH) {
      this.fail(RECURSION_LIMIT);
      return;
    }
    const c = this.ws();
    if (c < 0) {
      this.fail(EOF_VALUE);
      return;
    }
    if (c == 0x22) {
      this.pos++;
      this.parseStringBody();
    } else if (c == 0x7b) {
      this.pos++;
      let first = true;
      while (this.nextKeyRaw(first)) {
        first = false;
        this.colon();
        this.skipDepth(depth + 1);
      }
      this.endObject();
    } else if (c == 0x5b) {
      this.pos++;
      let first = true;
      while (this.nextElement(first)) {
        first = false;
        this.skipDepth(depth + 1);
      }
      this.endArray();
    } else if (c == 0x74) {
      this.pos++;
      this.parseIdent("rue");
    } else if (c == 0x66) {
      this.pos++;
      this.parseIdent("alse");
    } else if (c == 0x6e) {
      this.pos++;
      this.parseIdent("ull");
    } else if (c == 0x2d || (c >= 0x30 && c <= 0x39)) {
      this.skipNumber();
    } else {
      this.fail(EXPECTED_SOME_VALUE);
    }
  }

  /**
   * Skips a value the way serde-json-wasm's `deserialize_ignored_any` does (unknown fields of a
   * struct without `deny_unknown_fields`): strings, arrays and objects are parsed, anything else is
   * consumed up to the next `,`, `}` or `]` without checking it (so `{"x":1t}` is accepted, as the
   * Rust contract accepts it), and a value that runs to the end of the input is "EOF while parsing
   * a string.".
   */
  skipIgnored(): void {
    this.skipIgnoredDepth(0);
  }

  private skipIgnoredDepth(depth: i32): void {
    if (changetype<usize>(this.error) != 0) return;
    if (depth >= MAX_SKIP_DEPTH) {
      this.fail(RECURSION_LIMIT);
      return;
    }
    const c = this.ws();
    if (c < 0) {
      this.fail(EOF_VALUE);
      return;
    }
    if (c == 0x22) {
      this.pos++;
      this.parseStringBody();
    } else if (c == 0x5b) {
      this.pos++;
      let first = true;
      while (this.nextElement(first)) {
        first = false;
        this.skipIgnoredDepth(depth + 1);
      }
      this.endArray();
    } else if (c == 0x7b) {
      this.pos++;
      let first = true;
      while (this.nextKeyRaw(first)) {
        first = false;
        this.colon();
        this.skipIgnoredDepth(depth + 1);
      }
      this.endObject();
    } else if (c == 0x2c || c == 0x7d || c == 0x5d) {
      this.fail(EXPECTED_SOME_VALUE);
    } else {
      while (true) {
        const d = this.peek();
        if (d == 0x2c || d == 0x7d || d == 0x5d) return;
        if (d < 0) {
          this.fail(EOF_STRING);
          return;
        }
        this.pos++;
      }
    }
  }

  /** A JSON number per RFC 8259 (fractions and exponents are accepted and ignored, never parsed). */
  private skipNumber(): void {
    if (this.peek() == 0x2d) this.pos++;
    let c = this.peek();
    if (c == 0x30) this.pos++;
    else if (!this.skipDigits()) return;
    if (this.peek() == 0x2e) {
      this.pos++;
      if (!this.skipDigits()) return;
    }
    c = this.peek();
    if (c == 0x65 || c == 0x45) {
      this.pos++;
      c = this.peek();
      if (c == 0x2b || c == 0x2d) this.pos++;
      this.skipDigits();
    }
  }

  /** One or more digits; INVALID_NUMBER (and false) if there is none. */
  private skipDigits(): bool {
    if (this.nextDigit() < 0) {
      this.fail(INVALID_NUMBER);
      return false;
    }
    while (this.nextDigit() >= 0) {}
    return true;
  }

  /** The raw bytes of the next value (validated by skipping it). */
  readRawValue(): Uint8Array {
    if (changetype<usize>(this.error) != 0) return new Uint8Array(0);
    this.ws();
    const start = this.pos;
    this.skipValue();
    if (changetype<usize>(this.error) != 0) return new Uint8Array(0);
    const out = new Uint8Array(this.pos - start);
    memory.copy(out.dataStart, this.ptr + <usize>start, <usize>(this.pos - start));
    return out;
  }
}

/**
 * Decodes the fields of a struct the way serde's derive does: unknown fields (when denied),
 * duplicate fields and missing required fields are errors with serde's texts.
 *
 *   const s = r.struct(FIELDS);            // FIELDS: the names in declaration order
 *   let f: i32;
 *   while ((f = s.next()) >= 0) {
 *     if (f == 0) recipient = r.readString();
 *     else if (f == 1) amount = Uint128.readJson(r);
 *   }
 *   s.end(0b11);                            // bit i set = field i is required
 */
export class StructReader {
  open: bool = false;
  private first: bool = true;
  seen: u64 = 0;
  constructor(
    readonly r: JsonReader,
    readonly fields: string[],
    readonly denyUnknown: bool,
  ) {}

  /** The index of the next field (its `:` consumed), or -1 at the end or on error. */
  next(): i32 {
    const r = this.r;
    while (true) {
      if (!this.open || changetype<usize>(r.error) != 0) return -1;
      if (!r.nextKeyRaw(this.first)) return -1;
      this.first = false;
      const idx = this.lookup(r.strPtr, r.strLen);
      if (idx < 0) {
        if (this.denyUnknown) {
          r.fail(unknownFieldError(utf8ToString(r.strPtr, r.strLen), this.fields));
          return -1;
        }
        r.colon();
        r.skipIgnored();
        continue;
      }
      const bit: u64 = (<u64>1) << <u64>idx;
      if ((this.seen & bit) != 0) {
        r.fail("duplicate field `" + this.fields[idx] + "`");
        return -1;
      }
      this.seen |= bit;
      r.colon();
      return changetype<usize>(r.error) == 0 ? idx : -1;
    }
  }

  private lookup(ptr: usize, len: i32): i32 {
    const fields = this.fields;
    const n = fields.length;
    for (let i = 0; i < n; i++) {
      const f = unchecked(fields[i]);
      // field names are ASCII: compare the UTF-16 code units with the key's bytes
      if (f.length != len) continue;
      const fp = changetype<usize>(f);
      let k = 0;
      while (k < len && <u32>load<u16>(fp + (<usize>k << 1)) == <u32>load<u8>(ptr + <usize>k)) k++;
      if (k == len) return i;
    }
    return -1;
  }

  /** True if field `idx` was present. */
  has(idx: i32): bool {
    return (this.seen & ((<u64>1) << <u64>idx)) != 0;
  }

  /** Checks required fields (in declaration order) and consumes the closing `}`. */
  end(requiredMask: u64): void {
    const r = this.r;
    // fields the caller did not read (e.g. a struct without fields): check and skip them
    while (this.next() >= 0) r.skipValue();
    if (changetype<usize>(r.error) != 0 || !this.open) return;
    for (let i = 0; i < this.fields.length; i++) {
      const bit: u64 = (<u64>1) << <u64>i;
      if ((requiredMask & bit) != 0 && (this.seen & bit) == 0) {
        r.fail("missing field `" + this.fields[i] + "`");
        return;
      }
    }
    r.endObject();
  }
}
