/**
 * Meshwork's proof-of-stake messages through signed txs on the real app: MsgPauseValidator (our
 * proto, encoded by a CosmJS Registry) and MsgSubmitEvidence with a duplicate-vote proof built
 * from a genesis validator's real ed25519 key.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { MsgSubmitEvidence, MsgSubmitEvidenceResponse } from 'cosmjs-types/cosmos/evidence/v1beta1/tx';
import { PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence';
import { SignedMsgType, type Vote } from 'cosmjs-types/tendermint/types/types';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { sha256 } from '@noble/hashes/sha2.js';
import { TestChain } from '../../multitest/chain.js';
import type { GenesisValidator } from '../../multitest/genesis.js';
import { TxSigner } from '../../chain/testkit/signer.js';
import { ValidatorSigner } from '../../chain/consensus/keys.js';
import { makeDuplicateVoteEvidence, voteSignBytes } from '../../chain/consensus/evidence.js';
import { toTimestamp } from '../../chain/types/time.js';
import { MsgPauseValidator, meshworkTxTypes } from '../../proto/index.js';

const POWER = 1_000_000n;

describe('signed MsgPauseValidator (CosmJS Registry with meshworkTxTypes)', () => {
  test('the operator creates a validator, pauses it (no slash, out of the set), a non-operator cannot', async () => {
    const op = await TxSigner.fromLabel('pos-msgs/operator', 'mesh');
    const other = await TxSigner.fromLabel('pos-msgs/other', 'mesh');
    const vals: GenesisValidator[] = [];
    const chain = TestChain.create({
      genesis: (g) => {
        vals.push(g.validator('v0', 100n * POWER));
        g.fund(op.address, 100n * POWER).fund(other.address, 10n * POWER);
      },
    });
    const registry = new Registry([...defaultRegistryTypes, ...meshworkTxTypes]);
    const signer = op.withRegistry(registry);
    const valoper = chain.m.codec.accountToValoper(op.address);
    const key = ValidatorSigner.fromSeed('pos-msgs/operator-key');
    const create = MsgCreateValidator.fromPartial({
      description: { moniker: 'op' },
      commission: { rate: '100000000000000000', maxRate: '200000000000000000', maxChangeRate: '10000000000000000' },
      minSelfDelegation: '1',
      validatorAddress: valoper,
      pubkey: { typeUrl: '/cosmos.crypto.ed25519.PubKey', value: PubKey.encode({ key: key.pubKey }).finish() },
      value: { denom: 'stake', amount: (50n * POWER).toString() },
    });
    const created = await chain.deliverTx(signer, [{ typeUrl: MsgCreateValidator.typeUrl, value: create }]);
    expect(created.log).toBe('');
    chain.driver!.addSigner(key);
    chain.nextBlock();
    expect(chain.m.keepers.staking.getValidator(chain.queryContext(), valoper)!.status).toBe('bonded');

    const pause = { typeUrl: MsgPauseValidator.typeUrl, value: { validatorAddress: valoper } };
    const refused = await chain.deliverTx(other.withRegistry(registry), [pause]);
    expect(refused.code).not.toBe(0);
    // The tx must be signed by the operator's account: another key is refused by the ante handler.
    expect(refused.log).toContain(`pubKey does not match signer address ${op.address}`);

    const supply = chain.m.keepers.bank.getSupply(chain.queryContext(), 'stake').amount;
    const r = await chain.deliverTx(signer, [pause]);
    expect([r.code, r.log]).toEqual([0, '']);
    expect(TxMsgData.decode(r.data).msgResponses.map((x) => x.typeUrl)).toEqual(['/meshwork.staking.v1.MsgPauseValidatorResponse']);
    const block = chain.nextBlock();
    expect(block.validatorUpdates.map((u) => [Buffer.from(u.pubKey).toString('hex'), u.power])).toEqual([[Buffer.from(key.pubKey).toString('hex'), 0n]]);
    const v = chain.m.keepers.staking.getValidator(chain.queryContext(), valoper)!;
    expect([v.jailed, v.paused, v.tokens]).toEqual([true, true, 50n * POWER]);
    expect(chain.m.keepers.bank.getSupply(chain.queryContext(), 'stake').amount).toBeGreaterThanOrEqual(supply); // minting only, nothing burned
  });
});

describe('signed MsgSubmitEvidence with a duplicate-vote proof', () => {
  test('anyone can prove a double sign seen off-chain: 5 % slashed at the signing power, tombstoned, removed', async () => {
    const reporter = await TxSigner.fromLabel('pos-msgs/reporter', 'mesh');
    const vals: GenesisValidator[] = [];
    const chain = TestChain.create({
      genesis: (g) => {
        for (let i = 0; i < 4; i++) vals.push(g.validator(`v${i}`, 100n * POWER));
        g.fund(reporter.address, 10n * POWER);
        g.set('mint', { params: { inflation_min: '0', inflation_max: '0', inflation_rate_change: '0' }, minter: { inflation: '0' } });
      },
    });
    chain.advanceBlocks(4);
    const H = 3;
    const bad = vals[3]!;
    const timeH = chain.m.keepers.staking.getHistoricalInfo(chain.queryContext(), H)!.time;
    const vote = (tag: string): Vote => {
      const unsigned: Vote = {
        type: SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT,
        height: BigInt(H),
        round: 0,
        blockId: { hash: sha256(new TextEncoder().encode(tag)), partSetHeader: { total: 1, hash: sha256(new TextEncoder().encode(`${tag}/parts`)) } },
        timestamp: toTimestamp(timeH),
        validatorAddress: bad.signer.address,
        validatorIndex: 3,
        signature: new Uint8Array(),
        extension: new Uint8Array(),
        extensionSignature: new Uint8Array(),
      };
      return { ...unsigned, signature: bad.signer.sign(voteSignBytes(chain.chainId, unsigned)) };
    };
    const proof = makeDuplicateVoteEvidence(vote('a'), vote('b'), 100n, 400n, toTimestamp(timeH));
    const supply = chain.m.keepers.bank.getSupply(chain.queryContext(), 'stake').amount;
    const msg = { typeUrl: MsgSubmitEvidence.typeUrl, value: MsgSubmitEvidence.fromPartial({ submitter: reporter.address, evidence: { typeUrl: '/tendermint.types.DuplicateVoteEvidence', value: DuplicateVoteEvidence.encode(proof).finish() } }) };
    const r = await chain.deliverTx(reporter.withRegistry(chain.registry), [msg]);
    expect([r.code, r.log]).toEqual([0, '']);
    const hash = MsgSubmitEvidenceResponse.decode(TxMsgData.decode(r.data).msgResponses[0]!.value).hash;
    expect(hash.length).toBe(32);
    expect(r.events.some((e) => e.type === 'submit_evidence')).toBe(true);
    const block = chain.nextBlock();
    expect(block.validatorUpdates.map((u) => [Buffer.from(u.pubKey).toString('hex'), u.power])).toEqual([[Buffer.from(bad.signer.pubKey).toString('hex'), 0n]]);
    const ctx = chain.queryContext();
    expect(chain.m.keepers.staking.getValidator(ctx, bad.valoper)!.tokens).toBe(95n * POWER);
    expect(chain.m.keepers.slashing.getSigningInfo(ctx, bad.signer.address)!.tombstoned).toBe(true);
    expect(chain.m.keepers.bank.getSupply(ctx, 'stake').amount).toBe(supply - 5n * POWER);
    // The same proof again: "evidence already exists".
    const again = await chain.deliverTx(reporter.withRegistry(chain.registry), [msg]);
    expect(again.codespace).toBe('evidence');
    expect(again.log).toContain('evidence already exists');
  });
});
