/**
 * wasmd's gas register (x/wasm/types/gas_register.go, wasmd ≥ 0.51 defaults): every SDK-gas cost the
 * wasm module charges around a contract call, and the VM-gas ⇄ SDK-gas conversion. Changing a value
 * here changes consensus.
 */
/** CosmWasm (VM) gas per SDK gas: 1 Teragas per second target (cosmwasm ≥ 2.0). */
export const GAS_MULTIPLIER = 140_000;
/** SDK gas to load a contract instance for one call. */
export const INSTANCE_COST = 60_000;
/** SDK gas to load an instance of pinned code (kept in the VM's memory cache). */
export const INSTANCE_COST_DISCOUNT = 2_000;
/** SDK gas per byte of uncompressed wasm compiled at upload. */
export const COMPILE_COST_PER_BYTE = 3;
/** SDK gas per byte of gzip output when an upload is inflated: 15/100 (floor). */
export const UNCOMPRESS_COST = { numerator: 15, denominator: 100 } as const;
/** SDK gas per byte of the message handed to a contract (0 in wasmd's defaults). */
export const CONTRACT_MESSAGE_DATA_COST = 0;
/** SDK gas per event attribute a contract returns. */
export const PER_ATTRIBUTE_COST = 10;
/** SDK gas per custom event a contract returns. */
export const PER_CUSTOM_EVENT_COST = 20;
/** SDK gas per byte of attribute keys and values (and custom event types) beyond the free tier. */
export const EVENT_ATTRIBUTE_DATA_COST = 1;
/** Bytes of attribute data per response that are free. */
export const EVENT_ATTRIBUTE_DATA_FREE_TIER = 100;
/** SDK gas per byte of a contract result parsed by the host (wasmd `costJSONDeserialization`). */
export const JSON_DESERIALIZATION_COST_PER_BYTE = 1;
/** SDK gas of the address API (wasmd api.go), charged as VM gas × multiplier. */
export const GAS_COST_HUMANIZE = 5;
export const GAS_COST_CANONICALIZE = 4;

export function toVmGas(sdkGas: number): number {
  const v = sdkGas * GAS_MULTIPLIER;
  if (!Number.isSafeInteger(v)) return Number.MAX_SAFE_INTEGER;
  return v;
}

/** Integer division, as wasmd's `FromWasmVMGas`. */
export function fromVmGas(vmGas: number): number {
  return Math.floor(vmGas / GAS_MULTIPLIER);
}

export function setupContractCost(pinned: boolean, msgLen: number): number {
  return (pinned ? INSTANCE_COST_DISCOUNT : INSTANCE_COST) + msgLen * CONTRACT_MESSAGE_DATA_COST;
}

export function compileCost(byteLength: number): number {
  return COMPILE_COST_PER_BYTE * byteLength;
}

export function uncompressCost(byteLength: number): number {
  return Math.floor((byteLength * UNCOMPRESS_COST.numerator) / UNCOMPRESS_COST.denominator);
}

export interface AttributeLike {
  key: string;
  value: string;
}
export interface EventLike {
  type: string;
  attributes: readonly AttributeLike[];
}

function attributeCosts(attrs: readonly AttributeLike[], freeTier: number): [number, number] {
  if (attrs.length === 0) return [0, freeTier];
  let stored = 0;
  for (const a of attrs) stored += Buffer.byteLength(a.key) + Buffer.byteLength(a.value);
  if (stored <= freeTier) {
    freeTier -= stored;
    stored = 0;
  } else {
    stored -= freeTier;
    freeTier = 0;
  }
  return [EVENT_ATTRIBUTE_DATA_COST * stored + PER_ATTRIBUTE_COST * attrs.length, freeTier];
}

/** wasmd `EventCosts`: the free tier is shared by the response attributes and every custom event. */
export function eventCosts(attrs: readonly AttributeLike[], events: readonly EventLike[]): number {
  let [gas, free] = attributeCosts(attrs, EVENT_ATTRIBUTE_DATA_FREE_TIER);
  for (const e of events) {
    gas += PER_CUSTOM_EVENT_COST + Buffer.byteLength(e.type) * EVENT_ATTRIBUTE_DATA_COST;
    let c: number;
    [c, free] = attributeCosts(e.attributes, free);
    gas += c;
  }
  return gas;
}

/** wasmd `ReplyCosts`: instance set-up (discounted) plus the bytes of what the reply carries. */
export function replyCosts(pinned: boolean, reply: { errorLen: number; dataLen: number; events: readonly EventLike[] }): number {
  let eventGas = 0;
  const attrs: AttributeLike[] = [];
  for (const e of reply.events) {
    eventGas += Buffer.byteLength(e.type) * EVENT_ATTRIBUTE_DATA_COST;
    attrs.push(...e.attributes);
  }
  eventGas += eventCosts(attrs, []);
  return eventGas + setupContractCost(pinned, reply.errorLen + reply.dataLen);
}
