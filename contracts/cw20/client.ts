// Generated from contracts/cw20/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/cw20.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee, Coin } from '../tools/client-backend.js';
import type { ContractVersion } from '../common/client.js';
export type { ContractVersion } from '../common/client.js';

export type Uint128 = string;

export interface Cw20Coin {
  address: string;
  amount: Uint128;
}

export interface MinterResponse {
  minter: string;
  cap?: Uint128 | null;
}

export type Binary = string;

/** This is used to store the logo on the blockchain in an accepted format. Enforce maximum size of 5KB on all variants. */
export type EmbeddedLogo =
  | { svg: Binary }
  | { png: Binary };

/** This is used for uploading logo data, or setting it in InstantiateData */
export type Logo =
  | { url: string }
  | { embedded: EmbeddedLogo };

export interface InstantiateMarketingInfo {
  project?: string | null;
  description?: string | null;
  marketing?: string | null;
  logo?: Logo | null;
}

export interface InstantiateMsg {
  name: string;
  symbol: string;
  decimals: number;
  initial_balances: Cw20Coin[];
  mint?: MinterResponse | null;
  marketing?: InstantiateMarketingInfo | null;
}

export type Uint64 = string;

export type Timestamp = Uint64;

/** Expiration represents a point in time when some event happens. It can compare with a BlockInfo and will return is_expired() == true once the condition is hit (and for every block in the future) */
export type Expiration =
  | { at_height: number }
  | { at_time: Timestamp }
  | { never: {} };

export type ExecuteMsg =
  | { transfer: {
      recipient: string;
      amount: Uint128;
    } }
  | { burn: {
      amount: Uint128;
    } }
  | { send: {
      contract: string;
      amount: Uint128;
      msg: Binary;
    } }
  | { increase_allowance: {
      spender: string;
      amount: Uint128;
      expires?: Expiration | null;
    } }
  | { decrease_allowance: {
      spender: string;
      amount: Uint128;
      expires?: Expiration | null;
    } }
  | { transfer_from: {
      owner: string;
      recipient: string;
      amount: Uint128;
    } }
  | { send_from: {
      owner: string;
      contract: string;
      amount: Uint128;
      msg: Binary;
    } }
  | { burn_from: {
      owner: string;
      amount: Uint128;
    } }
  | { mint: {
      recipient: string;
      amount: Uint128;
    } }
  | { update_minter: {
      new_minter?: string | null;
    } }
  | { update_marketing: {
      project?: string | null;
      description?: string | null;
      marketing?: string | null;
    } }
  | { upload_logo: Logo };

export type QueryMsg =
  | { balance: {
      address: string;
    } }
  | { token_info: {} }
  | { minter: {} }
  | { allowance: {
      owner: string;
      spender: string;
    } }
  | { all_allowances: {
      owner: string;
      start_after?: string | null;
      limit?: number | null;
    } }
  | { all_spender_allowances: {
      spender: string;
      start_after?: string | null;
      limit?: number | null;
    } }
  | { all_accounts: {
      start_after?: string | null;
      limit?: number | null;
    } }
  | { marketing_info: {} }
  | { download_logo: {} };

export interface MigrateMsg {}

export interface BalanceResponse {
  balance: Uint128;
}

export interface TokenInfoResponse {
  name: string;
  symbol: string;
  decimals: number;
  total_supply: Uint128;
}

export interface AllowanceResponse {
  allowance: Uint128;
  expires: Expiration;
}

export interface AllowanceInfo {
  spender: string;
  allowance: Uint128;
  expires: Expiration;
}

export interface AllAllowancesResponse {
  allowances: AllowanceInfo[];
}

export interface SpenderAllowanceInfo {
  owner: string;
  allowance: Uint128;
  expires: Expiration;
}

export interface AllSpenderAllowancesResponse {
  allowances: SpenderAllowanceInfo[];
}

export interface AllAccountsResponse {
  accounts: string[];
}

/** This is used to display logo info, provide a link or inform there is one that can be downloaded from the blockchain itself */
export type LogoInfo =
  | { url: string }
  | "embedded";

export type Addr = string;

export interface MarketingInfoResponse {
  project?: string | null;
  description?: string | null;
  logo?: LogoInfo | null;
  marketing?: Addr | null;
}

export interface DownloadLogoResponse {
  mime_type: string;
  data: Binary;
}

export interface Cw20ReceiveMsg {
  sender: string;
  amount: Uint128;
  msg: Binary;
}

export type ReceiverExecuteMsg =
  | { receive: Cw20ReceiveMsg };

export interface MinterData {
  minter: Addr;
  cap?: Uint128 | null;
}

export interface TokenInfo {
  name: string;
  symbol: string;
  decimals: number;
  total_supply: Uint128;
  mint?: MinterData | null;
}

export interface Cw20ReadOnlyInterface {
  contractAddress: string;
  balance: (args: { address: string }) => Promise<BalanceResponse>;
  tokenInfo: () => Promise<TokenInfoResponse>;
  minter: () => Promise<MinterResponse | null>;
  allowance: (args: { owner: string; spender: string }) => Promise<AllowanceResponse>;
  allAllowances: (args: { owner: string; startAfter?: string | null; limit?: number | null }) => Promise<AllAllowancesResponse>;
  allSpenderAllowances: (args: { spender: string; startAfter?: string | null; limit?: number | null }) => Promise<AllSpenderAllowancesResponse>;
  allAccounts: (args: { startAfter?: string | null; limit?: number | null }) => Promise<AllAccountsResponse>;
  marketingInfo: () => Promise<MarketingInfoResponse>;
  downloadLogo: () => Promise<DownloadLogoResponse>;
}

export class Cw20QueryClient implements Cw20ReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  balance = async ({ address }: { address: string }): Promise<BalanceResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { balance: { address } })) as BalanceResponse;
  };
  tokenInfo = async (): Promise<TokenInfoResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { token_info: {} })) as TokenInfoResponse;
  };
  minter = async (): Promise<MinterResponse | null> => {
    return (await this.client.queryContractSmart(this.contractAddress, { minter: {} })) as MinterResponse | null;
  };
  allowance = async ({ owner, spender }: { owner: string; spender: string }): Promise<AllowanceResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { allowance: { owner, spender } })) as AllowanceResponse;
  };
  allAllowances = async ({ owner, startAfter, limit }: { owner: string; startAfter?: string | null; limit?: number | null }): Promise<AllAllowancesResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { all_allowances: { owner, start_after: startAfter, limit } })) as AllAllowancesResponse;
  };
  allSpenderAllowances = async ({ spender, startAfter, limit }: { spender: string; startAfter?: string | null; limit?: number | null }): Promise<AllSpenderAllowancesResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { all_spender_allowances: { spender, start_after: startAfter, limit } })) as AllSpenderAllowancesResponse;
  };
  allAccounts = async ({ startAfter, limit }: { startAfter?: string | null; limit?: number | null }): Promise<AllAccountsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { all_accounts: { start_after: startAfter, limit } })) as AllAccountsResponse;
  };
  marketingInfo = async (): Promise<MarketingInfoResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { marketing_info: {} })) as MarketingInfoResponse;
  };
  downloadLogo = async (): Promise<DownloadLogoResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { download_logo: {} })) as DownloadLogoResponse;
  };
}

export interface Cw20Interface extends Cw20ReadOnlyInterface {
  contractAddress: string;
  sender: string;
  transfer: (args: { recipient: string; amount: Uint128 }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  burn: (args: { amount: Uint128 }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  send: (args: { contract: string; amount: Uint128; msg: Binary }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  increaseAllowance: (args: { spender: string; amount: Uint128; expires?: Expiration | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  decreaseAllowance: (args: { spender: string; amount: Uint128; expires?: Expiration | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  transferFrom: (args: { owner: string; recipient: string; amount: Uint128 }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  sendFrom: (args: { owner: string; contract: string; amount: Uint128; msg: Binary }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  burnFrom: (args: { owner: string; amount: Uint128 }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  mint: (args: { recipient: string; amount: Uint128 }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  updateMinter: (args: { newMinter?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  updateMarketing: (args: { project?: string | null; description?: string | null; marketing?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  uploadLogo: (value: Logo, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class Cw20Client extends Cw20QueryClient implements Cw20Interface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  transfer = async ({ recipient, amount }: { recipient: string; amount: Uint128 }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { transfer: { recipient, amount } }, fee_, memo_, funds_);
  };
  burn = async ({ amount }: { amount: Uint128 }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { burn: { amount } }, fee_, memo_, funds_);
  };
  send = async ({ contract, amount, msg }: { contract: string; amount: Uint128; msg: Binary }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { send: { contract, amount, msg } }, fee_, memo_, funds_);
  };
  increaseAllowance = async ({ spender, amount, expires }: { spender: string; amount: Uint128; expires?: Expiration | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { increase_allowance: { spender, amount, expires } }, fee_, memo_, funds_);
  };
  decreaseAllowance = async ({ spender, amount, expires }: { spender: string; amount: Uint128; expires?: Expiration | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { decrease_allowance: { spender, amount, expires } }, fee_, memo_, funds_);
  };
  transferFrom = async ({ owner, recipient, amount }: { owner: string; recipient: string; amount: Uint128 }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { transfer_from: { owner, recipient, amount } }, fee_, memo_, funds_);
  };
  sendFrom = async ({ owner, contract, amount, msg }: { owner: string; contract: string; amount: Uint128; msg: Binary }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { send_from: { owner, contract, amount, msg } }, fee_, memo_, funds_);
  };
  burnFrom = async ({ owner, amount }: { owner: string; amount: Uint128 }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { burn_from: { owner, amount } }, fee_, memo_, funds_);
  };
  mint = async ({ recipient, amount }: { recipient: string; amount: Uint128 }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { mint: { recipient, amount } }, fee_, memo_, funds_);
  };
  updateMinter = async ({ newMinter }: { newMinter?: string | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { update_minter: { new_minter: newMinter } }, fee_, memo_, funds_);
  };
  updateMarketing = async ({ project, description, marketing }: { project?: string | null; description?: string | null; marketing?: string | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { update_marketing: { project, description, marketing } }, fee_, memo_, funds_);
  };
  uploadLogo = async (value: Logo, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { upload_logo: value }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Unauthorized: "Unauthorized",
  CannotSetOwnAccount: "Cannot set to own account",
  InvalidZeroAmount: "Invalid zero amount",
  Expired: "Allowance is expired",
  NoAllowance: "No allowance for this account",
  CannotExceedCap: "Minting cannot exceed the cap",
  LogoTooBig: "Logo binary data exceeds 5KB limit",
  InvalidXmlPreamble: "Invalid xml preamble for SVG",
  InvalidPngHeader: "Invalid png header",
  InvalidExpiration: "Invalid expiration value",
  DuplicateInitialBalanceAddresses: "Duplicate initial balance addresses",
  InvalidName: "Generic error: Name is not in the expected format (3-50 UTF-8 bytes)",
  InvalidSymbol: "Generic error: Ticker symbol is not in expected format [a-zA-Z\\-]{3,12}",
  InvalidDecimals: "Generic error: Decimals must not exceed 18",
  InitialSupplyOverCap: "Generic error: Initial supply greater than cap",
} as const;
