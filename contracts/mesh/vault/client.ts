// Generated from contracts/mesh/vault/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/mesh_vault.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee } from '../../tools/client-backend.js';
import type { Coin } from '../../common/client.js';
export type { Coin } from '../../common/client.js';
import type { CrossStakingApiMsg, LocalStakingApiMsg, MaxSlashQuery, SlashInfo, SlashRatioResponse, Tx, ValueRange } from '../common/client.js';
export type { CrossStakingApiMsg, LocalStakingApiMsg, MaxSlashQuery, SlashInfo, SlashRatioResponse, Tx, ValueRange } from '../common/client.js';

export type Addr = string;

export type Collateral =
  | { native: string }
  | { cw20: Addr };

export type Binary = string;

export interface StakingInitInfo {
  admin?: string | null;
  code_id: number;
  msg: Binary;
  label?: string | null;
}

export interface InstantiateMsg {
  denom?: string | null;
  collateral?: Collateral | null;
  local_staking?: StakingInitInfo | null;
}

export type Uint128 = string;

export type ExecuteMsg =
  | { bond: {} }
  | { unbond: {
      amount: Coin;
    } }
  | { stake_remote: {
      contract: string;
      amount: Coin;
      msg: Binary;
    } }
  | { stake_local: {
      amount: Coin;
      msg: Binary;
    } }
  | { release_cross_stake: {
      owner: string;
      amount: Coin;
    } }
  | { release_local_stake: {
      owner: string;
    } }
  | { commit_tx: {
      tx_id: number;
    } }
  | { rollback_tx: {
      tx_id: number;
    } }
  | { local_slash: {
      slashes: SlashInfo[];
      validator: string;
    } }
  | { cross_slash: {
      slashes: SlashInfo[];
      validator: string;
    } }
  | { receive: {
      sender: string;
      amount: Uint128;
      msg: Binary;
    } };

export type QueryMsg =
  | { account: {
      account: string;
    } }
  | { account_details: {
      account: string;
    } }
  | { config: {} }
  | { active_external_staking: {} }
  | { claim: {
      account: string;
      lienholder: string;
    } }
  | { account_claims: {
      account: string;
      start_after?: string | null;
      limit?: number | null;
    } }
  | { all_accounts: {
      with_collateral?: boolean | null;
      start_after?: string | null;
      limit?: number | null;
    } }
  | { pending_tx: {
      tx_id: number;
    } }
  | { all_pending_txs_desc: {
      start_after?: number | null;
      limit?: number | null;
    } };

export interface AccountResponse {
  denom: string;
  bonded: Uint128;
  free: ValueRange;
}

export interface AccountDetailsResponse {
  denom: string;
  bonded: Uint128;
  free: ValueRange;
  max_lien: ValueRange;
  total_slashable: ValueRange;
}

export interface ConfigResponse {
  denom: string;
  local_staking?: string | null;
  collateral: Collateral;
}

export interface AllActiveExternalStakingResponse {
  contracts: string[];
}

export type Decimal = string;

export interface Lien {
  amount: ValueRange;
  slashable: Decimal;
}

export interface LienResponse {
  lienholder: string;
  amount: ValueRange;
}

export interface AccountClaimsResponse {
  claims: LienResponse[];
}

export interface AllAccountsResponseItem {
  user: string;
  account: AccountResponse;
}

export interface AllAccountsResponse {
  accounts: AllAccountsResponseItem[];
}

export interface AllTxsResponse {
  txs: Tx[];
}

export type ReceiveMsg =
  | { bond: {} };

export interface Config {
  denom: string;
  collateral?: Collateral | null;
}

export interface LocalStaking {
  contract: Addr;
  max_slash: Decimal;
}

export interface UserInfo {
  collateral: Uint128;
  max_lien: ValueRange;
  total_slashable: ValueRange;
}

export type Cw20ExecuteMsg =
  | { transfer: {
      recipient: string;
      amount: Uint128;
    } };

export interface MeshVaultReadOnlyInterface {
  contractAddress: string;
  account: (args: { account: string }) => Promise<AccountResponse>;
  accountDetails: (args: { account: string }) => Promise<AccountDetailsResponse>;
  config: () => Promise<ConfigResponse>;
  activeExternalStaking: () => Promise<AllActiveExternalStakingResponse>;
  claim: (args: { account: string; lienholder: string }) => Promise<Lien>;
  accountClaims: (args: { account: string; startAfter?: string | null; limit?: number | null }) => Promise<AccountClaimsResponse>;
  allAccounts: (args: { withCollateral?: boolean | null; startAfter?: string | null; limit?: number | null }) => Promise<AllAccountsResponse>;
  pendingTx: (args: { txId: number }) => Promise<Tx>;
  allPendingTxsDesc: (args: { startAfter?: number | null; limit?: number | null }) => Promise<AllTxsResponse>;
}

export class MeshVaultQueryClient implements MeshVaultReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  account = async ({ account }: { account: string }): Promise<AccountResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { account: { account } })) as AccountResponse;
  };
  accountDetails = async ({ account }: { account: string }): Promise<AccountDetailsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { account_details: { account } })) as AccountDetailsResponse;
  };
  config = async (): Promise<ConfigResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { config: {} })) as ConfigResponse;
  };
  activeExternalStaking = async (): Promise<AllActiveExternalStakingResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { active_external_staking: {} })) as AllActiveExternalStakingResponse;
  };
  claim = async ({ account, lienholder }: { account: string; lienholder: string }): Promise<Lien> => {
    return (await this.client.queryContractSmart(this.contractAddress, { claim: { account, lienholder } })) as Lien;
  };
  accountClaims = async ({ account, startAfter, limit }: { account: string; startAfter?: string | null; limit?: number | null }): Promise<AccountClaimsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { account_claims: { account, start_after: startAfter, limit } })) as AccountClaimsResponse;
  };
  allAccounts = async ({ withCollateral, startAfter, limit }: { withCollateral?: boolean | null; startAfter?: string | null; limit?: number | null }): Promise<AllAccountsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { all_accounts: { with_collateral: withCollateral, start_after: startAfter, limit } })) as AllAccountsResponse;
  };
  pendingTx = async ({ txId }: { txId: number }): Promise<Tx> => {
    return (await this.client.queryContractSmart(this.contractAddress, { pending_tx: { tx_id: txId } })) as Tx;
  };
  allPendingTxsDesc = async ({ startAfter, limit }: { startAfter?: number | null; limit?: number | null }): Promise<AllTxsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { all_pending_txs_desc: { start_after: startAfter, limit } })) as AllTxsResponse;
  };
}

export interface MeshVaultInterface extends MeshVaultReadOnlyInterface {
  contractAddress: string;
  sender: string;
  bond: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  unbond: (args: { amount: Coin }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  stakeRemote: (args: { contract: string; amount: Coin; msg: Binary }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  stakeLocal: (args: { amount: Coin; msg: Binary }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  releaseCrossStake: (args: { owner: string; amount: Coin }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  releaseLocalStake: (args: { owner: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  commitTx: (args: { txId: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  rollbackTx: (args: { txId: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  localSlash: (args: { slashes: SlashInfo[]; validator: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  crossSlash: (args: { slashes: SlashInfo[]; validator: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  receive: (args: { sender: string; amount: Uint128; msg: Binary }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class MeshVaultClient extends MeshVaultQueryClient implements MeshVaultInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  bond = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { bond: {} }, fee_, memo_, funds_);
  };
  unbond = async ({ amount }: { amount: Coin }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { unbond: { amount } }, fee_, memo_, funds_);
  };
  stakeRemote = async ({ contract, amount, msg }: { contract: string; amount: Coin; msg: Binary }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { stake_remote: { contract, amount, msg } }, fee_, memo_, funds_);
  };
  stakeLocal = async ({ amount, msg }: { amount: Coin; msg: Binary }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { stake_local: { amount, msg } }, fee_, memo_, funds_);
  };
  releaseCrossStake = async ({ owner, amount }: { owner: string; amount: Coin }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { release_cross_stake: { owner, amount } }, fee_, memo_, funds_);
  };
  releaseLocalStake = async ({ owner }: { owner: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { release_local_stake: { owner } }, fee_, memo_, funds_);
  };
  commitTx = async ({ txId }: { txId: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { commit_tx: { tx_id: txId } }, fee_, memo_, funds_);
  };
  rollbackTx = async ({ txId }: { txId: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { rollback_tx: { tx_id: txId } }, fee_, memo_, funds_);
  };
  localSlash = async ({ slashes, validator }: { slashes: SlashInfo[]; validator: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { local_slash: { slashes, validator } }, fee_, memo_, funds_);
  };
  crossSlash = async ({ slashes, validator }: { slashes: SlashInfo[]; validator: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { cross_slash: { slashes, validator } }, fee_, memo_, funds_);
  };
  receive = async ({ sender, amount, msg }: { sender: string; amount: Uint128; msg: Binary }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { receive: { sender, amount, msg } }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Unauthorized: "Unauthorized",
  InsufficentBalance: "The address doesn't have sufficient balance for this operation",
  UnknownLienholder: "The lienholder doesn't have any claims",
  InsufficientLien: "The lienholder doesn't have enough claims for the action",
  NoLocalStaking: "No local staking configured",
  NoClaim: "No claim found",
  Cw20LocalStaking: "A cw20 collateral vault cannot have a local staking contract",
  DenomAndCollateral: "Instantiate takes exactly one of `denom` and `collateral`",
} as const;
