import { describe, test } from 'node:test';
import { expect } from 'expect';
import { sha256 } from '@noble/hashes/sha2.js';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { commitHash, dataHash, headerHash, toTimestamp, fromTimestamp, ZERO_TIME } from './encoding.js';
import { absentSig } from './commit.js';
import { toHex } from '../kernel/keys.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('CometBFT encodings', () => {
  test('header hash: CometBFT TestHeaderHash "Generates expected hash"', () => {
    const h = headerHash({
      version: { block: 1n, app: 2n },
      chainId: 'chainId',
      height: 3n,
      time: toTimestamp(BigInt(Date.UTC(2019, 9, 13, 16, 14, 44)) * 1_000_000n),
      lastBlockId: { hash: new Uint8Array(32), partSetHeader: { total: 6, hash: new Uint8Array(32) } },
      lastCommitHash: sha256(enc('last_commit_hash')),
      dataHash: sha256(enc('data_hash')),
      validatorsHash: sha256(enc('validators_hash')),
      nextValidatorsHash: sha256(enc('next_validators_hash')),
      consensusHash: sha256(enc('consensus_hash')),
      appHash: sha256(enc('app_hash')),
      lastResultsHash: sha256(enc('last_results_hash')),
      evidenceHash: sha256(enc('evidence_hash')),
      proposerAddress: sha256(enc('proposer_address')).slice(0, 20),
    });
    expect(toHex(h).toUpperCase()).toBe('F740121F553B5418C3EFBD343C2DBFE9E007BB67B0D020A0741374BAB65242A4');
  });

  test('commit hash: CometBFT TestCommitHash "with signatures"', () => {
    const h = commitHash([
      absentSig(),
      { blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT, validatorAddress: new Uint8Array(4), timestamp: toTimestamp(0n), signature: new Uint8Array(4) },
    ]);
    expect(toHex(h)).toBe('f93c174b5c2756ef817a4383631560' + '84c13d0610fd94b95db046bb111d6c652a');
  });

  test('empty lists hash to sha256("") (RFC 6962), and times round-trip including before 1970', () => {
    expect(toHex(dataHash([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(toHex(commitHash([]))).toBe(toHex(dataHash([])));
    expect(fromTimestamp(toTimestamp(-1n))).toBe(-1n);
    expect(toTimestamp(-1n)).toEqual({ seconds: -1n, nanos: 999_999_999 });
    expect(fromTimestamp(ZERO_TIME)).toBe(-62135596800n * 1_000_000_000n);
  });
});
