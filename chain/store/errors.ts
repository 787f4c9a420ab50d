/** Typed store errors. */

/** Thrown by a gas meter when consumption goes past its limit (Cosmos `ErrorOutOfGas`). */
export class OutOfGasError extends Error {
  constructor(
    readonly descriptor: string,
    readonly limit: number,
    readonly consumed: number,
  ) {
    super(`out of gas in location: ${descriptor}; gasWanted: ${limit}, gasUsed: ${consumed}`);
    this.name = 'OutOfGasError';
  }
}

/** Thrown when gas arithmetic would leave the safe-integer range (Cosmos `ErrorGasOverflow`). */
export class GasOverflowError extends Error {
  constructor(readonly descriptor: string) {
    super(`gas overflow in location: ${descriptor}`);
    this.name = 'GasOverflowError';
  }
}
