/**
 * Values decoded once per stored byte array. The stores hand back the very array that was set
 * until the key is written again, so identity is a sound key: a value read again and again (an
 * account, module params, a contract's info) is decoded once, and a write simply starts a new
 * entry. Decoding is a pure function of the bytes, so this changes no result and no gas (the store
 * read still happens and is metered). Callers get `copy(value)`: keepers update what they read
 * before storing it again, and must never change what the next reader sees.
 */
export class DecodedByBytes<T> {
  private readonly values = new WeakMap<Uint8Array, T>();

  constructor(
    private readonly decode: (bytes: Uint8Array) => T,
    private readonly copy: (value: T) => T,
  ) {}

  get(bytes: Uint8Array): T {
    let v = this.values.get(bytes);
    if (v === undefined) {
      v = this.decode(bytes);
      this.values.set(bytes, v);
    }
    return this.copy(v);
  }

  /** Records `value` as the decoding of `bytes` (just encoded from it), so the next read skips decoding. */
  remember(bytes: Uint8Array, value: T): void {
    this.values.set(bytes, this.copy(value));
  }
}
