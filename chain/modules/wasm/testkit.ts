/** Test fixture: a context with real auth + bank + wasm modules registered on real routers. */
import { sha256 } from '@noble/hashes/sha2.js';
import { testContext } from '../../testkit/context.js';
import { MsgRouter, QueryRouter } from '../../kernel/router.js';
import type { Context } from '../../kernel/context.js';
import { AddressCodec, prefixesFor } from '../../types/address.js';
import { AuthKeeper } from '../auth/keeper.js';
import { AuthModule } from '../auth/module.js';
import { BankKeeper } from '../bank/keeper.js';
import { BankModule } from '../bank/module.js';
import { WasmKeeper } from './keeper.js';
import { WasmModule } from './module.js';
import type { WasmConfig } from './types.js';

export interface WasmFixture {
  ctx: Context;
  codec: AddressCodec;
  auth: AuthKeeper;
  bank: BankKeeper;
  keeper: WasmKeeper;
  module: WasmModule;
  msgRouter: MsgRouter;
  queryRouter: QueryRouter;
  authority: string;
  /** A deterministic 20-byte account address for a label. */
  addr(label: string): string;
}

export function wasmFixture(config: Partial<WasmConfig> = {}): WasmFixture {
  const codec = new AddressCodec(prefixesFor('wasm'));
  const auth = new AuthKeeper(codec);
  const bank = new BankKeeper(auth);
  const msgRouter = new MsgRouter();
  const queryRouter = new QueryRouter();
  const authority = auth.moduleAddress('gov');
  const keeper = new WasmKeeper({ auth, bank, codec, authority, msgRouter, queryRouter, config });
  const module = new WasmModule(keeper);
  const authModule = new AuthModule(auth, authority);
  const bankModule = new BankModule(bank, authority);
  for (const m of [authModule, bankModule, module]) {
    m.registerMsgs(msgRouter);
    m.registerQueries(queryRouter);
  }
  const { ctx } = testContext([...authModule.storeKeys, ...bankModule.storeKeys, ...module.storeKeys]);
  const addr = (label: string) => codec.encode(sha256(new TextEncoder().encode(label)).slice(0, 20));
  return { ctx, codec, auth, bank, keeper, module, msgRouter, queryRouter, authority, addr };
}
