/**
 * Mesh Security test harness on TestChain: compiles the mesh contracts once (in memory) and wraps
 * the vault and its test lien holders in small typed helpers, in the spirit of upstream's Sylvia
 * multitest proxies.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileContract, repoRoot } from '../../../../contracts/tools/compile.js';
import { TestChain } from '../../../../multitest/chain.js';
import * as StakingQ from 'cosmjs-types/cosmos/staking/v1beta1/query';

export const OSMO = 'OSMO';

const wasmCache = new Map<string, Uint8Array>();

/** Newest modification time (ms) of any file under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The contract's binary: `build/mesh_<name>.wasm` from `npm run build` when it is newer than every
 * source it is compiled from (the contract, mesh/common, contracts/common, the SDK, asconfig.json), else compiled in
 * memory (a few seconds per contract, which is most of a small suite's time).
 */
export async function meshWasm(name: string): Promise<Uint8Array> {
  let w = wasmCache.get(name);
  if (w === undefined) {
    const root = repoRoot();
    const artifact = join(root, 'build', `mesh_${name}.wasm`);
    const sources = Math.max(
      newestMtime(join(root, 'contracts', 'mesh', name, 'assembly')),
      newestMtime(join(root, 'contracts', 'mesh', 'common', 'assembly')),
      newestMtime(join(root, 'contracts', 'common', 'assembly')),
      newestMtime(join(root, 'contracts', 'std', 'assembly')),
      statSync(join(root, 'asconfig.json')).mtimeMs,
    );
    w = existsSync(artifact) && statSync(artifact).mtimeMs >= sources ? new Uint8Array(readFileSync(artifact)) : (await compileContract(`contracts/mesh/${name}/assembly/contract.ts`)).wasm;
    wasmCache.set(name, w);
  }
  return w;
}

export type Range = { l: string; h: string };
export const val = (n: number | bigint): Range => ({ l: String(n), h: String(n) });
export const range = (l: number | bigint, h: number | bigint): Range => ({ l: String(l), h: String(h) });

export interface AccountResponse { denom: string; bonded: string; free: Range }
export interface AccountDetails extends AccountResponse { max_lien: Range; total_slashable: Range }
export interface LienResponse { lienholder: string; amount: Range }

/** The chain error text of a failing call (throws if the call succeeded). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the call to fail');
}

export class Vault {
  constructor(
    readonly chain: TestChain,
    readonly address: string,
  ) {}
  account(user: string): AccountResponse {
    return this.chain.query<AccountResponse>(this.address, { account: { account: user } });
  }
  details(user: string): AccountDetails {
    return this.chain.query<AccountDetails>(this.address, { account_details: { account: user } });
  }
  claims(user: string, startAfter?: string, limit?: number): LienResponse[] {
    return this.chain.query<{ claims: LienResponse[] }>(this.address, { account_claims: { account: user, start_after: startAfter ?? null, limit: limit ?? null } }).claims;
  }
  config(): { denom: string; local_staking: string | null; collateral: Record<string, string> } {
    return this.chain.query(this.address, { config: {} });
  }
  pendingTxs(): { in_flight_staking: { id: number; amount: string; slashable: string; user: string; lienholder: string } }[] {
    return this.chain.query<{ txs: never[] }>(this.address, { all_pending_txs_desc: {} }).txs;
  }
  lastTxId(): number {
    const txs = this.pendingTxs();
    if (txs.length === 0) throw new Error('no pending tx');
    return txs[0]!.in_flight_staking.id;
  }
  bond(user: string, amount: number | bigint, denom = OSMO) {
    return this.chain.execute(user, this.address, { bond: {} }, [{ denom, amount: BigInt(amount) }]);
  }
  unbond(user: string, amount: number | bigint, denom = OSMO) {
    return this.chain.execute(user, this.address, { unbond: { amount: { denom, amount: String(amount) } } });
  }
  stakeRemote(user: string, contract: string, amount: number | bigint, validator: string, denom = OSMO) {
    return this.chain.execute(user, this.address, { stake_remote: { contract, amount: { denom, amount: String(amount) }, msg: b64({ validator }) } });
  }
  stakeLocal(user: string, amount: number | bigint, validator: string, denom = OSMO) {
    return this.chain.execute(user, this.address, { stake_local: { amount: { denom, amount: String(amount) }, msg: b64({ validator }) } });
  }
}

export function b64(v: unknown): string {
  return Buffer.from(JSON.stringify(v)).toString('base64');
}

/** A test lien holder (contracts/mesh/test_cross_staker) standing in for the remote side. */
export class TestLienholder {
  constructor(
    readonly chain: TestChain,
    readonly address: string,
  ) {}
  commit(txId: number) {
    return this.chain.execute(this.chain.addr('test'), this.address, { commit: { tx_id: txId } });
  }
  rollback(txId: number) {
    return this.chain.execute(this.chain.addr('test'), this.address, { rollback: { tx_id: txId } });
  }
  release(owner: string, amount: number | bigint, denom = OSMO) {
    return this.chain.execute(this.chain.addr('test'), this.address, { release: { owner, amount: { denom, amount: String(amount) } } });
  }
  slash(validator: string, slashes: { user: string; slash: number | bigint }[]) {
    return this.chain.execute(this.chain.addr('test'), this.address, { slash: { validator, slashes: slashes.map((s) => ({ user: s.user, slash: String(s.slash) })) } });
  }
}

export function percent(p: number): string {
  return (p / 100).toString();
}

/** A delegator's delegations as the staking gRPC query answers them (tokens, not shares). */
export function delegationsOf(chain: TestChain, delegator: string): { validator: string; amount: bigint }[] {
  const h = chain.m.app.queryRouter.get('/cosmos.staking.v1beta1.Query/DelegatorDelegations');
  if (h === undefined) throw new Error('staking query not served');
  const r = StakingQ.QueryDelegatorDelegationsResponse.decode(h(chain.queryContext(), StakingQ.QueryDelegatorDelegationsRequest.encode({ delegatorAddr: delegator }).finish()));
  return r.delegationResponses.map((d) => ({ validator: d.delegation.validatorAddress, amount: BigInt(d.balance.amount) }));
}
