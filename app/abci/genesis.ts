/**
 * CometBFT's genesis.json → the `RequestInitChain` CometBFT sends from it (`Handshaker.ReplayBlocks`
 * at height 0): genesis time, chain id, consensus params, validators (ed25519 keys, powers), the
 * raw `app_state` JSON bytes and the initial height.
 */
import type { RequestInitChain } from 'cosmjs-types/tendermint/abci/types';
import type { ConsensusParams } from 'cosmjs-types/tendermint/types/params';
import { toTimestamp } from '../../chain/types/time.js';
import { parseRfc3339Ns } from '../node/rpc/encode.js';
import type { CometGenesis } from '../node/genesis.js';
import { AbciError } from './application.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown, what: string): Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new AbciError(`genesis ${what} must be an object`);
  return v as Obj;
};
const int = (v: unknown, what: string): bigint => {
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  throw new AbciError(`genesis ${what} must be an integer string, got ${JSON.stringify(v)}`);
};

/** CometBFT's `ConsensusParams` from genesis JSON (durations as nanosecond strings, as 0.38 writes them). */
export function consensusParamsFromJson(raw: unknown): ConsensusParams {
  const cp = obj(raw, 'consensus_params');
  const block = obj(cp['block'], 'consensus_params.block');
  const ev = cp['evidence'] === undefined ? undefined : obj(cp['evidence'], 'consensus_params.evidence');
  const val = cp['validator'] === undefined ? undefined : obj(cp['validator'], 'consensus_params.validator');
  const ver = cp['version'] === undefined ? undefined : obj(cp['version'], 'consensus_params.version');
  const abci = cp['abci'] === undefined ? undefined : obj(cp['abci'], 'consensus_params.abci');
  const duration = (v: unknown): { seconds: bigint; nanos: number } => {
    const ns = int(v, 'consensus_params.evidence.max_age_duration');
    return { seconds: ns / 1_000_000_000n, nanos: Number(ns % 1_000_000_000n) };
  };
  return {
    block: { maxBytes: int(block['max_bytes'], 'consensus_params.block.max_bytes'), maxGas: int(block['max_gas'], 'consensus_params.block.max_gas') },
    evidence: ev === undefined ? undefined : { maxAgeNumBlocks: int(ev['max_age_num_blocks'], 'evidence.max_age_num_blocks'), maxAgeDuration: duration(ev['max_age_duration']), maxBytes: int(ev['max_bytes'], 'evidence.max_bytes') },
    validator: val === undefined ? undefined : { pubKeyTypes: (val['pub_key_types'] as string[]) ?? [] },
    version: ver === undefined ? undefined : { app: int(ver['app'] ?? '0', 'version.app') },
    abci: abci === undefined ? undefined : { voteExtensionsEnableHeight: int(abci['vote_extensions_enable_height'] ?? '0', 'abci.vote_extensions_enable_height') },
  };
}

export function initChainRequest(doc: CometGenesis): RequestInitChain {
  const validators = doc.validators.map((v, i) => {
    const pk = obj(v['pub_key'], `validators[${i}].pub_key`);
    if (pk['type'] !== 'tendermint/PubKeyEd25519') throw new AbciError(`genesis validators[${i}] has a ${String(pk['type'])} key; this chain takes ed25519 only`);
    return { pubKey: { ed25519: new Uint8Array(Buffer.from(String(pk['value']), 'base64')) }, power: int(v['power'], `validators[${i}].power`) };
  });
  return {
    time: toTimestamp(parseRfc3339Ns(doc.genesis_time)),
    chainId: doc.chain_id,
    consensusParams: consensusParamsFromJson(doc.consensus_params),
    validators,
    appStateBytes: new TextEncoder().encode(JSON.stringify(doc.app_state)),
    initialHeight: int(doc.initial_height ?? '1', 'initial_height'),
  };
}
