/**
 * ICS-20 v1 packet data and acknowledgements, byte for byte as ibc-go v8 writes and reads them.
 *
 * Writing (`FungibleTokenPacketData.GetBytes`): protobuf JSON without default values (so any empty
 * field, typically `memo`, is left out), then `sdk.MustSortJSON`, which re-marshals with Go's
 * encoding/json: keys sorted, no spaces, and Go's string escaping (`<`, `>`, `&`, U+2028 and U+2029
 * escaped; invalid text replaced by U+FFFD). The escaping follows Go ≥ 1.22 (`\b`, `\f` short forms).
 *
 * Reading (`ModuleCdc.UnmarshalJSON`, gogoproto jsonpb): only the first JSON value is read (bytes
 * after it are ignored); it must be an object (or `null`); known fields must be strings or null;
 * any other key is an error. Fields are assigned in declaration order, so a failure part-way leaves
 * the earlier ones set: the receive event shows exactly what ibc-go's would.
 */
import { ChainError } from '../../chain/kernel/errors.js';
import { IbcRootErrors, TransferErrors } from './errors.js';
import { isBlank, validatePrefixedDenom } from './denom.js';
import { hexUpper } from '../../bytes/bytes.js';

export interface FungibleTokenPacketData {
  /** The full denom path on the sending chain ("transfer/channel-0/uatom" or "uatom"). */
  denom: string;
  /** Decimal string (any base Go's big.Int accepts on receive). */
  amount: string;
  sender: string;
  receiver: string;
  memo: string;
}

export const EMPTY_PACKET_DATA: Readonly<FungibleTokenPacketData> = Object.freeze({ denom: '', amount: '', sender: '', receiver: '', memo: '' });

// ----- Go JSON text ------------------------------------------------------------------------------

/** A JSON string literal exactly as Go's encoding/json (HTML-safe) writes it. */
export function goJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      switch (ch) {
        case '"':
          out += '\\"';
          break;
        case '\\':
          out += '\\\\';
          break;
        case '\n':
          out += '\\n';
          break;
        case '\r':
          out += '\\r';
          break;
        case '\t':
          out += '\\t';
          break;
        case '\b':
          out += '\\b';
          break;
        case '\f':
          out += '\\f';
          break;
        case '<':
        case '>':
        case '&':
          out += `\\u00${cp.toString(16)}`;
          break;
        default:
          out += cp < 0x20 ? `\\u00${cp.toString(16).padStart(2, '0')}` : ch;
      }
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      // A lone surrogate is not text; Go would have seen invalid UTF-8 there.
      out += '\\ufffd';
    } else if (cp === 0x2028 || cp === 0x2029) {
      out += `\\u${cp.toString(16)}`;
    } else {
      out += ch;
    }
  }
  return out + '"';
}

/**
 * Bytes to text as Go's JSON decoder sees them: every byte that does not start a valid UTF-8
 * sequence becomes one U+FFFD (the WHATWG decoder would merge some of them, changing hashes).
 */
export function goDecodeUtf8(b: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) [need, cp, min] = [1, c & 0x1f, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, cp, min] = [2, c & 0x0f, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, cp, min] = [3, c & 0x07, 0x10000];
    let ok = need > 0 && i + need < b.length;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const cc = b[i + k];
        if (cc === undefined || (cc & 0xc0) !== 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (ok) {
      out += String.fromCodePoint(cp);
      i += need + 1;
    } else {
      out += '\ufffd';
      i++;
    }
  }
  return out;
}

/**
 * The first JSON value of `text` when it is an object (its source text), `null` for a top-level
 * null, undefined when it is anything else or incomplete (json.Decoder reads one value and stops).
 */
function firstObject(text: string): string | null | undefined {
  let i = 0;
  while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  if (text.startsWith('null', i)) return null;
  if (text[i] !== '{') return undefined;
  let depth = 0;
  let inString = false;
  for (let j = i; j < text.length; j++) {
    const ch = text[j]!;
    if (inString) {
      if (ch === '\\') j++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return text.slice(i, j + 1);
    }
  }
  return undefined;
}

/** Parses the first JSON value as a plain object (null → {}); undefined on any syntax error. */
export function parseGoJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  const src = firstObject(goDecodeUtf8(bytes));
  if (src === undefined) return undefined;
  if (src === null) return {};
  let v: unknown;
  try {
    v = JSON.parse(src);
  } catch {
    return undefined;
  }
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

// ----- packet data -------------------------------------------------------------------------------

const FIELDS = ['denom', 'amount', 'sender', 'receiver', 'memo'] as const;
// JSON.parse keeps an escaped lone surrogate ("\ud800"); Go's decoder turns it into U+FFFD.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `GetBytes`: sorted keys, empty fields omitted, Go escaping. */
export function encodePacketData(d: FungibleTokenPacketData): Uint8Array {
  const keys = [...FIELDS].sort();
  const parts: string[] = [];
  for (const k of keys) if (d[k] !== '') parts.push(`${goJsonString(k)}:${goJsonString(d[k])}`);
  return new TextEncoder().encode(`{${parts.join(',')}}`);
}

export type DecodedPacketData = { ok: true; data: FungibleTokenPacketData } | { ok: false; data: FungibleTokenPacketData; reason: string };

/**
 * Readings of packet data by its bytes: a packet is read when its receive is simulated, again when
 * delivered, and when its ack or timeout comes back. The reading is a pure function of the bytes,
 * so sharing it (frozen, so no reader can change it for the next) changes no result.
 */
const decodedPackets = new Map<string, DecodedPacketData>();
const DECODED_PACKETS_SIZE = 1024;

/** jsonpb's reading of the packet data; on failure `data` holds the fields assigned before it. Frozen. */
export function decodePacketData(bytes: Uint8Array): DecodedPacketData {
  const k = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let d = decodedPackets.get(k);
  if (d === undefined) {
    d = readPacketData(bytes);
    Object.freeze(d.data);
    Object.freeze(d);
    if (decodedPackets.size >= DECODED_PACKETS_SIZE) decodedPackets.delete(decodedPackets.keys().next().value!);
    decodedPackets.set(k, d);
  }
  return d;
}

function readPacketData(bytes: Uint8Array): DecodedPacketData {
  const data: FungibleTokenPacketData = { ...EMPTY_PACKET_DATA };
  const obj = parseGoJsonObject(bytes);
  if (obj === undefined) return { ok: false, data, reason: 'packet data is not a JSON object' };
  const seen = new Set<string>();
  for (const f of FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(obj, f)) continue;
    seen.add(f);
    const v = obj[f];
    if (v === null) continue;
    if (typeof v !== 'string') return { ok: false, data, reason: `field ${f} must be a string` };
    data[f] = v.replace(LONE_SURROGATE, '\ufffd');
  }
  const unknown = Object.keys(obj).filter((k) => !seen.has(k));
  if (unknown.length > 0) return { ok: false, data, reason: `unknown field "${unknown[0]}" in FungibleTokenPacketData` };
  return { ok: true, data };
}

/**
 * Go's `big.Int.SetString(s, 0)` (cosmossdk.io/math `NewIntFromString`): optional sign, base
 * prefixes 0b/0o/0x and a bare leading 0 meaning octal, '_' between digits, whole string consumed.
 */
export function parseGoInt(s: string): bigint | undefined {
  let i = 0;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    i = 1;
  }
  let base = 10;
  let prefix = '';
  let prev = '.';
  let count = 0;
  if (s[i] === '0') {
    prev = '0';
    count = 1;
    i++;
    if (i < s.length) {
      const c = s[i]!;
      if (c === 'b' || c === 'B') [base, prefix] = [2, 'b'];
      else if (c === 'o' || c === 'O') [base, prefix] = [8, 'o'];
      else if (c === 'x' || c === 'X') [base, prefix] = [16, 'x'];
      else [base, prefix] = [8, '0'];
      count = 0;
      if (prefix !== '0') i++;
    }
  }
  let invalSep = false;
  let value = 0n;
  const b = BigInt(base);
  for (; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '_') {
      if (prev !== '0') invalSep = true;
      prev = '_';
      continue;
    }
    const d = digitValue(ch);
    if (d >= base) break;
    prev = '0';
    count++;
    value = value * b + BigInt(d);
  }
  if (invalSep || prev === '_') return undefined;
  if (count === 0 && prefix !== '0') return undefined;
  if (i !== s.length) return undefined;
  return neg ? -value : value;
}

function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 99;
}

const MAX_INT = (1n << 256n) - 1n;

/** `NewIntFromString`: undefined when unparsable or wider than 256 bits. */
export function parseSdkInt(s: string): bigint | undefined {
  const v = parseGoInt(s);
  if (v === undefined || v > MAX_INT || v < -MAX_INT) return undefined;
  return v;
}

/**
 * `FungibleTokenPacketData.ValidateBasic`; returns the amount. Addresses are only checked for
 * being non-blank: their format belongs to the chain that uses them.
 */
export function validatePacketData(d: FungibleTokenPacketData): bigint {
  const amount = parseSdkInt(d.amount);
  if (amount === undefined) throw new ChainError(TransferErrors.InvalidAmount, `unable to parse transfer amount (${d.amount}) into math.Int`);
  if (amount <= 0n) throw new ChainError(TransferErrors.InvalidAmount, `amount must be strictly positive: got ${amount}`);
  if (isBlank(d.sender)) throw new ChainError(IbcRootErrors.InvalidAddress, 'sender address cannot be blank');
  if (isBlank(d.receiver)) throw new ChainError(IbcRootErrors.InvalidAddress, 'receiver address cannot be blank');
  validatePrefixedDenom(d.denom);
  return amount;
}

// ----- acknowledgements --------------------------------------------------------------------------

/** ibc-go `channeltypes.Acknowledgement`: one of the two arms, or neither (an empty `{}`). */
export type Ics20Ack = { result: Uint8Array } | { error: string } | Record<string, never>;

/** `ModuleCdc.MustMarshalJSON(&ack)`: jsonpb with the set oneof arm only. */
export function marshalAck(a: Ics20Ack): Uint8Array {
  let s = '{}';
  if ('result' in a) s = `{"result":"${Buffer.from(a.result).toString('base64')}"}`;
  else if ('error' in a) s = `{"error":${goJsonString(a.error)}}`;
  return new TextEncoder().encode(s);
}

/** Parses an acknowledgement as jsonpb would (`ErrUnknownRequest` when it cannot). */
export function unmarshalAck(bytes: Uint8Array): Ics20Ack {
  const obj = parseGoJsonObject(bytes);
  const bad = () => new ChainError(IbcRootErrors.UnknownRequest, 'cannot unmarshal ICS-20 transfer packet acknowledgement');
  if (obj === undefined) throw bad();
  const keys = Object.keys(obj);
  if (keys.some((k) => k !== 'result' && k !== 'error')) throw bad();
  if (typeof obj['result'] === 'string') return { result: new Uint8Array(Buffer.from(obj['result'], 'base64')) };
  if (typeof obj['error'] === 'string') return { error: obj['error'] };
  if (keys.length > 0) throw bad();
  return {};
}

/**
 * The transfer module only accepts acknowledgements in ibc-go's canonical encoding: re-marshalling
 * the parsed ack must give back the relayed bytes.
 */
export function checkAckBytes(ack: Ics20Ack, bytes: Uint8Array): void {
  const again = marshalAck(ack);
  if (Buffer.compare(Buffer.from(again), Buffer.from(bytes)) !== 0) {
    throw new ChainError(IbcRootErrors.InvalidType, `acknowledgement did not marshal to expected bytes: ${hexUpper(again)} ≠ ${hexUpper(bytes)}`);
  }
}

/** The text ibc-go's error acknowledgement carries: only the ABCI code is deterministic. */
export function errorAckText(code: number): string {
  return `ABCI code: ${code}: error handling packet: see events for details`;
}

/**
 * `ack.String()` (gogoproto compact text format), used as the `acknowledgement` event attribute:
 * `result:"\001" ` for the usual success ack. Bytes outside printable ASCII are octal-escaped.
 */
export function ackText(a: Ics20Ack): string {
  if ('result' in a) return `result:${protoTextString(a.result)} `;
  if ('error' in a) return `error:${protoTextString(new TextEncoder().encode(a.error))} `;
  return '';
}

function protoTextString(b: Uint8Array): string {
  let out = '"';
  for (const c of b) {
    if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else out += `\\${c.toString(8).padStart(3, '0')}`;
  }
  return out + '"';
}

/** A Go `string(bytes)` as an event attribute value. */
export function bytesAsText(b: Uint8Array): string {
  return goDecodeUtf8(b);
}
