/** MsgCreateClient / MsgUpdateClient / MsgSubmitMisbehaviour through a MsgRouter, and the gRPC queries. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { MsgCreateClient, MsgCreateClientResponse, MsgSubmitMisbehaviour, MsgUpdateClient } from 'cosmjs-types/ibc/core/client/v1/tx';
import * as Q from 'cosmjs-types/ibc/core/client/v1/query';
import { Misbehaviour } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { MsgRouter, QueryRouter } from '../../../chain/kernel/router.js';
import { Codes } from '../../../chain/kernel/errors.js';
import { findAttribute } from '../../../chain/kernel/events.js';
import { toHex, utf8 } from '../../../chain/kernel/keys.js';
import { ClientErrors, HostErrors, TendermintErrors } from '../errors.js';
import { height } from '../height.js';
import { registerClientMsgs } from './msgs.js';
import { CLIENT_QUERY_SERVICE, registerClientQueries } from './queries.js';
import { clientStateFor, consensusStateFromHeader, encodeAny, packClientState, packConsensusState, packHeader, packMisbehaviour } from './tendermint.js';
import { expectError, forge, Host, UNBONDING } from './testkit.js';
import { counterparty, headerAny, headerOf, timeOf, tmHeader, type Counterparty } from '../../../multitest/light-client.js';

function setup(): { cp: Counterparty; host: Host; router: MsgRouter; queries: QueryRouter; signer: string } {
  const cp = counterparty({ blocks: 6 });
  const host = new Host(timeOf(cp, 6) + 5_000_000_000n);
  const router = new MsgRouter();
  const queries = new QueryRouter();
  registerClientMsgs(router, host.keeper);
  registerClientQueries(queries, host.keeper);
  return { cp, host, router, queries, signer: cp.chain.addr('relayer') };
}

function send<M>(s: ReturnType<typeof setup>, codec: { typeUrl: string; encode(m: M): { finish(): Uint8Array } }, msg: M) {
  const d = s.router.decode(codec.typeUrl, codec.encode(msg).finish());
  expect(d.handler.signers(d.msg)).toEqual([s.signer]);
  const ctx = s.host.ctx();
  const resp = s.router.run(ctx, d);
  return { resp, events: ctx.events.events };
}

const createMsg = (s: ReturnType<typeof setup>, h: number): MsgCreateClient => ({
  clientState: packClientState(clientStateFor({ chainId: s.cp.chainId, latestHeight: h, unbondingPeriod: UNBONDING })),
  consensusState: packConsensusState(consensusStateFromHeader(headerOf(s.cp, h))),
  signer: s.signer,
});

describe('client messages', () => {
  test('create, update and misbehaviour through the router, with ibc-go events', () => {
    const s = setup();
    const c = send(s, MsgCreateClient, createMsg(s, 2));
    expect(c.resp.typeUrl).toBe('/ibc.core.client.v1.MsgCreateClientResponse');
    expect(MsgCreateClientResponse.decode(c.resp.value).clientId).toBe('07-tendermint-0');
    expect(c.events).toEqual([
      { type: 'create_client', attributes: [{ key: 'client_id', value: '07-tendermint-0', index: true }, { key: 'client_type', value: '07-tendermint', index: true }, { key: 'consensus_height', value: '0-2', index: true }] },
      { type: 'message', attributes: [{ key: 'module', value: 'ibc_client', index: true }] },
    ]);

    const header = headerAny(s.cp, 4, 2);
    const u = send(s, MsgUpdateClient, { clientId: '07-tendermint-0', clientMessage: header, signer: s.signer });
    expect(u.resp.typeUrl).toBe('/ibc.core.client.v1.MsgUpdateClientResponse');
    expect(u.events[0]!.attributes.map((a) => a.key)).toEqual(['client_id', 'client_type', 'consensus_height', 'consensus_heights', 'header']);
    expect(findAttribute(u.events, 'update_client', 'consensus_height')).toBe('0-4');
    expect(findAttribute(u.events, 'update_client', 'header')).toBe(toHex(encodeAny(header)));
    expect(findAttribute(u.events, 'message', 'module')).toBe('ibc_client');

    const f = forge(headerOf(s.cp, 5), s.cp.driver.validatorSet(5)!, s.cp.vals.map((v) => v.signer), { appHash: sha256(utf8('fork')) });
    const forked = { ...tmHeader(s.cp, 5, 4), signedHeader: { header: f.header, commit: f.commit } };
    const misbehaviour = packMisbehaviour(Misbehaviour.fromPartial({ clientId: '07-tendermint-0', header1: forked, header2: tmHeader(s.cp, 5, 4) }));
    const m = send(s, MsgSubmitMisbehaviour, { clientId: '07-tendermint-0', misbehaviour, signer: s.signer });
    expect(m.resp.typeUrl).toBe('/ibc.core.client.v1.MsgSubmitMisbehaviourResponse');
    expect(m.events.map((e) => e.type)).toEqual(['client_misbehaviour', 'message']);
    expect(s.host.keeper.status(s.host.ctx(), '07-tendermint-0')).toBe('Frozen');
  });

  test('stateless checks reject bad messages when decoded (before any state is touched)', () => {
    const s = setup();
    const dec = <M>(codec: { typeUrl: string; encode(m: M): { finish(): Uint8Array } }, msg: M) => () => s.router.decode(codec.typeUrl, codec.encode(msg).finish());
    expectError(dec(MsgCreateClient, { ...createMsg(s, 2), signer: '' }), Codes.InvalidAddress);
    const weakTrust = packClientState(clientStateFor({ chainId: s.cp.chainId, latestHeight: 2, unbondingPeriod: UNBONDING, trustLevel: { numerator: 1n, denominator: 5n } }));
    expectError(dec(MsgCreateClient, { ...createMsg(s, 2), clientState: weakTrust }), TendermintErrors.InvalidTrustLevel);
    expectError(dec(MsgCreateClient, { ...createMsg(s, 2), consensusState: undefined }), Codes.UnpackAny, /consensus state cannot be empty/);
    const header = headerAny(s.cp, 4, 2);
    expectError(dec(MsgUpdateClient, { clientId: 'x', clientMessage: header, signer: s.signer }), HostErrors.InvalidID);
    const other: Any = { typeUrl: '/ibc.lightclients.solomachine.v3.Header', value: new Uint8Array() };
    expectError(dec(MsgUpdateClient, { clientId: '07-tendermint-0', clientMessage: other, signer: s.signer }), ClientErrors.InvalidClientType);
    const noVals = packHeader({ ...tmHeader(s.cp, 4, 2), validatorSet: undefined });
    expectError(dec(MsgUpdateClient, { clientId: '07-tendermint-0', clientMessage: noVals, signer: s.signer }), ClientErrors.InvalidHeader, /validator set is nil/);
    expectError(dec(MsgSubmitMisbehaviour, { clientId: '07-tendermint-0', misbehaviour: header, signer: s.signer }), ClientErrors.InvalidMisbehaviour, /must be a \/ibc.lightclients.tendermint.v1.Misbehaviour/);

    const strict = new MsgRouter();
    registerClientMsgs(strict, s.host.keeper, { validateAddress: (a) => s.cp.chain.m.codec.decode(a) });
    expect(() => strict.decode(MsgCreateClient.typeUrl, MsgCreateClient.encode({ ...createMsg(s, 2), signer: 'cosmos1notours' }).finish())).toThrow();
    expect(s.host.keeper.nextClientSequence(s.host.ctx())).toBe(0n);
  });
});

describe('client queries', () => {
  test('ClientState(s), ConsensusState(s), ConsensusStateHeights, ClientStatus, ClientParams', () => {
    const s = setup();
    for (const h of [2, 3, 4]) send(s, MsgCreateClient, createMsg(s, h));
    send(s, MsgUpdateClient, { clientId: '07-tendermint-0', clientMessage: headerAny(s.cp, 5, 2), signer: s.signer });
    const q = (method: string, bytes: Uint8Array) => s.queries.get(`/${CLIENT_QUERY_SERVICE}/${method}`)!(s.host.ctx(), bytes);
    const k = s.host.keeper;

    const cs = Q.QueryClientStateResponse.decode(q('ClientState', Q.QueryClientStateRequest.encode({ clientId: '07-tendermint-1' }).finish()));
    expect(cs.clientState).toEqual(k.getClientStateAny(s.host.ctx(), '07-tendermint-1'));
    expect(cs.proofHeight).toEqual(height(0, 100));
    expectError(() => q('ClientState', Q.QueryClientStateRequest.encode({ clientId: '07-tendermint-9' }).finish()), ClientErrors.ClientNotFound);
    expectError(() => q('ClientState', Q.QueryClientStateRequest.encode({ clientId: 'bad' }).finish()), Codes.InvalidRequest);

    const all = Q.QueryClientStatesResponse.decode(q('ClientStates', Q.QueryClientStatesRequest.encode({ pagination: { key: new Uint8Array(), offset: 0n, limit: 0n, countTotal: true, reverse: false } }).finish()));
    expect(all.clientStates.map((c) => c.clientId)).toEqual(['07-tendermint-0', '07-tendermint-1', '07-tendermint-2']);
    expect(all.pagination!.total).toBe(3n);
    const page1 = Q.QueryClientStatesResponse.decode(q('ClientStates', Q.QueryClientStatesRequest.encode({ pagination: { key: new Uint8Array(), offset: 0n, limit: 2n, countTotal: false, reverse: false } }).finish()));
    expect(page1.clientStates.map((c) => c.clientId)).toEqual(['07-tendermint-0', '07-tendermint-1']);
    const page2 = Q.QueryClientStatesResponse.decode(q('ClientStates', Q.QueryClientStatesRequest.encode({ pagination: { key: page1.pagination!.nextKey, offset: 0n, limit: 2n, countTotal: false, reverse: false } }).finish()));
    expect(page2.clientStates.map((c) => c.clientId)).toEqual(['07-tendermint-2']);
    expect(page2.pagination!.nextKey).toHaveLength(0);

    const at = Q.QueryConsensusStateResponse.decode(q('ConsensusState', Q.QueryConsensusStateRequest.encode({ clientId: '07-tendermint-0', revisionNumber: 0n, revisionHeight: 2n, latestHeight: false }).finish()));
    expect(at.consensusState).toEqual(k.getConsensusStateAny(s.host.ctx(), '07-tendermint-0', height(0, 2)));
    const latest = Q.QueryConsensusStateResponse.decode(q('ConsensusState', Q.QueryConsensusStateRequest.encode({ clientId: '07-tendermint-0', revisionNumber: 0n, revisionHeight: 0n, latestHeight: true }).finish()));
    expect(latest.consensusState).toEqual(k.getConsensusStateAny(s.host.ctx(), '07-tendermint-0', height(0, 5)));
    expectError(() => q('ConsensusState', Q.QueryConsensusStateRequest.encode({ clientId: '07-tendermint-0', revisionNumber: 0n, revisionHeight: 3n, latestHeight: false }).finish()), ClientErrors.ConsensusStateNotFound, /height: 0-3/);
    expectError(() => q('ConsensusState', Q.QueryConsensusStateRequest.encode({ clientId: '07-tendermint-0', revisionNumber: 0n, revisionHeight: 0n, latestHeight: false }).finish()), Codes.InvalidRequest, /cannot be 0/);

    // Processed time/height metadata lives under the same prefix and is not listed.
    const states = Q.QueryConsensusStatesResponse.decode(q('ConsensusStates', Q.QueryConsensusStatesRequest.encode({ clientId: '07-tendermint-0' }).finish()));
    expect(states.consensusStates.map((c) => c.height)).toEqual([height(0, 2), height(0, 5)]);
    expect(states.consensusStates[1]!.consensusState).toEqual(k.getConsensusStateAny(s.host.ctx(), '07-tendermint-0', height(0, 5)));
    const heights = Q.QueryConsensusStateHeightsResponse.decode(
      q('ConsensusStateHeights', Q.QueryConsensusStateHeightsRequest.encode({ clientId: '07-tendermint-0', pagination: { key: new Uint8Array(), offset: 0n, limit: 1n, countTotal: true, reverse: false } }).finish()),
    );
    expect(heights.consensusStateHeights).toEqual([height(0, 2)]);
    expect(heights.pagination!.total).toBe(2n);
    expect(heights.pagination!.nextKey.length).toBeGreaterThan(0);

    expect(Q.QueryClientStatusResponse.decode(q('ClientStatus', Q.QueryClientStatusRequest.encode({ clientId: '07-tendermint-0' }).finish())).status).toBe('Active');
    expect(Q.QueryClientStatusResponse.decode(q('ClientStatus', Q.QueryClientStatusRequest.encode({ clientId: '07-tendermint-7' }).finish())).status).toBe('Unknown');
    expect(Q.QueryClientParamsResponse.decode(q('ClientParams', new Uint8Array())).params).toEqual({ allowedClients: ['07-tendermint'] });
  });
});
