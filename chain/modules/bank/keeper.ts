/**
 * x/bank: balances, supply, denom metadata, sends between accounts and module accounts, minting and
 * burning under module permissions, with the SDK's events (coin_spent, coin_received, transfer,
 * coinbase, burn).
 */
import { Metadata, Params, SendEnabled } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import type { Context } from '../../kernel/context.js';
import type { KVStore } from '../../store/kv.js';
import { prefixEnd } from '../../store/kv.js';
import { DecodedByBytes } from '../../store/decoded.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { concat, fromUtf8, lengthPrefixed, prefix, readLengthPrefixed, utf8 } from '../../kernel/keys.js';
import { formatCoins, validateCoins, type Coin, type Coins } from '../../types/coins.js';
import type { AuthKeeper } from '../auth/keeper.js';

export const BANK_STORE = 'bank';
const SUPPLY_PREFIX = 0x00;
const METADATA_PREFIX = 0x01;
const BALANCES_PREFIX = 0x02;
const SEND_ENABLED_PREFIX = 0x04;
const PARAMS_KEY = Uint8Array.of(0x05);
/** Osmosis's supply offset prefix: tokens minted outside the real supply (mesh-security's virtual stake). */
const SUPPLY_OFFSET_PREFIX = 0x88;

const PREFIX_CACHE_SIZE = 4096;

export const DEFAULT_BANK_PARAMS: Params = { sendEnabled: [], defaultSendEnabled: true };

const copyParams = (p: Params): Params => ({ sendEnabled: p.sendEnabled.map((e) => ({ ...e })), defaultSendEnabled: p.defaultSendEnabled });
/** Read by every send. */
const decodedParams = new DecodedByBytes(Params.decode, copyParams);

export class BankKeeper {
  /** Module accounts that may not receive coins from users (Cosmos `blockedAddrs`). */
  private readonly blocked = new Set<string>();
  /** Balance key prefixes of recently used addresses (saves a bech32 decode per balance access). */
  private readonly prefixes = new Map<string, Uint8Array>();
  /** Send-enabled keys by denom (stores keep keys by reference and never modify them). */
  private readonly sendEnabledKeys = new Map<string, Uint8Array>();

  constructor(readonly auth: AuthKeeper) {}

  blockAddress(addr: string): void {
    this.blocked.add(addr);
  }
  isBlocked(addr: string): boolean {
    return this.blocked.has(addr);
  }

  private store(ctx: Context): KVStore {
    return ctx.store(BANK_STORE);
  }
  balancesPrefix(addr: string): Uint8Array {
    return this.cachedPrefix(addr).slice();
  }
  private cachedPrefix(addr: string): Uint8Array {
    let p = this.prefixes.get(addr);
    if (p === undefined) {
      p = prefix(BALANCES_PREFIX, lengthPrefixed(this.auth.codec.decode(addr)));
      if (this.prefixes.size >= PREFIX_CACHE_SIZE) this.prefixes.delete(this.prefixes.keys().next().value!);
      this.prefixes.set(addr, p);
    }
    return p;
  }
  private balanceKey(addr: string, denom: string): Uint8Array {
    return concat(this.cachedPrefix(addr), utf8(denom));
  }

  getBalance(ctx: Context, addr: string, denom: string): Coin {
    const v = this.store(ctx).get(this.balanceKey(addr, denom));
    return { denom, amount: v === undefined ? 0n : BigInt(fromUtf8(v)) };
  }

  getAllBalances(ctx: Context, addr: string): Coin[] {
    const p = this.balancesPrefix(addr);
    const out: Coin[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) out.push({ denom: fromUtf8(k.subarray(p.length)), amount: BigInt(fromUtf8(v)) });
    return out;
  }

  private setBalance(ctx: Context, addr: string, c: Coin): void {
    const k = this.balanceKey(addr, c.denom);
    if (c.amount === 0n) this.store(ctx).delete(k);
    else this.store(ctx).set(k, utf8(c.amount.toString()));
  }

  /** Every (address, balances) pair, in key order (genesis export, invariants). */
  *iterateAllBalances(ctx: Context): Generator<{ address: string; coin: Coin }> {
    const p = Uint8Array.of(BALANCES_PREFIX);
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) {
      const [addr, o] = readLengthPrefixed(k, 1);
      yield { address: this.auth.codec.encode(addr), coin: { denom: fromUtf8(k.subarray(o)), amount: BigInt(fromUtf8(v)) } };
    }
  }

  getSupply(ctx: Context, denom: string): Coin {
    const v = this.store(ctx).get(prefix(SUPPLY_PREFIX, utf8(denom)));
    return { denom, amount: v === undefined ? 0n : BigInt(fromUtf8(v)) };
  }
  private setSupply(ctx: Context, c: Coin): void {
    const k = prefix(SUPPLY_PREFIX, utf8(c.denom));
    if (c.amount === 0n) this.store(ctx).delete(k);
    else this.store(ctx).set(k, utf8(c.amount.toString()));
  }
  supplyPrefix(): Uint8Array {
    return Uint8Array.of(SUPPLY_PREFIX);
  }
  getTotalSupply(ctx: Context): Coin[] {
    const p = this.supplyPrefix();
    const out: Coin[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) out.push({ denom: fromUtf8(k.subarray(1)), amount: BigInt(fromUtf8(v)) });
    return out;
  }

  /**
   * The supply offset of `denom` (Osmosis's bank extension): a signed amount added to the supply
   * wherever it is reported, so tokens a module mints as stand-ins (mesh-security's virtual stake)
   * do not count as supply. Balances and the stored supply are unaffected.
   */
  getSupplyOffset(ctx: Context, denom: string): bigint {
    const v = this.store(ctx).get(prefix(SUPPLY_OFFSET_PREFIX, utf8(denom)));
    return v === undefined ? 0n : BigInt(fromUtf8(v));
  }
  addSupplyOffset(ctx: Context, denom: string, delta: bigint): void {
    const k = prefix(SUPPLY_OFFSET_PREFIX, utf8(denom));
    const next = this.getSupplyOffset(ctx, denom) + delta;
    if (next === 0n) this.store(ctx).delete(k);
    else this.store(ctx).set(k, utf8(next.toString()));
  }
  /** Every non-zero supply offset, by denom. */
  getSupplyOffsets(ctx: Context): { denom: string; offset: bigint }[] {
    const p = Uint8Array.of(SUPPLY_OFFSET_PREFIX);
    const out: { denom: string; offset: bigint }[] = [];
    for (const [k, v] of this.store(ctx).iterator(p, prefixEnd(p))) out.push({ denom: fromUtf8(k.subarray(1)), offset: BigInt(fromUtf8(v)) });
    return out;
  }
  /** The supply as queries report it: stored supply + offset. */
  getSupplyWithOffset(ctx: Context, denom: string): Coin {
    const s = this.getSupply(ctx, denom);
    return { denom, amount: s.amount + this.getSupplyOffset(ctx, denom) };
  }

  /** Removes coins from `addr`; fails with InsufficientFunds, naming the spendable amount. */
  subtractCoins(ctx: Context, addr: string, coins: Coins): void {
    for (const c of coins) {
      const bal = this.getBalance(ctx, addr, c.denom);
      if (bal.amount < c.amount) throw new ChainError(Codes.InsufficientFunds, `spendable balance ${bal.amount}${c.denom} is smaller than ${c.amount}${c.denom}`);
      this.setBalance(ctx, addr, { denom: c.denom, amount: bal.amount - c.amount });
    }
    if (coins.length > 0) ctx.emit(event('coin_spent', { spender: addr, amount: formatCoins(coins) }));
  }

  addCoins(ctx: Context, addr: string, coins: Coins): void {
    for (const c of coins) {
      const bal = this.getBalance(ctx, addr, c.denom);
      this.setBalance(ctx, addr, { denom: c.denom, amount: bal.amount + c.amount });
    }
    if (coins.length > 0) ctx.emit(event('coin_received', { receiver: addr, amount: formatCoins(coins) }));
  }

  /** Moves coins; creates the recipient account if it does not exist (as the SDK does). */
  sendCoins(ctx: Context, from: string, to: string, coins: Coins): void {
    validateCoins(coins, { allowZero: true });
    this.subtractCoins(ctx, from, coins);
    this.addCoins(ctx, to, coins);
    this.auth.ensureAccount(ctx, to);
    ctx.emit(event('transfer', { recipient: to, sender: from, amount: formatCoins(coins) }));
  }

  /** A user-initiated send: checks send-enabled and blocked recipients first. */
  sendFromUser(ctx: Context, from: string, to: string, coins: Coins): void {
    if (this.isBlocked(to)) throw new ChainError(Codes.Unauthorized, `${to} is not allowed to receive funds`);
    this.checkSendEnabled(ctx, coins);
    this.sendCoins(ctx, from, to, coins);
  }

  sendCoinsFromModuleToAccount(ctx: Context, module: string, to: string, coins: Coins): void {
    if (this.isBlocked(to)) throw new ChainError(Codes.Unauthorized, `${to} is not allowed to receive funds`);
    this.sendCoins(ctx, this.auth.getModuleAccount(ctx, module).address, to, coins);
  }
  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Coins): void {
    this.sendCoins(ctx, from, this.auth.getModuleAccount(ctx, module).address, coins);
  }
  sendCoinsFromModuleToModule(ctx: Context, fromModule: string, toModule: string, coins: Coins): void {
    this.sendCoins(ctx, this.auth.getModuleAccount(ctx, fromModule).address, this.auth.getModuleAccount(ctx, toModule).address, coins);
  }

  private requirePermission(ctx: Context, module: string, perm: string): string {
    const acc = this.auth.getModuleAccount(ctx, module);
    if (!acc.module!.permissions.includes(perm)) throw new ChainError(Codes.Unauthorized, `module account ${module} does not have permissions to ${perm === 'minter' ? 'mint' : 'burn'} tokens`);
    return acc.address;
  }

  mintCoins(ctx: Context, module: string, coins: Coins): void {
    validateCoins(coins);
    const addr = this.requirePermission(ctx, module, 'minter');
    this.addCoins(ctx, addr, coins);
    for (const c of coins) this.setSupply(ctx, { denom: c.denom, amount: this.getSupply(ctx, c.denom).amount + c.amount });
    ctx.emit(event('coinbase', { minter: addr, amount: formatCoins(coins) }));
  }

  burnCoins(ctx: Context, module: string, coins: Coins): void {
    validateCoins(coins);
    const addr = this.requirePermission(ctx, module, 'burner');
    this.subtractCoins(ctx, addr, coins);
    for (const c of coins) this.setSupply(ctx, { denom: c.denom, amount: this.getSupply(ctx, c.denom).amount - c.amount });
    ctx.emit(event('burn', { burner: addr, amount: formatCoins(coins) }));
  }

  /** Genesis: sets a balance and adds it to the supply, without events. */
  initBalance(ctx: Context, addr: string, coins: Coins): void {
    for (const c of coins) {
      this.setBalance(ctx, addr, { denom: c.denom, amount: this.getBalance(ctx, addr, c.denom).amount + c.amount });
      this.setSupply(ctx, { denom: c.denom, amount: this.getSupply(ctx, c.denom).amount + c.amount });
    }
  }

  getParams(ctx: Context): Params {
    const v = this.store(ctx).get(PARAMS_KEY);
    return v === undefined ? copyParams(DEFAULT_BANK_PARAMS) : decodedParams.get(v);
  }
  setParams(ctx: Context, p: Params): void {
    this.store(ctx).set(PARAMS_KEY, Params.encode({ sendEnabled: [], defaultSendEnabled: p.defaultSendEnabled }).finish());
  }
  getSendEnabled(ctx: Context, denom: string): boolean {
    let key = this.sendEnabledKeys.get(denom);
    if (key === undefined) {
      key = prefix(SEND_ENABLED_PREFIX, utf8(denom));
      if (this.sendEnabledKeys.size >= 256) this.sendEnabledKeys.clear();
      this.sendEnabledKeys.set(denom, key);
    }
    const v = this.store(ctx).get(key);
    return v === undefined ? this.getParams(ctx).defaultSendEnabled : v[0] === 1;
  }
  setSendEnabled(ctx: Context, e: SendEnabled): void {
    this.store(ctx).set(prefix(SEND_ENABLED_PREFIX, utf8(e.denom)), Uint8Array.of(e.enabled ? 1 : 0));
  }
  checkSendEnabled(ctx: Context, coins: Coins): void {
    for (const c of coins) if (!this.getSendEnabled(ctx, c.denom)) throw new ChainError(BankErrors.SendDisabled, `${c.denom} transfers are currently disabled`);
  }

  getDenomMetadata(ctx: Context, denom: string): Metadata | undefined {
    const v = this.store(ctx).get(prefix(METADATA_PREFIX, utf8(denom)));
    return v === undefined ? undefined : Metadata.decode(v);
  }
  setDenomMetadata(ctx: Context, m: Metadata): void {
    this.store(ctx).set(prefix(METADATA_PREFIX, utf8(m.base)), Metadata.encode(m).finish());
  }
  metadataPrefix(): Uint8Array {
    return Uint8Array.of(METADATA_PREFIX);
  }
}

export const BankErrors = Object.freeze({
  NoInputs: { codespace: 'bank', code: 2, desc: 'no inputs to send transaction' },
  NoOutputs: { codespace: 'bank', code: 3, desc: 'no outputs to send transaction' },
  InputOutputMismatch: { codespace: 'bank', code: 4, desc: 'sum inputs != sum outputs' },
  SendDisabled: { codespace: 'bank', code: 5, desc: 'send transactions are disabled' },
  DenomMetadataNotFound: { codespace: 'bank', code: 6, desc: 'client denom metadata not found' },
  MultipleSenders: { codespace: 'bank', code: 9, desc: 'multiple senders not allowed' },
});
