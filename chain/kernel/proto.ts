/**
 * Exact-size protobuf output for the messages encoded on every tx (sign doc, account, TxMsgData).
 *
 * cosmjs-types' `BinaryWriter.finish()` makes a new 8 KiB pool for each call (`pool(...)` is invoked
 * inside `alloc`), so every message under 4 KiB costs an 8 KiB allocation and comes back as a view
 * that keeps all of it alive — also once stored in a tree. `finishExact` writes the same bytes
 * into an array of exactly the encoded length.
 */
import type { BinaryWriter } from 'cosmjs-types/binary';

export function finishExact(w: BinaryWriter): Uint8Array {
  const out = new Uint8Array(w.len);
  let pos = 0;
  for (let op = w.head.next; op; op = op.next) {
    op.proceed(out, pos);
    pos += op.len;
  }
  return out;
}
