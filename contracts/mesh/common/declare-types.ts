/**
 * Types every Mesh Security contract shares (upstream's `mesh_sync` and `mesh_apis`; cosmwasm-std's
 * come from contracts/common), declared once here and imported by each contract's declare.ts.
 */
import { struct, enumOf, t } from '../../tools/declare.js';
import { Coin } from '../../common/declare.js';

/** cosmwasm-std's types, declared repository-wide (contracts/common), re-exported for the Mesh contracts' declarations. */
export { Coin, Validator, FullDelegation, DelegationResponse, Delegation, AllDelegationsResponse } from '../../common/declare.js';

/** mesh_sync::ValueRange: `low` whatever in-flight txs do, `high` if they all commit. */
export const ValueRange = struct('ValueRange', { l: t.Uint128, h: t.Uint128 }, { rust: 'mesh_sync::range::ValueRange<cosmwasm_std::Uint128>' });

/** mesh_apis::vault_api::SlashInfo */
export const SlashInfo = struct('SlashInfo', { user: t.string, slash: t.Uint128 });

/** The answer to `max_slash{}` (LocalStakingApi / CrossStakingApi). */
export const SlashRatioResponse = struct(
  'SlashRatioResponse',
  { slash_ratio_dsign: t.Decimal, slash_ratio_offline: t.Decimal },
  { rust: 'mesh_apis::local_staking_api::SlashRatioResponse' },
);

/** `{"max_slash":{}}`, the query the vault sends to a lien holder. */
export const MaxSlashQuery = enumOf('MaxSlashQuery', { max_slash: {} }, { rust: 'mesh_apis::local_staking_api::sv::LocalStakingApiQueryMsg' });

/** LocalStakingApi executes (native-staking). */
export const LocalStakingApiMsg = enumOf(
  'LocalStakingApiMsg',
  {
    receive_stake: { owner: t.string, msg: t.Binary },
    burn_stake: { owner: t.string, amount: Coin, validator: t.option(t.string) },
  },
  { rust: 'mesh_apis::local_staking_api::sv::LocalStakingApiExecMsg' },
);

/** CrossStakingApi executes (external-staking). */
export const CrossStakingApiMsg = enumOf(
  'CrossStakingApiMsg',
  {
    receive_virtual_stake: { owner: t.string, amount: Coin, tx_id: t.u64, msg: t.Binary },
    burn_virtual_stake: { owner: t.string, amount: Coin, validator: t.option(t.string) },
  },
  { rust: 'mesh_apis::cross_staking_api::sv::CrossStakingApiExecMsg' },
);

/** VaultApi executes, as the lien holders send them. */
export const VaultApiMsg = enumOf(
  'VaultApiMsg',
  {
    release_cross_stake: { owner: t.string, amount: Coin },
    release_local_stake: { owner: t.string },
    commit_tx: { tx_id: t.u64 },
    rollback_tx: { tx_id: t.u64 },
    local_slash: { slashes: t.vec(SlashInfo), validator: t.string },
    cross_slash: { slashes: t.vec(SlashInfo), validator: t.string },
  },
  { rust: 'mesh_apis::vault_api::sv::VaultApiExecMsg' },
);

/** mesh_sync::Tx, as upstream serialises every pending tx kind. */
export const Tx = enumOf(
  'Tx',
  {
    in_flight_staking: { id: t.u64, amount: t.Uint128, slashable: t.Decimal, user: t.Addr, lienholder: t.Addr },
    in_flight_remote_staking: { id: t.u64, amount: t.Uint128, user: t.Addr, validator: t.string },
    in_flight_remote_unstaking: { id: t.u64, amount: t.Uint128, user: t.Addr, validator: t.string },
    in_flight_transfer_funds: { id: t.u64, amount: t.Uint128, staker: t.Addr, validator: t.string },
  },
  { rust: 'mesh_sync::txs::Tx' },
);


/** The proxy's instantiate data, read by native-staking's reply: `{"owner": ...}`. */
export const OwnerMsg = struct('OwnerMsg', { owner: t.string }, { rust: 'mesh_native_staking_proxy::msg::OwnerMsg' });
/** native-staking's `receive_stake` payload. */
export const StakeMsg = struct('StakeMsg', { validator: t.string }, { rust: 'mesh_native_staking::msg::StakeMsg' });


/** PriceFeedApi: `{"price":{}}` and its answer. */
export const PriceQuery = enumOf('PriceQuery', { price: {} }, { rust: 'mesh_apis::price_feed_api::sv::PriceFeedApiQueryMsg' });
export const PriceResponse = struct('PriceResponse', { native_per_foreign: t.Decimal }, { rust: 'mesh_apis::price_feed_api::PriceResponse' });
