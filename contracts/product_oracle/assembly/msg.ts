// Generated from contracts/product_oracle/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../std/assembly";
import { U64Value } from "../../common/assembly/types";
export { U64Value } from "../../common/assembly/types";
import { readOptString, readOptUint128, writeOptString, writeOptUint128 } from "../../common/assembly/types";

function readVecValidatorAmount(r: JsonReader): ValidatorAmount[] {
  const a = new Array<ValidatorAmount>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ValidatorAmount.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecValidatorAmount(w: JsonWriter, a: ValidatorAmount[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecValidatorScore(r: JsonReader): ValidatorScore[] {
  const a = new Array<ValidatorScore>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ValidatorScore.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecValidatorScore(w: JsonWriter, a: ValidatorScore[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecProductProof(r: JsonReader): ProductProof[] {
  const a = new Array<ProductProof>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ProductProof.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecProductProof(w: JsonWriter, a: ProductProof[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecVote(r: JsonReader): Vote[] {
  const a = new Array<Vote>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Vote.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecVote(w: JsonWriter, a: Vote[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecPendingAttestation(r: JsonReader): PendingAttestation[] {
  const a = new Array<PendingAttestation>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(PendingAttestation.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecPendingAttestation(w: JsonWriter, a: PendingAttestation[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecChallengeVote(r: JsonReader): ChallengeVote[] {
  const a = new Array<ChallengeVote>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ChallengeVote.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecChallengeVote(w: JsonWriter, a: ChallengeVote[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecChallenge(r: JsonReader): Challenge[] {
  const a = new Array<Challenge>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Challenge.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecChallenge(w: JsonWriter, a: Challenge[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecSettlement(r: JsonReader): Settlement[] {
  const a = new Array<Settlement>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Settlement.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecSettlement(w: JsonWriter, a: Settlement[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readOptSettlement(r: JsonReader): Settlement | null {
  if (r.readNull()) return null;
  return Settlement.readJson(r);
}

function writeOptSettlement(w: JsonWriter, v: Settlement | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Settlement>(v).writeJson(w);
}

function readVecOracleInfo(r: JsonReader): OracleInfo[] {
  const a = new Array<OracleInfo>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(OracleInfo.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecOracleInfo(w: JsonWriter, a: OracleInfo[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecCountAmount(r: JsonReader): CountAmount[] {
  const a = new Array<CountAmount>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(CountAmount.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecCountAmount(w: JsonWriter, a: CountAmount[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecChallengeGroup(r: JsonReader): ChallengeGroup[] {
  const a = new Array<ChallengeGroup>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ChallengeGroup.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecChallengeGroup(w: JsonWriter, a: ChallengeGroup[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecAttestationGroup(r: JsonReader): AttestationGroup[] {
  const a = new Array<AttestationGroup>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(AttestationGroup.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecAttestationGroup(w: JsonWriter, a: AttestationGroup[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecChainValidator(r: JsonReader): ChainValidator[] {
  const a = new Array<ChainValidator>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ChainValidator.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecChainValidator(w: JsonWriter, a: ChainValidator[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readOptChainValidator(r: JsonReader): ChainValidator | null {
  if (r.readNull()) return null;
  return ChainValidator.readJson(r);
}

function writeOptChainValidator(w: JsonWriter, v: ChainValidator | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<ChainValidator>(v).writeJson(w);
}

const InstantiateMsg_FIELDS: string[] = ["owner", "denom", "reward_bps", "challenge_min_bond", "oracle_quorum_bps", "challenge_resolve_delay_blocks", "attestation_ttl_blocks", "challenge_max_open_blocks", "epoch_length_blocks", "unit_price", "jail_seconds", "max_bonus_bps", "oracle_weight_mode", "initial_work_weight", "payout_mode"];
export class InstantiateMsg {
  constructor(
    public owner: string | null = null,
    public denom: string = "",
    public rewardBps: u32 = 0,
    public hasRewardBps: bool = false,
    public challengeMinBond: Uint128 | null = null,
    public oracleQuorumBps: u32 = 0,
    public hasOracleQuorumBps: bool = false,
    public challengeResolveDelayBlocks: u64 = 0,
    public hasChallengeResolveDelayBlocks: bool = false,
    public attestationTtlBlocks: u64 = 0,
    public hasAttestationTtlBlocks: bool = false,
    public challengeMaxOpenBlocks: u64 = 0,
    public hasChallengeMaxOpenBlocks: bool = false,
    public epochLengthBlocks: u64 = 0,
    public hasEpochLengthBlocks: bool = false,
    public unitPrice: Uint128 | null = null,
    public jailSeconds: u64 = 0,
    public hasJailSeconds: bool = false,
    public maxBonusBps: u32 = 0,
    public hasMaxBonusBps: bool = false,
    public oracleWeightMode: string | null = null,
    public initialWorkWeight: u64 = 0,
    public hasInitialWorkWeight: bool = false,
    public payoutMode: string | null = null,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::msg::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "product_oracle::msg::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = readOptString(r);
          break;
        case 1:
          m.denom = r.readString();
          break;
        case 2:
          if (!r.readNull()) {
            m.hasRewardBps = true;
            m.rewardBps = r.readU32();
          }
          break;
        case 3:
          m.challengeMinBond = readOptUint128(r);
          break;
        case 4:
          if (!r.readNull()) {
            m.hasOracleQuorumBps = true;
            m.oracleQuorumBps = r.readU32();
          }
          break;
        case 5:
          if (!r.readNull()) {
            m.hasChallengeResolveDelayBlocks = true;
            m.challengeResolveDelayBlocks = r.readU64();
          }
          break;
        case 6:
          if (!r.readNull()) {
            m.hasAttestationTtlBlocks = true;
            m.attestationTtlBlocks = r.readU64();
          }
          break;
        case 7:
          if (!r.readNull()) {
            m.hasChallengeMaxOpenBlocks = true;
            m.challengeMaxOpenBlocks = r.readU64();
          }
          break;
        case 8:
          if (!r.readNull()) {
            m.hasEpochLengthBlocks = true;
            m.epochLengthBlocks = r.readU64();
          }
          break;
        case 9:
          m.unitPrice = readOptUint128(r);
          break;
        case 10:
          if (!r.readNull()) {
            m.hasJailSeconds = true;
            m.jailSeconds = r.readU64();
          }
          break;
        case 11:
          if (!r.readNull()) {
            m.hasMaxBonusBps = true;
            m.maxBonusBps = r.readU32();
          }
          break;
        case 12:
          m.oracleWeightMode = readOptString(r);
          break;
        case 13:
          if (!r.readNull()) {
            m.hasInitialWorkWeight = true;
            m.initialWorkWeight = r.readU64();
          }
          break;
        case 14:
          m.payoutMode = readOptString(r);
          break;
      }
    }
    s.end(0b10);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    writeOptString(w, this.owner);
    w.key("denom");
    w.string(this.denom);
    w.key("reward_bps");
    if (this.hasRewardBps) w.u32(this.rewardBps);
    else w.nullValue();
    w.key("challenge_min_bond");
    writeOptUint128(w, this.challengeMinBond);
    w.key("oracle_quorum_bps");
    if (this.hasOracleQuorumBps) w.u32(this.oracleQuorumBps);
    else w.nullValue();
    w.key("challenge_resolve_delay_blocks");
    if (this.hasChallengeResolveDelayBlocks) w.u64(this.challengeResolveDelayBlocks);
    else w.nullValue();
    w.key("attestation_ttl_blocks");
    if (this.hasAttestationTtlBlocks) w.u64(this.attestationTtlBlocks);
    else w.nullValue();
    w.key("challenge_max_open_blocks");
    if (this.hasChallengeMaxOpenBlocks) w.u64(this.challengeMaxOpenBlocks);
    else w.nullValue();
    w.key("epoch_length_blocks");
    if (this.hasEpochLengthBlocks) w.u64(this.epochLengthBlocks);
    else w.nullValue();
    w.key("unit_price");
    writeOptUint128(w, this.unitPrice);
    w.key("jail_seconds");
    if (this.hasJailSeconds) w.u64(this.jailSeconds);
    else w.nullValue();
    w.key("max_bonus_bps");
    if (this.hasMaxBonusBps) w.u32(this.maxBonusBps);
    else w.nullValue();
    w.key("oracle_weight_mode");
    writeOptString(w, this.oracleWeightMode);
    w.key("initial_work_weight");
    if (this.hasInitialWorkWeight) w.u64(this.initialWorkWeight);
    else w.nullValue();
    w.key("payout_mode");
    writeOptString(w, this.payoutMode);
    w.endObject();
  }
}

const AttestExecuteMsg_FIELDS: string[] = ["proof_ref", "validator", "units", "quality_bps", "idempotent"];
export class AttestExecuteMsg {
  constructor(
    public proofRef: string = "",
    public validator: string = "",
    public units: u64 = 0,
    public qualityBps: u32 = 0,
    public idempotent: bool = 0,
    public hasIdempotent: bool = false,
  ) {}
  static readJson(r: JsonReader): AttestExecuteMsg {
    const m = changetype<AttestExecuteMsg>(__new(offsetof<AttestExecuteMsg>(), idof<AttestExecuteMsg>()));
    const s = r.struct(AttestExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.proofRef = r.readString();
          break;
        case 1:
          m.validator = r.readString();
          break;
        case 2:
          m.units = r.readU64();
          break;
        case 3:
          m.qualityBps = r.readU32();
          break;
        case 4:
          if (!r.readNull()) {
            m.hasIdempotent = true;
            m.idempotent = r.readBool();
          }
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("proof_ref");
    w.string(this.proofRef);
    w.key("validator");
    w.string(this.validator);
    w.key("units");
    w.u64(this.units);
    w.key("quality_bps");
    w.u32(this.qualityBps);
    w.key("idempotent");
    if (this.hasIdempotent) w.bool(this.idempotent);
    else w.nullValue();
    w.endObject();
  }
}

const ChallengeExecuteMsg_FIELDS: string[] = ["proof_id", "idempotent"];
export class ChallengeExecuteMsg {
  constructor(
    public proofId: string = "",
    public idempotent: bool = 0,
    public hasIdempotent: bool = false,
  ) {}
  static readJson(r: JsonReader): ChallengeExecuteMsg {
    const m = changetype<ChallengeExecuteMsg>(__new(offsetof<ChallengeExecuteMsg>(), idof<ChallengeExecuteMsg>()));
    const s = r.struct(ChallengeExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.proofId = r.readString();
          break;
        case 1:
          if (!r.readNull()) {
            m.hasIdempotent = true;
            m.idempotent = r.readBool();
          }
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("proof_id");
    w.string(this.proofId);
    w.key("idempotent");
    if (this.hasIdempotent) w.bool(this.idempotent);
    else w.nullValue();
    w.endObject();
  }
}

const ResolveChallengeExecuteMsg_FIELDS: string[] = ["challenge_id", "slash_bps", "bonus", "idempotent"];
export class ResolveChallengeExecuteMsg {
  constructor(
    public challengeId: u64 = 0,
    public slashBps: u32 = 0,
    public bonus: Uint128 = Uint128.zero(),
    public idempotent: bool = 0,
    public hasIdempotent: bool = false,
  ) {}
  static readJson(r: JsonReader): ResolveChallengeExecuteMsg {
    const m = changetype<ResolveChallengeExecuteMsg>(__new(offsetof<ResolveChallengeExecuteMsg>(), idof<ResolveChallengeExecuteMsg>()));
    const s = r.struct(ResolveChallengeExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.challengeId = r.readU64();
          break;
        case 1:
          m.slashBps = r.readU32();
          break;
        case 2:
          m.bonus = Uint128.readJson(r);
          break;
        case 3:
          if (!r.readNull()) {
            m.hasIdempotent = true;
            m.idempotent = r.readBool();
          }
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("challenge_id");
    w.u64(this.challengeId);
    w.key("slash_bps");
    w.u32(this.slashBps);
    w.key("bonus");
    this.bonus.writeJson(w);
    w.key("idempotent");
    if (this.hasIdempotent) w.bool(this.idempotent);
    else w.nullValue();
    w.endObject();
  }
}

const SettleExecuteMsg_FIELDS: string[] = ["reference", "validator"];
export class SettleExecuteMsg {
  constructor(
    public reference: string = "",
    public validator: string | null = null,
  ) {}
  static readJson(r: JsonReader): SettleExecuteMsg {
    const m = changetype<SettleExecuteMsg>(__new(offsetof<SettleExecuteMsg>(), idof<SettleExecuteMsg>()));
    const s = r.struct(SettleExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.reference = r.readString();
          break;
        case 1:
          m.validator = readOptString(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("reference");
    w.string(this.reference);
    w.key("validator");
    writeOptString(w, this.validator);
    w.endObject();
  }
}

const WithdrawTreasuryExecuteMsg_FIELDS: string[] = ["amount", "recipient"];
export class WithdrawTreasuryExecuteMsg {
  constructor(
    public amount: Uint128 = Uint128.zero(),
    public recipient: string = "",
  ) {}
  static readJson(r: JsonReader): WithdrawTreasuryExecuteMsg {
    const m = changetype<WithdrawTreasuryExecuteMsg>(__new(offsetof<WithdrawTreasuryExecuteMsg>(), idof<WithdrawTreasuryExecuteMsg>()));
    const s = r.struct(WithdrawTreasuryExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.amount = Uint128.readJson(r);
          break;
        case 1:
          m.recipient = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("amount");
    this.amount.writeJson(w);
    w.key("recipient");
    w.string(this.recipient);
    w.endObject();
  }
}

const SetWorkWeightExecuteMsg_FIELDS: string[] = ["validator", "weight"];
export class SetWorkWeightExecuteMsg {
  constructor(
    public validator: string = "",
    public weight: u64 = 0,
  ) {}
  static readJson(r: JsonReader): SetWorkWeightExecuteMsg {
    const m = changetype<SetWorkWeightExecuteMsg>(__new(offsetof<SetWorkWeightExecuteMsg>(), idof<SetWorkWeightExecuteMsg>()));
    const s = r.struct(SetWorkWeightExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.weight = r.readU64();
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
    w.key("weight");
    w.u64(this.weight);
    w.endObject();
  }
}

const UpdateConfigExecuteMsg_FIELDS: string[] = ["reward_bps", "challenge_min_bond", "oracle_quorum_bps", "challenge_resolve_delay_blocks", "attestation_ttl_blocks", "challenge_max_open_blocks", "epoch_length_blocks", "unit_price", "jail_seconds", "max_bonus_bps", "oracle_weight_mode", "initial_work_weight", "payout_mode"];
export class UpdateConfigExecuteMsg {
  constructor(
    public rewardBps: u32 = 0,
    public hasRewardBps: bool = false,
    public challengeMinBond: Uint128 | null = null,
    public oracleQuorumBps: u32 = 0,
    public hasOracleQuorumBps: bool = false,
    public challengeResolveDelayBlocks: u64 = 0,
    public hasChallengeResolveDelayBlocks: bool = false,
    public attestationTtlBlocks: u64 = 0,
    public hasAttestationTtlBlocks: bool = false,
    public challengeMaxOpenBlocks: u64 = 0,
    public hasChallengeMaxOpenBlocks: bool = false,
    public epochLengthBlocks: u64 = 0,
    public hasEpochLengthBlocks: bool = false,
    public unitPrice: Uint128 | null = null,
    public jailSeconds: u64 = 0,
    public hasJailSeconds: bool = false,
    public maxBonusBps: u32 = 0,
    public hasMaxBonusBps: bool = false,
    public oracleWeightMode: string | null = null,
    public initialWorkWeight: u64 = 0,
    public hasInitialWorkWeight: bool = false,
    public payoutMode: string | null = null,
  ) {}
  static readJson(r: JsonReader): UpdateConfigExecuteMsg {
    const m = changetype<UpdateConfigExecuteMsg>(__new(offsetof<UpdateConfigExecuteMsg>(), idof<UpdateConfigExecuteMsg>()));
    const s = r.struct(UpdateConfigExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          if (!r.readNull()) {
            m.hasRewardBps = true;
            m.rewardBps = r.readU32();
          }
          break;
        case 1:
          m.challengeMinBond = readOptUint128(r);
          break;
        case 2:
          if (!r.readNull()) {
            m.hasOracleQuorumBps = true;
            m.oracleQuorumBps = r.readU32();
          }
          break;
        case 3:
          if (!r.readNull()) {
            m.hasChallengeResolveDelayBlocks = true;
            m.challengeResolveDelayBlocks = r.readU64();
          }
          break;
        case 4:
          if (!r.readNull()) {
            m.hasAttestationTtlBlocks = true;
            m.attestationTtlBlocks = r.readU64();
          }
          break;
        case 5:
          if (!r.readNull()) {
            m.hasChallengeMaxOpenBlocks = true;
            m.challengeMaxOpenBlocks = r.readU64();
          }
          break;
        case 6:
          if (!r.readNull()) {
            m.hasEpochLengthBlocks = true;
            m.epochLengthBlocks = r.readU64();
          }
          break;
        case 7:
          m.unitPrice = readOptUint128(r);
          break;
        case 8:
          if (!r.readNull()) {
            m.hasJailSeconds = true;
            m.jailSeconds = r.readU64();
          }
          break;
        case 9:
          if (!r.readNull()) {
            m.hasMaxBonusBps = true;
            m.maxBonusBps = r.readU32();
          }
          break;
        case 10:
          m.oracleWeightMode = readOptString(r);
          break;
        case 11:
          if (!r.readNull()) {
            m.hasInitialWorkWeight = true;
            m.initialWorkWeight = r.readU64();
          }
          break;
        case 12:
          m.payoutMode = readOptString(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("reward_bps");
    if (this.hasRewardBps) w.u32(this.rewardBps);
    else w.nullValue();
    w.key("challenge_min_bond");
    writeOptUint128(w, this.challengeMinBond);
    w.key("oracle_quorum_bps");
    if (this.hasOracleQuorumBps) w.u32(this.oracleQuorumBps);
    else w.nullValue();
    w.key("challenge_resolve_delay_blocks");
    if (this.hasChallengeResolveDelayBlocks) w.u64(this.challengeResolveDelayBlocks);
    else w.nullValue();
    w.key("attestation_ttl_blocks");
    if (this.hasAttestationTtlBlocks) w.u64(this.attestationTtlBlocks);
    else w.nullValue();
    w.key("challenge_max_open_blocks");
    if (this.hasChallengeMaxOpenBlocks) w.u64(this.challengeMaxOpenBlocks);
    else w.nullValue();
    w.key("epoch_length_blocks");
    if (this.hasEpochLengthBlocks) w.u64(this.epochLengthBlocks);
    else w.nullValue();
    w.key("unit_price");
    writeOptUint128(w, this.unitPrice);
    w.key("jail_seconds");
    if (this.hasJailSeconds) w.u64(this.jailSeconds);
    else w.nullValue();
    w.key("max_bonus_bps");
    if (this.hasMaxBonusBps) w.u32(this.maxBonusBps);
    else w.nullValue();
    w.key("oracle_weight_mode");
    writeOptString(w, this.oracleWeightMode);
    w.key("initial_work_weight");
    if (this.hasInitialWorkWeight) w.u64(this.initialWorkWeight);
    else w.nullValue();
    w.key("payout_mode");
    writeOptString(w, this.payoutMode);
    w.endObject();
  }
}

const TransferOwnershipExecuteMsg_FIELDS: string[] = ["new_owner"];
export class TransferOwnershipExecuteMsg {
  constructor(
    public newOwner: string = "",
  ) {}
  static readJson(r: JsonReader): TransferOwnershipExecuteMsg {
    const m = changetype<TransferOwnershipExecuteMsg>(__new(offsetof<TransferOwnershipExecuteMsg>(), idof<TransferOwnershipExecuteMsg>()));
    const s = r.struct(TransferOwnershipExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.newOwner = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("new_owner");
    w.string(this.newOwner);
    w.endObject();
  }
}

export enum ExecuteMsgKind {
  Attest,
  Challenge,
  ResolveChallenge,
  Settle,
  AdvanceEpoch,
  FundTreasury,
  WithdrawTreasury,
  SetWorkWeight,
  UpdateConfig,
  TransferOwnership,
  AcceptOwnership,
}
const ExecuteMsg_VARIANTS: string[] = ["attest", "challenge", "resolve_challenge", "settle", "advance_epoch", "fund_treasury", "withdraw_treasury", "set_work_weight", "update_config", "transfer_ownership", "accept_ownership"];
const ExecuteMsg_NO_FIELDS: string[] = [];
/** One of `attest`, `challenge`, `resolve_challenge`, `settle`, `advance_epoch`, `fund_treasury`, `withdraw_treasury`, `set_work_weight`, `update_config`, `transfer_ownership`, `accept_ownership`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  attest: AttestExecuteMsg | null = null;
  challenge: ChallengeExecuteMsg | null = null;
  resolveChallenge: ResolveChallengeExecuteMsg | null = null;
  settle: SettleExecuteMsg | null = null;
  withdrawTreasury: WithdrawTreasuryExecuteMsg | null = null;
  setWorkWeight: SetWorkWeightExecuteMsg | null = null;
  updateConfig: UpdateConfigExecuteMsg | null = null;
  transferOwnership: TransferOwnershipExecuteMsg | null = null;
  static Attest(value: AttestExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Attest);
    m.attest = value;
    return m;
  }
  static Challenge(value: ChallengeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Challenge);
    m.challenge = value;
    return m;
  }
  static ResolveChallenge(value: ResolveChallengeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ResolveChallenge);
    m.resolveChallenge = value;
    return m;
  }
  static Settle(value: SettleExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Settle);
    m.settle = value;
    return m;
  }
  static AdvanceEpoch(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.AdvanceEpoch);
  }
  static FundTreasury(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.FundTreasury);
  }
  static WithdrawTreasury(value: WithdrawTreasuryExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.WithdrawTreasury);
    m.withdrawTreasury = value;
    return m;
  }
  static SetWorkWeight(value: SetWorkWeightExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.SetWorkWeight);
    m.setWorkWeight = value;
    return m;
  }
  static UpdateConfig(value: UpdateConfigExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.UpdateConfig);
    m.updateConfig = value;
    return m;
  }
  static TransferOwnership(value: TransferOwnershipExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.TransferOwnership);
    m.transferOwnership = value;
    return m;
  }
  static AcceptOwnership(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.AcceptOwnership);
  }
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::msg::ExecuteMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "product_oracle::msg::ExecuteMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.attest = AttestExecuteMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.challenge = ChallengeExecuteMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.resolveChallenge = ResolveChallengeExecuteMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.settle = SettleExecuteMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.withdrawTreasury = WithdrawTreasuryExecuteMsg.readJson(r);
        break;
      case 7:
        if (!r.expectPayloadVariant()) return m;
        m.setWorkWeight = SetWorkWeightExecuteMsg.readJson(r);
        break;
      case 8:
        if (!r.expectPayloadVariant()) return m;
        m.updateConfig = UpdateConfigExecuteMsg.readJson(r);
        break;
      case 9:
        if (!r.expectPayloadVariant()) return m;
        m.transferOwnership = TransferOwnershipExecuteMsg.readJson(r);
        break;
      case 10:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.Attest:
        w.beginObject().key("attest");
        changetype<AttestExecuteMsg>(this.attest).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Challenge:
        w.beginObject().key("challenge");
        changetype<ChallengeExecuteMsg>(this.challenge).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ResolveChallenge:
        w.beginObject().key("resolve_challenge");
        changetype<ResolveChallengeExecuteMsg>(this.resolveChallenge).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Settle:
        w.beginObject().key("settle");
        changetype<SettleExecuteMsg>(this.settle).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.AdvanceEpoch:
        w.beginObject().key("advance_epoch").beginObject().endObject().endObject();
        break;
      case ExecuteMsgKind.FundTreasury:
        w.beginObject().key("fund_treasury").beginObject().endObject().endObject();
        break;
      case ExecuteMsgKind.WithdrawTreasury:
        w.beginObject().key("withdraw_treasury");
        changetype<WithdrawTreasuryExecuteMsg>(this.withdrawTreasury).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.SetWorkWeight:
        w.beginObject().key("set_work_weight");
        changetype<SetWorkWeightExecuteMsg>(this.setWorkWeight).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.UpdateConfig:
        w.beginObject().key("update_config");
        changetype<UpdateConfigExecuteMsg>(this.updateConfig).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.TransferOwnership:
        w.beginObject().key("transfer_ownership");
        changetype<TransferOwnershipExecuteMsg>(this.transferOwnership).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.AcceptOwnership:
        w.beginObject().key("accept_ownership").beginObject().endObject().endObject();
        break;
    }
  }
}

const ProofQueryMsg_FIELDS: string[] = ["id"];
export class ProofQueryMsg {
  constructor(
    public id: string = "",
  ) {}
  static readJson(r: JsonReader): ProofQueryMsg {
    const m = changetype<ProofQueryMsg>(__new(offsetof<ProofQueryMsg>(), idof<ProofQueryMsg>()));
    const s = r.struct(ProofQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.string(this.id);
    w.endObject();
  }
}

const ProofFilter_FIELDS: string[] = ["id", "proof_ref", "validator", "reporter", "epoch", "min_score", "max_score", "include_invalid", "since_ms", "until_ms", "offset", "limit", "start_after", "with_meta"];
export class ProofFilter {
  constructor(
    public id: string | null = null,
    public proofRef: string | null = null,
    public validator: string | null = null,
    public reporter: string | null = null,
    public epoch: u64 = 0,
    public hasEpoch: bool = false,
    public minScore: u64 = 0,
    public hasMinScore: bool = false,
    public maxScore: u64 = 0,
    public hasMaxScore: bool = false,
    public includeInvalid: bool = 0,
    public hasIncludeInvalid: bool = false,
    public sinceMs: u64 = 0,
    public hasSinceMs: bool = false,
    public untilMs: u64 = 0,
    public hasUntilMs: bool = false,
    public offset: u64 = 0,
    public hasOffset: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
    public startAfter: string | null = null,
    public withMeta: bool = 0,
    public hasWithMeta: bool = false,
  ) {}
  static readJson(r: JsonReader): ProofFilter {
    const m = changetype<ProofFilter>(__new(offsetof<ProofFilter>(), idof<ProofFilter>()));
    const s = r.struct(ProofFilter_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = readOptString(r);
          break;
        case 1:
          m.proofRef = readOptString(r);
          break;
        case 2:
          m.validator = readOptString(r);
          break;
        case 3:
          m.reporter = readOptString(r);
          break;
        case 4:
          if (!r.readNull()) {
            m.hasEpoch = true;
            m.epoch = r.readU64();
          }
          break;
        case 5:
          if (!r.readNull()) {
            m.hasMinScore = true;
            m.minScore = r.readU64();
          }
          break;
        case 6:
          if (!r.readNull()) {
            m.hasMaxScore = true;
            m.maxScore = r.readU64();
          }
          break;
        case 7:
          if (!r.readNull()) {
            m.hasIncludeInvalid = true;
            m.includeInvalid = r.readBool();
          }
          break;
        case 8:
          if (!r.readNull()) {
            m.hasSinceMs = true;
            m.sinceMs = r.readU64();
          }
          break;
        case 9:
          if (!r.readNull()) {
            m.hasUntilMs = true;
            m.untilMs = r.readU64();
          }
          break;
        case 10:
          if (!r.readNull()) {
            m.hasOffset = true;
            m.offset = r.readU64();
          }
          break;
        case 11:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
        case 12:
          m.startAfter = readOptString(r);
          break;
        case 13:
          if (!r.readNull()) {
            m.hasWithMeta = true;
            m.withMeta = r.readBool();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    writeOptString(w, this.id);
    w.key("proof_ref");
    writeOptString(w, this.proofRef);
    w.key("validator");
    writeOptString(w, this.validator);
    w.key("reporter");
    writeOptString(w, this.reporter);
    w.key("epoch");
    if (this.hasEpoch) w.u64(this.epoch);
    else w.nullValue();
    w.key("min_score");
    if (this.hasMinScore) w.u64(this.minScore);
    else w.nullValue();
    w.key("max_score");
    if (this.hasMaxScore) w.u64(this.maxScore);
    else w.nullValue();
    w.key("include_invalid");
    if (this.hasIncludeInvalid) w.bool(this.includeInvalid);
    else w.nullValue();
    w.key("since_ms");
    if (this.hasSinceMs) w.u64(this.sinceMs);
    else w.nullValue();
    w.key("until_ms");
    if (this.hasUntilMs) w.u64(this.untilMs);
    else w.nullValue();
    w.key("offset");
    if (this.hasOffset) w.u64(this.offset);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.key("start_after");
    writeOptString(w, this.startAfter);
    w.key("with_meta");
    if (this.hasWithMeta) w.bool(this.withMeta);
    else w.nullValue();
    w.endObject();
  }
}

const PendingFilter_FIELDS: string[] = ["id", "proof_ref", "validator", "epoch", "min_collected", "since_ms", "until_ms", "offset", "limit", "start_after", "with_meta"];
export class PendingFilter {
  constructor(
    public id: string | null = null,
    public proofRef: string | null = null,
    public validator: string | null = null,
    public epoch: u64 = 0,
    public hasEpoch: bool = false,
    public minCollected: Uint128 | null = null,
    public sinceMs: u64 = 0,
    public hasSinceMs: bool = false,
    public untilMs: u64 = 0,
    public hasUntilMs: bool = false,
    public offset: u64 = 0,
    public hasOffset: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
    public startAfter: string | null = null,
    public withMeta: bool = 0,
    public hasWithMeta: bool = false,
  ) {}
  static readJson(r: JsonReader): PendingFilter {
    const m = changetype<PendingFilter>(__new(offsetof<PendingFilter>(), idof<PendingFilter>()));
    const s = r.struct(PendingFilter_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = readOptString(r);
          break;
        case 1:
          m.proofRef = readOptString(r);
          break;
        case 2:
          m.validator = readOptString(r);
          break;
        case 3:
          if (!r.readNull()) {
            m.hasEpoch = true;
            m.epoch = r.readU64();
          }
          break;
        case 4:
          m.minCollected = readOptUint128(r);
          break;
        case 5:
          if (!r.readNull()) {
            m.hasSinceMs = true;
            m.sinceMs = r.readU64();
          }
          break;
        case 6:
          if (!r.readNull()) {
            m.hasUntilMs = true;
            m.untilMs = r.readU64();
          }
          break;
        case 7:
          if (!r.readNull()) {
            m.hasOffset = true;
            m.offset = r.readU64();
          }
          break;
        case 8:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
        case 9:
          m.startAfter = readOptString(r);
          break;
        case 10:
          if (!r.readNull()) {
            m.hasWithMeta = true;
            m.withMeta = r.readBool();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    writeOptString(w, this.id);
    w.key("proof_ref");
    writeOptString(w, this.proofRef);
    w.key("validator");
    writeOptString(w, this.validator);
    w.key("epoch");
    if (this.hasEpoch) w.u64(this.epoch);
    else w.nullValue();
    w.key("min_collected");
    writeOptUint128(w, this.minCollected);
    w.key("since_ms");
    if (this.hasSinceMs) w.u64(this.sinceMs);
    else w.nullValue();
    w.key("until_ms");
    if (this.hasUntilMs) w.u64(this.untilMs);
    else w.nullValue();
    w.key("offset");
    if (this.hasOffset) w.u64(this.offset);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.key("start_after");
    writeOptString(w, this.startAfter);
    w.key("with_meta");
    if (this.hasWithMeta) w.bool(this.withMeta);
    else w.nullValue();
    w.endObject();
  }
}

const ChallengeByIdQueryMsg_FIELDS: string[] = ["id"];
export class ChallengeByIdQueryMsg {
  constructor(
    public id: u64 = 0,
  ) {}
  static readJson(r: JsonReader): ChallengeByIdQueryMsg {
    const m = changetype<ChallengeByIdQueryMsg>(__new(offsetof<ChallengeByIdQueryMsg>(), idof<ChallengeByIdQueryMsg>()));
    const s = r.struct(ChallengeByIdQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.endObject();
  }
}

const ChallengeFilter_FIELDS: string[] = ["id", "proof_id", "challenger", "resolver", "successful", "open_only", "min_bond", "since_ms", "until_ms", "offset", "limit", "start_after", "with_meta"];
export class ChallengeFilter {
  constructor(
    public id: u64 = 0,
    public hasId: bool = false,
    public proofId: string | null = null,
    public challenger: string | null = null,
    public resolver: string | null = null,
    public successful: bool = 0,
    public hasSuccessful: bool = false,
    public openOnly: bool = 0,
    public hasOpenOnly: bool = false,
    public minBond: Uint128 | null = null,
    public sinceMs: u64 = 0,
    public hasSinceMs: bool = false,
    public untilMs: u64 = 0,
    public hasUntilMs: bool = false,
    public offset: u64 = 0,
    public hasOffset: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
    public startAfter: u64 = 0,
    public hasStartAfter: bool = false,
    public withMeta: bool = 0,
    public hasWithMeta: bool = false,
  ) {}
  static readJson(r: JsonReader): ChallengeFilter {
    const m = changetype<ChallengeFilter>(__new(offsetof<ChallengeFilter>(), idof<ChallengeFilter>()));
    const s = r.struct(ChallengeFilter_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          if (!r.readNull()) {
            m.hasId = true;
            m.id = r.readU64();
          }
          break;
        case 1:
          m.proofId = readOptString(r);
          break;
        case 2:
          m.challenger = readOptString(r);
          break;
        case 3:
          m.resolver = readOptString(r);
          break;
        case 4:
          if (!r.readNull()) {
            m.hasSuccessful = true;
            m.successful = r.readBool();
          }
          break;
        case 5:
          if (!r.readNull()) {
            m.hasOpenOnly = true;
            m.openOnly = r.readBool();
          }
          break;
        case 6:
          m.minBond = readOptUint128(r);
          break;
        case 7:
          if (!r.readNull()) {
            m.hasSinceMs = true;
            m.sinceMs = r.readU64();
          }
          break;
        case 8:
          if (!r.readNull()) {
            m.hasUntilMs = true;
            m.untilMs = r.readU64();
          }
          break;
        case 9:
          if (!r.readNull()) {
            m.hasOffset = true;
            m.offset = r.readU64();
          }
          break;
        case 10:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
        case 11:
          if (!r.readNull()) {
            m.hasStartAfter = true;
            m.startAfter = r.readU64();
          }
          break;
        case 12:
          if (!r.readNull()) {
            m.hasWithMeta = true;
            m.withMeta = r.readBool();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    if (this.hasId) w.u64(this.id);
    else w.nullValue();
    w.key("proof_id");
    writeOptString(w, this.proofId);
    w.key("challenger");
    writeOptString(w, this.challenger);
    w.key("resolver");
    writeOptString(w, this.resolver);
    w.key("successful");
    if (this.hasSuccessful) w.bool(this.successful);
    else w.nullValue();
    w.key("open_only");
    if (this.hasOpenOnly) w.bool(this.openOnly);
    else w.nullValue();
    w.key("min_bond");
    writeOptUint128(w, this.minBond);
    w.key("since_ms");
    if (this.hasSinceMs) w.u64(this.sinceMs);
    else w.nullValue();
    w.key("until_ms");
    if (this.hasUntilMs) w.u64(this.untilMs);
    else w.nullValue();
    w.key("offset");
    if (this.hasOffset) w.u64(this.offset);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.key("start_after");
    if (this.hasStartAfter) w.u64(this.startAfter);
    else w.nullValue();
    w.key("with_meta");
    if (this.hasWithMeta) w.bool(this.withMeta);
    else w.nullValue();
    w.endObject();
  }
}

const SettlementQueryMsg_FIELDS: string[] = ["id"];
export class SettlementQueryMsg {
  constructor(
    public id: u64 = 0,
  ) {}
  static readJson(r: JsonReader): SettlementQueryMsg {
    const m = changetype<SettlementQueryMsg>(__new(offsetof<SettlementQueryMsg>(), idof<SettlementQueryMsg>()));
    const s = r.struct(SettlementQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.endObject();
  }
}

const SettlementFilter_FIELDS: string[] = ["reference", "payer", "validator", "epoch", "min_amount", "max_amount", "since_ms", "until_ms", "offset", "limit", "start_after", "with_meta"];
export class SettlementFilter {
  constructor(
    public reference: string | null = null,
    public payer: string | null = null,
    public validator: string | null = null,
    public epoch: u64 = 0,
    public hasEpoch: bool = false,
    public minAmount: Uint128 | null = null,
    public maxAmount: Uint128 | null = null,
    public sinceMs: u64 = 0,
    public hasSinceMs: bool = false,
    public untilMs: u64 = 0,
    public hasUntilMs: bool = false,
    public offset: u64 = 0,
    public hasOffset: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
    public startAfter: u64 = 0,
    public hasStartAfter: bool = false,
    public withMeta: bool = 0,
    public hasWithMeta: bool = false,
  ) {}
  static readJson(r: JsonReader): SettlementFilter {
    const m = changetype<SettlementFilter>(__new(offsetof<SettlementFilter>(), idof<SettlementFilter>()));
    const s = r.struct(SettlementFilter_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.reference = readOptString(r);
          break;
        case 1:
          m.payer = readOptString(r);
          break;
        case 2:
          m.validator = readOptString(r);
          break;
        case 3:
          if (!r.readNull()) {
            m.hasEpoch = true;
            m.epoch = r.readU64();
          }
          break;
        case 4:
          m.minAmount = readOptUint128(r);
          break;
        case 5:
          m.maxAmount = readOptUint128(r);
          break;
        case 6:
          if (!r.readNull()) {
            m.hasSinceMs = true;
            m.sinceMs = r.readU64();
          }
          break;
        case 7:
          if (!r.readNull()) {
            m.hasUntilMs = true;
            m.untilMs = r.readU64();
          }
          break;
        case 8:
          if (!r.readNull()) {
            m.hasOffset = true;
            m.offset = r.readU64();
          }
          break;
        case 9:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
        case 10:
          if (!r.readNull()) {
            m.hasStartAfter = true;
            m.startAfter = r.readU64();
          }
          break;
        case 11:
          if (!r.readNull()) {
            m.hasWithMeta = true;
            m.withMeta = r.readBool();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("reference");
    writeOptString(w, this.reference);
    w.key("payer");
    writeOptString(w, this.payer);
    w.key("validator");
    writeOptString(w, this.validator);
    w.key("epoch");
    if (this.hasEpoch) w.u64(this.epoch);
    else w.nullValue();
    w.key("min_amount");
    writeOptUint128(w, this.minAmount);
    w.key("max_amount");
    writeOptUint128(w, this.maxAmount);
    w.key("since_ms");
    if (this.hasSinceMs) w.u64(this.sinceMs);
    else w.nullValue();
    w.key("until_ms");
    if (this.hasUntilMs) w.u64(this.untilMs);
    else w.nullValue();
    w.key("offset");
    if (this.hasOffset) w.u64(this.offset);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.key("start_after");
    if (this.hasStartAfter) w.u64(this.startAfter);
    else w.nullValue();
    w.key("with_meta");
    if (this.hasWithMeta) w.bool(this.withMeta);
    else w.nullValue();
    w.endObject();
  }
}

const SettlementByReferenceQueryMsg_FIELDS: string[] = ["payer", "reference"];
export class SettlementByReferenceQueryMsg {
  constructor(
    public payer: string = "",
    public reference: string = "",
  ) {}
  static readJson(r: JsonReader): SettlementByReferenceQueryMsg {
    const m = changetype<SettlementByReferenceQueryMsg>(__new(offsetof<SettlementByReferenceQueryMsg>(), idof<SettlementByReferenceQueryMsg>()));
    const s = r.struct(SettlementByReferenceQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.payer = r.readString();
          break;
        case 1:
          m.reference = r.readString();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("payer");
    w.string(this.payer);
    w.key("reference");
    w.string(this.reference);
    w.endObject();
  }
}

const BillingQuoteQueryMsg_FIELDS: string[] = ["units"];
export class BillingQuoteQueryMsg {
  constructor(
    public units: u64 = 0,
  ) {}
  static readJson(r: JsonReader): BillingQuoteQueryMsg {
    const m = changetype<BillingQuoteQueryMsg>(__new(offsetof<BillingQuoteQueryMsg>(), idof<BillingQuoteQueryMsg>()));
    const s = r.struct(BillingQuoteQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.units = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("units");
    w.u64(this.units);
    w.endObject();
  }
}

const WorkWeightQueryMsg_FIELDS: string[] = ["validator"];
export class WorkWeightQueryMsg {
  constructor(
    public validator: string = "",
  ) {}
  static readJson(r: JsonReader): WorkWeightQueryMsg {
    const m = changetype<WorkWeightQueryMsg>(__new(offsetof<WorkWeightQueryMsg>(), idof<WorkWeightQueryMsg>()));
    const s = r.struct(WorkWeightQueryMsg_FIELDS);
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

export enum QueryMsgKind {
  Config,
  Status,
  Proof,
  Proofs,
  PendingAttestations,
  ChallengeById,
  Challenges,
  Settlement,
  Settlements,
  SettlementByReference,
  BillingQuote,
  OracleSet,
  WorkWeight,
  SignalScores,
  SettlementStats,
  ChallengeStats,
  AttestationStats,
}
const QueryMsg_VARIANTS: string[] = ["config", "status", "proof", "proofs", "pending_attestations", "challenge_by_id", "challenges", "settlement", "settlements", "settlement_by_reference", "billing_quote", "oracle_set", "work_weight", "signal_scores", "settlement_stats", "challenge_stats", "attestation_stats"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `config`, `status`, `proof`, `proofs`, `pending_attestations`, `challenge_by_id`, `challenges`, `settlement`, `settlements`, `settlement_by_reference`, `billing_quote`, `oracle_set`, `work_weight`, `signal_scores`, `settlement_stats`, `challenge_stats`, `attestation_stats`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  proof: ProofQueryMsg | null = null;
  proofs: ProofFilter | null = null;
  pendingAttestations: PendingFilter | null = null;
  challengeById: ChallengeByIdQueryMsg | null = null;
  challenges: ChallengeFilter | null = null;
  settlement: SettlementQueryMsg | null = null;
  settlements: SettlementFilter | null = null;
  settlementByReference: SettlementByReferenceQueryMsg | null = null;
  billingQuote: BillingQuoteQueryMsg | null = null;
  workWeight: WorkWeightQueryMsg | null = null;
  settlementStats: SettlementFilter | null = null;
  challengeStats: ChallengeFilter | null = null;
  attestationStats: PendingFilter | null = null;
  static Config(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Config);
  }
  static Status(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Status);
  }
  static Proof(value: ProofQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Proof);
    m.proof = value;
    return m;
  }
  static Proofs(value: ProofFilter): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Proofs);
    m.proofs = value;
    return m;
  }
  static PendingAttestations(value: PendingFilter): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.PendingAttestations);
    m.pendingAttestations = value;
    return m;
  }
  static ChallengeById(value: ChallengeByIdQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.ChallengeById);
    m.challengeById = value;
    return m;
  }
  static Challenges(value: ChallengeFilter): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Challenges);
    m.challenges = value;
    return m;
  }
  static Settlement(value: SettlementQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Settlement);
    m.settlement = value;
    return m;
  }
  static Settlements(value: SettlementFilter): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Settlements);
    m.settlements = value;
    return m;
  }
  static SettlementByReference(value: SettlementByReferenceQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.SettlementByReference);
    m.settlementByReference = value;
    return m;
  }
  static BillingQuote(value: BillingQuoteQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.BillingQuote);
    m.billingQuote = value;
    return m;
  }
  static OracleSet(): QueryMsg {
    return new QueryMsg(QueryMsgKind.OracleSet);
  }
  static WorkWeight(value: WorkWeightQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.WorkWeight);
    m.workWeight = value;
    return m;
  }
  static SignalScores(): QueryMsg {
    return new QueryMsg(QueryMsgKind.SignalScores);
  }
  static SettlementStats(value: SettlementFilter): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.SettlementStats);
    m.settlementStats = value;
    return m;
  }
  static ChallengeStats(value: ChallengeFilter): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.ChallengeStats);
    m.challengeStats = value;
    return m;
  }
  static AttestationStats(value: PendingFilter): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.AttestationStats);
    m.attestationStats = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::msg::QueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "product_oracle::msg::QueryMsg", QueryMsg.readJson);
  }
  static readJson(r: JsonReader): QueryMsg {
    const m = new QueryMsg();
    const v = r.beginEnum(QueryMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <QueryMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.proof = ProofQueryMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.proofs = ProofFilter.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.pendingAttestations = PendingFilter.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.challengeById = ChallengeByIdQueryMsg.readJson(r);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.challenges = ChallengeFilter.readJson(r);
        break;
      case 7:
        if (!r.expectPayloadVariant()) return m;
        m.settlement = SettlementQueryMsg.readJson(r);
        break;
      case 8:
        if (!r.expectPayloadVariant()) return m;
        m.settlements = SettlementFilter.readJson(r);
        break;
      case 9:
        if (!r.expectPayloadVariant()) return m;
        m.settlementByReference = SettlementByReferenceQueryMsg.readJson(r);
        break;
      case 10:
        if (!r.expectPayloadVariant()) return m;
        m.billingQuote = BillingQuoteQueryMsg.readJson(r);
        break;
      case 11:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
      case 12:
        if (!r.expectPayloadVariant()) return m;
        m.workWeight = WorkWeightQueryMsg.readJson(r);
        break;
      case 13:
        if (!r.expectPayloadVariant()) return m;
        r.struct(QueryMsg_NO_FIELDS).end(0);
        break;
      case 14:
        if (!r.expectPayloadVariant()) return m;
        m.settlementStats = SettlementFilter.readJson(r);
        break;
      case 15:
        if (!r.expectPayloadVariant()) return m;
        m.challengeStats = ChallengeFilter.readJson(r);
        break;
      case 16:
        if (!r.expectPayloadVariant()) return m;
        m.attestationStats = PendingFilter.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case QueryMsgKind.Config:
        w.beginObject().key("config").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.Status:
        w.beginObject().key("status").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.Proof:
        w.beginObject().key("proof");
        changetype<ProofQueryMsg>(this.proof).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.Proofs:
        w.beginObject().key("proofs");
        changetype<ProofFilter>(this.proofs).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.PendingAttestations:
        w.beginObject().key("pending_attestations");
        changetype<PendingFilter>(this.pendingAttestations).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.ChallengeById:
        w.beginObject().key("challenge_by_id");
        changetype<ChallengeByIdQueryMsg>(this.challengeById).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.Challenges:
        w.beginObject().key("challenges");
        changetype<ChallengeFilter>(this.challenges).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.Settlement:
        w.beginObject().key("settlement");
        changetype<SettlementQueryMsg>(this.settlement).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.Settlements:
        w.beginObject().key("settlements");
        changetype<SettlementFilter>(this.settlements).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.SettlementByReference:
        w.beginObject().key("settlement_by_reference");
        changetype<SettlementByReferenceQueryMsg>(this.settlementByReference).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.BillingQuote:
        w.beginObject().key("billing_quote");
        changetype<BillingQuoteQueryMsg>(this.billingQuote).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.OracleSet:
        w.beginObject().key("oracle_set").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.WorkWeight:
        w.beginObject().key("work_weight");
        changetype<WorkWeightQueryMsg>(this.workWeight).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.SignalScores:
        w.beginObject().key("signal_scores").beginObject().endObject().endObject();
        break;
      case QueryMsgKind.SettlementStats:
        w.beginObject().key("settlement_stats");
        changetype<SettlementFilter>(this.settlementStats).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.ChallengeStats:
        w.beginObject().key("challenge_stats");
        changetype<ChallengeFilter>(this.challengeStats).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.AttestationStats:
        w.beginObject().key("attestation_stats");
        changetype<PendingFilter>(this.attestationStats).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const EpochHook_FIELDS: string[] = ["epoch"];
export class EpochHook {
  constructor(
    public epoch: u64 = 0,
    public hasEpoch: bool = false,
  ) {}
  static readJson(r: JsonReader): EpochHook {
    const m = changetype<EpochHook>(__new(offsetof<EpochHook>(), idof<EpochHook>()));
    const s = r.struct(EpochHook_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          if (!r.readNull()) {
            m.hasEpoch = true;
            m.epoch = r.readU64();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("epoch");
    if (this.hasEpoch) w.u64(this.epoch);
    else w.nullValue();
    w.endObject();
  }
}

const ValsetHook_FIELDS: string[] = [];
export class ValsetHook {
  constructor() {}
  static readJson(r: JsonReader): ValsetHook {
    const m = changetype<ValsetHook>(__new(offsetof<ValsetHook>(), idof<ValsetHook>()));
    r.struct(ValsetHook_FIELDS, false).end(0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.endObject();
  }
}

export enum SudoMsgKind {
  Epoch,
  HandleEpoch,
  ValsetUpdate,
}
const SudoMsg_VARIANTS: string[] = ["epoch", "handle_epoch", "valset_update"];
/** One of `epoch`, `handle_epoch`, `valset_update`; only the payload of `kind` is set. */
export class SudoMsg {
  constructor(public kind: SudoMsgKind = 0) {}
  epoch: EpochHook | null = null;
  handleEpoch: ValsetHook | null = null;
  valsetUpdate: ValsetHook | null = null;
  static Epoch(value: EpochHook): SudoMsg {
    const m = new SudoMsg(SudoMsgKind.Epoch);
    m.epoch = value;
    return m;
  }
  static HandleEpoch(value: ValsetHook): SudoMsg {
    const m = new SudoMsg(SudoMsgKind.HandleEpoch);
    m.handleEpoch = value;
    return m;
  }
  static ValsetUpdate(value: ValsetHook): SudoMsg {
    const m = new SudoMsg(SudoMsgKind.ValsetUpdate);
    m.valsetUpdate = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::msg::SudoMsg: ...`. */
  static parse(bytes: Uint8Array): Result<SudoMsg> {
    return parseMsg<SudoMsg>(bytes, "product_oracle::msg::SudoMsg", SudoMsg.readJson);
  }
  static readJson(r: JsonReader): SudoMsg {
    const m = new SudoMsg();
    const v = r.beginEnum(SudoMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <SudoMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.epoch = EpochHook.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.handleEpoch = ValsetHook.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.valsetUpdate = ValsetHook.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case SudoMsgKind.Epoch:
        w.beginObject().key("epoch");
        changetype<EpochHook>(this.epoch).writeJson(w);
        w.endObject();
        break;
      case SudoMsgKind.HandleEpoch:
        w.beginObject().key("handle_epoch");
        changetype<ValsetHook>(this.handleEpoch).writeJson(w);
        w.endObject();
        break;
      case SudoMsgKind.ValsetUpdate:
        w.beginObject().key("valset_update");
        changetype<ValsetHook>(this.valsetUpdate).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const Config_FIELDS: string[] = ["owner", "pending_owner", "denom", "reward_bps", "challenge_min_bond", "oracle_quorum_bps", "challenge_resolve_delay_blocks", "attestation_ttl_blocks", "challenge_max_open_blocks", "epoch_length_blocks", "unit_price", "jail_seconds", "max_bonus_bps", "oracle_weight_mode", "initial_work_weight", "payout_mode"];
export class Config {
  constructor(
    public owner: string = "",
    public pendingOwner: string | null = null,
    public denom: string = "",
    public rewardBps: u32 = 0,
    public challengeMinBond: Uint128 = Uint128.zero(),
    public oracleQuorumBps: u32 = 0,
    public challengeResolveDelayBlocks: u64 = 0,
    public attestationTtlBlocks: u64 = 0,
    public challengeMaxOpenBlocks: u64 = 0,
    public epochLengthBlocks: u64 = 0,
    public unitPrice: Uint128 = Uint128.zero(),
    public jailSeconds: u64 = 0,
    public maxBonusBps: u32 = 0,
    public oracleWeightMode: string = "",
    public initialWorkWeight: u64 = 0,
    public payoutMode: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::state::Config: ...`. */
  static parse(bytes: Uint8Array): Result<Config> {
    return parseMsg<Config>(bytes, "product_oracle::state::Config", Config.readJson);
  }
  static readJson(r: JsonReader): Config {
    const m = changetype<Config>(__new(offsetof<Config>(), idof<Config>()));
    const s = r.struct(Config_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.pendingOwner = readOptString(r);
          break;
        case 2:
          m.denom = r.readString();
          break;
        case 3:
          m.rewardBps = r.readU32();
          break;
        case 4:
          m.challengeMinBond = Uint128.readJson(r);
          break;
        case 5:
          m.oracleQuorumBps = r.readU32();
          break;
        case 6:
          m.challengeResolveDelayBlocks = r.readU64();
          break;
        case 7:
          m.attestationTtlBlocks = r.readU64();
          break;
        case 8:
          m.challengeMaxOpenBlocks = r.readU64();
          break;
        case 9:
          m.epochLengthBlocks = r.readU64();
          break;
        case 10:
          m.unitPrice = Uint128.readJson(r);
          break;
        case 11:
          m.jailSeconds = r.readU64();
          break;
        case 12:
          m.maxBonusBps = r.readU32();
          break;
        case 13:
          m.oracleWeightMode = r.readString();
          break;
        case 14:
          m.initialWorkWeight = r.readU64();
          break;
        case 15:
          m.payoutMode = r.readString();
          break;
      }
    }
    s.end(0b1111111111111101);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("pending_owner");
    writeOptString(w, this.pendingOwner);
    w.key("denom");
    w.string(this.denom);
    w.key("reward_bps");
    w.u32(this.rewardBps);
    w.key("challenge_min_bond");
    this.challengeMinBond.writeJson(w);
    w.key("oracle_quorum_bps");
    w.u32(this.oracleQuorumBps);
    w.key("challenge_resolve_delay_blocks");
    w.u64(this.challengeResolveDelayBlocks);
    w.key("attestation_ttl_blocks");
    w.u64(this.attestationTtlBlocks);
    w.key("challenge_max_open_blocks");
    w.u64(this.challengeMaxOpenBlocks);
    w.key("epoch_length_blocks");
    w.u64(this.epochLengthBlocks);
    w.key("unit_price");
    this.unitPrice.writeJson(w);
    w.key("jail_seconds");
    w.u64(this.jailSeconds);
    w.key("max_bonus_bps");
    w.u32(this.maxBonusBps);
    w.key("oracle_weight_mode");
    w.string(this.oracleWeightMode);
    w.key("initial_work_weight");
    w.u64(this.initialWorkWeight);
    w.key("payout_mode");
    w.string(this.payoutMode);
    w.endObject();
  }
}

const ValidatorAmount_FIELDS: string[] = ["validator", "amount"];
export class ValidatorAmount {
  constructor(
    public validator: string = "",
    public amount: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): ValidatorAmount {
    const m = changetype<ValidatorAmount>(__new(offsetof<ValidatorAmount>(), idof<ValidatorAmount>()));
    const s = r.struct(ValidatorAmount_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
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
    w.key("validator");
    w.string(this.validator);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const ValidatorScore_FIELDS: string[] = ["validator", "score"];
export class ValidatorScore {
  constructor(
    public validator: string = "",
    public score: u64 = 0,
  ) {}
  static readJson(r: JsonReader): ValidatorScore {
    const m = changetype<ValidatorScore>(__new(offsetof<ValidatorScore>(), idof<ValidatorScore>()));
    const s = r.struct(ValidatorScore_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.score = r.readU64();
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
    w.key("score");
    w.u64(this.score);
    w.endObject();
  }
}

const StatusResponse_FIELDS: string[] = ["treasury", "escrow", "reward_bps", "challenge_min_bond", "oracle_quorum_bps", "resolve_delay", "attestation_ttl", "max_open", "current_epoch", "last_reward_epoch", "last_rewards", "pending_signal", "pending_attestations", "proof_count", "open_challenges", "settlement_count"];
export class StatusResponse {
  constructor(
    public treasury: Uint128 = Uint128.zero(),
    public escrow: Uint128 = Uint128.zero(),
    public rewardBps: u32 = 0,
    public challengeMinBond: Uint128 = Uint128.zero(),
    public oracleQuorumBps: u32 = 0,
    public resolveDelay: u64 = 0,
    public attestationTtl: u64 = 0,
    public maxOpen: u64 = 0,
    public currentEpoch: u64 = 0,
    public lastRewardEpoch: u64 = 0,
    public lastRewards: ValidatorAmount[] = new Array<ValidatorAmount>(),
    public pendingSignal: ValidatorScore[] = new Array<ValidatorScore>(),
    public pendingAttestations: u64 = 0,
    public proofCount: u64 = 0,
    public openChallenges: u64 = 0,
    public settlementCount: u64 = 0,
  ) {}
  static readJson(r: JsonReader): StatusResponse {
    const m = changetype<StatusResponse>(__new(offsetof<StatusResponse>(), idof<StatusResponse>()));
    const s = r.struct(StatusResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.treasury = Uint128.readJson(r);
          break;
        case 1:
          m.escrow = Uint128.readJson(r);
          break;
        case 2:
          m.rewardBps = r.readU32();
          break;
        case 3:
          m.challengeMinBond = Uint128.readJson(r);
          break;
        case 4:
          m.oracleQuorumBps = r.readU32();
          break;
        case 5:
          m.resolveDelay = r.readU64();
          break;
        case 6:
          m.attestationTtl = r.readU64();
          break;
        case 7:
          m.maxOpen = r.readU64();
          break;
        case 8:
          m.currentEpoch = r.readU64();
          break;
        case 9:
          m.lastRewardEpoch = r.readU64();
          break;
        case 10:
          m.lastRewards = readVecValidatorAmount(r);
          break;
        case 11:
          m.pendingSignal = readVecValidatorScore(r);
          break;
        case 12:
          m.pendingAttestations = r.readU64();
          break;
        case 13:
          m.proofCount = r.readU64();
          break;
        case 14:
          m.openChallenges = r.readU64();
          break;
        case 15:
          m.settlementCount = r.readU64();
          break;
      }
    }
    s.end(0b1111111111111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("treasury");
    this.treasury.writeJson(w);
    w.key("escrow");
    this.escrow.writeJson(w);
    w.key("reward_bps");
    w.u32(this.rewardBps);
    w.key("challenge_min_bond");
    this.challengeMinBond.writeJson(w);
    w.key("oracle_quorum_bps");
    w.u32(this.oracleQuorumBps);
    w.key("resolve_delay");
    w.u64(this.resolveDelay);
    w.key("attestation_ttl");
    w.u64(this.attestationTtl);
    w.key("max_open");
    w.u64(this.maxOpen);
    w.key("current_epoch");
    w.u64(this.currentEpoch);
    w.key("last_reward_epoch");
    w.u64(this.lastRewardEpoch);
    w.key("last_rewards");
    writeVecValidatorAmount(w, this.lastRewards);
    w.key("pending_signal");
    writeVecValidatorScore(w, this.pendingSignal);
    w.key("pending_attestations");
    w.u64(this.pendingAttestations);
    w.key("proof_count");
    w.u64(this.proofCount);
    w.key("open_challenges");
    w.u64(this.openChallenges);
    w.key("settlement_count");
    w.u64(this.settlementCount);
    w.endObject();
  }
}

const ProductProof_FIELDS: string[] = ["id", "proof_ref", "reporter", "validator", "units", "quality_bps", "score", "epoch", "height", "ms", "attestations", "attested_weight", "challenged", "invalidated", "challenge_id"];
export class ProductProof {
  constructor(
    public id: string = "",
    public proofRef: string = "",
    public reporter: string = "",
    public validator: string = "",
    public units: u64 = 0,
    public qualityBps: u32 = 0,
    public score: u64 = 0,
    public epoch: u64 = 0,
    public height: u64 = 0,
    public ms: u64 = 0,
    public attestations: u32 = 0,
    public attestedWeight: Uint128 = Uint128.zero(),
    public challenged: bool = false,
    public invalidated: bool = false,
    public challengeId: u64 = 0,
    public hasChallengeId: bool = false,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::state::ProductProof: ...`. */
  static parse(bytes: Uint8Array): Result<ProductProof> {
    return parseMsg<ProductProof>(bytes, "product_oracle::state::ProductProof", ProductProof.readJson);
  }
  static readJson(r: JsonReader): ProductProof {
    const m = changetype<ProductProof>(__new(offsetof<ProductProof>(), idof<ProductProof>()));
    const s = r.struct(ProductProof_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readString();
          break;
        case 1:
          m.proofRef = r.readString();
          break;
        case 2:
          m.reporter = r.readString();
          break;
        case 3:
          m.validator = r.readString();
          break;
        case 4:
          m.units = r.readU64();
          break;
        case 5:
          m.qualityBps = r.readU32();
          break;
        case 6:
          m.score = r.readU64();
          break;
        case 7:
          m.epoch = r.readU64();
          break;
        case 8:
          m.height = r.readU64();
          break;
        case 9:
          m.ms = r.readU64();
          break;
        case 10:
          m.attestations = r.readU32();
          break;
        case 11:
          m.attestedWeight = Uint128.readJson(r);
          break;
        case 12:
          m.challenged = r.readBool();
          break;
        case 13:
          m.invalidated = r.readBool();
          break;
        case 14:
          if (!r.readNull()) {
            m.hasChallengeId = true;
            m.challengeId = r.readU64();
          }
          break;
      }
    }
    s.end(0b11111111111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.string(this.id);
    w.key("proof_ref");
    w.string(this.proofRef);
    w.key("reporter");
    w.string(this.reporter);
    w.key("validator");
    w.string(this.validator);
    w.key("units");
    w.u64(this.units);
    w.key("quality_bps");
    w.u32(this.qualityBps);
    w.key("score");
    w.u64(this.score);
    w.key("epoch");
    w.u64(this.epoch);
    w.key("height");
    w.u64(this.height);
    w.key("ms");
    w.u64(this.ms);
    w.key("attestations");
    w.u32(this.attestations);
    w.key("attested_weight");
    this.attestedWeight.writeJson(w);
    w.key("challenged");
    w.bool(this.challenged);
    w.key("invalidated");
    w.bool(this.invalidated);
    w.key("challenge_id");
    if (this.hasChallengeId) w.u64(this.challengeId);
    else w.nullValue();
    w.endObject();
  }
}

const ProofsResponse_FIELDS: string[] = ["items", "total", "offset", "limit", "count", "has_more"];
export class ProofsResponse {
  constructor(
    public items: ProductProof[] = new Array<ProductProof>(),
    public total: u64 = 0,
    public hasTotal: bool = false,
    public offset: u64 = 0,
    public hasOffset: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
    public count: u64 = 0,
    public hasCount: bool = false,
    public hasMore: bool = 0,
    public hasHasMore: bool = false,
  ) {}
  static readJson(r: JsonReader): ProofsResponse {
    const m = changetype<ProofsResponse>(__new(offsetof<ProofsResponse>(), idof<ProofsResponse>()));
    const s = r.struct(ProofsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.items = readVecProductProof(r);
          break;
        case 1:
          if (!r.readNull()) {
            m.hasTotal = true;
            m.total = r.readU64();
          }
          break;
        case 2:
          if (!r.readNull()) {
            m.hasOffset = true;
            m.offset = r.readU64();
          }
          break;
        case 3:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
        case 4:
          if (!r.readNull()) {
            m.hasCount = true;
            m.count = r.readU64();
          }
          break;
        case 5:
          if (!r.readNull()) {
            m.hasHasMore = true;
            m.hasMore = r.readBool();
          }
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("items");
    writeVecProductProof(w, this.items);
    w.key("total");
    if (this.hasTotal) w.u64(this.total);
    else w.nullValue();
    w.key("offset");
    if (this.hasOffset) w.u64(this.offset);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.key("count");
    if (this.hasCount) w.u64(this.count);
    else w.nullValue();
    w.key("has_more");
    if (this.hasHasMore) w.bool(this.hasMore);
    else w.nullValue();
    w.endObject();
  }
}

const Vote_FIELDS: string[] = ["oracle", "oracle_validator", "weight", "ms"];
export class Vote {
  constructor(
    public oracle: string = "",
    public oracleValidator: string = "",
    public weight: Uint128 = Uint128.zero(),
    public ms: u64 = 0,
  ) {}
  static readJson(r: JsonReader): Vote {
    const m = changetype<Vote>(__new(offsetof<Vote>(), idof<Vote>()));
    const s = r.struct(Vote_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.oracle = r.readString();
          break;
        case 1:
          m.oracleValidator = r.readString();
          break;
        case 2:
          m.weight = Uint128.readJson(r);
          break;
        case 3:
          m.ms = r.readU64();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("oracle");
    w.string(this.oracle);
    w.key("oracle_validator");
    w.string(this.oracleValidator);
    w.key("weight");
    this.weight.writeJson(w);
    w.key("ms");
    w.u64(this.ms);
    w.endObject();
  }
}

const PendingAttestation_FIELDS: string[] = ["id", "proof_ref", "validator", "units", "quality_bps", "score", "epoch", "required_weight", "collected_weight", "created_height", "expires_height", "created_ms", "updated_ms", "votes"];
export class PendingAttestation {
  constructor(
    public id: string = "",
    public proofRef: string = "",
    public validator: string = "",
    public units: u64 = 0,
    public qualityBps: u32 = 0,
    public score: u64 = 0,
    public epoch: u64 = 0,
    public requiredWeight: Uint128 = Uint128.zero(),
    public collectedWeight: Uint128 = Uint128.zero(),
    public createdHeight: u64 = 0,
    public expiresHeight: u64 = 0,
    public createdMs: u64 = 0,
    public updatedMs: u64 = 0,
    public votes: Vote[] = new Array<Vote>(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::state::PendingAttestation: ...`. */
  static parse(bytes: Uint8Array): Result<PendingAttestation> {
    return parseMsg<PendingAttestation>(bytes, "product_oracle::state::PendingAttestation", PendingAttestation.readJson);
  }
  static readJson(r: JsonReader): PendingAttestation {
    const m = changetype<PendingAttestation>(__new(offsetof<PendingAttestation>(), idof<PendingAttestation>()));
    const s = r.struct(PendingAttestation_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readString();
          break;
        case 1:
          m.proofRef = r.readString();
          break;
        case 2:
          m.validator = r.readString();
          break;
        case 3:
          m.units = r.readU64();
          break;
        case 4:
          m.qualityBps = r.readU32();
          break;
        case 5:
          m.score = r.readU64();
          break;
        case 6:
          m.epoch = r.readU64();
          break;
        case 7:
          m.requiredWeight = Uint128.readJson(r);
          break;
        case 8:
          m.collectedWeight = Uint128.readJson(r);
          break;
        case 9:
          m.createdHeight = r.readU64();
          break;
        case 10:
          m.expiresHeight = r.readU64();
          break;
        case 11:
          m.createdMs = r.readU64();
          break;
        case 12:
          m.updatedMs = r.readU64();
          break;
        case 13:
          m.votes = readVecVote(r);
          break;
      }
    }
    s.end(0b11111111111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.string(this.id);
    w.key("proof_ref");
    w.string(this.proofRef);
    w.key("validator");
    w.string(this.validator);
    w.key("units");
    w.u64(this.units);
    w.key("quality_bps");
    w.u32(this.qualityBps);
    w.key("score");
    w.u64(this.score);
    w.key("epoch");
    w.u64(this.epoch);
    w.key("required_weight");
    this.requiredWeight.writeJson(w);
    w.key("collected_weight");
    this.collectedWeight.writeJson(w);
    w.key("created_height");
    w.u64(this.createdHeight);
    w.key("expires_height");
    w.u64(this.expiresHeight);
    w.key("created_ms");
    w.u64(this.createdMs);
    w.key("updated_ms");
    w.u64(this.updatedMs);
    w.key("votes");
    writeVecVote(w, this.votes);
    w.endObject();
  }
}

const PendingResponse_FIELDS: string[] = ["items", "total", "offset", "limit", "count", "has_more"];
export class PendingResponse {
  constructor(
    public items: PendingAttestation[] = new Array<PendingAttestation>(),
    public total: u64 = 0,
    public hasTotal: bool = false,
    public offset: u64 = 0,
    public hasOffset: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
    public count: u64 = 0,
    public hasCount: bool = false,
    public hasMore: bool = 0,
    public hasHasMore: bool = false,
  ) {}
  static readJson(r: JsonReader): PendingResponse {
    const m = changetype<PendingResponse>(__new(offsetof<PendingResponse>(), idof<PendingResponse>()));
    const s = r.struct(PendingResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.items = readVecPendingAttestation(r);
          break;
        case 1:
          if (!r.readNull()) {
            m.hasTotal = true;
            m.total = r.readU64();
          }
          break;
        case 2:
          if (!r.readNull()) {
            m.hasOffset = true;
            m.offset = r.readU64();
          }
          break;
        case 3:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
        case 4:
          if (!r.readNull()) {
            m.hasCount = true;
            m.count = r.readU64();
          }
          break;
        case 5:
          if (!r.readNull()) {
            m.hasHasMore = true;
            m.hasMore = r.readBool();
          }
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("items");
    writeVecPendingAttestation(w, this.items);
    w.key("total");
    if (this.hasTotal) w.u64(this.total);
    else w.nullValue();
    w.key("offset");
    if (this.hasOffset) w.u64(this.offset);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.key("count");
    if (this.hasCount) w.u64(this.count);
    else w.nullValue();
    w.key("has_more");
    if (this.hasHasMore) w.bool(this.hasMore);
    else w.nullValue();
    w.endObject();
  }
}

const ChallengeVote_FIELDS: string[] = ["oracle", "oracle_validator", "approve", "weight", "ms", "slash_bps", "bonus"];
export class ChallengeVote {
  constructor(
    public oracle: string = "",
    public oracleValidator: string = "",
    public approve: bool = false,
    public weight: Uint128 = Uint128.zero(),
    public ms: u64 = 0,
    public slashBps: u32 = 0,
    public bonus: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): ChallengeVote {
    const m = changetype<ChallengeVote>(__new(offsetof<ChallengeVote>(), idof<ChallengeVote>()));
    const s = r.struct(ChallengeVote_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.oracle = r.readString();
          break;
        case 1:
          m.oracleValidator = r.readString();
          break;
        case 2:
          m.approve = r.readBool();
          break;
        case 3:
          m.weight = Uint128.readJson(r);
          break;
        case 4:
          m.ms = r.readU64();
          break;
        case 5:
          m.slashBps = r.readU32();
          break;
        case 6:
          m.bonus = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b1111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("oracle");
    w.string(this.oracle);
    w.key("oracle_validator");
    w.string(this.oracleValidator);
    w.key("approve");
    w.bool(this.approve);
    w.key("weight");
    this.weight.writeJson(w);
    w.key("ms");
    w.u64(this.ms);
    w.key("slash_bps");
    w.u32(this.slashBps);
    w.key("bonus");
    this.bonus.writeJson(w);
    w.endObject();
  }
}

const Challenge_FIELDS: string[] = ["id", "proof_id", "challenger", "bond", "created_height", "resolve_after_height", "max_open_height", "required_weight", "accepted_weight", "rejected_weight", "votes", "open", "successful", "resolver", "slash_bps", "bonus", "created_ms", "resolved_ms"];
export class Challenge {
  constructor(
    public id: u64 = 0,
    public proofId: string = "",
    public challenger: string = "",
    public bond: Uint128 = Uint128.zero(),
    public createdHeight: u64 = 0,
    public resolveAfterHeight: u64 = 0,
    public maxOpenHeight: u64 = 0,
    public requiredWeight: Uint128 = Uint128.zero(),
    public acceptedWeight: Uint128 = Uint128.zero(),
    public rejectedWeight: Uint128 = Uint128.zero(),
    public votes: ChallengeVote[] = new Array<ChallengeVote>(),
    public open: bool = false,
    public successful: bool = false,
    public resolver: string | null = null,
    public slashBps: u32 = 0,
    public bonus: Uint128 = Uint128.zero(),
    public createdMs: u64 = 0,
    public resolvedMs: u64 = 0,
    public hasResolvedMs: bool = false,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::state::Challenge: ...`. */
  static parse(bytes: Uint8Array): Result<Challenge> {
    return parseMsg<Challenge>(bytes, "product_oracle::state::Challenge", Challenge.readJson);
  }
  static readJson(r: JsonReader): Challenge {
    const m = changetype<Challenge>(__new(offsetof<Challenge>(), idof<Challenge>()));
    const s = r.struct(Challenge_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.proofId = r.readString();
          break;
        case 2:
          m.challenger = r.readString();
          break;
        case 3:
          m.bond = Uint128.readJson(r);
          break;
        case 4:
          m.createdHeight = r.readU64();
          break;
        case 5:
          m.resolveAfterHeight = r.readU64();
          break;
        case 6:
          m.maxOpenHeight = r.readU64();
          break;
        case 7:
          m.requiredWeight = Uint128.readJson(r);
          break;
        case 8:
          m.acceptedWeight = Uint128.readJson(r);
          break;
        case 9:
          m.rejectedWeight = Uint128.readJson(r);
          break;
        case 10:
          m.votes = readVecChallengeVote(r);
          break;
        case 11:
          m.open = r.readBool();
          break;
        case 12:
          m.successful = r.readBool();
          break;
        case 13:
          m.resolver = readOptString(r);
          break;
        case 14:
          m.slashBps = r.readU32();
          break;
        case 15:
          m.bonus = Uint128.readJson(r);
          break;
        case 16:
          m.createdMs = r.readU64();
          break;
        case 17:
          if (!r.readNull()) {
            m.hasResolvedMs = true;
            m.resolvedMs = r.readU64();
          }
          break;
      }
    }
    s.end(0b11101111111111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("proof_id");
    w.string(this.proofId);
    w.key("challenger");
    w.string(this.challenger);
    w.key("bond");
    this.bond.writeJson(w);
    w.key("created_height");
    w.u64(this.createdHeight);
    w.key("resolve_after_height");
    w.u64(this.resolveAfterHeight);
    w.key("max_open_height");
    w.u64(this.maxOpenHeight);
    w.key("required_weight");
    this.requiredWeight.writeJson(w);
    w.key("accepted_weight");
    this.acceptedWeight.writeJson(w);
    w.key("rejected_weight");
    this.rejectedWeight.writeJson(w);
    w.key("votes");
    writeVecChallengeVote(w, this.votes);
    w.key("open");
    w.bool(this.open);
    w.key("successful");
    w.bool(this.successful);
    w.key("resolver");
    writeOptString(w, this.resolver);
    w.key("slash_bps");
    w.u32(this.slashBps);
    w.key("bonus");
    this.bonus.writeJson(w);
    w.key("created_ms");
    w.u64(this.createdMs);
    w.key("resolved_ms");
    if (this.hasResolvedMs) w.u64(this.resolvedMs);
    else w.nullValue();
    w.endObject();
  }
}

const ChallengesResponse_FIELDS: string[] = ["items", "total", "offset", "limit", "count", "has_more"];
export class ChallengesResponse {
  constructor(
    public items: Challenge[] = new Array<Challenge>(),
    public total: u64 = 0,
    public hasTotal: bool = false,
    public offset: u64 = 0,
    public hasOffset: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
    public count: u64 = 0,
    public hasCount: bool = false,
    public hasMore: bool = 0,
    public hasHasMore: bool = false,
  ) {}
  static readJson(r: JsonReader): ChallengesResponse {
    const m = changetype<ChallengesResponse>(__new(offsetof<ChallengesResponse>(), idof<ChallengesResponse>()));
    const s = r.struct(ChallengesResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.items = readVecChallenge(r);
          break;
        case 1:
          if (!r.readNull()) {
            m.hasTotal = true;
            m.total = r.readU64();
          }
          break;
        case 2:
          if (!r.readNull()) {
            m.hasOffset = true;
            m.offset = r.readU64();
          }
          break;
        case 3:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
        case 4:
          if (!r.readNull()) {
            m.hasCount = true;
            m.count = r.readU64();
          }
          break;
        case 5:
          if (!r.readNull()) {
            m.hasHasMore = true;
            m.hasMore = r.readBool();
          }
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("items");
    writeVecChallenge(w, this.items);
    w.key("total");
    if (this.hasTotal) w.u64(this.total);
    else w.nullValue();
    w.key("offset");
    if (this.hasOffset) w.u64(this.offset);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.key("count");
    if (this.hasCount) w.u64(this.count);
    else w.nullValue();
    w.key("has_more");
    if (this.hasHasMore) w.bool(this.hasMore);
    else w.nullValue();
    w.endObject();
  }
}

const Settlement_FIELDS: string[] = ["id", "payer", "reference", "validator", "amount", "epoch", "height", "ms"];
export class Settlement {
  constructor(
    public id: u64 = 0,
    public payer: string = "",
    public reference: string = "",
    public validator: string | null = null,
    public amount: Uint128 = Uint128.zero(),
    public epoch: u64 = 0,
    public height: u64 = 0,
    public ms: u64 = 0,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::state::Settlement: ...`. */
  static parse(bytes: Uint8Array): Result<Settlement> {
    return parseMsg<Settlement>(bytes, "product_oracle::state::Settlement", Settlement.readJson);
  }
  static readJson(r: JsonReader): Settlement {
    const m = changetype<Settlement>(__new(offsetof<Settlement>(), idof<Settlement>()));
    const s = r.struct(Settlement_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.payer = r.readString();
          break;
        case 2:
          m.reference = r.readString();
          break;
        case 3:
          m.validator = readOptString(r);
          break;
        case 4:
          m.amount = Uint128.readJson(r);
          break;
        case 5:
          m.epoch = r.readU64();
          break;
        case 6:
          m.height = r.readU64();
          break;
        case 7:
          m.ms = r.readU64();
          break;
      }
    }
    s.end(0b11110111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("payer");
    w.string(this.payer);
    w.key("reference");
    w.string(this.reference);
    w.key("validator");
    writeOptString(w, this.validator);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("epoch");
    w.u64(this.epoch);
    w.key("height");
    w.u64(this.height);
    w.key("ms");
    w.u64(this.ms);
    w.endObject();
  }
}

const SettlementsResponse_FIELDS: string[] = ["items", "total", "offset", "limit", "count", "has_more"];
export class SettlementsResponse {
  constructor(
    public items: Settlement[] = new Array<Settlement>(),
    public total: u64 = 0,
    public hasTotal: bool = false,
    public offset: u64 = 0,
    public hasOffset: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
    public count: u64 = 0,
    public hasCount: bool = false,
    public hasMore: bool = 0,
    public hasHasMore: bool = false,
  ) {}
  static readJson(r: JsonReader): SettlementsResponse {
    const m = changetype<SettlementsResponse>(__new(offsetof<SettlementsResponse>(), idof<SettlementsResponse>()));
    const s = r.struct(SettlementsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.items = readVecSettlement(r);
          break;
        case 1:
          if (!r.readNull()) {
            m.hasTotal = true;
            m.total = r.readU64();
          }
          break;
        case 2:
          if (!r.readNull()) {
            m.hasOffset = true;
            m.offset = r.readU64();
          }
          break;
        case 3:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
        case 4:
          if (!r.readNull()) {
            m.hasCount = true;
            m.count = r.readU64();
          }
          break;
        case 5:
          if (!r.readNull()) {
            m.hasHasMore = true;
            m.hasMore = r.readBool();
          }
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("items");
    writeVecSettlement(w, this.items);
    w.key("total");
    if (this.hasTotal) w.u64(this.total);
    else w.nullValue();
    w.key("offset");
    if (this.hasOffset) w.u64(this.offset);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.key("count");
    if (this.hasCount) w.u64(this.count);
    else w.nullValue();
    w.key("has_more");
    if (this.hasHasMore) w.bool(this.hasMore);
    else w.nullValue();
    w.endObject();
  }
}

const SettlementOptResponse_FIELDS: string[] = ["settlement"];
export class SettlementOptResponse {
  constructor(
    public settlement: Settlement | null = null,
  ) {}
  static readJson(r: JsonReader): SettlementOptResponse {
    const m = changetype<SettlementOptResponse>(__new(offsetof<SettlementOptResponse>(), idof<SettlementOptResponse>()));
    const s = r.struct(SettlementOptResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.settlement = readOptSettlement(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("settlement");
    writeOptSettlement(w, this.settlement);
    w.endObject();
  }
}

const QuoteResponse_FIELDS: string[] = ["units", "unit_price", "amount", "denom"];
export class QuoteResponse {
  constructor(
    public units: u64 = 0,
    public unitPrice: Uint128 = Uint128.zero(),
    public amount: Uint128 = Uint128.zero(),
    public denom: string = "",
  ) {}
  static readJson(r: JsonReader): QuoteResponse {
    const m = changetype<QuoteResponse>(__new(offsetof<QuoteResponse>(), idof<QuoteResponse>()));
    const s = r.struct(QuoteResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.units = r.readU64();
          break;
        case 1:
          m.unitPrice = Uint128.readJson(r);
          break;
        case 2:
          m.amount = Uint128.readJson(r);
          break;
        case 3:
          m.denom = r.readString();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("units");
    w.u64(this.units);
    w.key("unit_price");
    this.unitPrice.writeJson(w);
    w.key("amount");
    this.amount.writeJson(w);
    w.key("denom");
    w.string(this.denom);
    w.endObject();
  }
}

const OracleInfo_FIELDS: string[] = ["validator", "account", "tokens", "work_weight", "weight"];
export class OracleInfo {
  constructor(
    public validator: string = "",
    public account: string = "",
    public tokens: Uint128 = Uint128.zero(),
    public workWeight: u64 = 0,
    public weight: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): OracleInfo {
    const m = changetype<OracleInfo>(__new(offsetof<OracleInfo>(), idof<OracleInfo>()));
    const s = r.struct(OracleInfo_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.account = r.readString();
          break;
        case 2:
          m.tokens = Uint128.readJson(r);
          break;
        case 3:
          m.workWeight = r.readU64();
          break;
        case 4:
          m.weight = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b11111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("account");
    w.string(this.account);
    w.key("tokens");
    this.tokens.writeJson(w);
    w.key("work_weight");
    w.u64(this.workWeight);
    w.key("weight");
    this.weight.writeJson(w);
    w.endObject();
  }
}

const OracleSetResponse_FIELDS: string[] = ["oracles", "total_weight", "required_weight"];
export class OracleSetResponse {
  constructor(
    public oracles: OracleInfo[] = new Array<OracleInfo>(),
    public totalWeight: Uint128 = Uint128.zero(),
    public requiredWeight: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): OracleSetResponse {
    const m = changetype<OracleSetResponse>(__new(offsetof<OracleSetResponse>(), idof<OracleSetResponse>()));
    const s = r.struct(OracleSetResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.oracles = readVecOracleInfo(r);
          break;
        case 1:
          m.totalWeight = Uint128.readJson(r);
          break;
        case 2:
          m.requiredWeight = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("oracles");
    writeVecOracleInfo(w, this.oracles);
    w.key("total_weight");
    this.totalWeight.writeJson(w);
    w.key("required_weight");
    this.requiredWeight.writeJson(w);
    w.endObject();
  }
}

const WorkWeightResponse_FIELDS: string[] = ["validator", "work_weight"];
export class WorkWeightResponse {
  constructor(
    public validator: string = "",
    public workWeight: u64 = 0,
  ) {}
  static readJson(r: JsonReader): WorkWeightResponse {
    const m = changetype<WorkWeightResponse>(__new(offsetof<WorkWeightResponse>(), idof<WorkWeightResponse>()));
    const s = r.struct(WorkWeightResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.workWeight = r.readU64();
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
    w.key("work_weight");
    w.u64(this.workWeight);
    w.endObject();
  }
}

const SignalScoresResponse_FIELDS: string[] = ["epoch", "scores"];
export class SignalScoresResponse {
  constructor(
    public epoch: u64 = 0,
    public scores: ValidatorScore[] = new Array<ValidatorScore>(),
  ) {}
  static readJson(r: JsonReader): SignalScoresResponse {
    const m = changetype<SignalScoresResponse>(__new(offsetof<SignalScoresResponse>(), idof<SignalScoresResponse>()));
    const s = r.struct(SignalScoresResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.epoch = r.readU64();
          break;
        case 1:
          m.scores = readVecValidatorScore(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("epoch");
    w.u64(this.epoch);
    w.key("scores");
    writeVecValidatorScore(w, this.scores);
    w.endObject();
  }
}

const CountAmount_FIELDS: string[] = ["key", "count", "amount"];
export class CountAmount {
  constructor(
    public key: string = "",
    public count: u64 = 0,
    public amount: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): CountAmount {
    const m = changetype<CountAmount>(__new(offsetof<CountAmount>(), idof<CountAmount>()));
    const s = r.struct(CountAmount_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.key = r.readString();
          break;
        case 1:
          m.count = r.readU64();
          break;
        case 2:
          m.amount = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("key");
    w.string(this.key);
    w.key("count");
    w.u64(this.count);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }
}

const SettlementStatsResponse_FIELDS: string[] = ["count", "total_amount", "by_validator", "by_epoch"];
export class SettlementStatsResponse {
  constructor(
    public count: u64 = 0,
    public totalAmount: Uint128 = Uint128.zero(),
    public byValidator: CountAmount[] = new Array<CountAmount>(),
    public byEpoch: CountAmount[] = new Array<CountAmount>(),
  ) {}
  static readJson(r: JsonReader): SettlementStatsResponse {
    const m = changetype<SettlementStatsResponse>(__new(offsetof<SettlementStatsResponse>(), idof<SettlementStatsResponse>()));
    const s = r.struct(SettlementStatsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.count = r.readU64();
          break;
        case 1:
          m.totalAmount = Uint128.readJson(r);
          break;
        case 2:
          m.byValidator = readVecCountAmount(r);
          break;
        case 3:
          m.byEpoch = readVecCountAmount(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("count");
    w.u64(this.count);
    w.key("total_amount");
    this.totalAmount.writeJson(w);
    w.key("by_validator");
    writeVecCountAmount(w, this.byValidator);
    w.key("by_epoch");
    writeVecCountAmount(w, this.byEpoch);
    w.endObject();
  }
}

const ChallengeGroup_FIELDS: string[] = ["key", "count", "open_count", "successful", "rejected", "bond"];
export class ChallengeGroup {
  constructor(
    public key: string = "",
    public count: u64 = 0,
    public openCount: u64 = 0,
    public successful: u64 = 0,
    public rejected: u64 = 0,
    public bond: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): ChallengeGroup {
    const m = changetype<ChallengeGroup>(__new(offsetof<ChallengeGroup>(), idof<ChallengeGroup>()));
    const s = r.struct(ChallengeGroup_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.key = r.readString();
          break;
        case 1:
          m.count = r.readU64();
          break;
        case 2:
          m.openCount = r.readU64();
          break;
        case 3:
          m.successful = r.readU64();
          break;
        case 4:
          m.rejected = r.readU64();
          break;
        case 5:
          m.bond = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("key");
    w.string(this.key);
    w.key("count");
    w.u64(this.count);
    w.key("open_count");
    w.u64(this.openCount);
    w.key("successful");
    w.u64(this.successful);
    w.key("rejected");
    w.u64(this.rejected);
    w.key("bond");
    this.bond.writeJson(w);
    w.endObject();
  }
}

const ChallengeStatsResponse_FIELDS: string[] = ["count", "open_count", "closed_count", "successful", "rejected", "total_bond", "open_bond", "resolved_bond", "by_challenger", "by_resolver"];
export class ChallengeStatsResponse {
  constructor(
    public count: u64 = 0,
    public openCount: u64 = 0,
    public closedCount: u64 = 0,
    public successful: u64 = 0,
    public rejected: u64 = 0,
    public totalBond: Uint128 = Uint128.zero(),
    public openBond: Uint128 = Uint128.zero(),
    public resolvedBond: Uint128 = Uint128.zero(),
    public byChallenger: ChallengeGroup[] = new Array<ChallengeGroup>(),
    public byResolver: ChallengeGroup[] = new Array<ChallengeGroup>(),
  ) {}
  static readJson(r: JsonReader): ChallengeStatsResponse {
    const m = changetype<ChallengeStatsResponse>(__new(offsetof<ChallengeStatsResponse>(), idof<ChallengeStatsResponse>()));
    const s = r.struct(ChallengeStatsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.count = r.readU64();
          break;
        case 1:
          m.openCount = r.readU64();
          break;
        case 2:
          m.closedCount = r.readU64();
          break;
        case 3:
          m.successful = r.readU64();
          break;
        case 4:
          m.rejected = r.readU64();
          break;
        case 5:
          m.totalBond = Uint128.readJson(r);
          break;
        case 6:
          m.openBond = Uint128.readJson(r);
          break;
        case 7:
          m.resolvedBond = Uint128.readJson(r);
          break;
        case 8:
          m.byChallenger = readVecChallengeGroup(r);
          break;
        case 9:
          m.byResolver = readVecChallengeGroup(r);
          break;
      }
    }
    s.end(0b1111111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("count");
    w.u64(this.count);
    w.key("open_count");
    w.u64(this.openCount);
    w.key("closed_count");
    w.u64(this.closedCount);
    w.key("successful");
    w.u64(this.successful);
    w.key("rejected");
    w.u64(this.rejected);
    w.key("total_bond");
    this.totalBond.writeJson(w);
    w.key("open_bond");
    this.openBond.writeJson(w);
    w.key("resolved_bond");
    this.resolvedBond.writeJson(w);
    w.key("by_challenger");
    writeVecChallengeGroup(w, this.byChallenger);
    w.key("by_resolver");
    writeVecChallengeGroup(w, this.byResolver);
    w.endObject();
  }
}

const AttestationGroup_FIELDS: string[] = ["validator", "count", "required", "collected"];
export class AttestationGroup {
  constructor(
    public validator: string = "",
    public count: u64 = 0,
    public required: Uint128 = Uint128.zero(),
    public collected: Uint128 = Uint128.zero(),
  ) {}
  static readJson(r: JsonReader): AttestationGroup {
    const m = changetype<AttestationGroup>(__new(offsetof<AttestationGroup>(), idof<AttestationGroup>()));
    const s = r.struct(AttestationGroup_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.count = r.readU64();
          break;
        case 2:
          m.required = Uint128.readJson(r);
          break;
        case 3:
          m.collected = Uint128.readJson(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("count");
    w.u64(this.count);
    w.key("required");
    this.required.writeJson(w);
    w.key("collected");
    this.collected.writeJson(w);
    w.endObject();
  }
}

const AttestationStatsResponse_FIELDS: string[] = ["count", "total_required", "total_collected", "average_progress_bps", "by_validator"];
export class AttestationStatsResponse {
  constructor(
    public count: u64 = 0,
    public totalRequired: Uint128 = Uint128.zero(),
    public totalCollected: Uint128 = Uint128.zero(),
    public averageProgressBps: u64 = 0,
    public byValidator: AttestationGroup[] = new Array<AttestationGroup>(),
  ) {}
  static readJson(r: JsonReader): AttestationStatsResponse {
    const m = changetype<AttestationStatsResponse>(__new(offsetof<AttestationStatsResponse>(), idof<AttestationStatsResponse>()));
    const s = r.struct(AttestationStatsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.count = r.readU64();
          break;
        case 1:
          m.totalRequired = Uint128.readJson(r);
          break;
        case 2:
          m.totalCollected = Uint128.readJson(r);
          break;
        case 3:
          m.averageProgressBps = r.readU64();
          break;
        case 4:
          m.byValidator = readVecAttestationGroup(r);
          break;
      }
    }
    s.end(0b11111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("count");
    w.u64(this.count);
    w.key("total_required");
    this.totalRequired.writeJson(w);
    w.key("total_collected");
    this.totalCollected.writeJson(w);
    w.key("average_progress_bps");
    w.u64(this.averageProgressBps);
    w.key("by_validator");
    writeVecAttestationGroup(w, this.byValidator);
    w.endObject();
  }
}

const EpochState_FIELDS: string[] = ["current", "start_height", "last_reward_epoch", "last_boundary"];
export class EpochState {
  constructor(
    public current: u64 = 0,
    public startHeight: u64 = 0,
    public lastRewardEpoch: u64 = 0,
    public lastBoundary: u64 = 0,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::state::EpochState: ...`. */
  static parse(bytes: Uint8Array): Result<EpochState> {
    return parseMsg<EpochState>(bytes, "product_oracle::state::EpochState", EpochState.readJson);
  }
  static readJson(r: JsonReader): EpochState {
    const m = changetype<EpochState>(__new(offsetof<EpochState>(), idof<EpochState>()));
    const s = r.struct(EpochState_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.current = r.readU64();
          break;
        case 1:
          m.startHeight = r.readU64();
          break;
        case 2:
          m.lastRewardEpoch = r.readU64();
          break;
        case 3:
          m.lastBoundary = r.readU64();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("current");
    w.u64(this.current);
    w.key("start_height");
    w.u64(this.startHeight);
    w.key("last_reward_epoch");
    w.u64(this.lastRewardEpoch);
    w.key("last_boundary");
    w.u64(this.lastBoundary);
    w.endObject();
  }
}

const LastRewards_FIELDS: string[] = ["epoch", "paid"];
export class LastRewards {
  constructor(
    public epoch: u64 = 0,
    public paid: ValidatorAmount[] = new Array<ValidatorAmount>(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type product_oracle::state::LastRewards: ...`. */
  static parse(bytes: Uint8Array): Result<LastRewards> {
    return parseMsg<LastRewards>(bytes, "product_oracle::state::LastRewards", LastRewards.readJson);
  }
  static readJson(r: JsonReader): LastRewards {
    const m = changetype<LastRewards>(__new(offsetof<LastRewards>(), idof<LastRewards>()));
    const s = r.struct(LastRewards_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.epoch = r.readU64();
          break;
        case 1:
          m.paid = readVecValidatorAmount(r);
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("epoch");
    w.u64(this.epoch);
    w.key("paid");
    writeVecValidatorAmount(w, this.paid);
    w.endObject();
  }
}

const ChainValidator_FIELDS: string[] = ["operator", "account", "tokens", "status", "jailed", "tombstoned"];
export class ChainValidator {
  constructor(
    public operator: string = "",
    public account: string = "",
    public tokens: Uint128 = Uint128.zero(),
    public status: string = "",
    public jailed: bool = false,
    public tombstoned: bool = false,
  ) {}
  static readJson(r: JsonReader): ChainValidator {
    const m = changetype<ChainValidator>(__new(offsetof<ChainValidator>(), idof<ChainValidator>()));
    const s = r.struct(ChainValidator_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.operator = r.readString();
          break;
        case 1:
          m.account = r.readString();
          break;
        case 2:
          m.tokens = Uint128.readJson(r);
          break;
        case 3:
          m.status = r.readString();
          break;
        case 4:
          m.jailed = r.readBool();
          break;
        case 5:
          m.tombstoned = r.readBool();
          break;
      }
    }
    s.end(0b111111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("operator");
    w.string(this.operator);
    w.key("account");
    w.string(this.account);
    w.key("tokens");
    this.tokens.writeJson(w);
    w.key("status");
    w.string(this.status);
    w.key("jailed");
    w.bool(this.jailed);
    w.key("tombstoned");
    w.bool(this.tombstoned);
    w.endObject();
  }
}

const ChainValidators_FIELDS: string[] = ["validators"];
export class ChainValidators {
  constructor(
    public validators: ChainValidator[] = new Array<ChainValidator>(),
  ) {}
  static readJson(r: JsonReader): ChainValidators {
    const m = changetype<ChainValidators>(__new(offsetof<ChainValidators>(), idof<ChainValidators>()));
    const s = r.struct(ChainValidators_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validators = readVecChainValidator(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validators");
    writeVecChainValidator(w, this.validators);
    w.endObject();
  }
}

const ChainValidatorOpt_FIELDS: string[] = ["validator"];
export class ChainValidatorOpt {
  constructor(
    public validator: ChainValidator | null = null,
  ) {}
  static readJson(r: JsonReader): ChainValidatorOpt {
    const m = changetype<ChainValidatorOpt>(__new(offsetof<ChainValidatorOpt>(), idof<ChainValidatorOpt>()));
    const s = r.struct(ChainValidatorOpt_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = readOptChainValidator(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    writeOptChainValidator(w, this.validator);
    w.endObject();
  }
}

const SlashAndJail_FIELDS: string[] = ["validator", "slash_bps", "jail_seconds", "infraction_height", "reason"];
export class SlashAndJail {
  constructor(
    public validator: string = "",
    public slashBps: u32 = 0,
    public jailSeconds: u64 = 0,
    public infractionHeight: u64 = 0,
    public reason: string = "",
  ) {}
  static readJson(r: JsonReader): SlashAndJail {
    const m = changetype<SlashAndJail>(__new(offsetof<SlashAndJail>(), idof<SlashAndJail>()));
    const s = r.struct(SlashAndJail_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.validator = r.readString();
          break;
        case 1:
          m.slashBps = r.readU32();
          break;
        case 2:
          m.jailSeconds = r.readU64();
          break;
        case 3:
          m.infractionHeight = r.readU64();
          break;
        case 4:
          m.reason = r.readString();
          break;
      }
    }
    s.end(0b11111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("validator");
    w.string(this.validator);
    w.key("slash_bps");
    w.u32(this.slashBps);
    w.key("jail_seconds");
    w.u64(this.jailSeconds);
    w.key("infraction_height");
    w.u64(this.infractionHeight);
    w.key("reason");
    w.string(this.reason);
    w.endObject();
  }
}

export enum MeshworkMsgKind {
  SlashAndJail,
}
const MeshworkMsg_VARIANTS: string[] = ["slash_and_jail"];
/** One of `slash_and_jail`; only the payload of `kind` is set. */
export class MeshworkMsg {
  constructor(public kind: MeshworkMsgKind = 0) {}
  slashAndJail: SlashAndJail | null = null;
  static SlashAndJail(value: SlashAndJail): MeshworkMsg {
    const m = new MeshworkMsg(MeshworkMsgKind.SlashAndJail);
    m.slashAndJail = value;
    return m;
  }
  static readJson(r: JsonReader): MeshworkMsg {
    const m = new MeshworkMsg();
    const v = r.beginEnum(MeshworkMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <MeshworkMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.slashAndJail = SlashAndJail.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case MeshworkMsgKind.SlashAndJail:
        w.beginObject().key("slash_and_jail");
        changetype<SlashAndJail>(this.slashAndJail).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum CustomMsgKind {
  Meshwork,
}
const CustomMsg_VARIANTS: string[] = ["meshwork"];
/** One of `meshwork`; only the payload of `kind` is set. */
export class CustomMsg {
  constructor(public kind: CustomMsgKind = 0) {}
  meshwork: MeshworkMsg | null = null;
  static Meshwork(value: MeshworkMsg): CustomMsg {
    const m = new CustomMsg(CustomMsgKind.Meshwork);
    m.meshwork = value;
    return m;
  }
  static readJson(r: JsonReader): CustomMsg {
    const m = new CustomMsg();
    const v = r.beginEnum(CustomMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <CustomMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.meshwork = MeshworkMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case CustomMsgKind.Meshwork:
        w.beginObject().key("meshwork");
        changetype<MeshworkMsg>(this.meshwork).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const ValidatorsChainQuery_FIELDS: string[] = ["status"];
export class ValidatorsChainQuery {
  constructor(
    public status: string | null = null,
  ) {}
  static readJson(r: JsonReader): ValidatorsChainQuery {
    const m = changetype<ValidatorsChainQuery>(__new(offsetof<ValidatorsChainQuery>(), idof<ValidatorsChainQuery>()));
    const s = r.struct(ValidatorsChainQuery_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.status = readOptString(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("status");
    writeOptString(w, this.status);
    w.endObject();
  }
}

const ValidatorByAccountChainQuery_FIELDS: string[] = ["account"];
export class ValidatorByAccountChainQuery {
  constructor(
    public account: string = "",
  ) {}
  static readJson(r: JsonReader): ValidatorByAccountChainQuery {
    const m = changetype<ValidatorByAccountChainQuery>(__new(offsetof<ValidatorByAccountChainQuery>(), idof<ValidatorByAccountChainQuery>()));
    const s = r.struct(ValidatorByAccountChainQuery_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.account = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("account");
    w.string(this.account);
    w.endObject();
  }
}

const ValidatorChainQuery_FIELDS: string[] = ["operator"];
export class ValidatorChainQuery {
  constructor(
    public operator: string = "",
  ) {}
  static readJson(r: JsonReader): ValidatorChainQuery {
    const m = changetype<ValidatorChainQuery>(__new(offsetof<ValidatorChainQuery>(), idof<ValidatorChainQuery>()));
    const s = r.struct(ValidatorChainQuery_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.operator = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("operator");
    w.string(this.operator);
    w.endObject();
  }
}

export enum ChainQueryKind {
  Validators,
  ValidatorByAccount,
  Validator,
}
const ChainQuery_VARIANTS: string[] = ["validators", "validator_by_account", "validator"];
/** One of `validators`, `validator_by_account`, `validator`; only the payload of `kind` is set. */
export class ChainQuery {
  constructor(public kind: ChainQueryKind = 0) {}
  validators: ValidatorsChainQuery | null = null;
  validatorByAccount: ValidatorByAccountChainQuery | null = null;
  validator: ValidatorChainQuery | null = null;
  static Validators(value: ValidatorsChainQuery): ChainQuery {
    const m = new ChainQuery(ChainQueryKind.Validators);
    m.validators = value;
    return m;
  }
  static ValidatorByAccount(value: ValidatorByAccountChainQuery): ChainQuery {
    const m = new ChainQuery(ChainQueryKind.ValidatorByAccount);
    m.validatorByAccount = value;
    return m;
  }
  static Validator(value: ValidatorChainQuery): ChainQuery {
    const m = new ChainQuery(ChainQueryKind.Validator);
    m.validator = value;
    return m;
  }
  static readJson(r: JsonReader): ChainQuery {
    const m = new ChainQuery();
    const v = r.beginEnum(ChainQuery_VARIANTS);
    if (v < 0) return m;
    m.kind = <ChainQueryKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.validators = ValidatorsChainQuery.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.validatorByAccount = ValidatorByAccountChainQuery.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.validator = ValidatorChainQuery.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ChainQueryKind.Validators:
        w.beginObject().key("validators");
        changetype<ValidatorsChainQuery>(this.validators).writeJson(w);
        w.endObject();
        break;
      case ChainQueryKind.ValidatorByAccount:
        w.beginObject().key("validator_by_account");
        changetype<ValidatorByAccountChainQuery>(this.validatorByAccount).writeJson(w);
        w.endObject();
        break;
      case ChainQueryKind.Validator:
        w.beginObject().key("validator");
        changetype<ValidatorChainQuery>(this.validator).writeJson(w);
        w.endObject();
        break;
    }
  }
}

export enum MeshworkQueryKind {
  Meshwork,
}
const MeshworkQuery_VARIANTS: string[] = ["meshwork"];
/** One of `meshwork`; only the payload of `kind` is set. */
export class MeshworkQuery {
  constructor(public kind: MeshworkQueryKind = 0) {}
  meshwork: ChainQuery | null = null;
  static Meshwork(value: ChainQuery): MeshworkQuery {
    const m = new MeshworkQuery(MeshworkQueryKind.Meshwork);
    m.meshwork = value;
    return m;
  }
  static readJson(r: JsonReader): MeshworkQuery {
    const m = new MeshworkQuery();
    const v = r.beginEnum(MeshworkQuery_VARIANTS);
    if (v < 0) return m;
    m.kind = <MeshworkQueryKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.meshwork = ChainQuery.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case MeshworkQueryKind.Meshwork:
        w.beginObject().key("meshwork");
        changetype<ChainQuery>(this.meshwork).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const WithdrawAddressResponse_FIELDS: string[] = ["withdraw_address"];
export class WithdrawAddressResponse {
  constructor(
    public withdrawAddress: string = "",
  ) {}
  static readJson(r: JsonReader): WithdrawAddressResponse {
    const m = changetype<WithdrawAddressResponse>(__new(offsetof<WithdrawAddressResponse>(), idof<WithdrawAddressResponse>()));
    const s = r.struct(WithdrawAddressResponse_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.withdrawAddress = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("withdraw_address");
    w.string(this.withdrawAddress);
    w.endObject();
  }
}
