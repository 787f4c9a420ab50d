import { describe, test } from 'node:test';
import { expect } from 'expect';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { MultiStore } from '../store/multistore.js';
import { toHex } from '../kernel/keys.js';
import { BlockDriver } from './driver.js';
import { ValidatorSigner } from './keys.js';
import { verifyCommit, verifyCommitTrusting, CommitVerificationError } from './commit.js';
import { verifyDuplicateVoteEvidence } from './evidence.js';
import { blockIdOf, headerHash, fromTimestamp } from './encoding.js';
import { buildTestApp, TEST_STORES, TestWallet } from './testkit.js';

const CHAIN = 'meshwork-test-1';
const GENESIS_TIME = 1_700_000_000_000_000_000n;
const SECOND = 1_000_000_000n;
const POWERS = [40n, 30n, 20n, 10n];

function setup(opts: { extraSigners?: ValidatorSigner[] } = {}) {
  const signers = POWERS.map((_, i) => ValidatorSigner.fromSeed(`val-${i}`));
  const t = buildTestApp({ chainId: CHAIN, store: new MultiStore(TEST_STORES) });
  const alice = new TestWallet('alice', t.codec);
  const bob = new TestWallet('bob', t.codec);
  const chain = new BlockDriver({ app: t.app, chainId: CHAIN, genesisTime: GENESIS_TIME, blockInterval: 5n * SECOND, validators: [...signers, ...(opts.extraSigners ?? [])] });
  chain.init({
    appState: {
      valtest: { validators: signers.map((s, i) => ({ pub_key: toHex(s.pubKey), power: POWERS[i]!.toString() })) },
      bank: { balances: [{ address: alice.address, coins: [{ denom: 'stake', amount: '1000000' }] }] },
    },
  });
  return { ...t, chain, signers, alice, bob };
}

const addrOf = (s: ValidatorSigner) => toHex(s.address);

describe('BlockDriver', () => {
  test('blocks chain together: times, last block id, app hash of the previous state, valid commits', () => {
    const { chain, app, signers } = setup();
    const b1 = chain.produceBlock();
    expect(fromTimestamp(b1.header.time)).toBe(GENESIS_TIME);
    expect(b1.header.height).toBe(1n);
    expect(b1.header.lastBlockId.hash.length).toBe(0);
    expect(toHex(b1.header.appHash)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const b2 = chain.produceBlock();
    expect(fromTimestamp(b2.header.time)).toBe(GENESIS_TIME + 5n * SECOND);
    expect(b2.header.lastBlockId).toEqual(b1.blockId);
    expect(b2.header.appHash).toEqual(b1.results.appHash);
    const b3 = chain.produceBlock({ time: GENESIS_TIME + 60n * SECOND });
    expect(fromTimestamp(b3.header.time)).toBe(GENESIS_TIME + 60n * SECOND);
    expect(() => chain.produceBlock({ time: GENESIS_TIME + 60n * SECOND })).toThrow(/must be after/);
    expect(app.lastBlockHeight).toBe(3);
    for (const b of [b1, b2, b3]) {
      const vals = chain.validatorSet(Number(b.header.height))!;
      expect(verifyCommit(vals, b.header, b.commit)).toEqual({ signedPower: 100n, totalPower: 100n });
      expect(chain.commitAt(Number(b.header.height))).toEqual(b.commit);
      expect(b.blockId).toEqual(blockIdOf(b.header));
    }
    // Ordered by power: the commit's signatures line up with val-0..val-3.
    expect(b1.commit.signatures.map((s) => toHex(s.validatorAddress))).toEqual(signers.map(addrOf));
    expect(chain.height).toBe(3);
    expect(chain.latestHeader()).toEqual(b3.header);
    // Stored block 3 carries block 2's commit.
    expect(chain.block(3)!.lastCommit).toEqual(b2.commit);
  });

  test('proposers rotate by weighted round robin: 40/30/20/10 over 10 blocks → 4/3/2/1', () => {
    const { chain, signers } = setup();
    const counts = new Map<string, number>();
    for (let i = 0; i < 10; i++) {
      const b = chain.produceBlock();
      const p = toHex(b.header.proposerAddress);
      counts.set(p, (counts.get(p) ?? 0) + 1);
      expect(chain.validatorSet(i + 1)!.get(b.header.proposerAddress)).toBeDefined();
    }
    expect(signers.map((s) => counts.get(addrOf(s)) ?? 0)).toEqual([4, 3, 2, 1]);
  });

  test('last_commit: empty at block 1, then every validator of the previous set with its power', () => {
    const { chain, valtest, signers } = setup();
    chain.produceBlock();
    chain.produceBlock();
    expect(valtest.seen[0]!.info.lastCommit.votes).toEqual([]);
    expect(valtest.seen[1]!.info.lastCommit.votes).toEqual(signers.map((s, i) => ({ address: s.address, power: POWERS[i], flag: 'commit' })));
  });

  test('offline validator: ABSENT in its commit and in the next last_commit; halts below 2/3', () => {
    const { chain, valtest, signers, app } = setup();
    chain.produceBlock();
    chain.setOnline(signers[3]!.address, false);
    const b2 = chain.produceBlock();
    expect(b2.commit.signatures[3]!.blockIdFlag).toBe(BlockIDFlag.BLOCK_ID_FLAG_ABSENT);
    expect(verifyCommit(chain.validatorSet(2)!, b2.header, b2.commit).signedPower).toBe(90n);
    chain.produceBlock();
    expect(valtest.seen[2]!.info.lastCommit.votes.map((v) => v.flag)).toEqual(['commit', 'commit', 'commit', 'absent']);
    // 40 + 20 = 60 of 100 is not more than 2/3: the chain halts, and nothing reaches the app.
    chain.setOnline(signers[1]!.address, false);
    expect(() => chain.produceBlock()).toThrow(/consensus halts at height 4: validators with 60 of 100/);
    expect(app.lastBlockHeight).toBe(3);
    chain.setOnline(signers[1]!.address, true);
    chain.setOnline(signers[3]!.address, true);
    chain.produceBlock();
    chain.produceBlock();
    expect(valtest.seen[4]!.info.lastCommit.votes.map((v) => v.flag)).toEqual(['commit', 'commit', 'commit', 'commit']);
  });

  test('validator updates from EndBlock at H sign from H+2 (ValidatorUpdateDelay = 1)', () => {
    const newcomer = ValidatorSigner.fromSeed('val-new');
    const { chain, valtest, signers } = setup({ extraSigners: [newcomer] });
    chain.produceBlocks(2);
    valtest.queueUpdates([
      { pubKey: newcomer.pubKey, power: 50n },
      { pubKey: signers[3]!.pubKey, power: 0n },
    ]);
    const b3 = chain.produceBlock();
    expect(b3.results.validatorUpdates.length).toBe(2);
    const b4 = chain.produceBlock();
    const b5 = chain.produceBlock();
    const b6 = chain.produceBlock();
    expect(chain.validatorSet(4)!.size).toBe(4);
    expect(b4.commit.signatures.length).toBe(4);
    expect(chain.validatorSet(5)!.validators.map((v) => v.power)).toEqual([50n, 40n, 30n, 20n]);
    expect(b5.commit.signatures.map((s) => toHex(s.validatorAddress))).toEqual([addrOf(newcomer), addrOf(signers[0]!), addrOf(signers[1]!), addrOf(signers[2]!)]);
    // Headers announce the change one block ahead: 4's next_validators_hash is set 5's hash.
    expect(b3.header.nextValidatorsHash).toEqual(b4.header.validatorsHash);
    expect(b4.header.nextValidatorsHash).toEqual(chain.validatorSet(5)!.hash());
    expect(b5.header.validatorsHash).toEqual(chain.validatorSet(5)!.hash());
    expect(b4.header.validatorsHash).not.toEqual(b5.header.validatorsHash);
    // last_commit of block 5 is still the old set (it signed 4); block 6's is the new one.
    expect(valtest.seen[4]!.info.lastCommit.votes.length).toBe(4);
    expect(valtest.seen[4]!.info.lastCommit.votes[3]!.address).toEqual(signers[3]!.address);
    expect(valtest.seen[5]!.info.lastCommit.votes.map((v) => v.power)).toEqual([50n, 40n, 30n, 20n]);
    expect(verifyCommit(chain.validatorSet(6)!, b6.header, b6.commit).totalPower).toBe(140n);
    // Skipping verification from the trusted set of height 3 to header 6: 90 of 100 old power signed.
    expect(verifyCommitTrusting(CHAIN, chain.validatorSet(3)!, b6.commit, { numerator: 1n, denominator: 3n }).signedPower).toBe(90n);
  });

  test('double sign: evidence and duplicate_vote misbehavior in the next block, verifiable against the key', () => {
    const { chain, valtest, signers } = setup();
    chain.produceBlocks(2);
    chain.doubleSign(signers[1]!.address);
    const b3 = chain.produceBlock();
    const b4 = chain.produceBlock();
    expect(valtest.seen[3]!.info.misbehavior).toEqual([
      { type: 'duplicate_vote', address: signers[1]!.address, power: 30n, height: 3, time: fromTimestamp(b3.header.time), totalVotingPower: 100n },
    ]);
    expect(b4.evidence.length).toBe(1);
    expect(b4.header.evidenceHash).not.toEqual(b3.header.evidenceHash);
    const ev = b4.evidence[0]!;
    expect(() => verifyDuplicateVoteEvidence(ev, CHAIN, signers[1]!.pubKey)).not.toThrow();
    expect(() => verifyDuplicateVoteEvidence(ev, CHAIN, signers[2]!.pubKey)).toThrow(/is not the voter/);
    expect(() => verifyDuplicateVoteEvidence(ev, 'other-chain', signers[1]!.pubKey)).toThrow(/invalid signature/);
    const forged = { ...ev, voteB: { ...ev.voteB!, signature: ev.voteA!.signature } };
    expect(() => verifyDuplicateVoteEvidence(forged, CHAIN, signers[1]!.pubKey)).toThrow(/invalid signature on vote B/);
    const swapped = { ...ev, voteA: ev.voteB, voteB: ev.voteA };
    expect(() => verifyDuplicateVoteEvidence(swapped, CHAIN, signers[1]!.pubKey)).toThrow(/canonical order/);
    // One of the two votes is the one in the commit for block 3.
    const honest = [ev.voteA!, ev.voteB!].find((v) => toHex(v.blockId.hash) === toHex(b3.blockId.hash));
    expect(honest).toBeDefined();
    // Reported once.
    chain.produceBlock();
    expect(valtest.seen[4]!.info.misbehavior).toEqual([]);
  });

  test('verifyCommit rejects tampering, a wrong set and too little power', () => {
    const { chain, signers } = setup();
    chain.setOnline(signers[3]!.address, false);
    const b = chain.produceBlock();
    const vals = chain.validatorSet(1)!;
    const sigs = b.commit.signatures;
    const badSig = { ...b.commit, signatures: sigs.map((s, i) => (i === 1 ? { ...s, signature: sigs[0]!.signature } : s)) };
    expect(() => verifyCommit(vals, b.header, badSig)).toThrow(CommitVerificationError);
    expect(() => verifyCommit(vals, { ...b.header, appHash: new Uint8Array(32) }, b.commit)).toThrow(/header hashes to/);
    const other = chain.validatorSet(1)!.copy();
    other.applyChangeSet([{ pubKey: signers[3]!.pubKey, power: 0n }]);
    expect(() => verifyCommit(other, b.header, b.commit)).toThrow(/validators_hash/);
    const dropped = { ...b.commit, signatures: sigs.map((s, i) => (i === 0 ? { ...sigs[3]! } : s)) };
    expect(() => verifyCommit(vals, b.header, dropped)).toThrow(/insufficient voting power: 50 of 100/);
    expect(headerHash(b.header)).toEqual(b.commit.blockId.hash);
  });

  test('txs run in blocks; results, tx index and data hash', () => {
    const { chain, alice, bob, auth, app } = setup();
    chain.produceBlock();
    const accNum = auth.getAccount(app.queryContext(), alice.address)!.accountNumber;
    const tx = alice.send(CHAIN, accNum, bob.address, 1234n);
    const b = chain.produceBlock({ txs: [tx] });
    expect(b.results.txResults[0]!.code).toBe(0);
    const found = chain.blockStore.searchTxs(`transfer.recipient='${bob.address}'`);
    expect(found.total).toBe(1);
    expect(found.txs[0]!.height).toBe(2);
    expect(chain.blockStore.tx(found.txs[0]!.hash)!.tx).toEqual(tx);
    expect(b.header.dataHash).not.toEqual(chain.block(1)!.header.dataHash);
  });
});
