/**
 * Capability markers. A contract re-exports the markers of the chain features it needs, e.g.
 *   export { requires_iterator } from "../../std/assembly";
 * The chain refuses the upload if it lacks one (cosmwasm `requires_*` exports). They are never called.
 */
/** Uses db_scan/db_next (Map.range, prefix, keys). */
export function requires_iterator(): void {}
/** Uses StakingMsg / staking queries. */
export function requires_staking(): void {}
/** Uses stargate/any messages or queries, or IBC. */
export function requires_stargate(): void {}
/** CosmWasm 1.1+: bank supply query. */
export function requires_cosmwasm_1_1(): void {}
/** CosmWasm 1.2+: instantiate2, weighted votes, code info. */
export function requires_cosmwasm_1_2(): void {}
/** CosmWasm 1.3+: fund community pool, denom metadata. */
export function requires_cosmwasm_1_3(): void {}
/** CosmWasm 1.4+: distribution queries, db_next_key/db_next_value. */
export function requires_cosmwasm_1_4(): void {}
/** CosmWasm 2.0+: `any` messages, grpc queries. */
export function requires_cosmwasm_2_0(): void {}
