/**
 * Test helpers mirroring cosmwasm-vm's `testing` module: mock backend (storage, bech32 API,
 * querier), `mockEnv()` and `mockInfo()`.
 */
import type { Backend } from '../backend.js';
import { addrMake, Bech32Api, type Bech32ApiOptions } from '../bech32-api.js';
import type { Coin, Env, MessageInfo } from '../types.js';
import { MockQuerier, type MockQuerierOptions } from './mock-querier.js';
import { MockStorage } from './mock-storage.js';

export { MockStorage, MOCK_STORAGE_GAS, bytesToKey } from './mock-storage.js';
export {
  MockQuerier,
  DEFAULT_QUERIER_GAS,
  type QuerierResult,
  type SystemError,
  type WasmSmartHandler,
  type CustomQueryHandler,
  type MockContract,
  type MockQuerierOptions,
  type MockQuerierGas,
  type Validator,
  type FullDelegation,
  type DenomMetadata,
  type DenomUnit,
  type ContractInfoResponse,
  type IbcChannel,
} from './mock-querier.js';
export { Bech32Api, addrMake, decodeBech32, encodeBech32, DEFAULT_BECH32_GAS_COSTS } from '../bech32-api.js';

export const MOCK_BECH32_PREFIX = 'cosmwasm';
/** `addrMake("cosmos2contract")` */
export const MOCK_CONTRACT_ADDR = 'cosmwasm1jpev2csrppg792t22rn8z8uew8h3sjcpglcd0qv9g8gj8ky922tscp8avs';
/** base64 of E5469DACEC17CEF8A260FD37675ED87E7FB6A2B5AD95193C51308006C7E494B3 */
export const MOCK_TX_HASH = '5UadrOwXzviiYP03Z17Yfn+2orWtlRk8UTCABsfklLM=';

export interface MockBackend extends Backend {
  storage: MockStorage;
  api: Bech32Api;
  querier: MockQuerier;
}

export interface MockBackendOptions {
  /** Balance of the mock contract (MOCK_CONTRACT_ADDR), as cosmwasm-vm's `mock_backend(contract_balance)`. */
  contractBalance?: Coin[];
  /** Further querier options (balances by address etc.). */
  querier?: MockQuerierOptions;
  api?: Bech32ApiOptions;
  storage?: MockStorage;
}

export function mockBackend(opts: MockBackendOptions = {}): MockBackend {
  const balances = { ...(opts.querier?.balances ?? {}) };
  if (opts.contractBalance) balances[MOCK_CONTRACT_ADDR] = opts.contractBalance;
  return {
    storage: opts.storage ?? new MockStorage(),
    api: new Bech32Api(opts.api),
    querier: new MockQuerier({ ...opts.querier, balances }),
  };
}

export interface EnvOverrides {
  block?: Partial<Env['block']>;
  transaction?: Env['transaction'];
  contract?: Partial<Env['contract']>;
}

/** cosmwasm-vm 3.x `mock_env()` (fixtures.json `mock_env_cosmwasm_3`), with optional overrides. */
export function mockEnv(overrides: EnvOverrides = {}): Env {
  return {
    block: { height: 12345, time: '1571797419879305533', chain_id: 'cosmos-testnet-14002', ...overrides.block },
    transaction: overrides.transaction !== undefined ? overrides.transaction : { index: 3, hash: MOCK_TX_HASH },
    contract: { address: MOCK_CONTRACT_ADDR, ...overrides.contract },
  };
}

export function mockInfo(sender: string, funds: Coin[] = []): MessageInfo {
  return { sender, funds: funds.map((c) => ({ ...c })) };
}

/** `coins(amount, denom)` */
export function coins(amount: number | bigint | string, denom: string): Coin[] {
  return [{ denom, amount: String(amount) }];
}

export { addrMake as mockAddr };
