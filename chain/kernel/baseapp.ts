/**
 * BaseApp: the ABCI-shaped application kernel. It owns the multistore, routes messages and
 * queries, runs the tx pipeline (decode → ante → messages, each in its own branch) and the block
 * lifecycle (BeginBlock → txs → EndBlock → commit), like the Cosmos SDK's `baseapp`. Which modules
 * exist and in which order they run is decided by the app (`app/`), not here.
 */
import { ics23 } from '@confio/ics23';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { MultiStore } from '../store/multistore.js';
import { BasicGasMeter, InfiniteGasMeter, type GasMeter } from '../store/gaskv.js';
import { GasOverflowError, OutOfGasError } from '../store/errors.js';
import { Context, type BlockHeader, type ExecMode, type TimeNs } from './context.js';
import { ChainError, Codes, type ErrorSpec } from './errors.js';
import { event, EventManager, type Event } from './events.js';
import type { BlockInfo, Module, ValidatorUpdate } from './module.js';
import { MsgRouter, QueryRouter, type MsgResponse } from './router.js';
import { decodeTx, isProtobufDecodeError, txHash, type DecodedTx } from '../tx/decode.js';
import type { AnteHandler } from './ante.js';
import type { PreverifyTarget } from '../tx/preverify.js';
import type { SignatureCheck, SignatureVerdicts } from '../tx/signature-cache.js';
import { finishExact } from './proto.js';

export interface TxResult {
  code: number;
  codespace: string;
  log: string;
  /** Protobuf `TxMsgData` of the message responses (empty on failure). */
  data: Uint8Array;
  gasWanted: bigint;
  gasUsed: bigint;
  events: Event[];
}

export interface FinalizeBlockRequest extends BlockInfo {
  height: number;
  time: TimeNs;
  proposer: Uint8Array;
  txs: Uint8Array[];
}

export interface FinalizeBlockResult {
  height: number;
  txResults: TxResult[];
  /** BeginBlock and EndBlock events (CometBFT 0.38 `finalize_block_events`). */
  events: Event[];
  validatorUpdates: ValidatorUpdate[];
  /** The app hash this block's state commits to (returned before `commit`, as in ABCI 2.0). */
  appHash: Uint8Array;
  gasUsed: bigint;
}

export interface QueryRequest {
  path: string;
  data: Uint8Array;
  /** 0 or undefined = latest committed. */
  height?: number;
  prove?: boolean;
}

export interface QueryResult {
  code: number;
  codespace: string;
  log: string;
  value: Uint8Array;
  key?: Uint8Array;
  height: number;
  proofOps?: { type: string; key: Uint8Array; data: Uint8Array }[];
}

interface OpenBlock {
  header: BlockHeader;
  state: ReturnType<MultiStore['branch']>;
  events: EventManager;
  txResults: TxResult[];
  gasUsed: bigint;
}

export type { TimeNs };

export interface GenesisDoc {
  chainId: string;
  genesisTime: TimeNs;
  initialHeight: number;
  /** Module name → that module's genesis state (JSON). */
  appState: Record<string, unknown>;
}

export interface BaseAppOptions {
  chainId: string;
  store: MultiStore;
  modules: Module[];
  /** Module names in BeginBlock order (default: registration order). */
  beginBlockers?: string[];
  /** Module names whose `preBlock` runs, in this order, before BeginBlock (default: none). */
  preBlockers?: string[];
  endBlockers?: string[];
  initGenesisOrder?: string[];
  ante: AnteHandler;
  /** Routers the app built before the modules (keepers that dispatch messages need them); fresh ones by default. */
  msgRouter?: MsgRouter;
  queryRouter?: QueryRouter;
  /** Gas limit used for external smart queries and gRPC queries (wasmd: 3 000 000). */
  queryGasLimit?: number;
  /** Max gas per block (consensus param); undefined = unlimited. */
  blockMaxGas?: bigint;
  /**
   * Gas a simulation may use (wasmd's `simulation_gas_limit`). Default: the block max gas, as
   * wasmd, and DEFAULT_SIMULATION_GAS_LIMIT when blocks are unlimited. A simulation is never
   * unmetered: nobody pays for it, so an unmetered contract loop would stall the node for good.
   */
  simulationGasLimit?: number;
  /** The app version `Info` reports (the SDK's protocol version, kept by x/upgrade); 0 when absent. */
  appVersion?: (ctx: Context) => bigint;
}

/** Simulation gas when neither `simulationGasLimit` nor a block max gas is set. */
export const DEFAULT_SIMULATION_GAS_LIMIT = 50_000_000;

/** Error → ABCI code/codespace/log, as `errorsmod.ABCIInfo` does. */
export function abciInfo(e: unknown, decodeError: ErrorSpec = Codes.TxDecode): { code: number; codespace: string; log: string } {
  if (e instanceof ChainError) return { code: e.code, codespace: e.codespace, log: e.message };
  // Bytes a client sent that do not decode (a nested Any, a query request) are its error, not a panic.
  if (isProtobufDecodeError(e)) return { code: decodeError.code, codespace: decodeError.codespace, log: `malformed protobuf: ${e.message}: ${decodeError.desc}` };
  if (e instanceof OutOfGasError) return { code: Codes.OutOfGas.code, codespace: 'sdk', log: `${e.message}: out of gas` };
  if (e instanceof GasOverflowError) return { code: Codes.OutOfGas.code, codespace: 'sdk', log: `${e.message}: out of gas` };
  const err = e as { message?: string; codespace?: string; code?: number };
  if (typeof err?.codespace === 'string' && typeof err.code === 'number') return { code: err.code, codespace: err.codespace, log: String(err.message) };
  return { code: Codes.Panic.code, codespace: Codes.Panic.codespace, log: `panic: ${err?.message ?? String(e)}` };
}

export class BaseApp implements PreverifyTarget {
  readonly chainId: string;
  readonly store: MultiStore;
  readonly msgRouter: MsgRouter;
  readonly queryRouter: QueryRouter;
  readonly modules: Module[];
  private readonly ante: AnteHandler;
  private readonly preOrder: Module[];
  private readonly beginOrder: Module[];
  private readonly endOrder: Module[];
  private readonly genesisOrder: Module[];
  private readonly queryGasLimit: number;
  readonly blockMaxGas: bigint | undefined;
  readonly simulationGasLimit: number;

  /** Header of the last finalized (or initialized) block. */
  private lastHeader: BlockHeader;
  /** State of the block being finalized, written into the trees at the end of `finalizeBlock`. */
  private blockState: ReturnType<MultiStore['branch']> | undefined;
  /** Mempool view: committed state plus the txs CheckTx accepted since the last commit. */
  private checkState: ReturnType<MultiStore['branch']>;
  private pendingCommit = false;
  private open: OpenBlock | undefined;

  constructor(opts: BaseAppOptions) {
    this.chainId = opts.chainId;
    this.store = opts.store;
    this.msgRouter = opts.msgRouter ?? new MsgRouter();
    this.queryRouter = opts.queryRouter ?? new QueryRouter();
    this.modules = opts.modules;
    this.ante = opts.ante;
    this.queryGasLimit = opts.queryGasLimit ?? 3_000_000;
    this.blockMaxGas = opts.blockMaxGas;
    this.simulationGasLimit = simulationGasLimitOf(opts);
    const byName = new Map(opts.modules.map((m) => [m.name, m]));
    const order = (names: string[] | undefined): Module[] =>
      names === undefined
        ? opts.modules
        : names.map((n) => {
            const m = byName.get(n);
            if (m === undefined) throw new Error(`module order names unknown module ${n}`);
            return m;
          });
    this.preOrder = opts.preBlockers === undefined ? [] : order(opts.preBlockers);
    this.beginOrder = order(opts.beginBlockers);
    this.endOrder = order(opts.endBlockers);
    this.genesisOrder = order(opts.initGenesisOrder);
    const stores = new Set(this.store.names);
    for (const m of opts.modules) {
      for (const k of m.storeKeys) if (!stores.has(k)) throw new Error(`module ${m.name} needs store ${k}, which the multistore lacks`);
      m.registerMsgs?.(this.msgRouter);
      m.registerQueries?.(this.queryRouter);
    }
    this.queryRouter.register('/cosmos.tx.v1beta1.Service/Simulate', (_ctx, req) => this.simulateService(req));
    this.lastHeader = { chainId: this.chainId, height: this.store.version, time: 0n, proposer: new Uint8Array() };
    this.checkState = this.store.branch();
    this.appVersionOf = opts.appVersion;
  }

  private readonly appVersionOf: ((ctx: Context) => bigint) | undefined;

  get lastBlockHeight(): number {
    return this.store.version;
  }
  /** The committed app version (ABCI `Info.app_version`): 0 before genesis or without x/upgrade. */
  appVersion(): bigint {
    if (this.appVersionOf === undefined || this.store.version === 0) return 0n;
    return this.appVersionOf(this.queryContext());
  }
  /** After the store set changed (a store upgrade at load): CheckTx reads through a fresh branch. */
  refreshCheckState(): void {
    this.checkState = this.store.branch();
  }
  get lastBlockTime(): TimeNs {
    return this.lastHeader.time;
  }
  lastAppHash(): Uint8Array {
    return this.store.lastAppHash();
  }
  /** Returns to committed `version` (harness snapshots; in-memory stores only). */
  resetTo(version: number, lastBlockTime: TimeNs): void {
    if (this.open !== undefined) {
      this.open = undefined;
      this.blockState = undefined;
    }
    this.pendingCommit = false;
    this.store.resetTo(version);
    this.lastHeader = { chainId: this.chainId, height: version, time: lastBlockTime, proposer: new Uint8Array() };
    this.checkState = this.store.branch();
  }

  /** Restores the header facts a restarted node knows from its block store. */
  setLastHeader(h: BlockHeader): void {
    this.lastHeader = h;
  }

  /** Runs every module's InitGenesis; returns the genesis validator set. Call once, before block 1. */
  initChain(g: GenesisDoc): ValidatorUpdate[] {
    if (g.chainId !== this.chainId) throw new ChainError(Codes.InvalidChainID, `genesis chain id ${g.chainId} differs from the app's ${this.chainId}`);
    if (this.store.version !== 0) throw new Error(`initChain on a store already at height ${this.store.version}`);
    const header: BlockHeader = { chainId: this.chainId, height: g.initialHeight - 1, time: g.genesisTime, proposer: new Uint8Array() };
    this.blockState = this.store.branch();
    const ctx = new Context(this.blockState, header, new InfiniteGasMeter(), 'genesis');
    const updates: ValidatorUpdate[] = [];
    for (const m of this.genesisOrder) {
      const u = m.initGenesis?.(ctx, g.appState[m.name]);
      if (u) updates.push(...u);
    }
    this.lastHeader = header;
    return updates;
  }

  /** Executes a whole block. The state is not durable until `commit()`. */
  finalizeBlock(req: FinalizeBlockRequest): FinalizeBlockResult {
    this.beginBlock(req);
    for (const tx of req.txs) this.deliverTx(tx);
    return this.endBlock();
  }

  /**
   * The three phases of `finalizeBlock`, separately, for a block driver that keeps a block open (the
   * multi-test harness executes messages between them, as cw-multi-test does within one block).
   */
  beginBlock(req: BlockInfo & { height: number; time: TimeNs; proposer: Uint8Array }): void {
    if (this.pendingCommit) throw new Error('a finalized block is waiting for commit');
    if (this.open !== undefined) throw new Error(`block ${this.open.header.height} is still open`);
    const expected = this.lastHeader.height + 1;
    if (req.height !== expected) throw new Error(`block at height ${req.height}, expected ${expected}`);
    if (req.time < this.lastHeader.time) throw new Error(`block time ${req.time} is before the previous block's ${this.lastHeader.time}`);
    const header: BlockHeader = { chainId: this.chainId, height: req.height, time: req.time, proposer: req.proposer };
    const state = this.blockState ?? this.store.branch();
    const events = new EventManager();
    // PreBlockers write through their own branch, so a halt (a throw) leaves no trace of the block.
    if (this.preOrder.length > 0) {
      const pre = state.branch();
      const preCtx = new Context(pre, header, new InfiniteGasMeter(), 'begin', events);
      for (const m of this.preOrder) m.preBlock?.(preCtx);
      pre.write();
    }
    this.blockState = state;
    this.open = { header, state, events, txResults: [], gasUsed: 0n };
    const begin = new Context(state, header, new InfiniteGasMeter(), 'begin', events);
    for (const m of this.beginOrder) m.beginBlock?.(begin, req);
  }

  /** `decoded`: this app's `decodeTx(bytes)` from CheckTx, so the block does not decode the tx again. */
  deliverTx(bytes: Uint8Array, decoded?: DecodedTx): TxResult {
    const b = this.requireOpen();
    const blockGasLeft = this.blockMaxGas === undefined ? undefined : this.blockMaxGas - b.gasUsed;
    const r = this.runTx('deliver', bytes, b.header, b.state, b.txResults.length, { blockGasLeft, decoded });
    b.gasUsed += r.gasUsed;
    b.txResults.push(r);
    return r;
  }

  /**
   * Runs `fn` against the open block's state in a branch kept only if it returns (harness-only:
   * messages executed as any address, without a signed tx). Gas is metered against `gasLimit`.
   */
  runInBlock<T>(fn: (ctx: Context) => T, gasLimit?: number): { value: T; events: Event[]; gasUsed: number } {
    const b = this.requireOpen();
    const meter: GasMeter = gasLimit === undefined ? new InfiniteGasMeter() : new BasicGasMeter(gasLimit);
    const events = new EventManager();
    const ctx = new Context(b.state, b.header, meter, 'deliver', events, b.txResults.length);
    const br = ctx.branch();
    let value: T;
    try {
      value = fn(br.ctx);
    } catch (e) {
      br.discard();
      throw e;
    }
    br.commit();
    // Recorded as block events, so indexers and relayers find what harness calls emitted (e.g. send_packet).
    b.events.emitAll(events.events);
    return { value, events: events.events, gasUsed: meter.consumed };
  }

  /** A read-only context over the open block's current state (harness queries between messages). */
  openBlockQueryContext(gasLimit = this.queryGasLimit): Context | undefined {
    if (this.open === undefined) return undefined;
    return new Context(this.open.state.branch(), this.open.header, new BasicGasMeter(gasLimit), 'query');
  }

  get openHeader(): BlockHeader | undefined {
    return this.open?.header;
  }

  endBlock(): FinalizeBlockResult {
    const b = this.requireOpen();
    const end = new Context(b.state, b.header, new InfiniteGasMeter(), 'end', b.events);
    const validatorUpdates: ValidatorUpdate[] = [];
    for (const m of this.endOrder) {
      const u = m.endBlock?.(end);
      if (u) validatorUpdates.push(...u);
    }
    b.state.write();
    this.blockState = undefined;
    this.open = undefined;
    this.lastHeader = b.header;
    this.pendingCommit = true;
    return { height: b.header.height, txResults: b.txResults, events: b.events.events, validatorUpdates: mergeUpdates(validatorUpdates), appHash: this.store.workingHash(), gasUsed: b.gasUsed };
  }

  private requireOpen(): OpenBlock {
    if (this.open === undefined) throw new Error('no block is open: call beginBlock first');
    return this.open;
  }

  /** Makes the finalized block durable; returns the app hash. */
  commit(): Uint8Array {
    // Genesis state is committed together with the first block, as in CometBFT.
    if (!this.pendingCommit) throw new Error('commit without a finalized block');
    const h = this.store.commit();
    this.pendingCommit = false;
    this.checkState = this.store.branch();
    return h;
  }

  /** Mempool admission: decode + ante on the check state (no messages run), as CheckTx does. */
  checkTx(bytes: Uint8Array, decoded?: DecodedTx): TxResult {
    const header: BlockHeader = { ...this.lastHeader, height: this.lastHeader.height + 1 };
    return this.runTx('check', bytes, header, this.checkState, undefined, { decoded });
  }

  /** CheckTx of type Recheck: a mempool tx against the state after a block; signatures are not verified again. */
  recheckTx(bytes: Uint8Array, decoded?: DecodedTx): TxResult {
    const header: BlockHeader = { ...this.lastHeader, height: this.lastHeader.height + 1 };
    return this.runTx('check', bytes, header, this.checkState, undefined, { recheck: true, decoded });
  }

  /** Runs a tx against the latest state without keeping anything; reports gas (`Service/Simulate`). */
  simulate(bytes: Uint8Array): TxResult {
    const header: BlockHeader = { ...this.lastHeader, height: this.lastHeader.height + 1 };
    return this.runTx('simulate', bytes, header, this.store.branch(), undefined);
  }

  /** `cosmos.tx.v1beta1.Service/Simulate`: what CosmJS calls for fee "auto". */
  private simulateService(req: Uint8Array): Uint8Array {
    const q = SimulateRequest.decode(req);
    let bytes = q.txBytes;
    if (bytes.length === 0 && q.tx !== undefined) {
      bytes = TxRaw.encode({ bodyBytes: TxBody.encode(q.tx.body!).finish(), authInfoBytes: AuthInfo.encode(q.tx.authInfo!).finish(), signatures: q.tx.signatures }).finish();
    }
    if (bytes.length === 0) throw new ChainError(Codes.InvalidRequest, 'empty tx: set tx_bytes');
    const r = this.simulate(bytes);
    if (r.code !== 0) throw new ChainError({ codespace: r.codespace, code: r.code, desc: '' }, r.log);
    const msgData = TxMsgData.decode(r.data);
    return SimulateResponse.encode({
      gasInfo: { gasWanted: r.gasWanted, gasUsed: r.gasUsed },
      result: { data: new Uint8Array(), log: '', events: r.events.map((e) => ({ type: e.type, attributes: e.attributes })), msgResponses: msgData.msgResponses },
    }).finish();
  }

  /**
   * The signature checks the ante handler will make for `txs`, worked out on the check state, so
   * that they can be verified ahead on a worker pool (`preverifySignatures` in `tx/preverify.ts`).
   * Undecodable txs and signers without an account yet give none.
   */
  signatureChecks(txs: readonly (Uint8Array | DecodedTx)[]): SignatureCheck[] {
    const header: BlockHeader = { ...this.lastHeader, height: this.lastHeader.height + 1 };
    const ctx = new Context(this.checkState.branch(), header, new InfiniteGasMeter(), 'check');
    const out: SignatureCheck[] = [];
    for (const t of txs) {
      let tx: DecodedTx;
      if (t instanceof Uint8Array) {
        try {
          tx = decodeTx(t, this.msgRouter);
        } catch {
          continue;
        }
      } else tx = t;
      for (const c of this.ante.signatureChecks(ctx, tx)) out.push(c);
    }
    return out;
  }

  /** The verdicts the ante handler reads before verifying a signature itself. */
  get signatureVerdicts(): SignatureVerdicts {
    return this.ante.signatures;
  }

  /**
   * Decodes a tx with this app's message registry (RPC, indexer, mempool). `hash`: sha256(bytes)
   * when the caller has it. The result may be handed back to `checkTx`/`recheckTx`/`deliverTx` with
   * the same bytes, so a tx is decoded once on its way from the mempool into a block.
   */
  decodeTx(bytes: Uint8Array, hash?: Uint8Array): DecodedTx {
    const tx = decodeTx(bytes, this.msgRouter, hash);
    this.ownDecoded.add(tx);
    return tx;
  }

  /**
   * A decoded tx handed in is used only if this app decoded it from these very bytes (the message
   * registry is fixed at construction, so its decoding cannot have changed); anything else — a
   * hand-built object, other bytes — is decoded afresh, so callers cannot alter what executes.
   */
  private readonly ownDecoded = new WeakSet<DecodedTx>();

  /**
   * `blockGasLeft` (deliver only, with a block max gas): as the SDK v0.50 block gas meter, a tx
   * finding none left fails before its ante handler, and a tx whose gas would pass the block's max
   * fails with its messages undone (its fee and sequence stay, as for any message failure).
   */
  private runTx(mode: ExecMode, bytes: Uint8Array, header: BlockHeader, parent: ReturnType<MultiStore['branch']>, txIndex: number | undefined, opts: { blockGasLeft?: bigint; recheck?: boolean; decoded?: DecodedTx } = {}): TxResult {
    const { blockGasLeft } = opts;
    let meter: GasMeter = new InfiniteGasMeter();
    let gasWanted = 0n;
    const events = new EventManager();
    const fail = (e: unknown): TxResult => ({ ...abciInfo(e), data: new Uint8Array(), gasWanted, gasUsed: BigInt(meter.consumedToLimit()), events: events.events });
    let tx: DecodedTx;
    const given = opts.decoded;
    if (given !== undefined && given.bytes === bytes && this.ownDecoded.has(given)) tx = given;
    else {
      try {
        tx = decodeTx(bytes, this.msgRouter);
      } catch (e) {
        return fail(e);
      }
    }
    gasWanted = tx.authInfo.fee?.gasLimit ?? 0n;
    if (mode !== 'simulate') {
      if (gasWanted > BigInt(Number.MAX_SAFE_INTEGER)) return fail(new ChainError(Codes.InvalidGasLimit, `gas limit ${gasWanted} is too large`));
      if (this.blockMaxGas !== undefined && gasWanted > this.blockMaxGas) return fail(new ChainError(Codes.OutOfGas, `tx gas limit ${gasWanted} exceeds the block max gas ${this.blockMaxGas}`));
      meter = new BasicGasMeter(Number(gasWanted));
    } else meter = new BasicGasMeter(this.simulationGasLimit);
    if (blockGasLeft !== undefined && blockGasLeft <= 0n) return fail(new ChainError(Codes.OutOfGas, `no block gas left to run tx (block max gas ${this.blockMaxGas})`));
    const base = new Context(parent, header, meter, mode, events, txIndex, bytes);
    // Ante: kept even if a message fails later (fee and sequence stay), discarded if it fails itself.
    const ante = base.branch();
    try {
      this.ante.run(ante.ctx, tx, { recheck: opts.recheck });
    } catch (e) {
      ante.discard();
      return fail(e);
    }
    ante.commit();
    if (mode === 'check') return { code: 0, codespace: '', log: '', data: new Uint8Array(), gasWanted, gasUsed: BigInt(meter.consumedToLimit()), events: events.events };
    const msgs = base.branch();
    const responses: MsgResponse[] = [];
    try {
      tx.msgs.forEach((m, i) => {
        const msgEvents = new EventManager();
        const mctx = msgs.ctx.withEvents(msgEvents);
        const signer = m.handler.signers(m.msg)[0] ?? '';
        const resp = this.msgRouter.run(mctx, m);
        responses.push(resp);
        const all = [event('message', { action: m.typeUrl, sender: signer, module: m.handler.module }), ...msgEvents.events];
        for (const ev of all) {
          msgs.ctx.emit({ type: ev.type, attributes: [...ev.attributes, { key: 'msg_index', value: String(i), index: true }] });
        }
      });
    } catch (e) {
      msgs.discard();
      return fail(e);
    }
    if (blockGasLeft !== undefined && BigInt(meter.consumedToLimit()) > blockGasLeft) {
      msgs.discard();
      return fail(new ChainError(Codes.OutOfGas, `block gas meter: the tx used ${meter.consumedToLimit()} gas, only ${blockGasLeft} left of the block max gas ${this.blockMaxGas}`));
    }
    msgs.commit();
    const data = finishExact(TxMsgData.encode({ data: [], msgResponses: responses.map((r) => Any.fromPartial({ typeUrl: r.typeUrl, value: r.value })) }));
    return { code: 0, codespace: '', log: '', data, gasWanted, gasUsed: BigInt(meter.consumedToLimit()), events: events.events };
  }

  /** A read-only context over committed state at `height` (default latest). */
  queryContext(height?: number, gasLimit = this.queryGasLimit): Context {
    const h = height === undefined || height === 0 ? this.store.version : height;
    const view = this.store.viewAt(h);
    if (view === undefined) throw new ChainError(Codes.InvalidHeight, `height ${h} is not available (latest ${this.store.version}); it may be pruned or in the future`);
    const header: BlockHeader = { ...this.lastHeader, height: h };
    return new Context(view, header, new BasicGasMeter(gasLimit), 'query');
  }

  /** ABCI Query: gRPC paths, and `/store/<name>/key` raw reads with ICS-23 proofs. */
  query(req: QueryRequest): QueryResult {
    const height = req.height === undefined || req.height === 0 ? this.store.version : req.height;
    try {
      const storeQuery = /^\/?store\/([^/]+)\/key$/.exec(req.path);
      if (storeQuery !== null) {
        const name = storeQuery[1]!;
        if (!this.store.names.includes(name)) throw new ChainError(Codes.UnknownRequest, `no store named ${name}`);
        if (req.prove) {
          const p = this.store.proveKey(name, req.data, height);
          if (p === undefined) throw new ChainError(Codes.InvalidHeight, `height ${height} is not available (latest ${this.store.version}); it may be pruned or in the future`);
          return {
            code: 0,
            codespace: '',
            log: '',
            key: req.data,
            value: p.value ?? new Uint8Array(),
            height,
            proofOps: [
              { type: p.value !== undefined ? 'ics23:iavl' : 'ics23:iavl', key: req.data, data: encodeCommitmentProof(p.proofs[0]) },
              { type: 'ics23:simple', key: new TextEncoder().encode(name), data: encodeCommitmentProof(p.proofs[1]) },
            ],
          };
        }
        const ctx = this.queryContext(height);
        return { code: 0, codespace: '', log: '', key: req.data, value: ctx.rawStore(name).get(req.data) ?? new Uint8Array(), height };
      }
      const handler = this.queryRouter.get(req.path);
      if (handler === undefined) throw new ChainError(Codes.UnknownRequest, `unknown query path ${req.path}`);
      const ctx = this.queryContext(height);
      return { code: 0, codespace: '', log: '', value: handler(ctx, req.data), height };
    } catch (e) {
      return { ...abciInfo(e, Codes.InvalidRequest), value: new Uint8Array(), height };
    }
  }
}

function simulationGasLimitOf(opts: BaseAppOptions): number {
  const limit = opts.simulationGasLimit ?? (opts.blockMaxGas !== undefined && opts.blockMaxGas > 0n && opts.blockMaxGas <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(opts.blockMaxGas) : DEFAULT_SIMULATION_GAS_LIMIT);
  if (!Number.isSafeInteger(limit) || limit <= 0) throw new Error(`simulationGasLimit must be a positive integer, got ${limit}`);
  return limit;
}

function encodeCommitmentProof(p: ics23.ICommitmentProof): Uint8Array {
  return ics23.CommitmentProof.encode(p).finish();
}

/** Last update per key wins, as CometBFT applies a list of updates. */
function mergeUpdates(list: ValidatorUpdate[]): ValidatorUpdate[] {
  const m = new Map<string, ValidatorUpdate>();
  for (const u of list) m.set(Buffer.from(u.pubKey).toString('hex'), u);
  return [...m.values()];
}

export { txHash };
