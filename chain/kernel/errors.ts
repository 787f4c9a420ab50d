/**
 * Chain errors carry an ABCI codespace and code, as Cosmos SDK `errorsmod` errors do, so clients
 * (CosmJS, relayers) see the numbers they expect. The message is Cosmos-shaped:
 * "<what went wrong>: <registered description>", e.g.
 * "account sequence mismatch, expected 3, got 2: incorrect account sequence".
 */
export interface ErrorSpec {
  readonly codespace: string;
  readonly code: number;
  readonly desc: string;
}

function spec(codespace: string, code: number, desc: string): ErrorSpec {
  return Object.freeze({ codespace, code, desc });
}

/** The SDK's root errors (`types/errors/errors.go`), codespace "sdk". */
export const Codes = Object.freeze({
  TxDecode: spec('sdk', 2, 'tx parse error'),
  InvalidSequence: spec('sdk', 3, 'invalid sequence'),
  Unauthorized: spec('sdk', 4, 'unauthorized'),
  InsufficientFunds: spec('sdk', 5, 'insufficient funds'),
  UnknownRequest: spec('sdk', 6, 'unknown request'),
  InvalidAddress: spec('sdk', 7, 'invalid address'),
  InvalidPubKey: spec('sdk', 8, 'invalid pubkey'),
  UnknownAddress: spec('sdk', 9, 'unknown address'),
  InvalidCoins: spec('sdk', 10, 'invalid coins'),
  OutOfGas: spec('sdk', 11, 'out of gas'),
  MemoTooLarge: spec('sdk', 12, 'memo too large'),
  InsufficientFee: spec('sdk', 13, 'insufficient fee'),
  TooManySignatures: spec('sdk', 14, 'maximum number of signatures exceeded'),
  NoSignatures: spec('sdk', 15, 'no signatures supplied'),
  JSONUnmarshal: spec('sdk', 17, 'failed to unmarshal JSON bytes'),
  InvalidRequest: spec('sdk', 18, 'invalid request'),
  MempoolIsFull: spec('sdk', 20, 'mempool is full'),
  TxTooLarge: spec('sdk', 21, 'tx too large'),
  KeyNotFound: spec('sdk', 22, 'key not found'),
  InvalidSigner: spec('sdk', 24, 'tx intended signer does not match the given signer'),
  InvalidHeight: spec('sdk', 26, 'invalid height'),
  InvalidChainID: spec('sdk', 28, 'invalid chain-id'),
  InvalidType: spec('sdk', 29, 'invalid type'),
  TxTimeoutHeight: spec('sdk', 30, 'tx timeout height'),
  WrongSequence: spec('sdk', 32, 'incorrect account sequence'),
  UnpackAny: spec('sdk', 34, 'failed unpacking protobuf message from Any'),
  Logic: spec('sdk', 35, 'internal logic error'),
  Conflict: spec('sdk', 36, 'conflict'),
  NotSupported: spec('sdk', 37, 'feature not supported'),
  NotFound: spec('sdk', 38, 'not found'),
  InvalidGasLimit: spec('sdk', 41, 'invalid gas limit'),
  Panic: spec('undefined', 111222, 'panic'),
});

export function registerError(codespace: string, code: number, desc: string): ErrorSpec {
  return spec(codespace, code, desc);
}

export class ChainError extends Error {
  readonly codespace: string;
  readonly code: number;
  constructor(
    readonly spec: ErrorSpec,
    detail?: string,
  ) {
    super(detail === undefined || detail === '' ? spec.desc : spec.desc === '' ? detail : `${detail}: ${spec.desc}`);
    this.name = 'ChainError';
    this.codespace = spec.codespace;
    this.code = spec.code;
  }
  is(s: ErrorSpec): boolean {
    return this.codespace === s.codespace && this.code === s.code;
  }
}

export function isChainError(e: unknown, s?: ErrorSpec): e is ChainError {
  return e instanceof ChainError && (s === undefined || e.is(s));
}
