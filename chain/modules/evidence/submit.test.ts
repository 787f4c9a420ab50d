import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgSubmitEvidence, MsgSubmitEvidenceResponse } from 'cosmjs-types/cosmos/evidence/v1beta1/tx';
import { Equivocation } from 'cosmjs-types/cosmos/evidence/v1beta1/evidence';
import { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence';
import { SignedMsgType, type BlockID, type Vote } from 'cosmjs-types/tendermint/types/types';
import * as Q from 'cosmjs-types/cosmos/evidence/v1beta1/query';
import { sha256 } from '@noble/hashes/sha2.js';
import { ChainError, Codes, type ErrorSpec } from '../../kernel/errors.js';
import { NS_PER_SECOND } from '../../kernel/context.js';
import { toHex } from '../../kernel/keys.js';
import { toTimestamp } from '../../types/time.js';
import { Dec } from '../../types/dec.js';
import { ValidatorSigner } from '../../consensus/keys.js';
import { makeDuplicateVoteEvidence, voteSignBytes } from '../../consensus/evidence.js';
import { PosHarness } from '../staking/testkit.js';
import { SLASHING_STORE, SlashingKeeper } from '../slashing/keeper.js';
import { SlashingModule } from '../slashing/module.js';
import { DUPLICATE_VOTE_TYPE, EQUIVOCATION_TYPE, EVIDENCE_STORE, EvidenceErrors, EvidenceKeeper } from './keeper.js';
import { EvidenceModule } from './module.js';

const M = 1_000_000n;
const SUBMIT = '/cosmos.evidence.v1beta1.MsgSubmitEvidence';

function expectError(e: unknown, spec: ErrorSpec, text?: string): void {
  expect(e).toBeInstanceOf(ChainError);
  expect([(e as ChainError).codespace, (e as ChainError).code]).toEqual([spec.codespace, spec.code]);
  if (text !== undefined) expect((e as ChainError).message).toContain(text);
}

/** v1/v2 as usual plus "k", a validator whose consensus key is a real ed25519 key we can sign with. */
function setup() {
  const h = new PosHarness([SLASHING_STORE, EVIDENCE_STORE]);
  const slashing = new SlashingKeeper({ staking: h.staking, codec: h.codec, authority: h.addr('gov') });
  const evidence = new EvidenceKeeper({ staking: h.staking, slashing, authority: h.addr('gov'), consensusParams: { maxAgeNumBlocks: 20, maxAgeDurationNs: 100n * NS_PER_SECOND } });
  h.staking.setHooks([slashing.hooks()]);
  h.addModule(new SlashingModule(slashing));
  h.addModule(new EvidenceModule(evidence));
  h.genesis({
    balances: { v1: 1000n * M, v2: 1000n * M, k: 1000n * M, alice: 1000n * M },
    stakingParams: { unbonding_time: '1000' },
    validators: [
      { name: 'v1', amount: 90n * M },
      { name: 'v2', amount: 50n * M },
    ],
  });
  const key = ValidatorSigner.fromSeed('evidence-test/k');
  h.block((ctx) =>
    h.staking.createValidator(ctx, {
      valoper: h.valoper('k'),
      consPubKey: key.pubKey,
      description: { moniker: 'k', identity: '', website: '', securityContact: '', details: '' },
      commission: { rate: Dec.ZERO, maxRate: Dec.ONE, maxChangeRate: Dec.ONE },
      minSelfDelegation: 1n,
      value: { denom: 'stake', amount: 40n * M },
    }),
  );
  // Bonded at EndBlock 1, so it signs from height 3 on.
  h.advanceTo(6);
  const times = new Map<number, bigint>();
  for (let x = 1; x <= 6; x++) times.set(x, h.staking.getHistoricalInfo(h.view(), x)!.time);
  return { h, slashing, evidence, key, times };
}

/** Two precommits of `key` for different blocks at `height` (what a CometBFT node would gossip). */
function duplicateVote(h: PosHarness, key: ValidatorSigner, height: number, time: bigint, power: bigint, total: bigint, tamper?: (v: Vote) => Vote): DuplicateVoteEvidence {
  const vote = (tag: string): Vote => {
    const blockId: BlockID = { hash: sha256(new TextEncoder().encode(tag)), partSetHeader: { total: 1, hash: sha256(new TextEncoder().encode(`${tag}/parts`)) } };
    const unsigned: Vote = {
      type: SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT,
      height: BigInt(height),
      round: 0,
      blockId,
      timestamp: toTimestamp(time),
      validatorAddress: key.address,
      validatorIndex: 2,
      signature: new Uint8Array(),
      extension: new Uint8Array(),
      extensionSignature: new Uint8Array(),
    };
    return { ...unsigned, signature: key.sign(voteSignBytes('test-1', unsigned)) };
  };
  const a = vote('honest');
  const b = tamper === undefined ? vote('rogue') : tamper(vote('rogue'));
  return makeDuplicateVoteEvidence(a, b, power, total, toTimestamp(time));
}

function submitBytes(submitter: string, typeUrl: string, value: Uint8Array): Uint8Array {
  return MsgSubmitEvidence.encode({ submitter, evidence: { typeUrl, value } }).finish();
}

function run(h: PosHarness, bytes: Uint8Array): { resp?: Uint8Array; err?: unknown } {
  const out: { resp?: Uint8Array; err?: unknown } = {};
  h.block((ctx) => {
    try {
      out.resp = h.deliver(ctx, SUBMIT, bytes);
    } catch (e) {
      out.err = e;
    }
  });
  return out;
}

describe('MsgSubmitEvidence with a duplicate-vote proof (§4.3)', () => {
  test('anyone may submit a verified proof: slashed at the power it signed with, jailed forever, tombstoned, stored, resubmission fails', () => {
    const { h, slashing, evidence, key, times } = setup();
    const k = h.valoper('k');
    const H = 4;
    const power = h.signingSet(H).get(toHex(key.address))!;
    expect(power).toBe(40n);
    const dv = duplicateVote(h, key, H, times.get(H)!, power, 180n);
    const supply = h.supply();
    const msg = submitBytes(h.addr('alice'), DUPLICATE_VOTE_TYPE, DuplicateVoteEvidence.encode(dv).finish());
    const d = h.msgs.decode(SUBMIT, msg);
    expect(d.handler.signers(d.msg)).toEqual([h.addr('alice')]);
    const { resp, err } = run(h, msg);
    expect(err).toBeUndefined();
    const hash = MsgSubmitEvidenceResponse.decode(resp!).hash;
    const ev: Equivocation = { height: BigInt(H), time: toTimestamp(times.get(H)!), power, consensusAddress: h.codec.encodeValcons(key.address) };
    expect(toHex(hash)).toBe(toHex(EvidenceKeeper.hash(ev)));
    expect(h.supply()).toBe(supply - 2n * M); // 5 % of 40·10^6
    const v = h.staking.getValidator(h.view(), k)!;
    expect([v.jailed, v.tokens, slashing.isTombstoned(h.view(), key.address)]).toEqual([true, 38n * M, true]);
    const got = Q.QueryEvidenceResponse.decode(h.queries.get('/cosmos.evidence.v1beta1.Query/Evidence')!(h.view(), Q.QueryEvidenceRequest.encode({ evidenceHash: hash, hash: '' }).finish()));
    expect(Equivocation.decode(got.evidence!.value)).toEqual(ev);
    const all = Q.QueryAllEvidenceResponse.decode(h.queries.get('/cosmos.evidence.v1beta1.Query/AllEvidence')!(h.view(), Q.QueryAllEvidenceRequest.encode({}).finish()));
    expect(all.evidence.map((a) => a.typeUrl)).toEqual([EQUIVOCATION_TYPE]);
    expect(evidence.allEvidence(h.view())).toEqual([ev]);
    expectError(run(h, msg).err, EvidenceErrors.EvidenceExists);
    // A proof for another height of the same (now tombstoned) key changes nothing and says so.
    const later = duplicateVote(h, key, 5, times.get(5)!, power, 180n);
    expectError(run(h, submitBytes(h.addr('alice'), DUPLICATE_VOTE_TYPE, DuplicateVoteEvidence.encode(later).finish())).err, EvidenceErrors.InvalidEvidence, 'already tombstoned');
    expect(h.supply()).toBe(supply - 2n * M);
  });

  test('rejected: bad signature, wrong power, wrong total, wrong time, unknown key, future height, no history, too old', () => {
    const { h, key, times } = setup();
    const supply = h.supply();
    const sub = (dv: DuplicateVoteEvidence) => run(h, submitBytes(h.addr('alice'), DUPLICATE_VOTE_TYPE, DuplicateVoteEvidence.encode(dv).finish())).err;
    const t4 = times.get(4)!;
    expectError(sub(duplicateVote(h, key, 4, t4, 40n, 180n, (v) => ({ ...v, signature: new Uint8Array(64).fill(7) }))), EvidenceErrors.InvalidEvidence, 'invalid signature');
    expectError(sub(duplicateVote(h, key, 4, t4, 41n, 180n)), EvidenceErrors.InvalidEvidence, 'with power 40, not 41');
    expectError(sub(duplicateVote(h, key, 4, t4, 40n, 999n)), EvidenceErrors.InvalidEvidence, 'total voting power at height 4 was 180');
    expectError(sub(duplicateVote(h, key, 4, t4 + 1n, 40n, 180n)), EvidenceErrors.InvalidEvidence, 'is not the time');
    // Height 2: k was not yet in the signing set.
    expectError(sub(duplicateVote(h, key, 2, times.get(2)!, 40n, 140n)), EvidenceErrors.InvalidEvidence, 'with power 0');
    expectError(sub(duplicateVote(h, ValidatorSigner.fromSeed('stranger'), 4, t4, 40n, 180n)), EvidenceErrors.InvalidEvidence, 'no validator with consensus address');
    expectError(sub(duplicateVote(h, key, 99, t4, 40n, 180n)), EvidenceErrors.InvalidEvidence, 'after the current height');
    h.block((ctx) => h.staking.setParams(ctx, { ...h.staking.getParams(ctx), historicalEntries: 3 }));
    h.block();
    expectError(sub(duplicateVote(h, key, 4, t4, 40n, 180n)), EvidenceErrors.InvalidEvidence, 'no historical info for height 4');
    expect(h.supply()).toBe(supply);
  });

  test('evidence older than both age limits is refused (with history kept): nothing is slashed', () => {
    const { h, key, times } = setup();
    h.advanceTo(30); // 26 blocks and 130 s after height 4: both limits (20 blocks, 100 s) exceeded
    const supply = h.supply();
    const err = run(h, submitBytes(h.addr('alice'), DUPLICATE_VOTE_TYPE, DuplicateVoteEvidence.encode(duplicateVote(h, key, 4, times.get(4)!, 40n, 180n)).finish())).err;
    expectError(err, EvidenceErrors.InvalidEvidence, 'older than both');
    expect(h.supply()).toBe(supply);
  });
});

describe('MsgSubmitEvidence with a bare Equivocation', () => {
  test('only the gov authority may submit it; its fields are verified against historical info', () => {
    const { h, slashing, key, times } = setup();
    const ev = (o: Partial<Equivocation> = {}): Uint8Array => Equivocation.encode({ height: 5n, time: toTimestamp(times.get(5)!), power: 40n, consensusAddress: h.codec.encodeValcons(key.address), ...o }).finish();
    expectError(run(h, submitBytes(h.addr('alice'), EQUIVOCATION_TYPE, ev())).err, Codes.Unauthorized, 'gov authority only');
    const gov = h.addr('gov');
    expectError(run(h, submitBytes(gov, EQUIVOCATION_TYPE, ev({ power: 39n }))).err, EvidenceErrors.InvalidEvidence, 'not 39');
    expectError(run(h, submitBytes(gov, EQUIVOCATION_TYPE, ev({ time: toTimestamp(times.get(5)! - NS_PER_SECOND) }))).err, EvidenceErrors.InvalidEvidence, 'is not the time');
    expectError(run(h, submitBytes(gov, EQUIVOCATION_TYPE, ev({ consensusAddress: h.addr('alice') }))).err, EvidenceErrors.InvalidEvidence, 'invalid equivocation consensus address');
    expectError(run(h, submitBytes(gov, EQUIVOCATION_TYPE, ev({ height: 0n }))).err, EvidenceErrors.InvalidEvidence, 'height 0');
    expectError(run(h, submitBytes(gov, '/cosmos.evidence.v1beta1.Unknown', ev())).err, EvidenceErrors.NoEvidenceHandlerExists);
    expectError(run(h, submitBytes(gov, EQUIVOCATION_TYPE, new Uint8Array([0xff, 0xff]))).err, Codes.UnpackAny);
    const supply = h.supply();
    const { err } = run(h, submitBytes(gov, EQUIVOCATION_TYPE, ev()));
    expect(err).toBeUndefined();
    expect(h.supply()).toBe(supply - 2n * M);
    expect(slashing.isTombstoned(h.view(), key.address)).toBe(true);
  });

  test('a keeper without an authority refuses bare equivocations from everyone', () => {
    const h = new PosHarness([SLASHING_STORE, EVIDENCE_STORE]);
    const slashing = new SlashingKeeper({ staking: h.staking, codec: h.codec, authority: h.addr('gov') });
    const evidence = new EvidenceKeeper({ staking: h.staking, slashing });
    h.addModule(new EvidenceModule(evidence));
    h.genesis({ balances: { alice: 10n } });
    const err = run(h, submitBytes(h.addr('gov'), EQUIVOCATION_TYPE, Equivocation.encode({ height: 1n, time: toTimestamp(h.time), power: 1n, consensusAddress: '' }).finish())).err;
    expectError(err, Codes.Unauthorized);
  });
});
