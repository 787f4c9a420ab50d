/** Builds a genesis for the standard app: accounts with balances, module params, validators. */
import type { GenesisDoc, TimeNs } from '../chain/kernel/baseapp.js';
import type { MeshworkApp } from '../app/chain/meshwork-app.js';

export class GenesisBuilder {
  private readonly balances = new Map<string, Map<string, bigint>>();
  private readonly state: Record<string, Record<string, unknown>> = {};

  constructor(readonly m: MeshworkApp) {}

  /** Credits `amount` of `denom` (default: the bond denom) to `address` at genesis. */
  fund(address: string, amount: bigint, denom = this.m.bondDenom): this {
    const addr = this.m.codec.normalize(address);
    const b = this.balances.get(addr) ?? new Map<string, bigint>();
    b.set(denom, (b.get(denom) ?? 0n) + amount);
    this.balances.set(addr, b);
    return this;
  }

  /** Merges `values` into module `module`'s genesis state. */
  set(module: string, values: Record<string, unknown>): this {
    this.state[module] = { ...(this.state[module] ?? {}), ...values };
    return this;
  }

  build(chainId: string, genesisTime: TimeNs): GenesisDoc {
    const balances = [...this.balances.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([address, coins]) => ({
        address,
        coins: [...coins.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([denom, amount]) => ({ denom, amount: amount.toString() })),
      }));
    const appState: Record<string, unknown> = { ...this.state, bank: { ...(this.state['bank'] ?? {}), balances } };
    return { chainId, genesisTime, initialHeight: 1, appState };
  }
}
