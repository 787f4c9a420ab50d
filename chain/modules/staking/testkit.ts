/**
 * Test harness for the proof-of-stake modules: real auth, bank and staking keepers over a
 * multistore, plus whatever modules a test adds (slashing, evidence), driven block by block with a
 * last commit built from the validator set CometBFT would have (updates from EndBlock H sign from
 * H+2). Used by the staking, slashing and evidence tests; not part of the app.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { MultiStore } from '../../store/multistore.js';
import { InfiniteGasMeter } from '../../store/gaskv.js';
import { Context, NS_PER_SECOND, inBranch } from '../../kernel/context.js';
import type { Event } from '../../kernel/events.js';
import { EventManager } from '../../kernel/events.js';
import { toHex } from '../../kernel/keys.js';
import { MsgRouter, QueryRouter } from '../../kernel/router.js';
import type { Misbehavior, Module, ValidatorUpdate, VoteInfo } from '../../kernel/module.js';
import { AddressCodec, consensusAddress, prefixesFor } from '../../types/address.js';
import { AuthKeeper, AUTH_STORE } from '../auth/keeper.js';
import { BankKeeper, BANK_STORE } from '../bank/keeper.js';
import { StakingKeeper } from './keeper.js';
import { StakingModule, type StakingGenesis } from './module.js';
import { STAKING_STORE } from './types.js';

export const GENESIS_TIME = 1_700_000_000n * NS_PER_SECOND;
export const BLOCK_TIME = 5n * NS_PER_SECOND;
export const AUTHORITY_NAME = 'gov';

export interface BlockResult {
  height: number;
  updates: ValidatorUpdate[];
  events: Event[];
  appHash: Uint8Array;
}

export interface HarnessGenesis {
  /** Account name → bond-denom balance. */
  balances: Record<string, bigint>;
  stakingParams?: StakingGenesis['params'];
  /** Validators by operator name, self-delegating `amount`. */
  validators?: { name: string; amount: bigint; minSelfDelegation?: bigint; commissionRate?: string }[];
  /** Genesis state of the extra modules, by module name. */
  moduleGenesis?: Record<string, unknown>;
}

export class PosHarness {
  readonly codec = new AddressCodec(prefixesFor('mesh'));
  readonly ms: MultiStore;
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly staking: StakingKeeper;
  readonly stakingModule: StakingModule;
  readonly msgs = new MsgRouter();
  readonly queries = new QueryRouter();
  /** Extra modules; BeginBlock runs them in this order before staking, EndBlock after staking. */
  readonly extra: Module[] = [];
  height = 0;
  time = GENESIS_TIME;
  /** Consensus addresses (hex) that are absent from the next last commits. */
  readonly offline = new Set<string>();
  /** Signing set per height (consensus address hex → power), as CometBFT would hold it. */
  private readonly sets = new Map<number, Map<string, bigint>>();

  constructor(extraStores: string[] = [], opts: { powerReduction?: bigint } = {}) {
    this.ms = new MultiStore([AUTH_STORE, BANK_STORE, STAKING_STORE, ...extraStores]);
    this.auth = new AuthKeeper(this.codec);
    this.bank = new BankKeeper(this.auth);
    const k: ConstructorParameters<typeof StakingKeeper>[0] = { auth: this.auth, bank: this.bank, codec: this.codec, authority: this.addr(AUTHORITY_NAME) };
    if (opts.powerReduction !== undefined) k.powerReduction = opts.powerReduction;
    this.staking = new StakingKeeper(k);
    this.stakingModule = new StakingModule(this.staking);
  }

  addModule(m: Module): void {
    this.extra.push(m);
  }

  addrBytes(name: string): Uint8Array {
    return sha256(new TextEncoder().encode(`account:${name}`)).slice(0, 20);
  }
  addr(name: string): string {
    return this.codec.encode(this.addrBytes(name));
  }
  valoper(name: string): string {
    return this.codec.encodeValoper(this.addrBytes(name));
  }
  pubKey(name: string): Uint8Array {
    return sha256(new TextEncoder().encode(`consensus:${name}`));
  }
  consAddr(name: string): Uint8Array {
    return consensusAddress(this.pubKey(name));
  }

  /** Runs every module's genesis (bank balances first), as InitChain; returns the initial set. */
  genesis(g: HarnessGenesis): ValidatorUpdate[] {
    this.stakingModule.registerMsgs(this.msgs);
    this.stakingModule.registerQueries(this.queries);
    for (const m of this.extra) {
      m.registerMsgs?.(this.msgs);
      m.registerQueries?.(this.queries);
    }
    const cms = this.ms.branch();
    const ctx = new Context(cms, { chainId: 'test-1', height: 0, time: this.time, proposer: new Uint8Array() }, new InfiniteGasMeter(), 'genesis');
    const denom = g.stakingParams?.bond_denom ?? 'stake';
    for (const [name, amount] of Object.entries(g.balances)) {
      this.bank.initBalance(ctx, this.addr(name), [{ denom, amount }]);
      this.auth.ensureAccount(ctx, this.addr(name));
    }
    for (const m of this.extra) m.initGenesis?.(ctx, g.moduleGenesis?.[m.name]);
    const stakingGenesis: StakingGenesis = {
      validators: (g.validators ?? []).map((v) => {
        const out: NonNullable<StakingGenesis['validators']>[number] = { operator: this.addr(v.name), pubkey: toHex(this.pubKey(v.name)), amount: v.amount.toString(), moniker: v.name };
        if (v.minSelfDelegation !== undefined) out.min_self_delegation = v.minSelfDelegation.toString();
        if (v.commissionRate !== undefined) out.commission_rate = v.commissionRate;
        return out;
      }),
    };
    if (g.stakingParams !== undefined) stakingGenesis.params = g.stakingParams;
    const updates = this.stakingModule.initGenesis(ctx, stakingGenesis);
    cms.write();
    const set = applyUpdates(new Map(), updates);
    this.sets.set(1, set);
    this.sets.set(2, set);
    return updates;
  }

  /** The last commit block `height` sees: votes of the set that signed `height − 1`. */
  lastCommit(height: number): VoteInfo[] {
    const set = this.sets.get(height - 1);
    if (set === undefined) return [];
    return [...set.entries()]
      .sort(([a, pa], [b, pb]) => (pa !== pb ? (pb > pa ? 1 : -1) : a < b ? -1 : a > b ? 1 : 0))
      .map(([hex, power]) => ({ address: new Uint8Array(Buffer.from(hex, 'hex')), power, flag: this.offline.has(hex) ? ('absent' as const) : ('commit' as const) }));
  }

  /** The consensus set (consensus address hex → power) signing `height`. */
  signingSet(height: number): Map<string, bigint> {
    return this.sets.get(height) ?? new Map();
  }

  /**
   * Executes block `height + 1`: BeginBlock (extra modules, then staking), `txs` with a deliver
   * context, EndBlock (staking, then extra modules), commit.
   */
  block(txs?: (ctx: Context) => void, opts: { misbehavior?: Misbehavior[]; timeStep?: bigint } = {}): BlockResult {
    this.height += 1;
    this.time += opts.timeStep ?? BLOCK_TIME;
    const header = { chainId: 'test-1', height: this.height, time: this.time, proposer: new Uint8Array(20) };
    const cms = this.ms.branch();
    const events = new EventManager();
    const info = { lastCommit: { round: 0, votes: this.lastCommit(this.height) }, misbehavior: opts.misbehavior ?? [] };
    const begin = new Context(cms, header, new InfiniteGasMeter(), 'begin', events);
    for (const m of this.extra) m.beginBlock?.(begin, info);
    this.stakingModule.beginBlock(begin, info);
    if (txs !== undefined) txs(new Context(cms, header, new InfiniteGasMeter(), 'deliver', events));
    const end = new Context(cms, header, new InfiniteGasMeter(), 'end', events);
    const updates = [...this.stakingModule.endBlock(end)];
    for (const m of this.extra) {
      const u = m.endBlock?.(end);
      if (u) updates.push(...u);
    }
    cms.write();
    const appHash = this.ms.commit();
    const next = this.sets.get(this.height + 1) ?? new Map<string, bigint>();
    this.sets.set(this.height + 2, applyUpdates(next, updates));
    return { height: this.height, updates, events: events.events, appHash };
  }

  /** Runs blocks until `height` has been executed. */
  advanceTo(height: number, txs?: (ctx: Context) => void): BlockResult[] {
    const out: BlockResult[] = [];
    while (this.height < height) out.push(this.block(txs));
    return out;
  }
  /** Runs blocks until the block time reaches `time`. */
  advanceTime(time: bigint): void {
    while (this.time < time) this.block();
  }

  /** A read context over the committed state, at the current height and time. */
  view(): Context {
    return new Context(this.ms.branch(), { chainId: 'test-1', height: this.height, time: this.time, proposer: new Uint8Array(20) }, new InfiniteGasMeter(), 'query');
  }

  /** Runs `fn` as a tx would: in a branch, discarded if it throws; returns the error (or undefined). */
  static tx(ctx: Context, fn: (c: Context) => void): Error | undefined {
    try {
      inBranch(ctx, fn);
      return undefined;
    } catch (e) {
      return e as Error;
    }
  }

  /** Decodes and runs a wire message through the router, as a tx would; throws on failure. */
  deliver(ctx: Context, typeUrl: string, value: Uint8Array): Uint8Array {
    const decoded = this.msgs.decode(typeUrl, value);
    return inBranch(ctx, (c) => this.msgs.run(c, decoded)).value;
  }

  balance(name: string, denom = 'stake'): bigint {
    return this.bank.getBalance(this.view(), this.addr(name), denom).amount;
  }
  supply(denom = 'stake'): bigint {
    return this.bank.getSupply(this.view(), denom).amount;
  }
}

function applyUpdates(base: Map<string, bigint>, updates: ValidatorUpdate[]): Map<string, bigint> {
  const next = new Map(base);
  for (const u of updates) {
    const hex = toHex(consensusAddress(u.pubKey));
    if (u.power === 0n) next.delete(hex);
    else next.set(hex, u.power);
  }
  return next;
}
