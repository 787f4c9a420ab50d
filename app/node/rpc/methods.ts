/**
 * The CometBFT 0.38 RPC methods, over any backend that can reach the app, the block store and the
 * mempool. Each method lists its params in CometBFT's order (for positional params and for GET
 * URIs) and returns the JSON CometBFT returns; failures are RpcErrors, except CheckTx failures,
 * which are results with a non-zero `code` (what CosmJS expects).
 */
import { Header, Commit } from 'cosmjs-types/tendermint/types/types';
import type { BaseApp, TxResult } from '../../../chain/kernel/baseapp.js';
import type { BlockDriver } from '../../../chain/consensus/driver.js';
import type { BlockStore, TxRecord, TxSearchOptions } from '../../../chain/blockstore/types.js';
import { pageWindow, DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../../../chain/blockstore/types.js';
import { QueryParseError } from '../../../chain/blockstore/query.js';
import { BackgroundSearchError } from '../../../chain/blockstore/background-search.js';
import type { ValidatorSigner } from '../../../chain/consensus/keys.js';
import type { AddResult, Mempool } from '../mempool.js';
import { MempoolError } from '../mempool.js';
import { decodeTx, txHash } from '../../../chain/tx/decode.js';
import type { CometGenesis } from '../genesis.js';
import {
  b64,
  blockIdJson,
  blockResponseJson,
  blockResultsJson,
  commitJson,
  ed25519PubKeyJson,
  eventJson,
  execTxResultJson,
  headerJson,
  hexUpper,
  rfc3339,
  txResponseJson,
  validatorJson,
  type Json,
  type JsonObject,
} from './encode.js';
import { internalError, invalidParams, type Params, RpcError, RpcCodes } from './jsonrpc.js';

/** What `node_info.version` claims: CosmJS ≥ 0.34 then picks its Comet38 client (cosmjs-rpc spec §2). */
export const COMETBFT_VERSION = '0.38.17';
/** CometBFT's p2p protocol version (reported, unused: this node has no peers). */
const P2P_PROTOCOL = '8';

export interface RpcBackend {
  readonly chainId: string;
  readonly moniker: string;
  readonly appVersion: string;
  readonly genesisDoc: CometGenesis;
  readonly app: BaseApp;
  readonly driver: BlockDriver;
  readonly blockStore: BlockStore;
  readonly mempool: Mempool;
  readonly signer: ValidatorSigner;
  readonly broadcastCommitTimeoutMs: number;
  /** "tcp://host:port" of the RPC server. */
  rpcAddress(): string;
  /** Mempool admission (CheckTx); throws MempoolError for refusals before CheckTx. */
  broadcast(tx: Uint8Array): Promise<AddResult>;
  /** The mempool's size-only refusals (too large, full), before a tx is even base64-decoded. */
  admitSize(size: number): void;
  /** `tx_search` / `block_search` off the main thread, under a work budget (BackgroundSearchError on refusal). */
  searchTxs(query: string, opts: TxSearchOptions): Promise<{ total: number; txs: TxRecord[] }>;
  searchBlocks(query: string, opts: TxSearchOptions): Promise<{ total: number; heights: number[] }>;
  /** Resolves when a block containing the tx is committed; rejects after `timeoutMs`. */
  waitForTx(hash: Uint8Array, timeoutMs: number): Promise<TxRecord>;
}

/** The websocket session a call came over (subscriptions need one). */
export interface WsSession {
  subscribe(id: Json, query: string): void;
  unsubscribe(query: string): void;
  unsubscribeAll(): void;
}

export interface CallContext {
  backend: RpcBackend;
  ws?: WsSession;
  id: Json;
}

export interface Method {
  params: readonly string[];
  call(p: Params, ctx: CallContext): Json | Promise<Json>;
}

/**
 * CometBFT's height rule: absent → latest; must be within [earliest, latest]. Validator sets and
 * consensus params are also known for the next, uncommitted height (`nextAllowed`).
 */
function resolveHeight(b: RpcBackend, h: number | undefined, nextAllowed = false): number {
  const latest = b.blockStore.height;
  if (h === undefined) return latest;
  if (h <= 0) throw internalError(`height must be greater than 0, but got ${h}`);
  const max = nextAllowed ? latest + 1 : latest;
  if (h > max) throw internalError(`height ${h} must be less than or equal to the current blockchain height ${max}`);
  const base = b.driver.initialHeight;
  if (h < base) throw internalError(`height ${h} is not available, lowest height is ${base}`);
  return h;
}

function order(p: Params): 'asc' | 'desc' {
  const o = p.string('order_by') ?? '';
  if (o === '' || o === 'asc') return 'asc';
  if (o === 'desc') return 'desc';
  throw invalidParams('expected order_by to be either `asc` or `desc` or empty');
}

function paging(p: Params): TxSearchOptions {
  return { page: p.smallInt('page'), perPage: p.smallInt('per_page'), order: order(p) };
}

function window(total: number, opts: TxSearchOptions): { offset: number; limit: number } {
  try {
    return pageWindow(total, opts);
  } catch (e) {
    throw internalError((e as Error).message);
  }
}

function checkTxJson(r: TxResult): JsonObject {
  return {
    code: r.code,
    data: r.data.length === 0 ? null : b64(r.data),
    log: r.log,
    info: '',
    gas_wanted: r.gasWanted.toString(),
    gas_used: r.gasUsed.toString(),
    events: r.events.map(eventJson),
    codespace: r.codespace,
  };
}

function broadcastResultJson(r: AddResult): JsonObject {
  return { code: r.check.code, data: r.check.data.length === 0 ? '' : b64(r.check.data), log: r.check.log, codespace: r.check.codespace, hash: hexUpper(r.hash) };
}

async function broadcast(ctx: CallContext, tx: Uint8Array): Promise<AddResult> {
  try {
    return await ctx.backend.broadcast(tx);
  } catch (e) {
    if (e instanceof MempoolError) throw internalError(e.message);
    throw e;
  }
}

/**
 * `idempotent=true` on `broadcast_tx_*` (product-oracle-spec §1 row 15): a tx whose hash is already
 * committed or in the mempool answers with its status (`state: finalized|pending`, `height` when
 * committed) instead of "tx already exists in cache", so a client may retry after a dropped
 * connection without knowing whether the first attempt arrived.
 */
function knownTx(p: Params, ctx: CallContext, tx: Uint8Array): { state: 'pending' | 'finalized'; hash: Uint8Array; rec?: TxRecord } | undefined {
  if (p.bool('idempotent') !== true) return undefined;
  const hash = txHash(tx);
  const rec = ctx.backend.blockStore.tx(hash);
  if (rec !== undefined) return { state: 'finalized', hash, rec };
  if (ctx.backend.mempool.has(hash)) return { state: 'pending', hash };
  return undefined;
}

function knownTxJson(k: { state: 'pending' | 'finalized'; hash: Uint8Array; rec?: TxRecord }): JsonObject {
  return { code: 0, data: '', log: '', codespace: '', hash: hexUpper(k.hash), state: k.state, ...(k.rec !== undefined ? { height: String(k.rec.height) } : {}) };
}

function requireTx(p: Params, ctx: CallContext): Uint8Array {
  // The size a base64 (or 0x-hex, over GET) text decodes to is known from its length: refuse a tx
  // that cannot get in before decoding a megabyte of it.
  const text = p.rawString('tx');
  if (text !== undefined) {
    let pad = 0;
    while (pad < 2 && text.charCodeAt(text.length - 1 - pad) === 61 /* = */) pad++;
    const size = text.startsWith('0x') ? (text.length - 2) >> 1 : Math.floor(((text.length - pad) * 3) / 4);
    try {
      ctx.backend.admitSize(size);
    } catch (e) {
      if (e instanceof MempoolError) throw internalError(e.message);
      throw e;
    }
  }
  const tx = p.base64Bytes('tx');
  if (tx === undefined || tx.length === 0) throw invalidParams('tx is required (base64 of the TxRaw bytes)');
  return tx;
}

function blockSize(b: RpcBackend, h: number): number {
  const block = b.blockStore.block(h)!;
  let n = Header.encode(block.header).finish().length + Commit.encode(block.lastCommit).finish().length;
  for (const t of block.txs) n += t.length;
  return n;
}

function status(ctx: CallContext): JsonObject {
  const b = ctx.backend;
  const latest = b.blockStore.height;
  const head = b.blockStore.block(latest)!;
  const first = b.blockStore.block(b.driver.initialHeight) ?? head;
  const set = b.driver.validatorSet(latest + 1);
  const power = set?.get(b.signer.address)?.validator.power ?? 0n;
  const id = Buffer.from(b.signer.address).toString('hex');
  return {
    node_info: {
      protocol_version: { p2p: P2P_PROTOCOL, block: head.header.version.block.toString(), app: head.header.version.app.toString() },
      id,
      listen_addr: b.rpcAddress(),
      network: b.chainId,
      version: COMETBFT_VERSION,
      channels: '',
      moniker: b.moniker,
      other: { tx_index: 'on', rpc_address: b.rpcAddress(), meshwork_version: b.appVersion },
    },
    sync_info: {
      latest_block_hash: hexUpper(head.blockId.hash),
      latest_app_hash: hexUpper(head.header.appHash),
      latest_block_height: String(latest),
      latest_block_time: rfc3339(head.header.time),
      earliest_block_hash: hexUpper(first.blockId.hash),
      earliest_app_hash: hexUpper(first.header.appHash),
      earliest_block_height: first.header.height.toString(),
      earliest_block_time: rfc3339(first.header.time),
      catching_up: false,
    },
    validator_info: { address: hexUpper(b.signer.address), pub_key: ed25519PubKeyJson(b.signer.pubKey), voting_power: power.toString() },
  };
}

/** A refused or failed search as CometBFT reports them; too expensive and busy are server errors (-32000). */
function searchError(e: unknown, parseAsParams: boolean): RpcError {
  if (e instanceof RpcError) return e;
  if (e instanceof BackgroundSearchError) {
    if (e.kind === 'too_expensive' || e.kind === 'busy' || e.kind === 'closed') return new RpcError(RpcCodes.Server, e.message);
    if (e.kind === 'parse' && parseAsParams) return invalidParams(e.message);
  }
  if (e instanceof QueryParseError && parseAsParams) return invalidParams(e.message);
  return internalError((e as Error).message);
}

async function blockSearch(p: Params, ctx: CallContext): Promise<JsonObject> {
  const b = ctx.backend;
  const query = p.requireString('query');
  let r;
  try {
    r = await b.searchBlocks(query, paging(p));
  } catch (e) {
    throw searchError(e, true);
  }
  const blocks: Json[] = [];
  for (const h of r.heights) {
    const block = b.blockStore.block(h);
    if (block !== undefined) blocks.push(blockResponseJson(block));
  }
  return { blocks, total_count: String(r.total) };
}

function blockchain(p: Params, ctx: CallContext): JsonObject {
  const b = ctx.backend;
  const latest = b.blockStore.height;
  let min = p.smallInt('minHeight') ?? 0;
  let max = p.smallInt('maxHeight') ?? 0;
  if (min < 0 || max < 0) throw internalError('heights must be non-negative');
  if (min === 0) min = 1;
  if (max === 0) max = latest;
  max = Math.min(latest, max);
  min = Math.max(b.driver.initialHeight, min, max - 20 + 1);
  if (min > max) throw internalError(`min height ${min} can't be greater than max height ${max}`);
  const metas: Json[] = [];
  for (let h = max; h >= min; h--) {
    const block = b.blockStore.block(h)!;
    metas.push({ block_id: blockIdJson(block.blockId), block_size: String(blockSize(b, h)), header: headerJson(block.header), num_txs: String(block.txs.length) });
  }
  return { last_height: String(latest), block_metas: metas };
}

const wsOnly = (name: string): RpcError => new RpcError(RpcCodes.Internal, `${name} is only available over the websocket endpoint (/websocket)`);

export const METHODS: Readonly<Record<string, Method>> = Object.freeze({
  health: { params: [], call: () => ({}) },
  status: { params: [], call: (_p, ctx) => status(ctx) },
  net_info: { params: [], call: (_p, ctx) => ({ listening: true, listeners: [`Listener(@${ctx.backend.rpcAddress()})`], n_peers: '0', peers: [] }) },
  genesis: { params: [], call: (_p, ctx) => ({ genesis: ctx.backend.genesisDoc as unknown as JsonObject }) },
  genesis_chunked: {
    params: ['chunk'],
    call: (p, ctx) => {
      const chunk = p.smallInt('chunk') ?? 0;
      if (chunk !== 0) throw internalError(`there are 1 chunks, ${chunk} is invalid`);
      return { chunk: 0, total: 1, data: Buffer.from(JSON.stringify(ctx.backend.genesisDoc)).toString('base64') };
    },
  },
  consensus_params: {
    params: ['height'],
    call: (p, ctx) => ({ block_height: String(resolveHeight(ctx.backend, p.smallInt('height'), true)), consensus_params: ctx.backend.genesisDoc.consensus_params }),
  },
  abci_info: {
    params: [],
    call: (_p, ctx) => {
      const app = ctx.backend.app;
      return { response: { data: 'meshwork', version: ctx.backend.appVersion, app_version: String(app.appVersion()), last_block_height: String(app.lastBlockHeight), last_block_app_hash: b64(app.lastAppHash()) } };
    },
  },
  abci_query: {
    params: ['path', 'data', 'height', 'prove'],
    call: (p, ctx) => {
      const path = p.requireString('path');
      const data = p.hexBytes('data') ?? new Uint8Array();
      const height = p.smallInt('height') ?? 0;
      if (height < 0) throw invalidParams(`height must be non-negative, got ${height}`);
      const r = ctx.backend.app.query({ path, data, height, prove: p.bool('prove') ?? false });
      return {
        response: {
          code: r.code,
          log: r.log,
          info: '',
          index: '0',
          key: r.key === undefined ? null : b64(r.key),
          value: r.value.length === 0 ? null : b64(r.value),
          proofOps: r.proofOps === undefined ? null : { ops: r.proofOps.map((o) => ({ type: o.type, key: b64(o.key), data: b64(o.data) })) },
          height: String(r.height),
          codespace: r.codespace,
        },
      };
    },
  },
  block: { params: ['height'], call: (p, ctx) => blockResponseJson(ctx.backend.blockStore.block(resolveHeight(ctx.backend, p.smallInt('height')))!) },
  block_by_hash: {
    params: ['hash'],
    call: (p, ctx) => {
      const hash = p.base64Bytes('hash');
      if (hash === undefined) throw invalidParams('hash is required');
      const h = ctx.backend.blockStore.heightOf(hash);
      return h === undefined ? { block_id: { hash: '', parts: { total: 0, hash: '' } }, block: null } : blockResponseJson(ctx.backend.blockStore.block(h)!);
    },
  },
  block_results: { params: ['height'], call: (p, ctx) => blockResultsJson(ctx.backend.blockStore.results(resolveHeight(ctx.backend, p.smallInt('height')))!) },
  blockchain: { params: ['minHeight', 'maxHeight'], call: blockchain },
  commit: {
    params: ['height'],
    call: (p, ctx) => {
      const b = ctx.backend;
      const h = resolveHeight(b, p.smallInt('height'));
      // The latest block's commit is the one this node saw; older ones are in the next block (canonical).
      return { signed_header: { header: headerJson(b.blockStore.block(h)!.header), commit: commitJson(b.blockStore.commit(h)!) }, canonical: h < b.blockStore.height };
    },
  },
  validators: {
    params: ['height', 'page', 'per_page'],
    call: (p, ctx) => {
      const b = ctx.backend;
      const h = resolveHeight(b, p.smallInt('height'), true);
      const set = b.driver.validatorSet(h);
      if (set === undefined) throw internalError(`validator set for height ${h} is not available`);
      const { offset, limit } = window(set.size, { page: p.smallInt('page'), perPage: p.smallInt('per_page') });
      const vals = set.validators.slice(offset, offset + limit);
      return { block_height: String(h), validators: vals.map(validatorJson), count: String(vals.length), total: String(set.size) };
    },
  },
  tx: {
    params: ['hash', 'prove'],
    call: (p, ctx) => {
      const hash = p.base64Bytes('hash');
      if (hash === undefined || hash.length !== 32) throw invalidParams('hash must be the base64 of a 32-byte tx hash');
      const rec = ctx.backend.blockStore.tx(hash);
      if (rec === undefined) throw internalError(`tx (${hexUpper(hash)}) not found`);
      return txResponseJson(rec);
    },
  },
  tx_search: {
    params: ['query', 'prove', 'page', 'per_page', 'order_by'],
    call: async (p, ctx) => {
      const query = p.requireString('query');
      let r;
      try {
        r = await ctx.backend.searchTxs(query, paging(p));
      } catch (e) {
        throw searchError(e, false);
      }
      // paging metadata (product-oracle-spec §1 row 20), beside CometBFT's fields that clients parse
      const opts = paging(p);
      const perPage = opts.perPage === undefined || opts.perPage < 1 ? DEFAULT_PER_PAGE : Math.min(opts.perPage, MAX_PER_PAGE);
      const page = opts.page ?? 1;
      return { txs: r.txs.map(txResponseJson), total_count: String(r.total), page: String(page), per_page: String(perPage), has_more: page * perPage < r.total };
    },
  },
  block_search: { params: ['query', 'page', 'per_page', 'order_by'], call: blockSearch },
  broadcast_tx_sync: {
    params: ['tx', 'idempotent'],
    call: async (p, ctx) => {
      const tx = requireTx(p, ctx);
      const known = knownTx(p, ctx, tx);
      return known !== undefined ? knownTxJson(known) : broadcastResultJson(await broadcast(ctx, tx));
    },
  },
  broadcast_tx_async: {
    params: ['tx', 'idempotent'],
    call: async (p, ctx) => {
      const tx = requireTx(p, ctx);
      const known = knownTx(p, ctx, tx);
      if (known !== undefined) return knownTxJson(known);
      const r = await broadcast(ctx, tx);
      // Admission is awaited (its refusals before CheckTx are errors), so "async" only means the client is not told the CheckTx outcome.
      return { code: 0, data: '', log: '', codespace: '', hash: hexUpper(r.hash) };
    },
  },
  broadcast_tx_commit: {
    params: ['tx', 'idempotent'],
    call: async (p, ctx): Promise<JsonObject> => {
      const tx = requireTx(p, ctx);
      const known = knownTx(p, ctx, tx);
      if (known !== undefined) {
        const rec = known.rec ?? (await ctx.backend.waitForTx(known.hash, ctx.backend.broadcastCommitTimeoutMs));
        const ok = { code: 0, data: new Uint8Array(), log: '', info: '', gasWanted: 0n, gasUsed: 0n, events: [], codespace: '' };
        return { check_tx: checkTxJson(ok), tx_result: execTxResultJson(rec.result), hash: hexUpper(known.hash), height: String(rec.height), state: known.state };
      }
      const r = await broadcast(ctx, tx);
      const hash = hexUpper(r.hash);
      if (!r.added) return { check_tx: checkTxJson(r.check), tx_result: execTxResultJson({ code: 0, data: new Uint8Array(), log: '', info: '', gasWanted: 0n, gasUsed: 0n, events: [], codespace: '' }), hash, height: '0' };
      const rec = await ctx.backend.waitForTx(r.hash, ctx.backend.broadcastCommitTimeoutMs);
      return { check_tx: checkTxJson(r.check), tx_result: execTxResultJson(rec.result), hash, height: String(rec.height) };
    },
  },
  num_unconfirmed_txs: {
    params: [],
    call: (_p, ctx) => {
      const m = ctx.backend.mempool;
      return { n_txs: String(m.size), total: String(m.size), total_bytes: String(m.sizeBytes), txs: null };
    },
  },
  unconfirmed_txs: {
    params: ['limit', 'sender', 'msg_type', 'contract', 'page', 'per_page'],
    call: (p, ctx): JsonObject => {
      const m = ctx.backend.mempool;
      const sender = p.string('sender');
      const msgType = p.string('msg_type');
      const contract = p.string('contract');
      const page = p.smallInt('page');
      if (sender === undefined && msgType === undefined && contract === undefined && page === undefined && p.smallInt('per_page') === undefined) {
        const limit = Math.min(100, Math.max(1, p.smallInt('limit') ?? 30));
        const txs = m.pending(limit);
        return { n_txs: String(txs.length), total: String(m.size), total_bytes: String(m.sizeBytes), txs: txs.map((t) => b64(t.bytes)) };
      }
      // Filtered listing (product-oracle-spec §1 row 12): AND of signer, message type and the
      // contract of a MsgExecuteContract, in mempool order, paged like tx_search.
      const matched = m.pending().filter((t) => {
        let d;
        try {
          d = decodeTx(t.bytes, ctx.backend.app.msgRouter);
        } catch {
          return false;
        }
        if (sender !== undefined && !d.signers.includes(sender)) return false;
        if (msgType !== undefined && !d.msgs.some((x) => x.typeUrl === msgType)) return false;
        if (contract !== undefined && !d.msgs.some((x) => (x.msg as { contract?: unknown }).contract === contract)) return false;
        return true;
      });
      const perPage = Math.min(100, Math.max(1, p.smallInt('per_page') ?? p.smallInt('limit') ?? 30));
      const pg = Math.max(1, page ?? 1);
      const items = matched.slice((pg - 1) * perPage, pg * perPage);
      return {
        n_txs: String(items.length),
        total: String(matched.length),
        total_bytes: String(m.sizeBytes),
        page: String(pg),
        per_page: String(perPage),
        has_more: pg * perPage < matched.length,
        txs: items.map((t) => b64(t.bytes)),
        hashes: items.map((t) => t.key),
      };
    },
  },
  subscribe: {
    params: ['query'],
    call: (p, ctx) => {
      if (ctx.ws === undefined) throw wsOnly('subscribe');
      ctx.ws.subscribe(ctx.id, p.requireString('query'));
      return {};
    },
  },
  unsubscribe: {
    params: ['query'],
    call: (p, ctx) => {
      if (ctx.ws === undefined) throw wsOnly('unsubscribe');
      ctx.ws.unsubscribe(p.requireString('query'));
      return {};
    },
  },
  unsubscribe_all: {
    params: [],
    call: (_p, ctx) => {
      if (ctx.ws === undefined) throw wsOnly('unsubscribe_all');
      ctx.ws.unsubscribeAll();
      return {};
    },
  },
});
