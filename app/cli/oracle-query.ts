/**
 * `meshwork query slashing authorized-slashers` (the contracts allowed to send `slash_and_jail`) and
 * `meshwork query oracle settlement <contract> <payer> <reference> [--include-pending]` (a product
 * oracle settlement by payer and reference; with the flag, a matching `settle` still in the node's
 * mempool is reported as pending): product-oracle-spec §1 rows 16 and 19, §5.2.
 */
import { fromUtf8, toUtf8 } from '@cosmjs/encoding';
import * as WasmQ from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { AUTHORIZED_SLASHERS_QUERY_PATH, QueryAuthorizedSlashersResponse } from '../chain/slashing-extension.js';
import { SettlementReader } from '../clients/product-oracle.js';
import type { Args, Connection } from './client.js';

export const ORACLE_QUERY_USAGE = `  meshwork query slashing authorized-slashers
  meshwork query oracle settlement <contract> <payer> <reference> [--include-pending]`;

export const ORACLE_QUERY_SWITCHES = ['include-pending'] as const;

export interface OracleQuerySpec {
  args: string[];
  run(s: { conn: Connection }, p: string[], a: Args): Promise<unknown>;
}

/** The node's RPC URL for JSON-RPC calls (`unconfirmed_txs`): the connection's, over HTTP. */
function httpUrl(url: string): string {
  return url.replace(/^ws(s?):\/\//, 'http$1://').replace(/\/websocket$/, '');
}

export const ORACLE_QUERIES: Record<string, OracleQuerySpec> = {
  'slashing authorized-slashers': {
    args: [],
    run: async ({ conn }) => ({ authorized_slashers: QueryAuthorizedSlashersResponse.decode(await conn.abci(AUTHORIZED_SLASHERS_QUERY_PATH, new Uint8Array())).authorizedSlashers }),
  },
  'oracle settlement': {
    args: ['contract', 'payer', 'reference'],
    run: async ({ conn }, [contract, payer, reference], a) => {
      const wasm = new WasmQ.QueryClientImpl({ request: (service: string, method: string, data: Uint8Array) => conn.abci(`/${service}/${method}`, data) });
      const reader = {
        queryContractSmart: async (address: string, query: Record<string, unknown>) => JSON.parse(fromUtf8((await wasm.SmartContractState({ address, queryData: toUtf8(JSON.stringify(query)) })).data)) as unknown,
      };
      const r = await new SettlementReader(reader, httpUrl(conn.url), contract!).lookupSettlement(payer!, reference!, { includePending: a.switches.has('include-pending') });
      return r.state === 'finalized' ? { state: r.state, settlement: r.settlement } : r.state === 'pending' ? { state: r.state, txhash: r.txHash } : { state: r.state };
    },
  },
};
