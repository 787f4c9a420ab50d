/**
 * Api: address validation/conversion and signature checks through the host. Error texts match
 * cosmwasm-std 1.x (`Generic error: addr_validate errored: <host text>`).
 */
import {
  addr_validate,
  addr_canonicalize,
  addr_humanize,
  secp256k1_verify,
  ed25519_verify,
} from "./imports";
import { borrowRegion, releaseBorrowed, consumeRegion, allocate, deallocate } from "./memory";
import { Result, ok, err, genericErr } from "./result";
import { Addr } from "./types/env";
import { stringToUtf8 } from "./encoding/utf8";

/** Longest human address the host accepts (cosmwasm-vm MAX_LENGTH_HUMAN_ADDRESS). */
export const MAX_LENGTH_HUMAN_ADDRESS: i32 = 256;
const CANONICAL_ADDRESS_BUFFER_LENGTH: usize = 64;
const HUMAN_ADDRESS_BUFFER_LENGTH: usize = 90;

function errorText(region: usize): string {
  const b = consumeRegion(region);
  return String.UTF8.decodeUnsafe(b.dataStart, <usize>b.length);
}

export class Api {
  /** Checks that `input` is a valid, normalized address of this chain. */
  addrValidate(input: string): Result<Addr> {
    const bytes = stringToUtf8(input);
    if (bytes.length > MAX_LENGTH_HUMAN_ADDRESS) return err<Addr>(genericErr("input too long for addr_validate"));
    const src = borrowRegion(bytes);
    const res = <usize>addr_validate(<u32>src);
    releaseBorrowed(src);
    if (res != 0) return err<Addr>(genericErr("addr_validate errored: " + errorText(res)));
    return ok<Addr>(input);
  }

  /** The canonical (binary) form of an address. */
  addrCanonicalize(input: string): Result<Uint8Array> {
    const bytes = stringToUtf8(input);
    if (bytes.length > MAX_LENGTH_HUMAN_ADDRESS) return err<Uint8Array>(genericErr("input too long for addr_canonicalize"));
    const src = borrowRegion(bytes);
    const dest = allocate(CANONICAL_ADDRESS_BUFFER_LENGTH);
    const res = <usize>addr_canonicalize(<u32>src, <u32>dest);
    releaseBorrowed(src);
    if (res != 0) {
      deallocate(dest);
      return err<Uint8Array>(genericErr("addr_canonicalize errored: " + errorText(res)));
    }
    return ok(consumeRegion(dest));
  }

  /** The human-readable form of a canonical address. */
  addrHumanize(canonical: Uint8Array): Result<Addr> {
    const src = borrowRegion(canonical);
    const dest = allocate(HUMAN_ADDRESS_BUFFER_LENGTH);
    const res = <usize>addr_humanize(<u32>src, <u32>dest);
    releaseBorrowed(src);
    if (res != 0) {
      deallocate(dest);
      return err<Addr>(genericErr("addr_humanize errored: " + errorText(res)));
    }
    return ok<Addr>(errorText(dest));
  }

  /** ECDSA secp256k1 over a 32-byte hash: true if valid; an error for malformed input. */
  secp256k1Verify(messageHash: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): Result<bool> {
    const h = borrowRegion(messageHash),
      s = borrowRegion(signature),
      p = borrowRegion(publicKey);
    const code = secp256k1_verify(<u32>h, <u32>s, <u32>p);
    releaseBorrowed(h);
    releaseBorrowed(s);
    releaseBorrowed(p);
    return verifyResult(code);
  }

  /** Ed25519 signature check: true if valid; an error for malformed input. */
  ed25519Verify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): Result<bool> {
    const m = borrowRegion(message),
      s = borrowRegion(signature),
      p = borrowRegion(publicKey);
    const code = ed25519_verify(<u32>m, <u32>s, <u32>p);
    releaseBorrowed(m);
    releaseBorrowed(s);
    releaseBorrowed(p);
    return verifyResult(code);
  }
}

function verifyResult(code: u32): Result<bool> {
  if (code == 0) return ok(true);
  if (code == 1) return ok(false);
  return err<bool>("Verification error: error code " + code.toString());
}
