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
}

/** The result of a message executed through the harness. */
export interface ExecResult {
  events: Event[];
  gasUsed: number;
}

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

  private constructor(m: MeshworkApp, chainId: string, blockSeconds: number, genesisTime: TimeNs) {
    this.m = m;
    this.chainId = chainId;
    this.blockSeconds = blockSeconds;
    this.nextTime = genesisTime;
    this.registry = registryFromRouter(m.app.msgRouter);
  }

  static create(opts: TestChainOptions = {}): TestChain {
    const chainId = opts.chainId ?? 'meshwork-test-1';
    const m = createMeshworkApp({ ...opts, chainId });
    const genesisTime = opts.genesisTime ?? DEFAULT_GENESIS_TIME;
    const chain = new TestChain(m, chainId, opts.blockSeconds ?? 5, genesisTime);
    const g = new GenesisBuilder(m);
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

  /** Deterministic address for a label (cw-multi-test's `addr_make`). */
  addr(label: string): string {
    return labelAddress(this.m, label);
  }

  /** A signing key for `label`, whose address is what `signer(label).address` says (not `addr(label)`). */
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
  executeAs(sender: string, msgs: EncodeObject[], gasLimit?: number): ExecResult {
    const decoded = msgs.map((m) => {
      const d = this.m.app.msgRouter.decode(m.typeUrl, this.m.app.msgRouter.encode(m.typeUrl, m.value));
      const signers = d.handler.signers(d.msg);
      if (signers.length !== 1 || signers[0] !== sender) throw new ChainError(Codes.Unauthorized, `message ${m.typeUrl} must be signed by ${signers.join(',')}, not ${sender}`);
      return d;
    });
    const r = this.m.app.runInBlock((ctx) => {
      for (const d of decoded) this.m.app.msgRouter.run(ctx, d);
    }, gasLimit);
    return { events: r.events, gasUsed: r.gasUsed };
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
    return this.driver !== undefined ? this.driver.deliverTx(tx) : this.m.app.deliverTx(tx);
  }

  balance(addr: string, denom = this.m.bondDenom): bigint {
    return this.m.keepers.bank.getBalance(this.queryContext(), addr, denom).amount;
  }
  allBalances(addr: string): { denom: string; amount: bigint }[] {
    return this.m.keepers.bank.getAllBalances(this.queryContext(), addr);
  }
  send(from: string, to: string, amount: bigint, denom = this.m.bondDenom): ExecResult {
    return this.executeAs(from, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: from, toAddress: to, amount: [{ denom, amount: amount.toString() }] }) }]);
  }

  // ---- wasm, as any address (cw-multi-test's store_code / instantiate_contract / execute_contract) ----

  storeCode(creator: string, wasm: Uint8Array): bigint {
    return this.withContext((ctx) => this.m.keepers.wasm.storeCode(ctx, creator, wasm).codeId);
  }
  instantiate(codeId: bigint | number, sender: string, msg: object, opts: { funds?: Coin[]; label?: string; admin?: string; salt?: Uint8Array } = {}): { address: string; events: Event[] } {
    const r = this.m.app.runInBlock((ctx) => this.m.keepers.wasm.instantiate(ctx, { codeId, sender, msg, funds: opts.funds, label: opts.label ?? 'contract', admin: opts.admin, salt: opts.salt }));
    return { address: r.value.address, events: r.events };
  }
  /** Executes a contract; returns the response data (or undefined) and the events. */
  execute(sender: string, contract: string, msg: object, funds: Coin[] = []): { data: Uint8Array | undefined; events: Event[]; gasUsed: number } {
    const r = this.m.app.runInBlock((ctx) => this.m.keepers.wasm.execute(ctx, { contract, sender, msg, funds }));
    return { data: r.value, events: r.events, gasUsed: r.gasUsed };
  }
  migrate(sender: string, contract: string, newCodeId: bigint | number, msg: object): { events: Event[] } {
    const r = this.m.app.runInBlock((ctx) => this.m.keepers.wasm.migrate(ctx, { contract, sender, codeId: newCodeId, msg }));
    return { events: r.events };
  }
  sudo(contract: string, msg: object): { events: Event[] } {
    return { events: this.m.app.runInBlock((ctx) => this.m.keepers.wasm.sudo(ctx, contract, msg)).events };
  }
  /** Smart query against the open block's state; returns the parsed JSON. */
  query<T = unknown>(contract: string, msg: object): T {
    const bytes = this.m.keepers.wasm.querySmart(this.queryContext(), contract, msg);
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
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
