/**
 * A bech32 address API with the behaviour (error texts, gas) of cosmwasm-vm's `MockApi`
 * (packages/vm/src/testing/mock.rs at 3.0.9), usable by tests and by a local chain.
 *
 * Decoding follows the `bech32` 0.11 crate's `CheckedHrpstring::new::<Bech32>` exactly: no
 * 90-character limit, the whole string must be of one case, the HRP is compared
 * case-insensitively, leftover padding bits are dropped without a check. Encoding is
 * lower-case bech32 with the crate's code-length limit of 1023 characters.
 *
 * (Implemented here rather than with @cosmjs/encoding: its CommonJS build requires the ESM-only
 * @scure/base, which jest's module loader cannot load, and its decoder rejects non-zero padding
 * bits and strings over 90 characters by default, which the Rust crate accepts.)
 */
import { createHash } from 'node:crypto';

import type { AddrResult, BackendApi, BackendResult } from './backend.js';

/** Gas costs of the address operations, in CosmWasm gas units. */
export interface Bech32ApiGasCosts {
  /** Cost of `addr_canonicalize` (also the first half of `addr_validate`). Default 5 × 140 000. */
  canonicalize: number;
  /** Cost of `addr_humanize` (also the second half of `addr_validate`). Default 4 × 140 000. */
  humanize: number;
}

export interface Bech32ApiOptions {
  /** The bech32 human-readable prefix; default `cosmwasm`. */
  prefix?: string;
  gasCosts?: Partial<Bech32ApiGasCosts>;
  /**
   * How the gas is reported: as the VM's own cost (cosmwasm-vm's MockApi, the default) or as
   * externally used gas (wasmd charges address operations on the SDK gas meter).
   */
  reportAs?: 'cost' | 'externallyUsed';
}

/** wasmd's default gas multiplier (CosmWasm gas per SDK gas). */
const WASMD_GAS_MULTIPLIER = 140_000;
export const DEFAULT_BECH32_GAS_COSTS: Readonly<Bech32ApiGasCosts> = Object.freeze({
  canonicalize: 5 * WASMD_GAS_MULTIPLIER,
  humanize: 4 * WASMD_GAS_MULTIPLIER,
});

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

function validLength(bytes: Uint8Array): boolean {
  return bytes.length >= 1 && bytes.length <= 255;
}

function hrpValid(prefix: string): boolean {
  if (prefix.length === 0 || prefix.length > 83) return false;
  let upper = false;
  let lower = false;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    if (c < 33 || c > 126) return false;
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  return !(upper && lower);
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

export class Bech32Api implements BackendApi {
  readonly prefix: string;
  readonly gasCosts: Bech32ApiGasCosts;
  private readonly external: boolean;

  constructor(opts: Bech32ApiOptions = {}) {
    this.prefix = opts.prefix ?? 'cosmwasm';
    this.gasCosts = { ...DEFAULT_BECH32_GAS_COSTS, ...opts.gasCosts };
    this.external = opts.reportAs === 'externallyUsed';
  }

  private result<T>(value: AddrResult<T>, gas: number): BackendResult<AddrResult<T>> {
    return this.external ? { value, gas } : { value, gas: 0, cost: gas };
  }

  addrCanonicalize(human: string): BackendResult<AddrResult<Uint8Array>> {
    const gas = this.gasCosts.canonicalize;
    // The VM answers empty input itself; answered here too for direct callers.
    if (human.length === 0) return this.result({ error: 'Input is empty' }, gas);
    const decoded = decodeBech32(human);
    if (decoded === null) return this.result({ error: 'Error decoding bech32' }, gas);
    if (decoded.hrp !== this.prefix.toLowerCase()) return this.result({ error: 'Wrong bech32 prefix' }, gas);
    if (!validLength(decoded.data)) return this.result({ error: 'Invalid canonical address length' }, gas);
    return this.result({ ok: decoded.data }, gas);
  }

  addrHumanize(canonical: Uint8Array): BackendResult<AddrResult<string>> {
    const gas = this.gasCosts.humanize;
    if (!validLength(canonical)) return this.result({ error: 'Invalid canonical address length' }, gas);
    if (!hrpValid(this.prefix)) return this.result({ error: 'Invalid bech32 prefix' }, gas);
    const encoded = encodeBech32(this.prefix, canonical);
    if (encoded === null) return this.result({ error: 'Invalid data to be encoded to bech32' }, gas);
    return this.result({ ok: encoded }, gas);
  }

  addrValidate(human: string): BackendResult<AddrResult<null>> {
    const canon = this.addrCanonicalize(human);
    const canonGas = this.gasCosts.canonicalize;
    if ('error' in canon.value) return this.result<null>({ error: canon.value.error }, canonGas);
    const hum = this.addrHumanize(canon.value.ok);
    const gas = canonGas + this.gasCosts.humanize;
    if ('error' in hum.value) return this.result({ error: hum.value.error }, gas);
    if (hum.value.ok !== human) return this.result({ error: 'Invalid input: address not normalized' }, gas);
    return this.result({ ok: null }, gas);
  }
}

/** `MockApi::addr_make`: bech32(prefix, sha256(label)). */
export function addrMake(label: string, prefix = 'cosmwasm'): string {
  const digest = createHash('sha256').update(label, 'utf8').digest();
  const out = encodeBech32(prefix, new Uint8Array(digest));
  if (out === null) throw new Error(`Generating address failed for prefix ${prefix}`);
  return out;
}
