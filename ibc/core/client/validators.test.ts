import { describe, test } from 'node:test';
import { expect } from 'expect';
import type { ValidatorSet as ProtoValidatorSet } from 'cosmjs-types/tendermint/types/validator';
import { toHex } from '../../../chain/kernel/keys.js';
import { TendermintErrors } from '../errors.js';
import { height } from '../height.js';
import { expectError } from './testkit.js';
import { counterparty, headerOf } from '../../../multitest/light-client.js';
import { buildHeader, headerAt, validatorSetFromProto, validatorSetHash, validatorSetToProto } from './validators.js';

describe('validator sets for 07-tendermint headers', () => {
  const cp = counterparty({ blocks: 5 });

  test('our set → proto → our set keeps the CometBFT hash and proposer the headers carry', () => {
    for (let h = 1; h <= 5; h++) {
      const proto = validatorSetToProto(cp.driver.validatorSet(h)!);
      expect(proto.validators).toHaveLength(4);
      expect(proto.totalVotingPower).toBe(400n);
      const back = validatorSetFromProto(proto);
      expect(toHex(back.hash())).toBe(toHex(headerOf(cp, h).validatorsHash));
      expect(toHex(validatorSetHash(proto))).toBe(toHex(headerOf(cp, h).validatorsHash));
      expect(toHex(proto.proposer!.address)).toBe(toHex(headerOf(cp, h).proposerAddress));
      expect(toHex(back.proposer().address)).toBe(toHex(headerOf(cp, h).proposerAddress));
    }
  });

  test('untrusted proto sets are checked as CometBFT does', () => {
    const good = validatorSetToProto(cp.driver.validatorSet(3)!);
    const edit = (f: (p: ProtoValidatorSet) => void): ProtoValidatorSet => {
      const p: ProtoValidatorSet = { ...good, validators: good.validators.map((v) => ({ ...v, address: v.address.slice(), pubKey: { ...v.pubKey } })), proposer: { ...good.proposer! } };
      f(p);
      return p;
    };
    expectError(() => validatorSetFromProto({ validators: [], totalVotingPower: 0n }), TendermintErrors.InvalidValidatorSet, /nil or empty/);
    expectError(() => validatorSetFromProto(edit((p) => (p.proposer = undefined))), TendermintErrors.InvalidValidatorSet, /proposer is missing/);
    expectError(() => validatorSetFromProto(edit((p) => (p.validators[1]!.address = p.validators[0]!.address))), TendermintErrors.InvalidValidatorSet, /validator 1 address .* is not derived from its public key/);
    expectError(() => validatorSetFromProto(edit((p) => (p.validators[1] = p.validators[0]!))), TendermintErrors.InvalidValidatorSet, /duplicate validator/);
    expectError(() => validatorSetFromProto(edit((p) => (p.validators[2]!.votingPower = -1n))), TendermintErrors.InvalidValidatorSet, /negative voting power/);
    expectError(() => validatorSetFromProto(edit((p) => (p.validators[0]!.pubKey = { secp256k1: new Uint8Array(33) }))), TendermintErrors.InvalidValidatorSet, /ed25519/);
  });

  test('headerAt assembles the signed header, its signing set and the trusted next set', () => {
    const h = headerAt(cp.driver, 5, height(0, 2));
    expect(h.signedHeader!.header!.height).toBe(5n);
    expect(h.signedHeader!.commit!.height).toBe(5n);
    expect(toHex(validatorSetHash(h.validatorSet!))).toBe(toHex(headerOf(cp, 5).validatorsHash));
    expect(toHex(validatorSetHash(h.trustedValidators!))).toBe(toHex(headerOf(cp, 2).nextValidatorsHash));
    expect(h.trustedHeight).toEqual(height(0, 2));
    const same = buildHeader({ signedHeader: { header: headerOf(cp, 5), commit: cp.driver.commitAt(5)! }, validatorSet: cp.driver.validatorSet(5)!, trustedHeight: height(0, 2), trustedValidators: cp.driver.validatorSet(3)! });
    expect(same).toEqual(h);
    expect(() => headerAt(cp.driver, 9, height(0, 2))).toThrow(/no committed block 9/);
  });
});
