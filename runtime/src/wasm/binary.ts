/**
 * Byte-level reading and writing of the WebAssembly binary format (LEB128 and friends).
 * Hand-written because the upload path needs a single fast pass over the code section that
 * re-emits only what it changes; general-purpose wasm libraries re-encode whole modules and
 * take hundreds of milliseconds on a contract (see specs/assemblyscript.md §5.3).
 */

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
  }
}

export class Reader {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  fail(message: string): never {
    throw new DecodeError(message, this.pos);
  }

  u8(): number {
    if (this.pos >= this.end) this.fail('unexpected end of input');
    return this.bytes[this.pos++]!;
  }

  /** Unsigned LEB128, at most 32 bits. */
  u32(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) this.fail('unexpected end of input in LEB128');
      const byte = this.bytes[this.pos++]!;
      if (shift === 28 && (byte & 0x70) !== 0) this.fail('LEB128 u32 out of range');
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
      if (shift > 28) this.fail('LEB128 u32 too long');
    }
  }

  /** Signed LEB128 of at most `bits` bits; only skipped (value not needed on the hot path). */
  skipSigned(bits: number): void {
    const maxBytes = Math.ceil(bits / 7);
    for (let i = 0; i < maxBytes; i++) {
      if (this.pos >= this.end) this.fail('unexpected end of input in LEB128');
      if ((this.bytes[this.pos++]! & 0x80) === 0) return;
    }
    this.fail(`LEB128 s${bits} too long`);
  }

  /** Signed LEB128 up to 33 bits as a JS number (block types). */
  s33(): number {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      if (this.pos >= this.end) this.fail('unexpected end of input in LEB128');
      byte = this.bytes[this.pos++]!;
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (shift > 35) this.fail('LEB128 s33 too long');
    } while (byte & 0x80);
    if (byte & 0x40) result -= 2 ** shift;
    return result;
  }

  /** Signed LEB128 i32 value. */
  s32(): number {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      if (this.pos >= this.end) this.fail('unexpected end of input in LEB128');
      byte = this.bytes[this.pos++]!;
      result |= (byte & 0x7f) << shift;
      shift += 7;
      if (shift > 35) this.fail('LEB128 s32 too long');
    } while (byte & 0x80);
    if (shift < 32 && byte & 0x40) result |= -1 << shift;
    return result;
  }

  skip(n: number): void {
    if (n < 0 || this.pos + n > this.end) this.fail('unexpected end of input');
    this.pos += n;
  }

  bytesView(n: number): Uint8Array {
    const start = this.pos;
    this.skip(n);
    return this.bytes.subarray(start, start + n);
  }

  name(): string {
    const len = this.u32();
    const view = this.bytesView(len);
    try {
      return utf8Strict.decode(view);
    } catch {
      this.fail('malformed UTF-8 in name');
    }
  }
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Growable byte buffer. */
export class Writer {
  buf: Uint8Array;
  len = 0;
  constructor(capacity = 1024) {
    this.buf = new Uint8Array(capacity);
  }

  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  u8(b: number): this {
    this.ensure(1);
    this.buf[this.len++] = b;
    return this;
  }

  u32(v: number): this {
    this.ensure(5);
    do {
      let byte = v & 0x7f;
      v = Math.floor(v / 128);
      if (v !== 0) byte |= 0x80;
      this.buf[this.len++] = byte;
    } while (v !== 0);
    return this;
  }

  s32(v: number): this {
    this.ensure(5);
    for (;;) {
      const byte = v & 0x7f;
      v >>= 7;
      if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
        this.buf[this.len++] = byte;
        return this;
      }
      this.buf[this.len++] = byte | 0x80;
    }
  }

  s64(v: bigint): this {
    this.ensure(10);
    for (;;) {
      const byte = Number(v & 0x7fn);
      v >>= 7n;
      if ((v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0)) {
        this.buf[this.len++] = byte;
        return this;
      }
      this.buf[this.len++] = byte | 0x80;
    }
  }

  bytes(b: Uint8Array): this {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }

  name(s: string): this {
    const b = new TextEncoder().encode(s);
    return this.u32(b.length).bytes(b);
  }

  finish(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

/** Size of `v` as an unsigned LEB128. */
export function u32Size(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}
