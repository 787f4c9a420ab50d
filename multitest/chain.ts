/**
 * `TestChain`: one Meshwork chain in this process, in the spirit of cw-multi-test's `App`, but on the
 * real app (`app/`), the real modules and the real tx pipeline. A block is always open: messages
 * executed as any address (no signature) and signed txs land in it; `nextBlock()` ends it, commits
 * and opens the next one. Time only moves when the test moves it.
 */
import type { EncodeObject } from '@cosmjs/proto-signing';
import { Registry, type GeneratedType } from '@cosmjs/proto-signing';
import type { MsgRouter } from '../chain/kernel/router.js';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { createMeshworkApp, type MeshworkApp, type MeshworkAppOptions } from '../app/chain/meshwork-app.js';
import type { Context, TimeNs } from '../chain/kernel/context.js';
import { NS_PER_SECOND } from '../chain/kernel/context.js';
import type { Event } from '../chain/kernel/events.js';
import type { Coin } from '../chain/types/coins.js';
import type { FinalizeBlockResult, GenesisDoc, TxResult } from '../chain/kernel/baseapp.js';
import { ChainError, Codes } from '../chain/kernel/errors.js';
import { TxSigner } from '../chain/testkit/signer.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { GenesisBuilder, labelAddress } from './genesis.js';
import { BlockDriver, type DriverSnapshot } from '../chain/consensus/driver.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { secp256k1Address } from '../chain/types/address.js';
import { Dec } from '../chain/types/dec.js';
import { CallTracer, callFrames, renderTrace, type TraceFrame } from '../chain/modules/wasm/trace.js';
import { AppResponse } from './response.js';
import { GasReport, processGasReport, reportedMessage } from './gas-report.js';
import { contractStorePrefix, WASM_STORE } from '../chain/modules/wasm/types.js';
import { prefixEnd } from '../chain/store/kv.js';
import { TestChainClient } from './contract-client.js';

export { AppResponse, EventView, EventAssertionError } from './response.js';
export { GasReport } from './gas-report.js';

/** A CosmJS `Registry` whose types are the app's own message codecs. */
export function registryFromRouter(router: MsgRouter): Registry {
  const registry = new Registry();
  for (const typeUrl of router.typeUrls()) {
    const type = {
      encode: (m: unknown) => {
        const bytes = router.encode(typeUrl, m);
        return { finish: () => bytes };
      },
      decode: (b: Uint8Array) => router.decode(typeUrl, b).msg,
      fromPartial: (m: unknown) => m,
    };
    registry.register(typeUrl, type as unknown as GeneratedType);
  }
  return registry;
}

export const DEFAULT_GENESIS_TIME: TimeNs = 1_700_000_000n * NS_PER_SECOND;

export interface TestChainOptions extends Omit<MeshworkAppOptions, 'chainId'> {
  chainId?: string;
  /** Seconds between blocks when `nextBlock()` is called without a time. Default 5. */
  blockSeconds?: number;
  genesisTime?: TimeNs;
  /** Fills the genesis (accounts, balances, validators, params). */
  genesis?: (g: GenesisBuilder) => void;
  /**
   * Record a trace of every contract call (default true): a failing call's error then carries its
   * trace (`error.trace`, and in `error.stack`, which test runners print), results carry theirs
   * (`res.trace`, `res.formatTrace()`). `MESHWORK_TRACE=1` prints every call's trace to stderr.
   */
  trace?: boolean;
  /**
   * `addr(label)` is the address of `signer(label)`'s key, so accounts funded by label can sign txs
   * (default false: `addr` keeps cw-multi-test's hash-of-label addresses, which recorded suites rely on).
   */
  keyedAddresses?: boolean;
  /** Where call gas is recorded (default the process report when `MESHWORK_GAS_REPORT` is set). */
  gasReport?: GasReport;
}

/** The result of a message executed through the harness (every call's result type). */
export type ExecResult = AppResponse;

/** A failed harness call's error carries the call's trace and debug output. */
export interface TracedError extends Error {
  trace?: TraceFrame[];
  debugOutput?: string[];
}

const envFlag = (name: string): boolean => {
  const v = process.env[name];
  return v !== undefined && v !== '' && v !== '0' && v !== 'false';
};

export interface Snapshot {
  readonly driver?: DriverSnapshot | undefined;
  readonly version: number;
  readonly time: TimeNs;
  readonly lastBlockTime: TimeNs;
}

export class TestChain {
  readonly m: MeshworkApp;
  readonly chainId: string;
  readonly blockSeconds: number;
  /** CosmJS registry of every message type the app routes (for signing). */
  readonly registry: Registry;
  private nextTime: TimeNs;
  /** Results of the blocks finalized so far (last first is `lastBlock`). */
  lastBlock: FinalizeBlockResult | undefined;
  private readonly signers = new Map<string, TxSigner>();
  /** Records every contract call (unless created with `trace: false`). */
  readonly tracer: CallTracer | undefined;
  readonly gasReport: GasReport | undefined;
  private readonly keyedAddresses: boolean;
  private readonly printDebug = envFlag('MESHWORK_DEBUG');
  private readonly printTraces = envFlag('MESHWORK_TRACE');
  /** Debug output collected when traces are off. */
  private readonly debugLines: string[] = [];

  private constructor(m: MeshworkApp, chainId: string, blockSeconds: number, genesisTime: TimeNs, opts: TestChainOptions) {
    this.m = m;
    this.chainId = chainId;
    this.blockSeconds = blockSeconds;
    this.nextTime = genesisTime;
    this.registry = registryFromRouter(m.app.msgRouter);
    this.keyedAddresses = opts.keyedAddresses ?? false;
    this.gasReport = opts.gasReport ?? processGasReport();
    if (opts.trace !== false || this.gasReport !== undefined) {
      this.tracer = new CallTracer();
      m.keepers.wasm.setTracer(this.tracer);
    }
    if (this.printDebug || this.tracer === undefined) {
      m.keepers.wasm.setDebugSink((contract, message) => {
        if (this.tracer === undefined) this.debugLines.push(message);
        if (this.printDebug) process.stderr.write(`[debug ${this.describe(contract) ?? contract}] ${message}\n`);
      });
    }
  }

  static create(opts: TestChainOptions = {}): TestChain {
    const chainId = opts.chainId ?? 'meshwork-test-1';
    const m = createMeshworkApp({ ...opts, chainId });
    const genesisTime = opts.genesisTime ?? DEFAULT_GENESIS_TIME;
    const chain = new TestChain(m, chainId, opts.blockSeconds ?? 5, genesisTime, opts);
    const g = new GenesisBuilder(m, (label) => chain.addr(label));
    opts.genesis?.(g);
    const doc: GenesisDoc = g.build(chainId, genesisTime);
    if (g.signers.length > 0) {
      // Validators sign every block with their ed25519 keys; BeginBlock gets the real last commit.
      chain.driver = new BlockDriver({ app: m.app, chainId, genesisTime, validators: g.signers, blockInterval: BigInt(chain.blockSeconds) * NS_PER_SECOND });
      chain.driver.init(doc);
    } else {
      m.app.initChain(doc);
    }
    chain.openBlock(genesisTime);
    return chain;
  }

  /** The block driver (present when the genesis has validators): fault injection lives there. */
  driver: BlockDriver | undefined;

  /** Makes a genesis or later validator stop (or resume) signing blocks: ABSENT in the next last commits. */
  setOnline(consAddress: Uint8Array, online: boolean): void {
    this.requireDriver().setOnline(consAddress, online);
  }
  /** The validator signs two conflicting blocks at the next height; evidence reaches the app a block later. */
  doubleSign(consAddress: Uint8Array): void {
    this.requireDriver().doubleSign(consAddress);
  }
  private requireDriver(): BlockDriver {
    if (this.driver === undefined) throw new Error('this chain has no validators in its genesis, so no block driver: add g.validator(...)');
    return this.driver;
  }

  /**
   * Deterministic address for a label (cw-multi-test's `addr_make`). With `keyedAddresses` it is the
   * address of `signer(label)`'s key (secp256k1 key = sha256(`<chainId>/<label>`)), so both agree.
   */
  addr(label: string): string {
    if (!this.keyedAddresses) return labelAddress(this.m, label);
    const key = sha256(new TextEncoder().encode(`${this.chainId}/${label}`));
    return this.m.codec.encode(secp256k1Address(secp256k1.getPublicKey(key, true)));
  }

  /**
   * A signing key for `label`: sha256(`<chainId>/<label>`) as secp256k1 key. Its address equals
   * `addr(label)` when the chain was created with `keyedAddresses: true`.
   */
  async signer(label: string): Promise<TxSigner> {
    let s = this.signers.get(label);
    if (s === undefined) {
      s = await TxSigner.fromLabel(`${this.chainId}/${label}`, this.m.prefixes.account, this.registry);
      this.signers.set(label, s);
    }
    return s;
  }

  get height(): number {
    return this.m.app.openHeader!.height;
  }
  /** Time of the open block (ns). */
  get time(): TimeNs {
    return this.m.app.openHeader!.time;
  }

  private openBlock(time: TimeNs): void {
    if (this.driver !== undefined) this.driver.beginBlock({ time });
    else this.m.app.beginBlock({ height: this.m.app.lastBlockHeight + 1, time, proposer: new Uint8Array(20), lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    this.nextTime = time + BigInt(this.blockSeconds) * NS_PER_SECOND;
  }

  /** Ends the open block (EndBlock, commit) and opens the next, `seconds` later (default blockSeconds). */
  nextBlock(seconds?: number): FinalizeBlockResult {
    if (this.m.app.openHeader === undefined) {
      // The last attempt to open a block failed (e.g. consensus halted with > 1/3 offline): try again.
      this.openBlock(seconds === undefined ? this.nextTime : this.nextTime + BigInt(seconds - this.blockSeconds) * NS_PER_SECOND);
      if (this.lastBlock === undefined) throw new Error('no block has been finalized yet');
      return this.lastBlock;
    }
    const t = seconds === undefined ? this.nextTime : this.time + BigInt(seconds) * NS_PER_SECOND;
    let r: FinalizeBlockResult;
    if (this.driver !== undefined) r = this.driver.endBlock().results;
    else {
      r = this.m.app.endBlock();
      this.m.app.commit();
    }
    this.lastBlock = r;
    this.openBlock(t);
    // Calls of block hooks and of txs delivered past the harness (relayers): into the gas report, then dropped.
    this.drain();
    this.tracer?.takeDebug();
    return r;
  }
  advanceBlocks(n: number, secondsEach?: number): void {
    for (let i = 0; i < n; i++) this.nextBlock(secondsEach);
  }
  /** Moves time forward by `seconds` in one block. */
  advanceTime(seconds: number): void {
    this.nextBlock(seconds);
  }

  /**
   * Executes messages as `sender` without a signature (the cw-multi-test way). Each message's
   * signers must be exactly `sender`. All run in one branch: a failure leaves no trace and throws.
   */
  executeAs(sender: string, msgs: EncodeObject[], gasLimit?: number): AppResponse {
    const decoded = msgs.map((m) => {
      const d = this.m.app.msgRouter.decode(m.typeUrl, this.m.app.msgRouter.encode(m.typeUrl, m.value));
      const signers = d.handler.signers(d.msg);
      if (signers.length !== 1 || signers[0] !== sender) throw new ChainError(Codes.Unauthorized, `message ${m.typeUrl} must be signed by ${signers.join(',')}, not ${sender}`);
      return d;
    });
    return this.call(() => this.m.app.runInBlock((ctx) => {
      for (const d of decoded) this.m.app.msgRouter.run(ctx, d);
    }, gasLimit), () => ({}));
  }

  /** Runs `fn` with a context on the open block (keepers directly); its writes are kept if it returns. */
  withContext<T>(fn: (ctx: Context) => T): T {
    return this.m.app.runInBlock(fn).value;
  }

  /** Read-only context on the open block's current state. */
  queryContext(): Context {
    return this.m.app.openBlockQueryContext()!;
  }

  /** Signs (SIGN_MODE_DIRECT, real account number and sequence) and delivers a tx in the open block. */
  async deliverTx(signer: TxSigner, msgs: EncodeObject[], opts: { gas?: number; fee?: bigint; memo?: string } = {}): Promise<TxResult> {
    const acc = this.m.keepers.auth.getAccount(this.queryContext(), signer.address);
    if (acc === undefined) throw new ChainError(Codes.UnknownAddress, `account ${signer.address} does not exist; fund it first`);
    const gas = opts.gas ?? 500_000;
    const tx = await signer.sign({ msgs, fee: { amount: opts.fee === 0n ? [] : [{ denom: this.m.bondDenom, amount: String(opts.fee ?? BigInt(Math.ceil(gas / 100))) }], gas }, chainId: this.chainId, accountNumber: acc.accountNumber, sequence: acc.sequence, memo: opts.memo });
    this.drain();
    const r = this.driver !== undefined ? this.driver.deliverTx(tx) : this.m.app.deliverTx(tx);
    const frames = this.drain();
    if (this.printTraces && frames.length > 0) process.stderr.write(`${this.formatTrace(frames)}\n`);
    return r;
  }

  balance(addr: string, denom = this.m.bondDenom): bigint {
    return this.m.keepers.bank.getBalance(this.queryContext(), addr, denom).amount;
  }
  allBalances(addr: string): { denom: string; amount: bigint }[] {
    return this.m.keepers.bank.getAllBalances(this.queryContext(), addr);
  }
  send(from: string, to: string, amount: bigint, denom = this.m.bondDenom): AppResponse {
    return this.executeAs(from, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: from, toAddress: to, amount: [{ denom, amount: amount.toString() }] }) }]);
  }

  // ---- balances and validators, as a test sets them up (cw-multi-test's `init_balance`, sudo) ----

  /** Mints `amount` of `denom` to `address` (through the mint module: supply grows, events as a mint). */
  mint(address: string, amount: bigint, denom = this.m.bondDenom): AppResponse {
    const coins = [{ denom, amount }];
    return this.call(() => this.m.app.runInBlock((ctx) => {
      this.m.keepers.bank.mintCoins(ctx, 'mint', coins);
      this.m.keepers.bank.sendCoinsFromModuleToAccount(ctx, 'mint', address, coins);
    }), () => ({}));
  }

  /** Sets `address`'s balance of `denom` to exactly `amount`: mints or burns the difference (the supply follows). */
  setBalance(address: string, amount: bigint, denom = this.m.bondDenom): AppResponse {
    if (amount < 0n) throw new RangeError(`a balance cannot be negative (${amount}${denom})`);
    const have = this.balance(address, denom);
    if (amount >= have) return this.mint(address, amount - have, denom);
    const coins = [{ denom, amount: have - amount }];
    return this.call(() => this.m.app.runInBlock((ctx) => {
      this.m.keepers.bank.sendCoinsFromAccountToModule(ctx, address, 'wasm', coins);
      this.m.keepers.bank.burnCoins(ctx, 'wasm', coins);
    }), () => ({}));
  }

  private consAddressOf(valoper: string): Uint8Array {
    const v = this.m.keepers.staking.getValidator(this.queryContext(), valoper);
    if (v === undefined) throw new ChainError(Codes.InvalidAddress, `no validator ${valoper}: pass the valoper address (GenesisBuilder.validator(...).valoper)`);
    return v.consAddress;
  }

  /**
   * Slashes a validator by `fraction` (a decimal string, e.g. "0.1") of its power at
   * `infractionHeight` (default: the open block), as the slashing module does (contract hooks hear it).
   */
  slash(valoper: string, fraction: string, opts: { infractionHeight?: number; reason?: 'double_sign' | 'downtime' } = {}): AppResponse {
    const cons = this.consAddressOf(valoper);
    const v = this.m.keepers.staking.getValidator(this.queryContext(), valoper)!;
    const power = this.m.keepers.staking.consensusPower(v.tokens);
    return this.call(() => this.m.app.runInBlock((ctx) => {
      this.m.keepers.slashing.slashWithInfractionReason(ctx, cons, Dec.parse(fraction), power, opts.infractionHeight ?? ctx.height, opts.reason ?? 'downtime');
    }), () => ({}));
  }

  /** Jails a validator (it leaves the active set at this block's end), optionally until `untilSeconds` from now. */
  jail(valoper: string, opts: { forSeconds?: number } = {}): AppResponse {
    const cons = this.consAddressOf(valoper);
    return this.call(() => this.m.app.runInBlock((ctx) => {
      this.m.keepers.slashing.jail(ctx, cons);
      if (opts.forSeconds !== undefined) this.m.keepers.slashing.jailUntil(ctx, cons, ctx.time + BigInt(opts.forSeconds) * NS_PER_SECOND);
    }), () => ({}));
  }

  // ---- wasm, as any address (cw-multi-test's store_code / instantiate_contract / execute_contract) ----

  storeCode(creator: string, wasm: Uint8Array): bigint {
    return this.upload(creator, wasm).codeId!;
  }
  /** Uploads code; the result carries `codeId` (and the `store_code` event). */
  upload(creator: string, wasm: Uint8Array): AppResponse {
    return this.call(() => this.m.app.runInBlock((ctx) => this.m.keepers.wasm.storeCode(ctx, creator, wasm).codeId), (codeId) => ({ codeId }));
  }
  instantiate(codeId: bigint | number, sender: string, msg: object, opts: { funds?: Coin[]; label?: string; admin?: string; salt?: Uint8Array } = {}): AppResponse & { address: string } {
    const r = this.call(() => this.m.app.runInBlock((ctx) => this.m.keepers.wasm.instantiate(ctx, { codeId, sender, msg, funds: opts.funds, label: opts.label ?? 'contract', admin: opts.admin, salt: opts.salt })), (v) => ({ address: v.address, data: v.data }));
    return r as AppResponse & { address: string };
  }
  /** Executes a contract; the result has the response data (or undefined), events, gas, debug output and trace. */
  execute(sender: string, contract: string, msg: object, funds: Coin[] = []): AppResponse {
    return this.call(() => this.m.app.runInBlock((ctx) => this.m.keepers.wasm.execute(ctx, { contract, sender, msg, funds })), (data) => ({ data }));
  }
  migrate(sender: string, contract: string, newCodeId: bigint | number, msg: object): AppResponse {
    return this.call(() => this.m.app.runInBlock((ctx) => this.m.keepers.wasm.migrate(ctx, { contract, sender, codeId: newCodeId, msg })), (data) => ({ data }));
  }
  sudo(contract: string, msg: object): AppResponse {
    return this.call(() => this.m.app.runInBlock((ctx) => this.m.keepers.wasm.sudo(ctx, contract, msg)), (data) => ({ data }));
  }
  /** Sets a contract's admin (as `sender`, who must be the current admin). */
  updateAdmin(sender: string, contract: string, newAdmin: string): AppResponse {
    return this.call(() => this.m.app.runInBlock((ctx) => this.m.keepers.wasm.updateAdmin(ctx, contract, sender, newAdmin)), () => ({}));
  }
  clearAdmin(sender: string, contract: string): AppResponse {
    return this.call(() => this.m.app.runInBlock((ctx) => this.m.keepers.wasm.clearAdmin(ctx, contract, sender)), () => ({}));
  }
  /** A contract's admin ('' when none), code id and label. */
  contractInfo(contract: string): { admin: string; codeId: bigint; label: string; creator: string } {
    const i = this.m.keepers.wasm.getContractInfo(this.queryContext(), contract);
    if (i === undefined) throw new ChainError(Codes.InvalidAddress, `no contract at ${contract}`);
    return { admin: i.admin, codeId: i.codeId, label: i.label, creator: i.creator };
  }
  /** A contract's raw storage, in key order (cw-multi-test's `dump_wasm_raw`). */
  dumpStorage(contract: string): { key: Uint8Array; value: Uint8Array }[] {
    const prefix = contractStorePrefix(this.m.codec.decode(contract, 'contract address'));
    const out: { key: Uint8Array; value: Uint8Array }[] = [];
    for (const [k, v] of this.queryContext().store(WASM_STORE).iterator(prefix, prefixEnd(prefix))) out.push({ key: k.slice(prefix.length), value: v });
    return out;
  }
  /** One raw storage value of a contract (undefined when absent). */
  queryRaw(contract: string, key: Uint8Array | string): Uint8Array | undefined {
    return this.m.keepers.wasm.queryRaw(this.queryContext(), contract, typeof key === 'string' ? new TextEncoder().encode(key) : key);
  }
  /** Smart query against the open block's state; returns the parsed JSON. */
  query<T = unknown>(contract: string, msg: object): T {
    const r = this.call(() => ({ value: this.m.keepers.wasm.querySmart(this.queryContext(), contract, msg), events: [], gasUsed: 0 }), (bytes) => ({ data: bytes }));
    return JSON.parse(new TextDecoder().decode(r.data)) as T;
  }

  /**
   * The CosmJS-shaped client typed contract clients take (contracts/<name>/client.ts, ts-codegen's):
   * `new CounterClient(chain.client(), alice, counter).increment({})`.
   */
  client(): TestChainClient {
    return (this.contractClient ??= new TestChainClient(this));
  }
  private contractClient: TestChainClient | undefined;

  // ---- traces, debug output, gas ----

  /** The result of the last successful harness call (queries included: their trace is here). */
  lastCall: AppResponse | undefined;

  /** `label (code N)` for a contract address, undefined for other addresses. */
  describe(address: string): string | undefined {
    if (address === '') return undefined;
    try {
      const i = this.m.keepers.wasm.getContractInfo(this.queryContext(), address);
      return i === undefined ? undefined : `${i.label}#${i.codeId}`;
    } catch {
      return undefined;
    }
  }

  /** A trace as Foundry prints one, with contracts named by label and code id. */
  formatTrace(frames: readonly TraceFrame[]): string {
    return renderTrace(frames, { describe: (a) => this.describe(a) });
  }

  /** Takes the frames recorded since the last call and adds their calls to the gas report. */
  private drain(): TraceFrame[] {
    if (this.tracer === undefined) return [];
    const frames = this.tracer.take();
    const report = this.gasReport;
    if (report !== undefined) {
      for (const f of callFrames(frames)) {
        const addr = f.kind === 'instantiate' ? f.address : f.contract;
        const name = addr === undefined ? `code ${f.codeId ?? '?'}` : (this.describe(addr) ?? addr);
        report.record(name, reportedMessage(f), f.gasUsed);
      }
    }
    return frames;
  }

  /** Runs one harness call: collects its trace and debug output; a failure's error gets them attached. */
  private call<T>(run: () => { value: T; events: Event[]; gasUsed: number }, shape: (v: T) => { data?: Uint8Array | undefined; codeId?: bigint; address?: string }): AppResponse {
    this.drain();
    this.tracer?.takeDebug();
    this.debugLines.length = 0;
    let r: { value: T; events: Event[]; gasUsed: number };
    try {
      r = run();
    } catch (e) {
      const frames = this.drain();
      const debug = this.takeDebug();
      if (e instanceof Error && (frames.length > 0 || debug.length > 0)) {
        const te = e as TracedError;
        // Not enumerable: printing the error shows the rendered trace (in the stack), not the raw frames.
        Object.defineProperty(te, 'trace', { value: frames, enumerable: false, configurable: true, writable: true });
        Object.defineProperty(te, 'debugOutput', { value: debug, enumerable: false, configurable: true, writable: true });
        const text = [frames.length > 0 ? this.formatTrace(frames) : '', debug.length > 0 ? `debug output:\n${debug.map((d) => `  ${d}`).join('\n')}` : ''].filter((x) => x !== '').join('\n');
        // In the stack, not the message: assertions on messages keep working, test runners print it.
        te.stack = `${te.stack ?? `${te.name}: ${te.message}`}\n${text}`;
        if (this.printTraces) process.stderr.write(`${text}\n`);
      }
      throw e;
    }
    const frames = this.drain();
    const res = new AppResponse({ events: r.events, gasUsed: r.gasUsed, debug: this.takeDebug(), trace: frames, describe: (a) => this.describe(a), ...shape(r.value) });
    if (this.printTraces && frames.length > 0) process.stderr.write(`${res.formatTrace()}\n`);
    this.lastCall = res;
    return res;
  }

  private takeDebug(): string[] {
    if (this.tracer === undefined) return this.debugLines.splice(0, this.debugLines.length);
    return this.tracer.takeDebug().map((d) => d.message);
  }

  /**
   * Commits the open block and remembers the state; `restore` returns to it (the blocks after it
   * are forgotten). In-memory chains only.
   */
  snapshot(): Snapshot {
    this.nextBlock();
    // The snapshot is taken with the new block not yet begun: close it again and reopen after.
    const time = this.time;
    this.abortOpenBlock();
    const snap: Snapshot = { version: this.m.app.lastBlockHeight, time, lastBlockTime: this.m.app.lastBlockTime, driver: this.driver?.snapshot() };
    this.openBlock(time);
    return snap;
  }
  restore(s: Snapshot): void {
    this.abortOpenBlock();
    this.m.app.resetTo(s.version, s.lastBlockTime);
    if (this.driver !== undefined && s.driver !== undefined) this.driver.restore(s.driver);
    this.openBlock(s.time);
  }
  /** Drops the open block (nothing of it was committed). */
  private abortOpenBlock(): void {
    this.m.app.resetTo(this.m.app.lastBlockHeight, this.m.app.lastBlockTime);
    if (this.driver !== undefined) this.driver.restore(this.driver.snapshotBeforeOpen());
  }
}
