/** x/auth gRPC queries, params message and genesis. */
import * as Q from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { MsgUpdateParams, MsgUpdateParamsResponse } from 'cosmjs-types/cosmos/auth/v1beta1/tx';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import type { Context } from '../../kernel/context.js';
import type { Module } from '../../kernel/module.js';
import { protoMsg, type MsgRouter, type QueryRouter } from '../../kernel/router.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { paginate } from '../../kernel/pagination.js';
import { fromHex } from '../../kernel/keys.js';
import { AUTH_STORE, decodeAccount, encodeAccount, type AuthKeeper } from './keeper.js';
import { requireAuthority } from '../../kernel/authority.js';

export interface AuthGenesis {
  params?: { max_memo_characters?: string; tx_sig_limit?: string; tx_size_cost_per_byte?: string; sig_verify_cost_ed25519?: string; sig_verify_cost_secp256k1?: string };
  /** Accounts to create with the next account numbers, in this order; pub_key is hex of a compressed secp256k1 key. */
  accounts?: { address: string; pub_key?: string }[];
}

export class AuthModule implements Module {
  readonly name = 'auth';
  readonly storeKeys = [AUTH_STORE];

  constructor(
    readonly keeper: AuthKeeper,
    readonly authority: string,
  ) {}

  registerMsgs(r: MsgRouter): void {
    r.register<MsgUpdateParams>({
      ...protoMsg(MsgUpdateParams, 'auth'),
      signers: (m) => [m.authority],
      handle: (ctx, m) => {
        requireAuthority(this.authority, m.authority);
        if (m.params === undefined) throw new ChainError(Codes.InvalidRequest, 'params must be set');
        this.keeper.setParams(ctx, m.params);
        return { typeUrl: '/cosmos.auth.v1beta1.MsgUpdateParamsResponse', value: MsgUpdateParamsResponse.encode({}).finish() };
      },
    });
  }

  registerQueries(r: QueryRouter): void {
    const k = this.keeper;
    const accountAny = (ctx: Context, address: string): Any => {
      k.codec.decode(address);
      const v = ctx.store(AUTH_STORE).get(Uint8Array.of(0x01, ...k.codec.decode(address)));
      // "rpc error: code = NotFound" is what CosmJS matches to return null for unknown accounts.
      if (v === undefined) throw new ChainError(Codes.KeyNotFound, `rpc error: code = NotFound desc = account ${address} not found`);
      return Any.decode(v);
    };
    r.registerService('cosmos.auth.v1beta1.Query', {
      Account: (ctx, b) => Q.QueryAccountResponse.encode({ account: accountAny(ctx, Q.QueryAccountRequest.decode(b).address) }).finish(),
      Accounts: (ctx, b) => {
        const q = Q.QueryAccountsRequest.decode(b);
        const { items, pagination } = paginate(ctx.store(AUTH_STORE), k.accountPrefix(), q.pagination, (_key, v) => Any.decode(v));
        return Q.QueryAccountsResponse.encode({ accounts: items, pagination }).finish();
      },
      Params: (ctx) => Q.QueryParamsResponse.encode({ params: k.getParams(ctx) }).finish(),
      ModuleAccounts: (ctx) => {
        const accounts = k.moduleAccountNames().map((n) => Any.decode(encodeAccount(k.getModuleAccount(ctx.withInfiniteGas(), n))));
        return Q.QueryModuleAccountsResponse.encode({ accounts }).finish();
      },
      ModuleAccountByName: (ctx, b) => {
        const name = Q.QueryModuleAccountByNameRequest.decode(b).name;
        if (k.modulePermissions(name) === undefined) throw new ChainError(Codes.NotFound, `module account ${name} does not exist`);
        const a = k.getAccount(ctx, k.moduleAddress(name));
        if (a === undefined) throw new ChainError(Codes.NotFound, `module account ${name} does not exist`);
        return Q.QueryModuleAccountByNameResponse.encode({ account: Any.decode(encodeAccount(a)) }).finish();
      },
      Bech32Prefix: () => Q.Bech32PrefixResponse.encode({ bech32Prefix: k.codec.prefixes.account }).finish(),
      AddressBytesToString: (_ctx, b) => Q.AddressBytesToStringResponse.encode({ addressString: k.codec.encode(Q.AddressBytesToStringRequest.decode(b).addressBytes) }).finish(),
      AddressStringToBytes: (_ctx, b) => Q.AddressStringToBytesResponse.encode({ addressBytes: k.codec.decode(Q.AddressStringToBytesRequest.decode(b).addressString) }).finish(),
      AccountInfo: (ctx, b) => {
        const a = decodeAccount(Any.encode(accountAny(ctx, Q.QueryAccountInfoRequest.decode(b).address)).finish());
        return Q.QueryAccountInfoResponse.encode({ info: { address: a.address, pubKey: a.pubKey, accountNumber: a.accountNumber, sequence: a.sequence } }).finish();
      },
    });
  }

  initGenesis(ctx: Context, state: unknown): void {
    const g = (state ?? {}) as AuthGenesis;
    const k = this.keeper;
    const p = k.getParams(ctx);
    const num = (s: string | undefined, d: bigint) => (s === undefined ? d : BigInt(s));
    k.setParams(ctx, {
      maxMemoCharacters: num(g.params?.max_memo_characters, p.maxMemoCharacters),
      txSigLimit: num(g.params?.tx_sig_limit, p.txSigLimit),
      txSizeCostPerByte: num(g.params?.tx_size_cost_per_byte, p.txSizeCostPerByte),
      sigVerifyCostEd25519: num(g.params?.sig_verify_cost_ed25519, p.sigVerifyCostEd25519),
      sigVerifyCostSecp256k1: num(g.params?.sig_verify_cost_secp256k1, p.sigVerifyCostSecp256k1),
    });
    for (const a of g.accounts ?? []) {
      if (k.hasAccount(ctx, a.address)) continue;
      const acc = k.newAccount(ctx, a.address);
      if (a.pub_key !== undefined) acc.pubKey = { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: PubKey.encode({ key: fromHex(a.pub_key) }).finish() };
      k.setAccount(ctx, acc);
    }
    for (const n of k.moduleAccountNames()) k.getModuleAccount(ctx, n);
  }

  exportGenesis(ctx: Context): AuthGenesis {
    return { accounts: [...this.keeper.iterateAccounts(ctx)].filter((a) => a.module === undefined).map((a) => ({ address: a.address })) };
  }
}
