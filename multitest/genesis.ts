/** Builds a genesis for the standard app: accounts with balances, module params, validators. */
import type { GenesisDoc, TimeNs } from '../chain/kernel/baseapp.js';
import type { MeshworkApp } from '../app/chain/meshwork-app.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { ValidatorSigner } from '../chain/consensus/keys.js';

export interface GenesisValidator {
  label: string;
  /** Operator account (bech32). */
  operator: string;
  valoper: string;
  signer: ValidatorSigner;
}

/** Deterministic address for a label (cw-multi-test's `addr_make`): the first 20 bytes of sha256 of a key from the label. */
export function labelAddress(m: MeshworkApp, label: string): string {
  return m.codec.encode(sha256(new TextEncoder().encode(`meshwork-multitest/${label}`)).slice(0, 20));
}

export class GenesisBuilder {
  private readonly balances = new Map<string, Map<string, bigint>>();
  private readonly state: Record<string, Record<string, unknown>> = {};
  private readonly validators: { v: GenesisValidator; selfBond: bigint; opts: { commissionRate?: string; moniker?: string } }[] = [];
  /** Keys of the genesis validators, for the block driver. */
  get signers(): ValidatorSigner[] {
    return this.validators.map((x) => x.v.signer);
  }

  /** `addressOf`: how labels become addresses (default `labelAddress`; TestChain passes its own). */
  constructor(
    readonly m: MeshworkApp,
    private readonly addressOf: (label: string) => string = (label) => labelAddress(m, label),
  ) {}

  /** The address `TestChain.addr(label)` gives, to fund it at genesis. */
  addr(label: string): string {
    return this.addressOf(label);
  }

  /** Credits `amount` of `denom` (default: the bond denom) to `address` at genesis. */
  fund(address: string, amount: bigint, denom = this.m.bondDenom): this {
    const addr = this.m.codec.normalize(address);
    const b = this.balances.get(addr) ?? new Map<string, bigint>();
    b.set(denom, (b.get(denom) ?? 0n) + amount);
    this.balances.set(addr, b);
    return this;
  }

  /**
   * A genesis validator: its operator account is funded with `selfBond` and self-delegates it; the
   * consensus key is derived from the label (devnet/test keys only). Returns the addresses.
   */
  validator(label: string, selfBond: bigint, opts: { commissionRate?: string; moniker?: string } = {}): GenesisValidator {
    const signer = ValidatorSigner.fromSeed(`${label}`);
    const operator = this.m.codec.encode(sha256(new TextEncoder().encode(`meshwork-multitest/validator/${label}`)).slice(0, 20));
    this.fund(operator, selfBond);
    const v: GenesisValidator = { label, operator, valoper: this.m.codec.accountToValoper(operator), signer };
    this.validators.push({ v, selfBond, opts });
    return v;
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
    if (this.validators.length > 0) {
      const staking = (this.state['staking'] ?? {}) as { validators?: unknown[] };
      appState['staking'] = {
        ...staking,
        validators: [
          ...(staking.validators ?? []),
          ...this.validators.map(({ v, selfBond, opts }) => ({
            operator: v.operator,
            pubkey: Buffer.from(v.signer.pubKey).toString('hex'),
            amount: selfBond.toString(),
            moniker: opts.moniker ?? v.label,
            commission_rate: opts.commissionRate ?? '0.1',
            commission_max_rate: '0.2',
            commission_max_change_rate: '0.01',
          })),
        ],
      };
    }
    return { chainId, genesisTime, initialHeight: 1, appState };
  }
}
