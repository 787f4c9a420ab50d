/**
 * The devnet's short periods: a fresh devnet's genesis gets a voting period and an unbonding time
 * of about a minute (flags of `meshwork devnet`), so proposals finish and unbonds release while
 * someone watches the dashboard. Written into genesis.json before the node first starts; an
 * existing devnet keeps the periods it was created with (they are chain state by then).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevnetPeriods {
  /** Gov voting period (and max deposit period), seconds; the expedited period is half of it. */
  votingS: number;
  /** Staking unbonding time, seconds. */
  unbondingS: number;
  /** The consumer chain's Mesh Security epoch (x/meshsecurity `epoch_length`), seconds. */
  epochS: number;
}

export const DEFAULT_DEVNET_PERIODS: DevnetPeriods = { votingS: 60, unbondingS: 60, epochS: 60 };

type Json = { [k: string]: unknown };

const obj = (parent: Json, key: string): Json => {
  const v = parent[key];
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Json;
  const fresh: Json = {};
  parent[key] = fresh;
  return fresh;
};

export function applyDevnetPeriods(home: string, p: DevnetPeriods, blockTimeMs: number): void {
  const path = join(home, 'genesis.json');
  const genesis = JSON.parse(readFileSync(path, 'utf8')) as Json;
  const app = obj(genesis, 'app_state');
  const gov = obj(obj(app, 'gov'), 'params');
  gov['voting_period'] = `${p.votingS}s`;
  gov['max_deposit_period'] = `${p.votingS}s`;
  // The chain demands expedited < regular; half keeps that for any votingS ≥ 2 (the flag's minimum).
  gov['expedited_voting_period'] = `${Math.floor(p.votingS / 2)}s`;
  obj(obj(app, 'staking'), 'params')['unbonding_time'] = `${p.unbondingS}s`;
  // The module counts epochs in blocks: the blocks the devnet makes in epochS at its block time.
  obj(obj(app, 'meshsecurity'), 'params')['epoch_length'] = String(Math.max(1, Math.ceil((p.epochS * 1000) / blockTimeMs)));
  writeFileSync(path, `${JSON.stringify(genesis, null, 2)}\n`);
}
