// Generated from contracts/mesh/common/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../../std/assembly";
import { AllDelegationsResponse, Coin, Delegation, DelegationResponse, FullDelegation, Validator } from "../../../common/assembly/types";
export { AllDelegationsResponse, Coin, Delegation, DelegationResponse, FullDelegation, Validator } from "../../../common/assembly/types";
import { readOptString, readVecString, writeOptString, writeVecString } from "../../../common/assembly/types";

export function readVecCrossStakingApiMsg(r: JsonReader): CrossStakingApiMsg[] {
  const a = new Array<CrossStakingApiMsg>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(CrossStakingApiMsg.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecCrossStakingApiMsg(w: JsonWriter, a: CrossStakingApiMsg[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptCrossStakingApiMsg(r: JsonReader): CrossStakingApiMsg | null {
  if (r.readNull()) return null;
  return CrossStakingApiMsg.readJson(r);
}

export function writeOptCrossStakingApiMsg(w: JsonWriter, v: CrossStakingApiMsg | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<CrossStakingApiMsg>(v).writeJson(w);
}

export function readOptVecCrossStakingApiMsg(r: JsonReader): CrossStakingApiMsg[] | null {
  if (r.readNull()) return null;
  return readVecCrossStakingApiMsg(r);
}

export function writeOptVecCrossStakingApiMsg(w: JsonWriter, v: CrossStakingApiMsg[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecCrossStakingApiMsg(w, changetype<CrossStakingApiMsg[]>(v));
}

export function readVecLocalStakingApiMsg(r: JsonReader): LocalStakingApiMsg[] {
  const a = new Array<LocalStakingApiMsg>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(LocalStakingApiMsg.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecLocalStakingApiMsg(w: JsonWriter, a: LocalStakingApiMsg[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptLocalStakingApiMsg(r: JsonReader): LocalStakingApiMsg | null {
  if (r.readNull()) return null;
  return LocalStakingApiMsg.readJson(r);
}

export function writeOptLocalStakingApiMsg(w: JsonWriter, v: LocalStakingApiMsg | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<LocalStakingApiMsg>(v).writeJson(w);
}

export function readOptVecLocalStakingApiMsg(r: JsonReader): LocalStakingApiMsg[] | null {
  if (r.readNull()) return null;
  return readVecLocalStakingApiMsg(r);
}

export function writeOptVecLocalStakingApiMsg(w: JsonWriter, v: LocalStakingApiMsg[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecLocalStakingApiMsg(w, changetype<LocalStakingApiMsg[]>(v));
}

export function readVecMaxSlashQuery(r: JsonReader): MaxSlashQuery[] {
  const a = new Array<MaxSlashQuery>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(MaxSlashQuery.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecMaxSlashQuery(w: JsonWriter, a: MaxSlashQuery[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptMaxSlashQuery(r: JsonReader): MaxSlashQuery | null {
  if (r.readNull()) return null;
  return MaxSlashQuery.readJson(r);
}

export function writeOptMaxSlashQuery(w: JsonWriter, v: MaxSlashQuery | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<MaxSlashQuery>(v).writeJson(w);
}

export function readOptVecMaxSlashQuery(r: JsonReader): MaxSlashQuery[] | null {
  if (r.readNull()) return null;
  return readVecMaxSlashQuery(r);
}

export function writeOptVecMaxSlashQuery(w: JsonWriter, v: MaxSlashQuery[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecMaxSlashQuery(w, changetype<MaxSlashQuery[]>(v));
}

export function readVecOwnerMsg(r: JsonReader): OwnerMsg[] {
  const a = new Array<OwnerMsg>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(OwnerMsg.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecOwnerMsg(w: JsonWriter, a: OwnerMsg[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptOwnerMsg(r: JsonReader): OwnerMsg | null {
  if (r.readNull()) return null;
  return OwnerMsg.readJson(r);
}

export function writeOptOwnerMsg(w: JsonWriter, v: OwnerMsg | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<OwnerMsg>(v).writeJson(w);
}

export function readOptVecOwnerMsg(r: JsonReader): OwnerMsg[] | null {
  if (r.readNull()) return null;
  return readVecOwnerMsg(r);
}

export function writeOptVecOwnerMsg(w: JsonWriter, v: OwnerMsg[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecOwnerMsg(w, changetype<OwnerMsg[]>(v));
}

export function readVecPriceQuery(r: JsonReader): PriceQuery[] {
  const a = new Array<PriceQuery>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(PriceQuery.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecPriceQuery(w: JsonWriter, a: PriceQuery[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptPriceQuery(r: JsonReader): PriceQuery | null {
  if (r.readNull()) return null;
  return PriceQuery.readJson(r);
}

export function writeOptPriceQuery(w: JsonWriter, v: PriceQuery | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<PriceQuery>(v).writeJson(w);
}

export function readOptVecPriceQuery(r: JsonReader): PriceQuery[] | null {
  if (r.readNull()) return null;
  return readVecPriceQuery(r);
}

export function writeOptVecPriceQuery(w: JsonWriter, v: PriceQuery[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecPriceQuery(w, changetype<PriceQuery[]>(v));
}

export function readVecPriceResponse(r: JsonReader): PriceResponse[] {
  const a = new Array<PriceResponse>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(PriceResponse.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecPriceResponse(w: JsonWriter, a: PriceResponse[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptPriceResponse(r: JsonReader): PriceResponse | null {
  if (r.readNull()) return null;
  return PriceResponse.readJson(r);
}

export function writeOptPriceResponse(w: JsonWriter, v: PriceResponse | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<PriceResponse>(v).writeJson(w);
}

export function readOptVecPriceResponse(r: JsonReader): PriceResponse[] | null {
  if (r.readNull()) return null;
  return readVecPriceResponse(r);
}

export function writeOptVecPriceResponse(w: JsonWriter, v: PriceResponse[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecPriceResponse(w, changetype<PriceResponse[]>(v));
}

export function readVecSlashInfo(r: JsonReader): SlashInfo[] {
  const a = new Array<SlashInfo>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(SlashInfo.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecSlashInfo(w: JsonWriter, a: SlashInfo[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptSlashInfo(r: JsonReader): SlashInfo | null {
  if (r.readNull()) return null;
  return SlashInfo.readJson(r);
}

export function writeOptSlashInfo(w: JsonWriter, v: SlashInfo | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<SlashInfo>(v).writeJson(w);
}

export function readOptVecSlashInfo(r: JsonReader): SlashInfo[] | null {
  if (r.readNull()) return null;
  return readVecSlashInfo(r);
}

export function writeOptVecSlashInfo(w: JsonWriter, v: SlashInfo[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecSlashInfo(w, changetype<SlashInfo[]>(v));
}

export function readVecSlashRatioResponse(r: JsonReader): SlashRatioResponse[] {
  const a = new Array<SlashRatioResponse>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(SlashRatioResponse.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecSlashRatioResponse(w: JsonWriter, a: SlashRatioResponse[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptSlashRatioResponse(r: JsonReader): SlashRatioResponse | null {
  if (r.readNull()) return null;
  return SlashRatioResponse.readJson(r);
}

export function writeOptSlashRatioResponse(w: JsonWriter, v: SlashRatioResponse | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<SlashRatioResponse>(v).writeJson(w);
}

export function readOptVecSlashRatioResponse(r: JsonReader): SlashRatioResponse[] | null {
  if (r.readNull()) return null;
  return readVecSlashRatioResponse(r);
}

export function writeOptVecSlashRatioResponse(w: JsonWriter, v: SlashRatioResponse[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecSlashRatioResponse(w, changetype<SlashRatioResponse[]>(v));
}

export function readVecStakeMsg(r: JsonReader): StakeMsg[] {
  const a = new Array<StakeMsg>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(StakeMsg.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecStakeMsg(w: JsonWriter, a: StakeMsg[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptStakeMsg(r: JsonReader): StakeMsg | null {
  if (r.readNull()) return null;
  return StakeMsg.readJson(r);
}

export function writeOptStakeMsg(w: JsonWriter, v: StakeMsg | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<StakeMsg>(v).writeJson(w);
}

export function readOptVecStakeMsg(r: JsonReader): StakeMsg[] | null {
  if (r.readNull()) return null;
  return readVecStakeMsg(r);
}

export function writeOptVecStakeMsg(w: JsonWriter, v: StakeMsg[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecStakeMsg(w, changetype<StakeMsg[]>(v));
}

export function readVecTx(r: JsonReader): Tx[] {
  const a = new Array<Tx>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Tx.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecTx(w: JsonWriter, a: Tx[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptTx(r: JsonReader): Tx | null {
  if (r.readNull()) return null;
  return Tx.readJson(r);
}

export function writeOptTx(w: JsonWriter, v: Tx | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Tx>(v).writeJson(w);
}

export function readOptVecTx(r: JsonReader): Tx[] | null {
  if (r.readNull()) return null;
  return readVecTx(r);
}

export function writeOptVecTx(w: JsonWriter, v: Tx[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecTx(w, changetype<Tx[]>(v));
}

export function readVecValueRange(r: JsonReader): ValueRange[] {
  const a = new Array<ValueRange>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ValueRange.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecValueRange(w: JsonWriter, a: ValueRange[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptValueRange(r: JsonReader): ValueRange | null {
  if (r.readNull()) return null;
  return ValueRange.readJson(r);
}

export function writeOptValueRange(w: JsonWriter, v: ValueRange | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<ValueRange>(v).writeJson(w);
}

export function readOptVecValueRange(r: JsonReader): ValueRange[] | null {
  if (r.readNull()) return null;
  return readVecValueRange(r);
}

export function writeOptVecValueRange(w: JsonWriter, v: ValueRange[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecValueRange(w, changetype<ValueRange[]>(v));
}

export function readVecVaultApiMsg(r: JsonReader): VaultApiMsg[] {
  const a = new Array<VaultApiMsg>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(VaultApiMsg.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecVaultApiMsg(w: JsonWriter, a: VaultApiMsg[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptVaultApiMsg(r: JsonReader): VaultApiMsg | null {
  if (r.readNull()) return null;
  return VaultApiMsg.readJson(r);
}

export function writeOptVaultApiMsg(w: JsonWriter, v: VaultApiMsg | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<VaultApiMsg>(v).writeJson(w);
}

export function readOptVecVaultApiMsg(r: JsonReader): VaultApiMsg[] | null {
  if (r.readNull()) return null;
  return readVecVaultApiMsg(r);
}

export function writeOptVecVaultApiMsg(w: JsonWriter, v: VaultApiMsg[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecVaultApiMsg(w, changetype<VaultApiMsg[]>(v));
}

export function readVecAckWrapper(r: JsonReader): AckWrapper[] {
  const a = new Array<AckWrapper>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(AckWrapper.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecAckWrapper(w: JsonWriter, a: AckWrapper[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptAckWrapper(r: JsonReader): AckWrapper | null {
  if (r.readNull()) return null;
  return AckWrapper.readJson(r);
}

export function writeOptAckWrapper(w: JsonWriter, v: AckWrapper | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<AckWrapper>(v).writeJson(w);
}

export function readOptVecAckWrapper(r: JsonReader): AckWrapper[] | null {
  if (r.readNull()) return null;
  return readVecAckWrapper(r);
}

export function writeOptVecAckWrapper(w: JsonWriter, v: AckWrapper[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecAckWrapper(w, changetype<AckWrapper[]>(v));
}

export function readVecAddValidator(r: JsonReader): AddValidator[] {
  const a = new Array<AddValidator>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(AddValidator.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecAddValidator(w: JsonWriter, a: AddValidator[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptAddValidator(r: JsonReader): AddValidator | null {
  if (r.readNull()) return null;
  return AddValidator.readJson(r);
}

export function writeOptAddValidator(w: JsonWriter, v: AddValidator | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<AddValidator>(v).writeJson(w);
}

export function readOptVecAddValidator(r: JsonReader): AddValidator[] | null {
  if (r.readNull()) return null;
  return readVecAddValidator(r);
}

export function writeOptVecAddValidator(w: JsonWriter, v: AddValidator[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecAddValidator(w, changetype<AddValidator[]>(v));
}

export function readVecConsumerPacket(r: JsonReader): ConsumerPacket[] {
  const a = new Array<ConsumerPacket>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ConsumerPacket.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecConsumerPacket(w: JsonWriter, a: ConsumerPacket[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptConsumerPacket(r: JsonReader): ConsumerPacket | null {
  if (r.readNull()) return null;
  return ConsumerPacket.readJson(r);
}

export function writeOptConsumerPacket(w: JsonWriter, v: ConsumerPacket | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<ConsumerPacket>(v).writeJson(w);
}

export function readOptVecConsumerPacket(r: JsonReader): ConsumerPacket[] | null {
  if (r.readNull()) return null;
  return readVecConsumerPacket(r);
}

export function writeOptVecConsumerPacket(w: JsonWriter, v: ConsumerPacket[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecConsumerPacket(w, changetype<ConsumerPacket[]>(v));
}

export function readVecEmptyAck(r: JsonReader): EmptyAck[] {
  const a = new Array<EmptyAck>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(EmptyAck.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecEmptyAck(w: JsonWriter, a: EmptyAck[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptEmptyAck(r: JsonReader): EmptyAck | null {
  if (r.readNull()) return null;
  return EmptyAck.readJson(r);
}

export function writeOptEmptyAck(w: JsonWriter, v: EmptyAck | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<EmptyAck>(v).writeJson(w);
}

export function readOptVecEmptyAck(r: JsonReader): EmptyAck[] | null {
  if (r.readNull()) return null;
  return readVecEmptyAck(r);
}

export function writeOptVecEmptyAck(w: JsonWriter, v: EmptyAck[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecEmptyAck(w, changetype<EmptyAck[]>(v));
}

export function readVecProtocolVersion(r: JsonReader): ProtocolVersion[] {
  const a = new Array<ProtocolVersion>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ProtocolVersion.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecProtocolVersion(w: JsonWriter, a: ProtocolVersion[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptProtocolVersion(r: JsonReader): ProtocolVersion | null {
  if (r.readNull()) return null;
  return ProtocolVersion.readJson(r);
}

export function writeOptProtocolVersion(w: JsonWriter, v: ProtocolVersion | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<ProtocolVersion>(v).writeJson(w);
}

export function readOptVecProtocolVersion(r: JsonReader): ProtocolVersion[] | null {
  if (r.readNull()) return null;
  return readVecProtocolVersion(r);
}

export function writeOptVecProtocolVersion(w: JsonWriter, v: ProtocolVersion[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecProtocolVersion(w, changetype<ProtocolVersion[]>(v));
}

export function readVecProviderPacket(r: JsonReader): ProviderPacket[] {
  const a = new Array<ProviderPacket>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ProviderPacket.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecProviderPacket(w: JsonWriter, a: ProviderPacket[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptProviderPacket(r: JsonReader): ProviderPacket | null {
  if (r.readNull()) return null;
  return ProviderPacket.readJson(r);
}

export function writeOptProviderPacket(w: JsonWriter, v: ProviderPacket | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<ProviderPacket>(v).writeJson(w);
}

export function readOptVecProviderPacket(r: JsonReader): ProviderPacket[] | null {
  if (r.readNull()) return null;
  return readVecProviderPacket(r);
}

export function writeOptVecProviderPacket(w: JsonWriter, v: ProviderPacket[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecProviderPacket(w, changetype<ProviderPacket[]>(v));
}

export function readVecRewardInfo(r: JsonReader): RewardInfo[] {
  const a = new Array<RewardInfo>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(RewardInfo.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecRewardInfo(w: JsonWriter, a: RewardInfo[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptRewardInfo(r: JsonReader): RewardInfo | null {
  if (r.readNull()) return null;
  return RewardInfo.readJson(r);
}

export function writeOptRewardInfo(w: JsonWriter, v: RewardInfo | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<RewardInfo>(v).writeJson(w);
}

export function readOptVecRewardInfo(r: JsonReader): RewardInfo[] | null {
  if (r.readNull()) return null;
  return readVecRewardInfo(r);
}

export function writeOptVecRewardInfo(w: JsonWriter, v: RewardInfo[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecRewardInfo(w, changetype<RewardInfo[]>(v));
}

export function readVecValidatorSlashInfo(r: JsonReader): ValidatorSlashInfo[] {
  const a = new Array<ValidatorSlashInfo>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ValidatorSlashInfo.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecValidatorSlashInfo(w: JsonWriter, a: ValidatorSlashInfo[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptValidatorSlashInfo(r: JsonReader): ValidatorSlashInfo | null {
  if (r.readNull()) return null;
  return ValidatorSlashInfo.readJson(r);
}

export function writeOptValidatorSlashInfo(w: JsonWriter, v: ValidatorSlashInfo | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<ValidatorSlashInfo>(v).writeJson(w);
}

export function readOptVecValidatorSlashInfo(r: JsonReader): ValidatorSlashInfo[] | null {
  if (r.readNull()) return null;
  return readVecValidatorSlashInfo(r);
}

export function writeOptVecValidatorSlashInfo(w: JsonWriter, v: ValidatorSlashInfo[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecValidatorSlashInfo(w, changetype<ValidatorSlashInfo[]>(v));
}

// @ts-ignore: decorator
@lazy const ReceiveVirtualStakeCrossStakingApiMsg_FIELDS: string[] = ["owner", "amount", "tx_id", "msg"];
export class ReceiveVirtualStakeCrossStakingApiMsg {
  constructor(
    public owner: string = "",
    public amount: Coin = new Coin(),
    public txId: u64 = 0,
    public msg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): ReceiveVirtualStakeCrossStakingApiMsg {
    const m = changetype<ReceiveVirtualStakeCrossStakingApiMsg>(__new(offsetof<ReceiveVirtualStakeCrossStakingApiMsg>(), idof<ReceiveVirtualStakeCrossStakingApiMsg>()));
    const s = r.struct(ReceiveVirtualStakeCrossStakingApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.amount = Coin.readJson(r);
          break;
        case 2:
          m.txId = r.readU64();
          break;
        case 3:
          m.msg = Binary.readJson(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("tx_id");
    w.u64(this.txId);
    w.key("msg");
    this.msg.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const BurnVirtualStakeCrossStakingApiMsg_FIELDS: string[] = ["owner", "amount", "validator"];
export class BurnVirtualStakeCrossStakingApiMsg {
  constructor(
    public owner: string = "",
    public amount: Coin = new Coin(),
    public validator: string | null = null,
  ) {}
  static readJson(r: JsonReader): BurnVirtualStakeCrossStakingApiMsg {
    const m = changetype<BurnVirtualStakeCrossStakingApiMsg>(__new(offsetof<BurnVirtualStakeCrossStakingApiMsg>(), idof<BurnVirtualStakeCrossStakingApiMsg>()));
    const s = r.struct(BurnVirtualStakeCrossStakingApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.amount = Coin.readJson(r);
          break;
        case 2:
          m.validator = readOptString(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("validator");
    writeOptString(w, this.validator);
    w.endObject();
  }
}

export enum CrossStakingApiMsgKind {
  ReceiveVirtualStake,
  BurnVirtualStake,
}
// @ts-ignore: decorator
@lazy const CrossStakingApiMsg_VARIANTS: string[] = ["receive_virtual_stake", "burn_virtual_stake"];
/** One of `receive_virtual_stake`, `burn_virtual_stake`; only the payload of `kind` is set. */
export class CrossStakingApiMsg {
  constructor(public kind: CrossStakingApiMsgKind = 0) {}
  receiveVirtualStake: ReceiveVirtualStakeCrossStakingApiMsg | null = null;
  burnVirtualStake: BurnVirtualStakeCrossStakingApiMsg | null = null;
  static ReceiveVirtualStake(value: ReceiveVirtualStakeCrossStakingApiMsg): CrossStakingApiMsg {
    const m = new CrossStakingApiMsg(CrossStakingApiMsgKind.ReceiveVirtualStake);
    m.receiveVirtualStake = value;
    return m;
  }
  static BurnVirtualStake(value: BurnVirtualStakeCrossStakingApiMsg): CrossStakingApiMsg {
    const m = new CrossStakingApiMsg(CrossStakingApiMsgKind.BurnVirtualStake);
    m.burnVirtualStake = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::cross_staking_api::sv::CrossStakingApiExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<CrossStakingApiMsg> {
    return parseMsg<CrossStakingApiMsg>(bytes, "mesh_apis::cross_staking_api::sv::CrossStakingApiExecMsg", CrossStakingApiMsg.readJson);
  }
  static readJson(r: JsonReader): CrossStakingApiMsg {
    const m = new CrossStakingApiMsg();
    const v = r.beginEnum(CrossStakingApiMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <CrossStakingApiMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.receiveVirtualStake = ReceiveVirtualStakeCrossStakingApiMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.burnVirtualStake = BurnVirtualStakeCrossStakingApiMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case CrossStakingApiMsgKind.ReceiveVirtualStake:
        w.beginObject().key("receive_virtual_stake");
        changetype<ReceiveVirtualStakeCrossStakingApiMsg>(this.receiveVirtualStake).writeJson(w);
        w.endObject();
        break;
      case CrossStakingApiMsgKind.BurnVirtualStake:
        w.beginObject().key("burn_virtual_stake");
        changetype<BurnVirtualStakeCrossStakingApiMsg>(this.burnVirtualStake).writeJson(w);
        w.endObject();
        break;
    }
  }
}

// @ts-ignore: decorator
@lazy const ReceiveStakeLocalStakingApiMsg_FIELDS: string[] = ["owner", "msg"];
export class ReceiveStakeLocalStakingApiMsg {
  constructor(
    public owner: string = "",
    public msg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): ReceiveStakeLocalStakingApiMsg {
    const m = changetype<ReceiveStakeLocalStakingApiMsg>(__new(offsetof<ReceiveStakeLocalStakingApiMsg>(), idof<ReceiveStakeLocalStakingApiMsg>()));
    const s = r.struct(ReceiveStakeLocalStakingApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.msg = Binary.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("msg");
    this.msg.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const BurnStakeLocalStakingApiMsg_FIELDS: string[] = ["owner", "amount", "validator"];
export class BurnStakeLocalStakingApiMsg {
  constructor(
    public owner: string = "",
    public amount: Coin = new Coin(),
    public validator: string | null = null,
  ) {}
  static readJson(r: JsonReader): BurnStakeLocalStakingApiMsg {
    const m = changetype<BurnStakeLocalStakingApiMsg>(__new(offsetof<BurnStakeLocalStakingApiMsg>(), idof<BurnStakeLocalStakingApiMsg>()));
    const s = r.struct(BurnStakeLocalStakingApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.amount = Coin.readJson(r);
          break;
        case 2:
          m.validator = readOptString(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("validator");
    writeOptString(w, this.validator);
    w.endObject();
  }
}

export enum LocalStakingApiMsgKind {
  ReceiveStake,
  BurnStake,
}
// @ts-ignore: decorator
@lazy const LocalStakingApiMsg_VARIANTS: string[] = ["receive_stake", "burn_stake"];
/** One of `receive_stake`, `burn_stake`; only the payload of `kind` is set. */
export class LocalStakingApiMsg {
  constructor(public kind: LocalStakingApiMsgKind = 0) {}
  receiveStake: ReceiveStakeLocalStakingApiMsg | null = null;
  burnStake: BurnStakeLocalStakingApiMsg | null = null;
  static ReceiveStake(value: ReceiveStakeLocalStakingApiMsg): LocalStakingApiMsg {
    const m = new LocalStakingApiMsg(LocalStakingApiMsgKind.ReceiveStake);
    m.receiveStake = value;
    return m;
  }
  static BurnStake(value: BurnStakeLocalStakingApiMsg): LocalStakingApiMsg {
    const m = new LocalStakingApiMsg(LocalStakingApiMsgKind.BurnStake);
    m.burnStake = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::local_staking_api::sv::LocalStakingApiExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<LocalStakingApiMsg> {
    return parseMsg<LocalStakingApiMsg>(bytes, "mesh_apis::local_staking_api::sv::LocalStakingApiExecMsg", LocalStakingApiMsg.readJson);
  }
  static readJson(r: JsonReader): LocalStakingApiMsg {
    const m = new LocalStakingApiMsg();
    const v = r.beginEnum(LocalStakingApiMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <LocalStakingApiMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.receiveStake = ReceiveStakeLocalStakingApiMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.burnStake = BurnStakeLocalStakingApiMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case LocalStakingApiMsgKind.ReceiveStake:
        w.beginObject().key("receive_stake");
        changetype<ReceiveStakeLocalStakingApiMsg>(this.receiveStake).writeJson(w);
        w.endObject();
        break;
      case LocalStakingApiMsgKind.BurnStake:
        w.beginObject().key("burn_stake");
        changetype<BurnStakeLocalStakingApiMsg>(this.burnStake).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum MaxSlashQueryKind {
  MaxSlash,
}
// @ts-ignore: decorator
@lazy const MaxSlashQuery_VARIANTS: string[] = ["max_slash"];
// @ts-ignore: decorator
@lazy const MaxSlashQuery_NO_FIELDS: string[] = [];
/** One of `max_slash`; only the payload of `kind` is set. */
export class MaxSlashQuery {
  constructor(public kind: MaxSlashQueryKind = 0) {}
  static MaxSlash(): MaxSlashQuery {
    return new MaxSlashQuery(MaxSlashQueryKind.MaxSlash);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::local_staking_api::sv::LocalStakingApiQueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<MaxSlashQuery> {
    return parseMsg<MaxSlashQuery>(bytes, "mesh_apis::local_staking_api::sv::LocalStakingApiQueryMsg", MaxSlashQuery.readJson);
  }
  static readJson(r: JsonReader): MaxSlashQuery {
    const m = new MaxSlashQuery();
    const v = r.beginEnum(MaxSlashQuery_VARIANTS);
    if (v < 0) return m;
    m.kind = <MaxSlashQueryKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        r.struct(MaxSlashQuery_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case MaxSlashQueryKind.MaxSlash:
        w.beginObject().key("max_slash").beginObject().endObject().endObject();
        break;
    }
  }
}

// @ts-ignore: decorator
@lazy const OwnerMsg_FIELDS: string[] = ["owner"];
export class OwnerMsg {
  constructor(
    public owner: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking_proxy::msg::OwnerMsg: ...`. */
  static parse(bytes: Uint8Array): Result<OwnerMsg> {
    return parseMsg<OwnerMsg>(bytes, "mesh_native_staking_proxy::msg::OwnerMsg", OwnerMsg.readJson);
  }
  static readJson(r: JsonReader): OwnerMsg {
    const m = changetype<OwnerMsg>(__new(offsetof<OwnerMsg>(), idof<OwnerMsg>()));
    const s = r.struct(OwnerMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.endObject();
  }
}

export enum PriceQueryKind {
  Price,
}
// @ts-ignore: decorator
@lazy const PriceQuery_VARIANTS: string[] = ["price"];
// @ts-ignore: decorator
@lazy const PriceQuery_NO_FIELDS: string[] = [];
/** One of `price`; only the payload of `kind` is set. */
export class PriceQuery {
  constructor(public kind: PriceQueryKind = 0) {}
  static Price(): PriceQuery {
    return new PriceQuery(PriceQueryKind.Price);
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::price_feed_api::sv::PriceFeedApiQueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<PriceQuery> {
    return parseMsg<PriceQuery>(bytes, "mesh_apis::price_feed_api::sv::PriceFeedApiQueryMsg", PriceQuery.readJson);
  }
  static readJson(r: JsonReader): PriceQuery {
    const m = new PriceQuery();
    const v = r.beginEnum(PriceQuery_VARIANTS);
    if (v < 0) return m;
    m.kind = <PriceQueryKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        r.struct(PriceQuery_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case PriceQueryKind.Price:
        w.beginObject().key("price").beginObject().endObject().endObject();
        break;
    }
  }
}

// @ts-ignore: decorator
@lazy const PriceResponse_FIELDS: string[] = ["native_per_foreign"];
export class PriceResponse {
  constructor(
    public nativePerForeign: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::price_feed_api::PriceResponse: ...`. */
  static parse(bytes: Uint8Array): Result<PriceResponse> {
    return parseMsg<PriceResponse>(bytes, "mesh_apis::price_feed_api::PriceResponse", PriceResponse.readJson);
  }
  static readJson(r: JsonReader): PriceResponse {
    const m = changetype<PriceResponse>(__new(offsetof<PriceResponse>(), idof<PriceResponse>()));
    const s = r.struct(PriceResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.nativePerForeign = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("native_per_foreign");
    this.nativePerForeign.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const SlashInfo_FIELDS: string[] = ["user", "slash"];
export class SlashInfo {
  constructor(
    public user: string = "",
    public slash: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): SlashInfo {
    const m = changetype<SlashInfo>(__new(offsetof<SlashInfo>(), idof<SlashInfo>()));
    const s = r.struct(SlashInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.user = r.readString();
          break;
        case 1:
          m.slash = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("user");
    w.string(this.user);
    w.key("slash");
    this.slash.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const SlashRatioResponse_FIELDS: string[] = ["slash_ratio_dsign", "slash_ratio_offline"];
export class SlashRatioResponse {
  constructor(
    public slashRatioDsign: Decimal = Decimal.zero(),
    public slashRatioOffline: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::local_staking_api::SlashRatioResponse: ...`. */
  static parse(bytes: Uint8Array): Result<SlashRatioResponse> {
    return parseMsg<SlashRatioResponse>(bytes, "mesh_apis::local_staking_api::SlashRatioResponse", SlashRatioResponse.readJson);
  }
  static readJson(r: JsonReader): SlashRatioResponse {
    const m = changetype<SlashRatioResponse>(__new(offsetof<SlashRatioResponse>(), idof<SlashRatioResponse>()));
    const s = r.struct(SlashRatioResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.slashRatioDsign = Decimal.readJson(r);
          break;
        case 1:
          m.slashRatioOffline = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("slash_ratio_dsign");
    this.slashRatioDsign.writeJson(w);
    w.key("slash_ratio_offline");
    this.slashRatioOffline.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const StakeMsg_FIELDS: string[] = ["validator"];
export class StakeMsg {
  constructor(
    public validator: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_native_staking::msg::StakeMsg: ...`. */
  static parse(bytes: Uint8Array): Result<StakeMsg> {
    return parseMsg<StakeMsg>(bytes, "mesh_native_staking::msg::StakeMsg", StakeMsg.readJson);
  }
  static readJson(r: JsonReader): StakeMsg {
    const m = changetype<StakeMsg>(__new(offsetof<StakeMsg>(), idof<StakeMsg>()));
    const s = r.struct(StakeMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const InFlightStakingTx_FIELDS: string[] = ["id", "amount", "slashable", "user", "lienholder"];
export class InFlightStakingTx {
  constructor(
    public id: u64 = 0,
    public amount: Uint128 = Uint128.zero(),
    public slashable: Decimal = Decimal.zero(),
    public user: string = "",
    public lienholder: string = "",
  ) {}
  static readJson(r: JsonReader): InFlightStakingTx {
    const m = changetype<InFlightStakingTx>(__new(offsetof<InFlightStakingTx>(), idof<InFlightStakingTx>()));
    const s = r.struct(InFlightStakingTx_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.slashable = Decimal.readJson(r);
          break;
        case 3:
          m.user = r.readString();
          break;
        case 4:
          m.lienholder = r.readString();
          break;
      }
    }
    s.end(0b11111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("slashable");
    this.slashable.writeJson(w);
    w.key("user");
    w.string(this.user);
    w.key("lienholder");
    w.string(this.lienholder);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const InFlightRemoteStakingTx_FIELDS: string[] = ["id", "amount", "user", "validator"];
export class InFlightRemoteStakingTx {
  constructor(
    public id: u64 = 0,
    public amount: Uint128 = Uint128.zero(),
    public user: string = "",
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): InFlightRemoteStakingTx {
    const m = changetype<InFlightRemoteStakingTx>(__new(offsetof<InFlightRemoteStakingTx>(), idof<InFlightRemoteStakingTx>()));
    const s = r.struct(InFlightRemoteStakingTx_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.user = r.readString();
          break;
        case 3:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("user");
    w.string(this.user);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const InFlightRemoteUnstakingTx_FIELDS: string[] = ["id", "amount", "user", "validator"];
export class InFlightRemoteUnstakingTx {
  constructor(
    public id: u64 = 0,
    public amount: Uint128 = Uint128.zero(),
    public user: string = "",
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): InFlightRemoteUnstakingTx {
    const m = changetype<InFlightRemoteUnstakingTx>(__new(offsetof<InFlightRemoteUnstakingTx>(), idof<InFlightRemoteUnstakingTx>()));
    const s = r.struct(InFlightRemoteUnstakingTx_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.user = r.readString();
          break;
        case 3:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("user");
    w.string(this.user);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const InFlightTransferFundsTx_FIELDS: string[] = ["id", "amount", "staker", "validator"];
export class InFlightTransferFundsTx {
  constructor(
    public id: u64 = 0,
    public amount: Uint128 = Uint128.zero(),
    public staker: string = "",
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): InFlightTransferFundsTx {
    const m = changetype<InFlightTransferFundsTx>(__new(offsetof<InFlightTransferFundsTx>(), idof<InFlightTransferFundsTx>()));
    const s = r.struct(InFlightTransferFundsTx_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
        case 2:
          m.staker = r.readString();
          break;
        case 3:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("staker");
    w.string(this.staker);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

export enum TxKind {
  InFlightStaking,
  InFlightRemoteStaking,
  InFlightRemoteUnstaking,
  InFlightTransferFunds,
}
// @ts-ignore: decorator
@lazy const Tx_VARIANTS: string[] = ["in_flight_staking", "in_flight_remote_staking", "in_flight_remote_unstaking", "in_flight_transfer_funds"];
/** One of `in_flight_staking`, `in_flight_remote_staking`, `in_flight_remote_unstaking`, `in_flight_transfer_funds`; only the payload of `kind` is set. */
export class Tx {
  constructor(public kind: TxKind = 0) {}
  inFlightStaking: InFlightStakingTx | null = null;
  inFlightRemoteStaking: InFlightRemoteStakingTx | null = null;
  inFlightRemoteUnstaking: InFlightRemoteUnstakingTx | null = null;
  inFlightTransferFunds: InFlightTransferFundsTx | null = null;
  static InFlightStaking(value: InFlightStakingTx): Tx {
    const m = new Tx(TxKind.InFlightStaking);
    m.inFlightStaking = value;
    return m;
  }
  static InFlightRemoteStaking(value: InFlightRemoteStakingTx): Tx {
    const m = new Tx(TxKind.InFlightRemoteStaking);
    m.inFlightRemoteStaking = value;
    return m;
  }
  static InFlightRemoteUnstaking(value: InFlightRemoteUnstakingTx): Tx {
    const m = new Tx(TxKind.InFlightRemoteUnstaking);
    m.inFlightRemoteUnstaking = value;
    return m;
  }
  static InFlightTransferFunds(value: InFlightTransferFundsTx): Tx {
    const m = new Tx(TxKind.InFlightTransferFunds);
    m.inFlightTransferFunds = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_sync::txs::Tx: ...`. */
  static parse(bytes: Uint8Array): Result<Tx> {
    return parseMsg<Tx>(bytes, "mesh_sync::txs::Tx", Tx.readJson);
  }
  static readJson(r: JsonReader): Tx {
    const m = new Tx();
    const v = r.beginEnum(Tx_VARIANTS);
    if (v < 0) return m;
    m.kind = <TxKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.inFlightStaking = InFlightStakingTx.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.inFlightRemoteStaking = InFlightRemoteStakingTx.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.inFlightRemoteUnstaking = InFlightRemoteUnstakingTx.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.inFlightTransferFunds = InFlightTransferFundsTx.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case TxKind.InFlightStaking:
        w.beginObject().key("in_flight_staking");
        changetype<InFlightStakingTx>(this.inFlightStaking).writeJson(w);
        w.endObject();
        break;
      case TxKind.InFlightRemoteStaking:
        w.beginObject().key("in_flight_remote_staking");
        changetype<InFlightRemoteStakingTx>(this.inFlightRemoteStaking).writeJson(w);
        w.endObject();
        break;
      case TxKind.InFlightRemoteUnstaking:
        w.beginObject().key("in_flight_remote_unstaking");
        changetype<InFlightRemoteUnstakingTx>(this.inFlightRemoteUnstaking).writeJson(w);
        w.endObject();
        break;
      case TxKind.InFlightTransferFunds:
        w.beginObject().key("in_flight_transfer_funds");
        changetype<InFlightTransferFundsTx>(this.inFlightTransferFunds).writeJson(w);
        w.endObject();
        break;
    }
  }
}

// @ts-ignore: decorator
@lazy const ValueRange_FIELDS: string[] = ["l", "h"];
export class ValueRange {
  constructor(
    public l: Uint128 = Uint128.zero(),
    public h: Uint128 = Uint128.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_sync::range::ValueRange<cosmwasm_std::Uint128>: ...`. */
  static parse(bytes: Uint8Array): Result<ValueRange> {
    return parseMsg<ValueRange>(bytes, "mesh_sync::range::ValueRange<cosmwasm_std::Uint128>", ValueRange.readJson);
  }
  static readJson(r: JsonReader): ValueRange {
    const m = changetype<ValueRange>(__new(offsetof<ValueRange>(), idof<ValueRange>()));
    const s = r.struct(ValueRange_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.l = Uint128.readJson(r);
          break;
        case 1:
          m.h = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("l");
    this.l.writeJson(w);
    w.key("h");
    this.h.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const ReleaseCrossStakeVaultApiMsg_FIELDS: string[] = ["owner", "amount"];
export class ReleaseCrossStakeVaultApiMsg {
  constructor(
    public owner: string = "",
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): ReleaseCrossStakeVaultApiMsg {
    const m = changetype<ReleaseCrossStakeVaultApiMsg>(__new(offsetof<ReleaseCrossStakeVaultApiMsg>(), idof<ReleaseCrossStakeVaultApiMsg>()));
    const s = r.struct(ReleaseCrossStakeVaultApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.amount = Coin.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const ReleaseLocalStakeVaultApiMsg_FIELDS: string[] = ["owner"];
export class ReleaseLocalStakeVaultApiMsg {
  constructor(
    public owner: string = "",
  ) {}
  static readJson(r: JsonReader): ReleaseLocalStakeVaultApiMsg {
    const m = changetype<ReleaseLocalStakeVaultApiMsg>(__new(offsetof<ReleaseLocalStakeVaultApiMsg>(), idof<ReleaseLocalStakeVaultApiMsg>()));
    const s = r.struct(ReleaseLocalStakeVaultApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const CommitTxVaultApiMsg_FIELDS: string[] = ["tx_id"];
export class CommitTxVaultApiMsg {
  constructor(
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): CommitTxVaultApiMsg {
    const m = changetype<CommitTxVaultApiMsg>(__new(offsetof<CommitTxVaultApiMsg>(), idof<CommitTxVaultApiMsg>()));
    const s = r.struct(CommitTxVaultApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.txId = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("tx_id");
    w.u64(this.txId);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const RollbackTxVaultApiMsg_FIELDS: string[] = ["tx_id"];
export class RollbackTxVaultApiMsg {
  constructor(
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): RollbackTxVaultApiMsg {
    const m = changetype<RollbackTxVaultApiMsg>(__new(offsetof<RollbackTxVaultApiMsg>(), idof<RollbackTxVaultApiMsg>()));
    const s = r.struct(RollbackTxVaultApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.txId = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("tx_id");
    w.u64(this.txId);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const LocalSlashVaultApiMsg_FIELDS: string[] = ["slashes", "validator"];
export class LocalSlashVaultApiMsg {
  constructor(
    public slashes: SlashInfo[] = new Array<SlashInfo>(),
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): LocalSlashVaultApiMsg {
    const m = changetype<LocalSlashVaultApiMsg>(__new(offsetof<LocalSlashVaultApiMsg>(), idof<LocalSlashVaultApiMsg>()));
    const s = r.struct(LocalSlashVaultApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.slashes = readVecSlashInfo(r);
          break;
        case 1:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("slashes");
    writeVecSlashInfo(w, this.slashes);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const CrossSlashVaultApiMsg_FIELDS: string[] = ["slashes", "validator"];
export class CrossSlashVaultApiMsg {
  constructor(
    public slashes: SlashInfo[] = new Array<SlashInfo>(),
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): CrossSlashVaultApiMsg {
    const m = changetype<CrossSlashVaultApiMsg>(__new(offsetof<CrossSlashVaultApiMsg>(), idof<CrossSlashVaultApiMsg>()));
    const s = r.struct(CrossSlashVaultApiMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.slashes = readVecSlashInfo(r);
          break;
        case 1:
          m.validator = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("slashes");
    writeVecSlashInfo(w, this.slashes);
    w.key("validator");
    w.string(this.validator);
    w.endObject();
  }
}

export enum VaultApiMsgKind {
  ReleaseCrossStake,
  ReleaseLocalStake,
  CommitTx,
  RollbackTx,
  LocalSlash,
  CrossSlash,
}
// @ts-ignore: decorator
@lazy const VaultApiMsg_VARIANTS: string[] = ["release_cross_stake", "release_local_stake", "commit_tx", "rollback_tx", "local_slash", "cross_slash"];
/** One of `release_cross_stake`, `release_local_stake`, `commit_tx`, `rollback_tx`, `local_slash`, `cross_slash`; only the payload of `kind` is set. */
export class VaultApiMsg {
  constructor(public kind: VaultApiMsgKind = 0) {}
  releaseCrossStake: ReleaseCrossStakeVaultApiMsg | null = null;
  releaseLocalStake: ReleaseLocalStakeVaultApiMsg | null = null;
  commitTx: CommitTxVaultApiMsg | null = null;
  rollbackTx: RollbackTxVaultApiMsg | null = null;
  localSlash: LocalSlashVaultApiMsg | null = null;
  crossSlash: CrossSlashVaultApiMsg | null = null;
  static ReleaseCrossStake(value: ReleaseCrossStakeVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.ReleaseCrossStake);
    m.releaseCrossStake = value;
    return m;
  }
  static ReleaseLocalStake(value: ReleaseLocalStakeVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.ReleaseLocalStake);
    m.releaseLocalStake = value;
    return m;
  }
  static CommitTx(value: CommitTxVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.CommitTx);
    m.commitTx = value;
    return m;
  }
  static RollbackTx(value: RollbackTxVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.RollbackTx);
    m.rollbackTx = value;
    return m;
  }
  static LocalSlash(value: LocalSlashVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.LocalSlash);
    m.localSlash = value;
    return m;
  }
  static CrossSlash(value: CrossSlashVaultApiMsg): VaultApiMsg {
    const m = new VaultApiMsg(VaultApiMsgKind.CrossSlash);
    m.crossSlash = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::vault_api::sv::VaultApiExecMsg: ...`. */
  static parse(bytes: Uint8Array): Result<VaultApiMsg> {
    return parseMsg<VaultApiMsg>(bytes, "mesh_apis::vault_api::sv::VaultApiExecMsg", VaultApiMsg.readJson);
  }
  static readJson(r: JsonReader): VaultApiMsg {
    const m = new VaultApiMsg();
    const v = r.beginEnum(VaultApiMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <VaultApiMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.releaseCrossStake = ReleaseCrossStakeVaultApiMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.releaseLocalStake = ReleaseLocalStakeVaultApiMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.commitTx = CommitTxVaultApiMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.rollbackTx = RollbackTxVaultApiMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.localSlash = LocalSlashVaultApiMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.crossSlash = CrossSlashVaultApiMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case VaultApiMsgKind.ReleaseCrossStake:
        w.beginObject().key("release_cross_stake");
        changetype<ReleaseCrossStakeVaultApiMsg>(this.releaseCrossStake).writeJson(w);
        w.endObject();
        break;
      case VaultApiMsgKind.ReleaseLocalStake:
        w.beginObject().key("release_local_stake");
        changetype<ReleaseLocalStakeVaultApiMsg>(this.releaseLocalStake).writeJson(w);
        w.endObject();
        break;
      case VaultApiMsgKind.CommitTx:
        w.beginObject().key("commit_tx");
        changetype<CommitTxVaultApiMsg>(this.commitTx).writeJson(w);
        w.endObject();
        break;
      case VaultApiMsgKind.RollbackTx:
        w.beginObject().key("rollback_tx");
        changetype<RollbackTxVaultApiMsg>(this.rollbackTx).writeJson(w);
        w.endObject();
        break;
      case VaultApiMsgKind.LocalSlash:
        w.beginObject().key("local_slash");
        changetype<LocalSlashVaultApiMsg>(this.localSlash).writeJson(w);
        w.endObject();
        break;
      case VaultApiMsgKind.CrossSlash:
        w.beginObject().key("cross_slash");
        changetype<CrossSlashVaultApiMsg>(this.crossSlash).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum AckWrapperKind {
  Result,
  Error,
}
// @ts-ignore: decorator
@lazy const AckWrapper_VARIANTS: string[] = ["result", "error"];
/** One of `result`, `error`; only the payload of `kind` is set. */
export class AckWrapper {
  constructor(public kind: AckWrapperKind = 0) {}
  result: Binary | null = null;
  error: string | null = null;
  static Result(value: Binary): AckWrapper {
    const m = new AckWrapper(AckWrapperKind.Result);
    m.result = value;
    return m;
  }
  static Error(value: string): AckWrapper {
    const m = new AckWrapper(AckWrapperKind.Error);
    m.error = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::packet::AckWrapper: ...`. */
  static parse(bytes: Uint8Array): Result<AckWrapper> {
    return parseMsg<AckWrapper>(bytes, "mesh_apis::ibc::packet::AckWrapper", AckWrapper.readJson);
  }
  static readJson(r: JsonReader): AckWrapper {
    const m = new AckWrapper();
    const v = r.beginEnum(AckWrapper_VARIANTS);
    if (v < 0) return m;
    m.kind = <AckWrapperKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.result = Binary.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.error = r.readString();
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case AckWrapperKind.Result:
        w.beginObject().key("result");
        changetype<Binary>(this.result).writeJson(w);
        w.endObject();
        break;
      case AckWrapperKind.Error:
        w.beginObject().key("error");
        w.string(changetype<string>(this.error));
        w.endObject();
        break;
    }
  }
}

// @ts-ignore: decorator
@lazy const AddValidator_FIELDS: string[] = ["valoper", "pub_key"];
export class AddValidator {
  constructor(
    public valoper: string = "",
    public pubKey: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::packet::AddValidator: ...`. */
  static parse(bytes: Uint8Array): Result<AddValidator> {
    return parseMsg<AddValidator>(bytes, "mesh_apis::ibc::packet::AddValidator", AddValidator.readJson);
  }
  static readJson(r: JsonReader): AddValidator {
    const m = changetype<AddValidator>(__new(offsetof<AddValidator>(), idof<AddValidator>()));
    const s = r.struct(AddValidator_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.valoper = r.readString();
          break;
        case 1:
          m.pubKey = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("valoper");
    w.string(this.valoper);
    w.key("pub_key");
    w.string(this.pubKey);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const ValidatorSlashInfo_FIELDS: string[] = ["address", "infraction_height", "infraction_time", "power", "slash_amount", "slash_ratio"];
export class ValidatorSlashInfo {
  constructor(
    public address: string = "",
    public infractionHeight: u64 = 0,
    public infractionTime: u64 = 0,
    public power: u64 = 0,
    public slashAmount: Coin = new Coin(),
    public slashRatio: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::converter_api::ValidatorSlashInfo: ...`. */
  static parse(bytes: Uint8Array): Result<ValidatorSlashInfo> {
    return parseMsg<ValidatorSlashInfo>(bytes, "mesh_apis::converter_api::ValidatorSlashInfo", ValidatorSlashInfo.readJson);
  }
  static readJson(r: JsonReader): ValidatorSlashInfo {
    const m = changetype<ValidatorSlashInfo>(__new(offsetof<ValidatorSlashInfo>(), idof<ValidatorSlashInfo>()));
    const s = r.struct(ValidatorSlashInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.address = r.readString();
          break;
        case 1:
          m.infractionHeight = r.readU64();
          break;
        case 2:
          m.infractionTime = r.readU64();
          break;
        case 3:
          m.power = r.readU64();
          break;
        case 4:
          m.slashAmount = Coin.readJson(r);
          break;
        case 5:
          m.slashRatio = r.readString();
          break;
      }
    }
    s.end(0b111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("address");
    w.string(this.address);
    w.key("infraction_height");
    w.u64(this.infractionHeight);
    w.key("infraction_time");
    w.u64(this.infractionTime);
    w.key("power");
    w.u64(this.power);
    w.key("slash_amount");
    this.slashAmount.writeJson(w);
    w.key("slash_ratio");
    w.string(this.slashRatio);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const ValsetUpdateConsumerPacket_FIELDS: string[] = ["height", "time", "additions", "removals", "updated", "jailed", "unjailed", "tombstoned", "slashed"];
export class ValsetUpdateConsumerPacket {
  constructor(
    public height: u64 = 0,
    public time: u64 = 0,
    public additions: AddValidator[] = new Array<AddValidator>(),
    public removals: string[] = new Array<string>(),
    public updated: AddValidator[] = new Array<AddValidator>(),
    public jailed: string[] = new Array<string>(),
    public unjailed: string[] = new Array<string>(),
    public tombstoned: string[] = new Array<string>(),
    public slashed: ValidatorSlashInfo[] = new Array<ValidatorSlashInfo>(),
  ) {}
  static readJson(r: JsonReader): ValsetUpdateConsumerPacket {
    const m = changetype<ValsetUpdateConsumerPacket>(__new(offsetof<ValsetUpdateConsumerPacket>(), idof<ValsetUpdateConsumerPacket>()));
    const s = r.struct(ValsetUpdateConsumerPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.height = r.readU64();
          break;
        case 1:
          m.time = r.readU64();
          break;
        case 2:
          m.additions = readVecAddValidator(r);
          break;
        case 3:
          m.removals = readVecString(r);
          break;
        case 4:
          m.updated = readVecAddValidator(r);
          break;
        case 5:
          m.jailed = readVecString(r);
          break;
        case 6:
          m.unjailed = readVecString(r);
          break;
        case 7:
          m.tombstoned = readVecString(r);
          break;
        case 8:
          m.slashed = readVecValidatorSlashInfo(r);
          break;
      }
    }
    s.end(0b111111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("height");
    w.u64(this.height);
    w.key("time");
    w.u64(this.time);
    w.key("additions");
    writeVecAddValidator(w, this.additions);
    w.key("removals");
    writeVecString(w, this.removals);
    w.key("updated");
    writeVecAddValidator(w, this.updated);
    w.key("jailed");
    writeVecString(w, this.jailed);
    w.key("unjailed");
    writeVecString(w, this.unjailed);
    w.key("tombstoned");
    writeVecString(w, this.tombstoned);
    w.key("slashed");
    writeVecValidatorSlashInfo(w, this.slashed);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const DistributeConsumerPacket_FIELDS: string[] = ["validator", "rewards"];
export class DistributeConsumerPacket {
  constructor(
    public validator: string = "",
    public rewards: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): DistributeConsumerPacket {
    const m = changetype<DistributeConsumerPacket>(__new(offsetof<DistributeConsumerPacket>(), idof<DistributeConsumerPacket>()));
    const s = r.struct(DistributeConsumerPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.rewards = Coin.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("rewards");
    this.rewards.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const RewardInfo_FIELDS: string[] = ["validator", "reward"];
export class RewardInfo {
  constructor(
    public validator: string = "",
    public reward: Uint128 = Uint128.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::converter_api::RewardInfo: ...`. */
  static parse(bytes: Uint8Array): Result<RewardInfo> {
    return parseMsg<RewardInfo>(bytes, "mesh_apis::converter_api::RewardInfo", RewardInfo.readJson);
  }
  static readJson(r: JsonReader): RewardInfo {
    const m = changetype<RewardInfo>(__new(offsetof<RewardInfo>(), idof<RewardInfo>()));
    const s = r.struct(RewardInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.reward = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("reward");
    this.reward.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const DistributeBatchConsumerPacket_FIELDS: string[] = ["rewards", "denom"];
export class DistributeBatchConsumerPacket {
  constructor(
    public rewards: RewardInfo[] = new Array<RewardInfo>(),
    public denom: string = "",
  ) {}
  static readJson(r: JsonReader): DistributeBatchConsumerPacket {
    const m = changetype<DistributeBatchConsumerPacket>(__new(offsetof<DistributeBatchConsumerPacket>(), idof<DistributeBatchConsumerPacket>()));
    const s = r.struct(DistributeBatchConsumerPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.rewards = readVecRewardInfo(r);
          break;
        case 1:
          m.denom = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("rewards");
    writeVecRewardInfo(w, this.rewards);
    w.key("denom");
    w.string(this.denom);
    w.endObject();
  }
}

export enum ConsumerPacketKind {
  ValsetUpdate,
  Distribute,
  DistributeBatch,
}
// @ts-ignore: decorator
@lazy const ConsumerPacket_VARIANTS: string[] = ["valset_update", "distribute", "distribute_batch"];
/** One of `valset_update`, `distribute`, `distribute_batch`; only the payload of `kind` is set. */
export class ConsumerPacket {
  constructor(public kind: ConsumerPacketKind = 0) {}
  valsetUpdate: ValsetUpdateConsumerPacket | null = null;
  distribute: DistributeConsumerPacket | null = null;
  distributeBatch: DistributeBatchConsumerPacket | null = null;
  static ValsetUpdate(value: ValsetUpdateConsumerPacket): ConsumerPacket {
    const m = new ConsumerPacket(ConsumerPacketKind.ValsetUpdate);
    m.valsetUpdate = value;
    return m;
  }
  static Distribute(value: DistributeConsumerPacket): ConsumerPacket {
    const m = new ConsumerPacket(ConsumerPacketKind.Distribute);
    m.distribute = value;
    return m;
  }
  static DistributeBatch(value: DistributeBatchConsumerPacket): ConsumerPacket {
    const m = new ConsumerPacket(ConsumerPacketKind.DistributeBatch);
    m.distributeBatch = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::packet::ConsumerPacket: ...`. */
  static parse(bytes: Uint8Array): Result<ConsumerPacket> {
    return parseMsg<ConsumerPacket>(bytes, "mesh_apis::ibc::packet::ConsumerPacket", ConsumerPacket.readJson);
  }
  static readJson(r: JsonReader): ConsumerPacket {
    const m = new ConsumerPacket();
    const v = r.beginEnum(ConsumerPacket_VARIANTS);
    if (v < 0) return m;
    m.kind = <ConsumerPacketKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.valsetUpdate = ValsetUpdateConsumerPacket.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.distribute = DistributeConsumerPacket.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.distributeBatch = DistributeBatchConsumerPacket.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ConsumerPacketKind.ValsetUpdate:
        w.beginObject().key("valset_update");
        changetype<ValsetUpdateConsumerPacket>(this.valsetUpdate).writeJson(w);
        w.endObject();
        break;
      case ConsumerPacketKind.Distribute:
        w.beginObject().key("distribute");
        changetype<DistributeConsumerPacket>(this.distribute).writeJson(w);
        w.endObject();
        break;
      case ConsumerPacketKind.DistributeBatch:
        w.beginObject().key("distribute_batch");
        changetype<DistributeBatchConsumerPacket>(this.distributeBatch).writeJson(w);
        w.endObject();
        break;
    }
  }
}

// @ts-ignore: decorator
@lazy const EmptyAck_FIELDS: string[] = [];
export class EmptyAck {
  constructor() {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::packet::StakeAck: ...`. */
  static parse(bytes: Uint8Array): Result<EmptyAck> {
    return parseMsg<EmptyAck>(bytes, "mesh_apis::ibc::packet::StakeAck", EmptyAck.readJson);
  }
  static readJson(r: JsonReader): EmptyAck {
    const m = changetype<EmptyAck>(__new(offsetof<EmptyAck>(), idof<EmptyAck>()));
    r.struct(EmptyAck_FIELDS, true).end(0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const ProtocolVersion_FIELDS: string[] = ["protocol", "version"];
export class ProtocolVersion {
  constructor(
    public protocol: string = "",
    public version: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::version::ProtocolVersion: ...`. */
  static parse(bytes: Uint8Array): Result<ProtocolVersion> {
    return parseMsg<ProtocolVersion>(bytes, "mesh_apis::ibc::version::ProtocolVersion", ProtocolVersion.readJson);
  }
  static readJson(r: JsonReader): ProtocolVersion {
    const m = changetype<ProtocolVersion>(__new(offsetof<ProtocolVersion>(), idof<ProtocolVersion>()));
    const s = r.struct(ProtocolVersion_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.protocol = r.readString();
          break;
        case 1:
          m.version = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("protocol");
    w.string(this.protocol);
    w.key("version");
    w.string(this.version);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const StakeProviderPacket_FIELDS: string[] = ["validator", "stake", "tx_id"];
export class StakeProviderPacket {
  constructor(
    public validator: string = "",
    public stake: Coin = new Coin(),
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): StakeProviderPacket {
    const m = changetype<StakeProviderPacket>(__new(offsetof<StakeProviderPacket>(), idof<StakeProviderPacket>()));
    const s = r.struct(StakeProviderPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.stake = Coin.readJson(r);
          break;
        case 2:
          m.txId = r.readU64();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("stake");
    this.stake.writeJson(w);
    w.key("tx_id");
    w.u64(this.txId);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const UnstakeProviderPacket_FIELDS: string[] = ["validator", "unstake", "tx_id"];
export class UnstakeProviderPacket {
  constructor(
    public validator: string = "",
    public unstake: Coin = new Coin(),
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): UnstakeProviderPacket {
    const m = changetype<UnstakeProviderPacket>(__new(offsetof<UnstakeProviderPacket>(), idof<UnstakeProviderPacket>()));
    const s = r.struct(UnstakeProviderPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.unstake = Coin.readJson(r);
          break;
        case 2:
          m.txId = r.readU64();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("unstake");
    this.unstake.writeJson(w);
    w.key("tx_id");
    w.u64(this.txId);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const BurnProviderPacket_FIELDS: string[] = ["validators", "burn"];
export class BurnProviderPacket {
  constructor(
    public validators: string[] = new Array<string>(),
    public burn: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): BurnProviderPacket {
    const m = changetype<BurnProviderPacket>(__new(offsetof<BurnProviderPacket>(), idof<BurnProviderPacket>()));
    const s = r.struct(BurnProviderPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validators = readVecString(r);
          break;
        case 1:
          m.burn = Coin.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validators");
    writeVecString(w, this.validators);
    w.key("burn");
    this.burn.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const TransferRewardsProviderPacket_FIELDS: string[] = ["rewards", "recipient", "tx_id"];
export class TransferRewardsProviderPacket {
  constructor(
    public rewards: Coin = new Coin(),
    public recipient: string = "",
    public txId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): TransferRewardsProviderPacket {
    const m = changetype<TransferRewardsProviderPacket>(__new(offsetof<TransferRewardsProviderPacket>(), idof<TransferRewardsProviderPacket>()));
    const s = r.struct(TransferRewardsProviderPacket_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.rewards = Coin.readJson(r);
          break;
        case 1:
          m.recipient = r.readString();
          break;
        case 2:
          m.txId = r.readU64();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("rewards");
    this.rewards.writeJson(w);
    w.key("recipient");
    w.string(this.recipient);
    w.key("tx_id");
    w.u64(this.txId);
    w.endObject();
  }
}

export enum ProviderPacketKind {
  Stake,
  Unstake,
  Burn,
  TransferRewards,
}
// @ts-ignore: decorator
@lazy const ProviderPacket_VARIANTS: string[] = ["stake", "unstake", "burn", "transfer_rewards"];
/** One of `stake`, `unstake`, `burn`, `transfer_rewards`; only the payload of `kind` is set. */
export class ProviderPacket {
  constructor(public kind: ProviderPacketKind = 0) {}
  stake: StakeProviderPacket | null = null;
  unstake: UnstakeProviderPacket | null = null;
  burn: BurnProviderPacket | null = null;
  transferRewards: TransferRewardsProviderPacket | null = null;
  static Stake(value: StakeProviderPacket): ProviderPacket {
    const m = new ProviderPacket(ProviderPacketKind.Stake);
    m.stake = value;
    return m;
  }
  static Unstake(value: UnstakeProviderPacket): ProviderPacket {
    const m = new ProviderPacket(ProviderPacketKind.Unstake);
    m.unstake = value;
    return m;
  }
  static Burn(value: BurnProviderPacket): ProviderPacket {
    const m = new ProviderPacket(ProviderPacketKind.Burn);
    m.burn = value;
    return m;
  }
  static TransferRewards(value: TransferRewardsProviderPacket): ProviderPacket {
    const m = new ProviderPacket(ProviderPacketKind.TransferRewards);
    m.transferRewards = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type mesh_apis::ibc::packet::ProviderPacket: ...`. */
  static parse(bytes: Uint8Array): Result<ProviderPacket> {
    return parseMsg<ProviderPacket>(bytes, "mesh_apis::ibc::packet::ProviderPacket", ProviderPacket.readJson);
  }
  static readJson(r: JsonReader): ProviderPacket {
    const m = new ProviderPacket();
    const v = r.beginEnum(ProviderPacket_VARIANTS);
    if (v < 0) return m;
    m.kind = <ProviderPacketKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.stake = StakeProviderPacket.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.unstake = UnstakeProviderPacket.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.burn = BurnProviderPacket.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.transferRewards = TransferRewardsProviderPacket.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ProviderPacketKind.Stake:
        w.beginObject().key("stake");
        changetype<StakeProviderPacket>(this.stake).writeJson(w);
        w.endObject();
        break;
      case ProviderPacketKind.Unstake:
        w.beginObject().key("unstake");
        changetype<UnstakeProviderPacket>(this.unstake).writeJson(w);
        w.endObject();
        break;
      case ProviderPacketKind.Burn:
        w.beginObject().key("burn");
        changetype<BurnProviderPacket>(this.burn).writeJson(w);
        w.endObject();
        break;
      case ProviderPacketKind.TransferRewards:
        w.beginObject().key("transfer_rewards");
        changetype<TransferRewardsProviderPacket>(this.transferRewards).writeJson(w);
        w.endObject();
        break;
    }
  }
}
