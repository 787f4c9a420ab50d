/**
 * What a module plugs into the app: message handlers, query services, genesis and block hooks.
 * Modules talk to each other only through keeper interfaces the app wires (Cosmos "expected
 * keepers"); the app (`app/`) is the only place that knows every module.
 */
import type { Context, TimeNs } from './context.js';
import type { MsgRouter, QueryRouter } from './router.js';

export type BlockIdFlag = 'commit' | 'nil' | 'absent';

/** One validator's entry in the previous block's commit (ABCI `VoteInfo`). */
export interface VoteInfo {
  /** Consensus address: first 20 bytes of sha256(ed25519 pubkey). */
  address: Uint8Array;
  power: bigint;
  flag: BlockIdFlag;
}

/** Consensus-detected misbehaviour (ABCI `Misbehavior`). */
export interface Misbehavior {
  type: 'duplicate_vote' | 'light_client_attack';
  address: Uint8Array;
  power: bigint;
  height: number;
  time: TimeNs;
  totalVotingPower: bigint;
}

/** What BeginBlock learns from consensus about the previous block. */
export interface BlockInfo {
  lastCommit: { round: number; votes: VoteInfo[] };
  misbehavior: Misbehavior[];
}

/** A consensus validator-set change returned by EndBlock (power 0 removes). */
export interface ValidatorUpdate {
  /** ed25519 public key, 32 bytes. */
  pubKey: Uint8Array;
  power: bigint;
}

export interface Module {
  readonly name: string;
  /** Names of the multistore stores this module owns. */
  readonly storeKeys: readonly string[];
  registerMsgs?(r: MsgRouter): void;
  registerQueries?(r: QueryRouter): void;
  /** `state` is this module's part of the genesis `app_state` (JSON), or undefined for defaults. */
  initGenesis?(ctx: Context, state: unknown): ValidatorUpdate[] | void;
  exportGenesis?(ctx: Context): unknown;
  /**
   * Runs before BeginBlock and before any tx (the SDK's PreBlocker, e.g. x/upgrade). Throwing stops
   * the block: nothing of it is executed or written.
   */
  preBlock?(ctx: Context): void;
  beginBlock?(ctx: Context, info: BlockInfo): void;
  endBlock?(ctx: Context): ValidatorUpdate[] | void;
}
