/**
 * A test lien holder for the vault's own tests (not a mesh-security contract): it answers
 * `max_slash`, accepts `receive_virtual_stake` / `burn_virtual_stake` (and, as a local staker,
 * `receive_stake` / `burn_stake`, keeping the tokens) from its vault, and lets the test
 * play the remote side's outcomes — `commit{tx_id}`, `rollback{tx_id}`, `release{owner, amount}`,
 * `slash{slashes, validator}` — which it forwards to the vault as CrossStakingApi callbacks. It plays
 * the part of upstream's 2023 `packages/mocks` cross staker, so vault tests need no IBC.
 */
import {
  Deps,
  Env,
  MessageInfo,
  Response,
  Result,
  ok,
  err,
  Binary,
  Coin,
  Decimal,
  Uint128,
  Item,
  JsonReader,
  JsonWriter,
  parseMsg,
  toJsonBinary,
  doInstantiate,
  doExecute,
  doQuery,
} from "../../../std/assembly";
import { MaxSlashResponse, SlashInfo, readSlashInfos, vaultTx, releaseCrossStake, vaultSlash } from "../../common/assembly/apis";

export { allocate, deallocate, interface_version_8 } from "../../../std/assembly";

const INIT_FIELDS = ["vault", "slash_ratio_dsign", "slash_ratio_offline"];
class Config {
  vault: string = "";
  dsign: Decimal = Decimal.zero();
  offline: Decimal = Decimal.zero();
  static readJson(r: JsonReader): Config {
    const c = new Config();
    const s = r.struct(INIT_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) c.vault = r.readString();
      else if (f == 1) c.dsign = Decimal.readJson(r);
      else c.offline = Decimal.readJson(r);
    }
    s.end(0b110);
    return c;
  }
  writeJson(w: JsonWriter): void {
    w.beginObject().key("vault").string(this.vault).key("slash_ratio_dsign");
    this.dsign.writeJson(w);
    w.key("slash_ratio_offline");
    this.offline.writeJson(w);
    w.endObject();
  }
}
const CONFIG = new Item<Config>("config", Config.readJson, "Config");

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, (deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> => {
    const c = parseMsg<Config>(raw, "InstantiateMsg", Config.readJson);
    if (c.isErr) return c.castErr<Response>();
    // without `vault` the instantiator is the vault (the vault creates its local staker)
    if (c.value.vault == "") c.value.vault = info.sender;
    CONFIG.save(deps.storage, c.value);
    return ok(Response.new());
  });
}

const EXEC_VARIANTS = ["receive_virtual_stake", "burn_virtual_stake", "receive_stake", "burn_stake", "commit", "rollback", "release", "slash"];
const ANY_FIELDS = ["owner", "amount", "tx_id", "msg", "validator", "slashes"];
class Exec {
  kind: i32 = -1;
  owner: string = "";
  amount: Coin = new Coin("", Uint128.zero());
  txId: u64 = 0;
  validator: string = "";
  slashes: SlashInfo[] = [];
  static readJson(r: JsonReader): Exec {
    const m = new Exec();
    m.kind = r.beginEnum(EXEC_VARIANTS);
    if (m.kind < 0 || !r.expectPayloadVariant()) return m;
    const s = r.struct(ANY_FIELDS);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) m.owner = r.readString();
      else if (f == 1) m.amount = Coin.readJson(r);
      else if (f == 2) m.txId = r.readU64();
      else if (f == 3) Binary.readJson(r);
      else if (f == 4) m.validator = r.readNull() ? "" : r.readString();
      else m.slashes = readSlashInfos(r);
    }
    s.end(0);
    r.endEnum();
    return m;
  }
}

export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, (deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> => {
    const p = parseMsg<Exec>(raw, "ExecuteMsg", Exec.readJson);
    if (p.isErr) return p.castErr<Response>();
    const m = p.value;
    const cfg = CONFIG.load(deps.storage).unwrap();
    const resp = Response.new().addAttribute("action", EXEC_VARIANTS[m.kind]);
    if (m.kind <= 3) {
      if (info.sender != cfg.vault) return err<Response>("Unauthorized");
      return ok(resp.addAttribute("owner", m.owner).addAttribute("amount", m.amount.amount.toString()).addAttribute("validator", m.validator));
    }
    if (m.kind == 4 || m.kind == 5) return ok(resp.addMessage(vaultTx(cfg.vault, m.kind == 4, m.txId)));
    if (m.kind == 6) return ok(resp.addMessage(releaseCrossStake(cfg.vault, m.owner, m.amount)));
    return ok(resp.addMessage(vaultSlash(cfg.vault, false, m.slashes, m.validator)));
  });
}

export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, (deps: Deps, env: Env, raw: Uint8Array): Result<Binary> => {
    const cfg = CONFIG.load(deps.storage).unwrap();
    return ok(toJsonBinary(new MaxSlashResponse(cfg.dsign, cfg.offline)));
  });
}
