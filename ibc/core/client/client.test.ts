/**
 * The 07-tendermint client against a real counterparty: a Meshwork chain whose validators sign
 * every block with ed25519 (BlockDriver), tracked by a host that only has an `ibc` store.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { sha256 } from '@noble/hashes/sha2.js';
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import { Header as TmHeader, Misbehaviour } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { absentSig } from '../../../chain/consensus/commit.js';
import { ValidatorSigner } from '../../../chain/consensus/keys.js';
import { NS_PER_SECOND } from '../../../chain/kernel/context.js';
import { findAttribute } from '../../../chain/kernel/events.js';
import { toHex, utf8 } from '../../../chain/kernel/keys.js';
import { Dec } from '../../../chain/types/dec.js';
import { fromTimestamp, toTimestamp } from '../../../chain/types/time.js';
import { ClientErrors, TendermintErrors } from '../errors.js';
import { height } from '../height.js';
import { consensusStatePath, IBC_STORE, key } from '../host.js';
import { expectError, forge, Host, POWER, UNBONDING } from './testkit.js';
import { counterparty, createClientAt, headerAny, headerOf, ibcHeight, timeOf, tmHeader, type Counterparty } from '../../../multitest/light-client.js';
import { durationToNs, encodeAny, packClientState, packConsensusState, packHeader, packMisbehaviour, clientStateFor, consensusStateFromHeader } from './tendermint.js';

const clone = (h: TmHeader): TmHeader => TmHeader.decode(TmHeader.encode(h).finish());
const S = NS_PER_SECOND;
const TRUSTING = (UNBONDING * 2n) / 3n;

describe('07-tendermint client: create and update', () => {
  test('creates 07-tendermint-N, then follows adjacent and non-adjacent headers, fills gaps, ignores duplicates', () => {
    const cp = counterparty({ blocks: 8 });
    const host = new Host(timeOf(cp, 8) + 10n * S);
    const k = host.keeper;
    const c0 = host.ctx();
    const id = createClientAt(host, cp, 2);
    expect(id).toBe('07-tendermint-0');
    expect(k.status(c0, id)).toBe('Active');
    expect(k.latestHeight(c0, id)).toEqual(height(0, 2));
    expect(k.consensusHeights(c0, id)).toEqual([height(0, 2)]);

    const c1 = host.ctx();
    expect(k.updateClient(c1, id, headerAny(cp, 3, 2))).toEqual({ kind: 'updated', heights: [height(0, 3)] });
    const ev = c1.events.events;
    expect(ev.map((e) => e.type)).toEqual(['update_client', 'message']);
    expect(findAttribute(ev, 'update_client', 'consensus_heights')).toBe('0-3');
    expect(findAttribute(ev, 'update_client', 'header')).toBe(toHex(encodeAny(headerAny(cp, 3, 2))));
    expect(findAttribute(ev, 'message', 'module')).toBe('ibc_client');

    host.advance(5);
    k.updateClient(host.ctx(), id, headerAny(cp, 7, 3)); // skipping: trusted validators signed
    const c = host.ctx();
    expect(k.latestHeight(c, id)).toEqual(height(0, 7));
    const cons = k.getConsensusState(c, id, height(0, 7))!;
    const h7 = headerOf(cp, 7);
    expect(toHex(cons.root.hash)).toBe(toHex(h7.appHash));
    expect(toHex(cons.nextValidatorsHash)).toBe(toHex(h7.nextValidatorsHash));
    expect(fromTimestamp(cons.timestamp)).toBe(timeOf(cp, 7));
    expect(k.timestampAtHeight(c, id, height(0, 7))).toBe(timeOf(cp, 7));
    expect(k.processedTime(c, id, height(0, 7))).toBe(host.time);
    expect(k.processedHeight(c, id, height(0, 7))).toEqual(height(0, 101));

    k.updateClient(host.ctx(), id, headerAny(cp, 5, 3)); // a past height: stored, latest unchanged
    expect(k.latestHeight(host.ctx(), id)).toEqual(height(0, 7));
    expect(k.consensusHeights(host.ctx(), id)).toEqual([2, 3, 5, 7].map((h) => height(0, h)));

    const storedAt = host.time;
    host.advance(5);
    expect(k.updateClient(host.ctx(), id, headerAny(cp, 7, 5))).toEqual({ kind: 'updated', heights: [height(0, 7)] });
    expect(k.consensusHeights(host.ctx(), id)).toHaveLength(4);
    expect(k.processedTime(host.ctx(), id, height(0, 7))).toBe(storedAt); // a duplicate is a no-op
    expect(k.status(host.ctx(), id)).toBe('Active');

    expect(createClientAt(host, cp, 4)).toBe('07-tendermint-1');
  });

  test('rejects headers that are not signed by > 2/3, tampered, or for another chain', () => {
    const cp = counterparty({ blocks: 6 });
    const host = new Host(timeOf(cp, 6) + 10n * S);
    const k = host.keeper;
    const id = createClientAt(host, cp, 3);

    // Half of the power drops out of the commit.
    const weak = clone(tmHeader(cp, 4, 3));
    weak.signedHeader!.commit!.signatures = weak.signedHeader!.commit!.signatures.map((s, i) => (i < 2 ? absentSig() : s));
    expectError(() => k.updateClient(host.ctx(), id, packHeader(weak)), ClientErrors.InvalidHeader, /insufficient voting power: 200 of 400 signed/);

    // A different app hash: the commit signs another block.
    const tampered = clone(tmHeader(cp, 4, 3));
    tampered.signedHeader!.header!.appHash = sha256(utf8('not the state'));
    expectError(() => k.updateClient(host.ctx(), id, packHeader(tampered)), ClientErrors.InvalidHeader, /commit signs block .* not this header/);

    // A forged signature.
    const badSig = clone(tmHeader(cp, 4, 3));
    badSig.signedHeader!.commit!.signatures[1]!.signature[0]! ^= 1;
    expectError(() => k.updateClient(host.ctx(), id, packHeader(badSig)), ClientErrors.InvalidHeader, /invalid signature from validator/);

    // Another chain with the very same validator keys: only the chain ID tells them apart.
    const other = counterparty({ chainId: 'meshwork-c', blocks: 6 });
    expectError(() => k.updateClient(host.ctx(), id, headerAny(other, 4, 3)), ClientErrors.InvalidHeader, /belongs to chain meshwork-c, but the client tracks meshwork-b/);

    // Trusted validators that are not the trusted state's next validators.
    const small = counterparty({ chainId: 'meshwork-d', validators: 3, blocks: 4 });
    const wrongTrust = clone(tmHeader(cp, 5, 3));
    wrongTrust.trustedValidators = small.driver.validatorSet(4)!.toProto();
    expectError(() => k.updateClient(host.ctx(), id, packHeader(wrongTrust)), TendermintErrors.InvalidValidatorSet, /do not hash to the trusted consensus state's next validators hash/);

    // No consensus state at the trusted height; trusted height not below the header.
    expectError(() => k.updateClient(host.ctx(), id, headerAny(cp, 6, 2)), ClientErrors.ConsensusStateNotFound, /TrustedHeight: 0-2/);
    expectError(() => k.updateClient(host.ctx(), id, headerAny(cp, 3, 3)), TendermintErrors.InvalidHeaderHeight, /must be less than header height/);

    // Nothing was stored by the failures; a genuine header still goes through.
    expect(k.consensusHeights(host.ctx(), id)).toEqual([height(0, 3)]);
    k.updateClient(host.ctx(), id, headerAny(cp, 4, 3));
    expect(k.latestHeight(host.ctx(), id)).toEqual(height(0, 4));
  });

  test('a block signed by 3 of 4 validators (one offline) is accepted', () => {
    const cp = counterparty({ blocks: 3 });
    cp.driver.setOnline(cp.vals[3]!.signer.address, false);
    cp.chain.advanceBlocks(3);
    const commit = cp.driver.commitAt(5)!;
    expect(commit.signatures.filter((s) => s.signature.length === 0)).toHaveLength(1);
    const host = new Host(timeOf(cp, 6) + S);
    const id = createClientAt(host, cp, 2);
    host.keeper.updateClient(host.ctx(), id, headerAny(cp, 5, 2));
    expect(host.keeper.latestHeight(host.ctx(), id)).toEqual(height(0, 5));
  });

  test('header times: not from the future beyond the clock drift, trusted state within the trusting period', () => {
    const cp = counterparty({ blocks: 10 });
    // The host clock lags: block 8 is 30 s after block 2; drift allowance 20 s.
    const host = new Host(timeOf(cp, 2) + 1n * S);
    const k = host.keeper;
    const id = createClientAt(host, cp, 2);
    expectError(() => k.updateClient(host.ctx(), id, headerAny(cp, 8, 2)), ClientErrors.InvalidHeader, /is from the future/);
    host.advance(20);
    k.updateClient(host.ctx(), id, headerAny(cp, 8, 2));

    // Later, block 2's state is too old to trust, though the client (latest 8) is still active.
    host.time = timeOf(cp, 2) + TRUSTING;
    expect(k.status(host.ctx(), id)).toBe('Active');
    expectError(() => k.updateClient(host.ctx(), id, headerAny(cp, 9, 2)), TendermintErrors.TrustingPeriodExpired, /trusted consensus state at 0-2/);
    k.updateClient(host.ctx(), id, headerAny(cp, 9, 8));
    // That update pruned the expired oldest consensus state (ibc-go pruneOldestConsensusState).
    expect(k.consensusHeights(host.ctx(), id)).toEqual([height(0, 8), height(0, 9)]);
  });

  test('expiry by host time: status Expired, updates and proofs refused; an expired client cannot be created', () => {
    const cp = counterparty({ blocks: 4 });
    const host = new Host(timeOf(cp, 4));
    const k = host.keeper;
    const id = createClientAt(host, cp, 3);
    host.time = timeOf(cp, 3) + TRUSTING - 1n;
    expect(k.status(host.ctx(), id)).toBe('Active');
    host.time += 1n;
    expect(k.status(host.ctx(), id)).toBe('Expired');
    expectError(() => k.updateClient(host.ctx(), id, headerAny(cp, 4, 3)), ClientErrors.ClientNotActive, /cannot update client \(07-tendermint-0\) with status Expired/);
    const args = { height: height(0, 3), delayTimePeriod: 0n, delayBlockPeriod: 0n, proof: new Uint8Array([1]), prefix: utf8('bank'), path: 'x' };
    expectError(() => k.verifyMembership(host.ctx(), id, { ...args, value: utf8('v') }), ClientErrors.ClientNotActive, /status is Expired/);
    expectError(() => k.verifyNonMembership(host.ctx(), id, args), ClientErrors.ClientNotActive, /status is Expired/);
    expectError(() => createClientAt(host, cp, 3), ClientErrors.ClientNotActive, /cannot create client \(07-tendermint-1\) with status Expired/);
    expect(k.nextClientSequence(host.ctx())).toBe(1n); // the failed creation left nothing behind
  });

  test('invalid client states and consensus states are refused at creation', () => {
    const cp = counterparty({ blocks: 2 });
    const host = new Host(timeOf(cp, 2));
    const cons = packConsensusState(consensusStateFromHeader(headerOf(cp, 2)));
    const create = (o: Partial<Parameters<typeof clientStateFor>[0]>, mutate?: (cs: ReturnType<typeof clientStateFor>) => void) => {
      const cs = clientStateFor({ chainId: cp.chainId, latestHeight: 2, unbondingPeriod: UNBONDING, ...o });
      mutate?.(cs);
      return host.keeper.createClient(host.ctx(), packClientState(cs), cons);
    };
    expectError(() => create({ trustLevel: { numerator: 1n, denominator: 4n } }), TendermintErrors.InvalidTrustLevel, /\[1\/3, 1\]/);
    expectError(() => create({ trustingPeriod: UNBONDING }), TendermintErrors.InvalidTrustingPeriod, /should be < unbonding period/);
    expectError(() => create({ latestHeight: 0 }), TendermintErrors.InvalidHeaderHeight, /cannot be zero/);
    expectError(() => create({ chainId: ' ' }), TendermintErrors.InvalidChainID);
    expectError(() => create({ proofSpecs: [] }), TendermintErrors.InvalidProofSpecs);
    expectError(() => create({ maxClockDrift: 0n }), TendermintErrors.InvalidMaxClockDrift);
    expectError(() => create({}, (cs) => (cs.latestHeight = height(3, 2))), TendermintErrors.InvalidHeaderHeight, /revision number must match/);
    expectError(() => host.keeper.createClient(host.ctx(), packClientState(clientStateFor({ chainId: cp.chainId, latestHeight: 2, unbondingPeriod: UNBONDING })), packConsensusState({ ...consensusStateFromHeader(headerOf(cp, 2)), root: { hash: new Uint8Array() } })), ClientErrors.InvalidConsensus, /root cannot be empty/);
    expectError(() => host.keeper.createClient(host.ctx(), { typeUrl: '/ibc.lightclients.solomachine.v3.ClientState', value: new Uint8Array() }, cons), ClientErrors.InvalidClientType);
    expect(host.keeper.nextClientSequence(host.ctx())).toBe(0n);
    // The default trusting period is 2/3 of the unbonding period.
    const cs = clientStateFor({ chainId: cp.chainId, latestHeight: 2, unbondingPeriod: UNBONDING });
    expect(durationToNs(cs.trustingPeriod)).toBe(TRUSTING);
    expect(durationToNs(cs.maxClockDrift)).toBe(20n * S);
    expect(cs.upgradePath).toEqual(['upgrade', 'upgradedIBCState']);
  });
});

describe('07-tendermint client: validator set changes', () => {
  /** A counterparty where a 1000-power validator joins at `joinAt`; afterwards 3 of the 4 originals go offline. */
  function withNewValidator(): { cp: Counterparty; joinAt: number } {
    const big = ValidatorSigner.fromSeed('big');
    let operator = '';
    const cp = counterparty({
      blocks: 3,
      fund: (g) => {
        operator = g.m.codec.encode(sha256(utf8('ibc-client-test/big')).slice(0, 20));
        g.fund(operator, 2000n * POWER);
      },
    });
    const { chain, driver } = cp;
    const joinAt = chain.height;
    const dec = (s: string) => Dec.parse(s).toAtomicsString();
    chain.executeAs(operator, [
      {
        typeUrl: '/cosmos.staking.v1beta1.MsgCreateValidator',
        value: MsgCreateValidator.fromPartial({
          description: { moniker: 'big' },
          commission: { rate: dec('0.1'), maxRate: dec('0.2'), maxChangeRate: dec('0.01') },
          minSelfDelegation: '1',
          validatorAddress: chain.m.codec.accountToValoper(operator),
          pubkey: { typeUrl: '/cosmos.crypto.ed25519.PubKey', value: Ed25519PubKey.encode({ key: big.pubKey }).finish() },
          value: { denom: 'stake', amount: (1000n * POWER).toString() },
        }),
      },
    ]);
    driver.addSigner(big);
    chain.advanceBlocks(2); // joinAt + 2 is signed by the new set
    for (const v of cp.vals.slice(1)) driver.setOnline(v.signer.address, false);
    chain.advanceBlocks(4); // from joinAt + 3 on: the big validator and v0 (1100 of 1400)
    return { cp, joinAt };
  }

  test('the set change is followed header by header, and skipping over it works while the trusted set still signs', () => {
    const { cp, joinAt } = withNewValidator();
    const d = cp.driver;
    expect(d.validatorSet(joinAt + 1)!.size).toBe(4);
    expect(d.validatorSet(joinAt + 2)!.size).toBe(5);
    expect(toHex(headerOf(cp, joinAt + 1).nextValidatorsHash)).toBe(toHex(d.validatorSet(joinAt + 2)!.hash()));

    const host = new Host(timeOf(cp, joinAt + 5) + S);
    const k = host.keeper;
    const id = createClientAt(host, cp, joinAt - 1);
    for (let h = joinAt; h <= joinAt + 5; h++) k.updateClient(host.ctx(), id, headerAny(cp, h, h - 1));
    expect(k.latestHeight(host.ctx(), id)).toEqual(height(0, joinAt + 5));
    expect(toHex(k.getConsensusState(host.ctx(), id, height(0, joinAt + 5))!.nextValidatorsHash)).toBe(toHex(d.validatorSet(joinAt + 6)!.hash()));

    // Skipping: into the change (all old validators sign joinAt + 2), then on with the new set trusted.
    const id2 = createClientAt(host, cp, joinAt - 1);
    k.updateClient(host.ctx(), id2, headerAny(cp, joinAt + 2, joinAt - 1));
    k.updateClient(host.ctx(), id2, headerAny(cp, joinAt + 5, joinAt + 2));
    expect(k.latestHeight(host.ctx(), id2)).toEqual(height(0, joinAt + 5));
  });

  test('skipping fails when the trusted validators signed no more than the trust level', () => {
    const { cp, joinAt } = withNewValidator();
    const host = new Host(timeOf(cp, joinAt + 5) + S);
    const id = createClientAt(host, cp, joinAt - 1);
    // Of the 400 trusted power only v0 (100) signed block joinAt + 4: 1/4 ≤ 1/3.
    expectError(() => host.keeper.updateClient(host.ctx(), id, headerAny(cp, joinAt + 4, joinAt - 1)), ClientErrors.InvalidHeader, /cannot be trusted.*trusted validators signed 100 of 400/);
  });
});

describe('07-tendermint client: misbehaviour', () => {
  function setup(): { cp: Counterparty; host: Host; id: string } {
    const cp = counterparty({ blocks: 8 });
    const host = new Host(timeOf(cp, 8) + 10n * S);
    const id = createClientAt(host, cp, 3);
    return { cp, host, id };
  }
  const signers = (cp: Counterparty) => cp.vals.map((v) => v.signer);

  /** Block `h` re-signed by all validators with a different app hash (an equivocating fork). */
  function fork(cp: Counterparty, h: number, trusted: number, change: Parameters<typeof forge>[3] = { appHash: sha256(utf8(`fork ${h}`)) }): TmHeader {
    const real = tmHeader(cp, h, trusted);
    const f = forge(headerOf(cp, h), cp.driver.validatorSet(h)!, signers(cp), change);
    return { ...real, signedHeader: { header: f.header, commit: f.commit } };
  }

  test('two validly signed headers at the same height freeze the client; it then refuses updates and proofs', () => {
    const { cp, host, id } = setup();
    const k = host.keeper;
    const m = Misbehaviour.fromPartial({ clientId: id, header1: fork(cp, 5, 3), header2: tmHeader(cp, 5, 3) });
    const ctx = host.ctx();
    expect(k.updateClient(ctx, id, packMisbehaviour(m))).toEqual({ kind: 'frozen' });
    expect(ctx.events.events.map((e) => e.type)).toEqual(['client_misbehaviour', 'message']);
    expect(findAttribute(ctx.events.events, 'client_misbehaviour', 'client_id')).toBe(id);
    expect(k.status(host.ctx(), id)).toBe('Frozen');
    expect(k.getClientState(host.ctx(), id)!.frozenHeight).toEqual(height(0, 1));
    expectError(() => k.updateClient(host.ctx(), id, headerAny(cp, 5, 3)), ClientErrors.ClientNotActive, /with status Frozen/);
    const args = { height: height(0, 3), delayTimePeriod: 0n, delayBlockPeriod: 0n, proof: new Uint8Array(), prefix: utf8('bank'), path: 'x', value: utf8('v') };
    expectError(() => k.verifyMembership(host.ctx(), id, args), ClientErrors.ClientNotActive, /status is Frozen/);
  });

  test('a BFT time violation (higher header not later) freezes the client', () => {
    const { cp, host, id } = setup();
    const early = fork(cp, 6, 3, { time: headerOf(cp, 5).time });
    const m = Misbehaviour.fromPartial({ clientId: '', header1: early, header2: tmHeader(cp, 5, 3) });
    expect(host.keeper.updateClient(host.ctx(), id, packMisbehaviour(m))).toEqual({ kind: 'frozen' });
  });

  test('misbehaviour that shows none, or with a forged signature, is rejected and the client stays active', () => {
    const { cp, host, id } = setup();
    const k = host.keeper;
    const same = Misbehaviour.fromPartial({ clientId: id, header1: tmHeader(cp, 5, 3), header2: tmHeader(cp, 5, 3) });
    expectError(() => k.updateClient(host.ctx(), id, packMisbehaviour(same)), ClientErrors.InvalidMisbehaviour, /show no misbehaviour/);
    const ordered = Misbehaviour.fromPartial({ clientId: id, header1: tmHeader(cp, 6, 3), header2: tmHeader(cp, 5, 3) });
    expectError(() => k.updateClient(host.ctx(), id, packMisbehaviour(ordered)), ClientErrors.InvalidMisbehaviour, /show no misbehaviour/);
    const reversed = Misbehaviour.fromPartial({ clientId: id, header1: tmHeader(cp, 5, 3), header2: tmHeader(cp, 6, 3) });
    expectError(() => k.updateClient(host.ctx(), id, packMisbehaviour(reversed)), ClientErrors.InvalidMisbehaviour, /Header1 height is less than Header2 height/);
    const forged = fork(cp, 5, 3);
    forged.signedHeader!.commit!.signatures[0]!.signature[3]! ^= 0x10;
    const bad = Misbehaviour.fromPartial({ clientId: id, header1: forged, header2: tmHeader(cp, 5, 3) });
    expectError(() => k.updateClient(host.ctx(), id, packMisbehaviour(bad)), ClientErrors.InvalidMisbehaviour, /validator set did not commit to header 1/);
    expect(k.status(host.ctx(), id)).toBe('Active');
  });

  test('a header conflicting with a stored consensus state, or out of time order, freezes the client (MsgUpdateClient)', () => {
    const { cp, host, id } = setup();
    const k = host.keeper;
    k.updateClient(host.ctx(), id, headerAny(cp, 5, 3));
    expect(k.updateClient(host.ctx(), id, packHeader(fork(cp, 5, 3)))).toEqual({ kind: 'frozen' });
    expect(k.status(host.ctx(), id)).toBe('Frozen');

    const b = setup();
    b.host.keeper.updateClient(b.host.ctx(), b.id, headerAny(b.cp, 7, 3));
    // Block 5 re-signed with a time after block 7's: valid on its own, but times must grow with height.
    const late = fork(b.cp, 5, 3, { time: toTimestamp(timeOf(b.cp, 7) + S) });
    expect(b.host.keeper.updateClient(b.host.ctx(), b.id, packHeader(late))).toEqual({ kind: 'frozen' });
  });
});

describe('07-tendermint client: stored layout', () => {
  test('client and consensus states are Anys at their ICS-24 paths in the ibc store', () => {
    const cp = counterparty({ blocks: 3 });
    const host = new Host(timeOf(cp, 3) + S);
    const id = createClientAt(host, cp, 2);
    const s = host.ctx().store(IBC_STORE);
    expect(s.get(key(`clients/${id}/clientState`))).toEqual(encodeAny(host.keeper.getClientStateAny(host.ctx(), id)!));
    expect(s.get(key(consensusStatePath(id, ibcHeight(cp, 2))))).toEqual(encodeAny(packConsensusState(consensusStateFromHeader(headerOf(cp, 2)))));
    expect(s.get(key('nextClientSequence'))).toEqual(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 1]));
    expect(durationToNs(host.keeper.getClientState(host.ctx(), id)!.trustingPeriod)).toBe(TRUSTING);
  });
});
