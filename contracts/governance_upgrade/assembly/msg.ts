// Generated from contracts/governance_upgrade/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Decoders are strict like #[cw_serde]: unknown, duplicate and missing fields, wrong types and
// trailing bytes are `Error parsing into type <T>: <serde text>` contract errors, never traps.
import { JsonReader, JsonWriter, Result, parseMsg, readUint64String, Uint128, Uint256, Decimal, Binary, Timestamp } from "../../std/assembly";
import { U64Value } from "../../common/assembly/types";
export { U64Value } from "../../common/assembly/types";
import { readOptAddr, readOptBinary, readOptString, readOptTimestamp, readOptVecString, readOptVecU64, readVecString, readVecU64, writeOptAddr, writeOptBinary, writeOptString, writeOptTimestamp, writeOptVecString, writeOptVecU64, writeVecString, writeVecU64 } from "../../common/assembly/types";

function readOptPolicy(r: JsonReader): Policy | null {
  if (r.readNull()) return null;
  return Policy.readJson(r);
}

function writeOptPolicy(w: JsonWriter, v: Policy | null): void {
  if (changetype<usize>(v) == 0) w.nullValue();
  else changetype<Policy>(v).writeJson(w);
}

function readVecBatchItem(r: JsonReader): BatchItem[] {
  const a = new Array<BatchItem>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(BatchItem.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecBatchItem(w: JsonWriter, a: BatchItem[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecManagedContract(r: JsonReader): ManagedContract[] {
  const a = new Array<ManagedContract>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(ManagedContract.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecManagedContract(w: JsonWriter, a: ManagedContract[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecUpgrade(r: JsonReader): Upgrade[] {
  const a = new Array<Upgrade>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(Upgrade.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecUpgrade(w: JsonWriter, a: Upgrade[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

function readVecHistoryEntry(r: JsonReader): HistoryEntry[] {
  const a = new Array<HistoryEntry>();
  if (r.beginArray()) {
    let first = true;
    while (r.nextElement(first)) {
      first = false;
      a.push(HistoryEntry.readJson(r));
    }
    r.endArray();
  }
  return a;
}

function writeVecHistoryEntry(w: JsonWriter, a: HistoryEntry[]): void {
  w.beginArray();
  for (let i = 0; i < a.length; i++) unchecked(a[i]).writeJson(w);
  w.endArray();
}

const Cw2Check_FIELDS: string[] = ["contract_name", "expected_version"];
export class Cw2Check {
  constructor(
    public contractName: string = "",
    public expectedVersion: string | null = null,
  ) {}
  static readJson(r: JsonReader): Cw2Check {
    const m = changetype<Cw2Check>(__new(offsetof<Cw2Check>(), idof<Cw2Check>()));
    const s = r.struct(Cw2Check_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contractName = r.readString();
          break;
        case 1:
          m.expectedVersion = readOptString(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract_name");
    w.string(this.contractName);
    w.key("expected_version");
    writeOptString(w, this.expectedVersion);
    w.endObject();
  }
}

const SmartQueryCheck_FIELDS: string[] = ["msg", "expect"];
export class SmartQueryCheck {
  constructor(
    public msg: Binary = Binary.empty(),
    public expect: Binary | null = null,
  ) {}
  static readJson(r: JsonReader): SmartQueryCheck {
    const m = changetype<SmartQueryCheck>(__new(offsetof<SmartQueryCheck>(), idof<SmartQueryCheck>()));
    const s = r.struct(SmartQueryCheck_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.msg = Binary.readJson(r);
          break;
        case 1:
          m.expect = readOptBinary(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("msg");
    this.msg.writeJson(w);
    w.key("expect");
    writeOptBinary(w, this.expect);
    w.endObject();
  }
}

export enum PostCheckKind {
  None,
  Cw2,
  SmartQuery,
}
const PostCheck_VARIANTS: string[] = ["none", "cw2", "smart_query"];
/** One of `none`, `cw2`, `smart_query`; only the payload of `kind` is set. */
export class PostCheck {
  constructor(public kind: PostCheckKind = 0) {}
  cw2: Cw2Check | null = null;
  smartQuery: SmartQueryCheck | null = null;
  static None(): PostCheck {
    return new PostCheck(PostCheckKind.None);
  }
  static Cw2(value: Cw2Check): PostCheck {
    const m = new PostCheck(PostCheckKind.Cw2);
    m.cw2 = value;
    return m;
  }
  static SmartQuery(value: SmartQueryCheck): PostCheck {
    const m = new PostCheck(PostCheckKind.SmartQuery);
    m.smartQuery = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::state::PostCheck: ...`. */
  static parse(bytes: Uint8Array): Result<PostCheck> {
    return parseMsg<PostCheck>(bytes, "governance_upgrade::state::PostCheck", PostCheck.readJson);
  }
  static readJson(r: JsonReader): PostCheck {
    const m = new PostCheck();
    const v = r.beginEnum(PostCheck_VARIANTS);
    if (v < 0) return m;
    m.kind = <PostCheckKind>v;
    switch (v) {
      case 0:
        if (r.enumIsUnit) return m;
        r.readUnit();
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.cw2 = Cw2Check.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.smartQuery = SmartQueryCheck.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case PostCheckKind.None:
        w.stringAscii("none");
        break;
      case PostCheckKind.Cw2:
        w.beginObject().key("cw2");
        changetype<Cw2Check>(this.cw2).writeJson(w);
        w.endObject();
        break;
      case PostCheckKind.SmartQuery:
        w.beginObject().key("smart_query");
        changetype<SmartQueryCheck>(this.smartQuery).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const Policy_FIELDS: string[] = ["min_notice_blocks", "timelock_blocks", "allowed_code_ids", "allowed_checksums", "allow_downgrade", "post_check", "execution_window_blocks", "permissionless_execute", "rollback_msg", "gas_limit"];
export class Policy {
  constructor(
    public minNoticeBlocks: u64 = 0,
    public timelockBlocks: u64 = 0,
    public allowedCodeIds: u64[] | null = null,
    public allowedChecksums: string[] | null = null,
    public allowDowngrade: bool = false,
    public postCheck: PostCheck = new PostCheck(),
    public executionWindowBlocks: u64 = 0,
    public permissionlessExecute: bool = false,
    public rollbackMsg: Binary | null = null,
    public gasLimit: u64 = 0,
    public hasGasLimit: bool = false,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::state::Policy: ...`. */
  static parse(bytes: Uint8Array): Result<Policy> {
    return parseMsg<Policy>(bytes, "governance_upgrade::state::Policy", Policy.readJson);
  }
  static readJson(r: JsonReader): Policy {
    const m = changetype<Policy>(__new(offsetof<Policy>(), idof<Policy>()));
    const s = r.struct(Policy_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.minNoticeBlocks = r.readU64();
          break;
        case 1:
          m.timelockBlocks = r.readU64();
          break;
        case 2:
          m.allowedCodeIds = readOptVecU64(r);
          break;
        case 3:
          m.allowedChecksums = readOptVecString(r);
          break;
        case 4:
          m.allowDowngrade = r.readBool();
          break;
        case 5:
          m.postCheck = PostCheck.readJson(r);
          break;
        case 6:
          m.executionWindowBlocks = r.readU64();
          break;
        case 7:
          m.permissionlessExecute = r.readBool();
          break;
        case 8:
          m.rollbackMsg = readOptBinary(r);
          break;
        case 9:
          if (!r.readNull()) {
            m.hasGasLimit = true;
            m.gasLimit = r.readU64();
          }
          break;
      }
    }
    s.end(0b11110011);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("min_notice_blocks");
    w.u64(this.minNoticeBlocks);
    w.key("timelock_blocks");
    w.u64(this.timelockBlocks);
    w.key("allowed_code_ids");
    writeOptVecU64(w, this.allowedCodeIds);
    w.key("allowed_checksums");
    writeOptVecString(w, this.allowedChecksums);
    w.key("allow_downgrade");
    w.bool(this.allowDowngrade);
    w.key("post_check");
    this.postCheck.writeJson(w);
    w.key("execution_window_blocks");
    w.u64(this.executionWindowBlocks);
    w.key("permissionless_execute");
    w.bool(this.permissionlessExecute);
    w.key("rollback_msg");
    writeOptBinary(w, this.rollbackMsg);
    w.key("gas_limit");
    if (this.hasGasLimit) w.u64(this.gasLimit);
    else w.nullValue();
    w.endObject();
  }
}

const InstantiateMsg_FIELDS: string[] = ["owner", "guardian", "default_policy", "max_per_block"];
export class InstantiateMsg {
  constructor(
    public owner: string = "",
    public guardian: string | null = null,
    public defaultPolicy: Policy = new Policy(),
    public maxPerBlock: u32 = 0,
    public hasMaxPerBlock: bool = false,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::msg::InstantiateMsg: ...`. */
  static parse(bytes: Uint8Array): Result<InstantiateMsg> {
    return parseMsg<InstantiateMsg>(bytes, "governance_upgrade::msg::InstantiateMsg", InstantiateMsg.readJson);
  }
  static readJson(r: JsonReader): InstantiateMsg {
    const m = changetype<InstantiateMsg>(__new(offsetof<InstantiateMsg>(), idof<InstantiateMsg>()));
    const s = r.struct(InstantiateMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.owner = r.readString();
          break;
        case 1:
          m.guardian = readOptString(r);
          break;
        case 2:
          m.defaultPolicy = Policy.readJson(r);
          break;
        case 3:
          if (!r.readNull()) {
            m.hasMaxPerBlock = true;
            m.maxPerBlock = r.readU32();
          }
          break;
      }
    }
    s.end(0b101);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("guardian");
    writeOptString(w, this.guardian);
    w.key("default_policy");
    this.defaultPolicy.writeJson(w);
    w.key("max_per_block");
    if (this.hasMaxPerBlock) w.u32(this.maxPerBlock);
    else w.nullValue();
    w.endObject();
  }
}

const RegisterContractExecuteMsg_FIELDS: string[] = ["contract", "policy"];
export class RegisterContractExecuteMsg {
  constructor(
    public contract: string = "",
    public policy: Policy | null = null,
  ) {}
  static readJson(r: JsonReader): RegisterContractExecuteMsg {
    const m = changetype<RegisterContractExecuteMsg>(__new(offsetof<RegisterContractExecuteMsg>(), idof<RegisterContractExecuteMsg>()));
    const s = r.struct(RegisterContractExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          m.policy = readOptPolicy(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.key("policy");
    writeOptPolicy(w, this.policy);
    w.endObject();
  }
}

const UpdatePolicyExecuteMsg_FIELDS: string[] = ["contract", "policy"];
export class UpdatePolicyExecuteMsg {
  constructor(
    public contract: string = "",
    public policy: Policy = new Policy(),
  ) {}
  static readJson(r: JsonReader): UpdatePolicyExecuteMsg {
    const m = changetype<UpdatePolicyExecuteMsg>(__new(offsetof<UpdatePolicyExecuteMsg>(), idof<UpdatePolicyExecuteMsg>()));
    const s = r.struct(UpdatePolicyExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          m.policy = Policy.readJson(r);
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
    w.key("policy");
    this.policy.writeJson(w);
    w.endObject();
  }
}

const ReleaseContractExecuteMsg_FIELDS: string[] = ["contract", "new_admin"];
export class ReleaseContractExecuteMsg {
  constructor(
    public contract: string = "",
    public newAdmin: string | null = null,
  ) {}
  static readJson(r: JsonReader): ReleaseContractExecuteMsg {
    const m = changetype<ReleaseContractExecuteMsg>(__new(offsetof<ReleaseContractExecuteMsg>(), idof<ReleaseContractExecuteMsg>()));
    const s = r.struct(ReleaseContractExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          m.newAdmin = readOptString(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.key("new_admin");
    writeOptString(w, this.newAdmin);
    w.endObject();
  }
}

const ScheduleUpgradeExecuteMsg_FIELDS: string[] = ["contract", "new_code_id", "migrate_msg", "due_height", "reason", "proposal_ref"];
export class ScheduleUpgradeExecuteMsg {
  constructor(
    public contract: string = "",
    public newCodeId: u64 = 0,
    public migrateMsg: Binary = Binary.empty(),
    public dueHeight: u64 = 0,
    public reason: string | null = null,
    public proposalRef: string | null = null,
  ) {}
  static readJson(r: JsonReader): ScheduleUpgradeExecuteMsg {
    const m = changetype<ScheduleUpgradeExecuteMsg>(__new(offsetof<ScheduleUpgradeExecuteMsg>(), idof<ScheduleUpgradeExecuteMsg>()));
    const s = r.struct(ScheduleUpgradeExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          m.newCodeId = r.readU64();
          break;
        case 2:
          m.migrateMsg = Binary.readJson(r);
          break;
        case 3:
          m.dueHeight = r.readU64();
          break;
        case 4:
          m.reason = readOptString(r);
          break;
        case 5:
          m.proposalRef = readOptString(r);
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.key("new_code_id");
    w.u64(this.newCodeId);
    w.key("migrate_msg");
    this.migrateMsg.writeJson(w);
    w.key("due_height");
    w.u64(this.dueHeight);
    w.key("reason");
    writeOptString(w, this.reason);
    w.key("proposal_ref");
    writeOptString(w, this.proposalRef);
    w.endObject();
  }
}

const BatchItem_FIELDS: string[] = ["contract", "new_code_id", "migrate_msg"];
export class BatchItem {
  constructor(
    public contract: string = "",
    public newCodeId: u64 = 0,
    public migrateMsg: Binary = Binary.empty(),
  ) {}
  static readJson(r: JsonReader): BatchItem {
    const m = changetype<BatchItem>(__new(offsetof<BatchItem>(), idof<BatchItem>()));
    const s = r.struct(BatchItem_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          m.newCodeId = r.readU64();
          break;
        case 2:
          m.migrateMsg = Binary.readJson(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.key("new_code_id");
    w.u64(this.newCodeId);
    w.key("migrate_msg");
    this.migrateMsg.writeJson(w);
    w.endObject();
  }
}

const ScheduleBatchExecuteMsg_FIELDS: string[] = ["items", "due_height", "atomic", "reason", "proposal_ref"];
export class ScheduleBatchExecuteMsg {
  constructor(
    public items: BatchItem[] = new Array<BatchItem>(),
    public dueHeight: u64 = 0,
    public atomic: bool = false,
    public reason: string | null = null,
    public proposalRef: string | null = null,
  ) {}
  static readJson(r: JsonReader): ScheduleBatchExecuteMsg {
    const m = changetype<ScheduleBatchExecuteMsg>(__new(offsetof<ScheduleBatchExecuteMsg>(), idof<ScheduleBatchExecuteMsg>()));
    const s = r.struct(ScheduleBatchExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.items = readVecBatchItem(r);
          break;
        case 1:
          m.dueHeight = r.readU64();
          break;
        case 2:
          m.atomic = r.readBool();
          break;
        case 3:
          m.reason = readOptString(r);
          break;
        case 4:
          m.proposalRef = readOptString(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("items");
    writeVecBatchItem(w, this.items);
    w.key("due_height");
    w.u64(this.dueHeight);
    w.key("atomic");
    w.bool(this.atomic);
    w.key("reason");
    writeOptString(w, this.reason);
    w.key("proposal_ref");
    writeOptString(w, this.proposalRef);
    w.endObject();
  }
}

const CancelUpgradeExecuteMsg_FIELDS: string[] = ["id"];
export class CancelUpgradeExecuteMsg {
  constructor(
    public id: u64 = 0,
  ) {}
  static readJson(r: JsonReader): CancelUpgradeExecuteMsg {
    const m = changetype<CancelUpgradeExecuteMsg>(__new(offsetof<CancelUpgradeExecuteMsg>(), idof<CancelUpgradeExecuteMsg>()));
    const s = r.struct(CancelUpgradeExecuteMsg_FIELDS);
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

const VetoUpgradeExecuteMsg_FIELDS: string[] = ["id"];
export class VetoUpgradeExecuteMsg {
  constructor(
    public id: u64 = 0,
  ) {}
  static readJson(r: JsonReader): VetoUpgradeExecuteMsg {
    const m = changetype<VetoUpgradeExecuteMsg>(__new(offsetof<VetoUpgradeExecuteMsg>(), idof<VetoUpgradeExecuteMsg>()));
    const s = r.struct(VetoUpgradeExecuteMsg_FIELDS);
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

const ExecuteUpgradeExecuteMsg_FIELDS: string[] = ["id"];
export class ExecuteUpgradeExecuteMsg {
  constructor(
    public id: u64 = 0,
  ) {}
  static readJson(r: JsonReader): ExecuteUpgradeExecuteMsg {
    const m = changetype<ExecuteUpgradeExecuteMsg>(__new(offsetof<ExecuteUpgradeExecuteMsg>(), idof<ExecuteUpgradeExecuteMsg>()));
    const s = r.struct(ExecuteUpgradeExecuteMsg_FIELDS);
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

const ExecuteDueExecuteMsg_FIELDS: string[] = ["limit"];
export class ExecuteDueExecuteMsg {
  constructor(
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): ExecuteDueExecuteMsg {
    const m = changetype<ExecuteDueExecuteMsg>(__new(offsetof<ExecuteDueExecuteMsg>(), idof<ExecuteDueExecuteMsg>()));
    const s = r.struct(ExecuteDueExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

const RollbackExecuteMsg_FIELDS: string[] = ["contract", "to_code_id", "migrate_msg"];
export class RollbackExecuteMsg {
  constructor(
    public contract: string = "",
    public toCodeId: u64 = 0,
    public hasToCodeId: bool = false,
    public migrateMsg: Binary | null = null,
  ) {}
  static readJson(r: JsonReader): RollbackExecuteMsg {
    const m = changetype<RollbackExecuteMsg>(__new(offsetof<RollbackExecuteMsg>(), idof<RollbackExecuteMsg>()));
    const s = r.struct(RollbackExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          if (!r.readNull()) {
            m.hasToCodeId = true;
            m.toCodeId = r.readU64();
          }
          break;
        case 2:
          m.migrateMsg = readOptBinary(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.key("to_code_id");
    if (this.hasToCodeId) w.u64(this.toCodeId);
    else w.nullValue();
    w.key("migrate_msg");
    writeOptBinary(w, this.migrateMsg);
    w.endObject();
  }
}

const UpdateConfigExecuteMsg_FIELDS: string[] = ["guardian", "max_per_block", "default_policy"];
export class UpdateConfigExecuteMsg {
  constructor(
    public guardian: string | null = null,
    public maxPerBlock: u32 = 0,
    public hasMaxPerBlock: bool = false,
    public defaultPolicy: Policy | null = null,
  ) {}
  static readJson(r: JsonReader): UpdateConfigExecuteMsg {
    const m = changetype<UpdateConfigExecuteMsg>(__new(offsetof<UpdateConfigExecuteMsg>(), idof<UpdateConfigExecuteMsg>()));
    const s = r.struct(UpdateConfigExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.guardian = readOptString(r);
          break;
        case 1:
          if (!r.readNull()) {
            m.hasMaxPerBlock = true;
            m.maxPerBlock = r.readU32();
          }
          break;
        case 2:
          m.defaultPolicy = readOptPolicy(r);
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("guardian");
    writeOptString(w, this.guardian);
    w.key("max_per_block");
    if (this.hasMaxPerBlock) w.u32(this.maxPerBlock);
    else w.nullValue();
    w.key("default_policy");
    writeOptPolicy(w, this.defaultPolicy);
    w.endObject();
  }
}

const ProposeOwnerExecuteMsg_FIELDS: string[] = ["new_owner"];
export class ProposeOwnerExecuteMsg {
  constructor(
    public newOwner: string = "",
  ) {}
  static readJson(r: JsonReader): ProposeOwnerExecuteMsg {
    const m = changetype<ProposeOwnerExecuteMsg>(__new(offsetof<ProposeOwnerExecuteMsg>(), idof<ProposeOwnerExecuteMsg>()));
    const s = r.struct(ProposeOwnerExecuteMsg_FIELDS);
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

const ApplyUpgradeExecuteMsg_FIELDS: string[] = ["id"];
export class ApplyUpgradeExecuteMsg {
  constructor(
    public id: u64 = 0,
  ) {}
  static readJson(r: JsonReader): ApplyUpgradeExecuteMsg {
    const m = changetype<ApplyUpgradeExecuteMsg>(__new(offsetof<ApplyUpgradeExecuteMsg>(), idof<ApplyUpgradeExecuteMsg>()));
    const s = r.struct(ApplyUpgradeExecuteMsg_FIELDS);
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

const ApplyBatchExecuteMsg_FIELDS: string[] = ["batch_id"];
export class ApplyBatchExecuteMsg {
  constructor(
    public batchId: u64 = 0,
  ) {}
  static readJson(r: JsonReader): ApplyBatchExecuteMsg {
    const m = changetype<ApplyBatchExecuteMsg>(__new(offsetof<ApplyBatchExecuteMsg>(), idof<ApplyBatchExecuteMsg>()));
    const s = r.struct(ApplyBatchExecuteMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.batchId = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("batch_id");
    w.u64(this.batchId);
    w.endObject();
  }
}

const VerifyUpgradeExecuteMsg_FIELDS: string[] = ["id"];
export class VerifyUpgradeExecuteMsg {
  constructor(
    public id: u64 = 0,
  ) {}
  static readJson(r: JsonReader): VerifyUpgradeExecuteMsg {
    const m = changetype<VerifyUpgradeExecuteMsg>(__new(offsetof<VerifyUpgradeExecuteMsg>(), idof<VerifyUpgradeExecuteMsg>()));
    const s = r.struct(VerifyUpgradeExecuteMsg_FIELDS);
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

export enum ExecuteMsgKind {
  RegisterContract,
  UpdatePolicy,
  ReleaseContract,
  ScheduleUpgrade,
  ScheduleBatch,
  CancelUpgrade,
  VetoUpgrade,
  ExecuteUpgrade,
  ExecuteDue,
  Rollback,
  Pause,
  Unpause,
  UpdateConfig,
  ProposeOwner,
  AcceptOwner,
  ApplyUpgrade,
  ApplyBatch,
  VerifyUpgrade,
}
const ExecuteMsg_VARIANTS: string[] = ["register_contract", "update_policy", "release_contract", "schedule_upgrade", "schedule_batch", "cancel_upgrade", "veto_upgrade", "execute_upgrade", "execute_due", "rollback", "pause", "unpause", "update_config", "propose_owner", "accept_owner", "apply_upgrade", "apply_batch", "verify_upgrade"];
const ExecuteMsg_NO_FIELDS: string[] = [];
/** One of `register_contract`, `update_policy`, `release_contract`, `schedule_upgrade`, `schedule_batch`, `cancel_upgrade`, `veto_upgrade`, `execute_upgrade`, `execute_due`, `rollback`, `pause`, `unpause`, `update_config`, `propose_owner`, `accept_owner`, `apply_upgrade`, `apply_batch`, `verify_upgrade`; only the payload of `kind` is set. */
export class ExecuteMsg {
  constructor(public kind: ExecuteMsgKind = 0) {}
  registerContract: RegisterContractExecuteMsg | null = null;
  updatePolicy: UpdatePolicyExecuteMsg | null = null;
  releaseContract: ReleaseContractExecuteMsg | null = null;
  scheduleUpgrade: ScheduleUpgradeExecuteMsg | null = null;
  scheduleBatch: ScheduleBatchExecuteMsg | null = null;
  cancelUpgrade: CancelUpgradeExecuteMsg | null = null;
  vetoUpgrade: VetoUpgradeExecuteMsg | null = null;
  executeUpgrade: ExecuteUpgradeExecuteMsg | null = null;
  executeDue: ExecuteDueExecuteMsg | null = null;
  rollback: RollbackExecuteMsg | null = null;
  updateConfig: UpdateConfigExecuteMsg | null = null;
  proposeOwner: ProposeOwnerExecuteMsg | null = null;
  applyUpgrade: ApplyUpgradeExecuteMsg | null = null;
  applyBatch: ApplyBatchExecuteMsg | null = null;
  verifyUpgrade: VerifyUpgradeExecuteMsg | null = null;
  static RegisterContract(value: RegisterContractExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.RegisterContract);
    m.registerContract = value;
    return m;
  }
  static UpdatePolicy(value: UpdatePolicyExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.UpdatePolicy);
    m.updatePolicy = value;
    return m;
  }
  static ReleaseContract(value: ReleaseContractExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ReleaseContract);
    m.releaseContract = value;
    return m;
  }
  static ScheduleUpgrade(value: ScheduleUpgradeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ScheduleUpgrade);
    m.scheduleUpgrade = value;
    return m;
  }
  static ScheduleBatch(value: ScheduleBatchExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ScheduleBatch);
    m.scheduleBatch = value;
    return m;
  }
  static CancelUpgrade(value: CancelUpgradeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.CancelUpgrade);
    m.cancelUpgrade = value;
    return m;
  }
  static VetoUpgrade(value: VetoUpgradeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.VetoUpgrade);
    m.vetoUpgrade = value;
    return m;
  }
  static ExecuteUpgrade(value: ExecuteUpgradeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ExecuteUpgrade);
    m.executeUpgrade = value;
    return m;
  }
  static ExecuteDue(value: ExecuteDueExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ExecuteDue);
    m.executeDue = value;
    return m;
  }
  static Rollback(value: RollbackExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.Rollback);
    m.rollback = value;
    return m;
  }
  static Pause(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.Pause);
  }
  static Unpause(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.Unpause);
  }
  static UpdateConfig(value: UpdateConfigExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.UpdateConfig);
    m.updateConfig = value;
    return m;
  }
  static ProposeOwner(value: ProposeOwnerExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ProposeOwner);
    m.proposeOwner = value;
    return m;
  }
  static AcceptOwner(): ExecuteMsg {
    return new ExecuteMsg(ExecuteMsgKind.AcceptOwner);
  }
  static ApplyUpgrade(value: ApplyUpgradeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ApplyUpgrade);
    m.applyUpgrade = value;
    return m;
  }
  static ApplyBatch(value: ApplyBatchExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.ApplyBatch);
    m.applyBatch = value;
    return m;
  }
  static VerifyUpgrade(value: VerifyUpgradeExecuteMsg): ExecuteMsg {
    const m = new ExecuteMsg(ExecuteMsgKind.VerifyUpgrade);
    m.verifyUpgrade = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::msg::ExecuteMsg: ...`. */
  static parse(bytes: Uint8Array): Result<ExecuteMsg> {
    return parseMsg<ExecuteMsg>(bytes, "governance_upgrade::msg::ExecuteMsg", ExecuteMsg.readJson);
  }
  static readJson(r: JsonReader): ExecuteMsg {
    const m = new ExecuteMsg();
    const v = r.beginEnum(ExecuteMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <ExecuteMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.registerContract = RegisterContractExecuteMsg.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.updatePolicy = UpdatePolicyExecuteMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.releaseContract = ReleaseContractExecuteMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.scheduleUpgrade = ScheduleUpgradeExecuteMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.scheduleBatch = ScheduleBatchExecuteMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.cancelUpgrade = CancelUpgradeExecuteMsg.readJson(r);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.vetoUpgrade = VetoUpgradeExecuteMsg.readJson(r);
        break;
      case 7:
        if (!r.expectPayloadVariant()) return m;
        m.executeUpgrade = ExecuteUpgradeExecuteMsg.readJson(r);
        break;
      case 8:
        if (!r.expectPayloadVariant()) return m;
        m.executeDue = ExecuteDueExecuteMsg.readJson(r);
        break;
      case 9:
        if (!r.expectPayloadVariant()) return m;
        m.rollback = RollbackExecuteMsg.readJson(r);
        break;
      case 10:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
      case 11:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
      case 12:
        if (!r.expectPayloadVariant()) return m;
        m.updateConfig = UpdateConfigExecuteMsg.readJson(r);
        break;
      case 13:
        if (!r.expectPayloadVariant()) return m;
        m.proposeOwner = ProposeOwnerExecuteMsg.readJson(r);
        break;
      case 14:
        if (!r.expectPayloadVariant()) return m;
        r.struct(ExecuteMsg_NO_FIELDS).end(0);
        break;
      case 15:
        if (!r.expectPayloadVariant()) return m;
        m.applyUpgrade = ApplyUpgradeExecuteMsg.readJson(r);
        break;
      case 16:
        if (!r.expectPayloadVariant()) return m;
        m.applyBatch = ApplyBatchExecuteMsg.readJson(r);
        break;
      case 17:
        if (!r.expectPayloadVariant()) return m;
        m.verifyUpgrade = VerifyUpgradeExecuteMsg.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case ExecuteMsgKind.RegisterContract:
        w.beginObject().key("register_contract");
        changetype<RegisterContractExecuteMsg>(this.registerContract).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.UpdatePolicy:
        w.beginObject().key("update_policy");
        changetype<UpdatePolicyExecuteMsg>(this.updatePolicy).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ReleaseContract:
        w.beginObject().key("release_contract");
        changetype<ReleaseContractExecuteMsg>(this.releaseContract).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ScheduleUpgrade:
        w.beginObject().key("schedule_upgrade");
        changetype<ScheduleUpgradeExecuteMsg>(this.scheduleUpgrade).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ScheduleBatch:
        w.beginObject().key("schedule_batch");
        changetype<ScheduleBatchExecuteMsg>(this.scheduleBatch).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.CancelUpgrade:
        w.beginObject().key("cancel_upgrade");
        changetype<CancelUpgradeExecuteMsg>(this.cancelUpgrade).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.VetoUpgrade:
        w.beginObject().key("veto_upgrade");
        changetype<VetoUpgradeExecuteMsg>(this.vetoUpgrade).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ExecuteUpgrade:
        w.beginObject().key("execute_upgrade");
        changetype<ExecuteUpgradeExecuteMsg>(this.executeUpgrade).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ExecuteDue:
        w.beginObject().key("execute_due");
        changetype<ExecuteDueExecuteMsg>(this.executeDue).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Rollback:
        w.beginObject().key("rollback");
        changetype<RollbackExecuteMsg>(this.rollback).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.Pause:
        w.beginObject().key("pause").beginObject().endObject().endObject();
        break;
      case ExecuteMsgKind.Unpause:
        w.beginObject().key("unpause").beginObject().endObject().endObject();
        break;
      case ExecuteMsgKind.UpdateConfig:
        w.beginObject().key("update_config");
        changetype<UpdateConfigExecuteMsg>(this.updateConfig).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ProposeOwner:
        w.beginObject().key("propose_owner");
        changetype<ProposeOwnerExecuteMsg>(this.proposeOwner).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.AcceptOwner:
        w.beginObject().key("accept_owner").beginObject().endObject().endObject();
        break;
      case ExecuteMsgKind.ApplyUpgrade:
        w.beginObject().key("apply_upgrade");
        changetype<ApplyUpgradeExecuteMsg>(this.applyUpgrade).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.ApplyBatch:
        w.beginObject().key("apply_batch");
        changetype<ApplyBatchExecuteMsg>(this.applyBatch).writeJson(w);
        w.endObject();
        break;
      case ExecuteMsgKind.VerifyUpgrade:
        w.beginObject().key("verify_upgrade");
        changetype<VerifyUpgradeExecuteMsg>(this.verifyUpgrade).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const PolicyQueryMsg_FIELDS: string[] = ["contract"];
export class PolicyQueryMsg {
  constructor(
    public contract: string = "",
  ) {}
  static readJson(r: JsonReader): PolicyQueryMsg {
    const m = changetype<PolicyQueryMsg>(__new(offsetof<PolicyQueryMsg>(), idof<PolicyQueryMsg>()));
    const s = r.struct(PolicyQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.endObject();
  }
}

const ManagedContractsQueryMsg_FIELDS: string[] = ["start_after", "limit"];
export class ManagedContractsQueryMsg {
  constructor(
    public startAfter: string | null = null,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): ManagedContractsQueryMsg {
    const m = changetype<ManagedContractsQueryMsg>(__new(offsetof<ManagedContractsQueryMsg>(), idof<ManagedContractsQueryMsg>()));
    const s = r.struct(ManagedContractsQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.startAfter = readOptString(r);
          break;
        case 1:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("start_after");
    writeOptString(w, this.startAfter);
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

const UpgradeQueryMsg_FIELDS: string[] = ["id"];
export class UpgradeQueryMsg {
  constructor(
    public id: u64 = 0,
  ) {}
  static readJson(r: JsonReader): UpgradeQueryMsg {
    const m = changetype<UpgradeQueryMsg>(__new(offsetof<UpgradeQueryMsg>(), idof<UpgradeQueryMsg>()));
    const s = r.struct(UpgradeQueryMsg_FIELDS);
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

const UpgradesQueryMsg_FIELDS: string[] = ["contract", "status", "start_after", "limit"];
export class UpgradesQueryMsg {
  constructor(
    public contract: string | null = null,
    public status: string | null = null,
    public startAfter: u64 = 0,
    public hasStartAfter: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): UpgradesQueryMsg {
    const m = changetype<UpgradesQueryMsg>(__new(offsetof<UpgradesQueryMsg>(), idof<UpgradesQueryMsg>()));
    const s = r.struct(UpgradesQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = readOptString(r);
          break;
        case 1:
          m.status = readOptString(r);
          break;
        case 2:
          if (!r.readNull()) {
            m.hasStartAfter = true;
            m.startAfter = r.readU64();
          }
          break;
        case 3:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    writeOptString(w, this.contract);
    w.key("status");
    writeOptString(w, this.status);
    w.key("start_after");
    if (this.hasStartAfter) w.u64(this.startAfter);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

const DueQueryMsg_FIELDS: string[] = ["height", "limit"];
export class DueQueryMsg {
  constructor(
    public height: u64 = 0,
    public hasHeight: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): DueQueryMsg {
    const m = changetype<DueQueryMsg>(__new(offsetof<DueQueryMsg>(), idof<DueQueryMsg>()));
    const s = r.struct(DueQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          if (!r.readNull()) {
            m.hasHeight = true;
            m.height = r.readU64();
          }
          break;
        case 1:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
      }
    }
    s.end(0b0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("height");
    if (this.hasHeight) w.u64(this.height);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

const HistoryQueryMsg_FIELDS: string[] = ["contract", "start_after", "limit"];
export class HistoryQueryMsg {
  constructor(
    public contract: string = "",
    public startAfter: u64 = 0,
    public hasStartAfter: bool = false,
    public limit: u32 = 0,
    public hasLimit: bool = false,
  ) {}
  static readJson(r: JsonReader): HistoryQueryMsg {
    const m = changetype<HistoryQueryMsg>(__new(offsetof<HistoryQueryMsg>(), idof<HistoryQueryMsg>()));
    const s = r.struct(HistoryQueryMsg_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          if (!r.readNull()) {
            m.hasStartAfter = true;
            m.startAfter = r.readU64();
          }
          break;
        case 2:
          if (!r.readNull()) {
            m.hasLimit = true;
            m.limit = r.readU32();
          }
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.key("start_after");
    if (this.hasStartAfter) w.u64(this.startAfter);
    else w.nullValue();
    w.key("limit");
    if (this.hasLimit) w.u32(this.limit);
    else w.nullValue();
    w.endObject();
  }
}

export enum QueryMsgKind {
  Config,
  Policy,
  ManagedContracts,
  Upgrade,
  Upgrades,
  Due,
  History,
}
const QueryMsg_VARIANTS: string[] = ["config", "policy", "managed_contracts", "upgrade", "upgrades", "due", "history"];
const QueryMsg_NO_FIELDS: string[] = [];
/** One of `config`, `policy`, `managed_contracts`, `upgrade`, `upgrades`, `due`, `history`; only the payload of `kind` is set. */
export class QueryMsg {
  constructor(public kind: QueryMsgKind = 0) {}
  policy: PolicyQueryMsg | null = null;
  managedContracts: ManagedContractsQueryMsg | null = null;
  upgrade: UpgradeQueryMsg | null = null;
  upgrades: UpgradesQueryMsg | null = null;
  due: DueQueryMsg | null = null;
  history: HistoryQueryMsg | null = null;
  static Config(): QueryMsg {
    return new QueryMsg(QueryMsgKind.Config);
  }
  static Policy(value: PolicyQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Policy);
    m.policy = value;
    return m;
  }
  static ManagedContracts(value: ManagedContractsQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.ManagedContracts);
    m.managedContracts = value;
    return m;
  }
  static Upgrade(value: UpgradeQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Upgrade);
    m.upgrade = value;
    return m;
  }
  static Upgrades(value: UpgradesQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Upgrades);
    m.upgrades = value;
    return m;
  }
  static Due(value: DueQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.Due);
    m.due = value;
    return m;
  }
  static History(value: HistoryQueryMsg): QueryMsg {
    const m = new QueryMsg(QueryMsgKind.History);
    m.history = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::msg::QueryMsg: ...`. */
  static parse(bytes: Uint8Array): Result<QueryMsg> {
    return parseMsg<QueryMsg>(bytes, "governance_upgrade::msg::QueryMsg", QueryMsg.readJson);
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
        m.policy = PolicyQueryMsg.readJson(r);
        break;
      case 2:
        if (!r.expectPayloadVariant()) return m;
        m.managedContracts = ManagedContractsQueryMsg.readJson(r);
        break;
      case 3:
        if (!r.expectPayloadVariant()) return m;
        m.upgrade = UpgradeQueryMsg.readJson(r);
        break;
      case 4:
        if (!r.expectPayloadVariant()) return m;
        m.upgrades = UpgradesQueryMsg.readJson(r);
        break;
      case 5:
        if (!r.expectPayloadVariant()) return m;
        m.due = DueQueryMsg.readJson(r);
        break;
      case 6:
        if (!r.expectPayloadVariant()) return m;
        m.history = HistoryQueryMsg.readJson(r);
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
      case QueryMsgKind.Policy:
        w.beginObject().key("policy");
        changetype<PolicyQueryMsg>(this.policy).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.ManagedContracts:
        w.beginObject().key("managed_contracts");
        changetype<ManagedContractsQueryMsg>(this.managedContracts).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.Upgrade:
        w.beginObject().key("upgrade");
        changetype<UpgradeQueryMsg>(this.upgrade).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.Upgrades:
        w.beginObject().key("upgrades");
        changetype<UpgradesQueryMsg>(this.upgrades).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.Due:
        w.beginObject().key("due");
        changetype<DueQueryMsg>(this.due).writeJson(w);
        w.endObject();
        break;
      case QueryMsgKind.History:
        w.beginObject().key("history");
        changetype<HistoryQueryMsg>(this.history).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const ProcessDue_FIELDS: string[] = ["height", "time"];
export class ProcessDue {
  constructor(
    public height: u64 = 0,
    public time: Timestamp | null = null,
  ) {}
  static readJson(r: JsonReader): ProcessDue {
    const m = changetype<ProcessDue>(__new(offsetof<ProcessDue>(), idof<ProcessDue>()));
    const s = r.struct(ProcessDue_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.height = r.readU64();
          break;
        case 1:
          m.time = readOptTimestamp(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("height");
    w.u64(this.height);
    w.key("time");
    writeOptTimestamp(w, this.time);
    w.endObject();
  }
}

const IgnoredHook_FIELDS: string[] = [];
export class IgnoredHook {
  constructor() {}
  static readJson(r: JsonReader): IgnoredHook {
    const m = changetype<IgnoredHook>(__new(offsetof<IgnoredHook>(), idof<IgnoredHook>()));
    r.struct(IgnoredHook_FIELDS, false).end(0);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.endObject();
  }
}

export enum SudoMsgKind {
  ProcessDue,
  ValsetUpdate,
}
const SudoMsg_VARIANTS: string[] = ["process_due", "valset_update"];
/** One of `process_due`, `valset_update`; only the payload of `kind` is set. */
export class SudoMsg {
  constructor(public kind: SudoMsgKind = 0) {}
  processDue: ProcessDue | null = null;
  valsetUpdate: IgnoredHook | null = null;
  static ProcessDue(value: ProcessDue): SudoMsg {
    const m = new SudoMsg(SudoMsgKind.ProcessDue);
    m.processDue = value;
    return m;
  }
  static ValsetUpdate(value: IgnoredHook): SudoMsg {
    const m = new SudoMsg(SudoMsgKind.ValsetUpdate);
    m.valsetUpdate = value;
    return m;
  }
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::msg::SudoMsg: ...`. */
  static parse(bytes: Uint8Array): Result<SudoMsg> {
    return parseMsg<SudoMsg>(bytes, "governance_upgrade::msg::SudoMsg", SudoMsg.readJson);
  }
  static readJson(r: JsonReader): SudoMsg {
    const m = new SudoMsg();
    const v = r.beginEnum(SudoMsg_VARIANTS);
    if (v < 0) return m;
    m.kind = <SudoMsgKind>v;
    switch (v) {
      case 0:
        if (!r.expectPayloadVariant()) return m;
        m.processDue = ProcessDue.readJson(r);
        break;
      case 1:
        if (!r.expectPayloadVariant()) return m;
        m.valsetUpdate = IgnoredHook.readJson(r);
        break;
    }
    r.endEnum();
    return m;
  }
  writeJson(w: JsonWriter): void {
    switch (this.kind) {
      case SudoMsgKind.ProcessDue:
        w.beginObject().key("process_due");
        changetype<ProcessDue>(this.processDue).writeJson(w);
        w.endObject();
        break;
      case SudoMsgKind.ValsetUpdate:
        w.beginObject().key("valset_update");
        changetype<IgnoredHook>(this.valsetUpdate).writeJson(w);
        w.endObject();
        break;
    }
  }
}

const Config_FIELDS: string[] = ["owner", "pending_owner", "guardian", "default_policy", "max_per_block", "paused"];
export class Config {
  constructor(
    public owner: string = "",
    public pendingOwner: string | null = null,
    public guardian: string | null = null,
    public defaultPolicy: Policy = new Policy(),
    public maxPerBlock: u32 = 0,
    public paused: bool = false,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::state::Config: ...`. */
  static parse(bytes: Uint8Array): Result<Config> {
    return parseMsg<Config>(bytes, "governance_upgrade::state::Config", Config.readJson);
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
          m.pendingOwner = readOptAddr(r);
          break;
        case 2:
          m.guardian = readOptAddr(r);
          break;
        case 3:
          m.defaultPolicy = Policy.readJson(r);
          break;
        case 4:
          m.maxPerBlock = r.readU32();
          break;
        case 5:
          m.paused = r.readBool();
          break;
      }
    }
    s.end(0b111001);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("owner");
    w.string(this.owner);
    w.key("pending_owner");
    writeOptAddr(w, this.pendingOwner);
    w.key("guardian");
    writeOptAddr(w, this.guardian);
    w.key("default_policy");
    this.defaultPolicy.writeJson(w);
    w.key("max_per_block");
    w.u32(this.maxPerBlock);
    w.key("paused");
    w.bool(this.paused);
    w.endObject();
  }
}

const PolicyResponse_FIELDS: string[] = ["contract", "policy", "is_default", "managed"];
export class PolicyResponse {
  constructor(
    public contract: string = "",
    public policy: Policy = new Policy(),
    public isDefault: bool = false,
    public managed: bool = false,
  ) {}
  static readJson(r: JsonReader): PolicyResponse {
    const m = changetype<PolicyResponse>(__new(offsetof<PolicyResponse>(), idof<PolicyResponse>()));
    const s = r.struct(PolicyResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          m.policy = Policy.readJson(r);
          break;
        case 2:
          m.isDefault = r.readBool();
          break;
        case 3:
          m.managed = r.readBool();
          break;
      }
    }
    s.end(0b1111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contract");
    w.string(this.contract);
    w.key("policy");
    this.policy.writeJson(w);
    w.key("is_default");
    w.bool(this.isDefault);
    w.key("managed");
    w.bool(this.managed);
    w.endObject();
  }
}

const ManagedContract_FIELDS: string[] = ["contract", "registered_height", "pending_upgrade"];
export class ManagedContract {
  constructor(
    public contract: string = "",
    public registeredHeight: u64 = 0,
    public pendingUpgrade: u64 = 0,
    public hasPendingUpgrade: bool = false,
  ) {}
  static readJson(r: JsonReader): ManagedContract {
    const m = changetype<ManagedContract>(__new(offsetof<ManagedContract>(), idof<ManagedContract>()));
    const s = r.struct(ManagedContract_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contract = r.readString();
          break;
        case 1:
          m.registeredHeight = r.readU64();
          break;
        case 2:
          if (!r.readNull()) {
            m.hasPendingUpgrade = true;
            m.pendingUpgrade = r.readU64();
          }
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
    w.key("registered_height");
    w.u64(this.registeredHeight);
    w.key("pending_upgrade");
    if (this.hasPendingUpgrade) w.u64(this.pendingUpgrade);
    else w.nullValue();
    w.endObject();
  }
}

const ManagedContractsResponse_FIELDS: string[] = ["contracts"];
export class ManagedContractsResponse {
  constructor(
    public contracts: ManagedContract[] = new Array<ManagedContract>(),
  ) {}
  static readJson(r: JsonReader): ManagedContractsResponse {
    const m = changetype<ManagedContractsResponse>(__new(offsetof<ManagedContractsResponse>(), idof<ManagedContractsResponse>()));
    const s = r.struct(ManagedContractsResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.contracts = readVecManagedContract(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("contracts");
    writeVecManagedContract(w, this.contracts);
    w.endObject();
  }
}

const Upgrade_FIELDS: string[] = ["id", "contract", "from_code_id", "to_code_id", "migrate_msg", "due_height", "timelock_end", "expires_height", "status", "scheduled_height", "executed_height", "proposer", "reason", "proposal_ref", "error", "batch_id", "policy"];
export class Upgrade {
  constructor(
    public id: u64 = 0,
    public contract: string = "",
    public fromCodeId: u64 = 0,
    public hasFromCodeId: bool = false,
    public toCodeId: u64 = 0,
    public migrateMsg: Binary = Binary.empty(),
    public dueHeight: u64 = 0,
    public timelockEnd: u64 = 0,
    public expiresHeight: u64 = 0,
    public hasExpiresHeight: bool = false,
    public status: string = "",
    public scheduledHeight: u64 = 0,
    public executedHeight: u64 = 0,
    public hasExecutedHeight: bool = false,
    public proposer: string = "",
    public reason: string | null = null,
    public proposalRef: string | null = null,
    public error: string | null = null,
    public batchId: u64 = 0,
    public hasBatchId: bool = false,
    public policy: Policy = new Policy(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::state::Upgrade: ...`. */
  static parse(bytes: Uint8Array): Result<Upgrade> {
    return parseMsg<Upgrade>(bytes, "governance_upgrade::state::Upgrade", Upgrade.readJson);
  }
  static readJson(r: JsonReader): Upgrade {
    const m = changetype<Upgrade>(__new(offsetof<Upgrade>(), idof<Upgrade>()));
    const s = r.struct(Upgrade_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.contract = r.readString();
          break;
        case 2:
          if (!r.readNull()) {
            m.hasFromCodeId = true;
            m.fromCodeId = r.readU64();
          }
          break;
        case 3:
          m.toCodeId = r.readU64();
          break;
        case 4:
          m.migrateMsg = Binary.readJson(r);
          break;
        case 5:
          m.dueHeight = r.readU64();
          break;
        case 6:
          m.timelockEnd = r.readU64();
          break;
        case 7:
          if (!r.readNull()) {
            m.hasExpiresHeight = true;
            m.expiresHeight = r.readU64();
          }
          break;
        case 8:
          m.status = r.readString();
          break;
        case 9:
          m.scheduledHeight = r.readU64();
          break;
        case 10:
          if (!r.readNull()) {
            m.hasExecutedHeight = true;
            m.executedHeight = r.readU64();
          }
          break;
        case 11:
          m.proposer = r.readString();
          break;
        case 12:
          m.reason = readOptString(r);
          break;
        case 13:
          m.proposalRef = readOptString(r);
          break;
        case 14:
          m.error = readOptString(r);
          break;
        case 15:
          if (!r.readNull()) {
            m.hasBatchId = true;
            m.batchId = r.readU64();
          }
          break;
        case 16:
          m.policy = Policy.readJson(r);
          break;
      }
    }
    s.end(0b10000101101111011);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("contract");
    w.string(this.contract);
    w.key("from_code_id");
    if (this.hasFromCodeId) w.u64(this.fromCodeId);
    else w.nullValue();
    w.key("to_code_id");
    w.u64(this.toCodeId);
    w.key("migrate_msg");
    this.migrateMsg.writeJson(w);
    w.key("due_height");
    w.u64(this.dueHeight);
    w.key("timelock_end");
    w.u64(this.timelockEnd);
    w.key("expires_height");
    if (this.hasExpiresHeight) w.u64(this.expiresHeight);
    else w.nullValue();
    w.key("status");
    w.string(this.status);
    w.key("scheduled_height");
    w.u64(this.scheduledHeight);
    w.key("executed_height");
    if (this.hasExecutedHeight) w.u64(this.executedHeight);
    else w.nullValue();
    w.key("proposer");
    w.string(this.proposer);
    w.key("reason");
    writeOptString(w, this.reason);
    w.key("proposal_ref");
    writeOptString(w, this.proposalRef);
    w.key("error");
    writeOptString(w, this.error);
    w.key("batch_id");
    if (this.hasBatchId) w.u64(this.batchId);
    else w.nullValue();
    w.key("policy");
    this.policy.writeJson(w);
    w.endObject();
  }
}

const UpgradesResponse_FIELDS: string[] = ["upgrades"];
export class UpgradesResponse {
  constructor(
    public upgrades: Upgrade[] = new Array<Upgrade>(),
  ) {}
  static readJson(r: JsonReader): UpgradesResponse {
    const m = changetype<UpgradesResponse>(__new(offsetof<UpgradesResponse>(), idof<UpgradesResponse>()));
    const s = r.struct(UpgradesResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.upgrades = readVecUpgrade(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("upgrades");
    writeVecUpgrade(w, this.upgrades);
    w.endObject();
  }
}

const HistoryEntry_FIELDS: string[] = ["seq", "code_id", "from_code_id", "height", "upgrade_id", "kind"];
export class HistoryEntry {
  constructor(
    public seq: u64 = 0,
    public codeId: u64 = 0,
    public fromCodeId: u64 = 0,
    public height: u64 = 0,
    public upgradeId: u64 = 0,
    public hasUpgradeId: bool = false,
    public kind: string = "",
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::state::HistoryEntry: ...`. */
  static parse(bytes: Uint8Array): Result<HistoryEntry> {
    return parseMsg<HistoryEntry>(bytes, "governance_upgrade::state::HistoryEntry", HistoryEntry.readJson);
  }
  static readJson(r: JsonReader): HistoryEntry {
    const m = changetype<HistoryEntry>(__new(offsetof<HistoryEntry>(), idof<HistoryEntry>()));
    const s = r.struct(HistoryEntry_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.seq = r.readU64();
          break;
        case 1:
          m.codeId = r.readU64();
          break;
        case 2:
          m.fromCodeId = r.readU64();
          break;
        case 3:
          m.height = r.readU64();
          break;
        case 4:
          if (!r.readNull()) {
            m.hasUpgradeId = true;
            m.upgradeId = r.readU64();
          }
          break;
        case 5:
          m.kind = r.readString();
          break;
      }
    }
    s.end(0b101111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("seq");
    w.u64(this.seq);
    w.key("code_id");
    w.u64(this.codeId);
    w.key("from_code_id");
    w.u64(this.fromCodeId);
    w.key("height");
    w.u64(this.height);
    w.key("upgrade_id");
    if (this.hasUpgradeId) w.u64(this.upgradeId);
    else w.nullValue();
    w.key("kind");
    w.string(this.kind);
    w.endObject();
  }
}

const HistoryResponse_FIELDS: string[] = ["entries"];
export class HistoryResponse {
  constructor(
    public entries: HistoryEntry[] = new Array<HistoryEntry>(),
  ) {}
  static readJson(r: JsonReader): HistoryResponse {
    const m = changetype<HistoryResponse>(__new(offsetof<HistoryResponse>(), idof<HistoryResponse>()));
    const s = r.struct(HistoryResponse_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.entries = readVecHistoryEntry(r);
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("entries");
    writeVecHistoryEntry(w, this.entries);
    w.endObject();
  }
}

const Managed_FIELDS: string[] = ["registered_height"];
export class Managed {
  constructor(
    public registeredHeight: u64 = 0,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::state::Managed: ...`. */
  static parse(bytes: Uint8Array): Result<Managed> {
    return parseMsg<Managed>(bytes, "governance_upgrade::state::Managed", Managed.readJson);
  }
  static readJson(r: JsonReader): Managed {
    const m = changetype<Managed>(__new(offsetof<Managed>(), idof<Managed>()));
    const s = r.struct(Managed_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.registeredHeight = r.readU64();
          break;
      }
    }
    s.end(0b1);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("registered_height");
    w.u64(this.registeredHeight);
    w.endObject();
  }
}

const Batch_FIELDS: string[] = ["id", "atomic", "upgrade_ids"];
export class Batch {
  constructor(
    public id: u64 = 0,
    public atomic: bool = false,
    public upgradeIds: u64[] = new Array<u64>(),
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::state::Batch: ...`. */
  static parse(bytes: Uint8Array): Result<Batch> {
    return parseMsg<Batch>(bytes, "governance_upgrade::state::Batch", Batch.readJson);
  }
  static readJson(r: JsonReader): Batch {
    const m = changetype<Batch>(__new(offsetof<Batch>(), idof<Batch>()));
    const s = r.struct(Batch_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.id = r.readU64();
          break;
        case 1:
          m.atomic = r.readBool();
          break;
        case 2:
          m.upgradeIds = readVecU64(r);
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("id");
    w.u64(this.id);
    w.key("atomic");
    w.bool(this.atomic);
    w.key("upgrade_ids");
    writeVecU64(w, this.upgradeIds);
    w.endObject();
  }
}

const BlockCount_FIELDS: string[] = ["height", "count"];
export class BlockCount {
  constructor(
    public height: u64 = 0,
    public count: u32 = 0,
  ) {}
  /** Parses a message (JSON); errors read `Error parsing into type governance_upgrade::state::BlockCount: ...`. */
  static parse(bytes: Uint8Array): Result<BlockCount> {
    return parseMsg<BlockCount>(bytes, "governance_upgrade::state::BlockCount", BlockCount.readJson);
  }
  static readJson(r: JsonReader): BlockCount {
    const m = changetype<BlockCount>(__new(offsetof<BlockCount>(), idof<BlockCount>()));
    const s = r.struct(BlockCount_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.height = r.readU64();
          break;
        case 1:
          m.count = r.readU32();
          break;
      }
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("height");
    w.u64(this.height);
    w.key("count");
    w.u32(this.count);
    w.endObject();
  }
}

const CodeInfoAnswer_FIELDS: string[] = ["code_id", "creator", "checksum"];
export class CodeInfoAnswer {
  constructor(
    public codeId: u64 = 0,
    public creator: string = "",
    public checksum: string = "",
  ) {}
  static readJson(r: JsonReader): CodeInfoAnswer {
    const m = changetype<CodeInfoAnswer>(__new(offsetof<CodeInfoAnswer>(), idof<CodeInfoAnswer>()));
    const s = r.struct(CodeInfoAnswer_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      switch (f) {
        case 0:
          m.codeId = r.readU64();
          break;
        case 1:
          m.creator = r.readString();
          break;
        case 2:
          m.checksum = r.readString();
          break;
      }
    }
    s.end(0b111);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("code_id");
    w.u64(this.codeId);
    w.key("creator");
    w.string(this.creator);
    w.key("checksum");
    w.string(this.checksum);
    w.endObject();
  }
}

const Cw2Info_FIELDS: string[] = ["contract", "version"];
export class Cw2Info {
  constructor(
    public contract: string = "",
    public version: string = "",
  ) {}
  static readJson(r: JsonReader): Cw2Info {
    const m = changetype<Cw2Info>(__new(offsetof<Cw2Info>(), idof<Cw2Info>()));
    const s = r.struct(Cw2Info_FIELDS, false);
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
