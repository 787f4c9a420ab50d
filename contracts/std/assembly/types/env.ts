/**
 * What the host tells a contract about the call: `Env` (block, transaction, contract),
 * `MessageInfo` (sender, funds) and `MigrateInfo`. Decoding ignores unknown fields, like
 * cosmwasm-std, so newer hosts can add fields.
 */
import { JsonReader } from "../json/reader";
import { JsonWriter } from "../json/writer";
import { Binary } from "./binary";
import { Coin, readCoins, writeCoins } from "./coin";
import { PARSE_EMPTY } from "../math/limbs";

/** An address in its human-readable (bech32) form. */
export type Addr = string;

/** Reads a cosmwasm `Uint64` (a decimal string) into a u64. */
export function readUint64String(r: JsonReader, typeName: string = "Uint64"): u64 {
  if (!r.readStringRaw()) return 0;
  const ptr = r.strPtr,
    len = r.strLen;
  let e: string | null = null;
  let n: u64 = 0;
  if (len == 0) e = PARSE_EMPTY;
  else {
    let i = 0;
    const c0 = load<u8>(ptr);
    if ((c0 == 0x2b || c0 == 0x2d) && len == 1) e = "invalid digit found in string";
    else if (c0 == 0x2b) i = 1;
    for (; e === null && i < len; i++) {
      const d = <u64>load<u8>(ptr + <usize>i) - 0x30;
      if (d > 9) {
        e = "invalid digit found in string";
        break;
      }
      if (n > (u64.MAX_VALUE - d) / 10) {
        e = "number too large to fit in target type";
        break;
      }
      n = n * 10 + d;
    }
  }
  if (e !== null) {
    r.fail("invalid " + typeName + " '" + String.UTF8.decodeUnsafe(ptr, <usize>len) + "' - " + e);
    return 0;
  }
  return n;
}

/** Nanoseconds since the Unix epoch; JSON is a decimal string. */
export class Timestamp {
  constructor(public nanos: u64 = 0) {}
  static fromNanos(n: u64): Timestamp {
    return new Timestamp(n);
  }
  static fromSeconds(s: u64): Timestamp {
    return new Timestamp(s * 1_000_000_000);
  }
  seconds(): u64 {
    return this.nanos / 1_000_000_000;
  }
  subsecNanos(): u64 {
    return this.nanos % 1_000_000_000;
  }
  plusSeconds(s: u64): Timestamp {
    return new Timestamp(this.nanos + s * 1_000_000_000);
  }
  plusNanos(n: u64): Timestamp {
    return new Timestamp(this.nanos + n);
  }
  minusSeconds(s: u64): Timestamp {
    return new Timestamp(this.nanos - s * 1_000_000_000);
  }
  static readJson(r: JsonReader): Timestamp {
    return new Timestamp(readUint64String(r));
  }
  writeJson(w: JsonWriter): void {
    w.stringAscii(this.nanos.toString());
  }
  toString(): string {
    return this.nanos.toString();
  }
}

const BLOCK_FIELDS = ["height", "time", "chain_id"];
export class BlockInfo {
  height: u64 = 0;
  time: Timestamp = new Timestamp();
  chainId: string = "";

  static readJson(r: JsonReader): BlockInfo {
    const b = new BlockInfo();
    const s = r.struct(BLOCK_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) b.height = r.readU64();
      else if (f == 1) b.time = Timestamp.readJson(r);
      else b.chainId = r.readString();
    }
    s.end(0b111);
    return b;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("height").u64(this.height);
    w.key("time");
    this.time.writeJson(w);
    w.key("chain_id").string(this.chainId);
    w.endObject();
  }
}

const TX_FIELDS = ["index", "hash"];
export class TransactionInfo {
  index: u32 = 0;
  /** Since CosmWasm 3.0; null if the host did not send it. */
  hash: Binary | null = null;

  static readJson(r: JsonReader): TransactionInfo {
    const t = new TransactionInfo();
    const s = r.struct(TX_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) t.index = r.readU32();
      else t.hash = Binary.readJson(r);
    }
    s.end(0b01);
    return t;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("index").u32(this.index);
    const h = this.hash;
    if (h !== null) {
      w.key("hash");
      h.writeJson(w);
    }
    w.endObject();
  }
}

const CONTRACT_FIELDS = ["address"];
export class ContractInfo {
  address: Addr = "";
  static readJson(r: JsonReader): ContractInfo {
    const c = new ContractInfo();
    const s = r.struct(CONTRACT_FIELDS, false);
    while (s.next() >= 0) c.address = r.readString();
    s.end(0b1);
    return c;
  }
}

const ENV_FIELDS = ["block", "transaction", "contract"];

/**
 * Env. The entry-point helpers decode it lazily: the JSON is parsed on the first access to a
 * field, so calls that never look at the block or contract address do not pay for it. The host
 * provides Env, so a malformed one panics (on first access) instead of returning an error.
 */
export class Env {
  private _block: BlockInfo = new BlockInfo();
  private _transaction: TransactionInfo | null = null;
  private _contract: ContractInfo = new ContractInfo();
  private raw: Uint8Array | null = null;
  /** Bit i set: field i (block, transaction, contract) still has to be decoded from `raw`. */
  private pending: u32 = 0;

  /** An Env decoded on first use from raw JSON (each field on its own first access). */
  static lazy(raw: Uint8Array): Env {
    const e = new Env();
    e.raw = raw;
    e.pending = 0b111;
    return e;
  }

  /** Decodes field `idx` from the raw JSON, skipping the others. */
  private ensure(idx: i32): void {
    const bit: u32 = 1 << idx;
    if ((this.pending & bit) == 0) return;
    this.pending &= ~bit;
    const r = new JsonReader(this.raw!);
    const s = r.struct(ENV_FIELDS, false);
    let f: i32;
    let found = false;
    while ((f = s.next()) >= 0) {
      if (f != idx) {
        r.skipValue();
        continue;
      }
      found = true;
      if (f == 0) this._block = BlockInfo.readJson(r);
      else if (f == 1) this._transaction = r.readNull() ? null : TransactionInfo.readJson(r);
      else this._contract = ContractInfo.readJson(r);
    }
    s.end(0);
    r.finish();
    if (r.ok && !found && idx != 1) r.fail("missing field `" + ENV_FIELDS[idx] + "`");
    if (r.failed) throw new Error("Error parsing into type cosmwasm_std::types::Env: " + <string>r.error);
  }

  get block(): BlockInfo {
    this.ensure(0);
    return this._block;
  }
  set block(b: BlockInfo) {
    this.pending &= ~1;
    this._block = b;
  }
  /** null outside a transaction (e.g. begin/end block sudo calls). */
  get transaction(): TransactionInfo | null {
    this.ensure(1);
    return this._transaction;
  }
  set transaction(t: TransactionInfo | null) {
    this.pending &= ~2;
    this._transaction = t;
  }
  get contract(): ContractInfo {
    this.ensure(2);
    return this._contract;
  }
  set contract(c: ContractInfo) {
    this.pending &= ~4;
    this._contract = c;
  }

  private decodeFrom(r: JsonReader): void {
    const s = r.struct(ENV_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) this._block = BlockInfo.readJson(r);
      else if (f == 1) this._transaction = r.readNull() ? null : TransactionInfo.readJson(r);
      else this._contract = ContractInfo.readJson(r);
    }
    s.end(0b101);
  }

  static readJson(r: JsonReader): Env {
    const e = new Env();
    e.decodeFrom(r);
    return e;
  }

  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("block");
    this.block.writeJson(w);
    w.key("transaction");
    const t = this.transaction;
    if (t === null) w.nullValue();
    else t.writeJson(w);
    w.key("contract").beginObject().key("address").string(this.contract.address).endObject();
    w.endObject();
  }
}

const INFO_FIELDS = ["sender", "funds"];
export class MessageInfo {
  sender: Addr = "";
  funds: Coin[] = [];

  static readJson(r: JsonReader): MessageInfo {
    const m = new MessageInfo();
    const s = r.struct(INFO_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.sender = r.readString();
      else m.funds = readCoins(r);
    }
    s.end(0b11);
    return m;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("sender").string(this.sender);
    w.key("funds");
    writeCoins(w, this.funds);
    w.endObject();
  }
}

const MIGRATE_INFO_FIELDS = ["sender", "old_migrate_version"];
/** Third argument of `migrate` on CosmWasm >= 2.2 hosts. */
export class MigrateInfo {
  sender: Addr = "";
  hasOldMigrateVersion: bool = false;
  oldMigrateVersion: u64 = 0;

  static readJson(r: JsonReader): MigrateInfo {
    const m = new MigrateInfo();
    const s = r.struct(MIGRATE_INFO_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.sender = r.readString();
      else if (!r.readNull()) {
        m.hasOldMigrateVersion = true;
        m.oldMigrateVersion = r.readU64();
      }
    }
    s.end(0b01);
    return m;
  }
}
