/** ICS-20 fungible token transfer (ics20-1, ibc-go v8 behaviour). */
export * from './denom.js';
export * from './errors.js';
export * from './packet.js';
export * from './keeper.js';
export * from './ibc-module.js';
export * from './query.js';
export * from './msgs.js';
export * from './module.js';
