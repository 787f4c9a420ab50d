/**
 * Price × discount (spec §8): `normalize` turns provider-denom amounts into local staking tokens,
 * `invert` turns local amounts (slashes) back; both round down at each step, as upstream.
 */
import { Deps, Result, Decimal, Uint128, ok, err, $try, toJsonBinary } from "../../../std/assembly";
import { Coin, PriceQuery, PriceResponse } from "./msg";
import { ContractError } from "./error";
import { CONFIG } from "./state";

function price(deps: Deps, feed: string): Result<Decimal> {
  const raw = $try(deps.querier.querySmart(feed, toJsonBinary(PriceQuery.Price()).data));
  const resp = $try(PriceResponse.parse(raw));
  return ok(resp.nativePerForeign);
}

export function normalize(deps: Deps, amount: Coin): Result<Coin> {
  const cfg = $try(CONFIG.load(deps.storage));
  if (amount.denom != cfg.remoteDenom) return err<Coin>(ContractError.WrongDenom(amount.denom, cfg.remoteDenom));
  const p = $try(price(deps, cfg.priceFeed));
  const converted = p.mulUintFloor(amount.amount);
  return ok(new Coin(cfg.localDenom, cfg.priceAdjustment.mulUintFloor(converted)));
}

/** `floor(1e36 / atomics)`: cosmwasm's `Decimal::inv`. */
function inv(d: Decimal): Decimal {
  return Decimal.one() / d;
}

export function invert(deps: Deps, amount: Coin): Result<Coin> {
  const cfg = $try(CONFIG.load(deps.storage));
  if (amount.denom != cfg.localDenom) return err<Coin>(ContractError.WrongDenom(amount.denom, cfg.localDenom));
  const p = $try(price(deps, cfg.priceFeed));
  if (p.isZero()) return err<Coin>(ContractError.InvalidPrice);
  if (cfg.priceAdjustment.isZero()) return err<Coin>(ContractError.InvalidDiscount);
  const converted = inv(p).mulUintFloor(amount.amount);
  return ok(new Coin(cfg.remoteDenom, inv(cfg.priceAdjustment).mulUintFloor(converted)));
}

export { Uint128 };
