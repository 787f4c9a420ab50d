/**
 * The 02-client keeper with its one light client, 07-tendermint: client and consensus states as
 * protobuf `Any`s at their ICS-24 paths in the `ibc` store, client IDs `07-tendermint-N` from
 * `nextClientSequence`, header updates and misbehaviour freezing (ibc-go `02-client/keeper/client.go`
 * + `07-tendermint/update.go`), status and expiry by host block time, and proof verification for
 * the connection and channel handshakes (`ClientVerifier`).
 *
 * Besides each consensus state, ibc-go's metadata is kept under the same keys: processed time and
 * height (connection delay periods) and a big-endian iteration key for ordered height lookups.
 */
import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Params } from 'cosmjs-types/ibc/core/client/v1/client';
import { ClientState, ConsensusState, type Header as TmHeader, type Misbehaviour } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { Any as AnyCodec } from 'cosmjs-types/google/protobuf/any';
import type { Context, TimeNs } from '../../../chain/kernel/context.js';
import { inBranch } from '../../../chain/kernel/context.js';
import { ChainError } from '../../../chain/kernel/errors.js';
import { event } from '../../../chain/kernel/events.js';
import { bytesEqual, concat, fromUtf8, readU64BE, toHex, u64BE, utf8 } from '../../../chain/kernel/keys.js';
import type { KVStore } from '../../../chain/store/kv.js';
import { prefixEnd } from '../../../chain/store/kv.js';
import { fromTimestamp } from '../../../chain/types/time.js';
import { ClientErrors, TendermintErrors } from '../errors.js';
import { compareHeights, formatHeight, height as mkHeight, isZeroHeight, parseHeight, selfHeight, type Height } from '../height.js';
import { DecodedCache } from '../decoded.js';
import { clientIdentifier, clientStatePath, consensusStatePath, IBC_STORE, key } from '../host.js';
import type { ClientStatus, ClientVerifier, MembershipArgs } from '../types.js';
import { isMisbehaviour, validateMisbehaviourBasic, verifyHeader, verifyMisbehaviourHeader } from './light.js';
import { verifyMerkleMembership, verifyMerkleNonMembership } from './proof.js';
import {
  consensusStateFromHeader,
  durationToNs,
  FROZEN_HEIGHT,
  packClientState,
  packConsensusState,
  TENDERMINT_CLIENT_TYPE,
  unpackClientMessage,
  unpackClientState,
  unpackConsensusState,
  validateClientState,
  validateConsensusState,
} from './tendermint.js';

/** ibc-go `KeyNextClientSequence`: u64 big-endian. */
export const NEXT_CLIENT_SEQUENCE_KEY = utf8('nextClientSequence');
/** ibc-go 02-client `AttributeValueCategory` (`message.module`). */
export const CLIENT_EVENT_MODULE = 'ibc_client';

const processedTimeKey = (clientId: string, h: Height): Uint8Array => key(`${consensusStatePath(clientId, h)}/processedTime`);
const processedHeightKey = (clientId: string, h: Height): Uint8Array => key(`${consensusStatePath(clientId, h)}/processedHeight`);
const iterationPrefix = (clientId: string): Uint8Array => key(`clients/${clientId}/iterateConsensusStates`);
const iterationKey = (clientId: string, h: Height): Uint8Array => concat(iterationPrefix(clientId), u64BE(h.revisionNumber), u64BE(h.revisionHeight));
const heightOfIterationKey = (prefix: Uint8Array, k: Uint8Array): Height => mkHeight(readU64BE(k, prefix.length), readU64BE(k, prefix.length + 8));

/** Decoded client and consensus states by their stored bytes (see `decoded.ts`). */
const decodedClientStates = new DecodedCache((b) => unpackClientState(AnyCodec.decode(b)));
const decodedConsensusStates = new DecodedCache((b) => unpackConsensusState(AnyCodec.decode(b)));

/** The client type of `07-tendermint-N` (ibc-go `ParseClientIdentifier`), or undefined. */
export function parseClientType(clientId: string): string | undefined {
  const m = /^(.+)-(0|[1-9]\d*)$/.exec(clientId);
  return m === null ? undefined : m[1];
}

/** What an accepted MsgUpdateClient did. */
export type UpdateOutcome =
  | { kind: 'updated'; heights: Height[] }
  /** The message proved misbehaviour: the client is now frozen. */
  | { kind: 'frozen' };

export interface ClientKeeperOptions {
  /** ibc-go client `Params.allowed_clients`. Default ["07-tendermint"]. */
  allowedClients?: readonly string[];
}

export class ClientKeeper implements ClientVerifier {
  readonly allowedClients: readonly string[];

  constructor(opts: ClientKeeperOptions = {}) {
    this.allowedClients = Object.freeze([...(opts.allowedClients ?? [TENDERMINT_CLIENT_TYPE])]);
  }

  params(): Params {
    return { allowedClients: [...this.allowedClients] };
  }

  private store(ctx: Context): KVStore {
    return ctx.store(IBC_STORE);
  }

  // ----- reads --------------------------------------------------------------------------------------

  nextClientSequence(ctx: Context): bigint {
    const raw = this.store(ctx).get(NEXT_CLIENT_SEQUENCE_KEY);
    return raw === undefined ? 0n : readU64BE(raw);
  }

  getClientStateAny(ctx: Context, clientId: string): Any | undefined {
    const raw = this.store(ctx).get(key(clientStatePath(clientId)));
    return raw === undefined ? undefined : AnyCodec.decode(raw);
  }

  /** Decoded and frozen: shared by every reader of the same stored bytes (see `decoded.ts`). */
  getClientState(ctx: Context, clientId: string): ClientState | undefined {
    const raw = this.store(ctx).get(key(clientStatePath(clientId)));
    return raw === undefined ? undefined : decodedClientStates.get(raw);
  }

  private requireClientState(ctx: Context, clientId: string): ClientState {
    const cs = this.getClientState(ctx, clientId);
    if (cs === undefined) throw new ChainError(ClientErrors.ClientNotFound, `client ${clientId} does not exist`);
    return cs;
  }

  getConsensusStateAny(ctx: Context, clientId: string, h: Height): Any | undefined {
    const raw = this.store(ctx).get(key(consensusStatePath(clientId, h)));
    return raw === undefined ? undefined : AnyCodec.decode(raw);
  }

  /** Decoded and frozen, as `getClientState`. */
  getConsensusState(ctx: Context, clientId: string, h: Height): ConsensusState | undefined {
    const raw = this.store(ctx).get(key(consensusStatePath(clientId, h)));
    return raw === undefined ? undefined : decodedConsensusStates.get(raw);
  }

  /** The consensus state at the client's latest height (ibc-go `GetLatestClientConsensusState`). */
  latestConsensusState(ctx: Context, clientId: string): ConsensusState | undefined {
    const cs = this.getClientState(ctx, clientId);
    return cs === undefined ? undefined : this.getConsensusState(ctx, clientId, cs.latestHeight);
  }

  /** Heights with a consensus state, ascending. */
  consensusHeights(ctx: Context, clientId: string): Height[] {
    const p = iterationPrefix(clientId);
    const out: Height[] = [];
    for (const [k] of this.store(ctx).iterator(p, prefixEnd(p))) out.push(heightOfIterationKey(p, k));
    return out;
  }

  /** Host block time when the consensus state at `h` was stored. */
  processedTime(ctx: Context, clientId: string, h: Height): TimeNs | undefined {
    const raw = this.store(ctx).get(processedTimeKey(clientId, h));
    return raw === undefined ? undefined : readU64BE(raw);
  }

  /** Host height when the consensus state at `h` was stored. */
  processedHeight(ctx: Context, clientId: string, h: Height): Height | undefined {
    const raw = this.store(ctx).get(processedHeightKey(clientId, h));
    return raw === undefined ? undefined : parseHeight(fromUtf8(raw));
  }

  /** The nearest consensus state below (`dir` −1) or above (+1) `h` (ibc-go Get{Previous,Next}ConsensusState). */
  private neighbour(ctx: Context, clientId: string, h: Height, dir: -1 | 1): ConsensusState | undefined {
    const p = iterationPrefix(clientId);
    const at = iterationKey(clientId, h);
    const it = dir < 0 ? this.store(ctx).iterator(p, at, true) : this.store(ctx).iterator(concat(at, Uint8Array.of(0)), prefixEnd(p));
    for (const [k] of it) return this.getConsensusState(ctx, clientId, heightOfIterationKey(p, k));
    return undefined;
  }

  // ----- ClientVerifier -----------------------------------------------------------------------------

  /**
   * ibc-go 07-tendermint `status`: Frozen if a frozen height is set; Expired if the latest consensus
   * state is missing or older than the trusting period at the host's block time; else Active.
   */
  status(ctx: Context, clientId: string): ClientStatus {
    const cs = this.getClientState(ctx, clientId);
    if (cs === undefined) return 'Unknown';
    if (!isZeroHeight(cs.frozenHeight)) return 'Frozen';
    const latest = this.getConsensusState(ctx, clientId, cs.latestHeight);
    if (latest === undefined) return 'Expired';
    return this.isExpired(cs, latest, ctx.time) ? 'Expired' : 'Active';
  }

  private isExpired(cs: ClientState, cons: ConsensusState, now: TimeNs): boolean {
    return fromTimestamp(cons.timestamp) + durationToNs(cs.trustingPeriod) <= now;
  }

  latestHeight(ctx: Context, clientId: string): Height {
    return { ...this.requireClientState(ctx, clientId).latestHeight };
  }

  timestampAtHeight(ctx: Context, clientId: string, h: Height): TimeNs {
    this.requireClientState(ctx, clientId);
    const cons = this.getConsensusState(ctx, clientId, h);
    if (cons === undefined) throw new ChainError(ClientErrors.ConsensusStateNotFound, `client ${clientId} has no consensus state at height ${formatHeight(h)}`);
    return fromTimestamp(cons.timestamp);
  }

  verifyMembership(ctx: Context, clientId: string, args: MembershipArgs & { value: Uint8Array }): void {
    const { cs, cons } = this.beforeProof(ctx, clientId, args);
    verifyMerkleMembership({ specs: cs.proofSpecs, root: cons.root.hash, proof: args.proof, prefix: args.prefix, key: key(args.path), value: args.value });
  }

  verifyNonMembership(ctx: Context, clientId: string, args: MembershipArgs): void {
    const { cs, cons } = this.beforeProof(ctx, clientId, args);
    verifyMerkleNonMembership({ specs: cs.proofSpecs, root: cons.root.hash, proof: args.proof, prefix: args.prefix, key: key(args.path) });
  }

  /** ibc-go `verifyMembership` before the Merkle check: active client, height, delay, consensus state. */
  private beforeProof(ctx: Context, clientId: string, a: MembershipArgs): { cs: ClientState; cons: ConsensusState } {
    const cs = this.requireClientState(ctx, clientId);
    const status = this.status(ctx, clientId);
    if (status !== 'Active') throw new ChainError(ClientErrors.ClientNotActive, `client (${clientId}) status is ${status}`);
    if (compareHeights(cs.latestHeight, a.height) < 0) {
      throw new ChainError(ClientErrors.InvalidHeight, `client state height < proof height (${formatHeight(cs.latestHeight)} < ${formatHeight(a.height)}), please ensure the client has been updated`);
    }
    this.verifyDelayPeriodPassed(ctx, clientId, a);
    const cons = this.getConsensusState(ctx, clientId, a.height);
    if (cons === undefined) {
      throw new ChainError(ClientErrors.ConsensusStateNotFound, `client ${clientId} has no consensus state at proof height ${formatHeight(a.height)}: please ensure the proof was constructed against a height that exists on the client (update the client to that height first)`);
    }
    return { cs, cons };
  }

  /** ibc-go `verifyDelayPeriodPassed`: both delays are inclusive. */
  private verifyDelayPeriodPassed(ctx: Context, clientId: string, a: MembershipArgs): void {
    if (a.delayTimePeriod !== 0n) {
      const processed = this.processedTime(ctx, clientId, a.height);
      if (processed === undefined) throw new ChainError(TendermintErrors.ProcessedTimeNotFound, `processed time not found for height: ${formatHeight(a.height)}`);
      const valid = processed + a.delayTimePeriod;
      if (ctx.time < valid) throw new ChainError(TendermintErrors.DelayPeriodNotPassed, `cannot verify packet until time: ${valid}, current time: ${ctx.time}`);
    }
    if (a.delayBlockPeriod !== 0n) {
      const processed = this.processedHeight(ctx, clientId, a.height);
      if (processed === undefined) throw new ChainError(TendermintErrors.ProcessedHeightNotFound, `processed height not found for height: ${formatHeight(a.height)}`);
      const valid = mkHeight(processed.revisionNumber, processed.revisionHeight + a.delayBlockPeriod);
      const current = selfHeight(ctx.chainId, ctx.height);
      if (compareHeights(current, valid) < 0) throw new ChainError(TendermintErrors.DelayPeriodNotPassed, `cannot verify packet until height: ${formatHeight(valid)}, current height: ${formatHeight(current)}`);
    }
  }

  // ----- writes -------------------------------------------------------------------------------------

  private setClientState(ctx: Context, clientId: string, cs: ClientState): void {
    this.store(ctx).set(key(clientStatePath(clientId)), AnyCodec.encode(packClientState(cs)).finish());
  }

  /** The consensus state plus ibc-go's metadata (processed time/height, iteration key). */
  private setConsensusState(ctx: Context, clientId: string, h: Height, cons: ConsensusState): void {
    const s = this.store(ctx);
    s.set(key(consensusStatePath(clientId, h)), AnyCodec.encode(packConsensusState(cons)).finish());
    s.set(processedTimeKey(clientId, h), u64BE(ctx.time));
    s.set(processedHeightKey(clientId, h), utf8(formatHeight(selfHeight(ctx.chainId, ctx.height))));
    s.set(iterationKey(clientId, h), key(`consensusStates/${formatHeight(h)}`));
  }

  private deleteConsensusState(ctx: Context, clientId: string, h: Height): void {
    const s = this.store(ctx);
    s.delete(key(consensusStatePath(clientId, h)));
    s.delete(processedTimeKey(clientId, h));
    s.delete(processedHeightKey(clientId, h));
    s.delete(iterationKey(clientId, h));
  }

  /**
   * MsgCreateClient: a new `07-tendermint-N` from a client state and its initial consensus state
   * (stored at the client state's latest height). The client must be Active at creation.
   */
  createClient(ctx: Context, clientStateAny: Any | undefined, consensusStateAny: Any | undefined): string {
    const cs = unpackClientState(clientStateAny);
    validateClientState(cs);
    const cons = unpackConsensusState(consensusStateAny);
    validateConsensusState(cons);
    if (!this.allowedClients.includes(TENDERMINT_CLIENT_TYPE)) throw new ChainError(ClientErrors.InvalidClientType, `client type ${TENDERMINT_CLIENT_TYPE} is not in the allowed clients [${this.allowedClients.join(', ')}]`);
    return inBranch(ctx, (c) => {
      const s = this.store(c);
      const seq = this.nextClientSequence(c);
      s.set(NEXT_CLIENT_SEQUENCE_KEY, u64BE(seq + 1n));
      const clientId = clientIdentifier(TENDERMINT_CLIENT_TYPE, seq);
      this.setClientState(c, clientId, cs);
      this.setConsensusState(c, clientId, cs.latestHeight, cons);
      const status = this.status(c, clientId);
      if (status !== 'Active') throw new ChainError(ClientErrors.ClientNotActive, `cannot create client (${clientId}) with status ${status}`);
      c.emit(event('create_client', { client_id: clientId, client_type: TENDERMINT_CLIENT_TYPE, consensus_height: formatHeight(cs.latestHeight) }));
      c.emit(event('message', { module: CLIENT_EVENT_MODULE }));
      return clientId;
    });
  }

  /**
   * MsgUpdateClient / MsgSubmitMisbehaviour (ibc-go `UpdateClient`): the client must be Active; a
   * Header is verified and stored (a duplicate is a no-op; a conflicting or time-travelling one
   * freezes the client); a Misbehaviour is verified and freezes the client. State changes only if
   * it returns.
   */
  updateClient(ctx: Context, clientId: string, clientMsg: Any | undefined): UpdateOutcome {
    const cs = this.requireClientState(ctx, clientId);
    const status = this.status(ctx, clientId);
    if (status !== 'Active') throw new ChainError(ClientErrors.ClientNotActive, `cannot update client (${clientId}) with status ${status}`);
    const msg = unpackClientMessage(clientMsg);
    return inBranch(ctx, (c) => (msg.kind === 'header' ? this.updateWithHeader(c, clientId, cs, msg.header, clientMsg!) : this.submitMisbehaviour(c, clientId, cs, msg.misbehaviour)));
  }

  private updateWithHeader(ctx: Context, clientId: string, cs: ClientState, header: TmHeader, any: Any): UpdateOutcome {
    const trusted = this.getConsensusState(ctx, clientId, header.trustedHeight);
    if (trusted === undefined) {
      throw new ChainError(ClientErrors.ConsensusStateNotFound, `could not get trusted consensus state for Header at TrustedHeight: ${formatHeight(header.trustedHeight)} (client ${clientId})`);
    }
    const h = verifyHeader(cs, trusted, header, ctx.time);
    const cons = consensusStateFromHeader(h.header);

    // ibc-go CheckForMisbehaviour on a header.
    const existing = this.getConsensusState(ctx, clientId, h.height);
    let conflict = false;
    if (existing !== undefined) {
      conflict = !bytesEqual(ConsensusState.encode(existing).finish(), ConsensusState.encode(cons).finish());
    } else {
      // Consensus state times must increase with height, whatever order updates arrive in.
      const prev = this.neighbour(ctx, clientId, h.height, -1);
      const next = this.neighbour(ctx, clientId, h.height, 1);
      conflict = (prev !== undefined && fromTimestamp(prev.timestamp) >= h.time) || (next !== undefined && fromTimestamp(next.timestamp) <= h.time);
    }
    if (conflict) return this.freeze(ctx, clientId, cs);

    // ibc-go UpdateState.
    if (ctx.mode !== 'check') this.pruneOldestConsensusState(ctx, clientId, cs);
    if (existing === undefined) {
      const next: ClientState = compareHeights(h.height, cs.latestHeight) > 0 ? { ...cs, latestHeight: { ...h.height } } : cs;
      this.setClientState(ctx, clientId, next);
      this.setConsensusState(ctx, clientId, h.height, cons);
    }
    const heights = [h.height];
    ctx.emit(
      event('update_client', {
        client_id: clientId,
        client_type: TENDERMINT_CLIENT_TYPE,
        consensus_height: formatHeight(h.height),
        consensus_heights: heights.map(formatHeight).join(','),
        header: toHex(AnyCodec.encode(any).finish()),
      }),
    );
    ctx.emit(event('message', { module: CLIENT_EVENT_MODULE }));
    return { kind: 'updated', heights };
  }

  /** ibc-go `pruneOldestConsensusState`: drops the earliest consensus state if it has expired. */
  private pruneOldestConsensusState(ctx: Context, clientId: string, cs: ClientState): void {
    const p = iterationPrefix(clientId);
    let oldest: Height | undefined;
    for (const [k] of this.store(ctx).iterator(p, prefixEnd(p))) {
      oldest = heightOfIterationKey(p, k);
      break;
    }
    if (oldest === undefined) return;
    const cons = this.getConsensusState(ctx, clientId, oldest);
    if (cons !== undefined && this.isExpired(cs, cons, ctx.time)) this.deleteConsensusState(ctx, clientId, oldest);
  }

  private submitMisbehaviour(ctx: Context, clientId: string, cs: ClientState, m: Misbehaviour): UpdateOutcome {
    const { h1, h2 } = validateMisbehaviourBasic(m);
    const trusted1 = this.getConsensusState(ctx, clientId, h1.trustedHeight);
    if (trusted1 === undefined) throw new ChainError(ClientErrors.ConsensusStateNotFound, `could not get trusted consensus state for Header1 at TrustedHeight: ${formatHeight(h1.trustedHeight)}`);
    const trusted2 = this.getConsensusState(ctx, clientId, h2.trustedHeight);
    if (trusted2 === undefined) throw new ChainError(ClientErrors.ConsensusStateNotFound, `could not get trusted consensus state for Header2 at TrustedHeight: ${formatHeight(h2.trustedHeight)}`);
    verifyMisbehaviourHeader(cs, trusted1, h1, ctx.time, 1);
    verifyMisbehaviourHeader(cs, trusted2, h2, ctx.time, 2);
    if (!isMisbehaviour(h1, h2)) {
      const why = compareHeights(h1.height, h2.height) === 0 ? `both headers at ${formatHeight(h1.height)} are the same block` : `Header1 (${formatHeight(h1.height)}) is later than Header2 (${formatHeight(h2.height)}), as it should be`;
      throw new ChainError(ClientErrors.InvalidMisbehaviour, `the headers are valid but show no misbehaviour: ${why}`);
    }
    return this.freeze(ctx, clientId, cs);
  }

  /** ibc-go `UpdateStateOnMisbehaviour` and the `client_misbehaviour` event. */
  private freeze(ctx: Context, clientId: string, cs: ClientState): UpdateOutcome {
    this.setClientState(ctx, clientId, { ...cs, frozenHeight: { ...FROZEN_HEIGHT } });
    ctx.emit(event('client_misbehaviour', { client_id: clientId, client_type: TENDERMINT_CLIENT_TYPE }));
    ctx.emit(event('message', { module: CLIENT_EVENT_MODULE }));
    return { kind: 'frozen' };
  }
}
