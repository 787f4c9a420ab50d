/**
 * A test lien holder for the vault's own tests (not a mesh-security contract): it answers
 * `max_slash`, accepts `receive_virtual_stake` / `burn_virtual_stake` (and, as a local staker,
 * `receive_stake` / `burn_stake`, keeping the tokens) from its vault, and lets the test play the
 * remote side's outcomes — `commit{tx_id}`, `rollback{tx_id}`, `release{owner, amount}`,
 * `slash{slashes, validator}` — which it forwards to the vault as VaultApi calls. It plays the part
 * of upstream's 2023 `packages/mocks` cross staker, so the vault's tests need no IBC.
 */
import { Deps, Env, MessageInfo, Response, Result, Binary, Item, ok, err, $try, WasmMsg, toJsonBinary, doInstantiate, doExecute, doQuery } from "../../../std/assembly";
import {
  InstantiateMsg,
  ExecuteMsg,
  ExecuteMsgKind,
  QueryMsg,
  Config,
  SlashRatioResponse,
  VaultApiMsg,
  CommitTxVaultApiMsg,
  RollbackTxVaultApiMsg,
  ReleaseCrossStakeVaultApiMsg,
  CrossSlashVaultApiMsg,
  Coin,
} from "./msg";

export { allocate, deallocate, interface_version_8 } from "../../../std/assembly";

const CONFIG = new Item<Config>("config", Config.readJson, "Config");

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}
export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, handleExecute);
}
export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}

function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));
  const v = msg.vault;
  CONFIG.save(deps.storage, new Config(v !== null ? v : info.sender, msg.slashRatioDsign, msg.slashRatioOffline));
  return ok(Response.new());
}

function recorded(action: string, owner: string, amount: Coin | null, validator: string | null): Response {
  return Response.new()
    .addAttribute("action", action)
    .addAttribute("owner", owner)
    .addAttribute("amount", amount === null ? "" : amount.amount.toString())
    .addAttribute("validator", validator === null ? "" : validator);
}

function toVault(cfg: Config, action: string, call: VaultApiMsg): Result<Response> {
  return ok(Response.new().addAttribute("action", action).addMessage(WasmMsg.execute(cfg.vault, toJsonBinary(call), [])));
}

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  switch (msg.kind) {
    case ExecuteMsgKind.ReceiveVirtualStake: {
      const m = msg.receiveVirtualStake!;
      if (info.sender != cfg.vault) return err<Response>("Unauthorized");
      return ok(recorded("receive_virtual_stake", m.owner, m.amount, null));
    }
    case ExecuteMsgKind.BurnVirtualStake: {
      const m = msg.burnVirtualStake!;
      if (info.sender != cfg.vault) return err<Response>("Unauthorized");
      return ok(recorded("burn_virtual_stake", m.owner, m.amount, m.validator));
    }
    case ExecuteMsgKind.ReceiveStake: {
      const m = msg.receiveStake!;
      if (info.sender != cfg.vault) return err<Response>("Unauthorized");
      return ok(recorded("receive_stake", m.owner, null, null));
    }
    case ExecuteMsgKind.BurnStake: {
      const m = msg.burnStake!;
      if (info.sender != cfg.vault) return err<Response>("Unauthorized");
      return ok(recorded("burn_stake", m.owner, m.amount, m.validator));
    }
    case ExecuteMsgKind.Commit: {
      const m = msg.commit!;
      return toVault(cfg, "commit", VaultApiMsg.CommitTx(new CommitTxVaultApiMsg(m.txId)));
    }
    case ExecuteMsgKind.Rollback: {
      const m = msg.rollback!;
      return toVault(cfg, "rollback", VaultApiMsg.RollbackTx(new RollbackTxVaultApiMsg(m.txId)));
    }
    case ExecuteMsgKind.Release: {
      const m = msg.release!;
      return toVault(cfg, "release", VaultApiMsg.ReleaseCrossStake(new ReleaseCrossStakeVaultApiMsg(m.owner, m.amount)));
    }
    default: {
      const m = msg.slash!;
      return toVault(cfg, "slash", VaultApiMsg.CrossSlash(new CrossSlashVaultApiMsg(m.slashes, m.validator)));
    }
  }
}

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  $try(QueryMsg.parse(raw));
  const cfg = $try(CONFIG.load(deps.storage));
  return ok(toJsonBinary(new SlashRatioResponse(cfg.slashRatioDsign, cfg.slashRatioOffline)));
}
