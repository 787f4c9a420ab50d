/**
 * `mesh_burn::distribute_burn`: burns `amount` as evenly as it can from the given stakes (in list
 * order), then puts any remainder on the first stake that can take it. Returns the amount burned per
 * entry (same order; zero where nothing burns) and the total; the caller checks total == amount.
 */
import { Uint128 } from "../../../std/assembly";

export class BurnPlan {
  constructor(
    public burned: Uint128,
    public parts: Uint128[],
  ) {}
}

export function distributeBurn(stakes: Uint128[], amount: Uint128): BurnPlan {
  const n = stakes.length;
  const parts = new Array<Uint128>(n);
  let burned = Uint128.zero();
  const each = amount / Uint128.fromU64(<u64>n);
  for (let i = 0; i < n; i++) {
    const s = stakes[i];
    const b = s < each ? s : each;
    parts[i] = b;
    burned = burned + b;
  }
  if (burned < amount) {
    const rest = amount - burned;
    for (let i = 0; i < n; i++) {
      if (rest + parts[i] <= stakes[i]) {
        parts[i] = parts[i] + rest;
        burned = burned + rest;
        break;
      }
    }
  }
  return new BurnPlan(burned, parts);
}
