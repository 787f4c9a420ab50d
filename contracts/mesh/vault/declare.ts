/**
 * The vault's API (mesh-security v0.10.0-alpha.2 `contracts/provider/vault`, with Sylvia's merged
 * VaultApi messages), plus our cw20 collateral: `collateral` at instantiate and the cw20 `receive`.
 */
import { contract, struct, enumOf, errors, t } from '../../tools/declare.js';
import { Coin, ValueRange, SlashInfo, SlashRatioResponse, MaxSlashQuery, LocalStakingApiMsg, CrossStakingApiMsg, Tx } from '../common/declare-types.js';
import { meshCommon } from '../common/declare.js';

/** `{"native": "<denom>"}` or `{"cw20": "<token contract>"}`. */
export const Collateral = enumOf('Collateral', { native: t.string, cw20: t.Addr }, { rust: 'mesh_vault::msg::Collateral' });

export const StakingInitInfo = struct('StakingInitInfo', { admin: t.option(t.string), code_id: t.u64, msg: t.Binary, label: t.option(t.string) });

export const InstantiateMsg = struct(
  'InstantiateMsg',
  {
    /** Upstream's form: a native collateral denom. */
    denom: t.option(t.string),
    /** Ours: native or cw20 collateral (exactly one of `denom` and `collateral`). */
    collateral: t.option(Collateral),
    local_staking: t.option(StakingInitInfo),
  },
  { rust: 'mesh_vault::contract::sv::InstantiateMsg' },
);

export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  {
    bond: {},
    unbond: { amount: Coin },
    stake_remote: { contract: t.string, amount: Coin, msg: t.Binary },
    stake_local: { amount: Coin, msg: t.Binary },
    release_cross_stake: { owner: t.string, amount: Coin },
    release_local_stake: { owner: t.string },
    commit_tx: { tx_id: t.u64 },
    rollback_tx: { tx_id: t.u64 },
    local_slash: { slashes: t.vec(SlashInfo), validator: t.string },
    cross_slash: { slashes: t.vec(SlashInfo), validator: t.string },
    /** cw20 hook (Cw20ReceiveMsg), accepted only from the collateral token. */
    receive: { sender: t.string, amount: t.Uint128, msg: t.Binary },
  },
  { rust: 'mesh_vault::contract::sv::ContractExecMsg' },
);

/** What a cw20 `send` to the vault may carry in `msg`. */
export const ReceiveMsg = enumOf('ReceiveMsg', { bond: {} }, { rust: 'mesh_vault::msg::ReceiveMsg' });

export const QueryMsg = enumOf(
  'QueryMsg',
  {
    account: { account: t.string },
    account_details: { account: t.string },
    config: {},
    active_external_staking: {},
    claim: { account: t.string, lienholder: t.string },
    account_claims: { account: t.string, start_after: t.option(t.string), limit: t.option(t.u32) },
    all_accounts: { with_collateral: t.option(t.bool), start_after: t.option(t.string), limit: t.option(t.u32) },
    pending_tx: { tx_id: t.u64 },
    all_pending_txs_desc: { start_after: t.option(t.u64), limit: t.option(t.u32) },
  },
  { rust: 'mesh_vault::contract::sv::ContractQueryMsg' },
);

export const AccountResponse = struct('AccountResponse', { denom: t.string, bonded: t.Uint128, free: ValueRange });
export const AccountDetailsResponse = struct('AccountDetailsResponse', {
  denom: t.string,
  bonded: t.Uint128,
  free: ValueRange,
  max_lien: ValueRange,
  total_slashable: ValueRange,
});
export const ConfigResponse = struct('ConfigResponse', { denom: t.string, local_staking: t.option(t.string), collateral: Collateral });
export const AllActiveExternalStakingResponse = struct('AllActiveExternalStakingResponse', { contracts: t.vec(t.string) });
export const Lien = struct('Lien', { amount: ValueRange, slashable: t.Decimal }, { rust: 'mesh_vault::state::Lien' });
export const LienResponse = struct('LienResponse', { lienholder: t.string, amount: ValueRange });
export const AccountClaimsResponse = struct('AccountClaimsResponse', { claims: t.vec(LienResponse) });
export const AllAccountsResponseItem = struct('AllAccountsResponseItem', { user: t.string, account: AccountResponse });
export const AllAccountsResponse = struct('AllAccountsResponse', { accounts: t.vec(AllAccountsResponseItem) });
export const AllTxsResponse = struct('AllTxsResponse', { txs: t.vec(Tx) });

// ---- stored records (upstream's keys and JSON)
/** `Config{denom}`; `collateral` is set for a cw20 vault only, so upstream's state reads. */
export const Config = struct('Config', { denom: t.string, collateral: t.option(Collateral) }, { rust: 'mesh_vault::state::Config' });
export const LocalStaking = struct('LocalStaking', { contract: t.Addr, max_slash: t.Decimal }, { rust: 'mesh_vault::state::LocalStaking' });
export const UserInfo = struct('UserInfo', { collateral: t.Uint128, max_lien: ValueRange, total_slashable: ValueRange }, { rust: 'mesh_vault::state::UserInfo' });

// ---- messages the vault sends
export const Cw20ExecuteMsg = enumOf('Cw20ExecuteMsg', { transfer: { recipient: t.string, amount: t.Uint128 } }, { rust: 'cw20::msg::Cw20ExecuteMsg' });

export default contract({
  name: 'mesh-vault',
  version: '0.10.0-alpha.2',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  query: QueryMsg,
  responses: {
    account: AccountResponse,
    account_details: AccountDetailsResponse,
    config: ConfigResponse,
    active_external_staking: AllActiveExternalStakingResponse,
    claim: Lien,
    account_claims: AccountClaimsResponse,
    all_accounts: AllAccountsResponse,
    pending_tx: Tx,
    all_pending_txs_desc: AllTxsResponse,
  },
  uses: [meshCommon],
  records: [ReceiveMsg, Config, LocalStaking, UserInfo, SlashRatioResponse, MaxSlashQuery, LocalStakingApiMsg, CrossStakingApiMsg, Cw20ExecuteMsg],
  errors: errors('ContractError', {
    Unauthorized: 'Unauthorized',
    UnexpectedDenom: ['All denoms are expected to be {denom}', { denom: t.string }],
    ClaimsLocked: ['Claim is locked, only {range} can be unbonded', { range: t.string }],
    InsufficentBalance: "The address doesn't have sufficient balance for this operation",
    UnknownLienholder: "The lienholder doesn't have any claims",
    InsufficientLien: "The lienholder doesn't have enough claims for the action",
    InvalidReplyId: ['Invalid reply id: {id}', { id: t.u64 }],
    WrongTypeTx: ['The tx {id} exists but is of the wrong type: {tx}', { id: t.u64, tx: t.string }],
    WrongContractTx: ['The tx {id} exists but comes from the wrong address: {addr}', { id: t.u64, addr: t.string }],
    NoLocalStaking: 'No local staking configured',
    NoClaim: 'No claim found',
    Cw20LocalStaking: 'A cw20 collateral vault cannot have a local staking contract',
    DenomAndCollateral: 'Instantiate takes exactly one of `denom` and `collateral`',
  }),
});
