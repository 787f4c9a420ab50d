/**
 * ICS-20 errors with ibc-go's codespaces and codes. The code is what reaches the counterparty:
 * an error acknowledgement carries only "ABCI code: N", so each failure must map to the number
 * ibc-go would put there.
 */
import { ChainError, registerError, type ErrorSpec } from '../../chain/kernel/errors.js';

/** ibc-go `modules/apps/transfer/types/errors.go` (codespace `transfer`). */
export const TransferErrors = Object.freeze({
  InvalidPacketTimeout: registerError('transfer', 2, 'invalid packet timeout'),
  InvalidDenomForTransfer: registerError('transfer', 3, 'invalid denomination for cross-chain transfer'),
  InvalidVersion: registerError('transfer', 4, 'invalid ICS20 version'),
  InvalidAmount: registerError('transfer', 5, 'invalid token amount'),
  TraceNotFound: registerError('transfer', 6, 'denomination trace not found'),
  SendDisabled: registerError('transfer', 7, 'fungible token transfers from this chain are disabled'),
  ReceiveDisabled: registerError('transfer', 8, 'fungible token transfers to this chain are disabled'),
  MaxTransferChannels: registerError('transfer', 9, 'max transfer channels'),
  InvalidMemo: registerError('transfer', 11, 'invalid memo'),
});

/** ibc-go `modules/core/errors` (codespace `ibc`): the generic errors IBC apps wrap. */
export const IbcRootErrors = Object.freeze({
  Unauthorized: registerError('ibc', 2, 'unauthorized'),
  InsufficientFunds: registerError('ibc', 3, 'insufficient funds'),
  UnknownRequest: registerError('ibc', 4, 'unknown request'),
  InvalidAddress: registerError('ibc', 5, 'invalid address'),
  InvalidCoins: registerError('ibc', 6, 'invalid coins'),
  InvalidRequest: registerError('ibc', 8, 'invalid request'),
  InvalidType: registerError('ibc', 12, 'invalid type'),
});

/**
 * An error Go returns without a registered code (`fmt.Errorf`, bech32 decoding): ABCI reports it as
 * codespace `undefined`, code 1. The empty description keeps the message exactly the detail.
 */
export const Uncoded: ErrorSpec = registerError('undefined', 1, '');

/**
 * What ibc-go panics on (a coin with an invalid denom, escrow accounting going negative). A panic
 * is not turned into an error acknowledgement: it fails the relayer's transaction, so this is a
 * plain Error that the receive path rethrows instead of acknowledging.
 */
export class TransferInvariantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransferInvariantError';
  }
}

/** The detail a ChainError was built with (its message without the registered description). */
function detailOf(e: ChainError): string {
  const desc = e.spec.desc;
  if (e.message === desc) return '';
  if (desc !== '' && e.message.endsWith(`: ${desc}`)) return e.message.slice(0, -(desc.length + 2));
  return e.message;
}

/** errorsmod.Wrap: same code, message "msg: <original message>". */
export function wrap(e: ChainError, msg: string): ChainError {
  const d = detailOf(e);
  return new ChainError(e.spec, d === '' ? msg : `${msg}: ${d}`);
}

