/**
 * UTF-8 helpers shared by the JSON reader/writer, storage keys and the host API: validation
 * (exactly Rust's `str::from_utf8`), decoding to strings (with an ASCII fast path) and encoding.
 */

/** Validates UTF-8 exactly like Rust's `str::from_utf8` (no overlongs, no surrogates, <= U+10FFFF). */
export function isValidUtf8(ptr: usize, len: i32): bool {
  let i = 0;
  while (i < len) {
    const b0 = <u32>load<u8>(ptr + <usize>i);
    if (b0 < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min: u32 = 0;
    let cp: u32 = 0;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      need = 1;
      cp = b0 & 0x1f;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      cp = b0 & 0x0f;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      cp = b0 & 0x07;
      min = 0x10000;
    } else {
      return false;
    }
    if (i + need >= len) return false;
    for (let k = 1; k <= need; k++) {
      const b = <u32>load<u8>(ptr + <usize>(i + k));
      if ((b & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/** Decodes UTF-8 bytes that were already validated. */
export function utf8ToString(ptr: usize, len: i32): string {
  if (len == 0) return "";
  return String.UTF8.decodeUnsafe(ptr, <usize>len);
}

/** True if every byte is < 0x80. */
export function isAscii(ptr: usize, len: i32): bool {
  let i = 0;
  for (; i + 8 <= len; i += 8) if ((load<u64>(ptr + <usize>i) & 0x8080808080808080) != 0) return false;
  for (; i < len; i++) if (load<u8>(ptr + <usize>i) >= 0x80) return false;
  return true;
}

/** Widens ASCII bytes to a string, 8 bytes per step (no per-character branches). */
export function asciiToString(ptr: usize, len: i32): string {
  if (len == 0) return "";
  const out = __new(<usize>len << 1, idof<String>());
  let i = 0;
  for (; i + 8 <= len; i += 8) {
    const x = load<u64>(ptr + <usize>i);
    let lo = x & 0xffffffff;
    lo = (lo | (lo << 16)) & 0x0000ffff0000ffff;
    lo = (lo | (lo << 8)) & 0x00ff00ff00ff00ff;
    let hi = x >> 32;
    hi = (hi | (hi << 16)) & 0x0000ffff0000ffff;
    hi = (hi | (hi << 8)) & 0x00ff00ff00ff00ff;
    store<u64>(out + (<usize>i << 1), lo);
    store<u64>(out + (<usize>i << 1), hi, 8);
  }
  for (; i < len; i++) store<u16>(out + (<usize>i << 1), <u16>load<u8>(ptr + <usize>i));
  return changetype<string>(out);
}

/** UTF-8 bytes of a string; ASCII strings are narrowed 4 characters per step. */
export function stringToUtf8(s: string): Uint8Array {
  const n = s.length;
  const src = changetype<usize>(s);
  let ascii = true;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    if ((load<u64>(src + (<usize>i << 1)) & 0xff80ff80ff80ff80) != 0) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    for (; i < n; i++) {
      if (load<u16>(src + (<usize>i << 1)) >= 0x80) {
        ascii = false;
        break;
      }
    }
  }
  if (!ascii) return Uint8Array.wrap(String.UTF8.encode(s));
  const out = new Uint8Array(n);
  const dst = out.dataStart;
  i = 0;
  for (; i + 4 <= n; i += 4) {
    let x = load<u64>(src + (<usize>i << 1));
    x = (x | (x >> 8)) & 0x0000ffff0000ffff;
    x = (x | (x >> 16)) & 0xffffffff;
    store<u32>(dst + <usize>i, <u32>x);
  }
  for (; i < n; i++) store<u8>(dst + <usize>i, <u8>load<u16>(src + (<usize>i << 1)));
  return out;
}
