/** Binary: raw bytes that travel through JSON as a padded base64 string. */
import { JsonReader } from "../json/reader";
import { JsonWriter } from "../json/writer";
import { base64Encode, base64DecodeBytes, base64Decode } from "../encoding/base64";
import { Result, ok, err, invalidBase64 } from "../result";

export class Binary {
  constructor(public data: Uint8Array = new Uint8Array(0)) {}

  static empty(): Binary {
    return new Binary(new Uint8Array(0));
  }

  /** The UTF-8 bytes of a string. */
  static fromString(s: string): Binary {
    return new Binary(Uint8Array.wrap(String.UTF8.encode(s)));
  }

  static fromBase64(s: string): Result<Binary> {
    const d = base64Decode(s);
    if (d === null) return err<Binary>(invalidBase64("Invalid base64 input"));
    return ok(new Binary(d));
  }

  toBase64(): string {
    return base64Encode(this.data);
  }

  /** The bytes as a UTF-8 string (invalid sequences are replaced). */
  toUtf8(): string {
    return String.UTF8.decodeUnsafe(this.data.dataStart, <usize>this.data.length);
  }

  @inline get length(): i32 {
    return this.data.length;
  }

  isEmpty(): bool {
    return this.data.length == 0;
  }

  eq(o: Binary): bool {
    if (this.data.length != o.data.length) return false;
    for (let i = 0; i < this.data.length; i++) if (unchecked(this.data[i]) != unchecked(o.data[i])) return false;
    return true;
  }

  /** JSON: a base64 string; errors like cosmwasm-std 1.x: `invalid base64: <input>`. */
  static readJson(r: JsonReader): Binary {
    if (!r.readStringRaw()) return Binary.empty();
    const d = base64DecodeBytes(r.strPtr, r.strLen);
    if (d === null) {
      r.fail("invalid base64: " + String.UTF8.decodeUnsafe(r.strPtr, <usize>r.strLen));
      return Binary.empty();
    }
    return new Binary(d);
  }

  writeJson(w: JsonWriter): void {
    w.base64(this.data);
  }
}

/** Optional Binary: `null` or a base64 string. */
export function readBinaryOrNull(r: JsonReader): Binary | null {
  if (r.readNull()) return null;
  return Binary.readJson(r);
}

export function writeBinaryOrNull(w: JsonWriter, b: Binary | null): void {
  if (b === null) w.nullValue();
  else b.writeJson(w);
}
