/**
 * Event subscriptions (`subscribe` over websocket): what CometBFT publishes after each block —
 * NewBlock, NewBlockHeader and one Tx event per tx — with the composite-key map the event query
 * language (`tm.event='Tx' AND transfer.recipient='…'`) is matched against.
 */
import type { BlockResults, StoredBlock, TxRecord } from '../../../chain/blockstore/types.js';
import { parseQuery, QueryParseError, valueMatches, type Condition } from '../../../chain/blockstore/query.js';
import { blockIdJson, blockJson, eventJson, execTxResultJson, hexUpper, headerJson, b64, validatorUpdateJson, type JsonObject } from './encode.js';
import { invalidParams } from './jsonrpc.js';

/** A committed block with its results and tx records, as the node publishes it. */
export interface CommittedBlock {
  block: StoredBlock;
  results: BlockResults;
  txs: TxRecord[];
}

export type EventKind = 'NewBlock' | 'NewBlockHeader' | 'Tx';

export interface PublishedEvent {
  kind: EventKind;
  /** `{type: "tendermint/event/<Kind>", value}`; built only if some subscription matches. */
  data: () => JsonObject;
  /** Composite key → values, including `tm.event`. */
  events: Record<string, string[]>;
}

/**
 * An event's `"data":…,"events":…` JSON, serialised once however many subscriptions receive it
 * (a 1 MB tx to 500 subscriptions is one 1.3 MB buffer, not 500). Each subscription's message is
 * its own short head, this shared body, and a closing brace.
 */
export function serialisedBody(e: PublishedEvent): Buffer {
  return Buffer.from(`"data":${JSON.stringify(e.data())},"events":${JSON.stringify(e.events)}}}`, 'utf8');
}

/** The part of a subscription's message before the shared body: `{"jsonrpc":"2.0","id":…,"result":{"query":…,`. */
export function messageHead(id: unknown, query: string): Buffer {
  return Buffer.from(`{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":{"query":${JSON.stringify(query)},`, 'utf8');
}

function addEvents(out: Record<string, string[]>, evs: readonly { type: string; attributes: readonly { key: string; value: string }[] }[]): void {
  for (const e of evs) {
    for (const a of e.attributes) {
      if (e.type.length === 0 || a.key.length === 0) continue;
      const k = `${e.type}.${a.key}`;
      (out[k] ??= []).push(a.value);
    }
  }
}

export function blockEvents(c: CommittedBlock): PublishedEvent[] {
  const height = c.block.header.height.toString();
  const blockKeys: Record<string, string[]> = { 'tm.event': ['NewBlock'], 'block.height': [height] };
  addEvents(blockKeys, c.results.finalizeBlockEvents);
  const out: PublishedEvent[] = [
    {
      kind: 'NewBlock',
      data: () => ({
        type: 'tendermint/event/NewBlock',
        value: {
          block: blockJson(c.block),
          block_id: blockIdJson(c.block.blockId),
          result_finalize_block: {
            events: c.results.finalizeBlockEvents.map(eventJson),
            tx_results: c.results.txResults.map(execTxResultJson),
            validator_updates: c.results.validatorUpdates.map(validatorUpdateJson),
            consensus_param_updates: null,
            app_hash: b64(c.results.appHash),
          },
        },
      }),
      events: blockKeys,
    },
    {
      kind: 'NewBlockHeader',
      data: () => ({ type: 'tendermint/event/NewBlockHeader', value: { header: headerJson(c.block.header) } }),
      events: { ...blockKeys, 'tm.event': ['NewBlockHeader'] },
    },
  ];
  for (const t of c.txs) {
    const keys: Record<string, string[]> = { 'tm.event': ['Tx'], 'tx.hash': [hexUpper(t.hash)], 'tx.height': [String(t.height)] };
    addEvents(keys, t.result.events);
    out.push({
      kind: 'Tx',
      data: () => ({ type: 'tendermint/event/Tx', value: { TxResult: { height: String(t.height), index: t.index, tx: b64(t.tx), result: execTxResultJson(t.result) } } }),
      events: keys,
    });
  }
  return out;
}

/** Parses a subscription query; `tm.event` may only be compared with `=`. */
export function parseSubscriptionQuery(query: string): Condition[] {
  let conds: Condition[];
  try {
    conds = parseQuery(query);
  } catch (e) {
    if (e instanceof QueryParseError) throw invalidParams(`bad query: ${e.message}`);
    throw e;
  }
  for (const c of conds) {
    if (c.key === 'tm.event' && (c.op !== '=' || typeof c.value !== 'string')) throw invalidParams("tm.event must be compared with = and a quoted event name, e.g. tm.event='Tx'");
  }
  return conds;
}

/** Every condition must hold for some value under its key (CometBFT's pubsub matching). */
export function eventMatches(conds: readonly Condition[], e: PublishedEvent): boolean {
  for (const c of conds) {
    const values = e.events[c.key];
    if (values === undefined || !values.some((v) => valueMatches(c, v))) return false;
  }
  return true;
}
