/**
 * The standard Meshwork chain: every module wired to its keepers, in the Cosmos SDK's block order.
 * This is the only place that knows all modules; the node, the CLI and the multi-test harness all
 * build their chain through `createMeshworkApp`.
 */
import { MultiStore } from '../../chain/store/multistore.js';
import { BaseApp } from '../../chain/kernel/baseapp.js';
import { AddressCodec, prefixesFor, type Bech32Prefixes } from '../../chain/types/address.js';
import { AuthKeeper } from '../../chain/modules/auth/keeper.js';
import { AuthModule } from '../../chain/modules/auth/module.js';
import { BankKeeper } from '../../chain/modules/bank/keeper.js';
import { BankModule } from '../../chain/modules/bank/module.js';
import { AnteHandler, FEE_COLLECTOR } from '../../chain/modules/auth/ante.js';
import type { Module } from '../../chain/kernel/module.js';
import { StakingKeeper } from '../../chain/modules/staking/keeper.js';
import { StakingModule } from '../../chain/modules/staking/module.js';
import { SlashingKeeper } from '../../chain/modules/slashing/keeper.js';
import { SlashingModule } from '../../chain/modules/slashing/module.js';
import { EvidenceKeeper } from '../../chain/modules/evidence/keeper.js';
import { EvidenceModule } from '../../chain/modules/evidence/module.js';
import { DISTRIBUTION_MODULE, DistributionKeeper } from '../../chain/modules/distribution/keeper.js';
import { DistributionModule } from '../../chain/modules/distribution/module.js';
import { MINT_MODULE, MintKeeper } from '../../chain/modules/mint/keeper.js';
import { MintModule } from '../../chain/modules/mint/module.js';
import { GovKeeper } from '../../chain/modules/gov/keeper.js';
import { GovModule } from '../../chain/modules/gov/module.js';
import { HooksKeeper } from '../../chain/modules/hooks/keeper.js';
import { HooksModule } from '../../chain/modules/hooks/module.js';
import { WasmKeeper } from '../../chain/modules/wasm/keeper.js';
import { WasmModule } from '../../chain/modules/wasm/module.js';
import type { WasmConfig } from '../../chain/modules/wasm/types.js';
import type { MessagePlugin } from '../../chain/modules/wasm/message-plugins.js';
import type { QueryPlugin } from '../../chain/modules/wasm/query-plugins.js';
import { MsgRouter, QueryRouter } from '../../chain/kernel/router.js';
import { MESHWORK_QUERY_NAMESPACE, meshworkQueryPlugin } from './custom-queries.js';
import { AuthorizedSlashers, MESHWORK_MSG_NAMESPACE, meshworkMessagePlugin, registerAuthorizedSlashersMsg } from './slash-and-jail.js';
import { UpgradeKeeper, type UpgradeHandler, type UpgradeInfoSink } from '../../chain/modules/upgrade/keeper.js';
import { UpgradeModule } from '../../chain/modules/upgrade/module.js';
import { versionMapOf, type VersionedModule } from '../../chain/modules/upgrade/migrations.js';
import { MESHWORK_V1, type AppVersion } from './versions.js';
import { IBC_STORES, declareIbcAccounts, wireIbc, type IbcWiring } from './ibc.js';

export const GOV_MODULE = 'gov';

export interface MeshworkAppOptions {
  chainId: string;
  /** Defaults to a fresh in-memory multistore with the app's store names. */
  store?: MultiStore;
  /** Bech32 account prefix (valoper/valcons derive from it). Default "mesh". */
  prefix?: string;
  bondDenom?: string;
  wasm?: Partial<WasmConfig>;
  /** Node-local mempool policy (CheckTx only). */
  minGasPrice?: { num: bigint; den: bigint };
  /** Consensus `block.max_gas`; undefined (or -1 in genesis) is unlimited. */
  blockMaxGas?: bigint;
  /** Plugins for contracts' `{"custom": {"<name>": …}}` messages, by name. */
  customMessages?: Record<string, MessagePlugin>;
  /** Plugins for contracts' `{"custom": {"<name>": …}}` queries, by name (`meshwork` is the app's own). */
  customQueries?: Record<string, QueryPlugin>;
  /** Gas a simulation may use (wasmd `simulation_gas_limit`); default the block max gas. */
  simulationGasLimit?: number;
  /** Which app version to build (default the standard `MESHWORK_V1`). */
  version?: AppVersion;
  /** Operator's `--unsafe-skip-upgrades` heights. */
  skipUpgradeHeights?: readonly number[];
  /** Where a halt for a missing upgrade handler writes `upgrade-info.json` (a node: `<home>/data`). */
  upgradeInfoSink?: UpgradeInfoSink;
}

export interface MeshworkKeepers {
  auth: AuthKeeper;
  bank: BankKeeper;
  staking: StakingKeeper;
  slashing: SlashingKeeper;
  evidence: EvidenceKeeper;
  distribution: DistributionKeeper;
  mint: MintKeeper;
  gov: GovKeeper;
  wasm: WasmKeeper;
  hooks: HooksKeeper;
  ibc: IbcWiring;
  upgrade: UpgradeKeeper;
}

export interface MeshworkApp {
  app: BaseApp;
  keepers: MeshworkKeepers;
  codec: AddressCodec;
  prefixes: Bech32Prefixes;
  bondDenom: string;
  /** The gov module account: the authority of every gov-only message. */
  authority: string;
  version: AppVersion;
}

/** Names of every store the standard app commits to (the app hash covers all of them). */
export const MESHWORK_STORES = ['acc', 'bank', 'staking', 'slashing', 'evidence', 'distribution', 'mint', 'gov', 'wasm', 'hooks', 'upgrade', ...IBC_STORES];

export function createMeshworkApp(opts: MeshworkAppOptions): MeshworkApp {
  const prefixes = prefixesFor(opts.prefix ?? 'mesh');
  const codec = new AddressCodec(prefixes);
  const bondDenom = opts.bondDenom ?? 'stake';
  const store = opts.store ?? new MultiStore(MESHWORK_STORES);

  const auth = new AuthKeeper(codec);
  auth.declareModuleAccount(FEE_COLLECTOR);
  auth.declareModuleAccount(DISTRIBUTION_MODULE);
  auth.declareModuleAccount(MINT_MODULE, ['minter']);
  auth.declareModuleAccount(GOV_MODULE, ['burner']);
  declareIbcAccounts(auth);
  const authority = auth.moduleAddress(GOV_MODULE);

  const bank = new BankKeeper(auth);
  const staking = new StakingKeeper({ auth, bank, codec, authority });
  const slashing = new SlashingKeeper({ staking, codec, authority });
  // A bare Equivocation proves nothing, so only gov may submit one (duplicate-vote proofs: anyone).
  const evidence = new EvidenceKeeper({ staking, slashing, authority });
  const distribution = new DistributionKeeper({ auth, bank, staking, codec, authority, feeCollector: FEE_COLLECTOR });
  const mint = new MintKeeper({ bank, staking, authority, feeCollector: FEE_COLLECTOR });
  staking.setHooks([distribution, slashing.hooks()]);

  const authModule = new AuthModule(auth, authority);
  const bankModule = new BankModule(bank, authority);
  const stakingModule = new StakingModule(staking);
  const slashingModule = new SlashingModule(slashing);
  const evidenceModule = new EvidenceModule(evidence);
  const distributionModule = new DistributionModule(distribution);
  const mintModule = new MintModule(mint);
  const ante = new AnteHandler(auth, bank, { feeDenom: bondDenom, minGasPrice: opts.minGasPrice });
  // Gov and wasm dispatch messages and queries to other modules, so the routers exist first.
  const msgRouter = new MsgRouter();
  const queryRouter = new QueryRouter();
  const gov = new GovKeeper({
    auth,
    bank,
    staking,
    router: msgRouter,
    codec,
    authority,
    communityPool: { moduleAddress: auth.moduleAddress(DISTRIBUTION_MODULE), fundCommunityPool: (ctx, coins, sender) => distribution.fundCommunityPool(ctx, sender, coins) },
  });
  const wasm = new WasmKeeper({ auth, bank, codec, authority, msgRouter, queryRouter, config: opts.wasm });
  // Custom contract messages and queries, by name (`{"custom": {"<name>": …}}`): the app's own
  // `meshwork` queries, then whatever the options bring (e.g. Mesh Security's `virtual_stake`).
  wasm.registerCustomQuery(MESHWORK_QUERY_NAMESPACE, meshworkQueryPlugin({ staking, slashing, codec }));
  for (const [name, plugin] of Object.entries(opts.customQueries ?? {})) wasm.registerCustomQuery(name, plugin);
  // product oracle's privileged slash + jail (product-oracle-spec §5.2), for gov's `authorized_slashers` only
  const slashers = new AuthorizedSlashers(codec);
  registerAuthorizedSlashersMsg(msgRouter, slashers, authority);
  wasm.registerCustomMessage(MESHWORK_MSG_NAMESPACE, meshworkMessagePlugin({ staking, slashing, slashers }));
  for (const [name, plugin] of Object.entries(opts.customMessages ?? {})) wasm.registerCustomMessage(name, plugin);
  // Contract sudo hooks (pos-spec §7.1): valset_update runs at the end of staking's EndBlock, the
  // others in the hooks module's EndBlock right after it.
  const hooks = new HooksKeeper({ staking, slashing, wasm, codec, authority });
  staking.onValsetChange(hooks.onValsetChange);
  // mesh-security: native-staking hears of a local slash before it is applied (hooks' `jailing`)
  slashing.onBeforeSlash(hooks.beforeSlash);
  const ibc = wireIbc({ auth, bank, wasm, codec, authority });
  // Users may not send to module accounts, except gov (as in the SDK since v0.47).
  for (const name of auth.moduleAccountNames()) if (name !== GOV_MODULE) bank.blockAddress(auth.moduleAddress(name));
  // Upgrade handlers need the keepers, which need the upgrade keeper in the record: filled in below.
  const version = opts.version ?? MESHWORK_V1;
  const handlers = new Map<string, UpgradeHandler>();
  const upgrade = new UpgradeKeeper({ authority, handlers, skipHeights: opts.skipUpgradeHeights, infoSink: opts.upgradeInfoSink });
  const keepers: MeshworkKeepers = { auth, bank, staking, slashing, evidence, distribution, mint, gov, wasm, hooks, ibc, upgrade };
  const modules: Module[] = [authModule, bankModule, stakingModule, slashingModule, evidenceModule, distributionModule, mintModule, new GovModule(gov), new WasmModule(wasm), new HooksModule(hooks), ...ibc.modules];
  const overrides = version.moduleVersions?.(keepers) ?? {};
  const versioned: VersionedModule[] = [...modules.map((m) => m.name), 'upgrade'].map((name): VersionedModule => ({ name, consensusVersion: overrides[name]?.consensusVersion ?? 1, migrations: overrides[name]?.migrations }));
  for (const [name, h] of Object.entries(version.upgradeHandlers ?? {})) handlers.set(name, (ctx, plan, from) => h({ keepers, modules: versioned }, ctx, plan, from));
  modules.push(new UpgradeModule(upgrade, () => versionMapOf(versioned)));
  const app = new BaseApp({
    chainId: opts.chainId,
    store,
    modules,
    ante,
    msgRouter,
    queryRouter,
    blockMaxGas: opts.blockMaxGas,
    simulationGasLimit: opts.simulationGasLimit,
    preBlockers: ['upgrade'],
    // Cosmos SDK v0.50 order (pos-spec §2): mint → distribution → slashing → evidence; gov before staking at EndBlock.
    beginBlockers: ['mint', 'distribution', 'slashing', 'evidence', 'staking'],
    endBlockers: ['gov', 'staking', 'hooks'],
    // Staking's genesis validators self-delegate from bank balances and trigger distribution and
    // slashing hooks, so those are initialised first (like genutil's gentxs after them).
    initGenesisOrder: ['auth', 'bank', 'distribution', 'slashing', 'gov', 'mint', 'evidence', 'staking', 'wasm', 'hooks', 'ibc', 'transfer', 'upgrade'],
  });
  return { app, keepers, codec, prefixes, bondDenom, authority, version };
}
