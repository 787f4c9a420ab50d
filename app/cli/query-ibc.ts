/**
 * The IBC queries of `meshwork query`, as ibc-go's CLI names them (`q ibc client states|state`,
 * `q ibc connection connections|end`, `q ibc channel channels|end`, `q ibc-transfer
 * denom-traces|denom-trace`) and prints them: proto JSON, client and consensus states unpacked.
 */
import * as ClientQ from 'cosmjs-types/ibc/core/client/v1/query';
import * as ConnectionQ from 'cosmjs-types/ibc/core/connection/v1/query';
import * as ChannelQ from 'cosmjs-types/ibc/core/channel/v1/query';
import { ClientState as TendermintClientState } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { QueryDenomTraceRequest, QueryDenomTraceResponse, QueryDenomTracesRequest, QueryDenomTracesResponse } from '../../ibc/transfer/query.js';
import { UsageError } from './args.js';
import { toHex } from '@cosmjs/encoding';
import type { Connection } from './client.js';

export const IBC_QUERY_USAGE = `  meshwork query ibc client states                   meshwork query ibc client state <client-id>
  meshwork query ibc connection connections          meshwork query ibc connection end <connection-id>
  meshwork query ibc channel channels                meshwork query ibc channel end <port-id> <channel-id>
  meshwork query ibc-transfer denom-traces           meshwork query ibc-transfer denom-trace <hash|ibc/hash>`;

/** What an IBC query needs: the node (its gRPC-over-ABCI) and the proto-JSON printer of query.ts. */
export interface IbcQueryDeps {
  conn: Connection;
  protoJson<T>(codec: { toJSON(m: T): unknown }, m: T): unknown;
}

export interface IbcQuerySpec {
  args: string[];
  run(d: IbcQueryDeps, p: string[]): Promise<unknown>;
}

function rpcOf(conn: Connection) {
  return { request: (service: string, method: string, data: Uint8Array) => conn.abci(`/${service}/${method}`, data) };
}

/** A client state Any as ibc-go prints it: `{"@type": ..., fields}` (07-tendermint decoded). */
function clientStateJson(d: IbcQueryDeps, a: Any | undefined): unknown {
  if (a === undefined) return null;
  if (a.typeUrl === '/ibc.lightclients.tendermint.v1.ClientState') return { '@type': a.typeUrl, ...(d.protoJson(TendermintClientState, TendermintClientState.decode(a.value)) as object) };
  return { '@type': a.typeUrl, value: Buffer.from(a.value).toString('base64') };
}

function identifier(s: string, what: string): string {
  if (!/^[a-zA-Z0-9._+\-#[\]<>]{2,128}$/.test(s)) throw new UsageError(`${what} ${JSON.stringify(s)} is not an IBC identifier (e.g. 07-tendermint-0, connection-0, channel-0, transfer)`);
  return s;
}

export const IBC_QUERIES: Record<string, IbcQuerySpec> = {
  'ibc client states': {
    args: [],
    run: async (d) => {
      const r = await new ClientQ.QueryClientImpl(rpcOf(d.conn)).ClientStates({});
      return { client_states: r.clientStates.map((c) => ({ client_id: c.clientId, client_state: clientStateJson(d, c.clientState) })), pagination: { next_key: null, total: String(r.pagination?.total ?? 0n) } };
    },
  },
  'ibc client state': {
    args: ['client-id'],
    run: async (d, [id]) => {
      const r = await new ClientQ.QueryClientImpl(rpcOf(d.conn)).ClientState({ clientId: identifier(id!, 'client id') });
      return { client_state: clientStateJson(d, r.clientState), proof_height: { revision_number: String(r.proofHeight?.revisionNumber ?? 0n), revision_height: String(r.proofHeight?.revisionHeight ?? 0n) } };
    },
  },
  'ibc connection connections': { args: [], run: async (d) => d.protoJson(ConnectionQ.QueryConnectionsResponse, await new ConnectionQ.QueryClientImpl(rpcOf(d.conn)).Connections({})) },
  'ibc connection end': { args: ['connection-id'], run: async (d, [id]) => d.protoJson(ConnectionQ.QueryConnectionResponse, await new ConnectionQ.QueryClientImpl(rpcOf(d.conn)).Connection({ connectionId: identifier(id!, 'connection id') })) },
  'ibc channel channels': { args: [], run: async (d) => d.protoJson(ChannelQ.QueryChannelsResponse, await new ChannelQ.QueryClientImpl(rpcOf(d.conn)).Channels({})) },
  'ibc channel end': { args: ['port-id', 'channel-id'], run: async (d, [port, ch]) => d.protoJson(ChannelQ.QueryChannelResponse, await new ChannelQ.QueryClientImpl(rpcOf(d.conn)).Channel({ portId: identifier(port!, 'port id'), channelId: identifier(ch!, 'channel id') })) },
  'ibc-transfer denom-traces': {
    args: [],
    run: async (d) => {
      const r = QueryDenomTracesResponse.decode(await d.conn.abci('/ibc.applications.transfer.v1.Query/DenomTraces', QueryDenomTracesRequest.encode({}).finish()));
      const next = r.pagination?.nextKey;
      return { denom_traces: r.denomTraces.map((t) => ({ path: t.path, base_denom: t.baseDenom })), pagination: { next_key: next === undefined || next.length === 0 ? null : toHex(next), total: String(r.pagination?.total ?? 0n) } };
    },
  },
  'ibc-transfer denom-trace': {
    args: ['hash'],
    run: async (d, [hash]) => {
      const h = hash!.replace(/^ibc\//, '');
      if (!/^[0-9A-Fa-f]{64}$/.test(h)) throw new UsageError(`a denom trace hash is 64 hex characters (optionally after "ibc/"), got ${JSON.stringify(hash)}`);
      const r = QueryDenomTraceResponse.decode(await d.conn.abci('/ibc.applications.transfer.v1.Query/DenomTrace', QueryDenomTraceRequest.encode({ hash: h }).finish()));
      return { denom_trace: r.denomTrace === undefined ? null : { path: r.denomTrace.path, base_denom: r.denomTrace.baseDenom } };
    },
  },
};
