// Generated from contracts/common/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../std/assembly";

export function readVecString(r: JsonReader): string[] {
  const a = new Array<string>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(r.readString());
    }
    r.endArray();
  }
  return a;
}

export function writeVecString(w: JsonWriter, a: string[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.string(unchecked(a[i]));
  w.endArray();
}

export function readOptString(r: JsonReader): string | null {
  if (r.readNull()) return null;
  return r.readString();
}

export function writeOptString(w: JsonWriter, v: string | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else w.string(changetype<string>(v));
}

export function readOptVecString(r: JsonReader): string[] | null {
  if (r.readNull()) return null;
  return readVecString(r);
}

export function writeOptVecString(w: JsonWriter, v: string[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecString(w, changetype<string[]>(v));
}

export function readVecAddr(r: JsonReader): string[] {
  const a = new Array<string>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(r.readString());
    }
    r.endArray();
  }
  return a;
}

export function writeVecAddr(w: JsonWriter, a: string[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.string(unchecked(a[i]));
  w.endArray();
}

export function readOptAddr(r: JsonReader): string | null {
  if (r.readNull()) return null;
  return r.readString();
}

export function writeOptAddr(w: JsonWriter, v: string | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else w.string(changetype<string>(v));
}

export function readOptVecAddr(r: JsonReader): string[] | null {
  if (r.readNull()) return null;
  return readVecAddr(r);
}

export function writeOptVecAddr(w: JsonWriter, v: string[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecAddr(w, changetype<string[]>(v));
}

export function readVecBool(r: JsonReader): bool[] {
  const a = new Array<bool>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(r.readBool());
    }
    r.endArray();
  }
  return a;
}

export function writeVecBool(w: JsonWriter, a: bool[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.bool(unchecked(a[i]));
  w.endArray();
}

export function readOptVecBool(r: JsonReader): bool[] | null {
  if (r.readNull()) return null;
  return readVecBool(r);
}

export function writeOptVecBool(w: JsonWriter, v: bool[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecBool(w, changetype<bool[]>(v));
}

export function readVecU8(r: JsonReader): u8[] {
  const a = new Array<u8>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(r.readU8());
    }
    r.endArray();
  }
  return a;
}

export function writeVecU8(w: JsonWriter, a: u8[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.u32(<u32>unchecked(a[i]));
  w.endArray();
}

export function readOptVecU8(r: JsonReader): u8[] | null {
  if (r.readNull()) return null;
  return readVecU8(r);
}

export function writeOptVecU8(w: JsonWriter, v: u8[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecU8(w, changetype<u8[]>(v));
}

export function readVecU16(r: JsonReader): u16[] {
  const a = new Array<u16>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(r.readU16());
    }
    r.endArray();
  }
  return a;
}

export function writeVecU16(w: JsonWriter, a: u16[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.u32(<u32>unchecked(a[i]));
  w.endArray();
}

export function readOptVecU16(r: JsonReader): u16[] | null {
  if (r.readNull()) return null;
  return readVecU16(r);
}

export function writeOptVecU16(w: JsonWriter, v: u16[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecU16(w, changetype<u16[]>(v));
}

export function readVecU32(r: JsonReader): u32[] {
  const a = new Array<u32>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(r.readU32());
    }
    r.endArray();
  }
  return a;
}

export function writeVecU32(w: JsonWriter, a: u32[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.u32(unchecked(a[i]));
  w.endArray();
}

export function readOptVecU32(r: JsonReader): u32[] | null {
  if (r.readNull()) return null;
  return readVecU32(r);
}

export function writeOptVecU32(w: JsonWriter, v: u32[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecU32(w, changetype<u32[]>(v));
}

export function readVecU64(r: JsonReader): u64[] {
  const a = new Array<u64>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(r.readU64());
    }
    r.endArray();
  }
  return a;
}

export function writeVecU64(w: JsonWriter, a: u64[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.u64(unchecked(a[i]));
  w.endArray();
}

export function readOptVecU64(r: JsonReader): u64[] | null {
  if (r.readNull()) return null;
  return readVecU64(r);
}

export function writeOptVecU64(w: JsonWriter, v: u64[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecU64(w, changetype<u64[]>(v));
}

export function readVecI32(r: JsonReader): i32[] {
  const a = new Array<i32>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(r.readI32());
    }
    r.endArray();
  }
  return a;
}

export function writeVecI32(w: JsonWriter, a: i32[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.i64(<i64>unchecked(a[i]));
  w.endArray();
}

export function readOptVecI32(r: JsonReader): i32[] | null {
  if (r.readNull()) return null;
  return readVecI32(r);
}

export function writeOptVecI32(w: JsonWriter, v: i32[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecI32(w, changetype<i32[]>(v));
}

export function readVecI64(r: JsonReader): i64[] {
  const a = new Array<i64>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(r.readI64());
    }
    r.endArray();
  }
  return a;
}

export function writeVecI64(w: JsonWriter, a: i64[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.i64(unchecked(a[i]));
  w.endArray();
}

export function readOptVecI64(r: JsonReader): i64[] | null {
  if (r.readNull()) return null;
  return readVecI64(r);
}

export function writeOptVecI64(w: JsonWriter, v: i64[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecI64(w, changetype<i64[]>(v));
}

export function readVecUint64(r: JsonReader): u64[] {
  const a = new Array<u64>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(readUint64String(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecUint64(w: JsonWriter, a: u64[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) w.stringAscii(unchecked(a[i]).toString());
  w.endArray();
}

export function readOptVecUint64(r: JsonReader): u64[] | null {
  if (r.readNull()) return null;
  return readVecUint64(r);
}

export function writeOptVecUint64(w: JsonWriter, v: u64[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecUint64(w, changetype<u64[]>(v));
}

export function readVecUint128(r: JsonReader): Uint128[] {
  const a = new Array<Uint128>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Uint128.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecUint128(w: JsonWriter, a: Uint128[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptUint128(r: JsonReader): Uint128 | null {
  if (r.readNull()) return null;
  return Uint128.readJson(r);
}

export function writeOptUint128(w: JsonWriter, v: Uint128 | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Uint128>(v).writeJson(w);
}

export function readOptVecUint128(r: JsonReader): Uint128[] | null {
  if (r.readNull()) return null;
  return readVecUint128(r);
}

export function writeOptVecUint128(w: JsonWriter, v: Uint128[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecUint128(w, changetype<Uint128[]>(v));
}

export function readVecUint256(r: JsonReader): Uint256[] {
  const a = new Array<Uint256>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Uint256.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecUint256(w: JsonWriter, a: Uint256[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptUint256(r: JsonReader): Uint256 | null {
  if (r.readNull()) return null;
  return Uint256.readJson(r);
}

export function writeOptUint256(w: JsonWriter, v: Uint256 | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Uint256>(v).writeJson(w);
}

export function readOptVecUint256(r: JsonReader): Uint256[] | null {
  if (r.readNull()) return null;
  return readVecUint256(r);
}

export function writeOptVecUint256(w: JsonWriter, v: Uint256[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecUint256(w, changetype<Uint256[]>(v));
}

export function readVecDecimal(r: JsonReader): Decimal[] {
  const a = new Array<Decimal>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Decimal.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecDecimal(w: JsonWriter, a: Decimal[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptDecimal(r: JsonReader): Decimal | null {
  if (r.readNull()) return null;
  return Decimal.readJson(r);
}

export function writeOptDecimal(w: JsonWriter, v: Decimal | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Decimal>(v).writeJson(w);
}

export function readOptVecDecimal(r: JsonReader): Decimal[] | null {
  if (r.readNull()) return null;
  return readVecDecimal(r);
}

export function writeOptVecDecimal(w: JsonWriter, v: Decimal[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecDecimal(w, changetype<Decimal[]>(v));
}

export function readVecBinary(r: JsonReader): Binary[] {
  const a = new Array<Binary>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Binary.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecBinary(w: JsonWriter, a: Binary[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptBinary(r: JsonReader): Binary | null {
  if (r.readNull()) return null;
  return Binary.readJson(r);
}

export function writeOptBinary(w: JsonWriter, v: Binary | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Binary>(v).writeJson(w);
}

export function readOptVecBinary(r: JsonReader): Binary[] | null {
  if (r.readNull()) return null;
  return readVecBinary(r);
}

export function writeOptVecBinary(w: JsonWriter, v: Binary[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecBinary(w, changetype<Binary[]>(v));
}

export function readVecTimestamp(r: JsonReader): Timestamp[] {
  const a = new Array<Timestamp>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Timestamp.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecTimestamp(w: JsonWriter, a: Timestamp[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptTimestamp(r: JsonReader): Timestamp | null {
  if (r.readNull()) return null;
  return Timestamp.readJson(r);
}

export function writeOptTimestamp(w: JsonWriter, v: Timestamp | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Timestamp>(v).writeJson(w);
}

export function readOptVecTimestamp(r: JsonReader): Timestamp[] | null {
  if (r.readNull()) return null;
  return readVecTimestamp(r);
}

export function writeOptVecTimestamp(w: JsonWriter, v: Timestamp[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecTimestamp(w, changetype<Timestamp[]>(v));
}

export function readVecCoin(r: JsonReader): Coin[] {
  const a = new Array<Coin>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Coin.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecCoin(w: JsonWriter, a: Coin[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptCoin(r: JsonReader): Coin | null {
  if (r.readNull()) return null;
  return Coin.readJson(r);
}

export function writeOptCoin(w: JsonWriter, v: Coin | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Coin>(v).writeJson(w);
}

export function readOptVecCoin(r: JsonReader): Coin[] | null {
  if (r.readNull()) return null;
  return readVecCoin(r);
}

export function writeOptVecCoin(w: JsonWriter, v: Coin[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecCoin(w, changetype<Coin[]>(v));
}

export function readVecValidator(r: JsonReader): Validator[] {
  const a = new Array<Validator>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Validator.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecValidator(w: JsonWriter, a: Validator[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptValidator(r: JsonReader): Validator | null {
  if (r.readNull()) return null;
  return Validator.readJson(r);
}

export function writeOptValidator(w: JsonWriter, v: Validator | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Validator>(v).writeJson(w);
}

export function readOptVecValidator(r: JsonReader): Validator[] | null {
  if (r.readNull()) return null;
  return readVecValidator(r);
}

export function writeOptVecValidator(w: JsonWriter, v: Validator[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecValidator(w, changetype<Validator[]>(v));
}

export function readVecFullDelegation(r: JsonReader): FullDelegation[] {
  const a = new Array<FullDelegation>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(FullDelegation.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecFullDelegation(w: JsonWriter, a: FullDelegation[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptFullDelegation(r: JsonReader): FullDelegation | null {
  if (r.readNull()) return null;
  return FullDelegation.readJson(r);
}

export function writeOptFullDelegation(w: JsonWriter, v: FullDelegation | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<FullDelegation>(v).writeJson(w);
}

export function readOptVecFullDelegation(r: JsonReader): FullDelegation[] | null {
  if (r.readNull()) return null;
  return readVecFullDelegation(r);
}

export function writeOptVecFullDelegation(w: JsonWriter, v: FullDelegation[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecFullDelegation(w, changetype<FullDelegation[]>(v));
}

export function readVecDelegationResponse(r: JsonReader): DelegationResponse[] {
  const a = new Array<DelegationResponse>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(DelegationResponse.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecDelegationResponse(w: JsonWriter, a: DelegationResponse[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptDelegationResponse(r: JsonReader): DelegationResponse | null {
  if (r.readNull()) return null;
  return DelegationResponse.readJson(r);
}

export function writeOptDelegationResponse(w: JsonWriter, v: DelegationResponse | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<DelegationResponse>(v).writeJson(w);
}

export function readOptVecDelegationResponse(r: JsonReader): DelegationResponse[] | null {
  if (r.readNull()) return null;
  return readVecDelegationResponse(r);
}

export function writeOptVecDelegationResponse(w: JsonWriter, v: DelegationResponse[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecDelegationResponse(w, changetype<DelegationResponse[]>(v));
}

export function readVecDelegation(r: JsonReader): Delegation[] {
  const a = new Array<Delegation>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Delegation.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecDelegation(w: JsonWriter, a: Delegation[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptDelegation(r: JsonReader): Delegation | null {
  if (r.readNull()) return null;
  return Delegation.readJson(r);
}

export function writeOptDelegation(w: JsonWriter, v: Delegation | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Delegation>(v).writeJson(w);
}

export function readOptVecDelegation(r: JsonReader): Delegation[] | null {
  if (r.readNull()) return null;
  return readVecDelegation(r);
}

export function writeOptVecDelegation(w: JsonWriter, v: Delegation[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecDelegation(w, changetype<Delegation[]>(v));
}

export function readVecAllDelegationsResponse(r: JsonReader): AllDelegationsResponse[] {
  const a = new Array<AllDelegationsResponse>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(AllDelegationsResponse.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecAllDelegationsResponse(w: JsonWriter, a: AllDelegationsResponse[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptAllDelegationsResponse(r: JsonReader): AllDelegationsResponse | null {
  if (r.readNull()) return null;
  return AllDelegationsResponse.readJson(r);
}

export function writeOptAllDelegationsResponse(w: JsonWriter, v: AllDelegationsResponse | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<AllDelegationsResponse>(v).writeJson(w);
}

export function readOptVecAllDelegationsResponse(r: JsonReader): AllDelegationsResponse[] | null {
  if (r.readNull()) return null;
  return readVecAllDelegationsResponse(r);
}

export function writeOptVecAllDelegationsResponse(w: JsonWriter, v: AllDelegationsResponse[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecAllDelegationsResponse(w, changetype<AllDelegationsResponse[]>(v));
}

export function readVecContractVersion(r: JsonReader): ContractVersion[] {
  const a = new Array<ContractVersion>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ContractVersion.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecContractVersion(w: JsonWriter, a: ContractVersion[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptContractVersion(r: JsonReader): ContractVersion | null {
  if (r.readNull()) return null;
  return ContractVersion.readJson(r);
}

export function writeOptContractVersion(w: JsonWriter, v: ContractVersion | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<ContractVersion>(v).writeJson(w);
}

export function readOptVecContractVersion(r: JsonReader): ContractVersion[] | null {
  if (r.readNull()) return null;
  return readVecContractVersion(r);
}

export function writeOptVecContractVersion(w: JsonWriter, v: ContractVersion[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecContractVersion(w, changetype<ContractVersion[]>(v));
}

export function readVecU64Value(r: JsonReader): U64Value[] {
  const a = new Array<U64Value>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(U64Value.readJson(r));
    }
    r.endArray();
  }
  return a;
}

export function writeVecU64Value(w: JsonWriter, a: U64Value[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

export function readOptU64Value(r: JsonReader): U64Value | null {
  if (r.readNull()) return null;
  return U64Value.readJson(r);
}

export function writeOptU64Value(w: JsonWriter, v: U64Value | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<U64Value>(v).writeJson(w);
}

export function readOptVecU64Value(r: JsonReader): U64Value[] | null {
  if (r.readNull()) return null;
  return readVecU64Value(r);
}

export function writeOptVecU64Value(w: JsonWriter, v: U64Value[] | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else writeVecU64Value(w, changetype<U64Value[]>(v));
}

// @ts-ignore: decorator
@lazy const Coin_FIELDS: string[] = ["denom", "amount"];
export class Coin {
  constructor(
    public denom: string = "",
    public amount: Uint128 = Uint128.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type cosmwasm_std::Coin: ...`. */
  static parse(bytes: Uint8Array): Result<Coin> {
    return parseMsg<Coin>(bytes, "cosmwasm_std::Coin", Coin.readJson);
  }
  static readJson(r: JsonReader): Coin {
    const m = changetype<Coin>(__new(offsetof<Coin>(), idof<Coin>()));
    const s = r.struct(Coin_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.denom = r.readString();
          break;
        case 1:
          m.amount = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("denom");
    w.string(this.denom);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const Validator_FIELDS: string[] = ["address", "commission", "max_commission", "max_change_rate"];
export class Validator {
  constructor(
    public address: string = "",
    public commission: Decimal = Decimal.zero(),
    public maxCommission: Decimal = Decimal.zero(),
    public maxChangeRate: Decimal = Decimal.zero(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type cosmwasm_std::Validator: ...`. */
  static parse(bytes: Uint8Array): Result<Validator> {
    return parseMsg<Validator>(bytes, "cosmwasm_std::Validator", Validator.readJson);
  }
  static readJson(r: JsonReader): Validator {
    const m = changetype<Validator>(__new(offsetof<Validator>(), idof<Validator>()));
    const s = r.struct(Validator_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.address = r.readString();
          break;
        case 1:
          m.commission = Decimal.readJson(r);
          break;
        case 2:
          m.maxCommission = Decimal.readJson(r);
          break;
        case 3:
          m.maxChangeRate = Decimal.readJson(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("address");
    w.string(this.address);
    w.key("commission");
    this.commission.writeJson(w);
    w.key("max_commission");
    this.maxCommission.writeJson(w);
    w.key("max_change_rate");
    this.maxChangeRate.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const FullDelegation_FIELDS: string[] = ["delegator", "validator", "amount"];
export class FullDelegation {
  constructor(
    public delegator: string = "",
    public validator: string = "",
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): FullDelegation {
    const m = changetype<FullDelegation>(__new(offsetof<FullDelegation>(), idof<FullDelegation>()));
    const s = r.struct(FullDelegation_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.delegator = r.readString();
          break;
        case 1:
          m.validator = r.readString();
          break;
        case 2:
          m.amount = Coin.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("delegator");
    w.string(this.delegator);
    w.key("validator");
    w.string(this.validator);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const DelegationResponse_FIELDS: string[] = ["delegation"];
export class DelegationResponse {
  constructor(
    public delegation: FullDelegation | null = null,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type cosmwasm_std::DelegationResponse: ...`. */
  static parse(bytes: Uint8Array): Result<DelegationResponse> {
    return parseMsg<DelegationResponse>(bytes, "cosmwasm_std::DelegationResponse", DelegationResponse.readJson);
  }
  static readJson(r: JsonReader): DelegationResponse {
    const m = changetype<DelegationResponse>(__new(offsetof<DelegationResponse>(), idof<DelegationResponse>()));
    const s = r.struct(DelegationResponse_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.delegation = readOptFullDelegation(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("delegation");
    writeOptFullDelegation(w, this.delegation);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const Delegation_FIELDS: string[] = ["delegator", "validator", "amount"];
export class Delegation {
  constructor(
    public delegator: string = "",
    public validator: string = "",
    public amount: Coin = new Coin(),
  ) {}
  static readJson(r: JsonReader): Delegation {
    const m = changetype<Delegation>(__new(offsetof<Delegation>(), idof<Delegation>()));
    const s = r.struct(Delegation_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.delegator = r.readString();
          break;
        case 1:
          m.validator = r.readString();
          break;
        case 2:
          m.amount = Coin.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("delegator");
    w.string(this.delegator);
    w.key("validator");
    w.string(this.validator);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const AllDelegationsResponse_FIELDS: string[] = ["delegations"];
export class AllDelegationsResponse {
  constructor(
    public delegations: Delegation[] = new Array<Delegation>(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type cosmwasm_std::AllDelegationsResponse: ...`. */
  static parse(bytes: Uint8Array): Result<AllDelegationsResponse> {
    return parseMsg<AllDelegationsResponse>(bytes, "cosmwasm_std::AllDelegationsResponse", AllDelegationsResponse.readJson);
  }
  static readJson(r: JsonReader): AllDelegationsResponse {
    const m = changetype<AllDelegationsResponse>(__new(offsetof<AllDelegationsResponse>(), idof<AllDelegationsResponse>()));
    const s = r.struct(AllDelegationsResponse_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.delegations = readVecDelegation(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("delegations");
    writeVecDelegation(w, this.delegations);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const ContractVersion_FIELDS: string[] = ["contract", "version"];
export class ContractVersion {
  constructor(
    public contract: string = "",
    public version: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type cw2::ContractVersion: ...`. */
  static parse(bytes: Uint8Array): Result<ContractVersion> {
    return parseMsg<ContractVersion>(bytes, "cw2::ContractVersion", ContractVersion.readJson);
  }
  static readJson(r: JsonReader): ContractVersion {
    const m = changetype<ContractVersion>(__new(offsetof<ContractVersion>(), idof<ContractVersion>()));
    const s = r.struct(ContractVersion_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
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
    w.key("contract");
    w.string(this.contract);
    w.key("version");
    w.string(this.version);
    w.endObject();
  }
}

// @ts-ignore: decorator
@lazy const U64Value_FIELDS: string[] = ["value"];
export class U64Value {
  constructor(
    public value: u64 = 0,
  ) {}
  static readJson(r: JsonReader): U64Value {
    const m = changetype<U64Value>(__new(offsetof<U64Value>(), idof<U64Value>()));
    const s = r.struct(U64Value_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.value = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("value");
    w.u64(this.value);
    w.endObject();
  }
}
