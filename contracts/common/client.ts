// Generated from contracts/common/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// The types of these shared declarations, in the shape @cosmwasm/ts-codegen writes; contract clients import them from here.

export type Uint128 = string;

export interface Coin {
  denom: string;
  amount: Uint128;
}

export type Decimal = string;

export interface Validator {
  address: string;
  commission: Decimal;
  max_commission: Decimal;
  max_change_rate: Decimal;
}

export interface FullDelegation {
  delegator: string;
  validator: string;
  amount: Coin;
}

export interface DelegationResponse {
  delegation?: FullDelegation | null;
}

export interface Delegation {
  delegator: string;
  validator: string;
  amount: Coin;
}

export interface AllDelegationsResponse {
  delegations: Delegation[];
}

export interface ContractVersion {
  contract: string;
  version: string;
}

export interface U64Value {
  value: number;
}
