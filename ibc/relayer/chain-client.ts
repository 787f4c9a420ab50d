/**
 * What the relayer needs from a chain, and nothing more: committed heights, light blocks
 * (signed header + validator set) for client updates, ABCI queries (gRPC paths, and
 * `/store/ibc/key` with proofs), event search, and signed tx submission. One implementation runs
 * in process over the multi-test harness, another over CometBFT RPC; the relayer is the same.
 */
import type { EncodeObject } from '@cosmjs/proto-signing';
import type { SignedHeader } from 'cosmjs-types/tendermint/types/types';
import type { ValidatorSet as ProtoValidatorSet } from 'cosmjs-types/tendermint/types/validator';

export interface LightBlock {
  signedHeader: SignedHeader;
  /** The validators that signed this header (its `validators_hash`). */
  validatorSet: ProtoValidatorSet;
}

export interface ProofOp {
  type: string;
  key: Uint8Array;
  data: Uint8Array;
}

export interface AbciQueryResult {
  value: Uint8Array;
  height: number;
  proofOps: ProofOp[];
}

export interface TxAttribute {
  key: string;
  value: string;
}
export interface TxEvent {
  type: string;
  attributes: TxAttribute[];
}

export interface TxOutcome {
  hash: string;
  height: number;
  code: number;
  codespace: string;
  log: string;
  events: TxEvent[];
}

/** An event found by search, with the height of the block it is in. */
export interface FoundEvent {
  height: number;
  event: TxEvent;
}

/** A failed query or a tx rejected at CheckTx/DeliverTx, with the chain's code. */
export class ChainClientError extends Error {
  override readonly name = 'ChainClientError';
  constructor(
    message: string,
    readonly code: number,
    readonly codespace: string,
  ) {
    super(message);
  }
}

export interface ChainClient {
  readonly chainId: string;
  /** The relayer's account on this chain (signs and pays for submitted txs). */
  readonly signerAddress: string;
  /** Height of the last committed block. */
  latestHeight(): Promise<number>;
  lightBlock(height: number): Promise<LightBlock>;
  /** The validator set at `height` (the one that signs block `height`). */
  validatorSet(height: number): Promise<ProtoValidatorSet>;
  /** Resolves once a block of at least `height` is committed (the in-process chain produces blocks to get there). */
  waitForHeight(height: number): Promise<void>;
  /** Throws `ChainClientError` on a non-zero code. */
  query(path: string, data: Uint8Array, opts?: { height?: number; prove?: boolean }): Promise<AbciQueryResult>;
  /** Signs and broadcasts one tx and waits for it to be committed. A failed tx resolves with its code; a CheckTx rejection throws. */
  submit(msgs: EncodeObject[], memo?: string): Promise<TxOutcome>;
  /** Events of `type` whose attributes include every `attrs` pair, from tx results and block events, at heights ≥ `minHeight`. */
  searchEvents(type: string, attrs: Record<string, string>, minHeight?: number): Promise<FoundEvent[]>;
}
