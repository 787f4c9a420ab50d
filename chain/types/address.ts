/**
 * Addresses: 20-byte accounts (ripemd160∘sha256 of a secp256k1 key, or sha256(name)[:20] for
 * module accounts), 32-byte contract addresses, consensus addresses (sha256(ed25519 key)[:20]),
 * each shown in bech32 with the chain's prefixes.
 */
import { hash } from 'node:crypto';
import { ripemd160 as nobleRipemd160 } from '@noble/hashes/legacy.js';
import { decodeBech32, encodeBech32 } from '../../bytes/bech32.js';
import { ChainError, Codes } from '../kernel/errors.js';

/**
 * sha256 and ripemd160 through Node's OpenSSL (one-shot `crypto.hash`): a new signer's address is
 * derived in every tx that sets its key, and noble's pure-JS digests cost several µs there. Same
 * functions, same bytes. OpenSSL builds without ripemd160 (it sits in OpenSSL 3's legacy provider
 * on some systems) fall back to `@noble/hashes`.
 */
function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(hash('sha256', data, 'buffer'));
}

const nativeRipemd160 = ((): boolean => {
  try {
    return hash('ripemd160', 'abc', 'hex') === '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc';
  } catch {
    return false;
  }
})();

function ripemd160(data: Uint8Array): Uint8Array {
  return nativeRipemd160 ? new Uint8Array(hash('ripemd160', data, 'buffer')) : nobleRipemd160(data);
}

export function consensusAddress(ed25519PubKey: Uint8Array): Uint8Array {
  return sha256(ed25519PubKey).slice(0, 20);
}

export interface Bech32Prefixes {
  account: string;
  validator: string;
  consensus: string;
}

export function prefixesFor(account: string): Bech32Prefixes {
  return { account, validator: `${account}valoper`, consensus: `${account}valcons` };
}

export class AddressCodec {
  constructor(readonly prefixes: Bech32Prefixes) {}

  encode(bytes: Uint8Array): string {
    return encodeOrThrow(this.prefixes.account, bytes);
  }
  encodeValoper(bytes: Uint8Array): string {
    return encodeOrThrow(this.prefixes.validator, bytes);
  }
  encodeValcons(bytes: Uint8Array): string {
    return encodeOrThrow(this.prefixes.consensus, bytes);
  }
  /** Decodes an account (or contract) address with this chain's prefix. */
  decode(addr: string, what = 'address'): Uint8Array {
    return decodeWith(this.prefixes.account, addr, what);
  }
  decodeValoper(addr: string, what = 'validator address'): Uint8Array {
    return decodeWith(this.prefixes.validator, addr, what);
  }
  decodeValcons(addr: string, what = 'consensus address'): Uint8Array {
    return decodeWith(this.prefixes.consensus, addr, what);
  }
  /** Canonicalises an account address string (lower case, valid checksum, right prefix). */
  normalize(addr: string, what = 'address'): string {
    return this.encode(this.decode(addr, what));
  }
  valoperToAccount(valoper: string): string {
    return this.encode(this.decodeValoper(valoper));
  }
  accountToValoper(acc: string): string {
    return this.encodeValoper(this.decode(acc));
  }
}

function encodeOrThrow(prefix: string, bytes: Uint8Array): string {
  const s = encodeBech32(prefix, bytes);
  if (s === null) throw new ChainError(Codes.InvalidAddress, `cannot encode ${bytes.length} bytes with prefix ${prefix}`);
  return s;
}

function decodeWith(prefix: string, addr: string, what: string): Uint8Array {
  if (typeof addr !== 'string' || addr.length === 0) throw new ChainError(Codes.InvalidAddress, `empty ${what}`);
  if (addr !== addr.toLowerCase()) throw new ChainError(Codes.InvalidAddress, `${what} ${addr} must be lower case`);
  const d = decodeBech32(addr);
  if (d === null) throw new ChainError(Codes.InvalidAddress, `${what} ${addr} is not valid bech32`);
  if (d.hrp !== prefix) throw new ChainError(Codes.InvalidAddress, `${what} ${addr} has prefix ${d.hrp}, expected ${prefix}`);
  if (d.data.length === 0 || d.data.length > 255) throw new ChainError(Codes.InvalidAddress, `${what} ${addr} has an invalid length`);
  return d.data;
}

export function moduleAddress(name: string): Uint8Array {
  return sha256(new TextEncoder().encode(name)).slice(0, 20);
}

export function secp256k1Address(compressedPubKey: Uint8Array): Uint8Array {
  return ripemd160(sha256(compressedPubKey));
}

