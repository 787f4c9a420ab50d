/**
 * Transaction malleability checks, as the Cosmos SDK's tx decoder makes them before it decodes:
 *
 * - `TxRaw` follows ADR-027: fields in ascending order, `body_bytes` and `auth_info_bytes` at most
 *   once, every field length-delimited, varints in their shortest form, no unknown fields;
 * - `TxBody`, `AuthInfo` and everything inside `AuthInfo` (signer infos, mode infos, fee, coins)
 *   hold no field this chain does not know (ADR-020), except non-critical fields of `TxBody`
 *   (field numbers with bit 11 set), which may be ignored.
 *
 * Without these, anyone can rewrite a signed tx into other bytes that decode the same (an unknown
 * field appended, fields reordered, a bogus duplicate `body_bytes` that the real one overrides):
 * the rewrite has a new hash, is valid, and front-runs the victim's own tx, which then fails on its
 * sequence while its hash is never found. A protobuf decoder (cosmjs-types) accepts all of these
 * silently, which is why this small wire-level walker exists.
 */
import { ChainError, Codes } from '../kernel/errors.js';

const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;

/** ADR-020: field numbers with this bit set are non-critical (may be ignored by a decoder). */
const NON_CRITICAL_BIT = 1024;
/** Deeper nesting than any valid tx has (multisig mode infos nest once per level). */
const MAX_DEPTH = 16;

type FieldKind = 'varint' | 'bytes' | Schema;
interface Schema {
  readonly name: string;
  readonly fields: Readonly<Record<number, FieldKind>>;
  /** Unknown non-critical fields are allowed (TxBody only). */
  readonly allowNonCritical?: boolean;
}

const ANY: Schema = { name: 'google.protobuf.Any', fields: { 1: 'bytes', 2: 'bytes' } };
const TIMESTAMP: Schema = { name: 'google.protobuf.Timestamp', fields: { 1: 'varint', 2: 'varint' } };
const COIN: Schema = { name: 'cosmos.base.v1beta1.Coin', fields: { 1: 'bytes', 2: 'bytes' } };
const COMPACT_BIT_ARRAY: Schema = { name: 'cosmos.crypto.multisig.v1beta1.CompactBitArray', fields: { 1: 'varint', 2: 'bytes' } };
const MODE_SINGLE: Schema = { name: 'cosmos.tx.v1beta1.ModeInfo.Single', fields: { 1: 'varint' } };
const MODE_INFO_FIELDS: Record<number, FieldKind> = { 1: MODE_SINGLE };
const MODE_INFO: Schema = { name: 'cosmos.tx.v1beta1.ModeInfo', fields: MODE_INFO_FIELDS };
MODE_INFO_FIELDS[2] = { name: 'cosmos.tx.v1beta1.ModeInfo.Multi', fields: { 1: COMPACT_BIT_ARRAY, 2: MODE_INFO } };
const SIGNER_INFO: Schema = { name: 'cosmos.tx.v1beta1.SignerInfo', fields: { 1: ANY, 2: MODE_INFO, 3: 'varint' } };
const FEE: Schema = { name: 'cosmos.tx.v1beta1.Fee', fields: { 1: COIN, 2: 'varint', 3: 'bytes', 4: 'bytes' } };
const TIP: Schema = { name: 'cosmos.tx.v1beta1.Tip', fields: { 1: COIN, 2: 'bytes' } };

export const AUTH_INFO_SCHEMA: Schema = { name: 'cosmos.tx.v1beta1.AuthInfo', fields: { 1: SIGNER_INFO, 2: FEE, 3: TIP } };
export const TX_BODY_SCHEMA: Schema = {
  name: 'cosmos.tx.v1beta1.TxBody',
  fields: { 1: ANY, 2: 'bytes', 3: 'varint', 4: 'varint', 5: TIMESTAMP, 1023: ANY, 2047: ANY },
  allowNonCritical: true,
};

const decodeError = (what: string): ChainError => new ChainError(Codes.TxDecode, what);

/** Reads a varint at `pos`; returns [value, next position]. Values above 2^53 are refused (no field here needs them unread). */
function readVarint(b: Uint8Array, pos: number, what: string, minimal: boolean): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos + i >= b.length) throw decodeError(`${what}: varint runs past the end`);
    const byte = b[pos + i]!;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if ((byte & 0x80) === 0) {
      if (minimal && i > 0 && byte === 0) throw decodeError(`${what}: varint is not in its shortest form`);
      return [value, pos + i + 1];
    }
  }
  throw decodeError(`${what}: varint longer than 10 bytes`);
}

/** Skips a varint field value (any uint64/int64/bool/enum). */
function skipVarint(b: Uint8Array, pos: number, what: string): number {
  for (let i = 0; i < 10; i++) {
    if (pos + i >= b.length) throw decodeError(`${what}: varint runs past the end`);
    if ((b[pos + i]! & 0x80) === 0) return pos + i + 1;
  }
  throw decodeError(`${what}: varint longer than 10 bytes`);
}

/**
 * ADR-027 for `TxRaw` (the only bytes of a tx that no signature covers): fields 1, 2 and 3 in
 * ascending order, 1 and 2 at most once, all length-delimited, shortest varints, nothing else.
 */
export function checkTxRawCanonical(bytes: Uint8Array): void {
  let pos = 0;
  let prev = 0;
  while (pos < bytes.length) {
    const [tag, afterTag] = readVarint(bytes, pos, 'TxRaw field tag', true);
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field < 1 || field > 3) throw decodeError(`TxRaw has unknown field ${field}; a tx holds only body_bytes (1), auth_info_bytes (2) and signatures (3)`);
    if (wire !== WIRE_LEN) throw decodeError(`TxRaw field ${field} has wire type ${wire}, expected ${WIRE_LEN} (length-delimited)`);
    if (field < prev) throw decodeError(`TxRaw must follow ADR-027: field ${field} after field ${prev}`);
    if (field === prev && field !== 3) throw decodeError(`TxRaw must follow ADR-027: field ${field} appears more than once`);
    prev = field;
    const [len, afterLen] = readVarint(bytes, afterTag, `TxRaw field ${field} length`, true);
    if (afterLen + len > bytes.length) throw decodeError(`TxRaw field ${field} of ${len} bytes runs past the end of the tx`);
    pos = afterLen + len;
  }
}

/** Refuses fields `schema` does not know (and wrong wire types of known ones), recursively. */
export function rejectUnknownFields(bytes: Uint8Array, schema: Schema, depth = 0): void {
  if (depth > MAX_DEPTH) throw decodeError(`${schema.name} is nested more than ${MAX_DEPTH} levels deep`);
  let pos = 0;
  while (pos < bytes.length) {
    const [tag, afterTag] = readVarint(bytes, pos, `${schema.name} field tag`, false);
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field < 1) throw decodeError(`${schema.name} has an invalid field number 0`);
    const kind = schema.fields[field];
    if (kind === undefined) {
      if (!schema.allowNonCritical || (field & NON_CRITICAL_BIT) === 0) {
        throw decodeError(`${schema.name} has unknown field ${field}, which this chain cannot interpret (ADR-020 rejects unknown critical fields)`);
      }
      pos = skipField(bytes, afterTag, wire, `${schema.name} field ${field}`);
      continue;
    }
    const expected = kind === 'varint' ? WIRE_VARINT : WIRE_LEN;
    if (wire !== expected) throw decodeError(`${schema.name} field ${field} has wire type ${wire}, expected ${expected}`);
    if (kind === 'varint') {
      pos = skipVarint(bytes, afterTag, `${schema.name} field ${field}`);
      continue;
    }
    const [len, start] = readVarint(bytes, afterTag, `${schema.name} field ${field} length`, false);
    const end = start + len;
    if (end > bytes.length) throw decodeError(`${schema.name} field ${field} of ${len} bytes runs past the end`);
    if (kind !== 'bytes') rejectUnknownFields(bytes.subarray(start, end), kind, depth + 1);
    pos = end;
  }
}

function skipField(b: Uint8Array, pos: number, wire: number, what: string): number {
  switch (wire) {
    case WIRE_VARINT:
      return skipVarint(b, pos, what);
    case WIRE_I64:
      if (pos + 8 > b.length) throw decodeError(`${what} runs past the end`);
      return pos + 8;
    case WIRE_I32:
      if (pos + 4 > b.length) throw decodeError(`${what} runs past the end`);
      return pos + 4;
    case WIRE_LEN: {
      const [len, start] = readVarint(b, pos, `${what} length`, false);
      if (start + len > b.length) throw decodeError(`${what} runs past the end`);
      return start + len;
    }
    default:
      throw decodeError(`${what} has unsupported wire type ${wire}`);
  }
}
