/**
 * cw20's API as cw20-base 1.0.1 (package cw20 1.0.1, cw-utils 1.0) defines it: messages, query
 * answers, stored records and errors. The build derives assembly/msg.ts, assembly/error.ts,
 * schema/cw20.json and client.ts from it (see contracts/README.md).
 */
import { contract, struct, enumOf, errors, t, unit } from '../tools/declare.js';
/** cw2 contract info, stored at the raw key `contract_info` (declared repository-wide). */
import { ContractVersion } from '../common/declare.js';

// ---------------------------------------------------------------- shared types

export const Expiration = enumOf(
  'Expiration',
  { at_height: t.u64, at_time: t.Timestamp, never: {} },
  { rust: 'cw_utils::expiration::Expiration', doc: 'Expiration represents a point in time when some event happens. It can compare with a BlockInfo and will return is_expired() == true once the condition is hit (and for every block in the future)' },
);
export const EmbeddedLogo = enumOf('EmbeddedLogo', { svg: t.Binary, png: t.Binary }, { doc: 'This is used to store the logo on the blockchain in an accepted format. Enforce maximum size of 5KB on all variants.' });
export const Logo = enumOf('Logo', { url: t.string, embedded: EmbeddedLogo }, { doc: 'This is used for uploading logo data, or setting it in InstantiateData' });
export const LogoInfo = enumOf('LogoInfo', { url: t.string, embedded: unit }, { doc: 'This is used to display logo info, provide a link or inform there is one that can be downloaded from the blockchain itself' });

// ---------------------------------------------------------------- instantiate

export const Cw20Coin = struct('Cw20Coin', { address: t.string, amount: t.Uint128 });
export const MinterResponse = struct('MinterResponse', {
  minter: t.string,
  /** cap is a hard cap on total supply that can be achieved by minting. */
  cap: t.option(t.Uint128),
});
export const InstantiateMarketingInfo = struct('InstantiateMarketingInfo', {
  project: t.option(t.string),
  description: t.option(t.string),
  marketing: t.option(t.string),
  logo: t.option(Logo),
});
export const InstantiateMsg = struct(
  'InstantiateMsg',
  {
    name: t.string,
    symbol: t.string,
    decimals: t.u8,
    initial_balances: t.vec(Cw20Coin),
    mint: t.option(MinterResponse),
    marketing: t.option(InstantiateMarketingInfo),
  },
  { rust: 'cw20_base::msg::InstantiateMsg' },
);

// ---------------------------------------------------------------- execute

const allowanceChange = { spender: t.string, amount: t.Uint128, expires: t.option(Expiration) };
export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  {
    transfer: { recipient: t.string, amount: t.Uint128 },
    burn: { amount: t.Uint128 },
    send: { contract: t.string, amount: t.Uint128, msg: t.Binary },
    increase_allowance: allowanceChange,
    decrease_allowance: allowanceChange,
    transfer_from: { owner: t.string, recipient: t.string, amount: t.Uint128 },
    send_from: { owner: t.string, contract: t.string, amount: t.Uint128, msg: t.Binary },
    burn_from: { owner: t.string, amount: t.Uint128 },
    mint: { recipient: t.string, amount: t.Uint128 },
    update_minter: { new_minter: t.option(t.string) },
    update_marketing: { project: t.option(t.string), description: t.option(t.string), marketing: t.option(t.string) },
    upload_logo: Logo,
  },
  { rust: 'cw20::msg::Cw20ExecuteMsg' },
);

/** What `send`/`send_from` deliver to the receiving contract: `{"receive": {...}}`. */
export const Cw20ReceiveMsg = struct('Cw20ReceiveMsg', { sender: t.string, amount: t.Uint128, msg: t.Binary });
export const ReceiverExecuteMsg = enumOf('ReceiverExecuteMsg', { receive: Cw20ReceiveMsg });

// ---------------------------------------------------------------- query

const page = { start_after: t.option(t.string), limit: t.option(t.u32) };
export const QueryMsg = enumOf(
  'QueryMsg',
  {
    balance: { address: t.string },
    token_info: {},
    minter: {},
    allowance: { owner: t.string, spender: t.string },
    all_allowances: { owner: t.string, ...page },
    all_spender_allowances: { spender: t.string, ...page },
    all_accounts: page,
    marketing_info: {},
    download_logo: {},
  },
  { rust: 'cw20_base::msg::QueryMsg' },
);

export const BalanceResponse = struct('BalanceResponse', { balance: t.Uint128 });
export const TokenInfoResponse = struct('TokenInfoResponse', { name: t.string, symbol: t.string, decimals: t.u8, total_supply: t.Uint128 });
export const AllowanceResponse = struct('AllowanceResponse', { allowance: t.Uint128, expires: Expiration });
export const AllowanceInfo = struct('AllowanceInfo', { spender: t.string, allowance: t.Uint128, expires: Expiration });
export const AllAllowancesResponse = struct('AllAllowancesResponse', { allowances: t.vec(AllowanceInfo) });
export const SpenderAllowanceInfo = struct('SpenderAllowanceInfo', { owner: t.string, allowance: t.Uint128, expires: Expiration });
export const AllSpenderAllowancesResponse = struct('AllSpenderAllowancesResponse', { allowances: t.vec(SpenderAllowanceInfo) });
export const AllAccountsResponse = struct('AllAccountsResponse', { accounts: t.vec(t.string) });
export const MarketingInfoResponse = struct('MarketingInfoResponse', {
  project: t.option(t.string),
  description: t.option(t.string),
  logo: t.option(LogoInfo),
  marketing: t.option(t.Addr),
});
export const DownloadLogoResponse = struct('DownloadLogoResponse', { mime_type: t.string, data: t.Binary });

// ---------------------------------------------------------------- migrate and state

/** `MigrateMsg {}`: a plain serde struct (unknown fields are ignored). */
export const MigrateMsg = struct('MigrateMsg', {}, { rust: 'cw20_base::msg::MigrateMsg', denyUnknown: false });

export const MinterData = struct('MinterData', { minter: t.Addr, cap: t.option(t.Uint128) });
export const TokenInfo = struct('TokenInfo', { name: t.string, symbol: t.string, decimals: t.u8, total_supply: t.Uint128, mint: t.option(MinterData) });

export default contract({
  name: 'cw20-base',
  version: '1.0.1',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  query: QueryMsg,
  migrate: MigrateMsg,
  responses: {
    balance: BalanceResponse,
    token_info: TokenInfoResponse,
    minter: t.option(MinterResponse),
    allowance: AllowanceResponse,
    all_allowances: AllAllowancesResponse,
    all_spender_allowances: AllSpenderAllowancesResponse,
    all_accounts: AllAccountsResponse,
    marketing_info: MarketingInfoResponse,
    download_logo: DownloadLogoResponse,
  },
  records: [ReceiverExecuteMsg, MinterData, TokenInfo, ContractVersion],
  errors: errors('ContractError', {
    Unauthorized: 'Unauthorized',
    CannotSetOwnAccount: 'Cannot set to own account',
    InvalidZeroAmount: 'Invalid zero amount',
    Expired: 'Allowance is expired',
    NoAllowance: 'No allowance for this account',
    CannotExceedCap: 'Minting cannot exceed the cap',
    LogoTooBig: 'Logo binary data exceeds 5KB limit',
    InvalidXmlPreamble: 'Invalid xml preamble for SVG',
    InvalidPngHeader: 'Invalid png header',
    InvalidExpiration: 'Invalid expiration value',
    DuplicateInitialBalanceAddresses: 'Duplicate initial balance addresses',
    // StdError::generic_err texts cw20-base returns from instantiate
    InvalidName: 'Generic error: Name is not in the expected format (3-50 UTF-8 bytes)',
    InvalidSymbol: 'Generic error: Ticker symbol is not in expected format [a-zA-Z\\-]{3,12}',
    InvalidDecimals: 'Generic error: Decimals must not exceed 18',
    InitialSupplyOverCap: 'Generic error: Initial supply greater than cap',
  }),
});
