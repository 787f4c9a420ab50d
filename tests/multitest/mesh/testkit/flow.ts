/**
 * The whole of Mesh Security on two chains for the end-to-end flows (spec §12, upstream's
 * `TestMVP`): the provider runs the vault (native collateral with native-staking as its local
 * staker, or a cw20 collateral) and external-staking; the consumer runs the simple price feed, the
 * converter and its virtual-staking, capped by governance in x/meshsecurity; the control channel
 * is opened and every packet crosses the real relayer. Nothing is faked: epochs, rewards, slashes
 * and unbonding are the chains' own.
 */
import { readFileSync } from 'node:fs';
import { Interchain } from '../../../../multitest/interchain.js';
import type { TestChain } from '../../../../multitest/chain.js';
import type { GenesisValidator } from '../../../../multitest/genesis.js';
import type { RelaySummary } from '../../../../ibc/relayer/link.js';
import { MsgSetVirtualStakingMaxCap, MsgUpdateHooksParams } from '../../../../proto/index.js';
import { Vault, b64, meshWasm } from './index.js';
import { Mesh, PROVIDER, CONSUMER, VERSION } from './external.js';

export { PROVIDER, CONSUMER };
/** Both chains' staking denom; the provider's native collateral and the consumer's rewards. */
export const STAKE = 'stake';
export const PRICE = '0.5';
export const DISCOUNT = '0.1';
/** external-staking's unbonding period (seconds). */
export const UNBONDING_PERIOD = 100;
/**
 * x/meshsecurity epoch on the consumer (blocks). Long enough that no relay (a few consumer blocks
 * each) crosses an epoch, so each reward batch is counted exactly (at 10 one does, and flow 1's
 * reward checks see a second batch).
 */
export const EPOCH = 20;
export const USER_FUNDS = 10_000_000_000n;

export interface Flow {
  ic: Interchain;
  p: TestChain;
  c: TestChain;
  x: Mesh;
  vault: Vault;
  ext: string;
  converter: string;
  virt: string;
  feed: string;
  user: string;
  /** The provider validator the user stakes to locally (its own key, so it can go offline). */
  pval: GenesisValidator;
  /** The consumer validator the user stakes to remotely. */
  cval: GenesisValidator;
  /** The vault's collateral denom: `stake` or the cw20 token's address. */
  denom: string;
  token: string | null;
  /** native-staking (native collateral only). */
  localStaking: string | null;
  deposit(amount: bigint): void;
  /** The user's collateral outside the vault. */
  wallet(): bigint;
  vaultHolds(): bigint;
  /** Ends consumer blocks through the next one that runs virtual-staking's `handle_epoch`. */
  consumerEpoch(): void;
  relay(): Promise<RelaySummary>;
  /** virtual-staking's delegation to `cval` on the consumer, in tokens. */
  virtualDelegation(): bigint;
}

const cw20Wasm = () => new Uint8Array(readFileSync('build/cw20.wasm'));

export interface FlowOptions {
  collateral?: 'native' | 'cw20';
  /** The price feed's staleness limit in seconds (none by default). */
  priceTtl?: number;
  /** Validators on each chain, `pval`/`cval` included (default 1 each). */
  validators?: number;
  /** More provider accounts funded like user1 (labels; their addresses are `p.addr(label)`). */
  users?: string[];
}

export async function setupFlow(opts: FlowOptions = {}): Promise<Flow> {
  const kind = opts.collateral ?? 'native';
  let pval!: GenesisValidator;
  let cval!: GenesisValidator;
  const ic = await Interchain.create([
    {
      chainId: PROVIDER,
      genesis: (g) => {
        pval = g.validator('pval', 1_000_000_000n);
        for (let i = 1; i < (opts.validators ?? 1); i++) g.validator(`pval${i}`, 1_000_000_000n);
        g.fund(g.addr('user1'), USER_FUNDS, STAKE);
        for (const u of opts.users ?? []) g.fund(g.addr(u), USER_FUNDS, STAKE);
        g.set('staking', { params: { bond_denom: STAKE } });
        g.set('slashing', { params: { signed_blocks_window: '10', min_signed_per_window: '0.5', downtime_jail_duration: '60s' } });
      },
    },
    {
      chainId: CONSUMER,
      genesis: (g) => {
        cval = g.validator('cval', 1_000_000_000n);
        for (let i = 1; i < (opts.validators ?? 1); i++) g.validator(`cval${i}`, 1_000_000_000n);
        g.set('staking', { params: { bond_denom: STAKE } });
        g.set('meshsecurity', { params: { epoch_length: EPOCH, max_gas_end_blocker: 20_000_000 } });
      },
    },
  ]);
  const p = ic.chain(PROVIDER);
  const c = ic.chain(CONSUMER);
  const link = await ic.connect(PROVIDER, CONSUMER);
  const owner = p.addr('owner');
  const user = p.addr('user1');

  // provider: the vault and its collateral
  let token: string | null = null;
  let init: object;
  if (kind === 'cw20') {
    token = p.instantiate(p.storeCode(owner, cw20Wasm()), owner, { name: 'Mesh Token', symbol: 'MESH', decimals: 6, initial_balances: [{ address: user, amount: String(USER_FUNDS) }], mint: null }).address;
    init = { collateral: { cw20: token }, local_staking: null };
  } else {
    const proxyCode = p.storeCode(owner, await meshWasm('native_staking_proxy'));
    const nativeCode = p.storeCode(owner, await meshWasm('native_staking'));
    init = { denom: STAKE, local_staking: { admin: null, code_id: Number(nativeCode), msg: b64({ denom: STAKE, proxy_code_id: Number(proxyCode), slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }), label: null } };
  }
  const vault = new Vault(p, p.instantiate(p.storeCode(owner, await meshWasm('vault')), owner, init, { label: 'Vault' }).address);
  const localStaking = vault.config().local_staking;
  const denom = token ?? STAKE;
  if (localStaking !== null) {
    // the chain tells native-staking of a local slash before it happens (spec §11.2)
    p.executeAs(p.m.authority, [{ typeUrl: MsgUpdateHooksParams.typeUrl, value: { authority: p.m.authority, params: { valsetUpdate: [], handleEpoch: [], epoch: [], processDue: [], jailing: [{ contract: localStaking, gasLimit: 50_000_000n }] } } }]);
  }

  // consumer: price feed, converter (instantiating virtual-staking), the cap by governance
  const admin = c.addr('admin');
  const feed = c.instantiate(c.storeCode(admin, await meshWasm('simple_price_feed')), admin, { native_per_foreign: PRICE, owner: null, price_ttl: opts.priceTtl ?? null }).address;
  const virtCode = c.storeCode(admin, await meshWasm('virtual_staking'));
  const converter = c.instantiate(c.storeCode(admin, await meshWasm('converter')), admin, { price_feed: feed, discount: DISCOUNT, remote_denom: denom, virtual_staking_code_id: Number(virtCode), admin }, { label: 'Converter' }).address;
  const virt = c.query<{ virtual_staking: string }>(converter, { config: {} }).virtual_staking;
  c.executeAs(c.m.authority, [{ typeUrl: MsgSetVirtualStakingMaxCap.typeUrl, value: MsgSetVirtualStakingMaxCap.fromPartial({ authority: c.m.authority, contract: virt, maxCap: { denom: STAKE, amount: '5000000000' } }) }]);

  // provider: external-staking towards the converter, then the channel (the consumer opens it)
  const extCode = p.storeCode(owner, await meshWasm('external_staking'));
  const ext = p.instantiate(
    extCode,
    owner,
    {
      denom,
      rewards_denom: STAKE, // the consumer's staking denom: the converter's DistributeBatch names it
      vault: vault.address,
      unbonding_period: UNBONDING_PERIOD,
      remote_contact: { connection_id: link.A.connectionId, port_id: `wasm.${converter}` },
      slash_ratio: { double_sign: '0.1', offline: '0.1' },
    },
    { label: 'external-staking' },
  ).address;
  await ic.createChannel(CONSUMER, PROVIDER, { portA: `wasm.${converter}`, portB: `wasm.${ext}`, version: VERSION });
  const relay = async () => {
    const s = await ic.relayAll();
    if (s.errors.length > 0) throw new Error(s.errors.join('\n'));
    return s;
  };
  await relay(); // the converter's OpenAck sent the validator set
  const x = new Mesh({ ic, p, c, vault, ext, consumer: converter, extCode, connection: link.A.connectionId });
  const cw20Balance = (a: string) => BigInt(p.query<{ balance: string }>(token!, { balance: { address: a } }).balance);
  return {
    ic,
    p,
    c,
    x,
    vault,
    ext,
    converter,
    virt,
    feed,
    user,
    pval,
    cval,
    denom,
    token,
    localStaking,
    deposit(amount) {
      if (token === null) vault.bond(user, amount, STAKE);
      else p.execute(user, token, { send: { contract: vault.address, amount: String(amount), msg: b64({ bond: {} }) } });
    },
    wallet: () => (token === null ? p.balance(user, STAKE) : cw20Balance(user)),
    vaultHolds: () => (token === null ? p.balance(vault.address, STAKE) : cw20Balance(vault.address)),
    consumerEpoch() {
      const due = c.m.keepers.meshsecurity.tasks(c.queryContext(), 'handle_epoch').find((t) => t.contract === virt);
      if (due === undefined) throw new Error('virtual-staking has no epoch task');
      while (c.height <= due.height) c.nextBlock();
      const failed = (c.lastBlock?.events ?? []).filter((e) => e.type === 'scheduler_task_executed' && e.attributes.some((a) => a.key === 'status' && a.value === 'failed'));
      if (failed.length > 0) throw new Error(`epoch task failed: ${JSON.stringify(failed.map((e) => e.attributes))}`);
    },
    relay,
    virtualDelegation() {
      const d = c.m.keepers.staking.getDelegation(c.queryContext(), virt, cval.valoper);
      if (d === undefined) return 0n;
      const v = c.m.keepers.staking.getValidator(c.queryContext(), cval.valoper)!;
      return c.m.keepers.staking.tokensFromShares(v, d.shares).truncateInt();
    },
  };
}

/** The consumer's bank supply as queries report it (stored supply + offset) and as stored. */
export function consumerSupply(f: Flow): { reported: bigint; stored: bigint } {
  const ctx = f.c.queryContext();
  return { reported: f.c.m.keepers.bank.getSupplyWithOffset(ctx, STAKE).amount, stored: f.c.m.keepers.bank.getSupply(ctx, STAKE).amount };
}

/** normalize(x) = floor(floor(x × price) × (1 − discount)) at PRICE 0.5 and DISCOUNT 0.1. */
export function normalize(x: bigint): bigint {
  return ((x * 5n) / 10n) * 9n / 10n;
}
