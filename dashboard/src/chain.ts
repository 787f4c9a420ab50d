/**
 * One connection per chain from the browser: CosmJS over the node's RPC (CORS is open on the
 * devnet's nodes), the query extensions the pages read, and signing with the chosen dev account
 * (or Keplr when the browser has it and the user picked it).
 */
import { DirectSecp256k1HdWallet, type OfflineSigner, type EncodeObject } from '@cosmjs/proto-signing';
import { SigningCosmWasmClient, setupWasmExtension, type WasmExtension } from '@cosmjs/cosmwasm-stargate';
import {
  GasPrice,
  QueryClient,
  createProtobufRpcClient,
  setupBankExtension,
  setupDistributionExtension,
  setupIbcExtension,
  setupStakingExtension,
  type BankExtension,
  type DistributionExtension,
  type IbcExtension,
  type StakingExtension,
  type DeliverTxResponse,
} from '@cosmjs/stargate';
import { Comet38Client } from '@cosmjs/tendermint-rpc';
import { QueryClientImpl as GovV1Query } from 'cosmjs-types/cosmos/gov/v1/query';
import { QueryClientImpl as UpgradeQuery } from 'cosmjs-types/cosmos/upgrade/v1beta1/query';
import {
  QueryMeshSecurityParamsRequest,
  QueryMeshSecurityParamsResponse,
  QueryVirtualStakingMaxCapLimitRequest,
  QueryVirtualStakingMaxCapLimitResponse,
} from '../../proto/index.js';
import type { ChainInfo, DevAccount } from './devnet';

export type Queries = QueryClient & BankExtension & IbcExtension & StakingExtension & DistributionExtension & WasmExtension;

export interface ChainConn {
  info: ChainInfo;
  comet: Comet38Client;
  q: Queries;
  gov: GovV1Query;
  upgrade: UpgradeQuery;
}

const conns = new Map<string, Promise<ChainConn>>();

export function connect(info: ChainInfo): Promise<ChainConn> {
  let c = conns.get(info.key);
  if (c === undefined) {
    c = (async () => {
      const comet = await Comet38Client.connect(info.rpc);
      const q = QueryClient.withExtensions(comet, setupBankExtension, setupIbcExtension, setupStakingExtension, setupDistributionExtension, setupWasmExtension);
      const rpc = createProtobufRpcClient(q);
      return { info, comet, q, gov: new GovV1Query(rpc), upgrade: new UpgradeQuery(rpc) };
    })();
    conns.set(info.key, c);
    c.catch(() => conns.delete(info.key));
  }
  return c;
}

/** New block headers over the node's websocket (`/websocket`), one callback per block. */
export async function subscribeBlocks(info: ChainInfo, onBlock: (h: { height: number }) => void): Promise<() => void> {
  const ws = await Comet38Client.connect(info.rpc.replace(/^http/, 'ws'));
  const sub = ws.subscribeNewBlockHeader().subscribe({ next: onBlock, error: () => undefined, complete: () => undefined });
  return () => {
    sub.unsubscribe();
    ws.disconnect();
  };
}

export interface Keplr {
  experimentalSuggestChain(c: unknown): Promise<void>;
  enable(chainId: string): Promise<void>;
  getOfflineSigner(chainId: string): OfflineSigner;
}

export function keplr(): Keplr | undefined {
  return (globalThis as unknown as { keplr?: Keplr }).keplr;
}

/** The chain as Keplr's `experimentalSuggestChain` wants it (a devnet is unknown to Keplr). */
function suggestion(info: ChainInfo): unknown {
  const cur = { coinDenom: info.denom.toUpperCase(), coinMinimalDenom: info.denom, coinDecimals: 6 };
  const p = info.prefix;
  return {
    chainId: info.chainId,
    chainName: `Meshwork devnet ${info.chainId}`,
    rpc: info.rpc,
    rest: info.rpc,
    bip44: { coinType: 118 },
    bech32Config: { bech32PrefixAccAddr: p, bech32PrefixAccPub: `${p}pub`, bech32PrefixValAddr: `${p}valoper`, bech32PrefixValPub: `${p}valoperpub`, bech32PrefixConsAddr: `${p}valcons`, bech32PrefixConsPub: `${p}valconspub` },
    currencies: [cur],
    feeCurrencies: [{ ...cur, gasPriceStep: { low: 0.0025, average: 0.025, high: 0.04 } }],
    stakeCurrency: cur,
  };
}

/** A devnet key is chosen by name: each chain has its own `account1`, … (its own home's keyring). */
export type SignerChoice = { kind: 'devnet'; name: string } | { kind: 'keplr' };

const signers = new Map<string, Promise<{ client: SigningCosmWasmClient; address: string }>>();

export function signingClient(info: ChainInfo, choice: SignerChoice): Promise<{ client: SigningCosmWasmClient; address: string }> {
  const key = `${info.key}/${choice.kind === 'devnet' ? choice.name : 'keplr'}`;
  let s = signers.get(key);
  if (s === undefined) {
    s = (async () => {
      let signer: OfflineSigner;
      if (choice.kind === 'devnet') {
        const account: DevAccount | undefined = info.accounts.find((a) => a.name === choice.name);
        if (account === undefined) throw new Error(`${info.chainId} has no dev account "${choice.name}"`);
        signer = await DirectSecp256k1HdWallet.fromMnemonic(account.mnemonic, { prefix: info.prefix });
      } else {
        const k = keplr();
        if (k === undefined) throw new Error('Keplr is not installed in this browser; choose a devnet key');
        await k.experimentalSuggestChain(suggestion(info));
        await k.enable(info.chainId);
        signer = k.getOfflineSigner(info.chainId);
      }
      const [acc] = await signer.getAccounts();
      const client = await SigningCosmWasmClient.connectWithSigner(info.rpc, signer, { gasPrice: GasPrice.fromString(info.gasPrice) });
      return { client, address: acc!.address };
    })();
    signers.set(key, s);
    s.catch(() => signers.delete(key));
  }
  return s;
}

/** The address that signs on `info` with `choice` (a devnet key's address is known without a wallet). */
export function signerAddress(info: ChainInfo, choice: SignerChoice): string | undefined {
  if (choice.kind === 'devnet') return info.accounts.find((a) => a.name === choice.name)?.address;
  return undefined;
}

export type { DeliverTxResponse, EncodeObject };

/** A capped contract's state in the consumer chain's x/meshsecurity module, and its epoch schedule. */
export interface MeshSecurityStatus {
  denom: string;
  cap: bigint;
  delegated: bigint;
  epochLength: number;
  /** The height of the contract's next `handle_epoch` (from the scheduler's last event about it). */
  nextEpochHeight: number | undefined;
  blockTimeMs: number;
}

/**
 * The module's `VirtualStakingMaxCapLimit` and `Params` queries (gRPC over abci_query, our own
 * proto codecs), and the contract's last epoch run or scheduling from the block events the
 * scheduler emits at EndBlock (`scheduler_task_executed` / `scheduler_task_registered`).
 */
export async function meshSecurityStatus(c: ChainConn, contract: string): Promise<MeshSecurityStatus> {
  const rpc = createProtobufRpcClient(c.q);
  const service = 'meshwork.meshsecurity.v1.Query';
  const [limit, params] = await Promise.all([
    rpc.request(service, 'VirtualStakingMaxCapLimit', QueryVirtualStakingMaxCapLimitRequest.encode(QueryVirtualStakingMaxCapLimitRequest.fromPartial({ address: contract })).finish()).then((b) => QueryVirtualStakingMaxCapLimitResponse.decode(b)),
    rpc.request(service, 'Params', QueryMeshSecurityParamsRequest.encode(QueryMeshSecurityParamsRequest.fromPartial({})).finish()).then((b) => QueryMeshSecurityParamsResponse.decode(b)),
  ]);
  const epochLength = params.params?.epochLength ?? 0;
  const lastRun = async (type: string, extra: string): Promise<number | undefined> => {
    const r = await c.comet.blockSearch({ query: `${type}.contract='${contract}' AND ${type}.task='handle_epoch'${extra}`, per_page: 1, order_by: 'desc' });
    return r.blocks[0]?.block.header.height;
  };
  const executed = await lastRun('scheduler_task_executed', '');
  let next: number | undefined;
  if (executed !== undefined) next = executed + epochLength;
  else {
    const registered = await lastRun('scheduler_task_registered', '');
    if (registered !== undefined) next = registered + epochLength;
  }
  const s = await c.comet.status();
  const h = s.syncInfo.latestBlockHeight;
  // Blocks since the last known run, when several epochs passed without an event found (paging).
  if (next !== undefined && epochLength > 0 && next <= h) next += Math.ceil((h - next + 1) / epochLength) * epochLength;
  return {
    denom: limit.cap?.denom || limit.delegated?.denom || c.info.denom,
    cap: BigInt(limit.cap?.amount || '0'),
    delegated: BigInt(limit.delegated?.amount || '0'),
    epochLength,
    nextEpochHeight: next,
    blockTimeMs: c.info.blockTimeMs ?? 1000,
  };
}
