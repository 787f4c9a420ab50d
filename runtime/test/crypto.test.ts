import { describe, test } from 'node:test';
import { expect } from 'expect';
import { sha256 } from '@noble/hashes/sha2.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { p256 } from '@noble/curves/nist.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import {
  CryptoCode,
  secp256k1Verify,
  secp256k1RecoverPubkey,
  secp256r1Verify,
  secp256r1RecoverPubkey,
  ed25519Verify,
  ed25519BatchVerify,
  bls12381AggregateG1,
  bls12381AggregateG2,
  bls12381PairingEquality,
  bls12381HashToG1,
  bls12381HashToG2,
  _hashToG1ViaMap,
  _hashToG2ViaMap,
} from '../src/crypto.js';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/^0x/, ''), 'hex'));
const toHex = (b: Uint8Array | number): string | number =>
  typeof b === 'number' ? b : Buffer.from(b).toString('hex');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));
const be32 = (n: bigint): Uint8Array => hex(n.toString(16).padStart(64, '0'));
const bytesOf = (r: Uint8Array | number): Uint8Array => {
  if (typeof r === 'number') throw new Error(`expected bytes, got code ${r}`);
  return r;
};
const flip = (b: Uint8Array, i: number): Uint8Array => {
  const c = Uint8Array.from(b);
  c[i] = c[i]! ^ 0x01;
  return c;
};

// ------------------------------------------------------------------------------------------------
// ECDSA (shared suite for secp256k1 and secp256r1)

type Curve = typeof secp256k1;
interface EcdsaCase {
  name: string;
  curve: Curve;
  verify: typeof secp256k1Verify;
  recover: typeof secp256k1RecoverPubkey;
  maxRecoveryParam: number;
  sk: Uint8Array;
}

const ecdsaCases: EcdsaCase[] = [
  {
    name: 'secp256k1',
    curve: secp256k1,
    verify: secp256k1Verify,
    recover: secp256k1RecoverPubkey,
    maxRecoveryParam: 1,
    sk: hex('3c9229289a6125f7fdf1885a77bb12c37a8d3b4962d936f7e3084dece32a3ca1'),
  },
  {
    name: 'secp256r1',
    curve: p256 as Curve,
    verify: secp256r1Verify,
    recover: secp256r1RecoverPubkey,
    maxRecoveryParam: 3,
    sk: hex('519b423d715f8b581f4fa8ee59f4771a5b44c8130b4e3eacca54a56dda72b464'),
  },
];

for (const { name, curve, verify, recover, maxRecoveryParam, sk } of ecdsaCases) describe(name, () => {
  const n = curve.Point.Fn.ORDER;
  const hash = sha256(utf8('meshwork ecdsa test message'));
  const recovered = curve.sign(hash, sk, { prehash: false, format: 'recovered' });
  const recoveryBit = recovered[0]!;
  const sig = recovered.subarray(1); // 64-byte r || s, low-S
  const pkCompressed = curve.getPublicKey(sk, true);
  const pkUncompressed = curve.getPublicKey(sk, false);
  const otherPk = curve.getPublicKey(sha256(utf8('other key')), true);
  const r = BigInt('0x' + toHex(sig.subarray(0, 32)));
  const s = BigInt('0x' + toHex(sig.subarray(32)));
  const highS = cat(sig.subarray(0, 32), be32(n - s));

  test('valid signatures verify with compressed and uncompressed pubkeys', () => {
    expect(verify(hash, sig, pkCompressed)).toBe(CryptoCode.Ok);
    expect(verify(hash, sig, pkUncompressed)).toBe(CryptoCode.Ok);
  });

  test('high-S signatures are accepted by verify', () => {
    expect(s * 2n < n).toBe(true);
    expect(verify(hash, highS, pkCompressed)).toBe(CryptoCode.Ok);
  });

  test('invalid signatures return 1', () => {
    expect(verify(flip(hash, 0), sig, pkCompressed)).toBe(CryptoCode.Invalid);
    expect(verify(hash, flip(sig, 63), pkCompressed)).toBe(CryptoCode.Invalid);
    expect(verify(hash, sig, otherPk)).toBe(CryptoCode.Invalid);
    // swapping r and s still parses (both < n) but does not verify
    expect(verify(hash, cat(sig.subarray(32), sig.subarray(0, 32)), pkCompressed)).toBe(CryptoCode.Invalid);
  });

  test('hash must be exactly 32 bytes (3)', () => {
    for (const len of [0, 31, 33, 64]) {
      expect(verify(new Uint8Array(len), sig, pkCompressed)).toBe(CryptoCode.InvalidHashFormat);
    }
    // the hash is checked before the signature and the pubkey
    expect(verify(new Uint8Array(31), new Uint8Array(1), new Uint8Array(1))).toBe(CryptoCode.InvalidHashFormat);
  });

  test('signature must be exactly 64 bytes (4)', () => {
    for (const len of [0, 63, 65]) {
      expect(verify(hash, new Uint8Array(len), pkCompressed)).toBe(CryptoCode.InvalidSignatureFormat);
    }
    // DER-encoded signatures are not accepted
    const der = curve.Signature.fromBytes(sig, 'compact').toBytes('der');
    expect(verify(hash, der, pkCompressed)).toBe(CryptoCode.InvalidSignatureFormat);
    expect(verify(hash, new Uint8Array(63), new Uint8Array(1))).toBe(CryptoCode.InvalidSignatureFormat);
  });

  test('pubkey must be SEC1 33/65 bytes with a 02/03/04 prefix (5)', () => {
    const bad = [
      new Uint8Array(0),
      new Uint8Array(33), // 0x00 prefix
      Uint8Array.of(0x00),
      cat(Uint8Array.of(0x04), pkCompressed.subarray(1)), // 04 with 33 bytes
      cat(Uint8Array.of(0x02), pkUncompressed.subarray(1)), // 02 with 65 bytes
      cat(Uint8Array.of(0x06), pkUncompressed.subarray(1)), // hybrid encoding
      pkUncompressed.subarray(1), // raw x||y
      cat(pkUncompressed, Uint8Array.of(0)),
    ];
    for (const pk of bad) expect(verify(hash, sig, pk)).toBe(CryptoCode.InvalidPubkeyFormat);
  });

  test('r or s out of range and off-curve pubkeys are generic errors (10)', () => {
    const zero = new Uint8Array(32);
    expect(verify(hash, cat(zero, sig.subarray(32)), pkCompressed)).toBe(CryptoCode.GenericErr);
    expect(verify(hash, cat(sig.subarray(0, 32), zero), pkCompressed)).toBe(CryptoCode.GenericErr);
    expect(verify(hash, cat(be32(n), sig.subarray(32)), pkCompressed)).toBe(CryptoCode.GenericErr);
    expect(verify(hash, cat(sig.subarray(0, 32), be32(n + 1n)), pkCompressed)).toBe(CryptoCode.GenericErr);
    // uncompressed point with a wrong y
    expect(verify(hash, sig, flip(pkUncompressed, 64))).toBe(CryptoCode.GenericErr);
    // compressed x >= p
    expect(verify(hash, sig, cat(Uint8Array.of(0x02), new Uint8Array(32).fill(0xff)))).toBe(CryptoCode.GenericErr);
  });

  test('recover returns the uncompressed pubkey', () => {
    expect(toHex(recover(hash, sig, recoveryBit))).toBe(toHex(pkUncompressed));
    const other = recover(hash, sig, recoveryBit ^ 1);
    expect(typeof other).not.toBe('number');
    expect(toHex(other)).not.toBe(toHex(pkUncompressed));
    expect(bytesOf(other).length).toBe(65);
  });

  test('recover accepts high-S signatures (flipped parity gives the same key)', () => {
    expect(toHex(recover(hash, highS, recoveryBit ^ 1))).toBe(toHex(pkUncompressed));
  });

  test('recover error codes', () => {
    expect(recover(new Uint8Array(31), sig, 0)).toBe(CryptoCode.InvalidHashFormat);
    expect(recover(hash, new Uint8Array(65), 0)).toBe(CryptoCode.InvalidSignatureFormat);
    for (const rp of [maxRecoveryParam + 1, 4, 255, 256, 2 ** 32 - 1, -1, 0.5]) {
      expect(recover(hash, sig, rp)).toBe(CryptoCode.InvalidRecoveryParam);
    }
    // the VM rejects recovery params that do not fit a u8 before looking at anything else...
    expect(recover(new Uint8Array(0), new Uint8Array(0), 256)).toBe(CryptoCode.InvalidRecoveryParam);
    // ...while unsupported u8 values are checked after the hash and signature lengths
    expect(recover(new Uint8Array(0), sig, 4)).toBe(CryptoCode.InvalidHashFormat);
    expect(recover(hash, new Uint8Array(0), 4)).toBe(CryptoCode.InvalidSignatureFormat);
    // r = 0 / s >= n
    expect(recover(hash, cat(new Uint8Array(32), sig.subarray(32)), 0)).toBe(CryptoCode.GenericErr);
    expect(recover(hash, cat(sig.subarray(0, 32), be32(n)), 0)).toBe(CryptoCode.GenericErr);
  });

  test('recover fails with 10 when r is not an x coordinate', () => {
    let x = 1n;
    for (;;) {
      try {
        curve.Point.fromBytes(cat(Uint8Array.of(0x02), be32(x)));
        x++;
      } catch {
        break;
      }
    }
    expect(recover(hash, cat(be32(x), be32(1n)), 0)).toBe(CryptoCode.GenericErr);
  });

  test('recover fails with 10 when the recovered point is the identity', () => {
    // R = G, r = G.x; Q = r^-1 (s·G - h·G) is the identity when h == s.
    const G = curve.Point.BASE.toAffine();
    const parity = Number(G.y & 1n);
    expect(recover(be32(5n), cat(be32(G.x % n), be32(5n)), parity)).toBe(CryptoCode.GenericErr);
    expect(toHex(recover(be32(6n), cat(be32(G.x % n), be32(5n)), parity)).toString().length).toBe(130);
  });

  if (maxRecoveryParam === 3) {
    test('recovery params 2 and 3 are supported but fail when r + n >= p (10)', () => {
      // for a random signature r > p - n, so the "x overflowed" variants cannot exist
      expect(recover(hash, sig, 2)).toBe(CryptoCode.GenericErr);
      expect(recover(hash, sig, 3)).toBe(CryptoCode.GenericErr);
    });
  } else {
    test('recovery params 2 and 3 are rejected (6)', () => {
      expect(recover(hash, sig, 2)).toBe(CryptoCode.InvalidRecoveryParam);
      expect(recover(hash, sig, 3)).toBe(CryptoCode.InvalidRecoveryParam);
    });
  }

  test('verification uses the digest as is (no re-hashing)', () => {
    const digestSig = curve.sign(hash, sk, { prehash: false });
    const rehashedSig = curve.sign(hash, sk); // signs sha256(hash)
    expect(verify(hash, digestSig, pkCompressed)).toBe(CryptoCode.Ok);
    expect(verify(hash, rehashedSig, pkCompressed)).toBe(CryptoCode.Invalid);
    void r;
  });
});

describe('ECDSA upstream vectors (cosmwasm-crypto testdata)', () => {
  test('secp256k1_tests.json #1', () => {
    const hash = hex('5ae8317d34d1e595e3fa7247db80c0af4320cce1116de187f8f7e2e099c0d8d0');
    const sig = hex(
      '207082eb2c3dfa0b454e0906051270ba4074ac93760ba9e7110cd9471475111151eb0dbbc9920e72146fb564f99d039802bf6ef2561446eb126ef364d21ee9c4',
    );
    const pk = hex(
      '04051c1ee2190ecfb174bfe4f90763f2b4ff7517b70a2aec1876ebcfd644c4633fb03f3cfbd94b1f376e34592d9d41ccaf640bb751b00a1fadeb0c01157769eb73',
    );
    expect(secp256k1Verify(hash, sig, pk)).toBe(CryptoCode.Ok);
  });

  test('secp256k1 recovery vectors (ethereumjs, botan high-S, cosmjs)', () => {
    expect(
      toHex(
        secp256k1RecoverPubkey(
          hex('82ff40c0a986c6a5cfad4ddf4c3aa6996f1a7837f9c398e17e5de5cbd5a12b28'),
          hex(
            '99e71a99cb2270b8cac5254f9e99b6210c6c10224a1579cf389ef88b20a1abe9129ff05af364204442bdb53ab6f18a99ab48acc9326fa689f228040429e3ca66',
          ),
          0,
        ),
      ),
    ).toBe(toHex(secp256k1.getPublicKey(hex('3c9229289a6125f7fdf1885a77bb12c37a8d3b4962d936f7e3084dece32a3ca1'), false)));
    expect(
      toHex(
        secp256k1RecoverPubkey(
          hex('FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF'),
          hex(
            'E30F2E6A0F705F4FB5F8501BA79C7C0D3FAC847F1AD70B873E9797B17B89B39081F1A4457589F30D76AB9F89E748A68C8A94C30FE0BAC8FB5C0B54EA70BF6D2F',
          ),
          0,
        ),
      ),
    ).toBe(
      '04f3f8bb913aa68589a2c8c607a877ab05252adbd963e1be846ddeb8456942aedca2ed51f08ca3ef3dac0a7504613d54cd539fc1b3cbc92453cd704b6a2d012b2c',
    );
    expect(
      toHex(
        secp256k1RecoverPubkey(
          hex('5ae8317d34d1e595e3fa7247db80c0af4320cce1116de187f8f7e2e099c0d8d0'),
          hex(
            '45c0b7f8c09a9e1f1cea0c25785594427b6bf8f9f878a8af0b1abbb48e16d0920d8becd0c220f67c51217eecfd7184ef0732481c843857e6bc7fc095c4f6b788',
          ),
          1,
        ),
      ),
    ).toBe(
      '044a071e8a6e10aada2b8cf39fa3b5fb3400b04e99ea8ae64ceea1a977dbeaf5d5f8c8fbd10b71ab14cd561f7df8eb6da50f8a8d81ba564342244d26d1d4211595',
    );
  });

  test('secp256r1_tests.json #1 (NIST SigGen)', () => {
    const msg = hex(
      '5905238877c77421f73e43ee3da6f2d9e2ccad5fc942dcec0cbd25482935faaf416983fe165b1a045ee2bcd2e6dca3bdf46c4310a7461f9a37960ca672d3feb5473e253605fb1ddfd28065b53cb5858a8ad28175bf9bd386a5e471ea7a65c17cc934a9d791e91491eb3754d03799790fe2d308d16146d5c9b0d0debd97d79ce8',
    );
    const pk = hex(
      '041ccbe91c075fc7f4f033bfa248db8fccd3565de94bbfb12f3c59ff46c271bf83ce4014c68811f9a21a1fdb2c0e6113e06db7ca93b7404e78dc7ccd5ca89a4ca9',
    );
    const sig = hex(
      'f3ac8061b514795b8843e3d6629527ed2afd6b1f6a555a7acabb5e6f79c8c2ac8bf77819ca05a6b2786c76262bf7371cef97b218e96f175a3ccdda2acc058903',
    );
    const hash = sha256(msg);
    expect(secp256r1Verify(hash, sig, pk)).toBe(CryptoCode.Ok);
    const recovered = [0, 1].map((rp) => toHex(secp256r1RecoverPubkey(hash, sig, rp)));
    expect(recovered).toContain(toHex(pk));
  });
});

// ------------------------------------------------------------------------------------------------
// ed25519

describe('ed25519', () => {
  const sk1 = sha256(utf8('ed25519 key 1'));
  const sk2 = sha256(utf8('ed25519 key 2'));
  const pk1 = ed25519.getPublicKey(sk1);
  const pk2 = ed25519.getPublicKey(sk2);
  const msgA = utf8('message A');
  const msgB = utf8('message B');
  const sigA1 = ed25519.sign(msgA, sk1);
  const sigB1 = ed25519.sign(msgB, sk1);
  const sigA2 = ed25519.sign(msgA, sk2);
  const sigB2 = ed25519.sign(msgB, sk2);
  const L = 2n ** 252n + 27742317777372353535851937790883648493n;

  test('RFC 8032 test vectors 1 and 2 (upstream ed25519_tests.json)', () => {
    expect(
      ed25519Verify(
        new Uint8Array(0),
        hex(
          'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
        ),
        hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
      ),
    ).toBe(CryptoCode.Ok);
    expect(
      ed25519Verify(
        hex('72'),
        hex(
          '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
        ),
        hex('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c'),
      ),
    ).toBe(CryptoCode.Ok);
  });

  test('valid and invalid signatures', () => {
    expect(ed25519Verify(msgA, sigA1, pk1)).toBe(CryptoCode.Ok);
    expect(ed25519Verify(msgB, sigA1, pk1)).toBe(CryptoCode.Invalid);
    expect(ed25519Verify(msgA, sigA1, pk2)).toBe(CryptoCode.Invalid);
    expect(ed25519Verify(msgA, flip(sigA1, 0), pk1)).toBe(CryptoCode.Invalid);
  });

  test('length errors: signature (4) before pubkey (5)', () => {
    expect(ed25519Verify(msgA, sigA1.subarray(0, 63), pk1)).toBe(CryptoCode.InvalidSignatureFormat);
    expect(ed25519Verify(msgA, cat(sigA1, Uint8Array.of(0)), pk1)).toBe(CryptoCode.InvalidSignatureFormat);
    expect(ed25519Verify(msgA, sigA1, pk1.subarray(0, 31))).toBe(CryptoCode.InvalidPubkeyFormat);
    expect(ed25519Verify(msgA, sigA1, new Uint8Array(0))).toBe(CryptoCode.InvalidPubkeyFormat);
    expect(ed25519Verify(msgA, new Uint8Array(0), new Uint8Array(0))).toBe(CryptoCode.InvalidSignatureFormat);
  });

  test('non-canonical S (S + L) is invalid', () => {
    const sLe = sigA1.subarray(32);
    let sNum = 0n;
    for (let i = 31; i >= 0; i--) sNum = (sNum << 8n) | BigInt(sLe[i]!);
    const bumped = sNum + L;
    const out = new Uint8Array(32);
    for (let i = 0, v = bumped; i < 32; i++, v >>= 8n) out[i] = Number(v & 0xffn);
    expect(ed25519Verify(msgA, cat(sigA1.subarray(0, 32), out), pk1)).toBe(CryptoCode.Invalid);
  });

  test('undecodable pubkey is invalid (1), not an error', () => {
    let y = 2;
    const enc = (v: number) => {
      const b = new Uint8Array(32);
      b[0] = v & 0xff;
      b[1] = v >> 8;
      return b;
    };
    for (;;) {
      try {
        ed25519.Point.fromBytes(enc(y), true);
        y++;
      } catch {
        break;
      }
    }
    expect(ed25519Verify(msgA, sigA1, enc(y))).toBe(CryptoCode.Invalid);
  });

  test('ZIP-215 semantics (ed25519-zebra): non-canonical and small-order encodings accepted', () => {
    // A = identity encoded non-canonically as y = p + 1; R = identity; S = 0.
    // [8]S·B = [8]R + [8]k·A holds for every message.
    const nonCanonicalIdentity = hex('eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f');
    const identity = cat(Uint8Array.of(1), new Uint8Array(31));
    const sig = cat(identity, new Uint8Array(32));
    expect(ed25519Verify(msgA, sig, nonCanonicalIdentity)).toBe(CryptoCode.Ok);
    expect(ed25519Verify(msgA, sig, identity)).toBe(CryptoCode.Ok);
    // RFC 8032-strict verification would reject both
    expect(ed25519.verify(sig, msgA, nonCanonicalIdentity, { zip215: false })).toBe(false);
    // x = 0 with the sign bit set is accepted as well
    const signedIdentity = Uint8Array.from(identity);
    signedIdentity[31] = 0x80;
    expect(ed25519Verify(msgA, cat(signedIdentity, new Uint8Array(32)), identity)).toBe(CryptoCode.Ok);
  });

  describe('batch', () => {
    test('n messages, n signatures, n pubkeys', () => {
      expect(ed25519BatchVerify([msgA, msgB, msgA], [sigA1, sigB2, sigA2], [pk1, pk2, pk2])).toBe(CryptoCode.Ok);
      expect(ed25519BatchVerify([msgA], [sigA1], [pk1])).toBe(CryptoCode.Ok);
    });

    test('one message, many signatures/pubkeys (multisig)', () => {
      expect(ed25519BatchVerify([msgA], [sigA1, sigA2], [pk1, pk2])).toBe(CryptoCode.Ok);
      expect(ed25519BatchVerify([msgA], [sigA1, sigB2], [pk1, pk2])).toBe(CryptoCode.Invalid);
    });

    test('one pubkey, many messages/signatures', () => {
      expect(ed25519BatchVerify([msgA, msgB], [sigA1, sigB1], [pk1])).toBe(CryptoCode.Ok);
      expect(ed25519BatchVerify([msgA, msgB], [sigA1, sigB2], [pk1])).toBe(CryptoCode.Invalid);
    });

    test('empty shapes are valid', () => {
      expect(ed25519BatchVerify([], [], [])).toBe(CryptoCode.Ok);
      expect(ed25519BatchVerify([msgA], [], [])).toBe(CryptoCode.Ok);
      expect(ed25519BatchVerify([], [], [pk1])).toBe(CryptoCode.Ok);
    });

    test('mismatched counts are batch errors (7)', () => {
      expect(ed25519BatchVerify([msgA, msgB], [sigA1, sigB1, sigA2], [pk1, pk1, pk2])).toBe(CryptoCode.BatchErr);
      expect(ed25519BatchVerify([msgA], [sigA1, sigA2], [pk1, pk2, pk2])).toBe(CryptoCode.BatchErr);
      expect(ed25519BatchVerify([msgA, msgB], [sigA1], [pk1])).toBe(CryptoCode.BatchErr);
      expect(ed25519BatchVerify([msgA, msgB], [sigA1, sigB1], [pk1, pk1, pk1])).toBe(CryptoCode.BatchErr);
      expect(ed25519BatchVerify([], [sigA1], [])).toBe(CryptoCode.BatchErr);
      expect(ed25519BatchVerify([], [], [pk1, pk2])).toBe(CryptoCode.BatchErr);
    });

    test('any invalid signature makes the batch invalid (1)', () => {
      expect(ed25519BatchVerify([msgA, msgB], [sigA1, sigA1], [pk1, pk1])).toBe(CryptoCode.Invalid);
    });

    test('format errors are found before verification, signature before pubkey', () => {
      // the first item is invalid, the second is malformed: the format error wins
      expect(ed25519BatchVerify([msgA, msgB], [sigB1, sigB1.subarray(1)], [pk1, pk1])).toBe(
        CryptoCode.InvalidSignatureFormat,
      );
      expect(ed25519BatchVerify([msgA, msgB], [sigB1, sigB1], [pk1, pk1.subarray(1)])).toBe(
        CryptoCode.InvalidPubkeyFormat,
      );
      expect(ed25519BatchVerify([msgA], [sigA1.subarray(1)], [pk1.subarray(1)])).toBe(CryptoCode.InvalidSignatureFormat);
      expect(ed25519BatchVerify([msgA, msgB], [sigA1, sigB1], [pk1.subarray(1)])).toBe(CryptoCode.InvalidPubkeyFormat);
    });
  });
});

// ------------------------------------------------------------------------------------------------
// BLS12-381

describe('bls12-381', () => {
  const G1 = bls12_381.G1.Point;
  const G2 = bls12_381.G2.Point;
  const G1_GEN = G1.BASE.toBytes(true);
  const G2_GEN = G2.BASE.toBytes(true);
  const G1_ZERO = G1.ZERO.toBytes(true);
  const G2_ZERO = G2.ZERO.toBytes(true);
  const POP_DST = utf8('BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_');
  const sks = [11n, 222n, 3333n, 44444n];

  test('identity encodings', () => {
    expect(toHex(G1_ZERO)).toBe('c0' + '00'.repeat(47));
    expect(toHex(G2_ZERO)).toBe('c0' + '00'.repeat(95));
  });

  describe('aggregate', () => {
    test('aggregate of pubkeys and signatures verifies (fast aggregate verify)', () => {
      const msg = utf8('aggregate me');
      const hm = G2.fromBytes(bytesOf(bls12381HashToG2(0, msg, POP_DST)));
      const pks = sks.map((sk) => G1.BASE.multiply(sk).toBytes(true));
      const sigs = sks.map((sk) => hm.multiply(sk).toBytes(true));
      const aggPk = bytesOf(bls12381AggregateG1(cat(...pks)));
      const aggSig = bytesOf(bls12381AggregateG2(cat(...sigs)));
      const total = sks.reduce((a, b) => a + b, 0n);
      expect(toHex(aggPk)).toBe(toHex(G1.BASE.multiply(total).toBytes(true)));
      // e(aggPk, H(m)) == e(G1, aggSig)
      expect(bls12381PairingEquality(aggPk, hm.toBytes(true), G1_GEN, aggSig)).toBe(CryptoCode.Ok);
      // dropping one signature breaks it
      const partial = bytesOf(bls12381AggregateG2(cat(...sigs.slice(1))));
      expect(bls12381PairingEquality(aggPk, hm.toBytes(true), G1_GEN, partial)).toBe(CryptoCode.Invalid);
    });

    test('upstream eth2 aggregate vector (3 signatures)', () => {
      const input = [
        '882730e5d03f6b42c3abc26d3372625034e1d871b65a8a6b900a56dae22da98abbe1b68f85e49fe7652a55ec3d0591c20767677e33e5cbb1207315c41a9ac03be39c2e7668edc043d6cb1d9fd93033caa8a1c5b0e84bedaeb6c64972503a43eb',
        'af1390c3c47acdb37131a51216da683c509fce0e954328a59f93aebda7e4ff974ba208d9a4a2a2389f892a9d418d618418dd7f7a6bc7aa0da999a9d3a5b815bc085e14fd001f6a1948768a3f4afefc8b8240dda329f984cb345c6363272ba4fe',
        'a4efa926610b8bd1c8330c918b7a5e9bf374e53435ef8b7ec186abf62e1b1f65aeaaeb365677ac1d1172a1f5b44b4e6d022c252c58486c0a759fbdc7de15a756acc4d343064035667a594b4c2a6f0b0b421975977f297dba63ee2f63ffe47bb6',
      ];
      expect(toHex(bls12381AggregateG2(hex(input.join(''))))).toBe(
        'ad38fc73846583b08d110d16ab1d026c6ea77ac2071e8ae832f56ac0cbcdeb9f5678ba5ce42bd8dce334cc47b5abcba40a58f7f1f80ab304193eb98836cc14d8183ec14cc77de0f80c4ffd49e168927a968b5cdaa4cf46b9805be84ad7efa77b',
      );
    });

    test('single points round-trip; identity and P + (-P) give the identity encoding', () => {
      const p = G1.BASE.multiply(7n);
      const q = G2.BASE.multiply(7n);
      expect(toHex(bls12381AggregateG1(p.toBytes(true)))).toBe(toHex(p.toBytes(true)));
      expect(toHex(bls12381AggregateG2(q.toBytes(true)))).toBe(toHex(q.toBytes(true)));
      expect(toHex(bls12381AggregateG1(G1_ZERO))).toBe(toHex(G1_ZERO));
      expect(toHex(bls12381AggregateG2(G2_ZERO))).toBe(toHex(G2_ZERO));
      expect(toHex(bls12381AggregateG1(cat(p.toBytes(true), p.negate().toBytes(true))))).toBe(toHex(G1_ZERO));
      expect(toHex(bls12381AggregateG2(cat(q.toBytes(true), q.negate().toBytes(true))))).toBe(toHex(G2_ZERO));
    });

    test('empty input (14) and length not a multiple (15)', () => {
      expect(bls12381AggregateG1(new Uint8Array(0))).toBe(CryptoCode.AggregationEmpty);
      expect(bls12381AggregateG2(new Uint8Array(0))).toBe(CryptoCode.AggregationEmpty);
      expect(bls12381AggregateG1(new Uint8Array(47))).toBe(CryptoCode.AggregationNotMultiple);
      expect(bls12381AggregateG1(cat(G1_GEN, Uint8Array.of(0)))).toBe(CryptoCode.AggregationNotMultiple);
      expect(bls12381AggregateG2(G1_GEN)).toBe(CryptoCode.AggregationNotMultiple);
      expect(bls12381AggregateG2(new Uint8Array(97))).toBe(CryptoCode.AggregationNotMultiple);
    });

    test('invalid points (8) — upstream deserialization vectors', () => {
      const badG1 = [
        '8123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', // not in G1
        '8123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde0', // not on curve
        'c123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', // infinity flag, x != 0
        'e0' + '00'.repeat(47), // infinity with sort flag
        '40' + '00'.repeat(47), // infinity without compression flag
        '00' + '00'.repeat(47), // no compression flag
        '9a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab', // x = p
      ];
      for (const b of badG1) expect([b, bls12381AggregateG1(hex(b))]).toEqual([b, CryptoCode.InvalidPoint]);
      const badG2 = [
        '8123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', // not in G2
        '8000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab', // x_re = p
        'e0' + '00'.repeat(95),
      ];
      for (const b of badG2) expect([b, bls12381AggregateG2(hex(b))]).toEqual([b, CryptoCode.InvalidPoint]);
      // one bad point among good ones
      expect(bls12381AggregateG1(cat(G1_GEN, hex(badG1[0]!)))).toBe(CryptoCode.InvalidPoint);
      // valid upstream vector
      const good = 'a491d1b0ecd9bb917989f0e74f0dea0422eac4a873e5e2644f368dffb9a6e20fd6e10c1b77654d067c0618f6e5a7f79a';
      expect(toHex(bls12381AggregateG1(hex(good)))).toBe(good);
    });
  });

  describe('pairing equality', () => {
    test('e(a·G1, b·G2) == e(ab·G1, G2), multi-pair products', () => {
      const a = 123456789n;
      const b = 987654321n;
      const aP = G1.BASE.multiply(a).toBytes(true);
      const bQ = G2.BASE.multiply(b).toBytes(true);
      const abP = G1.BASE.multiply(a * b).toBytes(true);
      expect(bls12381PairingEquality(aP, bQ, abP, G2_GEN)).toBe(CryptoCode.Ok);
      expect(bls12381PairingEquality(aP, bQ, G1_GEN, G2.BASE.multiply(a * b).toBytes(true))).toBe(CryptoCode.Ok);
      expect(bls12381PairingEquality(aP, bQ, abP, bQ)).toBe(CryptoCode.Invalid);
      // e(aP, Q) · e(bP, Q) == e((a+b)P, Q)
      const bP = G1.BASE.multiply(b).toBytes(true);
      const sumP = G1.BASE.multiply(a + b).toBytes(true);
      expect(bls12381PairingEquality(cat(aP, bP), cat(G2_GEN, G2_GEN), sumP, G2_GEN)).toBe(CryptoCode.Ok);
      expect(bls12381PairingEquality(cat(aP, bP), cat(G2_GEN, G2_GEN), aP, G2_GEN)).toBe(CryptoCode.Invalid);
    });

    test('empty lists and identity points', () => {
      const e = new Uint8Array(0);
      expect(bls12381PairingEquality(e, e, G1_ZERO, G2_GEN)).toBe(CryptoCode.Ok);
      expect(bls12381PairingEquality(e, e, G1_GEN, G2_ZERO)).toBe(CryptoCode.Ok);
      expect(bls12381PairingEquality(e, e, G1_GEN, G2_GEN)).toBe(CryptoCode.Invalid);
      expect(bls12381PairingEquality(G1_ZERO, G2_GEN, G1_ZERO, G2_GEN)).toBe(CryptoCode.Ok);
      expect(bls12381PairingEquality(G1_GEN, G2_ZERO, G1_GEN, G2_GEN)).toBe(CryptoCode.Invalid);
    });

    test('upstream eth2 verify vectors as pairing equalities', () => {
      const pk = hex('b53d21a4cfd562c469cc81514d4ce5a6b577d8403d32a394dc265dd190b47fa9f829fdd7963afdf972e5e77854051f6f');
      const msg = hex('abababababababababababababababababababababababababababababababab');
      const good = hex(
        'ae82747ddeefe4fd64cf9cedb9b04ae3e8a43420cd255e3c7cd06a8d88b7c7f8638543719981c5d16fa3527c468c25f0026704a6951bde891360c7e8d12ddee0559004ccdbe6046b55bae1b257ee97f7cdb955773d7cf29adf3ccbb9975e4eb9',
      );
      const wrong = hex(
        '9674e2228034527f4c083206032b020310face156d4a4685e2fcaec2f6f3665aa635d90347b6ce124eb879266b1e801d185de36a0a289b85e9039662634f2eea1e02e670bc7ab849d006a70b2f93b84597558a05b879c8d445f387a5d5b653df',
      );
      const hm = bytesOf(bls12381HashToG2(0, msg, POP_DST));
      expect(bls12381PairingEquality(pk, hm, G1_GEN, good)).toBe(CryptoCode.Ok);
      expect(bls12381PairingEquality(pk, hm, G1_GEN, wrong)).toBe(CryptoCode.Invalid);
    });

    test('error codes 11/12/13/8', () => {
      expect(bls12381PairingEquality(new Uint8Array(47), G2_GEN, G1_GEN, G2_GEN)).toBe(CryptoCode.PairingNotMultipleG1);
      // G1 check comes first
      expect(bls12381PairingEquality(new Uint8Array(47), new Uint8Array(95), G1_GEN, G2_GEN)).toBe(
        CryptoCode.PairingNotMultipleG1,
      );
      expect(bls12381PairingEquality(G1_GEN, new Uint8Array(95), G1_GEN, G2_GEN)).toBe(CryptoCode.PairingNotMultipleG2);
      expect(bls12381PairingEquality(G1_GEN, cat(G2_GEN, G2_GEN), G1_GEN, G2_GEN)).toBe(
        CryptoCode.PairingUnequalPointAmount,
      );
      expect(bls12381PairingEquality(new Uint8Array(0), G2_GEN, G1_GEN, G2_GEN)).toBe(
        CryptoCode.PairingUnequalPointAmount,
      );
      // r / s of the wrong length or undecodable, bad points in the lists
      expect(bls12381PairingEquality(G1_GEN, G2_GEN, G1_GEN.subarray(1), G2_GEN)).toBe(CryptoCode.InvalidPoint);
      expect(bls12381PairingEquality(G1_GEN, G2_GEN, G1_GEN, G1_GEN)).toBe(CryptoCode.InvalidPoint);
      expect(bls12381PairingEquality(G1_GEN, G2_GEN, new Uint8Array(48), G2_GEN)).toBe(CryptoCode.InvalidPoint);
      expect(bls12381PairingEquality(flip(G1_GEN, 47), G2_GEN, G1_GEN, G2_GEN)).toBe(CryptoCode.InvalidPoint);
      expect(bls12381PairingEquality(G1_GEN, flip(G2_GEN, 95), G1_GEN, G2_GEN)).toBe(CryptoCode.InvalidPoint);
    });
  });

  describe('hash to curve', () => {
    const QUUX_G1 = utf8('QUUX-V01-CS02-with-BLS12381G1_XMD:SHA-256_SSWU_RO_');
    const QUUX_G2 = utf8('QUUX-V01-CS02-with-BLS12381G2_XMD:SHA-256_SSWU_RO_');

    test('RFC 9380 BLS12381G1_XMD:SHA-256_SSWU_RO_ vectors', () => {
      const vectors: [string, string, string][] = [
        [
          '',
          '052926add2207b76ca4fa57a8734416c8dc95e24501772c814278700eed6d1e4e8cf62d9c09db0fac349612b759e79a1',
          '08ba738453bfed09cb546dbb0783dbb3a5f1f566ed67bb6be0e8c67e2e81a4cc68ee29813bb7994998f3eae0c9c6a265',
        ],
        [
          'abc',
          '03567bc5ef9c690c2ab2ecdf6a96ef1c139cc0b2f284dca0a9a7943388a49a3aee664ba5379a7655d3c68900be2f6903',
          '0b9c15f3fe6e5cf4211f346271d7b01c8f3b28be689c8429c85b67af215533311f0b8dfaaa154fa6b88176c229f2885d',
        ],
      ];
      for (const [msg, x, y] of vectors) {
        const out = bytesOf(bls12381HashToG1(0, utf8(msg), QUUX_G1));
        expect(out.length).toBe(48);
        const p = G1.fromBytes(out).toAffine();
        expect(p.x.toString(16).padStart(96, '0')).toBe(x);
        expect(p.y.toString(16).padStart(96, '0')).toBe(y);
      }
    });

    test('RFC 9380 BLS12381G2_XMD:SHA-256_SSWU_RO_ vector (upstream hash_to_G2 testdata, msg "abc")', () => {
      const out = bytesOf(bls12381HashToG2(0, utf8('abc'), QUUX_G2));
      expect(out.length).toBe(96);
      const p = G2.fromBytes(out).toAffine();
      expect(p.x.c0.toString(16).padStart(96, '0')).toBe(
        '02c2d18e033b960562aae3cab37a27ce00d80ccd5ba4b7fe0e7a210245129dbec7780ccc7954725f4168aff2787776e6',
      );
      expect(p.x.c1.toString(16).padStart(96, '0')).toBe(
        '139cddbccdc5e91b9623efd38c49f81a6f83f175e80b06fc374de9eb4b41dfe4ca3a230ed250fbe3a2acf73a41177fd8',
      );
      expect(p.y.c0.toString(16).padStart(96, '0')).toBe(
        '1787327b68159716a37440985269cf584bcb1e621d3a7202be6ea05c4cfe244aeb197642555a0645fb87bf7466b2ba48',
      );
      expect(p.y.c1.toString(16).padStart(96, '0')).toBe(
        '00aa65dae3c8d732d10ecd2c50f8a1baf3001578f71c694e03866e9f3d49ac1e1ce70dd94a733534f106d4cec0eddd16',
      );
    });

    test('outputs are valid subgroup points that round-trip through aggregate', () => {
      const g1 = bytesOf(bls12381HashToG1(0, utf8('round trip'), POP_DST));
      const g2 = bytesOf(bls12381HashToG2(0, utf8('round trip'), POP_DST));
      expect(toHex(bls12381AggregateG1(g1))).toBe(toHex(g1));
      expect(toHex(bls12381AggregateG2(g2))).toBe(toHex(g2));
      // deterministic
      expect(toHex(bls12381HashToG1(0, utf8('round trip'), POP_DST))).toBe(toHex(g1));
    });

    test('BLS short signature over hash_to_g1 verifies via pairing equality', () => {
      const sk = 31337n;
      const hm = bytesOf(bls12381HashToG1(0, utf8('short sig'), utf8('BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_')));
      const sig = G1.fromBytes(hm).multiply(sk).toBytes(true);
      const pk = G2.BASE.multiply(sk).toBytes(true);
      // e(H(m), pk) == e(sig, G2)
      expect(bls12381PairingEquality(hm, pk, sig, G2_GEN)).toBe(CryptoCode.Ok);
      expect(bls12381PairingEquality(hm, pk, G1_GEN, G2_GEN)).toBe(CryptoCode.Invalid);
    });

    test('unknown hash function (9)', () => {
      for (const hf of [1, 2, 255, -1, 2 ** 32 - 1]) {
        expect(bls12381HashToG1(hf, utf8('x'), POP_DST)).toBe(CryptoCode.UnknownHashFunction);
        expect(bls12381HashToG2(hf, utf8('x'), POP_DST)).toBe(CryptoCode.UnknownHashFunction);
      }
    });

    test('own expand_message_xmd path equals noble for short and oversize DSTs', () => {
      const longDst = new Uint8Array(300).fill(0x41);
      for (const dst of [QUUX_G1, longDst, Uint8Array.of(0)]) {
        expect(toHex(_hashToG1ViaMap(utf8('abc'), dst))).toBe(toHex(bls12381HashToG1(0, utf8('abc'), dst)));
        expect(toHex(_hashToG2ViaMap(utf8('abc'), dst))).toBe(toHex(bls12381HashToG2(0, utf8('abc'), dst)));
      }
      expect(toHex(bls12381HashToG1(0, utf8('abc'), longDst))).not.toBe(
        toHex(bls12381HashToG1(0, utf8('abc'), longDst.subarray(1))),
      );
    });

    test('empty DST and empty message are accepted (arkworks accepts them)', () => {
      const e = new Uint8Array(0);
      const g1 = bytesOf(bls12381HashToG1(0, e, e));
      const g2 = bytesOf(bls12381HashToG2(0, e, e));
      expect(toHex(bls12381AggregateG1(g1))).toBe(toHex(g1));
      expect(toHex(bls12381AggregateG2(g2))).toBe(toHex(g2));
      expect(toHex(g1)).not.toBe(toHex(bls12381HashToG1(0, e, Uint8Array.of(0))));
    });
  });
});
