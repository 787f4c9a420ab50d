/**
 * x/auth: accounts (number, sequence, public key), module accounts and the auth params. Accounts
 * are stored as the protobuf Any the SDK stores, so the `Account` query returns them unchanged.
 */
import { BaseAccount, ModuleAccount, Params } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { Any } from 'cosmjs-types/google/protobuf/any';
import type { Context } from '../../kernel/context.js';
import type { KVStore } from '../../store/kv.js';
import { DecodedByBytes } from '../../store/decoded.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { prefix, u64BE, readU64BE } from '../../kernel/keys.js';
import { AddressCodec, moduleAddress } from '../../types/address.js';
import { finishExact } from '../../kernel/proto.js';

export const AUTH_STORE = 'acc';
const ACCOUNT_PREFIX = 0x01;
const GLOBAL_ACCOUNT_NUMBER_KEY = Uint8Array.of(0x02);
const PARAMS_KEY = Uint8Array.of(0x03);

export const BASE_ACCOUNT_TYPE = '/cosmos.auth.v1beta1.BaseAccount';
export const MODULE_ACCOUNT_TYPE = '/cosmos.auth.v1beta1.ModuleAccount';

export const DEFAULT_AUTH_PARAMS: Params = {
  maxMemoCharacters: 256n,
  txSigLimit: 7n,
  txSizeCostPerByte: 10n,
  sigVerifyCostEd25519: 590n,
  sigVerifyCostSecp256k1: 1000n,
};

export type Permission = 'minter' | 'burner' | 'staking';

export interface Account {
  address: string;
  pubKey?: Any;
  accountNumber: bigint;
  sequence: bigint;
  /** Set for module accounts. */
  module?: { name: string; permissions: string[] };
}

export function encodeAccount(a: Account): Uint8Array {
  const base = BaseAccount.fromPartial({ address: a.address, pubKey: a.pubKey, accountNumber: a.accountNumber, sequence: a.sequence });
  const any =
    a.module === undefined
      ? { typeUrl: BASE_ACCOUNT_TYPE, value: finishExact(BaseAccount.encode(base)) }
      : { typeUrl: MODULE_ACCOUNT_TYPE, value: finishExact(ModuleAccount.encode({ baseAccount: base, name: a.module.name, permissions: a.module.permissions })) };
  return finishExact(Any.encode(any));
}

export function decodeAccount(bytes: Uint8Array): Account {
  const any = Any.decode(bytes);
  if (any.typeUrl === BASE_ACCOUNT_TYPE) {
    const b = BaseAccount.decode(any.value);
    return { address: b.address, pubKey: b.pubKey, accountNumber: b.accountNumber, sequence: b.sequence };
  }
  if (any.typeUrl === MODULE_ACCOUNT_TYPE) {
    const m = ModuleAccount.decode(any.value);
    const b = m.baseAccount!;
    return { address: b.address, pubKey: b.pubKey, accountNumber: b.accountNumber, sequence: b.sequence, module: { name: m.name, permissions: m.permissions } };
  }
  throw new ChainError(Codes.UnpackAny, `unknown account type ${any.typeUrl}`);
}

function copyAccount(a: Account): Account {
  const c = { ...a };
  if (a.module !== undefined) c.module = { name: a.module.name, permissions: [...a.module.permissions] };
  return c;
}

/** Accounts read again and again (the fee collector, a signer from CheckTx to its block) decode once. */
const decodedAccounts = new DecodedByBytes(decodeAccount, copyAccount);
/** Read by every tx's ante handler. */
const decodedParams = new DecodedByBytes(Params.decode, (p) => ({ ...p }));

/** Store keys of recently used addresses (bech32 decoding each time is a measurable part of a tx). */
const KEY_CACHE_SIZE = 4096;

export class AuthKeeper {
  /** Module accounts the app declares, with their permissions (Cosmos `maccPerms`). */
  private readonly modulePerms = new Map<string, string[]>();
  private readonly moduleAddrs = new Map<string, string>();
  private readonly keys = new Map<string, Uint8Array>();

  constructor(readonly codec: AddressCodec) {}

  declareModuleAccount(name: string, permissions: Permission[] = []): void {
    this.modulePerms.set(name, [...permissions]);
  }
  moduleAccountNames(): string[] {
    return [...this.modulePerms.keys()].sort();
  }
  modulePermissions(name: string): string[] | undefined {
    return this.modulePerms.get(name);
  }
  moduleAddress(name: string): string {
    let a = this.moduleAddrs.get(name);
    if (a === undefined) {
      a = this.codec.encode(moduleAddress(name));
      this.moduleAddrs.set(name, a);
    }
    return a;
  }
  isModuleAddress(addr: string): boolean {
    for (const n of this.modulePerms.keys()) if (this.moduleAddress(n) === addr) return true;
    return false;
  }

  private store(ctx: Context): KVStore {
    return ctx.store(AUTH_STORE);
  }
  /** Keys are shared between calls: stores keep keys by reference and never modify them. */
  private key(addr: string): Uint8Array {
    let k = this.keys.get(addr);
    if (k === undefined) {
      k = prefix(ACCOUNT_PREFIX, this.codec.decode(addr));
      if (this.keys.size >= KEY_CACHE_SIZE) this.keys.delete(this.keys.keys().next().value!);
      this.keys.set(addr, k);
    }
    return k;
  }

  getAccount(ctx: Context, addr: string): Account | undefined {
    const v = this.store(ctx).get(this.key(addr));
    if (v === undefined) return undefined;
    return decodedAccounts.get(v);
  }
  hasAccount(ctx: Context, addr: string): boolean {
    return this.store(ctx).has(this.key(addr));
  }
  setAccount(ctx: Context, a: Account): void {
    const bytes = encodeAccount(a);
    // The next read of these bytes (the block after CheckTx, the next tx) finds them decoded.
    decodedAccounts.remember(bytes, a);
    this.store(ctx).set(this.key(a.address), bytes);
  }
  removeAccount(ctx: Context, addr: string): void {
    this.store(ctx).delete(this.key(addr));
  }

  nextAccountNumber(ctx: Context): bigint {
    const s = this.store(ctx);
    const v = s.get(GLOBAL_ACCOUNT_NUMBER_KEY);
    const n = v === undefined ? 0n : readU64BE(v);
    s.set(GLOBAL_ACCOUNT_NUMBER_KEY, u64BE(n + 1n));
    return n;
  }

  /** Creates a base account with the next account number (does not store it). */
  newAccount(ctx: Context, addr: string): Account {
    return { address: this.codec.normalize(addr), accountNumber: this.nextAccountNumber(ctx), sequence: 0n };
  }
  /** The account, created and stored if absent (bank does this for recipients). */
  ensureAccount(ctx: Context, addr: string): Account {
    const a = this.getAccount(ctx, addr);
    if (a !== undefined) return a;
    const n = this.newAccount(ctx, addr);
    this.setAccount(ctx, n);
    return n;
  }

  /** The module account `name`, created on first use; throws for undeclared modules. */
  getModuleAccount(ctx: Context, name: string): Account {
    const perms = this.modulePerms.get(name);
    if (perms === undefined) throw new ChainError(Codes.UnknownAddress, `module account ${name} is not declared by the app`);
    const addr = this.moduleAddress(name);
    const a = this.getAccount(ctx, addr);
    if (a !== undefined && a.module !== undefined) return a;
    const created: Account = { address: addr, accountNumber: a?.accountNumber ?? this.nextAccountNumber(ctx), sequence: 0n, module: { name, permissions: perms } };
    this.setAccount(ctx, created);
    return created;
  }

  *iterateAccounts(ctx: Context): Generator<Account> {
    const p = Uint8Array.of(ACCOUNT_PREFIX);
    for (const [, v] of this.store(ctx).iterator(p, Uint8Array.of(ACCOUNT_PREFIX + 1))) yield decodeAccount(v);
  }

  getParams(ctx: Context): Params {
    const v = this.store(ctx).get(PARAMS_KEY);
    return v === undefined ? { ...DEFAULT_AUTH_PARAMS } : decodedParams.get(v);
  }
  setParams(ctx: Context, p: Params): void {
    if (p.txSigLimit === 0n || p.maxMemoCharacters === 0n || p.txSizeCostPerByte === 0n || p.sigVerifyCostSecp256k1 === 0n || p.sigVerifyCostEd25519 === 0n) {
      throw new ChainError(Codes.InvalidRequest, 'auth params must all be positive');
    }
    this.store(ctx).set(PARAMS_KEY, Params.encode(p).finish());
  }

  accountPrefix(): Uint8Array {
    return Uint8Array.of(ACCOUNT_PREFIX);
  }
}
