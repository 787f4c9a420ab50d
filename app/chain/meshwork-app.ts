/**
 * The standard Meshwork chain: every module wired to its keepers, in the Cosmos SDK's block order.
 * This is the only place that knows all modules; the node, the CLI and the multi-test harness all
 * build their chain through `createMeshworkApp`.
 */
import { MultiStore } from '../../chain/store/multistore.js';
import { BaseApp } from '../../chain/kernel/baseapp.js';
import { AddressCodec, prefixesFor, type Bech32Prefixes } from '../../chain/types/address.js';
import { AuthKeeper } from '../../chain/modules/auth/keeper.js';
import { AuthModule } from '../../chain/modules/auth/module.js';
import { BankKeeper } from '../../chain/modules/bank/keeper.js';
import { BankModule } from '../../chain/modules/bank/module.js';
import { AnteHandler, FEE_COLLECTOR } from '../../chain/tx/ante.js';
import type { Module } from '../../chain/kernel/module.js';

export const GOV_MODULE = 'gov';

export interface MeshworkAppOptions {
  chainId: string;
  /** Defaults to a fresh in-memory multistore with the app's store names. */
  store?: MultiStore;
  /** Bech32 account prefix (valoper/valcons derive from it). Default "mesh". */
  prefix?: string;
  bondDenom?: string;
  /** Node-local mempool policy (CheckTx only). */
  minGasPrice?: { num: bigint; den: bigint };
}

export interface MeshworkKeepers {
  auth: AuthKeeper;
  bank: BankKeeper;
}

export interface MeshworkApp {
  app: BaseApp;
  keepers: MeshworkKeepers;
  codec: AddressCodec;
  prefixes: Bech32Prefixes;
  bondDenom: string;
  /** The gov module account: the authority of every gov-only message. */
  authority: string;
}

/** Names of every store the standard app commits to (the app hash covers all of them). */
export const MESHWORK_STORES = ['acc', 'bank'];

export function createMeshworkApp(opts: MeshworkAppOptions): MeshworkApp {
  const prefixes = prefixesFor(opts.prefix ?? 'mesh');
  const codec = new AddressCodec(prefixes);
  const bondDenom = opts.bondDenom ?? 'stake';
  const store = opts.store ?? new MultiStore(MESHWORK_STORES);

  const auth = new AuthKeeper(codec);
  auth.declareModuleAccount(FEE_COLLECTOR);
  auth.declareModuleAccount(GOV_MODULE, ['burner']);
  const authority = auth.moduleAddress(GOV_MODULE);

  const bank = new BankKeeper(auth);
  // Users may not send to module accounts, except gov (deposits go through gov's own messages, but
  // the SDK leaves gov unblocked so community funds can be returned to it).
  for (const name of auth.moduleAccountNames()) if (name !== GOV_MODULE) bank.blockAddress(auth.moduleAddress(name));

  const modules: Module[] = [new AuthModule(auth, authority), new BankModule(bank, authority)];
  const ante = new AnteHandler(auth, bank, { feeDenom: bondDenom, minGasPrice: opts.minGasPrice });
  const app = new BaseApp({ chainId: opts.chainId, store, modules, ante });
  return { app, keepers: { auth, bank }, codec, prefixes, bondDenom, authority };
}
