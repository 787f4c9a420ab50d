/** cw-utils payment checks (`nonpayable`, `must_pay`) with cw-utils' PaymentError texts. */
import { MessageInfo, Result, ok, err, Uint128 } from "../../../std/assembly";

export function nonpayable(info: MessageInfo): string | null {
  return info.funds.length == 0 ? null : "This message does no accept funds";
}

/** Exactly one non-zero coin, of `denom`; its amount. */
export function mustPay(info: MessageInfo, denom: string): Result<Uint128> {
  const funds = info.funds;
  if (funds.length == 0) return err<Uint128>("No funds sent");
  if (funds.length > 1) return err<Uint128>("Sent more than one denomination");
  const c = funds[0];
  if (c.amount.isZero()) return err<Uint128>("No funds sent");
  if (c.denom != denom) return err<Uint128>("Must send '" + denom + "' to use this contract");
  return ok(c.amount);
}
