/**
 * Mesh Security on the devnet (mesh-security-spec §§2–13): chain A is the provider, chain B the
 * consumer. On a devnet's first start, while the relayer creates the IBC path, the `validator`
 * key of each chain (not a dev account the dashboard signs with, so their sequences never race)
 * uploads and instantiates:
 *
 * - on A: the vault with native collateral (the chain's staking denom) and native-staking as its
 *   local staker (which instantiates a native-staking-proxy per user), and external-staking towards
 *   B's converter;
 * - on B: the simple price feed (owner: B's validator), and the converter, which instantiates its
 *   virtual-staking contract.
 *
 * virtual-staking's max cap (x/meshsecurity) is written into B's genesis when the devnet is
 * created (`applyMeshGenesis`): the module accepts a cap for an address that does not exist yet, and
 * wasm addresses are deterministic (code id + instance number), so on a fresh chain B, where this
 * deployment is the first thing anyone stores and instantiates, the address virtual-staking will get
 * is known in advance. The deployment checks it; if B was used before (or made with --no-mesh), the
 * cap is set instead by a gov proposal the validator submits and votes for (expedited).
 *
 * native-staking is registered for chain A's `jailing` hook (chain/modules/hooks) the same way, so
 * a provider validator's slash reaches the vault (`local_slash`) and the remote stake: in A's
 * genesis at the address it gets when this deployment is the first on a fresh A (code 2, instance
 * 2: the vault's instantiation instantiates it), or, when it landed elsewhere, by a passed gov
 * proposal (`MsgUpdateParams` of the hooks module, keeping every other registration). Either way
 * the deployment reads the registration back before recording it.
 *
 * The control channel (converter ⇄ external-staking, `mesh-security` 0.11.0, unordered, started on
 * the consumer as upstream does) is opened by the devnet's own relayer: this file asks for it in
 * `<dir>/relayer-channels.json` (`meshwork relay --channels`) and waits until the relayer records
 * it in the path file. The addresses go to `<dir>/mesh.json` (read by the dashboard, printed on
 * every start); a restart finds that file and deploys nothing.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice } from '@cosmjs/stargate';
import type { MsgStoreCodeEncodeObject } from '@cosmjs/cosmwasm-stargate';
import { MsgStoreCode } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { gzipSync } from 'node:zlib';
import { loadHome, readKeyring } from '../node/home.js';
import { clientGasPrice } from '../node/config.js';
import type { ChannelRequest, PathFile } from './relay.js';
import type { InstantiateMsg as VaultInit } from '../../contracts/mesh/vault/client.js';
import type { InstantiateMsg as NativeStakingInit } from '../../contracts/mesh/native_staking/client.js';
import type { InstantiateMsg as ExternalStakingInit } from '../../contracts/mesh/external_staking/client.js';
import type { InstantiateMsg as PriceFeedInit } from '../../contracts/mesh/simple_price_feed/client.js';
import type { InstantiateMsg as ConverterInit } from '../../contracts/mesh/converter/client.js';
import { MeshVaultQueryClient } from '../../contracts/mesh/vault/client.js';
import { MeshConverterQueryClient } from '../../contracts/mesh/converter/client.js';
import { MsgSubmitProposal, MsgVote } from 'cosmjs-types/cosmos/gov/v1/tx';
import { VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import { QueryClientImpl as GovQuery } from 'cosmjs-types/cosmos/gov/v1/query';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { encodeBech32 } from '../../bytes/bech32.js';
import { buildContractAddressClassic } from '../../chain/modules/wasm/addresses.js';
import { moduleAddress } from '../../chain/types/address.js';
import { deployCw20VaultAndGovUpgrade, type Cw20VaultAndUpgrades } from './devnet-gov-upgrade.js';
import { HooksParams, MsgSetVirtualStakingMaxCap, MsgUpdateHooksParams, QueryHooksParamsRequest, QueryHooksParamsResponse, QueryVirtualStakingMaxCapLimitRequest, QueryVirtualStakingMaxCapLimitResponse } from '../../proto/index.js';
import { QueryClient, createProtobufRpcClient } from '@cosmjs/stargate';
import { Comet38Client } from '@cosmjs/tendermint-rpc';

const BUILD = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'build');

/** The control channel's version, as the converter offers it (mesh_apis' `ProtocolVersion`). */
export const MESH_CHANNEL_VERSION = JSON.stringify({ protocol: 'mesh-security', version: '0.11.0' });

/** What `<dir>/mesh.json` holds: the dashboard's field names (dashboard/README.md). */
export interface MeshDeployment {
  provider_chain: 'a';
  consumer_chain: 'b';
  denom: string;
  vault: string;
  native_staking: string;
  external_staking: string;
  converter: string;
  virtual_staking: string;
  price_feed: string;
  /** The price feed's owner (chain B's validator key), who may update the price. */
  price_feed_owner: string;
  vault_chain: 'a';
  native_staking_chain: 'a';
  external_staking_chain: 'a';
  converter_chain: 'b';
  virtual_staking_chain: 'b';
  price_feed_chain: 'b';
  code_ids: { a: Record<string, number>; b: Record<string, number> };
  control_channel: { a: { port_id: string; channel_id: string }; b: { port_id: string; channel_id: string }; version: string };
  /** Price × (1 − discount) turns provider stake into consumer virtual stake. */
  discount: string;
  native_per_foreign: string;
  /** external-staking's unbonding period (s): the devnet's unbonding time. */
  unbonding_period: number;
  /** virtual-staking's max cap in x/meshsecurity, and how it was set. */
  max_cap: { denom: string; amount: string; set_by: SetBy };
  /** native-staking's registration for chain A's `jailing` hook (provider slashing), and how it was made (absent from a mesh.json written before it was recorded). */
  jailing_hook?: { contract: string; gas_limit: string; set_by: SetBy };
}
/** With the cw20 vault and governance-upgrade (devnet-gov-upgrade.ts; absent from a mesh.json written before them). */
export type MeshDeploymentFile = MeshDeployment & Partial<Cw20VaultAndUpgrades>;

/** How a gov-controlled setting of the deployment came to be. */
export type SetBy = 'genesis' | 'a passed gov proposal';

export interface MeshDeployOptions {
  dir: string;
  homeA: string;
  homeB: string;
  rpcA: string;
  rpcB: string;
  /** The relayer's path file: external-staking needs the connection the relayer creates. */
  pathFile: string;
  /** external-staking's unbonding period, seconds (the devnet's --unbonding-s). */
  unbondingS: number;
  /** How long to wait for the relayer's path, the control channel, a max-cap proposal. */
  timeoutMs: number;
  /** Progress lines. */
  say: (line: string) => void;
  /** Stops waiting (the devnet is being stopped). */
  stopping: () => boolean;
}

/** A one-line deployment failure (what failed and where to look). */
export class MeshDeployError extends Error {
  override readonly name = 'MeshDeployError';
}

/** virtual-staking's max cap on the devnet: upstream's default total of all caps, in the bond denom. */
export const DEVNET_MAX_CAP = 10_000_000_000n;

/**
 * Gas for native-staking's `jailing` sudo: it walks the slashed validator's delegators (one proxy
 * per user), so a generous limit, as the multi-test flow registers it with.
 */
export const DEVNET_JAILING_GAS = 50_000_000n;

/** The codes a fresh chain A gets, in upload order (one tx); the vault is instance 1, its native-staking instance 2. */
const PROVIDER_CODES = ['vault', 'native_staking', 'native_staking_proxy', 'external_staking'] as const;

/** Where native-staking lands when this deployment is the first on a fresh chain A. */
export function predictedNativeStaking(prefix: string): string {
  return classicAddress(prefix, BigInt(PROVIDER_CODES.indexOf('native_staking') + 1), 2n);
}

/** The code ids and instance numbers a fresh chain B gives the consumer contracts (deployment order). */
const CONSUMER_CODES = ['simple_price_feed', 'virtual_staking', 'converter'] as const;
const FIRST_INSTANCES = { price_feed: 1n, converter: 2n, virtual_staking: 3n };

function classicAddress(prefix: string, codeId: bigint, instance: bigint): string {
  const a = encodeBech32(prefix, buildContractAddressClassic(codeId, instance));
  if (a === null) throw new MeshDeployError(`cannot bech32-encode a contract address with prefix ${prefix}`);
  return a;
}

/** Where virtual-staking and the price feed land when this deployment is the first on a fresh chain B. */
export function predictedConsumerAddresses(prefix: string): { virtualStaking: string; priceFeed: string } {
  const code = (n: (typeof CONSUMER_CODES)[number]) => BigInt(CONSUMER_CODES.indexOf(n) + 1);
  return { virtualStaking: classicAddress(prefix, code('virtual_staking'), FIRST_INSTANCES.virtual_staking), priceFeed: classicAddress(prefix, code('simple_price_feed'), FIRST_INSTANCES.price_feed) };
}

type Json = { [k: string]: unknown };

/**
 * A new consumer chain's genesis (`app_state.meshsecurity`, before its first start): the max cap of
 * the address virtual-staking will get, and the price feed's epoch task.
 */
export function applyMeshGenesis(home: string): void {
  const path = join(home, 'genesis.json');
  const genesis = JSON.parse(readFileSync(path, 'utf8')) as Json;
  const { config } = loadHome(home);
  const { virtualStaking, priceFeed } = predictedConsumerAddresses(config.address_prefix);
  const app = (genesis['app_state'] ??= {}) as Json;
  const ms = (app['meshsecurity'] ??= {}) as Json;
  ms['max_caps'] = [{ contract: virtualStaking, max_cap: { denom: 'stake', amount: DEVNET_MAX_CAP.toString() } }];
  ms['price_feeds'] = [priceFeed];
  writeFileSync(path, `${JSON.stringify(genesis, null, 2)}\n`);
}

/**
 * A new provider chain's genesis (`app_state.hooks`, before its first start): the address
 * native-staking will get, registered for the `jailing` hook (kept with whatever else is registered).
 */
export function applyMeshProviderGenesis(home: string): void {
  const path = join(home, 'genesis.json');
  const genesis = JSON.parse(readFileSync(path, 'utf8')) as Json;
  const nativeStaking = predictedNativeStaking(loadHome(home).config.address_prefix);
  const app = (genesis['app_state'] ??= {}) as Json;
  const hooks = (app['hooks'] ??= {}) as Json;
  const params = (hooks['params'] ??= {}) as Json;
  const jailing = Array.isArray(params['jailing']) ? (params['jailing'] as { contract: string }[]) : [];
  params['jailing'] = [...jailing.filter((r) => r.contract !== nativeStaking), { contract: nativeStaking, gas_limit: DEVNET_JAILING_GAS.toString() }];
  writeFileSync(path, `${JSON.stringify(genesis, null, 2)}\n`);
}

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Signer {
  client: SigningCosmWasmClient;
  address: string;
}

async function validatorSigner(home: string, rpc: string): Promise<Signer> {
  const key = readKeyring(home).find((k) => k.name === 'validator');
  if (key === undefined) throw new MeshDeployError(`${home} has no "validator" key`);
  const { config } = loadHome(home);
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(key.mnemonic, { prefix: config.address_prefix });
  // A tx is looked for every 200 ms, not CosmJS's default 3 s (several devnet blocks).
  const client = await SigningCosmWasmClient.connectWithSigner(rpc, wallet, { gasPrice: GasPrice.fromString(clientGasPrice(config.app.min_gas_price)), broadcastPollIntervalMs: 200 });
  return { client, address: key.address };
}

function wasm(name: string): Uint8Array {
  const file = join(BUILD, `mesh_${name}.wasm`);
  if (!existsSync(file)) throw new MeshDeployError(`${file} is missing; run \`npm run build\` first`);
  return readFileSync(file);
}

/** Uploads several codes in one tx (one block instead of one per code); code ids in order. */
async function storeAll(s: Signer, names: string[]): Promise<Record<string, number>> {
  const msgs: MsgStoreCodeEncodeObject[] = names.map((n) => ({
    typeUrl: '/cosmwasm.wasm.v1.MsgStoreCode',
    value: MsgStoreCode.fromPartial({ sender: s.address, wasmByteCode: gzipSync(wasm(n)) }),
  }));
  const r = await s.client.signAndBroadcast(s.address, msgs, 'auto', 'meshwork devnet: Mesh Security codes');
  if (r.code !== 0) throw new MeshDeployError(`uploading ${names.join(', ')} failed: ${r.rawLog}`);
  const ids = r.events.filter((e) => e.type === 'store_code').map((e) => Number(e.attributes.find((a) => a.key === 'code_id')?.value));
  if (ids.length !== names.length || ids.some((id) => !Number.isSafeInteger(id))) throw new MeshDeployError(`uploading ${names.join(', ')}: expected ${names.length} code ids in the events, found ${ids.join(', ')}`);
  return Object.fromEntries(names.map((n, i) => [n, ids[i]!]));
}

function readPath(file: string): PathFile | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PathFile;
  } catch {
    return undefined;
  }
}

/** The relayer's path once it has written it (clients, connection, ICS-20 channel). */
async function waitForPath(o: MeshDeployOptions): Promise<PathFile> {
  const deadline = Date.now() + o.timeoutMs;
  let path: PathFile | undefined;
  while ((path = readPath(o.pathFile)) === undefined) {
    if (o.stopping()) throw new MeshDeployError('the devnet is stopping');
    if (Date.now() > deadline) throw new MeshDeployError(`the relayer did not create the IBC path within ${o.timeoutMs / 1000} s`);
    await sleep(300);
  }
  return path;
}

/** The deployment recorded in `<dir>/mesh.json`, if the devnet has one. */
export function readMeshDeployment(dir: string): MeshDeploymentFile | undefined {
  const file = join(dir, 'mesh.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as MeshDeploymentFile;
}

/** Deploys Mesh Security on a devnet's first start; later starts return what mesh.json recorded. */
export async function ensureMesh(o: MeshDeployOptions): Promise<{ deployment: MeshDeploymentFile; fresh: boolean }> {
  const existing = readMeshDeployment(o.dir);
  if (existing !== undefined) return { deployment: existing, fresh: false };
  const denom = 'stake';
  const [a, b] = await Promise.all([validatorSigner(o.homeA, o.rpcA), validatorSigner(o.homeB, o.rpcB)]);
  try {
    o.say('  Mesh Security: uploading the provider contracts to A and the consumer contracts to B…');
    const [codesA, codesB] = await Promise.all([
      storeAll(a, [...PROVIDER_CODES]),
      storeAll(b, [...CONSUMER_CODES]),
    ]);
    // A: the vault with native-staking as its local staker (upstream's slash ratios: 5 % double sign, 1 % offline).
    const provider = (async () => {
      const local: NativeStakingInit = { denom, proxy_code_id: codesA['native_staking_proxy']!, slash_ratio_dsign: '0.05', slash_ratio_offline: '0.01' };
      const vaultInit: VaultInit = { denom, local_staking: { code_id: codesA['native_staking']!, msg: b64(local), admin: null, label: 'mesh native-staking' } };
      const vault = (await a.client.instantiate(a.address, codesA['vault']!, vaultInit, 'mesh vault', 'auto', { admin: a.address })).contractAddress;
      const cfg = await new MeshVaultQueryClient(a.client, vault).config();
      if (cfg.local_staking === null || cfg.local_staking === undefined) throw new MeshDeployError(`the vault ${vault} has no local staking contract after instantiation`);
      return { vault, nativeStaking: cfg.local_staking };
    })();
    // B: price 1 (both chains stake "stake"), discount 10 %: 100 stake on A become 90 virtual stake on B.
    const nativePerForeign = '1';
    const discount = '0.1';
    const consumer = (async () => {
      const feedInit: PriceFeedInit = { native_per_foreign: nativePerForeign, owner: b.address, price_ttl: null };
      const feed = (await b.client.instantiate(b.address, codesB['simple_price_feed']!, feedInit, 'mesh price feed', 'auto', { admin: b.address })).contractAddress;
      const convInit: ConverterInit = { price_feed: feed, discount, remote_denom: denom, virtual_staking_code_id: codesB['virtual_staking']!, admin: b.address };
      const converter = (await b.client.instantiate(b.address, codesB['converter']!, convInit, 'mesh converter', 'auto', { admin: b.address })).contractAddress;
      const virtualStaking = (await new MeshConverterQueryClient(b.client, converter).config()).virtual_staking;
      return { feed, converter, virtualStaking };
    })();
    const [p, c, path] = await Promise.all([provider, consumer, waitForPath(o)]);
    // A's predicted code ids and instances are taken by now; its own key, so no sequence races.
    const cw20AndUpgrades = deployCw20VaultAndGovUpgrade(o.homeA, o.rpcA, codesA['vault']!);
    const capped = (async (): Promise<SetBy> => {
      if ((await maxCapOf(o.rpcB, c.virtualStaking)) > 0n) return 'genesis';
      o.say(`  Mesh Security: virtual-staking ${c.virtualStaking} has no max cap (chain B was not fresh); proposing one to B's governance…`);
      const msg = Any.fromPartial({ typeUrl: MsgSetVirtualStakingMaxCap.typeUrl, value: MsgSetVirtualStakingMaxCap.encode(MsgSetVirtualStakingMaxCap.fromPartial({ authority: govAuthority(o.homeB), contract: c.virtualStaking, maxCap: { denom, amount: DEVNET_MAX_CAP.toString() } })).finish() });
      const title = 'Mesh Security: virtual-staking max cap';
      await passByGovernance(b, o.rpcB, msg, title, `Let ${c.virtualStaking} (the converter's virtual-staking) delegate up to ${DEVNET_MAX_CAP} ${denom}`, async () => (await maxCapOf(o.rpcB, c.virtualStaking)) > 0n, o);
      return 'a passed gov proposal';
    })();
    const extInstantiated = (async () => {
      const extInit: ExternalStakingInit = {
        denom,
        rewards_denom: denom, // the consumer's staking denom: the converter's reward batches name it
        vault: p.vault,
        unbonding_period: o.unbondingS,
        remote_contact: { connection_id: path.A.connectionId, port_id: `wasm.${c.converter}` },
        slash_ratio: { double_sign: '0.05', offline: '0.01' },
      };
      return (await a.client.instantiate(a.address, codesA['external_staking']!, extInit, 'mesh external-staking', 'auto', { admin: a.address })).contractAddress;
    })();
    const channelOpen = (async () => {
      const ext = await extInstantiated;
      // The control channel, through the devnet's relayer. The request is named after the converter,
      // so a deployment cut short on an earlier start can never be taken for this one.
      const name = `mesh-control:${c.converter}`;
      const request: ChannelRequest = { portA: `wasm.${ext}`, portB: `wasm.${c.converter}`, from: 'B', version: MESH_CHANNEL_VERSION, order: 'unordered' };
      const requestsFile = join(o.dir, 'relayer-channels.json');
      writeFileSync(`${requestsFile}.tmp`, `${JSON.stringify({ [name]: request }, null, 2)}\n`);
      renameSync(`${requestsFile}.tmp`, requestsFile);
      o.say(`  Mesh Security: contracts instantiated; the relayer opens the control channel wasm.${c.converter.slice(0, 14)}… ⇄ wasm.${ext.slice(0, 14)}…`);
      const deadline = Date.now() + o.timeoutMs;
      let channel: (PathFile['transfer'] & { version: string }) | undefined;
      while ((channel = readPath(o.pathFile)?.channels?.[name]) === undefined) {
        if (o.stopping()) throw new MeshDeployError('the devnet is stopping');
        if (Date.now() > deadline) throw new MeshDeployError(`the relayer did not open the control channel within ${o.timeoutMs / 1000} s; see ${join(o.dir, 'relayer.log')}`);
        await sleep(300);
      }
      return { ext, channel };
    })();
    // native-staking on A's jailing hook: provider slashing reaches the vault and the remote stake.
    const hooked = (async (): Promise<SetBy> => {
      const registered = async () => (await hookParamsOf(o.rpcA)).jailing.some((r) => r.contract === p.nativeStaking);
      if (await registered()) return 'genesis';
      await extInstantiated.catch(() => undefined); // A's validator key signs one tx at a time (its sequence)
      o.say(`  Mesh Security: native-staking ${p.nativeStaking} is not on A's jailing hook (not where a fresh A's genesis expected it); proposing it to A's governance…`);
      const params = await hookParamsOf(o.rpcA);
      // The address genesis registered for a fresh A is someone else's contract here: drop it.
      const predicted = predictedNativeStaking(loadHome(o.homeA).config.address_prefix);
      const jailing = [...params.jailing.filter((r) => r.contract !== predicted), { contract: p.nativeStaking, gasLimit: DEVNET_JAILING_GAS }];
      const msg = Any.fromPartial({ typeUrl: MsgUpdateHooksParams.typeUrl, value: MsgUpdateHooksParams.encode(MsgUpdateHooksParams.fromPartial({ authority: govAuthority(o.homeA), params: { ...params, jailing } })).finish() });
      await passByGovernance(a, o.rpcA, msg, 'Mesh Security: native-staking on the jailing hook', `Call ${p.nativeStaking} (the vault's native-staking) with \`jailing\` before a validator is slashed`, registered, o);
      return 'a passed gov proposal';
    })();
    // All at once (a failing cap or hook registration must not wait for the channel, nor go unhandled meanwhile).
    const [capSource, hookSource, { ext, channel }, extras] = await Promise.all([capped, hooked, channelOpen, cw20AndUpgrades]);
    const hook = (await hookParamsOf(o.rpcA)).jailing.find((r) => r.contract === p.nativeStaking);
    if (hook === undefined) throw new MeshDeployError(`native-staking ${p.nativeStaking} is not registered for chain A's jailing hook after the deployment`);
    const deployment: MeshDeploymentFile = {
      provider_chain: 'a',
      consumer_chain: 'b',
      denom,
      vault: p.vault,
      native_staking: p.nativeStaking,
      external_staking: ext,
      converter: c.converter,
      virtual_staking: c.virtualStaking,
      price_feed: c.feed,
      price_feed_owner: b.address,
      vault_chain: 'a',
      native_staking_chain: 'a',
      external_staking_chain: 'a',
      converter_chain: 'b',
      virtual_staking_chain: 'b',
      price_feed_chain: 'b',
      code_ids: { a: codesA, b: codesB },
      control_channel: { a: { port_id: channel.A.portId, channel_id: channel.A.channelId }, b: { port_id: channel.B.portId, channel_id: channel.B.channelId }, version: channel.version },
      discount,
      native_per_foreign: nativePerForeign,
      unbonding_period: o.unbondingS,
      max_cap: { denom, amount: String(await maxCapOf(o.rpcB, c.virtualStaking)), set_by: capSource },
      jailing_hook: { contract: hook.contract, gas_limit: hook.gasLimit.toString(), set_by: hookSource },
      ...extras,
    };
    const file = join(o.dir, 'mesh.json');
    writeFileSync(`${file}.tmp`, `${JSON.stringify(deployment, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
    return { deployment, fresh: true };
  } finally {
    a.client.disconnect();
    b.client.disconnect();
  }
}

/** x/meshsecurity's max cap of `contract` on the chain at `rpc` (0 when it has none). */
async function maxCapOf(rpc: string, contract: string): Promise<bigint> {
  const comet = await Comet38Client.connect(rpc);
  try {
    const q = createProtobufRpcClient(new QueryClient(comet));
    const req = QueryVirtualStakingMaxCapLimitRequest.encode(QueryVirtualStakingMaxCapLimitRequest.fromPartial({ address: contract })).finish();
    const r = QueryVirtualStakingMaxCapLimitResponse.decode(await q.request('meshwork.meshsecurity.v1.Query', 'VirtualStakingMaxCapLimit', req));
    return BigInt(r.cap?.amount || '0');
  } finally {
    comet.disconnect();
  }
}

/** The hooks module's registrations on the chain at `rpc` (`/meshwork.hooks.v1.Query/Params`). */
async function hookParamsOf(rpc: string): Promise<HooksParams> {
  const comet = await Comet38Client.connect(rpc);
  try {
    const q = createProtobufRpcClient(new QueryClient(comet));
    const r = QueryHooksParamsResponse.decode(await q.request('meshwork.hooks.v1.Query', 'Params', QueryHooksParamsRequest.encode({}).finish()));
    return r.params ?? HooksParams.fromPartial({});
  } finally {
    comet.disconnect();
  }
}

/**
 * One gov message through a devnet chain's governance: an expedited proposal with the minimum
 * expedited deposit, the validator (all of a devnet's voting power) votes yes, and the message is
 * in force once the expedited voting period (half the devnet's --voting-period-s) has passed,
 * which `inForce` tells.
 */
async function passByGovernance(s: Signer, rpc: string, msg: Any, title: string, summary: string, inForce: () => Promise<boolean>, o: MeshDeployOptions): Promise<void> {
  const comet = await Comet38Client.connect(rpc);
  let deposit: { denom: string; amount: string }[];
  try {
    const { params } = await new GovQuery(createProtobufRpcClient(new QueryClient(comet))).Params({ paramsType: '' });
    deposit = params?.expeditedMinDeposit ?? [];
  } finally {
    comet.disconnect();
  }
  const submit = await s.client.signAndBroadcast(s.address, [{ typeUrl: '/cosmos.gov.v1.MsgSubmitProposal', value: MsgSubmitProposal.fromPartial({ messages: [msg], initialDeposit: deposit, proposer: s.address, metadata: '', title, summary, expedited: true }) }], 'auto');
  if (submit.code !== 0) throw new MeshDeployError(`the proposal "${title}" was refused: ${submit.rawLog}`);
  const id = BigInt(submit.events.find((e) => e.type === 'submit_proposal')?.attributes.find((a) => a.key === 'proposal_id')?.value ?? '0');
  const vote = await s.client.signAndBroadcast(s.address, [{ typeUrl: '/cosmos.gov.v1.MsgVote', value: MsgVote.fromPartial({ proposalId: id, voter: s.address, option: VoteOption.VOTE_OPTION_YES, metadata: '' }) }], 'auto');
  if (vote.code !== 0) throw new MeshDeployError(`the vote on proposal ${id} was refused: ${vote.rawLog}`);
  o.say(`  Mesh Security: proposal ${id} (${title}) submitted and voted for; waiting for its voting period to end…`);
  const deadline = Date.now() + o.timeoutMs;
  while (!(await inForce())) {
    if (o.stopping()) throw new MeshDeployError('the devnet is stopping');
    if (Date.now() > deadline) throw new MeshDeployError(`proposal ${id} (${title}) did not pass within ${o.timeoutMs / 1000} s`);
    await sleep(500);
  }
}

/** The gov module account of a home's chain (the authority of x/meshsecurity's messages). */
function govAuthority(home: string): string {
  const { config } = loadHome(home);
  const a = encodeBech32(config.address_prefix, moduleAddress('gov'));
  if (a === null) throw new MeshDeployError('cannot encode the gov module address');
  return a;
}

/** The staking unbonding time in a home's genesis, seconds (external-staking's unbonding period). */
function genesisUnbondingS(home: string): number {
  const g = JSON.parse(readFileSync(join(home, 'genesis.json'), 'utf8')) as { app_state?: { staking?: { params?: { unbonding_time?: string } } } };
  const t = /^(\d+)s$/.exec(g.app_state?.staking?.params?.unbonding_time ?? '');
  if (t === null) throw new MeshDeployError(`${home}/genesis.json has no staking unbonding_time in seconds`);
  return Number(t[1]);
}

/**
 * `meshwork devnet`'s Mesh step, started as soon as both nodes answer (it overlaps the relayer's
 * path creation, the longest part of a first start): deploys on the first start, or reads what
 * mesh.json holds. Answers the lines to print once the devnet is ready (progress lines mid-way
 * would break the devnet's own progress line); a failure is one line and the devnet runs on.
 */
export async function deployMeshStep(o: Omit<MeshDeployOptions, 'unbondingS' | 'say'> & { chainIds: [string, string] }): Promise<string[]> {
  const t0 = Date.now();
  const lines: string[] = [];
  try {
    const { deployment, fresh } = await ensureMesh({ ...o, unbondingS: genesisUnbondingS(o.homeA), say: (l) => lines.push(l) });
    lines.length = 0;
    lines.push(...meshLines(deployment, o.chainIds[0], o.chainIds[1]));
    if (fresh) lines.push(`    (deployed in ${((Date.now() - t0) / 1000).toFixed(1)} s, from the nodes' start; max cap set by ${deployment.max_cap.set_by})`);
  } catch (e) {
    lines.push(`  Mesh Security: not deployed (${(e as Error).message.split('\n')[0]})`);
  }
  return lines;
}

/** The lines `meshwork devnet` prints about the deployment. */
export function meshLines(d: MeshDeploymentFile, chainA: string, chainB: string): string[] {
  return [
    `  Mesh Security (provider ${chainA}, consumer ${chainB}; addresses in mesh.json):`,
    `    ${chainA}: vault ${d.vault}`,
    `    ${chainA}: native-staking ${d.native_staking} (proxy code ${d.code_ids.a['native_staking_proxy']})`,
    ...(d.jailing_hook === undefined ? [] : [`    ${chainA}: jailing hook → native-staking (gas ${d.jailing_hook.gas_limit}, registered by ${d.jailing_hook.set_by}): provider slashing reaches the vault`]),
    `    ${chainA}: external-staking ${d.external_staking}`,
    ...(d.cw20_vault === undefined ? [] : [`    ${chainA}: cw20 vault ${d.cw20_vault} (collateral: the MESH cw20 ${d.cw20_token})`, `    ${chainA}: governance-upgrade ${d.governance_upgrade} (the MESH token's admin; one upgrade applied, one queued)`]),
    `    ${chainB}: converter ${d.converter}`,
    `    ${chainB}: virtual-staking ${d.virtual_staking}`,
    `    ${chainB}: price feed ${d.price_feed} (${d.native_per_foreign} ${d.denom} per remote ${d.denom}, discount ${d.discount})`,
    `    control channel: ${d.control_channel.b.port_id.slice(0, 20)}…/${d.control_channel.b.channel_id} (${chainB}) ⇄ ${d.control_channel.a.port_id.slice(0, 20)}…/${d.control_channel.a.channel_id} (${chainA})`,
  ];
}
