/** Unit checks of the node's formats: RFC 3339 times, JSON-RPC params, genesis.json and config.json. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { fromRfc3339WithNanoseconds, toSeconds } from '@cosmjs/tendermint-rpc';
import { fromBech32, toBech32 } from '@cosmjs/encoding';
import { parseRfc3339Ns, rfc3339, rfc3339FromNs } from './rpc/encode.js';
import { Params } from './rpc/jsonrpc.js';
import { buildNodeGenesis, parseGenesis } from './genesis.js';
import { ConfigError, defaultConfig, parseConfig, parseGasPrice, parseListenAddress } from './config.js';
import { ValidatorSigner } from '../../chain/consensus/keys.js';

describe('RFC 3339 times as CometBFT writes them', () => {
  test('trailing zeros of the fraction are trimmed (Go RFC3339Nano); CosmJS reads them back exactly', () => {
    const cases: [bigint, number, string][] = [
      [1_700_000_000n, 0, '2023-11-14T22:13:20Z'],
      [1_700_000_000n, 120_000_000, '2023-11-14T22:13:20.12Z'],
      [1_700_000_000n, 1, '2023-11-14T22:13:20.000000001Z'],
      [1_700_000_000n, 999_999_999, '2023-11-14T22:13:20.999999999Z'],
      [-62135596800n, 0, '0001-01-01T00:00:00Z'],
    ];
    for (const [seconds, nanos, s] of cases) {
      expect(rfc3339({ seconds, nanos })).toBe(s);
      expect(parseRfc3339Ns(s)).toBe(seconds * 1_000_000_000n + BigInt(nanos));
      if (seconds > 0n) expect(toSeconds(fromRfc3339WithNanoseconds(s))).toEqual({ seconds: Number(seconds), nanos });
    }
    expect(rfc3339FromNs(1_700_000_000_500_000_000n)).toBe('2023-11-14T22:13:20.5Z');
    expect(parseRfc3339Ns('2023-11-14T23:13:20.5+01:00')).toBe(1_700_000_000_500_000_000n);
    expect(() => parseRfc3339Ns('2023-11-14 22:13:20')).toThrow(/not an RFC 3339 time/);
  });
});

describe('JSON-RPC params', () => {
  test('JSON: ints as numbers or strings, bytes as hex or base64; URI: quoted strings and 0x bytes', () => {
    const j = Params.fromJson({ height: '12', page: 2, data: '0aff', tx: 'AQID', prove: true }, []);
    expect(j.smallInt('height')).toBe(12);
    expect(j.smallInt('page')).toBe(2);
    expect(j.hexBytes('data')).toEqual(new Uint8Array([0x0a, 0xff]));
    expect(j.base64Bytes('tx')).toEqual(new Uint8Array([1, 2, 3]));
    expect(j.bool('prove')).toBe(true);
    expect(j.string('missing')).toBeUndefined();
    expect(() => j.requireString('missing')).toThrow(/missing is required/);
    expect(() => Params.fromJson({ height: 1.5 }, []).int('height')).toThrow(/must be an integer/);
    expect(() => Params.fromJson({ tx: 'AQI' }, []).base64Bytes('tx')).toThrow(/base64/);
    expect(() => Params.fromJson('x', []).int('a')).toThrow(/params must be/);
    expect(Params.fromJson(['5', '7'], ['minHeight', 'maxHeight']).smallInt('maxHeight')).toBe(7);
    expect(() => Params.fromJson([1, 2, 3], ['a'])).toThrow(/at most 1 positional/);
    const u = Params.fromUri(new URLSearchParams('path=%22/a/b%22&data=0x0aff&height=3&prove=false&tx=0x0102&hash=%22ab%22'));
    expect(u.string('path')).toBe('/a/b');
    expect(u.hexBytes('data')).toEqual(new Uint8Array([0x0a, 0xff]));
    expect(u.smallInt('height')).toBe(3);
    expect(u.bool('prove')).toBe(false);
    expect(u.base64Bytes('tx')).toEqual(new Uint8Array([1, 2]));
    expect(u.base64Bytes('hash')).toEqual(new TextEncoder().encode('ab'));
  });
});

describe('genesis.json and config.json', () => {
  const signer = ValidatorSigner.fromSeed('encoding-test');
  const doc = buildNodeGenesis({
    chainId: 'g-1',
    genesisTime: 1_700_000_000_123_000_000n,
    bondDenom: 'stake',
    accounts: [{ address: 'mesh1b', coins: [{ denom: 'stake', amount: 5n }] }, { address: 'mesh1a', coins: [{ denom: 'uatom', amount: 1n }, { denom: 'stake', amount: 2n }] }],
    validators: [{ operator: 'mesh1a', pubKey: signer.pubKey, selfBond: 3_000_000n, moniker: 'v' }],
    blockTimeMs: 1000,
  });

  test('built genesis: sorted balances incl. the self-bond, validator power, mint blocks per year; parses back', () => {
    expect(doc.genesis_time).toBe('2023-11-14T22:13:20.123Z');
    expect(doc.app_state['bank']).toEqual({
      balances: [
        { address: 'mesh1a', coins: [{ denom: 'stake', amount: '3000002' }, { denom: 'uatom', amount: '1' }] },
        { address: 'mesh1b', coins: [{ denom: 'stake', amount: '5' }] },
      ],
    });
    expect(doc.validators[0]).toMatchObject({ power: '3', pub_key: { type: 'tendermint/PubKeyEd25519' } });
    expect((doc.app_state['mint'] as { params: { blocks_per_year: string } }).params.blocks_per_year).toBe('31557600');
    const p = parseGenesis(JSON.parse(JSON.stringify(doc)));
    expect(p.genesis).toMatchObject({ chainId: 'g-1', genesisTime: 1_700_000_000_123_000_000n, initialHeight: 1 });
    expect(p.consensus).toEqual({ blockMaxBytes: 22_020_096n, blockMaxGas: 100_000_000n });
  });

  test('bad genesis files name the field', () => {
    const bad = (patch: Record<string, unknown>) => () => parseGenesis({ ...JSON.parse(JSON.stringify(doc)), ...patch });
    expect(bad({ chain_id: '' })).toThrow(/chain_id/);
    expect(bad({ genesis_time: 'yesterday' })).toThrow(/genesis_time/);
    expect(bad({ initial_height: '0' })).toThrow(/initial_height/);
    expect(bad({ consensus_params: { block: { max_bytes: '10', max_gas: '0' } } })).toThrow(/max_gas/);
    expect(bad({ app_state: [] })).toThrow(/app_state/);
    expect(() => parseGenesis(null)).toThrow(/JSON object/);
  });

  test('config: defaults fill missing keys; invalid values are ConfigErrors', () => {
    const c = parseConfig({ moniker: 'n', rpc: { laddr: '0.0.0.0:1234' } }, { consensus: { block_time_ms: 50 } });
    expect(c.rpc.laddr).toBe('0.0.0.0:1234');
    expect(c.rpc.max_body_bytes).toBe(defaultConfig().rpc.max_body_bytes);
    expect(c.consensus.block_time_ms).toBe(50);
    expect(() => parseConfig({ log_level: 'loud' })).toThrow(ConfigError);
    expect(() => parseConfig({ rpc: { laddr: 'nowhere' } })).toThrow(/rpc.laddr/);
    expect(() => parseConfig({ mempool: { max_txs: 0 } })).toThrow(/mempool.max_txs/);
    expect(() => parseConfig({ app: { min_gas_price: 'cheap' } })).toThrow(/min_gas_price/);
    expect(() => parseConfig({ rpc: { rate_limit: 5 } })).toThrow(/rate_limit/);
    expect(parseGasPrice('0.0025stake')).toEqual({ denom: 'stake', num: 25n, den: 10_000n });
    expect(parseGasPrice('3ibc/ABC')).toEqual({ denom: 'ibc/ABC', num: 3n, den: 1n });
    expect(parseListenAddress('tcp://[::1]:26657')).toEqual({ host: '::1', port: 26657 });
  });
});

describe('CosmJS address helpers with the installed dependencies', () => {
  test('fromBech32 with its default limit decodes an address (needs @scure/base < 2.3, pinned in package.json)', () => {
    const address = toBech32('mesh', new Uint8Array(20).fill(7));
    expect(fromBech32(address).prefix).toBe('mesh');
    expect(fromBech32(address).data).toEqual(new Uint8Array(20).fill(7));
  });
});
