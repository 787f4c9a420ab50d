/**
 * JSON text from contracts, read without losing u64 precision. CosmWasm writes u64 fields (`SubMsg.id`,
 * `gas_limit`, `IbcTimeoutBlock`, code and proposal ids) as JSON numbers, and `JSON.parse` rounds any
 * integer above 2^53; wasmd reads them exactly. So an integer literal that is not a safe JS integer
 * becomes a `bigint` (every other number stays what `JSON.parse` makes of it).
 *
 * The lossless parser (lossless-json) is several times slower than `JSON.parse`, and contract results
 * are read on every call, so it only runs when the text holds an integer literal of 16 or more digits
 * (2^53 has 16; every 15-digit integer is safe). The check looks for a digit run right after `:`, `,`
 * or `[` — where a JSON number can start — so digits inside strings (amounts, base64) rarely trigger it,
 * and when they do the result is merely slower, never different.
 */
import { isInteger, parse } from 'lossless-json';

const LONG_INTEGER = /[:,[]\s*-?\d{16}/;

function parseNumber(text: string): number | bigint {
  const n = Number(text);
  if (Number.isSafeInteger(n) || !isInteger(text)) return n;
  return BigInt(text);
}

/** `JSON.parse`, except integers beyond 2^53 - 1 come back as exact `bigint`s. Errors are `JSON.parse`'s. */
export function parseContractJson(text: string): unknown {
  if (!LONG_INTEGER.test(text)) return JSON.parse(text);
  let value: unknown;
  try {
    // Duplicate keys: the last one wins, as with JSON.parse.
    value = parse(text, null, { parseNumber, onDuplicateKey: (d) => d.newValue });
  } catch (e) {
    // Keep JSON.parse's message for malformed text (it reaches users and traces the same way as before).
    JSON.parse(text);
    throw e;
  }
  return value;
}
