/**
 * simple-price-feed's API (mesh-security v0.10.0-alpha.2 `contracts/consumer/simple-price-feed`),
 * plus an optional staleness bound (`price_ttl`, seconds; upstream's remote feeds have one, the
 * simple feed does not): past it, `price` fails with `OutdatedPriceData` like the remote feeds.
 */
import { contract, struct, enumOf, errors, t } from '../../tools/declare.js';
import { PriceResponse } from '../common/declare-types.js';
import { meshCommon } from '../common/declare.js';

export const InstantiateMsg = struct(
  'InstantiateMsg',
  { native_per_foreign: t.Decimal, owner: t.option(t.string), price_ttl: t.option(t.u64) },
  { rust: 'mesh_simple_price_feed::contract::sv::InstantiateMsg' },
);

export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  { update_price: { native_per_foreign: t.Decimal } },
  { rust: 'mesh_simple_price_feed::contract::sv::ContractExecMsg' },
);

/** PriceFeedApi's sudo, sent by x/meshsecurity every epoch once the feed is registered. */
export const SudoMsg = enumOf('SudoMsg', { handle_epoch: {} }, { rust: 'mesh_apis::price_feed_api::PriceFeedApiSudoMsg' });

export const QueryMsg = enumOf('QueryMsg', { price: {}, config: {} }, { rust: 'mesh_simple_price_feed::contract::sv::ContractQueryMsg' });

export const ConfigResponse = struct('ConfigResponse', { owner: t.string, price_ttl: t.option(t.u64) });

/** The stored feed: the price, when it was set, by whom it may be set. */
export const Config = struct(
  'Config',
  { owner: t.Addr, native_per_foreign: t.Decimal, price_time: t.Timestamp, price_ttl: t.option(t.u64) },
  { rust: 'mesh_simple_price_feed::state::Config' },
);

export default contract({
  name: 'mesh-simple-price-feed',
  version: '0.10.0-alpha.2',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  sudo: SudoMsg,
  query: QueryMsg,
  responses: { price: PriceResponse, config: ConfigResponse },
  uses: [meshCommon],
  records: [Config],
  errors: errors('ContractError', {
    Unauthorized: 'Unauthorized',
    ZeroPrice: 'The price must be greater than zero',
    OutdatedPriceData: 'Price data are outdated',
  }),
});
