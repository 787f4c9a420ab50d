/**
 * The test harness as a package entry (`import { TestChain } from 'meshwork/multitest'` in a contract
 * project; package.json `exports`): the chain, typed-client glue, genesis builder and interchain.
 */
export * from './chain.js';
export * from './contract-client.js';
export * from './genesis.js';
export * from './interchain.js';
