/**
 * Test support for x/gov (imported only by tests): an in-memory `StakingReader` fake, a message whose
 * handler the test controls (write / fail / throw / burn gas), and a small block driver over real
 * auth and bank keepers, the real `BankModule` messages and a real `MsgRouter`.
 */
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { Context, NS_PER_SECOND, type BlockHeader } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { EventManager, event, type Event } from '../../kernel/events.js';
import { compareBytes, decodeJson, encodeJson, utf8 } from '../../kernel/keys.js';
import { MsgRouter, QueryRouter, type MsgResponse } from '../../kernel/router.js';
import { InfiniteGasMeter } from '../../store/gaskv.js';
import { MultiStore, type CacheMultiStore } from '../../store/multistore.js';
import { AddressCodec, prefixesFor } from '../../types/address.js';
import { Dec } from '../../types/dec.js';
import { AUTH_STORE, AuthKeeper } from '../auth/keeper.js';
import { BANK_STORE, BankKeeper } from '../bank/keeper.js';
import { BankModule } from '../bank/module.js';
import type { BondStatus, DelegationView, StakingReader, ValidatorView } from '../staking/api.js';
import { GOV_MODULE_NAME, GOV_MODULE_PERMISSIONS, GOV_STORE, GovKeeper } from './keeper.js';
import { GovModule, type GovGenesis } from './module.js';

export const BOND_DENOM = 'stake';
export const TEST_STORE = 'testmod';
export const TEST_MSG_TYPE = '/meshwork.test.MsgTest';

/** Staking as gov sees it: validators (tokens, shares, status) and delegations, nothing else. */
export class FakeStaking implements StakingReader {
  readonly powerReduction = 1_000_000n;
  private readonly validators = new Map<string, ValidatorView>();
  private readonly delegations: DelegationView[] = [];

  constructor(private readonly codec: AddressCodec) {}

  /** A validator operated by `account` (its valoper has the same bytes); returns the valoper. */
  addValidator(account: string, status: BondStatus = 'bonded', jailed = false): string {
    const operator = this.codec.accountToValoper(account);
    this.validators.set(operator, {
      operator,
      consensusPubKey: new Uint8Array(32),
      consAddress: new Uint8Array(20),
      jailed,
      status,
      tokens: 0n,
      delegatorShares: Dec.ZERO,
      commissionRate: Dec.ZERO,
      commissionMaxRate: Dec.ONE,
      commissionMaxChangeRate: Dec.ONE,
      minSelfDelegation: 1n,
      moniker: account.slice(-6),
      unbondingHeight: 0,
      unbondingTime: 0n,
      paused: false,
    });
    return operator;
  }

  /** Delegates `tokens` at the validator's current exchange rate (1:1 for a fresh validator). */
  delegate(delegator: string, valoper: string, tokens: bigint): void {
    const v = this.validators.get(valoper)!;
    const shares = v.delegatorShares.isZero() ? Dec.fromInt(tokens) : v.delegatorShares.mulInt(tokens).quo(Dec.fromInt(v.tokens));
    this.validators.set(valoper, { ...v, tokens: v.tokens + tokens, delegatorShares: v.delegatorShares.add(shares) });
    const existing = this.delegations.find((d) => d.delegator === delegator && d.validator === valoper);
    if (existing !== undefined) existing.shares = existing.shares.add(shares);
    else this.delegations.push({ delegator, validator: valoper, shares });
  }

  /** Burns tokens without touching shares (a slash): every share is then worth less. */
  slashTokens(valoper: string, newTokens: bigint): void {
    const v = this.validators.get(valoper)!;
    this.validators.set(valoper, { ...v, tokens: newTokens });
  }

  bondDenom(): string {
    return BOND_DENOM;
  }
  getValidator(_ctx: Context, valoper: string): ValidatorView | undefined {
    return this.validators.get(valoper);
  }
  getValidatorByConsAddr(): ValidatorView | undefined {
    return undefined;
  }
  bondedValidatorsByPower(): ValidatorView[] {
    return [...this.validators.values()]
      .filter((v) => v.status === 'bonded' && !v.jailed)
      .sort((a, b) => (a.tokens !== b.tokens ? (a.tokens > b.tokens ? -1 : 1) : compareBytes(this.codec.decodeValoper(a.operator), this.codec.decodeValoper(b.operator))));
  }
  getDelegation(_ctx: Context, delegator: string, valoper: string): DelegationView | undefined {
    return this.delegations.find((d) => d.delegator === delegator && d.validator === valoper);
  }
  delegatorDelegations(_ctx: Context, delegator: string): DelegationView[] {
    return this.delegations
      .filter((d) => d.delegator === delegator)
      .sort((a, b) => compareBytes(this.codec.decodeValoper(a.validator), this.codec.decodeValoper(b.validator)));
  }
  validatorDelegations(_ctx: Context, valoper: string): DelegationView[] {
    return this.delegations.filter((d) => d.validator === valoper);
  }
  totalBondedTokens(): bigint {
    return this.bondedValidatorsByPower().reduce((s, v) => s + v.tokens, 0n);
  }
  tokensFromShares(v: ValidatorView, shares: Dec): Dec {
    return shares.mulInt(v.tokens).quo(v.delegatorShares);
  }
}

/** The controllable test message: JSON bytes. */
export interface TestMsg {
  signer: string;
  action: 'write' | 'fail' | 'throw' | 'burn';
  key?: string;
}

export function registerTestMsg(router: MsgRouter): void {
  router.register<TestMsg>({
    typeUrl: TEST_MSG_TYPE,
    module: 'testmod',
    decode: (b) => decodeJson<TestMsg>(b),
    encode: (m) => encodeJson(m),
    signers: (m) => [m.signer],
    handle: (ctx, m): MsgResponse => {
      ctx.store(TEST_STORE).set(utf8(m.key ?? 'written'), utf8(m.action));
      ctx.emit(event('test_msg', { action: m.action }));
      if (m.action === 'fail') throw new ChainError(Codes.InvalidRequest, 'test handler refused');
      if (m.action === 'throw') throw new TypeError('boom: simulated handler bug');
      // Writes until the meter stops it; bounded so a misuse under an infinite meter cannot hang a test.
      if (m.action === 'burn') for (let i = 0; i < 100_000; i++) ctx.store(TEST_STORE).set(utf8(`burn/${i}`), new Uint8Array(1024));
      return { typeUrl: `${TEST_MSG_TYPE}Response`, value: new Uint8Array() };
    },
  });
}

export function testMsgAny(m: TestMsg): Any {
  return { typeUrl: TEST_MSG_TYPE, value: encodeJson(m) };
}

export const codec = new AddressCodec(prefixesFor('mesh'));
/** A deterministic account address from one byte. */
export function addr(n: number): string {
  return codec.encode(new Uint8Array(20).fill(n));
}

export interface TxOutcome {
  error?: Error;
  events: Event[];
  response?: MsgResponse;
}

export const GENESIS_TIME = 1_700_000_000n * NS_PER_SECOND;

/** A chain of one gov module over real auth + bank, driven block by block; each block is committed. */
export class TestChain {
  readonly ms = new MultiStore([AUTH_STORE, BANK_STORE, GOV_STORE, TEST_STORE]);
  readonly auth = new AuthKeeper(codec);
  readonly bank: BankKeeper;
  readonly staking = new FakeStaking(codec);
  readonly router = new MsgRouter();
  readonly queries = new QueryRouter();
  readonly keeper: GovKeeper;
  readonly module: GovModule;
  height = 1;
  time = GENESIS_TIME;
  private state: CacheMultiStore;
  readonly appHashes: string[] = [];

  constructor(genesis: GovGenesis, balances: [string, bigint][] = []) {
    this.auth.declareModuleAccount(GOV_MODULE_NAME, [...GOV_MODULE_PERMISSIONS]);
    this.bank = new BankKeeper(this.auth);
    this.keeper = new GovKeeper({ auth: this.auth, bank: this.bank, staking: this.staking, router: this.router, codec });
    this.module = new GovModule(this.keeper);
    new BankModule(this.bank, this.keeper.moduleAddress()).registerMsgs(this.router);
    registerTestMsg(this.router);
    this.module.registerMsgs(this.router);
    this.module.registerQueries(this.queries);
    this.state = this.ms.branch();
    const g = this.context('genesis');
    for (const [a, amount] of balances) {
      this.bank.initBalance(g, a, [{ denom: BOND_DENOM, amount }]);
      this.auth.ensureAccount(g, a);
    }
    this.module.initGenesis(g, genesis);
  }

  private header(): BlockHeader {
    return { chainId: 'gov-test-1', height: this.height, time: this.time, proposer: new Uint8Array(20) };
  }
  context(mode: 'genesis' | 'deliver' | 'end' | 'query' = 'deliver', events = new EventManager()): Context {
    return new Context(this.state, this.header(), new InfiniteGasMeter(), mode, events);
  }

  /** Runs one message as a tx would: decode + validate, signer check by the caller, its own branch. */
  deliver(msg: Any): TxOutcome {
    const events = new EventManager();
    const ctx = this.context('deliver', events);
    const b = ctx.branch();
    try {
      const decoded = this.router.decode(msg.typeUrl, msg.value);
      const response = this.router.run(b.ctx, decoded);
      b.commit();
      return { events: events.events, response };
    } catch (e) {
      b.discard();
      return { error: e as Error, events: [] };
    }
  }

  /** Must succeed; returns its events. */
  ok(msg: Any): TxOutcome {
    const r = this.deliver(msg);
    if (r.error !== undefined) throw r.error;
    return r;
  }

  /** Ends the current block (gov EndBlock), commits it, and starts the next one `seconds` later. */
  endBlock(seconds: bigint | number = 5): Event[] {
    const events = new EventManager();
    this.module.endBlock(this.context('end', events));
    this.state.write();
    this.appHashes.push(Buffer.from(this.ms.commit()).toString('hex'));
    this.height += 1;
    this.time += BigInt(seconds) * NS_PER_SECOND;
    this.state = this.ms.branch();
    return events.events;
  }

  /** Moves the *current* block's time forward (before running EndBlock in it). */
  setTime(ns: bigint): void {
    this.time = ns;
  }

  balance(a: string): bigint {
    return this.bank.getBalance(this.context('query'), a, BOND_DENOM).amount;
  }
  supply(): bigint {
    return this.bank.getSupply(this.context('query'), BOND_DENOM).amount;
  }
  query<T>(path: string, req: Uint8Array, decode: (b: Uint8Array) => T): T {
    const h = this.queries.get(path);
    if (h === undefined) throw new Error(`no query ${path}`);
    return decode(h(this.context('query'), req));
  }
}
