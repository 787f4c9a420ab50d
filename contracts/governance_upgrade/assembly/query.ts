/** QueryMsg (B2): limits default 30, at most 100. */
import { Deps, Env, Result, Binary, ok, err, $try, toJsonBinary, Pair, Bound, Order, keyToU64 } from "../../std/assembly";
import {
  QueryMsg, QueryMsgKind, PolicyResponse, ManagedContract, ManagedContractsResponse, Upgrade, UpgradesResponse, HistoryEntry, HistoryResponse,
} from "./msg";
import { ContractError } from "./error";
import { CONFIG, POLICIES, MANAGED, UPGRADES, DUE_INDEX, PENDING_BY_CONTRACT, HISTORY } from "./state";

const DEFAULT_LIMIT: u32 = 30;
const MAX_LIMIT: u32 = 100;

function clamp(has: bool, limit: u32): i32 {
  if (!has) return <i32>DEFAULT_LIMIT;
  return <i32>(limit > MAX_LIMIT ? MAX_LIMIT : limit);
}

export function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const msg = $try(QueryMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  switch (msg.kind) {
    case QueryMsgKind.Config:
      return ok(toJsonBinary(cfg));
    case QueryMsgKind.Policy: {
      const contract = msg.policy!.contract;
      const own = POLICIES.mayLoad(deps.storage, contract);
      return ok(toJsonBinary(new PolicyResponse(contract, own === null ? cfg.defaultPolicy : own, own === null, MANAGED.has(deps.storage, contract))));
    }
    case QueryMsgKind.ManagedContracts: {
      const m = msg.managedContracts!;
      const sa = m.startAfter;
      let min: Bound | null = null;
      if (sa !== null) min = Bound.exclusive<string>(sa);
      const entries = MANAGED.range(deps.storage, min, null, Order.Ascending, clamp(m.hasLimit, m.limit)).collect();
      const out = new Array<ManagedContract>();
      for (let i = 0; i < entries.length; i++) {
        const c = entries[i].keyString();
        const p = PENDING_BY_CONTRACT.mayLoad(deps.storage, c);
        out.push(new ManagedContract(c, entries[i].value.registeredHeight, p === null ? 0 : p.value, p !== null));
      }
      return ok(toJsonBinary(new ManagedContractsResponse(out)));
    }
    case QueryMsgKind.Upgrade: {
      const id = msg.upgrade!.id;
      const u = UPGRADES.mayLoad(deps.storage, id);
      if (u === null) return err<Binary>(ContractError.UnknownUpgrade(id));
      return ok(toJsonBinary<Upgrade>(u!));
    }
    case QueryMsgKind.Upgrades: {
      const m = msg.upgrades!;
      const limit = clamp(m.hasLimit, m.limit);
      let min: Bound | null = null;
      if (m.hasStartAfter) min = Bound.exclusive<u64>(m.startAfter);
      const it = UPGRADES.range(deps.storage, min, null, Order.Ascending);
      const out = new Array<Upgrade>();
      const c = m.contract;
      const s = m.status;
      let e = it.next();
      while (e !== null && out.length < limit) {
        const u = e.value;
        if ((c === null || u.contract == c) && (s === null || u.status == s)) out.push(u);
        e = it.next();
      }
      return ok(toJsonBinary(new UpgradesResponse(out)));
    }
    case QueryMsgKind.Due: {
      const m = msg.due!;
      const h = m.hasHeight ? m.height : env.block.height;
      const keys = DUE_INDEX.keys(deps.storage, null, Bound.inclusive<Pair<u64, u64>>(new Pair<u64, u64>(h, u64.MAX_VALUE)), Order.Ascending, clamp(m.hasLimit, m.limit));
      const out = new Array<Upgrade>();
      for (let i = 0; i < keys.length; i++) {
        const u = $try(UPGRADES.load(deps.storage, keyToU64(keys[i].slice(10, 18))));
        out.push(u);
      }
      return ok(toJsonBinary(new UpgradesResponse(out)));
    }
    default: {
      const m = msg.history!;
      let min: Bound | null = null;
      if (m.hasStartAfter) min = Bound.exclusive<u64>(m.startAfter);
      const entries = HISTORY.prefix<string>(m.contract).range(deps.storage, min, null, Order.Ascending, clamp(m.hasLimit, m.limit)).collect();
      const out = new Array<HistoryEntry>();
      for (let i = 0; i < entries.length; i++) out.push(entries[i].value);
      return ok(toJsonBinary(new HistoryResponse(out)));
    }
  }
}
