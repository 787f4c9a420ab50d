/** ICS-20 packet data and acks: Go's JSON bytes, jsonpb reading, big.Int parsing. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import {
  ackText,
  checkAckBytes,
  decodePacketData,
  encodePacketData,
  errorAckText,
  goDecodeUtf8,
  goJsonString,
  marshalAck,
  parseGoInt,
  parseSdkInt,
  unmarshalAck,
  validatePacketData,
} from './packet.js';

const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('packet data bytes (FungibleTokenPacketData.GetBytes)', () => {
  test('reproduces a send_packet.packet_data of a live Osmosis MsgTransfer', () => {
    const d = {
      denom: 'transfer/channel-0/uatom',
      amount: '2898071',
      sender: 'osmo1wrk4vlk03unephl72ntttcd80lnf7a2yxs3n6w',
      receiver: 'cosmos1wrk4vlk03unephl72ntttcd80lnf7a2ywtzrvu',
      memo: '',
    };
    const out = encodePacketData(d);
    expect(text(out)).toBe(
      '{"amount":"2898071","denom":"transfer/channel-0/uatom","receiver":"cosmos1wrk4vlk03unephl72ntttcd80lnf7a2ywtzrvu","sender":"osmo1wrk4vlk03unephl72ntttcd80lnf7a2yxs3n6w"}',
    );
    // the packet_data_hex prefix of the same event
    expect(Buffer.from(out).toString('hex').startsWith('7b22616d6f756e74223a2232383938303731222c2264656e6f6d223a227472616e736665722f6368616e6e656c2d302f7561746f6d222c227265636569766572223a22636f')).toBe(true);
  });

  test('memo sorts between denom and receiver and keeps Go escaping', () => {
    const out = encodePacketData({ denom: 'uatom', amount: '1', sender: 's', receiver: 'r', memo: '{"wasm":{"a":"<b>&"}}' });
    expect(text(out)).toBe('{"amount":"1","denom":"uatom","memo":"{\\"wasm\\":{\\"a\\":\\"\\u003cb\\u003e\\u0026\\"}}","receiver":"r","sender":"s"}');
  });

  test('Go string escaping', () => {
    expect(goJsonString('a\nb\tc\r\b\f\u0001\u001f\u007f')).toBe('"a\\nb\\tc\\r\\b\\f\\u0001\\u001f\u007f"');
    expect(goJsonString('\u2028\u2029é😀')).toBe('"\\u2028\\u2029é😀"');
    expect(goJsonString('\ud800x')).toBe('"\\ufffdx"');
  });

  test('invalid UTF-8 becomes one U+FFFD per bad byte, as Go decodes it', () => {
    expect(goDecodeUtf8(Uint8Array.of(0x61, 0xe2, 0x82, 0x41))).toBe('a\ufffd\ufffdA');
    expect(goDecodeUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe('\ufffd\ufffd\ufffd');
    expect(goDecodeUtf8(bytes('é€😀'))).toBe('é€😀');
  });
});

describe('packet data reading (jsonpb)', () => {
  test('fields in any order, trailing bytes after the object ignored', () => {
    const d = decodePacketData(bytes(' {"receiver":"r","denom":"d","amount":"5","sender":"s","memo":null} trailing'));
    expect(d).toEqual({ ok: true, data: { denom: 'd', amount: '5', sender: 's', receiver: 'r', memo: '' } });
  });
  test('null reads as empty data; arrays, numbers and broken JSON do not read', () => {
    expect(decodePacketData(bytes('null')).ok).toBe(true);
    expect(decodePacketData(bytes('[]')).ok).toBe(false);
    expect(decodePacketData(bytes('5')).ok).toBe(false);
    expect(decodePacketData(bytes('{"amount":"1"')).ok).toBe(false);
    expect(decodePacketData(bytes('')).ok).toBe(false);
  });
  test('unknown fields and non-string values are errors; earlier fields stay assigned', () => {
    const unknown = decodePacketData(bytes('{"denom":"d","amount":"1","sender":"s","receiver":"r","new_field":"v"}'));
    expect(unknown.ok).toBe(false);
    const partial = decodePacketData(bytes('{"denom":"d","amount":100,"sender":"s"}'));
    expect(partial).toMatchObject({ ok: false, data: { denom: 'd', amount: '', sender: '' } });
  });
  test('validation: amount must parse and be positive, addresses non-blank', () => {
    const base = { denom: 'uatom', amount: '10', sender: 's', receiver: 'r', memo: '' };
    expect(validatePacketData(base)).toBe(10n);
    expect(() => validatePacketData({ ...base, amount: '0' })).toThrow('amount must be strictly positive: got 0: invalid token amount');
    expect(() => validatePacketData({ ...base, amount: '1.5' })).toThrow('unable to parse transfer amount (1.5) into math.Int: invalid token amount');
    expect(() => validatePacketData({ ...base, receiver: ' ' })).toThrow('receiver address cannot be blank: invalid address');
  });
});

describe('Go big.Int parsing (NewIntFromString)', () => {
  test('base prefixes, octal leading zero, separators', () => {
    expect(parseGoInt('123')).toBe(123n);
    expect(parseGoInt('+7')).toBe(7n);
    expect(parseGoInt('-7')).toBe(-7n);
    expect(parseGoInt('0x1F')).toBe(31n);
    expect(parseGoInt('0b101')).toBe(5n);
    expect(parseGoInt('0o17')).toBe(15n);
    expect(parseGoInt('010')).toBe(8n);
    expect(parseGoInt('0')).toBe(0n);
    expect(parseGoInt('00')).toBe(0n);
    expect(parseGoInt('1_000')).toBe(1000n);
    expect(parseGoInt('0x_1')).toBe(1n);
    for (const bad of ['', '+', '-', '08', '_1', '1_', '1__0', '1.0', '1e3', ' 1', '0x', '0_']) expect(parseGoInt(bad)).toBeUndefined();
  });
  test('256-bit bound', () => {
    const max = (1n << 256n) - 1n;
    expect(parseSdkInt(max.toString())).toBe(max);
    expect(parseSdkInt((max + 1n).toString())).toBeUndefined();
  });
});

describe('acknowledgements', () => {
  test('success and error acks in the ibc-go envelope', () => {
    expect(text(marshalAck({ result: Uint8Array.of(1) }))).toBe('{"result":"AQ=="}');
    expect(text(marshalAck({ error: errorAckText(5) }))).toBe('{"error":"ABCI code: 5: error handling packet: see events for details"}');
  });
  test('only canonical bytes are accepted', () => {
    const good = bytes('{"result":"AQ=="}');
    const ack = unmarshalAck(good);
    expect(() => checkAckBytes(ack, good)).not.toThrow();
    const spaced = bytes('{"result": "AQ=="}');
    expect(() => checkAckBytes(unmarshalAck(spaced), spaced)).toThrow(/did not marshal to expected bytes/);
    expect(() => unmarshalAck(bytes('not json'))).toThrow(/cannot unmarshal ICS-20 transfer packet acknowledgement/);
    expect(() => unmarshalAck(bytes('{"other":"x"}'))).toThrow(/cannot unmarshal/);
  });
  test('the acknowledgement event attribute is the gogoproto text form', () => {
    expect(ackText({ result: Uint8Array.of(1) })).toBe('result:"\\001" ');
    expect(ackText({ error: 'a "b"\n' })).toBe('error:"a \\"b\\"\\n" ');
    expect(ackText({ error: 'é' })).toBe('error:"\\303\\251" ');
  });
});
