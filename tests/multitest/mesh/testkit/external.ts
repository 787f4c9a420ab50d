/**
 * external-staking on a provider chain, joined by a real IBC channel to a consumer chain that runs
 * contracts/mesh/test_consumer (it acks provider packets as the converter does, or refuses them,
 * and sends the consumer packets a test hands it). Everything crosses the relayer.
 */
import { Interchain } from '../../../../multitest/interchain.js';
import type { TestChain } from '../../../../multitest/chain.js';
import type { RelaySummary } from '../../../../ibc/relayer/link.js';
import type { GenesisBuilder } from '../../../../multitest/genesis.js';
import { OSMO, Vault, meshWasm, b64, type Range } from './index.js';

export const STAR = 'star';
export const PROVIDER = 'provider-1';
export const CONSUMER = 'consumer-1';
export const VERSION = JSON.stringify({ protocol: 'mesh-security', version: '0.11.0' });

export interface StakeRecord { stake: Range; pending_unbonds: { amount: string; release_at: string }[]; points_alignment: string; withdrawn_funds: string }
export interface ConsumerState { channel: string | null; refuse: boolean; received: string[]; acks: string[]; timeouts: number }

export interface MeshIbc {
  ic: Interchain;
  p: TestChain;
  c: TestChain;
  vault: Vault;
  ext: string;
  consumer: string;
  extCode: bigint;
  connection: string;
  consumerCode?: bigint;
}

export interface ValsetUpdate {
  additions?: string[];
  removals?: string[];
  updated?: string[];
  jailed?: string[];
  unjailed?: string[];
  tombstoned?: string[];
  slashed?: { address: string; infraction_height: number; infraction_time: number; power: number; slash_amount: { denom: string; amount: string }; slash_ratio: string }[];
  height?: number;
  time?: number;
}

/** Vault + external-staking on the provider, test_consumer on the consumer, channel open. */
export async function setupMesh(opts: { unbondingPeriod?: number; fund?: (g: GenesisBuilder) => void; slashPercent?: number; localStaking?: boolean } = {}): Promise<MeshIbc> {
  const ic = await Interchain.create([{ chainId: PROVIDER, genesis: opts.fund }, { chainId: CONSUMER }]);
  const p = ic.chain(PROVIDER);
  const c = ic.chain(CONSUMER);
  const link = await ic.connect(PROVIDER, CONSUMER);
  const owner = p.addr('owner');
  // the local staker is the test lien holder with upstream's native-staking ratios (10 %)
  const localStaking = opts.localStaking
    ? { admin: null, code_id: Number(p.storeCode(owner, await meshWasm('test_cross_staker'))), msg: b64({ slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }), label: null }
    : null;
  const vault = new Vault(p, p.instantiate(p.storeCode(owner, await meshWasm('vault')), owner, { denom: OSMO, local_staking: localStaking }, { label: 'Vault' }).address);
  const consumerCode = c.storeCode(c.addr('owner'), await meshWasm('test_consumer'));
  const extCode = p.storeCode(owner, await meshWasm('external_staking'));
  const m = await addExternal({ ic, p, c, vault, ext: '', consumer: '', extCode, connection: link.A.connectionId }, consumerCode, opts.slashPercent ?? 10, opts.unbondingPeriod ?? 100);
  return m;
}

/** Another external-staking on the same vault, with its own consumer contract and channel. */
export async function addExternal(base: MeshIbc, consumerCode: bigint, slashPercent: number, unbondingPeriod: number): Promise<MeshIbc & { consumerCode: bigint }> {
  const { ic, p, c, vault, extCode } = base;
  const owner = p.addr('owner');
  const consumer = c.instantiate(consumerCode, c.addr('owner'), {}, { label: 'consumer' }).address;
  const ratio = String(slashPercent / 100);
  const ext = p.instantiate(
    extCode,
    owner,
    {
      denom: OSMO,
      rewards_denom: STAR,
      vault: vault.address,
      unbonding_period: unbondingPeriod,
      remote_contact: { connection_id: base.connection, port_id: `wasm.${consumer}` },
      slash_ratio: { double_sign: ratio, offline: ratio },
    },
    { label: 'external-staking' },
  ).address;
  await ic.createChannel(CONSUMER, PROVIDER, { portA: `wasm.${consumer}`, portB: `wasm.${ext}`, version: VERSION });
  return { ...base, ext, consumer, consumerCode };
}

export class Mesh {
  constructor(readonly m: MeshIbc) {}
  get p() {
    return this.m.p;
  }
  /** The consumer sends one packet (any JSON) and everything is relayed. */
  async consumerSends(packet: unknown): Promise<RelaySummary> {
    this.m.c.execute(this.m.c.addr('owner'), this.m.consumer, { send: { packet: b64(packet), timeout_seconds: 3600 } });
    return this.m.ic.relayAll();
  }
  async valset(u: ValsetUpdate): Promise<RelaySummary> {
    return this.consumerSends({
      valset_update: {
        height: u.height ?? this.m.c.height,
        time: u.time ?? Number(this.m.c.time / 1_000_000_000n),
        additions: (u.additions ?? []).map((v) => ({ valoper: v, pub_key: 'mock-pubkey' })),
        removals: u.removals ?? [],
        updated: (u.updated ?? []).map((v) => ({ valoper: v, pub_key: 'new-pubkey' })),
        jailed: u.jailed ?? [],
        unjailed: u.unjailed ?? [],
        tombstoned: u.tombstoned ?? [],
        slashed: u.slashed ?? [],
      },
    });
  }
  async activate(validators: string[]): Promise<string[]> {
    await this.valset({ additions: validators });
    return validators;
  }
  async distribute(validator: string, amount: number, denom = STAR): Promise<RelaySummary> {
    return this.consumerSends({ distribute: { validator, rewards: { denom, amount: String(amount) } } });
  }
  /** stake_remote, relayed: the consumer's ack commits it in external-staking and the vault. */
  async stake(user: string, validator: string, amount: number): Promise<void> {
    this.m.vault.stakeRemote(user, this.m.ext, amount, validator);
    const s = await this.m.ic.relayAll();
    if (s.errors.length > 0) throw new Error(s.errors.join('\n'));
  }
  async unstake(user: string, validator: string, amount: number): Promise<void> {
    this.execute(user, { unstake: { validator, amount: { denom: OSMO, amount: String(amount) } } });
    const s = await this.m.ic.relayAll();
    if (s.errors.length > 0) throw new Error(s.errors.join('\n'));
  }
  async withdrawRewards(user: string, validator: string, recipient: string): Promise<void> {
    this.execute(user, { withdraw_rewards: { validator, remote_recipient: recipient } });
    const s = await this.m.ic.relayAll();
    if (s.errors.length > 0) throw new Error(s.errors.join('\n'));
  }
  withdrawUnbonded(user: string) {
    return this.execute(user, { withdraw_unbonded: {} });
  }
  execute(user: string, msg: object) {
    return this.m.p.execute(user, this.m.ext, msg);
  }
  query<T>(msg: object): T {
    return this.m.p.query<T>(this.m.ext, msg);
  }
  stakeOf(user: string, validator: string): StakeRecord {
    return this.query<StakeRecord>({ stake: { user, validator } });
  }
  rewards(user: string, validator: string): number {
    return Number(this.query<{ rewards: { amount: string } }>({ pending_rewards: { user, validator } }).rewards.amount);
  }
  /** The vault's claim of external-staking on `user` (0 once the lien is gone). */
  claim(user: string): number {
    if (this.m.p.query<{ claims: { lienholder: string }[] }>(this.m.vault.address, { account_claims: { account: user, start_after: null, limit: null } }).claims.every((c) => c.lienholder !== this.m.ext)) return 0;
    const c = this.m.p.query<{ amount: Range }>(this.m.vault.address, { claim: { account: user, lienholder: this.m.ext } });
    if (c.amount.l !== c.amount.h) throw new Error(`claim is a range ${c.amount.l}..${c.amount.h}`);
    return Number(c.amount.l);
  }
  consumerState(): ConsumerState {
    return this.m.c.query<ConsumerState>(this.m.consumer, { state: {} });
  }
  refuse(on: boolean) {
    this.m.c.execute(this.m.c.addr('owner'), this.m.consumer, { refuse: { refuse: on } });
  }
  pendingTxs(): unknown[] {
    return this.query<{ txs: unknown[] }>({ all_pending_txs_desc: {} }).txs;
  }
  /** Moves the provider's clock to `releaseAt` (ns, a pending unbond's time) plus `extraSeconds`. */
  advanceTo(releaseAtNs: bigint, extraSeconds = 0): void {
    const now = this.m.p.time;
    const target = releaseAtNs + BigInt(extraSeconds) * 1_000_000_000n;
    if (target > now) this.m.p.advanceTime(Number((target - now + 999_999_999n) / 1_000_000_000n));
  }
}
