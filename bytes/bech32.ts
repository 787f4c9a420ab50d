/**
 * Bech32 (BIP-173) as the Rust `bech32` 0.11 crate does it, which cosmwasm-vm and wasmd's address
 * API use: decoding is `CheckedHrpstring::new::<Bech32>` then `byte_iter()` (no 90-character limit,
 * one case only, the HRP compared case-insensitively, leftover padding bits dropped unchecked);
 * encoding is lower-case with the BCH code-length limit of 1023 characters.
 *
 * Written here rather than taken from @cosmjs/encoding or @scure/base: their decoders reject
 * non-zero padding bits and strings over 90 characters by default, which the crate accepts, and a
 * contract sees the crate's answers.
 */

/** The maximum length of a bech32 string (the BCH code length of the bech32 checksum). */
const BECH32_CODE_LENGTH = 1023;

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const CHARSET_REV: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < CHARSET.length; i++) {
    t[CHARSET.charCodeAt(i)] = i;
    t[CHARSET.toUpperCase().charCodeAt(i)] = i;
  }
  return t;
})();

function polymodStep(pre: number): number {
  const b = pre >>> 25;
  return (
    (((pre & 0x1ffffff) << 5) ^
      (-((b >> 0) & 1) & 0x3b6a57b2) ^
      (-((b >> 1) & 1) & 0x26508e6d) ^
      (-((b >> 2) & 1) & 0x1ea119fa) ^
      (-((b >> 3) & 1) & 0x3d4233dd) ^
      (-((b >> 4) & 1) & 0x2a1462b3)) >>>
    0
  );
}

/**
 * Decodes a bech32 string as the `bech32` 0.11 crate's `CheckedHrpstring::new::<Bech32>` followed
 * by `byte_iter()` does. Returns null for anything the crate rejects.
 */
export function decodeBech32(input: string): { hrp: string; data: Uint8Array } | null {
  // check_characters: scan from the end, the last '1' is the separator; data chars must be in the
  // charset (either case); the whole string must not mix cases.
  let hasUpper = false;
  let hasLower = false;
  let sep = -1;
  for (let i = input.length - 1; i >= 0; i--) {
    const c = input.charCodeAt(i);
    if (sep < 0) {
      if (c === 0x31 /* '1' */) {
        sep = i;
      } else if (c >= 128 || CHARSET_REV[c]! < 0) {
        return null;
      }
    }
    if (c >= 0x41 && c <= 0x5a) hasUpper = true;
    else if (c >= 0x61 && c <= 0x7a) hasLower = true;
  }
  if (hasUpper && hasLower) return null;
  if (sep < 0) return null;
  // Hrp::parse: 1..=83 ASCII characters in 33..=126.
  const hrpRaw = input.slice(0, sep);
  if (hrpRaw.length === 0 || hrpRaw.length > 83) return null;
  for (let i = 0; i < hrpRaw.length; i++) {
    const c = hrpRaw.charCodeAt(i);
    if (c < 33 || c > 126) return null;
  }
  const hrp = hrpRaw.toLowerCase();
  const dataPart = input.slice(sep + 1);
  if (dataPart.length < 6) return null;
  // Checksum over the lower-cased hrp and the data (including the checksum).
  let chk = 1;
  for (let i = 0; i < hrp.length; i++) chk = polymodStep(chk) ^ (hrp.charCodeAt(i) >> 5);
  chk = polymodStep(chk);
  for (let i = 0; i < hrp.length; i++) chk = polymodStep(chk) ^ (hrp.charCodeAt(i) & 31);
  const fes = new Uint8Array(dataPart.length);
  for (let i = 0; i < dataPart.length; i++) {
    const v = CHARSET_REV[dataPart.charCodeAt(i)]!;
    fes[i] = v;
    chk = polymodStep(chk) ^ v;
  }
  if (chk !== 1) return null;
  // FesToBytes: 5-bit groups to bytes, leftover bits dropped.
  const n = dataPart.length - 6;
  const out = new Uint8Array(Math.floor((n * 5) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    acc = ((acc << 5) | fes[i]!) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return { hrp, data: out };
}

/** Bech32 encoding as `bech32::encode::<Bech32>` (lower case); null if over the code length. */
export function encodeBech32(prefix: string, data: Uint8Array): string | null {
  const hrp = prefix.toLowerCase();
  const nWords = Math.ceil((data.length * 8) / 5);
  if (hrp.length + 1 + nWords + 6 > BECH32_CODE_LENGTH) return null;
  const words: number[] = [];
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < data.length; i++) {
    acc = ((acc << 8) | data[i]!) & 0x1fff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      words.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) words.push((acc << (5 - bits)) & 31);
  let chk = 1;
  for (let i = 0; i < hrp.length; i++) chk = polymodStep(chk) ^ (hrp.charCodeAt(i) >> 5);
  chk = polymodStep(chk);
  for (let i = 0; i < hrp.length; i++) chk = polymodStep(chk) ^ (hrp.charCodeAt(i) & 31);
  let out = hrp + '1';
  for (const w of words) {
    chk = polymodStep(chk) ^ w;
    out += CHARSET[w];
  }
  for (let i = 0; i < 6; i++) chk = polymodStep(chk);
  chk ^= 1;
  for (let i = 0; i < 6; i++) out += CHARSET[(chk >>> (5 * (5 - i))) & 31];
  return out;
}

