/**
 * Membership and non-membership proofs of real keys in a counterparty's committed multistore, as
 * served by `abci_query(/store/bank/key, prove)`, checked by the light client against the consensus
 * state whose app hash committed them (the header one block later).
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MerkleProof } from 'cosmjs-types/ibc/core/commitment/v1/commitment';
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { calculateExistenceRoot, ics23 } from '@confio/ics23';
import { MultiStore } from '../../../chain/store/multistore.js';
import { toHex, utf8 } from '../../../chain/kernel/keys.js';
import { ClientErrors, TendermintErrors } from '../errors.js';
import { height } from '../height.js';
import { encodeMerkleProof, existenceRoot, fromIcs23Proof, toIcs23Proof, merkleProofFromProofOps, verifyMerkleMembership, verifyMerkleNonMembership } from './proof.js';
import { sdkProofSpecs } from './tendermint.js';
import { expectError, Host, PRINTABLE_ADDR_BYTES } from './testkit.js';
import { counterparty, createClientAt, headerAny, timeOf, type Counterparty } from '../../../multitest/light-client.js';

const BANK = utf8('bank');
/** Keys whose bytes are all ASCII, so they travel as ICS-24-style string paths. */
const SUPPLY_PATH = '\u0000stake';
const BALANCE_PATH = String.fromCharCode(0x02, 20, ...PRINTABLE_ADDR_BYTES) + 'stake';
const ABSENT_PATH = '\u0000nosuchdenom';

function prove(cp: Counterparty, path: string, stateHeight: number): { value: Uint8Array; proof: Uint8Array } {
  const r = cp.chain.m.app.query({ path: '/store/bank/key', data: utf8(path), height: stateHeight, prove: true });
  expect(r.code).toBe(0);
  return { value: r.value, proof: merkleProofFromProofOps(r.proofOps) };
}

function setup(): { cp: Counterparty; host: Host; id: string } {
  const cp = counterparty({ blocks: 7 });
  const host = new Host(timeOf(cp, 7) + 5_000_000_000n);
  const id = createClientAt(host, cp, 2);
  host.keeper.updateClient(host.ctx(), id, headerAny(cp, 4, 2));
  host.keeper.updateClient(host.ctx(), id, headerAny(cp, 5, 4));
  return { cp, host, id };
}

const args = (h: number, proof: Uint8Array, path: string, prefix = BANK) => ({ height: height(0, h), delayTimePeriod: 0n, delayBlockPeriod: 0n, proof, prefix, path });

describe('proof verification against consensus states', () => {
  test('state after block h is proven against the consensus state of h + 1 (membership and non-membership)', () => {
    const { cp, host, id } = setup();
    const k = host.keeper;
    const supply = prove(cp, SUPPLY_PATH, 4);
    expect(Number(new TextDecoder().decode(supply.value))).toBeGreaterThan(0);
    k.verifyMembership(host.ctx(), id, { ...args(5, supply.proof, SUPPLY_PATH), value: supply.value });

    const bal = prove(cp, BALANCE_PATH, 4);
    expect(new TextDecoder().decode(bal.value)).toBe('12345');
    k.verifyMembership(host.ctx(), id, { ...args(5, bal.proof, BALANCE_PATH), value: bal.value });

    const absent = prove(cp, ABSENT_PATH, 4);
    expect(absent.value).toHaveLength(0);
    k.verifyNonMembership(host.ctx(), id, args(5, absent.proof, ABSENT_PATH));
  });

  test('wrong height, forged value, wrong key, wrong prefix, wrong kind of proof: each fails saying why', () => {
    const { cp, host, id } = setup();
    const k = host.keeper;
    const supply = prove(cp, SUPPLY_PATH, 4);
    const ctx = host.ctx();
    // Header 4 carries the app hash of block 3's state.
    expectError(() => k.verifyMembership(ctx, id, { ...args(4, supply.proof, SUPPLY_PATH), value: supply.value }), ClientErrors.FailedMembershipVerification, /did not commit to expected root.*correct proofHeight/);
    expectError(() => k.verifyMembership(ctx, id, { ...args(5, supply.proof, SUPPLY_PATH), value: utf8('1000000000000') }), ClientErrors.FailedMembershipVerification, /proof 0 does not prove key .* with the expected value/);
    expectError(() => k.verifyMembership(ctx, id, { ...args(5, supply.proof, '\u0000other'), value: supply.value }), ClientErrors.FailedMembershipVerification, /proof 0 does not prove key/);
    expectError(() => k.verifyMembership(ctx, id, { ...args(5, supply.proof, SUPPLY_PATH, utf8('ibc')), value: supply.value }), ClientErrors.FailedMembershipVerification, /proof 1 does not prove store "ibc" in the app hash/);
    expectError(() => k.verifyMembership(ctx, id, { ...args(5, supply.proof, SUPPLY_PATH), value: new Uint8Array() }), ClientErrors.FailedMembershipVerification, /empty value/);

    const absent = prove(cp, ABSENT_PATH, 4);
    expectError(() => k.verifyMembership(ctx, id, { ...args(5, absent.proof, ABSENT_PATH), value: utf8('1') }), ClientErrors.FailedMembershipVerification, /must be an existence proof/);
    expectError(() => k.verifyNonMembership(ctx, id, args(5, supply.proof, SUPPLY_PATH)), ClientErrors.FailedNonMembershipVerification, /must be a non-existence proof/);
    expectError(() => k.verifyNonMembership(ctx, id, args(4, absent.proof, ABSENT_PATH)), ClientErrors.FailedNonMembershipVerification, /did not commit to expected root/);
    // A non-existence proof for one key does not cover another that is outside its neighbours.
    expectError(() => k.verifyNonMembership(ctx, id, args(5, absent.proof, '\u0002zzz')), ClientErrors.FailedNonMembershipVerification, /failed to verify non-membership/);
  });

  test('malformed proofs: undecodable, empty, wrong number of proofs', () => {
    const { cp, host, id } = setup();
    const k = host.keeper;
    const supply = prove(cp, SUPPLY_PATH, 4);
    const mp = MerkleProof.decode(supply.proof);
    const v = { value: supply.value };
    expectError(() => k.verifyMembership(host.ctx(), id, { ...args(5, Uint8Array.of(0xff, 0xff, 0xff), SUPPLY_PATH), ...v }), ClientErrors.FailedMembershipVerification, /cannot decode it as an ICS-23 MerkleProof/);
    expectError(() => k.verifyMembership(host.ctx(), id, { ...args(5, new Uint8Array(), SUPPLY_PATH), ...v }), ClientErrors.FailedMembershipVerification, /proof must not be empty/);
    const one = MerkleProof.encode({ proofs: mp.proofs.slice(0, 1) }).finish();
    expectError(() => k.verifyMembership(host.ctx(), id, { ...args(5, one, SUPPLY_PATH), ...v }), ClientErrors.FailedMembershipVerification, /1 proofs for 2 proof specs/);
    const three = MerkleProof.encode({ proofs: [...mp.proofs, mp.proofs[1]!] }).finish();
    expectError(() => k.verifyNonMembership(host.ctx(), id, args(5, three, SUPPLY_PATH)), ClientErrors.FailedNonMembershipVerification, /3 proofs for 2 proof specs/);
    // Proofs swapped: each is checked under the other's spec and key.
    const swapped = MerkleProof.encode({ proofs: [mp.proofs[1]!, mp.proofs[0]!] }).finish();
    expectError(() => k.verifyMembership(host.ctx(), id, { ...args(5, swapped, SUPPLY_PATH), ...v }), ClientErrors.FailedMembershipVerification, /proof 0 does not prove key/);
  });

  test('height rules: above the latest height, no consensus state, connection delay periods', () => {
    const { cp, host, id } = setup();
    const k = host.keeper;
    const supply = prove(cp, SUPPLY_PATH, 4);
    const m = (h: number, o: { delayTimePeriod?: bigint; delayBlockPeriod?: bigint } = {}) => ({ ...args(h, supply.proof, SUPPLY_PATH), value: supply.value, ...o });
    expectError(() => k.verifyMembership(host.ctx(), id, m(6)), ClientErrors.InvalidHeight, /client state height < proof height \(0-5 < 0-6\), please ensure the client has been updated/);
    expectError(() => k.verifyMembership(host.ctx(), id, m(3)), ClientErrors.ConsensusStateNotFound, /no consensus state at proof height 0-3.*update the client to that height first/);

    // Consensus state 5 was stored at host time T, height 100.
    expectError(() => k.verifyMembership(host.ctx(), id, m(5, { delayTimePeriod: 60_000_000_000n })), TendermintErrors.DelayPeriodNotPassed, /cannot verify packet until time/);
    expectError(() => k.verifyMembership(host.ctx(), id, m(5, { delayBlockPeriod: 2n })), TendermintErrors.DelayPeriodNotPassed, /until height: 0-102, current height: 0-100/);
    host.advance(60, 2);
    k.verifyMembership(host.ctx(), id, m(5, { delayTimePeriod: 60_000_000_000n, delayBlockPeriod: 2n }));
  });

  test('a proof of another chain with the same validators does not verify', () => {
    const { host, id } = setup();
    const other = counterparty({ chainId: 'meshwork-c', blocks: 5 });
    // Give the other chain a different state so its app hash differs.
    other.chain.send(other.chain.m.codec.encode(PRINTABLE_ADDR_BYTES), other.chain.addr('x'), 1n);
    other.chain.advanceBlocks(1);
    const p = prove(other, SUPPLY_PATH, 5);
    expectError(() => host.keeper.verifyMembership(host.ctx(), id, { ...args(5, p.proof, SUPPLY_PATH), value: p.value }), ClientErrors.FailedMembershipVerification, /did not commit to expected root/);
  });
});

describe('proof helpers', () => {
  test('MultiStore.proveKey proofs → MerkleProof bytes verify under the SDK specs (binary keys too)', () => {
    const ms = new MultiStore(['acc', 'bank', 'ibc']);
    const k1 = Uint8Array.of(0x02, 0xff, 0x00, 0x10);
    ms.store('bank').set(k1, utf8('v1'));
    ms.store('ibc').set(utf8('clients/07-tendermint-0/clientState'), utf8('cs'));
    const root = ms.commit();
    const specs = sdkProofSpecs();
    const kp = ms.proveKey('bank', k1)!;
    verifyMerkleMembership({ specs, root, proof: encodeMerkleProof(kp.proofs), prefix: BANK, key: k1, value: utf8('v1') });
    const absent = ms.proveKey('ibc', utf8('connections/connection-0'))!;
    expect(absent.value).toBeUndefined();
    verifyMerkleNonMembership({ specs, root, proof: encodeMerkleProof(absent.proofs), prefix: utf8('ibc'), key: utf8('connections/connection-0') });
    // Through both codecs and back: the same message (protobufjs writes explicit defaults, ts-proto omits them).
    const viaTsProto = fromIcs23Proof(kp.proofs[0]);
    expect(toHex(ics23.CommitmentProof.encode(toIcs23Proof(viaTsProto)).finish())).toBe(toHex(CommitmentProof.encode(viaTsProto).finish()));
    expect(() => merkleProofFromProofOps([{ type: 'ics23:iavl', data: new Uint8Array() }])).toThrow(/expected 2 proof ops/);
  });

  test('existenceRoot (native sha256) computes the library root for every op it handles, and defers to it otherwise', () => {
    const store = new MultiStore(['bank', 'ibc']);
    const keys: Uint8Array[] = [];
    for (let i = 0; i < 40; i++) {
      const k = utf8(`k/${i}`);
      keys.push(k);
      // Values around 128 bytes and far past it: VAR_PROTO lengths of one and two bytes.
      store.store('ibc').set(k, new Uint8Array(1 + ((i * 97) % 400)).fill(i & 255));
    }
    store.commit();
    const { HashOp, LengthOp } = ics23;
    for (const k of keys) {
      const p = store.proveKey('ibc', k)!;
      const eps = [p.proofs[0]!.exist!, p.proofs[1]!.exist!];
      for (const ep of eps) {
        expect(toHex(existenceRoot(ep))).toBe(toHex(calculateExistenceRoot(ep)));
        // Variants the SDK specs do not use: every combination of the ops it handles, and one it hands over.
        for (const prehashKey of [HashOp.NO_HASH, HashOp.SHA256, HashOp.SHA512]) {
          for (const prehashValue of [HashOp.NO_HASH, HashOp.SHA256]) {
            for (const length of [LengthOp.NO_PREFIX, LengthOp.VAR_PROTO, LengthOp.FIXED32_LITTLE]) {
              const v = ics23.ExistenceProof.create({ ...ep, leaf: ics23.LeafOp.create({ ...ep.leaf!, prehashKey, prehashValue, length }) });
              expect(toHex(existenceRoot(v))).toBe(toHex(calculateExistenceRoot(v)));
            }
          }
        }
      }
    }
    const ep = store.proveKey('ibc', keys[0]!)!.proofs[0]!.exist!;
    expect(() => existenceRoot(ics23.ExistenceProof.create({ ...ep, value: new Uint8Array() }))).toThrow(/Missing value|needs key and value/);
    expect(() => existenceRoot(ics23.ExistenceProof.create({ ...ep, key: new Uint8Array() }))).toThrow(/Missing key|needs key and value/);
  });
});

