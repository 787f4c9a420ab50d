/**
 * ICS-03 connections (ibc-go 03-connection, v9+ handshake: each step proves only the
 * counterparty's connection end; client and consensus self-validation proofs were dropped upstream).
 */
import { ConnectionEnd, Counterparty, State, Version, type IdentifiedConnection } from 'cosmjs-types/ibc/core/connection/v1/connection';
import type { Context } from '../../../chain/kernel/context.js';
import { ChainError } from '../../../chain/kernel/errors.js';
import { event } from '../../../chain/kernel/events.js';
import { prefixEnd } from '../../../chain/store/kv.js';
import { ClientErrors, ConnectionErrors } from '../errors.js';
import type { Height } from '../height.js';
import { IBC_PREFIX, IBC_STORE, clientConnectionsPath, connectionIdentifier, connectionPath, decodeSequence, encodeSequence, key, validateClientId, validateConnectionId } from '../host.js';
import { DecodedCache } from '../decoded.js';
import type { ClientVerifier } from '../types.js';

export { State as ConnectionState };

/** The only connection version (ICS-03 `DefaultIBCVersion`): identifier "1", both orderings. */
export const DEFAULT_VERSION: Version = Object.freeze({ identifier: '1', features: ['ORDER_ORDERED', 'ORDER_UNORDERED'] }) as Version;

const NEXT_CONNECTION_SEQUENCE = key('nextConnectionSequence');
const td = new TextDecoder();

function versionSupported(v: Version): boolean {
  return v.identifier === DEFAULT_VERSION.identifier && v.features.length > 0 && v.features.every((f) => DEFAULT_VERSION.features.includes(f));
}

/** ICS-03 `PickVersion`: the first supported version the counterparty also offers, with the intersection of features. */
function pickVersion(counterpartyVersions: readonly Version[]): Version {
  for (const cv of counterpartyVersions) {
    if (cv.identifier !== DEFAULT_VERSION.identifier) continue;
    const features = DEFAULT_VERSION.features.filter((f) => cv.features.includes(f));
    if (features.length > 0) return { identifier: cv.identifier, features };
  }
  throw new ChainError(ConnectionErrors.VersionNegotiationFailed, `failed to find a matching counterparty version ${JSON.stringify(counterpartyVersions)} from the supported version list ${JSON.stringify([DEFAULT_VERSION])}`);
}

/** Whether a connection version allows channels of `order` ("ORDER_ORDERED" / "ORDER_UNORDERED"). */
export function versionAllowsOrdering(v: Version, order: string): boolean {
  return v.features.includes(order);
}

/** Connection ends by their stored bytes, decoded once and frozen (see `decoded.ts`). */
const decodedConnections = new DecodedCache((b) => ConnectionEnd.decode(b));

export class ConnectionKeeper {
  constructor(private readonly clients: ClientVerifier) {}

  getConnection(ctx: Context, connectionId: string): ConnectionEnd | undefined {
    const raw = ctx.store(IBC_STORE).get(key(connectionPath(connectionId)));
    return raw === undefined ? undefined : decodedConnections.get(raw);
  }

  mustGetConnection(ctx: Context, connectionId: string): ConnectionEnd {
    const c = this.getConnection(ctx, connectionId);
    if (c === undefined) throw new ChainError(ConnectionErrors.ConnectionNotFound, `connection ${connectionId} does not exist`);
    return c;
  }

  private setConnection(ctx: Context, connectionId: string, c: ConnectionEnd): void {
    ctx.store(IBC_STORE).set(key(connectionPath(connectionId)), ConnectionEnd.encode(c).finish());
  }

  /** All connections in key (identifier byte) order. */
  connections(ctx: Context): IdentifiedConnection[] {
    const out: IdentifiedConnection[] = [];
    const start = key('connections/');
    for (const [k, v] of ctx.store(IBC_STORE).iterator(start, prefixEnd(start))) {
      const c = ConnectionEnd.decode(v);
      out.push({ id: td.decode(k).slice('connections/'.length), clientId: c.clientId, versions: c.versions, state: c.state, counterparty: c.counterparty, delayPeriod: c.delayPeriod });
    }
    return out;
  }

  clientConnections(ctx: Context, clientId: string): string[] {
    const raw = ctx.store(IBC_STORE).get(key(clientConnectionsPath(clientId)));
    return raw === undefined ? [] : (JSON.parse(td.decode(raw)) as string[]);
  }

  private addClientConnection(ctx: Context, clientId: string, connectionId: string): void {
    const list = this.clientConnections(ctx, clientId);
    list.push(connectionId);
    ctx.store(IBC_STORE).set(key(clientConnectionsPath(clientId)), new TextEncoder().encode(JSON.stringify(list)));
  }

  private nextConnectionId(ctx: Context): string {
    const s = ctx.store(IBC_STORE);
    const raw = s.get(NEXT_CONNECTION_SEQUENCE);
    const n = raw === undefined ? 0n : decodeSequence(raw);
    s.set(NEXT_CONNECTION_SEQUENCE, encodeSequence(n + 1n));
    return connectionIdentifier(n);
  }

  private requireActiveClient(ctx: Context, clientId: string): void {
    const status = this.clients.status(ctx, clientId);
    if (status !== 'Active') throw new ChainError(ClientErrors.ClientNotActive, `client (${clientId}) status is ${status}`);
  }

  private verifyConnectionState(ctx: Context, connection: ConnectionEnd, proofHeight: Height, proof: Uint8Array, counterpartyConnectionId: string, expected: ConnectionEnd): void {
    this.clients.verifyMembership(ctx, connection.clientId, {
      height: proofHeight,
      delayTimePeriod: 0n,
      delayBlockPeriod: 0n,
      proof,
      prefix: connection.counterparty.prefix.keyPrefix,
      path: connectionPath(counterpartyConnectionId),
      value: ConnectionEnd.encode(expected).finish(),
    });
  }

  openInit(ctx: Context, a: { clientId: string; counterparty: Counterparty; version?: Version; delayPeriod: bigint }): string {
    validateClientId(a.clientId);
    if (a.counterparty.connectionId !== '') throw new ChainError(ConnectionErrors.InvalidCounterparty, 'counterparty connection identifier must be empty in ConnOpenInit');
    validateClientId(a.counterparty.clientId);
    if (a.counterparty.prefix.keyPrefix.length === 0) throw new ChainError(ConnectionErrors.InvalidCounterparty, 'counterparty prefix cannot be empty');
    let versions = [DEFAULT_VERSION];
    if (a.version !== undefined && a.version.identifier !== '') {
      if (!versionSupported(a.version)) throw new ChainError(ConnectionErrors.InvalidVersion, `version ${JSON.stringify(a.version)} is not supported`);
      versions = [a.version];
    }
    this.requireActiveClient(ctx, a.clientId);
    const connectionId = this.nextConnectionId(ctx);
    this.setConnection(ctx, connectionId, { clientId: a.clientId, versions, state: State.STATE_INIT, counterparty: a.counterparty, delayPeriod: a.delayPeriod });
    this.addClientConnection(ctx, a.clientId, connectionId);
    ctx.emit(event('connection_open_init', { connection_id: connectionId, client_id: a.clientId, counterparty_client_id: a.counterparty.clientId }));
    ctx.emit(event('message', { module: 'ibc_connection' }));
    return connectionId;
  }

  openTry(ctx: Context, a: { clientId: string; counterparty: Counterparty; delayPeriod: bigint; counterpartyVersions: Version[]; proofInit: Uint8Array; proofHeight: Height }): string {
    validateClientId(a.clientId);
    validateConnectionId(a.counterparty.connectionId);
    if (a.counterparty.prefix.keyPrefix.length === 0) throw new ChainError(ConnectionErrors.InvalidCounterparty, 'counterparty prefix cannot be empty');
    this.requireActiveClient(ctx, a.clientId);
    const version = pickVersion(a.counterpartyVersions);
    const expected: ConnectionEnd = {
      clientId: a.counterparty.clientId,
      versions: a.counterpartyVersions,
      state: State.STATE_INIT,
      counterparty: { clientId: a.clientId, connectionId: '', prefix: { keyPrefix: IBC_PREFIX } },
      delayPeriod: a.delayPeriod,
    };
    const connection: ConnectionEnd = { clientId: a.clientId, versions: [version], state: State.STATE_TRYOPEN, counterparty: a.counterparty, delayPeriod: a.delayPeriod };
    this.verifyConnectionState(ctx, connection, a.proofHeight, a.proofInit, a.counterparty.connectionId, expected);
    const connectionId = this.nextConnectionId(ctx);
    this.setConnection(ctx, connectionId, connection);
    this.addClientConnection(ctx, a.clientId, connectionId);
    ctx.emit(event('connection_open_try', { connection_id: connectionId, client_id: a.clientId, counterparty_client_id: a.counterparty.clientId, counterparty_connection_id: a.counterparty.connectionId }));
    ctx.emit(event('message', { module: 'ibc_connection' }));
    return connectionId;
  }

  openAck(ctx: Context, a: { connectionId: string; counterpartyConnectionId: string; version: Version; proofTry: Uint8Array; proofHeight: Height }): void {
    validateConnectionId(a.counterpartyConnectionId);
    const connection = this.mustGetConnection(ctx, a.connectionId);
    if (connection.state !== State.STATE_INIT) throw new ChainError(ConnectionErrors.InvalidConnectionState, `connection state is not INIT (got ${State[connection.state]})`);
    if (!connection.versions.some((v) => v.identifier === a.version.identifier && a.version.features.every((f) => v.features.includes(f))) || !versionSupported(a.version)) {
      throw new ChainError(ConnectionErrors.InvalidVersion, `connection version ${JSON.stringify(a.version)} is not supported by ${a.connectionId}`);
    }
    this.requireActiveClient(ctx, connection.clientId);
    const expected: ConnectionEnd = {
      clientId: connection.counterparty.clientId,
      versions: [a.version],
      state: State.STATE_TRYOPEN,
      counterparty: { clientId: connection.clientId, connectionId: a.connectionId, prefix: { keyPrefix: IBC_PREFIX } },
      delayPeriod: connection.delayPeriod,
    };
    this.verifyConnectionState(ctx, connection, a.proofHeight, a.proofTry, a.counterpartyConnectionId, expected);
    this.setConnection(ctx, a.connectionId, {
      ...connection,
      state: State.STATE_OPEN,
      versions: [a.version],
      counterparty: { ...connection.counterparty, connectionId: a.counterpartyConnectionId },
    });
    ctx.emit(event('connection_open_ack', { connection_id: a.connectionId, client_id: connection.clientId, counterparty_client_id: connection.counterparty.clientId, counterparty_connection_id: a.counterpartyConnectionId }));
    ctx.emit(event('message', { module: 'ibc_connection' }));
  }

  openConfirm(ctx: Context, a: { connectionId: string; proofAck: Uint8Array; proofHeight: Height }): void {
    const connection = this.mustGetConnection(ctx, a.connectionId);
    if (connection.state !== State.STATE_TRYOPEN) throw new ChainError(ConnectionErrors.InvalidConnectionState, `connection state is not TRYOPEN (got ${State[connection.state]})`);
    this.requireActiveClient(ctx, connection.clientId);
    const expected: ConnectionEnd = {
      clientId: connection.counterparty.clientId,
      versions: connection.versions,
      state: State.STATE_OPEN,
      counterparty: { clientId: connection.clientId, connectionId: a.connectionId, prefix: { keyPrefix: IBC_PREFIX } },
      delayPeriod: connection.delayPeriod,
    };
    this.verifyConnectionState(ctx, connection, a.proofHeight, a.proofAck, connection.counterparty.connectionId, expected);
    this.setConnection(ctx, a.connectionId, { ...connection, state: State.STATE_OPEN });
    ctx.emit(event('connection_open_confirm', { connection_id: a.connectionId, client_id: connection.clientId, counterparty_client_id: connection.counterparty.clientId, counterparty_connection_id: connection.counterparty.connectionId }));
    ctx.emit(event('message', { module: 'ibc_connection' }));
  }

  /** ibc-go `GetTimestampAtHeight` through the connection's client. */
  timestampAtHeight(ctx: Context, connection: ConnectionEnd, h: Height): bigint {
    return this.clients.timestampAtHeight(ctx, connection.clientId, h);
  }

  /** Expected time / block delay for proofs over this connection (ibc-go `getBlockDelay` with a 1 s expected block time). */
  delays(connection: ConnectionEnd): { delayTimePeriod: bigint; delayBlockPeriod: bigint } {
    const expectedBlockTime = 1_000_000_000n;
    const blocks = connection.delayPeriod === 0n ? 0n : (connection.delayPeriod + expectedBlockTime - 1n) / expectedBlockTime;
    return { delayTimePeriod: connection.delayPeriod, delayBlockPeriod: blocks };
  }

  verifier(): ClientVerifier {
    return this.clients;
  }
}
