/**
 * The standard acknowledgement envelope (ibc-go `channeltypes.Acknowledgement` in its JSON form):
 * `{"result":"<base64>"}` or `{"error":"<text>"}`. ICS-20 and cosmwasm-std's `StdAck` use it.
 */

const te = new TextEncoder();
const td = new TextDecoder('utf-8', { fatal: true });

export function successAck(result: Uint8Array): Uint8Array {
  return te.encode(JSON.stringify({ result: Buffer.from(result).toString('base64') }));
}

export function errorAck(error: string): Uint8Array {
  return te.encode(JSON.stringify({ error }));
}

export type ParsedAck = { kind: 'result'; result: Uint8Array } | { kind: 'error'; error: string } | { kind: 'opaque' };

/** Classifies ack bytes; anything that is not exactly one of the two JSON arms is opaque. */
export function parseAck(bytes: Uint8Array): ParsedAck {
  let v: unknown;
  try {
    v = JSON.parse(td.decode(bytes));
  } catch {
    return { kind: 'opaque' };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { kind: 'opaque' };
  const keys = Object.keys(v);
  if (keys.length !== 1) return { kind: 'opaque' };
  const o = v as Record<string, unknown>;
  if (typeof o['result'] === 'string') return { kind: 'result', result: new Uint8Array(Buffer.from(o['result'], 'base64')) };
  if (typeof o['error'] === 'string') return { kind: 'error', error: o['error'] };
  return { kind: 'opaque' };
}
