/**
 * genesis.json: a CometBFT-style genesis document (genesis_time, chain_id, initial_height,
 * consensus_params, validators, app_hash, app_state) whose app_state is what the standard app's
 * modules read in InitChain. `buildNodeGenesis` makes one for `meshwork init`; `parseGenesis`
 * checks one and converts it to the kernel's `GenesisDoc`.
 */
import type { GenesisDoc, TimeNs } from '../../chain/kernel/baseapp.js';
import { DEFAULT_BLOCK_MAX_BYTES } from '../../chain/consensus/driver.js';
import { consensusAddress } from '../../chain/types/address.js';
import { b64, hexUpper, parseRfc3339Ns, rfc3339FromNs, TimeFormatError, type Json, type JsonObject } from './rpc/encode.js';

export class GenesisError extends Error {
  override readonly name = 'GenesisError';
}

/** Tokens per unit of consensus power (the SDK's `DefaultPowerReduction`). */
const POWER_REDUCTION = 1_000_000n;
const SECONDS_PER_YEAR = 31_557_600n;
/** Default `block.max_gas`: a bound the mempool enforces when it fills a block. */
export const DEFAULT_BLOCK_MAX_GAS = 100_000_000n;

export interface CometGenesis {
  genesis_time: string;
  chain_id: string;
  initial_height: string;
  consensus_params: JsonObject & { block: { max_bytes: string; max_gas: string } };
  validators: JsonObject[];
  app_hash: string;
  app_state: { [module: string]: Json };
}

export interface ParsedGenesis {
  doc: CometGenesis;
  genesis: GenesisDoc;
  consensus: { blockMaxBytes: bigint; blockMaxGas: bigint };
}

export interface GenesisAccount {
  address: string;
  coins: { denom: string; amount: bigint }[];
}

export interface GenesisValidatorSpec {
  /** Operator account (bech32); funded with `selfBond` on top of its balance, which it self-delegates. */
  operator: string;
  /** ed25519 consensus public key. */
  pubKey: Uint8Array;
  selfBond: bigint;
  moniker: string;
}

export interface NodeGenesisOptions {
  chainId: string;
  genesisTime: TimeNs;
  bondDenom: string;
  accounts: GenesisAccount[];
  validators: GenesisValidatorSpec[];
  /** Expected block time, so mint's `blocks_per_year` gives the intended yearly inflation. */
  blockTimeMs: number;
  blockMaxGas?: bigint;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildNodeGenesis(o: NodeGenesisOptions): CometGenesis {
  if (o.validators.length === 0) throw new GenesisError('a genesis needs at least one validator');
  const balances = new Map<string, Map<string, bigint>>();
  const credit = (address: string, denom: string, amount: bigint): void => {
    const b = balances.get(address) ?? new Map<string, bigint>();
    b.set(denom, (b.get(denom) ?? 0n) + amount);
    balances.set(address, b);
  };
  for (const a of o.accounts) for (const c of a.coins) credit(a.address, c.denom, c.amount);
  for (const v of o.validators) credit(v.operator, o.bondDenom, v.selfBond);
  const bank = [...balances.keys()].sort(cmp).map((address) => {
    const coins = balances.get(address)!;
    return { address, coins: [...coins.keys()].sort(cmp).map((denom) => ({ denom, amount: coins.get(denom)!.toString() })) };
  });
  const blocksPerYear = SECONDS_PER_YEAR * 1000n / BigInt(Math.max(1, Math.round(o.blockTimeMs)));
  return {
    genesis_time: rfc3339FromNs(o.genesisTime),
    chain_id: o.chainId,
    initial_height: '1',
    consensus_params: {
      block: { max_bytes: DEFAULT_BLOCK_MAX_BYTES.toString(), max_gas: (o.blockMaxGas ?? DEFAULT_BLOCK_MAX_GAS).toString() },
      evidence: { max_age_num_blocks: '100000', max_age_duration: '172800000000000', max_bytes: '1048576' },
      validator: { pub_key_types: ['ed25519'] },
      version: { app: '0' },
      abci: { vote_extensions_enable_height: '0' },
    },
    validators: o.validators.map((v) => ({
      address: hexUpper(consensusAddress(v.pubKey)),
      pub_key: { type: 'tendermint/PubKeyEd25519', value: b64(v.pubKey) },
      power: (v.selfBond / POWER_REDUCTION).toString(),
      name: v.moniker,
    })),
    app_hash: '',
    app_state: {
      bank: { balances: bank },
      staking: {
        params: { bond_denom: o.bondDenom },
        validators: o.validators.map((v) => ({
          operator: v.operator,
          pubkey: Buffer.from(v.pubKey).toString('hex'),
          amount: v.selfBond.toString(),
          moniker: v.moniker,
          commission_rate: '0.1',
          commission_max_rate: '0.2',
          commission_max_change_rate: '0.01',
        })),
      },
      mint: { params: { mint_denom: o.bondDenom, blocks_per_year: blocksPerYear.toString() } },
    },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function intField(v: unknown, what: string): bigint {
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  throw new GenesisError(`genesis ${what} must be an integer string, got ${JSON.stringify(v)}`);
}

/** Checks a genesis.json value and converts it; errors name the offending field. */
export function parseGenesis(raw: unknown): ParsedGenesis {
  if (!isObject(raw)) throw new GenesisError('genesis.json must hold a JSON object');
  const chainId = raw['chain_id'];
  if (typeof chainId !== 'string' || chainId.length === 0 || chainId.length > 50) throw new GenesisError('genesis chain_id must be a non-empty string of at most 50 characters');
  if (typeof raw['genesis_time'] !== 'string') throw new GenesisError('genesis genesis_time must be an RFC 3339 string');
  let genesisTime: bigint;
  try {
    genesisTime = parseRfc3339Ns(raw['genesis_time']);
  } catch (e) {
    if (e instanceof TimeFormatError) throw new GenesisError(`genesis genesis_time: ${e.message}`);
    throw e;
  }
  const initialHeight = raw['initial_height'] === undefined ? 1n : intField(raw['initial_height'], 'initial_height');
  if (initialHeight < 1n || initialHeight > BigInt(Number.MAX_SAFE_INTEGER)) throw new GenesisError(`genesis initial_height must be ≥ 1, got ${initialHeight}`);
  const cp = raw['consensus_params'];
  if (!isObject(cp) || !isObject(cp['block'])) throw new GenesisError('genesis consensus_params.block is missing');
  const blockMaxBytes = intField(cp['block']['max_bytes'], 'consensus_params.block.max_bytes');
  const blockMaxGas = intField(cp['block']['max_gas'], 'consensus_params.block.max_gas');
  if (blockMaxBytes <= 0n) throw new GenesisError('genesis consensus_params.block.max_bytes must be positive');
  if (blockMaxGas < -1n || blockMaxGas === 0n) throw new GenesisError('genesis consensus_params.block.max_gas must be -1 (unlimited) or positive');
  const appState = raw['app_state'] ?? {};
  if (!isObject(appState)) throw new GenesisError('genesis app_state must be an object (module name → genesis state)');
  const doc = raw as unknown as CometGenesis;
  return {
    doc,
    genesis: { chainId, genesisTime, initialHeight: Number(initialHeight), appState },
    consensus: { blockMaxBytes, blockMaxGas },
  };
}
