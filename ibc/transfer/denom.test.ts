/** Denom traces, voucher hashes and escrow addresses against values ibc-go and live chains produce. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { AddressCodec, prefixesFor } from '../../chain/types/address.js';
import { ChainError } from '../../chain/kernel/errors.js';
import {
  escrowAddressBytes,
  fullDenomPath,
  ibcDenom,
  isValidChannelId,
  parseDenomTrace,
  receiverChainIsSource,
  traceHops,
  validateDenomTrace,
  validateIbcDenom,
  validatePrefixedDenom,
} from './denom.js';
import { TransferErrors } from './errors.js';

describe('denom traces', () => {
  test('the voucher of transfer/channel-0/uatom is ibc/27394FB0…', () => {
    const t = parseDenomTrace('transfer/channel-0/uatom');
    expect(t).toEqual({ path: 'transfer/channel-0', baseDenom: 'uatom' });
    expect(ibcDenom(t)).toBe('ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2');
  });

  test('parsing follows ibc-go ParseDenomTrace examples', () => {
    expect(parseDenomTrace('uatom')).toEqual({ path: '', baseDenom: 'uatom' });
    expect(parseDenomTrace('gamm/pool/1')).toEqual({ path: '', baseDenom: 'gamm/pool/1' });
    expect(parseDenomTrace('portidone/channel-0/portidtwo/channel-1/uatom')).toEqual({ path: 'portidone/channel-0/portidtwo/channel-1', baseDenom: 'uatom' });
    expect(parseDenomTrace('portidone/channel-0/gamm/pool/1')).toEqual({ path: 'portidone/channel-0', baseDenom: 'gamm/pool/1' });
    // Only channel-N identifiers count as hops; anything else starts the base denom.
    expect(parseDenomTrace('transfer/mychannel/uatom')).toEqual({ path: '', baseDenom: 'transfer/mychannel/uatom' });
    expect(fullDenomPath(parseDenomTrace('a/channel-1/b/c'))).toBe('a/channel-1/b/c');
    expect(ibcDenom(parseDenomTrace('uatom'))).toBe('uatom');
    expect(traceHops('transfer/channel-0/wasm.x/channel-9')).toEqual([
      { portId: 'transfer', channelId: 'channel-0' },
      { portId: 'wasm.x', channelId: 'channel-9' },
    ]);
  });

  test('channel identifiers: strconv rules (leading zeros fine, u64 bound)', () => {
    expect(isValidChannelId('channel-0')).toBe(true);
    expect(isValidChannelId('channel-007')).toBe(true);
    expect(isValidChannelId('channel-18446744073709551615')).toBe(true);
    expect(isValidChannelId('channel-18446744073709551616')).toBe(false);
    expect(isValidChannelId('channel-')).toBe(false);
    expect(isValidChannelId('channel-1a')).toBe(false);
  });

  test('a token returns home when its path starts with the packet source port/channel', () => {
    expect(receiverChainIsSource('transfer', 'channel-1', 'transfer/channel-1/uatom')).toBe(true);
    expect(receiverChainIsSource('transfer', 'channel-1', 'transfer/channel-10/uatom')).toBe(false);
    expect(receiverChainIsSource('transfer', 'channel-1', 'uatom')).toBe(false);
  });

  test('validation of received and sent denoms', () => {
    expect(() => validatePrefixedDenom('uatom')).not.toThrow();
    expect(() => validatePrefixedDenom('transfer/channel-0/uatom')).not.toThrow();
    expect(() => validatePrefixedDenom('gamm/pool/1')).not.toThrow();
    expect(() => validatePrefixedDenom('')).toThrow(/base denomination cannot be blank/);
    expect(() => validatePrefixedDenom('transfer/channel-0/')).toThrow(/base denomination cannot be blank/);
    // a hop whose port is not a valid identifier
    expect(() => validatePrefixedDenom('tr@nsfer/channel-0/uatom')).toThrow(/invalid port ID at position 0/);

    expect(() => validateIbcDenom('uatom')).not.toThrow();
    expect(() => validateIbcDenom('ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2')).not.toThrow();
    const e = catchErr(() => validateIbcDenom('ibc'));
    expect(e.is(TransferErrors.InvalidDenomForTransfer)).toBe(true);
    expect(() => validateIbcDenom('ibc/1234')).toThrow(/invalid denom trace hash 1234: expected size to be 32 bytes, got 2 bytes/);
    expect(() => validateIbcDenom('ibc/zz')).toThrow(/invalid byte/);

    expect(() => validateDenomTrace({ path: 'transfer/channel-0', baseDenom: 'uatom' })).not.toThrow();
    expect(() => validateDenomTrace({ path: 'transfer', baseDenom: 'uatom' })).toThrow(/must come in pairs/);
    expect(() => validateDenomTrace({ path: 'transfer/channel-0', baseDenom: ' ' })).toThrow(/base denomination cannot be blank/);
  });
});

describe('escrow addresses', () => {
  const cosmos = new AddressCodec(prefixesFor('cosmos'));
  test('match the Cosmos Hub escrow accounts (gaiad query ibc-transfer escrow-address)', () => {
    expect(cosmos.encode(escrowAddressBytes('transfer', 'channel-141'))).toBe('cosmos1x54ltnyg88k0ejmk8ytwrhd3ltm84xehrnlslf');
    expect(cosmos.encode(escrowAddressBytes('transfer', 'channel-207'))).toBe('cosmos1ju6tlfclulxumtt2kglvnxduj5d93a64r5czge');
  });
  test('port and channel are domain-separated', () => {
    expect(Buffer.from(escrowAddressBytes('transfer', 'channel')).equals(Buffer.from(escrowAddressBytes('transfercha', 'nnel')))).toBe(false);
  });
});

function catchErr(fn: () => void): ChainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ChainError) return e;
    throw e;
  }
  throw new Error('expected a ChainError');
}
