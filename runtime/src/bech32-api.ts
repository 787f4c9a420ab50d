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

import { decodeBech32, encodeBech32 } from '../../bytes/bech32.js';
import type { AddrResult, BackendApi, BackendResult } from './backend.js';

export { decodeBech32, encodeBech32 };

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
