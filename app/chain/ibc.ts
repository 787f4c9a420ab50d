/**
 * IBC's place in the standard app: core (clients, connections, channels) with its `ibc` store,
 * ICS-20 on port `transfer`, contract ports `wasm.*`, and the contract-side IbcMsg/IbcQuery handler.
 */
import type { AuthKeeper } from '../../chain/modules/auth/keeper.js';
import type { BankKeeper } from '../../chain/modules/bank/keeper.js';
import type { WasmKeeper } from '../../chain/modules/wasm/keeper.js';
import type { Module } from '../../chain/kernel/module.js';
import type { AddressCodec } from '../../chain/types/address.js';
import { IbcCoreModule } from '../../ibc/core/module.js';
import { TransferKeeper } from '../../ibc/transfer/keeper.js';
import { TransferModule } from '../../ibc/transfer/module.js';
import { TRANSFER_MODULE, TRANSFER_PORT } from '../../ibc/transfer/denom.js';
import { WasmIbcApp } from '../../ibc/wasm/app.js';
import { createWasmIbcHandler } from '../../ibc/wasm/handler.js';

export const IBC_STORES = ['ibc', 'transfer'];

export interface IbcWiring {
  core: IbcCoreModule;
  transfer: TransferKeeper;
  modules: Module[];
}

/** Builds IBC and plugs it into wasm; the caller declares the module account (see `declareIbcAccounts`). */
export function wireIbc(deps: { auth: AuthKeeper; bank: BankKeeper; wasm: WasmKeeper; codec: AddressCodec; authority: string }): IbcWiring {
  const core = new IbcCoreModule(deps.codec);
  const transfer = new TransferKeeper({ bank: deps.bank, auth: deps.auth, codec: deps.codec, authority: deps.authority, packets: core.channels });
  const transferModule = new TransferModule(transfer);
  core.ports.bind(TRANSFER_PORT, transferModule.ibcApp);
  core.ports.bindPrefix('wasm.', new WasmIbcApp({ keeper: deps.wasm, packets: core.channels }));
  deps.wasm.setIbcHandler(createWasmIbcHandler({ keeper: deps.wasm, packets: core.channels, transfer }));
  return { core, transfer, modules: [core, transferModule] };
}

/** ICS-20 mints vouchers and burns returning ones. */
export function declareIbcAccounts(auth: AuthKeeper): void {
  auth.declareModuleAccount(TRANSFER_MODULE, ['minter', 'burner']);
}
