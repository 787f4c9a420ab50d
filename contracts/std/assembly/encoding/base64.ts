/**
 * Standard base64 (RFC 4648 alphabet). Encoding always pads. Decoding follows the `base64` 0.13
 * crate that cosmwasm-std 1.x uses: padding is optional and may also be short (`Ag=` is accepted,
 * as 0.13 never counts pad characters, only where they stand: not in the first two places of a
 * quad), a single leftover character is invalid, and unused trailing bits must be zero.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeChar(c: u32): i32 {
  if (c >= 0x41 && c <= 0x5a) return <i32>(c - 0x41);
  if (c >= 0x61 && c <= 0x7a) return <i32>(c - 0x61 + 26);
  if (c >= 0x30 && c <= 0x39) return <i32>(c - 0x30 + 52);
  if (c == 0x2b) return 62;
  if (c == 0x2f) return 63;
  return -1;
}

/** Encodes bytes as a padded base64 string (ASCII). */
export function base64Encode(data: Uint8Array): string {
  const n = data.length;
  const outLen = ((n + 2) / 3) * 4;
  const out = new Uint16Array(outLen);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (<u32>unchecked(data[i]) << 16) | (<u32>unchecked(data[i + 1]) << 8) | <u32>unchecked(data[i + 2]);
    unchecked((out[o++] = <u16>ALPHABET.charCodeAt(<i32>((v >> 18) & 63))));
    unchecked((out[o++] = <u16>ALPHABET.charCodeAt(<i32>((v >> 12) & 63))));
    unchecked((out[o++] = <u16>ALPHABET.charCodeAt(<i32>((v >> 6) & 63))));
    unchecked((out[o++] = <u16>ALPHABET.charCodeAt(<i32>(v & 63))));
  }
  const rest = n - i;
  if (rest == 1) {
    const v = <u32>unchecked(data[i]) << 16;
    unchecked((out[o++] = <u16>ALPHABET.charCodeAt(<i32>((v >> 18) & 63))));
    unchecked((out[o++] = <u16>ALPHABET.charCodeAt(<i32>((v >> 12) & 63))));
    unchecked((out[o++] = 0x3d));
    unchecked((out[o++] = 0x3d));
  } else if (rest == 2) {
    const v = (<u32>unchecked(data[i]) << 16) | (<u32>unchecked(data[i + 1]) << 8);
    unchecked((out[o++] = <u16>ALPHABET.charCodeAt(<i32>((v >> 18) & 63))));
    unchecked((out[o++] = <u16>ALPHABET.charCodeAt(<i32>((v >> 12) & 63))));
    unchecked((out[o++] = <u16>ALPHABET.charCodeAt(<i32>((v >> 6) & 63))));
    unchecked((out[o++] = 0x3d));
  }
  return String.UTF16.decodeUnsafe(out.dataStart, <usize>outLen << 1);
}

/** Decodes base64 from raw ASCII bytes; returns null if invalid. */
export function base64DecodeBytes(ptr: usize, len: i32): Uint8Array | null {
  let pad = 0;
  while (pad < len && load<u8>(ptr + <usize>(len - 1 - pad)) == 0x3d) pad++;
  const n = len - pad;
  const rem = n & 3;
  if (pad > 0 && !((rem == 2 && pad <= 2) || (rem == 3 && pad == 1))) return null;
  if (rem == 1) return null;
  const outLen = (n >> 2) * 3 + (rem == 2 ? 1 : rem == 3 ? 2 : 0);
  const out = new Uint8Array(outLen);
  let o = 0;
  let acc: u32 = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const v = decodeChar(<u32>load<u8>(ptr + <usize>i));
    if (v < 0) return null;
    acc = (acc << 6) | <u32>v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      unchecked((out[o++] = <u8>(acc >> <u32>bits)));
      acc &= (1 << <u32>bits) - 1;
    }
  }
  // the unused low bits of the last character must be zero
  if (acc != 0) return null;
  return out;
}

/** Decodes a base64 string; returns null if invalid. */
export function base64Decode(s: string): Uint8Array | null {
  const bytes = String.UTF8.encode(s);
  return base64DecodeBytes(changetype<usize>(bytes), bytes.byteLength);
}
