/**
 * The app and block driver of a node home, built one way for the node and for replay, so a replay
 * runs exactly the chain the node ran (same modules, block max gas, block interval, validator key,
 * consensus params).
 */
import { BlockDriver } from '../../chain/consensus/driver.js';
import type { BlockStore } from '../../chain/blockstore/types.js';
import type { MultiStore } from '../../chain/store/multistore.js';
import { createMeshworkApp, type MeshworkApp } from '../chain/meshwork-app.js';
import type { AppVersion } from '../chain/versions.js';
import type { UpgradeInfoSink } from '../../chain/modules/upgrade/keeper.js';
import type { LoadedHome } from './home.js';

const MS_NS = 1_000_000n;

export interface HomeChainOptions {
  /** Default: a fresh in-memory multistore. */
  store?: MultiStore;
  /** Default: a fresh in-memory block store. */
  blockStore?: BlockStore;
  /** The node's mempool minimum (CheckTx only; never part of consensus). */
  minGasPrice?: { num: bigint; den: bigint };
  /** The app version (binary) to run; default the standard one. */
  version?: AppVersion;
  /** `--unsafe-skip-upgrades` heights. */
  skipUpgradeHeights?: readonly number[];
  /** Where a halt for an upgrade writes `upgrade-info.json` (the node: `<home>/data`; replay: nowhere). */
  upgradeInfoSink?: UpgradeInfoSink;
}

export function buildHomeChain(home: LoadedHome, opts: HomeChainOptions = {}): { m: MeshworkApp; driver: BlockDriver } {
  const { genesis, consensus } = home.genesis;
  const m = createMeshworkApp({
    chainId: genesis.chainId,
    store: opts.store,
    prefix: home.config.address_prefix,
    minGasPrice: opts.minGasPrice,
    blockMaxGas: consensus.blockMaxGas > 0n ? consensus.blockMaxGas : undefined,
    simulationGasLimit: home.config.app.simulation_gas_limit,
    version: opts.version,
    skipUpgradeHeights: opts.skipUpgradeHeights,
    upgradeInfoSink: opts.upgradeInfoSink,
  });
  const driver = new BlockDriver({
    app: m.app,
    chainId: genesis.chainId,
    genesisTime: genesis.genesisTime,
    initialHeight: genesis.initialHeight,
    blockInterval: BigInt(home.config.consensus.block_time_ms) * MS_NS,
    validators: [home.signer],
    blockStore: opts.blockStore,
    consensusParams: { blockMaxBytes: consensus.blockMaxBytes, blockMaxGas: consensus.blockMaxGas },
  });
  return { m, driver };
}
