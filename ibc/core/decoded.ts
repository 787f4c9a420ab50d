/**
 * Stored IBC objects decoded once per stored bytes. Every packet reads its channel, connection,
 * client state and consensus state; within a batch (and between a tx's simulation and its
 * delivery) those are the same few byte strings. Decoding is a pure function of the bytes, so
 * sharing the result changes nothing, and the store reads (and their gas) still happen on every
 * call. The objects are frozen so that no reader can change what the next one sees (typed arrays
 * cannot be frozen: nothing writes into them in place).
 */

export function deepFreeze<T>(o: T): T {
  if (o === null || typeof o !== 'object' || ArrayBuffer.isView(o) || Object.isFrozen(o)) return o;
  for (const v of Object.values(o)) deepFreeze(v);
  return Object.freeze(o);
}

/** A bounded cache (oldest out) of `decode(bytes)`, deep-frozen, keyed by the bytes. */
export class DecodedCache<T> {
  private readonly m = new Map<string, T>();
  constructor(
    private readonly decode: (b: Uint8Array) => T,
    private readonly size = 256,
  ) {}

  get(raw: Uint8Array): T {
    const k = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
    let v = this.m.get(k);
    if (v === undefined) {
      v = deepFreeze(this.decode(raw));
      if (this.m.size >= this.size) this.m.delete(this.m.keys().next().value!);
      this.m.set(k, v);
    }
    return v;
  }
}
