/**
 * Gas: the operator cost table, host-function costs and the VM-gas → SDK-gas ratio, as named
 * constants modelled on cosmwasm-vm 3.0.9 (`engine.rs`, `environment.rs::GasConfig`) and
 * wasmd (`DefaultGasMultiplier`), so our figures can be compared with theirs.
 * Changing any value here changes consensus: bump INSTRUMENTATION_VERSION with it.
 */

/** Part of the compiled-module cache key; bump whenever instrumentation or costs change. */
export const INSTRUMENTATION_VERSION = 1;

/** Flat cost of one WebAssembly operator (1 Teragas per second target). */
export const GAS_PER_OPERATION = 115;
/** Accounting operators (branch sources/targets, calls) cost this many times more. */
export const ACCOUNTING_MULTIPLIER = 14;
/** Functions with at least this many declared locals pay GAS_PER_OPERATION per local above it, minus one. */
export const CHARGED_LOCALS_THRESHOLD = 30;

/** CosmWasm gas per SDK gas (wasmd ≥ 0.51). */
export const GAS_MULTIPLIER = 140_000;

export interface LinearGasCost {
  base: number;
  perItem: number;
}

export function linearCost(c: LinearGasCost, items: number): number {
  return c.base + c.perItem * items;
}

const GAS_PER_US = 1_000_000;

/** Host-function costs (cosmwasm-vm `GasConfig::default()`). */
export const HOST_GAS = Object.freeze({
  hostCall: 18_000,
  secp256k1Verify: 96 * GAS_PER_US,
  secp256k1RecoverPubkey: 194 * GAS_PER_US,
  secp256r1Verify: 279 * GAS_PER_US,
  secp256r1RecoverPubkey: 592 * GAS_PER_US,
  ed25519Verify: 35 * GAS_PER_US,
  ed25519BatchVerify: { base: 24 * GAS_PER_US, perItem: 21 * GAS_PER_US } as LinearGasCost,
  ed25519BatchVerifyOnePubkey: { base: 36 * GAS_PER_US, perItem: 10 * GAS_PER_US } as LinearGasCost,
  bls12381AggregateG1: { base: (136 * GAS_PER_US) / 2, perItem: (24 * GAS_PER_US) / 2 } as LinearGasCost,
  bls12381AggregateG2: { base: (207 * GAS_PER_US) / 2, perItem: (49 * GAS_PER_US) / 2 } as LinearGasCost,
  bls12381HashToG1: 563 * GAS_PER_US,
  bls12381HashToG2: 871 * GAS_PER_US,
  bls12381PairingEquality: { base: 2112 * GAS_PER_US, perItem: 163 * GAS_PER_US } as LinearGasCost,
  writeRegion: { base: 230_000, perItem: 570 } as LinearGasCost,
  readRegionSmall: { base: 200_000, perItem: 115 } as LinearGasCost,
  readRegionLarge: { base: 0, perItem: 520 } as LinearGasCost,
  /** Regions up to this many bytes use readRegionSmall. */
  readRegionSmallLimit: 8 * 1024 * 1024,
  stringFromBytes: { base: 28_700, perItem: 1_400 } as LinearGasCost,
});

export function readRegionCost(bytes: number): number {
  return bytes <= HOST_GAS.readRegionSmallLimit
    ? linearCost(HOST_GAS.readRegionSmall, bytes)
    : linearCost(HOST_GAS.readRegionLarge, bytes);
}

/** Gas of "unlimited" calls: the largest integer JS numbers hold exactly. */
export const UNLIMITED_GAS = Number.MAX_SAFE_INTEGER;
