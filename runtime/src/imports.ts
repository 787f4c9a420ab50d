/**
 * The `env` functions a contract imports (ABI §4), with cosmwasm-vm 3.0.9's order of checks and
 * gas charges. Each reads its CallEnvironment from a slot the VM sets for the current call.
 */
import { Order } from './backend.js';
import { CallEnvironment } from './environment.js';
import { BackendError, CommunicationError, RuntimeTrapError, WriteAccessDeniedError } from './errors.js';
import { HOST_GAS, linearCost } from './gas.js';
import * as L from './limits.js';
import * as crypto from './crypto.js';

export interface EnvSlot {
  env: CallEnvironment | null;
}

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');
const BLS_G1_LEN = 48;
const BLS_G2_LEN = 96;

function current(slot: EnvSlot): CallEnvironment {
  const env = slot.env;
  if (env === null) throw new BackendError('A contract called a host function outside of a call (e.g. from its start function before the call began).');
  return env;
}

/** Decodes `item || u32_be(len)` sections, walking back from the end (ABI §3.4). */
export function decodeSections(data: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let end = data.length;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  while (end > 0) {
    if (end < 4) throw new CommunicationError('Error in guest/host communication: Got an invalid section: extra data outside of any section');
    const len = dv.getUint32(end - 4, false);
    if (len > end - 4) throw new CommunicationError('Error in guest/host communication: Got an invalid section: section length overflow');
    out.push(data.subarray(end - 4 - len, end - 4));
    end -= 4 + len;
  }
  return out.reverse();
}

export function encodeSections(items: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const it of items) total += it.length + 4;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  let pos = 0;
  for (const it of items) {
    out.set(it, pos);
    pos += it.length;
    dv.setUint32(pos, it.length, false);
    pos += 4;
  }
  return out;
}

const EMPTY_RECORD = new Uint8Array(8);

function writeAddrError(env: CallEnvironment, message: string): number {
  return env.writeToContract(utf8.encode(message));
}

/** Reads an address input as cosmwasm-vm does: length limit, empty check, string cost, UTF-8 check. */
function readHumanAddress(env: CallEnvironment, ptr: number): string | { errorPtr: number } {
  const bytes = env.readRegion(ptr, L.MAX_LENGTH_HUMAN_ADDRESS);
  if (bytes.length === 0) return { errorPtr: writeAddrError(env, 'Input is empty') };
  env.charge(linearCost(HOST_GAS.stringFromBytes, bytes.length));
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return { errorPtr: writeAddrError(env, 'Input is not valid UTF-8') };
  }
}

function cryptoResult(env: CallEnvironment, r: Uint8Array | number): bigint {
  if (typeof r === 'number') return BigInt(r) << 32n;
  return BigInt(env.writeToContract(r));
}

export function createEnvImports(slot: EnvSlot): Record<string, (...args: number[]) => number | bigint | void> {
  return {
    db_read(keyPtr: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const key = env.readRegion(keyPtr, L.MAX_LENGTH_DB_KEY);
      const r = env.backend.storage.get(key);
      env.chargeBackend(r);
      return r.value === null ? 0 : env.writeToContract(r.value);
    },

    db_write(keyPtr: number, valuePtr: number): void {
      const env = current(slot);
      env.chargeHostCall();
      if (env.readOnly) throw new WriteAccessDeniedError();
      const key = readStorageInput(env, keyPtr, L.MAX_LENGTH_DB_KEY, 'Key');
      const value = readStorageInput(env, valuePtr, L.MAX_LENGTH_DB_VALUE, 'Value');
      env.chargeBackend(env.backend.storage.set(key, value));
    },

    db_remove(keyPtr: number): void {
      const env = current(slot);
      env.chargeHostCall();
      if (env.readOnly) throw new WriteAccessDeniedError();
      const key = env.readRegion(keyPtr, L.MAX_LENGTH_DB_KEY);
      env.chargeBackend(env.backend.storage.remove(key));
    },

    db_scan(startPtr: number, endPtr: number, order: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const start = startPtr === 0 ? null : env.readRegion(startPtr, L.MAX_LENGTH_DB_KEY);
      const end = endPtr === 0 ? null : env.readRegion(endPtr, L.MAX_LENGTH_DB_KEY);
      if (order !== Order.Ascending && order !== Order.Descending) {
        throw new CommunicationError(`Error in guest/host communication: Got an invalid value for iteration order: ${order}`);
      }
      const r = env.backend.storage.scan(start, end, order);
      env.chargeBackend(r);
      return r.value;
    },

    db_next(iteratorId: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const r = env.backend.storage.next(iteratorId >>> 0);
      env.chargeBackend(r);
      const rec = r.value;
      return env.writeToContract(rec === null ? EMPTY_RECORD : encodeSections([rec.key, rec.value]));
    },

    db_next_key(iteratorId: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const r = env.backend.storage.next(iteratorId >>> 0);
      env.chargeBackend(r);
      return r.value === null ? 0 : env.writeToContract(r.value.key);
    },

    db_next_value(iteratorId: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const r = env.backend.storage.next(iteratorId >>> 0);
      env.chargeBackend(r);
      return r.value === null ? 0 : env.writeToContract(r.value.value);
    },

    addr_validate(srcPtr: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const human = readHumanAddress(env, srcPtr);
      if (typeof human !== 'string') return human.errorPtr;
      const r = env.backend.api.addrValidate(human);
      env.chargeBackend(r);
      return 'ok' in r.value ? 0 : writeAddrError(env, r.value.error);
    },

    addr_canonicalize(srcPtr: number, dstPtr: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const human = readHumanAddress(env, srcPtr);
      if (typeof human !== 'string') return human.errorPtr;
      const r = env.backend.api.addrCanonicalize(human);
      env.chargeBackend(r);
      if ('error' in r.value) return writeAddrError(env, r.value.error);
      env.writeRegion(dstPtr, r.value.ok);
      return 0;
    },

    addr_humanize(srcPtr: number, dstPtr: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const canonical = env.readRegion(srcPtr, L.MAX_LENGTH_CANONICAL_ADDRESS);
      const r = env.backend.api.addrHumanize(canonical);
      env.chargeBackend(r);
      if ('error' in r.value) return writeAddrError(env, r.value.error);
      env.writeRegion(dstPtr, utf8.encode(r.value.ok));
      return 0;
    },

    secp256k1_verify(hashPtr: number, sigPtr: number, pubkeyPtr: number): number {
      return ecdsaVerify(slot, hashPtr, sigPtr, pubkeyPtr, HOST_GAS.secp256k1Verify, crypto.secp256k1Verify);
    },

    secp256k1_recover_pubkey(hashPtr: number, sigPtr: number, param: number): bigint {
      return ecdsaRecover(slot, hashPtr, sigPtr, param, HOST_GAS.secp256k1RecoverPubkey, crypto.secp256k1RecoverPubkey);
    },

    secp256r1_verify(hashPtr: number, sigPtr: number, pubkeyPtr: number): number {
      return ecdsaVerify(slot, hashPtr, sigPtr, pubkeyPtr, HOST_GAS.secp256r1Verify, crypto.secp256r1Verify);
    },

    secp256r1_recover_pubkey(hashPtr: number, sigPtr: number, param: number): bigint {
      return ecdsaRecover(slot, hashPtr, sigPtr, param, HOST_GAS.secp256r1RecoverPubkey, crypto.secp256r1RecoverPubkey);
    },

    ed25519_verify(msgPtr: number, sigPtr: number, pubkeyPtr: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const msg = env.readRegion(msgPtr, L.MAX_LENGTH_ED25519_MESSAGE);
      const sig = env.readRegion(sigPtr, L.MAX_LENGTH_ED25519_SIGNATURE);
      const pubkey = env.readRegion(pubkeyPtr, L.MAX_LENGTH_ED25519_PUBKEY);
      env.charge(HOST_GAS.ed25519Verify);
      return crypto.ed25519Verify(msg, sig, pubkey);
    },

    ed25519_batch_verify(msgsPtr: number, sigsPtr: number, pubkeysPtr: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const n = L.MAX_COUNT_ED25519_BATCH;
      const msgs = decodeSections(env.readRegion(msgsPtr, (L.MAX_LENGTH_ED25519_MESSAGE + 4) * n));
      const sigs = decodeSections(env.readRegion(sigsPtr, (L.MAX_LENGTH_ED25519_SIGNATURE + 4) * n));
      const pubkeys = decodeSections(env.readRegion(pubkeysPtr, (L.MAX_LENGTH_ED25519_PUBKEY + 4) * n));
      const cost = pubkeys.length === 1 ? HOST_GAS.ed25519BatchVerifyOnePubkey : HOST_GAS.ed25519BatchVerify;
      env.charge(linearCost(cost, sigs.length));
      return crypto.ed25519BatchVerify(msgs, sigs, pubkeys);
    },

    bls12_381_aggregate_g1(pointsPtr: number, outPtr: number): number {
      return blsAggregate(slot, pointsPtr, outPtr, BLS_G1_LEN, HOST_GAS.bls12381AggregateG1, crypto.bls12381AggregateG1);
    },

    bls12_381_aggregate_g2(pointsPtr: number, outPtr: number): number {
      return blsAggregate(slot, pointsPtr, outPtr, BLS_G2_LEN, HOST_GAS.bls12381AggregateG2, crypto.bls12381AggregateG2);
    },

    bls12_381_pairing_equality(psPtr: number, qsPtr: number, rPtr: number, sPtr: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const ps = env.readRegion(psPtr, L.MAX_LENGTH_BLS_POINTS);
      const qs = env.readRegion(qsPtr, L.MAX_LENGTH_BLS_POINTS);
      const r = env.readRegion(rPtr, BLS_G1_LEN);
      const s = env.readRegion(sPtr, BLS_G2_LEN);
      env.charge(linearCost(HOST_GAS.bls12381PairingEquality, Math.floor(ps.length / BLS_G1_LEN) + 1));
      return crypto.bls12381PairingEquality(ps, qs, r, s);
    },

    bls12_381_hash_to_g1(hashFunction: number, msgPtr: number, dstPtr: number, outPtr: number): number {
      return blsHash(slot, hashFunction, msgPtr, dstPtr, outPtr, HOST_GAS.bls12381HashToG1, crypto.bls12381HashToG1);
    },

    bls12_381_hash_to_g2(hashFunction: number, msgPtr: number, dstPtr: number, outPtr: number): number {
      return blsHash(slot, hashFunction, msgPtr, dstPtr, outPtr, HOST_GAS.bls12381HashToG2, crypto.bls12381HashToG2);
    },

    debug(msgPtr: number): void {
      const env = current(slot);
      env.chargeHostCall();
      const msg = env.readRegion(msgPtr, L.MAX_LENGTH_DEBUG);
      if (env.debugHandler) env.debugHandler(utf8Lossy.decode(msg));
    },

    abort(msgPtr: number): void {
      const env = current(slot);
      env.chargeHostCall();
      const msg = env.readRegion(msgPtr, L.MAX_LENGTH_ABORT);
      env.charge(linearCost(HOST_GAS.stringFromBytes, msg.length));
      const text = utf8Lossy.decode(msg);
      throw new RuntimeTrapError(`RuntimeError: Aborted: ${text}`, text);
    },

    query_chain(requestPtr: number): number {
      const env = current(slot);
      env.chargeHostCall();
      const request = env.readRegion(requestPtr, L.MAX_LENGTH_QUERY_CHAIN_REQUEST);
      const r = env.backend.querier.query(request, env.gasLeft());
      env.chargeBackend(r);
      return env.writeToContract(r.value);
    },
  };
}

function readStorageInput(env: CallEnvironment, ptr: number, max: number, what: 'Key' | 'Value'): Uint8Array {
  try {
    return env.readRegion(ptr, max);
  } catch (e) {
    const cause = (e as Error).cause as { length?: number } | undefined;
    if (e instanceof CommunicationError && cause?.length !== undefined) {
      throw new CommunicationError(`Generic error: ${what} too big. Tried to write ${cause.length} bytes to storage, limit is ${max}.`);
    }
    throw e;
  }
}

function ecdsaVerify(
  slot: EnvSlot,
  hashPtr: number,
  sigPtr: number,
  pubkeyPtr: number,
  cost: number,
  verify: (hash: Uint8Array, sig: Uint8Array, pubkey: Uint8Array) => number,
): number {
  const env = current(slot);
  env.chargeHostCall();
  const hash = env.readRegion(hashPtr, L.MAX_LENGTH_ECDSA_HASH);
  const sig = env.readRegion(sigPtr, L.MAX_LENGTH_ECDSA_SIGNATURE);
  const pubkey = env.readRegion(pubkeyPtr, L.MAX_LENGTH_ECDSA_PUBKEY);
  env.charge(cost);
  return verify(hash, sig, pubkey);
}

/** Low 32 bits: pointer to the 65-byte public key; high 32 bits: error code (0 = ok). */
function ecdsaRecover(
  slot: EnvSlot,
  hashPtr: number,
  sigPtr: number,
  param: number,
  cost: number,
  recover: (hash: Uint8Array, sig: Uint8Array, recoveryParam: number) => Uint8Array | number,
): bigint {
  const env = current(slot);
  env.chargeHostCall();
  const hash = env.readRegion(hashPtr, L.MAX_LENGTH_ECDSA_HASH);
  const sig = env.readRegion(sigPtr, L.MAX_LENGTH_ECDSA_SIGNATURE);
  // A parameter that does not fit in a u8 is refused before the (expensive) recovery is charged.
  if (param >>> 0 > 255) return BigInt(crypto.CryptoCode.InvalidRecoveryParam) << 32n;
  env.charge(cost);
  return cryptoResult(env, recover(hash, sig, param >>> 0));
}

function blsAggregate(
  slot: EnvSlot,
  pointsPtr: number,
  outPtr: number,
  pointLen: number,
  cost: { base: number; perItem: number },
  aggregate: (points: Uint8Array) => Uint8Array | number,
): number {
  const env = current(slot);
  env.chargeHostCall();
  const points = env.readRegion(pointsPtr, L.MAX_LENGTH_BLS_POINTS);
  env.charge(linearCost(cost, Math.floor(points.length / pointLen)));
  const r = aggregate(points);
  if (typeof r === 'number') return r;
  env.writeRegion(outPtr, r);
  return 0;
}

function blsHash(
  slot: EnvSlot,
  hashFunction: number,
  msgPtr: number,
  dstPtr: number,
  outPtr: number,
  cost: number,
  hash: (hashFunction: number, msg: Uint8Array, dst: Uint8Array) => Uint8Array | number,
): number {
  const env = current(slot);
  env.chargeHostCall();
  const msg = env.readRegion(msgPtr, L.MAX_LENGTH_BLS_HASH_MSG);
  const dst = env.readRegion(dstPtr, L.MAX_LENGTH_BLS_HASH_DST);
  env.charge(cost);
  const r = hash(hashFunction >>> 0, msg, dst);
  if (typeof r === 'number') return r;
  env.writeRegion(outPtr, r);
  return 0;
}
