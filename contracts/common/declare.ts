/**
 * The types contracts of this repository share with each other (cosmwasm-std's and cw2's, and small
 * stored records), generated once into `assembly/types.ts` together with the `Vec`/`Option` codec
 * helpers of every primitive and of these types. Every contract's generated msg.ts (and every
 * shared module, such as `contracts/mesh/common`) imports what it reaches from there instead of
 * carrying its own copy; a contract's declare.ts imports the declarations from here.
 */
import { sharedTypes, struct, t } from '../tools/declare.js';

/** cosmwasm_std::Coin. */
export const Coin = struct('Coin', { denom: t.string, amount: t.Uint128 }, { rust: 'cosmwasm_std::Coin' });

/** cosmwasm `Validator`, as a chain hands validator changes to a contract (only the fields read; others ignored). */
export const Validator = struct(
  'Validator',
  { address: t.string, commission: t.Decimal, max_commission: t.Decimal, max_change_rate: t.Decimal },
  { rust: 'cosmwasm_std::Validator', denyUnknown: false },
);

/** cosmwasm `FullDelegation` as the staking querier answers (only the fields read; others ignored). */
export const FullDelegation = struct('FullDelegation', { delegator: t.string, validator: t.string, amount: Coin }, { denyUnknown: false });
export const DelegationResponse = struct('DelegationResponse', { delegation: t.option(FullDelegation) }, { rust: 'cosmwasm_std::DelegationResponse', denyUnknown: false });
export const Delegation = struct('Delegation', { delegator: t.string, validator: t.string, amount: Coin }, { denyUnknown: false });
export const AllDelegationsResponse = struct('AllDelegationsResponse', { delegations: t.vec(Delegation) }, { rust: 'cosmwasm_std::AllDelegationsResponse', denyUnknown: false });

/** cw2's `contract_info` record: the contract's name and version. */
export const ContractVersion = struct('ContractVersion', { contract: t.string, version: t.string }, { rust: 'cw2::ContractVersion' });

/** A stored counter or id: `{"value": n}`. */
export const U64Value = struct('U64Value', { value: t.u64 });

export const common = sharedTypes({ dir: 'contracts/common', file: 'types', declFile: 'contracts/common/declare.ts' }, [
  Coin,
  Validator,
  FullDelegation,
  DelegationResponse,
  Delegation,
  AllDelegationsResponse,
  ContractVersion,
  U64Value,
]);
