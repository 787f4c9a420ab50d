/** A growable byte buffer on the managed heap: the JSON writer's output, the reader's unescaped strings. */
export class ByteBuf {
  data: Uint8Array;
  length: i32 = 0;
  constructor(capacity: i32 = 64) {
    this.data = new Uint8Array(capacity > 0 ? capacity : 1);
  }
  @inline ensure(extra: i32): void {
    if (this.length + extra > this.data.length) this.grow(this.length + extra);
  }
  grow(min: i32): void {
    let cap = this.data.length * 2;
    if (cap < min) cap = min;
    const next = new Uint8Array(cap);
    memory.copy(next.dataStart, this.data.dataStart, <usize>this.length);
    this.data = next;
  }
  @inline push(b: u32): void {
    if (this.length >= this.data.length) this.grow(this.length + 1);
    store<u8>(this.data.dataStart + <usize>this.length, <u8>b);
    this.length++;
  }
  pushUtf8(cp: u32): void {
    if (cp < 0x80) {
      this.push(cp);
    } else if (cp < 0x800) {
      this.push(0xc0 | (cp >> 6));
      this.push(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      this.push(0xe0 | (cp >> 12));
      this.push(0x80 | ((cp >> 6) & 0x3f));
      this.push(0x80 | (cp & 0x3f));
    } else {
      this.push(0xf0 | (cp >> 18));
      this.push(0x80 | ((cp >> 12) & 0x3f));
      this.push(0x80 | ((cp >> 6) & 0x3f));
      this.push(0x80 | (cp & 0x3f));
    }
  }
  pushBytes(ptr: usize, len: i32): void {
    this.ensure(len);
    memory.copy(this.data.dataStart + <usize>this.length, ptr, <usize>len);
    this.length += len;
  }
  /** A copy of the used part. */
  toBytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    memory.copy(out.dataStart, this.data.dataStart, <usize>this.length);
    return out;
  }
}
