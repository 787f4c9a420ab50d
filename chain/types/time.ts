/** Block time (bigint ns since the Unix epoch) ⇄ protobuf `google.protobuf.Timestamp`. */
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';

const NS = 1_000_000_000n;

/** Floors toward −∞ so that times before 1970 keep 0 ≤ nanos < 10^9, as protobuf requires. */
export function toTimestamp(t: bigint): Timestamp {
  let seconds = t / NS;
  let nanos = t % NS;
  if (nanos < 0n) {
    seconds -= 1n;
    nanos += NS;
  }
  return { seconds, nanos: Number(nanos) };
}

export function fromTimestamp(t: Timestamp): bigint {
  return t.seconds * NS + BigInt(t.nanos);
}
